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

channel.block.header:                             ; preds = %kh.exit12, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %kh.exit12 ]
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
  br label %x.header

channel.block.exit:                               ; preds = %channel.block.header
  %65 = mul i64 %44, 4
  %66 = add i64 %65, 4
  %67 = icmp slt i64 %66, 4
  %68 = select i1 %67, i64 %66, i64 4
  br label %block.group.header

x.header:                                         ; preds = %kh.exit, %channel.block.body
  %x = phi i64 [ 1, %channel.block.body ], [ %x.next, %kh.exit ]
  %69 = icmp slt i64 %x, 111
  br i1 %69, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %64, <8 x float>* %42, align 32
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
  %70 = mul i64 %x, 1
  %71 = sub i64 %70, 1
  br label %kh.header

x.exit:                                           ; preds = %x.header
  store <8 x float> %64, <8 x float>* %31, align 32
  br label %kh.header1

kh.header:                                        ; preds = %endif, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %endif ]
  %72 = icmp slt i64 %kh, 3
  br i1 %72, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %73 = mul i64 %kh, 1
  %74 = add i64 %60, %73
  %75 = icmp sge i64 %74, 0
  %76 = icmp slt i64 %74, 112
  %77 = and i1 %75, %76
  br i1 %77, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %78 = add i64 %x, 0
  %79 = mul i64 %78, 8
  %80 = add i64 %56, %79
  %81 = load <8 x float>, <8 x float>* %42, align 32
  %82 = fcmp olt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> zeroinitializer, <8 x float> %81
  %84 = getelementptr inbounds float, float* %48, i64 %80
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %83, <8 x float>* %85, align 4
  %86 = add i64 %x, 1
  %87 = mul i64 %86, 8
  %88 = add i64 %56, %87
  %89 = load <8 x float>, <8 x float>* %41, align 32
  %90 = fcmp olt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> zeroinitializer, <8 x float> %89
  %92 = getelementptr inbounds float, float* %48, i64 %88
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %91, <8 x float>* %93, align 4
  %94 = add i64 %x, 2
  %95 = mul i64 %94, 8
  %96 = add i64 %56, %95
  %97 = load <8 x float>, <8 x float>* %40, align 32
  %98 = fcmp olt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> zeroinitializer, <8 x float> %97
  %100 = getelementptr inbounds float, float* %48, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 3
  %103 = mul i64 %102, 8
  %104 = add i64 %56, %103
  %105 = load <8 x float>, <8 x float>* %39, align 32
  %106 = fcmp olt <8 x float> %105, zeroinitializer
  %107 = select <8 x i1> %106, <8 x float> zeroinitializer, <8 x float> %105
  %108 = getelementptr inbounds float, float* %48, i64 %104
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %107, <8 x float>* %109, align 4
  %110 = add i64 %x, 4
  %111 = mul i64 %110, 8
  %112 = add i64 %56, %111
  %113 = load <8 x float>, <8 x float>* %38, align 32
  %114 = fcmp olt <8 x float> %113, zeroinitializer
  %115 = select <8 x i1> %114, <8 x float> zeroinitializer, <8 x float> %113
  %116 = getelementptr inbounds float, float* %48, i64 %112
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %115, <8 x float>* %117, align 4
  %118 = add i64 %x, 5
  %119 = mul i64 %118, 8
  %120 = add i64 %56, %119
  %121 = load <8 x float>, <8 x float>* %37, align 32
  %122 = fcmp olt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> zeroinitializer, <8 x float> %121
  %124 = getelementptr inbounds float, float* %48, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %126 = add i64 %x, 6
  %127 = mul i64 %126, 8
  %128 = add i64 %56, %127
  %129 = load <8 x float>, <8 x float>* %36, align 32
  %130 = fcmp olt <8 x float> %129, zeroinitializer
  %131 = select <8 x i1> %130, <8 x float> zeroinitializer, <8 x float> %129
  %132 = getelementptr inbounds float, float* %48, i64 %128
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %131, <8 x float>* %133, align 4
  %134 = add i64 %x, 7
  %135 = mul i64 %134, 8
  %136 = add i64 %56, %135
  %137 = load <8 x float>, <8 x float>* %35, align 32
  %138 = fcmp olt <8 x float> %137, zeroinitializer
  %139 = select <8 x i1> %138, <8 x float> zeroinitializer, <8 x float> %137
  %140 = getelementptr inbounds float, float* %48, i64 %136
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %139, <8 x float>* %141, align 4
  %142 = add i64 %x, 8
  %143 = mul i64 %142, 8
  %144 = add i64 %56, %143
  %145 = load <8 x float>, <8 x float>* %34, align 32
  %146 = fcmp olt <8 x float> %145, zeroinitializer
  %147 = select <8 x i1> %146, <8 x float> zeroinitializer, <8 x float> %145
  %148 = getelementptr inbounds float, float* %48, i64 %144
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %147, <8 x float>* %149, align 4
  %150 = add i64 %x, 9
  %151 = mul i64 %150, 8
  %152 = add i64 %56, %151
  %153 = load <8 x float>, <8 x float>* %33, align 32
  %154 = fcmp olt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> zeroinitializer, <8 x float> %153
  %156 = getelementptr inbounds float, float* %48, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 10
  %159 = mul i64 %158, 8
  %160 = add i64 %56, %159
  %161 = load <8 x float>, <8 x float>* %32, align 32
  %162 = fcmp olt <8 x float> %161, zeroinitializer
  %163 = select <8 x i1> %162, <8 x float> zeroinitializer, <8 x float> %161
  %164 = getelementptr inbounds float, float* %48, i64 %160
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %163, <8 x float>* %165, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then:                                             ; preds = %kh.body
  %166 = mul i64 %74, 896
  %167 = add i64 %58, %166
  %168 = mul i64 %57, 3
  %169 = add i64 %168, %kh
  %170 = mul i64 %169, 24
  %171 = add i64 %170, 0
  %172 = getelementptr inbounds float, float* %6, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  %174 = load <8 x float>, <8 x float>* %173, align 4
  %175 = add i64 %170, 8
  %176 = getelementptr inbounds float, float* %6, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = add i64 %170, 16
  %180 = getelementptr inbounds float, float* %6, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  %182 = load <8 x float>, <8 x float>* %181, align 4
  %183 = mul i64 %71, 8
  %184 = add i64 %167, %183
  %185 = add i64 %184, 0
  %186 = getelementptr inbounds float, float* %1, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = load <8 x float>, <8 x float>* %42, align 32
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %188, <8 x float> %174, <8 x float> %189)
  store <8 x float> %190, <8 x float>* %42, align 32
  %191 = add i64 %184, 8
  %192 = getelementptr inbounds float, float* %1, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  %194 = load <8 x float>, <8 x float>* %193, align 4
  %195 = load <8 x float>, <8 x float>* %42, align 32
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> %178, <8 x float> %195)
  store <8 x float> %196, <8 x float>* %42, align 32
  %197 = load <8 x float>, <8 x float>* %41, align 32
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> %174, <8 x float> %197)
  store <8 x float> %198, <8 x float>* %41, align 32
  %199 = add i64 %184, 16
  %200 = getelementptr inbounds float, float* %1, i64 %199
  %201 = bitcast float* %200 to <8 x float>*
  %202 = load <8 x float>, <8 x float>* %201, align 4
  %203 = load <8 x float>, <8 x float>* %42, align 32
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %202, <8 x float> %182, <8 x float> %203)
  store <8 x float> %204, <8 x float>* %42, align 32
  %205 = load <8 x float>, <8 x float>* %41, align 32
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %202, <8 x float> %178, <8 x float> %205)
  store <8 x float> %206, <8 x float>* %41, align 32
  %207 = load <8 x float>, <8 x float>* %40, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %202, <8 x float> %174, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %40, align 32
  %209 = add i64 %184, 24
  %210 = getelementptr inbounds float, float* %1, i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  %212 = load <8 x float>, <8 x float>* %211, align 4
  %213 = load <8 x float>, <8 x float>* %41, align 32
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %212, <8 x float> %182, <8 x float> %213)
  store <8 x float> %214, <8 x float>* %41, align 32
  %215 = load <8 x float>, <8 x float>* %40, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %212, <8 x float> %178, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %40, align 32
  %217 = load <8 x float>, <8 x float>* %39, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %212, <8 x float> %174, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %39, align 32
  %219 = add i64 %184, 32
  %220 = getelementptr inbounds float, float* %1, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  %222 = load <8 x float>, <8 x float>* %221, align 4
  %223 = load <8 x float>, <8 x float>* %40, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %182, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %40, align 32
  %225 = load <8 x float>, <8 x float>* %39, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %178, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %39, align 32
  %227 = load <8 x float>, <8 x float>* %38, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %174, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %38, align 32
  %229 = add i64 %184, 40
  %230 = getelementptr inbounds float, float* %1, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  %232 = load <8 x float>, <8 x float>* %231, align 4
  %233 = load <8 x float>, <8 x float>* %39, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %232, <8 x float> %182, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %39, align 32
  %235 = load <8 x float>, <8 x float>* %38, align 32
  %236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %232, <8 x float> %178, <8 x float> %235)
  store <8 x float> %236, <8 x float>* %38, align 32
  %237 = load <8 x float>, <8 x float>* %37, align 32
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %232, <8 x float> %174, <8 x float> %237)
  store <8 x float> %238, <8 x float>* %37, align 32
  %239 = add i64 %184, 48
  %240 = getelementptr inbounds float, float* %1, i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = load <8 x float>, <8 x float>* %38, align 32
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %182, <8 x float> %243)
  store <8 x float> %244, <8 x float>* %38, align 32
  %245 = load <8 x float>, <8 x float>* %37, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %178, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %37, align 32
  %247 = load <8 x float>, <8 x float>* %36, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %174, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %36, align 32
  %249 = add i64 %184, 56
  %250 = getelementptr inbounds float, float* %1, i64 %249
  %251 = bitcast float* %250 to <8 x float>*
  %252 = load <8 x float>, <8 x float>* %251, align 4
  %253 = load <8 x float>, <8 x float>* %37, align 32
  %254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %252, <8 x float> %182, <8 x float> %253)
  store <8 x float> %254, <8 x float>* %37, align 32
  %255 = load <8 x float>, <8 x float>* %36, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %252, <8 x float> %178, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %36, align 32
  %257 = load <8 x float>, <8 x float>* %35, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %252, <8 x float> %174, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %35, align 32
  %259 = add i64 %184, 64
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  %262 = load <8 x float>, <8 x float>* %261, align 4
  %263 = load <8 x float>, <8 x float>* %36, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %262, <8 x float> %182, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %36, align 32
  %265 = load <8 x float>, <8 x float>* %35, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %262, <8 x float> %178, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %35, align 32
  %267 = load <8 x float>, <8 x float>* %34, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %262, <8 x float> %174, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %34, align 32
  %269 = add i64 %184, 72
  %270 = getelementptr inbounds float, float* %1, i64 %269
  %271 = bitcast float* %270 to <8 x float>*
  %272 = load <8 x float>, <8 x float>* %271, align 4
  %273 = load <8 x float>, <8 x float>* %35, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %272, <8 x float> %182, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %35, align 32
  %275 = load <8 x float>, <8 x float>* %34, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %272, <8 x float> %178, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %34, align 32
  %277 = load <8 x float>, <8 x float>* %33, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %272, <8 x float> %174, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %33, align 32
  %279 = add i64 %184, 80
  %280 = getelementptr inbounds float, float* %1, i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  %282 = load <8 x float>, <8 x float>* %281, align 4
  %283 = load <8 x float>, <8 x float>* %34, align 32
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %182, <8 x float> %283)
  store <8 x float> %284, <8 x float>* %34, align 32
  %285 = load <8 x float>, <8 x float>* %33, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %178, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %33, align 32
  %287 = load <8 x float>, <8 x float>* %32, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %174, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %32, align 32
  %289 = add i64 %184, 88
  %290 = getelementptr inbounds float, float* %1, i64 %289
  %291 = bitcast float* %290 to <8 x float>*
  %292 = load <8 x float>, <8 x float>* %291, align 4
  %293 = load <8 x float>, <8 x float>* %33, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> %182, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %33, align 32
  %295 = load <8 x float>, <8 x float>* %32, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> %178, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %32, align 32
  %297 = add i64 %184, 96
  %298 = getelementptr inbounds float, float* %1, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  %300 = load <8 x float>, <8 x float>* %299, align 4
  %301 = load <8 x float>, <8 x float>* %32, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %300, <8 x float> %182, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %32, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %x.exit
  %kh4 = phi i64 [ 0, %x.exit ], [ %kh.next9, %endif6 ]
  %303 = icmp slt i64 %kh4, 3
  br i1 %303, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %304 = mul i64 %kh4, 1
  %305 = add i64 %60, %304
  %306 = icmp sge i64 %305, 0
  %307 = icmp slt i64 %305, 112
  %308 = and i1 %306, %307
  br i1 %308, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %309 = add i64 %56, 0
  %310 = load <8 x float>, <8 x float>* %31, align 32
  %311 = fcmp olt <8 x float> %310, zeroinitializer
  %312 = select <8 x i1> %311, <8 x float> zeroinitializer, <8 x float> %310
  %313 = getelementptr inbounds float, float* %48, i64 %309
  %314 = bitcast float* %313 to <8 x float>*
  store <8 x float> %312, <8 x float>* %314, align 4
  store <8 x float> %64, <8 x float>* %30, align 32
  br label %kh.header10

then5:                                            ; preds = %kh.body2
  %315 = mul i64 %305, 896
  %316 = add i64 %58, %315
  %317 = mul i64 %57, 3
  %318 = add i64 %317, %kh4
  %319 = mul i64 %318, 24
  br label %kw.header

endif6:                                           ; preds = %kw.exit, %kh.body2
  %kh.next9 = add i64 %kh4, 1
  br label %kh.header1

kw.header:                                        ; preds = %endif8, %then5
  %kw = phi i64 [ 0, %then5 ], [ %kw.next, %endif8 ]
  %320 = icmp slt i64 %kw, 3
  br i1 %320, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %321 = mul i64 %kw, 1
  %322 = add i64 -1, %321
  %323 = icmp sge i64 %322, 0
  %324 = icmp slt i64 %322, 112
  %325 = and i1 %323, %324
  br i1 %325, label %then7, label %endif8

kw.exit:                                          ; preds = %kw.header
  br label %endif6

then7:                                            ; preds = %kw.body
  %326 = mul i64 %kw, 8
  %327 = add i64 %319, %326
  %328 = getelementptr inbounds float, float* %6, i64 %327
  %329 = bitcast float* %328 to <8 x float>*
  %330 = load <8 x float>, <8 x float>* %329, align 4
  %331 = mul i64 %322, 8
  %332 = add i64 %316, %331
  %333 = getelementptr inbounds float, float* %1, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  %335 = load <8 x float>, <8 x float>* %334, align 4
  %336 = load <8 x float>, <8 x float>* %31, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %330, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %31, align 32
  br label %endif8

endif8:                                           ; preds = %then7, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header

kh.header10:                                      ; preds = %endif15, %kh.exit3
  %kh13 = phi i64 [ 0, %kh.exit3 ], [ %kh.next23, %endif15 ]
  %338 = icmp slt i64 %kh13, 3
  br i1 %338, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %339 = mul i64 %kh13, 1
  %340 = add i64 %60, %339
  %341 = icmp sge i64 %340, 0
  %342 = icmp slt i64 %340, 112
  %343 = and i1 %341, %342
  br i1 %343, label %then14, label %endif15

kh.exit12:                                        ; preds = %kh.header10
  %344 = add i64 %56, 888
  %345 = load <8 x float>, <8 x float>* %30, align 32
  %346 = fcmp olt <8 x float> %345, zeroinitializer
  %347 = select <8 x i1> %346, <8 x float> zeroinitializer, <8 x float> %345
  %348 = getelementptr inbounds float, float* %48, i64 %344
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %347, <8 x float>* %349, align 4
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !3

then14:                                           ; preds = %kh.body11
  %350 = mul i64 %340, 896
  %351 = add i64 %58, %350
  %352 = mul i64 %57, 3
  %353 = add i64 %352, %kh13
  %354 = mul i64 %353, 24
  br label %kw.header16

endif15:                                          ; preds = %kw.exit18, %kh.body11
  %kh.next23 = add i64 %kh13, 1
  br label %kh.header10

kw.header16:                                      ; preds = %endif21, %then14
  %kw19 = phi i64 [ 0, %then14 ], [ %kw.next22, %endif21 ]
  %355 = icmp slt i64 %kw19, 3
  br i1 %355, label %kw.body17, label %kw.exit18

kw.body17:                                        ; preds = %kw.header16
  %356 = mul i64 %kw19, 1
  %357 = add i64 110, %356
  %358 = icmp sge i64 %357, 0
  %359 = icmp slt i64 %357, 112
  %360 = and i1 %358, %359
  br i1 %360, label %then20, label %endif21

kw.exit18:                                        ; preds = %kw.header16
  br label %endif15

then20:                                           ; preds = %kw.body17
  %361 = mul i64 %kw19, 8
  %362 = add i64 %354, %361
  %363 = getelementptr inbounds float, float* %6, i64 %362
  %364 = bitcast float* %363 to <8 x float>*
  %365 = load <8 x float>, <8 x float>* %364, align 4
  %366 = mul i64 %357, 8
  %367 = add i64 %351, %366
  %368 = getelementptr inbounds float, float* %1, i64 %367
  %369 = bitcast float* %368 to <8 x float>*
  %370 = load <8 x float>, <8 x float>* %369, align 4
  %371 = load <8 x float>, <8 x float>* %30, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %370, <8 x float> %365, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %30, align 32
  br label %endif21

endif21:                                          ; preds = %then20, %kw.body17
  %kw.next22 = add i64 %kw19, 1
  br label %kw.header16

block.group.header:                               ; preds = %u.exit78, %channel.block.exit
  %block.group = phi i64 [ %65, %channel.block.exit ], [ %block.group.next, %u.exit78 ]
  %373 = icmp slt i64 %block.group, %68
  br i1 %373, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %374 = mul i64 %block.group, 2
  %375 = add i64 0, %374
  %376 = mul i64 %46, 112
  %377 = mul i64 %block.group, 2
  %378 = add i64 0, %377
  %379 = mul i64 %378, 256
  br label %x.header24

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header24:                                       ; preds = %u.exit, %block.group.body
  %x27 = phi i64 [ 0, %block.group.body ], [ %x.next75, %u.exit ]
  %380 = icmp slt i64 %x27, 108
  br i1 %380, label %x.body25, label %x.exit26

x.body25:                                         ; preds = %x.header24
  %381 = add i64 %376, %x27
  %382 = mul i64 %47, 8
  %383 = add i64 %382, %375
  %384 = add i64 %383, 0
  %385 = mul i64 %384, 100352
  %386 = add i64 %381, 0
  %387 = mul i64 %386, 8
  %388 = add i64 %385, %387
  %389 = add i64 %381, 1
  %390 = mul i64 %389, 8
  %391 = add i64 %385, %390
  %392 = add i64 %381, 2
  %393 = mul i64 %392, 8
  %394 = add i64 %385, %393
  %395 = add i64 %381, 3
  %396 = mul i64 %395, 8
  %397 = add i64 %385, %396
  %398 = add i64 %381, 4
  %399 = mul i64 %398, 8
  %400 = add i64 %385, %399
  %401 = add i64 %381, 5
  %402 = mul i64 %401, 8
  %403 = add i64 %385, %402
  %404 = mul i64 %47, 8
  %405 = add i64 %404, %375
  %406 = add i64 %405, 1
  %407 = mul i64 %406, 100352
  %408 = add i64 %381, 0
  %409 = mul i64 %408, 8
  %410 = add i64 %407, %409
  %411 = add i64 %381, 1
  %412 = mul i64 %411, 8
  %413 = add i64 %407, %412
  %414 = add i64 %381, 2
  %415 = mul i64 %414, 8
  %416 = add i64 %407, %415
  %417 = add i64 %381, 3
  %418 = mul i64 %417, 8
  %419 = add i64 %407, %418
  %420 = add i64 %381, 4
  %421 = mul i64 %420, 8
  %422 = add i64 %407, %421
  %423 = add i64 %381, 5
  %424 = mul i64 %423, 8
  %425 = add i64 %407, %424
  %426 = add i64 %378, 0
  %427 = mul i64 %426, 8
  %428 = getelementptr inbounds float, float* %5, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  %430 = load <8 x float>, <8 x float>* %429, align 4
  %431 = add i64 %378, 1
  %432 = mul i64 %431, 8
  %433 = getelementptr inbounds float, float* %5, i64 %432
  %434 = bitcast float* %433 to <8 x float>*
  %435 = load <8 x float>, <8 x float>* %434, align 4
  store <8 x float> %430, <8 x float>* %29, align 32
  store <8 x float> %430, <8 x float>* %28, align 32
  store <8 x float> %430, <8 x float>* %27, align 32
  store <8 x float> %430, <8 x float>* %26, align 32
  store <8 x float> %430, <8 x float>* %25, align 32
  store <8 x float> %430, <8 x float>* %24, align 32
  store <8 x float> %435, <8 x float>* %23, align 32
  store <8 x float> %435, <8 x float>* %22, align 32
  store <8 x float> %435, <8 x float>* %21, align 32
  store <8 x float> %435, <8 x float>* %20, align 32
  store <8 x float> %435, <8 x float>* %19, align 32
  store <8 x float> %435, <8 x float>* %18, align 32
  %436 = mul i64 %x27, 8
  %437 = add i64 0, %436
  %438 = add i64 0, %437
  br label %u.header

x.exit26:                                         ; preds = %x.header24
  %439 = add i64 %376, 108
  %440 = mul i64 %47, 8
  %441 = add i64 %440, %375
  %442 = add i64 %441, 0
  %443 = mul i64 %442, 100352
  %444 = add i64 %439, 0
  %445 = mul i64 %444, 8
  %446 = add i64 %443, %445
  %447 = add i64 %439, 1
  %448 = mul i64 %447, 8
  %449 = add i64 %443, %448
  %450 = add i64 %439, 2
  %451 = mul i64 %450, 8
  %452 = add i64 %443, %451
  %453 = add i64 %439, 3
  %454 = mul i64 %453, 8
  %455 = add i64 %443, %454
  %456 = mul i64 %47, 8
  %457 = add i64 %456, %375
  %458 = add i64 %457, 1
  %459 = mul i64 %458, 100352
  %460 = add i64 %439, 0
  %461 = mul i64 %460, 8
  %462 = add i64 %459, %461
  %463 = add i64 %439, 1
  %464 = mul i64 %463, 8
  %465 = add i64 %459, %464
  %466 = add i64 %439, 2
  %467 = mul i64 %466, 8
  %468 = add i64 %459, %467
  %469 = add i64 %439, 3
  %470 = mul i64 %469, 8
  %471 = add i64 %459, %470
  %472 = add i64 %378, 0
  %473 = mul i64 %472, 8
  %474 = getelementptr inbounds float, float* %5, i64 %473
  %475 = bitcast float* %474 to <8 x float>*
  %476 = load <8 x float>, <8 x float>* %475, align 4
  %477 = add i64 %378, 1
  %478 = mul i64 %477, 8
  %479 = getelementptr inbounds float, float* %5, i64 %478
  %480 = bitcast float* %479 to <8 x float>*
  %481 = load <8 x float>, <8 x float>* %480, align 4
  store <8 x float> %476, <8 x float>* %17, align 32
  store <8 x float> %476, <8 x float>* %16, align 32
  store <8 x float> %476, <8 x float>* %15, align 32
  store <8 x float> %476, <8 x float>* %14, align 32
  store <8 x float> %481, <8 x float>* %13, align 32
  store <8 x float> %481, <8 x float>* %12, align 32
  store <8 x float> %481, <8 x float>* %11, align 32
  store <8 x float> %481, <8 x float>* %10, align 32
  br label %u.header76

u.header:                                         ; preds = %u.body, %x.body25
  %u = phi i64 [ 0, %x.body25 ], [ %u.next, %u.body ]
  %482 = icmp slt i64 %u, 4
  br i1 %482, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %483 = add i64 0, %u
  %484 = mul i64 %483, 896
  %485 = add i64 %438, %484
  %486 = mul i64 %483, 64
  %487 = add i64 %379, %486
  %488 = add i64 %485, 0
  %489 = add i64 %488, 0
  %490 = add i64 %487, 0
  %491 = add i64 %490, 0
  %492 = getelementptr inbounds float, float* %4, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  %494 = load <8 x float>, <8 x float>* %493, align 4
  %495 = add i64 %490, 256
  %496 = getelementptr inbounds float, float* %4, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  %498 = load <8 x float>, <8 x float>* %497, align 4
  %499 = add i64 %489, 0
  %500 = getelementptr inbounds float, float* %48, i64 %499
  %501 = load float, float* %500, align 4
  %502 = insertelement <8 x float> undef, float %501, i32 0
  %splat = shufflevector <8 x float> %502, <8 x float> undef, <8 x i32> zeroinitializer
  %503 = load <8 x float>, <8 x float>* %29, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %494, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %29, align 32
  %505 = load <8 x float>, <8 x float>* %23, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %498, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %23, align 32
  %507 = add i64 %489, 8
  %508 = getelementptr inbounds float, float* %48, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat28 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %28, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %494, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %28, align 32
  %513 = load <8 x float>, <8 x float>* %22, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %498, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %22, align 32
  %515 = add i64 %489, 16
  %516 = getelementptr inbounds float, float* %48, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat29 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %27, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %494, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %27, align 32
  %521 = load <8 x float>, <8 x float>* %21, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %498, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %21, align 32
  %523 = add i64 %489, 24
  %524 = getelementptr inbounds float, float* %48, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat30 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %26, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %494, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %26, align 32
  %529 = load <8 x float>, <8 x float>* %20, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %498, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %20, align 32
  %531 = add i64 %489, 32
  %532 = getelementptr inbounds float, float* %48, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat31 = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %25, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %494, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %25, align 32
  %537 = load <8 x float>, <8 x float>* %19, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %498, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %19, align 32
  %539 = add i64 %489, 40
  %540 = getelementptr inbounds float, float* %48, i64 %539
  %541 = load float, float* %540, align 4
  %542 = insertelement <8 x float> undef, float %541, i32 0
  %splat32 = shufflevector <8 x float> %542, <8 x float> undef, <8 x i32> zeroinitializer
  %543 = load <8 x float>, <8 x float>* %24, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %494, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %24, align 32
  %545 = load <8 x float>, <8 x float>* %18, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %498, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %18, align 32
  %547 = add i64 %490, 8
  %548 = getelementptr inbounds float, float* %4, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  %550 = load <8 x float>, <8 x float>* %549, align 4
  %551 = add i64 %490, 264
  %552 = getelementptr inbounds float, float* %4, i64 %551
  %553 = bitcast float* %552 to <8 x float>*
  %554 = load <8 x float>, <8 x float>* %553, align 4
  %555 = add i64 %489, 1
  %556 = getelementptr inbounds float, float* %48, i64 %555
  %557 = load float, float* %556, align 4
  %558 = insertelement <8 x float> undef, float %557, i32 0
  %splat33 = shufflevector <8 x float> %558, <8 x float> undef, <8 x i32> zeroinitializer
  %559 = load <8 x float>, <8 x float>* %29, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %550, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %29, align 32
  %561 = load <8 x float>, <8 x float>* %23, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %554, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %23, align 32
  %563 = add i64 %489, 9
  %564 = getelementptr inbounds float, float* %48, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat34 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %28, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %550, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %28, align 32
  %569 = load <8 x float>, <8 x float>* %22, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %554, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %22, align 32
  %571 = add i64 %489, 17
  %572 = getelementptr inbounds float, float* %48, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat35 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %27, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %550, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %27, align 32
  %577 = load <8 x float>, <8 x float>* %21, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %554, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %21, align 32
  %579 = add i64 %489, 25
  %580 = getelementptr inbounds float, float* %48, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat36 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %26, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %550, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %26, align 32
  %585 = load <8 x float>, <8 x float>* %20, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %554, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %20, align 32
  %587 = add i64 %489, 33
  %588 = getelementptr inbounds float, float* %48, i64 %587
  %589 = load float, float* %588, align 4
  %590 = insertelement <8 x float> undef, float %589, i32 0
  %splat37 = shufflevector <8 x float> %590, <8 x float> undef, <8 x i32> zeroinitializer
  %591 = load <8 x float>, <8 x float>* %25, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %550, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %25, align 32
  %593 = load <8 x float>, <8 x float>* %19, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %554, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %19, align 32
  %595 = add i64 %489, 41
  %596 = getelementptr inbounds float, float* %48, i64 %595
  %597 = load float, float* %596, align 4
  %598 = insertelement <8 x float> undef, float %597, i32 0
  %splat38 = shufflevector <8 x float> %598, <8 x float> undef, <8 x i32> zeroinitializer
  %599 = load <8 x float>, <8 x float>* %24, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %550, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %24, align 32
  %601 = load <8 x float>, <8 x float>* %18, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %554, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %18, align 32
  %603 = add i64 %490, 16
  %604 = getelementptr inbounds float, float* %4, i64 %603
  %605 = bitcast float* %604 to <8 x float>*
  %606 = load <8 x float>, <8 x float>* %605, align 4
  %607 = add i64 %490, 272
  %608 = getelementptr inbounds float, float* %4, i64 %607
  %609 = bitcast float* %608 to <8 x float>*
  %610 = load <8 x float>, <8 x float>* %609, align 4
  %611 = add i64 %489, 2
  %612 = getelementptr inbounds float, float* %48, i64 %611
  %613 = load float, float* %612, align 4
  %614 = insertelement <8 x float> undef, float %613, i32 0
  %splat39 = shufflevector <8 x float> %614, <8 x float> undef, <8 x i32> zeroinitializer
  %615 = load <8 x float>, <8 x float>* %29, align 32
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %606, <8 x float> %615)
  store <8 x float> %616, <8 x float>* %29, align 32
  %617 = load <8 x float>, <8 x float>* %23, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %610, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %23, align 32
  %619 = add i64 %489, 10
  %620 = getelementptr inbounds float, float* %48, i64 %619
  %621 = load float, float* %620, align 4
  %622 = insertelement <8 x float> undef, float %621, i32 0
  %splat40 = shufflevector <8 x float> %622, <8 x float> undef, <8 x i32> zeroinitializer
  %623 = load <8 x float>, <8 x float>* %28, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %606, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %28, align 32
  %625 = load <8 x float>, <8 x float>* %22, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %610, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %22, align 32
  %627 = add i64 %489, 18
  %628 = getelementptr inbounds float, float* %48, i64 %627
  %629 = load float, float* %628, align 4
  %630 = insertelement <8 x float> undef, float %629, i32 0
  %splat41 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
  %631 = load <8 x float>, <8 x float>* %27, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %606, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %27, align 32
  %633 = load <8 x float>, <8 x float>* %21, align 32
  %634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %610, <8 x float> %633)
  store <8 x float> %634, <8 x float>* %21, align 32
  %635 = add i64 %489, 26
  %636 = getelementptr inbounds float, float* %48, i64 %635
  %637 = load float, float* %636, align 4
  %638 = insertelement <8 x float> undef, float %637, i32 0
  %splat42 = shufflevector <8 x float> %638, <8 x float> undef, <8 x i32> zeroinitializer
  %639 = load <8 x float>, <8 x float>* %26, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %606, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %26, align 32
  %641 = load <8 x float>, <8 x float>* %20, align 32
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %610, <8 x float> %641)
  store <8 x float> %642, <8 x float>* %20, align 32
  %643 = add i64 %489, 34
  %644 = getelementptr inbounds float, float* %48, i64 %643
  %645 = load float, float* %644, align 4
  %646 = insertelement <8 x float> undef, float %645, i32 0
  %splat43 = shufflevector <8 x float> %646, <8 x float> undef, <8 x i32> zeroinitializer
  %647 = load <8 x float>, <8 x float>* %25, align 32
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %606, <8 x float> %647)
  store <8 x float> %648, <8 x float>* %25, align 32
  %649 = load <8 x float>, <8 x float>* %19, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %610, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %19, align 32
  %651 = add i64 %489, 42
  %652 = getelementptr inbounds float, float* %48, i64 %651
  %653 = load float, float* %652, align 4
  %654 = insertelement <8 x float> undef, float %653, i32 0
  %splat44 = shufflevector <8 x float> %654, <8 x float> undef, <8 x i32> zeroinitializer
  %655 = load <8 x float>, <8 x float>* %24, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %606, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %24, align 32
  %657 = load <8 x float>, <8 x float>* %18, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %610, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %18, align 32
  %659 = add i64 %490, 24
  %660 = getelementptr inbounds float, float* %4, i64 %659
  %661 = bitcast float* %660 to <8 x float>*
  %662 = load <8 x float>, <8 x float>* %661, align 4
  %663 = add i64 %490, 280
  %664 = getelementptr inbounds float, float* %4, i64 %663
  %665 = bitcast float* %664 to <8 x float>*
  %666 = load <8 x float>, <8 x float>* %665, align 4
  %667 = add i64 %489, 3
  %668 = getelementptr inbounds float, float* %48, i64 %667
  %669 = load float, float* %668, align 4
  %670 = insertelement <8 x float> undef, float %669, i32 0
  %splat45 = shufflevector <8 x float> %670, <8 x float> undef, <8 x i32> zeroinitializer
  %671 = load <8 x float>, <8 x float>* %29, align 32
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %662, <8 x float> %671)
  store <8 x float> %672, <8 x float>* %29, align 32
  %673 = load <8 x float>, <8 x float>* %23, align 32
  %674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %666, <8 x float> %673)
  store <8 x float> %674, <8 x float>* %23, align 32
  %675 = add i64 %489, 11
  %676 = getelementptr inbounds float, float* %48, i64 %675
  %677 = load float, float* %676, align 4
  %678 = insertelement <8 x float> undef, float %677, i32 0
  %splat46 = shufflevector <8 x float> %678, <8 x float> undef, <8 x i32> zeroinitializer
  %679 = load <8 x float>, <8 x float>* %28, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %662, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %28, align 32
  %681 = load <8 x float>, <8 x float>* %22, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %666, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %22, align 32
  %683 = add i64 %489, 19
  %684 = getelementptr inbounds float, float* %48, i64 %683
  %685 = load float, float* %684, align 4
  %686 = insertelement <8 x float> undef, float %685, i32 0
  %splat47 = shufflevector <8 x float> %686, <8 x float> undef, <8 x i32> zeroinitializer
  %687 = load <8 x float>, <8 x float>* %27, align 32
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %662, <8 x float> %687)
  store <8 x float> %688, <8 x float>* %27, align 32
  %689 = load <8 x float>, <8 x float>* %21, align 32
  %690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %666, <8 x float> %689)
  store <8 x float> %690, <8 x float>* %21, align 32
  %691 = add i64 %489, 27
  %692 = getelementptr inbounds float, float* %48, i64 %691
  %693 = load float, float* %692, align 4
  %694 = insertelement <8 x float> undef, float %693, i32 0
  %splat48 = shufflevector <8 x float> %694, <8 x float> undef, <8 x i32> zeroinitializer
  %695 = load <8 x float>, <8 x float>* %26, align 32
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %662, <8 x float> %695)
  store <8 x float> %696, <8 x float>* %26, align 32
  %697 = load <8 x float>, <8 x float>* %20, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %666, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %20, align 32
  %699 = add i64 %489, 35
  %700 = getelementptr inbounds float, float* %48, i64 %699
  %701 = load float, float* %700, align 4
  %702 = insertelement <8 x float> undef, float %701, i32 0
  %splat49 = shufflevector <8 x float> %702, <8 x float> undef, <8 x i32> zeroinitializer
  %703 = load <8 x float>, <8 x float>* %25, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %662, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %25, align 32
  %705 = load <8 x float>, <8 x float>* %19, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %666, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %19, align 32
  %707 = add i64 %489, 43
  %708 = getelementptr inbounds float, float* %48, i64 %707
  %709 = load float, float* %708, align 4
  %710 = insertelement <8 x float> undef, float %709, i32 0
  %splat50 = shufflevector <8 x float> %710, <8 x float> undef, <8 x i32> zeroinitializer
  %711 = load <8 x float>, <8 x float>* %24, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %662, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %24, align 32
  %713 = load <8 x float>, <8 x float>* %18, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %666, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %18, align 32
  %715 = add i64 %490, 32
  %716 = getelementptr inbounds float, float* %4, i64 %715
  %717 = bitcast float* %716 to <8 x float>*
  %718 = load <8 x float>, <8 x float>* %717, align 4
  %719 = add i64 %490, 288
  %720 = getelementptr inbounds float, float* %4, i64 %719
  %721 = bitcast float* %720 to <8 x float>*
  %722 = load <8 x float>, <8 x float>* %721, align 4
  %723 = add i64 %489, 4
  %724 = getelementptr inbounds float, float* %48, i64 %723
  %725 = load float, float* %724, align 4
  %726 = insertelement <8 x float> undef, float %725, i32 0
  %splat51 = shufflevector <8 x float> %726, <8 x float> undef, <8 x i32> zeroinitializer
  %727 = load <8 x float>, <8 x float>* %29, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %718, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %29, align 32
  %729 = load <8 x float>, <8 x float>* %23, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %722, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %23, align 32
  %731 = add i64 %489, 12
  %732 = getelementptr inbounds float, float* %48, i64 %731
  %733 = load float, float* %732, align 4
  %734 = insertelement <8 x float> undef, float %733, i32 0
  %splat52 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
  %735 = load <8 x float>, <8 x float>* %28, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %718, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %28, align 32
  %737 = load <8 x float>, <8 x float>* %22, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %722, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %22, align 32
  %739 = add i64 %489, 20
  %740 = getelementptr inbounds float, float* %48, i64 %739
  %741 = load float, float* %740, align 4
  %742 = insertelement <8 x float> undef, float %741, i32 0
  %splat53 = shufflevector <8 x float> %742, <8 x float> undef, <8 x i32> zeroinitializer
  %743 = load <8 x float>, <8 x float>* %27, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %718, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %27, align 32
  %745 = load <8 x float>, <8 x float>* %21, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %722, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %21, align 32
  %747 = add i64 %489, 28
  %748 = getelementptr inbounds float, float* %48, i64 %747
  %749 = load float, float* %748, align 4
  %750 = insertelement <8 x float> undef, float %749, i32 0
  %splat54 = shufflevector <8 x float> %750, <8 x float> undef, <8 x i32> zeroinitializer
  %751 = load <8 x float>, <8 x float>* %26, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %718, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %26, align 32
  %753 = load <8 x float>, <8 x float>* %20, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %722, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %20, align 32
  %755 = add i64 %489, 36
  %756 = getelementptr inbounds float, float* %48, i64 %755
  %757 = load float, float* %756, align 4
  %758 = insertelement <8 x float> undef, float %757, i32 0
  %splat55 = shufflevector <8 x float> %758, <8 x float> undef, <8 x i32> zeroinitializer
  %759 = load <8 x float>, <8 x float>* %25, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %718, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %25, align 32
  %761 = load <8 x float>, <8 x float>* %19, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %722, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %19, align 32
  %763 = add i64 %489, 44
  %764 = getelementptr inbounds float, float* %48, i64 %763
  %765 = load float, float* %764, align 4
  %766 = insertelement <8 x float> undef, float %765, i32 0
  %splat56 = shufflevector <8 x float> %766, <8 x float> undef, <8 x i32> zeroinitializer
  %767 = load <8 x float>, <8 x float>* %24, align 32
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %718, <8 x float> %767)
  store <8 x float> %768, <8 x float>* %24, align 32
  %769 = load <8 x float>, <8 x float>* %18, align 32
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %722, <8 x float> %769)
  store <8 x float> %770, <8 x float>* %18, align 32
  %771 = add i64 %490, 40
  %772 = getelementptr inbounds float, float* %4, i64 %771
  %773 = bitcast float* %772 to <8 x float>*
  %774 = load <8 x float>, <8 x float>* %773, align 4
  %775 = add i64 %490, 296
  %776 = getelementptr inbounds float, float* %4, i64 %775
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = add i64 %489, 5
  %780 = getelementptr inbounds float, float* %48, i64 %779
  %781 = load float, float* %780, align 4
  %782 = insertelement <8 x float> undef, float %781, i32 0
  %splat57 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
  %783 = load <8 x float>, <8 x float>* %29, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %774, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %29, align 32
  %785 = load <8 x float>, <8 x float>* %23, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %778, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %23, align 32
  %787 = add i64 %489, 13
  %788 = getelementptr inbounds float, float* %48, i64 %787
  %789 = load float, float* %788, align 4
  %790 = insertelement <8 x float> undef, float %789, i32 0
  %splat58 = shufflevector <8 x float> %790, <8 x float> undef, <8 x i32> zeroinitializer
  %791 = load <8 x float>, <8 x float>* %28, align 32
  %792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %774, <8 x float> %791)
  store <8 x float> %792, <8 x float>* %28, align 32
  %793 = load <8 x float>, <8 x float>* %22, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %778, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %22, align 32
  %795 = add i64 %489, 21
  %796 = getelementptr inbounds float, float* %48, i64 %795
  %797 = load float, float* %796, align 4
  %798 = insertelement <8 x float> undef, float %797, i32 0
  %splat59 = shufflevector <8 x float> %798, <8 x float> undef, <8 x i32> zeroinitializer
  %799 = load <8 x float>, <8 x float>* %27, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %774, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %27, align 32
  %801 = load <8 x float>, <8 x float>* %21, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %778, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %21, align 32
  %803 = add i64 %489, 29
  %804 = getelementptr inbounds float, float* %48, i64 %803
  %805 = load float, float* %804, align 4
  %806 = insertelement <8 x float> undef, float %805, i32 0
  %splat60 = shufflevector <8 x float> %806, <8 x float> undef, <8 x i32> zeroinitializer
  %807 = load <8 x float>, <8 x float>* %26, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %774, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %26, align 32
  %809 = load <8 x float>, <8 x float>* %20, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %778, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %20, align 32
  %811 = add i64 %489, 37
  %812 = getelementptr inbounds float, float* %48, i64 %811
  %813 = load float, float* %812, align 4
  %814 = insertelement <8 x float> undef, float %813, i32 0
  %splat61 = shufflevector <8 x float> %814, <8 x float> undef, <8 x i32> zeroinitializer
  %815 = load <8 x float>, <8 x float>* %25, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %774, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %25, align 32
  %817 = load <8 x float>, <8 x float>* %19, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %778, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %19, align 32
  %819 = add i64 %489, 45
  %820 = getelementptr inbounds float, float* %48, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat62 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %24, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %774, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %24, align 32
  %825 = load <8 x float>, <8 x float>* %18, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %778, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %18, align 32
  %827 = add i64 %490, 48
  %828 = getelementptr inbounds float, float* %4, i64 %827
  %829 = bitcast float* %828 to <8 x float>*
  %830 = load <8 x float>, <8 x float>* %829, align 4
  %831 = add i64 %490, 304
  %832 = getelementptr inbounds float, float* %4, i64 %831
  %833 = bitcast float* %832 to <8 x float>*
  %834 = load <8 x float>, <8 x float>* %833, align 4
  %835 = add i64 %489, 6
  %836 = getelementptr inbounds float, float* %48, i64 %835
  %837 = load float, float* %836, align 4
  %838 = insertelement <8 x float> undef, float %837, i32 0
  %splat63 = shufflevector <8 x float> %838, <8 x float> undef, <8 x i32> zeroinitializer
  %839 = load <8 x float>, <8 x float>* %29, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %830, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %29, align 32
  %841 = load <8 x float>, <8 x float>* %23, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %834, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %23, align 32
  %843 = add i64 %489, 14
  %844 = getelementptr inbounds float, float* %48, i64 %843
  %845 = load float, float* %844, align 4
  %846 = insertelement <8 x float> undef, float %845, i32 0
  %splat64 = shufflevector <8 x float> %846, <8 x float> undef, <8 x i32> zeroinitializer
  %847 = load <8 x float>, <8 x float>* %28, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %830, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %28, align 32
  %849 = load <8 x float>, <8 x float>* %22, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %834, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %22, align 32
  %851 = add i64 %489, 22
  %852 = getelementptr inbounds float, float* %48, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat65 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %27, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %830, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %27, align 32
  %857 = load <8 x float>, <8 x float>* %21, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %834, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %21, align 32
  %859 = add i64 %489, 30
  %860 = getelementptr inbounds float, float* %48, i64 %859
  %861 = load float, float* %860, align 4
  %862 = insertelement <8 x float> undef, float %861, i32 0
  %splat66 = shufflevector <8 x float> %862, <8 x float> undef, <8 x i32> zeroinitializer
  %863 = load <8 x float>, <8 x float>* %26, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %830, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %26, align 32
  %865 = load <8 x float>, <8 x float>* %20, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %834, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %20, align 32
  %867 = add i64 %489, 38
  %868 = getelementptr inbounds float, float* %48, i64 %867
  %869 = load float, float* %868, align 4
  %870 = insertelement <8 x float> undef, float %869, i32 0
  %splat67 = shufflevector <8 x float> %870, <8 x float> undef, <8 x i32> zeroinitializer
  %871 = load <8 x float>, <8 x float>* %25, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %830, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %25, align 32
  %873 = load <8 x float>, <8 x float>* %19, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %834, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %19, align 32
  %875 = add i64 %489, 46
  %876 = getelementptr inbounds float, float* %48, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat68 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %24, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %830, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %24, align 32
  %881 = load <8 x float>, <8 x float>* %18, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %834, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %18, align 32
  %883 = add i64 %490, 56
  %884 = getelementptr inbounds float, float* %4, i64 %883
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = add i64 %490, 312
  %888 = getelementptr inbounds float, float* %4, i64 %887
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = add i64 %489, 7
  %892 = getelementptr inbounds float, float* %48, i64 %891
  %893 = load float, float* %892, align 4
  %894 = insertelement <8 x float> undef, float %893, i32 0
  %splat69 = shufflevector <8 x float> %894, <8 x float> undef, <8 x i32> zeroinitializer
  %895 = load <8 x float>, <8 x float>* %29, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %886, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %29, align 32
  %897 = load <8 x float>, <8 x float>* %23, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %890, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %23, align 32
  %899 = add i64 %489, 15
  %900 = getelementptr inbounds float, float* %48, i64 %899
  %901 = load float, float* %900, align 4
  %902 = insertelement <8 x float> undef, float %901, i32 0
  %splat70 = shufflevector <8 x float> %902, <8 x float> undef, <8 x i32> zeroinitializer
  %903 = load <8 x float>, <8 x float>* %28, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %886, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %28, align 32
  %905 = load <8 x float>, <8 x float>* %22, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %890, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %22, align 32
  %907 = add i64 %489, 23
  %908 = getelementptr inbounds float, float* %48, i64 %907
  %909 = load float, float* %908, align 4
  %910 = insertelement <8 x float> undef, float %909, i32 0
  %splat71 = shufflevector <8 x float> %910, <8 x float> undef, <8 x i32> zeroinitializer
  %911 = load <8 x float>, <8 x float>* %27, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %886, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %27, align 32
  %913 = load <8 x float>, <8 x float>* %21, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %890, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %21, align 32
  %915 = add i64 %489, 31
  %916 = getelementptr inbounds float, float* %48, i64 %915
  %917 = load float, float* %916, align 4
  %918 = insertelement <8 x float> undef, float %917, i32 0
  %splat72 = shufflevector <8 x float> %918, <8 x float> undef, <8 x i32> zeroinitializer
  %919 = load <8 x float>, <8 x float>* %26, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %886, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %26, align 32
  %921 = load <8 x float>, <8 x float>* %20, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %890, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %20, align 32
  %923 = add i64 %489, 39
  %924 = getelementptr inbounds float, float* %48, i64 %923
  %925 = load float, float* %924, align 4
  %926 = insertelement <8 x float> undef, float %925, i32 0
  %splat73 = shufflevector <8 x float> %926, <8 x float> undef, <8 x i32> zeroinitializer
  %927 = load <8 x float>, <8 x float>* %25, align 32
  %928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %886, <8 x float> %927)
  store <8 x float> %928, <8 x float>* %25, align 32
  %929 = load <8 x float>, <8 x float>* %19, align 32
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %890, <8 x float> %929)
  store <8 x float> %930, <8 x float>* %19, align 32
  %931 = add i64 %489, 47
  %932 = getelementptr inbounds float, float* %48, i64 %931
  %933 = load float, float* %932, align 4
  %934 = insertelement <8 x float> undef, float %933, i32 0
  %splat74 = shufflevector <8 x float> %934, <8 x float> undef, <8 x i32> zeroinitializer
  %935 = load <8 x float>, <8 x float>* %24, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %886, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %24, align 32
  %937 = load <8 x float>, <8 x float>* %18, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %890, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %939 = load <8 x float>, <8 x float>* %29, align 32
  %940 = fcmp olt <8 x float> %939, zeroinitializer
  %941 = select <8 x i1> %940, <8 x float> zeroinitializer, <8 x float> %939
  %942 = getelementptr inbounds float, float* %0, i64 %388
  %943 = bitcast float* %942 to <8 x float>*
  store <8 x float> %941, <8 x float>* %943, align 4
  %944 = load <8 x float>, <8 x float>* %28, align 32
  %945 = fcmp olt <8 x float> %944, zeroinitializer
  %946 = select <8 x i1> %945, <8 x float> zeroinitializer, <8 x float> %944
  %947 = getelementptr inbounds float, float* %0, i64 %391
  %948 = bitcast float* %947 to <8 x float>*
  store <8 x float> %946, <8 x float>* %948, align 4
  %949 = load <8 x float>, <8 x float>* %27, align 32
  %950 = fcmp olt <8 x float> %949, zeroinitializer
  %951 = select <8 x i1> %950, <8 x float> zeroinitializer, <8 x float> %949
  %952 = getelementptr inbounds float, float* %0, i64 %394
  %953 = bitcast float* %952 to <8 x float>*
  store <8 x float> %951, <8 x float>* %953, align 4
  %954 = load <8 x float>, <8 x float>* %26, align 32
  %955 = fcmp olt <8 x float> %954, zeroinitializer
  %956 = select <8 x i1> %955, <8 x float> zeroinitializer, <8 x float> %954
  %957 = getelementptr inbounds float, float* %0, i64 %397
  %958 = bitcast float* %957 to <8 x float>*
  store <8 x float> %956, <8 x float>* %958, align 4
  %959 = load <8 x float>, <8 x float>* %25, align 32
  %960 = fcmp olt <8 x float> %959, zeroinitializer
  %961 = select <8 x i1> %960, <8 x float> zeroinitializer, <8 x float> %959
  %962 = getelementptr inbounds float, float* %0, i64 %400
  %963 = bitcast float* %962 to <8 x float>*
  store <8 x float> %961, <8 x float>* %963, align 4
  %964 = load <8 x float>, <8 x float>* %24, align 32
  %965 = fcmp olt <8 x float> %964, zeroinitializer
  %966 = select <8 x i1> %965, <8 x float> zeroinitializer, <8 x float> %964
  %967 = getelementptr inbounds float, float* %0, i64 %403
  %968 = bitcast float* %967 to <8 x float>*
  store <8 x float> %966, <8 x float>* %968, align 4
  %969 = load <8 x float>, <8 x float>* %23, align 32
  %970 = fcmp olt <8 x float> %969, zeroinitializer
  %971 = select <8 x i1> %970, <8 x float> zeroinitializer, <8 x float> %969
  %972 = getelementptr inbounds float, float* %0, i64 %410
  %973 = bitcast float* %972 to <8 x float>*
  store <8 x float> %971, <8 x float>* %973, align 4
  %974 = load <8 x float>, <8 x float>* %22, align 32
  %975 = fcmp olt <8 x float> %974, zeroinitializer
  %976 = select <8 x i1> %975, <8 x float> zeroinitializer, <8 x float> %974
  %977 = getelementptr inbounds float, float* %0, i64 %413
  %978 = bitcast float* %977 to <8 x float>*
  store <8 x float> %976, <8 x float>* %978, align 4
  %979 = load <8 x float>, <8 x float>* %21, align 32
  %980 = fcmp olt <8 x float> %979, zeroinitializer
  %981 = select <8 x i1> %980, <8 x float> zeroinitializer, <8 x float> %979
  %982 = getelementptr inbounds float, float* %0, i64 %416
  %983 = bitcast float* %982 to <8 x float>*
  store <8 x float> %981, <8 x float>* %983, align 4
  %984 = load <8 x float>, <8 x float>* %20, align 32
  %985 = fcmp olt <8 x float> %984, zeroinitializer
  %986 = select <8 x i1> %985, <8 x float> zeroinitializer, <8 x float> %984
  %987 = getelementptr inbounds float, float* %0, i64 %419
  %988 = bitcast float* %987 to <8 x float>*
  store <8 x float> %986, <8 x float>* %988, align 4
  %989 = load <8 x float>, <8 x float>* %19, align 32
  %990 = fcmp olt <8 x float> %989, zeroinitializer
  %991 = select <8 x i1> %990, <8 x float> zeroinitializer, <8 x float> %989
  %992 = getelementptr inbounds float, float* %0, i64 %422
  %993 = bitcast float* %992 to <8 x float>*
  store <8 x float> %991, <8 x float>* %993, align 4
  %994 = load <8 x float>, <8 x float>* %18, align 32
  %995 = fcmp olt <8 x float> %994, zeroinitializer
  %996 = select <8 x i1> %995, <8 x float> zeroinitializer, <8 x float> %994
  %997 = getelementptr inbounds float, float* %0, i64 %425
  %998 = bitcast float* %997 to <8 x float>*
  store <8 x float> %996, <8 x float>* %998, align 4
  %x.next75 = add i64 %x27, 6
  br label %x.header24

u.header76:                                       ; preds = %u.body77, %x.exit26
  %u79 = phi i64 [ 0, %x.exit26 ], [ %u.next112, %u.body77 ]
  %999 = icmp slt i64 %u79, 4
  br i1 %999, label %u.body77, label %u.exit78

u.body77:                                         ; preds = %u.header76
  %1000 = add i64 0, %u79
  %1001 = mul i64 %1000, 896
  %1002 = add i64 864, %1001
  %1003 = mul i64 %1000, 64
  %1004 = add i64 %379, %1003
  %1005 = add i64 %1002, 0
  %1006 = add i64 %1005, 0
  %1007 = add i64 %1004, 0
  %1008 = add i64 %1007, 0
  %1009 = getelementptr inbounds float, float* %4, i64 %1008
  %1010 = bitcast float* %1009 to <8 x float>*
  %1011 = load <8 x float>, <8 x float>* %1010, align 4
  %1012 = add i64 %1007, 256
  %1013 = getelementptr inbounds float, float* %4, i64 %1012
  %1014 = bitcast float* %1013 to <8 x float>*
  %1015 = load <8 x float>, <8 x float>* %1014, align 4
  %1016 = add i64 %1006, 0
  %1017 = getelementptr inbounds float, float* %48, i64 %1016
  %1018 = load float, float* %1017, align 4
  %1019 = insertelement <8 x float> undef, float %1018, i32 0
  %splat80 = shufflevector <8 x float> %1019, <8 x float> undef, <8 x i32> zeroinitializer
  %1020 = load <8 x float>, <8 x float>* %17, align 32
  %1021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1011, <8 x float> %1020)
  store <8 x float> %1021, <8 x float>* %17, align 32
  %1022 = load <8 x float>, <8 x float>* %13, align 32
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1015, <8 x float> %1022)
  store <8 x float> %1023, <8 x float>* %13, align 32
  %1024 = add i64 %1006, 8
  %1025 = getelementptr inbounds float, float* %48, i64 %1024
  %1026 = load float, float* %1025, align 4
  %1027 = insertelement <8 x float> undef, float %1026, i32 0
  %splat81 = shufflevector <8 x float> %1027, <8 x float> undef, <8 x i32> zeroinitializer
  %1028 = load <8 x float>, <8 x float>* %16, align 32
  %1029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1011, <8 x float> %1028)
  store <8 x float> %1029, <8 x float>* %16, align 32
  %1030 = load <8 x float>, <8 x float>* %12, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1015, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %12, align 32
  %1032 = add i64 %1006, 16
  %1033 = getelementptr inbounds float, float* %48, i64 %1032
  %1034 = load float, float* %1033, align 4
  %1035 = insertelement <8 x float> undef, float %1034, i32 0
  %splat82 = shufflevector <8 x float> %1035, <8 x float> undef, <8 x i32> zeroinitializer
  %1036 = load <8 x float>, <8 x float>* %15, align 32
  %1037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1011, <8 x float> %1036)
  store <8 x float> %1037, <8 x float>* %15, align 32
  %1038 = load <8 x float>, <8 x float>* %11, align 32
  %1039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1015, <8 x float> %1038)
  store <8 x float> %1039, <8 x float>* %11, align 32
  %1040 = add i64 %1006, 24
  %1041 = getelementptr inbounds float, float* %48, i64 %1040
  %1042 = load float, float* %1041, align 4
  %1043 = insertelement <8 x float> undef, float %1042, i32 0
  %splat83 = shufflevector <8 x float> %1043, <8 x float> undef, <8 x i32> zeroinitializer
  %1044 = load <8 x float>, <8 x float>* %14, align 32
  %1045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1011, <8 x float> %1044)
  store <8 x float> %1045, <8 x float>* %14, align 32
  %1046 = load <8 x float>, <8 x float>* %10, align 32
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1015, <8 x float> %1046)
  store <8 x float> %1047, <8 x float>* %10, align 32
  %1048 = add i64 %1007, 8
  %1049 = getelementptr inbounds float, float* %4, i64 %1048
  %1050 = bitcast float* %1049 to <8 x float>*
  %1051 = load <8 x float>, <8 x float>* %1050, align 4
  %1052 = add i64 %1007, 264
  %1053 = getelementptr inbounds float, float* %4, i64 %1052
  %1054 = bitcast float* %1053 to <8 x float>*
  %1055 = load <8 x float>, <8 x float>* %1054, align 4
  %1056 = add i64 %1006, 1
  %1057 = getelementptr inbounds float, float* %48, i64 %1056
  %1058 = load float, float* %1057, align 4
  %1059 = insertelement <8 x float> undef, float %1058, i32 0
  %splat84 = shufflevector <8 x float> %1059, <8 x float> undef, <8 x i32> zeroinitializer
  %1060 = load <8 x float>, <8 x float>* %17, align 32
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1051, <8 x float> %1060)
  store <8 x float> %1061, <8 x float>* %17, align 32
  %1062 = load <8 x float>, <8 x float>* %13, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1055, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %13, align 32
  %1064 = add i64 %1006, 9
  %1065 = getelementptr inbounds float, float* %48, i64 %1064
  %1066 = load float, float* %1065, align 4
  %1067 = insertelement <8 x float> undef, float %1066, i32 0
  %splat85 = shufflevector <8 x float> %1067, <8 x float> undef, <8 x i32> zeroinitializer
  %1068 = load <8 x float>, <8 x float>* %16, align 32
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1051, <8 x float> %1068)
  store <8 x float> %1069, <8 x float>* %16, align 32
  %1070 = load <8 x float>, <8 x float>* %12, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1055, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %12, align 32
  %1072 = add i64 %1006, 17
  %1073 = getelementptr inbounds float, float* %48, i64 %1072
  %1074 = load float, float* %1073, align 4
  %1075 = insertelement <8 x float> undef, float %1074, i32 0
  %splat86 = shufflevector <8 x float> %1075, <8 x float> undef, <8 x i32> zeroinitializer
  %1076 = load <8 x float>, <8 x float>* %15, align 32
  %1077 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1051, <8 x float> %1076)
  store <8 x float> %1077, <8 x float>* %15, align 32
  %1078 = load <8 x float>, <8 x float>* %11, align 32
  %1079 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1055, <8 x float> %1078)
  store <8 x float> %1079, <8 x float>* %11, align 32
  %1080 = add i64 %1006, 25
  %1081 = getelementptr inbounds float, float* %48, i64 %1080
  %1082 = load float, float* %1081, align 4
  %1083 = insertelement <8 x float> undef, float %1082, i32 0
  %splat87 = shufflevector <8 x float> %1083, <8 x float> undef, <8 x i32> zeroinitializer
  %1084 = load <8 x float>, <8 x float>* %14, align 32
  %1085 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1051, <8 x float> %1084)
  store <8 x float> %1085, <8 x float>* %14, align 32
  %1086 = load <8 x float>, <8 x float>* %10, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1055, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %10, align 32
  %1088 = add i64 %1007, 16
  %1089 = getelementptr inbounds float, float* %4, i64 %1088
  %1090 = bitcast float* %1089 to <8 x float>*
  %1091 = load <8 x float>, <8 x float>* %1090, align 4
  %1092 = add i64 %1007, 272
  %1093 = getelementptr inbounds float, float* %4, i64 %1092
  %1094 = bitcast float* %1093 to <8 x float>*
  %1095 = load <8 x float>, <8 x float>* %1094, align 4
  %1096 = add i64 %1006, 2
  %1097 = getelementptr inbounds float, float* %48, i64 %1096
  %1098 = load float, float* %1097, align 4
  %1099 = insertelement <8 x float> undef, float %1098, i32 0
  %splat88 = shufflevector <8 x float> %1099, <8 x float> undef, <8 x i32> zeroinitializer
  %1100 = load <8 x float>, <8 x float>* %17, align 32
  %1101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1091, <8 x float> %1100)
  store <8 x float> %1101, <8 x float>* %17, align 32
  %1102 = load <8 x float>, <8 x float>* %13, align 32
  %1103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1095, <8 x float> %1102)
  store <8 x float> %1103, <8 x float>* %13, align 32
  %1104 = add i64 %1006, 10
  %1105 = getelementptr inbounds float, float* %48, i64 %1104
  %1106 = load float, float* %1105, align 4
  %1107 = insertelement <8 x float> undef, float %1106, i32 0
  %splat89 = shufflevector <8 x float> %1107, <8 x float> undef, <8 x i32> zeroinitializer
  %1108 = load <8 x float>, <8 x float>* %16, align 32
  %1109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1091, <8 x float> %1108)
  store <8 x float> %1109, <8 x float>* %16, align 32
  %1110 = load <8 x float>, <8 x float>* %12, align 32
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1095, <8 x float> %1110)
  store <8 x float> %1111, <8 x float>* %12, align 32
  %1112 = add i64 %1006, 18
  %1113 = getelementptr inbounds float, float* %48, i64 %1112
  %1114 = load float, float* %1113, align 4
  %1115 = insertelement <8 x float> undef, float %1114, i32 0
  %splat90 = shufflevector <8 x float> %1115, <8 x float> undef, <8 x i32> zeroinitializer
  %1116 = load <8 x float>, <8 x float>* %15, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1091, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %15, align 32
  %1118 = load <8 x float>, <8 x float>* %11, align 32
  %1119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1095, <8 x float> %1118)
  store <8 x float> %1119, <8 x float>* %11, align 32
  %1120 = add i64 %1006, 26
  %1121 = getelementptr inbounds float, float* %48, i64 %1120
  %1122 = load float, float* %1121, align 4
  %1123 = insertelement <8 x float> undef, float %1122, i32 0
  %splat91 = shufflevector <8 x float> %1123, <8 x float> undef, <8 x i32> zeroinitializer
  %1124 = load <8 x float>, <8 x float>* %14, align 32
  %1125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1091, <8 x float> %1124)
  store <8 x float> %1125, <8 x float>* %14, align 32
  %1126 = load <8 x float>, <8 x float>* %10, align 32
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1095, <8 x float> %1126)
  store <8 x float> %1127, <8 x float>* %10, align 32
  %1128 = add i64 %1007, 24
  %1129 = getelementptr inbounds float, float* %4, i64 %1128
  %1130 = bitcast float* %1129 to <8 x float>*
  %1131 = load <8 x float>, <8 x float>* %1130, align 4
  %1132 = add i64 %1007, 280
  %1133 = getelementptr inbounds float, float* %4, i64 %1132
  %1134 = bitcast float* %1133 to <8 x float>*
  %1135 = load <8 x float>, <8 x float>* %1134, align 4
  %1136 = add i64 %1006, 3
  %1137 = getelementptr inbounds float, float* %48, i64 %1136
  %1138 = load float, float* %1137, align 4
  %1139 = insertelement <8 x float> undef, float %1138, i32 0
  %splat92 = shufflevector <8 x float> %1139, <8 x float> undef, <8 x i32> zeroinitializer
  %1140 = load <8 x float>, <8 x float>* %17, align 32
  %1141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1131, <8 x float> %1140)
  store <8 x float> %1141, <8 x float>* %17, align 32
  %1142 = load <8 x float>, <8 x float>* %13, align 32
  %1143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1135, <8 x float> %1142)
  store <8 x float> %1143, <8 x float>* %13, align 32
  %1144 = add i64 %1006, 11
  %1145 = getelementptr inbounds float, float* %48, i64 %1144
  %1146 = load float, float* %1145, align 4
  %1147 = insertelement <8 x float> undef, float %1146, i32 0
  %splat93 = shufflevector <8 x float> %1147, <8 x float> undef, <8 x i32> zeroinitializer
  %1148 = load <8 x float>, <8 x float>* %16, align 32
  %1149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1131, <8 x float> %1148)
  store <8 x float> %1149, <8 x float>* %16, align 32
  %1150 = load <8 x float>, <8 x float>* %12, align 32
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1135, <8 x float> %1150)
  store <8 x float> %1151, <8 x float>* %12, align 32
  %1152 = add i64 %1006, 19
  %1153 = getelementptr inbounds float, float* %48, i64 %1152
  %1154 = load float, float* %1153, align 4
  %1155 = insertelement <8 x float> undef, float %1154, i32 0
  %splat94 = shufflevector <8 x float> %1155, <8 x float> undef, <8 x i32> zeroinitializer
  %1156 = load <8 x float>, <8 x float>* %15, align 32
  %1157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1131, <8 x float> %1156)
  store <8 x float> %1157, <8 x float>* %15, align 32
  %1158 = load <8 x float>, <8 x float>* %11, align 32
  %1159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1135, <8 x float> %1158)
  store <8 x float> %1159, <8 x float>* %11, align 32
  %1160 = add i64 %1006, 27
  %1161 = getelementptr inbounds float, float* %48, i64 %1160
  %1162 = load float, float* %1161, align 4
  %1163 = insertelement <8 x float> undef, float %1162, i32 0
  %splat95 = shufflevector <8 x float> %1163, <8 x float> undef, <8 x i32> zeroinitializer
  %1164 = load <8 x float>, <8 x float>* %14, align 32
  %1165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1131, <8 x float> %1164)
  store <8 x float> %1165, <8 x float>* %14, align 32
  %1166 = load <8 x float>, <8 x float>* %10, align 32
  %1167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1135, <8 x float> %1166)
  store <8 x float> %1167, <8 x float>* %10, align 32
  %1168 = add i64 %1007, 32
  %1169 = getelementptr inbounds float, float* %4, i64 %1168
  %1170 = bitcast float* %1169 to <8 x float>*
  %1171 = load <8 x float>, <8 x float>* %1170, align 4
  %1172 = add i64 %1007, 288
  %1173 = getelementptr inbounds float, float* %4, i64 %1172
  %1174 = bitcast float* %1173 to <8 x float>*
  %1175 = load <8 x float>, <8 x float>* %1174, align 4
  %1176 = add i64 %1006, 4
  %1177 = getelementptr inbounds float, float* %48, i64 %1176
  %1178 = load float, float* %1177, align 4
  %1179 = insertelement <8 x float> undef, float %1178, i32 0
  %splat96 = shufflevector <8 x float> %1179, <8 x float> undef, <8 x i32> zeroinitializer
  %1180 = load <8 x float>, <8 x float>* %17, align 32
  %1181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1171, <8 x float> %1180)
  store <8 x float> %1181, <8 x float>* %17, align 32
  %1182 = load <8 x float>, <8 x float>* %13, align 32
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1175, <8 x float> %1182)
  store <8 x float> %1183, <8 x float>* %13, align 32
  %1184 = add i64 %1006, 12
  %1185 = getelementptr inbounds float, float* %48, i64 %1184
  %1186 = load float, float* %1185, align 4
  %1187 = insertelement <8 x float> undef, float %1186, i32 0
  %splat97 = shufflevector <8 x float> %1187, <8 x float> undef, <8 x i32> zeroinitializer
  %1188 = load <8 x float>, <8 x float>* %16, align 32
  %1189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1171, <8 x float> %1188)
  store <8 x float> %1189, <8 x float>* %16, align 32
  %1190 = load <8 x float>, <8 x float>* %12, align 32
  %1191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1175, <8 x float> %1190)
  store <8 x float> %1191, <8 x float>* %12, align 32
  %1192 = add i64 %1006, 20
  %1193 = getelementptr inbounds float, float* %48, i64 %1192
  %1194 = load float, float* %1193, align 4
  %1195 = insertelement <8 x float> undef, float %1194, i32 0
  %splat98 = shufflevector <8 x float> %1195, <8 x float> undef, <8 x i32> zeroinitializer
  %1196 = load <8 x float>, <8 x float>* %15, align 32
  %1197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1171, <8 x float> %1196)
  store <8 x float> %1197, <8 x float>* %15, align 32
  %1198 = load <8 x float>, <8 x float>* %11, align 32
  %1199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1175, <8 x float> %1198)
  store <8 x float> %1199, <8 x float>* %11, align 32
  %1200 = add i64 %1006, 28
  %1201 = getelementptr inbounds float, float* %48, i64 %1200
  %1202 = load float, float* %1201, align 4
  %1203 = insertelement <8 x float> undef, float %1202, i32 0
  %splat99 = shufflevector <8 x float> %1203, <8 x float> undef, <8 x i32> zeroinitializer
  %1204 = load <8 x float>, <8 x float>* %14, align 32
  %1205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1171, <8 x float> %1204)
  store <8 x float> %1205, <8 x float>* %14, align 32
  %1206 = load <8 x float>, <8 x float>* %10, align 32
  %1207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1175, <8 x float> %1206)
  store <8 x float> %1207, <8 x float>* %10, align 32
  %1208 = add i64 %1007, 40
  %1209 = getelementptr inbounds float, float* %4, i64 %1208
  %1210 = bitcast float* %1209 to <8 x float>*
  %1211 = load <8 x float>, <8 x float>* %1210, align 4
  %1212 = add i64 %1007, 296
  %1213 = getelementptr inbounds float, float* %4, i64 %1212
  %1214 = bitcast float* %1213 to <8 x float>*
  %1215 = load <8 x float>, <8 x float>* %1214, align 4
  %1216 = add i64 %1006, 5
  %1217 = getelementptr inbounds float, float* %48, i64 %1216
  %1218 = load float, float* %1217, align 4
  %1219 = insertelement <8 x float> undef, float %1218, i32 0
  %splat100 = shufflevector <8 x float> %1219, <8 x float> undef, <8 x i32> zeroinitializer
  %1220 = load <8 x float>, <8 x float>* %17, align 32
  %1221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1211, <8 x float> %1220)
  store <8 x float> %1221, <8 x float>* %17, align 32
  %1222 = load <8 x float>, <8 x float>* %13, align 32
  %1223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1215, <8 x float> %1222)
  store <8 x float> %1223, <8 x float>* %13, align 32
  %1224 = add i64 %1006, 13
  %1225 = getelementptr inbounds float, float* %48, i64 %1224
  %1226 = load float, float* %1225, align 4
  %1227 = insertelement <8 x float> undef, float %1226, i32 0
  %splat101 = shufflevector <8 x float> %1227, <8 x float> undef, <8 x i32> zeroinitializer
  %1228 = load <8 x float>, <8 x float>* %16, align 32
  %1229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1211, <8 x float> %1228)
  store <8 x float> %1229, <8 x float>* %16, align 32
  %1230 = load <8 x float>, <8 x float>* %12, align 32
  %1231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1215, <8 x float> %1230)
  store <8 x float> %1231, <8 x float>* %12, align 32
  %1232 = add i64 %1006, 21
  %1233 = getelementptr inbounds float, float* %48, i64 %1232
  %1234 = load float, float* %1233, align 4
  %1235 = insertelement <8 x float> undef, float %1234, i32 0
  %splat102 = shufflevector <8 x float> %1235, <8 x float> undef, <8 x i32> zeroinitializer
  %1236 = load <8 x float>, <8 x float>* %15, align 32
  %1237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1211, <8 x float> %1236)
  store <8 x float> %1237, <8 x float>* %15, align 32
  %1238 = load <8 x float>, <8 x float>* %11, align 32
  %1239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1215, <8 x float> %1238)
  store <8 x float> %1239, <8 x float>* %11, align 32
  %1240 = add i64 %1006, 29
  %1241 = getelementptr inbounds float, float* %48, i64 %1240
  %1242 = load float, float* %1241, align 4
  %1243 = insertelement <8 x float> undef, float %1242, i32 0
  %splat103 = shufflevector <8 x float> %1243, <8 x float> undef, <8 x i32> zeroinitializer
  %1244 = load <8 x float>, <8 x float>* %14, align 32
  %1245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1211, <8 x float> %1244)
  store <8 x float> %1245, <8 x float>* %14, align 32
  %1246 = load <8 x float>, <8 x float>* %10, align 32
  %1247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1215, <8 x float> %1246)
  store <8 x float> %1247, <8 x float>* %10, align 32
  %1248 = add i64 %1007, 48
  %1249 = getelementptr inbounds float, float* %4, i64 %1248
  %1250 = bitcast float* %1249 to <8 x float>*
  %1251 = load <8 x float>, <8 x float>* %1250, align 4
  %1252 = add i64 %1007, 304
  %1253 = getelementptr inbounds float, float* %4, i64 %1252
  %1254 = bitcast float* %1253 to <8 x float>*
  %1255 = load <8 x float>, <8 x float>* %1254, align 4
  %1256 = add i64 %1006, 6
  %1257 = getelementptr inbounds float, float* %48, i64 %1256
  %1258 = load float, float* %1257, align 4
  %1259 = insertelement <8 x float> undef, float %1258, i32 0
  %splat104 = shufflevector <8 x float> %1259, <8 x float> undef, <8 x i32> zeroinitializer
  %1260 = load <8 x float>, <8 x float>* %17, align 32
  %1261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1251, <8 x float> %1260)
  store <8 x float> %1261, <8 x float>* %17, align 32
  %1262 = load <8 x float>, <8 x float>* %13, align 32
  %1263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1255, <8 x float> %1262)
  store <8 x float> %1263, <8 x float>* %13, align 32
  %1264 = add i64 %1006, 14
  %1265 = getelementptr inbounds float, float* %48, i64 %1264
  %1266 = load float, float* %1265, align 4
  %1267 = insertelement <8 x float> undef, float %1266, i32 0
  %splat105 = shufflevector <8 x float> %1267, <8 x float> undef, <8 x i32> zeroinitializer
  %1268 = load <8 x float>, <8 x float>* %16, align 32
  %1269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1251, <8 x float> %1268)
  store <8 x float> %1269, <8 x float>* %16, align 32
  %1270 = load <8 x float>, <8 x float>* %12, align 32
  %1271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1255, <8 x float> %1270)
  store <8 x float> %1271, <8 x float>* %12, align 32
  %1272 = add i64 %1006, 22
  %1273 = getelementptr inbounds float, float* %48, i64 %1272
  %1274 = load float, float* %1273, align 4
  %1275 = insertelement <8 x float> undef, float %1274, i32 0
  %splat106 = shufflevector <8 x float> %1275, <8 x float> undef, <8 x i32> zeroinitializer
  %1276 = load <8 x float>, <8 x float>* %15, align 32
  %1277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1251, <8 x float> %1276)
  store <8 x float> %1277, <8 x float>* %15, align 32
  %1278 = load <8 x float>, <8 x float>* %11, align 32
  %1279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1255, <8 x float> %1278)
  store <8 x float> %1279, <8 x float>* %11, align 32
  %1280 = add i64 %1006, 30
  %1281 = getelementptr inbounds float, float* %48, i64 %1280
  %1282 = load float, float* %1281, align 4
  %1283 = insertelement <8 x float> undef, float %1282, i32 0
  %splat107 = shufflevector <8 x float> %1283, <8 x float> undef, <8 x i32> zeroinitializer
  %1284 = load <8 x float>, <8 x float>* %14, align 32
  %1285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1251, <8 x float> %1284)
  store <8 x float> %1285, <8 x float>* %14, align 32
  %1286 = load <8 x float>, <8 x float>* %10, align 32
  %1287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1255, <8 x float> %1286)
  store <8 x float> %1287, <8 x float>* %10, align 32
  %1288 = add i64 %1007, 56
  %1289 = getelementptr inbounds float, float* %4, i64 %1288
  %1290 = bitcast float* %1289 to <8 x float>*
  %1291 = load <8 x float>, <8 x float>* %1290, align 4
  %1292 = add i64 %1007, 312
  %1293 = getelementptr inbounds float, float* %4, i64 %1292
  %1294 = bitcast float* %1293 to <8 x float>*
  %1295 = load <8 x float>, <8 x float>* %1294, align 4
  %1296 = add i64 %1006, 7
  %1297 = getelementptr inbounds float, float* %48, i64 %1296
  %1298 = load float, float* %1297, align 4
  %1299 = insertelement <8 x float> undef, float %1298, i32 0
  %splat108 = shufflevector <8 x float> %1299, <8 x float> undef, <8 x i32> zeroinitializer
  %1300 = load <8 x float>, <8 x float>* %17, align 32
  %1301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat108, <8 x float> %1291, <8 x float> %1300)
  store <8 x float> %1301, <8 x float>* %17, align 32
  %1302 = load <8 x float>, <8 x float>* %13, align 32
  %1303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat108, <8 x float> %1295, <8 x float> %1302)
  store <8 x float> %1303, <8 x float>* %13, align 32
  %1304 = add i64 %1006, 15
  %1305 = getelementptr inbounds float, float* %48, i64 %1304
  %1306 = load float, float* %1305, align 4
  %1307 = insertelement <8 x float> undef, float %1306, i32 0
  %splat109 = shufflevector <8 x float> %1307, <8 x float> undef, <8 x i32> zeroinitializer
  %1308 = load <8 x float>, <8 x float>* %16, align 32
  %1309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat109, <8 x float> %1291, <8 x float> %1308)
  store <8 x float> %1309, <8 x float>* %16, align 32
  %1310 = load <8 x float>, <8 x float>* %12, align 32
  %1311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat109, <8 x float> %1295, <8 x float> %1310)
  store <8 x float> %1311, <8 x float>* %12, align 32
  %1312 = add i64 %1006, 23
  %1313 = getelementptr inbounds float, float* %48, i64 %1312
  %1314 = load float, float* %1313, align 4
  %1315 = insertelement <8 x float> undef, float %1314, i32 0
  %splat110 = shufflevector <8 x float> %1315, <8 x float> undef, <8 x i32> zeroinitializer
  %1316 = load <8 x float>, <8 x float>* %15, align 32
  %1317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat110, <8 x float> %1291, <8 x float> %1316)
  store <8 x float> %1317, <8 x float>* %15, align 32
  %1318 = load <8 x float>, <8 x float>* %11, align 32
  %1319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat110, <8 x float> %1295, <8 x float> %1318)
  store <8 x float> %1319, <8 x float>* %11, align 32
  %1320 = add i64 %1006, 31
  %1321 = getelementptr inbounds float, float* %48, i64 %1320
  %1322 = load float, float* %1321, align 4
  %1323 = insertelement <8 x float> undef, float %1322, i32 0
  %splat111 = shufflevector <8 x float> %1323, <8 x float> undef, <8 x i32> zeroinitializer
  %1324 = load <8 x float>, <8 x float>* %14, align 32
  %1325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat111, <8 x float> %1291, <8 x float> %1324)
  store <8 x float> %1325, <8 x float>* %14, align 32
  %1326 = load <8 x float>, <8 x float>* %10, align 32
  %1327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat111, <8 x float> %1295, <8 x float> %1326)
  store <8 x float> %1327, <8 x float>* %10, align 32
  %u.next112 = add i64 %u79, 1
  br label %u.header76

u.exit78:                                         ; preds = %u.header76
  %1328 = load <8 x float>, <8 x float>* %17, align 32
  %1329 = fcmp olt <8 x float> %1328, zeroinitializer
  %1330 = select <8 x i1> %1329, <8 x float> zeroinitializer, <8 x float> %1328
  %1331 = getelementptr inbounds float, float* %0, i64 %446
  %1332 = bitcast float* %1331 to <8 x float>*
  store <8 x float> %1330, <8 x float>* %1332, align 4
  %1333 = load <8 x float>, <8 x float>* %16, align 32
  %1334 = fcmp olt <8 x float> %1333, zeroinitializer
  %1335 = select <8 x i1> %1334, <8 x float> zeroinitializer, <8 x float> %1333
  %1336 = getelementptr inbounds float, float* %0, i64 %449
  %1337 = bitcast float* %1336 to <8 x float>*
  store <8 x float> %1335, <8 x float>* %1337, align 4
  %1338 = load <8 x float>, <8 x float>* %15, align 32
  %1339 = fcmp olt <8 x float> %1338, zeroinitializer
  %1340 = select <8 x i1> %1339, <8 x float> zeroinitializer, <8 x float> %1338
  %1341 = getelementptr inbounds float, float* %0, i64 %452
  %1342 = bitcast float* %1341 to <8 x float>*
  store <8 x float> %1340, <8 x float>* %1342, align 4
  %1343 = load <8 x float>, <8 x float>* %14, align 32
  %1344 = fcmp olt <8 x float> %1343, zeroinitializer
  %1345 = select <8 x i1> %1344, <8 x float> zeroinitializer, <8 x float> %1343
  %1346 = getelementptr inbounds float, float* %0, i64 %455
  %1347 = bitcast float* %1346 to <8 x float>*
  store <8 x float> %1345, <8 x float>* %1347, align 4
  %1348 = load <8 x float>, <8 x float>* %13, align 32
  %1349 = fcmp olt <8 x float> %1348, zeroinitializer
  %1350 = select <8 x i1> %1349, <8 x float> zeroinitializer, <8 x float> %1348
  %1351 = getelementptr inbounds float, float* %0, i64 %462
  %1352 = bitcast float* %1351 to <8 x float>*
  store <8 x float> %1350, <8 x float>* %1352, align 4
  %1353 = load <8 x float>, <8 x float>* %12, align 32
  %1354 = fcmp olt <8 x float> %1353, zeroinitializer
  %1355 = select <8 x i1> %1354, <8 x float> zeroinitializer, <8 x float> %1353
  %1356 = getelementptr inbounds float, float* %0, i64 %465
  %1357 = bitcast float* %1356 to <8 x float>*
  store <8 x float> %1355, <8 x float>* %1357, align 4
  %1358 = load <8 x float>, <8 x float>* %11, align 32
  %1359 = fcmp olt <8 x float> %1358, zeroinitializer
  %1360 = select <8 x i1> %1359, <8 x float> zeroinitializer, <8 x float> %1358
  %1361 = getelementptr inbounds float, float* %0, i64 %468
  %1362 = bitcast float* %1361 to <8 x float>*
  store <8 x float> %1360, <8 x float>* %1362, align 4
  %1363 = load <8 x float>, <8 x float>* %10, align 32
  %1364 = fcmp olt <8 x float> %1363, zeroinitializer
  %1365 = select <8 x i1> %1364, <8 x float> zeroinitializer, <8 x float> %1363
  %1366 = getelementptr inbounds float, float* %0, i64 %471
  %1367 = bitcast float* %1366 to <8 x float>*
  store <8 x float> %1365, <8 x float>* %1367, align 4
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

band.row.header:                                  ; preds = %kh.exit3, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit3 ]
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
  br label %x.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !4

x.header:                                         ; preds = %kh.exit, %band.row.body
  %x = phi i64 [ 1, %band.row.body ], [ %x.next, %kh.exit ]
  %69 = icmp slt i64 %x, 56
  br i1 %69, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %68, <8 x float>* %41, align 32
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
  %70 = mul i64 %x, 2
  %71 = sub i64 %70, 1
  br label %kh.header

x.exit:                                           ; preds = %x.header
  store <8 x float> %68, <8 x float>* %30, align 32
  br label %kh.header1

kh.header:                                        ; preds = %endif, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %endif ]
  %72 = icmp slt i64 %kh, 3
  br i1 %72, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %73 = mul i64 %kh, 1
  %74 = add i64 %64, %73
  %75 = icmp sge i64 %74, 0
  %76 = icmp slt i64 %74, 112
  %77 = and i1 %75, %76
  br i1 %77, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %78 = add i64 %x, 0
  %79 = mul i64 %78, 8
  %80 = add i64 %60, %79
  %81 = load <8 x float>, <8 x float>* %41, align 32
  %82 = fcmp olt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> zeroinitializer, <8 x float> %81
  %84 = getelementptr inbounds float, float* %47, i64 %80
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %83, <8 x float>* %85, align 4
  %86 = add i64 %x, 1
  %87 = mul i64 %86, 8
  %88 = add i64 %60, %87
  %89 = load <8 x float>, <8 x float>* %40, align 32
  %90 = fcmp olt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> zeroinitializer, <8 x float> %89
  %92 = getelementptr inbounds float, float* %47, i64 %88
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %91, <8 x float>* %93, align 4
  %94 = add i64 %x, 2
  %95 = mul i64 %94, 8
  %96 = add i64 %60, %95
  %97 = load <8 x float>, <8 x float>* %39, align 32
  %98 = fcmp olt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> zeroinitializer, <8 x float> %97
  %100 = getelementptr inbounds float, float* %47, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 3
  %103 = mul i64 %102, 8
  %104 = add i64 %60, %103
  %105 = load <8 x float>, <8 x float>* %38, align 32
  %106 = fcmp olt <8 x float> %105, zeroinitializer
  %107 = select <8 x i1> %106, <8 x float> zeroinitializer, <8 x float> %105
  %108 = getelementptr inbounds float, float* %47, i64 %104
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %107, <8 x float>* %109, align 4
  %110 = add i64 %x, 4
  %111 = mul i64 %110, 8
  %112 = add i64 %60, %111
  %113 = load <8 x float>, <8 x float>* %37, align 32
  %114 = fcmp olt <8 x float> %113, zeroinitializer
  %115 = select <8 x i1> %114, <8 x float> zeroinitializer, <8 x float> %113
  %116 = getelementptr inbounds float, float* %47, i64 %112
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %115, <8 x float>* %117, align 4
  %118 = add i64 %x, 5
  %119 = mul i64 %118, 8
  %120 = add i64 %60, %119
  %121 = load <8 x float>, <8 x float>* %36, align 32
  %122 = fcmp olt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> zeroinitializer, <8 x float> %121
  %124 = getelementptr inbounds float, float* %47, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %126 = add i64 %x, 6
  %127 = mul i64 %126, 8
  %128 = add i64 %60, %127
  %129 = load <8 x float>, <8 x float>* %35, align 32
  %130 = fcmp olt <8 x float> %129, zeroinitializer
  %131 = select <8 x i1> %130, <8 x float> zeroinitializer, <8 x float> %129
  %132 = getelementptr inbounds float, float* %47, i64 %128
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %131, <8 x float>* %133, align 4
  %134 = add i64 %x, 7
  %135 = mul i64 %134, 8
  %136 = add i64 %60, %135
  %137 = load <8 x float>, <8 x float>* %34, align 32
  %138 = fcmp olt <8 x float> %137, zeroinitializer
  %139 = select <8 x i1> %138, <8 x float> zeroinitializer, <8 x float> %137
  %140 = getelementptr inbounds float, float* %47, i64 %136
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %139, <8 x float>* %141, align 4
  %142 = add i64 %x, 8
  %143 = mul i64 %142, 8
  %144 = add i64 %60, %143
  %145 = load <8 x float>, <8 x float>* %33, align 32
  %146 = fcmp olt <8 x float> %145, zeroinitializer
  %147 = select <8 x i1> %146, <8 x float> zeroinitializer, <8 x float> %145
  %148 = getelementptr inbounds float, float* %47, i64 %144
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %147, <8 x float>* %149, align 4
  %150 = add i64 %x, 9
  %151 = mul i64 %150, 8
  %152 = add i64 %60, %151
  %153 = load <8 x float>, <8 x float>* %32, align 32
  %154 = fcmp olt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> zeroinitializer, <8 x float> %153
  %156 = getelementptr inbounds float, float* %47, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 10
  %159 = mul i64 %158, 8
  %160 = add i64 %60, %159
  %161 = load <8 x float>, <8 x float>* %31, align 32
  %162 = fcmp olt <8 x float> %161, zeroinitializer
  %163 = select <8 x i1> %162, <8 x float> zeroinitializer, <8 x float> %161
  %164 = getelementptr inbounds float, float* %47, i64 %160
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %163, <8 x float>* %165, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then:                                             ; preds = %kh.body
  %166 = mul i64 %74, 896
  %167 = add i64 %62, %166
  %168 = mul i64 %61, 3
  %169 = add i64 %168, %kh
  %170 = mul i64 %169, 24
  %171 = add i64 %170, 0
  %172 = getelementptr inbounds float, float* %6, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  %174 = load <8 x float>, <8 x float>* %173, align 4
  %175 = add i64 %170, 8
  %176 = getelementptr inbounds float, float* %6, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = add i64 %170, 16
  %180 = getelementptr inbounds float, float* %6, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  %182 = load <8 x float>, <8 x float>* %181, align 4
  %183 = mul i64 %71, 8
  %184 = add i64 %167, %183
  %185 = add i64 %184, 0
  %186 = getelementptr inbounds float, float* %1, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = load <8 x float>, <8 x float>* %41, align 32
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %188, <8 x float> %174, <8 x float> %189)
  store <8 x float> %190, <8 x float>* %41, align 32
  %191 = add i64 %184, 8
  %192 = getelementptr inbounds float, float* %1, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  %194 = load <8 x float>, <8 x float>* %193, align 4
  %195 = load <8 x float>, <8 x float>* %41, align 32
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> %178, <8 x float> %195)
  store <8 x float> %196, <8 x float>* %41, align 32
  %197 = add i64 %184, 16
  %198 = getelementptr inbounds float, float* %1, i64 %197
  %199 = bitcast float* %198 to <8 x float>*
  %200 = load <8 x float>, <8 x float>* %199, align 4
  %201 = load <8 x float>, <8 x float>* %41, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %200, <8 x float> %182, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %41, align 32
  %203 = load <8 x float>, <8 x float>* %40, align 32
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %200, <8 x float> %174, <8 x float> %203)
  store <8 x float> %204, <8 x float>* %40, align 32
  %205 = add i64 %184, 24
  %206 = getelementptr inbounds float, float* %1, i64 %205
  %207 = bitcast float* %206 to <8 x float>*
  %208 = load <8 x float>, <8 x float>* %207, align 4
  %209 = load <8 x float>, <8 x float>* %40, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %178, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %40, align 32
  %211 = add i64 %184, 32
  %212 = getelementptr inbounds float, float* %1, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  %214 = load <8 x float>, <8 x float>* %213, align 4
  %215 = load <8 x float>, <8 x float>* %40, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %182, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %40, align 32
  %217 = load <8 x float>, <8 x float>* %39, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %174, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %39, align 32
  %219 = add i64 %184, 40
  %220 = getelementptr inbounds float, float* %1, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  %222 = load <8 x float>, <8 x float>* %221, align 4
  %223 = load <8 x float>, <8 x float>* %39, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %178, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %39, align 32
  %225 = add i64 %184, 48
  %226 = getelementptr inbounds float, float* %1, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  %228 = load <8 x float>, <8 x float>* %227, align 4
  %229 = load <8 x float>, <8 x float>* %39, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %182, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %39, align 32
  %231 = load <8 x float>, <8 x float>* %38, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %174, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %38, align 32
  %233 = add i64 %184, 56
  %234 = getelementptr inbounds float, float* %1, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  %236 = load <8 x float>, <8 x float>* %235, align 4
  %237 = load <8 x float>, <8 x float>* %38, align 32
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %178, <8 x float> %237)
  store <8 x float> %238, <8 x float>* %38, align 32
  %239 = add i64 %184, 64
  %240 = getelementptr inbounds float, float* %1, i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = load <8 x float>, <8 x float>* %38, align 32
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %182, <8 x float> %243)
  store <8 x float> %244, <8 x float>* %38, align 32
  %245 = load <8 x float>, <8 x float>* %37, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %174, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %37, align 32
  %247 = add i64 %184, 72
  %248 = getelementptr inbounds float, float* %1, i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  %250 = load <8 x float>, <8 x float>* %249, align 4
  %251 = load <8 x float>, <8 x float>* %37, align 32
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %178, <8 x float> %251)
  store <8 x float> %252, <8 x float>* %37, align 32
  %253 = add i64 %184, 80
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = bitcast float* %254 to <8 x float>*
  %256 = load <8 x float>, <8 x float>* %255, align 4
  %257 = load <8 x float>, <8 x float>* %37, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %182, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %37, align 32
  %259 = load <8 x float>, <8 x float>* %36, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %174, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %36, align 32
  %261 = add i64 %184, 88
  %262 = getelementptr inbounds float, float* %1, i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = load <8 x float>, <8 x float>* %36, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %178, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %36, align 32
  %267 = add i64 %184, 96
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = load <8 x float>, <8 x float>* %36, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %182, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %36, align 32
  %273 = load <8 x float>, <8 x float>* %35, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %174, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %35, align 32
  %275 = add i64 %184, 104
  %276 = getelementptr inbounds float, float* %1, i64 %275
  %277 = bitcast float* %276 to <8 x float>*
  %278 = load <8 x float>, <8 x float>* %277, align 4
  %279 = load <8 x float>, <8 x float>* %35, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %278, <8 x float> %178, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %35, align 32
  %281 = add i64 %184, 112
  %282 = getelementptr inbounds float, float* %1, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  %284 = load <8 x float>, <8 x float>* %283, align 4
  %285 = load <8 x float>, <8 x float>* %35, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %182, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %35, align 32
  %287 = load <8 x float>, <8 x float>* %34, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %174, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %34, align 32
  %289 = add i64 %184, 120
  %290 = getelementptr inbounds float, float* %1, i64 %289
  %291 = bitcast float* %290 to <8 x float>*
  %292 = load <8 x float>, <8 x float>* %291, align 4
  %293 = load <8 x float>, <8 x float>* %34, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> %178, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %34, align 32
  %295 = add i64 %184, 128
  %296 = getelementptr inbounds float, float* %1, i64 %295
  %297 = bitcast float* %296 to <8 x float>*
  %298 = load <8 x float>, <8 x float>* %297, align 4
  %299 = load <8 x float>, <8 x float>* %34, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %182, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %34, align 32
  %301 = load <8 x float>, <8 x float>* %33, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %174, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %33, align 32
  %303 = add i64 %184, 136
  %304 = getelementptr inbounds float, float* %1, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  %306 = load <8 x float>, <8 x float>* %305, align 4
  %307 = load <8 x float>, <8 x float>* %33, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %178, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %33, align 32
  %309 = add i64 %184, 144
  %310 = getelementptr inbounds float, float* %1, i64 %309
  %311 = bitcast float* %310 to <8 x float>*
  %312 = load <8 x float>, <8 x float>* %311, align 4
  %313 = load <8 x float>, <8 x float>* %33, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %312, <8 x float> %182, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %33, align 32
  %315 = load <8 x float>, <8 x float>* %32, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %312, <8 x float> %174, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %32, align 32
  %317 = add i64 %184, 152
  %318 = getelementptr inbounds float, float* %1, i64 %317
  %319 = bitcast float* %318 to <8 x float>*
  %320 = load <8 x float>, <8 x float>* %319, align 4
  %321 = load <8 x float>, <8 x float>* %32, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %320, <8 x float> %178, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %32, align 32
  %323 = add i64 %184, 160
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  %326 = load <8 x float>, <8 x float>* %325, align 4
  %327 = load <8 x float>, <8 x float>* %32, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %182, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %32, align 32
  %329 = load <8 x float>, <8 x float>* %31, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %174, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %31, align 32
  %331 = add i64 %184, 168
  %332 = getelementptr inbounds float, float* %1, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = load <8 x float>, <8 x float>* %31, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %178, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %31, align 32
  %337 = add i64 %184, 176
  %338 = getelementptr inbounds float, float* %1, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  %340 = load <8 x float>, <8 x float>* %339, align 4
  %341 = load <8 x float>, <8 x float>* %31, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %182, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %31, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %x.exit
  %kh4 = phi i64 [ 0, %x.exit ], [ %kh.next9, %endif6 ]
  %343 = icmp slt i64 %kh4, 3
  br i1 %343, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %344 = mul i64 %kh4, 1
  %345 = add i64 %64, %344
  %346 = icmp sge i64 %345, 0
  %347 = icmp slt i64 %345, 112
  %348 = and i1 %346, %347
  br i1 %348, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %349 = add i64 %60, 0
  %350 = load <8 x float>, <8 x float>* %30, align 32
  %351 = fcmp olt <8 x float> %350, zeroinitializer
  %352 = select <8 x i1> %351, <8 x float> zeroinitializer, <8 x float> %350
  %353 = getelementptr inbounds float, float* %47, i64 %349
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %352, <8 x float>* %354, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !5

then5:                                            ; preds = %kh.body2
  %355 = mul i64 %345, 896
  %356 = add i64 %62, %355
  %357 = mul i64 %61, 3
  %358 = add i64 %357, %kh4
  %359 = mul i64 %358, 24
  br label %kw.header

endif6:                                           ; preds = %kw.exit, %kh.body2
  %kh.next9 = add i64 %kh4, 1
  br label %kh.header1

kw.header:                                        ; preds = %endif8, %then5
  %kw = phi i64 [ 0, %then5 ], [ %kw.next, %endif8 ]
  %360 = icmp slt i64 %kw, 3
  br i1 %360, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %361 = mul i64 %kw, 1
  %362 = add i64 -1, %361
  %363 = icmp sge i64 %362, 0
  %364 = icmp slt i64 %362, 112
  %365 = and i1 %363, %364
  br i1 %365, label %then7, label %endif8

kw.exit:                                          ; preds = %kw.header
  br label %endif6

then7:                                            ; preds = %kw.body
  %366 = mul i64 %kw, 8
  %367 = add i64 %359, %366
  %368 = getelementptr inbounds float, float* %6, i64 %367
  %369 = bitcast float* %368 to <8 x float>*
  %370 = load <8 x float>, <8 x float>* %369, align 4
  %371 = mul i64 %362, 8
  %372 = add i64 %356, %371
  %373 = getelementptr inbounds float, float* %1, i64 %372
  %374 = bitcast float* %373 to <8 x float>*
  %375 = load <8 x float>, <8 x float>* %374, align 4
  %376 = load <8 x float>, <8 x float>* %30, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %375, <8 x float> %370, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %30, align 32
  br label %endif8

endif8:                                           ; preds = %then7, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header

block.group.header:                               ; preds = %u.exit64, %channel.block.exit
  %block.group = phi i64 [ %51, %channel.block.exit ], [ %block.group.next, %u.exit64 ]
  %378 = icmp slt i64 %block.group, %54
  br i1 %378, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %379 = mul i64 %block.group, 2
  %380 = add i64 0, %379
  %381 = mul i64 %45, 112
  %382 = mul i64 %block.group, 2
  %383 = add i64 0, %382
  %384 = mul i64 %383, 512
  br label %x.header10

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header10:                                       ; preds = %u.exit, %block.group.body
  %x13 = phi i64 [ 0, %block.group.body ], [ %x.next61, %u.exit ]
  %385 = icmp slt i64 %x13, 108
  br i1 %385, label %x.body11, label %x.exit12

x.body11:                                         ; preds = %x.header10
  %386 = add i64 %381, %x13
  %387 = mul i64 %46, 16
  %388 = add i64 %387, %380
  %389 = add i64 %388, 0
  %390 = mul i64 %389, 25088
  %391 = add i64 %386, 0
  %392 = mul i64 %391, 8
  %393 = add i64 %390, %392
  %394 = add i64 %386, 1
  %395 = mul i64 %394, 8
  %396 = add i64 %390, %395
  %397 = add i64 %386, 2
  %398 = mul i64 %397, 8
  %399 = add i64 %390, %398
  %400 = add i64 %386, 3
  %401 = mul i64 %400, 8
  %402 = add i64 %390, %401
  %403 = add i64 %386, 4
  %404 = mul i64 %403, 8
  %405 = add i64 %390, %404
  %406 = add i64 %386, 5
  %407 = mul i64 %406, 8
  %408 = add i64 %390, %407
  %409 = mul i64 %46, 16
  %410 = add i64 %409, %380
  %411 = add i64 %410, 1
  %412 = mul i64 %411, 25088
  %413 = add i64 %386, 0
  %414 = mul i64 %413, 8
  %415 = add i64 %412, %414
  %416 = add i64 %386, 1
  %417 = mul i64 %416, 8
  %418 = add i64 %412, %417
  %419 = add i64 %386, 2
  %420 = mul i64 %419, 8
  %421 = add i64 %412, %420
  %422 = add i64 %386, 3
  %423 = mul i64 %422, 8
  %424 = add i64 %412, %423
  %425 = add i64 %386, 4
  %426 = mul i64 %425, 8
  %427 = add i64 %412, %426
  %428 = add i64 %386, 5
  %429 = mul i64 %428, 8
  %430 = add i64 %412, %429
  %431 = add i64 %383, 0
  %432 = mul i64 %431, 8
  %433 = getelementptr inbounds float, float* %5, i64 %432
  %434 = bitcast float* %433 to <8 x float>*
  %435 = load <8 x float>, <8 x float>* %434, align 4
  %436 = add i64 %383, 1
  %437 = mul i64 %436, 8
  %438 = getelementptr inbounds float, float* %5, i64 %437
  %439 = bitcast float* %438 to <8 x float>*
  %440 = load <8 x float>, <8 x float>* %439, align 4
  store <8 x float> %435, <8 x float>* %29, align 32
  store <8 x float> %435, <8 x float>* %28, align 32
  store <8 x float> %435, <8 x float>* %27, align 32
  store <8 x float> %435, <8 x float>* %26, align 32
  store <8 x float> %435, <8 x float>* %25, align 32
  store <8 x float> %435, <8 x float>* %24, align 32
  store <8 x float> %440, <8 x float>* %23, align 32
  store <8 x float> %440, <8 x float>* %22, align 32
  store <8 x float> %440, <8 x float>* %21, align 32
  store <8 x float> %440, <8 x float>* %20, align 32
  store <8 x float> %440, <8 x float>* %19, align 32
  store <8 x float> %440, <8 x float>* %18, align 32
  %441 = mul i64 %x13, 8
  %442 = add i64 0, %441
  %443 = add i64 0, %442
  br label %u.header

x.exit12:                                         ; preds = %x.header10
  %444 = add i64 %381, 108
  %445 = mul i64 %46, 16
  %446 = add i64 %445, %380
  %447 = add i64 %446, 0
  %448 = mul i64 %447, 25088
  %449 = add i64 %444, 0
  %450 = mul i64 %449, 8
  %451 = add i64 %448, %450
  %452 = add i64 %444, 1
  %453 = mul i64 %452, 8
  %454 = add i64 %448, %453
  %455 = add i64 %444, 2
  %456 = mul i64 %455, 8
  %457 = add i64 %448, %456
  %458 = add i64 %444, 3
  %459 = mul i64 %458, 8
  %460 = add i64 %448, %459
  %461 = mul i64 %46, 16
  %462 = add i64 %461, %380
  %463 = add i64 %462, 1
  %464 = mul i64 %463, 25088
  %465 = add i64 %444, 0
  %466 = mul i64 %465, 8
  %467 = add i64 %464, %466
  %468 = add i64 %444, 1
  %469 = mul i64 %468, 8
  %470 = add i64 %464, %469
  %471 = add i64 %444, 2
  %472 = mul i64 %471, 8
  %473 = add i64 %464, %472
  %474 = add i64 %444, 3
  %475 = mul i64 %474, 8
  %476 = add i64 %464, %475
  %477 = add i64 %383, 0
  %478 = mul i64 %477, 8
  %479 = getelementptr inbounds float, float* %5, i64 %478
  %480 = bitcast float* %479 to <8 x float>*
  %481 = load <8 x float>, <8 x float>* %480, align 4
  %482 = add i64 %383, 1
  %483 = mul i64 %482, 8
  %484 = getelementptr inbounds float, float* %5, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = load <8 x float>, <8 x float>* %485, align 4
  store <8 x float> %481, <8 x float>* %17, align 32
  store <8 x float> %481, <8 x float>* %16, align 32
  store <8 x float> %481, <8 x float>* %15, align 32
  store <8 x float> %481, <8 x float>* %14, align 32
  store <8 x float> %486, <8 x float>* %13, align 32
  store <8 x float> %486, <8 x float>* %12, align 32
  store <8 x float> %486, <8 x float>* %11, align 32
  store <8 x float> %486, <8 x float>* %10, align 32
  br label %u.header62

u.header:                                         ; preds = %u.body, %x.body11
  %u = phi i64 [ 0, %x.body11 ], [ %u.next, %u.body ]
  %487 = icmp slt i64 %u, 8
  br i1 %487, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %488 = add i64 0, %u
  %489 = mul i64 %488, 896
  %490 = add i64 %443, %489
  %491 = mul i64 %488, 64
  %492 = add i64 %384, %491
  %493 = add i64 %490, 0
  %494 = add i64 %493, 0
  %495 = add i64 %492, 0
  %496 = add i64 %495, 0
  %497 = getelementptr inbounds float, float* %4, i64 %496
  %498 = bitcast float* %497 to <8 x float>*
  %499 = load <8 x float>, <8 x float>* %498, align 4
  %500 = add i64 %495, 512
  %501 = getelementptr inbounds float, float* %4, i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  %503 = load <8 x float>, <8 x float>* %502, align 4
  %504 = add i64 %494, 0
  %505 = getelementptr inbounds float, float* %47, i64 %504
  %506 = load float, float* %505, align 4
  %507 = insertelement <8 x float> undef, float %506, i32 0
  %splat = shufflevector <8 x float> %507, <8 x float> undef, <8 x i32> zeroinitializer
  %508 = load <8 x float>, <8 x float>* %29, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %499, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %29, align 32
  %510 = load <8 x float>, <8 x float>* %23, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %503, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %23, align 32
  %512 = add i64 %494, 8
  %513 = getelementptr inbounds float, float* %47, i64 %512
  %514 = load float, float* %513, align 4
  %515 = insertelement <8 x float> undef, float %514, i32 0
  %splat14 = shufflevector <8 x float> %515, <8 x float> undef, <8 x i32> zeroinitializer
  %516 = load <8 x float>, <8 x float>* %28, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %499, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %28, align 32
  %518 = load <8 x float>, <8 x float>* %22, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %503, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %22, align 32
  %520 = add i64 %494, 16
  %521 = getelementptr inbounds float, float* %47, i64 %520
  %522 = load float, float* %521, align 4
  %523 = insertelement <8 x float> undef, float %522, i32 0
  %splat15 = shufflevector <8 x float> %523, <8 x float> undef, <8 x i32> zeroinitializer
  %524 = load <8 x float>, <8 x float>* %27, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %499, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %27, align 32
  %526 = load <8 x float>, <8 x float>* %21, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %503, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %21, align 32
  %528 = add i64 %494, 24
  %529 = getelementptr inbounds float, float* %47, i64 %528
  %530 = load float, float* %529, align 4
  %531 = insertelement <8 x float> undef, float %530, i32 0
  %splat16 = shufflevector <8 x float> %531, <8 x float> undef, <8 x i32> zeroinitializer
  %532 = load <8 x float>, <8 x float>* %26, align 32
  %533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %499, <8 x float> %532)
  store <8 x float> %533, <8 x float>* %26, align 32
  %534 = load <8 x float>, <8 x float>* %20, align 32
  %535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %503, <8 x float> %534)
  store <8 x float> %535, <8 x float>* %20, align 32
  %536 = add i64 %494, 32
  %537 = getelementptr inbounds float, float* %47, i64 %536
  %538 = load float, float* %537, align 4
  %539 = insertelement <8 x float> undef, float %538, i32 0
  %splat17 = shufflevector <8 x float> %539, <8 x float> undef, <8 x i32> zeroinitializer
  %540 = load <8 x float>, <8 x float>* %25, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %499, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %25, align 32
  %542 = load <8 x float>, <8 x float>* %19, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %503, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %19, align 32
  %544 = add i64 %494, 40
  %545 = getelementptr inbounds float, float* %47, i64 %544
  %546 = load float, float* %545, align 4
  %547 = insertelement <8 x float> undef, float %546, i32 0
  %splat18 = shufflevector <8 x float> %547, <8 x float> undef, <8 x i32> zeroinitializer
  %548 = load <8 x float>, <8 x float>* %24, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %499, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %24, align 32
  %550 = load <8 x float>, <8 x float>* %18, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %503, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %18, align 32
  %552 = add i64 %495, 8
  %553 = getelementptr inbounds float, float* %4, i64 %552
  %554 = bitcast float* %553 to <8 x float>*
  %555 = load <8 x float>, <8 x float>* %554, align 4
  %556 = add i64 %495, 520
  %557 = getelementptr inbounds float, float* %4, i64 %556
  %558 = bitcast float* %557 to <8 x float>*
  %559 = load <8 x float>, <8 x float>* %558, align 4
  %560 = add i64 %494, 1
  %561 = getelementptr inbounds float, float* %47, i64 %560
  %562 = load float, float* %561, align 4
  %563 = insertelement <8 x float> undef, float %562, i32 0
  %splat19 = shufflevector <8 x float> %563, <8 x float> undef, <8 x i32> zeroinitializer
  %564 = load <8 x float>, <8 x float>* %29, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %555, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %29, align 32
  %566 = load <8 x float>, <8 x float>* %23, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %559, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %23, align 32
  %568 = add i64 %494, 9
  %569 = getelementptr inbounds float, float* %47, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat20 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %28, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %555, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %28, align 32
  %574 = load <8 x float>, <8 x float>* %22, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %559, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %22, align 32
  %576 = add i64 %494, 17
  %577 = getelementptr inbounds float, float* %47, i64 %576
  %578 = load float, float* %577, align 4
  %579 = insertelement <8 x float> undef, float %578, i32 0
  %splat21 = shufflevector <8 x float> %579, <8 x float> undef, <8 x i32> zeroinitializer
  %580 = load <8 x float>, <8 x float>* %27, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %555, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %27, align 32
  %582 = load <8 x float>, <8 x float>* %21, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %559, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %21, align 32
  %584 = add i64 %494, 25
  %585 = getelementptr inbounds float, float* %47, i64 %584
  %586 = load float, float* %585, align 4
  %587 = insertelement <8 x float> undef, float %586, i32 0
  %splat22 = shufflevector <8 x float> %587, <8 x float> undef, <8 x i32> zeroinitializer
  %588 = load <8 x float>, <8 x float>* %26, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %555, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %26, align 32
  %590 = load <8 x float>, <8 x float>* %20, align 32
  %591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %559, <8 x float> %590)
  store <8 x float> %591, <8 x float>* %20, align 32
  %592 = add i64 %494, 33
  %593 = getelementptr inbounds float, float* %47, i64 %592
  %594 = load float, float* %593, align 4
  %595 = insertelement <8 x float> undef, float %594, i32 0
  %splat23 = shufflevector <8 x float> %595, <8 x float> undef, <8 x i32> zeroinitializer
  %596 = load <8 x float>, <8 x float>* %25, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %555, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %25, align 32
  %598 = load <8 x float>, <8 x float>* %19, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %559, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %19, align 32
  %600 = add i64 %494, 41
  %601 = getelementptr inbounds float, float* %47, i64 %600
  %602 = load float, float* %601, align 4
  %603 = insertelement <8 x float> undef, float %602, i32 0
  %splat24 = shufflevector <8 x float> %603, <8 x float> undef, <8 x i32> zeroinitializer
  %604 = load <8 x float>, <8 x float>* %24, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %555, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %24, align 32
  %606 = load <8 x float>, <8 x float>* %18, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %559, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %18, align 32
  %608 = add i64 %495, 16
  %609 = getelementptr inbounds float, float* %4, i64 %608
  %610 = bitcast float* %609 to <8 x float>*
  %611 = load <8 x float>, <8 x float>* %610, align 4
  %612 = add i64 %495, 528
  %613 = getelementptr inbounds float, float* %4, i64 %612
  %614 = bitcast float* %613 to <8 x float>*
  %615 = load <8 x float>, <8 x float>* %614, align 4
  %616 = add i64 %494, 2
  %617 = getelementptr inbounds float, float* %47, i64 %616
  %618 = load float, float* %617, align 4
  %619 = insertelement <8 x float> undef, float %618, i32 0
  %splat25 = shufflevector <8 x float> %619, <8 x float> undef, <8 x i32> zeroinitializer
  %620 = load <8 x float>, <8 x float>* %29, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %611, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %29, align 32
  %622 = load <8 x float>, <8 x float>* %23, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %615, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %23, align 32
  %624 = add i64 %494, 10
  %625 = getelementptr inbounds float, float* %47, i64 %624
  %626 = load float, float* %625, align 4
  %627 = insertelement <8 x float> undef, float %626, i32 0
  %splat26 = shufflevector <8 x float> %627, <8 x float> undef, <8 x i32> zeroinitializer
  %628 = load <8 x float>, <8 x float>* %28, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %611, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %28, align 32
  %630 = load <8 x float>, <8 x float>* %22, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %615, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %22, align 32
  %632 = add i64 %494, 18
  %633 = getelementptr inbounds float, float* %47, i64 %632
  %634 = load float, float* %633, align 4
  %635 = insertelement <8 x float> undef, float %634, i32 0
  %splat27 = shufflevector <8 x float> %635, <8 x float> undef, <8 x i32> zeroinitializer
  %636 = load <8 x float>, <8 x float>* %27, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %611, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %27, align 32
  %638 = load <8 x float>, <8 x float>* %21, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %615, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %21, align 32
  %640 = add i64 %494, 26
  %641 = getelementptr inbounds float, float* %47, i64 %640
  %642 = load float, float* %641, align 4
  %643 = insertelement <8 x float> undef, float %642, i32 0
  %splat28 = shufflevector <8 x float> %643, <8 x float> undef, <8 x i32> zeroinitializer
  %644 = load <8 x float>, <8 x float>* %26, align 32
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %611, <8 x float> %644)
  store <8 x float> %645, <8 x float>* %26, align 32
  %646 = load <8 x float>, <8 x float>* %20, align 32
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %615, <8 x float> %646)
  store <8 x float> %647, <8 x float>* %20, align 32
  %648 = add i64 %494, 34
  %649 = getelementptr inbounds float, float* %47, i64 %648
  %650 = load float, float* %649, align 4
  %651 = insertelement <8 x float> undef, float %650, i32 0
  %splat29 = shufflevector <8 x float> %651, <8 x float> undef, <8 x i32> zeroinitializer
  %652 = load <8 x float>, <8 x float>* %25, align 32
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %611, <8 x float> %652)
  store <8 x float> %653, <8 x float>* %25, align 32
  %654 = load <8 x float>, <8 x float>* %19, align 32
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %615, <8 x float> %654)
  store <8 x float> %655, <8 x float>* %19, align 32
  %656 = add i64 %494, 42
  %657 = getelementptr inbounds float, float* %47, i64 %656
  %658 = load float, float* %657, align 4
  %659 = insertelement <8 x float> undef, float %658, i32 0
  %splat30 = shufflevector <8 x float> %659, <8 x float> undef, <8 x i32> zeroinitializer
  %660 = load <8 x float>, <8 x float>* %24, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %611, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %24, align 32
  %662 = load <8 x float>, <8 x float>* %18, align 32
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %615, <8 x float> %662)
  store <8 x float> %663, <8 x float>* %18, align 32
  %664 = add i64 %495, 24
  %665 = getelementptr inbounds float, float* %4, i64 %664
  %666 = bitcast float* %665 to <8 x float>*
  %667 = load <8 x float>, <8 x float>* %666, align 4
  %668 = add i64 %495, 536
  %669 = getelementptr inbounds float, float* %4, i64 %668
  %670 = bitcast float* %669 to <8 x float>*
  %671 = load <8 x float>, <8 x float>* %670, align 4
  %672 = add i64 %494, 3
  %673 = getelementptr inbounds float, float* %47, i64 %672
  %674 = load float, float* %673, align 4
  %675 = insertelement <8 x float> undef, float %674, i32 0
  %splat31 = shufflevector <8 x float> %675, <8 x float> undef, <8 x i32> zeroinitializer
  %676 = load <8 x float>, <8 x float>* %29, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %667, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %29, align 32
  %678 = load <8 x float>, <8 x float>* %23, align 32
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %671, <8 x float> %678)
  store <8 x float> %679, <8 x float>* %23, align 32
  %680 = add i64 %494, 11
  %681 = getelementptr inbounds float, float* %47, i64 %680
  %682 = load float, float* %681, align 4
  %683 = insertelement <8 x float> undef, float %682, i32 0
  %splat32 = shufflevector <8 x float> %683, <8 x float> undef, <8 x i32> zeroinitializer
  %684 = load <8 x float>, <8 x float>* %28, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %667, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %28, align 32
  %686 = load <8 x float>, <8 x float>* %22, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %671, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %22, align 32
  %688 = add i64 %494, 19
  %689 = getelementptr inbounds float, float* %47, i64 %688
  %690 = load float, float* %689, align 4
  %691 = insertelement <8 x float> undef, float %690, i32 0
  %splat33 = shufflevector <8 x float> %691, <8 x float> undef, <8 x i32> zeroinitializer
  %692 = load <8 x float>, <8 x float>* %27, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %667, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %27, align 32
  %694 = load <8 x float>, <8 x float>* %21, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %671, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %21, align 32
  %696 = add i64 %494, 27
  %697 = getelementptr inbounds float, float* %47, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat34 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %26, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %667, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %26, align 32
  %702 = load <8 x float>, <8 x float>* %20, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %671, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %20, align 32
  %704 = add i64 %494, 35
  %705 = getelementptr inbounds float, float* %47, i64 %704
  %706 = load float, float* %705, align 4
  %707 = insertelement <8 x float> undef, float %706, i32 0
  %splat35 = shufflevector <8 x float> %707, <8 x float> undef, <8 x i32> zeroinitializer
  %708 = load <8 x float>, <8 x float>* %25, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %667, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %25, align 32
  %710 = load <8 x float>, <8 x float>* %19, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %671, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %19, align 32
  %712 = add i64 %494, 43
  %713 = getelementptr inbounds float, float* %47, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat36 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %24, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %667, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %24, align 32
  %718 = load <8 x float>, <8 x float>* %18, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %671, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %18, align 32
  %720 = add i64 %495, 32
  %721 = getelementptr inbounds float, float* %4, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = add i64 %495, 544
  %725 = getelementptr inbounds float, float* %4, i64 %724
  %726 = bitcast float* %725 to <8 x float>*
  %727 = load <8 x float>, <8 x float>* %726, align 4
  %728 = add i64 %494, 4
  %729 = getelementptr inbounds float, float* %47, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat37 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %29, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %723, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %29, align 32
  %734 = load <8 x float>, <8 x float>* %23, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %727, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %23, align 32
  %736 = add i64 %494, 12
  %737 = getelementptr inbounds float, float* %47, i64 %736
  %738 = load float, float* %737, align 4
  %739 = insertelement <8 x float> undef, float %738, i32 0
  %splat38 = shufflevector <8 x float> %739, <8 x float> undef, <8 x i32> zeroinitializer
  %740 = load <8 x float>, <8 x float>* %28, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %723, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %28, align 32
  %742 = load <8 x float>, <8 x float>* %22, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %727, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %22, align 32
  %744 = add i64 %494, 20
  %745 = getelementptr inbounds float, float* %47, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat39 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %27, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %723, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %27, align 32
  %750 = load <8 x float>, <8 x float>* %21, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %727, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %21, align 32
  %752 = add i64 %494, 28
  %753 = getelementptr inbounds float, float* %47, i64 %752
  %754 = load float, float* %753, align 4
  %755 = insertelement <8 x float> undef, float %754, i32 0
  %splat40 = shufflevector <8 x float> %755, <8 x float> undef, <8 x i32> zeroinitializer
  %756 = load <8 x float>, <8 x float>* %26, align 32
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %723, <8 x float> %756)
  store <8 x float> %757, <8 x float>* %26, align 32
  %758 = load <8 x float>, <8 x float>* %20, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %727, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %20, align 32
  %760 = add i64 %494, 36
  %761 = getelementptr inbounds float, float* %47, i64 %760
  %762 = load float, float* %761, align 4
  %763 = insertelement <8 x float> undef, float %762, i32 0
  %splat41 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
  %764 = load <8 x float>, <8 x float>* %25, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %723, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %25, align 32
  %766 = load <8 x float>, <8 x float>* %19, align 32
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %727, <8 x float> %766)
  store <8 x float> %767, <8 x float>* %19, align 32
  %768 = add i64 %494, 44
  %769 = getelementptr inbounds float, float* %47, i64 %768
  %770 = load float, float* %769, align 4
  %771 = insertelement <8 x float> undef, float %770, i32 0
  %splat42 = shufflevector <8 x float> %771, <8 x float> undef, <8 x i32> zeroinitializer
  %772 = load <8 x float>, <8 x float>* %24, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %723, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %24, align 32
  %774 = load <8 x float>, <8 x float>* %18, align 32
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %727, <8 x float> %774)
  store <8 x float> %775, <8 x float>* %18, align 32
  %776 = add i64 %495, 40
  %777 = getelementptr inbounds float, float* %4, i64 %776
  %778 = bitcast float* %777 to <8 x float>*
  %779 = load <8 x float>, <8 x float>* %778, align 4
  %780 = add i64 %495, 552
  %781 = getelementptr inbounds float, float* %4, i64 %780
  %782 = bitcast float* %781 to <8 x float>*
  %783 = load <8 x float>, <8 x float>* %782, align 4
  %784 = add i64 %494, 5
  %785 = getelementptr inbounds float, float* %47, i64 %784
  %786 = load float, float* %785, align 4
  %787 = insertelement <8 x float> undef, float %786, i32 0
  %splat43 = shufflevector <8 x float> %787, <8 x float> undef, <8 x i32> zeroinitializer
  %788 = load <8 x float>, <8 x float>* %29, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %779, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %29, align 32
  %790 = load <8 x float>, <8 x float>* %23, align 32
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %783, <8 x float> %790)
  store <8 x float> %791, <8 x float>* %23, align 32
  %792 = add i64 %494, 13
  %793 = getelementptr inbounds float, float* %47, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat44 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %28, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %779, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %28, align 32
  %798 = load <8 x float>, <8 x float>* %22, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %783, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %22, align 32
  %800 = add i64 %494, 21
  %801 = getelementptr inbounds float, float* %47, i64 %800
  %802 = load float, float* %801, align 4
  %803 = insertelement <8 x float> undef, float %802, i32 0
  %splat45 = shufflevector <8 x float> %803, <8 x float> undef, <8 x i32> zeroinitializer
  %804 = load <8 x float>, <8 x float>* %27, align 32
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %779, <8 x float> %804)
  store <8 x float> %805, <8 x float>* %27, align 32
  %806 = load <8 x float>, <8 x float>* %21, align 32
  %807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %783, <8 x float> %806)
  store <8 x float> %807, <8 x float>* %21, align 32
  %808 = add i64 %494, 29
  %809 = getelementptr inbounds float, float* %47, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat46 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %26, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %779, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %26, align 32
  %814 = load <8 x float>, <8 x float>* %20, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %783, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %20, align 32
  %816 = add i64 %494, 37
  %817 = getelementptr inbounds float, float* %47, i64 %816
  %818 = load float, float* %817, align 4
  %819 = insertelement <8 x float> undef, float %818, i32 0
  %splat47 = shufflevector <8 x float> %819, <8 x float> undef, <8 x i32> zeroinitializer
  %820 = load <8 x float>, <8 x float>* %25, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %779, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %25, align 32
  %822 = load <8 x float>, <8 x float>* %19, align 32
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %783, <8 x float> %822)
  store <8 x float> %823, <8 x float>* %19, align 32
  %824 = add i64 %494, 45
  %825 = getelementptr inbounds float, float* %47, i64 %824
  %826 = load float, float* %825, align 4
  %827 = insertelement <8 x float> undef, float %826, i32 0
  %splat48 = shufflevector <8 x float> %827, <8 x float> undef, <8 x i32> zeroinitializer
  %828 = load <8 x float>, <8 x float>* %24, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %779, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %24, align 32
  %830 = load <8 x float>, <8 x float>* %18, align 32
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %783, <8 x float> %830)
  store <8 x float> %831, <8 x float>* %18, align 32
  %832 = add i64 %495, 48
  %833 = getelementptr inbounds float, float* %4, i64 %832
  %834 = bitcast float* %833 to <8 x float>*
  %835 = load <8 x float>, <8 x float>* %834, align 4
  %836 = add i64 %495, 560
  %837 = getelementptr inbounds float, float* %4, i64 %836
  %838 = bitcast float* %837 to <8 x float>*
  %839 = load <8 x float>, <8 x float>* %838, align 4
  %840 = add i64 %494, 6
  %841 = getelementptr inbounds float, float* %47, i64 %840
  %842 = load float, float* %841, align 4
  %843 = insertelement <8 x float> undef, float %842, i32 0
  %splat49 = shufflevector <8 x float> %843, <8 x float> undef, <8 x i32> zeroinitializer
  %844 = load <8 x float>, <8 x float>* %29, align 32
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %835, <8 x float> %844)
  store <8 x float> %845, <8 x float>* %29, align 32
  %846 = load <8 x float>, <8 x float>* %23, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %839, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %23, align 32
  %848 = add i64 %494, 14
  %849 = getelementptr inbounds float, float* %47, i64 %848
  %850 = load float, float* %849, align 4
  %851 = insertelement <8 x float> undef, float %850, i32 0
  %splat50 = shufflevector <8 x float> %851, <8 x float> undef, <8 x i32> zeroinitializer
  %852 = load <8 x float>, <8 x float>* %28, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %835, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %28, align 32
  %854 = load <8 x float>, <8 x float>* %22, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %839, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %22, align 32
  %856 = add i64 %494, 22
  %857 = getelementptr inbounds float, float* %47, i64 %856
  %858 = load float, float* %857, align 4
  %859 = insertelement <8 x float> undef, float %858, i32 0
  %splat51 = shufflevector <8 x float> %859, <8 x float> undef, <8 x i32> zeroinitializer
  %860 = load <8 x float>, <8 x float>* %27, align 32
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %835, <8 x float> %860)
  store <8 x float> %861, <8 x float>* %27, align 32
  %862 = load <8 x float>, <8 x float>* %21, align 32
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %839, <8 x float> %862)
  store <8 x float> %863, <8 x float>* %21, align 32
  %864 = add i64 %494, 30
  %865 = getelementptr inbounds float, float* %47, i64 %864
  %866 = load float, float* %865, align 4
  %867 = insertelement <8 x float> undef, float %866, i32 0
  %splat52 = shufflevector <8 x float> %867, <8 x float> undef, <8 x i32> zeroinitializer
  %868 = load <8 x float>, <8 x float>* %26, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %835, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %26, align 32
  %870 = load <8 x float>, <8 x float>* %20, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %839, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %20, align 32
  %872 = add i64 %494, 38
  %873 = getelementptr inbounds float, float* %47, i64 %872
  %874 = load float, float* %873, align 4
  %875 = insertelement <8 x float> undef, float %874, i32 0
  %splat53 = shufflevector <8 x float> %875, <8 x float> undef, <8 x i32> zeroinitializer
  %876 = load <8 x float>, <8 x float>* %25, align 32
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %835, <8 x float> %876)
  store <8 x float> %877, <8 x float>* %25, align 32
  %878 = load <8 x float>, <8 x float>* %19, align 32
  %879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %839, <8 x float> %878)
  store <8 x float> %879, <8 x float>* %19, align 32
  %880 = add i64 %494, 46
  %881 = getelementptr inbounds float, float* %47, i64 %880
  %882 = load float, float* %881, align 4
  %883 = insertelement <8 x float> undef, float %882, i32 0
  %splat54 = shufflevector <8 x float> %883, <8 x float> undef, <8 x i32> zeroinitializer
  %884 = load <8 x float>, <8 x float>* %24, align 32
  %885 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %835, <8 x float> %884)
  store <8 x float> %885, <8 x float>* %24, align 32
  %886 = load <8 x float>, <8 x float>* %18, align 32
  %887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %839, <8 x float> %886)
  store <8 x float> %887, <8 x float>* %18, align 32
  %888 = add i64 %495, 56
  %889 = getelementptr inbounds float, float* %4, i64 %888
  %890 = bitcast float* %889 to <8 x float>*
  %891 = load <8 x float>, <8 x float>* %890, align 4
  %892 = add i64 %495, 568
  %893 = getelementptr inbounds float, float* %4, i64 %892
  %894 = bitcast float* %893 to <8 x float>*
  %895 = load <8 x float>, <8 x float>* %894, align 4
  %896 = add i64 %494, 7
  %897 = getelementptr inbounds float, float* %47, i64 %896
  %898 = load float, float* %897, align 4
  %899 = insertelement <8 x float> undef, float %898, i32 0
  %splat55 = shufflevector <8 x float> %899, <8 x float> undef, <8 x i32> zeroinitializer
  %900 = load <8 x float>, <8 x float>* %29, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %891, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %29, align 32
  %902 = load <8 x float>, <8 x float>* %23, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %895, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %23, align 32
  %904 = add i64 %494, 15
  %905 = getelementptr inbounds float, float* %47, i64 %904
  %906 = load float, float* %905, align 4
  %907 = insertelement <8 x float> undef, float %906, i32 0
  %splat56 = shufflevector <8 x float> %907, <8 x float> undef, <8 x i32> zeroinitializer
  %908 = load <8 x float>, <8 x float>* %28, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %891, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %28, align 32
  %910 = load <8 x float>, <8 x float>* %22, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %895, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %22, align 32
  %912 = add i64 %494, 23
  %913 = getelementptr inbounds float, float* %47, i64 %912
  %914 = load float, float* %913, align 4
  %915 = insertelement <8 x float> undef, float %914, i32 0
  %splat57 = shufflevector <8 x float> %915, <8 x float> undef, <8 x i32> zeroinitializer
  %916 = load <8 x float>, <8 x float>* %27, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %891, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %27, align 32
  %918 = load <8 x float>, <8 x float>* %21, align 32
  %919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %895, <8 x float> %918)
  store <8 x float> %919, <8 x float>* %21, align 32
  %920 = add i64 %494, 31
  %921 = getelementptr inbounds float, float* %47, i64 %920
  %922 = load float, float* %921, align 4
  %923 = insertelement <8 x float> undef, float %922, i32 0
  %splat58 = shufflevector <8 x float> %923, <8 x float> undef, <8 x i32> zeroinitializer
  %924 = load <8 x float>, <8 x float>* %26, align 32
  %925 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %891, <8 x float> %924)
  store <8 x float> %925, <8 x float>* %26, align 32
  %926 = load <8 x float>, <8 x float>* %20, align 32
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %895, <8 x float> %926)
  store <8 x float> %927, <8 x float>* %20, align 32
  %928 = add i64 %494, 39
  %929 = getelementptr inbounds float, float* %47, i64 %928
  %930 = load float, float* %929, align 4
  %931 = insertelement <8 x float> undef, float %930, i32 0
  %splat59 = shufflevector <8 x float> %931, <8 x float> undef, <8 x i32> zeroinitializer
  %932 = load <8 x float>, <8 x float>* %25, align 32
  %933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %891, <8 x float> %932)
  store <8 x float> %933, <8 x float>* %25, align 32
  %934 = load <8 x float>, <8 x float>* %19, align 32
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %895, <8 x float> %934)
  store <8 x float> %935, <8 x float>* %19, align 32
  %936 = add i64 %494, 47
  %937 = getelementptr inbounds float, float* %47, i64 %936
  %938 = load float, float* %937, align 4
  %939 = insertelement <8 x float> undef, float %938, i32 0
  %splat60 = shufflevector <8 x float> %939, <8 x float> undef, <8 x i32> zeroinitializer
  %940 = load <8 x float>, <8 x float>* %24, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %891, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %24, align 32
  %942 = load <8 x float>, <8 x float>* %18, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %895, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %944 = load <8 x float>, <8 x float>* %29, align 32
  %945 = fcmp olt <8 x float> %944, zeroinitializer
  %946 = select <8 x i1> %945, <8 x float> zeroinitializer, <8 x float> %944
  %947 = getelementptr inbounds float, float* %0, i64 %393
  %948 = bitcast float* %947 to <8 x float>*
  store <8 x float> %946, <8 x float>* %948, align 4
  %949 = load <8 x float>, <8 x float>* %28, align 32
  %950 = fcmp olt <8 x float> %949, zeroinitializer
  %951 = select <8 x i1> %950, <8 x float> zeroinitializer, <8 x float> %949
  %952 = getelementptr inbounds float, float* %0, i64 %396
  %953 = bitcast float* %952 to <8 x float>*
  store <8 x float> %951, <8 x float>* %953, align 4
  %954 = load <8 x float>, <8 x float>* %27, align 32
  %955 = fcmp olt <8 x float> %954, zeroinitializer
  %956 = select <8 x i1> %955, <8 x float> zeroinitializer, <8 x float> %954
  %957 = getelementptr inbounds float, float* %0, i64 %399
  %958 = bitcast float* %957 to <8 x float>*
  store <8 x float> %956, <8 x float>* %958, align 4
  %959 = load <8 x float>, <8 x float>* %26, align 32
  %960 = fcmp olt <8 x float> %959, zeroinitializer
  %961 = select <8 x i1> %960, <8 x float> zeroinitializer, <8 x float> %959
  %962 = getelementptr inbounds float, float* %0, i64 %402
  %963 = bitcast float* %962 to <8 x float>*
  store <8 x float> %961, <8 x float>* %963, align 4
  %964 = load <8 x float>, <8 x float>* %25, align 32
  %965 = fcmp olt <8 x float> %964, zeroinitializer
  %966 = select <8 x i1> %965, <8 x float> zeroinitializer, <8 x float> %964
  %967 = getelementptr inbounds float, float* %0, i64 %405
  %968 = bitcast float* %967 to <8 x float>*
  store <8 x float> %966, <8 x float>* %968, align 4
  %969 = load <8 x float>, <8 x float>* %24, align 32
  %970 = fcmp olt <8 x float> %969, zeroinitializer
  %971 = select <8 x i1> %970, <8 x float> zeroinitializer, <8 x float> %969
  %972 = getelementptr inbounds float, float* %0, i64 %408
  %973 = bitcast float* %972 to <8 x float>*
  store <8 x float> %971, <8 x float>* %973, align 4
  %974 = load <8 x float>, <8 x float>* %23, align 32
  %975 = fcmp olt <8 x float> %974, zeroinitializer
  %976 = select <8 x i1> %975, <8 x float> zeroinitializer, <8 x float> %974
  %977 = getelementptr inbounds float, float* %0, i64 %415
  %978 = bitcast float* %977 to <8 x float>*
  store <8 x float> %976, <8 x float>* %978, align 4
  %979 = load <8 x float>, <8 x float>* %22, align 32
  %980 = fcmp olt <8 x float> %979, zeroinitializer
  %981 = select <8 x i1> %980, <8 x float> zeroinitializer, <8 x float> %979
  %982 = getelementptr inbounds float, float* %0, i64 %418
  %983 = bitcast float* %982 to <8 x float>*
  store <8 x float> %981, <8 x float>* %983, align 4
  %984 = load <8 x float>, <8 x float>* %21, align 32
  %985 = fcmp olt <8 x float> %984, zeroinitializer
  %986 = select <8 x i1> %985, <8 x float> zeroinitializer, <8 x float> %984
  %987 = getelementptr inbounds float, float* %0, i64 %421
  %988 = bitcast float* %987 to <8 x float>*
  store <8 x float> %986, <8 x float>* %988, align 4
  %989 = load <8 x float>, <8 x float>* %20, align 32
  %990 = fcmp olt <8 x float> %989, zeroinitializer
  %991 = select <8 x i1> %990, <8 x float> zeroinitializer, <8 x float> %989
  %992 = getelementptr inbounds float, float* %0, i64 %424
  %993 = bitcast float* %992 to <8 x float>*
  store <8 x float> %991, <8 x float>* %993, align 4
  %994 = load <8 x float>, <8 x float>* %19, align 32
  %995 = fcmp olt <8 x float> %994, zeroinitializer
  %996 = select <8 x i1> %995, <8 x float> zeroinitializer, <8 x float> %994
  %997 = getelementptr inbounds float, float* %0, i64 %427
  %998 = bitcast float* %997 to <8 x float>*
  store <8 x float> %996, <8 x float>* %998, align 4
  %999 = load <8 x float>, <8 x float>* %18, align 32
  %1000 = fcmp olt <8 x float> %999, zeroinitializer
  %1001 = select <8 x i1> %1000, <8 x float> zeroinitializer, <8 x float> %999
  %1002 = getelementptr inbounds float, float* %0, i64 %430
  %1003 = bitcast float* %1002 to <8 x float>*
  store <8 x float> %1001, <8 x float>* %1003, align 4
  %x.next61 = add i64 %x13, 6
  br label %x.header10

u.header62:                                       ; preds = %u.body63, %x.exit12
  %u65 = phi i64 [ 0, %x.exit12 ], [ %u.next98, %u.body63 ]
  %1004 = icmp slt i64 %u65, 8
  br i1 %1004, label %u.body63, label %u.exit64

u.body63:                                         ; preds = %u.header62
  %1005 = add i64 0, %u65
  %1006 = mul i64 %1005, 896
  %1007 = add i64 864, %1006
  %1008 = mul i64 %1005, 64
  %1009 = add i64 %384, %1008
  %1010 = add i64 %1007, 0
  %1011 = add i64 %1010, 0
  %1012 = add i64 %1009, 0
  %1013 = add i64 %1012, 0
  %1014 = getelementptr inbounds float, float* %4, i64 %1013
  %1015 = bitcast float* %1014 to <8 x float>*
  %1016 = load <8 x float>, <8 x float>* %1015, align 4
  %1017 = add i64 %1012, 512
  %1018 = getelementptr inbounds float, float* %4, i64 %1017
  %1019 = bitcast float* %1018 to <8 x float>*
  %1020 = load <8 x float>, <8 x float>* %1019, align 4
  %1021 = add i64 %1011, 0
  %1022 = getelementptr inbounds float, float* %47, i64 %1021
  %1023 = load float, float* %1022, align 4
  %1024 = insertelement <8 x float> undef, float %1023, i32 0
  %splat66 = shufflevector <8 x float> %1024, <8 x float> undef, <8 x i32> zeroinitializer
  %1025 = load <8 x float>, <8 x float>* %17, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1016, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %17, align 32
  %1027 = load <8 x float>, <8 x float>* %13, align 32
  %1028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1020, <8 x float> %1027)
  store <8 x float> %1028, <8 x float>* %13, align 32
  %1029 = add i64 %1011, 8
  %1030 = getelementptr inbounds float, float* %47, i64 %1029
  %1031 = load float, float* %1030, align 4
  %1032 = insertelement <8 x float> undef, float %1031, i32 0
  %splat67 = shufflevector <8 x float> %1032, <8 x float> undef, <8 x i32> zeroinitializer
  %1033 = load <8 x float>, <8 x float>* %16, align 32
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1016, <8 x float> %1033)
  store <8 x float> %1034, <8 x float>* %16, align 32
  %1035 = load <8 x float>, <8 x float>* %12, align 32
  %1036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1020, <8 x float> %1035)
  store <8 x float> %1036, <8 x float>* %12, align 32
  %1037 = add i64 %1011, 16
  %1038 = getelementptr inbounds float, float* %47, i64 %1037
  %1039 = load float, float* %1038, align 4
  %1040 = insertelement <8 x float> undef, float %1039, i32 0
  %splat68 = shufflevector <8 x float> %1040, <8 x float> undef, <8 x i32> zeroinitializer
  %1041 = load <8 x float>, <8 x float>* %15, align 32
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1016, <8 x float> %1041)
  store <8 x float> %1042, <8 x float>* %15, align 32
  %1043 = load <8 x float>, <8 x float>* %11, align 32
  %1044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1020, <8 x float> %1043)
  store <8 x float> %1044, <8 x float>* %11, align 32
  %1045 = add i64 %1011, 24
  %1046 = getelementptr inbounds float, float* %47, i64 %1045
  %1047 = load float, float* %1046, align 4
  %1048 = insertelement <8 x float> undef, float %1047, i32 0
  %splat69 = shufflevector <8 x float> %1048, <8 x float> undef, <8 x i32> zeroinitializer
  %1049 = load <8 x float>, <8 x float>* %14, align 32
  %1050 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1016, <8 x float> %1049)
  store <8 x float> %1050, <8 x float>* %14, align 32
  %1051 = load <8 x float>, <8 x float>* %10, align 32
  %1052 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1020, <8 x float> %1051)
  store <8 x float> %1052, <8 x float>* %10, align 32
  %1053 = add i64 %1012, 8
  %1054 = getelementptr inbounds float, float* %4, i64 %1053
  %1055 = bitcast float* %1054 to <8 x float>*
  %1056 = load <8 x float>, <8 x float>* %1055, align 4
  %1057 = add i64 %1012, 520
  %1058 = getelementptr inbounds float, float* %4, i64 %1057
  %1059 = bitcast float* %1058 to <8 x float>*
  %1060 = load <8 x float>, <8 x float>* %1059, align 4
  %1061 = add i64 %1011, 1
  %1062 = getelementptr inbounds float, float* %47, i64 %1061
  %1063 = load float, float* %1062, align 4
  %1064 = insertelement <8 x float> undef, float %1063, i32 0
  %splat70 = shufflevector <8 x float> %1064, <8 x float> undef, <8 x i32> zeroinitializer
  %1065 = load <8 x float>, <8 x float>* %17, align 32
  %1066 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1056, <8 x float> %1065)
  store <8 x float> %1066, <8 x float>* %17, align 32
  %1067 = load <8 x float>, <8 x float>* %13, align 32
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1060, <8 x float> %1067)
  store <8 x float> %1068, <8 x float>* %13, align 32
  %1069 = add i64 %1011, 9
  %1070 = getelementptr inbounds float, float* %47, i64 %1069
  %1071 = load float, float* %1070, align 4
  %1072 = insertelement <8 x float> undef, float %1071, i32 0
  %splat71 = shufflevector <8 x float> %1072, <8 x float> undef, <8 x i32> zeroinitializer
  %1073 = load <8 x float>, <8 x float>* %16, align 32
  %1074 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1056, <8 x float> %1073)
  store <8 x float> %1074, <8 x float>* %16, align 32
  %1075 = load <8 x float>, <8 x float>* %12, align 32
  %1076 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1060, <8 x float> %1075)
  store <8 x float> %1076, <8 x float>* %12, align 32
  %1077 = add i64 %1011, 17
  %1078 = getelementptr inbounds float, float* %47, i64 %1077
  %1079 = load float, float* %1078, align 4
  %1080 = insertelement <8 x float> undef, float %1079, i32 0
  %splat72 = shufflevector <8 x float> %1080, <8 x float> undef, <8 x i32> zeroinitializer
  %1081 = load <8 x float>, <8 x float>* %15, align 32
  %1082 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1056, <8 x float> %1081)
  store <8 x float> %1082, <8 x float>* %15, align 32
  %1083 = load <8 x float>, <8 x float>* %11, align 32
  %1084 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1060, <8 x float> %1083)
  store <8 x float> %1084, <8 x float>* %11, align 32
  %1085 = add i64 %1011, 25
  %1086 = getelementptr inbounds float, float* %47, i64 %1085
  %1087 = load float, float* %1086, align 4
  %1088 = insertelement <8 x float> undef, float %1087, i32 0
  %splat73 = shufflevector <8 x float> %1088, <8 x float> undef, <8 x i32> zeroinitializer
  %1089 = load <8 x float>, <8 x float>* %14, align 32
  %1090 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1056, <8 x float> %1089)
  store <8 x float> %1090, <8 x float>* %14, align 32
  %1091 = load <8 x float>, <8 x float>* %10, align 32
  %1092 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1060, <8 x float> %1091)
  store <8 x float> %1092, <8 x float>* %10, align 32
  %1093 = add i64 %1012, 16
  %1094 = getelementptr inbounds float, float* %4, i64 %1093
  %1095 = bitcast float* %1094 to <8 x float>*
  %1096 = load <8 x float>, <8 x float>* %1095, align 4
  %1097 = add i64 %1012, 528
  %1098 = getelementptr inbounds float, float* %4, i64 %1097
  %1099 = bitcast float* %1098 to <8 x float>*
  %1100 = load <8 x float>, <8 x float>* %1099, align 4
  %1101 = add i64 %1011, 2
  %1102 = getelementptr inbounds float, float* %47, i64 %1101
  %1103 = load float, float* %1102, align 4
  %1104 = insertelement <8 x float> undef, float %1103, i32 0
  %splat74 = shufflevector <8 x float> %1104, <8 x float> undef, <8 x i32> zeroinitializer
  %1105 = load <8 x float>, <8 x float>* %17, align 32
  %1106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1096, <8 x float> %1105)
  store <8 x float> %1106, <8 x float>* %17, align 32
  %1107 = load <8 x float>, <8 x float>* %13, align 32
  %1108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1100, <8 x float> %1107)
  store <8 x float> %1108, <8 x float>* %13, align 32
  %1109 = add i64 %1011, 10
  %1110 = getelementptr inbounds float, float* %47, i64 %1109
  %1111 = load float, float* %1110, align 4
  %1112 = insertelement <8 x float> undef, float %1111, i32 0
  %splat75 = shufflevector <8 x float> %1112, <8 x float> undef, <8 x i32> zeroinitializer
  %1113 = load <8 x float>, <8 x float>* %16, align 32
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1096, <8 x float> %1113)
  store <8 x float> %1114, <8 x float>* %16, align 32
  %1115 = load <8 x float>, <8 x float>* %12, align 32
  %1116 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1100, <8 x float> %1115)
  store <8 x float> %1116, <8 x float>* %12, align 32
  %1117 = add i64 %1011, 18
  %1118 = getelementptr inbounds float, float* %47, i64 %1117
  %1119 = load float, float* %1118, align 4
  %1120 = insertelement <8 x float> undef, float %1119, i32 0
  %splat76 = shufflevector <8 x float> %1120, <8 x float> undef, <8 x i32> zeroinitializer
  %1121 = load <8 x float>, <8 x float>* %15, align 32
  %1122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1096, <8 x float> %1121)
  store <8 x float> %1122, <8 x float>* %15, align 32
  %1123 = load <8 x float>, <8 x float>* %11, align 32
  %1124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1100, <8 x float> %1123)
  store <8 x float> %1124, <8 x float>* %11, align 32
  %1125 = add i64 %1011, 26
  %1126 = getelementptr inbounds float, float* %47, i64 %1125
  %1127 = load float, float* %1126, align 4
  %1128 = insertelement <8 x float> undef, float %1127, i32 0
  %splat77 = shufflevector <8 x float> %1128, <8 x float> undef, <8 x i32> zeroinitializer
  %1129 = load <8 x float>, <8 x float>* %14, align 32
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1096, <8 x float> %1129)
  store <8 x float> %1130, <8 x float>* %14, align 32
  %1131 = load <8 x float>, <8 x float>* %10, align 32
  %1132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1100, <8 x float> %1131)
  store <8 x float> %1132, <8 x float>* %10, align 32
  %1133 = add i64 %1012, 24
  %1134 = getelementptr inbounds float, float* %4, i64 %1133
  %1135 = bitcast float* %1134 to <8 x float>*
  %1136 = load <8 x float>, <8 x float>* %1135, align 4
  %1137 = add i64 %1012, 536
  %1138 = getelementptr inbounds float, float* %4, i64 %1137
  %1139 = bitcast float* %1138 to <8 x float>*
  %1140 = load <8 x float>, <8 x float>* %1139, align 4
  %1141 = add i64 %1011, 3
  %1142 = getelementptr inbounds float, float* %47, i64 %1141
  %1143 = load float, float* %1142, align 4
  %1144 = insertelement <8 x float> undef, float %1143, i32 0
  %splat78 = shufflevector <8 x float> %1144, <8 x float> undef, <8 x i32> zeroinitializer
  %1145 = load <8 x float>, <8 x float>* %17, align 32
  %1146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1136, <8 x float> %1145)
  store <8 x float> %1146, <8 x float>* %17, align 32
  %1147 = load <8 x float>, <8 x float>* %13, align 32
  %1148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1140, <8 x float> %1147)
  store <8 x float> %1148, <8 x float>* %13, align 32
  %1149 = add i64 %1011, 11
  %1150 = getelementptr inbounds float, float* %47, i64 %1149
  %1151 = load float, float* %1150, align 4
  %1152 = insertelement <8 x float> undef, float %1151, i32 0
  %splat79 = shufflevector <8 x float> %1152, <8 x float> undef, <8 x i32> zeroinitializer
  %1153 = load <8 x float>, <8 x float>* %16, align 32
  %1154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1136, <8 x float> %1153)
  store <8 x float> %1154, <8 x float>* %16, align 32
  %1155 = load <8 x float>, <8 x float>* %12, align 32
  %1156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1140, <8 x float> %1155)
  store <8 x float> %1156, <8 x float>* %12, align 32
  %1157 = add i64 %1011, 19
  %1158 = getelementptr inbounds float, float* %47, i64 %1157
  %1159 = load float, float* %1158, align 4
  %1160 = insertelement <8 x float> undef, float %1159, i32 0
  %splat80 = shufflevector <8 x float> %1160, <8 x float> undef, <8 x i32> zeroinitializer
  %1161 = load <8 x float>, <8 x float>* %15, align 32
  %1162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1136, <8 x float> %1161)
  store <8 x float> %1162, <8 x float>* %15, align 32
  %1163 = load <8 x float>, <8 x float>* %11, align 32
  %1164 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1140, <8 x float> %1163)
  store <8 x float> %1164, <8 x float>* %11, align 32
  %1165 = add i64 %1011, 27
  %1166 = getelementptr inbounds float, float* %47, i64 %1165
  %1167 = load float, float* %1166, align 4
  %1168 = insertelement <8 x float> undef, float %1167, i32 0
  %splat81 = shufflevector <8 x float> %1168, <8 x float> undef, <8 x i32> zeroinitializer
  %1169 = load <8 x float>, <8 x float>* %14, align 32
  %1170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1136, <8 x float> %1169)
  store <8 x float> %1170, <8 x float>* %14, align 32
  %1171 = load <8 x float>, <8 x float>* %10, align 32
  %1172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1140, <8 x float> %1171)
  store <8 x float> %1172, <8 x float>* %10, align 32
  %1173 = add i64 %1012, 32
  %1174 = getelementptr inbounds float, float* %4, i64 %1173
  %1175 = bitcast float* %1174 to <8 x float>*
  %1176 = load <8 x float>, <8 x float>* %1175, align 4
  %1177 = add i64 %1012, 544
  %1178 = getelementptr inbounds float, float* %4, i64 %1177
  %1179 = bitcast float* %1178 to <8 x float>*
  %1180 = load <8 x float>, <8 x float>* %1179, align 4
  %1181 = add i64 %1011, 4
  %1182 = getelementptr inbounds float, float* %47, i64 %1181
  %1183 = load float, float* %1182, align 4
  %1184 = insertelement <8 x float> undef, float %1183, i32 0
  %splat82 = shufflevector <8 x float> %1184, <8 x float> undef, <8 x i32> zeroinitializer
  %1185 = load <8 x float>, <8 x float>* %17, align 32
  %1186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1176, <8 x float> %1185)
  store <8 x float> %1186, <8 x float>* %17, align 32
  %1187 = load <8 x float>, <8 x float>* %13, align 32
  %1188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1180, <8 x float> %1187)
  store <8 x float> %1188, <8 x float>* %13, align 32
  %1189 = add i64 %1011, 12
  %1190 = getelementptr inbounds float, float* %47, i64 %1189
  %1191 = load float, float* %1190, align 4
  %1192 = insertelement <8 x float> undef, float %1191, i32 0
  %splat83 = shufflevector <8 x float> %1192, <8 x float> undef, <8 x i32> zeroinitializer
  %1193 = load <8 x float>, <8 x float>* %16, align 32
  %1194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1176, <8 x float> %1193)
  store <8 x float> %1194, <8 x float>* %16, align 32
  %1195 = load <8 x float>, <8 x float>* %12, align 32
  %1196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1180, <8 x float> %1195)
  store <8 x float> %1196, <8 x float>* %12, align 32
  %1197 = add i64 %1011, 20
  %1198 = getelementptr inbounds float, float* %47, i64 %1197
  %1199 = load float, float* %1198, align 4
  %1200 = insertelement <8 x float> undef, float %1199, i32 0
  %splat84 = shufflevector <8 x float> %1200, <8 x float> undef, <8 x i32> zeroinitializer
  %1201 = load <8 x float>, <8 x float>* %15, align 32
  %1202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1176, <8 x float> %1201)
  store <8 x float> %1202, <8 x float>* %15, align 32
  %1203 = load <8 x float>, <8 x float>* %11, align 32
  %1204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1180, <8 x float> %1203)
  store <8 x float> %1204, <8 x float>* %11, align 32
  %1205 = add i64 %1011, 28
  %1206 = getelementptr inbounds float, float* %47, i64 %1205
  %1207 = load float, float* %1206, align 4
  %1208 = insertelement <8 x float> undef, float %1207, i32 0
  %splat85 = shufflevector <8 x float> %1208, <8 x float> undef, <8 x i32> zeroinitializer
  %1209 = load <8 x float>, <8 x float>* %14, align 32
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1176, <8 x float> %1209)
  store <8 x float> %1210, <8 x float>* %14, align 32
  %1211 = load <8 x float>, <8 x float>* %10, align 32
  %1212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1180, <8 x float> %1211)
  store <8 x float> %1212, <8 x float>* %10, align 32
  %1213 = add i64 %1012, 40
  %1214 = getelementptr inbounds float, float* %4, i64 %1213
  %1215 = bitcast float* %1214 to <8 x float>*
  %1216 = load <8 x float>, <8 x float>* %1215, align 4
  %1217 = add i64 %1012, 552
  %1218 = getelementptr inbounds float, float* %4, i64 %1217
  %1219 = bitcast float* %1218 to <8 x float>*
  %1220 = load <8 x float>, <8 x float>* %1219, align 4
  %1221 = add i64 %1011, 5
  %1222 = getelementptr inbounds float, float* %47, i64 %1221
  %1223 = load float, float* %1222, align 4
  %1224 = insertelement <8 x float> undef, float %1223, i32 0
  %splat86 = shufflevector <8 x float> %1224, <8 x float> undef, <8 x i32> zeroinitializer
  %1225 = load <8 x float>, <8 x float>* %17, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1216, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %17, align 32
  %1227 = load <8 x float>, <8 x float>* %13, align 32
  %1228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1220, <8 x float> %1227)
  store <8 x float> %1228, <8 x float>* %13, align 32
  %1229 = add i64 %1011, 13
  %1230 = getelementptr inbounds float, float* %47, i64 %1229
  %1231 = load float, float* %1230, align 4
  %1232 = insertelement <8 x float> undef, float %1231, i32 0
  %splat87 = shufflevector <8 x float> %1232, <8 x float> undef, <8 x i32> zeroinitializer
  %1233 = load <8 x float>, <8 x float>* %16, align 32
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1216, <8 x float> %1233)
  store <8 x float> %1234, <8 x float>* %16, align 32
  %1235 = load <8 x float>, <8 x float>* %12, align 32
  %1236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1220, <8 x float> %1235)
  store <8 x float> %1236, <8 x float>* %12, align 32
  %1237 = add i64 %1011, 21
  %1238 = getelementptr inbounds float, float* %47, i64 %1237
  %1239 = load float, float* %1238, align 4
  %1240 = insertelement <8 x float> undef, float %1239, i32 0
  %splat88 = shufflevector <8 x float> %1240, <8 x float> undef, <8 x i32> zeroinitializer
  %1241 = load <8 x float>, <8 x float>* %15, align 32
  %1242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1216, <8 x float> %1241)
  store <8 x float> %1242, <8 x float>* %15, align 32
  %1243 = load <8 x float>, <8 x float>* %11, align 32
  %1244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1220, <8 x float> %1243)
  store <8 x float> %1244, <8 x float>* %11, align 32
  %1245 = add i64 %1011, 29
  %1246 = getelementptr inbounds float, float* %47, i64 %1245
  %1247 = load float, float* %1246, align 4
  %1248 = insertelement <8 x float> undef, float %1247, i32 0
  %splat89 = shufflevector <8 x float> %1248, <8 x float> undef, <8 x i32> zeroinitializer
  %1249 = load <8 x float>, <8 x float>* %14, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1216, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %14, align 32
  %1251 = load <8 x float>, <8 x float>* %10, align 32
  %1252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1220, <8 x float> %1251)
  store <8 x float> %1252, <8 x float>* %10, align 32
  %1253 = add i64 %1012, 48
  %1254 = getelementptr inbounds float, float* %4, i64 %1253
  %1255 = bitcast float* %1254 to <8 x float>*
  %1256 = load <8 x float>, <8 x float>* %1255, align 4
  %1257 = add i64 %1012, 560
  %1258 = getelementptr inbounds float, float* %4, i64 %1257
  %1259 = bitcast float* %1258 to <8 x float>*
  %1260 = load <8 x float>, <8 x float>* %1259, align 4
  %1261 = add i64 %1011, 6
  %1262 = getelementptr inbounds float, float* %47, i64 %1261
  %1263 = load float, float* %1262, align 4
  %1264 = insertelement <8 x float> undef, float %1263, i32 0
  %splat90 = shufflevector <8 x float> %1264, <8 x float> undef, <8 x i32> zeroinitializer
  %1265 = load <8 x float>, <8 x float>* %17, align 32
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1256, <8 x float> %1265)
  store <8 x float> %1266, <8 x float>* %17, align 32
  %1267 = load <8 x float>, <8 x float>* %13, align 32
  %1268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1260, <8 x float> %1267)
  store <8 x float> %1268, <8 x float>* %13, align 32
  %1269 = add i64 %1011, 14
  %1270 = getelementptr inbounds float, float* %47, i64 %1269
  %1271 = load float, float* %1270, align 4
  %1272 = insertelement <8 x float> undef, float %1271, i32 0
  %splat91 = shufflevector <8 x float> %1272, <8 x float> undef, <8 x i32> zeroinitializer
  %1273 = load <8 x float>, <8 x float>* %16, align 32
  %1274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1256, <8 x float> %1273)
  store <8 x float> %1274, <8 x float>* %16, align 32
  %1275 = load <8 x float>, <8 x float>* %12, align 32
  %1276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1260, <8 x float> %1275)
  store <8 x float> %1276, <8 x float>* %12, align 32
  %1277 = add i64 %1011, 22
  %1278 = getelementptr inbounds float, float* %47, i64 %1277
  %1279 = load float, float* %1278, align 4
  %1280 = insertelement <8 x float> undef, float %1279, i32 0
  %splat92 = shufflevector <8 x float> %1280, <8 x float> undef, <8 x i32> zeroinitializer
  %1281 = load <8 x float>, <8 x float>* %15, align 32
  %1282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1256, <8 x float> %1281)
  store <8 x float> %1282, <8 x float>* %15, align 32
  %1283 = load <8 x float>, <8 x float>* %11, align 32
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1260, <8 x float> %1283)
  store <8 x float> %1284, <8 x float>* %11, align 32
  %1285 = add i64 %1011, 30
  %1286 = getelementptr inbounds float, float* %47, i64 %1285
  %1287 = load float, float* %1286, align 4
  %1288 = insertelement <8 x float> undef, float %1287, i32 0
  %splat93 = shufflevector <8 x float> %1288, <8 x float> undef, <8 x i32> zeroinitializer
  %1289 = load <8 x float>, <8 x float>* %14, align 32
  %1290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1256, <8 x float> %1289)
  store <8 x float> %1290, <8 x float>* %14, align 32
  %1291 = load <8 x float>, <8 x float>* %10, align 32
  %1292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1260, <8 x float> %1291)
  store <8 x float> %1292, <8 x float>* %10, align 32
  %1293 = add i64 %1012, 56
  %1294 = getelementptr inbounds float, float* %4, i64 %1293
  %1295 = bitcast float* %1294 to <8 x float>*
  %1296 = load <8 x float>, <8 x float>* %1295, align 4
  %1297 = add i64 %1012, 568
  %1298 = getelementptr inbounds float, float* %4, i64 %1297
  %1299 = bitcast float* %1298 to <8 x float>*
  %1300 = load <8 x float>, <8 x float>* %1299, align 4
  %1301 = add i64 %1011, 7
  %1302 = getelementptr inbounds float, float* %47, i64 %1301
  %1303 = load float, float* %1302, align 4
  %1304 = insertelement <8 x float> undef, float %1303, i32 0
  %splat94 = shufflevector <8 x float> %1304, <8 x float> undef, <8 x i32> zeroinitializer
  %1305 = load <8 x float>, <8 x float>* %17, align 32
  %1306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1296, <8 x float> %1305)
  store <8 x float> %1306, <8 x float>* %17, align 32
  %1307 = load <8 x float>, <8 x float>* %13, align 32
  %1308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1300, <8 x float> %1307)
  store <8 x float> %1308, <8 x float>* %13, align 32
  %1309 = add i64 %1011, 15
  %1310 = getelementptr inbounds float, float* %47, i64 %1309
  %1311 = load float, float* %1310, align 4
  %1312 = insertelement <8 x float> undef, float %1311, i32 0
  %splat95 = shufflevector <8 x float> %1312, <8 x float> undef, <8 x i32> zeroinitializer
  %1313 = load <8 x float>, <8 x float>* %16, align 32
  %1314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1296, <8 x float> %1313)
  store <8 x float> %1314, <8 x float>* %16, align 32
  %1315 = load <8 x float>, <8 x float>* %12, align 32
  %1316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1300, <8 x float> %1315)
  store <8 x float> %1316, <8 x float>* %12, align 32
  %1317 = add i64 %1011, 23
  %1318 = getelementptr inbounds float, float* %47, i64 %1317
  %1319 = load float, float* %1318, align 4
  %1320 = insertelement <8 x float> undef, float %1319, i32 0
  %splat96 = shufflevector <8 x float> %1320, <8 x float> undef, <8 x i32> zeroinitializer
  %1321 = load <8 x float>, <8 x float>* %15, align 32
  %1322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1296, <8 x float> %1321)
  store <8 x float> %1322, <8 x float>* %15, align 32
  %1323 = load <8 x float>, <8 x float>* %11, align 32
  %1324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1300, <8 x float> %1323)
  store <8 x float> %1324, <8 x float>* %11, align 32
  %1325 = add i64 %1011, 31
  %1326 = getelementptr inbounds float, float* %47, i64 %1325
  %1327 = load float, float* %1326, align 4
  %1328 = insertelement <8 x float> undef, float %1327, i32 0
  %splat97 = shufflevector <8 x float> %1328, <8 x float> undef, <8 x i32> zeroinitializer
  %1329 = load <8 x float>, <8 x float>* %14, align 32
  %1330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1296, <8 x float> %1329)
  store <8 x float> %1330, <8 x float>* %14, align 32
  %1331 = load <8 x float>, <8 x float>* %10, align 32
  %1332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1300, <8 x float> %1331)
  store <8 x float> %1332, <8 x float>* %10, align 32
  %u.next98 = add i64 %u65, 1
  br label %u.header62

u.exit64:                                         ; preds = %u.header62
  %1333 = load <8 x float>, <8 x float>* %17, align 32
  %1334 = fcmp olt <8 x float> %1333, zeroinitializer
  %1335 = select <8 x i1> %1334, <8 x float> zeroinitializer, <8 x float> %1333
  %1336 = getelementptr inbounds float, float* %0, i64 %451
  %1337 = bitcast float* %1336 to <8 x float>*
  store <8 x float> %1335, <8 x float>* %1337, align 4
  %1338 = load <8 x float>, <8 x float>* %16, align 32
  %1339 = fcmp olt <8 x float> %1338, zeroinitializer
  %1340 = select <8 x i1> %1339, <8 x float> zeroinitializer, <8 x float> %1338
  %1341 = getelementptr inbounds float, float* %0, i64 %454
  %1342 = bitcast float* %1341 to <8 x float>*
  store <8 x float> %1340, <8 x float>* %1342, align 4
  %1343 = load <8 x float>, <8 x float>* %15, align 32
  %1344 = fcmp olt <8 x float> %1343, zeroinitializer
  %1345 = select <8 x i1> %1344, <8 x float> zeroinitializer, <8 x float> %1343
  %1346 = getelementptr inbounds float, float* %0, i64 %457
  %1347 = bitcast float* %1346 to <8 x float>*
  store <8 x float> %1345, <8 x float>* %1347, align 4
  %1348 = load <8 x float>, <8 x float>* %14, align 32
  %1349 = fcmp olt <8 x float> %1348, zeroinitializer
  %1350 = select <8 x i1> %1349, <8 x float> zeroinitializer, <8 x float> %1348
  %1351 = getelementptr inbounds float, float* %0, i64 %460
  %1352 = bitcast float* %1351 to <8 x float>*
  store <8 x float> %1350, <8 x float>* %1352, align 4
  %1353 = load <8 x float>, <8 x float>* %13, align 32
  %1354 = fcmp olt <8 x float> %1353, zeroinitializer
  %1355 = select <8 x i1> %1354, <8 x float> zeroinitializer, <8 x float> %1353
  %1356 = getelementptr inbounds float, float* %0, i64 %467
  %1357 = bitcast float* %1356 to <8 x float>*
  store <8 x float> %1355, <8 x float>* %1357, align 4
  %1358 = load <8 x float>, <8 x float>* %12, align 32
  %1359 = fcmp olt <8 x float> %1358, zeroinitializer
  %1360 = select <8 x i1> %1359, <8 x float> zeroinitializer, <8 x float> %1358
  %1361 = getelementptr inbounds float, float* %0, i64 %470
  %1362 = bitcast float* %1361 to <8 x float>*
  store <8 x float> %1360, <8 x float>* %1362, align 4
  %1363 = load <8 x float>, <8 x float>* %11, align 32
  %1364 = fcmp olt <8 x float> %1363, zeroinitializer
  %1365 = select <8 x i1> %1364, <8 x float> zeroinitializer, <8 x float> %1363
  %1366 = getelementptr inbounds float, float* %0, i64 %473
  %1367 = bitcast float* %1366 to <8 x float>*
  store <8 x float> %1365, <8 x float>* %1367, align 4
  %1368 = load <8 x float>, <8 x float>* %10, align 32
  %1369 = fcmp olt <8 x float> %1368, zeroinitializer
  %1370 = select <8 x i1> %1369, <8 x float> zeroinitializer, <8 x float> %1368
  %1371 = getelementptr inbounds float, float* %0, i64 %476
  %1372 = bitcast float* %1371 to <8 x float>*
  store <8 x float> %1370, <8 x float>* %1372, align 4
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

band.row.header:                                  ; preds = %kh.exit19, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit19 ]
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
  br label %x.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !6

x.header:                                         ; preds = %kh.exit, %band.row.body
  %x = phi i64 [ 1, %band.row.body ], [ %x.next, %kh.exit ]
  %80 = icmp slt i64 %x, 45
  br i1 %80, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %79, <8 x float>* %52, align 32
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
  %81 = mul i64 %x, 1
  %82 = sub i64 %81, 1
  br label %kh.header

x.exit:                                           ; preds = %x.header
  store <8 x float> %79, <8 x float>* %41, align 32
  store <8 x float> %79, <8 x float>* %40, align 32
  store <8 x float> %79, <8 x float>* %39, align 32
  store <8 x float> %79, <8 x float>* %38, align 32
  store <8 x float> %79, <8 x float>* %37, align 32
  store <8 x float> %79, <8 x float>* %36, align 32
  store <8 x float> %79, <8 x float>* %35, align 32
  store <8 x float> %79, <8 x float>* %34, align 32
  store <8 x float> %79, <8 x float>* %33, align 32
  store <8 x float> %79, <8 x float>* %32, align 32
  br label %kh.header1

kh.header:                                        ; preds = %endif, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %endif ]
  %83 = icmp slt i64 %kh, 3
  br i1 %83, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %84 = mul i64 %kh, 1
  %85 = add i64 %75, %84
  %86 = icmp sge i64 %85, 0
  %87 = icmp slt i64 %85, 56
  %88 = and i1 %86, %87
  br i1 %88, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %89 = add i64 %x, 0
  %90 = mul i64 %89, 8
  %91 = add i64 %71, %90
  %92 = load <8 x float>, <8 x float>* %52, align 32
  %93 = fcmp olt <8 x float> %92, zeroinitializer
  %94 = select <8 x i1> %93, <8 x float> zeroinitializer, <8 x float> %92
  %95 = getelementptr inbounds float, float* %58, i64 %91
  %96 = bitcast float* %95 to <8 x float>*
  store <8 x float> %94, <8 x float>* %96, align 4
  %97 = add i64 %x, 1
  %98 = mul i64 %97, 8
  %99 = add i64 %71, %98
  %100 = load <8 x float>, <8 x float>* %51, align 32
  %101 = fcmp olt <8 x float> %100, zeroinitializer
  %102 = select <8 x i1> %101, <8 x float> zeroinitializer, <8 x float> %100
  %103 = getelementptr inbounds float, float* %58, i64 %99
  %104 = bitcast float* %103 to <8 x float>*
  store <8 x float> %102, <8 x float>* %104, align 4
  %105 = add i64 %x, 2
  %106 = mul i64 %105, 8
  %107 = add i64 %71, %106
  %108 = load <8 x float>, <8 x float>* %50, align 32
  %109 = fcmp olt <8 x float> %108, zeroinitializer
  %110 = select <8 x i1> %109, <8 x float> zeroinitializer, <8 x float> %108
  %111 = getelementptr inbounds float, float* %58, i64 %107
  %112 = bitcast float* %111 to <8 x float>*
  store <8 x float> %110, <8 x float>* %112, align 4
  %113 = add i64 %x, 3
  %114 = mul i64 %113, 8
  %115 = add i64 %71, %114
  %116 = load <8 x float>, <8 x float>* %49, align 32
  %117 = fcmp olt <8 x float> %116, zeroinitializer
  %118 = select <8 x i1> %117, <8 x float> zeroinitializer, <8 x float> %116
  %119 = getelementptr inbounds float, float* %58, i64 %115
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %118, <8 x float>* %120, align 4
  %121 = add i64 %x, 4
  %122 = mul i64 %121, 8
  %123 = add i64 %71, %122
  %124 = load <8 x float>, <8 x float>* %48, align 32
  %125 = fcmp olt <8 x float> %124, zeroinitializer
  %126 = select <8 x i1> %125, <8 x float> zeroinitializer, <8 x float> %124
  %127 = getelementptr inbounds float, float* %58, i64 %123
  %128 = bitcast float* %127 to <8 x float>*
  store <8 x float> %126, <8 x float>* %128, align 4
  %129 = add i64 %x, 5
  %130 = mul i64 %129, 8
  %131 = add i64 %71, %130
  %132 = load <8 x float>, <8 x float>* %47, align 32
  %133 = fcmp olt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> zeroinitializer, <8 x float> %132
  %135 = getelementptr inbounds float, float* %58, i64 %131
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %134, <8 x float>* %136, align 4
  %137 = add i64 %x, 6
  %138 = mul i64 %137, 8
  %139 = add i64 %71, %138
  %140 = load <8 x float>, <8 x float>* %46, align 32
  %141 = fcmp olt <8 x float> %140, zeroinitializer
  %142 = select <8 x i1> %141, <8 x float> zeroinitializer, <8 x float> %140
  %143 = getelementptr inbounds float, float* %58, i64 %139
  %144 = bitcast float* %143 to <8 x float>*
  store <8 x float> %142, <8 x float>* %144, align 4
  %145 = add i64 %x, 7
  %146 = mul i64 %145, 8
  %147 = add i64 %71, %146
  %148 = load <8 x float>, <8 x float>* %45, align 32
  %149 = fcmp olt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> zeroinitializer, <8 x float> %148
  %151 = getelementptr inbounds float, float* %58, i64 %147
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %150, <8 x float>* %152, align 4
  %153 = add i64 %x, 8
  %154 = mul i64 %153, 8
  %155 = add i64 %71, %154
  %156 = load <8 x float>, <8 x float>* %44, align 32
  %157 = fcmp olt <8 x float> %156, zeroinitializer
  %158 = select <8 x i1> %157, <8 x float> zeroinitializer, <8 x float> %156
  %159 = getelementptr inbounds float, float* %58, i64 %155
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %158, <8 x float>* %160, align 4
  %161 = add i64 %x, 9
  %162 = mul i64 %161, 8
  %163 = add i64 %71, %162
  %164 = load <8 x float>, <8 x float>* %43, align 32
  %165 = fcmp olt <8 x float> %164, zeroinitializer
  %166 = select <8 x i1> %165, <8 x float> zeroinitializer, <8 x float> %164
  %167 = getelementptr inbounds float, float* %58, i64 %163
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %166, <8 x float>* %168, align 4
  %169 = add i64 %x, 10
  %170 = mul i64 %169, 8
  %171 = add i64 %71, %170
  %172 = load <8 x float>, <8 x float>* %42, align 32
  %173 = fcmp olt <8 x float> %172, zeroinitializer
  %174 = select <8 x i1> %173, <8 x float> zeroinitializer, <8 x float> %172
  %175 = getelementptr inbounds float, float* %58, i64 %171
  %176 = bitcast float* %175 to <8 x float>*
  store <8 x float> %174, <8 x float>* %176, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then:                                             ; preds = %kh.body
  %177 = mul i64 %85, 448
  %178 = add i64 %73, %177
  %179 = mul i64 %72, 3
  %180 = add i64 %179, %kh
  %181 = mul i64 %180, 24
  %182 = add i64 %181, 0
  %183 = getelementptr inbounds float, float* %6, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  %185 = load <8 x float>, <8 x float>* %184, align 4
  %186 = add i64 %181, 8
  %187 = getelementptr inbounds float, float* %6, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = add i64 %181, 16
  %191 = getelementptr inbounds float, float* %6, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = mul i64 %82, 8
  %195 = add i64 %178, %194
  %196 = add i64 %195, 0
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = load <8 x float>, <8 x float>* %52, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> %185, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %52, align 32
  %202 = add i64 %195, 8
  %203 = getelementptr inbounds float, float* %1, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  %205 = load <8 x float>, <8 x float>* %204, align 4
  %206 = load <8 x float>, <8 x float>* %52, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %205, <8 x float> %189, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %52, align 32
  %208 = load <8 x float>, <8 x float>* %51, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %205, <8 x float> %185, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %51, align 32
  %210 = add i64 %195, 16
  %211 = getelementptr inbounds float, float* %1, i64 %210
  %212 = bitcast float* %211 to <8 x float>*
  %213 = load <8 x float>, <8 x float>* %212, align 4
  %214 = load <8 x float>, <8 x float>* %52, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %193, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %52, align 32
  %216 = load <8 x float>, <8 x float>* %51, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %189, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %51, align 32
  %218 = load <8 x float>, <8 x float>* %50, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %185, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %50, align 32
  %220 = add i64 %195, 24
  %221 = getelementptr inbounds float, float* %1, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  %223 = load <8 x float>, <8 x float>* %222, align 4
  %224 = load <8 x float>, <8 x float>* %51, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %193, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %51, align 32
  %226 = load <8 x float>, <8 x float>* %50, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %189, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %50, align 32
  %228 = load <8 x float>, <8 x float>* %49, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %185, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %49, align 32
  %230 = add i64 %195, 32
  %231 = getelementptr inbounds float, float* %1, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  %233 = load <8 x float>, <8 x float>* %232, align 4
  %234 = load <8 x float>, <8 x float>* %50, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %193, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %50, align 32
  %236 = load <8 x float>, <8 x float>* %49, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %189, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %49, align 32
  %238 = load <8 x float>, <8 x float>* %48, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %185, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %48, align 32
  %240 = add i64 %195, 40
  %241 = getelementptr inbounds float, float* %1, i64 %240
  %242 = bitcast float* %241 to <8 x float>*
  %243 = load <8 x float>, <8 x float>* %242, align 4
  %244 = load <8 x float>, <8 x float>* %49, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %193, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %49, align 32
  %246 = load <8 x float>, <8 x float>* %48, align 32
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %189, <8 x float> %246)
  store <8 x float> %247, <8 x float>* %48, align 32
  %248 = load <8 x float>, <8 x float>* %47, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %185, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %47, align 32
  %250 = add i64 %195, 48
  %251 = getelementptr inbounds float, float* %1, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  %253 = load <8 x float>, <8 x float>* %252, align 4
  %254 = load <8 x float>, <8 x float>* %48, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %193, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %48, align 32
  %256 = load <8 x float>, <8 x float>* %47, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %189, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %47, align 32
  %258 = load <8 x float>, <8 x float>* %46, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %185, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %46, align 32
  %260 = add i64 %195, 56
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = load <8 x float>, <8 x float>* %47, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %263, <8 x float> %193, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %47, align 32
  %266 = load <8 x float>, <8 x float>* %46, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %263, <8 x float> %189, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %46, align 32
  %268 = load <8 x float>, <8 x float>* %45, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %263, <8 x float> %185, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %45, align 32
  %270 = add i64 %195, 64
  %271 = getelementptr inbounds float, float* %1, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  %273 = load <8 x float>, <8 x float>* %272, align 4
  %274 = load <8 x float>, <8 x float>* %46, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %193, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %46, align 32
  %276 = load <8 x float>, <8 x float>* %45, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %189, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %45, align 32
  %278 = load <8 x float>, <8 x float>* %44, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %185, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %44, align 32
  %280 = add i64 %195, 72
  %281 = getelementptr inbounds float, float* %1, i64 %280
  %282 = bitcast float* %281 to <8 x float>*
  %283 = load <8 x float>, <8 x float>* %282, align 4
  %284 = load <8 x float>, <8 x float>* %45, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %283, <8 x float> %193, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %45, align 32
  %286 = load <8 x float>, <8 x float>* %44, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %283, <8 x float> %189, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %44, align 32
  %288 = load <8 x float>, <8 x float>* %43, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %283, <8 x float> %185, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %43, align 32
  %290 = add i64 %195, 80
  %291 = getelementptr inbounds float, float* %1, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  %293 = load <8 x float>, <8 x float>* %292, align 4
  %294 = load <8 x float>, <8 x float>* %44, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %293, <8 x float> %193, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %44, align 32
  %296 = load <8 x float>, <8 x float>* %43, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %293, <8 x float> %189, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %43, align 32
  %298 = load <8 x float>, <8 x float>* %42, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %293, <8 x float> %185, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %42, align 32
  %300 = add i64 %195, 88
  %301 = getelementptr inbounds float, float* %1, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  %303 = load <8 x float>, <8 x float>* %302, align 4
  %304 = load <8 x float>, <8 x float>* %43, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %303, <8 x float> %193, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %43, align 32
  %306 = load <8 x float>, <8 x float>* %42, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %303, <8 x float> %189, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %42, align 32
  %308 = add i64 %195, 96
  %309 = getelementptr inbounds float, float* %1, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  %311 = load <8 x float>, <8 x float>* %310, align 4
  %312 = load <8 x float>, <8 x float>* %42, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %311, <8 x float> %193, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %42, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %x.exit
  %kh4 = phi i64 [ 0, %x.exit ], [ %kh.next7, %endif6 ]
  %314 = icmp slt i64 %kh4, 3
  br i1 %314, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %315 = mul i64 %kh4, 1
  %316 = add i64 %75, %315
  %317 = icmp sge i64 %316, 0
  %318 = icmp slt i64 %316, 56
  %319 = and i1 %317, %318
  br i1 %319, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %320 = add i64 %71, 360
  %321 = load <8 x float>, <8 x float>* %41, align 32
  %322 = fcmp olt <8 x float> %321, zeroinitializer
  %323 = select <8 x i1> %322, <8 x float> zeroinitializer, <8 x float> %321
  %324 = getelementptr inbounds float, float* %58, i64 %320
  %325 = bitcast float* %324 to <8 x float>*
  store <8 x float> %323, <8 x float>* %325, align 4
  %326 = add i64 %71, 368
  %327 = load <8 x float>, <8 x float>* %40, align 32
  %328 = fcmp olt <8 x float> %327, zeroinitializer
  %329 = select <8 x i1> %328, <8 x float> zeroinitializer, <8 x float> %327
  %330 = getelementptr inbounds float, float* %58, i64 %326
  %331 = bitcast float* %330 to <8 x float>*
  store <8 x float> %329, <8 x float>* %331, align 4
  %332 = add i64 %71, 376
  %333 = load <8 x float>, <8 x float>* %39, align 32
  %334 = fcmp olt <8 x float> %333, zeroinitializer
  %335 = select <8 x i1> %334, <8 x float> zeroinitializer, <8 x float> %333
  %336 = getelementptr inbounds float, float* %58, i64 %332
  %337 = bitcast float* %336 to <8 x float>*
  store <8 x float> %335, <8 x float>* %337, align 4
  %338 = add i64 %71, 384
  %339 = load <8 x float>, <8 x float>* %38, align 32
  %340 = fcmp olt <8 x float> %339, zeroinitializer
  %341 = select <8 x i1> %340, <8 x float> zeroinitializer, <8 x float> %339
  %342 = getelementptr inbounds float, float* %58, i64 %338
  %343 = bitcast float* %342 to <8 x float>*
  store <8 x float> %341, <8 x float>* %343, align 4
  %344 = add i64 %71, 392
  %345 = load <8 x float>, <8 x float>* %37, align 32
  %346 = fcmp olt <8 x float> %345, zeroinitializer
  %347 = select <8 x i1> %346, <8 x float> zeroinitializer, <8 x float> %345
  %348 = getelementptr inbounds float, float* %58, i64 %344
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %347, <8 x float>* %349, align 4
  %350 = add i64 %71, 400
  %351 = load <8 x float>, <8 x float>* %36, align 32
  %352 = fcmp olt <8 x float> %351, zeroinitializer
  %353 = select <8 x i1> %352, <8 x float> zeroinitializer, <8 x float> %351
  %354 = getelementptr inbounds float, float* %58, i64 %350
  %355 = bitcast float* %354 to <8 x float>*
  store <8 x float> %353, <8 x float>* %355, align 4
  %356 = add i64 %71, 408
  %357 = load <8 x float>, <8 x float>* %35, align 32
  %358 = fcmp olt <8 x float> %357, zeroinitializer
  %359 = select <8 x i1> %358, <8 x float> zeroinitializer, <8 x float> %357
  %360 = getelementptr inbounds float, float* %58, i64 %356
  %361 = bitcast float* %360 to <8 x float>*
  store <8 x float> %359, <8 x float>* %361, align 4
  %362 = add i64 %71, 416
  %363 = load <8 x float>, <8 x float>* %34, align 32
  %364 = fcmp olt <8 x float> %363, zeroinitializer
  %365 = select <8 x i1> %364, <8 x float> zeroinitializer, <8 x float> %363
  %366 = getelementptr inbounds float, float* %58, i64 %362
  %367 = bitcast float* %366 to <8 x float>*
  store <8 x float> %365, <8 x float>* %367, align 4
  %368 = add i64 %71, 424
  %369 = load <8 x float>, <8 x float>* %33, align 32
  %370 = fcmp olt <8 x float> %369, zeroinitializer
  %371 = select <8 x i1> %370, <8 x float> zeroinitializer, <8 x float> %369
  %372 = getelementptr inbounds float, float* %58, i64 %368
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %371, <8 x float>* %373, align 4
  %374 = add i64 %71, 432
  %375 = load <8 x float>, <8 x float>* %32, align 32
  %376 = fcmp olt <8 x float> %375, zeroinitializer
  %377 = select <8 x i1> %376, <8 x float> zeroinitializer, <8 x float> %375
  %378 = getelementptr inbounds float, float* %58, i64 %374
  %379 = bitcast float* %378 to <8 x float>*
  store <8 x float> %377, <8 x float>* %379, align 4
  store <8 x float> %79, <8 x float>* %31, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %380 = mul i64 %316, 448
  %381 = add i64 %73, %380
  %382 = mul i64 %72, 3
  %383 = add i64 %382, %kh4
  %384 = mul i64 %383, 24
  %385 = add i64 %384, 0
  %386 = getelementptr inbounds float, float* %6, i64 %385
  %387 = bitcast float* %386 to <8 x float>*
  %388 = load <8 x float>, <8 x float>* %387, align 4
  %389 = add i64 %384, 8
  %390 = getelementptr inbounds float, float* %6, i64 %389
  %391 = bitcast float* %390 to <8 x float>*
  %392 = load <8 x float>, <8 x float>* %391, align 4
  %393 = add i64 %384, 16
  %394 = getelementptr inbounds float, float* %6, i64 %393
  %395 = bitcast float* %394 to <8 x float>*
  %396 = load <8 x float>, <8 x float>* %395, align 4
  %397 = add i64 %381, 352
  %398 = add i64 %397, 0
  %399 = getelementptr inbounds float, float* %1, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  %401 = load <8 x float>, <8 x float>* %400, align 4
  %402 = load <8 x float>, <8 x float>* %41, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %401, <8 x float> %388, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %41, align 32
  %404 = add i64 %397, 8
  %405 = getelementptr inbounds float, float* %1, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  %407 = load <8 x float>, <8 x float>* %406, align 4
  %408 = load <8 x float>, <8 x float>* %41, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %407, <8 x float> %392, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %41, align 32
  %410 = load <8 x float>, <8 x float>* %40, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %407, <8 x float> %388, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %40, align 32
  %412 = add i64 %397, 16
  %413 = getelementptr inbounds float, float* %1, i64 %412
  %414 = bitcast float* %413 to <8 x float>*
  %415 = load <8 x float>, <8 x float>* %414, align 4
  %416 = load <8 x float>, <8 x float>* %41, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %415, <8 x float> %396, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %41, align 32
  %418 = load <8 x float>, <8 x float>* %40, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %415, <8 x float> %392, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %40, align 32
  %420 = load <8 x float>, <8 x float>* %39, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %415, <8 x float> %388, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %39, align 32
  %422 = add i64 %397, 24
  %423 = getelementptr inbounds float, float* %1, i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  %425 = load <8 x float>, <8 x float>* %424, align 4
  %426 = load <8 x float>, <8 x float>* %40, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %425, <8 x float> %396, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %40, align 32
  %428 = load <8 x float>, <8 x float>* %39, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %425, <8 x float> %392, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %39, align 32
  %430 = load <8 x float>, <8 x float>* %38, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %425, <8 x float> %388, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %38, align 32
  %432 = add i64 %397, 32
  %433 = getelementptr inbounds float, float* %1, i64 %432
  %434 = bitcast float* %433 to <8 x float>*
  %435 = load <8 x float>, <8 x float>* %434, align 4
  %436 = load <8 x float>, <8 x float>* %39, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %435, <8 x float> %396, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %39, align 32
  %438 = load <8 x float>, <8 x float>* %38, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %435, <8 x float> %392, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %38, align 32
  %440 = load <8 x float>, <8 x float>* %37, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %435, <8 x float> %388, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %37, align 32
  %442 = add i64 %397, 40
  %443 = getelementptr inbounds float, float* %1, i64 %442
  %444 = bitcast float* %443 to <8 x float>*
  %445 = load <8 x float>, <8 x float>* %444, align 4
  %446 = load <8 x float>, <8 x float>* %38, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %445, <8 x float> %396, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %38, align 32
  %448 = load <8 x float>, <8 x float>* %37, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %445, <8 x float> %392, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %37, align 32
  %450 = load <8 x float>, <8 x float>* %36, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %445, <8 x float> %388, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %36, align 32
  %452 = add i64 %397, 48
  %453 = getelementptr inbounds float, float* %1, i64 %452
  %454 = bitcast float* %453 to <8 x float>*
  %455 = load <8 x float>, <8 x float>* %454, align 4
  %456 = load <8 x float>, <8 x float>* %37, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %396, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %37, align 32
  %458 = load <8 x float>, <8 x float>* %36, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %392, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %36, align 32
  %460 = load <8 x float>, <8 x float>* %35, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %388, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %35, align 32
  %462 = add i64 %397, 56
  %463 = getelementptr inbounds float, float* %1, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  %465 = load <8 x float>, <8 x float>* %464, align 4
  %466 = load <8 x float>, <8 x float>* %36, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %396, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %36, align 32
  %468 = load <8 x float>, <8 x float>* %35, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %392, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %35, align 32
  %470 = load <8 x float>, <8 x float>* %34, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %388, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %34, align 32
  %472 = add i64 %397, 64
  %473 = getelementptr inbounds float, float* %1, i64 %472
  %474 = bitcast float* %473 to <8 x float>*
  %475 = load <8 x float>, <8 x float>* %474, align 4
  %476 = load <8 x float>, <8 x float>* %35, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> %396, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %35, align 32
  %478 = load <8 x float>, <8 x float>* %34, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> %392, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %34, align 32
  %480 = load <8 x float>, <8 x float>* %33, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> %388, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %33, align 32
  %482 = add i64 %397, 72
  %483 = getelementptr inbounds float, float* %1, i64 %482
  %484 = bitcast float* %483 to <8 x float>*
  %485 = load <8 x float>, <8 x float>* %484, align 4
  %486 = load <8 x float>, <8 x float>* %34, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %485, <8 x float> %396, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %34, align 32
  %488 = load <8 x float>, <8 x float>* %33, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %485, <8 x float> %392, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %33, align 32
  %490 = load <8 x float>, <8 x float>* %32, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %485, <8 x float> %388, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %32, align 32
  %492 = add i64 %397, 80
  %493 = getelementptr inbounds float, float* %1, i64 %492
  %494 = bitcast float* %493 to <8 x float>*
  %495 = load <8 x float>, <8 x float>* %494, align 4
  %496 = load <8 x float>, <8 x float>* %33, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %495, <8 x float> %396, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %33, align 32
  %498 = load <8 x float>, <8 x float>* %32, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %495, <8 x float> %392, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %32, align 32
  %500 = add i64 %397, 88
  %501 = getelementptr inbounds float, float* %1, i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  %503 = load <8 x float>, <8 x float>* %502, align 4
  %504 = load <8 x float>, <8 x float>* %32, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %396, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %32, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next16, %endif13 ]
  %506 = icmp slt i64 %kh11, 3
  br i1 %506, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %507 = mul i64 %kh11, 1
  %508 = add i64 %75, %507
  %509 = icmp sge i64 %508, 0
  %510 = icmp slt i64 %508, 56
  %511 = and i1 %509, %510
  br i1 %511, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %512 = add i64 %71, 0
  %513 = load <8 x float>, <8 x float>* %31, align 32
  %514 = fcmp olt <8 x float> %513, zeroinitializer
  %515 = select <8 x i1> %514, <8 x float> zeroinitializer, <8 x float> %513
  %516 = getelementptr inbounds float, float* %58, i64 %512
  %517 = bitcast float* %516 to <8 x float>*
  store <8 x float> %515, <8 x float>* %517, align 4
  store <8 x float> %79, <8 x float>* %30, align 32
  br label %kh.header17

then12:                                           ; preds = %kh.body9
  %518 = mul i64 %508, 448
  %519 = add i64 %73, %518
  %520 = mul i64 %72, 3
  %521 = add i64 %520, %kh11
  %522 = mul i64 %521, 24
  br label %kw.header

endif13:                                          ; preds = %kw.exit, %kh.body9
  %kh.next16 = add i64 %kh11, 1
  br label %kh.header8

kw.header:                                        ; preds = %endif15, %then12
  %kw = phi i64 [ 0, %then12 ], [ %kw.next, %endif15 ]
  %523 = icmp slt i64 %kw, 3
  br i1 %523, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %524 = mul i64 %kw, 1
  %525 = add i64 -1, %524
  %526 = icmp sge i64 %525, 0
  %527 = icmp slt i64 %525, 56
  %528 = and i1 %526, %527
  br i1 %528, label %then14, label %endif15

kw.exit:                                          ; preds = %kw.header
  br label %endif13

then14:                                           ; preds = %kw.body
  %529 = mul i64 %kw, 8
  %530 = add i64 %522, %529
  %531 = getelementptr inbounds float, float* %6, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  %533 = load <8 x float>, <8 x float>* %532, align 4
  %534 = mul i64 %525, 8
  %535 = add i64 %519, %534
  %536 = getelementptr inbounds float, float* %1, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = load <8 x float>, <8 x float>* %31, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %538, <8 x float> %533, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %31, align 32
  br label %endif15

endif15:                                          ; preds = %then14, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header

kh.header17:                                      ; preds = %endif22, %kh.exit10
  %kh20 = phi i64 [ 0, %kh.exit10 ], [ %kh.next30, %endif22 ]
  %541 = icmp slt i64 %kh20, 3
  br i1 %541, label %kh.body18, label %kh.exit19

kh.body18:                                        ; preds = %kh.header17
  %542 = mul i64 %kh20, 1
  %543 = add i64 %75, %542
  %544 = icmp sge i64 %543, 0
  %545 = icmp slt i64 %543, 56
  %546 = and i1 %544, %545
  br i1 %546, label %then21, label %endif22

kh.exit19:                                        ; preds = %kh.header17
  %547 = add i64 %71, 440
  %548 = load <8 x float>, <8 x float>* %30, align 32
  %549 = fcmp olt <8 x float> %548, zeroinitializer
  %550 = select <8 x i1> %549, <8 x float> zeroinitializer, <8 x float> %548
  %551 = getelementptr inbounds float, float* %58, i64 %547
  %552 = bitcast float* %551 to <8 x float>*
  store <8 x float> %550, <8 x float>* %552, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !7

then21:                                           ; preds = %kh.body18
  %553 = mul i64 %543, 448
  %554 = add i64 %73, %553
  %555 = mul i64 %72, 3
  %556 = add i64 %555, %kh20
  %557 = mul i64 %556, 24
  br label %kw.header23

endif22:                                          ; preds = %kw.exit25, %kh.body18
  %kh.next30 = add i64 %kh20, 1
  br label %kh.header17

kw.header23:                                      ; preds = %endif28, %then21
  %kw26 = phi i64 [ 0, %then21 ], [ %kw.next29, %endif28 ]
  %558 = icmp slt i64 %kw26, 3
  br i1 %558, label %kw.body24, label %kw.exit25

kw.body24:                                        ; preds = %kw.header23
  %559 = mul i64 %kw26, 1
  %560 = add i64 54, %559
  %561 = icmp sge i64 %560, 0
  %562 = icmp slt i64 %560, 56
  %563 = and i1 %561, %562
  br i1 %563, label %then27, label %endif28

kw.exit25:                                        ; preds = %kw.header23
  br label %endif22

then27:                                           ; preds = %kw.body24
  %564 = mul i64 %kw26, 8
  %565 = add i64 %557, %564
  %566 = getelementptr inbounds float, float* %6, i64 %565
  %567 = bitcast float* %566 to <8 x float>*
  %568 = load <8 x float>, <8 x float>* %567, align 4
  %569 = mul i64 %560, 8
  %570 = add i64 %554, %569
  %571 = getelementptr inbounds float, float* %1, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  %573 = load <8 x float>, <8 x float>* %572, align 4
  %574 = load <8 x float>, <8 x float>* %30, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %573, <8 x float> %568, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %30, align 32
  br label %endif28

endif28:                                          ; preds = %then27, %kw.body24
  %kw.next29 = add i64 %kw26, 1
  br label %kw.header23

block.group.header:                               ; preds = %u.exit85, %channel.block.exit
  %block.group = phi i64 [ %62, %channel.block.exit ], [ %block.group.next, %u.exit85 ]
  %576 = icmp slt i64 %block.group, %65
  br i1 %576, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %577 = mul i64 %block.group, 2
  %578 = add i64 0, %577
  %579 = mul i64 %56, 112
  %580 = mul i64 %block.group, 2
  %581 = add i64 0, %580
  %582 = mul i64 %581, 1024
  br label %x.header31

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header31:                                       ; preds = %u.exit, %block.group.body
  %x34 = phi i64 [ 0, %block.group.body ], [ %x.next82, %u.exit ]
  %583 = icmp slt i64 %x34, 108
  br i1 %583, label %x.body32, label %x.exit33

x.body32:                                         ; preds = %x.header31
  %584 = add i64 %579, %x34
  %585 = mul i64 %57, 16
  %586 = add i64 %585, %578
  %587 = add i64 %586, 0
  %588 = mul i64 %587, 25088
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
  %601 = add i64 %584, 4
  %602 = mul i64 %601, 8
  %603 = add i64 %588, %602
  %604 = add i64 %584, 5
  %605 = mul i64 %604, 8
  %606 = add i64 %588, %605
  %607 = mul i64 %57, 16
  %608 = add i64 %607, %578
  %609 = add i64 %608, 1
  %610 = mul i64 %609, 25088
  %611 = add i64 %584, 0
  %612 = mul i64 %611, 8
  %613 = add i64 %610, %612
  %614 = add i64 %584, 1
  %615 = mul i64 %614, 8
  %616 = add i64 %610, %615
  %617 = add i64 %584, 2
  %618 = mul i64 %617, 8
  %619 = add i64 %610, %618
  %620 = add i64 %584, 3
  %621 = mul i64 %620, 8
  %622 = add i64 %610, %621
  %623 = add i64 %584, 4
  %624 = mul i64 %623, 8
  %625 = add i64 %610, %624
  %626 = add i64 %584, 5
  %627 = mul i64 %626, 8
  %628 = add i64 %610, %627
  %629 = add i64 %581, 0
  %630 = mul i64 %629, 8
  %631 = getelementptr inbounds float, float* %5, i64 %630
  %632 = bitcast float* %631 to <8 x float>*
  %633 = load <8 x float>, <8 x float>* %632, align 4
  %634 = add i64 %581, 1
  %635 = mul i64 %634, 8
  %636 = getelementptr inbounds float, float* %5, i64 %635
  %637 = bitcast float* %636 to <8 x float>*
  %638 = load <8 x float>, <8 x float>* %637, align 4
  store <8 x float> %633, <8 x float>* %29, align 32
  store <8 x float> %633, <8 x float>* %28, align 32
  store <8 x float> %633, <8 x float>* %27, align 32
  store <8 x float> %633, <8 x float>* %26, align 32
  store <8 x float> %633, <8 x float>* %25, align 32
  store <8 x float> %633, <8 x float>* %24, align 32
  store <8 x float> %638, <8 x float>* %23, align 32
  store <8 x float> %638, <8 x float>* %22, align 32
  store <8 x float> %638, <8 x float>* %21, align 32
  store <8 x float> %638, <8 x float>* %20, align 32
  store <8 x float> %638, <8 x float>* %19, align 32
  store <8 x float> %638, <8 x float>* %18, align 32
  %639 = mul i64 %x34, 8
  %640 = add i64 0, %639
  %641 = add i64 0, %640
  br label %u.header

x.exit33:                                         ; preds = %x.header31
  %642 = add i64 %579, 108
  %643 = mul i64 %57, 16
  %644 = add i64 %643, %578
  %645 = add i64 %644, 0
  %646 = mul i64 %645, 25088
  %647 = add i64 %642, 0
  %648 = mul i64 %647, 8
  %649 = add i64 %646, %648
  %650 = add i64 %642, 1
  %651 = mul i64 %650, 8
  %652 = add i64 %646, %651
  %653 = add i64 %642, 2
  %654 = mul i64 %653, 8
  %655 = add i64 %646, %654
  %656 = add i64 %642, 3
  %657 = mul i64 %656, 8
  %658 = add i64 %646, %657
  %659 = mul i64 %57, 16
  %660 = add i64 %659, %578
  %661 = add i64 %660, 1
  %662 = mul i64 %661, 25088
  %663 = add i64 %642, 0
  %664 = mul i64 %663, 8
  %665 = add i64 %662, %664
  %666 = add i64 %642, 1
  %667 = mul i64 %666, 8
  %668 = add i64 %662, %667
  %669 = add i64 %642, 2
  %670 = mul i64 %669, 8
  %671 = add i64 %662, %670
  %672 = add i64 %642, 3
  %673 = mul i64 %672, 8
  %674 = add i64 %662, %673
  %675 = add i64 %581, 0
  %676 = mul i64 %675, 8
  %677 = getelementptr inbounds float, float* %5, i64 %676
  %678 = bitcast float* %677 to <8 x float>*
  %679 = load <8 x float>, <8 x float>* %678, align 4
  %680 = add i64 %581, 1
  %681 = mul i64 %680, 8
  %682 = getelementptr inbounds float, float* %5, i64 %681
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  store <8 x float> %679, <8 x float>* %17, align 32
  store <8 x float> %679, <8 x float>* %16, align 32
  store <8 x float> %679, <8 x float>* %15, align 32
  store <8 x float> %679, <8 x float>* %14, align 32
  store <8 x float> %684, <8 x float>* %13, align 32
  store <8 x float> %684, <8 x float>* %12, align 32
  store <8 x float> %684, <8 x float>* %11, align 32
  store <8 x float> %684, <8 x float>* %10, align 32
  br label %u.header83

u.header:                                         ; preds = %u.body, %x.body32
  %u = phi i64 [ 0, %x.body32 ], [ %u.next, %u.body ]
  %685 = icmp slt i64 %u, 16
  br i1 %685, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %686 = add i64 0, %u
  %687 = mul i64 %686, 896
  %688 = add i64 %641, %687
  %689 = mul i64 %686, 64
  %690 = add i64 %582, %689
  %691 = add i64 %688, 0
  %692 = add i64 %691, 0
  %693 = add i64 %690, 0
  %694 = add i64 %693, 0
  %695 = getelementptr inbounds float, float* %4, i64 %694
  %696 = bitcast float* %695 to <8 x float>*
  %697 = load <8 x float>, <8 x float>* %696, align 4
  %698 = add i64 %693, 1024
  %699 = getelementptr inbounds float, float* %4, i64 %698
  %700 = bitcast float* %699 to <8 x float>*
  %701 = load <8 x float>, <8 x float>* %700, align 4
  %702 = add i64 %692, 0
  %703 = getelementptr inbounds float, float* %58, i64 %702
  %704 = load float, float* %703, align 4
  %705 = insertelement <8 x float> undef, float %704, i32 0
  %splat = shufflevector <8 x float> %705, <8 x float> undef, <8 x i32> zeroinitializer
  %706 = load <8 x float>, <8 x float>* %29, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %697, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %29, align 32
  %708 = load <8 x float>, <8 x float>* %23, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %701, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %23, align 32
  %710 = add i64 %692, 8
  %711 = getelementptr inbounds float, float* %58, i64 %710
  %712 = load float, float* %711, align 4
  %713 = insertelement <8 x float> undef, float %712, i32 0
  %splat35 = shufflevector <8 x float> %713, <8 x float> undef, <8 x i32> zeroinitializer
  %714 = load <8 x float>, <8 x float>* %28, align 32
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %697, <8 x float> %714)
  store <8 x float> %715, <8 x float>* %28, align 32
  %716 = load <8 x float>, <8 x float>* %22, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %701, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %22, align 32
  %718 = add i64 %692, 16
  %719 = getelementptr inbounds float, float* %58, i64 %718
  %720 = load float, float* %719, align 4
  %721 = insertelement <8 x float> undef, float %720, i32 0
  %splat36 = shufflevector <8 x float> %721, <8 x float> undef, <8 x i32> zeroinitializer
  %722 = load <8 x float>, <8 x float>* %27, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %697, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %27, align 32
  %724 = load <8 x float>, <8 x float>* %21, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %701, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %21, align 32
  %726 = add i64 %692, 24
  %727 = getelementptr inbounds float, float* %58, i64 %726
  %728 = load float, float* %727, align 4
  %729 = insertelement <8 x float> undef, float %728, i32 0
  %splat37 = shufflevector <8 x float> %729, <8 x float> undef, <8 x i32> zeroinitializer
  %730 = load <8 x float>, <8 x float>* %26, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %697, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %26, align 32
  %732 = load <8 x float>, <8 x float>* %20, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %701, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %20, align 32
  %734 = add i64 %692, 32
  %735 = getelementptr inbounds float, float* %58, i64 %734
  %736 = load float, float* %735, align 4
  %737 = insertelement <8 x float> undef, float %736, i32 0
  %splat38 = shufflevector <8 x float> %737, <8 x float> undef, <8 x i32> zeroinitializer
  %738 = load <8 x float>, <8 x float>* %25, align 32
  %739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %697, <8 x float> %738)
  store <8 x float> %739, <8 x float>* %25, align 32
  %740 = load <8 x float>, <8 x float>* %19, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %701, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %19, align 32
  %742 = add i64 %692, 40
  %743 = getelementptr inbounds float, float* %58, i64 %742
  %744 = load float, float* %743, align 4
  %745 = insertelement <8 x float> undef, float %744, i32 0
  %splat39 = shufflevector <8 x float> %745, <8 x float> undef, <8 x i32> zeroinitializer
  %746 = load <8 x float>, <8 x float>* %24, align 32
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %697, <8 x float> %746)
  store <8 x float> %747, <8 x float>* %24, align 32
  %748 = load <8 x float>, <8 x float>* %18, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %701, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %18, align 32
  %750 = add i64 %693, 8
  %751 = getelementptr inbounds float, float* %4, i64 %750
  %752 = bitcast float* %751 to <8 x float>*
  %753 = load <8 x float>, <8 x float>* %752, align 4
  %754 = add i64 %693, 1032
  %755 = getelementptr inbounds float, float* %4, i64 %754
  %756 = bitcast float* %755 to <8 x float>*
  %757 = load <8 x float>, <8 x float>* %756, align 4
  %758 = add i64 %692, 1
  %759 = getelementptr inbounds float, float* %58, i64 %758
  %760 = load float, float* %759, align 4
  %761 = insertelement <8 x float> undef, float %760, i32 0
  %splat40 = shufflevector <8 x float> %761, <8 x float> undef, <8 x i32> zeroinitializer
  %762 = load <8 x float>, <8 x float>* %29, align 32
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %753, <8 x float> %762)
  store <8 x float> %763, <8 x float>* %29, align 32
  %764 = load <8 x float>, <8 x float>* %23, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %757, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %23, align 32
  %766 = add i64 %692, 9
  %767 = getelementptr inbounds float, float* %58, i64 %766
  %768 = load float, float* %767, align 4
  %769 = insertelement <8 x float> undef, float %768, i32 0
  %splat41 = shufflevector <8 x float> %769, <8 x float> undef, <8 x i32> zeroinitializer
  %770 = load <8 x float>, <8 x float>* %28, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %753, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %28, align 32
  %772 = load <8 x float>, <8 x float>* %22, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %757, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %22, align 32
  %774 = add i64 %692, 17
  %775 = getelementptr inbounds float, float* %58, i64 %774
  %776 = load float, float* %775, align 4
  %777 = insertelement <8 x float> undef, float %776, i32 0
  %splat42 = shufflevector <8 x float> %777, <8 x float> undef, <8 x i32> zeroinitializer
  %778 = load <8 x float>, <8 x float>* %27, align 32
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %753, <8 x float> %778)
  store <8 x float> %779, <8 x float>* %27, align 32
  %780 = load <8 x float>, <8 x float>* %21, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %757, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %21, align 32
  %782 = add i64 %692, 25
  %783 = getelementptr inbounds float, float* %58, i64 %782
  %784 = load float, float* %783, align 4
  %785 = insertelement <8 x float> undef, float %784, i32 0
  %splat43 = shufflevector <8 x float> %785, <8 x float> undef, <8 x i32> zeroinitializer
  %786 = load <8 x float>, <8 x float>* %26, align 32
  %787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %753, <8 x float> %786)
  store <8 x float> %787, <8 x float>* %26, align 32
  %788 = load <8 x float>, <8 x float>* %20, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %757, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %20, align 32
  %790 = add i64 %692, 33
  %791 = getelementptr inbounds float, float* %58, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat44 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %25, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %753, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %25, align 32
  %796 = load <8 x float>, <8 x float>* %19, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %757, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %19, align 32
  %798 = add i64 %692, 41
  %799 = getelementptr inbounds float, float* %58, i64 %798
  %800 = load float, float* %799, align 4
  %801 = insertelement <8 x float> undef, float %800, i32 0
  %splat45 = shufflevector <8 x float> %801, <8 x float> undef, <8 x i32> zeroinitializer
  %802 = load <8 x float>, <8 x float>* %24, align 32
  %803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %753, <8 x float> %802)
  store <8 x float> %803, <8 x float>* %24, align 32
  %804 = load <8 x float>, <8 x float>* %18, align 32
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %757, <8 x float> %804)
  store <8 x float> %805, <8 x float>* %18, align 32
  %806 = add i64 %693, 16
  %807 = getelementptr inbounds float, float* %4, i64 %806
  %808 = bitcast float* %807 to <8 x float>*
  %809 = load <8 x float>, <8 x float>* %808, align 4
  %810 = add i64 %693, 1040
  %811 = getelementptr inbounds float, float* %4, i64 %810
  %812 = bitcast float* %811 to <8 x float>*
  %813 = load <8 x float>, <8 x float>* %812, align 4
  %814 = add i64 %692, 2
  %815 = getelementptr inbounds float, float* %58, i64 %814
  %816 = load float, float* %815, align 4
  %817 = insertelement <8 x float> undef, float %816, i32 0
  %splat46 = shufflevector <8 x float> %817, <8 x float> undef, <8 x i32> zeroinitializer
  %818 = load <8 x float>, <8 x float>* %29, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %809, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %29, align 32
  %820 = load <8 x float>, <8 x float>* %23, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %813, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %23, align 32
  %822 = add i64 %692, 10
  %823 = getelementptr inbounds float, float* %58, i64 %822
  %824 = load float, float* %823, align 4
  %825 = insertelement <8 x float> undef, float %824, i32 0
  %splat47 = shufflevector <8 x float> %825, <8 x float> undef, <8 x i32> zeroinitializer
  %826 = load <8 x float>, <8 x float>* %28, align 32
  %827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %809, <8 x float> %826)
  store <8 x float> %827, <8 x float>* %28, align 32
  %828 = load <8 x float>, <8 x float>* %22, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %813, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %22, align 32
  %830 = add i64 %692, 18
  %831 = getelementptr inbounds float, float* %58, i64 %830
  %832 = load float, float* %831, align 4
  %833 = insertelement <8 x float> undef, float %832, i32 0
  %splat48 = shufflevector <8 x float> %833, <8 x float> undef, <8 x i32> zeroinitializer
  %834 = load <8 x float>, <8 x float>* %27, align 32
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %809, <8 x float> %834)
  store <8 x float> %835, <8 x float>* %27, align 32
  %836 = load <8 x float>, <8 x float>* %21, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %813, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %21, align 32
  %838 = add i64 %692, 26
  %839 = getelementptr inbounds float, float* %58, i64 %838
  %840 = load float, float* %839, align 4
  %841 = insertelement <8 x float> undef, float %840, i32 0
  %splat49 = shufflevector <8 x float> %841, <8 x float> undef, <8 x i32> zeroinitializer
  %842 = load <8 x float>, <8 x float>* %26, align 32
  %843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %809, <8 x float> %842)
  store <8 x float> %843, <8 x float>* %26, align 32
  %844 = load <8 x float>, <8 x float>* %20, align 32
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %813, <8 x float> %844)
  store <8 x float> %845, <8 x float>* %20, align 32
  %846 = add i64 %692, 34
  %847 = getelementptr inbounds float, float* %58, i64 %846
  %848 = load float, float* %847, align 4
  %849 = insertelement <8 x float> undef, float %848, i32 0
  %splat50 = shufflevector <8 x float> %849, <8 x float> undef, <8 x i32> zeroinitializer
  %850 = load <8 x float>, <8 x float>* %25, align 32
  %851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %809, <8 x float> %850)
  store <8 x float> %851, <8 x float>* %25, align 32
  %852 = load <8 x float>, <8 x float>* %19, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %813, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %19, align 32
  %854 = add i64 %692, 42
  %855 = getelementptr inbounds float, float* %58, i64 %854
  %856 = load float, float* %855, align 4
  %857 = insertelement <8 x float> undef, float %856, i32 0
  %splat51 = shufflevector <8 x float> %857, <8 x float> undef, <8 x i32> zeroinitializer
  %858 = load <8 x float>, <8 x float>* %24, align 32
  %859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %809, <8 x float> %858)
  store <8 x float> %859, <8 x float>* %24, align 32
  %860 = load <8 x float>, <8 x float>* %18, align 32
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %813, <8 x float> %860)
  store <8 x float> %861, <8 x float>* %18, align 32
  %862 = add i64 %693, 24
  %863 = getelementptr inbounds float, float* %4, i64 %862
  %864 = bitcast float* %863 to <8 x float>*
  %865 = load <8 x float>, <8 x float>* %864, align 4
  %866 = add i64 %693, 1048
  %867 = getelementptr inbounds float, float* %4, i64 %866
  %868 = bitcast float* %867 to <8 x float>*
  %869 = load <8 x float>, <8 x float>* %868, align 4
  %870 = add i64 %692, 3
  %871 = getelementptr inbounds float, float* %58, i64 %870
  %872 = load float, float* %871, align 4
  %873 = insertelement <8 x float> undef, float %872, i32 0
  %splat52 = shufflevector <8 x float> %873, <8 x float> undef, <8 x i32> zeroinitializer
  %874 = load <8 x float>, <8 x float>* %29, align 32
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %865, <8 x float> %874)
  store <8 x float> %875, <8 x float>* %29, align 32
  %876 = load <8 x float>, <8 x float>* %23, align 32
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %869, <8 x float> %876)
  store <8 x float> %877, <8 x float>* %23, align 32
  %878 = add i64 %692, 11
  %879 = getelementptr inbounds float, float* %58, i64 %878
  %880 = load float, float* %879, align 4
  %881 = insertelement <8 x float> undef, float %880, i32 0
  %splat53 = shufflevector <8 x float> %881, <8 x float> undef, <8 x i32> zeroinitializer
  %882 = load <8 x float>, <8 x float>* %28, align 32
  %883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %865, <8 x float> %882)
  store <8 x float> %883, <8 x float>* %28, align 32
  %884 = load <8 x float>, <8 x float>* %22, align 32
  %885 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %869, <8 x float> %884)
  store <8 x float> %885, <8 x float>* %22, align 32
  %886 = add i64 %692, 19
  %887 = getelementptr inbounds float, float* %58, i64 %886
  %888 = load float, float* %887, align 4
  %889 = insertelement <8 x float> undef, float %888, i32 0
  %splat54 = shufflevector <8 x float> %889, <8 x float> undef, <8 x i32> zeroinitializer
  %890 = load <8 x float>, <8 x float>* %27, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %865, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %27, align 32
  %892 = load <8 x float>, <8 x float>* %21, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %869, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %21, align 32
  %894 = add i64 %692, 27
  %895 = getelementptr inbounds float, float* %58, i64 %894
  %896 = load float, float* %895, align 4
  %897 = insertelement <8 x float> undef, float %896, i32 0
  %splat55 = shufflevector <8 x float> %897, <8 x float> undef, <8 x i32> zeroinitializer
  %898 = load <8 x float>, <8 x float>* %26, align 32
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %865, <8 x float> %898)
  store <8 x float> %899, <8 x float>* %26, align 32
  %900 = load <8 x float>, <8 x float>* %20, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %869, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %20, align 32
  %902 = add i64 %692, 35
  %903 = getelementptr inbounds float, float* %58, i64 %902
  %904 = load float, float* %903, align 4
  %905 = insertelement <8 x float> undef, float %904, i32 0
  %splat56 = shufflevector <8 x float> %905, <8 x float> undef, <8 x i32> zeroinitializer
  %906 = load <8 x float>, <8 x float>* %25, align 32
  %907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %865, <8 x float> %906)
  store <8 x float> %907, <8 x float>* %25, align 32
  %908 = load <8 x float>, <8 x float>* %19, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %869, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %19, align 32
  %910 = add i64 %692, 43
  %911 = getelementptr inbounds float, float* %58, i64 %910
  %912 = load float, float* %911, align 4
  %913 = insertelement <8 x float> undef, float %912, i32 0
  %splat57 = shufflevector <8 x float> %913, <8 x float> undef, <8 x i32> zeroinitializer
  %914 = load <8 x float>, <8 x float>* %24, align 32
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %865, <8 x float> %914)
  store <8 x float> %915, <8 x float>* %24, align 32
  %916 = load <8 x float>, <8 x float>* %18, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %869, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %18, align 32
  %918 = add i64 %693, 32
  %919 = getelementptr inbounds float, float* %4, i64 %918
  %920 = bitcast float* %919 to <8 x float>*
  %921 = load <8 x float>, <8 x float>* %920, align 4
  %922 = add i64 %693, 1056
  %923 = getelementptr inbounds float, float* %4, i64 %922
  %924 = bitcast float* %923 to <8 x float>*
  %925 = load <8 x float>, <8 x float>* %924, align 4
  %926 = add i64 %692, 4
  %927 = getelementptr inbounds float, float* %58, i64 %926
  %928 = load float, float* %927, align 4
  %929 = insertelement <8 x float> undef, float %928, i32 0
  %splat58 = shufflevector <8 x float> %929, <8 x float> undef, <8 x i32> zeroinitializer
  %930 = load <8 x float>, <8 x float>* %29, align 32
  %931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %921, <8 x float> %930)
  store <8 x float> %931, <8 x float>* %29, align 32
  %932 = load <8 x float>, <8 x float>* %23, align 32
  %933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %925, <8 x float> %932)
  store <8 x float> %933, <8 x float>* %23, align 32
  %934 = add i64 %692, 12
  %935 = getelementptr inbounds float, float* %58, i64 %934
  %936 = load float, float* %935, align 4
  %937 = insertelement <8 x float> undef, float %936, i32 0
  %splat59 = shufflevector <8 x float> %937, <8 x float> undef, <8 x i32> zeroinitializer
  %938 = load <8 x float>, <8 x float>* %28, align 32
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %921, <8 x float> %938)
  store <8 x float> %939, <8 x float>* %28, align 32
  %940 = load <8 x float>, <8 x float>* %22, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %925, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %22, align 32
  %942 = add i64 %692, 20
  %943 = getelementptr inbounds float, float* %58, i64 %942
  %944 = load float, float* %943, align 4
  %945 = insertelement <8 x float> undef, float %944, i32 0
  %splat60 = shufflevector <8 x float> %945, <8 x float> undef, <8 x i32> zeroinitializer
  %946 = load <8 x float>, <8 x float>* %27, align 32
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %921, <8 x float> %946)
  store <8 x float> %947, <8 x float>* %27, align 32
  %948 = load <8 x float>, <8 x float>* %21, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %925, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %21, align 32
  %950 = add i64 %692, 28
  %951 = getelementptr inbounds float, float* %58, i64 %950
  %952 = load float, float* %951, align 4
  %953 = insertelement <8 x float> undef, float %952, i32 0
  %splat61 = shufflevector <8 x float> %953, <8 x float> undef, <8 x i32> zeroinitializer
  %954 = load <8 x float>, <8 x float>* %26, align 32
  %955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %921, <8 x float> %954)
  store <8 x float> %955, <8 x float>* %26, align 32
  %956 = load <8 x float>, <8 x float>* %20, align 32
  %957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %925, <8 x float> %956)
  store <8 x float> %957, <8 x float>* %20, align 32
  %958 = add i64 %692, 36
  %959 = getelementptr inbounds float, float* %58, i64 %958
  %960 = load float, float* %959, align 4
  %961 = insertelement <8 x float> undef, float %960, i32 0
  %splat62 = shufflevector <8 x float> %961, <8 x float> undef, <8 x i32> zeroinitializer
  %962 = load <8 x float>, <8 x float>* %25, align 32
  %963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %921, <8 x float> %962)
  store <8 x float> %963, <8 x float>* %25, align 32
  %964 = load <8 x float>, <8 x float>* %19, align 32
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %925, <8 x float> %964)
  store <8 x float> %965, <8 x float>* %19, align 32
  %966 = add i64 %692, 44
  %967 = getelementptr inbounds float, float* %58, i64 %966
  %968 = load float, float* %967, align 4
  %969 = insertelement <8 x float> undef, float %968, i32 0
  %splat63 = shufflevector <8 x float> %969, <8 x float> undef, <8 x i32> zeroinitializer
  %970 = load <8 x float>, <8 x float>* %24, align 32
  %971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %921, <8 x float> %970)
  store <8 x float> %971, <8 x float>* %24, align 32
  %972 = load <8 x float>, <8 x float>* %18, align 32
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %925, <8 x float> %972)
  store <8 x float> %973, <8 x float>* %18, align 32
  %974 = add i64 %693, 40
  %975 = getelementptr inbounds float, float* %4, i64 %974
  %976 = bitcast float* %975 to <8 x float>*
  %977 = load <8 x float>, <8 x float>* %976, align 4
  %978 = add i64 %693, 1064
  %979 = getelementptr inbounds float, float* %4, i64 %978
  %980 = bitcast float* %979 to <8 x float>*
  %981 = load <8 x float>, <8 x float>* %980, align 4
  %982 = add i64 %692, 5
  %983 = getelementptr inbounds float, float* %58, i64 %982
  %984 = load float, float* %983, align 4
  %985 = insertelement <8 x float> undef, float %984, i32 0
  %splat64 = shufflevector <8 x float> %985, <8 x float> undef, <8 x i32> zeroinitializer
  %986 = load <8 x float>, <8 x float>* %29, align 32
  %987 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %977, <8 x float> %986)
  store <8 x float> %987, <8 x float>* %29, align 32
  %988 = load <8 x float>, <8 x float>* %23, align 32
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %981, <8 x float> %988)
  store <8 x float> %989, <8 x float>* %23, align 32
  %990 = add i64 %692, 13
  %991 = getelementptr inbounds float, float* %58, i64 %990
  %992 = load float, float* %991, align 4
  %993 = insertelement <8 x float> undef, float %992, i32 0
  %splat65 = shufflevector <8 x float> %993, <8 x float> undef, <8 x i32> zeroinitializer
  %994 = load <8 x float>, <8 x float>* %28, align 32
  %995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %977, <8 x float> %994)
  store <8 x float> %995, <8 x float>* %28, align 32
  %996 = load <8 x float>, <8 x float>* %22, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %981, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %22, align 32
  %998 = add i64 %692, 21
  %999 = getelementptr inbounds float, float* %58, i64 %998
  %1000 = load float, float* %999, align 4
  %1001 = insertelement <8 x float> undef, float %1000, i32 0
  %splat66 = shufflevector <8 x float> %1001, <8 x float> undef, <8 x i32> zeroinitializer
  %1002 = load <8 x float>, <8 x float>* %27, align 32
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %977, <8 x float> %1002)
  store <8 x float> %1003, <8 x float>* %27, align 32
  %1004 = load <8 x float>, <8 x float>* %21, align 32
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %981, <8 x float> %1004)
  store <8 x float> %1005, <8 x float>* %21, align 32
  %1006 = add i64 %692, 29
  %1007 = getelementptr inbounds float, float* %58, i64 %1006
  %1008 = load float, float* %1007, align 4
  %1009 = insertelement <8 x float> undef, float %1008, i32 0
  %splat67 = shufflevector <8 x float> %1009, <8 x float> undef, <8 x i32> zeroinitializer
  %1010 = load <8 x float>, <8 x float>* %26, align 32
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %977, <8 x float> %1010)
  store <8 x float> %1011, <8 x float>* %26, align 32
  %1012 = load <8 x float>, <8 x float>* %20, align 32
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %981, <8 x float> %1012)
  store <8 x float> %1013, <8 x float>* %20, align 32
  %1014 = add i64 %692, 37
  %1015 = getelementptr inbounds float, float* %58, i64 %1014
  %1016 = load float, float* %1015, align 4
  %1017 = insertelement <8 x float> undef, float %1016, i32 0
  %splat68 = shufflevector <8 x float> %1017, <8 x float> undef, <8 x i32> zeroinitializer
  %1018 = load <8 x float>, <8 x float>* %25, align 32
  %1019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %977, <8 x float> %1018)
  store <8 x float> %1019, <8 x float>* %25, align 32
  %1020 = load <8 x float>, <8 x float>* %19, align 32
  %1021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %981, <8 x float> %1020)
  store <8 x float> %1021, <8 x float>* %19, align 32
  %1022 = add i64 %692, 45
  %1023 = getelementptr inbounds float, float* %58, i64 %1022
  %1024 = load float, float* %1023, align 4
  %1025 = insertelement <8 x float> undef, float %1024, i32 0
  %splat69 = shufflevector <8 x float> %1025, <8 x float> undef, <8 x i32> zeroinitializer
  %1026 = load <8 x float>, <8 x float>* %24, align 32
  %1027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %977, <8 x float> %1026)
  store <8 x float> %1027, <8 x float>* %24, align 32
  %1028 = load <8 x float>, <8 x float>* %18, align 32
  %1029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %981, <8 x float> %1028)
  store <8 x float> %1029, <8 x float>* %18, align 32
  %1030 = add i64 %693, 48
  %1031 = getelementptr inbounds float, float* %4, i64 %1030
  %1032 = bitcast float* %1031 to <8 x float>*
  %1033 = load <8 x float>, <8 x float>* %1032, align 4
  %1034 = add i64 %693, 1072
  %1035 = getelementptr inbounds float, float* %4, i64 %1034
  %1036 = bitcast float* %1035 to <8 x float>*
  %1037 = load <8 x float>, <8 x float>* %1036, align 4
  %1038 = add i64 %692, 6
  %1039 = getelementptr inbounds float, float* %58, i64 %1038
  %1040 = load float, float* %1039, align 4
  %1041 = insertelement <8 x float> undef, float %1040, i32 0
  %splat70 = shufflevector <8 x float> %1041, <8 x float> undef, <8 x i32> zeroinitializer
  %1042 = load <8 x float>, <8 x float>* %29, align 32
  %1043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1033, <8 x float> %1042)
  store <8 x float> %1043, <8 x float>* %29, align 32
  %1044 = load <8 x float>, <8 x float>* %23, align 32
  %1045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1037, <8 x float> %1044)
  store <8 x float> %1045, <8 x float>* %23, align 32
  %1046 = add i64 %692, 14
  %1047 = getelementptr inbounds float, float* %58, i64 %1046
  %1048 = load float, float* %1047, align 4
  %1049 = insertelement <8 x float> undef, float %1048, i32 0
  %splat71 = shufflevector <8 x float> %1049, <8 x float> undef, <8 x i32> zeroinitializer
  %1050 = load <8 x float>, <8 x float>* %28, align 32
  %1051 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1033, <8 x float> %1050)
  store <8 x float> %1051, <8 x float>* %28, align 32
  %1052 = load <8 x float>, <8 x float>* %22, align 32
  %1053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1037, <8 x float> %1052)
  store <8 x float> %1053, <8 x float>* %22, align 32
  %1054 = add i64 %692, 22
  %1055 = getelementptr inbounds float, float* %58, i64 %1054
  %1056 = load float, float* %1055, align 4
  %1057 = insertelement <8 x float> undef, float %1056, i32 0
  %splat72 = shufflevector <8 x float> %1057, <8 x float> undef, <8 x i32> zeroinitializer
  %1058 = load <8 x float>, <8 x float>* %27, align 32
  %1059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1033, <8 x float> %1058)
  store <8 x float> %1059, <8 x float>* %27, align 32
  %1060 = load <8 x float>, <8 x float>* %21, align 32
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1037, <8 x float> %1060)
  store <8 x float> %1061, <8 x float>* %21, align 32
  %1062 = add i64 %692, 30
  %1063 = getelementptr inbounds float, float* %58, i64 %1062
  %1064 = load float, float* %1063, align 4
  %1065 = insertelement <8 x float> undef, float %1064, i32 0
  %splat73 = shufflevector <8 x float> %1065, <8 x float> undef, <8 x i32> zeroinitializer
  %1066 = load <8 x float>, <8 x float>* %26, align 32
  %1067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1033, <8 x float> %1066)
  store <8 x float> %1067, <8 x float>* %26, align 32
  %1068 = load <8 x float>, <8 x float>* %20, align 32
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1037, <8 x float> %1068)
  store <8 x float> %1069, <8 x float>* %20, align 32
  %1070 = add i64 %692, 38
  %1071 = getelementptr inbounds float, float* %58, i64 %1070
  %1072 = load float, float* %1071, align 4
  %1073 = insertelement <8 x float> undef, float %1072, i32 0
  %splat74 = shufflevector <8 x float> %1073, <8 x float> undef, <8 x i32> zeroinitializer
  %1074 = load <8 x float>, <8 x float>* %25, align 32
  %1075 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1033, <8 x float> %1074)
  store <8 x float> %1075, <8 x float>* %25, align 32
  %1076 = load <8 x float>, <8 x float>* %19, align 32
  %1077 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1037, <8 x float> %1076)
  store <8 x float> %1077, <8 x float>* %19, align 32
  %1078 = add i64 %692, 46
  %1079 = getelementptr inbounds float, float* %58, i64 %1078
  %1080 = load float, float* %1079, align 4
  %1081 = insertelement <8 x float> undef, float %1080, i32 0
  %splat75 = shufflevector <8 x float> %1081, <8 x float> undef, <8 x i32> zeroinitializer
  %1082 = load <8 x float>, <8 x float>* %24, align 32
  %1083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1033, <8 x float> %1082)
  store <8 x float> %1083, <8 x float>* %24, align 32
  %1084 = load <8 x float>, <8 x float>* %18, align 32
  %1085 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1037, <8 x float> %1084)
  store <8 x float> %1085, <8 x float>* %18, align 32
  %1086 = add i64 %693, 56
  %1087 = getelementptr inbounds float, float* %4, i64 %1086
  %1088 = bitcast float* %1087 to <8 x float>*
  %1089 = load <8 x float>, <8 x float>* %1088, align 4
  %1090 = add i64 %693, 1080
  %1091 = getelementptr inbounds float, float* %4, i64 %1090
  %1092 = bitcast float* %1091 to <8 x float>*
  %1093 = load <8 x float>, <8 x float>* %1092, align 4
  %1094 = add i64 %692, 7
  %1095 = getelementptr inbounds float, float* %58, i64 %1094
  %1096 = load float, float* %1095, align 4
  %1097 = insertelement <8 x float> undef, float %1096, i32 0
  %splat76 = shufflevector <8 x float> %1097, <8 x float> undef, <8 x i32> zeroinitializer
  %1098 = load <8 x float>, <8 x float>* %29, align 32
  %1099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1089, <8 x float> %1098)
  store <8 x float> %1099, <8 x float>* %29, align 32
  %1100 = load <8 x float>, <8 x float>* %23, align 32
  %1101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1093, <8 x float> %1100)
  store <8 x float> %1101, <8 x float>* %23, align 32
  %1102 = add i64 %692, 15
  %1103 = getelementptr inbounds float, float* %58, i64 %1102
  %1104 = load float, float* %1103, align 4
  %1105 = insertelement <8 x float> undef, float %1104, i32 0
  %splat77 = shufflevector <8 x float> %1105, <8 x float> undef, <8 x i32> zeroinitializer
  %1106 = load <8 x float>, <8 x float>* %28, align 32
  %1107 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1089, <8 x float> %1106)
  store <8 x float> %1107, <8 x float>* %28, align 32
  %1108 = load <8 x float>, <8 x float>* %22, align 32
  %1109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1093, <8 x float> %1108)
  store <8 x float> %1109, <8 x float>* %22, align 32
  %1110 = add i64 %692, 23
  %1111 = getelementptr inbounds float, float* %58, i64 %1110
  %1112 = load float, float* %1111, align 4
  %1113 = insertelement <8 x float> undef, float %1112, i32 0
  %splat78 = shufflevector <8 x float> %1113, <8 x float> undef, <8 x i32> zeroinitializer
  %1114 = load <8 x float>, <8 x float>* %27, align 32
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1089, <8 x float> %1114)
  store <8 x float> %1115, <8 x float>* %27, align 32
  %1116 = load <8 x float>, <8 x float>* %21, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1093, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %21, align 32
  %1118 = add i64 %692, 31
  %1119 = getelementptr inbounds float, float* %58, i64 %1118
  %1120 = load float, float* %1119, align 4
  %1121 = insertelement <8 x float> undef, float %1120, i32 0
  %splat79 = shufflevector <8 x float> %1121, <8 x float> undef, <8 x i32> zeroinitializer
  %1122 = load <8 x float>, <8 x float>* %26, align 32
  %1123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1089, <8 x float> %1122)
  store <8 x float> %1123, <8 x float>* %26, align 32
  %1124 = load <8 x float>, <8 x float>* %20, align 32
  %1125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1093, <8 x float> %1124)
  store <8 x float> %1125, <8 x float>* %20, align 32
  %1126 = add i64 %692, 39
  %1127 = getelementptr inbounds float, float* %58, i64 %1126
  %1128 = load float, float* %1127, align 4
  %1129 = insertelement <8 x float> undef, float %1128, i32 0
  %splat80 = shufflevector <8 x float> %1129, <8 x float> undef, <8 x i32> zeroinitializer
  %1130 = load <8 x float>, <8 x float>* %25, align 32
  %1131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1089, <8 x float> %1130)
  store <8 x float> %1131, <8 x float>* %25, align 32
  %1132 = load <8 x float>, <8 x float>* %19, align 32
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1093, <8 x float> %1132)
  store <8 x float> %1133, <8 x float>* %19, align 32
  %1134 = add i64 %692, 47
  %1135 = getelementptr inbounds float, float* %58, i64 %1134
  %1136 = load float, float* %1135, align 4
  %1137 = insertelement <8 x float> undef, float %1136, i32 0
  %splat81 = shufflevector <8 x float> %1137, <8 x float> undef, <8 x i32> zeroinitializer
  %1138 = load <8 x float>, <8 x float>* %24, align 32
  %1139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1089, <8 x float> %1138)
  store <8 x float> %1139, <8 x float>* %24, align 32
  %1140 = load <8 x float>, <8 x float>* %18, align 32
  %1141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1093, <8 x float> %1140)
  store <8 x float> %1141, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %1142 = load <8 x float>, <8 x float>* %29, align 32
  %1143 = fcmp olt <8 x float> %1142, zeroinitializer
  %1144 = select <8 x i1> %1143, <8 x float> zeroinitializer, <8 x float> %1142
  %1145 = getelementptr inbounds float, float* %0, i64 %591
  %1146 = bitcast float* %1145 to <8 x float>*
  store <8 x float> %1144, <8 x float>* %1146, align 4
  %1147 = load <8 x float>, <8 x float>* %28, align 32
  %1148 = fcmp olt <8 x float> %1147, zeroinitializer
  %1149 = select <8 x i1> %1148, <8 x float> zeroinitializer, <8 x float> %1147
  %1150 = getelementptr inbounds float, float* %0, i64 %594
  %1151 = bitcast float* %1150 to <8 x float>*
  store <8 x float> %1149, <8 x float>* %1151, align 4
  %1152 = load <8 x float>, <8 x float>* %27, align 32
  %1153 = fcmp olt <8 x float> %1152, zeroinitializer
  %1154 = select <8 x i1> %1153, <8 x float> zeroinitializer, <8 x float> %1152
  %1155 = getelementptr inbounds float, float* %0, i64 %597
  %1156 = bitcast float* %1155 to <8 x float>*
  store <8 x float> %1154, <8 x float>* %1156, align 4
  %1157 = load <8 x float>, <8 x float>* %26, align 32
  %1158 = fcmp olt <8 x float> %1157, zeroinitializer
  %1159 = select <8 x i1> %1158, <8 x float> zeroinitializer, <8 x float> %1157
  %1160 = getelementptr inbounds float, float* %0, i64 %600
  %1161 = bitcast float* %1160 to <8 x float>*
  store <8 x float> %1159, <8 x float>* %1161, align 4
  %1162 = load <8 x float>, <8 x float>* %25, align 32
  %1163 = fcmp olt <8 x float> %1162, zeroinitializer
  %1164 = select <8 x i1> %1163, <8 x float> zeroinitializer, <8 x float> %1162
  %1165 = getelementptr inbounds float, float* %0, i64 %603
  %1166 = bitcast float* %1165 to <8 x float>*
  store <8 x float> %1164, <8 x float>* %1166, align 4
  %1167 = load <8 x float>, <8 x float>* %24, align 32
  %1168 = fcmp olt <8 x float> %1167, zeroinitializer
  %1169 = select <8 x i1> %1168, <8 x float> zeroinitializer, <8 x float> %1167
  %1170 = getelementptr inbounds float, float* %0, i64 %606
  %1171 = bitcast float* %1170 to <8 x float>*
  store <8 x float> %1169, <8 x float>* %1171, align 4
  %1172 = load <8 x float>, <8 x float>* %23, align 32
  %1173 = fcmp olt <8 x float> %1172, zeroinitializer
  %1174 = select <8 x i1> %1173, <8 x float> zeroinitializer, <8 x float> %1172
  %1175 = getelementptr inbounds float, float* %0, i64 %613
  %1176 = bitcast float* %1175 to <8 x float>*
  store <8 x float> %1174, <8 x float>* %1176, align 4
  %1177 = load <8 x float>, <8 x float>* %22, align 32
  %1178 = fcmp olt <8 x float> %1177, zeroinitializer
  %1179 = select <8 x i1> %1178, <8 x float> zeroinitializer, <8 x float> %1177
  %1180 = getelementptr inbounds float, float* %0, i64 %616
  %1181 = bitcast float* %1180 to <8 x float>*
  store <8 x float> %1179, <8 x float>* %1181, align 4
  %1182 = load <8 x float>, <8 x float>* %21, align 32
  %1183 = fcmp olt <8 x float> %1182, zeroinitializer
  %1184 = select <8 x i1> %1183, <8 x float> zeroinitializer, <8 x float> %1182
  %1185 = getelementptr inbounds float, float* %0, i64 %619
  %1186 = bitcast float* %1185 to <8 x float>*
  store <8 x float> %1184, <8 x float>* %1186, align 4
  %1187 = load <8 x float>, <8 x float>* %20, align 32
  %1188 = fcmp olt <8 x float> %1187, zeroinitializer
  %1189 = select <8 x i1> %1188, <8 x float> zeroinitializer, <8 x float> %1187
  %1190 = getelementptr inbounds float, float* %0, i64 %622
  %1191 = bitcast float* %1190 to <8 x float>*
  store <8 x float> %1189, <8 x float>* %1191, align 4
  %1192 = load <8 x float>, <8 x float>* %19, align 32
  %1193 = fcmp olt <8 x float> %1192, zeroinitializer
  %1194 = select <8 x i1> %1193, <8 x float> zeroinitializer, <8 x float> %1192
  %1195 = getelementptr inbounds float, float* %0, i64 %625
  %1196 = bitcast float* %1195 to <8 x float>*
  store <8 x float> %1194, <8 x float>* %1196, align 4
  %1197 = load <8 x float>, <8 x float>* %18, align 32
  %1198 = fcmp olt <8 x float> %1197, zeroinitializer
  %1199 = select <8 x i1> %1198, <8 x float> zeroinitializer, <8 x float> %1197
  %1200 = getelementptr inbounds float, float* %0, i64 %628
  %1201 = bitcast float* %1200 to <8 x float>*
  store <8 x float> %1199, <8 x float>* %1201, align 4
  %x.next82 = add i64 %x34, 6
  br label %x.header31

u.header83:                                       ; preds = %u.body84, %x.exit33
  %u86 = phi i64 [ 0, %x.exit33 ], [ %u.next119, %u.body84 ]
  %1202 = icmp slt i64 %u86, 16
  br i1 %1202, label %u.body84, label %u.exit85

u.body84:                                         ; preds = %u.header83
  %1203 = add i64 0, %u86
  %1204 = mul i64 %1203, 896
  %1205 = add i64 864, %1204
  %1206 = mul i64 %1203, 64
  %1207 = add i64 %582, %1206
  %1208 = add i64 %1205, 0
  %1209 = add i64 %1208, 0
  %1210 = add i64 %1207, 0
  %1211 = add i64 %1210, 0
  %1212 = getelementptr inbounds float, float* %4, i64 %1211
  %1213 = bitcast float* %1212 to <8 x float>*
  %1214 = load <8 x float>, <8 x float>* %1213, align 4
  %1215 = add i64 %1210, 1024
  %1216 = getelementptr inbounds float, float* %4, i64 %1215
  %1217 = bitcast float* %1216 to <8 x float>*
  %1218 = load <8 x float>, <8 x float>* %1217, align 4
  %1219 = add i64 %1209, 0
  %1220 = getelementptr inbounds float, float* %58, i64 %1219
  %1221 = load float, float* %1220, align 4
  %1222 = insertelement <8 x float> undef, float %1221, i32 0
  %splat87 = shufflevector <8 x float> %1222, <8 x float> undef, <8 x i32> zeroinitializer
  %1223 = load <8 x float>, <8 x float>* %17, align 32
  %1224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1214, <8 x float> %1223)
  store <8 x float> %1224, <8 x float>* %17, align 32
  %1225 = load <8 x float>, <8 x float>* %13, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1218, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %13, align 32
  %1227 = add i64 %1209, 8
  %1228 = getelementptr inbounds float, float* %58, i64 %1227
  %1229 = load float, float* %1228, align 4
  %1230 = insertelement <8 x float> undef, float %1229, i32 0
  %splat88 = shufflevector <8 x float> %1230, <8 x float> undef, <8 x i32> zeroinitializer
  %1231 = load <8 x float>, <8 x float>* %16, align 32
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1214, <8 x float> %1231)
  store <8 x float> %1232, <8 x float>* %16, align 32
  %1233 = load <8 x float>, <8 x float>* %12, align 32
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1218, <8 x float> %1233)
  store <8 x float> %1234, <8 x float>* %12, align 32
  %1235 = add i64 %1209, 16
  %1236 = getelementptr inbounds float, float* %58, i64 %1235
  %1237 = load float, float* %1236, align 4
  %1238 = insertelement <8 x float> undef, float %1237, i32 0
  %splat89 = shufflevector <8 x float> %1238, <8 x float> undef, <8 x i32> zeroinitializer
  %1239 = load <8 x float>, <8 x float>* %15, align 32
  %1240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1214, <8 x float> %1239)
  store <8 x float> %1240, <8 x float>* %15, align 32
  %1241 = load <8 x float>, <8 x float>* %11, align 32
  %1242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1218, <8 x float> %1241)
  store <8 x float> %1242, <8 x float>* %11, align 32
  %1243 = add i64 %1209, 24
  %1244 = getelementptr inbounds float, float* %58, i64 %1243
  %1245 = load float, float* %1244, align 4
  %1246 = insertelement <8 x float> undef, float %1245, i32 0
  %splat90 = shufflevector <8 x float> %1246, <8 x float> undef, <8 x i32> zeroinitializer
  %1247 = load <8 x float>, <8 x float>* %14, align 32
  %1248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1214, <8 x float> %1247)
  store <8 x float> %1248, <8 x float>* %14, align 32
  %1249 = load <8 x float>, <8 x float>* %10, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1218, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %10, align 32
  %1251 = add i64 %1210, 8
  %1252 = getelementptr inbounds float, float* %4, i64 %1251
  %1253 = bitcast float* %1252 to <8 x float>*
  %1254 = load <8 x float>, <8 x float>* %1253, align 4
  %1255 = add i64 %1210, 1032
  %1256 = getelementptr inbounds float, float* %4, i64 %1255
  %1257 = bitcast float* %1256 to <8 x float>*
  %1258 = load <8 x float>, <8 x float>* %1257, align 4
  %1259 = add i64 %1209, 1
  %1260 = getelementptr inbounds float, float* %58, i64 %1259
  %1261 = load float, float* %1260, align 4
  %1262 = insertelement <8 x float> undef, float %1261, i32 0
  %splat91 = shufflevector <8 x float> %1262, <8 x float> undef, <8 x i32> zeroinitializer
  %1263 = load <8 x float>, <8 x float>* %17, align 32
  %1264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1254, <8 x float> %1263)
  store <8 x float> %1264, <8 x float>* %17, align 32
  %1265 = load <8 x float>, <8 x float>* %13, align 32
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1258, <8 x float> %1265)
  store <8 x float> %1266, <8 x float>* %13, align 32
  %1267 = add i64 %1209, 9
  %1268 = getelementptr inbounds float, float* %58, i64 %1267
  %1269 = load float, float* %1268, align 4
  %1270 = insertelement <8 x float> undef, float %1269, i32 0
  %splat92 = shufflevector <8 x float> %1270, <8 x float> undef, <8 x i32> zeroinitializer
  %1271 = load <8 x float>, <8 x float>* %16, align 32
  %1272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1254, <8 x float> %1271)
  store <8 x float> %1272, <8 x float>* %16, align 32
  %1273 = load <8 x float>, <8 x float>* %12, align 32
  %1274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1258, <8 x float> %1273)
  store <8 x float> %1274, <8 x float>* %12, align 32
  %1275 = add i64 %1209, 17
  %1276 = getelementptr inbounds float, float* %58, i64 %1275
  %1277 = load float, float* %1276, align 4
  %1278 = insertelement <8 x float> undef, float %1277, i32 0
  %splat93 = shufflevector <8 x float> %1278, <8 x float> undef, <8 x i32> zeroinitializer
  %1279 = load <8 x float>, <8 x float>* %15, align 32
  %1280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1254, <8 x float> %1279)
  store <8 x float> %1280, <8 x float>* %15, align 32
  %1281 = load <8 x float>, <8 x float>* %11, align 32
  %1282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1258, <8 x float> %1281)
  store <8 x float> %1282, <8 x float>* %11, align 32
  %1283 = add i64 %1209, 25
  %1284 = getelementptr inbounds float, float* %58, i64 %1283
  %1285 = load float, float* %1284, align 4
  %1286 = insertelement <8 x float> undef, float %1285, i32 0
  %splat94 = shufflevector <8 x float> %1286, <8 x float> undef, <8 x i32> zeroinitializer
  %1287 = load <8 x float>, <8 x float>* %14, align 32
  %1288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1254, <8 x float> %1287)
  store <8 x float> %1288, <8 x float>* %14, align 32
  %1289 = load <8 x float>, <8 x float>* %10, align 32
  %1290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1258, <8 x float> %1289)
  store <8 x float> %1290, <8 x float>* %10, align 32
  %1291 = add i64 %1210, 16
  %1292 = getelementptr inbounds float, float* %4, i64 %1291
  %1293 = bitcast float* %1292 to <8 x float>*
  %1294 = load <8 x float>, <8 x float>* %1293, align 4
  %1295 = add i64 %1210, 1040
  %1296 = getelementptr inbounds float, float* %4, i64 %1295
  %1297 = bitcast float* %1296 to <8 x float>*
  %1298 = load <8 x float>, <8 x float>* %1297, align 4
  %1299 = add i64 %1209, 2
  %1300 = getelementptr inbounds float, float* %58, i64 %1299
  %1301 = load float, float* %1300, align 4
  %1302 = insertelement <8 x float> undef, float %1301, i32 0
  %splat95 = shufflevector <8 x float> %1302, <8 x float> undef, <8 x i32> zeroinitializer
  %1303 = load <8 x float>, <8 x float>* %17, align 32
  %1304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1294, <8 x float> %1303)
  store <8 x float> %1304, <8 x float>* %17, align 32
  %1305 = load <8 x float>, <8 x float>* %13, align 32
  %1306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1298, <8 x float> %1305)
  store <8 x float> %1306, <8 x float>* %13, align 32
  %1307 = add i64 %1209, 10
  %1308 = getelementptr inbounds float, float* %58, i64 %1307
  %1309 = load float, float* %1308, align 4
  %1310 = insertelement <8 x float> undef, float %1309, i32 0
  %splat96 = shufflevector <8 x float> %1310, <8 x float> undef, <8 x i32> zeroinitializer
  %1311 = load <8 x float>, <8 x float>* %16, align 32
  %1312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1294, <8 x float> %1311)
  store <8 x float> %1312, <8 x float>* %16, align 32
  %1313 = load <8 x float>, <8 x float>* %12, align 32
  %1314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1298, <8 x float> %1313)
  store <8 x float> %1314, <8 x float>* %12, align 32
  %1315 = add i64 %1209, 18
  %1316 = getelementptr inbounds float, float* %58, i64 %1315
  %1317 = load float, float* %1316, align 4
  %1318 = insertelement <8 x float> undef, float %1317, i32 0
  %splat97 = shufflevector <8 x float> %1318, <8 x float> undef, <8 x i32> zeroinitializer
  %1319 = load <8 x float>, <8 x float>* %15, align 32
  %1320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1294, <8 x float> %1319)
  store <8 x float> %1320, <8 x float>* %15, align 32
  %1321 = load <8 x float>, <8 x float>* %11, align 32
  %1322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1298, <8 x float> %1321)
  store <8 x float> %1322, <8 x float>* %11, align 32
  %1323 = add i64 %1209, 26
  %1324 = getelementptr inbounds float, float* %58, i64 %1323
  %1325 = load float, float* %1324, align 4
  %1326 = insertelement <8 x float> undef, float %1325, i32 0
  %splat98 = shufflevector <8 x float> %1326, <8 x float> undef, <8 x i32> zeroinitializer
  %1327 = load <8 x float>, <8 x float>* %14, align 32
  %1328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1294, <8 x float> %1327)
  store <8 x float> %1328, <8 x float>* %14, align 32
  %1329 = load <8 x float>, <8 x float>* %10, align 32
  %1330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1298, <8 x float> %1329)
  store <8 x float> %1330, <8 x float>* %10, align 32
  %1331 = add i64 %1210, 24
  %1332 = getelementptr inbounds float, float* %4, i64 %1331
  %1333 = bitcast float* %1332 to <8 x float>*
  %1334 = load <8 x float>, <8 x float>* %1333, align 4
  %1335 = add i64 %1210, 1048
  %1336 = getelementptr inbounds float, float* %4, i64 %1335
  %1337 = bitcast float* %1336 to <8 x float>*
  %1338 = load <8 x float>, <8 x float>* %1337, align 4
  %1339 = add i64 %1209, 3
  %1340 = getelementptr inbounds float, float* %58, i64 %1339
  %1341 = load float, float* %1340, align 4
  %1342 = insertelement <8 x float> undef, float %1341, i32 0
  %splat99 = shufflevector <8 x float> %1342, <8 x float> undef, <8 x i32> zeroinitializer
  %1343 = load <8 x float>, <8 x float>* %17, align 32
  %1344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1334, <8 x float> %1343)
  store <8 x float> %1344, <8 x float>* %17, align 32
  %1345 = load <8 x float>, <8 x float>* %13, align 32
  %1346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1338, <8 x float> %1345)
  store <8 x float> %1346, <8 x float>* %13, align 32
  %1347 = add i64 %1209, 11
  %1348 = getelementptr inbounds float, float* %58, i64 %1347
  %1349 = load float, float* %1348, align 4
  %1350 = insertelement <8 x float> undef, float %1349, i32 0
  %splat100 = shufflevector <8 x float> %1350, <8 x float> undef, <8 x i32> zeroinitializer
  %1351 = load <8 x float>, <8 x float>* %16, align 32
  %1352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1334, <8 x float> %1351)
  store <8 x float> %1352, <8 x float>* %16, align 32
  %1353 = load <8 x float>, <8 x float>* %12, align 32
  %1354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1338, <8 x float> %1353)
  store <8 x float> %1354, <8 x float>* %12, align 32
  %1355 = add i64 %1209, 19
  %1356 = getelementptr inbounds float, float* %58, i64 %1355
  %1357 = load float, float* %1356, align 4
  %1358 = insertelement <8 x float> undef, float %1357, i32 0
  %splat101 = shufflevector <8 x float> %1358, <8 x float> undef, <8 x i32> zeroinitializer
  %1359 = load <8 x float>, <8 x float>* %15, align 32
  %1360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1334, <8 x float> %1359)
  store <8 x float> %1360, <8 x float>* %15, align 32
  %1361 = load <8 x float>, <8 x float>* %11, align 32
  %1362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1338, <8 x float> %1361)
  store <8 x float> %1362, <8 x float>* %11, align 32
  %1363 = add i64 %1209, 27
  %1364 = getelementptr inbounds float, float* %58, i64 %1363
  %1365 = load float, float* %1364, align 4
  %1366 = insertelement <8 x float> undef, float %1365, i32 0
  %splat102 = shufflevector <8 x float> %1366, <8 x float> undef, <8 x i32> zeroinitializer
  %1367 = load <8 x float>, <8 x float>* %14, align 32
  %1368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1334, <8 x float> %1367)
  store <8 x float> %1368, <8 x float>* %14, align 32
  %1369 = load <8 x float>, <8 x float>* %10, align 32
  %1370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1338, <8 x float> %1369)
  store <8 x float> %1370, <8 x float>* %10, align 32
  %1371 = add i64 %1210, 32
  %1372 = getelementptr inbounds float, float* %4, i64 %1371
  %1373 = bitcast float* %1372 to <8 x float>*
  %1374 = load <8 x float>, <8 x float>* %1373, align 4
  %1375 = add i64 %1210, 1056
  %1376 = getelementptr inbounds float, float* %4, i64 %1375
  %1377 = bitcast float* %1376 to <8 x float>*
  %1378 = load <8 x float>, <8 x float>* %1377, align 4
  %1379 = add i64 %1209, 4
  %1380 = getelementptr inbounds float, float* %58, i64 %1379
  %1381 = load float, float* %1380, align 4
  %1382 = insertelement <8 x float> undef, float %1381, i32 0
  %splat103 = shufflevector <8 x float> %1382, <8 x float> undef, <8 x i32> zeroinitializer
  %1383 = load <8 x float>, <8 x float>* %17, align 32
  %1384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1374, <8 x float> %1383)
  store <8 x float> %1384, <8 x float>* %17, align 32
  %1385 = load <8 x float>, <8 x float>* %13, align 32
  %1386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1378, <8 x float> %1385)
  store <8 x float> %1386, <8 x float>* %13, align 32
  %1387 = add i64 %1209, 12
  %1388 = getelementptr inbounds float, float* %58, i64 %1387
  %1389 = load float, float* %1388, align 4
  %1390 = insertelement <8 x float> undef, float %1389, i32 0
  %splat104 = shufflevector <8 x float> %1390, <8 x float> undef, <8 x i32> zeroinitializer
  %1391 = load <8 x float>, <8 x float>* %16, align 32
  %1392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1374, <8 x float> %1391)
  store <8 x float> %1392, <8 x float>* %16, align 32
  %1393 = load <8 x float>, <8 x float>* %12, align 32
  %1394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1378, <8 x float> %1393)
  store <8 x float> %1394, <8 x float>* %12, align 32
  %1395 = add i64 %1209, 20
  %1396 = getelementptr inbounds float, float* %58, i64 %1395
  %1397 = load float, float* %1396, align 4
  %1398 = insertelement <8 x float> undef, float %1397, i32 0
  %splat105 = shufflevector <8 x float> %1398, <8 x float> undef, <8 x i32> zeroinitializer
  %1399 = load <8 x float>, <8 x float>* %15, align 32
  %1400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1374, <8 x float> %1399)
  store <8 x float> %1400, <8 x float>* %15, align 32
  %1401 = load <8 x float>, <8 x float>* %11, align 32
  %1402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1378, <8 x float> %1401)
  store <8 x float> %1402, <8 x float>* %11, align 32
  %1403 = add i64 %1209, 28
  %1404 = getelementptr inbounds float, float* %58, i64 %1403
  %1405 = load float, float* %1404, align 4
  %1406 = insertelement <8 x float> undef, float %1405, i32 0
  %splat106 = shufflevector <8 x float> %1406, <8 x float> undef, <8 x i32> zeroinitializer
  %1407 = load <8 x float>, <8 x float>* %14, align 32
  %1408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1374, <8 x float> %1407)
  store <8 x float> %1408, <8 x float>* %14, align 32
  %1409 = load <8 x float>, <8 x float>* %10, align 32
  %1410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1378, <8 x float> %1409)
  store <8 x float> %1410, <8 x float>* %10, align 32
  %1411 = add i64 %1210, 40
  %1412 = getelementptr inbounds float, float* %4, i64 %1411
  %1413 = bitcast float* %1412 to <8 x float>*
  %1414 = load <8 x float>, <8 x float>* %1413, align 4
  %1415 = add i64 %1210, 1064
  %1416 = getelementptr inbounds float, float* %4, i64 %1415
  %1417 = bitcast float* %1416 to <8 x float>*
  %1418 = load <8 x float>, <8 x float>* %1417, align 4
  %1419 = add i64 %1209, 5
  %1420 = getelementptr inbounds float, float* %58, i64 %1419
  %1421 = load float, float* %1420, align 4
  %1422 = insertelement <8 x float> undef, float %1421, i32 0
  %splat107 = shufflevector <8 x float> %1422, <8 x float> undef, <8 x i32> zeroinitializer
  %1423 = load <8 x float>, <8 x float>* %17, align 32
  %1424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1414, <8 x float> %1423)
  store <8 x float> %1424, <8 x float>* %17, align 32
  %1425 = load <8 x float>, <8 x float>* %13, align 32
  %1426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1418, <8 x float> %1425)
  store <8 x float> %1426, <8 x float>* %13, align 32
  %1427 = add i64 %1209, 13
  %1428 = getelementptr inbounds float, float* %58, i64 %1427
  %1429 = load float, float* %1428, align 4
  %1430 = insertelement <8 x float> undef, float %1429, i32 0
  %splat108 = shufflevector <8 x float> %1430, <8 x float> undef, <8 x i32> zeroinitializer
  %1431 = load <8 x float>, <8 x float>* %16, align 32
  %1432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat108, <8 x float> %1414, <8 x float> %1431)
  store <8 x float> %1432, <8 x float>* %16, align 32
  %1433 = load <8 x float>, <8 x float>* %12, align 32
  %1434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat108, <8 x float> %1418, <8 x float> %1433)
  store <8 x float> %1434, <8 x float>* %12, align 32
  %1435 = add i64 %1209, 21
  %1436 = getelementptr inbounds float, float* %58, i64 %1435
  %1437 = load float, float* %1436, align 4
  %1438 = insertelement <8 x float> undef, float %1437, i32 0
  %splat109 = shufflevector <8 x float> %1438, <8 x float> undef, <8 x i32> zeroinitializer
  %1439 = load <8 x float>, <8 x float>* %15, align 32
  %1440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat109, <8 x float> %1414, <8 x float> %1439)
  store <8 x float> %1440, <8 x float>* %15, align 32
  %1441 = load <8 x float>, <8 x float>* %11, align 32
  %1442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat109, <8 x float> %1418, <8 x float> %1441)
  store <8 x float> %1442, <8 x float>* %11, align 32
  %1443 = add i64 %1209, 29
  %1444 = getelementptr inbounds float, float* %58, i64 %1443
  %1445 = load float, float* %1444, align 4
  %1446 = insertelement <8 x float> undef, float %1445, i32 0
  %splat110 = shufflevector <8 x float> %1446, <8 x float> undef, <8 x i32> zeroinitializer
  %1447 = load <8 x float>, <8 x float>* %14, align 32
  %1448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat110, <8 x float> %1414, <8 x float> %1447)
  store <8 x float> %1448, <8 x float>* %14, align 32
  %1449 = load <8 x float>, <8 x float>* %10, align 32
  %1450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat110, <8 x float> %1418, <8 x float> %1449)
  store <8 x float> %1450, <8 x float>* %10, align 32
  %1451 = add i64 %1210, 48
  %1452 = getelementptr inbounds float, float* %4, i64 %1451
  %1453 = bitcast float* %1452 to <8 x float>*
  %1454 = load <8 x float>, <8 x float>* %1453, align 4
  %1455 = add i64 %1210, 1072
  %1456 = getelementptr inbounds float, float* %4, i64 %1455
  %1457 = bitcast float* %1456 to <8 x float>*
  %1458 = load <8 x float>, <8 x float>* %1457, align 4
  %1459 = add i64 %1209, 6
  %1460 = getelementptr inbounds float, float* %58, i64 %1459
  %1461 = load float, float* %1460, align 4
  %1462 = insertelement <8 x float> undef, float %1461, i32 0
  %splat111 = shufflevector <8 x float> %1462, <8 x float> undef, <8 x i32> zeroinitializer
  %1463 = load <8 x float>, <8 x float>* %17, align 32
  %1464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat111, <8 x float> %1454, <8 x float> %1463)
  store <8 x float> %1464, <8 x float>* %17, align 32
  %1465 = load <8 x float>, <8 x float>* %13, align 32
  %1466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat111, <8 x float> %1458, <8 x float> %1465)
  store <8 x float> %1466, <8 x float>* %13, align 32
  %1467 = add i64 %1209, 14
  %1468 = getelementptr inbounds float, float* %58, i64 %1467
  %1469 = load float, float* %1468, align 4
  %1470 = insertelement <8 x float> undef, float %1469, i32 0
  %splat112 = shufflevector <8 x float> %1470, <8 x float> undef, <8 x i32> zeroinitializer
  %1471 = load <8 x float>, <8 x float>* %16, align 32
  %1472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat112, <8 x float> %1454, <8 x float> %1471)
  store <8 x float> %1472, <8 x float>* %16, align 32
  %1473 = load <8 x float>, <8 x float>* %12, align 32
  %1474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat112, <8 x float> %1458, <8 x float> %1473)
  store <8 x float> %1474, <8 x float>* %12, align 32
  %1475 = add i64 %1209, 22
  %1476 = getelementptr inbounds float, float* %58, i64 %1475
  %1477 = load float, float* %1476, align 4
  %1478 = insertelement <8 x float> undef, float %1477, i32 0
  %splat113 = shufflevector <8 x float> %1478, <8 x float> undef, <8 x i32> zeroinitializer
  %1479 = load <8 x float>, <8 x float>* %15, align 32
  %1480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat113, <8 x float> %1454, <8 x float> %1479)
  store <8 x float> %1480, <8 x float>* %15, align 32
  %1481 = load <8 x float>, <8 x float>* %11, align 32
  %1482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat113, <8 x float> %1458, <8 x float> %1481)
  store <8 x float> %1482, <8 x float>* %11, align 32
  %1483 = add i64 %1209, 30
  %1484 = getelementptr inbounds float, float* %58, i64 %1483
  %1485 = load float, float* %1484, align 4
  %1486 = insertelement <8 x float> undef, float %1485, i32 0
  %splat114 = shufflevector <8 x float> %1486, <8 x float> undef, <8 x i32> zeroinitializer
  %1487 = load <8 x float>, <8 x float>* %14, align 32
  %1488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat114, <8 x float> %1454, <8 x float> %1487)
  store <8 x float> %1488, <8 x float>* %14, align 32
  %1489 = load <8 x float>, <8 x float>* %10, align 32
  %1490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat114, <8 x float> %1458, <8 x float> %1489)
  store <8 x float> %1490, <8 x float>* %10, align 32
  %1491 = add i64 %1210, 56
  %1492 = getelementptr inbounds float, float* %4, i64 %1491
  %1493 = bitcast float* %1492 to <8 x float>*
  %1494 = load <8 x float>, <8 x float>* %1493, align 4
  %1495 = add i64 %1210, 1080
  %1496 = getelementptr inbounds float, float* %4, i64 %1495
  %1497 = bitcast float* %1496 to <8 x float>*
  %1498 = load <8 x float>, <8 x float>* %1497, align 4
  %1499 = add i64 %1209, 7
  %1500 = getelementptr inbounds float, float* %58, i64 %1499
  %1501 = load float, float* %1500, align 4
  %1502 = insertelement <8 x float> undef, float %1501, i32 0
  %splat115 = shufflevector <8 x float> %1502, <8 x float> undef, <8 x i32> zeroinitializer
  %1503 = load <8 x float>, <8 x float>* %17, align 32
  %1504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat115, <8 x float> %1494, <8 x float> %1503)
  store <8 x float> %1504, <8 x float>* %17, align 32
  %1505 = load <8 x float>, <8 x float>* %13, align 32
  %1506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat115, <8 x float> %1498, <8 x float> %1505)
  store <8 x float> %1506, <8 x float>* %13, align 32
  %1507 = add i64 %1209, 15
  %1508 = getelementptr inbounds float, float* %58, i64 %1507
  %1509 = load float, float* %1508, align 4
  %1510 = insertelement <8 x float> undef, float %1509, i32 0
  %splat116 = shufflevector <8 x float> %1510, <8 x float> undef, <8 x i32> zeroinitializer
  %1511 = load <8 x float>, <8 x float>* %16, align 32
  %1512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat116, <8 x float> %1494, <8 x float> %1511)
  store <8 x float> %1512, <8 x float>* %16, align 32
  %1513 = load <8 x float>, <8 x float>* %12, align 32
  %1514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat116, <8 x float> %1498, <8 x float> %1513)
  store <8 x float> %1514, <8 x float>* %12, align 32
  %1515 = add i64 %1209, 23
  %1516 = getelementptr inbounds float, float* %58, i64 %1515
  %1517 = load float, float* %1516, align 4
  %1518 = insertelement <8 x float> undef, float %1517, i32 0
  %splat117 = shufflevector <8 x float> %1518, <8 x float> undef, <8 x i32> zeroinitializer
  %1519 = load <8 x float>, <8 x float>* %15, align 32
  %1520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat117, <8 x float> %1494, <8 x float> %1519)
  store <8 x float> %1520, <8 x float>* %15, align 32
  %1521 = load <8 x float>, <8 x float>* %11, align 32
  %1522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat117, <8 x float> %1498, <8 x float> %1521)
  store <8 x float> %1522, <8 x float>* %11, align 32
  %1523 = add i64 %1209, 31
  %1524 = getelementptr inbounds float, float* %58, i64 %1523
  %1525 = load float, float* %1524, align 4
  %1526 = insertelement <8 x float> undef, float %1525, i32 0
  %splat118 = shufflevector <8 x float> %1526, <8 x float> undef, <8 x i32> zeroinitializer
  %1527 = load <8 x float>, <8 x float>* %14, align 32
  %1528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat118, <8 x float> %1494, <8 x float> %1527)
  store <8 x float> %1528, <8 x float>* %14, align 32
  %1529 = load <8 x float>, <8 x float>* %10, align 32
  %1530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat118, <8 x float> %1498, <8 x float> %1529)
  store <8 x float> %1530, <8 x float>* %10, align 32
  %u.next119 = add i64 %u86, 1
  br label %u.header83

u.exit85:                                         ; preds = %u.header83
  %1531 = load <8 x float>, <8 x float>* %17, align 32
  %1532 = fcmp olt <8 x float> %1531, zeroinitializer
  %1533 = select <8 x i1> %1532, <8 x float> zeroinitializer, <8 x float> %1531
  %1534 = getelementptr inbounds float, float* %0, i64 %649
  %1535 = bitcast float* %1534 to <8 x float>*
  store <8 x float> %1533, <8 x float>* %1535, align 4
  %1536 = load <8 x float>, <8 x float>* %16, align 32
  %1537 = fcmp olt <8 x float> %1536, zeroinitializer
  %1538 = select <8 x i1> %1537, <8 x float> zeroinitializer, <8 x float> %1536
  %1539 = getelementptr inbounds float, float* %0, i64 %652
  %1540 = bitcast float* %1539 to <8 x float>*
  store <8 x float> %1538, <8 x float>* %1540, align 4
  %1541 = load <8 x float>, <8 x float>* %15, align 32
  %1542 = fcmp olt <8 x float> %1541, zeroinitializer
  %1543 = select <8 x i1> %1542, <8 x float> zeroinitializer, <8 x float> %1541
  %1544 = getelementptr inbounds float, float* %0, i64 %655
  %1545 = bitcast float* %1544 to <8 x float>*
  store <8 x float> %1543, <8 x float>* %1545, align 4
  %1546 = load <8 x float>, <8 x float>* %14, align 32
  %1547 = fcmp olt <8 x float> %1546, zeroinitializer
  %1548 = select <8 x i1> %1547, <8 x float> zeroinitializer, <8 x float> %1546
  %1549 = getelementptr inbounds float, float* %0, i64 %658
  %1550 = bitcast float* %1549 to <8 x float>*
  store <8 x float> %1548, <8 x float>* %1550, align 4
  %1551 = load <8 x float>, <8 x float>* %13, align 32
  %1552 = fcmp olt <8 x float> %1551, zeroinitializer
  %1553 = select <8 x i1> %1552, <8 x float> zeroinitializer, <8 x float> %1551
  %1554 = getelementptr inbounds float, float* %0, i64 %665
  %1555 = bitcast float* %1554 to <8 x float>*
  store <8 x float> %1553, <8 x float>* %1555, align 4
  %1556 = load <8 x float>, <8 x float>* %12, align 32
  %1557 = fcmp olt <8 x float> %1556, zeroinitializer
  %1558 = select <8 x i1> %1557, <8 x float> zeroinitializer, <8 x float> %1556
  %1559 = getelementptr inbounds float, float* %0, i64 %668
  %1560 = bitcast float* %1559 to <8 x float>*
  store <8 x float> %1558, <8 x float>* %1560, align 4
  %1561 = load <8 x float>, <8 x float>* %11, align 32
  %1562 = fcmp olt <8 x float> %1561, zeroinitializer
  %1563 = select <8 x i1> %1562, <8 x float> zeroinitializer, <8 x float> %1561
  %1564 = getelementptr inbounds float, float* %0, i64 %671
  %1565 = bitcast float* %1564 to <8 x float>*
  store <8 x float> %1563, <8 x float>* %1565, align 4
  %1566 = load <8 x float>, <8 x float>* %10, align 32
  %1567 = fcmp olt <8 x float> %1566, zeroinitializer
  %1568 = select <8 x i1> %1567, <8 x float> zeroinitializer, <8 x float> %1566
  %1569 = getelementptr inbounds float, float* %0, i64 %674
  %1570 = bitcast float* %1569 to <8 x float>*
  store <8 x float> %1568, <8 x float>* %1570, align 4
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
  br label %x.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !8

x.header:                                         ; preds = %kh.exit, %band.row.body
  %x = phi i64 [ 1, %band.row.body ], [ %x.next, %kh.exit ]
  %74 = icmp slt i64 %x, 23
  br i1 %74, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %73, <8 x float>* %46, align 32
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
  %75 = mul i64 %x, 2
  %76 = sub i64 %75, 1
  br label %kh.header

x.exit:                                           ; preds = %x.header
  store <8 x float> %73, <8 x float>* %35, align 32
  store <8 x float> %73, <8 x float>* %34, align 32
  store <8 x float> %73, <8 x float>* %33, align 32
  store <8 x float> %73, <8 x float>* %32, align 32
  store <8 x float> %73, <8 x float>* %31, align 32
  br label %kh.header1

kh.header:                                        ; preds = %endif, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %endif ]
  %77 = icmp slt i64 %kh, 3
  br i1 %77, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %78 = mul i64 %kh, 1
  %79 = add i64 %69, %78
  %80 = icmp sge i64 %79, 0
  %81 = icmp slt i64 %79, 56
  %82 = and i1 %80, %81
  br i1 %82, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %83 = add i64 %x, 0
  %84 = mul i64 %83, 8
  %85 = add i64 %65, %84
  %86 = load <8 x float>, <8 x float>* %46, align 32
  %87 = fcmp olt <8 x float> %86, zeroinitializer
  %88 = select <8 x i1> %87, <8 x float> zeroinitializer, <8 x float> %86
  %89 = getelementptr inbounds float, float* %52, i64 %85
  %90 = bitcast float* %89 to <8 x float>*
  store <8 x float> %88, <8 x float>* %90, align 4
  %91 = add i64 %x, 1
  %92 = mul i64 %91, 8
  %93 = add i64 %65, %92
  %94 = load <8 x float>, <8 x float>* %45, align 32
  %95 = fcmp olt <8 x float> %94, zeroinitializer
  %96 = select <8 x i1> %95, <8 x float> zeroinitializer, <8 x float> %94
  %97 = getelementptr inbounds float, float* %52, i64 %93
  %98 = bitcast float* %97 to <8 x float>*
  store <8 x float> %96, <8 x float>* %98, align 4
  %99 = add i64 %x, 2
  %100 = mul i64 %99, 8
  %101 = add i64 %65, %100
  %102 = load <8 x float>, <8 x float>* %44, align 32
  %103 = fcmp olt <8 x float> %102, zeroinitializer
  %104 = select <8 x i1> %103, <8 x float> zeroinitializer, <8 x float> %102
  %105 = getelementptr inbounds float, float* %52, i64 %101
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %104, <8 x float>* %106, align 4
  %107 = add i64 %x, 3
  %108 = mul i64 %107, 8
  %109 = add i64 %65, %108
  %110 = load <8 x float>, <8 x float>* %43, align 32
  %111 = fcmp olt <8 x float> %110, zeroinitializer
  %112 = select <8 x i1> %111, <8 x float> zeroinitializer, <8 x float> %110
  %113 = getelementptr inbounds float, float* %52, i64 %109
  %114 = bitcast float* %113 to <8 x float>*
  store <8 x float> %112, <8 x float>* %114, align 4
  %115 = add i64 %x, 4
  %116 = mul i64 %115, 8
  %117 = add i64 %65, %116
  %118 = load <8 x float>, <8 x float>* %42, align 32
  %119 = fcmp olt <8 x float> %118, zeroinitializer
  %120 = select <8 x i1> %119, <8 x float> zeroinitializer, <8 x float> %118
  %121 = getelementptr inbounds float, float* %52, i64 %117
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %120, <8 x float>* %122, align 4
  %123 = add i64 %x, 5
  %124 = mul i64 %123, 8
  %125 = add i64 %65, %124
  %126 = load <8 x float>, <8 x float>* %41, align 32
  %127 = fcmp olt <8 x float> %126, zeroinitializer
  %128 = select <8 x i1> %127, <8 x float> zeroinitializer, <8 x float> %126
  %129 = getelementptr inbounds float, float* %52, i64 %125
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %128, <8 x float>* %130, align 4
  %131 = add i64 %x, 6
  %132 = mul i64 %131, 8
  %133 = add i64 %65, %132
  %134 = load <8 x float>, <8 x float>* %40, align 32
  %135 = fcmp olt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> zeroinitializer, <8 x float> %134
  %137 = getelementptr inbounds float, float* %52, i64 %133
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %136, <8 x float>* %138, align 4
  %139 = add i64 %x, 7
  %140 = mul i64 %139, 8
  %141 = add i64 %65, %140
  %142 = load <8 x float>, <8 x float>* %39, align 32
  %143 = fcmp olt <8 x float> %142, zeroinitializer
  %144 = select <8 x i1> %143, <8 x float> zeroinitializer, <8 x float> %142
  %145 = getelementptr inbounds float, float* %52, i64 %141
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %144, <8 x float>* %146, align 4
  %147 = add i64 %x, 8
  %148 = mul i64 %147, 8
  %149 = add i64 %65, %148
  %150 = load <8 x float>, <8 x float>* %38, align 32
  %151 = fcmp olt <8 x float> %150, zeroinitializer
  %152 = select <8 x i1> %151, <8 x float> zeroinitializer, <8 x float> %150
  %153 = getelementptr inbounds float, float* %52, i64 %149
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %152, <8 x float>* %154, align 4
  %155 = add i64 %x, 9
  %156 = mul i64 %155, 8
  %157 = add i64 %65, %156
  %158 = load <8 x float>, <8 x float>* %37, align 32
  %159 = fcmp olt <8 x float> %158, zeroinitializer
  %160 = select <8 x i1> %159, <8 x float> zeroinitializer, <8 x float> %158
  %161 = getelementptr inbounds float, float* %52, i64 %157
  %162 = bitcast float* %161 to <8 x float>*
  store <8 x float> %160, <8 x float>* %162, align 4
  %163 = add i64 %x, 10
  %164 = mul i64 %163, 8
  %165 = add i64 %65, %164
  %166 = load <8 x float>, <8 x float>* %36, align 32
  %167 = fcmp olt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> zeroinitializer, <8 x float> %166
  %169 = getelementptr inbounds float, float* %52, i64 %165
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %168, <8 x float>* %170, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then:                                             ; preds = %kh.body
  %171 = mul i64 %79, 448
  %172 = add i64 %67, %171
  %173 = mul i64 %66, 3
  %174 = add i64 %173, %kh
  %175 = mul i64 %174, 24
  %176 = add i64 %175, 0
  %177 = getelementptr inbounds float, float* %6, i64 %176
  %178 = bitcast float* %177 to <8 x float>*
  %179 = load <8 x float>, <8 x float>* %178, align 4
  %180 = add i64 %175, 8
  %181 = getelementptr inbounds float, float* %6, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  %183 = load <8 x float>, <8 x float>* %182, align 4
  %184 = add i64 %175, 16
  %185 = getelementptr inbounds float, float* %6, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  %187 = load <8 x float>, <8 x float>* %186, align 4
  %188 = mul i64 %76, 8
  %189 = add i64 %172, %188
  %190 = add i64 %189, 0
  %191 = getelementptr inbounds float, float* %1, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = load <8 x float>, <8 x float>* %46, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> %179, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %46, align 32
  %196 = add i64 %189, 8
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = load <8 x float>, <8 x float>* %46, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> %183, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %46, align 32
  %202 = add i64 %189, 16
  %203 = getelementptr inbounds float, float* %1, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  %205 = load <8 x float>, <8 x float>* %204, align 4
  %206 = load <8 x float>, <8 x float>* %46, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %205, <8 x float> %187, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %46, align 32
  %208 = load <8 x float>, <8 x float>* %45, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %205, <8 x float> %179, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %45, align 32
  %210 = add i64 %189, 24
  %211 = getelementptr inbounds float, float* %1, i64 %210
  %212 = bitcast float* %211 to <8 x float>*
  %213 = load <8 x float>, <8 x float>* %212, align 4
  %214 = load <8 x float>, <8 x float>* %45, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %183, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %45, align 32
  %216 = add i64 %189, 32
  %217 = getelementptr inbounds float, float* %1, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  %219 = load <8 x float>, <8 x float>* %218, align 4
  %220 = load <8 x float>, <8 x float>* %45, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %219, <8 x float> %187, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %45, align 32
  %222 = load <8 x float>, <8 x float>* %44, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %219, <8 x float> %179, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %44, align 32
  %224 = add i64 %189, 40
  %225 = getelementptr inbounds float, float* %1, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  %227 = load <8 x float>, <8 x float>* %226, align 4
  %228 = load <8 x float>, <8 x float>* %44, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %227, <8 x float> %183, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %44, align 32
  %230 = add i64 %189, 48
  %231 = getelementptr inbounds float, float* %1, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  %233 = load <8 x float>, <8 x float>* %232, align 4
  %234 = load <8 x float>, <8 x float>* %44, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %187, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %44, align 32
  %236 = load <8 x float>, <8 x float>* %43, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %179, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %43, align 32
  %238 = add i64 %189, 56
  %239 = getelementptr inbounds float, float* %1, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  %241 = load <8 x float>, <8 x float>* %240, align 4
  %242 = load <8 x float>, <8 x float>* %43, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %183, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %43, align 32
  %244 = add i64 %189, 64
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  %247 = load <8 x float>, <8 x float>* %246, align 4
  %248 = load <8 x float>, <8 x float>* %43, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %187, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %43, align 32
  %250 = load <8 x float>, <8 x float>* %42, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %179, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %42, align 32
  %252 = add i64 %189, 72
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = load <8 x float>, <8 x float>* %42, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %183, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %42, align 32
  %258 = add i64 %189, 80
  %259 = getelementptr inbounds float, float* %1, i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  %261 = load <8 x float>, <8 x float>* %260, align 4
  %262 = load <8 x float>, <8 x float>* %42, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %187, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %42, align 32
  %264 = load <8 x float>, <8 x float>* %41, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %179, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %41, align 32
  %266 = add i64 %189, 88
  %267 = getelementptr inbounds float, float* %1, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = load <8 x float>, <8 x float>* %41, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %183, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %41, align 32
  %272 = add i64 %189, 96
  %273 = getelementptr inbounds float, float* %1, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  %275 = load <8 x float>, <8 x float>* %274, align 4
  %276 = load <8 x float>, <8 x float>* %41, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %275, <8 x float> %187, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %41, align 32
  %278 = load <8 x float>, <8 x float>* %40, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %275, <8 x float> %179, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %40, align 32
  %280 = add i64 %189, 104
  %281 = getelementptr inbounds float, float* %1, i64 %280
  %282 = bitcast float* %281 to <8 x float>*
  %283 = load <8 x float>, <8 x float>* %282, align 4
  %284 = load <8 x float>, <8 x float>* %40, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %283, <8 x float> %183, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %40, align 32
  %286 = add i64 %189, 112
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  %289 = load <8 x float>, <8 x float>* %288, align 4
  %290 = load <8 x float>, <8 x float>* %40, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %187, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %40, align 32
  %292 = load <8 x float>, <8 x float>* %39, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %179, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %39, align 32
  %294 = add i64 %189, 120
  %295 = getelementptr inbounds float, float* %1, i64 %294
  %296 = bitcast float* %295 to <8 x float>*
  %297 = load <8 x float>, <8 x float>* %296, align 4
  %298 = load <8 x float>, <8 x float>* %39, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %297, <8 x float> %183, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %39, align 32
  %300 = add i64 %189, 128
  %301 = getelementptr inbounds float, float* %1, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  %303 = load <8 x float>, <8 x float>* %302, align 4
  %304 = load <8 x float>, <8 x float>* %39, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %303, <8 x float> %187, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %39, align 32
  %306 = load <8 x float>, <8 x float>* %38, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %303, <8 x float> %179, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %38, align 32
  %308 = add i64 %189, 136
  %309 = getelementptr inbounds float, float* %1, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  %311 = load <8 x float>, <8 x float>* %310, align 4
  %312 = load <8 x float>, <8 x float>* %38, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %311, <8 x float> %183, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %38, align 32
  %314 = add i64 %189, 144
  %315 = getelementptr inbounds float, float* %1, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  %317 = load <8 x float>, <8 x float>* %316, align 4
  %318 = load <8 x float>, <8 x float>* %38, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %187, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %38, align 32
  %320 = load <8 x float>, <8 x float>* %37, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %179, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %37, align 32
  %322 = add i64 %189, 152
  %323 = getelementptr inbounds float, float* %1, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  %325 = load <8 x float>, <8 x float>* %324, align 4
  %326 = load <8 x float>, <8 x float>* %37, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %325, <8 x float> %183, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %37, align 32
  %328 = add i64 %189, 160
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = load <8 x float>, <8 x float>* %330, align 4
  %332 = load <8 x float>, <8 x float>* %37, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> %187, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %37, align 32
  %334 = load <8 x float>, <8 x float>* %36, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> %179, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %36, align 32
  %336 = add i64 %189, 168
  %337 = getelementptr inbounds float, float* %1, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  %339 = load <8 x float>, <8 x float>* %338, align 4
  %340 = load <8 x float>, <8 x float>* %36, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> %183, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %36, align 32
  %342 = add i64 %189, 176
  %343 = getelementptr inbounds float, float* %1, i64 %342
  %344 = bitcast float* %343 to <8 x float>*
  %345 = load <8 x float>, <8 x float>* %344, align 4
  %346 = load <8 x float>, <8 x float>* %36, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %345, <8 x float> %187, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %36, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %x.exit
  %kh4 = phi i64 [ 0, %x.exit ], [ %kh.next7, %endif6 ]
  %348 = icmp slt i64 %kh4, 3
  br i1 %348, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %349 = mul i64 %kh4, 1
  %350 = add i64 %69, %349
  %351 = icmp sge i64 %350, 0
  %352 = icmp slt i64 %350, 56
  %353 = and i1 %351, %352
  br i1 %353, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %354 = add i64 %65, 184
  %355 = load <8 x float>, <8 x float>* %35, align 32
  %356 = fcmp olt <8 x float> %355, zeroinitializer
  %357 = select <8 x i1> %356, <8 x float> zeroinitializer, <8 x float> %355
  %358 = getelementptr inbounds float, float* %52, i64 %354
  %359 = bitcast float* %358 to <8 x float>*
  store <8 x float> %357, <8 x float>* %359, align 4
  %360 = add i64 %65, 192
  %361 = load <8 x float>, <8 x float>* %34, align 32
  %362 = fcmp olt <8 x float> %361, zeroinitializer
  %363 = select <8 x i1> %362, <8 x float> zeroinitializer, <8 x float> %361
  %364 = getelementptr inbounds float, float* %52, i64 %360
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %363, <8 x float>* %365, align 4
  %366 = add i64 %65, 200
  %367 = load <8 x float>, <8 x float>* %33, align 32
  %368 = fcmp olt <8 x float> %367, zeroinitializer
  %369 = select <8 x i1> %368, <8 x float> zeroinitializer, <8 x float> %367
  %370 = getelementptr inbounds float, float* %52, i64 %366
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %369, <8 x float>* %371, align 4
  %372 = add i64 %65, 208
  %373 = load <8 x float>, <8 x float>* %32, align 32
  %374 = fcmp olt <8 x float> %373, zeroinitializer
  %375 = select <8 x i1> %374, <8 x float> zeroinitializer, <8 x float> %373
  %376 = getelementptr inbounds float, float* %52, i64 %372
  %377 = bitcast float* %376 to <8 x float>*
  store <8 x float> %375, <8 x float>* %377, align 4
  %378 = add i64 %65, 216
  %379 = load <8 x float>, <8 x float>* %31, align 32
  %380 = fcmp olt <8 x float> %379, zeroinitializer
  %381 = select <8 x i1> %380, <8 x float> zeroinitializer, <8 x float> %379
  %382 = getelementptr inbounds float, float* %52, i64 %378
  %383 = bitcast float* %382 to <8 x float>*
  store <8 x float> %381, <8 x float>* %383, align 4
  store <8 x float> %73, <8 x float>* %30, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %384 = mul i64 %350, 448
  %385 = add i64 %67, %384
  %386 = mul i64 %66, 3
  %387 = add i64 %386, %kh4
  %388 = mul i64 %387, 24
  %389 = add i64 %388, 0
  %390 = getelementptr inbounds float, float* %6, i64 %389
  %391 = bitcast float* %390 to <8 x float>*
  %392 = load <8 x float>, <8 x float>* %391, align 4
  %393 = add i64 %388, 8
  %394 = getelementptr inbounds float, float* %6, i64 %393
  %395 = bitcast float* %394 to <8 x float>*
  %396 = load <8 x float>, <8 x float>* %395, align 4
  %397 = add i64 %388, 16
  %398 = getelementptr inbounds float, float* %6, i64 %397
  %399 = bitcast float* %398 to <8 x float>*
  %400 = load <8 x float>, <8 x float>* %399, align 4
  %401 = add i64 %385, 360
  %402 = add i64 %401, 0
  %403 = getelementptr inbounds float, float* %1, i64 %402
  %404 = bitcast float* %403 to <8 x float>*
  %405 = load <8 x float>, <8 x float>* %404, align 4
  %406 = load <8 x float>, <8 x float>* %35, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %405, <8 x float> %392, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %35, align 32
  %408 = add i64 %401, 8
  %409 = getelementptr inbounds float, float* %1, i64 %408
  %410 = bitcast float* %409 to <8 x float>*
  %411 = load <8 x float>, <8 x float>* %410, align 4
  %412 = load <8 x float>, <8 x float>* %35, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %411, <8 x float> %396, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %35, align 32
  %414 = add i64 %401, 16
  %415 = getelementptr inbounds float, float* %1, i64 %414
  %416 = bitcast float* %415 to <8 x float>*
  %417 = load <8 x float>, <8 x float>* %416, align 4
  %418 = load <8 x float>, <8 x float>* %35, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %417, <8 x float> %400, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %35, align 32
  %420 = load <8 x float>, <8 x float>* %34, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %417, <8 x float> %392, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %34, align 32
  %422 = add i64 %401, 24
  %423 = getelementptr inbounds float, float* %1, i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  %425 = load <8 x float>, <8 x float>* %424, align 4
  %426 = load <8 x float>, <8 x float>* %34, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %425, <8 x float> %396, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %34, align 32
  %428 = add i64 %401, 32
  %429 = getelementptr inbounds float, float* %1, i64 %428
  %430 = bitcast float* %429 to <8 x float>*
  %431 = load <8 x float>, <8 x float>* %430, align 4
  %432 = load <8 x float>, <8 x float>* %34, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> %400, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %34, align 32
  %434 = load <8 x float>, <8 x float>* %33, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> %392, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %33, align 32
  %436 = add i64 %401, 40
  %437 = getelementptr inbounds float, float* %1, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  %439 = load <8 x float>, <8 x float>* %438, align 4
  %440 = load <8 x float>, <8 x float>* %33, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %439, <8 x float> %396, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %33, align 32
  %442 = add i64 %401, 48
  %443 = getelementptr inbounds float, float* %1, i64 %442
  %444 = bitcast float* %443 to <8 x float>*
  %445 = load <8 x float>, <8 x float>* %444, align 4
  %446 = load <8 x float>, <8 x float>* %33, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %445, <8 x float> %400, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %33, align 32
  %448 = load <8 x float>, <8 x float>* %32, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %445, <8 x float> %392, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %32, align 32
  %450 = add i64 %401, 56
  %451 = getelementptr inbounds float, float* %1, i64 %450
  %452 = bitcast float* %451 to <8 x float>*
  %453 = load <8 x float>, <8 x float>* %452, align 4
  %454 = load <8 x float>, <8 x float>* %32, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %453, <8 x float> %396, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %32, align 32
  %456 = add i64 %401, 64
  %457 = getelementptr inbounds float, float* %1, i64 %456
  %458 = bitcast float* %457 to <8 x float>*
  %459 = load <8 x float>, <8 x float>* %458, align 4
  %460 = load <8 x float>, <8 x float>* %32, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %459, <8 x float> %400, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %32, align 32
  %462 = load <8 x float>, <8 x float>* %31, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %459, <8 x float> %392, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %31, align 32
  %464 = add i64 %401, 72
  %465 = getelementptr inbounds float, float* %1, i64 %464
  %466 = bitcast float* %465 to <8 x float>*
  %467 = load <8 x float>, <8 x float>* %466, align 4
  %468 = load <8 x float>, <8 x float>* %31, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %467, <8 x float> %396, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %31, align 32
  %470 = add i64 %401, 80
  %471 = getelementptr inbounds float, float* %1, i64 %470
  %472 = bitcast float* %471 to <8 x float>*
  %473 = load <8 x float>, <8 x float>* %472, align 4
  %474 = load <8 x float>, <8 x float>* %31, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %473, <8 x float> %400, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %31, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next16, %endif13 ]
  %476 = icmp slt i64 %kh11, 3
  br i1 %476, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %477 = mul i64 %kh11, 1
  %478 = add i64 %69, %477
  %479 = icmp sge i64 %478, 0
  %480 = icmp slt i64 %478, 56
  %481 = and i1 %479, %480
  br i1 %481, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %482 = add i64 %65, 0
  %483 = load <8 x float>, <8 x float>* %30, align 32
  %484 = fcmp olt <8 x float> %483, zeroinitializer
  %485 = select <8 x i1> %484, <8 x float> zeroinitializer, <8 x float> %483
  %486 = getelementptr inbounds float, float* %52, i64 %482
  %487 = bitcast float* %486 to <8 x float>*
  store <8 x float> %485, <8 x float>* %487, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !9

then12:                                           ; preds = %kh.body9
  %488 = mul i64 %478, 448
  %489 = add i64 %67, %488
  %490 = mul i64 %66, 3
  %491 = add i64 %490, %kh11
  %492 = mul i64 %491, 24
  br label %kw.header

endif13:                                          ; preds = %kw.exit, %kh.body9
  %kh.next16 = add i64 %kh11, 1
  br label %kh.header8

kw.header:                                        ; preds = %endif15, %then12
  %kw = phi i64 [ 0, %then12 ], [ %kw.next, %endif15 ]
  %493 = icmp slt i64 %kw, 3
  br i1 %493, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %494 = mul i64 %kw, 1
  %495 = add i64 -1, %494
  %496 = icmp sge i64 %495, 0
  %497 = icmp slt i64 %495, 56
  %498 = and i1 %496, %497
  br i1 %498, label %then14, label %endif15

kw.exit:                                          ; preds = %kw.header
  br label %endif13

then14:                                           ; preds = %kw.body
  %499 = mul i64 %kw, 8
  %500 = add i64 %492, %499
  %501 = getelementptr inbounds float, float* %6, i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  %503 = load <8 x float>, <8 x float>* %502, align 4
  %504 = mul i64 %495, 8
  %505 = add i64 %489, %504
  %506 = getelementptr inbounds float, float* %1, i64 %505
  %507 = bitcast float* %506 to <8 x float>*
  %508 = load <8 x float>, <8 x float>* %507, align 4
  %509 = load <8 x float>, <8 x float>* %30, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %508, <8 x float> %503, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %30, align 32
  br label %endif15

endif15:                                          ; preds = %then14, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header

block.group.header:                               ; preds = %u.exit71, %channel.block.exit
  %block.group = phi i64 [ %56, %channel.block.exit ], [ %block.group.next, %u.exit71 ]
  %511 = icmp slt i64 %block.group, %59
  br i1 %511, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %512 = mul i64 %block.group, 2
  %513 = add i64 0, %512
  %514 = mul i64 %50, 112
  %515 = mul i64 %block.group, 2
  %516 = add i64 0, %515
  %517 = mul i64 %516, 1024
  br label %x.header17

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header17:                                       ; preds = %u.exit, %block.group.body
  %x20 = phi i64 [ 0, %block.group.body ], [ %x.next68, %u.exit ]
  %518 = icmp slt i64 %x20, 108
  br i1 %518, label %x.body18, label %x.exit19

x.body18:                                         ; preds = %x.header17
  %519 = add i64 %514, %x20
  %520 = mul i64 %51, 32
  %521 = add i64 %520, %513
  %522 = add i64 %521, 0
  %523 = mul i64 %522, 6272
  %524 = add i64 %519, 0
  %525 = mul i64 %524, 8
  %526 = add i64 %523, %525
  %527 = add i64 %519, 1
  %528 = mul i64 %527, 8
  %529 = add i64 %523, %528
  %530 = add i64 %519, 2
  %531 = mul i64 %530, 8
  %532 = add i64 %523, %531
  %533 = add i64 %519, 3
  %534 = mul i64 %533, 8
  %535 = add i64 %523, %534
  %536 = add i64 %519, 4
  %537 = mul i64 %536, 8
  %538 = add i64 %523, %537
  %539 = add i64 %519, 5
  %540 = mul i64 %539, 8
  %541 = add i64 %523, %540
  %542 = mul i64 %51, 32
  %543 = add i64 %542, %513
  %544 = add i64 %543, 1
  %545 = mul i64 %544, 6272
  %546 = add i64 %519, 0
  %547 = mul i64 %546, 8
  %548 = add i64 %545, %547
  %549 = add i64 %519, 1
  %550 = mul i64 %549, 8
  %551 = add i64 %545, %550
  %552 = add i64 %519, 2
  %553 = mul i64 %552, 8
  %554 = add i64 %545, %553
  %555 = add i64 %519, 3
  %556 = mul i64 %555, 8
  %557 = add i64 %545, %556
  %558 = add i64 %519, 4
  %559 = mul i64 %558, 8
  %560 = add i64 %545, %559
  %561 = add i64 %519, 5
  %562 = mul i64 %561, 8
  %563 = add i64 %545, %562
  %564 = add i64 %516, 0
  %565 = mul i64 %564, 8
  %566 = getelementptr inbounds float, float* %5, i64 %565
  %567 = bitcast float* %566 to <8 x float>*
  %568 = load <8 x float>, <8 x float>* %567, align 4
  %569 = add i64 %516, 1
  %570 = mul i64 %569, 8
  %571 = getelementptr inbounds float, float* %5, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  %573 = load <8 x float>, <8 x float>* %572, align 4
  store <8 x float> %568, <8 x float>* %29, align 32
  store <8 x float> %568, <8 x float>* %28, align 32
  store <8 x float> %568, <8 x float>* %27, align 32
  store <8 x float> %568, <8 x float>* %26, align 32
  store <8 x float> %568, <8 x float>* %25, align 32
  store <8 x float> %568, <8 x float>* %24, align 32
  store <8 x float> %573, <8 x float>* %23, align 32
  store <8 x float> %573, <8 x float>* %22, align 32
  store <8 x float> %573, <8 x float>* %21, align 32
  store <8 x float> %573, <8 x float>* %20, align 32
  store <8 x float> %573, <8 x float>* %19, align 32
  store <8 x float> %573, <8 x float>* %18, align 32
  %574 = mul i64 %x20, 8
  %575 = add i64 0, %574
  %576 = add i64 0, %575
  br label %u.header

x.exit19:                                         ; preds = %x.header17
  %577 = add i64 %514, 108
  %578 = mul i64 %51, 32
  %579 = add i64 %578, %513
  %580 = add i64 %579, 0
  %581 = mul i64 %580, 6272
  %582 = add i64 %577, 0
  %583 = mul i64 %582, 8
  %584 = add i64 %581, %583
  %585 = add i64 %577, 1
  %586 = mul i64 %585, 8
  %587 = add i64 %581, %586
  %588 = add i64 %577, 2
  %589 = mul i64 %588, 8
  %590 = add i64 %581, %589
  %591 = add i64 %577, 3
  %592 = mul i64 %591, 8
  %593 = add i64 %581, %592
  %594 = mul i64 %51, 32
  %595 = add i64 %594, %513
  %596 = add i64 %595, 1
  %597 = mul i64 %596, 6272
  %598 = add i64 %577, 0
  %599 = mul i64 %598, 8
  %600 = add i64 %597, %599
  %601 = add i64 %577, 1
  %602 = mul i64 %601, 8
  %603 = add i64 %597, %602
  %604 = add i64 %577, 2
  %605 = mul i64 %604, 8
  %606 = add i64 %597, %605
  %607 = add i64 %577, 3
  %608 = mul i64 %607, 8
  %609 = add i64 %597, %608
  %610 = add i64 %516, 0
  %611 = mul i64 %610, 8
  %612 = getelementptr inbounds float, float* %5, i64 %611
  %613 = bitcast float* %612 to <8 x float>*
  %614 = load <8 x float>, <8 x float>* %613, align 4
  %615 = add i64 %516, 1
  %616 = mul i64 %615, 8
  %617 = getelementptr inbounds float, float* %5, i64 %616
  %618 = bitcast float* %617 to <8 x float>*
  %619 = load <8 x float>, <8 x float>* %618, align 4
  store <8 x float> %614, <8 x float>* %17, align 32
  store <8 x float> %614, <8 x float>* %16, align 32
  store <8 x float> %614, <8 x float>* %15, align 32
  store <8 x float> %614, <8 x float>* %14, align 32
  store <8 x float> %619, <8 x float>* %13, align 32
  store <8 x float> %619, <8 x float>* %12, align 32
  store <8 x float> %619, <8 x float>* %11, align 32
  store <8 x float> %619, <8 x float>* %10, align 32
  br label %u.header69

u.header:                                         ; preds = %u.body, %x.body18
  %u = phi i64 [ 0, %x.body18 ], [ %u.next, %u.body ]
  %620 = icmp slt i64 %u, 16
  br i1 %620, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %621 = add i64 0, %u
  %622 = mul i64 %621, 896
  %623 = add i64 %576, %622
  %624 = mul i64 %621, 64
  %625 = add i64 %517, %624
  %626 = add i64 %623, 0
  %627 = add i64 %626, 0
  %628 = add i64 %625, 0
  %629 = add i64 %628, 0
  %630 = getelementptr inbounds float, float* %4, i64 %629
  %631 = bitcast float* %630 to <8 x float>*
  %632 = load <8 x float>, <8 x float>* %631, align 4
  %633 = add i64 %628, 1024
  %634 = getelementptr inbounds float, float* %4, i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = add i64 %627, 0
  %638 = getelementptr inbounds float, float* %52, i64 %637
  %639 = load float, float* %638, align 4
  %640 = insertelement <8 x float> undef, float %639, i32 0
  %splat = shufflevector <8 x float> %640, <8 x float> undef, <8 x i32> zeroinitializer
  %641 = load <8 x float>, <8 x float>* %29, align 32
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %632, <8 x float> %641)
  store <8 x float> %642, <8 x float>* %29, align 32
  %643 = load <8 x float>, <8 x float>* %23, align 32
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %636, <8 x float> %643)
  store <8 x float> %644, <8 x float>* %23, align 32
  %645 = add i64 %627, 8
  %646 = getelementptr inbounds float, float* %52, i64 %645
  %647 = load float, float* %646, align 4
  %648 = insertelement <8 x float> undef, float %647, i32 0
  %splat21 = shufflevector <8 x float> %648, <8 x float> undef, <8 x i32> zeroinitializer
  %649 = load <8 x float>, <8 x float>* %28, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %632, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %28, align 32
  %651 = load <8 x float>, <8 x float>* %22, align 32
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %636, <8 x float> %651)
  store <8 x float> %652, <8 x float>* %22, align 32
  %653 = add i64 %627, 16
  %654 = getelementptr inbounds float, float* %52, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat22 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %27, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %632, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %27, align 32
  %659 = load <8 x float>, <8 x float>* %21, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %636, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %21, align 32
  %661 = add i64 %627, 24
  %662 = getelementptr inbounds float, float* %52, i64 %661
  %663 = load float, float* %662, align 4
  %664 = insertelement <8 x float> undef, float %663, i32 0
  %splat23 = shufflevector <8 x float> %664, <8 x float> undef, <8 x i32> zeroinitializer
  %665 = load <8 x float>, <8 x float>* %26, align 32
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %632, <8 x float> %665)
  store <8 x float> %666, <8 x float>* %26, align 32
  %667 = load <8 x float>, <8 x float>* %20, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %636, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %20, align 32
  %669 = add i64 %627, 32
  %670 = getelementptr inbounds float, float* %52, i64 %669
  %671 = load float, float* %670, align 4
  %672 = insertelement <8 x float> undef, float %671, i32 0
  %splat24 = shufflevector <8 x float> %672, <8 x float> undef, <8 x i32> zeroinitializer
  %673 = load <8 x float>, <8 x float>* %25, align 32
  %674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %632, <8 x float> %673)
  store <8 x float> %674, <8 x float>* %25, align 32
  %675 = load <8 x float>, <8 x float>* %19, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %636, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %19, align 32
  %677 = add i64 %627, 40
  %678 = getelementptr inbounds float, float* %52, i64 %677
  %679 = load float, float* %678, align 4
  %680 = insertelement <8 x float> undef, float %679, i32 0
  %splat25 = shufflevector <8 x float> %680, <8 x float> undef, <8 x i32> zeroinitializer
  %681 = load <8 x float>, <8 x float>* %24, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %632, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %24, align 32
  %683 = load <8 x float>, <8 x float>* %18, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %636, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %18, align 32
  %685 = add i64 %628, 8
  %686 = getelementptr inbounds float, float* %4, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = add i64 %628, 1032
  %690 = getelementptr inbounds float, float* %4, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = add i64 %627, 1
  %694 = getelementptr inbounds float, float* %52, i64 %693
  %695 = load float, float* %694, align 4
  %696 = insertelement <8 x float> undef, float %695, i32 0
  %splat26 = shufflevector <8 x float> %696, <8 x float> undef, <8 x i32> zeroinitializer
  %697 = load <8 x float>, <8 x float>* %29, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %688, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %29, align 32
  %699 = load <8 x float>, <8 x float>* %23, align 32
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %692, <8 x float> %699)
  store <8 x float> %700, <8 x float>* %23, align 32
  %701 = add i64 %627, 9
  %702 = getelementptr inbounds float, float* %52, i64 %701
  %703 = load float, float* %702, align 4
  %704 = insertelement <8 x float> undef, float %703, i32 0
  %splat27 = shufflevector <8 x float> %704, <8 x float> undef, <8 x i32> zeroinitializer
  %705 = load <8 x float>, <8 x float>* %28, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %688, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %28, align 32
  %707 = load <8 x float>, <8 x float>* %22, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %692, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %22, align 32
  %709 = add i64 %627, 17
  %710 = getelementptr inbounds float, float* %52, i64 %709
  %711 = load float, float* %710, align 4
  %712 = insertelement <8 x float> undef, float %711, i32 0
  %splat28 = shufflevector <8 x float> %712, <8 x float> undef, <8 x i32> zeroinitializer
  %713 = load <8 x float>, <8 x float>* %27, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %688, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %27, align 32
  %715 = load <8 x float>, <8 x float>* %21, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %692, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %21, align 32
  %717 = add i64 %627, 25
  %718 = getelementptr inbounds float, float* %52, i64 %717
  %719 = load float, float* %718, align 4
  %720 = insertelement <8 x float> undef, float %719, i32 0
  %splat29 = shufflevector <8 x float> %720, <8 x float> undef, <8 x i32> zeroinitializer
  %721 = load <8 x float>, <8 x float>* %26, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %688, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %26, align 32
  %723 = load <8 x float>, <8 x float>* %20, align 32
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %692, <8 x float> %723)
  store <8 x float> %724, <8 x float>* %20, align 32
  %725 = add i64 %627, 33
  %726 = getelementptr inbounds float, float* %52, i64 %725
  %727 = load float, float* %726, align 4
  %728 = insertelement <8 x float> undef, float %727, i32 0
  %splat30 = shufflevector <8 x float> %728, <8 x float> undef, <8 x i32> zeroinitializer
  %729 = load <8 x float>, <8 x float>* %25, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %688, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %25, align 32
  %731 = load <8 x float>, <8 x float>* %19, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %692, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %19, align 32
  %733 = add i64 %627, 41
  %734 = getelementptr inbounds float, float* %52, i64 %733
  %735 = load float, float* %734, align 4
  %736 = insertelement <8 x float> undef, float %735, i32 0
  %splat31 = shufflevector <8 x float> %736, <8 x float> undef, <8 x i32> zeroinitializer
  %737 = load <8 x float>, <8 x float>* %24, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %688, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %24, align 32
  %739 = load <8 x float>, <8 x float>* %18, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %692, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %18, align 32
  %741 = add i64 %628, 16
  %742 = getelementptr inbounds float, float* %4, i64 %741
  %743 = bitcast float* %742 to <8 x float>*
  %744 = load <8 x float>, <8 x float>* %743, align 4
  %745 = add i64 %628, 1040
  %746 = getelementptr inbounds float, float* %4, i64 %745
  %747 = bitcast float* %746 to <8 x float>*
  %748 = load <8 x float>, <8 x float>* %747, align 4
  %749 = add i64 %627, 2
  %750 = getelementptr inbounds float, float* %52, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat32 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %29, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %744, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %29, align 32
  %755 = load <8 x float>, <8 x float>* %23, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %748, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %23, align 32
  %757 = add i64 %627, 10
  %758 = getelementptr inbounds float, float* %52, i64 %757
  %759 = load float, float* %758, align 4
  %760 = insertelement <8 x float> undef, float %759, i32 0
  %splat33 = shufflevector <8 x float> %760, <8 x float> undef, <8 x i32> zeroinitializer
  %761 = load <8 x float>, <8 x float>* %28, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %744, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %28, align 32
  %763 = load <8 x float>, <8 x float>* %22, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %748, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %22, align 32
  %765 = add i64 %627, 18
  %766 = getelementptr inbounds float, float* %52, i64 %765
  %767 = load float, float* %766, align 4
  %768 = insertelement <8 x float> undef, float %767, i32 0
  %splat34 = shufflevector <8 x float> %768, <8 x float> undef, <8 x i32> zeroinitializer
  %769 = load <8 x float>, <8 x float>* %27, align 32
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %744, <8 x float> %769)
  store <8 x float> %770, <8 x float>* %27, align 32
  %771 = load <8 x float>, <8 x float>* %21, align 32
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %748, <8 x float> %771)
  store <8 x float> %772, <8 x float>* %21, align 32
  %773 = add i64 %627, 26
  %774 = getelementptr inbounds float, float* %52, i64 %773
  %775 = load float, float* %774, align 4
  %776 = insertelement <8 x float> undef, float %775, i32 0
  %splat35 = shufflevector <8 x float> %776, <8 x float> undef, <8 x i32> zeroinitializer
  %777 = load <8 x float>, <8 x float>* %26, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %744, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %26, align 32
  %779 = load <8 x float>, <8 x float>* %20, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %748, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %20, align 32
  %781 = add i64 %627, 34
  %782 = getelementptr inbounds float, float* %52, i64 %781
  %783 = load float, float* %782, align 4
  %784 = insertelement <8 x float> undef, float %783, i32 0
  %splat36 = shufflevector <8 x float> %784, <8 x float> undef, <8 x i32> zeroinitializer
  %785 = load <8 x float>, <8 x float>* %25, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %744, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %25, align 32
  %787 = load <8 x float>, <8 x float>* %19, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %748, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %19, align 32
  %789 = add i64 %627, 42
  %790 = getelementptr inbounds float, float* %52, i64 %789
  %791 = load float, float* %790, align 4
  %792 = insertelement <8 x float> undef, float %791, i32 0
  %splat37 = shufflevector <8 x float> %792, <8 x float> undef, <8 x i32> zeroinitializer
  %793 = load <8 x float>, <8 x float>* %24, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %744, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %24, align 32
  %795 = load <8 x float>, <8 x float>* %18, align 32
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %748, <8 x float> %795)
  store <8 x float> %796, <8 x float>* %18, align 32
  %797 = add i64 %628, 24
  %798 = getelementptr inbounds float, float* %4, i64 %797
  %799 = bitcast float* %798 to <8 x float>*
  %800 = load <8 x float>, <8 x float>* %799, align 4
  %801 = add i64 %628, 1048
  %802 = getelementptr inbounds float, float* %4, i64 %801
  %803 = bitcast float* %802 to <8 x float>*
  %804 = load <8 x float>, <8 x float>* %803, align 4
  %805 = add i64 %627, 3
  %806 = getelementptr inbounds float, float* %52, i64 %805
  %807 = load float, float* %806, align 4
  %808 = insertelement <8 x float> undef, float %807, i32 0
  %splat38 = shufflevector <8 x float> %808, <8 x float> undef, <8 x i32> zeroinitializer
  %809 = load <8 x float>, <8 x float>* %29, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %800, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %29, align 32
  %811 = load <8 x float>, <8 x float>* %23, align 32
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %804, <8 x float> %811)
  store <8 x float> %812, <8 x float>* %23, align 32
  %813 = add i64 %627, 11
  %814 = getelementptr inbounds float, float* %52, i64 %813
  %815 = load float, float* %814, align 4
  %816 = insertelement <8 x float> undef, float %815, i32 0
  %splat39 = shufflevector <8 x float> %816, <8 x float> undef, <8 x i32> zeroinitializer
  %817 = load <8 x float>, <8 x float>* %28, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %800, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %28, align 32
  %819 = load <8 x float>, <8 x float>* %22, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %804, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %22, align 32
  %821 = add i64 %627, 19
  %822 = getelementptr inbounds float, float* %52, i64 %821
  %823 = load float, float* %822, align 4
  %824 = insertelement <8 x float> undef, float %823, i32 0
  %splat40 = shufflevector <8 x float> %824, <8 x float> undef, <8 x i32> zeroinitializer
  %825 = load <8 x float>, <8 x float>* %27, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %800, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %27, align 32
  %827 = load <8 x float>, <8 x float>* %21, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %804, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %21, align 32
  %829 = add i64 %627, 27
  %830 = getelementptr inbounds float, float* %52, i64 %829
  %831 = load float, float* %830, align 4
  %832 = insertelement <8 x float> undef, float %831, i32 0
  %splat41 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
  %833 = load <8 x float>, <8 x float>* %26, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %800, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %26, align 32
  %835 = load <8 x float>, <8 x float>* %20, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %804, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %20, align 32
  %837 = add i64 %627, 35
  %838 = getelementptr inbounds float, float* %52, i64 %837
  %839 = load float, float* %838, align 4
  %840 = insertelement <8 x float> undef, float %839, i32 0
  %splat42 = shufflevector <8 x float> %840, <8 x float> undef, <8 x i32> zeroinitializer
  %841 = load <8 x float>, <8 x float>* %25, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %800, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %25, align 32
  %843 = load <8 x float>, <8 x float>* %19, align 32
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %804, <8 x float> %843)
  store <8 x float> %844, <8 x float>* %19, align 32
  %845 = add i64 %627, 43
  %846 = getelementptr inbounds float, float* %52, i64 %845
  %847 = load float, float* %846, align 4
  %848 = insertelement <8 x float> undef, float %847, i32 0
  %splat43 = shufflevector <8 x float> %848, <8 x float> undef, <8 x i32> zeroinitializer
  %849 = load <8 x float>, <8 x float>* %24, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %800, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %24, align 32
  %851 = load <8 x float>, <8 x float>* %18, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %804, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %18, align 32
  %853 = add i64 %628, 32
  %854 = getelementptr inbounds float, float* %4, i64 %853
  %855 = bitcast float* %854 to <8 x float>*
  %856 = load <8 x float>, <8 x float>* %855, align 4
  %857 = add i64 %628, 1056
  %858 = getelementptr inbounds float, float* %4, i64 %857
  %859 = bitcast float* %858 to <8 x float>*
  %860 = load <8 x float>, <8 x float>* %859, align 4
  %861 = add i64 %627, 4
  %862 = getelementptr inbounds float, float* %52, i64 %861
  %863 = load float, float* %862, align 4
  %864 = insertelement <8 x float> undef, float %863, i32 0
  %splat44 = shufflevector <8 x float> %864, <8 x float> undef, <8 x i32> zeroinitializer
  %865 = load <8 x float>, <8 x float>* %29, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %856, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %29, align 32
  %867 = load <8 x float>, <8 x float>* %23, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %860, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %23, align 32
  %869 = add i64 %627, 12
  %870 = getelementptr inbounds float, float* %52, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat45 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %28, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %856, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %28, align 32
  %875 = load <8 x float>, <8 x float>* %22, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %860, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %22, align 32
  %877 = add i64 %627, 20
  %878 = getelementptr inbounds float, float* %52, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat46 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %27, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %856, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %27, align 32
  %883 = load <8 x float>, <8 x float>* %21, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %860, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %21, align 32
  %885 = add i64 %627, 28
  %886 = getelementptr inbounds float, float* %52, i64 %885
  %887 = load float, float* %886, align 4
  %888 = insertelement <8 x float> undef, float %887, i32 0
  %splat47 = shufflevector <8 x float> %888, <8 x float> undef, <8 x i32> zeroinitializer
  %889 = load <8 x float>, <8 x float>* %26, align 32
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %856, <8 x float> %889)
  store <8 x float> %890, <8 x float>* %26, align 32
  %891 = load <8 x float>, <8 x float>* %20, align 32
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %860, <8 x float> %891)
  store <8 x float> %892, <8 x float>* %20, align 32
  %893 = add i64 %627, 36
  %894 = getelementptr inbounds float, float* %52, i64 %893
  %895 = load float, float* %894, align 4
  %896 = insertelement <8 x float> undef, float %895, i32 0
  %splat48 = shufflevector <8 x float> %896, <8 x float> undef, <8 x i32> zeroinitializer
  %897 = load <8 x float>, <8 x float>* %25, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %856, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %25, align 32
  %899 = load <8 x float>, <8 x float>* %19, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %860, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %19, align 32
  %901 = add i64 %627, 44
  %902 = getelementptr inbounds float, float* %52, i64 %901
  %903 = load float, float* %902, align 4
  %904 = insertelement <8 x float> undef, float %903, i32 0
  %splat49 = shufflevector <8 x float> %904, <8 x float> undef, <8 x i32> zeroinitializer
  %905 = load <8 x float>, <8 x float>* %24, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %856, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %24, align 32
  %907 = load <8 x float>, <8 x float>* %18, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %860, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %18, align 32
  %909 = add i64 %628, 40
  %910 = getelementptr inbounds float, float* %4, i64 %909
  %911 = bitcast float* %910 to <8 x float>*
  %912 = load <8 x float>, <8 x float>* %911, align 4
  %913 = add i64 %628, 1064
  %914 = getelementptr inbounds float, float* %4, i64 %913
  %915 = bitcast float* %914 to <8 x float>*
  %916 = load <8 x float>, <8 x float>* %915, align 4
  %917 = add i64 %627, 5
  %918 = getelementptr inbounds float, float* %52, i64 %917
  %919 = load float, float* %918, align 4
  %920 = insertelement <8 x float> undef, float %919, i32 0
  %splat50 = shufflevector <8 x float> %920, <8 x float> undef, <8 x i32> zeroinitializer
  %921 = load <8 x float>, <8 x float>* %29, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %912, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %29, align 32
  %923 = load <8 x float>, <8 x float>* %23, align 32
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %916, <8 x float> %923)
  store <8 x float> %924, <8 x float>* %23, align 32
  %925 = add i64 %627, 13
  %926 = getelementptr inbounds float, float* %52, i64 %925
  %927 = load float, float* %926, align 4
  %928 = insertelement <8 x float> undef, float %927, i32 0
  %splat51 = shufflevector <8 x float> %928, <8 x float> undef, <8 x i32> zeroinitializer
  %929 = load <8 x float>, <8 x float>* %28, align 32
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %912, <8 x float> %929)
  store <8 x float> %930, <8 x float>* %28, align 32
  %931 = load <8 x float>, <8 x float>* %22, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %916, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %22, align 32
  %933 = add i64 %627, 21
  %934 = getelementptr inbounds float, float* %52, i64 %933
  %935 = load float, float* %934, align 4
  %936 = insertelement <8 x float> undef, float %935, i32 0
  %splat52 = shufflevector <8 x float> %936, <8 x float> undef, <8 x i32> zeroinitializer
  %937 = load <8 x float>, <8 x float>* %27, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %912, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %27, align 32
  %939 = load <8 x float>, <8 x float>* %21, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %916, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %21, align 32
  %941 = add i64 %627, 29
  %942 = getelementptr inbounds float, float* %52, i64 %941
  %943 = load float, float* %942, align 4
  %944 = insertelement <8 x float> undef, float %943, i32 0
  %splat53 = shufflevector <8 x float> %944, <8 x float> undef, <8 x i32> zeroinitializer
  %945 = load <8 x float>, <8 x float>* %26, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %912, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %26, align 32
  %947 = load <8 x float>, <8 x float>* %20, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %916, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %20, align 32
  %949 = add i64 %627, 37
  %950 = getelementptr inbounds float, float* %52, i64 %949
  %951 = load float, float* %950, align 4
  %952 = insertelement <8 x float> undef, float %951, i32 0
  %splat54 = shufflevector <8 x float> %952, <8 x float> undef, <8 x i32> zeroinitializer
  %953 = load <8 x float>, <8 x float>* %25, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %912, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %25, align 32
  %955 = load <8 x float>, <8 x float>* %19, align 32
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %916, <8 x float> %955)
  store <8 x float> %956, <8 x float>* %19, align 32
  %957 = add i64 %627, 45
  %958 = getelementptr inbounds float, float* %52, i64 %957
  %959 = load float, float* %958, align 4
  %960 = insertelement <8 x float> undef, float %959, i32 0
  %splat55 = shufflevector <8 x float> %960, <8 x float> undef, <8 x i32> zeroinitializer
  %961 = load <8 x float>, <8 x float>* %24, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %912, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %24, align 32
  %963 = load <8 x float>, <8 x float>* %18, align 32
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %916, <8 x float> %963)
  store <8 x float> %964, <8 x float>* %18, align 32
  %965 = add i64 %628, 48
  %966 = getelementptr inbounds float, float* %4, i64 %965
  %967 = bitcast float* %966 to <8 x float>*
  %968 = load <8 x float>, <8 x float>* %967, align 4
  %969 = add i64 %628, 1072
  %970 = getelementptr inbounds float, float* %4, i64 %969
  %971 = bitcast float* %970 to <8 x float>*
  %972 = load <8 x float>, <8 x float>* %971, align 4
  %973 = add i64 %627, 6
  %974 = getelementptr inbounds float, float* %52, i64 %973
  %975 = load float, float* %974, align 4
  %976 = insertelement <8 x float> undef, float %975, i32 0
  %splat56 = shufflevector <8 x float> %976, <8 x float> undef, <8 x i32> zeroinitializer
  %977 = load <8 x float>, <8 x float>* %29, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %968, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %29, align 32
  %979 = load <8 x float>, <8 x float>* %23, align 32
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %972, <8 x float> %979)
  store <8 x float> %980, <8 x float>* %23, align 32
  %981 = add i64 %627, 14
  %982 = getelementptr inbounds float, float* %52, i64 %981
  %983 = load float, float* %982, align 4
  %984 = insertelement <8 x float> undef, float %983, i32 0
  %splat57 = shufflevector <8 x float> %984, <8 x float> undef, <8 x i32> zeroinitializer
  %985 = load <8 x float>, <8 x float>* %28, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %968, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %28, align 32
  %987 = load <8 x float>, <8 x float>* %22, align 32
  %988 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %972, <8 x float> %987)
  store <8 x float> %988, <8 x float>* %22, align 32
  %989 = add i64 %627, 22
  %990 = getelementptr inbounds float, float* %52, i64 %989
  %991 = load float, float* %990, align 4
  %992 = insertelement <8 x float> undef, float %991, i32 0
  %splat58 = shufflevector <8 x float> %992, <8 x float> undef, <8 x i32> zeroinitializer
  %993 = load <8 x float>, <8 x float>* %27, align 32
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %968, <8 x float> %993)
  store <8 x float> %994, <8 x float>* %27, align 32
  %995 = load <8 x float>, <8 x float>* %21, align 32
  %996 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %972, <8 x float> %995)
  store <8 x float> %996, <8 x float>* %21, align 32
  %997 = add i64 %627, 30
  %998 = getelementptr inbounds float, float* %52, i64 %997
  %999 = load float, float* %998, align 4
  %1000 = insertelement <8 x float> undef, float %999, i32 0
  %splat59 = shufflevector <8 x float> %1000, <8 x float> undef, <8 x i32> zeroinitializer
  %1001 = load <8 x float>, <8 x float>* %26, align 32
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %968, <8 x float> %1001)
  store <8 x float> %1002, <8 x float>* %26, align 32
  %1003 = load <8 x float>, <8 x float>* %20, align 32
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %972, <8 x float> %1003)
  store <8 x float> %1004, <8 x float>* %20, align 32
  %1005 = add i64 %627, 38
  %1006 = getelementptr inbounds float, float* %52, i64 %1005
  %1007 = load float, float* %1006, align 4
  %1008 = insertelement <8 x float> undef, float %1007, i32 0
  %splat60 = shufflevector <8 x float> %1008, <8 x float> undef, <8 x i32> zeroinitializer
  %1009 = load <8 x float>, <8 x float>* %25, align 32
  %1010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %968, <8 x float> %1009)
  store <8 x float> %1010, <8 x float>* %25, align 32
  %1011 = load <8 x float>, <8 x float>* %19, align 32
  %1012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %972, <8 x float> %1011)
  store <8 x float> %1012, <8 x float>* %19, align 32
  %1013 = add i64 %627, 46
  %1014 = getelementptr inbounds float, float* %52, i64 %1013
  %1015 = load float, float* %1014, align 4
  %1016 = insertelement <8 x float> undef, float %1015, i32 0
  %splat61 = shufflevector <8 x float> %1016, <8 x float> undef, <8 x i32> zeroinitializer
  %1017 = load <8 x float>, <8 x float>* %24, align 32
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %968, <8 x float> %1017)
  store <8 x float> %1018, <8 x float>* %24, align 32
  %1019 = load <8 x float>, <8 x float>* %18, align 32
  %1020 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %972, <8 x float> %1019)
  store <8 x float> %1020, <8 x float>* %18, align 32
  %1021 = add i64 %628, 56
  %1022 = getelementptr inbounds float, float* %4, i64 %1021
  %1023 = bitcast float* %1022 to <8 x float>*
  %1024 = load <8 x float>, <8 x float>* %1023, align 4
  %1025 = add i64 %628, 1080
  %1026 = getelementptr inbounds float, float* %4, i64 %1025
  %1027 = bitcast float* %1026 to <8 x float>*
  %1028 = load <8 x float>, <8 x float>* %1027, align 4
  %1029 = add i64 %627, 7
  %1030 = getelementptr inbounds float, float* %52, i64 %1029
  %1031 = load float, float* %1030, align 4
  %1032 = insertelement <8 x float> undef, float %1031, i32 0
  %splat62 = shufflevector <8 x float> %1032, <8 x float> undef, <8 x i32> zeroinitializer
  %1033 = load <8 x float>, <8 x float>* %29, align 32
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %1024, <8 x float> %1033)
  store <8 x float> %1034, <8 x float>* %29, align 32
  %1035 = load <8 x float>, <8 x float>* %23, align 32
  %1036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %1028, <8 x float> %1035)
  store <8 x float> %1036, <8 x float>* %23, align 32
  %1037 = add i64 %627, 15
  %1038 = getelementptr inbounds float, float* %52, i64 %1037
  %1039 = load float, float* %1038, align 4
  %1040 = insertelement <8 x float> undef, float %1039, i32 0
  %splat63 = shufflevector <8 x float> %1040, <8 x float> undef, <8 x i32> zeroinitializer
  %1041 = load <8 x float>, <8 x float>* %28, align 32
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1024, <8 x float> %1041)
  store <8 x float> %1042, <8 x float>* %28, align 32
  %1043 = load <8 x float>, <8 x float>* %22, align 32
  %1044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1028, <8 x float> %1043)
  store <8 x float> %1044, <8 x float>* %22, align 32
  %1045 = add i64 %627, 23
  %1046 = getelementptr inbounds float, float* %52, i64 %1045
  %1047 = load float, float* %1046, align 4
  %1048 = insertelement <8 x float> undef, float %1047, i32 0
  %splat64 = shufflevector <8 x float> %1048, <8 x float> undef, <8 x i32> zeroinitializer
  %1049 = load <8 x float>, <8 x float>* %27, align 32
  %1050 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1024, <8 x float> %1049)
  store <8 x float> %1050, <8 x float>* %27, align 32
  %1051 = load <8 x float>, <8 x float>* %21, align 32
  %1052 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1028, <8 x float> %1051)
  store <8 x float> %1052, <8 x float>* %21, align 32
  %1053 = add i64 %627, 31
  %1054 = getelementptr inbounds float, float* %52, i64 %1053
  %1055 = load float, float* %1054, align 4
  %1056 = insertelement <8 x float> undef, float %1055, i32 0
  %splat65 = shufflevector <8 x float> %1056, <8 x float> undef, <8 x i32> zeroinitializer
  %1057 = load <8 x float>, <8 x float>* %26, align 32
  %1058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1024, <8 x float> %1057)
  store <8 x float> %1058, <8 x float>* %26, align 32
  %1059 = load <8 x float>, <8 x float>* %20, align 32
  %1060 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1028, <8 x float> %1059)
  store <8 x float> %1060, <8 x float>* %20, align 32
  %1061 = add i64 %627, 39
  %1062 = getelementptr inbounds float, float* %52, i64 %1061
  %1063 = load float, float* %1062, align 4
  %1064 = insertelement <8 x float> undef, float %1063, i32 0
  %splat66 = shufflevector <8 x float> %1064, <8 x float> undef, <8 x i32> zeroinitializer
  %1065 = load <8 x float>, <8 x float>* %25, align 32
  %1066 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1024, <8 x float> %1065)
  store <8 x float> %1066, <8 x float>* %25, align 32
  %1067 = load <8 x float>, <8 x float>* %19, align 32
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1028, <8 x float> %1067)
  store <8 x float> %1068, <8 x float>* %19, align 32
  %1069 = add i64 %627, 47
  %1070 = getelementptr inbounds float, float* %52, i64 %1069
  %1071 = load float, float* %1070, align 4
  %1072 = insertelement <8 x float> undef, float %1071, i32 0
  %splat67 = shufflevector <8 x float> %1072, <8 x float> undef, <8 x i32> zeroinitializer
  %1073 = load <8 x float>, <8 x float>* %24, align 32
  %1074 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1024, <8 x float> %1073)
  store <8 x float> %1074, <8 x float>* %24, align 32
  %1075 = load <8 x float>, <8 x float>* %18, align 32
  %1076 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1028, <8 x float> %1075)
  store <8 x float> %1076, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %1077 = load <8 x float>, <8 x float>* %29, align 32
  %1078 = fcmp olt <8 x float> %1077, zeroinitializer
  %1079 = select <8 x i1> %1078, <8 x float> zeroinitializer, <8 x float> %1077
  %1080 = getelementptr inbounds float, float* %0, i64 %526
  %1081 = bitcast float* %1080 to <8 x float>*
  store <8 x float> %1079, <8 x float>* %1081, align 4
  %1082 = load <8 x float>, <8 x float>* %28, align 32
  %1083 = fcmp olt <8 x float> %1082, zeroinitializer
  %1084 = select <8 x i1> %1083, <8 x float> zeroinitializer, <8 x float> %1082
  %1085 = getelementptr inbounds float, float* %0, i64 %529
  %1086 = bitcast float* %1085 to <8 x float>*
  store <8 x float> %1084, <8 x float>* %1086, align 4
  %1087 = load <8 x float>, <8 x float>* %27, align 32
  %1088 = fcmp olt <8 x float> %1087, zeroinitializer
  %1089 = select <8 x i1> %1088, <8 x float> zeroinitializer, <8 x float> %1087
  %1090 = getelementptr inbounds float, float* %0, i64 %532
  %1091 = bitcast float* %1090 to <8 x float>*
  store <8 x float> %1089, <8 x float>* %1091, align 4
  %1092 = load <8 x float>, <8 x float>* %26, align 32
  %1093 = fcmp olt <8 x float> %1092, zeroinitializer
  %1094 = select <8 x i1> %1093, <8 x float> zeroinitializer, <8 x float> %1092
  %1095 = getelementptr inbounds float, float* %0, i64 %535
  %1096 = bitcast float* %1095 to <8 x float>*
  store <8 x float> %1094, <8 x float>* %1096, align 4
  %1097 = load <8 x float>, <8 x float>* %25, align 32
  %1098 = fcmp olt <8 x float> %1097, zeroinitializer
  %1099 = select <8 x i1> %1098, <8 x float> zeroinitializer, <8 x float> %1097
  %1100 = getelementptr inbounds float, float* %0, i64 %538
  %1101 = bitcast float* %1100 to <8 x float>*
  store <8 x float> %1099, <8 x float>* %1101, align 4
  %1102 = load <8 x float>, <8 x float>* %24, align 32
  %1103 = fcmp olt <8 x float> %1102, zeroinitializer
  %1104 = select <8 x i1> %1103, <8 x float> zeroinitializer, <8 x float> %1102
  %1105 = getelementptr inbounds float, float* %0, i64 %541
  %1106 = bitcast float* %1105 to <8 x float>*
  store <8 x float> %1104, <8 x float>* %1106, align 4
  %1107 = load <8 x float>, <8 x float>* %23, align 32
  %1108 = fcmp olt <8 x float> %1107, zeroinitializer
  %1109 = select <8 x i1> %1108, <8 x float> zeroinitializer, <8 x float> %1107
  %1110 = getelementptr inbounds float, float* %0, i64 %548
  %1111 = bitcast float* %1110 to <8 x float>*
  store <8 x float> %1109, <8 x float>* %1111, align 4
  %1112 = load <8 x float>, <8 x float>* %22, align 32
  %1113 = fcmp olt <8 x float> %1112, zeroinitializer
  %1114 = select <8 x i1> %1113, <8 x float> zeroinitializer, <8 x float> %1112
  %1115 = getelementptr inbounds float, float* %0, i64 %551
  %1116 = bitcast float* %1115 to <8 x float>*
  store <8 x float> %1114, <8 x float>* %1116, align 4
  %1117 = load <8 x float>, <8 x float>* %21, align 32
  %1118 = fcmp olt <8 x float> %1117, zeroinitializer
  %1119 = select <8 x i1> %1118, <8 x float> zeroinitializer, <8 x float> %1117
  %1120 = getelementptr inbounds float, float* %0, i64 %554
  %1121 = bitcast float* %1120 to <8 x float>*
  store <8 x float> %1119, <8 x float>* %1121, align 4
  %1122 = load <8 x float>, <8 x float>* %20, align 32
  %1123 = fcmp olt <8 x float> %1122, zeroinitializer
  %1124 = select <8 x i1> %1123, <8 x float> zeroinitializer, <8 x float> %1122
  %1125 = getelementptr inbounds float, float* %0, i64 %557
  %1126 = bitcast float* %1125 to <8 x float>*
  store <8 x float> %1124, <8 x float>* %1126, align 4
  %1127 = load <8 x float>, <8 x float>* %19, align 32
  %1128 = fcmp olt <8 x float> %1127, zeroinitializer
  %1129 = select <8 x i1> %1128, <8 x float> zeroinitializer, <8 x float> %1127
  %1130 = getelementptr inbounds float, float* %0, i64 %560
  %1131 = bitcast float* %1130 to <8 x float>*
  store <8 x float> %1129, <8 x float>* %1131, align 4
  %1132 = load <8 x float>, <8 x float>* %18, align 32
  %1133 = fcmp olt <8 x float> %1132, zeroinitializer
  %1134 = select <8 x i1> %1133, <8 x float> zeroinitializer, <8 x float> %1132
  %1135 = getelementptr inbounds float, float* %0, i64 %563
  %1136 = bitcast float* %1135 to <8 x float>*
  store <8 x float> %1134, <8 x float>* %1136, align 4
  %x.next68 = add i64 %x20, 6
  br label %x.header17

u.header69:                                       ; preds = %u.body70, %x.exit19
  %u72 = phi i64 [ 0, %x.exit19 ], [ %u.next105, %u.body70 ]
  %1137 = icmp slt i64 %u72, 16
  br i1 %1137, label %u.body70, label %u.exit71

u.body70:                                         ; preds = %u.header69
  %1138 = add i64 0, %u72
  %1139 = mul i64 %1138, 896
  %1140 = add i64 864, %1139
  %1141 = mul i64 %1138, 64
  %1142 = add i64 %517, %1141
  %1143 = add i64 %1140, 0
  %1144 = add i64 %1143, 0
  %1145 = add i64 %1142, 0
  %1146 = add i64 %1145, 0
  %1147 = getelementptr inbounds float, float* %4, i64 %1146
  %1148 = bitcast float* %1147 to <8 x float>*
  %1149 = load <8 x float>, <8 x float>* %1148, align 4
  %1150 = add i64 %1145, 1024
  %1151 = getelementptr inbounds float, float* %4, i64 %1150
  %1152 = bitcast float* %1151 to <8 x float>*
  %1153 = load <8 x float>, <8 x float>* %1152, align 4
  %1154 = add i64 %1144, 0
  %1155 = getelementptr inbounds float, float* %52, i64 %1154
  %1156 = load float, float* %1155, align 4
  %1157 = insertelement <8 x float> undef, float %1156, i32 0
  %splat73 = shufflevector <8 x float> %1157, <8 x float> undef, <8 x i32> zeroinitializer
  %1158 = load <8 x float>, <8 x float>* %17, align 32
  %1159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1149, <8 x float> %1158)
  store <8 x float> %1159, <8 x float>* %17, align 32
  %1160 = load <8 x float>, <8 x float>* %13, align 32
  %1161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1153, <8 x float> %1160)
  store <8 x float> %1161, <8 x float>* %13, align 32
  %1162 = add i64 %1144, 8
  %1163 = getelementptr inbounds float, float* %52, i64 %1162
  %1164 = load float, float* %1163, align 4
  %1165 = insertelement <8 x float> undef, float %1164, i32 0
  %splat74 = shufflevector <8 x float> %1165, <8 x float> undef, <8 x i32> zeroinitializer
  %1166 = load <8 x float>, <8 x float>* %16, align 32
  %1167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1149, <8 x float> %1166)
  store <8 x float> %1167, <8 x float>* %16, align 32
  %1168 = load <8 x float>, <8 x float>* %12, align 32
  %1169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1153, <8 x float> %1168)
  store <8 x float> %1169, <8 x float>* %12, align 32
  %1170 = add i64 %1144, 16
  %1171 = getelementptr inbounds float, float* %52, i64 %1170
  %1172 = load float, float* %1171, align 4
  %1173 = insertelement <8 x float> undef, float %1172, i32 0
  %splat75 = shufflevector <8 x float> %1173, <8 x float> undef, <8 x i32> zeroinitializer
  %1174 = load <8 x float>, <8 x float>* %15, align 32
  %1175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1149, <8 x float> %1174)
  store <8 x float> %1175, <8 x float>* %15, align 32
  %1176 = load <8 x float>, <8 x float>* %11, align 32
  %1177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1153, <8 x float> %1176)
  store <8 x float> %1177, <8 x float>* %11, align 32
  %1178 = add i64 %1144, 24
  %1179 = getelementptr inbounds float, float* %52, i64 %1178
  %1180 = load float, float* %1179, align 4
  %1181 = insertelement <8 x float> undef, float %1180, i32 0
  %splat76 = shufflevector <8 x float> %1181, <8 x float> undef, <8 x i32> zeroinitializer
  %1182 = load <8 x float>, <8 x float>* %14, align 32
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1149, <8 x float> %1182)
  store <8 x float> %1183, <8 x float>* %14, align 32
  %1184 = load <8 x float>, <8 x float>* %10, align 32
  %1185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1153, <8 x float> %1184)
  store <8 x float> %1185, <8 x float>* %10, align 32
  %1186 = add i64 %1145, 8
  %1187 = getelementptr inbounds float, float* %4, i64 %1186
  %1188 = bitcast float* %1187 to <8 x float>*
  %1189 = load <8 x float>, <8 x float>* %1188, align 4
  %1190 = add i64 %1145, 1032
  %1191 = getelementptr inbounds float, float* %4, i64 %1190
  %1192 = bitcast float* %1191 to <8 x float>*
  %1193 = load <8 x float>, <8 x float>* %1192, align 4
  %1194 = add i64 %1144, 1
  %1195 = getelementptr inbounds float, float* %52, i64 %1194
  %1196 = load float, float* %1195, align 4
  %1197 = insertelement <8 x float> undef, float %1196, i32 0
  %splat77 = shufflevector <8 x float> %1197, <8 x float> undef, <8 x i32> zeroinitializer
  %1198 = load <8 x float>, <8 x float>* %17, align 32
  %1199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1189, <8 x float> %1198)
  store <8 x float> %1199, <8 x float>* %17, align 32
  %1200 = load <8 x float>, <8 x float>* %13, align 32
  %1201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1193, <8 x float> %1200)
  store <8 x float> %1201, <8 x float>* %13, align 32
  %1202 = add i64 %1144, 9
  %1203 = getelementptr inbounds float, float* %52, i64 %1202
  %1204 = load float, float* %1203, align 4
  %1205 = insertelement <8 x float> undef, float %1204, i32 0
  %splat78 = shufflevector <8 x float> %1205, <8 x float> undef, <8 x i32> zeroinitializer
  %1206 = load <8 x float>, <8 x float>* %16, align 32
  %1207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1189, <8 x float> %1206)
  store <8 x float> %1207, <8 x float>* %16, align 32
  %1208 = load <8 x float>, <8 x float>* %12, align 32
  %1209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1193, <8 x float> %1208)
  store <8 x float> %1209, <8 x float>* %12, align 32
  %1210 = add i64 %1144, 17
  %1211 = getelementptr inbounds float, float* %52, i64 %1210
  %1212 = load float, float* %1211, align 4
  %1213 = insertelement <8 x float> undef, float %1212, i32 0
  %splat79 = shufflevector <8 x float> %1213, <8 x float> undef, <8 x i32> zeroinitializer
  %1214 = load <8 x float>, <8 x float>* %15, align 32
  %1215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1189, <8 x float> %1214)
  store <8 x float> %1215, <8 x float>* %15, align 32
  %1216 = load <8 x float>, <8 x float>* %11, align 32
  %1217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1193, <8 x float> %1216)
  store <8 x float> %1217, <8 x float>* %11, align 32
  %1218 = add i64 %1144, 25
  %1219 = getelementptr inbounds float, float* %52, i64 %1218
  %1220 = load float, float* %1219, align 4
  %1221 = insertelement <8 x float> undef, float %1220, i32 0
  %splat80 = shufflevector <8 x float> %1221, <8 x float> undef, <8 x i32> zeroinitializer
  %1222 = load <8 x float>, <8 x float>* %14, align 32
  %1223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1189, <8 x float> %1222)
  store <8 x float> %1223, <8 x float>* %14, align 32
  %1224 = load <8 x float>, <8 x float>* %10, align 32
  %1225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1193, <8 x float> %1224)
  store <8 x float> %1225, <8 x float>* %10, align 32
  %1226 = add i64 %1145, 16
  %1227 = getelementptr inbounds float, float* %4, i64 %1226
  %1228 = bitcast float* %1227 to <8 x float>*
  %1229 = load <8 x float>, <8 x float>* %1228, align 4
  %1230 = add i64 %1145, 1040
  %1231 = getelementptr inbounds float, float* %4, i64 %1230
  %1232 = bitcast float* %1231 to <8 x float>*
  %1233 = load <8 x float>, <8 x float>* %1232, align 4
  %1234 = add i64 %1144, 2
  %1235 = getelementptr inbounds float, float* %52, i64 %1234
  %1236 = load float, float* %1235, align 4
  %1237 = insertelement <8 x float> undef, float %1236, i32 0
  %splat81 = shufflevector <8 x float> %1237, <8 x float> undef, <8 x i32> zeroinitializer
  %1238 = load <8 x float>, <8 x float>* %17, align 32
  %1239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1229, <8 x float> %1238)
  store <8 x float> %1239, <8 x float>* %17, align 32
  %1240 = load <8 x float>, <8 x float>* %13, align 32
  %1241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1233, <8 x float> %1240)
  store <8 x float> %1241, <8 x float>* %13, align 32
  %1242 = add i64 %1144, 10
  %1243 = getelementptr inbounds float, float* %52, i64 %1242
  %1244 = load float, float* %1243, align 4
  %1245 = insertelement <8 x float> undef, float %1244, i32 0
  %splat82 = shufflevector <8 x float> %1245, <8 x float> undef, <8 x i32> zeroinitializer
  %1246 = load <8 x float>, <8 x float>* %16, align 32
  %1247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1229, <8 x float> %1246)
  store <8 x float> %1247, <8 x float>* %16, align 32
  %1248 = load <8 x float>, <8 x float>* %12, align 32
  %1249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1233, <8 x float> %1248)
  store <8 x float> %1249, <8 x float>* %12, align 32
  %1250 = add i64 %1144, 18
  %1251 = getelementptr inbounds float, float* %52, i64 %1250
  %1252 = load float, float* %1251, align 4
  %1253 = insertelement <8 x float> undef, float %1252, i32 0
  %splat83 = shufflevector <8 x float> %1253, <8 x float> undef, <8 x i32> zeroinitializer
  %1254 = load <8 x float>, <8 x float>* %15, align 32
  %1255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1229, <8 x float> %1254)
  store <8 x float> %1255, <8 x float>* %15, align 32
  %1256 = load <8 x float>, <8 x float>* %11, align 32
  %1257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1233, <8 x float> %1256)
  store <8 x float> %1257, <8 x float>* %11, align 32
  %1258 = add i64 %1144, 26
  %1259 = getelementptr inbounds float, float* %52, i64 %1258
  %1260 = load float, float* %1259, align 4
  %1261 = insertelement <8 x float> undef, float %1260, i32 0
  %splat84 = shufflevector <8 x float> %1261, <8 x float> undef, <8 x i32> zeroinitializer
  %1262 = load <8 x float>, <8 x float>* %14, align 32
  %1263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1229, <8 x float> %1262)
  store <8 x float> %1263, <8 x float>* %14, align 32
  %1264 = load <8 x float>, <8 x float>* %10, align 32
  %1265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1233, <8 x float> %1264)
  store <8 x float> %1265, <8 x float>* %10, align 32
  %1266 = add i64 %1145, 24
  %1267 = getelementptr inbounds float, float* %4, i64 %1266
  %1268 = bitcast float* %1267 to <8 x float>*
  %1269 = load <8 x float>, <8 x float>* %1268, align 4
  %1270 = add i64 %1145, 1048
  %1271 = getelementptr inbounds float, float* %4, i64 %1270
  %1272 = bitcast float* %1271 to <8 x float>*
  %1273 = load <8 x float>, <8 x float>* %1272, align 4
  %1274 = add i64 %1144, 3
  %1275 = getelementptr inbounds float, float* %52, i64 %1274
  %1276 = load float, float* %1275, align 4
  %1277 = insertelement <8 x float> undef, float %1276, i32 0
  %splat85 = shufflevector <8 x float> %1277, <8 x float> undef, <8 x i32> zeroinitializer
  %1278 = load <8 x float>, <8 x float>* %17, align 32
  %1279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1269, <8 x float> %1278)
  store <8 x float> %1279, <8 x float>* %17, align 32
  %1280 = load <8 x float>, <8 x float>* %13, align 32
  %1281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1273, <8 x float> %1280)
  store <8 x float> %1281, <8 x float>* %13, align 32
  %1282 = add i64 %1144, 11
  %1283 = getelementptr inbounds float, float* %52, i64 %1282
  %1284 = load float, float* %1283, align 4
  %1285 = insertelement <8 x float> undef, float %1284, i32 0
  %splat86 = shufflevector <8 x float> %1285, <8 x float> undef, <8 x i32> zeroinitializer
  %1286 = load <8 x float>, <8 x float>* %16, align 32
  %1287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1269, <8 x float> %1286)
  store <8 x float> %1287, <8 x float>* %16, align 32
  %1288 = load <8 x float>, <8 x float>* %12, align 32
  %1289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1273, <8 x float> %1288)
  store <8 x float> %1289, <8 x float>* %12, align 32
  %1290 = add i64 %1144, 19
  %1291 = getelementptr inbounds float, float* %52, i64 %1290
  %1292 = load float, float* %1291, align 4
  %1293 = insertelement <8 x float> undef, float %1292, i32 0
  %splat87 = shufflevector <8 x float> %1293, <8 x float> undef, <8 x i32> zeroinitializer
  %1294 = load <8 x float>, <8 x float>* %15, align 32
  %1295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1269, <8 x float> %1294)
  store <8 x float> %1295, <8 x float>* %15, align 32
  %1296 = load <8 x float>, <8 x float>* %11, align 32
  %1297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1273, <8 x float> %1296)
  store <8 x float> %1297, <8 x float>* %11, align 32
  %1298 = add i64 %1144, 27
  %1299 = getelementptr inbounds float, float* %52, i64 %1298
  %1300 = load float, float* %1299, align 4
  %1301 = insertelement <8 x float> undef, float %1300, i32 0
  %splat88 = shufflevector <8 x float> %1301, <8 x float> undef, <8 x i32> zeroinitializer
  %1302 = load <8 x float>, <8 x float>* %14, align 32
  %1303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1269, <8 x float> %1302)
  store <8 x float> %1303, <8 x float>* %14, align 32
  %1304 = load <8 x float>, <8 x float>* %10, align 32
  %1305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1273, <8 x float> %1304)
  store <8 x float> %1305, <8 x float>* %10, align 32
  %1306 = add i64 %1145, 32
  %1307 = getelementptr inbounds float, float* %4, i64 %1306
  %1308 = bitcast float* %1307 to <8 x float>*
  %1309 = load <8 x float>, <8 x float>* %1308, align 4
  %1310 = add i64 %1145, 1056
  %1311 = getelementptr inbounds float, float* %4, i64 %1310
  %1312 = bitcast float* %1311 to <8 x float>*
  %1313 = load <8 x float>, <8 x float>* %1312, align 4
  %1314 = add i64 %1144, 4
  %1315 = getelementptr inbounds float, float* %52, i64 %1314
  %1316 = load float, float* %1315, align 4
  %1317 = insertelement <8 x float> undef, float %1316, i32 0
  %splat89 = shufflevector <8 x float> %1317, <8 x float> undef, <8 x i32> zeroinitializer
  %1318 = load <8 x float>, <8 x float>* %17, align 32
  %1319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1309, <8 x float> %1318)
  store <8 x float> %1319, <8 x float>* %17, align 32
  %1320 = load <8 x float>, <8 x float>* %13, align 32
  %1321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1313, <8 x float> %1320)
  store <8 x float> %1321, <8 x float>* %13, align 32
  %1322 = add i64 %1144, 12
  %1323 = getelementptr inbounds float, float* %52, i64 %1322
  %1324 = load float, float* %1323, align 4
  %1325 = insertelement <8 x float> undef, float %1324, i32 0
  %splat90 = shufflevector <8 x float> %1325, <8 x float> undef, <8 x i32> zeroinitializer
  %1326 = load <8 x float>, <8 x float>* %16, align 32
  %1327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1309, <8 x float> %1326)
  store <8 x float> %1327, <8 x float>* %16, align 32
  %1328 = load <8 x float>, <8 x float>* %12, align 32
  %1329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1313, <8 x float> %1328)
  store <8 x float> %1329, <8 x float>* %12, align 32
  %1330 = add i64 %1144, 20
  %1331 = getelementptr inbounds float, float* %52, i64 %1330
  %1332 = load float, float* %1331, align 4
  %1333 = insertelement <8 x float> undef, float %1332, i32 0
  %splat91 = shufflevector <8 x float> %1333, <8 x float> undef, <8 x i32> zeroinitializer
  %1334 = load <8 x float>, <8 x float>* %15, align 32
  %1335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1309, <8 x float> %1334)
  store <8 x float> %1335, <8 x float>* %15, align 32
  %1336 = load <8 x float>, <8 x float>* %11, align 32
  %1337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1313, <8 x float> %1336)
  store <8 x float> %1337, <8 x float>* %11, align 32
  %1338 = add i64 %1144, 28
  %1339 = getelementptr inbounds float, float* %52, i64 %1338
  %1340 = load float, float* %1339, align 4
  %1341 = insertelement <8 x float> undef, float %1340, i32 0
  %splat92 = shufflevector <8 x float> %1341, <8 x float> undef, <8 x i32> zeroinitializer
  %1342 = load <8 x float>, <8 x float>* %14, align 32
  %1343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1309, <8 x float> %1342)
  store <8 x float> %1343, <8 x float>* %14, align 32
  %1344 = load <8 x float>, <8 x float>* %10, align 32
  %1345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1313, <8 x float> %1344)
  store <8 x float> %1345, <8 x float>* %10, align 32
  %1346 = add i64 %1145, 40
  %1347 = getelementptr inbounds float, float* %4, i64 %1346
  %1348 = bitcast float* %1347 to <8 x float>*
  %1349 = load <8 x float>, <8 x float>* %1348, align 4
  %1350 = add i64 %1145, 1064
  %1351 = getelementptr inbounds float, float* %4, i64 %1350
  %1352 = bitcast float* %1351 to <8 x float>*
  %1353 = load <8 x float>, <8 x float>* %1352, align 4
  %1354 = add i64 %1144, 5
  %1355 = getelementptr inbounds float, float* %52, i64 %1354
  %1356 = load float, float* %1355, align 4
  %1357 = insertelement <8 x float> undef, float %1356, i32 0
  %splat93 = shufflevector <8 x float> %1357, <8 x float> undef, <8 x i32> zeroinitializer
  %1358 = load <8 x float>, <8 x float>* %17, align 32
  %1359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1349, <8 x float> %1358)
  store <8 x float> %1359, <8 x float>* %17, align 32
  %1360 = load <8 x float>, <8 x float>* %13, align 32
  %1361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1353, <8 x float> %1360)
  store <8 x float> %1361, <8 x float>* %13, align 32
  %1362 = add i64 %1144, 13
  %1363 = getelementptr inbounds float, float* %52, i64 %1362
  %1364 = load float, float* %1363, align 4
  %1365 = insertelement <8 x float> undef, float %1364, i32 0
  %splat94 = shufflevector <8 x float> %1365, <8 x float> undef, <8 x i32> zeroinitializer
  %1366 = load <8 x float>, <8 x float>* %16, align 32
  %1367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1349, <8 x float> %1366)
  store <8 x float> %1367, <8 x float>* %16, align 32
  %1368 = load <8 x float>, <8 x float>* %12, align 32
  %1369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1353, <8 x float> %1368)
  store <8 x float> %1369, <8 x float>* %12, align 32
  %1370 = add i64 %1144, 21
  %1371 = getelementptr inbounds float, float* %52, i64 %1370
  %1372 = load float, float* %1371, align 4
  %1373 = insertelement <8 x float> undef, float %1372, i32 0
  %splat95 = shufflevector <8 x float> %1373, <8 x float> undef, <8 x i32> zeroinitializer
  %1374 = load <8 x float>, <8 x float>* %15, align 32
  %1375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1349, <8 x float> %1374)
  store <8 x float> %1375, <8 x float>* %15, align 32
  %1376 = load <8 x float>, <8 x float>* %11, align 32
  %1377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1353, <8 x float> %1376)
  store <8 x float> %1377, <8 x float>* %11, align 32
  %1378 = add i64 %1144, 29
  %1379 = getelementptr inbounds float, float* %52, i64 %1378
  %1380 = load float, float* %1379, align 4
  %1381 = insertelement <8 x float> undef, float %1380, i32 0
  %splat96 = shufflevector <8 x float> %1381, <8 x float> undef, <8 x i32> zeroinitializer
  %1382 = load <8 x float>, <8 x float>* %14, align 32
  %1383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1349, <8 x float> %1382)
  store <8 x float> %1383, <8 x float>* %14, align 32
  %1384 = load <8 x float>, <8 x float>* %10, align 32
  %1385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1353, <8 x float> %1384)
  store <8 x float> %1385, <8 x float>* %10, align 32
  %1386 = add i64 %1145, 48
  %1387 = getelementptr inbounds float, float* %4, i64 %1386
  %1388 = bitcast float* %1387 to <8 x float>*
  %1389 = load <8 x float>, <8 x float>* %1388, align 4
  %1390 = add i64 %1145, 1072
  %1391 = getelementptr inbounds float, float* %4, i64 %1390
  %1392 = bitcast float* %1391 to <8 x float>*
  %1393 = load <8 x float>, <8 x float>* %1392, align 4
  %1394 = add i64 %1144, 6
  %1395 = getelementptr inbounds float, float* %52, i64 %1394
  %1396 = load float, float* %1395, align 4
  %1397 = insertelement <8 x float> undef, float %1396, i32 0
  %splat97 = shufflevector <8 x float> %1397, <8 x float> undef, <8 x i32> zeroinitializer
  %1398 = load <8 x float>, <8 x float>* %17, align 32
  %1399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1389, <8 x float> %1398)
  store <8 x float> %1399, <8 x float>* %17, align 32
  %1400 = load <8 x float>, <8 x float>* %13, align 32
  %1401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1393, <8 x float> %1400)
  store <8 x float> %1401, <8 x float>* %13, align 32
  %1402 = add i64 %1144, 14
  %1403 = getelementptr inbounds float, float* %52, i64 %1402
  %1404 = load float, float* %1403, align 4
  %1405 = insertelement <8 x float> undef, float %1404, i32 0
  %splat98 = shufflevector <8 x float> %1405, <8 x float> undef, <8 x i32> zeroinitializer
  %1406 = load <8 x float>, <8 x float>* %16, align 32
  %1407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1389, <8 x float> %1406)
  store <8 x float> %1407, <8 x float>* %16, align 32
  %1408 = load <8 x float>, <8 x float>* %12, align 32
  %1409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1393, <8 x float> %1408)
  store <8 x float> %1409, <8 x float>* %12, align 32
  %1410 = add i64 %1144, 22
  %1411 = getelementptr inbounds float, float* %52, i64 %1410
  %1412 = load float, float* %1411, align 4
  %1413 = insertelement <8 x float> undef, float %1412, i32 0
  %splat99 = shufflevector <8 x float> %1413, <8 x float> undef, <8 x i32> zeroinitializer
  %1414 = load <8 x float>, <8 x float>* %15, align 32
  %1415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1389, <8 x float> %1414)
  store <8 x float> %1415, <8 x float>* %15, align 32
  %1416 = load <8 x float>, <8 x float>* %11, align 32
  %1417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1393, <8 x float> %1416)
  store <8 x float> %1417, <8 x float>* %11, align 32
  %1418 = add i64 %1144, 30
  %1419 = getelementptr inbounds float, float* %52, i64 %1418
  %1420 = load float, float* %1419, align 4
  %1421 = insertelement <8 x float> undef, float %1420, i32 0
  %splat100 = shufflevector <8 x float> %1421, <8 x float> undef, <8 x i32> zeroinitializer
  %1422 = load <8 x float>, <8 x float>* %14, align 32
  %1423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1389, <8 x float> %1422)
  store <8 x float> %1423, <8 x float>* %14, align 32
  %1424 = load <8 x float>, <8 x float>* %10, align 32
  %1425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1393, <8 x float> %1424)
  store <8 x float> %1425, <8 x float>* %10, align 32
  %1426 = add i64 %1145, 56
  %1427 = getelementptr inbounds float, float* %4, i64 %1426
  %1428 = bitcast float* %1427 to <8 x float>*
  %1429 = load <8 x float>, <8 x float>* %1428, align 4
  %1430 = add i64 %1145, 1080
  %1431 = getelementptr inbounds float, float* %4, i64 %1430
  %1432 = bitcast float* %1431 to <8 x float>*
  %1433 = load <8 x float>, <8 x float>* %1432, align 4
  %1434 = add i64 %1144, 7
  %1435 = getelementptr inbounds float, float* %52, i64 %1434
  %1436 = load float, float* %1435, align 4
  %1437 = insertelement <8 x float> undef, float %1436, i32 0
  %splat101 = shufflevector <8 x float> %1437, <8 x float> undef, <8 x i32> zeroinitializer
  %1438 = load <8 x float>, <8 x float>* %17, align 32
  %1439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1429, <8 x float> %1438)
  store <8 x float> %1439, <8 x float>* %17, align 32
  %1440 = load <8 x float>, <8 x float>* %13, align 32
  %1441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1433, <8 x float> %1440)
  store <8 x float> %1441, <8 x float>* %13, align 32
  %1442 = add i64 %1144, 15
  %1443 = getelementptr inbounds float, float* %52, i64 %1442
  %1444 = load float, float* %1443, align 4
  %1445 = insertelement <8 x float> undef, float %1444, i32 0
  %splat102 = shufflevector <8 x float> %1445, <8 x float> undef, <8 x i32> zeroinitializer
  %1446 = load <8 x float>, <8 x float>* %16, align 32
  %1447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1429, <8 x float> %1446)
  store <8 x float> %1447, <8 x float>* %16, align 32
  %1448 = load <8 x float>, <8 x float>* %12, align 32
  %1449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1433, <8 x float> %1448)
  store <8 x float> %1449, <8 x float>* %12, align 32
  %1450 = add i64 %1144, 23
  %1451 = getelementptr inbounds float, float* %52, i64 %1450
  %1452 = load float, float* %1451, align 4
  %1453 = insertelement <8 x float> undef, float %1452, i32 0
  %splat103 = shufflevector <8 x float> %1453, <8 x float> undef, <8 x i32> zeroinitializer
  %1454 = load <8 x float>, <8 x float>* %15, align 32
  %1455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1429, <8 x float> %1454)
  store <8 x float> %1455, <8 x float>* %15, align 32
  %1456 = load <8 x float>, <8 x float>* %11, align 32
  %1457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1433, <8 x float> %1456)
  store <8 x float> %1457, <8 x float>* %11, align 32
  %1458 = add i64 %1144, 31
  %1459 = getelementptr inbounds float, float* %52, i64 %1458
  %1460 = load float, float* %1459, align 4
  %1461 = insertelement <8 x float> undef, float %1460, i32 0
  %splat104 = shufflevector <8 x float> %1461, <8 x float> undef, <8 x i32> zeroinitializer
  %1462 = load <8 x float>, <8 x float>* %14, align 32
  %1463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1429, <8 x float> %1462)
  store <8 x float> %1463, <8 x float>* %14, align 32
  %1464 = load <8 x float>, <8 x float>* %10, align 32
  %1465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1433, <8 x float> %1464)
  store <8 x float> %1465, <8 x float>* %10, align 32
  %u.next105 = add i64 %u72, 1
  br label %u.header69

u.exit71:                                         ; preds = %u.header69
  %1466 = load <8 x float>, <8 x float>* %17, align 32
  %1467 = fcmp olt <8 x float> %1466, zeroinitializer
  %1468 = select <8 x i1> %1467, <8 x float> zeroinitializer, <8 x float> %1466
  %1469 = getelementptr inbounds float, float* %0, i64 %584
  %1470 = bitcast float* %1469 to <8 x float>*
  store <8 x float> %1468, <8 x float>* %1470, align 4
  %1471 = load <8 x float>, <8 x float>* %16, align 32
  %1472 = fcmp olt <8 x float> %1471, zeroinitializer
  %1473 = select <8 x i1> %1472, <8 x float> zeroinitializer, <8 x float> %1471
  %1474 = getelementptr inbounds float, float* %0, i64 %587
  %1475 = bitcast float* %1474 to <8 x float>*
  store <8 x float> %1473, <8 x float>* %1475, align 4
  %1476 = load <8 x float>, <8 x float>* %15, align 32
  %1477 = fcmp olt <8 x float> %1476, zeroinitializer
  %1478 = select <8 x i1> %1477, <8 x float> zeroinitializer, <8 x float> %1476
  %1479 = getelementptr inbounds float, float* %0, i64 %590
  %1480 = bitcast float* %1479 to <8 x float>*
  store <8 x float> %1478, <8 x float>* %1480, align 4
  %1481 = load <8 x float>, <8 x float>* %14, align 32
  %1482 = fcmp olt <8 x float> %1481, zeroinitializer
  %1483 = select <8 x i1> %1482, <8 x float> zeroinitializer, <8 x float> %1481
  %1484 = getelementptr inbounds float, float* %0, i64 %593
  %1485 = bitcast float* %1484 to <8 x float>*
  store <8 x float> %1483, <8 x float>* %1485, align 4
  %1486 = load <8 x float>, <8 x float>* %13, align 32
  %1487 = fcmp olt <8 x float> %1486, zeroinitializer
  %1488 = select <8 x i1> %1487, <8 x float> zeroinitializer, <8 x float> %1486
  %1489 = getelementptr inbounds float, float* %0, i64 %600
  %1490 = bitcast float* %1489 to <8 x float>*
  store <8 x float> %1488, <8 x float>* %1490, align 4
  %1491 = load <8 x float>, <8 x float>* %12, align 32
  %1492 = fcmp olt <8 x float> %1491, zeroinitializer
  %1493 = select <8 x i1> %1492, <8 x float> zeroinitializer, <8 x float> %1491
  %1494 = getelementptr inbounds float, float* %0, i64 %603
  %1495 = bitcast float* %1494 to <8 x float>*
  store <8 x float> %1493, <8 x float>* %1495, align 4
  %1496 = load <8 x float>, <8 x float>* %11, align 32
  %1497 = fcmp olt <8 x float> %1496, zeroinitializer
  %1498 = select <8 x i1> %1497, <8 x float> zeroinitializer, <8 x float> %1496
  %1499 = getelementptr inbounds float, float* %0, i64 %606
  %1500 = bitcast float* %1499 to <8 x float>*
  store <8 x float> %1498, <8 x float>* %1500, align 4
  %1501 = load <8 x float>, <8 x float>* %10, align 32
  %1502 = fcmp olt <8 x float> %1501, zeroinitializer
  %1503 = select <8 x i1> %1502, <8 x float> zeroinitializer, <8 x float> %1501
  %1504 = getelementptr inbounds float, float* %0, i64 %609
  %1505 = bitcast float* %1504 to <8 x float>*
  store <8 x float> %1503, <8 x float>* %1505, align 4
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

band.row.header:                                  ; preds = %kh.exit19, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit19 ]
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
  br label %x.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !10

x.header:                                         ; preds = %kh.exit, %band.row.body
  %x = phi i64 [ 1, %band.row.body ], [ %x.next, %kh.exit ]
  %74 = icmp slt i64 %x, 23
  br i1 %74, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %73, <8 x float>* %46, align 32
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
  %75 = mul i64 %x, 1
  %76 = sub i64 %75, 1
  br label %kh.header

x.exit:                                           ; preds = %x.header
  store <8 x float> %73, <8 x float>* %35, align 32
  store <8 x float> %73, <8 x float>* %34, align 32
  store <8 x float> %73, <8 x float>* %33, align 32
  store <8 x float> %73, <8 x float>* %32, align 32
  br label %kh.header1

kh.header:                                        ; preds = %endif, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %endif ]
  %77 = icmp slt i64 %kh, 3
  br i1 %77, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %78 = mul i64 %kh, 1
  %79 = add i64 %69, %78
  %80 = icmp sge i64 %79, 0
  %81 = icmp slt i64 %79, 28
  %82 = and i1 %80, %81
  br i1 %82, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %83 = add i64 %x, 0
  %84 = mul i64 %83, 8
  %85 = add i64 %65, %84
  %86 = load <8 x float>, <8 x float>* %46, align 32
  %87 = fcmp olt <8 x float> %86, zeroinitializer
  %88 = select <8 x i1> %87, <8 x float> zeroinitializer, <8 x float> %86
  %89 = getelementptr inbounds float, float* %52, i64 %85
  %90 = bitcast float* %89 to <8 x float>*
  store <8 x float> %88, <8 x float>* %90, align 4
  %91 = add i64 %x, 1
  %92 = mul i64 %91, 8
  %93 = add i64 %65, %92
  %94 = load <8 x float>, <8 x float>* %45, align 32
  %95 = fcmp olt <8 x float> %94, zeroinitializer
  %96 = select <8 x i1> %95, <8 x float> zeroinitializer, <8 x float> %94
  %97 = getelementptr inbounds float, float* %52, i64 %93
  %98 = bitcast float* %97 to <8 x float>*
  store <8 x float> %96, <8 x float>* %98, align 4
  %99 = add i64 %x, 2
  %100 = mul i64 %99, 8
  %101 = add i64 %65, %100
  %102 = load <8 x float>, <8 x float>* %44, align 32
  %103 = fcmp olt <8 x float> %102, zeroinitializer
  %104 = select <8 x i1> %103, <8 x float> zeroinitializer, <8 x float> %102
  %105 = getelementptr inbounds float, float* %52, i64 %101
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %104, <8 x float>* %106, align 4
  %107 = add i64 %x, 3
  %108 = mul i64 %107, 8
  %109 = add i64 %65, %108
  %110 = load <8 x float>, <8 x float>* %43, align 32
  %111 = fcmp olt <8 x float> %110, zeroinitializer
  %112 = select <8 x i1> %111, <8 x float> zeroinitializer, <8 x float> %110
  %113 = getelementptr inbounds float, float* %52, i64 %109
  %114 = bitcast float* %113 to <8 x float>*
  store <8 x float> %112, <8 x float>* %114, align 4
  %115 = add i64 %x, 4
  %116 = mul i64 %115, 8
  %117 = add i64 %65, %116
  %118 = load <8 x float>, <8 x float>* %42, align 32
  %119 = fcmp olt <8 x float> %118, zeroinitializer
  %120 = select <8 x i1> %119, <8 x float> zeroinitializer, <8 x float> %118
  %121 = getelementptr inbounds float, float* %52, i64 %117
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %120, <8 x float>* %122, align 4
  %123 = add i64 %x, 5
  %124 = mul i64 %123, 8
  %125 = add i64 %65, %124
  %126 = load <8 x float>, <8 x float>* %41, align 32
  %127 = fcmp olt <8 x float> %126, zeroinitializer
  %128 = select <8 x i1> %127, <8 x float> zeroinitializer, <8 x float> %126
  %129 = getelementptr inbounds float, float* %52, i64 %125
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %128, <8 x float>* %130, align 4
  %131 = add i64 %x, 6
  %132 = mul i64 %131, 8
  %133 = add i64 %65, %132
  %134 = load <8 x float>, <8 x float>* %40, align 32
  %135 = fcmp olt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> zeroinitializer, <8 x float> %134
  %137 = getelementptr inbounds float, float* %52, i64 %133
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %136, <8 x float>* %138, align 4
  %139 = add i64 %x, 7
  %140 = mul i64 %139, 8
  %141 = add i64 %65, %140
  %142 = load <8 x float>, <8 x float>* %39, align 32
  %143 = fcmp olt <8 x float> %142, zeroinitializer
  %144 = select <8 x i1> %143, <8 x float> zeroinitializer, <8 x float> %142
  %145 = getelementptr inbounds float, float* %52, i64 %141
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %144, <8 x float>* %146, align 4
  %147 = add i64 %x, 8
  %148 = mul i64 %147, 8
  %149 = add i64 %65, %148
  %150 = load <8 x float>, <8 x float>* %38, align 32
  %151 = fcmp olt <8 x float> %150, zeroinitializer
  %152 = select <8 x i1> %151, <8 x float> zeroinitializer, <8 x float> %150
  %153 = getelementptr inbounds float, float* %52, i64 %149
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %152, <8 x float>* %154, align 4
  %155 = add i64 %x, 9
  %156 = mul i64 %155, 8
  %157 = add i64 %65, %156
  %158 = load <8 x float>, <8 x float>* %37, align 32
  %159 = fcmp olt <8 x float> %158, zeroinitializer
  %160 = select <8 x i1> %159, <8 x float> zeroinitializer, <8 x float> %158
  %161 = getelementptr inbounds float, float* %52, i64 %157
  %162 = bitcast float* %161 to <8 x float>*
  store <8 x float> %160, <8 x float>* %162, align 4
  %163 = add i64 %x, 10
  %164 = mul i64 %163, 8
  %165 = add i64 %65, %164
  %166 = load <8 x float>, <8 x float>* %36, align 32
  %167 = fcmp olt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> zeroinitializer, <8 x float> %166
  %169 = getelementptr inbounds float, float* %52, i64 %165
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %168, <8 x float>* %170, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then:                                             ; preds = %kh.body
  %171 = mul i64 %79, 224
  %172 = add i64 %67, %171
  %173 = mul i64 %66, 3
  %174 = add i64 %173, %kh
  %175 = mul i64 %174, 24
  %176 = add i64 %175, 0
  %177 = getelementptr inbounds float, float* %6, i64 %176
  %178 = bitcast float* %177 to <8 x float>*
  %179 = load <8 x float>, <8 x float>* %178, align 4
  %180 = add i64 %175, 8
  %181 = getelementptr inbounds float, float* %6, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  %183 = load <8 x float>, <8 x float>* %182, align 4
  %184 = add i64 %175, 16
  %185 = getelementptr inbounds float, float* %6, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  %187 = load <8 x float>, <8 x float>* %186, align 4
  %188 = mul i64 %76, 8
  %189 = add i64 %172, %188
  %190 = add i64 %189, 0
  %191 = getelementptr inbounds float, float* %1, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = load <8 x float>, <8 x float>* %46, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> %179, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %46, align 32
  %196 = add i64 %189, 8
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = load <8 x float>, <8 x float>* %46, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> %183, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %46, align 32
  %202 = load <8 x float>, <8 x float>* %45, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> %179, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %45, align 32
  %204 = add i64 %189, 16
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = load <8 x float>, <8 x float>* %46, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %207, <8 x float> %187, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %46, align 32
  %210 = load <8 x float>, <8 x float>* %45, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %207, <8 x float> %183, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %45, align 32
  %212 = load <8 x float>, <8 x float>* %44, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %207, <8 x float> %179, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %44, align 32
  %214 = add i64 %189, 24
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  %217 = load <8 x float>, <8 x float>* %216, align 4
  %218 = load <8 x float>, <8 x float>* %45, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %217, <8 x float> %187, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %45, align 32
  %220 = load <8 x float>, <8 x float>* %44, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %217, <8 x float> %183, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %44, align 32
  %222 = load <8 x float>, <8 x float>* %43, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %217, <8 x float> %179, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %43, align 32
  %224 = add i64 %189, 32
  %225 = getelementptr inbounds float, float* %1, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  %227 = load <8 x float>, <8 x float>* %226, align 4
  %228 = load <8 x float>, <8 x float>* %44, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %227, <8 x float> %187, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %44, align 32
  %230 = load <8 x float>, <8 x float>* %43, align 32
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %227, <8 x float> %183, <8 x float> %230)
  store <8 x float> %231, <8 x float>* %43, align 32
  %232 = load <8 x float>, <8 x float>* %42, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %227, <8 x float> %179, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %42, align 32
  %234 = add i64 %189, 40
  %235 = getelementptr inbounds float, float* %1, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  %237 = load <8 x float>, <8 x float>* %236, align 4
  %238 = load <8 x float>, <8 x float>* %43, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> %187, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %43, align 32
  %240 = load <8 x float>, <8 x float>* %42, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> %183, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %42, align 32
  %242 = load <8 x float>, <8 x float>* %41, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> %179, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %41, align 32
  %244 = add i64 %189, 48
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  %247 = load <8 x float>, <8 x float>* %246, align 4
  %248 = load <8 x float>, <8 x float>* %42, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %187, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %42, align 32
  %250 = load <8 x float>, <8 x float>* %41, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %183, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %41, align 32
  %252 = load <8 x float>, <8 x float>* %40, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %179, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %40, align 32
  %254 = add i64 %189, 56
  %255 = getelementptr inbounds float, float* %1, i64 %254
  %256 = bitcast float* %255 to <8 x float>*
  %257 = load <8 x float>, <8 x float>* %256, align 4
  %258 = load <8 x float>, <8 x float>* %41, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %187, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %41, align 32
  %260 = load <8 x float>, <8 x float>* %40, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %183, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %40, align 32
  %262 = load <8 x float>, <8 x float>* %39, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %179, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %39, align 32
  %264 = add i64 %189, 64
  %265 = getelementptr inbounds float, float* %1, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  %267 = load <8 x float>, <8 x float>* %266, align 4
  %268 = load <8 x float>, <8 x float>* %40, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %187, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %40, align 32
  %270 = load <8 x float>, <8 x float>* %39, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %183, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %39, align 32
  %272 = load <8 x float>, <8 x float>* %38, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %179, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %38, align 32
  %274 = add i64 %189, 72
  %275 = getelementptr inbounds float, float* %1, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  %277 = load <8 x float>, <8 x float>* %276, align 4
  %278 = load <8 x float>, <8 x float>* %39, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %187, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %39, align 32
  %280 = load <8 x float>, <8 x float>* %38, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %183, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %38, align 32
  %282 = load <8 x float>, <8 x float>* %37, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %179, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %37, align 32
  %284 = add i64 %189, 80
  %285 = getelementptr inbounds float, float* %1, i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  %287 = load <8 x float>, <8 x float>* %286, align 4
  %288 = load <8 x float>, <8 x float>* %38, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %287, <8 x float> %187, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %38, align 32
  %290 = load <8 x float>, <8 x float>* %37, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %287, <8 x float> %183, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %37, align 32
  %292 = load <8 x float>, <8 x float>* %36, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %287, <8 x float> %179, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %36, align 32
  %294 = add i64 %189, 88
  %295 = getelementptr inbounds float, float* %1, i64 %294
  %296 = bitcast float* %295 to <8 x float>*
  %297 = load <8 x float>, <8 x float>* %296, align 4
  %298 = load <8 x float>, <8 x float>* %37, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %297, <8 x float> %187, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %37, align 32
  %300 = load <8 x float>, <8 x float>* %36, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %297, <8 x float> %183, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %36, align 32
  %302 = add i64 %189, 96
  %303 = getelementptr inbounds float, float* %1, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  %305 = load <8 x float>, <8 x float>* %304, align 4
  %306 = load <8 x float>, <8 x float>* %36, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %187, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %36, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %x.exit
  %kh4 = phi i64 [ 0, %x.exit ], [ %kh.next7, %endif6 ]
  %308 = icmp slt i64 %kh4, 3
  br i1 %308, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %309 = mul i64 %kh4, 1
  %310 = add i64 %69, %309
  %311 = icmp sge i64 %310, 0
  %312 = icmp slt i64 %310, 28
  %313 = and i1 %311, %312
  br i1 %313, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %314 = add i64 %65, 184
  %315 = load <8 x float>, <8 x float>* %35, align 32
  %316 = fcmp olt <8 x float> %315, zeroinitializer
  %317 = select <8 x i1> %316, <8 x float> zeroinitializer, <8 x float> %315
  %318 = getelementptr inbounds float, float* %52, i64 %314
  %319 = bitcast float* %318 to <8 x float>*
  store <8 x float> %317, <8 x float>* %319, align 4
  %320 = add i64 %65, 192
  %321 = load <8 x float>, <8 x float>* %34, align 32
  %322 = fcmp olt <8 x float> %321, zeroinitializer
  %323 = select <8 x i1> %322, <8 x float> zeroinitializer, <8 x float> %321
  %324 = getelementptr inbounds float, float* %52, i64 %320
  %325 = bitcast float* %324 to <8 x float>*
  store <8 x float> %323, <8 x float>* %325, align 4
  %326 = add i64 %65, 200
  %327 = load <8 x float>, <8 x float>* %33, align 32
  %328 = fcmp olt <8 x float> %327, zeroinitializer
  %329 = select <8 x i1> %328, <8 x float> zeroinitializer, <8 x float> %327
  %330 = getelementptr inbounds float, float* %52, i64 %326
  %331 = bitcast float* %330 to <8 x float>*
  store <8 x float> %329, <8 x float>* %331, align 4
  %332 = add i64 %65, 208
  %333 = load <8 x float>, <8 x float>* %32, align 32
  %334 = fcmp olt <8 x float> %333, zeroinitializer
  %335 = select <8 x i1> %334, <8 x float> zeroinitializer, <8 x float> %333
  %336 = getelementptr inbounds float, float* %52, i64 %332
  %337 = bitcast float* %336 to <8 x float>*
  store <8 x float> %335, <8 x float>* %337, align 4
  store <8 x float> %73, <8 x float>* %31, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %338 = mul i64 %310, 224
  %339 = add i64 %67, %338
  %340 = mul i64 %66, 3
  %341 = add i64 %340, %kh4
  %342 = mul i64 %341, 24
  %343 = add i64 %342, 0
  %344 = getelementptr inbounds float, float* %6, i64 %343
  %345 = bitcast float* %344 to <8 x float>*
  %346 = load <8 x float>, <8 x float>* %345, align 4
  %347 = add i64 %342, 8
  %348 = getelementptr inbounds float, float* %6, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  %350 = load <8 x float>, <8 x float>* %349, align 4
  %351 = add i64 %342, 16
  %352 = getelementptr inbounds float, float* %6, i64 %351
  %353 = bitcast float* %352 to <8 x float>*
  %354 = load <8 x float>, <8 x float>* %353, align 4
  %355 = add i64 %339, 176
  %356 = add i64 %355, 0
  %357 = getelementptr inbounds float, float* %1, i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  %359 = load <8 x float>, <8 x float>* %358, align 4
  %360 = load <8 x float>, <8 x float>* %35, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %346, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %35, align 32
  %362 = add i64 %355, 8
  %363 = getelementptr inbounds float, float* %1, i64 %362
  %364 = bitcast float* %363 to <8 x float>*
  %365 = load <8 x float>, <8 x float>* %364, align 4
  %366 = load <8 x float>, <8 x float>* %35, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %350, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %35, align 32
  %368 = load <8 x float>, <8 x float>* %34, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %346, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %34, align 32
  %370 = add i64 %355, 16
  %371 = getelementptr inbounds float, float* %1, i64 %370
  %372 = bitcast float* %371 to <8 x float>*
  %373 = load <8 x float>, <8 x float>* %372, align 4
  %374 = load <8 x float>, <8 x float>* %35, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %354, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %35, align 32
  %376 = load <8 x float>, <8 x float>* %34, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %350, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %34, align 32
  %378 = load <8 x float>, <8 x float>* %33, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %346, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %33, align 32
  %380 = add i64 %355, 24
  %381 = getelementptr inbounds float, float* %1, i64 %380
  %382 = bitcast float* %381 to <8 x float>*
  %383 = load <8 x float>, <8 x float>* %382, align 4
  %384 = load <8 x float>, <8 x float>* %34, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %383, <8 x float> %354, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %34, align 32
  %386 = load <8 x float>, <8 x float>* %33, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %383, <8 x float> %350, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %33, align 32
  %388 = load <8 x float>, <8 x float>* %32, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %383, <8 x float> %346, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %32, align 32
  %390 = add i64 %355, 32
  %391 = getelementptr inbounds float, float* %1, i64 %390
  %392 = bitcast float* %391 to <8 x float>*
  %393 = load <8 x float>, <8 x float>* %392, align 4
  %394 = load <8 x float>, <8 x float>* %33, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %393, <8 x float> %354, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %33, align 32
  %396 = load <8 x float>, <8 x float>* %32, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %393, <8 x float> %350, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %32, align 32
  %398 = add i64 %355, 40
  %399 = getelementptr inbounds float, float* %1, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  %401 = load <8 x float>, <8 x float>* %400, align 4
  %402 = load <8 x float>, <8 x float>* %32, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %401, <8 x float> %354, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %32, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next16, %endif13 ]
  %404 = icmp slt i64 %kh11, 3
  br i1 %404, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %405 = mul i64 %kh11, 1
  %406 = add i64 %69, %405
  %407 = icmp sge i64 %406, 0
  %408 = icmp slt i64 %406, 28
  %409 = and i1 %407, %408
  br i1 %409, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %410 = add i64 %65, 0
  %411 = load <8 x float>, <8 x float>* %31, align 32
  %412 = fcmp olt <8 x float> %411, zeroinitializer
  %413 = select <8 x i1> %412, <8 x float> zeroinitializer, <8 x float> %411
  %414 = getelementptr inbounds float, float* %52, i64 %410
  %415 = bitcast float* %414 to <8 x float>*
  store <8 x float> %413, <8 x float>* %415, align 4
  store <8 x float> %73, <8 x float>* %30, align 32
  br label %kh.header17

then12:                                           ; preds = %kh.body9
  %416 = mul i64 %406, 224
  %417 = add i64 %67, %416
  %418 = mul i64 %66, 3
  %419 = add i64 %418, %kh11
  %420 = mul i64 %419, 24
  br label %kw.header

endif13:                                          ; preds = %kw.exit, %kh.body9
  %kh.next16 = add i64 %kh11, 1
  br label %kh.header8

kw.header:                                        ; preds = %endif15, %then12
  %kw = phi i64 [ 0, %then12 ], [ %kw.next, %endif15 ]
  %421 = icmp slt i64 %kw, 3
  br i1 %421, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %422 = mul i64 %kw, 1
  %423 = add i64 -1, %422
  %424 = icmp sge i64 %423, 0
  %425 = icmp slt i64 %423, 28
  %426 = and i1 %424, %425
  br i1 %426, label %then14, label %endif15

kw.exit:                                          ; preds = %kw.header
  br label %endif13

then14:                                           ; preds = %kw.body
  %427 = mul i64 %kw, 8
  %428 = add i64 %420, %427
  %429 = getelementptr inbounds float, float* %6, i64 %428
  %430 = bitcast float* %429 to <8 x float>*
  %431 = load <8 x float>, <8 x float>* %430, align 4
  %432 = mul i64 %423, 8
  %433 = add i64 %417, %432
  %434 = getelementptr inbounds float, float* %1, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  %436 = load <8 x float>, <8 x float>* %435, align 4
  %437 = load <8 x float>, <8 x float>* %31, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %436, <8 x float> %431, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %31, align 32
  br label %endif15

endif15:                                          ; preds = %then14, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header

kh.header17:                                      ; preds = %endif22, %kh.exit10
  %kh20 = phi i64 [ 0, %kh.exit10 ], [ %kh.next30, %endif22 ]
  %439 = icmp slt i64 %kh20, 3
  br i1 %439, label %kh.body18, label %kh.exit19

kh.body18:                                        ; preds = %kh.header17
  %440 = mul i64 %kh20, 1
  %441 = add i64 %69, %440
  %442 = icmp sge i64 %441, 0
  %443 = icmp slt i64 %441, 28
  %444 = and i1 %442, %443
  br i1 %444, label %then21, label %endif22

kh.exit19:                                        ; preds = %kh.header17
  %445 = add i64 %65, 216
  %446 = load <8 x float>, <8 x float>* %30, align 32
  %447 = fcmp olt <8 x float> %446, zeroinitializer
  %448 = select <8 x i1> %447, <8 x float> zeroinitializer, <8 x float> %446
  %449 = getelementptr inbounds float, float* %52, i64 %445
  %450 = bitcast float* %449 to <8 x float>*
  store <8 x float> %448, <8 x float>* %450, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !11

then21:                                           ; preds = %kh.body18
  %451 = mul i64 %441, 224
  %452 = add i64 %67, %451
  %453 = mul i64 %66, 3
  %454 = add i64 %453, %kh20
  %455 = mul i64 %454, 24
  br label %kw.header23

endif22:                                          ; preds = %kw.exit25, %kh.body18
  %kh.next30 = add i64 %kh20, 1
  br label %kh.header17

kw.header23:                                      ; preds = %endif28, %then21
  %kw26 = phi i64 [ 0, %then21 ], [ %kw.next29, %endif28 ]
  %456 = icmp slt i64 %kw26, 3
  br i1 %456, label %kw.body24, label %kw.exit25

kw.body24:                                        ; preds = %kw.header23
  %457 = mul i64 %kw26, 1
  %458 = add i64 26, %457
  %459 = icmp sge i64 %458, 0
  %460 = icmp slt i64 %458, 28
  %461 = and i1 %459, %460
  br i1 %461, label %then27, label %endif28

kw.exit25:                                        ; preds = %kw.header23
  br label %endif22

then27:                                           ; preds = %kw.body24
  %462 = mul i64 %kw26, 8
  %463 = add i64 %455, %462
  %464 = getelementptr inbounds float, float* %6, i64 %463
  %465 = bitcast float* %464 to <8 x float>*
  %466 = load <8 x float>, <8 x float>* %465, align 4
  %467 = mul i64 %458, 8
  %468 = add i64 %452, %467
  %469 = getelementptr inbounds float, float* %1, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  %471 = load <8 x float>, <8 x float>* %470, align 4
  %472 = load <8 x float>, <8 x float>* %30, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> %466, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %30, align 32
  br label %endif28

endif28:                                          ; preds = %then27, %kw.body24
  %kw.next29 = add i64 %kw26, 1
  br label %kw.header23

block.group.header:                               ; preds = %u.exit85, %channel.block.exit
  %block.group = phi i64 [ %56, %channel.block.exit ], [ %block.group.next, %u.exit85 ]
  %474 = icmp slt i64 %block.group, %59
  br i1 %474, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %475 = mul i64 %block.group, 2
  %476 = add i64 0, %475
  %477 = mul i64 %50, 112
  %478 = mul i64 %block.group, 2
  %479 = add i64 0, %478
  %480 = mul i64 %479, 2048
  br label %x.header31

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header31:                                       ; preds = %u.exit, %block.group.body
  %x34 = phi i64 [ 0, %block.group.body ], [ %x.next82, %u.exit ]
  %481 = icmp slt i64 %x34, 108
  br i1 %481, label %x.body32, label %x.exit33

x.body32:                                         ; preds = %x.header31
  %482 = add i64 %477, %x34
  %483 = mul i64 %51, 32
  %484 = add i64 %483, %476
  %485 = add i64 %484, 0
  %486 = mul i64 %485, 6272
  %487 = add i64 %482, 0
  %488 = mul i64 %487, 8
  %489 = add i64 %486, %488
  %490 = add i64 %482, 1
  %491 = mul i64 %490, 8
  %492 = add i64 %486, %491
  %493 = add i64 %482, 2
  %494 = mul i64 %493, 8
  %495 = add i64 %486, %494
  %496 = add i64 %482, 3
  %497 = mul i64 %496, 8
  %498 = add i64 %486, %497
  %499 = add i64 %482, 4
  %500 = mul i64 %499, 8
  %501 = add i64 %486, %500
  %502 = add i64 %482, 5
  %503 = mul i64 %502, 8
  %504 = add i64 %486, %503
  %505 = mul i64 %51, 32
  %506 = add i64 %505, %476
  %507 = add i64 %506, 1
  %508 = mul i64 %507, 6272
  %509 = add i64 %482, 0
  %510 = mul i64 %509, 8
  %511 = add i64 %508, %510
  %512 = add i64 %482, 1
  %513 = mul i64 %512, 8
  %514 = add i64 %508, %513
  %515 = add i64 %482, 2
  %516 = mul i64 %515, 8
  %517 = add i64 %508, %516
  %518 = add i64 %482, 3
  %519 = mul i64 %518, 8
  %520 = add i64 %508, %519
  %521 = add i64 %482, 4
  %522 = mul i64 %521, 8
  %523 = add i64 %508, %522
  %524 = add i64 %482, 5
  %525 = mul i64 %524, 8
  %526 = add i64 %508, %525
  %527 = add i64 %479, 0
  %528 = mul i64 %527, 8
  %529 = getelementptr inbounds float, float* %5, i64 %528
  %530 = bitcast float* %529 to <8 x float>*
  %531 = load <8 x float>, <8 x float>* %530, align 4
  %532 = add i64 %479, 1
  %533 = mul i64 %532, 8
  %534 = getelementptr inbounds float, float* %5, i64 %533
  %535 = bitcast float* %534 to <8 x float>*
  %536 = load <8 x float>, <8 x float>* %535, align 4
  store <8 x float> %531, <8 x float>* %29, align 32
  store <8 x float> %531, <8 x float>* %28, align 32
  store <8 x float> %531, <8 x float>* %27, align 32
  store <8 x float> %531, <8 x float>* %26, align 32
  store <8 x float> %531, <8 x float>* %25, align 32
  store <8 x float> %531, <8 x float>* %24, align 32
  store <8 x float> %536, <8 x float>* %23, align 32
  store <8 x float> %536, <8 x float>* %22, align 32
  store <8 x float> %536, <8 x float>* %21, align 32
  store <8 x float> %536, <8 x float>* %20, align 32
  store <8 x float> %536, <8 x float>* %19, align 32
  store <8 x float> %536, <8 x float>* %18, align 32
  %537 = mul i64 %x34, 8
  %538 = add i64 0, %537
  %539 = add i64 0, %538
  br label %u.header

x.exit33:                                         ; preds = %x.header31
  %540 = add i64 %477, 108
  %541 = mul i64 %51, 32
  %542 = add i64 %541, %476
  %543 = add i64 %542, 0
  %544 = mul i64 %543, 6272
  %545 = add i64 %540, 0
  %546 = mul i64 %545, 8
  %547 = add i64 %544, %546
  %548 = add i64 %540, 1
  %549 = mul i64 %548, 8
  %550 = add i64 %544, %549
  %551 = add i64 %540, 2
  %552 = mul i64 %551, 8
  %553 = add i64 %544, %552
  %554 = add i64 %540, 3
  %555 = mul i64 %554, 8
  %556 = add i64 %544, %555
  %557 = mul i64 %51, 32
  %558 = add i64 %557, %476
  %559 = add i64 %558, 1
  %560 = mul i64 %559, 6272
  %561 = add i64 %540, 0
  %562 = mul i64 %561, 8
  %563 = add i64 %560, %562
  %564 = add i64 %540, 1
  %565 = mul i64 %564, 8
  %566 = add i64 %560, %565
  %567 = add i64 %540, 2
  %568 = mul i64 %567, 8
  %569 = add i64 %560, %568
  %570 = add i64 %540, 3
  %571 = mul i64 %570, 8
  %572 = add i64 %560, %571
  %573 = add i64 %479, 0
  %574 = mul i64 %573, 8
  %575 = getelementptr inbounds float, float* %5, i64 %574
  %576 = bitcast float* %575 to <8 x float>*
  %577 = load <8 x float>, <8 x float>* %576, align 4
  %578 = add i64 %479, 1
  %579 = mul i64 %578, 8
  %580 = getelementptr inbounds float, float* %5, i64 %579
  %581 = bitcast float* %580 to <8 x float>*
  %582 = load <8 x float>, <8 x float>* %581, align 4
  store <8 x float> %577, <8 x float>* %17, align 32
  store <8 x float> %577, <8 x float>* %16, align 32
  store <8 x float> %577, <8 x float>* %15, align 32
  store <8 x float> %577, <8 x float>* %14, align 32
  store <8 x float> %582, <8 x float>* %13, align 32
  store <8 x float> %582, <8 x float>* %12, align 32
  store <8 x float> %582, <8 x float>* %11, align 32
  store <8 x float> %582, <8 x float>* %10, align 32
  br label %u.header83

u.header:                                         ; preds = %u.body, %x.body32
  %u = phi i64 [ 0, %x.body32 ], [ %u.next, %u.body ]
  %583 = icmp slt i64 %u, 32
  br i1 %583, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %584 = add i64 0, %u
  %585 = mul i64 %584, 896
  %586 = add i64 %539, %585
  %587 = mul i64 %584, 64
  %588 = add i64 %480, %587
  %589 = add i64 %586, 0
  %590 = add i64 %589, 0
  %591 = add i64 %588, 0
  %592 = add i64 %591, 0
  %593 = getelementptr inbounds float, float* %4, i64 %592
  %594 = bitcast float* %593 to <8 x float>*
  %595 = load <8 x float>, <8 x float>* %594, align 4
  %596 = add i64 %591, 2048
  %597 = getelementptr inbounds float, float* %4, i64 %596
  %598 = bitcast float* %597 to <8 x float>*
  %599 = load <8 x float>, <8 x float>* %598, align 4
  %600 = add i64 %590, 0
  %601 = getelementptr inbounds float, float* %52, i64 %600
  %602 = load float, float* %601, align 4
  %603 = insertelement <8 x float> undef, float %602, i32 0
  %splat = shufflevector <8 x float> %603, <8 x float> undef, <8 x i32> zeroinitializer
  %604 = load <8 x float>, <8 x float>* %29, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %595, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %29, align 32
  %606 = load <8 x float>, <8 x float>* %23, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %599, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %23, align 32
  %608 = add i64 %590, 8
  %609 = getelementptr inbounds float, float* %52, i64 %608
  %610 = load float, float* %609, align 4
  %611 = insertelement <8 x float> undef, float %610, i32 0
  %splat35 = shufflevector <8 x float> %611, <8 x float> undef, <8 x i32> zeroinitializer
  %612 = load <8 x float>, <8 x float>* %28, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %595, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %28, align 32
  %614 = load <8 x float>, <8 x float>* %22, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %599, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %22, align 32
  %616 = add i64 %590, 16
  %617 = getelementptr inbounds float, float* %52, i64 %616
  %618 = load float, float* %617, align 4
  %619 = insertelement <8 x float> undef, float %618, i32 0
  %splat36 = shufflevector <8 x float> %619, <8 x float> undef, <8 x i32> zeroinitializer
  %620 = load <8 x float>, <8 x float>* %27, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %595, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %27, align 32
  %622 = load <8 x float>, <8 x float>* %21, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %599, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %21, align 32
  %624 = add i64 %590, 24
  %625 = getelementptr inbounds float, float* %52, i64 %624
  %626 = load float, float* %625, align 4
  %627 = insertelement <8 x float> undef, float %626, i32 0
  %splat37 = shufflevector <8 x float> %627, <8 x float> undef, <8 x i32> zeroinitializer
  %628 = load <8 x float>, <8 x float>* %26, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %595, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %26, align 32
  %630 = load <8 x float>, <8 x float>* %20, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %599, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %20, align 32
  %632 = add i64 %590, 32
  %633 = getelementptr inbounds float, float* %52, i64 %632
  %634 = load float, float* %633, align 4
  %635 = insertelement <8 x float> undef, float %634, i32 0
  %splat38 = shufflevector <8 x float> %635, <8 x float> undef, <8 x i32> zeroinitializer
  %636 = load <8 x float>, <8 x float>* %25, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %595, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %25, align 32
  %638 = load <8 x float>, <8 x float>* %19, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %599, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %19, align 32
  %640 = add i64 %590, 40
  %641 = getelementptr inbounds float, float* %52, i64 %640
  %642 = load float, float* %641, align 4
  %643 = insertelement <8 x float> undef, float %642, i32 0
  %splat39 = shufflevector <8 x float> %643, <8 x float> undef, <8 x i32> zeroinitializer
  %644 = load <8 x float>, <8 x float>* %24, align 32
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %595, <8 x float> %644)
  store <8 x float> %645, <8 x float>* %24, align 32
  %646 = load <8 x float>, <8 x float>* %18, align 32
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %599, <8 x float> %646)
  store <8 x float> %647, <8 x float>* %18, align 32
  %648 = add i64 %591, 8
  %649 = getelementptr inbounds float, float* %4, i64 %648
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = add i64 %591, 2056
  %653 = getelementptr inbounds float, float* %4, i64 %652
  %654 = bitcast float* %653 to <8 x float>*
  %655 = load <8 x float>, <8 x float>* %654, align 4
  %656 = add i64 %590, 1
  %657 = getelementptr inbounds float, float* %52, i64 %656
  %658 = load float, float* %657, align 4
  %659 = insertelement <8 x float> undef, float %658, i32 0
  %splat40 = shufflevector <8 x float> %659, <8 x float> undef, <8 x i32> zeroinitializer
  %660 = load <8 x float>, <8 x float>* %29, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %651, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %29, align 32
  %662 = load <8 x float>, <8 x float>* %23, align 32
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %655, <8 x float> %662)
  store <8 x float> %663, <8 x float>* %23, align 32
  %664 = add i64 %590, 9
  %665 = getelementptr inbounds float, float* %52, i64 %664
  %666 = load float, float* %665, align 4
  %667 = insertelement <8 x float> undef, float %666, i32 0
  %splat41 = shufflevector <8 x float> %667, <8 x float> undef, <8 x i32> zeroinitializer
  %668 = load <8 x float>, <8 x float>* %28, align 32
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %651, <8 x float> %668)
  store <8 x float> %669, <8 x float>* %28, align 32
  %670 = load <8 x float>, <8 x float>* %22, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %655, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %22, align 32
  %672 = add i64 %590, 17
  %673 = getelementptr inbounds float, float* %52, i64 %672
  %674 = load float, float* %673, align 4
  %675 = insertelement <8 x float> undef, float %674, i32 0
  %splat42 = shufflevector <8 x float> %675, <8 x float> undef, <8 x i32> zeroinitializer
  %676 = load <8 x float>, <8 x float>* %27, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %651, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %27, align 32
  %678 = load <8 x float>, <8 x float>* %21, align 32
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %655, <8 x float> %678)
  store <8 x float> %679, <8 x float>* %21, align 32
  %680 = add i64 %590, 25
  %681 = getelementptr inbounds float, float* %52, i64 %680
  %682 = load float, float* %681, align 4
  %683 = insertelement <8 x float> undef, float %682, i32 0
  %splat43 = shufflevector <8 x float> %683, <8 x float> undef, <8 x i32> zeroinitializer
  %684 = load <8 x float>, <8 x float>* %26, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %651, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %26, align 32
  %686 = load <8 x float>, <8 x float>* %20, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %655, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %20, align 32
  %688 = add i64 %590, 33
  %689 = getelementptr inbounds float, float* %52, i64 %688
  %690 = load float, float* %689, align 4
  %691 = insertelement <8 x float> undef, float %690, i32 0
  %splat44 = shufflevector <8 x float> %691, <8 x float> undef, <8 x i32> zeroinitializer
  %692 = load <8 x float>, <8 x float>* %25, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %651, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %25, align 32
  %694 = load <8 x float>, <8 x float>* %19, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %655, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %19, align 32
  %696 = add i64 %590, 41
  %697 = getelementptr inbounds float, float* %52, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat45 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %24, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %651, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %24, align 32
  %702 = load <8 x float>, <8 x float>* %18, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %655, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %18, align 32
  %704 = add i64 %591, 16
  %705 = getelementptr inbounds float, float* %4, i64 %704
  %706 = bitcast float* %705 to <8 x float>*
  %707 = load <8 x float>, <8 x float>* %706, align 4
  %708 = add i64 %591, 2064
  %709 = getelementptr inbounds float, float* %4, i64 %708
  %710 = bitcast float* %709 to <8 x float>*
  %711 = load <8 x float>, <8 x float>* %710, align 4
  %712 = add i64 %590, 2
  %713 = getelementptr inbounds float, float* %52, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat46 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %29, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %707, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %29, align 32
  %718 = load <8 x float>, <8 x float>* %23, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %711, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %23, align 32
  %720 = add i64 %590, 10
  %721 = getelementptr inbounds float, float* %52, i64 %720
  %722 = load float, float* %721, align 4
  %723 = insertelement <8 x float> undef, float %722, i32 0
  %splat47 = shufflevector <8 x float> %723, <8 x float> undef, <8 x i32> zeroinitializer
  %724 = load <8 x float>, <8 x float>* %28, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %707, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %28, align 32
  %726 = load <8 x float>, <8 x float>* %22, align 32
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %711, <8 x float> %726)
  store <8 x float> %727, <8 x float>* %22, align 32
  %728 = add i64 %590, 18
  %729 = getelementptr inbounds float, float* %52, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat48 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %27, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %707, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %27, align 32
  %734 = load <8 x float>, <8 x float>* %21, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %711, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %21, align 32
  %736 = add i64 %590, 26
  %737 = getelementptr inbounds float, float* %52, i64 %736
  %738 = load float, float* %737, align 4
  %739 = insertelement <8 x float> undef, float %738, i32 0
  %splat49 = shufflevector <8 x float> %739, <8 x float> undef, <8 x i32> zeroinitializer
  %740 = load <8 x float>, <8 x float>* %26, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %707, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %26, align 32
  %742 = load <8 x float>, <8 x float>* %20, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %711, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %20, align 32
  %744 = add i64 %590, 34
  %745 = getelementptr inbounds float, float* %52, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat50 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %25, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %707, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %25, align 32
  %750 = load <8 x float>, <8 x float>* %19, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %711, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %19, align 32
  %752 = add i64 %590, 42
  %753 = getelementptr inbounds float, float* %52, i64 %752
  %754 = load float, float* %753, align 4
  %755 = insertelement <8 x float> undef, float %754, i32 0
  %splat51 = shufflevector <8 x float> %755, <8 x float> undef, <8 x i32> zeroinitializer
  %756 = load <8 x float>, <8 x float>* %24, align 32
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %707, <8 x float> %756)
  store <8 x float> %757, <8 x float>* %24, align 32
  %758 = load <8 x float>, <8 x float>* %18, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %711, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %18, align 32
  %760 = add i64 %591, 24
  %761 = getelementptr inbounds float, float* %4, i64 %760
  %762 = bitcast float* %761 to <8 x float>*
  %763 = load <8 x float>, <8 x float>* %762, align 4
  %764 = add i64 %591, 2072
  %765 = getelementptr inbounds float, float* %4, i64 %764
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  %768 = add i64 %590, 3
  %769 = getelementptr inbounds float, float* %52, i64 %768
  %770 = load float, float* %769, align 4
  %771 = insertelement <8 x float> undef, float %770, i32 0
  %splat52 = shufflevector <8 x float> %771, <8 x float> undef, <8 x i32> zeroinitializer
  %772 = load <8 x float>, <8 x float>* %29, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %763, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %29, align 32
  %774 = load <8 x float>, <8 x float>* %23, align 32
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %767, <8 x float> %774)
  store <8 x float> %775, <8 x float>* %23, align 32
  %776 = add i64 %590, 11
  %777 = getelementptr inbounds float, float* %52, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat53 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %28, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %763, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %28, align 32
  %782 = load <8 x float>, <8 x float>* %22, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %767, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %22, align 32
  %784 = add i64 %590, 19
  %785 = getelementptr inbounds float, float* %52, i64 %784
  %786 = load float, float* %785, align 4
  %787 = insertelement <8 x float> undef, float %786, i32 0
  %splat54 = shufflevector <8 x float> %787, <8 x float> undef, <8 x i32> zeroinitializer
  %788 = load <8 x float>, <8 x float>* %27, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %763, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %27, align 32
  %790 = load <8 x float>, <8 x float>* %21, align 32
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %767, <8 x float> %790)
  store <8 x float> %791, <8 x float>* %21, align 32
  %792 = add i64 %590, 27
  %793 = getelementptr inbounds float, float* %52, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat55 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %26, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %763, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %26, align 32
  %798 = load <8 x float>, <8 x float>* %20, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %767, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %20, align 32
  %800 = add i64 %590, 35
  %801 = getelementptr inbounds float, float* %52, i64 %800
  %802 = load float, float* %801, align 4
  %803 = insertelement <8 x float> undef, float %802, i32 0
  %splat56 = shufflevector <8 x float> %803, <8 x float> undef, <8 x i32> zeroinitializer
  %804 = load <8 x float>, <8 x float>* %25, align 32
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %763, <8 x float> %804)
  store <8 x float> %805, <8 x float>* %25, align 32
  %806 = load <8 x float>, <8 x float>* %19, align 32
  %807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %767, <8 x float> %806)
  store <8 x float> %807, <8 x float>* %19, align 32
  %808 = add i64 %590, 43
  %809 = getelementptr inbounds float, float* %52, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat57 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %24, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %763, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %24, align 32
  %814 = load <8 x float>, <8 x float>* %18, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %767, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %18, align 32
  %816 = add i64 %591, 32
  %817 = getelementptr inbounds float, float* %4, i64 %816
  %818 = bitcast float* %817 to <8 x float>*
  %819 = load <8 x float>, <8 x float>* %818, align 4
  %820 = add i64 %591, 2080
  %821 = getelementptr inbounds float, float* %4, i64 %820
  %822 = bitcast float* %821 to <8 x float>*
  %823 = load <8 x float>, <8 x float>* %822, align 4
  %824 = add i64 %590, 4
  %825 = getelementptr inbounds float, float* %52, i64 %824
  %826 = load float, float* %825, align 4
  %827 = insertelement <8 x float> undef, float %826, i32 0
  %splat58 = shufflevector <8 x float> %827, <8 x float> undef, <8 x i32> zeroinitializer
  %828 = load <8 x float>, <8 x float>* %29, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %819, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %29, align 32
  %830 = load <8 x float>, <8 x float>* %23, align 32
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %823, <8 x float> %830)
  store <8 x float> %831, <8 x float>* %23, align 32
  %832 = add i64 %590, 12
  %833 = getelementptr inbounds float, float* %52, i64 %832
  %834 = load float, float* %833, align 4
  %835 = insertelement <8 x float> undef, float %834, i32 0
  %splat59 = shufflevector <8 x float> %835, <8 x float> undef, <8 x i32> zeroinitializer
  %836 = load <8 x float>, <8 x float>* %28, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %819, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %28, align 32
  %838 = load <8 x float>, <8 x float>* %22, align 32
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %823, <8 x float> %838)
  store <8 x float> %839, <8 x float>* %22, align 32
  %840 = add i64 %590, 20
  %841 = getelementptr inbounds float, float* %52, i64 %840
  %842 = load float, float* %841, align 4
  %843 = insertelement <8 x float> undef, float %842, i32 0
  %splat60 = shufflevector <8 x float> %843, <8 x float> undef, <8 x i32> zeroinitializer
  %844 = load <8 x float>, <8 x float>* %27, align 32
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %819, <8 x float> %844)
  store <8 x float> %845, <8 x float>* %27, align 32
  %846 = load <8 x float>, <8 x float>* %21, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %823, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %21, align 32
  %848 = add i64 %590, 28
  %849 = getelementptr inbounds float, float* %52, i64 %848
  %850 = load float, float* %849, align 4
  %851 = insertelement <8 x float> undef, float %850, i32 0
  %splat61 = shufflevector <8 x float> %851, <8 x float> undef, <8 x i32> zeroinitializer
  %852 = load <8 x float>, <8 x float>* %26, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %819, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %26, align 32
  %854 = load <8 x float>, <8 x float>* %20, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %823, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %20, align 32
  %856 = add i64 %590, 36
  %857 = getelementptr inbounds float, float* %52, i64 %856
  %858 = load float, float* %857, align 4
  %859 = insertelement <8 x float> undef, float %858, i32 0
  %splat62 = shufflevector <8 x float> %859, <8 x float> undef, <8 x i32> zeroinitializer
  %860 = load <8 x float>, <8 x float>* %25, align 32
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %819, <8 x float> %860)
  store <8 x float> %861, <8 x float>* %25, align 32
  %862 = load <8 x float>, <8 x float>* %19, align 32
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %823, <8 x float> %862)
  store <8 x float> %863, <8 x float>* %19, align 32
  %864 = add i64 %590, 44
  %865 = getelementptr inbounds float, float* %52, i64 %864
  %866 = load float, float* %865, align 4
  %867 = insertelement <8 x float> undef, float %866, i32 0
  %splat63 = shufflevector <8 x float> %867, <8 x float> undef, <8 x i32> zeroinitializer
  %868 = load <8 x float>, <8 x float>* %24, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %819, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %24, align 32
  %870 = load <8 x float>, <8 x float>* %18, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %823, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %18, align 32
  %872 = add i64 %591, 40
  %873 = getelementptr inbounds float, float* %4, i64 %872
  %874 = bitcast float* %873 to <8 x float>*
  %875 = load <8 x float>, <8 x float>* %874, align 4
  %876 = add i64 %591, 2088
  %877 = getelementptr inbounds float, float* %4, i64 %876
  %878 = bitcast float* %877 to <8 x float>*
  %879 = load <8 x float>, <8 x float>* %878, align 4
  %880 = add i64 %590, 5
  %881 = getelementptr inbounds float, float* %52, i64 %880
  %882 = load float, float* %881, align 4
  %883 = insertelement <8 x float> undef, float %882, i32 0
  %splat64 = shufflevector <8 x float> %883, <8 x float> undef, <8 x i32> zeroinitializer
  %884 = load <8 x float>, <8 x float>* %29, align 32
  %885 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %875, <8 x float> %884)
  store <8 x float> %885, <8 x float>* %29, align 32
  %886 = load <8 x float>, <8 x float>* %23, align 32
  %887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %879, <8 x float> %886)
  store <8 x float> %887, <8 x float>* %23, align 32
  %888 = add i64 %590, 13
  %889 = getelementptr inbounds float, float* %52, i64 %888
  %890 = load float, float* %889, align 4
  %891 = insertelement <8 x float> undef, float %890, i32 0
  %splat65 = shufflevector <8 x float> %891, <8 x float> undef, <8 x i32> zeroinitializer
  %892 = load <8 x float>, <8 x float>* %28, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %875, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %28, align 32
  %894 = load <8 x float>, <8 x float>* %22, align 32
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %879, <8 x float> %894)
  store <8 x float> %895, <8 x float>* %22, align 32
  %896 = add i64 %590, 21
  %897 = getelementptr inbounds float, float* %52, i64 %896
  %898 = load float, float* %897, align 4
  %899 = insertelement <8 x float> undef, float %898, i32 0
  %splat66 = shufflevector <8 x float> %899, <8 x float> undef, <8 x i32> zeroinitializer
  %900 = load <8 x float>, <8 x float>* %27, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %875, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %27, align 32
  %902 = load <8 x float>, <8 x float>* %21, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %879, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %21, align 32
  %904 = add i64 %590, 29
  %905 = getelementptr inbounds float, float* %52, i64 %904
  %906 = load float, float* %905, align 4
  %907 = insertelement <8 x float> undef, float %906, i32 0
  %splat67 = shufflevector <8 x float> %907, <8 x float> undef, <8 x i32> zeroinitializer
  %908 = load <8 x float>, <8 x float>* %26, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %875, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %26, align 32
  %910 = load <8 x float>, <8 x float>* %20, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %879, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %20, align 32
  %912 = add i64 %590, 37
  %913 = getelementptr inbounds float, float* %52, i64 %912
  %914 = load float, float* %913, align 4
  %915 = insertelement <8 x float> undef, float %914, i32 0
  %splat68 = shufflevector <8 x float> %915, <8 x float> undef, <8 x i32> zeroinitializer
  %916 = load <8 x float>, <8 x float>* %25, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %875, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %25, align 32
  %918 = load <8 x float>, <8 x float>* %19, align 32
  %919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %879, <8 x float> %918)
  store <8 x float> %919, <8 x float>* %19, align 32
  %920 = add i64 %590, 45
  %921 = getelementptr inbounds float, float* %52, i64 %920
  %922 = load float, float* %921, align 4
  %923 = insertelement <8 x float> undef, float %922, i32 0
  %splat69 = shufflevector <8 x float> %923, <8 x float> undef, <8 x i32> zeroinitializer
  %924 = load <8 x float>, <8 x float>* %24, align 32
  %925 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %875, <8 x float> %924)
  store <8 x float> %925, <8 x float>* %24, align 32
  %926 = load <8 x float>, <8 x float>* %18, align 32
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %879, <8 x float> %926)
  store <8 x float> %927, <8 x float>* %18, align 32
  %928 = add i64 %591, 48
  %929 = getelementptr inbounds float, float* %4, i64 %928
  %930 = bitcast float* %929 to <8 x float>*
  %931 = load <8 x float>, <8 x float>* %930, align 4
  %932 = add i64 %591, 2096
  %933 = getelementptr inbounds float, float* %4, i64 %932
  %934 = bitcast float* %933 to <8 x float>*
  %935 = load <8 x float>, <8 x float>* %934, align 4
  %936 = add i64 %590, 6
  %937 = getelementptr inbounds float, float* %52, i64 %936
  %938 = load float, float* %937, align 4
  %939 = insertelement <8 x float> undef, float %938, i32 0
  %splat70 = shufflevector <8 x float> %939, <8 x float> undef, <8 x i32> zeroinitializer
  %940 = load <8 x float>, <8 x float>* %29, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %931, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %29, align 32
  %942 = load <8 x float>, <8 x float>* %23, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %935, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %23, align 32
  %944 = add i64 %590, 14
  %945 = getelementptr inbounds float, float* %52, i64 %944
  %946 = load float, float* %945, align 4
  %947 = insertelement <8 x float> undef, float %946, i32 0
  %splat71 = shufflevector <8 x float> %947, <8 x float> undef, <8 x i32> zeroinitializer
  %948 = load <8 x float>, <8 x float>* %28, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %931, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %28, align 32
  %950 = load <8 x float>, <8 x float>* %22, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %935, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %22, align 32
  %952 = add i64 %590, 22
  %953 = getelementptr inbounds float, float* %52, i64 %952
  %954 = load float, float* %953, align 4
  %955 = insertelement <8 x float> undef, float %954, i32 0
  %splat72 = shufflevector <8 x float> %955, <8 x float> undef, <8 x i32> zeroinitializer
  %956 = load <8 x float>, <8 x float>* %27, align 32
  %957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %931, <8 x float> %956)
  store <8 x float> %957, <8 x float>* %27, align 32
  %958 = load <8 x float>, <8 x float>* %21, align 32
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %935, <8 x float> %958)
  store <8 x float> %959, <8 x float>* %21, align 32
  %960 = add i64 %590, 30
  %961 = getelementptr inbounds float, float* %52, i64 %960
  %962 = load float, float* %961, align 4
  %963 = insertelement <8 x float> undef, float %962, i32 0
  %splat73 = shufflevector <8 x float> %963, <8 x float> undef, <8 x i32> zeroinitializer
  %964 = load <8 x float>, <8 x float>* %26, align 32
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %931, <8 x float> %964)
  store <8 x float> %965, <8 x float>* %26, align 32
  %966 = load <8 x float>, <8 x float>* %20, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %935, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %20, align 32
  %968 = add i64 %590, 38
  %969 = getelementptr inbounds float, float* %52, i64 %968
  %970 = load float, float* %969, align 4
  %971 = insertelement <8 x float> undef, float %970, i32 0
  %splat74 = shufflevector <8 x float> %971, <8 x float> undef, <8 x i32> zeroinitializer
  %972 = load <8 x float>, <8 x float>* %25, align 32
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %931, <8 x float> %972)
  store <8 x float> %973, <8 x float>* %25, align 32
  %974 = load <8 x float>, <8 x float>* %19, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %935, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %19, align 32
  %976 = add i64 %590, 46
  %977 = getelementptr inbounds float, float* %52, i64 %976
  %978 = load float, float* %977, align 4
  %979 = insertelement <8 x float> undef, float %978, i32 0
  %splat75 = shufflevector <8 x float> %979, <8 x float> undef, <8 x i32> zeroinitializer
  %980 = load <8 x float>, <8 x float>* %24, align 32
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %931, <8 x float> %980)
  store <8 x float> %981, <8 x float>* %24, align 32
  %982 = load <8 x float>, <8 x float>* %18, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %935, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %18, align 32
  %984 = add i64 %591, 56
  %985 = getelementptr inbounds float, float* %4, i64 %984
  %986 = bitcast float* %985 to <8 x float>*
  %987 = load <8 x float>, <8 x float>* %986, align 4
  %988 = add i64 %591, 2104
  %989 = getelementptr inbounds float, float* %4, i64 %988
  %990 = bitcast float* %989 to <8 x float>*
  %991 = load <8 x float>, <8 x float>* %990, align 4
  %992 = add i64 %590, 7
  %993 = getelementptr inbounds float, float* %52, i64 %992
  %994 = load float, float* %993, align 4
  %995 = insertelement <8 x float> undef, float %994, i32 0
  %splat76 = shufflevector <8 x float> %995, <8 x float> undef, <8 x i32> zeroinitializer
  %996 = load <8 x float>, <8 x float>* %29, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %987, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %29, align 32
  %998 = load <8 x float>, <8 x float>* %23, align 32
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %991, <8 x float> %998)
  store <8 x float> %999, <8 x float>* %23, align 32
  %1000 = add i64 %590, 15
  %1001 = getelementptr inbounds float, float* %52, i64 %1000
  %1002 = load float, float* %1001, align 4
  %1003 = insertelement <8 x float> undef, float %1002, i32 0
  %splat77 = shufflevector <8 x float> %1003, <8 x float> undef, <8 x i32> zeroinitializer
  %1004 = load <8 x float>, <8 x float>* %28, align 32
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %987, <8 x float> %1004)
  store <8 x float> %1005, <8 x float>* %28, align 32
  %1006 = load <8 x float>, <8 x float>* %22, align 32
  %1007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %991, <8 x float> %1006)
  store <8 x float> %1007, <8 x float>* %22, align 32
  %1008 = add i64 %590, 23
  %1009 = getelementptr inbounds float, float* %52, i64 %1008
  %1010 = load float, float* %1009, align 4
  %1011 = insertelement <8 x float> undef, float %1010, i32 0
  %splat78 = shufflevector <8 x float> %1011, <8 x float> undef, <8 x i32> zeroinitializer
  %1012 = load <8 x float>, <8 x float>* %27, align 32
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %987, <8 x float> %1012)
  store <8 x float> %1013, <8 x float>* %27, align 32
  %1014 = load <8 x float>, <8 x float>* %21, align 32
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %991, <8 x float> %1014)
  store <8 x float> %1015, <8 x float>* %21, align 32
  %1016 = add i64 %590, 31
  %1017 = getelementptr inbounds float, float* %52, i64 %1016
  %1018 = load float, float* %1017, align 4
  %1019 = insertelement <8 x float> undef, float %1018, i32 0
  %splat79 = shufflevector <8 x float> %1019, <8 x float> undef, <8 x i32> zeroinitializer
  %1020 = load <8 x float>, <8 x float>* %26, align 32
  %1021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %987, <8 x float> %1020)
  store <8 x float> %1021, <8 x float>* %26, align 32
  %1022 = load <8 x float>, <8 x float>* %20, align 32
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %991, <8 x float> %1022)
  store <8 x float> %1023, <8 x float>* %20, align 32
  %1024 = add i64 %590, 39
  %1025 = getelementptr inbounds float, float* %52, i64 %1024
  %1026 = load float, float* %1025, align 4
  %1027 = insertelement <8 x float> undef, float %1026, i32 0
  %splat80 = shufflevector <8 x float> %1027, <8 x float> undef, <8 x i32> zeroinitializer
  %1028 = load <8 x float>, <8 x float>* %25, align 32
  %1029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %987, <8 x float> %1028)
  store <8 x float> %1029, <8 x float>* %25, align 32
  %1030 = load <8 x float>, <8 x float>* %19, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %991, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %19, align 32
  %1032 = add i64 %590, 47
  %1033 = getelementptr inbounds float, float* %52, i64 %1032
  %1034 = load float, float* %1033, align 4
  %1035 = insertelement <8 x float> undef, float %1034, i32 0
  %splat81 = shufflevector <8 x float> %1035, <8 x float> undef, <8 x i32> zeroinitializer
  %1036 = load <8 x float>, <8 x float>* %24, align 32
  %1037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %987, <8 x float> %1036)
  store <8 x float> %1037, <8 x float>* %24, align 32
  %1038 = load <8 x float>, <8 x float>* %18, align 32
  %1039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %991, <8 x float> %1038)
  store <8 x float> %1039, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %1040 = load <8 x float>, <8 x float>* %29, align 32
  %1041 = fcmp olt <8 x float> %1040, zeroinitializer
  %1042 = select <8 x i1> %1041, <8 x float> zeroinitializer, <8 x float> %1040
  %1043 = getelementptr inbounds float, float* %0, i64 %489
  %1044 = bitcast float* %1043 to <8 x float>*
  store <8 x float> %1042, <8 x float>* %1044, align 4
  %1045 = load <8 x float>, <8 x float>* %28, align 32
  %1046 = fcmp olt <8 x float> %1045, zeroinitializer
  %1047 = select <8 x i1> %1046, <8 x float> zeroinitializer, <8 x float> %1045
  %1048 = getelementptr inbounds float, float* %0, i64 %492
  %1049 = bitcast float* %1048 to <8 x float>*
  store <8 x float> %1047, <8 x float>* %1049, align 4
  %1050 = load <8 x float>, <8 x float>* %27, align 32
  %1051 = fcmp olt <8 x float> %1050, zeroinitializer
  %1052 = select <8 x i1> %1051, <8 x float> zeroinitializer, <8 x float> %1050
  %1053 = getelementptr inbounds float, float* %0, i64 %495
  %1054 = bitcast float* %1053 to <8 x float>*
  store <8 x float> %1052, <8 x float>* %1054, align 4
  %1055 = load <8 x float>, <8 x float>* %26, align 32
  %1056 = fcmp olt <8 x float> %1055, zeroinitializer
  %1057 = select <8 x i1> %1056, <8 x float> zeroinitializer, <8 x float> %1055
  %1058 = getelementptr inbounds float, float* %0, i64 %498
  %1059 = bitcast float* %1058 to <8 x float>*
  store <8 x float> %1057, <8 x float>* %1059, align 4
  %1060 = load <8 x float>, <8 x float>* %25, align 32
  %1061 = fcmp olt <8 x float> %1060, zeroinitializer
  %1062 = select <8 x i1> %1061, <8 x float> zeroinitializer, <8 x float> %1060
  %1063 = getelementptr inbounds float, float* %0, i64 %501
  %1064 = bitcast float* %1063 to <8 x float>*
  store <8 x float> %1062, <8 x float>* %1064, align 4
  %1065 = load <8 x float>, <8 x float>* %24, align 32
  %1066 = fcmp olt <8 x float> %1065, zeroinitializer
  %1067 = select <8 x i1> %1066, <8 x float> zeroinitializer, <8 x float> %1065
  %1068 = getelementptr inbounds float, float* %0, i64 %504
  %1069 = bitcast float* %1068 to <8 x float>*
  store <8 x float> %1067, <8 x float>* %1069, align 4
  %1070 = load <8 x float>, <8 x float>* %23, align 32
  %1071 = fcmp olt <8 x float> %1070, zeroinitializer
  %1072 = select <8 x i1> %1071, <8 x float> zeroinitializer, <8 x float> %1070
  %1073 = getelementptr inbounds float, float* %0, i64 %511
  %1074 = bitcast float* %1073 to <8 x float>*
  store <8 x float> %1072, <8 x float>* %1074, align 4
  %1075 = load <8 x float>, <8 x float>* %22, align 32
  %1076 = fcmp olt <8 x float> %1075, zeroinitializer
  %1077 = select <8 x i1> %1076, <8 x float> zeroinitializer, <8 x float> %1075
  %1078 = getelementptr inbounds float, float* %0, i64 %514
  %1079 = bitcast float* %1078 to <8 x float>*
  store <8 x float> %1077, <8 x float>* %1079, align 4
  %1080 = load <8 x float>, <8 x float>* %21, align 32
  %1081 = fcmp olt <8 x float> %1080, zeroinitializer
  %1082 = select <8 x i1> %1081, <8 x float> zeroinitializer, <8 x float> %1080
  %1083 = getelementptr inbounds float, float* %0, i64 %517
  %1084 = bitcast float* %1083 to <8 x float>*
  store <8 x float> %1082, <8 x float>* %1084, align 4
  %1085 = load <8 x float>, <8 x float>* %20, align 32
  %1086 = fcmp olt <8 x float> %1085, zeroinitializer
  %1087 = select <8 x i1> %1086, <8 x float> zeroinitializer, <8 x float> %1085
  %1088 = getelementptr inbounds float, float* %0, i64 %520
  %1089 = bitcast float* %1088 to <8 x float>*
  store <8 x float> %1087, <8 x float>* %1089, align 4
  %1090 = load <8 x float>, <8 x float>* %19, align 32
  %1091 = fcmp olt <8 x float> %1090, zeroinitializer
  %1092 = select <8 x i1> %1091, <8 x float> zeroinitializer, <8 x float> %1090
  %1093 = getelementptr inbounds float, float* %0, i64 %523
  %1094 = bitcast float* %1093 to <8 x float>*
  store <8 x float> %1092, <8 x float>* %1094, align 4
  %1095 = load <8 x float>, <8 x float>* %18, align 32
  %1096 = fcmp olt <8 x float> %1095, zeroinitializer
  %1097 = select <8 x i1> %1096, <8 x float> zeroinitializer, <8 x float> %1095
  %1098 = getelementptr inbounds float, float* %0, i64 %526
  %1099 = bitcast float* %1098 to <8 x float>*
  store <8 x float> %1097, <8 x float>* %1099, align 4
  %x.next82 = add i64 %x34, 6
  br label %x.header31

u.header83:                                       ; preds = %u.body84, %x.exit33
  %u86 = phi i64 [ 0, %x.exit33 ], [ %u.next119, %u.body84 ]
  %1100 = icmp slt i64 %u86, 32
  br i1 %1100, label %u.body84, label %u.exit85

u.body84:                                         ; preds = %u.header83
  %1101 = add i64 0, %u86
  %1102 = mul i64 %1101, 896
  %1103 = add i64 864, %1102
  %1104 = mul i64 %1101, 64
  %1105 = add i64 %480, %1104
  %1106 = add i64 %1103, 0
  %1107 = add i64 %1106, 0
  %1108 = add i64 %1105, 0
  %1109 = add i64 %1108, 0
  %1110 = getelementptr inbounds float, float* %4, i64 %1109
  %1111 = bitcast float* %1110 to <8 x float>*
  %1112 = load <8 x float>, <8 x float>* %1111, align 4
  %1113 = add i64 %1108, 2048
  %1114 = getelementptr inbounds float, float* %4, i64 %1113
  %1115 = bitcast float* %1114 to <8 x float>*
  %1116 = load <8 x float>, <8 x float>* %1115, align 4
  %1117 = add i64 %1107, 0
  %1118 = getelementptr inbounds float, float* %52, i64 %1117
  %1119 = load float, float* %1118, align 4
  %1120 = insertelement <8 x float> undef, float %1119, i32 0
  %splat87 = shufflevector <8 x float> %1120, <8 x float> undef, <8 x i32> zeroinitializer
  %1121 = load <8 x float>, <8 x float>* %17, align 32
  %1122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1112, <8 x float> %1121)
  store <8 x float> %1122, <8 x float>* %17, align 32
  %1123 = load <8 x float>, <8 x float>* %13, align 32
  %1124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1116, <8 x float> %1123)
  store <8 x float> %1124, <8 x float>* %13, align 32
  %1125 = add i64 %1107, 8
  %1126 = getelementptr inbounds float, float* %52, i64 %1125
  %1127 = load float, float* %1126, align 4
  %1128 = insertelement <8 x float> undef, float %1127, i32 0
  %splat88 = shufflevector <8 x float> %1128, <8 x float> undef, <8 x i32> zeroinitializer
  %1129 = load <8 x float>, <8 x float>* %16, align 32
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1112, <8 x float> %1129)
  store <8 x float> %1130, <8 x float>* %16, align 32
  %1131 = load <8 x float>, <8 x float>* %12, align 32
  %1132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1116, <8 x float> %1131)
  store <8 x float> %1132, <8 x float>* %12, align 32
  %1133 = add i64 %1107, 16
  %1134 = getelementptr inbounds float, float* %52, i64 %1133
  %1135 = load float, float* %1134, align 4
  %1136 = insertelement <8 x float> undef, float %1135, i32 0
  %splat89 = shufflevector <8 x float> %1136, <8 x float> undef, <8 x i32> zeroinitializer
  %1137 = load <8 x float>, <8 x float>* %15, align 32
  %1138 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1112, <8 x float> %1137)
  store <8 x float> %1138, <8 x float>* %15, align 32
  %1139 = load <8 x float>, <8 x float>* %11, align 32
  %1140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1116, <8 x float> %1139)
  store <8 x float> %1140, <8 x float>* %11, align 32
  %1141 = add i64 %1107, 24
  %1142 = getelementptr inbounds float, float* %52, i64 %1141
  %1143 = load float, float* %1142, align 4
  %1144 = insertelement <8 x float> undef, float %1143, i32 0
  %splat90 = shufflevector <8 x float> %1144, <8 x float> undef, <8 x i32> zeroinitializer
  %1145 = load <8 x float>, <8 x float>* %14, align 32
  %1146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1112, <8 x float> %1145)
  store <8 x float> %1146, <8 x float>* %14, align 32
  %1147 = load <8 x float>, <8 x float>* %10, align 32
  %1148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1116, <8 x float> %1147)
  store <8 x float> %1148, <8 x float>* %10, align 32
  %1149 = add i64 %1108, 8
  %1150 = getelementptr inbounds float, float* %4, i64 %1149
  %1151 = bitcast float* %1150 to <8 x float>*
  %1152 = load <8 x float>, <8 x float>* %1151, align 4
  %1153 = add i64 %1108, 2056
  %1154 = getelementptr inbounds float, float* %4, i64 %1153
  %1155 = bitcast float* %1154 to <8 x float>*
  %1156 = load <8 x float>, <8 x float>* %1155, align 4
  %1157 = add i64 %1107, 1
  %1158 = getelementptr inbounds float, float* %52, i64 %1157
  %1159 = load float, float* %1158, align 4
  %1160 = insertelement <8 x float> undef, float %1159, i32 0
  %splat91 = shufflevector <8 x float> %1160, <8 x float> undef, <8 x i32> zeroinitializer
  %1161 = load <8 x float>, <8 x float>* %17, align 32
  %1162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1152, <8 x float> %1161)
  store <8 x float> %1162, <8 x float>* %17, align 32
  %1163 = load <8 x float>, <8 x float>* %13, align 32
  %1164 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1156, <8 x float> %1163)
  store <8 x float> %1164, <8 x float>* %13, align 32
  %1165 = add i64 %1107, 9
  %1166 = getelementptr inbounds float, float* %52, i64 %1165
  %1167 = load float, float* %1166, align 4
  %1168 = insertelement <8 x float> undef, float %1167, i32 0
  %splat92 = shufflevector <8 x float> %1168, <8 x float> undef, <8 x i32> zeroinitializer
  %1169 = load <8 x float>, <8 x float>* %16, align 32
  %1170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1152, <8 x float> %1169)
  store <8 x float> %1170, <8 x float>* %16, align 32
  %1171 = load <8 x float>, <8 x float>* %12, align 32
  %1172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1156, <8 x float> %1171)
  store <8 x float> %1172, <8 x float>* %12, align 32
  %1173 = add i64 %1107, 17
  %1174 = getelementptr inbounds float, float* %52, i64 %1173
  %1175 = load float, float* %1174, align 4
  %1176 = insertelement <8 x float> undef, float %1175, i32 0
  %splat93 = shufflevector <8 x float> %1176, <8 x float> undef, <8 x i32> zeroinitializer
  %1177 = load <8 x float>, <8 x float>* %15, align 32
  %1178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1152, <8 x float> %1177)
  store <8 x float> %1178, <8 x float>* %15, align 32
  %1179 = load <8 x float>, <8 x float>* %11, align 32
  %1180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1156, <8 x float> %1179)
  store <8 x float> %1180, <8 x float>* %11, align 32
  %1181 = add i64 %1107, 25
  %1182 = getelementptr inbounds float, float* %52, i64 %1181
  %1183 = load float, float* %1182, align 4
  %1184 = insertelement <8 x float> undef, float %1183, i32 0
  %splat94 = shufflevector <8 x float> %1184, <8 x float> undef, <8 x i32> zeroinitializer
  %1185 = load <8 x float>, <8 x float>* %14, align 32
  %1186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1152, <8 x float> %1185)
  store <8 x float> %1186, <8 x float>* %14, align 32
  %1187 = load <8 x float>, <8 x float>* %10, align 32
  %1188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1156, <8 x float> %1187)
  store <8 x float> %1188, <8 x float>* %10, align 32
  %1189 = add i64 %1108, 16
  %1190 = getelementptr inbounds float, float* %4, i64 %1189
  %1191 = bitcast float* %1190 to <8 x float>*
  %1192 = load <8 x float>, <8 x float>* %1191, align 4
  %1193 = add i64 %1108, 2064
  %1194 = getelementptr inbounds float, float* %4, i64 %1193
  %1195 = bitcast float* %1194 to <8 x float>*
  %1196 = load <8 x float>, <8 x float>* %1195, align 4
  %1197 = add i64 %1107, 2
  %1198 = getelementptr inbounds float, float* %52, i64 %1197
  %1199 = load float, float* %1198, align 4
  %1200 = insertelement <8 x float> undef, float %1199, i32 0
  %splat95 = shufflevector <8 x float> %1200, <8 x float> undef, <8 x i32> zeroinitializer
  %1201 = load <8 x float>, <8 x float>* %17, align 32
  %1202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1192, <8 x float> %1201)
  store <8 x float> %1202, <8 x float>* %17, align 32
  %1203 = load <8 x float>, <8 x float>* %13, align 32
  %1204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1196, <8 x float> %1203)
  store <8 x float> %1204, <8 x float>* %13, align 32
  %1205 = add i64 %1107, 10
  %1206 = getelementptr inbounds float, float* %52, i64 %1205
  %1207 = load float, float* %1206, align 4
  %1208 = insertelement <8 x float> undef, float %1207, i32 0
  %splat96 = shufflevector <8 x float> %1208, <8 x float> undef, <8 x i32> zeroinitializer
  %1209 = load <8 x float>, <8 x float>* %16, align 32
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1192, <8 x float> %1209)
  store <8 x float> %1210, <8 x float>* %16, align 32
  %1211 = load <8 x float>, <8 x float>* %12, align 32
  %1212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1196, <8 x float> %1211)
  store <8 x float> %1212, <8 x float>* %12, align 32
  %1213 = add i64 %1107, 18
  %1214 = getelementptr inbounds float, float* %52, i64 %1213
  %1215 = load float, float* %1214, align 4
  %1216 = insertelement <8 x float> undef, float %1215, i32 0
  %splat97 = shufflevector <8 x float> %1216, <8 x float> undef, <8 x i32> zeroinitializer
  %1217 = load <8 x float>, <8 x float>* %15, align 32
  %1218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1192, <8 x float> %1217)
  store <8 x float> %1218, <8 x float>* %15, align 32
  %1219 = load <8 x float>, <8 x float>* %11, align 32
  %1220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1196, <8 x float> %1219)
  store <8 x float> %1220, <8 x float>* %11, align 32
  %1221 = add i64 %1107, 26
  %1222 = getelementptr inbounds float, float* %52, i64 %1221
  %1223 = load float, float* %1222, align 4
  %1224 = insertelement <8 x float> undef, float %1223, i32 0
  %splat98 = shufflevector <8 x float> %1224, <8 x float> undef, <8 x i32> zeroinitializer
  %1225 = load <8 x float>, <8 x float>* %14, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1192, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %14, align 32
  %1227 = load <8 x float>, <8 x float>* %10, align 32
  %1228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1196, <8 x float> %1227)
  store <8 x float> %1228, <8 x float>* %10, align 32
  %1229 = add i64 %1108, 24
  %1230 = getelementptr inbounds float, float* %4, i64 %1229
  %1231 = bitcast float* %1230 to <8 x float>*
  %1232 = load <8 x float>, <8 x float>* %1231, align 4
  %1233 = add i64 %1108, 2072
  %1234 = getelementptr inbounds float, float* %4, i64 %1233
  %1235 = bitcast float* %1234 to <8 x float>*
  %1236 = load <8 x float>, <8 x float>* %1235, align 4
  %1237 = add i64 %1107, 3
  %1238 = getelementptr inbounds float, float* %52, i64 %1237
  %1239 = load float, float* %1238, align 4
  %1240 = insertelement <8 x float> undef, float %1239, i32 0
  %splat99 = shufflevector <8 x float> %1240, <8 x float> undef, <8 x i32> zeroinitializer
  %1241 = load <8 x float>, <8 x float>* %17, align 32
  %1242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1232, <8 x float> %1241)
  store <8 x float> %1242, <8 x float>* %17, align 32
  %1243 = load <8 x float>, <8 x float>* %13, align 32
  %1244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1236, <8 x float> %1243)
  store <8 x float> %1244, <8 x float>* %13, align 32
  %1245 = add i64 %1107, 11
  %1246 = getelementptr inbounds float, float* %52, i64 %1245
  %1247 = load float, float* %1246, align 4
  %1248 = insertelement <8 x float> undef, float %1247, i32 0
  %splat100 = shufflevector <8 x float> %1248, <8 x float> undef, <8 x i32> zeroinitializer
  %1249 = load <8 x float>, <8 x float>* %16, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1232, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %16, align 32
  %1251 = load <8 x float>, <8 x float>* %12, align 32
  %1252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1236, <8 x float> %1251)
  store <8 x float> %1252, <8 x float>* %12, align 32
  %1253 = add i64 %1107, 19
  %1254 = getelementptr inbounds float, float* %52, i64 %1253
  %1255 = load float, float* %1254, align 4
  %1256 = insertelement <8 x float> undef, float %1255, i32 0
  %splat101 = shufflevector <8 x float> %1256, <8 x float> undef, <8 x i32> zeroinitializer
  %1257 = load <8 x float>, <8 x float>* %15, align 32
  %1258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1232, <8 x float> %1257)
  store <8 x float> %1258, <8 x float>* %15, align 32
  %1259 = load <8 x float>, <8 x float>* %11, align 32
  %1260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1236, <8 x float> %1259)
  store <8 x float> %1260, <8 x float>* %11, align 32
  %1261 = add i64 %1107, 27
  %1262 = getelementptr inbounds float, float* %52, i64 %1261
  %1263 = load float, float* %1262, align 4
  %1264 = insertelement <8 x float> undef, float %1263, i32 0
  %splat102 = shufflevector <8 x float> %1264, <8 x float> undef, <8 x i32> zeroinitializer
  %1265 = load <8 x float>, <8 x float>* %14, align 32
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1232, <8 x float> %1265)
  store <8 x float> %1266, <8 x float>* %14, align 32
  %1267 = load <8 x float>, <8 x float>* %10, align 32
  %1268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1236, <8 x float> %1267)
  store <8 x float> %1268, <8 x float>* %10, align 32
  %1269 = add i64 %1108, 32
  %1270 = getelementptr inbounds float, float* %4, i64 %1269
  %1271 = bitcast float* %1270 to <8 x float>*
  %1272 = load <8 x float>, <8 x float>* %1271, align 4
  %1273 = add i64 %1108, 2080
  %1274 = getelementptr inbounds float, float* %4, i64 %1273
  %1275 = bitcast float* %1274 to <8 x float>*
  %1276 = load <8 x float>, <8 x float>* %1275, align 4
  %1277 = add i64 %1107, 4
  %1278 = getelementptr inbounds float, float* %52, i64 %1277
  %1279 = load float, float* %1278, align 4
  %1280 = insertelement <8 x float> undef, float %1279, i32 0
  %splat103 = shufflevector <8 x float> %1280, <8 x float> undef, <8 x i32> zeroinitializer
  %1281 = load <8 x float>, <8 x float>* %17, align 32
  %1282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1272, <8 x float> %1281)
  store <8 x float> %1282, <8 x float>* %17, align 32
  %1283 = load <8 x float>, <8 x float>* %13, align 32
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1276, <8 x float> %1283)
  store <8 x float> %1284, <8 x float>* %13, align 32
  %1285 = add i64 %1107, 12
  %1286 = getelementptr inbounds float, float* %52, i64 %1285
  %1287 = load float, float* %1286, align 4
  %1288 = insertelement <8 x float> undef, float %1287, i32 0
  %splat104 = shufflevector <8 x float> %1288, <8 x float> undef, <8 x i32> zeroinitializer
  %1289 = load <8 x float>, <8 x float>* %16, align 32
  %1290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1272, <8 x float> %1289)
  store <8 x float> %1290, <8 x float>* %16, align 32
  %1291 = load <8 x float>, <8 x float>* %12, align 32
  %1292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1276, <8 x float> %1291)
  store <8 x float> %1292, <8 x float>* %12, align 32
  %1293 = add i64 %1107, 20
  %1294 = getelementptr inbounds float, float* %52, i64 %1293
  %1295 = load float, float* %1294, align 4
  %1296 = insertelement <8 x float> undef, float %1295, i32 0
  %splat105 = shufflevector <8 x float> %1296, <8 x float> undef, <8 x i32> zeroinitializer
  %1297 = load <8 x float>, <8 x float>* %15, align 32
  %1298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1272, <8 x float> %1297)
  store <8 x float> %1298, <8 x float>* %15, align 32
  %1299 = load <8 x float>, <8 x float>* %11, align 32
  %1300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1276, <8 x float> %1299)
  store <8 x float> %1300, <8 x float>* %11, align 32
  %1301 = add i64 %1107, 28
  %1302 = getelementptr inbounds float, float* %52, i64 %1301
  %1303 = load float, float* %1302, align 4
  %1304 = insertelement <8 x float> undef, float %1303, i32 0
  %splat106 = shufflevector <8 x float> %1304, <8 x float> undef, <8 x i32> zeroinitializer
  %1305 = load <8 x float>, <8 x float>* %14, align 32
  %1306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1272, <8 x float> %1305)
  store <8 x float> %1306, <8 x float>* %14, align 32
  %1307 = load <8 x float>, <8 x float>* %10, align 32
  %1308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1276, <8 x float> %1307)
  store <8 x float> %1308, <8 x float>* %10, align 32
  %1309 = add i64 %1108, 40
  %1310 = getelementptr inbounds float, float* %4, i64 %1309
  %1311 = bitcast float* %1310 to <8 x float>*
  %1312 = load <8 x float>, <8 x float>* %1311, align 4
  %1313 = add i64 %1108, 2088
  %1314 = getelementptr inbounds float, float* %4, i64 %1313
  %1315 = bitcast float* %1314 to <8 x float>*
  %1316 = load <8 x float>, <8 x float>* %1315, align 4
  %1317 = add i64 %1107, 5
  %1318 = getelementptr inbounds float, float* %52, i64 %1317
  %1319 = load float, float* %1318, align 4
  %1320 = insertelement <8 x float> undef, float %1319, i32 0
  %splat107 = shufflevector <8 x float> %1320, <8 x float> undef, <8 x i32> zeroinitializer
  %1321 = load <8 x float>, <8 x float>* %17, align 32
  %1322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1312, <8 x float> %1321)
  store <8 x float> %1322, <8 x float>* %17, align 32
  %1323 = load <8 x float>, <8 x float>* %13, align 32
  %1324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1316, <8 x float> %1323)
  store <8 x float> %1324, <8 x float>* %13, align 32
  %1325 = add i64 %1107, 13
  %1326 = getelementptr inbounds float, float* %52, i64 %1325
  %1327 = load float, float* %1326, align 4
  %1328 = insertelement <8 x float> undef, float %1327, i32 0
  %splat108 = shufflevector <8 x float> %1328, <8 x float> undef, <8 x i32> zeroinitializer
  %1329 = load <8 x float>, <8 x float>* %16, align 32
  %1330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat108, <8 x float> %1312, <8 x float> %1329)
  store <8 x float> %1330, <8 x float>* %16, align 32
  %1331 = load <8 x float>, <8 x float>* %12, align 32
  %1332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat108, <8 x float> %1316, <8 x float> %1331)
  store <8 x float> %1332, <8 x float>* %12, align 32
  %1333 = add i64 %1107, 21
  %1334 = getelementptr inbounds float, float* %52, i64 %1333
  %1335 = load float, float* %1334, align 4
  %1336 = insertelement <8 x float> undef, float %1335, i32 0
  %splat109 = shufflevector <8 x float> %1336, <8 x float> undef, <8 x i32> zeroinitializer
  %1337 = load <8 x float>, <8 x float>* %15, align 32
  %1338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat109, <8 x float> %1312, <8 x float> %1337)
  store <8 x float> %1338, <8 x float>* %15, align 32
  %1339 = load <8 x float>, <8 x float>* %11, align 32
  %1340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat109, <8 x float> %1316, <8 x float> %1339)
  store <8 x float> %1340, <8 x float>* %11, align 32
  %1341 = add i64 %1107, 29
  %1342 = getelementptr inbounds float, float* %52, i64 %1341
  %1343 = load float, float* %1342, align 4
  %1344 = insertelement <8 x float> undef, float %1343, i32 0
  %splat110 = shufflevector <8 x float> %1344, <8 x float> undef, <8 x i32> zeroinitializer
  %1345 = load <8 x float>, <8 x float>* %14, align 32
  %1346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat110, <8 x float> %1312, <8 x float> %1345)
  store <8 x float> %1346, <8 x float>* %14, align 32
  %1347 = load <8 x float>, <8 x float>* %10, align 32
  %1348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat110, <8 x float> %1316, <8 x float> %1347)
  store <8 x float> %1348, <8 x float>* %10, align 32
  %1349 = add i64 %1108, 48
  %1350 = getelementptr inbounds float, float* %4, i64 %1349
  %1351 = bitcast float* %1350 to <8 x float>*
  %1352 = load <8 x float>, <8 x float>* %1351, align 4
  %1353 = add i64 %1108, 2096
  %1354 = getelementptr inbounds float, float* %4, i64 %1353
  %1355 = bitcast float* %1354 to <8 x float>*
  %1356 = load <8 x float>, <8 x float>* %1355, align 4
  %1357 = add i64 %1107, 6
  %1358 = getelementptr inbounds float, float* %52, i64 %1357
  %1359 = load float, float* %1358, align 4
  %1360 = insertelement <8 x float> undef, float %1359, i32 0
  %splat111 = shufflevector <8 x float> %1360, <8 x float> undef, <8 x i32> zeroinitializer
  %1361 = load <8 x float>, <8 x float>* %17, align 32
  %1362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat111, <8 x float> %1352, <8 x float> %1361)
  store <8 x float> %1362, <8 x float>* %17, align 32
  %1363 = load <8 x float>, <8 x float>* %13, align 32
  %1364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat111, <8 x float> %1356, <8 x float> %1363)
  store <8 x float> %1364, <8 x float>* %13, align 32
  %1365 = add i64 %1107, 14
  %1366 = getelementptr inbounds float, float* %52, i64 %1365
  %1367 = load float, float* %1366, align 4
  %1368 = insertelement <8 x float> undef, float %1367, i32 0
  %splat112 = shufflevector <8 x float> %1368, <8 x float> undef, <8 x i32> zeroinitializer
  %1369 = load <8 x float>, <8 x float>* %16, align 32
  %1370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat112, <8 x float> %1352, <8 x float> %1369)
  store <8 x float> %1370, <8 x float>* %16, align 32
  %1371 = load <8 x float>, <8 x float>* %12, align 32
  %1372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat112, <8 x float> %1356, <8 x float> %1371)
  store <8 x float> %1372, <8 x float>* %12, align 32
  %1373 = add i64 %1107, 22
  %1374 = getelementptr inbounds float, float* %52, i64 %1373
  %1375 = load float, float* %1374, align 4
  %1376 = insertelement <8 x float> undef, float %1375, i32 0
  %splat113 = shufflevector <8 x float> %1376, <8 x float> undef, <8 x i32> zeroinitializer
  %1377 = load <8 x float>, <8 x float>* %15, align 32
  %1378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat113, <8 x float> %1352, <8 x float> %1377)
  store <8 x float> %1378, <8 x float>* %15, align 32
  %1379 = load <8 x float>, <8 x float>* %11, align 32
  %1380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat113, <8 x float> %1356, <8 x float> %1379)
  store <8 x float> %1380, <8 x float>* %11, align 32
  %1381 = add i64 %1107, 30
  %1382 = getelementptr inbounds float, float* %52, i64 %1381
  %1383 = load float, float* %1382, align 4
  %1384 = insertelement <8 x float> undef, float %1383, i32 0
  %splat114 = shufflevector <8 x float> %1384, <8 x float> undef, <8 x i32> zeroinitializer
  %1385 = load <8 x float>, <8 x float>* %14, align 32
  %1386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat114, <8 x float> %1352, <8 x float> %1385)
  store <8 x float> %1386, <8 x float>* %14, align 32
  %1387 = load <8 x float>, <8 x float>* %10, align 32
  %1388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat114, <8 x float> %1356, <8 x float> %1387)
  store <8 x float> %1388, <8 x float>* %10, align 32
  %1389 = add i64 %1108, 56
  %1390 = getelementptr inbounds float, float* %4, i64 %1389
  %1391 = bitcast float* %1390 to <8 x float>*
  %1392 = load <8 x float>, <8 x float>* %1391, align 4
  %1393 = add i64 %1108, 2104
  %1394 = getelementptr inbounds float, float* %4, i64 %1393
  %1395 = bitcast float* %1394 to <8 x float>*
  %1396 = load <8 x float>, <8 x float>* %1395, align 4
  %1397 = add i64 %1107, 7
  %1398 = getelementptr inbounds float, float* %52, i64 %1397
  %1399 = load float, float* %1398, align 4
  %1400 = insertelement <8 x float> undef, float %1399, i32 0
  %splat115 = shufflevector <8 x float> %1400, <8 x float> undef, <8 x i32> zeroinitializer
  %1401 = load <8 x float>, <8 x float>* %17, align 32
  %1402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat115, <8 x float> %1392, <8 x float> %1401)
  store <8 x float> %1402, <8 x float>* %17, align 32
  %1403 = load <8 x float>, <8 x float>* %13, align 32
  %1404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat115, <8 x float> %1396, <8 x float> %1403)
  store <8 x float> %1404, <8 x float>* %13, align 32
  %1405 = add i64 %1107, 15
  %1406 = getelementptr inbounds float, float* %52, i64 %1405
  %1407 = load float, float* %1406, align 4
  %1408 = insertelement <8 x float> undef, float %1407, i32 0
  %splat116 = shufflevector <8 x float> %1408, <8 x float> undef, <8 x i32> zeroinitializer
  %1409 = load <8 x float>, <8 x float>* %16, align 32
  %1410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat116, <8 x float> %1392, <8 x float> %1409)
  store <8 x float> %1410, <8 x float>* %16, align 32
  %1411 = load <8 x float>, <8 x float>* %12, align 32
  %1412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat116, <8 x float> %1396, <8 x float> %1411)
  store <8 x float> %1412, <8 x float>* %12, align 32
  %1413 = add i64 %1107, 23
  %1414 = getelementptr inbounds float, float* %52, i64 %1413
  %1415 = load float, float* %1414, align 4
  %1416 = insertelement <8 x float> undef, float %1415, i32 0
  %splat117 = shufflevector <8 x float> %1416, <8 x float> undef, <8 x i32> zeroinitializer
  %1417 = load <8 x float>, <8 x float>* %15, align 32
  %1418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat117, <8 x float> %1392, <8 x float> %1417)
  store <8 x float> %1418, <8 x float>* %15, align 32
  %1419 = load <8 x float>, <8 x float>* %11, align 32
  %1420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat117, <8 x float> %1396, <8 x float> %1419)
  store <8 x float> %1420, <8 x float>* %11, align 32
  %1421 = add i64 %1107, 31
  %1422 = getelementptr inbounds float, float* %52, i64 %1421
  %1423 = load float, float* %1422, align 4
  %1424 = insertelement <8 x float> undef, float %1423, i32 0
  %splat118 = shufflevector <8 x float> %1424, <8 x float> undef, <8 x i32> zeroinitializer
  %1425 = load <8 x float>, <8 x float>* %14, align 32
  %1426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat118, <8 x float> %1392, <8 x float> %1425)
  store <8 x float> %1426, <8 x float>* %14, align 32
  %1427 = load <8 x float>, <8 x float>* %10, align 32
  %1428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat118, <8 x float> %1396, <8 x float> %1427)
  store <8 x float> %1428, <8 x float>* %10, align 32
  %u.next119 = add i64 %u86, 1
  br label %u.header83

u.exit85:                                         ; preds = %u.header83
  %1429 = load <8 x float>, <8 x float>* %17, align 32
  %1430 = fcmp olt <8 x float> %1429, zeroinitializer
  %1431 = select <8 x i1> %1430, <8 x float> zeroinitializer, <8 x float> %1429
  %1432 = getelementptr inbounds float, float* %0, i64 %547
  %1433 = bitcast float* %1432 to <8 x float>*
  store <8 x float> %1431, <8 x float>* %1433, align 4
  %1434 = load <8 x float>, <8 x float>* %16, align 32
  %1435 = fcmp olt <8 x float> %1434, zeroinitializer
  %1436 = select <8 x i1> %1435, <8 x float> zeroinitializer, <8 x float> %1434
  %1437 = getelementptr inbounds float, float* %0, i64 %550
  %1438 = bitcast float* %1437 to <8 x float>*
  store <8 x float> %1436, <8 x float>* %1438, align 4
  %1439 = load <8 x float>, <8 x float>* %15, align 32
  %1440 = fcmp olt <8 x float> %1439, zeroinitializer
  %1441 = select <8 x i1> %1440, <8 x float> zeroinitializer, <8 x float> %1439
  %1442 = getelementptr inbounds float, float* %0, i64 %553
  %1443 = bitcast float* %1442 to <8 x float>*
  store <8 x float> %1441, <8 x float>* %1443, align 4
  %1444 = load <8 x float>, <8 x float>* %14, align 32
  %1445 = fcmp olt <8 x float> %1444, zeroinitializer
  %1446 = select <8 x i1> %1445, <8 x float> zeroinitializer, <8 x float> %1444
  %1447 = getelementptr inbounds float, float* %0, i64 %556
  %1448 = bitcast float* %1447 to <8 x float>*
  store <8 x float> %1446, <8 x float>* %1448, align 4
  %1449 = load <8 x float>, <8 x float>* %13, align 32
  %1450 = fcmp olt <8 x float> %1449, zeroinitializer
  %1451 = select <8 x i1> %1450, <8 x float> zeroinitializer, <8 x float> %1449
  %1452 = getelementptr inbounds float, float* %0, i64 %563
  %1453 = bitcast float* %1452 to <8 x float>*
  store <8 x float> %1451, <8 x float>* %1453, align 4
  %1454 = load <8 x float>, <8 x float>* %12, align 32
  %1455 = fcmp olt <8 x float> %1454, zeroinitializer
  %1456 = select <8 x i1> %1455, <8 x float> zeroinitializer, <8 x float> %1454
  %1457 = getelementptr inbounds float, float* %0, i64 %566
  %1458 = bitcast float* %1457 to <8 x float>*
  store <8 x float> %1456, <8 x float>* %1458, align 4
  %1459 = load <8 x float>, <8 x float>* %11, align 32
  %1460 = fcmp olt <8 x float> %1459, zeroinitializer
  %1461 = select <8 x i1> %1460, <8 x float> zeroinitializer, <8 x float> %1459
  %1462 = getelementptr inbounds float, float* %0, i64 %569
  %1463 = bitcast float* %1462 to <8 x float>*
  store <8 x float> %1461, <8 x float>* %1463, align 4
  %1464 = load <8 x float>, <8 x float>* %10, align 32
  %1465 = fcmp olt <8 x float> %1464, zeroinitializer
  %1466 = select <8 x i1> %1465, <8 x float> zeroinitializer, <8 x float> %1464
  %1467 = getelementptr inbounds float, float* %0, i64 %572
  %1468 = bitcast float* %1467 to <8 x float>*
  store <8 x float> %1466, <8 x float>* %1468, align 4
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
  %73 = add i64 %58, 8
  %74 = load <8 x float>, <8 x float>* %39, align 32
  %75 = fcmp olt <8 x float> %74, zeroinitializer
  %76 = select <8 x i1> %75, <8 x float> zeroinitializer, <8 x float> %74
  %77 = getelementptr inbounds float, float* %45, i64 %73
  %78 = bitcast float* %77 to <8 x float>*
  store <8 x float> %76, <8 x float>* %78, align 4
  %79 = add i64 %58, 16
  %80 = load <8 x float>, <8 x float>* %38, align 32
  %81 = fcmp olt <8 x float> %80, zeroinitializer
  %82 = select <8 x i1> %81, <8 x float> zeroinitializer, <8 x float> %80
  %83 = getelementptr inbounds float, float* %45, i64 %79
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %82, <8 x float>* %84, align 4
  %85 = add i64 %58, 24
  %86 = load <8 x float>, <8 x float>* %37, align 32
  %87 = fcmp olt <8 x float> %86, zeroinitializer
  %88 = select <8 x i1> %87, <8 x float> zeroinitializer, <8 x float> %86
  %89 = getelementptr inbounds float, float* %45, i64 %85
  %90 = bitcast float* %89 to <8 x float>*
  store <8 x float> %88, <8 x float>* %90, align 4
  %91 = add i64 %58, 32
  %92 = load <8 x float>, <8 x float>* %36, align 32
  %93 = fcmp olt <8 x float> %92, zeroinitializer
  %94 = select <8 x i1> %93, <8 x float> zeroinitializer, <8 x float> %92
  %95 = getelementptr inbounds float, float* %45, i64 %91
  %96 = bitcast float* %95 to <8 x float>*
  store <8 x float> %94, <8 x float>* %96, align 4
  %97 = add i64 %58, 40
  %98 = load <8 x float>, <8 x float>* %35, align 32
  %99 = fcmp olt <8 x float> %98, zeroinitializer
  %100 = select <8 x i1> %99, <8 x float> zeroinitializer, <8 x float> %98
  %101 = getelementptr inbounds float, float* %45, i64 %97
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %100, <8 x float>* %102, align 4
  %103 = add i64 %58, 48
  %104 = load <8 x float>, <8 x float>* %34, align 32
  %105 = fcmp olt <8 x float> %104, zeroinitializer
  %106 = select <8 x i1> %105, <8 x float> zeroinitializer, <8 x float> %104
  %107 = getelementptr inbounds float, float* %45, i64 %103
  %108 = bitcast float* %107 to <8 x float>*
  store <8 x float> %106, <8 x float>* %108, align 4
  %109 = add i64 %58, 56
  %110 = load <8 x float>, <8 x float>* %33, align 32
  %111 = fcmp olt <8 x float> %110, zeroinitializer
  %112 = select <8 x i1> %111, <8 x float> zeroinitializer, <8 x float> %110
  %113 = getelementptr inbounds float, float* %45, i64 %109
  %114 = bitcast float* %113 to <8 x float>*
  store <8 x float> %112, <8 x float>* %114, align 4
  %115 = add i64 %58, 64
  %116 = load <8 x float>, <8 x float>* %32, align 32
  %117 = fcmp olt <8 x float> %116, zeroinitializer
  %118 = select <8 x i1> %117, <8 x float> zeroinitializer, <8 x float> %116
  %119 = getelementptr inbounds float, float* %45, i64 %115
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %118, <8 x float>* %120, align 4
  %121 = add i64 %58, 72
  %122 = load <8 x float>, <8 x float>* %31, align 32
  %123 = fcmp olt <8 x float> %122, zeroinitializer
  %124 = select <8 x i1> %123, <8 x float> zeroinitializer, <8 x float> %122
  %125 = getelementptr inbounds float, float* %45, i64 %121
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %124, <8 x float>* %126, align 4
  %127 = add i64 %58, 80
  %128 = load <8 x float>, <8 x float>* %30, align 32
  %129 = fcmp olt <8 x float> %128, zeroinitializer
  %130 = select <8 x i1> %129, <8 x float> zeroinitializer, <8 x float> %128
  %131 = getelementptr inbounds float, float* %45, i64 %127
  %132 = bitcast float* %131 to <8 x float>*
  store <8 x float> %130, <8 x float>* %132, align 4
  %133 = add i64 %58, 88
  %134 = load <8 x float>, <8 x float>* %29, align 32
  %135 = fcmp olt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> zeroinitializer, <8 x float> %134
  %137 = getelementptr inbounds float, float* %45, i64 %133
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %136, <8 x float>* %138, align 4
  store <8 x float> %66, <8 x float>* %28, align 32
  store <8 x float> %66, <8 x float>* %27, align 32
  br label %kh.header1

then:                                             ; preds = %kh.body
  %139 = mul i64 %69, 224
  %140 = add i64 %60, %139
  %141 = mul i64 %59, 3
  %142 = add i64 %141, %kh
  %143 = mul i64 %142, 24
  %144 = add i64 %143, 0
  %145 = getelementptr inbounds float, float* %6, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = add i64 %143, 8
  %149 = getelementptr inbounds float, float* %6, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = add i64 %143, 16
  %153 = getelementptr inbounds float, float* %6, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = add i64 %140, 8
  %157 = add i64 %156, 0
  %158 = getelementptr inbounds float, float* %1, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  %160 = load <8 x float>, <8 x float>* %159, align 4
  %161 = load <8 x float>, <8 x float>* %39, align 32
  %162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %160, <8 x float> %147, <8 x float> %161)
  store <8 x float> %162, <8 x float>* %39, align 32
  %163 = add i64 %156, 8
  %164 = getelementptr inbounds float, float* %1, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = load <8 x float>, <8 x float>* %39, align 32
  %168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %151, <8 x float> %167)
  store <8 x float> %168, <8 x float>* %39, align 32
  %169 = add i64 %156, 16
  %170 = getelementptr inbounds float, float* %1, i64 %169
  %171 = bitcast float* %170 to <8 x float>*
  %172 = load <8 x float>, <8 x float>* %171, align 4
  %173 = load <8 x float>, <8 x float>* %39, align 32
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %172, <8 x float> %155, <8 x float> %173)
  store <8 x float> %174, <8 x float>* %39, align 32
  %175 = load <8 x float>, <8 x float>* %38, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %172, <8 x float> %147, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %38, align 32
  %177 = add i64 %156, 24
  %178 = getelementptr inbounds float, float* %1, i64 %177
  %179 = bitcast float* %178 to <8 x float>*
  %180 = load <8 x float>, <8 x float>* %179, align 4
  %181 = load <8 x float>, <8 x float>* %38, align 32
  %182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> %151, <8 x float> %181)
  store <8 x float> %182, <8 x float>* %38, align 32
  %183 = add i64 %156, 32
  %184 = getelementptr inbounds float, float* %1, i64 %183
  %185 = bitcast float* %184 to <8 x float>*
  %186 = load <8 x float>, <8 x float>* %185, align 4
  %187 = load <8 x float>, <8 x float>* %38, align 32
  %188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %155, <8 x float> %187)
  store <8 x float> %188, <8 x float>* %38, align 32
  %189 = load <8 x float>, <8 x float>* %37, align 32
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %147, <8 x float> %189)
  store <8 x float> %190, <8 x float>* %37, align 32
  %191 = add i64 %156, 40
  %192 = getelementptr inbounds float, float* %1, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  %194 = load <8 x float>, <8 x float>* %193, align 4
  %195 = load <8 x float>, <8 x float>* %37, align 32
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> %151, <8 x float> %195)
  store <8 x float> %196, <8 x float>* %37, align 32
  %197 = add i64 %156, 48
  %198 = getelementptr inbounds float, float* %1, i64 %197
  %199 = bitcast float* %198 to <8 x float>*
  %200 = load <8 x float>, <8 x float>* %199, align 4
  %201 = load <8 x float>, <8 x float>* %37, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %200, <8 x float> %155, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %37, align 32
  %203 = load <8 x float>, <8 x float>* %36, align 32
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %200, <8 x float> %147, <8 x float> %203)
  store <8 x float> %204, <8 x float>* %36, align 32
  %205 = add i64 %156, 56
  %206 = getelementptr inbounds float, float* %1, i64 %205
  %207 = bitcast float* %206 to <8 x float>*
  %208 = load <8 x float>, <8 x float>* %207, align 4
  %209 = load <8 x float>, <8 x float>* %36, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %151, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %36, align 32
  %211 = add i64 %156, 64
  %212 = getelementptr inbounds float, float* %1, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  %214 = load <8 x float>, <8 x float>* %213, align 4
  %215 = load <8 x float>, <8 x float>* %36, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %155, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %36, align 32
  %217 = load <8 x float>, <8 x float>* %35, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %147, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %35, align 32
  %219 = add i64 %156, 72
  %220 = getelementptr inbounds float, float* %1, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  %222 = load <8 x float>, <8 x float>* %221, align 4
  %223 = load <8 x float>, <8 x float>* %35, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %151, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %35, align 32
  %225 = add i64 %156, 80
  %226 = getelementptr inbounds float, float* %1, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  %228 = load <8 x float>, <8 x float>* %227, align 4
  %229 = load <8 x float>, <8 x float>* %35, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %155, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %35, align 32
  %231 = load <8 x float>, <8 x float>* %34, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %147, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %34, align 32
  %233 = add i64 %156, 88
  %234 = getelementptr inbounds float, float* %1, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  %236 = load <8 x float>, <8 x float>* %235, align 4
  %237 = load <8 x float>, <8 x float>* %34, align 32
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %151, <8 x float> %237)
  store <8 x float> %238, <8 x float>* %34, align 32
  %239 = add i64 %156, 96
  %240 = getelementptr inbounds float, float* %1, i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = load <8 x float>, <8 x float>* %34, align 32
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %155, <8 x float> %243)
  store <8 x float> %244, <8 x float>* %34, align 32
  %245 = load <8 x float>, <8 x float>* %33, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %147, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %33, align 32
  %247 = add i64 %156, 104
  %248 = getelementptr inbounds float, float* %1, i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  %250 = load <8 x float>, <8 x float>* %249, align 4
  %251 = load <8 x float>, <8 x float>* %33, align 32
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %151, <8 x float> %251)
  store <8 x float> %252, <8 x float>* %33, align 32
  %253 = add i64 %156, 112
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = bitcast float* %254 to <8 x float>*
  %256 = load <8 x float>, <8 x float>* %255, align 4
  %257 = load <8 x float>, <8 x float>* %33, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %155, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %33, align 32
  %259 = load <8 x float>, <8 x float>* %32, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %147, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %32, align 32
  %261 = add i64 %156, 120
  %262 = getelementptr inbounds float, float* %1, i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = load <8 x float>, <8 x float>* %32, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %151, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %32, align 32
  %267 = add i64 %156, 128
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = load <8 x float>, <8 x float>* %32, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %155, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %32, align 32
  %273 = load <8 x float>, <8 x float>* %31, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %147, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %31, align 32
  %275 = add i64 %156, 136
  %276 = getelementptr inbounds float, float* %1, i64 %275
  %277 = bitcast float* %276 to <8 x float>*
  %278 = load <8 x float>, <8 x float>* %277, align 4
  %279 = load <8 x float>, <8 x float>* %31, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %278, <8 x float> %151, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %31, align 32
  %281 = add i64 %156, 144
  %282 = getelementptr inbounds float, float* %1, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  %284 = load <8 x float>, <8 x float>* %283, align 4
  %285 = load <8 x float>, <8 x float>* %31, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %155, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %31, align 32
  %287 = load <8 x float>, <8 x float>* %30, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %147, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %30, align 32
  %289 = add i64 %156, 152
  %290 = getelementptr inbounds float, float* %1, i64 %289
  %291 = bitcast float* %290 to <8 x float>*
  %292 = load <8 x float>, <8 x float>* %291, align 4
  %293 = load <8 x float>, <8 x float>* %30, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> %151, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %30, align 32
  %295 = add i64 %156, 160
  %296 = getelementptr inbounds float, float* %1, i64 %295
  %297 = bitcast float* %296 to <8 x float>*
  %298 = load <8 x float>, <8 x float>* %297, align 4
  %299 = load <8 x float>, <8 x float>* %30, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %155, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %30, align 32
  %301 = load <8 x float>, <8 x float>* %29, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %147, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %29, align 32
  %303 = add i64 %156, 168
  %304 = getelementptr inbounds float, float* %1, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  %306 = load <8 x float>, <8 x float>* %305, align 4
  %307 = load <8 x float>, <8 x float>* %29, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %151, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %29, align 32
  %309 = add i64 %156, 176
  %310 = getelementptr inbounds float, float* %1, i64 %309
  %311 = bitcast float* %310 to <8 x float>*
  %312 = load <8 x float>, <8 x float>* %311, align 4
  %313 = load <8 x float>, <8 x float>* %29, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %312, <8 x float> %155, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %29, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %kh.exit
  %kh4 = phi i64 [ 0, %kh.exit ], [ %kh.next7, %endif6 ]
  %315 = icmp slt i64 %kh4, 3
  br i1 %315, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %316 = mul i64 %kh4, 1
  %317 = add i64 %62, %316
  %318 = icmp sge i64 %317, 0
  %319 = icmp slt i64 %317, 28
  %320 = and i1 %318, %319
  br i1 %320, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %321 = add i64 %58, 96
  %322 = load <8 x float>, <8 x float>* %28, align 32
  %323 = fcmp olt <8 x float> %322, zeroinitializer
  %324 = select <8 x i1> %323, <8 x float> zeroinitializer, <8 x float> %322
  %325 = getelementptr inbounds float, float* %45, i64 %321
  %326 = bitcast float* %325 to <8 x float>*
  store <8 x float> %324, <8 x float>* %326, align 4
  %327 = add i64 %58, 104
  %328 = load <8 x float>, <8 x float>* %27, align 32
  %329 = fcmp olt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> zeroinitializer, <8 x float> %328
  %331 = getelementptr inbounds float, float* %45, i64 %327
  %332 = bitcast float* %331 to <8 x float>*
  store <8 x float> %330, <8 x float>* %332, align 4
  store <8 x float> %66, <8 x float>* %26, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %333 = mul i64 %317, 224
  %334 = add i64 %60, %333
  %335 = mul i64 %59, 3
  %336 = add i64 %335, %kh4
  %337 = mul i64 %336, 24
  %338 = add i64 %337, 0
  %339 = getelementptr inbounds float, float* %6, i64 %338
  %340 = bitcast float* %339 to <8 x float>*
  %341 = load <8 x float>, <8 x float>* %340, align 4
  %342 = add i64 %337, 8
  %343 = getelementptr inbounds float, float* %6, i64 %342
  %344 = bitcast float* %343 to <8 x float>*
  %345 = load <8 x float>, <8 x float>* %344, align 4
  %346 = add i64 %337, 16
  %347 = getelementptr inbounds float, float* %6, i64 %346
  %348 = bitcast float* %347 to <8 x float>*
  %349 = load <8 x float>, <8 x float>* %348, align 4
  %350 = add i64 %334, 184
  %351 = add i64 %350, 0
  %352 = getelementptr inbounds float, float* %1, i64 %351
  %353 = bitcast float* %352 to <8 x float>*
  %354 = load <8 x float>, <8 x float>* %353, align 4
  %355 = load <8 x float>, <8 x float>* %28, align 32
  %356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %341, <8 x float> %355)
  store <8 x float> %356, <8 x float>* %28, align 32
  %357 = add i64 %350, 8
  %358 = getelementptr inbounds float, float* %1, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  %360 = load <8 x float>, <8 x float>* %359, align 4
  %361 = load <8 x float>, <8 x float>* %28, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %345, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %28, align 32
  %363 = add i64 %350, 16
  %364 = getelementptr inbounds float, float* %1, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  %366 = load <8 x float>, <8 x float>* %365, align 4
  %367 = load <8 x float>, <8 x float>* %28, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %349, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %28, align 32
  %369 = load <8 x float>, <8 x float>* %27, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %341, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %27, align 32
  %371 = add i64 %350, 24
  %372 = getelementptr inbounds float, float* %1, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  %374 = load <8 x float>, <8 x float>* %373, align 4
  %375 = load <8 x float>, <8 x float>* %27, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %374, <8 x float> %345, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %27, align 32
  %377 = add i64 %350, 32
  %378 = getelementptr inbounds float, float* %1, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  %380 = load <8 x float>, <8 x float>* %379, align 4
  %381 = load <8 x float>, <8 x float>* %27, align 32
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %380, <8 x float> %349, <8 x float> %381)
  store <8 x float> %382, <8 x float>* %27, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next16, %endif13 ]
  %383 = icmp slt i64 %kh11, 3
  br i1 %383, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %384 = mul i64 %kh11, 1
  %385 = add i64 %62, %384
  %386 = icmp sge i64 %385, 0
  %387 = icmp slt i64 %385, 28
  %388 = and i1 %386, %387
  br i1 %388, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %389 = add i64 %58, 0
  %390 = load <8 x float>, <8 x float>* %26, align 32
  %391 = fcmp olt <8 x float> %390, zeroinitializer
  %392 = select <8 x i1> %391, <8 x float> zeroinitializer, <8 x float> %390
  %393 = getelementptr inbounds float, float* %45, i64 %389
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %392, <8 x float>* %394, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !13

then12:                                           ; preds = %kh.body9
  %395 = mul i64 %385, 224
  %396 = add i64 %60, %395
  %397 = mul i64 %59, 3
  %398 = add i64 %397, %kh11
  %399 = mul i64 %398, 24
  br label %kw.header

endif13:                                          ; preds = %kw.exit, %kh.body9
  %kh.next16 = add i64 %kh11, 1
  br label %kh.header8

kw.header:                                        ; preds = %endif15, %then12
  %kw = phi i64 [ 0, %then12 ], [ %kw.next, %endif15 ]
  %400 = icmp slt i64 %kw, 3
  br i1 %400, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %401 = mul i64 %kw, 1
  %402 = add i64 -1, %401
  %403 = icmp sge i64 %402, 0
  %404 = icmp slt i64 %402, 28
  %405 = and i1 %403, %404
  br i1 %405, label %then14, label %endif15

kw.exit:                                          ; preds = %kw.header
  br label %endif13

then14:                                           ; preds = %kw.body
  %406 = mul i64 %kw, 8
  %407 = add i64 %399, %406
  %408 = getelementptr inbounds float, float* %6, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  %410 = load <8 x float>, <8 x float>* %409, align 4
  %411 = mul i64 %402, 8
  %412 = add i64 %396, %411
  %413 = getelementptr inbounds float, float* %1, i64 %412
  %414 = bitcast float* %413 to <8 x float>*
  %415 = load <8 x float>, <8 x float>* %414, align 4
  %416 = load <8 x float>, <8 x float>* %26, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %415, <8 x float> %410, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %26, align 32
  br label %endif15

endif15:                                          ; preds = %then14, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header

block.group.header:                               ; preds = %u.exit66, %channel.block.exit
  %block.group = phi i64 [ %49, %channel.block.exit ], [ %block.group.next, %u.exit66 ]
  %418 = icmp slt i64 %block.group, %52
  br i1 %418, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %419 = mul i64 %block.group, 2
  %420 = add i64 0, %419
  %421 = mul i64 %43, 98
  %422 = mul i64 %block.group, 2
  %423 = add i64 0, %422
  %424 = mul i64 %423, 2048
  br label %x.header

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %block.group.body
  %x = phi i64 [ 0, %block.group.body ], [ %x.next, %u.exit ]
  %425 = icmp slt i64 %x, 96
  br i1 %425, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %426 = add i64 %421, %x
  %427 = mul i64 %44, 64
  %428 = add i64 %427, %420
  %429 = add i64 %428, 0
  %430 = mul i64 %429, 1568
  %431 = add i64 %426, 0
  %432 = mul i64 %431, 8
  %433 = add i64 %430, %432
  %434 = add i64 %426, 1
  %435 = mul i64 %434, 8
  %436 = add i64 %430, %435
  %437 = add i64 %426, 2
  %438 = mul i64 %437, 8
  %439 = add i64 %430, %438
  %440 = add i64 %426, 3
  %441 = mul i64 %440, 8
  %442 = add i64 %430, %441
  %443 = add i64 %426, 4
  %444 = mul i64 %443, 8
  %445 = add i64 %430, %444
  %446 = add i64 %426, 5
  %447 = mul i64 %446, 8
  %448 = add i64 %430, %447
  %449 = mul i64 %44, 64
  %450 = add i64 %449, %420
  %451 = add i64 %450, 1
  %452 = mul i64 %451, 1568
  %453 = add i64 %426, 0
  %454 = mul i64 %453, 8
  %455 = add i64 %452, %454
  %456 = add i64 %426, 1
  %457 = mul i64 %456, 8
  %458 = add i64 %452, %457
  %459 = add i64 %426, 2
  %460 = mul i64 %459, 8
  %461 = add i64 %452, %460
  %462 = add i64 %426, 3
  %463 = mul i64 %462, 8
  %464 = add i64 %452, %463
  %465 = add i64 %426, 4
  %466 = mul i64 %465, 8
  %467 = add i64 %452, %466
  %468 = add i64 %426, 5
  %469 = mul i64 %468, 8
  %470 = add i64 %452, %469
  %471 = add i64 %423, 0
  %472 = mul i64 %471, 8
  %473 = getelementptr inbounds float, float* %5, i64 %472
  %474 = bitcast float* %473 to <8 x float>*
  %475 = load <8 x float>, <8 x float>* %474, align 4
  %476 = add i64 %423, 1
  %477 = mul i64 %476, 8
  %478 = getelementptr inbounds float, float* %5, i64 %477
  %479 = bitcast float* %478 to <8 x float>*
  %480 = load <8 x float>, <8 x float>* %479, align 4
  store <8 x float> %475, <8 x float>* %25, align 32
  store <8 x float> %475, <8 x float>* %24, align 32
  store <8 x float> %475, <8 x float>* %23, align 32
  store <8 x float> %475, <8 x float>* %22, align 32
  store <8 x float> %475, <8 x float>* %21, align 32
  store <8 x float> %475, <8 x float>* %20, align 32
  store <8 x float> %480, <8 x float>* %19, align 32
  store <8 x float> %480, <8 x float>* %18, align 32
  store <8 x float> %480, <8 x float>* %17, align 32
  store <8 x float> %480, <8 x float>* %16, align 32
  store <8 x float> %480, <8 x float>* %15, align 32
  store <8 x float> %480, <8 x float>* %14, align 32
  %481 = mul i64 %x, 8
  %482 = add i64 0, %481
  %483 = add i64 0, %482
  br label %u.header

x.exit:                                           ; preds = %x.header
  %484 = add i64 %421, 96
  %485 = mul i64 %44, 64
  %486 = add i64 %485, %420
  %487 = add i64 %486, 0
  %488 = mul i64 %487, 1568
  %489 = add i64 %484, 0
  %490 = mul i64 %489, 8
  %491 = add i64 %488, %490
  %492 = add i64 %484, 1
  %493 = mul i64 %492, 8
  %494 = add i64 %488, %493
  %495 = mul i64 %44, 64
  %496 = add i64 %495, %420
  %497 = add i64 %496, 1
  %498 = mul i64 %497, 1568
  %499 = add i64 %484, 0
  %500 = mul i64 %499, 8
  %501 = add i64 %498, %500
  %502 = add i64 %484, 1
  %503 = mul i64 %502, 8
  %504 = add i64 %498, %503
  %505 = add i64 %423, 0
  %506 = mul i64 %505, 8
  %507 = getelementptr inbounds float, float* %5, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  %509 = load <8 x float>, <8 x float>* %508, align 4
  %510 = add i64 %423, 1
  %511 = mul i64 %510, 8
  %512 = getelementptr inbounds float, float* %5, i64 %511
  %513 = bitcast float* %512 to <8 x float>*
  %514 = load <8 x float>, <8 x float>* %513, align 4
  store <8 x float> %509, <8 x float>* %13, align 32
  store <8 x float> %509, <8 x float>* %12, align 32
  store <8 x float> %514, <8 x float>* %11, align 32
  store <8 x float> %514, <8 x float>* %10, align 32
  br label %u.header64

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %515 = icmp slt i64 %u, 32
  br i1 %515, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %516 = add i64 0, %u
  %517 = mul i64 %516, 784
  %518 = add i64 %483, %517
  %519 = mul i64 %516, 64
  %520 = add i64 %424, %519
  %521 = add i64 %518, 0
  %522 = add i64 %521, 0
  %523 = add i64 %520, 0
  %524 = add i64 %523, 0
  %525 = getelementptr inbounds float, float* %4, i64 %524
  %526 = bitcast float* %525 to <8 x float>*
  %527 = load <8 x float>, <8 x float>* %526, align 4
  %528 = add i64 %523, 2048
  %529 = getelementptr inbounds float, float* %4, i64 %528
  %530 = bitcast float* %529 to <8 x float>*
  %531 = load <8 x float>, <8 x float>* %530, align 4
  %532 = add i64 %522, 0
  %533 = getelementptr inbounds float, float* %45, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %25, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %527, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %25, align 32
  %538 = load <8 x float>, <8 x float>* %19, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %531, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %19, align 32
  %540 = add i64 %522, 8
  %541 = getelementptr inbounds float, float* %45, i64 %540
  %542 = load float, float* %541, align 4
  %543 = insertelement <8 x float> undef, float %542, i32 0
  %splat17 = shufflevector <8 x float> %543, <8 x float> undef, <8 x i32> zeroinitializer
  %544 = load <8 x float>, <8 x float>* %24, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %527, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %24, align 32
  %546 = load <8 x float>, <8 x float>* %18, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %531, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %18, align 32
  %548 = add i64 %522, 16
  %549 = getelementptr inbounds float, float* %45, i64 %548
  %550 = load float, float* %549, align 4
  %551 = insertelement <8 x float> undef, float %550, i32 0
  %splat18 = shufflevector <8 x float> %551, <8 x float> undef, <8 x i32> zeroinitializer
  %552 = load <8 x float>, <8 x float>* %23, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %527, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %23, align 32
  %554 = load <8 x float>, <8 x float>* %17, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %531, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %17, align 32
  %556 = add i64 %522, 24
  %557 = getelementptr inbounds float, float* %45, i64 %556
  %558 = load float, float* %557, align 4
  %559 = insertelement <8 x float> undef, float %558, i32 0
  %splat19 = shufflevector <8 x float> %559, <8 x float> undef, <8 x i32> zeroinitializer
  %560 = load <8 x float>, <8 x float>* %22, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %527, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %22, align 32
  %562 = load <8 x float>, <8 x float>* %16, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %531, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %16, align 32
  %564 = add i64 %522, 32
  %565 = getelementptr inbounds float, float* %45, i64 %564
  %566 = load float, float* %565, align 4
  %567 = insertelement <8 x float> undef, float %566, i32 0
  %splat20 = shufflevector <8 x float> %567, <8 x float> undef, <8 x i32> zeroinitializer
  %568 = load <8 x float>, <8 x float>* %21, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %527, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %21, align 32
  %570 = load <8 x float>, <8 x float>* %15, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %531, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %15, align 32
  %572 = add i64 %522, 40
  %573 = getelementptr inbounds float, float* %45, i64 %572
  %574 = load float, float* %573, align 4
  %575 = insertelement <8 x float> undef, float %574, i32 0
  %splat21 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %576 = load <8 x float>, <8 x float>* %20, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %527, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %20, align 32
  %578 = load <8 x float>, <8 x float>* %14, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %531, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %14, align 32
  %580 = add i64 %523, 8
  %581 = getelementptr inbounds float, float* %4, i64 %580
  %582 = bitcast float* %581 to <8 x float>*
  %583 = load <8 x float>, <8 x float>* %582, align 4
  %584 = add i64 %523, 2056
  %585 = getelementptr inbounds float, float* %4, i64 %584
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = add i64 %522, 1
  %589 = getelementptr inbounds float, float* %45, i64 %588
  %590 = load float, float* %589, align 4
  %591 = insertelement <8 x float> undef, float %590, i32 0
  %splat22 = shufflevector <8 x float> %591, <8 x float> undef, <8 x i32> zeroinitializer
  %592 = load <8 x float>, <8 x float>* %25, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %583, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %25, align 32
  %594 = load <8 x float>, <8 x float>* %19, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %587, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %19, align 32
  %596 = add i64 %522, 9
  %597 = getelementptr inbounds float, float* %45, i64 %596
  %598 = load float, float* %597, align 4
  %599 = insertelement <8 x float> undef, float %598, i32 0
  %splat23 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
  %600 = load <8 x float>, <8 x float>* %24, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %583, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %24, align 32
  %602 = load <8 x float>, <8 x float>* %18, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %587, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %18, align 32
  %604 = add i64 %522, 17
  %605 = getelementptr inbounds float, float* %45, i64 %604
  %606 = load float, float* %605, align 4
  %607 = insertelement <8 x float> undef, float %606, i32 0
  %splat24 = shufflevector <8 x float> %607, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = load <8 x float>, <8 x float>* %23, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %583, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %23, align 32
  %610 = load <8 x float>, <8 x float>* %17, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %587, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %17, align 32
  %612 = add i64 %522, 25
  %613 = getelementptr inbounds float, float* %45, i64 %612
  %614 = load float, float* %613, align 4
  %615 = insertelement <8 x float> undef, float %614, i32 0
  %splat25 = shufflevector <8 x float> %615, <8 x float> undef, <8 x i32> zeroinitializer
  %616 = load <8 x float>, <8 x float>* %22, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %583, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %22, align 32
  %618 = load <8 x float>, <8 x float>* %16, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %587, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %16, align 32
  %620 = add i64 %522, 33
  %621 = getelementptr inbounds float, float* %45, i64 %620
  %622 = load float, float* %621, align 4
  %623 = insertelement <8 x float> undef, float %622, i32 0
  %splat26 = shufflevector <8 x float> %623, <8 x float> undef, <8 x i32> zeroinitializer
  %624 = load <8 x float>, <8 x float>* %21, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %583, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %21, align 32
  %626 = load <8 x float>, <8 x float>* %15, align 32
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %587, <8 x float> %626)
  store <8 x float> %627, <8 x float>* %15, align 32
  %628 = add i64 %522, 41
  %629 = getelementptr inbounds float, float* %45, i64 %628
  %630 = load float, float* %629, align 4
  %631 = insertelement <8 x float> undef, float %630, i32 0
  %splat27 = shufflevector <8 x float> %631, <8 x float> undef, <8 x i32> zeroinitializer
  %632 = load <8 x float>, <8 x float>* %20, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %583, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %20, align 32
  %634 = load <8 x float>, <8 x float>* %14, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %587, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %14, align 32
  %636 = add i64 %523, 16
  %637 = getelementptr inbounds float, float* %4, i64 %636
  %638 = bitcast float* %637 to <8 x float>*
  %639 = load <8 x float>, <8 x float>* %638, align 4
  %640 = add i64 %523, 2064
  %641 = getelementptr inbounds float, float* %4, i64 %640
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = add i64 %522, 2
  %645 = getelementptr inbounds float, float* %45, i64 %644
  %646 = load float, float* %645, align 4
  %647 = insertelement <8 x float> undef, float %646, i32 0
  %splat28 = shufflevector <8 x float> %647, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, <8 x float>* %25, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %639, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %25, align 32
  %650 = load <8 x float>, <8 x float>* %19, align 32
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %643, <8 x float> %650)
  store <8 x float> %651, <8 x float>* %19, align 32
  %652 = add i64 %522, 10
  %653 = getelementptr inbounds float, float* %45, i64 %652
  %654 = load float, float* %653, align 4
  %655 = insertelement <8 x float> undef, float %654, i32 0
  %splat29 = shufflevector <8 x float> %655, <8 x float> undef, <8 x i32> zeroinitializer
  %656 = load <8 x float>, <8 x float>* %24, align 32
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %639, <8 x float> %656)
  store <8 x float> %657, <8 x float>* %24, align 32
  %658 = load <8 x float>, <8 x float>* %18, align 32
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %643, <8 x float> %658)
  store <8 x float> %659, <8 x float>* %18, align 32
  %660 = add i64 %522, 18
  %661 = getelementptr inbounds float, float* %45, i64 %660
  %662 = load float, float* %661, align 4
  %663 = insertelement <8 x float> undef, float %662, i32 0
  %splat30 = shufflevector <8 x float> %663, <8 x float> undef, <8 x i32> zeroinitializer
  %664 = load <8 x float>, <8 x float>* %23, align 32
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %639, <8 x float> %664)
  store <8 x float> %665, <8 x float>* %23, align 32
  %666 = load <8 x float>, <8 x float>* %17, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %643, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %17, align 32
  %668 = add i64 %522, 26
  %669 = getelementptr inbounds float, float* %45, i64 %668
  %670 = load float, float* %669, align 4
  %671 = insertelement <8 x float> undef, float %670, i32 0
  %splat31 = shufflevector <8 x float> %671, <8 x float> undef, <8 x i32> zeroinitializer
  %672 = load <8 x float>, <8 x float>* %22, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %639, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %22, align 32
  %674 = load <8 x float>, <8 x float>* %16, align 32
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %643, <8 x float> %674)
  store <8 x float> %675, <8 x float>* %16, align 32
  %676 = add i64 %522, 34
  %677 = getelementptr inbounds float, float* %45, i64 %676
  %678 = load float, float* %677, align 4
  %679 = insertelement <8 x float> undef, float %678, i32 0
  %splat32 = shufflevector <8 x float> %679, <8 x float> undef, <8 x i32> zeroinitializer
  %680 = load <8 x float>, <8 x float>* %21, align 32
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %639, <8 x float> %680)
  store <8 x float> %681, <8 x float>* %21, align 32
  %682 = load <8 x float>, <8 x float>* %15, align 32
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %643, <8 x float> %682)
  store <8 x float> %683, <8 x float>* %15, align 32
  %684 = add i64 %522, 42
  %685 = getelementptr inbounds float, float* %45, i64 %684
  %686 = load float, float* %685, align 4
  %687 = insertelement <8 x float> undef, float %686, i32 0
  %splat33 = shufflevector <8 x float> %687, <8 x float> undef, <8 x i32> zeroinitializer
  %688 = load <8 x float>, <8 x float>* %20, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %639, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %20, align 32
  %690 = load <8 x float>, <8 x float>* %14, align 32
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %643, <8 x float> %690)
  store <8 x float> %691, <8 x float>* %14, align 32
  %692 = add i64 %523, 24
  %693 = getelementptr inbounds float, float* %4, i64 %692
  %694 = bitcast float* %693 to <8 x float>*
  %695 = load <8 x float>, <8 x float>* %694, align 4
  %696 = add i64 %523, 2072
  %697 = getelementptr inbounds float, float* %4, i64 %696
  %698 = bitcast float* %697 to <8 x float>*
  %699 = load <8 x float>, <8 x float>* %698, align 4
  %700 = add i64 %522, 3
  %701 = getelementptr inbounds float, float* %45, i64 %700
  %702 = load float, float* %701, align 4
  %703 = insertelement <8 x float> undef, float %702, i32 0
  %splat34 = shufflevector <8 x float> %703, <8 x float> undef, <8 x i32> zeroinitializer
  %704 = load <8 x float>, <8 x float>* %25, align 32
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %695, <8 x float> %704)
  store <8 x float> %705, <8 x float>* %25, align 32
  %706 = load <8 x float>, <8 x float>* %19, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %699, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %19, align 32
  %708 = add i64 %522, 11
  %709 = getelementptr inbounds float, float* %45, i64 %708
  %710 = load float, float* %709, align 4
  %711 = insertelement <8 x float> undef, float %710, i32 0
  %splat35 = shufflevector <8 x float> %711, <8 x float> undef, <8 x i32> zeroinitializer
  %712 = load <8 x float>, <8 x float>* %24, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %695, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %24, align 32
  %714 = load <8 x float>, <8 x float>* %18, align 32
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %699, <8 x float> %714)
  store <8 x float> %715, <8 x float>* %18, align 32
  %716 = add i64 %522, 19
  %717 = getelementptr inbounds float, float* %45, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat36 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %23, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %695, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %23, align 32
  %722 = load <8 x float>, <8 x float>* %17, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %699, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %17, align 32
  %724 = add i64 %522, 27
  %725 = getelementptr inbounds float, float* %45, i64 %724
  %726 = load float, float* %725, align 4
  %727 = insertelement <8 x float> undef, float %726, i32 0
  %splat37 = shufflevector <8 x float> %727, <8 x float> undef, <8 x i32> zeroinitializer
  %728 = load <8 x float>, <8 x float>* %22, align 32
  %729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %695, <8 x float> %728)
  store <8 x float> %729, <8 x float>* %22, align 32
  %730 = load <8 x float>, <8 x float>* %16, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %699, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %16, align 32
  %732 = add i64 %522, 35
  %733 = getelementptr inbounds float, float* %45, i64 %732
  %734 = load float, float* %733, align 4
  %735 = insertelement <8 x float> undef, float %734, i32 0
  %splat38 = shufflevector <8 x float> %735, <8 x float> undef, <8 x i32> zeroinitializer
  %736 = load <8 x float>, <8 x float>* %21, align 32
  %737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %695, <8 x float> %736)
  store <8 x float> %737, <8 x float>* %21, align 32
  %738 = load <8 x float>, <8 x float>* %15, align 32
  %739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %699, <8 x float> %738)
  store <8 x float> %739, <8 x float>* %15, align 32
  %740 = add i64 %522, 43
  %741 = getelementptr inbounds float, float* %45, i64 %740
  %742 = load float, float* %741, align 4
  %743 = insertelement <8 x float> undef, float %742, i32 0
  %splat39 = shufflevector <8 x float> %743, <8 x float> undef, <8 x i32> zeroinitializer
  %744 = load <8 x float>, <8 x float>* %20, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %695, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %20, align 32
  %746 = load <8 x float>, <8 x float>* %14, align 32
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %699, <8 x float> %746)
  store <8 x float> %747, <8 x float>* %14, align 32
  %748 = add i64 %523, 32
  %749 = getelementptr inbounds float, float* %4, i64 %748
  %750 = bitcast float* %749 to <8 x float>*
  %751 = load <8 x float>, <8 x float>* %750, align 4
  %752 = add i64 %523, 2080
  %753 = getelementptr inbounds float, float* %4, i64 %752
  %754 = bitcast float* %753 to <8 x float>*
  %755 = load <8 x float>, <8 x float>* %754, align 4
  %756 = add i64 %522, 4
  %757 = getelementptr inbounds float, float* %45, i64 %756
  %758 = load float, float* %757, align 4
  %759 = insertelement <8 x float> undef, float %758, i32 0
  %splat40 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
  %760 = load <8 x float>, <8 x float>* %25, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %751, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %25, align 32
  %762 = load <8 x float>, <8 x float>* %19, align 32
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %755, <8 x float> %762)
  store <8 x float> %763, <8 x float>* %19, align 32
  %764 = add i64 %522, 12
  %765 = getelementptr inbounds float, float* %45, i64 %764
  %766 = load float, float* %765, align 4
  %767 = insertelement <8 x float> undef, float %766, i32 0
  %splat41 = shufflevector <8 x float> %767, <8 x float> undef, <8 x i32> zeroinitializer
  %768 = load <8 x float>, <8 x float>* %24, align 32
  %769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %751, <8 x float> %768)
  store <8 x float> %769, <8 x float>* %24, align 32
  %770 = load <8 x float>, <8 x float>* %18, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %755, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %18, align 32
  %772 = add i64 %522, 20
  %773 = getelementptr inbounds float, float* %45, i64 %772
  %774 = load float, float* %773, align 4
  %775 = insertelement <8 x float> undef, float %774, i32 0
  %splat42 = shufflevector <8 x float> %775, <8 x float> undef, <8 x i32> zeroinitializer
  %776 = load <8 x float>, <8 x float>* %23, align 32
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %751, <8 x float> %776)
  store <8 x float> %777, <8 x float>* %23, align 32
  %778 = load <8 x float>, <8 x float>* %17, align 32
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %755, <8 x float> %778)
  store <8 x float> %779, <8 x float>* %17, align 32
  %780 = add i64 %522, 28
  %781 = getelementptr inbounds float, float* %45, i64 %780
  %782 = load float, float* %781, align 4
  %783 = insertelement <8 x float> undef, float %782, i32 0
  %splat43 = shufflevector <8 x float> %783, <8 x float> undef, <8 x i32> zeroinitializer
  %784 = load <8 x float>, <8 x float>* %22, align 32
  %785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %751, <8 x float> %784)
  store <8 x float> %785, <8 x float>* %22, align 32
  %786 = load <8 x float>, <8 x float>* %16, align 32
  %787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %755, <8 x float> %786)
  store <8 x float> %787, <8 x float>* %16, align 32
  %788 = add i64 %522, 36
  %789 = getelementptr inbounds float, float* %45, i64 %788
  %790 = load float, float* %789, align 4
  %791 = insertelement <8 x float> undef, float %790, i32 0
  %splat44 = shufflevector <8 x float> %791, <8 x float> undef, <8 x i32> zeroinitializer
  %792 = load <8 x float>, <8 x float>* %21, align 32
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %751, <8 x float> %792)
  store <8 x float> %793, <8 x float>* %21, align 32
  %794 = load <8 x float>, <8 x float>* %15, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %755, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %15, align 32
  %796 = add i64 %522, 44
  %797 = getelementptr inbounds float, float* %45, i64 %796
  %798 = load float, float* %797, align 4
  %799 = insertelement <8 x float> undef, float %798, i32 0
  %splat45 = shufflevector <8 x float> %799, <8 x float> undef, <8 x i32> zeroinitializer
  %800 = load <8 x float>, <8 x float>* %20, align 32
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %751, <8 x float> %800)
  store <8 x float> %801, <8 x float>* %20, align 32
  %802 = load <8 x float>, <8 x float>* %14, align 32
  %803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %755, <8 x float> %802)
  store <8 x float> %803, <8 x float>* %14, align 32
  %804 = add i64 %523, 40
  %805 = getelementptr inbounds float, float* %4, i64 %804
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = add i64 %523, 2088
  %809 = getelementptr inbounds float, float* %4, i64 %808
  %810 = bitcast float* %809 to <8 x float>*
  %811 = load <8 x float>, <8 x float>* %810, align 4
  %812 = add i64 %522, 5
  %813 = getelementptr inbounds float, float* %45, i64 %812
  %814 = load float, float* %813, align 4
  %815 = insertelement <8 x float> undef, float %814, i32 0
  %splat46 = shufflevector <8 x float> %815, <8 x float> undef, <8 x i32> zeroinitializer
  %816 = load <8 x float>, <8 x float>* %25, align 32
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %807, <8 x float> %816)
  store <8 x float> %817, <8 x float>* %25, align 32
  %818 = load <8 x float>, <8 x float>* %19, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %811, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %19, align 32
  %820 = add i64 %522, 13
  %821 = getelementptr inbounds float, float* %45, i64 %820
  %822 = load float, float* %821, align 4
  %823 = insertelement <8 x float> undef, float %822, i32 0
  %splat47 = shufflevector <8 x float> %823, <8 x float> undef, <8 x i32> zeroinitializer
  %824 = load <8 x float>, <8 x float>* %24, align 32
  %825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %807, <8 x float> %824)
  store <8 x float> %825, <8 x float>* %24, align 32
  %826 = load <8 x float>, <8 x float>* %18, align 32
  %827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %811, <8 x float> %826)
  store <8 x float> %827, <8 x float>* %18, align 32
  %828 = add i64 %522, 21
  %829 = getelementptr inbounds float, float* %45, i64 %828
  %830 = load float, float* %829, align 4
  %831 = insertelement <8 x float> undef, float %830, i32 0
  %splat48 = shufflevector <8 x float> %831, <8 x float> undef, <8 x i32> zeroinitializer
  %832 = load <8 x float>, <8 x float>* %23, align 32
  %833 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %807, <8 x float> %832)
  store <8 x float> %833, <8 x float>* %23, align 32
  %834 = load <8 x float>, <8 x float>* %17, align 32
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %811, <8 x float> %834)
  store <8 x float> %835, <8 x float>* %17, align 32
  %836 = add i64 %522, 29
  %837 = getelementptr inbounds float, float* %45, i64 %836
  %838 = load float, float* %837, align 4
  %839 = insertelement <8 x float> undef, float %838, i32 0
  %splat49 = shufflevector <8 x float> %839, <8 x float> undef, <8 x i32> zeroinitializer
  %840 = load <8 x float>, <8 x float>* %22, align 32
  %841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %807, <8 x float> %840)
  store <8 x float> %841, <8 x float>* %22, align 32
  %842 = load <8 x float>, <8 x float>* %16, align 32
  %843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %811, <8 x float> %842)
  store <8 x float> %843, <8 x float>* %16, align 32
  %844 = add i64 %522, 37
  %845 = getelementptr inbounds float, float* %45, i64 %844
  %846 = load float, float* %845, align 4
  %847 = insertelement <8 x float> undef, float %846, i32 0
  %splat50 = shufflevector <8 x float> %847, <8 x float> undef, <8 x i32> zeroinitializer
  %848 = load <8 x float>, <8 x float>* %21, align 32
  %849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %807, <8 x float> %848)
  store <8 x float> %849, <8 x float>* %21, align 32
  %850 = load <8 x float>, <8 x float>* %15, align 32
  %851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %811, <8 x float> %850)
  store <8 x float> %851, <8 x float>* %15, align 32
  %852 = add i64 %522, 45
  %853 = getelementptr inbounds float, float* %45, i64 %852
  %854 = load float, float* %853, align 4
  %855 = insertelement <8 x float> undef, float %854, i32 0
  %splat51 = shufflevector <8 x float> %855, <8 x float> undef, <8 x i32> zeroinitializer
  %856 = load <8 x float>, <8 x float>* %20, align 32
  %857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %807, <8 x float> %856)
  store <8 x float> %857, <8 x float>* %20, align 32
  %858 = load <8 x float>, <8 x float>* %14, align 32
  %859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %811, <8 x float> %858)
  store <8 x float> %859, <8 x float>* %14, align 32
  %860 = add i64 %523, 48
  %861 = getelementptr inbounds float, float* %4, i64 %860
  %862 = bitcast float* %861 to <8 x float>*
  %863 = load <8 x float>, <8 x float>* %862, align 4
  %864 = add i64 %523, 2096
  %865 = getelementptr inbounds float, float* %4, i64 %864
  %866 = bitcast float* %865 to <8 x float>*
  %867 = load <8 x float>, <8 x float>* %866, align 4
  %868 = add i64 %522, 6
  %869 = getelementptr inbounds float, float* %45, i64 %868
  %870 = load float, float* %869, align 4
  %871 = insertelement <8 x float> undef, float %870, i32 0
  %splat52 = shufflevector <8 x float> %871, <8 x float> undef, <8 x i32> zeroinitializer
  %872 = load <8 x float>, <8 x float>* %25, align 32
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %863, <8 x float> %872)
  store <8 x float> %873, <8 x float>* %25, align 32
  %874 = load <8 x float>, <8 x float>* %19, align 32
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %867, <8 x float> %874)
  store <8 x float> %875, <8 x float>* %19, align 32
  %876 = add i64 %522, 14
  %877 = getelementptr inbounds float, float* %45, i64 %876
  %878 = load float, float* %877, align 4
  %879 = insertelement <8 x float> undef, float %878, i32 0
  %splat53 = shufflevector <8 x float> %879, <8 x float> undef, <8 x i32> zeroinitializer
  %880 = load <8 x float>, <8 x float>* %24, align 32
  %881 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %863, <8 x float> %880)
  store <8 x float> %881, <8 x float>* %24, align 32
  %882 = load <8 x float>, <8 x float>* %18, align 32
  %883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %867, <8 x float> %882)
  store <8 x float> %883, <8 x float>* %18, align 32
  %884 = add i64 %522, 22
  %885 = getelementptr inbounds float, float* %45, i64 %884
  %886 = load float, float* %885, align 4
  %887 = insertelement <8 x float> undef, float %886, i32 0
  %splat54 = shufflevector <8 x float> %887, <8 x float> undef, <8 x i32> zeroinitializer
  %888 = load <8 x float>, <8 x float>* %23, align 32
  %889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %863, <8 x float> %888)
  store <8 x float> %889, <8 x float>* %23, align 32
  %890 = load <8 x float>, <8 x float>* %17, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %867, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %17, align 32
  %892 = add i64 %522, 30
  %893 = getelementptr inbounds float, float* %45, i64 %892
  %894 = load float, float* %893, align 4
  %895 = insertelement <8 x float> undef, float %894, i32 0
  %splat55 = shufflevector <8 x float> %895, <8 x float> undef, <8 x i32> zeroinitializer
  %896 = load <8 x float>, <8 x float>* %22, align 32
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %863, <8 x float> %896)
  store <8 x float> %897, <8 x float>* %22, align 32
  %898 = load <8 x float>, <8 x float>* %16, align 32
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %867, <8 x float> %898)
  store <8 x float> %899, <8 x float>* %16, align 32
  %900 = add i64 %522, 38
  %901 = getelementptr inbounds float, float* %45, i64 %900
  %902 = load float, float* %901, align 4
  %903 = insertelement <8 x float> undef, float %902, i32 0
  %splat56 = shufflevector <8 x float> %903, <8 x float> undef, <8 x i32> zeroinitializer
  %904 = load <8 x float>, <8 x float>* %21, align 32
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %863, <8 x float> %904)
  store <8 x float> %905, <8 x float>* %21, align 32
  %906 = load <8 x float>, <8 x float>* %15, align 32
  %907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %867, <8 x float> %906)
  store <8 x float> %907, <8 x float>* %15, align 32
  %908 = add i64 %522, 46
  %909 = getelementptr inbounds float, float* %45, i64 %908
  %910 = load float, float* %909, align 4
  %911 = insertelement <8 x float> undef, float %910, i32 0
  %splat57 = shufflevector <8 x float> %911, <8 x float> undef, <8 x i32> zeroinitializer
  %912 = load <8 x float>, <8 x float>* %20, align 32
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %863, <8 x float> %912)
  store <8 x float> %913, <8 x float>* %20, align 32
  %914 = load <8 x float>, <8 x float>* %14, align 32
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %867, <8 x float> %914)
  store <8 x float> %915, <8 x float>* %14, align 32
  %916 = add i64 %523, 56
  %917 = getelementptr inbounds float, float* %4, i64 %916
  %918 = bitcast float* %917 to <8 x float>*
  %919 = load <8 x float>, <8 x float>* %918, align 4
  %920 = add i64 %523, 2104
  %921 = getelementptr inbounds float, float* %4, i64 %920
  %922 = bitcast float* %921 to <8 x float>*
  %923 = load <8 x float>, <8 x float>* %922, align 4
  %924 = add i64 %522, 7
  %925 = getelementptr inbounds float, float* %45, i64 %924
  %926 = load float, float* %925, align 4
  %927 = insertelement <8 x float> undef, float %926, i32 0
  %splat58 = shufflevector <8 x float> %927, <8 x float> undef, <8 x i32> zeroinitializer
  %928 = load <8 x float>, <8 x float>* %25, align 32
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %919, <8 x float> %928)
  store <8 x float> %929, <8 x float>* %25, align 32
  %930 = load <8 x float>, <8 x float>* %19, align 32
  %931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %923, <8 x float> %930)
  store <8 x float> %931, <8 x float>* %19, align 32
  %932 = add i64 %522, 15
  %933 = getelementptr inbounds float, float* %45, i64 %932
  %934 = load float, float* %933, align 4
  %935 = insertelement <8 x float> undef, float %934, i32 0
  %splat59 = shufflevector <8 x float> %935, <8 x float> undef, <8 x i32> zeroinitializer
  %936 = load <8 x float>, <8 x float>* %24, align 32
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %919, <8 x float> %936)
  store <8 x float> %937, <8 x float>* %24, align 32
  %938 = load <8 x float>, <8 x float>* %18, align 32
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %923, <8 x float> %938)
  store <8 x float> %939, <8 x float>* %18, align 32
  %940 = add i64 %522, 23
  %941 = getelementptr inbounds float, float* %45, i64 %940
  %942 = load float, float* %941, align 4
  %943 = insertelement <8 x float> undef, float %942, i32 0
  %splat60 = shufflevector <8 x float> %943, <8 x float> undef, <8 x i32> zeroinitializer
  %944 = load <8 x float>, <8 x float>* %23, align 32
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %919, <8 x float> %944)
  store <8 x float> %945, <8 x float>* %23, align 32
  %946 = load <8 x float>, <8 x float>* %17, align 32
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %923, <8 x float> %946)
  store <8 x float> %947, <8 x float>* %17, align 32
  %948 = add i64 %522, 31
  %949 = getelementptr inbounds float, float* %45, i64 %948
  %950 = load float, float* %949, align 4
  %951 = insertelement <8 x float> undef, float %950, i32 0
  %splat61 = shufflevector <8 x float> %951, <8 x float> undef, <8 x i32> zeroinitializer
  %952 = load <8 x float>, <8 x float>* %22, align 32
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %919, <8 x float> %952)
  store <8 x float> %953, <8 x float>* %22, align 32
  %954 = load <8 x float>, <8 x float>* %16, align 32
  %955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %923, <8 x float> %954)
  store <8 x float> %955, <8 x float>* %16, align 32
  %956 = add i64 %522, 39
  %957 = getelementptr inbounds float, float* %45, i64 %956
  %958 = load float, float* %957, align 4
  %959 = insertelement <8 x float> undef, float %958, i32 0
  %splat62 = shufflevector <8 x float> %959, <8 x float> undef, <8 x i32> zeroinitializer
  %960 = load <8 x float>, <8 x float>* %21, align 32
  %961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %919, <8 x float> %960)
  store <8 x float> %961, <8 x float>* %21, align 32
  %962 = load <8 x float>, <8 x float>* %15, align 32
  %963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %923, <8 x float> %962)
  store <8 x float> %963, <8 x float>* %15, align 32
  %964 = add i64 %522, 47
  %965 = getelementptr inbounds float, float* %45, i64 %964
  %966 = load float, float* %965, align 4
  %967 = insertelement <8 x float> undef, float %966, i32 0
  %splat63 = shufflevector <8 x float> %967, <8 x float> undef, <8 x i32> zeroinitializer
  %968 = load <8 x float>, <8 x float>* %20, align 32
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %919, <8 x float> %968)
  store <8 x float> %969, <8 x float>* %20, align 32
  %970 = load <8 x float>, <8 x float>* %14, align 32
  %971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %923, <8 x float> %970)
  store <8 x float> %971, <8 x float>* %14, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %972 = load <8 x float>, <8 x float>* %25, align 32
  %973 = fcmp olt <8 x float> %972, zeroinitializer
  %974 = select <8 x i1> %973, <8 x float> zeroinitializer, <8 x float> %972
  %975 = getelementptr inbounds float, float* %0, i64 %433
  %976 = bitcast float* %975 to <8 x float>*
  store <8 x float> %974, <8 x float>* %976, align 4
  %977 = load <8 x float>, <8 x float>* %24, align 32
  %978 = fcmp olt <8 x float> %977, zeroinitializer
  %979 = select <8 x i1> %978, <8 x float> zeroinitializer, <8 x float> %977
  %980 = getelementptr inbounds float, float* %0, i64 %436
  %981 = bitcast float* %980 to <8 x float>*
  store <8 x float> %979, <8 x float>* %981, align 4
  %982 = load <8 x float>, <8 x float>* %23, align 32
  %983 = fcmp olt <8 x float> %982, zeroinitializer
  %984 = select <8 x i1> %983, <8 x float> zeroinitializer, <8 x float> %982
  %985 = getelementptr inbounds float, float* %0, i64 %439
  %986 = bitcast float* %985 to <8 x float>*
  store <8 x float> %984, <8 x float>* %986, align 4
  %987 = load <8 x float>, <8 x float>* %22, align 32
  %988 = fcmp olt <8 x float> %987, zeroinitializer
  %989 = select <8 x i1> %988, <8 x float> zeroinitializer, <8 x float> %987
  %990 = getelementptr inbounds float, float* %0, i64 %442
  %991 = bitcast float* %990 to <8 x float>*
  store <8 x float> %989, <8 x float>* %991, align 4
  %992 = load <8 x float>, <8 x float>* %21, align 32
  %993 = fcmp olt <8 x float> %992, zeroinitializer
  %994 = select <8 x i1> %993, <8 x float> zeroinitializer, <8 x float> %992
  %995 = getelementptr inbounds float, float* %0, i64 %445
  %996 = bitcast float* %995 to <8 x float>*
  store <8 x float> %994, <8 x float>* %996, align 4
  %997 = load <8 x float>, <8 x float>* %20, align 32
  %998 = fcmp olt <8 x float> %997, zeroinitializer
  %999 = select <8 x i1> %998, <8 x float> zeroinitializer, <8 x float> %997
  %1000 = getelementptr inbounds float, float* %0, i64 %448
  %1001 = bitcast float* %1000 to <8 x float>*
  store <8 x float> %999, <8 x float>* %1001, align 4
  %1002 = load <8 x float>, <8 x float>* %19, align 32
  %1003 = fcmp olt <8 x float> %1002, zeroinitializer
  %1004 = select <8 x i1> %1003, <8 x float> zeroinitializer, <8 x float> %1002
  %1005 = getelementptr inbounds float, float* %0, i64 %455
  %1006 = bitcast float* %1005 to <8 x float>*
  store <8 x float> %1004, <8 x float>* %1006, align 4
  %1007 = load <8 x float>, <8 x float>* %18, align 32
  %1008 = fcmp olt <8 x float> %1007, zeroinitializer
  %1009 = select <8 x i1> %1008, <8 x float> zeroinitializer, <8 x float> %1007
  %1010 = getelementptr inbounds float, float* %0, i64 %458
  %1011 = bitcast float* %1010 to <8 x float>*
  store <8 x float> %1009, <8 x float>* %1011, align 4
  %1012 = load <8 x float>, <8 x float>* %17, align 32
  %1013 = fcmp olt <8 x float> %1012, zeroinitializer
  %1014 = select <8 x i1> %1013, <8 x float> zeroinitializer, <8 x float> %1012
  %1015 = getelementptr inbounds float, float* %0, i64 %461
  %1016 = bitcast float* %1015 to <8 x float>*
  store <8 x float> %1014, <8 x float>* %1016, align 4
  %1017 = load <8 x float>, <8 x float>* %16, align 32
  %1018 = fcmp olt <8 x float> %1017, zeroinitializer
  %1019 = select <8 x i1> %1018, <8 x float> zeroinitializer, <8 x float> %1017
  %1020 = getelementptr inbounds float, float* %0, i64 %464
  %1021 = bitcast float* %1020 to <8 x float>*
  store <8 x float> %1019, <8 x float>* %1021, align 4
  %1022 = load <8 x float>, <8 x float>* %15, align 32
  %1023 = fcmp olt <8 x float> %1022, zeroinitializer
  %1024 = select <8 x i1> %1023, <8 x float> zeroinitializer, <8 x float> %1022
  %1025 = getelementptr inbounds float, float* %0, i64 %467
  %1026 = bitcast float* %1025 to <8 x float>*
  store <8 x float> %1024, <8 x float>* %1026, align 4
  %1027 = load <8 x float>, <8 x float>* %14, align 32
  %1028 = fcmp olt <8 x float> %1027, zeroinitializer
  %1029 = select <8 x i1> %1028, <8 x float> zeroinitializer, <8 x float> %1027
  %1030 = getelementptr inbounds float, float* %0, i64 %470
  %1031 = bitcast float* %1030 to <8 x float>*
  store <8 x float> %1029, <8 x float>* %1031, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header64:                                       ; preds = %u.body65, %x.exit
  %u67 = phi i64 [ 0, %x.exit ], [ %u.next84, %u.body65 ]
  %1032 = icmp slt i64 %u67, 32
  br i1 %1032, label %u.body65, label %u.exit66

u.body65:                                         ; preds = %u.header64
  %1033 = add i64 0, %u67
  %1034 = mul i64 %1033, 784
  %1035 = add i64 768, %1034
  %1036 = mul i64 %1033, 64
  %1037 = add i64 %424, %1036
  %1038 = add i64 %1035, 0
  %1039 = add i64 %1038, 0
  %1040 = add i64 %1037, 0
  %1041 = add i64 %1040, 0
  %1042 = getelementptr inbounds float, float* %4, i64 %1041
  %1043 = bitcast float* %1042 to <8 x float>*
  %1044 = load <8 x float>, <8 x float>* %1043, align 4
  %1045 = add i64 %1040, 2048
  %1046 = getelementptr inbounds float, float* %4, i64 %1045
  %1047 = bitcast float* %1046 to <8 x float>*
  %1048 = load <8 x float>, <8 x float>* %1047, align 4
  %1049 = add i64 %1039, 0
  %1050 = getelementptr inbounds float, float* %45, i64 %1049
  %1051 = load float, float* %1050, align 4
  %1052 = insertelement <8 x float> undef, float %1051, i32 0
  %splat68 = shufflevector <8 x float> %1052, <8 x float> undef, <8 x i32> zeroinitializer
  %1053 = load <8 x float>, <8 x float>* %13, align 32
  %1054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1044, <8 x float> %1053)
  store <8 x float> %1054, <8 x float>* %13, align 32
  %1055 = load <8 x float>, <8 x float>* %11, align 32
  %1056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1048, <8 x float> %1055)
  store <8 x float> %1056, <8 x float>* %11, align 32
  %1057 = add i64 %1039, 8
  %1058 = getelementptr inbounds float, float* %45, i64 %1057
  %1059 = load float, float* %1058, align 4
  %1060 = insertelement <8 x float> undef, float %1059, i32 0
  %splat69 = shufflevector <8 x float> %1060, <8 x float> undef, <8 x i32> zeroinitializer
  %1061 = load <8 x float>, <8 x float>* %12, align 32
  %1062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1044, <8 x float> %1061)
  store <8 x float> %1062, <8 x float>* %12, align 32
  %1063 = load <8 x float>, <8 x float>* %10, align 32
  %1064 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1048, <8 x float> %1063)
  store <8 x float> %1064, <8 x float>* %10, align 32
  %1065 = add i64 %1040, 8
  %1066 = getelementptr inbounds float, float* %4, i64 %1065
  %1067 = bitcast float* %1066 to <8 x float>*
  %1068 = load <8 x float>, <8 x float>* %1067, align 4
  %1069 = add i64 %1040, 2056
  %1070 = getelementptr inbounds float, float* %4, i64 %1069
  %1071 = bitcast float* %1070 to <8 x float>*
  %1072 = load <8 x float>, <8 x float>* %1071, align 4
  %1073 = add i64 %1039, 1
  %1074 = getelementptr inbounds float, float* %45, i64 %1073
  %1075 = load float, float* %1074, align 4
  %1076 = insertelement <8 x float> undef, float %1075, i32 0
  %splat70 = shufflevector <8 x float> %1076, <8 x float> undef, <8 x i32> zeroinitializer
  %1077 = load <8 x float>, <8 x float>* %13, align 32
  %1078 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1068, <8 x float> %1077)
  store <8 x float> %1078, <8 x float>* %13, align 32
  %1079 = load <8 x float>, <8 x float>* %11, align 32
  %1080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1072, <8 x float> %1079)
  store <8 x float> %1080, <8 x float>* %11, align 32
  %1081 = add i64 %1039, 9
  %1082 = getelementptr inbounds float, float* %45, i64 %1081
  %1083 = load float, float* %1082, align 4
  %1084 = insertelement <8 x float> undef, float %1083, i32 0
  %splat71 = shufflevector <8 x float> %1084, <8 x float> undef, <8 x i32> zeroinitializer
  %1085 = load <8 x float>, <8 x float>* %12, align 32
  %1086 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1068, <8 x float> %1085)
  store <8 x float> %1086, <8 x float>* %12, align 32
  %1087 = load <8 x float>, <8 x float>* %10, align 32
  %1088 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1072, <8 x float> %1087)
  store <8 x float> %1088, <8 x float>* %10, align 32
  %1089 = add i64 %1040, 16
  %1090 = getelementptr inbounds float, float* %4, i64 %1089
  %1091 = bitcast float* %1090 to <8 x float>*
  %1092 = load <8 x float>, <8 x float>* %1091, align 4
  %1093 = add i64 %1040, 2064
  %1094 = getelementptr inbounds float, float* %4, i64 %1093
  %1095 = bitcast float* %1094 to <8 x float>*
  %1096 = load <8 x float>, <8 x float>* %1095, align 4
  %1097 = add i64 %1039, 2
  %1098 = getelementptr inbounds float, float* %45, i64 %1097
  %1099 = load float, float* %1098, align 4
  %1100 = insertelement <8 x float> undef, float %1099, i32 0
  %splat72 = shufflevector <8 x float> %1100, <8 x float> undef, <8 x i32> zeroinitializer
  %1101 = load <8 x float>, <8 x float>* %13, align 32
  %1102 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1092, <8 x float> %1101)
  store <8 x float> %1102, <8 x float>* %13, align 32
  %1103 = load <8 x float>, <8 x float>* %11, align 32
  %1104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1096, <8 x float> %1103)
  store <8 x float> %1104, <8 x float>* %11, align 32
  %1105 = add i64 %1039, 10
  %1106 = getelementptr inbounds float, float* %45, i64 %1105
  %1107 = load float, float* %1106, align 4
  %1108 = insertelement <8 x float> undef, float %1107, i32 0
  %splat73 = shufflevector <8 x float> %1108, <8 x float> undef, <8 x i32> zeroinitializer
  %1109 = load <8 x float>, <8 x float>* %12, align 32
  %1110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1092, <8 x float> %1109)
  store <8 x float> %1110, <8 x float>* %12, align 32
  %1111 = load <8 x float>, <8 x float>* %10, align 32
  %1112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1096, <8 x float> %1111)
  store <8 x float> %1112, <8 x float>* %10, align 32
  %1113 = add i64 %1040, 24
  %1114 = getelementptr inbounds float, float* %4, i64 %1113
  %1115 = bitcast float* %1114 to <8 x float>*
  %1116 = load <8 x float>, <8 x float>* %1115, align 4
  %1117 = add i64 %1040, 2072
  %1118 = getelementptr inbounds float, float* %4, i64 %1117
  %1119 = bitcast float* %1118 to <8 x float>*
  %1120 = load <8 x float>, <8 x float>* %1119, align 4
  %1121 = add i64 %1039, 3
  %1122 = getelementptr inbounds float, float* %45, i64 %1121
  %1123 = load float, float* %1122, align 4
  %1124 = insertelement <8 x float> undef, float %1123, i32 0
  %splat74 = shufflevector <8 x float> %1124, <8 x float> undef, <8 x i32> zeroinitializer
  %1125 = load <8 x float>, <8 x float>* %13, align 32
  %1126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1116, <8 x float> %1125)
  store <8 x float> %1126, <8 x float>* %13, align 32
  %1127 = load <8 x float>, <8 x float>* %11, align 32
  %1128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1120, <8 x float> %1127)
  store <8 x float> %1128, <8 x float>* %11, align 32
  %1129 = add i64 %1039, 11
  %1130 = getelementptr inbounds float, float* %45, i64 %1129
  %1131 = load float, float* %1130, align 4
  %1132 = insertelement <8 x float> undef, float %1131, i32 0
  %splat75 = shufflevector <8 x float> %1132, <8 x float> undef, <8 x i32> zeroinitializer
  %1133 = load <8 x float>, <8 x float>* %12, align 32
  %1134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1116, <8 x float> %1133)
  store <8 x float> %1134, <8 x float>* %12, align 32
  %1135 = load <8 x float>, <8 x float>* %10, align 32
  %1136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1120, <8 x float> %1135)
  store <8 x float> %1136, <8 x float>* %10, align 32
  %1137 = add i64 %1040, 32
  %1138 = getelementptr inbounds float, float* %4, i64 %1137
  %1139 = bitcast float* %1138 to <8 x float>*
  %1140 = load <8 x float>, <8 x float>* %1139, align 4
  %1141 = add i64 %1040, 2080
  %1142 = getelementptr inbounds float, float* %4, i64 %1141
  %1143 = bitcast float* %1142 to <8 x float>*
  %1144 = load <8 x float>, <8 x float>* %1143, align 4
  %1145 = add i64 %1039, 4
  %1146 = getelementptr inbounds float, float* %45, i64 %1145
  %1147 = load float, float* %1146, align 4
  %1148 = insertelement <8 x float> undef, float %1147, i32 0
  %splat76 = shufflevector <8 x float> %1148, <8 x float> undef, <8 x i32> zeroinitializer
  %1149 = load <8 x float>, <8 x float>* %13, align 32
  %1150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1140, <8 x float> %1149)
  store <8 x float> %1150, <8 x float>* %13, align 32
  %1151 = load <8 x float>, <8 x float>* %11, align 32
  %1152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1144, <8 x float> %1151)
  store <8 x float> %1152, <8 x float>* %11, align 32
  %1153 = add i64 %1039, 12
  %1154 = getelementptr inbounds float, float* %45, i64 %1153
  %1155 = load float, float* %1154, align 4
  %1156 = insertelement <8 x float> undef, float %1155, i32 0
  %splat77 = shufflevector <8 x float> %1156, <8 x float> undef, <8 x i32> zeroinitializer
  %1157 = load <8 x float>, <8 x float>* %12, align 32
  %1158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1140, <8 x float> %1157)
  store <8 x float> %1158, <8 x float>* %12, align 32
  %1159 = load <8 x float>, <8 x float>* %10, align 32
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1144, <8 x float> %1159)
  store <8 x float> %1160, <8 x float>* %10, align 32
  %1161 = add i64 %1040, 40
  %1162 = getelementptr inbounds float, float* %4, i64 %1161
  %1163 = bitcast float* %1162 to <8 x float>*
  %1164 = load <8 x float>, <8 x float>* %1163, align 4
  %1165 = add i64 %1040, 2088
  %1166 = getelementptr inbounds float, float* %4, i64 %1165
  %1167 = bitcast float* %1166 to <8 x float>*
  %1168 = load <8 x float>, <8 x float>* %1167, align 4
  %1169 = add i64 %1039, 5
  %1170 = getelementptr inbounds float, float* %45, i64 %1169
  %1171 = load float, float* %1170, align 4
  %1172 = insertelement <8 x float> undef, float %1171, i32 0
  %splat78 = shufflevector <8 x float> %1172, <8 x float> undef, <8 x i32> zeroinitializer
  %1173 = load <8 x float>, <8 x float>* %13, align 32
  %1174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1164, <8 x float> %1173)
  store <8 x float> %1174, <8 x float>* %13, align 32
  %1175 = load <8 x float>, <8 x float>* %11, align 32
  %1176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1168, <8 x float> %1175)
  store <8 x float> %1176, <8 x float>* %11, align 32
  %1177 = add i64 %1039, 13
  %1178 = getelementptr inbounds float, float* %45, i64 %1177
  %1179 = load float, float* %1178, align 4
  %1180 = insertelement <8 x float> undef, float %1179, i32 0
  %splat79 = shufflevector <8 x float> %1180, <8 x float> undef, <8 x i32> zeroinitializer
  %1181 = load <8 x float>, <8 x float>* %12, align 32
  %1182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1164, <8 x float> %1181)
  store <8 x float> %1182, <8 x float>* %12, align 32
  %1183 = load <8 x float>, <8 x float>* %10, align 32
  %1184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1168, <8 x float> %1183)
  store <8 x float> %1184, <8 x float>* %10, align 32
  %1185 = add i64 %1040, 48
  %1186 = getelementptr inbounds float, float* %4, i64 %1185
  %1187 = bitcast float* %1186 to <8 x float>*
  %1188 = load <8 x float>, <8 x float>* %1187, align 4
  %1189 = add i64 %1040, 2096
  %1190 = getelementptr inbounds float, float* %4, i64 %1189
  %1191 = bitcast float* %1190 to <8 x float>*
  %1192 = load <8 x float>, <8 x float>* %1191, align 4
  %1193 = add i64 %1039, 6
  %1194 = getelementptr inbounds float, float* %45, i64 %1193
  %1195 = load float, float* %1194, align 4
  %1196 = insertelement <8 x float> undef, float %1195, i32 0
  %splat80 = shufflevector <8 x float> %1196, <8 x float> undef, <8 x i32> zeroinitializer
  %1197 = load <8 x float>, <8 x float>* %13, align 32
  %1198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1188, <8 x float> %1197)
  store <8 x float> %1198, <8 x float>* %13, align 32
  %1199 = load <8 x float>, <8 x float>* %11, align 32
  %1200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1192, <8 x float> %1199)
  store <8 x float> %1200, <8 x float>* %11, align 32
  %1201 = add i64 %1039, 14
  %1202 = getelementptr inbounds float, float* %45, i64 %1201
  %1203 = load float, float* %1202, align 4
  %1204 = insertelement <8 x float> undef, float %1203, i32 0
  %splat81 = shufflevector <8 x float> %1204, <8 x float> undef, <8 x i32> zeroinitializer
  %1205 = load <8 x float>, <8 x float>* %12, align 32
  %1206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1188, <8 x float> %1205)
  store <8 x float> %1206, <8 x float>* %12, align 32
  %1207 = load <8 x float>, <8 x float>* %10, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1192, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %10, align 32
  %1209 = add i64 %1040, 56
  %1210 = getelementptr inbounds float, float* %4, i64 %1209
  %1211 = bitcast float* %1210 to <8 x float>*
  %1212 = load <8 x float>, <8 x float>* %1211, align 4
  %1213 = add i64 %1040, 2104
  %1214 = getelementptr inbounds float, float* %4, i64 %1213
  %1215 = bitcast float* %1214 to <8 x float>*
  %1216 = load <8 x float>, <8 x float>* %1215, align 4
  %1217 = add i64 %1039, 7
  %1218 = getelementptr inbounds float, float* %45, i64 %1217
  %1219 = load float, float* %1218, align 4
  %1220 = insertelement <8 x float> undef, float %1219, i32 0
  %splat82 = shufflevector <8 x float> %1220, <8 x float> undef, <8 x i32> zeroinitializer
  %1221 = load <8 x float>, <8 x float>* %13, align 32
  %1222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1212, <8 x float> %1221)
  store <8 x float> %1222, <8 x float>* %13, align 32
  %1223 = load <8 x float>, <8 x float>* %11, align 32
  %1224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1216, <8 x float> %1223)
  store <8 x float> %1224, <8 x float>* %11, align 32
  %1225 = add i64 %1039, 15
  %1226 = getelementptr inbounds float, float* %45, i64 %1225
  %1227 = load float, float* %1226, align 4
  %1228 = insertelement <8 x float> undef, float %1227, i32 0
  %splat83 = shufflevector <8 x float> %1228, <8 x float> undef, <8 x i32> zeroinitializer
  %1229 = load <8 x float>, <8 x float>* %12, align 32
  %1230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1212, <8 x float> %1229)
  store <8 x float> %1230, <8 x float>* %12, align 32
  %1231 = load <8 x float>, <8 x float>* %10, align 32
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1216, <8 x float> %1231)
  store <8 x float> %1232, <8 x float>* %10, align 32
  %u.next84 = add i64 %u67, 1
  br label %u.header64

u.exit66:                                         ; preds = %u.header64
  %1233 = load <8 x float>, <8 x float>* %13, align 32
  %1234 = fcmp olt <8 x float> %1233, zeroinitializer
  %1235 = select <8 x i1> %1234, <8 x float> zeroinitializer, <8 x float> %1233
  %1236 = getelementptr inbounds float, float* %0, i64 %491
  %1237 = bitcast float* %1236 to <8 x float>*
  store <8 x float> %1235, <8 x float>* %1237, align 4
  %1238 = load <8 x float>, <8 x float>* %12, align 32
  %1239 = fcmp olt <8 x float> %1238, zeroinitializer
  %1240 = select <8 x i1> %1239, <8 x float> zeroinitializer, <8 x float> %1238
  %1241 = getelementptr inbounds float, float* %0, i64 %494
  %1242 = bitcast float* %1241 to <8 x float>*
  store <8 x float> %1240, <8 x float>* %1242, align 4
  %1243 = load <8 x float>, <8 x float>* %11, align 32
  %1244 = fcmp olt <8 x float> %1243, zeroinitializer
  %1245 = select <8 x i1> %1244, <8 x float> zeroinitializer, <8 x float> %1243
  %1246 = getelementptr inbounds float, float* %0, i64 %501
  %1247 = bitcast float* %1246 to <8 x float>*
  store <8 x float> %1245, <8 x float>* %1247, align 4
  %1248 = load <8 x float>, <8 x float>* %10, align 32
  %1249 = fcmp olt <8 x float> %1248, zeroinitializer
  %1250 = select <8 x i1> %1249, <8 x float> zeroinitializer, <8 x float> %1248
  %1251 = getelementptr inbounds float, float* %0, i64 %504
  %1252 = bitcast float* %1251 to <8 x float>*
  store <8 x float> %1250, <8 x float>* %1252, align 4
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

band.row.header:                                  ; preds = %kh.exit19, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit19 ]
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
  %73 = add i64 %58, 8
  %74 = load <8 x float>, <8 x float>* %39, align 32
  %75 = fcmp olt <8 x float> %74, zeroinitializer
  %76 = select <8 x i1> %75, <8 x float> zeroinitializer, <8 x float> %74
  %77 = getelementptr inbounds float, float* %45, i64 %73
  %78 = bitcast float* %77 to <8 x float>*
  store <8 x float> %76, <8 x float>* %78, align 4
  %79 = add i64 %58, 16
  %80 = load <8 x float>, <8 x float>* %38, align 32
  %81 = fcmp olt <8 x float> %80, zeroinitializer
  %82 = select <8 x i1> %81, <8 x float> zeroinitializer, <8 x float> %80
  %83 = getelementptr inbounds float, float* %45, i64 %79
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %82, <8 x float>* %84, align 4
  %85 = add i64 %58, 24
  %86 = load <8 x float>, <8 x float>* %37, align 32
  %87 = fcmp olt <8 x float> %86, zeroinitializer
  %88 = select <8 x i1> %87, <8 x float> zeroinitializer, <8 x float> %86
  %89 = getelementptr inbounds float, float* %45, i64 %85
  %90 = bitcast float* %89 to <8 x float>*
  store <8 x float> %88, <8 x float>* %90, align 4
  %91 = add i64 %58, 32
  %92 = load <8 x float>, <8 x float>* %36, align 32
  %93 = fcmp olt <8 x float> %92, zeroinitializer
  %94 = select <8 x i1> %93, <8 x float> zeroinitializer, <8 x float> %92
  %95 = getelementptr inbounds float, float* %45, i64 %91
  %96 = bitcast float* %95 to <8 x float>*
  store <8 x float> %94, <8 x float>* %96, align 4
  %97 = add i64 %58, 40
  %98 = load <8 x float>, <8 x float>* %35, align 32
  %99 = fcmp olt <8 x float> %98, zeroinitializer
  %100 = select <8 x i1> %99, <8 x float> zeroinitializer, <8 x float> %98
  %101 = getelementptr inbounds float, float* %45, i64 %97
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %100, <8 x float>* %102, align 4
  %103 = add i64 %58, 48
  %104 = load <8 x float>, <8 x float>* %34, align 32
  %105 = fcmp olt <8 x float> %104, zeroinitializer
  %106 = select <8 x i1> %105, <8 x float> zeroinitializer, <8 x float> %104
  %107 = getelementptr inbounds float, float* %45, i64 %103
  %108 = bitcast float* %107 to <8 x float>*
  store <8 x float> %106, <8 x float>* %108, align 4
  %109 = add i64 %58, 56
  %110 = load <8 x float>, <8 x float>* %33, align 32
  %111 = fcmp olt <8 x float> %110, zeroinitializer
  %112 = select <8 x i1> %111, <8 x float> zeroinitializer, <8 x float> %110
  %113 = getelementptr inbounds float, float* %45, i64 %109
  %114 = bitcast float* %113 to <8 x float>*
  store <8 x float> %112, <8 x float>* %114, align 4
  %115 = add i64 %58, 64
  %116 = load <8 x float>, <8 x float>* %32, align 32
  %117 = fcmp olt <8 x float> %116, zeroinitializer
  %118 = select <8 x i1> %117, <8 x float> zeroinitializer, <8 x float> %116
  %119 = getelementptr inbounds float, float* %45, i64 %115
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %118, <8 x float>* %120, align 4
  %121 = add i64 %58, 72
  %122 = load <8 x float>, <8 x float>* %31, align 32
  %123 = fcmp olt <8 x float> %122, zeroinitializer
  %124 = select <8 x i1> %123, <8 x float> zeroinitializer, <8 x float> %122
  %125 = getelementptr inbounds float, float* %45, i64 %121
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %124, <8 x float>* %126, align 4
  %127 = add i64 %58, 80
  %128 = load <8 x float>, <8 x float>* %30, align 32
  %129 = fcmp olt <8 x float> %128, zeroinitializer
  %130 = select <8 x i1> %129, <8 x float> zeroinitializer, <8 x float> %128
  %131 = getelementptr inbounds float, float* %45, i64 %127
  %132 = bitcast float* %131 to <8 x float>*
  store <8 x float> %130, <8 x float>* %132, align 4
  %133 = add i64 %58, 88
  %134 = load <8 x float>, <8 x float>* %29, align 32
  %135 = fcmp olt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> zeroinitializer, <8 x float> %134
  %137 = getelementptr inbounds float, float* %45, i64 %133
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %136, <8 x float>* %138, align 4
  store <8 x float> %66, <8 x float>* %28, align 32
  br label %kh.header1

then:                                             ; preds = %kh.body
  %139 = mul i64 %69, 112
  %140 = add i64 %60, %139
  %141 = mul i64 %59, 3
  %142 = add i64 %141, %kh
  %143 = mul i64 %142, 24
  %144 = add i64 %143, 0
  %145 = getelementptr inbounds float, float* %6, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = add i64 %143, 8
  %149 = getelementptr inbounds float, float* %6, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = add i64 %143, 16
  %153 = getelementptr inbounds float, float* %6, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = add i64 %140, 0
  %157 = add i64 %156, 0
  %158 = getelementptr inbounds float, float* %1, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  %160 = load <8 x float>, <8 x float>* %159, align 4
  %161 = load <8 x float>, <8 x float>* %39, align 32
  %162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %160, <8 x float> %147, <8 x float> %161)
  store <8 x float> %162, <8 x float>* %39, align 32
  %163 = add i64 %156, 8
  %164 = getelementptr inbounds float, float* %1, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = load <8 x float>, <8 x float>* %39, align 32
  %168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %151, <8 x float> %167)
  store <8 x float> %168, <8 x float>* %39, align 32
  %169 = load <8 x float>, <8 x float>* %38, align 32
  %170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %147, <8 x float> %169)
  store <8 x float> %170, <8 x float>* %38, align 32
  %171 = add i64 %156, 16
  %172 = getelementptr inbounds float, float* %1, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  %174 = load <8 x float>, <8 x float>* %173, align 4
  %175 = load <8 x float>, <8 x float>* %39, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %155, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %39, align 32
  %177 = load <8 x float>, <8 x float>* %38, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %151, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %38, align 32
  %179 = load <8 x float>, <8 x float>* %37, align 32
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %147, <8 x float> %179)
  store <8 x float> %180, <8 x float>* %37, align 32
  %181 = add i64 %156, 24
  %182 = getelementptr inbounds float, float* %1, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = load <8 x float>, <8 x float>* %38, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> %155, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %38, align 32
  %187 = load <8 x float>, <8 x float>* %37, align 32
  %188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> %151, <8 x float> %187)
  store <8 x float> %188, <8 x float>* %37, align 32
  %189 = load <8 x float>, <8 x float>* %36, align 32
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> %147, <8 x float> %189)
  store <8 x float> %190, <8 x float>* %36, align 32
  %191 = add i64 %156, 32
  %192 = getelementptr inbounds float, float* %1, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  %194 = load <8 x float>, <8 x float>* %193, align 4
  %195 = load <8 x float>, <8 x float>* %37, align 32
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> %155, <8 x float> %195)
  store <8 x float> %196, <8 x float>* %37, align 32
  %197 = load <8 x float>, <8 x float>* %36, align 32
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> %151, <8 x float> %197)
  store <8 x float> %198, <8 x float>* %36, align 32
  %199 = load <8 x float>, <8 x float>* %35, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> %147, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %35, align 32
  %201 = add i64 %156, 40
  %202 = getelementptr inbounds float, float* %1, i64 %201
  %203 = bitcast float* %202 to <8 x float>*
  %204 = load <8 x float>, <8 x float>* %203, align 4
  %205 = load <8 x float>, <8 x float>* %36, align 32
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> %155, <8 x float> %205)
  store <8 x float> %206, <8 x float>* %36, align 32
  %207 = load <8 x float>, <8 x float>* %35, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> %151, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %35, align 32
  %209 = load <8 x float>, <8 x float>* %34, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> %147, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %34, align 32
  %211 = add i64 %156, 48
  %212 = getelementptr inbounds float, float* %1, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  %214 = load <8 x float>, <8 x float>* %213, align 4
  %215 = load <8 x float>, <8 x float>* %35, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %155, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %35, align 32
  %217 = load <8 x float>, <8 x float>* %34, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %151, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %34, align 32
  %219 = load <8 x float>, <8 x float>* %33, align 32
  %220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %147, <8 x float> %219)
  store <8 x float> %220, <8 x float>* %33, align 32
  %221 = add i64 %156, 56
  %222 = getelementptr inbounds float, float* %1, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  %224 = load <8 x float>, <8 x float>* %223, align 4
  %225 = load <8 x float>, <8 x float>* %34, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %224, <8 x float> %155, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %34, align 32
  %227 = load <8 x float>, <8 x float>* %33, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %224, <8 x float> %151, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %33, align 32
  %229 = load <8 x float>, <8 x float>* %32, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %224, <8 x float> %147, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %32, align 32
  %231 = add i64 %156, 64
  %232 = getelementptr inbounds float, float* %1, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  %234 = load <8 x float>, <8 x float>* %233, align 4
  %235 = load <8 x float>, <8 x float>* %33, align 32
  %236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %234, <8 x float> %155, <8 x float> %235)
  store <8 x float> %236, <8 x float>* %33, align 32
  %237 = load <8 x float>, <8 x float>* %32, align 32
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %234, <8 x float> %151, <8 x float> %237)
  store <8 x float> %238, <8 x float>* %32, align 32
  %239 = load <8 x float>, <8 x float>* %31, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %234, <8 x float> %147, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %31, align 32
  %241 = add i64 %156, 72
  %242 = getelementptr inbounds float, float* %1, i64 %241
  %243 = bitcast float* %242 to <8 x float>*
  %244 = load <8 x float>, <8 x float>* %243, align 4
  %245 = load <8 x float>, <8 x float>* %32, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %155, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %32, align 32
  %247 = load <8 x float>, <8 x float>* %31, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %151, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %31, align 32
  %249 = load <8 x float>, <8 x float>* %30, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %147, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %30, align 32
  %251 = add i64 %156, 80
  %252 = getelementptr inbounds float, float* %1, i64 %251
  %253 = bitcast float* %252 to <8 x float>*
  %254 = load <8 x float>, <8 x float>* %253, align 4
  %255 = load <8 x float>, <8 x float>* %31, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %155, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %31, align 32
  %257 = load <8 x float>, <8 x float>* %30, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %151, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %30, align 32
  %259 = load <8 x float>, <8 x float>* %29, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %147, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %29, align 32
  %261 = add i64 %156, 88
  %262 = getelementptr inbounds float, float* %1, i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = load <8 x float>, <8 x float>* %30, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %155, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %30, align 32
  %267 = load <8 x float>, <8 x float>* %29, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %151, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %29, align 32
  %269 = add i64 %156, 96
  %270 = getelementptr inbounds float, float* %1, i64 %269
  %271 = bitcast float* %270 to <8 x float>*
  %272 = load <8 x float>, <8 x float>* %271, align 4
  %273 = load <8 x float>, <8 x float>* %29, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %272, <8 x float> %155, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %29, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %kh.exit
  %kh4 = phi i64 [ 0, %kh.exit ], [ %kh.next7, %endif6 ]
  %275 = icmp slt i64 %kh4, 3
  br i1 %275, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %276 = mul i64 %kh4, 1
  %277 = add i64 %62, %276
  %278 = icmp sge i64 %277, 0
  %279 = icmp slt i64 %277, 14
  %280 = and i1 %278, %279
  br i1 %280, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %281 = add i64 %58, 96
  %282 = load <8 x float>, <8 x float>* %28, align 32
  %283 = fcmp olt <8 x float> %282, zeroinitializer
  %284 = select <8 x i1> %283, <8 x float> zeroinitializer, <8 x float> %282
  %285 = getelementptr inbounds float, float* %45, i64 %281
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %284, <8 x float>* %286, align 4
  store <8 x float> %66, <8 x float>* %27, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %287 = mul i64 %277, 112
  %288 = add i64 %60, %287
  %289 = mul i64 %59, 3
  %290 = add i64 %289, %kh4
  %291 = mul i64 %290, 24
  %292 = add i64 %291, 0
  %293 = getelementptr inbounds float, float* %6, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  %295 = load <8 x float>, <8 x float>* %294, align 4
  %296 = add i64 %291, 8
  %297 = getelementptr inbounds float, float* %6, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  %299 = load <8 x float>, <8 x float>* %298, align 4
  %300 = add i64 %291, 16
  %301 = getelementptr inbounds float, float* %6, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  %303 = load <8 x float>, <8 x float>* %302, align 4
  %304 = add i64 %288, 88
  %305 = add i64 %304, 0
  %306 = getelementptr inbounds float, float* %1, i64 %305
  %307 = bitcast float* %306 to <8 x float>*
  %308 = load <8 x float>, <8 x float>* %307, align 4
  %309 = load <8 x float>, <8 x float>* %28, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %295, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %28, align 32
  %311 = add i64 %304, 8
  %312 = getelementptr inbounds float, float* %1, i64 %311
  %313 = bitcast float* %312 to <8 x float>*
  %314 = load <8 x float>, <8 x float>* %313, align 4
  %315 = load <8 x float>, <8 x float>* %28, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %299, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %28, align 32
  %317 = add i64 %304, 16
  %318 = getelementptr inbounds float, float* %1, i64 %317
  %319 = bitcast float* %318 to <8 x float>*
  %320 = load <8 x float>, <8 x float>* %319, align 4
  %321 = load <8 x float>, <8 x float>* %28, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %320, <8 x float> %303, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %28, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next16, %endif13 ]
  %323 = icmp slt i64 %kh11, 3
  br i1 %323, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %324 = mul i64 %kh11, 1
  %325 = add i64 %62, %324
  %326 = icmp sge i64 %325, 0
  %327 = icmp slt i64 %325, 14
  %328 = and i1 %326, %327
  br i1 %328, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %329 = add i64 %58, 0
  %330 = load <8 x float>, <8 x float>* %27, align 32
  %331 = fcmp olt <8 x float> %330, zeroinitializer
  %332 = select <8 x i1> %331, <8 x float> zeroinitializer, <8 x float> %330
  %333 = getelementptr inbounds float, float* %45, i64 %329
  %334 = bitcast float* %333 to <8 x float>*
  store <8 x float> %332, <8 x float>* %334, align 4
  store <8 x float> %66, <8 x float>* %26, align 32
  br label %kh.header17

then12:                                           ; preds = %kh.body9
  %335 = mul i64 %325, 112
  %336 = add i64 %60, %335
  %337 = mul i64 %59, 3
  %338 = add i64 %337, %kh11
  %339 = mul i64 %338, 24
  br label %kw.header

endif13:                                          ; preds = %kw.exit, %kh.body9
  %kh.next16 = add i64 %kh11, 1
  br label %kh.header8

kw.header:                                        ; preds = %endif15, %then12
  %kw = phi i64 [ 0, %then12 ], [ %kw.next, %endif15 ]
  %340 = icmp slt i64 %kw, 3
  br i1 %340, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %341 = mul i64 %kw, 1
  %342 = add i64 -1, %341
  %343 = icmp sge i64 %342, 0
  %344 = icmp slt i64 %342, 14
  %345 = and i1 %343, %344
  br i1 %345, label %then14, label %endif15

kw.exit:                                          ; preds = %kw.header
  br label %endif13

then14:                                           ; preds = %kw.body
  %346 = mul i64 %kw, 8
  %347 = add i64 %339, %346
  %348 = getelementptr inbounds float, float* %6, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  %350 = load <8 x float>, <8 x float>* %349, align 4
  %351 = mul i64 %342, 8
  %352 = add i64 %336, %351
  %353 = getelementptr inbounds float, float* %1, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  %355 = load <8 x float>, <8 x float>* %354, align 4
  %356 = load <8 x float>, <8 x float>* %27, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %355, <8 x float> %350, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %27, align 32
  br label %endif15

endif15:                                          ; preds = %then14, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header

kh.header17:                                      ; preds = %endif22, %kh.exit10
  %kh20 = phi i64 [ 0, %kh.exit10 ], [ %kh.next30, %endif22 ]
  %358 = icmp slt i64 %kh20, 3
  br i1 %358, label %kh.body18, label %kh.exit19

kh.body18:                                        ; preds = %kh.header17
  %359 = mul i64 %kh20, 1
  %360 = add i64 %62, %359
  %361 = icmp sge i64 %360, 0
  %362 = icmp slt i64 %360, 14
  %363 = and i1 %361, %362
  br i1 %363, label %then21, label %endif22

kh.exit19:                                        ; preds = %kh.header17
  %364 = add i64 %58, 104
  %365 = load <8 x float>, <8 x float>* %26, align 32
  %366 = fcmp olt <8 x float> %365, zeroinitializer
  %367 = select <8 x i1> %366, <8 x float> zeroinitializer, <8 x float> %365
  %368 = getelementptr inbounds float, float* %45, i64 %364
  %369 = bitcast float* %368 to <8 x float>*
  store <8 x float> %367, <8 x float>* %369, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !15

then21:                                           ; preds = %kh.body18
  %370 = mul i64 %360, 112
  %371 = add i64 %60, %370
  %372 = mul i64 %59, 3
  %373 = add i64 %372, %kh20
  %374 = mul i64 %373, 24
  br label %kw.header23

endif22:                                          ; preds = %kw.exit25, %kh.body18
  %kh.next30 = add i64 %kh20, 1
  br label %kh.header17

kw.header23:                                      ; preds = %endif28, %then21
  %kw26 = phi i64 [ 0, %then21 ], [ %kw.next29, %endif28 ]
  %375 = icmp slt i64 %kw26, 3
  br i1 %375, label %kw.body24, label %kw.exit25

kw.body24:                                        ; preds = %kw.header23
  %376 = mul i64 %kw26, 1
  %377 = add i64 12, %376
  %378 = icmp sge i64 %377, 0
  %379 = icmp slt i64 %377, 14
  %380 = and i1 %378, %379
  br i1 %380, label %then27, label %endif28

kw.exit25:                                        ; preds = %kw.header23
  br label %endif22

then27:                                           ; preds = %kw.body24
  %381 = mul i64 %kw26, 8
  %382 = add i64 %374, %381
  %383 = getelementptr inbounds float, float* %6, i64 %382
  %384 = bitcast float* %383 to <8 x float>*
  %385 = load <8 x float>, <8 x float>* %384, align 4
  %386 = mul i64 %377, 8
  %387 = add i64 %371, %386
  %388 = getelementptr inbounds float, float* %1, i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = load <8 x float>, <8 x float>* %26, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %385, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %26, align 32
  br label %endif28

endif28:                                          ; preds = %then27, %kw.body24
  %kw.next29 = add i64 %kw26, 1
  br label %kw.header23

block.group.header:                               ; preds = %u.exit80, %channel.block.exit
  %block.group = phi i64 [ %49, %channel.block.exit ], [ %block.group.next, %u.exit80 ]
  %393 = icmp slt i64 %block.group, %52
  br i1 %393, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %394 = mul i64 %block.group, 2
  %395 = add i64 0, %394
  %396 = mul i64 %43, 98
  %397 = mul i64 %block.group, 2
  %398 = add i64 0, %397
  %399 = mul i64 %398, 4096
  br label %x.header

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %block.group.body
  %x = phi i64 [ 0, %block.group.body ], [ %x.next, %u.exit ]
  %400 = icmp slt i64 %x, 96
  br i1 %400, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %401 = add i64 %396, %x
  %402 = mul i64 %44, 64
  %403 = add i64 %402, %395
  %404 = add i64 %403, 0
  %405 = mul i64 %404, 1568
  %406 = add i64 %401, 0
  %407 = mul i64 %406, 8
  %408 = add i64 %405, %407
  %409 = add i64 %401, 1
  %410 = mul i64 %409, 8
  %411 = add i64 %405, %410
  %412 = add i64 %401, 2
  %413 = mul i64 %412, 8
  %414 = add i64 %405, %413
  %415 = add i64 %401, 3
  %416 = mul i64 %415, 8
  %417 = add i64 %405, %416
  %418 = add i64 %401, 4
  %419 = mul i64 %418, 8
  %420 = add i64 %405, %419
  %421 = add i64 %401, 5
  %422 = mul i64 %421, 8
  %423 = add i64 %405, %422
  %424 = mul i64 %44, 64
  %425 = add i64 %424, %395
  %426 = add i64 %425, 1
  %427 = mul i64 %426, 1568
  %428 = add i64 %401, 0
  %429 = mul i64 %428, 8
  %430 = add i64 %427, %429
  %431 = add i64 %401, 1
  %432 = mul i64 %431, 8
  %433 = add i64 %427, %432
  %434 = add i64 %401, 2
  %435 = mul i64 %434, 8
  %436 = add i64 %427, %435
  %437 = add i64 %401, 3
  %438 = mul i64 %437, 8
  %439 = add i64 %427, %438
  %440 = add i64 %401, 4
  %441 = mul i64 %440, 8
  %442 = add i64 %427, %441
  %443 = add i64 %401, 5
  %444 = mul i64 %443, 8
  %445 = add i64 %427, %444
  %446 = add i64 %398, 0
  %447 = mul i64 %446, 8
  %448 = getelementptr inbounds float, float* %5, i64 %447
  %449 = bitcast float* %448 to <8 x float>*
  %450 = load <8 x float>, <8 x float>* %449, align 4
  %451 = add i64 %398, 1
  %452 = mul i64 %451, 8
  %453 = getelementptr inbounds float, float* %5, i64 %452
  %454 = bitcast float* %453 to <8 x float>*
  %455 = load <8 x float>, <8 x float>* %454, align 4
  store <8 x float> %450, <8 x float>* %25, align 32
  store <8 x float> %450, <8 x float>* %24, align 32
  store <8 x float> %450, <8 x float>* %23, align 32
  store <8 x float> %450, <8 x float>* %22, align 32
  store <8 x float> %450, <8 x float>* %21, align 32
  store <8 x float> %450, <8 x float>* %20, align 32
  store <8 x float> %455, <8 x float>* %19, align 32
  store <8 x float> %455, <8 x float>* %18, align 32
  store <8 x float> %455, <8 x float>* %17, align 32
  store <8 x float> %455, <8 x float>* %16, align 32
  store <8 x float> %455, <8 x float>* %15, align 32
  store <8 x float> %455, <8 x float>* %14, align 32
  %456 = mul i64 %x, 8
  %457 = add i64 0, %456
  %458 = add i64 0, %457
  br label %u.header

x.exit:                                           ; preds = %x.header
  %459 = add i64 %396, 96
  %460 = mul i64 %44, 64
  %461 = add i64 %460, %395
  %462 = add i64 %461, 0
  %463 = mul i64 %462, 1568
  %464 = add i64 %459, 0
  %465 = mul i64 %464, 8
  %466 = add i64 %463, %465
  %467 = add i64 %459, 1
  %468 = mul i64 %467, 8
  %469 = add i64 %463, %468
  %470 = mul i64 %44, 64
  %471 = add i64 %470, %395
  %472 = add i64 %471, 1
  %473 = mul i64 %472, 1568
  %474 = add i64 %459, 0
  %475 = mul i64 %474, 8
  %476 = add i64 %473, %475
  %477 = add i64 %459, 1
  %478 = mul i64 %477, 8
  %479 = add i64 %473, %478
  %480 = add i64 %398, 0
  %481 = mul i64 %480, 8
  %482 = getelementptr inbounds float, float* %5, i64 %481
  %483 = bitcast float* %482 to <8 x float>*
  %484 = load <8 x float>, <8 x float>* %483, align 4
  %485 = add i64 %398, 1
  %486 = mul i64 %485, 8
  %487 = getelementptr inbounds float, float* %5, i64 %486
  %488 = bitcast float* %487 to <8 x float>*
  %489 = load <8 x float>, <8 x float>* %488, align 4
  store <8 x float> %484, <8 x float>* %13, align 32
  store <8 x float> %484, <8 x float>* %12, align 32
  store <8 x float> %489, <8 x float>* %11, align 32
  store <8 x float> %489, <8 x float>* %10, align 32
  br label %u.header78

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %490 = icmp slt i64 %u, 64
  br i1 %490, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %491 = add i64 0, %u
  %492 = mul i64 %491, 784
  %493 = add i64 %458, %492
  %494 = mul i64 %491, 64
  %495 = add i64 %399, %494
  %496 = add i64 %493, 0
  %497 = add i64 %496, 0
  %498 = add i64 %495, 0
  %499 = add i64 %498, 0
  %500 = getelementptr inbounds float, float* %4, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  %502 = load <8 x float>, <8 x float>* %501, align 4
  %503 = add i64 %498, 4096
  %504 = getelementptr inbounds float, float* %4, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  %506 = load <8 x float>, <8 x float>* %505, align 4
  %507 = add i64 %497, 0
  %508 = getelementptr inbounds float, float* %45, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %25, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %502, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %25, align 32
  %513 = load <8 x float>, <8 x float>* %19, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %506, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %19, align 32
  %515 = add i64 %497, 8
  %516 = getelementptr inbounds float, float* %45, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat31 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %24, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %502, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %24, align 32
  %521 = load <8 x float>, <8 x float>* %18, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %506, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %18, align 32
  %523 = add i64 %497, 16
  %524 = getelementptr inbounds float, float* %45, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat32 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %23, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %502, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %23, align 32
  %529 = load <8 x float>, <8 x float>* %17, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %506, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %17, align 32
  %531 = add i64 %497, 24
  %532 = getelementptr inbounds float, float* %45, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat33 = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %22, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %502, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %22, align 32
  %537 = load <8 x float>, <8 x float>* %16, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %506, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %16, align 32
  %539 = add i64 %497, 32
  %540 = getelementptr inbounds float, float* %45, i64 %539
  %541 = load float, float* %540, align 4
  %542 = insertelement <8 x float> undef, float %541, i32 0
  %splat34 = shufflevector <8 x float> %542, <8 x float> undef, <8 x i32> zeroinitializer
  %543 = load <8 x float>, <8 x float>* %21, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %502, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %21, align 32
  %545 = load <8 x float>, <8 x float>* %15, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %506, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %15, align 32
  %547 = add i64 %497, 40
  %548 = getelementptr inbounds float, float* %45, i64 %547
  %549 = load float, float* %548, align 4
  %550 = insertelement <8 x float> undef, float %549, i32 0
  %splat35 = shufflevector <8 x float> %550, <8 x float> undef, <8 x i32> zeroinitializer
  %551 = load <8 x float>, <8 x float>* %20, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %502, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %20, align 32
  %553 = load <8 x float>, <8 x float>* %14, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %506, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %14, align 32
  %555 = add i64 %498, 8
  %556 = getelementptr inbounds float, float* %4, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  %559 = add i64 %498, 4104
  %560 = getelementptr inbounds float, float* %4, i64 %559
  %561 = bitcast float* %560 to <8 x float>*
  %562 = load <8 x float>, <8 x float>* %561, align 4
  %563 = add i64 %497, 1
  %564 = getelementptr inbounds float, float* %45, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat36 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %25, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %558, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %25, align 32
  %569 = load <8 x float>, <8 x float>* %19, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %562, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %19, align 32
  %571 = add i64 %497, 9
  %572 = getelementptr inbounds float, float* %45, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat37 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %24, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %558, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %24, align 32
  %577 = load <8 x float>, <8 x float>* %18, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %562, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %18, align 32
  %579 = add i64 %497, 17
  %580 = getelementptr inbounds float, float* %45, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat38 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %23, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %558, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %23, align 32
  %585 = load <8 x float>, <8 x float>* %17, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %562, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %17, align 32
  %587 = add i64 %497, 25
  %588 = getelementptr inbounds float, float* %45, i64 %587
  %589 = load float, float* %588, align 4
  %590 = insertelement <8 x float> undef, float %589, i32 0
  %splat39 = shufflevector <8 x float> %590, <8 x float> undef, <8 x i32> zeroinitializer
  %591 = load <8 x float>, <8 x float>* %22, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %558, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %22, align 32
  %593 = load <8 x float>, <8 x float>* %16, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %562, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %16, align 32
  %595 = add i64 %497, 33
  %596 = getelementptr inbounds float, float* %45, i64 %595
  %597 = load float, float* %596, align 4
  %598 = insertelement <8 x float> undef, float %597, i32 0
  %splat40 = shufflevector <8 x float> %598, <8 x float> undef, <8 x i32> zeroinitializer
  %599 = load <8 x float>, <8 x float>* %21, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %558, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %21, align 32
  %601 = load <8 x float>, <8 x float>* %15, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %562, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %15, align 32
  %603 = add i64 %497, 41
  %604 = getelementptr inbounds float, float* %45, i64 %603
  %605 = load float, float* %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %splat41 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, <8 x float>* %20, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %558, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %20, align 32
  %609 = load <8 x float>, <8 x float>* %14, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %562, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %14, align 32
  %611 = add i64 %498, 16
  %612 = getelementptr inbounds float, float* %4, i64 %611
  %613 = bitcast float* %612 to <8 x float>*
  %614 = load <8 x float>, <8 x float>* %613, align 4
  %615 = add i64 %498, 4112
  %616 = getelementptr inbounds float, float* %4, i64 %615
  %617 = bitcast float* %616 to <8 x float>*
  %618 = load <8 x float>, <8 x float>* %617, align 4
  %619 = add i64 %497, 2
  %620 = getelementptr inbounds float, float* %45, i64 %619
  %621 = load float, float* %620, align 4
  %622 = insertelement <8 x float> undef, float %621, i32 0
  %splat42 = shufflevector <8 x float> %622, <8 x float> undef, <8 x i32> zeroinitializer
  %623 = load <8 x float>, <8 x float>* %25, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %614, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %25, align 32
  %625 = load <8 x float>, <8 x float>* %19, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %618, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %19, align 32
  %627 = add i64 %497, 10
  %628 = getelementptr inbounds float, float* %45, i64 %627
  %629 = load float, float* %628, align 4
  %630 = insertelement <8 x float> undef, float %629, i32 0
  %splat43 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
  %631 = load <8 x float>, <8 x float>* %24, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %614, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %24, align 32
  %633 = load <8 x float>, <8 x float>* %18, align 32
  %634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %618, <8 x float> %633)
  store <8 x float> %634, <8 x float>* %18, align 32
  %635 = add i64 %497, 18
  %636 = getelementptr inbounds float, float* %45, i64 %635
  %637 = load float, float* %636, align 4
  %638 = insertelement <8 x float> undef, float %637, i32 0
  %splat44 = shufflevector <8 x float> %638, <8 x float> undef, <8 x i32> zeroinitializer
  %639 = load <8 x float>, <8 x float>* %23, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %614, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %23, align 32
  %641 = load <8 x float>, <8 x float>* %17, align 32
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %618, <8 x float> %641)
  store <8 x float> %642, <8 x float>* %17, align 32
  %643 = add i64 %497, 26
  %644 = getelementptr inbounds float, float* %45, i64 %643
  %645 = load float, float* %644, align 4
  %646 = insertelement <8 x float> undef, float %645, i32 0
  %splat45 = shufflevector <8 x float> %646, <8 x float> undef, <8 x i32> zeroinitializer
  %647 = load <8 x float>, <8 x float>* %22, align 32
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %614, <8 x float> %647)
  store <8 x float> %648, <8 x float>* %22, align 32
  %649 = load <8 x float>, <8 x float>* %16, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %618, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %16, align 32
  %651 = add i64 %497, 34
  %652 = getelementptr inbounds float, float* %45, i64 %651
  %653 = load float, float* %652, align 4
  %654 = insertelement <8 x float> undef, float %653, i32 0
  %splat46 = shufflevector <8 x float> %654, <8 x float> undef, <8 x i32> zeroinitializer
  %655 = load <8 x float>, <8 x float>* %21, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %614, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %21, align 32
  %657 = load <8 x float>, <8 x float>* %15, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %618, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %15, align 32
  %659 = add i64 %497, 42
  %660 = getelementptr inbounds float, float* %45, i64 %659
  %661 = load float, float* %660, align 4
  %662 = insertelement <8 x float> undef, float %661, i32 0
  %splat47 = shufflevector <8 x float> %662, <8 x float> undef, <8 x i32> zeroinitializer
  %663 = load <8 x float>, <8 x float>* %20, align 32
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %614, <8 x float> %663)
  store <8 x float> %664, <8 x float>* %20, align 32
  %665 = load <8 x float>, <8 x float>* %14, align 32
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %618, <8 x float> %665)
  store <8 x float> %666, <8 x float>* %14, align 32
  %667 = add i64 %498, 24
  %668 = getelementptr inbounds float, float* %4, i64 %667
  %669 = bitcast float* %668 to <8 x float>*
  %670 = load <8 x float>, <8 x float>* %669, align 4
  %671 = add i64 %498, 4120
  %672 = getelementptr inbounds float, float* %4, i64 %671
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = add i64 %497, 3
  %676 = getelementptr inbounds float, float* %45, i64 %675
  %677 = load float, float* %676, align 4
  %678 = insertelement <8 x float> undef, float %677, i32 0
  %splat48 = shufflevector <8 x float> %678, <8 x float> undef, <8 x i32> zeroinitializer
  %679 = load <8 x float>, <8 x float>* %25, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %670, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %25, align 32
  %681 = load <8 x float>, <8 x float>* %19, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %674, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %19, align 32
  %683 = add i64 %497, 11
  %684 = getelementptr inbounds float, float* %45, i64 %683
  %685 = load float, float* %684, align 4
  %686 = insertelement <8 x float> undef, float %685, i32 0
  %splat49 = shufflevector <8 x float> %686, <8 x float> undef, <8 x i32> zeroinitializer
  %687 = load <8 x float>, <8 x float>* %24, align 32
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %670, <8 x float> %687)
  store <8 x float> %688, <8 x float>* %24, align 32
  %689 = load <8 x float>, <8 x float>* %18, align 32
  %690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %674, <8 x float> %689)
  store <8 x float> %690, <8 x float>* %18, align 32
  %691 = add i64 %497, 19
  %692 = getelementptr inbounds float, float* %45, i64 %691
  %693 = load float, float* %692, align 4
  %694 = insertelement <8 x float> undef, float %693, i32 0
  %splat50 = shufflevector <8 x float> %694, <8 x float> undef, <8 x i32> zeroinitializer
  %695 = load <8 x float>, <8 x float>* %23, align 32
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %670, <8 x float> %695)
  store <8 x float> %696, <8 x float>* %23, align 32
  %697 = load <8 x float>, <8 x float>* %17, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %674, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %17, align 32
  %699 = add i64 %497, 27
  %700 = getelementptr inbounds float, float* %45, i64 %699
  %701 = load float, float* %700, align 4
  %702 = insertelement <8 x float> undef, float %701, i32 0
  %splat51 = shufflevector <8 x float> %702, <8 x float> undef, <8 x i32> zeroinitializer
  %703 = load <8 x float>, <8 x float>* %22, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %670, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %22, align 32
  %705 = load <8 x float>, <8 x float>* %16, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %674, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %16, align 32
  %707 = add i64 %497, 35
  %708 = getelementptr inbounds float, float* %45, i64 %707
  %709 = load float, float* %708, align 4
  %710 = insertelement <8 x float> undef, float %709, i32 0
  %splat52 = shufflevector <8 x float> %710, <8 x float> undef, <8 x i32> zeroinitializer
  %711 = load <8 x float>, <8 x float>* %21, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %670, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %21, align 32
  %713 = load <8 x float>, <8 x float>* %15, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %674, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %15, align 32
  %715 = add i64 %497, 43
  %716 = getelementptr inbounds float, float* %45, i64 %715
  %717 = load float, float* %716, align 4
  %718 = insertelement <8 x float> undef, float %717, i32 0
  %splat53 = shufflevector <8 x float> %718, <8 x float> undef, <8 x i32> zeroinitializer
  %719 = load <8 x float>, <8 x float>* %20, align 32
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %670, <8 x float> %719)
  store <8 x float> %720, <8 x float>* %20, align 32
  %721 = load <8 x float>, <8 x float>* %14, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %674, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %14, align 32
  %723 = add i64 %498, 32
  %724 = getelementptr inbounds float, float* %4, i64 %723
  %725 = bitcast float* %724 to <8 x float>*
  %726 = load <8 x float>, <8 x float>* %725, align 4
  %727 = add i64 %498, 4128
  %728 = getelementptr inbounds float, float* %4, i64 %727
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = add i64 %497, 4
  %732 = getelementptr inbounds float, float* %45, i64 %731
  %733 = load float, float* %732, align 4
  %734 = insertelement <8 x float> undef, float %733, i32 0
  %splat54 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
  %735 = load <8 x float>, <8 x float>* %25, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %726, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %25, align 32
  %737 = load <8 x float>, <8 x float>* %19, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %730, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %19, align 32
  %739 = add i64 %497, 12
  %740 = getelementptr inbounds float, float* %45, i64 %739
  %741 = load float, float* %740, align 4
  %742 = insertelement <8 x float> undef, float %741, i32 0
  %splat55 = shufflevector <8 x float> %742, <8 x float> undef, <8 x i32> zeroinitializer
  %743 = load <8 x float>, <8 x float>* %24, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %726, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %24, align 32
  %745 = load <8 x float>, <8 x float>* %18, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %730, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %18, align 32
  %747 = add i64 %497, 20
  %748 = getelementptr inbounds float, float* %45, i64 %747
  %749 = load float, float* %748, align 4
  %750 = insertelement <8 x float> undef, float %749, i32 0
  %splat56 = shufflevector <8 x float> %750, <8 x float> undef, <8 x i32> zeroinitializer
  %751 = load <8 x float>, <8 x float>* %23, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %726, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %23, align 32
  %753 = load <8 x float>, <8 x float>* %17, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %730, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %17, align 32
  %755 = add i64 %497, 28
  %756 = getelementptr inbounds float, float* %45, i64 %755
  %757 = load float, float* %756, align 4
  %758 = insertelement <8 x float> undef, float %757, i32 0
  %splat57 = shufflevector <8 x float> %758, <8 x float> undef, <8 x i32> zeroinitializer
  %759 = load <8 x float>, <8 x float>* %22, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %726, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %22, align 32
  %761 = load <8 x float>, <8 x float>* %16, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %730, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %16, align 32
  %763 = add i64 %497, 36
  %764 = getelementptr inbounds float, float* %45, i64 %763
  %765 = load float, float* %764, align 4
  %766 = insertelement <8 x float> undef, float %765, i32 0
  %splat58 = shufflevector <8 x float> %766, <8 x float> undef, <8 x i32> zeroinitializer
  %767 = load <8 x float>, <8 x float>* %21, align 32
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %726, <8 x float> %767)
  store <8 x float> %768, <8 x float>* %21, align 32
  %769 = load <8 x float>, <8 x float>* %15, align 32
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %730, <8 x float> %769)
  store <8 x float> %770, <8 x float>* %15, align 32
  %771 = add i64 %497, 44
  %772 = getelementptr inbounds float, float* %45, i64 %771
  %773 = load float, float* %772, align 4
  %774 = insertelement <8 x float> undef, float %773, i32 0
  %splat59 = shufflevector <8 x float> %774, <8 x float> undef, <8 x i32> zeroinitializer
  %775 = load <8 x float>, <8 x float>* %20, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %726, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %20, align 32
  %777 = load <8 x float>, <8 x float>* %14, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %730, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %14, align 32
  %779 = add i64 %498, 40
  %780 = getelementptr inbounds float, float* %4, i64 %779
  %781 = bitcast float* %780 to <8 x float>*
  %782 = load <8 x float>, <8 x float>* %781, align 4
  %783 = add i64 %498, 4136
  %784 = getelementptr inbounds float, float* %4, i64 %783
  %785 = bitcast float* %784 to <8 x float>*
  %786 = load <8 x float>, <8 x float>* %785, align 4
  %787 = add i64 %497, 5
  %788 = getelementptr inbounds float, float* %45, i64 %787
  %789 = load float, float* %788, align 4
  %790 = insertelement <8 x float> undef, float %789, i32 0
  %splat60 = shufflevector <8 x float> %790, <8 x float> undef, <8 x i32> zeroinitializer
  %791 = load <8 x float>, <8 x float>* %25, align 32
  %792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %782, <8 x float> %791)
  store <8 x float> %792, <8 x float>* %25, align 32
  %793 = load <8 x float>, <8 x float>* %19, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %786, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %19, align 32
  %795 = add i64 %497, 13
  %796 = getelementptr inbounds float, float* %45, i64 %795
  %797 = load float, float* %796, align 4
  %798 = insertelement <8 x float> undef, float %797, i32 0
  %splat61 = shufflevector <8 x float> %798, <8 x float> undef, <8 x i32> zeroinitializer
  %799 = load <8 x float>, <8 x float>* %24, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %782, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %24, align 32
  %801 = load <8 x float>, <8 x float>* %18, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %786, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %18, align 32
  %803 = add i64 %497, 21
  %804 = getelementptr inbounds float, float* %45, i64 %803
  %805 = load float, float* %804, align 4
  %806 = insertelement <8 x float> undef, float %805, i32 0
  %splat62 = shufflevector <8 x float> %806, <8 x float> undef, <8 x i32> zeroinitializer
  %807 = load <8 x float>, <8 x float>* %23, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %782, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %23, align 32
  %809 = load <8 x float>, <8 x float>* %17, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %786, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %17, align 32
  %811 = add i64 %497, 29
  %812 = getelementptr inbounds float, float* %45, i64 %811
  %813 = load float, float* %812, align 4
  %814 = insertelement <8 x float> undef, float %813, i32 0
  %splat63 = shufflevector <8 x float> %814, <8 x float> undef, <8 x i32> zeroinitializer
  %815 = load <8 x float>, <8 x float>* %22, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %782, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %22, align 32
  %817 = load <8 x float>, <8 x float>* %16, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %786, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %16, align 32
  %819 = add i64 %497, 37
  %820 = getelementptr inbounds float, float* %45, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat64 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %21, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %782, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %21, align 32
  %825 = load <8 x float>, <8 x float>* %15, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %786, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %15, align 32
  %827 = add i64 %497, 45
  %828 = getelementptr inbounds float, float* %45, i64 %827
  %829 = load float, float* %828, align 4
  %830 = insertelement <8 x float> undef, float %829, i32 0
  %splat65 = shufflevector <8 x float> %830, <8 x float> undef, <8 x i32> zeroinitializer
  %831 = load <8 x float>, <8 x float>* %20, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %782, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %20, align 32
  %833 = load <8 x float>, <8 x float>* %14, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %786, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %14, align 32
  %835 = add i64 %498, 48
  %836 = getelementptr inbounds float, float* %4, i64 %835
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = add i64 %498, 4144
  %840 = getelementptr inbounds float, float* %4, i64 %839
  %841 = bitcast float* %840 to <8 x float>*
  %842 = load <8 x float>, <8 x float>* %841, align 4
  %843 = add i64 %497, 6
  %844 = getelementptr inbounds float, float* %45, i64 %843
  %845 = load float, float* %844, align 4
  %846 = insertelement <8 x float> undef, float %845, i32 0
  %splat66 = shufflevector <8 x float> %846, <8 x float> undef, <8 x i32> zeroinitializer
  %847 = load <8 x float>, <8 x float>* %25, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %838, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %25, align 32
  %849 = load <8 x float>, <8 x float>* %19, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %842, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %19, align 32
  %851 = add i64 %497, 14
  %852 = getelementptr inbounds float, float* %45, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat67 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %24, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %838, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %24, align 32
  %857 = load <8 x float>, <8 x float>* %18, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %842, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %18, align 32
  %859 = add i64 %497, 22
  %860 = getelementptr inbounds float, float* %45, i64 %859
  %861 = load float, float* %860, align 4
  %862 = insertelement <8 x float> undef, float %861, i32 0
  %splat68 = shufflevector <8 x float> %862, <8 x float> undef, <8 x i32> zeroinitializer
  %863 = load <8 x float>, <8 x float>* %23, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %838, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %23, align 32
  %865 = load <8 x float>, <8 x float>* %17, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %842, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %17, align 32
  %867 = add i64 %497, 30
  %868 = getelementptr inbounds float, float* %45, i64 %867
  %869 = load float, float* %868, align 4
  %870 = insertelement <8 x float> undef, float %869, i32 0
  %splat69 = shufflevector <8 x float> %870, <8 x float> undef, <8 x i32> zeroinitializer
  %871 = load <8 x float>, <8 x float>* %22, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %838, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %22, align 32
  %873 = load <8 x float>, <8 x float>* %16, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %842, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %16, align 32
  %875 = add i64 %497, 38
  %876 = getelementptr inbounds float, float* %45, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat70 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %21, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %838, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %21, align 32
  %881 = load <8 x float>, <8 x float>* %15, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %842, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %15, align 32
  %883 = add i64 %497, 46
  %884 = getelementptr inbounds float, float* %45, i64 %883
  %885 = load float, float* %884, align 4
  %886 = insertelement <8 x float> undef, float %885, i32 0
  %splat71 = shufflevector <8 x float> %886, <8 x float> undef, <8 x i32> zeroinitializer
  %887 = load <8 x float>, <8 x float>* %20, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %838, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %20, align 32
  %889 = load <8 x float>, <8 x float>* %14, align 32
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %842, <8 x float> %889)
  store <8 x float> %890, <8 x float>* %14, align 32
  %891 = add i64 %498, 56
  %892 = getelementptr inbounds float, float* %4, i64 %891
  %893 = bitcast float* %892 to <8 x float>*
  %894 = load <8 x float>, <8 x float>* %893, align 4
  %895 = add i64 %498, 4152
  %896 = getelementptr inbounds float, float* %4, i64 %895
  %897 = bitcast float* %896 to <8 x float>*
  %898 = load <8 x float>, <8 x float>* %897, align 4
  %899 = add i64 %497, 7
  %900 = getelementptr inbounds float, float* %45, i64 %899
  %901 = load float, float* %900, align 4
  %902 = insertelement <8 x float> undef, float %901, i32 0
  %splat72 = shufflevector <8 x float> %902, <8 x float> undef, <8 x i32> zeroinitializer
  %903 = load <8 x float>, <8 x float>* %25, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %894, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %25, align 32
  %905 = load <8 x float>, <8 x float>* %19, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %898, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %19, align 32
  %907 = add i64 %497, 15
  %908 = getelementptr inbounds float, float* %45, i64 %907
  %909 = load float, float* %908, align 4
  %910 = insertelement <8 x float> undef, float %909, i32 0
  %splat73 = shufflevector <8 x float> %910, <8 x float> undef, <8 x i32> zeroinitializer
  %911 = load <8 x float>, <8 x float>* %24, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %894, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %24, align 32
  %913 = load <8 x float>, <8 x float>* %18, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %898, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %18, align 32
  %915 = add i64 %497, 23
  %916 = getelementptr inbounds float, float* %45, i64 %915
  %917 = load float, float* %916, align 4
  %918 = insertelement <8 x float> undef, float %917, i32 0
  %splat74 = shufflevector <8 x float> %918, <8 x float> undef, <8 x i32> zeroinitializer
  %919 = load <8 x float>, <8 x float>* %23, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %894, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %23, align 32
  %921 = load <8 x float>, <8 x float>* %17, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %898, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %17, align 32
  %923 = add i64 %497, 31
  %924 = getelementptr inbounds float, float* %45, i64 %923
  %925 = load float, float* %924, align 4
  %926 = insertelement <8 x float> undef, float %925, i32 0
  %splat75 = shufflevector <8 x float> %926, <8 x float> undef, <8 x i32> zeroinitializer
  %927 = load <8 x float>, <8 x float>* %22, align 32
  %928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %894, <8 x float> %927)
  store <8 x float> %928, <8 x float>* %22, align 32
  %929 = load <8 x float>, <8 x float>* %16, align 32
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %898, <8 x float> %929)
  store <8 x float> %930, <8 x float>* %16, align 32
  %931 = add i64 %497, 39
  %932 = getelementptr inbounds float, float* %45, i64 %931
  %933 = load float, float* %932, align 4
  %934 = insertelement <8 x float> undef, float %933, i32 0
  %splat76 = shufflevector <8 x float> %934, <8 x float> undef, <8 x i32> zeroinitializer
  %935 = load <8 x float>, <8 x float>* %21, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %894, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %21, align 32
  %937 = load <8 x float>, <8 x float>* %15, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %898, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %15, align 32
  %939 = add i64 %497, 47
  %940 = getelementptr inbounds float, float* %45, i64 %939
  %941 = load float, float* %940, align 4
  %942 = insertelement <8 x float> undef, float %941, i32 0
  %splat77 = shufflevector <8 x float> %942, <8 x float> undef, <8 x i32> zeroinitializer
  %943 = load <8 x float>, <8 x float>* %20, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %894, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %20, align 32
  %945 = load <8 x float>, <8 x float>* %14, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %898, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %14, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %947 = load <8 x float>, <8 x float>* %25, align 32
  %948 = fcmp olt <8 x float> %947, zeroinitializer
  %949 = select <8 x i1> %948, <8 x float> zeroinitializer, <8 x float> %947
  %950 = getelementptr inbounds float, float* %0, i64 %408
  %951 = bitcast float* %950 to <8 x float>*
  store <8 x float> %949, <8 x float>* %951, align 4
  %952 = load <8 x float>, <8 x float>* %24, align 32
  %953 = fcmp olt <8 x float> %952, zeroinitializer
  %954 = select <8 x i1> %953, <8 x float> zeroinitializer, <8 x float> %952
  %955 = getelementptr inbounds float, float* %0, i64 %411
  %956 = bitcast float* %955 to <8 x float>*
  store <8 x float> %954, <8 x float>* %956, align 4
  %957 = load <8 x float>, <8 x float>* %23, align 32
  %958 = fcmp olt <8 x float> %957, zeroinitializer
  %959 = select <8 x i1> %958, <8 x float> zeroinitializer, <8 x float> %957
  %960 = getelementptr inbounds float, float* %0, i64 %414
  %961 = bitcast float* %960 to <8 x float>*
  store <8 x float> %959, <8 x float>* %961, align 4
  %962 = load <8 x float>, <8 x float>* %22, align 32
  %963 = fcmp olt <8 x float> %962, zeroinitializer
  %964 = select <8 x i1> %963, <8 x float> zeroinitializer, <8 x float> %962
  %965 = getelementptr inbounds float, float* %0, i64 %417
  %966 = bitcast float* %965 to <8 x float>*
  store <8 x float> %964, <8 x float>* %966, align 4
  %967 = load <8 x float>, <8 x float>* %21, align 32
  %968 = fcmp olt <8 x float> %967, zeroinitializer
  %969 = select <8 x i1> %968, <8 x float> zeroinitializer, <8 x float> %967
  %970 = getelementptr inbounds float, float* %0, i64 %420
  %971 = bitcast float* %970 to <8 x float>*
  store <8 x float> %969, <8 x float>* %971, align 4
  %972 = load <8 x float>, <8 x float>* %20, align 32
  %973 = fcmp olt <8 x float> %972, zeroinitializer
  %974 = select <8 x i1> %973, <8 x float> zeroinitializer, <8 x float> %972
  %975 = getelementptr inbounds float, float* %0, i64 %423
  %976 = bitcast float* %975 to <8 x float>*
  store <8 x float> %974, <8 x float>* %976, align 4
  %977 = load <8 x float>, <8 x float>* %19, align 32
  %978 = fcmp olt <8 x float> %977, zeroinitializer
  %979 = select <8 x i1> %978, <8 x float> zeroinitializer, <8 x float> %977
  %980 = getelementptr inbounds float, float* %0, i64 %430
  %981 = bitcast float* %980 to <8 x float>*
  store <8 x float> %979, <8 x float>* %981, align 4
  %982 = load <8 x float>, <8 x float>* %18, align 32
  %983 = fcmp olt <8 x float> %982, zeroinitializer
  %984 = select <8 x i1> %983, <8 x float> zeroinitializer, <8 x float> %982
  %985 = getelementptr inbounds float, float* %0, i64 %433
  %986 = bitcast float* %985 to <8 x float>*
  store <8 x float> %984, <8 x float>* %986, align 4
  %987 = load <8 x float>, <8 x float>* %17, align 32
  %988 = fcmp olt <8 x float> %987, zeroinitializer
  %989 = select <8 x i1> %988, <8 x float> zeroinitializer, <8 x float> %987
  %990 = getelementptr inbounds float, float* %0, i64 %436
  %991 = bitcast float* %990 to <8 x float>*
  store <8 x float> %989, <8 x float>* %991, align 4
  %992 = load <8 x float>, <8 x float>* %16, align 32
  %993 = fcmp olt <8 x float> %992, zeroinitializer
  %994 = select <8 x i1> %993, <8 x float> zeroinitializer, <8 x float> %992
  %995 = getelementptr inbounds float, float* %0, i64 %439
  %996 = bitcast float* %995 to <8 x float>*
  store <8 x float> %994, <8 x float>* %996, align 4
  %997 = load <8 x float>, <8 x float>* %15, align 32
  %998 = fcmp olt <8 x float> %997, zeroinitializer
  %999 = select <8 x i1> %998, <8 x float> zeroinitializer, <8 x float> %997
  %1000 = getelementptr inbounds float, float* %0, i64 %442
  %1001 = bitcast float* %1000 to <8 x float>*
  store <8 x float> %999, <8 x float>* %1001, align 4
  %1002 = load <8 x float>, <8 x float>* %14, align 32
  %1003 = fcmp olt <8 x float> %1002, zeroinitializer
  %1004 = select <8 x i1> %1003, <8 x float> zeroinitializer, <8 x float> %1002
  %1005 = getelementptr inbounds float, float* %0, i64 %445
  %1006 = bitcast float* %1005 to <8 x float>*
  store <8 x float> %1004, <8 x float>* %1006, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header78:                                       ; preds = %u.body79, %x.exit
  %u81 = phi i64 [ 0, %x.exit ], [ %u.next98, %u.body79 ]
  %1007 = icmp slt i64 %u81, 64
  br i1 %1007, label %u.body79, label %u.exit80

u.body79:                                         ; preds = %u.header78
  %1008 = add i64 0, %u81
  %1009 = mul i64 %1008, 784
  %1010 = add i64 768, %1009
  %1011 = mul i64 %1008, 64
  %1012 = add i64 %399, %1011
  %1013 = add i64 %1010, 0
  %1014 = add i64 %1013, 0
  %1015 = add i64 %1012, 0
  %1016 = add i64 %1015, 0
  %1017 = getelementptr inbounds float, float* %4, i64 %1016
  %1018 = bitcast float* %1017 to <8 x float>*
  %1019 = load <8 x float>, <8 x float>* %1018, align 4
  %1020 = add i64 %1015, 4096
  %1021 = getelementptr inbounds float, float* %4, i64 %1020
  %1022 = bitcast float* %1021 to <8 x float>*
  %1023 = load <8 x float>, <8 x float>* %1022, align 4
  %1024 = add i64 %1014, 0
  %1025 = getelementptr inbounds float, float* %45, i64 %1024
  %1026 = load float, float* %1025, align 4
  %1027 = insertelement <8 x float> undef, float %1026, i32 0
  %splat82 = shufflevector <8 x float> %1027, <8 x float> undef, <8 x i32> zeroinitializer
  %1028 = load <8 x float>, <8 x float>* %13, align 32
  %1029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1019, <8 x float> %1028)
  store <8 x float> %1029, <8 x float>* %13, align 32
  %1030 = load <8 x float>, <8 x float>* %11, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1023, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %11, align 32
  %1032 = add i64 %1014, 8
  %1033 = getelementptr inbounds float, float* %45, i64 %1032
  %1034 = load float, float* %1033, align 4
  %1035 = insertelement <8 x float> undef, float %1034, i32 0
  %splat83 = shufflevector <8 x float> %1035, <8 x float> undef, <8 x i32> zeroinitializer
  %1036 = load <8 x float>, <8 x float>* %12, align 32
  %1037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1019, <8 x float> %1036)
  store <8 x float> %1037, <8 x float>* %12, align 32
  %1038 = load <8 x float>, <8 x float>* %10, align 32
  %1039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1023, <8 x float> %1038)
  store <8 x float> %1039, <8 x float>* %10, align 32
  %1040 = add i64 %1015, 8
  %1041 = getelementptr inbounds float, float* %4, i64 %1040
  %1042 = bitcast float* %1041 to <8 x float>*
  %1043 = load <8 x float>, <8 x float>* %1042, align 4
  %1044 = add i64 %1015, 4104
  %1045 = getelementptr inbounds float, float* %4, i64 %1044
  %1046 = bitcast float* %1045 to <8 x float>*
  %1047 = load <8 x float>, <8 x float>* %1046, align 4
  %1048 = add i64 %1014, 1
  %1049 = getelementptr inbounds float, float* %45, i64 %1048
  %1050 = load float, float* %1049, align 4
  %1051 = insertelement <8 x float> undef, float %1050, i32 0
  %splat84 = shufflevector <8 x float> %1051, <8 x float> undef, <8 x i32> zeroinitializer
  %1052 = load <8 x float>, <8 x float>* %13, align 32
  %1053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1043, <8 x float> %1052)
  store <8 x float> %1053, <8 x float>* %13, align 32
  %1054 = load <8 x float>, <8 x float>* %11, align 32
  %1055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1047, <8 x float> %1054)
  store <8 x float> %1055, <8 x float>* %11, align 32
  %1056 = add i64 %1014, 9
  %1057 = getelementptr inbounds float, float* %45, i64 %1056
  %1058 = load float, float* %1057, align 4
  %1059 = insertelement <8 x float> undef, float %1058, i32 0
  %splat85 = shufflevector <8 x float> %1059, <8 x float> undef, <8 x i32> zeroinitializer
  %1060 = load <8 x float>, <8 x float>* %12, align 32
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1043, <8 x float> %1060)
  store <8 x float> %1061, <8 x float>* %12, align 32
  %1062 = load <8 x float>, <8 x float>* %10, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1047, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %10, align 32
  %1064 = add i64 %1015, 16
  %1065 = getelementptr inbounds float, float* %4, i64 %1064
  %1066 = bitcast float* %1065 to <8 x float>*
  %1067 = load <8 x float>, <8 x float>* %1066, align 4
  %1068 = add i64 %1015, 4112
  %1069 = getelementptr inbounds float, float* %4, i64 %1068
  %1070 = bitcast float* %1069 to <8 x float>*
  %1071 = load <8 x float>, <8 x float>* %1070, align 4
  %1072 = add i64 %1014, 2
  %1073 = getelementptr inbounds float, float* %45, i64 %1072
  %1074 = load float, float* %1073, align 4
  %1075 = insertelement <8 x float> undef, float %1074, i32 0
  %splat86 = shufflevector <8 x float> %1075, <8 x float> undef, <8 x i32> zeroinitializer
  %1076 = load <8 x float>, <8 x float>* %13, align 32
  %1077 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1067, <8 x float> %1076)
  store <8 x float> %1077, <8 x float>* %13, align 32
  %1078 = load <8 x float>, <8 x float>* %11, align 32
  %1079 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1071, <8 x float> %1078)
  store <8 x float> %1079, <8 x float>* %11, align 32
  %1080 = add i64 %1014, 10
  %1081 = getelementptr inbounds float, float* %45, i64 %1080
  %1082 = load float, float* %1081, align 4
  %1083 = insertelement <8 x float> undef, float %1082, i32 0
  %splat87 = shufflevector <8 x float> %1083, <8 x float> undef, <8 x i32> zeroinitializer
  %1084 = load <8 x float>, <8 x float>* %12, align 32
  %1085 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1067, <8 x float> %1084)
  store <8 x float> %1085, <8 x float>* %12, align 32
  %1086 = load <8 x float>, <8 x float>* %10, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1071, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %10, align 32
  %1088 = add i64 %1015, 24
  %1089 = getelementptr inbounds float, float* %4, i64 %1088
  %1090 = bitcast float* %1089 to <8 x float>*
  %1091 = load <8 x float>, <8 x float>* %1090, align 4
  %1092 = add i64 %1015, 4120
  %1093 = getelementptr inbounds float, float* %4, i64 %1092
  %1094 = bitcast float* %1093 to <8 x float>*
  %1095 = load <8 x float>, <8 x float>* %1094, align 4
  %1096 = add i64 %1014, 3
  %1097 = getelementptr inbounds float, float* %45, i64 %1096
  %1098 = load float, float* %1097, align 4
  %1099 = insertelement <8 x float> undef, float %1098, i32 0
  %splat88 = shufflevector <8 x float> %1099, <8 x float> undef, <8 x i32> zeroinitializer
  %1100 = load <8 x float>, <8 x float>* %13, align 32
  %1101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1091, <8 x float> %1100)
  store <8 x float> %1101, <8 x float>* %13, align 32
  %1102 = load <8 x float>, <8 x float>* %11, align 32
  %1103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1095, <8 x float> %1102)
  store <8 x float> %1103, <8 x float>* %11, align 32
  %1104 = add i64 %1014, 11
  %1105 = getelementptr inbounds float, float* %45, i64 %1104
  %1106 = load float, float* %1105, align 4
  %1107 = insertelement <8 x float> undef, float %1106, i32 0
  %splat89 = shufflevector <8 x float> %1107, <8 x float> undef, <8 x i32> zeroinitializer
  %1108 = load <8 x float>, <8 x float>* %12, align 32
  %1109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1091, <8 x float> %1108)
  store <8 x float> %1109, <8 x float>* %12, align 32
  %1110 = load <8 x float>, <8 x float>* %10, align 32
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1095, <8 x float> %1110)
  store <8 x float> %1111, <8 x float>* %10, align 32
  %1112 = add i64 %1015, 32
  %1113 = getelementptr inbounds float, float* %4, i64 %1112
  %1114 = bitcast float* %1113 to <8 x float>*
  %1115 = load <8 x float>, <8 x float>* %1114, align 4
  %1116 = add i64 %1015, 4128
  %1117 = getelementptr inbounds float, float* %4, i64 %1116
  %1118 = bitcast float* %1117 to <8 x float>*
  %1119 = load <8 x float>, <8 x float>* %1118, align 4
  %1120 = add i64 %1014, 4
  %1121 = getelementptr inbounds float, float* %45, i64 %1120
  %1122 = load float, float* %1121, align 4
  %1123 = insertelement <8 x float> undef, float %1122, i32 0
  %splat90 = shufflevector <8 x float> %1123, <8 x float> undef, <8 x i32> zeroinitializer
  %1124 = load <8 x float>, <8 x float>* %13, align 32
  %1125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1115, <8 x float> %1124)
  store <8 x float> %1125, <8 x float>* %13, align 32
  %1126 = load <8 x float>, <8 x float>* %11, align 32
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1119, <8 x float> %1126)
  store <8 x float> %1127, <8 x float>* %11, align 32
  %1128 = add i64 %1014, 12
  %1129 = getelementptr inbounds float, float* %45, i64 %1128
  %1130 = load float, float* %1129, align 4
  %1131 = insertelement <8 x float> undef, float %1130, i32 0
  %splat91 = shufflevector <8 x float> %1131, <8 x float> undef, <8 x i32> zeroinitializer
  %1132 = load <8 x float>, <8 x float>* %12, align 32
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1115, <8 x float> %1132)
  store <8 x float> %1133, <8 x float>* %12, align 32
  %1134 = load <8 x float>, <8 x float>* %10, align 32
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1119, <8 x float> %1134)
  store <8 x float> %1135, <8 x float>* %10, align 32
  %1136 = add i64 %1015, 40
  %1137 = getelementptr inbounds float, float* %4, i64 %1136
  %1138 = bitcast float* %1137 to <8 x float>*
  %1139 = load <8 x float>, <8 x float>* %1138, align 4
  %1140 = add i64 %1015, 4136
  %1141 = getelementptr inbounds float, float* %4, i64 %1140
  %1142 = bitcast float* %1141 to <8 x float>*
  %1143 = load <8 x float>, <8 x float>* %1142, align 4
  %1144 = add i64 %1014, 5
  %1145 = getelementptr inbounds float, float* %45, i64 %1144
  %1146 = load float, float* %1145, align 4
  %1147 = insertelement <8 x float> undef, float %1146, i32 0
  %splat92 = shufflevector <8 x float> %1147, <8 x float> undef, <8 x i32> zeroinitializer
  %1148 = load <8 x float>, <8 x float>* %13, align 32
  %1149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1139, <8 x float> %1148)
  store <8 x float> %1149, <8 x float>* %13, align 32
  %1150 = load <8 x float>, <8 x float>* %11, align 32
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1143, <8 x float> %1150)
  store <8 x float> %1151, <8 x float>* %11, align 32
  %1152 = add i64 %1014, 13
  %1153 = getelementptr inbounds float, float* %45, i64 %1152
  %1154 = load float, float* %1153, align 4
  %1155 = insertelement <8 x float> undef, float %1154, i32 0
  %splat93 = shufflevector <8 x float> %1155, <8 x float> undef, <8 x i32> zeroinitializer
  %1156 = load <8 x float>, <8 x float>* %12, align 32
  %1157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1139, <8 x float> %1156)
  store <8 x float> %1157, <8 x float>* %12, align 32
  %1158 = load <8 x float>, <8 x float>* %10, align 32
  %1159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1143, <8 x float> %1158)
  store <8 x float> %1159, <8 x float>* %10, align 32
  %1160 = add i64 %1015, 48
  %1161 = getelementptr inbounds float, float* %4, i64 %1160
  %1162 = bitcast float* %1161 to <8 x float>*
  %1163 = load <8 x float>, <8 x float>* %1162, align 4
  %1164 = add i64 %1015, 4144
  %1165 = getelementptr inbounds float, float* %4, i64 %1164
  %1166 = bitcast float* %1165 to <8 x float>*
  %1167 = load <8 x float>, <8 x float>* %1166, align 4
  %1168 = add i64 %1014, 6
  %1169 = getelementptr inbounds float, float* %45, i64 %1168
  %1170 = load float, float* %1169, align 4
  %1171 = insertelement <8 x float> undef, float %1170, i32 0
  %splat94 = shufflevector <8 x float> %1171, <8 x float> undef, <8 x i32> zeroinitializer
  %1172 = load <8 x float>, <8 x float>* %13, align 32
  %1173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1163, <8 x float> %1172)
  store <8 x float> %1173, <8 x float>* %13, align 32
  %1174 = load <8 x float>, <8 x float>* %11, align 32
  %1175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1167, <8 x float> %1174)
  store <8 x float> %1175, <8 x float>* %11, align 32
  %1176 = add i64 %1014, 14
  %1177 = getelementptr inbounds float, float* %45, i64 %1176
  %1178 = load float, float* %1177, align 4
  %1179 = insertelement <8 x float> undef, float %1178, i32 0
  %splat95 = shufflevector <8 x float> %1179, <8 x float> undef, <8 x i32> zeroinitializer
  %1180 = load <8 x float>, <8 x float>* %12, align 32
  %1181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1163, <8 x float> %1180)
  store <8 x float> %1181, <8 x float>* %12, align 32
  %1182 = load <8 x float>, <8 x float>* %10, align 32
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1167, <8 x float> %1182)
  store <8 x float> %1183, <8 x float>* %10, align 32
  %1184 = add i64 %1015, 56
  %1185 = getelementptr inbounds float, float* %4, i64 %1184
  %1186 = bitcast float* %1185 to <8 x float>*
  %1187 = load <8 x float>, <8 x float>* %1186, align 4
  %1188 = add i64 %1015, 4152
  %1189 = getelementptr inbounds float, float* %4, i64 %1188
  %1190 = bitcast float* %1189 to <8 x float>*
  %1191 = load <8 x float>, <8 x float>* %1190, align 4
  %1192 = add i64 %1014, 7
  %1193 = getelementptr inbounds float, float* %45, i64 %1192
  %1194 = load float, float* %1193, align 4
  %1195 = insertelement <8 x float> undef, float %1194, i32 0
  %splat96 = shufflevector <8 x float> %1195, <8 x float> undef, <8 x i32> zeroinitializer
  %1196 = load <8 x float>, <8 x float>* %13, align 32
  %1197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1187, <8 x float> %1196)
  store <8 x float> %1197, <8 x float>* %13, align 32
  %1198 = load <8 x float>, <8 x float>* %11, align 32
  %1199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1191, <8 x float> %1198)
  store <8 x float> %1199, <8 x float>* %11, align 32
  %1200 = add i64 %1014, 15
  %1201 = getelementptr inbounds float, float* %45, i64 %1200
  %1202 = load float, float* %1201, align 4
  %1203 = insertelement <8 x float> undef, float %1202, i32 0
  %splat97 = shufflevector <8 x float> %1203, <8 x float> undef, <8 x i32> zeroinitializer
  %1204 = load <8 x float>, <8 x float>* %12, align 32
  %1205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1187, <8 x float> %1204)
  store <8 x float> %1205, <8 x float>* %12, align 32
  %1206 = load <8 x float>, <8 x float>* %10, align 32
  %1207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1191, <8 x float> %1206)
  store <8 x float> %1207, <8 x float>* %10, align 32
  %u.next98 = add i64 %u81, 1
  br label %u.header78

u.exit80:                                         ; preds = %u.header78
  %1208 = load <8 x float>, <8 x float>* %13, align 32
  %1209 = fcmp olt <8 x float> %1208, zeroinitializer
  %1210 = select <8 x i1> %1209, <8 x float> zeroinitializer, <8 x float> %1208
  %1211 = getelementptr inbounds float, float* %0, i64 %466
  %1212 = bitcast float* %1211 to <8 x float>*
  store <8 x float> %1210, <8 x float>* %1212, align 4
  %1213 = load <8 x float>, <8 x float>* %12, align 32
  %1214 = fcmp olt <8 x float> %1213, zeroinitializer
  %1215 = select <8 x i1> %1214, <8 x float> zeroinitializer, <8 x float> %1213
  %1216 = getelementptr inbounds float, float* %0, i64 %469
  %1217 = bitcast float* %1216 to <8 x float>*
  store <8 x float> %1215, <8 x float>* %1217, align 4
  %1218 = load <8 x float>, <8 x float>* %11, align 32
  %1219 = fcmp olt <8 x float> %1218, zeroinitializer
  %1220 = select <8 x i1> %1219, <8 x float> zeroinitializer, <8 x float> %1218
  %1221 = getelementptr inbounds float, float* %0, i64 %476
  %1222 = bitcast float* %1221 to <8 x float>*
  store <8 x float> %1220, <8 x float>* %1222, align 4
  %1223 = load <8 x float>, <8 x float>* %10, align 32
  %1224 = fcmp olt <8 x float> %1223, zeroinitializer
  %1225 = select <8 x i1> %1224, <8 x float> zeroinitializer, <8 x float> %1223
  %1226 = getelementptr inbounds float, float* %0, i64 %479
  %1227 = bitcast float* %1226 to <8 x float>*
  store <8 x float> %1225, <8 x float>* %1227, align 4
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

band.row.header:                                  ; preds = %kh.exit3, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit3 ]
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
  %64 = add i64 %49, 8
  %65 = load <8 x float>, <8 x float>* %30, align 32
  %66 = fcmp olt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> zeroinitializer, <8 x float> %65
  %68 = getelementptr inbounds float, float* %36, i64 %64
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add i64 %49, 16
  %71 = load <8 x float>, <8 x float>* %29, align 32
  %72 = fcmp olt <8 x float> %71, zeroinitializer
  %73 = select <8 x i1> %72, <8 x float> zeroinitializer, <8 x float> %71
  %74 = getelementptr inbounds float, float* %36, i64 %70
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %73, <8 x float>* %75, align 4
  %76 = add i64 %49, 24
  %77 = load <8 x float>, <8 x float>* %28, align 32
  %78 = fcmp olt <8 x float> %77, zeroinitializer
  %79 = select <8 x i1> %78, <8 x float> zeroinitializer, <8 x float> %77
  %80 = getelementptr inbounds float, float* %36, i64 %76
  %81 = bitcast float* %80 to <8 x float>*
  store <8 x float> %79, <8 x float>* %81, align 4
  %82 = add i64 %49, 32
  %83 = load <8 x float>, <8 x float>* %27, align 32
  %84 = fcmp olt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> zeroinitializer, <8 x float> %83
  %86 = getelementptr inbounds float, float* %36, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %49, 40
  %89 = load <8 x float>, <8 x float>* %26, align 32
  %90 = fcmp olt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> zeroinitializer, <8 x float> %89
  %92 = getelementptr inbounds float, float* %36, i64 %88
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %91, <8 x float>* %93, align 4
  %94 = add i64 %49, 48
  %95 = load <8 x float>, <8 x float>* %25, align 32
  %96 = fcmp olt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> zeroinitializer, <8 x float> %95
  %98 = getelementptr inbounds float, float* %36, i64 %94
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %97, <8 x float>* %99, align 4
  store <8 x float> %57, <8 x float>* %24, align 32
  br label %kh.header1

then:                                             ; preds = %kh.body
  %100 = mul i64 %60, 112
  %101 = add i64 %51, %100
  %102 = mul i64 %50, 3
  %103 = add i64 %102, %kh
  %104 = mul i64 %103, 24
  %105 = add i64 %104, 0
  %106 = getelementptr inbounds float, float* %6, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  %108 = load <8 x float>, <8 x float>* %107, align 4
  %109 = add i64 %104, 8
  %110 = getelementptr inbounds float, float* %6, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = add i64 %104, 16
  %114 = getelementptr inbounds float, float* %6, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = add i64 %101, 8
  %118 = add i64 %117, 0
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = load <8 x float>, <8 x float>* %30, align 32
  %123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %121, <8 x float> %108, <8 x float> %122)
  store <8 x float> %123, <8 x float>* %30, align 32
  %124 = add i64 %117, 8
  %125 = getelementptr inbounds float, float* %1, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = load <8 x float>, <8 x float>* %30, align 32
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %127, <8 x float> %112, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %30, align 32
  %130 = add i64 %117, 16
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = load <8 x float>, <8 x float>* %30, align 32
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %133, <8 x float> %116, <8 x float> %134)
  store <8 x float> %135, <8 x float>* %30, align 32
  %136 = load <8 x float>, <8 x float>* %29, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %133, <8 x float> %108, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %29, align 32
  %138 = add i64 %117, 24
  %139 = getelementptr inbounds float, float* %1, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = load <8 x float>, <8 x float>* %140, align 4
  %142 = load <8 x float>, <8 x float>* %29, align 32
  %143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %141, <8 x float> %112, <8 x float> %142)
  store <8 x float> %143, <8 x float>* %29, align 32
  %144 = add i64 %117, 32
  %145 = getelementptr inbounds float, float* %1, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = load <8 x float>, <8 x float>* %29, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %147, <8 x float> %116, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %29, align 32
  %150 = load <8 x float>, <8 x float>* %28, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %147, <8 x float> %108, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %28, align 32
  %152 = add i64 %117, 40
  %153 = getelementptr inbounds float, float* %1, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = load <8 x float>, <8 x float>* %28, align 32
  %157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %112, <8 x float> %156)
  store <8 x float> %157, <8 x float>* %28, align 32
  %158 = add i64 %117, 48
  %159 = getelementptr inbounds float, float* %1, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = load <8 x float>, <8 x float>* %28, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %116, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %28, align 32
  %164 = load <8 x float>, <8 x float>* %27, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %108, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %27, align 32
  %166 = add i64 %117, 56
  %167 = getelementptr inbounds float, float* %1, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = load <8 x float>, <8 x float>* %27, align 32
  %171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %112, <8 x float> %170)
  store <8 x float> %171, <8 x float>* %27, align 32
  %172 = add i64 %117, 64
  %173 = getelementptr inbounds float, float* %1, i64 %172
  %174 = bitcast float* %173 to <8 x float>*
  %175 = load <8 x float>, <8 x float>* %174, align 4
  %176 = load <8 x float>, <8 x float>* %27, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> %116, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %27, align 32
  %178 = load <8 x float>, <8 x float>* %26, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> %108, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %26, align 32
  %180 = add i64 %117, 72
  %181 = getelementptr inbounds float, float* %1, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  %183 = load <8 x float>, <8 x float>* %182, align 4
  %184 = load <8 x float>, <8 x float>* %26, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %183, <8 x float> %112, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %26, align 32
  %186 = add i64 %117, 80
  %187 = getelementptr inbounds float, float* %1, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = load <8 x float>, <8 x float>* %26, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %189, <8 x float> %116, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %26, align 32
  %192 = load <8 x float>, <8 x float>* %25, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %189, <8 x float> %108, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %25, align 32
  %194 = add i64 %117, 88
  %195 = getelementptr inbounds float, float* %1, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = load <8 x float>, <8 x float>* %25, align 32
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %197, <8 x float> %112, <8 x float> %198)
  store <8 x float> %199, <8 x float>* %25, align 32
  %200 = add i64 %117, 96
  %201 = getelementptr inbounds float, float* %1, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = load <8 x float>, <8 x float>* %25, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %203, <8 x float> %116, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %25, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %kh.exit
  %kh4 = phi i64 [ 0, %kh.exit ], [ %kh.next9, %endif6 ]
  %206 = icmp slt i64 %kh4, 3
  br i1 %206, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %207 = mul i64 %kh4, 1
  %208 = add i64 %53, %207
  %209 = icmp sge i64 %208, 0
  %210 = icmp slt i64 %208, 14
  %211 = and i1 %209, %210
  br i1 %211, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %212 = add i64 %49, 0
  %213 = load <8 x float>, <8 x float>* %24, align 32
  %214 = fcmp olt <8 x float> %213, zeroinitializer
  %215 = select <8 x i1> %214, <8 x float> zeroinitializer, <8 x float> %213
  %216 = getelementptr inbounds float, float* %36, i64 %212
  %217 = bitcast float* %216 to <8 x float>*
  store <8 x float> %215, <8 x float>* %217, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !17

then5:                                            ; preds = %kh.body2
  %218 = mul i64 %208, 112
  %219 = add i64 %51, %218
  %220 = mul i64 %50, 3
  %221 = add i64 %220, %kh4
  %222 = mul i64 %221, 24
  br label %kw.header

endif6:                                           ; preds = %kw.exit, %kh.body2
  %kh.next9 = add i64 %kh4, 1
  br label %kh.header1

kw.header:                                        ; preds = %endif8, %then5
  %kw = phi i64 [ 0, %then5 ], [ %kw.next, %endif8 ]
  %223 = icmp slt i64 %kw, 3
  br i1 %223, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %224 = mul i64 %kw, 1
  %225 = add i64 -1, %224
  %226 = icmp sge i64 %225, 0
  %227 = icmp slt i64 %225, 14
  %228 = and i1 %226, %227
  br i1 %228, label %then7, label %endif8

kw.exit:                                          ; preds = %kw.header
  br label %endif6

then7:                                            ; preds = %kw.body
  %229 = mul i64 %kw, 8
  %230 = add i64 %222, %229
  %231 = getelementptr inbounds float, float* %6, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  %233 = load <8 x float>, <8 x float>* %232, align 4
  %234 = mul i64 %225, 8
  %235 = add i64 %219, %234
  %236 = getelementptr inbounds float, float* %1, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  %238 = load <8 x float>, <8 x float>* %237, align 4
  %239 = load <8 x float>, <8 x float>* %24, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %233, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %24, align 32
  br label %endif8

endif8:                                           ; preds = %then7, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header

block.group.header:                               ; preds = %u.exit59, %channel.block.exit
  %block.group = phi i64 [ %40, %channel.block.exit ], [ %block.group.next, %u.exit59 ]
  %241 = icmp slt i64 %block.group, %43
  br i1 %241, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %242 = mul i64 %block.group, 2
  %243 = add i64 0, %242
  %244 = mul i64 %34, 49
  %245 = mul i64 %block.group, 2
  %246 = add i64 0, %245
  %247 = mul i64 %246, 4096
  br label %x.header

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %block.group.body
  %x = phi i64 [ 0, %block.group.body ], [ %x.next, %u.exit ]
  %248 = icmp slt i64 %x, 48
  br i1 %248, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %249 = add i64 %244, %x
  %250 = mul i64 %35, 128
  %251 = add i64 %250, %243
  %252 = add i64 %251, 0
  %253 = mul i64 %252, 392
  %254 = add i64 %249, 0
  %255 = mul i64 %254, 8
  %256 = add i64 %253, %255
  %257 = add i64 %249, 1
  %258 = mul i64 %257, 8
  %259 = add i64 %253, %258
  %260 = add i64 %249, 2
  %261 = mul i64 %260, 8
  %262 = add i64 %253, %261
  %263 = add i64 %249, 3
  %264 = mul i64 %263, 8
  %265 = add i64 %253, %264
  %266 = add i64 %249, 4
  %267 = mul i64 %266, 8
  %268 = add i64 %253, %267
  %269 = add i64 %249, 5
  %270 = mul i64 %269, 8
  %271 = add i64 %253, %270
  %272 = mul i64 %35, 128
  %273 = add i64 %272, %243
  %274 = add i64 %273, 1
  %275 = mul i64 %274, 392
  %276 = add i64 %249, 0
  %277 = mul i64 %276, 8
  %278 = add i64 %275, %277
  %279 = add i64 %249, 1
  %280 = mul i64 %279, 8
  %281 = add i64 %275, %280
  %282 = add i64 %249, 2
  %283 = mul i64 %282, 8
  %284 = add i64 %275, %283
  %285 = add i64 %249, 3
  %286 = mul i64 %285, 8
  %287 = add i64 %275, %286
  %288 = add i64 %249, 4
  %289 = mul i64 %288, 8
  %290 = add i64 %275, %289
  %291 = add i64 %249, 5
  %292 = mul i64 %291, 8
  %293 = add i64 %275, %292
  %294 = add i64 %246, 0
  %295 = mul i64 %294, 8
  %296 = getelementptr inbounds float, float* %5, i64 %295
  %297 = bitcast float* %296 to <8 x float>*
  %298 = load <8 x float>, <8 x float>* %297, align 4
  %299 = add i64 %246, 1
  %300 = mul i64 %299, 8
  %301 = getelementptr inbounds float, float* %5, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  %303 = load <8 x float>, <8 x float>* %302, align 4
  store <8 x float> %298, <8 x float>* %23, align 32
  store <8 x float> %298, <8 x float>* %22, align 32
  store <8 x float> %298, <8 x float>* %21, align 32
  store <8 x float> %298, <8 x float>* %20, align 32
  store <8 x float> %298, <8 x float>* %19, align 32
  store <8 x float> %298, <8 x float>* %18, align 32
  store <8 x float> %303, <8 x float>* %17, align 32
  store <8 x float> %303, <8 x float>* %16, align 32
  store <8 x float> %303, <8 x float>* %15, align 32
  store <8 x float> %303, <8 x float>* %14, align 32
  store <8 x float> %303, <8 x float>* %13, align 32
  store <8 x float> %303, <8 x float>* %12, align 32
  %304 = mul i64 %x, 8
  %305 = add i64 0, %304
  %306 = add i64 0, %305
  br label %u.header

x.exit:                                           ; preds = %x.header
  %307 = add i64 %244, 48
  %308 = mul i64 %35, 128
  %309 = add i64 %308, %243
  %310 = add i64 %309, 0
  %311 = mul i64 %310, 392
  %312 = add i64 %307, 0
  %313 = mul i64 %312, 8
  %314 = add i64 %311, %313
  %315 = mul i64 %35, 128
  %316 = add i64 %315, %243
  %317 = add i64 %316, 1
  %318 = mul i64 %317, 392
  %319 = add i64 %307, 0
  %320 = mul i64 %319, 8
  %321 = add i64 %318, %320
  %322 = add i64 %246, 0
  %323 = mul i64 %322, 8
  %324 = getelementptr inbounds float, float* %5, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  %326 = load <8 x float>, <8 x float>* %325, align 4
  %327 = add i64 %246, 1
  %328 = mul i64 %327, 8
  %329 = getelementptr inbounds float, float* %5, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = load <8 x float>, <8 x float>* %330, align 4
  store <8 x float> %326, <8 x float>* %11, align 32
  store <8 x float> %331, <8 x float>* %10, align 32
  br label %u.header57

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %332 = icmp slt i64 %u, 64
  br i1 %332, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %333 = add i64 0, %u
  %334 = mul i64 %333, 392
  %335 = add i64 %306, %334
  %336 = mul i64 %333, 64
  %337 = add i64 %247, %336
  %338 = add i64 %335, 0
  %339 = add i64 %338, 0
  %340 = add i64 %337, 0
  %341 = add i64 %340, 0
  %342 = getelementptr inbounds float, float* %4, i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  %344 = load <8 x float>, <8 x float>* %343, align 4
  %345 = add i64 %340, 4096
  %346 = getelementptr inbounds float, float* %4, i64 %345
  %347 = bitcast float* %346 to <8 x float>*
  %348 = load <8 x float>, <8 x float>* %347, align 4
  %349 = add i64 %339, 0
  %350 = getelementptr inbounds float, float* %36, i64 %349
  %351 = load float, float* %350, align 4
  %352 = insertelement <8 x float> undef, float %351, i32 0
  %splat = shufflevector <8 x float> %352, <8 x float> undef, <8 x i32> zeroinitializer
  %353 = load <8 x float>, <8 x float>* %23, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %344, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %23, align 32
  %355 = load <8 x float>, <8 x float>* %17, align 32
  %356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %348, <8 x float> %355)
  store <8 x float> %356, <8 x float>* %17, align 32
  %357 = add i64 %339, 8
  %358 = getelementptr inbounds float, float* %36, i64 %357
  %359 = load float, float* %358, align 4
  %360 = insertelement <8 x float> undef, float %359, i32 0
  %splat10 = shufflevector <8 x float> %360, <8 x float> undef, <8 x i32> zeroinitializer
  %361 = load <8 x float>, <8 x float>* %22, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %344, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %22, align 32
  %363 = load <8 x float>, <8 x float>* %16, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %348, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %16, align 32
  %365 = add i64 %339, 16
  %366 = getelementptr inbounds float, float* %36, i64 %365
  %367 = load float, float* %366, align 4
  %368 = insertelement <8 x float> undef, float %367, i32 0
  %splat11 = shufflevector <8 x float> %368, <8 x float> undef, <8 x i32> zeroinitializer
  %369 = load <8 x float>, <8 x float>* %21, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %344, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %21, align 32
  %371 = load <8 x float>, <8 x float>* %15, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %348, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %15, align 32
  %373 = add i64 %339, 24
  %374 = getelementptr inbounds float, float* %36, i64 %373
  %375 = load float, float* %374, align 4
  %376 = insertelement <8 x float> undef, float %375, i32 0
  %splat12 = shufflevector <8 x float> %376, <8 x float> undef, <8 x i32> zeroinitializer
  %377 = load <8 x float>, <8 x float>* %20, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %344, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %20, align 32
  %379 = load <8 x float>, <8 x float>* %14, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %348, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %14, align 32
  %381 = add i64 %339, 32
  %382 = getelementptr inbounds float, float* %36, i64 %381
  %383 = load float, float* %382, align 4
  %384 = insertelement <8 x float> undef, float %383, i32 0
  %splat13 = shufflevector <8 x float> %384, <8 x float> undef, <8 x i32> zeroinitializer
  %385 = load <8 x float>, <8 x float>* %19, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %344, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %19, align 32
  %387 = load <8 x float>, <8 x float>* %13, align 32
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %348, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %13, align 32
  %389 = add i64 %339, 40
  %390 = getelementptr inbounds float, float* %36, i64 %389
  %391 = load float, float* %390, align 4
  %392 = insertelement <8 x float> undef, float %391, i32 0
  %splat14 = shufflevector <8 x float> %392, <8 x float> undef, <8 x i32> zeroinitializer
  %393 = load <8 x float>, <8 x float>* %18, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %344, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %18, align 32
  %395 = load <8 x float>, <8 x float>* %12, align 32
  %396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %348, <8 x float> %395)
  store <8 x float> %396, <8 x float>* %12, align 32
  %397 = add i64 %340, 8
  %398 = getelementptr inbounds float, float* %4, i64 %397
  %399 = bitcast float* %398 to <8 x float>*
  %400 = load <8 x float>, <8 x float>* %399, align 4
  %401 = add i64 %340, 4104
  %402 = getelementptr inbounds float, float* %4, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  %404 = load <8 x float>, <8 x float>* %403, align 4
  %405 = add i64 %339, 1
  %406 = getelementptr inbounds float, float* %36, i64 %405
  %407 = load float, float* %406, align 4
  %408 = insertelement <8 x float> undef, float %407, i32 0
  %splat15 = shufflevector <8 x float> %408, <8 x float> undef, <8 x i32> zeroinitializer
  %409 = load <8 x float>, <8 x float>* %23, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %400, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %23, align 32
  %411 = load <8 x float>, <8 x float>* %17, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %404, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %17, align 32
  %413 = add i64 %339, 9
  %414 = getelementptr inbounds float, float* %36, i64 %413
  %415 = load float, float* %414, align 4
  %416 = insertelement <8 x float> undef, float %415, i32 0
  %splat16 = shufflevector <8 x float> %416, <8 x float> undef, <8 x i32> zeroinitializer
  %417 = load <8 x float>, <8 x float>* %22, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %400, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %22, align 32
  %419 = load <8 x float>, <8 x float>* %16, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %404, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %16, align 32
  %421 = add i64 %339, 17
  %422 = getelementptr inbounds float, float* %36, i64 %421
  %423 = load float, float* %422, align 4
  %424 = insertelement <8 x float> undef, float %423, i32 0
  %splat17 = shufflevector <8 x float> %424, <8 x float> undef, <8 x i32> zeroinitializer
  %425 = load <8 x float>, <8 x float>* %21, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %400, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %21, align 32
  %427 = load <8 x float>, <8 x float>* %15, align 32
  %428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %404, <8 x float> %427)
  store <8 x float> %428, <8 x float>* %15, align 32
  %429 = add i64 %339, 25
  %430 = getelementptr inbounds float, float* %36, i64 %429
  %431 = load float, float* %430, align 4
  %432 = insertelement <8 x float> undef, float %431, i32 0
  %splat18 = shufflevector <8 x float> %432, <8 x float> undef, <8 x i32> zeroinitializer
  %433 = load <8 x float>, <8 x float>* %20, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %400, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %20, align 32
  %435 = load <8 x float>, <8 x float>* %14, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %404, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %14, align 32
  %437 = add i64 %339, 33
  %438 = getelementptr inbounds float, float* %36, i64 %437
  %439 = load float, float* %438, align 4
  %440 = insertelement <8 x float> undef, float %439, i32 0
  %splat19 = shufflevector <8 x float> %440, <8 x float> undef, <8 x i32> zeroinitializer
  %441 = load <8 x float>, <8 x float>* %19, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %400, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %19, align 32
  %443 = load <8 x float>, <8 x float>* %13, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %404, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %13, align 32
  %445 = add i64 %339, 41
  %446 = getelementptr inbounds float, float* %36, i64 %445
  %447 = load float, float* %446, align 4
  %448 = insertelement <8 x float> undef, float %447, i32 0
  %splat20 = shufflevector <8 x float> %448, <8 x float> undef, <8 x i32> zeroinitializer
  %449 = load <8 x float>, <8 x float>* %18, align 32
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %400, <8 x float> %449)
  store <8 x float> %450, <8 x float>* %18, align 32
  %451 = load <8 x float>, <8 x float>* %12, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %404, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %12, align 32
  %453 = add i64 %340, 16
  %454 = getelementptr inbounds float, float* %4, i64 %453
  %455 = bitcast float* %454 to <8 x float>*
  %456 = load <8 x float>, <8 x float>* %455, align 4
  %457 = add i64 %340, 4112
  %458 = getelementptr inbounds float, float* %4, i64 %457
  %459 = bitcast float* %458 to <8 x float>*
  %460 = load <8 x float>, <8 x float>* %459, align 4
  %461 = add i64 %339, 2
  %462 = getelementptr inbounds float, float* %36, i64 %461
  %463 = load float, float* %462, align 4
  %464 = insertelement <8 x float> undef, float %463, i32 0
  %splat21 = shufflevector <8 x float> %464, <8 x float> undef, <8 x i32> zeroinitializer
  %465 = load <8 x float>, <8 x float>* %23, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %456, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %23, align 32
  %467 = load <8 x float>, <8 x float>* %17, align 32
  %468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %460, <8 x float> %467)
  store <8 x float> %468, <8 x float>* %17, align 32
  %469 = add i64 %339, 10
  %470 = getelementptr inbounds float, float* %36, i64 %469
  %471 = load float, float* %470, align 4
  %472 = insertelement <8 x float> undef, float %471, i32 0
  %splat22 = shufflevector <8 x float> %472, <8 x float> undef, <8 x i32> zeroinitializer
  %473 = load <8 x float>, <8 x float>* %22, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %456, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %22, align 32
  %475 = load <8 x float>, <8 x float>* %16, align 32
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %460, <8 x float> %475)
  store <8 x float> %476, <8 x float>* %16, align 32
  %477 = add i64 %339, 18
  %478 = getelementptr inbounds float, float* %36, i64 %477
  %479 = load float, float* %478, align 4
  %480 = insertelement <8 x float> undef, float %479, i32 0
  %splat23 = shufflevector <8 x float> %480, <8 x float> undef, <8 x i32> zeroinitializer
  %481 = load <8 x float>, <8 x float>* %21, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %456, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %21, align 32
  %483 = load <8 x float>, <8 x float>* %15, align 32
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %460, <8 x float> %483)
  store <8 x float> %484, <8 x float>* %15, align 32
  %485 = add i64 %339, 26
  %486 = getelementptr inbounds float, float* %36, i64 %485
  %487 = load float, float* %486, align 4
  %488 = insertelement <8 x float> undef, float %487, i32 0
  %splat24 = shufflevector <8 x float> %488, <8 x float> undef, <8 x i32> zeroinitializer
  %489 = load <8 x float>, <8 x float>* %20, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %456, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %20, align 32
  %491 = load <8 x float>, <8 x float>* %14, align 32
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %460, <8 x float> %491)
  store <8 x float> %492, <8 x float>* %14, align 32
  %493 = add i64 %339, 34
  %494 = getelementptr inbounds float, float* %36, i64 %493
  %495 = load float, float* %494, align 4
  %496 = insertelement <8 x float> undef, float %495, i32 0
  %splat25 = shufflevector <8 x float> %496, <8 x float> undef, <8 x i32> zeroinitializer
  %497 = load <8 x float>, <8 x float>* %19, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %456, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %19, align 32
  %499 = load <8 x float>, <8 x float>* %13, align 32
  %500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %460, <8 x float> %499)
  store <8 x float> %500, <8 x float>* %13, align 32
  %501 = add i64 %339, 42
  %502 = getelementptr inbounds float, float* %36, i64 %501
  %503 = load float, float* %502, align 4
  %504 = insertelement <8 x float> undef, float %503, i32 0
  %splat26 = shufflevector <8 x float> %504, <8 x float> undef, <8 x i32> zeroinitializer
  %505 = load <8 x float>, <8 x float>* %18, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %456, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %18, align 32
  %507 = load <8 x float>, <8 x float>* %12, align 32
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %460, <8 x float> %507)
  store <8 x float> %508, <8 x float>* %12, align 32
  %509 = add i64 %340, 24
  %510 = getelementptr inbounds float, float* %4, i64 %509
  %511 = bitcast float* %510 to <8 x float>*
  %512 = load <8 x float>, <8 x float>* %511, align 4
  %513 = add i64 %340, 4120
  %514 = getelementptr inbounds float, float* %4, i64 %513
  %515 = bitcast float* %514 to <8 x float>*
  %516 = load <8 x float>, <8 x float>* %515, align 4
  %517 = add i64 %339, 3
  %518 = getelementptr inbounds float, float* %36, i64 %517
  %519 = load float, float* %518, align 4
  %520 = insertelement <8 x float> undef, float %519, i32 0
  %splat27 = shufflevector <8 x float> %520, <8 x float> undef, <8 x i32> zeroinitializer
  %521 = load <8 x float>, <8 x float>* %23, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %512, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %23, align 32
  %523 = load <8 x float>, <8 x float>* %17, align 32
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %516, <8 x float> %523)
  store <8 x float> %524, <8 x float>* %17, align 32
  %525 = add i64 %339, 11
  %526 = getelementptr inbounds float, float* %36, i64 %525
  %527 = load float, float* %526, align 4
  %528 = insertelement <8 x float> undef, float %527, i32 0
  %splat28 = shufflevector <8 x float> %528, <8 x float> undef, <8 x i32> zeroinitializer
  %529 = load <8 x float>, <8 x float>* %22, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %512, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %22, align 32
  %531 = load <8 x float>, <8 x float>* %16, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %516, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %16, align 32
  %533 = add i64 %339, 19
  %534 = getelementptr inbounds float, float* %36, i64 %533
  %535 = load float, float* %534, align 4
  %536 = insertelement <8 x float> undef, float %535, i32 0
  %splat29 = shufflevector <8 x float> %536, <8 x float> undef, <8 x i32> zeroinitializer
  %537 = load <8 x float>, <8 x float>* %21, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %512, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %21, align 32
  %539 = load <8 x float>, <8 x float>* %15, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %516, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %15, align 32
  %541 = add i64 %339, 27
  %542 = getelementptr inbounds float, float* %36, i64 %541
  %543 = load float, float* %542, align 4
  %544 = insertelement <8 x float> undef, float %543, i32 0
  %splat30 = shufflevector <8 x float> %544, <8 x float> undef, <8 x i32> zeroinitializer
  %545 = load <8 x float>, <8 x float>* %20, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %512, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %20, align 32
  %547 = load <8 x float>, <8 x float>* %14, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %516, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %14, align 32
  %549 = add i64 %339, 35
  %550 = getelementptr inbounds float, float* %36, i64 %549
  %551 = load float, float* %550, align 4
  %552 = insertelement <8 x float> undef, float %551, i32 0
  %splat31 = shufflevector <8 x float> %552, <8 x float> undef, <8 x i32> zeroinitializer
  %553 = load <8 x float>, <8 x float>* %19, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %512, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %19, align 32
  %555 = load <8 x float>, <8 x float>* %13, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %516, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %13, align 32
  %557 = add i64 %339, 43
  %558 = getelementptr inbounds float, float* %36, i64 %557
  %559 = load float, float* %558, align 4
  %560 = insertelement <8 x float> undef, float %559, i32 0
  %splat32 = shufflevector <8 x float> %560, <8 x float> undef, <8 x i32> zeroinitializer
  %561 = load <8 x float>, <8 x float>* %18, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %512, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %18, align 32
  %563 = load <8 x float>, <8 x float>* %12, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %516, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %12, align 32
  %565 = add i64 %340, 32
  %566 = getelementptr inbounds float, float* %4, i64 %565
  %567 = bitcast float* %566 to <8 x float>*
  %568 = load <8 x float>, <8 x float>* %567, align 4
  %569 = add i64 %340, 4128
  %570 = getelementptr inbounds float, float* %4, i64 %569
  %571 = bitcast float* %570 to <8 x float>*
  %572 = load <8 x float>, <8 x float>* %571, align 4
  %573 = add i64 %339, 4
  %574 = getelementptr inbounds float, float* %36, i64 %573
  %575 = load float, float* %574, align 4
  %576 = insertelement <8 x float> undef, float %575, i32 0
  %splat33 = shufflevector <8 x float> %576, <8 x float> undef, <8 x i32> zeroinitializer
  %577 = load <8 x float>, <8 x float>* %23, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %568, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %23, align 32
  %579 = load <8 x float>, <8 x float>* %17, align 32
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %572, <8 x float> %579)
  store <8 x float> %580, <8 x float>* %17, align 32
  %581 = add i64 %339, 12
  %582 = getelementptr inbounds float, float* %36, i64 %581
  %583 = load float, float* %582, align 4
  %584 = insertelement <8 x float> undef, float %583, i32 0
  %splat34 = shufflevector <8 x float> %584, <8 x float> undef, <8 x i32> zeroinitializer
  %585 = load <8 x float>, <8 x float>* %22, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %568, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %22, align 32
  %587 = load <8 x float>, <8 x float>* %16, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %572, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %16, align 32
  %589 = add i64 %339, 20
  %590 = getelementptr inbounds float, float* %36, i64 %589
  %591 = load float, float* %590, align 4
  %592 = insertelement <8 x float> undef, float %591, i32 0
  %splat35 = shufflevector <8 x float> %592, <8 x float> undef, <8 x i32> zeroinitializer
  %593 = load <8 x float>, <8 x float>* %21, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %568, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %21, align 32
  %595 = load <8 x float>, <8 x float>* %15, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %572, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %15, align 32
  %597 = add i64 %339, 28
  %598 = getelementptr inbounds float, float* %36, i64 %597
  %599 = load float, float* %598, align 4
  %600 = insertelement <8 x float> undef, float %599, i32 0
  %splat36 = shufflevector <8 x float> %600, <8 x float> undef, <8 x i32> zeroinitializer
  %601 = load <8 x float>, <8 x float>* %20, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %568, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %20, align 32
  %603 = load <8 x float>, <8 x float>* %14, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %572, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %14, align 32
  %605 = add i64 %339, 36
  %606 = getelementptr inbounds float, float* %36, i64 %605
  %607 = load float, float* %606, align 4
  %608 = insertelement <8 x float> undef, float %607, i32 0
  %splat37 = shufflevector <8 x float> %608, <8 x float> undef, <8 x i32> zeroinitializer
  %609 = load <8 x float>, <8 x float>* %19, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %568, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %19, align 32
  %611 = load <8 x float>, <8 x float>* %13, align 32
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %572, <8 x float> %611)
  store <8 x float> %612, <8 x float>* %13, align 32
  %613 = add i64 %339, 44
  %614 = getelementptr inbounds float, float* %36, i64 %613
  %615 = load float, float* %614, align 4
  %616 = insertelement <8 x float> undef, float %615, i32 0
  %splat38 = shufflevector <8 x float> %616, <8 x float> undef, <8 x i32> zeroinitializer
  %617 = load <8 x float>, <8 x float>* %18, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %568, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %18, align 32
  %619 = load <8 x float>, <8 x float>* %12, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %572, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %12, align 32
  %621 = add i64 %340, 40
  %622 = getelementptr inbounds float, float* %4, i64 %621
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = add i64 %340, 4136
  %626 = getelementptr inbounds float, float* %4, i64 %625
  %627 = bitcast float* %626 to <8 x float>*
  %628 = load <8 x float>, <8 x float>* %627, align 4
  %629 = add i64 %339, 5
  %630 = getelementptr inbounds float, float* %36, i64 %629
  %631 = load float, float* %630, align 4
  %632 = insertelement <8 x float> undef, float %631, i32 0
  %splat39 = shufflevector <8 x float> %632, <8 x float> undef, <8 x i32> zeroinitializer
  %633 = load <8 x float>, <8 x float>* %23, align 32
  %634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %624, <8 x float> %633)
  store <8 x float> %634, <8 x float>* %23, align 32
  %635 = load <8 x float>, <8 x float>* %17, align 32
  %636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %628, <8 x float> %635)
  store <8 x float> %636, <8 x float>* %17, align 32
  %637 = add i64 %339, 13
  %638 = getelementptr inbounds float, float* %36, i64 %637
  %639 = load float, float* %638, align 4
  %640 = insertelement <8 x float> undef, float %639, i32 0
  %splat40 = shufflevector <8 x float> %640, <8 x float> undef, <8 x i32> zeroinitializer
  %641 = load <8 x float>, <8 x float>* %22, align 32
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %624, <8 x float> %641)
  store <8 x float> %642, <8 x float>* %22, align 32
  %643 = load <8 x float>, <8 x float>* %16, align 32
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %628, <8 x float> %643)
  store <8 x float> %644, <8 x float>* %16, align 32
  %645 = add i64 %339, 21
  %646 = getelementptr inbounds float, float* %36, i64 %645
  %647 = load float, float* %646, align 4
  %648 = insertelement <8 x float> undef, float %647, i32 0
  %splat41 = shufflevector <8 x float> %648, <8 x float> undef, <8 x i32> zeroinitializer
  %649 = load <8 x float>, <8 x float>* %21, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %624, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %21, align 32
  %651 = load <8 x float>, <8 x float>* %15, align 32
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %628, <8 x float> %651)
  store <8 x float> %652, <8 x float>* %15, align 32
  %653 = add i64 %339, 29
  %654 = getelementptr inbounds float, float* %36, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat42 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %20, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %624, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %20, align 32
  %659 = load <8 x float>, <8 x float>* %14, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %628, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %14, align 32
  %661 = add i64 %339, 37
  %662 = getelementptr inbounds float, float* %36, i64 %661
  %663 = load float, float* %662, align 4
  %664 = insertelement <8 x float> undef, float %663, i32 0
  %splat43 = shufflevector <8 x float> %664, <8 x float> undef, <8 x i32> zeroinitializer
  %665 = load <8 x float>, <8 x float>* %19, align 32
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %624, <8 x float> %665)
  store <8 x float> %666, <8 x float>* %19, align 32
  %667 = load <8 x float>, <8 x float>* %13, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %628, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %13, align 32
  %669 = add i64 %339, 45
  %670 = getelementptr inbounds float, float* %36, i64 %669
  %671 = load float, float* %670, align 4
  %672 = insertelement <8 x float> undef, float %671, i32 0
  %splat44 = shufflevector <8 x float> %672, <8 x float> undef, <8 x i32> zeroinitializer
  %673 = load <8 x float>, <8 x float>* %18, align 32
  %674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %624, <8 x float> %673)
  store <8 x float> %674, <8 x float>* %18, align 32
  %675 = load <8 x float>, <8 x float>* %12, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %628, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %12, align 32
  %677 = add i64 %340, 48
  %678 = getelementptr inbounds float, float* %4, i64 %677
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = add i64 %340, 4144
  %682 = getelementptr inbounds float, float* %4, i64 %681
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = add i64 %339, 6
  %686 = getelementptr inbounds float, float* %36, i64 %685
  %687 = load float, float* %686, align 4
  %688 = insertelement <8 x float> undef, float %687, i32 0
  %splat45 = shufflevector <8 x float> %688, <8 x float> undef, <8 x i32> zeroinitializer
  %689 = load <8 x float>, <8 x float>* %23, align 32
  %690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %680, <8 x float> %689)
  store <8 x float> %690, <8 x float>* %23, align 32
  %691 = load <8 x float>, <8 x float>* %17, align 32
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %684, <8 x float> %691)
  store <8 x float> %692, <8 x float>* %17, align 32
  %693 = add i64 %339, 14
  %694 = getelementptr inbounds float, float* %36, i64 %693
  %695 = load float, float* %694, align 4
  %696 = insertelement <8 x float> undef, float %695, i32 0
  %splat46 = shufflevector <8 x float> %696, <8 x float> undef, <8 x i32> zeroinitializer
  %697 = load <8 x float>, <8 x float>* %22, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %680, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %22, align 32
  %699 = load <8 x float>, <8 x float>* %16, align 32
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %684, <8 x float> %699)
  store <8 x float> %700, <8 x float>* %16, align 32
  %701 = add i64 %339, 22
  %702 = getelementptr inbounds float, float* %36, i64 %701
  %703 = load float, float* %702, align 4
  %704 = insertelement <8 x float> undef, float %703, i32 0
  %splat47 = shufflevector <8 x float> %704, <8 x float> undef, <8 x i32> zeroinitializer
  %705 = load <8 x float>, <8 x float>* %21, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %680, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %21, align 32
  %707 = load <8 x float>, <8 x float>* %15, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %684, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %15, align 32
  %709 = add i64 %339, 30
  %710 = getelementptr inbounds float, float* %36, i64 %709
  %711 = load float, float* %710, align 4
  %712 = insertelement <8 x float> undef, float %711, i32 0
  %splat48 = shufflevector <8 x float> %712, <8 x float> undef, <8 x i32> zeroinitializer
  %713 = load <8 x float>, <8 x float>* %20, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %680, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %20, align 32
  %715 = load <8 x float>, <8 x float>* %14, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %684, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %14, align 32
  %717 = add i64 %339, 38
  %718 = getelementptr inbounds float, float* %36, i64 %717
  %719 = load float, float* %718, align 4
  %720 = insertelement <8 x float> undef, float %719, i32 0
  %splat49 = shufflevector <8 x float> %720, <8 x float> undef, <8 x i32> zeroinitializer
  %721 = load <8 x float>, <8 x float>* %19, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %680, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %19, align 32
  %723 = load <8 x float>, <8 x float>* %13, align 32
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %684, <8 x float> %723)
  store <8 x float> %724, <8 x float>* %13, align 32
  %725 = add i64 %339, 46
  %726 = getelementptr inbounds float, float* %36, i64 %725
  %727 = load float, float* %726, align 4
  %728 = insertelement <8 x float> undef, float %727, i32 0
  %splat50 = shufflevector <8 x float> %728, <8 x float> undef, <8 x i32> zeroinitializer
  %729 = load <8 x float>, <8 x float>* %18, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %680, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %18, align 32
  %731 = load <8 x float>, <8 x float>* %12, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %684, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %12, align 32
  %733 = add i64 %340, 56
  %734 = getelementptr inbounds float, float* %4, i64 %733
  %735 = bitcast float* %734 to <8 x float>*
  %736 = load <8 x float>, <8 x float>* %735, align 4
  %737 = add i64 %340, 4152
  %738 = getelementptr inbounds float, float* %4, i64 %737
  %739 = bitcast float* %738 to <8 x float>*
  %740 = load <8 x float>, <8 x float>* %739, align 4
  %741 = add i64 %339, 7
  %742 = getelementptr inbounds float, float* %36, i64 %741
  %743 = load float, float* %742, align 4
  %744 = insertelement <8 x float> undef, float %743, i32 0
  %splat51 = shufflevector <8 x float> %744, <8 x float> undef, <8 x i32> zeroinitializer
  %745 = load <8 x float>, <8 x float>* %23, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %736, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %23, align 32
  %747 = load <8 x float>, <8 x float>* %17, align 32
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %740, <8 x float> %747)
  store <8 x float> %748, <8 x float>* %17, align 32
  %749 = add i64 %339, 15
  %750 = getelementptr inbounds float, float* %36, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat52 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %22, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %736, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %22, align 32
  %755 = load <8 x float>, <8 x float>* %16, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %740, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %16, align 32
  %757 = add i64 %339, 23
  %758 = getelementptr inbounds float, float* %36, i64 %757
  %759 = load float, float* %758, align 4
  %760 = insertelement <8 x float> undef, float %759, i32 0
  %splat53 = shufflevector <8 x float> %760, <8 x float> undef, <8 x i32> zeroinitializer
  %761 = load <8 x float>, <8 x float>* %21, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %736, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %21, align 32
  %763 = load <8 x float>, <8 x float>* %15, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %740, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %15, align 32
  %765 = add i64 %339, 31
  %766 = getelementptr inbounds float, float* %36, i64 %765
  %767 = load float, float* %766, align 4
  %768 = insertelement <8 x float> undef, float %767, i32 0
  %splat54 = shufflevector <8 x float> %768, <8 x float> undef, <8 x i32> zeroinitializer
  %769 = load <8 x float>, <8 x float>* %20, align 32
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %736, <8 x float> %769)
  store <8 x float> %770, <8 x float>* %20, align 32
  %771 = load <8 x float>, <8 x float>* %14, align 32
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %740, <8 x float> %771)
  store <8 x float> %772, <8 x float>* %14, align 32
  %773 = add i64 %339, 39
  %774 = getelementptr inbounds float, float* %36, i64 %773
  %775 = load float, float* %774, align 4
  %776 = insertelement <8 x float> undef, float %775, i32 0
  %splat55 = shufflevector <8 x float> %776, <8 x float> undef, <8 x i32> zeroinitializer
  %777 = load <8 x float>, <8 x float>* %19, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %736, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %19, align 32
  %779 = load <8 x float>, <8 x float>* %13, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %740, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %13, align 32
  %781 = add i64 %339, 47
  %782 = getelementptr inbounds float, float* %36, i64 %781
  %783 = load float, float* %782, align 4
  %784 = insertelement <8 x float> undef, float %783, i32 0
  %splat56 = shufflevector <8 x float> %784, <8 x float> undef, <8 x i32> zeroinitializer
  %785 = load <8 x float>, <8 x float>* %18, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %736, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %18, align 32
  %787 = load <8 x float>, <8 x float>* %12, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %740, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %12, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %789 = load <8 x float>, <8 x float>* %23, align 32
  %790 = fcmp olt <8 x float> %789, zeroinitializer
  %791 = select <8 x i1> %790, <8 x float> zeroinitializer, <8 x float> %789
  %792 = getelementptr inbounds float, float* %0, i64 %256
  %793 = bitcast float* %792 to <8 x float>*
  store <8 x float> %791, <8 x float>* %793, align 4
  %794 = load <8 x float>, <8 x float>* %22, align 32
  %795 = fcmp olt <8 x float> %794, zeroinitializer
  %796 = select <8 x i1> %795, <8 x float> zeroinitializer, <8 x float> %794
  %797 = getelementptr inbounds float, float* %0, i64 %259
  %798 = bitcast float* %797 to <8 x float>*
  store <8 x float> %796, <8 x float>* %798, align 4
  %799 = load <8 x float>, <8 x float>* %21, align 32
  %800 = fcmp olt <8 x float> %799, zeroinitializer
  %801 = select <8 x i1> %800, <8 x float> zeroinitializer, <8 x float> %799
  %802 = getelementptr inbounds float, float* %0, i64 %262
  %803 = bitcast float* %802 to <8 x float>*
  store <8 x float> %801, <8 x float>* %803, align 4
  %804 = load <8 x float>, <8 x float>* %20, align 32
  %805 = fcmp olt <8 x float> %804, zeroinitializer
  %806 = select <8 x i1> %805, <8 x float> zeroinitializer, <8 x float> %804
  %807 = getelementptr inbounds float, float* %0, i64 %265
  %808 = bitcast float* %807 to <8 x float>*
  store <8 x float> %806, <8 x float>* %808, align 4
  %809 = load <8 x float>, <8 x float>* %19, align 32
  %810 = fcmp olt <8 x float> %809, zeroinitializer
  %811 = select <8 x i1> %810, <8 x float> zeroinitializer, <8 x float> %809
  %812 = getelementptr inbounds float, float* %0, i64 %268
  %813 = bitcast float* %812 to <8 x float>*
  store <8 x float> %811, <8 x float>* %813, align 4
  %814 = load <8 x float>, <8 x float>* %18, align 32
  %815 = fcmp olt <8 x float> %814, zeroinitializer
  %816 = select <8 x i1> %815, <8 x float> zeroinitializer, <8 x float> %814
  %817 = getelementptr inbounds float, float* %0, i64 %271
  %818 = bitcast float* %817 to <8 x float>*
  store <8 x float> %816, <8 x float>* %818, align 4
  %819 = load <8 x float>, <8 x float>* %17, align 32
  %820 = fcmp olt <8 x float> %819, zeroinitializer
  %821 = select <8 x i1> %820, <8 x float> zeroinitializer, <8 x float> %819
  %822 = getelementptr inbounds float, float* %0, i64 %278
  %823 = bitcast float* %822 to <8 x float>*
  store <8 x float> %821, <8 x float>* %823, align 4
  %824 = load <8 x float>, <8 x float>* %16, align 32
  %825 = fcmp olt <8 x float> %824, zeroinitializer
  %826 = select <8 x i1> %825, <8 x float> zeroinitializer, <8 x float> %824
  %827 = getelementptr inbounds float, float* %0, i64 %281
  %828 = bitcast float* %827 to <8 x float>*
  store <8 x float> %826, <8 x float>* %828, align 4
  %829 = load <8 x float>, <8 x float>* %15, align 32
  %830 = fcmp olt <8 x float> %829, zeroinitializer
  %831 = select <8 x i1> %830, <8 x float> zeroinitializer, <8 x float> %829
  %832 = getelementptr inbounds float, float* %0, i64 %284
  %833 = bitcast float* %832 to <8 x float>*
  store <8 x float> %831, <8 x float>* %833, align 4
  %834 = load <8 x float>, <8 x float>* %14, align 32
  %835 = fcmp olt <8 x float> %834, zeroinitializer
  %836 = select <8 x i1> %835, <8 x float> zeroinitializer, <8 x float> %834
  %837 = getelementptr inbounds float, float* %0, i64 %287
  %838 = bitcast float* %837 to <8 x float>*
  store <8 x float> %836, <8 x float>* %838, align 4
  %839 = load <8 x float>, <8 x float>* %13, align 32
  %840 = fcmp olt <8 x float> %839, zeroinitializer
  %841 = select <8 x i1> %840, <8 x float> zeroinitializer, <8 x float> %839
  %842 = getelementptr inbounds float, float* %0, i64 %290
  %843 = bitcast float* %842 to <8 x float>*
  store <8 x float> %841, <8 x float>* %843, align 4
  %844 = load <8 x float>, <8 x float>* %12, align 32
  %845 = fcmp olt <8 x float> %844, zeroinitializer
  %846 = select <8 x i1> %845, <8 x float> zeroinitializer, <8 x float> %844
  %847 = getelementptr inbounds float, float* %0, i64 %293
  %848 = bitcast float* %847 to <8 x float>*
  store <8 x float> %846, <8 x float>* %848, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header57:                                       ; preds = %u.body58, %x.exit
  %u60 = phi i64 [ 0, %x.exit ], [ %u.next69, %u.body58 ]
  %849 = icmp slt i64 %u60, 64
  br i1 %849, label %u.body58, label %u.exit59

u.body58:                                         ; preds = %u.header57
  %850 = add i64 0, %u60
  %851 = mul i64 %850, 392
  %852 = add i64 384, %851
  %853 = mul i64 %850, 64
  %854 = add i64 %247, %853
  %855 = add i64 %852, 0
  %856 = add i64 %855, 0
  %857 = add i64 %854, 0
  %858 = add i64 %857, 0
  %859 = getelementptr inbounds float, float* %4, i64 %858
  %860 = bitcast float* %859 to <8 x float>*
  %861 = load <8 x float>, <8 x float>* %860, align 4
  %862 = add i64 %857, 4096
  %863 = getelementptr inbounds float, float* %4, i64 %862
  %864 = bitcast float* %863 to <8 x float>*
  %865 = load <8 x float>, <8 x float>* %864, align 4
  %866 = add i64 %856, 0
  %867 = getelementptr inbounds float, float* %36, i64 %866
  %868 = load float, float* %867, align 4
  %869 = insertelement <8 x float> undef, float %868, i32 0
  %splat61 = shufflevector <8 x float> %869, <8 x float> undef, <8 x i32> zeroinitializer
  %870 = load <8 x float>, <8 x float>* %11, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %861, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %11, align 32
  %872 = load <8 x float>, <8 x float>* %10, align 32
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %865, <8 x float> %872)
  store <8 x float> %873, <8 x float>* %10, align 32
  %874 = add i64 %857, 8
  %875 = getelementptr inbounds float, float* %4, i64 %874
  %876 = bitcast float* %875 to <8 x float>*
  %877 = load <8 x float>, <8 x float>* %876, align 4
  %878 = add i64 %857, 4104
  %879 = getelementptr inbounds float, float* %4, i64 %878
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = add i64 %856, 1
  %883 = getelementptr inbounds float, float* %36, i64 %882
  %884 = load float, float* %883, align 4
  %885 = insertelement <8 x float> undef, float %884, i32 0
  %splat62 = shufflevector <8 x float> %885, <8 x float> undef, <8 x i32> zeroinitializer
  %886 = load <8 x float>, <8 x float>* %11, align 32
  %887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %877, <8 x float> %886)
  store <8 x float> %887, <8 x float>* %11, align 32
  %888 = load <8 x float>, <8 x float>* %10, align 32
  %889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %881, <8 x float> %888)
  store <8 x float> %889, <8 x float>* %10, align 32
  %890 = add i64 %857, 16
  %891 = getelementptr inbounds float, float* %4, i64 %890
  %892 = bitcast float* %891 to <8 x float>*
  %893 = load <8 x float>, <8 x float>* %892, align 4
  %894 = add i64 %857, 4112
  %895 = getelementptr inbounds float, float* %4, i64 %894
  %896 = bitcast float* %895 to <8 x float>*
  %897 = load <8 x float>, <8 x float>* %896, align 4
  %898 = add i64 %856, 2
  %899 = getelementptr inbounds float, float* %36, i64 %898
  %900 = load float, float* %899, align 4
  %901 = insertelement <8 x float> undef, float %900, i32 0
  %splat63 = shufflevector <8 x float> %901, <8 x float> undef, <8 x i32> zeroinitializer
  %902 = load <8 x float>, <8 x float>* %11, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %893, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %11, align 32
  %904 = load <8 x float>, <8 x float>* %10, align 32
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %897, <8 x float> %904)
  store <8 x float> %905, <8 x float>* %10, align 32
  %906 = add i64 %857, 24
  %907 = getelementptr inbounds float, float* %4, i64 %906
  %908 = bitcast float* %907 to <8 x float>*
  %909 = load <8 x float>, <8 x float>* %908, align 4
  %910 = add i64 %857, 4120
  %911 = getelementptr inbounds float, float* %4, i64 %910
  %912 = bitcast float* %911 to <8 x float>*
  %913 = load <8 x float>, <8 x float>* %912, align 4
  %914 = add i64 %856, 3
  %915 = getelementptr inbounds float, float* %36, i64 %914
  %916 = load float, float* %915, align 4
  %917 = insertelement <8 x float> undef, float %916, i32 0
  %splat64 = shufflevector <8 x float> %917, <8 x float> undef, <8 x i32> zeroinitializer
  %918 = load <8 x float>, <8 x float>* %11, align 32
  %919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %909, <8 x float> %918)
  store <8 x float> %919, <8 x float>* %11, align 32
  %920 = load <8 x float>, <8 x float>* %10, align 32
  %921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %913, <8 x float> %920)
  store <8 x float> %921, <8 x float>* %10, align 32
  %922 = add i64 %857, 32
  %923 = getelementptr inbounds float, float* %4, i64 %922
  %924 = bitcast float* %923 to <8 x float>*
  %925 = load <8 x float>, <8 x float>* %924, align 4
  %926 = add i64 %857, 4128
  %927 = getelementptr inbounds float, float* %4, i64 %926
  %928 = bitcast float* %927 to <8 x float>*
  %929 = load <8 x float>, <8 x float>* %928, align 4
  %930 = add i64 %856, 4
  %931 = getelementptr inbounds float, float* %36, i64 %930
  %932 = load float, float* %931, align 4
  %933 = insertelement <8 x float> undef, float %932, i32 0
  %splat65 = shufflevector <8 x float> %933, <8 x float> undef, <8 x i32> zeroinitializer
  %934 = load <8 x float>, <8 x float>* %11, align 32
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %925, <8 x float> %934)
  store <8 x float> %935, <8 x float>* %11, align 32
  %936 = load <8 x float>, <8 x float>* %10, align 32
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %929, <8 x float> %936)
  store <8 x float> %937, <8 x float>* %10, align 32
  %938 = add i64 %857, 40
  %939 = getelementptr inbounds float, float* %4, i64 %938
  %940 = bitcast float* %939 to <8 x float>*
  %941 = load <8 x float>, <8 x float>* %940, align 4
  %942 = add i64 %857, 4136
  %943 = getelementptr inbounds float, float* %4, i64 %942
  %944 = bitcast float* %943 to <8 x float>*
  %945 = load <8 x float>, <8 x float>* %944, align 4
  %946 = add i64 %856, 5
  %947 = getelementptr inbounds float, float* %36, i64 %946
  %948 = load float, float* %947, align 4
  %949 = insertelement <8 x float> undef, float %948, i32 0
  %splat66 = shufflevector <8 x float> %949, <8 x float> undef, <8 x i32> zeroinitializer
  %950 = load <8 x float>, <8 x float>* %11, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %941, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %11, align 32
  %952 = load <8 x float>, <8 x float>* %10, align 32
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %945, <8 x float> %952)
  store <8 x float> %953, <8 x float>* %10, align 32
  %954 = add i64 %857, 48
  %955 = getelementptr inbounds float, float* %4, i64 %954
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = add i64 %857, 4144
  %959 = getelementptr inbounds float, float* %4, i64 %958
  %960 = bitcast float* %959 to <8 x float>*
  %961 = load <8 x float>, <8 x float>* %960, align 4
  %962 = add i64 %856, 6
  %963 = getelementptr inbounds float, float* %36, i64 %962
  %964 = load float, float* %963, align 4
  %965 = insertelement <8 x float> undef, float %964, i32 0
  %splat67 = shufflevector <8 x float> %965, <8 x float> undef, <8 x i32> zeroinitializer
  %966 = load <8 x float>, <8 x float>* %11, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %957, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %11, align 32
  %968 = load <8 x float>, <8 x float>* %10, align 32
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %961, <8 x float> %968)
  store <8 x float> %969, <8 x float>* %10, align 32
  %970 = add i64 %857, 56
  %971 = getelementptr inbounds float, float* %4, i64 %970
  %972 = bitcast float* %971 to <8 x float>*
  %973 = load <8 x float>, <8 x float>* %972, align 4
  %974 = add i64 %857, 4152
  %975 = getelementptr inbounds float, float* %4, i64 %974
  %976 = bitcast float* %975 to <8 x float>*
  %977 = load <8 x float>, <8 x float>* %976, align 4
  %978 = add i64 %856, 7
  %979 = getelementptr inbounds float, float* %36, i64 %978
  %980 = load float, float* %979, align 4
  %981 = insertelement <8 x float> undef, float %980, i32 0
  %splat68 = shufflevector <8 x float> %981, <8 x float> undef, <8 x i32> zeroinitializer
  %982 = load <8 x float>, <8 x float>* %11, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %973, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %11, align 32
  %984 = load <8 x float>, <8 x float>* %10, align 32
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %977, <8 x float> %984)
  store <8 x float> %985, <8 x float>* %10, align 32
  %u.next69 = add i64 %u60, 1
  br label %u.header57

u.exit59:                                         ; preds = %u.header57
  %986 = load <8 x float>, <8 x float>* %11, align 32
  %987 = fcmp olt <8 x float> %986, zeroinitializer
  %988 = select <8 x i1> %987, <8 x float> zeroinitializer, <8 x float> %986
  %989 = getelementptr inbounds float, float* %0, i64 %314
  %990 = bitcast float* %989 to <8 x float>*
  store <8 x float> %988, <8 x float>* %990, align 4
  %991 = load <8 x float>, <8 x float>* %10, align 32
  %992 = fcmp olt <8 x float> %991, zeroinitializer
  %993 = select <8 x i1> %992, <8 x float> zeroinitializer, <8 x float> %991
  %994 = getelementptr inbounds float, float* %0, i64 %321
  %995 = bitcast float* %994 to <8 x float>*
  store <8 x float> %993, <8 x float>* %995, align 4
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

band.row.header:                                  ; preds = %kh.exit12, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit12 ]
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
  %64 = add i64 %49, 8
  %65 = load <8 x float>, <8 x float>* %30, align 32
  %66 = fcmp olt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> zeroinitializer, <8 x float> %65
  %68 = getelementptr inbounds float, float* %36, i64 %64
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add i64 %49, 16
  %71 = load <8 x float>, <8 x float>* %29, align 32
  %72 = fcmp olt <8 x float> %71, zeroinitializer
  %73 = select <8 x i1> %72, <8 x float> zeroinitializer, <8 x float> %71
  %74 = getelementptr inbounds float, float* %36, i64 %70
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %73, <8 x float>* %75, align 4
  %76 = add i64 %49, 24
  %77 = load <8 x float>, <8 x float>* %28, align 32
  %78 = fcmp olt <8 x float> %77, zeroinitializer
  %79 = select <8 x i1> %78, <8 x float> zeroinitializer, <8 x float> %77
  %80 = getelementptr inbounds float, float* %36, i64 %76
  %81 = bitcast float* %80 to <8 x float>*
  store <8 x float> %79, <8 x float>* %81, align 4
  %82 = add i64 %49, 32
  %83 = load <8 x float>, <8 x float>* %27, align 32
  %84 = fcmp olt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> zeroinitializer, <8 x float> %83
  %86 = getelementptr inbounds float, float* %36, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %49, 40
  %89 = load <8 x float>, <8 x float>* %26, align 32
  %90 = fcmp olt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> zeroinitializer, <8 x float> %89
  %92 = getelementptr inbounds float, float* %36, i64 %88
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %91, <8 x float>* %93, align 4
  store <8 x float> %57, <8 x float>* %25, align 32
  br label %kh.header1

then:                                             ; preds = %kh.body
  %94 = mul i64 %60, 56
  %95 = add i64 %51, %94
  %96 = mul i64 %50, 3
  %97 = add i64 %96, %kh
  %98 = mul i64 %97, 24
  %99 = add i64 %98, 0
  %100 = getelementptr inbounds float, float* %6, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  %102 = load <8 x float>, <8 x float>* %101, align 4
  %103 = add i64 %98, 8
  %104 = getelementptr inbounds float, float* %6, i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  %106 = load <8 x float>, <8 x float>* %105, align 4
  %107 = add i64 %98, 16
  %108 = getelementptr inbounds float, float* %6, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %95, 0
  %112 = add i64 %111, 0
  %113 = getelementptr inbounds float, float* %1, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = load <8 x float>, <8 x float>* %30, align 32
  %117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %115, <8 x float> %102, <8 x float> %116)
  store <8 x float> %117, <8 x float>* %30, align 32
  %118 = add i64 %111, 8
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = load <8 x float>, <8 x float>* %30, align 32
  %123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %121, <8 x float> %106, <8 x float> %122)
  store <8 x float> %123, <8 x float>* %30, align 32
  %124 = load <8 x float>, <8 x float>* %29, align 32
  %125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %121, <8 x float> %102, <8 x float> %124)
  store <8 x float> %125, <8 x float>* %29, align 32
  %126 = add i64 %111, 16
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = load <8 x float>, <8 x float>* %30, align 32
  %131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %129, <8 x float> %110, <8 x float> %130)
  store <8 x float> %131, <8 x float>* %30, align 32
  %132 = load <8 x float>, <8 x float>* %29, align 32
  %133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %129, <8 x float> %106, <8 x float> %132)
  store <8 x float> %133, <8 x float>* %29, align 32
  %134 = load <8 x float>, <8 x float>* %28, align 32
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %129, <8 x float> %102, <8 x float> %134)
  store <8 x float> %135, <8 x float>* %28, align 32
  %136 = add i64 %111, 24
  %137 = getelementptr inbounds float, float* %1, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = load <8 x float>, <8 x float>* %29, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %139, <8 x float> %110, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %29, align 32
  %142 = load <8 x float>, <8 x float>* %28, align 32
  %143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %139, <8 x float> %106, <8 x float> %142)
  store <8 x float> %143, <8 x float>* %28, align 32
  %144 = load <8 x float>, <8 x float>* %27, align 32
  %145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %139, <8 x float> %102, <8 x float> %144)
  store <8 x float> %145, <8 x float>* %27, align 32
  %146 = add i64 %111, 32
  %147 = getelementptr inbounds float, float* %1, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = load <8 x float>, <8 x float>* %28, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> %110, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %28, align 32
  %152 = load <8 x float>, <8 x float>* %27, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> %106, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %27, align 32
  %154 = load <8 x float>, <8 x float>* %26, align 32
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> %102, <8 x float> %154)
  store <8 x float> %155, <8 x float>* %26, align 32
  %156 = add i64 %111, 40
  %157 = getelementptr inbounds float, float* %1, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = load <8 x float>, <8 x float>* %27, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %159, <8 x float> %110, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %27, align 32
  %162 = load <8 x float>, <8 x float>* %26, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %159, <8 x float> %106, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %26, align 32
  %164 = add i64 %111, 48
  %165 = getelementptr inbounds float, float* %1, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  %167 = load <8 x float>, <8 x float>* %166, align 4
  %168 = load <8 x float>, <8 x float>* %26, align 32
  %169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %167, <8 x float> %110, <8 x float> %168)
  store <8 x float> %169, <8 x float>* %26, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %kh.exit
  %kh4 = phi i64 [ 0, %kh.exit ], [ %kh.next9, %endif6 ]
  %170 = icmp slt i64 %kh4, 3
  br i1 %170, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %171 = mul i64 %kh4, 1
  %172 = add i64 %53, %171
  %173 = icmp sge i64 %172, 0
  %174 = icmp slt i64 %172, 7
  %175 = and i1 %173, %174
  br i1 %175, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %176 = add i64 %49, 0
  %177 = load <8 x float>, <8 x float>* %25, align 32
  %178 = fcmp olt <8 x float> %177, zeroinitializer
  %179 = select <8 x i1> %178, <8 x float> zeroinitializer, <8 x float> %177
  %180 = getelementptr inbounds float, float* %36, i64 %176
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %179, <8 x float>* %181, align 4
  store <8 x float> %57, <8 x float>* %24, align 32
  br label %kh.header10

then5:                                            ; preds = %kh.body2
  %182 = mul i64 %172, 56
  %183 = add i64 %51, %182
  %184 = mul i64 %50, 3
  %185 = add i64 %184, %kh4
  %186 = mul i64 %185, 24
  br label %kw.header

endif6:                                           ; preds = %kw.exit, %kh.body2
  %kh.next9 = add i64 %kh4, 1
  br label %kh.header1

kw.header:                                        ; preds = %endif8, %then5
  %kw = phi i64 [ 0, %then5 ], [ %kw.next, %endif8 ]
  %187 = icmp slt i64 %kw, 3
  br i1 %187, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %188 = mul i64 %kw, 1
  %189 = add i64 -1, %188
  %190 = icmp sge i64 %189, 0
  %191 = icmp slt i64 %189, 7
  %192 = and i1 %190, %191
  br i1 %192, label %then7, label %endif8

kw.exit:                                          ; preds = %kw.header
  br label %endif6

then7:                                            ; preds = %kw.body
  %193 = mul i64 %kw, 8
  %194 = add i64 %186, %193
  %195 = getelementptr inbounds float, float* %6, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = mul i64 %189, 8
  %199 = add i64 %183, %198
  %200 = getelementptr inbounds float, float* %1, i64 %199
  %201 = bitcast float* %200 to <8 x float>*
  %202 = load <8 x float>, <8 x float>* %201, align 4
  %203 = load <8 x float>, <8 x float>* %25, align 32
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %202, <8 x float> %197, <8 x float> %203)
  store <8 x float> %204, <8 x float>* %25, align 32
  br label %endif8

endif8:                                           ; preds = %then7, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header

kh.header10:                                      ; preds = %endif15, %kh.exit3
  %kh13 = phi i64 [ 0, %kh.exit3 ], [ %kh.next23, %endif15 ]
  %205 = icmp slt i64 %kh13, 3
  br i1 %205, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %206 = mul i64 %kh13, 1
  %207 = add i64 %53, %206
  %208 = icmp sge i64 %207, 0
  %209 = icmp slt i64 %207, 7
  %210 = and i1 %208, %209
  br i1 %210, label %then14, label %endif15

kh.exit12:                                        ; preds = %kh.header10
  %211 = add i64 %49, 48
  %212 = load <8 x float>, <8 x float>* %24, align 32
  %213 = fcmp olt <8 x float> %212, zeroinitializer
  %214 = select <8 x i1> %213, <8 x float> zeroinitializer, <8 x float> %212
  %215 = getelementptr inbounds float, float* %36, i64 %211
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %214, <8 x float>* %216, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !19

then14:                                           ; preds = %kh.body11
  %217 = mul i64 %207, 56
  %218 = add i64 %51, %217
  %219 = mul i64 %50, 3
  %220 = add i64 %219, %kh13
  %221 = mul i64 %220, 24
  br label %kw.header16

endif15:                                          ; preds = %kw.exit18, %kh.body11
  %kh.next23 = add i64 %kh13, 1
  br label %kh.header10

kw.header16:                                      ; preds = %endif21, %then14
  %kw19 = phi i64 [ 0, %then14 ], [ %kw.next22, %endif21 ]
  %222 = icmp slt i64 %kw19, 3
  br i1 %222, label %kw.body17, label %kw.exit18

kw.body17:                                        ; preds = %kw.header16
  %223 = mul i64 %kw19, 1
  %224 = add i64 5, %223
  %225 = icmp sge i64 %224, 0
  %226 = icmp slt i64 %224, 7
  %227 = and i1 %225, %226
  br i1 %227, label %then20, label %endif21

kw.exit18:                                        ; preds = %kw.header16
  br label %endif15

then20:                                           ; preds = %kw.body17
  %228 = mul i64 %kw19, 8
  %229 = add i64 %221, %228
  %230 = getelementptr inbounds float, float* %6, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  %232 = load <8 x float>, <8 x float>* %231, align 4
  %233 = mul i64 %224, 8
  %234 = add i64 %218, %233
  %235 = getelementptr inbounds float, float* %1, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  %237 = load <8 x float>, <8 x float>* %236, align 4
  %238 = load <8 x float>, <8 x float>* %24, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> %232, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %24, align 32
  br label %endif21

endif21:                                          ; preds = %then20, %kw.body17
  %kw.next22 = add i64 %kw19, 1
  br label %kw.header16

block.group.header:                               ; preds = %u.exit73, %channel.block.exit
  %block.group = phi i64 [ %40, %channel.block.exit ], [ %block.group.next, %u.exit73 ]
  %240 = icmp slt i64 %block.group, %43
  br i1 %240, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %241 = mul i64 %block.group, 2
  %242 = add i64 0, %241
  %243 = mul i64 %34, 49
  %244 = mul i64 %block.group, 2
  %245 = add i64 0, %244
  %246 = mul i64 %245, 8192
  br label %x.header

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %block.group.body
  %x = phi i64 [ 0, %block.group.body ], [ %x.next, %u.exit ]
  %247 = icmp slt i64 %x, 48
  br i1 %247, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %248 = add i64 %243, %x
  %249 = mul i64 %35, 128
  %250 = add i64 %249, %242
  %251 = add i64 %250, 0
  %252 = mul i64 %251, 392
  %253 = add i64 %248, 0
  %254 = mul i64 %253, 8
  %255 = add i64 %252, %254
  %256 = add i64 %248, 1
  %257 = mul i64 %256, 8
  %258 = add i64 %252, %257
  %259 = add i64 %248, 2
  %260 = mul i64 %259, 8
  %261 = add i64 %252, %260
  %262 = add i64 %248, 3
  %263 = mul i64 %262, 8
  %264 = add i64 %252, %263
  %265 = add i64 %248, 4
  %266 = mul i64 %265, 8
  %267 = add i64 %252, %266
  %268 = add i64 %248, 5
  %269 = mul i64 %268, 8
  %270 = add i64 %252, %269
  %271 = mul i64 %35, 128
  %272 = add i64 %271, %242
  %273 = add i64 %272, 1
  %274 = mul i64 %273, 392
  %275 = add i64 %248, 0
  %276 = mul i64 %275, 8
  %277 = add i64 %274, %276
  %278 = add i64 %248, 1
  %279 = mul i64 %278, 8
  %280 = add i64 %274, %279
  %281 = add i64 %248, 2
  %282 = mul i64 %281, 8
  %283 = add i64 %274, %282
  %284 = add i64 %248, 3
  %285 = mul i64 %284, 8
  %286 = add i64 %274, %285
  %287 = add i64 %248, 4
  %288 = mul i64 %287, 8
  %289 = add i64 %274, %288
  %290 = add i64 %248, 5
  %291 = mul i64 %290, 8
  %292 = add i64 %274, %291
  %293 = add i64 %245, 0
  %294 = mul i64 %293, 8
  %295 = getelementptr inbounds float, float* %5, i64 %294
  %296 = bitcast float* %295 to <8 x float>*
  %297 = load <8 x float>, <8 x float>* %296, align 4
  %298 = add i64 %245, 1
  %299 = mul i64 %298, 8
  %300 = getelementptr inbounds float, float* %5, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  %302 = load <8 x float>, <8 x float>* %301, align 4
  store <8 x float> %297, <8 x float>* %23, align 32
  store <8 x float> %297, <8 x float>* %22, align 32
  store <8 x float> %297, <8 x float>* %21, align 32
  store <8 x float> %297, <8 x float>* %20, align 32
  store <8 x float> %297, <8 x float>* %19, align 32
  store <8 x float> %297, <8 x float>* %18, align 32
  store <8 x float> %302, <8 x float>* %17, align 32
  store <8 x float> %302, <8 x float>* %16, align 32
  store <8 x float> %302, <8 x float>* %15, align 32
  store <8 x float> %302, <8 x float>* %14, align 32
  store <8 x float> %302, <8 x float>* %13, align 32
  store <8 x float> %302, <8 x float>* %12, align 32
  %303 = mul i64 %x, 8
  %304 = add i64 0, %303
  %305 = add i64 0, %304
  br label %u.header

x.exit:                                           ; preds = %x.header
  %306 = add i64 %243, 48
  %307 = mul i64 %35, 128
  %308 = add i64 %307, %242
  %309 = add i64 %308, 0
  %310 = mul i64 %309, 392
  %311 = add i64 %306, 0
  %312 = mul i64 %311, 8
  %313 = add i64 %310, %312
  %314 = mul i64 %35, 128
  %315 = add i64 %314, %242
  %316 = add i64 %315, 1
  %317 = mul i64 %316, 392
  %318 = add i64 %306, 0
  %319 = mul i64 %318, 8
  %320 = add i64 %317, %319
  %321 = add i64 %245, 0
  %322 = mul i64 %321, 8
  %323 = getelementptr inbounds float, float* %5, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  %325 = load <8 x float>, <8 x float>* %324, align 4
  %326 = add i64 %245, 1
  %327 = mul i64 %326, 8
  %328 = getelementptr inbounds float, float* %5, i64 %327
  %329 = bitcast float* %328 to <8 x float>*
  %330 = load <8 x float>, <8 x float>* %329, align 4
  store <8 x float> %325, <8 x float>* %11, align 32
  store <8 x float> %330, <8 x float>* %10, align 32
  br label %u.header71

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %331 = icmp slt i64 %u, 128
  br i1 %331, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %332 = add i64 0, %u
  %333 = mul i64 %332, 392
  %334 = add i64 %305, %333
  %335 = mul i64 %332, 64
  %336 = add i64 %246, %335
  %337 = add i64 %334, 0
  %338 = add i64 %337, 0
  %339 = add i64 %336, 0
  %340 = add i64 %339, 0
  %341 = getelementptr inbounds float, float* %4, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  %343 = load <8 x float>, <8 x float>* %342, align 4
  %344 = add i64 %339, 8192
  %345 = getelementptr inbounds float, float* %4, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  %347 = load <8 x float>, <8 x float>* %346, align 4
  %348 = add i64 %338, 0
  %349 = getelementptr inbounds float, float* %36, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %23, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %343, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %23, align 32
  %354 = load <8 x float>, <8 x float>* %17, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %347, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %17, align 32
  %356 = add i64 %338, 8
  %357 = getelementptr inbounds float, float* %36, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat24 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %22, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %343, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %22, align 32
  %362 = load <8 x float>, <8 x float>* %16, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %347, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %16, align 32
  %364 = add i64 %338, 16
  %365 = getelementptr inbounds float, float* %36, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat25 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %21, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %343, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %21, align 32
  %370 = load <8 x float>, <8 x float>* %15, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %347, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %15, align 32
  %372 = add i64 %338, 24
  %373 = getelementptr inbounds float, float* %36, i64 %372
  %374 = load float, float* %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %splat26 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %20, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %343, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %20, align 32
  %378 = load <8 x float>, <8 x float>* %14, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %347, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %14, align 32
  %380 = add i64 %338, 32
  %381 = getelementptr inbounds float, float* %36, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat27 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %19, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %343, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %19, align 32
  %386 = load <8 x float>, <8 x float>* %13, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %347, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %13, align 32
  %388 = add i64 %338, 40
  %389 = getelementptr inbounds float, float* %36, i64 %388
  %390 = load float, float* %389, align 4
  %391 = insertelement <8 x float> undef, float %390, i32 0
  %splat28 = shufflevector <8 x float> %391, <8 x float> undef, <8 x i32> zeroinitializer
  %392 = load <8 x float>, <8 x float>* %18, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %343, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %18, align 32
  %394 = load <8 x float>, <8 x float>* %12, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %347, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %12, align 32
  %396 = add i64 %339, 8
  %397 = getelementptr inbounds float, float* %4, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  %399 = load <8 x float>, <8 x float>* %398, align 4
  %400 = add i64 %339, 8200
  %401 = getelementptr inbounds float, float* %4, i64 %400
  %402 = bitcast float* %401 to <8 x float>*
  %403 = load <8 x float>, <8 x float>* %402, align 4
  %404 = add i64 %338, 1
  %405 = getelementptr inbounds float, float* %36, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat29 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %23, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %399, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %23, align 32
  %410 = load <8 x float>, <8 x float>* %17, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %403, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %17, align 32
  %412 = add i64 %338, 9
  %413 = getelementptr inbounds float, float* %36, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat30 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %22, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %399, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %22, align 32
  %418 = load <8 x float>, <8 x float>* %16, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %403, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %16, align 32
  %420 = add i64 %338, 17
  %421 = getelementptr inbounds float, float* %36, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat31 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %21, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %399, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %21, align 32
  %426 = load <8 x float>, <8 x float>* %15, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %403, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %15, align 32
  %428 = add i64 %338, 25
  %429 = getelementptr inbounds float, float* %36, i64 %428
  %430 = load float, float* %429, align 4
  %431 = insertelement <8 x float> undef, float %430, i32 0
  %splat32 = shufflevector <8 x float> %431, <8 x float> undef, <8 x i32> zeroinitializer
  %432 = load <8 x float>, <8 x float>* %20, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %399, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %20, align 32
  %434 = load <8 x float>, <8 x float>* %14, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %403, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %14, align 32
  %436 = add i64 %338, 33
  %437 = getelementptr inbounds float, float* %36, i64 %436
  %438 = load float, float* %437, align 4
  %439 = insertelement <8 x float> undef, float %438, i32 0
  %splat33 = shufflevector <8 x float> %439, <8 x float> undef, <8 x i32> zeroinitializer
  %440 = load <8 x float>, <8 x float>* %19, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %399, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %19, align 32
  %442 = load <8 x float>, <8 x float>* %13, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %403, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %13, align 32
  %444 = add i64 %338, 41
  %445 = getelementptr inbounds float, float* %36, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat34 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %18, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %399, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %18, align 32
  %450 = load <8 x float>, <8 x float>* %12, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %403, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %12, align 32
  %452 = add i64 %339, 16
  %453 = getelementptr inbounds float, float* %4, i64 %452
  %454 = bitcast float* %453 to <8 x float>*
  %455 = load <8 x float>, <8 x float>* %454, align 4
  %456 = add i64 %339, 8208
  %457 = getelementptr inbounds float, float* %4, i64 %456
  %458 = bitcast float* %457 to <8 x float>*
  %459 = load <8 x float>, <8 x float>* %458, align 4
  %460 = add i64 %338, 2
  %461 = getelementptr inbounds float, float* %36, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat35 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %23, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %455, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %23, align 32
  %466 = load <8 x float>, <8 x float>* %17, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %459, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %17, align 32
  %468 = add i64 %338, 10
  %469 = getelementptr inbounds float, float* %36, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat36 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %22, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %455, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %22, align 32
  %474 = load <8 x float>, <8 x float>* %16, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %459, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %16, align 32
  %476 = add i64 %338, 18
  %477 = getelementptr inbounds float, float* %36, i64 %476
  %478 = load float, float* %477, align 4
  %479 = insertelement <8 x float> undef, float %478, i32 0
  %splat37 = shufflevector <8 x float> %479, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, <8 x float>* %21, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %455, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %21, align 32
  %482 = load <8 x float>, <8 x float>* %15, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %459, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %15, align 32
  %484 = add i64 %338, 26
  %485 = getelementptr inbounds float, float* %36, i64 %484
  %486 = load float, float* %485, align 4
  %487 = insertelement <8 x float> undef, float %486, i32 0
  %splat38 = shufflevector <8 x float> %487, <8 x float> undef, <8 x i32> zeroinitializer
  %488 = load <8 x float>, <8 x float>* %20, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %455, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %20, align 32
  %490 = load <8 x float>, <8 x float>* %14, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %459, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %14, align 32
  %492 = add i64 %338, 34
  %493 = getelementptr inbounds float, float* %36, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat39 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %19, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %455, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %19, align 32
  %498 = load <8 x float>, <8 x float>* %13, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %459, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %13, align 32
  %500 = add i64 %338, 42
  %501 = getelementptr inbounds float, float* %36, i64 %500
  %502 = load float, float* %501, align 4
  %503 = insertelement <8 x float> undef, float %502, i32 0
  %splat40 = shufflevector <8 x float> %503, <8 x float> undef, <8 x i32> zeroinitializer
  %504 = load <8 x float>, <8 x float>* %18, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %455, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %18, align 32
  %506 = load <8 x float>, <8 x float>* %12, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %459, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %12, align 32
  %508 = add i64 %339, 24
  %509 = getelementptr inbounds float, float* %4, i64 %508
  %510 = bitcast float* %509 to <8 x float>*
  %511 = load <8 x float>, <8 x float>* %510, align 4
  %512 = add i64 %339, 8216
  %513 = getelementptr inbounds float, float* %4, i64 %512
  %514 = bitcast float* %513 to <8 x float>*
  %515 = load <8 x float>, <8 x float>* %514, align 4
  %516 = add i64 %338, 3
  %517 = getelementptr inbounds float, float* %36, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat41 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %23, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %511, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %23, align 32
  %522 = load <8 x float>, <8 x float>* %17, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %515, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %17, align 32
  %524 = add i64 %338, 11
  %525 = getelementptr inbounds float, float* %36, i64 %524
  %526 = load float, float* %525, align 4
  %527 = insertelement <8 x float> undef, float %526, i32 0
  %splat42 = shufflevector <8 x float> %527, <8 x float> undef, <8 x i32> zeroinitializer
  %528 = load <8 x float>, <8 x float>* %22, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %511, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %22, align 32
  %530 = load <8 x float>, <8 x float>* %16, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %515, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %16, align 32
  %532 = add i64 %338, 19
  %533 = getelementptr inbounds float, float* %36, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat43 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %21, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %511, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %21, align 32
  %538 = load <8 x float>, <8 x float>* %15, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %515, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %15, align 32
  %540 = add i64 %338, 27
  %541 = getelementptr inbounds float, float* %36, i64 %540
  %542 = load float, float* %541, align 4
  %543 = insertelement <8 x float> undef, float %542, i32 0
  %splat44 = shufflevector <8 x float> %543, <8 x float> undef, <8 x i32> zeroinitializer
  %544 = load <8 x float>, <8 x float>* %20, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %511, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %20, align 32
  %546 = load <8 x float>, <8 x float>* %14, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %515, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %14, align 32
  %548 = add i64 %338, 35
  %549 = getelementptr inbounds float, float* %36, i64 %548
  %550 = load float, float* %549, align 4
  %551 = insertelement <8 x float> undef, float %550, i32 0
  %splat45 = shufflevector <8 x float> %551, <8 x float> undef, <8 x i32> zeroinitializer
  %552 = load <8 x float>, <8 x float>* %19, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %511, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %19, align 32
  %554 = load <8 x float>, <8 x float>* %13, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %515, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %13, align 32
  %556 = add i64 %338, 43
  %557 = getelementptr inbounds float, float* %36, i64 %556
  %558 = load float, float* %557, align 4
  %559 = insertelement <8 x float> undef, float %558, i32 0
  %splat46 = shufflevector <8 x float> %559, <8 x float> undef, <8 x i32> zeroinitializer
  %560 = load <8 x float>, <8 x float>* %18, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %511, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %18, align 32
  %562 = load <8 x float>, <8 x float>* %12, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %515, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %12, align 32
  %564 = add i64 %339, 32
  %565 = getelementptr inbounds float, float* %4, i64 %564
  %566 = bitcast float* %565 to <8 x float>*
  %567 = load <8 x float>, <8 x float>* %566, align 4
  %568 = add i64 %339, 8224
  %569 = getelementptr inbounds float, float* %4, i64 %568
  %570 = bitcast float* %569 to <8 x float>*
  %571 = load <8 x float>, <8 x float>* %570, align 4
  %572 = add i64 %338, 4
  %573 = getelementptr inbounds float, float* %36, i64 %572
  %574 = load float, float* %573, align 4
  %575 = insertelement <8 x float> undef, float %574, i32 0
  %splat47 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %576 = load <8 x float>, <8 x float>* %23, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %567, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %23, align 32
  %578 = load <8 x float>, <8 x float>* %17, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %571, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %17, align 32
  %580 = add i64 %338, 12
  %581 = getelementptr inbounds float, float* %36, i64 %580
  %582 = load float, float* %581, align 4
  %583 = insertelement <8 x float> undef, float %582, i32 0
  %splat48 = shufflevector <8 x float> %583, <8 x float> undef, <8 x i32> zeroinitializer
  %584 = load <8 x float>, <8 x float>* %22, align 32
  %585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %567, <8 x float> %584)
  store <8 x float> %585, <8 x float>* %22, align 32
  %586 = load <8 x float>, <8 x float>* %16, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %571, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %16, align 32
  %588 = add i64 %338, 20
  %589 = getelementptr inbounds float, float* %36, i64 %588
  %590 = load float, float* %589, align 4
  %591 = insertelement <8 x float> undef, float %590, i32 0
  %splat49 = shufflevector <8 x float> %591, <8 x float> undef, <8 x i32> zeroinitializer
  %592 = load <8 x float>, <8 x float>* %21, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %567, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %21, align 32
  %594 = load <8 x float>, <8 x float>* %15, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %571, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %15, align 32
  %596 = add i64 %338, 28
  %597 = getelementptr inbounds float, float* %36, i64 %596
  %598 = load float, float* %597, align 4
  %599 = insertelement <8 x float> undef, float %598, i32 0
  %splat50 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
  %600 = load <8 x float>, <8 x float>* %20, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %567, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %20, align 32
  %602 = load <8 x float>, <8 x float>* %14, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %571, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %14, align 32
  %604 = add i64 %338, 36
  %605 = getelementptr inbounds float, float* %36, i64 %604
  %606 = load float, float* %605, align 4
  %607 = insertelement <8 x float> undef, float %606, i32 0
  %splat51 = shufflevector <8 x float> %607, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = load <8 x float>, <8 x float>* %19, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %567, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %19, align 32
  %610 = load <8 x float>, <8 x float>* %13, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %571, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %13, align 32
  %612 = add i64 %338, 44
  %613 = getelementptr inbounds float, float* %36, i64 %612
  %614 = load float, float* %613, align 4
  %615 = insertelement <8 x float> undef, float %614, i32 0
  %splat52 = shufflevector <8 x float> %615, <8 x float> undef, <8 x i32> zeroinitializer
  %616 = load <8 x float>, <8 x float>* %18, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %567, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %18, align 32
  %618 = load <8 x float>, <8 x float>* %12, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %571, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %12, align 32
  %620 = add i64 %339, 40
  %621 = getelementptr inbounds float, float* %4, i64 %620
  %622 = bitcast float* %621 to <8 x float>*
  %623 = load <8 x float>, <8 x float>* %622, align 4
  %624 = add i64 %339, 8232
  %625 = getelementptr inbounds float, float* %4, i64 %624
  %626 = bitcast float* %625 to <8 x float>*
  %627 = load <8 x float>, <8 x float>* %626, align 4
  %628 = add i64 %338, 5
  %629 = getelementptr inbounds float, float* %36, i64 %628
  %630 = load float, float* %629, align 4
  %631 = insertelement <8 x float> undef, float %630, i32 0
  %splat53 = shufflevector <8 x float> %631, <8 x float> undef, <8 x i32> zeroinitializer
  %632 = load <8 x float>, <8 x float>* %23, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %623, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %23, align 32
  %634 = load <8 x float>, <8 x float>* %17, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %627, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %17, align 32
  %636 = add i64 %338, 13
  %637 = getelementptr inbounds float, float* %36, i64 %636
  %638 = load float, float* %637, align 4
  %639 = insertelement <8 x float> undef, float %638, i32 0
  %splat54 = shufflevector <8 x float> %639, <8 x float> undef, <8 x i32> zeroinitializer
  %640 = load <8 x float>, <8 x float>* %22, align 32
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %623, <8 x float> %640)
  store <8 x float> %641, <8 x float>* %22, align 32
  %642 = load <8 x float>, <8 x float>* %16, align 32
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %627, <8 x float> %642)
  store <8 x float> %643, <8 x float>* %16, align 32
  %644 = add i64 %338, 21
  %645 = getelementptr inbounds float, float* %36, i64 %644
  %646 = load float, float* %645, align 4
  %647 = insertelement <8 x float> undef, float %646, i32 0
  %splat55 = shufflevector <8 x float> %647, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, <8 x float>* %21, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %623, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %21, align 32
  %650 = load <8 x float>, <8 x float>* %15, align 32
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %627, <8 x float> %650)
  store <8 x float> %651, <8 x float>* %15, align 32
  %652 = add i64 %338, 29
  %653 = getelementptr inbounds float, float* %36, i64 %652
  %654 = load float, float* %653, align 4
  %655 = insertelement <8 x float> undef, float %654, i32 0
  %splat56 = shufflevector <8 x float> %655, <8 x float> undef, <8 x i32> zeroinitializer
  %656 = load <8 x float>, <8 x float>* %20, align 32
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %623, <8 x float> %656)
  store <8 x float> %657, <8 x float>* %20, align 32
  %658 = load <8 x float>, <8 x float>* %14, align 32
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %627, <8 x float> %658)
  store <8 x float> %659, <8 x float>* %14, align 32
  %660 = add i64 %338, 37
  %661 = getelementptr inbounds float, float* %36, i64 %660
  %662 = load float, float* %661, align 4
  %663 = insertelement <8 x float> undef, float %662, i32 0
  %splat57 = shufflevector <8 x float> %663, <8 x float> undef, <8 x i32> zeroinitializer
  %664 = load <8 x float>, <8 x float>* %19, align 32
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %623, <8 x float> %664)
  store <8 x float> %665, <8 x float>* %19, align 32
  %666 = load <8 x float>, <8 x float>* %13, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %627, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %13, align 32
  %668 = add i64 %338, 45
  %669 = getelementptr inbounds float, float* %36, i64 %668
  %670 = load float, float* %669, align 4
  %671 = insertelement <8 x float> undef, float %670, i32 0
  %splat58 = shufflevector <8 x float> %671, <8 x float> undef, <8 x i32> zeroinitializer
  %672 = load <8 x float>, <8 x float>* %18, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %623, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %18, align 32
  %674 = load <8 x float>, <8 x float>* %12, align 32
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %627, <8 x float> %674)
  store <8 x float> %675, <8 x float>* %12, align 32
  %676 = add i64 %339, 48
  %677 = getelementptr inbounds float, float* %4, i64 %676
  %678 = bitcast float* %677 to <8 x float>*
  %679 = load <8 x float>, <8 x float>* %678, align 4
  %680 = add i64 %339, 8240
  %681 = getelementptr inbounds float, float* %4, i64 %680
  %682 = bitcast float* %681 to <8 x float>*
  %683 = load <8 x float>, <8 x float>* %682, align 4
  %684 = add i64 %338, 6
  %685 = getelementptr inbounds float, float* %36, i64 %684
  %686 = load float, float* %685, align 4
  %687 = insertelement <8 x float> undef, float %686, i32 0
  %splat59 = shufflevector <8 x float> %687, <8 x float> undef, <8 x i32> zeroinitializer
  %688 = load <8 x float>, <8 x float>* %23, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %679, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %23, align 32
  %690 = load <8 x float>, <8 x float>* %17, align 32
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %683, <8 x float> %690)
  store <8 x float> %691, <8 x float>* %17, align 32
  %692 = add i64 %338, 14
  %693 = getelementptr inbounds float, float* %36, i64 %692
  %694 = load float, float* %693, align 4
  %695 = insertelement <8 x float> undef, float %694, i32 0
  %splat60 = shufflevector <8 x float> %695, <8 x float> undef, <8 x i32> zeroinitializer
  %696 = load <8 x float>, <8 x float>* %22, align 32
  %697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %679, <8 x float> %696)
  store <8 x float> %697, <8 x float>* %22, align 32
  %698 = load <8 x float>, <8 x float>* %16, align 32
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %683, <8 x float> %698)
  store <8 x float> %699, <8 x float>* %16, align 32
  %700 = add i64 %338, 22
  %701 = getelementptr inbounds float, float* %36, i64 %700
  %702 = load float, float* %701, align 4
  %703 = insertelement <8 x float> undef, float %702, i32 0
  %splat61 = shufflevector <8 x float> %703, <8 x float> undef, <8 x i32> zeroinitializer
  %704 = load <8 x float>, <8 x float>* %21, align 32
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %679, <8 x float> %704)
  store <8 x float> %705, <8 x float>* %21, align 32
  %706 = load <8 x float>, <8 x float>* %15, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %683, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %15, align 32
  %708 = add i64 %338, 30
  %709 = getelementptr inbounds float, float* %36, i64 %708
  %710 = load float, float* %709, align 4
  %711 = insertelement <8 x float> undef, float %710, i32 0
  %splat62 = shufflevector <8 x float> %711, <8 x float> undef, <8 x i32> zeroinitializer
  %712 = load <8 x float>, <8 x float>* %20, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %679, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %20, align 32
  %714 = load <8 x float>, <8 x float>* %14, align 32
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %683, <8 x float> %714)
  store <8 x float> %715, <8 x float>* %14, align 32
  %716 = add i64 %338, 38
  %717 = getelementptr inbounds float, float* %36, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat63 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %19, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %679, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %19, align 32
  %722 = load <8 x float>, <8 x float>* %13, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %683, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %13, align 32
  %724 = add i64 %338, 46
  %725 = getelementptr inbounds float, float* %36, i64 %724
  %726 = load float, float* %725, align 4
  %727 = insertelement <8 x float> undef, float %726, i32 0
  %splat64 = shufflevector <8 x float> %727, <8 x float> undef, <8 x i32> zeroinitializer
  %728 = load <8 x float>, <8 x float>* %18, align 32
  %729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %679, <8 x float> %728)
  store <8 x float> %729, <8 x float>* %18, align 32
  %730 = load <8 x float>, <8 x float>* %12, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %683, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %12, align 32
  %732 = add i64 %339, 56
  %733 = getelementptr inbounds float, float* %4, i64 %732
  %734 = bitcast float* %733 to <8 x float>*
  %735 = load <8 x float>, <8 x float>* %734, align 4
  %736 = add i64 %339, 8248
  %737 = getelementptr inbounds float, float* %4, i64 %736
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = add i64 %338, 7
  %741 = getelementptr inbounds float, float* %36, i64 %740
  %742 = load float, float* %741, align 4
  %743 = insertelement <8 x float> undef, float %742, i32 0
  %splat65 = shufflevector <8 x float> %743, <8 x float> undef, <8 x i32> zeroinitializer
  %744 = load <8 x float>, <8 x float>* %23, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %735, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %23, align 32
  %746 = load <8 x float>, <8 x float>* %17, align 32
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %739, <8 x float> %746)
  store <8 x float> %747, <8 x float>* %17, align 32
  %748 = add i64 %338, 15
  %749 = getelementptr inbounds float, float* %36, i64 %748
  %750 = load float, float* %749, align 4
  %751 = insertelement <8 x float> undef, float %750, i32 0
  %splat66 = shufflevector <8 x float> %751, <8 x float> undef, <8 x i32> zeroinitializer
  %752 = load <8 x float>, <8 x float>* %22, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %735, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %22, align 32
  %754 = load <8 x float>, <8 x float>* %16, align 32
  %755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %739, <8 x float> %754)
  store <8 x float> %755, <8 x float>* %16, align 32
  %756 = add i64 %338, 23
  %757 = getelementptr inbounds float, float* %36, i64 %756
  %758 = load float, float* %757, align 4
  %759 = insertelement <8 x float> undef, float %758, i32 0
  %splat67 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
  %760 = load <8 x float>, <8 x float>* %21, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %735, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %21, align 32
  %762 = load <8 x float>, <8 x float>* %15, align 32
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %739, <8 x float> %762)
  store <8 x float> %763, <8 x float>* %15, align 32
  %764 = add i64 %338, 31
  %765 = getelementptr inbounds float, float* %36, i64 %764
  %766 = load float, float* %765, align 4
  %767 = insertelement <8 x float> undef, float %766, i32 0
  %splat68 = shufflevector <8 x float> %767, <8 x float> undef, <8 x i32> zeroinitializer
  %768 = load <8 x float>, <8 x float>* %20, align 32
  %769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %735, <8 x float> %768)
  store <8 x float> %769, <8 x float>* %20, align 32
  %770 = load <8 x float>, <8 x float>* %14, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %739, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %14, align 32
  %772 = add i64 %338, 39
  %773 = getelementptr inbounds float, float* %36, i64 %772
  %774 = load float, float* %773, align 4
  %775 = insertelement <8 x float> undef, float %774, i32 0
  %splat69 = shufflevector <8 x float> %775, <8 x float> undef, <8 x i32> zeroinitializer
  %776 = load <8 x float>, <8 x float>* %19, align 32
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %735, <8 x float> %776)
  store <8 x float> %777, <8 x float>* %19, align 32
  %778 = load <8 x float>, <8 x float>* %13, align 32
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %739, <8 x float> %778)
  store <8 x float> %779, <8 x float>* %13, align 32
  %780 = add i64 %338, 47
  %781 = getelementptr inbounds float, float* %36, i64 %780
  %782 = load float, float* %781, align 4
  %783 = insertelement <8 x float> undef, float %782, i32 0
  %splat70 = shufflevector <8 x float> %783, <8 x float> undef, <8 x i32> zeroinitializer
  %784 = load <8 x float>, <8 x float>* %18, align 32
  %785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %735, <8 x float> %784)
  store <8 x float> %785, <8 x float>* %18, align 32
  %786 = load <8 x float>, <8 x float>* %12, align 32
  %787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %739, <8 x float> %786)
  store <8 x float> %787, <8 x float>* %12, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %788 = load <8 x float>, <8 x float>* %23, align 32
  %789 = fcmp olt <8 x float> %788, zeroinitializer
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> %788
  %791 = getelementptr inbounds float, float* %0, i64 %255
  %792 = bitcast float* %791 to <8 x float>*
  store <8 x float> %790, <8 x float>* %792, align 4
  %793 = load <8 x float>, <8 x float>* %22, align 32
  %794 = fcmp olt <8 x float> %793, zeroinitializer
  %795 = select <8 x i1> %794, <8 x float> zeroinitializer, <8 x float> %793
  %796 = getelementptr inbounds float, float* %0, i64 %258
  %797 = bitcast float* %796 to <8 x float>*
  store <8 x float> %795, <8 x float>* %797, align 4
  %798 = load <8 x float>, <8 x float>* %21, align 32
  %799 = fcmp olt <8 x float> %798, zeroinitializer
  %800 = select <8 x i1> %799, <8 x float> zeroinitializer, <8 x float> %798
  %801 = getelementptr inbounds float, float* %0, i64 %261
  %802 = bitcast float* %801 to <8 x float>*
  store <8 x float> %800, <8 x float>* %802, align 4
  %803 = load <8 x float>, <8 x float>* %20, align 32
  %804 = fcmp olt <8 x float> %803, zeroinitializer
  %805 = select <8 x i1> %804, <8 x float> zeroinitializer, <8 x float> %803
  %806 = getelementptr inbounds float, float* %0, i64 %264
  %807 = bitcast float* %806 to <8 x float>*
  store <8 x float> %805, <8 x float>* %807, align 4
  %808 = load <8 x float>, <8 x float>* %19, align 32
  %809 = fcmp olt <8 x float> %808, zeroinitializer
  %810 = select <8 x i1> %809, <8 x float> zeroinitializer, <8 x float> %808
  %811 = getelementptr inbounds float, float* %0, i64 %267
  %812 = bitcast float* %811 to <8 x float>*
  store <8 x float> %810, <8 x float>* %812, align 4
  %813 = load <8 x float>, <8 x float>* %18, align 32
  %814 = fcmp olt <8 x float> %813, zeroinitializer
  %815 = select <8 x i1> %814, <8 x float> zeroinitializer, <8 x float> %813
  %816 = getelementptr inbounds float, float* %0, i64 %270
  %817 = bitcast float* %816 to <8 x float>*
  store <8 x float> %815, <8 x float>* %817, align 4
  %818 = load <8 x float>, <8 x float>* %17, align 32
  %819 = fcmp olt <8 x float> %818, zeroinitializer
  %820 = select <8 x i1> %819, <8 x float> zeroinitializer, <8 x float> %818
  %821 = getelementptr inbounds float, float* %0, i64 %277
  %822 = bitcast float* %821 to <8 x float>*
  store <8 x float> %820, <8 x float>* %822, align 4
  %823 = load <8 x float>, <8 x float>* %16, align 32
  %824 = fcmp olt <8 x float> %823, zeroinitializer
  %825 = select <8 x i1> %824, <8 x float> zeroinitializer, <8 x float> %823
  %826 = getelementptr inbounds float, float* %0, i64 %280
  %827 = bitcast float* %826 to <8 x float>*
  store <8 x float> %825, <8 x float>* %827, align 4
  %828 = load <8 x float>, <8 x float>* %15, align 32
  %829 = fcmp olt <8 x float> %828, zeroinitializer
  %830 = select <8 x i1> %829, <8 x float> zeroinitializer, <8 x float> %828
  %831 = getelementptr inbounds float, float* %0, i64 %283
  %832 = bitcast float* %831 to <8 x float>*
  store <8 x float> %830, <8 x float>* %832, align 4
  %833 = load <8 x float>, <8 x float>* %14, align 32
  %834 = fcmp olt <8 x float> %833, zeroinitializer
  %835 = select <8 x i1> %834, <8 x float> zeroinitializer, <8 x float> %833
  %836 = getelementptr inbounds float, float* %0, i64 %286
  %837 = bitcast float* %836 to <8 x float>*
  store <8 x float> %835, <8 x float>* %837, align 4
  %838 = load <8 x float>, <8 x float>* %13, align 32
  %839 = fcmp olt <8 x float> %838, zeroinitializer
  %840 = select <8 x i1> %839, <8 x float> zeroinitializer, <8 x float> %838
  %841 = getelementptr inbounds float, float* %0, i64 %289
  %842 = bitcast float* %841 to <8 x float>*
  store <8 x float> %840, <8 x float>* %842, align 4
  %843 = load <8 x float>, <8 x float>* %12, align 32
  %844 = fcmp olt <8 x float> %843, zeroinitializer
  %845 = select <8 x i1> %844, <8 x float> zeroinitializer, <8 x float> %843
  %846 = getelementptr inbounds float, float* %0, i64 %292
  %847 = bitcast float* %846 to <8 x float>*
  store <8 x float> %845, <8 x float>* %847, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header71:                                       ; preds = %u.body72, %x.exit
  %u74 = phi i64 [ 0, %x.exit ], [ %u.next83, %u.body72 ]
  %848 = icmp slt i64 %u74, 128
  br i1 %848, label %u.body72, label %u.exit73

u.body72:                                         ; preds = %u.header71
  %849 = add i64 0, %u74
  %850 = mul i64 %849, 392
  %851 = add i64 384, %850
  %852 = mul i64 %849, 64
  %853 = add i64 %246, %852
  %854 = add i64 %851, 0
  %855 = add i64 %854, 0
  %856 = add i64 %853, 0
  %857 = add i64 %856, 0
  %858 = getelementptr inbounds float, float* %4, i64 %857
  %859 = bitcast float* %858 to <8 x float>*
  %860 = load <8 x float>, <8 x float>* %859, align 4
  %861 = add i64 %856, 8192
  %862 = getelementptr inbounds float, float* %4, i64 %861
  %863 = bitcast float* %862 to <8 x float>*
  %864 = load <8 x float>, <8 x float>* %863, align 4
  %865 = add i64 %855, 0
  %866 = getelementptr inbounds float, float* %36, i64 %865
  %867 = load float, float* %866, align 4
  %868 = insertelement <8 x float> undef, float %867, i32 0
  %splat75 = shufflevector <8 x float> %868, <8 x float> undef, <8 x i32> zeroinitializer
  %869 = load <8 x float>, <8 x float>* %11, align 32
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %860, <8 x float> %869)
  store <8 x float> %870, <8 x float>* %11, align 32
  %871 = load <8 x float>, <8 x float>* %10, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %864, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %10, align 32
  %873 = add i64 %856, 8
  %874 = getelementptr inbounds float, float* %4, i64 %873
  %875 = bitcast float* %874 to <8 x float>*
  %876 = load <8 x float>, <8 x float>* %875, align 4
  %877 = add i64 %856, 8200
  %878 = getelementptr inbounds float, float* %4, i64 %877
  %879 = bitcast float* %878 to <8 x float>*
  %880 = load <8 x float>, <8 x float>* %879, align 4
  %881 = add i64 %855, 1
  %882 = getelementptr inbounds float, float* %36, i64 %881
  %883 = load float, float* %882, align 4
  %884 = insertelement <8 x float> undef, float %883, i32 0
  %splat76 = shufflevector <8 x float> %884, <8 x float> undef, <8 x i32> zeroinitializer
  %885 = load <8 x float>, <8 x float>* %11, align 32
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %876, <8 x float> %885)
  store <8 x float> %886, <8 x float>* %11, align 32
  %887 = load <8 x float>, <8 x float>* %10, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %880, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %10, align 32
  %889 = add i64 %856, 16
  %890 = getelementptr inbounds float, float* %4, i64 %889
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = add i64 %856, 8208
  %894 = getelementptr inbounds float, float* %4, i64 %893
  %895 = bitcast float* %894 to <8 x float>*
  %896 = load <8 x float>, <8 x float>* %895, align 4
  %897 = add i64 %855, 2
  %898 = getelementptr inbounds float, float* %36, i64 %897
  %899 = load float, float* %898, align 4
  %900 = insertelement <8 x float> undef, float %899, i32 0
  %splat77 = shufflevector <8 x float> %900, <8 x float> undef, <8 x i32> zeroinitializer
  %901 = load <8 x float>, <8 x float>* %11, align 32
  %902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %892, <8 x float> %901)
  store <8 x float> %902, <8 x float>* %11, align 32
  %903 = load <8 x float>, <8 x float>* %10, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %896, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %10, align 32
  %905 = add i64 %856, 24
  %906 = getelementptr inbounds float, float* %4, i64 %905
  %907 = bitcast float* %906 to <8 x float>*
  %908 = load <8 x float>, <8 x float>* %907, align 4
  %909 = add i64 %856, 8216
  %910 = getelementptr inbounds float, float* %4, i64 %909
  %911 = bitcast float* %910 to <8 x float>*
  %912 = load <8 x float>, <8 x float>* %911, align 4
  %913 = add i64 %855, 3
  %914 = getelementptr inbounds float, float* %36, i64 %913
  %915 = load float, float* %914, align 4
  %916 = insertelement <8 x float> undef, float %915, i32 0
  %splat78 = shufflevector <8 x float> %916, <8 x float> undef, <8 x i32> zeroinitializer
  %917 = load <8 x float>, <8 x float>* %11, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %908, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %11, align 32
  %919 = load <8 x float>, <8 x float>* %10, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %912, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %10, align 32
  %921 = add i64 %856, 32
  %922 = getelementptr inbounds float, float* %4, i64 %921
  %923 = bitcast float* %922 to <8 x float>*
  %924 = load <8 x float>, <8 x float>* %923, align 4
  %925 = add i64 %856, 8224
  %926 = getelementptr inbounds float, float* %4, i64 %925
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = add i64 %855, 4
  %930 = getelementptr inbounds float, float* %36, i64 %929
  %931 = load float, float* %930, align 4
  %932 = insertelement <8 x float> undef, float %931, i32 0
  %splat79 = shufflevector <8 x float> %932, <8 x float> undef, <8 x i32> zeroinitializer
  %933 = load <8 x float>, <8 x float>* %11, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %924, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %11, align 32
  %935 = load <8 x float>, <8 x float>* %10, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %928, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %10, align 32
  %937 = add i64 %856, 40
  %938 = getelementptr inbounds float, float* %4, i64 %937
  %939 = bitcast float* %938 to <8 x float>*
  %940 = load <8 x float>, <8 x float>* %939, align 4
  %941 = add i64 %856, 8232
  %942 = getelementptr inbounds float, float* %4, i64 %941
  %943 = bitcast float* %942 to <8 x float>*
  %944 = load <8 x float>, <8 x float>* %943, align 4
  %945 = add i64 %855, 5
  %946 = getelementptr inbounds float, float* %36, i64 %945
  %947 = load float, float* %946, align 4
  %948 = insertelement <8 x float> undef, float %947, i32 0
  %splat80 = shufflevector <8 x float> %948, <8 x float> undef, <8 x i32> zeroinitializer
  %949 = load <8 x float>, <8 x float>* %11, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %940, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %11, align 32
  %951 = load <8 x float>, <8 x float>* %10, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %944, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %10, align 32
  %953 = add i64 %856, 48
  %954 = getelementptr inbounds float, float* %4, i64 %953
  %955 = bitcast float* %954 to <8 x float>*
  %956 = load <8 x float>, <8 x float>* %955, align 4
  %957 = add i64 %856, 8240
  %958 = getelementptr inbounds float, float* %4, i64 %957
  %959 = bitcast float* %958 to <8 x float>*
  %960 = load <8 x float>, <8 x float>* %959, align 4
  %961 = add i64 %855, 6
  %962 = getelementptr inbounds float, float* %36, i64 %961
  %963 = load float, float* %962, align 4
  %964 = insertelement <8 x float> undef, float %963, i32 0
  %splat81 = shufflevector <8 x float> %964, <8 x float> undef, <8 x i32> zeroinitializer
  %965 = load <8 x float>, <8 x float>* %11, align 32
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %956, <8 x float> %965)
  store <8 x float> %966, <8 x float>* %11, align 32
  %967 = load <8 x float>, <8 x float>* %10, align 32
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %960, <8 x float> %967)
  store <8 x float> %968, <8 x float>* %10, align 32
  %969 = add i64 %856, 56
  %970 = getelementptr inbounds float, float* %4, i64 %969
  %971 = bitcast float* %970 to <8 x float>*
  %972 = load <8 x float>, <8 x float>* %971, align 4
  %973 = add i64 %856, 8248
  %974 = getelementptr inbounds float, float* %4, i64 %973
  %975 = bitcast float* %974 to <8 x float>*
  %976 = load <8 x float>, <8 x float>* %975, align 4
  %977 = add i64 %855, 7
  %978 = getelementptr inbounds float, float* %36, i64 %977
  %979 = load float, float* %978, align 4
  %980 = insertelement <8 x float> undef, float %979, i32 0
  %splat82 = shufflevector <8 x float> %980, <8 x float> undef, <8 x i32> zeroinitializer
  %981 = load <8 x float>, <8 x float>* %11, align 32
  %982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %972, <8 x float> %981)
  store <8 x float> %982, <8 x float>* %11, align 32
  %983 = load <8 x float>, <8 x float>* %10, align 32
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %976, <8 x float> %983)
  store <8 x float> %984, <8 x float>* %10, align 32
  %u.next83 = add i64 %u74, 1
  br label %u.header71

u.exit73:                                         ; preds = %u.header71
  %985 = load <8 x float>, <8 x float>* %11, align 32
  %986 = fcmp olt <8 x float> %985, zeroinitializer
  %987 = select <8 x i1> %986, <8 x float> zeroinitializer, <8 x float> %985
  %988 = getelementptr inbounds float, float* %0, i64 %313
  %989 = bitcast float* %988 to <8 x float>*
  store <8 x float> %987, <8 x float>* %989, align 4
  %990 = load <8 x float>, <8 x float>* %10, align 32
  %991 = fcmp olt <8 x float> %990, zeroinitializer
  %992 = select <8 x i1> %991, <8 x float> zeroinitializer, <8 x float> %990
  %993 = getelementptr inbounds float, float* %0, i64 %320
  %994 = bitcast float* %993 to <8 x float>*
  store <8 x float> %992, <8 x float>* %994, align 4
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
