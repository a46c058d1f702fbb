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

declare i32 @omp_get_max_threads()

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
  %43 = add i64 %9, 111
  %44 = sdiv i64 %43, 112
  %45 = icmp slt i64 4, %44
  %46 = select i1 %45, i64 4, i64 %44
  %47 = icmp sgt i64 1, %46
  %48 = select i1 %47, i64 1, i64 %46
  %49 = sub i64 %48, 1
  %50 = add i64 4, %49
  %51 = sdiv i64 %50, %48
  %52 = bitcast [3584 x float]* %band to float*
  %53 = mul i64 %48, 112
  %54 = sub i64 %9, 1
  %55 = add i64 %53, %54
  %56 = sdiv i64 %55, %9
  %57 = mul i64 %8, %56
  %58 = icmp slt i64 %57, %53
  %59 = select i1 %58, i64 %57, i64 %53
  %60 = add i64 %59, %56
  %61 = icmp slt i64 %60, %53
  %62 = select i1 %61, i64 %60, i64 %53
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %59, %entry ], [ %task.next, %block.group.exit ]
  %63 = icmp slt i64 %task, %62
  br i1 %63, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %64 = srem i64 %task, %48
  %65 = sdiv i64 %task, %48
  %66 = srem i64 %65, 112
  %67 = mul i64 %48, 112
  %68 = sdiv i64 %task, %67
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %kh.exit10, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %kh.exit10 ]
  %69 = icmp slt i64 %channel.block, 4
  br i1 %69, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %70 = mul i64 %68, 4
  %71 = add i64 %70, %channel.block
  %72 = mul i64 %66, 1
  %73 = add i64 %72, 0
  %74 = mul i64 %channel.block, 1
  %75 = add i64 %74, 0
  %76 = mul i64 %75, 896
  %77 = srem i64 %71, 4
  %78 = mul i64 %71, 100352
  %79 = mul i64 %73, 1
  %80 = sub i64 %79, 1
  %81 = mul i64 %77, 8
  %82 = getelementptr inbounds float, float* %7, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  store <8 x float> %84, <8 x float>* %42, align 32
  br label %kh.header

channel.block.exit:                               ; preds = %channel.block.header
  %85 = mul i64 %64, %51
  %86 = add i64 %85, %51
  %87 = icmp slt i64 %86, 4
  %88 = select i1 %87, i64 %86, i64 4
  br label %block.group.header

kh.header:                                        ; preds = %endif, %channel.block.body
  %kh = phi i64 [ 0, %channel.block.body ], [ %kh.next, %endif ]
  %89 = icmp slt i64 %kh, 3
  br i1 %89, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %90 = mul i64 %kh, 1
  %91 = add i64 %80, %90
  %92 = icmp sge i64 %91, 0
  %93 = icmp slt i64 %91, 112
  %94 = and i1 %92, %93
  br i1 %94, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %95 = add i64 %76, 0
  %96 = load <8 x float>, <8 x float>* %42, align 32
  %97 = fcmp olt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> zeroinitializer, <8 x float> %96
  %99 = getelementptr inbounds float, float* %52, i64 %95
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %98, <8 x float>* %100, align 4
  br label %x.header

then:                                             ; preds = %kh.body
  %101 = mul i64 %91, 896
  %102 = add i64 %78, %101
  %103 = mul i64 %77, 3
  %104 = add i64 %103, %kh
  %105 = mul i64 %104, 24
  %106 = add i64 %105, 0
  %107 = getelementptr inbounds float, float* %6, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 %105, 8
  %111 = getelementptr inbounds float, float* %6, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %105, 16
  %115 = getelementptr inbounds float, float* %6, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %102, -8
  %119 = add i64 %118, 8
  %120 = getelementptr inbounds float, float* %1, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = load <8 x float>, <8 x float>* %42, align 32
  %124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %113, <8 x float> %123)
  store <8 x float> %124, <8 x float>* %42, align 32
  %125 = add i64 %118, 16
  %126 = getelementptr inbounds float, float* %1, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = load <8 x float>, <8 x float>* %42, align 32
  %130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %117, <8 x float> %129)
  store <8 x float> %130, <8 x float>* %42, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

x.header:                                         ; preds = %kh.exit3, %kh.exit
  %x = phi i64 [ 1, %kh.exit ], [ %x.next, %kh.exit3 ]
  %131 = icmp slt i64 %x, 111
  br i1 %131, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %84, <8 x float>* %41, align 32
  store <8 x float> %84, <8 x float>* %40, align 32
  store <8 x float> %84, <8 x float>* %39, align 32
  store <8 x float> %84, <8 x float>* %38, align 32
  store <8 x float> %84, <8 x float>* %37, align 32
  store <8 x float> %84, <8 x float>* %36, align 32
  store <8 x float> %84, <8 x float>* %35, align 32
  store <8 x float> %84, <8 x float>* %34, align 32
  store <8 x float> %84, <8 x float>* %33, align 32
  store <8 x float> %84, <8 x float>* %32, align 32
  store <8 x float> %84, <8 x float>* %31, align 32
  %132 = mul i64 %x, 1
  %133 = sub i64 %132, 1
  br label %kh.header1

x.exit:                                           ; preds = %x.header
  store <8 x float> %84, <8 x float>* %30, align 32
  br label %kh.header8

kh.header1:                                       ; preds = %endif6, %x.body
  %kh4 = phi i64 [ 0, %x.body ], [ %kh.next7, %endif6 ]
  %134 = icmp slt i64 %kh4, 3
  br i1 %134, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %135 = mul i64 %kh4, 1
  %136 = add i64 %80, %135
  %137 = icmp sge i64 %136, 0
  %138 = icmp slt i64 %136, 112
  %139 = and i1 %137, %138
  br i1 %139, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %140 = add i64 %x, 0
  %141 = mul i64 %140, 8
  %142 = add i64 %76, %141
  %143 = load <8 x float>, <8 x float>* %41, align 32
  %144 = fcmp olt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> zeroinitializer, <8 x float> %143
  %146 = getelementptr inbounds float, float* %52, i64 %142
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %145, <8 x float>* %147, align 4
  %148 = add i64 %x, 1
  %149 = mul i64 %148, 8
  %150 = add i64 %76, %149
  %151 = load <8 x float>, <8 x float>* %40, align 32
  %152 = fcmp olt <8 x float> %151, zeroinitializer
  %153 = select <8 x i1> %152, <8 x float> zeroinitializer, <8 x float> %151
  %154 = getelementptr inbounds float, float* %52, i64 %150
  %155 = bitcast float* %154 to <8 x float>*
  store <8 x float> %153, <8 x float>* %155, align 4
  %156 = add i64 %x, 2
  %157 = mul i64 %156, 8
  %158 = add i64 %76, %157
  %159 = load <8 x float>, <8 x float>* %39, align 32
  %160 = fcmp olt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> zeroinitializer, <8 x float> %159
  %162 = getelementptr inbounds float, float* %52, i64 %158
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = add i64 %x, 3
  %165 = mul i64 %164, 8
  %166 = add i64 %76, %165
  %167 = load <8 x float>, <8 x float>* %38, align 32
  %168 = fcmp olt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> zeroinitializer, <8 x float> %167
  %170 = getelementptr inbounds float, float* %52, i64 %166
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %169, <8 x float>* %171, align 4
  %172 = add i64 %x, 4
  %173 = mul i64 %172, 8
  %174 = add i64 %76, %173
  %175 = load <8 x float>, <8 x float>* %37, align 32
  %176 = fcmp olt <8 x float> %175, zeroinitializer
  %177 = select <8 x i1> %176, <8 x float> zeroinitializer, <8 x float> %175
  %178 = getelementptr inbounds float, float* %52, i64 %174
  %179 = bitcast float* %178 to <8 x float>*
  store <8 x float> %177, <8 x float>* %179, align 4
  %180 = add i64 %x, 5
  %181 = mul i64 %180, 8
  %182 = add i64 %76, %181
  %183 = load <8 x float>, <8 x float>* %36, align 32
  %184 = fcmp olt <8 x float> %183, zeroinitializer
  %185 = select <8 x i1> %184, <8 x float> zeroinitializer, <8 x float> %183
  %186 = getelementptr inbounds float, float* %52, i64 %182
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %185, <8 x float>* %187, align 4
  %188 = add i64 %x, 6
  %189 = mul i64 %188, 8
  %190 = add i64 %76, %189
  %191 = load <8 x float>, <8 x float>* %35, align 32
  %192 = fcmp olt <8 x float> %191, zeroinitializer
  %193 = select <8 x i1> %192, <8 x float> zeroinitializer, <8 x float> %191
  %194 = getelementptr inbounds float, float* %52, i64 %190
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %193, <8 x float>* %195, align 4
  %196 = add i64 %x, 7
  %197 = mul i64 %196, 8
  %198 = add i64 %76, %197
  %199 = load <8 x float>, <8 x float>* %34, align 32
  %200 = fcmp olt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> zeroinitializer, <8 x float> %199
  %202 = getelementptr inbounds float, float* %52, i64 %198
  %203 = bitcast float* %202 to <8 x float>*
  store <8 x float> %201, <8 x float>* %203, align 4
  %204 = add i64 %x, 8
  %205 = mul i64 %204, 8
  %206 = add i64 %76, %205
  %207 = load <8 x float>, <8 x float>* %33, align 32
  %208 = fcmp olt <8 x float> %207, zeroinitializer
  %209 = select <8 x i1> %208, <8 x float> zeroinitializer, <8 x float> %207
  %210 = getelementptr inbounds float, float* %52, i64 %206
  %211 = bitcast float* %210 to <8 x float>*
  store <8 x float> %209, <8 x float>* %211, align 4
  %212 = add i64 %x, 9
  %213 = mul i64 %212, 8
  %214 = add i64 %76, %213
  %215 = load <8 x float>, <8 x float>* %32, align 32
  %216 = fcmp olt <8 x float> %215, zeroinitializer
  %217 = select <8 x i1> %216, <8 x float> zeroinitializer, <8 x float> %215
  %218 = getelementptr inbounds float, float* %52, i64 %214
  %219 = bitcast float* %218 to <8 x float>*
  store <8 x float> %217, <8 x float>* %219, align 4
  %220 = add i64 %x, 10
  %221 = mul i64 %220, 8
  %222 = add i64 %76, %221
  %223 = load <8 x float>, <8 x float>* %31, align 32
  %224 = fcmp olt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> zeroinitializer, <8 x float> %223
  %226 = getelementptr inbounds float, float* %52, i64 %222
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %225, <8 x float>* %227, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then5:                                            ; preds = %kh.body2
  %228 = mul i64 %136, 896
  %229 = add i64 %78, %228
  %230 = mul i64 %77, 3
  %231 = add i64 %230, %kh4
  %232 = mul i64 %231, 24
  %233 = add i64 %232, 0
  %234 = getelementptr inbounds float, float* %6, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  %236 = load <8 x float>, <8 x float>* %235, align 4
  %237 = add i64 %232, 8
  %238 = getelementptr inbounds float, float* %6, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  %240 = load <8 x float>, <8 x float>* %239, align 4
  %241 = add i64 %232, 16
  %242 = getelementptr inbounds float, float* %6, i64 %241
  %243 = bitcast float* %242 to <8 x float>*
  %244 = load <8 x float>, <8 x float>* %243, align 4
  %245 = mul i64 %133, 8
  %246 = add i64 %229, %245
  %247 = add i64 %246, 0
  %248 = getelementptr inbounds float, float* %1, i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  %250 = load <8 x float>, <8 x float>* %249, align 4
  %251 = load <8 x float>, <8 x float>* %41, align 32
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %236, <8 x float> %251)
  store <8 x float> %252, <8 x float>* %41, align 32
  %253 = add i64 %246, 8
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = bitcast float* %254 to <8 x float>*
  %256 = load <8 x float>, <8 x float>* %255, align 4
  %257 = load <8 x float>, <8 x float>* %41, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %240, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %41, align 32
  %259 = load <8 x float>, <8 x float>* %40, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %236, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %40, align 32
  %261 = add i64 %246, 16
  %262 = getelementptr inbounds float, float* %1, i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = load <8 x float>, <8 x float>* %41, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %244, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %41, align 32
  %267 = load <8 x float>, <8 x float>* %40, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %240, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %40, align 32
  %269 = load <8 x float>, <8 x float>* %39, align 32
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %236, <8 x float> %269)
  store <8 x float> %270, <8 x float>* %39, align 32
  %271 = add i64 %246, 24
  %272 = getelementptr inbounds float, float* %1, i64 %271
  %273 = bitcast float* %272 to <8 x float>*
  %274 = load <8 x float>, <8 x float>* %273, align 4
  %275 = load <8 x float>, <8 x float>* %40, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %244, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %40, align 32
  %277 = load <8 x float>, <8 x float>* %39, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %240, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %39, align 32
  %279 = load <8 x float>, <8 x float>* %38, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %236, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %38, align 32
  %281 = add i64 %246, 32
  %282 = getelementptr inbounds float, float* %1, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  %284 = load <8 x float>, <8 x float>* %283, align 4
  %285 = load <8 x float>, <8 x float>* %39, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %244, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %39, align 32
  %287 = load <8 x float>, <8 x float>* %38, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %240, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %38, align 32
  %289 = load <8 x float>, <8 x float>* %37, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %236, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %37, align 32
  %291 = add i64 %246, 40
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = bitcast float* %292 to <8 x float>*
  %294 = load <8 x float>, <8 x float>* %293, align 4
  %295 = load <8 x float>, <8 x float>* %38, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %294, <8 x float> %244, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %38, align 32
  %297 = load <8 x float>, <8 x float>* %37, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %294, <8 x float> %240, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %37, align 32
  %299 = load <8 x float>, <8 x float>* %36, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %294, <8 x float> %236, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %36, align 32
  %301 = add i64 %246, 48
  %302 = getelementptr inbounds float, float* %1, i64 %301
  %303 = bitcast float* %302 to <8 x float>*
  %304 = load <8 x float>, <8 x float>* %303, align 4
  %305 = load <8 x float>, <8 x float>* %37, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %244, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %37, align 32
  %307 = load <8 x float>, <8 x float>* %36, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %240, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %36, align 32
  %309 = load <8 x float>, <8 x float>* %35, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %236, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %35, align 32
  %311 = add i64 %246, 56
  %312 = getelementptr inbounds float, float* %1, i64 %311
  %313 = bitcast float* %312 to <8 x float>*
  %314 = load <8 x float>, <8 x float>* %313, align 4
  %315 = load <8 x float>, <8 x float>* %36, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %244, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %36, align 32
  %317 = load <8 x float>, <8 x float>* %35, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %240, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %35, align 32
  %319 = load <8 x float>, <8 x float>* %34, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %236, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %34, align 32
  %321 = add i64 %246, 64
  %322 = getelementptr inbounds float, float* %1, i64 %321
  %323 = bitcast float* %322 to <8 x float>*
  %324 = load <8 x float>, <8 x float>* %323, align 4
  %325 = load <8 x float>, <8 x float>* %35, align 32
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %244, <8 x float> %325)
  store <8 x float> %326, <8 x float>* %35, align 32
  %327 = load <8 x float>, <8 x float>* %34, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %240, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %34, align 32
  %329 = load <8 x float>, <8 x float>* %33, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %236, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %33, align 32
  %331 = add i64 %246, 72
  %332 = getelementptr inbounds float, float* %1, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = load <8 x float>, <8 x float>* %34, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %244, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %34, align 32
  %337 = load <8 x float>, <8 x float>* %33, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %240, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %33, align 32
  %339 = load <8 x float>, <8 x float>* %32, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %236, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %32, align 32
  %341 = add i64 %246, 80
  %342 = getelementptr inbounds float, float* %1, i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  %344 = load <8 x float>, <8 x float>* %343, align 4
  %345 = load <8 x float>, <8 x float>* %33, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %344, <8 x float> %244, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %33, align 32
  %347 = load <8 x float>, <8 x float>* %32, align 32
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %344, <8 x float> %240, <8 x float> %347)
  store <8 x float> %348, <8 x float>* %32, align 32
  %349 = load <8 x float>, <8 x float>* %31, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %344, <8 x float> %236, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %31, align 32
  %351 = add i64 %246, 88
  %352 = getelementptr inbounds float, float* %1, i64 %351
  %353 = bitcast float* %352 to <8 x float>*
  %354 = load <8 x float>, <8 x float>* %353, align 4
  %355 = load <8 x float>, <8 x float>* %32, align 32
  %356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %244, <8 x float> %355)
  store <8 x float> %356, <8 x float>* %32, align 32
  %357 = load <8 x float>, <8 x float>* %31, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %240, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %31, align 32
  %359 = add i64 %246, 96
  %360 = getelementptr inbounds float, float* %1, i64 %359
  %361 = bitcast float* %360 to <8 x float>*
  %362 = load <8 x float>, <8 x float>* %361, align 4
  %363 = load <8 x float>, <8 x float>* %31, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %244, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %31, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %x.exit
  %kh11 = phi i64 [ 0, %x.exit ], [ %kh.next14, %endif13 ]
  %365 = icmp slt i64 %kh11, 3
  br i1 %365, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %366 = mul i64 %kh11, 1
  %367 = add i64 %80, %366
  %368 = icmp sge i64 %367, 0
  %369 = icmp slt i64 %367, 112
  %370 = and i1 %368, %369
  br i1 %370, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %371 = add i64 %76, 888
  %372 = load <8 x float>, <8 x float>* %30, align 32
  %373 = fcmp olt <8 x float> %372, zeroinitializer
  %374 = select <8 x i1> %373, <8 x float> zeroinitializer, <8 x float> %372
  %375 = getelementptr inbounds float, float* %52, i64 %371
  %376 = bitcast float* %375 to <8 x float>*
  store <8 x float> %374, <8 x float>* %376, align 4
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !3

then12:                                           ; preds = %kh.body9
  %377 = mul i64 %367, 896
  %378 = add i64 %78, %377
  %379 = mul i64 %77, 3
  %380 = add i64 %379, %kh11
  %381 = mul i64 %380, 24
  %382 = add i64 %381, 0
  %383 = getelementptr inbounds float, float* %6, i64 %382
  %384 = bitcast float* %383 to <8 x float>*
  %385 = load <8 x float>, <8 x float>* %384, align 4
  %386 = add i64 %381, 8
  %387 = getelementptr inbounds float, float* %6, i64 %386
  %388 = bitcast float* %387 to <8 x float>*
  %389 = load <8 x float>, <8 x float>* %388, align 4
  %390 = add i64 %381, 16
  %391 = getelementptr inbounds float, float* %6, i64 %390
  %392 = bitcast float* %391 to <8 x float>*
  %393 = load <8 x float>, <8 x float>* %392, align 4
  %394 = add i64 %378, 880
  %395 = add i64 %394, 0
  %396 = getelementptr inbounds float, float* %1, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  %398 = load <8 x float>, <8 x float>* %397, align 4
  %399 = load <8 x float>, <8 x float>* %30, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %398, <8 x float> %385, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %30, align 32
  %401 = add i64 %394, 8
  %402 = getelementptr inbounds float, float* %1, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  %404 = load <8 x float>, <8 x float>* %403, align 4
  %405 = load <8 x float>, <8 x float>* %30, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %404, <8 x float> %389, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %30, align 32
  br label %endif13

endif13:                                          ; preds = %then12, %kh.body9
  %kh.next14 = add i64 %kh11, 1
  br label %kh.header8

block.group.header:                               ; preds = %u.exit69, %channel.block.exit
  %block.group = phi i64 [ %85, %channel.block.exit ], [ %block.group.next, %u.exit69 ]
  %407 = icmp slt i64 %block.group, %88
  br i1 %407, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %408 = mul i64 %block.group, 2
  %409 = add i64 0, %408
  %410 = mul i64 %66, 112
  %411 = mul i64 %block.group, 2
  %412 = add i64 0, %411
  %413 = mul i64 %412, 256
  br label %x.header15

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header15:                                       ; preds = %u.exit, %block.group.body
  %x18 = phi i64 [ 0, %block.group.body ], [ %x.next66, %u.exit ]
  %414 = icmp slt i64 %x18, 108
  br i1 %414, label %x.body16, label %x.exit17

x.body16:                                         ; preds = %x.header15
  %415 = add i64 %410, %x18
  %416 = mul i64 %68, 8
  %417 = add i64 %416, %409
  %418 = add i64 %417, 0
  %419 = mul i64 %418, 100352
  %420 = add i64 %415, 0
  %421 = mul i64 %420, 8
  %422 = add i64 %419, %421
  %423 = add i64 %415, 1
  %424 = mul i64 %423, 8
  %425 = add i64 %419, %424
  %426 = add i64 %415, 2
  %427 = mul i64 %426, 8
  %428 = add i64 %419, %427
  %429 = add i64 %415, 3
  %430 = mul i64 %429, 8
  %431 = add i64 %419, %430
  %432 = add i64 %415, 4
  %433 = mul i64 %432, 8
  %434 = add i64 %419, %433
  %435 = add i64 %415, 5
  %436 = mul i64 %435, 8
  %437 = add i64 %419, %436
  %438 = mul i64 %68, 8
  %439 = add i64 %438, %409
  %440 = add i64 %439, 1
  %441 = mul i64 %440, 100352
  %442 = add i64 %415, 0
  %443 = mul i64 %442, 8
  %444 = add i64 %441, %443
  %445 = add i64 %415, 1
  %446 = mul i64 %445, 8
  %447 = add i64 %441, %446
  %448 = add i64 %415, 2
  %449 = mul i64 %448, 8
  %450 = add i64 %441, %449
  %451 = add i64 %415, 3
  %452 = mul i64 %451, 8
  %453 = add i64 %441, %452
  %454 = add i64 %415, 4
  %455 = mul i64 %454, 8
  %456 = add i64 %441, %455
  %457 = add i64 %415, 5
  %458 = mul i64 %457, 8
  %459 = add i64 %441, %458
  %460 = add i64 %412, 0
  %461 = mul i64 %460, 8
  %462 = getelementptr inbounds float, float* %5, i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  %464 = load <8 x float>, <8 x float>* %463, align 4
  %465 = add i64 %412, 1
  %466 = mul i64 %465, 8
  %467 = getelementptr inbounds float, float* %5, i64 %466
  %468 = bitcast float* %467 to <8 x float>*
  %469 = load <8 x float>, <8 x float>* %468, align 4
  store <8 x float> %464, <8 x float>* %29, align 32
  store <8 x float> %464, <8 x float>* %28, align 32
  store <8 x float> %464, <8 x float>* %27, align 32
  store <8 x float> %464, <8 x float>* %26, align 32
  store <8 x float> %464, <8 x float>* %25, align 32
  store <8 x float> %464, <8 x float>* %24, align 32
  store <8 x float> %469, <8 x float>* %23, align 32
  store <8 x float> %469, <8 x float>* %22, align 32
  store <8 x float> %469, <8 x float>* %21, align 32
  store <8 x float> %469, <8 x float>* %20, align 32
  store <8 x float> %469, <8 x float>* %19, align 32
  store <8 x float> %469, <8 x float>* %18, align 32
  %470 = mul i64 %x18, 8
  %471 = add i64 0, %470
  %472 = add i64 0, %471
  br label %u.header

x.exit17:                                         ; preds = %x.header15
  %473 = add i64 %410, 108
  %474 = mul i64 %68, 8
  %475 = add i64 %474, %409
  %476 = add i64 %475, 0
  %477 = mul i64 %476, 100352
  %478 = add i64 %473, 0
  %479 = mul i64 %478, 8
  %480 = add i64 %477, %479
  %481 = add i64 %473, 1
  %482 = mul i64 %481, 8
  %483 = add i64 %477, %482
  %484 = add i64 %473, 2
  %485 = mul i64 %484, 8
  %486 = add i64 %477, %485
  %487 = add i64 %473, 3
  %488 = mul i64 %487, 8
  %489 = add i64 %477, %488
  %490 = mul i64 %68, 8
  %491 = add i64 %490, %409
  %492 = add i64 %491, 1
  %493 = mul i64 %492, 100352
  %494 = add i64 %473, 0
  %495 = mul i64 %494, 8
  %496 = add i64 %493, %495
  %497 = add i64 %473, 1
  %498 = mul i64 %497, 8
  %499 = add i64 %493, %498
  %500 = add i64 %473, 2
  %501 = mul i64 %500, 8
  %502 = add i64 %493, %501
  %503 = add i64 %473, 3
  %504 = mul i64 %503, 8
  %505 = add i64 %493, %504
  %506 = add i64 %412, 0
  %507 = mul i64 %506, 8
  %508 = getelementptr inbounds float, float* %5, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  %510 = load <8 x float>, <8 x float>* %509, align 4
  %511 = add i64 %412, 1
  %512 = mul i64 %511, 8
  %513 = getelementptr inbounds float, float* %5, i64 %512
  %514 = bitcast float* %513 to <8 x float>*
  %515 = load <8 x float>, <8 x float>* %514, align 4
  store <8 x float> %510, <8 x float>* %17, align 32
  store <8 x float> %510, <8 x float>* %16, align 32
  store <8 x float> %510, <8 x float>* %15, align 32
  store <8 x float> %510, <8 x float>* %14, align 32
  store <8 x float> %515, <8 x float>* %13, align 32
  store <8 x float> %515, <8 x float>* %12, align 32
  store <8 x float> %515, <8 x float>* %11, align 32
  store <8 x float> %515, <8 x float>* %10, align 32
  br label %u.header67

u.header:                                         ; preds = %u.body, %x.body16
  %u = phi i64 [ 0, %x.body16 ], [ %u.next, %u.body ]
  %516 = icmp slt i64 %u, 4
  br i1 %516, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %517 = add i64 0, %u
  %518 = mul i64 %517, 896
  %519 = add i64 %472, %518
  %520 = mul i64 %517, 64
  %521 = add i64 %413, %520
  %522 = add i64 %519, 0
  %523 = add i64 %522, 0
  %524 = add i64 %521, 0
  %525 = add i64 %524, 0
  %526 = getelementptr inbounds float, float* %4, i64 %525
  %527 = bitcast float* %526 to <8 x float>*
  %528 = load <8 x float>, <8 x float>* %527, align 4
  %529 = add i64 %524, 256
  %530 = getelementptr inbounds float, float* %4, i64 %529
  %531 = bitcast float* %530 to <8 x float>*
  %532 = load <8 x float>, <8 x float>* %531, align 4
  %533 = add i64 %523, 0
  %534 = getelementptr inbounds float, float* %52, i64 %533
  %535 = load float, float* %534, align 4
  %536 = insertelement <8 x float> undef, float %535, i32 0
  %splat = shufflevector <8 x float> %536, <8 x float> undef, <8 x i32> zeroinitializer
  %537 = load <8 x float>, <8 x float>* %29, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %528, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %29, align 32
  %539 = load <8 x float>, <8 x float>* %23, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %532, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %23, align 32
  %541 = add i64 %523, 8
  %542 = getelementptr inbounds float, float* %52, i64 %541
  %543 = load float, float* %542, align 4
  %544 = insertelement <8 x float> undef, float %543, i32 0
  %splat19 = shufflevector <8 x float> %544, <8 x float> undef, <8 x i32> zeroinitializer
  %545 = load <8 x float>, <8 x float>* %28, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %528, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %28, align 32
  %547 = load <8 x float>, <8 x float>* %22, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %532, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %22, align 32
  %549 = add i64 %523, 16
  %550 = getelementptr inbounds float, float* %52, i64 %549
  %551 = load float, float* %550, align 4
  %552 = insertelement <8 x float> undef, float %551, i32 0
  %splat20 = shufflevector <8 x float> %552, <8 x float> undef, <8 x i32> zeroinitializer
  %553 = load <8 x float>, <8 x float>* %27, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %528, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %27, align 32
  %555 = load <8 x float>, <8 x float>* %21, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %532, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %21, align 32
  %557 = add i64 %523, 24
  %558 = getelementptr inbounds float, float* %52, i64 %557
  %559 = load float, float* %558, align 4
  %560 = insertelement <8 x float> undef, float %559, i32 0
  %splat21 = shufflevector <8 x float> %560, <8 x float> undef, <8 x i32> zeroinitializer
  %561 = load <8 x float>, <8 x float>* %26, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %528, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %26, align 32
  %563 = load <8 x float>, <8 x float>* %20, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %532, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %20, align 32
  %565 = add i64 %523, 32
  %566 = getelementptr inbounds float, float* %52, i64 %565
  %567 = load float, float* %566, align 4
  %568 = insertelement <8 x float> undef, float %567, i32 0
  %splat22 = shufflevector <8 x float> %568, <8 x float> undef, <8 x i32> zeroinitializer
  %569 = load <8 x float>, <8 x float>* %25, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %528, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %25, align 32
  %571 = load <8 x float>, <8 x float>* %19, align 32
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %532, <8 x float> %571)
  store <8 x float> %572, <8 x float>* %19, align 32
  %573 = add i64 %523, 40
  %574 = getelementptr inbounds float, float* %52, i64 %573
  %575 = load float, float* %574, align 4
  %576 = insertelement <8 x float> undef, float %575, i32 0
  %splat23 = shufflevector <8 x float> %576, <8 x float> undef, <8 x i32> zeroinitializer
  %577 = load <8 x float>, <8 x float>* %24, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %528, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %24, align 32
  %579 = load <8 x float>, <8 x float>* %18, align 32
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %532, <8 x float> %579)
  store <8 x float> %580, <8 x float>* %18, align 32
  %581 = add i64 %524, 8
  %582 = getelementptr inbounds float, float* %4, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  %585 = add i64 %524, 264
  %586 = getelementptr inbounds float, float* %4, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = add i64 %523, 1
  %590 = getelementptr inbounds float, float* %52, i64 %589
  %591 = load float, float* %590, align 4
  %592 = insertelement <8 x float> undef, float %591, i32 0
  %splat24 = shufflevector <8 x float> %592, <8 x float> undef, <8 x i32> zeroinitializer
  %593 = load <8 x float>, <8 x float>* %29, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %584, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %29, align 32
  %595 = load <8 x float>, <8 x float>* %23, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %588, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %23, align 32
  %597 = add i64 %523, 9
  %598 = getelementptr inbounds float, float* %52, i64 %597
  %599 = load float, float* %598, align 4
  %600 = insertelement <8 x float> undef, float %599, i32 0
  %splat25 = shufflevector <8 x float> %600, <8 x float> undef, <8 x i32> zeroinitializer
  %601 = load <8 x float>, <8 x float>* %28, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %584, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %28, align 32
  %603 = load <8 x float>, <8 x float>* %22, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %588, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %22, align 32
  %605 = add i64 %523, 17
  %606 = getelementptr inbounds float, float* %52, i64 %605
  %607 = load float, float* %606, align 4
  %608 = insertelement <8 x float> undef, float %607, i32 0
  %splat26 = shufflevector <8 x float> %608, <8 x float> undef, <8 x i32> zeroinitializer
  %609 = load <8 x float>, <8 x float>* %27, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %584, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %27, align 32
  %611 = load <8 x float>, <8 x float>* %21, align 32
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %588, <8 x float> %611)
  store <8 x float> %612, <8 x float>* %21, align 32
  %613 = add i64 %523, 25
  %614 = getelementptr inbounds float, float* %52, i64 %613
  %615 = load float, float* %614, align 4
  %616 = insertelement <8 x float> undef, float %615, i32 0
  %splat27 = shufflevector <8 x float> %616, <8 x float> undef, <8 x i32> zeroinitializer
  %617 = load <8 x float>, <8 x float>* %26, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %584, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %26, align 32
  %619 = load <8 x float>, <8 x float>* %20, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %588, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %20, align 32
  %621 = add i64 %523, 33
  %622 = getelementptr inbounds float, float* %52, i64 %621
  %623 = load float, float* %622, align 4
  %624 = insertelement <8 x float> undef, float %623, i32 0
  %splat28 = shufflevector <8 x float> %624, <8 x float> undef, <8 x i32> zeroinitializer
  %625 = load <8 x float>, <8 x float>* %25, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %584, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %25, align 32
  %627 = load <8 x float>, <8 x float>* %19, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %588, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %19, align 32
  %629 = add i64 %523, 41
  %630 = getelementptr inbounds float, float* %52, i64 %629
  %631 = load float, float* %630, align 4
  %632 = insertelement <8 x float> undef, float %631, i32 0
  %splat29 = shufflevector <8 x float> %632, <8 x float> undef, <8 x i32> zeroinitializer
  %633 = load <8 x float>, <8 x float>* %24, align 32
  %634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %584, <8 x float> %633)
  store <8 x float> %634, <8 x float>* %24, align 32
  %635 = load <8 x float>, <8 x float>* %18, align 32
  %636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %588, <8 x float> %635)
  store <8 x float> %636, <8 x float>* %18, align 32
  %637 = add i64 %524, 16
  %638 = getelementptr inbounds float, float* %4, i64 %637
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = add i64 %524, 272
  %642 = getelementptr inbounds float, float* %4, i64 %641
  %643 = bitcast float* %642 to <8 x float>*
  %644 = load <8 x float>, <8 x float>* %643, align 4
  %645 = add i64 %523, 2
  %646 = getelementptr inbounds float, float* %52, i64 %645
  %647 = load float, float* %646, align 4
  %648 = insertelement <8 x float> undef, float %647, i32 0
  %splat30 = shufflevector <8 x float> %648, <8 x float> undef, <8 x i32> zeroinitializer
  %649 = load <8 x float>, <8 x float>* %29, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %640, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %29, align 32
  %651 = load <8 x float>, <8 x float>* %23, align 32
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %644, <8 x float> %651)
  store <8 x float> %652, <8 x float>* %23, align 32
  %653 = add i64 %523, 10
  %654 = getelementptr inbounds float, float* %52, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat31 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %28, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %640, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %28, align 32
  %659 = load <8 x float>, <8 x float>* %22, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %644, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %22, align 32
  %661 = add i64 %523, 18
  %662 = getelementptr inbounds float, float* %52, i64 %661
  %663 = load float, float* %662, align 4
  %664 = insertelement <8 x float> undef, float %663, i32 0
  %splat32 = shufflevector <8 x float> %664, <8 x float> undef, <8 x i32> zeroinitializer
  %665 = load <8 x float>, <8 x float>* %27, align 32
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %640, <8 x float> %665)
  store <8 x float> %666, <8 x float>* %27, align 32
  %667 = load <8 x float>, <8 x float>* %21, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %644, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %21, align 32
  %669 = add i64 %523, 26
  %670 = getelementptr inbounds float, float* %52, i64 %669
  %671 = load float, float* %670, align 4
  %672 = insertelement <8 x float> undef, float %671, i32 0
  %splat33 = shufflevector <8 x float> %672, <8 x float> undef, <8 x i32> zeroinitializer
  %673 = load <8 x float>, <8 x float>* %26, align 32
  %674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %640, <8 x float> %673)
  store <8 x float> %674, <8 x float>* %26, align 32
  %675 = load <8 x float>, <8 x float>* %20, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %644, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %20, align 32
  %677 = add i64 %523, 34
  %678 = getelementptr inbounds float, float* %52, i64 %677
  %679 = load float, float* %678, align 4
  %680 = insertelement <8 x float> undef, float %679, i32 0
  %splat34 = shufflevector <8 x float> %680, <8 x float> undef, <8 x i32> zeroinitializer
  %681 = load <8 x float>, <8 x float>* %25, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %640, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %25, align 32
  %683 = load <8 x float>, <8 x float>* %19, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %644, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %19, align 32
  %685 = add i64 %523, 42
  %686 = getelementptr inbounds float, float* %52, i64 %685
  %687 = load float, float* %686, align 4
  %688 = insertelement <8 x float> undef, float %687, i32 0
  %splat35 = shufflevector <8 x float> %688, <8 x float> undef, <8 x i32> zeroinitializer
  %689 = load <8 x float>, <8 x float>* %24, align 32
  %690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %640, <8 x float> %689)
  store <8 x float> %690, <8 x float>* %24, align 32
  %691 = load <8 x float>, <8 x float>* %18, align 32
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %644, <8 x float> %691)
  store <8 x float> %692, <8 x float>* %18, align 32
  %693 = add i64 %524, 24
  %694 = getelementptr inbounds float, float* %4, i64 %693
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = add i64 %524, 280
  %698 = getelementptr inbounds float, float* %4, i64 %697
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = add i64 %523, 3
  %702 = getelementptr inbounds float, float* %52, i64 %701
  %703 = load float, float* %702, align 4
  %704 = insertelement <8 x float> undef, float %703, i32 0
  %splat36 = shufflevector <8 x float> %704, <8 x float> undef, <8 x i32> zeroinitializer
  %705 = load <8 x float>, <8 x float>* %29, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %696, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %29, align 32
  %707 = load <8 x float>, <8 x float>* %23, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %700, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %23, align 32
  %709 = add i64 %523, 11
  %710 = getelementptr inbounds float, float* %52, i64 %709
  %711 = load float, float* %710, align 4
  %712 = insertelement <8 x float> undef, float %711, i32 0
  %splat37 = shufflevector <8 x float> %712, <8 x float> undef, <8 x i32> zeroinitializer
  %713 = load <8 x float>, <8 x float>* %28, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %696, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %28, align 32
  %715 = load <8 x float>, <8 x float>* %22, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %700, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %22, align 32
  %717 = add i64 %523, 19
  %718 = getelementptr inbounds float, float* %52, i64 %717
  %719 = load float, float* %718, align 4
  %720 = insertelement <8 x float> undef, float %719, i32 0
  %splat38 = shufflevector <8 x float> %720, <8 x float> undef, <8 x i32> zeroinitializer
  %721 = load <8 x float>, <8 x float>* %27, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %696, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %27, align 32
  %723 = load <8 x float>, <8 x float>* %21, align 32
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %700, <8 x float> %723)
  store <8 x float> %724, <8 x float>* %21, align 32
  %725 = add i64 %523, 27
  %726 = getelementptr inbounds float, float* %52, i64 %725
  %727 = load float, float* %726, align 4
  %728 = insertelement <8 x float> undef, float %727, i32 0
  %splat39 = shufflevector <8 x float> %728, <8 x float> undef, <8 x i32> zeroinitializer
  %729 = load <8 x float>, <8 x float>* %26, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %696, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %26, align 32
  %731 = load <8 x float>, <8 x float>* %20, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %700, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %20, align 32
  %733 = add i64 %523, 35
  %734 = getelementptr inbounds float, float* %52, i64 %733
  %735 = load float, float* %734, align 4
  %736 = insertelement <8 x float> undef, float %735, i32 0
  %splat40 = shufflevector <8 x float> %736, <8 x float> undef, <8 x i32> zeroinitializer
  %737 = load <8 x float>, <8 x float>* %25, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %696, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %25, align 32
  %739 = load <8 x float>, <8 x float>* %19, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %700, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %19, align 32
  %741 = add i64 %523, 43
  %742 = getelementptr inbounds float, float* %52, i64 %741
  %743 = load float, float* %742, align 4
  %744 = insertelement <8 x float> undef, float %743, i32 0
  %splat41 = shufflevector <8 x float> %744, <8 x float> undef, <8 x i32> zeroinitializer
  %745 = load <8 x float>, <8 x float>* %24, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %696, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %24, align 32
  %747 = load <8 x float>, <8 x float>* %18, align 32
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %700, <8 x float> %747)
  store <8 x float> %748, <8 x float>* %18, align 32
  %749 = add i64 %524, 32
  %750 = getelementptr inbounds float, float* %4, i64 %749
  %751 = bitcast float* %750 to <8 x float>*
  %752 = load <8 x float>, <8 x float>* %751, align 4
  %753 = add i64 %524, 288
  %754 = getelementptr inbounds float, float* %4, i64 %753
  %755 = bitcast float* %754 to <8 x float>*
  %756 = load <8 x float>, <8 x float>* %755, align 4
  %757 = add i64 %523, 4
  %758 = getelementptr inbounds float, float* %52, i64 %757
  %759 = load float, float* %758, align 4
  %760 = insertelement <8 x float> undef, float %759, i32 0
  %splat42 = shufflevector <8 x float> %760, <8 x float> undef, <8 x i32> zeroinitializer
  %761 = load <8 x float>, <8 x float>* %29, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %752, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %29, align 32
  %763 = load <8 x float>, <8 x float>* %23, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %756, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %23, align 32
  %765 = add i64 %523, 12
  %766 = getelementptr inbounds float, float* %52, i64 %765
  %767 = load float, float* %766, align 4
  %768 = insertelement <8 x float> undef, float %767, i32 0
  %splat43 = shufflevector <8 x float> %768, <8 x float> undef, <8 x i32> zeroinitializer
  %769 = load <8 x float>, <8 x float>* %28, align 32
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %752, <8 x float> %769)
  store <8 x float> %770, <8 x float>* %28, align 32
  %771 = load <8 x float>, <8 x float>* %22, align 32
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %756, <8 x float> %771)
  store <8 x float> %772, <8 x float>* %22, align 32
  %773 = add i64 %523, 20
  %774 = getelementptr inbounds float, float* %52, i64 %773
  %775 = load float, float* %774, align 4
  %776 = insertelement <8 x float> undef, float %775, i32 0
  %splat44 = shufflevector <8 x float> %776, <8 x float> undef, <8 x i32> zeroinitializer
  %777 = load <8 x float>, <8 x float>* %27, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %752, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %27, align 32
  %779 = load <8 x float>, <8 x float>* %21, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %756, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %21, align 32
  %781 = add i64 %523, 28
  %782 = getelementptr inbounds float, float* %52, i64 %781
  %783 = load float, float* %782, align 4
  %784 = insertelement <8 x float> undef, float %783, i32 0
  %splat45 = shufflevector <8 x float> %784, <8 x float> undef, <8 x i32> zeroinitializer
  %785 = load <8 x float>, <8 x float>* %26, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %752, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %26, align 32
  %787 = load <8 x float>, <8 x float>* %20, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %756, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %20, align 32
  %789 = add i64 %523, 36
  %790 = getelementptr inbounds float, float* %52, i64 %789
  %791 = load float, float* %790, align 4
  %792 = insertelement <8 x float> undef, float %791, i32 0
  %splat46 = shufflevector <8 x float> %792, <8 x float> undef, <8 x i32> zeroinitializer
  %793 = load <8 x float>, <8 x float>* %25, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %752, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %25, align 32
  %795 = load <8 x float>, <8 x float>* %19, align 32
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %756, <8 x float> %795)
  store <8 x float> %796, <8 x float>* %19, align 32
  %797 = add i64 %523, 44
  %798 = getelementptr inbounds float, float* %52, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat47 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %24, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %752, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %24, align 32
  %803 = load <8 x float>, <8 x float>* %18, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %756, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %18, align 32
  %805 = add i64 %524, 40
  %806 = getelementptr inbounds float, float* %4, i64 %805
  %807 = bitcast float* %806 to <8 x float>*
  %808 = load <8 x float>, <8 x float>* %807, align 4
  %809 = add i64 %524, 296
  %810 = getelementptr inbounds float, float* %4, i64 %809
  %811 = bitcast float* %810 to <8 x float>*
  %812 = load <8 x float>, <8 x float>* %811, align 4
  %813 = add i64 %523, 5
  %814 = getelementptr inbounds float, float* %52, i64 %813
  %815 = load float, float* %814, align 4
  %816 = insertelement <8 x float> undef, float %815, i32 0
  %splat48 = shufflevector <8 x float> %816, <8 x float> undef, <8 x i32> zeroinitializer
  %817 = load <8 x float>, <8 x float>* %29, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %808, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %29, align 32
  %819 = load <8 x float>, <8 x float>* %23, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %812, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %23, align 32
  %821 = add i64 %523, 13
  %822 = getelementptr inbounds float, float* %52, i64 %821
  %823 = load float, float* %822, align 4
  %824 = insertelement <8 x float> undef, float %823, i32 0
  %splat49 = shufflevector <8 x float> %824, <8 x float> undef, <8 x i32> zeroinitializer
  %825 = load <8 x float>, <8 x float>* %28, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %808, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %28, align 32
  %827 = load <8 x float>, <8 x float>* %22, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %812, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %22, align 32
  %829 = add i64 %523, 21
  %830 = getelementptr inbounds float, float* %52, i64 %829
  %831 = load float, float* %830, align 4
  %832 = insertelement <8 x float> undef, float %831, i32 0
  %splat50 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
  %833 = load <8 x float>, <8 x float>* %27, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %808, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %27, align 32
  %835 = load <8 x float>, <8 x float>* %21, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %812, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %21, align 32
  %837 = add i64 %523, 29
  %838 = getelementptr inbounds float, float* %52, i64 %837
  %839 = load float, float* %838, align 4
  %840 = insertelement <8 x float> undef, float %839, i32 0
  %splat51 = shufflevector <8 x float> %840, <8 x float> undef, <8 x i32> zeroinitializer
  %841 = load <8 x float>, <8 x float>* %26, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %808, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %26, align 32
  %843 = load <8 x float>, <8 x float>* %20, align 32
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %812, <8 x float> %843)
  store <8 x float> %844, <8 x float>* %20, align 32
  %845 = add i64 %523, 37
  %846 = getelementptr inbounds float, float* %52, i64 %845
  %847 = load float, float* %846, align 4
  %848 = insertelement <8 x float> undef, float %847, i32 0
  %splat52 = shufflevector <8 x float> %848, <8 x float> undef, <8 x i32> zeroinitializer
  %849 = load <8 x float>, <8 x float>* %25, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %808, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %25, align 32
  %851 = load <8 x float>, <8 x float>* %19, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %812, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %19, align 32
  %853 = add i64 %523, 45
  %854 = getelementptr inbounds float, float* %52, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat53 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %24, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %808, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %24, align 32
  %859 = load <8 x float>, <8 x float>* %18, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %812, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %18, align 32
  %861 = add i64 %524, 48
  %862 = getelementptr inbounds float, float* %4, i64 %861
  %863 = bitcast float* %862 to <8 x float>*
  %864 = load <8 x float>, <8 x float>* %863, align 4
  %865 = add i64 %524, 304
  %866 = getelementptr inbounds float, float* %4, i64 %865
  %867 = bitcast float* %866 to <8 x float>*
  %868 = load <8 x float>, <8 x float>* %867, align 4
  %869 = add i64 %523, 6
  %870 = getelementptr inbounds float, float* %52, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat54 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %29, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %864, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %29, align 32
  %875 = load <8 x float>, <8 x float>* %23, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %868, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %23, align 32
  %877 = add i64 %523, 14
  %878 = getelementptr inbounds float, float* %52, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat55 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %28, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %864, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %28, align 32
  %883 = load <8 x float>, <8 x float>* %22, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %868, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %22, align 32
  %885 = add i64 %523, 22
  %886 = getelementptr inbounds float, float* %52, i64 %885
  %887 = load float, float* %886, align 4
  %888 = insertelement <8 x float> undef, float %887, i32 0
  %splat56 = shufflevector <8 x float> %888, <8 x float> undef, <8 x i32> zeroinitializer
  %889 = load <8 x float>, <8 x float>* %27, align 32
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %864, <8 x float> %889)
  store <8 x float> %890, <8 x float>* %27, align 32
  %891 = load <8 x float>, <8 x float>* %21, align 32
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %868, <8 x float> %891)
  store <8 x float> %892, <8 x float>* %21, align 32
  %893 = add i64 %523, 30
  %894 = getelementptr inbounds float, float* %52, i64 %893
  %895 = load float, float* %894, align 4
  %896 = insertelement <8 x float> undef, float %895, i32 0
  %splat57 = shufflevector <8 x float> %896, <8 x float> undef, <8 x i32> zeroinitializer
  %897 = load <8 x float>, <8 x float>* %26, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %864, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %26, align 32
  %899 = load <8 x float>, <8 x float>* %20, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %868, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %20, align 32
  %901 = add i64 %523, 38
  %902 = getelementptr inbounds float, float* %52, i64 %901
  %903 = load float, float* %902, align 4
  %904 = insertelement <8 x float> undef, float %903, i32 0
  %splat58 = shufflevector <8 x float> %904, <8 x float> undef, <8 x i32> zeroinitializer
  %905 = load <8 x float>, <8 x float>* %25, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %864, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %25, align 32
  %907 = load <8 x float>, <8 x float>* %19, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %868, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %19, align 32
  %909 = add i64 %523, 46
  %910 = getelementptr inbounds float, float* %52, i64 %909
  %911 = load float, float* %910, align 4
  %912 = insertelement <8 x float> undef, float %911, i32 0
  %splat59 = shufflevector <8 x float> %912, <8 x float> undef, <8 x i32> zeroinitializer
  %913 = load <8 x float>, <8 x float>* %24, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %864, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %24, align 32
  %915 = load <8 x float>, <8 x float>* %18, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %868, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %18, align 32
  %917 = add i64 %524, 56
  %918 = getelementptr inbounds float, float* %4, i64 %917
  %919 = bitcast float* %918 to <8 x float>*
  %920 = load <8 x float>, <8 x float>* %919, align 4
  %921 = add i64 %524, 312
  %922 = getelementptr inbounds float, float* %4, i64 %921
  %923 = bitcast float* %922 to <8 x float>*
  %924 = load <8 x float>, <8 x float>* %923, align 4
  %925 = add i64 %523, 7
  %926 = getelementptr inbounds float, float* %52, i64 %925
  %927 = load float, float* %926, align 4
  %928 = insertelement <8 x float> undef, float %927, i32 0
  %splat60 = shufflevector <8 x float> %928, <8 x float> undef, <8 x i32> zeroinitializer
  %929 = load <8 x float>, <8 x float>* %29, align 32
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %920, <8 x float> %929)
  store <8 x float> %930, <8 x float>* %29, align 32
  %931 = load <8 x float>, <8 x float>* %23, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %924, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %23, align 32
  %933 = add i64 %523, 15
  %934 = getelementptr inbounds float, float* %52, i64 %933
  %935 = load float, float* %934, align 4
  %936 = insertelement <8 x float> undef, float %935, i32 0
  %splat61 = shufflevector <8 x float> %936, <8 x float> undef, <8 x i32> zeroinitializer
  %937 = load <8 x float>, <8 x float>* %28, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %920, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %28, align 32
  %939 = load <8 x float>, <8 x float>* %22, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %924, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %22, align 32
  %941 = add i64 %523, 23
  %942 = getelementptr inbounds float, float* %52, i64 %941
  %943 = load float, float* %942, align 4
  %944 = insertelement <8 x float> undef, float %943, i32 0
  %splat62 = shufflevector <8 x float> %944, <8 x float> undef, <8 x i32> zeroinitializer
  %945 = load <8 x float>, <8 x float>* %27, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %920, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %27, align 32
  %947 = load <8 x float>, <8 x float>* %21, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %924, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %21, align 32
  %949 = add i64 %523, 31
  %950 = getelementptr inbounds float, float* %52, i64 %949
  %951 = load float, float* %950, align 4
  %952 = insertelement <8 x float> undef, float %951, i32 0
  %splat63 = shufflevector <8 x float> %952, <8 x float> undef, <8 x i32> zeroinitializer
  %953 = load <8 x float>, <8 x float>* %26, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %920, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %26, align 32
  %955 = load <8 x float>, <8 x float>* %20, align 32
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %924, <8 x float> %955)
  store <8 x float> %956, <8 x float>* %20, align 32
  %957 = add i64 %523, 39
  %958 = getelementptr inbounds float, float* %52, i64 %957
  %959 = load float, float* %958, align 4
  %960 = insertelement <8 x float> undef, float %959, i32 0
  %splat64 = shufflevector <8 x float> %960, <8 x float> undef, <8 x i32> zeroinitializer
  %961 = load <8 x float>, <8 x float>* %25, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %920, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %25, align 32
  %963 = load <8 x float>, <8 x float>* %19, align 32
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %924, <8 x float> %963)
  store <8 x float> %964, <8 x float>* %19, align 32
  %965 = add i64 %523, 47
  %966 = getelementptr inbounds float, float* %52, i64 %965
  %967 = load float, float* %966, align 4
  %968 = insertelement <8 x float> undef, float %967, i32 0
  %splat65 = shufflevector <8 x float> %968, <8 x float> undef, <8 x i32> zeroinitializer
  %969 = load <8 x float>, <8 x float>* %24, align 32
  %970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %920, <8 x float> %969)
  store <8 x float> %970, <8 x float>* %24, align 32
  %971 = load <8 x float>, <8 x float>* %18, align 32
  %972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %924, <8 x float> %971)
  store <8 x float> %972, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %973 = load <8 x float>, <8 x float>* %29, align 32
  %974 = fcmp olt <8 x float> %973, zeroinitializer
  %975 = select <8 x i1> %974, <8 x float> zeroinitializer, <8 x float> %973
  %976 = getelementptr inbounds float, float* %0, i64 %422
  %977 = bitcast float* %976 to <8 x float>*
  store <8 x float> %975, <8 x float>* %977, align 4
  %978 = load <8 x float>, <8 x float>* %28, align 32
  %979 = fcmp olt <8 x float> %978, zeroinitializer
  %980 = select <8 x i1> %979, <8 x float> zeroinitializer, <8 x float> %978
  %981 = getelementptr inbounds float, float* %0, i64 %425
  %982 = bitcast float* %981 to <8 x float>*
  store <8 x float> %980, <8 x float>* %982, align 4
  %983 = load <8 x float>, <8 x float>* %27, align 32
  %984 = fcmp olt <8 x float> %983, zeroinitializer
  %985 = select <8 x i1> %984, <8 x float> zeroinitializer, <8 x float> %983
  %986 = getelementptr inbounds float, float* %0, i64 %428
  %987 = bitcast float* %986 to <8 x float>*
  store <8 x float> %985, <8 x float>* %987, align 4
  %988 = load <8 x float>, <8 x float>* %26, align 32
  %989 = fcmp olt <8 x float> %988, zeroinitializer
  %990 = select <8 x i1> %989, <8 x float> zeroinitializer, <8 x float> %988
  %991 = getelementptr inbounds float, float* %0, i64 %431
  %992 = bitcast float* %991 to <8 x float>*
  store <8 x float> %990, <8 x float>* %992, align 4
  %993 = load <8 x float>, <8 x float>* %25, align 32
  %994 = fcmp olt <8 x float> %993, zeroinitializer
  %995 = select <8 x i1> %994, <8 x float> zeroinitializer, <8 x float> %993
  %996 = getelementptr inbounds float, float* %0, i64 %434
  %997 = bitcast float* %996 to <8 x float>*
  store <8 x float> %995, <8 x float>* %997, align 4
  %998 = load <8 x float>, <8 x float>* %24, align 32
  %999 = fcmp olt <8 x float> %998, zeroinitializer
  %1000 = select <8 x i1> %999, <8 x float> zeroinitializer, <8 x float> %998
  %1001 = getelementptr inbounds float, float* %0, i64 %437
  %1002 = bitcast float* %1001 to <8 x float>*
  store <8 x float> %1000, <8 x float>* %1002, align 4
  %1003 = load <8 x float>, <8 x float>* %23, align 32
  %1004 = fcmp olt <8 x float> %1003, zeroinitializer
  %1005 = select <8 x i1> %1004, <8 x float> zeroinitializer, <8 x float> %1003
  %1006 = getelementptr inbounds float, float* %0, i64 %444
  %1007 = bitcast float* %1006 to <8 x float>*
  store <8 x float> %1005, <8 x float>* %1007, align 4
  %1008 = load <8 x float>, <8 x float>* %22, align 32
  %1009 = fcmp olt <8 x float> %1008, zeroinitializer
  %1010 = select <8 x i1> %1009, <8 x float> zeroinitializer, <8 x float> %1008
  %1011 = getelementptr inbounds float, float* %0, i64 %447
  %1012 = bitcast float* %1011 to <8 x float>*
  store <8 x float> %1010, <8 x float>* %1012, align 4
  %1013 = load <8 x float>, <8 x float>* %21, align 32
  %1014 = fcmp olt <8 x float> %1013, zeroinitializer
  %1015 = select <8 x i1> %1014, <8 x float> zeroinitializer, <8 x float> %1013
  %1016 = getelementptr inbounds float, float* %0, i64 %450
  %1017 = bitcast float* %1016 to <8 x float>*
  store <8 x float> %1015, <8 x float>* %1017, align 4
  %1018 = load <8 x float>, <8 x float>* %20, align 32
  %1019 = fcmp olt <8 x float> %1018, zeroinitializer
  %1020 = select <8 x i1> %1019, <8 x float> zeroinitializer, <8 x float> %1018
  %1021 = getelementptr inbounds float, float* %0, i64 %453
  %1022 = bitcast float* %1021 to <8 x float>*
  store <8 x float> %1020, <8 x float>* %1022, align 4
  %1023 = load <8 x float>, <8 x float>* %19, align 32
  %1024 = fcmp olt <8 x float> %1023, zeroinitializer
  %1025 = select <8 x i1> %1024, <8 x float> zeroinitializer, <8 x float> %1023
  %1026 = getelementptr inbounds float, float* %0, i64 %456
  %1027 = bitcast float* %1026 to <8 x float>*
  store <8 x float> %1025, <8 x float>* %1027, align 4
  %1028 = load <8 x float>, <8 x float>* %18, align 32
  %1029 = fcmp olt <8 x float> %1028, zeroinitializer
  %1030 = select <8 x i1> %1029, <8 x float> zeroinitializer, <8 x float> %1028
  %1031 = getelementptr inbounds float, float* %0, i64 %459
  %1032 = bitcast float* %1031 to <8 x float>*
  store <8 x float> %1030, <8 x float>* %1032, align 4
  %x.next66 = add i64 %x18, 6
  br label %x.header15

u.header67:                                       ; preds = %u.body68, %x.exit17
  %u70 = phi i64 [ 0, %x.exit17 ], [ %u.next103, %u.body68 ]
  %1033 = icmp slt i64 %u70, 4
  br i1 %1033, label %u.body68, label %u.exit69

u.body68:                                         ; preds = %u.header67
  %1034 = add i64 0, %u70
  %1035 = mul i64 %1034, 896
  %1036 = add i64 864, %1035
  %1037 = mul i64 %1034, 64
  %1038 = add i64 %413, %1037
  %1039 = add i64 %1036, 0
  %1040 = add i64 %1039, 0
  %1041 = add i64 %1038, 0
  %1042 = add i64 %1041, 0
  %1043 = getelementptr inbounds float, float* %4, i64 %1042
  %1044 = bitcast float* %1043 to <8 x float>*
  %1045 = load <8 x float>, <8 x float>* %1044, align 4
  %1046 = add i64 %1041, 256
  %1047 = getelementptr inbounds float, float* %4, i64 %1046
  %1048 = bitcast float* %1047 to <8 x float>*
  %1049 = load <8 x float>, <8 x float>* %1048, align 4
  %1050 = add i64 %1040, 0
  %1051 = getelementptr inbounds float, float* %52, i64 %1050
  %1052 = load float, float* %1051, align 4
  %1053 = insertelement <8 x float> undef, float %1052, i32 0
  %splat71 = shufflevector <8 x float> %1053, <8 x float> undef, <8 x i32> zeroinitializer
  %1054 = load <8 x float>, <8 x float>* %17, align 32
  %1055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1045, <8 x float> %1054)
  store <8 x float> %1055, <8 x float>* %17, align 32
  %1056 = load <8 x float>, <8 x float>* %13, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1049, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %13, align 32
  %1058 = add i64 %1040, 8
  %1059 = getelementptr inbounds float, float* %52, i64 %1058
  %1060 = load float, float* %1059, align 4
  %1061 = insertelement <8 x float> undef, float %1060, i32 0
  %splat72 = shufflevector <8 x float> %1061, <8 x float> undef, <8 x i32> zeroinitializer
  %1062 = load <8 x float>, <8 x float>* %16, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1045, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %16, align 32
  %1064 = load <8 x float>, <8 x float>* %12, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1049, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %12, align 32
  %1066 = add i64 %1040, 16
  %1067 = getelementptr inbounds float, float* %52, i64 %1066
  %1068 = load float, float* %1067, align 4
  %1069 = insertelement <8 x float> undef, float %1068, i32 0
  %splat73 = shufflevector <8 x float> %1069, <8 x float> undef, <8 x i32> zeroinitializer
  %1070 = load <8 x float>, <8 x float>* %15, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1045, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %15, align 32
  %1072 = load <8 x float>, <8 x float>* %11, align 32
  %1073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1049, <8 x float> %1072)
  store <8 x float> %1073, <8 x float>* %11, align 32
  %1074 = add i64 %1040, 24
  %1075 = getelementptr inbounds float, float* %52, i64 %1074
  %1076 = load float, float* %1075, align 4
  %1077 = insertelement <8 x float> undef, float %1076, i32 0
  %splat74 = shufflevector <8 x float> %1077, <8 x float> undef, <8 x i32> zeroinitializer
  %1078 = load <8 x float>, <8 x float>* %14, align 32
  %1079 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1045, <8 x float> %1078)
  store <8 x float> %1079, <8 x float>* %14, align 32
  %1080 = load <8 x float>, <8 x float>* %10, align 32
  %1081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1049, <8 x float> %1080)
  store <8 x float> %1081, <8 x float>* %10, align 32
  %1082 = add i64 %1041, 8
  %1083 = getelementptr inbounds float, float* %4, i64 %1082
  %1084 = bitcast float* %1083 to <8 x float>*
  %1085 = load <8 x float>, <8 x float>* %1084, align 4
  %1086 = add i64 %1041, 264
  %1087 = getelementptr inbounds float, float* %4, i64 %1086
  %1088 = bitcast float* %1087 to <8 x float>*
  %1089 = load <8 x float>, <8 x float>* %1088, align 4
  %1090 = add i64 %1040, 1
  %1091 = getelementptr inbounds float, float* %52, i64 %1090
  %1092 = load float, float* %1091, align 4
  %1093 = insertelement <8 x float> undef, float %1092, i32 0
  %splat75 = shufflevector <8 x float> %1093, <8 x float> undef, <8 x i32> zeroinitializer
  %1094 = load <8 x float>, <8 x float>* %17, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1085, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %17, align 32
  %1096 = load <8 x float>, <8 x float>* %13, align 32
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1089, <8 x float> %1096)
  store <8 x float> %1097, <8 x float>* %13, align 32
  %1098 = add i64 %1040, 9
  %1099 = getelementptr inbounds float, float* %52, i64 %1098
  %1100 = load float, float* %1099, align 4
  %1101 = insertelement <8 x float> undef, float %1100, i32 0
  %splat76 = shufflevector <8 x float> %1101, <8 x float> undef, <8 x i32> zeroinitializer
  %1102 = load <8 x float>, <8 x float>* %16, align 32
  %1103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1085, <8 x float> %1102)
  store <8 x float> %1103, <8 x float>* %16, align 32
  %1104 = load <8 x float>, <8 x float>* %12, align 32
  %1105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1089, <8 x float> %1104)
  store <8 x float> %1105, <8 x float>* %12, align 32
  %1106 = add i64 %1040, 17
  %1107 = getelementptr inbounds float, float* %52, i64 %1106
  %1108 = load float, float* %1107, align 4
  %1109 = insertelement <8 x float> undef, float %1108, i32 0
  %splat77 = shufflevector <8 x float> %1109, <8 x float> undef, <8 x i32> zeroinitializer
  %1110 = load <8 x float>, <8 x float>* %15, align 32
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1085, <8 x float> %1110)
  store <8 x float> %1111, <8 x float>* %15, align 32
  %1112 = load <8 x float>, <8 x float>* %11, align 32
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1089, <8 x float> %1112)
  store <8 x float> %1113, <8 x float>* %11, align 32
  %1114 = add i64 %1040, 25
  %1115 = getelementptr inbounds float, float* %52, i64 %1114
  %1116 = load float, float* %1115, align 4
  %1117 = insertelement <8 x float> undef, float %1116, i32 0
  %splat78 = shufflevector <8 x float> %1117, <8 x float> undef, <8 x i32> zeroinitializer
  %1118 = load <8 x float>, <8 x float>* %14, align 32
  %1119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1085, <8 x float> %1118)
  store <8 x float> %1119, <8 x float>* %14, align 32
  %1120 = load <8 x float>, <8 x float>* %10, align 32
  %1121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1089, <8 x float> %1120)
  store <8 x float> %1121, <8 x float>* %10, align 32
  %1122 = add i64 %1041, 16
  %1123 = getelementptr inbounds float, float* %4, i64 %1122
  %1124 = bitcast float* %1123 to <8 x float>*
  %1125 = load <8 x float>, <8 x float>* %1124, align 4
  %1126 = add i64 %1041, 272
  %1127 = getelementptr inbounds float, float* %4, i64 %1126
  %1128 = bitcast float* %1127 to <8 x float>*
  %1129 = load <8 x float>, <8 x float>* %1128, align 4
  %1130 = add i64 %1040, 2
  %1131 = getelementptr inbounds float, float* %52, i64 %1130
  %1132 = load float, float* %1131, align 4
  %1133 = insertelement <8 x float> undef, float %1132, i32 0
  %splat79 = shufflevector <8 x float> %1133, <8 x float> undef, <8 x i32> zeroinitializer
  %1134 = load <8 x float>, <8 x float>* %17, align 32
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1125, <8 x float> %1134)
  store <8 x float> %1135, <8 x float>* %17, align 32
  %1136 = load <8 x float>, <8 x float>* %13, align 32
  %1137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1129, <8 x float> %1136)
  store <8 x float> %1137, <8 x float>* %13, align 32
  %1138 = add i64 %1040, 10
  %1139 = getelementptr inbounds float, float* %52, i64 %1138
  %1140 = load float, float* %1139, align 4
  %1141 = insertelement <8 x float> undef, float %1140, i32 0
  %splat80 = shufflevector <8 x float> %1141, <8 x float> undef, <8 x i32> zeroinitializer
  %1142 = load <8 x float>, <8 x float>* %16, align 32
  %1143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1125, <8 x float> %1142)
  store <8 x float> %1143, <8 x float>* %16, align 32
  %1144 = load <8 x float>, <8 x float>* %12, align 32
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1129, <8 x float> %1144)
  store <8 x float> %1145, <8 x float>* %12, align 32
  %1146 = add i64 %1040, 18
  %1147 = getelementptr inbounds float, float* %52, i64 %1146
  %1148 = load float, float* %1147, align 4
  %1149 = insertelement <8 x float> undef, float %1148, i32 0
  %splat81 = shufflevector <8 x float> %1149, <8 x float> undef, <8 x i32> zeroinitializer
  %1150 = load <8 x float>, <8 x float>* %15, align 32
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1125, <8 x float> %1150)
  store <8 x float> %1151, <8 x float>* %15, align 32
  %1152 = load <8 x float>, <8 x float>* %11, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1129, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %11, align 32
  %1154 = add i64 %1040, 26
  %1155 = getelementptr inbounds float, float* %52, i64 %1154
  %1156 = load float, float* %1155, align 4
  %1157 = insertelement <8 x float> undef, float %1156, i32 0
  %splat82 = shufflevector <8 x float> %1157, <8 x float> undef, <8 x i32> zeroinitializer
  %1158 = load <8 x float>, <8 x float>* %14, align 32
  %1159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1125, <8 x float> %1158)
  store <8 x float> %1159, <8 x float>* %14, align 32
  %1160 = load <8 x float>, <8 x float>* %10, align 32
  %1161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1129, <8 x float> %1160)
  store <8 x float> %1161, <8 x float>* %10, align 32
  %1162 = add i64 %1041, 24
  %1163 = getelementptr inbounds float, float* %4, i64 %1162
  %1164 = bitcast float* %1163 to <8 x float>*
  %1165 = load <8 x float>, <8 x float>* %1164, align 4
  %1166 = add i64 %1041, 280
  %1167 = getelementptr inbounds float, float* %4, i64 %1166
  %1168 = bitcast float* %1167 to <8 x float>*
  %1169 = load <8 x float>, <8 x float>* %1168, align 4
  %1170 = add i64 %1040, 3
  %1171 = getelementptr inbounds float, float* %52, i64 %1170
  %1172 = load float, float* %1171, align 4
  %1173 = insertelement <8 x float> undef, float %1172, i32 0
  %splat83 = shufflevector <8 x float> %1173, <8 x float> undef, <8 x i32> zeroinitializer
  %1174 = load <8 x float>, <8 x float>* %17, align 32
  %1175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1165, <8 x float> %1174)
  store <8 x float> %1175, <8 x float>* %17, align 32
  %1176 = load <8 x float>, <8 x float>* %13, align 32
  %1177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1169, <8 x float> %1176)
  store <8 x float> %1177, <8 x float>* %13, align 32
  %1178 = add i64 %1040, 11
  %1179 = getelementptr inbounds float, float* %52, i64 %1178
  %1180 = load float, float* %1179, align 4
  %1181 = insertelement <8 x float> undef, float %1180, i32 0
  %splat84 = shufflevector <8 x float> %1181, <8 x float> undef, <8 x i32> zeroinitializer
  %1182 = load <8 x float>, <8 x float>* %16, align 32
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1165, <8 x float> %1182)
  store <8 x float> %1183, <8 x float>* %16, align 32
  %1184 = load <8 x float>, <8 x float>* %12, align 32
  %1185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1169, <8 x float> %1184)
  store <8 x float> %1185, <8 x float>* %12, align 32
  %1186 = add i64 %1040, 19
  %1187 = getelementptr inbounds float, float* %52, i64 %1186
  %1188 = load float, float* %1187, align 4
  %1189 = insertelement <8 x float> undef, float %1188, i32 0
  %splat85 = shufflevector <8 x float> %1189, <8 x float> undef, <8 x i32> zeroinitializer
  %1190 = load <8 x float>, <8 x float>* %15, align 32
  %1191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1165, <8 x float> %1190)
  store <8 x float> %1191, <8 x float>* %15, align 32
  %1192 = load <8 x float>, <8 x float>* %11, align 32
  %1193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1169, <8 x float> %1192)
  store <8 x float> %1193, <8 x float>* %11, align 32
  %1194 = add i64 %1040, 27
  %1195 = getelementptr inbounds float, float* %52, i64 %1194
  %1196 = load float, float* %1195, align 4
  %1197 = insertelement <8 x float> undef, float %1196, i32 0
  %splat86 = shufflevector <8 x float> %1197, <8 x float> undef, <8 x i32> zeroinitializer
  %1198 = load <8 x float>, <8 x float>* %14, align 32
  %1199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1165, <8 x float> %1198)
  store <8 x float> %1199, <8 x float>* %14, align 32
  %1200 = load <8 x float>, <8 x float>* %10, align 32
  %1201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1169, <8 x float> %1200)
  store <8 x float> %1201, <8 x float>* %10, align 32
  %1202 = add i64 %1041, 32
  %1203 = getelementptr inbounds float, float* %4, i64 %1202
  %1204 = bitcast float* %1203 to <8 x float>*
  %1205 = load <8 x float>, <8 x float>* %1204, align 4
  %1206 = add i64 %1041, 288
  %1207 = getelementptr inbounds float, float* %4, i64 %1206
  %1208 = bitcast float* %1207 to <8 x float>*
  %1209 = load <8 x float>, <8 x float>* %1208, align 4
  %1210 = add i64 %1040, 4
  %1211 = getelementptr inbounds float, float* %52, i64 %1210
  %1212 = load float, float* %1211, align 4
  %1213 = insertelement <8 x float> undef, float %1212, i32 0
  %splat87 = shufflevector <8 x float> %1213, <8 x float> undef, <8 x i32> zeroinitializer
  %1214 = load <8 x float>, <8 x float>* %17, align 32
  %1215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1205, <8 x float> %1214)
  store <8 x float> %1215, <8 x float>* %17, align 32
  %1216 = load <8 x float>, <8 x float>* %13, align 32
  %1217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1209, <8 x float> %1216)
  store <8 x float> %1217, <8 x float>* %13, align 32
  %1218 = add i64 %1040, 12
  %1219 = getelementptr inbounds float, float* %52, i64 %1218
  %1220 = load float, float* %1219, align 4
  %1221 = insertelement <8 x float> undef, float %1220, i32 0
  %splat88 = shufflevector <8 x float> %1221, <8 x float> undef, <8 x i32> zeroinitializer
  %1222 = load <8 x float>, <8 x float>* %16, align 32
  %1223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1205, <8 x float> %1222)
  store <8 x float> %1223, <8 x float>* %16, align 32
  %1224 = load <8 x float>, <8 x float>* %12, align 32
  %1225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1209, <8 x float> %1224)
  store <8 x float> %1225, <8 x float>* %12, align 32
  %1226 = add i64 %1040, 20
  %1227 = getelementptr inbounds float, float* %52, i64 %1226
  %1228 = load float, float* %1227, align 4
  %1229 = insertelement <8 x float> undef, float %1228, i32 0
  %splat89 = shufflevector <8 x float> %1229, <8 x float> undef, <8 x i32> zeroinitializer
  %1230 = load <8 x float>, <8 x float>* %15, align 32
  %1231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1205, <8 x float> %1230)
  store <8 x float> %1231, <8 x float>* %15, align 32
  %1232 = load <8 x float>, <8 x float>* %11, align 32
  %1233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1209, <8 x float> %1232)
  store <8 x float> %1233, <8 x float>* %11, align 32
  %1234 = add i64 %1040, 28
  %1235 = getelementptr inbounds float, float* %52, i64 %1234
  %1236 = load float, float* %1235, align 4
  %1237 = insertelement <8 x float> undef, float %1236, i32 0
  %splat90 = shufflevector <8 x float> %1237, <8 x float> undef, <8 x i32> zeroinitializer
  %1238 = load <8 x float>, <8 x float>* %14, align 32
  %1239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1205, <8 x float> %1238)
  store <8 x float> %1239, <8 x float>* %14, align 32
  %1240 = load <8 x float>, <8 x float>* %10, align 32
  %1241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1209, <8 x float> %1240)
  store <8 x float> %1241, <8 x float>* %10, align 32
  %1242 = add i64 %1041, 40
  %1243 = getelementptr inbounds float, float* %4, i64 %1242
  %1244 = bitcast float* %1243 to <8 x float>*
  %1245 = load <8 x float>, <8 x float>* %1244, align 4
  %1246 = add i64 %1041, 296
  %1247 = getelementptr inbounds float, float* %4, i64 %1246
  %1248 = bitcast float* %1247 to <8 x float>*
  %1249 = load <8 x float>, <8 x float>* %1248, align 4
  %1250 = add i64 %1040, 5
  %1251 = getelementptr inbounds float, float* %52, i64 %1250
  %1252 = load float, float* %1251, align 4
  %1253 = insertelement <8 x float> undef, float %1252, i32 0
  %splat91 = shufflevector <8 x float> %1253, <8 x float> undef, <8 x i32> zeroinitializer
  %1254 = load <8 x float>, <8 x float>* %17, align 32
  %1255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1245, <8 x float> %1254)
  store <8 x float> %1255, <8 x float>* %17, align 32
  %1256 = load <8 x float>, <8 x float>* %13, align 32
  %1257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1249, <8 x float> %1256)
  store <8 x float> %1257, <8 x float>* %13, align 32
  %1258 = add i64 %1040, 13
  %1259 = getelementptr inbounds float, float* %52, i64 %1258
  %1260 = load float, float* %1259, align 4
  %1261 = insertelement <8 x float> undef, float %1260, i32 0
  %splat92 = shufflevector <8 x float> %1261, <8 x float> undef, <8 x i32> zeroinitializer
  %1262 = load <8 x float>, <8 x float>* %16, align 32
  %1263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1245, <8 x float> %1262)
  store <8 x float> %1263, <8 x float>* %16, align 32
  %1264 = load <8 x float>, <8 x float>* %12, align 32
  %1265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1249, <8 x float> %1264)
  store <8 x float> %1265, <8 x float>* %12, align 32
  %1266 = add i64 %1040, 21
  %1267 = getelementptr inbounds float, float* %52, i64 %1266
  %1268 = load float, float* %1267, align 4
  %1269 = insertelement <8 x float> undef, float %1268, i32 0
  %splat93 = shufflevector <8 x float> %1269, <8 x float> undef, <8 x i32> zeroinitializer
  %1270 = load <8 x float>, <8 x float>* %15, align 32
  %1271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1245, <8 x float> %1270)
  store <8 x float> %1271, <8 x float>* %15, align 32
  %1272 = load <8 x float>, <8 x float>* %11, align 32
  %1273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1249, <8 x float> %1272)
  store <8 x float> %1273, <8 x float>* %11, align 32
  %1274 = add i64 %1040, 29
  %1275 = getelementptr inbounds float, float* %52, i64 %1274
  %1276 = load float, float* %1275, align 4
  %1277 = insertelement <8 x float> undef, float %1276, i32 0
  %splat94 = shufflevector <8 x float> %1277, <8 x float> undef, <8 x i32> zeroinitializer
  %1278 = load <8 x float>, <8 x float>* %14, align 32
  %1279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1245, <8 x float> %1278)
  store <8 x float> %1279, <8 x float>* %14, align 32
  %1280 = load <8 x float>, <8 x float>* %10, align 32
  %1281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1249, <8 x float> %1280)
  store <8 x float> %1281, <8 x float>* %10, align 32
  %1282 = add i64 %1041, 48
  %1283 = getelementptr inbounds float, float* %4, i64 %1282
  %1284 = bitcast float* %1283 to <8 x float>*
  %1285 = load <8 x float>, <8 x float>* %1284, align 4
  %1286 = add i64 %1041, 304
  %1287 = getelementptr inbounds float, float* %4, i64 %1286
  %1288 = bitcast float* %1287 to <8 x float>*
  %1289 = load <8 x float>, <8 x float>* %1288, align 4
  %1290 = add i64 %1040, 6
  %1291 = getelementptr inbounds float, float* %52, i64 %1290
  %1292 = load float, float* %1291, align 4
  %1293 = insertelement <8 x float> undef, float %1292, i32 0
  %splat95 = shufflevector <8 x float> %1293, <8 x float> undef, <8 x i32> zeroinitializer
  %1294 = load <8 x float>, <8 x float>* %17, align 32
  %1295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1285, <8 x float> %1294)
  store <8 x float> %1295, <8 x float>* %17, align 32
  %1296 = load <8 x float>, <8 x float>* %13, align 32
  %1297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1289, <8 x float> %1296)
  store <8 x float> %1297, <8 x float>* %13, align 32
  %1298 = add i64 %1040, 14
  %1299 = getelementptr inbounds float, float* %52, i64 %1298
  %1300 = load float, float* %1299, align 4
  %1301 = insertelement <8 x float> undef, float %1300, i32 0
  %splat96 = shufflevector <8 x float> %1301, <8 x float> undef, <8 x i32> zeroinitializer
  %1302 = load <8 x float>, <8 x float>* %16, align 32
  %1303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1285, <8 x float> %1302)
  store <8 x float> %1303, <8 x float>* %16, align 32
  %1304 = load <8 x float>, <8 x float>* %12, align 32
  %1305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1289, <8 x float> %1304)
  store <8 x float> %1305, <8 x float>* %12, align 32
  %1306 = add i64 %1040, 22
  %1307 = getelementptr inbounds float, float* %52, i64 %1306
  %1308 = load float, float* %1307, align 4
  %1309 = insertelement <8 x float> undef, float %1308, i32 0
  %splat97 = shufflevector <8 x float> %1309, <8 x float> undef, <8 x i32> zeroinitializer
  %1310 = load <8 x float>, <8 x float>* %15, align 32
  %1311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1285, <8 x float> %1310)
  store <8 x float> %1311, <8 x float>* %15, align 32
  %1312 = load <8 x float>, <8 x float>* %11, align 32
  %1313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1289, <8 x float> %1312)
  store <8 x float> %1313, <8 x float>* %11, align 32
  %1314 = add i64 %1040, 30
  %1315 = getelementptr inbounds float, float* %52, i64 %1314
  %1316 = load float, float* %1315, align 4
  %1317 = insertelement <8 x float> undef, float %1316, i32 0
  %splat98 = shufflevector <8 x float> %1317, <8 x float> undef, <8 x i32> zeroinitializer
  %1318 = load <8 x float>, <8 x float>* %14, align 32
  %1319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1285, <8 x float> %1318)
  store <8 x float> %1319, <8 x float>* %14, align 32
  %1320 = load <8 x float>, <8 x float>* %10, align 32
  %1321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1289, <8 x float> %1320)
  store <8 x float> %1321, <8 x float>* %10, align 32
  %1322 = add i64 %1041, 56
  %1323 = getelementptr inbounds float, float* %4, i64 %1322
  %1324 = bitcast float* %1323 to <8 x float>*
  %1325 = load <8 x float>, <8 x float>* %1324, align 4
  %1326 = add i64 %1041, 312
  %1327 = getelementptr inbounds float, float* %4, i64 %1326
  %1328 = bitcast float* %1327 to <8 x float>*
  %1329 = load <8 x float>, <8 x float>* %1328, align 4
  %1330 = add i64 %1040, 7
  %1331 = getelementptr inbounds float, float* %52, i64 %1330
  %1332 = load float, float* %1331, align 4
  %1333 = insertelement <8 x float> undef, float %1332, i32 0
  %splat99 = shufflevector <8 x float> %1333, <8 x float> undef, <8 x i32> zeroinitializer
  %1334 = load <8 x float>, <8 x float>* %17, align 32
  %1335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1325, <8 x float> %1334)
  store <8 x float> %1335, <8 x float>* %17, align 32
  %1336 = load <8 x float>, <8 x float>* %13, align 32
  %1337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1329, <8 x float> %1336)
  store <8 x float> %1337, <8 x float>* %13, align 32
  %1338 = add i64 %1040, 15
  %1339 = getelementptr inbounds float, float* %52, i64 %1338
  %1340 = load float, float* %1339, align 4
  %1341 = insertelement <8 x float> undef, float %1340, i32 0
  %splat100 = shufflevector <8 x float> %1341, <8 x float> undef, <8 x i32> zeroinitializer
  %1342 = load <8 x float>, <8 x float>* %16, align 32
  %1343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1325, <8 x float> %1342)
  store <8 x float> %1343, <8 x float>* %16, align 32
  %1344 = load <8 x float>, <8 x float>* %12, align 32
  %1345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1329, <8 x float> %1344)
  store <8 x float> %1345, <8 x float>* %12, align 32
  %1346 = add i64 %1040, 23
  %1347 = getelementptr inbounds float, float* %52, i64 %1346
  %1348 = load float, float* %1347, align 4
  %1349 = insertelement <8 x float> undef, float %1348, i32 0
  %splat101 = shufflevector <8 x float> %1349, <8 x float> undef, <8 x i32> zeroinitializer
  %1350 = load <8 x float>, <8 x float>* %15, align 32
  %1351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1325, <8 x float> %1350)
  store <8 x float> %1351, <8 x float>* %15, align 32
  %1352 = load <8 x float>, <8 x float>* %11, align 32
  %1353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1329, <8 x float> %1352)
  store <8 x float> %1353, <8 x float>* %11, align 32
  %1354 = add i64 %1040, 31
  %1355 = getelementptr inbounds float, float* %52, i64 %1354
  %1356 = load float, float* %1355, align 4
  %1357 = insertelement <8 x float> undef, float %1356, i32 0
  %splat102 = shufflevector <8 x float> %1357, <8 x float> undef, <8 x i32> zeroinitializer
  %1358 = load <8 x float>, <8 x float>* %14, align 32
  %1359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1325, <8 x float> %1358)
  store <8 x float> %1359, <8 x float>* %14, align 32
  %1360 = load <8 x float>, <8 x float>* %10, align 32
  %1361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1329, <8 x float> %1360)
  store <8 x float> %1361, <8 x float>* %10, align 32
  %u.next103 = add i64 %u70, 1
  br label %u.header67

u.exit69:                                         ; preds = %u.header67
  %1362 = load <8 x float>, <8 x float>* %17, align 32
  %1363 = fcmp olt <8 x float> %1362, zeroinitializer
  %1364 = select <8 x i1> %1363, <8 x float> zeroinitializer, <8 x float> %1362
  %1365 = getelementptr inbounds float, float* %0, i64 %480
  %1366 = bitcast float* %1365 to <8 x float>*
  store <8 x float> %1364, <8 x float>* %1366, align 4
  %1367 = load <8 x float>, <8 x float>* %16, align 32
  %1368 = fcmp olt <8 x float> %1367, zeroinitializer
  %1369 = select <8 x i1> %1368, <8 x float> zeroinitializer, <8 x float> %1367
  %1370 = getelementptr inbounds float, float* %0, i64 %483
  %1371 = bitcast float* %1370 to <8 x float>*
  store <8 x float> %1369, <8 x float>* %1371, align 4
  %1372 = load <8 x float>, <8 x float>* %15, align 32
  %1373 = fcmp olt <8 x float> %1372, zeroinitializer
  %1374 = select <8 x i1> %1373, <8 x float> zeroinitializer, <8 x float> %1372
  %1375 = getelementptr inbounds float, float* %0, i64 %486
  %1376 = bitcast float* %1375 to <8 x float>*
  store <8 x float> %1374, <8 x float>* %1376, align 4
  %1377 = load <8 x float>, <8 x float>* %14, align 32
  %1378 = fcmp olt <8 x float> %1377, zeroinitializer
  %1379 = select <8 x i1> %1378, <8 x float> zeroinitializer, <8 x float> %1377
  %1380 = getelementptr inbounds float, float* %0, i64 %489
  %1381 = bitcast float* %1380 to <8 x float>*
  store <8 x float> %1379, <8 x float>* %1381, align 4
  %1382 = load <8 x float>, <8 x float>* %13, align 32
  %1383 = fcmp olt <8 x float> %1382, zeroinitializer
  %1384 = select <8 x i1> %1383, <8 x float> zeroinitializer, <8 x float> %1382
  %1385 = getelementptr inbounds float, float* %0, i64 %496
  %1386 = bitcast float* %1385 to <8 x float>*
  store <8 x float> %1384, <8 x float>* %1386, align 4
  %1387 = load <8 x float>, <8 x float>* %12, align 32
  %1388 = fcmp olt <8 x float> %1387, zeroinitializer
  %1389 = select <8 x i1> %1388, <8 x float> zeroinitializer, <8 x float> %1387
  %1390 = getelementptr inbounds float, float* %0, i64 %499
  %1391 = bitcast float* %1390 to <8 x float>*
  store <8 x float> %1389, <8 x float>* %1391, align 4
  %1392 = load <8 x float>, <8 x float>* %11, align 32
  %1393 = fcmp olt <8 x float> %1392, zeroinitializer
  %1394 = select <8 x i1> %1393, <8 x float> zeroinitializer, <8 x float> %1392
  %1395 = getelementptr inbounds float, float* %0, i64 %502
  %1396 = bitcast float* %1395 to <8 x float>*
  store <8 x float> %1394, <8 x float>* %1396, align 4
  %1397 = load <8 x float>, <8 x float>* %10, align 32
  %1398 = fcmp olt <8 x float> %1397, zeroinitializer
  %1399 = select <8 x i1> %1398, <8 x float> zeroinitializer, <8 x float> %1397
  %1400 = getelementptr inbounds float, float* %0, i64 %505
  %1401 = bitcast float* %1400 to <8 x float>*
  store <8 x float> %1399, <8 x float>* %1401, align 4
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
  call void @node1.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %27, i64 %29)
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
  %42 = add i64 %9, 27
  %43 = sdiv i64 %42, 28
  %44 = icmp slt i64 8, %43
  %45 = select i1 %44, i64 8, i64 %43
  %46 = icmp sgt i64 1, %45
  %47 = select i1 %46, i64 1, i64 %45
  %48 = sub i64 %47, 1
  %49 = add i64 8, %48
  %50 = sdiv i64 %49, %47
  %51 = bitcast [7168 x float]* %band to float*
  %52 = mul i64 %47, 28
  %53 = sub i64 %9, 1
  %54 = add i64 %52, %53
  %55 = sdiv i64 %54, %9
  %56 = mul i64 %8, %55
  %57 = icmp slt i64 %56, %52
  %58 = select i1 %57, i64 %56, i64 %52
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, %52
  %61 = select i1 %60, i64 %59, i64 %52
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %58, %entry ], [ %task.next, %block.group.exit ]
  %62 = icmp slt i64 %task, %61
  br i1 %62, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %63 = srem i64 %task, %47
  %64 = sdiv i64 %task, %47
  %65 = srem i64 %64, 28
  %66 = mul i64 %47, 28
  %67 = sdiv i64 %task, %66
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %68 = icmp slt i64 %channel.block, 8
  br i1 %68, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %69 = mul i64 %67, 8
  %70 = add i64 %69, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %71 = mul i64 %63, %50
  %72 = add i64 %71, %50
  %73 = icmp slt i64 %72, 8
  %74 = select i1 %73, i64 %72, i64 8
  br label %block.group.header

band.row.header:                                  ; preds = %x.exit, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %x.exit ]
  %75 = icmp slt i64 %band.row, 2
  br i1 %75, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %76 = mul i64 %65, 2
  %77 = add i64 %76, %band.row
  %78 = mul i64 %channel.block, 2
  %79 = add i64 %78, %band.row
  %80 = mul i64 %79, 448
  %81 = srem i64 %70, 8
  %82 = mul i64 %70, 100352
  %83 = mul i64 %77, 2
  %84 = sub i64 %83, 1
  %85 = mul i64 %81, 8
  %86 = getelementptr inbounds float, float* %7, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  %88 = load <8 x float>, <8 x float>* %87, align 4
  store <8 x float> %88, <8 x float>* %41, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !4

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %89 = icmp slt i64 %kh, 3
  br i1 %89, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %90 = mul i64 %kh, 1
  %91 = add i64 %84, %90
  %92 = icmp sge i64 %91, 0
  %93 = icmp slt i64 %91, 112
  %94 = and i1 %92, %93
  br i1 %94, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %95 = add i64 %80, 0
  %96 = load <8 x float>, <8 x float>* %41, align 32
  %97 = fcmp olt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> zeroinitializer, <8 x float> %96
  %99 = getelementptr inbounds float, float* %51, i64 %95
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %98, <8 x float>* %100, align 4
  br label %x.header

then:                                             ; preds = %kh.body
  %101 = mul i64 %91, 896
  %102 = add i64 %82, %101
  %103 = mul i64 %81, 3
  %104 = add i64 %103, %kh
  %105 = mul i64 %104, 24
  %106 = add i64 %105, 0
  %107 = getelementptr inbounds float, float* %6, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 %105, 8
  %111 = getelementptr inbounds float, float* %6, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %105, 16
  %115 = getelementptr inbounds float, float* %6, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %102, -8
  %119 = add i64 %118, 8
  %120 = getelementptr inbounds float, float* %1, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = load <8 x float>, <8 x float>* %41, align 32
  %124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %113, <8 x float> %123)
  store <8 x float> %124, <8 x float>* %41, align 32
  %125 = add i64 %118, 16
  %126 = getelementptr inbounds float, float* %1, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = load <8 x float>, <8 x float>* %41, align 32
  %130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %117, <8 x float> %129)
  store <8 x float> %130, <8 x float>* %41, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

x.header:                                         ; preds = %kh.exit3, %kh.exit
  %x = phi i64 [ 1, %kh.exit ], [ %x.next, %kh.exit3 ]
  %131 = icmp slt i64 %x, 56
  br i1 %131, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %88, <8 x float>* %40, align 32
  store <8 x float> %88, <8 x float>* %39, align 32
  store <8 x float> %88, <8 x float>* %38, align 32
  store <8 x float> %88, <8 x float>* %37, align 32
  store <8 x float> %88, <8 x float>* %36, align 32
  store <8 x float> %88, <8 x float>* %35, align 32
  store <8 x float> %88, <8 x float>* %34, align 32
  store <8 x float> %88, <8 x float>* %33, align 32
  store <8 x float> %88, <8 x float>* %32, align 32
  store <8 x float> %88, <8 x float>* %31, align 32
  store <8 x float> %88, <8 x float>* %30, align 32
  %132 = mul i64 %x, 2
  %133 = sub i64 %132, 1
  br label %kh.header1

x.exit:                                           ; preds = %x.header
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !5

kh.header1:                                       ; preds = %endif6, %x.body
  %kh4 = phi i64 [ 0, %x.body ], [ %kh.next7, %endif6 ]
  %134 = icmp slt i64 %kh4, 3
  br i1 %134, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %135 = mul i64 %kh4, 1
  %136 = add i64 %84, %135
  %137 = icmp sge i64 %136, 0
  %138 = icmp slt i64 %136, 112
  %139 = and i1 %137, %138
  br i1 %139, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %140 = add i64 %x, 0
  %141 = mul i64 %140, 8
  %142 = add i64 %80, %141
  %143 = load <8 x float>, <8 x float>* %40, align 32
  %144 = fcmp olt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> zeroinitializer, <8 x float> %143
  %146 = getelementptr inbounds float, float* %51, i64 %142
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %145, <8 x float>* %147, align 4
  %148 = add i64 %x, 1
  %149 = mul i64 %148, 8
  %150 = add i64 %80, %149
  %151 = load <8 x float>, <8 x float>* %39, align 32
  %152 = fcmp olt <8 x float> %151, zeroinitializer
  %153 = select <8 x i1> %152, <8 x float> zeroinitializer, <8 x float> %151
  %154 = getelementptr inbounds float, float* %51, i64 %150
  %155 = bitcast float* %154 to <8 x float>*
  store <8 x float> %153, <8 x float>* %155, align 4
  %156 = add i64 %x, 2
  %157 = mul i64 %156, 8
  %158 = add i64 %80, %157
  %159 = load <8 x float>, <8 x float>* %38, align 32
  %160 = fcmp olt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> zeroinitializer, <8 x float> %159
  %162 = getelementptr inbounds float, float* %51, i64 %158
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = add i64 %x, 3
  %165 = mul i64 %164, 8
  %166 = add i64 %80, %165
  %167 = load <8 x float>, <8 x float>* %37, align 32
  %168 = fcmp olt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> zeroinitializer, <8 x float> %167
  %170 = getelementptr inbounds float, float* %51, i64 %166
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %169, <8 x float>* %171, align 4
  %172 = add i64 %x, 4
  %173 = mul i64 %172, 8
  %174 = add i64 %80, %173
  %175 = load <8 x float>, <8 x float>* %36, align 32
  %176 = fcmp olt <8 x float> %175, zeroinitializer
  %177 = select <8 x i1> %176, <8 x float> zeroinitializer, <8 x float> %175
  %178 = getelementptr inbounds float, float* %51, i64 %174
  %179 = bitcast float* %178 to <8 x float>*
  store <8 x float> %177, <8 x float>* %179, align 4
  %180 = add i64 %x, 5
  %181 = mul i64 %180, 8
  %182 = add i64 %80, %181
  %183 = load <8 x float>, <8 x float>* %35, align 32
  %184 = fcmp olt <8 x float> %183, zeroinitializer
  %185 = select <8 x i1> %184, <8 x float> zeroinitializer, <8 x float> %183
  %186 = getelementptr inbounds float, float* %51, i64 %182
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %185, <8 x float>* %187, align 4
  %188 = add i64 %x, 6
  %189 = mul i64 %188, 8
  %190 = add i64 %80, %189
  %191 = load <8 x float>, <8 x float>* %34, align 32
  %192 = fcmp olt <8 x float> %191, zeroinitializer
  %193 = select <8 x i1> %192, <8 x float> zeroinitializer, <8 x float> %191
  %194 = getelementptr inbounds float, float* %51, i64 %190
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %193, <8 x float>* %195, align 4
  %196 = add i64 %x, 7
  %197 = mul i64 %196, 8
  %198 = add i64 %80, %197
  %199 = load <8 x float>, <8 x float>* %33, align 32
  %200 = fcmp olt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> zeroinitializer, <8 x float> %199
  %202 = getelementptr inbounds float, float* %51, i64 %198
  %203 = bitcast float* %202 to <8 x float>*
  store <8 x float> %201, <8 x float>* %203, align 4
  %204 = add i64 %x, 8
  %205 = mul i64 %204, 8
  %206 = add i64 %80, %205
  %207 = load <8 x float>, <8 x float>* %32, align 32
  %208 = fcmp olt <8 x float> %207, zeroinitializer
  %209 = select <8 x i1> %208, <8 x float> zeroinitializer, <8 x float> %207
  %210 = getelementptr inbounds float, float* %51, i64 %206
  %211 = bitcast float* %210 to <8 x float>*
  store <8 x float> %209, <8 x float>* %211, align 4
  %212 = add i64 %x, 9
  %213 = mul i64 %212, 8
  %214 = add i64 %80, %213
  %215 = load <8 x float>, <8 x float>* %31, align 32
  %216 = fcmp olt <8 x float> %215, zeroinitializer
  %217 = select <8 x i1> %216, <8 x float> zeroinitializer, <8 x float> %215
  %218 = getelementptr inbounds float, float* %51, i64 %214
  %219 = bitcast float* %218 to <8 x float>*
  store <8 x float> %217, <8 x float>* %219, align 4
  %220 = add i64 %x, 10
  %221 = mul i64 %220, 8
  %222 = add i64 %80, %221
  %223 = load <8 x float>, <8 x float>* %30, align 32
  %224 = fcmp olt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> zeroinitializer, <8 x float> %223
  %226 = getelementptr inbounds float, float* %51, i64 %222
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %225, <8 x float>* %227, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then5:                                            ; preds = %kh.body2
  %228 = mul i64 %136, 896
  %229 = add i64 %82, %228
  %230 = mul i64 %81, 3
  %231 = add i64 %230, %kh4
  %232 = mul i64 %231, 24
  %233 = add i64 %232, 0
  %234 = getelementptr inbounds float, float* %6, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  %236 = load <8 x float>, <8 x float>* %235, align 4
  %237 = add i64 %232, 8
  %238 = getelementptr inbounds float, float* %6, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  %240 = load <8 x float>, <8 x float>* %239, align 4
  %241 = add i64 %232, 16
  %242 = getelementptr inbounds float, float* %6, i64 %241
  %243 = bitcast float* %242 to <8 x float>*
  %244 = load <8 x float>, <8 x float>* %243, align 4
  %245 = mul i64 %133, 8
  %246 = add i64 %229, %245
  %247 = add i64 %246, 0
  %248 = getelementptr inbounds float, float* %1, i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  %250 = load <8 x float>, <8 x float>* %249, align 4
  %251 = load <8 x float>, <8 x float>* %40, align 32
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %236, <8 x float> %251)
  store <8 x float> %252, <8 x float>* %40, align 32
  %253 = add i64 %246, 8
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = bitcast float* %254 to <8 x float>*
  %256 = load <8 x float>, <8 x float>* %255, align 4
  %257 = load <8 x float>, <8 x float>* %40, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %240, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %40, align 32
  %259 = add i64 %246, 16
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  %262 = load <8 x float>, <8 x float>* %261, align 4
  %263 = load <8 x float>, <8 x float>* %40, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %262, <8 x float> %244, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %40, align 32
  %265 = load <8 x float>, <8 x float>* %39, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %262, <8 x float> %236, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %39, align 32
  %267 = add i64 %246, 24
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = load <8 x float>, <8 x float>* %39, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %240, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %39, align 32
  %273 = add i64 %246, 32
  %274 = getelementptr inbounds float, float* %1, i64 %273
  %275 = bitcast float* %274 to <8 x float>*
  %276 = load <8 x float>, <8 x float>* %275, align 4
  %277 = load <8 x float>, <8 x float>* %39, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %244, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %39, align 32
  %279 = load <8 x float>, <8 x float>* %38, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %236, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %38, align 32
  %281 = add i64 %246, 40
  %282 = getelementptr inbounds float, float* %1, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  %284 = load <8 x float>, <8 x float>* %283, align 4
  %285 = load <8 x float>, <8 x float>* %38, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %240, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %38, align 32
  %287 = add i64 %246, 48
  %288 = getelementptr inbounds float, float* %1, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  %290 = load <8 x float>, <8 x float>* %289, align 4
  %291 = load <8 x float>, <8 x float>* %38, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %244, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %38, align 32
  %293 = load <8 x float>, <8 x float>* %37, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %236, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %37, align 32
  %295 = add i64 %246, 56
  %296 = getelementptr inbounds float, float* %1, i64 %295
  %297 = bitcast float* %296 to <8 x float>*
  %298 = load <8 x float>, <8 x float>* %297, align 4
  %299 = load <8 x float>, <8 x float>* %37, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %240, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %37, align 32
  %301 = add i64 %246, 64
  %302 = getelementptr inbounds float, float* %1, i64 %301
  %303 = bitcast float* %302 to <8 x float>*
  %304 = load <8 x float>, <8 x float>* %303, align 4
  %305 = load <8 x float>, <8 x float>* %37, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %244, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %37, align 32
  %307 = load <8 x float>, <8 x float>* %36, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %236, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %36, align 32
  %309 = add i64 %246, 72
  %310 = getelementptr inbounds float, float* %1, i64 %309
  %311 = bitcast float* %310 to <8 x float>*
  %312 = load <8 x float>, <8 x float>* %311, align 4
  %313 = load <8 x float>, <8 x float>* %36, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %312, <8 x float> %240, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %36, align 32
  %315 = add i64 %246, 80
  %316 = getelementptr inbounds float, float* %1, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  %318 = load <8 x float>, <8 x float>* %317, align 4
  %319 = load <8 x float>, <8 x float>* %36, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %318, <8 x float> %244, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %36, align 32
  %321 = load <8 x float>, <8 x float>* %35, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %318, <8 x float> %236, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %35, align 32
  %323 = add i64 %246, 88
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  %326 = load <8 x float>, <8 x float>* %325, align 4
  %327 = load <8 x float>, <8 x float>* %35, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %240, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %35, align 32
  %329 = add i64 %246, 96
  %330 = getelementptr inbounds float, float* %1, i64 %329
  %331 = bitcast float* %330 to <8 x float>*
  %332 = load <8 x float>, <8 x float>* %331, align 4
  %333 = load <8 x float>, <8 x float>* %35, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %332, <8 x float> %244, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %35, align 32
  %335 = load <8 x float>, <8 x float>* %34, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %332, <8 x float> %236, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %34, align 32
  %337 = add i64 %246, 104
  %338 = getelementptr inbounds float, float* %1, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  %340 = load <8 x float>, <8 x float>* %339, align 4
  %341 = load <8 x float>, <8 x float>* %34, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %240, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %34, align 32
  %343 = add i64 %246, 112
  %344 = getelementptr inbounds float, float* %1, i64 %343
  %345 = bitcast float* %344 to <8 x float>*
  %346 = load <8 x float>, <8 x float>* %345, align 4
  %347 = load <8 x float>, <8 x float>* %34, align 32
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %244, <8 x float> %347)
  store <8 x float> %348, <8 x float>* %34, align 32
  %349 = load <8 x float>, <8 x float>* %33, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %236, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %33, align 32
  %351 = add i64 %246, 120
  %352 = getelementptr inbounds float, float* %1, i64 %351
  %353 = bitcast float* %352 to <8 x float>*
  %354 = load <8 x float>, <8 x float>* %353, align 4
  %355 = load <8 x float>, <8 x float>* %33, align 32
  %356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %240, <8 x float> %355)
  store <8 x float> %356, <8 x float>* %33, align 32
  %357 = add i64 %246, 128
  %358 = getelementptr inbounds float, float* %1, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  %360 = load <8 x float>, <8 x float>* %359, align 4
  %361 = load <8 x float>, <8 x float>* %33, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %244, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %33, align 32
  %363 = load <8 x float>, <8 x float>* %32, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %236, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %32, align 32
  %365 = add i64 %246, 136
  %366 = getelementptr inbounds float, float* %1, i64 %365
  %367 = bitcast float* %366 to <8 x float>*
  %368 = load <8 x float>, <8 x float>* %367, align 4
  %369 = load <8 x float>, <8 x float>* %32, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %368, <8 x float> %240, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %32, align 32
  %371 = add i64 %246, 144
  %372 = getelementptr inbounds float, float* %1, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  %374 = load <8 x float>, <8 x float>* %373, align 4
  %375 = load <8 x float>, <8 x float>* %32, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %374, <8 x float> %244, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %32, align 32
  %377 = load <8 x float>, <8 x float>* %31, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %374, <8 x float> %236, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %31, align 32
  %379 = add i64 %246, 152
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = bitcast float* %380 to <8 x float>*
  %382 = load <8 x float>, <8 x float>* %381, align 4
  %383 = load <8 x float>, <8 x float>* %31, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %382, <8 x float> %240, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %31, align 32
  %385 = add i64 %246, 160
  %386 = getelementptr inbounds float, float* %1, i64 %385
  %387 = bitcast float* %386 to <8 x float>*
  %388 = load <8 x float>, <8 x float>* %387, align 4
  %389 = load <8 x float>, <8 x float>* %31, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %388, <8 x float> %244, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %31, align 32
  %391 = load <8 x float>, <8 x float>* %30, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %388, <8 x float> %236, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %30, align 32
  %393 = add i64 %246, 168
  %394 = getelementptr inbounds float, float* %1, i64 %393
  %395 = bitcast float* %394 to <8 x float>*
  %396 = load <8 x float>, <8 x float>* %395, align 4
  %397 = load <8 x float>, <8 x float>* %30, align 32
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %240, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %30, align 32
  %399 = add i64 %246, 176
  %400 = getelementptr inbounds float, float* %1, i64 %399
  %401 = bitcast float* %400 to <8 x float>*
  %402 = load <8 x float>, <8 x float>* %401, align 4
  %403 = load <8 x float>, <8 x float>* %30, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %402, <8 x float> %244, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %30, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

block.group.header:                               ; preds = %u.exit62, %channel.block.exit
  %block.group = phi i64 [ %71, %channel.block.exit ], [ %block.group.next, %u.exit62 ]
  %405 = icmp slt i64 %block.group, %74
  br i1 %405, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %406 = mul i64 %block.group, 2
  %407 = add i64 0, %406
  %408 = mul i64 %65, 112
  %409 = mul i64 %block.group, 2
  %410 = add i64 0, %409
  %411 = mul i64 %410, 512
  br label %x.header8

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header8:                                        ; preds = %u.exit, %block.group.body
  %x11 = phi i64 [ 0, %block.group.body ], [ %x.next59, %u.exit ]
  %412 = icmp slt i64 %x11, 108
  br i1 %412, label %x.body9, label %x.exit10

x.body9:                                          ; preds = %x.header8
  %413 = add i64 %408, %x11
  %414 = mul i64 %67, 16
  %415 = add i64 %414, %407
  %416 = add i64 %415, 0
  %417 = mul i64 %416, 25088
  %418 = add i64 %413, 0
  %419 = mul i64 %418, 8
  %420 = add i64 %417, %419
  %421 = add i64 %413, 1
  %422 = mul i64 %421, 8
  %423 = add i64 %417, %422
  %424 = add i64 %413, 2
  %425 = mul i64 %424, 8
  %426 = add i64 %417, %425
  %427 = add i64 %413, 3
  %428 = mul i64 %427, 8
  %429 = add i64 %417, %428
  %430 = add i64 %413, 4
  %431 = mul i64 %430, 8
  %432 = add i64 %417, %431
  %433 = add i64 %413, 5
  %434 = mul i64 %433, 8
  %435 = add i64 %417, %434
  %436 = mul i64 %67, 16
  %437 = add i64 %436, %407
  %438 = add i64 %437, 1
  %439 = mul i64 %438, 25088
  %440 = add i64 %413, 0
  %441 = mul i64 %440, 8
  %442 = add i64 %439, %441
  %443 = add i64 %413, 1
  %444 = mul i64 %443, 8
  %445 = add i64 %439, %444
  %446 = add i64 %413, 2
  %447 = mul i64 %446, 8
  %448 = add i64 %439, %447
  %449 = add i64 %413, 3
  %450 = mul i64 %449, 8
  %451 = add i64 %439, %450
  %452 = add i64 %413, 4
  %453 = mul i64 %452, 8
  %454 = add i64 %439, %453
  %455 = add i64 %413, 5
  %456 = mul i64 %455, 8
  %457 = add i64 %439, %456
  %458 = add i64 %410, 0
  %459 = mul i64 %458, 8
  %460 = getelementptr inbounds float, float* %5, i64 %459
  %461 = bitcast float* %460 to <8 x float>*
  %462 = load <8 x float>, <8 x float>* %461, align 4
  %463 = add i64 %410, 1
  %464 = mul i64 %463, 8
  %465 = getelementptr inbounds float, float* %5, i64 %464
  %466 = bitcast float* %465 to <8 x float>*
  %467 = load <8 x float>, <8 x float>* %466, align 4
  store <8 x float> %462, <8 x float>* %29, align 32
  store <8 x float> %462, <8 x float>* %28, align 32
  store <8 x float> %462, <8 x float>* %27, align 32
  store <8 x float> %462, <8 x float>* %26, align 32
  store <8 x float> %462, <8 x float>* %25, align 32
  store <8 x float> %462, <8 x float>* %24, align 32
  store <8 x float> %467, <8 x float>* %23, align 32
  store <8 x float> %467, <8 x float>* %22, align 32
  store <8 x float> %467, <8 x float>* %21, align 32
  store <8 x float> %467, <8 x float>* %20, align 32
  store <8 x float> %467, <8 x float>* %19, align 32
  store <8 x float> %467, <8 x float>* %18, align 32
  %468 = mul i64 %x11, 8
  %469 = add i64 0, %468
  %470 = add i64 0, %469
  br label %u.header

x.exit10:                                         ; preds = %x.header8
  %471 = add i64 %408, 108
  %472 = mul i64 %67, 16
  %473 = add i64 %472, %407
  %474 = add i64 %473, 0
  %475 = mul i64 %474, 25088
  %476 = add i64 %471, 0
  %477 = mul i64 %476, 8
  %478 = add i64 %475, %477
  %479 = add i64 %471, 1
  %480 = mul i64 %479, 8
  %481 = add i64 %475, %480
  %482 = add i64 %471, 2
  %483 = mul i64 %482, 8
  %484 = add i64 %475, %483
  %485 = add i64 %471, 3
  %486 = mul i64 %485, 8
  %487 = add i64 %475, %486
  %488 = mul i64 %67, 16
  %489 = add i64 %488, %407
  %490 = add i64 %489, 1
  %491 = mul i64 %490, 25088
  %492 = add i64 %471, 0
  %493 = mul i64 %492, 8
  %494 = add i64 %491, %493
  %495 = add i64 %471, 1
  %496 = mul i64 %495, 8
  %497 = add i64 %491, %496
  %498 = add i64 %471, 2
  %499 = mul i64 %498, 8
  %500 = add i64 %491, %499
  %501 = add i64 %471, 3
  %502 = mul i64 %501, 8
  %503 = add i64 %491, %502
  %504 = add i64 %410, 0
  %505 = mul i64 %504, 8
  %506 = getelementptr inbounds float, float* %5, i64 %505
  %507 = bitcast float* %506 to <8 x float>*
  %508 = load <8 x float>, <8 x float>* %507, align 4
  %509 = add i64 %410, 1
  %510 = mul i64 %509, 8
  %511 = getelementptr inbounds float, float* %5, i64 %510
  %512 = bitcast float* %511 to <8 x float>*
  %513 = load <8 x float>, <8 x float>* %512, align 4
  store <8 x float> %508, <8 x float>* %17, align 32
  store <8 x float> %508, <8 x float>* %16, align 32
  store <8 x float> %508, <8 x float>* %15, align 32
  store <8 x float> %508, <8 x float>* %14, align 32
  store <8 x float> %513, <8 x float>* %13, align 32
  store <8 x float> %513, <8 x float>* %12, align 32
  store <8 x float> %513, <8 x float>* %11, align 32
  store <8 x float> %513, <8 x float>* %10, align 32
  br label %u.header60

u.header:                                         ; preds = %u.body, %x.body9
  %u = phi i64 [ 0, %x.body9 ], [ %u.next, %u.body ]
  %514 = icmp slt i64 %u, 8
  br i1 %514, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %515 = add i64 0, %u
  %516 = mul i64 %515, 896
  %517 = add i64 %470, %516
  %518 = mul i64 %515, 64
  %519 = add i64 %411, %518
  %520 = add i64 %517, 0
  %521 = add i64 %520, 0
  %522 = add i64 %519, 0
  %523 = add i64 %522, 0
  %524 = getelementptr inbounds float, float* %4, i64 %523
  %525 = bitcast float* %524 to <8 x float>*
  %526 = load <8 x float>, <8 x float>* %525, align 4
  %527 = add i64 %522, 512
  %528 = getelementptr inbounds float, float* %4, i64 %527
  %529 = bitcast float* %528 to <8 x float>*
  %530 = load <8 x float>, <8 x float>* %529, align 4
  %531 = add i64 %521, 0
  %532 = getelementptr inbounds float, float* %51, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %29, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %526, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %29, align 32
  %537 = load <8 x float>, <8 x float>* %23, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %530, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %23, align 32
  %539 = add i64 %521, 8
  %540 = getelementptr inbounds float, float* %51, i64 %539
  %541 = load float, float* %540, align 4
  %542 = insertelement <8 x float> undef, float %541, i32 0
  %splat12 = shufflevector <8 x float> %542, <8 x float> undef, <8 x i32> zeroinitializer
  %543 = load <8 x float>, <8 x float>* %28, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %526, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %28, align 32
  %545 = load <8 x float>, <8 x float>* %22, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %530, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %22, align 32
  %547 = add i64 %521, 16
  %548 = getelementptr inbounds float, float* %51, i64 %547
  %549 = load float, float* %548, align 4
  %550 = insertelement <8 x float> undef, float %549, i32 0
  %splat13 = shufflevector <8 x float> %550, <8 x float> undef, <8 x i32> zeroinitializer
  %551 = load <8 x float>, <8 x float>* %27, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %526, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %27, align 32
  %553 = load <8 x float>, <8 x float>* %21, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %530, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %21, align 32
  %555 = add i64 %521, 24
  %556 = getelementptr inbounds float, float* %51, i64 %555
  %557 = load float, float* %556, align 4
  %558 = insertelement <8 x float> undef, float %557, i32 0
  %splat14 = shufflevector <8 x float> %558, <8 x float> undef, <8 x i32> zeroinitializer
  %559 = load <8 x float>, <8 x float>* %26, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %526, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %26, align 32
  %561 = load <8 x float>, <8 x float>* %20, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %530, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %20, align 32
  %563 = add i64 %521, 32
  %564 = getelementptr inbounds float, float* %51, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat15 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %25, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %526, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %25, align 32
  %569 = load <8 x float>, <8 x float>* %19, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %530, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %19, align 32
  %571 = add i64 %521, 40
  %572 = getelementptr inbounds float, float* %51, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat16 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %24, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %526, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %24, align 32
  %577 = load <8 x float>, <8 x float>* %18, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %530, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %18, align 32
  %579 = add i64 %522, 8
  %580 = getelementptr inbounds float, float* %4, i64 %579
  %581 = bitcast float* %580 to <8 x float>*
  %582 = load <8 x float>, <8 x float>* %581, align 4
  %583 = add i64 %522, 520
  %584 = getelementptr inbounds float, float* %4, i64 %583
  %585 = bitcast float* %584 to <8 x float>*
  %586 = load <8 x float>, <8 x float>* %585, align 4
  %587 = add i64 %521, 1
  %588 = getelementptr inbounds float, float* %51, i64 %587
  %589 = load float, float* %588, align 4
  %590 = insertelement <8 x float> undef, float %589, i32 0
  %splat17 = shufflevector <8 x float> %590, <8 x float> undef, <8 x i32> zeroinitializer
  %591 = load <8 x float>, <8 x float>* %29, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %582, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %29, align 32
  %593 = load <8 x float>, <8 x float>* %23, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %586, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %23, align 32
  %595 = add i64 %521, 9
  %596 = getelementptr inbounds float, float* %51, i64 %595
  %597 = load float, float* %596, align 4
  %598 = insertelement <8 x float> undef, float %597, i32 0
  %splat18 = shufflevector <8 x float> %598, <8 x float> undef, <8 x i32> zeroinitializer
  %599 = load <8 x float>, <8 x float>* %28, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %582, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %28, align 32
  %601 = load <8 x float>, <8 x float>* %22, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %586, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %22, align 32
  %603 = add i64 %521, 17
  %604 = getelementptr inbounds float, float* %51, i64 %603
  %605 = load float, float* %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %splat19 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, <8 x float>* %27, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %582, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %27, align 32
  %609 = load <8 x float>, <8 x float>* %21, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %586, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %21, align 32
  %611 = add i64 %521, 25
  %612 = getelementptr inbounds float, float* %51, i64 %611
  %613 = load float, float* %612, align 4
  %614 = insertelement <8 x float> undef, float %613, i32 0
  %splat20 = shufflevector <8 x float> %614, <8 x float> undef, <8 x i32> zeroinitializer
  %615 = load <8 x float>, <8 x float>* %26, align 32
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %582, <8 x float> %615)
  store <8 x float> %616, <8 x float>* %26, align 32
  %617 = load <8 x float>, <8 x float>* %20, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %586, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %20, align 32
  %619 = add i64 %521, 33
  %620 = getelementptr inbounds float, float* %51, i64 %619
  %621 = load float, float* %620, align 4
  %622 = insertelement <8 x float> undef, float %621, i32 0
  %splat21 = shufflevector <8 x float> %622, <8 x float> undef, <8 x i32> zeroinitializer
  %623 = load <8 x float>, <8 x float>* %25, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %582, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %25, align 32
  %625 = load <8 x float>, <8 x float>* %19, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %586, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %19, align 32
  %627 = add i64 %521, 41
  %628 = getelementptr inbounds float, float* %51, i64 %627
  %629 = load float, float* %628, align 4
  %630 = insertelement <8 x float> undef, float %629, i32 0
  %splat22 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
  %631 = load <8 x float>, <8 x float>* %24, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %582, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %24, align 32
  %633 = load <8 x float>, <8 x float>* %18, align 32
  %634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %586, <8 x float> %633)
  store <8 x float> %634, <8 x float>* %18, align 32
  %635 = add i64 %522, 16
  %636 = getelementptr inbounds float, float* %4, i64 %635
  %637 = bitcast float* %636 to <8 x float>*
  %638 = load <8 x float>, <8 x float>* %637, align 4
  %639 = add i64 %522, 528
  %640 = getelementptr inbounds float, float* %4, i64 %639
  %641 = bitcast float* %640 to <8 x float>*
  %642 = load <8 x float>, <8 x float>* %641, align 4
  %643 = add i64 %521, 2
  %644 = getelementptr inbounds float, float* %51, i64 %643
  %645 = load float, float* %644, align 4
  %646 = insertelement <8 x float> undef, float %645, i32 0
  %splat23 = shufflevector <8 x float> %646, <8 x float> undef, <8 x i32> zeroinitializer
  %647 = load <8 x float>, <8 x float>* %29, align 32
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %638, <8 x float> %647)
  store <8 x float> %648, <8 x float>* %29, align 32
  %649 = load <8 x float>, <8 x float>* %23, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %642, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %23, align 32
  %651 = add i64 %521, 10
  %652 = getelementptr inbounds float, float* %51, i64 %651
  %653 = load float, float* %652, align 4
  %654 = insertelement <8 x float> undef, float %653, i32 0
  %splat24 = shufflevector <8 x float> %654, <8 x float> undef, <8 x i32> zeroinitializer
  %655 = load <8 x float>, <8 x float>* %28, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %638, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %28, align 32
  %657 = load <8 x float>, <8 x float>* %22, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %642, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %22, align 32
  %659 = add i64 %521, 18
  %660 = getelementptr inbounds float, float* %51, i64 %659
  %661 = load float, float* %660, align 4
  %662 = insertelement <8 x float> undef, float %661, i32 0
  %splat25 = shufflevector <8 x float> %662, <8 x float> undef, <8 x i32> zeroinitializer
  %663 = load <8 x float>, <8 x float>* %27, align 32
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %638, <8 x float> %663)
  store <8 x float> %664, <8 x float>* %27, align 32
  %665 = load <8 x float>, <8 x float>* %21, align 32
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %642, <8 x float> %665)
  store <8 x float> %666, <8 x float>* %21, align 32
  %667 = add i64 %521, 26
  %668 = getelementptr inbounds float, float* %51, i64 %667
  %669 = load float, float* %668, align 4
  %670 = insertelement <8 x float> undef, float %669, i32 0
  %splat26 = shufflevector <8 x float> %670, <8 x float> undef, <8 x i32> zeroinitializer
  %671 = load <8 x float>, <8 x float>* %26, align 32
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %638, <8 x float> %671)
  store <8 x float> %672, <8 x float>* %26, align 32
  %673 = load <8 x float>, <8 x float>* %20, align 32
  %674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %642, <8 x float> %673)
  store <8 x float> %674, <8 x float>* %20, align 32
  %675 = add i64 %521, 34
  %676 = getelementptr inbounds float, float* %51, i64 %675
  %677 = load float, float* %676, align 4
  %678 = insertelement <8 x float> undef, float %677, i32 0
  %splat27 = shufflevector <8 x float> %678, <8 x float> undef, <8 x i32> zeroinitializer
  %679 = load <8 x float>, <8 x float>* %25, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %638, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %25, align 32
  %681 = load <8 x float>, <8 x float>* %19, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %642, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %19, align 32
  %683 = add i64 %521, 42
  %684 = getelementptr inbounds float, float* %51, i64 %683
  %685 = load float, float* %684, align 4
  %686 = insertelement <8 x float> undef, float %685, i32 0
  %splat28 = shufflevector <8 x float> %686, <8 x float> undef, <8 x i32> zeroinitializer
  %687 = load <8 x float>, <8 x float>* %24, align 32
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %638, <8 x float> %687)
  store <8 x float> %688, <8 x float>* %24, align 32
  %689 = load <8 x float>, <8 x float>* %18, align 32
  %690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %642, <8 x float> %689)
  store <8 x float> %690, <8 x float>* %18, align 32
  %691 = add i64 %522, 24
  %692 = getelementptr inbounds float, float* %4, i64 %691
  %693 = bitcast float* %692 to <8 x float>*
  %694 = load <8 x float>, <8 x float>* %693, align 4
  %695 = add i64 %522, 536
  %696 = getelementptr inbounds float, float* %4, i64 %695
  %697 = bitcast float* %696 to <8 x float>*
  %698 = load <8 x float>, <8 x float>* %697, align 4
  %699 = add i64 %521, 3
  %700 = getelementptr inbounds float, float* %51, i64 %699
  %701 = load float, float* %700, align 4
  %702 = insertelement <8 x float> undef, float %701, i32 0
  %splat29 = shufflevector <8 x float> %702, <8 x float> undef, <8 x i32> zeroinitializer
  %703 = load <8 x float>, <8 x float>* %29, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %694, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %29, align 32
  %705 = load <8 x float>, <8 x float>* %23, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %698, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %23, align 32
  %707 = add i64 %521, 11
  %708 = getelementptr inbounds float, float* %51, i64 %707
  %709 = load float, float* %708, align 4
  %710 = insertelement <8 x float> undef, float %709, i32 0
  %splat30 = shufflevector <8 x float> %710, <8 x float> undef, <8 x i32> zeroinitializer
  %711 = load <8 x float>, <8 x float>* %28, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %694, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %28, align 32
  %713 = load <8 x float>, <8 x float>* %22, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %698, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %22, align 32
  %715 = add i64 %521, 19
  %716 = getelementptr inbounds float, float* %51, i64 %715
  %717 = load float, float* %716, align 4
  %718 = insertelement <8 x float> undef, float %717, i32 0
  %splat31 = shufflevector <8 x float> %718, <8 x float> undef, <8 x i32> zeroinitializer
  %719 = load <8 x float>, <8 x float>* %27, align 32
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %694, <8 x float> %719)
  store <8 x float> %720, <8 x float>* %27, align 32
  %721 = load <8 x float>, <8 x float>* %21, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %698, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %21, align 32
  %723 = add i64 %521, 27
  %724 = getelementptr inbounds float, float* %51, i64 %723
  %725 = load float, float* %724, align 4
  %726 = insertelement <8 x float> undef, float %725, i32 0
  %splat32 = shufflevector <8 x float> %726, <8 x float> undef, <8 x i32> zeroinitializer
  %727 = load <8 x float>, <8 x float>* %26, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %694, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %26, align 32
  %729 = load <8 x float>, <8 x float>* %20, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %698, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %20, align 32
  %731 = add i64 %521, 35
  %732 = getelementptr inbounds float, float* %51, i64 %731
  %733 = load float, float* %732, align 4
  %734 = insertelement <8 x float> undef, float %733, i32 0
  %splat33 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
  %735 = load <8 x float>, <8 x float>* %25, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %694, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %25, align 32
  %737 = load <8 x float>, <8 x float>* %19, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %698, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %19, align 32
  %739 = add i64 %521, 43
  %740 = getelementptr inbounds float, float* %51, i64 %739
  %741 = load float, float* %740, align 4
  %742 = insertelement <8 x float> undef, float %741, i32 0
  %splat34 = shufflevector <8 x float> %742, <8 x float> undef, <8 x i32> zeroinitializer
  %743 = load <8 x float>, <8 x float>* %24, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %694, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %24, align 32
  %745 = load <8 x float>, <8 x float>* %18, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %698, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %18, align 32
  %747 = add i64 %522, 32
  %748 = getelementptr inbounds float, float* %4, i64 %747
  %749 = bitcast float* %748 to <8 x float>*
  %750 = load <8 x float>, <8 x float>* %749, align 4
  %751 = add i64 %522, 544
  %752 = getelementptr inbounds float, float* %4, i64 %751
  %753 = bitcast float* %752 to <8 x float>*
  %754 = load <8 x float>, <8 x float>* %753, align 4
  %755 = add i64 %521, 4
  %756 = getelementptr inbounds float, float* %51, i64 %755
  %757 = load float, float* %756, align 4
  %758 = insertelement <8 x float> undef, float %757, i32 0
  %splat35 = shufflevector <8 x float> %758, <8 x float> undef, <8 x i32> zeroinitializer
  %759 = load <8 x float>, <8 x float>* %29, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %750, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %29, align 32
  %761 = load <8 x float>, <8 x float>* %23, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %754, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %23, align 32
  %763 = add i64 %521, 12
  %764 = getelementptr inbounds float, float* %51, i64 %763
  %765 = load float, float* %764, align 4
  %766 = insertelement <8 x float> undef, float %765, i32 0
  %splat36 = shufflevector <8 x float> %766, <8 x float> undef, <8 x i32> zeroinitializer
  %767 = load <8 x float>, <8 x float>* %28, align 32
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %750, <8 x float> %767)
  store <8 x float> %768, <8 x float>* %28, align 32
  %769 = load <8 x float>, <8 x float>* %22, align 32
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %754, <8 x float> %769)
  store <8 x float> %770, <8 x float>* %22, align 32
  %771 = add i64 %521, 20
  %772 = getelementptr inbounds float, float* %51, i64 %771
  %773 = load float, float* %772, align 4
  %774 = insertelement <8 x float> undef, float %773, i32 0
  %splat37 = shufflevector <8 x float> %774, <8 x float> undef, <8 x i32> zeroinitializer
  %775 = load <8 x float>, <8 x float>* %27, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %750, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %27, align 32
  %777 = load <8 x float>, <8 x float>* %21, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %754, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %21, align 32
  %779 = add i64 %521, 28
  %780 = getelementptr inbounds float, float* %51, i64 %779
  %781 = load float, float* %780, align 4
  %782 = insertelement <8 x float> undef, float %781, i32 0
  %splat38 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
  %783 = load <8 x float>, <8 x float>* %26, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %750, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %26, align 32
  %785 = load <8 x float>, <8 x float>* %20, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %754, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %20, align 32
  %787 = add i64 %521, 36
  %788 = getelementptr inbounds float, float* %51, i64 %787
  %789 = load float, float* %788, align 4
  %790 = insertelement <8 x float> undef, float %789, i32 0
  %splat39 = shufflevector <8 x float> %790, <8 x float> undef, <8 x i32> zeroinitializer
  %791 = load <8 x float>, <8 x float>* %25, align 32
  %792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %750, <8 x float> %791)
  store <8 x float> %792, <8 x float>* %25, align 32
  %793 = load <8 x float>, <8 x float>* %19, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %754, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %19, align 32
  %795 = add i64 %521, 44
  %796 = getelementptr inbounds float, float* %51, i64 %795
  %797 = load float, float* %796, align 4
  %798 = insertelement <8 x float> undef, float %797, i32 0
  %splat40 = shufflevector <8 x float> %798, <8 x float> undef, <8 x i32> zeroinitializer
  %799 = load <8 x float>, <8 x float>* %24, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %750, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %24, align 32
  %801 = load <8 x float>, <8 x float>* %18, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %754, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %18, align 32
  %803 = add i64 %522, 40
  %804 = getelementptr inbounds float, float* %4, i64 %803
  %805 = bitcast float* %804 to <8 x float>*
  %806 = load <8 x float>, <8 x float>* %805, align 4
  %807 = add i64 %522, 552
  %808 = getelementptr inbounds float, float* %4, i64 %807
  %809 = bitcast float* %808 to <8 x float>*
  %810 = load <8 x float>, <8 x float>* %809, align 4
  %811 = add i64 %521, 5
  %812 = getelementptr inbounds float, float* %51, i64 %811
  %813 = load float, float* %812, align 4
  %814 = insertelement <8 x float> undef, float %813, i32 0
  %splat41 = shufflevector <8 x float> %814, <8 x float> undef, <8 x i32> zeroinitializer
  %815 = load <8 x float>, <8 x float>* %29, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %806, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %29, align 32
  %817 = load <8 x float>, <8 x float>* %23, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %810, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %23, align 32
  %819 = add i64 %521, 13
  %820 = getelementptr inbounds float, float* %51, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat42 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %28, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %806, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %28, align 32
  %825 = load <8 x float>, <8 x float>* %22, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %810, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %22, align 32
  %827 = add i64 %521, 21
  %828 = getelementptr inbounds float, float* %51, i64 %827
  %829 = load float, float* %828, align 4
  %830 = insertelement <8 x float> undef, float %829, i32 0
  %splat43 = shufflevector <8 x float> %830, <8 x float> undef, <8 x i32> zeroinitializer
  %831 = load <8 x float>, <8 x float>* %27, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %806, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %27, align 32
  %833 = load <8 x float>, <8 x float>* %21, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %810, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %21, align 32
  %835 = add i64 %521, 29
  %836 = getelementptr inbounds float, float* %51, i64 %835
  %837 = load float, float* %836, align 4
  %838 = insertelement <8 x float> undef, float %837, i32 0
  %splat44 = shufflevector <8 x float> %838, <8 x float> undef, <8 x i32> zeroinitializer
  %839 = load <8 x float>, <8 x float>* %26, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %806, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %26, align 32
  %841 = load <8 x float>, <8 x float>* %20, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %810, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %20, align 32
  %843 = add i64 %521, 37
  %844 = getelementptr inbounds float, float* %51, i64 %843
  %845 = load float, float* %844, align 4
  %846 = insertelement <8 x float> undef, float %845, i32 0
  %splat45 = shufflevector <8 x float> %846, <8 x float> undef, <8 x i32> zeroinitializer
  %847 = load <8 x float>, <8 x float>* %25, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %806, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %25, align 32
  %849 = load <8 x float>, <8 x float>* %19, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %810, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %19, align 32
  %851 = add i64 %521, 45
  %852 = getelementptr inbounds float, float* %51, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat46 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %24, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %806, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %24, align 32
  %857 = load <8 x float>, <8 x float>* %18, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %810, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %18, align 32
  %859 = add i64 %522, 48
  %860 = getelementptr inbounds float, float* %4, i64 %859
  %861 = bitcast float* %860 to <8 x float>*
  %862 = load <8 x float>, <8 x float>* %861, align 4
  %863 = add i64 %522, 560
  %864 = getelementptr inbounds float, float* %4, i64 %863
  %865 = bitcast float* %864 to <8 x float>*
  %866 = load <8 x float>, <8 x float>* %865, align 4
  %867 = add i64 %521, 6
  %868 = getelementptr inbounds float, float* %51, i64 %867
  %869 = load float, float* %868, align 4
  %870 = insertelement <8 x float> undef, float %869, i32 0
  %splat47 = shufflevector <8 x float> %870, <8 x float> undef, <8 x i32> zeroinitializer
  %871 = load <8 x float>, <8 x float>* %29, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %862, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %29, align 32
  %873 = load <8 x float>, <8 x float>* %23, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %866, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %23, align 32
  %875 = add i64 %521, 14
  %876 = getelementptr inbounds float, float* %51, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat48 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %28, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %862, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %28, align 32
  %881 = load <8 x float>, <8 x float>* %22, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %866, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %22, align 32
  %883 = add i64 %521, 22
  %884 = getelementptr inbounds float, float* %51, i64 %883
  %885 = load float, float* %884, align 4
  %886 = insertelement <8 x float> undef, float %885, i32 0
  %splat49 = shufflevector <8 x float> %886, <8 x float> undef, <8 x i32> zeroinitializer
  %887 = load <8 x float>, <8 x float>* %27, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %862, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %27, align 32
  %889 = load <8 x float>, <8 x float>* %21, align 32
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %866, <8 x float> %889)
  store <8 x float> %890, <8 x float>* %21, align 32
  %891 = add i64 %521, 30
  %892 = getelementptr inbounds float, float* %51, i64 %891
  %893 = load float, float* %892, align 4
  %894 = insertelement <8 x float> undef, float %893, i32 0
  %splat50 = shufflevector <8 x float> %894, <8 x float> undef, <8 x i32> zeroinitializer
  %895 = load <8 x float>, <8 x float>* %26, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %862, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %26, align 32
  %897 = load <8 x float>, <8 x float>* %20, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %866, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %20, align 32
  %899 = add i64 %521, 38
  %900 = getelementptr inbounds float, float* %51, i64 %899
  %901 = load float, float* %900, align 4
  %902 = insertelement <8 x float> undef, float %901, i32 0
  %splat51 = shufflevector <8 x float> %902, <8 x float> undef, <8 x i32> zeroinitializer
  %903 = load <8 x float>, <8 x float>* %25, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %862, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %25, align 32
  %905 = load <8 x float>, <8 x float>* %19, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %866, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %19, align 32
  %907 = add i64 %521, 46
  %908 = getelementptr inbounds float, float* %51, i64 %907
  %909 = load float, float* %908, align 4
  %910 = insertelement <8 x float> undef, float %909, i32 0
  %splat52 = shufflevector <8 x float> %910, <8 x float> undef, <8 x i32> zeroinitializer
  %911 = load <8 x float>, <8 x float>* %24, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %862, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %24, align 32
  %913 = load <8 x float>, <8 x float>* %18, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %866, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %18, align 32
  %915 = add i64 %522, 56
  %916 = getelementptr inbounds float, float* %4, i64 %915
  %917 = bitcast float* %916 to <8 x float>*
  %918 = load <8 x float>, <8 x float>* %917, align 4
  %919 = add i64 %522, 568
  %920 = getelementptr inbounds float, float* %4, i64 %919
  %921 = bitcast float* %920 to <8 x float>*
  %922 = load <8 x float>, <8 x float>* %921, align 4
  %923 = add i64 %521, 7
  %924 = getelementptr inbounds float, float* %51, i64 %923
  %925 = load float, float* %924, align 4
  %926 = insertelement <8 x float> undef, float %925, i32 0
  %splat53 = shufflevector <8 x float> %926, <8 x float> undef, <8 x i32> zeroinitializer
  %927 = load <8 x float>, <8 x float>* %29, align 32
  %928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %918, <8 x float> %927)
  store <8 x float> %928, <8 x float>* %29, align 32
  %929 = load <8 x float>, <8 x float>* %23, align 32
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %922, <8 x float> %929)
  store <8 x float> %930, <8 x float>* %23, align 32
  %931 = add i64 %521, 15
  %932 = getelementptr inbounds float, float* %51, i64 %931
  %933 = load float, float* %932, align 4
  %934 = insertelement <8 x float> undef, float %933, i32 0
  %splat54 = shufflevector <8 x float> %934, <8 x float> undef, <8 x i32> zeroinitializer
  %935 = load <8 x float>, <8 x float>* %28, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %918, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %28, align 32
  %937 = load <8 x float>, <8 x float>* %22, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %922, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %22, align 32
  %939 = add i64 %521, 23
  %940 = getelementptr inbounds float, float* %51, i64 %939
  %941 = load float, float* %940, align 4
  %942 = insertelement <8 x float> undef, float %941, i32 0
  %splat55 = shufflevector <8 x float> %942, <8 x float> undef, <8 x i32> zeroinitializer
  %943 = load <8 x float>, <8 x float>* %27, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %918, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %27, align 32
  %945 = load <8 x float>, <8 x float>* %21, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %922, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %21, align 32
  %947 = add i64 %521, 31
  %948 = getelementptr inbounds float, float* %51, i64 %947
  %949 = load float, float* %948, align 4
  %950 = insertelement <8 x float> undef, float %949, i32 0
  %splat56 = shufflevector <8 x float> %950, <8 x float> undef, <8 x i32> zeroinitializer
  %951 = load <8 x float>, <8 x float>* %26, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %918, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %26, align 32
  %953 = load <8 x float>, <8 x float>* %20, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %922, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %20, align 32
  %955 = add i64 %521, 39
  %956 = getelementptr inbounds float, float* %51, i64 %955
  %957 = load float, float* %956, align 4
  %958 = insertelement <8 x float> undef, float %957, i32 0
  %splat57 = shufflevector <8 x float> %958, <8 x float> undef, <8 x i32> zeroinitializer
  %959 = load <8 x float>, <8 x float>* %25, align 32
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %918, <8 x float> %959)
  store <8 x float> %960, <8 x float>* %25, align 32
  %961 = load <8 x float>, <8 x float>* %19, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %922, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %19, align 32
  %963 = add i64 %521, 47
  %964 = getelementptr inbounds float, float* %51, i64 %963
  %965 = load float, float* %964, align 4
  %966 = insertelement <8 x float> undef, float %965, i32 0
  %splat58 = shufflevector <8 x float> %966, <8 x float> undef, <8 x i32> zeroinitializer
  %967 = load <8 x float>, <8 x float>* %24, align 32
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %918, <8 x float> %967)
  store <8 x float> %968, <8 x float>* %24, align 32
  %969 = load <8 x float>, <8 x float>* %18, align 32
  %970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %922, <8 x float> %969)
  store <8 x float> %970, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %971 = load <8 x float>, <8 x float>* %29, align 32
  %972 = fcmp olt <8 x float> %971, zeroinitializer
  %973 = select <8 x i1> %972, <8 x float> zeroinitializer, <8 x float> %971
  %974 = getelementptr inbounds float, float* %0, i64 %420
  %975 = bitcast float* %974 to <8 x float>*
  store <8 x float> %973, <8 x float>* %975, align 4
  %976 = load <8 x float>, <8 x float>* %28, align 32
  %977 = fcmp olt <8 x float> %976, zeroinitializer
  %978 = select <8 x i1> %977, <8 x float> zeroinitializer, <8 x float> %976
  %979 = getelementptr inbounds float, float* %0, i64 %423
  %980 = bitcast float* %979 to <8 x float>*
  store <8 x float> %978, <8 x float>* %980, align 4
  %981 = load <8 x float>, <8 x float>* %27, align 32
  %982 = fcmp olt <8 x float> %981, zeroinitializer
  %983 = select <8 x i1> %982, <8 x float> zeroinitializer, <8 x float> %981
  %984 = getelementptr inbounds float, float* %0, i64 %426
  %985 = bitcast float* %984 to <8 x float>*
  store <8 x float> %983, <8 x float>* %985, align 4
  %986 = load <8 x float>, <8 x float>* %26, align 32
  %987 = fcmp olt <8 x float> %986, zeroinitializer
  %988 = select <8 x i1> %987, <8 x float> zeroinitializer, <8 x float> %986
  %989 = getelementptr inbounds float, float* %0, i64 %429
  %990 = bitcast float* %989 to <8 x float>*
  store <8 x float> %988, <8 x float>* %990, align 4
  %991 = load <8 x float>, <8 x float>* %25, align 32
  %992 = fcmp olt <8 x float> %991, zeroinitializer
  %993 = select <8 x i1> %992, <8 x float> zeroinitializer, <8 x float> %991
  %994 = getelementptr inbounds float, float* %0, i64 %432
  %995 = bitcast float* %994 to <8 x float>*
  store <8 x float> %993, <8 x float>* %995, align 4
  %996 = load <8 x float>, <8 x float>* %24, align 32
  %997 = fcmp olt <8 x float> %996, zeroinitializer
  %998 = select <8 x i1> %997, <8 x float> zeroinitializer, <8 x float> %996
  %999 = getelementptr inbounds float, float* %0, i64 %435
  %1000 = bitcast float* %999 to <8 x float>*
  store <8 x float> %998, <8 x float>* %1000, align 4
  %1001 = load <8 x float>, <8 x float>* %23, align 32
  %1002 = fcmp olt <8 x float> %1001, zeroinitializer
  %1003 = select <8 x i1> %1002, <8 x float> zeroinitializer, <8 x float> %1001
  %1004 = getelementptr inbounds float, float* %0, i64 %442
  %1005 = bitcast float* %1004 to <8 x float>*
  store <8 x float> %1003, <8 x float>* %1005, align 4
  %1006 = load <8 x float>, <8 x float>* %22, align 32
  %1007 = fcmp olt <8 x float> %1006, zeroinitializer
  %1008 = select <8 x i1> %1007, <8 x float> zeroinitializer, <8 x float> %1006
  %1009 = getelementptr inbounds float, float* %0, i64 %445
  %1010 = bitcast float* %1009 to <8 x float>*
  store <8 x float> %1008, <8 x float>* %1010, align 4
  %1011 = load <8 x float>, <8 x float>* %21, align 32
  %1012 = fcmp olt <8 x float> %1011, zeroinitializer
  %1013 = select <8 x i1> %1012, <8 x float> zeroinitializer, <8 x float> %1011
  %1014 = getelementptr inbounds float, float* %0, i64 %448
  %1015 = bitcast float* %1014 to <8 x float>*
  store <8 x float> %1013, <8 x float>* %1015, align 4
  %1016 = load <8 x float>, <8 x float>* %20, align 32
  %1017 = fcmp olt <8 x float> %1016, zeroinitializer
  %1018 = select <8 x i1> %1017, <8 x float> zeroinitializer, <8 x float> %1016
  %1019 = getelementptr inbounds float, float* %0, i64 %451
  %1020 = bitcast float* %1019 to <8 x float>*
  store <8 x float> %1018, <8 x float>* %1020, align 4
  %1021 = load <8 x float>, <8 x float>* %19, align 32
  %1022 = fcmp olt <8 x float> %1021, zeroinitializer
  %1023 = select <8 x i1> %1022, <8 x float> zeroinitializer, <8 x float> %1021
  %1024 = getelementptr inbounds float, float* %0, i64 %454
  %1025 = bitcast float* %1024 to <8 x float>*
  store <8 x float> %1023, <8 x float>* %1025, align 4
  %1026 = load <8 x float>, <8 x float>* %18, align 32
  %1027 = fcmp olt <8 x float> %1026, zeroinitializer
  %1028 = select <8 x i1> %1027, <8 x float> zeroinitializer, <8 x float> %1026
  %1029 = getelementptr inbounds float, float* %0, i64 %457
  %1030 = bitcast float* %1029 to <8 x float>*
  store <8 x float> %1028, <8 x float>* %1030, align 4
  %x.next59 = add i64 %x11, 6
  br label %x.header8

u.header60:                                       ; preds = %u.body61, %x.exit10
  %u63 = phi i64 [ 0, %x.exit10 ], [ %u.next96, %u.body61 ]
  %1031 = icmp slt i64 %u63, 8
  br i1 %1031, label %u.body61, label %u.exit62

u.body61:                                         ; preds = %u.header60
  %1032 = add i64 0, %u63
  %1033 = mul i64 %1032, 896
  %1034 = add i64 864, %1033
  %1035 = mul i64 %1032, 64
  %1036 = add i64 %411, %1035
  %1037 = add i64 %1034, 0
  %1038 = add i64 %1037, 0
  %1039 = add i64 %1036, 0
  %1040 = add i64 %1039, 0
  %1041 = getelementptr inbounds float, float* %4, i64 %1040
  %1042 = bitcast float* %1041 to <8 x float>*
  %1043 = load <8 x float>, <8 x float>* %1042, align 4
  %1044 = add i64 %1039, 512
  %1045 = getelementptr inbounds float, float* %4, i64 %1044
  %1046 = bitcast float* %1045 to <8 x float>*
  %1047 = load <8 x float>, <8 x float>* %1046, align 4
  %1048 = add i64 %1038, 0
  %1049 = getelementptr inbounds float, float* %51, i64 %1048
  %1050 = load float, float* %1049, align 4
  %1051 = insertelement <8 x float> undef, float %1050, i32 0
  %splat64 = shufflevector <8 x float> %1051, <8 x float> undef, <8 x i32> zeroinitializer
  %1052 = load <8 x float>, <8 x float>* %17, align 32
  %1053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1043, <8 x float> %1052)
  store <8 x float> %1053, <8 x float>* %17, align 32
  %1054 = load <8 x float>, <8 x float>* %13, align 32
  %1055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1047, <8 x float> %1054)
  store <8 x float> %1055, <8 x float>* %13, align 32
  %1056 = add i64 %1038, 8
  %1057 = getelementptr inbounds float, float* %51, i64 %1056
  %1058 = load float, float* %1057, align 4
  %1059 = insertelement <8 x float> undef, float %1058, i32 0
  %splat65 = shufflevector <8 x float> %1059, <8 x float> undef, <8 x i32> zeroinitializer
  %1060 = load <8 x float>, <8 x float>* %16, align 32
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1043, <8 x float> %1060)
  store <8 x float> %1061, <8 x float>* %16, align 32
  %1062 = load <8 x float>, <8 x float>* %12, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1047, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %12, align 32
  %1064 = add i64 %1038, 16
  %1065 = getelementptr inbounds float, float* %51, i64 %1064
  %1066 = load float, float* %1065, align 4
  %1067 = insertelement <8 x float> undef, float %1066, i32 0
  %splat66 = shufflevector <8 x float> %1067, <8 x float> undef, <8 x i32> zeroinitializer
  %1068 = load <8 x float>, <8 x float>* %15, align 32
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1043, <8 x float> %1068)
  store <8 x float> %1069, <8 x float>* %15, align 32
  %1070 = load <8 x float>, <8 x float>* %11, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1047, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %11, align 32
  %1072 = add i64 %1038, 24
  %1073 = getelementptr inbounds float, float* %51, i64 %1072
  %1074 = load float, float* %1073, align 4
  %1075 = insertelement <8 x float> undef, float %1074, i32 0
  %splat67 = shufflevector <8 x float> %1075, <8 x float> undef, <8 x i32> zeroinitializer
  %1076 = load <8 x float>, <8 x float>* %14, align 32
  %1077 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1043, <8 x float> %1076)
  store <8 x float> %1077, <8 x float>* %14, align 32
  %1078 = load <8 x float>, <8 x float>* %10, align 32
  %1079 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1047, <8 x float> %1078)
  store <8 x float> %1079, <8 x float>* %10, align 32
  %1080 = add i64 %1039, 8
  %1081 = getelementptr inbounds float, float* %4, i64 %1080
  %1082 = bitcast float* %1081 to <8 x float>*
  %1083 = load <8 x float>, <8 x float>* %1082, align 4
  %1084 = add i64 %1039, 520
  %1085 = getelementptr inbounds float, float* %4, i64 %1084
  %1086 = bitcast float* %1085 to <8 x float>*
  %1087 = load <8 x float>, <8 x float>* %1086, align 4
  %1088 = add i64 %1038, 1
  %1089 = getelementptr inbounds float, float* %51, i64 %1088
  %1090 = load float, float* %1089, align 4
  %1091 = insertelement <8 x float> undef, float %1090, i32 0
  %splat68 = shufflevector <8 x float> %1091, <8 x float> undef, <8 x i32> zeroinitializer
  %1092 = load <8 x float>, <8 x float>* %17, align 32
  %1093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1083, <8 x float> %1092)
  store <8 x float> %1093, <8 x float>* %17, align 32
  %1094 = load <8 x float>, <8 x float>* %13, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1087, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %13, align 32
  %1096 = add i64 %1038, 9
  %1097 = getelementptr inbounds float, float* %51, i64 %1096
  %1098 = load float, float* %1097, align 4
  %1099 = insertelement <8 x float> undef, float %1098, i32 0
  %splat69 = shufflevector <8 x float> %1099, <8 x float> undef, <8 x i32> zeroinitializer
  %1100 = load <8 x float>, <8 x float>* %16, align 32
  %1101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1083, <8 x float> %1100)
  store <8 x float> %1101, <8 x float>* %16, align 32
  %1102 = load <8 x float>, <8 x float>* %12, align 32
  %1103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1087, <8 x float> %1102)
  store <8 x float> %1103, <8 x float>* %12, align 32
  %1104 = add i64 %1038, 17
  %1105 = getelementptr inbounds float, float* %51, i64 %1104
  %1106 = load float, float* %1105, align 4
  %1107 = insertelement <8 x float> undef, float %1106, i32 0
  %splat70 = shufflevector <8 x float> %1107, <8 x float> undef, <8 x i32> zeroinitializer
  %1108 = load <8 x float>, <8 x float>* %15, align 32
  %1109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1083, <8 x float> %1108)
  store <8 x float> %1109, <8 x float>* %15, align 32
  %1110 = load <8 x float>, <8 x float>* %11, align 32
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1087, <8 x float> %1110)
  store <8 x float> %1111, <8 x float>* %11, align 32
  %1112 = add i64 %1038, 25
  %1113 = getelementptr inbounds float, float* %51, i64 %1112
  %1114 = load float, float* %1113, align 4
  %1115 = insertelement <8 x float> undef, float %1114, i32 0
  %splat71 = shufflevector <8 x float> %1115, <8 x float> undef, <8 x i32> zeroinitializer
  %1116 = load <8 x float>, <8 x float>* %14, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1083, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %14, align 32
  %1118 = load <8 x float>, <8 x float>* %10, align 32
  %1119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1087, <8 x float> %1118)
  store <8 x float> %1119, <8 x float>* %10, align 32
  %1120 = add i64 %1039, 16
  %1121 = getelementptr inbounds float, float* %4, i64 %1120
  %1122 = bitcast float* %1121 to <8 x float>*
  %1123 = load <8 x float>, <8 x float>* %1122, align 4
  %1124 = add i64 %1039, 528
  %1125 = getelementptr inbounds float, float* %4, i64 %1124
  %1126 = bitcast float* %1125 to <8 x float>*
  %1127 = load <8 x float>, <8 x float>* %1126, align 4
  %1128 = add i64 %1038, 2
  %1129 = getelementptr inbounds float, float* %51, i64 %1128
  %1130 = load float, float* %1129, align 4
  %1131 = insertelement <8 x float> undef, float %1130, i32 0
  %splat72 = shufflevector <8 x float> %1131, <8 x float> undef, <8 x i32> zeroinitializer
  %1132 = load <8 x float>, <8 x float>* %17, align 32
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1123, <8 x float> %1132)
  store <8 x float> %1133, <8 x float>* %17, align 32
  %1134 = load <8 x float>, <8 x float>* %13, align 32
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1127, <8 x float> %1134)
  store <8 x float> %1135, <8 x float>* %13, align 32
  %1136 = add i64 %1038, 10
  %1137 = getelementptr inbounds float, float* %51, i64 %1136
  %1138 = load float, float* %1137, align 4
  %1139 = insertelement <8 x float> undef, float %1138, i32 0
  %splat73 = shufflevector <8 x float> %1139, <8 x float> undef, <8 x i32> zeroinitializer
  %1140 = load <8 x float>, <8 x float>* %16, align 32
  %1141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1123, <8 x float> %1140)
  store <8 x float> %1141, <8 x float>* %16, align 32
  %1142 = load <8 x float>, <8 x float>* %12, align 32
  %1143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1127, <8 x float> %1142)
  store <8 x float> %1143, <8 x float>* %12, align 32
  %1144 = add i64 %1038, 18
  %1145 = getelementptr inbounds float, float* %51, i64 %1144
  %1146 = load float, float* %1145, align 4
  %1147 = insertelement <8 x float> undef, float %1146, i32 0
  %splat74 = shufflevector <8 x float> %1147, <8 x float> undef, <8 x i32> zeroinitializer
  %1148 = load <8 x float>, <8 x float>* %15, align 32
  %1149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1123, <8 x float> %1148)
  store <8 x float> %1149, <8 x float>* %15, align 32
  %1150 = load <8 x float>, <8 x float>* %11, align 32
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1127, <8 x float> %1150)
  store <8 x float> %1151, <8 x float>* %11, align 32
  %1152 = add i64 %1038, 26
  %1153 = getelementptr inbounds float, float* %51, i64 %1152
  %1154 = load float, float* %1153, align 4
  %1155 = insertelement <8 x float> undef, float %1154, i32 0
  %splat75 = shufflevector <8 x float> %1155, <8 x float> undef, <8 x i32> zeroinitializer
  %1156 = load <8 x float>, <8 x float>* %14, align 32
  %1157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1123, <8 x float> %1156)
  store <8 x float> %1157, <8 x float>* %14, align 32
  %1158 = load <8 x float>, <8 x float>* %10, align 32
  %1159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1127, <8 x float> %1158)
  store <8 x float> %1159, <8 x float>* %10, align 32
  %1160 = add i64 %1039, 24
  %1161 = getelementptr inbounds float, float* %4, i64 %1160
  %1162 = bitcast float* %1161 to <8 x float>*
  %1163 = load <8 x float>, <8 x float>* %1162, align 4
  %1164 = add i64 %1039, 536
  %1165 = getelementptr inbounds float, float* %4, i64 %1164
  %1166 = bitcast float* %1165 to <8 x float>*
  %1167 = load <8 x float>, <8 x float>* %1166, align 4
  %1168 = add i64 %1038, 3
  %1169 = getelementptr inbounds float, float* %51, i64 %1168
  %1170 = load float, float* %1169, align 4
  %1171 = insertelement <8 x float> undef, float %1170, i32 0
  %splat76 = shufflevector <8 x float> %1171, <8 x float> undef, <8 x i32> zeroinitializer
  %1172 = load <8 x float>, <8 x float>* %17, align 32
  %1173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1163, <8 x float> %1172)
  store <8 x float> %1173, <8 x float>* %17, align 32
  %1174 = load <8 x float>, <8 x float>* %13, align 32
  %1175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1167, <8 x float> %1174)
  store <8 x float> %1175, <8 x float>* %13, align 32
  %1176 = add i64 %1038, 11
  %1177 = getelementptr inbounds float, float* %51, i64 %1176
  %1178 = load float, float* %1177, align 4
  %1179 = insertelement <8 x float> undef, float %1178, i32 0
  %splat77 = shufflevector <8 x float> %1179, <8 x float> undef, <8 x i32> zeroinitializer
  %1180 = load <8 x float>, <8 x float>* %16, align 32
  %1181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1163, <8 x float> %1180)
  store <8 x float> %1181, <8 x float>* %16, align 32
  %1182 = load <8 x float>, <8 x float>* %12, align 32
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1167, <8 x float> %1182)
  store <8 x float> %1183, <8 x float>* %12, align 32
  %1184 = add i64 %1038, 19
  %1185 = getelementptr inbounds float, float* %51, i64 %1184
  %1186 = load float, float* %1185, align 4
  %1187 = insertelement <8 x float> undef, float %1186, i32 0
  %splat78 = shufflevector <8 x float> %1187, <8 x float> undef, <8 x i32> zeroinitializer
  %1188 = load <8 x float>, <8 x float>* %15, align 32
  %1189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1163, <8 x float> %1188)
  store <8 x float> %1189, <8 x float>* %15, align 32
  %1190 = load <8 x float>, <8 x float>* %11, align 32
  %1191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1167, <8 x float> %1190)
  store <8 x float> %1191, <8 x float>* %11, align 32
  %1192 = add i64 %1038, 27
  %1193 = getelementptr inbounds float, float* %51, i64 %1192
  %1194 = load float, float* %1193, align 4
  %1195 = insertelement <8 x float> undef, float %1194, i32 0
  %splat79 = shufflevector <8 x float> %1195, <8 x float> undef, <8 x i32> zeroinitializer
  %1196 = load <8 x float>, <8 x float>* %14, align 32
  %1197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1163, <8 x float> %1196)
  store <8 x float> %1197, <8 x float>* %14, align 32
  %1198 = load <8 x float>, <8 x float>* %10, align 32
  %1199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1167, <8 x float> %1198)
  store <8 x float> %1199, <8 x float>* %10, align 32
  %1200 = add i64 %1039, 32
  %1201 = getelementptr inbounds float, float* %4, i64 %1200
  %1202 = bitcast float* %1201 to <8 x float>*
  %1203 = load <8 x float>, <8 x float>* %1202, align 4
  %1204 = add i64 %1039, 544
  %1205 = getelementptr inbounds float, float* %4, i64 %1204
  %1206 = bitcast float* %1205 to <8 x float>*
  %1207 = load <8 x float>, <8 x float>* %1206, align 4
  %1208 = add i64 %1038, 4
  %1209 = getelementptr inbounds float, float* %51, i64 %1208
  %1210 = load float, float* %1209, align 4
  %1211 = insertelement <8 x float> undef, float %1210, i32 0
  %splat80 = shufflevector <8 x float> %1211, <8 x float> undef, <8 x i32> zeroinitializer
  %1212 = load <8 x float>, <8 x float>* %17, align 32
  %1213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1203, <8 x float> %1212)
  store <8 x float> %1213, <8 x float>* %17, align 32
  %1214 = load <8 x float>, <8 x float>* %13, align 32
  %1215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1207, <8 x float> %1214)
  store <8 x float> %1215, <8 x float>* %13, align 32
  %1216 = add i64 %1038, 12
  %1217 = getelementptr inbounds float, float* %51, i64 %1216
  %1218 = load float, float* %1217, align 4
  %1219 = insertelement <8 x float> undef, float %1218, i32 0
  %splat81 = shufflevector <8 x float> %1219, <8 x float> undef, <8 x i32> zeroinitializer
  %1220 = load <8 x float>, <8 x float>* %16, align 32
  %1221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1203, <8 x float> %1220)
  store <8 x float> %1221, <8 x float>* %16, align 32
  %1222 = load <8 x float>, <8 x float>* %12, align 32
  %1223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1207, <8 x float> %1222)
  store <8 x float> %1223, <8 x float>* %12, align 32
  %1224 = add i64 %1038, 20
  %1225 = getelementptr inbounds float, float* %51, i64 %1224
  %1226 = load float, float* %1225, align 4
  %1227 = insertelement <8 x float> undef, float %1226, i32 0
  %splat82 = shufflevector <8 x float> %1227, <8 x float> undef, <8 x i32> zeroinitializer
  %1228 = load <8 x float>, <8 x float>* %15, align 32
  %1229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1203, <8 x float> %1228)
  store <8 x float> %1229, <8 x float>* %15, align 32
  %1230 = load <8 x float>, <8 x float>* %11, align 32
  %1231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1207, <8 x float> %1230)
  store <8 x float> %1231, <8 x float>* %11, align 32
  %1232 = add i64 %1038, 28
  %1233 = getelementptr inbounds float, float* %51, i64 %1232
  %1234 = load float, float* %1233, align 4
  %1235 = insertelement <8 x float> undef, float %1234, i32 0
  %splat83 = shufflevector <8 x float> %1235, <8 x float> undef, <8 x i32> zeroinitializer
  %1236 = load <8 x float>, <8 x float>* %14, align 32
  %1237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1203, <8 x float> %1236)
  store <8 x float> %1237, <8 x float>* %14, align 32
  %1238 = load <8 x float>, <8 x float>* %10, align 32
  %1239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1207, <8 x float> %1238)
  store <8 x float> %1239, <8 x float>* %10, align 32
  %1240 = add i64 %1039, 40
  %1241 = getelementptr inbounds float, float* %4, i64 %1240
  %1242 = bitcast float* %1241 to <8 x float>*
  %1243 = load <8 x float>, <8 x float>* %1242, align 4
  %1244 = add i64 %1039, 552
  %1245 = getelementptr inbounds float, float* %4, i64 %1244
  %1246 = bitcast float* %1245 to <8 x float>*
  %1247 = load <8 x float>, <8 x float>* %1246, align 4
  %1248 = add i64 %1038, 5
  %1249 = getelementptr inbounds float, float* %51, i64 %1248
  %1250 = load float, float* %1249, align 4
  %1251 = insertelement <8 x float> undef, float %1250, i32 0
  %splat84 = shufflevector <8 x float> %1251, <8 x float> undef, <8 x i32> zeroinitializer
  %1252 = load <8 x float>, <8 x float>* %17, align 32
  %1253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1243, <8 x float> %1252)
  store <8 x float> %1253, <8 x float>* %17, align 32
  %1254 = load <8 x float>, <8 x float>* %13, align 32
  %1255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1247, <8 x float> %1254)
  store <8 x float> %1255, <8 x float>* %13, align 32
  %1256 = add i64 %1038, 13
  %1257 = getelementptr inbounds float, float* %51, i64 %1256
  %1258 = load float, float* %1257, align 4
  %1259 = insertelement <8 x float> undef, float %1258, i32 0
  %splat85 = shufflevector <8 x float> %1259, <8 x float> undef, <8 x i32> zeroinitializer
  %1260 = load <8 x float>, <8 x float>* %16, align 32
  %1261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1243, <8 x float> %1260)
  store <8 x float> %1261, <8 x float>* %16, align 32
  %1262 = load <8 x float>, <8 x float>* %12, align 32
  %1263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1247, <8 x float> %1262)
  store <8 x float> %1263, <8 x float>* %12, align 32
  %1264 = add i64 %1038, 21
  %1265 = getelementptr inbounds float, float* %51, i64 %1264
  %1266 = load float, float* %1265, align 4
  %1267 = insertelement <8 x float> undef, float %1266, i32 0
  %splat86 = shufflevector <8 x float> %1267, <8 x float> undef, <8 x i32> zeroinitializer
  %1268 = load <8 x float>, <8 x float>* %15, align 32
  %1269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1243, <8 x float> %1268)
  store <8 x float> %1269, <8 x float>* %15, align 32
  %1270 = load <8 x float>, <8 x float>* %11, align 32
  %1271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1247, <8 x float> %1270)
  store <8 x float> %1271, <8 x float>* %11, align 32
  %1272 = add i64 %1038, 29
  %1273 = getelementptr inbounds float, float* %51, i64 %1272
  %1274 = load float, float* %1273, align 4
  %1275 = insertelement <8 x float> undef, float %1274, i32 0
  %splat87 = shufflevector <8 x float> %1275, <8 x float> undef, <8 x i32> zeroinitializer
  %1276 = load <8 x float>, <8 x float>* %14, align 32
  %1277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1243, <8 x float> %1276)
  store <8 x float> %1277, <8 x float>* %14, align 32
  %1278 = load <8 x float>, <8 x float>* %10, align 32
  %1279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1247, <8 x float> %1278)
  store <8 x float> %1279, <8 x float>* %10, align 32
  %1280 = add i64 %1039, 48
  %1281 = getelementptr inbounds float, float* %4, i64 %1280
  %1282 = bitcast float* %1281 to <8 x float>*
  %1283 = load <8 x float>, <8 x float>* %1282, align 4
  %1284 = add i64 %1039, 560
  %1285 = getelementptr inbounds float, float* %4, i64 %1284
  %1286 = bitcast float* %1285 to <8 x float>*
  %1287 = load <8 x float>, <8 x float>* %1286, align 4
  %1288 = add i64 %1038, 6
  %1289 = getelementptr inbounds float, float* %51, i64 %1288
  %1290 = load float, float* %1289, align 4
  %1291 = insertelement <8 x float> undef, float %1290, i32 0
  %splat88 = shufflevector <8 x float> %1291, <8 x float> undef, <8 x i32> zeroinitializer
  %1292 = load <8 x float>, <8 x float>* %17, align 32
  %1293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1283, <8 x float> %1292)
  store <8 x float> %1293, <8 x float>* %17, align 32
  %1294 = load <8 x float>, <8 x float>* %13, align 32
  %1295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1287, <8 x float> %1294)
  store <8 x float> %1295, <8 x float>* %13, align 32
  %1296 = add i64 %1038, 14
  %1297 = getelementptr inbounds float, float* %51, i64 %1296
  %1298 = load float, float* %1297, align 4
  %1299 = insertelement <8 x float> undef, float %1298, i32 0
  %splat89 = shufflevector <8 x float> %1299, <8 x float> undef, <8 x i32> zeroinitializer
  %1300 = load <8 x float>, <8 x float>* %16, align 32
  %1301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1283, <8 x float> %1300)
  store <8 x float> %1301, <8 x float>* %16, align 32
  %1302 = load <8 x float>, <8 x float>* %12, align 32
  %1303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1287, <8 x float> %1302)
  store <8 x float> %1303, <8 x float>* %12, align 32
  %1304 = add i64 %1038, 22
  %1305 = getelementptr inbounds float, float* %51, i64 %1304
  %1306 = load float, float* %1305, align 4
  %1307 = insertelement <8 x float> undef, float %1306, i32 0
  %splat90 = shufflevector <8 x float> %1307, <8 x float> undef, <8 x i32> zeroinitializer
  %1308 = load <8 x float>, <8 x float>* %15, align 32
  %1309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1283, <8 x float> %1308)
  store <8 x float> %1309, <8 x float>* %15, align 32
  %1310 = load <8 x float>, <8 x float>* %11, align 32
  %1311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1287, <8 x float> %1310)
  store <8 x float> %1311, <8 x float>* %11, align 32
  %1312 = add i64 %1038, 30
  %1313 = getelementptr inbounds float, float* %51, i64 %1312
  %1314 = load float, float* %1313, align 4
  %1315 = insertelement <8 x float> undef, float %1314, i32 0
  %splat91 = shufflevector <8 x float> %1315, <8 x float> undef, <8 x i32> zeroinitializer
  %1316 = load <8 x float>, <8 x float>* %14, align 32
  %1317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1283, <8 x float> %1316)
  store <8 x float> %1317, <8 x float>* %14, align 32
  %1318 = load <8 x float>, <8 x float>* %10, align 32
  %1319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1287, <8 x float> %1318)
  store <8 x float> %1319, <8 x float>* %10, align 32
  %1320 = add i64 %1039, 56
  %1321 = getelementptr inbounds float, float* %4, i64 %1320
  %1322 = bitcast float* %1321 to <8 x float>*
  %1323 = load <8 x float>, <8 x float>* %1322, align 4
  %1324 = add i64 %1039, 568
  %1325 = getelementptr inbounds float, float* %4, i64 %1324
  %1326 = bitcast float* %1325 to <8 x float>*
  %1327 = load <8 x float>, <8 x float>* %1326, align 4
  %1328 = add i64 %1038, 7
  %1329 = getelementptr inbounds float, float* %51, i64 %1328
  %1330 = load float, float* %1329, align 4
  %1331 = insertelement <8 x float> undef, float %1330, i32 0
  %splat92 = shufflevector <8 x float> %1331, <8 x float> undef, <8 x i32> zeroinitializer
  %1332 = load <8 x float>, <8 x float>* %17, align 32
  %1333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1323, <8 x float> %1332)
  store <8 x float> %1333, <8 x float>* %17, align 32
  %1334 = load <8 x float>, <8 x float>* %13, align 32
  %1335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1327, <8 x float> %1334)
  store <8 x float> %1335, <8 x float>* %13, align 32
  %1336 = add i64 %1038, 15
  %1337 = getelementptr inbounds float, float* %51, i64 %1336
  %1338 = load float, float* %1337, align 4
  %1339 = insertelement <8 x float> undef, float %1338, i32 0
  %splat93 = shufflevector <8 x float> %1339, <8 x float> undef, <8 x i32> zeroinitializer
  %1340 = load <8 x float>, <8 x float>* %16, align 32
  %1341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1323, <8 x float> %1340)
  store <8 x float> %1341, <8 x float>* %16, align 32
  %1342 = load <8 x float>, <8 x float>* %12, align 32
  %1343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1327, <8 x float> %1342)
  store <8 x float> %1343, <8 x float>* %12, align 32
  %1344 = add i64 %1038, 23
  %1345 = getelementptr inbounds float, float* %51, i64 %1344
  %1346 = load float, float* %1345, align 4
  %1347 = insertelement <8 x float> undef, float %1346, i32 0
  %splat94 = shufflevector <8 x float> %1347, <8 x float> undef, <8 x i32> zeroinitializer
  %1348 = load <8 x float>, <8 x float>* %15, align 32
  %1349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1323, <8 x float> %1348)
  store <8 x float> %1349, <8 x float>* %15, align 32
  %1350 = load <8 x float>, <8 x float>* %11, align 32
  %1351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1327, <8 x float> %1350)
  store <8 x float> %1351, <8 x float>* %11, align 32
  %1352 = add i64 %1038, 31
  %1353 = getelementptr inbounds float, float* %51, i64 %1352
  %1354 = load float, float* %1353, align 4
  %1355 = insertelement <8 x float> undef, float %1354, i32 0
  %splat95 = shufflevector <8 x float> %1355, <8 x float> undef, <8 x i32> zeroinitializer
  %1356 = load <8 x float>, <8 x float>* %14, align 32
  %1357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1323, <8 x float> %1356)
  store <8 x float> %1357, <8 x float>* %14, align 32
  %1358 = load <8 x float>, <8 x float>* %10, align 32
  %1359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1327, <8 x float> %1358)
  store <8 x float> %1359, <8 x float>* %10, align 32
  %u.next96 = add i64 %u63, 1
  br label %u.header60

u.exit62:                                         ; preds = %u.header60
  %1360 = load <8 x float>, <8 x float>* %17, align 32
  %1361 = fcmp olt <8 x float> %1360, zeroinitializer
  %1362 = select <8 x i1> %1361, <8 x float> zeroinitializer, <8 x float> %1360
  %1363 = getelementptr inbounds float, float* %0, i64 %478
  %1364 = bitcast float* %1363 to <8 x float>*
  store <8 x float> %1362, <8 x float>* %1364, align 4
  %1365 = load <8 x float>, <8 x float>* %16, align 32
  %1366 = fcmp olt <8 x float> %1365, zeroinitializer
  %1367 = select <8 x i1> %1366, <8 x float> zeroinitializer, <8 x float> %1365
  %1368 = getelementptr inbounds float, float* %0, i64 %481
  %1369 = bitcast float* %1368 to <8 x float>*
  store <8 x float> %1367, <8 x float>* %1369, align 4
  %1370 = load <8 x float>, <8 x float>* %15, align 32
  %1371 = fcmp olt <8 x float> %1370, zeroinitializer
  %1372 = select <8 x i1> %1371, <8 x float> zeroinitializer, <8 x float> %1370
  %1373 = getelementptr inbounds float, float* %0, i64 %484
  %1374 = bitcast float* %1373 to <8 x float>*
  store <8 x float> %1372, <8 x float>* %1374, align 4
  %1375 = load <8 x float>, <8 x float>* %14, align 32
  %1376 = fcmp olt <8 x float> %1375, zeroinitializer
  %1377 = select <8 x i1> %1376, <8 x float> zeroinitializer, <8 x float> %1375
  %1378 = getelementptr inbounds float, float* %0, i64 %487
  %1379 = bitcast float* %1378 to <8 x float>*
  store <8 x float> %1377, <8 x float>* %1379, align 4
  %1380 = load <8 x float>, <8 x float>* %13, align 32
  %1381 = fcmp olt <8 x float> %1380, zeroinitializer
  %1382 = select <8 x i1> %1381, <8 x float> zeroinitializer, <8 x float> %1380
  %1383 = getelementptr inbounds float, float* %0, i64 %494
  %1384 = bitcast float* %1383 to <8 x float>*
  store <8 x float> %1382, <8 x float>* %1384, align 4
  %1385 = load <8 x float>, <8 x float>* %12, align 32
  %1386 = fcmp olt <8 x float> %1385, zeroinitializer
  %1387 = select <8 x i1> %1386, <8 x float> zeroinitializer, <8 x float> %1385
  %1388 = getelementptr inbounds float, float* %0, i64 %497
  %1389 = bitcast float* %1388 to <8 x float>*
  store <8 x float> %1387, <8 x float>* %1389, align 4
  %1390 = load <8 x float>, <8 x float>* %11, align 32
  %1391 = fcmp olt <8 x float> %1390, zeroinitializer
  %1392 = select <8 x i1> %1391, <8 x float> zeroinitializer, <8 x float> %1390
  %1393 = getelementptr inbounds float, float* %0, i64 %500
  %1394 = bitcast float* %1393 to <8 x float>*
  store <8 x float> %1392, <8 x float>* %1394, align 4
  %1395 = load <8 x float>, <8 x float>* %10, align 32
  %1396 = fcmp olt <8 x float> %1395, zeroinitializer
  %1397 = select <8 x i1> %1396, <8 x float> zeroinitializer, <8 x float> %1395
  %1398 = getelementptr inbounds float, float* %0, i64 %503
  %1399 = bitcast float* %1398 to <8 x float>*
  store <8 x float> %1397, <8 x float>* %1399, align 4
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
  call void @node2.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %27, i64 %29)
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
  %53 = add i64 %9, 27
  %54 = sdiv i64 %53, 28
  %55 = icmp slt i64 8, %54
  %56 = select i1 %55, i64 8, i64 %54
  %57 = icmp sgt i64 1, %56
  %58 = select i1 %57, i64 1, i64 %56
  %59 = sub i64 %58, 1
  %60 = add i64 8, %59
  %61 = sdiv i64 %60, %58
  %62 = bitcast [14336 x float]* %band to float*
  %63 = mul i64 %58, 28
  %64 = sub i64 %9, 1
  %65 = add i64 %63, %64
  %66 = sdiv i64 %65, %9
  %67 = mul i64 %8, %66
  %68 = icmp slt i64 %67, %63
  %69 = select i1 %68, i64 %67, i64 %63
  %70 = add i64 %69, %66
  %71 = icmp slt i64 %70, %63
  %72 = select i1 %71, i64 %70, i64 %63
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %69, %entry ], [ %task.next, %block.group.exit ]
  %73 = icmp slt i64 %task, %72
  br i1 %73, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %74 = srem i64 %task, %58
  %75 = sdiv i64 %task, %58
  %76 = srem i64 %75, 28
  %77 = mul i64 %58, 28
  %78 = sdiv i64 %task, %77
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %79 = icmp slt i64 %channel.block, 16
  br i1 %79, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %80 = mul i64 %78, 16
  %81 = add i64 %80, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %82 = mul i64 %74, %61
  %83 = add i64 %82, %61
  %84 = icmp slt i64 %83, 8
  %85 = select i1 %84, i64 %83, i64 8
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit10, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit10 ]
  %86 = icmp slt i64 %band.row, 2
  br i1 %86, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %87 = mul i64 %76, 2
  %88 = add i64 %87, %band.row
  %89 = mul i64 %channel.block, 2
  %90 = add i64 %89, %band.row
  %91 = mul i64 %90, 448
  %92 = srem i64 %81, 16
  %93 = mul i64 %81, 25088
  %94 = mul i64 %88, 1
  %95 = sub i64 %94, 1
  %96 = mul i64 %92, 8
  %97 = getelementptr inbounds float, float* %7, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  store <8 x float> %99, <8 x float>* %52, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !6

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %100 = icmp slt i64 %kh, 3
  br i1 %100, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %101 = mul i64 %kh, 1
  %102 = add i64 %95, %101
  %103 = icmp sge i64 %102, 0
  %104 = icmp slt i64 %102, 56
  %105 = and i1 %103, %104
  br i1 %105, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %106 = add i64 %91, 0
  %107 = load <8 x float>, <8 x float>* %52, align 32
  %108 = fcmp olt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> zeroinitializer, <8 x float> %107
  %110 = getelementptr inbounds float, float* %62, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  br label %x.header

then:                                             ; preds = %kh.body
  %112 = mul i64 %102, 448
  %113 = add i64 %93, %112
  %114 = mul i64 %92, 3
  %115 = add i64 %114, %kh
  %116 = mul i64 %115, 24
  %117 = add i64 %116, 0
  %118 = getelementptr inbounds float, float* %6, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = add i64 %116, 8
  %122 = getelementptr inbounds float, float* %6, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = add i64 %116, 16
  %126 = getelementptr inbounds float, float* %6, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = add i64 %113, -8
  %130 = add i64 %129, 8
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = load <8 x float>, <8 x float>* %52, align 32
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %133, <8 x float> %124, <8 x float> %134)
  store <8 x float> %135, <8 x float>* %52, align 32
  %136 = add i64 %129, 16
  %137 = getelementptr inbounds float, float* %1, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = load <8 x float>, <8 x float>* %52, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %139, <8 x float> %128, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %52, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

x.header:                                         ; preds = %kh.exit3, %kh.exit
  %x = phi i64 [ 1, %kh.exit ], [ %x.next, %kh.exit3 ]
  %142 = icmp slt i64 %x, 45
  br i1 %142, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %99, <8 x float>* %51, align 32
  store <8 x float> %99, <8 x float>* %50, align 32
  store <8 x float> %99, <8 x float>* %49, align 32
  store <8 x float> %99, <8 x float>* %48, align 32
  store <8 x float> %99, <8 x float>* %47, align 32
  store <8 x float> %99, <8 x float>* %46, align 32
  store <8 x float> %99, <8 x float>* %45, align 32
  store <8 x float> %99, <8 x float>* %44, align 32
  store <8 x float> %99, <8 x float>* %43, align 32
  store <8 x float> %99, <8 x float>* %42, align 32
  store <8 x float> %99, <8 x float>* %41, align 32
  %143 = mul i64 %x, 1
  %144 = sub i64 %143, 1
  br label %kh.header1

x.exit:                                           ; preds = %x.header
  store <8 x float> %99, <8 x float>* %40, align 32
  store <8 x float> %99, <8 x float>* %39, align 32
  store <8 x float> %99, <8 x float>* %38, align 32
  store <8 x float> %99, <8 x float>* %37, align 32
  store <8 x float> %99, <8 x float>* %36, align 32
  store <8 x float> %99, <8 x float>* %35, align 32
  store <8 x float> %99, <8 x float>* %34, align 32
  store <8 x float> %99, <8 x float>* %33, align 32
  store <8 x float> %99, <8 x float>* %32, align 32
  store <8 x float> %99, <8 x float>* %31, align 32
  store <8 x float> %99, <8 x float>* %30, align 32
  br label %kh.header8

kh.header1:                                       ; preds = %endif6, %x.body
  %kh4 = phi i64 [ 0, %x.body ], [ %kh.next7, %endif6 ]
  %145 = icmp slt i64 %kh4, 3
  br i1 %145, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %146 = mul i64 %kh4, 1
  %147 = add i64 %95, %146
  %148 = icmp sge i64 %147, 0
  %149 = icmp slt i64 %147, 56
  %150 = and i1 %148, %149
  br i1 %150, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %151 = add i64 %x, 0
  %152 = mul i64 %151, 8
  %153 = add i64 %91, %152
  %154 = load <8 x float>, <8 x float>* %51, align 32
  %155 = fcmp olt <8 x float> %154, zeroinitializer
  %156 = select <8 x i1> %155, <8 x float> zeroinitializer, <8 x float> %154
  %157 = getelementptr inbounds float, float* %62, i64 %153
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %156, <8 x float>* %158, align 4
  %159 = add i64 %x, 1
  %160 = mul i64 %159, 8
  %161 = add i64 %91, %160
  %162 = load <8 x float>, <8 x float>* %50, align 32
  %163 = fcmp olt <8 x float> %162, zeroinitializer
  %164 = select <8 x i1> %163, <8 x float> zeroinitializer, <8 x float> %162
  %165 = getelementptr inbounds float, float* %62, i64 %161
  %166 = bitcast float* %165 to <8 x float>*
  store <8 x float> %164, <8 x float>* %166, align 4
  %167 = add i64 %x, 2
  %168 = mul i64 %167, 8
  %169 = add i64 %91, %168
  %170 = load <8 x float>, <8 x float>* %49, align 32
  %171 = fcmp olt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> zeroinitializer, <8 x float> %170
  %173 = getelementptr inbounds float, float* %62, i64 %169
  %174 = bitcast float* %173 to <8 x float>*
  store <8 x float> %172, <8 x float>* %174, align 4
  %175 = add i64 %x, 3
  %176 = mul i64 %175, 8
  %177 = add i64 %91, %176
  %178 = load <8 x float>, <8 x float>* %48, align 32
  %179 = fcmp olt <8 x float> %178, zeroinitializer
  %180 = select <8 x i1> %179, <8 x float> zeroinitializer, <8 x float> %178
  %181 = getelementptr inbounds float, float* %62, i64 %177
  %182 = bitcast float* %181 to <8 x float>*
  store <8 x float> %180, <8 x float>* %182, align 4
  %183 = add i64 %x, 4
  %184 = mul i64 %183, 8
  %185 = add i64 %91, %184
  %186 = load <8 x float>, <8 x float>* %47, align 32
  %187 = fcmp olt <8 x float> %186, zeroinitializer
  %188 = select <8 x i1> %187, <8 x float> zeroinitializer, <8 x float> %186
  %189 = getelementptr inbounds float, float* %62, i64 %185
  %190 = bitcast float* %189 to <8 x float>*
  store <8 x float> %188, <8 x float>* %190, align 4
  %191 = add i64 %x, 5
  %192 = mul i64 %191, 8
  %193 = add i64 %91, %192
  %194 = load <8 x float>, <8 x float>* %46, align 32
  %195 = fcmp olt <8 x float> %194, zeroinitializer
  %196 = select <8 x i1> %195, <8 x float> zeroinitializer, <8 x float> %194
  %197 = getelementptr inbounds float, float* %62, i64 %193
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %196, <8 x float>* %198, align 4
  %199 = add i64 %x, 6
  %200 = mul i64 %199, 8
  %201 = add i64 %91, %200
  %202 = load <8 x float>, <8 x float>* %45, align 32
  %203 = fcmp olt <8 x float> %202, zeroinitializer
  %204 = select <8 x i1> %203, <8 x float> zeroinitializer, <8 x float> %202
  %205 = getelementptr inbounds float, float* %62, i64 %201
  %206 = bitcast float* %205 to <8 x float>*
  store <8 x float> %204, <8 x float>* %206, align 4
  %207 = add i64 %x, 7
  %208 = mul i64 %207, 8
  %209 = add i64 %91, %208
  %210 = load <8 x float>, <8 x float>* %44, align 32
  %211 = fcmp olt <8 x float> %210, zeroinitializer
  %212 = select <8 x i1> %211, <8 x float> zeroinitializer, <8 x float> %210
  %213 = getelementptr inbounds float, float* %62, i64 %209
  %214 = bitcast float* %213 to <8 x float>*
  store <8 x float> %212, <8 x float>* %214, align 4
  %215 = add i64 %x, 8
  %216 = mul i64 %215, 8
  %217 = add i64 %91, %216
  %218 = load <8 x float>, <8 x float>* %43, align 32
  %219 = fcmp olt <8 x float> %218, zeroinitializer
  %220 = select <8 x i1> %219, <8 x float> zeroinitializer, <8 x float> %218
  %221 = getelementptr inbounds float, float* %62, i64 %217
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %220, <8 x float>* %222, align 4
  %223 = add i64 %x, 9
  %224 = mul i64 %223, 8
  %225 = add i64 %91, %224
  %226 = load <8 x float>, <8 x float>* %42, align 32
  %227 = fcmp olt <8 x float> %226, zeroinitializer
  %228 = select <8 x i1> %227, <8 x float> zeroinitializer, <8 x float> %226
  %229 = getelementptr inbounds float, float* %62, i64 %225
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %228, <8 x float>* %230, align 4
  %231 = add i64 %x, 10
  %232 = mul i64 %231, 8
  %233 = add i64 %91, %232
  %234 = load <8 x float>, <8 x float>* %41, align 32
  %235 = fcmp olt <8 x float> %234, zeroinitializer
  %236 = select <8 x i1> %235, <8 x float> zeroinitializer, <8 x float> %234
  %237 = getelementptr inbounds float, float* %62, i64 %233
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %236, <8 x float>* %238, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then5:                                            ; preds = %kh.body2
  %239 = mul i64 %147, 448
  %240 = add i64 %93, %239
  %241 = mul i64 %92, 3
  %242 = add i64 %241, %kh4
  %243 = mul i64 %242, 24
  %244 = add i64 %243, 0
  %245 = getelementptr inbounds float, float* %6, i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  %247 = load <8 x float>, <8 x float>* %246, align 4
  %248 = add i64 %243, 8
  %249 = getelementptr inbounds float, float* %6, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  %251 = load <8 x float>, <8 x float>* %250, align 4
  %252 = add i64 %243, 16
  %253 = getelementptr inbounds float, float* %6, i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = mul i64 %144, 8
  %257 = add i64 %240, %256
  %258 = add i64 %257, 0
  %259 = getelementptr inbounds float, float* %1, i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  %261 = load <8 x float>, <8 x float>* %260, align 4
  %262 = load <8 x float>, <8 x float>* %51, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %247, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %51, align 32
  %264 = add i64 %257, 8
  %265 = getelementptr inbounds float, float* %1, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  %267 = load <8 x float>, <8 x float>* %266, align 4
  %268 = load <8 x float>, <8 x float>* %51, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %251, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %51, align 32
  %270 = load <8 x float>, <8 x float>* %50, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %247, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %50, align 32
  %272 = add i64 %257, 16
  %273 = getelementptr inbounds float, float* %1, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  %275 = load <8 x float>, <8 x float>* %274, align 4
  %276 = load <8 x float>, <8 x float>* %51, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %275, <8 x float> %255, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %51, align 32
  %278 = load <8 x float>, <8 x float>* %50, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %275, <8 x float> %251, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %50, align 32
  %280 = load <8 x float>, <8 x float>* %49, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %275, <8 x float> %247, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %49, align 32
  %282 = add i64 %257, 24
  %283 = getelementptr inbounds float, float* %1, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  %285 = load <8 x float>, <8 x float>* %284, align 4
  %286 = load <8 x float>, <8 x float>* %50, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %255, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %50, align 32
  %288 = load <8 x float>, <8 x float>* %49, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %251, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %49, align 32
  %290 = load <8 x float>, <8 x float>* %48, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %247, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %48, align 32
  %292 = add i64 %257, 32
  %293 = getelementptr inbounds float, float* %1, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  %295 = load <8 x float>, <8 x float>* %294, align 4
  %296 = load <8 x float>, <8 x float>* %49, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %295, <8 x float> %255, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %49, align 32
  %298 = load <8 x float>, <8 x float>* %48, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %295, <8 x float> %251, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %48, align 32
  %300 = load <8 x float>, <8 x float>* %47, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %295, <8 x float> %247, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %47, align 32
  %302 = add i64 %257, 40
  %303 = getelementptr inbounds float, float* %1, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  %305 = load <8 x float>, <8 x float>* %304, align 4
  %306 = load <8 x float>, <8 x float>* %48, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %255, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %48, align 32
  %308 = load <8 x float>, <8 x float>* %47, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %251, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %47, align 32
  %310 = load <8 x float>, <8 x float>* %46, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %247, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %46, align 32
  %312 = add i64 %257, 48
  %313 = getelementptr inbounds float, float* %1, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  %315 = load <8 x float>, <8 x float>* %314, align 4
  %316 = load <8 x float>, <8 x float>* %47, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %315, <8 x float> %255, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %47, align 32
  %318 = load <8 x float>, <8 x float>* %46, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %315, <8 x float> %251, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %46, align 32
  %320 = load <8 x float>, <8 x float>* %45, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %315, <8 x float> %247, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %45, align 32
  %322 = add i64 %257, 56
  %323 = getelementptr inbounds float, float* %1, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  %325 = load <8 x float>, <8 x float>* %324, align 4
  %326 = load <8 x float>, <8 x float>* %46, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %325, <8 x float> %255, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %46, align 32
  %328 = load <8 x float>, <8 x float>* %45, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %325, <8 x float> %251, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %45, align 32
  %330 = load <8 x float>, <8 x float>* %44, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %325, <8 x float> %247, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %44, align 32
  %332 = add i64 %257, 64
  %333 = getelementptr inbounds float, float* %1, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  %335 = load <8 x float>, <8 x float>* %334, align 4
  %336 = load <8 x float>, <8 x float>* %45, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %255, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %45, align 32
  %338 = load <8 x float>, <8 x float>* %44, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %251, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %44, align 32
  %340 = load <8 x float>, <8 x float>* %43, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %247, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %43, align 32
  %342 = add i64 %257, 72
  %343 = getelementptr inbounds float, float* %1, i64 %342
  %344 = bitcast float* %343 to <8 x float>*
  %345 = load <8 x float>, <8 x float>* %344, align 4
  %346 = load <8 x float>, <8 x float>* %44, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %345, <8 x float> %255, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %44, align 32
  %348 = load <8 x float>, <8 x float>* %43, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %345, <8 x float> %251, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %43, align 32
  %350 = load <8 x float>, <8 x float>* %42, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %345, <8 x float> %247, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %42, align 32
  %352 = add i64 %257, 80
  %353 = getelementptr inbounds float, float* %1, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  %355 = load <8 x float>, <8 x float>* %354, align 4
  %356 = load <8 x float>, <8 x float>* %43, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %355, <8 x float> %255, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %43, align 32
  %358 = load <8 x float>, <8 x float>* %42, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %355, <8 x float> %251, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %42, align 32
  %360 = load <8 x float>, <8 x float>* %41, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %355, <8 x float> %247, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %41, align 32
  %362 = add i64 %257, 88
  %363 = getelementptr inbounds float, float* %1, i64 %362
  %364 = bitcast float* %363 to <8 x float>*
  %365 = load <8 x float>, <8 x float>* %364, align 4
  %366 = load <8 x float>, <8 x float>* %42, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %255, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %42, align 32
  %368 = load <8 x float>, <8 x float>* %41, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %251, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %41, align 32
  %370 = add i64 %257, 96
  %371 = getelementptr inbounds float, float* %1, i64 %370
  %372 = bitcast float* %371 to <8 x float>*
  %373 = load <8 x float>, <8 x float>* %372, align 4
  %374 = load <8 x float>, <8 x float>* %41, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %255, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %41, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %x.exit
  %kh11 = phi i64 [ 0, %x.exit ], [ %kh.next14, %endif13 ]
  %376 = icmp slt i64 %kh11, 3
  br i1 %376, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %377 = mul i64 %kh11, 1
  %378 = add i64 %95, %377
  %379 = icmp sge i64 %378, 0
  %380 = icmp slt i64 %378, 56
  %381 = and i1 %379, %380
  br i1 %381, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %382 = add i64 %91, 360
  %383 = load <8 x float>, <8 x float>* %40, align 32
  %384 = fcmp olt <8 x float> %383, zeroinitializer
  %385 = select <8 x i1> %384, <8 x float> zeroinitializer, <8 x float> %383
  %386 = getelementptr inbounds float, float* %62, i64 %382
  %387 = bitcast float* %386 to <8 x float>*
  store <8 x float> %385, <8 x float>* %387, align 4
  %388 = add i64 %91, 368
  %389 = load <8 x float>, <8 x float>* %39, align 32
  %390 = fcmp olt <8 x float> %389, zeroinitializer
  %391 = select <8 x i1> %390, <8 x float> zeroinitializer, <8 x float> %389
  %392 = getelementptr inbounds float, float* %62, i64 %388
  %393 = bitcast float* %392 to <8 x float>*
  store <8 x float> %391, <8 x float>* %393, align 4
  %394 = add i64 %91, 376
  %395 = load <8 x float>, <8 x float>* %38, align 32
  %396 = fcmp olt <8 x float> %395, zeroinitializer
  %397 = select <8 x i1> %396, <8 x float> zeroinitializer, <8 x float> %395
  %398 = getelementptr inbounds float, float* %62, i64 %394
  %399 = bitcast float* %398 to <8 x float>*
  store <8 x float> %397, <8 x float>* %399, align 4
  %400 = add i64 %91, 384
  %401 = load <8 x float>, <8 x float>* %37, align 32
  %402 = fcmp olt <8 x float> %401, zeroinitializer
  %403 = select <8 x i1> %402, <8 x float> zeroinitializer, <8 x float> %401
  %404 = getelementptr inbounds float, float* %62, i64 %400
  %405 = bitcast float* %404 to <8 x float>*
  store <8 x float> %403, <8 x float>* %405, align 4
  %406 = add i64 %91, 392
  %407 = load <8 x float>, <8 x float>* %36, align 32
  %408 = fcmp olt <8 x float> %407, zeroinitializer
  %409 = select <8 x i1> %408, <8 x float> zeroinitializer, <8 x float> %407
  %410 = getelementptr inbounds float, float* %62, i64 %406
  %411 = bitcast float* %410 to <8 x float>*
  store <8 x float> %409, <8 x float>* %411, align 4
  %412 = add i64 %91, 400
  %413 = load <8 x float>, <8 x float>* %35, align 32
  %414 = fcmp olt <8 x float> %413, zeroinitializer
  %415 = select <8 x i1> %414, <8 x float> zeroinitializer, <8 x float> %413
  %416 = getelementptr inbounds float, float* %62, i64 %412
  %417 = bitcast float* %416 to <8 x float>*
  store <8 x float> %415, <8 x float>* %417, align 4
  %418 = add i64 %91, 408
  %419 = load <8 x float>, <8 x float>* %34, align 32
  %420 = fcmp olt <8 x float> %419, zeroinitializer
  %421 = select <8 x i1> %420, <8 x float> zeroinitializer, <8 x float> %419
  %422 = getelementptr inbounds float, float* %62, i64 %418
  %423 = bitcast float* %422 to <8 x float>*
  store <8 x float> %421, <8 x float>* %423, align 4
  %424 = add i64 %91, 416
  %425 = load <8 x float>, <8 x float>* %33, align 32
  %426 = fcmp olt <8 x float> %425, zeroinitializer
  %427 = select <8 x i1> %426, <8 x float> zeroinitializer, <8 x float> %425
  %428 = getelementptr inbounds float, float* %62, i64 %424
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %427, <8 x float>* %429, align 4
  %430 = add i64 %91, 424
  %431 = load <8 x float>, <8 x float>* %32, align 32
  %432 = fcmp olt <8 x float> %431, zeroinitializer
  %433 = select <8 x i1> %432, <8 x float> zeroinitializer, <8 x float> %431
  %434 = getelementptr inbounds float, float* %62, i64 %430
  %435 = bitcast float* %434 to <8 x float>*
  store <8 x float> %433, <8 x float>* %435, align 4
  %436 = add i64 %91, 432
  %437 = load <8 x float>, <8 x float>* %31, align 32
  %438 = fcmp olt <8 x float> %437, zeroinitializer
  %439 = select <8 x i1> %438, <8 x float> zeroinitializer, <8 x float> %437
  %440 = getelementptr inbounds float, float* %62, i64 %436
  %441 = bitcast float* %440 to <8 x float>*
  store <8 x float> %439, <8 x float>* %441, align 4
  %442 = add i64 %91, 440
  %443 = load <8 x float>, <8 x float>* %30, align 32
  %444 = fcmp olt <8 x float> %443, zeroinitializer
  %445 = select <8 x i1> %444, <8 x float> zeroinitializer, <8 x float> %443
  %446 = getelementptr inbounds float, float* %62, i64 %442
  %447 = bitcast float* %446 to <8 x float>*
  store <8 x float> %445, <8 x float>* %447, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !7

then12:                                           ; preds = %kh.body9
  %448 = mul i64 %378, 448
  %449 = add i64 %93, %448
  %450 = mul i64 %92, 3
  %451 = add i64 %450, %kh11
  %452 = mul i64 %451, 24
  %453 = add i64 %452, 0
  %454 = getelementptr inbounds float, float* %6, i64 %453
  %455 = bitcast float* %454 to <8 x float>*
  %456 = load <8 x float>, <8 x float>* %455, align 4
  %457 = add i64 %452, 8
  %458 = getelementptr inbounds float, float* %6, i64 %457
  %459 = bitcast float* %458 to <8 x float>*
  %460 = load <8 x float>, <8 x float>* %459, align 4
  %461 = add i64 %452, 16
  %462 = getelementptr inbounds float, float* %6, i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  %464 = load <8 x float>, <8 x float>* %463, align 4
  %465 = add i64 %449, 352
  %466 = add i64 %465, 0
  %467 = getelementptr inbounds float, float* %1, i64 %466
  %468 = bitcast float* %467 to <8 x float>*
  %469 = load <8 x float>, <8 x float>* %468, align 4
  %470 = load <8 x float>, <8 x float>* %40, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %469, <8 x float> %456, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %40, align 32
  %472 = add i64 %465, 8
  %473 = getelementptr inbounds float, float* %1, i64 %472
  %474 = bitcast float* %473 to <8 x float>*
  %475 = load <8 x float>, <8 x float>* %474, align 4
  %476 = load <8 x float>, <8 x float>* %40, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> %460, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %40, align 32
  %478 = load <8 x float>, <8 x float>* %39, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> %456, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %39, align 32
  %480 = add i64 %465, 16
  %481 = getelementptr inbounds float, float* %1, i64 %480
  %482 = bitcast float* %481 to <8 x float>*
  %483 = load <8 x float>, <8 x float>* %482, align 4
  %484 = load <8 x float>, <8 x float>* %40, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %483, <8 x float> %464, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %40, align 32
  %486 = load <8 x float>, <8 x float>* %39, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %483, <8 x float> %460, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %39, align 32
  %488 = load <8 x float>, <8 x float>* %38, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %483, <8 x float> %456, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %38, align 32
  %490 = add i64 %465, 24
  %491 = getelementptr inbounds float, float* %1, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  %493 = load <8 x float>, <8 x float>* %492, align 4
  %494 = load <8 x float>, <8 x float>* %39, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %464, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %39, align 32
  %496 = load <8 x float>, <8 x float>* %38, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %460, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %38, align 32
  %498 = load <8 x float>, <8 x float>* %37, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %456, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %37, align 32
  %500 = add i64 %465, 32
  %501 = getelementptr inbounds float, float* %1, i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  %503 = load <8 x float>, <8 x float>* %502, align 4
  %504 = load <8 x float>, <8 x float>* %38, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %464, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %38, align 32
  %506 = load <8 x float>, <8 x float>* %37, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %460, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %37, align 32
  %508 = load <8 x float>, <8 x float>* %36, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %456, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %36, align 32
  %510 = add i64 %465, 40
  %511 = getelementptr inbounds float, float* %1, i64 %510
  %512 = bitcast float* %511 to <8 x float>*
  %513 = load <8 x float>, <8 x float>* %512, align 4
  %514 = load <8 x float>, <8 x float>* %37, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> %464, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %37, align 32
  %516 = load <8 x float>, <8 x float>* %36, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> %460, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %36, align 32
  %518 = load <8 x float>, <8 x float>* %35, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> %456, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %35, align 32
  %520 = add i64 %465, 48
  %521 = getelementptr inbounds float, float* %1, i64 %520
  %522 = bitcast float* %521 to <8 x float>*
  %523 = load <8 x float>, <8 x float>* %522, align 4
  %524 = load <8 x float>, <8 x float>* %36, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> %464, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %36, align 32
  %526 = load <8 x float>, <8 x float>* %35, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> %460, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %35, align 32
  %528 = load <8 x float>, <8 x float>* %34, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> %456, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %34, align 32
  %530 = add i64 %465, 56
  %531 = getelementptr inbounds float, float* %1, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  %533 = load <8 x float>, <8 x float>* %532, align 4
  %534 = load <8 x float>, <8 x float>* %35, align 32
  %535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %533, <8 x float> %464, <8 x float> %534)
  store <8 x float> %535, <8 x float>* %35, align 32
  %536 = load <8 x float>, <8 x float>* %34, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %533, <8 x float> %460, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %34, align 32
  %538 = load <8 x float>, <8 x float>* %33, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %533, <8 x float> %456, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %33, align 32
  %540 = add i64 %465, 64
  %541 = getelementptr inbounds float, float* %1, i64 %540
  %542 = bitcast float* %541 to <8 x float>*
  %543 = load <8 x float>, <8 x float>* %542, align 4
  %544 = load <8 x float>, <8 x float>* %34, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %543, <8 x float> %464, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %34, align 32
  %546 = load <8 x float>, <8 x float>* %33, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %543, <8 x float> %460, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %33, align 32
  %548 = load <8 x float>, <8 x float>* %32, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %543, <8 x float> %456, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %32, align 32
  %550 = add i64 %465, 72
  %551 = getelementptr inbounds float, float* %1, i64 %550
  %552 = bitcast float* %551 to <8 x float>*
  %553 = load <8 x float>, <8 x float>* %552, align 4
  %554 = load <8 x float>, <8 x float>* %33, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %553, <8 x float> %464, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %33, align 32
  %556 = load <8 x float>, <8 x float>* %32, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %553, <8 x float> %460, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %32, align 32
  %558 = load <8 x float>, <8 x float>* %31, align 32
  %559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %553, <8 x float> %456, <8 x float> %558)
  store <8 x float> %559, <8 x float>* %31, align 32
  %560 = add i64 %465, 80
  %561 = getelementptr inbounds float, float* %1, i64 %560
  %562 = bitcast float* %561 to <8 x float>*
  %563 = load <8 x float>, <8 x float>* %562, align 4
  %564 = load <8 x float>, <8 x float>* %32, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %464, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %32, align 32
  %566 = load <8 x float>, <8 x float>* %31, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %460, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %31, align 32
  %568 = load <8 x float>, <8 x float>* %30, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %456, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %30, align 32
  %570 = add i64 %465, 88
  %571 = getelementptr inbounds float, float* %1, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  %573 = load <8 x float>, <8 x float>* %572, align 4
  %574 = load <8 x float>, <8 x float>* %31, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %573, <8 x float> %464, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %31, align 32
  %576 = load <8 x float>, <8 x float>* %30, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %573, <8 x float> %460, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %30, align 32
  br label %endif13

endif13:                                          ; preds = %then12, %kh.body9
  %kh.next14 = add i64 %kh11, 1
  br label %kh.header8

block.group.header:                               ; preds = %u.exit69, %channel.block.exit
  %block.group = phi i64 [ %82, %channel.block.exit ], [ %block.group.next, %u.exit69 ]
  %578 = icmp slt i64 %block.group, %85
  br i1 %578, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %579 = mul i64 %block.group, 2
  %580 = add i64 0, %579
  %581 = mul i64 %76, 112
  %582 = mul i64 %block.group, 2
  %583 = add i64 0, %582
  %584 = mul i64 %583, 1024
  br label %x.header15

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header15:                                       ; preds = %u.exit, %block.group.body
  %x18 = phi i64 [ 0, %block.group.body ], [ %x.next66, %u.exit ]
  %585 = icmp slt i64 %x18, 108
  br i1 %585, label %x.body16, label %x.exit17

x.body16:                                         ; preds = %x.header15
  %586 = add i64 %581, %x18
  %587 = mul i64 %78, 16
  %588 = add i64 %587, %580
  %589 = add i64 %588, 0
  %590 = mul i64 %589, 25088
  %591 = add i64 %586, 0
  %592 = mul i64 %591, 8
  %593 = add i64 %590, %592
  %594 = add i64 %586, 1
  %595 = mul i64 %594, 8
  %596 = add i64 %590, %595
  %597 = add i64 %586, 2
  %598 = mul i64 %597, 8
  %599 = add i64 %590, %598
  %600 = add i64 %586, 3
  %601 = mul i64 %600, 8
  %602 = add i64 %590, %601
  %603 = add i64 %586, 4
  %604 = mul i64 %603, 8
  %605 = add i64 %590, %604
  %606 = add i64 %586, 5
  %607 = mul i64 %606, 8
  %608 = add i64 %590, %607
  %609 = mul i64 %78, 16
  %610 = add i64 %609, %580
  %611 = add i64 %610, 1
  %612 = mul i64 %611, 25088
  %613 = add i64 %586, 0
  %614 = mul i64 %613, 8
  %615 = add i64 %612, %614
  %616 = add i64 %586, 1
  %617 = mul i64 %616, 8
  %618 = add i64 %612, %617
  %619 = add i64 %586, 2
  %620 = mul i64 %619, 8
  %621 = add i64 %612, %620
  %622 = add i64 %586, 3
  %623 = mul i64 %622, 8
  %624 = add i64 %612, %623
  %625 = add i64 %586, 4
  %626 = mul i64 %625, 8
  %627 = add i64 %612, %626
  %628 = add i64 %586, 5
  %629 = mul i64 %628, 8
  %630 = add i64 %612, %629
  %631 = add i64 %583, 0
  %632 = mul i64 %631, 8
  %633 = getelementptr inbounds float, float* %5, i64 %632
  %634 = bitcast float* %633 to <8 x float>*
  %635 = load <8 x float>, <8 x float>* %634, align 4
  %636 = add i64 %583, 1
  %637 = mul i64 %636, 8
  %638 = getelementptr inbounds float, float* %5, i64 %637
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  store <8 x float> %635, <8 x float>* %29, align 32
  store <8 x float> %635, <8 x float>* %28, align 32
  store <8 x float> %635, <8 x float>* %27, align 32
  store <8 x float> %635, <8 x float>* %26, align 32
  store <8 x float> %635, <8 x float>* %25, align 32
  store <8 x float> %635, <8 x float>* %24, align 32
  store <8 x float> %640, <8 x float>* %23, align 32
  store <8 x float> %640, <8 x float>* %22, align 32
  store <8 x float> %640, <8 x float>* %21, align 32
  store <8 x float> %640, <8 x float>* %20, align 32
  store <8 x float> %640, <8 x float>* %19, align 32
  store <8 x float> %640, <8 x float>* %18, align 32
  %641 = mul i64 %x18, 8
  %642 = add i64 0, %641
  %643 = add i64 0, %642
  br label %u.header

x.exit17:                                         ; preds = %x.header15
  %644 = add i64 %581, 108
  %645 = mul i64 %78, 16
  %646 = add i64 %645, %580
  %647 = add i64 %646, 0
  %648 = mul i64 %647, 25088
  %649 = add i64 %644, 0
  %650 = mul i64 %649, 8
  %651 = add i64 %648, %650
  %652 = add i64 %644, 1
  %653 = mul i64 %652, 8
  %654 = add i64 %648, %653
  %655 = add i64 %644, 2
  %656 = mul i64 %655, 8
  %657 = add i64 %648, %656
  %658 = add i64 %644, 3
  %659 = mul i64 %658, 8
  %660 = add i64 %648, %659
  %661 = mul i64 %78, 16
  %662 = add i64 %661, %580
  %663 = add i64 %662, 1
  %664 = mul i64 %663, 25088
  %665 = add i64 %644, 0
  %666 = mul i64 %665, 8
  %667 = add i64 %664, %666
  %668 = add i64 %644, 1
  %669 = mul i64 %668, 8
  %670 = add i64 %664, %669
  %671 = add i64 %644, 2
  %672 = mul i64 %671, 8
  %673 = add i64 %664, %672
  %674 = add i64 %644, 3
  %675 = mul i64 %674, 8
  %676 = add i64 %664, %675
  %677 = add i64 %583, 0
  %678 = mul i64 %677, 8
  %679 = getelementptr inbounds float, float* %5, i64 %678
  %680 = bitcast float* %679 to <8 x float>*
  %681 = load <8 x float>, <8 x float>* %680, align 4
  %682 = add i64 %583, 1
  %683 = mul i64 %682, 8
  %684 = getelementptr inbounds float, float* %5, i64 %683
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  store <8 x float> %681, <8 x float>* %17, align 32
  store <8 x float> %681, <8 x float>* %16, align 32
  store <8 x float> %681, <8 x float>* %15, align 32
  store <8 x float> %681, <8 x float>* %14, align 32
  store <8 x float> %686, <8 x float>* %13, align 32
  store <8 x float> %686, <8 x float>* %12, align 32
  store <8 x float> %686, <8 x float>* %11, align 32
  store <8 x float> %686, <8 x float>* %10, align 32
  br label %u.header67

u.header:                                         ; preds = %u.body, %x.body16
  %u = phi i64 [ 0, %x.body16 ], [ %u.next, %u.body ]
  %687 = icmp slt i64 %u, 16
  br i1 %687, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %688 = add i64 0, %u
  %689 = mul i64 %688, 896
  %690 = add i64 %643, %689
  %691 = mul i64 %688, 64
  %692 = add i64 %584, %691
  %693 = add i64 %690, 0
  %694 = add i64 %693, 0
  %695 = add i64 %692, 0
  %696 = add i64 %695, 0
  %697 = getelementptr inbounds float, float* %4, i64 %696
  %698 = bitcast float* %697 to <8 x float>*
  %699 = load <8 x float>, <8 x float>* %698, align 4
  %700 = add i64 %695, 1024
  %701 = getelementptr inbounds float, float* %4, i64 %700
  %702 = bitcast float* %701 to <8 x float>*
  %703 = load <8 x float>, <8 x float>* %702, align 4
  %704 = add i64 %694, 0
  %705 = getelementptr inbounds float, float* %62, i64 %704
  %706 = load float, float* %705, align 4
  %707 = insertelement <8 x float> undef, float %706, i32 0
  %splat = shufflevector <8 x float> %707, <8 x float> undef, <8 x i32> zeroinitializer
  %708 = load <8 x float>, <8 x float>* %29, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %699, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %29, align 32
  %710 = load <8 x float>, <8 x float>* %23, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %703, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %23, align 32
  %712 = add i64 %694, 8
  %713 = getelementptr inbounds float, float* %62, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat19 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %28, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %699, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %28, align 32
  %718 = load <8 x float>, <8 x float>* %22, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %703, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %22, align 32
  %720 = add i64 %694, 16
  %721 = getelementptr inbounds float, float* %62, i64 %720
  %722 = load float, float* %721, align 4
  %723 = insertelement <8 x float> undef, float %722, i32 0
  %splat20 = shufflevector <8 x float> %723, <8 x float> undef, <8 x i32> zeroinitializer
  %724 = load <8 x float>, <8 x float>* %27, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %699, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %27, align 32
  %726 = load <8 x float>, <8 x float>* %21, align 32
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %703, <8 x float> %726)
  store <8 x float> %727, <8 x float>* %21, align 32
  %728 = add i64 %694, 24
  %729 = getelementptr inbounds float, float* %62, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat21 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %26, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %699, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %26, align 32
  %734 = load <8 x float>, <8 x float>* %20, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %703, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %20, align 32
  %736 = add i64 %694, 32
  %737 = getelementptr inbounds float, float* %62, i64 %736
  %738 = load float, float* %737, align 4
  %739 = insertelement <8 x float> undef, float %738, i32 0
  %splat22 = shufflevector <8 x float> %739, <8 x float> undef, <8 x i32> zeroinitializer
  %740 = load <8 x float>, <8 x float>* %25, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %699, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %25, align 32
  %742 = load <8 x float>, <8 x float>* %19, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %703, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %19, align 32
  %744 = add i64 %694, 40
  %745 = getelementptr inbounds float, float* %62, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat23 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %24, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %699, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %24, align 32
  %750 = load <8 x float>, <8 x float>* %18, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %703, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %18, align 32
  %752 = add i64 %695, 8
  %753 = getelementptr inbounds float, float* %4, i64 %752
  %754 = bitcast float* %753 to <8 x float>*
  %755 = load <8 x float>, <8 x float>* %754, align 4
  %756 = add i64 %695, 1032
  %757 = getelementptr inbounds float, float* %4, i64 %756
  %758 = bitcast float* %757 to <8 x float>*
  %759 = load <8 x float>, <8 x float>* %758, align 4
  %760 = add i64 %694, 1
  %761 = getelementptr inbounds float, float* %62, i64 %760
  %762 = load float, float* %761, align 4
  %763 = insertelement <8 x float> undef, float %762, i32 0
  %splat24 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
  %764 = load <8 x float>, <8 x float>* %29, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %755, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %29, align 32
  %766 = load <8 x float>, <8 x float>* %23, align 32
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %759, <8 x float> %766)
  store <8 x float> %767, <8 x float>* %23, align 32
  %768 = add i64 %694, 9
  %769 = getelementptr inbounds float, float* %62, i64 %768
  %770 = load float, float* %769, align 4
  %771 = insertelement <8 x float> undef, float %770, i32 0
  %splat25 = shufflevector <8 x float> %771, <8 x float> undef, <8 x i32> zeroinitializer
  %772 = load <8 x float>, <8 x float>* %28, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %755, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %28, align 32
  %774 = load <8 x float>, <8 x float>* %22, align 32
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %759, <8 x float> %774)
  store <8 x float> %775, <8 x float>* %22, align 32
  %776 = add i64 %694, 17
  %777 = getelementptr inbounds float, float* %62, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat26 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %27, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %755, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %27, align 32
  %782 = load <8 x float>, <8 x float>* %21, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %759, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %21, align 32
  %784 = add i64 %694, 25
  %785 = getelementptr inbounds float, float* %62, i64 %784
  %786 = load float, float* %785, align 4
  %787 = insertelement <8 x float> undef, float %786, i32 0
  %splat27 = shufflevector <8 x float> %787, <8 x float> undef, <8 x i32> zeroinitializer
  %788 = load <8 x float>, <8 x float>* %26, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %755, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %26, align 32
  %790 = load <8 x float>, <8 x float>* %20, align 32
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %759, <8 x float> %790)
  store <8 x float> %791, <8 x float>* %20, align 32
  %792 = add i64 %694, 33
  %793 = getelementptr inbounds float, float* %62, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat28 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %25, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %755, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %25, align 32
  %798 = load <8 x float>, <8 x float>* %19, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %759, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %19, align 32
  %800 = add i64 %694, 41
  %801 = getelementptr inbounds float, float* %62, i64 %800
  %802 = load float, float* %801, align 4
  %803 = insertelement <8 x float> undef, float %802, i32 0
  %splat29 = shufflevector <8 x float> %803, <8 x float> undef, <8 x i32> zeroinitializer
  %804 = load <8 x float>, <8 x float>* %24, align 32
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %755, <8 x float> %804)
  store <8 x float> %805, <8 x float>* %24, align 32
  %806 = load <8 x float>, <8 x float>* %18, align 32
  %807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %759, <8 x float> %806)
  store <8 x float> %807, <8 x float>* %18, align 32
  %808 = add i64 %695, 16
  %809 = getelementptr inbounds float, float* %4, i64 %808
  %810 = bitcast float* %809 to <8 x float>*
  %811 = load <8 x float>, <8 x float>* %810, align 4
  %812 = add i64 %695, 1040
  %813 = getelementptr inbounds float, float* %4, i64 %812
  %814 = bitcast float* %813 to <8 x float>*
  %815 = load <8 x float>, <8 x float>* %814, align 4
  %816 = add i64 %694, 2
  %817 = getelementptr inbounds float, float* %62, i64 %816
  %818 = load float, float* %817, align 4
  %819 = insertelement <8 x float> undef, float %818, i32 0
  %splat30 = shufflevector <8 x float> %819, <8 x float> undef, <8 x i32> zeroinitializer
  %820 = load <8 x float>, <8 x float>* %29, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %811, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %29, align 32
  %822 = load <8 x float>, <8 x float>* %23, align 32
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %815, <8 x float> %822)
  store <8 x float> %823, <8 x float>* %23, align 32
  %824 = add i64 %694, 10
  %825 = getelementptr inbounds float, float* %62, i64 %824
  %826 = load float, float* %825, align 4
  %827 = insertelement <8 x float> undef, float %826, i32 0
  %splat31 = shufflevector <8 x float> %827, <8 x float> undef, <8 x i32> zeroinitializer
  %828 = load <8 x float>, <8 x float>* %28, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %811, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %28, align 32
  %830 = load <8 x float>, <8 x float>* %22, align 32
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %815, <8 x float> %830)
  store <8 x float> %831, <8 x float>* %22, align 32
  %832 = add i64 %694, 18
  %833 = getelementptr inbounds float, float* %62, i64 %832
  %834 = load float, float* %833, align 4
  %835 = insertelement <8 x float> undef, float %834, i32 0
  %splat32 = shufflevector <8 x float> %835, <8 x float> undef, <8 x i32> zeroinitializer
  %836 = load <8 x float>, <8 x float>* %27, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %811, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %27, align 32
  %838 = load <8 x float>, <8 x float>* %21, align 32
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %815, <8 x float> %838)
  store <8 x float> %839, <8 x float>* %21, align 32
  %840 = add i64 %694, 26
  %841 = getelementptr inbounds float, float* %62, i64 %840
  %842 = load float, float* %841, align 4
  %843 = insertelement <8 x float> undef, float %842, i32 0
  %splat33 = shufflevector <8 x float> %843, <8 x float> undef, <8 x i32> zeroinitializer
  %844 = load <8 x float>, <8 x float>* %26, align 32
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %811, <8 x float> %844)
  store <8 x float> %845, <8 x float>* %26, align 32
  %846 = load <8 x float>, <8 x float>* %20, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %815, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %20, align 32
  %848 = add i64 %694, 34
  %849 = getelementptr inbounds float, float* %62, i64 %848
  %850 = load float, float* %849, align 4
  %851 = insertelement <8 x float> undef, float %850, i32 0
  %splat34 = shufflevector <8 x float> %851, <8 x float> undef, <8 x i32> zeroinitializer
  %852 = load <8 x float>, <8 x float>* %25, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %811, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %25, align 32
  %854 = load <8 x float>, <8 x float>* %19, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %815, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %19, align 32
  %856 = add i64 %694, 42
  %857 = getelementptr inbounds float, float* %62, i64 %856
  %858 = load float, float* %857, align 4
  %859 = insertelement <8 x float> undef, float %858, i32 0
  %splat35 = shufflevector <8 x float> %859, <8 x float> undef, <8 x i32> zeroinitializer
  %860 = load <8 x float>, <8 x float>* %24, align 32
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %811, <8 x float> %860)
  store <8 x float> %861, <8 x float>* %24, align 32
  %862 = load <8 x float>, <8 x float>* %18, align 32
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %815, <8 x float> %862)
  store <8 x float> %863, <8 x float>* %18, align 32
  %864 = add i64 %695, 24
  %865 = getelementptr inbounds float, float* %4, i64 %864
  %866 = bitcast float* %865 to <8 x float>*
  %867 = load <8 x float>, <8 x float>* %866, align 4
  %868 = add i64 %695, 1048
  %869 = getelementptr inbounds float, float* %4, i64 %868
  %870 = bitcast float* %869 to <8 x float>*
  %871 = load <8 x float>, <8 x float>* %870, align 4
  %872 = add i64 %694, 3
  %873 = getelementptr inbounds float, float* %62, i64 %872
  %874 = load float, float* %873, align 4
  %875 = insertelement <8 x float> undef, float %874, i32 0
  %splat36 = shufflevector <8 x float> %875, <8 x float> undef, <8 x i32> zeroinitializer
  %876 = load <8 x float>, <8 x float>* %29, align 32
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %867, <8 x float> %876)
  store <8 x float> %877, <8 x float>* %29, align 32
  %878 = load <8 x float>, <8 x float>* %23, align 32
  %879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %871, <8 x float> %878)
  store <8 x float> %879, <8 x float>* %23, align 32
  %880 = add i64 %694, 11
  %881 = getelementptr inbounds float, float* %62, i64 %880
  %882 = load float, float* %881, align 4
  %883 = insertelement <8 x float> undef, float %882, i32 0
  %splat37 = shufflevector <8 x float> %883, <8 x float> undef, <8 x i32> zeroinitializer
  %884 = load <8 x float>, <8 x float>* %28, align 32
  %885 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %867, <8 x float> %884)
  store <8 x float> %885, <8 x float>* %28, align 32
  %886 = load <8 x float>, <8 x float>* %22, align 32
  %887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %871, <8 x float> %886)
  store <8 x float> %887, <8 x float>* %22, align 32
  %888 = add i64 %694, 19
  %889 = getelementptr inbounds float, float* %62, i64 %888
  %890 = load float, float* %889, align 4
  %891 = insertelement <8 x float> undef, float %890, i32 0
  %splat38 = shufflevector <8 x float> %891, <8 x float> undef, <8 x i32> zeroinitializer
  %892 = load <8 x float>, <8 x float>* %27, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %867, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %27, align 32
  %894 = load <8 x float>, <8 x float>* %21, align 32
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %871, <8 x float> %894)
  store <8 x float> %895, <8 x float>* %21, align 32
  %896 = add i64 %694, 27
  %897 = getelementptr inbounds float, float* %62, i64 %896
  %898 = load float, float* %897, align 4
  %899 = insertelement <8 x float> undef, float %898, i32 0
  %splat39 = shufflevector <8 x float> %899, <8 x float> undef, <8 x i32> zeroinitializer
  %900 = load <8 x float>, <8 x float>* %26, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %867, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %26, align 32
  %902 = load <8 x float>, <8 x float>* %20, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %871, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %20, align 32
  %904 = add i64 %694, 35
  %905 = getelementptr inbounds float, float* %62, i64 %904
  %906 = load float, float* %905, align 4
  %907 = insertelement <8 x float> undef, float %906, i32 0
  %splat40 = shufflevector <8 x float> %907, <8 x float> undef, <8 x i32> zeroinitializer
  %908 = load <8 x float>, <8 x float>* %25, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %867, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %25, align 32
  %910 = load <8 x float>, <8 x float>* %19, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %871, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %19, align 32
  %912 = add i64 %694, 43
  %913 = getelementptr inbounds float, float* %62, i64 %912
  %914 = load float, float* %913, align 4
  %915 = insertelement <8 x float> undef, float %914, i32 0
  %splat41 = shufflevector <8 x float> %915, <8 x float> undef, <8 x i32> zeroinitializer
  %916 = load <8 x float>, <8 x float>* %24, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %867, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %24, align 32
  %918 = load <8 x float>, <8 x float>* %18, align 32
  %919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %871, <8 x float> %918)
  store <8 x float> %919, <8 x float>* %18, align 32
  %920 = add i64 %695, 32
  %921 = getelementptr inbounds float, float* %4, i64 %920
  %922 = bitcast float* %921 to <8 x float>*
  %923 = load <8 x float>, <8 x float>* %922, align 4
  %924 = add i64 %695, 1056
  %925 = getelementptr inbounds float, float* %4, i64 %924
  %926 = bitcast float* %925 to <8 x float>*
  %927 = load <8 x float>, <8 x float>* %926, align 4
  %928 = add i64 %694, 4
  %929 = getelementptr inbounds float, float* %62, i64 %928
  %930 = load float, float* %929, align 4
  %931 = insertelement <8 x float> undef, float %930, i32 0
  %splat42 = shufflevector <8 x float> %931, <8 x float> undef, <8 x i32> zeroinitializer
  %932 = load <8 x float>, <8 x float>* %29, align 32
  %933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %923, <8 x float> %932)
  store <8 x float> %933, <8 x float>* %29, align 32
  %934 = load <8 x float>, <8 x float>* %23, align 32
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %927, <8 x float> %934)
  store <8 x float> %935, <8 x float>* %23, align 32
  %936 = add i64 %694, 12
  %937 = getelementptr inbounds float, float* %62, i64 %936
  %938 = load float, float* %937, align 4
  %939 = insertelement <8 x float> undef, float %938, i32 0
  %splat43 = shufflevector <8 x float> %939, <8 x float> undef, <8 x i32> zeroinitializer
  %940 = load <8 x float>, <8 x float>* %28, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %923, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %28, align 32
  %942 = load <8 x float>, <8 x float>* %22, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %927, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %22, align 32
  %944 = add i64 %694, 20
  %945 = getelementptr inbounds float, float* %62, i64 %944
  %946 = load float, float* %945, align 4
  %947 = insertelement <8 x float> undef, float %946, i32 0
  %splat44 = shufflevector <8 x float> %947, <8 x float> undef, <8 x i32> zeroinitializer
  %948 = load <8 x float>, <8 x float>* %27, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %923, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %27, align 32
  %950 = load <8 x float>, <8 x float>* %21, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %927, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %21, align 32
  %952 = add i64 %694, 28
  %953 = getelementptr inbounds float, float* %62, i64 %952
  %954 = load float, float* %953, align 4
  %955 = insertelement <8 x float> undef, float %954, i32 0
  %splat45 = shufflevector <8 x float> %955, <8 x float> undef, <8 x i32> zeroinitializer
  %956 = load <8 x float>, <8 x float>* %26, align 32
  %957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %923, <8 x float> %956)
  store <8 x float> %957, <8 x float>* %26, align 32
  %958 = load <8 x float>, <8 x float>* %20, align 32
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %927, <8 x float> %958)
  store <8 x float> %959, <8 x float>* %20, align 32
  %960 = add i64 %694, 36
  %961 = getelementptr inbounds float, float* %62, i64 %960
  %962 = load float, float* %961, align 4
  %963 = insertelement <8 x float> undef, float %962, i32 0
  %splat46 = shufflevector <8 x float> %963, <8 x float> undef, <8 x i32> zeroinitializer
  %964 = load <8 x float>, <8 x float>* %25, align 32
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %923, <8 x float> %964)
  store <8 x float> %965, <8 x float>* %25, align 32
  %966 = load <8 x float>, <8 x float>* %19, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %927, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %19, align 32
  %968 = add i64 %694, 44
  %969 = getelementptr inbounds float, float* %62, i64 %968
  %970 = load float, float* %969, align 4
  %971 = insertelement <8 x float> undef, float %970, i32 0
  %splat47 = shufflevector <8 x float> %971, <8 x float> undef, <8 x i32> zeroinitializer
  %972 = load <8 x float>, <8 x float>* %24, align 32
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %923, <8 x float> %972)
  store <8 x float> %973, <8 x float>* %24, align 32
  %974 = load <8 x float>, <8 x float>* %18, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %927, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %18, align 32
  %976 = add i64 %695, 40
  %977 = getelementptr inbounds float, float* %4, i64 %976
  %978 = bitcast float* %977 to <8 x float>*
  %979 = load <8 x float>, <8 x float>* %978, align 4
  %980 = add i64 %695, 1064
  %981 = getelementptr inbounds float, float* %4, i64 %980
  %982 = bitcast float* %981 to <8 x float>*
  %983 = load <8 x float>, <8 x float>* %982, align 4
  %984 = add i64 %694, 5
  %985 = getelementptr inbounds float, float* %62, i64 %984
  %986 = load float, float* %985, align 4
  %987 = insertelement <8 x float> undef, float %986, i32 0
  %splat48 = shufflevector <8 x float> %987, <8 x float> undef, <8 x i32> zeroinitializer
  %988 = load <8 x float>, <8 x float>* %29, align 32
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %979, <8 x float> %988)
  store <8 x float> %989, <8 x float>* %29, align 32
  %990 = load <8 x float>, <8 x float>* %23, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %983, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %23, align 32
  %992 = add i64 %694, 13
  %993 = getelementptr inbounds float, float* %62, i64 %992
  %994 = load float, float* %993, align 4
  %995 = insertelement <8 x float> undef, float %994, i32 0
  %splat49 = shufflevector <8 x float> %995, <8 x float> undef, <8 x i32> zeroinitializer
  %996 = load <8 x float>, <8 x float>* %28, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %979, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %28, align 32
  %998 = load <8 x float>, <8 x float>* %22, align 32
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %983, <8 x float> %998)
  store <8 x float> %999, <8 x float>* %22, align 32
  %1000 = add i64 %694, 21
  %1001 = getelementptr inbounds float, float* %62, i64 %1000
  %1002 = load float, float* %1001, align 4
  %1003 = insertelement <8 x float> undef, float %1002, i32 0
  %splat50 = shufflevector <8 x float> %1003, <8 x float> undef, <8 x i32> zeroinitializer
  %1004 = load <8 x float>, <8 x float>* %27, align 32
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %979, <8 x float> %1004)
  store <8 x float> %1005, <8 x float>* %27, align 32
  %1006 = load <8 x float>, <8 x float>* %21, align 32
  %1007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %983, <8 x float> %1006)
  store <8 x float> %1007, <8 x float>* %21, align 32
  %1008 = add i64 %694, 29
  %1009 = getelementptr inbounds float, float* %62, i64 %1008
  %1010 = load float, float* %1009, align 4
  %1011 = insertelement <8 x float> undef, float %1010, i32 0
  %splat51 = shufflevector <8 x float> %1011, <8 x float> undef, <8 x i32> zeroinitializer
  %1012 = load <8 x float>, <8 x float>* %26, align 32
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %979, <8 x float> %1012)
  store <8 x float> %1013, <8 x float>* %26, align 32
  %1014 = load <8 x float>, <8 x float>* %20, align 32
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %983, <8 x float> %1014)
  store <8 x float> %1015, <8 x float>* %20, align 32
  %1016 = add i64 %694, 37
  %1017 = getelementptr inbounds float, float* %62, i64 %1016
  %1018 = load float, float* %1017, align 4
  %1019 = insertelement <8 x float> undef, float %1018, i32 0
  %splat52 = shufflevector <8 x float> %1019, <8 x float> undef, <8 x i32> zeroinitializer
  %1020 = load <8 x float>, <8 x float>* %25, align 32
  %1021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %979, <8 x float> %1020)
  store <8 x float> %1021, <8 x float>* %25, align 32
  %1022 = load <8 x float>, <8 x float>* %19, align 32
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %983, <8 x float> %1022)
  store <8 x float> %1023, <8 x float>* %19, align 32
  %1024 = add i64 %694, 45
  %1025 = getelementptr inbounds float, float* %62, i64 %1024
  %1026 = load float, float* %1025, align 4
  %1027 = insertelement <8 x float> undef, float %1026, i32 0
  %splat53 = shufflevector <8 x float> %1027, <8 x float> undef, <8 x i32> zeroinitializer
  %1028 = load <8 x float>, <8 x float>* %24, align 32
  %1029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %979, <8 x float> %1028)
  store <8 x float> %1029, <8 x float>* %24, align 32
  %1030 = load <8 x float>, <8 x float>* %18, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %983, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %18, align 32
  %1032 = add i64 %695, 48
  %1033 = getelementptr inbounds float, float* %4, i64 %1032
  %1034 = bitcast float* %1033 to <8 x float>*
  %1035 = load <8 x float>, <8 x float>* %1034, align 4
  %1036 = add i64 %695, 1072
  %1037 = getelementptr inbounds float, float* %4, i64 %1036
  %1038 = bitcast float* %1037 to <8 x float>*
  %1039 = load <8 x float>, <8 x float>* %1038, align 4
  %1040 = add i64 %694, 6
  %1041 = getelementptr inbounds float, float* %62, i64 %1040
  %1042 = load float, float* %1041, align 4
  %1043 = insertelement <8 x float> undef, float %1042, i32 0
  %splat54 = shufflevector <8 x float> %1043, <8 x float> undef, <8 x i32> zeroinitializer
  %1044 = load <8 x float>, <8 x float>* %29, align 32
  %1045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %1035, <8 x float> %1044)
  store <8 x float> %1045, <8 x float>* %29, align 32
  %1046 = load <8 x float>, <8 x float>* %23, align 32
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %1039, <8 x float> %1046)
  store <8 x float> %1047, <8 x float>* %23, align 32
  %1048 = add i64 %694, 14
  %1049 = getelementptr inbounds float, float* %62, i64 %1048
  %1050 = load float, float* %1049, align 4
  %1051 = insertelement <8 x float> undef, float %1050, i32 0
  %splat55 = shufflevector <8 x float> %1051, <8 x float> undef, <8 x i32> zeroinitializer
  %1052 = load <8 x float>, <8 x float>* %28, align 32
  %1053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %1035, <8 x float> %1052)
  store <8 x float> %1053, <8 x float>* %28, align 32
  %1054 = load <8 x float>, <8 x float>* %22, align 32
  %1055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %1039, <8 x float> %1054)
  store <8 x float> %1055, <8 x float>* %22, align 32
  %1056 = add i64 %694, 22
  %1057 = getelementptr inbounds float, float* %62, i64 %1056
  %1058 = load float, float* %1057, align 4
  %1059 = insertelement <8 x float> undef, float %1058, i32 0
  %splat56 = shufflevector <8 x float> %1059, <8 x float> undef, <8 x i32> zeroinitializer
  %1060 = load <8 x float>, <8 x float>* %27, align 32
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %1035, <8 x float> %1060)
  store <8 x float> %1061, <8 x float>* %27, align 32
  %1062 = load <8 x float>, <8 x float>* %21, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %1039, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %21, align 32
  %1064 = add i64 %694, 30
  %1065 = getelementptr inbounds float, float* %62, i64 %1064
  %1066 = load float, float* %1065, align 4
  %1067 = insertelement <8 x float> undef, float %1066, i32 0
  %splat57 = shufflevector <8 x float> %1067, <8 x float> undef, <8 x i32> zeroinitializer
  %1068 = load <8 x float>, <8 x float>* %26, align 32
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %1035, <8 x float> %1068)
  store <8 x float> %1069, <8 x float>* %26, align 32
  %1070 = load <8 x float>, <8 x float>* %20, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %1039, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %20, align 32
  %1072 = add i64 %694, 38
  %1073 = getelementptr inbounds float, float* %62, i64 %1072
  %1074 = load float, float* %1073, align 4
  %1075 = insertelement <8 x float> undef, float %1074, i32 0
  %splat58 = shufflevector <8 x float> %1075, <8 x float> undef, <8 x i32> zeroinitializer
  %1076 = load <8 x float>, <8 x float>* %25, align 32
  %1077 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %1035, <8 x float> %1076)
  store <8 x float> %1077, <8 x float>* %25, align 32
  %1078 = load <8 x float>, <8 x float>* %19, align 32
  %1079 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %1039, <8 x float> %1078)
  store <8 x float> %1079, <8 x float>* %19, align 32
  %1080 = add i64 %694, 46
  %1081 = getelementptr inbounds float, float* %62, i64 %1080
  %1082 = load float, float* %1081, align 4
  %1083 = insertelement <8 x float> undef, float %1082, i32 0
  %splat59 = shufflevector <8 x float> %1083, <8 x float> undef, <8 x i32> zeroinitializer
  %1084 = load <8 x float>, <8 x float>* %24, align 32
  %1085 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %1035, <8 x float> %1084)
  store <8 x float> %1085, <8 x float>* %24, align 32
  %1086 = load <8 x float>, <8 x float>* %18, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %1039, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %18, align 32
  %1088 = add i64 %695, 56
  %1089 = getelementptr inbounds float, float* %4, i64 %1088
  %1090 = bitcast float* %1089 to <8 x float>*
  %1091 = load <8 x float>, <8 x float>* %1090, align 4
  %1092 = add i64 %695, 1080
  %1093 = getelementptr inbounds float, float* %4, i64 %1092
  %1094 = bitcast float* %1093 to <8 x float>*
  %1095 = load <8 x float>, <8 x float>* %1094, align 4
  %1096 = add i64 %694, 7
  %1097 = getelementptr inbounds float, float* %62, i64 %1096
  %1098 = load float, float* %1097, align 4
  %1099 = insertelement <8 x float> undef, float %1098, i32 0
  %splat60 = shufflevector <8 x float> %1099, <8 x float> undef, <8 x i32> zeroinitializer
  %1100 = load <8 x float>, <8 x float>* %29, align 32
  %1101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %1091, <8 x float> %1100)
  store <8 x float> %1101, <8 x float>* %29, align 32
  %1102 = load <8 x float>, <8 x float>* %23, align 32
  %1103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %1095, <8 x float> %1102)
  store <8 x float> %1103, <8 x float>* %23, align 32
  %1104 = add i64 %694, 15
  %1105 = getelementptr inbounds float, float* %62, i64 %1104
  %1106 = load float, float* %1105, align 4
  %1107 = insertelement <8 x float> undef, float %1106, i32 0
  %splat61 = shufflevector <8 x float> %1107, <8 x float> undef, <8 x i32> zeroinitializer
  %1108 = load <8 x float>, <8 x float>* %28, align 32
  %1109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %1091, <8 x float> %1108)
  store <8 x float> %1109, <8 x float>* %28, align 32
  %1110 = load <8 x float>, <8 x float>* %22, align 32
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %1095, <8 x float> %1110)
  store <8 x float> %1111, <8 x float>* %22, align 32
  %1112 = add i64 %694, 23
  %1113 = getelementptr inbounds float, float* %62, i64 %1112
  %1114 = load float, float* %1113, align 4
  %1115 = insertelement <8 x float> undef, float %1114, i32 0
  %splat62 = shufflevector <8 x float> %1115, <8 x float> undef, <8 x i32> zeroinitializer
  %1116 = load <8 x float>, <8 x float>* %27, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %1091, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %27, align 32
  %1118 = load <8 x float>, <8 x float>* %21, align 32
  %1119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %1095, <8 x float> %1118)
  store <8 x float> %1119, <8 x float>* %21, align 32
  %1120 = add i64 %694, 31
  %1121 = getelementptr inbounds float, float* %62, i64 %1120
  %1122 = load float, float* %1121, align 4
  %1123 = insertelement <8 x float> undef, float %1122, i32 0
  %splat63 = shufflevector <8 x float> %1123, <8 x float> undef, <8 x i32> zeroinitializer
  %1124 = load <8 x float>, <8 x float>* %26, align 32
  %1125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1091, <8 x float> %1124)
  store <8 x float> %1125, <8 x float>* %26, align 32
  %1126 = load <8 x float>, <8 x float>* %20, align 32
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1095, <8 x float> %1126)
  store <8 x float> %1127, <8 x float>* %20, align 32
  %1128 = add i64 %694, 39
  %1129 = getelementptr inbounds float, float* %62, i64 %1128
  %1130 = load float, float* %1129, align 4
  %1131 = insertelement <8 x float> undef, float %1130, i32 0
  %splat64 = shufflevector <8 x float> %1131, <8 x float> undef, <8 x i32> zeroinitializer
  %1132 = load <8 x float>, <8 x float>* %25, align 32
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1091, <8 x float> %1132)
  store <8 x float> %1133, <8 x float>* %25, align 32
  %1134 = load <8 x float>, <8 x float>* %19, align 32
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1095, <8 x float> %1134)
  store <8 x float> %1135, <8 x float>* %19, align 32
  %1136 = add i64 %694, 47
  %1137 = getelementptr inbounds float, float* %62, i64 %1136
  %1138 = load float, float* %1137, align 4
  %1139 = insertelement <8 x float> undef, float %1138, i32 0
  %splat65 = shufflevector <8 x float> %1139, <8 x float> undef, <8 x i32> zeroinitializer
  %1140 = load <8 x float>, <8 x float>* %24, align 32
  %1141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1091, <8 x float> %1140)
  store <8 x float> %1141, <8 x float>* %24, align 32
  %1142 = load <8 x float>, <8 x float>* %18, align 32
  %1143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1095, <8 x float> %1142)
  store <8 x float> %1143, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %1144 = load <8 x float>, <8 x float>* %29, align 32
  %1145 = fcmp olt <8 x float> %1144, zeroinitializer
  %1146 = select <8 x i1> %1145, <8 x float> zeroinitializer, <8 x float> %1144
  %1147 = getelementptr inbounds float, float* %0, i64 %593
  %1148 = bitcast float* %1147 to <8 x float>*
  store <8 x float> %1146, <8 x float>* %1148, align 4
  %1149 = load <8 x float>, <8 x float>* %28, align 32
  %1150 = fcmp olt <8 x float> %1149, zeroinitializer
  %1151 = select <8 x i1> %1150, <8 x float> zeroinitializer, <8 x float> %1149
  %1152 = getelementptr inbounds float, float* %0, i64 %596
  %1153 = bitcast float* %1152 to <8 x float>*
  store <8 x float> %1151, <8 x float>* %1153, align 4
  %1154 = load <8 x float>, <8 x float>* %27, align 32
  %1155 = fcmp olt <8 x float> %1154, zeroinitializer
  %1156 = select <8 x i1> %1155, <8 x float> zeroinitializer, <8 x float> %1154
  %1157 = getelementptr inbounds float, float* %0, i64 %599
  %1158 = bitcast float* %1157 to <8 x float>*
  store <8 x float> %1156, <8 x float>* %1158, align 4
  %1159 = load <8 x float>, <8 x float>* %26, align 32
  %1160 = fcmp olt <8 x float> %1159, zeroinitializer
  %1161 = select <8 x i1> %1160, <8 x float> zeroinitializer, <8 x float> %1159
  %1162 = getelementptr inbounds float, float* %0, i64 %602
  %1163 = bitcast float* %1162 to <8 x float>*
  store <8 x float> %1161, <8 x float>* %1163, align 4
  %1164 = load <8 x float>, <8 x float>* %25, align 32
  %1165 = fcmp olt <8 x float> %1164, zeroinitializer
  %1166 = select <8 x i1> %1165, <8 x float> zeroinitializer, <8 x float> %1164
  %1167 = getelementptr inbounds float, float* %0, i64 %605
  %1168 = bitcast float* %1167 to <8 x float>*
  store <8 x float> %1166, <8 x float>* %1168, align 4
  %1169 = load <8 x float>, <8 x float>* %24, align 32
  %1170 = fcmp olt <8 x float> %1169, zeroinitializer
  %1171 = select <8 x i1> %1170, <8 x float> zeroinitializer, <8 x float> %1169
  %1172 = getelementptr inbounds float, float* %0, i64 %608
  %1173 = bitcast float* %1172 to <8 x float>*
  store <8 x float> %1171, <8 x float>* %1173, align 4
  %1174 = load <8 x float>, <8 x float>* %23, align 32
  %1175 = fcmp olt <8 x float> %1174, zeroinitializer
  %1176 = select <8 x i1> %1175, <8 x float> zeroinitializer, <8 x float> %1174
  %1177 = getelementptr inbounds float, float* %0, i64 %615
  %1178 = bitcast float* %1177 to <8 x float>*
  store <8 x float> %1176, <8 x float>* %1178, align 4
  %1179 = load <8 x float>, <8 x float>* %22, align 32
  %1180 = fcmp olt <8 x float> %1179, zeroinitializer
  %1181 = select <8 x i1> %1180, <8 x float> zeroinitializer, <8 x float> %1179
  %1182 = getelementptr inbounds float, float* %0, i64 %618
  %1183 = bitcast float* %1182 to <8 x float>*
  store <8 x float> %1181, <8 x float>* %1183, align 4
  %1184 = load <8 x float>, <8 x float>* %21, align 32
  %1185 = fcmp olt <8 x float> %1184, zeroinitializer
  %1186 = select <8 x i1> %1185, <8 x float> zeroinitializer, <8 x float> %1184
  %1187 = getelementptr inbounds float, float* %0, i64 %621
  %1188 = bitcast float* %1187 to <8 x float>*
  store <8 x float> %1186, <8 x float>* %1188, align 4
  %1189 = load <8 x float>, <8 x float>* %20, align 32
  %1190 = fcmp olt <8 x float> %1189, zeroinitializer
  %1191 = select <8 x i1> %1190, <8 x float> zeroinitializer, <8 x float> %1189
  %1192 = getelementptr inbounds float, float* %0, i64 %624
  %1193 = bitcast float* %1192 to <8 x float>*
  store <8 x float> %1191, <8 x float>* %1193, align 4
  %1194 = load <8 x float>, <8 x float>* %19, align 32
  %1195 = fcmp olt <8 x float> %1194, zeroinitializer
  %1196 = select <8 x i1> %1195, <8 x float> zeroinitializer, <8 x float> %1194
  %1197 = getelementptr inbounds float, float* %0, i64 %627
  %1198 = bitcast float* %1197 to <8 x float>*
  store <8 x float> %1196, <8 x float>* %1198, align 4
  %1199 = load <8 x float>, <8 x float>* %18, align 32
  %1200 = fcmp olt <8 x float> %1199, zeroinitializer
  %1201 = select <8 x i1> %1200, <8 x float> zeroinitializer, <8 x float> %1199
  %1202 = getelementptr inbounds float, float* %0, i64 %630
  %1203 = bitcast float* %1202 to <8 x float>*
  store <8 x float> %1201, <8 x float>* %1203, align 4
  %x.next66 = add i64 %x18, 6
  br label %x.header15

u.header67:                                       ; preds = %u.body68, %x.exit17
  %u70 = phi i64 [ 0, %x.exit17 ], [ %u.next103, %u.body68 ]
  %1204 = icmp slt i64 %u70, 16
  br i1 %1204, label %u.body68, label %u.exit69

u.body68:                                         ; preds = %u.header67
  %1205 = add i64 0, %u70
  %1206 = mul i64 %1205, 896
  %1207 = add i64 864, %1206
  %1208 = mul i64 %1205, 64
  %1209 = add i64 %584, %1208
  %1210 = add i64 %1207, 0
  %1211 = add i64 %1210, 0
  %1212 = add i64 %1209, 0
  %1213 = add i64 %1212, 0
  %1214 = getelementptr inbounds float, float* %4, i64 %1213
  %1215 = bitcast float* %1214 to <8 x float>*
  %1216 = load <8 x float>, <8 x float>* %1215, align 4
  %1217 = add i64 %1212, 1024
  %1218 = getelementptr inbounds float, float* %4, i64 %1217
  %1219 = bitcast float* %1218 to <8 x float>*
  %1220 = load <8 x float>, <8 x float>* %1219, align 4
  %1221 = add i64 %1211, 0
  %1222 = getelementptr inbounds float, float* %62, i64 %1221
  %1223 = load float, float* %1222, align 4
  %1224 = insertelement <8 x float> undef, float %1223, i32 0
  %splat71 = shufflevector <8 x float> %1224, <8 x float> undef, <8 x i32> zeroinitializer
  %1225 = load <8 x float>, <8 x float>* %17, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1216, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %17, align 32
  %1227 = load <8 x float>, <8 x float>* %13, align 32
  %1228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1220, <8 x float> %1227)
  store <8 x float> %1228, <8 x float>* %13, align 32
  %1229 = add i64 %1211, 8
  %1230 = getelementptr inbounds float, float* %62, i64 %1229
  %1231 = load float, float* %1230, align 4
  %1232 = insertelement <8 x float> undef, float %1231, i32 0
  %splat72 = shufflevector <8 x float> %1232, <8 x float> undef, <8 x i32> zeroinitializer
  %1233 = load <8 x float>, <8 x float>* %16, align 32
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1216, <8 x float> %1233)
  store <8 x float> %1234, <8 x float>* %16, align 32
  %1235 = load <8 x float>, <8 x float>* %12, align 32
  %1236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1220, <8 x float> %1235)
  store <8 x float> %1236, <8 x float>* %12, align 32
  %1237 = add i64 %1211, 16
  %1238 = getelementptr inbounds float, float* %62, i64 %1237
  %1239 = load float, float* %1238, align 4
  %1240 = insertelement <8 x float> undef, float %1239, i32 0
  %splat73 = shufflevector <8 x float> %1240, <8 x float> undef, <8 x i32> zeroinitializer
  %1241 = load <8 x float>, <8 x float>* %15, align 32
  %1242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1216, <8 x float> %1241)
  store <8 x float> %1242, <8 x float>* %15, align 32
  %1243 = load <8 x float>, <8 x float>* %11, align 32
  %1244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1220, <8 x float> %1243)
  store <8 x float> %1244, <8 x float>* %11, align 32
  %1245 = add i64 %1211, 24
  %1246 = getelementptr inbounds float, float* %62, i64 %1245
  %1247 = load float, float* %1246, align 4
  %1248 = insertelement <8 x float> undef, float %1247, i32 0
  %splat74 = shufflevector <8 x float> %1248, <8 x float> undef, <8 x i32> zeroinitializer
  %1249 = load <8 x float>, <8 x float>* %14, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1216, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %14, align 32
  %1251 = load <8 x float>, <8 x float>* %10, align 32
  %1252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1220, <8 x float> %1251)
  store <8 x float> %1252, <8 x float>* %10, align 32
  %1253 = add i64 %1212, 8
  %1254 = getelementptr inbounds float, float* %4, i64 %1253
  %1255 = bitcast float* %1254 to <8 x float>*
  %1256 = load <8 x float>, <8 x float>* %1255, align 4
  %1257 = add i64 %1212, 1032
  %1258 = getelementptr inbounds float, float* %4, i64 %1257
  %1259 = bitcast float* %1258 to <8 x float>*
  %1260 = load <8 x float>, <8 x float>* %1259, align 4
  %1261 = add i64 %1211, 1
  %1262 = getelementptr inbounds float, float* %62, i64 %1261
  %1263 = load float, float* %1262, align 4
  %1264 = insertelement <8 x float> undef, float %1263, i32 0
  %splat75 = shufflevector <8 x float> %1264, <8 x float> undef, <8 x i32> zeroinitializer
  %1265 = load <8 x float>, <8 x float>* %17, align 32
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1256, <8 x float> %1265)
  store <8 x float> %1266, <8 x float>* %17, align 32
  %1267 = load <8 x float>, <8 x float>* %13, align 32
  %1268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1260, <8 x float> %1267)
  store <8 x float> %1268, <8 x float>* %13, align 32
  %1269 = add i64 %1211, 9
  %1270 = getelementptr inbounds float, float* %62, i64 %1269
  %1271 = load float, float* %1270, align 4
  %1272 = insertelement <8 x float> undef, float %1271, i32 0
  %splat76 = shufflevector <8 x float> %1272, <8 x float> undef, <8 x i32> zeroinitializer
  %1273 = load <8 x float>, <8 x float>* %16, align 32
  %1274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1256, <8 x float> %1273)
  store <8 x float> %1274, <8 x float>* %16, align 32
  %1275 = load <8 x float>, <8 x float>* %12, align 32
  %1276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1260, <8 x float> %1275)
  store <8 x float> %1276, <8 x float>* %12, align 32
  %1277 = add i64 %1211, 17
  %1278 = getelementptr inbounds float, float* %62, i64 %1277
  %1279 = load float, float* %1278, align 4
  %1280 = insertelement <8 x float> undef, float %1279, i32 0
  %splat77 = shufflevector <8 x float> %1280, <8 x float> undef, <8 x i32> zeroinitializer
  %1281 = load <8 x float>, <8 x float>* %15, align 32
  %1282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1256, <8 x float> %1281)
  store <8 x float> %1282, <8 x float>* %15, align 32
  %1283 = load <8 x float>, <8 x float>* %11, align 32
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1260, <8 x float> %1283)
  store <8 x float> %1284, <8 x float>* %11, align 32
  %1285 = add i64 %1211, 25
  %1286 = getelementptr inbounds float, float* %62, i64 %1285
  %1287 = load float, float* %1286, align 4
  %1288 = insertelement <8 x float> undef, float %1287, i32 0
  %splat78 = shufflevector <8 x float> %1288, <8 x float> undef, <8 x i32> zeroinitializer
  %1289 = load <8 x float>, <8 x float>* %14, align 32
  %1290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1256, <8 x float> %1289)
  store <8 x float> %1290, <8 x float>* %14, align 32
  %1291 = load <8 x float>, <8 x float>* %10, align 32
  %1292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1260, <8 x float> %1291)
  store <8 x float> %1292, <8 x float>* %10, align 32
  %1293 = add i64 %1212, 16
  %1294 = getelementptr inbounds float, float* %4, i64 %1293
  %1295 = bitcast float* %1294 to <8 x float>*
  %1296 = load <8 x float>, <8 x float>* %1295, align 4
  %1297 = add i64 %1212, 1040
  %1298 = getelementptr inbounds float, float* %4, i64 %1297
  %1299 = bitcast float* %1298 to <8 x float>*
  %1300 = load <8 x float>, <8 x float>* %1299, align 4
  %1301 = add i64 %1211, 2
  %1302 = getelementptr inbounds float, float* %62, i64 %1301
  %1303 = load float, float* %1302, align 4
  %1304 = insertelement <8 x float> undef, float %1303, i32 0
  %splat79 = shufflevector <8 x float> %1304, <8 x float> undef, <8 x i32> zeroinitializer
  %1305 = load <8 x float>, <8 x float>* %17, align 32
  %1306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1296, <8 x float> %1305)
  store <8 x float> %1306, <8 x float>* %17, align 32
  %1307 = load <8 x float>, <8 x float>* %13, align 32
  %1308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1300, <8 x float> %1307)
  store <8 x float> %1308, <8 x float>* %13, align 32
  %1309 = add i64 %1211, 10
  %1310 = getelementptr inbounds float, float* %62, i64 %1309
  %1311 = load float, float* %1310, align 4
  %1312 = insertelement <8 x float> undef, float %1311, i32 0
  %splat80 = shufflevector <8 x float> %1312, <8 x float> undef, <8 x i32> zeroinitializer
  %1313 = load <8 x float>, <8 x float>* %16, align 32
  %1314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1296, <8 x float> %1313)
  store <8 x float> %1314, <8 x float>* %16, align 32
  %1315 = load <8 x float>, <8 x float>* %12, align 32
  %1316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1300, <8 x float> %1315)
  store <8 x float> %1316, <8 x float>* %12, align 32
  %1317 = add i64 %1211, 18
  %1318 = getelementptr inbounds float, float* %62, i64 %1317
  %1319 = load float, float* %1318, align 4
  %1320 = insertelement <8 x float> undef, float %1319, i32 0
  %splat81 = shufflevector <8 x float> %1320, <8 x float> undef, <8 x i32> zeroinitializer
  %1321 = load <8 x float>, <8 x float>* %15, align 32
  %1322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1296, <8 x float> %1321)
  store <8 x float> %1322, <8 x float>* %15, align 32
  %1323 = load <8 x float>, <8 x float>* %11, align 32
  %1324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1300, <8 x float> %1323)
  store <8 x float> %1324, <8 x float>* %11, align 32
  %1325 = add i64 %1211, 26
  %1326 = getelementptr inbounds float, float* %62, i64 %1325
  %1327 = load float, float* %1326, align 4
  %1328 = insertelement <8 x float> undef, float %1327, i32 0
  %splat82 = shufflevector <8 x float> %1328, <8 x float> undef, <8 x i32> zeroinitializer
  %1329 = load <8 x float>, <8 x float>* %14, align 32
  %1330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1296, <8 x float> %1329)
  store <8 x float> %1330, <8 x float>* %14, align 32
  %1331 = load <8 x float>, <8 x float>* %10, align 32
  %1332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1300, <8 x float> %1331)
  store <8 x float> %1332, <8 x float>* %10, align 32
  %1333 = add i64 %1212, 24
  %1334 = getelementptr inbounds float, float* %4, i64 %1333
  %1335 = bitcast float* %1334 to <8 x float>*
  %1336 = load <8 x float>, <8 x float>* %1335, align 4
  %1337 = add i64 %1212, 1048
  %1338 = getelementptr inbounds float, float* %4, i64 %1337
  %1339 = bitcast float* %1338 to <8 x float>*
  %1340 = load <8 x float>, <8 x float>* %1339, align 4
  %1341 = add i64 %1211, 3
  %1342 = getelementptr inbounds float, float* %62, i64 %1341
  %1343 = load float, float* %1342, align 4
  %1344 = insertelement <8 x float> undef, float %1343, i32 0
  %splat83 = shufflevector <8 x float> %1344, <8 x float> undef, <8 x i32> zeroinitializer
  %1345 = load <8 x float>, <8 x float>* %17, align 32
  %1346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1336, <8 x float> %1345)
  store <8 x float> %1346, <8 x float>* %17, align 32
  %1347 = load <8 x float>, <8 x float>* %13, align 32
  %1348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1340, <8 x float> %1347)
  store <8 x float> %1348, <8 x float>* %13, align 32
  %1349 = add i64 %1211, 11
  %1350 = getelementptr inbounds float, float* %62, i64 %1349
  %1351 = load float, float* %1350, align 4
  %1352 = insertelement <8 x float> undef, float %1351, i32 0
  %splat84 = shufflevector <8 x float> %1352, <8 x float> undef, <8 x i32> zeroinitializer
  %1353 = load <8 x float>, <8 x float>* %16, align 32
  %1354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1336, <8 x float> %1353)
  store <8 x float> %1354, <8 x float>* %16, align 32
  %1355 = load <8 x float>, <8 x float>* %12, align 32
  %1356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1340, <8 x float> %1355)
  store <8 x float> %1356, <8 x float>* %12, align 32
  %1357 = add i64 %1211, 19
  %1358 = getelementptr inbounds float, float* %62, i64 %1357
  %1359 = load float, float* %1358, align 4
  %1360 = insertelement <8 x float> undef, float %1359, i32 0
  %splat85 = shufflevector <8 x float> %1360, <8 x float> undef, <8 x i32> zeroinitializer
  %1361 = load <8 x float>, <8 x float>* %15, align 32
  %1362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1336, <8 x float> %1361)
  store <8 x float> %1362, <8 x float>* %15, align 32
  %1363 = load <8 x float>, <8 x float>* %11, align 32
  %1364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1340, <8 x float> %1363)
  store <8 x float> %1364, <8 x float>* %11, align 32
  %1365 = add i64 %1211, 27
  %1366 = getelementptr inbounds float, float* %62, i64 %1365
  %1367 = load float, float* %1366, align 4
  %1368 = insertelement <8 x float> undef, float %1367, i32 0
  %splat86 = shufflevector <8 x float> %1368, <8 x float> undef, <8 x i32> zeroinitializer
  %1369 = load <8 x float>, <8 x float>* %14, align 32
  %1370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1336, <8 x float> %1369)
  store <8 x float> %1370, <8 x float>* %14, align 32
  %1371 = load <8 x float>, <8 x float>* %10, align 32
  %1372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1340, <8 x float> %1371)
  store <8 x float> %1372, <8 x float>* %10, align 32
  %1373 = add i64 %1212, 32
  %1374 = getelementptr inbounds float, float* %4, i64 %1373
  %1375 = bitcast float* %1374 to <8 x float>*
  %1376 = load <8 x float>, <8 x float>* %1375, align 4
  %1377 = add i64 %1212, 1056
  %1378 = getelementptr inbounds float, float* %4, i64 %1377
  %1379 = bitcast float* %1378 to <8 x float>*
  %1380 = load <8 x float>, <8 x float>* %1379, align 4
  %1381 = add i64 %1211, 4
  %1382 = getelementptr inbounds float, float* %62, i64 %1381
  %1383 = load float, float* %1382, align 4
  %1384 = insertelement <8 x float> undef, float %1383, i32 0
  %splat87 = shufflevector <8 x float> %1384, <8 x float> undef, <8 x i32> zeroinitializer
  %1385 = load <8 x float>, <8 x float>* %17, align 32
  %1386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1376, <8 x float> %1385)
  store <8 x float> %1386, <8 x float>* %17, align 32
  %1387 = load <8 x float>, <8 x float>* %13, align 32
  %1388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1380, <8 x float> %1387)
  store <8 x float> %1388, <8 x float>* %13, align 32
  %1389 = add i64 %1211, 12
  %1390 = getelementptr inbounds float, float* %62, i64 %1389
  %1391 = load float, float* %1390, align 4
  %1392 = insertelement <8 x float> undef, float %1391, i32 0
  %splat88 = shufflevector <8 x float> %1392, <8 x float> undef, <8 x i32> zeroinitializer
  %1393 = load <8 x float>, <8 x float>* %16, align 32
  %1394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1376, <8 x float> %1393)
  store <8 x float> %1394, <8 x float>* %16, align 32
  %1395 = load <8 x float>, <8 x float>* %12, align 32
  %1396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1380, <8 x float> %1395)
  store <8 x float> %1396, <8 x float>* %12, align 32
  %1397 = add i64 %1211, 20
  %1398 = getelementptr inbounds float, float* %62, i64 %1397
  %1399 = load float, float* %1398, align 4
  %1400 = insertelement <8 x float> undef, float %1399, i32 0
  %splat89 = shufflevector <8 x float> %1400, <8 x float> undef, <8 x i32> zeroinitializer
  %1401 = load <8 x float>, <8 x float>* %15, align 32
  %1402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1376, <8 x float> %1401)
  store <8 x float> %1402, <8 x float>* %15, align 32
  %1403 = load <8 x float>, <8 x float>* %11, align 32
  %1404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1380, <8 x float> %1403)
  store <8 x float> %1404, <8 x float>* %11, align 32
  %1405 = add i64 %1211, 28
  %1406 = getelementptr inbounds float, float* %62, i64 %1405
  %1407 = load float, float* %1406, align 4
  %1408 = insertelement <8 x float> undef, float %1407, i32 0
  %splat90 = shufflevector <8 x float> %1408, <8 x float> undef, <8 x i32> zeroinitializer
  %1409 = load <8 x float>, <8 x float>* %14, align 32
  %1410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1376, <8 x float> %1409)
  store <8 x float> %1410, <8 x float>* %14, align 32
  %1411 = load <8 x float>, <8 x float>* %10, align 32
  %1412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1380, <8 x float> %1411)
  store <8 x float> %1412, <8 x float>* %10, align 32
  %1413 = add i64 %1212, 40
  %1414 = getelementptr inbounds float, float* %4, i64 %1413
  %1415 = bitcast float* %1414 to <8 x float>*
  %1416 = load <8 x float>, <8 x float>* %1415, align 4
  %1417 = add i64 %1212, 1064
  %1418 = getelementptr inbounds float, float* %4, i64 %1417
  %1419 = bitcast float* %1418 to <8 x float>*
  %1420 = load <8 x float>, <8 x float>* %1419, align 4
  %1421 = add i64 %1211, 5
  %1422 = getelementptr inbounds float, float* %62, i64 %1421
  %1423 = load float, float* %1422, align 4
  %1424 = insertelement <8 x float> undef, float %1423, i32 0
  %splat91 = shufflevector <8 x float> %1424, <8 x float> undef, <8 x i32> zeroinitializer
  %1425 = load <8 x float>, <8 x float>* %17, align 32
  %1426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1416, <8 x float> %1425)
  store <8 x float> %1426, <8 x float>* %17, align 32
  %1427 = load <8 x float>, <8 x float>* %13, align 32
  %1428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1420, <8 x float> %1427)
  store <8 x float> %1428, <8 x float>* %13, align 32
  %1429 = add i64 %1211, 13
  %1430 = getelementptr inbounds float, float* %62, i64 %1429
  %1431 = load float, float* %1430, align 4
  %1432 = insertelement <8 x float> undef, float %1431, i32 0
  %splat92 = shufflevector <8 x float> %1432, <8 x float> undef, <8 x i32> zeroinitializer
  %1433 = load <8 x float>, <8 x float>* %16, align 32
  %1434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1416, <8 x float> %1433)
  store <8 x float> %1434, <8 x float>* %16, align 32
  %1435 = load <8 x float>, <8 x float>* %12, align 32
  %1436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1420, <8 x float> %1435)
  store <8 x float> %1436, <8 x float>* %12, align 32
  %1437 = add i64 %1211, 21
  %1438 = getelementptr inbounds float, float* %62, i64 %1437
  %1439 = load float, float* %1438, align 4
  %1440 = insertelement <8 x float> undef, float %1439, i32 0
  %splat93 = shufflevector <8 x float> %1440, <8 x float> undef, <8 x i32> zeroinitializer
  %1441 = load <8 x float>, <8 x float>* %15, align 32
  %1442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1416, <8 x float> %1441)
  store <8 x float> %1442, <8 x float>* %15, align 32
  %1443 = load <8 x float>, <8 x float>* %11, align 32
  %1444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1420, <8 x float> %1443)
  store <8 x float> %1444, <8 x float>* %11, align 32
  %1445 = add i64 %1211, 29
  %1446 = getelementptr inbounds float, float* %62, i64 %1445
  %1447 = load float, float* %1446, align 4
  %1448 = insertelement <8 x float> undef, float %1447, i32 0
  %splat94 = shufflevector <8 x float> %1448, <8 x float> undef, <8 x i32> zeroinitializer
  %1449 = load <8 x float>, <8 x float>* %14, align 32
  %1450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1416, <8 x float> %1449)
  store <8 x float> %1450, <8 x float>* %14, align 32
  %1451 = load <8 x float>, <8 x float>* %10, align 32
  %1452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1420, <8 x float> %1451)
  store <8 x float> %1452, <8 x float>* %10, align 32
  %1453 = add i64 %1212, 48
  %1454 = getelementptr inbounds float, float* %4, i64 %1453
  %1455 = bitcast float* %1454 to <8 x float>*
  %1456 = load <8 x float>, <8 x float>* %1455, align 4
  %1457 = add i64 %1212, 1072
  %1458 = getelementptr inbounds float, float* %4, i64 %1457
  %1459 = bitcast float* %1458 to <8 x float>*
  %1460 = load <8 x float>, <8 x float>* %1459, align 4
  %1461 = add i64 %1211, 6
  %1462 = getelementptr inbounds float, float* %62, i64 %1461
  %1463 = load float, float* %1462, align 4
  %1464 = insertelement <8 x float> undef, float %1463, i32 0
  %splat95 = shufflevector <8 x float> %1464, <8 x float> undef, <8 x i32> zeroinitializer
  %1465 = load <8 x float>, <8 x float>* %17, align 32
  %1466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1456, <8 x float> %1465)
  store <8 x float> %1466, <8 x float>* %17, align 32
  %1467 = load <8 x float>, <8 x float>* %13, align 32
  %1468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1460, <8 x float> %1467)
  store <8 x float> %1468, <8 x float>* %13, align 32
  %1469 = add i64 %1211, 14
  %1470 = getelementptr inbounds float, float* %62, i64 %1469
  %1471 = load float, float* %1470, align 4
  %1472 = insertelement <8 x float> undef, float %1471, i32 0
  %splat96 = shufflevector <8 x float> %1472, <8 x float> undef, <8 x i32> zeroinitializer
  %1473 = load <8 x float>, <8 x float>* %16, align 32
  %1474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1456, <8 x float> %1473)
  store <8 x float> %1474, <8 x float>* %16, align 32
  %1475 = load <8 x float>, <8 x float>* %12, align 32
  %1476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1460, <8 x float> %1475)
  store <8 x float> %1476, <8 x float>* %12, align 32
  %1477 = add i64 %1211, 22
  %1478 = getelementptr inbounds float, float* %62, i64 %1477
  %1479 = load float, float* %1478, align 4
  %1480 = insertelement <8 x float> undef, float %1479, i32 0
  %splat97 = shufflevector <8 x float> %1480, <8 x float> undef, <8 x i32> zeroinitializer
  %1481 = load <8 x float>, <8 x float>* %15, align 32
  %1482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1456, <8 x float> %1481)
  store <8 x float> %1482, <8 x float>* %15, align 32
  %1483 = load <8 x float>, <8 x float>* %11, align 32
  %1484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1460, <8 x float> %1483)
  store <8 x float> %1484, <8 x float>* %11, align 32
  %1485 = add i64 %1211, 30
  %1486 = getelementptr inbounds float, float* %62, i64 %1485
  %1487 = load float, float* %1486, align 4
  %1488 = insertelement <8 x float> undef, float %1487, i32 0
  %splat98 = shufflevector <8 x float> %1488, <8 x float> undef, <8 x i32> zeroinitializer
  %1489 = load <8 x float>, <8 x float>* %14, align 32
  %1490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1456, <8 x float> %1489)
  store <8 x float> %1490, <8 x float>* %14, align 32
  %1491 = load <8 x float>, <8 x float>* %10, align 32
  %1492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1460, <8 x float> %1491)
  store <8 x float> %1492, <8 x float>* %10, align 32
  %1493 = add i64 %1212, 56
  %1494 = getelementptr inbounds float, float* %4, i64 %1493
  %1495 = bitcast float* %1494 to <8 x float>*
  %1496 = load <8 x float>, <8 x float>* %1495, align 4
  %1497 = add i64 %1212, 1080
  %1498 = getelementptr inbounds float, float* %4, i64 %1497
  %1499 = bitcast float* %1498 to <8 x float>*
  %1500 = load <8 x float>, <8 x float>* %1499, align 4
  %1501 = add i64 %1211, 7
  %1502 = getelementptr inbounds float, float* %62, i64 %1501
  %1503 = load float, float* %1502, align 4
  %1504 = insertelement <8 x float> undef, float %1503, i32 0
  %splat99 = shufflevector <8 x float> %1504, <8 x float> undef, <8 x i32> zeroinitializer
  %1505 = load <8 x float>, <8 x float>* %17, align 32
  %1506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1496, <8 x float> %1505)
  store <8 x float> %1506, <8 x float>* %17, align 32
  %1507 = load <8 x float>, <8 x float>* %13, align 32
  %1508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1500, <8 x float> %1507)
  store <8 x float> %1508, <8 x float>* %13, align 32
  %1509 = add i64 %1211, 15
  %1510 = getelementptr inbounds float, float* %62, i64 %1509
  %1511 = load float, float* %1510, align 4
  %1512 = insertelement <8 x float> undef, float %1511, i32 0
  %splat100 = shufflevector <8 x float> %1512, <8 x float> undef, <8 x i32> zeroinitializer
  %1513 = load <8 x float>, <8 x float>* %16, align 32
  %1514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1496, <8 x float> %1513)
  store <8 x float> %1514, <8 x float>* %16, align 32
  %1515 = load <8 x float>, <8 x float>* %12, align 32
  %1516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1500, <8 x float> %1515)
  store <8 x float> %1516, <8 x float>* %12, align 32
  %1517 = add i64 %1211, 23
  %1518 = getelementptr inbounds float, float* %62, i64 %1517
  %1519 = load float, float* %1518, align 4
  %1520 = insertelement <8 x float> undef, float %1519, i32 0
  %splat101 = shufflevector <8 x float> %1520, <8 x float> undef, <8 x i32> zeroinitializer
  %1521 = load <8 x float>, <8 x float>* %15, align 32
  %1522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1496, <8 x float> %1521)
  store <8 x float> %1522, <8 x float>* %15, align 32
  %1523 = load <8 x float>, <8 x float>* %11, align 32
  %1524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1500, <8 x float> %1523)
  store <8 x float> %1524, <8 x float>* %11, align 32
  %1525 = add i64 %1211, 31
  %1526 = getelementptr inbounds float, float* %62, i64 %1525
  %1527 = load float, float* %1526, align 4
  %1528 = insertelement <8 x float> undef, float %1527, i32 0
  %splat102 = shufflevector <8 x float> %1528, <8 x float> undef, <8 x i32> zeroinitializer
  %1529 = load <8 x float>, <8 x float>* %14, align 32
  %1530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1496, <8 x float> %1529)
  store <8 x float> %1530, <8 x float>* %14, align 32
  %1531 = load <8 x float>, <8 x float>* %10, align 32
  %1532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1500, <8 x float> %1531)
  store <8 x float> %1532, <8 x float>* %10, align 32
  %u.next103 = add i64 %u70, 1
  br label %u.header67

u.exit69:                                         ; preds = %u.header67
  %1533 = load <8 x float>, <8 x float>* %17, align 32
  %1534 = fcmp olt <8 x float> %1533, zeroinitializer
  %1535 = select <8 x i1> %1534, <8 x float> zeroinitializer, <8 x float> %1533
  %1536 = getelementptr inbounds float, float* %0, i64 %651
  %1537 = bitcast float* %1536 to <8 x float>*
  store <8 x float> %1535, <8 x float>* %1537, align 4
  %1538 = load <8 x float>, <8 x float>* %16, align 32
  %1539 = fcmp olt <8 x float> %1538, zeroinitializer
  %1540 = select <8 x i1> %1539, <8 x float> zeroinitializer, <8 x float> %1538
  %1541 = getelementptr inbounds float, float* %0, i64 %654
  %1542 = bitcast float* %1541 to <8 x float>*
  store <8 x float> %1540, <8 x float>* %1542, align 4
  %1543 = load <8 x float>, <8 x float>* %15, align 32
  %1544 = fcmp olt <8 x float> %1543, zeroinitializer
  %1545 = select <8 x i1> %1544, <8 x float> zeroinitializer, <8 x float> %1543
  %1546 = getelementptr inbounds float, float* %0, i64 %657
  %1547 = bitcast float* %1546 to <8 x float>*
  store <8 x float> %1545, <8 x float>* %1547, align 4
  %1548 = load <8 x float>, <8 x float>* %14, align 32
  %1549 = fcmp olt <8 x float> %1548, zeroinitializer
  %1550 = select <8 x i1> %1549, <8 x float> zeroinitializer, <8 x float> %1548
  %1551 = getelementptr inbounds float, float* %0, i64 %660
  %1552 = bitcast float* %1551 to <8 x float>*
  store <8 x float> %1550, <8 x float>* %1552, align 4
  %1553 = load <8 x float>, <8 x float>* %13, align 32
  %1554 = fcmp olt <8 x float> %1553, zeroinitializer
  %1555 = select <8 x i1> %1554, <8 x float> zeroinitializer, <8 x float> %1553
  %1556 = getelementptr inbounds float, float* %0, i64 %667
  %1557 = bitcast float* %1556 to <8 x float>*
  store <8 x float> %1555, <8 x float>* %1557, align 4
  %1558 = load <8 x float>, <8 x float>* %12, align 32
  %1559 = fcmp olt <8 x float> %1558, zeroinitializer
  %1560 = select <8 x i1> %1559, <8 x float> zeroinitializer, <8 x float> %1558
  %1561 = getelementptr inbounds float, float* %0, i64 %670
  %1562 = bitcast float* %1561 to <8 x float>*
  store <8 x float> %1560, <8 x float>* %1562, align 4
  %1563 = load <8 x float>, <8 x float>* %11, align 32
  %1564 = fcmp olt <8 x float> %1563, zeroinitializer
  %1565 = select <8 x i1> %1564, <8 x float> zeroinitializer, <8 x float> %1563
  %1566 = getelementptr inbounds float, float* %0, i64 %673
  %1567 = bitcast float* %1566 to <8 x float>*
  store <8 x float> %1565, <8 x float>* %1567, align 4
  %1568 = load <8 x float>, <8 x float>* %10, align 32
  %1569 = fcmp olt <8 x float> %1568, zeroinitializer
  %1570 = select <8 x i1> %1569, <8 x float> zeroinitializer, <8 x float> %1568
  %1571 = getelementptr inbounds float, float* %0, i64 %676
  %1572 = bitcast float* %1571 to <8 x float>*
  store <8 x float> %1570, <8 x float>* %1572, align 4
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
  call void @node3.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %27, i64 %29)
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
  %47 = add i64 %9, 6
  %48 = sdiv i64 %47, 7
  %49 = icmp slt i64 16, %48
  %50 = select i1 %49, i64 16, i64 %48
  %51 = icmp sgt i64 1, %50
  %52 = select i1 %51, i64 1, i64 %50
  %53 = sub i64 %52, 1
  %54 = add i64 16, %53
  %55 = sdiv i64 %54, %52
  %56 = bitcast [14336 x float]* %band to float*
  %57 = mul i64 %52, 7
  %58 = sub i64 %9, 1
  %59 = add i64 %57, %58
  %60 = sdiv i64 %59, %9
  %61 = mul i64 %8, %60
  %62 = icmp slt i64 %61, %57
  %63 = select i1 %62, i64 %61, i64 %57
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, %57
  %66 = select i1 %65, i64 %64, i64 %57
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %63, %entry ], [ %task.next, %block.group.exit ]
  %67 = icmp slt i64 %task, %66
  br i1 %67, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %68 = srem i64 %task, %52
  %69 = sdiv i64 %task, %52
  %70 = srem i64 %69, 7
  %71 = mul i64 %52, 7
  %72 = sdiv i64 %task, %71
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %73 = icmp slt i64 %channel.block, 16
  br i1 %73, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %74 = mul i64 %72, 16
  %75 = add i64 %74, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %76 = mul i64 %68, %55
  %77 = add i64 %76, %55
  %78 = icmp slt i64 %77, 16
  %79 = select i1 %78, i64 %77, i64 16
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit10, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit10 ]
  %80 = icmp slt i64 %band.row, 4
  br i1 %80, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %81 = mul i64 %70, 4
  %82 = add i64 %81, %band.row
  %83 = mul i64 %channel.block, 4
  %84 = add i64 %83, %band.row
  %85 = mul i64 %84, 224
  %86 = srem i64 %75, 16
  %87 = mul i64 %75, 25088
  %88 = mul i64 %82, 2
  %89 = sub i64 %88, 1
  %90 = mul i64 %86, 8
  %91 = getelementptr inbounds float, float* %7, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  store <8 x float> %93, <8 x float>* %46, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !8

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %94 = icmp slt i64 %kh, 3
  br i1 %94, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %95 = mul i64 %kh, 1
  %96 = add i64 %89, %95
  %97 = icmp sge i64 %96, 0
  %98 = icmp slt i64 %96, 56
  %99 = and i1 %97, %98
  br i1 %99, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %100 = add i64 %85, 0
  %101 = load <8 x float>, <8 x float>* %46, align 32
  %102 = fcmp olt <8 x float> %101, zeroinitializer
  %103 = select <8 x i1> %102, <8 x float> zeroinitializer, <8 x float> %101
  %104 = getelementptr inbounds float, float* %56, i64 %100
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %103, <8 x float>* %105, align 4
  br label %x.header

then:                                             ; preds = %kh.body
  %106 = mul i64 %96, 448
  %107 = add i64 %87, %106
  %108 = mul i64 %86, 3
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
  %128 = load <8 x float>, <8 x float>* %46, align 32
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %127, <8 x float> %118, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %46, align 32
  %130 = add i64 %123, 16
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = load <8 x float>, <8 x float>* %46, align 32
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %133, <8 x float> %122, <8 x float> %134)
  store <8 x float> %135, <8 x float>* %46, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

x.header:                                         ; preds = %kh.exit3, %kh.exit
  %x = phi i64 [ 1, %kh.exit ], [ %x.next, %kh.exit3 ]
  %136 = icmp slt i64 %x, 23
  br i1 %136, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %93, <8 x float>* %45, align 32
  store <8 x float> %93, <8 x float>* %44, align 32
  store <8 x float> %93, <8 x float>* %43, align 32
  store <8 x float> %93, <8 x float>* %42, align 32
  store <8 x float> %93, <8 x float>* %41, align 32
  store <8 x float> %93, <8 x float>* %40, align 32
  store <8 x float> %93, <8 x float>* %39, align 32
  store <8 x float> %93, <8 x float>* %38, align 32
  store <8 x float> %93, <8 x float>* %37, align 32
  store <8 x float> %93, <8 x float>* %36, align 32
  store <8 x float> %93, <8 x float>* %35, align 32
  %137 = mul i64 %x, 2
  %138 = sub i64 %137, 1
  br label %kh.header1

x.exit:                                           ; preds = %x.header
  store <8 x float> %93, <8 x float>* %34, align 32
  store <8 x float> %93, <8 x float>* %33, align 32
  store <8 x float> %93, <8 x float>* %32, align 32
  store <8 x float> %93, <8 x float>* %31, align 32
  store <8 x float> %93, <8 x float>* %30, align 32
  br label %kh.header8

kh.header1:                                       ; preds = %endif6, %x.body
  %kh4 = phi i64 [ 0, %x.body ], [ %kh.next7, %endif6 ]
  %139 = icmp slt i64 %kh4, 3
  br i1 %139, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %140 = mul i64 %kh4, 1
  %141 = add i64 %89, %140
  %142 = icmp sge i64 %141, 0
  %143 = icmp slt i64 %141, 56
  %144 = and i1 %142, %143
  br i1 %144, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %145 = add i64 %x, 0
  %146 = mul i64 %145, 8
  %147 = add i64 %85, %146
  %148 = load <8 x float>, <8 x float>* %45, align 32
  %149 = fcmp olt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> zeroinitializer, <8 x float> %148
  %151 = getelementptr inbounds float, float* %56, i64 %147
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %150, <8 x float>* %152, align 4
  %153 = add i64 %x, 1
  %154 = mul i64 %153, 8
  %155 = add i64 %85, %154
  %156 = load <8 x float>, <8 x float>* %44, align 32
  %157 = fcmp olt <8 x float> %156, zeroinitializer
  %158 = select <8 x i1> %157, <8 x float> zeroinitializer, <8 x float> %156
  %159 = getelementptr inbounds float, float* %56, i64 %155
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %158, <8 x float>* %160, align 4
  %161 = add i64 %x, 2
  %162 = mul i64 %161, 8
  %163 = add i64 %85, %162
  %164 = load <8 x float>, <8 x float>* %43, align 32
  %165 = fcmp olt <8 x float> %164, zeroinitializer
  %166 = select <8 x i1> %165, <8 x float> zeroinitializer, <8 x float> %164
  %167 = getelementptr inbounds float, float* %56, i64 %163
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %166, <8 x float>* %168, align 4
  %169 = add i64 %x, 3
  %170 = mul i64 %169, 8
  %171 = add i64 %85, %170
  %172 = load <8 x float>, <8 x float>* %42, align 32
  %173 = fcmp olt <8 x float> %172, zeroinitializer
  %174 = select <8 x i1> %173, <8 x float> zeroinitializer, <8 x float> %172
  %175 = getelementptr inbounds float, float* %56, i64 %171
  %176 = bitcast float* %175 to <8 x float>*
  store <8 x float> %174, <8 x float>* %176, align 4
  %177 = add i64 %x, 4
  %178 = mul i64 %177, 8
  %179 = add i64 %85, %178
  %180 = load <8 x float>, <8 x float>* %41, align 32
  %181 = fcmp olt <8 x float> %180, zeroinitializer
  %182 = select <8 x i1> %181, <8 x float> zeroinitializer, <8 x float> %180
  %183 = getelementptr inbounds float, float* %56, i64 %179
  %184 = bitcast float* %183 to <8 x float>*
  store <8 x float> %182, <8 x float>* %184, align 4
  %185 = add i64 %x, 5
  %186 = mul i64 %185, 8
  %187 = add i64 %85, %186
  %188 = load <8 x float>, <8 x float>* %40, align 32
  %189 = fcmp olt <8 x float> %188, zeroinitializer
  %190 = select <8 x i1> %189, <8 x float> zeroinitializer, <8 x float> %188
  %191 = getelementptr inbounds float, float* %56, i64 %187
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %190, <8 x float>* %192, align 4
  %193 = add i64 %x, 6
  %194 = mul i64 %193, 8
  %195 = add i64 %85, %194
  %196 = load <8 x float>, <8 x float>* %39, align 32
  %197 = fcmp olt <8 x float> %196, zeroinitializer
  %198 = select <8 x i1> %197, <8 x float> zeroinitializer, <8 x float> %196
  %199 = getelementptr inbounds float, float* %56, i64 %195
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %198, <8 x float>* %200, align 4
  %201 = add i64 %x, 7
  %202 = mul i64 %201, 8
  %203 = add i64 %85, %202
  %204 = load <8 x float>, <8 x float>* %38, align 32
  %205 = fcmp olt <8 x float> %204, zeroinitializer
  %206 = select <8 x i1> %205, <8 x float> zeroinitializer, <8 x float> %204
  %207 = getelementptr inbounds float, float* %56, i64 %203
  %208 = bitcast float* %207 to <8 x float>*
  store <8 x float> %206, <8 x float>* %208, align 4
  %209 = add i64 %x, 8
  %210 = mul i64 %209, 8
  %211 = add i64 %85, %210
  %212 = load <8 x float>, <8 x float>* %37, align 32
  %213 = fcmp olt <8 x float> %212, zeroinitializer
  %214 = select <8 x i1> %213, <8 x float> zeroinitializer, <8 x float> %212
  %215 = getelementptr inbounds float, float* %56, i64 %211
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %214, <8 x float>* %216, align 4
  %217 = add i64 %x, 9
  %218 = mul i64 %217, 8
  %219 = add i64 %85, %218
  %220 = load <8 x float>, <8 x float>* %36, align 32
  %221 = fcmp olt <8 x float> %220, zeroinitializer
  %222 = select <8 x i1> %221, <8 x float> zeroinitializer, <8 x float> %220
  %223 = getelementptr inbounds float, float* %56, i64 %219
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %222, <8 x float>* %224, align 4
  %225 = add i64 %x, 10
  %226 = mul i64 %225, 8
  %227 = add i64 %85, %226
  %228 = load <8 x float>, <8 x float>* %35, align 32
  %229 = fcmp olt <8 x float> %228, zeroinitializer
  %230 = select <8 x i1> %229, <8 x float> zeroinitializer, <8 x float> %228
  %231 = getelementptr inbounds float, float* %56, i64 %227
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %230, <8 x float>* %232, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then5:                                            ; preds = %kh.body2
  %233 = mul i64 %141, 448
  %234 = add i64 %87, %233
  %235 = mul i64 %86, 3
  %236 = add i64 %235, %kh4
  %237 = mul i64 %236, 24
  %238 = add i64 %237, 0
  %239 = getelementptr inbounds float, float* %6, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  %241 = load <8 x float>, <8 x float>* %240, align 4
  %242 = add i64 %237, 8
  %243 = getelementptr inbounds float, float* %6, i64 %242
  %244 = bitcast float* %243 to <8 x float>*
  %245 = load <8 x float>, <8 x float>* %244, align 4
  %246 = add i64 %237, 16
  %247 = getelementptr inbounds float, float* %6, i64 %246
  %248 = bitcast float* %247 to <8 x float>*
  %249 = load <8 x float>, <8 x float>* %248, align 4
  %250 = mul i64 %138, 8
  %251 = add i64 %234, %250
  %252 = add i64 %251, 0
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = load <8 x float>, <8 x float>* %45, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %241, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %45, align 32
  %258 = add i64 %251, 8
  %259 = getelementptr inbounds float, float* %1, i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  %261 = load <8 x float>, <8 x float>* %260, align 4
  %262 = load <8 x float>, <8 x float>* %45, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %245, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %45, align 32
  %264 = add i64 %251, 16
  %265 = getelementptr inbounds float, float* %1, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  %267 = load <8 x float>, <8 x float>* %266, align 4
  %268 = load <8 x float>, <8 x float>* %45, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %249, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %45, align 32
  %270 = load <8 x float>, <8 x float>* %44, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %241, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %44, align 32
  %272 = add i64 %251, 24
  %273 = getelementptr inbounds float, float* %1, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  %275 = load <8 x float>, <8 x float>* %274, align 4
  %276 = load <8 x float>, <8 x float>* %44, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %275, <8 x float> %245, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %44, align 32
  %278 = add i64 %251, 32
  %279 = getelementptr inbounds float, float* %1, i64 %278
  %280 = bitcast float* %279 to <8 x float>*
  %281 = load <8 x float>, <8 x float>* %280, align 4
  %282 = load <8 x float>, <8 x float>* %44, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %281, <8 x float> %249, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %44, align 32
  %284 = load <8 x float>, <8 x float>* %43, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %281, <8 x float> %241, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %43, align 32
  %286 = add i64 %251, 40
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  %289 = load <8 x float>, <8 x float>* %288, align 4
  %290 = load <8 x float>, <8 x float>* %43, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %245, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %43, align 32
  %292 = add i64 %251, 48
  %293 = getelementptr inbounds float, float* %1, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  %295 = load <8 x float>, <8 x float>* %294, align 4
  %296 = load <8 x float>, <8 x float>* %43, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %295, <8 x float> %249, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %43, align 32
  %298 = load <8 x float>, <8 x float>* %42, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %295, <8 x float> %241, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %42, align 32
  %300 = add i64 %251, 56
  %301 = getelementptr inbounds float, float* %1, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  %303 = load <8 x float>, <8 x float>* %302, align 4
  %304 = load <8 x float>, <8 x float>* %42, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %303, <8 x float> %245, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %42, align 32
  %306 = add i64 %251, 64
  %307 = getelementptr inbounds float, float* %1, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = load <8 x float>, <8 x float>* %42, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %249, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %42, align 32
  %312 = load <8 x float>, <8 x float>* %41, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %241, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %41, align 32
  %314 = add i64 %251, 72
  %315 = getelementptr inbounds float, float* %1, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  %317 = load <8 x float>, <8 x float>* %316, align 4
  %318 = load <8 x float>, <8 x float>* %41, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %245, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %41, align 32
  %320 = add i64 %251, 80
  %321 = getelementptr inbounds float, float* %1, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  %323 = load <8 x float>, <8 x float>* %322, align 4
  %324 = load <8 x float>, <8 x float>* %41, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %323, <8 x float> %249, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %41, align 32
  %326 = load <8 x float>, <8 x float>* %40, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %323, <8 x float> %241, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %40, align 32
  %328 = add i64 %251, 88
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = load <8 x float>, <8 x float>* %330, align 4
  %332 = load <8 x float>, <8 x float>* %40, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> %245, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %40, align 32
  %334 = add i64 %251, 96
  %335 = getelementptr inbounds float, float* %1, i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  %337 = load <8 x float>, <8 x float>* %336, align 4
  %338 = load <8 x float>, <8 x float>* %40, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %249, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %40, align 32
  %340 = load <8 x float>, <8 x float>* %39, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %241, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %39, align 32
  %342 = add i64 %251, 104
  %343 = getelementptr inbounds float, float* %1, i64 %342
  %344 = bitcast float* %343 to <8 x float>*
  %345 = load <8 x float>, <8 x float>* %344, align 4
  %346 = load <8 x float>, <8 x float>* %39, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %345, <8 x float> %245, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %39, align 32
  %348 = add i64 %251, 112
  %349 = getelementptr inbounds float, float* %1, i64 %348
  %350 = bitcast float* %349 to <8 x float>*
  %351 = load <8 x float>, <8 x float>* %350, align 4
  %352 = load <8 x float>, <8 x float>* %39, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %351, <8 x float> %249, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %39, align 32
  %354 = load <8 x float>, <8 x float>* %38, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %351, <8 x float> %241, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %38, align 32
  %356 = add i64 %251, 120
  %357 = getelementptr inbounds float, float* %1, i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  %359 = load <8 x float>, <8 x float>* %358, align 4
  %360 = load <8 x float>, <8 x float>* %38, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %245, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %38, align 32
  %362 = add i64 %251, 128
  %363 = getelementptr inbounds float, float* %1, i64 %362
  %364 = bitcast float* %363 to <8 x float>*
  %365 = load <8 x float>, <8 x float>* %364, align 4
  %366 = load <8 x float>, <8 x float>* %38, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %249, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %38, align 32
  %368 = load <8 x float>, <8 x float>* %37, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %241, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %37, align 32
  %370 = add i64 %251, 136
  %371 = getelementptr inbounds float, float* %1, i64 %370
  %372 = bitcast float* %371 to <8 x float>*
  %373 = load <8 x float>, <8 x float>* %372, align 4
  %374 = load <8 x float>, <8 x float>* %37, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %245, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %37, align 32
  %376 = add i64 %251, 144
  %377 = getelementptr inbounds float, float* %1, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  %379 = load <8 x float>, <8 x float>* %378, align 4
  %380 = load <8 x float>, <8 x float>* %37, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %379, <8 x float> %249, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %37, align 32
  %382 = load <8 x float>, <8 x float>* %36, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %379, <8 x float> %241, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %36, align 32
  %384 = add i64 %251, 152
  %385 = getelementptr inbounds float, float* %1, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  %387 = load <8 x float>, <8 x float>* %386, align 4
  %388 = load <8 x float>, <8 x float>* %36, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %387, <8 x float> %245, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %36, align 32
  %390 = add i64 %251, 160
  %391 = getelementptr inbounds float, float* %1, i64 %390
  %392 = bitcast float* %391 to <8 x float>*
  %393 = load <8 x float>, <8 x float>* %392, align 4
  %394 = load <8 x float>, <8 x float>* %36, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %393, <8 x float> %249, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %36, align 32
  %396 = load <8 x float>, <8 x float>* %35, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %393, <8 x float> %241, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %35, align 32
  %398 = add i64 %251, 168
  %399 = getelementptr inbounds float, float* %1, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  %401 = load <8 x float>, <8 x float>* %400, align 4
  %402 = load <8 x float>, <8 x float>* %35, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %401, <8 x float> %245, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %35, align 32
  %404 = add i64 %251, 176
  %405 = getelementptr inbounds float, float* %1, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  %407 = load <8 x float>, <8 x float>* %406, align 4
  %408 = load <8 x float>, <8 x float>* %35, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %407, <8 x float> %249, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %35, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %x.exit
  %kh11 = phi i64 [ 0, %x.exit ], [ %kh.next14, %endif13 ]
  %410 = icmp slt i64 %kh11, 3
  br i1 %410, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %411 = mul i64 %kh11, 1
  %412 = add i64 %89, %411
  %413 = icmp sge i64 %412, 0
  %414 = icmp slt i64 %412, 56
  %415 = and i1 %413, %414
  br i1 %415, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %416 = add i64 %85, 184
  %417 = load <8 x float>, <8 x float>* %34, align 32
  %418 = fcmp olt <8 x float> %417, zeroinitializer
  %419 = select <8 x i1> %418, <8 x float> zeroinitializer, <8 x float> %417
  %420 = getelementptr inbounds float, float* %56, i64 %416
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %419, <8 x float>* %421, align 4
  %422 = add i64 %85, 192
  %423 = load <8 x float>, <8 x float>* %33, align 32
  %424 = fcmp olt <8 x float> %423, zeroinitializer
  %425 = select <8 x i1> %424, <8 x float> zeroinitializer, <8 x float> %423
  %426 = getelementptr inbounds float, float* %56, i64 %422
  %427 = bitcast float* %426 to <8 x float>*
  store <8 x float> %425, <8 x float>* %427, align 4
  %428 = add i64 %85, 200
  %429 = load <8 x float>, <8 x float>* %32, align 32
  %430 = fcmp olt <8 x float> %429, zeroinitializer
  %431 = select <8 x i1> %430, <8 x float> zeroinitializer, <8 x float> %429
  %432 = getelementptr inbounds float, float* %56, i64 %428
  %433 = bitcast float* %432 to <8 x float>*
  store <8 x float> %431, <8 x float>* %433, align 4
  %434 = add i64 %85, 208
  %435 = load <8 x float>, <8 x float>* %31, align 32
  %436 = fcmp olt <8 x float> %435, zeroinitializer
  %437 = select <8 x i1> %436, <8 x float> zeroinitializer, <8 x float> %435
  %438 = getelementptr inbounds float, float* %56, i64 %434
  %439 = bitcast float* %438 to <8 x float>*
  store <8 x float> %437, <8 x float>* %439, align 4
  %440 = add i64 %85, 216
  %441 = load <8 x float>, <8 x float>* %30, align 32
  %442 = fcmp olt <8 x float> %441, zeroinitializer
  %443 = select <8 x i1> %442, <8 x float> zeroinitializer, <8 x float> %441
  %444 = getelementptr inbounds float, float* %56, i64 %440
  %445 = bitcast float* %444 to <8 x float>*
  store <8 x float> %443, <8 x float>* %445, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !9

then12:                                           ; preds = %kh.body9
  %446 = mul i64 %412, 448
  %447 = add i64 %87, %446
  %448 = mul i64 %86, 3
  %449 = add i64 %448, %kh11
  %450 = mul i64 %449, 24
  %451 = add i64 %450, 0
  %452 = getelementptr inbounds float, float* %6, i64 %451
  %453 = bitcast float* %452 to <8 x float>*
  %454 = load <8 x float>, <8 x float>* %453, align 4
  %455 = add i64 %450, 8
  %456 = getelementptr inbounds float, float* %6, i64 %455
  %457 = bitcast float* %456 to <8 x float>*
  %458 = load <8 x float>, <8 x float>* %457, align 4
  %459 = add i64 %450, 16
  %460 = getelementptr inbounds float, float* %6, i64 %459
  %461 = bitcast float* %460 to <8 x float>*
  %462 = load <8 x float>, <8 x float>* %461, align 4
  %463 = add i64 %447, 360
  %464 = add i64 %463, 0
  %465 = getelementptr inbounds float, float* %1, i64 %464
  %466 = bitcast float* %465 to <8 x float>*
  %467 = load <8 x float>, <8 x float>* %466, align 4
  %468 = load <8 x float>, <8 x float>* %34, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %467, <8 x float> %454, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %34, align 32
  %470 = add i64 %463, 8
  %471 = getelementptr inbounds float, float* %1, i64 %470
  %472 = bitcast float* %471 to <8 x float>*
  %473 = load <8 x float>, <8 x float>* %472, align 4
  %474 = load <8 x float>, <8 x float>* %34, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %473, <8 x float> %458, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %34, align 32
  %476 = add i64 %463, 16
  %477 = getelementptr inbounds float, float* %1, i64 %476
  %478 = bitcast float* %477 to <8 x float>*
  %479 = load <8 x float>, <8 x float>* %478, align 4
  %480 = load <8 x float>, <8 x float>* %34, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %462, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %34, align 32
  %482 = load <8 x float>, <8 x float>* %33, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %454, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %33, align 32
  %484 = add i64 %463, 24
  %485 = getelementptr inbounds float, float* %1, i64 %484
  %486 = bitcast float* %485 to <8 x float>*
  %487 = load <8 x float>, <8 x float>* %486, align 4
  %488 = load <8 x float>, <8 x float>* %33, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %487, <8 x float> %458, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %33, align 32
  %490 = add i64 %463, 32
  %491 = getelementptr inbounds float, float* %1, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  %493 = load <8 x float>, <8 x float>* %492, align 4
  %494 = load <8 x float>, <8 x float>* %33, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %462, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %33, align 32
  %496 = load <8 x float>, <8 x float>* %32, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %454, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %32, align 32
  %498 = add i64 %463, 40
  %499 = getelementptr inbounds float, float* %1, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  %501 = load <8 x float>, <8 x float>* %500, align 4
  %502 = load <8 x float>, <8 x float>* %32, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> %458, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %32, align 32
  %504 = add i64 %463, 48
  %505 = getelementptr inbounds float, float* %1, i64 %504
  %506 = bitcast float* %505 to <8 x float>*
  %507 = load <8 x float>, <8 x float>* %506, align 4
  %508 = load <8 x float>, <8 x float>* %32, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %507, <8 x float> %462, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %32, align 32
  %510 = load <8 x float>, <8 x float>* %31, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %507, <8 x float> %454, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %31, align 32
  %512 = add i64 %463, 56
  %513 = getelementptr inbounds float, float* %1, i64 %512
  %514 = bitcast float* %513 to <8 x float>*
  %515 = load <8 x float>, <8 x float>* %514, align 4
  %516 = load <8 x float>, <8 x float>* %31, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %515, <8 x float> %458, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %31, align 32
  %518 = add i64 %463, 64
  %519 = getelementptr inbounds float, float* %1, i64 %518
  %520 = bitcast float* %519 to <8 x float>*
  %521 = load <8 x float>, <8 x float>* %520, align 4
  %522 = load <8 x float>, <8 x float>* %31, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %521, <8 x float> %462, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %31, align 32
  %524 = load <8 x float>, <8 x float>* %30, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %521, <8 x float> %454, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %30, align 32
  %526 = add i64 %463, 72
  %527 = getelementptr inbounds float, float* %1, i64 %526
  %528 = bitcast float* %527 to <8 x float>*
  %529 = load <8 x float>, <8 x float>* %528, align 4
  %530 = load <8 x float>, <8 x float>* %30, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %529, <8 x float> %458, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %30, align 32
  %532 = add i64 %463, 80
  %533 = getelementptr inbounds float, float* %1, i64 %532
  %534 = bitcast float* %533 to <8 x float>*
  %535 = load <8 x float>, <8 x float>* %534, align 4
  %536 = load <8 x float>, <8 x float>* %30, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %535, <8 x float> %462, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %30, align 32
  br label %endif13

endif13:                                          ; preds = %then12, %kh.body9
  %kh.next14 = add i64 %kh11, 1
  br label %kh.header8

block.group.header:                               ; preds = %u.exit69, %channel.block.exit
  %block.group = phi i64 [ %76, %channel.block.exit ], [ %block.group.next, %u.exit69 ]
  %538 = icmp slt i64 %block.group, %79
  br i1 %538, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %539 = mul i64 %block.group, 2
  %540 = add i64 0, %539
  %541 = mul i64 %70, 112
  %542 = mul i64 %block.group, 2
  %543 = add i64 0, %542
  %544 = mul i64 %543, 1024
  br label %x.header15

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header15:                                       ; preds = %u.exit, %block.group.body
  %x18 = phi i64 [ 0, %block.group.body ], [ %x.next66, %u.exit ]
  %545 = icmp slt i64 %x18, 108
  br i1 %545, label %x.body16, label %x.exit17

x.body16:                                         ; preds = %x.header15
  %546 = add i64 %541, %x18
  %547 = mul i64 %72, 32
  %548 = add i64 %547, %540
  %549 = add i64 %548, 0
  %550 = mul i64 %549, 6272
  %551 = add i64 %546, 0
  %552 = mul i64 %551, 8
  %553 = add i64 %550, %552
  %554 = add i64 %546, 1
  %555 = mul i64 %554, 8
  %556 = add i64 %550, %555
  %557 = add i64 %546, 2
  %558 = mul i64 %557, 8
  %559 = add i64 %550, %558
  %560 = add i64 %546, 3
  %561 = mul i64 %560, 8
  %562 = add i64 %550, %561
  %563 = add i64 %546, 4
  %564 = mul i64 %563, 8
  %565 = add i64 %550, %564
  %566 = add i64 %546, 5
  %567 = mul i64 %566, 8
  %568 = add i64 %550, %567
  %569 = mul i64 %72, 32
  %570 = add i64 %569, %540
  %571 = add i64 %570, 1
  %572 = mul i64 %571, 6272
  %573 = add i64 %546, 0
  %574 = mul i64 %573, 8
  %575 = add i64 %572, %574
  %576 = add i64 %546, 1
  %577 = mul i64 %576, 8
  %578 = add i64 %572, %577
  %579 = add i64 %546, 2
  %580 = mul i64 %579, 8
  %581 = add i64 %572, %580
  %582 = add i64 %546, 3
  %583 = mul i64 %582, 8
  %584 = add i64 %572, %583
  %585 = add i64 %546, 4
  %586 = mul i64 %585, 8
  %587 = add i64 %572, %586
  %588 = add i64 %546, 5
  %589 = mul i64 %588, 8
  %590 = add i64 %572, %589
  %591 = add i64 %543, 0
  %592 = mul i64 %591, 8
  %593 = getelementptr inbounds float, float* %5, i64 %592
  %594 = bitcast float* %593 to <8 x float>*
  %595 = load <8 x float>, <8 x float>* %594, align 4
  %596 = add i64 %543, 1
  %597 = mul i64 %596, 8
  %598 = getelementptr inbounds float, float* %5, i64 %597
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  store <8 x float> %595, <8 x float>* %29, align 32
  store <8 x float> %595, <8 x float>* %28, align 32
  store <8 x float> %595, <8 x float>* %27, align 32
  store <8 x float> %595, <8 x float>* %26, align 32
  store <8 x float> %595, <8 x float>* %25, align 32
  store <8 x float> %595, <8 x float>* %24, align 32
  store <8 x float> %600, <8 x float>* %23, align 32
  store <8 x float> %600, <8 x float>* %22, align 32
  store <8 x float> %600, <8 x float>* %21, align 32
  store <8 x float> %600, <8 x float>* %20, align 32
  store <8 x float> %600, <8 x float>* %19, align 32
  store <8 x float> %600, <8 x float>* %18, align 32
  %601 = mul i64 %x18, 8
  %602 = add i64 0, %601
  %603 = add i64 0, %602
  br label %u.header

x.exit17:                                         ; preds = %x.header15
  %604 = add i64 %541, 108
  %605 = mul i64 %72, 32
  %606 = add i64 %605, %540
  %607 = add i64 %606, 0
  %608 = mul i64 %607, 6272
  %609 = add i64 %604, 0
  %610 = mul i64 %609, 8
  %611 = add i64 %608, %610
  %612 = add i64 %604, 1
  %613 = mul i64 %612, 8
  %614 = add i64 %608, %613
  %615 = add i64 %604, 2
  %616 = mul i64 %615, 8
  %617 = add i64 %608, %616
  %618 = add i64 %604, 3
  %619 = mul i64 %618, 8
  %620 = add i64 %608, %619
  %621 = mul i64 %72, 32
  %622 = add i64 %621, %540
  %623 = add i64 %622, 1
  %624 = mul i64 %623, 6272
  %625 = add i64 %604, 0
  %626 = mul i64 %625, 8
  %627 = add i64 %624, %626
  %628 = add i64 %604, 1
  %629 = mul i64 %628, 8
  %630 = add i64 %624, %629
  %631 = add i64 %604, 2
  %632 = mul i64 %631, 8
  %633 = add i64 %624, %632
  %634 = add i64 %604, 3
  %635 = mul i64 %634, 8
  %636 = add i64 %624, %635
  %637 = add i64 %543, 0
  %638 = mul i64 %637, 8
  %639 = getelementptr inbounds float, float* %5, i64 %638
  %640 = bitcast float* %639 to <8 x float>*
  %641 = load <8 x float>, <8 x float>* %640, align 4
  %642 = add i64 %543, 1
  %643 = mul i64 %642, 8
  %644 = getelementptr inbounds float, float* %5, i64 %643
  %645 = bitcast float* %644 to <8 x float>*
  %646 = load <8 x float>, <8 x float>* %645, align 4
  store <8 x float> %641, <8 x float>* %17, align 32
  store <8 x float> %641, <8 x float>* %16, align 32
  store <8 x float> %641, <8 x float>* %15, align 32
  store <8 x float> %641, <8 x float>* %14, align 32
  store <8 x float> %646, <8 x float>* %13, align 32
  store <8 x float> %646, <8 x float>* %12, align 32
  store <8 x float> %646, <8 x float>* %11, align 32
  store <8 x float> %646, <8 x float>* %10, align 32
  br label %u.header67

u.header:                                         ; preds = %u.body, %x.body16
  %u = phi i64 [ 0, %x.body16 ], [ %u.next, %u.body ]
  %647 = icmp slt i64 %u, 16
  br i1 %647, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %648 = add i64 0, %u
  %649 = mul i64 %648, 896
  %650 = add i64 %603, %649
  %651 = mul i64 %648, 64
  %652 = add i64 %544, %651
  %653 = add i64 %650, 0
  %654 = add i64 %653, 0
  %655 = add i64 %652, 0
  %656 = add i64 %655, 0
  %657 = getelementptr inbounds float, float* %4, i64 %656
  %658 = bitcast float* %657 to <8 x float>*
  %659 = load <8 x float>, <8 x float>* %658, align 4
  %660 = add i64 %655, 1024
  %661 = getelementptr inbounds float, float* %4, i64 %660
  %662 = bitcast float* %661 to <8 x float>*
  %663 = load <8 x float>, <8 x float>* %662, align 4
  %664 = add i64 %654, 0
  %665 = getelementptr inbounds float, float* %56, i64 %664
  %666 = load float, float* %665, align 4
  %667 = insertelement <8 x float> undef, float %666, i32 0
  %splat = shufflevector <8 x float> %667, <8 x float> undef, <8 x i32> zeroinitializer
  %668 = load <8 x float>, <8 x float>* %29, align 32
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %659, <8 x float> %668)
  store <8 x float> %669, <8 x float>* %29, align 32
  %670 = load <8 x float>, <8 x float>* %23, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %663, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %23, align 32
  %672 = add i64 %654, 8
  %673 = getelementptr inbounds float, float* %56, i64 %672
  %674 = load float, float* %673, align 4
  %675 = insertelement <8 x float> undef, float %674, i32 0
  %splat19 = shufflevector <8 x float> %675, <8 x float> undef, <8 x i32> zeroinitializer
  %676 = load <8 x float>, <8 x float>* %28, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %659, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %28, align 32
  %678 = load <8 x float>, <8 x float>* %22, align 32
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %663, <8 x float> %678)
  store <8 x float> %679, <8 x float>* %22, align 32
  %680 = add i64 %654, 16
  %681 = getelementptr inbounds float, float* %56, i64 %680
  %682 = load float, float* %681, align 4
  %683 = insertelement <8 x float> undef, float %682, i32 0
  %splat20 = shufflevector <8 x float> %683, <8 x float> undef, <8 x i32> zeroinitializer
  %684 = load <8 x float>, <8 x float>* %27, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %659, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %27, align 32
  %686 = load <8 x float>, <8 x float>* %21, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %663, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %21, align 32
  %688 = add i64 %654, 24
  %689 = getelementptr inbounds float, float* %56, i64 %688
  %690 = load float, float* %689, align 4
  %691 = insertelement <8 x float> undef, float %690, i32 0
  %splat21 = shufflevector <8 x float> %691, <8 x float> undef, <8 x i32> zeroinitializer
  %692 = load <8 x float>, <8 x float>* %26, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %659, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %26, align 32
  %694 = load <8 x float>, <8 x float>* %20, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %663, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %20, align 32
  %696 = add i64 %654, 32
  %697 = getelementptr inbounds float, float* %56, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat22 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %25, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %659, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %25, align 32
  %702 = load <8 x float>, <8 x float>* %19, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %663, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %19, align 32
  %704 = add i64 %654, 40
  %705 = getelementptr inbounds float, float* %56, i64 %704
  %706 = load float, float* %705, align 4
  %707 = insertelement <8 x float> undef, float %706, i32 0
  %splat23 = shufflevector <8 x float> %707, <8 x float> undef, <8 x i32> zeroinitializer
  %708 = load <8 x float>, <8 x float>* %24, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %659, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %24, align 32
  %710 = load <8 x float>, <8 x float>* %18, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %663, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %18, align 32
  %712 = add i64 %655, 8
  %713 = getelementptr inbounds float, float* %4, i64 %712
  %714 = bitcast float* %713 to <8 x float>*
  %715 = load <8 x float>, <8 x float>* %714, align 4
  %716 = add i64 %655, 1032
  %717 = getelementptr inbounds float, float* %4, i64 %716
  %718 = bitcast float* %717 to <8 x float>*
  %719 = load <8 x float>, <8 x float>* %718, align 4
  %720 = add i64 %654, 1
  %721 = getelementptr inbounds float, float* %56, i64 %720
  %722 = load float, float* %721, align 4
  %723 = insertelement <8 x float> undef, float %722, i32 0
  %splat24 = shufflevector <8 x float> %723, <8 x float> undef, <8 x i32> zeroinitializer
  %724 = load <8 x float>, <8 x float>* %29, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %715, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %29, align 32
  %726 = load <8 x float>, <8 x float>* %23, align 32
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %719, <8 x float> %726)
  store <8 x float> %727, <8 x float>* %23, align 32
  %728 = add i64 %654, 9
  %729 = getelementptr inbounds float, float* %56, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat25 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %28, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %715, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %28, align 32
  %734 = load <8 x float>, <8 x float>* %22, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %719, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %22, align 32
  %736 = add i64 %654, 17
  %737 = getelementptr inbounds float, float* %56, i64 %736
  %738 = load float, float* %737, align 4
  %739 = insertelement <8 x float> undef, float %738, i32 0
  %splat26 = shufflevector <8 x float> %739, <8 x float> undef, <8 x i32> zeroinitializer
  %740 = load <8 x float>, <8 x float>* %27, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %715, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %27, align 32
  %742 = load <8 x float>, <8 x float>* %21, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %719, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %21, align 32
  %744 = add i64 %654, 25
  %745 = getelementptr inbounds float, float* %56, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat27 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %26, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %715, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %26, align 32
  %750 = load <8 x float>, <8 x float>* %20, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %719, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %20, align 32
  %752 = add i64 %654, 33
  %753 = getelementptr inbounds float, float* %56, i64 %752
  %754 = load float, float* %753, align 4
  %755 = insertelement <8 x float> undef, float %754, i32 0
  %splat28 = shufflevector <8 x float> %755, <8 x float> undef, <8 x i32> zeroinitializer
  %756 = load <8 x float>, <8 x float>* %25, align 32
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %715, <8 x float> %756)
  store <8 x float> %757, <8 x float>* %25, align 32
  %758 = load <8 x float>, <8 x float>* %19, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %719, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %19, align 32
  %760 = add i64 %654, 41
  %761 = getelementptr inbounds float, float* %56, i64 %760
  %762 = load float, float* %761, align 4
  %763 = insertelement <8 x float> undef, float %762, i32 0
  %splat29 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
  %764 = load <8 x float>, <8 x float>* %24, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %715, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %24, align 32
  %766 = load <8 x float>, <8 x float>* %18, align 32
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %719, <8 x float> %766)
  store <8 x float> %767, <8 x float>* %18, align 32
  %768 = add i64 %655, 16
  %769 = getelementptr inbounds float, float* %4, i64 %768
  %770 = bitcast float* %769 to <8 x float>*
  %771 = load <8 x float>, <8 x float>* %770, align 4
  %772 = add i64 %655, 1040
  %773 = getelementptr inbounds float, float* %4, i64 %772
  %774 = bitcast float* %773 to <8 x float>*
  %775 = load <8 x float>, <8 x float>* %774, align 4
  %776 = add i64 %654, 2
  %777 = getelementptr inbounds float, float* %56, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat30 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %29, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %771, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %29, align 32
  %782 = load <8 x float>, <8 x float>* %23, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %775, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %23, align 32
  %784 = add i64 %654, 10
  %785 = getelementptr inbounds float, float* %56, i64 %784
  %786 = load float, float* %785, align 4
  %787 = insertelement <8 x float> undef, float %786, i32 0
  %splat31 = shufflevector <8 x float> %787, <8 x float> undef, <8 x i32> zeroinitializer
  %788 = load <8 x float>, <8 x float>* %28, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %771, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %28, align 32
  %790 = load <8 x float>, <8 x float>* %22, align 32
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %775, <8 x float> %790)
  store <8 x float> %791, <8 x float>* %22, align 32
  %792 = add i64 %654, 18
  %793 = getelementptr inbounds float, float* %56, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat32 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %27, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %771, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %27, align 32
  %798 = load <8 x float>, <8 x float>* %21, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %775, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %21, align 32
  %800 = add i64 %654, 26
  %801 = getelementptr inbounds float, float* %56, i64 %800
  %802 = load float, float* %801, align 4
  %803 = insertelement <8 x float> undef, float %802, i32 0
  %splat33 = shufflevector <8 x float> %803, <8 x float> undef, <8 x i32> zeroinitializer
  %804 = load <8 x float>, <8 x float>* %26, align 32
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %771, <8 x float> %804)
  store <8 x float> %805, <8 x float>* %26, align 32
  %806 = load <8 x float>, <8 x float>* %20, align 32
  %807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %775, <8 x float> %806)
  store <8 x float> %807, <8 x float>* %20, align 32
  %808 = add i64 %654, 34
  %809 = getelementptr inbounds float, float* %56, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat34 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %25, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %771, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %25, align 32
  %814 = load <8 x float>, <8 x float>* %19, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %775, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %19, align 32
  %816 = add i64 %654, 42
  %817 = getelementptr inbounds float, float* %56, i64 %816
  %818 = load float, float* %817, align 4
  %819 = insertelement <8 x float> undef, float %818, i32 0
  %splat35 = shufflevector <8 x float> %819, <8 x float> undef, <8 x i32> zeroinitializer
  %820 = load <8 x float>, <8 x float>* %24, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %771, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %24, align 32
  %822 = load <8 x float>, <8 x float>* %18, align 32
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %775, <8 x float> %822)
  store <8 x float> %823, <8 x float>* %18, align 32
  %824 = add i64 %655, 24
  %825 = getelementptr inbounds float, float* %4, i64 %824
  %826 = bitcast float* %825 to <8 x float>*
  %827 = load <8 x float>, <8 x float>* %826, align 4
  %828 = add i64 %655, 1048
  %829 = getelementptr inbounds float, float* %4, i64 %828
  %830 = bitcast float* %829 to <8 x float>*
  %831 = load <8 x float>, <8 x float>* %830, align 4
  %832 = add i64 %654, 3
  %833 = getelementptr inbounds float, float* %56, i64 %832
  %834 = load float, float* %833, align 4
  %835 = insertelement <8 x float> undef, float %834, i32 0
  %splat36 = shufflevector <8 x float> %835, <8 x float> undef, <8 x i32> zeroinitializer
  %836 = load <8 x float>, <8 x float>* %29, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %827, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %29, align 32
  %838 = load <8 x float>, <8 x float>* %23, align 32
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %831, <8 x float> %838)
  store <8 x float> %839, <8 x float>* %23, align 32
  %840 = add i64 %654, 11
  %841 = getelementptr inbounds float, float* %56, i64 %840
  %842 = load float, float* %841, align 4
  %843 = insertelement <8 x float> undef, float %842, i32 0
  %splat37 = shufflevector <8 x float> %843, <8 x float> undef, <8 x i32> zeroinitializer
  %844 = load <8 x float>, <8 x float>* %28, align 32
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %827, <8 x float> %844)
  store <8 x float> %845, <8 x float>* %28, align 32
  %846 = load <8 x float>, <8 x float>* %22, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %831, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %22, align 32
  %848 = add i64 %654, 19
  %849 = getelementptr inbounds float, float* %56, i64 %848
  %850 = load float, float* %849, align 4
  %851 = insertelement <8 x float> undef, float %850, i32 0
  %splat38 = shufflevector <8 x float> %851, <8 x float> undef, <8 x i32> zeroinitializer
  %852 = load <8 x float>, <8 x float>* %27, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %827, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %27, align 32
  %854 = load <8 x float>, <8 x float>* %21, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %831, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %21, align 32
  %856 = add i64 %654, 27
  %857 = getelementptr inbounds float, float* %56, i64 %856
  %858 = load float, float* %857, align 4
  %859 = insertelement <8 x float> undef, float %858, i32 0
  %splat39 = shufflevector <8 x float> %859, <8 x float> undef, <8 x i32> zeroinitializer
  %860 = load <8 x float>, <8 x float>* %26, align 32
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %827, <8 x float> %860)
  store <8 x float> %861, <8 x float>* %26, align 32
  %862 = load <8 x float>, <8 x float>* %20, align 32
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %831, <8 x float> %862)
  store <8 x float> %863, <8 x float>* %20, align 32
  %864 = add i64 %654, 35
  %865 = getelementptr inbounds float, float* %56, i64 %864
  %866 = load float, float* %865, align 4
  %867 = insertelement <8 x float> undef, float %866, i32 0
  %splat40 = shufflevector <8 x float> %867, <8 x float> undef, <8 x i32> zeroinitializer
  %868 = load <8 x float>, <8 x float>* %25, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %827, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %25, align 32
  %870 = load <8 x float>, <8 x float>* %19, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %831, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %19, align 32
  %872 = add i64 %654, 43
  %873 = getelementptr inbounds float, float* %56, i64 %872
  %874 = load float, float* %873, align 4
  %875 = insertelement <8 x float> undef, float %874, i32 0
  %splat41 = shufflevector <8 x float> %875, <8 x float> undef, <8 x i32> zeroinitializer
  %876 = load <8 x float>, <8 x float>* %24, align 32
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %827, <8 x float> %876)
  store <8 x float> %877, <8 x float>* %24, align 32
  %878 = load <8 x float>, <8 x float>* %18, align 32
  %879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %831, <8 x float> %878)
  store <8 x float> %879, <8 x float>* %18, align 32
  %880 = add i64 %655, 32
  %881 = getelementptr inbounds float, float* %4, i64 %880
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = add i64 %655, 1056
  %885 = getelementptr inbounds float, float* %4, i64 %884
  %886 = bitcast float* %885 to <8 x float>*
  %887 = load <8 x float>, <8 x float>* %886, align 4
  %888 = add i64 %654, 4
  %889 = getelementptr inbounds float, float* %56, i64 %888
  %890 = load float, float* %889, align 4
  %891 = insertelement <8 x float> undef, float %890, i32 0
  %splat42 = shufflevector <8 x float> %891, <8 x float> undef, <8 x i32> zeroinitializer
  %892 = load <8 x float>, <8 x float>* %29, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %883, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %29, align 32
  %894 = load <8 x float>, <8 x float>* %23, align 32
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %887, <8 x float> %894)
  store <8 x float> %895, <8 x float>* %23, align 32
  %896 = add i64 %654, 12
  %897 = getelementptr inbounds float, float* %56, i64 %896
  %898 = load float, float* %897, align 4
  %899 = insertelement <8 x float> undef, float %898, i32 0
  %splat43 = shufflevector <8 x float> %899, <8 x float> undef, <8 x i32> zeroinitializer
  %900 = load <8 x float>, <8 x float>* %28, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %883, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %28, align 32
  %902 = load <8 x float>, <8 x float>* %22, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %887, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %22, align 32
  %904 = add i64 %654, 20
  %905 = getelementptr inbounds float, float* %56, i64 %904
  %906 = load float, float* %905, align 4
  %907 = insertelement <8 x float> undef, float %906, i32 0
  %splat44 = shufflevector <8 x float> %907, <8 x float> undef, <8 x i32> zeroinitializer
  %908 = load <8 x float>, <8 x float>* %27, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %883, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %27, align 32
  %910 = load <8 x float>, <8 x float>* %21, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %887, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %21, align 32
  %912 = add i64 %654, 28
  %913 = getelementptr inbounds float, float* %56, i64 %912
  %914 = load float, float* %913, align 4
  %915 = insertelement <8 x float> undef, float %914, i32 0
  %splat45 = shufflevector <8 x float> %915, <8 x float> undef, <8 x i32> zeroinitializer
  %916 = load <8 x float>, <8 x float>* %26, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %883, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %26, align 32
  %918 = load <8 x float>, <8 x float>* %20, align 32
  %919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %887, <8 x float> %918)
  store <8 x float> %919, <8 x float>* %20, align 32
  %920 = add i64 %654, 36
  %921 = getelementptr inbounds float, float* %56, i64 %920
  %922 = load float, float* %921, align 4
  %923 = insertelement <8 x float> undef, float %922, i32 0
  %splat46 = shufflevector <8 x float> %923, <8 x float> undef, <8 x i32> zeroinitializer
  %924 = load <8 x float>, <8 x float>* %25, align 32
  %925 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %883, <8 x float> %924)
  store <8 x float> %925, <8 x float>* %25, align 32
  %926 = load <8 x float>, <8 x float>* %19, align 32
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %887, <8 x float> %926)
  store <8 x float> %927, <8 x float>* %19, align 32
  %928 = add i64 %654, 44
  %929 = getelementptr inbounds float, float* %56, i64 %928
  %930 = load float, float* %929, align 4
  %931 = insertelement <8 x float> undef, float %930, i32 0
  %splat47 = shufflevector <8 x float> %931, <8 x float> undef, <8 x i32> zeroinitializer
  %932 = load <8 x float>, <8 x float>* %24, align 32
  %933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %883, <8 x float> %932)
  store <8 x float> %933, <8 x float>* %24, align 32
  %934 = load <8 x float>, <8 x float>* %18, align 32
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %887, <8 x float> %934)
  store <8 x float> %935, <8 x float>* %18, align 32
  %936 = add i64 %655, 40
  %937 = getelementptr inbounds float, float* %4, i64 %936
  %938 = bitcast float* %937 to <8 x float>*
  %939 = load <8 x float>, <8 x float>* %938, align 4
  %940 = add i64 %655, 1064
  %941 = getelementptr inbounds float, float* %4, i64 %940
  %942 = bitcast float* %941 to <8 x float>*
  %943 = load <8 x float>, <8 x float>* %942, align 4
  %944 = add i64 %654, 5
  %945 = getelementptr inbounds float, float* %56, i64 %944
  %946 = load float, float* %945, align 4
  %947 = insertelement <8 x float> undef, float %946, i32 0
  %splat48 = shufflevector <8 x float> %947, <8 x float> undef, <8 x i32> zeroinitializer
  %948 = load <8 x float>, <8 x float>* %29, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %939, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %29, align 32
  %950 = load <8 x float>, <8 x float>* %23, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %943, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %23, align 32
  %952 = add i64 %654, 13
  %953 = getelementptr inbounds float, float* %56, i64 %952
  %954 = load float, float* %953, align 4
  %955 = insertelement <8 x float> undef, float %954, i32 0
  %splat49 = shufflevector <8 x float> %955, <8 x float> undef, <8 x i32> zeroinitializer
  %956 = load <8 x float>, <8 x float>* %28, align 32
  %957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %939, <8 x float> %956)
  store <8 x float> %957, <8 x float>* %28, align 32
  %958 = load <8 x float>, <8 x float>* %22, align 32
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %943, <8 x float> %958)
  store <8 x float> %959, <8 x float>* %22, align 32
  %960 = add i64 %654, 21
  %961 = getelementptr inbounds float, float* %56, i64 %960
  %962 = load float, float* %961, align 4
  %963 = insertelement <8 x float> undef, float %962, i32 0
  %splat50 = shufflevector <8 x float> %963, <8 x float> undef, <8 x i32> zeroinitializer
  %964 = load <8 x float>, <8 x float>* %27, align 32
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %939, <8 x float> %964)
  store <8 x float> %965, <8 x float>* %27, align 32
  %966 = load <8 x float>, <8 x float>* %21, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %943, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %21, align 32
  %968 = add i64 %654, 29
  %969 = getelementptr inbounds float, float* %56, i64 %968
  %970 = load float, float* %969, align 4
  %971 = insertelement <8 x float> undef, float %970, i32 0
  %splat51 = shufflevector <8 x float> %971, <8 x float> undef, <8 x i32> zeroinitializer
  %972 = load <8 x float>, <8 x float>* %26, align 32
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %939, <8 x float> %972)
  store <8 x float> %973, <8 x float>* %26, align 32
  %974 = load <8 x float>, <8 x float>* %20, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %943, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %20, align 32
  %976 = add i64 %654, 37
  %977 = getelementptr inbounds float, float* %56, i64 %976
  %978 = load float, float* %977, align 4
  %979 = insertelement <8 x float> undef, float %978, i32 0
  %splat52 = shufflevector <8 x float> %979, <8 x float> undef, <8 x i32> zeroinitializer
  %980 = load <8 x float>, <8 x float>* %25, align 32
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %939, <8 x float> %980)
  store <8 x float> %981, <8 x float>* %25, align 32
  %982 = load <8 x float>, <8 x float>* %19, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %943, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %19, align 32
  %984 = add i64 %654, 45
  %985 = getelementptr inbounds float, float* %56, i64 %984
  %986 = load float, float* %985, align 4
  %987 = insertelement <8 x float> undef, float %986, i32 0
  %splat53 = shufflevector <8 x float> %987, <8 x float> undef, <8 x i32> zeroinitializer
  %988 = load <8 x float>, <8 x float>* %24, align 32
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %939, <8 x float> %988)
  store <8 x float> %989, <8 x float>* %24, align 32
  %990 = load <8 x float>, <8 x float>* %18, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %943, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %18, align 32
  %992 = add i64 %655, 48
  %993 = getelementptr inbounds float, float* %4, i64 %992
  %994 = bitcast float* %993 to <8 x float>*
  %995 = load <8 x float>, <8 x float>* %994, align 4
  %996 = add i64 %655, 1072
  %997 = getelementptr inbounds float, float* %4, i64 %996
  %998 = bitcast float* %997 to <8 x float>*
  %999 = load <8 x float>, <8 x float>* %998, align 4
  %1000 = add i64 %654, 6
  %1001 = getelementptr inbounds float, float* %56, i64 %1000
  %1002 = load float, float* %1001, align 4
  %1003 = insertelement <8 x float> undef, float %1002, i32 0
  %splat54 = shufflevector <8 x float> %1003, <8 x float> undef, <8 x i32> zeroinitializer
  %1004 = load <8 x float>, <8 x float>* %29, align 32
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %995, <8 x float> %1004)
  store <8 x float> %1005, <8 x float>* %29, align 32
  %1006 = load <8 x float>, <8 x float>* %23, align 32
  %1007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %999, <8 x float> %1006)
  store <8 x float> %1007, <8 x float>* %23, align 32
  %1008 = add i64 %654, 14
  %1009 = getelementptr inbounds float, float* %56, i64 %1008
  %1010 = load float, float* %1009, align 4
  %1011 = insertelement <8 x float> undef, float %1010, i32 0
  %splat55 = shufflevector <8 x float> %1011, <8 x float> undef, <8 x i32> zeroinitializer
  %1012 = load <8 x float>, <8 x float>* %28, align 32
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %995, <8 x float> %1012)
  store <8 x float> %1013, <8 x float>* %28, align 32
  %1014 = load <8 x float>, <8 x float>* %22, align 32
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %999, <8 x float> %1014)
  store <8 x float> %1015, <8 x float>* %22, align 32
  %1016 = add i64 %654, 22
  %1017 = getelementptr inbounds float, float* %56, i64 %1016
  %1018 = load float, float* %1017, align 4
  %1019 = insertelement <8 x float> undef, float %1018, i32 0
  %splat56 = shufflevector <8 x float> %1019, <8 x float> undef, <8 x i32> zeroinitializer
  %1020 = load <8 x float>, <8 x float>* %27, align 32
  %1021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %995, <8 x float> %1020)
  store <8 x float> %1021, <8 x float>* %27, align 32
  %1022 = load <8 x float>, <8 x float>* %21, align 32
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %999, <8 x float> %1022)
  store <8 x float> %1023, <8 x float>* %21, align 32
  %1024 = add i64 %654, 30
  %1025 = getelementptr inbounds float, float* %56, i64 %1024
  %1026 = load float, float* %1025, align 4
  %1027 = insertelement <8 x float> undef, float %1026, i32 0
  %splat57 = shufflevector <8 x float> %1027, <8 x float> undef, <8 x i32> zeroinitializer
  %1028 = load <8 x float>, <8 x float>* %26, align 32
  %1029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %995, <8 x float> %1028)
  store <8 x float> %1029, <8 x float>* %26, align 32
  %1030 = load <8 x float>, <8 x float>* %20, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %999, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %20, align 32
  %1032 = add i64 %654, 38
  %1033 = getelementptr inbounds float, float* %56, i64 %1032
  %1034 = load float, float* %1033, align 4
  %1035 = insertelement <8 x float> undef, float %1034, i32 0
  %splat58 = shufflevector <8 x float> %1035, <8 x float> undef, <8 x i32> zeroinitializer
  %1036 = load <8 x float>, <8 x float>* %25, align 32
  %1037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %995, <8 x float> %1036)
  store <8 x float> %1037, <8 x float>* %25, align 32
  %1038 = load <8 x float>, <8 x float>* %19, align 32
  %1039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %999, <8 x float> %1038)
  store <8 x float> %1039, <8 x float>* %19, align 32
  %1040 = add i64 %654, 46
  %1041 = getelementptr inbounds float, float* %56, i64 %1040
  %1042 = load float, float* %1041, align 4
  %1043 = insertelement <8 x float> undef, float %1042, i32 0
  %splat59 = shufflevector <8 x float> %1043, <8 x float> undef, <8 x i32> zeroinitializer
  %1044 = load <8 x float>, <8 x float>* %24, align 32
  %1045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %995, <8 x float> %1044)
  store <8 x float> %1045, <8 x float>* %24, align 32
  %1046 = load <8 x float>, <8 x float>* %18, align 32
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %999, <8 x float> %1046)
  store <8 x float> %1047, <8 x float>* %18, align 32
  %1048 = add i64 %655, 56
  %1049 = getelementptr inbounds float, float* %4, i64 %1048
  %1050 = bitcast float* %1049 to <8 x float>*
  %1051 = load <8 x float>, <8 x float>* %1050, align 4
  %1052 = add i64 %655, 1080
  %1053 = getelementptr inbounds float, float* %4, i64 %1052
  %1054 = bitcast float* %1053 to <8 x float>*
  %1055 = load <8 x float>, <8 x float>* %1054, align 4
  %1056 = add i64 %654, 7
  %1057 = getelementptr inbounds float, float* %56, i64 %1056
  %1058 = load float, float* %1057, align 4
  %1059 = insertelement <8 x float> undef, float %1058, i32 0
  %splat60 = shufflevector <8 x float> %1059, <8 x float> undef, <8 x i32> zeroinitializer
  %1060 = load <8 x float>, <8 x float>* %29, align 32
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %1051, <8 x float> %1060)
  store <8 x float> %1061, <8 x float>* %29, align 32
  %1062 = load <8 x float>, <8 x float>* %23, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %1055, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %23, align 32
  %1064 = add i64 %654, 15
  %1065 = getelementptr inbounds float, float* %56, i64 %1064
  %1066 = load float, float* %1065, align 4
  %1067 = insertelement <8 x float> undef, float %1066, i32 0
  %splat61 = shufflevector <8 x float> %1067, <8 x float> undef, <8 x i32> zeroinitializer
  %1068 = load <8 x float>, <8 x float>* %28, align 32
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %1051, <8 x float> %1068)
  store <8 x float> %1069, <8 x float>* %28, align 32
  %1070 = load <8 x float>, <8 x float>* %22, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %1055, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %22, align 32
  %1072 = add i64 %654, 23
  %1073 = getelementptr inbounds float, float* %56, i64 %1072
  %1074 = load float, float* %1073, align 4
  %1075 = insertelement <8 x float> undef, float %1074, i32 0
  %splat62 = shufflevector <8 x float> %1075, <8 x float> undef, <8 x i32> zeroinitializer
  %1076 = load <8 x float>, <8 x float>* %27, align 32
  %1077 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %1051, <8 x float> %1076)
  store <8 x float> %1077, <8 x float>* %27, align 32
  %1078 = load <8 x float>, <8 x float>* %21, align 32
  %1079 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %1055, <8 x float> %1078)
  store <8 x float> %1079, <8 x float>* %21, align 32
  %1080 = add i64 %654, 31
  %1081 = getelementptr inbounds float, float* %56, i64 %1080
  %1082 = load float, float* %1081, align 4
  %1083 = insertelement <8 x float> undef, float %1082, i32 0
  %splat63 = shufflevector <8 x float> %1083, <8 x float> undef, <8 x i32> zeroinitializer
  %1084 = load <8 x float>, <8 x float>* %26, align 32
  %1085 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1051, <8 x float> %1084)
  store <8 x float> %1085, <8 x float>* %26, align 32
  %1086 = load <8 x float>, <8 x float>* %20, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1055, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %20, align 32
  %1088 = add i64 %654, 39
  %1089 = getelementptr inbounds float, float* %56, i64 %1088
  %1090 = load float, float* %1089, align 4
  %1091 = insertelement <8 x float> undef, float %1090, i32 0
  %splat64 = shufflevector <8 x float> %1091, <8 x float> undef, <8 x i32> zeroinitializer
  %1092 = load <8 x float>, <8 x float>* %25, align 32
  %1093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1051, <8 x float> %1092)
  store <8 x float> %1093, <8 x float>* %25, align 32
  %1094 = load <8 x float>, <8 x float>* %19, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1055, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %19, align 32
  %1096 = add i64 %654, 47
  %1097 = getelementptr inbounds float, float* %56, i64 %1096
  %1098 = load float, float* %1097, align 4
  %1099 = insertelement <8 x float> undef, float %1098, i32 0
  %splat65 = shufflevector <8 x float> %1099, <8 x float> undef, <8 x i32> zeroinitializer
  %1100 = load <8 x float>, <8 x float>* %24, align 32
  %1101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1051, <8 x float> %1100)
  store <8 x float> %1101, <8 x float>* %24, align 32
  %1102 = load <8 x float>, <8 x float>* %18, align 32
  %1103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1055, <8 x float> %1102)
  store <8 x float> %1103, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %1104 = load <8 x float>, <8 x float>* %29, align 32
  %1105 = fcmp olt <8 x float> %1104, zeroinitializer
  %1106 = select <8 x i1> %1105, <8 x float> zeroinitializer, <8 x float> %1104
  %1107 = getelementptr inbounds float, float* %0, i64 %553
  %1108 = bitcast float* %1107 to <8 x float>*
  store <8 x float> %1106, <8 x float>* %1108, align 4
  %1109 = load <8 x float>, <8 x float>* %28, align 32
  %1110 = fcmp olt <8 x float> %1109, zeroinitializer
  %1111 = select <8 x i1> %1110, <8 x float> zeroinitializer, <8 x float> %1109
  %1112 = getelementptr inbounds float, float* %0, i64 %556
  %1113 = bitcast float* %1112 to <8 x float>*
  store <8 x float> %1111, <8 x float>* %1113, align 4
  %1114 = load <8 x float>, <8 x float>* %27, align 32
  %1115 = fcmp olt <8 x float> %1114, zeroinitializer
  %1116 = select <8 x i1> %1115, <8 x float> zeroinitializer, <8 x float> %1114
  %1117 = getelementptr inbounds float, float* %0, i64 %559
  %1118 = bitcast float* %1117 to <8 x float>*
  store <8 x float> %1116, <8 x float>* %1118, align 4
  %1119 = load <8 x float>, <8 x float>* %26, align 32
  %1120 = fcmp olt <8 x float> %1119, zeroinitializer
  %1121 = select <8 x i1> %1120, <8 x float> zeroinitializer, <8 x float> %1119
  %1122 = getelementptr inbounds float, float* %0, i64 %562
  %1123 = bitcast float* %1122 to <8 x float>*
  store <8 x float> %1121, <8 x float>* %1123, align 4
  %1124 = load <8 x float>, <8 x float>* %25, align 32
  %1125 = fcmp olt <8 x float> %1124, zeroinitializer
  %1126 = select <8 x i1> %1125, <8 x float> zeroinitializer, <8 x float> %1124
  %1127 = getelementptr inbounds float, float* %0, i64 %565
  %1128 = bitcast float* %1127 to <8 x float>*
  store <8 x float> %1126, <8 x float>* %1128, align 4
  %1129 = load <8 x float>, <8 x float>* %24, align 32
  %1130 = fcmp olt <8 x float> %1129, zeroinitializer
  %1131 = select <8 x i1> %1130, <8 x float> zeroinitializer, <8 x float> %1129
  %1132 = getelementptr inbounds float, float* %0, i64 %568
  %1133 = bitcast float* %1132 to <8 x float>*
  store <8 x float> %1131, <8 x float>* %1133, align 4
  %1134 = load <8 x float>, <8 x float>* %23, align 32
  %1135 = fcmp olt <8 x float> %1134, zeroinitializer
  %1136 = select <8 x i1> %1135, <8 x float> zeroinitializer, <8 x float> %1134
  %1137 = getelementptr inbounds float, float* %0, i64 %575
  %1138 = bitcast float* %1137 to <8 x float>*
  store <8 x float> %1136, <8 x float>* %1138, align 4
  %1139 = load <8 x float>, <8 x float>* %22, align 32
  %1140 = fcmp olt <8 x float> %1139, zeroinitializer
  %1141 = select <8 x i1> %1140, <8 x float> zeroinitializer, <8 x float> %1139
  %1142 = getelementptr inbounds float, float* %0, i64 %578
  %1143 = bitcast float* %1142 to <8 x float>*
  store <8 x float> %1141, <8 x float>* %1143, align 4
  %1144 = load <8 x float>, <8 x float>* %21, align 32
  %1145 = fcmp olt <8 x float> %1144, zeroinitializer
  %1146 = select <8 x i1> %1145, <8 x float> zeroinitializer, <8 x float> %1144
  %1147 = getelementptr inbounds float, float* %0, i64 %581
  %1148 = bitcast float* %1147 to <8 x float>*
  store <8 x float> %1146, <8 x float>* %1148, align 4
  %1149 = load <8 x float>, <8 x float>* %20, align 32
  %1150 = fcmp olt <8 x float> %1149, zeroinitializer
  %1151 = select <8 x i1> %1150, <8 x float> zeroinitializer, <8 x float> %1149
  %1152 = getelementptr inbounds float, float* %0, i64 %584
  %1153 = bitcast float* %1152 to <8 x float>*
  store <8 x float> %1151, <8 x float>* %1153, align 4
  %1154 = load <8 x float>, <8 x float>* %19, align 32
  %1155 = fcmp olt <8 x float> %1154, zeroinitializer
  %1156 = select <8 x i1> %1155, <8 x float> zeroinitializer, <8 x float> %1154
  %1157 = getelementptr inbounds float, float* %0, i64 %587
  %1158 = bitcast float* %1157 to <8 x float>*
  store <8 x float> %1156, <8 x float>* %1158, align 4
  %1159 = load <8 x float>, <8 x float>* %18, align 32
  %1160 = fcmp olt <8 x float> %1159, zeroinitializer
  %1161 = select <8 x i1> %1160, <8 x float> zeroinitializer, <8 x float> %1159
  %1162 = getelementptr inbounds float, float* %0, i64 %590
  %1163 = bitcast float* %1162 to <8 x float>*
  store <8 x float> %1161, <8 x float>* %1163, align 4
  %x.next66 = add i64 %x18, 6
  br label %x.header15

u.header67:                                       ; preds = %u.body68, %x.exit17
  %u70 = phi i64 [ 0, %x.exit17 ], [ %u.next103, %u.body68 ]
  %1164 = icmp slt i64 %u70, 16
  br i1 %1164, label %u.body68, label %u.exit69

u.body68:                                         ; preds = %u.header67
  %1165 = add i64 0, %u70
  %1166 = mul i64 %1165, 896
  %1167 = add i64 864, %1166
  %1168 = mul i64 %1165, 64
  %1169 = add i64 %544, %1168
  %1170 = add i64 %1167, 0
  %1171 = add i64 %1170, 0
  %1172 = add i64 %1169, 0
  %1173 = add i64 %1172, 0
  %1174 = getelementptr inbounds float, float* %4, i64 %1173
  %1175 = bitcast float* %1174 to <8 x float>*
  %1176 = load <8 x float>, <8 x float>* %1175, align 4
  %1177 = add i64 %1172, 1024
  %1178 = getelementptr inbounds float, float* %4, i64 %1177
  %1179 = bitcast float* %1178 to <8 x float>*
  %1180 = load <8 x float>, <8 x float>* %1179, align 4
  %1181 = add i64 %1171, 0
  %1182 = getelementptr inbounds float, float* %56, i64 %1181
  %1183 = load float, float* %1182, align 4
  %1184 = insertelement <8 x float> undef, float %1183, i32 0
  %splat71 = shufflevector <8 x float> %1184, <8 x float> undef, <8 x i32> zeroinitializer
  %1185 = load <8 x float>, <8 x float>* %17, align 32
  %1186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1176, <8 x float> %1185)
  store <8 x float> %1186, <8 x float>* %17, align 32
  %1187 = load <8 x float>, <8 x float>* %13, align 32
  %1188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1180, <8 x float> %1187)
  store <8 x float> %1188, <8 x float>* %13, align 32
  %1189 = add i64 %1171, 8
  %1190 = getelementptr inbounds float, float* %56, i64 %1189
  %1191 = load float, float* %1190, align 4
  %1192 = insertelement <8 x float> undef, float %1191, i32 0
  %splat72 = shufflevector <8 x float> %1192, <8 x float> undef, <8 x i32> zeroinitializer
  %1193 = load <8 x float>, <8 x float>* %16, align 32
  %1194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1176, <8 x float> %1193)
  store <8 x float> %1194, <8 x float>* %16, align 32
  %1195 = load <8 x float>, <8 x float>* %12, align 32
  %1196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1180, <8 x float> %1195)
  store <8 x float> %1196, <8 x float>* %12, align 32
  %1197 = add i64 %1171, 16
  %1198 = getelementptr inbounds float, float* %56, i64 %1197
  %1199 = load float, float* %1198, align 4
  %1200 = insertelement <8 x float> undef, float %1199, i32 0
  %splat73 = shufflevector <8 x float> %1200, <8 x float> undef, <8 x i32> zeroinitializer
  %1201 = load <8 x float>, <8 x float>* %15, align 32
  %1202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1176, <8 x float> %1201)
  store <8 x float> %1202, <8 x float>* %15, align 32
  %1203 = load <8 x float>, <8 x float>* %11, align 32
  %1204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1180, <8 x float> %1203)
  store <8 x float> %1204, <8 x float>* %11, align 32
  %1205 = add i64 %1171, 24
  %1206 = getelementptr inbounds float, float* %56, i64 %1205
  %1207 = load float, float* %1206, align 4
  %1208 = insertelement <8 x float> undef, float %1207, i32 0
  %splat74 = shufflevector <8 x float> %1208, <8 x float> undef, <8 x i32> zeroinitializer
  %1209 = load <8 x float>, <8 x float>* %14, align 32
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1176, <8 x float> %1209)
  store <8 x float> %1210, <8 x float>* %14, align 32
  %1211 = load <8 x float>, <8 x float>* %10, align 32
  %1212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1180, <8 x float> %1211)
  store <8 x float> %1212, <8 x float>* %10, align 32
  %1213 = add i64 %1172, 8
  %1214 = getelementptr inbounds float, float* %4, i64 %1213
  %1215 = bitcast float* %1214 to <8 x float>*
  %1216 = load <8 x float>, <8 x float>* %1215, align 4
  %1217 = add i64 %1172, 1032
  %1218 = getelementptr inbounds float, float* %4, i64 %1217
  %1219 = bitcast float* %1218 to <8 x float>*
  %1220 = load <8 x float>, <8 x float>* %1219, align 4
  %1221 = add i64 %1171, 1
  %1222 = getelementptr inbounds float, float* %56, i64 %1221
  %1223 = load float, float* %1222, align 4
  %1224 = insertelement <8 x float> undef, float %1223, i32 0
  %splat75 = shufflevector <8 x float> %1224, <8 x float> undef, <8 x i32> zeroinitializer
  %1225 = load <8 x float>, <8 x float>* %17, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1216, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %17, align 32
  %1227 = load <8 x float>, <8 x float>* %13, align 32
  %1228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1220, <8 x float> %1227)
  store <8 x float> %1228, <8 x float>* %13, align 32
  %1229 = add i64 %1171, 9
  %1230 = getelementptr inbounds float, float* %56, i64 %1229
  %1231 = load float, float* %1230, align 4
  %1232 = insertelement <8 x float> undef, float %1231, i32 0
  %splat76 = shufflevector <8 x float> %1232, <8 x float> undef, <8 x i32> zeroinitializer
  %1233 = load <8 x float>, <8 x float>* %16, align 32
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1216, <8 x float> %1233)
  store <8 x float> %1234, <8 x float>* %16, align 32
  %1235 = load <8 x float>, <8 x float>* %12, align 32
  %1236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1220, <8 x float> %1235)
  store <8 x float> %1236, <8 x float>* %12, align 32
  %1237 = add i64 %1171, 17
  %1238 = getelementptr inbounds float, float* %56, i64 %1237
  %1239 = load float, float* %1238, align 4
  %1240 = insertelement <8 x float> undef, float %1239, i32 0
  %splat77 = shufflevector <8 x float> %1240, <8 x float> undef, <8 x i32> zeroinitializer
  %1241 = load <8 x float>, <8 x float>* %15, align 32
  %1242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1216, <8 x float> %1241)
  store <8 x float> %1242, <8 x float>* %15, align 32
  %1243 = load <8 x float>, <8 x float>* %11, align 32
  %1244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1220, <8 x float> %1243)
  store <8 x float> %1244, <8 x float>* %11, align 32
  %1245 = add i64 %1171, 25
  %1246 = getelementptr inbounds float, float* %56, i64 %1245
  %1247 = load float, float* %1246, align 4
  %1248 = insertelement <8 x float> undef, float %1247, i32 0
  %splat78 = shufflevector <8 x float> %1248, <8 x float> undef, <8 x i32> zeroinitializer
  %1249 = load <8 x float>, <8 x float>* %14, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1216, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %14, align 32
  %1251 = load <8 x float>, <8 x float>* %10, align 32
  %1252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1220, <8 x float> %1251)
  store <8 x float> %1252, <8 x float>* %10, align 32
  %1253 = add i64 %1172, 16
  %1254 = getelementptr inbounds float, float* %4, i64 %1253
  %1255 = bitcast float* %1254 to <8 x float>*
  %1256 = load <8 x float>, <8 x float>* %1255, align 4
  %1257 = add i64 %1172, 1040
  %1258 = getelementptr inbounds float, float* %4, i64 %1257
  %1259 = bitcast float* %1258 to <8 x float>*
  %1260 = load <8 x float>, <8 x float>* %1259, align 4
  %1261 = add i64 %1171, 2
  %1262 = getelementptr inbounds float, float* %56, i64 %1261
  %1263 = load float, float* %1262, align 4
  %1264 = insertelement <8 x float> undef, float %1263, i32 0
  %splat79 = shufflevector <8 x float> %1264, <8 x float> undef, <8 x i32> zeroinitializer
  %1265 = load <8 x float>, <8 x float>* %17, align 32
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1256, <8 x float> %1265)
  store <8 x float> %1266, <8 x float>* %17, align 32
  %1267 = load <8 x float>, <8 x float>* %13, align 32
  %1268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1260, <8 x float> %1267)
  store <8 x float> %1268, <8 x float>* %13, align 32
  %1269 = add i64 %1171, 10
  %1270 = getelementptr inbounds float, float* %56, i64 %1269
  %1271 = load float, float* %1270, align 4
  %1272 = insertelement <8 x float> undef, float %1271, i32 0
  %splat80 = shufflevector <8 x float> %1272, <8 x float> undef, <8 x i32> zeroinitializer
  %1273 = load <8 x float>, <8 x float>* %16, align 32
  %1274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1256, <8 x float> %1273)
  store <8 x float> %1274, <8 x float>* %16, align 32
  %1275 = load <8 x float>, <8 x float>* %12, align 32
  %1276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1260, <8 x float> %1275)
  store <8 x float> %1276, <8 x float>* %12, align 32
  %1277 = add i64 %1171, 18
  %1278 = getelementptr inbounds float, float* %56, i64 %1277
  %1279 = load float, float* %1278, align 4
  %1280 = insertelement <8 x float> undef, float %1279, i32 0
  %splat81 = shufflevector <8 x float> %1280, <8 x float> undef, <8 x i32> zeroinitializer
  %1281 = load <8 x float>, <8 x float>* %15, align 32
  %1282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1256, <8 x float> %1281)
  store <8 x float> %1282, <8 x float>* %15, align 32
  %1283 = load <8 x float>, <8 x float>* %11, align 32
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1260, <8 x float> %1283)
  store <8 x float> %1284, <8 x float>* %11, align 32
  %1285 = add i64 %1171, 26
  %1286 = getelementptr inbounds float, float* %56, i64 %1285
  %1287 = load float, float* %1286, align 4
  %1288 = insertelement <8 x float> undef, float %1287, i32 0
  %splat82 = shufflevector <8 x float> %1288, <8 x float> undef, <8 x i32> zeroinitializer
  %1289 = load <8 x float>, <8 x float>* %14, align 32
  %1290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1256, <8 x float> %1289)
  store <8 x float> %1290, <8 x float>* %14, align 32
  %1291 = load <8 x float>, <8 x float>* %10, align 32
  %1292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1260, <8 x float> %1291)
  store <8 x float> %1292, <8 x float>* %10, align 32
  %1293 = add i64 %1172, 24
  %1294 = getelementptr inbounds float, float* %4, i64 %1293
  %1295 = bitcast float* %1294 to <8 x float>*
  %1296 = load <8 x float>, <8 x float>* %1295, align 4
  %1297 = add i64 %1172, 1048
  %1298 = getelementptr inbounds float, float* %4, i64 %1297
  %1299 = bitcast float* %1298 to <8 x float>*
  %1300 = load <8 x float>, <8 x float>* %1299, align 4
  %1301 = add i64 %1171, 3
  %1302 = getelementptr inbounds float, float* %56, i64 %1301
  %1303 = load float, float* %1302, align 4
  %1304 = insertelement <8 x float> undef, float %1303, i32 0
  %splat83 = shufflevector <8 x float> %1304, <8 x float> undef, <8 x i32> zeroinitializer
  %1305 = load <8 x float>, <8 x float>* %17, align 32
  %1306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1296, <8 x float> %1305)
  store <8 x float> %1306, <8 x float>* %17, align 32
  %1307 = load <8 x float>, <8 x float>* %13, align 32
  %1308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1300, <8 x float> %1307)
  store <8 x float> %1308, <8 x float>* %13, align 32
  %1309 = add i64 %1171, 11
  %1310 = getelementptr inbounds float, float* %56, i64 %1309
  %1311 = load float, float* %1310, align 4
  %1312 = insertelement <8 x float> undef, float %1311, i32 0
  %splat84 = shufflevector <8 x float> %1312, <8 x float> undef, <8 x i32> zeroinitializer
  %1313 = load <8 x float>, <8 x float>* %16, align 32
  %1314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1296, <8 x float> %1313)
  store <8 x float> %1314, <8 x float>* %16, align 32
  %1315 = load <8 x float>, <8 x float>* %12, align 32
  %1316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1300, <8 x float> %1315)
  store <8 x float> %1316, <8 x float>* %12, align 32
  %1317 = add i64 %1171, 19
  %1318 = getelementptr inbounds float, float* %56, i64 %1317
  %1319 = load float, float* %1318, align 4
  %1320 = insertelement <8 x float> undef, float %1319, i32 0
  %splat85 = shufflevector <8 x float> %1320, <8 x float> undef, <8 x i32> zeroinitializer
  %1321 = load <8 x float>, <8 x float>* %15, align 32
  %1322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1296, <8 x float> %1321)
  store <8 x float> %1322, <8 x float>* %15, align 32
  %1323 = load <8 x float>, <8 x float>* %11, align 32
  %1324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1300, <8 x float> %1323)
  store <8 x float> %1324, <8 x float>* %11, align 32
  %1325 = add i64 %1171, 27
  %1326 = getelementptr inbounds float, float* %56, i64 %1325
  %1327 = load float, float* %1326, align 4
  %1328 = insertelement <8 x float> undef, float %1327, i32 0
  %splat86 = shufflevector <8 x float> %1328, <8 x float> undef, <8 x i32> zeroinitializer
  %1329 = load <8 x float>, <8 x float>* %14, align 32
  %1330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1296, <8 x float> %1329)
  store <8 x float> %1330, <8 x float>* %14, align 32
  %1331 = load <8 x float>, <8 x float>* %10, align 32
  %1332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1300, <8 x float> %1331)
  store <8 x float> %1332, <8 x float>* %10, align 32
  %1333 = add i64 %1172, 32
  %1334 = getelementptr inbounds float, float* %4, i64 %1333
  %1335 = bitcast float* %1334 to <8 x float>*
  %1336 = load <8 x float>, <8 x float>* %1335, align 4
  %1337 = add i64 %1172, 1056
  %1338 = getelementptr inbounds float, float* %4, i64 %1337
  %1339 = bitcast float* %1338 to <8 x float>*
  %1340 = load <8 x float>, <8 x float>* %1339, align 4
  %1341 = add i64 %1171, 4
  %1342 = getelementptr inbounds float, float* %56, i64 %1341
  %1343 = load float, float* %1342, align 4
  %1344 = insertelement <8 x float> undef, float %1343, i32 0
  %splat87 = shufflevector <8 x float> %1344, <8 x float> undef, <8 x i32> zeroinitializer
  %1345 = load <8 x float>, <8 x float>* %17, align 32
  %1346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1336, <8 x float> %1345)
  store <8 x float> %1346, <8 x float>* %17, align 32
  %1347 = load <8 x float>, <8 x float>* %13, align 32
  %1348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1340, <8 x float> %1347)
  store <8 x float> %1348, <8 x float>* %13, align 32
  %1349 = add i64 %1171, 12
  %1350 = getelementptr inbounds float, float* %56, i64 %1349
  %1351 = load float, float* %1350, align 4
  %1352 = insertelement <8 x float> undef, float %1351, i32 0
  %splat88 = shufflevector <8 x float> %1352, <8 x float> undef, <8 x i32> zeroinitializer
  %1353 = load <8 x float>, <8 x float>* %16, align 32
  %1354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1336, <8 x float> %1353)
  store <8 x float> %1354, <8 x float>* %16, align 32
  %1355 = load <8 x float>, <8 x float>* %12, align 32
  %1356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1340, <8 x float> %1355)
  store <8 x float> %1356, <8 x float>* %12, align 32
  %1357 = add i64 %1171, 20
  %1358 = getelementptr inbounds float, float* %56, i64 %1357
  %1359 = load float, float* %1358, align 4
  %1360 = insertelement <8 x float> undef, float %1359, i32 0
  %splat89 = shufflevector <8 x float> %1360, <8 x float> undef, <8 x i32> zeroinitializer
  %1361 = load <8 x float>, <8 x float>* %15, align 32
  %1362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1336, <8 x float> %1361)
  store <8 x float> %1362, <8 x float>* %15, align 32
  %1363 = load <8 x float>, <8 x float>* %11, align 32
  %1364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1340, <8 x float> %1363)
  store <8 x float> %1364, <8 x float>* %11, align 32
  %1365 = add i64 %1171, 28
  %1366 = getelementptr inbounds float, float* %56, i64 %1365
  %1367 = load float, float* %1366, align 4
  %1368 = insertelement <8 x float> undef, float %1367, i32 0
  %splat90 = shufflevector <8 x float> %1368, <8 x float> undef, <8 x i32> zeroinitializer
  %1369 = load <8 x float>, <8 x float>* %14, align 32
  %1370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1336, <8 x float> %1369)
  store <8 x float> %1370, <8 x float>* %14, align 32
  %1371 = load <8 x float>, <8 x float>* %10, align 32
  %1372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1340, <8 x float> %1371)
  store <8 x float> %1372, <8 x float>* %10, align 32
  %1373 = add i64 %1172, 40
  %1374 = getelementptr inbounds float, float* %4, i64 %1373
  %1375 = bitcast float* %1374 to <8 x float>*
  %1376 = load <8 x float>, <8 x float>* %1375, align 4
  %1377 = add i64 %1172, 1064
  %1378 = getelementptr inbounds float, float* %4, i64 %1377
  %1379 = bitcast float* %1378 to <8 x float>*
  %1380 = load <8 x float>, <8 x float>* %1379, align 4
  %1381 = add i64 %1171, 5
  %1382 = getelementptr inbounds float, float* %56, i64 %1381
  %1383 = load float, float* %1382, align 4
  %1384 = insertelement <8 x float> undef, float %1383, i32 0
  %splat91 = shufflevector <8 x float> %1384, <8 x float> undef, <8 x i32> zeroinitializer
  %1385 = load <8 x float>, <8 x float>* %17, align 32
  %1386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1376, <8 x float> %1385)
  store <8 x float> %1386, <8 x float>* %17, align 32
  %1387 = load <8 x float>, <8 x float>* %13, align 32
  %1388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1380, <8 x float> %1387)
  store <8 x float> %1388, <8 x float>* %13, align 32
  %1389 = add i64 %1171, 13
  %1390 = getelementptr inbounds float, float* %56, i64 %1389
  %1391 = load float, float* %1390, align 4
  %1392 = insertelement <8 x float> undef, float %1391, i32 0
  %splat92 = shufflevector <8 x float> %1392, <8 x float> undef, <8 x i32> zeroinitializer
  %1393 = load <8 x float>, <8 x float>* %16, align 32
  %1394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1376, <8 x float> %1393)
  store <8 x float> %1394, <8 x float>* %16, align 32
  %1395 = load <8 x float>, <8 x float>* %12, align 32
  %1396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1380, <8 x float> %1395)
  store <8 x float> %1396, <8 x float>* %12, align 32
  %1397 = add i64 %1171, 21
  %1398 = getelementptr inbounds float, float* %56, i64 %1397
  %1399 = load float, float* %1398, align 4
  %1400 = insertelement <8 x float> undef, float %1399, i32 0
  %splat93 = shufflevector <8 x float> %1400, <8 x float> undef, <8 x i32> zeroinitializer
  %1401 = load <8 x float>, <8 x float>* %15, align 32
  %1402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1376, <8 x float> %1401)
  store <8 x float> %1402, <8 x float>* %15, align 32
  %1403 = load <8 x float>, <8 x float>* %11, align 32
  %1404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1380, <8 x float> %1403)
  store <8 x float> %1404, <8 x float>* %11, align 32
  %1405 = add i64 %1171, 29
  %1406 = getelementptr inbounds float, float* %56, i64 %1405
  %1407 = load float, float* %1406, align 4
  %1408 = insertelement <8 x float> undef, float %1407, i32 0
  %splat94 = shufflevector <8 x float> %1408, <8 x float> undef, <8 x i32> zeroinitializer
  %1409 = load <8 x float>, <8 x float>* %14, align 32
  %1410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1376, <8 x float> %1409)
  store <8 x float> %1410, <8 x float>* %14, align 32
  %1411 = load <8 x float>, <8 x float>* %10, align 32
  %1412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1380, <8 x float> %1411)
  store <8 x float> %1412, <8 x float>* %10, align 32
  %1413 = add i64 %1172, 48
  %1414 = getelementptr inbounds float, float* %4, i64 %1413
  %1415 = bitcast float* %1414 to <8 x float>*
  %1416 = load <8 x float>, <8 x float>* %1415, align 4
  %1417 = add i64 %1172, 1072
  %1418 = getelementptr inbounds float, float* %4, i64 %1417
  %1419 = bitcast float* %1418 to <8 x float>*
  %1420 = load <8 x float>, <8 x float>* %1419, align 4
  %1421 = add i64 %1171, 6
  %1422 = getelementptr inbounds float, float* %56, i64 %1421
  %1423 = load float, float* %1422, align 4
  %1424 = insertelement <8 x float> undef, float %1423, i32 0
  %splat95 = shufflevector <8 x float> %1424, <8 x float> undef, <8 x i32> zeroinitializer
  %1425 = load <8 x float>, <8 x float>* %17, align 32
  %1426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1416, <8 x float> %1425)
  store <8 x float> %1426, <8 x float>* %17, align 32
  %1427 = load <8 x float>, <8 x float>* %13, align 32
  %1428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1420, <8 x float> %1427)
  store <8 x float> %1428, <8 x float>* %13, align 32
  %1429 = add i64 %1171, 14
  %1430 = getelementptr inbounds float, float* %56, i64 %1429
  %1431 = load float, float* %1430, align 4
  %1432 = insertelement <8 x float> undef, float %1431, i32 0
  %splat96 = shufflevector <8 x float> %1432, <8 x float> undef, <8 x i32> zeroinitializer
  %1433 = load <8 x float>, <8 x float>* %16, align 32
  %1434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1416, <8 x float> %1433)
  store <8 x float> %1434, <8 x float>* %16, align 32
  %1435 = load <8 x float>, <8 x float>* %12, align 32
  %1436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1420, <8 x float> %1435)
  store <8 x float> %1436, <8 x float>* %12, align 32
  %1437 = add i64 %1171, 22
  %1438 = getelementptr inbounds float, float* %56, i64 %1437
  %1439 = load float, float* %1438, align 4
  %1440 = insertelement <8 x float> undef, float %1439, i32 0
  %splat97 = shufflevector <8 x float> %1440, <8 x float> undef, <8 x i32> zeroinitializer
  %1441 = load <8 x float>, <8 x float>* %15, align 32
  %1442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1416, <8 x float> %1441)
  store <8 x float> %1442, <8 x float>* %15, align 32
  %1443 = load <8 x float>, <8 x float>* %11, align 32
  %1444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1420, <8 x float> %1443)
  store <8 x float> %1444, <8 x float>* %11, align 32
  %1445 = add i64 %1171, 30
  %1446 = getelementptr inbounds float, float* %56, i64 %1445
  %1447 = load float, float* %1446, align 4
  %1448 = insertelement <8 x float> undef, float %1447, i32 0
  %splat98 = shufflevector <8 x float> %1448, <8 x float> undef, <8 x i32> zeroinitializer
  %1449 = load <8 x float>, <8 x float>* %14, align 32
  %1450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1416, <8 x float> %1449)
  store <8 x float> %1450, <8 x float>* %14, align 32
  %1451 = load <8 x float>, <8 x float>* %10, align 32
  %1452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1420, <8 x float> %1451)
  store <8 x float> %1452, <8 x float>* %10, align 32
  %1453 = add i64 %1172, 56
  %1454 = getelementptr inbounds float, float* %4, i64 %1453
  %1455 = bitcast float* %1454 to <8 x float>*
  %1456 = load <8 x float>, <8 x float>* %1455, align 4
  %1457 = add i64 %1172, 1080
  %1458 = getelementptr inbounds float, float* %4, i64 %1457
  %1459 = bitcast float* %1458 to <8 x float>*
  %1460 = load <8 x float>, <8 x float>* %1459, align 4
  %1461 = add i64 %1171, 7
  %1462 = getelementptr inbounds float, float* %56, i64 %1461
  %1463 = load float, float* %1462, align 4
  %1464 = insertelement <8 x float> undef, float %1463, i32 0
  %splat99 = shufflevector <8 x float> %1464, <8 x float> undef, <8 x i32> zeroinitializer
  %1465 = load <8 x float>, <8 x float>* %17, align 32
  %1466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1456, <8 x float> %1465)
  store <8 x float> %1466, <8 x float>* %17, align 32
  %1467 = load <8 x float>, <8 x float>* %13, align 32
  %1468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1460, <8 x float> %1467)
  store <8 x float> %1468, <8 x float>* %13, align 32
  %1469 = add i64 %1171, 15
  %1470 = getelementptr inbounds float, float* %56, i64 %1469
  %1471 = load float, float* %1470, align 4
  %1472 = insertelement <8 x float> undef, float %1471, i32 0
  %splat100 = shufflevector <8 x float> %1472, <8 x float> undef, <8 x i32> zeroinitializer
  %1473 = load <8 x float>, <8 x float>* %16, align 32
  %1474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1456, <8 x float> %1473)
  store <8 x float> %1474, <8 x float>* %16, align 32
  %1475 = load <8 x float>, <8 x float>* %12, align 32
  %1476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1460, <8 x float> %1475)
  store <8 x float> %1476, <8 x float>* %12, align 32
  %1477 = add i64 %1171, 23
  %1478 = getelementptr inbounds float, float* %56, i64 %1477
  %1479 = load float, float* %1478, align 4
  %1480 = insertelement <8 x float> undef, float %1479, i32 0
  %splat101 = shufflevector <8 x float> %1480, <8 x float> undef, <8 x i32> zeroinitializer
  %1481 = load <8 x float>, <8 x float>* %15, align 32
  %1482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1456, <8 x float> %1481)
  store <8 x float> %1482, <8 x float>* %15, align 32
  %1483 = load <8 x float>, <8 x float>* %11, align 32
  %1484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1460, <8 x float> %1483)
  store <8 x float> %1484, <8 x float>* %11, align 32
  %1485 = add i64 %1171, 31
  %1486 = getelementptr inbounds float, float* %56, i64 %1485
  %1487 = load float, float* %1486, align 4
  %1488 = insertelement <8 x float> undef, float %1487, i32 0
  %splat102 = shufflevector <8 x float> %1488, <8 x float> undef, <8 x i32> zeroinitializer
  %1489 = load <8 x float>, <8 x float>* %14, align 32
  %1490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1456, <8 x float> %1489)
  store <8 x float> %1490, <8 x float>* %14, align 32
  %1491 = load <8 x float>, <8 x float>* %10, align 32
  %1492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1460, <8 x float> %1491)
  store <8 x float> %1492, <8 x float>* %10, align 32
  %u.next103 = add i64 %u70, 1
  br label %u.header67

u.exit69:                                         ; preds = %u.header67
  %1493 = load <8 x float>, <8 x float>* %17, align 32
  %1494 = fcmp olt <8 x float> %1493, zeroinitializer
  %1495 = select <8 x i1> %1494, <8 x float> zeroinitializer, <8 x float> %1493
  %1496 = getelementptr inbounds float, float* %0, i64 %611
  %1497 = bitcast float* %1496 to <8 x float>*
  store <8 x float> %1495, <8 x float>* %1497, align 4
  %1498 = load <8 x float>, <8 x float>* %16, align 32
  %1499 = fcmp olt <8 x float> %1498, zeroinitializer
  %1500 = select <8 x i1> %1499, <8 x float> zeroinitializer, <8 x float> %1498
  %1501 = getelementptr inbounds float, float* %0, i64 %614
  %1502 = bitcast float* %1501 to <8 x float>*
  store <8 x float> %1500, <8 x float>* %1502, align 4
  %1503 = load <8 x float>, <8 x float>* %15, align 32
  %1504 = fcmp olt <8 x float> %1503, zeroinitializer
  %1505 = select <8 x i1> %1504, <8 x float> zeroinitializer, <8 x float> %1503
  %1506 = getelementptr inbounds float, float* %0, i64 %617
  %1507 = bitcast float* %1506 to <8 x float>*
  store <8 x float> %1505, <8 x float>* %1507, align 4
  %1508 = load <8 x float>, <8 x float>* %14, align 32
  %1509 = fcmp olt <8 x float> %1508, zeroinitializer
  %1510 = select <8 x i1> %1509, <8 x float> zeroinitializer, <8 x float> %1508
  %1511 = getelementptr inbounds float, float* %0, i64 %620
  %1512 = bitcast float* %1511 to <8 x float>*
  store <8 x float> %1510, <8 x float>* %1512, align 4
  %1513 = load <8 x float>, <8 x float>* %13, align 32
  %1514 = fcmp olt <8 x float> %1513, zeroinitializer
  %1515 = select <8 x i1> %1514, <8 x float> zeroinitializer, <8 x float> %1513
  %1516 = getelementptr inbounds float, float* %0, i64 %627
  %1517 = bitcast float* %1516 to <8 x float>*
  store <8 x float> %1515, <8 x float>* %1517, align 4
  %1518 = load <8 x float>, <8 x float>* %12, align 32
  %1519 = fcmp olt <8 x float> %1518, zeroinitializer
  %1520 = select <8 x i1> %1519, <8 x float> zeroinitializer, <8 x float> %1518
  %1521 = getelementptr inbounds float, float* %0, i64 %630
  %1522 = bitcast float* %1521 to <8 x float>*
  store <8 x float> %1520, <8 x float>* %1522, align 4
  %1523 = load <8 x float>, <8 x float>* %11, align 32
  %1524 = fcmp olt <8 x float> %1523, zeroinitializer
  %1525 = select <8 x i1> %1524, <8 x float> zeroinitializer, <8 x float> %1523
  %1526 = getelementptr inbounds float, float* %0, i64 %633
  %1527 = bitcast float* %1526 to <8 x float>*
  store <8 x float> %1525, <8 x float>* %1527, align 4
  %1528 = load <8 x float>, <8 x float>* %10, align 32
  %1529 = fcmp olt <8 x float> %1528, zeroinitializer
  %1530 = select <8 x i1> %1529, <8 x float> zeroinitializer, <8 x float> %1528
  %1531 = getelementptr inbounds float, float* %0, i64 %636
  %1532 = bitcast float* %1531 to <8 x float>*
  store <8 x float> %1530, <8 x float>* %1532, align 4
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
  call void @node4.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %27, i64 %29)
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
  %47 = add i64 %9, 6
  %48 = sdiv i64 %47, 7
  %49 = icmp slt i64 16, %48
  %50 = select i1 %49, i64 16, i64 %48
  %51 = icmp sgt i64 1, %50
  %52 = select i1 %51, i64 1, i64 %50
  %53 = sub i64 %52, 1
  %54 = add i64 16, %53
  %55 = sdiv i64 %54, %52
  %56 = bitcast [28672 x float]* %band to float*
  %57 = mul i64 %52, 7
  %58 = sub i64 %9, 1
  %59 = add i64 %57, %58
  %60 = sdiv i64 %59, %9
  %61 = mul i64 %8, %60
  %62 = icmp slt i64 %61, %57
  %63 = select i1 %62, i64 %61, i64 %57
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, %57
  %66 = select i1 %65, i64 %64, i64 %57
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %63, %entry ], [ %task.next, %block.group.exit ]
  %67 = icmp slt i64 %task, %66
  br i1 %67, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %68 = srem i64 %task, %52
  %69 = sdiv i64 %task, %52
  %70 = srem i64 %69, 7
  %71 = mul i64 %52, 7
  %72 = sdiv i64 %task, %71
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %73 = icmp slt i64 %channel.block, 32
  br i1 %73, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %74 = mul i64 %72, 32
  %75 = add i64 %74, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %76 = mul i64 %68, %55
  %77 = add i64 %76, %55
  %78 = icmp slt i64 %77, 16
  %79 = select i1 %78, i64 %77, i64 16
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit10, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit10 ]
  %80 = icmp slt i64 %band.row, 4
  br i1 %80, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %81 = mul i64 %70, 4
  %82 = add i64 %81, %band.row
  %83 = mul i64 %channel.block, 4
  %84 = add i64 %83, %band.row
  %85 = mul i64 %84, 224
  %86 = srem i64 %75, 32
  %87 = mul i64 %75, 6272
  %88 = mul i64 %82, 1
  %89 = sub i64 %88, 1
  %90 = mul i64 %86, 8
  %91 = getelementptr inbounds float, float* %7, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  store <8 x float> %93, <8 x float>* %46, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !10

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %94 = icmp slt i64 %kh, 3
  br i1 %94, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %95 = mul i64 %kh, 1
  %96 = add i64 %89, %95
  %97 = icmp sge i64 %96, 0
  %98 = icmp slt i64 %96, 28
  %99 = and i1 %97, %98
  br i1 %99, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %100 = add i64 %85, 0
  %101 = load <8 x float>, <8 x float>* %46, align 32
  %102 = fcmp olt <8 x float> %101, zeroinitializer
  %103 = select <8 x i1> %102, <8 x float> zeroinitializer, <8 x float> %101
  %104 = getelementptr inbounds float, float* %56, i64 %100
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %103, <8 x float>* %105, align 4
  br label %x.header

then:                                             ; preds = %kh.body
  %106 = mul i64 %96, 224
  %107 = add i64 %87, %106
  %108 = mul i64 %86, 3
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
  %128 = load <8 x float>, <8 x float>* %46, align 32
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %127, <8 x float> %118, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %46, align 32
  %130 = add i64 %123, 16
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = load <8 x float>, <8 x float>* %46, align 32
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %133, <8 x float> %122, <8 x float> %134)
  store <8 x float> %135, <8 x float>* %46, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

x.header:                                         ; preds = %kh.exit3, %kh.exit
  %x = phi i64 [ 1, %kh.exit ], [ %x.next, %kh.exit3 ]
  %136 = icmp slt i64 %x, 23
  br i1 %136, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %93, <8 x float>* %45, align 32
  store <8 x float> %93, <8 x float>* %44, align 32
  store <8 x float> %93, <8 x float>* %43, align 32
  store <8 x float> %93, <8 x float>* %42, align 32
  store <8 x float> %93, <8 x float>* %41, align 32
  store <8 x float> %93, <8 x float>* %40, align 32
  store <8 x float> %93, <8 x float>* %39, align 32
  store <8 x float> %93, <8 x float>* %38, align 32
  store <8 x float> %93, <8 x float>* %37, align 32
  store <8 x float> %93, <8 x float>* %36, align 32
  store <8 x float> %93, <8 x float>* %35, align 32
  %137 = mul i64 %x, 1
  %138 = sub i64 %137, 1
  br label %kh.header1

x.exit:                                           ; preds = %x.header
  store <8 x float> %93, <8 x float>* %34, align 32
  store <8 x float> %93, <8 x float>* %33, align 32
  store <8 x float> %93, <8 x float>* %32, align 32
  store <8 x float> %93, <8 x float>* %31, align 32
  store <8 x float> %93, <8 x float>* %30, align 32
  br label %kh.header8

kh.header1:                                       ; preds = %endif6, %x.body
  %kh4 = phi i64 [ 0, %x.body ], [ %kh.next7, %endif6 ]
  %139 = icmp slt i64 %kh4, 3
  br i1 %139, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %140 = mul i64 %kh4, 1
  %141 = add i64 %89, %140
  %142 = icmp sge i64 %141, 0
  %143 = icmp slt i64 %141, 28
  %144 = and i1 %142, %143
  br i1 %144, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %145 = add i64 %x, 0
  %146 = mul i64 %145, 8
  %147 = add i64 %85, %146
  %148 = load <8 x float>, <8 x float>* %45, align 32
  %149 = fcmp olt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> zeroinitializer, <8 x float> %148
  %151 = getelementptr inbounds float, float* %56, i64 %147
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %150, <8 x float>* %152, align 4
  %153 = add i64 %x, 1
  %154 = mul i64 %153, 8
  %155 = add i64 %85, %154
  %156 = load <8 x float>, <8 x float>* %44, align 32
  %157 = fcmp olt <8 x float> %156, zeroinitializer
  %158 = select <8 x i1> %157, <8 x float> zeroinitializer, <8 x float> %156
  %159 = getelementptr inbounds float, float* %56, i64 %155
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %158, <8 x float>* %160, align 4
  %161 = add i64 %x, 2
  %162 = mul i64 %161, 8
  %163 = add i64 %85, %162
  %164 = load <8 x float>, <8 x float>* %43, align 32
  %165 = fcmp olt <8 x float> %164, zeroinitializer
  %166 = select <8 x i1> %165, <8 x float> zeroinitializer, <8 x float> %164
  %167 = getelementptr inbounds float, float* %56, i64 %163
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %166, <8 x float>* %168, align 4
  %169 = add i64 %x, 3
  %170 = mul i64 %169, 8
  %171 = add i64 %85, %170
  %172 = load <8 x float>, <8 x float>* %42, align 32
  %173 = fcmp olt <8 x float> %172, zeroinitializer
  %174 = select <8 x i1> %173, <8 x float> zeroinitializer, <8 x float> %172
  %175 = getelementptr inbounds float, float* %56, i64 %171
  %176 = bitcast float* %175 to <8 x float>*
  store <8 x float> %174, <8 x float>* %176, align 4
  %177 = add i64 %x, 4
  %178 = mul i64 %177, 8
  %179 = add i64 %85, %178
  %180 = load <8 x float>, <8 x float>* %41, align 32
  %181 = fcmp olt <8 x float> %180, zeroinitializer
  %182 = select <8 x i1> %181, <8 x float> zeroinitializer, <8 x float> %180
  %183 = getelementptr inbounds float, float* %56, i64 %179
  %184 = bitcast float* %183 to <8 x float>*
  store <8 x float> %182, <8 x float>* %184, align 4
  %185 = add i64 %x, 5
  %186 = mul i64 %185, 8
  %187 = add i64 %85, %186
  %188 = load <8 x float>, <8 x float>* %40, align 32
  %189 = fcmp olt <8 x float> %188, zeroinitializer
  %190 = select <8 x i1> %189, <8 x float> zeroinitializer, <8 x float> %188
  %191 = getelementptr inbounds float, float* %56, i64 %187
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %190, <8 x float>* %192, align 4
  %193 = add i64 %x, 6
  %194 = mul i64 %193, 8
  %195 = add i64 %85, %194
  %196 = load <8 x float>, <8 x float>* %39, align 32
  %197 = fcmp olt <8 x float> %196, zeroinitializer
  %198 = select <8 x i1> %197, <8 x float> zeroinitializer, <8 x float> %196
  %199 = getelementptr inbounds float, float* %56, i64 %195
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %198, <8 x float>* %200, align 4
  %201 = add i64 %x, 7
  %202 = mul i64 %201, 8
  %203 = add i64 %85, %202
  %204 = load <8 x float>, <8 x float>* %38, align 32
  %205 = fcmp olt <8 x float> %204, zeroinitializer
  %206 = select <8 x i1> %205, <8 x float> zeroinitializer, <8 x float> %204
  %207 = getelementptr inbounds float, float* %56, i64 %203
  %208 = bitcast float* %207 to <8 x float>*
  store <8 x float> %206, <8 x float>* %208, align 4
  %209 = add i64 %x, 8
  %210 = mul i64 %209, 8
  %211 = add i64 %85, %210
  %212 = load <8 x float>, <8 x float>* %37, align 32
  %213 = fcmp olt <8 x float> %212, zeroinitializer
  %214 = select <8 x i1> %213, <8 x float> zeroinitializer, <8 x float> %212
  %215 = getelementptr inbounds float, float* %56, i64 %211
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %214, <8 x float>* %216, align 4
  %217 = add i64 %x, 9
  %218 = mul i64 %217, 8
  %219 = add i64 %85, %218
  %220 = load <8 x float>, <8 x float>* %36, align 32
  %221 = fcmp olt <8 x float> %220, zeroinitializer
  %222 = select <8 x i1> %221, <8 x float> zeroinitializer, <8 x float> %220
  %223 = getelementptr inbounds float, float* %56, i64 %219
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %222, <8 x float>* %224, align 4
  %225 = add i64 %x, 10
  %226 = mul i64 %225, 8
  %227 = add i64 %85, %226
  %228 = load <8 x float>, <8 x float>* %35, align 32
  %229 = fcmp olt <8 x float> %228, zeroinitializer
  %230 = select <8 x i1> %229, <8 x float> zeroinitializer, <8 x float> %228
  %231 = getelementptr inbounds float, float* %56, i64 %227
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %230, <8 x float>* %232, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then5:                                            ; preds = %kh.body2
  %233 = mul i64 %141, 224
  %234 = add i64 %87, %233
  %235 = mul i64 %86, 3
  %236 = add i64 %235, %kh4
  %237 = mul i64 %236, 24
  %238 = add i64 %237, 0
  %239 = getelementptr inbounds float, float* %6, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  %241 = load <8 x float>, <8 x float>* %240, align 4
  %242 = add i64 %237, 8
  %243 = getelementptr inbounds float, float* %6, i64 %242
  %244 = bitcast float* %243 to <8 x float>*
  %245 = load <8 x float>, <8 x float>* %244, align 4
  %246 = add i64 %237, 16
  %247 = getelementptr inbounds float, float* %6, i64 %246
  %248 = bitcast float* %247 to <8 x float>*
  %249 = load <8 x float>, <8 x float>* %248, align 4
  %250 = mul i64 %138, 8
  %251 = add i64 %234, %250
  %252 = add i64 %251, 0
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = load <8 x float>, <8 x float>* %45, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %241, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %45, align 32
  %258 = add i64 %251, 8
  %259 = getelementptr inbounds float, float* %1, i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  %261 = load <8 x float>, <8 x float>* %260, align 4
  %262 = load <8 x float>, <8 x float>* %45, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %245, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %45, align 32
  %264 = load <8 x float>, <8 x float>* %44, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %241, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %44, align 32
  %266 = add i64 %251, 16
  %267 = getelementptr inbounds float, float* %1, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = load <8 x float>, <8 x float>* %45, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %249, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %45, align 32
  %272 = load <8 x float>, <8 x float>* %44, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %245, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %44, align 32
  %274 = load <8 x float>, <8 x float>* %43, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %241, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %43, align 32
  %276 = add i64 %251, 24
  %277 = getelementptr inbounds float, float* %1, i64 %276
  %278 = bitcast float* %277 to <8 x float>*
  %279 = load <8 x float>, <8 x float>* %278, align 4
  %280 = load <8 x float>, <8 x float>* %44, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %249, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %44, align 32
  %282 = load <8 x float>, <8 x float>* %43, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %245, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %43, align 32
  %284 = load <8 x float>, <8 x float>* %42, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %241, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %42, align 32
  %286 = add i64 %251, 32
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  %289 = load <8 x float>, <8 x float>* %288, align 4
  %290 = load <8 x float>, <8 x float>* %43, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %249, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %43, align 32
  %292 = load <8 x float>, <8 x float>* %42, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %245, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %42, align 32
  %294 = load <8 x float>, <8 x float>* %41, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %241, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %41, align 32
  %296 = add i64 %251, 40
  %297 = getelementptr inbounds float, float* %1, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  %299 = load <8 x float>, <8 x float>* %298, align 4
  %300 = load <8 x float>, <8 x float>* %42, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %249, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %42, align 32
  %302 = load <8 x float>, <8 x float>* %41, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %245, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %41, align 32
  %304 = load <8 x float>, <8 x float>* %40, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %241, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %40, align 32
  %306 = add i64 %251, 48
  %307 = getelementptr inbounds float, float* %1, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = load <8 x float>, <8 x float>* %41, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %249, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %41, align 32
  %312 = load <8 x float>, <8 x float>* %40, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %245, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %40, align 32
  %314 = load <8 x float>, <8 x float>* %39, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %241, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %39, align 32
  %316 = add i64 %251, 56
  %317 = getelementptr inbounds float, float* %1, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  %319 = load <8 x float>, <8 x float>* %318, align 4
  %320 = load <8 x float>, <8 x float>* %40, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %319, <8 x float> %249, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %40, align 32
  %322 = load <8 x float>, <8 x float>* %39, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %319, <8 x float> %245, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %39, align 32
  %324 = load <8 x float>, <8 x float>* %38, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %319, <8 x float> %241, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %38, align 32
  %326 = add i64 %251, 64
  %327 = getelementptr inbounds float, float* %1, i64 %326
  %328 = bitcast float* %327 to <8 x float>*
  %329 = load <8 x float>, <8 x float>* %328, align 4
  %330 = load <8 x float>, <8 x float>* %39, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %249, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %39, align 32
  %332 = load <8 x float>, <8 x float>* %38, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %245, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %38, align 32
  %334 = load <8 x float>, <8 x float>* %37, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %241, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %37, align 32
  %336 = add i64 %251, 72
  %337 = getelementptr inbounds float, float* %1, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  %339 = load <8 x float>, <8 x float>* %338, align 4
  %340 = load <8 x float>, <8 x float>* %38, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> %249, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %38, align 32
  %342 = load <8 x float>, <8 x float>* %37, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> %245, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %37, align 32
  %344 = load <8 x float>, <8 x float>* %36, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> %241, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %36, align 32
  %346 = add i64 %251, 80
  %347 = getelementptr inbounds float, float* %1, i64 %346
  %348 = bitcast float* %347 to <8 x float>*
  %349 = load <8 x float>, <8 x float>* %348, align 4
  %350 = load <8 x float>, <8 x float>* %37, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %349, <8 x float> %249, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %37, align 32
  %352 = load <8 x float>, <8 x float>* %36, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %349, <8 x float> %245, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %36, align 32
  %354 = load <8 x float>, <8 x float>* %35, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %349, <8 x float> %241, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %35, align 32
  %356 = add i64 %251, 88
  %357 = getelementptr inbounds float, float* %1, i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  %359 = load <8 x float>, <8 x float>* %358, align 4
  %360 = load <8 x float>, <8 x float>* %36, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %249, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %36, align 32
  %362 = load <8 x float>, <8 x float>* %35, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %245, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %35, align 32
  %364 = add i64 %251, 96
  %365 = getelementptr inbounds float, float* %1, i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  %367 = load <8 x float>, <8 x float>* %366, align 4
  %368 = load <8 x float>, <8 x float>* %35, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %249, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %35, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %x.exit
  %kh11 = phi i64 [ 0, %x.exit ], [ %kh.next14, %endif13 ]
  %370 = icmp slt i64 %kh11, 3
  br i1 %370, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %371 = mul i64 %kh11, 1
  %372 = add i64 %89, %371
  %373 = icmp sge i64 %372, 0
  %374 = icmp slt i64 %372, 28
  %375 = and i1 %373, %374
  br i1 %375, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %376 = add i64 %85, 184
  %377 = load <8 x float>, <8 x float>* %34, align 32
  %378 = fcmp olt <8 x float> %377, zeroinitializer
  %379 = select <8 x i1> %378, <8 x float> zeroinitializer, <8 x float> %377
  %380 = getelementptr inbounds float, float* %56, i64 %376
  %381 = bitcast float* %380 to <8 x float>*
  store <8 x float> %379, <8 x float>* %381, align 4
  %382 = add i64 %85, 192
  %383 = load <8 x float>, <8 x float>* %33, align 32
  %384 = fcmp olt <8 x float> %383, zeroinitializer
  %385 = select <8 x i1> %384, <8 x float> zeroinitializer, <8 x float> %383
  %386 = getelementptr inbounds float, float* %56, i64 %382
  %387 = bitcast float* %386 to <8 x float>*
  store <8 x float> %385, <8 x float>* %387, align 4
  %388 = add i64 %85, 200
  %389 = load <8 x float>, <8 x float>* %32, align 32
  %390 = fcmp olt <8 x float> %389, zeroinitializer
  %391 = select <8 x i1> %390, <8 x float> zeroinitializer, <8 x float> %389
  %392 = getelementptr inbounds float, float* %56, i64 %388
  %393 = bitcast float* %392 to <8 x float>*
  store <8 x float> %391, <8 x float>* %393, align 4
  %394 = add i64 %85, 208
  %395 = load <8 x float>, <8 x float>* %31, align 32
  %396 = fcmp olt <8 x float> %395, zeroinitializer
  %397 = select <8 x i1> %396, <8 x float> zeroinitializer, <8 x float> %395
  %398 = getelementptr inbounds float, float* %56, i64 %394
  %399 = bitcast float* %398 to <8 x float>*
  store <8 x float> %397, <8 x float>* %399, align 4
  %400 = add i64 %85, 216
  %401 = load <8 x float>, <8 x float>* %30, align 32
  %402 = fcmp olt <8 x float> %401, zeroinitializer
  %403 = select <8 x i1> %402, <8 x float> zeroinitializer, <8 x float> %401
  %404 = getelementptr inbounds float, float* %56, i64 %400
  %405 = bitcast float* %404 to <8 x float>*
  store <8 x float> %403, <8 x float>* %405, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !11

then12:                                           ; preds = %kh.body9
  %406 = mul i64 %372, 224
  %407 = add i64 %87, %406
  %408 = mul i64 %86, 3
  %409 = add i64 %408, %kh11
  %410 = mul i64 %409, 24
  %411 = add i64 %410, 0
  %412 = getelementptr inbounds float, float* %6, i64 %411
  %413 = bitcast float* %412 to <8 x float>*
  %414 = load <8 x float>, <8 x float>* %413, align 4
  %415 = add i64 %410, 8
  %416 = getelementptr inbounds float, float* %6, i64 %415
  %417 = bitcast float* %416 to <8 x float>*
  %418 = load <8 x float>, <8 x float>* %417, align 4
  %419 = add i64 %410, 16
  %420 = getelementptr inbounds float, float* %6, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  %422 = load <8 x float>, <8 x float>* %421, align 4
  %423 = add i64 %407, 176
  %424 = add i64 %423, 0
  %425 = getelementptr inbounds float, float* %1, i64 %424
  %426 = bitcast float* %425 to <8 x float>*
  %427 = load <8 x float>, <8 x float>* %426, align 4
  %428 = load <8 x float>, <8 x float>* %34, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %427, <8 x float> %414, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %34, align 32
  %430 = add i64 %423, 8
  %431 = getelementptr inbounds float, float* %1, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  %433 = load <8 x float>, <8 x float>* %432, align 4
  %434 = load <8 x float>, <8 x float>* %34, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %433, <8 x float> %418, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %34, align 32
  %436 = load <8 x float>, <8 x float>* %33, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %433, <8 x float> %414, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %33, align 32
  %438 = add i64 %423, 16
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = bitcast float* %439 to <8 x float>*
  %441 = load <8 x float>, <8 x float>* %440, align 4
  %442 = load <8 x float>, <8 x float>* %34, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %441, <8 x float> %422, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %34, align 32
  %444 = load <8 x float>, <8 x float>* %33, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %441, <8 x float> %418, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %33, align 32
  %446 = load <8 x float>, <8 x float>* %32, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %441, <8 x float> %414, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %32, align 32
  %448 = add i64 %423, 24
  %449 = getelementptr inbounds float, float* %1, i64 %448
  %450 = bitcast float* %449 to <8 x float>*
  %451 = load <8 x float>, <8 x float>* %450, align 4
  %452 = load <8 x float>, <8 x float>* %33, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %451, <8 x float> %422, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %33, align 32
  %454 = load <8 x float>, <8 x float>* %32, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %451, <8 x float> %418, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %32, align 32
  %456 = load <8 x float>, <8 x float>* %31, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %451, <8 x float> %414, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %31, align 32
  %458 = add i64 %423, 32
  %459 = getelementptr inbounds float, float* %1, i64 %458
  %460 = bitcast float* %459 to <8 x float>*
  %461 = load <8 x float>, <8 x float>* %460, align 4
  %462 = load <8 x float>, <8 x float>* %32, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %461, <8 x float> %422, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %32, align 32
  %464 = load <8 x float>, <8 x float>* %31, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %461, <8 x float> %418, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %31, align 32
  %466 = load <8 x float>, <8 x float>* %30, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %461, <8 x float> %414, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %30, align 32
  %468 = add i64 %423, 40
  %469 = getelementptr inbounds float, float* %1, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  %471 = load <8 x float>, <8 x float>* %470, align 4
  %472 = load <8 x float>, <8 x float>* %31, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> %422, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %31, align 32
  %474 = load <8 x float>, <8 x float>* %30, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> %418, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %30, align 32
  br label %endif13

endif13:                                          ; preds = %then12, %kh.body9
  %kh.next14 = add i64 %kh11, 1
  br label %kh.header8

block.group.header:                               ; preds = %u.exit69, %channel.block.exit
  %block.group = phi i64 [ %76, %channel.block.exit ], [ %block.group.next, %u.exit69 ]
  %476 = icmp slt i64 %block.group, %79
  br i1 %476, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %477 = mul i64 %block.group, 2
  %478 = add i64 0, %477
  %479 = mul i64 %70, 112
  %480 = mul i64 %block.group, 2
  %481 = add i64 0, %480
  %482 = mul i64 %481, 2048
  br label %x.header15

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header15:                                       ; preds = %u.exit, %block.group.body
  %x18 = phi i64 [ 0, %block.group.body ], [ %x.next66, %u.exit ]
  %483 = icmp slt i64 %x18, 108
  br i1 %483, label %x.body16, label %x.exit17

x.body16:                                         ; preds = %x.header15
  %484 = add i64 %479, %x18
  %485 = mul i64 %72, 32
  %486 = add i64 %485, %478
  %487 = add i64 %486, 0
  %488 = mul i64 %487, 6272
  %489 = add i64 %484, 0
  %490 = mul i64 %489, 8
  %491 = add i64 %488, %490
  %492 = add i64 %484, 1
  %493 = mul i64 %492, 8
  %494 = add i64 %488, %493
  %495 = add i64 %484, 2
  %496 = mul i64 %495, 8
  %497 = add i64 %488, %496
  %498 = add i64 %484, 3
  %499 = mul i64 %498, 8
  %500 = add i64 %488, %499
  %501 = add i64 %484, 4
  %502 = mul i64 %501, 8
  %503 = add i64 %488, %502
  %504 = add i64 %484, 5
  %505 = mul i64 %504, 8
  %506 = add i64 %488, %505
  %507 = mul i64 %72, 32
  %508 = add i64 %507, %478
  %509 = add i64 %508, 1
  %510 = mul i64 %509, 6272
  %511 = add i64 %484, 0
  %512 = mul i64 %511, 8
  %513 = add i64 %510, %512
  %514 = add i64 %484, 1
  %515 = mul i64 %514, 8
  %516 = add i64 %510, %515
  %517 = add i64 %484, 2
  %518 = mul i64 %517, 8
  %519 = add i64 %510, %518
  %520 = add i64 %484, 3
  %521 = mul i64 %520, 8
  %522 = add i64 %510, %521
  %523 = add i64 %484, 4
  %524 = mul i64 %523, 8
  %525 = add i64 %510, %524
  %526 = add i64 %484, 5
  %527 = mul i64 %526, 8
  %528 = add i64 %510, %527
  %529 = add i64 %481, 0
  %530 = mul i64 %529, 8
  %531 = getelementptr inbounds float, float* %5, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  %533 = load <8 x float>, <8 x float>* %532, align 4
  %534 = add i64 %481, 1
  %535 = mul i64 %534, 8
  %536 = getelementptr inbounds float, float* %5, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  store <8 x float> %533, <8 x float>* %29, align 32
  store <8 x float> %533, <8 x float>* %28, align 32
  store <8 x float> %533, <8 x float>* %27, align 32
  store <8 x float> %533, <8 x float>* %26, align 32
  store <8 x float> %533, <8 x float>* %25, align 32
  store <8 x float> %533, <8 x float>* %24, align 32
  store <8 x float> %538, <8 x float>* %23, align 32
  store <8 x float> %538, <8 x float>* %22, align 32
  store <8 x float> %538, <8 x float>* %21, align 32
  store <8 x float> %538, <8 x float>* %20, align 32
  store <8 x float> %538, <8 x float>* %19, align 32
  store <8 x float> %538, <8 x float>* %18, align 32
  %539 = mul i64 %x18, 8
  %540 = add i64 0, %539
  %541 = add i64 0, %540
  br label %u.header

x.exit17:                                         ; preds = %x.header15
  %542 = add i64 %479, 108
  %543 = mul i64 %72, 32
  %544 = add i64 %543, %478
  %545 = add i64 %544, 0
  %546 = mul i64 %545, 6272
  %547 = add i64 %542, 0
  %548 = mul i64 %547, 8
  %549 = add i64 %546, %548
  %550 = add i64 %542, 1
  %551 = mul i64 %550, 8
  %552 = add i64 %546, %551
  %553 = add i64 %542, 2
  %554 = mul i64 %553, 8
  %555 = add i64 %546, %554
  %556 = add i64 %542, 3
  %557 = mul i64 %556, 8
  %558 = add i64 %546, %557
  %559 = mul i64 %72, 32
  %560 = add i64 %559, %478
  %561 = add i64 %560, 1
  %562 = mul i64 %561, 6272
  %563 = add i64 %542, 0
  %564 = mul i64 %563, 8
  %565 = add i64 %562, %564
  %566 = add i64 %542, 1
  %567 = mul i64 %566, 8
  %568 = add i64 %562, %567
  %569 = add i64 %542, 2
  %570 = mul i64 %569, 8
  %571 = add i64 %562, %570
  %572 = add i64 %542, 3
  %573 = mul i64 %572, 8
  %574 = add i64 %562, %573
  %575 = add i64 %481, 0
  %576 = mul i64 %575, 8
  %577 = getelementptr inbounds float, float* %5, i64 %576
  %578 = bitcast float* %577 to <8 x float>*
  %579 = load <8 x float>, <8 x float>* %578, align 4
  %580 = add i64 %481, 1
  %581 = mul i64 %580, 8
  %582 = getelementptr inbounds float, float* %5, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  store <8 x float> %579, <8 x float>* %17, align 32
  store <8 x float> %579, <8 x float>* %16, align 32
  store <8 x float> %579, <8 x float>* %15, align 32
  store <8 x float> %579, <8 x float>* %14, align 32
  store <8 x float> %584, <8 x float>* %13, align 32
  store <8 x float> %584, <8 x float>* %12, align 32
  store <8 x float> %584, <8 x float>* %11, align 32
  store <8 x float> %584, <8 x float>* %10, align 32
  br label %u.header67

u.header:                                         ; preds = %u.body, %x.body16
  %u = phi i64 [ 0, %x.body16 ], [ %u.next, %u.body ]
  %585 = icmp slt i64 %u, 32
  br i1 %585, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %586 = add i64 0, %u
  %587 = mul i64 %586, 896
  %588 = add i64 %541, %587
  %589 = mul i64 %586, 64
  %590 = add i64 %482, %589
  %591 = add i64 %588, 0
  %592 = add i64 %591, 0
  %593 = add i64 %590, 0
  %594 = add i64 %593, 0
  %595 = getelementptr inbounds float, float* %4, i64 %594
  %596 = bitcast float* %595 to <8 x float>*
  %597 = load <8 x float>, <8 x float>* %596, align 4
  %598 = add i64 %593, 2048
  %599 = getelementptr inbounds float, float* %4, i64 %598
  %600 = bitcast float* %599 to <8 x float>*
  %601 = load <8 x float>, <8 x float>* %600, align 4
  %602 = add i64 %592, 0
  %603 = getelementptr inbounds float, float* %56, i64 %602
  %604 = load float, float* %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %splat = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %606 = load <8 x float>, <8 x float>* %29, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %597, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %29, align 32
  %608 = load <8 x float>, <8 x float>* %23, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %601, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %23, align 32
  %610 = add i64 %592, 8
  %611 = getelementptr inbounds float, float* %56, i64 %610
  %612 = load float, float* %611, align 4
  %613 = insertelement <8 x float> undef, float %612, i32 0
  %splat19 = shufflevector <8 x float> %613, <8 x float> undef, <8 x i32> zeroinitializer
  %614 = load <8 x float>, <8 x float>* %28, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %597, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %28, align 32
  %616 = load <8 x float>, <8 x float>* %22, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %601, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %22, align 32
  %618 = add i64 %592, 16
  %619 = getelementptr inbounds float, float* %56, i64 %618
  %620 = load float, float* %619, align 4
  %621 = insertelement <8 x float> undef, float %620, i32 0
  %splat20 = shufflevector <8 x float> %621, <8 x float> undef, <8 x i32> zeroinitializer
  %622 = load <8 x float>, <8 x float>* %27, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %597, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %27, align 32
  %624 = load <8 x float>, <8 x float>* %21, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %601, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %21, align 32
  %626 = add i64 %592, 24
  %627 = getelementptr inbounds float, float* %56, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat21 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %26, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %597, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %26, align 32
  %632 = load <8 x float>, <8 x float>* %20, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %601, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %20, align 32
  %634 = add i64 %592, 32
  %635 = getelementptr inbounds float, float* %56, i64 %634
  %636 = load float, float* %635, align 4
  %637 = insertelement <8 x float> undef, float %636, i32 0
  %splat22 = shufflevector <8 x float> %637, <8 x float> undef, <8 x i32> zeroinitializer
  %638 = load <8 x float>, <8 x float>* %25, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %597, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %25, align 32
  %640 = load <8 x float>, <8 x float>* %19, align 32
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %601, <8 x float> %640)
  store <8 x float> %641, <8 x float>* %19, align 32
  %642 = add i64 %592, 40
  %643 = getelementptr inbounds float, float* %56, i64 %642
  %644 = load float, float* %643, align 4
  %645 = insertelement <8 x float> undef, float %644, i32 0
  %splat23 = shufflevector <8 x float> %645, <8 x float> undef, <8 x i32> zeroinitializer
  %646 = load <8 x float>, <8 x float>* %24, align 32
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %597, <8 x float> %646)
  store <8 x float> %647, <8 x float>* %24, align 32
  %648 = load <8 x float>, <8 x float>* %18, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %601, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %18, align 32
  %650 = add i64 %593, 8
  %651 = getelementptr inbounds float, float* %4, i64 %650
  %652 = bitcast float* %651 to <8 x float>*
  %653 = load <8 x float>, <8 x float>* %652, align 4
  %654 = add i64 %593, 2056
  %655 = getelementptr inbounds float, float* %4, i64 %654
  %656 = bitcast float* %655 to <8 x float>*
  %657 = load <8 x float>, <8 x float>* %656, align 4
  %658 = add i64 %592, 1
  %659 = getelementptr inbounds float, float* %56, i64 %658
  %660 = load float, float* %659, align 4
  %661 = insertelement <8 x float> undef, float %660, i32 0
  %splat24 = shufflevector <8 x float> %661, <8 x float> undef, <8 x i32> zeroinitializer
  %662 = load <8 x float>, <8 x float>* %29, align 32
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %653, <8 x float> %662)
  store <8 x float> %663, <8 x float>* %29, align 32
  %664 = load <8 x float>, <8 x float>* %23, align 32
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %657, <8 x float> %664)
  store <8 x float> %665, <8 x float>* %23, align 32
  %666 = add i64 %592, 9
  %667 = getelementptr inbounds float, float* %56, i64 %666
  %668 = load float, float* %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %splat25 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = load <8 x float>, <8 x float>* %28, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %653, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %28, align 32
  %672 = load <8 x float>, <8 x float>* %22, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %657, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %22, align 32
  %674 = add i64 %592, 17
  %675 = getelementptr inbounds float, float* %56, i64 %674
  %676 = load float, float* %675, align 4
  %677 = insertelement <8 x float> undef, float %676, i32 0
  %splat26 = shufflevector <8 x float> %677, <8 x float> undef, <8 x i32> zeroinitializer
  %678 = load <8 x float>, <8 x float>* %27, align 32
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %653, <8 x float> %678)
  store <8 x float> %679, <8 x float>* %27, align 32
  %680 = load <8 x float>, <8 x float>* %21, align 32
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %657, <8 x float> %680)
  store <8 x float> %681, <8 x float>* %21, align 32
  %682 = add i64 %592, 25
  %683 = getelementptr inbounds float, float* %56, i64 %682
  %684 = load float, float* %683, align 4
  %685 = insertelement <8 x float> undef, float %684, i32 0
  %splat27 = shufflevector <8 x float> %685, <8 x float> undef, <8 x i32> zeroinitializer
  %686 = load <8 x float>, <8 x float>* %26, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %653, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %26, align 32
  %688 = load <8 x float>, <8 x float>* %20, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %657, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %20, align 32
  %690 = add i64 %592, 33
  %691 = getelementptr inbounds float, float* %56, i64 %690
  %692 = load float, float* %691, align 4
  %693 = insertelement <8 x float> undef, float %692, i32 0
  %splat28 = shufflevector <8 x float> %693, <8 x float> undef, <8 x i32> zeroinitializer
  %694 = load <8 x float>, <8 x float>* %25, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %653, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %25, align 32
  %696 = load <8 x float>, <8 x float>* %19, align 32
  %697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %657, <8 x float> %696)
  store <8 x float> %697, <8 x float>* %19, align 32
  %698 = add i64 %592, 41
  %699 = getelementptr inbounds float, float* %56, i64 %698
  %700 = load float, float* %699, align 4
  %701 = insertelement <8 x float> undef, float %700, i32 0
  %splat29 = shufflevector <8 x float> %701, <8 x float> undef, <8 x i32> zeroinitializer
  %702 = load <8 x float>, <8 x float>* %24, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %653, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %24, align 32
  %704 = load <8 x float>, <8 x float>* %18, align 32
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %657, <8 x float> %704)
  store <8 x float> %705, <8 x float>* %18, align 32
  %706 = add i64 %593, 16
  %707 = getelementptr inbounds float, float* %4, i64 %706
  %708 = bitcast float* %707 to <8 x float>*
  %709 = load <8 x float>, <8 x float>* %708, align 4
  %710 = add i64 %593, 2064
  %711 = getelementptr inbounds float, float* %4, i64 %710
  %712 = bitcast float* %711 to <8 x float>*
  %713 = load <8 x float>, <8 x float>* %712, align 4
  %714 = add i64 %592, 2
  %715 = getelementptr inbounds float, float* %56, i64 %714
  %716 = load float, float* %715, align 4
  %717 = insertelement <8 x float> undef, float %716, i32 0
  %splat30 = shufflevector <8 x float> %717, <8 x float> undef, <8 x i32> zeroinitializer
  %718 = load <8 x float>, <8 x float>* %29, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %709, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %29, align 32
  %720 = load <8 x float>, <8 x float>* %23, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %713, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %23, align 32
  %722 = add i64 %592, 10
  %723 = getelementptr inbounds float, float* %56, i64 %722
  %724 = load float, float* %723, align 4
  %725 = insertelement <8 x float> undef, float %724, i32 0
  %splat31 = shufflevector <8 x float> %725, <8 x float> undef, <8 x i32> zeroinitializer
  %726 = load <8 x float>, <8 x float>* %28, align 32
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %709, <8 x float> %726)
  store <8 x float> %727, <8 x float>* %28, align 32
  %728 = load <8 x float>, <8 x float>* %22, align 32
  %729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %713, <8 x float> %728)
  store <8 x float> %729, <8 x float>* %22, align 32
  %730 = add i64 %592, 18
  %731 = getelementptr inbounds float, float* %56, i64 %730
  %732 = load float, float* %731, align 4
  %733 = insertelement <8 x float> undef, float %732, i32 0
  %splat32 = shufflevector <8 x float> %733, <8 x float> undef, <8 x i32> zeroinitializer
  %734 = load <8 x float>, <8 x float>* %27, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %709, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %27, align 32
  %736 = load <8 x float>, <8 x float>* %21, align 32
  %737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %713, <8 x float> %736)
  store <8 x float> %737, <8 x float>* %21, align 32
  %738 = add i64 %592, 26
  %739 = getelementptr inbounds float, float* %56, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat33 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %26, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %709, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %26, align 32
  %744 = load <8 x float>, <8 x float>* %20, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %713, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %20, align 32
  %746 = add i64 %592, 34
  %747 = getelementptr inbounds float, float* %56, i64 %746
  %748 = load float, float* %747, align 4
  %749 = insertelement <8 x float> undef, float %748, i32 0
  %splat34 = shufflevector <8 x float> %749, <8 x float> undef, <8 x i32> zeroinitializer
  %750 = load <8 x float>, <8 x float>* %25, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %709, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %25, align 32
  %752 = load <8 x float>, <8 x float>* %19, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %713, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %19, align 32
  %754 = add i64 %592, 42
  %755 = getelementptr inbounds float, float* %56, i64 %754
  %756 = load float, float* %755, align 4
  %757 = insertelement <8 x float> undef, float %756, i32 0
  %splat35 = shufflevector <8 x float> %757, <8 x float> undef, <8 x i32> zeroinitializer
  %758 = load <8 x float>, <8 x float>* %24, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %709, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %24, align 32
  %760 = load <8 x float>, <8 x float>* %18, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %713, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %18, align 32
  %762 = add i64 %593, 24
  %763 = getelementptr inbounds float, float* %4, i64 %762
  %764 = bitcast float* %763 to <8 x float>*
  %765 = load <8 x float>, <8 x float>* %764, align 4
  %766 = add i64 %593, 2072
  %767 = getelementptr inbounds float, float* %4, i64 %766
  %768 = bitcast float* %767 to <8 x float>*
  %769 = load <8 x float>, <8 x float>* %768, align 4
  %770 = add i64 %592, 3
  %771 = getelementptr inbounds float, float* %56, i64 %770
  %772 = load float, float* %771, align 4
  %773 = insertelement <8 x float> undef, float %772, i32 0
  %splat36 = shufflevector <8 x float> %773, <8 x float> undef, <8 x i32> zeroinitializer
  %774 = load <8 x float>, <8 x float>* %29, align 32
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %765, <8 x float> %774)
  store <8 x float> %775, <8 x float>* %29, align 32
  %776 = load <8 x float>, <8 x float>* %23, align 32
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %769, <8 x float> %776)
  store <8 x float> %777, <8 x float>* %23, align 32
  %778 = add i64 %592, 11
  %779 = getelementptr inbounds float, float* %56, i64 %778
  %780 = load float, float* %779, align 4
  %781 = insertelement <8 x float> undef, float %780, i32 0
  %splat37 = shufflevector <8 x float> %781, <8 x float> undef, <8 x i32> zeroinitializer
  %782 = load <8 x float>, <8 x float>* %28, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %765, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %28, align 32
  %784 = load <8 x float>, <8 x float>* %22, align 32
  %785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %769, <8 x float> %784)
  store <8 x float> %785, <8 x float>* %22, align 32
  %786 = add i64 %592, 19
  %787 = getelementptr inbounds float, float* %56, i64 %786
  %788 = load float, float* %787, align 4
  %789 = insertelement <8 x float> undef, float %788, i32 0
  %splat38 = shufflevector <8 x float> %789, <8 x float> undef, <8 x i32> zeroinitializer
  %790 = load <8 x float>, <8 x float>* %27, align 32
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %765, <8 x float> %790)
  store <8 x float> %791, <8 x float>* %27, align 32
  %792 = load <8 x float>, <8 x float>* %21, align 32
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %769, <8 x float> %792)
  store <8 x float> %793, <8 x float>* %21, align 32
  %794 = add i64 %592, 27
  %795 = getelementptr inbounds float, float* %56, i64 %794
  %796 = load float, float* %795, align 4
  %797 = insertelement <8 x float> undef, float %796, i32 0
  %splat39 = shufflevector <8 x float> %797, <8 x float> undef, <8 x i32> zeroinitializer
  %798 = load <8 x float>, <8 x float>* %26, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %765, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %26, align 32
  %800 = load <8 x float>, <8 x float>* %20, align 32
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %769, <8 x float> %800)
  store <8 x float> %801, <8 x float>* %20, align 32
  %802 = add i64 %592, 35
  %803 = getelementptr inbounds float, float* %56, i64 %802
  %804 = load float, float* %803, align 4
  %805 = insertelement <8 x float> undef, float %804, i32 0
  %splat40 = shufflevector <8 x float> %805, <8 x float> undef, <8 x i32> zeroinitializer
  %806 = load <8 x float>, <8 x float>* %25, align 32
  %807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %765, <8 x float> %806)
  store <8 x float> %807, <8 x float>* %25, align 32
  %808 = load <8 x float>, <8 x float>* %19, align 32
  %809 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %769, <8 x float> %808)
  store <8 x float> %809, <8 x float>* %19, align 32
  %810 = add i64 %592, 43
  %811 = getelementptr inbounds float, float* %56, i64 %810
  %812 = load float, float* %811, align 4
  %813 = insertelement <8 x float> undef, float %812, i32 0
  %splat41 = shufflevector <8 x float> %813, <8 x float> undef, <8 x i32> zeroinitializer
  %814 = load <8 x float>, <8 x float>* %24, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %765, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %24, align 32
  %816 = load <8 x float>, <8 x float>* %18, align 32
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %769, <8 x float> %816)
  store <8 x float> %817, <8 x float>* %18, align 32
  %818 = add i64 %593, 32
  %819 = getelementptr inbounds float, float* %4, i64 %818
  %820 = bitcast float* %819 to <8 x float>*
  %821 = load <8 x float>, <8 x float>* %820, align 4
  %822 = add i64 %593, 2080
  %823 = getelementptr inbounds float, float* %4, i64 %822
  %824 = bitcast float* %823 to <8 x float>*
  %825 = load <8 x float>, <8 x float>* %824, align 4
  %826 = add i64 %592, 4
  %827 = getelementptr inbounds float, float* %56, i64 %826
  %828 = load float, float* %827, align 4
  %829 = insertelement <8 x float> undef, float %828, i32 0
  %splat42 = shufflevector <8 x float> %829, <8 x float> undef, <8 x i32> zeroinitializer
  %830 = load <8 x float>, <8 x float>* %29, align 32
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %821, <8 x float> %830)
  store <8 x float> %831, <8 x float>* %29, align 32
  %832 = load <8 x float>, <8 x float>* %23, align 32
  %833 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %825, <8 x float> %832)
  store <8 x float> %833, <8 x float>* %23, align 32
  %834 = add i64 %592, 12
  %835 = getelementptr inbounds float, float* %56, i64 %834
  %836 = load float, float* %835, align 4
  %837 = insertelement <8 x float> undef, float %836, i32 0
  %splat43 = shufflevector <8 x float> %837, <8 x float> undef, <8 x i32> zeroinitializer
  %838 = load <8 x float>, <8 x float>* %28, align 32
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %821, <8 x float> %838)
  store <8 x float> %839, <8 x float>* %28, align 32
  %840 = load <8 x float>, <8 x float>* %22, align 32
  %841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %825, <8 x float> %840)
  store <8 x float> %841, <8 x float>* %22, align 32
  %842 = add i64 %592, 20
  %843 = getelementptr inbounds float, float* %56, i64 %842
  %844 = load float, float* %843, align 4
  %845 = insertelement <8 x float> undef, float %844, i32 0
  %splat44 = shufflevector <8 x float> %845, <8 x float> undef, <8 x i32> zeroinitializer
  %846 = load <8 x float>, <8 x float>* %27, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %821, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %27, align 32
  %848 = load <8 x float>, <8 x float>* %21, align 32
  %849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %825, <8 x float> %848)
  store <8 x float> %849, <8 x float>* %21, align 32
  %850 = add i64 %592, 28
  %851 = getelementptr inbounds float, float* %56, i64 %850
  %852 = load float, float* %851, align 4
  %853 = insertelement <8 x float> undef, float %852, i32 0
  %splat45 = shufflevector <8 x float> %853, <8 x float> undef, <8 x i32> zeroinitializer
  %854 = load <8 x float>, <8 x float>* %26, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %821, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %26, align 32
  %856 = load <8 x float>, <8 x float>* %20, align 32
  %857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %825, <8 x float> %856)
  store <8 x float> %857, <8 x float>* %20, align 32
  %858 = add i64 %592, 36
  %859 = getelementptr inbounds float, float* %56, i64 %858
  %860 = load float, float* %859, align 4
  %861 = insertelement <8 x float> undef, float %860, i32 0
  %splat46 = shufflevector <8 x float> %861, <8 x float> undef, <8 x i32> zeroinitializer
  %862 = load <8 x float>, <8 x float>* %25, align 32
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %821, <8 x float> %862)
  store <8 x float> %863, <8 x float>* %25, align 32
  %864 = load <8 x float>, <8 x float>* %19, align 32
  %865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %825, <8 x float> %864)
  store <8 x float> %865, <8 x float>* %19, align 32
  %866 = add i64 %592, 44
  %867 = getelementptr inbounds float, float* %56, i64 %866
  %868 = load float, float* %867, align 4
  %869 = insertelement <8 x float> undef, float %868, i32 0
  %splat47 = shufflevector <8 x float> %869, <8 x float> undef, <8 x i32> zeroinitializer
  %870 = load <8 x float>, <8 x float>* %24, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %821, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %24, align 32
  %872 = load <8 x float>, <8 x float>* %18, align 32
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %825, <8 x float> %872)
  store <8 x float> %873, <8 x float>* %18, align 32
  %874 = add i64 %593, 40
  %875 = getelementptr inbounds float, float* %4, i64 %874
  %876 = bitcast float* %875 to <8 x float>*
  %877 = load <8 x float>, <8 x float>* %876, align 4
  %878 = add i64 %593, 2088
  %879 = getelementptr inbounds float, float* %4, i64 %878
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = add i64 %592, 5
  %883 = getelementptr inbounds float, float* %56, i64 %882
  %884 = load float, float* %883, align 4
  %885 = insertelement <8 x float> undef, float %884, i32 0
  %splat48 = shufflevector <8 x float> %885, <8 x float> undef, <8 x i32> zeroinitializer
  %886 = load <8 x float>, <8 x float>* %29, align 32
  %887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %877, <8 x float> %886)
  store <8 x float> %887, <8 x float>* %29, align 32
  %888 = load <8 x float>, <8 x float>* %23, align 32
  %889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %881, <8 x float> %888)
  store <8 x float> %889, <8 x float>* %23, align 32
  %890 = add i64 %592, 13
  %891 = getelementptr inbounds float, float* %56, i64 %890
  %892 = load float, float* %891, align 4
  %893 = insertelement <8 x float> undef, float %892, i32 0
  %splat49 = shufflevector <8 x float> %893, <8 x float> undef, <8 x i32> zeroinitializer
  %894 = load <8 x float>, <8 x float>* %28, align 32
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %877, <8 x float> %894)
  store <8 x float> %895, <8 x float>* %28, align 32
  %896 = load <8 x float>, <8 x float>* %22, align 32
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %881, <8 x float> %896)
  store <8 x float> %897, <8 x float>* %22, align 32
  %898 = add i64 %592, 21
  %899 = getelementptr inbounds float, float* %56, i64 %898
  %900 = load float, float* %899, align 4
  %901 = insertelement <8 x float> undef, float %900, i32 0
  %splat50 = shufflevector <8 x float> %901, <8 x float> undef, <8 x i32> zeroinitializer
  %902 = load <8 x float>, <8 x float>* %27, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %877, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %27, align 32
  %904 = load <8 x float>, <8 x float>* %21, align 32
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %881, <8 x float> %904)
  store <8 x float> %905, <8 x float>* %21, align 32
  %906 = add i64 %592, 29
  %907 = getelementptr inbounds float, float* %56, i64 %906
  %908 = load float, float* %907, align 4
  %909 = insertelement <8 x float> undef, float %908, i32 0
  %splat51 = shufflevector <8 x float> %909, <8 x float> undef, <8 x i32> zeroinitializer
  %910 = load <8 x float>, <8 x float>* %26, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %877, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %26, align 32
  %912 = load <8 x float>, <8 x float>* %20, align 32
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %881, <8 x float> %912)
  store <8 x float> %913, <8 x float>* %20, align 32
  %914 = add i64 %592, 37
  %915 = getelementptr inbounds float, float* %56, i64 %914
  %916 = load float, float* %915, align 4
  %917 = insertelement <8 x float> undef, float %916, i32 0
  %splat52 = shufflevector <8 x float> %917, <8 x float> undef, <8 x i32> zeroinitializer
  %918 = load <8 x float>, <8 x float>* %25, align 32
  %919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %877, <8 x float> %918)
  store <8 x float> %919, <8 x float>* %25, align 32
  %920 = load <8 x float>, <8 x float>* %19, align 32
  %921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %881, <8 x float> %920)
  store <8 x float> %921, <8 x float>* %19, align 32
  %922 = add i64 %592, 45
  %923 = getelementptr inbounds float, float* %56, i64 %922
  %924 = load float, float* %923, align 4
  %925 = insertelement <8 x float> undef, float %924, i32 0
  %splat53 = shufflevector <8 x float> %925, <8 x float> undef, <8 x i32> zeroinitializer
  %926 = load <8 x float>, <8 x float>* %24, align 32
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %877, <8 x float> %926)
  store <8 x float> %927, <8 x float>* %24, align 32
  %928 = load <8 x float>, <8 x float>* %18, align 32
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %881, <8 x float> %928)
  store <8 x float> %929, <8 x float>* %18, align 32
  %930 = add i64 %593, 48
  %931 = getelementptr inbounds float, float* %4, i64 %930
  %932 = bitcast float* %931 to <8 x float>*
  %933 = load <8 x float>, <8 x float>* %932, align 4
  %934 = add i64 %593, 2096
  %935 = getelementptr inbounds float, float* %4, i64 %934
  %936 = bitcast float* %935 to <8 x float>*
  %937 = load <8 x float>, <8 x float>* %936, align 4
  %938 = add i64 %592, 6
  %939 = getelementptr inbounds float, float* %56, i64 %938
  %940 = load float, float* %939, align 4
  %941 = insertelement <8 x float> undef, float %940, i32 0
  %splat54 = shufflevector <8 x float> %941, <8 x float> undef, <8 x i32> zeroinitializer
  %942 = load <8 x float>, <8 x float>* %29, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %933, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %29, align 32
  %944 = load <8 x float>, <8 x float>* %23, align 32
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %937, <8 x float> %944)
  store <8 x float> %945, <8 x float>* %23, align 32
  %946 = add i64 %592, 14
  %947 = getelementptr inbounds float, float* %56, i64 %946
  %948 = load float, float* %947, align 4
  %949 = insertelement <8 x float> undef, float %948, i32 0
  %splat55 = shufflevector <8 x float> %949, <8 x float> undef, <8 x i32> zeroinitializer
  %950 = load <8 x float>, <8 x float>* %28, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %933, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %28, align 32
  %952 = load <8 x float>, <8 x float>* %22, align 32
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %937, <8 x float> %952)
  store <8 x float> %953, <8 x float>* %22, align 32
  %954 = add i64 %592, 22
  %955 = getelementptr inbounds float, float* %56, i64 %954
  %956 = load float, float* %955, align 4
  %957 = insertelement <8 x float> undef, float %956, i32 0
  %splat56 = shufflevector <8 x float> %957, <8 x float> undef, <8 x i32> zeroinitializer
  %958 = load <8 x float>, <8 x float>* %27, align 32
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %933, <8 x float> %958)
  store <8 x float> %959, <8 x float>* %27, align 32
  %960 = load <8 x float>, <8 x float>* %21, align 32
  %961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %937, <8 x float> %960)
  store <8 x float> %961, <8 x float>* %21, align 32
  %962 = add i64 %592, 30
  %963 = getelementptr inbounds float, float* %56, i64 %962
  %964 = load float, float* %963, align 4
  %965 = insertelement <8 x float> undef, float %964, i32 0
  %splat57 = shufflevector <8 x float> %965, <8 x float> undef, <8 x i32> zeroinitializer
  %966 = load <8 x float>, <8 x float>* %26, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %933, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %26, align 32
  %968 = load <8 x float>, <8 x float>* %20, align 32
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %937, <8 x float> %968)
  store <8 x float> %969, <8 x float>* %20, align 32
  %970 = add i64 %592, 38
  %971 = getelementptr inbounds float, float* %56, i64 %970
  %972 = load float, float* %971, align 4
  %973 = insertelement <8 x float> undef, float %972, i32 0
  %splat58 = shufflevector <8 x float> %973, <8 x float> undef, <8 x i32> zeroinitializer
  %974 = load <8 x float>, <8 x float>* %25, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %933, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %25, align 32
  %976 = load <8 x float>, <8 x float>* %19, align 32
  %977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %937, <8 x float> %976)
  store <8 x float> %977, <8 x float>* %19, align 32
  %978 = add i64 %592, 46
  %979 = getelementptr inbounds float, float* %56, i64 %978
  %980 = load float, float* %979, align 4
  %981 = insertelement <8 x float> undef, float %980, i32 0
  %splat59 = shufflevector <8 x float> %981, <8 x float> undef, <8 x i32> zeroinitializer
  %982 = load <8 x float>, <8 x float>* %24, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %933, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %24, align 32
  %984 = load <8 x float>, <8 x float>* %18, align 32
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %937, <8 x float> %984)
  store <8 x float> %985, <8 x float>* %18, align 32
  %986 = add i64 %593, 56
  %987 = getelementptr inbounds float, float* %4, i64 %986
  %988 = bitcast float* %987 to <8 x float>*
  %989 = load <8 x float>, <8 x float>* %988, align 4
  %990 = add i64 %593, 2104
  %991 = getelementptr inbounds float, float* %4, i64 %990
  %992 = bitcast float* %991 to <8 x float>*
  %993 = load <8 x float>, <8 x float>* %992, align 4
  %994 = add i64 %592, 7
  %995 = getelementptr inbounds float, float* %56, i64 %994
  %996 = load float, float* %995, align 4
  %997 = insertelement <8 x float> undef, float %996, i32 0
  %splat60 = shufflevector <8 x float> %997, <8 x float> undef, <8 x i32> zeroinitializer
  %998 = load <8 x float>, <8 x float>* %29, align 32
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %989, <8 x float> %998)
  store <8 x float> %999, <8 x float>* %29, align 32
  %1000 = load <8 x float>, <8 x float>* %23, align 32
  %1001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %993, <8 x float> %1000)
  store <8 x float> %1001, <8 x float>* %23, align 32
  %1002 = add i64 %592, 15
  %1003 = getelementptr inbounds float, float* %56, i64 %1002
  %1004 = load float, float* %1003, align 4
  %1005 = insertelement <8 x float> undef, float %1004, i32 0
  %splat61 = shufflevector <8 x float> %1005, <8 x float> undef, <8 x i32> zeroinitializer
  %1006 = load <8 x float>, <8 x float>* %28, align 32
  %1007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %989, <8 x float> %1006)
  store <8 x float> %1007, <8 x float>* %28, align 32
  %1008 = load <8 x float>, <8 x float>* %22, align 32
  %1009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %993, <8 x float> %1008)
  store <8 x float> %1009, <8 x float>* %22, align 32
  %1010 = add i64 %592, 23
  %1011 = getelementptr inbounds float, float* %56, i64 %1010
  %1012 = load float, float* %1011, align 4
  %1013 = insertelement <8 x float> undef, float %1012, i32 0
  %splat62 = shufflevector <8 x float> %1013, <8 x float> undef, <8 x i32> zeroinitializer
  %1014 = load <8 x float>, <8 x float>* %27, align 32
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %989, <8 x float> %1014)
  store <8 x float> %1015, <8 x float>* %27, align 32
  %1016 = load <8 x float>, <8 x float>* %21, align 32
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %993, <8 x float> %1016)
  store <8 x float> %1017, <8 x float>* %21, align 32
  %1018 = add i64 %592, 31
  %1019 = getelementptr inbounds float, float* %56, i64 %1018
  %1020 = load float, float* %1019, align 4
  %1021 = insertelement <8 x float> undef, float %1020, i32 0
  %splat63 = shufflevector <8 x float> %1021, <8 x float> undef, <8 x i32> zeroinitializer
  %1022 = load <8 x float>, <8 x float>* %26, align 32
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %989, <8 x float> %1022)
  store <8 x float> %1023, <8 x float>* %26, align 32
  %1024 = load <8 x float>, <8 x float>* %20, align 32
  %1025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %993, <8 x float> %1024)
  store <8 x float> %1025, <8 x float>* %20, align 32
  %1026 = add i64 %592, 39
  %1027 = getelementptr inbounds float, float* %56, i64 %1026
  %1028 = load float, float* %1027, align 4
  %1029 = insertelement <8 x float> undef, float %1028, i32 0
  %splat64 = shufflevector <8 x float> %1029, <8 x float> undef, <8 x i32> zeroinitializer
  %1030 = load <8 x float>, <8 x float>* %25, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %989, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %25, align 32
  %1032 = load <8 x float>, <8 x float>* %19, align 32
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %993, <8 x float> %1032)
  store <8 x float> %1033, <8 x float>* %19, align 32
  %1034 = add i64 %592, 47
  %1035 = getelementptr inbounds float, float* %56, i64 %1034
  %1036 = load float, float* %1035, align 4
  %1037 = insertelement <8 x float> undef, float %1036, i32 0
  %splat65 = shufflevector <8 x float> %1037, <8 x float> undef, <8 x i32> zeroinitializer
  %1038 = load <8 x float>, <8 x float>* %24, align 32
  %1039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %989, <8 x float> %1038)
  store <8 x float> %1039, <8 x float>* %24, align 32
  %1040 = load <8 x float>, <8 x float>* %18, align 32
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %993, <8 x float> %1040)
  store <8 x float> %1041, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %1042 = load <8 x float>, <8 x float>* %29, align 32
  %1043 = fcmp olt <8 x float> %1042, zeroinitializer
  %1044 = select <8 x i1> %1043, <8 x float> zeroinitializer, <8 x float> %1042
  %1045 = getelementptr inbounds float, float* %0, i64 %491
  %1046 = bitcast float* %1045 to <8 x float>*
  store <8 x float> %1044, <8 x float>* %1046, align 4
  %1047 = load <8 x float>, <8 x float>* %28, align 32
  %1048 = fcmp olt <8 x float> %1047, zeroinitializer
  %1049 = select <8 x i1> %1048, <8 x float> zeroinitializer, <8 x float> %1047
  %1050 = getelementptr inbounds float, float* %0, i64 %494
  %1051 = bitcast float* %1050 to <8 x float>*
  store <8 x float> %1049, <8 x float>* %1051, align 4
  %1052 = load <8 x float>, <8 x float>* %27, align 32
  %1053 = fcmp olt <8 x float> %1052, zeroinitializer
  %1054 = select <8 x i1> %1053, <8 x float> zeroinitializer, <8 x float> %1052
  %1055 = getelementptr inbounds float, float* %0, i64 %497
  %1056 = bitcast float* %1055 to <8 x float>*
  store <8 x float> %1054, <8 x float>* %1056, align 4
  %1057 = load <8 x float>, <8 x float>* %26, align 32
  %1058 = fcmp olt <8 x float> %1057, zeroinitializer
  %1059 = select <8 x i1> %1058, <8 x float> zeroinitializer, <8 x float> %1057
  %1060 = getelementptr inbounds float, float* %0, i64 %500
  %1061 = bitcast float* %1060 to <8 x float>*
  store <8 x float> %1059, <8 x float>* %1061, align 4
  %1062 = load <8 x float>, <8 x float>* %25, align 32
  %1063 = fcmp olt <8 x float> %1062, zeroinitializer
  %1064 = select <8 x i1> %1063, <8 x float> zeroinitializer, <8 x float> %1062
  %1065 = getelementptr inbounds float, float* %0, i64 %503
  %1066 = bitcast float* %1065 to <8 x float>*
  store <8 x float> %1064, <8 x float>* %1066, align 4
  %1067 = load <8 x float>, <8 x float>* %24, align 32
  %1068 = fcmp olt <8 x float> %1067, zeroinitializer
  %1069 = select <8 x i1> %1068, <8 x float> zeroinitializer, <8 x float> %1067
  %1070 = getelementptr inbounds float, float* %0, i64 %506
  %1071 = bitcast float* %1070 to <8 x float>*
  store <8 x float> %1069, <8 x float>* %1071, align 4
  %1072 = load <8 x float>, <8 x float>* %23, align 32
  %1073 = fcmp olt <8 x float> %1072, zeroinitializer
  %1074 = select <8 x i1> %1073, <8 x float> zeroinitializer, <8 x float> %1072
  %1075 = getelementptr inbounds float, float* %0, i64 %513
  %1076 = bitcast float* %1075 to <8 x float>*
  store <8 x float> %1074, <8 x float>* %1076, align 4
  %1077 = load <8 x float>, <8 x float>* %22, align 32
  %1078 = fcmp olt <8 x float> %1077, zeroinitializer
  %1079 = select <8 x i1> %1078, <8 x float> zeroinitializer, <8 x float> %1077
  %1080 = getelementptr inbounds float, float* %0, i64 %516
  %1081 = bitcast float* %1080 to <8 x float>*
  store <8 x float> %1079, <8 x float>* %1081, align 4
  %1082 = load <8 x float>, <8 x float>* %21, align 32
  %1083 = fcmp olt <8 x float> %1082, zeroinitializer
  %1084 = select <8 x i1> %1083, <8 x float> zeroinitializer, <8 x float> %1082
  %1085 = getelementptr inbounds float, float* %0, i64 %519
  %1086 = bitcast float* %1085 to <8 x float>*
  store <8 x float> %1084, <8 x float>* %1086, align 4
  %1087 = load <8 x float>, <8 x float>* %20, align 32
  %1088 = fcmp olt <8 x float> %1087, zeroinitializer
  %1089 = select <8 x i1> %1088, <8 x float> zeroinitializer, <8 x float> %1087
  %1090 = getelementptr inbounds float, float* %0, i64 %522
  %1091 = bitcast float* %1090 to <8 x float>*
  store <8 x float> %1089, <8 x float>* %1091, align 4
  %1092 = load <8 x float>, <8 x float>* %19, align 32
  %1093 = fcmp olt <8 x float> %1092, zeroinitializer
  %1094 = select <8 x i1> %1093, <8 x float> zeroinitializer, <8 x float> %1092
  %1095 = getelementptr inbounds float, float* %0, i64 %525
  %1096 = bitcast float* %1095 to <8 x float>*
  store <8 x float> %1094, <8 x float>* %1096, align 4
  %1097 = load <8 x float>, <8 x float>* %18, align 32
  %1098 = fcmp olt <8 x float> %1097, zeroinitializer
  %1099 = select <8 x i1> %1098, <8 x float> zeroinitializer, <8 x float> %1097
  %1100 = getelementptr inbounds float, float* %0, i64 %528
  %1101 = bitcast float* %1100 to <8 x float>*
  store <8 x float> %1099, <8 x float>* %1101, align 4
  %x.next66 = add i64 %x18, 6
  br label %x.header15

u.header67:                                       ; preds = %u.body68, %x.exit17
  %u70 = phi i64 [ 0, %x.exit17 ], [ %u.next103, %u.body68 ]
  %1102 = icmp slt i64 %u70, 32
  br i1 %1102, label %u.body68, label %u.exit69

u.body68:                                         ; preds = %u.header67
  %1103 = add i64 0, %u70
  %1104 = mul i64 %1103, 896
  %1105 = add i64 864, %1104
  %1106 = mul i64 %1103, 64
  %1107 = add i64 %482, %1106
  %1108 = add i64 %1105, 0
  %1109 = add i64 %1108, 0
  %1110 = add i64 %1107, 0
  %1111 = add i64 %1110, 0
  %1112 = getelementptr inbounds float, float* %4, i64 %1111
  %1113 = bitcast float* %1112 to <8 x float>*
  %1114 = load <8 x float>, <8 x float>* %1113, align 4
  %1115 = add i64 %1110, 2048
  %1116 = getelementptr inbounds float, float* %4, i64 %1115
  %1117 = bitcast float* %1116 to <8 x float>*
  %1118 = load <8 x float>, <8 x float>* %1117, align 4
  %1119 = add i64 %1109, 0
  %1120 = getelementptr inbounds float, float* %56, i64 %1119
  %1121 = load float, float* %1120, align 4
  %1122 = insertelement <8 x float> undef, float %1121, i32 0
  %splat71 = shufflevector <8 x float> %1122, <8 x float> undef, <8 x i32> zeroinitializer
  %1123 = load <8 x float>, <8 x float>* %17, align 32
  %1124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1114, <8 x float> %1123)
  store <8 x float> %1124, <8 x float>* %17, align 32
  %1125 = load <8 x float>, <8 x float>* %13, align 32
  %1126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1118, <8 x float> %1125)
  store <8 x float> %1126, <8 x float>* %13, align 32
  %1127 = add i64 %1109, 8
  %1128 = getelementptr inbounds float, float* %56, i64 %1127
  %1129 = load float, float* %1128, align 4
  %1130 = insertelement <8 x float> undef, float %1129, i32 0
  %splat72 = shufflevector <8 x float> %1130, <8 x float> undef, <8 x i32> zeroinitializer
  %1131 = load <8 x float>, <8 x float>* %16, align 32
  %1132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1114, <8 x float> %1131)
  store <8 x float> %1132, <8 x float>* %16, align 32
  %1133 = load <8 x float>, <8 x float>* %12, align 32
  %1134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1118, <8 x float> %1133)
  store <8 x float> %1134, <8 x float>* %12, align 32
  %1135 = add i64 %1109, 16
  %1136 = getelementptr inbounds float, float* %56, i64 %1135
  %1137 = load float, float* %1136, align 4
  %1138 = insertelement <8 x float> undef, float %1137, i32 0
  %splat73 = shufflevector <8 x float> %1138, <8 x float> undef, <8 x i32> zeroinitializer
  %1139 = load <8 x float>, <8 x float>* %15, align 32
  %1140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1114, <8 x float> %1139)
  store <8 x float> %1140, <8 x float>* %15, align 32
  %1141 = load <8 x float>, <8 x float>* %11, align 32
  %1142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1118, <8 x float> %1141)
  store <8 x float> %1142, <8 x float>* %11, align 32
  %1143 = add i64 %1109, 24
  %1144 = getelementptr inbounds float, float* %56, i64 %1143
  %1145 = load float, float* %1144, align 4
  %1146 = insertelement <8 x float> undef, float %1145, i32 0
  %splat74 = shufflevector <8 x float> %1146, <8 x float> undef, <8 x i32> zeroinitializer
  %1147 = load <8 x float>, <8 x float>* %14, align 32
  %1148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1114, <8 x float> %1147)
  store <8 x float> %1148, <8 x float>* %14, align 32
  %1149 = load <8 x float>, <8 x float>* %10, align 32
  %1150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1118, <8 x float> %1149)
  store <8 x float> %1150, <8 x float>* %10, align 32
  %1151 = add i64 %1110, 8
  %1152 = getelementptr inbounds float, float* %4, i64 %1151
  %1153 = bitcast float* %1152 to <8 x float>*
  %1154 = load <8 x float>, <8 x float>* %1153, align 4
  %1155 = add i64 %1110, 2056
  %1156 = getelementptr inbounds float, float* %4, i64 %1155
  %1157 = bitcast float* %1156 to <8 x float>*
  %1158 = load <8 x float>, <8 x float>* %1157, align 4
  %1159 = add i64 %1109, 1
  %1160 = getelementptr inbounds float, float* %56, i64 %1159
  %1161 = load float, float* %1160, align 4
  %1162 = insertelement <8 x float> undef, float %1161, i32 0
  %splat75 = shufflevector <8 x float> %1162, <8 x float> undef, <8 x i32> zeroinitializer
  %1163 = load <8 x float>, <8 x float>* %17, align 32
  %1164 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1154, <8 x float> %1163)
  store <8 x float> %1164, <8 x float>* %17, align 32
  %1165 = load <8 x float>, <8 x float>* %13, align 32
  %1166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1158, <8 x float> %1165)
  store <8 x float> %1166, <8 x float>* %13, align 32
  %1167 = add i64 %1109, 9
  %1168 = getelementptr inbounds float, float* %56, i64 %1167
  %1169 = load float, float* %1168, align 4
  %1170 = insertelement <8 x float> undef, float %1169, i32 0
  %splat76 = shufflevector <8 x float> %1170, <8 x float> undef, <8 x i32> zeroinitializer
  %1171 = load <8 x float>, <8 x float>* %16, align 32
  %1172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1154, <8 x float> %1171)
  store <8 x float> %1172, <8 x float>* %16, align 32
  %1173 = load <8 x float>, <8 x float>* %12, align 32
  %1174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1158, <8 x float> %1173)
  store <8 x float> %1174, <8 x float>* %12, align 32
  %1175 = add i64 %1109, 17
  %1176 = getelementptr inbounds float, float* %56, i64 %1175
  %1177 = load float, float* %1176, align 4
  %1178 = insertelement <8 x float> undef, float %1177, i32 0
  %splat77 = shufflevector <8 x float> %1178, <8 x float> undef, <8 x i32> zeroinitializer
  %1179 = load <8 x float>, <8 x float>* %15, align 32
  %1180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1154, <8 x float> %1179)
  store <8 x float> %1180, <8 x float>* %15, align 32
  %1181 = load <8 x float>, <8 x float>* %11, align 32
  %1182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1158, <8 x float> %1181)
  store <8 x float> %1182, <8 x float>* %11, align 32
  %1183 = add i64 %1109, 25
  %1184 = getelementptr inbounds float, float* %56, i64 %1183
  %1185 = load float, float* %1184, align 4
  %1186 = insertelement <8 x float> undef, float %1185, i32 0
  %splat78 = shufflevector <8 x float> %1186, <8 x float> undef, <8 x i32> zeroinitializer
  %1187 = load <8 x float>, <8 x float>* %14, align 32
  %1188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1154, <8 x float> %1187)
  store <8 x float> %1188, <8 x float>* %14, align 32
  %1189 = load <8 x float>, <8 x float>* %10, align 32
  %1190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1158, <8 x float> %1189)
  store <8 x float> %1190, <8 x float>* %10, align 32
  %1191 = add i64 %1110, 16
  %1192 = getelementptr inbounds float, float* %4, i64 %1191
  %1193 = bitcast float* %1192 to <8 x float>*
  %1194 = load <8 x float>, <8 x float>* %1193, align 4
  %1195 = add i64 %1110, 2064
  %1196 = getelementptr inbounds float, float* %4, i64 %1195
  %1197 = bitcast float* %1196 to <8 x float>*
  %1198 = load <8 x float>, <8 x float>* %1197, align 4
  %1199 = add i64 %1109, 2
  %1200 = getelementptr inbounds float, float* %56, i64 %1199
  %1201 = load float, float* %1200, align 4
  %1202 = insertelement <8 x float> undef, float %1201, i32 0
  %splat79 = shufflevector <8 x float> %1202, <8 x float> undef, <8 x i32> zeroinitializer
  %1203 = load <8 x float>, <8 x float>* %17, align 32
  %1204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1194, <8 x float> %1203)
  store <8 x float> %1204, <8 x float>* %17, align 32
  %1205 = load <8 x float>, <8 x float>* %13, align 32
  %1206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1198, <8 x float> %1205)
  store <8 x float> %1206, <8 x float>* %13, align 32
  %1207 = add i64 %1109, 10
  %1208 = getelementptr inbounds float, float* %56, i64 %1207
  %1209 = load float, float* %1208, align 4
  %1210 = insertelement <8 x float> undef, float %1209, i32 0
  %splat80 = shufflevector <8 x float> %1210, <8 x float> undef, <8 x i32> zeroinitializer
  %1211 = load <8 x float>, <8 x float>* %16, align 32
  %1212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1194, <8 x float> %1211)
  store <8 x float> %1212, <8 x float>* %16, align 32
  %1213 = load <8 x float>, <8 x float>* %12, align 32
  %1214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1198, <8 x float> %1213)
  store <8 x float> %1214, <8 x float>* %12, align 32
  %1215 = add i64 %1109, 18
  %1216 = getelementptr inbounds float, float* %56, i64 %1215
  %1217 = load float, float* %1216, align 4
  %1218 = insertelement <8 x float> undef, float %1217, i32 0
  %splat81 = shufflevector <8 x float> %1218, <8 x float> undef, <8 x i32> zeroinitializer
  %1219 = load <8 x float>, <8 x float>* %15, align 32
  %1220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1194, <8 x float> %1219)
  store <8 x float> %1220, <8 x float>* %15, align 32
  %1221 = load <8 x float>, <8 x float>* %11, align 32
  %1222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1198, <8 x float> %1221)
  store <8 x float> %1222, <8 x float>* %11, align 32
  %1223 = add i64 %1109, 26
  %1224 = getelementptr inbounds float, float* %56, i64 %1223
  %1225 = load float, float* %1224, align 4
  %1226 = insertelement <8 x float> undef, float %1225, i32 0
  %splat82 = shufflevector <8 x float> %1226, <8 x float> undef, <8 x i32> zeroinitializer
  %1227 = load <8 x float>, <8 x float>* %14, align 32
  %1228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1194, <8 x float> %1227)
  store <8 x float> %1228, <8 x float>* %14, align 32
  %1229 = load <8 x float>, <8 x float>* %10, align 32
  %1230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1198, <8 x float> %1229)
  store <8 x float> %1230, <8 x float>* %10, align 32
  %1231 = add i64 %1110, 24
  %1232 = getelementptr inbounds float, float* %4, i64 %1231
  %1233 = bitcast float* %1232 to <8 x float>*
  %1234 = load <8 x float>, <8 x float>* %1233, align 4
  %1235 = add i64 %1110, 2072
  %1236 = getelementptr inbounds float, float* %4, i64 %1235
  %1237 = bitcast float* %1236 to <8 x float>*
  %1238 = load <8 x float>, <8 x float>* %1237, align 4
  %1239 = add i64 %1109, 3
  %1240 = getelementptr inbounds float, float* %56, i64 %1239
  %1241 = load float, float* %1240, align 4
  %1242 = insertelement <8 x float> undef, float %1241, i32 0
  %splat83 = shufflevector <8 x float> %1242, <8 x float> undef, <8 x i32> zeroinitializer
  %1243 = load <8 x float>, <8 x float>* %17, align 32
  %1244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1234, <8 x float> %1243)
  store <8 x float> %1244, <8 x float>* %17, align 32
  %1245 = load <8 x float>, <8 x float>* %13, align 32
  %1246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1238, <8 x float> %1245)
  store <8 x float> %1246, <8 x float>* %13, align 32
  %1247 = add i64 %1109, 11
  %1248 = getelementptr inbounds float, float* %56, i64 %1247
  %1249 = load float, float* %1248, align 4
  %1250 = insertelement <8 x float> undef, float %1249, i32 0
  %splat84 = shufflevector <8 x float> %1250, <8 x float> undef, <8 x i32> zeroinitializer
  %1251 = load <8 x float>, <8 x float>* %16, align 32
  %1252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1234, <8 x float> %1251)
  store <8 x float> %1252, <8 x float>* %16, align 32
  %1253 = load <8 x float>, <8 x float>* %12, align 32
  %1254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1238, <8 x float> %1253)
  store <8 x float> %1254, <8 x float>* %12, align 32
  %1255 = add i64 %1109, 19
  %1256 = getelementptr inbounds float, float* %56, i64 %1255
  %1257 = load float, float* %1256, align 4
  %1258 = insertelement <8 x float> undef, float %1257, i32 0
  %splat85 = shufflevector <8 x float> %1258, <8 x float> undef, <8 x i32> zeroinitializer
  %1259 = load <8 x float>, <8 x float>* %15, align 32
  %1260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1234, <8 x float> %1259)
  store <8 x float> %1260, <8 x float>* %15, align 32
  %1261 = load <8 x float>, <8 x float>* %11, align 32
  %1262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1238, <8 x float> %1261)
  store <8 x float> %1262, <8 x float>* %11, align 32
  %1263 = add i64 %1109, 27
  %1264 = getelementptr inbounds float, float* %56, i64 %1263
  %1265 = load float, float* %1264, align 4
  %1266 = insertelement <8 x float> undef, float %1265, i32 0
  %splat86 = shufflevector <8 x float> %1266, <8 x float> undef, <8 x i32> zeroinitializer
  %1267 = load <8 x float>, <8 x float>* %14, align 32
  %1268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1234, <8 x float> %1267)
  store <8 x float> %1268, <8 x float>* %14, align 32
  %1269 = load <8 x float>, <8 x float>* %10, align 32
  %1270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1238, <8 x float> %1269)
  store <8 x float> %1270, <8 x float>* %10, align 32
  %1271 = add i64 %1110, 32
  %1272 = getelementptr inbounds float, float* %4, i64 %1271
  %1273 = bitcast float* %1272 to <8 x float>*
  %1274 = load <8 x float>, <8 x float>* %1273, align 4
  %1275 = add i64 %1110, 2080
  %1276 = getelementptr inbounds float, float* %4, i64 %1275
  %1277 = bitcast float* %1276 to <8 x float>*
  %1278 = load <8 x float>, <8 x float>* %1277, align 4
  %1279 = add i64 %1109, 4
  %1280 = getelementptr inbounds float, float* %56, i64 %1279
  %1281 = load float, float* %1280, align 4
  %1282 = insertelement <8 x float> undef, float %1281, i32 0
  %splat87 = shufflevector <8 x float> %1282, <8 x float> undef, <8 x i32> zeroinitializer
  %1283 = load <8 x float>, <8 x float>* %17, align 32
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1274, <8 x float> %1283)
  store <8 x float> %1284, <8 x float>* %17, align 32
  %1285 = load <8 x float>, <8 x float>* %13, align 32
  %1286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1278, <8 x float> %1285)
  store <8 x float> %1286, <8 x float>* %13, align 32
  %1287 = add i64 %1109, 12
  %1288 = getelementptr inbounds float, float* %56, i64 %1287
  %1289 = load float, float* %1288, align 4
  %1290 = insertelement <8 x float> undef, float %1289, i32 0
  %splat88 = shufflevector <8 x float> %1290, <8 x float> undef, <8 x i32> zeroinitializer
  %1291 = load <8 x float>, <8 x float>* %16, align 32
  %1292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1274, <8 x float> %1291)
  store <8 x float> %1292, <8 x float>* %16, align 32
  %1293 = load <8 x float>, <8 x float>* %12, align 32
  %1294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1278, <8 x float> %1293)
  store <8 x float> %1294, <8 x float>* %12, align 32
  %1295 = add i64 %1109, 20
  %1296 = getelementptr inbounds float, float* %56, i64 %1295
  %1297 = load float, float* %1296, align 4
  %1298 = insertelement <8 x float> undef, float %1297, i32 0
  %splat89 = shufflevector <8 x float> %1298, <8 x float> undef, <8 x i32> zeroinitializer
  %1299 = load <8 x float>, <8 x float>* %15, align 32
  %1300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1274, <8 x float> %1299)
  store <8 x float> %1300, <8 x float>* %15, align 32
  %1301 = load <8 x float>, <8 x float>* %11, align 32
  %1302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1278, <8 x float> %1301)
  store <8 x float> %1302, <8 x float>* %11, align 32
  %1303 = add i64 %1109, 28
  %1304 = getelementptr inbounds float, float* %56, i64 %1303
  %1305 = load float, float* %1304, align 4
  %1306 = insertelement <8 x float> undef, float %1305, i32 0
  %splat90 = shufflevector <8 x float> %1306, <8 x float> undef, <8 x i32> zeroinitializer
  %1307 = load <8 x float>, <8 x float>* %14, align 32
  %1308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1274, <8 x float> %1307)
  store <8 x float> %1308, <8 x float>* %14, align 32
  %1309 = load <8 x float>, <8 x float>* %10, align 32
  %1310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1278, <8 x float> %1309)
  store <8 x float> %1310, <8 x float>* %10, align 32
  %1311 = add i64 %1110, 40
  %1312 = getelementptr inbounds float, float* %4, i64 %1311
  %1313 = bitcast float* %1312 to <8 x float>*
  %1314 = load <8 x float>, <8 x float>* %1313, align 4
  %1315 = add i64 %1110, 2088
  %1316 = getelementptr inbounds float, float* %4, i64 %1315
  %1317 = bitcast float* %1316 to <8 x float>*
  %1318 = load <8 x float>, <8 x float>* %1317, align 4
  %1319 = add i64 %1109, 5
  %1320 = getelementptr inbounds float, float* %56, i64 %1319
  %1321 = load float, float* %1320, align 4
  %1322 = insertelement <8 x float> undef, float %1321, i32 0
  %splat91 = shufflevector <8 x float> %1322, <8 x float> undef, <8 x i32> zeroinitializer
  %1323 = load <8 x float>, <8 x float>* %17, align 32
  %1324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1314, <8 x float> %1323)
  store <8 x float> %1324, <8 x float>* %17, align 32
  %1325 = load <8 x float>, <8 x float>* %13, align 32
  %1326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1318, <8 x float> %1325)
  store <8 x float> %1326, <8 x float>* %13, align 32
  %1327 = add i64 %1109, 13
  %1328 = getelementptr inbounds float, float* %56, i64 %1327
  %1329 = load float, float* %1328, align 4
  %1330 = insertelement <8 x float> undef, float %1329, i32 0
  %splat92 = shufflevector <8 x float> %1330, <8 x float> undef, <8 x i32> zeroinitializer
  %1331 = load <8 x float>, <8 x float>* %16, align 32
  %1332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1314, <8 x float> %1331)
  store <8 x float> %1332, <8 x float>* %16, align 32
  %1333 = load <8 x float>, <8 x float>* %12, align 32
  %1334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1318, <8 x float> %1333)
  store <8 x float> %1334, <8 x float>* %12, align 32
  %1335 = add i64 %1109, 21
  %1336 = getelementptr inbounds float, float* %56, i64 %1335
  %1337 = load float, float* %1336, align 4
  %1338 = insertelement <8 x float> undef, float %1337, i32 0
  %splat93 = shufflevector <8 x float> %1338, <8 x float> undef, <8 x i32> zeroinitializer
  %1339 = load <8 x float>, <8 x float>* %15, align 32
  %1340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1314, <8 x float> %1339)
  store <8 x float> %1340, <8 x float>* %15, align 32
  %1341 = load <8 x float>, <8 x float>* %11, align 32
  %1342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1318, <8 x float> %1341)
  store <8 x float> %1342, <8 x float>* %11, align 32
  %1343 = add i64 %1109, 29
  %1344 = getelementptr inbounds float, float* %56, i64 %1343
  %1345 = load float, float* %1344, align 4
  %1346 = insertelement <8 x float> undef, float %1345, i32 0
  %splat94 = shufflevector <8 x float> %1346, <8 x float> undef, <8 x i32> zeroinitializer
  %1347 = load <8 x float>, <8 x float>* %14, align 32
  %1348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1314, <8 x float> %1347)
  store <8 x float> %1348, <8 x float>* %14, align 32
  %1349 = load <8 x float>, <8 x float>* %10, align 32
  %1350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1318, <8 x float> %1349)
  store <8 x float> %1350, <8 x float>* %10, align 32
  %1351 = add i64 %1110, 48
  %1352 = getelementptr inbounds float, float* %4, i64 %1351
  %1353 = bitcast float* %1352 to <8 x float>*
  %1354 = load <8 x float>, <8 x float>* %1353, align 4
  %1355 = add i64 %1110, 2096
  %1356 = getelementptr inbounds float, float* %4, i64 %1355
  %1357 = bitcast float* %1356 to <8 x float>*
  %1358 = load <8 x float>, <8 x float>* %1357, align 4
  %1359 = add i64 %1109, 6
  %1360 = getelementptr inbounds float, float* %56, i64 %1359
  %1361 = load float, float* %1360, align 4
  %1362 = insertelement <8 x float> undef, float %1361, i32 0
  %splat95 = shufflevector <8 x float> %1362, <8 x float> undef, <8 x i32> zeroinitializer
  %1363 = load <8 x float>, <8 x float>* %17, align 32
  %1364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1354, <8 x float> %1363)
  store <8 x float> %1364, <8 x float>* %17, align 32
  %1365 = load <8 x float>, <8 x float>* %13, align 32
  %1366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1358, <8 x float> %1365)
  store <8 x float> %1366, <8 x float>* %13, align 32
  %1367 = add i64 %1109, 14
  %1368 = getelementptr inbounds float, float* %56, i64 %1367
  %1369 = load float, float* %1368, align 4
  %1370 = insertelement <8 x float> undef, float %1369, i32 0
  %splat96 = shufflevector <8 x float> %1370, <8 x float> undef, <8 x i32> zeroinitializer
  %1371 = load <8 x float>, <8 x float>* %16, align 32
  %1372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1354, <8 x float> %1371)
  store <8 x float> %1372, <8 x float>* %16, align 32
  %1373 = load <8 x float>, <8 x float>* %12, align 32
  %1374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1358, <8 x float> %1373)
  store <8 x float> %1374, <8 x float>* %12, align 32
  %1375 = add i64 %1109, 22
  %1376 = getelementptr inbounds float, float* %56, i64 %1375
  %1377 = load float, float* %1376, align 4
  %1378 = insertelement <8 x float> undef, float %1377, i32 0
  %splat97 = shufflevector <8 x float> %1378, <8 x float> undef, <8 x i32> zeroinitializer
  %1379 = load <8 x float>, <8 x float>* %15, align 32
  %1380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1354, <8 x float> %1379)
  store <8 x float> %1380, <8 x float>* %15, align 32
  %1381 = load <8 x float>, <8 x float>* %11, align 32
  %1382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1358, <8 x float> %1381)
  store <8 x float> %1382, <8 x float>* %11, align 32
  %1383 = add i64 %1109, 30
  %1384 = getelementptr inbounds float, float* %56, i64 %1383
  %1385 = load float, float* %1384, align 4
  %1386 = insertelement <8 x float> undef, float %1385, i32 0
  %splat98 = shufflevector <8 x float> %1386, <8 x float> undef, <8 x i32> zeroinitializer
  %1387 = load <8 x float>, <8 x float>* %14, align 32
  %1388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1354, <8 x float> %1387)
  store <8 x float> %1388, <8 x float>* %14, align 32
  %1389 = load <8 x float>, <8 x float>* %10, align 32
  %1390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1358, <8 x float> %1389)
  store <8 x float> %1390, <8 x float>* %10, align 32
  %1391 = add i64 %1110, 56
  %1392 = getelementptr inbounds float, float* %4, i64 %1391
  %1393 = bitcast float* %1392 to <8 x float>*
  %1394 = load <8 x float>, <8 x float>* %1393, align 4
  %1395 = add i64 %1110, 2104
  %1396 = getelementptr inbounds float, float* %4, i64 %1395
  %1397 = bitcast float* %1396 to <8 x float>*
  %1398 = load <8 x float>, <8 x float>* %1397, align 4
  %1399 = add i64 %1109, 7
  %1400 = getelementptr inbounds float, float* %56, i64 %1399
  %1401 = load float, float* %1400, align 4
  %1402 = insertelement <8 x float> undef, float %1401, i32 0
  %splat99 = shufflevector <8 x float> %1402, <8 x float> undef, <8 x i32> zeroinitializer
  %1403 = load <8 x float>, <8 x float>* %17, align 32
  %1404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1394, <8 x float> %1403)
  store <8 x float> %1404, <8 x float>* %17, align 32
  %1405 = load <8 x float>, <8 x float>* %13, align 32
  %1406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1398, <8 x float> %1405)
  store <8 x float> %1406, <8 x float>* %13, align 32
  %1407 = add i64 %1109, 15
  %1408 = getelementptr inbounds float, float* %56, i64 %1407
  %1409 = load float, float* %1408, align 4
  %1410 = insertelement <8 x float> undef, float %1409, i32 0
  %splat100 = shufflevector <8 x float> %1410, <8 x float> undef, <8 x i32> zeroinitializer
  %1411 = load <8 x float>, <8 x float>* %16, align 32
  %1412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1394, <8 x float> %1411)
  store <8 x float> %1412, <8 x float>* %16, align 32
  %1413 = load <8 x float>, <8 x float>* %12, align 32
  %1414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1398, <8 x float> %1413)
  store <8 x float> %1414, <8 x float>* %12, align 32
  %1415 = add i64 %1109, 23
  %1416 = getelementptr inbounds float, float* %56, i64 %1415
  %1417 = load float, float* %1416, align 4
  %1418 = insertelement <8 x float> undef, float %1417, i32 0
  %splat101 = shufflevector <8 x float> %1418, <8 x float> undef, <8 x i32> zeroinitializer
  %1419 = load <8 x float>, <8 x float>* %15, align 32
  %1420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1394, <8 x float> %1419)
  store <8 x float> %1420, <8 x float>* %15, align 32
  %1421 = load <8 x float>, <8 x float>* %11, align 32
  %1422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1398, <8 x float> %1421)
  store <8 x float> %1422, <8 x float>* %11, align 32
  %1423 = add i64 %1109, 31
  %1424 = getelementptr inbounds float, float* %56, i64 %1423
  %1425 = load float, float* %1424, align 4
  %1426 = insertelement <8 x float> undef, float %1425, i32 0
  %splat102 = shufflevector <8 x float> %1426, <8 x float> undef, <8 x i32> zeroinitializer
  %1427 = load <8 x float>, <8 x float>* %14, align 32
  %1428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1394, <8 x float> %1427)
  store <8 x float> %1428, <8 x float>* %14, align 32
  %1429 = load <8 x float>, <8 x float>* %10, align 32
  %1430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1398, <8 x float> %1429)
  store <8 x float> %1430, <8 x float>* %10, align 32
  %u.next103 = add i64 %u70, 1
  br label %u.header67

u.exit69:                                         ; preds = %u.header67
  %1431 = load <8 x float>, <8 x float>* %17, align 32
  %1432 = fcmp olt <8 x float> %1431, zeroinitializer
  %1433 = select <8 x i1> %1432, <8 x float> zeroinitializer, <8 x float> %1431
  %1434 = getelementptr inbounds float, float* %0, i64 %549
  %1435 = bitcast float* %1434 to <8 x float>*
  store <8 x float> %1433, <8 x float>* %1435, align 4
  %1436 = load <8 x float>, <8 x float>* %16, align 32
  %1437 = fcmp olt <8 x float> %1436, zeroinitializer
  %1438 = select <8 x i1> %1437, <8 x float> zeroinitializer, <8 x float> %1436
  %1439 = getelementptr inbounds float, float* %0, i64 %552
  %1440 = bitcast float* %1439 to <8 x float>*
  store <8 x float> %1438, <8 x float>* %1440, align 4
  %1441 = load <8 x float>, <8 x float>* %15, align 32
  %1442 = fcmp olt <8 x float> %1441, zeroinitializer
  %1443 = select <8 x i1> %1442, <8 x float> zeroinitializer, <8 x float> %1441
  %1444 = getelementptr inbounds float, float* %0, i64 %555
  %1445 = bitcast float* %1444 to <8 x float>*
  store <8 x float> %1443, <8 x float>* %1445, align 4
  %1446 = load <8 x float>, <8 x float>* %14, align 32
  %1447 = fcmp olt <8 x float> %1446, zeroinitializer
  %1448 = select <8 x i1> %1447, <8 x float> zeroinitializer, <8 x float> %1446
  %1449 = getelementptr inbounds float, float* %0, i64 %558
  %1450 = bitcast float* %1449 to <8 x float>*
  store <8 x float> %1448, <8 x float>* %1450, align 4
  %1451 = load <8 x float>, <8 x float>* %13, align 32
  %1452 = fcmp olt <8 x float> %1451, zeroinitializer
  %1453 = select <8 x i1> %1452, <8 x float> zeroinitializer, <8 x float> %1451
  %1454 = getelementptr inbounds float, float* %0, i64 %565
  %1455 = bitcast float* %1454 to <8 x float>*
  store <8 x float> %1453, <8 x float>* %1455, align 4
  %1456 = load <8 x float>, <8 x float>* %12, align 32
  %1457 = fcmp olt <8 x float> %1456, zeroinitializer
  %1458 = select <8 x i1> %1457, <8 x float> zeroinitializer, <8 x float> %1456
  %1459 = getelementptr inbounds float, float* %0, i64 %568
  %1460 = bitcast float* %1459 to <8 x float>*
  store <8 x float> %1458, <8 x float>* %1460, align 4
  %1461 = load <8 x float>, <8 x float>* %11, align 32
  %1462 = fcmp olt <8 x float> %1461, zeroinitializer
  %1463 = select <8 x i1> %1462, <8 x float> zeroinitializer, <8 x float> %1461
  %1464 = getelementptr inbounds float, float* %0, i64 %571
  %1465 = bitcast float* %1464 to <8 x float>*
  store <8 x float> %1463, <8 x float>* %1465, align 4
  %1466 = load <8 x float>, <8 x float>* %10, align 32
  %1467 = fcmp olt <8 x float> %1466, zeroinitializer
  %1468 = select <8 x i1> %1467, <8 x float> zeroinitializer, <8 x float> %1466
  %1469 = getelementptr inbounds float, float* %0, i64 %574
  %1470 = bitcast float* %1469 to <8 x float>*
  store <8 x float> %1468, <8 x float>* %1470, align 4
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
  call void @node5.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %27, i64 %29)
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
  %40 = add i64 %9, 1
  %41 = sdiv i64 %40, 2
  %42 = icmp slt i64 32, %41
  %43 = select i1 %42, i64 32, i64 %41
  %44 = icmp sgt i64 1, %43
  %45 = select i1 %44, i64 1, i64 %43
  %46 = sub i64 %45, 1
  %47 = add i64 32, %46
  %48 = sdiv i64 %47, %45
  %49 = bitcast [25088 x float]* %band to float*
  %50 = mul i64 %45, 2
  %51 = sub i64 %9, 1
  %52 = add i64 %50, %51
  %53 = sdiv i64 %52, %9
  %54 = mul i64 %8, %53
  %55 = icmp slt i64 %54, %50
  %56 = select i1 %55, i64 %54, i64 %50
  %57 = add i64 %56, %53
  %58 = icmp slt i64 %57, %50
  %59 = select i1 %58, i64 %57, i64 %50
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %56, %entry ], [ %task.next, %block.group.exit ]
  %60 = icmp slt i64 %task, %59
  br i1 %60, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %61 = srem i64 %task, %45
  %62 = sdiv i64 %task, %45
  %63 = srem i64 %62, 2
  %64 = mul i64 %45, 2
  %65 = sdiv i64 %task, %64
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %66 = icmp slt i64 %channel.block, 32
  br i1 %66, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %67 = mul i64 %65, 32
  %68 = add i64 %67, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %69 = mul i64 %61, %48
  %70 = add i64 %69, %48
  %71 = icmp slt i64 %70, 32
  %72 = select i1 %71, i64 %70, i64 32
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit10, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit10 ]
  %73 = icmp slt i64 %band.row, 7
  br i1 %73, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %74 = mul i64 %63, 7
  %75 = add i64 %74, %band.row
  %76 = mul i64 %channel.block, 7
  %77 = add i64 %76, %band.row
  %78 = mul i64 %77, 112
  %79 = srem i64 %68, 32
  %80 = mul i64 %68, 6272
  %81 = mul i64 %75, 2
  %82 = sub i64 %81, 1
  %83 = mul i64 %79, 8
  %84 = getelementptr inbounds float, float* %7, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  %86 = load <8 x float>, <8 x float>* %85, align 4
  store <8 x float> %86, <8 x float>* %39, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !12

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %87 = icmp slt i64 %kh, 3
  br i1 %87, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %88 = mul i64 %kh, 1
  %89 = add i64 %82, %88
  %90 = icmp sge i64 %89, 0
  %91 = icmp slt i64 %89, 28
  %92 = and i1 %90, %91
  br i1 %92, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %93 = add i64 %78, 0
  %94 = load <8 x float>, <8 x float>* %39, align 32
  %95 = fcmp olt <8 x float> %94, zeroinitializer
  %96 = select <8 x i1> %95, <8 x float> zeroinitializer, <8 x float> %94
  %97 = getelementptr inbounds float, float* %49, i64 %93
  %98 = bitcast float* %97 to <8 x float>*
  store <8 x float> %96, <8 x float>* %98, align 4
  store <8 x float> %86, <8 x float>* %38, align 32
  store <8 x float> %86, <8 x float>* %37, align 32
  store <8 x float> %86, <8 x float>* %36, align 32
  store <8 x float> %86, <8 x float>* %35, align 32
  store <8 x float> %86, <8 x float>* %34, align 32
  store <8 x float> %86, <8 x float>* %33, align 32
  store <8 x float> %86, <8 x float>* %32, align 32
  store <8 x float> %86, <8 x float>* %31, align 32
  store <8 x float> %86, <8 x float>* %30, align 32
  store <8 x float> %86, <8 x float>* %29, align 32
  store <8 x float> %86, <8 x float>* %28, align 32
  br label %kh.header1

then:                                             ; preds = %kh.body
  %99 = mul i64 %89, 224
  %100 = add i64 %80, %99
  %101 = mul i64 %79, 3
  %102 = add i64 %101, %kh
  %103 = mul i64 %102, 24
  %104 = add i64 %103, 0
  %105 = getelementptr inbounds float, float* %6, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %103, 8
  %109 = getelementptr inbounds float, float* %6, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %103, 16
  %113 = getelementptr inbounds float, float* %6, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %100, -8
  %117 = add i64 %116, 8
  %118 = getelementptr inbounds float, float* %1, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = load <8 x float>, <8 x float>* %39, align 32
  %122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %111, <8 x float> %121)
  store <8 x float> %122, <8 x float>* %39, align 32
  %123 = add i64 %116, 16
  %124 = getelementptr inbounds float, float* %1, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = load <8 x float>, <8 x float>* %39, align 32
  %128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %115, <8 x float> %127)
  store <8 x float> %128, <8 x float>* %39, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %kh.exit
  %kh4 = phi i64 [ 0, %kh.exit ], [ %kh.next7, %endif6 ]
  %129 = icmp slt i64 %kh4, 3
  br i1 %129, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %130 = mul i64 %kh4, 1
  %131 = add i64 %82, %130
  %132 = icmp sge i64 %131, 0
  %133 = icmp slt i64 %131, 28
  %134 = and i1 %132, %133
  br i1 %134, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %135 = add i64 %78, 8
  %136 = load <8 x float>, <8 x float>* %38, align 32
  %137 = fcmp olt <8 x float> %136, zeroinitializer
  %138 = select <8 x i1> %137, <8 x float> zeroinitializer, <8 x float> %136
  %139 = getelementptr inbounds float, float* %49, i64 %135
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %138, <8 x float>* %140, align 4
  %141 = add i64 %78, 16
  %142 = load <8 x float>, <8 x float>* %37, align 32
  %143 = fcmp olt <8 x float> %142, zeroinitializer
  %144 = select <8 x i1> %143, <8 x float> zeroinitializer, <8 x float> %142
  %145 = getelementptr inbounds float, float* %49, i64 %141
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %144, <8 x float>* %146, align 4
  %147 = add i64 %78, 24
  %148 = load <8 x float>, <8 x float>* %36, align 32
  %149 = fcmp olt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> zeroinitializer, <8 x float> %148
  %151 = getelementptr inbounds float, float* %49, i64 %147
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %150, <8 x float>* %152, align 4
  %153 = add i64 %78, 32
  %154 = load <8 x float>, <8 x float>* %35, align 32
  %155 = fcmp olt <8 x float> %154, zeroinitializer
  %156 = select <8 x i1> %155, <8 x float> zeroinitializer, <8 x float> %154
  %157 = getelementptr inbounds float, float* %49, i64 %153
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %156, <8 x float>* %158, align 4
  %159 = add i64 %78, 40
  %160 = load <8 x float>, <8 x float>* %34, align 32
  %161 = fcmp olt <8 x float> %160, zeroinitializer
  %162 = select <8 x i1> %161, <8 x float> zeroinitializer, <8 x float> %160
  %163 = getelementptr inbounds float, float* %49, i64 %159
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %162, <8 x float>* %164, align 4
  %165 = add i64 %78, 48
  %166 = load <8 x float>, <8 x float>* %33, align 32
  %167 = fcmp olt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> zeroinitializer, <8 x float> %166
  %169 = getelementptr inbounds float, float* %49, i64 %165
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %168, <8 x float>* %170, align 4
  %171 = add i64 %78, 56
  %172 = load <8 x float>, <8 x float>* %32, align 32
  %173 = fcmp olt <8 x float> %172, zeroinitializer
  %174 = select <8 x i1> %173, <8 x float> zeroinitializer, <8 x float> %172
  %175 = getelementptr inbounds float, float* %49, i64 %171
  %176 = bitcast float* %175 to <8 x float>*
  store <8 x float> %174, <8 x float>* %176, align 4
  %177 = add i64 %78, 64
  %178 = load <8 x float>, <8 x float>* %31, align 32
  %179 = fcmp olt <8 x float> %178, zeroinitializer
  %180 = select <8 x i1> %179, <8 x float> zeroinitializer, <8 x float> %178
  %181 = getelementptr inbounds float, float* %49, i64 %177
  %182 = bitcast float* %181 to <8 x float>*
  store <8 x float> %180, <8 x float>* %182, align 4
  %183 = add i64 %78, 72
  %184 = load <8 x float>, <8 x float>* %30, align 32
  %185 = fcmp olt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> zeroinitializer, <8 x float> %184
  %187 = getelementptr inbounds float, float* %49, i64 %183
  %188 = bitcast float* %187 to <8 x float>*
  store <8 x float> %186, <8 x float>* %188, align 4
  %189 = add i64 %78, 80
  %190 = load <8 x float>, <8 x float>* %29, align 32
  %191 = fcmp olt <8 x float> %190, zeroinitializer
  %192 = select <8 x i1> %191, <8 x float> zeroinitializer, <8 x float> %190
  %193 = getelementptr inbounds float, float* %49, i64 %189
  %194 = bitcast float* %193 to <8 x float>*
  store <8 x float> %192, <8 x float>* %194, align 4
  %195 = add i64 %78, 88
  %196 = load <8 x float>, <8 x float>* %28, align 32
  %197 = fcmp olt <8 x float> %196, zeroinitializer
  %198 = select <8 x i1> %197, <8 x float> zeroinitializer, <8 x float> %196
  %199 = getelementptr inbounds float, float* %49, i64 %195
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %198, <8 x float>* %200, align 4
  store <8 x float> %86, <8 x float>* %27, align 32
  store <8 x float> %86, <8 x float>* %26, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %201 = mul i64 %131, 224
  %202 = add i64 %80, %201
  %203 = mul i64 %79, 3
  %204 = add i64 %203, %kh4
  %205 = mul i64 %204, 24
  %206 = add i64 %205, 0
  %207 = getelementptr inbounds float, float* %6, i64 %206
  %208 = bitcast float* %207 to <8 x float>*
  %209 = load <8 x float>, <8 x float>* %208, align 4
  %210 = add i64 %205, 8
  %211 = getelementptr inbounds float, float* %6, i64 %210
  %212 = bitcast float* %211 to <8 x float>*
  %213 = load <8 x float>, <8 x float>* %212, align 4
  %214 = add i64 %205, 16
  %215 = getelementptr inbounds float, float* %6, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  %217 = load <8 x float>, <8 x float>* %216, align 4
  %218 = add i64 %202, 8
  %219 = add i64 %218, 0
  %220 = getelementptr inbounds float, float* %1, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  %222 = load <8 x float>, <8 x float>* %221, align 4
  %223 = load <8 x float>, <8 x float>* %38, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %209, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %38, align 32
  %225 = add i64 %218, 8
  %226 = getelementptr inbounds float, float* %1, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  %228 = load <8 x float>, <8 x float>* %227, align 4
  %229 = load <8 x float>, <8 x float>* %38, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %213, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %38, align 32
  %231 = add i64 %218, 16
  %232 = getelementptr inbounds float, float* %1, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  %234 = load <8 x float>, <8 x float>* %233, align 4
  %235 = load <8 x float>, <8 x float>* %38, align 32
  %236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %234, <8 x float> %217, <8 x float> %235)
  store <8 x float> %236, <8 x float>* %38, align 32
  %237 = load <8 x float>, <8 x float>* %37, align 32
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %234, <8 x float> %209, <8 x float> %237)
  store <8 x float> %238, <8 x float>* %37, align 32
  %239 = add i64 %218, 24
  %240 = getelementptr inbounds float, float* %1, i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = load <8 x float>, <8 x float>* %37, align 32
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %213, <8 x float> %243)
  store <8 x float> %244, <8 x float>* %37, align 32
  %245 = add i64 %218, 32
  %246 = getelementptr inbounds float, float* %1, i64 %245
  %247 = bitcast float* %246 to <8 x float>*
  %248 = load <8 x float>, <8 x float>* %247, align 4
  %249 = load <8 x float>, <8 x float>* %37, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %217, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %37, align 32
  %251 = load <8 x float>, <8 x float>* %36, align 32
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %209, <8 x float> %251)
  store <8 x float> %252, <8 x float>* %36, align 32
  %253 = add i64 %218, 40
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = bitcast float* %254 to <8 x float>*
  %256 = load <8 x float>, <8 x float>* %255, align 4
  %257 = load <8 x float>, <8 x float>* %36, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %213, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %36, align 32
  %259 = add i64 %218, 48
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  %262 = load <8 x float>, <8 x float>* %261, align 4
  %263 = load <8 x float>, <8 x float>* %36, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %262, <8 x float> %217, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %36, align 32
  %265 = load <8 x float>, <8 x float>* %35, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %262, <8 x float> %209, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %35, align 32
  %267 = add i64 %218, 56
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = load <8 x float>, <8 x float>* %35, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %213, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %35, align 32
  %273 = add i64 %218, 64
  %274 = getelementptr inbounds float, float* %1, i64 %273
  %275 = bitcast float* %274 to <8 x float>*
  %276 = load <8 x float>, <8 x float>* %275, align 4
  %277 = load <8 x float>, <8 x float>* %35, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %217, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %35, align 32
  %279 = load <8 x float>, <8 x float>* %34, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %209, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %34, align 32
  %281 = add i64 %218, 72
  %282 = getelementptr inbounds float, float* %1, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  %284 = load <8 x float>, <8 x float>* %283, align 4
  %285 = load <8 x float>, <8 x float>* %34, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %213, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %34, align 32
  %287 = add i64 %218, 80
  %288 = getelementptr inbounds float, float* %1, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  %290 = load <8 x float>, <8 x float>* %289, align 4
  %291 = load <8 x float>, <8 x float>* %34, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %217, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %34, align 32
  %293 = load <8 x float>, <8 x float>* %33, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %209, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %33, align 32
  %295 = add i64 %218, 88
  %296 = getelementptr inbounds float, float* %1, i64 %295
  %297 = bitcast float* %296 to <8 x float>*
  %298 = load <8 x float>, <8 x float>* %297, align 4
  %299 = load <8 x float>, <8 x float>* %33, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %213, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %33, align 32
  %301 = add i64 %218, 96
  %302 = getelementptr inbounds float, float* %1, i64 %301
  %303 = bitcast float* %302 to <8 x float>*
  %304 = load <8 x float>, <8 x float>* %303, align 4
  %305 = load <8 x float>, <8 x float>* %33, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %217, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %33, align 32
  %307 = load <8 x float>, <8 x float>* %32, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %209, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %32, align 32
  %309 = add i64 %218, 104
  %310 = getelementptr inbounds float, float* %1, i64 %309
  %311 = bitcast float* %310 to <8 x float>*
  %312 = load <8 x float>, <8 x float>* %311, align 4
  %313 = load <8 x float>, <8 x float>* %32, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %312, <8 x float> %213, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %32, align 32
  %315 = add i64 %218, 112
  %316 = getelementptr inbounds float, float* %1, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  %318 = load <8 x float>, <8 x float>* %317, align 4
  %319 = load <8 x float>, <8 x float>* %32, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %318, <8 x float> %217, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %32, align 32
  %321 = load <8 x float>, <8 x float>* %31, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %318, <8 x float> %209, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %31, align 32
  %323 = add i64 %218, 120
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  %326 = load <8 x float>, <8 x float>* %325, align 4
  %327 = load <8 x float>, <8 x float>* %31, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %213, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %31, align 32
  %329 = add i64 %218, 128
  %330 = getelementptr inbounds float, float* %1, i64 %329
  %331 = bitcast float* %330 to <8 x float>*
  %332 = load <8 x float>, <8 x float>* %331, align 4
  %333 = load <8 x float>, <8 x float>* %31, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %332, <8 x float> %217, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %31, align 32
  %335 = load <8 x float>, <8 x float>* %30, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %332, <8 x float> %209, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %30, align 32
  %337 = add i64 %218, 136
  %338 = getelementptr inbounds float, float* %1, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  %340 = load <8 x float>, <8 x float>* %339, align 4
  %341 = load <8 x float>, <8 x float>* %30, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %213, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %30, align 32
  %343 = add i64 %218, 144
  %344 = getelementptr inbounds float, float* %1, i64 %343
  %345 = bitcast float* %344 to <8 x float>*
  %346 = load <8 x float>, <8 x float>* %345, align 4
  %347 = load <8 x float>, <8 x float>* %30, align 32
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %217, <8 x float> %347)
  store <8 x float> %348, <8 x float>* %30, align 32
  %349 = load <8 x float>, <8 x float>* %29, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %209, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %29, align 32
  %351 = add i64 %218, 152
  %352 = getelementptr inbounds float, float* %1, i64 %351
  %353 = bitcast float* %352 to <8 x float>*
  %354 = load <8 x float>, <8 x float>* %353, align 4
  %355 = load <8 x float>, <8 x float>* %29, align 32
  %356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %213, <8 x float> %355)
  store <8 x float> %356, <8 x float>* %29, align 32
  %357 = add i64 %218, 160
  %358 = getelementptr inbounds float, float* %1, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  %360 = load <8 x float>, <8 x float>* %359, align 4
  %361 = load <8 x float>, <8 x float>* %29, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %217, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %29, align 32
  %363 = load <8 x float>, <8 x float>* %28, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %209, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %28, align 32
  %365 = add i64 %218, 168
  %366 = getelementptr inbounds float, float* %1, i64 %365
  %367 = bitcast float* %366 to <8 x float>*
  %368 = load <8 x float>, <8 x float>* %367, align 4
  %369 = load <8 x float>, <8 x float>* %28, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %368, <8 x float> %213, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %28, align 32
  %371 = add i64 %218, 176
  %372 = getelementptr inbounds float, float* %1, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  %374 = load <8 x float>, <8 x float>* %373, align 4
  %375 = load <8 x float>, <8 x float>* %28, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %374, <8 x float> %217, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %28, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next14, %endif13 ]
  %377 = icmp slt i64 %kh11, 3
  br i1 %377, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %378 = mul i64 %kh11, 1
  %379 = add i64 %82, %378
  %380 = icmp sge i64 %379, 0
  %381 = icmp slt i64 %379, 28
  %382 = and i1 %380, %381
  br i1 %382, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %383 = add i64 %78, 96
  %384 = load <8 x float>, <8 x float>* %27, align 32
  %385 = fcmp olt <8 x float> %384, zeroinitializer
  %386 = select <8 x i1> %385, <8 x float> zeroinitializer, <8 x float> %384
  %387 = getelementptr inbounds float, float* %49, i64 %383
  %388 = bitcast float* %387 to <8 x float>*
  store <8 x float> %386, <8 x float>* %388, align 4
  %389 = add i64 %78, 104
  %390 = load <8 x float>, <8 x float>* %26, align 32
  %391 = fcmp olt <8 x float> %390, zeroinitializer
  %392 = select <8 x i1> %391, <8 x float> zeroinitializer, <8 x float> %390
  %393 = getelementptr inbounds float, float* %49, i64 %389
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %392, <8 x float>* %394, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !13

then12:                                           ; preds = %kh.body9
  %395 = mul i64 %379, 224
  %396 = add i64 %80, %395
  %397 = mul i64 %79, 3
  %398 = add i64 %397, %kh11
  %399 = mul i64 %398, 24
  %400 = add i64 %399, 0
  %401 = getelementptr inbounds float, float* %6, i64 %400
  %402 = bitcast float* %401 to <8 x float>*
  %403 = load <8 x float>, <8 x float>* %402, align 4
  %404 = add i64 %399, 8
  %405 = getelementptr inbounds float, float* %6, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  %407 = load <8 x float>, <8 x float>* %406, align 4
  %408 = add i64 %399, 16
  %409 = getelementptr inbounds float, float* %6, i64 %408
  %410 = bitcast float* %409 to <8 x float>*
  %411 = load <8 x float>, <8 x float>* %410, align 4
  %412 = add i64 %396, 184
  %413 = add i64 %412, 0
  %414 = getelementptr inbounds float, float* %1, i64 %413
  %415 = bitcast float* %414 to <8 x float>*
  %416 = load <8 x float>, <8 x float>* %415, align 4
  %417 = load <8 x float>, <8 x float>* %27, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %416, <8 x float> %403, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %27, align 32
  %419 = add i64 %412, 8
  %420 = getelementptr inbounds float, float* %1, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  %422 = load <8 x float>, <8 x float>* %421, align 4
  %423 = load <8 x float>, <8 x float>* %27, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %422, <8 x float> %407, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %27, align 32
  %425 = add i64 %412, 16
  %426 = getelementptr inbounds float, float* %1, i64 %425
  %427 = bitcast float* %426 to <8 x float>*
  %428 = load <8 x float>, <8 x float>* %427, align 4
  %429 = load <8 x float>, <8 x float>* %27, align 32
  %430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %428, <8 x float> %411, <8 x float> %429)
  store <8 x float> %430, <8 x float>* %27, align 32
  %431 = load <8 x float>, <8 x float>* %26, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %428, <8 x float> %403, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %26, align 32
  %433 = add i64 %412, 24
  %434 = getelementptr inbounds float, float* %1, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  %436 = load <8 x float>, <8 x float>* %435, align 4
  %437 = load <8 x float>, <8 x float>* %26, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %436, <8 x float> %407, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %26, align 32
  %439 = add i64 %412, 32
  %440 = getelementptr inbounds float, float* %1, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  %442 = load <8 x float>, <8 x float>* %441, align 4
  %443 = load <8 x float>, <8 x float>* %26, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %442, <8 x float> %411, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %26, align 32
  br label %endif13

endif13:                                          ; preds = %then12, %kh.body9
  %kh.next14 = add i64 %kh11, 1
  br label %kh.header8

block.group.header:                               ; preds = %u.exit64, %channel.block.exit
  %block.group = phi i64 [ %69, %channel.block.exit ], [ %block.group.next, %u.exit64 ]
  %445 = icmp slt i64 %block.group, %72
  br i1 %445, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %446 = mul i64 %block.group, 2
  %447 = add i64 0, %446
  %448 = mul i64 %63, 98
  %449 = mul i64 %block.group, 2
  %450 = add i64 0, %449
  %451 = mul i64 %450, 2048
  br label %x.header

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %block.group.body
  %x = phi i64 [ 0, %block.group.body ], [ %x.next, %u.exit ]
  %452 = icmp slt i64 %x, 96
  br i1 %452, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %453 = add i64 %448, %x
  %454 = mul i64 %65, 64
  %455 = add i64 %454, %447
  %456 = add i64 %455, 0
  %457 = mul i64 %456, 1568
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
  %470 = add i64 %453, 4
  %471 = mul i64 %470, 8
  %472 = add i64 %457, %471
  %473 = add i64 %453, 5
  %474 = mul i64 %473, 8
  %475 = add i64 %457, %474
  %476 = mul i64 %65, 64
  %477 = add i64 %476, %447
  %478 = add i64 %477, 1
  %479 = mul i64 %478, 1568
  %480 = add i64 %453, 0
  %481 = mul i64 %480, 8
  %482 = add i64 %479, %481
  %483 = add i64 %453, 1
  %484 = mul i64 %483, 8
  %485 = add i64 %479, %484
  %486 = add i64 %453, 2
  %487 = mul i64 %486, 8
  %488 = add i64 %479, %487
  %489 = add i64 %453, 3
  %490 = mul i64 %489, 8
  %491 = add i64 %479, %490
  %492 = add i64 %453, 4
  %493 = mul i64 %492, 8
  %494 = add i64 %479, %493
  %495 = add i64 %453, 5
  %496 = mul i64 %495, 8
  %497 = add i64 %479, %496
  %498 = add i64 %450, 0
  %499 = mul i64 %498, 8
  %500 = getelementptr inbounds float, float* %5, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  %502 = load <8 x float>, <8 x float>* %501, align 4
  %503 = add i64 %450, 1
  %504 = mul i64 %503, 8
  %505 = getelementptr inbounds float, float* %5, i64 %504
  %506 = bitcast float* %505 to <8 x float>*
  %507 = load <8 x float>, <8 x float>* %506, align 4
  store <8 x float> %502, <8 x float>* %25, align 32
  store <8 x float> %502, <8 x float>* %24, align 32
  store <8 x float> %502, <8 x float>* %23, align 32
  store <8 x float> %502, <8 x float>* %22, align 32
  store <8 x float> %502, <8 x float>* %21, align 32
  store <8 x float> %502, <8 x float>* %20, align 32
  store <8 x float> %507, <8 x float>* %19, align 32
  store <8 x float> %507, <8 x float>* %18, align 32
  store <8 x float> %507, <8 x float>* %17, align 32
  store <8 x float> %507, <8 x float>* %16, align 32
  store <8 x float> %507, <8 x float>* %15, align 32
  store <8 x float> %507, <8 x float>* %14, align 32
  %508 = mul i64 %x, 8
  %509 = add i64 0, %508
  %510 = add i64 0, %509
  br label %u.header

x.exit:                                           ; preds = %x.header
  %511 = add i64 %448, 96
  %512 = mul i64 %65, 64
  %513 = add i64 %512, %447
  %514 = add i64 %513, 0
  %515 = mul i64 %514, 1568
  %516 = add i64 %511, 0
  %517 = mul i64 %516, 8
  %518 = add i64 %515, %517
  %519 = add i64 %511, 1
  %520 = mul i64 %519, 8
  %521 = add i64 %515, %520
  %522 = mul i64 %65, 64
  %523 = add i64 %522, %447
  %524 = add i64 %523, 1
  %525 = mul i64 %524, 1568
  %526 = add i64 %511, 0
  %527 = mul i64 %526, 8
  %528 = add i64 %525, %527
  %529 = add i64 %511, 1
  %530 = mul i64 %529, 8
  %531 = add i64 %525, %530
  %532 = add i64 %450, 0
  %533 = mul i64 %532, 8
  %534 = getelementptr inbounds float, float* %5, i64 %533
  %535 = bitcast float* %534 to <8 x float>*
  %536 = load <8 x float>, <8 x float>* %535, align 4
  %537 = add i64 %450, 1
  %538 = mul i64 %537, 8
  %539 = getelementptr inbounds float, float* %5, i64 %538
  %540 = bitcast float* %539 to <8 x float>*
  %541 = load <8 x float>, <8 x float>* %540, align 4
  store <8 x float> %536, <8 x float>* %13, align 32
  store <8 x float> %536, <8 x float>* %12, align 32
  store <8 x float> %541, <8 x float>* %11, align 32
  store <8 x float> %541, <8 x float>* %10, align 32
  br label %u.header62

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %542 = icmp slt i64 %u, 32
  br i1 %542, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %543 = add i64 0, %u
  %544 = mul i64 %543, 784
  %545 = add i64 %510, %544
  %546 = mul i64 %543, 64
  %547 = add i64 %451, %546
  %548 = add i64 %545, 0
  %549 = add i64 %548, 0
  %550 = add i64 %547, 0
  %551 = add i64 %550, 0
  %552 = getelementptr inbounds float, float* %4, i64 %551
  %553 = bitcast float* %552 to <8 x float>*
  %554 = load <8 x float>, <8 x float>* %553, align 4
  %555 = add i64 %550, 2048
  %556 = getelementptr inbounds float, float* %4, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  %559 = add i64 %549, 0
  %560 = getelementptr inbounds float, float* %49, i64 %559
  %561 = load float, float* %560, align 4
  %562 = insertelement <8 x float> undef, float %561, i32 0
  %splat = shufflevector <8 x float> %562, <8 x float> undef, <8 x i32> zeroinitializer
  %563 = load <8 x float>, <8 x float>* %25, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %554, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %25, align 32
  %565 = load <8 x float>, <8 x float>* %19, align 32
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %558, <8 x float> %565)
  store <8 x float> %566, <8 x float>* %19, align 32
  %567 = add i64 %549, 8
  %568 = getelementptr inbounds float, float* %49, i64 %567
  %569 = load float, float* %568, align 4
  %570 = insertelement <8 x float> undef, float %569, i32 0
  %splat15 = shufflevector <8 x float> %570, <8 x float> undef, <8 x i32> zeroinitializer
  %571 = load <8 x float>, <8 x float>* %24, align 32
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %554, <8 x float> %571)
  store <8 x float> %572, <8 x float>* %24, align 32
  %573 = load <8 x float>, <8 x float>* %18, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %558, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %18, align 32
  %575 = add i64 %549, 16
  %576 = getelementptr inbounds float, float* %49, i64 %575
  %577 = load float, float* %576, align 4
  %578 = insertelement <8 x float> undef, float %577, i32 0
  %splat16 = shufflevector <8 x float> %578, <8 x float> undef, <8 x i32> zeroinitializer
  %579 = load <8 x float>, <8 x float>* %23, align 32
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %554, <8 x float> %579)
  store <8 x float> %580, <8 x float>* %23, align 32
  %581 = load <8 x float>, <8 x float>* %17, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %558, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %17, align 32
  %583 = add i64 %549, 24
  %584 = getelementptr inbounds float, float* %49, i64 %583
  %585 = load float, float* %584, align 4
  %586 = insertelement <8 x float> undef, float %585, i32 0
  %splat17 = shufflevector <8 x float> %586, <8 x float> undef, <8 x i32> zeroinitializer
  %587 = load <8 x float>, <8 x float>* %22, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %554, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %22, align 32
  %589 = load <8 x float>, <8 x float>* %16, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %558, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %16, align 32
  %591 = add i64 %549, 32
  %592 = getelementptr inbounds float, float* %49, i64 %591
  %593 = load float, float* %592, align 4
  %594 = insertelement <8 x float> undef, float %593, i32 0
  %splat18 = shufflevector <8 x float> %594, <8 x float> undef, <8 x i32> zeroinitializer
  %595 = load <8 x float>, <8 x float>* %21, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %554, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %21, align 32
  %597 = load <8 x float>, <8 x float>* %15, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %558, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %15, align 32
  %599 = add i64 %549, 40
  %600 = getelementptr inbounds float, float* %49, i64 %599
  %601 = load float, float* %600, align 4
  %602 = insertelement <8 x float> undef, float %601, i32 0
  %splat19 = shufflevector <8 x float> %602, <8 x float> undef, <8 x i32> zeroinitializer
  %603 = load <8 x float>, <8 x float>* %20, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %554, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %20, align 32
  %605 = load <8 x float>, <8 x float>* %14, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %558, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %14, align 32
  %607 = add i64 %550, 8
  %608 = getelementptr inbounds float, float* %4, i64 %607
  %609 = bitcast float* %608 to <8 x float>*
  %610 = load <8 x float>, <8 x float>* %609, align 4
  %611 = add i64 %550, 2056
  %612 = getelementptr inbounds float, float* %4, i64 %611
  %613 = bitcast float* %612 to <8 x float>*
  %614 = load <8 x float>, <8 x float>* %613, align 4
  %615 = add i64 %549, 1
  %616 = getelementptr inbounds float, float* %49, i64 %615
  %617 = load float, float* %616, align 4
  %618 = insertelement <8 x float> undef, float %617, i32 0
  %splat20 = shufflevector <8 x float> %618, <8 x float> undef, <8 x i32> zeroinitializer
  %619 = load <8 x float>, <8 x float>* %25, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %610, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %25, align 32
  %621 = load <8 x float>, <8 x float>* %19, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %614, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %19, align 32
  %623 = add i64 %549, 9
  %624 = getelementptr inbounds float, float* %49, i64 %623
  %625 = load float, float* %624, align 4
  %626 = insertelement <8 x float> undef, float %625, i32 0
  %splat21 = shufflevector <8 x float> %626, <8 x float> undef, <8 x i32> zeroinitializer
  %627 = load <8 x float>, <8 x float>* %24, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %610, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %24, align 32
  %629 = load <8 x float>, <8 x float>* %18, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %614, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %18, align 32
  %631 = add i64 %549, 17
  %632 = getelementptr inbounds float, float* %49, i64 %631
  %633 = load float, float* %632, align 4
  %634 = insertelement <8 x float> undef, float %633, i32 0
  %splat22 = shufflevector <8 x float> %634, <8 x float> undef, <8 x i32> zeroinitializer
  %635 = load <8 x float>, <8 x float>* %23, align 32
  %636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %610, <8 x float> %635)
  store <8 x float> %636, <8 x float>* %23, align 32
  %637 = load <8 x float>, <8 x float>* %17, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %614, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %17, align 32
  %639 = add i64 %549, 25
  %640 = getelementptr inbounds float, float* %49, i64 %639
  %641 = load float, float* %640, align 4
  %642 = insertelement <8 x float> undef, float %641, i32 0
  %splat23 = shufflevector <8 x float> %642, <8 x float> undef, <8 x i32> zeroinitializer
  %643 = load <8 x float>, <8 x float>* %22, align 32
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %610, <8 x float> %643)
  store <8 x float> %644, <8 x float>* %22, align 32
  %645 = load <8 x float>, <8 x float>* %16, align 32
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %614, <8 x float> %645)
  store <8 x float> %646, <8 x float>* %16, align 32
  %647 = add i64 %549, 33
  %648 = getelementptr inbounds float, float* %49, i64 %647
  %649 = load float, float* %648, align 4
  %650 = insertelement <8 x float> undef, float %649, i32 0
  %splat24 = shufflevector <8 x float> %650, <8 x float> undef, <8 x i32> zeroinitializer
  %651 = load <8 x float>, <8 x float>* %21, align 32
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %610, <8 x float> %651)
  store <8 x float> %652, <8 x float>* %21, align 32
  %653 = load <8 x float>, <8 x float>* %15, align 32
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %614, <8 x float> %653)
  store <8 x float> %654, <8 x float>* %15, align 32
  %655 = add i64 %549, 41
  %656 = getelementptr inbounds float, float* %49, i64 %655
  %657 = load float, float* %656, align 4
  %658 = insertelement <8 x float> undef, float %657, i32 0
  %splat25 = shufflevector <8 x float> %658, <8 x float> undef, <8 x i32> zeroinitializer
  %659 = load <8 x float>, <8 x float>* %20, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %610, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %20, align 32
  %661 = load <8 x float>, <8 x float>* %14, align 32
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %614, <8 x float> %661)
  store <8 x float> %662, <8 x float>* %14, align 32
  %663 = add i64 %550, 16
  %664 = getelementptr inbounds float, float* %4, i64 %663
  %665 = bitcast float* %664 to <8 x float>*
  %666 = load <8 x float>, <8 x float>* %665, align 4
  %667 = add i64 %550, 2064
  %668 = getelementptr inbounds float, float* %4, i64 %667
  %669 = bitcast float* %668 to <8 x float>*
  %670 = load <8 x float>, <8 x float>* %669, align 4
  %671 = add i64 %549, 2
  %672 = getelementptr inbounds float, float* %49, i64 %671
  %673 = load float, float* %672, align 4
  %674 = insertelement <8 x float> undef, float %673, i32 0
  %splat26 = shufflevector <8 x float> %674, <8 x float> undef, <8 x i32> zeroinitializer
  %675 = load <8 x float>, <8 x float>* %25, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %666, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %25, align 32
  %677 = load <8 x float>, <8 x float>* %19, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %670, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %19, align 32
  %679 = add i64 %549, 10
  %680 = getelementptr inbounds float, float* %49, i64 %679
  %681 = load float, float* %680, align 4
  %682 = insertelement <8 x float> undef, float %681, i32 0
  %splat27 = shufflevector <8 x float> %682, <8 x float> undef, <8 x i32> zeroinitializer
  %683 = load <8 x float>, <8 x float>* %24, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %666, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %24, align 32
  %685 = load <8 x float>, <8 x float>* %18, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %670, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %18, align 32
  %687 = add i64 %549, 18
  %688 = getelementptr inbounds float, float* %49, i64 %687
  %689 = load float, float* %688, align 4
  %690 = insertelement <8 x float> undef, float %689, i32 0
  %splat28 = shufflevector <8 x float> %690, <8 x float> undef, <8 x i32> zeroinitializer
  %691 = load <8 x float>, <8 x float>* %23, align 32
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %666, <8 x float> %691)
  store <8 x float> %692, <8 x float>* %23, align 32
  %693 = load <8 x float>, <8 x float>* %17, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %670, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %17, align 32
  %695 = add i64 %549, 26
  %696 = getelementptr inbounds float, float* %49, i64 %695
  %697 = load float, float* %696, align 4
  %698 = insertelement <8 x float> undef, float %697, i32 0
  %splat29 = shufflevector <8 x float> %698, <8 x float> undef, <8 x i32> zeroinitializer
  %699 = load <8 x float>, <8 x float>* %22, align 32
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %666, <8 x float> %699)
  store <8 x float> %700, <8 x float>* %22, align 32
  %701 = load <8 x float>, <8 x float>* %16, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %670, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %16, align 32
  %703 = add i64 %549, 34
  %704 = getelementptr inbounds float, float* %49, i64 %703
  %705 = load float, float* %704, align 4
  %706 = insertelement <8 x float> undef, float %705, i32 0
  %splat30 = shufflevector <8 x float> %706, <8 x float> undef, <8 x i32> zeroinitializer
  %707 = load <8 x float>, <8 x float>* %21, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %666, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %21, align 32
  %709 = load <8 x float>, <8 x float>* %15, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %670, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %15, align 32
  %711 = add i64 %549, 42
  %712 = getelementptr inbounds float, float* %49, i64 %711
  %713 = load float, float* %712, align 4
  %714 = insertelement <8 x float> undef, float %713, i32 0
  %splat31 = shufflevector <8 x float> %714, <8 x float> undef, <8 x i32> zeroinitializer
  %715 = load <8 x float>, <8 x float>* %20, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %666, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %20, align 32
  %717 = load <8 x float>, <8 x float>* %14, align 32
  %718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %670, <8 x float> %717)
  store <8 x float> %718, <8 x float>* %14, align 32
  %719 = add i64 %550, 24
  %720 = getelementptr inbounds float, float* %4, i64 %719
  %721 = bitcast float* %720 to <8 x float>*
  %722 = load <8 x float>, <8 x float>* %721, align 4
  %723 = add i64 %550, 2072
  %724 = getelementptr inbounds float, float* %4, i64 %723
  %725 = bitcast float* %724 to <8 x float>*
  %726 = load <8 x float>, <8 x float>* %725, align 4
  %727 = add i64 %549, 3
  %728 = getelementptr inbounds float, float* %49, i64 %727
  %729 = load float, float* %728, align 4
  %730 = insertelement <8 x float> undef, float %729, i32 0
  %splat32 = shufflevector <8 x float> %730, <8 x float> undef, <8 x i32> zeroinitializer
  %731 = load <8 x float>, <8 x float>* %25, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %722, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %25, align 32
  %733 = load <8 x float>, <8 x float>* %19, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %726, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %19, align 32
  %735 = add i64 %549, 11
  %736 = getelementptr inbounds float, float* %49, i64 %735
  %737 = load float, float* %736, align 4
  %738 = insertelement <8 x float> undef, float %737, i32 0
  %splat33 = shufflevector <8 x float> %738, <8 x float> undef, <8 x i32> zeroinitializer
  %739 = load <8 x float>, <8 x float>* %24, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %722, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %24, align 32
  %741 = load <8 x float>, <8 x float>* %18, align 32
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %726, <8 x float> %741)
  store <8 x float> %742, <8 x float>* %18, align 32
  %743 = add i64 %549, 19
  %744 = getelementptr inbounds float, float* %49, i64 %743
  %745 = load float, float* %744, align 4
  %746 = insertelement <8 x float> undef, float %745, i32 0
  %splat34 = shufflevector <8 x float> %746, <8 x float> undef, <8 x i32> zeroinitializer
  %747 = load <8 x float>, <8 x float>* %23, align 32
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %722, <8 x float> %747)
  store <8 x float> %748, <8 x float>* %23, align 32
  %749 = load <8 x float>, <8 x float>* %17, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %726, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %17, align 32
  %751 = add i64 %549, 27
  %752 = getelementptr inbounds float, float* %49, i64 %751
  %753 = load float, float* %752, align 4
  %754 = insertelement <8 x float> undef, float %753, i32 0
  %splat35 = shufflevector <8 x float> %754, <8 x float> undef, <8 x i32> zeroinitializer
  %755 = load <8 x float>, <8 x float>* %22, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %722, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %22, align 32
  %757 = load <8 x float>, <8 x float>* %16, align 32
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %726, <8 x float> %757)
  store <8 x float> %758, <8 x float>* %16, align 32
  %759 = add i64 %549, 35
  %760 = getelementptr inbounds float, float* %49, i64 %759
  %761 = load float, float* %760, align 4
  %762 = insertelement <8 x float> undef, float %761, i32 0
  %splat36 = shufflevector <8 x float> %762, <8 x float> undef, <8 x i32> zeroinitializer
  %763 = load <8 x float>, <8 x float>* %21, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %722, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %21, align 32
  %765 = load <8 x float>, <8 x float>* %15, align 32
  %766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %726, <8 x float> %765)
  store <8 x float> %766, <8 x float>* %15, align 32
  %767 = add i64 %549, 43
  %768 = getelementptr inbounds float, float* %49, i64 %767
  %769 = load float, float* %768, align 4
  %770 = insertelement <8 x float> undef, float %769, i32 0
  %splat37 = shufflevector <8 x float> %770, <8 x float> undef, <8 x i32> zeroinitializer
  %771 = load <8 x float>, <8 x float>* %20, align 32
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %722, <8 x float> %771)
  store <8 x float> %772, <8 x float>* %20, align 32
  %773 = load <8 x float>, <8 x float>* %14, align 32
  %774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %726, <8 x float> %773)
  store <8 x float> %774, <8 x float>* %14, align 32
  %775 = add i64 %550, 32
  %776 = getelementptr inbounds float, float* %4, i64 %775
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = add i64 %550, 2080
  %780 = getelementptr inbounds float, float* %4, i64 %779
  %781 = bitcast float* %780 to <8 x float>*
  %782 = load <8 x float>, <8 x float>* %781, align 4
  %783 = add i64 %549, 4
  %784 = getelementptr inbounds float, float* %49, i64 %783
  %785 = load float, float* %784, align 4
  %786 = insertelement <8 x float> undef, float %785, i32 0
  %splat38 = shufflevector <8 x float> %786, <8 x float> undef, <8 x i32> zeroinitializer
  %787 = load <8 x float>, <8 x float>* %25, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %778, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %25, align 32
  %789 = load <8 x float>, <8 x float>* %19, align 32
  %790 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %782, <8 x float> %789)
  store <8 x float> %790, <8 x float>* %19, align 32
  %791 = add i64 %549, 12
  %792 = getelementptr inbounds float, float* %49, i64 %791
  %793 = load float, float* %792, align 4
  %794 = insertelement <8 x float> undef, float %793, i32 0
  %splat39 = shufflevector <8 x float> %794, <8 x float> undef, <8 x i32> zeroinitializer
  %795 = load <8 x float>, <8 x float>* %24, align 32
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %778, <8 x float> %795)
  store <8 x float> %796, <8 x float>* %24, align 32
  %797 = load <8 x float>, <8 x float>* %18, align 32
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %782, <8 x float> %797)
  store <8 x float> %798, <8 x float>* %18, align 32
  %799 = add i64 %549, 20
  %800 = getelementptr inbounds float, float* %49, i64 %799
  %801 = load float, float* %800, align 4
  %802 = insertelement <8 x float> undef, float %801, i32 0
  %splat40 = shufflevector <8 x float> %802, <8 x float> undef, <8 x i32> zeroinitializer
  %803 = load <8 x float>, <8 x float>* %23, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %778, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %23, align 32
  %805 = load <8 x float>, <8 x float>* %17, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %782, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %17, align 32
  %807 = add i64 %549, 28
  %808 = getelementptr inbounds float, float* %49, i64 %807
  %809 = load float, float* %808, align 4
  %810 = insertelement <8 x float> undef, float %809, i32 0
  %splat41 = shufflevector <8 x float> %810, <8 x float> undef, <8 x i32> zeroinitializer
  %811 = load <8 x float>, <8 x float>* %22, align 32
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %778, <8 x float> %811)
  store <8 x float> %812, <8 x float>* %22, align 32
  %813 = load <8 x float>, <8 x float>* %16, align 32
  %814 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %782, <8 x float> %813)
  store <8 x float> %814, <8 x float>* %16, align 32
  %815 = add i64 %549, 36
  %816 = getelementptr inbounds float, float* %49, i64 %815
  %817 = load float, float* %816, align 4
  %818 = insertelement <8 x float> undef, float %817, i32 0
  %splat42 = shufflevector <8 x float> %818, <8 x float> undef, <8 x i32> zeroinitializer
  %819 = load <8 x float>, <8 x float>* %21, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %778, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %21, align 32
  %821 = load <8 x float>, <8 x float>* %15, align 32
  %822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %782, <8 x float> %821)
  store <8 x float> %822, <8 x float>* %15, align 32
  %823 = add i64 %549, 44
  %824 = getelementptr inbounds float, float* %49, i64 %823
  %825 = load float, float* %824, align 4
  %826 = insertelement <8 x float> undef, float %825, i32 0
  %splat43 = shufflevector <8 x float> %826, <8 x float> undef, <8 x i32> zeroinitializer
  %827 = load <8 x float>, <8 x float>* %20, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %778, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %20, align 32
  %829 = load <8 x float>, <8 x float>* %14, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %782, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %14, align 32
  %831 = add i64 %550, 40
  %832 = getelementptr inbounds float, float* %4, i64 %831
  %833 = bitcast float* %832 to <8 x float>*
  %834 = load <8 x float>, <8 x float>* %833, align 4
  %835 = add i64 %550, 2088
  %836 = getelementptr inbounds float, float* %4, i64 %835
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = add i64 %549, 5
  %840 = getelementptr inbounds float, float* %49, i64 %839
  %841 = load float, float* %840, align 4
  %842 = insertelement <8 x float> undef, float %841, i32 0
  %splat44 = shufflevector <8 x float> %842, <8 x float> undef, <8 x i32> zeroinitializer
  %843 = load <8 x float>, <8 x float>* %25, align 32
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %834, <8 x float> %843)
  store <8 x float> %844, <8 x float>* %25, align 32
  %845 = load <8 x float>, <8 x float>* %19, align 32
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %838, <8 x float> %845)
  store <8 x float> %846, <8 x float>* %19, align 32
  %847 = add i64 %549, 13
  %848 = getelementptr inbounds float, float* %49, i64 %847
  %849 = load float, float* %848, align 4
  %850 = insertelement <8 x float> undef, float %849, i32 0
  %splat45 = shufflevector <8 x float> %850, <8 x float> undef, <8 x i32> zeroinitializer
  %851 = load <8 x float>, <8 x float>* %24, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %834, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %24, align 32
  %853 = load <8 x float>, <8 x float>* %18, align 32
  %854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %838, <8 x float> %853)
  store <8 x float> %854, <8 x float>* %18, align 32
  %855 = add i64 %549, 21
  %856 = getelementptr inbounds float, float* %49, i64 %855
  %857 = load float, float* %856, align 4
  %858 = insertelement <8 x float> undef, float %857, i32 0
  %splat46 = shufflevector <8 x float> %858, <8 x float> undef, <8 x i32> zeroinitializer
  %859 = load <8 x float>, <8 x float>* %23, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %834, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %23, align 32
  %861 = load <8 x float>, <8 x float>* %17, align 32
  %862 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %838, <8 x float> %861)
  store <8 x float> %862, <8 x float>* %17, align 32
  %863 = add i64 %549, 29
  %864 = getelementptr inbounds float, float* %49, i64 %863
  %865 = load float, float* %864, align 4
  %866 = insertelement <8 x float> undef, float %865, i32 0
  %splat47 = shufflevector <8 x float> %866, <8 x float> undef, <8 x i32> zeroinitializer
  %867 = load <8 x float>, <8 x float>* %22, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %834, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %22, align 32
  %869 = load <8 x float>, <8 x float>* %16, align 32
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %838, <8 x float> %869)
  store <8 x float> %870, <8 x float>* %16, align 32
  %871 = add i64 %549, 37
  %872 = getelementptr inbounds float, float* %49, i64 %871
  %873 = load float, float* %872, align 4
  %874 = insertelement <8 x float> undef, float %873, i32 0
  %splat48 = shufflevector <8 x float> %874, <8 x float> undef, <8 x i32> zeroinitializer
  %875 = load <8 x float>, <8 x float>* %21, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %834, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %21, align 32
  %877 = load <8 x float>, <8 x float>* %15, align 32
  %878 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %838, <8 x float> %877)
  store <8 x float> %878, <8 x float>* %15, align 32
  %879 = add i64 %549, 45
  %880 = getelementptr inbounds float, float* %49, i64 %879
  %881 = load float, float* %880, align 4
  %882 = insertelement <8 x float> undef, float %881, i32 0
  %splat49 = shufflevector <8 x float> %882, <8 x float> undef, <8 x i32> zeroinitializer
  %883 = load <8 x float>, <8 x float>* %20, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %834, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %20, align 32
  %885 = load <8 x float>, <8 x float>* %14, align 32
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %838, <8 x float> %885)
  store <8 x float> %886, <8 x float>* %14, align 32
  %887 = add i64 %550, 48
  %888 = getelementptr inbounds float, float* %4, i64 %887
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = add i64 %550, 2096
  %892 = getelementptr inbounds float, float* %4, i64 %891
  %893 = bitcast float* %892 to <8 x float>*
  %894 = load <8 x float>, <8 x float>* %893, align 4
  %895 = add i64 %549, 6
  %896 = getelementptr inbounds float, float* %49, i64 %895
  %897 = load float, float* %896, align 4
  %898 = insertelement <8 x float> undef, float %897, i32 0
  %splat50 = shufflevector <8 x float> %898, <8 x float> undef, <8 x i32> zeroinitializer
  %899 = load <8 x float>, <8 x float>* %25, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %890, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %25, align 32
  %901 = load <8 x float>, <8 x float>* %19, align 32
  %902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %894, <8 x float> %901)
  store <8 x float> %902, <8 x float>* %19, align 32
  %903 = add i64 %549, 14
  %904 = getelementptr inbounds float, float* %49, i64 %903
  %905 = load float, float* %904, align 4
  %906 = insertelement <8 x float> undef, float %905, i32 0
  %splat51 = shufflevector <8 x float> %906, <8 x float> undef, <8 x i32> zeroinitializer
  %907 = load <8 x float>, <8 x float>* %24, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %890, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %24, align 32
  %909 = load <8 x float>, <8 x float>* %18, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %894, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %18, align 32
  %911 = add i64 %549, 22
  %912 = getelementptr inbounds float, float* %49, i64 %911
  %913 = load float, float* %912, align 4
  %914 = insertelement <8 x float> undef, float %913, i32 0
  %splat52 = shufflevector <8 x float> %914, <8 x float> undef, <8 x i32> zeroinitializer
  %915 = load <8 x float>, <8 x float>* %23, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %890, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %23, align 32
  %917 = load <8 x float>, <8 x float>* %17, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %894, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %17, align 32
  %919 = add i64 %549, 30
  %920 = getelementptr inbounds float, float* %49, i64 %919
  %921 = load float, float* %920, align 4
  %922 = insertelement <8 x float> undef, float %921, i32 0
  %splat53 = shufflevector <8 x float> %922, <8 x float> undef, <8 x i32> zeroinitializer
  %923 = load <8 x float>, <8 x float>* %22, align 32
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %890, <8 x float> %923)
  store <8 x float> %924, <8 x float>* %22, align 32
  %925 = load <8 x float>, <8 x float>* %16, align 32
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %894, <8 x float> %925)
  store <8 x float> %926, <8 x float>* %16, align 32
  %927 = add i64 %549, 38
  %928 = getelementptr inbounds float, float* %49, i64 %927
  %929 = load float, float* %928, align 4
  %930 = insertelement <8 x float> undef, float %929, i32 0
  %splat54 = shufflevector <8 x float> %930, <8 x float> undef, <8 x i32> zeroinitializer
  %931 = load <8 x float>, <8 x float>* %21, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %890, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %21, align 32
  %933 = load <8 x float>, <8 x float>* %15, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %894, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %15, align 32
  %935 = add i64 %549, 46
  %936 = getelementptr inbounds float, float* %49, i64 %935
  %937 = load float, float* %936, align 4
  %938 = insertelement <8 x float> undef, float %937, i32 0
  %splat55 = shufflevector <8 x float> %938, <8 x float> undef, <8 x i32> zeroinitializer
  %939 = load <8 x float>, <8 x float>* %20, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %890, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %20, align 32
  %941 = load <8 x float>, <8 x float>* %14, align 32
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %894, <8 x float> %941)
  store <8 x float> %942, <8 x float>* %14, align 32
  %943 = add i64 %550, 56
  %944 = getelementptr inbounds float, float* %4, i64 %943
  %945 = bitcast float* %944 to <8 x float>*
  %946 = load <8 x float>, <8 x float>* %945, align 4
  %947 = add i64 %550, 2104
  %948 = getelementptr inbounds float, float* %4, i64 %947
  %949 = bitcast float* %948 to <8 x float>*
  %950 = load <8 x float>, <8 x float>* %949, align 4
  %951 = add i64 %549, 7
  %952 = getelementptr inbounds float, float* %49, i64 %951
  %953 = load float, float* %952, align 4
  %954 = insertelement <8 x float> undef, float %953, i32 0
  %splat56 = shufflevector <8 x float> %954, <8 x float> undef, <8 x i32> zeroinitializer
  %955 = load <8 x float>, <8 x float>* %25, align 32
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %946, <8 x float> %955)
  store <8 x float> %956, <8 x float>* %25, align 32
  %957 = load <8 x float>, <8 x float>* %19, align 32
  %958 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %950, <8 x float> %957)
  store <8 x float> %958, <8 x float>* %19, align 32
  %959 = add i64 %549, 15
  %960 = getelementptr inbounds float, float* %49, i64 %959
  %961 = load float, float* %960, align 4
  %962 = insertelement <8 x float> undef, float %961, i32 0
  %splat57 = shufflevector <8 x float> %962, <8 x float> undef, <8 x i32> zeroinitializer
  %963 = load <8 x float>, <8 x float>* %24, align 32
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %946, <8 x float> %963)
  store <8 x float> %964, <8 x float>* %24, align 32
  %965 = load <8 x float>, <8 x float>* %18, align 32
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %950, <8 x float> %965)
  store <8 x float> %966, <8 x float>* %18, align 32
  %967 = add i64 %549, 23
  %968 = getelementptr inbounds float, float* %49, i64 %967
  %969 = load float, float* %968, align 4
  %970 = insertelement <8 x float> undef, float %969, i32 0
  %splat58 = shufflevector <8 x float> %970, <8 x float> undef, <8 x i32> zeroinitializer
  %971 = load <8 x float>, <8 x float>* %23, align 32
  %972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %946, <8 x float> %971)
  store <8 x float> %972, <8 x float>* %23, align 32
  %973 = load <8 x float>, <8 x float>* %17, align 32
  %974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %950, <8 x float> %973)
  store <8 x float> %974, <8 x float>* %17, align 32
  %975 = add i64 %549, 31
  %976 = getelementptr inbounds float, float* %49, i64 %975
  %977 = load float, float* %976, align 4
  %978 = insertelement <8 x float> undef, float %977, i32 0
  %splat59 = shufflevector <8 x float> %978, <8 x float> undef, <8 x i32> zeroinitializer
  %979 = load <8 x float>, <8 x float>* %22, align 32
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %946, <8 x float> %979)
  store <8 x float> %980, <8 x float>* %22, align 32
  %981 = load <8 x float>, <8 x float>* %16, align 32
  %982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %950, <8 x float> %981)
  store <8 x float> %982, <8 x float>* %16, align 32
  %983 = add i64 %549, 39
  %984 = getelementptr inbounds float, float* %49, i64 %983
  %985 = load float, float* %984, align 4
  %986 = insertelement <8 x float> undef, float %985, i32 0
  %splat60 = shufflevector <8 x float> %986, <8 x float> undef, <8 x i32> zeroinitializer
  %987 = load <8 x float>, <8 x float>* %21, align 32
  %988 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %946, <8 x float> %987)
  store <8 x float> %988, <8 x float>* %21, align 32
  %989 = load <8 x float>, <8 x float>* %15, align 32
  %990 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %950, <8 x float> %989)
  store <8 x float> %990, <8 x float>* %15, align 32
  %991 = add i64 %549, 47
  %992 = getelementptr inbounds float, float* %49, i64 %991
  %993 = load float, float* %992, align 4
  %994 = insertelement <8 x float> undef, float %993, i32 0
  %splat61 = shufflevector <8 x float> %994, <8 x float> undef, <8 x i32> zeroinitializer
  %995 = load <8 x float>, <8 x float>* %20, align 32
  %996 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %946, <8 x float> %995)
  store <8 x float> %996, <8 x float>* %20, align 32
  %997 = load <8 x float>, <8 x float>* %14, align 32
  %998 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %950, <8 x float> %997)
  store <8 x float> %998, <8 x float>* %14, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %999 = load <8 x float>, <8 x float>* %25, align 32
  %1000 = fcmp olt <8 x float> %999, zeroinitializer
  %1001 = select <8 x i1> %1000, <8 x float> zeroinitializer, <8 x float> %999
  %1002 = getelementptr inbounds float, float* %0, i64 %460
  %1003 = bitcast float* %1002 to <8 x float>*
  store <8 x float> %1001, <8 x float>* %1003, align 4
  %1004 = load <8 x float>, <8 x float>* %24, align 32
  %1005 = fcmp olt <8 x float> %1004, zeroinitializer
  %1006 = select <8 x i1> %1005, <8 x float> zeroinitializer, <8 x float> %1004
  %1007 = getelementptr inbounds float, float* %0, i64 %463
  %1008 = bitcast float* %1007 to <8 x float>*
  store <8 x float> %1006, <8 x float>* %1008, align 4
  %1009 = load <8 x float>, <8 x float>* %23, align 32
  %1010 = fcmp olt <8 x float> %1009, zeroinitializer
  %1011 = select <8 x i1> %1010, <8 x float> zeroinitializer, <8 x float> %1009
  %1012 = getelementptr inbounds float, float* %0, i64 %466
  %1013 = bitcast float* %1012 to <8 x float>*
  store <8 x float> %1011, <8 x float>* %1013, align 4
  %1014 = load <8 x float>, <8 x float>* %22, align 32
  %1015 = fcmp olt <8 x float> %1014, zeroinitializer
  %1016 = select <8 x i1> %1015, <8 x float> zeroinitializer, <8 x float> %1014
  %1017 = getelementptr inbounds float, float* %0, i64 %469
  %1018 = bitcast float* %1017 to <8 x float>*
  store <8 x float> %1016, <8 x float>* %1018, align 4
  %1019 = load <8 x float>, <8 x float>* %21, align 32
  %1020 = fcmp olt <8 x float> %1019, zeroinitializer
  %1021 = select <8 x i1> %1020, <8 x float> zeroinitializer, <8 x float> %1019
  %1022 = getelementptr inbounds float, float* %0, i64 %472
  %1023 = bitcast float* %1022 to <8 x float>*
  store <8 x float> %1021, <8 x float>* %1023, align 4
  %1024 = load <8 x float>, <8 x float>* %20, align 32
  %1025 = fcmp olt <8 x float> %1024, zeroinitializer
  %1026 = select <8 x i1> %1025, <8 x float> zeroinitializer, <8 x float> %1024
  %1027 = getelementptr inbounds float, float* %0, i64 %475
  %1028 = bitcast float* %1027 to <8 x float>*
  store <8 x float> %1026, <8 x float>* %1028, align 4
  %1029 = load <8 x float>, <8 x float>* %19, align 32
  %1030 = fcmp olt <8 x float> %1029, zeroinitializer
  %1031 = select <8 x i1> %1030, <8 x float> zeroinitializer, <8 x float> %1029
  %1032 = getelementptr inbounds float, float* %0, i64 %482
  %1033 = bitcast float* %1032 to <8 x float>*
  store <8 x float> %1031, <8 x float>* %1033, align 4
  %1034 = load <8 x float>, <8 x float>* %18, align 32
  %1035 = fcmp olt <8 x float> %1034, zeroinitializer
  %1036 = select <8 x i1> %1035, <8 x float> zeroinitializer, <8 x float> %1034
  %1037 = getelementptr inbounds float, float* %0, i64 %485
  %1038 = bitcast float* %1037 to <8 x float>*
  store <8 x float> %1036, <8 x float>* %1038, align 4
  %1039 = load <8 x float>, <8 x float>* %17, align 32
  %1040 = fcmp olt <8 x float> %1039, zeroinitializer
  %1041 = select <8 x i1> %1040, <8 x float> zeroinitializer, <8 x float> %1039
  %1042 = getelementptr inbounds float, float* %0, i64 %488
  %1043 = bitcast float* %1042 to <8 x float>*
  store <8 x float> %1041, <8 x float>* %1043, align 4
  %1044 = load <8 x float>, <8 x float>* %16, align 32
  %1045 = fcmp olt <8 x float> %1044, zeroinitializer
  %1046 = select <8 x i1> %1045, <8 x float> zeroinitializer, <8 x float> %1044
  %1047 = getelementptr inbounds float, float* %0, i64 %491
  %1048 = bitcast float* %1047 to <8 x float>*
  store <8 x float> %1046, <8 x float>* %1048, align 4
  %1049 = load <8 x float>, <8 x float>* %15, align 32
  %1050 = fcmp olt <8 x float> %1049, zeroinitializer
  %1051 = select <8 x i1> %1050, <8 x float> zeroinitializer, <8 x float> %1049
  %1052 = getelementptr inbounds float, float* %0, i64 %494
  %1053 = bitcast float* %1052 to <8 x float>*
  store <8 x float> %1051, <8 x float>* %1053, align 4
  %1054 = load <8 x float>, <8 x float>* %14, align 32
  %1055 = fcmp olt <8 x float> %1054, zeroinitializer
  %1056 = select <8 x i1> %1055, <8 x float> zeroinitializer, <8 x float> %1054
  %1057 = getelementptr inbounds float, float* %0, i64 %497
  %1058 = bitcast float* %1057 to <8 x float>*
  store <8 x float> %1056, <8 x float>* %1058, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header62:                                       ; preds = %u.body63, %x.exit
  %u65 = phi i64 [ 0, %x.exit ], [ %u.next82, %u.body63 ]
  %1059 = icmp slt i64 %u65, 32
  br i1 %1059, label %u.body63, label %u.exit64

u.body63:                                         ; preds = %u.header62
  %1060 = add i64 0, %u65
  %1061 = mul i64 %1060, 784
  %1062 = add i64 768, %1061
  %1063 = mul i64 %1060, 64
  %1064 = add i64 %451, %1063
  %1065 = add i64 %1062, 0
  %1066 = add i64 %1065, 0
  %1067 = add i64 %1064, 0
  %1068 = add i64 %1067, 0
  %1069 = getelementptr inbounds float, float* %4, i64 %1068
  %1070 = bitcast float* %1069 to <8 x float>*
  %1071 = load <8 x float>, <8 x float>* %1070, align 4
  %1072 = add i64 %1067, 2048
  %1073 = getelementptr inbounds float, float* %4, i64 %1072
  %1074 = bitcast float* %1073 to <8 x float>*
  %1075 = load <8 x float>, <8 x float>* %1074, align 4
  %1076 = add i64 %1066, 0
  %1077 = getelementptr inbounds float, float* %49, i64 %1076
  %1078 = load float, float* %1077, align 4
  %1079 = insertelement <8 x float> undef, float %1078, i32 0
  %splat66 = shufflevector <8 x float> %1079, <8 x float> undef, <8 x i32> zeroinitializer
  %1080 = load <8 x float>, <8 x float>* %13, align 32
  %1081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1071, <8 x float> %1080)
  store <8 x float> %1081, <8 x float>* %13, align 32
  %1082 = load <8 x float>, <8 x float>* %11, align 32
  %1083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1075, <8 x float> %1082)
  store <8 x float> %1083, <8 x float>* %11, align 32
  %1084 = add i64 %1066, 8
  %1085 = getelementptr inbounds float, float* %49, i64 %1084
  %1086 = load float, float* %1085, align 4
  %1087 = insertelement <8 x float> undef, float %1086, i32 0
  %splat67 = shufflevector <8 x float> %1087, <8 x float> undef, <8 x i32> zeroinitializer
  %1088 = load <8 x float>, <8 x float>* %12, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1071, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %12, align 32
  %1090 = load <8 x float>, <8 x float>* %10, align 32
  %1091 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1075, <8 x float> %1090)
  store <8 x float> %1091, <8 x float>* %10, align 32
  %1092 = add i64 %1067, 8
  %1093 = getelementptr inbounds float, float* %4, i64 %1092
  %1094 = bitcast float* %1093 to <8 x float>*
  %1095 = load <8 x float>, <8 x float>* %1094, align 4
  %1096 = add i64 %1067, 2056
  %1097 = getelementptr inbounds float, float* %4, i64 %1096
  %1098 = bitcast float* %1097 to <8 x float>*
  %1099 = load <8 x float>, <8 x float>* %1098, align 4
  %1100 = add i64 %1066, 1
  %1101 = getelementptr inbounds float, float* %49, i64 %1100
  %1102 = load float, float* %1101, align 4
  %1103 = insertelement <8 x float> undef, float %1102, i32 0
  %splat68 = shufflevector <8 x float> %1103, <8 x float> undef, <8 x i32> zeroinitializer
  %1104 = load <8 x float>, <8 x float>* %13, align 32
  %1105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1095, <8 x float> %1104)
  store <8 x float> %1105, <8 x float>* %13, align 32
  %1106 = load <8 x float>, <8 x float>* %11, align 32
  %1107 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1099, <8 x float> %1106)
  store <8 x float> %1107, <8 x float>* %11, align 32
  %1108 = add i64 %1066, 9
  %1109 = getelementptr inbounds float, float* %49, i64 %1108
  %1110 = load float, float* %1109, align 4
  %1111 = insertelement <8 x float> undef, float %1110, i32 0
  %splat69 = shufflevector <8 x float> %1111, <8 x float> undef, <8 x i32> zeroinitializer
  %1112 = load <8 x float>, <8 x float>* %12, align 32
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1095, <8 x float> %1112)
  store <8 x float> %1113, <8 x float>* %12, align 32
  %1114 = load <8 x float>, <8 x float>* %10, align 32
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1099, <8 x float> %1114)
  store <8 x float> %1115, <8 x float>* %10, align 32
  %1116 = add i64 %1067, 16
  %1117 = getelementptr inbounds float, float* %4, i64 %1116
  %1118 = bitcast float* %1117 to <8 x float>*
  %1119 = load <8 x float>, <8 x float>* %1118, align 4
  %1120 = add i64 %1067, 2064
  %1121 = getelementptr inbounds float, float* %4, i64 %1120
  %1122 = bitcast float* %1121 to <8 x float>*
  %1123 = load <8 x float>, <8 x float>* %1122, align 4
  %1124 = add i64 %1066, 2
  %1125 = getelementptr inbounds float, float* %49, i64 %1124
  %1126 = load float, float* %1125, align 4
  %1127 = insertelement <8 x float> undef, float %1126, i32 0
  %splat70 = shufflevector <8 x float> %1127, <8 x float> undef, <8 x i32> zeroinitializer
  %1128 = load <8 x float>, <8 x float>* %13, align 32
  %1129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1119, <8 x float> %1128)
  store <8 x float> %1129, <8 x float>* %13, align 32
  %1130 = load <8 x float>, <8 x float>* %11, align 32
  %1131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1123, <8 x float> %1130)
  store <8 x float> %1131, <8 x float>* %11, align 32
  %1132 = add i64 %1066, 10
  %1133 = getelementptr inbounds float, float* %49, i64 %1132
  %1134 = load float, float* %1133, align 4
  %1135 = insertelement <8 x float> undef, float %1134, i32 0
  %splat71 = shufflevector <8 x float> %1135, <8 x float> undef, <8 x i32> zeroinitializer
  %1136 = load <8 x float>, <8 x float>* %12, align 32
  %1137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1119, <8 x float> %1136)
  store <8 x float> %1137, <8 x float>* %12, align 32
  %1138 = load <8 x float>, <8 x float>* %10, align 32
  %1139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1123, <8 x float> %1138)
  store <8 x float> %1139, <8 x float>* %10, align 32
  %1140 = add i64 %1067, 24
  %1141 = getelementptr inbounds float, float* %4, i64 %1140
  %1142 = bitcast float* %1141 to <8 x float>*
  %1143 = load <8 x float>, <8 x float>* %1142, align 4
  %1144 = add i64 %1067, 2072
  %1145 = getelementptr inbounds float, float* %4, i64 %1144
  %1146 = bitcast float* %1145 to <8 x float>*
  %1147 = load <8 x float>, <8 x float>* %1146, align 4
  %1148 = add i64 %1066, 3
  %1149 = getelementptr inbounds float, float* %49, i64 %1148
  %1150 = load float, float* %1149, align 4
  %1151 = insertelement <8 x float> undef, float %1150, i32 0
  %splat72 = shufflevector <8 x float> %1151, <8 x float> undef, <8 x i32> zeroinitializer
  %1152 = load <8 x float>, <8 x float>* %13, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1143, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %13, align 32
  %1154 = load <8 x float>, <8 x float>* %11, align 32
  %1155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1147, <8 x float> %1154)
  store <8 x float> %1155, <8 x float>* %11, align 32
  %1156 = add i64 %1066, 11
  %1157 = getelementptr inbounds float, float* %49, i64 %1156
  %1158 = load float, float* %1157, align 4
  %1159 = insertelement <8 x float> undef, float %1158, i32 0
  %splat73 = shufflevector <8 x float> %1159, <8 x float> undef, <8 x i32> zeroinitializer
  %1160 = load <8 x float>, <8 x float>* %12, align 32
  %1161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1143, <8 x float> %1160)
  store <8 x float> %1161, <8 x float>* %12, align 32
  %1162 = load <8 x float>, <8 x float>* %10, align 32
  %1163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1147, <8 x float> %1162)
  store <8 x float> %1163, <8 x float>* %10, align 32
  %1164 = add i64 %1067, 32
  %1165 = getelementptr inbounds float, float* %4, i64 %1164
  %1166 = bitcast float* %1165 to <8 x float>*
  %1167 = load <8 x float>, <8 x float>* %1166, align 4
  %1168 = add i64 %1067, 2080
  %1169 = getelementptr inbounds float, float* %4, i64 %1168
  %1170 = bitcast float* %1169 to <8 x float>*
  %1171 = load <8 x float>, <8 x float>* %1170, align 4
  %1172 = add i64 %1066, 4
  %1173 = getelementptr inbounds float, float* %49, i64 %1172
  %1174 = load float, float* %1173, align 4
  %1175 = insertelement <8 x float> undef, float %1174, i32 0
  %splat74 = shufflevector <8 x float> %1175, <8 x float> undef, <8 x i32> zeroinitializer
  %1176 = load <8 x float>, <8 x float>* %13, align 32
  %1177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1167, <8 x float> %1176)
  store <8 x float> %1177, <8 x float>* %13, align 32
  %1178 = load <8 x float>, <8 x float>* %11, align 32
  %1179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1171, <8 x float> %1178)
  store <8 x float> %1179, <8 x float>* %11, align 32
  %1180 = add i64 %1066, 12
  %1181 = getelementptr inbounds float, float* %49, i64 %1180
  %1182 = load float, float* %1181, align 4
  %1183 = insertelement <8 x float> undef, float %1182, i32 0
  %splat75 = shufflevector <8 x float> %1183, <8 x float> undef, <8 x i32> zeroinitializer
  %1184 = load <8 x float>, <8 x float>* %12, align 32
  %1185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1167, <8 x float> %1184)
  store <8 x float> %1185, <8 x float>* %12, align 32
  %1186 = load <8 x float>, <8 x float>* %10, align 32
  %1187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1171, <8 x float> %1186)
  store <8 x float> %1187, <8 x float>* %10, align 32
  %1188 = add i64 %1067, 40
  %1189 = getelementptr inbounds float, float* %4, i64 %1188
  %1190 = bitcast float* %1189 to <8 x float>*
  %1191 = load <8 x float>, <8 x float>* %1190, align 4
  %1192 = add i64 %1067, 2088
  %1193 = getelementptr inbounds float, float* %4, i64 %1192
  %1194 = bitcast float* %1193 to <8 x float>*
  %1195 = load <8 x float>, <8 x float>* %1194, align 4
  %1196 = add i64 %1066, 5
  %1197 = getelementptr inbounds float, float* %49, i64 %1196
  %1198 = load float, float* %1197, align 4
  %1199 = insertelement <8 x float> undef, float %1198, i32 0
  %splat76 = shufflevector <8 x float> %1199, <8 x float> undef, <8 x i32> zeroinitializer
  %1200 = load <8 x float>, <8 x float>* %13, align 32
  %1201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1191, <8 x float> %1200)
  store <8 x float> %1201, <8 x float>* %13, align 32
  %1202 = load <8 x float>, <8 x float>* %11, align 32
  %1203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1195, <8 x float> %1202)
  store <8 x float> %1203, <8 x float>* %11, align 32
  %1204 = add i64 %1066, 13
  %1205 = getelementptr inbounds float, float* %49, i64 %1204
  %1206 = load float, float* %1205, align 4
  %1207 = insertelement <8 x float> undef, float %1206, i32 0
  %splat77 = shufflevector <8 x float> %1207, <8 x float> undef, <8 x i32> zeroinitializer
  %1208 = load <8 x float>, <8 x float>* %12, align 32
  %1209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1191, <8 x float> %1208)
  store <8 x float> %1209, <8 x float>* %12, align 32
  %1210 = load <8 x float>, <8 x float>* %10, align 32
  %1211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1195, <8 x float> %1210)
  store <8 x float> %1211, <8 x float>* %10, align 32
  %1212 = add i64 %1067, 48
  %1213 = getelementptr inbounds float, float* %4, i64 %1212
  %1214 = bitcast float* %1213 to <8 x float>*
  %1215 = load <8 x float>, <8 x float>* %1214, align 4
  %1216 = add i64 %1067, 2096
  %1217 = getelementptr inbounds float, float* %4, i64 %1216
  %1218 = bitcast float* %1217 to <8 x float>*
  %1219 = load <8 x float>, <8 x float>* %1218, align 4
  %1220 = add i64 %1066, 6
  %1221 = getelementptr inbounds float, float* %49, i64 %1220
  %1222 = load float, float* %1221, align 4
  %1223 = insertelement <8 x float> undef, float %1222, i32 0
  %splat78 = shufflevector <8 x float> %1223, <8 x float> undef, <8 x i32> zeroinitializer
  %1224 = load <8 x float>, <8 x float>* %13, align 32
  %1225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1215, <8 x float> %1224)
  store <8 x float> %1225, <8 x float>* %13, align 32
  %1226 = load <8 x float>, <8 x float>* %11, align 32
  %1227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1219, <8 x float> %1226)
  store <8 x float> %1227, <8 x float>* %11, align 32
  %1228 = add i64 %1066, 14
  %1229 = getelementptr inbounds float, float* %49, i64 %1228
  %1230 = load float, float* %1229, align 4
  %1231 = insertelement <8 x float> undef, float %1230, i32 0
  %splat79 = shufflevector <8 x float> %1231, <8 x float> undef, <8 x i32> zeroinitializer
  %1232 = load <8 x float>, <8 x float>* %12, align 32
  %1233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1215, <8 x float> %1232)
  store <8 x float> %1233, <8 x float>* %12, align 32
  %1234 = load <8 x float>, <8 x float>* %10, align 32
  %1235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1219, <8 x float> %1234)
  store <8 x float> %1235, <8 x float>* %10, align 32
  %1236 = add i64 %1067, 56
  %1237 = getelementptr inbounds float, float* %4, i64 %1236
  %1238 = bitcast float* %1237 to <8 x float>*
  %1239 = load <8 x float>, <8 x float>* %1238, align 4
  %1240 = add i64 %1067, 2104
  %1241 = getelementptr inbounds float, float* %4, i64 %1240
  %1242 = bitcast float* %1241 to <8 x float>*
  %1243 = load <8 x float>, <8 x float>* %1242, align 4
  %1244 = add i64 %1066, 7
  %1245 = getelementptr inbounds float, float* %49, i64 %1244
  %1246 = load float, float* %1245, align 4
  %1247 = insertelement <8 x float> undef, float %1246, i32 0
  %splat80 = shufflevector <8 x float> %1247, <8 x float> undef, <8 x i32> zeroinitializer
  %1248 = load <8 x float>, <8 x float>* %13, align 32
  %1249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1239, <8 x float> %1248)
  store <8 x float> %1249, <8 x float>* %13, align 32
  %1250 = load <8 x float>, <8 x float>* %11, align 32
  %1251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1243, <8 x float> %1250)
  store <8 x float> %1251, <8 x float>* %11, align 32
  %1252 = add i64 %1066, 15
  %1253 = getelementptr inbounds float, float* %49, i64 %1252
  %1254 = load float, float* %1253, align 4
  %1255 = insertelement <8 x float> undef, float %1254, i32 0
  %splat81 = shufflevector <8 x float> %1255, <8 x float> undef, <8 x i32> zeroinitializer
  %1256 = load <8 x float>, <8 x float>* %12, align 32
  %1257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1239, <8 x float> %1256)
  store <8 x float> %1257, <8 x float>* %12, align 32
  %1258 = load <8 x float>, <8 x float>* %10, align 32
  %1259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1243, <8 x float> %1258)
  store <8 x float> %1259, <8 x float>* %10, align 32
  %u.next82 = add i64 %u65, 1
  br label %u.header62

u.exit64:                                         ; preds = %u.header62
  %1260 = load <8 x float>, <8 x float>* %13, align 32
  %1261 = fcmp olt <8 x float> %1260, zeroinitializer
  %1262 = select <8 x i1> %1261, <8 x float> zeroinitializer, <8 x float> %1260
  %1263 = getelementptr inbounds float, float* %0, i64 %518
  %1264 = bitcast float* %1263 to <8 x float>*
  store <8 x float> %1262, <8 x float>* %1264, align 4
  %1265 = load <8 x float>, <8 x float>* %12, align 32
  %1266 = fcmp olt <8 x float> %1265, zeroinitializer
  %1267 = select <8 x i1> %1266, <8 x float> zeroinitializer, <8 x float> %1265
  %1268 = getelementptr inbounds float, float* %0, i64 %521
  %1269 = bitcast float* %1268 to <8 x float>*
  store <8 x float> %1267, <8 x float>* %1269, align 4
  %1270 = load <8 x float>, <8 x float>* %11, align 32
  %1271 = fcmp olt <8 x float> %1270, zeroinitializer
  %1272 = select <8 x i1> %1271, <8 x float> zeroinitializer, <8 x float> %1270
  %1273 = getelementptr inbounds float, float* %0, i64 %528
  %1274 = bitcast float* %1273 to <8 x float>*
  store <8 x float> %1272, <8 x float>* %1274, align 4
  %1275 = load <8 x float>, <8 x float>* %10, align 32
  %1276 = fcmp olt <8 x float> %1275, zeroinitializer
  %1277 = select <8 x i1> %1276, <8 x float> zeroinitializer, <8 x float> %1275
  %1278 = getelementptr inbounds float, float* %0, i64 %531
  %1279 = bitcast float* %1278 to <8 x float>*
  store <8 x float> %1277, <8 x float>* %1279, align 4
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
  call void @node6.conv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %27, i64 %29)
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
  %40 = add i64 %9, 1
  %41 = sdiv i64 %40, 2
  %42 = icmp slt i64 32, %41
  %43 = select i1 %42, i64 32, i64 %41
  %44 = icmp sgt i64 1, %43
  %45 = select i1 %44, i64 1, i64 %43
  %46 = sub i64 %45, 1
  %47 = add i64 32, %46
  %48 = sdiv i64 %47, %45
  %49 = bitcast [50176 x float]* %band to float*
  %50 = mul i64 %45, 2
  %51 = sub i64 %9, 1
  %52 = add i64 %50, %51
  %53 = sdiv i64 %52, %9
  %54 = mul i64 %8, %53
  %55 = icmp slt i64 %54, %50
  %56 = select i1 %55, i64 %54, i64 %50
  %57 = add i64 %56, %53
  %58 = icmp slt i64 %57, %50
  %59 = select i1 %58, i64 %57, i64 %50
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %56, %entry ], [ %task.next, %block.group.exit ]
  %60 = icmp slt i64 %task, %59
  br i1 %60, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %61 = srem i64 %task, %45
  %62 = sdiv i64 %task, %45
  %63 = srem i64 %62, 2
  %64 = mul i64 %45, 2
  %65 = sdiv i64 %task, %64
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %66 = icmp slt i64 %channel.block, 64
  br i1 %66, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %67 = mul i64 %65, 64
  %68 = add i64 %67, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %69 = mul i64 %61, %48
  %70 = add i64 %69, %48
  %71 = icmp slt i64 %70, 32
  %72 = select i1 %71, i64 %70, i64 32
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit10, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit10 ]
  %73 = icmp slt i64 %band.row, 7
  br i1 %73, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %74 = mul i64 %63, 7
  %75 = add i64 %74, %band.row
  %76 = mul i64 %channel.block, 7
  %77 = add i64 %76, %band.row
  %78 = mul i64 %77, 112
  %79 = srem i64 %68, 64
  %80 = mul i64 %68, 1568
  %81 = mul i64 %75, 1
  %82 = sub i64 %81, 1
  %83 = mul i64 %79, 8
  %84 = getelementptr inbounds float, float* %7, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  %86 = load <8 x float>, <8 x float>* %85, align 4
  store <8 x float> %86, <8 x float>* %39, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !14

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %87 = icmp slt i64 %kh, 3
  br i1 %87, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %88 = mul i64 %kh, 1
  %89 = add i64 %82, %88
  %90 = icmp sge i64 %89, 0
  %91 = icmp slt i64 %89, 14
  %92 = and i1 %90, %91
  br i1 %92, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %93 = add i64 %78, 0
  %94 = load <8 x float>, <8 x float>* %39, align 32
  %95 = fcmp olt <8 x float> %94, zeroinitializer
  %96 = select <8 x i1> %95, <8 x float> zeroinitializer, <8 x float> %94
  %97 = getelementptr inbounds float, float* %49, i64 %93
  %98 = bitcast float* %97 to <8 x float>*
  store <8 x float> %96, <8 x float>* %98, align 4
  store <8 x float> %86, <8 x float>* %38, align 32
  store <8 x float> %86, <8 x float>* %37, align 32
  store <8 x float> %86, <8 x float>* %36, align 32
  store <8 x float> %86, <8 x float>* %35, align 32
  store <8 x float> %86, <8 x float>* %34, align 32
  store <8 x float> %86, <8 x float>* %33, align 32
  store <8 x float> %86, <8 x float>* %32, align 32
  store <8 x float> %86, <8 x float>* %31, align 32
  store <8 x float> %86, <8 x float>* %30, align 32
  store <8 x float> %86, <8 x float>* %29, align 32
  store <8 x float> %86, <8 x float>* %28, align 32
  br label %kh.header1

then:                                             ; preds = %kh.body
  %99 = mul i64 %89, 112
  %100 = add i64 %80, %99
  %101 = mul i64 %79, 3
  %102 = add i64 %101, %kh
  %103 = mul i64 %102, 24
  %104 = add i64 %103, 0
  %105 = getelementptr inbounds float, float* %6, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %103, 8
  %109 = getelementptr inbounds float, float* %6, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %103, 16
  %113 = getelementptr inbounds float, float* %6, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %100, -8
  %117 = add i64 %116, 8
  %118 = getelementptr inbounds float, float* %1, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = load <8 x float>, <8 x float>* %39, align 32
  %122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %111, <8 x float> %121)
  store <8 x float> %122, <8 x float>* %39, align 32
  %123 = add i64 %116, 16
  %124 = getelementptr inbounds float, float* %1, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = load <8 x float>, <8 x float>* %39, align 32
  %128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %115, <8 x float> %127)
  store <8 x float> %128, <8 x float>* %39, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %kh.exit
  %kh4 = phi i64 [ 0, %kh.exit ], [ %kh.next7, %endif6 ]
  %129 = icmp slt i64 %kh4, 3
  br i1 %129, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %130 = mul i64 %kh4, 1
  %131 = add i64 %82, %130
  %132 = icmp sge i64 %131, 0
  %133 = icmp slt i64 %131, 14
  %134 = and i1 %132, %133
  br i1 %134, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %135 = add i64 %78, 8
  %136 = load <8 x float>, <8 x float>* %38, align 32
  %137 = fcmp olt <8 x float> %136, zeroinitializer
  %138 = select <8 x i1> %137, <8 x float> zeroinitializer, <8 x float> %136
  %139 = getelementptr inbounds float, float* %49, i64 %135
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %138, <8 x float>* %140, align 4
  %141 = add i64 %78, 16
  %142 = load <8 x float>, <8 x float>* %37, align 32
  %143 = fcmp olt <8 x float> %142, zeroinitializer
  %144 = select <8 x i1> %143, <8 x float> zeroinitializer, <8 x float> %142
  %145 = getelementptr inbounds float, float* %49, i64 %141
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %144, <8 x float>* %146, align 4
  %147 = add i64 %78, 24
  %148 = load <8 x float>, <8 x float>* %36, align 32
  %149 = fcmp olt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> zeroinitializer, <8 x float> %148
  %151 = getelementptr inbounds float, float* %49, i64 %147
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %150, <8 x float>* %152, align 4
  %153 = add i64 %78, 32
  %154 = load <8 x float>, <8 x float>* %35, align 32
  %155 = fcmp olt <8 x float> %154, zeroinitializer
  %156 = select <8 x i1> %155, <8 x float> zeroinitializer, <8 x float> %154
  %157 = getelementptr inbounds float, float* %49, i64 %153
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %156, <8 x float>* %158, align 4
  %159 = add i64 %78, 40
  %160 = load <8 x float>, <8 x float>* %34, align 32
  %161 = fcmp olt <8 x float> %160, zeroinitializer
  %162 = select <8 x i1> %161, <8 x float> zeroinitializer, <8 x float> %160
  %163 = getelementptr inbounds float, float* %49, i64 %159
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %162, <8 x float>* %164, align 4
  %165 = add i64 %78, 48
  %166 = load <8 x float>, <8 x float>* %33, align 32
  %167 = fcmp olt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> zeroinitializer, <8 x float> %166
  %169 = getelementptr inbounds float, float* %49, i64 %165
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %168, <8 x float>* %170, align 4
  %171 = add i64 %78, 56
  %172 = load <8 x float>, <8 x float>* %32, align 32
  %173 = fcmp olt <8 x float> %172, zeroinitializer
  %174 = select <8 x i1> %173, <8 x float> zeroinitializer, <8 x float> %172
  %175 = getelementptr inbounds float, float* %49, i64 %171
  %176 = bitcast float* %175 to <8 x float>*
  store <8 x float> %174, <8 x float>* %176, align 4
  %177 = add i64 %78, 64
  %178 = load <8 x float>, <8 x float>* %31, align 32
  %179 = fcmp olt <8 x float> %178, zeroinitializer
  %180 = select <8 x i1> %179, <8 x float> zeroinitializer, <8 x float> %178
  %181 = getelementptr inbounds float, float* %49, i64 %177
  %182 = bitcast float* %181 to <8 x float>*
  store <8 x float> %180, <8 x float>* %182, align 4
  %183 = add i64 %78, 72
  %184 = load <8 x float>, <8 x float>* %30, align 32
  %185 = fcmp olt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> zeroinitializer, <8 x float> %184
  %187 = getelementptr inbounds float, float* %49, i64 %183
  %188 = bitcast float* %187 to <8 x float>*
  store <8 x float> %186, <8 x float>* %188, align 4
  %189 = add i64 %78, 80
  %190 = load <8 x float>, <8 x float>* %29, align 32
  %191 = fcmp olt <8 x float> %190, zeroinitializer
  %192 = select <8 x i1> %191, <8 x float> zeroinitializer, <8 x float> %190
  %193 = getelementptr inbounds float, float* %49, i64 %189
  %194 = bitcast float* %193 to <8 x float>*
  store <8 x float> %192, <8 x float>* %194, align 4
  %195 = add i64 %78, 88
  %196 = load <8 x float>, <8 x float>* %28, align 32
  %197 = fcmp olt <8 x float> %196, zeroinitializer
  %198 = select <8 x i1> %197, <8 x float> zeroinitializer, <8 x float> %196
  %199 = getelementptr inbounds float, float* %49, i64 %195
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %198, <8 x float>* %200, align 4
  store <8 x float> %86, <8 x float>* %27, align 32
  store <8 x float> %86, <8 x float>* %26, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %201 = mul i64 %131, 112
  %202 = add i64 %80, %201
  %203 = mul i64 %79, 3
  %204 = add i64 %203, %kh4
  %205 = mul i64 %204, 24
  %206 = add i64 %205, 0
  %207 = getelementptr inbounds float, float* %6, i64 %206
  %208 = bitcast float* %207 to <8 x float>*
  %209 = load <8 x float>, <8 x float>* %208, align 4
  %210 = add i64 %205, 8
  %211 = getelementptr inbounds float, float* %6, i64 %210
  %212 = bitcast float* %211 to <8 x float>*
  %213 = load <8 x float>, <8 x float>* %212, align 4
  %214 = add i64 %205, 16
  %215 = getelementptr inbounds float, float* %6, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  %217 = load <8 x float>, <8 x float>* %216, align 4
  %218 = add i64 %202, 0
  %219 = add i64 %218, 0
  %220 = getelementptr inbounds float, float* %1, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  %222 = load <8 x float>, <8 x float>* %221, align 4
  %223 = load <8 x float>, <8 x float>* %38, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %209, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %38, align 32
  %225 = add i64 %218, 8
  %226 = getelementptr inbounds float, float* %1, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  %228 = load <8 x float>, <8 x float>* %227, align 4
  %229 = load <8 x float>, <8 x float>* %38, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %213, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %38, align 32
  %231 = load <8 x float>, <8 x float>* %37, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %209, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %37, align 32
  %233 = add i64 %218, 16
  %234 = getelementptr inbounds float, float* %1, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  %236 = load <8 x float>, <8 x float>* %235, align 4
  %237 = load <8 x float>, <8 x float>* %38, align 32
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %217, <8 x float> %237)
  store <8 x float> %238, <8 x float>* %38, align 32
  %239 = load <8 x float>, <8 x float>* %37, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %213, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %37, align 32
  %241 = load <8 x float>, <8 x float>* %36, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %209, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %36, align 32
  %243 = add i64 %218, 24
  %244 = getelementptr inbounds float, float* %1, i64 %243
  %245 = bitcast float* %244 to <8 x float>*
  %246 = load <8 x float>, <8 x float>* %245, align 4
  %247 = load <8 x float>, <8 x float>* %37, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %217, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %37, align 32
  %249 = load <8 x float>, <8 x float>* %36, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %213, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %36, align 32
  %251 = load <8 x float>, <8 x float>* %35, align 32
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %209, <8 x float> %251)
  store <8 x float> %252, <8 x float>* %35, align 32
  %253 = add i64 %218, 32
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = bitcast float* %254 to <8 x float>*
  %256 = load <8 x float>, <8 x float>* %255, align 4
  %257 = load <8 x float>, <8 x float>* %36, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %217, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %36, align 32
  %259 = load <8 x float>, <8 x float>* %35, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %213, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %35, align 32
  %261 = load <8 x float>, <8 x float>* %34, align 32
  %262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %209, <8 x float> %261)
  store <8 x float> %262, <8 x float>* %34, align 32
  %263 = add i64 %218, 40
  %264 = getelementptr inbounds float, float* %1, i64 %263
  %265 = bitcast float* %264 to <8 x float>*
  %266 = load <8 x float>, <8 x float>* %265, align 4
  %267 = load <8 x float>, <8 x float>* %35, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %217, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %35, align 32
  %269 = load <8 x float>, <8 x float>* %34, align 32
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %213, <8 x float> %269)
  store <8 x float> %270, <8 x float>* %34, align 32
  %271 = load <8 x float>, <8 x float>* %33, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %209, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %33, align 32
  %273 = add i64 %218, 48
  %274 = getelementptr inbounds float, float* %1, i64 %273
  %275 = bitcast float* %274 to <8 x float>*
  %276 = load <8 x float>, <8 x float>* %275, align 4
  %277 = load <8 x float>, <8 x float>* %34, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %217, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %34, align 32
  %279 = load <8 x float>, <8 x float>* %33, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %213, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %33, align 32
  %281 = load <8 x float>, <8 x float>* %32, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %209, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %32, align 32
  %283 = add i64 %218, 56
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = bitcast float* %284 to <8 x float>*
  %286 = load <8 x float>, <8 x float>* %285, align 4
  %287 = load <8 x float>, <8 x float>* %33, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %217, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %33, align 32
  %289 = load <8 x float>, <8 x float>* %32, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %213, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %32, align 32
  %291 = load <8 x float>, <8 x float>* %31, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %209, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %31, align 32
  %293 = add i64 %218, 64
  %294 = getelementptr inbounds float, float* %1, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  %296 = load <8 x float>, <8 x float>* %295, align 4
  %297 = load <8 x float>, <8 x float>* %32, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %217, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %32, align 32
  %299 = load <8 x float>, <8 x float>* %31, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %213, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %31, align 32
  %301 = load <8 x float>, <8 x float>* %30, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %209, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %30, align 32
  %303 = add i64 %218, 72
  %304 = getelementptr inbounds float, float* %1, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  %306 = load <8 x float>, <8 x float>* %305, align 4
  %307 = load <8 x float>, <8 x float>* %31, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %217, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %31, align 32
  %309 = load <8 x float>, <8 x float>* %30, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %213, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %30, align 32
  %311 = load <8 x float>, <8 x float>* %29, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %209, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %29, align 32
  %313 = add i64 %218, 80
  %314 = getelementptr inbounds float, float* %1, i64 %313
  %315 = bitcast float* %314 to <8 x float>*
  %316 = load <8 x float>, <8 x float>* %315, align 4
  %317 = load <8 x float>, <8 x float>* %30, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> %217, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %30, align 32
  %319 = load <8 x float>, <8 x float>* %29, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> %213, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %29, align 32
  %321 = load <8 x float>, <8 x float>* %28, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> %209, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %28, align 32
  %323 = add i64 %218, 88
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  %326 = load <8 x float>, <8 x float>* %325, align 4
  %327 = load <8 x float>, <8 x float>* %29, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %217, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %29, align 32
  %329 = load <8 x float>, <8 x float>* %28, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %213, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %28, align 32
  %331 = add i64 %218, 96
  %332 = getelementptr inbounds float, float* %1, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = load <8 x float>, <8 x float>* %28, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %217, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %28, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next14, %endif13 ]
  %337 = icmp slt i64 %kh11, 3
  br i1 %337, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %338 = mul i64 %kh11, 1
  %339 = add i64 %82, %338
  %340 = icmp sge i64 %339, 0
  %341 = icmp slt i64 %339, 14
  %342 = and i1 %340, %341
  br i1 %342, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %343 = add i64 %78, 96
  %344 = load <8 x float>, <8 x float>* %27, align 32
  %345 = fcmp olt <8 x float> %344, zeroinitializer
  %346 = select <8 x i1> %345, <8 x float> zeroinitializer, <8 x float> %344
  %347 = getelementptr inbounds float, float* %49, i64 %343
  %348 = bitcast float* %347 to <8 x float>*
  store <8 x float> %346, <8 x float>* %348, align 4
  %349 = add i64 %78, 104
  %350 = load <8 x float>, <8 x float>* %26, align 32
  %351 = fcmp olt <8 x float> %350, zeroinitializer
  %352 = select <8 x i1> %351, <8 x float> zeroinitializer, <8 x float> %350
  %353 = getelementptr inbounds float, float* %49, i64 %349
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %352, <8 x float>* %354, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !15

then12:                                           ; preds = %kh.body9
  %355 = mul i64 %339, 112
  %356 = add i64 %80, %355
  %357 = mul i64 %79, 3
  %358 = add i64 %357, %kh11
  %359 = mul i64 %358, 24
  %360 = add i64 %359, 0
  %361 = getelementptr inbounds float, float* %6, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  %363 = load <8 x float>, <8 x float>* %362, align 4
  %364 = add i64 %359, 8
  %365 = getelementptr inbounds float, float* %6, i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  %367 = load <8 x float>, <8 x float>* %366, align 4
  %368 = add i64 %359, 16
  %369 = getelementptr inbounds float, float* %6, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  %371 = load <8 x float>, <8 x float>* %370, align 4
  %372 = add i64 %356, 88
  %373 = add i64 %372, 0
  %374 = getelementptr inbounds float, float* %1, i64 %373
  %375 = bitcast float* %374 to <8 x float>*
  %376 = load <8 x float>, <8 x float>* %375, align 4
  %377 = load <8 x float>, <8 x float>* %27, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %376, <8 x float> %363, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %27, align 32
  %379 = add i64 %372, 8
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = bitcast float* %380 to <8 x float>*
  %382 = load <8 x float>, <8 x float>* %381, align 4
  %383 = load <8 x float>, <8 x float>* %27, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %382, <8 x float> %367, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %27, align 32
  %385 = load <8 x float>, <8 x float>* %26, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %382, <8 x float> %363, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %26, align 32
  %387 = add i64 %372, 16
  %388 = getelementptr inbounds float, float* %1, i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = load <8 x float>, <8 x float>* %27, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %371, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %27, align 32
  %393 = load <8 x float>, <8 x float>* %26, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %367, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %26, align 32
  br label %endif13

endif13:                                          ; preds = %then12, %kh.body9
  %kh.next14 = add i64 %kh11, 1
  br label %kh.header8

block.group.header:                               ; preds = %u.exit64, %channel.block.exit
  %block.group = phi i64 [ %69, %channel.block.exit ], [ %block.group.next, %u.exit64 ]
  %395 = icmp slt i64 %block.group, %72
  br i1 %395, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %396 = mul i64 %block.group, 2
  %397 = add i64 0, %396
  %398 = mul i64 %63, 98
  %399 = mul i64 %block.group, 2
  %400 = add i64 0, %399
  %401 = mul i64 %400, 4096
  br label %x.header

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %block.group.body
  %x = phi i64 [ 0, %block.group.body ], [ %x.next, %u.exit ]
  %402 = icmp slt i64 %x, 96
  br i1 %402, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %403 = add i64 %398, %x
  %404 = mul i64 %65, 64
  %405 = add i64 %404, %397
  %406 = add i64 %405, 0
  %407 = mul i64 %406, 1568
  %408 = add i64 %403, 0
  %409 = mul i64 %408, 8
  %410 = add i64 %407, %409
  %411 = add i64 %403, 1
  %412 = mul i64 %411, 8
  %413 = add i64 %407, %412
  %414 = add i64 %403, 2
  %415 = mul i64 %414, 8
  %416 = add i64 %407, %415
  %417 = add i64 %403, 3
  %418 = mul i64 %417, 8
  %419 = add i64 %407, %418
  %420 = add i64 %403, 4
  %421 = mul i64 %420, 8
  %422 = add i64 %407, %421
  %423 = add i64 %403, 5
  %424 = mul i64 %423, 8
  %425 = add i64 %407, %424
  %426 = mul i64 %65, 64
  %427 = add i64 %426, %397
  %428 = add i64 %427, 1
  %429 = mul i64 %428, 1568
  %430 = add i64 %403, 0
  %431 = mul i64 %430, 8
  %432 = add i64 %429, %431
  %433 = add i64 %403, 1
  %434 = mul i64 %433, 8
  %435 = add i64 %429, %434
  %436 = add i64 %403, 2
  %437 = mul i64 %436, 8
  %438 = add i64 %429, %437
  %439 = add i64 %403, 3
  %440 = mul i64 %439, 8
  %441 = add i64 %429, %440
  %442 = add i64 %403, 4
  %443 = mul i64 %442, 8
  %444 = add i64 %429, %443
  %445 = add i64 %403, 5
  %446 = mul i64 %445, 8
  %447 = add i64 %429, %446
  %448 = add i64 %400, 0
  %449 = mul i64 %448, 8
  %450 = getelementptr inbounds float, float* %5, i64 %449
  %451 = bitcast float* %450 to <8 x float>*
  %452 = load <8 x float>, <8 x float>* %451, align 4
  %453 = add i64 %400, 1
  %454 = mul i64 %453, 8
  %455 = getelementptr inbounds float, float* %5, i64 %454
  %456 = bitcast float* %455 to <8 x float>*
  %457 = load <8 x float>, <8 x float>* %456, align 4
  store <8 x float> %452, <8 x float>* %25, align 32
  store <8 x float> %452, <8 x float>* %24, align 32
  store <8 x float> %452, <8 x float>* %23, align 32
  store <8 x float> %452, <8 x float>* %22, align 32
  store <8 x float> %452, <8 x float>* %21, align 32
  store <8 x float> %452, <8 x float>* %20, align 32
  store <8 x float> %457, <8 x float>* %19, align 32
  store <8 x float> %457, <8 x float>* %18, align 32
  store <8 x float> %457, <8 x float>* %17, align 32
  store <8 x float> %457, <8 x float>* %16, align 32
  store <8 x float> %457, <8 x float>* %15, align 32
  store <8 x float> %457, <8 x float>* %14, align 32
  %458 = mul i64 %x, 8
  %459 = add i64 0, %458
  %460 = add i64 0, %459
  br label %u.header

x.exit:                                           ; preds = %x.header
  %461 = add i64 %398, 96
  %462 = mul i64 %65, 64
  %463 = add i64 %462, %397
  %464 = add i64 %463, 0
  %465 = mul i64 %464, 1568
  %466 = add i64 %461, 0
  %467 = mul i64 %466, 8
  %468 = add i64 %465, %467
  %469 = add i64 %461, 1
  %470 = mul i64 %469, 8
  %471 = add i64 %465, %470
  %472 = mul i64 %65, 64
  %473 = add i64 %472, %397
  %474 = add i64 %473, 1
  %475 = mul i64 %474, 1568
  %476 = add i64 %461, 0
  %477 = mul i64 %476, 8
  %478 = add i64 %475, %477
  %479 = add i64 %461, 1
  %480 = mul i64 %479, 8
  %481 = add i64 %475, %480
  %482 = add i64 %400, 0
  %483 = mul i64 %482, 8
  %484 = getelementptr inbounds float, float* %5, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = load <8 x float>, <8 x float>* %485, align 4
  %487 = add i64 %400, 1
  %488 = mul i64 %487, 8
  %489 = getelementptr inbounds float, float* %5, i64 %488
  %490 = bitcast float* %489 to <8 x float>*
  %491 = load <8 x float>, <8 x float>* %490, align 4
  store <8 x float> %486, <8 x float>* %13, align 32
  store <8 x float> %486, <8 x float>* %12, align 32
  store <8 x float> %491, <8 x float>* %11, align 32
  store <8 x float> %491, <8 x float>* %10, align 32
  br label %u.header62

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %492 = icmp slt i64 %u, 64
  br i1 %492, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %493 = add i64 0, %u
  %494 = mul i64 %493, 784
  %495 = add i64 %460, %494
  %496 = mul i64 %493, 64
  %497 = add i64 %401, %496
  %498 = add i64 %495, 0
  %499 = add i64 %498, 0
  %500 = add i64 %497, 0
  %501 = add i64 %500, 0
  %502 = getelementptr inbounds float, float* %4, i64 %501
  %503 = bitcast float* %502 to <8 x float>*
  %504 = load <8 x float>, <8 x float>* %503, align 4
  %505 = add i64 %500, 4096
  %506 = getelementptr inbounds float, float* %4, i64 %505
  %507 = bitcast float* %506 to <8 x float>*
  %508 = load <8 x float>, <8 x float>* %507, align 4
  %509 = add i64 %499, 0
  %510 = getelementptr inbounds float, float* %49, i64 %509
  %511 = load float, float* %510, align 4
  %512 = insertelement <8 x float> undef, float %511, i32 0
  %splat = shufflevector <8 x float> %512, <8 x float> undef, <8 x i32> zeroinitializer
  %513 = load <8 x float>, <8 x float>* %25, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %504, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %25, align 32
  %515 = load <8 x float>, <8 x float>* %19, align 32
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %508, <8 x float> %515)
  store <8 x float> %516, <8 x float>* %19, align 32
  %517 = add i64 %499, 8
  %518 = getelementptr inbounds float, float* %49, i64 %517
  %519 = load float, float* %518, align 4
  %520 = insertelement <8 x float> undef, float %519, i32 0
  %splat15 = shufflevector <8 x float> %520, <8 x float> undef, <8 x i32> zeroinitializer
  %521 = load <8 x float>, <8 x float>* %24, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %504, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %24, align 32
  %523 = load <8 x float>, <8 x float>* %18, align 32
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %508, <8 x float> %523)
  store <8 x float> %524, <8 x float>* %18, align 32
  %525 = add i64 %499, 16
  %526 = getelementptr inbounds float, float* %49, i64 %525
  %527 = load float, float* %526, align 4
  %528 = insertelement <8 x float> undef, float %527, i32 0
  %splat16 = shufflevector <8 x float> %528, <8 x float> undef, <8 x i32> zeroinitializer
  %529 = load <8 x float>, <8 x float>* %23, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %504, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %23, align 32
  %531 = load <8 x float>, <8 x float>* %17, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %508, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %17, align 32
  %533 = add i64 %499, 24
  %534 = getelementptr inbounds float, float* %49, i64 %533
  %535 = load float, float* %534, align 4
  %536 = insertelement <8 x float> undef, float %535, i32 0
  %splat17 = shufflevector <8 x float> %536, <8 x float> undef, <8 x i32> zeroinitializer
  %537 = load <8 x float>, <8 x float>* %22, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %504, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %22, align 32
  %539 = load <8 x float>, <8 x float>* %16, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %508, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %16, align 32
  %541 = add i64 %499, 32
  %542 = getelementptr inbounds float, float* %49, i64 %541
  %543 = load float, float* %542, align 4
  %544 = insertelement <8 x float> undef, float %543, i32 0
  %splat18 = shufflevector <8 x float> %544, <8 x float> undef, <8 x i32> zeroinitializer
  %545 = load <8 x float>, <8 x float>* %21, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %504, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %21, align 32
  %547 = load <8 x float>, <8 x float>* %15, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %508, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %15, align 32
  %549 = add i64 %499, 40
  %550 = getelementptr inbounds float, float* %49, i64 %549
  %551 = load float, float* %550, align 4
  %552 = insertelement <8 x float> undef, float %551, i32 0
  %splat19 = shufflevector <8 x float> %552, <8 x float> undef, <8 x i32> zeroinitializer
  %553 = load <8 x float>, <8 x float>* %20, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %504, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %20, align 32
  %555 = load <8 x float>, <8 x float>* %14, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %508, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %14, align 32
  %557 = add i64 %500, 8
  %558 = getelementptr inbounds float, float* %4, i64 %557
  %559 = bitcast float* %558 to <8 x float>*
  %560 = load <8 x float>, <8 x float>* %559, align 4
  %561 = add i64 %500, 4104
  %562 = getelementptr inbounds float, float* %4, i64 %561
  %563 = bitcast float* %562 to <8 x float>*
  %564 = load <8 x float>, <8 x float>* %563, align 4
  %565 = add i64 %499, 1
  %566 = getelementptr inbounds float, float* %49, i64 %565
  %567 = load float, float* %566, align 4
  %568 = insertelement <8 x float> undef, float %567, i32 0
  %splat20 = shufflevector <8 x float> %568, <8 x float> undef, <8 x i32> zeroinitializer
  %569 = load <8 x float>, <8 x float>* %25, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %560, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %25, align 32
  %571 = load <8 x float>, <8 x float>* %19, align 32
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %564, <8 x float> %571)
  store <8 x float> %572, <8 x float>* %19, align 32
  %573 = add i64 %499, 9
  %574 = getelementptr inbounds float, float* %49, i64 %573
  %575 = load float, float* %574, align 4
  %576 = insertelement <8 x float> undef, float %575, i32 0
  %splat21 = shufflevector <8 x float> %576, <8 x float> undef, <8 x i32> zeroinitializer
  %577 = load <8 x float>, <8 x float>* %24, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %560, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %24, align 32
  %579 = load <8 x float>, <8 x float>* %18, align 32
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %564, <8 x float> %579)
  store <8 x float> %580, <8 x float>* %18, align 32
  %581 = add i64 %499, 17
  %582 = getelementptr inbounds float, float* %49, i64 %581
  %583 = load float, float* %582, align 4
  %584 = insertelement <8 x float> undef, float %583, i32 0
  %splat22 = shufflevector <8 x float> %584, <8 x float> undef, <8 x i32> zeroinitializer
  %585 = load <8 x float>, <8 x float>* %23, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %560, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %23, align 32
  %587 = load <8 x float>, <8 x float>* %17, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %564, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %17, align 32
  %589 = add i64 %499, 25
  %590 = getelementptr inbounds float, float* %49, i64 %589
  %591 = load float, float* %590, align 4
  %592 = insertelement <8 x float> undef, float %591, i32 0
  %splat23 = shufflevector <8 x float> %592, <8 x float> undef, <8 x i32> zeroinitializer
  %593 = load <8 x float>, <8 x float>* %22, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %560, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %22, align 32
  %595 = load <8 x float>, <8 x float>* %16, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %564, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %16, align 32
  %597 = add i64 %499, 33
  %598 = getelementptr inbounds float, float* %49, i64 %597
  %599 = load float, float* %598, align 4
  %600 = insertelement <8 x float> undef, float %599, i32 0
  %splat24 = shufflevector <8 x float> %600, <8 x float> undef, <8 x i32> zeroinitializer
  %601 = load <8 x float>, <8 x float>* %21, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %560, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %21, align 32
  %603 = load <8 x float>, <8 x float>* %15, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %564, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %15, align 32
  %605 = add i64 %499, 41
  %606 = getelementptr inbounds float, float* %49, i64 %605
  %607 = load float, float* %606, align 4
  %608 = insertelement <8 x float> undef, float %607, i32 0
  %splat25 = shufflevector <8 x float> %608, <8 x float> undef, <8 x i32> zeroinitializer
  %609 = load <8 x float>, <8 x float>* %20, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %560, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %20, align 32
  %611 = load <8 x float>, <8 x float>* %14, align 32
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %564, <8 x float> %611)
  store <8 x float> %612, <8 x float>* %14, align 32
  %613 = add i64 %500, 16
  %614 = getelementptr inbounds float, float* %4, i64 %613
  %615 = bitcast float* %614 to <8 x float>*
  %616 = load <8 x float>, <8 x float>* %615, align 4
  %617 = add i64 %500, 4112
  %618 = getelementptr inbounds float, float* %4, i64 %617
  %619 = bitcast float* %618 to <8 x float>*
  %620 = load <8 x float>, <8 x float>* %619, align 4
  %621 = add i64 %499, 2
  %622 = getelementptr inbounds float, float* %49, i64 %621
  %623 = load float, float* %622, align 4
  %624 = insertelement <8 x float> undef, float %623, i32 0
  %splat26 = shufflevector <8 x float> %624, <8 x float> undef, <8 x i32> zeroinitializer
  %625 = load <8 x float>, <8 x float>* %25, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %616, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %25, align 32
  %627 = load <8 x float>, <8 x float>* %19, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %620, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %19, align 32
  %629 = add i64 %499, 10
  %630 = getelementptr inbounds float, float* %49, i64 %629
  %631 = load float, float* %630, align 4
  %632 = insertelement <8 x float> undef, float %631, i32 0
  %splat27 = shufflevector <8 x float> %632, <8 x float> undef, <8 x i32> zeroinitializer
  %633 = load <8 x float>, <8 x float>* %24, align 32
  %634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %616, <8 x float> %633)
  store <8 x float> %634, <8 x float>* %24, align 32
  %635 = load <8 x float>, <8 x float>* %18, align 32
  %636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %620, <8 x float> %635)
  store <8 x float> %636, <8 x float>* %18, align 32
  %637 = add i64 %499, 18
  %638 = getelementptr inbounds float, float* %49, i64 %637
  %639 = load float, float* %638, align 4
  %640 = insertelement <8 x float> undef, float %639, i32 0
  %splat28 = shufflevector <8 x float> %640, <8 x float> undef, <8 x i32> zeroinitializer
  %641 = load <8 x float>, <8 x float>* %23, align 32
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %616, <8 x float> %641)
  store <8 x float> %642, <8 x float>* %23, align 32
  %643 = load <8 x float>, <8 x float>* %17, align 32
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %620, <8 x float> %643)
  store <8 x float> %644, <8 x float>* %17, align 32
  %645 = add i64 %499, 26
  %646 = getelementptr inbounds float, float* %49, i64 %645
  %647 = load float, float* %646, align 4
  %648 = insertelement <8 x float> undef, float %647, i32 0
  %splat29 = shufflevector <8 x float> %648, <8 x float> undef, <8 x i32> zeroinitializer
  %649 = load <8 x float>, <8 x float>* %22, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %616, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %22, align 32
  %651 = load <8 x float>, <8 x float>* %16, align 32
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %620, <8 x float> %651)
  store <8 x float> %652, <8 x float>* %16, align 32
  %653 = add i64 %499, 34
  %654 = getelementptr inbounds float, float* %49, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat30 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %21, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %616, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %21, align 32
  %659 = load <8 x float>, <8 x float>* %15, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %620, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %15, align 32
  %661 = add i64 %499, 42
  %662 = getelementptr inbounds float, float* %49, i64 %661
  %663 = load float, float* %662, align 4
  %664 = insertelement <8 x float> undef, float %663, i32 0
  %splat31 = shufflevector <8 x float> %664, <8 x float> undef, <8 x i32> zeroinitializer
  %665 = load <8 x float>, <8 x float>* %20, align 32
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %616, <8 x float> %665)
  store <8 x float> %666, <8 x float>* %20, align 32
  %667 = load <8 x float>, <8 x float>* %14, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %620, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %14, align 32
  %669 = add i64 %500, 24
  %670 = getelementptr inbounds float, float* %4, i64 %669
  %671 = bitcast float* %670 to <8 x float>*
  %672 = load <8 x float>, <8 x float>* %671, align 4
  %673 = add i64 %500, 4120
  %674 = getelementptr inbounds float, float* %4, i64 %673
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = add i64 %499, 3
  %678 = getelementptr inbounds float, float* %49, i64 %677
  %679 = load float, float* %678, align 4
  %680 = insertelement <8 x float> undef, float %679, i32 0
  %splat32 = shufflevector <8 x float> %680, <8 x float> undef, <8 x i32> zeroinitializer
  %681 = load <8 x float>, <8 x float>* %25, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %672, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %25, align 32
  %683 = load <8 x float>, <8 x float>* %19, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %676, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %19, align 32
  %685 = add i64 %499, 11
  %686 = getelementptr inbounds float, float* %49, i64 %685
  %687 = load float, float* %686, align 4
  %688 = insertelement <8 x float> undef, float %687, i32 0
  %splat33 = shufflevector <8 x float> %688, <8 x float> undef, <8 x i32> zeroinitializer
  %689 = load <8 x float>, <8 x float>* %24, align 32
  %690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %672, <8 x float> %689)
  store <8 x float> %690, <8 x float>* %24, align 32
  %691 = load <8 x float>, <8 x float>* %18, align 32
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %676, <8 x float> %691)
  store <8 x float> %692, <8 x float>* %18, align 32
  %693 = add i64 %499, 19
  %694 = getelementptr inbounds float, float* %49, i64 %693
  %695 = load float, float* %694, align 4
  %696 = insertelement <8 x float> undef, float %695, i32 0
  %splat34 = shufflevector <8 x float> %696, <8 x float> undef, <8 x i32> zeroinitializer
  %697 = load <8 x float>, <8 x float>* %23, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %672, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %23, align 32
  %699 = load <8 x float>, <8 x float>* %17, align 32
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %676, <8 x float> %699)
  store <8 x float> %700, <8 x float>* %17, align 32
  %701 = add i64 %499, 27
  %702 = getelementptr inbounds float, float* %49, i64 %701
  %703 = load float, float* %702, align 4
  %704 = insertelement <8 x float> undef, float %703, i32 0
  %splat35 = shufflevector <8 x float> %704, <8 x float> undef, <8 x i32> zeroinitializer
  %705 = load <8 x float>, <8 x float>* %22, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %672, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %22, align 32
  %707 = load <8 x float>, <8 x float>* %16, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %676, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %16, align 32
  %709 = add i64 %499, 35
  %710 = getelementptr inbounds float, float* %49, i64 %709
  %711 = load float, float* %710, align 4
  %712 = insertelement <8 x float> undef, float %711, i32 0
  %splat36 = shufflevector <8 x float> %712, <8 x float> undef, <8 x i32> zeroinitializer
  %713 = load <8 x float>, <8 x float>* %21, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %672, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %21, align 32
  %715 = load <8 x float>, <8 x float>* %15, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %676, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %15, align 32
  %717 = add i64 %499, 43
  %718 = getelementptr inbounds float, float* %49, i64 %717
  %719 = load float, float* %718, align 4
  %720 = insertelement <8 x float> undef, float %719, i32 0
  %splat37 = shufflevector <8 x float> %720, <8 x float> undef, <8 x i32> zeroinitializer
  %721 = load <8 x float>, <8 x float>* %20, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %672, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %20, align 32
  %723 = load <8 x float>, <8 x float>* %14, align 32
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %676, <8 x float> %723)
  store <8 x float> %724, <8 x float>* %14, align 32
  %725 = add i64 %500, 32
  %726 = getelementptr inbounds float, float* %4, i64 %725
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = add i64 %500, 4128
  %730 = getelementptr inbounds float, float* %4, i64 %729
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = add i64 %499, 4
  %734 = getelementptr inbounds float, float* %49, i64 %733
  %735 = load float, float* %734, align 4
  %736 = insertelement <8 x float> undef, float %735, i32 0
  %splat38 = shufflevector <8 x float> %736, <8 x float> undef, <8 x i32> zeroinitializer
  %737 = load <8 x float>, <8 x float>* %25, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %728, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %25, align 32
  %739 = load <8 x float>, <8 x float>* %19, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %732, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %19, align 32
  %741 = add i64 %499, 12
  %742 = getelementptr inbounds float, float* %49, i64 %741
  %743 = load float, float* %742, align 4
  %744 = insertelement <8 x float> undef, float %743, i32 0
  %splat39 = shufflevector <8 x float> %744, <8 x float> undef, <8 x i32> zeroinitializer
  %745 = load <8 x float>, <8 x float>* %24, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %728, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %24, align 32
  %747 = load <8 x float>, <8 x float>* %18, align 32
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %732, <8 x float> %747)
  store <8 x float> %748, <8 x float>* %18, align 32
  %749 = add i64 %499, 20
  %750 = getelementptr inbounds float, float* %49, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat40 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %23, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %728, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %23, align 32
  %755 = load <8 x float>, <8 x float>* %17, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %732, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %17, align 32
  %757 = add i64 %499, 28
  %758 = getelementptr inbounds float, float* %49, i64 %757
  %759 = load float, float* %758, align 4
  %760 = insertelement <8 x float> undef, float %759, i32 0
  %splat41 = shufflevector <8 x float> %760, <8 x float> undef, <8 x i32> zeroinitializer
  %761 = load <8 x float>, <8 x float>* %22, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %728, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %22, align 32
  %763 = load <8 x float>, <8 x float>* %16, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %732, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %16, align 32
  %765 = add i64 %499, 36
  %766 = getelementptr inbounds float, float* %49, i64 %765
  %767 = load float, float* %766, align 4
  %768 = insertelement <8 x float> undef, float %767, i32 0
  %splat42 = shufflevector <8 x float> %768, <8 x float> undef, <8 x i32> zeroinitializer
  %769 = load <8 x float>, <8 x float>* %21, align 32
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %728, <8 x float> %769)
  store <8 x float> %770, <8 x float>* %21, align 32
  %771 = load <8 x float>, <8 x float>* %15, align 32
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %732, <8 x float> %771)
  store <8 x float> %772, <8 x float>* %15, align 32
  %773 = add i64 %499, 44
  %774 = getelementptr inbounds float, float* %49, i64 %773
  %775 = load float, float* %774, align 4
  %776 = insertelement <8 x float> undef, float %775, i32 0
  %splat43 = shufflevector <8 x float> %776, <8 x float> undef, <8 x i32> zeroinitializer
  %777 = load <8 x float>, <8 x float>* %20, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %728, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %20, align 32
  %779 = load <8 x float>, <8 x float>* %14, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %732, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %14, align 32
  %781 = add i64 %500, 40
  %782 = getelementptr inbounds float, float* %4, i64 %781
  %783 = bitcast float* %782 to <8 x float>*
  %784 = load <8 x float>, <8 x float>* %783, align 4
  %785 = add i64 %500, 4136
  %786 = getelementptr inbounds float, float* %4, i64 %785
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = add i64 %499, 5
  %790 = getelementptr inbounds float, float* %49, i64 %789
  %791 = load float, float* %790, align 4
  %792 = insertelement <8 x float> undef, float %791, i32 0
  %splat44 = shufflevector <8 x float> %792, <8 x float> undef, <8 x i32> zeroinitializer
  %793 = load <8 x float>, <8 x float>* %25, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %784, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %25, align 32
  %795 = load <8 x float>, <8 x float>* %19, align 32
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %788, <8 x float> %795)
  store <8 x float> %796, <8 x float>* %19, align 32
  %797 = add i64 %499, 13
  %798 = getelementptr inbounds float, float* %49, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat45 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %24, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %784, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %24, align 32
  %803 = load <8 x float>, <8 x float>* %18, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %788, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %18, align 32
  %805 = add i64 %499, 21
  %806 = getelementptr inbounds float, float* %49, i64 %805
  %807 = load float, float* %806, align 4
  %808 = insertelement <8 x float> undef, float %807, i32 0
  %splat46 = shufflevector <8 x float> %808, <8 x float> undef, <8 x i32> zeroinitializer
  %809 = load <8 x float>, <8 x float>* %23, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %784, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %23, align 32
  %811 = load <8 x float>, <8 x float>* %17, align 32
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %788, <8 x float> %811)
  store <8 x float> %812, <8 x float>* %17, align 32
  %813 = add i64 %499, 29
  %814 = getelementptr inbounds float, float* %49, i64 %813
  %815 = load float, float* %814, align 4
  %816 = insertelement <8 x float> undef, float %815, i32 0
  %splat47 = shufflevector <8 x float> %816, <8 x float> undef, <8 x i32> zeroinitializer
  %817 = load <8 x float>, <8 x float>* %22, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %784, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %22, align 32
  %819 = load <8 x float>, <8 x float>* %16, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %788, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %16, align 32
  %821 = add i64 %499, 37
  %822 = getelementptr inbounds float, float* %49, i64 %821
  %823 = load float, float* %822, align 4
  %824 = insertelement <8 x float> undef, float %823, i32 0
  %splat48 = shufflevector <8 x float> %824, <8 x float> undef, <8 x i32> zeroinitializer
  %825 = load <8 x float>, <8 x float>* %21, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %784, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %21, align 32
  %827 = load <8 x float>, <8 x float>* %15, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %788, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %15, align 32
  %829 = add i64 %499, 45
  %830 = getelementptr inbounds float, float* %49, i64 %829
  %831 = load float, float* %830, align 4
  %832 = insertelement <8 x float> undef, float %831, i32 0
  %splat49 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
  %833 = load <8 x float>, <8 x float>* %20, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %784, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %20, align 32
  %835 = load <8 x float>, <8 x float>* %14, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %788, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %14, align 32
  %837 = add i64 %500, 48
  %838 = getelementptr inbounds float, float* %4, i64 %837
  %839 = bitcast float* %838 to <8 x float>*
  %840 = load <8 x float>, <8 x float>* %839, align 4
  %841 = add i64 %500, 4144
  %842 = getelementptr inbounds float, float* %4, i64 %841
  %843 = bitcast float* %842 to <8 x float>*
  %844 = load <8 x float>, <8 x float>* %843, align 4
  %845 = add i64 %499, 6
  %846 = getelementptr inbounds float, float* %49, i64 %845
  %847 = load float, float* %846, align 4
  %848 = insertelement <8 x float> undef, float %847, i32 0
  %splat50 = shufflevector <8 x float> %848, <8 x float> undef, <8 x i32> zeroinitializer
  %849 = load <8 x float>, <8 x float>* %25, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %840, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %25, align 32
  %851 = load <8 x float>, <8 x float>* %19, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %844, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %19, align 32
  %853 = add i64 %499, 14
  %854 = getelementptr inbounds float, float* %49, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat51 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %24, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %840, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %24, align 32
  %859 = load <8 x float>, <8 x float>* %18, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %844, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %18, align 32
  %861 = add i64 %499, 22
  %862 = getelementptr inbounds float, float* %49, i64 %861
  %863 = load float, float* %862, align 4
  %864 = insertelement <8 x float> undef, float %863, i32 0
  %splat52 = shufflevector <8 x float> %864, <8 x float> undef, <8 x i32> zeroinitializer
  %865 = load <8 x float>, <8 x float>* %23, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %840, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %23, align 32
  %867 = load <8 x float>, <8 x float>* %17, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %844, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %17, align 32
  %869 = add i64 %499, 30
  %870 = getelementptr inbounds float, float* %49, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat53 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %22, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %840, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %22, align 32
  %875 = load <8 x float>, <8 x float>* %16, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %844, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %16, align 32
  %877 = add i64 %499, 38
  %878 = getelementptr inbounds float, float* %49, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat54 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %21, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %840, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %21, align 32
  %883 = load <8 x float>, <8 x float>* %15, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %844, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %15, align 32
  %885 = add i64 %499, 46
  %886 = getelementptr inbounds float, float* %49, i64 %885
  %887 = load float, float* %886, align 4
  %888 = insertelement <8 x float> undef, float %887, i32 0
  %splat55 = shufflevector <8 x float> %888, <8 x float> undef, <8 x i32> zeroinitializer
  %889 = load <8 x float>, <8 x float>* %20, align 32
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %840, <8 x float> %889)
  store <8 x float> %890, <8 x float>* %20, align 32
  %891 = load <8 x float>, <8 x float>* %14, align 32
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %844, <8 x float> %891)
  store <8 x float> %892, <8 x float>* %14, align 32
  %893 = add i64 %500, 56
  %894 = getelementptr inbounds float, float* %4, i64 %893
  %895 = bitcast float* %894 to <8 x float>*
  %896 = load <8 x float>, <8 x float>* %895, align 4
  %897 = add i64 %500, 4152
  %898 = getelementptr inbounds float, float* %4, i64 %897
  %899 = bitcast float* %898 to <8 x float>*
  %900 = load <8 x float>, <8 x float>* %899, align 4
  %901 = add i64 %499, 7
  %902 = getelementptr inbounds float, float* %49, i64 %901
  %903 = load float, float* %902, align 4
  %904 = insertelement <8 x float> undef, float %903, i32 0
  %splat56 = shufflevector <8 x float> %904, <8 x float> undef, <8 x i32> zeroinitializer
  %905 = load <8 x float>, <8 x float>* %25, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %896, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %25, align 32
  %907 = load <8 x float>, <8 x float>* %19, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %900, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %19, align 32
  %909 = add i64 %499, 15
  %910 = getelementptr inbounds float, float* %49, i64 %909
  %911 = load float, float* %910, align 4
  %912 = insertelement <8 x float> undef, float %911, i32 0
  %splat57 = shufflevector <8 x float> %912, <8 x float> undef, <8 x i32> zeroinitializer
  %913 = load <8 x float>, <8 x float>* %24, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %896, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %24, align 32
  %915 = load <8 x float>, <8 x float>* %18, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %900, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %18, align 32
  %917 = add i64 %499, 23
  %918 = getelementptr inbounds float, float* %49, i64 %917
  %919 = load float, float* %918, align 4
  %920 = insertelement <8 x float> undef, float %919, i32 0
  %splat58 = shufflevector <8 x float> %920, <8 x float> undef, <8 x i32> zeroinitializer
  %921 = load <8 x float>, <8 x float>* %23, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %896, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %23, align 32
  %923 = load <8 x float>, <8 x float>* %17, align 32
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %900, <8 x float> %923)
  store <8 x float> %924, <8 x float>* %17, align 32
  %925 = add i64 %499, 31
  %926 = getelementptr inbounds float, float* %49, i64 %925
  %927 = load float, float* %926, align 4
  %928 = insertelement <8 x float> undef, float %927, i32 0
  %splat59 = shufflevector <8 x float> %928, <8 x float> undef, <8 x i32> zeroinitializer
  %929 = load <8 x float>, <8 x float>* %22, align 32
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %896, <8 x float> %929)
  store <8 x float> %930, <8 x float>* %22, align 32
  %931 = load <8 x float>, <8 x float>* %16, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %900, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %16, align 32
  %933 = add i64 %499, 39
  %934 = getelementptr inbounds float, float* %49, i64 %933
  %935 = load float, float* %934, align 4
  %936 = insertelement <8 x float> undef, float %935, i32 0
  %splat60 = shufflevector <8 x float> %936, <8 x float> undef, <8 x i32> zeroinitializer
  %937 = load <8 x float>, <8 x float>* %21, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %896, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %21, align 32
  %939 = load <8 x float>, <8 x float>* %15, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %900, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %15, align 32
  %941 = add i64 %499, 47
  %942 = getelementptr inbounds float, float* %49, i64 %941
  %943 = load float, float* %942, align 4
  %944 = insertelement <8 x float> undef, float %943, i32 0
  %splat61 = shufflevector <8 x float> %944, <8 x float> undef, <8 x i32> zeroinitializer
  %945 = load <8 x float>, <8 x float>* %20, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %896, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %20, align 32
  %947 = load <8 x float>, <8 x float>* %14, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %900, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %14, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %949 = load <8 x float>, <8 x float>* %25, align 32
  %950 = fcmp olt <8 x float> %949, zeroinitializer
  %951 = select <8 x i1> %950, <8 x float> zeroinitializer, <8 x float> %949
  %952 = getelementptr inbounds float, float* %0, i64 %410
  %953 = bitcast float* %952 to <8 x float>*
  store <8 x float> %951, <8 x float>* %953, align 4
  %954 = load <8 x float>, <8 x float>* %24, align 32
  %955 = fcmp olt <8 x float> %954, zeroinitializer
  %956 = select <8 x i1> %955, <8 x float> zeroinitializer, <8 x float> %954
  %957 = getelementptr inbounds float, float* %0, i64 %413
  %958 = bitcast float* %957 to <8 x float>*
  store <8 x float> %956, <8 x float>* %958, align 4
  %959 = load <8 x float>, <8 x float>* %23, align 32
  %960 = fcmp olt <8 x float> %959, zeroinitializer
  %961 = select <8 x i1> %960, <8 x float> zeroinitializer, <8 x float> %959
  %962 = getelementptr inbounds float, float* %0, i64 %416
  %963 = bitcast float* %962 to <8 x float>*
  store <8 x float> %961, <8 x float>* %963, align 4
  %964 = load <8 x float>, <8 x float>* %22, align 32
  %965 = fcmp olt <8 x float> %964, zeroinitializer
  %966 = select <8 x i1> %965, <8 x float> zeroinitializer, <8 x float> %964
  %967 = getelementptr inbounds float, float* %0, i64 %419
  %968 = bitcast float* %967 to <8 x float>*
  store <8 x float> %966, <8 x float>* %968, align 4
  %969 = load <8 x float>, <8 x float>* %21, align 32
  %970 = fcmp olt <8 x float> %969, zeroinitializer
  %971 = select <8 x i1> %970, <8 x float> zeroinitializer, <8 x float> %969
  %972 = getelementptr inbounds float, float* %0, i64 %422
  %973 = bitcast float* %972 to <8 x float>*
  store <8 x float> %971, <8 x float>* %973, align 4
  %974 = load <8 x float>, <8 x float>* %20, align 32
  %975 = fcmp olt <8 x float> %974, zeroinitializer
  %976 = select <8 x i1> %975, <8 x float> zeroinitializer, <8 x float> %974
  %977 = getelementptr inbounds float, float* %0, i64 %425
  %978 = bitcast float* %977 to <8 x float>*
  store <8 x float> %976, <8 x float>* %978, align 4
  %979 = load <8 x float>, <8 x float>* %19, align 32
  %980 = fcmp olt <8 x float> %979, zeroinitializer
  %981 = select <8 x i1> %980, <8 x float> zeroinitializer, <8 x float> %979
  %982 = getelementptr inbounds float, float* %0, i64 %432
  %983 = bitcast float* %982 to <8 x float>*
  store <8 x float> %981, <8 x float>* %983, align 4
  %984 = load <8 x float>, <8 x float>* %18, align 32
  %985 = fcmp olt <8 x float> %984, zeroinitializer
  %986 = select <8 x i1> %985, <8 x float> zeroinitializer, <8 x float> %984
  %987 = getelementptr inbounds float, float* %0, i64 %435
  %988 = bitcast float* %987 to <8 x float>*
  store <8 x float> %986, <8 x float>* %988, align 4
  %989 = load <8 x float>, <8 x float>* %17, align 32
  %990 = fcmp olt <8 x float> %989, zeroinitializer
  %991 = select <8 x i1> %990, <8 x float> zeroinitializer, <8 x float> %989
  %992 = getelementptr inbounds float, float* %0, i64 %438
  %993 = bitcast float* %992 to <8 x float>*
  store <8 x float> %991, <8 x float>* %993, align 4
  %994 = load <8 x float>, <8 x float>* %16, align 32
  %995 = fcmp olt <8 x float> %994, zeroinitializer
  %996 = select <8 x i1> %995, <8 x float> zeroinitializer, <8 x float> %994
  %997 = getelementptr inbounds float, float* %0, i64 %441
  %998 = bitcast float* %997 to <8 x float>*
  store <8 x float> %996, <8 x float>* %998, align 4
  %999 = load <8 x float>, <8 x float>* %15, align 32
  %1000 = fcmp olt <8 x float> %999, zeroinitializer
  %1001 = select <8 x i1> %1000, <8 x float> zeroinitializer, <8 x float> %999
  %1002 = getelementptr inbounds float, float* %0, i64 %444
  %1003 = bitcast float* %1002 to <8 x float>*
  store <8 x float> %1001, <8 x float>* %1003, align 4
  %1004 = load <8 x float>, <8 x float>* %14, align 32
  %1005 = fcmp olt <8 x float> %1004, zeroinitializer
  %1006 = select <8 x i1> %1005, <8 x float> zeroinitializer, <8 x float> %1004
  %1007 = getelementptr inbounds float, float* %0, i64 %447
  %1008 = bitcast float* %1007 to <8 x float>*
  store <8 x float> %1006, <8 x float>* %1008, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header62:                                       ; preds = %u.body63, %x.exit
  %u65 = phi i64 [ 0, %x.exit ], [ %u.next82, %u.body63 ]
  %1009 = icmp slt i64 %u65, 64
  br i1 %1009, label %u.body63, label %u.exit64

u.body63:                                         ; preds = %u.header62
  %1010 = add i64 0, %u65
  %1011 = mul i64 %1010, 784
  %1012 = add i64 768, %1011
  %1013 = mul i64 %1010, 64
  %1014 = add i64 %401, %1013
  %1015 = add i64 %1012, 0
  %1016 = add i64 %1015, 0
  %1017 = add i64 %1014, 0
  %1018 = add i64 %1017, 0
  %1019 = getelementptr inbounds float, float* %4, i64 %1018
  %1020 = bitcast float* %1019 to <8 x float>*
  %1021 = load <8 x float>, <8 x float>* %1020, align 4
  %1022 = add i64 %1017, 4096
  %1023 = getelementptr inbounds float, float* %4, i64 %1022
  %1024 = bitcast float* %1023 to <8 x float>*
  %1025 = load <8 x float>, <8 x float>* %1024, align 4
  %1026 = add i64 %1016, 0
  %1027 = getelementptr inbounds float, float* %49, i64 %1026
  %1028 = load float, float* %1027, align 4
  %1029 = insertelement <8 x float> undef, float %1028, i32 0
  %splat66 = shufflevector <8 x float> %1029, <8 x float> undef, <8 x i32> zeroinitializer
  %1030 = load <8 x float>, <8 x float>* %13, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1021, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %13, align 32
  %1032 = load <8 x float>, <8 x float>* %11, align 32
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1025, <8 x float> %1032)
  store <8 x float> %1033, <8 x float>* %11, align 32
  %1034 = add i64 %1016, 8
  %1035 = getelementptr inbounds float, float* %49, i64 %1034
  %1036 = load float, float* %1035, align 4
  %1037 = insertelement <8 x float> undef, float %1036, i32 0
  %splat67 = shufflevector <8 x float> %1037, <8 x float> undef, <8 x i32> zeroinitializer
  %1038 = load <8 x float>, <8 x float>* %12, align 32
  %1039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1021, <8 x float> %1038)
  store <8 x float> %1039, <8 x float>* %12, align 32
  %1040 = load <8 x float>, <8 x float>* %10, align 32
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1025, <8 x float> %1040)
  store <8 x float> %1041, <8 x float>* %10, align 32
  %1042 = add i64 %1017, 8
  %1043 = getelementptr inbounds float, float* %4, i64 %1042
  %1044 = bitcast float* %1043 to <8 x float>*
  %1045 = load <8 x float>, <8 x float>* %1044, align 4
  %1046 = add i64 %1017, 4104
  %1047 = getelementptr inbounds float, float* %4, i64 %1046
  %1048 = bitcast float* %1047 to <8 x float>*
  %1049 = load <8 x float>, <8 x float>* %1048, align 4
  %1050 = add i64 %1016, 1
  %1051 = getelementptr inbounds float, float* %49, i64 %1050
  %1052 = load float, float* %1051, align 4
  %1053 = insertelement <8 x float> undef, float %1052, i32 0
  %splat68 = shufflevector <8 x float> %1053, <8 x float> undef, <8 x i32> zeroinitializer
  %1054 = load <8 x float>, <8 x float>* %13, align 32
  %1055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1045, <8 x float> %1054)
  store <8 x float> %1055, <8 x float>* %13, align 32
  %1056 = load <8 x float>, <8 x float>* %11, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1049, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %11, align 32
  %1058 = add i64 %1016, 9
  %1059 = getelementptr inbounds float, float* %49, i64 %1058
  %1060 = load float, float* %1059, align 4
  %1061 = insertelement <8 x float> undef, float %1060, i32 0
  %splat69 = shufflevector <8 x float> %1061, <8 x float> undef, <8 x i32> zeroinitializer
  %1062 = load <8 x float>, <8 x float>* %12, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1045, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %12, align 32
  %1064 = load <8 x float>, <8 x float>* %10, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1049, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %10, align 32
  %1066 = add i64 %1017, 16
  %1067 = getelementptr inbounds float, float* %4, i64 %1066
  %1068 = bitcast float* %1067 to <8 x float>*
  %1069 = load <8 x float>, <8 x float>* %1068, align 4
  %1070 = add i64 %1017, 4112
  %1071 = getelementptr inbounds float, float* %4, i64 %1070
  %1072 = bitcast float* %1071 to <8 x float>*
  %1073 = load <8 x float>, <8 x float>* %1072, align 4
  %1074 = add i64 %1016, 2
  %1075 = getelementptr inbounds float, float* %49, i64 %1074
  %1076 = load float, float* %1075, align 4
  %1077 = insertelement <8 x float> undef, float %1076, i32 0
  %splat70 = shufflevector <8 x float> %1077, <8 x float> undef, <8 x i32> zeroinitializer
  %1078 = load <8 x float>, <8 x float>* %13, align 32
  %1079 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1069, <8 x float> %1078)
  store <8 x float> %1079, <8 x float>* %13, align 32
  %1080 = load <8 x float>, <8 x float>* %11, align 32
  %1081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1073, <8 x float> %1080)
  store <8 x float> %1081, <8 x float>* %11, align 32
  %1082 = add i64 %1016, 10
  %1083 = getelementptr inbounds float, float* %49, i64 %1082
  %1084 = load float, float* %1083, align 4
  %1085 = insertelement <8 x float> undef, float %1084, i32 0
  %splat71 = shufflevector <8 x float> %1085, <8 x float> undef, <8 x i32> zeroinitializer
  %1086 = load <8 x float>, <8 x float>* %12, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1069, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %12, align 32
  %1088 = load <8 x float>, <8 x float>* %10, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1073, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %10, align 32
  %1090 = add i64 %1017, 24
  %1091 = getelementptr inbounds float, float* %4, i64 %1090
  %1092 = bitcast float* %1091 to <8 x float>*
  %1093 = load <8 x float>, <8 x float>* %1092, align 4
  %1094 = add i64 %1017, 4120
  %1095 = getelementptr inbounds float, float* %4, i64 %1094
  %1096 = bitcast float* %1095 to <8 x float>*
  %1097 = load <8 x float>, <8 x float>* %1096, align 4
  %1098 = add i64 %1016, 3
  %1099 = getelementptr inbounds float, float* %49, i64 %1098
  %1100 = load float, float* %1099, align 4
  %1101 = insertelement <8 x float> undef, float %1100, i32 0
  %splat72 = shufflevector <8 x float> %1101, <8 x float> undef, <8 x i32> zeroinitializer
  %1102 = load <8 x float>, <8 x float>* %13, align 32
  %1103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1093, <8 x float> %1102)
  store <8 x float> %1103, <8 x float>* %13, align 32
  %1104 = load <8 x float>, <8 x float>* %11, align 32
  %1105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1097, <8 x float> %1104)
  store <8 x float> %1105, <8 x float>* %11, align 32
  %1106 = add i64 %1016, 11
  %1107 = getelementptr inbounds float, float* %49, i64 %1106
  %1108 = load float, float* %1107, align 4
  %1109 = insertelement <8 x float> undef, float %1108, i32 0
  %splat73 = shufflevector <8 x float> %1109, <8 x float> undef, <8 x i32> zeroinitializer
  %1110 = load <8 x float>, <8 x float>* %12, align 32
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1093, <8 x float> %1110)
  store <8 x float> %1111, <8 x float>* %12, align 32
  %1112 = load <8 x float>, <8 x float>* %10, align 32
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1097, <8 x float> %1112)
  store <8 x float> %1113, <8 x float>* %10, align 32
  %1114 = add i64 %1017, 32
  %1115 = getelementptr inbounds float, float* %4, i64 %1114
  %1116 = bitcast float* %1115 to <8 x float>*
  %1117 = load <8 x float>, <8 x float>* %1116, align 4
  %1118 = add i64 %1017, 4128
  %1119 = getelementptr inbounds float, float* %4, i64 %1118
  %1120 = bitcast float* %1119 to <8 x float>*
  %1121 = load <8 x float>, <8 x float>* %1120, align 4
  %1122 = add i64 %1016, 4
  %1123 = getelementptr inbounds float, float* %49, i64 %1122
  %1124 = load float, float* %1123, align 4
  %1125 = insertelement <8 x float> undef, float %1124, i32 0
  %splat74 = shufflevector <8 x float> %1125, <8 x float> undef, <8 x i32> zeroinitializer
  %1126 = load <8 x float>, <8 x float>* %13, align 32
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1117, <8 x float> %1126)
  store <8 x float> %1127, <8 x float>* %13, align 32
  %1128 = load <8 x float>, <8 x float>* %11, align 32
  %1129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1121, <8 x float> %1128)
  store <8 x float> %1129, <8 x float>* %11, align 32
  %1130 = add i64 %1016, 12
  %1131 = getelementptr inbounds float, float* %49, i64 %1130
  %1132 = load float, float* %1131, align 4
  %1133 = insertelement <8 x float> undef, float %1132, i32 0
  %splat75 = shufflevector <8 x float> %1133, <8 x float> undef, <8 x i32> zeroinitializer
  %1134 = load <8 x float>, <8 x float>* %12, align 32
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1117, <8 x float> %1134)
  store <8 x float> %1135, <8 x float>* %12, align 32
  %1136 = load <8 x float>, <8 x float>* %10, align 32
  %1137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1121, <8 x float> %1136)
  store <8 x float> %1137, <8 x float>* %10, align 32
  %1138 = add i64 %1017, 40
  %1139 = getelementptr inbounds float, float* %4, i64 %1138
  %1140 = bitcast float* %1139 to <8 x float>*
  %1141 = load <8 x float>, <8 x float>* %1140, align 4
  %1142 = add i64 %1017, 4136
  %1143 = getelementptr inbounds float, float* %4, i64 %1142
  %1144 = bitcast float* %1143 to <8 x float>*
  %1145 = load <8 x float>, <8 x float>* %1144, align 4
  %1146 = add i64 %1016, 5
  %1147 = getelementptr inbounds float, float* %49, i64 %1146
  %1148 = load float, float* %1147, align 4
  %1149 = insertelement <8 x float> undef, float %1148, i32 0
  %splat76 = shufflevector <8 x float> %1149, <8 x float> undef, <8 x i32> zeroinitializer
  %1150 = load <8 x float>, <8 x float>* %13, align 32
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1141, <8 x float> %1150)
  store <8 x float> %1151, <8 x float>* %13, align 32
  %1152 = load <8 x float>, <8 x float>* %11, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1145, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %11, align 32
  %1154 = add i64 %1016, 13
  %1155 = getelementptr inbounds float, float* %49, i64 %1154
  %1156 = load float, float* %1155, align 4
  %1157 = insertelement <8 x float> undef, float %1156, i32 0
  %splat77 = shufflevector <8 x float> %1157, <8 x float> undef, <8 x i32> zeroinitializer
  %1158 = load <8 x float>, <8 x float>* %12, align 32
  %1159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1141, <8 x float> %1158)
  store <8 x float> %1159, <8 x float>* %12, align 32
  %1160 = load <8 x float>, <8 x float>* %10, align 32
  %1161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1145, <8 x float> %1160)
  store <8 x float> %1161, <8 x float>* %10, align 32
  %1162 = add i64 %1017, 48
  %1163 = getelementptr inbounds float, float* %4, i64 %1162
  %1164 = bitcast float* %1163 to <8 x float>*
  %1165 = load <8 x float>, <8 x float>* %1164, align 4
  %1166 = add i64 %1017, 4144
  %1167 = getelementptr inbounds float, float* %4, i64 %1166
  %1168 = bitcast float* %1167 to <8 x float>*
  %1169 = load <8 x float>, <8 x float>* %1168, align 4
  %1170 = add i64 %1016, 6
  %1171 = getelementptr inbounds float, float* %49, i64 %1170
  %1172 = load float, float* %1171, align 4
  %1173 = insertelement <8 x float> undef, float %1172, i32 0
  %splat78 = shufflevector <8 x float> %1173, <8 x float> undef, <8 x i32> zeroinitializer
  %1174 = load <8 x float>, <8 x float>* %13, align 32
  %1175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1165, <8 x float> %1174)
  store <8 x float> %1175, <8 x float>* %13, align 32
  %1176 = load <8 x float>, <8 x float>* %11, align 32
  %1177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1169, <8 x float> %1176)
  store <8 x float> %1177, <8 x float>* %11, align 32
  %1178 = add i64 %1016, 14
  %1179 = getelementptr inbounds float, float* %49, i64 %1178
  %1180 = load float, float* %1179, align 4
  %1181 = insertelement <8 x float> undef, float %1180, i32 0
  %splat79 = shufflevector <8 x float> %1181, <8 x float> undef, <8 x i32> zeroinitializer
  %1182 = load <8 x float>, <8 x float>* %12, align 32
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1165, <8 x float> %1182)
  store <8 x float> %1183, <8 x float>* %12, align 32
  %1184 = load <8 x float>, <8 x float>* %10, align 32
  %1185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1169, <8 x float> %1184)
  store <8 x float> %1185, <8 x float>* %10, align 32
  %1186 = add i64 %1017, 56
  %1187 = getelementptr inbounds float, float* %4, i64 %1186
  %1188 = bitcast float* %1187 to <8 x float>*
  %1189 = load <8 x float>, <8 x float>* %1188, align 4
  %1190 = add i64 %1017, 4152
  %1191 = getelementptr inbounds float, float* %4, i64 %1190
  %1192 = bitcast float* %1191 to <8 x float>*
  %1193 = load <8 x float>, <8 x float>* %1192, align 4
  %1194 = add i64 %1016, 7
  %1195 = getelementptr inbounds float, float* %49, i64 %1194
  %1196 = load float, float* %1195, align 4
  %1197 = insertelement <8 x float> undef, float %1196, i32 0
  %splat80 = shufflevector <8 x float> %1197, <8 x float> undef, <8 x i32> zeroinitializer
  %1198 = load <8 x float>, <8 x float>* %13, align 32
  %1199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1189, <8 x float> %1198)
  store <8 x float> %1199, <8 x float>* %13, align 32
  %1200 = load <8 x float>, <8 x float>* %11, align 32
  %1201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1193, <8 x float> %1200)
  store <8 x float> %1201, <8 x float>* %11, align 32
  %1202 = add i64 %1016, 15
  %1203 = getelementptr inbounds float, float* %49, i64 %1202
  %1204 = load float, float* %1203, align 4
  %1205 = insertelement <8 x float> undef, float %1204, i32 0
  %splat81 = shufflevector <8 x float> %1205, <8 x float> undef, <8 x i32> zeroinitializer
  %1206 = load <8 x float>, <8 x float>* %12, align 32
  %1207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1189, <8 x float> %1206)
  store <8 x float> %1207, <8 x float>* %12, align 32
  %1208 = load <8 x float>, <8 x float>* %10, align 32
  %1209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1193, <8 x float> %1208)
  store <8 x float> %1209, <8 x float>* %10, align 32
  %u.next82 = add i64 %u65, 1
  br label %u.header62

u.exit64:                                         ; preds = %u.header62
  %1210 = load <8 x float>, <8 x float>* %13, align 32
  %1211 = fcmp olt <8 x float> %1210, zeroinitializer
  %1212 = select <8 x i1> %1211, <8 x float> zeroinitializer, <8 x float> %1210
  %1213 = getelementptr inbounds float, float* %0, i64 %468
  %1214 = bitcast float* %1213 to <8 x float>*
  store <8 x float> %1212, <8 x float>* %1214, align 4
  %1215 = load <8 x float>, <8 x float>* %12, align 32
  %1216 = fcmp olt <8 x float> %1215, zeroinitializer
  %1217 = select <8 x i1> %1216, <8 x float> zeroinitializer, <8 x float> %1215
  %1218 = getelementptr inbounds float, float* %0, i64 %471
  %1219 = bitcast float* %1218 to <8 x float>*
  store <8 x float> %1217, <8 x float>* %1219, align 4
  %1220 = load <8 x float>, <8 x float>* %11, align 32
  %1221 = fcmp olt <8 x float> %1220, zeroinitializer
  %1222 = select <8 x i1> %1221, <8 x float> zeroinitializer, <8 x float> %1220
  %1223 = getelementptr inbounds float, float* %0, i64 %478
  %1224 = bitcast float* %1223 to <8 x float>*
  store <8 x float> %1222, <8 x float>* %1224, align 4
  %1225 = load <8 x float>, <8 x float>* %10, align 32
  %1226 = fcmp olt <8 x float> %1225, zeroinitializer
  %1227 = select <8 x i1> %1226, <8 x float> zeroinitializer, <8 x float> %1225
  %1228 = getelementptr inbounds float, float* %0, i64 %481
  %1229 = bitcast float* %1228 to <8 x float>*
  store <8 x float> %1227, <8 x float>* %1229, align 4
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
  call void @node7.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %27, i64 %29)
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
  %31 = add i64 %9, 0
  %32 = sdiv i64 %31, 1
  %33 = icmp slt i64 64, %32
  %34 = select i1 %33, i64 64, i64 %32
  %35 = icmp sgt i64 1, %34
  %36 = select i1 %35, i64 1, i64 %34
  %37 = sub i64 %36, 1
  %38 = add i64 64, %37
  %39 = sdiv i64 %38, %36
  %40 = bitcast [25088 x float]* %band to float*
  %41 = mul i64 %36, 1
  %42 = sub i64 %9, 1
  %43 = add i64 %41, %42
  %44 = sdiv i64 %43, %9
  %45 = mul i64 %8, %44
  %46 = icmp slt i64 %45, %41
  %47 = select i1 %46, i64 %45, i64 %41
  %48 = add i64 %47, %44
  %49 = icmp slt i64 %48, %41
  %50 = select i1 %49, i64 %48, i64 %41
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %47, %entry ], [ %task.next, %block.group.exit ]
  %51 = icmp slt i64 %task, %50
  br i1 %51, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %52 = srem i64 %task, %36
  %53 = sdiv i64 %task, %36
  %54 = srem i64 %53, 1
  %55 = mul i64 %36, 1
  %56 = sdiv i64 %task, %55
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %57 = icmp slt i64 %channel.block, 64
  br i1 %57, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %58 = mul i64 %56, 64
  %59 = add i64 %58, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %60 = mul i64 %52, %39
  %61 = add i64 %60, %39
  %62 = icmp slt i64 %61, 64
  %63 = select i1 %62, i64 %61, i64 64
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit ]
  %64 = icmp slt i64 %band.row, 7
  br i1 %64, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %65 = mul i64 %54, 7
  %66 = add i64 %65, %band.row
  %67 = mul i64 %channel.block, 7
  %68 = add i64 %67, %band.row
  %69 = mul i64 %68, 56
  %70 = srem i64 %59, 64
  %71 = mul i64 %59, 1568
  %72 = mul i64 %66, 2
  %73 = sub i64 %72, 1
  %74 = mul i64 %70, 8
  %75 = getelementptr inbounds float, float* %7, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  store <8 x float> %77, <8 x float>* %30, align 32
  store <8 x float> %77, <8 x float>* %29, align 32
  store <8 x float> %77, <8 x float>* %28, align 32
  store <8 x float> %77, <8 x float>* %27, align 32
  store <8 x float> %77, <8 x float>* %26, align 32
  store <8 x float> %77, <8 x float>* %25, align 32
  store <8 x float> %77, <8 x float>* %24, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !16

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %78 = icmp slt i64 %kh, 3
  br i1 %78, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %79 = mul i64 %kh, 1
  %80 = add i64 %73, %79
  %81 = icmp sge i64 %80, 0
  %82 = icmp slt i64 %80, 14
  %83 = and i1 %81, %82
  br i1 %83, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %84 = add i64 %69, 0
  %85 = load <8 x float>, <8 x float>* %30, align 32
  %86 = fcmp olt <8 x float> %85, zeroinitializer
  %87 = select <8 x i1> %86, <8 x float> zeroinitializer, <8 x float> %85
  %88 = getelementptr inbounds float, float* %40, i64 %84
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %87, <8 x float>* %89, align 4
  %90 = add i64 %69, 8
  %91 = load <8 x float>, <8 x float>* %29, align 32
  %92 = fcmp olt <8 x float> %91, zeroinitializer
  %93 = select <8 x i1> %92, <8 x float> zeroinitializer, <8 x float> %91
  %94 = getelementptr inbounds float, float* %40, i64 %90
  %95 = bitcast float* %94 to <8 x float>*
  store <8 x float> %93, <8 x float>* %95, align 4
  %96 = add i64 %69, 16
  %97 = load <8 x float>, <8 x float>* %28, align 32
  %98 = fcmp olt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> zeroinitializer, <8 x float> %97
  %100 = getelementptr inbounds float, float* %40, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %69, 24
  %103 = load <8 x float>, <8 x float>* %27, align 32
  %104 = fcmp olt <8 x float> %103, zeroinitializer
  %105 = select <8 x i1> %104, <8 x float> zeroinitializer, <8 x float> %103
  %106 = getelementptr inbounds float, float* %40, i64 %102
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %105, <8 x float>* %107, align 4
  %108 = add i64 %69, 32
  %109 = load <8 x float>, <8 x float>* %26, align 32
  %110 = fcmp olt <8 x float> %109, zeroinitializer
  %111 = select <8 x i1> %110, <8 x float> zeroinitializer, <8 x float> %109
  %112 = getelementptr inbounds float, float* %40, i64 %108
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %111, <8 x float>* %113, align 4
  %114 = add i64 %69, 40
  %115 = load <8 x float>, <8 x float>* %25, align 32
  %116 = fcmp olt <8 x float> %115, zeroinitializer
  %117 = select <8 x i1> %116, <8 x float> zeroinitializer, <8 x float> %115
  %118 = getelementptr inbounds float, float* %40, i64 %114
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %117, <8 x float>* %119, align 4
  %120 = add i64 %69, 48
  %121 = load <8 x float>, <8 x float>* %24, align 32
  %122 = fcmp olt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> zeroinitializer, <8 x float> %121
  %124 = getelementptr inbounds float, float* %40, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !17

then:                                             ; preds = %kh.body
  %126 = mul i64 %80, 112
  %127 = add i64 %71, %126
  %128 = mul i64 %70, 3
  %129 = add i64 %128, %kh
  %130 = mul i64 %129, 24
  %131 = add i64 %130, 0
  %132 = getelementptr inbounds float, float* %6, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  %135 = add i64 %130, 8
  %136 = getelementptr inbounds float, float* %6, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = add i64 %130, 16
  %140 = getelementptr inbounds float, float* %6, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = add i64 %127, -8
  %144 = add i64 %143, 8
  %145 = getelementptr inbounds float, float* %1, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = load <8 x float>, <8 x float>* %30, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %147, <8 x float> %138, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %30, align 32
  %150 = add i64 %143, 16
  %151 = getelementptr inbounds float, float* %1, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = load <8 x float>, <8 x float>* %30, align 32
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %153, <8 x float> %142, <8 x float> %154)
  store <8 x float> %155, <8 x float>* %30, align 32
  %156 = load <8 x float>, <8 x float>* %29, align 32
  %157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %153, <8 x float> %134, <8 x float> %156)
  store <8 x float> %157, <8 x float>* %29, align 32
  %158 = add i64 %143, 24
  %159 = getelementptr inbounds float, float* %1, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = load <8 x float>, <8 x float>* %29, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %138, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %29, align 32
  %164 = add i64 %143, 32
  %165 = getelementptr inbounds float, float* %1, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  %167 = load <8 x float>, <8 x float>* %166, align 4
  %168 = load <8 x float>, <8 x float>* %29, align 32
  %169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %167, <8 x float> %142, <8 x float> %168)
  store <8 x float> %169, <8 x float>* %29, align 32
  %170 = load <8 x float>, <8 x float>* %28, align 32
  %171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %167, <8 x float> %134, <8 x float> %170)
  store <8 x float> %171, <8 x float>* %28, align 32
  %172 = add i64 %143, 40
  %173 = getelementptr inbounds float, float* %1, i64 %172
  %174 = bitcast float* %173 to <8 x float>*
  %175 = load <8 x float>, <8 x float>* %174, align 4
  %176 = load <8 x float>, <8 x float>* %28, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> %138, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %28, align 32
  %178 = add i64 %143, 48
  %179 = getelementptr inbounds float, float* %1, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = load <8 x float>, <8 x float>* %28, align 32
  %183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %142, <8 x float> %182)
  store <8 x float> %183, <8 x float>* %28, align 32
  %184 = load <8 x float>, <8 x float>* %27, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %134, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %27, align 32
  %186 = add i64 %143, 56
  %187 = getelementptr inbounds float, float* %1, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = load <8 x float>, <8 x float>* %27, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %189, <8 x float> %138, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %27, align 32
  %192 = add i64 %143, 64
  %193 = getelementptr inbounds float, float* %1, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = load <8 x float>, <8 x float>* %27, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> %142, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %27, align 32
  %198 = load <8 x float>, <8 x float>* %26, align 32
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> %134, <8 x float> %198)
  store <8 x float> %199, <8 x float>* %26, align 32
  %200 = add i64 %143, 72
  %201 = getelementptr inbounds float, float* %1, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = load <8 x float>, <8 x float>* %26, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %203, <8 x float> %138, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %26, align 32
  %206 = add i64 %143, 80
  %207 = getelementptr inbounds float, float* %1, i64 %206
  %208 = bitcast float* %207 to <8 x float>*
  %209 = load <8 x float>, <8 x float>* %208, align 4
  %210 = load <8 x float>, <8 x float>* %26, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %209, <8 x float> %142, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %26, align 32
  %212 = load <8 x float>, <8 x float>* %25, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %209, <8 x float> %134, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %25, align 32
  %214 = add i64 %143, 88
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  %217 = load <8 x float>, <8 x float>* %216, align 4
  %218 = load <8 x float>, <8 x float>* %25, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %217, <8 x float> %138, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %25, align 32
  %220 = add i64 %143, 96
  %221 = getelementptr inbounds float, float* %1, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  %223 = load <8 x float>, <8 x float>* %222, align 4
  %224 = load <8 x float>, <8 x float>* %25, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %142, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %25, align 32
  %226 = load <8 x float>, <8 x float>* %24, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %134, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %24, align 32
  %228 = add i64 %143, 104
  %229 = getelementptr inbounds float, float* %1, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  %231 = load <8 x float>, <8 x float>* %230, align 4
  %232 = load <8 x float>, <8 x float>* %24, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %231, <8 x float> %138, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %24, align 32
  %234 = add i64 %143, 112
  %235 = getelementptr inbounds float, float* %1, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  %237 = load <8 x float>, <8 x float>* %236, align 4
  %238 = load <8 x float>, <8 x float>* %24, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> %142, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %24, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

block.group.header:                               ; preds = %u.exit50, %channel.block.exit
  %block.group = phi i64 [ %60, %channel.block.exit ], [ %block.group.next, %u.exit50 ]
  %240 = icmp slt i64 %block.group, %63
  br i1 %240, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %241 = mul i64 %block.group, 2
  %242 = add i64 0, %241
  %243 = mul i64 %54, 49
  %244 = mul i64 %block.group, 2
  %245 = add i64 0, %244
  %246 = mul i64 %245, 4096
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
  %249 = mul i64 %56, 128
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
  %271 = mul i64 %56, 128
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
  %307 = mul i64 %56, 128
  %308 = add i64 %307, %242
  %309 = add i64 %308, 0
  %310 = mul i64 %309, 392
  %311 = add i64 %306, 0
  %312 = mul i64 %311, 8
  %313 = add i64 %310, %312
  %314 = mul i64 %56, 128
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
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %331 = icmp slt i64 %u, 64
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
  %344 = add i64 %339, 4096
  %345 = getelementptr inbounds float, float* %4, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  %347 = load <8 x float>, <8 x float>* %346, align 4
  %348 = add i64 %338, 0
  %349 = getelementptr inbounds float, float* %40, i64 %348
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
  %357 = getelementptr inbounds float, float* %40, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat1 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %22, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %343, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %22, align 32
  %362 = load <8 x float>, <8 x float>* %16, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %347, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %16, align 32
  %364 = add i64 %338, 16
  %365 = getelementptr inbounds float, float* %40, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat2 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %21, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %343, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %21, align 32
  %370 = load <8 x float>, <8 x float>* %15, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %347, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %15, align 32
  %372 = add i64 %338, 24
  %373 = getelementptr inbounds float, float* %40, i64 %372
  %374 = load float, float* %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %splat3 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %20, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %343, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %20, align 32
  %378 = load <8 x float>, <8 x float>* %14, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %347, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %14, align 32
  %380 = add i64 %338, 32
  %381 = getelementptr inbounds float, float* %40, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat4 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %19, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %343, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %19, align 32
  %386 = load <8 x float>, <8 x float>* %13, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %347, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %13, align 32
  %388 = add i64 %338, 40
  %389 = getelementptr inbounds float, float* %40, i64 %388
  %390 = load float, float* %389, align 4
  %391 = insertelement <8 x float> undef, float %390, i32 0
  %splat5 = shufflevector <8 x float> %391, <8 x float> undef, <8 x i32> zeroinitializer
  %392 = load <8 x float>, <8 x float>* %18, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %343, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %18, align 32
  %394 = load <8 x float>, <8 x float>* %12, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %347, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %12, align 32
  %396 = add i64 %339, 8
  %397 = getelementptr inbounds float, float* %4, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  %399 = load <8 x float>, <8 x float>* %398, align 4
  %400 = add i64 %339, 4104
  %401 = getelementptr inbounds float, float* %4, i64 %400
  %402 = bitcast float* %401 to <8 x float>*
  %403 = load <8 x float>, <8 x float>* %402, align 4
  %404 = add i64 %338, 1
  %405 = getelementptr inbounds float, float* %40, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat6 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %23, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %399, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %23, align 32
  %410 = load <8 x float>, <8 x float>* %17, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %403, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %17, align 32
  %412 = add i64 %338, 9
  %413 = getelementptr inbounds float, float* %40, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat7 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %22, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %399, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %22, align 32
  %418 = load <8 x float>, <8 x float>* %16, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %403, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %16, align 32
  %420 = add i64 %338, 17
  %421 = getelementptr inbounds float, float* %40, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat8 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %21, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %399, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %21, align 32
  %426 = load <8 x float>, <8 x float>* %15, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %403, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %15, align 32
  %428 = add i64 %338, 25
  %429 = getelementptr inbounds float, float* %40, i64 %428
  %430 = load float, float* %429, align 4
  %431 = insertelement <8 x float> undef, float %430, i32 0
  %splat9 = shufflevector <8 x float> %431, <8 x float> undef, <8 x i32> zeroinitializer
  %432 = load <8 x float>, <8 x float>* %20, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %399, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %20, align 32
  %434 = load <8 x float>, <8 x float>* %14, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %403, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %14, align 32
  %436 = add i64 %338, 33
  %437 = getelementptr inbounds float, float* %40, i64 %436
  %438 = load float, float* %437, align 4
  %439 = insertelement <8 x float> undef, float %438, i32 0
  %splat10 = shufflevector <8 x float> %439, <8 x float> undef, <8 x i32> zeroinitializer
  %440 = load <8 x float>, <8 x float>* %19, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %399, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %19, align 32
  %442 = load <8 x float>, <8 x float>* %13, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %403, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %13, align 32
  %444 = add i64 %338, 41
  %445 = getelementptr inbounds float, float* %40, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat11 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %18, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %399, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %18, align 32
  %450 = load <8 x float>, <8 x float>* %12, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %403, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %12, align 32
  %452 = add i64 %339, 16
  %453 = getelementptr inbounds float, float* %4, i64 %452
  %454 = bitcast float* %453 to <8 x float>*
  %455 = load <8 x float>, <8 x float>* %454, align 4
  %456 = add i64 %339, 4112
  %457 = getelementptr inbounds float, float* %4, i64 %456
  %458 = bitcast float* %457 to <8 x float>*
  %459 = load <8 x float>, <8 x float>* %458, align 4
  %460 = add i64 %338, 2
  %461 = getelementptr inbounds float, float* %40, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat12 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %23, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %455, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %23, align 32
  %466 = load <8 x float>, <8 x float>* %17, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %459, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %17, align 32
  %468 = add i64 %338, 10
  %469 = getelementptr inbounds float, float* %40, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat13 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %22, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %455, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %22, align 32
  %474 = load <8 x float>, <8 x float>* %16, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %459, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %16, align 32
  %476 = add i64 %338, 18
  %477 = getelementptr inbounds float, float* %40, i64 %476
  %478 = load float, float* %477, align 4
  %479 = insertelement <8 x float> undef, float %478, i32 0
  %splat14 = shufflevector <8 x float> %479, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, <8 x float>* %21, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %455, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %21, align 32
  %482 = load <8 x float>, <8 x float>* %15, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %459, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %15, align 32
  %484 = add i64 %338, 26
  %485 = getelementptr inbounds float, float* %40, i64 %484
  %486 = load float, float* %485, align 4
  %487 = insertelement <8 x float> undef, float %486, i32 0
  %splat15 = shufflevector <8 x float> %487, <8 x float> undef, <8 x i32> zeroinitializer
  %488 = load <8 x float>, <8 x float>* %20, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %455, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %20, align 32
  %490 = load <8 x float>, <8 x float>* %14, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %459, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %14, align 32
  %492 = add i64 %338, 34
  %493 = getelementptr inbounds float, float* %40, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat16 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %19, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %455, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %19, align 32
  %498 = load <8 x float>, <8 x float>* %13, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %459, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %13, align 32
  %500 = add i64 %338, 42
  %501 = getelementptr inbounds float, float* %40, i64 %500
  %502 = load float, float* %501, align 4
  %503 = insertelement <8 x float> undef, float %502, i32 0
  %splat17 = shufflevector <8 x float> %503, <8 x float> undef, <8 x i32> zeroinitializer
  %504 = load <8 x float>, <8 x float>* %18, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %455, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %18, align 32
  %506 = load <8 x float>, <8 x float>* %12, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %459, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %12, align 32
  %508 = add i64 %339, 24
  %509 = getelementptr inbounds float, float* %4, i64 %508
  %510 = bitcast float* %509 to <8 x float>*
  %511 = load <8 x float>, <8 x float>* %510, align 4
  %512 = add i64 %339, 4120
  %513 = getelementptr inbounds float, float* %4, i64 %512
  %514 = bitcast float* %513 to <8 x float>*
  %515 = load <8 x float>, <8 x float>* %514, align 4
  %516 = add i64 %338, 3
  %517 = getelementptr inbounds float, float* %40, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat18 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %23, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %511, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %23, align 32
  %522 = load <8 x float>, <8 x float>* %17, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %515, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %17, align 32
  %524 = add i64 %338, 11
  %525 = getelementptr inbounds float, float* %40, i64 %524
  %526 = load float, float* %525, align 4
  %527 = insertelement <8 x float> undef, float %526, i32 0
  %splat19 = shufflevector <8 x float> %527, <8 x float> undef, <8 x i32> zeroinitializer
  %528 = load <8 x float>, <8 x float>* %22, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %511, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %22, align 32
  %530 = load <8 x float>, <8 x float>* %16, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %515, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %16, align 32
  %532 = add i64 %338, 19
  %533 = getelementptr inbounds float, float* %40, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat20 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %21, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %511, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %21, align 32
  %538 = load <8 x float>, <8 x float>* %15, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %515, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %15, align 32
  %540 = add i64 %338, 27
  %541 = getelementptr inbounds float, float* %40, i64 %540
  %542 = load float, float* %541, align 4
  %543 = insertelement <8 x float> undef, float %542, i32 0
  %splat21 = shufflevector <8 x float> %543, <8 x float> undef, <8 x i32> zeroinitializer
  %544 = load <8 x float>, <8 x float>* %20, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %511, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %20, align 32
  %546 = load <8 x float>, <8 x float>* %14, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %515, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %14, align 32
  %548 = add i64 %338, 35
  %549 = getelementptr inbounds float, float* %40, i64 %548
  %550 = load float, float* %549, align 4
  %551 = insertelement <8 x float> undef, float %550, i32 0
  %splat22 = shufflevector <8 x float> %551, <8 x float> undef, <8 x i32> zeroinitializer
  %552 = load <8 x float>, <8 x float>* %19, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %511, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %19, align 32
  %554 = load <8 x float>, <8 x float>* %13, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %515, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %13, align 32
  %556 = add i64 %338, 43
  %557 = getelementptr inbounds float, float* %40, i64 %556
  %558 = load float, float* %557, align 4
  %559 = insertelement <8 x float> undef, float %558, i32 0
  %splat23 = shufflevector <8 x float> %559, <8 x float> undef, <8 x i32> zeroinitializer
  %560 = load <8 x float>, <8 x float>* %18, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %511, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %18, align 32
  %562 = load <8 x float>, <8 x float>* %12, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %515, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %12, align 32
  %564 = add i64 %339, 32
  %565 = getelementptr inbounds float, float* %4, i64 %564
  %566 = bitcast float* %565 to <8 x float>*
  %567 = load <8 x float>, <8 x float>* %566, align 4
  %568 = add i64 %339, 4128
  %569 = getelementptr inbounds float, float* %4, i64 %568
  %570 = bitcast float* %569 to <8 x float>*
  %571 = load <8 x float>, <8 x float>* %570, align 4
  %572 = add i64 %338, 4
  %573 = getelementptr inbounds float, float* %40, i64 %572
  %574 = load float, float* %573, align 4
  %575 = insertelement <8 x float> undef, float %574, i32 0
  %splat24 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %576 = load <8 x float>, <8 x float>* %23, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %567, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %23, align 32
  %578 = load <8 x float>, <8 x float>* %17, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %571, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %17, align 32
  %580 = add i64 %338, 12
  %581 = getelementptr inbounds float, float* %40, i64 %580
  %582 = load float, float* %581, align 4
  %583 = insertelement <8 x float> undef, float %582, i32 0
  %splat25 = shufflevector <8 x float> %583, <8 x float> undef, <8 x i32> zeroinitializer
  %584 = load <8 x float>, <8 x float>* %22, align 32
  %585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %567, <8 x float> %584)
  store <8 x float> %585, <8 x float>* %22, align 32
  %586 = load <8 x float>, <8 x float>* %16, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %571, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %16, align 32
  %588 = add i64 %338, 20
  %589 = getelementptr inbounds float, float* %40, i64 %588
  %590 = load float, float* %589, align 4
  %591 = insertelement <8 x float> undef, float %590, i32 0
  %splat26 = shufflevector <8 x float> %591, <8 x float> undef, <8 x i32> zeroinitializer
  %592 = load <8 x float>, <8 x float>* %21, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %567, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %21, align 32
  %594 = load <8 x float>, <8 x float>* %15, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %571, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %15, align 32
  %596 = add i64 %338, 28
  %597 = getelementptr inbounds float, float* %40, i64 %596
  %598 = load float, float* %597, align 4
  %599 = insertelement <8 x float> undef, float %598, i32 0
  %splat27 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
  %600 = load <8 x float>, <8 x float>* %20, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %567, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %20, align 32
  %602 = load <8 x float>, <8 x float>* %14, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %571, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %14, align 32
  %604 = add i64 %338, 36
  %605 = getelementptr inbounds float, float* %40, i64 %604
  %606 = load float, float* %605, align 4
  %607 = insertelement <8 x float> undef, float %606, i32 0
  %splat28 = shufflevector <8 x float> %607, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = load <8 x float>, <8 x float>* %19, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %567, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %19, align 32
  %610 = load <8 x float>, <8 x float>* %13, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %571, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %13, align 32
  %612 = add i64 %338, 44
  %613 = getelementptr inbounds float, float* %40, i64 %612
  %614 = load float, float* %613, align 4
  %615 = insertelement <8 x float> undef, float %614, i32 0
  %splat29 = shufflevector <8 x float> %615, <8 x float> undef, <8 x i32> zeroinitializer
  %616 = load <8 x float>, <8 x float>* %18, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %567, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %18, align 32
  %618 = load <8 x float>, <8 x float>* %12, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %571, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %12, align 32
  %620 = add i64 %339, 40
  %621 = getelementptr inbounds float, float* %4, i64 %620
  %622 = bitcast float* %621 to <8 x float>*
  %623 = load <8 x float>, <8 x float>* %622, align 4
  %624 = add i64 %339, 4136
  %625 = getelementptr inbounds float, float* %4, i64 %624
  %626 = bitcast float* %625 to <8 x float>*
  %627 = load <8 x float>, <8 x float>* %626, align 4
  %628 = add i64 %338, 5
  %629 = getelementptr inbounds float, float* %40, i64 %628
  %630 = load float, float* %629, align 4
  %631 = insertelement <8 x float> undef, float %630, i32 0
  %splat30 = shufflevector <8 x float> %631, <8 x float> undef, <8 x i32> zeroinitializer
  %632 = load <8 x float>, <8 x float>* %23, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %623, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %23, align 32
  %634 = load <8 x float>, <8 x float>* %17, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %627, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %17, align 32
  %636 = add i64 %338, 13
  %637 = getelementptr inbounds float, float* %40, i64 %636
  %638 = load float, float* %637, align 4
  %639 = insertelement <8 x float> undef, float %638, i32 0
  %splat31 = shufflevector <8 x float> %639, <8 x float> undef, <8 x i32> zeroinitializer
  %640 = load <8 x float>, <8 x float>* %22, align 32
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %623, <8 x float> %640)
  store <8 x float> %641, <8 x float>* %22, align 32
  %642 = load <8 x float>, <8 x float>* %16, align 32
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %627, <8 x float> %642)
  store <8 x float> %643, <8 x float>* %16, align 32
  %644 = add i64 %338, 21
  %645 = getelementptr inbounds float, float* %40, i64 %644
  %646 = load float, float* %645, align 4
  %647 = insertelement <8 x float> undef, float %646, i32 0
  %splat32 = shufflevector <8 x float> %647, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, <8 x float>* %21, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %623, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %21, align 32
  %650 = load <8 x float>, <8 x float>* %15, align 32
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %627, <8 x float> %650)
  store <8 x float> %651, <8 x float>* %15, align 32
  %652 = add i64 %338, 29
  %653 = getelementptr inbounds float, float* %40, i64 %652
  %654 = load float, float* %653, align 4
  %655 = insertelement <8 x float> undef, float %654, i32 0
  %splat33 = shufflevector <8 x float> %655, <8 x float> undef, <8 x i32> zeroinitializer
  %656 = load <8 x float>, <8 x float>* %20, align 32
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %623, <8 x float> %656)
  store <8 x float> %657, <8 x float>* %20, align 32
  %658 = load <8 x float>, <8 x float>* %14, align 32
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %627, <8 x float> %658)
  store <8 x float> %659, <8 x float>* %14, align 32
  %660 = add i64 %338, 37
  %661 = getelementptr inbounds float, float* %40, i64 %660
  %662 = load float, float* %661, align 4
  %663 = insertelement <8 x float> undef, float %662, i32 0
  %splat34 = shufflevector <8 x float> %663, <8 x float> undef, <8 x i32> zeroinitializer
  %664 = load <8 x float>, <8 x float>* %19, align 32
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %623, <8 x float> %664)
  store <8 x float> %665, <8 x float>* %19, align 32
  %666 = load <8 x float>, <8 x float>* %13, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %627, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %13, align 32
  %668 = add i64 %338, 45
  %669 = getelementptr inbounds float, float* %40, i64 %668
  %670 = load float, float* %669, align 4
  %671 = insertelement <8 x float> undef, float %670, i32 0
  %splat35 = shufflevector <8 x float> %671, <8 x float> undef, <8 x i32> zeroinitializer
  %672 = load <8 x float>, <8 x float>* %18, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %623, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %18, align 32
  %674 = load <8 x float>, <8 x float>* %12, align 32
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %627, <8 x float> %674)
  store <8 x float> %675, <8 x float>* %12, align 32
  %676 = add i64 %339, 48
  %677 = getelementptr inbounds float, float* %4, i64 %676
  %678 = bitcast float* %677 to <8 x float>*
  %679 = load <8 x float>, <8 x float>* %678, align 4
  %680 = add i64 %339, 4144
  %681 = getelementptr inbounds float, float* %4, i64 %680
  %682 = bitcast float* %681 to <8 x float>*
  %683 = load <8 x float>, <8 x float>* %682, align 4
  %684 = add i64 %338, 6
  %685 = getelementptr inbounds float, float* %40, i64 %684
  %686 = load float, float* %685, align 4
  %687 = insertelement <8 x float> undef, float %686, i32 0
  %splat36 = shufflevector <8 x float> %687, <8 x float> undef, <8 x i32> zeroinitializer
  %688 = load <8 x float>, <8 x float>* %23, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %679, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %23, align 32
  %690 = load <8 x float>, <8 x float>* %17, align 32
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %683, <8 x float> %690)
  store <8 x float> %691, <8 x float>* %17, align 32
  %692 = add i64 %338, 14
  %693 = getelementptr inbounds float, float* %40, i64 %692
  %694 = load float, float* %693, align 4
  %695 = insertelement <8 x float> undef, float %694, i32 0
  %splat37 = shufflevector <8 x float> %695, <8 x float> undef, <8 x i32> zeroinitializer
  %696 = load <8 x float>, <8 x float>* %22, align 32
  %697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %679, <8 x float> %696)
  store <8 x float> %697, <8 x float>* %22, align 32
  %698 = load <8 x float>, <8 x float>* %16, align 32
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %683, <8 x float> %698)
  store <8 x float> %699, <8 x float>* %16, align 32
  %700 = add i64 %338, 22
  %701 = getelementptr inbounds float, float* %40, i64 %700
  %702 = load float, float* %701, align 4
  %703 = insertelement <8 x float> undef, float %702, i32 0
  %splat38 = shufflevector <8 x float> %703, <8 x float> undef, <8 x i32> zeroinitializer
  %704 = load <8 x float>, <8 x float>* %21, align 32
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %679, <8 x float> %704)
  store <8 x float> %705, <8 x float>* %21, align 32
  %706 = load <8 x float>, <8 x float>* %15, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %683, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %15, align 32
  %708 = add i64 %338, 30
  %709 = getelementptr inbounds float, float* %40, i64 %708
  %710 = load float, float* %709, align 4
  %711 = insertelement <8 x float> undef, float %710, i32 0
  %splat39 = shufflevector <8 x float> %711, <8 x float> undef, <8 x i32> zeroinitializer
  %712 = load <8 x float>, <8 x float>* %20, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %679, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %20, align 32
  %714 = load <8 x float>, <8 x float>* %14, align 32
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %683, <8 x float> %714)
  store <8 x float> %715, <8 x float>* %14, align 32
  %716 = add i64 %338, 38
  %717 = getelementptr inbounds float, float* %40, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat40 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %19, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %679, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %19, align 32
  %722 = load <8 x float>, <8 x float>* %13, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %683, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %13, align 32
  %724 = add i64 %338, 46
  %725 = getelementptr inbounds float, float* %40, i64 %724
  %726 = load float, float* %725, align 4
  %727 = insertelement <8 x float> undef, float %726, i32 0
  %splat41 = shufflevector <8 x float> %727, <8 x float> undef, <8 x i32> zeroinitializer
  %728 = load <8 x float>, <8 x float>* %18, align 32
  %729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %679, <8 x float> %728)
  store <8 x float> %729, <8 x float>* %18, align 32
  %730 = load <8 x float>, <8 x float>* %12, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %683, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %12, align 32
  %732 = add i64 %339, 56
  %733 = getelementptr inbounds float, float* %4, i64 %732
  %734 = bitcast float* %733 to <8 x float>*
  %735 = load <8 x float>, <8 x float>* %734, align 4
  %736 = add i64 %339, 4152
  %737 = getelementptr inbounds float, float* %4, i64 %736
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = add i64 %338, 7
  %741 = getelementptr inbounds float, float* %40, i64 %740
  %742 = load float, float* %741, align 4
  %743 = insertelement <8 x float> undef, float %742, i32 0
  %splat42 = shufflevector <8 x float> %743, <8 x float> undef, <8 x i32> zeroinitializer
  %744 = load <8 x float>, <8 x float>* %23, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %735, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %23, align 32
  %746 = load <8 x float>, <8 x float>* %17, align 32
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %739, <8 x float> %746)
  store <8 x float> %747, <8 x float>* %17, align 32
  %748 = add i64 %338, 15
  %749 = getelementptr inbounds float, float* %40, i64 %748
  %750 = load float, float* %749, align 4
  %751 = insertelement <8 x float> undef, float %750, i32 0
  %splat43 = shufflevector <8 x float> %751, <8 x float> undef, <8 x i32> zeroinitializer
  %752 = load <8 x float>, <8 x float>* %22, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %735, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %22, align 32
  %754 = load <8 x float>, <8 x float>* %16, align 32
  %755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %739, <8 x float> %754)
  store <8 x float> %755, <8 x float>* %16, align 32
  %756 = add i64 %338, 23
  %757 = getelementptr inbounds float, float* %40, i64 %756
  %758 = load float, float* %757, align 4
  %759 = insertelement <8 x float> undef, float %758, i32 0
  %splat44 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
  %760 = load <8 x float>, <8 x float>* %21, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %735, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %21, align 32
  %762 = load <8 x float>, <8 x float>* %15, align 32
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %739, <8 x float> %762)
  store <8 x float> %763, <8 x float>* %15, align 32
  %764 = add i64 %338, 31
  %765 = getelementptr inbounds float, float* %40, i64 %764
  %766 = load float, float* %765, align 4
  %767 = insertelement <8 x float> undef, float %766, i32 0
  %splat45 = shufflevector <8 x float> %767, <8 x float> undef, <8 x i32> zeroinitializer
  %768 = load <8 x float>, <8 x float>* %20, align 32
  %769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %735, <8 x float> %768)
  store <8 x float> %769, <8 x float>* %20, align 32
  %770 = load <8 x float>, <8 x float>* %14, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %739, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %14, align 32
  %772 = add i64 %338, 39
  %773 = getelementptr inbounds float, float* %40, i64 %772
  %774 = load float, float* %773, align 4
  %775 = insertelement <8 x float> undef, float %774, i32 0
  %splat46 = shufflevector <8 x float> %775, <8 x float> undef, <8 x i32> zeroinitializer
  %776 = load <8 x float>, <8 x float>* %19, align 32
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %735, <8 x float> %776)
  store <8 x float> %777, <8 x float>* %19, align 32
  %778 = load <8 x float>, <8 x float>* %13, align 32
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %739, <8 x float> %778)
  store <8 x float> %779, <8 x float>* %13, align 32
  %780 = add i64 %338, 47
  %781 = getelementptr inbounds float, float* %40, i64 %780
  %782 = load float, float* %781, align 4
  %783 = insertelement <8 x float> undef, float %782, i32 0
  %splat47 = shufflevector <8 x float> %783, <8 x float> undef, <8 x i32> zeroinitializer
  %784 = load <8 x float>, <8 x float>* %18, align 32
  %785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %735, <8 x float> %784)
  store <8 x float> %785, <8 x float>* %18, align 32
  %786 = load <8 x float>, <8 x float>* %12, align 32
  %787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %739, <8 x float> %786)
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

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next60, %u.body49 ]
  %848 = icmp slt i64 %u51, 64
  br i1 %848, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %849 = add i64 0, %u51
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
  %861 = add i64 %856, 4096
  %862 = getelementptr inbounds float, float* %4, i64 %861
  %863 = bitcast float* %862 to <8 x float>*
  %864 = load <8 x float>, <8 x float>* %863, align 4
  %865 = add i64 %855, 0
  %866 = getelementptr inbounds float, float* %40, i64 %865
  %867 = load float, float* %866, align 4
  %868 = insertelement <8 x float> undef, float %867, i32 0
  %splat52 = shufflevector <8 x float> %868, <8 x float> undef, <8 x i32> zeroinitializer
  %869 = load <8 x float>, <8 x float>* %11, align 32
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %860, <8 x float> %869)
  store <8 x float> %870, <8 x float>* %11, align 32
  %871 = load <8 x float>, <8 x float>* %10, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %864, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %10, align 32
  %873 = add i64 %856, 8
  %874 = getelementptr inbounds float, float* %4, i64 %873
  %875 = bitcast float* %874 to <8 x float>*
  %876 = load <8 x float>, <8 x float>* %875, align 4
  %877 = add i64 %856, 4104
  %878 = getelementptr inbounds float, float* %4, i64 %877
  %879 = bitcast float* %878 to <8 x float>*
  %880 = load <8 x float>, <8 x float>* %879, align 4
  %881 = add i64 %855, 1
  %882 = getelementptr inbounds float, float* %40, i64 %881
  %883 = load float, float* %882, align 4
  %884 = insertelement <8 x float> undef, float %883, i32 0
  %splat53 = shufflevector <8 x float> %884, <8 x float> undef, <8 x i32> zeroinitializer
  %885 = load <8 x float>, <8 x float>* %11, align 32
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %876, <8 x float> %885)
  store <8 x float> %886, <8 x float>* %11, align 32
  %887 = load <8 x float>, <8 x float>* %10, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %880, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %10, align 32
  %889 = add i64 %856, 16
  %890 = getelementptr inbounds float, float* %4, i64 %889
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = add i64 %856, 4112
  %894 = getelementptr inbounds float, float* %4, i64 %893
  %895 = bitcast float* %894 to <8 x float>*
  %896 = load <8 x float>, <8 x float>* %895, align 4
  %897 = add i64 %855, 2
  %898 = getelementptr inbounds float, float* %40, i64 %897
  %899 = load float, float* %898, align 4
  %900 = insertelement <8 x float> undef, float %899, i32 0
  %splat54 = shufflevector <8 x float> %900, <8 x float> undef, <8 x i32> zeroinitializer
  %901 = load <8 x float>, <8 x float>* %11, align 32
  %902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %892, <8 x float> %901)
  store <8 x float> %902, <8 x float>* %11, align 32
  %903 = load <8 x float>, <8 x float>* %10, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %896, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %10, align 32
  %905 = add i64 %856, 24
  %906 = getelementptr inbounds float, float* %4, i64 %905
  %907 = bitcast float* %906 to <8 x float>*
  %908 = load <8 x float>, <8 x float>* %907, align 4
  %909 = add i64 %856, 4120
  %910 = getelementptr inbounds float, float* %4, i64 %909
  %911 = bitcast float* %910 to <8 x float>*
  %912 = load <8 x float>, <8 x float>* %911, align 4
  %913 = add i64 %855, 3
  %914 = getelementptr inbounds float, float* %40, i64 %913
  %915 = load float, float* %914, align 4
  %916 = insertelement <8 x float> undef, float %915, i32 0
  %splat55 = shufflevector <8 x float> %916, <8 x float> undef, <8 x i32> zeroinitializer
  %917 = load <8 x float>, <8 x float>* %11, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %908, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %11, align 32
  %919 = load <8 x float>, <8 x float>* %10, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %912, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %10, align 32
  %921 = add i64 %856, 32
  %922 = getelementptr inbounds float, float* %4, i64 %921
  %923 = bitcast float* %922 to <8 x float>*
  %924 = load <8 x float>, <8 x float>* %923, align 4
  %925 = add i64 %856, 4128
  %926 = getelementptr inbounds float, float* %4, i64 %925
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = add i64 %855, 4
  %930 = getelementptr inbounds float, float* %40, i64 %929
  %931 = load float, float* %930, align 4
  %932 = insertelement <8 x float> undef, float %931, i32 0
  %splat56 = shufflevector <8 x float> %932, <8 x float> undef, <8 x i32> zeroinitializer
  %933 = load <8 x float>, <8 x float>* %11, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %924, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %11, align 32
  %935 = load <8 x float>, <8 x float>* %10, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %928, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %10, align 32
  %937 = add i64 %856, 40
  %938 = getelementptr inbounds float, float* %4, i64 %937
  %939 = bitcast float* %938 to <8 x float>*
  %940 = load <8 x float>, <8 x float>* %939, align 4
  %941 = add i64 %856, 4136
  %942 = getelementptr inbounds float, float* %4, i64 %941
  %943 = bitcast float* %942 to <8 x float>*
  %944 = load <8 x float>, <8 x float>* %943, align 4
  %945 = add i64 %855, 5
  %946 = getelementptr inbounds float, float* %40, i64 %945
  %947 = load float, float* %946, align 4
  %948 = insertelement <8 x float> undef, float %947, i32 0
  %splat57 = shufflevector <8 x float> %948, <8 x float> undef, <8 x i32> zeroinitializer
  %949 = load <8 x float>, <8 x float>* %11, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %940, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %11, align 32
  %951 = load <8 x float>, <8 x float>* %10, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %944, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %10, align 32
  %953 = add i64 %856, 48
  %954 = getelementptr inbounds float, float* %4, i64 %953
  %955 = bitcast float* %954 to <8 x float>*
  %956 = load <8 x float>, <8 x float>* %955, align 4
  %957 = add i64 %856, 4144
  %958 = getelementptr inbounds float, float* %4, i64 %957
  %959 = bitcast float* %958 to <8 x float>*
  %960 = load <8 x float>, <8 x float>* %959, align 4
  %961 = add i64 %855, 6
  %962 = getelementptr inbounds float, float* %40, i64 %961
  %963 = load float, float* %962, align 4
  %964 = insertelement <8 x float> undef, float %963, i32 0
  %splat58 = shufflevector <8 x float> %964, <8 x float> undef, <8 x i32> zeroinitializer
  %965 = load <8 x float>, <8 x float>* %11, align 32
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %956, <8 x float> %965)
  store <8 x float> %966, <8 x float>* %11, align 32
  %967 = load <8 x float>, <8 x float>* %10, align 32
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %960, <8 x float> %967)
  store <8 x float> %968, <8 x float>* %10, align 32
  %969 = add i64 %856, 56
  %970 = getelementptr inbounds float, float* %4, i64 %969
  %971 = bitcast float* %970 to <8 x float>*
  %972 = load <8 x float>, <8 x float>* %971, align 4
  %973 = add i64 %856, 4152
  %974 = getelementptr inbounds float, float* %4, i64 %973
  %975 = bitcast float* %974 to <8 x float>*
  %976 = load <8 x float>, <8 x float>* %975, align 4
  %977 = add i64 %855, 7
  %978 = getelementptr inbounds float, float* %40, i64 %977
  %979 = load float, float* %978, align 4
  %980 = insertelement <8 x float> undef, float %979, i32 0
  %splat59 = shufflevector <8 x float> %980, <8 x float> undef, <8 x i32> zeroinitializer
  %981 = load <8 x float>, <8 x float>* %11, align 32
  %982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %972, <8 x float> %981)
  store <8 x float> %982, <8 x float>* %11, align 32
  %983 = load <8 x float>, <8 x float>* %10, align 32
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %976, <8 x float> %983)
  store <8 x float> %984, <8 x float>* %10, align 32
  %u.next60 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
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
  call void @node12.conv2d_13.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %27, i64 %29)
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
  %31 = add i64 %9, 0
  %32 = sdiv i64 %31, 1
  %33 = icmp slt i64 64, %32
  %34 = select i1 %33, i64 64, i64 %32
  %35 = icmp sgt i64 1, %34
  %36 = select i1 %35, i64 1, i64 %34
  %37 = sub i64 %36, 1
  %38 = add i64 64, %37
  %39 = sdiv i64 %38, %36
  %40 = bitcast [50176 x float]* %band to float*
  %41 = mul i64 %36, 1
  %42 = sub i64 %9, 1
  %43 = add i64 %41, %42
  %44 = sdiv i64 %43, %9
  %45 = mul i64 %8, %44
  %46 = icmp slt i64 %45, %41
  %47 = select i1 %46, i64 %45, i64 %41
  %48 = add i64 %47, %44
  %49 = icmp slt i64 %48, %41
  %50 = select i1 %49, i64 %48, i64 %41
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %47, %entry ], [ %task.next, %block.group.exit ]
  %51 = icmp slt i64 %task, %50
  br i1 %51, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %52 = srem i64 %task, %36
  %53 = sdiv i64 %task, %36
  %54 = srem i64 %53, 1
  %55 = mul i64 %36, 1
  %56 = sdiv i64 %task, %55
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %57 = icmp slt i64 %channel.block, 128
  br i1 %57, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %58 = mul i64 %56, 128
  %59 = add i64 %58, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %60 = mul i64 %52, %39
  %61 = add i64 %60, %39
  %62 = icmp slt i64 %61, 64
  %63 = select i1 %62, i64 %61, i64 64
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit ]
  %64 = icmp slt i64 %band.row, 7
  br i1 %64, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %65 = mul i64 %54, 7
  %66 = add i64 %65, %band.row
  %67 = mul i64 %channel.block, 7
  %68 = add i64 %67, %band.row
  %69 = mul i64 %68, 56
  %70 = srem i64 %59, 128
  %71 = mul i64 %59, 392
  %72 = mul i64 %66, 1
  %73 = sub i64 %72, 1
  %74 = mul i64 %70, 8
  %75 = getelementptr inbounds float, float* %7, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  store <8 x float> %77, <8 x float>* %30, align 32
  store <8 x float> %77, <8 x float>* %29, align 32
  store <8 x float> %77, <8 x float>* %28, align 32
  store <8 x float> %77, <8 x float>* %27, align 32
  store <8 x float> %77, <8 x float>* %26, align 32
  store <8 x float> %77, <8 x float>* %25, align 32
  store <8 x float> %77, <8 x float>* %24, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !18

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %78 = icmp slt i64 %kh, 3
  br i1 %78, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %79 = mul i64 %kh, 1
  %80 = add i64 %73, %79
  %81 = icmp sge i64 %80, 0
  %82 = icmp slt i64 %80, 7
  %83 = and i1 %81, %82
  br i1 %83, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %84 = add i64 %69, 0
  %85 = load <8 x float>, <8 x float>* %30, align 32
  %86 = fcmp olt <8 x float> %85, zeroinitializer
  %87 = select <8 x i1> %86, <8 x float> zeroinitializer, <8 x float> %85
  %88 = getelementptr inbounds float, float* %40, i64 %84
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %87, <8 x float>* %89, align 4
  %90 = add i64 %69, 8
  %91 = load <8 x float>, <8 x float>* %29, align 32
  %92 = fcmp olt <8 x float> %91, zeroinitializer
  %93 = select <8 x i1> %92, <8 x float> zeroinitializer, <8 x float> %91
  %94 = getelementptr inbounds float, float* %40, i64 %90
  %95 = bitcast float* %94 to <8 x float>*
  store <8 x float> %93, <8 x float>* %95, align 4
  %96 = add i64 %69, 16
  %97 = load <8 x float>, <8 x float>* %28, align 32
  %98 = fcmp olt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> zeroinitializer, <8 x float> %97
  %100 = getelementptr inbounds float, float* %40, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %69, 24
  %103 = load <8 x float>, <8 x float>* %27, align 32
  %104 = fcmp olt <8 x float> %103, zeroinitializer
  %105 = select <8 x i1> %104, <8 x float> zeroinitializer, <8 x float> %103
  %106 = getelementptr inbounds float, float* %40, i64 %102
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %105, <8 x float>* %107, align 4
  %108 = add i64 %69, 32
  %109 = load <8 x float>, <8 x float>* %26, align 32
  %110 = fcmp olt <8 x float> %109, zeroinitializer
  %111 = select <8 x i1> %110, <8 x float> zeroinitializer, <8 x float> %109
  %112 = getelementptr inbounds float, float* %40, i64 %108
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %111, <8 x float>* %113, align 4
  %114 = add i64 %69, 40
  %115 = load <8 x float>, <8 x float>* %25, align 32
  %116 = fcmp olt <8 x float> %115, zeroinitializer
  %117 = select <8 x i1> %116, <8 x float> zeroinitializer, <8 x float> %115
  %118 = getelementptr inbounds float, float* %40, i64 %114
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %117, <8 x float>* %119, align 4
  %120 = add i64 %69, 48
  %121 = load <8 x float>, <8 x float>* %24, align 32
  %122 = fcmp olt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> zeroinitializer, <8 x float> %121
  %124 = getelementptr inbounds float, float* %40, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !19

then:                                             ; preds = %kh.body
  %126 = mul i64 %80, 56
  %127 = add i64 %71, %126
  %128 = mul i64 %70, 3
  %129 = add i64 %128, %kh
  %130 = mul i64 %129, 24
  %131 = add i64 %130, 0
  %132 = getelementptr inbounds float, float* %6, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  %135 = add i64 %130, 8
  %136 = getelementptr inbounds float, float* %6, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = add i64 %130, 16
  %140 = getelementptr inbounds float, float* %6, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = add i64 %127, -8
  %144 = add i64 %143, 8
  %145 = getelementptr inbounds float, float* %1, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = load <8 x float>, <8 x float>* %30, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %147, <8 x float> %138, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %30, align 32
  %150 = load <8 x float>, <8 x float>* %29, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %147, <8 x float> %134, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %29, align 32
  %152 = add i64 %143, 16
  %153 = getelementptr inbounds float, float* %1, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = load <8 x float>, <8 x float>* %30, align 32
  %157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %142, <8 x float> %156)
  store <8 x float> %157, <8 x float>* %30, align 32
  %158 = load <8 x float>, <8 x float>* %29, align 32
  %159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %138, <8 x float> %158)
  store <8 x float> %159, <8 x float>* %29, align 32
  %160 = load <8 x float>, <8 x float>* %28, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %134, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %28, align 32
  %162 = add i64 %143, 24
  %163 = getelementptr inbounds float, float* %1, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = load <8 x float>, <8 x float>* %29, align 32
  %167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %165, <8 x float> %142, <8 x float> %166)
  store <8 x float> %167, <8 x float>* %29, align 32
  %168 = load <8 x float>, <8 x float>* %28, align 32
  %169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %165, <8 x float> %138, <8 x float> %168)
  store <8 x float> %169, <8 x float>* %28, align 32
  %170 = load <8 x float>, <8 x float>* %27, align 32
  %171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %165, <8 x float> %134, <8 x float> %170)
  store <8 x float> %171, <8 x float>* %27, align 32
  %172 = add i64 %143, 32
  %173 = getelementptr inbounds float, float* %1, i64 %172
  %174 = bitcast float* %173 to <8 x float>*
  %175 = load <8 x float>, <8 x float>* %174, align 4
  %176 = load <8 x float>, <8 x float>* %28, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> %142, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %28, align 32
  %178 = load <8 x float>, <8 x float>* %27, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> %138, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %27, align 32
  %180 = load <8 x float>, <8 x float>* %26, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> %134, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %26, align 32
  %182 = add i64 %143, 40
  %183 = getelementptr inbounds float, float* %1, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  %185 = load <8 x float>, <8 x float>* %184, align 4
  %186 = load <8 x float>, <8 x float>* %27, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> %142, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %27, align 32
  %188 = load <8 x float>, <8 x float>* %26, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> %138, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %26, align 32
  %190 = load <8 x float>, <8 x float>* %25, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> %134, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %25, align 32
  %192 = add i64 %143, 48
  %193 = getelementptr inbounds float, float* %1, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = load <8 x float>, <8 x float>* %26, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> %142, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %26, align 32
  %198 = load <8 x float>, <8 x float>* %25, align 32
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> %138, <8 x float> %198)
  store <8 x float> %199, <8 x float>* %25, align 32
  %200 = load <8 x float>, <8 x float>* %24, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> %134, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %24, align 32
  %202 = add i64 %143, 56
  %203 = getelementptr inbounds float, float* %1, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  %205 = load <8 x float>, <8 x float>* %204, align 4
  %206 = load <8 x float>, <8 x float>* %25, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %205, <8 x float> %142, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %25, align 32
  %208 = load <8 x float>, <8 x float>* %24, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %205, <8 x float> %138, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %24, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

block.group.header:                               ; preds = %u.exit50, %channel.block.exit
  %block.group = phi i64 [ %60, %channel.block.exit ], [ %block.group.next, %u.exit50 ]
  %210 = icmp slt i64 %block.group, %63
  br i1 %210, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %211 = mul i64 %block.group, 2
  %212 = add i64 0, %211
  %213 = mul i64 %54, 49
  %214 = mul i64 %block.group, 2
  %215 = add i64 0, %214
  %216 = mul i64 %215, 8192
  br label %x.header

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %block.group.body
  %x = phi i64 [ 0, %block.group.body ], [ %x.next, %u.exit ]
  %217 = icmp slt i64 %x, 48
  br i1 %217, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %218 = add i64 %213, %x
  %219 = mul i64 %56, 128
  %220 = add i64 %219, %212
  %221 = add i64 %220, 0
  %222 = mul i64 %221, 392
  %223 = add i64 %218, 0
  %224 = mul i64 %223, 8
  %225 = add i64 %222, %224
  %226 = add i64 %218, 1
  %227 = mul i64 %226, 8
  %228 = add i64 %222, %227
  %229 = add i64 %218, 2
  %230 = mul i64 %229, 8
  %231 = add i64 %222, %230
  %232 = add i64 %218, 3
  %233 = mul i64 %232, 8
  %234 = add i64 %222, %233
  %235 = add i64 %218, 4
  %236 = mul i64 %235, 8
  %237 = add i64 %222, %236
  %238 = add i64 %218, 5
  %239 = mul i64 %238, 8
  %240 = add i64 %222, %239
  %241 = mul i64 %56, 128
  %242 = add i64 %241, %212
  %243 = add i64 %242, 1
  %244 = mul i64 %243, 392
  %245 = add i64 %218, 0
  %246 = mul i64 %245, 8
  %247 = add i64 %244, %246
  %248 = add i64 %218, 1
  %249 = mul i64 %248, 8
  %250 = add i64 %244, %249
  %251 = add i64 %218, 2
  %252 = mul i64 %251, 8
  %253 = add i64 %244, %252
  %254 = add i64 %218, 3
  %255 = mul i64 %254, 8
  %256 = add i64 %244, %255
  %257 = add i64 %218, 4
  %258 = mul i64 %257, 8
  %259 = add i64 %244, %258
  %260 = add i64 %218, 5
  %261 = mul i64 %260, 8
  %262 = add i64 %244, %261
  %263 = add i64 %215, 0
  %264 = mul i64 %263, 8
  %265 = getelementptr inbounds float, float* %5, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  %267 = load <8 x float>, <8 x float>* %266, align 4
  %268 = add i64 %215, 1
  %269 = mul i64 %268, 8
  %270 = getelementptr inbounds float, float* %5, i64 %269
  %271 = bitcast float* %270 to <8 x float>*
  %272 = load <8 x float>, <8 x float>* %271, align 4
  store <8 x float> %267, <8 x float>* %23, align 32
  store <8 x float> %267, <8 x float>* %22, align 32
  store <8 x float> %267, <8 x float>* %21, align 32
  store <8 x float> %267, <8 x float>* %20, align 32
  store <8 x float> %267, <8 x float>* %19, align 32
  store <8 x float> %267, <8 x float>* %18, align 32
  store <8 x float> %272, <8 x float>* %17, align 32
  store <8 x float> %272, <8 x float>* %16, align 32
  store <8 x float> %272, <8 x float>* %15, align 32
  store <8 x float> %272, <8 x float>* %14, align 32
  store <8 x float> %272, <8 x float>* %13, align 32
  store <8 x float> %272, <8 x float>* %12, align 32
  %273 = mul i64 %x, 8
  %274 = add i64 0, %273
  %275 = add i64 0, %274
  br label %u.header

x.exit:                                           ; preds = %x.header
  %276 = add i64 %213, 48
  %277 = mul i64 %56, 128
  %278 = add i64 %277, %212
  %279 = add i64 %278, 0
  %280 = mul i64 %279, 392
  %281 = add i64 %276, 0
  %282 = mul i64 %281, 8
  %283 = add i64 %280, %282
  %284 = mul i64 %56, 128
  %285 = add i64 %284, %212
  %286 = add i64 %285, 1
  %287 = mul i64 %286, 392
  %288 = add i64 %276, 0
  %289 = mul i64 %288, 8
  %290 = add i64 %287, %289
  %291 = add i64 %215, 0
  %292 = mul i64 %291, 8
  %293 = getelementptr inbounds float, float* %5, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  %295 = load <8 x float>, <8 x float>* %294, align 4
  %296 = add i64 %215, 1
  %297 = mul i64 %296, 8
  %298 = getelementptr inbounds float, float* %5, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  %300 = load <8 x float>, <8 x float>* %299, align 4
  store <8 x float> %295, <8 x float>* %11, align 32
  store <8 x float> %300, <8 x float>* %10, align 32
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %301 = icmp slt i64 %u, 128
  br i1 %301, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %302 = add i64 0, %u
  %303 = mul i64 %302, 392
  %304 = add i64 %275, %303
  %305 = mul i64 %302, 64
  %306 = add i64 %216, %305
  %307 = add i64 %304, 0
  %308 = add i64 %307, 0
  %309 = add i64 %306, 0
  %310 = add i64 %309, 0
  %311 = getelementptr inbounds float, float* %4, i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 %309, 8192
  %315 = getelementptr inbounds float, float* %4, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  %317 = load <8 x float>, <8 x float>* %316, align 4
  %318 = add i64 %308, 0
  %319 = getelementptr inbounds float, float* %40, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %23, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %313, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %23, align 32
  %324 = load <8 x float>, <8 x float>* %17, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %317, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %17, align 32
  %326 = add i64 %308, 8
  %327 = getelementptr inbounds float, float* %40, i64 %326
  %328 = load float, float* %327, align 4
  %329 = insertelement <8 x float> undef, float %328, i32 0
  %splat1 = shufflevector <8 x float> %329, <8 x float> undef, <8 x i32> zeroinitializer
  %330 = load <8 x float>, <8 x float>* %22, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %313, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %22, align 32
  %332 = load <8 x float>, <8 x float>* %16, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %317, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %16, align 32
  %334 = add i64 %308, 16
  %335 = getelementptr inbounds float, float* %40, i64 %334
  %336 = load float, float* %335, align 4
  %337 = insertelement <8 x float> undef, float %336, i32 0
  %splat2 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %338 = load <8 x float>, <8 x float>* %21, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %313, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %21, align 32
  %340 = load <8 x float>, <8 x float>* %15, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %317, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %15, align 32
  %342 = add i64 %308, 24
  %343 = getelementptr inbounds float, float* %40, i64 %342
  %344 = load float, float* %343, align 4
  %345 = insertelement <8 x float> undef, float %344, i32 0
  %splat3 = shufflevector <8 x float> %345, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = load <8 x float>, <8 x float>* %20, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %313, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %20, align 32
  %348 = load <8 x float>, <8 x float>* %14, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %317, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %14, align 32
  %350 = add i64 %308, 32
  %351 = getelementptr inbounds float, float* %40, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat4 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %19, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %313, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %19, align 32
  %356 = load <8 x float>, <8 x float>* %13, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %317, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %13, align 32
  %358 = add i64 %308, 40
  %359 = getelementptr inbounds float, float* %40, i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat5 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, <8 x float>* %18, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %313, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %18, align 32
  %364 = load <8 x float>, <8 x float>* %12, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %317, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %12, align 32
  %366 = add i64 %309, 8
  %367 = getelementptr inbounds float, float* %4, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  %369 = load <8 x float>, <8 x float>* %368, align 4
  %370 = add i64 %309, 8200
  %371 = getelementptr inbounds float, float* %4, i64 %370
  %372 = bitcast float* %371 to <8 x float>*
  %373 = load <8 x float>, <8 x float>* %372, align 4
  %374 = add i64 %308, 1
  %375 = getelementptr inbounds float, float* %40, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat6 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %23, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %369, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %23, align 32
  %380 = load <8 x float>, <8 x float>* %17, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %373, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %17, align 32
  %382 = add i64 %308, 9
  %383 = getelementptr inbounds float, float* %40, i64 %382
  %384 = load float, float* %383, align 4
  %385 = insertelement <8 x float> undef, float %384, i32 0
  %splat7 = shufflevector <8 x float> %385, <8 x float> undef, <8 x i32> zeroinitializer
  %386 = load <8 x float>, <8 x float>* %22, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %369, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %22, align 32
  %388 = load <8 x float>, <8 x float>* %16, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %373, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %16, align 32
  %390 = add i64 %308, 17
  %391 = getelementptr inbounds float, float* %40, i64 %390
  %392 = load float, float* %391, align 4
  %393 = insertelement <8 x float> undef, float %392, i32 0
  %splat8 = shufflevector <8 x float> %393, <8 x float> undef, <8 x i32> zeroinitializer
  %394 = load <8 x float>, <8 x float>* %21, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %369, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %21, align 32
  %396 = load <8 x float>, <8 x float>* %15, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %373, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %15, align 32
  %398 = add i64 %308, 25
  %399 = getelementptr inbounds float, float* %40, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat9 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %20, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %369, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %20, align 32
  %404 = load <8 x float>, <8 x float>* %14, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %373, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %14, align 32
  %406 = add i64 %308, 33
  %407 = getelementptr inbounds float, float* %40, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat10 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %19, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %369, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %19, align 32
  %412 = load <8 x float>, <8 x float>* %13, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %373, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %13, align 32
  %414 = add i64 %308, 41
  %415 = getelementptr inbounds float, float* %40, i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat11 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %18, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %369, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %18, align 32
  %420 = load <8 x float>, <8 x float>* %12, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %373, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %12, align 32
  %422 = add i64 %309, 16
  %423 = getelementptr inbounds float, float* %4, i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  %425 = load <8 x float>, <8 x float>* %424, align 4
  %426 = add i64 %309, 8208
  %427 = getelementptr inbounds float, float* %4, i64 %426
  %428 = bitcast float* %427 to <8 x float>*
  %429 = load <8 x float>, <8 x float>* %428, align 4
  %430 = add i64 %308, 2
  %431 = getelementptr inbounds float, float* %40, i64 %430
  %432 = load float, float* %431, align 4
  %433 = insertelement <8 x float> undef, float %432, i32 0
  %splat12 = shufflevector <8 x float> %433, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, <8 x float>* %23, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %425, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %23, align 32
  %436 = load <8 x float>, <8 x float>* %17, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %429, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %17, align 32
  %438 = add i64 %308, 10
  %439 = getelementptr inbounds float, float* %40, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat13 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %22, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %425, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %22, align 32
  %444 = load <8 x float>, <8 x float>* %16, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %429, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %16, align 32
  %446 = add i64 %308, 18
  %447 = getelementptr inbounds float, float* %40, i64 %446
  %448 = load float, float* %447, align 4
  %449 = insertelement <8 x float> undef, float %448, i32 0
  %splat14 = shufflevector <8 x float> %449, <8 x float> undef, <8 x i32> zeroinitializer
  %450 = load <8 x float>, <8 x float>* %21, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %425, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %21, align 32
  %452 = load <8 x float>, <8 x float>* %15, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %429, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %15, align 32
  %454 = add i64 %308, 26
  %455 = getelementptr inbounds float, float* %40, i64 %454
  %456 = load float, float* %455, align 4
  %457 = insertelement <8 x float> undef, float %456, i32 0
  %splat15 = shufflevector <8 x float> %457, <8 x float> undef, <8 x i32> zeroinitializer
  %458 = load <8 x float>, <8 x float>* %20, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %425, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %20, align 32
  %460 = load <8 x float>, <8 x float>* %14, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %429, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %14, align 32
  %462 = add i64 %308, 34
  %463 = getelementptr inbounds float, float* %40, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat16 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %19, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %425, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %19, align 32
  %468 = load <8 x float>, <8 x float>* %13, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %429, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %13, align 32
  %470 = add i64 %308, 42
  %471 = getelementptr inbounds float, float* %40, i64 %470
  %472 = load float, float* %471, align 4
  %473 = insertelement <8 x float> undef, float %472, i32 0
  %splat17 = shufflevector <8 x float> %473, <8 x float> undef, <8 x i32> zeroinitializer
  %474 = load <8 x float>, <8 x float>* %18, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %425, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %18, align 32
  %476 = load <8 x float>, <8 x float>* %12, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %429, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %12, align 32
  %478 = add i64 %309, 24
  %479 = getelementptr inbounds float, float* %4, i64 %478
  %480 = bitcast float* %479 to <8 x float>*
  %481 = load <8 x float>, <8 x float>* %480, align 4
  %482 = add i64 %309, 8216
  %483 = getelementptr inbounds float, float* %4, i64 %482
  %484 = bitcast float* %483 to <8 x float>*
  %485 = load <8 x float>, <8 x float>* %484, align 4
  %486 = add i64 %308, 3
  %487 = getelementptr inbounds float, float* %40, i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat18 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %23, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %481, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %23, align 32
  %492 = load <8 x float>, <8 x float>* %17, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %485, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %17, align 32
  %494 = add i64 %308, 11
  %495 = getelementptr inbounds float, float* %40, i64 %494
  %496 = load float, float* %495, align 4
  %497 = insertelement <8 x float> undef, float %496, i32 0
  %splat19 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %498 = load <8 x float>, <8 x float>* %22, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %481, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %22, align 32
  %500 = load <8 x float>, <8 x float>* %16, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %485, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %16, align 32
  %502 = add i64 %308, 19
  %503 = getelementptr inbounds float, float* %40, i64 %502
  %504 = load float, float* %503, align 4
  %505 = insertelement <8 x float> undef, float %504, i32 0
  %splat20 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %506 = load <8 x float>, <8 x float>* %21, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %481, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %21, align 32
  %508 = load <8 x float>, <8 x float>* %15, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %485, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %15, align 32
  %510 = add i64 %308, 27
  %511 = getelementptr inbounds float, float* %40, i64 %510
  %512 = load float, float* %511, align 4
  %513 = insertelement <8 x float> undef, float %512, i32 0
  %splat21 = shufflevector <8 x float> %513, <8 x float> undef, <8 x i32> zeroinitializer
  %514 = load <8 x float>, <8 x float>* %20, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %481, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %20, align 32
  %516 = load <8 x float>, <8 x float>* %14, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %485, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %14, align 32
  %518 = add i64 %308, 35
  %519 = getelementptr inbounds float, float* %40, i64 %518
  %520 = load float, float* %519, align 4
  %521 = insertelement <8 x float> undef, float %520, i32 0
  %splat22 = shufflevector <8 x float> %521, <8 x float> undef, <8 x i32> zeroinitializer
  %522 = load <8 x float>, <8 x float>* %19, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %481, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %19, align 32
  %524 = load <8 x float>, <8 x float>* %13, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %485, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %13, align 32
  %526 = add i64 %308, 43
  %527 = getelementptr inbounds float, float* %40, i64 %526
  %528 = load float, float* %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %splat23 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = load <8 x float>, <8 x float>* %18, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %481, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %18, align 32
  %532 = load <8 x float>, <8 x float>* %12, align 32
  %533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %485, <8 x float> %532)
  store <8 x float> %533, <8 x float>* %12, align 32
  %534 = add i64 %309, 32
  %535 = getelementptr inbounds float, float* %4, i64 %534
  %536 = bitcast float* %535 to <8 x float>*
  %537 = load <8 x float>, <8 x float>* %536, align 4
  %538 = add i64 %309, 8224
  %539 = getelementptr inbounds float, float* %4, i64 %538
  %540 = bitcast float* %539 to <8 x float>*
  %541 = load <8 x float>, <8 x float>* %540, align 4
  %542 = add i64 %308, 4
  %543 = getelementptr inbounds float, float* %40, i64 %542
  %544 = load float, float* %543, align 4
  %545 = insertelement <8 x float> undef, float %544, i32 0
  %splat24 = shufflevector <8 x float> %545, <8 x float> undef, <8 x i32> zeroinitializer
  %546 = load <8 x float>, <8 x float>* %23, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %537, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %23, align 32
  %548 = load <8 x float>, <8 x float>* %17, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %541, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %17, align 32
  %550 = add i64 %308, 12
  %551 = getelementptr inbounds float, float* %40, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat25 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %22, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %537, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %22, align 32
  %556 = load <8 x float>, <8 x float>* %16, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %541, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %16, align 32
  %558 = add i64 %308, 20
  %559 = getelementptr inbounds float, float* %40, i64 %558
  %560 = load float, float* %559, align 4
  %561 = insertelement <8 x float> undef, float %560, i32 0
  %splat26 = shufflevector <8 x float> %561, <8 x float> undef, <8 x i32> zeroinitializer
  %562 = load <8 x float>, <8 x float>* %21, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %537, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %21, align 32
  %564 = load <8 x float>, <8 x float>* %15, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %541, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %15, align 32
  %566 = add i64 %308, 28
  %567 = getelementptr inbounds float, float* %40, i64 %566
  %568 = load float, float* %567, align 4
  %569 = insertelement <8 x float> undef, float %568, i32 0
  %splat27 = shufflevector <8 x float> %569, <8 x float> undef, <8 x i32> zeroinitializer
  %570 = load <8 x float>, <8 x float>* %20, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %537, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %20, align 32
  %572 = load <8 x float>, <8 x float>* %14, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %541, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %14, align 32
  %574 = add i64 %308, 36
  %575 = getelementptr inbounds float, float* %40, i64 %574
  %576 = load float, float* %575, align 4
  %577 = insertelement <8 x float> undef, float %576, i32 0
  %splat28 = shufflevector <8 x float> %577, <8 x float> undef, <8 x i32> zeroinitializer
  %578 = load <8 x float>, <8 x float>* %19, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %537, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %19, align 32
  %580 = load <8 x float>, <8 x float>* %13, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %541, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %13, align 32
  %582 = add i64 %308, 44
  %583 = getelementptr inbounds float, float* %40, i64 %582
  %584 = load float, float* %583, align 4
  %585 = insertelement <8 x float> undef, float %584, i32 0
  %splat29 = shufflevector <8 x float> %585, <8 x float> undef, <8 x i32> zeroinitializer
  %586 = load <8 x float>, <8 x float>* %18, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %537, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %18, align 32
  %588 = load <8 x float>, <8 x float>* %12, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %541, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %12, align 32
  %590 = add i64 %309, 40
  %591 = getelementptr inbounds float, float* %4, i64 %590
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = add i64 %309, 8232
  %595 = getelementptr inbounds float, float* %4, i64 %594
  %596 = bitcast float* %595 to <8 x float>*
  %597 = load <8 x float>, <8 x float>* %596, align 4
  %598 = add i64 %308, 5
  %599 = getelementptr inbounds float, float* %40, i64 %598
  %600 = load float, float* %599, align 4
  %601 = insertelement <8 x float> undef, float %600, i32 0
  %splat30 = shufflevector <8 x float> %601, <8 x float> undef, <8 x i32> zeroinitializer
  %602 = load <8 x float>, <8 x float>* %23, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %593, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %23, align 32
  %604 = load <8 x float>, <8 x float>* %17, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %597, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %17, align 32
  %606 = add i64 %308, 13
  %607 = getelementptr inbounds float, float* %40, i64 %606
  %608 = load float, float* %607, align 4
  %609 = insertelement <8 x float> undef, float %608, i32 0
  %splat31 = shufflevector <8 x float> %609, <8 x float> undef, <8 x i32> zeroinitializer
  %610 = load <8 x float>, <8 x float>* %22, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %593, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %22, align 32
  %612 = load <8 x float>, <8 x float>* %16, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %597, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %16, align 32
  %614 = add i64 %308, 21
  %615 = getelementptr inbounds float, float* %40, i64 %614
  %616 = load float, float* %615, align 4
  %617 = insertelement <8 x float> undef, float %616, i32 0
  %splat32 = shufflevector <8 x float> %617, <8 x float> undef, <8 x i32> zeroinitializer
  %618 = load <8 x float>, <8 x float>* %21, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %593, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %21, align 32
  %620 = load <8 x float>, <8 x float>* %15, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %597, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %15, align 32
  %622 = add i64 %308, 29
  %623 = getelementptr inbounds float, float* %40, i64 %622
  %624 = load float, float* %623, align 4
  %625 = insertelement <8 x float> undef, float %624, i32 0
  %splat33 = shufflevector <8 x float> %625, <8 x float> undef, <8 x i32> zeroinitializer
  %626 = load <8 x float>, <8 x float>* %20, align 32
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %593, <8 x float> %626)
  store <8 x float> %627, <8 x float>* %20, align 32
  %628 = load <8 x float>, <8 x float>* %14, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %597, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %14, align 32
  %630 = add i64 %308, 37
  %631 = getelementptr inbounds float, float* %40, i64 %630
  %632 = load float, float* %631, align 4
  %633 = insertelement <8 x float> undef, float %632, i32 0
  %splat34 = shufflevector <8 x float> %633, <8 x float> undef, <8 x i32> zeroinitializer
  %634 = load <8 x float>, <8 x float>* %19, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %593, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %19, align 32
  %636 = load <8 x float>, <8 x float>* %13, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %597, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %13, align 32
  %638 = add i64 %308, 45
  %639 = getelementptr inbounds float, float* %40, i64 %638
  %640 = load float, float* %639, align 4
  %641 = insertelement <8 x float> undef, float %640, i32 0
  %splat35 = shufflevector <8 x float> %641, <8 x float> undef, <8 x i32> zeroinitializer
  %642 = load <8 x float>, <8 x float>* %18, align 32
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %593, <8 x float> %642)
  store <8 x float> %643, <8 x float>* %18, align 32
  %644 = load <8 x float>, <8 x float>* %12, align 32
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %597, <8 x float> %644)
  store <8 x float> %645, <8 x float>* %12, align 32
  %646 = add i64 %309, 48
  %647 = getelementptr inbounds float, float* %4, i64 %646
  %648 = bitcast float* %647 to <8 x float>*
  %649 = load <8 x float>, <8 x float>* %648, align 4
  %650 = add i64 %309, 8240
  %651 = getelementptr inbounds float, float* %4, i64 %650
  %652 = bitcast float* %651 to <8 x float>*
  %653 = load <8 x float>, <8 x float>* %652, align 4
  %654 = add i64 %308, 6
  %655 = getelementptr inbounds float, float* %40, i64 %654
  %656 = load float, float* %655, align 4
  %657 = insertelement <8 x float> undef, float %656, i32 0
  %splat36 = shufflevector <8 x float> %657, <8 x float> undef, <8 x i32> zeroinitializer
  %658 = load <8 x float>, <8 x float>* %23, align 32
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %649, <8 x float> %658)
  store <8 x float> %659, <8 x float>* %23, align 32
  %660 = load <8 x float>, <8 x float>* %17, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %653, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %17, align 32
  %662 = add i64 %308, 14
  %663 = getelementptr inbounds float, float* %40, i64 %662
  %664 = load float, float* %663, align 4
  %665 = insertelement <8 x float> undef, float %664, i32 0
  %splat37 = shufflevector <8 x float> %665, <8 x float> undef, <8 x i32> zeroinitializer
  %666 = load <8 x float>, <8 x float>* %22, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %649, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %22, align 32
  %668 = load <8 x float>, <8 x float>* %16, align 32
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %653, <8 x float> %668)
  store <8 x float> %669, <8 x float>* %16, align 32
  %670 = add i64 %308, 22
  %671 = getelementptr inbounds float, float* %40, i64 %670
  %672 = load float, float* %671, align 4
  %673 = insertelement <8 x float> undef, float %672, i32 0
  %splat38 = shufflevector <8 x float> %673, <8 x float> undef, <8 x i32> zeroinitializer
  %674 = load <8 x float>, <8 x float>* %21, align 32
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %649, <8 x float> %674)
  store <8 x float> %675, <8 x float>* %21, align 32
  %676 = load <8 x float>, <8 x float>* %15, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %653, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %15, align 32
  %678 = add i64 %308, 30
  %679 = getelementptr inbounds float, float* %40, i64 %678
  %680 = load float, float* %679, align 4
  %681 = insertelement <8 x float> undef, float %680, i32 0
  %splat39 = shufflevector <8 x float> %681, <8 x float> undef, <8 x i32> zeroinitializer
  %682 = load <8 x float>, <8 x float>* %20, align 32
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %649, <8 x float> %682)
  store <8 x float> %683, <8 x float>* %20, align 32
  %684 = load <8 x float>, <8 x float>* %14, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %653, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %14, align 32
  %686 = add i64 %308, 38
  %687 = getelementptr inbounds float, float* %40, i64 %686
  %688 = load float, float* %687, align 4
  %689 = insertelement <8 x float> undef, float %688, i32 0
  %splat40 = shufflevector <8 x float> %689, <8 x float> undef, <8 x i32> zeroinitializer
  %690 = load <8 x float>, <8 x float>* %19, align 32
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %649, <8 x float> %690)
  store <8 x float> %691, <8 x float>* %19, align 32
  %692 = load <8 x float>, <8 x float>* %13, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %653, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %13, align 32
  %694 = add i64 %308, 46
  %695 = getelementptr inbounds float, float* %40, i64 %694
  %696 = load float, float* %695, align 4
  %697 = insertelement <8 x float> undef, float %696, i32 0
  %splat41 = shufflevector <8 x float> %697, <8 x float> undef, <8 x i32> zeroinitializer
  %698 = load <8 x float>, <8 x float>* %18, align 32
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %649, <8 x float> %698)
  store <8 x float> %699, <8 x float>* %18, align 32
  %700 = load <8 x float>, <8 x float>* %12, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %653, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %12, align 32
  %702 = add i64 %309, 56
  %703 = getelementptr inbounds float, float* %4, i64 %702
  %704 = bitcast float* %703 to <8 x float>*
  %705 = load <8 x float>, <8 x float>* %704, align 4
  %706 = add i64 %309, 8248
  %707 = getelementptr inbounds float, float* %4, i64 %706
  %708 = bitcast float* %707 to <8 x float>*
  %709 = load <8 x float>, <8 x float>* %708, align 4
  %710 = add i64 %308, 7
  %711 = getelementptr inbounds float, float* %40, i64 %710
  %712 = load float, float* %711, align 4
  %713 = insertelement <8 x float> undef, float %712, i32 0
  %splat42 = shufflevector <8 x float> %713, <8 x float> undef, <8 x i32> zeroinitializer
  %714 = load <8 x float>, <8 x float>* %23, align 32
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %705, <8 x float> %714)
  store <8 x float> %715, <8 x float>* %23, align 32
  %716 = load <8 x float>, <8 x float>* %17, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %709, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %17, align 32
  %718 = add i64 %308, 15
  %719 = getelementptr inbounds float, float* %40, i64 %718
  %720 = load float, float* %719, align 4
  %721 = insertelement <8 x float> undef, float %720, i32 0
  %splat43 = shufflevector <8 x float> %721, <8 x float> undef, <8 x i32> zeroinitializer
  %722 = load <8 x float>, <8 x float>* %22, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %705, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %22, align 32
  %724 = load <8 x float>, <8 x float>* %16, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %709, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %16, align 32
  %726 = add i64 %308, 23
  %727 = getelementptr inbounds float, float* %40, i64 %726
  %728 = load float, float* %727, align 4
  %729 = insertelement <8 x float> undef, float %728, i32 0
  %splat44 = shufflevector <8 x float> %729, <8 x float> undef, <8 x i32> zeroinitializer
  %730 = load <8 x float>, <8 x float>* %21, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %705, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %21, align 32
  %732 = load <8 x float>, <8 x float>* %15, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %709, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %15, align 32
  %734 = add i64 %308, 31
  %735 = getelementptr inbounds float, float* %40, i64 %734
  %736 = load float, float* %735, align 4
  %737 = insertelement <8 x float> undef, float %736, i32 0
  %splat45 = shufflevector <8 x float> %737, <8 x float> undef, <8 x i32> zeroinitializer
  %738 = load <8 x float>, <8 x float>* %20, align 32
  %739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %705, <8 x float> %738)
  store <8 x float> %739, <8 x float>* %20, align 32
  %740 = load <8 x float>, <8 x float>* %14, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %709, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %14, align 32
  %742 = add i64 %308, 39
  %743 = getelementptr inbounds float, float* %40, i64 %742
  %744 = load float, float* %743, align 4
  %745 = insertelement <8 x float> undef, float %744, i32 0
  %splat46 = shufflevector <8 x float> %745, <8 x float> undef, <8 x i32> zeroinitializer
  %746 = load <8 x float>, <8 x float>* %19, align 32
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %705, <8 x float> %746)
  store <8 x float> %747, <8 x float>* %19, align 32
  %748 = load <8 x float>, <8 x float>* %13, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %709, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %13, align 32
  %750 = add i64 %308, 47
  %751 = getelementptr inbounds float, float* %40, i64 %750
  %752 = load float, float* %751, align 4
  %753 = insertelement <8 x float> undef, float %752, i32 0
  %splat47 = shufflevector <8 x float> %753, <8 x float> undef, <8 x i32> zeroinitializer
  %754 = load <8 x float>, <8 x float>* %18, align 32
  %755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %705, <8 x float> %754)
  store <8 x float> %755, <8 x float>* %18, align 32
  %756 = load <8 x float>, <8 x float>* %12, align 32
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %709, <8 x float> %756)
  store <8 x float> %757, <8 x float>* %12, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %758 = load <8 x float>, <8 x float>* %23, align 32
  %759 = fcmp olt <8 x float> %758, zeroinitializer
  %760 = select <8 x i1> %759, <8 x float> zeroinitializer, <8 x float> %758
  %761 = getelementptr inbounds float, float* %0, i64 %225
  %762 = bitcast float* %761 to <8 x float>*
  store <8 x float> %760, <8 x float>* %762, align 4
  %763 = load <8 x float>, <8 x float>* %22, align 32
  %764 = fcmp olt <8 x float> %763, zeroinitializer
  %765 = select <8 x i1> %764, <8 x float> zeroinitializer, <8 x float> %763
  %766 = getelementptr inbounds float, float* %0, i64 %228
  %767 = bitcast float* %766 to <8 x float>*
  store <8 x float> %765, <8 x float>* %767, align 4
  %768 = load <8 x float>, <8 x float>* %21, align 32
  %769 = fcmp olt <8 x float> %768, zeroinitializer
  %770 = select <8 x i1> %769, <8 x float> zeroinitializer, <8 x float> %768
  %771 = getelementptr inbounds float, float* %0, i64 %231
  %772 = bitcast float* %771 to <8 x float>*
  store <8 x float> %770, <8 x float>* %772, align 4
  %773 = load <8 x float>, <8 x float>* %20, align 32
  %774 = fcmp olt <8 x float> %773, zeroinitializer
  %775 = select <8 x i1> %774, <8 x float> zeroinitializer, <8 x float> %773
  %776 = getelementptr inbounds float, float* %0, i64 %234
  %777 = bitcast float* %776 to <8 x float>*
  store <8 x float> %775, <8 x float>* %777, align 4
  %778 = load <8 x float>, <8 x float>* %19, align 32
  %779 = fcmp olt <8 x float> %778, zeroinitializer
  %780 = select <8 x i1> %779, <8 x float> zeroinitializer, <8 x float> %778
  %781 = getelementptr inbounds float, float* %0, i64 %237
  %782 = bitcast float* %781 to <8 x float>*
  store <8 x float> %780, <8 x float>* %782, align 4
  %783 = load <8 x float>, <8 x float>* %18, align 32
  %784 = fcmp olt <8 x float> %783, zeroinitializer
  %785 = select <8 x i1> %784, <8 x float> zeroinitializer, <8 x float> %783
  %786 = getelementptr inbounds float, float* %0, i64 %240
  %787 = bitcast float* %786 to <8 x float>*
  store <8 x float> %785, <8 x float>* %787, align 4
  %788 = load <8 x float>, <8 x float>* %17, align 32
  %789 = fcmp olt <8 x float> %788, zeroinitializer
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> %788
  %791 = getelementptr inbounds float, float* %0, i64 %247
  %792 = bitcast float* %791 to <8 x float>*
  store <8 x float> %790, <8 x float>* %792, align 4
  %793 = load <8 x float>, <8 x float>* %16, align 32
  %794 = fcmp olt <8 x float> %793, zeroinitializer
  %795 = select <8 x i1> %794, <8 x float> zeroinitializer, <8 x float> %793
  %796 = getelementptr inbounds float, float* %0, i64 %250
  %797 = bitcast float* %796 to <8 x float>*
  store <8 x float> %795, <8 x float>* %797, align 4
  %798 = load <8 x float>, <8 x float>* %15, align 32
  %799 = fcmp olt <8 x float> %798, zeroinitializer
  %800 = select <8 x i1> %799, <8 x float> zeroinitializer, <8 x float> %798
  %801 = getelementptr inbounds float, float* %0, i64 %253
  %802 = bitcast float* %801 to <8 x float>*
  store <8 x float> %800, <8 x float>* %802, align 4
  %803 = load <8 x float>, <8 x float>* %14, align 32
  %804 = fcmp olt <8 x float> %803, zeroinitializer
  %805 = select <8 x i1> %804, <8 x float> zeroinitializer, <8 x float> %803
  %806 = getelementptr inbounds float, float* %0, i64 %256
  %807 = bitcast float* %806 to <8 x float>*
  store <8 x float> %805, <8 x float>* %807, align 4
  %808 = load <8 x float>, <8 x float>* %13, align 32
  %809 = fcmp olt <8 x float> %808, zeroinitializer
  %810 = select <8 x i1> %809, <8 x float> zeroinitializer, <8 x float> %808
  %811 = getelementptr inbounds float, float* %0, i64 %259
  %812 = bitcast float* %811 to <8 x float>*
  store <8 x float> %810, <8 x float>* %812, align 4
  %813 = load <8 x float>, <8 x float>* %12, align 32
  %814 = fcmp olt <8 x float> %813, zeroinitializer
  %815 = select <8 x i1> %814, <8 x float> zeroinitializer, <8 x float> %813
  %816 = getelementptr inbounds float, float* %0, i64 %262
  %817 = bitcast float* %816 to <8 x float>*
  store <8 x float> %815, <8 x float>* %817, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next60, %u.body49 ]
  %818 = icmp slt i64 %u51, 128
  br i1 %818, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %819 = add i64 0, %u51
  %820 = mul i64 %819, 392
  %821 = add i64 384, %820
  %822 = mul i64 %819, 64
  %823 = add i64 %216, %822
  %824 = add i64 %821, 0
  %825 = add i64 %824, 0
  %826 = add i64 %823, 0
  %827 = add i64 %826, 0
  %828 = getelementptr inbounds float, float* %4, i64 %827
  %829 = bitcast float* %828 to <8 x float>*
  %830 = load <8 x float>, <8 x float>* %829, align 4
  %831 = add i64 %826, 8192
  %832 = getelementptr inbounds float, float* %4, i64 %831
  %833 = bitcast float* %832 to <8 x float>*
  %834 = load <8 x float>, <8 x float>* %833, align 4
  %835 = add i64 %825, 0
  %836 = getelementptr inbounds float, float* %40, i64 %835
  %837 = load float, float* %836, align 4
  %838 = insertelement <8 x float> undef, float %837, i32 0
  %splat52 = shufflevector <8 x float> %838, <8 x float> undef, <8 x i32> zeroinitializer
  %839 = load <8 x float>, <8 x float>* %11, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %830, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %11, align 32
  %841 = load <8 x float>, <8 x float>* %10, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %834, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %10, align 32
  %843 = add i64 %826, 8
  %844 = getelementptr inbounds float, float* %4, i64 %843
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = add i64 %826, 8200
  %848 = getelementptr inbounds float, float* %4, i64 %847
  %849 = bitcast float* %848 to <8 x float>*
  %850 = load <8 x float>, <8 x float>* %849, align 4
  %851 = add i64 %825, 1
  %852 = getelementptr inbounds float, float* %40, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat53 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %11, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %846, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %11, align 32
  %857 = load <8 x float>, <8 x float>* %10, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %850, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %10, align 32
  %859 = add i64 %826, 16
  %860 = getelementptr inbounds float, float* %4, i64 %859
  %861 = bitcast float* %860 to <8 x float>*
  %862 = load <8 x float>, <8 x float>* %861, align 4
  %863 = add i64 %826, 8208
  %864 = getelementptr inbounds float, float* %4, i64 %863
  %865 = bitcast float* %864 to <8 x float>*
  %866 = load <8 x float>, <8 x float>* %865, align 4
  %867 = add i64 %825, 2
  %868 = getelementptr inbounds float, float* %40, i64 %867
  %869 = load float, float* %868, align 4
  %870 = insertelement <8 x float> undef, float %869, i32 0
  %splat54 = shufflevector <8 x float> %870, <8 x float> undef, <8 x i32> zeroinitializer
  %871 = load <8 x float>, <8 x float>* %11, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %862, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %11, align 32
  %873 = load <8 x float>, <8 x float>* %10, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %866, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %10, align 32
  %875 = add i64 %826, 24
  %876 = getelementptr inbounds float, float* %4, i64 %875
  %877 = bitcast float* %876 to <8 x float>*
  %878 = load <8 x float>, <8 x float>* %877, align 4
  %879 = add i64 %826, 8216
  %880 = getelementptr inbounds float, float* %4, i64 %879
  %881 = bitcast float* %880 to <8 x float>*
  %882 = load <8 x float>, <8 x float>* %881, align 4
  %883 = add i64 %825, 3
  %884 = getelementptr inbounds float, float* %40, i64 %883
  %885 = load float, float* %884, align 4
  %886 = insertelement <8 x float> undef, float %885, i32 0
  %splat55 = shufflevector <8 x float> %886, <8 x float> undef, <8 x i32> zeroinitializer
  %887 = load <8 x float>, <8 x float>* %11, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %878, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %11, align 32
  %889 = load <8 x float>, <8 x float>* %10, align 32
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %882, <8 x float> %889)
  store <8 x float> %890, <8 x float>* %10, align 32
  %891 = add i64 %826, 32
  %892 = getelementptr inbounds float, float* %4, i64 %891
  %893 = bitcast float* %892 to <8 x float>*
  %894 = load <8 x float>, <8 x float>* %893, align 4
  %895 = add i64 %826, 8224
  %896 = getelementptr inbounds float, float* %4, i64 %895
  %897 = bitcast float* %896 to <8 x float>*
  %898 = load <8 x float>, <8 x float>* %897, align 4
  %899 = add i64 %825, 4
  %900 = getelementptr inbounds float, float* %40, i64 %899
  %901 = load float, float* %900, align 4
  %902 = insertelement <8 x float> undef, float %901, i32 0
  %splat56 = shufflevector <8 x float> %902, <8 x float> undef, <8 x i32> zeroinitializer
  %903 = load <8 x float>, <8 x float>* %11, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %894, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %11, align 32
  %905 = load <8 x float>, <8 x float>* %10, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %898, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %10, align 32
  %907 = add i64 %826, 40
  %908 = getelementptr inbounds float, float* %4, i64 %907
  %909 = bitcast float* %908 to <8 x float>*
  %910 = load <8 x float>, <8 x float>* %909, align 4
  %911 = add i64 %826, 8232
  %912 = getelementptr inbounds float, float* %4, i64 %911
  %913 = bitcast float* %912 to <8 x float>*
  %914 = load <8 x float>, <8 x float>* %913, align 4
  %915 = add i64 %825, 5
  %916 = getelementptr inbounds float, float* %40, i64 %915
  %917 = load float, float* %916, align 4
  %918 = insertelement <8 x float> undef, float %917, i32 0
  %splat57 = shufflevector <8 x float> %918, <8 x float> undef, <8 x i32> zeroinitializer
  %919 = load <8 x float>, <8 x float>* %11, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %910, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %11, align 32
  %921 = load <8 x float>, <8 x float>* %10, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %914, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %10, align 32
  %923 = add i64 %826, 48
  %924 = getelementptr inbounds float, float* %4, i64 %923
  %925 = bitcast float* %924 to <8 x float>*
  %926 = load <8 x float>, <8 x float>* %925, align 4
  %927 = add i64 %826, 8240
  %928 = getelementptr inbounds float, float* %4, i64 %927
  %929 = bitcast float* %928 to <8 x float>*
  %930 = load <8 x float>, <8 x float>* %929, align 4
  %931 = add i64 %825, 6
  %932 = getelementptr inbounds float, float* %40, i64 %931
  %933 = load float, float* %932, align 4
  %934 = insertelement <8 x float> undef, float %933, i32 0
  %splat58 = shufflevector <8 x float> %934, <8 x float> undef, <8 x i32> zeroinitializer
  %935 = load <8 x float>, <8 x float>* %11, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %926, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %11, align 32
  %937 = load <8 x float>, <8 x float>* %10, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %930, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %10, align 32
  %939 = add i64 %826, 56
  %940 = getelementptr inbounds float, float* %4, i64 %939
  %941 = bitcast float* %940 to <8 x float>*
  %942 = load <8 x float>, <8 x float>* %941, align 4
  %943 = add i64 %826, 8248
  %944 = getelementptr inbounds float, float* %4, i64 %943
  %945 = bitcast float* %944 to <8 x float>*
  %946 = load <8 x float>, <8 x float>* %945, align 4
  %947 = add i64 %825, 7
  %948 = getelementptr inbounds float, float* %40, i64 %947
  %949 = load float, float* %948, align 4
  %950 = insertelement <8 x float> undef, float %949, i32 0
  %splat59 = shufflevector <8 x float> %950, <8 x float> undef, <8 x i32> zeroinitializer
  %951 = load <8 x float>, <8 x float>* %11, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %942, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %11, align 32
  %953 = load <8 x float>, <8 x float>* %10, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %946, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %10, align 32
  %u.next60 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %955 = load <8 x float>, <8 x float>* %11, align 32
  %956 = fcmp olt <8 x float> %955, zeroinitializer
  %957 = select <8 x i1> %956, <8 x float> zeroinitializer, <8 x float> %955
  %958 = getelementptr inbounds float, float* %0, i64 %283
  %959 = bitcast float* %958 to <8 x float>*
  store <8 x float> %957, <8 x float>* %959, align 4
  %960 = load <8 x float>, <8 x float>* %10, align 32
  %961 = fcmp olt <8 x float> %960, zeroinitializer
  %962 = select <8 x i1> %961, <8 x float> zeroinitializer, <8 x float> %960
  %963 = getelementptr inbounds float, float* %0, i64 %290
  %964 = bitcast float* %963 to <8 x float>*
  store <8 x float> %962, <8 x float>* %964, align 4
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
  call void @node13.conv2d_14.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, float* %22, float* %25, i64 %27, i64 %29)
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
  %22 = fcmp ogt <8 x float> %18, %21
  %23 = select <8 x i1> %22, <8 x float> %18, <8 x float> %21
  %24 = fcmp uno <8 x float> %18, %18
  %25 = select <8 x i1> %24, <8 x float> %18, <8 x float> %23
  store <8 x float> %25, <8 x float>* %9, align 32
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %16, %v.exit ], [ %s.next, %s.body ]
  %26 = icmp slt i64 %s, %12
  br i1 %26, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %27 = load float, float* %8, align 4
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = fcmp ogt float %27, %29
  %31 = select i1 %30, float %27, float %29
  %32 = fcmp uno float %27, %27
  %33 = select i1 %32, float %27, float %31
  store float %33, float* %8, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %34 = load <8 x float>, <8 x float>* %9, align 32
  %35 = shufflevector <8 x float> %34, <8 x float> %34, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %36 = shufflevector <8 x float> %34, <8 x float> %34, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %37 = fcmp ogt <4 x float> %35, %36
  %38 = select <4 x i1> %37, <4 x float> %35, <4 x float> %36
  %39 = fcmp uno <4 x float> %35, %35
  %40 = select <4 x i1> %39, <4 x float> %35, <4 x float> %38
  %41 = shufflevector <4 x float> %40, <4 x float> %40, <2 x i32> <i32 0, i32 1>
  %42 = shufflevector <4 x float> %40, <4 x float> %40, <2 x i32> <i32 2, i32 3>
  %43 = fcmp ogt <2 x float> %41, %42
  %44 = select <2 x i1> %43, <2 x float> %41, <2 x float> %42
  %45 = fcmp uno <2 x float> %41, %41
  %46 = select <2 x i1> %45, <2 x float> %41, <2 x float> %44
  %47 = shufflevector <2 x float> %46, <2 x float> %46, <1 x i32> zeroinitializer
  %48 = shufflevector <2 x float> %46, <2 x float> %46, <1 x i32> <i32 1>
  %49 = fcmp ogt <1 x float> %47, %48
  %50 = select <1 x i1> %49, <1 x float> %47, <1 x float> %48
  %51 = fcmp uno <1 x float> %47, %47
  %52 = select <1 x i1> %51, <1 x float> %47, <1 x float> %50
  %53 = extractelement <1 x float> %52, i32 0
  %54 = load float, float* %8, align 4
  %55 = fcmp ogt float %53, %54
  %56 = select i1 %55, float %53, float %54
  %57 = fcmp uno float %53, %53
  %58 = select i1 %57, float %53, float %56
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store float 0.000000e+00, float* %6, align 4
  %59 = sub i64 %12, %11
  %60 = sdiv i64 %59, 8
  %61 = mul i64 %60, 8
  %62 = add i64 %11, %61
  br label %v.header1

v.header1:                                        ; preds = %v.body2, %s.exit
  %v4 = phi i64 [ %11, %s.exit ], [ %v.next5, %v.body2 ]
  %63 = icmp slt i64 %v4, %62
  br i1 %63, label %v.body2, label %v.exit3

v.body2:                                          ; preds = %v.header1
  %64 = load <8 x float>, <8 x float>* %7, align 32
  %65 = getelementptr inbounds float, float* %1, i64 %v4
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  %68 = insertelement <8 x float> undef, float %58, i32 0
  %splat = shufflevector <8 x float> %68, <8 x float> undef, <8 x i32> zeroinitializer
  %69 = fsub <8 x float> %67, %splat
  %70 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %69, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %71 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %70, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %71, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %73 = call <8 x float> @llvm.floor.v8f32(<8 x float> %72)
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %73, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %71)
  %75 = call <8 x float> @llvm.fma.v8f32(<8 x float> %73, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %74)
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %75, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %77 = call <8 x float> @llvm.fma.v8f32(<8 x float> %76, <8 x float> %75, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %78 = call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %75, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %79 = call <8 x float> @llvm.fma.v8f32(<8 x float> %78, <8 x float> %75, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %80 = call <8 x float> @llvm.fma.v8f32(<8 x float> %79, <8 x float> %75, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %81 = fmul <8 x float> %75, %75
  %82 = call <8 x float> @llvm.fma.v8f32(<8 x float> %80, <8 x float> %81, <8 x float> %75)
  %83 = fadd <8 x float> %82, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %84 = fptosi <8 x float> %73 to <8 x i32>
  %85 = add <8 x i32> %84, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %86 = shl <8 x i32> %85, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %87 = bitcast <8 x i32> %86 to <8 x float>
  %88 = fmul <8 x float> %83, %87
  %89 = fcmp uno <8 x float> %69, %69
  %90 = select <8 x i1> %89, <8 x float> %69, <8 x float> %88
  %91 = fadd <8 x float> %64, %90
  store <8 x float> %91, <8 x float>* %7, align 32
  %v.next5 = add i64 %v4, 8
  br label %v.header1

v.exit3:                                          ; preds = %v.header1
  br label %s.header6

s.header6:                                        ; preds = %s.body7, %v.exit3
  %s9 = phi i64 [ %62, %v.exit3 ], [ %s.next10, %s.body7 ]
  %92 = icmp slt i64 %s9, %12
  br i1 %92, label %s.body7, label %s.exit8

s.body7:                                          ; preds = %s.header6
  %93 = load float, float* %6, align 4
  %94 = getelementptr inbounds float, float* %1, i64 %s9
  %95 = load float, float* %94, align 4
  %96 = fsub float %95, %58
  %97 = call float @llvm.maxnum.f32(float %96, float 0xC055D33340000000)
  %98 = call float @llvm.minnum.f32(float %97, float 0x40562CCCC0000000)
  %99 = call float @llvm.fma.f32(float %98, float 0x3FF7154760000000, float 5.000000e-01)
  %100 = call float @llvm.floor.f32(float %99)
  %101 = call float @llvm.fma.f32(float %100, float 0xBFE6300000000000, float %98)
  %102 = call float @llvm.fma.f32(float %100, float 0x3F2BD01060000000, float %101)
  %103 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %102, float 0x3F56E879C0000000)
  %104 = call float @llvm.fma.f32(float %103, float %102, float 0x3F81112100000000)
  %105 = call float @llvm.fma.f32(float %104, float %102, float 0x3FA5553820000000)
  %106 = call float @llvm.fma.f32(float %105, float %102, float 0x3FC5555540000000)
  %107 = call float @llvm.fma.f32(float %106, float %102, float 5.000000e-01)
  %108 = fmul float %102, %102
  %109 = call float @llvm.fma.f32(float %107, float %108, float %102)
  %110 = fadd float %109, 1.000000e+00
  %111 = fptosi float %100 to i32
  %112 = add i32 %111, 127
  %113 = shl i32 %112, 23
  %114 = bitcast i32 %113 to float
  %115 = fmul float %110, %114
  %116 = fcmp uno float %96, %96
  %117 = select i1 %116, float %96, float %115
  %118 = fadd float %93, %117
  store float %118, float* %6, align 4
  %s.next10 = add i64 %s9, 1
  br label %s.header6

s.exit8:                                          ; preds = %s.header6
  %119 = load <8 x float>, <8 x float>* %7, align 32
  %120 = shufflevector <8 x float> %119, <8 x float> %119, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %121 = shufflevector <8 x float> %119, <8 x float> %119, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %122 = fadd <4 x float> %120, %121
  %123 = shufflevector <4 x float> %122, <4 x float> %122, <2 x i32> <i32 0, i32 1>
  %124 = shufflevector <4 x float> %122, <4 x float> %122, <2 x i32> <i32 2, i32 3>
  %125 = fadd <2 x float> %123, %124
  %126 = shufflevector <2 x float> %125, <2 x float> %125, <1 x i32> zeroinitializer
  %127 = shufflevector <2 x float> %125, <2 x float> %125, <1 x i32> <i32 1>
  %128 = fadd <1 x float> %126, %127
  %129 = extractelement <1 x float> %128, i32 0
  %130 = load float, float* %6, align 4
  %131 = fadd float %129, %130
  %132 = sub i64 %12, %11
  %133 = sdiv i64 %132, 8
  %134 = mul i64 %133, 8
  %135 = add i64 %11, %134
  br label %v.header11

v.header11:                                       ; preds = %v.body12, %s.exit8
  %v14 = phi i64 [ %11, %s.exit8 ], [ %v.next17, %v.body12 ]
  %136 = icmp slt i64 %v14, %135
  br i1 %136, label %v.body12, label %v.exit13

v.body12:                                         ; preds = %v.header11
  %137 = getelementptr inbounds float, float* %1, i64 %v14
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = insertelement <8 x float> undef, float %58, i32 0
  %splat15 = shufflevector <8 x float> %140, <8 x float> undef, <8 x i32> zeroinitializer
  %141 = fsub <8 x float> %139, %splat15
  %142 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %141, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %143 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %142, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %143, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %145 = call <8 x float> @llvm.floor.v8f32(<8 x float> %144)
  %146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %143)
  %147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %146)
  %148 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %147, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %148, <8 x float> %147, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> %147, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %147, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %151, <8 x float> %147, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %153 = fmul <8 x float> %147, %147
  %154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %152, <8 x float> %153, <8 x float> %147)
  %155 = fadd <8 x float> %154, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %156 = fptosi <8 x float> %145 to <8 x i32>
  %157 = add <8 x i32> %156, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %158 = shl <8 x i32> %157, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %159 = bitcast <8 x i32> %158 to <8 x float>
  %160 = fmul <8 x float> %155, %159
  %161 = fcmp uno <8 x float> %141, %141
  %162 = select <8 x i1> %161, <8 x float> %141, <8 x float> %160
  %163 = insertelement <8 x float> undef, float %131, i32 0
  %splat16 = shufflevector <8 x float> %163, <8 x float> undef, <8 x i32> zeroinitializer
  %164 = fdiv <8 x float> %162, %splat16
  %165 = getelementptr inbounds float, float* %0, i64 %v14
  %166 = bitcast float* %165 to <8 x float>*
  store <8 x float> %164, <8 x float>* %166, align 4
  %v.next17 = add i64 %v14, 8
  br label %v.header11

v.exit13:                                         ; preds = %v.header11
  br label %s.header18

s.header18:                                       ; preds = %s.body19, %v.exit13
  %s21 = phi i64 [ %135, %v.exit13 ], [ %s.next22, %s.body19 ]
  %167 = icmp slt i64 %s21, %12
  br i1 %167, label %s.body19, label %s.exit20

s.body19:                                         ; preds = %s.header18
  %168 = getelementptr inbounds float, float* %1, i64 %s21
  %169 = load float, float* %168, align 4
  %170 = fsub float %169, %58
  %171 = call float @llvm.maxnum.f32(float %170, float 0xC055D33340000000)
  %172 = call float @llvm.minnum.f32(float %171, float 0x40562CCCC0000000)
  %173 = call float @llvm.fma.f32(float %172, float 0x3FF7154760000000, float 5.000000e-01)
  %174 = call float @llvm.floor.f32(float %173)
  %175 = call float @llvm.fma.f32(float %174, float 0xBFE6300000000000, float %172)
  %176 = call float @llvm.fma.f32(float %174, float 0x3F2BD01060000000, float %175)
  %177 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %176, float 0x3F56E879C0000000)
  %178 = call float @llvm.fma.f32(float %177, float %176, float 0x3F81112100000000)
  %179 = call float @llvm.fma.f32(float %178, float %176, float 0x3FA5553820000000)
  %180 = call float @llvm.fma.f32(float %179, float %176, float 0x3FC5555540000000)
  %181 = call float @llvm.fma.f32(float %180, float %176, float 5.000000e-01)
  %182 = fmul float %176, %176
  %183 = call float @llvm.fma.f32(float %181, float %182, float %176)
  %184 = fadd float %183, 1.000000e+00
  %185 = fptosi float %174 to i32
  %186 = add i32 %185, 127
  %187 = shl i32 %186, 23
  %188 = bitcast i32 %187 to float
  %189 = fmul float %184, %188
  %190 = fcmp uno float %170, %170
  %191 = select i1 %190, float %170, float %189
  %192 = fdiv float %191, %131
  %193 = getelementptr inbounds float, float* %0, i64 %s21
  store float %192, float* %193, align 4
  %s.next22 = add i64 %s21, 1
  br label %s.header18

s.exit20:                                         ; preds = %s.header18
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #4

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
  %8 = call i32 @omp_get_max_threads()
  %9 = icmp slt i32 %8, 1024
  %10 = select i1 %9, i32 %8, i32 1024
  %11 = bitcast i32* %3 to i8*
  %12 = getelementptr inbounds i8, i8* %2, i64 3211264
  %13 = getelementptr inbounds i8, i8* %2, i64 0
  %14 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %12, i8** %14, align 8
  %15 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %15, align 8
  %16 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* %13, i8** %16, align 8
  %17 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %17, align 8
  %18 = bitcast [8 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step0, i8* %18, i32 %10, i32 0)
  %19 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([3456 x i8], [3456 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %19, align 8
  %20 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %20, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %18, i32 %10, i32 0)
  %21 = getelementptr inbounds i8, i8* %2, i64 0
  %22 = getelementptr inbounds i8, i8* %2, i64 3211264
  %23 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %21, i8** %23, align 8
  %24 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %22, i8** %24, align 8
  %25 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %25, align 8
  %26 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %26, align 8
  %27 = bitcast [8 x i8*]* %args to i8*
  %28 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([8192 x i8], [8192 x i8]* @weight.conv2d_2.packed, i32 0, i32 0), i8** %28, align 8
  %29 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %29, align 8
  %30 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([1152 x i8], [1152 x i8]* @weight.conv2d_2.depthwise.packed, i32 0, i32 0), i8** %30, align 8
  %31 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_2.depthwise.bias, i32 0, i32 0), i8** %31, align 8
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step0, i8* %27, i32 %10, i32 0)
  %32 = getelementptr inbounds i8, i8* %2, i64 3211264
  %33 = getelementptr inbounds i8, i8* %2, i64 0
  %34 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %32, i8** %34, align 8
  %35 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %33, i8** %35, align 8
  %36 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %36, align 8
  %37 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %37, align 8
  %38 = bitcast [8 x i8*]* %args to i8*
  %39 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([32768 x i8], [32768 x i8]* @weight.conv2d_3.packed, i32 0, i32 0), i8** %39, align 8
  %40 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_3.bias, i32 0, i32 0), i8** %40, align 8
  %41 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([2304 x i8], [2304 x i8]* @weight.conv2d_3.depthwise.packed, i32 0, i32 0), i8** %41, align 8
  %42 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_3.depthwise.bias, i32 0, i32 0), i8** %42, align 8
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_3.step0, i8* %38, i32 %10, i32 0)
  %43 = getelementptr inbounds i8, i8* %2, i64 0
  %44 = getelementptr inbounds i8, i8* %2, i64 3211264
  %45 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %43, i8** %45, align 8
  %46 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %44, i8** %46, align 8
  %47 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %47, align 8
  %48 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %48, align 8
  %49 = bitcast [8 x i8*]* %args to i8*
  %50 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([65536 x i8], [65536 x i8]* @weight.conv2d_4.packed, i32 0, i32 0), i8** %50, align 8
  %51 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_4.bias, i32 0, i32 0), i8** %51, align 8
  %52 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([4608 x i8], [4608 x i8]* @weight.conv2d_4.depthwise.packed, i32 0, i32 0), i8** %52, align 8
  %53 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_4.depthwise.bias, i32 0, i32 0), i8** %53, align 8
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_4.step0, i8* %49, i32 %10, i32 0)
  %54 = getelementptr inbounds i8, i8* %2, i64 1605632
  %55 = getelementptr inbounds i8, i8* %2, i64 0
  %56 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %54, i8** %56, align 8
  %57 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %55, i8** %57, align 8
  %58 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %58, align 8
  %59 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %59, align 8
  %60 = bitcast [8 x i8*]* %args to i8*
  %61 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([131072 x i8], [131072 x i8]* @weight.conv2d_5.packed, i32 0, i32 0), i8** %61, align 8
  %62 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_5.bias, i32 0, i32 0), i8** %62, align 8
  %63 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([4608 x i8], [4608 x i8]* @weight.conv2d_5.depthwise.packed, i32 0, i32 0), i8** %63, align 8
  %64 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_5.depthwise.bias, i32 0, i32 0), i8** %64, align 8
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_5.step0, i8* %60, i32 %10, i32 0)
  %65 = getelementptr inbounds i8, i8* %2, i64 0
  %66 = getelementptr inbounds i8, i8* %2, i64 1605632
  %67 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %65, i8** %67, align 8
  %68 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %66, i8** %68, align 8
  %69 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %69, align 8
  %70 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %70, align 8
  %71 = bitcast [8 x i8*]* %args to i8*
  %72 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([262144 x i8], [262144 x i8]* @weight.conv2d_6.packed, i32 0, i32 0), i8** %72, align 8
  %73 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_6.bias, i32 0, i32 0), i8** %73, align 8
  %74 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([9216 x i8], [9216 x i8]* @weight.conv2d_6.depthwise.packed, i32 0, i32 0), i8** %74, align 8
  %75 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_6.depthwise.bias, i32 0, i32 0), i8** %75, align 8
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_6.step0, i8* %71, i32 %10, i32 0)
  %76 = getelementptr inbounds i8, i8* %2, i64 802816
  %77 = getelementptr inbounds i8, i8* %2, i64 0
  %78 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %76, i8** %78, align 8
  %79 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %77, i8** %79, align 8
  %80 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %80, align 8
  %81 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %81, align 8
  %82 = bitcast [8 x i8*]* %args to i8*
  %83 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([524288 x i8], [524288 x i8]* @weight.conv2d_7.packed, i32 0, i32 0), i8** %83, align 8
  %84 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_7.bias, i32 0, i32 0), i8** %84, align 8
  %85 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([9216 x i8], [9216 x i8]* @weight.conv2d_7.depthwise.packed, i32 0, i32 0), i8** %85, align 8
  %86 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_7.depthwise.bias, i32 0, i32 0), i8** %86, align 8
  call void @GOMP_parallel(void (i8*)* @node6.conv2d_7.step0, i8* %82, i32 %10, i32 0)
  %87 = getelementptr inbounds i8, i8* %2, i64 0
  %88 = getelementptr inbounds i8, i8* %2, i64 802816
  %89 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %87, i8** %89, align 8
  %90 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %88, i8** %90, align 8
  %91 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %91, align 8
  %92 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %92, align 8
  %93 = bitcast [8 x i8*]* %args to i8*
  %94 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_8.packed, i32 0, i32 0), i8** %94, align 8
  %95 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_8.bias, i32 0, i32 0), i8** %95, align 8
  %96 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.conv2d_8.depthwise.packed, i32 0, i32 0), i8** %96, align 8
  %97 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_8.depthwise.bias, i32 0, i32 0), i8** %97, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %93, i32 %10, i32 0)
  %98 = getelementptr inbounds i8, i8* %2, i64 401408
  %99 = getelementptr inbounds i8, i8* %2, i64 0
  %100 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %98, i8** %100, align 8
  %101 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %99, i8** %101, align 8
  %102 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %102, align 8
  %103 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %103, align 8
  %104 = bitcast [8 x i8*]* %args to i8*
  %105 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_9.packed, i32 0, i32 0), i8** %105, align 8
  %106 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_9.bias, i32 0, i32 0), i8** %106, align 8
  %107 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.conv2d_9.depthwise.packed, i32 0, i32 0), i8** %107, align 8
  %108 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_9.depthwise.bias, i32 0, i32 0), i8** %108, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %104, i32 %10, i32 0)
  %109 = getelementptr inbounds i8, i8* %2, i64 0
  %110 = getelementptr inbounds i8, i8* %2, i64 401408
  %111 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %109, i8** %111, align 8
  %112 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %110, i8** %112, align 8
  %113 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %113, align 8
  %114 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %114, align 8
  %115 = bitcast [8 x i8*]* %args to i8*
  %116 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_10.packed, i32 0, i32 0), i8** %116, align 8
  %117 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_10.bias, i32 0, i32 0), i8** %117, align 8
  %118 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.conv2d_10.depthwise.packed, i32 0, i32 0), i8** %118, align 8
  %119 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_10.depthwise.bias, i32 0, i32 0), i8** %119, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %115, i32 %10, i32 0)
  %120 = getelementptr inbounds i8, i8* %2, i64 401408
  %121 = getelementptr inbounds i8, i8* %2, i64 0
  %122 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %120, i8** %122, align 8
  %123 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %121, i8** %123, align 8
  %124 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %124, align 8
  %125 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %125, align 8
  %126 = bitcast [8 x i8*]* %args to i8*
  %127 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_11.packed, i32 0, i32 0), i8** %127, align 8
  %128 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_11.bias, i32 0, i32 0), i8** %128, align 8
  %129 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.conv2d_11.depthwise.packed, i32 0, i32 0), i8** %129, align 8
  %130 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_11.depthwise.bias, i32 0, i32 0), i8** %130, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %126, i32 %10, i32 0)
  %131 = getelementptr inbounds i8, i8* %2, i64 0
  %132 = getelementptr inbounds i8, i8* %2, i64 401408
  %133 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %131, i8** %133, align 8
  %134 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %132, i8** %134, align 8
  %135 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %135, align 8
  %136 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %136, align 8
  %137 = bitcast [8 x i8*]* %args to i8*
  %138 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_12.packed, i32 0, i32 0), i8** %138, align 8
  %139 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_12.bias, i32 0, i32 0), i8** %139, align 8
  %140 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.conv2d_12.depthwise.packed, i32 0, i32 0), i8** %140, align 8
  %141 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_12.depthwise.bias, i32 0, i32 0), i8** %141, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %137, i32 %10, i32 0)
  %142 = getelementptr inbounds i8, i8* %2, i64 401408
  %143 = getelementptr inbounds i8, i8* %2, i64 0
  %144 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %142, i8** %144, align 8
  %145 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %143, i8** %145, align 8
  %146 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %146, align 8
  %147 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %147, align 8
  %148 = bitcast [8 x i8*]* %args to i8*
  %149 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2097152 x i8], [2097152 x i8]* @weight.conv2d_13.packed, i32 0, i32 0), i8** %149, align 8
  %150 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4096 x i8], [4096 x i8]* @weight.conv2d_13.bias, i32 0, i32 0), i8** %150, align 8
  %151 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.conv2d_13.depthwise.packed, i32 0, i32 0), i8** %151, align 8
  %152 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_13.depthwise.bias, i32 0, i32 0), i8** %152, align 8
  call void @GOMP_parallel(void (i8*)* @node12.conv2d_13.step0, i8* %148, i32 %10, i32 0)
  %153 = getelementptr inbounds i8, i8* %2, i64 0
  %154 = getelementptr inbounds i8, i8* %2, i64 401408
  %155 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %153, i8** %155, align 8
  %156 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %154, i8** %156, align 8
  %157 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %157, align 8
  %158 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %158, align 8
  %159 = bitcast [8 x i8*]* %args to i8*
  %160 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4194304 x i8], [4194304 x i8]* @weight.conv2d_14.packed, i32 0, i32 0), i8** %160, align 8
  %161 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4096 x i8], [4096 x i8]* @weight.conv2d_14.bias, i32 0, i32 0), i8** %161, align 8
  %162 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 6
  store i8* getelementptr inbounds ([36864 x i8], [36864 x i8]* @weight.conv2d_14.depthwise.packed, i32 0, i32 0), i8** %162, align 8
  %163 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 7
  store i8* getelementptr inbounds ([4096 x i8], [4096 x i8]* @weight.conv2d_14.depthwise.bias, i32 0, i32 0), i8** %163, align 8
  call void @GOMP_parallel(void (i8*)* @node13.conv2d_14.step0, i8* %159, i32 %10, i32 0)
  %164 = getelementptr inbounds i8, i8* %2, i64 200704
  %165 = getelementptr inbounds i8, i8* %2, i64 0
  %166 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %164, i8** %166, align 8
  %167 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %165, i8** %167, align 8
  %168 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %168, align 8
  %169 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %169, align 8
  %170 = bitcast [8 x i8*]* %args to i8*
  call void @node14.globalAvgPool2d_1.step0(i8* %170)
  %171 = getelementptr inbounds i8, i8* %2, i64 200704
  %172 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %172, align 8
  %173 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %171, i8** %173, align 8
  %174 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %174, align 8
  %175 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %175, align 8
  %176 = bitcast [8 x i8*]* %args to i8*
  %177 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4096000 x i8], [4096000 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %177, align 8
  %178 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %178, align 8
  call void @GOMP_parallel(void (i8*)* @node16.dense_1.step0, i8* %176, i32 %10, i32 0)
  %179 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %179, align 8
  %180 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %180, align 8
  %181 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %181, align 8
  %182 = getelementptr inbounds [8 x i8*], [8 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %182, align 8
  %183 = bitcast [8 x i8*]* %args to i8*
  call void @node17.dense_1.softmax.step0(i8* %183)
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
