; mobilenet_v1: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'mobilenet_v1'
source_filename = "mobilenet_v1"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [3456 x i8], align 64
@weight.conv2d_1.bias = external constant [128 x i8], align 64
@weight.conv2d_2.depthwise.packed = external constant [1152 x i8], align 64
@weight.conv2d_2.depthwise.bias = external constant [128 x i8], align 64
@weight.conv2d_2.packed = external constant [8192 x i8], align 64
@weight.conv2d_2.bias = external constant [256 x i8], align 64
@weight.conv2d_3.depthwise.packed = external constant [2304 x i8], align 64
@weight.conv2d_3.depthwise.bias = external constant [256 x i8], align 64
@weight.conv2d_3.packed = external constant [32768 x i8], align 64
@weight.conv2d_3.bias = external constant [512 x i8], align 64
@weight.conv2d_4.depthwise.packed = external constant [4608 x i8], align 64
@weight.conv2d_4.depthwise.bias = external constant [512 x i8], align 64
@weight.conv2d_4.packed = external constant [65536 x i8], align 64
@weight.conv2d_4.bias = external constant [512 x i8], align 64
@weight.conv2d_5.depthwise.packed = external constant [4608 x i8], align 64
@weight.conv2d_5.depthwise.bias = external constant [512 x i8], align 64
@weight.conv2d_5.packed = external constant [131072 x i8], align 64
@weight.conv2d_5.bias = external constant [1024 x i8], align 64
@weight.conv2d_6.depthwise.packed = external constant [9216 x i8], align 64
@weight.conv2d_6.depthwise.bias = external constant [1024 x i8], align 64
@weight.conv2d_6.packed = external constant [262144 x i8], align 64
@weight.conv2d_6.bias = external constant [1024 x i8], align 64
@weight.conv2d_7.depthwise.packed = external constant [9216 x i8], align 64
@weight.conv2d_7.depthwise.bias = external constant [1024 x i8], align 64
@weight.conv2d_7.packed = external constant [524288 x i8], align 64
@weight.conv2d_7.bias = external constant [2048 x i8], align 64
@weight.conv2d_8.depthwise.packed = external constant [18432 x i8], align 64
@weight.conv2d_8.depthwise.bias = external constant [2048 x i8], align 64
@weight.conv2d_8.packed = external constant [1048576 x i8], align 64
@weight.conv2d_8.bias = external constant [2048 x i8], align 64
@weight.conv2d_9.depthwise.packed = external constant [18432 x i8], align 64
@weight.conv2d_9.depthwise.bias = external constant [2048 x i8], align 64
@weight.conv2d_9.packed = external constant [1048576 x i8], align 64
@weight.conv2d_9.bias = external constant [2048 x i8], align 64
@weight.conv2d_10.depthwise.packed = external constant [18432 x i8], align 64
@weight.conv2d_10.depthwise.bias = external constant [2048 x i8], align 64
@weight.conv2d_10.packed = external constant [1048576 x i8], align 64
@weight.conv2d_10.bias = external constant [2048 x i8], align 64
@weight.conv2d_11.depthwise.packed = external constant [18432 x i8], align 64
@weight.conv2d_11.depthwise.bias = external constant [2048 x i8], align 64
@weight.conv2d_11.packed = external constant [1048576 x i8], align 64
@weight.conv2d_11.bias = external constant [2048 x i8], align 64
@weight.conv2d_12.depthwise.packed = external constant [18432 x i8], align 64
@weight.conv2d_12.depthwise.bias = external constant [2048 x i8], align 64
@weight.conv2d_12.packed = external constant [1048576 x i8], align 64
@weight.conv2d_12.bias = external constant [2048 x i8], align 64
@weight.conv2d_13.depthwise.packed = external constant [18432 x i8], align 64
@weight.conv2d_13.depthwise.bias = external constant [2048 x i8], align 64
@weight.conv2d_13.packed = external constant [2097152 x i8], align 64
@weight.conv2d_13.bias = external constant [4096 x i8], align 64
@weight.conv2d_14.depthwise.packed = external constant [36864 x i8], align 64
@weight.conv2d_14.depthwise.bias = external constant [4096 x i8], align 64
@weight.conv2d_14.packed = external constant [4194304 x i8], align 64
@weight.conv2d_14.bias = external constant [4096 x i8], align 64
@weight.dense_1.packed = external constant [4096000 x i8], align 64
@weight.dense_1.bias = external constant [4000 x i8], align 64
@dlc.model_name = private unnamed_addr constant [13 x i8] c"mobilenet_v1\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([13 x i8], [13 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 4816959, i64 568740352 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare void @GOMP_barrier()

declare i8* @malloc(i64)

declare void @free(i8*)

; Function Attrs: alwaysinline nounwind
define internal void @node0.conv2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 226
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 226
  %10 = mul i64 %task, 226
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 224
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 224
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 224
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 4, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 1
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 896, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 225
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 4, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 904, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind
define internal void @node0.conv2d_1.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 678, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 678
  %23 = select i1 %22, i64 %21, i64 678
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 678
  %26 = select i1 %25, i64 %24, i64 678
  call void @node0.conv2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node0.conv2d_1.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %u.exit8, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit8 ]
  %28 = icmp slt i64 %task, %7
  br i1 %28, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %29 = srem i64 %task, 2
  %30 = sdiv i64 %task, 2
  %31 = srem i64 %30, 112
  %32 = sdiv i64 %task, 224
  %33 = srem i64 %32, 1
  %34 = sdiv i64 %32, 1
  %35 = mul i64 %33, 4
  %36 = mul i64 %29, 2
  %37 = add i64 %35, %36
  %38 = mul i64 %31, 1
  %39 = mul i64 %38, 112
  %40 = mul i64 %31, 1
  %41 = mul i64 %33, 4
  %42 = mul i64 %29, 2
  %43 = add i64 %41, %42
  %44 = mul i64 %34, 3
  %45 = mul i64 %33, 3
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 51076
  %48 = mul i64 %43, 216
  %49 = mul i64 %40, 452
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %50 = icmp slt i64 %x, 108
  br i1 %50, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %51 = add i64 %39, %x
  %52 = mul i64 %34, 4
  %53 = add i64 %52, %37
  %54 = add i64 %53, 0
  %55 = mul i64 %54, 100352
  %56 = add i64 %51, 0
  %57 = mul i64 %56, 8
  %58 = add i64 %55, %57
  %59 = add i64 %51, 1
  %60 = mul i64 %59, 8
  %61 = add i64 %55, %60
  %62 = add i64 %51, 2
  %63 = mul i64 %62, 8
  %64 = add i64 %55, %63
  %65 = add i64 %51, 3
  %66 = mul i64 %65, 8
  %67 = add i64 %55, %66
  %68 = add i64 %51, 4
  %69 = mul i64 %68, 8
  %70 = add i64 %55, %69
  %71 = add i64 %51, 5
  %72 = mul i64 %71, 8
  %73 = add i64 %55, %72
  %74 = mul i64 %34, 4
  %75 = add i64 %74, %37
  %76 = add i64 %75, 1
  %77 = mul i64 %76, 100352
  %78 = add i64 %51, 0
  %79 = mul i64 %78, 8
  %80 = add i64 %77, %79
  %81 = add i64 %51, 1
  %82 = mul i64 %81, 8
  %83 = add i64 %77, %82
  %84 = add i64 %51, 2
  %85 = mul i64 %84, 8
  %86 = add i64 %77, %85
  %87 = add i64 %51, 3
  %88 = mul i64 %87, 8
  %89 = add i64 %77, %88
  %90 = add i64 %51, 4
  %91 = mul i64 %90, 8
  %92 = add i64 %77, %91
  %93 = add i64 %51, 5
  %94 = mul i64 %93, 8
  %95 = add i64 %77, %94
  %96 = add i64 %43, 0
  %97 = mul i64 %96, 8
  %98 = getelementptr inbounds float, float* %5, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  %100 = load <8 x float>, <8 x float>* %99, align 4
  %101 = add i64 %43, 1
  %102 = mul i64 %101, 8
  %103 = getelementptr inbounds float, float* %5, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  store <8 x float> %100, <8 x float>* %27, align 32
  store <8 x float> %100, <8 x float>* %26, align 32
  store <8 x float> %100, <8 x float>* %25, align 32
  store <8 x float> %100, <8 x float>* %24, align 32
  store <8 x float> %100, <8 x float>* %23, align 32
  store <8 x float> %100, <8 x float>* %22, align 32
  store <8 x float> %105, <8 x float>* %21, align 32
  store <8 x float> %105, <8 x float>* %20, align 32
  store <8 x float> %105, <8 x float>* %19, align 32
  store <8 x float> %105, <8 x float>* %18, align 32
  store <8 x float> %105, <8 x float>* %17, align 32
  store <8 x float> %105, <8 x float>* %16, align 32
  %106 = mul i64 %x, 2
  %107 = add i64 %49, %106
  %108 = add i64 %47, %107
  br label %u.header

x.exit:                                           ; preds = %x.header
  %109 = add i64 %39, 108
  %110 = mul i64 %34, 4
  %111 = add i64 %110, %37
  %112 = add i64 %111, 0
  %113 = mul i64 %112, 100352
  %114 = add i64 %109, 0
  %115 = mul i64 %114, 8
  %116 = add i64 %113, %115
  %117 = add i64 %109, 1
  %118 = mul i64 %117, 8
  %119 = add i64 %113, %118
  %120 = add i64 %109, 2
  %121 = mul i64 %120, 8
  %122 = add i64 %113, %121
  %123 = add i64 %109, 3
  %124 = mul i64 %123, 8
  %125 = add i64 %113, %124
  %126 = mul i64 %34, 4
  %127 = add i64 %126, %37
  %128 = add i64 %127, 1
  %129 = mul i64 %128, 100352
  %130 = add i64 %109, 0
  %131 = mul i64 %130, 8
  %132 = add i64 %129, %131
  %133 = add i64 %109, 1
  %134 = mul i64 %133, 8
  %135 = add i64 %129, %134
  %136 = add i64 %109, 2
  %137 = mul i64 %136, 8
  %138 = add i64 %129, %137
  %139 = add i64 %109, 3
  %140 = mul i64 %139, 8
  %141 = add i64 %129, %140
  %142 = add i64 %43, 0
  %143 = mul i64 %142, 8
  %144 = getelementptr inbounds float, float* %5, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  %146 = load <8 x float>, <8 x float>* %145, align 4
  %147 = add i64 %43, 1
  %148 = mul i64 %147, 8
  %149 = getelementptr inbounds float, float* %5, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  store <8 x float> %146, <8 x float>* %15, align 32
  store <8 x float> %146, <8 x float>* %14, align 32
  store <8 x float> %146, <8 x float>* %13, align 32
  store <8 x float> %146, <8 x float>* %12, align 32
  store <8 x float> %151, <8 x float>* %11, align 32
  store <8 x float> %151, <8 x float>* %10, align 32
  store <8 x float> %151, <8 x float>* %9, align 32
  store <8 x float> %151, <8 x float>* %8, align 32
  %152 = add i64 %49, 216
  %153 = add i64 %47, %152
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %154 = icmp slt i64 %u, 3
  br i1 %154, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %155 = add i64 0, %u
  %156 = mul i64 %155, 51076
  %157 = add i64 %108, %156
  %158 = mul i64 %155, 72
  %159 = add i64 %48, %158
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %160 = load <8 x float>, <8 x float>* %27, align 32
  %161 = fcmp olt <8 x float> %160, zeroinitializer
  %162 = select <8 x i1> %161, <8 x float> zeroinitializer, <8 x float> %160
  %163 = getelementptr inbounds float, float* %0, i64 %58
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %162, <8 x float>* %164, align 4
  %165 = load <8 x float>, <8 x float>* %26, align 32
  %166 = fcmp olt <8 x float> %165, zeroinitializer
  %167 = select <8 x i1> %166, <8 x float> zeroinitializer, <8 x float> %165
  %168 = getelementptr inbounds float, float* %0, i64 %61
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %167, <8 x float>* %169, align 4
  %170 = load <8 x float>, <8 x float>* %25, align 32
  %171 = fcmp olt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> zeroinitializer, <8 x float> %170
  %173 = getelementptr inbounds float, float* %0, i64 %64
  %174 = bitcast float* %173 to <8 x float>*
  store <8 x float> %172, <8 x float>* %174, align 4
  %175 = load <8 x float>, <8 x float>* %24, align 32
  %176 = fcmp olt <8 x float> %175, zeroinitializer
  %177 = select <8 x i1> %176, <8 x float> zeroinitializer, <8 x float> %175
  %178 = getelementptr inbounds float, float* %0, i64 %67
  %179 = bitcast float* %178 to <8 x float>*
  store <8 x float> %177, <8 x float>* %179, align 4
  %180 = load <8 x float>, <8 x float>* %23, align 32
  %181 = fcmp olt <8 x float> %180, zeroinitializer
  %182 = select <8 x i1> %181, <8 x float> zeroinitializer, <8 x float> %180
  %183 = getelementptr inbounds float, float* %0, i64 %70
  %184 = bitcast float* %183 to <8 x float>*
  store <8 x float> %182, <8 x float>* %184, align 4
  %185 = load <8 x float>, <8 x float>* %22, align 32
  %186 = fcmp olt <8 x float> %185, zeroinitializer
  %187 = select <8 x i1> %186, <8 x float> zeroinitializer, <8 x float> %185
  %188 = getelementptr inbounds float, float* %0, i64 %73
  %189 = bitcast float* %188 to <8 x float>*
  store <8 x float> %187, <8 x float>* %189, align 4
  %190 = load <8 x float>, <8 x float>* %21, align 32
  %191 = fcmp olt <8 x float> %190, zeroinitializer
  %192 = select <8 x i1> %191, <8 x float> zeroinitializer, <8 x float> %190
  %193 = getelementptr inbounds float, float* %0, i64 %80
  %194 = bitcast float* %193 to <8 x float>*
  store <8 x float> %192, <8 x float>* %194, align 4
  %195 = load <8 x float>, <8 x float>* %20, align 32
  %196 = fcmp olt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> zeroinitializer, <8 x float> %195
  %198 = getelementptr inbounds float, float* %0, i64 %83
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = load <8 x float>, <8 x float>* %19, align 32
  %201 = fcmp olt <8 x float> %200, zeroinitializer
  %202 = select <8 x i1> %201, <8 x float> zeroinitializer, <8 x float> %200
  %203 = getelementptr inbounds float, float* %0, i64 %86
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %202, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %18, align 32
  %206 = fcmp olt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> zeroinitializer, <8 x float> %205
  %208 = getelementptr inbounds float, float* %0, i64 %89
  %209 = bitcast float* %208 to <8 x float>*
  store <8 x float> %207, <8 x float>* %209, align 4
  %210 = load <8 x float>, <8 x float>* %17, align 32
  %211 = fcmp olt <8 x float> %210, zeroinitializer
  %212 = select <8 x i1> %211, <8 x float> zeroinitializer, <8 x float> %210
  %213 = getelementptr inbounds float, float* %0, i64 %92
  %214 = bitcast float* %213 to <8 x float>*
  store <8 x float> %212, <8 x float>* %214, align 4
  %215 = load <8 x float>, <8 x float>* %16, align 32
  %216 = fcmp olt <8 x float> %215, zeroinitializer
  %217 = select <8 x i1> %216, <8 x float> zeroinitializer, <8 x float> %215
  %218 = getelementptr inbounds float, float* %0, i64 %95
  %219 = bitcast float* %218 to <8 x float>*
  store <8 x float> %217, <8 x float>* %219, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %220 = icmp slt i64 %kh, 3
  br i1 %220, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %221 = mul i64 %kh, 226
  %222 = add i64 %157, %221
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %223 = icmp slt i64 %kw, 3
  br i1 %223, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %224 = mul i64 %kw, 1
  %225 = add i64 %222, %224
  %226 = mul i64 %kh, 3
  %227 = add i64 %226, %kw
  %228 = mul i64 %227, 8
  %229 = add i64 %159, %228
  %230 = add i64 %229, 0
  %231 = getelementptr inbounds float, float* %4, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  %233 = load <8 x float>, <8 x float>* %232, align 4
  %234 = add i64 %229, 216
  %235 = getelementptr inbounds float, float* %4, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  %237 = load <8 x float>, <8 x float>* %236, align 4
  %238 = add i64 %225, 0
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, <8 x float>* %27, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %233, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %27, align 32
  %244 = load <8 x float>, <8 x float>* %21, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %237, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %21, align 32
  %246 = add i64 %225, 2
  %247 = getelementptr inbounds float, float* %2, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat1 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %26, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %233, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %26, align 32
  %252 = load <8 x float>, <8 x float>* %20, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %237, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %20, align 32
  %254 = add i64 %225, 4
  %255 = getelementptr inbounds float, float* %2, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat2 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %25, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %233, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %25, align 32
  %260 = load <8 x float>, <8 x float>* %19, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %237, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %19, align 32
  %262 = add i64 %225, 6
  %263 = getelementptr inbounds float, float* %2, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat3 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %24, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %233, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %24, align 32
  %268 = load <8 x float>, <8 x float>* %18, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %237, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %18, align 32
  %270 = add i64 %225, 8
  %271 = getelementptr inbounds float, float* %2, i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat4 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %23, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %233, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %23, align 32
  %276 = load <8 x float>, <8 x float>* %17, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %237, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %17, align 32
  %278 = add i64 %225, 10
  %279 = getelementptr inbounds float, float* %2, i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> undef, float %280, i32 0
  %splat5 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, <8 x float>* %22, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %233, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %22, align 32
  %284 = load <8 x float>, <8 x float>* %16, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %237, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %16, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %x.exit
  %u9 = phi i64 [ 0, %x.exit ], [ %u.next24, %kh.exit12 ]
  %286 = icmp slt i64 %u9, 3
  br i1 %286, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %287 = add i64 0, %u9
  %288 = mul i64 %287, 51076
  %289 = add i64 %153, %288
  %290 = mul i64 %287, 72
  %291 = add i64 %48, %290
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %292 = load <8 x float>, <8 x float>* %15, align 32
  %293 = fcmp olt <8 x float> %292, zeroinitializer
  %294 = select <8 x i1> %293, <8 x float> zeroinitializer, <8 x float> %292
  %295 = getelementptr inbounds float, float* %0, i64 %116
  %296 = bitcast float* %295 to <8 x float>*
  store <8 x float> %294, <8 x float>* %296, align 4
  %297 = load <8 x float>, <8 x float>* %14, align 32
  %298 = fcmp olt <8 x float> %297, zeroinitializer
  %299 = select <8 x i1> %298, <8 x float> zeroinitializer, <8 x float> %297
  %300 = getelementptr inbounds float, float* %0, i64 %119
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %299, <8 x float>* %301, align 4
  %302 = load <8 x float>, <8 x float>* %13, align 32
  %303 = fcmp olt <8 x float> %302, zeroinitializer
  %304 = select <8 x i1> %303, <8 x float> zeroinitializer, <8 x float> %302
  %305 = getelementptr inbounds float, float* %0, i64 %122
  %306 = bitcast float* %305 to <8 x float>*
  store <8 x float> %304, <8 x float>* %306, align 4
  %307 = load <8 x float>, <8 x float>* %12, align 32
  %308 = fcmp olt <8 x float> %307, zeroinitializer
  %309 = select <8 x i1> %308, <8 x float> zeroinitializer, <8 x float> %307
  %310 = getelementptr inbounds float, float* %0, i64 %125
  %311 = bitcast float* %310 to <8 x float>*
  store <8 x float> %309, <8 x float>* %311, align 4
  %312 = load <8 x float>, <8 x float>* %11, align 32
  %313 = fcmp olt <8 x float> %312, zeroinitializer
  %314 = select <8 x i1> %313, <8 x float> zeroinitializer, <8 x float> %312
  %315 = getelementptr inbounds float, float* %0, i64 %132
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %314, <8 x float>* %316, align 4
  %317 = load <8 x float>, <8 x float>* %10, align 32
  %318 = fcmp olt <8 x float> %317, zeroinitializer
  %319 = select <8 x i1> %318, <8 x float> zeroinitializer, <8 x float> %317
  %320 = getelementptr inbounds float, float* %0, i64 %135
  %321 = bitcast float* %320 to <8 x float>*
  store <8 x float> %319, <8 x float>* %321, align 4
  %322 = load <8 x float>, <8 x float>* %9, align 32
  %323 = fcmp olt <8 x float> %322, zeroinitializer
  %324 = select <8 x i1> %323, <8 x float> zeroinitializer, <8 x float> %322
  %325 = getelementptr inbounds float, float* %0, i64 %138
  %326 = bitcast float* %325 to <8 x float>*
  store <8 x float> %324, <8 x float>* %326, align 4
  %327 = load <8 x float>, <8 x float>* %8, align 32
  %328 = fcmp olt <8 x float> %327, zeroinitializer
  %329 = select <8 x i1> %328, <8 x float> zeroinitializer, <8 x float> %327
  %330 = getelementptr inbounds float, float* %0, i64 %141
  %331 = bitcast float* %330 to <8 x float>*
  store <8 x float> %329, <8 x float>* %331, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next23, %kw.exit16 ]
  %332 = icmp slt i64 %kh13, 3
  br i1 %332, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %333 = mul i64 %kh13, 226
  %334 = add i64 %289, %333
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next24 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next22, %kw.body15 ]
  %335 = icmp slt i64 %kw17, 3
  br i1 %335, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %336 = mul i64 %kw17, 1
  %337 = add i64 %334, %336
  %338 = mul i64 %kh13, 3
  %339 = add i64 %338, %kw17
  %340 = mul i64 %339, 8
  %341 = add i64 %291, %340
  %342 = add i64 %341, 0
  %343 = getelementptr inbounds float, float* %4, i64 %342
  %344 = bitcast float* %343 to <8 x float>*
  %345 = load <8 x float>, <8 x float>* %344, align 4
  %346 = add i64 %341, 216
  %347 = getelementptr inbounds float, float* %4, i64 %346
  %348 = bitcast float* %347 to <8 x float>*
  %349 = load <8 x float>, <8 x float>* %348, align 4
  %350 = add i64 %337, 0
  %351 = getelementptr inbounds float, float* %2, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat18 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %15, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %345, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %15, align 32
  %356 = load <8 x float>, <8 x float>* %11, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %349, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %11, align 32
  %358 = add i64 %337, 2
  %359 = getelementptr inbounds float, float* %2, i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat19 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, <8 x float>* %14, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %345, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %14, align 32
  %364 = load <8 x float>, <8 x float>* %10, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %349, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %10, align 32
  %366 = add i64 %337, 4
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat20 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %13, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %345, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %13, align 32
  %372 = load <8 x float>, <8 x float>* %9, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %349, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %9, align 32
  %374 = add i64 %337, 6
  %375 = getelementptr inbounds float, float* %2, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat21 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %12, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %345, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %12, align 32
  %380 = load <8 x float>, <8 x float>* %8, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %349, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %8, align 32
  %kw.next22 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !2

kw.exit16:                                        ; preds = %kw.header14
  %kh.next23 = add i64 %kh13, 1
  br label %kh.header10
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #4

; Function Attrs: noinline nounwind
define internal void @node0.conv2d_1.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = call i32 @omp_get_thread_num()
  %21 = sext i32 %20 to i64
  %22 = call i32 @omp_get_num_threads()
  %23 = sext i32 %22 to i64
  %24 = sub i64 %23, 1
  %25 = add i64 224, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 224
  %29 = select i1 %28, i64 %27, i64 224
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 224
  %32 = select i1 %31, i64 %30, i64 224
  call void @node0.conv2d_1.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, float* %6, float* %7, i64 %8, i64 %9) #0 {
entry:
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  %39 = alloca <8 x float>, align 32
  %40 = alloca <8 x float>, align 32
  %41 = alloca <8 x float>, align 32
  %42 = alloca <8 x float>, align 32
  %band = alloca [3584 x float], align 64
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %8, %entry ], [ %task.next, %block.group.exit ]
  %43 = icmp slt i64 %task, %9
  br i1 %43, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %44 = srem i64 %task, 1
  %45 = sdiv i64 %task, 1
  %46 = srem i64 %45, 112
  %47 = sdiv i64 %task, 112
  %48 = bitcast [3584 x float]* %band to float*
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %kh.exit10, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %kh.exit10 ]
  %49 = icmp slt i64 %channel.block, 4
  br i1 %49, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %50 = mul i64 %47, 4
  %51 = add i64 %50, %channel.block
  %52 = mul i64 %46, 1
  %53 = add i64 %52, 0
  %54 = mul i64 %channel.block, 1
  %55 = add i64 %54, 0
  %56 = mul i64 %55, 896
  %57 = srem i64 %51, 4
  %58 = mul i64 %51, 100352
  %59 = mul i64 %53, 1
  %60 = sub i64 %59, 1
  %61 = mul i64 %57, 8
  %62 = getelementptr inbounds float, float* %7, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  store <8 x float> %64, <8 x float>* %42, align 32
  br label %kh.header

channel.block.exit:                               ; preds = %channel.block.header
  %65 = mul i64 %44, 4
  %66 = add i64 %65, 4
  %67 = icmp slt i64 %66, 4
  %68 = select i1 %67, i64 %66, i64 4
  br label %block.group.header

kh.header:                                        ; preds = %endif, %channel.block.body
  %kh = phi i64 [ 0, %channel.block.body ], [ %kh.next, %endif ]
  %69 = icmp slt i64 %kh, 3
  br i1 %69, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %70 = mul i64 %kh, 1
  %71 = add i64 %60, %70
  %72 = icmp sge i64 %71, 0
  %73 = icmp slt i64 %71, 112
  %74 = and i1 %72, %73
  br i1 %74, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %75 = add i64 %56, 0
  %76 = load <8 x float>, <8 x float>* %42, align 32
  %77 = fcmp olt <8 x float> %76, zeroinitializer
  %78 = select <8 x i1> %77, <8 x float> zeroinitializer, <8 x float> %76
  %79 = getelementptr inbounds float, float* %48, i64 %75
  %80 = bitcast float* %79 to <8 x float>*
  store <8 x float> %78, <8 x float>* %80, align 4
  br label %x.header

then:                                             ; preds = %kh.body
  %81 = mul i64 %71, 896
  %82 = add i64 %58, %81
  %83 = mul i64 %57, 3
  %84 = add i64 %83, %kh
  %85 = mul i64 %84, 24
  %86 = add i64 %85, 0
  %87 = getelementptr inbounds float, float* %6, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  %89 = load <8 x float>, <8 x float>* %88, align 4
  %90 = add i64 %85, 8
  %91 = getelementptr inbounds float, float* %6, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  %94 = add i64 %85, 16
  %95 = getelementptr inbounds float, float* %6, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = add i64 %82, -8
  %99 = add i64 %98, 8
  %100 = getelementptr inbounds float, float* %1, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  %102 = load <8 x float>, <8 x float>* %101, align 4
  %103 = load <8 x float>, <8 x float>* %42, align 32
  %104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %102, <8 x float> %93, <8 x float> %103)
  store <8 x float> %104, <8 x float>* %42, align 32
  %105 = add i64 %98, 16
  %106 = getelementptr inbounds float, float* %1, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  %108 = load <8 x float>, <8 x float>* %107, align 4
  %109 = load <8 x float>, <8 x float>* %42, align 32
  %110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %108, <8 x float> %97, <8 x float> %109)
  store <8 x float> %110, <8 x float>* %42, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

x.header:                                         ; preds = %kh.exit3, %kh.exit
  %x = phi i64 [ 1, %kh.exit ], [ %x.next, %kh.exit3 ]
  %111 = icmp slt i64 %x, 111
  br i1 %111, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %64, <8 x float>* %41, align 32
  store <8 x float> %64, <8 x float>* %40, align 32
  store <8 x float> %64, <8 x float>* %39, align 32
  store <8 x float> %64, <8 x float>* %38, align 32
  store <8 x float> %64, <8 x float>* %37, align 32
  store <8 x float> %64, <8 x float>* %36, align 32
  store <8 x float> %64, <8 x float>* %35, align 32
  store <8 x float> %64, <8 x float>* %34, align 32
  store <8 x float> %64, <8 x float>* %33, align 32
  store <8 x float> %64, <8 x float>* %32, align 32
  store <8 x float> %64, <8 x float>* %31, align 32
  %112 = mul i64 %x, 1
  %113 = sub i64 %112, 1
  br label %kh.header1

x.exit:                                           ; preds = %x.header
  store <8 x float> %64, <8 x float>* %30, align 32
  br label %kh.header8

kh.header1:                                       ; preds = %endif6, %x.body
  %kh4 = phi i64 [ 0, %x.body ], [ %kh.next7, %endif6 ]
  %114 = icmp slt i64 %kh4, 3
  br i1 %114, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %115 = mul i64 %kh4, 1
  %116 = add i64 %60, %115
  %117 = icmp sge i64 %116, 0
  %118 = icmp slt i64 %116, 112
  %119 = and i1 %117, %118
  br i1 %119, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %120 = add i64 %x, 0
  %121 = mul i64 %120, 8
  %122 = add i64 %56, %121
  %123 = load <8 x float>, <8 x float>* %41, align 32
  %124 = fcmp olt <8 x float> %123, zeroinitializer
  %125 = select <8 x i1> %124, <8 x float> zeroinitializer, <8 x float> %123
  %126 = getelementptr inbounds float, float* %48, i64 %122
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %125, <8 x float>* %127, align 4
  %128 = add i64 %x, 1
  %129 = mul i64 %128, 8
  %130 = add i64 %56, %129
  %131 = load <8 x float>, <8 x float>* %40, align 32
  %132 = fcmp olt <8 x float> %131, zeroinitializer
  %133 = select <8 x i1> %132, <8 x float> zeroinitializer, <8 x float> %131
  %134 = getelementptr inbounds float, float* %48, i64 %130
  %135 = bitcast float* %134 to <8 x float>*
  store <8 x float> %133, <8 x float>* %135, align 4
  %136 = add i64 %x, 2
  %137 = mul i64 %136, 8
  %138 = add i64 %56, %137
  %139 = load <8 x float>, <8 x float>* %39, align 32
  %140 = fcmp olt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> zeroinitializer, <8 x float> %139
  %142 = getelementptr inbounds float, float* %48, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 3
  %145 = mul i64 %144, 8
  %146 = add i64 %56, %145
  %147 = load <8 x float>, <8 x float>* %38, align 32
  %148 = fcmp olt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> zeroinitializer, <8 x float> %147
  %150 = getelementptr inbounds float, float* %48, i64 %146
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %149, <8 x float>* %151, align 4
  %152 = add i64 %x, 4
  %153 = mul i64 %152, 8
  %154 = add i64 %56, %153
  %155 = load <8 x float>, <8 x float>* %37, align 32
  %156 = fcmp olt <8 x float> %155, zeroinitializer
  %157 = select <8 x i1> %156, <8 x float> zeroinitializer, <8 x float> %155
  %158 = getelementptr inbounds float, float* %48, i64 %154
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %157, <8 x float>* %159, align 4
  %160 = add i64 %x, 5
  %161 = mul i64 %160, 8
  %162 = add i64 %56, %161
  %163 = load <8 x float>, <8 x float>* %36, align 32
  %164 = fcmp olt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> zeroinitializer, <8 x float> %163
  %166 = getelementptr inbounds float, float* %48, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 6
  %169 = mul i64 %168, 8
  %170 = add i64 %56, %169
  %171 = load <8 x float>, <8 x float>* %35, align 32
  %172 = fcmp olt <8 x float> %171, zeroinitializer
  %173 = select <8 x i1> %172, <8 x float> zeroinitializer, <8 x float> %171
  %174 = getelementptr inbounds float, float* %48, i64 %170
  %175 = bitcast float* %174 to <8 x float>*
  store <8 x float> %173, <8 x float>* %175, align 4
  %176 = add i64 %x, 7
  %177 = mul i64 %176, 8
  %178 = add i64 %56, %177
  %179 = load <8 x float>, <8 x float>* %34, align 32
  %180 = fcmp olt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> zeroinitializer, <8 x float> %179
  %182 = getelementptr inbounds float, float* %48, i64 %178
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %181, <8 x float>* %183, align 4
  %184 = add i64 %x, 8
  %185 = mul i64 %184, 8
  %186 = add i64 %56, %185
  %187 = load <8 x float>, <8 x float>* %33, align 32
  %188 = fcmp olt <8 x float> %187, zeroinitializer
  %189 = select <8 x i1> %188, <8 x float> zeroinitializer, <8 x float> %187
  %190 = getelementptr inbounds float, float* %48, i64 %186
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %189, <8 x float>* %191, align 4
  %192 = add i64 %x, 9
  %193 = mul i64 %192, 8
  %194 = add i64 %56, %193
  %195 = load <8 x float>, <8 x float>* %32, align 32
  %196 = fcmp olt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> zeroinitializer, <8 x float> %195
  %198 = getelementptr inbounds float, float* %48, i64 %194
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = add i64 %x, 10
  %201 = mul i64 %200, 8
  %202 = add i64 %56, %201
  %203 = load <8 x float>, <8 x float>* %31, align 32
  %204 = fcmp olt <8 x float> %203, zeroinitializer
  %205 = select <8 x i1> %204, <8 x float> zeroinitializer, <8 x float> %203
  %206 = getelementptr inbounds float, float* %48, i64 %202
  %207 = bitcast float* %206 to <8 x float>*
  store <8 x float> %205, <8 x float>* %207, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then5:                                            ; preds = %kh.body2
  %208 = mul i64 %116, 896
  %209 = add i64 %58, %208
  %210 = mul i64 %57, 3
  %211 = add i64 %210, %kh4
  %212 = mul i64 %211, 24
  %213 = add i64 %212, 0
  %214 = getelementptr inbounds float, float* %6, i64 %213
  %215 = bitcast float* %214 to <8 x float>*
  %216 = load <8 x float>, <8 x float>* %215, align 4
  %217 = add i64 %212, 8
  %218 = getelementptr inbounds float, float* %6, i64 %217
  %219 = bitcast float* %218 to <8 x float>*
  %220 = load <8 x float>, <8 x float>* %219, align 4
  %221 = add i64 %212, 16
  %222 = getelementptr inbounds float, float* %6, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  %224 = load <8 x float>, <8 x float>* %223, align 4
  %225 = mul i64 %113, 8
  %226 = add i64 %209, %225
  %227 = add i64 %226, 0
  %228 = getelementptr inbounds float, float* %1, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  %230 = load <8 x float>, <8 x float>* %229, align 4
  %231 = load <8 x float>, <8 x float>* %41, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %230, <8 x float> %216, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %41, align 32
  %233 = add i64 %226, 8
  %234 = getelementptr inbounds float, float* %1, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  %236 = load <8 x float>, <8 x float>* %235, align 4
  %237 = load <8 x float>, <8 x float>* %41, align 32
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %220, <8 x float> %237)
  store <8 x float> %238, <8 x float>* %41, align 32
  %239 = load <8 x float>, <8 x float>* %40, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %216, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %40, align 32
  %241 = add i64 %226, 16
  %242 = getelementptr inbounds float, float* %1, i64 %241
  %243 = bitcast float* %242 to <8 x float>*
  %244 = load <8 x float>, <8 x float>* %243, align 4
  %245 = load <8 x float>, <8 x float>* %41, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %224, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %41, align 32
  %247 = load <8 x float>, <8 x float>* %40, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %220, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %40, align 32
  %249 = load <8 x float>, <8 x float>* %39, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %216, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %39, align 32
  %251 = add i64 %226, 24
  %252 = getelementptr inbounds float, float* %1, i64 %251
  %253 = bitcast float* %252 to <8 x float>*
  %254 = load <8 x float>, <8 x float>* %253, align 4
  %255 = load <8 x float>, <8 x float>* %40, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %224, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %40, align 32
  %257 = load <8 x float>, <8 x float>* %39, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %220, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %39, align 32
  %259 = load <8 x float>, <8 x float>* %38, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %216, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %38, align 32
  %261 = add i64 %226, 32
  %262 = getelementptr inbounds float, float* %1, i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = load <8 x float>, <8 x float>* %39, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %224, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %39, align 32
  %267 = load <8 x float>, <8 x float>* %38, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %220, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %38, align 32
  %269 = load <8 x float>, <8 x float>* %37, align 32
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %216, <8 x float> %269)
  store <8 x float> %270, <8 x float>* %37, align 32
  %271 = add i64 %226, 40
  %272 = getelementptr inbounds float, float* %1, i64 %271
  %273 = bitcast float* %272 to <8 x float>*
  %274 = load <8 x float>, <8 x float>* %273, align 4
  %275 = load <8 x float>, <8 x float>* %38, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %224, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %38, align 32
  %277 = load <8 x float>, <8 x float>* %37, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %220, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %37, align 32
  %279 = load <8 x float>, <8 x float>* %36, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %216, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %36, align 32
  %281 = add i64 %226, 48
  %282 = getelementptr inbounds float, float* %1, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  %284 = load <8 x float>, <8 x float>* %283, align 4
  %285 = load <8 x float>, <8 x float>* %37, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %224, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %37, align 32
  %287 = load <8 x float>, <8 x float>* %36, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %220, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %36, align 32
  %289 = load <8 x float>, <8 x float>* %35, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %216, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %35, align 32
  %291 = add i64 %226, 56
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = bitcast float* %292 to <8 x float>*
  %294 = load <8 x float>, <8 x float>* %293, align 4
  %295 = load <8 x float>, <8 x float>* %36, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %294, <8 x float> %224, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %36, align 32
  %297 = load <8 x float>, <8 x float>* %35, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %294, <8 x float> %220, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %35, align 32
  %299 = load <8 x float>, <8 x float>* %34, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %294, <8 x float> %216, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %34, align 32
  %301 = add i64 %226, 64
  %302 = getelementptr inbounds float, float* %1, i64 %301
  %303 = bitcast float* %302 to <8 x float>*
  %304 = load <8 x float>, <8 x float>* %303, align 4
  %305 = load <8 x float>, <8 x float>* %35, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %224, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %35, align 32
  %307 = load <8 x float>, <8 x float>* %34, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %220, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %34, align 32
  %309 = load <8 x float>, <8 x float>* %33, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %216, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %33, align 32
  %311 = add i64 %226, 72
  %312 = getelementptr inbounds float, float* %1, i64 %311
  %313 = bitcast float* %312 to <8 x float>*
  %314 = load <8 x float>, <8 x float>* %313, align 4
  %315 = load <8 x float>, <8 x float>* %34, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %224, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %34, align 32
  %317 = load <8 x float>, <8 x float>* %33, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %220, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %33, align 32
  %319 = load <8 x float>, <8 x float>* %32, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %216, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %32, align 32
  %321 = add i64 %226, 80
  %322 = getelementptr inbounds float, float* %1, i64 %321
  %323 = bitcast float* %322 to <8 x float>*
  %324 = load <8 x float>, <8 x float>* %323, align 4
  %325 = load <8 x float>, <8 x float>* %33, align 32
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %224, <8 x float> %325)
  store <8 x float> %326, <8 x float>* %33, align 32
  %327 = load <8 x float>, <8 x float>* %32, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %220, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %32, align 32
  %329 = load <8 x float>, <8 x float>* %31, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %216, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %31, align 32
  %331 = add i64 %226, 88
  %332 = getelementptr inbounds float, float* %1, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = load <8 x float>, <8 x float>* %32, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %224, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %32, align 32
  %337 = load <8 x float>, <8 x float>* %31, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %220, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %31, align 32
  %339 = add i64 %226, 96
  %340 = getelementptr inbounds float, float* %1, i64 %339
  %341 = bitcast float* %340 to <8 x float>*
  %342 = load <8 x float>, <8 x float>* %341, align 4
  %343 = load <8 x float>, <8 x float>* %31, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %224, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %31, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %x.exit
  %kh11 = phi i64 [ 0, %x.exit ], [ %kh.next14, %endif13 ]
  %345 = icmp slt i64 %kh11, 3
  br i1 %345, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %346 = mul i64 %kh11, 1
  %347 = add i64 %60, %346
  %348 = icmp sge i64 %347, 0
  %349 = icmp slt i64 %347, 112
  %350 = and i1 %348, %349
  br i1 %350, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %351 = add i64 %56, 888
  %352 = load <8 x float>, <8 x float>* %30, align 32
  %353 = fcmp olt <8 x float> %352, zeroinitializer
  %354 = select <8 x i1> %353, <8 x float> zeroinitializer, <8 x float> %352
  %355 = getelementptr inbounds float, float* %48, i64 %351
  %356 = bitcast float* %355 to <8 x float>*
  store <8 x float> %354, <8 x float>* %356, align 4
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !3

then12:                                           ; preds = %kh.body9
  %357 = mul i64 %347, 896
  %358 = add i64 %58, %357
  %359 = mul i64 %57, 3
  %360 = add i64 %359, %kh11
  %361 = mul i64 %360, 24
  %362 = add i64 %361, 0
  %363 = getelementptr inbounds float, float* %6, i64 %362
  %364 = bitcast float* %363 to <8 x float>*
  %365 = load <8 x float>, <8 x float>* %364, align 4
  %366 = add i64 %361, 8
  %367 = getelementptr inbounds float, float* %6, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  %369 = load <8 x float>, <8 x float>* %368, align 4
  %370 = add i64 %361, 16
  %371 = getelementptr inbounds float, float* %6, i64 %370
  %372 = bitcast float* %371 to <8 x float>*
  %373 = load <8 x float>, <8 x float>* %372, align 4
  %374 = add i64 %358, 880
  %375 = add i64 %374, 0
  %376 = getelementptr inbounds float, float* %1, i64 %375
  %377 = bitcast float* %376 to <8 x float>*
  %378 = load <8 x float>, <8 x float>* %377, align 4
  %379 = load <8 x float>, <8 x float>* %30, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %378, <8 x float> %365, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %30, align 32
  %381 = add i64 %374, 8
  %382 = getelementptr inbounds float, float* %1, i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = load <8 x float>, <8 x float>* %30, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %384, <8 x float> %369, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %30, align 32
  br label %endif13

endif13:                                          ; preds = %then12, %kh.body9
  %kh.next14 = add i64 %kh11, 1
  br label %kh.header8

block.group.header:                               ; preds = %u.exit69, %channel.block.exit
  %block.group = phi i64 [ %65, %channel.block.exit ], [ %block.group.next, %u.exit69 ]
  %387 = icmp slt i64 %block.group, %68
  br i1 %387, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %388 = mul i64 %block.group, 2
  %389 = add i64 0, %388
  %390 = mul i64 %46, 112
  %391 = mul i64 %block.group, 2
  %392 = add i64 0, %391
  %393 = mul i64 %392, 256
  br label %x.header15

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header15:                                       ; preds = %u.exit, %block.group.body
  %x18 = phi i64 [ 0, %block.group.body ], [ %x.next66, %u.exit ]
  %394 = icmp slt i64 %x18, 108
  br i1 %394, label %x.body16, label %x.exit17

x.body16:                                         ; preds = %x.header15
  %395 = add i64 %390, %x18
  %396 = mul i64 %47, 8
  %397 = add i64 %396, %389
  %398 = add i64 %397, 0
  %399 = mul i64 %398, 100352
  %400 = add i64 %395, 0
  %401 = mul i64 %400, 8
  %402 = add i64 %399, %401
  %403 = add i64 %395, 1
  %404 = mul i64 %403, 8
  %405 = add i64 %399, %404
  %406 = add i64 %395, 2
  %407 = mul i64 %406, 8
  %408 = add i64 %399, %407
  %409 = add i64 %395, 3
  %410 = mul i64 %409, 8
  %411 = add i64 %399, %410
  %412 = add i64 %395, 4
  %413 = mul i64 %412, 8
  %414 = add i64 %399, %413
  %415 = add i64 %395, 5
  %416 = mul i64 %415, 8
  %417 = add i64 %399, %416
  %418 = mul i64 %47, 8
  %419 = add i64 %418, %389
  %420 = add i64 %419, 1
  %421 = mul i64 %420, 100352
  %422 = add i64 %395, 0
  %423 = mul i64 %422, 8
  %424 = add i64 %421, %423
  %425 = add i64 %395, 1
  %426 = mul i64 %425, 8
  %427 = add i64 %421, %426
  %428 = add i64 %395, 2
  %429 = mul i64 %428, 8
  %430 = add i64 %421, %429
  %431 = add i64 %395, 3
  %432 = mul i64 %431, 8
  %433 = add i64 %421, %432
  %434 = add i64 %395, 4
  %435 = mul i64 %434, 8
  %436 = add i64 %421, %435
  %437 = add i64 %395, 5
  %438 = mul i64 %437, 8
  %439 = add i64 %421, %438
  %440 = add i64 %392, 0
  %441 = mul i64 %440, 8
  %442 = getelementptr inbounds float, float* %5, i64 %441
  %443 = bitcast float* %442 to <8 x float>*
  %444 = load <8 x float>, <8 x float>* %443, align 4
  %445 = add i64 %392, 1
  %446 = mul i64 %445, 8
  %447 = getelementptr inbounds float, float* %5, i64 %446
  %448 = bitcast float* %447 to <8 x float>*
  %449 = load <8 x float>, <8 x float>* %448, align 4
  store <8 x float> %444, <8 x float>* %29, align 32
  store <8 x float> %444, <8 x float>* %28, align 32
  store <8 x float> %444, <8 x float>* %27, align 32
  store <8 x float> %444, <8 x float>* %26, align 32
  store <8 x float> %444, <8 x float>* %25, align 32
  store <8 x float> %444, <8 x float>* %24, align 32
  store <8 x float> %449, <8 x float>* %23, align 32
  store <8 x float> %449, <8 x float>* %22, align 32
  store <8 x float> %449, <8 x float>* %21, align 32
  store <8 x float> %449, <8 x float>* %20, align 32
  store <8 x float> %449, <8 x float>* %19, align 32
  store <8 x float> %449, <8 x float>* %18, align 32
  %450 = mul i64 %x18, 8
  %451 = add i64 0, %450
  %452 = add i64 0, %451
  br label %u.header

x.exit17:                                         ; preds = %x.header15
  %453 = add i64 %390, 108
  %454 = mul i64 %47, 8
  %455 = add i64 %454, %389
  %456 = add i64 %455, 0
  %457 = mul i64 %456, 100352
  %458 = add i64 %453, 0
  %459 = mul i64 %458, 8
  %460 = add i64 %457, %459
  %461 = add i64 %453, 1
  %462 = mul i64 %461, 8
  %463 = add i64 %457, %462
  %464 = add i64 %453, 2
  %465 = mul i64 %464, 8
  %466 = add i64 %457, %465
  %467 = add i64 %453, 3
  %468 = mul i64 %467, 8
  %469 = add i64 %457, %468
  %470 = mul i64 %47, 8
  %471 = add i64 %470, %389
  %472 = add i64 %471, 1
  %473 = mul i64 %472, 100352
  %474 = add i64 %453, 0
  %475 = mul i64 %474, 8
  %476 = add i64 %473, %475
  %477 = add i64 %453, 1
  %478 = mul i64 %477, 8
  %479 = add i64 %473, %478
  %480 = add i64 %453, 2
  %481 = mul i64 %480, 8
  %482 = add i64 %473, %481
  %483 = add i64 %453, 3
  %484 = mul i64 %483, 8
  %485 = add i64 %473, %484
  %486 = add i64 %392, 0
  %487 = mul i64 %486, 8
  %488 = getelementptr inbounds float, float* %5, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  %490 = load <8 x float>, <8 x float>* %489, align 4
  %491 = add i64 %392, 1
  %492 = mul i64 %491, 8
  %493 = getelementptr inbounds float, float* %5, i64 %492
  %494 = bitcast float* %493 to <8 x float>*
  %495 = load <8 x float>, <8 x float>* %494, align 4
  store <8 x float> %490, <8 x float>* %17, align 32
  store <8 x float> %490, <8 x float>* %16, align 32
  store <8 x float> %490, <8 x float>* %15, align 32
  store <8 x float> %490, <8 x float>* %14, align 32
  store <8 x float> %495, <8 x float>* %13, align 32
  store <8 x float> %495, <8 x float>* %12, align 32
  store <8 x float> %495, <8 x float>* %11, align 32
  store <8 x float> %495, <8 x float>* %10, align 32
  br label %u.header67

u.header:                                         ; preds = %u.body, %x.body16
  %u = phi i64 [ 0, %x.body16 ], [ %u.next, %u.body ]
  %496 = icmp slt i64 %u, 4
  br i1 %496, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %497 = add i64 0, %u
  %498 = mul i64 %497, 896
  %499 = add i64 %452, %498
  %500 = mul i64 %497, 64
  %501 = add i64 %393, %500
  %502 = add i64 %499, 0
  %503 = add i64 %502, 0
  %504 = add i64 %501, 0
  %505 = add i64 %504, 0
  %506 = getelementptr inbounds float, float* %4, i64 %505
  %507 = bitcast float* %506 to <8 x float>*
  %508 = load <8 x float>, <8 x float>* %507, align 4
  %509 = add i64 %504, 256
  %510 = getelementptr inbounds float, float* %4, i64 %509
  %511 = bitcast float* %510 to <8 x float>*
  %512 = load <8 x float>, <8 x float>* %511, align 4
  %513 = add i64 %503, 0
  %514 = getelementptr inbounds float, float* %48, i64 %513
  %515 = load float, float* %514, align 4
  %516 = insertelement <8 x float> undef, float %515, i32 0
  %splat = shufflevector <8 x float> %516, <8 x float> undef, <8 x i32> zeroinitializer
  %517 = load <8 x float>, <8 x float>* %29, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %508, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %29, align 32
  %519 = load <8 x float>, <8 x float>* %23, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %512, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %23, align 32
  %521 = add i64 %503, 8
  %522 = getelementptr inbounds float, float* %48, i64 %521
  %523 = load float, float* %522, align 4
  %524 = insertelement <8 x float> undef, float %523, i32 0
  %splat19 = shufflevector <8 x float> %524, <8 x float> undef, <8 x i32> zeroinitializer
  %525 = load <8 x float>, <8 x float>* %28, align 32
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %508, <8 x float> %525)
  store <8 x float> %526, <8 x float>* %28, align 32
  %527 = load <8 x float>, <8 x float>* %22, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %512, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %22, align 32
  %529 = add i64 %503, 16
  %530 = getelementptr inbounds float, float* %48, i64 %529
  %531 = load float, float* %530, align 4
  %532 = insertelement <8 x float> undef, float %531, i32 0
  %splat20 = shufflevector <8 x float> %532, <8 x float> undef, <8 x i32> zeroinitializer
  %533 = load <8 x float>, <8 x float>* %27, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %508, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %27, align 32
  %535 = load <8 x float>, <8 x float>* %21, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %512, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %21, align 32
  %537 = add i64 %503, 24
  %538 = getelementptr inbounds float, float* %48, i64 %537
  %539 = load float, float* %538, align 4
  %540 = insertelement <8 x float> undef, float %539, i32 0
  %splat21 = shufflevector <8 x float> %540, <8 x float> undef, <8 x i32> zeroinitializer
  %541 = load <8 x float>, <8 x float>* %26, align 32
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %508, <8 x float> %541)
  store <8 x float> %542, <8 x float>* %26, align 32
  %543 = load <8 x float>, <8 x float>* %20, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %512, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %20, align 32
  %545 = add i64 %503, 32
  %546 = getelementptr inbounds float, float* %48, i64 %545
  %547 = load float, float* %546, align 4
  %548 = insertelement <8 x float> undef, float %547, i32 0
  %splat22 = shufflevector <8 x float> %548, <8 x float> undef, <8 x i32> zeroinitializer
  %549 = load <8 x float>, <8 x float>* %25, align 32
  %550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %508, <8 x float> %549)
  store <8 x float> %550, <8 x float>* %25, align 32
  %551 = load <8 x float>, <8 x float>* %19, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %512, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %19, align 32
  %553 = add i64 %503, 40
  %554 = getelementptr inbounds float, float* %48, i64 %553
  %555 = load float, float* %554, align 4
  %556 = insertelement <8 x float> undef, float %555, i32 0
  %splat23 = shufflevector <8 x float> %556, <8 x float> undef, <8 x i32> zeroinitializer
  %557 = load <8 x float>, <8 x float>* %24, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %508, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %24, align 32
  %559 = load <8 x float>, <8 x float>* %18, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %512, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %18, align 32
  %561 = add i64 %504, 8
  %562 = getelementptr inbounds float, float* %4, i64 %561
  %563 = bitcast float* %562 to <8 x float>*
  %564 = load <8 x float>, <8 x float>* %563, align 4
  %565 = add i64 %504, 264
  %566 = getelementptr inbounds float, float* %4, i64 %565
  %567 = bitcast float* %566 to <8 x float>*
  %568 = load <8 x float>, <8 x float>* %567, align 4
  %569 = add i64 %503, 1
  %570 = getelementptr inbounds float, float* %48, i64 %569
  %571 = load float, float* %570, align 4
  %572 = insertelement <8 x float> undef, float %571, i32 0
  %splat24 = shufflevector <8 x float> %572, <8 x float> undef, <8 x i32> zeroinitializer
  %573 = load <8 x float>, <8 x float>* %29, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %564, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %29, align 32
  %575 = load <8 x float>, <8 x float>* %23, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %568, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %23, align 32
  %577 = add i64 %503, 9
  %578 = getelementptr inbounds float, float* %48, i64 %577
  %579 = load float, float* %578, align 4
  %580 = insertelement <8 x float> undef, float %579, i32 0
  %splat25 = shufflevector <8 x float> %580, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = load <8 x float>, <8 x float>* %28, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %564, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %28, align 32
  %583 = load <8 x float>, <8 x float>* %22, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %568, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %22, align 32
  %585 = add i64 %503, 17
  %586 = getelementptr inbounds float, float* %48, i64 %585
  %587 = load float, float* %586, align 4
  %588 = insertelement <8 x float> undef, float %587, i32 0
  %splat26 = shufflevector <8 x float> %588, <8 x float> undef, <8 x i32> zeroinitializer
  %589 = load <8 x float>, <8 x float>* %27, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %564, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %27, align 32
  %591 = load <8 x float>, <8 x float>* %21, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %568, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %21, align 32
  %593 = add i64 %503, 25
  %594 = getelementptr inbounds float, float* %48, i64 %593
  %595 = load float, float* %594, align 4
  %596 = insertelement <8 x float> undef, float %595, i32 0
  %splat27 = shufflevector <8 x float> %596, <8 x float> undef, <8 x i32> zeroinitializer
  %597 = load <8 x float>, <8 x float>* %26, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %564, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %26, align 32
  %599 = load <8 x float>, <8 x float>* %20, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %568, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %20, align 32
  %601 = add i64 %503, 33
  %602 = getelementptr inbounds float, float* %48, i64 %601
  %603 = load float, float* %602, align 4
  %604 = insertelement <8 x float> undef, float %603, i32 0
  %splat28 = shufflevector <8 x float> %604, <8 x float> undef, <8 x i32> zeroinitializer
  %605 = load <8 x float>, <8 x float>* %25, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %564, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %25, align 32
  %607 = load <8 x float>, <8 x float>* %19, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %568, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %19, align 32
  %609 = add i64 %503, 41
  %610 = getelementptr inbounds float, float* %48, i64 %609
  %611 = load float, float* %610, align 4
  %612 = insertelement <8 x float> undef, float %611, i32 0
  %splat29 = shufflevector <8 x float> %612, <8 x float> undef, <8 x i32> zeroinitializer
  %613 = load <8 x float>, <8 x float>* %24, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %564, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %24, align 32
  %615 = load <8 x float>, <8 x float>* %18, align 32
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %568, <8 x float> %615)
  store <8 x float> %616, <8 x float>* %18, align 32
  %617 = add i64 %504, 16
  %618 = getelementptr inbounds float, float* %4, i64 %617
  %619 = bitcast float* %618 to <8 x float>*
  %620 = load <8 x float>, <8 x float>* %619, align 4
  %621 = add i64 %504, 272
  %622 = getelementptr inbounds float, float* %4, i64 %621
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = add i64 %503, 2
  %626 = getelementptr inbounds float, float* %48, i64 %625
  %627 = load float, float* %626, align 4
  %628 = insertelement <8 x float> undef, float %627, i32 0
  %splat30 = shufflevector <8 x float> %628, <8 x float> undef, <8 x i32> zeroinitializer
  %629 = load <8 x float>, <8 x float>* %29, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %620, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %29, align 32
  %631 = load <8 x float>, <8 x float>* %23, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %624, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %23, align 32
  %633 = add i64 %503, 10
  %634 = getelementptr inbounds float, float* %48, i64 %633
  %635 = load float, float* %634, align 4
  %636 = insertelement <8 x float> undef, float %635, i32 0
  %splat31 = shufflevector <8 x float> %636, <8 x float> undef, <8 x i32> zeroinitializer
  %637 = load <8 x float>, <8 x float>* %28, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %620, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %28, align 32
  %639 = load <8 x float>, <8 x float>* %22, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %624, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %22, align 32
  %641 = add i64 %503, 18
  %642 = getelementptr inbounds float, float* %48, i64 %641
  %643 = load float, float* %642, align 4
  %644 = insertelement <8 x float> undef, float %643, i32 0
  %splat32 = shufflevector <8 x float> %644, <8 x float> undef, <8 x i32> zeroinitializer
  %645 = load <8 x float>, <8 x float>* %27, align 32
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %620, <8 x float> %645)
  store <8 x float> %646, <8 x float>* %27, align 32
  %647 = load <8 x float>, <8 x float>* %21, align 32
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %624, <8 x float> %647)
  store <8 x float> %648, <8 x float>* %21, align 32
  %649 = add i64 %503, 26
  %650 = getelementptr inbounds float, float* %48, i64 %649
  %651 = load float, float* %650, align 4
  %652 = insertelement <8 x float> undef, float %651, i32 0
  %splat33 = shufflevector <8 x float> %652, <8 x float> undef, <8 x i32> zeroinitializer
  %653 = load <8 x float>, <8 x float>* %26, align 32
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %620, <8 x float> %653)
  store <8 x float> %654, <8 x float>* %26, align 32
  %655 = load <8 x float>, <8 x float>* %20, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %624, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %20, align 32
  %657 = add i64 %503, 34
  %658 = getelementptr inbounds float, float* %48, i64 %657
  %659 = load float, float* %658, align 4
  %660 = insertelement <8 x float> undef, float %659, i32 0
  %splat34 = shufflevector <8 x float> %660, <8 x float> undef, <8 x i32> zeroinitializer
  %661 = load <8 x float>, <8 x float>* %25, align 32
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %620, <8 x float> %661)
  store <8 x float> %662, <8 x float>* %25, align 32
  %663 = load <8 x float>, <8 x float>* %19, align 32
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %624, <8 x float> %663)
  store <8 x float> %664, <8 x float>* %19, align 32
  %665 = add i64 %503, 42
  %666 = getelementptr inbounds float, float* %48, i64 %665
  %667 = load float, float* %666, align 4
  %668 = insertelement <8 x float> undef, float %667, i32 0
  %splat35 = shufflevector <8 x float> %668, <8 x float> undef, <8 x i32> zeroinitializer
  %669 = load <8 x float>, <8 x float>* %24, align 32
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %620, <8 x float> %669)
  store <8 x float> %670, <8 x float>* %24, align 32
  %671 = load <8 x float>, <8 x float>* %18, align 32
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %624, <8 x float> %671)
  store <8 x float> %672, <8 x float>* %18, align 32
  %673 = add i64 %504, 24
  %674 = getelementptr inbounds float, float* %4, i64 %673
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = add i64 %504, 280
  %678 = getelementptr inbounds float, float* %4, i64 %677
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = add i64 %503, 3
  %682 = getelementptr inbounds float, float* %48, i64 %681
  %683 = load float, float* %682, align 4
  %684 = insertelement <8 x float> undef, float %683, i32 0
  %splat36 = shufflevector <8 x float> %684, <8 x float> undef, <8 x i32> zeroinitializer
  %685 = load <8 x float>, <8 x float>* %29, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %676, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %29, align 32
  %687 = load <8 x float>, <8 x float>* %23, align 32
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %680, <8 x float> %687)
  store <8 x float> %688, <8 x float>* %23, align 32
  %689 = add i64 %503, 11
  %690 = getelementptr inbounds float, float* %48, i64 %689
  %691 = load float, float* %690, align 4
  %692 = insertelement <8 x float> undef, float %691, i32 0
  %splat37 = shufflevector <8 x float> %692, <8 x float> undef, <8 x i32> zeroinitializer
  %693 = load <8 x float>, <8 x float>* %28, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %676, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %28, align 32
  %695 = load <8 x float>, <8 x float>* %22, align 32
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %680, <8 x float> %695)
  store <8 x float> %696, <8 x float>* %22, align 32
  %697 = add i64 %503, 19
  %698 = getelementptr inbounds float, float* %48, i64 %697
  %699 = load float, float* %698, align 4
  %700 = insertelement <8 x float> undef, float %699, i32 0
  %splat38 = shufflevector <8 x float> %700, <8 x float> undef, <8 x i32> zeroinitializer
  %701 = load <8 x float>, <8 x float>* %27, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %676, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %27, align 32
  %703 = load <8 x float>, <8 x float>* %21, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %680, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %21, align 32
  %705 = add i64 %503, 27
  %706 = getelementptr inbounds float, float* %48, i64 %705
  %707 = load float, float* %706, align 4
  %708 = insertelement <8 x float> undef, float %707, i32 0
  %splat39 = shufflevector <8 x float> %708, <8 x float> undef, <8 x i32> zeroinitializer
  %709 = load <8 x float>, <8 x float>* %26, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %676, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %26, align 32
  %711 = load <8 x float>, <8 x float>* %20, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %680, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %20, align 32
  %713 = add i64 %503, 35
  %714 = getelementptr inbounds float, float* %48, i64 %713
  %715 = load float, float* %714, align 4
  %716 = insertelement <8 x float> undef, float %715, i32 0
  %splat40 = shufflevector <8 x float> %716, <8 x float> undef, <8 x i32> zeroinitializer
  %717 = load <8 x float>, <8 x float>* %25, align 32
  %718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %676, <8 x float> %717)
  store <8 x float> %718, <8 x float>* %25, align 32
  %719 = load <8 x float>, <8 x float>* %19, align 32
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %680, <8 x float> %719)
  store <8 x float> %720, <8 x float>* %19, align 32
  %721 = add i64 %503, 43
  %722 = getelementptr inbounds float, float* %48, i64 %721
  %723 = load float, float* %722, align 4
  %724 = insertelement <8 x float> undef, float %723, i32 0
  %splat41 = shufflevector <8 x float> %724, <8 x float> undef, <8 x i32> zeroinitializer
  %725 = load <8 x float>, <8 x float>* %24, align 32
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %676, <8 x float> %725)
  store <8 x float> %726, <8 x float>* %24, align 32
  %727 = load <8 x float>, <8 x float>* %18, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %680, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %18, align 32
  %729 = add i64 %504, 32
  %730 = getelementptr inbounds float, float* %4, i64 %729
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = add i64 %504, 288
  %734 = getelementptr inbounds float, float* %4, i64 %733
  %735 = bitcast float* %734 to <8 x float>*
  %736 = load <8 x float>, <8 x float>* %735, align 4
  %737 = add i64 %503, 4
  %738 = getelementptr inbounds float, float* %48, i64 %737
  %739 = load float, float* %738, align 4
  %740 = insertelement <8 x float> undef, float %739, i32 0
  %splat42 = shufflevector <8 x float> %740, <8 x float> undef, <8 x i32> zeroinitializer
  %741 = load <8 x float>, <8 x float>* %29, align 32
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %732, <8 x float> %741)
  store <8 x float> %742, <8 x float>* %29, align 32
  %743 = load <8 x float>, <8 x float>* %23, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %736, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %23, align 32
  %745 = add i64 %503, 12
  %746 = getelementptr inbounds float, float* %48, i64 %745
  %747 = load float, float* %746, align 4
  %748 = insertelement <8 x float> undef, float %747, i32 0
  %splat43 = shufflevector <8 x float> %748, <8 x float> undef, <8 x i32> zeroinitializer
  %749 = load <8 x float>, <8 x float>* %28, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %732, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %28, align 32
  %751 = load <8 x float>, <8 x float>* %22, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %736, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %22, align 32
  %753 = add i64 %503, 20
  %754 = getelementptr inbounds float, float* %48, i64 %753
  %755 = load float, float* %754, align 4
  %756 = insertelement <8 x float> undef, float %755, i32 0
  %splat44 = shufflevector <8 x float> %756, <8 x float> undef, <8 x i32> zeroinitializer
  %757 = load <8 x float>, <8 x float>* %27, align 32
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %732, <8 x float> %757)
  store <8 x float> %758, <8 x float>* %27, align 32
  %759 = load <8 x float>, <8 x float>* %21, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %736, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %21, align 32
  %761 = add i64 %503, 28
  %762 = getelementptr inbounds float, float* %48, i64 %761
  %763 = load float, float* %762, align 4
  %764 = insertelement <8 x float> undef, float %763, i32 0
  %splat45 = shufflevector <8 x float> %764, <8 x float> undef, <8 x i32> zeroinitializer
  %765 = load <8 x float>, <8 x float>* %26, align 32
  %766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %732, <8 x float> %765)
  store <8 x float> %766, <8 x float>* %26, align 32
  %767 = load <8 x float>, <8 x float>* %20, align 32
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %736, <8 x float> %767)
  store <8 x float> %768, <8 x float>* %20, align 32
  %769 = add i64 %503, 36
  %770 = getelementptr inbounds float, float* %48, i64 %769
  %771 = load float, float* %770, align 4
  %772 = insertelement <8 x float> undef, float %771, i32 0
  %splat46 = shufflevector <8 x float> %772, <8 x float> undef, <8 x i32> zeroinitializer
  %773 = load <8 x float>, <8 x float>* %25, align 32
  %774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %732, <8 x float> %773)
  store <8 x float> %774, <8 x float>* %25, align 32
  %775 = load <8 x float>, <8 x float>* %19, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %736, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %19, align 32
  %777 = add i64 %503, 44
  %778 = getelementptr inbounds float, float* %48, i64 %777
  %779 = load float, float* %778, align 4
  %780 = insertelement <8 x float> undef, float %779, i32 0
  %splat47 = shufflevector <8 x float> %780, <8 x float> undef, <8 x i32> zeroinitializer
  %781 = load <8 x float>, <8 x float>* %24, align 32
  %782 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %732, <8 x float> %781)
  store <8 x float> %782, <8 x float>* %24, align 32
  %783 = load <8 x float>, <8 x float>* %18, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %736, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %18, align 32
  %785 = add i64 %504, 40
  %786 = getelementptr inbounds float, float* %4, i64 %785
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = add i64 %504, 296
  %790 = getelementptr inbounds float, float* %4, i64 %789
  %791 = bitcast float* %790 to <8 x float>*
  %792 = load <8 x float>, <8 x float>* %791, align 4
  %793 = add i64 %503, 5
  %794 = getelementptr inbounds float, float* %48, i64 %793
  %795 = load float, float* %794, align 4
  %796 = insertelement <8 x float> undef, float %795, i32 0
  %splat48 = shufflevector <8 x float> %796, <8 x float> undef, <8 x i32> zeroinitializer
  %797 = load <8 x float>, <8 x float>* %29, align 32
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %788, <8 x float> %797)
  store <8 x float> %798, <8 x float>* %29, align 32
  %799 = load <8 x float>, <8 x float>* %23, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %792, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %23, align 32
  %801 = add i64 %503, 13
  %802 = getelementptr inbounds float, float* %48, i64 %801
  %803 = load float, float* %802, align 4
  %804 = insertelement <8 x float> undef, float %803, i32 0
  %splat49 = shufflevector <8 x float> %804, <8 x float> undef, <8 x i32> zeroinitializer
  %805 = load <8 x float>, <8 x float>* %28, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %788, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %28, align 32
  %807 = load <8 x float>, <8 x float>* %22, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %792, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %22, align 32
  %809 = add i64 %503, 21
  %810 = getelementptr inbounds float, float* %48, i64 %809
  %811 = load float, float* %810, align 4
  %812 = insertelement <8 x float> undef, float %811, i32 0
  %splat50 = shufflevector <8 x float> %812, <8 x float> undef, <8 x i32> zeroinitializer
  %813 = load <8 x float>, <8 x float>* %27, align 32
  %814 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %788, <8 x float> %813)
  store <8 x float> %814, <8 x float>* %27, align 32
  %815 = load <8 x float>, <8 x float>* %21, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %792, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %21, align 32
  %817 = add i64 %503, 29
  %818 = getelementptr inbounds float, float* %48, i64 %817
  %819 = load float, float* %818, align 4
  %820 = insertelement <8 x float> undef, float %819, i32 0
  %splat51 = shufflevector <8 x float> %820, <8 x float> undef, <8 x i32> zeroinitializer
  %821 = load <8 x float>, <8 x float>* %26, align 32
  %822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %788, <8 x float> %821)
  store <8 x float> %822, <8 x float>* %26, align 32
  %823 = load <8 x float>, <8 x float>* %20, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %792, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %20, align 32
  %825 = add i64 %503, 37
  %826 = getelementptr inbounds float, float* %48, i64 %825
  %827 = load float, float* %826, align 4
  %828 = insertelement <8 x float> undef, float %827, i32 0
  %splat52 = shufflevector <8 x float> %828, <8 x float> undef, <8 x i32> zeroinitializer
  %829 = load <8 x float>, <8 x float>* %25, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %788, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %25, align 32
  %831 = load <8 x float>, <8 x float>* %19, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %792, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %19, align 32
  %833 = add i64 %503, 45
  %834 = getelementptr inbounds float, float* %48, i64 %833
  %835 = load float, float* %834, align 4
  %836 = insertelement <8 x float> undef, float %835, i32 0
  %splat53 = shufflevector <8 x float> %836, <8 x float> undef, <8 x i32> zeroinitializer
  %837 = load <8 x float>, <8 x float>* %24, align 32
  %838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %788, <8 x float> %837)
  store <8 x float> %838, <8 x float>* %24, align 32
  %839 = load <8 x float>, <8 x float>* %18, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %792, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %18, align 32
  %841 = add i64 %504, 48
  %842 = getelementptr inbounds float, float* %4, i64 %841
  %843 = bitcast float* %842 to <8 x float>*
  %844 = load <8 x float>, <8 x float>* %843, align 4
  %845 = add i64 %504, 304
  %846 = getelementptr inbounds float, float* %4, i64 %845
  %847 = bitcast float* %846 to <8 x float>*
  %848 = load <8 x float>, <8 x float>* %847, align 4
  %849 = add i64 %503, 6
  %850 = getelementptr inbounds float, float* %48, i64 %849
  %851 = load float, float* %850, align 4
  %852 = insertelement <8 x float> undef, float %851, i32 0
  %splat54 = shufflevector <8 x float> %852, <8 x float> undef, <8 x i32> zeroinitializer
  %853 = load <8 x float>, <8 x float>* %29, align 32
  %854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %844, <8 x float> %853)
  store <8 x float> %854, <8 x float>* %29, align 32
  %855 = load <8 x float>, <8 x float>* %23, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %848, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %23, align 32
  %857 = add i64 %503, 14
  %858 = getelementptr inbounds float, float* %48, i64 %857
  %859 = load float, float* %858, align 4
  %860 = insertelement <8 x float> undef, float %859, i32 0
  %splat55 = shufflevector <8 x float> %860, <8 x float> undef, <8 x i32> zeroinitializer
  %861 = load <8 x float>, <8 x float>* %28, align 32
  %862 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %844, <8 x float> %861)
  store <8 x float> %862, <8 x float>* %28, align 32
  %863 = load <8 x float>, <8 x float>* %22, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %848, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %22, align 32
  %865 = add i64 %503, 22
  %866 = getelementptr inbounds float, float* %48, i64 %865
  %867 = load float, float* %866, align 4
  %868 = insertelement <8 x float> undef, float %867, i32 0
  %splat56 = shufflevector <8 x float> %868, <8 x float> undef, <8 x i32> zeroinitializer
  %869 = load <8 x float>, <8 x float>* %27, align 32
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %844, <8 x float> %869)
  store <8 x float> %870, <8 x float>* %27, align 32
  %871 = load <8 x float>, <8 x float>* %21, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %848, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %21, align 32
  %873 = add i64 %503, 30
  %874 = getelementptr inbounds float, float* %48, i64 %873
  %875 = load float, float* %874, align 4
  %876 = insertelement <8 x float> undef, float %875, i32 0
  %splat57 = shufflevector <8 x float> %876, <8 x float> undef, <8 x i32> zeroinitializer
  %877 = load <8 x float>, <8 x float>* %26, align 32
  %878 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %844, <8 x float> %877)
  store <8 x float> %878, <8 x float>* %26, align 32
  %879 = load <8 x float>, <8 x float>* %20, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %848, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %20, align 32
  %881 = add i64 %503, 38
  %882 = getelementptr inbounds float, float* %48, i64 %881
  %883 = load float, float* %882, align 4
  %884 = insertelement <8 x float> undef, float %883, i32 0
  %splat58 = shufflevector <8 x float> %884, <8 x float> undef, <8 x i32> zeroinitializer
  %885 = load <8 x float>, <8 x float>* %25, align 32
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %844, <8 x float> %885)
  store <8 x float> %886, <8 x float>* %25, align 32
  %887 = load <8 x float>, <8 x float>* %19, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %848, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %19, align 32
  %889 = add i64 %503, 46
  %890 = getelementptr inbounds float, float* %48, i64 %889
  %891 = load float, float* %890, align 4
  %892 = insertelement <8 x float> undef, float %891, i32 0
  %splat59 = shufflevector <8 x float> %892, <8 x float> undef, <8 x i32> zeroinitializer
  %893 = load <8 x float>, <8 x float>* %24, align 32
  %894 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %844, <8 x float> %893)
  store <8 x float> %894, <8 x float>* %24, align 32
  %895 = load <8 x float>, <8 x float>* %18, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %848, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %18, align 32
  %897 = add i64 %504, 56
  %898 = getelementptr inbounds float, float* %4, i64 %897
  %899 = bitcast float* %898 to <8 x float>*
  %900 = load <8 x float>, <8 x float>* %899, align 4
  %901 = add i64 %504, 312
  %902 = getelementptr inbounds float, float* %4, i64 %901
  %903 = bitcast float* %902 to <8 x float>*
  %904 = load <8 x float>, <8 x float>* %903, align 4
  %905 = add i64 %503, 7
  %906 = getelementptr inbounds float, float* %48, i64 %905
  %907 = load float, float* %906, align 4
  %908 = insertelement <8 x float> undef, float %907, i32 0
  %splat60 = shufflevector <8 x float> %908, <8 x float> undef, <8 x i32> zeroinitializer
  %909 = load <8 x float>, <8 x float>* %29, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %900, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %29, align 32
  %911 = load <8 x float>, <8 x float>* %23, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %904, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %23, align 32
  %913 = add i64 %503, 15
  %914 = getelementptr inbounds float, float* %48, i64 %913
  %915 = load float, float* %914, align 4
  %916 = insertelement <8 x float> undef, float %915, i32 0
  %splat61 = shufflevector <8 x float> %916, <8 x float> undef, <8 x i32> zeroinitializer
  %917 = load <8 x float>, <8 x float>* %28, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %900, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %28, align 32
  %919 = load <8 x float>, <8 x float>* %22, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %904, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %22, align 32
  %921 = add i64 %503, 23
  %922 = getelementptr inbounds float, float* %48, i64 %921
  %923 = load float, float* %922, align 4
  %924 = insertelement <8 x float> undef, float %923, i32 0
  %splat62 = shufflevector <8 x float> %924, <8 x float> undef, <8 x i32> zeroinitializer
  %925 = load <8 x float>, <8 x float>* %27, align 32
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %900, <8 x float> %925)
  store <8 x float> %926, <8 x float>* %27, align 32
  %927 = load <8 x float>, <8 x float>* %21, align 32
  %928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %904, <8 x float> %927)
  store <8 x float> %928, <8 x float>* %21, align 32
  %929 = add i64 %503, 31
  %930 = getelementptr inbounds float, float* %48, i64 %929
  %931 = load float, float* %930, align 4
  %932 = insertelement <8 x float> undef, float %931, i32 0
  %splat63 = shufflevector <8 x float> %932, <8 x float> undef, <8 x i32> zeroinitializer
  %933 = load <8 x float>, <8 x float>* %26, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %900, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %26, align 32
  %935 = load <8 x float>, <8 x float>* %20, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %904, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %20, align 32
  %937 = add i64 %503, 39
  %938 = getelementptr inbounds float, float* %48, i64 %937
  %939 = load float, float* %938, align 4
  %940 = insertelement <8 x float> undef, float %939, i32 0
  %splat64 = shufflevector <8 x float> %940, <8 x float> undef, <8 x i32> zeroinitializer
  %941 = load <8 x float>, <8 x float>* %25, align 32
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %900, <8 x float> %941)
  store <8 x float> %942, <8 x float>* %25, align 32
  %943 = load <8 x float>, <8 x float>* %19, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %904, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %19, align 32
  %945 = add i64 %503, 47
  %946 = getelementptr inbounds float, float* %48, i64 %945
  %947 = load float, float* %946, align 4
  %948 = insertelement <8 x float> undef, float %947, i32 0
  %splat65 = shufflevector <8 x float> %948, <8 x float> undef, <8 x i32> zeroinitializer
  %949 = load <8 x float>, <8 x float>* %24, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %900, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %24, align 32
  %951 = load <8 x float>, <8 x float>* %18, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %904, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %953 = load <8 x float>, <8 x float>* %29, align 32
  %954 = fcmp olt <8 x float> %953, zeroinitializer
  %955 = select <8 x i1> %954, <8 x float> zeroinitializer, <8 x float> %953
  %956 = getelementptr inbounds float, float* %0, i64 %402
  %957 = bitcast float* %956 to <8 x float>*
  store <8 x float> %955, <8 x float>* %957, align 4
  %958 = load <8 x float>, <8 x float>* %28, align 32
  %959 = fcmp olt <8 x float> %958, zeroinitializer
  %960 = select <8 x i1> %959, <8 x float> zeroinitializer, <8 x float> %958
  %961 = getelementptr inbounds float, float* %0, i64 %405
  %962 = bitcast float* %961 to <8 x float>*
  store <8 x float> %960, <8 x float>* %962, align 4
  %963 = load <8 x float>, <8 x float>* %27, align 32
  %964 = fcmp olt <8 x float> %963, zeroinitializer
  %965 = select <8 x i1> %964, <8 x float> zeroinitializer, <8 x float> %963
  %966 = getelementptr inbounds float, float* %0, i64 %408
  %967 = bitcast float* %966 to <8 x float>*
  store <8 x float> %965, <8 x float>* %967, align 4
  %968 = load <8 x float>, <8 x float>* %26, align 32
  %969 = fcmp olt <8 x float> %968, zeroinitializer
  %970 = select <8 x i1> %969, <8 x float> zeroinitializer, <8 x float> %968
  %971 = getelementptr inbounds float, float* %0, i64 %411
  %972 = bitcast float* %971 to <8 x float>*
  store <8 x float> %970, <8 x float>* %972, align 4
  %973 = load <8 x float>, <8 x float>* %25, align 32
  %974 = fcmp olt <8 x float> %973, zeroinitializer
  %975 = select <8 x i1> %974, <8 x float> zeroinitializer, <8 x float> %973
  %976 = getelementptr inbounds float, float* %0, i64 %414
  %977 = bitcast float* %976 to <8 x float>*
  store <8 x float> %975, <8 x float>* %977, align 4
  %978 = load <8 x float>, <8 x float>* %24, align 32
  %979 = fcmp olt <8 x float> %978, zeroinitializer
  %980 = select <8 x i1> %979, <8 x float> zeroinitializer, <8 x float> %978
  %981 = getelementptr inbounds float, float* %0, i64 %417
  %982 = bitcast float* %981 to <8 x float>*
  store <8 x float> %980, <8 x float>* %982, align 4
  %983 = load <8 x float>, <8 x float>* %23, align 32
  %984 = fcmp olt <8 x float> %983, zeroinitializer
  %985 = select <8 x i1> %984, <8 x float> zeroinitializer, <8 x float> %983
  %986 = getelementptr inbounds float, float* %0, i64 %424
  %987 = bitcast float* %986 to <8 x float>*
  store <8 x float> %985, <8 x float>* %987, align 4
  %988 = load <8 x float>, <8 x float>* %22, align 32
  %989 = fcmp olt <8 x float> %988, zeroinitializer
  %990 = select <8 x i1> %989, <8 x float> zeroinitializer, <8 x float> %988
  %991 = getelementptr inbounds float, float* %0, i64 %427
  %992 = bitcast float* %991 to <8 x float>*
  store <8 x float> %990, <8 x float>* %992, align 4
  %993 = load <8 x float>, <8 x float>* %21, align 32
  %994 = fcmp olt <8 x float> %993, zeroinitializer
  %995 = select <8 x i1> %994, <8 x float> zeroinitializer, <8 x float> %993
  %996 = getelementptr inbounds float, float* %0, i64 %430
  %997 = bitcast float* %996 to <8 x float>*
  store <8 x float> %995, <8 x float>* %997, align 4
  %998 = load <8 x float>, <8 x float>* %20, align 32
  %999 = fcmp olt <8 x float> %998, zeroinitializer
  %1000 = select <8 x i1> %999, <8 x float> zeroinitializer, <8 x float> %998
  %1001 = getelementptr inbounds float, float* %0, i64 %433
  %1002 = bitcast float* %1001 to <8 x float>*
  store <8 x float> %1000, <8 x float>* %1002, align 4
  %1003 = load <8 x float>, <8 x float>* %19, align 32
  %1004 = fcmp olt <8 x float> %1003, zeroinitializer
  %1005 = select <8 x i1> %1004, <8 x float> zeroinitializer, <8 x float> %1003
  %1006 = getelementptr inbounds float, float* %0, i64 %436
  %1007 = bitcast float* %1006 to <8 x float>*
  store <8 x float> %1005, <8 x float>* %1007, align 4
  %1008 = load <8 x float>, <8 x float>* %18, align 32
  %1009 = fcmp olt <8 x float> %1008, zeroinitializer
  %1010 = select <8 x i1> %1009, <8 x float> zeroinitializer, <8 x float> %1008
  %1011 = getelementptr inbounds float, float* %0, i64 %439
  %1012 = bitcast float* %1011 to <8 x float>*
  store <8 x float> %1010, <8 x float>* %1012, align 4
  %x.next66 = add i64 %x18, 6
  br label %x.header15

u.header67:                                       ; preds = %u.body68, %x.exit17
  %u70 = phi i64 [ 0, %x.exit17 ], [ %u.next103, %u.body68 ]
  %1013 = icmp slt i64 %u70, 4
  br i1 %1013, label %u.body68, label %u.exit69

u.body68:                                         ; preds = %u.header67
  %1014 = add i64 0, %u70
  %1015 = mul i64 %1014, 896
  %1016 = add i64 864, %1015
  %1017 = mul i64 %1014, 64
  %1018 = add i64 %393, %1017
  %1019 = add i64 %1016, 0
  %1020 = add i64 %1019, 0
  %1021 = add i64 %1018, 0
  %1022 = add i64 %1021, 0
  %1023 = getelementptr inbounds float, float* %4, i64 %1022
  %1024 = bitcast float* %1023 to <8 x float>*
  %1025 = load <8 x float>, <8 x float>* %1024, align 4
  %1026 = add i64 %1021, 256
  %1027 = getelementptr inbounds float, float* %4, i64 %1026
  %1028 = bitcast float* %1027 to <8 x float>*
  %1029 = load <8 x float>, <8 x float>* %1028, align 4
  %1030 = add i64 %1020, 0
  %1031 = getelementptr inbounds float, float* %48, i64 %1030
  %1032 = load float, float* %1031, align 4
  %1033 = insertelement <8 x float> undef, float %1032, i32 0
  %splat71 = shufflevector <8 x float> %1033, <8 x float> undef, <8 x i32> zeroinitializer
  %1034 = load <8 x float>, <8 x float>* %17, align 32
  %1035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1025, <8 x float> %1034)
  store <8 x float> %1035, <8 x float>* %17, align 32
  %1036 = load <8 x float>, <8 x float>* %13, align 32
  %1037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1029, <8 x float> %1036)
  store <8 x float> %1037, <8 x float>* %13, align 32
  %1038 = add i64 %1020, 8
  %1039 = getelementptr inbounds float, float* %48, i64 %1038
  %1040 = load float, float* %1039, align 4
  %1041 = insertelement <8 x float> undef, float %1040, i32 0
  %splat72 = shufflevector <8 x float> %1041, <8 x float> undef, <8 x i32> zeroinitializer
  %1042 = load <8 x float>, <8 x float>* %16, align 32
  %1043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1025, <8 x float> %1042)
  store <8 x float> %1043, <8 x float>* %16, align 32
  %1044 = load <8 x float>, <8 x float>* %12, align 32
  %1045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1029, <8 x float> %1044)
  store <8 x float> %1045, <8 x float>* %12, align 32
  %1046 = add i64 %1020, 16
  %1047 = getelementptr inbounds float, float* %48, i64 %1046
  %1048 = load float, float* %1047, align 4
  %1049 = insertelement <8 x float> undef, float %1048, i32 0
  %splat73 = shufflevector <8 x float> %1049, <8 x float> undef, <8 x i32> zeroinitializer
  %1050 = load <8 x float>, <8 x float>* %15, align 32
  %1051 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1025, <8 x float> %1050)
  store <8 x float> %1051, <8 x float>* %15, align 32
  %1052 = load <8 x float>, <8 x float>* %11, align 32
  %1053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1029, <8 x float> %1052)
  store <8 x float> %1053, <8 x float>* %11, align 32
  %1054 = add i64 %1020, 24
  %1055 = getelementptr inbounds float, float* %48, i64 %1054
  %1056 = load float, float* %1055, align 4
  %1057 = insertelement <8 x float> undef, float %1056, i32 0
  %splat74 = shufflevector <8 x float> %1057, <8 x float> undef, <8 x i32> zeroinitializer
  %1058 = load <8 x float>, <8 x float>* %14, align 32
  %1059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1025, <8 x float> %1058)
  store <8 x float> %1059, <8 x float>* %14, align 32
  %1060 = load <8 x float>, <8 x float>* %10, align 32
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1029, <8 x float> %1060)
  store <8 x float> %1061, <8 x float>* %10, align 32
  %1062 = add i64 %1021, 8
  %1063 = getelementptr inbounds float, float* %4, i64 %1062
  %1064 = bitcast float* %1063 to <8 x float>*
  %1065 = load <8 x float>, <8 x float>* %1064, align 4
  %1066 = add i64 %1021, 264
  %1067 = getelementptr inbounds float, float* %4, i64 %1066
  %1068 = bitcast float* %1067 to <8 x float>*
  %1069 = load <8 x float>, <8 x float>* %1068, align 4
  %1070 = add i64 %1020, 1
  %1071 = getelementptr inbounds float, float* %48, i64 %1070
  %1072 = load float, float* %1071, align 4
  %1073 = insertelement <8 x float> undef, float %1072, i32 0
  %splat75 = shufflevector <8 x float> %1073, <8 x float> undef, <8 x i32> zeroinitializer
  %1074 = load <8 x float>, <8 x float>* %17, align 32
  %1075 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1065, <8 x float> %1074)
  store <8 x float> %1075, <8 x float>* %17, align 32
  %1076 = load <8 x float>, <8 x float>* %13, align 32
  %1077 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1069, <8 x float> %1076)
  store <8 x float> %1077, <8 x float>* %13, align 32
  %1078 = add i64 %1020, 9
  %1079 = getelementptr inbounds float, float* %48, i64 %1078
  %1080 = load float, float* %1079, align 4
  %1081 = insertelement <8 x float> undef, float %1080, i32 0
  %splat76 = shufflevector <8 x float> %1081, <8 x float> undef, <8 x i32> zeroinitializer
  %1082 = load <8 x float>, <8 x float>* %16, align 32
  %1083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1065, <8 x float> %1082)
  store <8 x float> %1083, <8 x float>* %16, align 32
  %1084 = load <8 x float>, <8 x float>* %12, align 32
  %1085 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1069, <8 x float> %1084)
  store <8 x float> %1085, <8 x float>* %12, align 32
  %1086 = add i64 %1020, 17
  %1087 = getelementptr inbounds float, float* %48, i64 %1086
  %1088 = load float, float* %1087, align 4
  %1089 = insertelement <8 x float> undef, float %1088, i32 0
  %splat77 = shufflevector <8 x float> %1089, <8 x float> undef, <8 x i32> zeroinitializer
  %1090 = load <8 x float>, <8 x float>* %15, align 32
  %1091 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1065, <8 x float> %1090)
  store <8 x float> %1091, <8 x float>* %15, align 32
  %1092 = load <8 x float>, <8 x float>* %11, align 32
  %1093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1069, <8 x float> %1092)
  store <8 x float> %1093, <8 x float>* %11, align 32
  %1094 = add i64 %1020, 25
  %1095 = getelementptr inbounds float, float* %48, i64 %1094
  %1096 = load float, float* %1095, align 4
  %1097 = insertelement <8 x float> undef, float %1096, i32 0
  %splat78 = shufflevector <8 x float> %1097, <8 x float> undef, <8 x i32> zeroinitializer
  %1098 = load <8 x float>, <8 x float>* %14, align 32
  %1099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1065, <8 x float> %1098)
  store <8 x float> %1099, <8 x float>* %14, align 32
  %1100 = load <8 x float>, <8 x float>* %10, align 32
  %1101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1069, <8 x float> %1100)
  store <8 x float> %1101, <8 x float>* %10, align 32
  %1102 = add i64 %1021, 16
  %1103 = getelementptr inbounds float, float* %4, i64 %1102
  %1104 = bitcast float* %1103 to <8 x float>*
  %1105 = load <8 x float>, <8 x float>* %1104, align 4
  %1106 = add i64 %1021, 272
  %1107 = getelementptr inbounds float, float* %4, i64 %1106
  %1108 = bitcast float* %1107 to <8 x float>*
  %1109 = load <8 x float>, <8 x float>* %1108, align 4
  %1110 = add i64 %1020, 2
  %1111 = getelementptr inbounds float, float* %48, i64 %1110
  %1112 = load float, float* %1111, align 4
  %1113 = insertelement <8 x float> undef, float %1112, i32 0
  %splat79 = shufflevector <8 x float> %1113, <8 x float> undef, <8 x i32> zeroinitializer
  %1114 = load <8 x float>, <8 x float>* %17, align 32
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1105, <8 x float> %1114)
  store <8 x float> %1115, <8 x float>* %17, align 32
  %1116 = load <8 x float>, <8 x float>* %13, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1109, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %13, align 32
  %1118 = add i64 %1020, 10
  %1119 = getelementptr inbounds float, float* %48, i64 %1118
  %1120 = load float, float* %1119, align 4
  %1121 = insertelement <8 x float> undef, float %1120, i32 0
  %splat80 = shufflevector <8 x float> %1121, <8 x float> undef, <8 x i32> zeroinitializer
  %1122 = load <8 x float>, <8 x float>* %16, align 32
  %1123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1105, <8 x float> %1122)
  store <8 x float> %1123, <8 x float>* %16, align 32
  %1124 = load <8 x float>, <8 x float>* %12, align 32
  %1125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1109, <8 x float> %1124)
  store <8 x float> %1125, <8 x float>* %12, align 32
  %1126 = add i64 %1020, 18
  %1127 = getelementptr inbounds float, float* %48, i64 %1126
  %1128 = load float, float* %1127, align 4
  %1129 = insertelement <8 x float> undef, float %1128, i32 0
  %splat81 = shufflevector <8 x float> %1129, <8 x float> undef, <8 x i32> zeroinitializer
  %1130 = load <8 x float>, <8 x float>* %15, align 32
  %1131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1105, <8 x float> %1130)
  store <8 x float> %1131, <8 x float>* %15, align 32
  %1132 = load <8 x float>, <8 x float>* %11, align 32
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1109, <8 x float> %1132)
  store <8 x float> %1133, <8 x float>* %11, align 32
  %1134 = add i64 %1020, 26
  %1135 = getelementptr inbounds float, float* %48, i64 %1134
  %1136 = load float, float* %1135, align 4
  %1137 = insertelement <8 x float> undef, float %1136, i32 0
  %splat82 = shufflevector <8 x float> %1137, <8 x float> undef, <8 x i32> zeroinitializer
  %1138 = load <8 x float>, <8 x float>* %14, align 32
  %1139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1105, <8 x float> %1138)
  store <8 x float> %1139, <8 x float>* %14, align 32
  %1140 = load <8 x float>, <8 x float>* %10, align 32
  %1141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1109, <8 x float> %1140)
  store <8 x float> %1141, <8 x float>* %10, align 32
  %1142 = add i64 %1021, 24
  %1143 = getelementptr inbounds float, float* %4, i64 %1142
  %1144 = bitcast float* %1143 to <8 x float>*
  %1145 = load <8 x float>, <8 x float>* %1144, align 4
  %1146 = add i64 %1021, 280
  %1147 = getelementptr inbounds float, float* %4, i64 %1146
  %1148 = bitcast float* %1147 to <8 x float>*
  %1149 = load <8 x float>, <8 x float>* %1148, align 4
  %1150 = add i64 %1020, 3
  %1151 = getelementptr inbounds float, float* %48, i64 %1150
  %1152 = load float, float* %1151, align 4
  %1153 = insertelement <8 x float> undef, float %1152, i32 0
  %splat83 = shufflevector <8 x float> %1153, <8 x float> undef, <8 x i32> zeroinitializer
  %1154 = load <8 x float>, <8 x float>* %17, align 32
  %1155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1145, <8 x float> %1154)
  store <8 x float> %1155, <8 x float>* %17, align 32
  %1156 = load <8 x float>, <8 x float>* %13, align 32
  %1157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1149, <8 x float> %1156)
  store <8 x float> %1157, <8 x float>* %13, align 32
  %1158 = add i64 %1020, 11
  %1159 = getelementptr inbounds float, float* %48, i64 %1158
  %1160 = load float, float* %1159, align 4
  %1161 = insertelement <8 x float> undef, float %1160, i32 0
  %splat84 = shufflevector <8 x float> %1161, <8 x float> undef, <8 x i32> zeroinitializer
  %1162 = load <8 x float>, <8 x float>* %16, align 32
  %1163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1145, <8 x float> %1162)
  store <8 x float> %1163, <8 x float>* %16, align 32
  %1164 = load <8 x float>, <8 x float>* %12, align 32
  %1165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1149, <8 x float> %1164)
  store <8 x float> %1165, <8 x float>* %12, align 32
  %1166 = add i64 %1020, 19
  %1167 = getelementptr inbounds float, float* %48, i64 %1166
  %1168 = load float, float* %1167, align 4
  %1169 = insertelement <8 x float> undef, float %1168, i32 0
  %splat85 = shufflevector <8 x float> %1169, <8 x float> undef, <8 x i32> zeroinitializer
  %1170 = load <8 x float>, <8 x float>* %15, align 32
  %1171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1145, <8 x float> %1170)
  store <8 x float> %1171, <8 x float>* %15, align 32
  %1172 = load <8 x float>, <8 x float>* %11, align 32
  %1173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1149, <8 x float> %1172)
  store <8 x float> %1173, <8 x float>* %11, align 32
  %1174 = add i64 %1020, 27
  %1175 = getelementptr inbounds float, float* %48, i64 %1174
  %1176 = load float, float* %1175, align 4
  %1177 = insertelement <8 x float> undef, float %1176, i32 0
  %splat86 = shufflevector <8 x float> %1177, <8 x float> undef, <8 x i32> zeroinitializer
  %1178 = load <8 x float>, <8 x float>* %14, align 32
  %1179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1145, <8 x float> %1178)
  store <8 x float> %1179, <8 x float>* %14, align 32
  %1180 = load <8 x float>, <8 x float>* %10, align 32
  %1181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1149, <8 x float> %1180)
  store <8 x float> %1181, <8 x float>* %10, align 32
  %1182 = add i64 %1021, 32
  %1183 = getelementptr inbounds float, float* %4, i64 %1182
  %1184 = bitcast float* %1183 to <8 x float>*
  %1185 = load <8 x float>, <8 x float>* %1184, align 4
  %1186 = add i64 %1021, 288
  %1187 = getelementptr inbounds float, float* %4, i64 %1186
  %1188 = bitcast float* %1187 to <8 x float>*
  %1189 = load <8 x float>, <8 x float>* %1188, align 4
  %1190 = add i64 %1020, 4
  %1191 = getelementptr inbounds float, float* %48, i64 %1190
  %1192 = load float, float* %1191, align 4
  %1193 = insertelement <8 x float> undef, float %1192, i32 0
  %splat87 = shufflevector <8 x float> %1193, <8 x float> undef, <8 x i32> zeroinitializer
  %1194 = load <8 x float>, <8 x float>* %17, align 32
  %1195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1185, <8 x float> %1194)
  store <8 x float> %1195, <8 x float>* %17, align 32
  %1196 = load <8 x float>, <8 x float>* %13, align 32
  %1197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1189, <8 x float> %1196)
  store <8 x float> %1197, <8 x float>* %13, align 32
  %1198 = add i64 %1020, 12
  %1199 = getelementptr inbounds float, float* %48, i64 %1198
  %1200 = load float, float* %1199, align 4
  %1201 = insertelement <8 x float> undef, float %1200, i32 0
  %splat88 = shufflevector <8 x float> %1201, <8 x float> undef, <8 x i32> zeroinitializer
  %1202 = load <8 x float>, <8 x float>* %16, align 32
  %1203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1185, <8 x float> %1202)
  store <8 x float> %1203, <8 x float>* %16, align 32
  %1204 = load <8 x float>, <8 x float>* %12, align 32
  %1205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1189, <8 x float> %1204)
  store <8 x float> %1205, <8 x float>* %12, align 32
  %1206 = add i64 %1020, 20
  %1207 = getelementptr inbounds float, float* %48, i64 %1206
  %1208 = load float, float* %1207, align 4
  %1209 = insertelement <8 x float> undef, float %1208, i32 0
  %splat89 = shufflevector <8 x float> %1209, <8 x float> undef, <8 x i32> zeroinitializer
  %1210 = load <8 x float>, <8 x float>* %15, align 32
  %1211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1185, <8 x float> %1210)
  store <8 x float> %1211, <8 x float>* %15, align 32
  %1212 = load <8 x float>, <8 x float>* %11, align 32
  %1213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1189, <8 x float> %1212)
  store <8 x float> %1213, <8 x float>* %11, align 32
  %1214 = add i64 %1020, 28
  %1215 = getelementptr inbounds float, float* %48, i64 %1214
  %1216 = load float, float* %1215, align 4
  %1217 = insertelement <8 x float> undef, float %1216, i32 0
  %splat90 = shufflevector <8 x float> %1217, <8 x float> undef, <8 x i32> zeroinitializer
  %1218 = load <8 x float>, <8 x float>* %14, align 32
  %1219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1185, <8 x float> %1218)
  store <8 x float> %1219, <8 x float>* %14, align 32
  %1220 = load <8 x float>, <8 x float>* %10, align 32
  %1221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1189, <8 x float> %1220)
  store <8 x float> %1221, <8 x float>* %10, align 32
  %1222 = add i64 %1021, 40
  %1223 = getelementptr inbounds float, float* %4, i64 %1222
  %1224 = bitcast float* %1223 to <8 x float>*
  %1225 = load <8 x float>, <8 x float>* %1224, align 4
  %1226 = add i64 %1021, 296
  %1227 = getelementptr inbounds float, float* %4, i64 %1226
  %1228 = bitcast float* %1227 to <8 x float>*
  %1229 = load <8 x float>, <8 x float>* %1228, align 4
  %1230 = add i64 %1020, 5
  %1231 = getelementptr inbounds float, float* %48, i64 %1230
  %1232 = load float, float* %1231, align 4
  %1233 = insertelement <8 x float> undef, float %1232, i32 0
  %splat91 = shufflevector <8 x float> %1233, <8 x float> undef, <8 x i32> zeroinitializer
  %1234 = load <8 x float>, <8 x float>* %17, align 32
  %1235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1225, <8 x float> %1234)
  store <8 x float> %1235, <8 x float>* %17, align 32
  %1236 = load <8 x float>, <8 x float>* %13, align 32
  %1237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1229, <8 x float> %1236)
  store <8 x float> %1237, <8 x float>* %13, align 32
  %1238 = add i64 %1020, 13
  %1239 = getelementptr inbounds float, float* %48, i64 %1238
  %1240 = load float, float* %1239, align 4
  %1241 = insertelement <8 x float> undef, float %1240, i32 0
  %splat92 = shufflevector <8 x float> %1241, <8 x float> undef, <8 x i32> zeroinitializer
  %1242 = load <8 x float>, <8 x float>* %16, align 32
  %1243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1225, <8 x float> %1242)
  store <8 x float> %1243, <8 x float>* %16, align 32
  %1244 = load <8 x float>, <8 x float>* %12, align 32
  %1245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1229, <8 x float> %1244)
  store <8 x float> %1245, <8 x float>* %12, align 32
  %1246 = add i64 %1020, 21
  %1247 = getelementptr inbounds float, float* %48, i64 %1246
  %1248 = load float, float* %1247, align 4
  %1249 = insertelement <8 x float> undef, float %1248, i32 0
  %splat93 = shufflevector <8 x float> %1249, <8 x float> undef, <8 x i32> zeroinitializer
  %1250 = load <8 x float>, <8 x float>* %15, align 32
  %1251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1225, <8 x float> %1250)
  store <8 x float> %1251, <8 x float>* %15, align 32
  %1252 = load <8 x float>, <8 x float>* %11, align 32
  %1253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1229, <8 x float> %1252)
  store <8 x float> %1253, <8 x float>* %11, align 32
  %1254 = add i64 %1020, 29
  %1255 = getelementptr inbounds float, float* %48, i64 %1254
  %1256 = load float, float* %1255, align 4
  %1257 = insertelement <8 x float> undef, float %1256, i32 0
  %splat94 = shufflevector <8 x float> %1257, <8 x float> undef, <8 x i32> zeroinitializer
  %1258 = load <8 x float>, <8 x float>* %14, align 32
  %1259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1225, <8 x float> %1258)
  store <8 x float> %1259, <8 x float>* %14, align 32
  %1260 = load <8 x float>, <8 x float>* %10, align 32
  %1261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1229, <8 x float> %1260)
  store <8 x float> %1261, <8 x float>* %10, align 32
  %1262 = add i64 %1021, 48
  %1263 = getelementptr inbounds float, float* %4, i64 %1262
  %1264 = bitcast float* %1263 to <8 x float>*
  %1265 = load <8 x float>, <8 x float>* %1264, align 4
  %1266 = add i64 %1021, 304
  %1267 = getelementptr inbounds float, float* %4, i64 %1266
  %1268 = bitcast float* %1267 to <8 x float>*
  %1269 = load <8 x float>, <8 x float>* %1268, align 4
  %1270 = add i64 %1020, 6
  %1271 = getelementptr inbounds float, float* %48, i64 %1270
  %1272 = load float, float* %1271, align 4
  %1273 = insertelement <8 x float> undef, float %1272, i32 0
  %splat95 = shufflevector <8 x float> %1273, <8 x float> undef, <8 x i32> zeroinitializer
  %1274 = load <8 x float>, <8 x float>* %17, align 32
  %1275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1265, <8 x float> %1274)
  store <8 x float> %1275, <8 x float>* %17, align 32
  %1276 = load <8 x float>, <8 x float>* %13, align 32
  %1277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1269, <8 x float> %1276)
  store <8 x float> %1277, <8 x float>* %13, align 32
  %1278 = add i64 %1020, 14
  %1279 = getelementptr inbounds float, float* %48, i64 %1278
  %1280 = load float, float* %1279, align 4
  %1281 = insertelement <8 x float> undef, float %1280, i32 0
  %splat96 = shufflevector <8 x float> %1281, <8 x float> undef, <8 x i32> zeroinitializer
  %1282 = load <8 x float>, <8 x float>* %16, align 32
  %1283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1265, <8 x float> %1282)
  store <8 x float> %1283, <8 x float>* %16, align 32
  %1284 = load <8 x float>, <8 x float>* %12, align 32
  %1285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1269, <8 x float> %1284)
  store <8 x float> %1285, <8 x float>* %12, align 32
  %1286 = add i64 %1020, 22
  %1287 = getelementptr inbounds float, float* %48, i64 %1286
  %1288 = load float, float* %1287, align 4
  %1289 = insertelement <8 x float> undef, float %1288, i32 0
  %splat97 = shufflevector <8 x float> %1289, <8 x float> undef, <8 x i32> zeroinitializer
  %1290 = load <8 x float>, <8 x float>* %15, align 32
  %1291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1265, <8 x float> %1290)
  store <8 x float> %1291, <8 x float>* %15, align 32
  %1292 = load <8 x float>, <8 x float>* %11, align 32
  %1293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1269, <8 x float> %1292)
  store <8 x float> %1293, <8 x float>* %11, align 32
  %1294 = add i64 %1020, 30
  %1295 = getelementptr inbounds float, float* %48, i64 %1294
  %1296 = load float, float* %1295, align 4
  %1297 = insertelement <8 x float> undef, float %1296, i32 0
  %splat98 = shufflevector <8 x float> %1297, <8 x float> undef, <8 x i32> zeroinitializer
  %1298 = load <8 x float>, <8 x float>* %14, align 32
  %1299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1265, <8 x float> %1298)
  store <8 x float> %1299, <8 x float>* %14, align 32
  %1300 = load <8 x float>, <8 x float>* %10, align 32
  %1301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1269, <8 x float> %1300)
  store <8 x float> %1301, <8 x float>* %10, align 32
  %1302 = add i64 %1021, 56
  %1303 = getelementptr inbounds float, float* %4, i64 %1302
  %1304 = bitcast float* %1303 to <8 x float>*
  %1305 = load <8 x float>, <8 x float>* %1304, align 4
  %1306 = add i64 %1021, 312
  %1307 = getelementptr inbounds float, float* %4, i64 %1306
  %1308 = bitcast float* %1307 to <8 x float>*
  %1309 = load <8 x float>, <8 x float>* %1308, align 4
  %1310 = add i64 %1020, 7
  %1311 = getelementptr inbounds float, float* %48, i64 %1310
  %1312 = load float, float* %1311, align 4
  %1313 = insertelement <8 x float> undef, float %1312, i32 0
  %splat99 = shufflevector <8 x float> %1313, <8 x float> undef, <8 x i32> zeroinitializer
  %1314 = load <8 x float>, <8 x float>* %17, align 32
  %1315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1305, <8 x float> %1314)
  store <8 x float> %1315, <8 x float>* %17, align 32
  %1316 = load <8 x float>, <8 x float>* %13, align 32
  %1317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1309, <8 x float> %1316)
  store <8 x float> %1317, <8 x float>* %13, align 32
  %1318 = add i64 %1020, 15
  %1319 = getelementptr inbounds float, float* %48, i64 %1318
  %1320 = load float, float* %1319, align 4
  %1321 = insertelement <8 x float> undef, float %1320, i32 0
  %splat100 = shufflevector <8 x float> %1321, <8 x float> undef, <8 x i32> zeroinitializer
  %1322 = load <8 x float>, <8 x float>* %16, align 32
  %1323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1305, <8 x float> %1322)
  store <8 x float> %1323, <8 x float>* %16, align 32
  %1324 = load <8 x float>, <8 x float>* %12, align 32
  %1325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1309, <8 x float> %1324)
  store <8 x float> %1325, <8 x float>* %12, align 32
  %1326 = add i64 %1020, 23
  %1327 = getelementptr inbounds float, float* %48, i64 %1326
  %1328 = load float, float* %1327, align 4
  %1329 = insertelement <8 x float> undef, float %1328, i32 0
  %splat101 = shufflevector <8 x float> %1329, <8 x float> undef, <8 x i32> zeroinitializer
  %1330 = load <8 x float>, <8 x float>* %15, align 32
  %1331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1305, <8 x float> %1330)
  store <8 x float> %1331, <8 x float>* %15, align 32
  %1332 = load <8 x float>, <8 x float>* %11, align 32
  %1333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1309, <8 x float> %1332)
  store <8 x float> %1333, <8 x float>* %11, align 32
  %1334 = add i64 %1020, 31
  %1335 = getelementptr inbounds float, float* %48, i64 %1334
  %1336 = load float, float* %1335, align 4
  %1337 = insertelement <8 x float> undef, float %1336, i32 0
  %splat102 = shufflevector <8 x float> %1337, <8 x float> undef, <8 x i32> zeroinitializer
  %1338 = load <8 x float>, <8 x float>* %14, align 32
  %1339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1305, <8 x float> %1338)
  store <8 x float> %1339, <8 x float>* %14, align 32
  %1340 = load <8 x float>, <8 x float>* %10, align 32
  %1341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1309, <8 x float> %1340)
  store <8 x float> %1341, <8 x float>* %10, align 32
  %u.next103 = add i64 %u70, 1
  br label %u.header67

u.exit69:                                         ; preds = %u.header67
  %1342 = load <8 x float>, <8 x float>* %17, align 32
  %1343 = fcmp olt <8 x float> %1342, zeroinitializer
  %1344 = select <8 x i1> %1343, <8 x float> zeroinitializer, <8 x float> %1342
  %1345 = getelementptr inbounds float, float* %0, i64 %460
  %1346 = bitcast float* %1345 to <8 x float>*
  store <8 x float> %1344, <8 x float>* %1346, align 4
  %1347 = load <8 x float>, <8 x float>* %16, align 32
  %1348 = fcmp olt <8 x float> %1347, zeroinitializer
  %1349 = select <8 x i1> %1348, <8 x float> zeroinitializer, <8 x float> %1347
  %1350 = getelementptr inbounds float, float* %0, i64 %463
  %1351 = bitcast float* %1350 to <8 x float>*
  store <8 x float> %1349, <8 x float>* %1351, align 4
  %1352 = load <8 x float>, <8 x float>* %15, align 32
  %1353 = fcmp olt <8 x float> %1352, zeroinitializer
  %1354 = select <8 x i1> %1353, <8 x float> zeroinitializer, <8 x float> %1352
  %1355 = getelementptr inbounds float, float* %0, i64 %466
  %1356 = bitcast float* %1355 to <8 x float>*
  store <8 x float> %1354, <8 x float>* %1356, align 4
  %1357 = load <8 x float>, <8 x float>* %14, align 32
  %1358 = fcmp olt <8 x float> %1357, zeroinitializer
  %1359 = select <8 x i1> %1358, <8 x float> zeroinitializer, <8 x float> %1357
  %1360 = getelementptr inbounds float, float* %0, i64 %469
  %1361 = bitcast float* %1360 to <8 x float>*
  store <8 x float> %1359, <8 x float>* %1361, align 4
  %1362 = load <8 x float>, <8 x float>* %13, align 32
  %1363 = fcmp olt <8 x float> %1362, zeroinitializer
  %1364 = select <8 x i1> %1363, <8 x float> zeroinitializer, <8 x float> %1362
  %1365 = getelementptr inbounds float, float* %0, i64 %476
  %1366 = bitcast float* %1365 to <8 x float>*
  store <8 x float> %1364, <8 x float>* %1366, align 4
  %1367 = load <8 x float>, <8 x float>* %12, align 32
  %1368 = fcmp olt <8 x float> %1367, zeroinitializer
  %1369 = select <8 x i1> %1368, <8 x float> zeroinitializer, <8 x float> %1367
  %1370 = getelementptr inbounds float, float* %0, i64 %479
  %1371 = bitcast float* %1370 to <8 x float>*
  store <8 x float> %1369, <8 x float>* %1371, align 4
  %1372 = load <8 x float>, <8 x float>* %11, align 32
  %1373 = fcmp olt <8 x float> %1372, zeroinitializer
  %1374 = select <8 x i1> %1373, <8 x float> zeroinitializer, <8 x float> %1372
  %1375 = getelementptr inbounds float, float* %0, i64 %482
  %1376 = bitcast float* %1375 to <8 x float>*
  store <8 x float> %1374, <8 x float>* %1376, align 4
  %1377 = load <8 x float>, <8 x float>* %10, align 32
  %1378 = fcmp olt <8 x float> %1377, zeroinitializer
  %1379 = select <8 x i1> %1378, <8 x float> zeroinitializer, <8 x float> %1377
  %1380 = getelementptr inbounds float, float* %0, i64 %485
  %1381 = bitcast float* %1380 to <8 x float>*
  store <8 x float> %1379, <8 x float>* %1381, align 4
  %block.group.next = add i64 %block.group, 1
  br label %block.group.header
}

; Function Attrs: noinline nounwind
define internal void @node1.conv2d_2.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = getelementptr inbounds i8*, i8** %1, i64 6
  %21 = load i8*, i8** %20, align 8
  %22 = bitcast i8* %21 to float*
  %23 = getelementptr inbounds i8*, i8** %1, i64 7
  %24 = load i8*, i8** %23, align 8
  %25 = bitcast i8* %24 to float*
  %26 = call i32 @omp_get_thread_num()
  %27 = sext i32 %26 to i64
  %28 = call i32 @omp_get_num_threads()
  %29 = sext i32 %28 to i64
  %30 = sub i64 %29, 1
  %31 = add i64 112, %30
  %32 = sdiv i64 %31, %29
  %33 = mul i64 %27, %32
  %34 = icmp slt i64 %33, 112
  %35 = select i1 %34, i64 %33, i64 112
  %36 = add i64 %35, %32
  %37 = icmp slt i64 %36, 112
  %38 = select i1 %37, i64 %36, i64 112
  call void @node1.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %35, i64 %38)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, float* %6, float* %7, i64 %8, i64 %9) #0 {
entry:
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  %39 = alloca <8 x float>, align 32
  %40 = alloca <8 x float>, align 32
  %41 = alloca <8 x float>, align 32
  %band = alloca [7168 x float], align 64
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %8, %entry ], [ %task.next, %block.group.exit ]
  %42 = icmp slt i64 %task, %9
  br i1 %42, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %43 = srem i64 %task, 1
  %44 = sdiv i64 %task, 1
  %45 = srem i64 %44, 28
  %46 = sdiv i64 %task, 28
  %47 = bitcast [7168 x float]* %band to float*
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %48 = icmp slt i64 %channel.block, 8
  br i1 %48, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %49 = mul i64 %46, 8
  %50 = add i64 %49, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %51 = mul i64 %43, 8
  %52 = add i64 %51, 8
  %53 = icmp slt i64 %52, 8
  %54 = select i1 %53, i64 %52, i64 8
  br label %block.group.header

band.row.header:                                  ; preds = %x.exit, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %x.exit ]
  %55 = icmp slt i64 %band.row, 2
  br i1 %55, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %56 = mul i64 %45, 2
  %57 = add i64 %56, %band.row
  %58 = mul i64 %channel.block, 2
  %59 = add i64 %58, %band.row
  %60 = mul i64 %59, 448
  %61 = srem i64 %50, 8
  %62 = mul i64 %50, 100352
  %63 = mul i64 %57, 2
  %64 = sub i64 %63, 1
  %65 = mul i64 %61, 8
  %66 = getelementptr inbounds float, float* %7, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  store <8 x float> %68, <8 x float>* %41, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !4

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %69 = icmp slt i64 %kh, 3
  br i1 %69, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %70 = mul i64 %kh, 1
  %71 = add i64 %64, %70
  %72 = icmp sge i64 %71, 0
  %73 = icmp slt i64 %71, 112
  %74 = and i1 %72, %73
  br i1 %74, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %75 = add i64 %60, 0
  %76 = load <8 x float>, <8 x float>* %41, align 32
  %77 = fcmp olt <8 x float> %76, zeroinitializer
  %78 = select <8 x i1> %77, <8 x float> zeroinitializer, <8 x float> %76
  %79 = getelementptr inbounds float, float* %47, i64 %75
  %80 = bitcast float* %79 to <8 x float>*
  store <8 x float> %78, <8 x float>* %80, align 4
  br label %x.header

then:                                             ; preds = %kh.body
  %81 = mul i64 %71, 896
  %82 = add i64 %62, %81
  %83 = mul i64 %61, 3
  %84 = add i64 %83, %kh
  %85 = mul i64 %84, 24
  %86 = add i64 %85, 0
  %87 = getelementptr inbounds float, float* %6, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  %89 = load <8 x float>, <8 x float>* %88, align 4
  %90 = add i64 %85, 8
  %91 = getelementptr inbounds float, float* %6, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  %94 = add i64 %85, 16
  %95 = getelementptr inbounds float, float* %6, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = add i64 %82, -8
  %99 = add i64 %98, 8
  %100 = getelementptr inbounds float, float* %1, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  %102 = load <8 x float>, <8 x float>* %101, align 4
  %103 = load <8 x float>, <8 x float>* %41, align 32
  %104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %102, <8 x float> %93, <8 x float> %103)
  store <8 x float> %104, <8 x float>* %41, align 32
  %105 = add i64 %98, 16
  %106 = getelementptr inbounds float, float* %1, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  %108 = load <8 x float>, <8 x float>* %107, align 4
  %109 = load <8 x float>, <8 x float>* %41, align 32
  %110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %108, <8 x float> %97, <8 x float> %109)
  store <8 x float> %110, <8 x float>* %41, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

x.header:                                         ; preds = %kh.exit3, %kh.exit
  %x = phi i64 [ 1, %kh.exit ], [ %x.next, %kh.exit3 ]
  %111 = icmp slt i64 %x, 56
  br i1 %111, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %68, <8 x float>* %40, align 32
  store <8 x float> %68, <8 x float>* %39, align 32
  store <8 x float> %68, <8 x float>* %38, align 32
  store <8 x float> %68, <8 x float>* %37, align 32
  store <8 x float> %68, <8 x float>* %36, align 32
  store <8 x float> %68, <8 x float>* %35, align 32
  store <8 x float> %68, <8 x float>* %34, align 32
  store <8 x float> %68, <8 x float>* %33, align 32
  store <8 x float> %68, <8 x float>* %32, align 32
  store <8 x float> %68, <8 x float>* %31, align 32
  store <8 x float> %68, <8 x float>* %30, align 32
  %112 = mul i64 %x, 2
  %113 = sub i64 %112, 1
  br label %kh.header1

x.exit:                                           ; preds = %x.header
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !5

kh.header1:                                       ; preds = %endif6, %x.body
  %kh4 = phi i64 [ 0, %x.body ], [ %kh.next7, %endif6 ]
  %114 = icmp slt i64 %kh4, 3
  br i1 %114, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %115 = mul i64 %kh4, 1
  %116 = add i64 %64, %115
  %117 = icmp sge i64 %116, 0
  %118 = icmp slt i64 %116, 112
  %119 = and i1 %117, %118
  br i1 %119, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %120 = add i64 %x, 0
  %121 = mul i64 %120, 8
  %122 = add i64 %60, %121
  %123 = load <8 x float>, <8 x float>* %40, align 32
  %124 = fcmp olt <8 x float> %123, zeroinitializer
  %125 = select <8 x i1> %124, <8 x float> zeroinitializer, <8 x float> %123
  %126 = getelementptr inbounds float, float* %47, i64 %122
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %125, <8 x float>* %127, align 4
  %128 = add i64 %x, 1
  %129 = mul i64 %128, 8
  %130 = add i64 %60, %129
  %131 = load <8 x float>, <8 x float>* %39, align 32
  %132 = fcmp olt <8 x float> %131, zeroinitializer
  %133 = select <8 x i1> %132, <8 x float> zeroinitializer, <8 x float> %131
  %134 = getelementptr inbounds float, float* %47, i64 %130
  %135 = bitcast float* %134 to <8 x float>*
  store <8 x float> %133, <8 x float>* %135, align 4
  %136 = add i64 %x, 2
  %137 = mul i64 %136, 8
  %138 = add i64 %60, %137
  %139 = load <8 x float>, <8 x float>* %38, align 32
  %140 = fcmp olt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> zeroinitializer, <8 x float> %139
  %142 = getelementptr inbounds float, float* %47, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 3
  %145 = mul i64 %144, 8
  %146 = add i64 %60, %145
  %147 = load <8 x float>, <8 x float>* %37, align 32
  %148 = fcmp olt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> zeroinitializer, <8 x float> %147
  %150 = getelementptr inbounds float, float* %47, i64 %146
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %149, <8 x float>* %151, align 4
  %152 = add i64 %x, 4
  %153 = mul i64 %152, 8
  %154 = add i64 %60, %153
  %155 = load <8 x float>, <8 x float>* %36, align 32
  %156 = fcmp olt <8 x float> %155, zeroinitializer
  %157 = select <8 x i1> %156, <8 x float> zeroinitializer, <8 x float> %155
  %158 = getelementptr inbounds float, float* %47, i64 %154
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %157, <8 x float>* %159, align 4
  %160 = add i64 %x, 5
  %161 = mul i64 %160, 8
  %162 = add i64 %60, %161
  %163 = load <8 x float>, <8 x float>* %35, align 32
  %164 = fcmp olt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> zeroinitializer, <8 x float> %163
  %166 = getelementptr inbounds float, float* %47, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 6
  %169 = mul i64 %168, 8
  %170 = add i64 %60, %169
  %171 = load <8 x float>, <8 x float>* %34, align 32
  %172 = fcmp olt <8 x float> %171, zeroinitializer
  %173 = select <8 x i1> %172, <8 x float> zeroinitializer, <8 x float> %171
  %174 = getelementptr inbounds float, float* %47, i64 %170
  %175 = bitcast float* %174 to <8 x float>*
  store <8 x float> %173, <8 x float>* %175, align 4
  %176 = add i64 %x, 7
  %177 = mul i64 %176, 8
  %178 = add i64 %60, %177
  %179 = load <8 x float>, <8 x float>* %33, align 32
  %180 = fcmp olt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> zeroinitializer, <8 x float> %179
  %182 = getelementptr inbounds float, float* %47, i64 %178
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %181, <8 x float>* %183, align 4
  %184 = add i64 %x, 8
  %185 = mul i64 %184, 8
  %186 = add i64 %60, %185
  %187 = load <8 x float>, <8 x float>* %32, align 32
  %188 = fcmp olt <8 x float> %187, zeroinitializer
  %189 = select <8 x i1> %188, <8 x float> zeroinitializer, <8 x float> %187
  %190 = getelementptr inbounds float, float* %47, i64 %186
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %189, <8 x float>* %191, align 4
  %192 = add i64 %x, 9
  %193 = mul i64 %192, 8
  %194 = add i64 %60, %193
  %195 = load <8 x float>, <8 x float>* %31, align 32
  %196 = fcmp olt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> zeroinitializer, <8 x float> %195
  %198 = getelementptr inbounds float, float* %47, i64 %194
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = add i64 %x, 10
  %201 = mul i64 %200, 8
  %202 = add i64 %60, %201
  %203 = load <8 x float>, <8 x float>* %30, align 32
  %204 = fcmp olt <8 x float> %203, zeroinitializer
  %205 = select <8 x i1> %204, <8 x float> zeroinitializer, <8 x float> %203
  %206 = getelementptr inbounds float, float* %47, i64 %202
  %207 = bitcast float* %206 to <8 x float>*
  store <8 x float> %205, <8 x float>* %207, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then5:                                            ; preds = %kh.body2
  %208 = mul i64 %116, 896
  %209 = add i64 %62, %208
  %210 = mul i64 %61, 3
  %211 = add i64 %210, %kh4
  %212 = mul i64 %211, 24
  %213 = add i64 %212, 0
  %214 = getelementptr inbounds float, float* %6, i64 %213
  %215 = bitcast float* %214 to <8 x float>*
  %216 = load <8 x float>, <8 x float>* %215, align 4
  %217 = add i64 %212, 8
  %218 = getelementptr inbounds float, float* %6, i64 %217
  %219 = bitcast float* %218 to <8 x float>*
  %220 = load <8 x float>, <8 x float>* %219, align 4
  %221 = add i64 %212, 16
  %222 = getelementptr inbounds float, float* %6, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  %224 = load <8 x float>, <8 x float>* %223, align 4
  %225 = mul i64 %113, 8
  %226 = add i64 %209, %225
  %227 = add i64 %226, 0
  %228 = getelementptr inbounds float, float* %1, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  %230 = load <8 x float>, <8 x float>* %229, align 4
  %231 = load <8 x float>, <8 x float>* %40, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %230, <8 x float> %216, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %40, align 32
  %233 = add i64 %226, 8
  %234 = getelementptr inbounds float, float* %1, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  %236 = load <8 x float>, <8 x float>* %235, align 4
  %237 = load <8 x float>, <8 x float>* %40, align 32
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %220, <8 x float> %237)
  store <8 x float> %238, <8 x float>* %40, align 32
  %239 = add i64 %226, 16
  %240 = getelementptr inbounds float, float* %1, i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = load <8 x float>, <8 x float>* %40, align 32
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %224, <8 x float> %243)
  store <8 x float> %244, <8 x float>* %40, align 32
  %245 = load <8 x float>, <8 x float>* %39, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %216, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %39, align 32
  %247 = add i64 %226, 24
  %248 = getelementptr inbounds float, float* %1, i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  %250 = load <8 x float>, <8 x float>* %249, align 4
  %251 = load <8 x float>, <8 x float>* %39, align 32
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %220, <8 x float> %251)
  store <8 x float> %252, <8 x float>* %39, align 32
  %253 = add i64 %226, 32
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = bitcast float* %254 to <8 x float>*
  %256 = load <8 x float>, <8 x float>* %255, align 4
  %257 = load <8 x float>, <8 x float>* %39, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %224, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %39, align 32
  %259 = load <8 x float>, <8 x float>* %38, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %216, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %38, align 32
  %261 = add i64 %226, 40
  %262 = getelementptr inbounds float, float* %1, i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = load <8 x float>, <8 x float>* %38, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %220, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %38, align 32
  %267 = add i64 %226, 48
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = load <8 x float>, <8 x float>* %38, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %224, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %38, align 32
  %273 = load <8 x float>, <8 x float>* %37, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %216, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %37, align 32
  %275 = add i64 %226, 56
  %276 = getelementptr inbounds float, float* %1, i64 %275
  %277 = bitcast float* %276 to <8 x float>*
  %278 = load <8 x float>, <8 x float>* %277, align 4
  %279 = load <8 x float>, <8 x float>* %37, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %278, <8 x float> %220, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %37, align 32
  %281 = add i64 %226, 64
  %282 = getelementptr inbounds float, float* %1, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  %284 = load <8 x float>, <8 x float>* %283, align 4
  %285 = load <8 x float>, <8 x float>* %37, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %224, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %37, align 32
  %287 = load <8 x float>, <8 x float>* %36, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %216, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %36, align 32
  %289 = add i64 %226, 72
  %290 = getelementptr inbounds float, float* %1, i64 %289
  %291 = bitcast float* %290 to <8 x float>*
  %292 = load <8 x float>, <8 x float>* %291, align 4
  %293 = load <8 x float>, <8 x float>* %36, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> %220, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %36, align 32
  %295 = add i64 %226, 80
  %296 = getelementptr inbounds float, float* %1, i64 %295
  %297 = bitcast float* %296 to <8 x float>*
  %298 = load <8 x float>, <8 x float>* %297, align 4
  %299 = load <8 x float>, <8 x float>* %36, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %224, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %36, align 32
  %301 = load <8 x float>, <8 x float>* %35, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %216, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %35, align 32
  %303 = add i64 %226, 88
  %304 = getelementptr inbounds float, float* %1, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  %306 = load <8 x float>, <8 x float>* %305, align 4
  %307 = load <8 x float>, <8 x float>* %35, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %220, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %35, align 32
  %309 = add i64 %226, 96
  %310 = getelementptr inbounds float, float* %1, i64 %309
  %311 = bitcast float* %310 to <8 x float>*
  %312 = load <8 x float>, <8 x float>* %311, align 4
  %313 = load <8 x float>, <8 x float>* %35, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %312, <8 x float> %224, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %35, align 32
  %315 = load <8 x float>, <8 x float>* %34, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %312, <8 x float> %216, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %34, align 32
  %317 = add i64 %226, 104
  %318 = getelementptr inbounds float, float* %1, i64 %317
  %319 = bitcast float* %318 to <8 x float>*
  %320 = load <8 x float>, <8 x float>* %319, align 4
  %321 = load <8 x float>, <8 x float>* %34, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %320, <8 x float> %220, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %34, align 32
  %323 = add i64 %226, 112
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  %326 = load <8 x float>, <8 x float>* %325, align 4
  %327 = load <8 x float>, <8 x float>* %34, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %224, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %34, align 32
  %329 = load <8 x float>, <8 x float>* %33, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %216, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %33, align 32
  %331 = add i64 %226, 120
  %332 = getelementptr inbounds float, float* %1, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = load <8 x float>, <8 x float>* %33, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %220, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %33, align 32
  %337 = add i64 %226, 128
  %338 = getelementptr inbounds float, float* %1, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  %340 = load <8 x float>, <8 x float>* %339, align 4
  %341 = load <8 x float>, <8 x float>* %33, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %224, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %33, align 32
  %343 = load <8 x float>, <8 x float>* %32, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %216, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %32, align 32
  %345 = add i64 %226, 136
  %346 = getelementptr inbounds float, float* %1, i64 %345
  %347 = bitcast float* %346 to <8 x float>*
  %348 = load <8 x float>, <8 x float>* %347, align 4
  %349 = load <8 x float>, <8 x float>* %32, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %220, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %32, align 32
  %351 = add i64 %226, 144
  %352 = getelementptr inbounds float, float* %1, i64 %351
  %353 = bitcast float* %352 to <8 x float>*
  %354 = load <8 x float>, <8 x float>* %353, align 4
  %355 = load <8 x float>, <8 x float>* %32, align 32
  %356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %224, <8 x float> %355)
  store <8 x float> %356, <8 x float>* %32, align 32
  %357 = load <8 x float>, <8 x float>* %31, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %216, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %31, align 32
  %359 = add i64 %226, 152
  %360 = getelementptr inbounds float, float* %1, i64 %359
  %361 = bitcast float* %360 to <8 x float>*
  %362 = load <8 x float>, <8 x float>* %361, align 4
  %363 = load <8 x float>, <8 x float>* %31, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %220, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %31, align 32
  %365 = add i64 %226, 160
  %366 = getelementptr inbounds float, float* %1, i64 %365
  %367 = bitcast float* %366 to <8 x float>*
  %368 = load <8 x float>, <8 x float>* %367, align 4
  %369 = load <8 x float>, <8 x float>* %31, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %368, <8 x float> %224, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %31, align 32
  %371 = load <8 x float>, <8 x float>* %30, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %368, <8 x float> %216, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %30, align 32
  %373 = add i64 %226, 168
  %374 = getelementptr inbounds float, float* %1, i64 %373
  %375 = bitcast float* %374 to <8 x float>*
  %376 = load <8 x float>, <8 x float>* %375, align 4
  %377 = load <8 x float>, <8 x float>* %30, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %376, <8 x float> %220, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %30, align 32
  %379 = add i64 %226, 176
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = bitcast float* %380 to <8 x float>*
  %382 = load <8 x float>, <8 x float>* %381, align 4
  %383 = load <8 x float>, <8 x float>* %30, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %382, <8 x float> %224, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %30, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

block.group.header:                               ; preds = %u.exit62, %channel.block.exit
  %block.group = phi i64 [ %51, %channel.block.exit ], [ %block.group.next, %u.exit62 ]
  %385 = icmp slt i64 %block.group, %54
  br i1 %385, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %386 = mul i64 %block.group, 2
  %387 = add i64 0, %386
  %388 = mul i64 %45, 112
  %389 = mul i64 %block.group, 2
  %390 = add i64 0, %389
  %391 = mul i64 %390, 512
  br label %x.header8

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header8:                                        ; preds = %u.exit, %block.group.body
  %x11 = phi i64 [ 0, %block.group.body ], [ %x.next59, %u.exit ]
  %392 = icmp slt i64 %x11, 108
  br i1 %392, label %x.body9, label %x.exit10

x.body9:                                          ; preds = %x.header8
  %393 = add i64 %388, %x11
  %394 = mul i64 %46, 16
  %395 = add i64 %394, %387
  %396 = add i64 %395, 0
  %397 = mul i64 %396, 25088
  %398 = add i64 %393, 0
  %399 = mul i64 %398, 8
  %400 = add i64 %397, %399
  %401 = add i64 %393, 1
  %402 = mul i64 %401, 8
  %403 = add i64 %397, %402
  %404 = add i64 %393, 2
  %405 = mul i64 %404, 8
  %406 = add i64 %397, %405
  %407 = add i64 %393, 3
  %408 = mul i64 %407, 8
  %409 = add i64 %397, %408
  %410 = add i64 %393, 4
  %411 = mul i64 %410, 8
  %412 = add i64 %397, %411
  %413 = add i64 %393, 5
  %414 = mul i64 %413, 8
  %415 = add i64 %397, %414
  %416 = mul i64 %46, 16
  %417 = add i64 %416, %387
  %418 = add i64 %417, 1
  %419 = mul i64 %418, 25088
  %420 = add i64 %393, 0
  %421 = mul i64 %420, 8
  %422 = add i64 %419, %421
  %423 = add i64 %393, 1
  %424 = mul i64 %423, 8
  %425 = add i64 %419, %424
  %426 = add i64 %393, 2
  %427 = mul i64 %426, 8
  %428 = add i64 %419, %427
  %429 = add i64 %393, 3
  %430 = mul i64 %429, 8
  %431 = add i64 %419, %430
  %432 = add i64 %393, 4
  %433 = mul i64 %432, 8
  %434 = add i64 %419, %433
  %435 = add i64 %393, 5
  %436 = mul i64 %435, 8
  %437 = add i64 %419, %436
  %438 = add i64 %390, 0
  %439 = mul i64 %438, 8
  %440 = getelementptr inbounds float, float* %5, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  %442 = load <8 x float>, <8 x float>* %441, align 4
  %443 = add i64 %390, 1
  %444 = mul i64 %443, 8
  %445 = getelementptr inbounds float, float* %5, i64 %444
  %446 = bitcast float* %445 to <8 x float>*
  %447 = load <8 x float>, <8 x float>* %446, align 4
  store <8 x float> %442, <8 x float>* %29, align 32
  store <8 x float> %442, <8 x float>* %28, align 32
  store <8 x float> %442, <8 x float>* %27, align 32
  store <8 x float> %442, <8 x float>* %26, align 32
  store <8 x float> %442, <8 x float>* %25, align 32
  store <8 x float> %442, <8 x float>* %24, align 32
  store <8 x float> %447, <8 x float>* %23, align 32
  store <8 x float> %447, <8 x float>* %22, align 32
  store <8 x float> %447, <8 x float>* %21, align 32
  store <8 x float> %447, <8 x float>* %20, align 32
  store <8 x float> %447, <8 x float>* %19, align 32
  store <8 x float> %447, <8 x float>* %18, align 32
  %448 = mul i64 %x11, 8
  %449 = add i64 0, %448
  %450 = add i64 0, %449
  br label %u.header

x.exit10:                                         ; preds = %x.header8
  %451 = add i64 %388, 108
  %452 = mul i64 %46, 16
  %453 = add i64 %452, %387
  %454 = add i64 %453, 0
  %455 = mul i64 %454, 25088
  %456 = add i64 %451, 0
  %457 = mul i64 %456, 8
  %458 = add i64 %455, %457
  %459 = add i64 %451, 1
  %460 = mul i64 %459, 8
  %461 = add i64 %455, %460
  %462 = add i64 %451, 2
  %463 = mul i64 %462, 8
  %464 = add i64 %455, %463
  %465 = add i64 %451, 3
  %466 = mul i64 %465, 8
  %467 = add i64 %455, %466
  %468 = mul i64 %46, 16
  %469 = add i64 %468, %387
  %470 = add i64 %469, 1
  %471 = mul i64 %470, 25088
  %472 = add i64 %451, 0
  %473 = mul i64 %472, 8
  %474 = add i64 %471, %473
  %475 = add i64 %451, 1
  %476 = mul i64 %475, 8
  %477 = add i64 %471, %476
  %478 = add i64 %451, 2
  %479 = mul i64 %478, 8
  %480 = add i64 %471, %479
  %481 = add i64 %451, 3
  %482 = mul i64 %481, 8
  %483 = add i64 %471, %482
  %484 = add i64 %390, 0
  %485 = mul i64 %484, 8
  %486 = getelementptr inbounds float, float* %5, i64 %485
  %487 = bitcast float* %486 to <8 x float>*
  %488 = load <8 x float>, <8 x float>* %487, align 4
  %489 = add i64 %390, 1
  %490 = mul i64 %489, 8
  %491 = getelementptr inbounds float, float* %5, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  %493 = load <8 x float>, <8 x float>* %492, align 4
  store <8 x float> %488, <8 x float>* %17, align 32
  store <8 x float> %488, <8 x float>* %16, align 32
  store <8 x float> %488, <8 x float>* %15, align 32
  store <8 x float> %488, <8 x float>* %14, align 32
  store <8 x float> %493, <8 x float>* %13, align 32
  store <8 x float> %493, <8 x float>* %12, align 32
  store <8 x float> %493, <8 x float>* %11, align 32
  store <8 x float> %493, <8 x float>* %10, align 32
  br label %u.header60

u.header:                                         ; preds = %u.body, %x.body9
  %u = phi i64 [ 0, %x.body9 ], [ %u.next, %u.body ]
  %494 = icmp slt i64 %u, 8
  br i1 %494, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %495 = add i64 0, %u
  %496 = mul i64 %495, 896
  %497 = add i64 %450, %496
  %498 = mul i64 %495, 64
  %499 = add i64 %391, %498
  %500 = add i64 %497, 0
  %501 = add i64 %500, 0
  %502 = add i64 %499, 0
  %503 = add i64 %502, 0
  %504 = getelementptr inbounds float, float* %4, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  %506 = load <8 x float>, <8 x float>* %505, align 4
  %507 = add i64 %502, 512
  %508 = getelementptr inbounds float, float* %4, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  %510 = load <8 x float>, <8 x float>* %509, align 4
  %511 = add i64 %501, 0
  %512 = getelementptr inbounds float, float* %47, i64 %511
  %513 = load float, float* %512, align 4
  %514 = insertelement <8 x float> undef, float %513, i32 0
  %splat = shufflevector <8 x float> %514, <8 x float> undef, <8 x i32> zeroinitializer
  %515 = load <8 x float>, <8 x float>* %29, align 32
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %506, <8 x float> %515)
  store <8 x float> %516, <8 x float>* %29, align 32
  %517 = load <8 x float>, <8 x float>* %23, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %510, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %23, align 32
  %519 = add i64 %501, 8
  %520 = getelementptr inbounds float, float* %47, i64 %519
  %521 = load float, float* %520, align 4
  %522 = insertelement <8 x float> undef, float %521, i32 0
  %splat12 = shufflevector <8 x float> %522, <8 x float> undef, <8 x i32> zeroinitializer
  %523 = load <8 x float>, <8 x float>* %28, align 32
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %506, <8 x float> %523)
  store <8 x float> %524, <8 x float>* %28, align 32
  %525 = load <8 x float>, <8 x float>* %22, align 32
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %510, <8 x float> %525)
  store <8 x float> %526, <8 x float>* %22, align 32
  %527 = add i64 %501, 16
  %528 = getelementptr inbounds float, float* %47, i64 %527
  %529 = load float, float* %528, align 4
  %530 = insertelement <8 x float> undef, float %529, i32 0
  %splat13 = shufflevector <8 x float> %530, <8 x float> undef, <8 x i32> zeroinitializer
  %531 = load <8 x float>, <8 x float>* %27, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %506, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %27, align 32
  %533 = load <8 x float>, <8 x float>* %21, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %510, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %21, align 32
  %535 = add i64 %501, 24
  %536 = getelementptr inbounds float, float* %47, i64 %535
  %537 = load float, float* %536, align 4
  %538 = insertelement <8 x float> undef, float %537, i32 0
  %splat14 = shufflevector <8 x float> %538, <8 x float> undef, <8 x i32> zeroinitializer
  %539 = load <8 x float>, <8 x float>* %26, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %506, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %26, align 32
  %541 = load <8 x float>, <8 x float>* %20, align 32
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %510, <8 x float> %541)
  store <8 x float> %542, <8 x float>* %20, align 32
  %543 = add i64 %501, 32
  %544 = getelementptr inbounds float, float* %47, i64 %543
  %545 = load float, float* %544, align 4
  %546 = insertelement <8 x float> undef, float %545, i32 0
  %splat15 = shufflevector <8 x float> %546, <8 x float> undef, <8 x i32> zeroinitializer
  %547 = load <8 x float>, <8 x float>* %25, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %506, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %25, align 32
  %549 = load <8 x float>, <8 x float>* %19, align 32
  %550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %510, <8 x float> %549)
  store <8 x float> %550, <8 x float>* %19, align 32
  %551 = add i64 %501, 40
  %552 = getelementptr inbounds float, float* %47, i64 %551
  %553 = load float, float* %552, align 4
  %554 = insertelement <8 x float> undef, float %553, i32 0
  %splat16 = shufflevector <8 x float> %554, <8 x float> undef, <8 x i32> zeroinitializer
  %555 = load <8 x float>, <8 x float>* %24, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %506, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %24, align 32
  %557 = load <8 x float>, <8 x float>* %18, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %510, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %18, align 32
  %559 = add i64 %502, 8
  %560 = getelementptr inbounds float, float* %4, i64 %559
  %561 = bitcast float* %560 to <8 x float>*
  %562 = load <8 x float>, <8 x float>* %561, align 4
  %563 = add i64 %502, 520
  %564 = getelementptr inbounds float, float* %4, i64 %563
  %565 = bitcast float* %564 to <8 x float>*
  %566 = load <8 x float>, <8 x float>* %565, align 4
  %567 = add i64 %501, 1
  %568 = getelementptr inbounds float, float* %47, i64 %567
  %569 = load float, float* %568, align 4
  %570 = insertelement <8 x float> undef, float %569, i32 0
  %splat17 = shufflevector <8 x float> %570, <8 x float> undef, <8 x i32> zeroinitializer
  %571 = load <8 x float>, <8 x float>* %29, align 32
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %562, <8 x float> %571)
  store <8 x float> %572, <8 x float>* %29, align 32
  %573 = load <8 x float>, <8 x float>* %23, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %566, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %23, align 32
  %575 = add i64 %501, 9
  %576 = getelementptr inbounds float, float* %47, i64 %575
  %577 = load float, float* %576, align 4
  %578 = insertelement <8 x float> undef, float %577, i32 0
  %splat18 = shufflevector <8 x float> %578, <8 x float> undef, <8 x i32> zeroinitializer
  %579 = load <8 x float>, <8 x float>* %28, align 32
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %562, <8 x float> %579)
  store <8 x float> %580, <8 x float>* %28, align 32
  %581 = load <8 x float>, <8 x float>* %22, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %566, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %22, align 32
  %583 = add i64 %501, 17
  %584 = getelementptr inbounds float, float* %47, i64 %583
  %585 = load float, float* %584, align 4
  %586 = insertelement <8 x float> undef, float %585, i32 0
  %splat19 = shufflevector <8 x float> %586, <8 x float> undef, <8 x i32> zeroinitializer
  %587 = load <8 x float>, <8 x float>* %27, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %562, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %27, align 32
  %589 = load <8 x float>, <8 x float>* %21, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %566, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %21, align 32
  %591 = add i64 %501, 25
  %592 = getelementptr inbounds float, float* %47, i64 %591
  %593 = load float, float* %592, align 4
  %594 = insertelement <8 x float> undef, float %593, i32 0
  %splat20 = shufflevector <8 x float> %594, <8 x float> undef, <8 x i32> zeroinitializer
  %595 = load <8 x float>, <8 x float>* %26, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %562, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %26, align 32
  %597 = load <8 x float>, <8 x float>* %20, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %566, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %20, align 32
  %599 = add i64 %501, 33
  %600 = getelementptr inbounds float, float* %47, i64 %599
  %601 = load float, float* %600, align 4
  %602 = insertelement <8 x float> undef, float %601, i32 0
  %splat21 = shufflevector <8 x float> %602, <8 x float> undef, <8 x i32> zeroinitializer
  %603 = load <8 x float>, <8 x float>* %25, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %562, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %25, align 32
  %605 = load <8 x float>, <8 x float>* %19, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %566, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %19, align 32
  %607 = add i64 %501, 41
  %608 = getelementptr inbounds float, float* %47, i64 %607
  %609 = load float, float* %608, align 4
  %610 = insertelement <8 x float> undef, float %609, i32 0
  %splat22 = shufflevector <8 x float> %610, <8 x float> undef, <8 x i32> zeroinitializer
  %611 = load <8 x float>, <8 x float>* %24, align 32
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %562, <8 x float> %611)
  store <8 x float> %612, <8 x float>* %24, align 32
  %613 = load <8 x float>, <8 x float>* %18, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %566, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %18, align 32
  %615 = add i64 %502, 16
  %616 = getelementptr inbounds float, float* %4, i64 %615
  %617 = bitcast float* %616 to <8 x float>*
  %618 = load <8 x float>, <8 x float>* %617, align 4
  %619 = add i64 %502, 528
  %620 = getelementptr inbounds float, float* %4, i64 %619
  %621 = bitcast float* %620 to <8 x float>*
  %622 = load <8 x float>, <8 x float>* %621, align 4
  %623 = add i64 %501, 2
  %624 = getelementptr inbounds float, float* %47, i64 %623
  %625 = load float, float* %624, align 4
  %626 = insertelement <8 x float> undef, float %625, i32 0
  %splat23 = shufflevector <8 x float> %626, <8 x float> undef, <8 x i32> zeroinitializer
  %627 = load <8 x float>, <8 x float>* %29, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %618, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %29, align 32
  %629 = load <8 x float>, <8 x float>* %23, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %622, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %23, align 32
  %631 = add i64 %501, 10
  %632 = getelementptr inbounds float, float* %47, i64 %631
  %633 = load float, float* %632, align 4
  %634 = insertelement <8 x float> undef, float %633, i32 0
  %splat24 = shufflevector <8 x float> %634, <8 x float> undef, <8 x i32> zeroinitializer
  %635 = load <8 x float>, <8 x float>* %28, align 32
  %636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %618, <8 x float> %635)
  store <8 x float> %636, <8 x float>* %28, align 32
  %637 = load <8 x float>, <8 x float>* %22, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %622, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %22, align 32
  %639 = add i64 %501, 18
  %640 = getelementptr inbounds float, float* %47, i64 %639
  %641 = load float, float* %640, align 4
  %642 = insertelement <8 x float> undef, float %641, i32 0
  %splat25 = shufflevector <8 x float> %642, <8 x float> undef, <8 x i32> zeroinitializer
  %643 = load <8 x float>, <8 x float>* %27, align 32
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %618, <8 x float> %643)
  store <8 x float> %644, <8 x float>* %27, align 32
  %645 = load <8 x float>, <8 x float>* %21, align 32
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %622, <8 x float> %645)
  store <8 x float> %646, <8 x float>* %21, align 32
  %647 = add i64 %501, 26
  %648 = getelementptr inbounds float, float* %47, i64 %647
  %649 = load float, float* %648, align 4
  %650 = insertelement <8 x float> undef, float %649, i32 0
  %splat26 = shufflevector <8 x float> %650, <8 x float> undef, <8 x i32> zeroinitializer
  %651 = load <8 x float>, <8 x float>* %26, align 32
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %618, <8 x float> %651)
  store <8 x float> %652, <8 x float>* %26, align 32
  %653 = load <8 x float>, <8 x float>* %20, align 32
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %622, <8 x float> %653)
  store <8 x float> %654, <8 x float>* %20, align 32
  %655 = add i64 %501, 34
  %656 = getelementptr inbounds float, float* %47, i64 %655
  %657 = load float, float* %656, align 4
  %658 = insertelement <8 x float> undef, float %657, i32 0
  %splat27 = shufflevector <8 x float> %658, <8 x float> undef, <8 x i32> zeroinitializer
  %659 = load <8 x float>, <8 x float>* %25, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %618, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %25, align 32
  %661 = load <8 x float>, <8 x float>* %19, align 32
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %622, <8 x float> %661)
  store <8 x float> %662, <8 x float>* %19, align 32
  %663 = add i64 %501, 42
  %664 = getelementptr inbounds float, float* %47, i64 %663
  %665 = load float, float* %664, align 4
  %666 = insertelement <8 x float> undef, float %665, i32 0
  %splat28 = shufflevector <8 x float> %666, <8 x float> undef, <8 x i32> zeroinitializer
  %667 = load <8 x float>, <8 x float>* %24, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %618, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %24, align 32
  %669 = load <8 x float>, <8 x float>* %18, align 32
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %622, <8 x float> %669)
  store <8 x float> %670, <8 x float>* %18, align 32
  %671 = add i64 %502, 24
  %672 = getelementptr inbounds float, float* %4, i64 %671
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = add i64 %502, 536
  %676 = getelementptr inbounds float, float* %4, i64 %675
  %677 = bitcast float* %676 to <8 x float>*
  %678 = load <8 x float>, <8 x float>* %677, align 4
  %679 = add i64 %501, 3
  %680 = getelementptr inbounds float, float* %47, i64 %679
  %681 = load float, float* %680, align 4
  %682 = insertelement <8 x float> undef, float %681, i32 0
  %splat29 = shufflevector <8 x float> %682, <8 x float> undef, <8 x i32> zeroinitializer
  %683 = load <8 x float>, <8 x float>* %29, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %674, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %29, align 32
  %685 = load <8 x float>, <8 x float>* %23, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %678, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %23, align 32
  %687 = add i64 %501, 11
  %688 = getelementptr inbounds float, float* %47, i64 %687
  %689 = load float, float* %688, align 4
  %690 = insertelement <8 x float> undef, float %689, i32 0
  %splat30 = shufflevector <8 x float> %690, <8 x float> undef, <8 x i32> zeroinitializer
  %691 = load <8 x float>, <8 x float>* %28, align 32
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %674, <8 x float> %691)
  store <8 x float> %692, <8 x float>* %28, align 32
  %693 = load <8 x float>, <8 x float>* %22, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %678, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %22, align 32
  %695 = add i64 %501, 19
  %696 = getelementptr inbounds float, float* %47, i64 %695
  %697 = load float, float* %696, align 4
  %698 = insertelement <8 x float> undef, float %697, i32 0
  %splat31 = shufflevector <8 x float> %698, <8 x float> undef, <8 x i32> zeroinitializer
  %699 = load <8 x float>, <8 x float>* %27, align 32
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %674, <8 x float> %699)
  store <8 x float> %700, <8 x float>* %27, align 32
  %701 = load <8 x float>, <8 x float>* %21, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %678, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %21, align 32
  %703 = add i64 %501, 27
  %704 = getelementptr inbounds float, float* %47, i64 %703
  %705 = load float, float* %704, align 4
  %706 = insertelement <8 x float> undef, float %705, i32 0
  %splat32 = shufflevector <8 x float> %706, <8 x float> undef, <8 x i32> zeroinitializer
  %707 = load <8 x float>, <8 x float>* %26, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %674, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %26, align 32
  %709 = load <8 x float>, <8 x float>* %20, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %678, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %20, align 32
  %711 = add i64 %501, 35
  %712 = getelementptr inbounds float, float* %47, i64 %711
  %713 = load float, float* %712, align 4
  %714 = insertelement <8 x float> undef, float %713, i32 0
  %splat33 = shufflevector <8 x float> %714, <8 x float> undef, <8 x i32> zeroinitializer
  %715 = load <8 x float>, <8 x float>* %25, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %674, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %25, align 32
  %717 = load <8 x float>, <8 x float>* %19, align 32
  %718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %678, <8 x float> %717)
  store <8 x float> %718, <8 x float>* %19, align 32
  %719 = add i64 %501, 43
  %720 = getelementptr inbounds float, float* %47, i64 %719
  %721 = load float, float* %720, align 4
  %722 = insertelement <8 x float> undef, float %721, i32 0
  %splat34 = shufflevector <8 x float> %722, <8 x float> undef, <8 x i32> zeroinitializer
  %723 = load <8 x float>, <8 x float>* %24, align 32
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %674, <8 x float> %723)
  store <8 x float> %724, <8 x float>* %24, align 32
  %725 = load <8 x float>, <8 x float>* %18, align 32
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %678, <8 x float> %725)
  store <8 x float> %726, <8 x float>* %18, align 32
  %727 = add i64 %502, 32
  %728 = getelementptr inbounds float, float* %4, i64 %727
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = add i64 %502, 544
  %732 = getelementptr inbounds float, float* %4, i64 %731
  %733 = bitcast float* %732 to <8 x float>*
  %734 = load <8 x float>, <8 x float>* %733, align 4
  %735 = add i64 %501, 4
  %736 = getelementptr inbounds float, float* %47, i64 %735
  %737 = load float, float* %736, align 4
  %738 = insertelement <8 x float> undef, float %737, i32 0
  %splat35 = shufflevector <8 x float> %738, <8 x float> undef, <8 x i32> zeroinitializer
  %739 = load <8 x float>, <8 x float>* %29, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %730, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %29, align 32
  %741 = load <8 x float>, <8 x float>* %23, align 32
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %734, <8 x float> %741)
  store <8 x float> %742, <8 x float>* %23, align 32
  %743 = add i64 %501, 12
  %744 = getelementptr inbounds float, float* %47, i64 %743
  %745 = load float, float* %744, align 4
  %746 = insertelement <8 x float> undef, float %745, i32 0
  %splat36 = shufflevector <8 x float> %746, <8 x float> undef, <8 x i32> zeroinitializer
  %747 = load <8 x float>, <8 x float>* %28, align 32
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %730, <8 x float> %747)
  store <8 x float> %748, <8 x float>* %28, align 32
  %749 = load <8 x float>, <8 x float>* %22, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %734, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %22, align 32
  %751 = add i64 %501, 20
  %752 = getelementptr inbounds float, float* %47, i64 %751
  %753 = load float, float* %752, align 4
  %754 = insertelement <8 x float> undef, float %753, i32 0
  %splat37 = shufflevector <8 x float> %754, <8 x float> undef, <8 x i32> zeroinitializer
  %755 = load <8 x float>, <8 x float>* %27, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %730, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %27, align 32
  %757 = load <8 x float>, <8 x float>* %21, align 32
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %734, <8 x float> %757)
  store <8 x float> %758, <8 x float>* %21, align 32
  %759 = add i64 %501, 28
  %760 = getelementptr inbounds float, float* %47, i64 %759
  %761 = load float, float* %760, align 4
  %762 = insertelement <8 x float> undef, float %761, i32 0
  %splat38 = shufflevector <8 x float> %762, <8 x float> undef, <8 x i32> zeroinitializer
  %763 = load <8 x float>, <8 x float>* %26, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %730, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %26, align 32
  %765 = load <8 x float>, <8 x float>* %20, align 32
  %766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %734, <8 x float> %765)
  store <8 x float> %766, <8 x float>* %20, align 32
  %767 = add i64 %501, 36
  %768 = getelementptr inbounds float, float* %47, i64 %767
  %769 = load float, float* %768, align 4
  %770 = insertelement <8 x float> undef, float %769, i32 0
  %splat39 = shufflevector <8 x float> %770, <8 x float> undef, <8 x i32> zeroinitializer
  %771 = load <8 x float>, <8 x float>* %25, align 32
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %730, <8 x float> %771)
  store <8 x float> %772, <8 x float>* %25, align 32
  %773 = load <8 x float>, <8 x float>* %19, align 32
  %774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %734, <8 x float> %773)
  store <8 x float> %774, <8 x float>* %19, align 32
  %775 = add i64 %501, 44
  %776 = getelementptr inbounds float, float* %47, i64 %775
  %777 = load float, float* %776, align 4
  %778 = insertelement <8 x float> undef, float %777, i32 0
  %splat40 = shufflevector <8 x float> %778, <8 x float> undef, <8 x i32> zeroinitializer
  %779 = load <8 x float>, <8 x float>* %24, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %730, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %24, align 32
  %781 = load <8 x float>, <8 x float>* %18, align 32
  %782 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %734, <8 x float> %781)
  store <8 x float> %782, <8 x float>* %18, align 32
  %783 = add i64 %502, 40
  %784 = getelementptr inbounds float, float* %4, i64 %783
  %785 = bitcast float* %784 to <8 x float>*
  %786 = load <8 x float>, <8 x float>* %785, align 4
  %787 = add i64 %502, 552
  %788 = getelementptr inbounds float, float* %4, i64 %787
  %789 = bitcast float* %788 to <8 x float>*
  %790 = load <8 x float>, <8 x float>* %789, align 4
  %791 = add i64 %501, 5
  %792 = getelementptr inbounds float, float* %47, i64 %791
  %793 = load float, float* %792, align 4
  %794 = insertelement <8 x float> undef, float %793, i32 0
  %splat41 = shufflevector <8 x float> %794, <8 x float> undef, <8 x i32> zeroinitializer
  %795 = load <8 x float>, <8 x float>* %29, align 32
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %786, <8 x float> %795)
  store <8 x float> %796, <8 x float>* %29, align 32
  %797 = load <8 x float>, <8 x float>* %23, align 32
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %790, <8 x float> %797)
  store <8 x float> %798, <8 x float>* %23, align 32
  %799 = add i64 %501, 13
  %800 = getelementptr inbounds float, float* %47, i64 %799
  %801 = load float, float* %800, align 4
  %802 = insertelement <8 x float> undef, float %801, i32 0
  %splat42 = shufflevector <8 x float> %802, <8 x float> undef, <8 x i32> zeroinitializer
  %803 = load <8 x float>, <8 x float>* %28, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %786, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %28, align 32
  %805 = load <8 x float>, <8 x float>* %22, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %790, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %22, align 32
  %807 = add i64 %501, 21
  %808 = getelementptr inbounds float, float* %47, i64 %807
  %809 = load float, float* %808, align 4
  %810 = insertelement <8 x float> undef, float %809, i32 0
  %splat43 = shufflevector <8 x float> %810, <8 x float> undef, <8 x i32> zeroinitializer
  %811 = load <8 x float>, <8 x float>* %27, align 32
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %786, <8 x float> %811)
  store <8 x float> %812, <8 x float>* %27, align 32
  %813 = load <8 x float>, <8 x float>* %21, align 32
  %814 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %790, <8 x float> %813)
  store <8 x float> %814, <8 x float>* %21, align 32
  %815 = add i64 %501, 29
  %816 = getelementptr inbounds float, float* %47, i64 %815
  %817 = load float, float* %816, align 4
  %818 = insertelement <8 x float> undef, float %817, i32 0
  %splat44 = shufflevector <8 x float> %818, <8 x float> undef, <8 x i32> zeroinitializer
  %819 = load <8 x float>, <8 x float>* %26, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %786, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %26, align 32
  %821 = load <8 x float>, <8 x float>* %20, align 32
  %822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %790, <8 x float> %821)
  store <8 x float> %822, <8 x float>* %20, align 32
  %823 = add i64 %501, 37
  %824 = getelementptr inbounds float, float* %47, i64 %823
  %825 = load float, float* %824, align 4
  %826 = insertelement <8 x float> undef, float %825, i32 0
  %splat45 = shufflevector <8 x float> %826, <8 x float> undef, <8 x i32> zeroinitializer
  %827 = load <8 x float>, <8 x float>* %25, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %786, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %25, align 32
  %829 = load <8 x float>, <8 x float>* %19, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %790, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %19, align 32
  %831 = add i64 %501, 45
  %832 = getelementptr inbounds float, float* %47, i64 %831
  %833 = load float, float* %832, align 4
  %834 = insertelement <8 x float> undef, float %833, i32 0
  %splat46 = shufflevector <8 x float> %834, <8 x float> undef, <8 x i32> zeroinitializer
  %835 = load <8 x float>, <8 x float>* %24, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %786, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %24, align 32
  %837 = load <8 x float>, <8 x float>* %18, align 32
  %838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %790, <8 x float> %837)
  store <8 x float> %838, <8 x float>* %18, align 32
  %839 = add i64 %502, 48
  %840 = getelementptr inbounds float, float* %4, i64 %839
  %841 = bitcast float* %840 to <8 x float>*
  %842 = load <8 x float>, <8 x float>* %841, align 4
  %843 = add i64 %502, 560
  %844 = getelementptr inbounds float, float* %4, i64 %843
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = add i64 %501, 6
  %848 = getelementptr inbounds float, float* %47, i64 %847
  %849 = load float, float* %848, align 4
  %850 = insertelement <8 x float> undef, float %849, i32 0
  %splat47 = shufflevector <8 x float> %850, <8 x float> undef, <8 x i32> zeroinitializer
  %851 = load <8 x float>, <8 x float>* %29, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %842, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %29, align 32
  %853 = load <8 x float>, <8 x float>* %23, align 32
  %854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %846, <8 x float> %853)
  store <8 x float> %854, <8 x float>* %23, align 32
  %855 = add i64 %501, 14
  %856 = getelementptr inbounds float, float* %47, i64 %855
  %857 = load float, float* %856, align 4
  %858 = insertelement <8 x float> undef, float %857, i32 0
  %splat48 = shufflevector <8 x float> %858, <8 x float> undef, <8 x i32> zeroinitializer
  %859 = load <8 x float>, <8 x float>* %28, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %842, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %28, align 32
  %861 = load <8 x float>, <8 x float>* %22, align 32
  %862 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %846, <8 x float> %861)
  store <8 x float> %862, <8 x float>* %22, align 32
  %863 = add i64 %501, 22
  %864 = getelementptr inbounds float, float* %47, i64 %863
  %865 = load float, float* %864, align 4
  %866 = insertelement <8 x float> undef, float %865, i32 0
  %splat49 = shufflevector <8 x float> %866, <8 x float> undef, <8 x i32> zeroinitializer
  %867 = load <8 x float>, <8 x float>* %27, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %842, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %27, align 32
  %869 = load <8 x float>, <8 x float>* %21, align 32
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %846, <8 x float> %869)
  store <8 x float> %870, <8 x float>* %21, align 32
  %871 = add i64 %501, 30
  %872 = getelementptr inbounds float, float* %47, i64 %871
  %873 = load float, float* %872, align 4
  %874 = insertelement <8 x float> undef, float %873, i32 0
  %splat50 = shufflevector <8 x float> %874, <8 x float> undef, <8 x i32> zeroinitializer
  %875 = load <8 x float>, <8 x float>* %26, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %842, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %26, align 32
  %877 = load <8 x float>, <8 x float>* %20, align 32
  %878 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %846, <8 x float> %877)
  store <8 x float> %878, <8 x float>* %20, align 32
  %879 = add i64 %501, 38
  %880 = getelementptr inbounds float, float* %47, i64 %879
  %881 = load float, float* %880, align 4
  %882 = insertelement <8 x float> undef, float %881, i32 0
  %splat51 = shufflevector <8 x float> %882, <8 x float> undef, <8 x i32> zeroinitializer
  %883 = load <8 x float>, <8 x float>* %25, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %842, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %25, align 32
  %885 = load <8 x float>, <8 x float>* %19, align 32
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %846, <8 x float> %885)
  store <8 x float> %886, <8 x float>* %19, align 32
  %887 = add i64 %501, 46
  %888 = getelementptr inbounds float, float* %47, i64 %887
  %889 = load float, float* %888, align 4
  %890 = insertelement <8 x float> undef, float %889, i32 0
  %splat52 = shufflevector <8 x float> %890, <8 x float> undef, <8 x i32> zeroinitializer
  %891 = load <8 x float>, <8 x float>* %24, align 32
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %842, <8 x float> %891)
  store <8 x float> %892, <8 x float>* %24, align 32
  %893 = load <8 x float>, <8 x float>* %18, align 32
  %894 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %846, <8 x float> %893)
  store <8 x float> %894, <8 x float>* %18, align 32
  %895 = add i64 %502, 56
  %896 = getelementptr inbounds float, float* %4, i64 %895
  %897 = bitcast float* %896 to <8 x float>*
  %898 = load <8 x float>, <8 x float>* %897, align 4
  %899 = add i64 %502, 568
  %900 = getelementptr inbounds float, float* %4, i64 %899
  %901 = bitcast float* %900 to <8 x float>*
  %902 = load <8 x float>, <8 x float>* %901, align 4
  %903 = add i64 %501, 7
  %904 = getelementptr inbounds float, float* %47, i64 %903
  %905 = load float, float* %904, align 4
  %906 = insertelement <8 x float> undef, float %905, i32 0
  %splat53 = shufflevector <8 x float> %906, <8 x float> undef, <8 x i32> zeroinitializer
  %907 = load <8 x float>, <8 x float>* %29, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %898, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %29, align 32
  %909 = load <8 x float>, <8 x float>* %23, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %902, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %23, align 32
  %911 = add i64 %501, 15
  %912 = getelementptr inbounds float, float* %47, i64 %911
  %913 = load float, float* %912, align 4
  %914 = insertelement <8 x float> undef, float %913, i32 0
  %splat54 = shufflevector <8 x float> %914, <8 x float> undef, <8 x i32> zeroinitializer
  %915 = load <8 x float>, <8 x float>* %28, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %898, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %28, align 32
  %917 = load <8 x float>, <8 x float>* %22, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %902, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %22, align 32
  %919 = add i64 %501, 23
  %920 = getelementptr inbounds float, float* %47, i64 %919
  %921 = load float, float* %920, align 4
  %922 = insertelement <8 x float> undef, float %921, i32 0
  %splat55 = shufflevector <8 x float> %922, <8 x float> undef, <8 x i32> zeroinitializer
  %923 = load <8 x float>, <8 x float>* %27, align 32
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %898, <8 x float> %923)
  store <8 x float> %924, <8 x float>* %27, align 32
  %925 = load <8 x float>, <8 x float>* %21, align 32
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %902, <8 x float> %925)
  store <8 x float> %926, <8 x float>* %21, align 32
  %927 = add i64 %501, 31
  %928 = getelementptr inbounds float, float* %47, i64 %927
  %929 = load float, float* %928, align 4
  %930 = insertelement <8 x float> undef, float %929, i32 0
  %splat56 = shufflevector <8 x float> %930, <8 x float> undef, <8 x i32> zeroinitializer
  %931 = load <8 x float>, <8 x float>* %26, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %898, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %26, align 32
  %933 = load <8 x float>, <8 x float>* %20, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %902, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %20, align 32
  %935 = add i64 %501, 39
  %936 = getelementptr inbounds float, float* %47, i64 %935
  %937 = load float, float* %936, align 4
  %938 = insertelement <8 x float> undef, float %937, i32 0
  %splat57 = shufflevector <8 x float> %938, <8 x float> undef, <8 x i32> zeroinitializer
  %939 = load <8 x float>, <8 x float>* %25, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %898, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %25, align 32
  %941 = load <8 x float>, <8 x float>* %19, align 32
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %902, <8 x float> %941)
  store <8 x float> %942, <8 x float>* %19, align 32
  %943 = add i64 %501, 47
  %944 = getelementptr inbounds float, float* %47, i64 %943
  %945 = load float, float* %944, align 4
  %946 = insertelement <8 x float> undef, float %945, i32 0
  %splat58 = shufflevector <8 x float> %946, <8 x float> undef, <8 x i32> zeroinitializer
  %947 = load <8 x float>, <8 x float>* %24, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %898, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %24, align 32
  %949 = load <8 x float>, <8 x float>* %18, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %902, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %951 = load <8 x float>, <8 x float>* %29, align 32
  %952 = fcmp olt <8 x float> %951, zeroinitializer
  %953 = select <8 x i1> %952, <8 x float> zeroinitializer, <8 x float> %951
  %954 = getelementptr inbounds float, float* %0, i64 %400
  %955 = bitcast float* %954 to <8 x float>*
  store <8 x float> %953, <8 x float>* %955, align 4
  %956 = load <8 x float>, <8 x float>* %28, align 32
  %957 = fcmp olt <8 x float> %956, zeroinitializer
  %958 = select <8 x i1> %957, <8 x float> zeroinitializer, <8 x float> %956
  %959 = getelementptr inbounds float, float* %0, i64 %403
  %960 = bitcast float* %959 to <8 x float>*
  store <8 x float> %958, <8 x float>* %960, align 4
  %961 = load <8 x float>, <8 x float>* %27, align 32
  %962 = fcmp olt <8 x float> %961, zeroinitializer
  %963 = select <8 x i1> %962, <8 x float> zeroinitializer, <8 x float> %961
  %964 = getelementptr inbounds float, float* %0, i64 %406
  %965 = bitcast float* %964 to <8 x float>*
  store <8 x float> %963, <8 x float>* %965, align 4
  %966 = load <8 x float>, <8 x float>* %26, align 32
  %967 = fcmp olt <8 x float> %966, zeroinitializer
  %968 = select <8 x i1> %967, <8 x float> zeroinitializer, <8 x float> %966
  %969 = getelementptr inbounds float, float* %0, i64 %409
  %970 = bitcast float* %969 to <8 x float>*
  store <8 x float> %968, <8 x float>* %970, align 4
  %971 = load <8 x float>, <8 x float>* %25, align 32
  %972 = fcmp olt <8 x float> %971, zeroinitializer
  %973 = select <8 x i1> %972, <8 x float> zeroinitializer, <8 x float> %971
  %974 = getelementptr inbounds float, float* %0, i64 %412
  %975 = bitcast float* %974 to <8 x float>*
  store <8 x float> %973, <8 x float>* %975, align 4
  %976 = load <8 x float>, <8 x float>* %24, align 32
  %977 = fcmp olt <8 x float> %976, zeroinitializer
  %978 = select <8 x i1> %977, <8 x float> zeroinitializer, <8 x float> %976
  %979 = getelementptr inbounds float, float* %0, i64 %415
  %980 = bitcast float* %979 to <8 x float>*
  store <8 x float> %978, <8 x float>* %980, align 4
  %981 = load <8 x float>, <8 x float>* %23, align 32
  %982 = fcmp olt <8 x float> %981, zeroinitializer
  %983 = select <8 x i1> %982, <8 x float> zeroinitializer, <8 x float> %981
  %984 = getelementptr inbounds float, float* %0, i64 %422
  %985 = bitcast float* %984 to <8 x float>*
  store <8 x float> %983, <8 x float>* %985, align 4
  %986 = load <8 x float>, <8 x float>* %22, align 32
  %987 = fcmp olt <8 x float> %986, zeroinitializer
  %988 = select <8 x i1> %987, <8 x float> zeroinitializer, <8 x float> %986
  %989 = getelementptr inbounds float, float* %0, i64 %425
  %990 = bitcast float* %989 to <8 x float>*
  store <8 x float> %988, <8 x float>* %990, align 4
  %991 = load <8 x float>, <8 x float>* %21, align 32
  %992 = fcmp olt <8 x float> %991, zeroinitializer
  %993 = select <8 x i1> %992, <8 x float> zeroinitializer, <8 x float> %991
  %994 = getelementptr inbounds float, float* %0, i64 %428
  %995 = bitcast float* %994 to <8 x float>*
  store <8 x float> %993, <8 x float>* %995, align 4
  %996 = load <8 x float>, <8 x float>* %20, align 32
  %997 = fcmp olt <8 x float> %996, zeroinitializer
  %998 = select <8 x i1> %997, <8 x float> zeroinitializer, <8 x float> %996
  %999 = getelementptr inbounds float, float* %0, i64 %431
  %1000 = bitcast float* %999 to <8 x float>*
  store <8 x float> %998, <8 x float>* %1000, align 4
  %1001 = load <8 x float>, <8 x float>* %19, align 32
  %1002 = fcmp olt <8 x float> %1001, zeroinitializer
  %1003 = select <8 x i1> %1002, <8 x float> zeroinitializer, <8 x float> %1001
  %1004 = getelementptr inbounds float, float* %0, i64 %434
  %1005 = bitcast float* %1004 to <8 x float>*
  store <8 x float> %1003, <8 x float>* %1005, align 4
  %1006 = load <8 x float>, <8 x float>* %18, align 32
  %1007 = fcmp olt <8 x float> %1006, zeroinitializer
  %1008 = select <8 x i1> %1007, <8 x float> zeroinitializer, <8 x float> %1006
  %1009 = getelementptr inbounds float, float* %0, i64 %437
  %1010 = bitcast float* %1009 to <8 x float>*
  store <8 x float> %1008, <8 x float>* %1010, align 4
  %x.next59 = add i64 %x11, 6
  br label %x.header8

u.header60:                                       ; preds = %u.body61, %x.exit10
  %u63 = phi i64 [ 0, %x.exit10 ], [ %u.next96, %u.body61 ]
  %1011 = icmp slt i64 %u63, 8
  br i1 %1011, label %u.body61, label %u.exit62

u.body61:                                         ; preds = %u.header60
  %1012 = add i64 0, %u63
  %1013 = mul i64 %1012, 896
  %1014 = add i64 864, %1013
  %1015 = mul i64 %1012, 64
  %1016 = add i64 %391, %1015
  %1017 = add i64 %1014, 0
  %1018 = add i64 %1017, 0
  %1019 = add i64 %1016, 0
  %1020 = add i64 %1019, 0
  %1021 = getelementptr inbounds float, float* %4, i64 %1020
  %1022 = bitcast float* %1021 to <8 x float>*
  %1023 = load <8 x float>, <8 x float>* %1022, align 4
  %1024 = add i64 %1019, 512
  %1025 = getelementptr inbounds float, float* %4, i64 %1024
  %1026 = bitcast float* %1025 to <8 x float>*
  %1027 = load <8 x float>, <8 x float>* %1026, align 4
  %1028 = add i64 %1018, 0
  %1029 = getelementptr inbounds float, float* %47, i64 %1028
  %1030 = load float, float* %1029, align 4
  %1031 = insertelement <8 x float> undef, float %1030, i32 0
  %splat64 = shufflevector <8 x float> %1031, <8 x float> undef, <8 x i32> zeroinitializer
  %1032 = load <8 x float>, <8 x float>* %17, align 32
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1023, <8 x float> %1032)
  store <8 x float> %1033, <8 x float>* %17, align 32
  %1034 = load <8 x float>, <8 x float>* %13, align 32
  %1035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1027, <8 x float> %1034)
  store <8 x float> %1035, <8 x float>* %13, align 32
  %1036 = add i64 %1018, 8
  %1037 = getelementptr inbounds float, float* %47, i64 %1036
  %1038 = load float, float* %1037, align 4
  %1039 = insertelement <8 x float> undef, float %1038, i32 0
  %splat65 = shufflevector <8 x float> %1039, <8 x float> undef, <8 x i32> zeroinitializer
  %1040 = load <8 x float>, <8 x float>* %16, align 32
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1023, <8 x float> %1040)
  store <8 x float> %1041, <8 x float>* %16, align 32
  %1042 = load <8 x float>, <8 x float>* %12, align 32
  %1043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1027, <8 x float> %1042)
  store <8 x float> %1043, <8 x float>* %12, align 32
  %1044 = add i64 %1018, 16
  %1045 = getelementptr inbounds float, float* %47, i64 %1044
  %1046 = load float, float* %1045, align 4
  %1047 = insertelement <8 x float> undef, float %1046, i32 0
  %splat66 = shufflevector <8 x float> %1047, <8 x float> undef, <8 x i32> zeroinitializer
  %1048 = load <8 x float>, <8 x float>* %15, align 32
  %1049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1023, <8 x float> %1048)
  store <8 x float> %1049, <8 x float>* %15, align 32
  %1050 = load <8 x float>, <8 x float>* %11, align 32
  %1051 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1027, <8 x float> %1050)
  store <8 x float> %1051, <8 x float>* %11, align 32
  %1052 = add i64 %1018, 24
  %1053 = getelementptr inbounds float, float* %47, i64 %1052
  %1054 = load float, float* %1053, align 4
  %1055 = insertelement <8 x float> undef, float %1054, i32 0
  %splat67 = shufflevector <8 x float> %1055, <8 x float> undef, <8 x i32> zeroinitializer
  %1056 = load <8 x float>, <8 x float>* %14, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1023, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %14, align 32
  %1058 = load <8 x float>, <8 x float>* %10, align 32
  %1059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1027, <8 x float> %1058)
  store <8 x float> %1059, <8 x float>* %10, align 32
  %1060 = add i64 %1019, 8
  %1061 = getelementptr inbounds float, float* %4, i64 %1060
  %1062 = bitcast float* %1061 to <8 x float>*
  %1063 = load <8 x float>, <8 x float>* %1062, align 4
  %1064 = add i64 %1019, 520
  %1065 = getelementptr inbounds float, float* %4, i64 %1064
  %1066 = bitcast float* %1065 to <8 x float>*
  %1067 = load <8 x float>, <8 x float>* %1066, align 4
  %1068 = add i64 %1018, 1
  %1069 = getelementptr inbounds float, float* %47, i64 %1068
  %1070 = load float, float* %1069, align 4
  %1071 = insertelement <8 x float> undef, float %1070, i32 0
  %splat68 = shufflevector <8 x float> %1071, <8 x float> undef, <8 x i32> zeroinitializer
  %1072 = load <8 x float>, <8 x float>* %17, align 32
  %1073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1063, <8 x float> %1072)
  store <8 x float> %1073, <8 x float>* %17, align 32
  %1074 = load <8 x float>, <8 x float>* %13, align 32
  %1075 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1067, <8 x float> %1074)
  store <8 x float> %1075, <8 x float>* %13, align 32
  %1076 = add i64 %1018, 9
  %1077 = getelementptr inbounds float, float* %47, i64 %1076
  %1078 = load float, float* %1077, align 4
  %1079 = insertelement <8 x float> undef, float %1078, i32 0
  %splat69 = shufflevector <8 x float> %1079, <8 x float> undef, <8 x i32> zeroinitializer
  %1080 = load <8 x float>, <8 x float>* %16, align 32
  %1081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1063, <8 x float> %1080)
  store <8 x float> %1081, <8 x float>* %16, align 32
  %1082 = load <8 x float>, <8 x float>* %12, align 32
  %1083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1067, <8 x float> %1082)
  store <8 x float> %1083, <8 x float>* %12, align 32
  %1084 = add i64 %1018, 17
  %1085 = getelementptr inbounds float, float* %47, i64 %1084
  %1086 = load float, float* %1085, align 4
  %1087 = insertelement <8 x float> undef, float %1086, i32 0
  %splat70 = shufflevector <8 x float> %1087, <8 x float> undef, <8 x i32> zeroinitializer
  %1088 = load <8 x float>, <8 x float>* %15, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1063, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %15, align 32
  %1090 = load <8 x float>, <8 x float>* %11, align 32
  %1091 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1067, <8 x float> %1090)
  store <8 x float> %1091, <8 x float>* %11, align 32
  %1092 = add i64 %1018, 25
  %1093 = getelementptr inbounds float, float* %47, i64 %1092
  %1094 = load float, float* %1093, align 4
  %1095 = insertelement <8 x float> undef, float %1094, i32 0
  %splat71 = shufflevector <8 x float> %1095, <8 x float> undef, <8 x i32> zeroinitializer
  %1096 = load <8 x float>, <8 x float>* %14, align 32
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1063, <8 x float> %1096)
  store <8 x float> %1097, <8 x float>* %14, align 32
  %1098 = load <8 x float>, <8 x float>* %10, align 32
  %1099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1067, <8 x float> %1098)
  store <8 x float> %1099, <8 x float>* %10, align 32
  %1100 = add i64 %1019, 16
  %1101 = getelementptr inbounds float, float* %4, i64 %1100
  %1102 = bitcast float* %1101 to <8 x float>*
  %1103 = load <8 x float>, <8 x float>* %1102, align 4
  %1104 = add i64 %1019, 528
  %1105 = getelementptr inbounds float, float* %4, i64 %1104
  %1106 = bitcast float* %1105 to <8 x float>*
  %1107 = load <8 x float>, <8 x float>* %1106, align 4
  %1108 = add i64 %1018, 2
  %1109 = getelementptr inbounds float, float* %47, i64 %1108
  %1110 = load float, float* %1109, align 4
  %1111 = insertelement <8 x float> undef, float %1110, i32 0
  %splat72 = shufflevector <8 x float> %1111, <8 x float> undef, <8 x i32> zeroinitializer
  %1112 = load <8 x float>, <8 x float>* %17, align 32
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1103, <8 x float> %1112)
  store <8 x float> %1113, <8 x float>* %17, align 32
  %1114 = load <8 x float>, <8 x float>* %13, align 32
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1107, <8 x float> %1114)
  store <8 x float> %1115, <8 x float>* %13, align 32
  %1116 = add i64 %1018, 10
  %1117 = getelementptr inbounds float, float* %47, i64 %1116
  %1118 = load float, float* %1117, align 4
  %1119 = insertelement <8 x float> undef, float %1118, i32 0
  %splat73 = shufflevector <8 x float> %1119, <8 x float> undef, <8 x i32> zeroinitializer
  %1120 = load <8 x float>, <8 x float>* %16, align 32
  %1121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1103, <8 x float> %1120)
  store <8 x float> %1121, <8 x float>* %16, align 32
  %1122 = load <8 x float>, <8 x float>* %12, align 32
  %1123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1107, <8 x float> %1122)
  store <8 x float> %1123, <8 x float>* %12, align 32
  %1124 = add i64 %1018, 18
  %1125 = getelementptr inbounds float, float* %47, i64 %1124
  %1126 = load float, float* %1125, align 4
  %1127 = insertelement <8 x float> undef, float %1126, i32 0
  %splat74 = shufflevector <8 x float> %1127, <8 x float> undef, <8 x i32> zeroinitializer
  %1128 = load <8 x float>, <8 x float>* %15, align 32
  %1129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1103, <8 x float> %1128)
  store <8 x float> %1129, <8 x float>* %15, align 32
  %1130 = load <8 x float>, <8 x float>* %11, align 32
  %1131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1107, <8 x float> %1130)
  store <8 x float> %1131, <8 x float>* %11, align 32
  %1132 = add i64 %1018, 26
  %1133 = getelementptr inbounds float, float* %47, i64 %1132
  %1134 = load float, float* %1133, align 4
  %1135 = insertelement <8 x float> undef, float %1134, i32 0
  %splat75 = shufflevector <8 x float> %1135, <8 x float> undef, <8 x i32> zeroinitializer
  %1136 = load <8 x float>, <8 x float>* %14, align 32
  %1137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1103, <8 x float> %1136)
  store <8 x float> %1137, <8 x float>* %14, align 32
  %1138 = load <8 x float>, <8 x float>* %10, align 32
  %1139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1107, <8 x float> %1138)
  store <8 x float> %1139, <8 x float>* %10, align 32
  %1140 = add i64 %1019, 24
  %1141 = getelementptr inbounds float, float* %4, i64 %1140
  %1142 = bitcast float* %1141 to <8 x float>*
  %1143 = load <8 x float>, <8 x float>* %1142, align 4
  %1144 = add i64 %1019, 536
  %1145 = getelementptr inbounds float, float* %4, i64 %1144
  %1146 = bitcast float* %1145 to <8 x float>*
  %1147 = load <8 x float>, <8 x float>* %1146, align 4
  %1148 = add i64 %1018, 3
  %1149 = getelementptr inbounds float, float* %47, i64 %1148
  %1150 = load float, float* %1149, align 4
  %1151 = insertelement <8 x float> undef, float %1150, i32 0
  %splat76 = shufflevector <8 x float> %1151, <8 x float> undef, <8 x i32> zeroinitializer
  %1152 = load <8 x float>, <8 x float>* %17, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1143, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %17, align 32
  %1154 = load <8 x float>, <8 x float>* %13, align 32
  %1155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1147, <8 x float> %1154)
  store <8 x float> %1155, <8 x float>* %13, align 32
  %1156 = add i64 %1018, 11
  %1157 = getelementptr inbounds float, float* %47, i64 %1156
  %1158 = load float, float* %1157, align 4
  %1159 = insertelement <8 x float> undef, float %1158, i32 0
  %splat77 = shufflevector <8 x float> %1159, <8 x float> undef, <8 x i32> zeroinitializer
  %1160 = load <8 x float>, <8 x float>* %16, align 32
  %1161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1143, <8 x float> %1160)
  store <8 x float> %1161, <8 x float>* %16, align 32
  %1162 = load <8 x float>, <8 x float>* %12, align 32
  %1163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1147, <8 x float> %1162)
  store <8 x float> %1163, <8 x float>* %12, align 32
  %1164 = add i64 %1018, 19
  %1165 = getelementptr inbounds float, float* %47, i64 %1164
  %1166 = load float, float* %1165, align 4
  %1167 = insertelement <8 x float> undef, float %1166, i32 0
  %splat78 = shufflevector <8 x float> %1167, <8 x float> undef, <8 x i32> zeroinitializer
  %1168 = load <8 x float>, <8 x float>* %15, align 32
  %1169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1143, <8 x float> %1168)
  store <8 x float> %1169, <8 x float>* %15, align 32
  %1170 = load <8 x float>, <8 x float>* %11, align 32
  %1171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1147, <8 x float> %1170)
  store <8 x float> %1171, <8 x float>* %11, align 32
  %1172 = add i64 %1018, 27
  %1173 = getelementptr inbounds float, float* %47, i64 %1172
  %1174 = load float, float* %1173, align 4
  %1175 = insertelement <8 x float> undef, float %1174, i32 0
  %splat79 = shufflevector <8 x float> %1175, <8 x float> undef, <8 x i32> zeroinitializer
  %1176 = load <8 x float>, <8 x float>* %14, align 32
  %1177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1143, <8 x float> %1176)
  store <8 x float> %1177, <8 x float>* %14, align 32
  %1178 = load <8 x float>, <8 x float>* %10, align 32
  %1179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1147, <8 x float> %1178)
  store <8 x float> %1179, <8 x float>* %10, align 32
  %1180 = add i64 %1019, 32
  %1181 = getelementptr inbounds float, float* %4, i64 %1180
  %1182 = bitcast float* %1181 to <8 x float>*
  %1183 = load <8 x float>, <8 x float>* %1182, align 4
  %1184 = add i64 %1019, 544
  %1185 = getelementptr inbounds float, float* %4, i64 %1184
  %1186 = bitcast float* %1185 to <8 x float>*
  %1187 = load <8 x float>, <8 x float>* %1186, align 4
  %1188 = add i64 %1018, 4
  %1189 = getelementptr inbounds float, float* %47, i64 %1188
  %1190 = load float, float* %1189, align 4
  %1191 = insertelement <8 x float> undef, float %1190, i32 0
  %splat80 = shufflevector <8 x float> %1191, <8 x float> undef, <8 x i32> zeroinitializer
  %1192 = load <8 x float>, <8 x float>* %17, align 32
  %1193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1183, <8 x float> %1192)
  store <8 x float> %1193, <8 x float>* %17, align 32
  %1194 = load <8 x float>, <8 x float>* %13, align 32
  %1195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1187, <8 x float> %1194)
  store <8 x float> %1195, <8 x float>* %13, align 32
  %1196 = add i64 %1018, 12
  %1197 = getelementptr inbounds float, float* %47, i64 %1196
  %1198 = load float, float* %1197, align 4
  %1199 = insertelement <8 x float> undef, float %1198, i32 0
  %splat81 = shufflevector <8 x float> %1199, <8 x float> undef, <8 x i32> zeroinitializer
  %1200 = load <8 x float>, <8 x float>* %16, align 32
  %1201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1183, <8 x float> %1200)
  store <8 x float> %1201, <8 x float>* %16, align 32
  %1202 = load <8 x float>, <8 x float>* %12, align 32
  %1203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1187, <8 x float> %1202)
  store <8 x float> %1203, <8 x float>* %12, align 32
  %1204 = add i64 %1018, 20
  %1205 = getelementptr inbounds float, float* %47, i64 %1204
  %1206 = load float, float* %1205, align 4
  %1207 = insertelement <8 x float> undef, float %1206, i32 0
  %splat82 = shufflevector <8 x float> %1207, <8 x float> undef, <8 x i32> zeroinitializer
  %1208 = load <8 x float>, <8 x float>* %15, align 32
  %1209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1183, <8 x float> %1208)
  store <8 x float> %1209, <8 x float>* %15, align 32
  %1210 = load <8 x float>, <8 x float>* %11, align 32
  %1211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1187, <8 x float> %1210)
  store <8 x float> %1211, <8 x float>* %11, align 32
  %1212 = add i64 %1018, 28
  %1213 = getelementptr inbounds float, float* %47, i64 %1212
  %1214 = load float, float* %1213, align 4
  %1215 = insertelement <8 x float> undef, float %1214, i32 0
  %splat83 = shufflevector <8 x float> %1215, <8 x float> undef, <8 x i32> zeroinitializer
  %1216 = load <8 x float>, <8 x float>* %14, align 32
  %1217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1183, <8 x float> %1216)
  store <8 x float> %1217, <8 x float>* %14, align 32
  %1218 = load <8 x float>, <8 x float>* %10, align 32
  %1219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1187, <8 x float> %1218)
  store <8 x float> %1219, <8 x float>* %10, align 32
  %1220 = add i64 %1019, 40
  %1221 = getelementptr inbounds float, float* %4, i64 %1220
  %1222 = bitcast float* %1221 to <8 x float>*
  %1223 = load <8 x float>, <8 x float>* %1222, align 4
  %1224 = add i64 %1019, 552
  %1225 = getelementptr inbounds float, float* %4, i64 %1224
  %1226 = bitcast float* %1225 to <8 x float>*
  %1227 = load <8 x float>, <8 x float>* %1226, align 4
  %1228 = add i64 %1018, 5
  %1229 = getelementptr inbounds float, float* %47, i64 %1228
  %1230 = load float, float* %1229, align 4
  %1231 = insertelement <8 x float> undef, float %1230, i32 0
  %splat84 = shufflevector <8 x float> %1231, <8 x float> undef, <8 x i32> zeroinitializer
  %1232 = load <8 x float>, <8 x float>* %17, align 32
  %1233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1223, <8 x float> %1232)
  store <8 x float> %1233, <8 x float>* %17, align 32
  %1234 = load <8 x float>, <8 x float>* %13, align 32
  %1235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1227, <8 x float> %1234)
  store <8 x float> %1235, <8 x float>* %13, align 32
  %1236 = add i64 %1018, 13
  %1237 = getelementptr inbounds float, float* %47, i64 %1236
  %1238 = load float, float* %1237, align 4
  %1239 = insertelement <8 x float> undef, float %1238, i32 0
  %splat85 = shufflevector <8 x float> %1239, <8 x float> undef, <8 x i32> zeroinitializer
  %1240 = load <8 x float>, <8 x float>* %16, align 32
  %1241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1223, <8 x float> %1240)
  store <8 x float> %1241, <8 x float>* %16, align 32
  %1242 = load <8 x float>, <8 x float>* %12, align 32
  %1243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1227, <8 x float> %1242)
  store <8 x float> %1243, <8 x float>* %12, align 32
  %1244 = add i64 %1018, 21
  %1245 = getelementptr inbounds float, float* %47, i64 %1244
  %1246 = load float, float* %1245, align 4
  %1247 = insertelement <8 x float> undef, float %1246, i32 0
  %splat86 = shufflevector <8 x float> %1247, <8 x float> undef, <8 x i32> zeroinitializer
  %1248 = load <8 x float>, <8 x float>* %15, align 32
  %1249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1223, <8 x float> %1248)
  store <8 x float> %1249, <8 x float>* %15, align 32
  %1250 = load <8 x float>, <8 x float>* %11, align 32
  %1251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1227, <8 x float> %1250)
  store <8 x float> %1251, <8 x float>* %11, align 32
  %1252 = add i64 %1018, 29
  %1253 = getelementptr inbounds float, float* %47, i64 %1252
  %1254 = load float, float* %1253, align 4
  %1255 = insertelement <8 x float> undef, float %1254, i32 0
  %splat87 = shufflevector <8 x float> %1255, <8 x float> undef, <8 x i32> zeroinitializer
  %1256 = load <8 x float>, <8 x float>* %14, align 32
  %1257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1223, <8 x float> %1256)
  store <8 x float> %1257, <8 x float>* %14, align 32
  %1258 = load <8 x float>, <8 x float>* %10, align 32
  %1259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1227, <8 x float> %1258)
  store <8 x float> %1259, <8 x float>* %10, align 32
  %1260 = add i64 %1019, 48
  %1261 = getelementptr inbounds float, float* %4, i64 %1260
  %1262 = bitcast float* %1261 to <8 x float>*
  %1263 = load <8 x float>, <8 x float>* %1262, align 4
  %1264 = add i64 %1019, 560
  %1265 = getelementptr inbounds float, float* %4, i64 %1264
  %1266 = bitcast float* %1265 to <8 x float>*
  %1267 = load <8 x float>, <8 x float>* %1266, align 4
  %1268 = add i64 %1018, 6
  %1269 = getelementptr inbounds float, float* %47, i64 %1268
  %1270 = load float, float* %1269, align 4
  %1271 = insertelement <8 x float> undef, float %1270, i32 0
  %splat88 = shufflevector <8 x float> %1271, <8 x float> undef, <8 x i32> zeroinitializer
  %1272 = load <8 x float>, <8 x float>* %17, align 32
  %1273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1263, <8 x float> %1272)
  store <8 x float> %1273, <8 x float>* %17, align 32
  %1274 = load <8 x float>, <8 x float>* %13, align 32
  %1275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1267, <8 x float> %1274)
  store <8 x float> %1275, <8 x float>* %13, align 32
  %1276 = add i64 %1018, 14
  %1277 = getelementptr inbounds float, float* %47, i64 %1276
  %1278 = load float, float* %1277, align 4
  %1279 = insertelement <8 x float> undef, float %1278, i32 0
  %splat89 = shufflevector <8 x float> %1279, <8 x float> undef, <8 x i32> zeroinitializer
  %1280 = load <8 x float>, <8 x float>* %16, align 32
  %1281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1263, <8 x float> %1280)
  store <8 x float> %1281, <8 x float>* %16, align 32
  %1282 = load <8 x float>, <8 x float>* %12, align 32
  %1283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1267, <8 x float> %1282)
  store <8 x float> %1283, <8 x float>* %12, align 32
  %1284 = add i64 %1018, 22
  %1285 = getelementptr inbounds float, float* %47, i64 %1284
  %1286 = load float, float* %1285, align 4
  %1287 = insertelement <8 x float> undef, float %1286, i32 0
  %splat90 = shufflevector <8 x float> %1287, <8 x float> undef, <8 x i32> zeroinitializer
  %1288 = load <8 x float>, <8 x float>* %15, align 32
  %1289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1263, <8 x float> %1288)
  store <8 x float> %1289, <8 x float>* %15, align 32
  %1290 = load <8 x float>, <8 x float>* %11, align 32
  %1291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1267, <8 x float> %1290)
  store <8 x float> %1291, <8 x float>* %11, align 32
  %1292 = add i64 %1018, 30
  %1293 = getelementptr inbounds float, float* %47, i64 %1292
  %1294 = load float, float* %1293, align 4
  %1295 = insertelement <8 x float> undef, float %1294, i32 0
  %splat91 = shufflevector <8 x float> %1295, <8 x float> undef, <8 x i32> zeroinitializer
  %1296 = load <8 x float>, <8 x float>* %14, align 32
  %1297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1263, <8 x float> %1296)
  store <8 x float> %1297, <8 x float>* %14, align 32
  %1298 = load <8 x float>, <8 x float>* %10, align 32
  %1299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1267, <8 x float> %1298)
  store <8 x float> %1299, <8 x float>* %10, align 32
  %1300 = add i64 %1019, 56
  %1301 = getelementptr inbounds float, float* %4, i64 %1300
  %1302 = bitcast float* %1301 to <8 x float>*
  %1303 = load <8 x float>, <8 x float>* %1302, align 4
  %1304 = add i64 %1019, 568
  %1305 = getelementptr inbounds float, float* %4, i64 %1304
  %1306 = bitcast float* %1305 to <8 x float>*
  %1307 = load <8 x float>, <8 x float>* %1306, align 4
  %1308 = add i64 %1018, 7
  %1309 = getelementptr inbounds float, float* %47, i64 %1308
  %1310 = load float, float* %1309, align 4
  %1311 = insertelement <8 x float> undef, float %1310, i32 0
  %splat92 = shufflevector <8 x float> %1311, <8 x float> undef, <8 x i32> zeroinitializer
  %1312 = load <8 x float>, <8 x float>* %17, align 32
  %1313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1303, <8 x float> %1312)
  store <8 x float> %1313, <8 x float>* %17, align 32
  %1314 = load <8 x float>, <8 x float>* %13, align 32
  %1315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1307, <8 x float> %1314)
  store <8 x float> %1315, <8 x float>* %13, align 32
  %1316 = add i64 %1018, 15
  %1317 = getelementptr inbounds float, float* %47, i64 %1316
  %1318 = load float, float* %1317, align 4
  %1319 = insertelement <8 x float> undef, float %1318, i32 0
  %splat93 = shufflevector <8 x float> %1319, <8 x float> undef, <8 x i32> zeroinitializer
  %1320 = load <8 x float>, <8 x float>* %16, align 32
  %1321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1303, <8 x float> %1320)
  store <8 x float> %1321, <8 x float>* %16, align 32
  %1322 = load <8 x float>, <8 x float>* %12, align 32
  %1323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1307, <8 x float> %1322)
  store <8 x float> %1323, <8 x float>* %12, align 32
  %1324 = add i64 %1018, 23
  %1325 = getelementptr inbounds float, float* %47, i64 %1324
  %1326 = load float, float* %1325, align 4
  %1327 = insertelement <8 x float> undef, float %1326, i32 0
  %splat94 = shufflevector <8 x float> %1327, <8 x float> undef, <8 x i32> zeroinitializer
  %1328 = load <8 x float>, <8 x float>* %15, align 32
  %1329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1303, <8 x float> %1328)
  store <8 x float> %1329, <8 x float>* %15, align 32
  %1330 = load <8 x float>, <8 x float>* %11, align 32
  %1331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1307, <8 x float> %1330)
  store <8 x float> %1331, <8 x float>* %11, align 32
  %1332 = add i64 %1018, 31
  %1333 = getelementptr inbounds float, float* %47, i64 %1332
  %1334 = load float, float* %1333, align 4
  %1335 = insertelement <8 x float> undef, float %1334, i32 0
  %splat95 = shufflevector <8 x float> %1335, <8 x float> undef, <8 x i32> zeroinitializer
  %1336 = load <8 x float>, <8 x float>* %14, align 32
  %1337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1303, <8 x float> %1336)
  store <8 x float> %1337, <8 x float>* %14, align 32
  %1338 = load <8 x float>, <8 x float>* %10, align 32
  %1339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1307, <8 x float> %1338)
  store <8 x float> %1339, <8 x float>* %10, align 32
  %u.next96 = add i64 %u63, 1
  br label %u.header60

u.exit62:                                         ; preds = %u.header60
  %1340 = load <8 x float>, <8 x float>* %17, align 32
  %1341 = fcmp olt <8 x float> %1340, zeroinitializer
  %1342 = select <8 x i1> %1341, <8 x float> zeroinitializer, <8 x float> %1340
  %1343 = getelementptr inbounds float, float* %0, i64 %458
  %1344 = bitcast float* %1343 to <8 x float>*
  store <8 x float> %1342, <8 x float>* %1344, align 4
  %1345 = load <8 x float>, <8 x float>* %16, align 32
  %1346 = fcmp olt <8 x float> %1345, zeroinitializer
  %1347 = select <8 x i1> %1346, <8 x float> zeroinitializer, <8 x float> %1345
  %1348 = getelementptr inbounds float, float* %0, i64 %461
  %1349 = bitcast float* %1348 to <8 x float>*
  store <8 x float> %1347, <8 x float>* %1349, align 4
  %1350 = load <8 x float>, <8 x float>* %15, align 32
  %1351 = fcmp olt <8 x float> %1350, zeroinitializer
  %1352 = select <8 x i1> %1351, <8 x float> zeroinitializer, <8 x float> %1350
  %1353 = getelementptr inbounds float, float* %0, i64 %464
  %1354 = bitcast float* %1353 to <8 x float>*
  store <8 x float> %1352, <8 x float>* %1354, align 4
  %1355 = load <8 x float>, <8 x float>* %14, align 32
  %1356 = fcmp olt <8 x float> %1355, zeroinitializer
  %1357 = select <8 x i1> %1356, <8 x float> zeroinitializer, <8 x float> %1355
  %1358 = getelementptr inbounds float, float* %0, i64 %467
  %1359 = bitcast float* %1358 to <8 x float>*
  store <8 x float> %1357, <8 x float>* %1359, align 4
  %1360 = load <8 x float>, <8 x float>* %13, align 32
  %1361 = fcmp olt <8 x float> %1360, zeroinitializer
  %1362 = select <8 x i1> %1361, <8 x float> zeroinitializer, <8 x float> %1360
  %1363 = getelementptr inbounds float, float* %0, i64 %474
  %1364 = bitcast float* %1363 to <8 x float>*
  store <8 x float> %1362, <8 x float>* %1364, align 4
  %1365 = load <8 x float>, <8 x float>* %12, align 32
  %1366 = fcmp olt <8 x float> %1365, zeroinitializer
  %1367 = select <8 x i1> %1366, <8 x float> zeroinitializer, <8 x float> %1365
  %1368 = getelementptr inbounds float, float* %0, i64 %477
  %1369 = bitcast float* %1368 to <8 x float>*
  store <8 x float> %1367, <8 x float>* %1369, align 4
  %1370 = load <8 x float>, <8 x float>* %11, align 32
  %1371 = fcmp olt <8 x float> %1370, zeroinitializer
  %1372 = select <8 x i1> %1371, <8 x float> zeroinitializer, <8 x float> %1370
  %1373 = getelementptr inbounds float, float* %0, i64 %480
  %1374 = bitcast float* %1373 to <8 x float>*
  store <8 x float> %1372, <8 x float>* %1374, align 4
  %1375 = load <8 x float>, <8 x float>* %10, align 32
  %1376 = fcmp olt <8 x float> %1375, zeroinitializer
  %1377 = select <8 x i1> %1376, <8 x float> zeroinitializer, <8 x float> %1375
  %1378 = getelementptr inbounds float, float* %0, i64 %483
  %1379 = bitcast float* %1378 to <8 x float>*
  store <8 x float> %1377, <8 x float>* %1379, align 4
  %block.group.next = add i64 %block.group, 1
  br label %block.group.header
}

; Function Attrs: noinline nounwind
define internal void @node2.conv2d_3.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = getelementptr inbounds i8*, i8** %1, i64 6
  %21 = load i8*, i8** %20, align 8
  %22 = bitcast i8* %21 to float*
  %23 = getelementptr inbounds i8*, i8** %1, i64 7
  %24 = load i8*, i8** %23, align 8
  %25 = bitcast i8* %24 to float*
  %26 = call i32 @omp_get_thread_num()
  %27 = sext i32 %26 to i64
  %28 = call i32 @omp_get_num_threads()
  %29 = sext i32 %28 to i64
  %30 = sub i64 %29, 1
  %31 = add i64 28, %30
  %32 = sdiv i64 %31, %29
  %33 = mul i64 %27, %32
  %34 = icmp slt i64 %33, 28
  %35 = select i1 %34, i64 %33, i64 28
  %36 = add i64 %35, %32
  %37 = icmp slt i64 %36, 28
  %38 = select i1 %37, i64 %36, i64 28
  call void @node2.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %35, i64 %38)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, float* %6, float* %7, i64 %8, i64 %9) #0 {
entry:
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  %39 = alloca <8 x float>, align 32
  %40 = alloca <8 x float>, align 32
  %41 = alloca <8 x float>, align 32
  %42 = alloca <8 x float>, align 32
  %43 = alloca <8 x float>, align 32
  %44 = alloca <8 x float>, align 32
  %45 = alloca <8 x float>, align 32
  %46 = alloca <8 x float>, align 32
  %47 = alloca <8 x float>, align 32
  %48 = alloca <8 x float>, align 32
  %49 = alloca <8 x float>, align 32
  %50 = alloca <8 x float>, align 32
  %51 = alloca <8 x float>, align 32
  %52 = alloca <8 x float>, align 32
  %band = alloca [14336 x float], align 64
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %8, %entry ], [ %task.next, %block.group.exit ]
  %53 = icmp slt i64 %task, %9
  br i1 %53, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %54 = srem i64 %task, 1
  %55 = sdiv i64 %task, 1
  %56 = srem i64 %55, 28
  %57 = sdiv i64 %task, 28
  %58 = bitcast [14336 x float]* %band to float*
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %59 = icmp slt i64 %channel.block, 16
  br i1 %59, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %60 = mul i64 %57, 16
  %61 = add i64 %60, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %62 = mul i64 %54, 8
  %63 = add i64 %62, 8
  %64 = icmp slt i64 %63, 8
  %65 = select i1 %64, i64 %63, i64 8
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit10, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit10 ]
  %66 = icmp slt i64 %band.row, 2
  br i1 %66, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %67 = mul i64 %56, 2
  %68 = add i64 %67, %band.row
  %69 = mul i64 %channel.block, 2
  %70 = add i64 %69, %band.row
  %71 = mul i64 %70, 448
  %72 = srem i64 %61, 16
  %73 = mul i64 %61, 25088
  %74 = mul i64 %68, 1
  %75 = sub i64 %74, 1
  %76 = mul i64 %72, 8
  %77 = getelementptr inbounds float, float* %7, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %79 = load <8 x float>, <8 x float>* %78, align 4
  store <8 x float> %79, <8 x float>* %52, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !6

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %80 = icmp slt i64 %kh, 3
  br i1 %80, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %81 = mul i64 %kh, 1
  %82 = add i64 %75, %81
  %83 = icmp sge i64 %82, 0
  %84 = icmp slt i64 %82, 56
  %85 = and i1 %83, %84
  br i1 %85, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %86 = add i64 %71, 0
  %87 = load <8 x float>, <8 x float>* %52, align 32
  %88 = fcmp olt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> zeroinitializer, <8 x float> %87
  %90 = getelementptr inbounds float, float* %58, i64 %86
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %89, <8 x float>* %91, align 4
  br label %x.header

then:                                             ; preds = %kh.body
  %92 = mul i64 %82, 448
  %93 = add i64 %73, %92
  %94 = mul i64 %72, 3
  %95 = add i64 %94, %kh
  %96 = mul i64 %95, 24
  %97 = add i64 %96, 0
  %98 = getelementptr inbounds float, float* %6, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  %100 = load <8 x float>, <8 x float>* %99, align 4
  %101 = add i64 %96, 8
  %102 = getelementptr inbounds float, float* %6, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = add i64 %96, 16
  %106 = getelementptr inbounds float, float* %6, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  %108 = load <8 x float>, <8 x float>* %107, align 4
  %109 = add i64 %93, -8
  %110 = add i64 %109, 8
  %111 = getelementptr inbounds float, float* %1, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = load <8 x float>, <8 x float>* %52, align 32
  %115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %113, <8 x float> %104, <8 x float> %114)
  store <8 x float> %115, <8 x float>* %52, align 32
  %116 = add i64 %109, 16
  %117 = getelementptr inbounds float, float* %1, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = load <8 x float>, <8 x float>* %52, align 32
  %121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %119, <8 x float> %108, <8 x float> %120)
  store <8 x float> %121, <8 x float>* %52, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

x.header:                                         ; preds = %kh.exit3, %kh.exit
  %x = phi i64 [ 1, %kh.exit ], [ %x.next, %kh.exit3 ]
  %122 = icmp slt i64 %x, 45
  br i1 %122, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %79, <8 x float>* %51, align 32
  store <8 x float> %79, <8 x float>* %50, align 32
  store <8 x float> %79, <8 x float>* %49, align 32
  store <8 x float> %79, <8 x float>* %48, align 32
  store <8 x float> %79, <8 x float>* %47, align 32
  store <8 x float> %79, <8 x float>* %46, align 32
  store <8 x float> %79, <8 x float>* %45, align 32
  store <8 x float> %79, <8 x float>* %44, align 32
  store <8 x float> %79, <8 x float>* %43, align 32
  store <8 x float> %79, <8 x float>* %42, align 32
  store <8 x float> %79, <8 x float>* %41, align 32
  %123 = mul i64 %x, 1
  %124 = sub i64 %123, 1
  br label %kh.header1

x.exit:                                           ; preds = %x.header
  store <8 x float> %79, <8 x float>* %40, align 32
  store <8 x float> %79, <8 x float>* %39, align 32
  store <8 x float> %79, <8 x float>* %38, align 32
  store <8 x float> %79, <8 x float>* %37, align 32
  store <8 x float> %79, <8 x float>* %36, align 32
  store <8 x float> %79, <8 x float>* %35, align 32
  store <8 x float> %79, <8 x float>* %34, align 32
  store <8 x float> %79, <8 x float>* %33, align 32
  store <8 x float> %79, <8 x float>* %32, align 32
  store <8 x float> %79, <8 x float>* %31, align 32
  store <8 x float> %79, <8 x float>* %30, align 32
  br label %kh.header8

kh.header1:                                       ; preds = %endif6, %x.body
  %kh4 = phi i64 [ 0, %x.body ], [ %kh.next7, %endif6 ]
  %125 = icmp slt i64 %kh4, 3
  br i1 %125, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %126 = mul i64 %kh4, 1
  %127 = add i64 %75, %126
  %128 = icmp sge i64 %127, 0
  %129 = icmp slt i64 %127, 56
  %130 = and i1 %128, %129
  br i1 %130, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %131 = add i64 %x, 0
  %132 = mul i64 %131, 8
  %133 = add i64 %71, %132
  %134 = load <8 x float>, <8 x float>* %51, align 32
  %135 = fcmp olt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> zeroinitializer, <8 x float> %134
  %137 = getelementptr inbounds float, float* %58, i64 %133
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %136, <8 x float>* %138, align 4
  %139 = add i64 %x, 1
  %140 = mul i64 %139, 8
  %141 = add i64 %71, %140
  %142 = load <8 x float>, <8 x float>* %50, align 32
  %143 = fcmp olt <8 x float> %142, zeroinitializer
  %144 = select <8 x i1> %143, <8 x float> zeroinitializer, <8 x float> %142
  %145 = getelementptr inbounds float, float* %58, i64 %141
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %144, <8 x float>* %146, align 4
  %147 = add i64 %x, 2
  %148 = mul i64 %147, 8
  %149 = add i64 %71, %148
  %150 = load <8 x float>, <8 x float>* %49, align 32
  %151 = fcmp olt <8 x float> %150, zeroinitializer
  %152 = select <8 x i1> %151, <8 x float> zeroinitializer, <8 x float> %150
  %153 = getelementptr inbounds float, float* %58, i64 %149
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %152, <8 x float>* %154, align 4
  %155 = add i64 %x, 3
  %156 = mul i64 %155, 8
  %157 = add i64 %71, %156
  %158 = load <8 x float>, <8 x float>* %48, align 32
  %159 = fcmp olt <8 x float> %158, zeroinitializer
  %160 = select <8 x i1> %159, <8 x float> zeroinitializer, <8 x float> %158
  %161 = getelementptr inbounds float, float* %58, i64 %157
  %162 = bitcast float* %161 to <8 x float>*
  store <8 x float> %160, <8 x float>* %162, align 4
  %163 = add i64 %x, 4
  %164 = mul i64 %163, 8
  %165 = add i64 %71, %164
  %166 = load <8 x float>, <8 x float>* %47, align 32
  %167 = fcmp olt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> zeroinitializer, <8 x float> %166
  %169 = getelementptr inbounds float, float* %58, i64 %165
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %168, <8 x float>* %170, align 4
  %171 = add i64 %x, 5
  %172 = mul i64 %171, 8
  %173 = add i64 %71, %172
  %174 = load <8 x float>, <8 x float>* %46, align 32
  %175 = fcmp olt <8 x float> %174, zeroinitializer
  %176 = select <8 x i1> %175, <8 x float> zeroinitializer, <8 x float> %174
  %177 = getelementptr inbounds float, float* %58, i64 %173
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %176, <8 x float>* %178, align 4
  %179 = add i64 %x, 6
  %180 = mul i64 %179, 8
  %181 = add i64 %71, %180
  %182 = load <8 x float>, <8 x float>* %45, align 32
  %183 = fcmp olt <8 x float> %182, zeroinitializer
  %184 = select <8 x i1> %183, <8 x float> zeroinitializer, <8 x float> %182
  %185 = getelementptr inbounds float, float* %58, i64 %181
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %184, <8 x float>* %186, align 4
  %187 = add i64 %x, 7
  %188 = mul i64 %187, 8
  %189 = add i64 %71, %188
  %190 = load <8 x float>, <8 x float>* %44, align 32
  %191 = fcmp olt <8 x float> %190, zeroinitializer
  %192 = select <8 x i1> %191, <8 x float> zeroinitializer, <8 x float> %190
  %193 = getelementptr inbounds float, float* %58, i64 %189
  %194 = bitcast float* %193 to <8 x float>*
  store <8 x float> %192, <8 x float>* %194, align 4
  %195 = add i64 %x, 8
  %196 = mul i64 %195, 8
  %197 = add i64 %71, %196
  %198 = load <8 x float>, <8 x float>* %43, align 32
  %199 = fcmp olt <8 x float> %198, zeroinitializer
  %200 = select <8 x i1> %199, <8 x float> zeroinitializer, <8 x float> %198
  %201 = getelementptr inbounds float, float* %58, i64 %197
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %200, <8 x float>* %202, align 4
  %203 = add i64 %x, 9
  %204 = mul i64 %203, 8
  %205 = add i64 %71, %204
  %206 = load <8 x float>, <8 x float>* %42, align 32
  %207 = fcmp olt <8 x float> %206, zeroinitializer
  %208 = select <8 x i1> %207, <8 x float> zeroinitializer, <8 x float> %206
  %209 = getelementptr inbounds float, float* %58, i64 %205
  %210 = bitcast float* %209 to <8 x float>*
  store <8 x float> %208, <8 x float>* %210, align 4
  %211 = add i64 %x, 10
  %212 = mul i64 %211, 8
  %213 = add i64 %71, %212
  %214 = load <8 x float>, <8 x float>* %41, align 32
  %215 = fcmp olt <8 x float> %214, zeroinitializer
  %216 = select <8 x i1> %215, <8 x float> zeroinitializer, <8 x float> %214
  %217 = getelementptr inbounds float, float* %58, i64 %213
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %216, <8 x float>* %218, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then5:                                            ; preds = %kh.body2
  %219 = mul i64 %127, 448
  %220 = add i64 %73, %219
  %221 = mul i64 %72, 3
  %222 = add i64 %221, %kh4
  %223 = mul i64 %222, 24
  %224 = add i64 %223, 0
  %225 = getelementptr inbounds float, float* %6, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  %227 = load <8 x float>, <8 x float>* %226, align 4
  %228 = add i64 %223, 8
  %229 = getelementptr inbounds float, float* %6, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  %231 = load <8 x float>, <8 x float>* %230, align 4
  %232 = add i64 %223, 16
  %233 = getelementptr inbounds float, float* %6, i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  %235 = load <8 x float>, <8 x float>* %234, align 4
  %236 = mul i64 %124, 8
  %237 = add i64 %220, %236
  %238 = add i64 %237, 0
  %239 = getelementptr inbounds float, float* %1, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  %241 = load <8 x float>, <8 x float>* %240, align 4
  %242 = load <8 x float>, <8 x float>* %51, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %227, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %51, align 32
  %244 = add i64 %237, 8
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  %247 = load <8 x float>, <8 x float>* %246, align 4
  %248 = load <8 x float>, <8 x float>* %51, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %231, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %51, align 32
  %250 = load <8 x float>, <8 x float>* %50, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %227, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %50, align 32
  %252 = add i64 %237, 16
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = load <8 x float>, <8 x float>* %51, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %235, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %51, align 32
  %258 = load <8 x float>, <8 x float>* %50, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %231, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %50, align 32
  %260 = load <8 x float>, <8 x float>* %49, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %227, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %49, align 32
  %262 = add i64 %237, 24
  %263 = getelementptr inbounds float, float* %1, i64 %262
  %264 = bitcast float* %263 to <8 x float>*
  %265 = load <8 x float>, <8 x float>* %264, align 4
  %266 = load <8 x float>, <8 x float>* %50, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %265, <8 x float> %235, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %50, align 32
  %268 = load <8 x float>, <8 x float>* %49, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %265, <8 x float> %231, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %49, align 32
  %270 = load <8 x float>, <8 x float>* %48, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %265, <8 x float> %227, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %48, align 32
  %272 = add i64 %237, 32
  %273 = getelementptr inbounds float, float* %1, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  %275 = load <8 x float>, <8 x float>* %274, align 4
  %276 = load <8 x float>, <8 x float>* %49, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %275, <8 x float> %235, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %49, align 32
  %278 = load <8 x float>, <8 x float>* %48, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %275, <8 x float> %231, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %48, align 32
  %280 = load <8 x float>, <8 x float>* %47, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %275, <8 x float> %227, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %47, align 32
  %282 = add i64 %237, 40
  %283 = getelementptr inbounds float, float* %1, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  %285 = load <8 x float>, <8 x float>* %284, align 4
  %286 = load <8 x float>, <8 x float>* %48, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %235, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %48, align 32
  %288 = load <8 x float>, <8 x float>* %47, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %231, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %47, align 32
  %290 = load <8 x float>, <8 x float>* %46, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %227, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %46, align 32
  %292 = add i64 %237, 48
  %293 = getelementptr inbounds float, float* %1, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  %295 = load <8 x float>, <8 x float>* %294, align 4
  %296 = load <8 x float>, <8 x float>* %47, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %295, <8 x float> %235, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %47, align 32
  %298 = load <8 x float>, <8 x float>* %46, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %295, <8 x float> %231, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %46, align 32
  %300 = load <8 x float>, <8 x float>* %45, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %295, <8 x float> %227, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %45, align 32
  %302 = add i64 %237, 56
  %303 = getelementptr inbounds float, float* %1, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  %305 = load <8 x float>, <8 x float>* %304, align 4
  %306 = load <8 x float>, <8 x float>* %46, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %235, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %46, align 32
  %308 = load <8 x float>, <8 x float>* %45, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %231, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %45, align 32
  %310 = load <8 x float>, <8 x float>* %44, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %227, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %44, align 32
  %312 = add i64 %237, 64
  %313 = getelementptr inbounds float, float* %1, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  %315 = load <8 x float>, <8 x float>* %314, align 4
  %316 = load <8 x float>, <8 x float>* %45, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %315, <8 x float> %235, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %45, align 32
  %318 = load <8 x float>, <8 x float>* %44, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %315, <8 x float> %231, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %44, align 32
  %320 = load <8 x float>, <8 x float>* %43, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %315, <8 x float> %227, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %43, align 32
  %322 = add i64 %237, 72
  %323 = getelementptr inbounds float, float* %1, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  %325 = load <8 x float>, <8 x float>* %324, align 4
  %326 = load <8 x float>, <8 x float>* %44, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %325, <8 x float> %235, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %44, align 32
  %328 = load <8 x float>, <8 x float>* %43, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %325, <8 x float> %231, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %43, align 32
  %330 = load <8 x float>, <8 x float>* %42, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %325, <8 x float> %227, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %42, align 32
  %332 = add i64 %237, 80
  %333 = getelementptr inbounds float, float* %1, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  %335 = load <8 x float>, <8 x float>* %334, align 4
  %336 = load <8 x float>, <8 x float>* %43, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %235, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %43, align 32
  %338 = load <8 x float>, <8 x float>* %42, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %231, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %42, align 32
  %340 = load <8 x float>, <8 x float>* %41, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %227, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %41, align 32
  %342 = add i64 %237, 88
  %343 = getelementptr inbounds float, float* %1, i64 %342
  %344 = bitcast float* %343 to <8 x float>*
  %345 = load <8 x float>, <8 x float>* %344, align 4
  %346 = load <8 x float>, <8 x float>* %42, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %345, <8 x float> %235, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %42, align 32
  %348 = load <8 x float>, <8 x float>* %41, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %345, <8 x float> %231, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %41, align 32
  %350 = add i64 %237, 96
  %351 = getelementptr inbounds float, float* %1, i64 %350
  %352 = bitcast float* %351 to <8 x float>*
  %353 = load <8 x float>, <8 x float>* %352, align 4
  %354 = load <8 x float>, <8 x float>* %41, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %353, <8 x float> %235, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %41, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %x.exit
  %kh11 = phi i64 [ 0, %x.exit ], [ %kh.next14, %endif13 ]
  %356 = icmp slt i64 %kh11, 3
  br i1 %356, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %357 = mul i64 %kh11, 1
  %358 = add i64 %75, %357
  %359 = icmp sge i64 %358, 0
  %360 = icmp slt i64 %358, 56
  %361 = and i1 %359, %360
  br i1 %361, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %362 = add i64 %71, 360
  %363 = load <8 x float>, <8 x float>* %40, align 32
  %364 = fcmp olt <8 x float> %363, zeroinitializer
  %365 = select <8 x i1> %364, <8 x float> zeroinitializer, <8 x float> %363
  %366 = getelementptr inbounds float, float* %58, i64 %362
  %367 = bitcast float* %366 to <8 x float>*
  store <8 x float> %365, <8 x float>* %367, align 4
  %368 = add i64 %71, 368
  %369 = load <8 x float>, <8 x float>* %39, align 32
  %370 = fcmp olt <8 x float> %369, zeroinitializer
  %371 = select <8 x i1> %370, <8 x float> zeroinitializer, <8 x float> %369
  %372 = getelementptr inbounds float, float* %58, i64 %368
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %371, <8 x float>* %373, align 4
  %374 = add i64 %71, 376
  %375 = load <8 x float>, <8 x float>* %38, align 32
  %376 = fcmp olt <8 x float> %375, zeroinitializer
  %377 = select <8 x i1> %376, <8 x float> zeroinitializer, <8 x float> %375
  %378 = getelementptr inbounds float, float* %58, i64 %374
  %379 = bitcast float* %378 to <8 x float>*
  store <8 x float> %377, <8 x float>* %379, align 4
  %380 = add i64 %71, 384
  %381 = load <8 x float>, <8 x float>* %37, align 32
  %382 = fcmp olt <8 x float> %381, zeroinitializer
  %383 = select <8 x i1> %382, <8 x float> zeroinitializer, <8 x float> %381
  %384 = getelementptr inbounds float, float* %58, i64 %380
  %385 = bitcast float* %384 to <8 x float>*
  store <8 x float> %383, <8 x float>* %385, align 4
  %386 = add i64 %71, 392
  %387 = load <8 x float>, <8 x float>* %36, align 32
  %388 = fcmp olt <8 x float> %387, zeroinitializer
  %389 = select <8 x i1> %388, <8 x float> zeroinitializer, <8 x float> %387
  %390 = getelementptr inbounds float, float* %58, i64 %386
  %391 = bitcast float* %390 to <8 x float>*
  store <8 x float> %389, <8 x float>* %391, align 4
  %392 = add i64 %71, 400
  %393 = load <8 x float>, <8 x float>* %35, align 32
  %394 = fcmp olt <8 x float> %393, zeroinitializer
  %395 = select <8 x i1> %394, <8 x float> zeroinitializer, <8 x float> %393
  %396 = getelementptr inbounds float, float* %58, i64 %392
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %395, <8 x float>* %397, align 4
  %398 = add i64 %71, 408
  %399 = load <8 x float>, <8 x float>* %34, align 32
  %400 = fcmp olt <8 x float> %399, zeroinitializer
  %401 = select <8 x i1> %400, <8 x float> zeroinitializer, <8 x float> %399
  %402 = getelementptr inbounds float, float* %58, i64 %398
  %403 = bitcast float* %402 to <8 x float>*
  store <8 x float> %401, <8 x float>* %403, align 4
  %404 = add i64 %71, 416
  %405 = load <8 x float>, <8 x float>* %33, align 32
  %406 = fcmp olt <8 x float> %405, zeroinitializer
  %407 = select <8 x i1> %406, <8 x float> zeroinitializer, <8 x float> %405
  %408 = getelementptr inbounds float, float* %58, i64 %404
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %407, <8 x float>* %409, align 4
  %410 = add i64 %71, 424
  %411 = load <8 x float>, <8 x float>* %32, align 32
  %412 = fcmp olt <8 x float> %411, zeroinitializer
  %413 = select <8 x i1> %412, <8 x float> zeroinitializer, <8 x float> %411
  %414 = getelementptr inbounds float, float* %58, i64 %410
  %415 = bitcast float* %414 to <8 x float>*
  store <8 x float> %413, <8 x float>* %415, align 4
  %416 = add i64 %71, 432
  %417 = load <8 x float>, <8 x float>* %31, align 32
  %418 = fcmp olt <8 x float> %417, zeroinitializer
  %419 = select <8 x i1> %418, <8 x float> zeroinitializer, <8 x float> %417
  %420 = getelementptr inbounds float, float* %58, i64 %416
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %419, <8 x float>* %421, align 4
  %422 = add i64 %71, 440
  %423 = load <8 x float>, <8 x float>* %30, align 32
  %424 = fcmp olt <8 x float> %423, zeroinitializer
  %425 = select <8 x i1> %424, <8 x float> zeroinitializer, <8 x float> %423
  %426 = getelementptr inbounds float, float* %58, i64 %422
  %427 = bitcast float* %426 to <8 x float>*
  store <8 x float> %425, <8 x float>* %427, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !7

then12:                                           ; preds = %kh.body9
  %428 = mul i64 %358, 448
  %429 = add i64 %73, %428
  %430 = mul i64 %72, 3
  %431 = add i64 %430, %kh11
  %432 = mul i64 %431, 24
  %433 = add i64 %432, 0
  %434 = getelementptr inbounds float, float* %6, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  %436 = load <8 x float>, <8 x float>* %435, align 4
  %437 = add i64 %432, 8
  %438 = getelementptr inbounds float, float* %6, i64 %437
  %439 = bitcast float* %438 to <8 x float>*
  %440 = load <8 x float>, <8 x float>* %439, align 4
  %441 = add i64 %432, 16
  %442 = getelementptr inbounds float, float* %6, i64 %441
  %443 = bitcast float* %442 to <8 x float>*
  %444 = load <8 x float>, <8 x float>* %443, align 4
  %445 = add i64 %429, 352
  %446 = add i64 %445, 0
  %447 = getelementptr inbounds float, float* %1, i64 %446
  %448 = bitcast float* %447 to <8 x float>*
  %449 = load <8 x float>, <8 x float>* %448, align 4
  %450 = load <8 x float>, <8 x float>* %40, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %449, <8 x float> %436, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %40, align 32
  %452 = add i64 %445, 8
  %453 = getelementptr inbounds float, float* %1, i64 %452
  %454 = bitcast float* %453 to <8 x float>*
  %455 = load <8 x float>, <8 x float>* %454, align 4
  %456 = load <8 x float>, <8 x float>* %40, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %440, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %40, align 32
  %458 = load <8 x float>, <8 x float>* %39, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %436, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %39, align 32
  %460 = add i64 %445, 16
  %461 = getelementptr inbounds float, float* %1, i64 %460
  %462 = bitcast float* %461 to <8 x float>*
  %463 = load <8 x float>, <8 x float>* %462, align 4
  %464 = load <8 x float>, <8 x float>* %40, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %463, <8 x float> %444, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %40, align 32
  %466 = load <8 x float>, <8 x float>* %39, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %463, <8 x float> %440, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %39, align 32
  %468 = load <8 x float>, <8 x float>* %38, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %463, <8 x float> %436, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %38, align 32
  %470 = add i64 %445, 24
  %471 = getelementptr inbounds float, float* %1, i64 %470
  %472 = bitcast float* %471 to <8 x float>*
  %473 = load <8 x float>, <8 x float>* %472, align 4
  %474 = load <8 x float>, <8 x float>* %39, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %473, <8 x float> %444, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %39, align 32
  %476 = load <8 x float>, <8 x float>* %38, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %473, <8 x float> %440, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %38, align 32
  %478 = load <8 x float>, <8 x float>* %37, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %473, <8 x float> %436, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %37, align 32
  %480 = add i64 %445, 32
  %481 = getelementptr inbounds float, float* %1, i64 %480
  %482 = bitcast float* %481 to <8 x float>*
  %483 = load <8 x float>, <8 x float>* %482, align 4
  %484 = load <8 x float>, <8 x float>* %38, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %483, <8 x float> %444, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %38, align 32
  %486 = load <8 x float>, <8 x float>* %37, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %483, <8 x float> %440, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %37, align 32
  %488 = load <8 x float>, <8 x float>* %36, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %483, <8 x float> %436, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %36, align 32
  %490 = add i64 %445, 40
  %491 = getelementptr inbounds float, float* %1, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  %493 = load <8 x float>, <8 x float>* %492, align 4
  %494 = load <8 x float>, <8 x float>* %37, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %444, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %37, align 32
  %496 = load <8 x float>, <8 x float>* %36, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %440, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %36, align 32
  %498 = load <8 x float>, <8 x float>* %35, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %436, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %35, align 32
  %500 = add i64 %445, 48
  %501 = getelementptr inbounds float, float* %1, i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  %503 = load <8 x float>, <8 x float>* %502, align 4
  %504 = load <8 x float>, <8 x float>* %36, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %444, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %36, align 32
  %506 = load <8 x float>, <8 x float>* %35, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %440, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %35, align 32
  %508 = load <8 x float>, <8 x float>* %34, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %436, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %34, align 32
  %510 = add i64 %445, 56
  %511 = getelementptr inbounds float, float* %1, i64 %510
  %512 = bitcast float* %511 to <8 x float>*
  %513 = load <8 x float>, <8 x float>* %512, align 4
  %514 = load <8 x float>, <8 x float>* %35, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> %444, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %35, align 32
  %516 = load <8 x float>, <8 x float>* %34, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> %440, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %34, align 32
  %518 = load <8 x float>, <8 x float>* %33, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> %436, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %33, align 32
  %520 = add i64 %445, 64
  %521 = getelementptr inbounds float, float* %1, i64 %520
  %522 = bitcast float* %521 to <8 x float>*
  %523 = load <8 x float>, <8 x float>* %522, align 4
  %524 = load <8 x float>, <8 x float>* %34, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> %444, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %34, align 32
  %526 = load <8 x float>, <8 x float>* %33, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> %440, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %33, align 32
  %528 = load <8 x float>, <8 x float>* %32, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> %436, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %32, align 32
  %530 = add i64 %445, 72
  %531 = getelementptr inbounds float, float* %1, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  %533 = load <8 x float>, <8 x float>* %532, align 4
  %534 = load <8 x float>, <8 x float>* %33, align 32
  %535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %533, <8 x float> %444, <8 x float> %534)
  store <8 x float> %535, <8 x float>* %33, align 32
  %536 = load <8 x float>, <8 x float>* %32, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %533, <8 x float> %440, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %32, align 32
  %538 = load <8 x float>, <8 x float>* %31, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %533, <8 x float> %436, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %31, align 32
  %540 = add i64 %445, 80
  %541 = getelementptr inbounds float, float* %1, i64 %540
  %542 = bitcast float* %541 to <8 x float>*
  %543 = load <8 x float>, <8 x float>* %542, align 4
  %544 = load <8 x float>, <8 x float>* %32, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %543, <8 x float> %444, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %32, align 32
  %546 = load <8 x float>, <8 x float>* %31, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %543, <8 x float> %440, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %31, align 32
  %548 = load <8 x float>, <8 x float>* %30, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %543, <8 x float> %436, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %30, align 32
  %550 = add i64 %445, 88
  %551 = getelementptr inbounds float, float* %1, i64 %550
  %552 = bitcast float* %551 to <8 x float>*
  %553 = load <8 x float>, <8 x float>* %552, align 4
  %554 = load <8 x float>, <8 x float>* %31, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %553, <8 x float> %444, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %31, align 32
  %556 = load <8 x float>, <8 x float>* %30, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %553, <8 x float> %440, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %30, align 32
  br label %endif13

endif13:                                          ; preds = %then12, %kh.body9
  %kh.next14 = add i64 %kh11, 1
  br label %kh.header8

block.group.header:                               ; preds = %u.exit69, %channel.block.exit
  %block.group = phi i64 [ %62, %channel.block.exit ], [ %block.group.next, %u.exit69 ]
  %558 = icmp slt i64 %block.group, %65
  br i1 %558, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %559 = mul i64 %block.group, 2
  %560 = add i64 0, %559
  %561 = mul i64 %56, 112
  %562 = mul i64 %block.group, 2
  %563 = add i64 0, %562
  %564 = mul i64 %563, 1024
  br label %x.header15

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header15:                                       ; preds = %u.exit, %block.group.body
  %x18 = phi i64 [ 0, %block.group.body ], [ %x.next66, %u.exit ]
  %565 = icmp slt i64 %x18, 108
  br i1 %565, label %x.body16, label %x.exit17

x.body16:                                         ; preds = %x.header15
  %566 = add i64 %561, %x18
  %567 = mul i64 %57, 16
  %568 = add i64 %567, %560
  %569 = add i64 %568, 0
  %570 = mul i64 %569, 25088
  %571 = add i64 %566, 0
  %572 = mul i64 %571, 8
  %573 = add i64 %570, %572
  %574 = add i64 %566, 1
  %575 = mul i64 %574, 8
  %576 = add i64 %570, %575
  %577 = add i64 %566, 2
  %578 = mul i64 %577, 8
  %579 = add i64 %570, %578
  %580 = add i64 %566, 3
  %581 = mul i64 %580, 8
  %582 = add i64 %570, %581
  %583 = add i64 %566, 4
  %584 = mul i64 %583, 8
  %585 = add i64 %570, %584
  %586 = add i64 %566, 5
  %587 = mul i64 %586, 8
  %588 = add i64 %570, %587
  %589 = mul i64 %57, 16
  %590 = add i64 %589, %560
  %591 = add i64 %590, 1
  %592 = mul i64 %591, 25088
  %593 = add i64 %566, 0
  %594 = mul i64 %593, 8
  %595 = add i64 %592, %594
  %596 = add i64 %566, 1
  %597 = mul i64 %596, 8
  %598 = add i64 %592, %597
  %599 = add i64 %566, 2
  %600 = mul i64 %599, 8
  %601 = add i64 %592, %600
  %602 = add i64 %566, 3
  %603 = mul i64 %602, 8
  %604 = add i64 %592, %603
  %605 = add i64 %566, 4
  %606 = mul i64 %605, 8
  %607 = add i64 %592, %606
  %608 = add i64 %566, 5
  %609 = mul i64 %608, 8
  %610 = add i64 %592, %609
  %611 = add i64 %563, 0
  %612 = mul i64 %611, 8
  %613 = getelementptr inbounds float, float* %5, i64 %612
  %614 = bitcast float* %613 to <8 x float>*
  %615 = load <8 x float>, <8 x float>* %614, align 4
  %616 = add i64 %563, 1
  %617 = mul i64 %616, 8
  %618 = getelementptr inbounds float, float* %5, i64 %617
  %619 = bitcast float* %618 to <8 x float>*
  %620 = load <8 x float>, <8 x float>* %619, align 4
  store <8 x float> %615, <8 x float>* %29, align 32
  store <8 x float> %615, <8 x float>* %28, align 32
  store <8 x float> %615, <8 x float>* %27, align 32
  store <8 x float> %615, <8 x float>* %26, align 32
  store <8 x float> %615, <8 x float>* %25, align 32
  store <8 x float> %615, <8 x float>* %24, align 32
  store <8 x float> %620, <8 x float>* %23, align 32
  store <8 x float> %620, <8 x float>* %22, align 32
  store <8 x float> %620, <8 x float>* %21, align 32
  store <8 x float> %620, <8 x float>* %20, align 32
  store <8 x float> %620, <8 x float>* %19, align 32
  store <8 x float> %620, <8 x float>* %18, align 32
  %621 = mul i64 %x18, 8
  %622 = add i64 0, %621
  %623 = add i64 0, %622
  br label %u.header

x.exit17:                                         ; preds = %x.header15
  %624 = add i64 %561, 108
  %625 = mul i64 %57, 16
  %626 = add i64 %625, %560
  %627 = add i64 %626, 0
  %628 = mul i64 %627, 25088
  %629 = add i64 %624, 0
  %630 = mul i64 %629, 8
  %631 = add i64 %628, %630
  %632 = add i64 %624, 1
  %633 = mul i64 %632, 8
  %634 = add i64 %628, %633
  %635 = add i64 %624, 2
  %636 = mul i64 %635, 8
  %637 = add i64 %628, %636
  %638 = add i64 %624, 3
  %639 = mul i64 %638, 8
  %640 = add i64 %628, %639
  %641 = mul i64 %57, 16
  %642 = add i64 %641, %560
  %643 = add i64 %642, 1
  %644 = mul i64 %643, 25088
  %645 = add i64 %624, 0
  %646 = mul i64 %645, 8
  %647 = add i64 %644, %646
  %648 = add i64 %624, 1
  %649 = mul i64 %648, 8
  %650 = add i64 %644, %649
  %651 = add i64 %624, 2
  %652 = mul i64 %651, 8
  %653 = add i64 %644, %652
  %654 = add i64 %624, 3
  %655 = mul i64 %654, 8
  %656 = add i64 %644, %655
  %657 = add i64 %563, 0
  %658 = mul i64 %657, 8
  %659 = getelementptr inbounds float, float* %5, i64 %658
  %660 = bitcast float* %659 to <8 x float>*
  %661 = load <8 x float>, <8 x float>* %660, align 4
  %662 = add i64 %563, 1
  %663 = mul i64 %662, 8
  %664 = getelementptr inbounds float, float* %5, i64 %663
  %665 = bitcast float* %664 to <8 x float>*
  %666 = load <8 x float>, <8 x float>* %665, align 4
  store <8 x float> %661, <8 x float>* %17, align 32
  store <8 x float> %661, <8 x float>* %16, align 32
  store <8 x float> %661, <8 x float>* %15, align 32
  store <8 x float> %661, <8 x float>* %14, align 32
  store <8 x float> %666, <8 x float>* %13, align 32
  store <8 x float> %666, <8 x float>* %12, align 32
  store <8 x float> %666, <8 x float>* %11, align 32
  store <8 x float> %666, <8 x float>* %10, align 32
  br label %u.header67

u.header:                                         ; preds = %u.body, %x.body16
  %u = phi i64 [ 0, %x.body16 ], [ %u.next, %u.body ]
  %667 = icmp slt i64 %u, 16
  br i1 %667, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %668 = add i64 0, %u
  %669 = mul i64 %668, 896
  %670 = add i64 %623, %669
  %671 = mul i64 %668, 64
  %672 = add i64 %564, %671
  %673 = add i64 %670, 0
  %674 = add i64 %673, 0
  %675 = add i64 %672, 0
  %676 = add i64 %675, 0
  %677 = getelementptr inbounds float, float* %4, i64 %676
  %678 = bitcast float* %677 to <8 x float>*
  %679 = load <8 x float>, <8 x float>* %678, align 4
  %680 = add i64 %675, 1024
  %681 = getelementptr inbounds float, float* %4, i64 %680
  %682 = bitcast float* %681 to <8 x float>*
  %683 = load <8 x float>, <8 x float>* %682, align 4
  %684 = add i64 %674, 0
  %685 = getelementptr inbounds float, float* %58, i64 %684
  %686 = load float, float* %685, align 4
  %687 = insertelement <8 x float> undef, float %686, i32 0
  %splat = shufflevector <8 x float> %687, <8 x float> undef, <8 x i32> zeroinitializer
  %688 = load <8 x float>, <8 x float>* %29, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %679, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %29, align 32
  %690 = load <8 x float>, <8 x float>* %23, align 32
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %683, <8 x float> %690)
  store <8 x float> %691, <8 x float>* %23, align 32
  %692 = add i64 %674, 8
  %693 = getelementptr inbounds float, float* %58, i64 %692
  %694 = load float, float* %693, align 4
  %695 = insertelement <8 x float> undef, float %694, i32 0
  %splat19 = shufflevector <8 x float> %695, <8 x float> undef, <8 x i32> zeroinitializer
  %696 = load <8 x float>, <8 x float>* %28, align 32
  %697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %679, <8 x float> %696)
  store <8 x float> %697, <8 x float>* %28, align 32
  %698 = load <8 x float>, <8 x float>* %22, align 32
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %683, <8 x float> %698)
  store <8 x float> %699, <8 x float>* %22, align 32
  %700 = add i64 %674, 16
  %701 = getelementptr inbounds float, float* %58, i64 %700
  %702 = load float, float* %701, align 4
  %703 = insertelement <8 x float> undef, float %702, i32 0
  %splat20 = shufflevector <8 x float> %703, <8 x float> undef, <8 x i32> zeroinitializer
  %704 = load <8 x float>, <8 x float>* %27, align 32
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %679, <8 x float> %704)
  store <8 x float> %705, <8 x float>* %27, align 32
  %706 = load <8 x float>, <8 x float>* %21, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %683, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %21, align 32
  %708 = add i64 %674, 24
  %709 = getelementptr inbounds float, float* %58, i64 %708
  %710 = load float, float* %709, align 4
  %711 = insertelement <8 x float> undef, float %710, i32 0
  %splat21 = shufflevector <8 x float> %711, <8 x float> undef, <8 x i32> zeroinitializer
  %712 = load <8 x float>, <8 x float>* %26, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %679, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %26, align 32
  %714 = load <8 x float>, <8 x float>* %20, align 32
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %683, <8 x float> %714)
  store <8 x float> %715, <8 x float>* %20, align 32
  %716 = add i64 %674, 32
  %717 = getelementptr inbounds float, float* %58, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat22 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %25, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %679, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %25, align 32
  %722 = load <8 x float>, <8 x float>* %19, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %683, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %19, align 32
  %724 = add i64 %674, 40
  %725 = getelementptr inbounds float, float* %58, i64 %724
  %726 = load float, float* %725, align 4
  %727 = insertelement <8 x float> undef, float %726, i32 0
  %splat23 = shufflevector <8 x float> %727, <8 x float> undef, <8 x i32> zeroinitializer
  %728 = load <8 x float>, <8 x float>* %24, align 32
  %729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %679, <8 x float> %728)
  store <8 x float> %729, <8 x float>* %24, align 32
  %730 = load <8 x float>, <8 x float>* %18, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %683, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %18, align 32
  %732 = add i64 %675, 8
  %733 = getelementptr inbounds float, float* %4, i64 %732
  %734 = bitcast float* %733 to <8 x float>*
  %735 = load <8 x float>, <8 x float>* %734, align 4
  %736 = add i64 %675, 1032
  %737 = getelementptr inbounds float, float* %4, i64 %736
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = add i64 %674, 1
  %741 = getelementptr inbounds float, float* %58, i64 %740
  %742 = load float, float* %741, align 4
  %743 = insertelement <8 x float> undef, float %742, i32 0
  %splat24 = shufflevector <8 x float> %743, <8 x float> undef, <8 x i32> zeroinitializer
  %744 = load <8 x float>, <8 x float>* %29, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %735, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %29, align 32
  %746 = load <8 x float>, <8 x float>* %23, align 32
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %739, <8 x float> %746)
  store <8 x float> %747, <8 x float>* %23, align 32
  %748 = add i64 %674, 9
  %749 = getelementptr inbounds float, float* %58, i64 %748
  %750 = load float, float* %749, align 4
  %751 = insertelement <8 x float> undef, float %750, i32 0
  %splat25 = shufflevector <8 x float> %751, <8 x float> undef, <8 x i32> zeroinitializer
  %752 = load <8 x float>, <8 x float>* %28, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %735, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %28, align 32
  %754 = load <8 x float>, <8 x float>* %22, align 32
  %755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %739, <8 x float> %754)
  store <8 x float> %755, <8 x float>* %22, align 32
  %756 = add i64 %674, 17
  %757 = getelementptr inbounds float, float* %58, i64 %756
  %758 = load float, float* %757, align 4
  %759 = insertelement <8 x float> undef, float %758, i32 0
  %splat26 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
  %760 = load <8 x float>, <8 x float>* %27, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %735, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %27, align 32
  %762 = load <8 x float>, <8 x float>* %21, align 32
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %739, <8 x float> %762)
  store <8 x float> %763, <8 x float>* %21, align 32
  %764 = add i64 %674, 25
  %765 = getelementptr inbounds float, float* %58, i64 %764
  %766 = load float, float* %765, align 4
  %767 = insertelement <8 x float> undef, float %766, i32 0
  %splat27 = shufflevector <8 x float> %767, <8 x float> undef, <8 x i32> zeroinitializer
  %768 = load <8 x float>, <8 x float>* %26, align 32
  %769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %735, <8 x float> %768)
  store <8 x float> %769, <8 x float>* %26, align 32
  %770 = load <8 x float>, <8 x float>* %20, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %739, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %20, align 32
  %772 = add i64 %674, 33
  %773 = getelementptr inbounds float, float* %58, i64 %772
  %774 = load float, float* %773, align 4
  %775 = insertelement <8 x float> undef, float %774, i32 0
  %splat28 = shufflevector <8 x float> %775, <8 x float> undef, <8 x i32> zeroinitializer
  %776 = load <8 x float>, <8 x float>* %25, align 32
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %735, <8 x float> %776)
  store <8 x float> %777, <8 x float>* %25, align 32
  %778 = load <8 x float>, <8 x float>* %19, align 32
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %739, <8 x float> %778)
  store <8 x float> %779, <8 x float>* %19, align 32
  %780 = add i64 %674, 41
  %781 = getelementptr inbounds float, float* %58, i64 %780
  %782 = load float, float* %781, align 4
  %783 = insertelement <8 x float> undef, float %782, i32 0
  %splat29 = shufflevector <8 x float> %783, <8 x float> undef, <8 x i32> zeroinitializer
  %784 = load <8 x float>, <8 x float>* %24, align 32
  %785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %735, <8 x float> %784)
  store <8 x float> %785, <8 x float>* %24, align 32
  %786 = load <8 x float>, <8 x float>* %18, align 32
  %787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %739, <8 x float> %786)
  store <8 x float> %787, <8 x float>* %18, align 32
  %788 = add i64 %675, 16
  %789 = getelementptr inbounds float, float* %4, i64 %788
  %790 = bitcast float* %789 to <8 x float>*
  %791 = load <8 x float>, <8 x float>* %790, align 4
  %792 = add i64 %675, 1040
  %793 = getelementptr inbounds float, float* %4, i64 %792
  %794 = bitcast float* %793 to <8 x float>*
  %795 = load <8 x float>, <8 x float>* %794, align 4
  %796 = add i64 %674, 2
  %797 = getelementptr inbounds float, float* %58, i64 %796
  %798 = load float, float* %797, align 4
  %799 = insertelement <8 x float> undef, float %798, i32 0
  %splat30 = shufflevector <8 x float> %799, <8 x float> undef, <8 x i32> zeroinitializer
  %800 = load <8 x float>, <8 x float>* %29, align 32
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %791, <8 x float> %800)
  store <8 x float> %801, <8 x float>* %29, align 32
  %802 = load <8 x float>, <8 x float>* %23, align 32
  %803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %795, <8 x float> %802)
  store <8 x float> %803, <8 x float>* %23, align 32
  %804 = add i64 %674, 10
  %805 = getelementptr inbounds float, float* %58, i64 %804
  %806 = load float, float* %805, align 4
  %807 = insertelement <8 x float> undef, float %806, i32 0
  %splat31 = shufflevector <8 x float> %807, <8 x float> undef, <8 x i32> zeroinitializer
  %808 = load <8 x float>, <8 x float>* %28, align 32
  %809 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %791, <8 x float> %808)
  store <8 x float> %809, <8 x float>* %28, align 32
  %810 = load <8 x float>, <8 x float>* %22, align 32
  %811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %795, <8 x float> %810)
  store <8 x float> %811, <8 x float>* %22, align 32
  %812 = add i64 %674, 18
  %813 = getelementptr inbounds float, float* %58, i64 %812
  %814 = load float, float* %813, align 4
  %815 = insertelement <8 x float> undef, float %814, i32 0
  %splat32 = shufflevector <8 x float> %815, <8 x float> undef, <8 x i32> zeroinitializer
  %816 = load <8 x float>, <8 x float>* %27, align 32
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %791, <8 x float> %816)
  store <8 x float> %817, <8 x float>* %27, align 32
  %818 = load <8 x float>, <8 x float>* %21, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %795, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %21, align 32
  %820 = add i64 %674, 26
  %821 = getelementptr inbounds float, float* %58, i64 %820
  %822 = load float, float* %821, align 4
  %823 = insertelement <8 x float> undef, float %822, i32 0
  %splat33 = shufflevector <8 x float> %823, <8 x float> undef, <8 x i32> zeroinitializer
  %824 = load <8 x float>, <8 x float>* %26, align 32
  %825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %791, <8 x float> %824)
  store <8 x float> %825, <8 x float>* %26, align 32
  %826 = load <8 x float>, <8 x float>* %20, align 32
  %827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %795, <8 x float> %826)
  store <8 x float> %827, <8 x float>* %20, align 32
  %828 = add i64 %674, 34
  %829 = getelementptr inbounds float, float* %58, i64 %828
  %830 = load float, float* %829, align 4
  %831 = insertelement <8 x float> undef, float %830, i32 0
  %splat34 = shufflevector <8 x float> %831, <8 x float> undef, <8 x i32> zeroinitializer
  %832 = load <8 x float>, <8 x float>* %25, align 32
  %833 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %791, <8 x float> %832)
  store <8 x float> %833, <8 x float>* %25, align 32
  %834 = load <8 x float>, <8 x float>* %19, align 32
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %795, <8 x float> %834)
  store <8 x float> %835, <8 x float>* %19, align 32
  %836 = add i64 %674, 42
  %837 = getelementptr inbounds float, float* %58, i64 %836
  %838 = load float, float* %837, align 4
  %839 = insertelement <8 x float> undef, float %838, i32 0
  %splat35 = shufflevector <8 x float> %839, <8 x float> undef, <8 x i32> zeroinitializer
  %840 = load <8 x float>, <8 x float>* %24, align 32
  %841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %791, <8 x float> %840)
  store <8 x float> %841, <8 x float>* %24, align 32
  %842 = load <8 x float>, <8 x float>* %18, align 32
  %843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %795, <8 x float> %842)
  store <8 x float> %843, <8 x float>* %18, align 32
  %844 = add i64 %675, 24
  %845 = getelementptr inbounds float, float* %4, i64 %844
  %846 = bitcast float* %845 to <8 x float>*
  %847 = load <8 x float>, <8 x float>* %846, align 4
  %848 = add i64 %675, 1048
  %849 = getelementptr inbounds float, float* %4, i64 %848
  %850 = bitcast float* %849 to <8 x float>*
  %851 = load <8 x float>, <8 x float>* %850, align 4
  %852 = add i64 %674, 3
  %853 = getelementptr inbounds float, float* %58, i64 %852
  %854 = load float, float* %853, align 4
  %855 = insertelement <8 x float> undef, float %854, i32 0
  %splat36 = shufflevector <8 x float> %855, <8 x float> undef, <8 x i32> zeroinitializer
  %856 = load <8 x float>, <8 x float>* %29, align 32
  %857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %847, <8 x float> %856)
  store <8 x float> %857, <8 x float>* %29, align 32
  %858 = load <8 x float>, <8 x float>* %23, align 32
  %859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %851, <8 x float> %858)
  store <8 x float> %859, <8 x float>* %23, align 32
  %860 = add i64 %674, 11
  %861 = getelementptr inbounds float, float* %58, i64 %860
  %862 = load float, float* %861, align 4
  %863 = insertelement <8 x float> undef, float %862, i32 0
  %splat37 = shufflevector <8 x float> %863, <8 x float> undef, <8 x i32> zeroinitializer
  %864 = load <8 x float>, <8 x float>* %28, align 32
  %865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %847, <8 x float> %864)
  store <8 x float> %865, <8 x float>* %28, align 32
  %866 = load <8 x float>, <8 x float>* %22, align 32
  %867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %851, <8 x float> %866)
  store <8 x float> %867, <8 x float>* %22, align 32
  %868 = add i64 %674, 19
  %869 = getelementptr inbounds float, float* %58, i64 %868
  %870 = load float, float* %869, align 4
  %871 = insertelement <8 x float> undef, float %870, i32 0
  %splat38 = shufflevector <8 x float> %871, <8 x float> undef, <8 x i32> zeroinitializer
  %872 = load <8 x float>, <8 x float>* %27, align 32
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %847, <8 x float> %872)
  store <8 x float> %873, <8 x float>* %27, align 32
  %874 = load <8 x float>, <8 x float>* %21, align 32
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %851, <8 x float> %874)
  store <8 x float> %875, <8 x float>* %21, align 32
  %876 = add i64 %674, 27
  %877 = getelementptr inbounds float, float* %58, i64 %876
  %878 = load float, float* %877, align 4
  %879 = insertelement <8 x float> undef, float %878, i32 0
  %splat39 = shufflevector <8 x float> %879, <8 x float> undef, <8 x i32> zeroinitializer
  %880 = load <8 x float>, <8 x float>* %26, align 32
  %881 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %847, <8 x float> %880)
  store <8 x float> %881, <8 x float>* %26, align 32
  %882 = load <8 x float>, <8 x float>* %20, align 32
  %883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %851, <8 x float> %882)
  store <8 x float> %883, <8 x float>* %20, align 32
  %884 = add i64 %674, 35
  %885 = getelementptr inbounds float, float* %58, i64 %884
  %886 = load float, float* %885, align 4
  %887 = insertelement <8 x float> undef, float %886, i32 0
  %splat40 = shufflevector <8 x float> %887, <8 x float> undef, <8 x i32> zeroinitializer
  %888 = load <8 x float>, <8 x float>* %25, align 32
  %889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %847, <8 x float> %888)
  store <8 x float> %889, <8 x float>* %25, align 32
  %890 = load <8 x float>, <8 x float>* %19, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %851, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %19, align 32
  %892 = add i64 %674, 43
  %893 = getelementptr inbounds float, float* %58, i64 %892
  %894 = load float, float* %893, align 4
  %895 = insertelement <8 x float> undef, float %894, i32 0
  %splat41 = shufflevector <8 x float> %895, <8 x float> undef, <8 x i32> zeroinitializer
  %896 = load <8 x float>, <8 x float>* %24, align 32
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %847, <8 x float> %896)
  store <8 x float> %897, <8 x float>* %24, align 32
  %898 = load <8 x float>, <8 x float>* %18, align 32
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %851, <8 x float> %898)
  store <8 x float> %899, <8 x float>* %18, align 32
  %900 = add i64 %675, 32
  %901 = getelementptr inbounds float, float* %4, i64 %900
  %902 = bitcast float* %901 to <8 x float>*
  %903 = load <8 x float>, <8 x float>* %902, align 4
  %904 = add i64 %675, 1056
  %905 = getelementptr inbounds float, float* %4, i64 %904
  %906 = bitcast float* %905 to <8 x float>*
  %907 = load <8 x float>, <8 x float>* %906, align 4
  %908 = add i64 %674, 4
  %909 = getelementptr inbounds float, float* %58, i64 %908
  %910 = load float, float* %909, align 4
  %911 = insertelement <8 x float> undef, float %910, i32 0
  %splat42 = shufflevector <8 x float> %911, <8 x float> undef, <8 x i32> zeroinitializer
  %912 = load <8 x float>, <8 x float>* %29, align 32
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %903, <8 x float> %912)
  store <8 x float> %913, <8 x float>* %29, align 32
  %914 = load <8 x float>, <8 x float>* %23, align 32
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %907, <8 x float> %914)
  store <8 x float> %915, <8 x float>* %23, align 32
  %916 = add i64 %674, 12
  %917 = getelementptr inbounds float, float* %58, i64 %916
  %918 = load float, float* %917, align 4
  %919 = insertelement <8 x float> undef, float %918, i32 0
  %splat43 = shufflevector <8 x float> %919, <8 x float> undef, <8 x i32> zeroinitializer
  %920 = load <8 x float>, <8 x float>* %28, align 32
  %921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %903, <8 x float> %920)
  store <8 x float> %921, <8 x float>* %28, align 32
  %922 = load <8 x float>, <8 x float>* %22, align 32
  %923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %907, <8 x float> %922)
  store <8 x float> %923, <8 x float>* %22, align 32
  %924 = add i64 %674, 20
  %925 = getelementptr inbounds float, float* %58, i64 %924
  %926 = load float, float* %925, align 4
  %927 = insertelement <8 x float> undef, float %926, i32 0
  %splat44 = shufflevector <8 x float> %927, <8 x float> undef, <8 x i32> zeroinitializer
  %928 = load <8 x float>, <8 x float>* %27, align 32
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %903, <8 x float> %928)
  store <8 x float> %929, <8 x float>* %27, align 32
  %930 = load <8 x float>, <8 x float>* %21, align 32
  %931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %907, <8 x float> %930)
  store <8 x float> %931, <8 x float>* %21, align 32
  %932 = add i64 %674, 28
  %933 = getelementptr inbounds float, float* %58, i64 %932
  %934 = load float, float* %933, align 4
  %935 = insertelement <8 x float> undef, float %934, i32 0
  %splat45 = shufflevector <8 x float> %935, <8 x float> undef, <8 x i32> zeroinitializer
  %936 = load <8 x float>, <8 x float>* %26, align 32
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %903, <8 x float> %936)
  store <8 x float> %937, <8 x float>* %26, align 32
  %938 = load <8 x float>, <8 x float>* %20, align 32
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %907, <8 x float> %938)
  store <8 x float> %939, <8 x float>* %20, align 32
  %940 = add i64 %674, 36
  %941 = getelementptr inbounds float, float* %58, i64 %940
  %942 = load float, float* %941, align 4
  %943 = insertelement <8 x float> undef, float %942, i32 0
  %splat46 = shufflevector <8 x float> %943, <8 x float> undef, <8 x i32> zeroinitializer
  %944 = load <8 x float>, <8 x float>* %25, align 32
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %903, <8 x float> %944)
  store <8 x float> %945, <8 x float>* %25, align 32
  %946 = load <8 x float>, <8 x float>* %19, align 32
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %907, <8 x float> %946)
  store <8 x float> %947, <8 x float>* %19, align 32
  %948 = add i64 %674, 44
  %949 = getelementptr inbounds float, float* %58, i64 %948
  %950 = load float, float* %949, align 4
  %951 = insertelement <8 x float> undef, float %950, i32 0
  %splat47 = shufflevector <8 x float> %951, <8 x float> undef, <8 x i32> zeroinitializer
  %952 = load <8 x float>, <8 x float>* %24, align 32
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %903, <8 x float> %952)
  store <8 x float> %953, <8 x float>* %24, align 32
  %954 = load <8 x float>, <8 x float>* %18, align 32
  %955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %907, <8 x float> %954)
  store <8 x float> %955, <8 x float>* %18, align 32
  %956 = add i64 %675, 40
  %957 = getelementptr inbounds float, float* %4, i64 %956
  %958 = bitcast float* %957 to <8 x float>*
  %959 = load <8 x float>, <8 x float>* %958, align 4
  %960 = add i64 %675, 1064
  %961 = getelementptr inbounds float, float* %4, i64 %960
  %962 = bitcast float* %961 to <8 x float>*
  %963 = load <8 x float>, <8 x float>* %962, align 4
  %964 = add i64 %674, 5
  %965 = getelementptr inbounds float, float* %58, i64 %964
  %966 = load float, float* %965, align 4
  %967 = insertelement <8 x float> undef, float %966, i32 0
  %splat48 = shufflevector <8 x float> %967, <8 x float> undef, <8 x i32> zeroinitializer
  %968 = load <8 x float>, <8 x float>* %29, align 32
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %959, <8 x float> %968)
  store <8 x float> %969, <8 x float>* %29, align 32
  %970 = load <8 x float>, <8 x float>* %23, align 32
  %971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %963, <8 x float> %970)
  store <8 x float> %971, <8 x float>* %23, align 32
  %972 = add i64 %674, 13
  %973 = getelementptr inbounds float, float* %58, i64 %972
  %974 = load float, float* %973, align 4
  %975 = insertelement <8 x float> undef, float %974, i32 0
  %splat49 = shufflevector <8 x float> %975, <8 x float> undef, <8 x i32> zeroinitializer
  %976 = load <8 x float>, <8 x float>* %28, align 32
  %977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %959, <8 x float> %976)
  store <8 x float> %977, <8 x float>* %28, align 32
  %978 = load <8 x float>, <8 x float>* %22, align 32
  %979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %963, <8 x float> %978)
  store <8 x float> %979, <8 x float>* %22, align 32
  %980 = add i64 %674, 21
  %981 = getelementptr inbounds float, float* %58, i64 %980
  %982 = load float, float* %981, align 4
  %983 = insertelement <8 x float> undef, float %982, i32 0
  %splat50 = shufflevector <8 x float> %983, <8 x float> undef, <8 x i32> zeroinitializer
  %984 = load <8 x float>, <8 x float>* %27, align 32
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %959, <8 x float> %984)
  store <8 x float> %985, <8 x float>* %27, align 32
  %986 = load <8 x float>, <8 x float>* %21, align 32
  %987 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %963, <8 x float> %986)
  store <8 x float> %987, <8 x float>* %21, align 32
  %988 = add i64 %674, 29
  %989 = getelementptr inbounds float, float* %58, i64 %988
  %990 = load float, float* %989, align 4
  %991 = insertelement <8 x float> undef, float %990, i32 0
  %splat51 = shufflevector <8 x float> %991, <8 x float> undef, <8 x i32> zeroinitializer
  %992 = load <8 x float>, <8 x float>* %26, align 32
  %993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %959, <8 x float> %992)
  store <8 x float> %993, <8 x float>* %26, align 32
  %994 = load <8 x float>, <8 x float>* %20, align 32
  %995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %963, <8 x float> %994)
  store <8 x float> %995, <8 x float>* %20, align 32
  %996 = add i64 %674, 37
  %997 = getelementptr inbounds float, float* %58, i64 %996
  %998 = load float, float* %997, align 4
  %999 = insertelement <8 x float> undef, float %998, i32 0
  %splat52 = shufflevector <8 x float> %999, <8 x float> undef, <8 x i32> zeroinitializer
  %1000 = load <8 x float>, <8 x float>* %25, align 32
  %1001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %959, <8 x float> %1000)
  store <8 x float> %1001, <8 x float>* %25, align 32
  %1002 = load <8 x float>, <8 x float>* %19, align 32
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %963, <8 x float> %1002)
  store <8 x float> %1003, <8 x float>* %19, align 32
  %1004 = add i64 %674, 45
  %1005 = getelementptr inbounds float, float* %58, i64 %1004
  %1006 = load float, float* %1005, align 4
  %1007 = insertelement <8 x float> undef, float %1006, i32 0
  %splat53 = shufflevector <8 x float> %1007, <8 x float> undef, <8 x i32> zeroinitializer
  %1008 = load <8 x float>, <8 x float>* %24, align 32
  %1009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %959, <8 x float> %1008)
  store <8 x float> %1009, <8 x float>* %24, align 32
  %1010 = load <8 x float>, <8 x float>* %18, align 32
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %963, <8 x float> %1010)
  store <8 x float> %1011, <8 x float>* %18, align 32
  %1012 = add i64 %675, 48
  %1013 = getelementptr inbounds float, float* %4, i64 %1012
  %1014 = bitcast float* %1013 to <8 x float>*
  %1015 = load <8 x float>, <8 x float>* %1014, align 4
  %1016 = add i64 %675, 1072
  %1017 = getelementptr inbounds float, float* %4, i64 %1016
  %1018 = bitcast float* %1017 to <8 x float>*
  %1019 = load <8 x float>, <8 x float>* %1018, align 4
  %1020 = add i64 %674, 6
  %1021 = getelementptr inbounds float, float* %58, i64 %1020
  %1022 = load float, float* %1021, align 4
  %1023 = insertelement <8 x float> undef, float %1022, i32 0
  %splat54 = shufflevector <8 x float> %1023, <8 x float> undef, <8 x i32> zeroinitializer
  %1024 = load <8 x float>, <8 x float>* %29, align 32
  %1025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %1015, <8 x float> %1024)
  store <8 x float> %1025, <8 x float>* %29, align 32
  %1026 = load <8 x float>, <8 x float>* %23, align 32
  %1027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %1019, <8 x float> %1026)
  store <8 x float> %1027, <8 x float>* %23, align 32
  %1028 = add i64 %674, 14
  %1029 = getelementptr inbounds float, float* %58, i64 %1028
  %1030 = load float, float* %1029, align 4
  %1031 = insertelement <8 x float> undef, float %1030, i32 0
  %splat55 = shufflevector <8 x float> %1031, <8 x float> undef, <8 x i32> zeroinitializer
  %1032 = load <8 x float>, <8 x float>* %28, align 32
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %1015, <8 x float> %1032)
  store <8 x float> %1033, <8 x float>* %28, align 32
  %1034 = load <8 x float>, <8 x float>* %22, align 32
  %1035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %1019, <8 x float> %1034)
  store <8 x float> %1035, <8 x float>* %22, align 32
  %1036 = add i64 %674, 22
  %1037 = getelementptr inbounds float, float* %58, i64 %1036
  %1038 = load float, float* %1037, align 4
  %1039 = insertelement <8 x float> undef, float %1038, i32 0
  %splat56 = shufflevector <8 x float> %1039, <8 x float> undef, <8 x i32> zeroinitializer
  %1040 = load <8 x float>, <8 x float>* %27, align 32
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %1015, <8 x float> %1040)
  store <8 x float> %1041, <8 x float>* %27, align 32
  %1042 = load <8 x float>, <8 x float>* %21, align 32
  %1043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %1019, <8 x float> %1042)
  store <8 x float> %1043, <8 x float>* %21, align 32
  %1044 = add i64 %674, 30
  %1045 = getelementptr inbounds float, float* %58, i64 %1044
  %1046 = load float, float* %1045, align 4
  %1047 = insertelement <8 x float> undef, float %1046, i32 0
  %splat57 = shufflevector <8 x float> %1047, <8 x float> undef, <8 x i32> zeroinitializer
  %1048 = load <8 x float>, <8 x float>* %26, align 32
  %1049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %1015, <8 x float> %1048)
  store <8 x float> %1049, <8 x float>* %26, align 32
  %1050 = load <8 x float>, <8 x float>* %20, align 32
  %1051 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %1019, <8 x float> %1050)
  store <8 x float> %1051, <8 x float>* %20, align 32
  %1052 = add i64 %674, 38
  %1053 = getelementptr inbounds float, float* %58, i64 %1052
  %1054 = load float, float* %1053, align 4
  %1055 = insertelement <8 x float> undef, float %1054, i32 0
  %splat58 = shufflevector <8 x float> %1055, <8 x float> undef, <8 x i32> zeroinitializer
  %1056 = load <8 x float>, <8 x float>* %25, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %1015, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %25, align 32
  %1058 = load <8 x float>, <8 x float>* %19, align 32
  %1059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %1019, <8 x float> %1058)
  store <8 x float> %1059, <8 x float>* %19, align 32
  %1060 = add i64 %674, 46
  %1061 = getelementptr inbounds float, float* %58, i64 %1060
  %1062 = load float, float* %1061, align 4
  %1063 = insertelement <8 x float> undef, float %1062, i32 0
  %splat59 = shufflevector <8 x float> %1063, <8 x float> undef, <8 x i32> zeroinitializer
  %1064 = load <8 x float>, <8 x float>* %24, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %1015, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %24, align 32
  %1066 = load <8 x float>, <8 x float>* %18, align 32
  %1067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %1019, <8 x float> %1066)
  store <8 x float> %1067, <8 x float>* %18, align 32
  %1068 = add i64 %675, 56
  %1069 = getelementptr inbounds float, float* %4, i64 %1068
  %1070 = bitcast float* %1069 to <8 x float>*
  %1071 = load <8 x float>, <8 x float>* %1070, align 4
  %1072 = add i64 %675, 1080
  %1073 = getelementptr inbounds float, float* %4, i64 %1072
  %1074 = bitcast float* %1073 to <8 x float>*
  %1075 = load <8 x float>, <8 x float>* %1074, align 4
  %1076 = add i64 %674, 7
  %1077 = getelementptr inbounds float, float* %58, i64 %1076
  %1078 = load float, float* %1077, align 4
  %1079 = insertelement <8 x float> undef, float %1078, i32 0
  %splat60 = shufflevector <8 x float> %1079, <8 x float> undef, <8 x i32> zeroinitializer
  %1080 = load <8 x float>, <8 x float>* %29, align 32
  %1081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %1071, <8 x float> %1080)
  store <8 x float> %1081, <8 x float>* %29, align 32
  %1082 = load <8 x float>, <8 x float>* %23, align 32
  %1083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %1075, <8 x float> %1082)
  store <8 x float> %1083, <8 x float>* %23, align 32
  %1084 = add i64 %674, 15
  %1085 = getelementptr inbounds float, float* %58, i64 %1084
  %1086 = load float, float* %1085, align 4
  %1087 = insertelement <8 x float> undef, float %1086, i32 0
  %splat61 = shufflevector <8 x float> %1087, <8 x float> undef, <8 x i32> zeroinitializer
  %1088 = load <8 x float>, <8 x float>* %28, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %1071, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %28, align 32
  %1090 = load <8 x float>, <8 x float>* %22, align 32
  %1091 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %1075, <8 x float> %1090)
  store <8 x float> %1091, <8 x float>* %22, align 32
  %1092 = add i64 %674, 23
  %1093 = getelementptr inbounds float, float* %58, i64 %1092
  %1094 = load float, float* %1093, align 4
  %1095 = insertelement <8 x float> undef, float %1094, i32 0
  %splat62 = shufflevector <8 x float> %1095, <8 x float> undef, <8 x i32> zeroinitializer
  %1096 = load <8 x float>, <8 x float>* %27, align 32
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %1071, <8 x float> %1096)
  store <8 x float> %1097, <8 x float>* %27, align 32
  %1098 = load <8 x float>, <8 x float>* %21, align 32
  %1099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %1075, <8 x float> %1098)
  store <8 x float> %1099, <8 x float>* %21, align 32
  %1100 = add i64 %674, 31
  %1101 = getelementptr inbounds float, float* %58, i64 %1100
  %1102 = load float, float* %1101, align 4
  %1103 = insertelement <8 x float> undef, float %1102, i32 0
  %splat63 = shufflevector <8 x float> %1103, <8 x float> undef, <8 x i32> zeroinitializer
  %1104 = load <8 x float>, <8 x float>* %26, align 32
  %1105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1071, <8 x float> %1104)
  store <8 x float> %1105, <8 x float>* %26, align 32
  %1106 = load <8 x float>, <8 x float>* %20, align 32
  %1107 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1075, <8 x float> %1106)
  store <8 x float> %1107, <8 x float>* %20, align 32
  %1108 = add i64 %674, 39
  %1109 = getelementptr inbounds float, float* %58, i64 %1108
  %1110 = load float, float* %1109, align 4
  %1111 = insertelement <8 x float> undef, float %1110, i32 0
  %splat64 = shufflevector <8 x float> %1111, <8 x float> undef, <8 x i32> zeroinitializer
  %1112 = load <8 x float>, <8 x float>* %25, align 32
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1071, <8 x float> %1112)
  store <8 x float> %1113, <8 x float>* %25, align 32
  %1114 = load <8 x float>, <8 x float>* %19, align 32
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1075, <8 x float> %1114)
  store <8 x float> %1115, <8 x float>* %19, align 32
  %1116 = add i64 %674, 47
  %1117 = getelementptr inbounds float, float* %58, i64 %1116
  %1118 = load float, float* %1117, align 4
  %1119 = insertelement <8 x float> undef, float %1118, i32 0
  %splat65 = shufflevector <8 x float> %1119, <8 x float> undef, <8 x i32> zeroinitializer
  %1120 = load <8 x float>, <8 x float>* %24, align 32
  %1121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1071, <8 x float> %1120)
  store <8 x float> %1121, <8 x float>* %24, align 32
  %1122 = load <8 x float>, <8 x float>* %18, align 32
  %1123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1075, <8 x float> %1122)
  store <8 x float> %1123, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %1124 = load <8 x float>, <8 x float>* %29, align 32
  %1125 = fcmp olt <8 x float> %1124, zeroinitializer
  %1126 = select <8 x i1> %1125, <8 x float> zeroinitializer, <8 x float> %1124
  %1127 = getelementptr inbounds float, float* %0, i64 %573
  %1128 = bitcast float* %1127 to <8 x float>*
  store <8 x float> %1126, <8 x float>* %1128, align 4
  %1129 = load <8 x float>, <8 x float>* %28, align 32
  %1130 = fcmp olt <8 x float> %1129, zeroinitializer
  %1131 = select <8 x i1> %1130, <8 x float> zeroinitializer, <8 x float> %1129
  %1132 = getelementptr inbounds float, float* %0, i64 %576
  %1133 = bitcast float* %1132 to <8 x float>*
  store <8 x float> %1131, <8 x float>* %1133, align 4
  %1134 = load <8 x float>, <8 x float>* %27, align 32
  %1135 = fcmp olt <8 x float> %1134, zeroinitializer
  %1136 = select <8 x i1> %1135, <8 x float> zeroinitializer, <8 x float> %1134
  %1137 = getelementptr inbounds float, float* %0, i64 %579
  %1138 = bitcast float* %1137 to <8 x float>*
  store <8 x float> %1136, <8 x float>* %1138, align 4
  %1139 = load <8 x float>, <8 x float>* %26, align 32
  %1140 = fcmp olt <8 x float> %1139, zeroinitializer
  %1141 = select <8 x i1> %1140, <8 x float> zeroinitializer, <8 x float> %1139
  %1142 = getelementptr inbounds float, float* %0, i64 %582
  %1143 = bitcast float* %1142 to <8 x float>*
  store <8 x float> %1141, <8 x float>* %1143, align 4
  %1144 = load <8 x float>, <8 x float>* %25, align 32
  %1145 = fcmp olt <8 x float> %1144, zeroinitializer
  %1146 = select <8 x i1> %1145, <8 x float> zeroinitializer, <8 x float> %1144
  %1147 = getelementptr inbounds float, float* %0, i64 %585
  %1148 = bitcast float* %1147 to <8 x float>*
  store <8 x float> %1146, <8 x float>* %1148, align 4
  %1149 = load <8 x float>, <8 x float>* %24, align 32
  %1150 = fcmp olt <8 x float> %1149, zeroinitializer
  %1151 = select <8 x i1> %1150, <8 x float> zeroinitializer, <8 x float> %1149
  %1152 = getelementptr inbounds float, float* %0, i64 %588
  %1153 = bitcast float* %1152 to <8 x float>*
  store <8 x float> %1151, <8 x float>* %1153, align 4
  %1154 = load <8 x float>, <8 x float>* %23, align 32
  %1155 = fcmp olt <8 x float> %1154, zeroinitializer
  %1156 = select <8 x i1> %1155, <8 x float> zeroinitializer, <8 x float> %1154
  %1157 = getelementptr inbounds float, float* %0, i64 %595
  %1158 = bitcast float* %1157 to <8 x float>*
  store <8 x float> %1156, <8 x float>* %1158, align 4
  %1159 = load <8 x float>, <8 x float>* %22, align 32
  %1160 = fcmp olt <8 x float> %1159, zeroinitializer
  %1161 = select <8 x i1> %1160, <8 x float> zeroinitializer, <8 x float> %1159
  %1162 = getelementptr inbounds float, float* %0, i64 %598
  %1163 = bitcast float* %1162 to <8 x float>*
  store <8 x float> %1161, <8 x float>* %1163, align 4
  %1164 = load <8 x float>, <8 x float>* %21, align 32
  %1165 = fcmp olt <8 x float> %1164, zeroinitializer
  %1166 = select <8 x i1> %1165, <8 x float> zeroinitializer, <8 x float> %1164
  %1167 = getelementptr inbounds float, float* %0, i64 %601
  %1168 = bitcast float* %1167 to <8 x float>*
  store <8 x float> %1166, <8 x float>* %1168, align 4
  %1169 = load <8 x float>, <8 x float>* %20, align 32
  %1170 = fcmp olt <8 x float> %1169, zeroinitializer
  %1171 = select <8 x i1> %1170, <8 x float> zeroinitializer, <8 x float> %1169
  %1172 = getelementptr inbounds float, float* %0, i64 %604
  %1173 = bitcast float* %1172 to <8 x float>*
  store <8 x float> %1171, <8 x float>* %1173, align 4
  %1174 = load <8 x float>, <8 x float>* %19, align 32
  %1175 = fcmp olt <8 x float> %1174, zeroinitializer
  %1176 = select <8 x i1> %1175, <8 x float> zeroinitializer, <8 x float> %1174
  %1177 = getelementptr inbounds float, float* %0, i64 %607
  %1178 = bitcast float* %1177 to <8 x float>*
  store <8 x float> %1176, <8 x float>* %1178, align 4
  %1179 = load <8 x float>, <8 x float>* %18, align 32
  %1180 = fcmp olt <8 x float> %1179, zeroinitializer
  %1181 = select <8 x i1> %1180, <8 x float> zeroinitializer, <8 x float> %1179
  %1182 = getelementptr inbounds float, float* %0, i64 %610
  %1183 = bitcast float* %1182 to <8 x float>*
  store <8 x float> %1181, <8 x float>* %1183, align 4
  %x.next66 = add i64 %x18, 6
  br label %x.header15

u.header67:                                       ; preds = %u.body68, %x.exit17
  %u70 = phi i64 [ 0, %x.exit17 ], [ %u.next103, %u.body68 ]
  %1184 = icmp slt i64 %u70, 16
  br i1 %1184, label %u.body68, label %u.exit69

u.body68:                                         ; preds = %u.header67
  %1185 = add i64 0, %u70
  %1186 = mul i64 %1185, 896
  %1187 = add i64 864, %1186
  %1188 = mul i64 %1185, 64
  %1189 = add i64 %564, %1188
  %1190 = add i64 %1187, 0
  %1191 = add i64 %1190, 0
  %1192 = add i64 %1189, 0
  %1193 = add i64 %1192, 0
  %1194 = getelementptr inbounds float, float* %4, i64 %1193
  %1195 = bitcast float* %1194 to <8 x float>*
  %1196 = load <8 x float>, <8 x float>* %1195, align 4
  %1197 = add i64 %1192, 1024
  %1198 = getelementptr inbounds float, float* %4, i64 %1197
  %1199 = bitcast float* %1198 to <8 x float>*
  %1200 = load <8 x float>, <8 x float>* %1199, align 4
  %1201 = add i64 %1191, 0
  %1202 = getelementptr inbounds float, float* %58, i64 %1201
  %1203 = load float, float* %1202, align 4
  %1204 = insertelement <8 x float> undef, float %1203, i32 0
  %splat71 = shufflevector <8 x float> %1204, <8 x float> undef, <8 x i32> zeroinitializer
  %1205 = load <8 x float>, <8 x float>* %17, align 32
  %1206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1196, <8 x float> %1205)
  store <8 x float> %1206, <8 x float>* %17, align 32
  %1207 = load <8 x float>, <8 x float>* %13, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1200, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %13, align 32
  %1209 = add i64 %1191, 8
  %1210 = getelementptr inbounds float, float* %58, i64 %1209
  %1211 = load float, float* %1210, align 4
  %1212 = insertelement <8 x float> undef, float %1211, i32 0
  %splat72 = shufflevector <8 x float> %1212, <8 x float> undef, <8 x i32> zeroinitializer
  %1213 = load <8 x float>, <8 x float>* %16, align 32
  %1214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1196, <8 x float> %1213)
  store <8 x float> %1214, <8 x float>* %16, align 32
  %1215 = load <8 x float>, <8 x float>* %12, align 32
  %1216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1200, <8 x float> %1215)
  store <8 x float> %1216, <8 x float>* %12, align 32
  %1217 = add i64 %1191, 16
  %1218 = getelementptr inbounds float, float* %58, i64 %1217
  %1219 = load float, float* %1218, align 4
  %1220 = insertelement <8 x float> undef, float %1219, i32 0
  %splat73 = shufflevector <8 x float> %1220, <8 x float> undef, <8 x i32> zeroinitializer
  %1221 = load <8 x float>, <8 x float>* %15, align 32
  %1222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1196, <8 x float> %1221)
  store <8 x float> %1222, <8 x float>* %15, align 32
  %1223 = load <8 x float>, <8 x float>* %11, align 32
  %1224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1200, <8 x float> %1223)
  store <8 x float> %1224, <8 x float>* %11, align 32
  %1225 = add i64 %1191, 24
  %1226 = getelementptr inbounds float, float* %58, i64 %1225
  %1227 = load float, float* %1226, align 4
  %1228 = insertelement <8 x float> undef, float %1227, i32 0
  %splat74 = shufflevector <8 x float> %1228, <8 x float> undef, <8 x i32> zeroinitializer
  %1229 = load <8 x float>, <8 x float>* %14, align 32
  %1230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1196, <8 x float> %1229)
  store <8 x float> %1230, <8 x float>* %14, align 32
  %1231 = load <8 x float>, <8 x float>* %10, align 32
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1200, <8 x float> %1231)
  store <8 x float> %1232, <8 x float>* %10, align 32
  %1233 = add i64 %1192, 8
  %1234 = getelementptr inbounds float, float* %4, i64 %1233
  %1235 = bitcast float* %1234 to <8 x float>*
  %1236 = load <8 x float>, <8 x float>* %1235, align 4
  %1237 = add i64 %1192, 1032
  %1238 = getelementptr inbounds float, float* %4, i64 %1237
  %1239 = bitcast float* %1238 to <8 x float>*
  %1240 = load <8 x float>, <8 x float>* %1239, align 4
  %1241 = add i64 %1191, 1
  %1242 = getelementptr inbounds float, float* %58, i64 %1241
  %1243 = load float, float* %1242, align 4
  %1244 = insertelement <8 x float> undef, float %1243, i32 0
  %splat75 = shufflevector <8 x float> %1244, <8 x float> undef, <8 x i32> zeroinitializer
  %1245 = load <8 x float>, <8 x float>* %17, align 32
  %1246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1236, <8 x float> %1245)
  store <8 x float> %1246, <8 x float>* %17, align 32
  %1247 = load <8 x float>, <8 x float>* %13, align 32
  %1248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1240, <8 x float> %1247)
  store <8 x float> %1248, <8 x float>* %13, align 32
  %1249 = add i64 %1191, 9
  %1250 = getelementptr inbounds float, float* %58, i64 %1249
  %1251 = load float, float* %1250, align 4
  %1252 = insertelement <8 x float> undef, float %1251, i32 0
  %splat76 = shufflevector <8 x float> %1252, <8 x float> undef, <8 x i32> zeroinitializer
  %1253 = load <8 x float>, <8 x float>* %16, align 32
  %1254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1236, <8 x float> %1253)
  store <8 x float> %1254, <8 x float>* %16, align 32
  %1255 = load <8 x float>, <8 x float>* %12, align 32
  %1256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1240, <8 x float> %1255)
  store <8 x float> %1256, <8 x float>* %12, align 32
  %1257 = add i64 %1191, 17
  %1258 = getelementptr inbounds float, float* %58, i64 %1257
  %1259 = load float, float* %1258, align 4
  %1260 = insertelement <8 x float> undef, float %1259, i32 0
  %splat77 = shufflevector <8 x float> %1260, <8 x float> undef, <8 x i32> zeroinitializer
  %1261 = load <8 x float>, <8 x float>* %15, align 32
  %1262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1236, <8 x float> %1261)
  store <8 x float> %1262, <8 x float>* %15, align 32
  %1263 = load <8 x float>, <8 x float>* %11, align 32
  %1264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1240, <8 x float> %1263)
  store <8 x float> %1264, <8 x float>* %11, align 32
  %1265 = add i64 %1191, 25
  %1266 = getelementptr inbounds float, float* %58, i64 %1265
  %1267 = load float, float* %1266, align 4
  %1268 = insertelement <8 x float> undef, float %1267, i32 0
  %splat78 = shufflevector <8 x float> %1268, <8 x float> undef, <8 x i32> zeroinitializer
  %1269 = load <8 x float>, <8 x float>* %14, align 32
  %1270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1236, <8 x float> %1269)
  store <8 x float> %1270, <8 x float>* %14, align 32
  %1271 = load <8 x float>, <8 x float>* %10, align 32
  %1272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1240, <8 x float> %1271)
  store <8 x float> %1272, <8 x float>* %10, align 32
  %1273 = add i64 %1192, 16
  %1274 = getelementptr inbounds float, float* %4, i64 %1273
  %1275 = bitcast float* %1274 to <8 x float>*
  %1276 = load <8 x float>, <8 x float>* %1275, align 4
  %1277 = add i64 %1192, 1040
  %1278 = getelementptr inbounds float, float* %4, i64 %1277
  %1279 = bitcast float* %1278 to <8 x float>*
  %1280 = load <8 x float>, <8 x float>* %1279, align 4
  %1281 = add i64 %1191, 2
  %1282 = getelementptr inbounds float, float* %58, i64 %1281
  %1283 = load float, float* %1282, align 4
  %1284 = insertelement <8 x float> undef, float %1283, i32 0
  %splat79 = shufflevector <8 x float> %1284, <8 x float> undef, <8 x i32> zeroinitializer
  %1285 = load <8 x float>, <8 x float>* %17, align 32
  %1286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1276, <8 x float> %1285)
  store <8 x float> %1286, <8 x float>* %17, align 32
  %1287 = load <8 x float>, <8 x float>* %13, align 32
  %1288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1280, <8 x float> %1287)
  store <8 x float> %1288, <8 x float>* %13, align 32
  %1289 = add i64 %1191, 10
  %1290 = getelementptr inbounds float, float* %58, i64 %1289
  %1291 = load float, float* %1290, align 4
  %1292 = insertelement <8 x float> undef, float %1291, i32 0
  %splat80 = shufflevector <8 x float> %1292, <8 x float> undef, <8 x i32> zeroinitializer
  %1293 = load <8 x float>, <8 x float>* %16, align 32
  %1294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1276, <8 x float> %1293)
  store <8 x float> %1294, <8 x float>* %16, align 32
  %1295 = load <8 x float>, <8 x float>* %12, align 32
  %1296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1280, <8 x float> %1295)
  store <8 x float> %1296, <8 x float>* %12, align 32
  %1297 = add i64 %1191, 18
  %1298 = getelementptr inbounds float, float* %58, i64 %1297
  %1299 = load float, float* %1298, align 4
  %1300 = insertelement <8 x float> undef, float %1299, i32 0
  %splat81 = shufflevector <8 x float> %1300, <8 x float> undef, <8 x i32> zeroinitializer
  %1301 = load <8 x float>, <8 x float>* %15, align 32
  %1302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1276, <8 x float> %1301)
  store <8 x float> %1302, <8 x float>* %15, align 32
  %1303 = load <8 x float>, <8 x float>* %11, align 32
  %1304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1280, <8 x float> %1303)
  store <8 x float> %1304, <8 x float>* %11, align 32
  %1305 = add i64 %1191, 26
  %1306 = getelementptr inbounds float, float* %58, i64 %1305
  %1307 = load float, float* %1306, align 4
  %1308 = insertelement <8 x float> undef, float %1307, i32 0
  %splat82 = shufflevector <8 x float> %1308, <8 x float> undef, <8 x i32> zeroinitializer
  %1309 = load <8 x float>, <8 x float>* %14, align 32
  %1310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1276, <8 x float> %1309)
  store <8 x float> %1310, <8 x float>* %14, align 32
  %1311 = load <8 x float>, <8 x float>* %10, align 32
  %1312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1280, <8 x float> %1311)
  store <8 x float> %1312, <8 x float>* %10, align 32
  %1313 = add i64 %1192, 24
  %1314 = getelementptr inbounds float, float* %4, i64 %1313
  %1315 = bitcast float* %1314 to <8 x float>*
  %1316 = load <8 x float>, <8 x float>* %1315, align 4
  %1317 = add i64 %1192, 1048
  %1318 = getelementptr inbounds float, float* %4, i64 %1317
  %1319 = bitcast float* %1318 to <8 x float>*
  %1320 = load <8 x float>, <8 x float>* %1319, align 4
  %1321 = add i64 %1191, 3
  %1322 = getelementptr inbounds float, float* %58, i64 %1321
  %1323 = load float, float* %1322, align 4
  %1324 = insertelement <8 x float> undef, float %1323, i32 0
  %splat83 = shufflevector <8 x float> %1324, <8 x float> undef, <8 x i32> zeroinitializer
  %1325 = load <8 x float>, <8 x float>* %17, align 32
  %1326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1316, <8 x float> %1325)
  store <8 x float> %1326, <8 x float>* %17, align 32
  %1327 = load <8 x float>, <8 x float>* %13, align 32
  %1328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1320, <8 x float> %1327)
  store <8 x float> %1328, <8 x float>* %13, align 32
  %1329 = add i64 %1191, 11
  %1330 = getelementptr inbounds float, float* %58, i64 %1329
  %1331 = load float, float* %1330, align 4
  %1332 = insertelement <8 x float> undef, float %1331, i32 0
  %splat84 = shufflevector <8 x float> %1332, <8 x float> undef, <8 x i32> zeroinitializer
  %1333 = load <8 x float>, <8 x float>* %16, align 32
  %1334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1316, <8 x float> %1333)
  store <8 x float> %1334, <8 x float>* %16, align 32
  %1335 = load <8 x float>, <8 x float>* %12, align 32
  %1336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1320, <8 x float> %1335)
  store <8 x float> %1336, <8 x float>* %12, align 32
  %1337 = add i64 %1191, 19
  %1338 = getelementptr inbounds float, float* %58, i64 %1337
  %1339 = load float, float* %1338, align 4
  %1340 = insertelement <8 x float> undef, float %1339, i32 0
  %splat85 = shufflevector <8 x float> %1340, <8 x float> undef, <8 x i32> zeroinitializer
  %1341 = load <8 x float>, <8 x float>* %15, align 32
  %1342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1316, <8 x float> %1341)
  store <8 x float> %1342, <8 x float>* %15, align 32
  %1343 = load <8 x float>, <8 x float>* %11, align 32
  %1344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1320, <8 x float> %1343)
  store <8 x float> %1344, <8 x float>* %11, align 32
  %1345 = add i64 %1191, 27
  %1346 = getelementptr inbounds float, float* %58, i64 %1345
  %1347 = load float, float* %1346, align 4
  %1348 = insertelement <8 x float> undef, float %1347, i32 0
  %splat86 = shufflevector <8 x float> %1348, <8 x float> undef, <8 x i32> zeroinitializer
  %1349 = load <8 x float>, <8 x float>* %14, align 32
  %1350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1316, <8 x float> %1349)
  store <8 x float> %1350, <8 x float>* %14, align 32
  %1351 = load <8 x float>, <8 x float>* %10, align 32
  %1352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1320, <8 x float> %1351)
  store <8 x float> %1352, <8 x float>* %10, align 32
  %1353 = add i64 %1192, 32
  %1354 = getelementptr inbounds float, float* %4, i64 %1353
  %1355 = bitcast float* %1354 to <8 x float>*
  %1356 = load <8 x float>, <8 x float>* %1355, align 4
  %1357 = add i64 %1192, 1056
  %1358 = getelementptr inbounds float, float* %4, i64 %1357
  %1359 = bitcast float* %1358 to <8 x float>*
  %1360 = load <8 x float>, <8 x float>* %1359, align 4
  %1361 = add i64 %1191, 4
  %1362 = getelementptr inbounds float, float* %58, i64 %1361
  %1363 = load float, float* %1362, align 4
  %1364 = insertelement <8 x float> undef, float %1363, i32 0
  %splat87 = shufflevector <8 x float> %1364, <8 x float> undef, <8 x i32> zeroinitializer
  %1365 = load <8 x float>, <8 x float>* %17, align 32
  %1366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1356, <8 x float> %1365)
  store <8 x float> %1366, <8 x float>* %17, align 32
  %1367 = load <8 x float>, <8 x float>* %13, align 32
  %1368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1360, <8 x float> %1367)
  store <8 x float> %1368, <8 x float>* %13, align 32
  %1369 = add i64 %1191, 12
  %1370 = getelementptr inbounds float, float* %58, i64 %1369
  %1371 = load float, float* %1370, align 4
  %1372 = insertelement <8 x float> undef, float %1371, i32 0
  %splat88 = shufflevector <8 x float> %1372, <8 x float> undef, <8 x i32> zeroinitializer
  %1373 = load <8 x float>, <8 x float>* %16, align 32
  %1374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1356, <8 x float> %1373)
  store <8 x float> %1374, <8 x float>* %16, align 32
  %1375 = load <8 x float>, <8 x float>* %12, align 32
  %1376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1360, <8 x float> %1375)
  store <8 x float> %1376, <8 x float>* %12, align 32
  %1377 = add i64 %1191, 20
  %1378 = getelementptr inbounds float, float* %58, i64 %1377
  %1379 = load float, float* %1378, align 4
  %1380 = insertelement <8 x float> undef, float %1379, i32 0
  %splat89 = shufflevector <8 x float> %1380, <8 x float> undef, <8 x i32> zeroinitializer
  %1381 = load <8 x float>, <8 x float>* %15, align 32
  %1382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1356, <8 x float> %1381)
  store <8 x float> %1382, <8 x float>* %15, align 32
  %1383 = load <8 x float>, <8 x float>* %11, align 32
  %1384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1360, <8 x float> %1383)
  store <8 x float> %1384, <8 x float>* %11, align 32
  %1385 = add i64 %1191, 28
  %1386 = getelementptr inbounds float, float* %58, i64 %1385
  %1387 = load float, float* %1386, align 4
  %1388 = insertelement <8 x float> undef, float %1387, i32 0
  %splat90 = shufflevector <8 x float> %1388, <8 x float> undef, <8 x i32> zeroinitializer
  %1389 = load <8 x float>, <8 x float>* %14, align 32
  %1390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1356, <8 x float> %1389)
  store <8 x float> %1390, <8 x float>* %14, align 32
  %1391 = load <8 x float>, <8 x float>* %10, align 32
  %1392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1360, <8 x float> %1391)
  store <8 x float> %1392, <8 x float>* %10, align 32
  %1393 = add i64 %1192, 40
  %1394 = getelementptr inbounds float, float* %4, i64 %1393
  %1395 = bitcast float* %1394 to <8 x float>*
  %1396 = load <8 x float>, <8 x float>* %1395, align 4
  %1397 = add i64 %1192, 1064
  %1398 = getelementptr inbounds float, float* %4, i64 %1397
  %1399 = bitcast float* %1398 to <8 x float>*
  %1400 = load <8 x float>, <8 x float>* %1399, align 4
  %1401 = add i64 %1191, 5
  %1402 = getelementptr inbounds float, float* %58, i64 %1401
  %1403 = load float, float* %1402, align 4
  %1404 = insertelement <8 x float> undef, float %1403, i32 0
  %splat91 = shufflevector <8 x float> %1404, <8 x float> undef, <8 x i32> zeroinitializer
  %1405 = load <8 x float>, <8 x float>* %17, align 32
  %1406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1396, <8 x float> %1405)
  store <8 x float> %1406, <8 x float>* %17, align 32
  %1407 = load <8 x float>, <8 x float>* %13, align 32
  %1408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1400, <8 x float> %1407)
  store <8 x float> %1408, <8 x float>* %13, align 32
  %1409 = add i64 %1191, 13
  %1410 = getelementptr inbounds float, float* %58, i64 %1409
  %1411 = load float, float* %1410, align 4
  %1412 = insertelement <8 x float> undef, float %1411, i32 0
  %splat92 = shufflevector <8 x float> %1412, <8 x float> undef, <8 x i32> zeroinitializer
  %1413 = load <8 x float>, <8 x float>* %16, align 32
  %1414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1396, <8 x float> %1413)
  store <8 x float> %1414, <8 x float>* %16, align 32
  %1415 = load <8 x float>, <8 x float>* %12, align 32
  %1416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1400, <8 x float> %1415)
  store <8 x float> %1416, <8 x float>* %12, align 32
  %1417 = add i64 %1191, 21
  %1418 = getelementptr inbounds float, float* %58, i64 %1417
  %1419 = load float, float* %1418, align 4
  %1420 = insertelement <8 x float> undef, float %1419, i32 0
  %splat93 = shufflevector <8 x float> %1420, <8 x float> undef, <8 x i32> zeroinitializer
  %1421 = load <8 x float>, <8 x float>* %15, align 32
  %1422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1396, <8 x float> %1421)
  store <8 x float> %1422, <8 x float>* %15, align 32
  %1423 = load <8 x float>, <8 x float>* %11, align 32
  %1424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1400, <8 x float> %1423)
  store <8 x float> %1424, <8 x float>* %11, align 32
  %1425 = add i64 %1191, 29
  %1426 = getelementptr inbounds float, float* %58, i64 %1425
  %1427 = load float, float* %1426, align 4
  %1428 = insertelement <8 x float> undef, float %1427, i32 0
  %splat94 = shufflevector <8 x float> %1428, <8 x float> undef, <8 x i32> zeroinitializer
  %1429 = load <8 x float>, <8 x float>* %14, align 32
  %1430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1396, <8 x float> %1429)
  store <8 x float> %1430, <8 x float>* %14, align 32
  %1431 = load <8 x float>, <8 x float>* %10, align 32
  %1432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1400, <8 x float> %1431)
  store <8 x float> %1432, <8 x float>* %10, align 32
  %1433 = add i64 %1192, 48
  %1434 = getelementptr inbounds float, float* %4, i64 %1433
  %1435 = bitcast float* %1434 to <8 x float>*
  %1436 = load <8 x float>, <8 x float>* %1435, align 4
  %1437 = add i64 %1192, 1072
  %1438 = getelementptr inbounds float, float* %4, i64 %1437
  %1439 = bitcast float* %1438 to <8 x float>*
  %1440 = load <8 x float>, <8 x float>* %1439, align 4
  %1441 = add i64 %1191, 6
  %1442 = getelementptr inbounds float, float* %58, i64 %1441
  %1443 = load float, float* %1442, align 4
  %1444 = insertelement <8 x float> undef, float %1443, i32 0
  %splat95 = shufflevector <8 x float> %1444, <8 x float> undef, <8 x i32> zeroinitializer
  %1445 = load <8 x float>, <8 x float>* %17, align 32
  %1446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1436, <8 x float> %1445)
  store <8 x float> %1446, <8 x float>* %17, align 32
  %1447 = load <8 x float>, <8 x float>* %13, align 32
  %1448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1440, <8 x float> %1447)
  store <8 x float> %1448, <8 x float>* %13, align 32
  %1449 = add i64 %1191, 14
  %1450 = getelementptr inbounds float, float* %58, i64 %1449
  %1451 = load float, float* %1450, align 4
  %1452 = insertelement <8 x float> undef, float %1451, i32 0
  %splat96 = shufflevector <8 x float> %1452, <8 x float> undef, <8 x i32> zeroinitializer
  %1453 = load <8 x float>, <8 x float>* %16, align 32
  %1454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1436, <8 x float> %1453)
  store <8 x float> %1454, <8 x float>* %16, align 32
  %1455 = load <8 x float>, <8 x float>* %12, align 32
  %1456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1440, <8 x float> %1455)
  store <8 x float> %1456, <8 x float>* %12, align 32
  %1457 = add i64 %1191, 22
  %1458 = getelementptr inbounds float, float* %58, i64 %1457
  %1459 = load float, float* %1458, align 4
  %1460 = insertelement <8 x float> undef, float %1459, i32 0
  %splat97 = shufflevector <8 x float> %1460, <8 x float> undef, <8 x i32> zeroinitializer
  %1461 = load <8 x float>, <8 x float>* %15, align 32
  %1462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1436, <8 x float> %1461)
  store <8 x float> %1462, <8 x float>* %15, align 32
  %1463 = load <8 x float>, <8 x float>* %11, align 32
  %1464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1440, <8 x float> %1463)
  store <8 x float> %1464, <8 x float>* %11, align 32
  %1465 = add i64 %1191, 30
  %1466 = getelementptr inbounds float, float* %58, i64 %1465
  %1467 = load float, float* %1466, align 4
  %1468 = insertelement <8 x float> undef, float %1467, i32 0
  %splat98 = shufflevector <8 x float> %1468, <8 x float> undef, <8 x i32> zeroinitializer
  %1469 = load <8 x float>, <8 x float>* %14, align 32
  %1470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1436, <8 x float> %1469)
  store <8 x float> %1470, <8 x float>* %14, align 32
  %1471 = load <8 x float>, <8 x float>* %10, align 32
  %1472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1440, <8 x float> %1471)
  store <8 x float> %1472, <8 x float>* %10, align 32
  %1473 = add i64 %1192, 56
  %1474 = getelementptr inbounds float, float* %4, i64 %1473
  %1475 = bitcast float* %1474 to <8 x float>*
  %1476 = load <8 x float>, <8 x float>* %1475, align 4
  %1477 = add i64 %1192, 1080
  %1478 = getelementptr inbounds float, float* %4, i64 %1477
  %1479 = bitcast float* %1478 to <8 x float>*
  %1480 = load <8 x float>, <8 x float>* %1479, align 4
  %1481 = add i64 %1191, 7
  %1482 = getelementptr inbounds float, float* %58, i64 %1481
  %1483 = load float, float* %1482, align 4
  %1484 = insertelement <8 x float> undef, float %1483, i32 0
  %splat99 = shufflevector <8 x float> %1484, <8 x float> undef, <8 x i32> zeroinitializer
  %1485 = load <8 x float>, <8 x float>* %17, align 32
  %1486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1476, <8 x float> %1485)
  store <8 x float> %1486, <8 x float>* %17, align 32
  %1487 = load <8 x float>, <8 x float>* %13, align 32
  %1488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1480, <8 x float> %1487)
  store <8 x float> %1488, <8 x float>* %13, align 32
  %1489 = add i64 %1191, 15
  %1490 = getelementptr inbounds float, float* %58, i64 %1489
  %1491 = load float, float* %1490, align 4
  %1492 = insertelement <8 x float> undef, float %1491, i32 0
  %splat100 = shufflevector <8 x float> %1492, <8 x float> undef, <8 x i32> zeroinitializer
  %1493 = load <8 x float>, <8 x float>* %16, align 32
  %1494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1476, <8 x float> %1493)
  store <8 x float> %1494, <8 x float>* %16, align 32
  %1495 = load <8 x float>, <8 x float>* %12, align 32
  %1496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1480, <8 x float> %1495)
  store <8 x float> %1496, <8 x float>* %12, align 32
  %1497 = add i64 %1191, 23
  %1498 = getelementptr inbounds float, float* %58, i64 %1497
  %1499 = load float, float* %1498, align 4
  %1500 = insertelement <8 x float> undef, float %1499, i32 0
  %splat101 = shufflevector <8 x float> %1500, <8 x float> undef, <8 x i32> zeroinitializer
  %1501 = load <8 x float>, <8 x float>* %15, align 32
  %1502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1476, <8 x float> %1501)
  store <8 x float> %1502, <8 x float>* %15, align 32
  %1503 = load <8 x float>, <8 x float>* %11, align 32
  %1504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1480, <8 x float> %1503)
  store <8 x float> %1504, <8 x float>* %11, align 32
  %1505 = add i64 %1191, 31
  %1506 = getelementptr inbounds float, float* %58, i64 %1505
  %1507 = load float, float* %1506, align 4
  %1508 = insertelement <8 x float> undef, float %1507, i32 0
  %splat102 = shufflevector <8 x float> %1508, <8 x float> undef, <8 x i32> zeroinitializer
  %1509 = load <8 x float>, <8 x float>* %14, align 32
  %1510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1476, <8 x float> %1509)
  store <8 x float> %1510, <8 x float>* %14, align 32
  %1511 = load <8 x float>, <8 x float>* %10, align 32
  %1512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1480, <8 x float> %1511)
  store <8 x float> %1512, <8 x float>* %10, align 32
  %u.next103 = add i64 %u70, 1
  br label %u.header67

u.exit69:                                         ; preds = %u.header67
  %1513 = load <8 x float>, <8 x float>* %17, align 32
  %1514 = fcmp olt <8 x float> %1513, zeroinitializer
  %1515 = select <8 x i1> %1514, <8 x float> zeroinitializer, <8 x float> %1513
  %1516 = getelementptr inbounds float, float* %0, i64 %631
  %1517 = bitcast float* %1516 to <8 x float>*
  store <8 x float> %1515, <8 x float>* %1517, align 4
  %1518 = load <8 x float>, <8 x float>* %16, align 32
  %1519 = fcmp olt <8 x float> %1518, zeroinitializer
  %1520 = select <8 x i1> %1519, <8 x float> zeroinitializer, <8 x float> %1518
  %1521 = getelementptr inbounds float, float* %0, i64 %634
  %1522 = bitcast float* %1521 to <8 x float>*
  store <8 x float> %1520, <8 x float>* %1522, align 4
  %1523 = load <8 x float>, <8 x float>* %15, align 32
  %1524 = fcmp olt <8 x float> %1523, zeroinitializer
  %1525 = select <8 x i1> %1524, <8 x float> zeroinitializer, <8 x float> %1523
  %1526 = getelementptr inbounds float, float* %0, i64 %637
  %1527 = bitcast float* %1526 to <8 x float>*
  store <8 x float> %1525, <8 x float>* %1527, align 4
  %1528 = load <8 x float>, <8 x float>* %14, align 32
  %1529 = fcmp olt <8 x float> %1528, zeroinitializer
  %1530 = select <8 x i1> %1529, <8 x float> zeroinitializer, <8 x float> %1528
  %1531 = getelementptr inbounds float, float* %0, i64 %640
  %1532 = bitcast float* %1531 to <8 x float>*
  store <8 x float> %1530, <8 x float>* %1532, align 4
  %1533 = load <8 x float>, <8 x float>* %13, align 32
  %1534 = fcmp olt <8 x float> %1533, zeroinitializer
  %1535 = select <8 x i1> %1534, <8 x float> zeroinitializer, <8 x float> %1533
  %1536 = getelementptr inbounds float, float* %0, i64 %647
  %1537 = bitcast float* %1536 to <8 x float>*
  store <8 x float> %1535, <8 x float>* %1537, align 4
  %1538 = load <8 x float>, <8 x float>* %12, align 32
  %1539 = fcmp olt <8 x float> %1538, zeroinitializer
  %1540 = select <8 x i1> %1539, <8 x float> zeroinitializer, <8 x float> %1538
  %1541 = getelementptr inbounds float, float* %0, i64 %650
  %1542 = bitcast float* %1541 to <8 x float>*
  store <8 x float> %1540, <8 x float>* %1542, align 4
  %1543 = load <8 x float>, <8 x float>* %11, align 32
  %1544 = fcmp olt <8 x float> %1543, zeroinitializer
  %1545 = select <8 x i1> %1544, <8 x float> zeroinitializer, <8 x float> %1543
  %1546 = getelementptr inbounds float, float* %0, i64 %653
  %1547 = bitcast float* %1546 to <8 x float>*
  store <8 x float> %1545, <8 x float>* %1547, align 4
  %1548 = load <8 x float>, <8 x float>* %10, align 32
  %1549 = fcmp olt <8 x float> %1548, zeroinitializer
  %1550 = select <8 x i1> %1549, <8 x float> zeroinitializer, <8 x float> %1548
  %1551 = getelementptr inbounds float, float* %0, i64 %656
  %1552 = bitcast float* %1551 to <8 x float>*
  store <8 x float> %1550, <8 x float>* %1552, align 4
  %block.group.next = add i64 %block.group, 1
  br label %block.group.header
}

; Function Attrs: noinline nounwind
define internal void @node3.conv2d_4.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = getelementptr inbounds i8*, i8** %1, i64 6
  %21 = load i8*, i8** %20, align 8
  %22 = bitcast i8* %21 to float*
  %23 = getelementptr inbounds i8*, i8** %1, i64 7
  %24 = load i8*, i8** %23, align 8
  %25 = bitcast i8* %24 to float*
  %26 = call i32 @omp_get_thread_num()
  %27 = sext i32 %26 to i64
  %28 = call i32 @omp_get_num_threads()
  %29 = sext i32 %28 to i64
  %30 = sub i64 %29, 1
  %31 = add i64 28, %30
  %32 = sdiv i64 %31, %29
  %33 = mul i64 %27, %32
  %34 = icmp slt i64 %33, 28
  %35 = select i1 %34, i64 %33, i64 28
  %36 = add i64 %35, %32
  %37 = icmp slt i64 %36, 28
  %38 = select i1 %37, i64 %36, i64 28
  call void @node3.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %35, i64 %38)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, float* %6, float* %7, i64 %8, i64 %9) #0 {
entry:
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  %39 = alloca <8 x float>, align 32
  %40 = alloca <8 x float>, align 32
  %41 = alloca <8 x float>, align 32
  %42 = alloca <8 x float>, align 32
  %43 = alloca <8 x float>, align 32
  %44 = alloca <8 x float>, align 32
  %45 = alloca <8 x float>, align 32
  %46 = alloca <8 x float>, align 32
  %band = alloca [14336 x float], align 64
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %8, %entry ], [ %task.next, %block.group.exit ]
  %47 = icmp slt i64 %task, %9
  br i1 %47, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %48 = srem i64 %task, 1
  %49 = sdiv i64 %task, 1
  %50 = srem i64 %49, 7
  %51 = sdiv i64 %task, 7
  %52 = bitcast [14336 x float]* %band to float*
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %53 = icmp slt i64 %channel.block, 16
  br i1 %53, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %54 = mul i64 %51, 16
  %55 = add i64 %54, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %56 = mul i64 %48, 16
  %57 = add i64 %56, 16
  %58 = icmp slt i64 %57, 16
  %59 = select i1 %58, i64 %57, i64 16
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit10, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit10 ]
  %60 = icmp slt i64 %band.row, 4
  br i1 %60, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %61 = mul i64 %50, 4
  %62 = add i64 %61, %band.row
  %63 = mul i64 %channel.block, 4
  %64 = add i64 %63, %band.row
  %65 = mul i64 %64, 224
  %66 = srem i64 %55, 16
  %67 = mul i64 %55, 25088
  %68 = mul i64 %62, 2
  %69 = sub i64 %68, 1
  %70 = mul i64 %66, 8
  %71 = getelementptr inbounds float, float* %7, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  store <8 x float> %73, <8 x float>* %46, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !8

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %74 = icmp slt i64 %kh, 3
  br i1 %74, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %75 = mul i64 %kh, 1
  %76 = add i64 %69, %75
  %77 = icmp sge i64 %76, 0
  %78 = icmp slt i64 %76, 56
  %79 = and i1 %77, %78
  br i1 %79, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %80 = add i64 %65, 0
  %81 = load <8 x float>, <8 x float>* %46, align 32
  %82 = fcmp olt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> zeroinitializer, <8 x float> %81
  %84 = getelementptr inbounds float, float* %52, i64 %80
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %83, <8 x float>* %85, align 4
  br label %x.header

then:                                             ; preds = %kh.body
  %86 = mul i64 %76, 448
  %87 = add i64 %67, %86
  %88 = mul i64 %66, 3
  %89 = add i64 %88, %kh
  %90 = mul i64 %89, 24
  %91 = add i64 %90, 0
  %92 = getelementptr inbounds float, float* %6, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  %94 = load <8 x float>, <8 x float>* %93, align 4
  %95 = add i64 %90, 8
  %96 = getelementptr inbounds float, float* %6, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = add i64 %90, 16
  %100 = getelementptr inbounds float, float* %6, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  %102 = load <8 x float>, <8 x float>* %101, align 4
  %103 = add i64 %87, -8
  %104 = add i64 %103, 8
  %105 = getelementptr inbounds float, float* %1, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = load <8 x float>, <8 x float>* %46, align 32
  %109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> %98, <8 x float> %108)
  store <8 x float> %109, <8 x float>* %46, align 32
  %110 = add i64 %103, 16
  %111 = getelementptr inbounds float, float* %1, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = load <8 x float>, <8 x float>* %46, align 32
  %115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %113, <8 x float> %102, <8 x float> %114)
  store <8 x float> %115, <8 x float>* %46, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

x.header:                                         ; preds = %kh.exit3, %kh.exit
  %x = phi i64 [ 1, %kh.exit ], [ %x.next, %kh.exit3 ]
  %116 = icmp slt i64 %x, 23
  br i1 %116, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %73, <8 x float>* %45, align 32
  store <8 x float> %73, <8 x float>* %44, align 32
  store <8 x float> %73, <8 x float>* %43, align 32
  store <8 x float> %73, <8 x float>* %42, align 32
  store <8 x float> %73, <8 x float>* %41, align 32
  store <8 x float> %73, <8 x float>* %40, align 32
  store <8 x float> %73, <8 x float>* %39, align 32
  store <8 x float> %73, <8 x float>* %38, align 32
  store <8 x float> %73, <8 x float>* %37, align 32
  store <8 x float> %73, <8 x float>* %36, align 32
  store <8 x float> %73, <8 x float>* %35, align 32
  %117 = mul i64 %x, 2
  %118 = sub i64 %117, 1
  br label %kh.header1

x.exit:                                           ; preds = %x.header
  store <8 x float> %73, <8 x float>* %34, align 32
  store <8 x float> %73, <8 x float>* %33, align 32
  store <8 x float> %73, <8 x float>* %32, align 32
  store <8 x float> %73, <8 x float>* %31, align 32
  store <8 x float> %73, <8 x float>* %30, align 32
  br label %kh.header8

kh.header1:                                       ; preds = %endif6, %x.body
  %kh4 = phi i64 [ 0, %x.body ], [ %kh.next7, %endif6 ]
  %119 = icmp slt i64 %kh4, 3
  br i1 %119, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %120 = mul i64 %kh4, 1
  %121 = add i64 %69, %120
  %122 = icmp sge i64 %121, 0
  %123 = icmp slt i64 %121, 56
  %124 = and i1 %122, %123
  br i1 %124, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %125 = add i64 %x, 0
  %126 = mul i64 %125, 8
  %127 = add i64 %65, %126
  %128 = load <8 x float>, <8 x float>* %45, align 32
  %129 = fcmp olt <8 x float> %128, zeroinitializer
  %130 = select <8 x i1> %129, <8 x float> zeroinitializer, <8 x float> %128
  %131 = getelementptr inbounds float, float* %52, i64 %127
  %132 = bitcast float* %131 to <8 x float>*
  store <8 x float> %130, <8 x float>* %132, align 4
  %133 = add i64 %x, 1
  %134 = mul i64 %133, 8
  %135 = add i64 %65, %134
  %136 = load <8 x float>, <8 x float>* %44, align 32
  %137 = fcmp olt <8 x float> %136, zeroinitializer
  %138 = select <8 x i1> %137, <8 x float> zeroinitializer, <8 x float> %136
  %139 = getelementptr inbounds float, float* %52, i64 %135
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %138, <8 x float>* %140, align 4
  %141 = add i64 %x, 2
  %142 = mul i64 %141, 8
  %143 = add i64 %65, %142
  %144 = load <8 x float>, <8 x float>* %43, align 32
  %145 = fcmp olt <8 x float> %144, zeroinitializer
  %146 = select <8 x i1> %145, <8 x float> zeroinitializer, <8 x float> %144
  %147 = getelementptr inbounds float, float* %52, i64 %143
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %146, <8 x float>* %148, align 4
  %149 = add i64 %x, 3
  %150 = mul i64 %149, 8
  %151 = add i64 %65, %150
  %152 = load <8 x float>, <8 x float>* %42, align 32
  %153 = fcmp olt <8 x float> %152, zeroinitializer
  %154 = select <8 x i1> %153, <8 x float> zeroinitializer, <8 x float> %152
  %155 = getelementptr inbounds float, float* %52, i64 %151
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %154, <8 x float>* %156, align 4
  %157 = add i64 %x, 4
  %158 = mul i64 %157, 8
  %159 = add i64 %65, %158
  %160 = load <8 x float>, <8 x float>* %41, align 32
  %161 = fcmp olt <8 x float> %160, zeroinitializer
  %162 = select <8 x i1> %161, <8 x float> zeroinitializer, <8 x float> %160
  %163 = getelementptr inbounds float, float* %52, i64 %159
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %162, <8 x float>* %164, align 4
  %165 = add i64 %x, 5
  %166 = mul i64 %165, 8
  %167 = add i64 %65, %166
  %168 = load <8 x float>, <8 x float>* %40, align 32
  %169 = fcmp olt <8 x float> %168, zeroinitializer
  %170 = select <8 x i1> %169, <8 x float> zeroinitializer, <8 x float> %168
  %171 = getelementptr inbounds float, float* %52, i64 %167
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %170, <8 x float>* %172, align 4
  %173 = add i64 %x, 6
  %174 = mul i64 %173, 8
  %175 = add i64 %65, %174
  %176 = load <8 x float>, <8 x float>* %39, align 32
  %177 = fcmp olt <8 x float> %176, zeroinitializer
  %178 = select <8 x i1> %177, <8 x float> zeroinitializer, <8 x float> %176
  %179 = getelementptr inbounds float, float* %52, i64 %175
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %178, <8 x float>* %180, align 4
  %181 = add i64 %x, 7
  %182 = mul i64 %181, 8
  %183 = add i64 %65, %182
  %184 = load <8 x float>, <8 x float>* %38, align 32
  %185 = fcmp olt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> zeroinitializer, <8 x float> %184
  %187 = getelementptr inbounds float, float* %52, i64 %183
  %188 = bitcast float* %187 to <8 x float>*
  store <8 x float> %186, <8 x float>* %188, align 4
  %189 = add i64 %x, 8
  %190 = mul i64 %189, 8
  %191 = add i64 %65, %190
  %192 = load <8 x float>, <8 x float>* %37, align 32
  %193 = fcmp olt <8 x float> %192, zeroinitializer
  %194 = select <8 x i1> %193, <8 x float> zeroinitializer, <8 x float> %192
  %195 = getelementptr inbounds float, float* %52, i64 %191
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %194, <8 x float>* %196, align 4
  %197 = add i64 %x, 9
  %198 = mul i64 %197, 8
  %199 = add i64 %65, %198
  %200 = load <8 x float>, <8 x float>* %36, align 32
  %201 = fcmp olt <8 x float> %200, zeroinitializer
  %202 = select <8 x i1> %201, <8 x float> zeroinitializer, <8 x float> %200
  %203 = getelementptr inbounds float, float* %52, i64 %199
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %202, <8 x float>* %204, align 4
  %205 = add i64 %x, 10
  %206 = mul i64 %205, 8
  %207 = add i64 %65, %206
  %208 = load <8 x float>, <8 x float>* %35, align 32
  %209 = fcmp olt <8 x float> %208, zeroinitializer
  %210 = select <8 x i1> %209, <8 x float> zeroinitializer, <8 x float> %208
  %211 = getelementptr inbounds float, float* %52, i64 %207
  %212 = bitcast float* %211 to <8 x float>*
  store <8 x float> %210, <8 x float>* %212, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then5:                                            ; preds = %kh.body2
  %213 = mul i64 %121, 448
  %214 = add i64 %67, %213
  %215 = mul i64 %66, 3
  %216 = add i64 %215, %kh4
  %217 = mul i64 %216, 24
  %218 = add i64 %217, 0
  %219 = getelementptr inbounds float, float* %6, i64 %218
  %220 = bitcast float* %219 to <8 x float>*
  %221 = load <8 x float>, <8 x float>* %220, align 4
  %222 = add i64 %217, 8
  %223 = getelementptr inbounds float, float* %6, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  %225 = load <8 x float>, <8 x float>* %224, align 4
  %226 = add i64 %217, 16
  %227 = getelementptr inbounds float, float* %6, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  %229 = load <8 x float>, <8 x float>* %228, align 4
  %230 = mul i64 %118, 8
  %231 = add i64 %214, %230
  %232 = add i64 %231, 0
  %233 = getelementptr inbounds float, float* %1, i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  %235 = load <8 x float>, <8 x float>* %234, align 4
  %236 = load <8 x float>, <8 x float>* %45, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %221, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %45, align 32
  %238 = add i64 %231, 8
  %239 = getelementptr inbounds float, float* %1, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  %241 = load <8 x float>, <8 x float>* %240, align 4
  %242 = load <8 x float>, <8 x float>* %45, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %225, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %45, align 32
  %244 = add i64 %231, 16
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  %247 = load <8 x float>, <8 x float>* %246, align 4
  %248 = load <8 x float>, <8 x float>* %45, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %229, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %45, align 32
  %250 = load <8 x float>, <8 x float>* %44, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %221, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %44, align 32
  %252 = add i64 %231, 24
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = load <8 x float>, <8 x float>* %44, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %225, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %44, align 32
  %258 = add i64 %231, 32
  %259 = getelementptr inbounds float, float* %1, i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  %261 = load <8 x float>, <8 x float>* %260, align 4
  %262 = load <8 x float>, <8 x float>* %44, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %229, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %44, align 32
  %264 = load <8 x float>, <8 x float>* %43, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %221, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %43, align 32
  %266 = add i64 %231, 40
  %267 = getelementptr inbounds float, float* %1, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = load <8 x float>, <8 x float>* %43, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %225, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %43, align 32
  %272 = add i64 %231, 48
  %273 = getelementptr inbounds float, float* %1, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  %275 = load <8 x float>, <8 x float>* %274, align 4
  %276 = load <8 x float>, <8 x float>* %43, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %275, <8 x float> %229, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %43, align 32
  %278 = load <8 x float>, <8 x float>* %42, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %275, <8 x float> %221, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %42, align 32
  %280 = add i64 %231, 56
  %281 = getelementptr inbounds float, float* %1, i64 %280
  %282 = bitcast float* %281 to <8 x float>*
  %283 = load <8 x float>, <8 x float>* %282, align 4
  %284 = load <8 x float>, <8 x float>* %42, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %283, <8 x float> %225, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %42, align 32
  %286 = add i64 %231, 64
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  %289 = load <8 x float>, <8 x float>* %288, align 4
  %290 = load <8 x float>, <8 x float>* %42, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %229, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %42, align 32
  %292 = load <8 x float>, <8 x float>* %41, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %221, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %41, align 32
  %294 = add i64 %231, 72
  %295 = getelementptr inbounds float, float* %1, i64 %294
  %296 = bitcast float* %295 to <8 x float>*
  %297 = load <8 x float>, <8 x float>* %296, align 4
  %298 = load <8 x float>, <8 x float>* %41, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %297, <8 x float> %225, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %41, align 32
  %300 = add i64 %231, 80
  %301 = getelementptr inbounds float, float* %1, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  %303 = load <8 x float>, <8 x float>* %302, align 4
  %304 = load <8 x float>, <8 x float>* %41, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %303, <8 x float> %229, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %41, align 32
  %306 = load <8 x float>, <8 x float>* %40, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %303, <8 x float> %221, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %40, align 32
  %308 = add i64 %231, 88
  %309 = getelementptr inbounds float, float* %1, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  %311 = load <8 x float>, <8 x float>* %310, align 4
  %312 = load <8 x float>, <8 x float>* %40, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %311, <8 x float> %225, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %40, align 32
  %314 = add i64 %231, 96
  %315 = getelementptr inbounds float, float* %1, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  %317 = load <8 x float>, <8 x float>* %316, align 4
  %318 = load <8 x float>, <8 x float>* %40, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %229, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %40, align 32
  %320 = load <8 x float>, <8 x float>* %39, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %221, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %39, align 32
  %322 = add i64 %231, 104
  %323 = getelementptr inbounds float, float* %1, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  %325 = load <8 x float>, <8 x float>* %324, align 4
  %326 = load <8 x float>, <8 x float>* %39, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %325, <8 x float> %225, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %39, align 32
  %328 = add i64 %231, 112
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = load <8 x float>, <8 x float>* %330, align 4
  %332 = load <8 x float>, <8 x float>* %39, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> %229, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %39, align 32
  %334 = load <8 x float>, <8 x float>* %38, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> %221, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %38, align 32
  %336 = add i64 %231, 120
  %337 = getelementptr inbounds float, float* %1, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  %339 = load <8 x float>, <8 x float>* %338, align 4
  %340 = load <8 x float>, <8 x float>* %38, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> %225, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %38, align 32
  %342 = add i64 %231, 128
  %343 = getelementptr inbounds float, float* %1, i64 %342
  %344 = bitcast float* %343 to <8 x float>*
  %345 = load <8 x float>, <8 x float>* %344, align 4
  %346 = load <8 x float>, <8 x float>* %38, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %345, <8 x float> %229, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %38, align 32
  %348 = load <8 x float>, <8 x float>* %37, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %345, <8 x float> %221, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %37, align 32
  %350 = add i64 %231, 136
  %351 = getelementptr inbounds float, float* %1, i64 %350
  %352 = bitcast float* %351 to <8 x float>*
  %353 = load <8 x float>, <8 x float>* %352, align 4
  %354 = load <8 x float>, <8 x float>* %37, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %353, <8 x float> %225, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %37, align 32
  %356 = add i64 %231, 144
  %357 = getelementptr inbounds float, float* %1, i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  %359 = load <8 x float>, <8 x float>* %358, align 4
  %360 = load <8 x float>, <8 x float>* %37, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %229, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %37, align 32
  %362 = load <8 x float>, <8 x float>* %36, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %221, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %36, align 32
  %364 = add i64 %231, 152
  %365 = getelementptr inbounds float, float* %1, i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  %367 = load <8 x float>, <8 x float>* %366, align 4
  %368 = load <8 x float>, <8 x float>* %36, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %225, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %36, align 32
  %370 = add i64 %231, 160
  %371 = getelementptr inbounds float, float* %1, i64 %370
  %372 = bitcast float* %371 to <8 x float>*
  %373 = load <8 x float>, <8 x float>* %372, align 4
  %374 = load <8 x float>, <8 x float>* %36, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %229, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %36, align 32
  %376 = load <8 x float>, <8 x float>* %35, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %221, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %35, align 32
  %378 = add i64 %231, 168
  %379 = getelementptr inbounds float, float* %1, i64 %378
  %380 = bitcast float* %379 to <8 x float>*
  %381 = load <8 x float>, <8 x float>* %380, align 4
  %382 = load <8 x float>, <8 x float>* %35, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %381, <8 x float> %225, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %35, align 32
  %384 = add i64 %231, 176
  %385 = getelementptr inbounds float, float* %1, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  %387 = load <8 x float>, <8 x float>* %386, align 4
  %388 = load <8 x float>, <8 x float>* %35, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %387, <8 x float> %229, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %35, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %x.exit
  %kh11 = phi i64 [ 0, %x.exit ], [ %kh.next14, %endif13 ]
  %390 = icmp slt i64 %kh11, 3
  br i1 %390, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %391 = mul i64 %kh11, 1
  %392 = add i64 %69, %391
  %393 = icmp sge i64 %392, 0
  %394 = icmp slt i64 %392, 56
  %395 = and i1 %393, %394
  br i1 %395, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %396 = add i64 %65, 184
  %397 = load <8 x float>, <8 x float>* %34, align 32
  %398 = fcmp olt <8 x float> %397, zeroinitializer
  %399 = select <8 x i1> %398, <8 x float> zeroinitializer, <8 x float> %397
  %400 = getelementptr inbounds float, float* %52, i64 %396
  %401 = bitcast float* %400 to <8 x float>*
  store <8 x float> %399, <8 x float>* %401, align 4
  %402 = add i64 %65, 192
  %403 = load <8 x float>, <8 x float>* %33, align 32
  %404 = fcmp olt <8 x float> %403, zeroinitializer
  %405 = select <8 x i1> %404, <8 x float> zeroinitializer, <8 x float> %403
  %406 = getelementptr inbounds float, float* %52, i64 %402
  %407 = bitcast float* %406 to <8 x float>*
  store <8 x float> %405, <8 x float>* %407, align 4
  %408 = add i64 %65, 200
  %409 = load <8 x float>, <8 x float>* %32, align 32
  %410 = fcmp olt <8 x float> %409, zeroinitializer
  %411 = select <8 x i1> %410, <8 x float> zeroinitializer, <8 x float> %409
  %412 = getelementptr inbounds float, float* %52, i64 %408
  %413 = bitcast float* %412 to <8 x float>*
  store <8 x float> %411, <8 x float>* %413, align 4
  %414 = add i64 %65, 208
  %415 = load <8 x float>, <8 x float>* %31, align 32
  %416 = fcmp olt <8 x float> %415, zeroinitializer
  %417 = select <8 x i1> %416, <8 x float> zeroinitializer, <8 x float> %415
  %418 = getelementptr inbounds float, float* %52, i64 %414
  %419 = bitcast float* %418 to <8 x float>*
  store <8 x float> %417, <8 x float>* %419, align 4
  %420 = add i64 %65, 216
  %421 = load <8 x float>, <8 x float>* %30, align 32
  %422 = fcmp olt <8 x float> %421, zeroinitializer
  %423 = select <8 x i1> %422, <8 x float> zeroinitializer, <8 x float> %421
  %424 = getelementptr inbounds float, float* %52, i64 %420
  %425 = bitcast float* %424 to <8 x float>*
  store <8 x float> %423, <8 x float>* %425, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !9

then12:                                           ; preds = %kh.body9
  %426 = mul i64 %392, 448
  %427 = add i64 %67, %426
  %428 = mul i64 %66, 3
  %429 = add i64 %428, %kh11
  %430 = mul i64 %429, 24
  %431 = add i64 %430, 0
  %432 = getelementptr inbounds float, float* %6, i64 %431
  %433 = bitcast float* %432 to <8 x float>*
  %434 = load <8 x float>, <8 x float>* %433, align 4
  %435 = add i64 %430, 8
  %436 = getelementptr inbounds float, float* %6, i64 %435
  %437 = bitcast float* %436 to <8 x float>*
  %438 = load <8 x float>, <8 x float>* %437, align 4
  %439 = add i64 %430, 16
  %440 = getelementptr inbounds float, float* %6, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  %442 = load <8 x float>, <8 x float>* %441, align 4
  %443 = add i64 %427, 360
  %444 = add i64 %443, 0
  %445 = getelementptr inbounds float, float* %1, i64 %444
  %446 = bitcast float* %445 to <8 x float>*
  %447 = load <8 x float>, <8 x float>* %446, align 4
  %448 = load <8 x float>, <8 x float>* %34, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %447, <8 x float> %434, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %34, align 32
  %450 = add i64 %443, 8
  %451 = getelementptr inbounds float, float* %1, i64 %450
  %452 = bitcast float* %451 to <8 x float>*
  %453 = load <8 x float>, <8 x float>* %452, align 4
  %454 = load <8 x float>, <8 x float>* %34, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %453, <8 x float> %438, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %34, align 32
  %456 = add i64 %443, 16
  %457 = getelementptr inbounds float, float* %1, i64 %456
  %458 = bitcast float* %457 to <8 x float>*
  %459 = load <8 x float>, <8 x float>* %458, align 4
  %460 = load <8 x float>, <8 x float>* %34, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %459, <8 x float> %442, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %34, align 32
  %462 = load <8 x float>, <8 x float>* %33, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %459, <8 x float> %434, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %33, align 32
  %464 = add i64 %443, 24
  %465 = getelementptr inbounds float, float* %1, i64 %464
  %466 = bitcast float* %465 to <8 x float>*
  %467 = load <8 x float>, <8 x float>* %466, align 4
  %468 = load <8 x float>, <8 x float>* %33, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %467, <8 x float> %438, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %33, align 32
  %470 = add i64 %443, 32
  %471 = getelementptr inbounds float, float* %1, i64 %470
  %472 = bitcast float* %471 to <8 x float>*
  %473 = load <8 x float>, <8 x float>* %472, align 4
  %474 = load <8 x float>, <8 x float>* %33, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %473, <8 x float> %442, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %33, align 32
  %476 = load <8 x float>, <8 x float>* %32, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %473, <8 x float> %434, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %32, align 32
  %478 = add i64 %443, 40
  %479 = getelementptr inbounds float, float* %1, i64 %478
  %480 = bitcast float* %479 to <8 x float>*
  %481 = load <8 x float>, <8 x float>* %480, align 4
  %482 = load <8 x float>, <8 x float>* %32, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> %438, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %32, align 32
  %484 = add i64 %443, 48
  %485 = getelementptr inbounds float, float* %1, i64 %484
  %486 = bitcast float* %485 to <8 x float>*
  %487 = load <8 x float>, <8 x float>* %486, align 4
  %488 = load <8 x float>, <8 x float>* %32, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %487, <8 x float> %442, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %32, align 32
  %490 = load <8 x float>, <8 x float>* %31, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %487, <8 x float> %434, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %31, align 32
  %492 = add i64 %443, 56
  %493 = getelementptr inbounds float, float* %1, i64 %492
  %494 = bitcast float* %493 to <8 x float>*
  %495 = load <8 x float>, <8 x float>* %494, align 4
  %496 = load <8 x float>, <8 x float>* %31, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %495, <8 x float> %438, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %31, align 32
  %498 = add i64 %443, 64
  %499 = getelementptr inbounds float, float* %1, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  %501 = load <8 x float>, <8 x float>* %500, align 4
  %502 = load <8 x float>, <8 x float>* %31, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> %442, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %31, align 32
  %504 = load <8 x float>, <8 x float>* %30, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> %434, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %30, align 32
  %506 = add i64 %443, 72
  %507 = getelementptr inbounds float, float* %1, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  %509 = load <8 x float>, <8 x float>* %508, align 4
  %510 = load <8 x float>, <8 x float>* %30, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %509, <8 x float> %438, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %30, align 32
  %512 = add i64 %443, 80
  %513 = getelementptr inbounds float, float* %1, i64 %512
  %514 = bitcast float* %513 to <8 x float>*
  %515 = load <8 x float>, <8 x float>* %514, align 4
  %516 = load <8 x float>, <8 x float>* %30, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %515, <8 x float> %442, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %30, align 32
  br label %endif13

endif13:                                          ; preds = %then12, %kh.body9
  %kh.next14 = add i64 %kh11, 1
  br label %kh.header8

block.group.header:                               ; preds = %u.exit69, %channel.block.exit
  %block.group = phi i64 [ %56, %channel.block.exit ], [ %block.group.next, %u.exit69 ]
  %518 = icmp slt i64 %block.group, %59
  br i1 %518, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %519 = mul i64 %block.group, 2
  %520 = add i64 0, %519
  %521 = mul i64 %50, 112
  %522 = mul i64 %block.group, 2
  %523 = add i64 0, %522
  %524 = mul i64 %523, 1024
  br label %x.header15

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header15:                                       ; preds = %u.exit, %block.group.body
  %x18 = phi i64 [ 0, %block.group.body ], [ %x.next66, %u.exit ]
  %525 = icmp slt i64 %x18, 108
  br i1 %525, label %x.body16, label %x.exit17

x.body16:                                         ; preds = %x.header15
  %526 = add i64 %521, %x18
  %527 = mul i64 %51, 32
  %528 = add i64 %527, %520
  %529 = add i64 %528, 0
  %530 = mul i64 %529, 6272
  %531 = add i64 %526, 0
  %532 = mul i64 %531, 8
  %533 = add i64 %530, %532
  %534 = add i64 %526, 1
  %535 = mul i64 %534, 8
  %536 = add i64 %530, %535
  %537 = add i64 %526, 2
  %538 = mul i64 %537, 8
  %539 = add i64 %530, %538
  %540 = add i64 %526, 3
  %541 = mul i64 %540, 8
  %542 = add i64 %530, %541
  %543 = add i64 %526, 4
  %544 = mul i64 %543, 8
  %545 = add i64 %530, %544
  %546 = add i64 %526, 5
  %547 = mul i64 %546, 8
  %548 = add i64 %530, %547
  %549 = mul i64 %51, 32
  %550 = add i64 %549, %520
  %551 = add i64 %550, 1
  %552 = mul i64 %551, 6272
  %553 = add i64 %526, 0
  %554 = mul i64 %553, 8
  %555 = add i64 %552, %554
  %556 = add i64 %526, 1
  %557 = mul i64 %556, 8
  %558 = add i64 %552, %557
  %559 = add i64 %526, 2
  %560 = mul i64 %559, 8
  %561 = add i64 %552, %560
  %562 = add i64 %526, 3
  %563 = mul i64 %562, 8
  %564 = add i64 %552, %563
  %565 = add i64 %526, 4
  %566 = mul i64 %565, 8
  %567 = add i64 %552, %566
  %568 = add i64 %526, 5
  %569 = mul i64 %568, 8
  %570 = add i64 %552, %569
  %571 = add i64 %523, 0
  %572 = mul i64 %571, 8
  %573 = getelementptr inbounds float, float* %5, i64 %572
  %574 = bitcast float* %573 to <8 x float>*
  %575 = load <8 x float>, <8 x float>* %574, align 4
  %576 = add i64 %523, 1
  %577 = mul i64 %576, 8
  %578 = getelementptr inbounds float, float* %5, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  store <8 x float> %575, <8 x float>* %29, align 32
  store <8 x float> %575, <8 x float>* %28, align 32
  store <8 x float> %575, <8 x float>* %27, align 32
  store <8 x float> %575, <8 x float>* %26, align 32
  store <8 x float> %575, <8 x float>* %25, align 32
  store <8 x float> %575, <8 x float>* %24, align 32
  store <8 x float> %580, <8 x float>* %23, align 32
  store <8 x float> %580, <8 x float>* %22, align 32
  store <8 x float> %580, <8 x float>* %21, align 32
  store <8 x float> %580, <8 x float>* %20, align 32
  store <8 x float> %580, <8 x float>* %19, align 32
  store <8 x float> %580, <8 x float>* %18, align 32
  %581 = mul i64 %x18, 8
  %582 = add i64 0, %581
  %583 = add i64 0, %582
  br label %u.header

x.exit17:                                         ; preds = %x.header15
  %584 = add i64 %521, 108
  %585 = mul i64 %51, 32
  %586 = add i64 %585, %520
  %587 = add i64 %586, 0
  %588 = mul i64 %587, 6272
  %589 = add i64 %584, 0
  %590 = mul i64 %589, 8
  %591 = add i64 %588, %590
  %592 = add i64 %584, 1
  %593 = mul i64 %592, 8
  %594 = add i64 %588, %593
  %595 = add i64 %584, 2
  %596 = mul i64 %595, 8
  %597 = add i64 %588, %596
  %598 = add i64 %584, 3
  %599 = mul i64 %598, 8
  %600 = add i64 %588, %599
  %601 = mul i64 %51, 32
  %602 = add i64 %601, %520
  %603 = add i64 %602, 1
  %604 = mul i64 %603, 6272
  %605 = add i64 %584, 0
  %606 = mul i64 %605, 8
  %607 = add i64 %604, %606
  %608 = add i64 %584, 1
  %609 = mul i64 %608, 8
  %610 = add i64 %604, %609
  %611 = add i64 %584, 2
  %612 = mul i64 %611, 8
  %613 = add i64 %604, %612
  %614 = add i64 %584, 3
  %615 = mul i64 %614, 8
  %616 = add i64 %604, %615
  %617 = add i64 %523, 0
  %618 = mul i64 %617, 8
  %619 = getelementptr inbounds float, float* %5, i64 %618
  %620 = bitcast float* %619 to <8 x float>*
  %621 = load <8 x float>, <8 x float>* %620, align 4
  %622 = add i64 %523, 1
  %623 = mul i64 %622, 8
  %624 = getelementptr inbounds float, float* %5, i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  store <8 x float> %621, <8 x float>* %17, align 32
  store <8 x float> %621, <8 x float>* %16, align 32
  store <8 x float> %621, <8 x float>* %15, align 32
  store <8 x float> %621, <8 x float>* %14, align 32
  store <8 x float> %626, <8 x float>* %13, align 32
  store <8 x float> %626, <8 x float>* %12, align 32
  store <8 x float> %626, <8 x float>* %11, align 32
  store <8 x float> %626, <8 x float>* %10, align 32
  br label %u.header67

u.header:                                         ; preds = %u.body, %x.body16
  %u = phi i64 [ 0, %x.body16 ], [ %u.next, %u.body ]
  %627 = icmp slt i64 %u, 16
  br i1 %627, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %628 = add i64 0, %u
  %629 = mul i64 %628, 896
  %630 = add i64 %583, %629
  %631 = mul i64 %628, 64
  %632 = add i64 %524, %631
  %633 = add i64 %630, 0
  %634 = add i64 %633, 0
  %635 = add i64 %632, 0
  %636 = add i64 %635, 0
  %637 = getelementptr inbounds float, float* %4, i64 %636
  %638 = bitcast float* %637 to <8 x float>*
  %639 = load <8 x float>, <8 x float>* %638, align 4
  %640 = add i64 %635, 1024
  %641 = getelementptr inbounds float, float* %4, i64 %640
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = add i64 %634, 0
  %645 = getelementptr inbounds float, float* %52, i64 %644
  %646 = load float, float* %645, align 4
  %647 = insertelement <8 x float> undef, float %646, i32 0
  %splat = shufflevector <8 x float> %647, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, <8 x float>* %29, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %639, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %29, align 32
  %650 = load <8 x float>, <8 x float>* %23, align 32
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %643, <8 x float> %650)
  store <8 x float> %651, <8 x float>* %23, align 32
  %652 = add i64 %634, 8
  %653 = getelementptr inbounds float, float* %52, i64 %652
  %654 = load float, float* %653, align 4
  %655 = insertelement <8 x float> undef, float %654, i32 0
  %splat19 = shufflevector <8 x float> %655, <8 x float> undef, <8 x i32> zeroinitializer
  %656 = load <8 x float>, <8 x float>* %28, align 32
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %639, <8 x float> %656)
  store <8 x float> %657, <8 x float>* %28, align 32
  %658 = load <8 x float>, <8 x float>* %22, align 32
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %643, <8 x float> %658)
  store <8 x float> %659, <8 x float>* %22, align 32
  %660 = add i64 %634, 16
  %661 = getelementptr inbounds float, float* %52, i64 %660
  %662 = load float, float* %661, align 4
  %663 = insertelement <8 x float> undef, float %662, i32 0
  %splat20 = shufflevector <8 x float> %663, <8 x float> undef, <8 x i32> zeroinitializer
  %664 = load <8 x float>, <8 x float>* %27, align 32
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %639, <8 x float> %664)
  store <8 x float> %665, <8 x float>* %27, align 32
  %666 = load <8 x float>, <8 x float>* %21, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %643, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %21, align 32
  %668 = add i64 %634, 24
  %669 = getelementptr inbounds float, float* %52, i64 %668
  %670 = load float, float* %669, align 4
  %671 = insertelement <8 x float> undef, float %670, i32 0
  %splat21 = shufflevector <8 x float> %671, <8 x float> undef, <8 x i32> zeroinitializer
  %672 = load <8 x float>, <8 x float>* %26, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %639, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %26, align 32
  %674 = load <8 x float>, <8 x float>* %20, align 32
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %643, <8 x float> %674)
  store <8 x float> %675, <8 x float>* %20, align 32
  %676 = add i64 %634, 32
  %677 = getelementptr inbounds float, float* %52, i64 %676
  %678 = load float, float* %677, align 4
  %679 = insertelement <8 x float> undef, float %678, i32 0
  %splat22 = shufflevector <8 x float> %679, <8 x float> undef, <8 x i32> zeroinitializer
  %680 = load <8 x float>, <8 x float>* %25, align 32
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %639, <8 x float> %680)
  store <8 x float> %681, <8 x float>* %25, align 32
  %682 = load <8 x float>, <8 x float>* %19, align 32
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %643, <8 x float> %682)
  store <8 x float> %683, <8 x float>* %19, align 32
  %684 = add i64 %634, 40
  %685 = getelementptr inbounds float, float* %52, i64 %684
  %686 = load float, float* %685, align 4
  %687 = insertelement <8 x float> undef, float %686, i32 0
  %splat23 = shufflevector <8 x float> %687, <8 x float> undef, <8 x i32> zeroinitializer
  %688 = load <8 x float>, <8 x float>* %24, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %639, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %24, align 32
  %690 = load <8 x float>, <8 x float>* %18, align 32
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %643, <8 x float> %690)
  store <8 x float> %691, <8 x float>* %18, align 32
  %692 = add i64 %635, 8
  %693 = getelementptr inbounds float, float* %4, i64 %692
  %694 = bitcast float* %693 to <8 x float>*
  %695 = load <8 x float>, <8 x float>* %694, align 4
  %696 = add i64 %635, 1032
  %697 = getelementptr inbounds float, float* %4, i64 %696
  %698 = bitcast float* %697 to <8 x float>*
  %699 = load <8 x float>, <8 x float>* %698, align 4
  %700 = add i64 %634, 1
  %701 = getelementptr inbounds float, float* %52, i64 %700
  %702 = load float, float* %701, align 4
  %703 = insertelement <8 x float> undef, float %702, i32 0
  %splat24 = shufflevector <8 x float> %703, <8 x float> undef, <8 x i32> zeroinitializer
  %704 = load <8 x float>, <8 x float>* %29, align 32
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %695, <8 x float> %704)
  store <8 x float> %705, <8 x float>* %29, align 32
  %706 = load <8 x float>, <8 x float>* %23, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %699, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %23, align 32
  %708 = add i64 %634, 9
  %709 = getelementptr inbounds float, float* %52, i64 %708
  %710 = load float, float* %709, align 4
  %711 = insertelement <8 x float> undef, float %710, i32 0
  %splat25 = shufflevector <8 x float> %711, <8 x float> undef, <8 x i32> zeroinitializer
  %712 = load <8 x float>, <8 x float>* %28, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %695, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %28, align 32
  %714 = load <8 x float>, <8 x float>* %22, align 32
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %699, <8 x float> %714)
  store <8 x float> %715, <8 x float>* %22, align 32
  %716 = add i64 %634, 17
  %717 = getelementptr inbounds float, float* %52, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat26 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %27, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %695, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %27, align 32
  %722 = load <8 x float>, <8 x float>* %21, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %699, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %21, align 32
  %724 = add i64 %634, 25
  %725 = getelementptr inbounds float, float* %52, i64 %724
  %726 = load float, float* %725, align 4
  %727 = insertelement <8 x float> undef, float %726, i32 0
  %splat27 = shufflevector <8 x float> %727, <8 x float> undef, <8 x i32> zeroinitializer
  %728 = load <8 x float>, <8 x float>* %26, align 32
  %729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %695, <8 x float> %728)
  store <8 x float> %729, <8 x float>* %26, align 32
  %730 = load <8 x float>, <8 x float>* %20, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %699, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %20, align 32
  %732 = add i64 %634, 33
  %733 = getelementptr inbounds float, float* %52, i64 %732
  %734 = load float, float* %733, align 4
  %735 = insertelement <8 x float> undef, float %734, i32 0
  %splat28 = shufflevector <8 x float> %735, <8 x float> undef, <8 x i32> zeroinitializer
  %736 = load <8 x float>, <8 x float>* %25, align 32
  %737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %695, <8 x float> %736)
  store <8 x float> %737, <8 x float>* %25, align 32
  %738 = load <8 x float>, <8 x float>* %19, align 32
  %739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %699, <8 x float> %738)
  store <8 x float> %739, <8 x float>* %19, align 32
  %740 = add i64 %634, 41
  %741 = getelementptr inbounds float, float* %52, i64 %740
  %742 = load float, float* %741, align 4
  %743 = insertelement <8 x float> undef, float %742, i32 0
  %splat29 = shufflevector <8 x float> %743, <8 x float> undef, <8 x i32> zeroinitializer
  %744 = load <8 x float>, <8 x float>* %24, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %695, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %24, align 32
  %746 = load <8 x float>, <8 x float>* %18, align 32
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %699, <8 x float> %746)
  store <8 x float> %747, <8 x float>* %18, align 32
  %748 = add i64 %635, 16
  %749 = getelementptr inbounds float, float* %4, i64 %748
  %750 = bitcast float* %749 to <8 x float>*
  %751 = load <8 x float>, <8 x float>* %750, align 4
  %752 = add i64 %635, 1040
  %753 = getelementptr inbounds float, float* %4, i64 %752
  %754 = bitcast float* %753 to <8 x float>*
  %755 = load <8 x float>, <8 x float>* %754, align 4
  %756 = add i64 %634, 2
  %757 = getelementptr inbounds float, float* %52, i64 %756
  %758 = load float, float* %757, align 4
  %759 = insertelement <8 x float> undef, float %758, i32 0
  %splat30 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
  %760 = load <8 x float>, <8 x float>* %29, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %751, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %29, align 32
  %762 = load <8 x float>, <8 x float>* %23, align 32
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %755, <8 x float> %762)
  store <8 x float> %763, <8 x float>* %23, align 32
  %764 = add i64 %634, 10
  %765 = getelementptr inbounds float, float* %52, i64 %764
  %766 = load float, float* %765, align 4
  %767 = insertelement <8 x float> undef, float %766, i32 0
  %splat31 = shufflevector <8 x float> %767, <8 x float> undef, <8 x i32> zeroinitializer
  %768 = load <8 x float>, <8 x float>* %28, align 32
  %769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %751, <8 x float> %768)
  store <8 x float> %769, <8 x float>* %28, align 32
  %770 = load <8 x float>, <8 x float>* %22, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %755, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %22, align 32
  %772 = add i64 %634, 18
  %773 = getelementptr inbounds float, float* %52, i64 %772
  %774 = load float, float* %773, align 4
  %775 = insertelement <8 x float> undef, float %774, i32 0
  %splat32 = shufflevector <8 x float> %775, <8 x float> undef, <8 x i32> zeroinitializer
  %776 = load <8 x float>, <8 x float>* %27, align 32
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %751, <8 x float> %776)
  store <8 x float> %777, <8 x float>* %27, align 32
  %778 = load <8 x float>, <8 x float>* %21, align 32
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %755, <8 x float> %778)
  store <8 x float> %779, <8 x float>* %21, align 32
  %780 = add i64 %634, 26
  %781 = getelementptr inbounds float, float* %52, i64 %780
  %782 = load float, float* %781, align 4
  %783 = insertelement <8 x float> undef, float %782, i32 0
  %splat33 = shufflevector <8 x float> %783, <8 x float> undef, <8 x i32> zeroinitializer
  %784 = load <8 x float>, <8 x float>* %26, align 32
  %785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %751, <8 x float> %784)
  store <8 x float> %785, <8 x float>* %26, align 32
  %786 = load <8 x float>, <8 x float>* %20, align 32
  %787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %755, <8 x float> %786)
  store <8 x float> %787, <8 x float>* %20, align 32
  %788 = add i64 %634, 34
  %789 = getelementptr inbounds float, float* %52, i64 %788
  %790 = load float, float* %789, align 4
  %791 = insertelement <8 x float> undef, float %790, i32 0
  %splat34 = shufflevector <8 x float> %791, <8 x float> undef, <8 x i32> zeroinitializer
  %792 = load <8 x float>, <8 x float>* %25, align 32
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %751, <8 x float> %792)
  store <8 x float> %793, <8 x float>* %25, align 32
  %794 = load <8 x float>, <8 x float>* %19, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %755, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %19, align 32
  %796 = add i64 %634, 42
  %797 = getelementptr inbounds float, float* %52, i64 %796
  %798 = load float, float* %797, align 4
  %799 = insertelement <8 x float> undef, float %798, i32 0
  %splat35 = shufflevector <8 x float> %799, <8 x float> undef, <8 x i32> zeroinitializer
  %800 = load <8 x float>, <8 x float>* %24, align 32
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %751, <8 x float> %800)
  store <8 x float> %801, <8 x float>* %24, align 32
  %802 = load <8 x float>, <8 x float>* %18, align 32
  %803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %755, <8 x float> %802)
  store <8 x float> %803, <8 x float>* %18, align 32
  %804 = add i64 %635, 24
  %805 = getelementptr inbounds float, float* %4, i64 %804
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = add i64 %635, 1048
  %809 = getelementptr inbounds float, float* %4, i64 %808
  %810 = bitcast float* %809 to <8 x float>*
  %811 = load <8 x float>, <8 x float>* %810, align 4
  %812 = add i64 %634, 3
  %813 = getelementptr inbounds float, float* %52, i64 %812
  %814 = load float, float* %813, align 4
  %815 = insertelement <8 x float> undef, float %814, i32 0
  %splat36 = shufflevector <8 x float> %815, <8 x float> undef, <8 x i32> zeroinitializer
  %816 = load <8 x float>, <8 x float>* %29, align 32
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %807, <8 x float> %816)
  store <8 x float> %817, <8 x float>* %29, align 32
  %818 = load <8 x float>, <8 x float>* %23, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %811, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %23, align 32
  %820 = add i64 %634, 11
  %821 = getelementptr inbounds float, float* %52, i64 %820
  %822 = load float, float* %821, align 4
  %823 = insertelement <8 x float> undef, float %822, i32 0
  %splat37 = shufflevector <8 x float> %823, <8 x float> undef, <8 x i32> zeroinitializer
  %824 = load <8 x float>, <8 x float>* %28, align 32
  %825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %807, <8 x float> %824)
  store <8 x float> %825, <8 x float>* %28, align 32
  %826 = load <8 x float>, <8 x float>* %22, align 32
  %827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %811, <8 x float> %826)
  store <8 x float> %827, <8 x float>* %22, align 32
  %828 = add i64 %634, 19
  %829 = getelementptr inbounds float, float* %52, i64 %828
  %830 = load float, float* %829, align 4
  %831 = insertelement <8 x float> undef, float %830, i32 0
  %splat38 = shufflevector <8 x float> %831, <8 x float> undef, <8 x i32> zeroinitializer
  %832 = load <8 x float>, <8 x float>* %27, align 32
  %833 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %807, <8 x float> %832)
  store <8 x float> %833, <8 x float>* %27, align 32
  %834 = load <8 x float>, <8 x float>* %21, align 32
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %811, <8 x float> %834)
  store <8 x float> %835, <8 x float>* %21, align 32
  %836 = add i64 %634, 27
  %837 = getelementptr inbounds float, float* %52, i64 %836
  %838 = load float, float* %837, align 4
  %839 = insertelement <8 x float> undef, float %838, i32 0
  %splat39 = shufflevector <8 x float> %839, <8 x float> undef, <8 x i32> zeroinitializer
  %840 = load <8 x float>, <8 x float>* %26, align 32
  %841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %807, <8 x float> %840)
  store <8 x float> %841, <8 x float>* %26, align 32
  %842 = load <8 x float>, <8 x float>* %20, align 32
  %843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %811, <8 x float> %842)
  store <8 x float> %843, <8 x float>* %20, align 32
  %844 = add i64 %634, 35
  %845 = getelementptr inbounds float, float* %52, i64 %844
  %846 = load float, float* %845, align 4
  %847 = insertelement <8 x float> undef, float %846, i32 0
  %splat40 = shufflevector <8 x float> %847, <8 x float> undef, <8 x i32> zeroinitializer
  %848 = load <8 x float>, <8 x float>* %25, align 32
  %849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %807, <8 x float> %848)
  store <8 x float> %849, <8 x float>* %25, align 32
  %850 = load <8 x float>, <8 x float>* %19, align 32
  %851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %811, <8 x float> %850)
  store <8 x float> %851, <8 x float>* %19, align 32
  %852 = add i64 %634, 43
  %853 = getelementptr inbounds float, float* %52, i64 %852
  %854 = load float, float* %853, align 4
  %855 = insertelement <8 x float> undef, float %854, i32 0
  %splat41 = shufflevector <8 x float> %855, <8 x float> undef, <8 x i32> zeroinitializer
  %856 = load <8 x float>, <8 x float>* %24, align 32
  %857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %807, <8 x float> %856)
  store <8 x float> %857, <8 x float>* %24, align 32
  %858 = load <8 x float>, <8 x float>* %18, align 32
  %859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %811, <8 x float> %858)
  store <8 x float> %859, <8 x float>* %18, align 32
  %860 = add i64 %635, 32
  %861 = getelementptr inbounds float, float* %4, i64 %860
  %862 = bitcast float* %861 to <8 x float>*
  %863 = load <8 x float>, <8 x float>* %862, align 4
  %864 = add i64 %635, 1056
  %865 = getelementptr inbounds float, float* %4, i64 %864
  %866 = bitcast float* %865 to <8 x float>*
  %867 = load <8 x float>, <8 x float>* %866, align 4
  %868 = add i64 %634, 4
  %869 = getelementptr inbounds float, float* %52, i64 %868
  %870 = load float, float* %869, align 4
  %871 = insertelement <8 x float> undef, float %870, i32 0
  %splat42 = shufflevector <8 x float> %871, <8 x float> undef, <8 x i32> zeroinitializer
  %872 = load <8 x float>, <8 x float>* %29, align 32
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %863, <8 x float> %872)
  store <8 x float> %873, <8 x float>* %29, align 32
  %874 = load <8 x float>, <8 x float>* %23, align 32
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %867, <8 x float> %874)
  store <8 x float> %875, <8 x float>* %23, align 32
  %876 = add i64 %634, 12
  %877 = getelementptr inbounds float, float* %52, i64 %876
  %878 = load float, float* %877, align 4
  %879 = insertelement <8 x float> undef, float %878, i32 0
  %splat43 = shufflevector <8 x float> %879, <8 x float> undef, <8 x i32> zeroinitializer
  %880 = load <8 x float>, <8 x float>* %28, align 32
  %881 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %863, <8 x float> %880)
  store <8 x float> %881, <8 x float>* %28, align 32
  %882 = load <8 x float>, <8 x float>* %22, align 32
  %883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %867, <8 x float> %882)
  store <8 x float> %883, <8 x float>* %22, align 32
  %884 = add i64 %634, 20
  %885 = getelementptr inbounds float, float* %52, i64 %884
  %886 = load float, float* %885, align 4
  %887 = insertelement <8 x float> undef, float %886, i32 0
  %splat44 = shufflevector <8 x float> %887, <8 x float> undef, <8 x i32> zeroinitializer
  %888 = load <8 x float>, <8 x float>* %27, align 32
  %889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %863, <8 x float> %888)
  store <8 x float> %889, <8 x float>* %27, align 32
  %890 = load <8 x float>, <8 x float>* %21, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %867, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %21, align 32
  %892 = add i64 %634, 28
  %893 = getelementptr inbounds float, float* %52, i64 %892
  %894 = load float, float* %893, align 4
  %895 = insertelement <8 x float> undef, float %894, i32 0
  %splat45 = shufflevector <8 x float> %895, <8 x float> undef, <8 x i32> zeroinitializer
  %896 = load <8 x float>, <8 x float>* %26, align 32
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %863, <8 x float> %896)
  store <8 x float> %897, <8 x float>* %26, align 32
  %898 = load <8 x float>, <8 x float>* %20, align 32
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %867, <8 x float> %898)
  store <8 x float> %899, <8 x float>* %20, align 32
  %900 = add i64 %634, 36
  %901 = getelementptr inbounds float, float* %52, i64 %900
  %902 = load float, float* %901, align 4
  %903 = insertelement <8 x float> undef, float %902, i32 0
  %splat46 = shufflevector <8 x float> %903, <8 x float> undef, <8 x i32> zeroinitializer
  %904 = load <8 x float>, <8 x float>* %25, align 32
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %863, <8 x float> %904)
  store <8 x float> %905, <8 x float>* %25, align 32
  %906 = load <8 x float>, <8 x float>* %19, align 32
  %907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %867, <8 x float> %906)
  store <8 x float> %907, <8 x float>* %19, align 32
  %908 = add i64 %634, 44
  %909 = getelementptr inbounds float, float* %52, i64 %908
  %910 = load float, float* %909, align 4
  %911 = insertelement <8 x float> undef, float %910, i32 0
  %splat47 = shufflevector <8 x float> %911, <8 x float> undef, <8 x i32> zeroinitializer
  %912 = load <8 x float>, <8 x float>* %24, align 32
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %863, <8 x float> %912)
  store <8 x float> %913, <8 x float>* %24, align 32
  %914 = load <8 x float>, <8 x float>* %18, align 32
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %867, <8 x float> %914)
  store <8 x float> %915, <8 x float>* %18, align 32
  %916 = add i64 %635, 40
  %917 = getelementptr inbounds float, float* %4, i64 %916
  %918 = bitcast float* %917 to <8 x float>*
  %919 = load <8 x float>, <8 x float>* %918, align 4
  %920 = add i64 %635, 1064
  %921 = getelementptr inbounds float, float* %4, i64 %920
  %922 = bitcast float* %921 to <8 x float>*
  %923 = load <8 x float>, <8 x float>* %922, align 4
  %924 = add i64 %634, 5
  %925 = getelementptr inbounds float, float* %52, i64 %924
  %926 = load float, float* %925, align 4
  %927 = insertelement <8 x float> undef, float %926, i32 0
  %splat48 = shufflevector <8 x float> %927, <8 x float> undef, <8 x i32> zeroinitializer
  %928 = load <8 x float>, <8 x float>* %29, align 32
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %919, <8 x float> %928)
  store <8 x float> %929, <8 x float>* %29, align 32
  %930 = load <8 x float>, <8 x float>* %23, align 32
  %931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %923, <8 x float> %930)
  store <8 x float> %931, <8 x float>* %23, align 32
  %932 = add i64 %634, 13
  %933 = getelementptr inbounds float, float* %52, i64 %932
  %934 = load float, float* %933, align 4
  %935 = insertelement <8 x float> undef, float %934, i32 0
  %splat49 = shufflevector <8 x float> %935, <8 x float> undef, <8 x i32> zeroinitializer
  %936 = load <8 x float>, <8 x float>* %28, align 32
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %919, <8 x float> %936)
  store <8 x float> %937, <8 x float>* %28, align 32
  %938 = load <8 x float>, <8 x float>* %22, align 32
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %923, <8 x float> %938)
  store <8 x float> %939, <8 x float>* %22, align 32
  %940 = add i64 %634, 21
  %941 = getelementptr inbounds float, float* %52, i64 %940
  %942 = load float, float* %941, align 4
  %943 = insertelement <8 x float> undef, float %942, i32 0
  %splat50 = shufflevector <8 x float> %943, <8 x float> undef, <8 x i32> zeroinitializer
  %944 = load <8 x float>, <8 x float>* %27, align 32
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %919, <8 x float> %944)
  store <8 x float> %945, <8 x float>* %27, align 32
  %946 = load <8 x float>, <8 x float>* %21, align 32
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %923, <8 x float> %946)
  store <8 x float> %947, <8 x float>* %21, align 32
  %948 = add i64 %634, 29
  %949 = getelementptr inbounds float, float* %52, i64 %948
  %950 = load float, float* %949, align 4
  %951 = insertelement <8 x float> undef, float %950, i32 0
  %splat51 = shufflevector <8 x float> %951, <8 x float> undef, <8 x i32> zeroinitializer
  %952 = load <8 x float>, <8 x float>* %26, align 32
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %919, <8 x float> %952)
  store <8 x float> %953, <8 x float>* %26, align 32
  %954 = load <8 x float>, <8 x float>* %20, align 32
  %955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %923, <8 x float> %954)
  store <8 x float> %955, <8 x float>* %20, align 32
  %956 = add i64 %634, 37
  %957 = getelementptr inbounds float, float* %52, i64 %956
  %958 = load float, float* %957, align 4
  %959 = insertelement <8 x float> undef, float %958, i32 0
  %splat52 = shufflevector <8 x float> %959, <8 x float> undef, <8 x i32> zeroinitializer
  %960 = load <8 x float>, <8 x float>* %25, align 32
  %961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %919, <8 x float> %960)
  store <8 x float> %961, <8 x float>* %25, align 32
  %962 = load <8 x float>, <8 x float>* %19, align 32
  %963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %923, <8 x float> %962)
  store <8 x float> %963, <8 x float>* %19, align 32
  %964 = add i64 %634, 45
  %965 = getelementptr inbounds float, float* %52, i64 %964
  %966 = load float, float* %965, align 4
  %967 = insertelement <8 x float> undef, float %966, i32 0
  %splat53 = shufflevector <8 x float> %967, <8 x float> undef, <8 x i32> zeroinitializer
  %968 = load <8 x float>, <8 x float>* %24, align 32
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %919, <8 x float> %968)
  store <8 x float> %969, <8 x float>* %24, align 32
  %970 = load <8 x float>, <8 x float>* %18, align 32
  %971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %923, <8 x float> %970)
  store <8 x float> %971, <8 x float>* %18, align 32
  %972 = add i64 %635, 48
  %973 = getelementptr inbounds float, float* %4, i64 %972
  %974 = bitcast float* %973 to <8 x float>*
  %975 = load <8 x float>, <8 x float>* %974, align 4
  %976 = add i64 %635, 1072
  %977 = getelementptr inbounds float, float* %4, i64 %976
  %978 = bitcast float* %977 to <8 x float>*
  %979 = load <8 x float>, <8 x float>* %978, align 4
  %980 = add i64 %634, 6
  %981 = getelementptr inbounds float, float* %52, i64 %980
  %982 = load float, float* %981, align 4
  %983 = insertelement <8 x float> undef, float %982, i32 0
  %splat54 = shufflevector <8 x float> %983, <8 x float> undef, <8 x i32> zeroinitializer
  %984 = load <8 x float>, <8 x float>* %29, align 32
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %975, <8 x float> %984)
  store <8 x float> %985, <8 x float>* %29, align 32
  %986 = load <8 x float>, <8 x float>* %23, align 32
  %987 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %979, <8 x float> %986)
  store <8 x float> %987, <8 x float>* %23, align 32
  %988 = add i64 %634, 14
  %989 = getelementptr inbounds float, float* %52, i64 %988
  %990 = load float, float* %989, align 4
  %991 = insertelement <8 x float> undef, float %990, i32 0
  %splat55 = shufflevector <8 x float> %991, <8 x float> undef, <8 x i32> zeroinitializer
  %992 = load <8 x float>, <8 x float>* %28, align 32
  %993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %975, <8 x float> %992)
  store <8 x float> %993, <8 x float>* %28, align 32
  %994 = load <8 x float>, <8 x float>* %22, align 32
  %995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %979, <8 x float> %994)
  store <8 x float> %995, <8 x float>* %22, align 32
  %996 = add i64 %634, 22
  %997 = getelementptr inbounds float, float* %52, i64 %996
  %998 = load float, float* %997, align 4
  %999 = insertelement <8 x float> undef, float %998, i32 0
  %splat56 = shufflevector <8 x float> %999, <8 x float> undef, <8 x i32> zeroinitializer
  %1000 = load <8 x float>, <8 x float>* %27, align 32
  %1001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %975, <8 x float> %1000)
  store <8 x float> %1001, <8 x float>* %27, align 32
  %1002 = load <8 x float>, <8 x float>* %21, align 32
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %979, <8 x float> %1002)
  store <8 x float> %1003, <8 x float>* %21, align 32
  %1004 = add i64 %634, 30
  %1005 = getelementptr inbounds float, float* %52, i64 %1004
  %1006 = load float, float* %1005, align 4
  %1007 = insertelement <8 x float> undef, float %1006, i32 0
  %splat57 = shufflevector <8 x float> %1007, <8 x float> undef, <8 x i32> zeroinitializer
  %1008 = load <8 x float>, <8 x float>* %26, align 32
  %1009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %975, <8 x float> %1008)
  store <8 x float> %1009, <8 x float>* %26, align 32
  %1010 = load <8 x float>, <8 x float>* %20, align 32
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %979, <8 x float> %1010)
  store <8 x float> %1011, <8 x float>* %20, align 32
  %1012 = add i64 %634, 38
  %1013 = getelementptr inbounds float, float* %52, i64 %1012
  %1014 = load float, float* %1013, align 4
  %1015 = insertelement <8 x float> undef, float %1014, i32 0
  %splat58 = shufflevector <8 x float> %1015, <8 x float> undef, <8 x i32> zeroinitializer
  %1016 = load <8 x float>, <8 x float>* %25, align 32
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %975, <8 x float> %1016)
  store <8 x float> %1017, <8 x float>* %25, align 32
  %1018 = load <8 x float>, <8 x float>* %19, align 32
  %1019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %979, <8 x float> %1018)
  store <8 x float> %1019, <8 x float>* %19, align 32
  %1020 = add i64 %634, 46
  %1021 = getelementptr inbounds float, float* %52, i64 %1020
  %1022 = load float, float* %1021, align 4
  %1023 = insertelement <8 x float> undef, float %1022, i32 0
  %splat59 = shufflevector <8 x float> %1023, <8 x float> undef, <8 x i32> zeroinitializer
  %1024 = load <8 x float>, <8 x float>* %24, align 32
  %1025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %975, <8 x float> %1024)
  store <8 x float> %1025, <8 x float>* %24, align 32
  %1026 = load <8 x float>, <8 x float>* %18, align 32
  %1027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %979, <8 x float> %1026)
  store <8 x float> %1027, <8 x float>* %18, align 32
  %1028 = add i64 %635, 56
  %1029 = getelementptr inbounds float, float* %4, i64 %1028
  %1030 = bitcast float* %1029 to <8 x float>*
  %1031 = load <8 x float>, <8 x float>* %1030, align 4
  %1032 = add i64 %635, 1080
  %1033 = getelementptr inbounds float, float* %4, i64 %1032
  %1034 = bitcast float* %1033 to <8 x float>*
  %1035 = load <8 x float>, <8 x float>* %1034, align 4
  %1036 = add i64 %634, 7
  %1037 = getelementptr inbounds float, float* %52, i64 %1036
  %1038 = load float, float* %1037, align 4
  %1039 = insertelement <8 x float> undef, float %1038, i32 0
  %splat60 = shufflevector <8 x float> %1039, <8 x float> undef, <8 x i32> zeroinitializer
  %1040 = load <8 x float>, <8 x float>* %29, align 32
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %1031, <8 x float> %1040)
  store <8 x float> %1041, <8 x float>* %29, align 32
  %1042 = load <8 x float>, <8 x float>* %23, align 32
  %1043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %1035, <8 x float> %1042)
  store <8 x float> %1043, <8 x float>* %23, align 32
  %1044 = add i64 %634, 15
  %1045 = getelementptr inbounds float, float* %52, i64 %1044
  %1046 = load float, float* %1045, align 4
  %1047 = insertelement <8 x float> undef, float %1046, i32 0
  %splat61 = shufflevector <8 x float> %1047, <8 x float> undef, <8 x i32> zeroinitializer
  %1048 = load <8 x float>, <8 x float>* %28, align 32
  %1049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %1031, <8 x float> %1048)
  store <8 x float> %1049, <8 x float>* %28, align 32
  %1050 = load <8 x float>, <8 x float>* %22, align 32
  %1051 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %1035, <8 x float> %1050)
  store <8 x float> %1051, <8 x float>* %22, align 32
  %1052 = add i64 %634, 23
  %1053 = getelementptr inbounds float, float* %52, i64 %1052
  %1054 = load float, float* %1053, align 4
  %1055 = insertelement <8 x float> undef, float %1054, i32 0
  %splat62 = shufflevector <8 x float> %1055, <8 x float> undef, <8 x i32> zeroinitializer
  %1056 = load <8 x float>, <8 x float>* %27, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %1031, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %27, align 32
  %1058 = load <8 x float>, <8 x float>* %21, align 32
  %1059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %1035, <8 x float> %1058)
  store <8 x float> %1059, <8 x float>* %21, align 32
  %1060 = add i64 %634, 31
  %1061 = getelementptr inbounds float, float* %52, i64 %1060
  %1062 = load float, float* %1061, align 4
  %1063 = insertelement <8 x float> undef, float %1062, i32 0
  %splat63 = shufflevector <8 x float> %1063, <8 x float> undef, <8 x i32> zeroinitializer
  %1064 = load <8 x float>, <8 x float>* %26, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1031, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %26, align 32
  %1066 = load <8 x float>, <8 x float>* %20, align 32
  %1067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1035, <8 x float> %1066)
  store <8 x float> %1067, <8 x float>* %20, align 32
  %1068 = add i64 %634, 39
  %1069 = getelementptr inbounds float, float* %52, i64 %1068
  %1070 = load float, float* %1069, align 4
  %1071 = insertelement <8 x float> undef, float %1070, i32 0
  %splat64 = shufflevector <8 x float> %1071, <8 x float> undef, <8 x i32> zeroinitializer
  %1072 = load <8 x float>, <8 x float>* %25, align 32
  %1073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1031, <8 x float> %1072)
  store <8 x float> %1073, <8 x float>* %25, align 32
  %1074 = load <8 x float>, <8 x float>* %19, align 32
  %1075 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1035, <8 x float> %1074)
  store <8 x float> %1075, <8 x float>* %19, align 32
  %1076 = add i64 %634, 47
  %1077 = getelementptr inbounds float, float* %52, i64 %1076
  %1078 = load float, float* %1077, align 4
  %1079 = insertelement <8 x float> undef, float %1078, i32 0
  %splat65 = shufflevector <8 x float> %1079, <8 x float> undef, <8 x i32> zeroinitializer
  %1080 = load <8 x float>, <8 x float>* %24, align 32
  %1081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1031, <8 x float> %1080)
  store <8 x float> %1081, <8 x float>* %24, align 32
  %1082 = load <8 x float>, <8 x float>* %18, align 32
  %1083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1035, <8 x float> %1082)
  store <8 x float> %1083, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %1084 = load <8 x float>, <8 x float>* %29, align 32
  %1085 = fcmp olt <8 x float> %1084, zeroinitializer
  %1086 = select <8 x i1> %1085, <8 x float> zeroinitializer, <8 x float> %1084
  %1087 = getelementptr inbounds float, float* %0, i64 %533
  %1088 = bitcast float* %1087 to <8 x float>*
  store <8 x float> %1086, <8 x float>* %1088, align 4
  %1089 = load <8 x float>, <8 x float>* %28, align 32
  %1090 = fcmp olt <8 x float> %1089, zeroinitializer
  %1091 = select <8 x i1> %1090, <8 x float> zeroinitializer, <8 x float> %1089
  %1092 = getelementptr inbounds float, float* %0, i64 %536
  %1093 = bitcast float* %1092 to <8 x float>*
  store <8 x float> %1091, <8 x float>* %1093, align 4
  %1094 = load <8 x float>, <8 x float>* %27, align 32
  %1095 = fcmp olt <8 x float> %1094, zeroinitializer
  %1096 = select <8 x i1> %1095, <8 x float> zeroinitializer, <8 x float> %1094
  %1097 = getelementptr inbounds float, float* %0, i64 %539
  %1098 = bitcast float* %1097 to <8 x float>*
  store <8 x float> %1096, <8 x float>* %1098, align 4
  %1099 = load <8 x float>, <8 x float>* %26, align 32
  %1100 = fcmp olt <8 x float> %1099, zeroinitializer
  %1101 = select <8 x i1> %1100, <8 x float> zeroinitializer, <8 x float> %1099
  %1102 = getelementptr inbounds float, float* %0, i64 %542
  %1103 = bitcast float* %1102 to <8 x float>*
  store <8 x float> %1101, <8 x float>* %1103, align 4
  %1104 = load <8 x float>, <8 x float>* %25, align 32
  %1105 = fcmp olt <8 x float> %1104, zeroinitializer
  %1106 = select <8 x i1> %1105, <8 x float> zeroinitializer, <8 x float> %1104
  %1107 = getelementptr inbounds float, float* %0, i64 %545
  %1108 = bitcast float* %1107 to <8 x float>*
  store <8 x float> %1106, <8 x float>* %1108, align 4
  %1109 = load <8 x float>, <8 x float>* %24, align 32
  %1110 = fcmp olt <8 x float> %1109, zeroinitializer
  %1111 = select <8 x i1> %1110, <8 x float> zeroinitializer, <8 x float> %1109
  %1112 = getelementptr inbounds float, float* %0, i64 %548
  %1113 = bitcast float* %1112 to <8 x float>*
  store <8 x float> %1111, <8 x float>* %1113, align 4
  %1114 = load <8 x float>, <8 x float>* %23, align 32
  %1115 = fcmp olt <8 x float> %1114, zeroinitializer
  %1116 = select <8 x i1> %1115, <8 x float> zeroinitializer, <8 x float> %1114
  %1117 = getelementptr inbounds float, float* %0, i64 %555
  %1118 = bitcast float* %1117 to <8 x float>*
  store <8 x float> %1116, <8 x float>* %1118, align 4
  %1119 = load <8 x float>, <8 x float>* %22, align 32
  %1120 = fcmp olt <8 x float> %1119, zeroinitializer
  %1121 = select <8 x i1> %1120, <8 x float> zeroinitializer, <8 x float> %1119
  %1122 = getelementptr inbounds float, float* %0, i64 %558
  %1123 = bitcast float* %1122 to <8 x float>*
  store <8 x float> %1121, <8 x float>* %1123, align 4
  %1124 = load <8 x float>, <8 x float>* %21, align 32
  %1125 = fcmp olt <8 x float> %1124, zeroinitializer
  %1126 = select <8 x i1> %1125, <8 x float> zeroinitializer, <8 x float> %1124
  %1127 = getelementptr inbounds float, float* %0, i64 %561
  %1128 = bitcast float* %1127 to <8 x float>*
  store <8 x float> %1126, <8 x float>* %1128, align 4
  %1129 = load <8 x float>, <8 x float>* %20, align 32
  %1130 = fcmp olt <8 x float> %1129, zeroinitializer
  %1131 = select <8 x i1> %1130, <8 x float> zeroinitializer, <8 x float> %1129
  %1132 = getelementptr inbounds float, float* %0, i64 %564
  %1133 = bitcast float* %1132 to <8 x float>*
  store <8 x float> %1131, <8 x float>* %1133, align 4
  %1134 = load <8 x float>, <8 x float>* %19, align 32
  %1135 = fcmp olt <8 x float> %1134, zeroinitializer
  %1136 = select <8 x i1> %1135, <8 x float> zeroinitializer, <8 x float> %1134
  %1137 = getelementptr inbounds float, float* %0, i64 %567
  %1138 = bitcast float* %1137 to <8 x float>*
  store <8 x float> %1136, <8 x float>* %1138, align 4
  %1139 = load <8 x float>, <8 x float>* %18, align 32
  %1140 = fcmp olt <8 x float> %1139, zeroinitializer
  %1141 = select <8 x i1> %1140, <8 x float> zeroinitializer, <8 x float> %1139
  %1142 = getelementptr inbounds float, float* %0, i64 %570
  %1143 = bitcast float* %1142 to <8 x float>*
  store <8 x float> %1141, <8 x float>* %1143, align 4
  %x.next66 = add i64 %x18, 6
  br label %x.header15

u.header67:                                       ; preds = %u.body68, %x.exit17
  %u70 = phi i64 [ 0, %x.exit17 ], [ %u.next103, %u.body68 ]
  %1144 = icmp slt i64 %u70, 16
  br i1 %1144, label %u.body68, label %u.exit69

u.body68:                                         ; preds = %u.header67
  %1145 = add i64 0, %u70
  %1146 = mul i64 %1145, 896
  %1147 = add i64 864, %1146
  %1148 = mul i64 %1145, 64
  %1149 = add i64 %524, %1148
  %1150 = add i64 %1147, 0
  %1151 = add i64 %1150, 0
  %1152 = add i64 %1149, 0
  %1153 = add i64 %1152, 0
  %1154 = getelementptr inbounds float, float* %4, i64 %1153
  %1155 = bitcast float* %1154 to <8 x float>*
  %1156 = load <8 x float>, <8 x float>* %1155, align 4
  %1157 = add i64 %1152, 1024
  %1158 = getelementptr inbounds float, float* %4, i64 %1157
  %1159 = bitcast float* %1158 to <8 x float>*
  %1160 = load <8 x float>, <8 x float>* %1159, align 4
  %1161 = add i64 %1151, 0
  %1162 = getelementptr inbounds float, float* %52, i64 %1161
  %1163 = load float, float* %1162, align 4
  %1164 = insertelement <8 x float> undef, float %1163, i32 0
  %splat71 = shufflevector <8 x float> %1164, <8 x float> undef, <8 x i32> zeroinitializer
  %1165 = load <8 x float>, <8 x float>* %17, align 32
  %1166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1156, <8 x float> %1165)
  store <8 x float> %1166, <8 x float>* %17, align 32
  %1167 = load <8 x float>, <8 x float>* %13, align 32
  %1168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1160, <8 x float> %1167)
  store <8 x float> %1168, <8 x float>* %13, align 32
  %1169 = add i64 %1151, 8
  %1170 = getelementptr inbounds float, float* %52, i64 %1169
  %1171 = load float, float* %1170, align 4
  %1172 = insertelement <8 x float> undef, float %1171, i32 0
  %splat72 = shufflevector <8 x float> %1172, <8 x float> undef, <8 x i32> zeroinitializer
  %1173 = load <8 x float>, <8 x float>* %16, align 32
  %1174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1156, <8 x float> %1173)
  store <8 x float> %1174, <8 x float>* %16, align 32
  %1175 = load <8 x float>, <8 x float>* %12, align 32
  %1176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1160, <8 x float> %1175)
  store <8 x float> %1176, <8 x float>* %12, align 32
  %1177 = add i64 %1151, 16
  %1178 = getelementptr inbounds float, float* %52, i64 %1177
  %1179 = load float, float* %1178, align 4
  %1180 = insertelement <8 x float> undef, float %1179, i32 0
  %splat73 = shufflevector <8 x float> %1180, <8 x float> undef, <8 x i32> zeroinitializer
  %1181 = load <8 x float>, <8 x float>* %15, align 32
  %1182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1156, <8 x float> %1181)
  store <8 x float> %1182, <8 x float>* %15, align 32
  %1183 = load <8 x float>, <8 x float>* %11, align 32
  %1184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1160, <8 x float> %1183)
  store <8 x float> %1184, <8 x float>* %11, align 32
  %1185 = add i64 %1151, 24
  %1186 = getelementptr inbounds float, float* %52, i64 %1185
  %1187 = load float, float* %1186, align 4
  %1188 = insertelement <8 x float> undef, float %1187, i32 0
  %splat74 = shufflevector <8 x float> %1188, <8 x float> undef, <8 x i32> zeroinitializer
  %1189 = load <8 x float>, <8 x float>* %14, align 32
  %1190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1156, <8 x float> %1189)
  store <8 x float> %1190, <8 x float>* %14, align 32
  %1191 = load <8 x float>, <8 x float>* %10, align 32
  %1192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1160, <8 x float> %1191)
  store <8 x float> %1192, <8 x float>* %10, align 32
  %1193 = add i64 %1152, 8
  %1194 = getelementptr inbounds float, float* %4, i64 %1193
  %1195 = bitcast float* %1194 to <8 x float>*
  %1196 = load <8 x float>, <8 x float>* %1195, align 4
  %1197 = add i64 %1152, 1032
  %1198 = getelementptr inbounds float, float* %4, i64 %1197
  %1199 = bitcast float* %1198 to <8 x float>*
  %1200 = load <8 x float>, <8 x float>* %1199, align 4
  %1201 = add i64 %1151, 1
  %1202 = getelementptr inbounds float, float* %52, i64 %1201
  %1203 = load float, float* %1202, align 4
  %1204 = insertelement <8 x float> undef, float %1203, i32 0
  %splat75 = shufflevector <8 x float> %1204, <8 x float> undef, <8 x i32> zeroinitializer
  %1205 = load <8 x float>, <8 x float>* %17, align 32
  %1206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1196, <8 x float> %1205)
  store <8 x float> %1206, <8 x float>* %17, align 32
  %1207 = load <8 x float>, <8 x float>* %13, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1200, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %13, align 32
  %1209 = add i64 %1151, 9
  %1210 = getelementptr inbounds float, float* %52, i64 %1209
  %1211 = load float, float* %1210, align 4
  %1212 = insertelement <8 x float> undef, float %1211, i32 0
  %splat76 = shufflevector <8 x float> %1212, <8 x float> undef, <8 x i32> zeroinitializer
  %1213 = load <8 x float>, <8 x float>* %16, align 32
  %1214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1196, <8 x float> %1213)
  store <8 x float> %1214, <8 x float>* %16, align 32
  %1215 = load <8 x float>, <8 x float>* %12, align 32
  %1216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1200, <8 x float> %1215)
  store <8 x float> %1216, <8 x float>* %12, align 32
  %1217 = add i64 %1151, 17
  %1218 = getelementptr inbounds float, float* %52, i64 %1217
  %1219 = load float, float* %1218, align 4
  %1220 = insertelement <8 x float> undef, float %1219, i32 0
  %splat77 = shufflevector <8 x float> %1220, <8 x float> undef, <8 x i32> zeroinitializer
  %1221 = load <8 x float>, <8 x float>* %15, align 32
  %1222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1196, <8 x float> %1221)
  store <8 x float> %1222, <8 x float>* %15, align 32
  %1223 = load <8 x float>, <8 x float>* %11, align 32
  %1224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1200, <8 x float> %1223)
  store <8 x float> %1224, <8 x float>* %11, align 32
  %1225 = add i64 %1151, 25
  %1226 = getelementptr inbounds float, float* %52, i64 %1225
  %1227 = load float, float* %1226, align 4
  %1228 = insertelement <8 x float> undef, float %1227, i32 0
  %splat78 = shufflevector <8 x float> %1228, <8 x float> undef, <8 x i32> zeroinitializer
  %1229 = load <8 x float>, <8 x float>* %14, align 32
  %1230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1196, <8 x float> %1229)
  store <8 x float> %1230, <8 x float>* %14, align 32
  %1231 = load <8 x float>, <8 x float>* %10, align 32
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1200, <8 x float> %1231)
  store <8 x float> %1232, <8 x float>* %10, align 32
  %1233 = add i64 %1152, 16
  %1234 = getelementptr inbounds float, float* %4, i64 %1233
  %1235 = bitcast float* %1234 to <8 x float>*
  %1236 = load <8 x float>, <8 x float>* %1235, align 4
  %1237 = add i64 %1152, 1040
  %1238 = getelementptr inbounds float, float* %4, i64 %1237
  %1239 = bitcast float* %1238 to <8 x float>*
  %1240 = load <8 x float>, <8 x float>* %1239, align 4
  %1241 = add i64 %1151, 2
  %1242 = getelementptr inbounds float, float* %52, i64 %1241
  %1243 = load float, float* %1242, align 4
  %1244 = insertelement <8 x float> undef, float %1243, i32 0
  %splat79 = shufflevector <8 x float> %1244, <8 x float> undef, <8 x i32> zeroinitializer
  %1245 = load <8 x float>, <8 x float>* %17, align 32
  %1246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1236, <8 x float> %1245)
  store <8 x float> %1246, <8 x float>* %17, align 32
  %1247 = load <8 x float>, <8 x float>* %13, align 32
  %1248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1240, <8 x float> %1247)
  store <8 x float> %1248, <8 x float>* %13, align 32
  %1249 = add i64 %1151, 10
  %1250 = getelementptr inbounds float, float* %52, i64 %1249
  %1251 = load float, float* %1250, align 4
  %1252 = insertelement <8 x float> undef, float %1251, i32 0
  %splat80 = shufflevector <8 x float> %1252, <8 x float> undef, <8 x i32> zeroinitializer
  %1253 = load <8 x float>, <8 x float>* %16, align 32
  %1254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1236, <8 x float> %1253)
  store <8 x float> %1254, <8 x float>* %16, align 32
  %1255 = load <8 x float>, <8 x float>* %12, align 32
  %1256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1240, <8 x float> %1255)
  store <8 x float> %1256, <8 x float>* %12, align 32
  %1257 = add i64 %1151, 18
  %1258 = getelementptr inbounds float, float* %52, i64 %1257
  %1259 = load float, float* %1258, align 4
  %1260 = insertelement <8 x float> undef, float %1259, i32 0
  %splat81 = shufflevector <8 x float> %1260, <8 x float> undef, <8 x i32> zeroinitializer
  %1261 = load <8 x float>, <8 x float>* %15, align 32
  %1262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1236, <8 x float> %1261)
  store <8 x float> %1262, <8 x float>* %15, align 32
  %1263 = load <8 x float>, <8 x float>* %11, align 32
  %1264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1240, <8 x float> %1263)
  store <8 x float> %1264, <8 x float>* %11, align 32
  %1265 = add i64 %1151, 26
  %1266 = getelementptr inbounds float, float* %52, i64 %1265
  %1267 = load float, float* %1266, align 4
  %1268 = insertelement <8 x float> undef, float %1267, i32 0
  %splat82 = shufflevector <8 x float> %1268, <8 x float> undef, <8 x i32> zeroinitializer
  %1269 = load <8 x float>, <8 x float>* %14, align 32
  %1270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1236, <8 x float> %1269)
  store <8 x float> %1270, <8 x float>* %14, align 32
  %1271 = load <8 x float>, <8 x float>* %10, align 32
  %1272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1240, <8 x float> %1271)
  store <8 x float> %1272, <8 x float>* %10, align 32
  %1273 = add i64 %1152, 24
  %1274 = getelementptr inbounds float, float* %4, i64 %1273
  %1275 = bitcast float* %1274 to <8 x float>*
  %1276 = load <8 x float>, <8 x float>* %1275, align 4
  %1277 = add i64 %1152, 1048
  %1278 = getelementptr inbounds float, float* %4, i64 %1277
  %1279 = bitcast float* %1278 to <8 x float>*
  %1280 = load <8 x float>, <8 x float>* %1279, align 4
  %1281 = add i64 %1151, 3
  %1282 = getelementptr inbounds float, float* %52, i64 %1281
  %1283 = load float, float* %1282, align 4
  %1284 = insertelement <8 x float> undef, float %1283, i32 0
  %splat83 = shufflevector <8 x float> %1284, <8 x float> undef, <8 x i32> zeroinitializer
  %1285 = load <8 x float>, <8 x float>* %17, align 32
  %1286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1276, <8 x float> %1285)
  store <8 x float> %1286, <8 x float>* %17, align 32
  %1287 = load <8 x float>, <8 x float>* %13, align 32
  %1288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1280, <8 x float> %1287)
  store <8 x float> %1288, <8 x float>* %13, align 32
  %1289 = add i64 %1151, 11
  %1290 = getelementptr inbounds float, float* %52, i64 %1289
  %1291 = load float, float* %1290, align 4
  %1292 = insertelement <8 x float> undef, float %1291, i32 0
  %splat84 = shufflevector <8 x float> %1292, <8 x float> undef, <8 x i32> zeroinitializer
  %1293 = load <8 x float>, <8 x float>* %16, align 32
  %1294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1276, <8 x float> %1293)
  store <8 x float> %1294, <8 x float>* %16, align 32
  %1295 = load <8 x float>, <8 x float>* %12, align 32
  %1296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1280, <8 x float> %1295)
  store <8 x float> %1296, <8 x float>* %12, align 32
  %1297 = add i64 %1151, 19
  %1298 = getelementptr inbounds float, float* %52, i64 %1297
  %1299 = load float, float* %1298, align 4
  %1300 = insertelement <8 x float> undef, float %1299, i32 0
  %splat85 = shufflevector <8 x float> %1300, <8 x float> undef, <8 x i32> zeroinitializer
  %1301 = load <8 x float>, <8 x float>* %15, align 32
  %1302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1276, <8 x float> %1301)
  store <8 x float> %1302, <8 x float>* %15, align 32
  %1303 = load <8 x float>, <8 x float>* %11, align 32
  %1304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1280, <8 x float> %1303)
  store <8 x float> %1304, <8 x float>* %11, align 32
  %1305 = add i64 %1151, 27
  %1306 = getelementptr inbounds float, float* %52, i64 %1305
  %1307 = load float, float* %1306, align 4
  %1308 = insertelement <8 x float> undef, float %1307, i32 0
  %splat86 = shufflevector <8 x float> %1308, <8 x float> undef, <8 x i32> zeroinitializer
  %1309 = load <8 x float>, <8 x float>* %14, align 32
  %1310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1276, <8 x float> %1309)
  store <8 x float> %1310, <8 x float>* %14, align 32
  %1311 = load <8 x float>, <8 x float>* %10, align 32
  %1312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1280, <8 x float> %1311)
  store <8 x float> %1312, <8 x float>* %10, align 32
  %1313 = add i64 %1152, 32
  %1314 = getelementptr inbounds float, float* %4, i64 %1313
  %1315 = bitcast float* %1314 to <8 x float>*
  %1316 = load <8 x float>, <8 x float>* %1315, align 4
  %1317 = add i64 %1152, 1056
  %1318 = getelementptr inbounds float, float* %4, i64 %1317
  %1319 = bitcast float* %1318 to <8 x float>*
  %1320 = load <8 x float>, <8 x float>* %1319, align 4
  %1321 = add i64 %1151, 4
  %1322 = getelementptr inbounds float, float* %52, i64 %1321
  %1323 = load float, float* %1322, align 4
  %1324 = insertelement <8 x float> undef, float %1323, i32 0
  %splat87 = shufflevector <8 x float> %1324, <8 x float> undef, <8 x i32> zeroinitializer
  %1325 = load <8 x float>, <8 x float>* %17, align 32
  %1326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1316, <8 x float> %1325)
  store <8 x float> %1326, <8 x float>* %17, align 32
  %1327 = load <8 x float>, <8 x float>* %13, align 32
  %1328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1320, <8 x float> %1327)
  store <8 x float> %1328, <8 x float>* %13, align 32
  %1329 = add i64 %1151, 12
  %1330 = getelementptr inbounds float, float* %52, i64 %1329
  %1331 = load float, float* %1330, align 4
  %1332 = insertelement <8 x float> undef, float %1331, i32 0
  %splat88 = shufflevector <8 x float> %1332, <8 x float> undef, <8 x i32> zeroinitializer
  %1333 = load <8 x float>, <8 x float>* %16, align 32
  %1334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1316, <8 x float> %1333)
  store <8 x float> %1334, <8 x float>* %16, align 32
  %1335 = load <8 x float>, <8 x float>* %12, align 32
  %1336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1320, <8 x float> %1335)
  store <8 x float> %1336, <8 x float>* %12, align 32
  %1337 = add i64 %1151, 20
  %1338 = getelementptr inbounds float, float* %52, i64 %1337
  %1339 = load float, float* %1338, align 4
  %1340 = insertelement <8 x float> undef, float %1339, i32 0
  %splat89 = shufflevector <8 x float> %1340, <8 x float> undef, <8 x i32> zeroinitializer
  %1341 = load <8 x float>, <8 x float>* %15, align 32
  %1342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1316, <8 x float> %1341)
  store <8 x float> %1342, <8 x float>* %15, align 32
  %1343 = load <8 x float>, <8 x float>* %11, align 32
  %1344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1320, <8 x float> %1343)
  store <8 x float> %1344, <8 x float>* %11, align 32
  %1345 = add i64 %1151, 28
  %1346 = getelementptr inbounds float, float* %52, i64 %1345
  %1347 = load float, float* %1346, align 4
  %1348 = insertelement <8 x float> undef, float %1347, i32 0
  %splat90 = shufflevector <8 x float> %1348, <8 x float> undef, <8 x i32> zeroinitializer
  %1349 = load <8 x float>, <8 x float>* %14, align 32
  %1350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1316, <8 x float> %1349)
  store <8 x float> %1350, <8 x float>* %14, align 32
  %1351 = load <8 x float>, <8 x float>* %10, align 32
  %1352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1320, <8 x float> %1351)
  store <8 x float> %1352, <8 x float>* %10, align 32
  %1353 = add i64 %1152, 40
  %1354 = getelementptr inbounds float, float* %4, i64 %1353
  %1355 = bitcast float* %1354 to <8 x float>*
  %1356 = load <8 x float>, <8 x float>* %1355, align 4
  %1357 = add i64 %1152, 1064
  %1358 = getelementptr inbounds float, float* %4, i64 %1357
  %1359 = bitcast float* %1358 to <8 x float>*
  %1360 = load <8 x float>, <8 x float>* %1359, align 4
  %1361 = add i64 %1151, 5
  %1362 = getelementptr inbounds float, float* %52, i64 %1361
  %1363 = load float, float* %1362, align 4
  %1364 = insertelement <8 x float> undef, float %1363, i32 0
  %splat91 = shufflevector <8 x float> %1364, <8 x float> undef, <8 x i32> zeroinitializer
  %1365 = load <8 x float>, <8 x float>* %17, align 32
  %1366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1356, <8 x float> %1365)
  store <8 x float> %1366, <8 x float>* %17, align 32
  %1367 = load <8 x float>, <8 x float>* %13, align 32
  %1368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1360, <8 x float> %1367)
  store <8 x float> %1368, <8 x float>* %13, align 32
  %1369 = add i64 %1151, 13
  %1370 = getelementptr inbounds float, float* %52, i64 %1369
  %1371 = load float, float* %1370, align 4
  %1372 = insertelement <8 x float> undef, float %1371, i32 0
  %splat92 = shufflevector <8 x float> %1372, <8 x float> undef, <8 x i32> zeroinitializer
  %1373 = load <8 x float>, <8 x float>* %16, align 32
  %1374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1356, <8 x float> %1373)
  store <8 x float> %1374, <8 x float>* %16, align 32
  %1375 = load <8 x float>, <8 x float>* %12, align 32
  %1376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1360, <8 x float> %1375)
  store <8 x float> %1376, <8 x float>* %12, align 32
  %1377 = add i64 %1151, 21
  %1378 = getelementptr inbounds float, float* %52, i64 %1377
  %1379 = load float, float* %1378, align 4
  %1380 = insertelement <8 x float> undef, float %1379, i32 0
  %splat93 = shufflevector <8 x float> %1380, <8 x float> undef, <8 x i32> zeroinitializer
  %1381 = load <8 x float>, <8 x float>* %15, align 32
  %1382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1356, <8 x float> %1381)
  store <8 x float> %1382, <8 x float>* %15, align 32
  %1383 = load <8 x float>, <8 x float>* %11, align 32
  %1384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1360, <8 x float> %1383)
  store <8 x float> %1384, <8 x float>* %11, align 32
  %1385 = add i64 %1151, 29
  %1386 = getelementptr inbounds float, float* %52, i64 %1385
  %1387 = load float, float* %1386, align 4
  %1388 = insertelement <8 x float> undef, float %1387, i32 0
  %splat94 = shufflevector <8 x float> %1388, <8 x float> undef, <8 x i32> zeroinitializer
  %1389 = load <8 x float>, <8 x float>* %14, align 32
  %1390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1356, <8 x float> %1389)
  store <8 x float> %1390, <8 x float>* %14, align 32
  %1391 = load <8 x float>, <8 x float>* %10, align 32
  %1392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1360, <8 x float> %1391)
  store <8 x float> %1392, <8 x float>* %10, align 32
  %1393 = add i64 %1152, 48
  %1394 = getelementptr inbounds float, float* %4, i64 %1393
  %1395 = bitcast float* %1394 to <8 x float>*
  %1396 = load <8 x float>, <8 x float>* %1395, align 4
  %1397 = add i64 %1152, 1072
  %1398 = getelementptr inbounds float, float* %4, i64 %1397
  %1399 = bitcast float* %1398 to <8 x float>*
  %1400 = load <8 x float>, <8 x float>* %1399, align 4
  %1401 = add i64 %1151, 6
  %1402 = getelementptr inbounds float, float* %52, i64 %1401
  %1403 = load float, float* %1402, align 4
  %1404 = insertelement <8 x float> undef, float %1403, i32 0
  %splat95 = shufflevector <8 x float> %1404, <8 x float> undef, <8 x i32> zeroinitializer
  %1405 = load <8 x float>, <8 x float>* %17, align 32
  %1406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1396, <8 x float> %1405)
  store <8 x float> %1406, <8 x float>* %17, align 32
  %1407 = load <8 x float>, <8 x float>* %13, align 32
  %1408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1400, <8 x float> %1407)
  store <8 x float> %1408, <8 x float>* %13, align 32
  %1409 = add i64 %1151, 14
  %1410 = getelementptr inbounds float, float* %52, i64 %1409
  %1411 = load float, float* %1410, align 4
  %1412 = insertelement <8 x float> undef, float %1411, i32 0
  %splat96 = shufflevector <8 x float> %1412, <8 x float> undef, <8 x i32> zeroinitializer
  %1413 = load <8 x float>, <8 x float>* %16, align 32
  %1414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1396, <8 x float> %1413)
  store <8 x float> %1414, <8 x float>* %16, align 32
  %1415 = load <8 x float>, <8 x float>* %12, align 32
  %1416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1400, <8 x float> %1415)
  store <8 x float> %1416, <8 x float>* %12, align 32
  %1417 = add i64 %1151, 22
  %1418 = getelementptr inbounds float, float* %52, i64 %1417
  %1419 = load float, float* %1418, align 4
  %1420 = insertelement <8 x float> undef, float %1419, i32 0
  %splat97 = shufflevector <8 x float> %1420, <8 x float> undef, <8 x i32> zeroinitializer
  %1421 = load <8 x float>, <8 x float>* %15, align 32
  %1422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1396, <8 x float> %1421)
  store <8 x float> %1422, <8 x float>* %15, align 32
  %1423 = load <8 x float>, <8 x float>* %11, align 32
  %1424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1400, <8 x float> %1423)
  store <8 x float> %1424, <8 x float>* %11, align 32
  %1425 = add i64 %1151, 30
  %1426 = getelementptr inbounds float, float* %52, i64 %1425
  %1427 = load float, float* %1426, align 4
  %1428 = insertelement <8 x float> undef, float %1427, i32 0
  %splat98 = shufflevector <8 x float> %1428, <8 x float> undef, <8 x i32> zeroinitializer
  %1429 = load <8 x float>, <8 x float>* %14, align 32
  %1430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1396, <8 x float> %1429)
  store <8 x float> %1430, <8 x float>* %14, align 32
  %1431 = load <8 x float>, <8 x float>* %10, align 32
  %1432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1400, <8 x float> %1431)
  store <8 x float> %1432, <8 x float>* %10, align 32
  %1433 = add i64 %1152, 56
  %1434 = getelementptr inbounds float, float* %4, i64 %1433
  %1435 = bitcast float* %1434 to <8 x float>*
  %1436 = load <8 x float>, <8 x float>* %1435, align 4
  %1437 = add i64 %1152, 1080
  %1438 = getelementptr inbounds float, float* %4, i64 %1437
  %1439 = bitcast float* %1438 to <8 x float>*
  %1440 = load <8 x float>, <8 x float>* %1439, align 4
  %1441 = add i64 %1151, 7
  %1442 = getelementptr inbounds float, float* %52, i64 %1441
  %1443 = load float, float* %1442, align 4
  %1444 = insertelement <8 x float> undef, float %1443, i32 0
  %splat99 = shufflevector <8 x float> %1444, <8 x float> undef, <8 x i32> zeroinitializer
  %1445 = load <8 x float>, <8 x float>* %17, align 32
  %1446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1436, <8 x float> %1445)
  store <8 x float> %1446, <8 x float>* %17, align 32
  %1447 = load <8 x float>, <8 x float>* %13, align 32
  %1448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1440, <8 x float> %1447)
  store <8 x float> %1448, <8 x float>* %13, align 32
  %1449 = add i64 %1151, 15
  %1450 = getelementptr inbounds float, float* %52, i64 %1449
  %1451 = load float, float* %1450, align 4
  %1452 = insertelement <8 x float> undef, float %1451, i32 0
  %splat100 = shufflevector <8 x float> %1452, <8 x float> undef, <8 x i32> zeroinitializer
  %1453 = load <8 x float>, <8 x float>* %16, align 32
  %1454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1436, <8 x float> %1453)
  store <8 x float> %1454, <8 x float>* %16, align 32
  %1455 = load <8 x float>, <8 x float>* %12, align 32
  %1456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1440, <8 x float> %1455)
  store <8 x float> %1456, <8 x float>* %12, align 32
  %1457 = add i64 %1151, 23
  %1458 = getelementptr inbounds float, float* %52, i64 %1457
  %1459 = load float, float* %1458, align 4
  %1460 = insertelement <8 x float> undef, float %1459, i32 0
  %splat101 = shufflevector <8 x float> %1460, <8 x float> undef, <8 x i32> zeroinitializer
  %1461 = load <8 x float>, <8 x float>* %15, align 32
  %1462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1436, <8 x float> %1461)
  store <8 x float> %1462, <8 x float>* %15, align 32
  %1463 = load <8 x float>, <8 x float>* %11, align 32
  %1464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1440, <8 x float> %1463)
  store <8 x float> %1464, <8 x float>* %11, align 32
  %1465 = add i64 %1151, 31
  %1466 = getelementptr inbounds float, float* %52, i64 %1465
  %1467 = load float, float* %1466, align 4
  %1468 = insertelement <8 x float> undef, float %1467, i32 0
  %splat102 = shufflevector <8 x float> %1468, <8 x float> undef, <8 x i32> zeroinitializer
  %1469 = load <8 x float>, <8 x float>* %14, align 32
  %1470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1436, <8 x float> %1469)
  store <8 x float> %1470, <8 x float>* %14, align 32
  %1471 = load <8 x float>, <8 x float>* %10, align 32
  %1472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1440, <8 x float> %1471)
  store <8 x float> %1472, <8 x float>* %10, align 32
  %u.next103 = add i64 %u70, 1
  br label %u.header67

u.exit69:                                         ; preds = %u.header67
  %1473 = load <8 x float>, <8 x float>* %17, align 32
  %1474 = fcmp olt <8 x float> %1473, zeroinitializer
  %1475 = select <8 x i1> %1474, <8 x float> zeroinitializer, <8 x float> %1473
  %1476 = getelementptr inbounds float, float* %0, i64 %591
  %1477 = bitcast float* %1476 to <8 x float>*
  store <8 x float> %1475, <8 x float>* %1477, align 4
  %1478 = load <8 x float>, <8 x float>* %16, align 32
  %1479 = fcmp olt <8 x float> %1478, zeroinitializer
  %1480 = select <8 x i1> %1479, <8 x float> zeroinitializer, <8 x float> %1478
  %1481 = getelementptr inbounds float, float* %0, i64 %594
  %1482 = bitcast float* %1481 to <8 x float>*
  store <8 x float> %1480, <8 x float>* %1482, align 4
  %1483 = load <8 x float>, <8 x float>* %15, align 32
  %1484 = fcmp olt <8 x float> %1483, zeroinitializer
  %1485 = select <8 x i1> %1484, <8 x float> zeroinitializer, <8 x float> %1483
  %1486 = getelementptr inbounds float, float* %0, i64 %597
  %1487 = bitcast float* %1486 to <8 x float>*
  store <8 x float> %1485, <8 x float>* %1487, align 4
  %1488 = load <8 x float>, <8 x float>* %14, align 32
  %1489 = fcmp olt <8 x float> %1488, zeroinitializer
  %1490 = select <8 x i1> %1489, <8 x float> zeroinitializer, <8 x float> %1488
  %1491 = getelementptr inbounds float, float* %0, i64 %600
  %1492 = bitcast float* %1491 to <8 x float>*
  store <8 x float> %1490, <8 x float>* %1492, align 4
  %1493 = load <8 x float>, <8 x float>* %13, align 32
  %1494 = fcmp olt <8 x float> %1493, zeroinitializer
  %1495 = select <8 x i1> %1494, <8 x float> zeroinitializer, <8 x float> %1493
  %1496 = getelementptr inbounds float, float* %0, i64 %607
  %1497 = bitcast float* %1496 to <8 x float>*
  store <8 x float> %1495, <8 x float>* %1497, align 4
  %1498 = load <8 x float>, <8 x float>* %12, align 32
  %1499 = fcmp olt <8 x float> %1498, zeroinitializer
  %1500 = select <8 x i1> %1499, <8 x float> zeroinitializer, <8 x float> %1498
  %1501 = getelementptr inbounds float, float* %0, i64 %610
  %1502 = bitcast float* %1501 to <8 x float>*
  store <8 x float> %1500, <8 x float>* %1502, align 4
  %1503 = load <8 x float>, <8 x float>* %11, align 32
  %1504 = fcmp olt <8 x float> %1503, zeroinitializer
  %1505 = select <8 x i1> %1504, <8 x float> zeroinitializer, <8 x float> %1503
  %1506 = getelementptr inbounds float, float* %0, i64 %613
  %1507 = bitcast float* %1506 to <8 x float>*
  store <8 x float> %1505, <8 x float>* %1507, align 4
  %1508 = load <8 x float>, <8 x float>* %10, align 32
  %1509 = fcmp olt <8 x float> %1508, zeroinitializer
  %1510 = select <8 x i1> %1509, <8 x float> zeroinitializer, <8 x float> %1508
  %1511 = getelementptr inbounds float, float* %0, i64 %616
  %1512 = bitcast float* %1511 to <8 x float>*
  store <8 x float> %1510, <8 x float>* %1512, align 4
  %block.group.next = add i64 %block.group, 1
  br label %block.group.header
}

; Function Attrs: noinline nounwind
define internal void @node4.conv2d_5.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = getelementptr inbounds i8*, i8** %1, i64 6
  %21 = load i8*, i8** %20, align 8
  %22 = bitcast i8* %21 to float*
  %23 = getelementptr inbounds i8*, i8** %1, i64 7
  %24 = load i8*, i8** %23, align 8
  %25 = bitcast i8* %24 to float*
  %26 = call i32 @omp_get_thread_num()
  %27 = sext i32 %26 to i64
  %28 = call i32 @omp_get_num_threads()
  %29 = sext i32 %28 to i64
  %30 = sub i64 %29, 1
  %31 = add i64 7, %30
  %32 = sdiv i64 %31, %29
  %33 = mul i64 %27, %32
  %34 = icmp slt i64 %33, 7
  %35 = select i1 %34, i64 %33, i64 7
  %36 = add i64 %35, %32
  %37 = icmp slt i64 %36, 7
  %38 = select i1 %37, i64 %36, i64 7
  call void @node4.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %35, i64 %38)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, float* %6, float* %7, i64 %8, i64 %9) #0 {
entry:
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  %39 = alloca <8 x float>, align 32
  %40 = alloca <8 x float>, align 32
  %41 = alloca <8 x float>, align 32
  %42 = alloca <8 x float>, align 32
  %43 = alloca <8 x float>, align 32
  %44 = alloca <8 x float>, align 32
  %45 = alloca <8 x float>, align 32
  %46 = alloca <8 x float>, align 32
  %band = alloca [28672 x float], align 64
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %8, %entry ], [ %task.next, %block.group.exit ]
  %47 = icmp slt i64 %task, %9
  br i1 %47, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %48 = srem i64 %task, 1
  %49 = sdiv i64 %task, 1
  %50 = srem i64 %49, 7
  %51 = sdiv i64 %task, 7
  %52 = bitcast [28672 x float]* %band to float*
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %53 = icmp slt i64 %channel.block, 32
  br i1 %53, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %54 = mul i64 %51, 32
  %55 = add i64 %54, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %56 = mul i64 %48, 16
  %57 = add i64 %56, 16
  %58 = icmp slt i64 %57, 16
  %59 = select i1 %58, i64 %57, i64 16
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit10, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit10 ]
  %60 = icmp slt i64 %band.row, 4
  br i1 %60, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %61 = mul i64 %50, 4
  %62 = add i64 %61, %band.row
  %63 = mul i64 %channel.block, 4
  %64 = add i64 %63, %band.row
  %65 = mul i64 %64, 224
  %66 = srem i64 %55, 32
  %67 = mul i64 %55, 6272
  %68 = mul i64 %62, 1
  %69 = sub i64 %68, 1
  %70 = mul i64 %66, 8
  %71 = getelementptr inbounds float, float* %7, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  store <8 x float> %73, <8 x float>* %46, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !10

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %74 = icmp slt i64 %kh, 3
  br i1 %74, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %75 = mul i64 %kh, 1
  %76 = add i64 %69, %75
  %77 = icmp sge i64 %76, 0
  %78 = icmp slt i64 %76, 28
  %79 = and i1 %77, %78
  br i1 %79, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %80 = add i64 %65, 0
  %81 = load <8 x float>, <8 x float>* %46, align 32
  %82 = fcmp olt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> zeroinitializer, <8 x float> %81
  %84 = getelementptr inbounds float, float* %52, i64 %80
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %83, <8 x float>* %85, align 4
  br label %x.header

then:                                             ; preds = %kh.body
  %86 = mul i64 %76, 224
  %87 = add i64 %67, %86
  %88 = mul i64 %66, 3
  %89 = add i64 %88, %kh
  %90 = mul i64 %89, 24
  %91 = add i64 %90, 0
  %92 = getelementptr inbounds float, float* %6, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  %94 = load <8 x float>, <8 x float>* %93, align 4
  %95 = add i64 %90, 8
  %96 = getelementptr inbounds float, float* %6, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = add i64 %90, 16
  %100 = getelementptr inbounds float, float* %6, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  %102 = load <8 x float>, <8 x float>* %101, align 4
  %103 = add i64 %87, -8
  %104 = add i64 %103, 8
  %105 = getelementptr inbounds float, float* %1, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = load <8 x float>, <8 x float>* %46, align 32
  %109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> %98, <8 x float> %108)
  store <8 x float> %109, <8 x float>* %46, align 32
  %110 = add i64 %103, 16
  %111 = getelementptr inbounds float, float* %1, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = load <8 x float>, <8 x float>* %46, align 32
  %115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %113, <8 x float> %102, <8 x float> %114)
  store <8 x float> %115, <8 x float>* %46, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

x.header:                                         ; preds = %kh.exit3, %kh.exit
  %x = phi i64 [ 1, %kh.exit ], [ %x.next, %kh.exit3 ]
  %116 = icmp slt i64 %x, 23
  br i1 %116, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %73, <8 x float>* %45, align 32
  store <8 x float> %73, <8 x float>* %44, align 32
  store <8 x float> %73, <8 x float>* %43, align 32
  store <8 x float> %73, <8 x float>* %42, align 32
  store <8 x float> %73, <8 x float>* %41, align 32
  store <8 x float> %73, <8 x float>* %40, align 32
  store <8 x float> %73, <8 x float>* %39, align 32
  store <8 x float> %73, <8 x float>* %38, align 32
  store <8 x float> %73, <8 x float>* %37, align 32
  store <8 x float> %73, <8 x float>* %36, align 32
  store <8 x float> %73, <8 x float>* %35, align 32
  %117 = mul i64 %x, 1
  %118 = sub i64 %117, 1
  br label %kh.header1

x.exit:                                           ; preds = %x.header
  store <8 x float> %73, <8 x float>* %34, align 32
  store <8 x float> %73, <8 x float>* %33, align 32
  store <8 x float> %73, <8 x float>* %32, align 32
  store <8 x float> %73, <8 x float>* %31, align 32
  store <8 x float> %73, <8 x float>* %30, align 32
  br label %kh.header8

kh.header1:                                       ; preds = %endif6, %x.body
  %kh4 = phi i64 [ 0, %x.body ], [ %kh.next7, %endif6 ]
  %119 = icmp slt i64 %kh4, 3
  br i1 %119, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %120 = mul i64 %kh4, 1
  %121 = add i64 %69, %120
  %122 = icmp sge i64 %121, 0
  %123 = icmp slt i64 %121, 28
  %124 = and i1 %122, %123
  br i1 %124, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %125 = add i64 %x, 0
  %126 = mul i64 %125, 8
  %127 = add i64 %65, %126
  %128 = load <8 x float>, <8 x float>* %45, align 32
  %129 = fcmp olt <8 x float> %128, zeroinitializer
  %130 = select <8 x i1> %129, <8 x float> zeroinitializer, <8 x float> %128
  %131 = getelementptr inbounds float, float* %52, i64 %127
  %132 = bitcast float* %131 to <8 x float>*
  store <8 x float> %130, <8 x float>* %132, align 4
  %133 = add i64 %x, 1
  %134 = mul i64 %133, 8
  %135 = add i64 %65, %134
  %136 = load <8 x float>, <8 x float>* %44, align 32
  %137 = fcmp olt <8 x float> %136, zeroinitializer
  %138 = select <8 x i1> %137, <8 x float> zeroinitializer, <8 x float> %136
  %139 = getelementptr inbounds float, float* %52, i64 %135
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %138, <8 x float>* %140, align 4
  %141 = add i64 %x, 2
  %142 = mul i64 %141, 8
  %143 = add i64 %65, %142
  %144 = load <8 x float>, <8 x float>* %43, align 32
  %145 = fcmp olt <8 x float> %144, zeroinitializer
  %146 = select <8 x i1> %145, <8 x float> zeroinitializer, <8 x float> %144
  %147 = getelementptr inbounds float, float* %52, i64 %143
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %146, <8 x float>* %148, align 4
  %149 = add i64 %x, 3
  %150 = mul i64 %149, 8
  %151 = add i64 %65, %150
  %152 = load <8 x float>, <8 x float>* %42, align 32
  %153 = fcmp olt <8 x float> %152, zeroinitializer
  %154 = select <8 x i1> %153, <8 x float> zeroinitializer, <8 x float> %152
  %155 = getelementptr inbounds float, float* %52, i64 %151
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %154, <8 x float>* %156, align 4
  %157 = add i64 %x, 4
  %158 = mul i64 %157, 8
  %159 = add i64 %65, %158
  %160 = load <8 x float>, <8 x float>* %41, align 32
  %161 = fcmp olt <8 x float> %160, zeroinitializer
  %162 = select <8 x i1> %161, <8 x float> zeroinitializer, <8 x float> %160
  %163 = getelementptr inbounds float, float* %52, i64 %159
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %162, <8 x float>* %164, align 4
  %165 = add i64 %x, 5
  %166 = mul i64 %165, 8
  %167 = add i64 %65, %166
  %168 = load <8 x float>, <8 x float>* %40, align 32
  %169 = fcmp olt <8 x float> %168, zeroinitializer
  %170 = select <8 x i1> %169, <8 x float> zeroinitializer, <8 x float> %168
  %171 = getelementptr inbounds float, float* %52, i64 %167
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %170, <8 x float>* %172, align 4
  %173 = add i64 %x, 6
  %174 = mul i64 %173, 8
  %175 = add i64 %65, %174
  %176 = load <8 x float>, <8 x float>* %39, align 32
  %177 = fcmp olt <8 x float> %176, zeroinitializer
  %178 = select <8 x i1> %177, <8 x float> zeroinitializer, <8 x float> %176
  %179 = getelementptr inbounds float, float* %52, i64 %175
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %178, <8 x float>* %180, align 4
  %181 = add i64 %x, 7
  %182 = mul i64 %181, 8
  %183 = add i64 %65, %182
  %184 = load <8 x float>, <8 x float>* %38, align 32
  %185 = fcmp olt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> zeroinitializer, <8 x float> %184
  %187 = getelementptr inbounds float, float* %52, i64 %183
  %188 = bitcast float* %187 to <8 x float>*
  store <8 x float> %186, <8 x float>* %188, align 4
  %189 = add i64 %x, 8
  %190 = mul i64 %189, 8
  %191 = add i64 %65, %190
  %192 = load <8 x float>, <8 x float>* %37, align 32
  %193 = fcmp olt <8 x float> %192, zeroinitializer
  %194 = select <8 x i1> %193, <8 x float> zeroinitializer, <8 x float> %192
  %195 = getelementptr inbounds float, float* %52, i64 %191
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %194, <8 x float>* %196, align 4
  %197 = add i64 %x, 9
  %198 = mul i64 %197, 8
  %199 = add i64 %65, %198
  %200 = load <8 x float>, <8 x float>* %36, align 32
  %201 = fcmp olt <8 x float> %200, zeroinitializer
  %202 = select <8 x i1> %201, <8 x float> zeroinitializer, <8 x float> %200
  %203 = getelementptr inbounds float, float* %52, i64 %199
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %202, <8 x float>* %204, align 4
  %205 = add i64 %x, 10
  %206 = mul i64 %205, 8
  %207 = add i64 %65, %206
  %208 = load <8 x float>, <8 x float>* %35, align 32
  %209 = fcmp olt <8 x float> %208, zeroinitializer
  %210 = select <8 x i1> %209, <8 x float> zeroinitializer, <8 x float> %208
  %211 = getelementptr inbounds float, float* %52, i64 %207
  %212 = bitcast float* %211 to <8 x float>*
  store <8 x float> %210, <8 x float>* %212, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then5:                                            ; preds = %kh.body2
  %213 = mul i64 %121, 224
  %214 = add i64 %67, %213
  %215 = mul i64 %66, 3
  %216 = add i64 %215, %kh4
  %217 = mul i64 %216, 24
  %218 = add i64 %217, 0
  %219 = getelementptr inbounds float, float* %6, i64 %218
  %220 = bitcast float* %219 to <8 x float>*
  %221 = load <8 x float>, <8 x float>* %220, align 4
  %222 = add i64 %217, 8
  %223 = getelementptr inbounds float, float* %6, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  %225 = load <8 x float>, <8 x float>* %224, align 4
  %226 = add i64 %217, 16
  %227 = getelementptr inbounds float, float* %6, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  %229 = load <8 x float>, <8 x float>* %228, align 4
  %230 = mul i64 %118, 8
  %231 = add i64 %214, %230
  %232 = add i64 %231, 0
  %233 = getelementptr inbounds float, float* %1, i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  %235 = load <8 x float>, <8 x float>* %234, align 4
  %236 = load <8 x float>, <8 x float>* %45, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %221, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %45, align 32
  %238 = add i64 %231, 8
  %239 = getelementptr inbounds float, float* %1, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  %241 = load <8 x float>, <8 x float>* %240, align 4
  %242 = load <8 x float>, <8 x float>* %45, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %225, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %45, align 32
  %244 = load <8 x float>, <8 x float>* %44, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %221, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %44, align 32
  %246 = add i64 %231, 16
  %247 = getelementptr inbounds float, float* %1, i64 %246
  %248 = bitcast float* %247 to <8 x float>*
  %249 = load <8 x float>, <8 x float>* %248, align 4
  %250 = load <8 x float>, <8 x float>* %45, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %229, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %45, align 32
  %252 = load <8 x float>, <8 x float>* %44, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %225, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %44, align 32
  %254 = load <8 x float>, <8 x float>* %43, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %221, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %43, align 32
  %256 = add i64 %231, 24
  %257 = getelementptr inbounds float, float* %1, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  %259 = load <8 x float>, <8 x float>* %258, align 4
  %260 = load <8 x float>, <8 x float>* %44, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %259, <8 x float> %229, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %44, align 32
  %262 = load <8 x float>, <8 x float>* %43, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %259, <8 x float> %225, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %43, align 32
  %264 = load <8 x float>, <8 x float>* %42, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %259, <8 x float> %221, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %42, align 32
  %266 = add i64 %231, 32
  %267 = getelementptr inbounds float, float* %1, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = load <8 x float>, <8 x float>* %43, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %229, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %43, align 32
  %272 = load <8 x float>, <8 x float>* %42, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %225, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %42, align 32
  %274 = load <8 x float>, <8 x float>* %41, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %221, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %41, align 32
  %276 = add i64 %231, 40
  %277 = getelementptr inbounds float, float* %1, i64 %276
  %278 = bitcast float* %277 to <8 x float>*
  %279 = load <8 x float>, <8 x float>* %278, align 4
  %280 = load <8 x float>, <8 x float>* %42, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %229, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %42, align 32
  %282 = load <8 x float>, <8 x float>* %41, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %225, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %41, align 32
  %284 = load <8 x float>, <8 x float>* %40, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %221, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %40, align 32
  %286 = add i64 %231, 48
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  %289 = load <8 x float>, <8 x float>* %288, align 4
  %290 = load <8 x float>, <8 x float>* %41, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %229, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %41, align 32
  %292 = load <8 x float>, <8 x float>* %40, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %225, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %40, align 32
  %294 = load <8 x float>, <8 x float>* %39, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %221, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %39, align 32
  %296 = add i64 %231, 56
  %297 = getelementptr inbounds float, float* %1, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  %299 = load <8 x float>, <8 x float>* %298, align 4
  %300 = load <8 x float>, <8 x float>* %40, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %229, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %40, align 32
  %302 = load <8 x float>, <8 x float>* %39, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %225, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %39, align 32
  %304 = load <8 x float>, <8 x float>* %38, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %221, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %38, align 32
  %306 = add i64 %231, 64
  %307 = getelementptr inbounds float, float* %1, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = load <8 x float>, <8 x float>* %39, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %229, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %39, align 32
  %312 = load <8 x float>, <8 x float>* %38, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %225, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %38, align 32
  %314 = load <8 x float>, <8 x float>* %37, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %221, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %37, align 32
  %316 = add i64 %231, 72
  %317 = getelementptr inbounds float, float* %1, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  %319 = load <8 x float>, <8 x float>* %318, align 4
  %320 = load <8 x float>, <8 x float>* %38, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %319, <8 x float> %229, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %38, align 32
  %322 = load <8 x float>, <8 x float>* %37, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %319, <8 x float> %225, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %37, align 32
  %324 = load <8 x float>, <8 x float>* %36, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %319, <8 x float> %221, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %36, align 32
  %326 = add i64 %231, 80
  %327 = getelementptr inbounds float, float* %1, i64 %326
  %328 = bitcast float* %327 to <8 x float>*
  %329 = load <8 x float>, <8 x float>* %328, align 4
  %330 = load <8 x float>, <8 x float>* %37, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %229, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %37, align 32
  %332 = load <8 x float>, <8 x float>* %36, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %225, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %36, align 32
  %334 = load <8 x float>, <8 x float>* %35, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %221, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %35, align 32
  %336 = add i64 %231, 88
  %337 = getelementptr inbounds float, float* %1, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  %339 = load <8 x float>, <8 x float>* %338, align 4
  %340 = load <8 x float>, <8 x float>* %36, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> %229, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %36, align 32
  %342 = load <8 x float>, <8 x float>* %35, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> %225, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %35, align 32
  %344 = add i64 %231, 96
  %345 = getelementptr inbounds float, float* %1, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  %347 = load <8 x float>, <8 x float>* %346, align 4
  %348 = load <8 x float>, <8 x float>* %35, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %229, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %35, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %x.exit
  %kh11 = phi i64 [ 0, %x.exit ], [ %kh.next14, %endif13 ]
  %350 = icmp slt i64 %kh11, 3
  br i1 %350, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %351 = mul i64 %kh11, 1
  %352 = add i64 %69, %351
  %353 = icmp sge i64 %352, 0
  %354 = icmp slt i64 %352, 28
  %355 = and i1 %353, %354
  br i1 %355, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %356 = add i64 %65, 184
  %357 = load <8 x float>, <8 x float>* %34, align 32
  %358 = fcmp olt <8 x float> %357, zeroinitializer
  %359 = select <8 x i1> %358, <8 x float> zeroinitializer, <8 x float> %357
  %360 = getelementptr inbounds float, float* %52, i64 %356
  %361 = bitcast float* %360 to <8 x float>*
  store <8 x float> %359, <8 x float>* %361, align 4
  %362 = add i64 %65, 192
  %363 = load <8 x float>, <8 x float>* %33, align 32
  %364 = fcmp olt <8 x float> %363, zeroinitializer
  %365 = select <8 x i1> %364, <8 x float> zeroinitializer, <8 x float> %363
  %366 = getelementptr inbounds float, float* %52, i64 %362
  %367 = bitcast float* %366 to <8 x float>*
  store <8 x float> %365, <8 x float>* %367, align 4
  %368 = add i64 %65, 200
  %369 = load <8 x float>, <8 x float>* %32, align 32
  %370 = fcmp olt <8 x float> %369, zeroinitializer
  %371 = select <8 x i1> %370, <8 x float> zeroinitializer, <8 x float> %369
  %372 = getelementptr inbounds float, float* %52, i64 %368
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %371, <8 x float>* %373, align 4
  %374 = add i64 %65, 208
  %375 = load <8 x float>, <8 x float>* %31, align 32
  %376 = fcmp olt <8 x float> %375, zeroinitializer
  %377 = select <8 x i1> %376, <8 x float> zeroinitializer, <8 x float> %375
  %378 = getelementptr inbounds float, float* %52, i64 %374
  %379 = bitcast float* %378 to <8 x float>*
  store <8 x float> %377, <8 x float>* %379, align 4
  %380 = add i64 %65, 216
  %381 = load <8 x float>, <8 x float>* %30, align 32
  %382 = fcmp olt <8 x float> %381, zeroinitializer
  %383 = select <8 x i1> %382, <8 x float> zeroinitializer, <8 x float> %381
  %384 = getelementptr inbounds float, float* %52, i64 %380
  %385 = bitcast float* %384 to <8 x float>*
  store <8 x float> %383, <8 x float>* %385, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !11

then12:                                           ; preds = %kh.body9
  %386 = mul i64 %352, 224
  %387 = add i64 %67, %386
  %388 = mul i64 %66, 3
  %389 = add i64 %388, %kh11
  %390 = mul i64 %389, 24
  %391 = add i64 %390, 0
  %392 = getelementptr inbounds float, float* %6, i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  %394 = load <8 x float>, <8 x float>* %393, align 4
  %395 = add i64 %390, 8
  %396 = getelementptr inbounds float, float* %6, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  %398 = load <8 x float>, <8 x float>* %397, align 4
  %399 = add i64 %390, 16
  %400 = getelementptr inbounds float, float* %6, i64 %399
  %401 = bitcast float* %400 to <8 x float>*
  %402 = load <8 x float>, <8 x float>* %401, align 4
  %403 = add i64 %387, 176
  %404 = add i64 %403, 0
  %405 = getelementptr inbounds float, float* %1, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  %407 = load <8 x float>, <8 x float>* %406, align 4
  %408 = load <8 x float>, <8 x float>* %34, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %407, <8 x float> %394, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %34, align 32
  %410 = add i64 %403, 8
  %411 = getelementptr inbounds float, float* %1, i64 %410
  %412 = bitcast float* %411 to <8 x float>*
  %413 = load <8 x float>, <8 x float>* %412, align 4
  %414 = load <8 x float>, <8 x float>* %34, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> %398, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %34, align 32
  %416 = load <8 x float>, <8 x float>* %33, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> %394, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %33, align 32
  %418 = add i64 %403, 16
  %419 = getelementptr inbounds float, float* %1, i64 %418
  %420 = bitcast float* %419 to <8 x float>*
  %421 = load <8 x float>, <8 x float>* %420, align 4
  %422 = load <8 x float>, <8 x float>* %34, align 32
  %423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %421, <8 x float> %402, <8 x float> %422)
  store <8 x float> %423, <8 x float>* %34, align 32
  %424 = load <8 x float>, <8 x float>* %33, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %421, <8 x float> %398, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %33, align 32
  %426 = load <8 x float>, <8 x float>* %32, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %421, <8 x float> %394, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %32, align 32
  %428 = add i64 %403, 24
  %429 = getelementptr inbounds float, float* %1, i64 %428
  %430 = bitcast float* %429 to <8 x float>*
  %431 = load <8 x float>, <8 x float>* %430, align 4
  %432 = load <8 x float>, <8 x float>* %33, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> %402, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %33, align 32
  %434 = load <8 x float>, <8 x float>* %32, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> %398, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %32, align 32
  %436 = load <8 x float>, <8 x float>* %31, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> %394, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %31, align 32
  %438 = add i64 %403, 32
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = bitcast float* %439 to <8 x float>*
  %441 = load <8 x float>, <8 x float>* %440, align 4
  %442 = load <8 x float>, <8 x float>* %32, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %441, <8 x float> %402, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %32, align 32
  %444 = load <8 x float>, <8 x float>* %31, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %441, <8 x float> %398, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %31, align 32
  %446 = load <8 x float>, <8 x float>* %30, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %441, <8 x float> %394, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %30, align 32
  %448 = add i64 %403, 40
  %449 = getelementptr inbounds float, float* %1, i64 %448
  %450 = bitcast float* %449 to <8 x float>*
  %451 = load <8 x float>, <8 x float>* %450, align 4
  %452 = load <8 x float>, <8 x float>* %31, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %451, <8 x float> %402, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %31, align 32
  %454 = load <8 x float>, <8 x float>* %30, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %451, <8 x float> %398, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %30, align 32
  br label %endif13

endif13:                                          ; preds = %then12, %kh.body9
  %kh.next14 = add i64 %kh11, 1
  br label %kh.header8

block.group.header:                               ; preds = %u.exit69, %channel.block.exit
  %block.group = phi i64 [ %56, %channel.block.exit ], [ %block.group.next, %u.exit69 ]
  %456 = icmp slt i64 %block.group, %59
  br i1 %456, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %457 = mul i64 %block.group, 2
  %458 = add i64 0, %457
  %459 = mul i64 %50, 112
  %460 = mul i64 %block.group, 2
  %461 = add i64 0, %460
  %462 = mul i64 %461, 2048
  br label %x.header15

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header15:                                       ; preds = %u.exit, %block.group.body
  %x18 = phi i64 [ 0, %block.group.body ], [ %x.next66, %u.exit ]
  %463 = icmp slt i64 %x18, 108
  br i1 %463, label %x.body16, label %x.exit17

x.body16:                                         ; preds = %x.header15
  %464 = add i64 %459, %x18
  %465 = mul i64 %51, 32
  %466 = add i64 %465, %458
  %467 = add i64 %466, 0
  %468 = mul i64 %467, 6272
  %469 = add i64 %464, 0
  %470 = mul i64 %469, 8
  %471 = add i64 %468, %470
  %472 = add i64 %464, 1
  %473 = mul i64 %472, 8
  %474 = add i64 %468, %473
  %475 = add i64 %464, 2
  %476 = mul i64 %475, 8
  %477 = add i64 %468, %476
  %478 = add i64 %464, 3
  %479 = mul i64 %478, 8
  %480 = add i64 %468, %479
  %481 = add i64 %464, 4
  %482 = mul i64 %481, 8
  %483 = add i64 %468, %482
  %484 = add i64 %464, 5
  %485 = mul i64 %484, 8
  %486 = add i64 %468, %485
  %487 = mul i64 %51, 32
  %488 = add i64 %487, %458
  %489 = add i64 %488, 1
  %490 = mul i64 %489, 6272
  %491 = add i64 %464, 0
  %492 = mul i64 %491, 8
  %493 = add i64 %490, %492
  %494 = add i64 %464, 1
  %495 = mul i64 %494, 8
  %496 = add i64 %490, %495
  %497 = add i64 %464, 2
  %498 = mul i64 %497, 8
  %499 = add i64 %490, %498
  %500 = add i64 %464, 3
  %501 = mul i64 %500, 8
  %502 = add i64 %490, %501
  %503 = add i64 %464, 4
  %504 = mul i64 %503, 8
  %505 = add i64 %490, %504
  %506 = add i64 %464, 5
  %507 = mul i64 %506, 8
  %508 = add i64 %490, %507
  %509 = add i64 %461, 0
  %510 = mul i64 %509, 8
  %511 = getelementptr inbounds float, float* %5, i64 %510
  %512 = bitcast float* %511 to <8 x float>*
  %513 = load <8 x float>, <8 x float>* %512, align 4
  %514 = add i64 %461, 1
  %515 = mul i64 %514, 8
  %516 = getelementptr inbounds float, float* %5, i64 %515
  %517 = bitcast float* %516 to <8 x float>*
  %518 = load <8 x float>, <8 x float>* %517, align 4
  store <8 x float> %513, <8 x float>* %29, align 32
  store <8 x float> %513, <8 x float>* %28, align 32
  store <8 x float> %513, <8 x float>* %27, align 32
  store <8 x float> %513, <8 x float>* %26, align 32
  store <8 x float> %513, <8 x float>* %25, align 32
  store <8 x float> %513, <8 x float>* %24, align 32
  store <8 x float> %518, <8 x float>* %23, align 32
  store <8 x float> %518, <8 x float>* %22, align 32
  store <8 x float> %518, <8 x float>* %21, align 32
  store <8 x float> %518, <8 x float>* %20, align 32
  store <8 x float> %518, <8 x float>* %19, align 32
  store <8 x float> %518, <8 x float>* %18, align 32
  %519 = mul i64 %x18, 8
  %520 = add i64 0, %519
  %521 = add i64 0, %520
  br label %u.header

x.exit17:                                         ; preds = %x.header15
  %522 = add i64 %459, 108
  %523 = mul i64 %51, 32
  %524 = add i64 %523, %458
  %525 = add i64 %524, 0
  %526 = mul i64 %525, 6272
  %527 = add i64 %522, 0
  %528 = mul i64 %527, 8
  %529 = add i64 %526, %528
  %530 = add i64 %522, 1
  %531 = mul i64 %530, 8
  %532 = add i64 %526, %531
  %533 = add i64 %522, 2
  %534 = mul i64 %533, 8
  %535 = add i64 %526, %534
  %536 = add i64 %522, 3
  %537 = mul i64 %536, 8
  %538 = add i64 %526, %537
  %539 = mul i64 %51, 32
  %540 = add i64 %539, %458
  %541 = add i64 %540, 1
  %542 = mul i64 %541, 6272
  %543 = add i64 %522, 0
  %544 = mul i64 %543, 8
  %545 = add i64 %542, %544
  %546 = add i64 %522, 1
  %547 = mul i64 %546, 8
  %548 = add i64 %542, %547
  %549 = add i64 %522, 2
  %550 = mul i64 %549, 8
  %551 = add i64 %542, %550
  %552 = add i64 %522, 3
  %553 = mul i64 %552, 8
  %554 = add i64 %542, %553
  %555 = add i64 %461, 0
  %556 = mul i64 %555, 8
  %557 = getelementptr inbounds float, float* %5, i64 %556
  %558 = bitcast float* %557 to <8 x float>*
  %559 = load <8 x float>, <8 x float>* %558, align 4
  %560 = add i64 %461, 1
  %561 = mul i64 %560, 8
  %562 = getelementptr inbounds float, float* %5, i64 %561
  %563 = bitcast float* %562 to <8 x float>*
  %564 = load <8 x float>, <8 x float>* %563, align 4
  store <8 x float> %559, <8 x float>* %17, align 32
  store <8 x float> %559, <8 x float>* %16, align 32
  store <8 x float> %559, <8 x float>* %15, align 32
  store <8 x float> %559, <8 x float>* %14, align 32
  store <8 x float> %564, <8 x float>* %13, align 32
  store <8 x float> %564, <8 x float>* %12, align 32
  store <8 x float> %564, <8 x float>* %11, align 32
  store <8 x float> %564, <8 x float>* %10, align 32
  br label %u.header67

u.header:                                         ; preds = %u.body, %x.body16
  %u = phi i64 [ 0, %x.body16 ], [ %u.next, %u.body ]
  %565 = icmp slt i64 %u, 32
  br i1 %565, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %566 = add i64 0, %u
  %567 = mul i64 %566, 896
  %568 = add i64 %521, %567
  %569 = mul i64 %566, 64
  %570 = add i64 %462, %569
  %571 = add i64 %568, 0
  %572 = add i64 %571, 0
  %573 = add i64 %570, 0
  %574 = add i64 %573, 0
  %575 = getelementptr inbounds float, float* %4, i64 %574
  %576 = bitcast float* %575 to <8 x float>*
  %577 = load <8 x float>, <8 x float>* %576, align 4
  %578 = add i64 %573, 2048
  %579 = getelementptr inbounds float, float* %4, i64 %578
  %580 = bitcast float* %579 to <8 x float>*
  %581 = load <8 x float>, <8 x float>* %580, align 4
  %582 = add i64 %572, 0
  %583 = getelementptr inbounds float, float* %52, i64 %582
  %584 = load float, float* %583, align 4
  %585 = insertelement <8 x float> undef, float %584, i32 0
  %splat = shufflevector <8 x float> %585, <8 x float> undef, <8 x i32> zeroinitializer
  %586 = load <8 x float>, <8 x float>* %29, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %577, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %29, align 32
  %588 = load <8 x float>, <8 x float>* %23, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %581, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %23, align 32
  %590 = add i64 %572, 8
  %591 = getelementptr inbounds float, float* %52, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat19 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %28, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %577, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %28, align 32
  %596 = load <8 x float>, <8 x float>* %22, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %581, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %22, align 32
  %598 = add i64 %572, 16
  %599 = getelementptr inbounds float, float* %52, i64 %598
  %600 = load float, float* %599, align 4
  %601 = insertelement <8 x float> undef, float %600, i32 0
  %splat20 = shufflevector <8 x float> %601, <8 x float> undef, <8 x i32> zeroinitializer
  %602 = load <8 x float>, <8 x float>* %27, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %577, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %27, align 32
  %604 = load <8 x float>, <8 x float>* %21, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %581, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %21, align 32
  %606 = add i64 %572, 24
  %607 = getelementptr inbounds float, float* %52, i64 %606
  %608 = load float, float* %607, align 4
  %609 = insertelement <8 x float> undef, float %608, i32 0
  %splat21 = shufflevector <8 x float> %609, <8 x float> undef, <8 x i32> zeroinitializer
  %610 = load <8 x float>, <8 x float>* %26, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %577, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %26, align 32
  %612 = load <8 x float>, <8 x float>* %20, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %581, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %20, align 32
  %614 = add i64 %572, 32
  %615 = getelementptr inbounds float, float* %52, i64 %614
  %616 = load float, float* %615, align 4
  %617 = insertelement <8 x float> undef, float %616, i32 0
  %splat22 = shufflevector <8 x float> %617, <8 x float> undef, <8 x i32> zeroinitializer
  %618 = load <8 x float>, <8 x float>* %25, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %577, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %25, align 32
  %620 = load <8 x float>, <8 x float>* %19, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %581, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %19, align 32
  %622 = add i64 %572, 40
  %623 = getelementptr inbounds float, float* %52, i64 %622
  %624 = load float, float* %623, align 4
  %625 = insertelement <8 x float> undef, float %624, i32 0
  %splat23 = shufflevector <8 x float> %625, <8 x float> undef, <8 x i32> zeroinitializer
  %626 = load <8 x float>, <8 x float>* %24, align 32
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %577, <8 x float> %626)
  store <8 x float> %627, <8 x float>* %24, align 32
  %628 = load <8 x float>, <8 x float>* %18, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %581, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %18, align 32
  %630 = add i64 %573, 8
  %631 = getelementptr inbounds float, float* %4, i64 %630
  %632 = bitcast float* %631 to <8 x float>*
  %633 = load <8 x float>, <8 x float>* %632, align 4
  %634 = add i64 %573, 2056
  %635 = getelementptr inbounds float, float* %4, i64 %634
  %636 = bitcast float* %635 to <8 x float>*
  %637 = load <8 x float>, <8 x float>* %636, align 4
  %638 = add i64 %572, 1
  %639 = getelementptr inbounds float, float* %52, i64 %638
  %640 = load float, float* %639, align 4
  %641 = insertelement <8 x float> undef, float %640, i32 0
  %splat24 = shufflevector <8 x float> %641, <8 x float> undef, <8 x i32> zeroinitializer
  %642 = load <8 x float>, <8 x float>* %29, align 32
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %633, <8 x float> %642)
  store <8 x float> %643, <8 x float>* %29, align 32
  %644 = load <8 x float>, <8 x float>* %23, align 32
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %637, <8 x float> %644)
  store <8 x float> %645, <8 x float>* %23, align 32
  %646 = add i64 %572, 9
  %647 = getelementptr inbounds float, float* %52, i64 %646
  %648 = load float, float* %647, align 4
  %649 = insertelement <8 x float> undef, float %648, i32 0
  %splat25 = shufflevector <8 x float> %649, <8 x float> undef, <8 x i32> zeroinitializer
  %650 = load <8 x float>, <8 x float>* %28, align 32
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %633, <8 x float> %650)
  store <8 x float> %651, <8 x float>* %28, align 32
  %652 = load <8 x float>, <8 x float>* %22, align 32
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %637, <8 x float> %652)
  store <8 x float> %653, <8 x float>* %22, align 32
  %654 = add i64 %572, 17
  %655 = getelementptr inbounds float, float* %52, i64 %654
  %656 = load float, float* %655, align 4
  %657 = insertelement <8 x float> undef, float %656, i32 0
  %splat26 = shufflevector <8 x float> %657, <8 x float> undef, <8 x i32> zeroinitializer
  %658 = load <8 x float>, <8 x float>* %27, align 32
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %633, <8 x float> %658)
  store <8 x float> %659, <8 x float>* %27, align 32
  %660 = load <8 x float>, <8 x float>* %21, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %637, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %21, align 32
  %662 = add i64 %572, 25
  %663 = getelementptr inbounds float, float* %52, i64 %662
  %664 = load float, float* %663, align 4
  %665 = insertelement <8 x float> undef, float %664, i32 0
  %splat27 = shufflevector <8 x float> %665, <8 x float> undef, <8 x i32> zeroinitializer
  %666 = load <8 x float>, <8 x float>* %26, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %633, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %26, align 32
  %668 = load <8 x float>, <8 x float>* %20, align 32
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %637, <8 x float> %668)
  store <8 x float> %669, <8 x float>* %20, align 32
  %670 = add i64 %572, 33
  %671 = getelementptr inbounds float, float* %52, i64 %670
  %672 = load float, float* %671, align 4
  %673 = insertelement <8 x float> undef, float %672, i32 0
  %splat28 = shufflevector <8 x float> %673, <8 x float> undef, <8 x i32> zeroinitializer
  %674 = load <8 x float>, <8 x float>* %25, align 32
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %633, <8 x float> %674)
  store <8 x float> %675, <8 x float>* %25, align 32
  %676 = load <8 x float>, <8 x float>* %19, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %637, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %19, align 32
  %678 = add i64 %572, 41
  %679 = getelementptr inbounds float, float* %52, i64 %678
  %680 = load float, float* %679, align 4
  %681 = insertelement <8 x float> undef, float %680, i32 0
  %splat29 = shufflevector <8 x float> %681, <8 x float> undef, <8 x i32> zeroinitializer
  %682 = load <8 x float>, <8 x float>* %24, align 32
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %633, <8 x float> %682)
  store <8 x float> %683, <8 x float>* %24, align 32
  %684 = load <8 x float>, <8 x float>* %18, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %637, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %18, align 32
  %686 = add i64 %573, 16
  %687 = getelementptr inbounds float, float* %4, i64 %686
  %688 = bitcast float* %687 to <8 x float>*
  %689 = load <8 x float>, <8 x float>* %688, align 4
  %690 = add i64 %573, 2064
  %691 = getelementptr inbounds float, float* %4, i64 %690
  %692 = bitcast float* %691 to <8 x float>*
  %693 = load <8 x float>, <8 x float>* %692, align 4
  %694 = add i64 %572, 2
  %695 = getelementptr inbounds float, float* %52, i64 %694
  %696 = load float, float* %695, align 4
  %697 = insertelement <8 x float> undef, float %696, i32 0
  %splat30 = shufflevector <8 x float> %697, <8 x float> undef, <8 x i32> zeroinitializer
  %698 = load <8 x float>, <8 x float>* %29, align 32
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %689, <8 x float> %698)
  store <8 x float> %699, <8 x float>* %29, align 32
  %700 = load <8 x float>, <8 x float>* %23, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %693, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %23, align 32
  %702 = add i64 %572, 10
  %703 = getelementptr inbounds float, float* %52, i64 %702
  %704 = load float, float* %703, align 4
  %705 = insertelement <8 x float> undef, float %704, i32 0
  %splat31 = shufflevector <8 x float> %705, <8 x float> undef, <8 x i32> zeroinitializer
  %706 = load <8 x float>, <8 x float>* %28, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %689, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %28, align 32
  %708 = load <8 x float>, <8 x float>* %22, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %693, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %22, align 32
  %710 = add i64 %572, 18
  %711 = getelementptr inbounds float, float* %52, i64 %710
  %712 = load float, float* %711, align 4
  %713 = insertelement <8 x float> undef, float %712, i32 0
  %splat32 = shufflevector <8 x float> %713, <8 x float> undef, <8 x i32> zeroinitializer
  %714 = load <8 x float>, <8 x float>* %27, align 32
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %689, <8 x float> %714)
  store <8 x float> %715, <8 x float>* %27, align 32
  %716 = load <8 x float>, <8 x float>* %21, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %693, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %21, align 32
  %718 = add i64 %572, 26
  %719 = getelementptr inbounds float, float* %52, i64 %718
  %720 = load float, float* %719, align 4
  %721 = insertelement <8 x float> undef, float %720, i32 0
  %splat33 = shufflevector <8 x float> %721, <8 x float> undef, <8 x i32> zeroinitializer
  %722 = load <8 x float>, <8 x float>* %26, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %689, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %26, align 32
  %724 = load <8 x float>, <8 x float>* %20, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %693, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %20, align 32
  %726 = add i64 %572, 34
  %727 = getelementptr inbounds float, float* %52, i64 %726
  %728 = load float, float* %727, align 4
  %729 = insertelement <8 x float> undef, float %728, i32 0
  %splat34 = shufflevector <8 x float> %729, <8 x float> undef, <8 x i32> zeroinitializer
  %730 = load <8 x float>, <8 x float>* %25, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %689, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %25, align 32
  %732 = load <8 x float>, <8 x float>* %19, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %693, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %19, align 32
  %734 = add i64 %572, 42
  %735 = getelementptr inbounds float, float* %52, i64 %734
  %736 = load float, float* %735, align 4
  %737 = insertelement <8 x float> undef, float %736, i32 0
  %splat35 = shufflevector <8 x float> %737, <8 x float> undef, <8 x i32> zeroinitializer
  %738 = load <8 x float>, <8 x float>* %24, align 32
  %739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %689, <8 x float> %738)
  store <8 x float> %739, <8 x float>* %24, align 32
  %740 = load <8 x float>, <8 x float>* %18, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %693, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %18, align 32
  %742 = add i64 %573, 24
  %743 = getelementptr inbounds float, float* %4, i64 %742
  %744 = bitcast float* %743 to <8 x float>*
  %745 = load <8 x float>, <8 x float>* %744, align 4
  %746 = add i64 %573, 2072
  %747 = getelementptr inbounds float, float* %4, i64 %746
  %748 = bitcast float* %747 to <8 x float>*
  %749 = load <8 x float>, <8 x float>* %748, align 4
  %750 = add i64 %572, 3
  %751 = getelementptr inbounds float, float* %52, i64 %750
  %752 = load float, float* %751, align 4
  %753 = insertelement <8 x float> undef, float %752, i32 0
  %splat36 = shufflevector <8 x float> %753, <8 x float> undef, <8 x i32> zeroinitializer
  %754 = load <8 x float>, <8 x float>* %29, align 32
  %755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %745, <8 x float> %754)
  store <8 x float> %755, <8 x float>* %29, align 32
  %756 = load <8 x float>, <8 x float>* %23, align 32
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %749, <8 x float> %756)
  store <8 x float> %757, <8 x float>* %23, align 32
  %758 = add i64 %572, 11
  %759 = getelementptr inbounds float, float* %52, i64 %758
  %760 = load float, float* %759, align 4
  %761 = insertelement <8 x float> undef, float %760, i32 0
  %splat37 = shufflevector <8 x float> %761, <8 x float> undef, <8 x i32> zeroinitializer
  %762 = load <8 x float>, <8 x float>* %28, align 32
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %745, <8 x float> %762)
  store <8 x float> %763, <8 x float>* %28, align 32
  %764 = load <8 x float>, <8 x float>* %22, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %749, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %22, align 32
  %766 = add i64 %572, 19
  %767 = getelementptr inbounds float, float* %52, i64 %766
  %768 = load float, float* %767, align 4
  %769 = insertelement <8 x float> undef, float %768, i32 0
  %splat38 = shufflevector <8 x float> %769, <8 x float> undef, <8 x i32> zeroinitializer
  %770 = load <8 x float>, <8 x float>* %27, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %745, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %27, align 32
  %772 = load <8 x float>, <8 x float>* %21, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %749, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %21, align 32
  %774 = add i64 %572, 27
  %775 = getelementptr inbounds float, float* %52, i64 %774
  %776 = load float, float* %775, align 4
  %777 = insertelement <8 x float> undef, float %776, i32 0
  %splat39 = shufflevector <8 x float> %777, <8 x float> undef, <8 x i32> zeroinitializer
  %778 = load <8 x float>, <8 x float>* %26, align 32
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %745, <8 x float> %778)
  store <8 x float> %779, <8 x float>* %26, align 32
  %780 = load <8 x float>, <8 x float>* %20, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %749, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %20, align 32
  %782 = add i64 %572, 35
  %783 = getelementptr inbounds float, float* %52, i64 %782
  %784 = load float, float* %783, align 4
  %785 = insertelement <8 x float> undef, float %784, i32 0
  %splat40 = shufflevector <8 x float> %785, <8 x float> undef, <8 x i32> zeroinitializer
  %786 = load <8 x float>, <8 x float>* %25, align 32
  %787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %745, <8 x float> %786)
  store <8 x float> %787, <8 x float>* %25, align 32
  %788 = load <8 x float>, <8 x float>* %19, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %749, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %19, align 32
  %790 = add i64 %572, 43
  %791 = getelementptr inbounds float, float* %52, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat41 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %24, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %745, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %24, align 32
  %796 = load <8 x float>, <8 x float>* %18, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %749, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %18, align 32
  %798 = add i64 %573, 32
  %799 = getelementptr inbounds float, float* %4, i64 %798
  %800 = bitcast float* %799 to <8 x float>*
  %801 = load <8 x float>, <8 x float>* %800, align 4
  %802 = add i64 %573, 2080
  %803 = getelementptr inbounds float, float* %4, i64 %802
  %804 = bitcast float* %803 to <8 x float>*
  %805 = load <8 x float>, <8 x float>* %804, align 4
  %806 = add i64 %572, 4
  %807 = getelementptr inbounds float, float* %52, i64 %806
  %808 = load float, float* %807, align 4
  %809 = insertelement <8 x float> undef, float %808, i32 0
  %splat42 = shufflevector <8 x float> %809, <8 x float> undef, <8 x i32> zeroinitializer
  %810 = load <8 x float>, <8 x float>* %29, align 32
  %811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %801, <8 x float> %810)
  store <8 x float> %811, <8 x float>* %29, align 32
  %812 = load <8 x float>, <8 x float>* %23, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %805, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %23, align 32
  %814 = add i64 %572, 12
  %815 = getelementptr inbounds float, float* %52, i64 %814
  %816 = load float, float* %815, align 4
  %817 = insertelement <8 x float> undef, float %816, i32 0
  %splat43 = shufflevector <8 x float> %817, <8 x float> undef, <8 x i32> zeroinitializer
  %818 = load <8 x float>, <8 x float>* %28, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %801, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %28, align 32
  %820 = load <8 x float>, <8 x float>* %22, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %805, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %22, align 32
  %822 = add i64 %572, 20
  %823 = getelementptr inbounds float, float* %52, i64 %822
  %824 = load float, float* %823, align 4
  %825 = insertelement <8 x float> undef, float %824, i32 0
  %splat44 = shufflevector <8 x float> %825, <8 x float> undef, <8 x i32> zeroinitializer
  %826 = load <8 x float>, <8 x float>* %27, align 32
  %827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %801, <8 x float> %826)
  store <8 x float> %827, <8 x float>* %27, align 32
  %828 = load <8 x float>, <8 x float>* %21, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %805, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %21, align 32
  %830 = add i64 %572, 28
  %831 = getelementptr inbounds float, float* %52, i64 %830
  %832 = load float, float* %831, align 4
  %833 = insertelement <8 x float> undef, float %832, i32 0
  %splat45 = shufflevector <8 x float> %833, <8 x float> undef, <8 x i32> zeroinitializer
  %834 = load <8 x float>, <8 x float>* %26, align 32
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %801, <8 x float> %834)
  store <8 x float> %835, <8 x float>* %26, align 32
  %836 = load <8 x float>, <8 x float>* %20, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %805, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %20, align 32
  %838 = add i64 %572, 36
  %839 = getelementptr inbounds float, float* %52, i64 %838
  %840 = load float, float* %839, align 4
  %841 = insertelement <8 x float> undef, float %840, i32 0
  %splat46 = shufflevector <8 x float> %841, <8 x float> undef, <8 x i32> zeroinitializer
  %842 = load <8 x float>, <8 x float>* %25, align 32
  %843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %801, <8 x float> %842)
  store <8 x float> %843, <8 x float>* %25, align 32
  %844 = load <8 x float>, <8 x float>* %19, align 32
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %805, <8 x float> %844)
  store <8 x float> %845, <8 x float>* %19, align 32
  %846 = add i64 %572, 44
  %847 = getelementptr inbounds float, float* %52, i64 %846
  %848 = load float, float* %847, align 4
  %849 = insertelement <8 x float> undef, float %848, i32 0
  %splat47 = shufflevector <8 x float> %849, <8 x float> undef, <8 x i32> zeroinitializer
  %850 = load <8 x float>, <8 x float>* %24, align 32
  %851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %801, <8 x float> %850)
  store <8 x float> %851, <8 x float>* %24, align 32
  %852 = load <8 x float>, <8 x float>* %18, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %805, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %18, align 32
  %854 = add i64 %573, 40
  %855 = getelementptr inbounds float, float* %4, i64 %854
  %856 = bitcast float* %855 to <8 x float>*
  %857 = load <8 x float>, <8 x float>* %856, align 4
  %858 = add i64 %573, 2088
  %859 = getelementptr inbounds float, float* %4, i64 %858
  %860 = bitcast float* %859 to <8 x float>*
  %861 = load <8 x float>, <8 x float>* %860, align 4
  %862 = add i64 %572, 5
  %863 = getelementptr inbounds float, float* %52, i64 %862
  %864 = load float, float* %863, align 4
  %865 = insertelement <8 x float> undef, float %864, i32 0
  %splat48 = shufflevector <8 x float> %865, <8 x float> undef, <8 x i32> zeroinitializer
  %866 = load <8 x float>, <8 x float>* %29, align 32
  %867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %857, <8 x float> %866)
  store <8 x float> %867, <8 x float>* %29, align 32
  %868 = load <8 x float>, <8 x float>* %23, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %861, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %23, align 32
  %870 = add i64 %572, 13
  %871 = getelementptr inbounds float, float* %52, i64 %870
  %872 = load float, float* %871, align 4
  %873 = insertelement <8 x float> undef, float %872, i32 0
  %splat49 = shufflevector <8 x float> %873, <8 x float> undef, <8 x i32> zeroinitializer
  %874 = load <8 x float>, <8 x float>* %28, align 32
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %857, <8 x float> %874)
  store <8 x float> %875, <8 x float>* %28, align 32
  %876 = load <8 x float>, <8 x float>* %22, align 32
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %861, <8 x float> %876)
  store <8 x float> %877, <8 x float>* %22, align 32
  %878 = add i64 %572, 21
  %879 = getelementptr inbounds float, float* %52, i64 %878
  %880 = load float, float* %879, align 4
  %881 = insertelement <8 x float> undef, float %880, i32 0
  %splat50 = shufflevector <8 x float> %881, <8 x float> undef, <8 x i32> zeroinitializer
  %882 = load <8 x float>, <8 x float>* %27, align 32
  %883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %857, <8 x float> %882)
  store <8 x float> %883, <8 x float>* %27, align 32
  %884 = load <8 x float>, <8 x float>* %21, align 32
  %885 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %861, <8 x float> %884)
  store <8 x float> %885, <8 x float>* %21, align 32
  %886 = add i64 %572, 29
  %887 = getelementptr inbounds float, float* %52, i64 %886
  %888 = load float, float* %887, align 4
  %889 = insertelement <8 x float> undef, float %888, i32 0
  %splat51 = shufflevector <8 x float> %889, <8 x float> undef, <8 x i32> zeroinitializer
  %890 = load <8 x float>, <8 x float>* %26, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %857, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %26, align 32
  %892 = load <8 x float>, <8 x float>* %20, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %861, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %20, align 32
  %894 = add i64 %572, 37
  %895 = getelementptr inbounds float, float* %52, i64 %894
  %896 = load float, float* %895, align 4
  %897 = insertelement <8 x float> undef, float %896, i32 0
  %splat52 = shufflevector <8 x float> %897, <8 x float> undef, <8 x i32> zeroinitializer
  %898 = load <8 x float>, <8 x float>* %25, align 32
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %857, <8 x float> %898)
  store <8 x float> %899, <8 x float>* %25, align 32
  %900 = load <8 x float>, <8 x float>* %19, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %861, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %19, align 32
  %902 = add i64 %572, 45
  %903 = getelementptr inbounds float, float* %52, i64 %902
  %904 = load float, float* %903, align 4
  %905 = insertelement <8 x float> undef, float %904, i32 0
  %splat53 = shufflevector <8 x float> %905, <8 x float> undef, <8 x i32> zeroinitializer
  %906 = load <8 x float>, <8 x float>* %24, align 32
  %907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %857, <8 x float> %906)
  store <8 x float> %907, <8 x float>* %24, align 32
  %908 = load <8 x float>, <8 x float>* %18, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %861, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %18, align 32
  %910 = add i64 %573, 48
  %911 = getelementptr inbounds float, float* %4, i64 %910
  %912 = bitcast float* %911 to <8 x float>*
  %913 = load <8 x float>, <8 x float>* %912, align 4
  %914 = add i64 %573, 2096
  %915 = getelementptr inbounds float, float* %4, i64 %914
  %916 = bitcast float* %915 to <8 x float>*
  %917 = load <8 x float>, <8 x float>* %916, align 4
  %918 = add i64 %572, 6
  %919 = getelementptr inbounds float, float* %52, i64 %918
  %920 = load float, float* %919, align 4
  %921 = insertelement <8 x float> undef, float %920, i32 0
  %splat54 = shufflevector <8 x float> %921, <8 x float> undef, <8 x i32> zeroinitializer
  %922 = load <8 x float>, <8 x float>* %29, align 32
  %923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %913, <8 x float> %922)
  store <8 x float> %923, <8 x float>* %29, align 32
  %924 = load <8 x float>, <8 x float>* %23, align 32
  %925 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %917, <8 x float> %924)
  store <8 x float> %925, <8 x float>* %23, align 32
  %926 = add i64 %572, 14
  %927 = getelementptr inbounds float, float* %52, i64 %926
  %928 = load float, float* %927, align 4
  %929 = insertelement <8 x float> undef, float %928, i32 0
  %splat55 = shufflevector <8 x float> %929, <8 x float> undef, <8 x i32> zeroinitializer
  %930 = load <8 x float>, <8 x float>* %28, align 32
  %931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %913, <8 x float> %930)
  store <8 x float> %931, <8 x float>* %28, align 32
  %932 = load <8 x float>, <8 x float>* %22, align 32
  %933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %917, <8 x float> %932)
  store <8 x float> %933, <8 x float>* %22, align 32
  %934 = add i64 %572, 22
  %935 = getelementptr inbounds float, float* %52, i64 %934
  %936 = load float, float* %935, align 4
  %937 = insertelement <8 x float> undef, float %936, i32 0
  %splat56 = shufflevector <8 x float> %937, <8 x float> undef, <8 x i32> zeroinitializer
  %938 = load <8 x float>, <8 x float>* %27, align 32
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %913, <8 x float> %938)
  store <8 x float> %939, <8 x float>* %27, align 32
  %940 = load <8 x float>, <8 x float>* %21, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %917, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %21, align 32
  %942 = add i64 %572, 30
  %943 = getelementptr inbounds float, float* %52, i64 %942
  %944 = load float, float* %943, align 4
  %945 = insertelement <8 x float> undef, float %944, i32 0
  %splat57 = shufflevector <8 x float> %945, <8 x float> undef, <8 x i32> zeroinitializer
  %946 = load <8 x float>, <8 x float>* %26, align 32
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %913, <8 x float> %946)
  store <8 x float> %947, <8 x float>* %26, align 32
  %948 = load <8 x float>, <8 x float>* %20, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %917, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %20, align 32
  %950 = add i64 %572, 38
  %951 = getelementptr inbounds float, float* %52, i64 %950
  %952 = load float, float* %951, align 4
  %953 = insertelement <8 x float> undef, float %952, i32 0
  %splat58 = shufflevector <8 x float> %953, <8 x float> undef, <8 x i32> zeroinitializer
  %954 = load <8 x float>, <8 x float>* %25, align 32
  %955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %913, <8 x float> %954)
  store <8 x float> %955, <8 x float>* %25, align 32
  %956 = load <8 x float>, <8 x float>* %19, align 32
  %957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %917, <8 x float> %956)
  store <8 x float> %957, <8 x float>* %19, align 32
  %958 = add i64 %572, 46
  %959 = getelementptr inbounds float, float* %52, i64 %958
  %960 = load float, float* %959, align 4
  %961 = insertelement <8 x float> undef, float %960, i32 0
  %splat59 = shufflevector <8 x float> %961, <8 x float> undef, <8 x i32> zeroinitializer
  %962 = load <8 x float>, <8 x float>* %24, align 32
  %963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %913, <8 x float> %962)
  store <8 x float> %963, <8 x float>* %24, align 32
  %964 = load <8 x float>, <8 x float>* %18, align 32
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %917, <8 x float> %964)
  store <8 x float> %965, <8 x float>* %18, align 32
  %966 = add i64 %573, 56
  %967 = getelementptr inbounds float, float* %4, i64 %966
  %968 = bitcast float* %967 to <8 x float>*
  %969 = load <8 x float>, <8 x float>* %968, align 4
  %970 = add i64 %573, 2104
  %971 = getelementptr inbounds float, float* %4, i64 %970
  %972 = bitcast float* %971 to <8 x float>*
  %973 = load <8 x float>, <8 x float>* %972, align 4
  %974 = add i64 %572, 7
  %975 = getelementptr inbounds float, float* %52, i64 %974
  %976 = load float, float* %975, align 4
  %977 = insertelement <8 x float> undef, float %976, i32 0
  %splat60 = shufflevector <8 x float> %977, <8 x float> undef, <8 x i32> zeroinitializer
  %978 = load <8 x float>, <8 x float>* %29, align 32
  %979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %969, <8 x float> %978)
  store <8 x float> %979, <8 x float>* %29, align 32
  %980 = load <8 x float>, <8 x float>* %23, align 32
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %973, <8 x float> %980)
  store <8 x float> %981, <8 x float>* %23, align 32
  %982 = add i64 %572, 15
  %983 = getelementptr inbounds float, float* %52, i64 %982
  %984 = load float, float* %983, align 4
  %985 = insertelement <8 x float> undef, float %984, i32 0
  %splat61 = shufflevector <8 x float> %985, <8 x float> undef, <8 x i32> zeroinitializer
  %986 = load <8 x float>, <8 x float>* %28, align 32
  %987 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %969, <8 x float> %986)
  store <8 x float> %987, <8 x float>* %28, align 32
  %988 = load <8 x float>, <8 x float>* %22, align 32
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %973, <8 x float> %988)
  store <8 x float> %989, <8 x float>* %22, align 32
  %990 = add i64 %572, 23
  %991 = getelementptr inbounds float, float* %52, i64 %990
  %992 = load float, float* %991, align 4
  %993 = insertelement <8 x float> undef, float %992, i32 0
  %splat62 = shufflevector <8 x float> %993, <8 x float> undef, <8 x i32> zeroinitializer
  %994 = load <8 x float>, <8 x float>* %27, align 32
  %995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %969, <8 x float> %994)
  store <8 x float> %995, <8 x float>* %27, align 32
  %996 = load <8 x float>, <8 x float>* %21, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %973, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %21, align 32
  %998 = add i64 %572, 31
  %999 = getelementptr inbounds float, float* %52, i64 %998
  %1000 = load float, float* %999, align 4
  %1001 = insertelement <8 x float> undef, float %1000, i32 0
  %splat63 = shufflevector <8 x float> %1001, <8 x float> undef, <8 x i32> zeroinitializer
  %1002 = load <8 x float>, <8 x float>* %26, align 32
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %969, <8 x float> %1002)
  store <8 x float> %1003, <8 x float>* %26, align 32
  %1004 = load <8 x float>, <8 x float>* %20, align 32
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %973, <8 x float> %1004)
  store <8 x float> %1005, <8 x float>* %20, align 32
  %1006 = add i64 %572, 39
  %1007 = getelementptr inbounds float, float* %52, i64 %1006
  %1008 = load float, float* %1007, align 4
  %1009 = insertelement <8 x float> undef, float %1008, i32 0
  %splat64 = shufflevector <8 x float> %1009, <8 x float> undef, <8 x i32> zeroinitializer
  %1010 = load <8 x float>, <8 x float>* %25, align 32
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %969, <8 x float> %1010)
  store <8 x float> %1011, <8 x float>* %25, align 32
  %1012 = load <8 x float>, <8 x float>* %19, align 32
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %973, <8 x float> %1012)
  store <8 x float> %1013, <8 x float>* %19, align 32
  %1014 = add i64 %572, 47
  %1015 = getelementptr inbounds float, float* %52, i64 %1014
  %1016 = load float, float* %1015, align 4
  %1017 = insertelement <8 x float> undef, float %1016, i32 0
  %splat65 = shufflevector <8 x float> %1017, <8 x float> undef, <8 x i32> zeroinitializer
  %1018 = load <8 x float>, <8 x float>* %24, align 32
  %1019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %969, <8 x float> %1018)
  store <8 x float> %1019, <8 x float>* %24, align 32
  %1020 = load <8 x float>, <8 x float>* %18, align 32
  %1021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %973, <8 x float> %1020)
  store <8 x float> %1021, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %1022 = load <8 x float>, <8 x float>* %29, align 32
  %1023 = fcmp olt <8 x float> %1022, zeroinitializer
  %1024 = select <8 x i1> %1023, <8 x float> zeroinitializer, <8 x float> %1022
  %1025 = getelementptr inbounds float, float* %0, i64 %471
  %1026 = bitcast float* %1025 to <8 x float>*
  store <8 x float> %1024, <8 x float>* %1026, align 4
  %1027 = load <8 x float>, <8 x float>* %28, align 32
  %1028 = fcmp olt <8 x float> %1027, zeroinitializer
  %1029 = select <8 x i1> %1028, <8 x float> zeroinitializer, <8 x float> %1027
  %1030 = getelementptr inbounds float, float* %0, i64 %474
  %1031 = bitcast float* %1030 to <8 x float>*
  store <8 x float> %1029, <8 x float>* %1031, align 4
  %1032 = load <8 x float>, <8 x float>* %27, align 32
  %1033 = fcmp olt <8 x float> %1032, zeroinitializer
  %1034 = select <8 x i1> %1033, <8 x float> zeroinitializer, <8 x float> %1032
  %1035 = getelementptr inbounds float, float* %0, i64 %477
  %1036 = bitcast float* %1035 to <8 x float>*
  store <8 x float> %1034, <8 x float>* %1036, align 4
  %1037 = load <8 x float>, <8 x float>* %26, align 32
  %1038 = fcmp olt <8 x float> %1037, zeroinitializer
  %1039 = select <8 x i1> %1038, <8 x float> zeroinitializer, <8 x float> %1037
  %1040 = getelementptr inbounds float, float* %0, i64 %480
  %1041 = bitcast float* %1040 to <8 x float>*
  store <8 x float> %1039, <8 x float>* %1041, align 4
  %1042 = load <8 x float>, <8 x float>* %25, align 32
  %1043 = fcmp olt <8 x float> %1042, zeroinitializer
  %1044 = select <8 x i1> %1043, <8 x float> zeroinitializer, <8 x float> %1042
  %1045 = getelementptr inbounds float, float* %0, i64 %483
  %1046 = bitcast float* %1045 to <8 x float>*
  store <8 x float> %1044, <8 x float>* %1046, align 4
  %1047 = load <8 x float>, <8 x float>* %24, align 32
  %1048 = fcmp olt <8 x float> %1047, zeroinitializer
  %1049 = select <8 x i1> %1048, <8 x float> zeroinitializer, <8 x float> %1047
  %1050 = getelementptr inbounds float, float* %0, i64 %486
  %1051 = bitcast float* %1050 to <8 x float>*
  store <8 x float> %1049, <8 x float>* %1051, align 4
  %1052 = load <8 x float>, <8 x float>* %23, align 32
  %1053 = fcmp olt <8 x float> %1052, zeroinitializer
  %1054 = select <8 x i1> %1053, <8 x float> zeroinitializer, <8 x float> %1052
  %1055 = getelementptr inbounds float, float* %0, i64 %493
  %1056 = bitcast float* %1055 to <8 x float>*
  store <8 x float> %1054, <8 x float>* %1056, align 4
  %1057 = load <8 x float>, <8 x float>* %22, align 32
  %1058 = fcmp olt <8 x float> %1057, zeroinitializer
  %1059 = select <8 x i1> %1058, <8 x float> zeroinitializer, <8 x float> %1057
  %1060 = getelementptr inbounds float, float* %0, i64 %496
  %1061 = bitcast float* %1060 to <8 x float>*
  store <8 x float> %1059, <8 x float>* %1061, align 4
  %1062 = load <8 x float>, <8 x float>* %21, align 32
  %1063 = fcmp olt <8 x float> %1062, zeroinitializer
  %1064 = select <8 x i1> %1063, <8 x float> zeroinitializer, <8 x float> %1062
  %1065 = getelementptr inbounds float, float* %0, i64 %499
  %1066 = bitcast float* %1065 to <8 x float>*
  store <8 x float> %1064, <8 x float>* %1066, align 4
  %1067 = load <8 x float>, <8 x float>* %20, align 32
  %1068 = fcmp olt <8 x float> %1067, zeroinitializer
  %1069 = select <8 x i1> %1068, <8 x float> zeroinitializer, <8 x float> %1067
  %1070 = getelementptr inbounds float, float* %0, i64 %502
  %1071 = bitcast float* %1070 to <8 x float>*
  store <8 x float> %1069, <8 x float>* %1071, align 4
  %1072 = load <8 x float>, <8 x float>* %19, align 32
  %1073 = fcmp olt <8 x float> %1072, zeroinitializer
  %1074 = select <8 x i1> %1073, <8 x float> zeroinitializer, <8 x float> %1072
  %1075 = getelementptr inbounds float, float* %0, i64 %505
  %1076 = bitcast float* %1075 to <8 x float>*
  store <8 x float> %1074, <8 x float>* %1076, align 4
  %1077 = load <8 x float>, <8 x float>* %18, align 32
  %1078 = fcmp olt <8 x float> %1077, zeroinitializer
  %1079 = select <8 x i1> %1078, <8 x float> zeroinitializer, <8 x float> %1077
  %1080 = getelementptr inbounds float, float* %0, i64 %508
  %1081 = bitcast float* %1080 to <8 x float>*
  store <8 x float> %1079, <8 x float>* %1081, align 4
  %x.next66 = add i64 %x18, 6
  br label %x.header15

u.header67:                                       ; preds = %u.body68, %x.exit17
  %u70 = phi i64 [ 0, %x.exit17 ], [ %u.next103, %u.body68 ]
  %1082 = icmp slt i64 %u70, 32
  br i1 %1082, label %u.body68, label %u.exit69

u.body68:                                         ; preds = %u.header67
  %1083 = add i64 0, %u70
  %1084 = mul i64 %1083, 896
  %1085 = add i64 864, %1084
  %1086 = mul i64 %1083, 64
  %1087 = add i64 %462, %1086
  %1088 = add i64 %1085, 0
  %1089 = add i64 %1088, 0
  %1090 = add i64 %1087, 0
  %1091 = add i64 %1090, 0
  %1092 = getelementptr inbounds float, float* %4, i64 %1091
  %1093 = bitcast float* %1092 to <8 x float>*
  %1094 = load <8 x float>, <8 x float>* %1093, align 4
  %1095 = add i64 %1090, 2048
  %1096 = getelementptr inbounds float, float* %4, i64 %1095
  %1097 = bitcast float* %1096 to <8 x float>*
  %1098 = load <8 x float>, <8 x float>* %1097, align 4
  %1099 = add i64 %1089, 0
  %1100 = getelementptr inbounds float, float* %52, i64 %1099
  %1101 = load float, float* %1100, align 4
  %1102 = insertelement <8 x float> undef, float %1101, i32 0
  %splat71 = shufflevector <8 x float> %1102, <8 x float> undef, <8 x i32> zeroinitializer
  %1103 = load <8 x float>, <8 x float>* %17, align 32
  %1104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1094, <8 x float> %1103)
  store <8 x float> %1104, <8 x float>* %17, align 32
  %1105 = load <8 x float>, <8 x float>* %13, align 32
  %1106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1098, <8 x float> %1105)
  store <8 x float> %1106, <8 x float>* %13, align 32
  %1107 = add i64 %1089, 8
  %1108 = getelementptr inbounds float, float* %52, i64 %1107
  %1109 = load float, float* %1108, align 4
  %1110 = insertelement <8 x float> undef, float %1109, i32 0
  %splat72 = shufflevector <8 x float> %1110, <8 x float> undef, <8 x i32> zeroinitializer
  %1111 = load <8 x float>, <8 x float>* %16, align 32
  %1112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1094, <8 x float> %1111)
  store <8 x float> %1112, <8 x float>* %16, align 32
  %1113 = load <8 x float>, <8 x float>* %12, align 32
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1098, <8 x float> %1113)
  store <8 x float> %1114, <8 x float>* %12, align 32
  %1115 = add i64 %1089, 16
  %1116 = getelementptr inbounds float, float* %52, i64 %1115
  %1117 = load float, float* %1116, align 4
  %1118 = insertelement <8 x float> undef, float %1117, i32 0
  %splat73 = shufflevector <8 x float> %1118, <8 x float> undef, <8 x i32> zeroinitializer
  %1119 = load <8 x float>, <8 x float>* %15, align 32
  %1120 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1094, <8 x float> %1119)
  store <8 x float> %1120, <8 x float>* %15, align 32
  %1121 = load <8 x float>, <8 x float>* %11, align 32
  %1122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1098, <8 x float> %1121)
  store <8 x float> %1122, <8 x float>* %11, align 32
  %1123 = add i64 %1089, 24
  %1124 = getelementptr inbounds float, float* %52, i64 %1123
  %1125 = load float, float* %1124, align 4
  %1126 = insertelement <8 x float> undef, float %1125, i32 0
  %splat74 = shufflevector <8 x float> %1126, <8 x float> undef, <8 x i32> zeroinitializer
  %1127 = load <8 x float>, <8 x float>* %14, align 32
  %1128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1094, <8 x float> %1127)
  store <8 x float> %1128, <8 x float>* %14, align 32
  %1129 = load <8 x float>, <8 x float>* %10, align 32
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1098, <8 x float> %1129)
  store <8 x float> %1130, <8 x float>* %10, align 32
  %1131 = add i64 %1090, 8
  %1132 = getelementptr inbounds float, float* %4, i64 %1131
  %1133 = bitcast float* %1132 to <8 x float>*
  %1134 = load <8 x float>, <8 x float>* %1133, align 4
  %1135 = add i64 %1090, 2056
  %1136 = getelementptr inbounds float, float* %4, i64 %1135
  %1137 = bitcast float* %1136 to <8 x float>*
  %1138 = load <8 x float>, <8 x float>* %1137, align 4
  %1139 = add i64 %1089, 1
  %1140 = getelementptr inbounds float, float* %52, i64 %1139
  %1141 = load float, float* %1140, align 4
  %1142 = insertelement <8 x float> undef, float %1141, i32 0
  %splat75 = shufflevector <8 x float> %1142, <8 x float> undef, <8 x i32> zeroinitializer
  %1143 = load <8 x float>, <8 x float>* %17, align 32
  %1144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1134, <8 x float> %1143)
  store <8 x float> %1144, <8 x float>* %17, align 32
  %1145 = load <8 x float>, <8 x float>* %13, align 32
  %1146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1138, <8 x float> %1145)
  store <8 x float> %1146, <8 x float>* %13, align 32
  %1147 = add i64 %1089, 9
  %1148 = getelementptr inbounds float, float* %52, i64 %1147
  %1149 = load float, float* %1148, align 4
  %1150 = insertelement <8 x float> undef, float %1149, i32 0
  %splat76 = shufflevector <8 x float> %1150, <8 x float> undef, <8 x i32> zeroinitializer
  %1151 = load <8 x float>, <8 x float>* %16, align 32
  %1152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1134, <8 x float> %1151)
  store <8 x float> %1152, <8 x float>* %16, align 32
  %1153 = load <8 x float>, <8 x float>* %12, align 32
  %1154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1138, <8 x float> %1153)
  store <8 x float> %1154, <8 x float>* %12, align 32
  %1155 = add i64 %1089, 17
  %1156 = getelementptr inbounds float, float* %52, i64 %1155
  %1157 = load float, float* %1156, align 4
  %1158 = insertelement <8 x float> undef, float %1157, i32 0
  %splat77 = shufflevector <8 x float> %1158, <8 x float> undef, <8 x i32> zeroinitializer
  %1159 = load <8 x float>, <8 x float>* %15, align 32
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1134, <8 x float> %1159)
  store <8 x float> %1160, <8 x float>* %15, align 32
  %1161 = load <8 x float>, <8 x float>* %11, align 32
  %1162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1138, <8 x float> %1161)
  store <8 x float> %1162, <8 x float>* %11, align 32
  %1163 = add i64 %1089, 25
  %1164 = getelementptr inbounds float, float* %52, i64 %1163
  %1165 = load float, float* %1164, align 4
  %1166 = insertelement <8 x float> undef, float %1165, i32 0
  %splat78 = shufflevector <8 x float> %1166, <8 x float> undef, <8 x i32> zeroinitializer
  %1167 = load <8 x float>, <8 x float>* %14, align 32
  %1168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1134, <8 x float> %1167)
  store <8 x float> %1168, <8 x float>* %14, align 32
  %1169 = load <8 x float>, <8 x float>* %10, align 32
  %1170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1138, <8 x float> %1169)
  store <8 x float> %1170, <8 x float>* %10, align 32
  %1171 = add i64 %1090, 16
  %1172 = getelementptr inbounds float, float* %4, i64 %1171
  %1173 = bitcast float* %1172 to <8 x float>*
  %1174 = load <8 x float>, <8 x float>* %1173, align 4
  %1175 = add i64 %1090, 2064
  %1176 = getelementptr inbounds float, float* %4, i64 %1175
  %1177 = bitcast float* %1176 to <8 x float>*
  %1178 = load <8 x float>, <8 x float>* %1177, align 4
  %1179 = add i64 %1089, 2
  %1180 = getelementptr inbounds float, float* %52, i64 %1179
  %1181 = load float, float* %1180, align 4
  %1182 = insertelement <8 x float> undef, float %1181, i32 0
  %splat79 = shufflevector <8 x float> %1182, <8 x float> undef, <8 x i32> zeroinitializer
  %1183 = load <8 x float>, <8 x float>* %17, align 32
  %1184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1174, <8 x float> %1183)
  store <8 x float> %1184, <8 x float>* %17, align 32
  %1185 = load <8 x float>, <8 x float>* %13, align 32
  %1186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1178, <8 x float> %1185)
  store <8 x float> %1186, <8 x float>* %13, align 32
  %1187 = add i64 %1089, 10
  %1188 = getelementptr inbounds float, float* %52, i64 %1187
  %1189 = load float, float* %1188, align 4
  %1190 = insertelement <8 x float> undef, float %1189, i32 0
  %splat80 = shufflevector <8 x float> %1190, <8 x float> undef, <8 x i32> zeroinitializer
  %1191 = load <8 x float>, <8 x float>* %16, align 32
  %1192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1174, <8 x float> %1191)
  store <8 x float> %1192, <8 x float>* %16, align 32
  %1193 = load <8 x float>, <8 x float>* %12, align 32
  %1194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1178, <8 x float> %1193)
  store <8 x float> %1194, <8 x float>* %12, align 32
  %1195 = add i64 %1089, 18
  %1196 = getelementptr inbounds float, float* %52, i64 %1195
  %1197 = load float, float* %1196, align 4
  %1198 = insertelement <8 x float> undef, float %1197, i32 0
  %splat81 = shufflevector <8 x float> %1198, <8 x float> undef, <8 x i32> zeroinitializer
  %1199 = load <8 x float>, <8 x float>* %15, align 32
  %1200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1174, <8 x float> %1199)
  store <8 x float> %1200, <8 x float>* %15, align 32
  %1201 = load <8 x float>, <8 x float>* %11, align 32
  %1202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1178, <8 x float> %1201)
  store <8 x float> %1202, <8 x float>* %11, align 32
  %1203 = add i64 %1089, 26
  %1204 = getelementptr inbounds float, float* %52, i64 %1203
  %1205 = load float, float* %1204, align 4
  %1206 = insertelement <8 x float> undef, float %1205, i32 0
  %splat82 = shufflevector <8 x float> %1206, <8 x float> undef, <8 x i32> zeroinitializer
  %1207 = load <8 x float>, <8 x float>* %14, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1174, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %14, align 32
  %1209 = load <8 x float>, <8 x float>* %10, align 32
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1178, <8 x float> %1209)
  store <8 x float> %1210, <8 x float>* %10, align 32
  %1211 = add i64 %1090, 24
  %1212 = getelementptr inbounds float, float* %4, i64 %1211
  %1213 = bitcast float* %1212 to <8 x float>*
  %1214 = load <8 x float>, <8 x float>* %1213, align 4
  %1215 = add i64 %1090, 2072
  %1216 = getelementptr inbounds float, float* %4, i64 %1215
  %1217 = bitcast float* %1216 to <8 x float>*
  %1218 = load <8 x float>, <8 x float>* %1217, align 4
  %1219 = add i64 %1089, 3
  %1220 = getelementptr inbounds float, float* %52, i64 %1219
  %1221 = load float, float* %1220, align 4
  %1222 = insertelement <8 x float> undef, float %1221, i32 0
  %splat83 = shufflevector <8 x float> %1222, <8 x float> undef, <8 x i32> zeroinitializer
  %1223 = load <8 x float>, <8 x float>* %17, align 32
  %1224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1214, <8 x float> %1223)
  store <8 x float> %1224, <8 x float>* %17, align 32
  %1225 = load <8 x float>, <8 x float>* %13, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1218, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %13, align 32
  %1227 = add i64 %1089, 11
  %1228 = getelementptr inbounds float, float* %52, i64 %1227
  %1229 = load float, float* %1228, align 4
  %1230 = insertelement <8 x float> undef, float %1229, i32 0
  %splat84 = shufflevector <8 x float> %1230, <8 x float> undef, <8 x i32> zeroinitializer
  %1231 = load <8 x float>, <8 x float>* %16, align 32
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1214, <8 x float> %1231)
  store <8 x float> %1232, <8 x float>* %16, align 32
  %1233 = load <8 x float>, <8 x float>* %12, align 32
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1218, <8 x float> %1233)
  store <8 x float> %1234, <8 x float>* %12, align 32
  %1235 = add i64 %1089, 19
  %1236 = getelementptr inbounds float, float* %52, i64 %1235
  %1237 = load float, float* %1236, align 4
  %1238 = insertelement <8 x float> undef, float %1237, i32 0
  %splat85 = shufflevector <8 x float> %1238, <8 x float> undef, <8 x i32> zeroinitializer
  %1239 = load <8 x float>, <8 x float>* %15, align 32
  %1240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1214, <8 x float> %1239)
  store <8 x float> %1240, <8 x float>* %15, align 32
  %1241 = load <8 x float>, <8 x float>* %11, align 32
  %1242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1218, <8 x float> %1241)
  store <8 x float> %1242, <8 x float>* %11, align 32
  %1243 = add i64 %1089, 27
  %1244 = getelementptr inbounds float, float* %52, i64 %1243
  %1245 = load float, float* %1244, align 4
  %1246 = insertelement <8 x float> undef, float %1245, i32 0
  %splat86 = shufflevector <8 x float> %1246, <8 x float> undef, <8 x i32> zeroinitializer
  %1247 = load <8 x float>, <8 x float>* %14, align 32
  %1248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1214, <8 x float> %1247)
  store <8 x float> %1248, <8 x float>* %14, align 32
  %1249 = load <8 x float>, <8 x float>* %10, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1218, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %10, align 32
  %1251 = add i64 %1090, 32
  %1252 = getelementptr inbounds float, float* %4, i64 %1251
  %1253 = bitcast float* %1252 to <8 x float>*
  %1254 = load <8 x float>, <8 x float>* %1253, align 4
  %1255 = add i64 %1090, 2080
  %1256 = getelementptr inbounds float, float* %4, i64 %1255
  %1257 = bitcast float* %1256 to <8 x float>*
  %1258 = load <8 x float>, <8 x float>* %1257, align 4
  %1259 = add i64 %1089, 4
  %1260 = getelementptr inbounds float, float* %52, i64 %1259
  %1261 = load float, float* %1260, align 4
  %1262 = insertelement <8 x float> undef, float %1261, i32 0
  %splat87 = shufflevector <8 x float> %1262, <8 x float> undef, <8 x i32> zeroinitializer
  %1263 = load <8 x float>, <8 x float>* %17, align 32
  %1264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1254, <8 x float> %1263)
  store <8 x float> %1264, <8 x float>* %17, align 32
  %1265 = load <8 x float>, <8 x float>* %13, align 32
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1258, <8 x float> %1265)
  store <8 x float> %1266, <8 x float>* %13, align 32
  %1267 = add i64 %1089, 12
  %1268 = getelementptr inbounds float, float* %52, i64 %1267
  %1269 = load float, float* %1268, align 4
  %1270 = insertelement <8 x float> undef, float %1269, i32 0
  %splat88 = shufflevector <8 x float> %1270, <8 x float> undef, <8 x i32> zeroinitializer
  %1271 = load <8 x float>, <8 x float>* %16, align 32
  %1272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1254, <8 x float> %1271)
  store <8 x float> %1272, <8 x float>* %16, align 32
  %1273 = load <8 x float>, <8 x float>* %12, align 32
  %1274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1258, <8 x float> %1273)
  store <8 x float> %1274, <8 x float>* %12, align 32
  %1275 = add i64 %1089, 20
  %1276 = getelementptr inbounds float, float* %52, i64 %1275
  %1277 = load float, float* %1276, align 4
  %1278 = insertelement <8 x float> undef, float %1277, i32 0
  %splat89 = shufflevector <8 x float> %1278, <8 x float> undef, <8 x i32> zeroinitializer
  %1279 = load <8 x float>, <8 x float>* %15, align 32
  %1280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1254, <8 x float> %1279)
  store <8 x float> %1280, <8 x float>* %15, align 32
  %1281 = load <8 x float>, <8 x float>* %11, align 32
  %1282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1258, <8 x float> %1281)
  store <8 x float> %1282, <8 x float>* %11, align 32
  %1283 = add i64 %1089, 28
  %1284 = getelementptr inbounds float, float* %52, i64 %1283
  %1285 = load float, float* %1284, align 4
  %1286 = insertelement <8 x float> undef, float %1285, i32 0
  %splat90 = shufflevector <8 x float> %1286, <8 x float> undef, <8 x i32> zeroinitializer
  %1287 = load <8 x float>, <8 x float>* %14, align 32
  %1288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1254, <8 x float> %1287)
  store <8 x float> %1288, <8 x float>* %14, align 32
  %1289 = load <8 x float>, <8 x float>* %10, align 32
  %1290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1258, <8 x float> %1289)
  store <8 x float> %1290, <8 x float>* %10, align 32
  %1291 = add i64 %1090, 40
  %1292 = getelementptr inbounds float, float* %4, i64 %1291
  %1293 = bitcast float* %1292 to <8 x float>*
  %1294 = load <8 x float>, <8 x float>* %1293, align 4
  %1295 = add i64 %1090, 2088
  %1296 = getelementptr inbounds float, float* %4, i64 %1295
  %1297 = bitcast float* %1296 to <8 x float>*
  %1298 = load <8 x float>, <8 x float>* %1297, align 4
  %1299 = add i64 %1089, 5
  %1300 = getelementptr inbounds float, float* %52, i64 %1299
  %1301 = load float, float* %1300, align 4
  %1302 = insertelement <8 x float> undef, float %1301, i32 0
  %splat91 = shufflevector <8 x float> %1302, <8 x float> undef, <8 x i32> zeroinitializer
  %1303 = load <8 x float>, <8 x float>* %17, align 32
  %1304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1294, <8 x float> %1303)
  store <8 x float> %1304, <8 x float>* %17, align 32
  %1305 = load <8 x float>, <8 x float>* %13, align 32
  %1306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1298, <8 x float> %1305)
  store <8 x float> %1306, <8 x float>* %13, align 32
  %1307 = add i64 %1089, 13
  %1308 = getelementptr inbounds float, float* %52, i64 %1307
  %1309 = load float, float* %1308, align 4
  %1310 = insertelement <8 x float> undef, float %1309, i32 0
  %splat92 = shufflevector <8 x float> %1310, <8 x float> undef, <8 x i32> zeroinitializer
  %1311 = load <8 x float>, <8 x float>* %16, align 32
  %1312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1294, <8 x float> %1311)
  store <8 x float> %1312, <8 x float>* %16, align 32
  %1313 = load <8 x float>, <8 x float>* %12, align 32
  %1314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1298, <8 x float> %1313)
  store <8 x float> %1314, <8 x float>* %12, align 32
  %1315 = add i64 %1089, 21
  %1316 = getelementptr inbounds float, float* %52, i64 %1315
  %1317 = load float, float* %1316, align 4
  %1318 = insertelement <8 x float> undef, float %1317, i32 0
  %splat93 = shufflevector <8 x float> %1318, <8 x float> undef, <8 x i32> zeroinitializer
  %1319 = load <8 x float>, <8 x float>* %15, align 32
  %1320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1294, <8 x float> %1319)
  store <8 x float> %1320, <8 x float>* %15, align 32
  %1321 = load <8 x float>, <8 x float>* %11, align 32
  %1322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1298, <8 x float> %1321)
  store <8 x float> %1322, <8 x float>* %11, align 32
  %1323 = add i64 %1089, 29
  %1324 = getelementptr inbounds float, float* %52, i64 %1323
  %1325 = load float, float* %1324, align 4
  %1326 = insertelement <8 x float> undef, float %1325, i32 0
  %splat94 = shufflevector <8 x float> %1326, <8 x float> undef, <8 x i32> zeroinitializer
  %1327 = load <8 x float>, <8 x float>* %14, align 32
  %1328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1294, <8 x float> %1327)
  store <8 x float> %1328, <8 x float>* %14, align 32
  %1329 = load <8 x float>, <8 x float>* %10, align 32
  %1330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1298, <8 x float> %1329)
  store <8 x float> %1330, <8 x float>* %10, align 32
  %1331 = add i64 %1090, 48
  %1332 = getelementptr inbounds float, float* %4, i64 %1331
  %1333 = bitcast float* %1332 to <8 x float>*
  %1334 = load <8 x float>, <8 x float>* %1333, align 4
  %1335 = add i64 %1090, 2096
  %1336 = getelementptr inbounds float, float* %4, i64 %1335
  %1337 = bitcast float* %1336 to <8 x float>*
  %1338 = load <8 x float>, <8 x float>* %1337, align 4
  %1339 = add i64 %1089, 6
  %1340 = getelementptr inbounds float, float* %52, i64 %1339
  %1341 = load float, float* %1340, align 4
  %1342 = insertelement <8 x float> undef, float %1341, i32 0
  %splat95 = shufflevector <8 x float> %1342, <8 x float> undef, <8 x i32> zeroinitializer
  %1343 = load <8 x float>, <8 x float>* %17, align 32
  %1344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1334, <8 x float> %1343)
  store <8 x float> %1344, <8 x float>* %17, align 32
  %1345 = load <8 x float>, <8 x float>* %13, align 32
  %1346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1338, <8 x float> %1345)
  store <8 x float> %1346, <8 x float>* %13, align 32
  %1347 = add i64 %1089, 14
  %1348 = getelementptr inbounds float, float* %52, i64 %1347
  %1349 = load float, float* %1348, align 4
  %1350 = insertelement <8 x float> undef, float %1349, i32 0
  %splat96 = shufflevector <8 x float> %1350, <8 x float> undef, <8 x i32> zeroinitializer
  %1351 = load <8 x float>, <8 x float>* %16, align 32
  %1352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1334, <8 x float> %1351)
  store <8 x float> %1352, <8 x float>* %16, align 32
  %1353 = load <8 x float>, <8 x float>* %12, align 32
  %1354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1338, <8 x float> %1353)
  store <8 x float> %1354, <8 x float>* %12, align 32
  %1355 = add i64 %1089, 22
  %1356 = getelementptr inbounds float, float* %52, i64 %1355
  %1357 = load float, float* %1356, align 4
  %1358 = insertelement <8 x float> undef, float %1357, i32 0
  %splat97 = shufflevector <8 x float> %1358, <8 x float> undef, <8 x i32> zeroinitializer
  %1359 = load <8 x float>, <8 x float>* %15, align 32
  %1360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1334, <8 x float> %1359)
  store <8 x float> %1360, <8 x float>* %15, align 32
  %1361 = load <8 x float>, <8 x float>* %11, align 32
  %1362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1338, <8 x float> %1361)
  store <8 x float> %1362, <8 x float>* %11, align 32
  %1363 = add i64 %1089, 30
  %1364 = getelementptr inbounds float, float* %52, i64 %1363
  %1365 = load float, float* %1364, align 4
  %1366 = insertelement <8 x float> undef, float %1365, i32 0
  %splat98 = shufflevector <8 x float> %1366, <8 x float> undef, <8 x i32> zeroinitializer
  %1367 = load <8 x float>, <8 x float>* %14, align 32
  %1368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1334, <8 x float> %1367)
  store <8 x float> %1368, <8 x float>* %14, align 32
  %1369 = load <8 x float>, <8 x float>* %10, align 32
  %1370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1338, <8 x float> %1369)
  store <8 x float> %1370, <8 x float>* %10, align 32
  %1371 = add i64 %1090, 56
  %1372 = getelementptr inbounds float, float* %4, i64 %1371
  %1373 = bitcast float* %1372 to <8 x float>*
  %1374 = load <8 x float>, <8 x float>* %1373, align 4
  %1375 = add i64 %1090, 2104
  %1376 = getelementptr inbounds float, float* %4, i64 %1375
  %1377 = bitcast float* %1376 to <8 x float>*
  %1378 = load <8 x float>, <8 x float>* %1377, align 4
  %1379 = add i64 %1089, 7
  %1380 = getelementptr inbounds float, float* %52, i64 %1379
  %1381 = load float, float* %1380, align 4
  %1382 = insertelement <8 x float> undef, float %1381, i32 0
  %splat99 = shufflevector <8 x float> %1382, <8 x float> undef, <8 x i32> zeroinitializer
  %1383 = load <8 x float>, <8 x float>* %17, align 32
  %1384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1374, <8 x float> %1383)
  store <8 x float> %1384, <8 x float>* %17, align 32
  %1385 = load <8 x float>, <8 x float>* %13, align 32
  %1386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1378, <8 x float> %1385)
  store <8 x float> %1386, <8 x float>* %13, align 32
  %1387 = add i64 %1089, 15
  %1388 = getelementptr inbounds float, float* %52, i64 %1387
  %1389 = load float, float* %1388, align 4
  %1390 = insertelement <8 x float> undef, float %1389, i32 0
  %splat100 = shufflevector <8 x float> %1390, <8 x float> undef, <8 x i32> zeroinitializer
  %1391 = load <8 x float>, <8 x float>* %16, align 32
  %1392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1374, <8 x float> %1391)
  store <8 x float> %1392, <8 x float>* %16, align 32
  %1393 = load <8 x float>, <8 x float>* %12, align 32
  %1394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1378, <8 x float> %1393)
  store <8 x float> %1394, <8 x float>* %12, align 32
  %1395 = add i64 %1089, 23
  %1396 = getelementptr inbounds float, float* %52, i64 %1395
  %1397 = load float, float* %1396, align 4
  %1398 = insertelement <8 x float> undef, float %1397, i32 0
  %splat101 = shufflevector <8 x float> %1398, <8 x float> undef, <8 x i32> zeroinitializer
  %1399 = load <8 x float>, <8 x float>* %15, align 32
  %1400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1374, <8 x float> %1399)
  store <8 x float> %1400, <8 x float>* %15, align 32
  %1401 = load <8 x float>, <8 x float>* %11, align 32
  %1402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1378, <8 x float> %1401)
  store <8 x float> %1402, <8 x float>* %11, align 32
  %1403 = add i64 %1089, 31
  %1404 = getelementptr inbounds float, float* %52, i64 %1403
  %1405 = load float, float* %1404, align 4
  %1406 = insertelement <8 x float> undef, float %1405, i32 0
  %splat102 = shufflevector <8 x float> %1406, <8 x float> undef, <8 x i32> zeroinitializer
  %1407 = load <8 x float>, <8 x float>* %14, align 32
  %1408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1374, <8 x float> %1407)
  store <8 x float> %1408, <8 x float>* %14, align 32
  %1409 = load <8 x float>, <8 x float>* %10, align 32
  %1410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1378, <8 x float> %1409)
  store <8 x float> %1410, <8 x float>* %10, align 32
  %u.next103 = add i64 %u70, 1
  br label %u.header67

u.exit69:                                         ; preds = %u.header67
  %1411 = load <8 x float>, <8 x float>* %17, align 32
  %1412 = fcmp olt <8 x float> %1411, zeroinitializer
  %1413 = select <8 x i1> %1412, <8 x float> zeroinitializer, <8 x float> %1411
  %1414 = getelementptr inbounds float, float* %0, i64 %529
  %1415 = bitcast float* %1414 to <8 x float>*
  store <8 x float> %1413, <8 x float>* %1415, align 4
  %1416 = load <8 x float>, <8 x float>* %16, align 32
  %1417 = fcmp olt <8 x float> %1416, zeroinitializer
  %1418 = select <8 x i1> %1417, <8 x float> zeroinitializer, <8 x float> %1416
  %1419 = getelementptr inbounds float, float* %0, i64 %532
  %1420 = bitcast float* %1419 to <8 x float>*
  store <8 x float> %1418, <8 x float>* %1420, align 4
  %1421 = load <8 x float>, <8 x float>* %15, align 32
  %1422 = fcmp olt <8 x float> %1421, zeroinitializer
  %1423 = select <8 x i1> %1422, <8 x float> zeroinitializer, <8 x float> %1421
  %1424 = getelementptr inbounds float, float* %0, i64 %535
  %1425 = bitcast float* %1424 to <8 x float>*
  store <8 x float> %1423, <8 x float>* %1425, align 4
  %1426 = load <8 x float>, <8 x float>* %14, align 32
  %1427 = fcmp olt <8 x float> %1426, zeroinitializer
  %1428 = select <8 x i1> %1427, <8 x float> zeroinitializer, <8 x float> %1426
  %1429 = getelementptr inbounds float, float* %0, i64 %538
  %1430 = bitcast float* %1429 to <8 x float>*
  store <8 x float> %1428, <8 x float>* %1430, align 4
  %1431 = load <8 x float>, <8 x float>* %13, align 32
  %1432 = fcmp olt <8 x float> %1431, zeroinitializer
  %1433 = select <8 x i1> %1432, <8 x float> zeroinitializer, <8 x float> %1431
  %1434 = getelementptr inbounds float, float* %0, i64 %545
  %1435 = bitcast float* %1434 to <8 x float>*
  store <8 x float> %1433, <8 x float>* %1435, align 4
  %1436 = load <8 x float>, <8 x float>* %12, align 32
  %1437 = fcmp olt <8 x float> %1436, zeroinitializer
  %1438 = select <8 x i1> %1437, <8 x float> zeroinitializer, <8 x float> %1436
  %1439 = getelementptr inbounds float, float* %0, i64 %548
  %1440 = bitcast float* %1439 to <8 x float>*
  store <8 x float> %1438, <8 x float>* %1440, align 4
  %1441 = load <8 x float>, <8 x float>* %11, align 32
  %1442 = fcmp olt <8 x float> %1441, zeroinitializer
  %1443 = select <8 x i1> %1442, <8 x float> zeroinitializer, <8 x float> %1441
  %1444 = getelementptr inbounds float, float* %0, i64 %551
  %1445 = bitcast float* %1444 to <8 x float>*
  store <8 x float> %1443, <8 x float>* %1445, align 4
  %1446 = load <8 x float>, <8 x float>* %10, align 32
  %1447 = fcmp olt <8 x float> %1446, zeroinitializer
  %1448 = select <8 x i1> %1447, <8 x float> zeroinitializer, <8 x float> %1446
  %1449 = getelementptr inbounds float, float* %0, i64 %554
  %1450 = bitcast float* %1449 to <8 x float>*
  store <8 x float> %1448, <8 x float>* %1450, align 4
  %block.group.next = add i64 %block.group, 1
  br label %block.group.header
}

; Function Attrs: noinline nounwind
define internal void @node5.conv2d_6.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = getelementptr inbounds i8*, i8** %1, i64 6
  %21 = load i8*, i8** %20, align 8
  %22 = bitcast i8* %21 to float*
  %23 = getelementptr inbounds i8*, i8** %1, i64 7
  %24 = load i8*, i8** %23, align 8
  %25 = bitcast i8* %24 to float*
  %26 = call i32 @omp_get_thread_num()
  %27 = sext i32 %26 to i64
  %28 = call i32 @omp_get_num_threads()
  %29 = sext i32 %28 to i64
  %30 = sub i64 %29, 1
  %31 = add i64 7, %30
  %32 = sdiv i64 %31, %29
  %33 = mul i64 %27, %32
  %34 = icmp slt i64 %33, 7
  %35 = select i1 %34, i64 %33, i64 7
  %36 = add i64 %35, %32
  %37 = icmp slt i64 %36, 7
  %38 = select i1 %37, i64 %36, i64 7
  call void @node5.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %35, i64 %38)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, float* %6, float* %7, i64 %8, i64 %9) #0 {
entry:
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  %39 = alloca <8 x float>, align 32
  %band = alloca [25088 x float], align 64
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %8, %entry ], [ %task.next, %block.group.exit ]
  %40 = icmp slt i64 %task, %9
  br i1 %40, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %41 = srem i64 %task, 1
  %42 = sdiv i64 %task, 1
  %43 = srem i64 %42, 2
  %44 = sdiv i64 %task, 2
  %45 = bitcast [25088 x float]* %band to float*
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %46 = icmp slt i64 %channel.block, 32
  br i1 %46, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %47 = mul i64 %44, 32
  %48 = add i64 %47, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %49 = mul i64 %41, 32
  %50 = add i64 %49, 32
  %51 = icmp slt i64 %50, 32
  %52 = select i1 %51, i64 %50, i64 32
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit10, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit10 ]
  %53 = icmp slt i64 %band.row, 7
  br i1 %53, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %54 = mul i64 %43, 7
  %55 = add i64 %54, %band.row
  %56 = mul i64 %channel.block, 7
  %57 = add i64 %56, %band.row
  %58 = mul i64 %57, 112
  %59 = srem i64 %48, 32
  %60 = mul i64 %48, 6272
  %61 = mul i64 %55, 2
  %62 = sub i64 %61, 1
  %63 = mul i64 %59, 8
  %64 = getelementptr inbounds float, float* %7, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  store <8 x float> %66, <8 x float>* %39, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !12

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %67 = icmp slt i64 %kh, 3
  br i1 %67, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %68 = mul i64 %kh, 1
  %69 = add i64 %62, %68
  %70 = icmp sge i64 %69, 0
  %71 = icmp slt i64 %69, 28
  %72 = and i1 %70, %71
  br i1 %72, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %73 = add i64 %58, 0
  %74 = load <8 x float>, <8 x float>* %39, align 32
  %75 = fcmp olt <8 x float> %74, zeroinitializer
  %76 = select <8 x i1> %75, <8 x float> zeroinitializer, <8 x float> %74
  %77 = getelementptr inbounds float, float* %45, i64 %73
  %78 = bitcast float* %77 to <8 x float>*
  store <8 x float> %76, <8 x float>* %78, align 4
  store <8 x float> %66, <8 x float>* %38, align 32
  store <8 x float> %66, <8 x float>* %37, align 32
  store <8 x float> %66, <8 x float>* %36, align 32
  store <8 x float> %66, <8 x float>* %35, align 32
  store <8 x float> %66, <8 x float>* %34, align 32
  store <8 x float> %66, <8 x float>* %33, align 32
  store <8 x float> %66, <8 x float>* %32, align 32
  store <8 x float> %66, <8 x float>* %31, align 32
  store <8 x float> %66, <8 x float>* %30, align 32
  store <8 x float> %66, <8 x float>* %29, align 32
  store <8 x float> %66, <8 x float>* %28, align 32
  br label %kh.header1

then:                                             ; preds = %kh.body
  %79 = mul i64 %69, 224
  %80 = add i64 %60, %79
  %81 = mul i64 %59, 3
  %82 = add i64 %81, %kh
  %83 = mul i64 %82, 24
  %84 = add i64 %83, 0
  %85 = getelementptr inbounds float, float* %6, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  %87 = load <8 x float>, <8 x float>* %86, align 4
  %88 = add i64 %83, 8
  %89 = getelementptr inbounds float, float* %6, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = add i64 %83, 16
  %93 = getelementptr inbounds float, float* %6, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  %96 = add i64 %80, -8
  %97 = add i64 %96, 8
  %98 = getelementptr inbounds float, float* %1, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  %100 = load <8 x float>, <8 x float>* %99, align 4
  %101 = load <8 x float>, <8 x float>* %39, align 32
  %102 = call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %91, <8 x float> %101)
  store <8 x float> %102, <8 x float>* %39, align 32
  %103 = add i64 %96, 16
  %104 = getelementptr inbounds float, float* %1, i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  %106 = load <8 x float>, <8 x float>* %105, align 4
  %107 = load <8 x float>, <8 x float>* %39, align 32
  %108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %106, <8 x float> %95, <8 x float> %107)
  store <8 x float> %108, <8 x float>* %39, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %kh.exit
  %kh4 = phi i64 [ 0, %kh.exit ], [ %kh.next7, %endif6 ]
  %109 = icmp slt i64 %kh4, 3
  br i1 %109, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %110 = mul i64 %kh4, 1
  %111 = add i64 %62, %110
  %112 = icmp sge i64 %111, 0
  %113 = icmp slt i64 %111, 28
  %114 = and i1 %112, %113
  br i1 %114, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %115 = add i64 %58, 8
  %116 = load <8 x float>, <8 x float>* %38, align 32
  %117 = fcmp olt <8 x float> %116, zeroinitializer
  %118 = select <8 x i1> %117, <8 x float> zeroinitializer, <8 x float> %116
  %119 = getelementptr inbounds float, float* %45, i64 %115
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %118, <8 x float>* %120, align 4
  %121 = add i64 %58, 16
  %122 = load <8 x float>, <8 x float>* %37, align 32
  %123 = fcmp olt <8 x float> %122, zeroinitializer
  %124 = select <8 x i1> %123, <8 x float> zeroinitializer, <8 x float> %122
  %125 = getelementptr inbounds float, float* %45, i64 %121
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %124, <8 x float>* %126, align 4
  %127 = add i64 %58, 24
  %128 = load <8 x float>, <8 x float>* %36, align 32
  %129 = fcmp olt <8 x float> %128, zeroinitializer
  %130 = select <8 x i1> %129, <8 x float> zeroinitializer, <8 x float> %128
  %131 = getelementptr inbounds float, float* %45, i64 %127
  %132 = bitcast float* %131 to <8 x float>*
  store <8 x float> %130, <8 x float>* %132, align 4
  %133 = add i64 %58, 32
  %134 = load <8 x float>, <8 x float>* %35, align 32
  %135 = fcmp olt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> zeroinitializer, <8 x float> %134
  %137 = getelementptr inbounds float, float* %45, i64 %133
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %136, <8 x float>* %138, align 4
  %139 = add i64 %58, 40
  %140 = load <8 x float>, <8 x float>* %34, align 32
  %141 = fcmp olt <8 x float> %140, zeroinitializer
  %142 = select <8 x i1> %141, <8 x float> zeroinitializer, <8 x float> %140
  %143 = getelementptr inbounds float, float* %45, i64 %139
  %144 = bitcast float* %143 to <8 x float>*
  store <8 x float> %142, <8 x float>* %144, align 4
  %145 = add i64 %58, 48
  %146 = load <8 x float>, <8 x float>* %33, align 32
  %147 = fcmp olt <8 x float> %146, zeroinitializer
  %148 = select <8 x i1> %147, <8 x float> zeroinitializer, <8 x float> %146
  %149 = getelementptr inbounds float, float* %45, i64 %145
  %150 = bitcast float* %149 to <8 x float>*
  store <8 x float> %148, <8 x float>* %150, align 4
  %151 = add i64 %58, 56
  %152 = load <8 x float>, <8 x float>* %32, align 32
  %153 = fcmp olt <8 x float> %152, zeroinitializer
  %154 = select <8 x i1> %153, <8 x float> zeroinitializer, <8 x float> %152
  %155 = getelementptr inbounds float, float* %45, i64 %151
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %154, <8 x float>* %156, align 4
  %157 = add i64 %58, 64
  %158 = load <8 x float>, <8 x float>* %31, align 32
  %159 = fcmp olt <8 x float> %158, zeroinitializer
  %160 = select <8 x i1> %159, <8 x float> zeroinitializer, <8 x float> %158
  %161 = getelementptr inbounds float, float* %45, i64 %157
  %162 = bitcast float* %161 to <8 x float>*
  store <8 x float> %160, <8 x float>* %162, align 4
  %163 = add i64 %58, 72
  %164 = load <8 x float>, <8 x float>* %30, align 32
  %165 = fcmp olt <8 x float> %164, zeroinitializer
  %166 = select <8 x i1> %165, <8 x float> zeroinitializer, <8 x float> %164
  %167 = getelementptr inbounds float, float* %45, i64 %163
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %166, <8 x float>* %168, align 4
  %169 = add i64 %58, 80
  %170 = load <8 x float>, <8 x float>* %29, align 32
  %171 = fcmp olt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> zeroinitializer, <8 x float> %170
  %173 = getelementptr inbounds float, float* %45, i64 %169
  %174 = bitcast float* %173 to <8 x float>*
  store <8 x float> %172, <8 x float>* %174, align 4
  %175 = add i64 %58, 88
  %176 = load <8 x float>, <8 x float>* %28, align 32
  %177 = fcmp olt <8 x float> %176, zeroinitializer
  %178 = select <8 x i1> %177, <8 x float> zeroinitializer, <8 x float> %176
  %179 = getelementptr inbounds float, float* %45, i64 %175
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %178, <8 x float>* %180, align 4
  store <8 x float> %66, <8 x float>* %27, align 32
  store <8 x float> %66, <8 x float>* %26, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %181 = mul i64 %111, 224
  %182 = add i64 %60, %181
  %183 = mul i64 %59, 3
  %184 = add i64 %183, %kh4
  %185 = mul i64 %184, 24
  %186 = add i64 %185, 0
  %187 = getelementptr inbounds float, float* %6, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = add i64 %185, 8
  %191 = getelementptr inbounds float, float* %6, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %185, 16
  %195 = getelementptr inbounds float, float* %6, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = add i64 %182, 8
  %199 = add i64 %198, 0
  %200 = getelementptr inbounds float, float* %1, i64 %199
  %201 = bitcast float* %200 to <8 x float>*
  %202 = load <8 x float>, <8 x float>* %201, align 4
  %203 = load <8 x float>, <8 x float>* %38, align 32
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %202, <8 x float> %189, <8 x float> %203)
  store <8 x float> %204, <8 x float>* %38, align 32
  %205 = add i64 %198, 8
  %206 = getelementptr inbounds float, float* %1, i64 %205
  %207 = bitcast float* %206 to <8 x float>*
  %208 = load <8 x float>, <8 x float>* %207, align 4
  %209 = load <8 x float>, <8 x float>* %38, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %193, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %38, align 32
  %211 = add i64 %198, 16
  %212 = getelementptr inbounds float, float* %1, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  %214 = load <8 x float>, <8 x float>* %213, align 4
  %215 = load <8 x float>, <8 x float>* %38, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %197, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %38, align 32
  %217 = load <8 x float>, <8 x float>* %37, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %189, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %37, align 32
  %219 = add i64 %198, 24
  %220 = getelementptr inbounds float, float* %1, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  %222 = load <8 x float>, <8 x float>* %221, align 4
  %223 = load <8 x float>, <8 x float>* %37, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %193, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %37, align 32
  %225 = add i64 %198, 32
  %226 = getelementptr inbounds float, float* %1, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  %228 = load <8 x float>, <8 x float>* %227, align 4
  %229 = load <8 x float>, <8 x float>* %37, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %197, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %37, align 32
  %231 = load <8 x float>, <8 x float>* %36, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %189, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %36, align 32
  %233 = add i64 %198, 40
  %234 = getelementptr inbounds float, float* %1, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  %236 = load <8 x float>, <8 x float>* %235, align 4
  %237 = load <8 x float>, <8 x float>* %36, align 32
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %193, <8 x float> %237)
  store <8 x float> %238, <8 x float>* %36, align 32
  %239 = add i64 %198, 48
  %240 = getelementptr inbounds float, float* %1, i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = load <8 x float>, <8 x float>* %36, align 32
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %197, <8 x float> %243)
  store <8 x float> %244, <8 x float>* %36, align 32
  %245 = load <8 x float>, <8 x float>* %35, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %189, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %35, align 32
  %247 = add i64 %198, 56
  %248 = getelementptr inbounds float, float* %1, i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  %250 = load <8 x float>, <8 x float>* %249, align 4
  %251 = load <8 x float>, <8 x float>* %35, align 32
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %193, <8 x float> %251)
  store <8 x float> %252, <8 x float>* %35, align 32
  %253 = add i64 %198, 64
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = bitcast float* %254 to <8 x float>*
  %256 = load <8 x float>, <8 x float>* %255, align 4
  %257 = load <8 x float>, <8 x float>* %35, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %197, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %35, align 32
  %259 = load <8 x float>, <8 x float>* %34, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %189, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %34, align 32
  %261 = add i64 %198, 72
  %262 = getelementptr inbounds float, float* %1, i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = load <8 x float>, <8 x float>* %34, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %193, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %34, align 32
  %267 = add i64 %198, 80
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = load <8 x float>, <8 x float>* %34, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %197, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %34, align 32
  %273 = load <8 x float>, <8 x float>* %33, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %189, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %33, align 32
  %275 = add i64 %198, 88
  %276 = getelementptr inbounds float, float* %1, i64 %275
  %277 = bitcast float* %276 to <8 x float>*
  %278 = load <8 x float>, <8 x float>* %277, align 4
  %279 = load <8 x float>, <8 x float>* %33, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %278, <8 x float> %193, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %33, align 32
  %281 = add i64 %198, 96
  %282 = getelementptr inbounds float, float* %1, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  %284 = load <8 x float>, <8 x float>* %283, align 4
  %285 = load <8 x float>, <8 x float>* %33, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %197, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %33, align 32
  %287 = load <8 x float>, <8 x float>* %32, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %189, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %32, align 32
  %289 = add i64 %198, 104
  %290 = getelementptr inbounds float, float* %1, i64 %289
  %291 = bitcast float* %290 to <8 x float>*
  %292 = load <8 x float>, <8 x float>* %291, align 4
  %293 = load <8 x float>, <8 x float>* %32, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> %193, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %32, align 32
  %295 = add i64 %198, 112
  %296 = getelementptr inbounds float, float* %1, i64 %295
  %297 = bitcast float* %296 to <8 x float>*
  %298 = load <8 x float>, <8 x float>* %297, align 4
  %299 = load <8 x float>, <8 x float>* %32, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %197, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %32, align 32
  %301 = load <8 x float>, <8 x float>* %31, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %189, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %31, align 32
  %303 = add i64 %198, 120
  %304 = getelementptr inbounds float, float* %1, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  %306 = load <8 x float>, <8 x float>* %305, align 4
  %307 = load <8 x float>, <8 x float>* %31, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %193, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %31, align 32
  %309 = add i64 %198, 128
  %310 = getelementptr inbounds float, float* %1, i64 %309
  %311 = bitcast float* %310 to <8 x float>*
  %312 = load <8 x float>, <8 x float>* %311, align 4
  %313 = load <8 x float>, <8 x float>* %31, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %312, <8 x float> %197, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %31, align 32
  %315 = load <8 x float>, <8 x float>* %30, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %312, <8 x float> %189, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %30, align 32
  %317 = add i64 %198, 136
  %318 = getelementptr inbounds float, float* %1, i64 %317
  %319 = bitcast float* %318 to <8 x float>*
  %320 = load <8 x float>, <8 x float>* %319, align 4
  %321 = load <8 x float>, <8 x float>* %30, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %320, <8 x float> %193, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %30, align 32
  %323 = add i64 %198, 144
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  %326 = load <8 x float>, <8 x float>* %325, align 4
  %327 = load <8 x float>, <8 x float>* %30, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %197, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %30, align 32
  %329 = load <8 x float>, <8 x float>* %29, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %189, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %29, align 32
  %331 = add i64 %198, 152
  %332 = getelementptr inbounds float, float* %1, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = load <8 x float>, <8 x float>* %29, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %193, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %29, align 32
  %337 = add i64 %198, 160
  %338 = getelementptr inbounds float, float* %1, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  %340 = load <8 x float>, <8 x float>* %339, align 4
  %341 = load <8 x float>, <8 x float>* %29, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %197, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %29, align 32
  %343 = load <8 x float>, <8 x float>* %28, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %189, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %28, align 32
  %345 = add i64 %198, 168
  %346 = getelementptr inbounds float, float* %1, i64 %345
  %347 = bitcast float* %346 to <8 x float>*
  %348 = load <8 x float>, <8 x float>* %347, align 4
  %349 = load <8 x float>, <8 x float>* %28, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %193, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %28, align 32
  %351 = add i64 %198, 176
  %352 = getelementptr inbounds float, float* %1, i64 %351
  %353 = bitcast float* %352 to <8 x float>*
  %354 = load <8 x float>, <8 x float>* %353, align 4
  %355 = load <8 x float>, <8 x float>* %28, align 32
  %356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %197, <8 x float> %355)
  store <8 x float> %356, <8 x float>* %28, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next14, %endif13 ]
  %357 = icmp slt i64 %kh11, 3
  br i1 %357, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %358 = mul i64 %kh11, 1
  %359 = add i64 %62, %358
  %360 = icmp sge i64 %359, 0
  %361 = icmp slt i64 %359, 28
  %362 = and i1 %360, %361
  br i1 %362, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %363 = add i64 %58, 96
  %364 = load <8 x float>, <8 x float>* %27, align 32
  %365 = fcmp olt <8 x float> %364, zeroinitializer
  %366 = select <8 x i1> %365, <8 x float> zeroinitializer, <8 x float> %364
  %367 = getelementptr inbounds float, float* %45, i64 %363
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %366, <8 x float>* %368, align 4
  %369 = add i64 %58, 104
  %370 = load <8 x float>, <8 x float>* %26, align 32
  %371 = fcmp olt <8 x float> %370, zeroinitializer
  %372 = select <8 x i1> %371, <8 x float> zeroinitializer, <8 x float> %370
  %373 = getelementptr inbounds float, float* %45, i64 %369
  %374 = bitcast float* %373 to <8 x float>*
  store <8 x float> %372, <8 x float>* %374, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !13

then12:                                           ; preds = %kh.body9
  %375 = mul i64 %359, 224
  %376 = add i64 %60, %375
  %377 = mul i64 %59, 3
  %378 = add i64 %377, %kh11
  %379 = mul i64 %378, 24
  %380 = add i64 %379, 0
  %381 = getelementptr inbounds float, float* %6, i64 %380
  %382 = bitcast float* %381 to <8 x float>*
  %383 = load <8 x float>, <8 x float>* %382, align 4
  %384 = add i64 %379, 8
  %385 = getelementptr inbounds float, float* %6, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  %387 = load <8 x float>, <8 x float>* %386, align 4
  %388 = add i64 %379, 16
  %389 = getelementptr inbounds float, float* %6, i64 %388
  %390 = bitcast float* %389 to <8 x float>*
  %391 = load <8 x float>, <8 x float>* %390, align 4
  %392 = add i64 %376, 184
  %393 = add i64 %392, 0
  %394 = getelementptr inbounds float, float* %1, i64 %393
  %395 = bitcast float* %394 to <8 x float>*
  %396 = load <8 x float>, <8 x float>* %395, align 4
  %397 = load <8 x float>, <8 x float>* %27, align 32
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %383, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %27, align 32
  %399 = add i64 %392, 8
  %400 = getelementptr inbounds float, float* %1, i64 %399
  %401 = bitcast float* %400 to <8 x float>*
  %402 = load <8 x float>, <8 x float>* %401, align 4
  %403 = load <8 x float>, <8 x float>* %27, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %402, <8 x float> %387, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %27, align 32
  %405 = add i64 %392, 16
  %406 = getelementptr inbounds float, float* %1, i64 %405
  %407 = bitcast float* %406 to <8 x float>*
  %408 = load <8 x float>, <8 x float>* %407, align 4
  %409 = load <8 x float>, <8 x float>* %27, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %408, <8 x float> %391, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %27, align 32
  %411 = load <8 x float>, <8 x float>* %26, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %408, <8 x float> %383, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %26, align 32
  %413 = add i64 %392, 24
  %414 = getelementptr inbounds float, float* %1, i64 %413
  %415 = bitcast float* %414 to <8 x float>*
  %416 = load <8 x float>, <8 x float>* %415, align 4
  %417 = load <8 x float>, <8 x float>* %26, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %416, <8 x float> %387, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %26, align 32
  %419 = add i64 %392, 32
  %420 = getelementptr inbounds float, float* %1, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  %422 = load <8 x float>, <8 x float>* %421, align 4
  %423 = load <8 x float>, <8 x float>* %26, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %422, <8 x float> %391, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %26, align 32
  br label %endif13

endif13:                                          ; preds = %then12, %kh.body9
  %kh.next14 = add i64 %kh11, 1
  br label %kh.header8

block.group.header:                               ; preds = %u.exit64, %channel.block.exit
  %block.group = phi i64 [ %49, %channel.block.exit ], [ %block.group.next, %u.exit64 ]
  %425 = icmp slt i64 %block.group, %52
  br i1 %425, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %426 = mul i64 %block.group, 2
  %427 = add i64 0, %426
  %428 = mul i64 %43, 98
  %429 = mul i64 %block.group, 2
  %430 = add i64 0, %429
  %431 = mul i64 %430, 2048
  br label %x.header

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %block.group.body
  %x = phi i64 [ 0, %block.group.body ], [ %x.next, %u.exit ]
  %432 = icmp slt i64 %x, 96
  br i1 %432, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %433 = add i64 %428, %x
  %434 = mul i64 %44, 64
  %435 = add i64 %434, %427
  %436 = add i64 %435, 0
  %437 = mul i64 %436, 1568
  %438 = add i64 %433, 0
  %439 = mul i64 %438, 8
  %440 = add i64 %437, %439
  %441 = add i64 %433, 1
  %442 = mul i64 %441, 8
  %443 = add i64 %437, %442
  %444 = add i64 %433, 2
  %445 = mul i64 %444, 8
  %446 = add i64 %437, %445
  %447 = add i64 %433, 3
  %448 = mul i64 %447, 8
  %449 = add i64 %437, %448
  %450 = add i64 %433, 4
  %451 = mul i64 %450, 8
  %452 = add i64 %437, %451
  %453 = add i64 %433, 5
  %454 = mul i64 %453, 8
  %455 = add i64 %437, %454
  %456 = mul i64 %44, 64
  %457 = add i64 %456, %427
  %458 = add i64 %457, 1
  %459 = mul i64 %458, 1568
  %460 = add i64 %433, 0
  %461 = mul i64 %460, 8
  %462 = add i64 %459, %461
  %463 = add i64 %433, 1
  %464 = mul i64 %463, 8
  %465 = add i64 %459, %464
  %466 = add i64 %433, 2
  %467 = mul i64 %466, 8
  %468 = add i64 %459, %467
  %469 = add i64 %433, 3
  %470 = mul i64 %469, 8
  %471 = add i64 %459, %470
  %472 = add i64 %433, 4
  %473 = mul i64 %472, 8
  %474 = add i64 %459, %473
  %475 = add i64 %433, 5
  %476 = mul i64 %475, 8
  %477 = add i64 %459, %476
  %478 = add i64 %430, 0
  %479 = mul i64 %478, 8
  %480 = getelementptr inbounds float, float* %5, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  %482 = load <8 x float>, <8 x float>* %481, align 4
  %483 = add i64 %430, 1
  %484 = mul i64 %483, 8
  %485 = getelementptr inbounds float, float* %5, i64 %484
  %486 = bitcast float* %485 to <8 x float>*
  %487 = load <8 x float>, <8 x float>* %486, align 4
  store <8 x float> %482, <8 x float>* %25, align 32
  store <8 x float> %482, <8 x float>* %24, align 32
  store <8 x float> %482, <8 x float>* %23, align 32
  store <8 x float> %482, <8 x float>* %22, align 32
  store <8 x float> %482, <8 x float>* %21, align 32
  store <8 x float> %482, <8 x float>* %20, align 32
  store <8 x float> %487, <8 x float>* %19, align 32
  store <8 x float> %487, <8 x float>* %18, align 32
  store <8 x float> %487, <8 x float>* %17, align 32
  store <8 x float> %487, <8 x float>* %16, align 32
  store <8 x float> %487, <8 x float>* %15, align 32
  store <8 x float> %487, <8 x float>* %14, align 32
  %488 = mul i64 %x, 8
  %489 = add i64 0, %488
  %490 = add i64 0, %489
  br label %u.header

x.exit:                                           ; preds = %x.header
  %491 = add i64 %428, 96
  %492 = mul i64 %44, 64
  %493 = add i64 %492, %427
  %494 = add i64 %493, 0
  %495 = mul i64 %494, 1568
  %496 = add i64 %491, 0
  %497 = mul i64 %496, 8
  %498 = add i64 %495, %497
  %499 = add i64 %491, 1
  %500 = mul i64 %499, 8
  %501 = add i64 %495, %500
  %502 = mul i64 %44, 64
  %503 = add i64 %502, %427
  %504 = add i64 %503, 1
  %505 = mul i64 %504, 1568
  %506 = add i64 %491, 0
  %507 = mul i64 %506, 8
  %508 = add i64 %505, %507
  %509 = add i64 %491, 1
  %510 = mul i64 %509, 8
  %511 = add i64 %505, %510
  %512 = add i64 %430, 0
  %513 = mul i64 %512, 8
  %514 = getelementptr inbounds float, float* %5, i64 %513
  %515 = bitcast float* %514 to <8 x float>*
  %516 = load <8 x float>, <8 x float>* %515, align 4
  %517 = add i64 %430, 1
  %518 = mul i64 %517, 8
  %519 = getelementptr inbounds float, float* %5, i64 %518
  %520 = bitcast float* %519 to <8 x float>*
  %521 = load <8 x float>, <8 x float>* %520, align 4
  store <8 x float> %516, <8 x float>* %13, align 32
  store <8 x float> %516, <8 x float>* %12, align 32
  store <8 x float> %521, <8 x float>* %11, align 32
  store <8 x float> %521, <8 x float>* %10, align 32
  br label %u.header62

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %522 = icmp slt i64 %u, 32
  br i1 %522, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %523 = add i64 0, %u
  %524 = mul i64 %523, 784
  %525 = add i64 %490, %524
  %526 = mul i64 %523, 64
  %527 = add i64 %431, %526
  %528 = add i64 %525, 0
  %529 = add i64 %528, 0
  %530 = add i64 %527, 0
  %531 = add i64 %530, 0
  %532 = getelementptr inbounds float, float* %4, i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  %534 = load <8 x float>, <8 x float>* %533, align 4
  %535 = add i64 %530, 2048
  %536 = getelementptr inbounds float, float* %4, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %529, 0
  %540 = getelementptr inbounds float, float* %45, i64 %539
  %541 = load float, float* %540, align 4
  %542 = insertelement <8 x float> undef, float %541, i32 0
  %splat = shufflevector <8 x float> %542, <8 x float> undef, <8 x i32> zeroinitializer
  %543 = load <8 x float>, <8 x float>* %25, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %534, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %25, align 32
  %545 = load <8 x float>, <8 x float>* %19, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %538, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %19, align 32
  %547 = add i64 %529, 8
  %548 = getelementptr inbounds float, float* %45, i64 %547
  %549 = load float, float* %548, align 4
  %550 = insertelement <8 x float> undef, float %549, i32 0
  %splat15 = shufflevector <8 x float> %550, <8 x float> undef, <8 x i32> zeroinitializer
  %551 = load <8 x float>, <8 x float>* %24, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %534, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %24, align 32
  %553 = load <8 x float>, <8 x float>* %18, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %538, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %18, align 32
  %555 = add i64 %529, 16
  %556 = getelementptr inbounds float, float* %45, i64 %555
  %557 = load float, float* %556, align 4
  %558 = insertelement <8 x float> undef, float %557, i32 0
  %splat16 = shufflevector <8 x float> %558, <8 x float> undef, <8 x i32> zeroinitializer
  %559 = load <8 x float>, <8 x float>* %23, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %534, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %23, align 32
  %561 = load <8 x float>, <8 x float>* %17, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %538, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %17, align 32
  %563 = add i64 %529, 24
  %564 = getelementptr inbounds float, float* %45, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat17 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %22, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %534, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %22, align 32
  %569 = load <8 x float>, <8 x float>* %16, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %538, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %16, align 32
  %571 = add i64 %529, 32
  %572 = getelementptr inbounds float, float* %45, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat18 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %21, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %534, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %21, align 32
  %577 = load <8 x float>, <8 x float>* %15, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %538, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %15, align 32
  %579 = add i64 %529, 40
  %580 = getelementptr inbounds float, float* %45, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat19 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %20, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %534, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %20, align 32
  %585 = load <8 x float>, <8 x float>* %14, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %538, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %14, align 32
  %587 = add i64 %530, 8
  %588 = getelementptr inbounds float, float* %4, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = add i64 %530, 2056
  %592 = getelementptr inbounds float, float* %4, i64 %591
  %593 = bitcast float* %592 to <8 x float>*
  %594 = load <8 x float>, <8 x float>* %593, align 4
  %595 = add i64 %529, 1
  %596 = getelementptr inbounds float, float* %45, i64 %595
  %597 = load float, float* %596, align 4
  %598 = insertelement <8 x float> undef, float %597, i32 0
  %splat20 = shufflevector <8 x float> %598, <8 x float> undef, <8 x i32> zeroinitializer
  %599 = load <8 x float>, <8 x float>* %25, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %590, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %25, align 32
  %601 = load <8 x float>, <8 x float>* %19, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %594, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %19, align 32
  %603 = add i64 %529, 9
  %604 = getelementptr inbounds float, float* %45, i64 %603
  %605 = load float, float* %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %splat21 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, <8 x float>* %24, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %590, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %24, align 32
  %609 = load <8 x float>, <8 x float>* %18, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %594, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %18, align 32
  %611 = add i64 %529, 17
  %612 = getelementptr inbounds float, float* %45, i64 %611
  %613 = load float, float* %612, align 4
  %614 = insertelement <8 x float> undef, float %613, i32 0
  %splat22 = shufflevector <8 x float> %614, <8 x float> undef, <8 x i32> zeroinitializer
  %615 = load <8 x float>, <8 x float>* %23, align 32
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %590, <8 x float> %615)
  store <8 x float> %616, <8 x float>* %23, align 32
  %617 = load <8 x float>, <8 x float>* %17, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %594, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %17, align 32
  %619 = add i64 %529, 25
  %620 = getelementptr inbounds float, float* %45, i64 %619
  %621 = load float, float* %620, align 4
  %622 = insertelement <8 x float> undef, float %621, i32 0
  %splat23 = shufflevector <8 x float> %622, <8 x float> undef, <8 x i32> zeroinitializer
  %623 = load <8 x float>, <8 x float>* %22, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %590, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %22, align 32
  %625 = load <8 x float>, <8 x float>* %16, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %594, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %16, align 32
  %627 = add i64 %529, 33
  %628 = getelementptr inbounds float, float* %45, i64 %627
  %629 = load float, float* %628, align 4
  %630 = insertelement <8 x float> undef, float %629, i32 0
  %splat24 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
  %631 = load <8 x float>, <8 x float>* %21, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %590, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %21, align 32
  %633 = load <8 x float>, <8 x float>* %15, align 32
  %634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %594, <8 x float> %633)
  store <8 x float> %634, <8 x float>* %15, align 32
  %635 = add i64 %529, 41
  %636 = getelementptr inbounds float, float* %45, i64 %635
  %637 = load float, float* %636, align 4
  %638 = insertelement <8 x float> undef, float %637, i32 0
  %splat25 = shufflevector <8 x float> %638, <8 x float> undef, <8 x i32> zeroinitializer
  %639 = load <8 x float>, <8 x float>* %20, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %590, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %20, align 32
  %641 = load <8 x float>, <8 x float>* %14, align 32
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %594, <8 x float> %641)
  store <8 x float> %642, <8 x float>* %14, align 32
  %643 = add i64 %530, 16
  %644 = getelementptr inbounds float, float* %4, i64 %643
  %645 = bitcast float* %644 to <8 x float>*
  %646 = load <8 x float>, <8 x float>* %645, align 4
  %647 = add i64 %530, 2064
  %648 = getelementptr inbounds float, float* %4, i64 %647
  %649 = bitcast float* %648 to <8 x float>*
  %650 = load <8 x float>, <8 x float>* %649, align 4
  %651 = add i64 %529, 2
  %652 = getelementptr inbounds float, float* %45, i64 %651
  %653 = load float, float* %652, align 4
  %654 = insertelement <8 x float> undef, float %653, i32 0
  %splat26 = shufflevector <8 x float> %654, <8 x float> undef, <8 x i32> zeroinitializer
  %655 = load <8 x float>, <8 x float>* %25, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %646, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %25, align 32
  %657 = load <8 x float>, <8 x float>* %19, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %650, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %19, align 32
  %659 = add i64 %529, 10
  %660 = getelementptr inbounds float, float* %45, i64 %659
  %661 = load float, float* %660, align 4
  %662 = insertelement <8 x float> undef, float %661, i32 0
  %splat27 = shufflevector <8 x float> %662, <8 x float> undef, <8 x i32> zeroinitializer
  %663 = load <8 x float>, <8 x float>* %24, align 32
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %646, <8 x float> %663)
  store <8 x float> %664, <8 x float>* %24, align 32
  %665 = load <8 x float>, <8 x float>* %18, align 32
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %650, <8 x float> %665)
  store <8 x float> %666, <8 x float>* %18, align 32
  %667 = add i64 %529, 18
  %668 = getelementptr inbounds float, float* %45, i64 %667
  %669 = load float, float* %668, align 4
  %670 = insertelement <8 x float> undef, float %669, i32 0
  %splat28 = shufflevector <8 x float> %670, <8 x float> undef, <8 x i32> zeroinitializer
  %671 = load <8 x float>, <8 x float>* %23, align 32
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %646, <8 x float> %671)
  store <8 x float> %672, <8 x float>* %23, align 32
  %673 = load <8 x float>, <8 x float>* %17, align 32
  %674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %650, <8 x float> %673)
  store <8 x float> %674, <8 x float>* %17, align 32
  %675 = add i64 %529, 26
  %676 = getelementptr inbounds float, float* %45, i64 %675
  %677 = load float, float* %676, align 4
  %678 = insertelement <8 x float> undef, float %677, i32 0
  %splat29 = shufflevector <8 x float> %678, <8 x float> undef, <8 x i32> zeroinitializer
  %679 = load <8 x float>, <8 x float>* %22, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %646, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %22, align 32
  %681 = load <8 x float>, <8 x float>* %16, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %650, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %16, align 32
  %683 = add i64 %529, 34
  %684 = getelementptr inbounds float, float* %45, i64 %683
  %685 = load float, float* %684, align 4
  %686 = insertelement <8 x float> undef, float %685, i32 0
  %splat30 = shufflevector <8 x float> %686, <8 x float> undef, <8 x i32> zeroinitializer
  %687 = load <8 x float>, <8 x float>* %21, align 32
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %646, <8 x float> %687)
  store <8 x float> %688, <8 x float>* %21, align 32
  %689 = load <8 x float>, <8 x float>* %15, align 32
  %690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %650, <8 x float> %689)
  store <8 x float> %690, <8 x float>* %15, align 32
  %691 = add i64 %529, 42
  %692 = getelementptr inbounds float, float* %45, i64 %691
  %693 = load float, float* %692, align 4
  %694 = insertelement <8 x float> undef, float %693, i32 0
  %splat31 = shufflevector <8 x float> %694, <8 x float> undef, <8 x i32> zeroinitializer
  %695 = load <8 x float>, <8 x float>* %20, align 32
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %646, <8 x float> %695)
  store <8 x float> %696, <8 x float>* %20, align 32
  %697 = load <8 x float>, <8 x float>* %14, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %650, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %14, align 32
  %699 = add i64 %530, 24
  %700 = getelementptr inbounds float, float* %4, i64 %699
  %701 = bitcast float* %700 to <8 x float>*
  %702 = load <8 x float>, <8 x float>* %701, align 4
  %703 = add i64 %530, 2072
  %704 = getelementptr inbounds float, float* %4, i64 %703
  %705 = bitcast float* %704 to <8 x float>*
  %706 = load <8 x float>, <8 x float>* %705, align 4
  %707 = add i64 %529, 3
  %708 = getelementptr inbounds float, float* %45, i64 %707
  %709 = load float, float* %708, align 4
  %710 = insertelement <8 x float> undef, float %709, i32 0
  %splat32 = shufflevector <8 x float> %710, <8 x float> undef, <8 x i32> zeroinitializer
  %711 = load <8 x float>, <8 x float>* %25, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %702, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %25, align 32
  %713 = load <8 x float>, <8 x float>* %19, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %706, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %19, align 32
  %715 = add i64 %529, 11
  %716 = getelementptr inbounds float, float* %45, i64 %715
  %717 = load float, float* %716, align 4
  %718 = insertelement <8 x float> undef, float %717, i32 0
  %splat33 = shufflevector <8 x float> %718, <8 x float> undef, <8 x i32> zeroinitializer
  %719 = load <8 x float>, <8 x float>* %24, align 32
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %702, <8 x float> %719)
  store <8 x float> %720, <8 x float>* %24, align 32
  %721 = load <8 x float>, <8 x float>* %18, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %706, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %18, align 32
  %723 = add i64 %529, 19
  %724 = getelementptr inbounds float, float* %45, i64 %723
  %725 = load float, float* %724, align 4
  %726 = insertelement <8 x float> undef, float %725, i32 0
  %splat34 = shufflevector <8 x float> %726, <8 x float> undef, <8 x i32> zeroinitializer
  %727 = load <8 x float>, <8 x float>* %23, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %702, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %23, align 32
  %729 = load <8 x float>, <8 x float>* %17, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %706, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %17, align 32
  %731 = add i64 %529, 27
  %732 = getelementptr inbounds float, float* %45, i64 %731
  %733 = load float, float* %732, align 4
  %734 = insertelement <8 x float> undef, float %733, i32 0
  %splat35 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
  %735 = load <8 x float>, <8 x float>* %22, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %702, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %22, align 32
  %737 = load <8 x float>, <8 x float>* %16, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %706, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %16, align 32
  %739 = add i64 %529, 35
  %740 = getelementptr inbounds float, float* %45, i64 %739
  %741 = load float, float* %740, align 4
  %742 = insertelement <8 x float> undef, float %741, i32 0
  %splat36 = shufflevector <8 x float> %742, <8 x float> undef, <8 x i32> zeroinitializer
  %743 = load <8 x float>, <8 x float>* %21, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %702, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %21, align 32
  %745 = load <8 x float>, <8 x float>* %15, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %706, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %15, align 32
  %747 = add i64 %529, 43
  %748 = getelementptr inbounds float, float* %45, i64 %747
  %749 = load float, float* %748, align 4
  %750 = insertelement <8 x float> undef, float %749, i32 0
  %splat37 = shufflevector <8 x float> %750, <8 x float> undef, <8 x i32> zeroinitializer
  %751 = load <8 x float>, <8 x float>* %20, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %702, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %20, align 32
  %753 = load <8 x float>, <8 x float>* %14, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %706, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %14, align 32
  %755 = add i64 %530, 32
  %756 = getelementptr inbounds float, float* %4, i64 %755
  %757 = bitcast float* %756 to <8 x float>*
  %758 = load <8 x float>, <8 x float>* %757, align 4
  %759 = add i64 %530, 2080
  %760 = getelementptr inbounds float, float* %4, i64 %759
  %761 = bitcast float* %760 to <8 x float>*
  %762 = load <8 x float>, <8 x float>* %761, align 4
  %763 = add i64 %529, 4
  %764 = getelementptr inbounds float, float* %45, i64 %763
  %765 = load float, float* %764, align 4
  %766 = insertelement <8 x float> undef, float %765, i32 0
  %splat38 = shufflevector <8 x float> %766, <8 x float> undef, <8 x i32> zeroinitializer
  %767 = load <8 x float>, <8 x float>* %25, align 32
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %758, <8 x float> %767)
  store <8 x float> %768, <8 x float>* %25, align 32
  %769 = load <8 x float>, <8 x float>* %19, align 32
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %762, <8 x float> %769)
  store <8 x float> %770, <8 x float>* %19, align 32
  %771 = add i64 %529, 12
  %772 = getelementptr inbounds float, float* %45, i64 %771
  %773 = load float, float* %772, align 4
  %774 = insertelement <8 x float> undef, float %773, i32 0
  %splat39 = shufflevector <8 x float> %774, <8 x float> undef, <8 x i32> zeroinitializer
  %775 = load <8 x float>, <8 x float>* %24, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %758, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %24, align 32
  %777 = load <8 x float>, <8 x float>* %18, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %762, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %18, align 32
  %779 = add i64 %529, 20
  %780 = getelementptr inbounds float, float* %45, i64 %779
  %781 = load float, float* %780, align 4
  %782 = insertelement <8 x float> undef, float %781, i32 0
  %splat40 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
  %783 = load <8 x float>, <8 x float>* %23, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %758, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %23, align 32
  %785 = load <8 x float>, <8 x float>* %17, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %762, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %17, align 32
  %787 = add i64 %529, 28
  %788 = getelementptr inbounds float, float* %45, i64 %787
  %789 = load float, float* %788, align 4
  %790 = insertelement <8 x float> undef, float %789, i32 0
  %splat41 = shufflevector <8 x float> %790, <8 x float> undef, <8 x i32> zeroinitializer
  %791 = load <8 x float>, <8 x float>* %22, align 32
  %792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %758, <8 x float> %791)
  store <8 x float> %792, <8 x float>* %22, align 32
  %793 = load <8 x float>, <8 x float>* %16, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %762, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %16, align 32
  %795 = add i64 %529, 36
  %796 = getelementptr inbounds float, float* %45, i64 %795
  %797 = load float, float* %796, align 4
  %798 = insertelement <8 x float> undef, float %797, i32 0
  %splat42 = shufflevector <8 x float> %798, <8 x float> undef, <8 x i32> zeroinitializer
  %799 = load <8 x float>, <8 x float>* %21, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %758, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %21, align 32
  %801 = load <8 x float>, <8 x float>* %15, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %762, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %15, align 32
  %803 = add i64 %529, 44
  %804 = getelementptr inbounds float, float* %45, i64 %803
  %805 = load float, float* %804, align 4
  %806 = insertelement <8 x float> undef, float %805, i32 0
  %splat43 = shufflevector <8 x float> %806, <8 x float> undef, <8 x i32> zeroinitializer
  %807 = load <8 x float>, <8 x float>* %20, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %758, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %20, align 32
  %809 = load <8 x float>, <8 x float>* %14, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %762, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %14, align 32
  %811 = add i64 %530, 40
  %812 = getelementptr inbounds float, float* %4, i64 %811
  %813 = bitcast float* %812 to <8 x float>*
  %814 = load <8 x float>, <8 x float>* %813, align 4
  %815 = add i64 %530, 2088
  %816 = getelementptr inbounds float, float* %4, i64 %815
  %817 = bitcast float* %816 to <8 x float>*
  %818 = load <8 x float>, <8 x float>* %817, align 4
  %819 = add i64 %529, 5
  %820 = getelementptr inbounds float, float* %45, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat44 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %25, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %814, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %25, align 32
  %825 = load <8 x float>, <8 x float>* %19, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %818, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %19, align 32
  %827 = add i64 %529, 13
  %828 = getelementptr inbounds float, float* %45, i64 %827
  %829 = load float, float* %828, align 4
  %830 = insertelement <8 x float> undef, float %829, i32 0
  %splat45 = shufflevector <8 x float> %830, <8 x float> undef, <8 x i32> zeroinitializer
  %831 = load <8 x float>, <8 x float>* %24, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %814, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %24, align 32
  %833 = load <8 x float>, <8 x float>* %18, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %818, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %18, align 32
  %835 = add i64 %529, 21
  %836 = getelementptr inbounds float, float* %45, i64 %835
  %837 = load float, float* %836, align 4
  %838 = insertelement <8 x float> undef, float %837, i32 0
  %splat46 = shufflevector <8 x float> %838, <8 x float> undef, <8 x i32> zeroinitializer
  %839 = load <8 x float>, <8 x float>* %23, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %814, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %23, align 32
  %841 = load <8 x float>, <8 x float>* %17, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %818, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %17, align 32
  %843 = add i64 %529, 29
  %844 = getelementptr inbounds float, float* %45, i64 %843
  %845 = load float, float* %844, align 4
  %846 = insertelement <8 x float> undef, float %845, i32 0
  %splat47 = shufflevector <8 x float> %846, <8 x float> undef, <8 x i32> zeroinitializer
  %847 = load <8 x float>, <8 x float>* %22, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %814, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %22, align 32
  %849 = load <8 x float>, <8 x float>* %16, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %818, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %16, align 32
  %851 = add i64 %529, 37
  %852 = getelementptr inbounds float, float* %45, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat48 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %21, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %814, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %21, align 32
  %857 = load <8 x float>, <8 x float>* %15, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %818, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %15, align 32
  %859 = add i64 %529, 45
  %860 = getelementptr inbounds float, float* %45, i64 %859
  %861 = load float, float* %860, align 4
  %862 = insertelement <8 x float> undef, float %861, i32 0
  %splat49 = shufflevector <8 x float> %862, <8 x float> undef, <8 x i32> zeroinitializer
  %863 = load <8 x float>, <8 x float>* %20, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %814, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %20, align 32
  %865 = load <8 x float>, <8 x float>* %14, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %818, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %14, align 32
  %867 = add i64 %530, 48
  %868 = getelementptr inbounds float, float* %4, i64 %867
  %869 = bitcast float* %868 to <8 x float>*
  %870 = load <8 x float>, <8 x float>* %869, align 4
  %871 = add i64 %530, 2096
  %872 = getelementptr inbounds float, float* %4, i64 %871
  %873 = bitcast float* %872 to <8 x float>*
  %874 = load <8 x float>, <8 x float>* %873, align 4
  %875 = add i64 %529, 6
  %876 = getelementptr inbounds float, float* %45, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat50 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %25, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %870, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %25, align 32
  %881 = load <8 x float>, <8 x float>* %19, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %874, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %19, align 32
  %883 = add i64 %529, 14
  %884 = getelementptr inbounds float, float* %45, i64 %883
  %885 = load float, float* %884, align 4
  %886 = insertelement <8 x float> undef, float %885, i32 0
  %splat51 = shufflevector <8 x float> %886, <8 x float> undef, <8 x i32> zeroinitializer
  %887 = load <8 x float>, <8 x float>* %24, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %870, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %24, align 32
  %889 = load <8 x float>, <8 x float>* %18, align 32
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %874, <8 x float> %889)
  store <8 x float> %890, <8 x float>* %18, align 32
  %891 = add i64 %529, 22
  %892 = getelementptr inbounds float, float* %45, i64 %891
  %893 = load float, float* %892, align 4
  %894 = insertelement <8 x float> undef, float %893, i32 0
  %splat52 = shufflevector <8 x float> %894, <8 x float> undef, <8 x i32> zeroinitializer
  %895 = load <8 x float>, <8 x float>* %23, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %870, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %23, align 32
  %897 = load <8 x float>, <8 x float>* %17, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %874, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %17, align 32
  %899 = add i64 %529, 30
  %900 = getelementptr inbounds float, float* %45, i64 %899
  %901 = load float, float* %900, align 4
  %902 = insertelement <8 x float> undef, float %901, i32 0
  %splat53 = shufflevector <8 x float> %902, <8 x float> undef, <8 x i32> zeroinitializer
  %903 = load <8 x float>, <8 x float>* %22, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %870, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %22, align 32
  %905 = load <8 x float>, <8 x float>* %16, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %874, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %16, align 32
  %907 = add i64 %529, 38
  %908 = getelementptr inbounds float, float* %45, i64 %907
  %909 = load float, float* %908, align 4
  %910 = insertelement <8 x float> undef, float %909, i32 0
  %splat54 = shufflevector <8 x float> %910, <8 x float> undef, <8 x i32> zeroinitializer
  %911 = load <8 x float>, <8 x float>* %21, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %870, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %21, align 32
  %913 = load <8 x float>, <8 x float>* %15, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %874, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %15, align 32
  %915 = add i64 %529, 46
  %916 = getelementptr inbounds float, float* %45, i64 %915
  %917 = load float, float* %916, align 4
  %918 = insertelement <8 x float> undef, float %917, i32 0
  %splat55 = shufflevector <8 x float> %918, <8 x float> undef, <8 x i32> zeroinitializer
  %919 = load <8 x float>, <8 x float>* %20, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %870, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %20, align 32
  %921 = load <8 x float>, <8 x float>* %14, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %874, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %14, align 32
  %923 = add i64 %530, 56
  %924 = getelementptr inbounds float, float* %4, i64 %923
  %925 = bitcast float* %924 to <8 x float>*
  %926 = load <8 x float>, <8 x float>* %925, align 4
  %927 = add i64 %530, 2104
  %928 = getelementptr inbounds float, float* %4, i64 %927
  %929 = bitcast float* %928 to <8 x float>*
  %930 = load <8 x float>, <8 x float>* %929, align 4
  %931 = add i64 %529, 7
  %932 = getelementptr inbounds float, float* %45, i64 %931
  %933 = load float, float* %932, align 4
  %934 = insertelement <8 x float> undef, float %933, i32 0
  %splat56 = shufflevector <8 x float> %934, <8 x float> undef, <8 x i32> zeroinitializer
  %935 = load <8 x float>, <8 x float>* %25, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %926, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %25, align 32
  %937 = load <8 x float>, <8 x float>* %19, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %930, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %19, align 32
  %939 = add i64 %529, 15
  %940 = getelementptr inbounds float, float* %45, i64 %939
  %941 = load float, float* %940, align 4
  %942 = insertelement <8 x float> undef, float %941, i32 0
  %splat57 = shufflevector <8 x float> %942, <8 x float> undef, <8 x i32> zeroinitializer
  %943 = load <8 x float>, <8 x float>* %24, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %926, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %24, align 32
  %945 = load <8 x float>, <8 x float>* %18, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %930, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %18, align 32
  %947 = add i64 %529, 23
  %948 = getelementptr inbounds float, float* %45, i64 %947
  %949 = load float, float* %948, align 4
  %950 = insertelement <8 x float> undef, float %949, i32 0
  %splat58 = shufflevector <8 x float> %950, <8 x float> undef, <8 x i32> zeroinitializer
  %951 = load <8 x float>, <8 x float>* %23, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %926, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %23, align 32
  %953 = load <8 x float>, <8 x float>* %17, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %930, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %17, align 32
  %955 = add i64 %529, 31
  %956 = getelementptr inbounds float, float* %45, i64 %955
  %957 = load float, float* %956, align 4
  %958 = insertelement <8 x float> undef, float %957, i32 0
  %splat59 = shufflevector <8 x float> %958, <8 x float> undef, <8 x i32> zeroinitializer
  %959 = load <8 x float>, <8 x float>* %22, align 32
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %926, <8 x float> %959)
  store <8 x float> %960, <8 x float>* %22, align 32
  %961 = load <8 x float>, <8 x float>* %16, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %930, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %16, align 32
  %963 = add i64 %529, 39
  %964 = getelementptr inbounds float, float* %45, i64 %963
  %965 = load float, float* %964, align 4
  %966 = insertelement <8 x float> undef, float %965, i32 0
  %splat60 = shufflevector <8 x float> %966, <8 x float> undef, <8 x i32> zeroinitializer
  %967 = load <8 x float>, <8 x float>* %21, align 32
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %926, <8 x float> %967)
  store <8 x float> %968, <8 x float>* %21, align 32
  %969 = load <8 x float>, <8 x float>* %15, align 32
  %970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %930, <8 x float> %969)
  store <8 x float> %970, <8 x float>* %15, align 32
  %971 = add i64 %529, 47
  %972 = getelementptr inbounds float, float* %45, i64 %971
  %973 = load float, float* %972, align 4
  %974 = insertelement <8 x float> undef, float %973, i32 0
  %splat61 = shufflevector <8 x float> %974, <8 x float> undef, <8 x i32> zeroinitializer
  %975 = load <8 x float>, <8 x float>* %20, align 32
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %926, <8 x float> %975)
  store <8 x float> %976, <8 x float>* %20, align 32
  %977 = load <8 x float>, <8 x float>* %14, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %930, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %14, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %979 = load <8 x float>, <8 x float>* %25, align 32
  %980 = fcmp olt <8 x float> %979, zeroinitializer
  %981 = select <8 x i1> %980, <8 x float> zeroinitializer, <8 x float> %979
  %982 = getelementptr inbounds float, float* %0, i64 %440
  %983 = bitcast float* %982 to <8 x float>*
  store <8 x float> %981, <8 x float>* %983, align 4
  %984 = load <8 x float>, <8 x float>* %24, align 32
  %985 = fcmp olt <8 x float> %984, zeroinitializer
  %986 = select <8 x i1> %985, <8 x float> zeroinitializer, <8 x float> %984
  %987 = getelementptr inbounds float, float* %0, i64 %443
  %988 = bitcast float* %987 to <8 x float>*
  store <8 x float> %986, <8 x float>* %988, align 4
  %989 = load <8 x float>, <8 x float>* %23, align 32
  %990 = fcmp olt <8 x float> %989, zeroinitializer
  %991 = select <8 x i1> %990, <8 x float> zeroinitializer, <8 x float> %989
  %992 = getelementptr inbounds float, float* %0, i64 %446
  %993 = bitcast float* %992 to <8 x float>*
  store <8 x float> %991, <8 x float>* %993, align 4
  %994 = load <8 x float>, <8 x float>* %22, align 32
  %995 = fcmp olt <8 x float> %994, zeroinitializer
  %996 = select <8 x i1> %995, <8 x float> zeroinitializer, <8 x float> %994
  %997 = getelementptr inbounds float, float* %0, i64 %449
  %998 = bitcast float* %997 to <8 x float>*
  store <8 x float> %996, <8 x float>* %998, align 4
  %999 = load <8 x float>, <8 x float>* %21, align 32
  %1000 = fcmp olt <8 x float> %999, zeroinitializer
  %1001 = select <8 x i1> %1000, <8 x float> zeroinitializer, <8 x float> %999
  %1002 = getelementptr inbounds float, float* %0, i64 %452
  %1003 = bitcast float* %1002 to <8 x float>*
  store <8 x float> %1001, <8 x float>* %1003, align 4
  %1004 = load <8 x float>, <8 x float>* %20, align 32
  %1005 = fcmp olt <8 x float> %1004, zeroinitializer
  %1006 = select <8 x i1> %1005, <8 x float> zeroinitializer, <8 x float> %1004
  %1007 = getelementptr inbounds float, float* %0, i64 %455
  %1008 = bitcast float* %1007 to <8 x float>*
  store <8 x float> %1006, <8 x float>* %1008, align 4
  %1009 = load <8 x float>, <8 x float>* %19, align 32
  %1010 = fcmp olt <8 x float> %1009, zeroinitializer
  %1011 = select <8 x i1> %1010, <8 x float> zeroinitializer, <8 x float> %1009
  %1012 = getelementptr inbounds float, float* %0, i64 %462
  %1013 = bitcast float* %1012 to <8 x float>*
  store <8 x float> %1011, <8 x float>* %1013, align 4
  %1014 = load <8 x float>, <8 x float>* %18, align 32
  %1015 = fcmp olt <8 x float> %1014, zeroinitializer
  %1016 = select <8 x i1> %1015, <8 x float> zeroinitializer, <8 x float> %1014
  %1017 = getelementptr inbounds float, float* %0, i64 %465
  %1018 = bitcast float* %1017 to <8 x float>*
  store <8 x float> %1016, <8 x float>* %1018, align 4
  %1019 = load <8 x float>, <8 x float>* %17, align 32
  %1020 = fcmp olt <8 x float> %1019, zeroinitializer
  %1021 = select <8 x i1> %1020, <8 x float> zeroinitializer, <8 x float> %1019
  %1022 = getelementptr inbounds float, float* %0, i64 %468
  %1023 = bitcast float* %1022 to <8 x float>*
  store <8 x float> %1021, <8 x float>* %1023, align 4
  %1024 = load <8 x float>, <8 x float>* %16, align 32
  %1025 = fcmp olt <8 x float> %1024, zeroinitializer
  %1026 = select <8 x i1> %1025, <8 x float> zeroinitializer, <8 x float> %1024
  %1027 = getelementptr inbounds float, float* %0, i64 %471
  %1028 = bitcast float* %1027 to <8 x float>*
  store <8 x float> %1026, <8 x float>* %1028, align 4
  %1029 = load <8 x float>, <8 x float>* %15, align 32
  %1030 = fcmp olt <8 x float> %1029, zeroinitializer
  %1031 = select <8 x i1> %1030, <8 x float> zeroinitializer, <8 x float> %1029
  %1032 = getelementptr inbounds float, float* %0, i64 %474
  %1033 = bitcast float* %1032 to <8 x float>*
  store <8 x float> %1031, <8 x float>* %1033, align 4
  %1034 = load <8 x float>, <8 x float>* %14, align 32
  %1035 = fcmp olt <8 x float> %1034, zeroinitializer
  %1036 = select <8 x i1> %1035, <8 x float> zeroinitializer, <8 x float> %1034
  %1037 = getelementptr inbounds float, float* %0, i64 %477
  %1038 = bitcast float* %1037 to <8 x float>*
  store <8 x float> %1036, <8 x float>* %1038, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header62:                                       ; preds = %u.body63, %x.exit
  %u65 = phi i64 [ 0, %x.exit ], [ %u.next82, %u.body63 ]
  %1039 = icmp slt i64 %u65, 32
  br i1 %1039, label %u.body63, label %u.exit64

u.body63:                                         ; preds = %u.header62
  %1040 = add i64 0, %u65
  %1041 = mul i64 %1040, 784
  %1042 = add i64 768, %1041
  %1043 = mul i64 %1040, 64
  %1044 = add i64 %431, %1043
  %1045 = add i64 %1042, 0
  %1046 = add i64 %1045, 0
  %1047 = add i64 %1044, 0
  %1048 = add i64 %1047, 0
  %1049 = getelementptr inbounds float, float* %4, i64 %1048
  %1050 = bitcast float* %1049 to <8 x float>*
  %1051 = load <8 x float>, <8 x float>* %1050, align 4
  %1052 = add i64 %1047, 2048
  %1053 = getelementptr inbounds float, float* %4, i64 %1052
  %1054 = bitcast float* %1053 to <8 x float>*
  %1055 = load <8 x float>, <8 x float>* %1054, align 4
  %1056 = add i64 %1046, 0
  %1057 = getelementptr inbounds float, float* %45, i64 %1056
  %1058 = load float, float* %1057, align 4
  %1059 = insertelement <8 x float> undef, float %1058, i32 0
  %splat66 = shufflevector <8 x float> %1059, <8 x float> undef, <8 x i32> zeroinitializer
  %1060 = load <8 x float>, <8 x float>* %13, align 32
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1051, <8 x float> %1060)
  store <8 x float> %1061, <8 x float>* %13, align 32
  %1062 = load <8 x float>, <8 x float>* %11, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1055, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %11, align 32
  %1064 = add i64 %1046, 8
  %1065 = getelementptr inbounds float, float* %45, i64 %1064
  %1066 = load float, float* %1065, align 4
  %1067 = insertelement <8 x float> undef, float %1066, i32 0
  %splat67 = shufflevector <8 x float> %1067, <8 x float> undef, <8 x i32> zeroinitializer
  %1068 = load <8 x float>, <8 x float>* %12, align 32
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1051, <8 x float> %1068)
  store <8 x float> %1069, <8 x float>* %12, align 32
  %1070 = load <8 x float>, <8 x float>* %10, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1055, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %10, align 32
  %1072 = add i64 %1047, 8
  %1073 = getelementptr inbounds float, float* %4, i64 %1072
  %1074 = bitcast float* %1073 to <8 x float>*
  %1075 = load <8 x float>, <8 x float>* %1074, align 4
  %1076 = add i64 %1047, 2056
  %1077 = getelementptr inbounds float, float* %4, i64 %1076
  %1078 = bitcast float* %1077 to <8 x float>*
  %1079 = load <8 x float>, <8 x float>* %1078, align 4
  %1080 = add i64 %1046, 1
  %1081 = getelementptr inbounds float, float* %45, i64 %1080
  %1082 = load float, float* %1081, align 4
  %1083 = insertelement <8 x float> undef, float %1082, i32 0
  %splat68 = shufflevector <8 x float> %1083, <8 x float> undef, <8 x i32> zeroinitializer
  %1084 = load <8 x float>, <8 x float>* %13, align 32
  %1085 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1075, <8 x float> %1084)
  store <8 x float> %1085, <8 x float>* %13, align 32
  %1086 = load <8 x float>, <8 x float>* %11, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1079, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %11, align 32
  %1088 = add i64 %1046, 9
  %1089 = getelementptr inbounds float, float* %45, i64 %1088
  %1090 = load float, float* %1089, align 4
  %1091 = insertelement <8 x float> undef, float %1090, i32 0
  %splat69 = shufflevector <8 x float> %1091, <8 x float> undef, <8 x i32> zeroinitializer
  %1092 = load <8 x float>, <8 x float>* %12, align 32
  %1093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1075, <8 x float> %1092)
  store <8 x float> %1093, <8 x float>* %12, align 32
  %1094 = load <8 x float>, <8 x float>* %10, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1079, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %10, align 32
  %1096 = add i64 %1047, 16
  %1097 = getelementptr inbounds float, float* %4, i64 %1096
  %1098 = bitcast float* %1097 to <8 x float>*
  %1099 = load <8 x float>, <8 x float>* %1098, align 4
  %1100 = add i64 %1047, 2064
  %1101 = getelementptr inbounds float, float* %4, i64 %1100
  %1102 = bitcast float* %1101 to <8 x float>*
  %1103 = load <8 x float>, <8 x float>* %1102, align 4
  %1104 = add i64 %1046, 2
  %1105 = getelementptr inbounds float, float* %45, i64 %1104
  %1106 = load float, float* %1105, align 4
  %1107 = insertelement <8 x float> undef, float %1106, i32 0
  %splat70 = shufflevector <8 x float> %1107, <8 x float> undef, <8 x i32> zeroinitializer
  %1108 = load <8 x float>, <8 x float>* %13, align 32
  %1109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1099, <8 x float> %1108)
  store <8 x float> %1109, <8 x float>* %13, align 32
  %1110 = load <8 x float>, <8 x float>* %11, align 32
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1103, <8 x float> %1110)
  store <8 x float> %1111, <8 x float>* %11, align 32
  %1112 = add i64 %1046, 10
  %1113 = getelementptr inbounds float, float* %45, i64 %1112
  %1114 = load float, float* %1113, align 4
  %1115 = insertelement <8 x float> undef, float %1114, i32 0
  %splat71 = shufflevector <8 x float> %1115, <8 x float> undef, <8 x i32> zeroinitializer
  %1116 = load <8 x float>, <8 x float>* %12, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1099, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %12, align 32
  %1118 = load <8 x float>, <8 x float>* %10, align 32
  %1119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1103, <8 x float> %1118)
  store <8 x float> %1119, <8 x float>* %10, align 32
  %1120 = add i64 %1047, 24
  %1121 = getelementptr inbounds float, float* %4, i64 %1120
  %1122 = bitcast float* %1121 to <8 x float>*
  %1123 = load <8 x float>, <8 x float>* %1122, align 4
  %1124 = add i64 %1047, 2072
  %1125 = getelementptr inbounds float, float* %4, i64 %1124
  %1126 = bitcast float* %1125 to <8 x float>*
  %1127 = load <8 x float>, <8 x float>* %1126, align 4
  %1128 = add i64 %1046, 3
  %1129 = getelementptr inbounds float, float* %45, i64 %1128
  %1130 = load float, float* %1129, align 4
  %1131 = insertelement <8 x float> undef, float %1130, i32 0
  %splat72 = shufflevector <8 x float> %1131, <8 x float> undef, <8 x i32> zeroinitializer
  %1132 = load <8 x float>, <8 x float>* %13, align 32
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1123, <8 x float> %1132)
  store <8 x float> %1133, <8 x float>* %13, align 32
  %1134 = load <8 x float>, <8 x float>* %11, align 32
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1127, <8 x float> %1134)
  store <8 x float> %1135, <8 x float>* %11, align 32
  %1136 = add i64 %1046, 11
  %1137 = getelementptr inbounds float, float* %45, i64 %1136
  %1138 = load float, float* %1137, align 4
  %1139 = insertelement <8 x float> undef, float %1138, i32 0
  %splat73 = shufflevector <8 x float> %1139, <8 x float> undef, <8 x i32> zeroinitializer
  %1140 = load <8 x float>, <8 x float>* %12, align 32
  %1141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1123, <8 x float> %1140)
  store <8 x float> %1141, <8 x float>* %12, align 32
  %1142 = load <8 x float>, <8 x float>* %10, align 32
  %1143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1127, <8 x float> %1142)
  store <8 x float> %1143, <8 x float>* %10, align 32
  %1144 = add i64 %1047, 32
  %1145 = getelementptr inbounds float, float* %4, i64 %1144
  %1146 = bitcast float* %1145 to <8 x float>*
  %1147 = load <8 x float>, <8 x float>* %1146, align 4
  %1148 = add i64 %1047, 2080
  %1149 = getelementptr inbounds float, float* %4, i64 %1148
  %1150 = bitcast float* %1149 to <8 x float>*
  %1151 = load <8 x float>, <8 x float>* %1150, align 4
  %1152 = add i64 %1046, 4
  %1153 = getelementptr inbounds float, float* %45, i64 %1152
  %1154 = load float, float* %1153, align 4
  %1155 = insertelement <8 x float> undef, float %1154, i32 0
  %splat74 = shufflevector <8 x float> %1155, <8 x float> undef, <8 x i32> zeroinitializer
  %1156 = load <8 x float>, <8 x float>* %13, align 32
  %1157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1147, <8 x float> %1156)
  store <8 x float> %1157, <8 x float>* %13, align 32
  %1158 = load <8 x float>, <8 x float>* %11, align 32
  %1159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1151, <8 x float> %1158)
  store <8 x float> %1159, <8 x float>* %11, align 32
  %1160 = add i64 %1046, 12
  %1161 = getelementptr inbounds float, float* %45, i64 %1160
  %1162 = load float, float* %1161, align 4
  %1163 = insertelement <8 x float> undef, float %1162, i32 0
  %splat75 = shufflevector <8 x float> %1163, <8 x float> undef, <8 x i32> zeroinitializer
  %1164 = load <8 x float>, <8 x float>* %12, align 32
  %1165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1147, <8 x float> %1164)
  store <8 x float> %1165, <8 x float>* %12, align 32
  %1166 = load <8 x float>, <8 x float>* %10, align 32
  %1167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1151, <8 x float> %1166)
  store <8 x float> %1167, <8 x float>* %10, align 32
  %1168 = add i64 %1047, 40
  %1169 = getelementptr inbounds float, float* %4, i64 %1168
  %1170 = bitcast float* %1169 to <8 x float>*
  %1171 = load <8 x float>, <8 x float>* %1170, align 4
  %1172 = add i64 %1047, 2088
  %1173 = getelementptr inbounds float, float* %4, i64 %1172
  %1174 = bitcast float* %1173 to <8 x float>*
  %1175 = load <8 x float>, <8 x float>* %1174, align 4
  %1176 = add i64 %1046, 5
  %1177 = getelementptr inbounds float, float* %45, i64 %1176
  %1178 = load float, float* %1177, align 4
  %1179 = insertelement <8 x float> undef, float %1178, i32 0
  %splat76 = shufflevector <8 x float> %1179, <8 x float> undef, <8 x i32> zeroinitializer
  %1180 = load <8 x float>, <8 x float>* %13, align 32
  %1181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1171, <8 x float> %1180)
  store <8 x float> %1181, <8 x float>* %13, align 32
  %1182 = load <8 x float>, <8 x float>* %11, align 32
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1175, <8 x float> %1182)
  store <8 x float> %1183, <8 x float>* %11, align 32
  %1184 = add i64 %1046, 13
  %1185 = getelementptr inbounds float, float* %45, i64 %1184
  %1186 = load float, float* %1185, align 4
  %1187 = insertelement <8 x float> undef, float %1186, i32 0
  %splat77 = shufflevector <8 x float> %1187, <8 x float> undef, <8 x i32> zeroinitializer
  %1188 = load <8 x float>, <8 x float>* %12, align 32
  %1189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1171, <8 x float> %1188)
  store <8 x float> %1189, <8 x float>* %12, align 32
  %1190 = load <8 x float>, <8 x float>* %10, align 32
  %1191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1175, <8 x float> %1190)
  store <8 x float> %1191, <8 x float>* %10, align 32
  %1192 = add i64 %1047, 48
  %1193 = getelementptr inbounds float, float* %4, i64 %1192
  %1194 = bitcast float* %1193 to <8 x float>*
  %1195 = load <8 x float>, <8 x float>* %1194, align 4
  %1196 = add i64 %1047, 2096
  %1197 = getelementptr inbounds float, float* %4, i64 %1196
  %1198 = bitcast float* %1197 to <8 x float>*
  %1199 = load <8 x float>, <8 x float>* %1198, align 4
  %1200 = add i64 %1046, 6
  %1201 = getelementptr inbounds float, float* %45, i64 %1200
  %1202 = load float, float* %1201, align 4
  %1203 = insertelement <8 x float> undef, float %1202, i32 0
  %splat78 = shufflevector <8 x float> %1203, <8 x float> undef, <8 x i32> zeroinitializer
  %1204 = load <8 x float>, <8 x float>* %13, align 32
  %1205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1195, <8 x float> %1204)
  store <8 x float> %1205, <8 x float>* %13, align 32
  %1206 = load <8 x float>, <8 x float>* %11, align 32
  %1207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1199, <8 x float> %1206)
  store <8 x float> %1207, <8 x float>* %11, align 32
  %1208 = add i64 %1046, 14
  %1209 = getelementptr inbounds float, float* %45, i64 %1208
  %1210 = load float, float* %1209, align 4
  %1211 = insertelement <8 x float> undef, float %1210, i32 0
  %splat79 = shufflevector <8 x float> %1211, <8 x float> undef, <8 x i32> zeroinitializer
  %1212 = load <8 x float>, <8 x float>* %12, align 32
  %1213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1195, <8 x float> %1212)
  store <8 x float> %1213, <8 x float>* %12, align 32
  %1214 = load <8 x float>, <8 x float>* %10, align 32
  %1215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1199, <8 x float> %1214)
  store <8 x float> %1215, <8 x float>* %10, align 32
  %1216 = add i64 %1047, 56
  %1217 = getelementptr inbounds float, float* %4, i64 %1216
  %1218 = bitcast float* %1217 to <8 x float>*
  %1219 = load <8 x float>, <8 x float>* %1218, align 4
  %1220 = add i64 %1047, 2104
  %1221 = getelementptr inbounds float, float* %4, i64 %1220
  %1222 = bitcast float* %1221 to <8 x float>*
  %1223 = load <8 x float>, <8 x float>* %1222, align 4
  %1224 = add i64 %1046, 7
  %1225 = getelementptr inbounds float, float* %45, i64 %1224
  %1226 = load float, float* %1225, align 4
  %1227 = insertelement <8 x float> undef, float %1226, i32 0
  %splat80 = shufflevector <8 x float> %1227, <8 x float> undef, <8 x i32> zeroinitializer
  %1228 = load <8 x float>, <8 x float>* %13, align 32
  %1229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1219, <8 x float> %1228)
  store <8 x float> %1229, <8 x float>* %13, align 32
  %1230 = load <8 x float>, <8 x float>* %11, align 32
  %1231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1223, <8 x float> %1230)
  store <8 x float> %1231, <8 x float>* %11, align 32
  %1232 = add i64 %1046, 15
  %1233 = getelementptr inbounds float, float* %45, i64 %1232
  %1234 = load float, float* %1233, align 4
  %1235 = insertelement <8 x float> undef, float %1234, i32 0
  %splat81 = shufflevector <8 x float> %1235, <8 x float> undef, <8 x i32> zeroinitializer
  %1236 = load <8 x float>, <8 x float>* %12, align 32
  %1237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1219, <8 x float> %1236)
  store <8 x float> %1237, <8 x float>* %12, align 32
  %1238 = load <8 x float>, <8 x float>* %10, align 32
  %1239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1223, <8 x float> %1238)
  store <8 x float> %1239, <8 x float>* %10, align 32
  %u.next82 = add i64 %u65, 1
  br label %u.header62

u.exit64:                                         ; preds = %u.header62
  %1240 = load <8 x float>, <8 x float>* %13, align 32
  %1241 = fcmp olt <8 x float> %1240, zeroinitializer
  %1242 = select <8 x i1> %1241, <8 x float> zeroinitializer, <8 x float> %1240
  %1243 = getelementptr inbounds float, float* %0, i64 %498
  %1244 = bitcast float* %1243 to <8 x float>*
  store <8 x float> %1242, <8 x float>* %1244, align 4
  %1245 = load <8 x float>, <8 x float>* %12, align 32
  %1246 = fcmp olt <8 x float> %1245, zeroinitializer
  %1247 = select <8 x i1> %1246, <8 x float> zeroinitializer, <8 x float> %1245
  %1248 = getelementptr inbounds float, float* %0, i64 %501
  %1249 = bitcast float* %1248 to <8 x float>*
  store <8 x float> %1247, <8 x float>* %1249, align 4
  %1250 = load <8 x float>, <8 x float>* %11, align 32
  %1251 = fcmp olt <8 x float> %1250, zeroinitializer
  %1252 = select <8 x i1> %1251, <8 x float> zeroinitializer, <8 x float> %1250
  %1253 = getelementptr inbounds float, float* %0, i64 %508
  %1254 = bitcast float* %1253 to <8 x float>*
  store <8 x float> %1252, <8 x float>* %1254, align 4
  %1255 = load <8 x float>, <8 x float>* %10, align 32
  %1256 = fcmp olt <8 x float> %1255, zeroinitializer
  %1257 = select <8 x i1> %1256, <8 x float> zeroinitializer, <8 x float> %1255
  %1258 = getelementptr inbounds float, float* %0, i64 %511
  %1259 = bitcast float* %1258 to <8 x float>*
  store <8 x float> %1257, <8 x float>* %1259, align 4
  %block.group.next = add i64 %block.group, 1
  br label %block.group.header
}

; Function Attrs: noinline nounwind
define internal void @node6.conv2d_7.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = getelementptr inbounds i8*, i8** %1, i64 6
  %21 = load i8*, i8** %20, align 8
  %22 = bitcast i8* %21 to float*
  %23 = getelementptr inbounds i8*, i8** %1, i64 7
  %24 = load i8*, i8** %23, align 8
  %25 = bitcast i8* %24 to float*
  %26 = call i32 @omp_get_thread_num()
  %27 = sext i32 %26 to i64
  %28 = call i32 @omp_get_num_threads()
  %29 = sext i32 %28 to i64
  %30 = sub i64 %29, 1
  %31 = add i64 2, %30
  %32 = sdiv i64 %31, %29
  %33 = mul i64 %27, %32
  %34 = icmp slt i64 %33, 2
  %35 = select i1 %34, i64 %33, i64 2
  %36 = add i64 %35, %32
  %37 = icmp slt i64 %36, 2
  %38 = select i1 %37, i64 %36, i64 2
  call void @node6.conv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %35, i64 %38)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, float* %6, float* %7, i64 %8, i64 %9) #0 {
entry:
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  %39 = alloca <8 x float>, align 32
  %band = alloca [50176 x float], align 64
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %8, %entry ], [ %task.next, %block.group.exit ]
  %40 = icmp slt i64 %task, %9
  br i1 %40, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %41 = srem i64 %task, 1
  %42 = sdiv i64 %task, 1
  %43 = srem i64 %42, 2
  %44 = sdiv i64 %task, 2
  %45 = bitcast [50176 x float]* %band to float*
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %46 = icmp slt i64 %channel.block, 64
  br i1 %46, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %47 = mul i64 %44, 64
  %48 = add i64 %47, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %49 = mul i64 %41, 32
  %50 = add i64 %49, 32
  %51 = icmp slt i64 %50, 32
  %52 = select i1 %51, i64 %50, i64 32
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit10, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit10 ]
  %53 = icmp slt i64 %band.row, 7
  br i1 %53, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %54 = mul i64 %43, 7
  %55 = add i64 %54, %band.row
  %56 = mul i64 %channel.block, 7
  %57 = add i64 %56, %band.row
  %58 = mul i64 %57, 112
  %59 = srem i64 %48, 64
  %60 = mul i64 %48, 1568
  %61 = mul i64 %55, 1
  %62 = sub i64 %61, 1
  %63 = mul i64 %59, 8
  %64 = getelementptr inbounds float, float* %7, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  store <8 x float> %66, <8 x float>* %39, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !14

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %67 = icmp slt i64 %kh, 3
  br i1 %67, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %68 = mul i64 %kh, 1
  %69 = add i64 %62, %68
  %70 = icmp sge i64 %69, 0
  %71 = icmp slt i64 %69, 14
  %72 = and i1 %70, %71
  br i1 %72, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %73 = add i64 %58, 0
  %74 = load <8 x float>, <8 x float>* %39, align 32
  %75 = fcmp olt <8 x float> %74, zeroinitializer
  %76 = select <8 x i1> %75, <8 x float> zeroinitializer, <8 x float> %74
  %77 = getelementptr inbounds float, float* %45, i64 %73
  %78 = bitcast float* %77 to <8 x float>*
  store <8 x float> %76, <8 x float>* %78, align 4
  store <8 x float> %66, <8 x float>* %38, align 32
  store <8 x float> %66, <8 x float>* %37, align 32
  store <8 x float> %66, <8 x float>* %36, align 32
  store <8 x float> %66, <8 x float>* %35, align 32
  store <8 x float> %66, <8 x float>* %34, align 32
  store <8 x float> %66, <8 x float>* %33, align 32
  store <8 x float> %66, <8 x float>* %32, align 32
  store <8 x float> %66, <8 x float>* %31, align 32
  store <8 x float> %66, <8 x float>* %30, align 32
  store <8 x float> %66, <8 x float>* %29, align 32
  store <8 x float> %66, <8 x float>* %28, align 32
  br label %kh.header1

then:                                             ; preds = %kh.body
  %79 = mul i64 %69, 112
  %80 = add i64 %60, %79
  %81 = mul i64 %59, 3
  %82 = add i64 %81, %kh
  %83 = mul i64 %82, 24
  %84 = add i64 %83, 0
  %85 = getelementptr inbounds float, float* %6, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  %87 = load <8 x float>, <8 x float>* %86, align 4
  %88 = add i64 %83, 8
  %89 = getelementptr inbounds float, float* %6, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = add i64 %83, 16
  %93 = getelementptr inbounds float, float* %6, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  %96 = add i64 %80, -8
  %97 = add i64 %96, 8
  %98 = getelementptr inbounds float, float* %1, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  %100 = load <8 x float>, <8 x float>* %99, align 4
  %101 = load <8 x float>, <8 x float>* %39, align 32
  %102 = call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %91, <8 x float> %101)
  store <8 x float> %102, <8 x float>* %39, align 32
  %103 = add i64 %96, 16
  %104 = getelementptr inbounds float, float* %1, i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  %106 = load <8 x float>, <8 x float>* %105, align 4
  %107 = load <8 x float>, <8 x float>* %39, align 32
  %108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %106, <8 x float> %95, <8 x float> %107)
  store <8 x float> %108, <8 x float>* %39, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %kh.exit
  %kh4 = phi i64 [ 0, %kh.exit ], [ %kh.next7, %endif6 ]
  %109 = icmp slt i64 %kh4, 3
  br i1 %109, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %110 = mul i64 %kh4, 1
  %111 = add i64 %62, %110
  %112 = icmp sge i64 %111, 0
  %113 = icmp slt i64 %111, 14
  %114 = and i1 %112, %113
  br i1 %114, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %115 = add i64 %58, 8
  %116 = load <8 x float>, <8 x float>* %38, align 32
  %117 = fcmp olt <8 x float> %116, zeroinitializer
  %118 = select <8 x i1> %117, <8 x float> zeroinitializer, <8 x float> %116
  %119 = getelementptr inbounds float, float* %45, i64 %115
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %118, <8 x float>* %120, align 4
  %121 = add i64 %58, 16
  %122 = load <8 x float>, <8 x float>* %37, align 32
  %123 = fcmp olt <8 x float> %122, zeroinitializer
  %124 = select <8 x i1> %123, <8 x float> zeroinitializer, <8 x float> %122
  %125 = getelementptr inbounds float, float* %45, i64 %121
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %124, <8 x float>* %126, align 4
  %127 = add i64 %58, 24
  %128 = load <8 x float>, <8 x float>* %36, align 32
  %129 = fcmp olt <8 x float> %128, zeroinitializer
  %130 = select <8 x i1> %129, <8 x float> zeroinitializer, <8 x float> %128
  %131 = getelementptr inbounds float, float* %45, i64 %127
  %132 = bitcast float* %131 to <8 x float>*
  store <8 x float> %130, <8 x float>* %132, align 4
  %133 = add i64 %58, 32
  %134 = load <8 x float>, <8 x float>* %35, align 32
  %135 = fcmp olt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> zeroinitializer, <8 x float> %134
  %137 = getelementptr inbounds float, float* %45, i64 %133
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %136, <8 x float>* %138, align 4
  %139 = add i64 %58, 40
  %140 = load <8 x float>, <8 x float>* %34, align 32
  %141 = fcmp olt <8 x float> %140, zeroinitializer
  %142 = select <8 x i1> %141, <8 x float> zeroinitializer, <8 x float> %140
  %143 = getelementptr inbounds float, float* %45, i64 %139
  %144 = bitcast float* %143 to <8 x float>*
  store <8 x float> %142, <8 x float>* %144, align 4
  %145 = add i64 %58, 48
  %146 = load <8 x float>, <8 x float>* %33, align 32
  %147 = fcmp olt <8 x float> %146, zeroinitializer
  %148 = select <8 x i1> %147, <8 x float> zeroinitializer, <8 x float> %146
  %149 = getelementptr inbounds float, float* %45, i64 %145
  %150 = bitcast float* %149 to <8 x float>*
  store <8 x float> %148, <8 x float>* %150, align 4
  %151 = add i64 %58, 56
  %152 = load <8 x float>, <8 x float>* %32, align 32
  %153 = fcmp olt <8 x float> %152, zeroinitializer
  %154 = select <8 x i1> %153, <8 x float> zeroinitializer, <8 x float> %152
  %155 = getelementptr inbounds float, float* %45, i64 %151
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %154, <8 x float>* %156, align 4
  %157 = add i64 %58, 64
  %158 = load <8 x float>, <8 x float>* %31, align 32
  %159 = fcmp olt <8 x float> %158, zeroinitializer
  %160 = select <8 x i1> %159, <8 x float> zeroinitializer, <8 x float> %158
  %161 = getelementptr inbounds float, float* %45, i64 %157
  %162 = bitcast float* %161 to <8 x float>*
  store <8 x float> %160, <8 x float>* %162, align 4
  %163 = add i64 %58, 72
  %164 = load <8 x float>, <8 x float>* %30, align 32
  %165 = fcmp olt <8 x float> %164, zeroinitializer
  %166 = select <8 x i1> %165, <8 x float> zeroinitializer, <8 x float> %164
  %167 = getelementptr inbounds float, float* %45, i64 %163
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %166, <8 x float>* %168, align 4
  %169 = add i64 %58, 80
  %170 = load <8 x float>, <8 x float>* %29, align 32
  %171 = fcmp olt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> zeroinitializer, <8 x float> %170
  %173 = getelementptr inbounds float, float* %45, i64 %169
  %174 = bitcast float* %173 to <8 x float>*
  store <8 x float> %172, <8 x float>* %174, align 4
  %175 = add i64 %58, 88
  %176 = load <8 x float>, <8 x float>* %28, align 32
  %177 = fcmp olt <8 x float> %176, zeroinitializer
  %178 = select <8 x i1> %177, <8 x float> zeroinitializer, <8 x float> %176
  %179 = getelementptr inbounds float, float* %45, i64 %175
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %178, <8 x float>* %180, align 4
  store <8 x float> %66, <8 x float>* %27, align 32
  store <8 x float> %66, <8 x float>* %26, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %181 = mul i64 %111, 112
  %182 = add i64 %60, %181
  %183 = mul i64 %59, 3
  %184 = add i64 %183, %kh4
  %185 = mul i64 %184, 24
  %186 = add i64 %185, 0
  %187 = getelementptr inbounds float, float* %6, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = add i64 %185, 8
  %191 = getelementptr inbounds float, float* %6, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %185, 16
  %195 = getelementptr inbounds float, float* %6, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = add i64 %182, 0
  %199 = add i64 %198, 0
  %200 = getelementptr inbounds float, float* %1, i64 %199
  %201 = bitcast float* %200 to <8 x float>*
  %202 = load <8 x float>, <8 x float>* %201, align 4
  %203 = load <8 x float>, <8 x float>* %38, align 32
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %202, <8 x float> %189, <8 x float> %203)
  store <8 x float> %204, <8 x float>* %38, align 32
  %205 = add i64 %198, 8
  %206 = getelementptr inbounds float, float* %1, i64 %205
  %207 = bitcast float* %206 to <8 x float>*
  %208 = load <8 x float>, <8 x float>* %207, align 4
  %209 = load <8 x float>, <8 x float>* %38, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %193, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %38, align 32
  %211 = load <8 x float>, <8 x float>* %37, align 32
  %212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %189, <8 x float> %211)
  store <8 x float> %212, <8 x float>* %37, align 32
  %213 = add i64 %198, 16
  %214 = getelementptr inbounds float, float* %1, i64 %213
  %215 = bitcast float* %214 to <8 x float>*
  %216 = load <8 x float>, <8 x float>* %215, align 4
  %217 = load <8 x float>, <8 x float>* %38, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %197, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %38, align 32
  %219 = load <8 x float>, <8 x float>* %37, align 32
  %220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %193, <8 x float> %219)
  store <8 x float> %220, <8 x float>* %37, align 32
  %221 = load <8 x float>, <8 x float>* %36, align 32
  %222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %189, <8 x float> %221)
  store <8 x float> %222, <8 x float>* %36, align 32
  %223 = add i64 %198, 24
  %224 = getelementptr inbounds float, float* %1, i64 %223
  %225 = bitcast float* %224 to <8 x float>*
  %226 = load <8 x float>, <8 x float>* %225, align 4
  %227 = load <8 x float>, <8 x float>* %37, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %197, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %37, align 32
  %229 = load <8 x float>, <8 x float>* %36, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %193, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %36, align 32
  %231 = load <8 x float>, <8 x float>* %35, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %189, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %35, align 32
  %233 = add i64 %198, 32
  %234 = getelementptr inbounds float, float* %1, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  %236 = load <8 x float>, <8 x float>* %235, align 4
  %237 = load <8 x float>, <8 x float>* %36, align 32
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %197, <8 x float> %237)
  store <8 x float> %238, <8 x float>* %36, align 32
  %239 = load <8 x float>, <8 x float>* %35, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %193, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %35, align 32
  %241 = load <8 x float>, <8 x float>* %34, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %189, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %34, align 32
  %243 = add i64 %198, 40
  %244 = getelementptr inbounds float, float* %1, i64 %243
  %245 = bitcast float* %244 to <8 x float>*
  %246 = load <8 x float>, <8 x float>* %245, align 4
  %247 = load <8 x float>, <8 x float>* %35, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %197, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %35, align 32
  %249 = load <8 x float>, <8 x float>* %34, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %193, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %34, align 32
  %251 = load <8 x float>, <8 x float>* %33, align 32
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %189, <8 x float> %251)
  store <8 x float> %252, <8 x float>* %33, align 32
  %253 = add i64 %198, 48
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = bitcast float* %254 to <8 x float>*
  %256 = load <8 x float>, <8 x float>* %255, align 4
  %257 = load <8 x float>, <8 x float>* %34, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %197, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %34, align 32
  %259 = load <8 x float>, <8 x float>* %33, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %193, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %33, align 32
  %261 = load <8 x float>, <8 x float>* %32, align 32
  %262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %189, <8 x float> %261)
  store <8 x float> %262, <8 x float>* %32, align 32
  %263 = add i64 %198, 56
  %264 = getelementptr inbounds float, float* %1, i64 %263
  %265 = bitcast float* %264 to <8 x float>*
  %266 = load <8 x float>, <8 x float>* %265, align 4
  %267 = load <8 x float>, <8 x float>* %33, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %197, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %33, align 32
  %269 = load <8 x float>, <8 x float>* %32, align 32
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %193, <8 x float> %269)
  store <8 x float> %270, <8 x float>* %32, align 32
  %271 = load <8 x float>, <8 x float>* %31, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %189, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %31, align 32
  %273 = add i64 %198, 64
  %274 = getelementptr inbounds float, float* %1, i64 %273
  %275 = bitcast float* %274 to <8 x float>*
  %276 = load <8 x float>, <8 x float>* %275, align 4
  %277 = load <8 x float>, <8 x float>* %32, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %197, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %32, align 32
  %279 = load <8 x float>, <8 x float>* %31, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %193, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %31, align 32
  %281 = load <8 x float>, <8 x float>* %30, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %189, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %30, align 32
  %283 = add i64 %198, 72
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = bitcast float* %284 to <8 x float>*
  %286 = load <8 x float>, <8 x float>* %285, align 4
  %287 = load <8 x float>, <8 x float>* %31, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %197, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %31, align 32
  %289 = load <8 x float>, <8 x float>* %30, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %193, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %30, align 32
  %291 = load <8 x float>, <8 x float>* %29, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %189, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %29, align 32
  %293 = add i64 %198, 80
  %294 = getelementptr inbounds float, float* %1, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  %296 = load <8 x float>, <8 x float>* %295, align 4
  %297 = load <8 x float>, <8 x float>* %30, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %197, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %30, align 32
  %299 = load <8 x float>, <8 x float>* %29, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %193, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %29, align 32
  %301 = load <8 x float>, <8 x float>* %28, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %189, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %28, align 32
  %303 = add i64 %198, 88
  %304 = getelementptr inbounds float, float* %1, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  %306 = load <8 x float>, <8 x float>* %305, align 4
  %307 = load <8 x float>, <8 x float>* %29, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %197, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %29, align 32
  %309 = load <8 x float>, <8 x float>* %28, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %193, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %28, align 32
  %311 = add i64 %198, 96
  %312 = getelementptr inbounds float, float* %1, i64 %311
  %313 = bitcast float* %312 to <8 x float>*
  %314 = load <8 x float>, <8 x float>* %313, align 4
  %315 = load <8 x float>, <8 x float>* %28, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %197, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %28, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next14, %endif13 ]
  %317 = icmp slt i64 %kh11, 3
  br i1 %317, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %318 = mul i64 %kh11, 1
  %319 = add i64 %62, %318
  %320 = icmp sge i64 %319, 0
  %321 = icmp slt i64 %319, 14
  %322 = and i1 %320, %321
  br i1 %322, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %323 = add i64 %58, 96
  %324 = load <8 x float>, <8 x float>* %27, align 32
  %325 = fcmp olt <8 x float> %324, zeroinitializer
  %326 = select <8 x i1> %325, <8 x float> zeroinitializer, <8 x float> %324
  %327 = getelementptr inbounds float, float* %45, i64 %323
  %328 = bitcast float* %327 to <8 x float>*
  store <8 x float> %326, <8 x float>* %328, align 4
  %329 = add i64 %58, 104
  %330 = load <8 x float>, <8 x float>* %26, align 32
  %331 = fcmp olt <8 x float> %330, zeroinitializer
  %332 = select <8 x i1> %331, <8 x float> zeroinitializer, <8 x float> %330
  %333 = getelementptr inbounds float, float* %45, i64 %329
  %334 = bitcast float* %333 to <8 x float>*
  store <8 x float> %332, <8 x float>* %334, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !15

then12:                                           ; preds = %kh.body9
  %335 = mul i64 %319, 112
  %336 = add i64 %60, %335
  %337 = mul i64 %59, 3
  %338 = add i64 %337, %kh11
  %339 = mul i64 %338, 24
  %340 = add i64 %339, 0
  %341 = getelementptr inbounds float, float* %6, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  %343 = load <8 x float>, <8 x float>* %342, align 4
  %344 = add i64 %339, 8
  %345 = getelementptr inbounds float, float* %6, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  %347 = load <8 x float>, <8 x float>* %346, align 4
  %348 = add i64 %339, 16
  %349 = getelementptr inbounds float, float* %6, i64 %348
  %350 = bitcast float* %349 to <8 x float>*
  %351 = load <8 x float>, <8 x float>* %350, align 4
  %352 = add i64 %336, 88
  %353 = add i64 %352, 0
  %354 = getelementptr inbounds float, float* %1, i64 %353
  %355 = bitcast float* %354 to <8 x float>*
  %356 = load <8 x float>, <8 x float>* %355, align 4
  %357 = load <8 x float>, <8 x float>* %27, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %356, <8 x float> %343, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %27, align 32
  %359 = add i64 %352, 8
  %360 = getelementptr inbounds float, float* %1, i64 %359
  %361 = bitcast float* %360 to <8 x float>*
  %362 = load <8 x float>, <8 x float>* %361, align 4
  %363 = load <8 x float>, <8 x float>* %27, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %347, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %27, align 32
  %365 = load <8 x float>, <8 x float>* %26, align 32
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %343, <8 x float> %365)
  store <8 x float> %366, <8 x float>* %26, align 32
  %367 = add i64 %352, 16
  %368 = getelementptr inbounds float, float* %1, i64 %367
  %369 = bitcast float* %368 to <8 x float>*
  %370 = load <8 x float>, <8 x float>* %369, align 4
  %371 = load <8 x float>, <8 x float>* %27, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %370, <8 x float> %351, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %27, align 32
  %373 = load <8 x float>, <8 x float>* %26, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %370, <8 x float> %347, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %26, align 32
  br label %endif13

endif13:                                          ; preds = %then12, %kh.body9
  %kh.next14 = add i64 %kh11, 1
  br label %kh.header8

block.group.header:                               ; preds = %u.exit64, %channel.block.exit
  %block.group = phi i64 [ %49, %channel.block.exit ], [ %block.group.next, %u.exit64 ]
  %375 = icmp slt i64 %block.group, %52
  br i1 %375, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %376 = mul i64 %block.group, 2
  %377 = add i64 0, %376
  %378 = mul i64 %43, 98
  %379 = mul i64 %block.group, 2
  %380 = add i64 0, %379
  %381 = mul i64 %380, 4096
  br label %x.header

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %block.group.body
  %x = phi i64 [ 0, %block.group.body ], [ %x.next, %u.exit ]
  %382 = icmp slt i64 %x, 96
  br i1 %382, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %383 = add i64 %378, %x
  %384 = mul i64 %44, 64
  %385 = add i64 %384, %377
  %386 = add i64 %385, 0
  %387 = mul i64 %386, 1568
  %388 = add i64 %383, 0
  %389 = mul i64 %388, 8
  %390 = add i64 %387, %389
  %391 = add i64 %383, 1
  %392 = mul i64 %391, 8
  %393 = add i64 %387, %392
  %394 = add i64 %383, 2
  %395 = mul i64 %394, 8
  %396 = add i64 %387, %395
  %397 = add i64 %383, 3
  %398 = mul i64 %397, 8
  %399 = add i64 %387, %398
  %400 = add i64 %383, 4
  %401 = mul i64 %400, 8
  %402 = add i64 %387, %401
  %403 = add i64 %383, 5
  %404 = mul i64 %403, 8
  %405 = add i64 %387, %404
  %406 = mul i64 %44, 64
  %407 = add i64 %406, %377
  %408 = add i64 %407, 1
  %409 = mul i64 %408, 1568
  %410 = add i64 %383, 0
  %411 = mul i64 %410, 8
  %412 = add i64 %409, %411
  %413 = add i64 %383, 1
  %414 = mul i64 %413, 8
  %415 = add i64 %409, %414
  %416 = add i64 %383, 2
  %417 = mul i64 %416, 8
  %418 = add i64 %409, %417
  %419 = add i64 %383, 3
  %420 = mul i64 %419, 8
  %421 = add i64 %409, %420
  %422 = add i64 %383, 4
  %423 = mul i64 %422, 8
  %424 = add i64 %409, %423
  %425 = add i64 %383, 5
  %426 = mul i64 %425, 8
  %427 = add i64 %409, %426
  %428 = add i64 %380, 0
  %429 = mul i64 %428, 8
  %430 = getelementptr inbounds float, float* %5, i64 %429
  %431 = bitcast float* %430 to <8 x float>*
  %432 = load <8 x float>, <8 x float>* %431, align 4
  %433 = add i64 %380, 1
  %434 = mul i64 %433, 8
  %435 = getelementptr inbounds float, float* %5, i64 %434
  %436 = bitcast float* %435 to <8 x float>*
  %437 = load <8 x float>, <8 x float>* %436, align 4
  store <8 x float> %432, <8 x float>* %25, align 32
  store <8 x float> %432, <8 x float>* %24, align 32
  store <8 x float> %432, <8 x float>* %23, align 32
  store <8 x float> %432, <8 x float>* %22, align 32
  store <8 x float> %432, <8 x float>* %21, align 32
  store <8 x float> %432, <8 x float>* %20, align 32
  store <8 x float> %437, <8 x float>* %19, align 32
  store <8 x float> %437, <8 x float>* %18, align 32
  store <8 x float> %437, <8 x float>* %17, align 32
  store <8 x float> %437, <8 x float>* %16, align 32
  store <8 x float> %437, <8 x float>* %15, align 32
  store <8 x float> %437, <8 x float>* %14, align 32
  %438 = mul i64 %x, 8
  %439 = add i64 0, %438
  %440 = add i64 0, %439
  br label %u.header

x.exit:                                           ; preds = %x.header
  %441 = add i64 %378, 96
  %442 = mul i64 %44, 64
  %443 = add i64 %442, %377
  %444 = add i64 %443, 0
  %445 = mul i64 %444, 1568
  %446 = add i64 %441, 0
  %447 = mul i64 %446, 8
  %448 = add i64 %445, %447
  %449 = add i64 %441, 1
  %450 = mul i64 %449, 8
  %451 = add i64 %445, %450
  %452 = mul i64 %44, 64
  %453 = add i64 %452, %377
  %454 = add i64 %453, 1
  %455 = mul i64 %454, 1568
  %456 = add i64 %441, 0
  %457 = mul i64 %456, 8
  %458 = add i64 %455, %457
  %459 = add i64 %441, 1
  %460 = mul i64 %459, 8
  %461 = add i64 %455, %460
  %462 = add i64 %380, 0
  %463 = mul i64 %462, 8
  %464 = getelementptr inbounds float, float* %5, i64 %463
  %465 = bitcast float* %464 to <8 x float>*
  %466 = load <8 x float>, <8 x float>* %465, align 4
  %467 = add i64 %380, 1
  %468 = mul i64 %467, 8
  %469 = getelementptr inbounds float, float* %5, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  %471 = load <8 x float>, <8 x float>* %470, align 4
  store <8 x float> %466, <8 x float>* %13, align 32
  store <8 x float> %466, <8 x float>* %12, align 32
  store <8 x float> %471, <8 x float>* %11, align 32
  store <8 x float> %471, <8 x float>* %10, align 32
  br label %u.header62

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %472 = icmp slt i64 %u, 64
  br i1 %472, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %473 = add i64 0, %u
  %474 = mul i64 %473, 784
  %475 = add i64 %440, %474
  %476 = mul i64 %473, 64
  %477 = add i64 %381, %476
  %478 = add i64 %475, 0
  %479 = add i64 %478, 0
  %480 = add i64 %477, 0
  %481 = add i64 %480, 0
  %482 = getelementptr inbounds float, float* %4, i64 %481
  %483 = bitcast float* %482 to <8 x float>*
  %484 = load <8 x float>, <8 x float>* %483, align 4
  %485 = add i64 %480, 4096
  %486 = getelementptr inbounds float, float* %4, i64 %485
  %487 = bitcast float* %486 to <8 x float>*
  %488 = load <8 x float>, <8 x float>* %487, align 4
  %489 = add i64 %479, 0
  %490 = getelementptr inbounds float, float* %45, i64 %489
  %491 = load float, float* %490, align 4
  %492 = insertelement <8 x float> undef, float %491, i32 0
  %splat = shufflevector <8 x float> %492, <8 x float> undef, <8 x i32> zeroinitializer
  %493 = load <8 x float>, <8 x float>* %25, align 32
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %484, <8 x float> %493)
  store <8 x float> %494, <8 x float>* %25, align 32
  %495 = load <8 x float>, <8 x float>* %19, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %488, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %19, align 32
  %497 = add i64 %479, 8
  %498 = getelementptr inbounds float, float* %45, i64 %497
  %499 = load float, float* %498, align 4
  %500 = insertelement <8 x float> undef, float %499, i32 0
  %splat15 = shufflevector <8 x float> %500, <8 x float> undef, <8 x i32> zeroinitializer
  %501 = load <8 x float>, <8 x float>* %24, align 32
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %484, <8 x float> %501)
  store <8 x float> %502, <8 x float>* %24, align 32
  %503 = load <8 x float>, <8 x float>* %18, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %488, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %18, align 32
  %505 = add i64 %479, 16
  %506 = getelementptr inbounds float, float* %45, i64 %505
  %507 = load float, float* %506, align 4
  %508 = insertelement <8 x float> undef, float %507, i32 0
  %splat16 = shufflevector <8 x float> %508, <8 x float> undef, <8 x i32> zeroinitializer
  %509 = load <8 x float>, <8 x float>* %23, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %484, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %23, align 32
  %511 = load <8 x float>, <8 x float>* %17, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %488, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %17, align 32
  %513 = add i64 %479, 24
  %514 = getelementptr inbounds float, float* %45, i64 %513
  %515 = load float, float* %514, align 4
  %516 = insertelement <8 x float> undef, float %515, i32 0
  %splat17 = shufflevector <8 x float> %516, <8 x float> undef, <8 x i32> zeroinitializer
  %517 = load <8 x float>, <8 x float>* %22, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %484, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %22, align 32
  %519 = load <8 x float>, <8 x float>* %16, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %488, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %16, align 32
  %521 = add i64 %479, 32
  %522 = getelementptr inbounds float, float* %45, i64 %521
  %523 = load float, float* %522, align 4
  %524 = insertelement <8 x float> undef, float %523, i32 0
  %splat18 = shufflevector <8 x float> %524, <8 x float> undef, <8 x i32> zeroinitializer
  %525 = load <8 x float>, <8 x float>* %21, align 32
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %484, <8 x float> %525)
  store <8 x float> %526, <8 x float>* %21, align 32
  %527 = load <8 x float>, <8 x float>* %15, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %488, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %15, align 32
  %529 = add i64 %479, 40
  %530 = getelementptr inbounds float, float* %45, i64 %529
  %531 = load float, float* %530, align 4
  %532 = insertelement <8 x float> undef, float %531, i32 0
  %splat19 = shufflevector <8 x float> %532, <8 x float> undef, <8 x i32> zeroinitializer
  %533 = load <8 x float>, <8 x float>* %20, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %484, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %20, align 32
  %535 = load <8 x float>, <8 x float>* %14, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %488, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %14, align 32
  %537 = add i64 %480, 8
  %538 = getelementptr inbounds float, float* %4, i64 %537
  %539 = bitcast float* %538 to <8 x float>*
  %540 = load <8 x float>, <8 x float>* %539, align 4
  %541 = add i64 %480, 4104
  %542 = getelementptr inbounds float, float* %4, i64 %541
  %543 = bitcast float* %542 to <8 x float>*
  %544 = load <8 x float>, <8 x float>* %543, align 4
  %545 = add i64 %479, 1
  %546 = getelementptr inbounds float, float* %45, i64 %545
  %547 = load float, float* %546, align 4
  %548 = insertelement <8 x float> undef, float %547, i32 0
  %splat20 = shufflevector <8 x float> %548, <8 x float> undef, <8 x i32> zeroinitializer
  %549 = load <8 x float>, <8 x float>* %25, align 32
  %550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %540, <8 x float> %549)
  store <8 x float> %550, <8 x float>* %25, align 32
  %551 = load <8 x float>, <8 x float>* %19, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %544, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %19, align 32
  %553 = add i64 %479, 9
  %554 = getelementptr inbounds float, float* %45, i64 %553
  %555 = load float, float* %554, align 4
  %556 = insertelement <8 x float> undef, float %555, i32 0
  %splat21 = shufflevector <8 x float> %556, <8 x float> undef, <8 x i32> zeroinitializer
  %557 = load <8 x float>, <8 x float>* %24, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %540, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %24, align 32
  %559 = load <8 x float>, <8 x float>* %18, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %544, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %18, align 32
  %561 = add i64 %479, 17
  %562 = getelementptr inbounds float, float* %45, i64 %561
  %563 = load float, float* %562, align 4
  %564 = insertelement <8 x float> undef, float %563, i32 0
  %splat22 = shufflevector <8 x float> %564, <8 x float> undef, <8 x i32> zeroinitializer
  %565 = load <8 x float>, <8 x float>* %23, align 32
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %540, <8 x float> %565)
  store <8 x float> %566, <8 x float>* %23, align 32
  %567 = load <8 x float>, <8 x float>* %17, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %544, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %17, align 32
  %569 = add i64 %479, 25
  %570 = getelementptr inbounds float, float* %45, i64 %569
  %571 = load float, float* %570, align 4
  %572 = insertelement <8 x float> undef, float %571, i32 0
  %splat23 = shufflevector <8 x float> %572, <8 x float> undef, <8 x i32> zeroinitializer
  %573 = load <8 x float>, <8 x float>* %22, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %540, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %22, align 32
  %575 = load <8 x float>, <8 x float>* %16, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %544, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %16, align 32
  %577 = add i64 %479, 33
  %578 = getelementptr inbounds float, float* %45, i64 %577
  %579 = load float, float* %578, align 4
  %580 = insertelement <8 x float> undef, float %579, i32 0
  %splat24 = shufflevector <8 x float> %580, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = load <8 x float>, <8 x float>* %21, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %540, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %21, align 32
  %583 = load <8 x float>, <8 x float>* %15, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %544, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %15, align 32
  %585 = add i64 %479, 41
  %586 = getelementptr inbounds float, float* %45, i64 %585
  %587 = load float, float* %586, align 4
  %588 = insertelement <8 x float> undef, float %587, i32 0
  %splat25 = shufflevector <8 x float> %588, <8 x float> undef, <8 x i32> zeroinitializer
  %589 = load <8 x float>, <8 x float>* %20, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %540, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %20, align 32
  %591 = load <8 x float>, <8 x float>* %14, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %544, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %14, align 32
  %593 = add i64 %480, 16
  %594 = getelementptr inbounds float, float* %4, i64 %593
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = add i64 %480, 4112
  %598 = getelementptr inbounds float, float* %4, i64 %597
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  %601 = add i64 %479, 2
  %602 = getelementptr inbounds float, float* %45, i64 %601
  %603 = load float, float* %602, align 4
  %604 = insertelement <8 x float> undef, float %603, i32 0
  %splat26 = shufflevector <8 x float> %604, <8 x float> undef, <8 x i32> zeroinitializer
  %605 = load <8 x float>, <8 x float>* %25, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %596, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %25, align 32
  %607 = load <8 x float>, <8 x float>* %19, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %600, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %19, align 32
  %609 = add i64 %479, 10
  %610 = getelementptr inbounds float, float* %45, i64 %609
  %611 = load float, float* %610, align 4
  %612 = insertelement <8 x float> undef, float %611, i32 0
  %splat27 = shufflevector <8 x float> %612, <8 x float> undef, <8 x i32> zeroinitializer
  %613 = load <8 x float>, <8 x float>* %24, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %596, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %24, align 32
  %615 = load <8 x float>, <8 x float>* %18, align 32
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %600, <8 x float> %615)
  store <8 x float> %616, <8 x float>* %18, align 32
  %617 = add i64 %479, 18
  %618 = getelementptr inbounds float, float* %45, i64 %617
  %619 = load float, float* %618, align 4
  %620 = insertelement <8 x float> undef, float %619, i32 0
  %splat28 = shufflevector <8 x float> %620, <8 x float> undef, <8 x i32> zeroinitializer
  %621 = load <8 x float>, <8 x float>* %23, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %596, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %23, align 32
  %623 = load <8 x float>, <8 x float>* %17, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %600, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %17, align 32
  %625 = add i64 %479, 26
  %626 = getelementptr inbounds float, float* %45, i64 %625
  %627 = load float, float* %626, align 4
  %628 = insertelement <8 x float> undef, float %627, i32 0
  %splat29 = shufflevector <8 x float> %628, <8 x float> undef, <8 x i32> zeroinitializer
  %629 = load <8 x float>, <8 x float>* %22, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %596, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %22, align 32
  %631 = load <8 x float>, <8 x float>* %16, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %600, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %16, align 32
  %633 = add i64 %479, 34
  %634 = getelementptr inbounds float, float* %45, i64 %633
  %635 = load float, float* %634, align 4
  %636 = insertelement <8 x float> undef, float %635, i32 0
  %splat30 = shufflevector <8 x float> %636, <8 x float> undef, <8 x i32> zeroinitializer
  %637 = load <8 x float>, <8 x float>* %21, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %596, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %21, align 32
  %639 = load <8 x float>, <8 x float>* %15, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %600, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %15, align 32
  %641 = add i64 %479, 42
  %642 = getelementptr inbounds float, float* %45, i64 %641
  %643 = load float, float* %642, align 4
  %644 = insertelement <8 x float> undef, float %643, i32 0
  %splat31 = shufflevector <8 x float> %644, <8 x float> undef, <8 x i32> zeroinitializer
  %645 = load <8 x float>, <8 x float>* %20, align 32
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %596, <8 x float> %645)
  store <8 x float> %646, <8 x float>* %20, align 32
  %647 = load <8 x float>, <8 x float>* %14, align 32
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %600, <8 x float> %647)
  store <8 x float> %648, <8 x float>* %14, align 32
  %649 = add i64 %480, 24
  %650 = getelementptr inbounds float, float* %4, i64 %649
  %651 = bitcast float* %650 to <8 x float>*
  %652 = load <8 x float>, <8 x float>* %651, align 4
  %653 = add i64 %480, 4120
  %654 = getelementptr inbounds float, float* %4, i64 %653
  %655 = bitcast float* %654 to <8 x float>*
  %656 = load <8 x float>, <8 x float>* %655, align 4
  %657 = add i64 %479, 3
  %658 = getelementptr inbounds float, float* %45, i64 %657
  %659 = load float, float* %658, align 4
  %660 = insertelement <8 x float> undef, float %659, i32 0
  %splat32 = shufflevector <8 x float> %660, <8 x float> undef, <8 x i32> zeroinitializer
  %661 = load <8 x float>, <8 x float>* %25, align 32
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %652, <8 x float> %661)
  store <8 x float> %662, <8 x float>* %25, align 32
  %663 = load <8 x float>, <8 x float>* %19, align 32
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %656, <8 x float> %663)
  store <8 x float> %664, <8 x float>* %19, align 32
  %665 = add i64 %479, 11
  %666 = getelementptr inbounds float, float* %45, i64 %665
  %667 = load float, float* %666, align 4
  %668 = insertelement <8 x float> undef, float %667, i32 0
  %splat33 = shufflevector <8 x float> %668, <8 x float> undef, <8 x i32> zeroinitializer
  %669 = load <8 x float>, <8 x float>* %24, align 32
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %652, <8 x float> %669)
  store <8 x float> %670, <8 x float>* %24, align 32
  %671 = load <8 x float>, <8 x float>* %18, align 32
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %656, <8 x float> %671)
  store <8 x float> %672, <8 x float>* %18, align 32
  %673 = add i64 %479, 19
  %674 = getelementptr inbounds float, float* %45, i64 %673
  %675 = load float, float* %674, align 4
  %676 = insertelement <8 x float> undef, float %675, i32 0
  %splat34 = shufflevector <8 x float> %676, <8 x float> undef, <8 x i32> zeroinitializer
  %677 = load <8 x float>, <8 x float>* %23, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %652, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %23, align 32
  %679 = load <8 x float>, <8 x float>* %17, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %656, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %17, align 32
  %681 = add i64 %479, 27
  %682 = getelementptr inbounds float, float* %45, i64 %681
  %683 = load float, float* %682, align 4
  %684 = insertelement <8 x float> undef, float %683, i32 0
  %splat35 = shufflevector <8 x float> %684, <8 x float> undef, <8 x i32> zeroinitializer
  %685 = load <8 x float>, <8 x float>* %22, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %652, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %22, align 32
  %687 = load <8 x float>, <8 x float>* %16, align 32
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %656, <8 x float> %687)
  store <8 x float> %688, <8 x float>* %16, align 32
  %689 = add i64 %479, 35
  %690 = getelementptr inbounds float, float* %45, i64 %689
  %691 = load float, float* %690, align 4
  %692 = insertelement <8 x float> undef, float %691, i32 0
  %splat36 = shufflevector <8 x float> %692, <8 x float> undef, <8 x i32> zeroinitializer
  %693 = load <8 x float>, <8 x float>* %21, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %652, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %21, align 32
  %695 = load <8 x float>, <8 x float>* %15, align 32
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %656, <8 x float> %695)
  store <8 x float> %696, <8 x float>* %15, align 32
  %697 = add i64 %479, 43
  %698 = getelementptr inbounds float, float* %45, i64 %697
  %699 = load float, float* %698, align 4
  %700 = insertelement <8 x float> undef, float %699, i32 0
  %splat37 = shufflevector <8 x float> %700, <8 x float> undef, <8 x i32> zeroinitializer
  %701 = load <8 x float>, <8 x float>* %20, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %652, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %20, align 32
  %703 = load <8 x float>, <8 x float>* %14, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %656, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %14, align 32
  %705 = add i64 %480, 32
  %706 = getelementptr inbounds float, float* %4, i64 %705
  %707 = bitcast float* %706 to <8 x float>*
  %708 = load <8 x float>, <8 x float>* %707, align 4
  %709 = add i64 %480, 4128
  %710 = getelementptr inbounds float, float* %4, i64 %709
  %711 = bitcast float* %710 to <8 x float>*
  %712 = load <8 x float>, <8 x float>* %711, align 4
  %713 = add i64 %479, 4
  %714 = getelementptr inbounds float, float* %45, i64 %713
  %715 = load float, float* %714, align 4
  %716 = insertelement <8 x float> undef, float %715, i32 0
  %splat38 = shufflevector <8 x float> %716, <8 x float> undef, <8 x i32> zeroinitializer
  %717 = load <8 x float>, <8 x float>* %25, align 32
  %718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %708, <8 x float> %717)
  store <8 x float> %718, <8 x float>* %25, align 32
  %719 = load <8 x float>, <8 x float>* %19, align 32
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %712, <8 x float> %719)
  store <8 x float> %720, <8 x float>* %19, align 32
  %721 = add i64 %479, 12
  %722 = getelementptr inbounds float, float* %45, i64 %721
  %723 = load float, float* %722, align 4
  %724 = insertelement <8 x float> undef, float %723, i32 0
  %splat39 = shufflevector <8 x float> %724, <8 x float> undef, <8 x i32> zeroinitializer
  %725 = load <8 x float>, <8 x float>* %24, align 32
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %708, <8 x float> %725)
  store <8 x float> %726, <8 x float>* %24, align 32
  %727 = load <8 x float>, <8 x float>* %18, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %712, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %18, align 32
  %729 = add i64 %479, 20
  %730 = getelementptr inbounds float, float* %45, i64 %729
  %731 = load float, float* %730, align 4
  %732 = insertelement <8 x float> undef, float %731, i32 0
  %splat40 = shufflevector <8 x float> %732, <8 x float> undef, <8 x i32> zeroinitializer
  %733 = load <8 x float>, <8 x float>* %23, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %708, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %23, align 32
  %735 = load <8 x float>, <8 x float>* %17, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %712, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %17, align 32
  %737 = add i64 %479, 28
  %738 = getelementptr inbounds float, float* %45, i64 %737
  %739 = load float, float* %738, align 4
  %740 = insertelement <8 x float> undef, float %739, i32 0
  %splat41 = shufflevector <8 x float> %740, <8 x float> undef, <8 x i32> zeroinitializer
  %741 = load <8 x float>, <8 x float>* %22, align 32
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %708, <8 x float> %741)
  store <8 x float> %742, <8 x float>* %22, align 32
  %743 = load <8 x float>, <8 x float>* %16, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %712, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %16, align 32
  %745 = add i64 %479, 36
  %746 = getelementptr inbounds float, float* %45, i64 %745
  %747 = load float, float* %746, align 4
  %748 = insertelement <8 x float> undef, float %747, i32 0
  %splat42 = shufflevector <8 x float> %748, <8 x float> undef, <8 x i32> zeroinitializer
  %749 = load <8 x float>, <8 x float>* %21, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %708, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %21, align 32
  %751 = load <8 x float>, <8 x float>* %15, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %712, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %15, align 32
  %753 = add i64 %479, 44
  %754 = getelementptr inbounds float, float* %45, i64 %753
  %755 = load float, float* %754, align 4
  %756 = insertelement <8 x float> undef, float %755, i32 0
  %splat43 = shufflevector <8 x float> %756, <8 x float> undef, <8 x i32> zeroinitializer
  %757 = load <8 x float>, <8 x float>* %20, align 32
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %708, <8 x float> %757)
  store <8 x float> %758, <8 x float>* %20, align 32
  %759 = load <8 x float>, <8 x float>* %14, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %712, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %14, align 32
  %761 = add i64 %480, 40
  %762 = getelementptr inbounds float, float* %4, i64 %761
  %763 = bitcast float* %762 to <8 x float>*
  %764 = load <8 x float>, <8 x float>* %763, align 4
  %765 = add i64 %480, 4136
  %766 = getelementptr inbounds float, float* %4, i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = add i64 %479, 5
  %770 = getelementptr inbounds float, float* %45, i64 %769
  %771 = load float, float* %770, align 4
  %772 = insertelement <8 x float> undef, float %771, i32 0
  %splat44 = shufflevector <8 x float> %772, <8 x float> undef, <8 x i32> zeroinitializer
  %773 = load <8 x float>, <8 x float>* %25, align 32
  %774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %764, <8 x float> %773)
  store <8 x float> %774, <8 x float>* %25, align 32
  %775 = load <8 x float>, <8 x float>* %19, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %768, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %19, align 32
  %777 = add i64 %479, 13
  %778 = getelementptr inbounds float, float* %45, i64 %777
  %779 = load float, float* %778, align 4
  %780 = insertelement <8 x float> undef, float %779, i32 0
  %splat45 = shufflevector <8 x float> %780, <8 x float> undef, <8 x i32> zeroinitializer
  %781 = load <8 x float>, <8 x float>* %24, align 32
  %782 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %764, <8 x float> %781)
  store <8 x float> %782, <8 x float>* %24, align 32
  %783 = load <8 x float>, <8 x float>* %18, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %768, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %18, align 32
  %785 = add i64 %479, 21
  %786 = getelementptr inbounds float, float* %45, i64 %785
  %787 = load float, float* %786, align 4
  %788 = insertelement <8 x float> undef, float %787, i32 0
  %splat46 = shufflevector <8 x float> %788, <8 x float> undef, <8 x i32> zeroinitializer
  %789 = load <8 x float>, <8 x float>* %23, align 32
  %790 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %764, <8 x float> %789)
  store <8 x float> %790, <8 x float>* %23, align 32
  %791 = load <8 x float>, <8 x float>* %17, align 32
  %792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %768, <8 x float> %791)
  store <8 x float> %792, <8 x float>* %17, align 32
  %793 = add i64 %479, 29
  %794 = getelementptr inbounds float, float* %45, i64 %793
  %795 = load float, float* %794, align 4
  %796 = insertelement <8 x float> undef, float %795, i32 0
  %splat47 = shufflevector <8 x float> %796, <8 x float> undef, <8 x i32> zeroinitializer
  %797 = load <8 x float>, <8 x float>* %22, align 32
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %764, <8 x float> %797)
  store <8 x float> %798, <8 x float>* %22, align 32
  %799 = load <8 x float>, <8 x float>* %16, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %768, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %16, align 32
  %801 = add i64 %479, 37
  %802 = getelementptr inbounds float, float* %45, i64 %801
  %803 = load float, float* %802, align 4
  %804 = insertelement <8 x float> undef, float %803, i32 0
  %splat48 = shufflevector <8 x float> %804, <8 x float> undef, <8 x i32> zeroinitializer
  %805 = load <8 x float>, <8 x float>* %21, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %764, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %21, align 32
  %807 = load <8 x float>, <8 x float>* %15, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %768, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %15, align 32
  %809 = add i64 %479, 45
  %810 = getelementptr inbounds float, float* %45, i64 %809
  %811 = load float, float* %810, align 4
  %812 = insertelement <8 x float> undef, float %811, i32 0
  %splat49 = shufflevector <8 x float> %812, <8 x float> undef, <8 x i32> zeroinitializer
  %813 = load <8 x float>, <8 x float>* %20, align 32
  %814 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %764, <8 x float> %813)
  store <8 x float> %814, <8 x float>* %20, align 32
  %815 = load <8 x float>, <8 x float>* %14, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %768, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %14, align 32
  %817 = add i64 %480, 48
  %818 = getelementptr inbounds float, float* %4, i64 %817
  %819 = bitcast float* %818 to <8 x float>*
  %820 = load <8 x float>, <8 x float>* %819, align 4
  %821 = add i64 %480, 4144
  %822 = getelementptr inbounds float, float* %4, i64 %821
  %823 = bitcast float* %822 to <8 x float>*
  %824 = load <8 x float>, <8 x float>* %823, align 4
  %825 = add i64 %479, 6
  %826 = getelementptr inbounds float, float* %45, i64 %825
  %827 = load float, float* %826, align 4
  %828 = insertelement <8 x float> undef, float %827, i32 0
  %splat50 = shufflevector <8 x float> %828, <8 x float> undef, <8 x i32> zeroinitializer
  %829 = load <8 x float>, <8 x float>* %25, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %820, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %25, align 32
  %831 = load <8 x float>, <8 x float>* %19, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %824, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %19, align 32
  %833 = add i64 %479, 14
  %834 = getelementptr inbounds float, float* %45, i64 %833
  %835 = load float, float* %834, align 4
  %836 = insertelement <8 x float> undef, float %835, i32 0
  %splat51 = shufflevector <8 x float> %836, <8 x float> undef, <8 x i32> zeroinitializer
  %837 = load <8 x float>, <8 x float>* %24, align 32
  %838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %820, <8 x float> %837)
  store <8 x float> %838, <8 x float>* %24, align 32
  %839 = load <8 x float>, <8 x float>* %18, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %824, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %18, align 32
  %841 = add i64 %479, 22
  %842 = getelementptr inbounds float, float* %45, i64 %841
  %843 = load float, float* %842, align 4
  %844 = insertelement <8 x float> undef, float %843, i32 0
  %splat52 = shufflevector <8 x float> %844, <8 x float> undef, <8 x i32> zeroinitializer
  %845 = load <8 x float>, <8 x float>* %23, align 32
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %820, <8 x float> %845)
  store <8 x float> %846, <8 x float>* %23, align 32
  %847 = load <8 x float>, <8 x float>* %17, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %824, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %17, align 32
  %849 = add i64 %479, 30
  %850 = getelementptr inbounds float, float* %45, i64 %849
  %851 = load float, float* %850, align 4
  %852 = insertelement <8 x float> undef, float %851, i32 0
  %splat53 = shufflevector <8 x float> %852, <8 x float> undef, <8 x i32> zeroinitializer
  %853 = load <8 x float>, <8 x float>* %22, align 32
  %854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %820, <8 x float> %853)
  store <8 x float> %854, <8 x float>* %22, align 32
  %855 = load <8 x float>, <8 x float>* %16, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %824, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %16, align 32
  %857 = add i64 %479, 38
  %858 = getelementptr inbounds float, float* %45, i64 %857
  %859 = load float, float* %858, align 4
  %860 = insertelement <8 x float> undef, float %859, i32 0
  %splat54 = shufflevector <8 x float> %860, <8 x float> undef, <8 x i32> zeroinitializer
  %861 = load <8 x float>, <8 x float>* %21, align 32
  %862 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %820, <8 x float> %861)
  store <8 x float> %862, <8 x float>* %21, align 32
  %863 = load <8 x float>, <8 x float>* %15, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %824, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %15, align 32
  %865 = add i64 %479, 46
  %866 = getelementptr inbounds float, float* %45, i64 %865
  %867 = load float, float* %866, align 4
  %868 = insertelement <8 x float> undef, float %867, i32 0
  %splat55 = shufflevector <8 x float> %868, <8 x float> undef, <8 x i32> zeroinitializer
  %869 = load <8 x float>, <8 x float>* %20, align 32
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %820, <8 x float> %869)
  store <8 x float> %870, <8 x float>* %20, align 32
  %871 = load <8 x float>, <8 x float>* %14, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %824, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %14, align 32
  %873 = add i64 %480, 56
  %874 = getelementptr inbounds float, float* %4, i64 %873
  %875 = bitcast float* %874 to <8 x float>*
  %876 = load <8 x float>, <8 x float>* %875, align 4
  %877 = add i64 %480, 4152
  %878 = getelementptr inbounds float, float* %4, i64 %877
  %879 = bitcast float* %878 to <8 x float>*
  %880 = load <8 x float>, <8 x float>* %879, align 4
  %881 = add i64 %479, 7
  %882 = getelementptr inbounds float, float* %45, i64 %881
  %883 = load float, float* %882, align 4
  %884 = insertelement <8 x float> undef, float %883, i32 0
  %splat56 = shufflevector <8 x float> %884, <8 x float> undef, <8 x i32> zeroinitializer
  %885 = load <8 x float>, <8 x float>* %25, align 32
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %876, <8 x float> %885)
  store <8 x float> %886, <8 x float>* %25, align 32
  %887 = load <8 x float>, <8 x float>* %19, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %880, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %19, align 32
  %889 = add i64 %479, 15
  %890 = getelementptr inbounds float, float* %45, i64 %889
  %891 = load float, float* %890, align 4
  %892 = insertelement <8 x float> undef, float %891, i32 0
  %splat57 = shufflevector <8 x float> %892, <8 x float> undef, <8 x i32> zeroinitializer
  %893 = load <8 x float>, <8 x float>* %24, align 32
  %894 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %876, <8 x float> %893)
  store <8 x float> %894, <8 x float>* %24, align 32
  %895 = load <8 x float>, <8 x float>* %18, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %880, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %18, align 32
  %897 = add i64 %479, 23
  %898 = getelementptr inbounds float, float* %45, i64 %897
  %899 = load float, float* %898, align 4
  %900 = insertelement <8 x float> undef, float %899, i32 0
  %splat58 = shufflevector <8 x float> %900, <8 x float> undef, <8 x i32> zeroinitializer
  %901 = load <8 x float>, <8 x float>* %23, align 32
  %902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %876, <8 x float> %901)
  store <8 x float> %902, <8 x float>* %23, align 32
  %903 = load <8 x float>, <8 x float>* %17, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %880, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %17, align 32
  %905 = add i64 %479, 31
  %906 = getelementptr inbounds float, float* %45, i64 %905
  %907 = load float, float* %906, align 4
  %908 = insertelement <8 x float> undef, float %907, i32 0
  %splat59 = shufflevector <8 x float> %908, <8 x float> undef, <8 x i32> zeroinitializer
  %909 = load <8 x float>, <8 x float>* %22, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %876, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %22, align 32
  %911 = load <8 x float>, <8 x float>* %16, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %880, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %16, align 32
  %913 = add i64 %479, 39
  %914 = getelementptr inbounds float, float* %45, i64 %913
  %915 = load float, float* %914, align 4
  %916 = insertelement <8 x float> undef, float %915, i32 0
  %splat60 = shufflevector <8 x float> %916, <8 x float> undef, <8 x i32> zeroinitializer
  %917 = load <8 x float>, <8 x float>* %21, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %876, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %21, align 32
  %919 = load <8 x float>, <8 x float>* %15, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %880, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %15, align 32
  %921 = add i64 %479, 47
  %922 = getelementptr inbounds float, float* %45, i64 %921
  %923 = load float, float* %922, align 4
  %924 = insertelement <8 x float> undef, float %923, i32 0
  %splat61 = shufflevector <8 x float> %924, <8 x float> undef, <8 x i32> zeroinitializer
  %925 = load <8 x float>, <8 x float>* %20, align 32
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %876, <8 x float> %925)
  store <8 x float> %926, <8 x float>* %20, align 32
  %927 = load <8 x float>, <8 x float>* %14, align 32
  %928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %880, <8 x float> %927)
  store <8 x float> %928, <8 x float>* %14, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %929 = load <8 x float>, <8 x float>* %25, align 32
  %930 = fcmp olt <8 x float> %929, zeroinitializer
  %931 = select <8 x i1> %930, <8 x float> zeroinitializer, <8 x float> %929
  %932 = getelementptr inbounds float, float* %0, i64 %390
  %933 = bitcast float* %932 to <8 x float>*
  store <8 x float> %931, <8 x float>* %933, align 4
  %934 = load <8 x float>, <8 x float>* %24, align 32
  %935 = fcmp olt <8 x float> %934, zeroinitializer
  %936 = select <8 x i1> %935, <8 x float> zeroinitializer, <8 x float> %934
  %937 = getelementptr inbounds float, float* %0, i64 %393
  %938 = bitcast float* %937 to <8 x float>*
  store <8 x float> %936, <8 x float>* %938, align 4
  %939 = load <8 x float>, <8 x float>* %23, align 32
  %940 = fcmp olt <8 x float> %939, zeroinitializer
  %941 = select <8 x i1> %940, <8 x float> zeroinitializer, <8 x float> %939
  %942 = getelementptr inbounds float, float* %0, i64 %396
  %943 = bitcast float* %942 to <8 x float>*
  store <8 x float> %941, <8 x float>* %943, align 4
  %944 = load <8 x float>, <8 x float>* %22, align 32
  %945 = fcmp olt <8 x float> %944, zeroinitializer
  %946 = select <8 x i1> %945, <8 x float> zeroinitializer, <8 x float> %944
  %947 = getelementptr inbounds float, float* %0, i64 %399
  %948 = bitcast float* %947 to <8 x float>*
  store <8 x float> %946, <8 x float>* %948, align 4
  %949 = load <8 x float>, <8 x float>* %21, align 32
  %950 = fcmp olt <8 x float> %949, zeroinitializer
  %951 = select <8 x i1> %950, <8 x float> zeroinitializer, <8 x float> %949
  %952 = getelementptr inbounds float, float* %0, i64 %402
  %953 = bitcast float* %952 to <8 x float>*
  store <8 x float> %951, <8 x float>* %953, align 4
  %954 = load <8 x float>, <8 x float>* %20, align 32
  %955 = fcmp olt <8 x float> %954, zeroinitializer
  %956 = select <8 x i1> %955, <8 x float> zeroinitializer, <8 x float> %954
  %957 = getelementptr inbounds float, float* %0, i64 %405
  %958 = bitcast float* %957 to <8 x float>*
  store <8 x float> %956, <8 x float>* %958, align 4
  %959 = load <8 x float>, <8 x float>* %19, align 32
  %960 = fcmp olt <8 x float> %959, zeroinitializer
  %961 = select <8 x i1> %960, <8 x float> zeroinitializer, <8 x float> %959
  %962 = getelementptr inbounds float, float* %0, i64 %412
  %963 = bitcast float* %962 to <8 x float>*
  store <8 x float> %961, <8 x float>* %963, align 4
  %964 = load <8 x float>, <8 x float>* %18, align 32
  %965 = fcmp olt <8 x float> %964, zeroinitializer
  %966 = select <8 x i1> %965, <8 x float> zeroinitializer, <8 x float> %964
  %967 = getelementptr inbounds float, float* %0, i64 %415
  %968 = bitcast float* %967 to <8 x float>*
  store <8 x float> %966, <8 x float>* %968, align 4
  %969 = load <8 x float>, <8 x float>* %17, align 32
  %970 = fcmp olt <8 x float> %969, zeroinitializer
  %971 = select <8 x i1> %970, <8 x float> zeroinitializer, <8 x float> %969
  %972 = getelementptr inbounds float, float* %0, i64 %418
  %973 = bitcast float* %972 to <8 x float>*
  store <8 x float> %971, <8 x float>* %973, align 4
  %974 = load <8 x float>, <8 x float>* %16, align 32
  %975 = fcmp olt <8 x float> %974, zeroinitializer
  %976 = select <8 x i1> %975, <8 x float> zeroinitializer, <8 x float> %974
  %977 = getelementptr inbounds float, float* %0, i64 %421
  %978 = bitcast float* %977 to <8 x float>*
  store <8 x float> %976, <8 x float>* %978, align 4
  %979 = load <8 x float>, <8 x float>* %15, align 32
  %980 = fcmp olt <8 x float> %979, zeroinitializer
  %981 = select <8 x i1> %980, <8 x float> zeroinitializer, <8 x float> %979
  %982 = getelementptr inbounds float, float* %0, i64 %424
  %983 = bitcast float* %982 to <8 x float>*
  store <8 x float> %981, <8 x float>* %983, align 4
  %984 = load <8 x float>, <8 x float>* %14, align 32
  %985 = fcmp olt <8 x float> %984, zeroinitializer
  %986 = select <8 x i1> %985, <8 x float> zeroinitializer, <8 x float> %984
  %987 = getelementptr inbounds float, float* %0, i64 %427
  %988 = bitcast float* %987 to <8 x float>*
  store <8 x float> %986, <8 x float>* %988, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header62:                                       ; preds = %u.body63, %x.exit
  %u65 = phi i64 [ 0, %x.exit ], [ %u.next82, %u.body63 ]
  %989 = icmp slt i64 %u65, 64
  br i1 %989, label %u.body63, label %u.exit64

u.body63:                                         ; preds = %u.header62
  %990 = add i64 0, %u65
  %991 = mul i64 %990, 784
  %992 = add i64 768, %991
  %993 = mul i64 %990, 64
  %994 = add i64 %381, %993
  %995 = add i64 %992, 0
  %996 = add i64 %995, 0
  %997 = add i64 %994, 0
  %998 = add i64 %997, 0
  %999 = getelementptr inbounds float, float* %4, i64 %998
  %1000 = bitcast float* %999 to <8 x float>*
  %1001 = load <8 x float>, <8 x float>* %1000, align 4
  %1002 = add i64 %997, 4096
  %1003 = getelementptr inbounds float, float* %4, i64 %1002
  %1004 = bitcast float* %1003 to <8 x float>*
  %1005 = load <8 x float>, <8 x float>* %1004, align 4
  %1006 = add i64 %996, 0
  %1007 = getelementptr inbounds float, float* %45, i64 %1006
  %1008 = load float, float* %1007, align 4
  %1009 = insertelement <8 x float> undef, float %1008, i32 0
  %splat66 = shufflevector <8 x float> %1009, <8 x float> undef, <8 x i32> zeroinitializer
  %1010 = load <8 x float>, <8 x float>* %13, align 32
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1001, <8 x float> %1010)
  store <8 x float> %1011, <8 x float>* %13, align 32
  %1012 = load <8 x float>, <8 x float>* %11, align 32
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1005, <8 x float> %1012)
  store <8 x float> %1013, <8 x float>* %11, align 32
  %1014 = add i64 %996, 8
  %1015 = getelementptr inbounds float, float* %45, i64 %1014
  %1016 = load float, float* %1015, align 4
  %1017 = insertelement <8 x float> undef, float %1016, i32 0
  %splat67 = shufflevector <8 x float> %1017, <8 x float> undef, <8 x i32> zeroinitializer
  %1018 = load <8 x float>, <8 x float>* %12, align 32
  %1019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1001, <8 x float> %1018)
  store <8 x float> %1019, <8 x float>* %12, align 32
  %1020 = load <8 x float>, <8 x float>* %10, align 32
  %1021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1005, <8 x float> %1020)
  store <8 x float> %1021, <8 x float>* %10, align 32
  %1022 = add i64 %997, 8
  %1023 = getelementptr inbounds float, float* %4, i64 %1022
  %1024 = bitcast float* %1023 to <8 x float>*
  %1025 = load <8 x float>, <8 x float>* %1024, align 4
  %1026 = add i64 %997, 4104
  %1027 = getelementptr inbounds float, float* %4, i64 %1026
  %1028 = bitcast float* %1027 to <8 x float>*
  %1029 = load <8 x float>, <8 x float>* %1028, align 4
  %1030 = add i64 %996, 1
  %1031 = getelementptr inbounds float, float* %45, i64 %1030
  %1032 = load float, float* %1031, align 4
  %1033 = insertelement <8 x float> undef, float %1032, i32 0
  %splat68 = shufflevector <8 x float> %1033, <8 x float> undef, <8 x i32> zeroinitializer
  %1034 = load <8 x float>, <8 x float>* %13, align 32
  %1035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1025, <8 x float> %1034)
  store <8 x float> %1035, <8 x float>* %13, align 32
  %1036 = load <8 x float>, <8 x float>* %11, align 32
  %1037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1029, <8 x float> %1036)
  store <8 x float> %1037, <8 x float>* %11, align 32
  %1038 = add i64 %996, 9
  %1039 = getelementptr inbounds float, float* %45, i64 %1038
  %1040 = load float, float* %1039, align 4
  %1041 = insertelement <8 x float> undef, float %1040, i32 0
  %splat69 = shufflevector <8 x float> %1041, <8 x float> undef, <8 x i32> zeroinitializer
  %1042 = load <8 x float>, <8 x float>* %12, align 32
  %1043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1025, <8 x float> %1042)
  store <8 x float> %1043, <8 x float>* %12, align 32
  %1044 = load <8 x float>, <8 x float>* %10, align 32
  %1045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1029, <8 x float> %1044)
  store <8 x float> %1045, <8 x float>* %10, align 32
  %1046 = add i64 %997, 16
  %1047 = getelementptr inbounds float, float* %4, i64 %1046
  %1048 = bitcast float* %1047 to <8 x float>*
  %1049 = load <8 x float>, <8 x float>* %1048, align 4
  %1050 = add i64 %997, 4112
  %1051 = getelementptr inbounds float, float* %4, i64 %1050
  %1052 = bitcast float* %1051 to <8 x float>*
  %1053 = load <8 x float>, <8 x float>* %1052, align 4
  %1054 = add i64 %996, 2
  %1055 = getelementptr inbounds float, float* %45, i64 %1054
  %1056 = load float, float* %1055, align 4
  %1057 = insertelement <8 x float> undef, float %1056, i32 0
  %splat70 = shufflevector <8 x float> %1057, <8 x float> undef, <8 x i32> zeroinitializer
  %1058 = load <8 x float>, <8 x float>* %13, align 32
  %1059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1049, <8 x float> %1058)
  store <8 x float> %1059, <8 x float>* %13, align 32
  %1060 = load <8 x float>, <8 x float>* %11, align 32
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1053, <8 x float> %1060)
  store <8 x float> %1061, <8 x float>* %11, align 32
  %1062 = add i64 %996, 10
  %1063 = getelementptr inbounds float, float* %45, i64 %1062
  %1064 = load float, float* %1063, align 4
  %1065 = insertelement <8 x float> undef, float %1064, i32 0
  %splat71 = shufflevector <8 x float> %1065, <8 x float> undef, <8 x i32> zeroinitializer
  %1066 = load <8 x float>, <8 x float>* %12, align 32
  %1067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1049, <8 x float> %1066)
  store <8 x float> %1067, <8 x float>* %12, align 32
  %1068 = load <8 x float>, <8 x float>* %10, align 32
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1053, <8 x float> %1068)
  store <8 x float> %1069, <8 x float>* %10, align 32
  %1070 = add i64 %997, 24
  %1071 = getelementptr inbounds float, float* %4, i64 %1070
  %1072 = bitcast float* %1071 to <8 x float>*
  %1073 = load <8 x float>, <8 x float>* %1072, align 4
  %1074 = add i64 %997, 4120
  %1075 = getelementptr inbounds float, float* %4, i64 %1074
  %1076 = bitcast float* %1075 to <8 x float>*
  %1077 = load <8 x float>, <8 x float>* %1076, align 4
  %1078 = add i64 %996, 3
  %1079 = getelementptr inbounds float, float* %45, i64 %1078
  %1080 = load float, float* %1079, align 4
  %1081 = insertelement <8 x float> undef, float %1080, i32 0
  %splat72 = shufflevector <8 x float> %1081, <8 x float> undef, <8 x i32> zeroinitializer
  %1082 = load <8 x float>, <8 x float>* %13, align 32
  %1083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1073, <8 x float> %1082)
  store <8 x float> %1083, <8 x float>* %13, align 32
  %1084 = load <8 x float>, <8 x float>* %11, align 32
  %1085 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1077, <8 x float> %1084)
  store <8 x float> %1085, <8 x float>* %11, align 32
  %1086 = add i64 %996, 11
  %1087 = getelementptr inbounds float, float* %45, i64 %1086
  %1088 = load float, float* %1087, align 4
  %1089 = insertelement <8 x float> undef, float %1088, i32 0
  %splat73 = shufflevector <8 x float> %1089, <8 x float> undef, <8 x i32> zeroinitializer
  %1090 = load <8 x float>, <8 x float>* %12, align 32
  %1091 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1073, <8 x float> %1090)
  store <8 x float> %1091, <8 x float>* %12, align 32
  %1092 = load <8 x float>, <8 x float>* %10, align 32
  %1093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1077, <8 x float> %1092)
  store <8 x float> %1093, <8 x float>* %10, align 32
  %1094 = add i64 %997, 32
  %1095 = getelementptr inbounds float, float* %4, i64 %1094
  %1096 = bitcast float* %1095 to <8 x float>*
  %1097 = load <8 x float>, <8 x float>* %1096, align 4
  %1098 = add i64 %997, 4128
  %1099 = getelementptr inbounds float, float* %4, i64 %1098
  %1100 = bitcast float* %1099 to <8 x float>*
  %1101 = load <8 x float>, <8 x float>* %1100, align 4
  %1102 = add i64 %996, 4
  %1103 = getelementptr inbounds float, float* %45, i64 %1102
  %1104 = load float, float* %1103, align 4
  %1105 = insertelement <8 x float> undef, float %1104, i32 0
  %splat74 = shufflevector <8 x float> %1105, <8 x float> undef, <8 x i32> zeroinitializer
  %1106 = load <8 x float>, <8 x float>* %13, align 32
  %1107 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1097, <8 x float> %1106)
  store <8 x float> %1107, <8 x float>* %13, align 32
  %1108 = load <8 x float>, <8 x float>* %11, align 32
  %1109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1101, <8 x float> %1108)
  store <8 x float> %1109, <8 x float>* %11, align 32
  %1110 = add i64 %996, 12
  %1111 = getelementptr inbounds float, float* %45, i64 %1110
  %1112 = load float, float* %1111, align 4
  %1113 = insertelement <8 x float> undef, float %1112, i32 0
  %splat75 = shufflevector <8 x float> %1113, <8 x float> undef, <8 x i32> zeroinitializer
  %1114 = load <8 x float>, <8 x float>* %12, align 32
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1097, <8 x float> %1114)
  store <8 x float> %1115, <8 x float>* %12, align 32
  %1116 = load <8 x float>, <8 x float>* %10, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1101, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %10, align 32
  %1118 = add i64 %997, 40
  %1119 = getelementptr inbounds float, float* %4, i64 %1118
  %1120 = bitcast float* %1119 to <8 x float>*
  %1121 = load <8 x float>, <8 x float>* %1120, align 4
  %1122 = add i64 %997, 4136
  %1123 = getelementptr inbounds float, float* %4, i64 %1122
  %1124 = bitcast float* %1123 to <8 x float>*
  %1125 = load <8 x float>, <8 x float>* %1124, align 4
  %1126 = add i64 %996, 5
  %1127 = getelementptr inbounds float, float* %45, i64 %1126
  %1128 = load float, float* %1127, align 4
  %1129 = insertelement <8 x float> undef, float %1128, i32 0
  %splat76 = shufflevector <8 x float> %1129, <8 x float> undef, <8 x i32> zeroinitializer
  %1130 = load <8 x float>, <8 x float>* %13, align 32
  %1131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1121, <8 x float> %1130)
  store <8 x float> %1131, <8 x float>* %13, align 32
  %1132 = load <8 x float>, <8 x float>* %11, align 32
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1125, <8 x float> %1132)
  store <8 x float> %1133, <8 x float>* %11, align 32
  %1134 = add i64 %996, 13
  %1135 = getelementptr inbounds float, float* %45, i64 %1134
  %1136 = load float, float* %1135, align 4
  %1137 = insertelement <8 x float> undef, float %1136, i32 0
  %splat77 = shufflevector <8 x float> %1137, <8 x float> undef, <8 x i32> zeroinitializer
  %1138 = load <8 x float>, <8 x float>* %12, align 32
  %1139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1121, <8 x float> %1138)
  store <8 x float> %1139, <8 x float>* %12, align 32
  %1140 = load <8 x float>, <8 x float>* %10, align 32
  %1141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1125, <8 x float> %1140)
  store <8 x float> %1141, <8 x float>* %10, align 32
  %1142 = add i64 %997, 48
  %1143 = getelementptr inbounds float, float* %4, i64 %1142
  %1144 = bitcast float* %1143 to <8 x float>*
  %1145 = load <8 x float>, <8 x float>* %1144, align 4
  %1146 = add i64 %997, 4144
  %1147 = getelementptr inbounds float, float* %4, i64 %1146
  %1148 = bitcast float* %1147 to <8 x float>*
  %1149 = load <8 x float>, <8 x float>* %1148, align 4
  %1150 = add i64 %996, 6
  %1151 = getelementptr inbounds float, float* %45, i64 %1150
  %1152 = load float, float* %1151, align 4
  %1153 = insertelement <8 x float> undef, float %1152, i32 0
  %splat78 = shufflevector <8 x float> %1153, <8 x float> undef, <8 x i32> zeroinitializer
  %1154 = load <8 x float>, <8 x float>* %13, align 32
  %1155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1145, <8 x float> %1154)
  store <8 x float> %1155, <8 x float>* %13, align 32
  %1156 = load <8 x float>, <8 x float>* %11, align 32
  %1157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1149, <8 x float> %1156)
  store <8 x float> %1157, <8 x float>* %11, align 32
  %1158 = add i64 %996, 14
  %1159 = getelementptr inbounds float, float* %45, i64 %1158
  %1160 = load float, float* %1159, align 4
  %1161 = insertelement <8 x float> undef, float %1160, i32 0
  %splat79 = shufflevector <8 x float> %1161, <8 x float> undef, <8 x i32> zeroinitializer
  %1162 = load <8 x float>, <8 x float>* %12, align 32
  %1163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1145, <8 x float> %1162)
  store <8 x float> %1163, <8 x float>* %12, align 32
  %1164 = load <8 x float>, <8 x float>* %10, align 32
  %1165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1149, <8 x float> %1164)
  store <8 x float> %1165, <8 x float>* %10, align 32
  %1166 = add i64 %997, 56
  %1167 = getelementptr inbounds float, float* %4, i64 %1166
  %1168 = bitcast float* %1167 to <8 x float>*
  %1169 = load <8 x float>, <8 x float>* %1168, align 4
  %1170 = add i64 %997, 4152
  %1171 = getelementptr inbounds float, float* %4, i64 %1170
  %1172 = bitcast float* %1171 to <8 x float>*
  %1173 = load <8 x float>, <8 x float>* %1172, align 4
  %1174 = add i64 %996, 7
  %1175 = getelementptr inbounds float, float* %45, i64 %1174
  %1176 = load float, float* %1175, align 4
  %1177 = insertelement <8 x float> undef, float %1176, i32 0
  %splat80 = shufflevector <8 x float> %1177, <8 x float> undef, <8 x i32> zeroinitializer
  %1178 = load <8 x float>, <8 x float>* %13, align 32
  %1179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1169, <8 x float> %1178)
  store <8 x float> %1179, <8 x float>* %13, align 32
  %1180 = load <8 x float>, <8 x float>* %11, align 32
  %1181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1173, <8 x float> %1180)
  store <8 x float> %1181, <8 x float>* %11, align 32
  %1182 = add i64 %996, 15
  %1183 = getelementptr inbounds float, float* %45, i64 %1182
  %1184 = load float, float* %1183, align 4
  %1185 = insertelement <8 x float> undef, float %1184, i32 0
  %splat81 = shufflevector <8 x float> %1185, <8 x float> undef, <8 x i32> zeroinitializer
  %1186 = load <8 x float>, <8 x float>* %12, align 32
  %1187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1169, <8 x float> %1186)
  store <8 x float> %1187, <8 x float>* %12, align 32
  %1188 = load <8 x float>, <8 x float>* %10, align 32
  %1189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1173, <8 x float> %1188)
  store <8 x float> %1189, <8 x float>* %10, align 32
  %u.next82 = add i64 %u65, 1
  br label %u.header62

u.exit64:                                         ; preds = %u.header62
  %1190 = load <8 x float>, <8 x float>* %13, align 32
  %1191 = fcmp olt <8 x float> %1190, zeroinitializer
  %1192 = select <8 x i1> %1191, <8 x float> zeroinitializer, <8 x float> %1190
  %1193 = getelementptr inbounds float, float* %0, i64 %448
  %1194 = bitcast float* %1193 to <8 x float>*
  store <8 x float> %1192, <8 x float>* %1194, align 4
  %1195 = load <8 x float>, <8 x float>* %12, align 32
  %1196 = fcmp olt <8 x float> %1195, zeroinitializer
  %1197 = select <8 x i1> %1196, <8 x float> zeroinitializer, <8 x float> %1195
  %1198 = getelementptr inbounds float, float* %0, i64 %451
  %1199 = bitcast float* %1198 to <8 x float>*
  store <8 x float> %1197, <8 x float>* %1199, align 4
  %1200 = load <8 x float>, <8 x float>* %11, align 32
  %1201 = fcmp olt <8 x float> %1200, zeroinitializer
  %1202 = select <8 x i1> %1201, <8 x float> zeroinitializer, <8 x float> %1200
  %1203 = getelementptr inbounds float, float* %0, i64 %458
  %1204 = bitcast float* %1203 to <8 x float>*
  store <8 x float> %1202, <8 x float>* %1204, align 4
  %1205 = load <8 x float>, <8 x float>* %10, align 32
  %1206 = fcmp olt <8 x float> %1205, zeroinitializer
  %1207 = select <8 x i1> %1206, <8 x float> zeroinitializer, <8 x float> %1205
  %1208 = getelementptr inbounds float, float* %0, i64 %461
  %1209 = bitcast float* %1208 to <8 x float>*
  store <8 x float> %1207, <8 x float>* %1209, align 4
  %block.group.next = add i64 %block.group, 1
  br label %block.group.header
}

; Function Attrs: noinline nounwind
define internal void @node7.conv2d_8.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = getelementptr inbounds i8*, i8** %1, i64 6
  %21 = load i8*, i8** %20, align 8
  %22 = bitcast i8* %21 to float*
  %23 = getelementptr inbounds i8*, i8** %1, i64 7
  %24 = load i8*, i8** %23, align 8
  %25 = bitcast i8* %24 to float*
  %26 = call i32 @omp_get_thread_num()
  %27 = sext i32 %26 to i64
  %28 = call i32 @omp_get_num_threads()
  %29 = sext i32 %28 to i64
  %30 = sub i64 %29, 1
  %31 = add i64 2, %30
  %32 = sdiv i64 %31, %29
  %33 = mul i64 %27, %32
  %34 = icmp slt i64 %33, 2
  %35 = select i1 %34, i64 %33, i64 2
  %36 = add i64 %35, %32
  %37 = icmp slt i64 %36, 2
  %38 = select i1 %37, i64 %36, i64 2
  call void @node7.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %35, i64 %38)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv2d_13.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, float* %6, float* %7, i64 %8, i64 %9) #0 {
entry:
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %band = alloca [25088 x float], align 64
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %8, %entry ], [ %task.next, %block.group.exit ]
  %31 = icmp slt i64 %task, %9
  br i1 %31, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %32 = srem i64 %task, 2
  %33 = sdiv i64 %task, 2
  %34 = srem i64 %33, 1
  %35 = sdiv i64 %task, 2
  %36 = bitcast [25088 x float]* %band to float*
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %37 = icmp slt i64 %channel.block, 64
  br i1 %37, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %38 = mul i64 %35, 64
  %39 = add i64 %38, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %40 = mul i64 %32, 32
  %41 = add i64 %40, 32
  %42 = icmp slt i64 %41, 64
  %43 = select i1 %42, i64 %41, i64 64
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit ]
  %44 = icmp slt i64 %band.row, 7
  br i1 %44, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %45 = mul i64 %34, 7
  %46 = add i64 %45, %band.row
  %47 = mul i64 %channel.block, 7
  %48 = add i64 %47, %band.row
  %49 = mul i64 %48, 56
  %50 = srem i64 %39, 64
  %51 = mul i64 %39, 1568
  %52 = mul i64 %46, 2
  %53 = sub i64 %52, 1
  %54 = mul i64 %50, 8
  %55 = getelementptr inbounds float, float* %7, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  store <8 x float> %57, <8 x float>* %30, align 32
  store <8 x float> %57, <8 x float>* %29, align 32
  store <8 x float> %57, <8 x float>* %28, align 32
  store <8 x float> %57, <8 x float>* %27, align 32
  store <8 x float> %57, <8 x float>* %26, align 32
  store <8 x float> %57, <8 x float>* %25, align 32
  store <8 x float> %57, <8 x float>* %24, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !16

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %58 = icmp slt i64 %kh, 3
  br i1 %58, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %59 = mul i64 %kh, 1
  %60 = add i64 %53, %59
  %61 = icmp sge i64 %60, 0
  %62 = icmp slt i64 %60, 14
  %63 = and i1 %61, %62
  br i1 %63, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %64 = add i64 %49, 0
  %65 = load <8 x float>, <8 x float>* %30, align 32
  %66 = fcmp olt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> zeroinitializer, <8 x float> %65
  %68 = getelementptr inbounds float, float* %36, i64 %64
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add i64 %49, 8
  %71 = load <8 x float>, <8 x float>* %29, align 32
  %72 = fcmp olt <8 x float> %71, zeroinitializer
  %73 = select <8 x i1> %72, <8 x float> zeroinitializer, <8 x float> %71
  %74 = getelementptr inbounds float, float* %36, i64 %70
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %73, <8 x float>* %75, align 4
  %76 = add i64 %49, 16
  %77 = load <8 x float>, <8 x float>* %28, align 32
  %78 = fcmp olt <8 x float> %77, zeroinitializer
  %79 = select <8 x i1> %78, <8 x float> zeroinitializer, <8 x float> %77
  %80 = getelementptr inbounds float, float* %36, i64 %76
  %81 = bitcast float* %80 to <8 x float>*
  store <8 x float> %79, <8 x float>* %81, align 4
  %82 = add i64 %49, 24
  %83 = load <8 x float>, <8 x float>* %27, align 32
  %84 = fcmp olt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> zeroinitializer, <8 x float> %83
  %86 = getelementptr inbounds float, float* %36, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %49, 32
  %89 = load <8 x float>, <8 x float>* %26, align 32
  %90 = fcmp olt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> zeroinitializer, <8 x float> %89
  %92 = getelementptr inbounds float, float* %36, i64 %88
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %91, <8 x float>* %93, align 4
  %94 = add i64 %49, 40
  %95 = load <8 x float>, <8 x float>* %25, align 32
  %96 = fcmp olt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> zeroinitializer, <8 x float> %95
  %98 = getelementptr inbounds float, float* %36, i64 %94
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %97, <8 x float>* %99, align 4
  %100 = add i64 %49, 48
  %101 = load <8 x float>, <8 x float>* %24, align 32
  %102 = fcmp olt <8 x float> %101, zeroinitializer
  %103 = select <8 x i1> %102, <8 x float> zeroinitializer, <8 x float> %101
  %104 = getelementptr inbounds float, float* %36, i64 %100
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %103, <8 x float>* %105, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !17

then:                                             ; preds = %kh.body
  %106 = mul i64 %60, 112
  %107 = add i64 %51, %106
  %108 = mul i64 %50, 3
  %109 = add i64 %108, %kh
  %110 = mul i64 %109, 24
  %111 = add i64 %110, 0
  %112 = getelementptr inbounds float, float* %6, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %110, 8
  %116 = getelementptr inbounds float, float* %6, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %110, 16
  %120 = getelementptr inbounds float, float* %6, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %107, -8
  %124 = add i64 %123, 8
  %125 = getelementptr inbounds float, float* %1, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = load <8 x float>, <8 x float>* %30, align 32
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %127, <8 x float> %118, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %30, align 32
  %130 = add i64 %123, 16
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = load <8 x float>, <8 x float>* %30, align 32
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %133, <8 x float> %122, <8 x float> %134)
  store <8 x float> %135, <8 x float>* %30, align 32
  %136 = load <8 x float>, <8 x float>* %29, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %133, <8 x float> %114, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %29, align 32
  %138 = add i64 %123, 24
  %139 = getelementptr inbounds float, float* %1, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = load <8 x float>, <8 x float>* %140, align 4
  %142 = load <8 x float>, <8 x float>* %29, align 32
  %143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %141, <8 x float> %118, <8 x float> %142)
  store <8 x float> %143, <8 x float>* %29, align 32
  %144 = add i64 %123, 32
  %145 = getelementptr inbounds float, float* %1, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = load <8 x float>, <8 x float>* %29, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %147, <8 x float> %122, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %29, align 32
  %150 = load <8 x float>, <8 x float>* %28, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %147, <8 x float> %114, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %28, align 32
  %152 = add i64 %123, 40
  %153 = getelementptr inbounds float, float* %1, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = load <8 x float>, <8 x float>* %28, align 32
  %157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %118, <8 x float> %156)
  store <8 x float> %157, <8 x float>* %28, align 32
  %158 = add i64 %123, 48
  %159 = getelementptr inbounds float, float* %1, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = load <8 x float>, <8 x float>* %28, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %122, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %28, align 32
  %164 = load <8 x float>, <8 x float>* %27, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %114, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %27, align 32
  %166 = add i64 %123, 56
  %167 = getelementptr inbounds float, float* %1, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = load <8 x float>, <8 x float>* %27, align 32
  %171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %118, <8 x float> %170)
  store <8 x float> %171, <8 x float>* %27, align 32
  %172 = add i64 %123, 64
  %173 = getelementptr inbounds float, float* %1, i64 %172
  %174 = bitcast float* %173 to <8 x float>*
  %175 = load <8 x float>, <8 x float>* %174, align 4
  %176 = load <8 x float>, <8 x float>* %27, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> %122, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %27, align 32
  %178 = load <8 x float>, <8 x float>* %26, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> %114, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %26, align 32
  %180 = add i64 %123, 72
  %181 = getelementptr inbounds float, float* %1, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  %183 = load <8 x float>, <8 x float>* %182, align 4
  %184 = load <8 x float>, <8 x float>* %26, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %183, <8 x float> %118, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %26, align 32
  %186 = add i64 %123, 80
  %187 = getelementptr inbounds float, float* %1, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = load <8 x float>, <8 x float>* %26, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %189, <8 x float> %122, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %26, align 32
  %192 = load <8 x float>, <8 x float>* %25, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %189, <8 x float> %114, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %25, align 32
  %194 = add i64 %123, 88
  %195 = getelementptr inbounds float, float* %1, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = load <8 x float>, <8 x float>* %25, align 32
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %197, <8 x float> %118, <8 x float> %198)
  store <8 x float> %199, <8 x float>* %25, align 32
  %200 = add i64 %123, 96
  %201 = getelementptr inbounds float, float* %1, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = load <8 x float>, <8 x float>* %25, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %203, <8 x float> %122, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %25, align 32
  %206 = load <8 x float>, <8 x float>* %24, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %203, <8 x float> %114, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %24, align 32
  %208 = add i64 %123, 104
  %209 = getelementptr inbounds float, float* %1, i64 %208
  %210 = bitcast float* %209 to <8 x float>*
  %211 = load <8 x float>, <8 x float>* %210, align 4
  %212 = load <8 x float>, <8 x float>* %24, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> %118, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %24, align 32
  %214 = add i64 %123, 112
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  %217 = load <8 x float>, <8 x float>* %216, align 4
  %218 = load <8 x float>, <8 x float>* %24, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %217, <8 x float> %122, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %24, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

block.group.header:                               ; preds = %u.exit50, %channel.block.exit
  %block.group = phi i64 [ %40, %channel.block.exit ], [ %block.group.next, %u.exit50 ]
  %220 = icmp slt i64 %block.group, %43
  br i1 %220, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %221 = mul i64 %block.group, 2
  %222 = add i64 0, %221
  %223 = mul i64 %34, 49
  %224 = mul i64 %block.group, 2
  %225 = add i64 0, %224
  %226 = mul i64 %225, 4096
  br label %x.header

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %block.group.body
  %x = phi i64 [ 0, %block.group.body ], [ %x.next, %u.exit ]
  %227 = icmp slt i64 %x, 48
  br i1 %227, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %228 = add i64 %223, %x
  %229 = mul i64 %35, 128
  %230 = add i64 %229, %222
  %231 = add i64 %230, 0
  %232 = mul i64 %231, 392
  %233 = add i64 %228, 0
  %234 = mul i64 %233, 8
  %235 = add i64 %232, %234
  %236 = add i64 %228, 1
  %237 = mul i64 %236, 8
  %238 = add i64 %232, %237
  %239 = add i64 %228, 2
  %240 = mul i64 %239, 8
  %241 = add i64 %232, %240
  %242 = add i64 %228, 3
  %243 = mul i64 %242, 8
  %244 = add i64 %232, %243
  %245 = add i64 %228, 4
  %246 = mul i64 %245, 8
  %247 = add i64 %232, %246
  %248 = add i64 %228, 5
  %249 = mul i64 %248, 8
  %250 = add i64 %232, %249
  %251 = mul i64 %35, 128
  %252 = add i64 %251, %222
  %253 = add i64 %252, 1
  %254 = mul i64 %253, 392
  %255 = add i64 %228, 0
  %256 = mul i64 %255, 8
  %257 = add i64 %254, %256
  %258 = add i64 %228, 1
  %259 = mul i64 %258, 8
  %260 = add i64 %254, %259
  %261 = add i64 %228, 2
  %262 = mul i64 %261, 8
  %263 = add i64 %254, %262
  %264 = add i64 %228, 3
  %265 = mul i64 %264, 8
  %266 = add i64 %254, %265
  %267 = add i64 %228, 4
  %268 = mul i64 %267, 8
  %269 = add i64 %254, %268
  %270 = add i64 %228, 5
  %271 = mul i64 %270, 8
  %272 = add i64 %254, %271
  %273 = add i64 %225, 0
  %274 = mul i64 %273, 8
  %275 = getelementptr inbounds float, float* %5, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  %277 = load <8 x float>, <8 x float>* %276, align 4
  %278 = add i64 %225, 1
  %279 = mul i64 %278, 8
  %280 = getelementptr inbounds float, float* %5, i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  %282 = load <8 x float>, <8 x float>* %281, align 4
  store <8 x float> %277, <8 x float>* %23, align 32
  store <8 x float> %277, <8 x float>* %22, align 32
  store <8 x float> %277, <8 x float>* %21, align 32
  store <8 x float> %277, <8 x float>* %20, align 32
  store <8 x float> %277, <8 x float>* %19, align 32
  store <8 x float> %277, <8 x float>* %18, align 32
  store <8 x float> %282, <8 x float>* %17, align 32
  store <8 x float> %282, <8 x float>* %16, align 32
  store <8 x float> %282, <8 x float>* %15, align 32
  store <8 x float> %282, <8 x float>* %14, align 32
  store <8 x float> %282, <8 x float>* %13, align 32
  store <8 x float> %282, <8 x float>* %12, align 32
  %283 = mul i64 %x, 8
  %284 = add i64 0, %283
  %285 = add i64 0, %284
  br label %u.header

x.exit:                                           ; preds = %x.header
  %286 = add i64 %223, 48
  %287 = mul i64 %35, 128
  %288 = add i64 %287, %222
  %289 = add i64 %288, 0
  %290 = mul i64 %289, 392
  %291 = add i64 %286, 0
  %292 = mul i64 %291, 8
  %293 = add i64 %290, %292
  %294 = mul i64 %35, 128
  %295 = add i64 %294, %222
  %296 = add i64 %295, 1
  %297 = mul i64 %296, 392
  %298 = add i64 %286, 0
  %299 = mul i64 %298, 8
  %300 = add i64 %297, %299
  %301 = add i64 %225, 0
  %302 = mul i64 %301, 8
  %303 = getelementptr inbounds float, float* %5, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  %305 = load <8 x float>, <8 x float>* %304, align 4
  %306 = add i64 %225, 1
  %307 = mul i64 %306, 8
  %308 = getelementptr inbounds float, float* %5, i64 %307
  %309 = bitcast float* %308 to <8 x float>*
  %310 = load <8 x float>, <8 x float>* %309, align 4
  store <8 x float> %305, <8 x float>* %11, align 32
  store <8 x float> %310, <8 x float>* %10, align 32
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %311 = icmp slt i64 %u, 64
  br i1 %311, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %312 = add i64 0, %u
  %313 = mul i64 %312, 392
  %314 = add i64 %285, %313
  %315 = mul i64 %312, 64
  %316 = add i64 %226, %315
  %317 = add i64 %314, 0
  %318 = add i64 %317, 0
  %319 = add i64 %316, 0
  %320 = add i64 %319, 0
  %321 = getelementptr inbounds float, float* %4, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  %323 = load <8 x float>, <8 x float>* %322, align 4
  %324 = add i64 %319, 4096
  %325 = getelementptr inbounds float, float* %4, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  %327 = load <8 x float>, <8 x float>* %326, align 4
  %328 = add i64 %318, 0
  %329 = getelementptr inbounds float, float* %36, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %23, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %323, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %23, align 32
  %334 = load <8 x float>, <8 x float>* %17, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %327, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %17, align 32
  %336 = add i64 %318, 8
  %337 = getelementptr inbounds float, float* %36, i64 %336
  %338 = load float, float* %337, align 4
  %339 = insertelement <8 x float> undef, float %338, i32 0
  %splat1 = shufflevector <8 x float> %339, <8 x float> undef, <8 x i32> zeroinitializer
  %340 = load <8 x float>, <8 x float>* %22, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %323, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %22, align 32
  %342 = load <8 x float>, <8 x float>* %16, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %327, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %16, align 32
  %344 = add i64 %318, 16
  %345 = getelementptr inbounds float, float* %36, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat2 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %21, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %323, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %21, align 32
  %350 = load <8 x float>, <8 x float>* %15, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %327, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %15, align 32
  %352 = add i64 %318, 24
  %353 = getelementptr inbounds float, float* %36, i64 %352
  %354 = load float, float* %353, align 4
  %355 = insertelement <8 x float> undef, float %354, i32 0
  %splat3 = shufflevector <8 x float> %355, <8 x float> undef, <8 x i32> zeroinitializer
  %356 = load <8 x float>, <8 x float>* %20, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %323, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %20, align 32
  %358 = load <8 x float>, <8 x float>* %14, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %327, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %14, align 32
  %360 = add i64 %318, 32
  %361 = getelementptr inbounds float, float* %36, i64 %360
  %362 = load float, float* %361, align 4
  %363 = insertelement <8 x float> undef, float %362, i32 0
  %splat4 = shufflevector <8 x float> %363, <8 x float> undef, <8 x i32> zeroinitializer
  %364 = load <8 x float>, <8 x float>* %19, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %323, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %19, align 32
  %366 = load <8 x float>, <8 x float>* %13, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %327, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %13, align 32
  %368 = add i64 %318, 40
  %369 = getelementptr inbounds float, float* %36, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat5 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %18, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %323, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %18, align 32
  %374 = load <8 x float>, <8 x float>* %12, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %327, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %12, align 32
  %376 = add i64 %319, 8
  %377 = getelementptr inbounds float, float* %4, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  %379 = load <8 x float>, <8 x float>* %378, align 4
  %380 = add i64 %319, 4104
  %381 = getelementptr inbounds float, float* %4, i64 %380
  %382 = bitcast float* %381 to <8 x float>*
  %383 = load <8 x float>, <8 x float>* %382, align 4
  %384 = add i64 %318, 1
  %385 = getelementptr inbounds float, float* %36, i64 %384
  %386 = load float, float* %385, align 4
  %387 = insertelement <8 x float> undef, float %386, i32 0
  %splat6 = shufflevector <8 x float> %387, <8 x float> undef, <8 x i32> zeroinitializer
  %388 = load <8 x float>, <8 x float>* %23, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %379, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %23, align 32
  %390 = load <8 x float>, <8 x float>* %17, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %383, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %17, align 32
  %392 = add i64 %318, 9
  %393 = getelementptr inbounds float, float* %36, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat7 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %22, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %379, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %22, align 32
  %398 = load <8 x float>, <8 x float>* %16, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %383, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %16, align 32
  %400 = add i64 %318, 17
  %401 = getelementptr inbounds float, float* %36, i64 %400
  %402 = load float, float* %401, align 4
  %403 = insertelement <8 x float> undef, float %402, i32 0
  %splat8 = shufflevector <8 x float> %403, <8 x float> undef, <8 x i32> zeroinitializer
  %404 = load <8 x float>, <8 x float>* %21, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %379, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %21, align 32
  %406 = load <8 x float>, <8 x float>* %15, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %383, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %15, align 32
  %408 = add i64 %318, 25
  %409 = getelementptr inbounds float, float* %36, i64 %408
  %410 = load float, float* %409, align 4
  %411 = insertelement <8 x float> undef, float %410, i32 0
  %splat9 = shufflevector <8 x float> %411, <8 x float> undef, <8 x i32> zeroinitializer
  %412 = load <8 x float>, <8 x float>* %20, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %379, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %20, align 32
  %414 = load <8 x float>, <8 x float>* %14, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %383, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %14, align 32
  %416 = add i64 %318, 33
  %417 = getelementptr inbounds float, float* %36, i64 %416
  %418 = load float, float* %417, align 4
  %419 = insertelement <8 x float> undef, float %418, i32 0
  %splat10 = shufflevector <8 x float> %419, <8 x float> undef, <8 x i32> zeroinitializer
  %420 = load <8 x float>, <8 x float>* %19, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %379, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %19, align 32
  %422 = load <8 x float>, <8 x float>* %13, align 32
  %423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %383, <8 x float> %422)
  store <8 x float> %423, <8 x float>* %13, align 32
  %424 = add i64 %318, 41
  %425 = getelementptr inbounds float, float* %36, i64 %424
  %426 = load float, float* %425, align 4
  %427 = insertelement <8 x float> undef, float %426, i32 0
  %splat11 = shufflevector <8 x float> %427, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, <8 x float>* %18, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %379, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %18, align 32
  %430 = load <8 x float>, <8 x float>* %12, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %383, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %12, align 32
  %432 = add i64 %319, 16
  %433 = getelementptr inbounds float, float* %4, i64 %432
  %434 = bitcast float* %433 to <8 x float>*
  %435 = load <8 x float>, <8 x float>* %434, align 4
  %436 = add i64 %319, 4112
  %437 = getelementptr inbounds float, float* %4, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  %439 = load <8 x float>, <8 x float>* %438, align 4
  %440 = add i64 %318, 2
  %441 = getelementptr inbounds float, float* %36, i64 %440
  %442 = load float, float* %441, align 4
  %443 = insertelement <8 x float> undef, float %442, i32 0
  %splat12 = shufflevector <8 x float> %443, <8 x float> undef, <8 x i32> zeroinitializer
  %444 = load <8 x float>, <8 x float>* %23, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %435, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %23, align 32
  %446 = load <8 x float>, <8 x float>* %17, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %439, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %17, align 32
  %448 = add i64 %318, 10
  %449 = getelementptr inbounds float, float* %36, i64 %448
  %450 = load float, float* %449, align 4
  %451 = insertelement <8 x float> undef, float %450, i32 0
  %splat13 = shufflevector <8 x float> %451, <8 x float> undef, <8 x i32> zeroinitializer
  %452 = load <8 x float>, <8 x float>* %22, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %435, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %22, align 32
  %454 = load <8 x float>, <8 x float>* %16, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %439, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %16, align 32
  %456 = add i64 %318, 18
  %457 = getelementptr inbounds float, float* %36, i64 %456
  %458 = load float, float* %457, align 4
  %459 = insertelement <8 x float> undef, float %458, i32 0
  %splat14 = shufflevector <8 x float> %459, <8 x float> undef, <8 x i32> zeroinitializer
  %460 = load <8 x float>, <8 x float>* %21, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %435, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %21, align 32
  %462 = load <8 x float>, <8 x float>* %15, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %439, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %15, align 32
  %464 = add i64 %318, 26
  %465 = getelementptr inbounds float, float* %36, i64 %464
  %466 = load float, float* %465, align 4
  %467 = insertelement <8 x float> undef, float %466, i32 0
  %splat15 = shufflevector <8 x float> %467, <8 x float> undef, <8 x i32> zeroinitializer
  %468 = load <8 x float>, <8 x float>* %20, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %435, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %20, align 32
  %470 = load <8 x float>, <8 x float>* %14, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %439, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %14, align 32
  %472 = add i64 %318, 34
  %473 = getelementptr inbounds float, float* %36, i64 %472
  %474 = load float, float* %473, align 4
  %475 = insertelement <8 x float> undef, float %474, i32 0
  %splat16 = shufflevector <8 x float> %475, <8 x float> undef, <8 x i32> zeroinitializer
  %476 = load <8 x float>, <8 x float>* %19, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %435, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %19, align 32
  %478 = load <8 x float>, <8 x float>* %13, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %439, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %13, align 32
  %480 = add i64 %318, 42
  %481 = getelementptr inbounds float, float* %36, i64 %480
  %482 = load float, float* %481, align 4
  %483 = insertelement <8 x float> undef, float %482, i32 0
  %splat17 = shufflevector <8 x float> %483, <8 x float> undef, <8 x i32> zeroinitializer
  %484 = load <8 x float>, <8 x float>* %18, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %435, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %18, align 32
  %486 = load <8 x float>, <8 x float>* %12, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %439, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %12, align 32
  %488 = add i64 %319, 24
  %489 = getelementptr inbounds float, float* %4, i64 %488
  %490 = bitcast float* %489 to <8 x float>*
  %491 = load <8 x float>, <8 x float>* %490, align 4
  %492 = add i64 %319, 4120
  %493 = getelementptr inbounds float, float* %4, i64 %492
  %494 = bitcast float* %493 to <8 x float>*
  %495 = load <8 x float>, <8 x float>* %494, align 4
  %496 = add i64 %318, 3
  %497 = getelementptr inbounds float, float* %36, i64 %496
  %498 = load float, float* %497, align 4
  %499 = insertelement <8 x float> undef, float %498, i32 0
  %splat18 = shufflevector <8 x float> %499, <8 x float> undef, <8 x i32> zeroinitializer
  %500 = load <8 x float>, <8 x float>* %23, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %491, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %23, align 32
  %502 = load <8 x float>, <8 x float>* %17, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %495, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %17, align 32
  %504 = add i64 %318, 11
  %505 = getelementptr inbounds float, float* %36, i64 %504
  %506 = load float, float* %505, align 4
  %507 = insertelement <8 x float> undef, float %506, i32 0
  %splat19 = shufflevector <8 x float> %507, <8 x float> undef, <8 x i32> zeroinitializer
  %508 = load <8 x float>, <8 x float>* %22, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %491, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %22, align 32
  %510 = load <8 x float>, <8 x float>* %16, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %495, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %16, align 32
  %512 = add i64 %318, 19
  %513 = getelementptr inbounds float, float* %36, i64 %512
  %514 = load float, float* %513, align 4
  %515 = insertelement <8 x float> undef, float %514, i32 0
  %splat20 = shufflevector <8 x float> %515, <8 x float> undef, <8 x i32> zeroinitializer
  %516 = load <8 x float>, <8 x float>* %21, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %491, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %21, align 32
  %518 = load <8 x float>, <8 x float>* %15, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %495, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %15, align 32
  %520 = add i64 %318, 27
  %521 = getelementptr inbounds float, float* %36, i64 %520
  %522 = load float, float* %521, align 4
  %523 = insertelement <8 x float> undef, float %522, i32 0
  %splat21 = shufflevector <8 x float> %523, <8 x float> undef, <8 x i32> zeroinitializer
  %524 = load <8 x float>, <8 x float>* %20, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %491, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %20, align 32
  %526 = load <8 x float>, <8 x float>* %14, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %495, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %14, align 32
  %528 = add i64 %318, 35
  %529 = getelementptr inbounds float, float* %36, i64 %528
  %530 = load float, float* %529, align 4
  %531 = insertelement <8 x float> undef, float %530, i32 0
  %splat22 = shufflevector <8 x float> %531, <8 x float> undef, <8 x i32> zeroinitializer
  %532 = load <8 x float>, <8 x float>* %19, align 32
  %533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %491, <8 x float> %532)
  store <8 x float> %533, <8 x float>* %19, align 32
  %534 = load <8 x float>, <8 x float>* %13, align 32
  %535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %495, <8 x float> %534)
  store <8 x float> %535, <8 x float>* %13, align 32
  %536 = add i64 %318, 43
  %537 = getelementptr inbounds float, float* %36, i64 %536
  %538 = load float, float* %537, align 4
  %539 = insertelement <8 x float> undef, float %538, i32 0
  %splat23 = shufflevector <8 x float> %539, <8 x float> undef, <8 x i32> zeroinitializer
  %540 = load <8 x float>, <8 x float>* %18, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %491, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %18, align 32
  %542 = load <8 x float>, <8 x float>* %12, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %495, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %12, align 32
  %544 = add i64 %319, 32
  %545 = getelementptr inbounds float, float* %4, i64 %544
  %546 = bitcast float* %545 to <8 x float>*
  %547 = load <8 x float>, <8 x float>* %546, align 4
  %548 = add i64 %319, 4128
  %549 = getelementptr inbounds float, float* %4, i64 %548
  %550 = bitcast float* %549 to <8 x float>*
  %551 = load <8 x float>, <8 x float>* %550, align 4
  %552 = add i64 %318, 4
  %553 = getelementptr inbounds float, float* %36, i64 %552
  %554 = load float, float* %553, align 4
  %555 = insertelement <8 x float> undef, float %554, i32 0
  %splat24 = shufflevector <8 x float> %555, <8 x float> undef, <8 x i32> zeroinitializer
  %556 = load <8 x float>, <8 x float>* %23, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %547, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %23, align 32
  %558 = load <8 x float>, <8 x float>* %17, align 32
  %559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %551, <8 x float> %558)
  store <8 x float> %559, <8 x float>* %17, align 32
  %560 = add i64 %318, 12
  %561 = getelementptr inbounds float, float* %36, i64 %560
  %562 = load float, float* %561, align 4
  %563 = insertelement <8 x float> undef, float %562, i32 0
  %splat25 = shufflevector <8 x float> %563, <8 x float> undef, <8 x i32> zeroinitializer
  %564 = load <8 x float>, <8 x float>* %22, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %547, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %22, align 32
  %566 = load <8 x float>, <8 x float>* %16, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %551, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %16, align 32
  %568 = add i64 %318, 20
  %569 = getelementptr inbounds float, float* %36, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat26 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %21, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %547, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %21, align 32
  %574 = load <8 x float>, <8 x float>* %15, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %551, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %15, align 32
  %576 = add i64 %318, 28
  %577 = getelementptr inbounds float, float* %36, i64 %576
  %578 = load float, float* %577, align 4
  %579 = insertelement <8 x float> undef, float %578, i32 0
  %splat27 = shufflevector <8 x float> %579, <8 x float> undef, <8 x i32> zeroinitializer
  %580 = load <8 x float>, <8 x float>* %20, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %547, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %20, align 32
  %582 = load <8 x float>, <8 x float>* %14, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %551, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %14, align 32
  %584 = add i64 %318, 36
  %585 = getelementptr inbounds float, float* %36, i64 %584
  %586 = load float, float* %585, align 4
  %587 = insertelement <8 x float> undef, float %586, i32 0
  %splat28 = shufflevector <8 x float> %587, <8 x float> undef, <8 x i32> zeroinitializer
  %588 = load <8 x float>, <8 x float>* %19, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %547, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %19, align 32
  %590 = load <8 x float>, <8 x float>* %13, align 32
  %591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %551, <8 x float> %590)
  store <8 x float> %591, <8 x float>* %13, align 32
  %592 = add i64 %318, 44
  %593 = getelementptr inbounds float, float* %36, i64 %592
  %594 = load float, float* %593, align 4
  %595 = insertelement <8 x float> undef, float %594, i32 0
  %splat29 = shufflevector <8 x float> %595, <8 x float> undef, <8 x i32> zeroinitializer
  %596 = load <8 x float>, <8 x float>* %18, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %547, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %18, align 32
  %598 = load <8 x float>, <8 x float>* %12, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %551, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %12, align 32
  %600 = add i64 %319, 40
  %601 = getelementptr inbounds float, float* %4, i64 %600
  %602 = bitcast float* %601 to <8 x float>*
  %603 = load <8 x float>, <8 x float>* %602, align 4
  %604 = add i64 %319, 4136
  %605 = getelementptr inbounds float, float* %4, i64 %604
  %606 = bitcast float* %605 to <8 x float>*
  %607 = load <8 x float>, <8 x float>* %606, align 4
  %608 = add i64 %318, 5
  %609 = getelementptr inbounds float, float* %36, i64 %608
  %610 = load float, float* %609, align 4
  %611 = insertelement <8 x float> undef, float %610, i32 0
  %splat30 = shufflevector <8 x float> %611, <8 x float> undef, <8 x i32> zeroinitializer
  %612 = load <8 x float>, <8 x float>* %23, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %603, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %23, align 32
  %614 = load <8 x float>, <8 x float>* %17, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %607, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %17, align 32
  %616 = add i64 %318, 13
  %617 = getelementptr inbounds float, float* %36, i64 %616
  %618 = load float, float* %617, align 4
  %619 = insertelement <8 x float> undef, float %618, i32 0
  %splat31 = shufflevector <8 x float> %619, <8 x float> undef, <8 x i32> zeroinitializer
  %620 = load <8 x float>, <8 x float>* %22, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %603, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %22, align 32
  %622 = load <8 x float>, <8 x float>* %16, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %607, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %16, align 32
  %624 = add i64 %318, 21
  %625 = getelementptr inbounds float, float* %36, i64 %624
  %626 = load float, float* %625, align 4
  %627 = insertelement <8 x float> undef, float %626, i32 0
  %splat32 = shufflevector <8 x float> %627, <8 x float> undef, <8 x i32> zeroinitializer
  %628 = load <8 x float>, <8 x float>* %21, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %603, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %21, align 32
  %630 = load <8 x float>, <8 x float>* %15, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %607, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %15, align 32
  %632 = add i64 %318, 29
  %633 = getelementptr inbounds float, float* %36, i64 %632
  %634 = load float, float* %633, align 4
  %635 = insertelement <8 x float> undef, float %634, i32 0
  %splat33 = shufflevector <8 x float> %635, <8 x float> undef, <8 x i32> zeroinitializer
  %636 = load <8 x float>, <8 x float>* %20, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %603, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %20, align 32
  %638 = load <8 x float>, <8 x float>* %14, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %607, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %14, align 32
  %640 = add i64 %318, 37
  %641 = getelementptr inbounds float, float* %36, i64 %640
  %642 = load float, float* %641, align 4
  %643 = insertelement <8 x float> undef, float %642, i32 0
  %splat34 = shufflevector <8 x float> %643, <8 x float> undef, <8 x i32> zeroinitializer
  %644 = load <8 x float>, <8 x float>* %19, align 32
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %603, <8 x float> %644)
  store <8 x float> %645, <8 x float>* %19, align 32
  %646 = load <8 x float>, <8 x float>* %13, align 32
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %607, <8 x float> %646)
  store <8 x float> %647, <8 x float>* %13, align 32
  %648 = add i64 %318, 45
  %649 = getelementptr inbounds float, float* %36, i64 %648
  %650 = load float, float* %649, align 4
  %651 = insertelement <8 x float> undef, float %650, i32 0
  %splat35 = shufflevector <8 x float> %651, <8 x float> undef, <8 x i32> zeroinitializer
  %652 = load <8 x float>, <8 x float>* %18, align 32
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %603, <8 x float> %652)
  store <8 x float> %653, <8 x float>* %18, align 32
  %654 = load <8 x float>, <8 x float>* %12, align 32
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %607, <8 x float> %654)
  store <8 x float> %655, <8 x float>* %12, align 32
  %656 = add i64 %319, 48
  %657 = getelementptr inbounds float, float* %4, i64 %656
  %658 = bitcast float* %657 to <8 x float>*
  %659 = load <8 x float>, <8 x float>* %658, align 4
  %660 = add i64 %319, 4144
  %661 = getelementptr inbounds float, float* %4, i64 %660
  %662 = bitcast float* %661 to <8 x float>*
  %663 = load <8 x float>, <8 x float>* %662, align 4
  %664 = add i64 %318, 6
  %665 = getelementptr inbounds float, float* %36, i64 %664
  %666 = load float, float* %665, align 4
  %667 = insertelement <8 x float> undef, float %666, i32 0
  %splat36 = shufflevector <8 x float> %667, <8 x float> undef, <8 x i32> zeroinitializer
  %668 = load <8 x float>, <8 x float>* %23, align 32
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %659, <8 x float> %668)
  store <8 x float> %669, <8 x float>* %23, align 32
  %670 = load <8 x float>, <8 x float>* %17, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %663, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %17, align 32
  %672 = add i64 %318, 14
  %673 = getelementptr inbounds float, float* %36, i64 %672
  %674 = load float, float* %673, align 4
  %675 = insertelement <8 x float> undef, float %674, i32 0
  %splat37 = shufflevector <8 x float> %675, <8 x float> undef, <8 x i32> zeroinitializer
  %676 = load <8 x float>, <8 x float>* %22, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %659, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %22, align 32
  %678 = load <8 x float>, <8 x float>* %16, align 32
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %663, <8 x float> %678)
  store <8 x float> %679, <8 x float>* %16, align 32
  %680 = add i64 %318, 22
  %681 = getelementptr inbounds float, float* %36, i64 %680
  %682 = load float, float* %681, align 4
  %683 = insertelement <8 x float> undef, float %682, i32 0
  %splat38 = shufflevector <8 x float> %683, <8 x float> undef, <8 x i32> zeroinitializer
  %684 = load <8 x float>, <8 x float>* %21, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %659, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %21, align 32
  %686 = load <8 x float>, <8 x float>* %15, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %663, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %15, align 32
  %688 = add i64 %318, 30
  %689 = getelementptr inbounds float, float* %36, i64 %688
  %690 = load float, float* %689, align 4
  %691 = insertelement <8 x float> undef, float %690, i32 0
  %splat39 = shufflevector <8 x float> %691, <8 x float> undef, <8 x i32> zeroinitializer
  %692 = load <8 x float>, <8 x float>* %20, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %659, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %20, align 32
  %694 = load <8 x float>, <8 x float>* %14, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %663, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %14, align 32
  %696 = add i64 %318, 38
  %697 = getelementptr inbounds float, float* %36, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat40 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %19, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %659, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %19, align 32
  %702 = load <8 x float>, <8 x float>* %13, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %663, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %13, align 32
  %704 = add i64 %318, 46
  %705 = getelementptr inbounds float, float* %36, i64 %704
  %706 = load float, float* %705, align 4
  %707 = insertelement <8 x float> undef, float %706, i32 0
  %splat41 = shufflevector <8 x float> %707, <8 x float> undef, <8 x i32> zeroinitializer
  %708 = load <8 x float>, <8 x float>* %18, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %659, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %18, align 32
  %710 = load <8 x float>, <8 x float>* %12, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %663, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %12, align 32
  %712 = add i64 %319, 56
  %713 = getelementptr inbounds float, float* %4, i64 %712
  %714 = bitcast float* %713 to <8 x float>*
  %715 = load <8 x float>, <8 x float>* %714, align 4
  %716 = add i64 %319, 4152
  %717 = getelementptr inbounds float, float* %4, i64 %716
  %718 = bitcast float* %717 to <8 x float>*
  %719 = load <8 x float>, <8 x float>* %718, align 4
  %720 = add i64 %318, 7
  %721 = getelementptr inbounds float, float* %36, i64 %720
  %722 = load float, float* %721, align 4
  %723 = insertelement <8 x float> undef, float %722, i32 0
  %splat42 = shufflevector <8 x float> %723, <8 x float> undef, <8 x i32> zeroinitializer
  %724 = load <8 x float>, <8 x float>* %23, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %715, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %23, align 32
  %726 = load <8 x float>, <8 x float>* %17, align 32
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %719, <8 x float> %726)
  store <8 x float> %727, <8 x float>* %17, align 32
  %728 = add i64 %318, 15
  %729 = getelementptr inbounds float, float* %36, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat43 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %22, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %715, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %22, align 32
  %734 = load <8 x float>, <8 x float>* %16, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %719, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %16, align 32
  %736 = add i64 %318, 23
  %737 = getelementptr inbounds float, float* %36, i64 %736
  %738 = load float, float* %737, align 4
  %739 = insertelement <8 x float> undef, float %738, i32 0
  %splat44 = shufflevector <8 x float> %739, <8 x float> undef, <8 x i32> zeroinitializer
  %740 = load <8 x float>, <8 x float>* %21, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %715, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %21, align 32
  %742 = load <8 x float>, <8 x float>* %15, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %719, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %15, align 32
  %744 = add i64 %318, 31
  %745 = getelementptr inbounds float, float* %36, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat45 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %20, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %715, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %20, align 32
  %750 = load <8 x float>, <8 x float>* %14, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %719, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %14, align 32
  %752 = add i64 %318, 39
  %753 = getelementptr inbounds float, float* %36, i64 %752
  %754 = load float, float* %753, align 4
  %755 = insertelement <8 x float> undef, float %754, i32 0
  %splat46 = shufflevector <8 x float> %755, <8 x float> undef, <8 x i32> zeroinitializer
  %756 = load <8 x float>, <8 x float>* %19, align 32
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %715, <8 x float> %756)
  store <8 x float> %757, <8 x float>* %19, align 32
  %758 = load <8 x float>, <8 x float>* %13, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %719, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %13, align 32
  %760 = add i64 %318, 47
  %761 = getelementptr inbounds float, float* %36, i64 %760
  %762 = load float, float* %761, align 4
  %763 = insertelement <8 x float> undef, float %762, i32 0
  %splat47 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
  %764 = load <8 x float>, <8 x float>* %18, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %715, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %18, align 32
  %766 = load <8 x float>, <8 x float>* %12, align 32
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %719, <8 x float> %766)
  store <8 x float> %767, <8 x float>* %12, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %768 = load <8 x float>, <8 x float>* %23, align 32
  %769 = fcmp olt <8 x float> %768, zeroinitializer
  %770 = select <8 x i1> %769, <8 x float> zeroinitializer, <8 x float> %768
  %771 = getelementptr inbounds float, float* %0, i64 %235
  %772 = bitcast float* %771 to <8 x float>*
  store <8 x float> %770, <8 x float>* %772, align 4
  %773 = load <8 x float>, <8 x float>* %22, align 32
  %774 = fcmp olt <8 x float> %773, zeroinitializer
  %775 = select <8 x i1> %774, <8 x float> zeroinitializer, <8 x float> %773
  %776 = getelementptr inbounds float, float* %0, i64 %238
  %777 = bitcast float* %776 to <8 x float>*
  store <8 x float> %775, <8 x float>* %777, align 4
  %778 = load <8 x float>, <8 x float>* %21, align 32
  %779 = fcmp olt <8 x float> %778, zeroinitializer
  %780 = select <8 x i1> %779, <8 x float> zeroinitializer, <8 x float> %778
  %781 = getelementptr inbounds float, float* %0, i64 %241
  %782 = bitcast float* %781 to <8 x float>*
  store <8 x float> %780, <8 x float>* %782, align 4
  %783 = load <8 x float>, <8 x float>* %20, align 32
  %784 = fcmp olt <8 x float> %783, zeroinitializer
  %785 = select <8 x i1> %784, <8 x float> zeroinitializer, <8 x float> %783
  %786 = getelementptr inbounds float, float* %0, i64 %244
  %787 = bitcast float* %786 to <8 x float>*
  store <8 x float> %785, <8 x float>* %787, align 4
  %788 = load <8 x float>, <8 x float>* %19, align 32
  %789 = fcmp olt <8 x float> %788, zeroinitializer
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> %788
  %791 = getelementptr inbounds float, float* %0, i64 %247
  %792 = bitcast float* %791 to <8 x float>*
  store <8 x float> %790, <8 x float>* %792, align 4
  %793 = load <8 x float>, <8 x float>* %18, align 32
  %794 = fcmp olt <8 x float> %793, zeroinitializer
  %795 = select <8 x i1> %794, <8 x float> zeroinitializer, <8 x float> %793
  %796 = getelementptr inbounds float, float* %0, i64 %250
  %797 = bitcast float* %796 to <8 x float>*
  store <8 x float> %795, <8 x float>* %797, align 4
  %798 = load <8 x float>, <8 x float>* %17, align 32
  %799 = fcmp olt <8 x float> %798, zeroinitializer
  %800 = select <8 x i1> %799, <8 x float> zeroinitializer, <8 x float> %798
  %801 = getelementptr inbounds float, float* %0, i64 %257
  %802 = bitcast float* %801 to <8 x float>*
  store <8 x float> %800, <8 x float>* %802, align 4
  %803 = load <8 x float>, <8 x float>* %16, align 32
  %804 = fcmp olt <8 x float> %803, zeroinitializer
  %805 = select <8 x i1> %804, <8 x float> zeroinitializer, <8 x float> %803
  %806 = getelementptr inbounds float, float* %0, i64 %260
  %807 = bitcast float* %806 to <8 x float>*
  store <8 x float> %805, <8 x float>* %807, align 4
  %808 = load <8 x float>, <8 x float>* %15, align 32
  %809 = fcmp olt <8 x float> %808, zeroinitializer
  %810 = select <8 x i1> %809, <8 x float> zeroinitializer, <8 x float> %808
  %811 = getelementptr inbounds float, float* %0, i64 %263
  %812 = bitcast float* %811 to <8 x float>*
  store <8 x float> %810, <8 x float>* %812, align 4
  %813 = load <8 x float>, <8 x float>* %14, align 32
  %814 = fcmp olt <8 x float> %813, zeroinitializer
  %815 = select <8 x i1> %814, <8 x float> zeroinitializer, <8 x float> %813
  %816 = getelementptr inbounds float, float* %0, i64 %266
  %817 = bitcast float* %816 to <8 x float>*
  store <8 x float> %815, <8 x float>* %817, align 4
  %818 = load <8 x float>, <8 x float>* %13, align 32
  %819 = fcmp olt <8 x float> %818, zeroinitializer
  %820 = select <8 x i1> %819, <8 x float> zeroinitializer, <8 x float> %818
  %821 = getelementptr inbounds float, float* %0, i64 %269
  %822 = bitcast float* %821 to <8 x float>*
  store <8 x float> %820, <8 x float>* %822, align 4
  %823 = load <8 x float>, <8 x float>* %12, align 32
  %824 = fcmp olt <8 x float> %823, zeroinitializer
  %825 = select <8 x i1> %824, <8 x float> zeroinitializer, <8 x float> %823
  %826 = getelementptr inbounds float, float* %0, i64 %272
  %827 = bitcast float* %826 to <8 x float>*
  store <8 x float> %825, <8 x float>* %827, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next60, %u.body49 ]
  %828 = icmp slt i64 %u51, 64
  br i1 %828, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %829 = add i64 0, %u51
  %830 = mul i64 %829, 392
  %831 = add i64 384, %830
  %832 = mul i64 %829, 64
  %833 = add i64 %226, %832
  %834 = add i64 %831, 0
  %835 = add i64 %834, 0
  %836 = add i64 %833, 0
  %837 = add i64 %836, 0
  %838 = getelementptr inbounds float, float* %4, i64 %837
  %839 = bitcast float* %838 to <8 x float>*
  %840 = load <8 x float>, <8 x float>* %839, align 4
  %841 = add i64 %836, 4096
  %842 = getelementptr inbounds float, float* %4, i64 %841
  %843 = bitcast float* %842 to <8 x float>*
  %844 = load <8 x float>, <8 x float>* %843, align 4
  %845 = add i64 %835, 0
  %846 = getelementptr inbounds float, float* %36, i64 %845
  %847 = load float, float* %846, align 4
  %848 = insertelement <8 x float> undef, float %847, i32 0
  %splat52 = shufflevector <8 x float> %848, <8 x float> undef, <8 x i32> zeroinitializer
  %849 = load <8 x float>, <8 x float>* %11, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %840, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %11, align 32
  %851 = load <8 x float>, <8 x float>* %10, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %844, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %10, align 32
  %853 = add i64 %836, 8
  %854 = getelementptr inbounds float, float* %4, i64 %853
  %855 = bitcast float* %854 to <8 x float>*
  %856 = load <8 x float>, <8 x float>* %855, align 4
  %857 = add i64 %836, 4104
  %858 = getelementptr inbounds float, float* %4, i64 %857
  %859 = bitcast float* %858 to <8 x float>*
  %860 = load <8 x float>, <8 x float>* %859, align 4
  %861 = add i64 %835, 1
  %862 = getelementptr inbounds float, float* %36, i64 %861
  %863 = load float, float* %862, align 4
  %864 = insertelement <8 x float> undef, float %863, i32 0
  %splat53 = shufflevector <8 x float> %864, <8 x float> undef, <8 x i32> zeroinitializer
  %865 = load <8 x float>, <8 x float>* %11, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %856, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %11, align 32
  %867 = load <8 x float>, <8 x float>* %10, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %860, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %10, align 32
  %869 = add i64 %836, 16
  %870 = getelementptr inbounds float, float* %4, i64 %869
  %871 = bitcast float* %870 to <8 x float>*
  %872 = load <8 x float>, <8 x float>* %871, align 4
  %873 = add i64 %836, 4112
  %874 = getelementptr inbounds float, float* %4, i64 %873
  %875 = bitcast float* %874 to <8 x float>*
  %876 = load <8 x float>, <8 x float>* %875, align 4
  %877 = add i64 %835, 2
  %878 = getelementptr inbounds float, float* %36, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat54 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %11, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %872, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %11, align 32
  %883 = load <8 x float>, <8 x float>* %10, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %876, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %10, align 32
  %885 = add i64 %836, 24
  %886 = getelementptr inbounds float, float* %4, i64 %885
  %887 = bitcast float* %886 to <8 x float>*
  %888 = load <8 x float>, <8 x float>* %887, align 4
  %889 = add i64 %836, 4120
  %890 = getelementptr inbounds float, float* %4, i64 %889
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = add i64 %835, 3
  %894 = getelementptr inbounds float, float* %36, i64 %893
  %895 = load float, float* %894, align 4
  %896 = insertelement <8 x float> undef, float %895, i32 0
  %splat55 = shufflevector <8 x float> %896, <8 x float> undef, <8 x i32> zeroinitializer
  %897 = load <8 x float>, <8 x float>* %11, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %888, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %11, align 32
  %899 = load <8 x float>, <8 x float>* %10, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %892, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %10, align 32
  %901 = add i64 %836, 32
  %902 = getelementptr inbounds float, float* %4, i64 %901
  %903 = bitcast float* %902 to <8 x float>*
  %904 = load <8 x float>, <8 x float>* %903, align 4
  %905 = add i64 %836, 4128
  %906 = getelementptr inbounds float, float* %4, i64 %905
  %907 = bitcast float* %906 to <8 x float>*
  %908 = load <8 x float>, <8 x float>* %907, align 4
  %909 = add i64 %835, 4
  %910 = getelementptr inbounds float, float* %36, i64 %909
  %911 = load float, float* %910, align 4
  %912 = insertelement <8 x float> undef, float %911, i32 0
  %splat56 = shufflevector <8 x float> %912, <8 x float> undef, <8 x i32> zeroinitializer
  %913 = load <8 x float>, <8 x float>* %11, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %904, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %11, align 32
  %915 = load <8 x float>, <8 x float>* %10, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %908, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %10, align 32
  %917 = add i64 %836, 40
  %918 = getelementptr inbounds float, float* %4, i64 %917
  %919 = bitcast float* %918 to <8 x float>*
  %920 = load <8 x float>, <8 x float>* %919, align 4
  %921 = add i64 %836, 4136
  %922 = getelementptr inbounds float, float* %4, i64 %921
  %923 = bitcast float* %922 to <8 x float>*
  %924 = load <8 x float>, <8 x float>* %923, align 4
  %925 = add i64 %835, 5
  %926 = getelementptr inbounds float, float* %36, i64 %925
  %927 = load float, float* %926, align 4
  %928 = insertelement <8 x float> undef, float %927, i32 0
  %splat57 = shufflevector <8 x float> %928, <8 x float> undef, <8 x i32> zeroinitializer
  %929 = load <8 x float>, <8 x float>* %11, align 32
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %920, <8 x float> %929)
  store <8 x float> %930, <8 x float>* %11, align 32
  %931 = load <8 x float>, <8 x float>* %10, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %924, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %10, align 32
  %933 = add i64 %836, 48
  %934 = getelementptr inbounds float, float* %4, i64 %933
  %935 = bitcast float* %934 to <8 x float>*
  %936 = load <8 x float>, <8 x float>* %935, align 4
  %937 = add i64 %836, 4144
  %938 = getelementptr inbounds float, float* %4, i64 %937
  %939 = bitcast float* %938 to <8 x float>*
  %940 = load <8 x float>, <8 x float>* %939, align 4
  %941 = add i64 %835, 6
  %942 = getelementptr inbounds float, float* %36, i64 %941
  %943 = load float, float* %942, align 4
  %944 = insertelement <8 x float> undef, float %943, i32 0
  %splat58 = shufflevector <8 x float> %944, <8 x float> undef, <8 x i32> zeroinitializer
  %945 = load <8 x float>, <8 x float>* %11, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %936, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %11, align 32
  %947 = load <8 x float>, <8 x float>* %10, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %940, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %10, align 32
  %949 = add i64 %836, 56
  %950 = getelementptr inbounds float, float* %4, i64 %949
  %951 = bitcast float* %950 to <8 x float>*
  %952 = load <8 x float>, <8 x float>* %951, align 4
  %953 = add i64 %836, 4152
  %954 = getelementptr inbounds float, float* %4, i64 %953
  %955 = bitcast float* %954 to <8 x float>*
  %956 = load <8 x float>, <8 x float>* %955, align 4
  %957 = add i64 %835, 7
  %958 = getelementptr inbounds float, float* %36, i64 %957
  %959 = load float, float* %958, align 4
  %960 = insertelement <8 x float> undef, float %959, i32 0
  %splat59 = shufflevector <8 x float> %960, <8 x float> undef, <8 x i32> zeroinitializer
  %961 = load <8 x float>, <8 x float>* %11, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %952, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %11, align 32
  %963 = load <8 x float>, <8 x float>* %10, align 32
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %956, <8 x float> %963)
  store <8 x float> %964, <8 x float>* %10, align 32
  %u.next60 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %965 = load <8 x float>, <8 x float>* %11, align 32
  %966 = fcmp olt <8 x float> %965, zeroinitializer
  %967 = select <8 x i1> %966, <8 x float> zeroinitializer, <8 x float> %965
  %968 = getelementptr inbounds float, float* %0, i64 %293
  %969 = bitcast float* %968 to <8 x float>*
  store <8 x float> %967, <8 x float>* %969, align 4
  %970 = load <8 x float>, <8 x float>* %10, align 32
  %971 = fcmp olt <8 x float> %970, zeroinitializer
  %972 = select <8 x i1> %971, <8 x float> zeroinitializer, <8 x float> %970
  %973 = getelementptr inbounds float, float* %0, i64 %300
  %974 = bitcast float* %973 to <8 x float>*
  store <8 x float> %972, <8 x float>* %974, align 4
  %block.group.next = add i64 %block.group, 1
  br label %block.group.header
}

; Function Attrs: noinline nounwind
define internal void @node12.conv2d_13.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = getelementptr inbounds i8*, i8** %1, i64 6
  %21 = load i8*, i8** %20, align 8
  %22 = bitcast i8* %21 to float*
  %23 = getelementptr inbounds i8*, i8** %1, i64 7
  %24 = load i8*, i8** %23, align 8
  %25 = bitcast i8* %24 to float*
  %26 = call i32 @omp_get_thread_num()
  %27 = sext i32 %26 to i64
  %28 = call i32 @omp_get_num_threads()
  %29 = sext i32 %28 to i64
  %30 = sub i64 %29, 1
  %31 = add i64 2, %30
  %32 = sdiv i64 %31, %29
  %33 = mul i64 %27, %32
  %34 = icmp slt i64 %33, 2
  %35 = select i1 %34, i64 %33, i64 2
  %36 = add i64 %35, %32
  %37 = icmp slt i64 %36, 2
  %38 = select i1 %37, i64 %36, i64 2
  call void @node12.conv2d_13.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %35, i64 %38)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.conv2d_14.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, float* %6, float* %7, i64 %8, i64 %9) #0 {
entry:
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %band = alloca [50176 x float], align 64
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %8, %entry ], [ %task.next, %block.group.exit ]
  %31 = icmp slt i64 %task, %9
  br i1 %31, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %32 = srem i64 %task, 2
  %33 = sdiv i64 %task, 2
  %34 = srem i64 %33, 1
  %35 = sdiv i64 %task, 2
  %36 = bitcast [50176 x float]* %band to float*
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %37 = icmp slt i64 %channel.block, 128
  br i1 %37, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %38 = mul i64 %35, 128
  %39 = add i64 %38, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %40 = mul i64 %32, 32
  %41 = add i64 %40, 32
  %42 = icmp slt i64 %41, 64
  %43 = select i1 %42, i64 %41, i64 64
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit ]
  %44 = icmp slt i64 %band.row, 7
  br i1 %44, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %45 = mul i64 %34, 7
  %46 = add i64 %45, %band.row
  %47 = mul i64 %channel.block, 7
  %48 = add i64 %47, %band.row
  %49 = mul i64 %48, 56
  %50 = srem i64 %39, 128
  %51 = mul i64 %39, 392
  %52 = mul i64 %46, 1
  %53 = sub i64 %52, 1
  %54 = mul i64 %50, 8
  %55 = getelementptr inbounds float, float* %7, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  store <8 x float> %57, <8 x float>* %30, align 32
  store <8 x float> %57, <8 x float>* %29, align 32
  store <8 x float> %57, <8 x float>* %28, align 32
  store <8 x float> %57, <8 x float>* %27, align 32
  store <8 x float> %57, <8 x float>* %26, align 32
  store <8 x float> %57, <8 x float>* %25, align 32
  store <8 x float> %57, <8 x float>* %24, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !18

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %58 = icmp slt i64 %kh, 3
  br i1 %58, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %59 = mul i64 %kh, 1
  %60 = add i64 %53, %59
  %61 = icmp sge i64 %60, 0
  %62 = icmp slt i64 %60, 7
  %63 = and i1 %61, %62
  br i1 %63, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %64 = add i64 %49, 0
  %65 = load <8 x float>, <8 x float>* %30, align 32
  %66 = fcmp olt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> zeroinitializer, <8 x float> %65
  %68 = getelementptr inbounds float, float* %36, i64 %64
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add i64 %49, 8
  %71 = load <8 x float>, <8 x float>* %29, align 32
  %72 = fcmp olt <8 x float> %71, zeroinitializer
  %73 = select <8 x i1> %72, <8 x float> zeroinitializer, <8 x float> %71
  %74 = getelementptr inbounds float, float* %36, i64 %70
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %73, <8 x float>* %75, align 4
  %76 = add i64 %49, 16
  %77 = load <8 x float>, <8 x float>* %28, align 32
  %78 = fcmp olt <8 x float> %77, zeroinitializer
  %79 = select <8 x i1> %78, <8 x float> zeroinitializer, <8 x float> %77
  %80 = getelementptr inbounds float, float* %36, i64 %76
  %81 = bitcast float* %80 to <8 x float>*
  store <8 x float> %79, <8 x float>* %81, align 4
  %82 = add i64 %49, 24
  %83 = load <8 x float>, <8 x float>* %27, align 32
  %84 = fcmp olt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> zeroinitializer, <8 x float> %83
  %86 = getelementptr inbounds float, float* %36, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %49, 32
  %89 = load <8 x float>, <8 x float>* %26, align 32
  %90 = fcmp olt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> zeroinitializer, <8 x float> %89
  %92 = getelementptr inbounds float, float* %36, i64 %88
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %91, <8 x float>* %93, align 4
  %94 = add i64 %49, 40
  %95 = load <8 x float>, <8 x float>* %25, align 32
  %96 = fcmp olt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> zeroinitializer, <8 x float> %95
  %98 = getelementptr inbounds float, float* %36, i64 %94
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %97, <8 x float>* %99, align 4
  %100 = add i64 %49, 48
  %101 = load <8 x float>, <8 x float>* %24, align 32
  %102 = fcmp olt <8 x float> %101, zeroinitializer
  %103 = select <8 x i1> %102, <8 x float> zeroinitializer, <8 x float> %101
  %104 = getelementptr inbounds float, float* %36, i64 %100
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %103, <8 x float>* %105, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !19

then:                                             ; preds = %kh.body
  %106 = mul i64 %60, 56
  %107 = add i64 %51, %106
  %108 = mul i64 %50, 3
  %109 = add i64 %108, %kh
  %110 = mul i64 %109, 24
  %111 = add i64 %110, 0
  %112 = getelementptr inbounds float, float* %6, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %110, 8
  %116 = getelementptr inbounds float, float* %6, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %110, 16
  %120 = getelementptr inbounds float, float* %6, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %107, -8
  %124 = add i64 %123, 8
  %125 = getelementptr inbounds float, float* %1, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = load <8 x float>, <8 x float>* %30, align 32
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %127, <8 x float> %118, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %30, align 32
  %130 = load <8 x float>, <8 x float>* %29, align 32
  %131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %127, <8 x float> %114, <8 x float> %130)
  store <8 x float> %131, <8 x float>* %29, align 32
  %132 = add i64 %123, 16
  %133 = getelementptr inbounds float, float* %1, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = load <8 x float>, <8 x float>* %30, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %122, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %30, align 32
  %138 = load <8 x float>, <8 x float>* %29, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %118, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %29, align 32
  %140 = load <8 x float>, <8 x float>* %28, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %114, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %28, align 32
  %142 = add i64 %123, 24
  %143 = getelementptr inbounds float, float* %1, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = load <8 x float>, <8 x float>* %29, align 32
  %147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %122, <8 x float> %146)
  store <8 x float> %147, <8 x float>* %29, align 32
  %148 = load <8 x float>, <8 x float>* %28, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %118, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %28, align 32
  %150 = load <8 x float>, <8 x float>* %27, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %114, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %27, align 32
  %152 = add i64 %123, 32
  %153 = getelementptr inbounds float, float* %1, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = load <8 x float>, <8 x float>* %28, align 32
  %157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %122, <8 x float> %156)
  store <8 x float> %157, <8 x float>* %28, align 32
  %158 = load <8 x float>, <8 x float>* %27, align 32
  %159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %118, <8 x float> %158)
  store <8 x float> %159, <8 x float>* %27, align 32
  %160 = load <8 x float>, <8 x float>* %26, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %114, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %26, align 32
  %162 = add i64 %123, 40
  %163 = getelementptr inbounds float, float* %1, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = load <8 x float>, <8 x float>* %27, align 32
  %167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %165, <8 x float> %122, <8 x float> %166)
  store <8 x float> %167, <8 x float>* %27, align 32
  %168 = load <8 x float>, <8 x float>* %26, align 32
  %169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %165, <8 x float> %118, <8 x float> %168)
  store <8 x float> %169, <8 x float>* %26, align 32
  %170 = load <8 x float>, <8 x float>* %25, align 32
  %171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %165, <8 x float> %114, <8 x float> %170)
  store <8 x float> %171, <8 x float>* %25, align 32
  %172 = add i64 %123, 48
  %173 = getelementptr inbounds float, float* %1, i64 %172
  %174 = bitcast float* %173 to <8 x float>*
  %175 = load <8 x float>, <8 x float>* %174, align 4
  %176 = load <8 x float>, <8 x float>* %26, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> %122, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %26, align 32
  %178 = load <8 x float>, <8 x float>* %25, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> %118, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %25, align 32
  %180 = load <8 x float>, <8 x float>* %24, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> %114, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %24, align 32
  %182 = add i64 %123, 56
  %183 = getelementptr inbounds float, float* %1, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  %185 = load <8 x float>, <8 x float>* %184, align 4
  %186 = load <8 x float>, <8 x float>* %25, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> %122, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %25, align 32
  %188 = load <8 x float>, <8 x float>* %24, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> %118, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %24, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

block.group.header:                               ; preds = %u.exit50, %channel.block.exit
  %block.group = phi i64 [ %40, %channel.block.exit ], [ %block.group.next, %u.exit50 ]
  %190 = icmp slt i64 %block.group, %43
  br i1 %190, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %191 = mul i64 %block.group, 2
  %192 = add i64 0, %191
  %193 = mul i64 %34, 49
  %194 = mul i64 %block.group, 2
  %195 = add i64 0, %194
  %196 = mul i64 %195, 8192
  br label %x.header

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %block.group.body
  %x = phi i64 [ 0, %block.group.body ], [ %x.next, %u.exit ]
  %197 = icmp slt i64 %x, 48
  br i1 %197, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %198 = add i64 %193, %x
  %199 = mul i64 %35, 128
  %200 = add i64 %199, %192
  %201 = add i64 %200, 0
  %202 = mul i64 %201, 392
  %203 = add i64 %198, 0
  %204 = mul i64 %203, 8
  %205 = add i64 %202, %204
  %206 = add i64 %198, 1
  %207 = mul i64 %206, 8
  %208 = add i64 %202, %207
  %209 = add i64 %198, 2
  %210 = mul i64 %209, 8
  %211 = add i64 %202, %210
  %212 = add i64 %198, 3
  %213 = mul i64 %212, 8
  %214 = add i64 %202, %213
  %215 = add i64 %198, 4
  %216 = mul i64 %215, 8
  %217 = add i64 %202, %216
  %218 = add i64 %198, 5
  %219 = mul i64 %218, 8
  %220 = add i64 %202, %219
  %221 = mul i64 %35, 128
  %222 = add i64 %221, %192
  %223 = add i64 %222, 1
  %224 = mul i64 %223, 392
  %225 = add i64 %198, 0
  %226 = mul i64 %225, 8
  %227 = add i64 %224, %226
  %228 = add i64 %198, 1
  %229 = mul i64 %228, 8
  %230 = add i64 %224, %229
  %231 = add i64 %198, 2
  %232 = mul i64 %231, 8
  %233 = add i64 %224, %232
  %234 = add i64 %198, 3
  %235 = mul i64 %234, 8
  %236 = add i64 %224, %235
  %237 = add i64 %198, 4
  %238 = mul i64 %237, 8
  %239 = add i64 %224, %238
  %240 = add i64 %198, 5
  %241 = mul i64 %240, 8
  %242 = add i64 %224, %241
  %243 = add i64 %195, 0
  %244 = mul i64 %243, 8
  %245 = getelementptr inbounds float, float* %5, i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  %247 = load <8 x float>, <8 x float>* %246, align 4
  %248 = add i64 %195, 1
  %249 = mul i64 %248, 8
  %250 = getelementptr inbounds float, float* %5, i64 %249
  %251 = bitcast float* %250 to <8 x float>*
  %252 = load <8 x float>, <8 x float>* %251, align 4
  store <8 x float> %247, <8 x float>* %23, align 32
  store <8 x float> %247, <8 x float>* %22, align 32
  store <8 x float> %247, <8 x float>* %21, align 32
  store <8 x float> %247, <8 x float>* %20, align 32
  store <8 x float> %247, <8 x float>* %19, align 32
  store <8 x float> %247, <8 x float>* %18, align 32
  store <8 x float> %252, <8 x float>* %17, align 32
  store <8 x float> %252, <8 x float>* %16, align 32
  store <8 x float> %252, <8 x float>* %15, align 32
  store <8 x float> %252, <8 x float>* %14, align 32
  store <8 x float> %252, <8 x float>* %13, align 32
  store <8 x float> %252, <8 x float>* %12, align 32
  %253 = mul i64 %x, 8
  %254 = add i64 0, %253
  %255 = add i64 0, %254
  br label %u.header

x.exit:                                           ; preds = %x.header
  %256 = add i64 %193, 48
  %257 = mul i64 %35, 128
  %258 = add i64 %257, %192
  %259 = add i64 %258, 0
  %260 = mul i64 %259, 392
  %261 = add i64 %256, 0
  %262 = mul i64 %261, 8
  %263 = add i64 %260, %262
  %264 = mul i64 %35, 128
  %265 = add i64 %264, %192
  %266 = add i64 %265, 1
  %267 = mul i64 %266, 392
  %268 = add i64 %256, 0
  %269 = mul i64 %268, 8
  %270 = add i64 %267, %269
  %271 = add i64 %195, 0
  %272 = mul i64 %271, 8
  %273 = getelementptr inbounds float, float* %5, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  %275 = load <8 x float>, <8 x float>* %274, align 4
  %276 = add i64 %195, 1
  %277 = mul i64 %276, 8
  %278 = getelementptr inbounds float, float* %5, i64 %277
  %279 = bitcast float* %278 to <8 x float>*
  %280 = load <8 x float>, <8 x float>* %279, align 4
  store <8 x float> %275, <8 x float>* %11, align 32
  store <8 x float> %280, <8 x float>* %10, align 32
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %281 = icmp slt i64 %u, 128
  br i1 %281, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %282 = add i64 0, %u
  %283 = mul i64 %282, 392
  %284 = add i64 %255, %283
  %285 = mul i64 %282, 64
  %286 = add i64 %196, %285
  %287 = add i64 %284, 0
  %288 = add i64 %287, 0
  %289 = add i64 %286, 0
  %290 = add i64 %289, 0
  %291 = getelementptr inbounds float, float* %4, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  %293 = load <8 x float>, <8 x float>* %292, align 4
  %294 = add i64 %289, 8192
  %295 = getelementptr inbounds float, float* %4, i64 %294
  %296 = bitcast float* %295 to <8 x float>*
  %297 = load <8 x float>, <8 x float>* %296, align 4
  %298 = add i64 %288, 0
  %299 = getelementptr inbounds float, float* %36, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %23, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %293, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %23, align 32
  %304 = load <8 x float>, <8 x float>* %17, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %297, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %17, align 32
  %306 = add i64 %288, 8
  %307 = getelementptr inbounds float, float* %36, i64 %306
  %308 = load float, float* %307, align 4
  %309 = insertelement <8 x float> undef, float %308, i32 0
  %splat1 = shufflevector <8 x float> %309, <8 x float> undef, <8 x i32> zeroinitializer
  %310 = load <8 x float>, <8 x float>* %22, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %293, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %22, align 32
  %312 = load <8 x float>, <8 x float>* %16, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %297, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %16, align 32
  %314 = add i64 %288, 16
  %315 = getelementptr inbounds float, float* %36, i64 %314
  %316 = load float, float* %315, align 4
  %317 = insertelement <8 x float> undef, float %316, i32 0
  %splat2 = shufflevector <8 x float> %317, <8 x float> undef, <8 x i32> zeroinitializer
  %318 = load <8 x float>, <8 x float>* %21, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %293, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %21, align 32
  %320 = load <8 x float>, <8 x float>* %15, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %297, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %15, align 32
  %322 = add i64 %288, 24
  %323 = getelementptr inbounds float, float* %36, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat3 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %20, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %293, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %20, align 32
  %328 = load <8 x float>, <8 x float>* %14, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %297, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %14, align 32
  %330 = add i64 %288, 32
  %331 = getelementptr inbounds float, float* %36, i64 %330
  %332 = load float, float* %331, align 4
  %333 = insertelement <8 x float> undef, float %332, i32 0
  %splat4 = shufflevector <8 x float> %333, <8 x float> undef, <8 x i32> zeroinitializer
  %334 = load <8 x float>, <8 x float>* %19, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %293, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %19, align 32
  %336 = load <8 x float>, <8 x float>* %13, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %297, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %13, align 32
  %338 = add i64 %288, 40
  %339 = getelementptr inbounds float, float* %36, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat5 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %18, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %293, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %18, align 32
  %344 = load <8 x float>, <8 x float>* %12, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %297, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %12, align 32
  %346 = add i64 %289, 8
  %347 = getelementptr inbounds float, float* %4, i64 %346
  %348 = bitcast float* %347 to <8 x float>*
  %349 = load <8 x float>, <8 x float>* %348, align 4
  %350 = add i64 %289, 8200
  %351 = getelementptr inbounds float, float* %4, i64 %350
  %352 = bitcast float* %351 to <8 x float>*
  %353 = load <8 x float>, <8 x float>* %352, align 4
  %354 = add i64 %288, 1
  %355 = getelementptr inbounds float, float* %36, i64 %354
  %356 = load float, float* %355, align 4
  %357 = insertelement <8 x float> undef, float %356, i32 0
  %splat6 = shufflevector <8 x float> %357, <8 x float> undef, <8 x i32> zeroinitializer
  %358 = load <8 x float>, <8 x float>* %23, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %349, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %23, align 32
  %360 = load <8 x float>, <8 x float>* %17, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %353, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %17, align 32
  %362 = add i64 %288, 9
  %363 = getelementptr inbounds float, float* %36, i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat7 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %22, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %349, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %22, align 32
  %368 = load <8 x float>, <8 x float>* %16, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %353, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %16, align 32
  %370 = add i64 %288, 17
  %371 = getelementptr inbounds float, float* %36, i64 %370
  %372 = load float, float* %371, align 4
  %373 = insertelement <8 x float> undef, float %372, i32 0
  %splat8 = shufflevector <8 x float> %373, <8 x float> undef, <8 x i32> zeroinitializer
  %374 = load <8 x float>, <8 x float>* %21, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %349, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %21, align 32
  %376 = load <8 x float>, <8 x float>* %15, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %353, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %15, align 32
  %378 = add i64 %288, 25
  %379 = getelementptr inbounds float, float* %36, i64 %378
  %380 = load float, float* %379, align 4
  %381 = insertelement <8 x float> undef, float %380, i32 0
  %splat9 = shufflevector <8 x float> %381, <8 x float> undef, <8 x i32> zeroinitializer
  %382 = load <8 x float>, <8 x float>* %20, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %349, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %20, align 32
  %384 = load <8 x float>, <8 x float>* %14, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %353, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %14, align 32
  %386 = add i64 %288, 33
  %387 = getelementptr inbounds float, float* %36, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat10 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %19, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %349, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %19, align 32
  %392 = load <8 x float>, <8 x float>* %13, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %353, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %13, align 32
  %394 = add i64 %288, 41
  %395 = getelementptr inbounds float, float* %36, i64 %394
  %396 = load float, float* %395, align 4
  %397 = insertelement <8 x float> undef, float %396, i32 0
  %splat11 = shufflevector <8 x float> %397, <8 x float> undef, <8 x i32> zeroinitializer
  %398 = load <8 x float>, <8 x float>* %18, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %349, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %18, align 32
  %400 = load <8 x float>, <8 x float>* %12, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %353, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %12, align 32
  %402 = add i64 %289, 16
  %403 = getelementptr inbounds float, float* %4, i64 %402
  %404 = bitcast float* %403 to <8 x float>*
  %405 = load <8 x float>, <8 x float>* %404, align 4
  %406 = add i64 %289, 8208
  %407 = getelementptr inbounds float, float* %4, i64 %406
  %408 = bitcast float* %407 to <8 x float>*
  %409 = load <8 x float>, <8 x float>* %408, align 4
  %410 = add i64 %288, 2
  %411 = getelementptr inbounds float, float* %36, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat12 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = load <8 x float>, <8 x float>* %23, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %405, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %23, align 32
  %416 = load <8 x float>, <8 x float>* %17, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %409, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %17, align 32
  %418 = add i64 %288, 10
  %419 = getelementptr inbounds float, float* %36, i64 %418
  %420 = load float, float* %419, align 4
  %421 = insertelement <8 x float> undef, float %420, i32 0
  %splat13 = shufflevector <8 x float> %421, <8 x float> undef, <8 x i32> zeroinitializer
  %422 = load <8 x float>, <8 x float>* %22, align 32
  %423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %405, <8 x float> %422)
  store <8 x float> %423, <8 x float>* %22, align 32
  %424 = load <8 x float>, <8 x float>* %16, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %409, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %16, align 32
  %426 = add i64 %288, 18
  %427 = getelementptr inbounds float, float* %36, i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat14 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %21, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %405, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %21, align 32
  %432 = load <8 x float>, <8 x float>* %15, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %409, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %15, align 32
  %434 = add i64 %288, 26
  %435 = getelementptr inbounds float, float* %36, i64 %434
  %436 = load float, float* %435, align 4
  %437 = insertelement <8 x float> undef, float %436, i32 0
  %splat15 = shufflevector <8 x float> %437, <8 x float> undef, <8 x i32> zeroinitializer
  %438 = load <8 x float>, <8 x float>* %20, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %405, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %20, align 32
  %440 = load <8 x float>, <8 x float>* %14, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %409, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %14, align 32
  %442 = add i64 %288, 34
  %443 = getelementptr inbounds float, float* %36, i64 %442
  %444 = load float, float* %443, align 4
  %445 = insertelement <8 x float> undef, float %444, i32 0
  %splat16 = shufflevector <8 x float> %445, <8 x float> undef, <8 x i32> zeroinitializer
  %446 = load <8 x float>, <8 x float>* %19, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %405, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %19, align 32
  %448 = load <8 x float>, <8 x float>* %13, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %409, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %13, align 32
  %450 = add i64 %288, 42
  %451 = getelementptr inbounds float, float* %36, i64 %450
  %452 = load float, float* %451, align 4
  %453 = insertelement <8 x float> undef, float %452, i32 0
  %splat17 = shufflevector <8 x float> %453, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = load <8 x float>, <8 x float>* %18, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %405, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %18, align 32
  %456 = load <8 x float>, <8 x float>* %12, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %409, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %12, align 32
  %458 = add i64 %289, 24
  %459 = getelementptr inbounds float, float* %4, i64 %458
  %460 = bitcast float* %459 to <8 x float>*
  %461 = load <8 x float>, <8 x float>* %460, align 4
  %462 = add i64 %289, 8216
  %463 = getelementptr inbounds float, float* %4, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  %465 = load <8 x float>, <8 x float>* %464, align 4
  %466 = add i64 %288, 3
  %467 = getelementptr inbounds float, float* %36, i64 %466
  %468 = load float, float* %467, align 4
  %469 = insertelement <8 x float> undef, float %468, i32 0
  %splat18 = shufflevector <8 x float> %469, <8 x float> undef, <8 x i32> zeroinitializer
  %470 = load <8 x float>, <8 x float>* %23, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %461, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %23, align 32
  %472 = load <8 x float>, <8 x float>* %17, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %465, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %17, align 32
  %474 = add i64 %288, 11
  %475 = getelementptr inbounds float, float* %36, i64 %474
  %476 = load float, float* %475, align 4
  %477 = insertelement <8 x float> undef, float %476, i32 0
  %splat19 = shufflevector <8 x float> %477, <8 x float> undef, <8 x i32> zeroinitializer
  %478 = load <8 x float>, <8 x float>* %22, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %461, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %22, align 32
  %480 = load <8 x float>, <8 x float>* %16, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %465, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %16, align 32
  %482 = add i64 %288, 19
  %483 = getelementptr inbounds float, float* %36, i64 %482
  %484 = load float, float* %483, align 4
  %485 = insertelement <8 x float> undef, float %484, i32 0
  %splat20 = shufflevector <8 x float> %485, <8 x float> undef, <8 x i32> zeroinitializer
  %486 = load <8 x float>, <8 x float>* %21, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %461, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %21, align 32
  %488 = load <8 x float>, <8 x float>* %15, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %465, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %15, align 32
  %490 = add i64 %288, 27
  %491 = getelementptr inbounds float, float* %36, i64 %490
  %492 = load float, float* %491, align 4
  %493 = insertelement <8 x float> undef, float %492, i32 0
  %splat21 = shufflevector <8 x float> %493, <8 x float> undef, <8 x i32> zeroinitializer
  %494 = load <8 x float>, <8 x float>* %20, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %461, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %20, align 32
  %496 = load <8 x float>, <8 x float>* %14, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %465, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %14, align 32
  %498 = add i64 %288, 35
  %499 = getelementptr inbounds float, float* %36, i64 %498
  %500 = load float, float* %499, align 4
  %501 = insertelement <8 x float> undef, float %500, i32 0
  %splat22 = shufflevector <8 x float> %501, <8 x float> undef, <8 x i32> zeroinitializer
  %502 = load <8 x float>, <8 x float>* %19, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %461, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %19, align 32
  %504 = load <8 x float>, <8 x float>* %13, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %465, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %13, align 32
  %506 = add i64 %288, 43
  %507 = getelementptr inbounds float, float* %36, i64 %506
  %508 = load float, float* %507, align 4
  %509 = insertelement <8 x float> undef, float %508, i32 0
  %splat23 = shufflevector <8 x float> %509, <8 x float> undef, <8 x i32> zeroinitializer
  %510 = load <8 x float>, <8 x float>* %18, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %461, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %18, align 32
  %512 = load <8 x float>, <8 x float>* %12, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %465, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %12, align 32
  %514 = add i64 %289, 32
  %515 = getelementptr inbounds float, float* %4, i64 %514
  %516 = bitcast float* %515 to <8 x float>*
  %517 = load <8 x float>, <8 x float>* %516, align 4
  %518 = add i64 %289, 8224
  %519 = getelementptr inbounds float, float* %4, i64 %518
  %520 = bitcast float* %519 to <8 x float>*
  %521 = load <8 x float>, <8 x float>* %520, align 4
  %522 = add i64 %288, 4
  %523 = getelementptr inbounds float, float* %36, i64 %522
  %524 = load float, float* %523, align 4
  %525 = insertelement <8 x float> undef, float %524, i32 0
  %splat24 = shufflevector <8 x float> %525, <8 x float> undef, <8 x i32> zeroinitializer
  %526 = load <8 x float>, <8 x float>* %23, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %517, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %23, align 32
  %528 = load <8 x float>, <8 x float>* %17, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %521, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %17, align 32
  %530 = add i64 %288, 12
  %531 = getelementptr inbounds float, float* %36, i64 %530
  %532 = load float, float* %531, align 4
  %533 = insertelement <8 x float> undef, float %532, i32 0
  %splat25 = shufflevector <8 x float> %533, <8 x float> undef, <8 x i32> zeroinitializer
  %534 = load <8 x float>, <8 x float>* %22, align 32
  %535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %517, <8 x float> %534)
  store <8 x float> %535, <8 x float>* %22, align 32
  %536 = load <8 x float>, <8 x float>* %16, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %521, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %16, align 32
  %538 = add i64 %288, 20
  %539 = getelementptr inbounds float, float* %36, i64 %538
  %540 = load float, float* %539, align 4
  %541 = insertelement <8 x float> undef, float %540, i32 0
  %splat26 = shufflevector <8 x float> %541, <8 x float> undef, <8 x i32> zeroinitializer
  %542 = load <8 x float>, <8 x float>* %21, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %517, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %21, align 32
  %544 = load <8 x float>, <8 x float>* %15, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %521, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %15, align 32
  %546 = add i64 %288, 28
  %547 = getelementptr inbounds float, float* %36, i64 %546
  %548 = load float, float* %547, align 4
  %549 = insertelement <8 x float> undef, float %548, i32 0
  %splat27 = shufflevector <8 x float> %549, <8 x float> undef, <8 x i32> zeroinitializer
  %550 = load <8 x float>, <8 x float>* %20, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %517, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %20, align 32
  %552 = load <8 x float>, <8 x float>* %14, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %521, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %14, align 32
  %554 = add i64 %288, 36
  %555 = getelementptr inbounds float, float* %36, i64 %554
  %556 = load float, float* %555, align 4
  %557 = insertelement <8 x float> undef, float %556, i32 0
  %splat28 = shufflevector <8 x float> %557, <8 x float> undef, <8 x i32> zeroinitializer
  %558 = load <8 x float>, <8 x float>* %19, align 32
  %559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %517, <8 x float> %558)
  store <8 x float> %559, <8 x float>* %19, align 32
  %560 = load <8 x float>, <8 x float>* %13, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %521, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %13, align 32
  %562 = add i64 %288, 44
  %563 = getelementptr inbounds float, float* %36, i64 %562
  %564 = load float, float* %563, align 4
  %565 = insertelement <8 x float> undef, float %564, i32 0
  %splat29 = shufflevector <8 x float> %565, <8 x float> undef, <8 x i32> zeroinitializer
  %566 = load <8 x float>, <8 x float>* %18, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %517, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %18, align 32
  %568 = load <8 x float>, <8 x float>* %12, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %521, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %12, align 32
  %570 = add i64 %289, 40
  %571 = getelementptr inbounds float, float* %4, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  %573 = load <8 x float>, <8 x float>* %572, align 4
  %574 = add i64 %289, 8232
  %575 = getelementptr inbounds float, float* %4, i64 %574
  %576 = bitcast float* %575 to <8 x float>*
  %577 = load <8 x float>, <8 x float>* %576, align 4
  %578 = add i64 %288, 5
  %579 = getelementptr inbounds float, float* %36, i64 %578
  %580 = load float, float* %579, align 4
  %581 = insertelement <8 x float> undef, float %580, i32 0
  %splat30 = shufflevector <8 x float> %581, <8 x float> undef, <8 x i32> zeroinitializer
  %582 = load <8 x float>, <8 x float>* %23, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %573, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %23, align 32
  %584 = load <8 x float>, <8 x float>* %17, align 32
  %585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %577, <8 x float> %584)
  store <8 x float> %585, <8 x float>* %17, align 32
  %586 = add i64 %288, 13
  %587 = getelementptr inbounds float, float* %36, i64 %586
  %588 = load float, float* %587, align 4
  %589 = insertelement <8 x float> undef, float %588, i32 0
  %splat31 = shufflevector <8 x float> %589, <8 x float> undef, <8 x i32> zeroinitializer
  %590 = load <8 x float>, <8 x float>* %22, align 32
  %591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %573, <8 x float> %590)
  store <8 x float> %591, <8 x float>* %22, align 32
  %592 = load <8 x float>, <8 x float>* %16, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %577, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %16, align 32
  %594 = add i64 %288, 21
  %595 = getelementptr inbounds float, float* %36, i64 %594
  %596 = load float, float* %595, align 4
  %597 = insertelement <8 x float> undef, float %596, i32 0
  %splat32 = shufflevector <8 x float> %597, <8 x float> undef, <8 x i32> zeroinitializer
  %598 = load <8 x float>, <8 x float>* %21, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %573, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %21, align 32
  %600 = load <8 x float>, <8 x float>* %15, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %577, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %15, align 32
  %602 = add i64 %288, 29
  %603 = getelementptr inbounds float, float* %36, i64 %602
  %604 = load float, float* %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %splat33 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %606 = load <8 x float>, <8 x float>* %20, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %573, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %20, align 32
  %608 = load <8 x float>, <8 x float>* %14, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %577, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %14, align 32
  %610 = add i64 %288, 37
  %611 = getelementptr inbounds float, float* %36, i64 %610
  %612 = load float, float* %611, align 4
  %613 = insertelement <8 x float> undef, float %612, i32 0
  %splat34 = shufflevector <8 x float> %613, <8 x float> undef, <8 x i32> zeroinitializer
  %614 = load <8 x float>, <8 x float>* %19, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %573, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %19, align 32
  %616 = load <8 x float>, <8 x float>* %13, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %577, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %13, align 32
  %618 = add i64 %288, 45
  %619 = getelementptr inbounds float, float* %36, i64 %618
  %620 = load float, float* %619, align 4
  %621 = insertelement <8 x float> undef, float %620, i32 0
  %splat35 = shufflevector <8 x float> %621, <8 x float> undef, <8 x i32> zeroinitializer
  %622 = load <8 x float>, <8 x float>* %18, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %573, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %18, align 32
  %624 = load <8 x float>, <8 x float>* %12, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %577, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %12, align 32
  %626 = add i64 %289, 48
  %627 = getelementptr inbounds float, float* %4, i64 %626
  %628 = bitcast float* %627 to <8 x float>*
  %629 = load <8 x float>, <8 x float>* %628, align 4
  %630 = add i64 %289, 8240
  %631 = getelementptr inbounds float, float* %4, i64 %630
  %632 = bitcast float* %631 to <8 x float>*
  %633 = load <8 x float>, <8 x float>* %632, align 4
  %634 = add i64 %288, 6
  %635 = getelementptr inbounds float, float* %36, i64 %634
  %636 = load float, float* %635, align 4
  %637 = insertelement <8 x float> undef, float %636, i32 0
  %splat36 = shufflevector <8 x float> %637, <8 x float> undef, <8 x i32> zeroinitializer
  %638 = load <8 x float>, <8 x float>* %23, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %629, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %23, align 32
  %640 = load <8 x float>, <8 x float>* %17, align 32
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %633, <8 x float> %640)
  store <8 x float> %641, <8 x float>* %17, align 32
  %642 = add i64 %288, 14
  %643 = getelementptr inbounds float, float* %36, i64 %642
  %644 = load float, float* %643, align 4
  %645 = insertelement <8 x float> undef, float %644, i32 0
  %splat37 = shufflevector <8 x float> %645, <8 x float> undef, <8 x i32> zeroinitializer
  %646 = load <8 x float>, <8 x float>* %22, align 32
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %629, <8 x float> %646)
  store <8 x float> %647, <8 x float>* %22, align 32
  %648 = load <8 x float>, <8 x float>* %16, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %633, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %16, align 32
  %650 = add i64 %288, 22
  %651 = getelementptr inbounds float, float* %36, i64 %650
  %652 = load float, float* %651, align 4
  %653 = insertelement <8 x float> undef, float %652, i32 0
  %splat38 = shufflevector <8 x float> %653, <8 x float> undef, <8 x i32> zeroinitializer
  %654 = load <8 x float>, <8 x float>* %21, align 32
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %629, <8 x float> %654)
  store <8 x float> %655, <8 x float>* %21, align 32
  %656 = load <8 x float>, <8 x float>* %15, align 32
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %633, <8 x float> %656)
  store <8 x float> %657, <8 x float>* %15, align 32
  %658 = add i64 %288, 30
  %659 = getelementptr inbounds float, float* %36, i64 %658
  %660 = load float, float* %659, align 4
  %661 = insertelement <8 x float> undef, float %660, i32 0
  %splat39 = shufflevector <8 x float> %661, <8 x float> undef, <8 x i32> zeroinitializer
  %662 = load <8 x float>, <8 x float>* %20, align 32
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %629, <8 x float> %662)
  store <8 x float> %663, <8 x float>* %20, align 32
  %664 = load <8 x float>, <8 x float>* %14, align 32
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %633, <8 x float> %664)
  store <8 x float> %665, <8 x float>* %14, align 32
  %666 = add i64 %288, 38
  %667 = getelementptr inbounds float, float* %36, i64 %666
  %668 = load float, float* %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %splat40 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = load <8 x float>, <8 x float>* %19, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %629, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %19, align 32
  %672 = load <8 x float>, <8 x float>* %13, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %633, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %13, align 32
  %674 = add i64 %288, 46
  %675 = getelementptr inbounds float, float* %36, i64 %674
  %676 = load float, float* %675, align 4
  %677 = insertelement <8 x float> undef, float %676, i32 0
  %splat41 = shufflevector <8 x float> %677, <8 x float> undef, <8 x i32> zeroinitializer
  %678 = load <8 x float>, <8 x float>* %18, align 32
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %629, <8 x float> %678)
  store <8 x float> %679, <8 x float>* %18, align 32
  %680 = load <8 x float>, <8 x float>* %12, align 32
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %633, <8 x float> %680)
  store <8 x float> %681, <8 x float>* %12, align 32
  %682 = add i64 %289, 56
  %683 = getelementptr inbounds float, float* %4, i64 %682
  %684 = bitcast float* %683 to <8 x float>*
  %685 = load <8 x float>, <8 x float>* %684, align 4
  %686 = add i64 %289, 8248
  %687 = getelementptr inbounds float, float* %4, i64 %686
  %688 = bitcast float* %687 to <8 x float>*
  %689 = load <8 x float>, <8 x float>* %688, align 4
  %690 = add i64 %288, 7
  %691 = getelementptr inbounds float, float* %36, i64 %690
  %692 = load float, float* %691, align 4
  %693 = insertelement <8 x float> undef, float %692, i32 0
  %splat42 = shufflevector <8 x float> %693, <8 x float> undef, <8 x i32> zeroinitializer
  %694 = load <8 x float>, <8 x float>* %23, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %685, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %23, align 32
  %696 = load <8 x float>, <8 x float>* %17, align 32
  %697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %689, <8 x float> %696)
  store <8 x float> %697, <8 x float>* %17, align 32
  %698 = add i64 %288, 15
  %699 = getelementptr inbounds float, float* %36, i64 %698
  %700 = load float, float* %699, align 4
  %701 = insertelement <8 x float> undef, float %700, i32 0
  %splat43 = shufflevector <8 x float> %701, <8 x float> undef, <8 x i32> zeroinitializer
  %702 = load <8 x float>, <8 x float>* %22, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %685, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %22, align 32
  %704 = load <8 x float>, <8 x float>* %16, align 32
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %689, <8 x float> %704)
  store <8 x float> %705, <8 x float>* %16, align 32
  %706 = add i64 %288, 23
  %707 = getelementptr inbounds float, float* %36, i64 %706
  %708 = load float, float* %707, align 4
  %709 = insertelement <8 x float> undef, float %708, i32 0
  %splat44 = shufflevector <8 x float> %709, <8 x float> undef, <8 x i32> zeroinitializer
  %710 = load <8 x float>, <8 x float>* %21, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %685, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %21, align 32
  %712 = load <8 x float>, <8 x float>* %15, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %689, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %15, align 32
  %714 = add i64 %288, 31
  %715 = getelementptr inbounds float, float* %36, i64 %714
  %716 = load float, float* %715, align 4
  %717 = insertelement <8 x float> undef, float %716, i32 0
  %splat45 = shufflevector <8 x float> %717, <8 x float> undef, <8 x i32> zeroinitializer
  %718 = load <8 x float>, <8 x float>* %20, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %685, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %20, align 32
  %720 = load <8 x float>, <8 x float>* %14, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %689, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %14, align 32
  %722 = add i64 %288, 39
  %723 = getelementptr inbounds float, float* %36, i64 %722
  %724 = load float, float* %723, align 4
  %725 = insertelement <8 x float> undef, float %724, i32 0
  %splat46 = shufflevector <8 x float> %725, <8 x float> undef, <8 x i32> zeroinitializer
  %726 = load <8 x float>, <8 x float>* %19, align 32
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %685, <8 x float> %726)
  store <8 x float> %727, <8 x float>* %19, align 32
  %728 = load <8 x float>, <8 x float>* %13, align 32
  %729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %689, <8 x float> %728)
  store <8 x float> %729, <8 x float>* %13, align 32
  %730 = add i64 %288, 47
  %731 = getelementptr inbounds float, float* %36, i64 %730
  %732 = load float, float* %731, align 4
  %733 = insertelement <8 x float> undef, float %732, i32 0
  %splat47 = shufflevector <8 x float> %733, <8 x float> undef, <8 x i32> zeroinitializer
  %734 = load <8 x float>, <8 x float>* %18, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %685, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %18, align 32
  %736 = load <8 x float>, <8 x float>* %12, align 32
  %737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %689, <8 x float> %736)
  store <8 x float> %737, <8 x float>* %12, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %738 = load <8 x float>, <8 x float>* %23, align 32
  %739 = fcmp olt <8 x float> %738, zeroinitializer
  %740 = select <8 x i1> %739, <8 x float> zeroinitializer, <8 x float> %738
  %741 = getelementptr inbounds float, float* %0, i64 %205
  %742 = bitcast float* %741 to <8 x float>*
  store <8 x float> %740, <8 x float>* %742, align 4
  %743 = load <8 x float>, <8 x float>* %22, align 32
  %744 = fcmp olt <8 x float> %743, zeroinitializer
  %745 = select <8 x i1> %744, <8 x float> zeroinitializer, <8 x float> %743
  %746 = getelementptr inbounds float, float* %0, i64 %208
  %747 = bitcast float* %746 to <8 x float>*
  store <8 x float> %745, <8 x float>* %747, align 4
  %748 = load <8 x float>, <8 x float>* %21, align 32
  %749 = fcmp olt <8 x float> %748, zeroinitializer
  %750 = select <8 x i1> %749, <8 x float> zeroinitializer, <8 x float> %748
  %751 = getelementptr inbounds float, float* %0, i64 %211
  %752 = bitcast float* %751 to <8 x float>*
  store <8 x float> %750, <8 x float>* %752, align 4
  %753 = load <8 x float>, <8 x float>* %20, align 32
  %754 = fcmp olt <8 x float> %753, zeroinitializer
  %755 = select <8 x i1> %754, <8 x float> zeroinitializer, <8 x float> %753
  %756 = getelementptr inbounds float, float* %0, i64 %214
  %757 = bitcast float* %756 to <8 x float>*
  store <8 x float> %755, <8 x float>* %757, align 4
  %758 = load <8 x float>, <8 x float>* %19, align 32
  %759 = fcmp olt <8 x float> %758, zeroinitializer
  %760 = select <8 x i1> %759, <8 x float> zeroinitializer, <8 x float> %758
  %761 = getelementptr inbounds float, float* %0, i64 %217
  %762 = bitcast float* %761 to <8 x float>*
  store <8 x float> %760, <8 x float>* %762, align 4
  %763 = load <8 x float>, <8 x float>* %18, align 32
  %764 = fcmp olt <8 x float> %763, zeroinitializer
  %765 = select <8 x i1> %764, <8 x float> zeroinitializer, <8 x float> %763
  %766 = getelementptr inbounds float, float* %0, i64 %220
  %767 = bitcast float* %766 to <8 x float>*
  store <8 x float> %765, <8 x float>* %767, align 4
  %768 = load <8 x float>, <8 x float>* %17, align 32
  %769 = fcmp olt <8 x float> %768, zeroinitializer
  %770 = select <8 x i1> %769, <8 x float> zeroinitializer, <8 x float> %768
  %771 = getelementptr inbounds float, float* %0, i64 %227
  %772 = bitcast float* %771 to <8 x float>*
  store <8 x float> %770, <8 x float>* %772, align 4
  %773 = load <8 x float>, <8 x float>* %16, align 32
  %774 = fcmp olt <8 x float> %773, zeroinitializer
  %775 = select <8 x i1> %774, <8 x float> zeroinitializer, <8 x float> %773
  %776 = getelementptr inbounds float, float* %0, i64 %230
  %777 = bitcast float* %776 to <8 x float>*
  store <8 x float> %775, <8 x float>* %777, align 4
  %778 = load <8 x float>, <8 x float>* %15, align 32
  %779 = fcmp olt <8 x float> %778, zeroinitializer
  %780 = select <8 x i1> %779, <8 x float> zeroinitializer, <8 x float> %778
  %781 = getelementptr inbounds float, float* %0, i64 %233
  %782 = bitcast float* %781 to <8 x float>*
  store <8 x float> %780, <8 x float>* %782, align 4
  %783 = load <8 x float>, <8 x float>* %14, align 32
  %784 = fcmp olt <8 x float> %783, zeroinitializer
  %785 = select <8 x i1> %784, <8 x float> zeroinitializer, <8 x float> %783
  %786 = getelementptr inbounds float, float* %0, i64 %236
  %787 = bitcast float* %786 to <8 x float>*
  store <8 x float> %785, <8 x float>* %787, align 4
  %788 = load <8 x float>, <8 x float>* %13, align 32
  %789 = fcmp olt <8 x float> %788, zeroinitializer
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> %788
  %791 = getelementptr inbounds float, float* %0, i64 %239
  %792 = bitcast float* %791 to <8 x float>*
  store <8 x float> %790, <8 x float>* %792, align 4
  %793 = load <8 x float>, <8 x float>* %12, align 32
  %794 = fcmp olt <8 x float> %793, zeroinitializer
  %795 = select <8 x i1> %794, <8 x float> zeroinitializer, <8 x float> %793
  %796 = getelementptr inbounds float, float* %0, i64 %242
  %797 = bitcast float* %796 to <8 x float>*
  store <8 x float> %795, <8 x float>* %797, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next60, %u.body49 ]
  %798 = icmp slt i64 %u51, 128
  br i1 %798, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %799 = add i64 0, %u51
  %800 = mul i64 %799, 392
  %801 = add i64 384, %800
  %802 = mul i64 %799, 64
  %803 = add i64 %196, %802
  %804 = add i64 %801, 0
  %805 = add i64 %804, 0
  %806 = add i64 %803, 0
  %807 = add i64 %806, 0
  %808 = getelementptr inbounds float, float* %4, i64 %807
  %809 = bitcast float* %808 to <8 x float>*
  %810 = load <8 x float>, <8 x float>* %809, align 4
  %811 = add i64 %806, 8192
  %812 = getelementptr inbounds float, float* %4, i64 %811
  %813 = bitcast float* %812 to <8 x float>*
  %814 = load <8 x float>, <8 x float>* %813, align 4
  %815 = add i64 %805, 0
  %816 = getelementptr inbounds float, float* %36, i64 %815
  %817 = load float, float* %816, align 4
  %818 = insertelement <8 x float> undef, float %817, i32 0
  %splat52 = shufflevector <8 x float> %818, <8 x float> undef, <8 x i32> zeroinitializer
  %819 = load <8 x float>, <8 x float>* %11, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %810, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %11, align 32
  %821 = load <8 x float>, <8 x float>* %10, align 32
  %822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %814, <8 x float> %821)
  store <8 x float> %822, <8 x float>* %10, align 32
  %823 = add i64 %806, 8
  %824 = getelementptr inbounds float, float* %4, i64 %823
  %825 = bitcast float* %824 to <8 x float>*
  %826 = load <8 x float>, <8 x float>* %825, align 4
  %827 = add i64 %806, 8200
  %828 = getelementptr inbounds float, float* %4, i64 %827
  %829 = bitcast float* %828 to <8 x float>*
  %830 = load <8 x float>, <8 x float>* %829, align 4
  %831 = add i64 %805, 1
  %832 = getelementptr inbounds float, float* %36, i64 %831
  %833 = load float, float* %832, align 4
  %834 = insertelement <8 x float> undef, float %833, i32 0
  %splat53 = shufflevector <8 x float> %834, <8 x float> undef, <8 x i32> zeroinitializer
  %835 = load <8 x float>, <8 x float>* %11, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %826, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %11, align 32
  %837 = load <8 x float>, <8 x float>* %10, align 32
  %838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %830, <8 x float> %837)
  store <8 x float> %838, <8 x float>* %10, align 32
  %839 = add i64 %806, 16
  %840 = getelementptr inbounds float, float* %4, i64 %839
  %841 = bitcast float* %840 to <8 x float>*
  %842 = load <8 x float>, <8 x float>* %841, align 4
  %843 = add i64 %806, 8208
  %844 = getelementptr inbounds float, float* %4, i64 %843
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = add i64 %805, 2
  %848 = getelementptr inbounds float, float* %36, i64 %847
  %849 = load float, float* %848, align 4
  %850 = insertelement <8 x float> undef, float %849, i32 0
  %splat54 = shufflevector <8 x float> %850, <8 x float> undef, <8 x i32> zeroinitializer
  %851 = load <8 x float>, <8 x float>* %11, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %842, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %11, align 32
  %853 = load <8 x float>, <8 x float>* %10, align 32
  %854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %846, <8 x float> %853)
  store <8 x float> %854, <8 x float>* %10, align 32
  %855 = add i64 %806, 24
  %856 = getelementptr inbounds float, float* %4, i64 %855
  %857 = bitcast float* %856 to <8 x float>*
  %858 = load <8 x float>, <8 x float>* %857, align 4
  %859 = add i64 %806, 8216
  %860 = getelementptr inbounds float, float* %4, i64 %859
  %861 = bitcast float* %860 to <8 x float>*
  %862 = load <8 x float>, <8 x float>* %861, align 4
  %863 = add i64 %805, 3
  %864 = getelementptr inbounds float, float* %36, i64 %863
  %865 = load float, float* %864, align 4
  %866 = insertelement <8 x float> undef, float %865, i32 0
  %splat55 = shufflevector <8 x float> %866, <8 x float> undef, <8 x i32> zeroinitializer
  %867 = load <8 x float>, <8 x float>* %11, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %858, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %11, align 32
  %869 = load <8 x float>, <8 x float>* %10, align 32
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %862, <8 x float> %869)
  store <8 x float> %870, <8 x float>* %10, align 32
  %871 = add i64 %806, 32
  %872 = getelementptr inbounds float, float* %4, i64 %871
  %873 = bitcast float* %872 to <8 x float>*
  %874 = load <8 x float>, <8 x float>* %873, align 4
  %875 = add i64 %806, 8224
  %876 = getelementptr inbounds float, float* %4, i64 %875
  %877 = bitcast float* %876 to <8 x float>*
  %878 = load <8 x float>, <8 x float>* %877, align 4
  %879 = add i64 %805, 4
  %880 = getelementptr inbounds float, float* %36, i64 %879
  %881 = load float, float* %880, align 4
  %882 = insertelement <8 x float> undef, float %881, i32 0
  %splat56 = shufflevector <8 x float> %882, <8 x float> undef, <8 x i32> zeroinitializer
  %883 = load <8 x float>, <8 x float>* %11, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %874, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %11, align 32
  %885 = load <8 x float>, <8 x float>* %10, align 32
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %878, <8 x float> %885)
  store <8 x float> %886, <8 x float>* %10, align 32
  %887 = add i64 %806, 40
  %888 = getelementptr inbounds float, float* %4, i64 %887
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = add i64 %806, 8232
  %892 = getelementptr inbounds float, float* %4, i64 %891
  %893 = bitcast float* %892 to <8 x float>*
  %894 = load <8 x float>, <8 x float>* %893, align 4
  %895 = add i64 %805, 5
  %896 = getelementptr inbounds float, float* %36, i64 %895
  %897 = load float, float* %896, align 4
  %898 = insertelement <8 x float> undef, float %897, i32 0
  %splat57 = shufflevector <8 x float> %898, <8 x float> undef, <8 x i32> zeroinitializer
  %899 = load <8 x float>, <8 x float>* %11, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %890, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %11, align 32
  %901 = load <8 x float>, <8 x float>* %10, align 32
  %902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %894, <8 x float> %901)
  store <8 x float> %902, <8 x float>* %10, align 32
  %903 = add i64 %806, 48
  %904 = getelementptr inbounds float, float* %4, i64 %903
  %905 = bitcast float* %904 to <8 x float>*
  %906 = load <8 x float>, <8 x float>* %905, align 4
  %907 = add i64 %806, 8240
  %908 = getelementptr inbounds float, float* %4, i64 %907
  %909 = bitcast float* %908 to <8 x float>*
  %910 = load <8 x float>, <8 x float>* %909, align 4
  %911 = add i64 %805, 6
  %912 = getelementptr inbounds float, float* %36, i64 %911
  %913 = load float, float* %912, align 4
  %914 = insertelement <8 x float> undef, float %913, i32 0
  %splat58 = shufflevector <8 x float> %914, <8 x float> undef, <8 x i32> zeroinitializer
  %915 = load <8 x float>, <8 x float>* %11, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %906, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %11, align 32
  %917 = load <8 x float>, <8 x float>* %10, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %910, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %10, align 32
  %919 = add i64 %806, 56
  %920 = getelementptr inbounds float, float* %4, i64 %919
  %921 = bitcast float* %920 to <8 x float>*
  %922 = load <8 x float>, <8 x float>* %921, align 4
  %923 = add i64 %806, 8248
  %924 = getelementptr inbounds float, float* %4, i64 %923
  %925 = bitcast float* %924 to <8 x float>*
  %926 = load <8 x float>, <8 x float>* %925, align 4
  %927 = add i64 %805, 7
  %928 = getelementptr inbounds float, float* %36, i64 %927
  %929 = load float, float* %928, align 4
  %930 = insertelement <8 x float> undef, float %929, i32 0
  %splat59 = shufflevector <8 x float> %930, <8 x float> undef, <8 x i32> zeroinitializer
  %931 = load <8 x float>, <8 x float>* %11, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %922, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %11, align 32
  %933 = load <8 x float>, <8 x float>* %10, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %926, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %10, align 32
  %u.next60 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %935 = load <8 x float>, <8 x float>* %11, align 32
  %936 = fcmp olt <8 x float> %935, zeroinitializer
  %937 = select <8 x i1> %936, <8 x float> zeroinitializer, <8 x float> %935
  %938 = getelementptr inbounds float, float* %0, i64 %263
  %939 = bitcast float* %938 to <8 x float>*
  store <8 x float> %937, <8 x float>* %939, align 4
  %940 = load <8 x float>, <8 x float>* %10, align 32
  %941 = fcmp olt <8 x float> %940, zeroinitializer
  %942 = select <8 x i1> %941, <8 x float> zeroinitializer, <8 x float> %940
  %943 = getelementptr inbounds float, float* %0, i64 %270
  %944 = bitcast float* %943 to <8 x float>*
  store <8 x float> %942, <8 x float>* %944, align 4
  %block.group.next = add i64 %block.group, 1
  br label %block.group.header
}

; Function Attrs: noinline nounwind
define internal void @node13.conv2d_14.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = getelementptr inbounds i8*, i8** %1, i64 6
  %21 = load i8*, i8** %20, align 8
  %22 = bitcast i8* %21 to float*
  %23 = getelementptr inbounds i8*, i8** %1, i64 7
  %24 = load i8*, i8** %23, align 8
  %25 = bitcast i8* %24 to float*
  %26 = call i32 @omp_get_thread_num()
  %27 = sext i32 %26 to i64
  %28 = call i32 @omp_get_num_threads()
  %29 = sext i32 %28 to i64
  %30 = sub i64 %29, 1
  %31 = add i64 2, %30
  %32 = sdiv i64 %31, %29
  %33 = mul i64 %27, %32
  %34 = icmp slt i64 %33, 2
  %35 = select i1 %34, i64 %33, i64 2
  %36 = add i64 %35, %32
  %37 = icmp slt i64 %36, 2
  %38 = select i1 %37, i64 %36, i64 2
  call void @node13.conv2d_14.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %35, i64 %38)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.globalAvgPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %p.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %p.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  %8 = mul i64 %task, 392
  br label %p.header

task.exit:                                        ; preds = %task.header
  ret void

p.header:                                         ; preds = %p.body, %task.body
  %p = phi i64 [ 0, %task.body ], [ %p.next, %p.body ]
  %9 = icmp slt i64 %p, 49
  br i1 %9, label %p.body, label %p.exit

p.body:                                           ; preds = %p.header
  %10 = mul i64 %p, 8
  %11 = add i64 %8, %10
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = bitcast float* %12 to <8 x float>*
  %14 = load <8 x float>, <8 x float>* %13, align 4
  %15 = load <8 x float>, <8 x float>* %6, align 32
  %16 = fadd <8 x float> %15, %14
  store <8 x float> %16, <8 x float>* %6, align 32
  %p.next = add i64 %p, 1
  br label %p.header

p.exit:                                           ; preds = %p.header
  %17 = load <8 x float>, <8 x float>* %6, align 32
  %18 = fdiv <8 x float> %17, <float 4.900000e+01, float 4.900000e+01, float 4.900000e+01, float 4.900000e+01, float 4.900000e+01, float 4.900000e+01, float 4.900000e+01, float 4.900000e+01>
  %19 = mul i64 %task, 8
  %20 = getelementptr inbounds float, float* %0, i64 %19
  %21 = bitcast float* %20 to <8 x float>*
  store <8 x float> %18, <8 x float>* %21, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node14.globalAvgPool2d_1.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 128, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 128
  %23 = select i1 %22, i64 %21, i64 128
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 128
  %26 = select i1 %25, i64 %24, i64 128
  call void @node14.globalAvgPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node16.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %13 = icmp slt i64 %task, %7
  br i1 %13, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %14 = srem i64 %task, 1
  %15 = sdiv i64 %task, 1
  %16 = mul i64 %14, 1
  %17 = mul i64 %15, 32
  %18 = mul i64 %15, 32768
  %19 = icmp eq i64 %15, 31
  br i1 %19, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %20 = add i64 %17, 0
  %21 = getelementptr inbounds float, float* %5, i64 %20
  %22 = bitcast float* %21 to <8 x float>*
  %23 = load <8 x float>, <8 x float>* %22, align 4
  store <8 x float> %23, <8 x float>* %12, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %24 = add i64 %17, 0
  %25 = getelementptr inbounds float, float* %5, i64 %24
  %26 = bitcast float* %25 to <8 x float>*
  %27 = load <8 x float>, <8 x float>* %26, align 4
  %28 = add i64 %17, 8
  %29 = getelementptr inbounds float, float* %5, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %17, 16
  %33 = getelementptr inbounds float, float* %5, i64 %32
  %34 = bitcast float* %33 to <8 x float>*
  %35 = load <8 x float>, <8 x float>* %34, align 4
  %36 = add i64 %17, 24
  %37 = getelementptr inbounds float, float* %5, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  store <8 x float> %27, <8 x float>* %11, align 32
  store <8 x float> %31, <8 x float>* %10, align 32
  store <8 x float> %35, <8 x float>* %9, align 32
  store <8 x float> %39, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %40 = icmp slt i64 %k, 1024
  br i1 %40, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %41 = mul i64 %k, 8
  %42 = add i64 %18, %41
  %43 = add i64 %42, 0
  %44 = getelementptr inbounds float, float* %4, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  %47 = add i64 %16, 0
  %48 = mul i64 %47, 1024
  %49 = add i64 %48, %k
  %50 = getelementptr inbounds float, float* %1, i64 %49
  %51 = load float, float* %50, align 4
  %52 = insertelement <8 x float> undef, float %51, i32 0
  %splat = shufflevector <8 x float> %52, <8 x float> undef, <8 x i32> zeroinitializer
  %53 = load <8 x float>, <8 x float>* %12, align 32
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %46, <8 x float> %53)
  store <8 x float> %54, <8 x float>* %12, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %55 = add i64 %16, 0
  %56 = add i64 %17, 0
  %57 = load <8 x float>, <8 x float>* %12, align 32
  %58 = mul i64 %55, 1000
  %59 = add i64 %58, %56
  %60 = getelementptr inbounds float, float* %0, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  store <8 x float> %57, <8 x float>* %61, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %62 = icmp slt i64 %k4, 1024
  br i1 %62, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %63 = mul i64 %k4, 32
  %64 = add i64 %18, %63
  %65 = add i64 %64, 0
  %66 = getelementptr inbounds float, float* %4, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  %69 = add i64 %64, 8
  %70 = getelementptr inbounds float, float* %4, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  %72 = load <8 x float>, <8 x float>* %71, align 4
  %73 = add i64 %64, 16
  %74 = getelementptr inbounds float, float* %4, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 %64, 24
  %78 = getelementptr inbounds float, float* %4, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %16, 0
  %82 = mul i64 %81, 1024
  %83 = add i64 %82, %k4
  %84 = getelementptr inbounds float, float* %1, i64 %83
  %85 = load float, float* %84, align 4
  %86 = insertelement <8 x float> undef, float %85, i32 0
  %splat5 = shufflevector <8 x float> %86, <8 x float> undef, <8 x i32> zeroinitializer
  %87 = load <8 x float>, <8 x float>* %11, align 32
  %88 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %68, <8 x float> %87)
  store <8 x float> %88, <8 x float>* %11, align 32
  %89 = load <8 x float>, <8 x float>* %10, align 32
  %90 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %72, <8 x float> %89)
  store <8 x float> %90, <8 x float>* %10, align 32
  %91 = load <8 x float>, <8 x float>* %9, align 32
  %92 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %76, <8 x float> %91)
  store <8 x float> %92, <8 x float>* %9, align 32
  %93 = load <8 x float>, <8 x float>* %8, align 32
  %94 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %80, <8 x float> %93)
  store <8 x float> %94, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %95 = add i64 %16, 0
  %96 = add i64 %17, 0
  %97 = load <8 x float>, <8 x float>* %11, align 32
  %98 = mul i64 %95, 1000
  %99 = add i64 %98, %96
  %100 = getelementptr inbounds float, float* %0, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %97, <8 x float>* %101, align 4
  %102 = add i64 %16, 0
  %103 = add i64 %17, 8
  %104 = load <8 x float>, <8 x float>* %10, align 32
  %105 = mul i64 %102, 1000
  %106 = add i64 %105, %103
  %107 = getelementptr inbounds float, float* %0, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  store <8 x float> %104, <8 x float>* %108, align 4
  %109 = add i64 %16, 0
  %110 = add i64 %17, 16
  %111 = load <8 x float>, <8 x float>* %9, align 32
  %112 = mul i64 %109, 1000
  %113 = add i64 %112, %110
  %114 = getelementptr inbounds float, float* %0, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %111, <8 x float>* %115, align 4
  %116 = add i64 %16, 0
  %117 = add i64 %17, 24
  %118 = load <8 x float>, <8 x float>* %8, align 32
  %119 = mul i64 %116, 1000
  %120 = add i64 %119, %117
  %121 = getelementptr inbounds float, float* %0, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %118, <8 x float>* %122, align 4
  br label %endif
}

; Function Attrs: noinline nounwind
define internal void @node16.dense_1.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = call i32 @omp_get_thread_num()
  %21 = sext i32 %20 to i64
  %22 = call i32 @omp_get_num_threads()
  %23 = sext i32 %22 to i64
  %24 = sub i64 %23, 1
  %25 = add i64 32, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 32
  %29 = select i1 %28, i64 %27, i64 32
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 32
  %32 = select i1 %31, i64 %30, i64 32
  call void @node16.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.dense_1.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  %8 = alloca float, align 4
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %s.exit20, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit20 ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = mul i64 %task, 1000
  %12 = add i64 %11, 1000
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store float 0xFFF0000000000000, float* %8, align 4
  %13 = sub i64 %12, %11
  %14 = sdiv i64 %13, 8
  %15 = mul i64 %14, 8
  %16 = add i64 %11, %15
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %11, %task.body ], [ %v.next, %v.body ]
  %17 = icmp slt i64 %v, %16
  br i1 %17, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %18 = load <8 x float>, <8 x float>* %9, align 32
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %18, <8 x float> %21)
  store <8 x float> %22, <8 x float>* %9, align 32
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %16, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %12
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = load float, float* %8, align 4
  %25 = getelementptr inbounds float, float* %1, i64 %s
  %26 = load float, float* %25, align 4
  %27 = call float @llvm.maxnum.f32(float %24, float %26)
  store float %27, float* %8, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %28 = load <8 x float>, <8 x float>* %9, align 32
  %29 = shufflevector <8 x float> %28, <8 x float> %28, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %30 = shufflevector <8 x float> %28, <8 x float> %28, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %31 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %29, <4 x float> %30)
  %32 = shufflevector <4 x float> %31, <4 x float> %31, <2 x i32> <i32 0, i32 1>
  %33 = shufflevector <4 x float> %31, <4 x float> %31, <2 x i32> <i32 2, i32 3>
  %34 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %32, <2 x float> %33)
  %35 = shufflevector <2 x float> %34, <2 x float> %34, <1 x i32> zeroinitializer
  %36 = shufflevector <2 x float> %34, <2 x float> %34, <1 x i32> <i32 1>
  %37 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %35, <1 x float> %36)
  %38 = extractelement <1 x float> %37, i32 0
  %39 = load float, float* %8, align 4
  %40 = call float @llvm.maxnum.f32(float %38, float %39)
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store float 0.000000e+00, float* %6, align 4
  %41 = sub i64 %12, %11
  %42 = sdiv i64 %41, 8
  %43 = mul i64 %42, 8
  %44 = add i64 %11, %43
  br label %v.header1

v.header1:                                        ; preds = %v.body2, %s.exit
  %v4 = phi i64 [ %11, %s.exit ], [ %v.next5, %v.body2 ]
  %45 = icmp slt i64 %v4, %44
  br i1 %45, label %v.body2, label %v.exit3

v.body2:                                          ; preds = %v.header1
  %46 = load <8 x float>, <8 x float>* %7, align 32
  %47 = getelementptr inbounds float, float* %1, i64 %v4
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  %51 = fsub <8 x float> %49, %splat
  %52 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %51, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %53 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %52, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %55 = call <8 x float> @llvm.floor.v8f32(<8 x float> %54)
  %56 = call <8 x float> @llvm.fma.v8f32(<8 x float> %55, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %53)
  %57 = call <8 x float> @llvm.fma.v8f32(<8 x float> %55, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %56)
  %58 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %57, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %59 = call <8 x float> @llvm.fma.v8f32(<8 x float> %58, <8 x float> %57, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %59, <8 x float> %57, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %60, <8 x float> %57, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %62 = call <8 x float> @llvm.fma.v8f32(<8 x float> %61, <8 x float> %57, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %63 = fmul <8 x float> %57, %57
  %64 = call <8 x float> @llvm.fma.v8f32(<8 x float> %62, <8 x float> %63, <8 x float> %57)
  %65 = fadd <8 x float> %64, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %66 = fptosi <8 x float> %55 to <8 x i32>
  %67 = add <8 x i32> %66, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %68 = shl <8 x i32> %67, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %69 = bitcast <8 x i32> %68 to <8 x float>
  %70 = fmul <8 x float> %65, %69
  %71 = fadd <8 x float> %46, %70
  store <8 x float> %71, <8 x float>* %7, align 32
  %v.next5 = add i64 %v4, 8
  br label %v.header1

v.exit3:                                          ; preds = %v.header1
  br label %s.header6

s.header6:                                        ; preds = %s.body7, %v.exit3
  %s9 = phi i64 [ %44, %v.exit3 ], [ %s.next10, %s.body7 ]
  %72 = icmp slt i64 %s9, %12
  br i1 %72, label %s.body7, label %s.exit8

s.body7:                                          ; preds = %s.header6
  %73 = load float, float* %6, align 4
  %74 = getelementptr inbounds float, float* %1, i64 %s9
  %75 = load float, float* %74, align 4
  %76 = fsub float %75, %40
  %77 = call float @llvm.maxnum.f32(float %76, float 0xC055D33340000000)
  %78 = call float @llvm.minnum.f32(float %77, float 0x40562CCCC0000000)
  %79 = call float @llvm.fma.f32(float %78, float 0x3FF7154760000000, float 5.000000e-01)
  %80 = call float @llvm.floor.f32(float %79)
  %81 = call float @llvm.fma.f32(float %80, float 0xBFE6300000000000, float %78)
  %82 = call float @llvm.fma.f32(float %80, float 0x3F2BD01060000000, float %81)
  %83 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %82, float 0x3F56E879C0000000)
  %84 = call float @llvm.fma.f32(float %83, float %82, float 0x3F81112100000000)
  %85 = call float @llvm.fma.f32(float %84, float %82, float 0x3FA5553820000000)
  %86 = call float @llvm.fma.f32(float %85, float %82, float 0x3FC5555540000000)
  %87 = call float @llvm.fma.f32(float %86, float %82, float 5.000000e-01)
  %88 = fmul float %82, %82
  %89 = call float @llvm.fma.f32(float %87, float %88, float %82)
  %90 = fadd float %89, 1.000000e+00
  %91 = fptosi float %80 to i32
  %92 = add i32 %91, 127
  %93 = shl i32 %92, 23
  %94 = bitcast i32 %93 to float
  %95 = fmul float %90, %94
  %96 = fadd float %73, %95
  store float %96, float* %6, align 4
  %s.next10 = add i64 %s9, 1
  br label %s.header6

s.exit8:                                          ; preds = %s.header6
  %97 = load <8 x float>, <8 x float>* %7, align 32
  %98 = shufflevector <8 x float> %97, <8 x float> %97, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %99 = shufflevector <8 x float> %97, <8 x float> %97, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %100 = fadd <4 x float> %98, %99
  %101 = shufflevector <4 x float> %100, <4 x float> %100, <2 x i32> <i32 0, i32 1>
  %102 = shufflevector <4 x float> %100, <4 x float> %100, <2 x i32> <i32 2, i32 3>
  %103 = fadd <2 x float> %101, %102
  %104 = shufflevector <2 x float> %103, <2 x float> %103, <1 x i32> zeroinitializer
  %105 = shufflevector <2 x float> %103, <2 x float> %103, <1 x i32> <i32 1>
  %106 = fadd <1 x float> %104, %105
  %107 = extractelement <1 x float> %106, i32 0
  %108 = load float, float* %6, align 4
  %109 = fadd float %107, %108
  %110 = sub i64 %12, %11
  %111 = sdiv i64 %110, 8
  %112 = mul i64 %111, 8
  %113 = add i64 %11, %112
  br label %v.header11

v.header11:                                       ; preds = %v.body12, %s.exit8
  %v14 = phi i64 [ %11, %s.exit8 ], [ %v.next17, %v.body12 ]
  %114 = icmp slt i64 %v14, %113
  br i1 %114, label %v.body12, label %v.exit13

v.body12:                                         ; preds = %v.header11
  %115 = getelementptr inbounds float, float* %1, i64 %v14
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = insertelement <8 x float> undef, float %40, i32 0
  %splat15 = shufflevector <8 x float> %118, <8 x float> undef, <8 x i32> zeroinitializer
  %119 = fsub <8 x float> %117, %splat15
  %120 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %119, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %121 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %120, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %121, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %123 = call <8 x float> @llvm.floor.v8f32(<8 x float> %122)
  %124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %123, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %121)
  %125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %123, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %124)
  %126 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %125, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %125, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %127, <8 x float> %125, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %125, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %129, <8 x float> %125, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %131 = fmul <8 x float> %125, %125
  %132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %130, <8 x float> %131, <8 x float> %125)
  %133 = fadd <8 x float> %132, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %134 = fptosi <8 x float> %123 to <8 x i32>
  %135 = add <8 x i32> %134, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %136 = shl <8 x i32> %135, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %137 = bitcast <8 x i32> %136 to <8 x float>
  %138 = fmul <8 x float> %133, %137
  %139 = insertelement <8 x float> undef, float %109, i32 0
  %splat16 = shufflevector <8 x float> %139, <8 x float> undef, <8 x i32> zeroinitializer
  %140 = fdiv <8 x float> %138, %splat16
  %141 = getelementptr inbounds float, float* %0, i64 %v14
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %140, <8 x float>* %142, align 4
  %v.next17 = add i64 %v14, 8
  br label %v.header11

v.exit13:                                         ; preds = %v.header11
  br label %s.header18

s.header18:                                       ; preds = %s.body19, %v.exit13
  %s21 = phi i64 [ %113, %v.exit13 ], [ %s.next22, %s.body19 ]
  %143 = icmp slt i64 %s21, %12
  br i1 %143, label %s.body19, label %s.exit20

s.body19:                                         ; preds = %s.header18
  %144 = getelementptr inbounds float, float* %1, i64 %s21
  %145 = load float, float* %144, align 4
  %146 = fsub float %145, %40
  %147 = call float @llvm.maxnum.f32(float %146, float 0xC055D33340000000)
  %148 = call float @llvm.minnum.f32(float %147, float 0x40562CCCC0000000)
  %149 = call float @llvm.fma.f32(float %148, float 0x3FF7154760000000, float 5.000000e-01)
  %150 = call float @llvm.floor.f32(float %149)
  %151 = call float @llvm.fma.f32(float %150, float 0xBFE6300000000000, float %148)
  %152 = call float @llvm.fma.f32(float %150, float 0x3F2BD01060000000, float %151)
  %153 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %152, float 0x3F56E879C0000000)
  %154 = call float @llvm.fma.f32(float %153, float %152, float 0x3F81112100000000)
  %155 = call float @llvm.fma.f32(float %154, float %152, float 0x3FA5553820000000)
  %156 = call float @llvm.fma.f32(float %155, float %152, float 0x3FC5555540000000)
  %157 = call float @llvm.fma.f32(float %156, float %152, float 5.000000e-01)
  %158 = fmul float %152, %152
  %159 = call float @llvm.fma.f32(float %157, float %158, float %152)
  %160 = fadd float %159, 1.000000e+00
  %161 = fptosi float %150 to i32
  %162 = add i32 %161, 127
  %163 = shl i32 %162, 23
  %164 = bitcast i32 %163 to float
  %165 = fmul float %160, %164
  %166 = fdiv float %165, %109
  %167 = getelementptr inbounds float, float* %0, i64 %s21
  store float %166, float* %167, align 4
  %s.next22 = add i64 %s21, 1
  br label %s.header18

s.exit20:                                         ; preds = %s.header18
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #4

; Function Attrs: noinline nounwind
define internal void @node17.dense_1.softmax.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 1, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1
  %23 = select i1 %22, i64 %21, i64 1
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1
  %26 = select i1 %25, i64 %24, i64 1
  call void @node17.dense_1.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @mobilenet_v1_run(i8** %0, i8** %1, i8* %2) #5 {
entry:
  %status = alloca i32, align 4
  store i32 0, i32* %status, align 4
  %3 = bitcast i8** %0 to i8*
  %4 = icmp eq i8* %3, null
  %5 = bitcast i8** %1 to i8*
  %6 = icmp eq i8* %5, null
  %7 = or i1 %4, %6
  br i1 %7, label %then, label %endif

then:                                             ; preds = %entry
  ret i32 1

endif:                                            ; preds = %entry
  %8 = getelementptr inbounds i8*, i8** %0, i64 0
  %input0 = load i8*, i8** %8, align 8
  %9 = icmp eq i8* %input0, null
  br i1 %9, label %then1, label %endif2

then1:                                            ; preds = %endif
  ret i32 1

endif2:                                           ; preds = %endif
  %10 = getelementptr inbounds i8*, i8** %1, i64 0
  %output0 = load i8*, i8** %10, align 8
  %11 = icmp eq i8* %output0, null
  br i1 %11, label %then3, label %endif4

then3:                                            ; preds = %endif2
  ret i32 1

endif4:                                           ; preds = %endif2
  %12 = icmp ne i8* %2, null
  br i1 %12, label %workspace, label %allocate

allocate:                                         ; preds = %endif4
  %fresh = call i8* @malloc(i64 4816959)
  br label %workspace

workspace:                                        ; preds = %allocate, %endif4
  %base = phi i8* [ %2, %endif4 ], [ %fresh, %allocate ]
  %allocated = phi i8* [ null, %endif4 ], [ %fresh, %allocate ]
  %13 = icmp eq i8* %base, null
  br i1 %13, label %then5, label %endif6

then5:                                            ; preds = %workspace
  ret i32 2

endif6:                                           ; preds = %workspace
  %14 = ptrtoint i8* %base to i64
  %15 = add i64 %14, 63
  %16 = and i64 %15, -64
  %workspace7 = inttoptr i64 %16 to i8*
  %17 = call i32 @mobilenet_v1_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %then8, label %endif9

then8:                                            ; preds = %endif6
  call void @free(i8* %allocated)
  ret i32 %17

endif9:                                           ; preds = %endif6
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @mobilenet_v1_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #3 {
entry:
  %args = alloca [8 x i8*], align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %1, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = bitcast i32* %3 to i8*
  %9 = getelementptr inbounds i8, i8* %2, i64 3211264
  %10 = getelementptr inbounds i8, i8* %2, i64 0
  %11 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %9, i8** %11, align 8
  %12 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %12, align 8
  %13 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* %10, i8** %13, align 8
  %14 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %14, align 8
  %15 = bitcast [8 x i8*]* %args to i8*
  call void @node0.conv2d_1.step0(i8* %15)
  %16 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([3456 x i8], [3456 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %16, align 8
  %17 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %17, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %15, i32 0, i32 0)
  %18 = getelementptr inbounds i8, i8* %2, i64 0
  %19 = getelementptr inbounds i8, i8* %2, i64 3211264
  %20 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %20, align 8
  %21 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %19, i8** %21, align 8
  %22 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %22, align 8
  %23 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %23, align 8
  %24 = bitcast [8 x i8*]* %args to i8*
  %25 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([8192 x i8], [8192 x i8]* @weight.conv2d_2.packed, i32 0, i32 0), i8** %25, align 8
  %26 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %26, align 8
  %27 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([1152 x i8], [1152 x i8]* @weight.conv2d_2.depthwise.packed, i32 0, i32 0), i8** %27, align 8
  %28 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_2.depthwise.bias, i32 0, i32 0), i8** %28, align 8
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step0, i8* %24, i32 0, i32 0)
  %29 = getelementptr inbounds i8, i8* %2, i64 3211264
  %30 = getelementptr inbounds i8, i8* %2, i64 0
  %31 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %29, i8** %31, align 8
  %32 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %30, i8** %32, align 8
  %33 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %33, align 8
  %34 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %34, align 8
  %35 = bitcast [8 x i8*]* %args to i8*
  %36 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([32768 x i8], [32768 x i8]* @weight.conv2d_3.packed, i32 0, i32 0), i8** %36, align 8
  %37 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_3.bias, i32 0, i32 0), i8** %37, align 8
  %38 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([2304 x i8], [2304 x i8]* @weight.conv2d_3.depthwise.packed, i32 0, i32 0), i8** %38, align 8
  %39 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_3.depthwise.bias, i32 0, i32 0), i8** %39, align 8
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_3.step0, i8* %35, i32 0, i32 0)
  %40 = getelementptr inbounds i8, i8* %2, i64 0
  %41 = getelementptr inbounds i8, i8* %2, i64 3211264
  %42 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %40, i8** %42, align 8
  %43 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %41, i8** %43, align 8
  %44 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %44, align 8
  %45 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %45, align 8
  %46 = bitcast [8 x i8*]* %args to i8*
  %47 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([65536 x i8], [65536 x i8]* @weight.conv2d_4.packed, i32 0, i32 0), i8** %47, align 8
  %48 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_4.bias, i32 0, i32 0), i8** %48, align 8
  %49 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([4608 x i8], [4608 x i8]* @weight.conv2d_4.depthwise.packed, i32 0, i32 0), i8** %49, align 8
  %50 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_4.depthwise.bias, i32 0, i32 0), i8** %50, align 8
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_4.step0, i8* %46, i32 0, i32 0)
  %51 = getelementptr inbounds i8, i8* %2, i64 1605632
  %52 = getelementptr inbounds i8, i8* %2, i64 0
  %53 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %51, i8** %53, align 8
  %54 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %52, i8** %54, align 8
  %55 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %55, align 8
  %56 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %56, align 8
  %57 = bitcast [8 x i8*]* %args to i8*
  %58 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([131072 x i8], [131072 x i8]* @weight.conv2d_5.packed, i32 0, i32 0), i8** %58, align 8
  %59 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_5.bias, i32 0, i32 0), i8** %59, align 8
  %60 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([4608 x i8], [4608 x i8]* @weight.conv2d_5.depthwise.packed, i32 0, i32 0), i8** %60, align 8
  %61 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_5.depthwise.bias, i32 0, i32 0), i8** %61, align 8
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_5.step0, i8* %57, i32 0, i32 0)
  %62 = getelementptr inbounds i8, i8* %2, i64 0
  %63 = getelementptr inbounds i8, i8* %2, i64 1605632
  %64 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %62, i8** %64, align 8
  %65 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %63, i8** %65, align 8
  %66 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %66, align 8
  %67 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %67, align 8
  %68 = bitcast [8 x i8*]* %args to i8*
  %69 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([262144 x i8], [262144 x i8]* @weight.conv2d_6.packed, i32 0, i32 0), i8** %69, align 8
  %70 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_6.bias, i32 0, i32 0), i8** %70, align 8
  %71 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([9216 x i8], [9216 x i8]* @weight.conv2d_6.depthwise.packed, i32 0, i32 0), i8** %71, align 8
  %72 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_6.depthwise.bias, i32 0, i32 0), i8** %72, align 8
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_6.step0, i8* %68, i32 0, i32 0)
  %73 = getelementptr inbounds i8, i8* %2, i64 802816
  %74 = getelementptr inbounds i8, i8* %2, i64 0
  %75 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %73, i8** %75, align 8
  %76 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %74, i8** %76, align 8
  %77 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %77, align 8
  %78 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %78, align 8
  %79 = bitcast [8 x i8*]* %args to i8*
  %80 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([524288 x i8], [524288 x i8]* @weight.conv2d_7.packed, i32 0, i32 0), i8** %80, align 8
  %81 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_7.bias, i32 0, i32 0), i8** %81, align 8
  %82 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([9216 x i8], [9216 x i8]* @weight.conv2d_7.depthwise.packed, i32 0, i32 0), i8** %82, align 8
  %83 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_7.depthwise.bias, i32 0, i32 0), i8** %83, align 8
  call void @GOMP_parallel(void (i8*)* @node6.conv2d_7.step0, i8* %79, i32 0, i32 0)
  %84 = getelementptr inbounds i8, i8* %2, i64 0
  %85 = getelementptr inbounds i8, i8* %2, i64 802816
  %86 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %84, i8** %86, align 8
  %87 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %85, i8** %87, align 8
  %88 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %88, align 8
  %89 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %89, align 8
  %90 = bitcast [8 x i8*]* %args to i8*
  %91 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_8.packed, i32 0, i32 0), i8** %91, align 8
  %92 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_8.bias, i32 0, i32 0), i8** %92, align 8
  %93 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.conv2d_8.depthwise.packed, i32 0, i32 0), i8** %93, align 8
  %94 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_8.depthwise.bias, i32 0, i32 0), i8** %94, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %90, i32 0, i32 0)
  %95 = getelementptr inbounds i8, i8* %2, i64 401408
  %96 = getelementptr inbounds i8, i8* %2, i64 0
  %97 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %95, i8** %97, align 8
  %98 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %96, i8** %98, align 8
  %99 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %99, align 8
  %100 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %100, align 8
  %101 = bitcast [8 x i8*]* %args to i8*
  %102 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_9.packed, i32 0, i32 0), i8** %102, align 8
  %103 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_9.bias, i32 0, i32 0), i8** %103, align 8
  %104 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.conv2d_9.depthwise.packed, i32 0, i32 0), i8** %104, align 8
  %105 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_9.depthwise.bias, i32 0, i32 0), i8** %105, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %101, i32 0, i32 0)
  %106 = getelementptr inbounds i8, i8* %2, i64 0
  %107 = getelementptr inbounds i8, i8* %2, i64 401408
  %108 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %106, i8** %108, align 8
  %109 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %107, i8** %109, align 8
  %110 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %110, align 8
  %111 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %111, align 8
  %112 = bitcast [8 x i8*]* %args to i8*
  %113 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_10.packed, i32 0, i32 0), i8** %113, align 8
  %114 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_10.bias, i32 0, i32 0), i8** %114, align 8
  %115 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.conv2d_10.depthwise.packed, i32 0, i32 0), i8** %115, align 8
  %116 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_10.depthwise.bias, i32 0, i32 0), i8** %116, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %112, i32 0, i32 0)
  %117 = getelementptr inbounds i8, i8* %2, i64 401408
  %118 = getelementptr inbounds i8, i8* %2, i64 0
  %119 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %117, i8** %119, align 8
  %120 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %118, i8** %120, align 8
  %121 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %121, align 8
  %122 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %122, align 8
  %123 = bitcast [8 x i8*]* %args to i8*
  %124 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_11.packed, i32 0, i32 0), i8** %124, align 8
  %125 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_11.bias, i32 0, i32 0), i8** %125, align 8
  %126 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.conv2d_11.depthwise.packed, i32 0, i32 0), i8** %126, align 8
  %127 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_11.depthwise.bias, i32 0, i32 0), i8** %127, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %123, i32 0, i32 0)
  %128 = getelementptr inbounds i8, i8* %2, i64 0
  %129 = getelementptr inbounds i8, i8* %2, i64 401408
  %130 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %128, i8** %130, align 8
  %131 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %129, i8** %131, align 8
  %132 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %132, align 8
  %133 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %133, align 8
  %134 = bitcast [8 x i8*]* %args to i8*
  %135 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_12.packed, i32 0, i32 0), i8** %135, align 8
  %136 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_12.bias, i32 0, i32 0), i8** %136, align 8
  %137 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.conv2d_12.depthwise.packed, i32 0, i32 0), i8** %137, align 8
  %138 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_12.depthwise.bias, i32 0, i32 0), i8** %138, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %134, i32 0, i32 0)
  %139 = getelementptr inbounds i8, i8* %2, i64 401408
  %140 = getelementptr inbounds i8, i8* %2, i64 0
  %141 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %139, i8** %141, align 8
  %142 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %140, i8** %142, align 8
  %143 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %143, align 8
  %144 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %144, align 8
  %145 = bitcast [8 x i8*]* %args to i8*
  %146 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2097152 x i8], [2097152 x i8]* @weight.conv2d_13.packed, i32 0, i32 0), i8** %146, align 8
  %147 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4096 x i8], [4096 x i8]* @weight.conv2d_13.bias, i32 0, i32 0), i8** %147, align 8
  %148 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.conv2d_13.depthwise.packed, i32 0, i32 0), i8** %148, align 8
  %149 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_13.depthwise.bias, i32 0, i32 0), i8** %149, align 8
  call void @GOMP_parallel(void (i8*)* @node12.conv2d_13.step0, i8* %145, i32 0, i32 0)
  %150 = getelementptr inbounds i8, i8* %2, i64 0
  %151 = getelementptr inbounds i8, i8* %2, i64 401408
  %152 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %150, i8** %152, align 8
  %153 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %151, i8** %153, align 8
  %154 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %154, align 8
  %155 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %155, align 8
  %156 = bitcast [8 x i8*]* %args to i8*
  %157 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4194304 x i8], [4194304 x i8]* @weight.conv2d_14.packed, i32 0, i32 0), i8** %157, align 8
  %158 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4096 x i8], [4096 x i8]* @weight.conv2d_14.bias, i32 0, i32 0), i8** %158, align 8
  %159 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([36864 x i8], [36864 x i8]* @weight.conv2d_14.depthwise.packed, i32 0, i32 0), i8** %159, align 8
  %160 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([4096 x i8], [4096 x i8]* @weight.conv2d_14.depthwise.bias, i32 0, i32 0), i8** %160, align 8
  call void @GOMP_parallel(void (i8*)* @node13.conv2d_14.step0, i8* %156, i32 0, i32 0)
  %161 = getelementptr inbounds i8, i8* %2, i64 200704
  %162 = getelementptr inbounds i8, i8* %2, i64 0
  %163 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %161, i8** %163, align 8
  %164 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %162, i8** %164, align 8
  %165 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %165, align 8
  %166 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %166, align 8
  %167 = bitcast [8 x i8*]* %args to i8*
  call void @node14.globalAvgPool2d_1.step0(i8* %167)
  %168 = getelementptr inbounds i8, i8* %2, i64 200704
  %169 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %169, align 8
  %170 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %168, i8** %170, align 8
  %171 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %171, align 8
  %172 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %172, align 8
  %173 = bitcast [8 x i8*]* %args to i8*
  %174 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4096000 x i8], [4096000 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %174, align 8
  %175 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %175, align 8
  call void @GOMP_parallel(void (i8*)* @node16.dense_1.step0, i8* %173, i32 0, i32 0)
  %176 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %176, align 8
  %177 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %177, align 8
  %178 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %178, align 8
  %179 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %179, align 8
  %180 = bitcast [8 x i8*]* %args to i8*
  call void @node17.dense_1.softmax.step0(i8* %180)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @mobilenet_v1_info() #6 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #6 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @mobilenet_v1_workspace_size() #6 {
entry:
  ret i64 4816959
}

; Function Attrs: nounwind
define i32 @mobilenet_v1_infer(i8* %0, i8* %1, i8* %2) #6 {
entry:
  %3 = alloca [1 x i8*], align 8
  %4 = alloca [1 x i8*], align 8
  %5 = bitcast [1 x i8*]* %4 to i8**
  %6 = getelementptr inbounds i8*, i8** %5, i64 0
  store i8* %0, i8** %6, align 8
  %7 = bitcast [1 x i8*]* %4 to i8**
  %8 = bitcast [1 x i8*]* %3 to i8**
  %9 = getelementptr inbounds i8*, i8** %8, i64 0
  store i8* %1, i8** %9, align 8
  %10 = bitcast [1 x i8*]* %3 to i8**
  %11 = call i32 @mobilenet_v1_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { argmemonly nofree nounwind willreturn writeonly }
attributes #2 = { argmemonly nofree nounwind willreturn }
attributes #3 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #4 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #5 = { nounwind "target-cpu"="x86-64-v3" }
attributes #6 = { nounwind }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
!3 = distinct !{!3, !1}
!4 = distinct !{!4, !1}
!5 = distinct !{!5, !1}
!6 = distinct !{!6, !1}
!7 = distinct !{!7, !1}
!8 = distinct !{!8, !1}
!9 = distinct !{!9, !1}
!10 = distinct !{!10, !1}
!11 = distinct !{!11, !1}
!12 = distinct !{!12, !1}
!13 = distinct !{!13, !1}
!14 = distinct !{!14, !1}
!15 = distinct !{!15, !1}
!16 = distinct !{!16, !1}
!17 = distinct !{!17, !1}
!18 = distinct !{!18, !1}
!19 = distinct !{!19, !1}
