; mobilenet_v1: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'mobilenet_v1'
source_filename = "mobilenet_v1"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [3456 x i8], align 64
@weight.conv2d_1.bias = external constant [128 x i8], align 64
@weight.depthwiseConv2d_1.packed = external constant [1152 x i8], align 64
@weight.depthwiseConv2d_1.bias = external constant [128 x i8], align 64
@weight.conv2d_2.packed = external constant [8192 x i8], align 64
@weight.conv2d_2.bias = external constant [256 x i8], align 64
@weight.depthwiseConv2d_2.packed = external constant [2304 x i8], align 64
@weight.depthwiseConv2d_2.bias = external constant [256 x i8], align 64
@weight.conv2d_3.packed = external constant [32768 x i8], align 64
@weight.conv2d_3.bias = external constant [512 x i8], align 64
@weight.depthwiseConv2d_3.packed = external constant [4608 x i8], align 64
@weight.depthwiseConv2d_3.bias = external constant [512 x i8], align 64
@weight.conv2d_4.packed = external constant [65536 x i8], align 64
@weight.conv2d_4.bias = external constant [512 x i8], align 64
@weight.depthwiseConv2d_4.packed = external constant [4608 x i8], align 64
@weight.depthwiseConv2d_4.bias = external constant [512 x i8], align 64
@weight.conv2d_5.packed = external constant [131072 x i8], align 64
@weight.conv2d_5.bias = external constant [1024 x i8], align 64
@weight.depthwiseConv2d_5.packed = external constant [9216 x i8], align 64
@weight.depthwiseConv2d_5.bias = external constant [1024 x i8], align 64
@weight.conv2d_6.packed = external constant [262144 x i8], align 64
@weight.conv2d_6.bias = external constant [1024 x i8], align 64
@weight.depthwiseConv2d_6.packed = external constant [9216 x i8], align 64
@weight.depthwiseConv2d_6.bias = external constant [1024 x i8], align 64
@weight.conv2d_7.packed = external constant [524288 x i8], align 64
@weight.conv2d_7.bias = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_7.packed = external constant [18432 x i8], align 64
@weight.depthwiseConv2d_7.bias = external constant [2048 x i8], align 64
@weight.conv2d_8.packed = external constant [1048576 x i8], align 64
@weight.conv2d_8.bias = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_8.packed = external constant [18432 x i8], align 64
@weight.depthwiseConv2d_8.bias = external constant [2048 x i8], align 64
@weight.conv2d_9.packed = external constant [1048576 x i8], align 64
@weight.conv2d_9.bias = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_9.packed = external constant [18432 x i8], align 64
@weight.depthwiseConv2d_9.bias = external constant [2048 x i8], align 64
@weight.conv2d_10.packed = external constant [1048576 x i8], align 64
@weight.conv2d_10.bias = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_10.packed = external constant [18432 x i8], align 64
@weight.depthwiseConv2d_10.bias = external constant [2048 x i8], align 64
@weight.conv2d_11.packed = external constant [1048576 x i8], align 64
@weight.conv2d_11.bias = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_11.packed = external constant [18432 x i8], align 64
@weight.depthwiseConv2d_11.bias = external constant [2048 x i8], align 64
@weight.conv2d_12.packed = external constant [1048576 x i8], align 64
@weight.conv2d_12.bias = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_12.packed = external constant [18432 x i8], align 64
@weight.depthwiseConv2d_12.bias = external constant [2048 x i8], align 64
@weight.conv2d_13.packed = external constant [2097152 x i8], align 64
@weight.conv2d_13.bias = external constant [4096 x i8], align 64
@weight.depthwiseConv2d_13.packed = external constant [36864 x i8], align 64
@weight.depthwiseConv2d_13.bias = external constant [4096 x i8], align 64
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
define internal void @node1.depthwiseConv2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %kh.exit12, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %kh.exit12 ]
  %21 = icmp slt i64 %task, %7
  br i1 %21, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %22 = srem i64 %task, 112
  %23 = sdiv i64 %task, 112
  %24 = srem i64 %23, 4
  %25 = mul i64 %23, 100352
  %26 = mul i64 %23, 112
  %27 = add i64 %26, %22
  %28 = mul i64 %27, 896
  %29 = mul i64 %22, 1
  %30 = sub i64 %29, 1
  %31 = mul i64 %24, 8
  %32 = getelementptr inbounds float, float* %5, i64 %31
  %33 = bitcast float* %32 to <8 x float>*
  %34 = load <8 x float>, <8 x float>* %33, align 4
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %kh.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %kh.exit ]
  %35 = icmp slt i64 %x, 111
  br i1 %35, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %34, <8 x float>* %20, align 32
  store <8 x float> %34, <8 x float>* %19, align 32
  store <8 x float> %34, <8 x float>* %18, align 32
  store <8 x float> %34, <8 x float>* %17, align 32
  store <8 x float> %34, <8 x float>* %16, align 32
  store <8 x float> %34, <8 x float>* %15, align 32
  store <8 x float> %34, <8 x float>* %14, align 32
  store <8 x float> %34, <8 x float>* %13, align 32
  store <8 x float> %34, <8 x float>* %12, align 32
  store <8 x float> %34, <8 x float>* %11, align 32
  store <8 x float> %34, <8 x float>* %10, align 32
  %36 = mul i64 %x, 1
  %37 = sub i64 %36, 1
  br label %kh.header

x.exit:                                           ; preds = %x.header
  store <8 x float> %34, <8 x float>* %9, align 32
  br label %kh.header1

kh.header:                                        ; preds = %endif, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %endif ]
  %38 = icmp slt i64 %kh, 3
  br i1 %38, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %39 = mul i64 %kh, 1
  %40 = add i64 %30, %39
  %41 = icmp sge i64 %40, 0
  %42 = icmp slt i64 %40, 112
  %43 = and i1 %41, %42
  br i1 %43, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %44 = add i64 %x, 0
  %45 = mul i64 %44, 8
  %46 = add i64 %28, %45
  %47 = load <8 x float>, <8 x float>* %20, align 32
  %48 = fcmp olt <8 x float> %47, zeroinitializer
  %49 = select <8 x i1> %48, <8 x float> zeroinitializer, <8 x float> %47
  %50 = getelementptr inbounds float, float* %0, i64 %46
  %51 = bitcast float* %50 to <8 x float>*
  store <8 x float> %49, <8 x float>* %51, align 4
  %52 = add i64 %x, 1
  %53 = mul i64 %52, 8
  %54 = add i64 %28, %53
  %55 = load <8 x float>, <8 x float>* %19, align 32
  %56 = fcmp olt <8 x float> %55, zeroinitializer
  %57 = select <8 x i1> %56, <8 x float> zeroinitializer, <8 x float> %55
  %58 = getelementptr inbounds float, float* %0, i64 %54
  %59 = bitcast float* %58 to <8 x float>*
  store <8 x float> %57, <8 x float>* %59, align 4
  %60 = add i64 %x, 2
  %61 = mul i64 %60, 8
  %62 = add i64 %28, %61
  %63 = load <8 x float>, <8 x float>* %18, align 32
  %64 = fcmp olt <8 x float> %63, zeroinitializer
  %65 = select <8 x i1> %64, <8 x float> zeroinitializer, <8 x float> %63
  %66 = getelementptr inbounds float, float* %0, i64 %62
  %67 = bitcast float* %66 to <8 x float>*
  store <8 x float> %65, <8 x float>* %67, align 4
  %68 = add i64 %x, 3
  %69 = mul i64 %68, 8
  %70 = add i64 %28, %69
  %71 = load <8 x float>, <8 x float>* %17, align 32
  %72 = fcmp olt <8 x float> %71, zeroinitializer
  %73 = select <8 x i1> %72, <8 x float> zeroinitializer, <8 x float> %71
  %74 = getelementptr inbounds float, float* %0, i64 %70
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %73, <8 x float>* %75, align 4
  %76 = add i64 %x, 4
  %77 = mul i64 %76, 8
  %78 = add i64 %28, %77
  %79 = load <8 x float>, <8 x float>* %16, align 32
  %80 = fcmp olt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> zeroinitializer, <8 x float> %79
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %x, 5
  %85 = mul i64 %84, 8
  %86 = add i64 %28, %85
  %87 = load <8 x float>, <8 x float>* %15, align 32
  %88 = fcmp olt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> zeroinitializer, <8 x float> %87
  %90 = getelementptr inbounds float, float* %0, i64 %86
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %89, <8 x float>* %91, align 4
  %92 = add i64 %x, 6
  %93 = mul i64 %92, 8
  %94 = add i64 %28, %93
  %95 = load <8 x float>, <8 x float>* %14, align 32
  %96 = fcmp olt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> zeroinitializer, <8 x float> %95
  %98 = getelementptr inbounds float, float* %0, i64 %94
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %97, <8 x float>* %99, align 4
  %100 = add i64 %x, 7
  %101 = mul i64 %100, 8
  %102 = add i64 %28, %101
  %103 = load <8 x float>, <8 x float>* %13, align 32
  %104 = fcmp olt <8 x float> %103, zeroinitializer
  %105 = select <8 x i1> %104, <8 x float> zeroinitializer, <8 x float> %103
  %106 = getelementptr inbounds float, float* %0, i64 %102
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %105, <8 x float>* %107, align 4
  %108 = add i64 %x, 8
  %109 = mul i64 %108, 8
  %110 = add i64 %28, %109
  %111 = load <8 x float>, <8 x float>* %12, align 32
  %112 = fcmp olt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> zeroinitializer, <8 x float> %111
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %x, 9
  %117 = mul i64 %116, 8
  %118 = add i64 %28, %117
  %119 = load <8 x float>, <8 x float>* %11, align 32
  %120 = fcmp olt <8 x float> %119, zeroinitializer
  %121 = select <8 x i1> %120, <8 x float> zeroinitializer, <8 x float> %119
  %122 = getelementptr inbounds float, float* %0, i64 %118
  %123 = bitcast float* %122 to <8 x float>*
  store <8 x float> %121, <8 x float>* %123, align 4
  %124 = add i64 %x, 10
  %125 = mul i64 %124, 8
  %126 = add i64 %28, %125
  %127 = load <8 x float>, <8 x float>* %10, align 32
  %128 = fcmp olt <8 x float> %127, zeroinitializer
  %129 = select <8 x i1> %128, <8 x float> zeroinitializer, <8 x float> %127
  %130 = getelementptr inbounds float, float* %0, i64 %126
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %129, <8 x float>* %131, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then:                                             ; preds = %kh.body
  %132 = mul i64 %40, 896
  %133 = add i64 %25, %132
  %134 = mul i64 %24, 3
  %135 = add i64 %134, %kh
  %136 = mul i64 %135, 24
  %137 = add i64 %136, 0
  %138 = getelementptr inbounds float, float* %4, i64 %137
  %139 = bitcast float* %138 to <8 x float>*
  %140 = load <8 x float>, <8 x float>* %139, align 4
  %141 = add i64 %136, 8
  %142 = getelementptr inbounds float, float* %4, i64 %141
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = add i64 %136, 16
  %146 = getelementptr inbounds float, float* %4, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  %148 = load <8 x float>, <8 x float>* %147, align 4
  %149 = mul i64 %37, 8
  %150 = add i64 %133, %149
  %151 = add i64 %150, 0
  %152 = getelementptr inbounds float, float* %1, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = load <8 x float>, <8 x float>* %20, align 32
  %156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> %140, <8 x float> %155)
  store <8 x float> %156, <8 x float>* %20, align 32
  %157 = add i64 %150, 8
  %158 = getelementptr inbounds float, float* %1, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  %160 = load <8 x float>, <8 x float>* %159, align 4
  %161 = load <8 x float>, <8 x float>* %20, align 32
  %162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %160, <8 x float> %144, <8 x float> %161)
  store <8 x float> %162, <8 x float>* %20, align 32
  %163 = load <8 x float>, <8 x float>* %19, align 32
  %164 = call <8 x float> @llvm.fma.v8f32(<8 x float> %160, <8 x float> %140, <8 x float> %163)
  store <8 x float> %164, <8 x float>* %19, align 32
  %165 = add i64 %150, 16
  %166 = getelementptr inbounds float, float* %1, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  %168 = load <8 x float>, <8 x float>* %167, align 4
  %169 = load <8 x float>, <8 x float>* %20, align 32
  %170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %148, <8 x float> %169)
  store <8 x float> %170, <8 x float>* %20, align 32
  %171 = load <8 x float>, <8 x float>* %19, align 32
  %172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %144, <8 x float> %171)
  store <8 x float> %172, <8 x float>* %19, align 32
  %173 = load <8 x float>, <8 x float>* %18, align 32
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %140, <8 x float> %173)
  store <8 x float> %174, <8 x float>* %18, align 32
  %175 = add i64 %150, 24
  %176 = getelementptr inbounds float, float* %1, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = load <8 x float>, <8 x float>* %19, align 32
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %148, <8 x float> %179)
  store <8 x float> %180, <8 x float>* %19, align 32
  %181 = load <8 x float>, <8 x float>* %18, align 32
  %182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %144, <8 x float> %181)
  store <8 x float> %182, <8 x float>* %18, align 32
  %183 = load <8 x float>, <8 x float>* %17, align 32
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %140, <8 x float> %183)
  store <8 x float> %184, <8 x float>* %17, align 32
  %185 = add i64 %150, 32
  %186 = getelementptr inbounds float, float* %1, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = load <8 x float>, <8 x float>* %18, align 32
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %188, <8 x float> %148, <8 x float> %189)
  store <8 x float> %190, <8 x float>* %18, align 32
  %191 = load <8 x float>, <8 x float>* %17, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %188, <8 x float> %144, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %17, align 32
  %193 = load <8 x float>, <8 x float>* %16, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %188, <8 x float> %140, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %16, align 32
  %195 = add i64 %150, 40
  %196 = getelementptr inbounds float, float* %1, i64 %195
  %197 = bitcast float* %196 to <8 x float>*
  %198 = load <8 x float>, <8 x float>* %197, align 4
  %199 = load <8 x float>, <8 x float>* %17, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %148, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %17, align 32
  %201 = load <8 x float>, <8 x float>* %16, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %144, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %16, align 32
  %203 = load <8 x float>, <8 x float>* %15, align 32
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %140, <8 x float> %203)
  store <8 x float> %204, <8 x float>* %15, align 32
  %205 = add i64 %150, 48
  %206 = getelementptr inbounds float, float* %1, i64 %205
  %207 = bitcast float* %206 to <8 x float>*
  %208 = load <8 x float>, <8 x float>* %207, align 4
  %209 = load <8 x float>, <8 x float>* %16, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %148, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %16, align 32
  %211 = load <8 x float>, <8 x float>* %15, align 32
  %212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %144, <8 x float> %211)
  store <8 x float> %212, <8 x float>* %15, align 32
  %213 = load <8 x float>, <8 x float>* %14, align 32
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %140, <8 x float> %213)
  store <8 x float> %214, <8 x float>* %14, align 32
  %215 = add i64 %150, 56
  %216 = getelementptr inbounds float, float* %1, i64 %215
  %217 = bitcast float* %216 to <8 x float>*
  %218 = load <8 x float>, <8 x float>* %217, align 4
  %219 = load <8 x float>, <8 x float>* %15, align 32
  %220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %148, <8 x float> %219)
  store <8 x float> %220, <8 x float>* %15, align 32
  %221 = load <8 x float>, <8 x float>* %14, align 32
  %222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %144, <8 x float> %221)
  store <8 x float> %222, <8 x float>* %14, align 32
  %223 = load <8 x float>, <8 x float>* %13, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %140, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %13, align 32
  %225 = add i64 %150, 64
  %226 = getelementptr inbounds float, float* %1, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  %228 = load <8 x float>, <8 x float>* %227, align 4
  %229 = load <8 x float>, <8 x float>* %14, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %148, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %14, align 32
  %231 = load <8 x float>, <8 x float>* %13, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %144, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %13, align 32
  %233 = load <8 x float>, <8 x float>* %12, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %140, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %12, align 32
  %235 = add i64 %150, 72
  %236 = getelementptr inbounds float, float* %1, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  %238 = load <8 x float>, <8 x float>* %237, align 4
  %239 = load <8 x float>, <8 x float>* %13, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %148, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %13, align 32
  %241 = load <8 x float>, <8 x float>* %12, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %144, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %12, align 32
  %243 = load <8 x float>, <8 x float>* %11, align 32
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %140, <8 x float> %243)
  store <8 x float> %244, <8 x float>* %11, align 32
  %245 = add i64 %150, 80
  %246 = getelementptr inbounds float, float* %1, i64 %245
  %247 = bitcast float* %246 to <8 x float>*
  %248 = load <8 x float>, <8 x float>* %247, align 4
  %249 = load <8 x float>, <8 x float>* %12, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %148, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %12, align 32
  %251 = load <8 x float>, <8 x float>* %11, align 32
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %144, <8 x float> %251)
  store <8 x float> %252, <8 x float>* %11, align 32
  %253 = load <8 x float>, <8 x float>* %10, align 32
  %254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %140, <8 x float> %253)
  store <8 x float> %254, <8 x float>* %10, align 32
  %255 = add i64 %150, 88
  %256 = getelementptr inbounds float, float* %1, i64 %255
  %257 = bitcast float* %256 to <8 x float>*
  %258 = load <8 x float>, <8 x float>* %257, align 4
  %259 = load <8 x float>, <8 x float>* %11, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %148, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %11, align 32
  %261 = load <8 x float>, <8 x float>* %10, align 32
  %262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %144, <8 x float> %261)
  store <8 x float> %262, <8 x float>* %10, align 32
  %263 = add i64 %150, 96
  %264 = getelementptr inbounds float, float* %1, i64 %263
  %265 = bitcast float* %264 to <8 x float>*
  %266 = load <8 x float>, <8 x float>* %265, align 4
  %267 = load <8 x float>, <8 x float>* %10, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %148, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %10, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %x.exit
  %kh4 = phi i64 [ 0, %x.exit ], [ %kh.next9, %endif6 ]
  %269 = icmp slt i64 %kh4, 3
  br i1 %269, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %270 = mul i64 %kh4, 1
  %271 = add i64 %30, %270
  %272 = icmp sge i64 %271, 0
  %273 = icmp slt i64 %271, 112
  %274 = and i1 %272, %273
  br i1 %274, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %275 = add i64 %28, 0
  %276 = load <8 x float>, <8 x float>* %9, align 32
  %277 = fcmp olt <8 x float> %276, zeroinitializer
  %278 = select <8 x i1> %277, <8 x float> zeroinitializer, <8 x float> %276
  %279 = getelementptr inbounds float, float* %0, i64 %275
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  store <8 x float> %34, <8 x float>* %8, align 32
  br label %kh.header10

then5:                                            ; preds = %kh.body2
  %281 = mul i64 %271, 896
  %282 = add i64 %25, %281
  %283 = mul i64 %24, 3
  %284 = add i64 %283, %kh4
  %285 = mul i64 %284, 24
  br label %kw.header

endif6:                                           ; preds = %kw.exit, %kh.body2
  %kh.next9 = add i64 %kh4, 1
  br label %kh.header1

kw.header:                                        ; preds = %endif8, %then5
  %kw = phi i64 [ 0, %then5 ], [ %kw.next, %endif8 ]
  %286 = icmp slt i64 %kw, 3
  br i1 %286, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %287 = mul i64 %kw, 1
  %288 = add i64 -1, %287
  %289 = icmp sge i64 %288, 0
  %290 = icmp slt i64 %288, 112
  %291 = and i1 %289, %290
  br i1 %291, label %then7, label %endif8

kw.exit:                                          ; preds = %kw.header
  br label %endif6

then7:                                            ; preds = %kw.body
  %292 = mul i64 %kw, 8
  %293 = add i64 %285, %292
  %294 = getelementptr inbounds float, float* %4, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  %296 = load <8 x float>, <8 x float>* %295, align 4
  %297 = mul i64 %288, 8
  %298 = add i64 %282, %297
  %299 = getelementptr inbounds float, float* %1, i64 %298
  %300 = bitcast float* %299 to <8 x float>*
  %301 = load <8 x float>, <8 x float>* %300, align 4
  %302 = load <8 x float>, <8 x float>* %9, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %301, <8 x float> %296, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %9, align 32
  br label %endif8

endif8:                                           ; preds = %then7, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header

kh.header10:                                      ; preds = %endif15, %kh.exit3
  %kh13 = phi i64 [ 0, %kh.exit3 ], [ %kh.next23, %endif15 ]
  %304 = icmp slt i64 %kh13, 3
  br i1 %304, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %305 = mul i64 %kh13, 1
  %306 = add i64 %30, %305
  %307 = icmp sge i64 %306, 0
  %308 = icmp slt i64 %306, 112
  %309 = and i1 %307, %308
  br i1 %309, label %then14, label %endif15

kh.exit12:                                        ; preds = %kh.header10
  %310 = add i64 %28, 888
  %311 = load <8 x float>, <8 x float>* %8, align 32
  %312 = fcmp olt <8 x float> %311, zeroinitializer
  %313 = select <8 x i1> %312, <8 x float> zeroinitializer, <8 x float> %311
  %314 = getelementptr inbounds float, float* %0, i64 %310
  %315 = bitcast float* %314 to <8 x float>*
  store <8 x float> %313, <8 x float>* %315, align 4
  %task.next = add i64 %task, 1
  br label %task.header

then14:                                           ; preds = %kh.body11
  %316 = mul i64 %306, 896
  %317 = add i64 %25, %316
  %318 = mul i64 %24, 3
  %319 = add i64 %318, %kh13
  %320 = mul i64 %319, 24
  br label %kw.header16

endif15:                                          ; preds = %kw.exit18, %kh.body11
  %kh.next23 = add i64 %kh13, 1
  br label %kh.header10

kw.header16:                                      ; preds = %endif21, %then14
  %kw19 = phi i64 [ 0, %then14 ], [ %kw.next22, %endif21 ]
  %321 = icmp slt i64 %kw19, 3
  br i1 %321, label %kw.body17, label %kw.exit18

kw.body17:                                        ; preds = %kw.header16
  %322 = mul i64 %kw19, 1
  %323 = add i64 110, %322
  %324 = icmp sge i64 %323, 0
  %325 = icmp slt i64 %323, 112
  %326 = and i1 %324, %325
  br i1 %326, label %then20, label %endif21

kw.exit18:                                        ; preds = %kw.header16
  br label %endif15

then20:                                           ; preds = %kw.body17
  %327 = mul i64 %kw19, 8
  %328 = add i64 %320, %327
  %329 = getelementptr inbounds float, float* %4, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = load <8 x float>, <8 x float>* %330, align 4
  %332 = mul i64 %323, 8
  %333 = add i64 %317, %332
  %334 = getelementptr inbounds float, float* %1, i64 %333
  %335 = bitcast float* %334 to <8 x float>*
  %336 = load <8 x float>, <8 x float>* %335, align 4
  %337 = load <8 x float>, <8 x float>* %8, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %331, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %8, align 32
  br label %endif21

endif21:                                          ; preds = %then20, %kw.body17
  %kw.next22 = add i64 %kw19, 1
  br label %kw.header16
}

; Function Attrs: noinline nounwind
define internal void @node1.depthwiseConv2d_1.step0(i8* %0) #3 {
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
  %25 = add i64 448, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 448
  %29 = select i1 %28, i64 %27, i64 448
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 448
  %32 = select i1 %31, i64 %30, i64 448
  call void @node1.depthwiseConv2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %24 = icmp slt i64 %task, %7
  br i1 %24, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %25 = srem i64 %task, 4
  %26 = sdiv i64 %task, 4
  %27 = srem i64 %26, 98
  %28 = sdiv i64 %task, 392
  %29 = srem i64 %28, 1
  %30 = sdiv i64 %28, 1
  %31 = mul i64 %29, 8
  %32 = mul i64 %25, 2
  %33 = add i64 %31, %32
  %34 = mul i64 %27, 1
  %35 = mul i64 %34, 128
  %36 = mul i64 %27, 1
  %37 = mul i64 %29, 8
  %38 = mul i64 %25, 2
  %39 = add i64 %37, %38
  %40 = mul i64 %30, 4
  %41 = mul i64 %29, 4
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 100352
  %44 = mul i64 %39, 256
  %45 = mul i64 %36, 1024
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 126
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %35, %x
  %48 = mul i64 %30, 8
  %49 = add i64 %48, %33
  %50 = add i64 %49, 0
  %51 = mul i64 %50, 100352
  %52 = add i64 %47, 0
  %53 = mul i64 %52, 8
  %54 = add i64 %51, %53
  %55 = add i64 %47, 1
  %56 = mul i64 %55, 8
  %57 = add i64 %51, %56
  %58 = add i64 %47, 2
  %59 = mul i64 %58, 8
  %60 = add i64 %51, %59
  %61 = add i64 %47, 3
  %62 = mul i64 %61, 8
  %63 = add i64 %51, %62
  %64 = add i64 %47, 4
  %65 = mul i64 %64, 8
  %66 = add i64 %51, %65
  %67 = add i64 %47, 5
  %68 = mul i64 %67, 8
  %69 = add i64 %51, %68
  %70 = mul i64 %30, 8
  %71 = add i64 %70, %33
  %72 = add i64 %71, 1
  %73 = mul i64 %72, 100352
  %74 = add i64 %47, 0
  %75 = mul i64 %74, 8
  %76 = add i64 %73, %75
  %77 = add i64 %47, 1
  %78 = mul i64 %77, 8
  %79 = add i64 %73, %78
  %80 = add i64 %47, 2
  %81 = mul i64 %80, 8
  %82 = add i64 %73, %81
  %83 = add i64 %47, 3
  %84 = mul i64 %83, 8
  %85 = add i64 %73, %84
  %86 = add i64 %47, 4
  %87 = mul i64 %86, 8
  %88 = add i64 %73, %87
  %89 = add i64 %47, 5
  %90 = mul i64 %89, 8
  %91 = add i64 %73, %90
  %92 = add i64 %39, 0
  %93 = mul i64 %92, 8
  %94 = getelementptr inbounds float, float* %5, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = add i64 %39, 1
  %98 = mul i64 %97, 8
  %99 = getelementptr inbounds float, float* %5, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  store <8 x float> %96, <8 x float>* %23, align 32
  store <8 x float> %96, <8 x float>* %22, align 32
  store <8 x float> %96, <8 x float>* %21, align 32
  store <8 x float> %96, <8 x float>* %20, align 32
  store <8 x float> %96, <8 x float>* %19, align 32
  store <8 x float> %96, <8 x float>* %18, align 32
  store <8 x float> %101, <8 x float>* %17, align 32
  store <8 x float> %101, <8 x float>* %16, align 32
  store <8 x float> %101, <8 x float>* %15, align 32
  store <8 x float> %101, <8 x float>* %14, align 32
  store <8 x float> %101, <8 x float>* %13, align 32
  store <8 x float> %101, <8 x float>* %12, align 32
  %102 = mul i64 %x, 8
  %103 = add i64 %45, %102
  %104 = add i64 %43, %103
  br label %u.header

x.exit:                                           ; preds = %x.header
  %105 = add i64 %35, 126
  %106 = mul i64 %30, 8
  %107 = add i64 %106, %33
  %108 = add i64 %107, 0
  %109 = mul i64 %108, 100352
  %110 = add i64 %105, 0
  %111 = mul i64 %110, 8
  %112 = add i64 %109, %111
  %113 = add i64 %105, 1
  %114 = mul i64 %113, 8
  %115 = add i64 %109, %114
  %116 = mul i64 %30, 8
  %117 = add i64 %116, %33
  %118 = add i64 %117, 1
  %119 = mul i64 %118, 100352
  %120 = add i64 %105, 0
  %121 = mul i64 %120, 8
  %122 = add i64 %119, %121
  %123 = add i64 %105, 1
  %124 = mul i64 %123, 8
  %125 = add i64 %119, %124
  %126 = add i64 %39, 0
  %127 = mul i64 %126, 8
  %128 = getelementptr inbounds float, float* %5, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = add i64 %39, 1
  %132 = mul i64 %131, 8
  %133 = getelementptr inbounds float, float* %5, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  store <8 x float> %130, <8 x float>* %11, align 32
  store <8 x float> %130, <8 x float>* %10, align 32
  store <8 x float> %135, <8 x float>* %9, align 32
  store <8 x float> %135, <8 x float>* %8, align 32
  %136 = add i64 %45, 1008
  %137 = add i64 %43, %136
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %138 = icmp slt i64 %u, 4
  br i1 %138, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %139 = add i64 0, %u
  %140 = mul i64 %139, 100352
  %141 = add i64 %104, %140
  %142 = mul i64 %139, 64
  %143 = add i64 %44, %142
  %144 = add i64 %141, 0
  %145 = add i64 %144, 0
  %146 = add i64 %143, 0
  %147 = add i64 %146, 0
  %148 = getelementptr inbounds float, float* %4, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  %150 = load <8 x float>, <8 x float>* %149, align 4
  %151 = add i64 %146, 256
  %152 = getelementptr inbounds float, float* %4, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = add i64 %145, 0
  %156 = getelementptr inbounds float, float* %1, i64 %155
  %157 = load float, float* %156, align 4
  %158 = insertelement <8 x float> undef, float %157, i32 0
  %splat = shufflevector <8 x float> %158, <8 x float> undef, <8 x i32> zeroinitializer
  %159 = load <8 x float>, <8 x float>* %23, align 32
  %160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %150, <8 x float> %159)
  store <8 x float> %160, <8 x float>* %23, align 32
  %161 = load <8 x float>, <8 x float>* %17, align 32
  %162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %154, <8 x float> %161)
  store <8 x float> %162, <8 x float>* %17, align 32
  %163 = add i64 %145, 8
  %164 = getelementptr inbounds float, float* %1, i64 %163
  %165 = load float, float* %164, align 4
  %166 = insertelement <8 x float> undef, float %165, i32 0
  %splat1 = shufflevector <8 x float> %166, <8 x float> undef, <8 x i32> zeroinitializer
  %167 = load <8 x float>, <8 x float>* %22, align 32
  %168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %150, <8 x float> %167)
  store <8 x float> %168, <8 x float>* %22, align 32
  %169 = load <8 x float>, <8 x float>* %16, align 32
  %170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %154, <8 x float> %169)
  store <8 x float> %170, <8 x float>* %16, align 32
  %171 = add i64 %145, 16
  %172 = getelementptr inbounds float, float* %1, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat2 = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %21, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %150, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %21, align 32
  %177 = load <8 x float>, <8 x float>* %15, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %154, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %15, align 32
  %179 = add i64 %145, 24
  %180 = getelementptr inbounds float, float* %1, i64 %179
  %181 = load float, float* %180, align 4
  %182 = insertelement <8 x float> undef, float %181, i32 0
  %splat3 = shufflevector <8 x float> %182, <8 x float> undef, <8 x i32> zeroinitializer
  %183 = load <8 x float>, <8 x float>* %20, align 32
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %150, <8 x float> %183)
  store <8 x float> %184, <8 x float>* %20, align 32
  %185 = load <8 x float>, <8 x float>* %14, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %154, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %14, align 32
  %187 = add i64 %145, 32
  %188 = getelementptr inbounds float, float* %1, i64 %187
  %189 = load float, float* %188, align 4
  %190 = insertelement <8 x float> undef, float %189, i32 0
  %splat4 = shufflevector <8 x float> %190, <8 x float> undef, <8 x i32> zeroinitializer
  %191 = load <8 x float>, <8 x float>* %19, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %150, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %19, align 32
  %193 = load <8 x float>, <8 x float>* %13, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %154, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %13, align 32
  %195 = add i64 %145, 40
  %196 = getelementptr inbounds float, float* %1, i64 %195
  %197 = load float, float* %196, align 4
  %198 = insertelement <8 x float> undef, float %197, i32 0
  %splat5 = shufflevector <8 x float> %198, <8 x float> undef, <8 x i32> zeroinitializer
  %199 = load <8 x float>, <8 x float>* %18, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %150, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %18, align 32
  %201 = load <8 x float>, <8 x float>* %12, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %154, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %12, align 32
  %203 = add i64 %146, 8
  %204 = getelementptr inbounds float, float* %4, i64 %203
  %205 = bitcast float* %204 to <8 x float>*
  %206 = load <8 x float>, <8 x float>* %205, align 4
  %207 = add i64 %146, 264
  %208 = getelementptr inbounds float, float* %4, i64 %207
  %209 = bitcast float* %208 to <8 x float>*
  %210 = load <8 x float>, <8 x float>* %209, align 4
  %211 = add i64 %145, 1
  %212 = getelementptr inbounds float, float* %1, i64 %211
  %213 = load float, float* %212, align 4
  %214 = insertelement <8 x float> undef, float %213, i32 0
  %splat6 = shufflevector <8 x float> %214, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %23, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %206, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %23, align 32
  %217 = load <8 x float>, <8 x float>* %17, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %210, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %17, align 32
  %219 = add i64 %145, 9
  %220 = getelementptr inbounds float, float* %1, i64 %219
  %221 = load float, float* %220, align 4
  %222 = insertelement <8 x float> undef, float %221, i32 0
  %splat7 = shufflevector <8 x float> %222, <8 x float> undef, <8 x i32> zeroinitializer
  %223 = load <8 x float>, <8 x float>* %22, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %206, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %22, align 32
  %225 = load <8 x float>, <8 x float>* %16, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %210, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %16, align 32
  %227 = add i64 %145, 17
  %228 = getelementptr inbounds float, float* %1, i64 %227
  %229 = load float, float* %228, align 4
  %230 = insertelement <8 x float> undef, float %229, i32 0
  %splat8 = shufflevector <8 x float> %230, <8 x float> undef, <8 x i32> zeroinitializer
  %231 = load <8 x float>, <8 x float>* %21, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %206, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %21, align 32
  %233 = load <8 x float>, <8 x float>* %15, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %210, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %15, align 32
  %235 = add i64 %145, 25
  %236 = getelementptr inbounds float, float* %1, i64 %235
  %237 = load float, float* %236, align 4
  %238 = insertelement <8 x float> undef, float %237, i32 0
  %splat9 = shufflevector <8 x float> %238, <8 x float> undef, <8 x i32> zeroinitializer
  %239 = load <8 x float>, <8 x float>* %20, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %206, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %20, align 32
  %241 = load <8 x float>, <8 x float>* %14, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %210, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %14, align 32
  %243 = add i64 %145, 33
  %244 = getelementptr inbounds float, float* %1, i64 %243
  %245 = load float, float* %244, align 4
  %246 = insertelement <8 x float> undef, float %245, i32 0
  %splat10 = shufflevector <8 x float> %246, <8 x float> undef, <8 x i32> zeroinitializer
  %247 = load <8 x float>, <8 x float>* %19, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %206, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %19, align 32
  %249 = load <8 x float>, <8 x float>* %13, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %210, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %13, align 32
  %251 = add i64 %145, 41
  %252 = getelementptr inbounds float, float* %1, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat11 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %18, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %206, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %18, align 32
  %257 = load <8 x float>, <8 x float>* %12, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %210, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %12, align 32
  %259 = add i64 %146, 16
  %260 = getelementptr inbounds float, float* %4, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  %262 = load <8 x float>, <8 x float>* %261, align 4
  %263 = add i64 %146, 272
  %264 = getelementptr inbounds float, float* %4, i64 %263
  %265 = bitcast float* %264 to <8 x float>*
  %266 = load <8 x float>, <8 x float>* %265, align 4
  %267 = add i64 %145, 2
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = load float, float* %268, align 4
  %270 = insertelement <8 x float> undef, float %269, i32 0
  %splat12 = shufflevector <8 x float> %270, <8 x float> undef, <8 x i32> zeroinitializer
  %271 = load <8 x float>, <8 x float>* %23, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %262, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %23, align 32
  %273 = load <8 x float>, <8 x float>* %17, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %266, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %17, align 32
  %275 = add i64 %145, 10
  %276 = getelementptr inbounds float, float* %1, i64 %275
  %277 = load float, float* %276, align 4
  %278 = insertelement <8 x float> undef, float %277, i32 0
  %splat13 = shufflevector <8 x float> %278, <8 x float> undef, <8 x i32> zeroinitializer
  %279 = load <8 x float>, <8 x float>* %22, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %262, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %22, align 32
  %281 = load <8 x float>, <8 x float>* %16, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %266, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %16, align 32
  %283 = add i64 %145, 18
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat14 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %21, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %262, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %21, align 32
  %289 = load <8 x float>, <8 x float>* %15, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %266, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %15, align 32
  %291 = add i64 %145, 26
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = load float, float* %292, align 4
  %294 = insertelement <8 x float> undef, float %293, i32 0
  %splat15 = shufflevector <8 x float> %294, <8 x float> undef, <8 x i32> zeroinitializer
  %295 = load <8 x float>, <8 x float>* %20, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %262, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %20, align 32
  %297 = load <8 x float>, <8 x float>* %14, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %266, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %14, align 32
  %299 = add i64 %145, 34
  %300 = getelementptr inbounds float, float* %1, i64 %299
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> undef, float %301, i32 0
  %splat16 = shufflevector <8 x float> %302, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = load <8 x float>, <8 x float>* %19, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %262, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %19, align 32
  %305 = load <8 x float>, <8 x float>* %13, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %266, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %13, align 32
  %307 = add i64 %145, 42
  %308 = getelementptr inbounds float, float* %1, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat17 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %18, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %262, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %18, align 32
  %313 = load <8 x float>, <8 x float>* %12, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %266, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %12, align 32
  %315 = add i64 %146, 24
  %316 = getelementptr inbounds float, float* %4, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  %318 = load <8 x float>, <8 x float>* %317, align 4
  %319 = add i64 %146, 280
  %320 = getelementptr inbounds float, float* %4, i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  %322 = load <8 x float>, <8 x float>* %321, align 4
  %323 = add i64 %145, 3
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat18 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %23, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %318, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %23, align 32
  %329 = load <8 x float>, <8 x float>* %17, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %322, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %17, align 32
  %331 = add i64 %145, 11
  %332 = getelementptr inbounds float, float* %1, i64 %331
  %333 = load float, float* %332, align 4
  %334 = insertelement <8 x float> undef, float %333, i32 0
  %splat19 = shufflevector <8 x float> %334, <8 x float> undef, <8 x i32> zeroinitializer
  %335 = load <8 x float>, <8 x float>* %22, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %318, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %22, align 32
  %337 = load <8 x float>, <8 x float>* %16, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %322, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %16, align 32
  %339 = add i64 %145, 19
  %340 = getelementptr inbounds float, float* %1, i64 %339
  %341 = load float, float* %340, align 4
  %342 = insertelement <8 x float> undef, float %341, i32 0
  %splat20 = shufflevector <8 x float> %342, <8 x float> undef, <8 x i32> zeroinitializer
  %343 = load <8 x float>, <8 x float>* %21, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %318, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %21, align 32
  %345 = load <8 x float>, <8 x float>* %15, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %322, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %15, align 32
  %347 = add i64 %145, 27
  %348 = getelementptr inbounds float, float* %1, i64 %347
  %349 = load float, float* %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i32 0
  %splat21 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = load <8 x float>, <8 x float>* %20, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %318, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %20, align 32
  %353 = load <8 x float>, <8 x float>* %14, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %322, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %14, align 32
  %355 = add i64 %145, 35
  %356 = getelementptr inbounds float, float* %1, i64 %355
  %357 = load float, float* %356, align 4
  %358 = insertelement <8 x float> undef, float %357, i32 0
  %splat22 = shufflevector <8 x float> %358, <8 x float> undef, <8 x i32> zeroinitializer
  %359 = load <8 x float>, <8 x float>* %19, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %318, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %19, align 32
  %361 = load <8 x float>, <8 x float>* %13, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %322, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %13, align 32
  %363 = add i64 %145, 43
  %364 = getelementptr inbounds float, float* %1, i64 %363
  %365 = load float, float* %364, align 4
  %366 = insertelement <8 x float> undef, float %365, i32 0
  %splat23 = shufflevector <8 x float> %366, <8 x float> undef, <8 x i32> zeroinitializer
  %367 = load <8 x float>, <8 x float>* %18, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %318, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %18, align 32
  %369 = load <8 x float>, <8 x float>* %12, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %322, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %12, align 32
  %371 = add i64 %146, 32
  %372 = getelementptr inbounds float, float* %4, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  %374 = load <8 x float>, <8 x float>* %373, align 4
  %375 = add i64 %146, 288
  %376 = getelementptr inbounds float, float* %4, i64 %375
  %377 = bitcast float* %376 to <8 x float>*
  %378 = load <8 x float>, <8 x float>* %377, align 4
  %379 = add i64 %145, 4
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat24 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %23, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %374, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %23, align 32
  %385 = load <8 x float>, <8 x float>* %17, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %378, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %17, align 32
  %387 = add i64 %145, 12
  %388 = getelementptr inbounds float, float* %1, i64 %387
  %389 = load float, float* %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %splat25 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %391 = load <8 x float>, <8 x float>* %22, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %374, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %22, align 32
  %393 = load <8 x float>, <8 x float>* %16, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %378, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %16, align 32
  %395 = add i64 %145, 20
  %396 = getelementptr inbounds float, float* %1, i64 %395
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i32 0
  %splat26 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, <8 x float>* %21, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %374, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %21, align 32
  %401 = load <8 x float>, <8 x float>* %15, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %378, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %15, align 32
  %403 = add i64 %145, 28
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat27 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %20, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %374, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %20, align 32
  %409 = load <8 x float>, <8 x float>* %14, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %378, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %14, align 32
  %411 = add i64 %145, 36
  %412 = getelementptr inbounds float, float* %1, i64 %411
  %413 = load float, float* %412, align 4
  %414 = insertelement <8 x float> undef, float %413, i32 0
  %splat28 = shufflevector <8 x float> %414, <8 x float> undef, <8 x i32> zeroinitializer
  %415 = load <8 x float>, <8 x float>* %19, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %374, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %19, align 32
  %417 = load <8 x float>, <8 x float>* %13, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %378, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %13, align 32
  %419 = add i64 %145, 44
  %420 = getelementptr inbounds float, float* %1, i64 %419
  %421 = load float, float* %420, align 4
  %422 = insertelement <8 x float> undef, float %421, i32 0
  %splat29 = shufflevector <8 x float> %422, <8 x float> undef, <8 x i32> zeroinitializer
  %423 = load <8 x float>, <8 x float>* %18, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %374, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %18, align 32
  %425 = load <8 x float>, <8 x float>* %12, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %378, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %12, align 32
  %427 = add i64 %146, 40
  %428 = getelementptr inbounds float, float* %4, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  %430 = load <8 x float>, <8 x float>* %429, align 4
  %431 = add i64 %146, 296
  %432 = getelementptr inbounds float, float* %4, i64 %431
  %433 = bitcast float* %432 to <8 x float>*
  %434 = load <8 x float>, <8 x float>* %433, align 4
  %435 = add i64 %145, 5
  %436 = getelementptr inbounds float, float* %1, i64 %435
  %437 = load float, float* %436, align 4
  %438 = insertelement <8 x float> undef, float %437, i32 0
  %splat30 = shufflevector <8 x float> %438, <8 x float> undef, <8 x i32> zeroinitializer
  %439 = load <8 x float>, <8 x float>* %23, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %430, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %23, align 32
  %441 = load <8 x float>, <8 x float>* %17, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %434, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %17, align 32
  %443 = add i64 %145, 13
  %444 = getelementptr inbounds float, float* %1, i64 %443
  %445 = load float, float* %444, align 4
  %446 = insertelement <8 x float> undef, float %445, i32 0
  %splat31 = shufflevector <8 x float> %446, <8 x float> undef, <8 x i32> zeroinitializer
  %447 = load <8 x float>, <8 x float>* %22, align 32
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %430, <8 x float> %447)
  store <8 x float> %448, <8 x float>* %22, align 32
  %449 = load <8 x float>, <8 x float>* %16, align 32
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %434, <8 x float> %449)
  store <8 x float> %450, <8 x float>* %16, align 32
  %451 = add i64 %145, 21
  %452 = getelementptr inbounds float, float* %1, i64 %451
  %453 = load float, float* %452, align 4
  %454 = insertelement <8 x float> undef, float %453, i32 0
  %splat32 = shufflevector <8 x float> %454, <8 x float> undef, <8 x i32> zeroinitializer
  %455 = load <8 x float>, <8 x float>* %21, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %430, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %21, align 32
  %457 = load <8 x float>, <8 x float>* %15, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %434, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %15, align 32
  %459 = add i64 %145, 29
  %460 = getelementptr inbounds float, float* %1, i64 %459
  %461 = load float, float* %460, align 4
  %462 = insertelement <8 x float> undef, float %461, i32 0
  %splat33 = shufflevector <8 x float> %462, <8 x float> undef, <8 x i32> zeroinitializer
  %463 = load <8 x float>, <8 x float>* %20, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %430, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %20, align 32
  %465 = load <8 x float>, <8 x float>* %14, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %434, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %14, align 32
  %467 = add i64 %145, 37
  %468 = getelementptr inbounds float, float* %1, i64 %467
  %469 = load float, float* %468, align 4
  %470 = insertelement <8 x float> undef, float %469, i32 0
  %splat34 = shufflevector <8 x float> %470, <8 x float> undef, <8 x i32> zeroinitializer
  %471 = load <8 x float>, <8 x float>* %19, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %430, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %19, align 32
  %473 = load <8 x float>, <8 x float>* %13, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %434, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %13, align 32
  %475 = add i64 %145, 45
  %476 = getelementptr inbounds float, float* %1, i64 %475
  %477 = load float, float* %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %splat35 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = load <8 x float>, <8 x float>* %18, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %430, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %18, align 32
  %481 = load <8 x float>, <8 x float>* %12, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %434, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %12, align 32
  %483 = add i64 %146, 48
  %484 = getelementptr inbounds float, float* %4, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = load <8 x float>, <8 x float>* %485, align 4
  %487 = add i64 %146, 304
  %488 = getelementptr inbounds float, float* %4, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  %490 = load <8 x float>, <8 x float>* %489, align 4
  %491 = add i64 %145, 6
  %492 = getelementptr inbounds float, float* %1, i64 %491
  %493 = load float, float* %492, align 4
  %494 = insertelement <8 x float> undef, float %493, i32 0
  %splat36 = shufflevector <8 x float> %494, <8 x float> undef, <8 x i32> zeroinitializer
  %495 = load <8 x float>, <8 x float>* %23, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %486, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %23, align 32
  %497 = load <8 x float>, <8 x float>* %17, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %490, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %17, align 32
  %499 = add i64 %145, 14
  %500 = getelementptr inbounds float, float* %1, i64 %499
  %501 = load float, float* %500, align 4
  %502 = insertelement <8 x float> undef, float %501, i32 0
  %splat37 = shufflevector <8 x float> %502, <8 x float> undef, <8 x i32> zeroinitializer
  %503 = load <8 x float>, <8 x float>* %22, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %486, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %22, align 32
  %505 = load <8 x float>, <8 x float>* %16, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %490, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %16, align 32
  %507 = add i64 %145, 22
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat38 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %21, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %486, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %21, align 32
  %513 = load <8 x float>, <8 x float>* %15, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %490, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %15, align 32
  %515 = add i64 %145, 30
  %516 = getelementptr inbounds float, float* %1, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat39 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %20, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %486, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %20, align 32
  %521 = load <8 x float>, <8 x float>* %14, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %490, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %14, align 32
  %523 = add i64 %145, 38
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat40 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %19, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %486, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %19, align 32
  %529 = load <8 x float>, <8 x float>* %13, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %490, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %13, align 32
  %531 = add i64 %145, 46
  %532 = getelementptr inbounds float, float* %1, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat41 = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %18, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %486, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %18, align 32
  %537 = load <8 x float>, <8 x float>* %12, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %490, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %12, align 32
  %539 = add i64 %146, 56
  %540 = getelementptr inbounds float, float* %4, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 %146, 312
  %544 = getelementptr inbounds float, float* %4, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  %546 = load <8 x float>, <8 x float>* %545, align 4
  %547 = add i64 %145, 7
  %548 = getelementptr inbounds float, float* %1, i64 %547
  %549 = load float, float* %548, align 4
  %550 = insertelement <8 x float> undef, float %549, i32 0
  %splat42 = shufflevector <8 x float> %550, <8 x float> undef, <8 x i32> zeroinitializer
  %551 = load <8 x float>, <8 x float>* %23, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %542, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %23, align 32
  %553 = load <8 x float>, <8 x float>* %17, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %546, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %17, align 32
  %555 = add i64 %145, 15
  %556 = getelementptr inbounds float, float* %1, i64 %555
  %557 = load float, float* %556, align 4
  %558 = insertelement <8 x float> undef, float %557, i32 0
  %splat43 = shufflevector <8 x float> %558, <8 x float> undef, <8 x i32> zeroinitializer
  %559 = load <8 x float>, <8 x float>* %22, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %542, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %22, align 32
  %561 = load <8 x float>, <8 x float>* %16, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %546, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %16, align 32
  %563 = add i64 %145, 23
  %564 = getelementptr inbounds float, float* %1, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat44 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %21, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %542, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %21, align 32
  %569 = load <8 x float>, <8 x float>* %15, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %546, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %15, align 32
  %571 = add i64 %145, 31
  %572 = getelementptr inbounds float, float* %1, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat45 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %20, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %542, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %20, align 32
  %577 = load <8 x float>, <8 x float>* %14, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %546, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %14, align 32
  %579 = add i64 %145, 39
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat46 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %19, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %542, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %19, align 32
  %585 = load <8 x float>, <8 x float>* %13, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %546, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %13, align 32
  %587 = add i64 %145, 47
  %588 = getelementptr inbounds float, float* %1, i64 %587
  %589 = load float, float* %588, align 4
  %590 = insertelement <8 x float> undef, float %589, i32 0
  %splat47 = shufflevector <8 x float> %590, <8 x float> undef, <8 x i32> zeroinitializer
  %591 = load <8 x float>, <8 x float>* %18, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %542, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %18, align 32
  %593 = load <8 x float>, <8 x float>* %12, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %546, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %12, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %595 = load <8 x float>, <8 x float>* %23, align 32
  %596 = fcmp olt <8 x float> %595, zeroinitializer
  %597 = select <8 x i1> %596, <8 x float> zeroinitializer, <8 x float> %595
  %598 = getelementptr inbounds float, float* %0, i64 %54
  %599 = bitcast float* %598 to <8 x float>*
  store <8 x float> %597, <8 x float>* %599, align 4
  %600 = load <8 x float>, <8 x float>* %22, align 32
  %601 = fcmp olt <8 x float> %600, zeroinitializer
  %602 = select <8 x i1> %601, <8 x float> zeroinitializer, <8 x float> %600
  %603 = getelementptr inbounds float, float* %0, i64 %57
  %604 = bitcast float* %603 to <8 x float>*
  store <8 x float> %602, <8 x float>* %604, align 4
  %605 = load <8 x float>, <8 x float>* %21, align 32
  %606 = fcmp olt <8 x float> %605, zeroinitializer
  %607 = select <8 x i1> %606, <8 x float> zeroinitializer, <8 x float> %605
  %608 = getelementptr inbounds float, float* %0, i64 %60
  %609 = bitcast float* %608 to <8 x float>*
  store <8 x float> %607, <8 x float>* %609, align 4
  %610 = load <8 x float>, <8 x float>* %20, align 32
  %611 = fcmp olt <8 x float> %610, zeroinitializer
  %612 = select <8 x i1> %611, <8 x float> zeroinitializer, <8 x float> %610
  %613 = getelementptr inbounds float, float* %0, i64 %63
  %614 = bitcast float* %613 to <8 x float>*
  store <8 x float> %612, <8 x float>* %614, align 4
  %615 = load <8 x float>, <8 x float>* %19, align 32
  %616 = fcmp olt <8 x float> %615, zeroinitializer
  %617 = select <8 x i1> %616, <8 x float> zeroinitializer, <8 x float> %615
  %618 = getelementptr inbounds float, float* %0, i64 %66
  %619 = bitcast float* %618 to <8 x float>*
  store <8 x float> %617, <8 x float>* %619, align 4
  %620 = load <8 x float>, <8 x float>* %18, align 32
  %621 = fcmp olt <8 x float> %620, zeroinitializer
  %622 = select <8 x i1> %621, <8 x float> zeroinitializer, <8 x float> %620
  %623 = getelementptr inbounds float, float* %0, i64 %69
  %624 = bitcast float* %623 to <8 x float>*
  store <8 x float> %622, <8 x float>* %624, align 4
  %625 = load <8 x float>, <8 x float>* %17, align 32
  %626 = fcmp olt <8 x float> %625, zeroinitializer
  %627 = select <8 x i1> %626, <8 x float> zeroinitializer, <8 x float> %625
  %628 = getelementptr inbounds float, float* %0, i64 %76
  %629 = bitcast float* %628 to <8 x float>*
  store <8 x float> %627, <8 x float>* %629, align 4
  %630 = load <8 x float>, <8 x float>* %16, align 32
  %631 = fcmp olt <8 x float> %630, zeroinitializer
  %632 = select <8 x i1> %631, <8 x float> zeroinitializer, <8 x float> %630
  %633 = getelementptr inbounds float, float* %0, i64 %79
  %634 = bitcast float* %633 to <8 x float>*
  store <8 x float> %632, <8 x float>* %634, align 4
  %635 = load <8 x float>, <8 x float>* %15, align 32
  %636 = fcmp olt <8 x float> %635, zeroinitializer
  %637 = select <8 x i1> %636, <8 x float> zeroinitializer, <8 x float> %635
  %638 = getelementptr inbounds float, float* %0, i64 %82
  %639 = bitcast float* %638 to <8 x float>*
  store <8 x float> %637, <8 x float>* %639, align 4
  %640 = load <8 x float>, <8 x float>* %14, align 32
  %641 = fcmp olt <8 x float> %640, zeroinitializer
  %642 = select <8 x i1> %641, <8 x float> zeroinitializer, <8 x float> %640
  %643 = getelementptr inbounds float, float* %0, i64 %85
  %644 = bitcast float* %643 to <8 x float>*
  store <8 x float> %642, <8 x float>* %644, align 4
  %645 = load <8 x float>, <8 x float>* %13, align 32
  %646 = fcmp olt <8 x float> %645, zeroinitializer
  %647 = select <8 x i1> %646, <8 x float> zeroinitializer, <8 x float> %645
  %648 = getelementptr inbounds float, float* %0, i64 %88
  %649 = bitcast float* %648 to <8 x float>*
  store <8 x float> %647, <8 x float>* %649, align 4
  %650 = load <8 x float>, <8 x float>* %12, align 32
  %651 = fcmp olt <8 x float> %650, zeroinitializer
  %652 = select <8 x i1> %651, <8 x float> zeroinitializer, <8 x float> %650
  %653 = getelementptr inbounds float, float* %0, i64 %91
  %654 = bitcast float* %653 to <8 x float>*
  store <8 x float> %652, <8 x float>* %654, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next68, %u.body49 ]
  %655 = icmp slt i64 %u51, 4
  br i1 %655, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %656 = add i64 0, %u51
  %657 = mul i64 %656, 100352
  %658 = add i64 %137, %657
  %659 = mul i64 %656, 64
  %660 = add i64 %44, %659
  %661 = add i64 %658, 0
  %662 = add i64 %661, 0
  %663 = add i64 %660, 0
  %664 = add i64 %663, 0
  %665 = getelementptr inbounds float, float* %4, i64 %664
  %666 = bitcast float* %665 to <8 x float>*
  %667 = load <8 x float>, <8 x float>* %666, align 4
  %668 = add i64 %663, 256
  %669 = getelementptr inbounds float, float* %4, i64 %668
  %670 = bitcast float* %669 to <8 x float>*
  %671 = load <8 x float>, <8 x float>* %670, align 4
  %672 = add i64 %662, 0
  %673 = getelementptr inbounds float, float* %1, i64 %672
  %674 = load float, float* %673, align 4
  %675 = insertelement <8 x float> undef, float %674, i32 0
  %splat52 = shufflevector <8 x float> %675, <8 x float> undef, <8 x i32> zeroinitializer
  %676 = load <8 x float>, <8 x float>* %11, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %667, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %11, align 32
  %678 = load <8 x float>, <8 x float>* %9, align 32
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %671, <8 x float> %678)
  store <8 x float> %679, <8 x float>* %9, align 32
  %680 = add i64 %662, 8
  %681 = getelementptr inbounds float, float* %1, i64 %680
  %682 = load float, float* %681, align 4
  %683 = insertelement <8 x float> undef, float %682, i32 0
  %splat53 = shufflevector <8 x float> %683, <8 x float> undef, <8 x i32> zeroinitializer
  %684 = load <8 x float>, <8 x float>* %10, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %667, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %10, align 32
  %686 = load <8 x float>, <8 x float>* %8, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %671, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %8, align 32
  %688 = add i64 %663, 8
  %689 = getelementptr inbounds float, float* %4, i64 %688
  %690 = bitcast float* %689 to <8 x float>*
  %691 = load <8 x float>, <8 x float>* %690, align 4
  %692 = add i64 %663, 264
  %693 = getelementptr inbounds float, float* %4, i64 %692
  %694 = bitcast float* %693 to <8 x float>*
  %695 = load <8 x float>, <8 x float>* %694, align 4
  %696 = add i64 %662, 1
  %697 = getelementptr inbounds float, float* %1, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat54 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %11, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %691, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %11, align 32
  %702 = load <8 x float>, <8 x float>* %9, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %695, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %9, align 32
  %704 = add i64 %662, 9
  %705 = getelementptr inbounds float, float* %1, i64 %704
  %706 = load float, float* %705, align 4
  %707 = insertelement <8 x float> undef, float %706, i32 0
  %splat55 = shufflevector <8 x float> %707, <8 x float> undef, <8 x i32> zeroinitializer
  %708 = load <8 x float>, <8 x float>* %10, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %691, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %10, align 32
  %710 = load <8 x float>, <8 x float>* %8, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %695, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %8, align 32
  %712 = add i64 %663, 16
  %713 = getelementptr inbounds float, float* %4, i64 %712
  %714 = bitcast float* %713 to <8 x float>*
  %715 = load <8 x float>, <8 x float>* %714, align 4
  %716 = add i64 %663, 272
  %717 = getelementptr inbounds float, float* %4, i64 %716
  %718 = bitcast float* %717 to <8 x float>*
  %719 = load <8 x float>, <8 x float>* %718, align 4
  %720 = add i64 %662, 2
  %721 = getelementptr inbounds float, float* %1, i64 %720
  %722 = load float, float* %721, align 4
  %723 = insertelement <8 x float> undef, float %722, i32 0
  %splat56 = shufflevector <8 x float> %723, <8 x float> undef, <8 x i32> zeroinitializer
  %724 = load <8 x float>, <8 x float>* %11, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %715, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %11, align 32
  %726 = load <8 x float>, <8 x float>* %9, align 32
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %719, <8 x float> %726)
  store <8 x float> %727, <8 x float>* %9, align 32
  %728 = add i64 %662, 10
  %729 = getelementptr inbounds float, float* %1, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat57 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %10, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %715, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %10, align 32
  %734 = load <8 x float>, <8 x float>* %8, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %719, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %8, align 32
  %736 = add i64 %663, 24
  %737 = getelementptr inbounds float, float* %4, i64 %736
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = add i64 %663, 280
  %741 = getelementptr inbounds float, float* %4, i64 %740
  %742 = bitcast float* %741 to <8 x float>*
  %743 = load <8 x float>, <8 x float>* %742, align 4
  %744 = add i64 %662, 3
  %745 = getelementptr inbounds float, float* %1, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat58 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %11, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %739, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %11, align 32
  %750 = load <8 x float>, <8 x float>* %9, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %743, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %9, align 32
  %752 = add i64 %662, 11
  %753 = getelementptr inbounds float, float* %1, i64 %752
  %754 = load float, float* %753, align 4
  %755 = insertelement <8 x float> undef, float %754, i32 0
  %splat59 = shufflevector <8 x float> %755, <8 x float> undef, <8 x i32> zeroinitializer
  %756 = load <8 x float>, <8 x float>* %10, align 32
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %739, <8 x float> %756)
  store <8 x float> %757, <8 x float>* %10, align 32
  %758 = load <8 x float>, <8 x float>* %8, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %743, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %8, align 32
  %760 = add i64 %663, 32
  %761 = getelementptr inbounds float, float* %4, i64 %760
  %762 = bitcast float* %761 to <8 x float>*
  %763 = load <8 x float>, <8 x float>* %762, align 4
  %764 = add i64 %663, 288
  %765 = getelementptr inbounds float, float* %4, i64 %764
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  %768 = add i64 %662, 4
  %769 = getelementptr inbounds float, float* %1, i64 %768
  %770 = load float, float* %769, align 4
  %771 = insertelement <8 x float> undef, float %770, i32 0
  %splat60 = shufflevector <8 x float> %771, <8 x float> undef, <8 x i32> zeroinitializer
  %772 = load <8 x float>, <8 x float>* %11, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %763, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %11, align 32
  %774 = load <8 x float>, <8 x float>* %9, align 32
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %767, <8 x float> %774)
  store <8 x float> %775, <8 x float>* %9, align 32
  %776 = add i64 %662, 12
  %777 = getelementptr inbounds float, float* %1, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat61 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %10, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %763, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %10, align 32
  %782 = load <8 x float>, <8 x float>* %8, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %767, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %8, align 32
  %784 = add i64 %663, 40
  %785 = getelementptr inbounds float, float* %4, i64 %784
  %786 = bitcast float* %785 to <8 x float>*
  %787 = load <8 x float>, <8 x float>* %786, align 4
  %788 = add i64 %663, 296
  %789 = getelementptr inbounds float, float* %4, i64 %788
  %790 = bitcast float* %789 to <8 x float>*
  %791 = load <8 x float>, <8 x float>* %790, align 4
  %792 = add i64 %662, 5
  %793 = getelementptr inbounds float, float* %1, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat62 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %11, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %787, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %11, align 32
  %798 = load <8 x float>, <8 x float>* %9, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %791, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %9, align 32
  %800 = add i64 %662, 13
  %801 = getelementptr inbounds float, float* %1, i64 %800
  %802 = load float, float* %801, align 4
  %803 = insertelement <8 x float> undef, float %802, i32 0
  %splat63 = shufflevector <8 x float> %803, <8 x float> undef, <8 x i32> zeroinitializer
  %804 = load <8 x float>, <8 x float>* %10, align 32
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %787, <8 x float> %804)
  store <8 x float> %805, <8 x float>* %10, align 32
  %806 = load <8 x float>, <8 x float>* %8, align 32
  %807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %791, <8 x float> %806)
  store <8 x float> %807, <8 x float>* %8, align 32
  %808 = add i64 %663, 48
  %809 = getelementptr inbounds float, float* %4, i64 %808
  %810 = bitcast float* %809 to <8 x float>*
  %811 = load <8 x float>, <8 x float>* %810, align 4
  %812 = add i64 %663, 304
  %813 = getelementptr inbounds float, float* %4, i64 %812
  %814 = bitcast float* %813 to <8 x float>*
  %815 = load <8 x float>, <8 x float>* %814, align 4
  %816 = add i64 %662, 6
  %817 = getelementptr inbounds float, float* %1, i64 %816
  %818 = load float, float* %817, align 4
  %819 = insertelement <8 x float> undef, float %818, i32 0
  %splat64 = shufflevector <8 x float> %819, <8 x float> undef, <8 x i32> zeroinitializer
  %820 = load <8 x float>, <8 x float>* %11, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %811, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %11, align 32
  %822 = load <8 x float>, <8 x float>* %9, align 32
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %815, <8 x float> %822)
  store <8 x float> %823, <8 x float>* %9, align 32
  %824 = add i64 %662, 14
  %825 = getelementptr inbounds float, float* %1, i64 %824
  %826 = load float, float* %825, align 4
  %827 = insertelement <8 x float> undef, float %826, i32 0
  %splat65 = shufflevector <8 x float> %827, <8 x float> undef, <8 x i32> zeroinitializer
  %828 = load <8 x float>, <8 x float>* %10, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %811, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %10, align 32
  %830 = load <8 x float>, <8 x float>* %8, align 32
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %815, <8 x float> %830)
  store <8 x float> %831, <8 x float>* %8, align 32
  %832 = add i64 %663, 56
  %833 = getelementptr inbounds float, float* %4, i64 %832
  %834 = bitcast float* %833 to <8 x float>*
  %835 = load <8 x float>, <8 x float>* %834, align 4
  %836 = add i64 %663, 312
  %837 = getelementptr inbounds float, float* %4, i64 %836
  %838 = bitcast float* %837 to <8 x float>*
  %839 = load <8 x float>, <8 x float>* %838, align 4
  %840 = add i64 %662, 7
  %841 = getelementptr inbounds float, float* %1, i64 %840
  %842 = load float, float* %841, align 4
  %843 = insertelement <8 x float> undef, float %842, i32 0
  %splat66 = shufflevector <8 x float> %843, <8 x float> undef, <8 x i32> zeroinitializer
  %844 = load <8 x float>, <8 x float>* %11, align 32
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %835, <8 x float> %844)
  store <8 x float> %845, <8 x float>* %11, align 32
  %846 = load <8 x float>, <8 x float>* %9, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %839, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %9, align 32
  %848 = add i64 %662, 15
  %849 = getelementptr inbounds float, float* %1, i64 %848
  %850 = load float, float* %849, align 4
  %851 = insertelement <8 x float> undef, float %850, i32 0
  %splat67 = shufflevector <8 x float> %851, <8 x float> undef, <8 x i32> zeroinitializer
  %852 = load <8 x float>, <8 x float>* %10, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %835, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %10, align 32
  %854 = load <8 x float>, <8 x float>* %8, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %839, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %8, align 32
  %u.next68 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %856 = load <8 x float>, <8 x float>* %11, align 32
  %857 = fcmp olt <8 x float> %856, zeroinitializer
  %858 = select <8 x i1> %857, <8 x float> zeroinitializer, <8 x float> %856
  %859 = getelementptr inbounds float, float* %0, i64 %112
  %860 = bitcast float* %859 to <8 x float>*
  store <8 x float> %858, <8 x float>* %860, align 4
  %861 = load <8 x float>, <8 x float>* %10, align 32
  %862 = fcmp olt <8 x float> %861, zeroinitializer
  %863 = select <8 x i1> %862, <8 x float> zeroinitializer, <8 x float> %861
  %864 = getelementptr inbounds float, float* %0, i64 %115
  %865 = bitcast float* %864 to <8 x float>*
  store <8 x float> %863, <8 x float>* %865, align 4
  %866 = load <8 x float>, <8 x float>* %9, align 32
  %867 = fcmp olt <8 x float> %866, zeroinitializer
  %868 = select <8 x i1> %867, <8 x float> zeroinitializer, <8 x float> %866
  %869 = getelementptr inbounds float, float* %0, i64 %122
  %870 = bitcast float* %869 to <8 x float>*
  store <8 x float> %868, <8 x float>* %870, align 4
  %871 = load <8 x float>, <8 x float>* %8, align 32
  %872 = fcmp olt <8 x float> %871, zeroinitializer
  %873 = select <8 x i1> %872, <8 x float> zeroinitializer, <8 x float> %871
  %874 = getelementptr inbounds float, float* %0, i64 %125
  %875 = bitcast float* %874 to <8 x float>*
  store <8 x float> %873, <8 x float>* %875, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node2.conv2d_2.step0(i8* %0) #3 {
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
  %25 = add i64 392, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 392
  %29 = select i1 %28, i64 %27, i64 392
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 392
  %32 = select i1 %31, i64 %30, i64 392
  call void @node2.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.depthwiseConv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %kh.exit3, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %kh.exit3 ]
  %20 = icmp slt i64 %task, %7
  br i1 %20, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %21 = srem i64 %task, 56
  %22 = sdiv i64 %task, 56
  %23 = srem i64 %22, 8
  %24 = mul i64 %22, 100352
  %25 = mul i64 %22, 56
  %26 = add i64 %25, %21
  %27 = mul i64 %26, 448
  %28 = mul i64 %21, 2
  %29 = sub i64 %28, 1
  %30 = mul i64 %23, 8
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %kh.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %kh.exit ]
  %34 = icmp slt i64 %x, 56
  br i1 %34, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %33, <8 x float>* %19, align 32
  store <8 x float> %33, <8 x float>* %18, align 32
  store <8 x float> %33, <8 x float>* %17, align 32
  store <8 x float> %33, <8 x float>* %16, align 32
  store <8 x float> %33, <8 x float>* %15, align 32
  store <8 x float> %33, <8 x float>* %14, align 32
  store <8 x float> %33, <8 x float>* %13, align 32
  store <8 x float> %33, <8 x float>* %12, align 32
  store <8 x float> %33, <8 x float>* %11, align 32
  store <8 x float> %33, <8 x float>* %10, align 32
  store <8 x float> %33, <8 x float>* %9, align 32
  %35 = mul i64 %x, 2
  %36 = sub i64 %35, 1
  br label %kh.header

x.exit:                                           ; preds = %x.header
  store <8 x float> %33, <8 x float>* %8, align 32
  br label %kh.header1

kh.header:                                        ; preds = %endif, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %endif ]
  %37 = icmp slt i64 %kh, 3
  br i1 %37, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %38 = mul i64 %kh, 1
  %39 = add i64 %29, %38
  %40 = icmp sge i64 %39, 0
  %41 = icmp slt i64 %39, 112
  %42 = and i1 %40, %41
  br i1 %42, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %43 = add i64 %x, 0
  %44 = mul i64 %43, 8
  %45 = add i64 %27, %44
  %46 = load <8 x float>, <8 x float>* %19, align 32
  %47 = fcmp olt <8 x float> %46, zeroinitializer
  %48 = select <8 x i1> %47, <8 x float> zeroinitializer, <8 x float> %46
  %49 = getelementptr inbounds float, float* %0, i64 %45
  %50 = bitcast float* %49 to <8 x float>*
  store <8 x float> %48, <8 x float>* %50, align 4
  %51 = add i64 %x, 1
  %52 = mul i64 %51, 8
  %53 = add i64 %27, %52
  %54 = load <8 x float>, <8 x float>* %18, align 32
  %55 = fcmp olt <8 x float> %54, zeroinitializer
  %56 = select <8 x i1> %55, <8 x float> zeroinitializer, <8 x float> %54
  %57 = getelementptr inbounds float, float* %0, i64 %53
  %58 = bitcast float* %57 to <8 x float>*
  store <8 x float> %56, <8 x float>* %58, align 4
  %59 = add i64 %x, 2
  %60 = mul i64 %59, 8
  %61 = add i64 %27, %60
  %62 = load <8 x float>, <8 x float>* %17, align 32
  %63 = fcmp olt <8 x float> %62, zeroinitializer
  %64 = select <8 x i1> %63, <8 x float> zeroinitializer, <8 x float> %62
  %65 = getelementptr inbounds float, float* %0, i64 %61
  %66 = bitcast float* %65 to <8 x float>*
  store <8 x float> %64, <8 x float>* %66, align 4
  %67 = add i64 %x, 3
  %68 = mul i64 %67, 8
  %69 = add i64 %27, %68
  %70 = load <8 x float>, <8 x float>* %16, align 32
  %71 = fcmp olt <8 x float> %70, zeroinitializer
  %72 = select <8 x i1> %71, <8 x float> zeroinitializer, <8 x float> %70
  %73 = getelementptr inbounds float, float* %0, i64 %69
  %74 = bitcast float* %73 to <8 x float>*
  store <8 x float> %72, <8 x float>* %74, align 4
  %75 = add i64 %x, 4
  %76 = mul i64 %75, 8
  %77 = add i64 %27, %76
  %78 = load <8 x float>, <8 x float>* %15, align 32
  %79 = fcmp olt <8 x float> %78, zeroinitializer
  %80 = select <8 x i1> %79, <8 x float> zeroinitializer, <8 x float> %78
  %81 = getelementptr inbounds float, float* %0, i64 %77
  %82 = bitcast float* %81 to <8 x float>*
  store <8 x float> %80, <8 x float>* %82, align 4
  %83 = add i64 %x, 5
  %84 = mul i64 %83, 8
  %85 = add i64 %27, %84
  %86 = load <8 x float>, <8 x float>* %14, align 32
  %87 = fcmp olt <8 x float> %86, zeroinitializer
  %88 = select <8 x i1> %87, <8 x float> zeroinitializer, <8 x float> %86
  %89 = getelementptr inbounds float, float* %0, i64 %85
  %90 = bitcast float* %89 to <8 x float>*
  store <8 x float> %88, <8 x float>* %90, align 4
  %91 = add i64 %x, 6
  %92 = mul i64 %91, 8
  %93 = add i64 %27, %92
  %94 = load <8 x float>, <8 x float>* %13, align 32
  %95 = fcmp olt <8 x float> %94, zeroinitializer
  %96 = select <8 x i1> %95, <8 x float> zeroinitializer, <8 x float> %94
  %97 = getelementptr inbounds float, float* %0, i64 %93
  %98 = bitcast float* %97 to <8 x float>*
  store <8 x float> %96, <8 x float>* %98, align 4
  %99 = add i64 %x, 7
  %100 = mul i64 %99, 8
  %101 = add i64 %27, %100
  %102 = load <8 x float>, <8 x float>* %12, align 32
  %103 = fcmp olt <8 x float> %102, zeroinitializer
  %104 = select <8 x i1> %103, <8 x float> zeroinitializer, <8 x float> %102
  %105 = getelementptr inbounds float, float* %0, i64 %101
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %104, <8 x float>* %106, align 4
  %107 = add i64 %x, 8
  %108 = mul i64 %107, 8
  %109 = add i64 %27, %108
  %110 = load <8 x float>, <8 x float>* %11, align 32
  %111 = fcmp olt <8 x float> %110, zeroinitializer
  %112 = select <8 x i1> %111, <8 x float> zeroinitializer, <8 x float> %110
  %113 = getelementptr inbounds float, float* %0, i64 %109
  %114 = bitcast float* %113 to <8 x float>*
  store <8 x float> %112, <8 x float>* %114, align 4
  %115 = add i64 %x, 9
  %116 = mul i64 %115, 8
  %117 = add i64 %27, %116
  %118 = load <8 x float>, <8 x float>* %10, align 32
  %119 = fcmp olt <8 x float> %118, zeroinitializer
  %120 = select <8 x i1> %119, <8 x float> zeroinitializer, <8 x float> %118
  %121 = getelementptr inbounds float, float* %0, i64 %117
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %120, <8 x float>* %122, align 4
  %123 = add i64 %x, 10
  %124 = mul i64 %123, 8
  %125 = add i64 %27, %124
  %126 = load <8 x float>, <8 x float>* %9, align 32
  %127 = fcmp olt <8 x float> %126, zeroinitializer
  %128 = select <8 x i1> %127, <8 x float> zeroinitializer, <8 x float> %126
  %129 = getelementptr inbounds float, float* %0, i64 %125
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %128, <8 x float>* %130, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then:                                             ; preds = %kh.body
  %131 = mul i64 %39, 896
  %132 = add i64 %24, %131
  %133 = mul i64 %23, 3
  %134 = add i64 %133, %kh
  %135 = mul i64 %134, 24
  %136 = add i64 %135, 0
  %137 = getelementptr inbounds float, float* %4, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = add i64 %135, 8
  %141 = getelementptr inbounds float, float* %4, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = add i64 %135, 16
  %145 = getelementptr inbounds float, float* %4, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = mul i64 %36, 8
  %149 = add i64 %132, %148
  %150 = add i64 %149, 0
  %151 = getelementptr inbounds float, float* %1, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = load <8 x float>, <8 x float>* %19, align 32
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %153, <8 x float> %139, <8 x float> %154)
  store <8 x float> %155, <8 x float>* %19, align 32
  %156 = add i64 %149, 8
  %157 = getelementptr inbounds float, float* %1, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = load <8 x float>, <8 x float>* %19, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %159, <8 x float> %143, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %19, align 32
  %162 = add i64 %149, 16
  %163 = getelementptr inbounds float, float* %1, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = load <8 x float>, <8 x float>* %19, align 32
  %167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %165, <8 x float> %147, <8 x float> %166)
  store <8 x float> %167, <8 x float>* %19, align 32
  %168 = load <8 x float>, <8 x float>* %18, align 32
  %169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %165, <8 x float> %139, <8 x float> %168)
  store <8 x float> %169, <8 x float>* %18, align 32
  %170 = add i64 %149, 24
  %171 = getelementptr inbounds float, float* %1, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = load <8 x float>, <8 x float>* %18, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %173, <8 x float> %143, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %18, align 32
  %176 = add i64 %149, 32
  %177 = getelementptr inbounds float, float* %1, i64 %176
  %178 = bitcast float* %177 to <8 x float>*
  %179 = load <8 x float>, <8 x float>* %178, align 4
  %180 = load <8 x float>, <8 x float>* %18, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> %147, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %18, align 32
  %182 = load <8 x float>, <8 x float>* %17, align 32
  %183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> %139, <8 x float> %182)
  store <8 x float> %183, <8 x float>* %17, align 32
  %184 = add i64 %149, 40
  %185 = getelementptr inbounds float, float* %1, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  %187 = load <8 x float>, <8 x float>* %186, align 4
  %188 = load <8 x float>, <8 x float>* %17, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %143, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %17, align 32
  %190 = add i64 %149, 48
  %191 = getelementptr inbounds float, float* %1, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = load <8 x float>, <8 x float>* %17, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> %147, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %17, align 32
  %196 = load <8 x float>, <8 x float>* %16, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> %139, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %16, align 32
  %198 = add i64 %149, 56
  %199 = getelementptr inbounds float, float* %1, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  %201 = load <8 x float>, <8 x float>* %200, align 4
  %202 = load <8 x float>, <8 x float>* %16, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> %143, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %16, align 32
  %204 = add i64 %149, 64
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = load <8 x float>, <8 x float>* %16, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %207, <8 x float> %147, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %16, align 32
  %210 = load <8 x float>, <8 x float>* %15, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %207, <8 x float> %139, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %15, align 32
  %212 = add i64 %149, 72
  %213 = getelementptr inbounds float, float* %1, i64 %212
  %214 = bitcast float* %213 to <8 x float>*
  %215 = load <8 x float>, <8 x float>* %214, align 4
  %216 = load <8 x float>, <8 x float>* %15, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %215, <8 x float> %143, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %15, align 32
  %218 = add i64 %149, 80
  %219 = getelementptr inbounds float, float* %1, i64 %218
  %220 = bitcast float* %219 to <8 x float>*
  %221 = load <8 x float>, <8 x float>* %220, align 4
  %222 = load <8 x float>, <8 x float>* %15, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> %147, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %15, align 32
  %224 = load <8 x float>, <8 x float>* %14, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> %139, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %14, align 32
  %226 = add i64 %149, 88
  %227 = getelementptr inbounds float, float* %1, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  %229 = load <8 x float>, <8 x float>* %228, align 4
  %230 = load <8 x float>, <8 x float>* %14, align 32
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %229, <8 x float> %143, <8 x float> %230)
  store <8 x float> %231, <8 x float>* %14, align 32
  %232 = add i64 %149, 96
  %233 = getelementptr inbounds float, float* %1, i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  %235 = load <8 x float>, <8 x float>* %234, align 4
  %236 = load <8 x float>, <8 x float>* %14, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %147, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %14, align 32
  %238 = load <8 x float>, <8 x float>* %13, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %139, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %13, align 32
  %240 = add i64 %149, 104
  %241 = getelementptr inbounds float, float* %1, i64 %240
  %242 = bitcast float* %241 to <8 x float>*
  %243 = load <8 x float>, <8 x float>* %242, align 4
  %244 = load <8 x float>, <8 x float>* %13, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %143, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %13, align 32
  %246 = add i64 %149, 112
  %247 = getelementptr inbounds float, float* %1, i64 %246
  %248 = bitcast float* %247 to <8 x float>*
  %249 = load <8 x float>, <8 x float>* %248, align 4
  %250 = load <8 x float>, <8 x float>* %13, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %147, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %13, align 32
  %252 = load <8 x float>, <8 x float>* %12, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %139, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %12, align 32
  %254 = add i64 %149, 120
  %255 = getelementptr inbounds float, float* %1, i64 %254
  %256 = bitcast float* %255 to <8 x float>*
  %257 = load <8 x float>, <8 x float>* %256, align 4
  %258 = load <8 x float>, <8 x float>* %12, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %143, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %12, align 32
  %260 = add i64 %149, 128
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = load <8 x float>, <8 x float>* %12, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %263, <8 x float> %147, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %12, align 32
  %266 = load <8 x float>, <8 x float>* %11, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %263, <8 x float> %139, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %11, align 32
  %268 = add i64 %149, 136
  %269 = getelementptr inbounds float, float* %1, i64 %268
  %270 = bitcast float* %269 to <8 x float>*
  %271 = load <8 x float>, <8 x float>* %270, align 4
  %272 = load <8 x float>, <8 x float>* %11, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> %143, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %11, align 32
  %274 = add i64 %149, 144
  %275 = getelementptr inbounds float, float* %1, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  %277 = load <8 x float>, <8 x float>* %276, align 4
  %278 = load <8 x float>, <8 x float>* %11, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %147, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %11, align 32
  %280 = load <8 x float>, <8 x float>* %10, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %139, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %10, align 32
  %282 = add i64 %149, 152
  %283 = getelementptr inbounds float, float* %1, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  %285 = load <8 x float>, <8 x float>* %284, align 4
  %286 = load <8 x float>, <8 x float>* %10, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %143, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %10, align 32
  %288 = add i64 %149, 160
  %289 = getelementptr inbounds float, float* %1, i64 %288
  %290 = bitcast float* %289 to <8 x float>*
  %291 = load <8 x float>, <8 x float>* %290, align 4
  %292 = load <8 x float>, <8 x float>* %10, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %291, <8 x float> %147, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %10, align 32
  %294 = load <8 x float>, <8 x float>* %9, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %291, <8 x float> %139, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %9, align 32
  %296 = add i64 %149, 168
  %297 = getelementptr inbounds float, float* %1, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  %299 = load <8 x float>, <8 x float>* %298, align 4
  %300 = load <8 x float>, <8 x float>* %9, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %143, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %9, align 32
  %302 = add i64 %149, 176
  %303 = getelementptr inbounds float, float* %1, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  %305 = load <8 x float>, <8 x float>* %304, align 4
  %306 = load <8 x float>, <8 x float>* %9, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %147, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %9, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %x.exit
  %kh4 = phi i64 [ 0, %x.exit ], [ %kh.next9, %endif6 ]
  %308 = icmp slt i64 %kh4, 3
  br i1 %308, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %309 = mul i64 %kh4, 1
  %310 = add i64 %29, %309
  %311 = icmp sge i64 %310, 0
  %312 = icmp slt i64 %310, 112
  %313 = and i1 %311, %312
  br i1 %313, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %314 = add i64 %27, 0
  %315 = load <8 x float>, <8 x float>* %8, align 32
  %316 = fcmp olt <8 x float> %315, zeroinitializer
  %317 = select <8 x i1> %316, <8 x float> zeroinitializer, <8 x float> %315
  %318 = getelementptr inbounds float, float* %0, i64 %314
  %319 = bitcast float* %318 to <8 x float>*
  store <8 x float> %317, <8 x float>* %319, align 4
  %task.next = add i64 %task, 1
  br label %task.header

then5:                                            ; preds = %kh.body2
  %320 = mul i64 %310, 896
  %321 = add i64 %24, %320
  %322 = mul i64 %23, 3
  %323 = add i64 %322, %kh4
  %324 = mul i64 %323, 24
  br label %kw.header

endif6:                                           ; preds = %kw.exit, %kh.body2
  %kh.next9 = add i64 %kh4, 1
  br label %kh.header1

kw.header:                                        ; preds = %endif8, %then5
  %kw = phi i64 [ 0, %then5 ], [ %kw.next, %endif8 ]
  %325 = icmp slt i64 %kw, 3
  br i1 %325, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %326 = mul i64 %kw, 1
  %327 = add i64 -1, %326
  %328 = icmp sge i64 %327, 0
  %329 = icmp slt i64 %327, 112
  %330 = and i1 %328, %329
  br i1 %330, label %then7, label %endif8

kw.exit:                                          ; preds = %kw.header
  br label %endif6

then7:                                            ; preds = %kw.body
  %331 = mul i64 %kw, 8
  %332 = add i64 %324, %331
  %333 = getelementptr inbounds float, float* %4, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  %335 = load <8 x float>, <8 x float>* %334, align 4
  %336 = mul i64 %327, 8
  %337 = add i64 %321, %336
  %338 = getelementptr inbounds float, float* %1, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  %340 = load <8 x float>, <8 x float>* %339, align 4
  %341 = load <8 x float>, <8 x float>* %8, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %335, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %8, align 32
  br label %endif8

endif8:                                           ; preds = %then7, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header
}

; Function Attrs: noinline nounwind
define internal void @node3.depthwiseConv2d_2.step0(i8* %0) #3 {
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
  %25 = add i64 448, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 448
  %29 = select i1 %28, i64 %27, i64 448
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 448
  %32 = select i1 %31, i64 %30, i64 448
  call void @node3.depthwiseConv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %28 = icmp slt i64 %task, %7
  br i1 %28, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %29 = srem i64 %task, 8
  %30 = sdiv i64 %task, 8
  %31 = srem i64 %30, 28
  %32 = sdiv i64 %task, 224
  %33 = srem i64 %32, 1
  %34 = sdiv i64 %32, 1
  %35 = mul i64 %33, 16
  %36 = mul i64 %29, 2
  %37 = add i64 %35, %36
  %38 = mul i64 %31, 1
  %39 = mul i64 %38, 112
  %40 = mul i64 %31, 1
  %41 = mul i64 %33, 16
  %42 = mul i64 %29, 2
  %43 = add i64 %41, %42
  %44 = mul i64 %34, 8
  %45 = mul i64 %33, 8
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 25088
  %48 = mul i64 %43, 512
  %49 = mul i64 %40, 896
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %50 = icmp slt i64 %x, 108
  br i1 %50, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %51 = add i64 %39, %x
  %52 = mul i64 %34, 16
  %53 = add i64 %52, %37
  %54 = add i64 %53, 0
  %55 = mul i64 %54, 25088
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
  %74 = mul i64 %34, 16
  %75 = add i64 %74, %37
  %76 = add i64 %75, 1
  %77 = mul i64 %76, 25088
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
  %106 = mul i64 %x, 8
  %107 = add i64 %49, %106
  %108 = add i64 %47, %107
  br label %u.header

x.exit:                                           ; preds = %x.header
  %109 = add i64 %39, 108
  %110 = mul i64 %34, 16
  %111 = add i64 %110, %37
  %112 = add i64 %111, 0
  %113 = mul i64 %112, 25088
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
  %126 = mul i64 %34, 16
  %127 = add i64 %126, %37
  %128 = add i64 %127, 1
  %129 = mul i64 %128, 25088
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
  %152 = add i64 %49, 864
  %153 = add i64 %47, %152
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %154 = icmp slt i64 %u, 8
  br i1 %154, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %155 = add i64 0, %u
  %156 = mul i64 %155, 25088
  %157 = add i64 %108, %156
  %158 = mul i64 %155, 64
  %159 = add i64 %48, %158
  %160 = add i64 %157, 0
  %161 = add i64 %160, 0
  %162 = add i64 %159, 0
  %163 = add i64 %162, 0
  %164 = getelementptr inbounds float, float* %4, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = add i64 %162, 512
  %168 = getelementptr inbounds float, float* %4, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = add i64 %161, 0
  %172 = getelementptr inbounds float, float* %1, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %27, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %166, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %27, align 32
  %177 = load <8 x float>, <8 x float>* %21, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %170, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %21, align 32
  %179 = add i64 %161, 8
  %180 = getelementptr inbounds float, float* %1, i64 %179
  %181 = load float, float* %180, align 4
  %182 = insertelement <8 x float> undef, float %181, i32 0
  %splat1 = shufflevector <8 x float> %182, <8 x float> undef, <8 x i32> zeroinitializer
  %183 = load <8 x float>, <8 x float>* %26, align 32
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %166, <8 x float> %183)
  store <8 x float> %184, <8 x float>* %26, align 32
  %185 = load <8 x float>, <8 x float>* %20, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %170, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %20, align 32
  %187 = add i64 %161, 16
  %188 = getelementptr inbounds float, float* %1, i64 %187
  %189 = load float, float* %188, align 4
  %190 = insertelement <8 x float> undef, float %189, i32 0
  %splat2 = shufflevector <8 x float> %190, <8 x float> undef, <8 x i32> zeroinitializer
  %191 = load <8 x float>, <8 x float>* %25, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %166, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %25, align 32
  %193 = load <8 x float>, <8 x float>* %19, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %170, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %19, align 32
  %195 = add i64 %161, 24
  %196 = getelementptr inbounds float, float* %1, i64 %195
  %197 = load float, float* %196, align 4
  %198 = insertelement <8 x float> undef, float %197, i32 0
  %splat3 = shufflevector <8 x float> %198, <8 x float> undef, <8 x i32> zeroinitializer
  %199 = load <8 x float>, <8 x float>* %24, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %166, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %24, align 32
  %201 = load <8 x float>, <8 x float>* %18, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %170, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %18, align 32
  %203 = add i64 %161, 32
  %204 = getelementptr inbounds float, float* %1, i64 %203
  %205 = load float, float* %204, align 4
  %206 = insertelement <8 x float> undef, float %205, i32 0
  %splat4 = shufflevector <8 x float> %206, <8 x float> undef, <8 x i32> zeroinitializer
  %207 = load <8 x float>, <8 x float>* %23, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %166, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %23, align 32
  %209 = load <8 x float>, <8 x float>* %17, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %170, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %17, align 32
  %211 = add i64 %161, 40
  %212 = getelementptr inbounds float, float* %1, i64 %211
  %213 = load float, float* %212, align 4
  %214 = insertelement <8 x float> undef, float %213, i32 0
  %splat5 = shufflevector <8 x float> %214, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %22, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %166, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %22, align 32
  %217 = load <8 x float>, <8 x float>* %16, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %170, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %16, align 32
  %219 = add i64 %162, 8
  %220 = getelementptr inbounds float, float* %4, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  %222 = load <8 x float>, <8 x float>* %221, align 4
  %223 = add i64 %162, 520
  %224 = getelementptr inbounds float, float* %4, i64 %223
  %225 = bitcast float* %224 to <8 x float>*
  %226 = load <8 x float>, <8 x float>* %225, align 4
  %227 = add i64 %161, 1
  %228 = getelementptr inbounds float, float* %1, i64 %227
  %229 = load float, float* %228, align 4
  %230 = insertelement <8 x float> undef, float %229, i32 0
  %splat6 = shufflevector <8 x float> %230, <8 x float> undef, <8 x i32> zeroinitializer
  %231 = load <8 x float>, <8 x float>* %27, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %222, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %27, align 32
  %233 = load <8 x float>, <8 x float>* %21, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %226, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %21, align 32
  %235 = add i64 %161, 9
  %236 = getelementptr inbounds float, float* %1, i64 %235
  %237 = load float, float* %236, align 4
  %238 = insertelement <8 x float> undef, float %237, i32 0
  %splat7 = shufflevector <8 x float> %238, <8 x float> undef, <8 x i32> zeroinitializer
  %239 = load <8 x float>, <8 x float>* %26, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %222, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %26, align 32
  %241 = load <8 x float>, <8 x float>* %20, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %226, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %20, align 32
  %243 = add i64 %161, 17
  %244 = getelementptr inbounds float, float* %1, i64 %243
  %245 = load float, float* %244, align 4
  %246 = insertelement <8 x float> undef, float %245, i32 0
  %splat8 = shufflevector <8 x float> %246, <8 x float> undef, <8 x i32> zeroinitializer
  %247 = load <8 x float>, <8 x float>* %25, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %222, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %25, align 32
  %249 = load <8 x float>, <8 x float>* %19, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %226, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %19, align 32
  %251 = add i64 %161, 25
  %252 = getelementptr inbounds float, float* %1, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat9 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %24, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %222, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %24, align 32
  %257 = load <8 x float>, <8 x float>* %18, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %226, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %18, align 32
  %259 = add i64 %161, 33
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = load float, float* %260, align 4
  %262 = insertelement <8 x float> undef, float %261, i32 0
  %splat10 = shufflevector <8 x float> %262, <8 x float> undef, <8 x i32> zeroinitializer
  %263 = load <8 x float>, <8 x float>* %23, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %222, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %23, align 32
  %265 = load <8 x float>, <8 x float>* %17, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %226, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %17, align 32
  %267 = add i64 %161, 41
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = load float, float* %268, align 4
  %270 = insertelement <8 x float> undef, float %269, i32 0
  %splat11 = shufflevector <8 x float> %270, <8 x float> undef, <8 x i32> zeroinitializer
  %271 = load <8 x float>, <8 x float>* %22, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %222, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %22, align 32
  %273 = load <8 x float>, <8 x float>* %16, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %226, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %16, align 32
  %275 = add i64 %162, 16
  %276 = getelementptr inbounds float, float* %4, i64 %275
  %277 = bitcast float* %276 to <8 x float>*
  %278 = load <8 x float>, <8 x float>* %277, align 4
  %279 = add i64 %162, 528
  %280 = getelementptr inbounds float, float* %4, i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  %282 = load <8 x float>, <8 x float>* %281, align 4
  %283 = add i64 %161, 2
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat12 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %27, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %278, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %27, align 32
  %289 = load <8 x float>, <8 x float>* %21, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %282, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %21, align 32
  %291 = add i64 %161, 10
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = load float, float* %292, align 4
  %294 = insertelement <8 x float> undef, float %293, i32 0
  %splat13 = shufflevector <8 x float> %294, <8 x float> undef, <8 x i32> zeroinitializer
  %295 = load <8 x float>, <8 x float>* %26, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %278, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %26, align 32
  %297 = load <8 x float>, <8 x float>* %20, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %282, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %20, align 32
  %299 = add i64 %161, 18
  %300 = getelementptr inbounds float, float* %1, i64 %299
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> undef, float %301, i32 0
  %splat14 = shufflevector <8 x float> %302, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = load <8 x float>, <8 x float>* %25, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %278, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %25, align 32
  %305 = load <8 x float>, <8 x float>* %19, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %282, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %19, align 32
  %307 = add i64 %161, 26
  %308 = getelementptr inbounds float, float* %1, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat15 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %24, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %278, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %24, align 32
  %313 = load <8 x float>, <8 x float>* %18, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %282, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %18, align 32
  %315 = add i64 %161, 34
  %316 = getelementptr inbounds float, float* %1, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> undef, float %317, i32 0
  %splat16 = shufflevector <8 x float> %318, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = load <8 x float>, <8 x float>* %23, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %278, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %23, align 32
  %321 = load <8 x float>, <8 x float>* %17, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %282, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %17, align 32
  %323 = add i64 %161, 42
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat17 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %22, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %278, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %22, align 32
  %329 = load <8 x float>, <8 x float>* %16, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %282, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %16, align 32
  %331 = add i64 %162, 24
  %332 = getelementptr inbounds float, float* %4, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = add i64 %162, 536
  %336 = getelementptr inbounds float, float* %4, i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  %338 = load <8 x float>, <8 x float>* %337, align 4
  %339 = add i64 %161, 3
  %340 = getelementptr inbounds float, float* %1, i64 %339
  %341 = load float, float* %340, align 4
  %342 = insertelement <8 x float> undef, float %341, i32 0
  %splat18 = shufflevector <8 x float> %342, <8 x float> undef, <8 x i32> zeroinitializer
  %343 = load <8 x float>, <8 x float>* %27, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %334, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %27, align 32
  %345 = load <8 x float>, <8 x float>* %21, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %338, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %21, align 32
  %347 = add i64 %161, 11
  %348 = getelementptr inbounds float, float* %1, i64 %347
  %349 = load float, float* %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i32 0
  %splat19 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = load <8 x float>, <8 x float>* %26, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %334, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %26, align 32
  %353 = load <8 x float>, <8 x float>* %20, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %338, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %20, align 32
  %355 = add i64 %161, 19
  %356 = getelementptr inbounds float, float* %1, i64 %355
  %357 = load float, float* %356, align 4
  %358 = insertelement <8 x float> undef, float %357, i32 0
  %splat20 = shufflevector <8 x float> %358, <8 x float> undef, <8 x i32> zeroinitializer
  %359 = load <8 x float>, <8 x float>* %25, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %334, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %25, align 32
  %361 = load <8 x float>, <8 x float>* %19, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %338, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %19, align 32
  %363 = add i64 %161, 27
  %364 = getelementptr inbounds float, float* %1, i64 %363
  %365 = load float, float* %364, align 4
  %366 = insertelement <8 x float> undef, float %365, i32 0
  %splat21 = shufflevector <8 x float> %366, <8 x float> undef, <8 x i32> zeroinitializer
  %367 = load <8 x float>, <8 x float>* %24, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %334, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %24, align 32
  %369 = load <8 x float>, <8 x float>* %18, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %338, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %18, align 32
  %371 = add i64 %161, 35
  %372 = getelementptr inbounds float, float* %1, i64 %371
  %373 = load float, float* %372, align 4
  %374 = insertelement <8 x float> undef, float %373, i32 0
  %splat22 = shufflevector <8 x float> %374, <8 x float> undef, <8 x i32> zeroinitializer
  %375 = load <8 x float>, <8 x float>* %23, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %334, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %23, align 32
  %377 = load <8 x float>, <8 x float>* %17, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %338, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %17, align 32
  %379 = add i64 %161, 43
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat23 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %22, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %334, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %22, align 32
  %385 = load <8 x float>, <8 x float>* %16, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %338, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %16, align 32
  %387 = add i64 %162, 32
  %388 = getelementptr inbounds float, float* %4, i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = add i64 %162, 544
  %392 = getelementptr inbounds float, float* %4, i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  %394 = load <8 x float>, <8 x float>* %393, align 4
  %395 = add i64 %161, 4
  %396 = getelementptr inbounds float, float* %1, i64 %395
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i32 0
  %splat24 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, <8 x float>* %27, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %390, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %27, align 32
  %401 = load <8 x float>, <8 x float>* %21, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %394, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %21, align 32
  %403 = add i64 %161, 12
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat25 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %26, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %390, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %26, align 32
  %409 = load <8 x float>, <8 x float>* %20, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %394, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %20, align 32
  %411 = add i64 %161, 20
  %412 = getelementptr inbounds float, float* %1, i64 %411
  %413 = load float, float* %412, align 4
  %414 = insertelement <8 x float> undef, float %413, i32 0
  %splat26 = shufflevector <8 x float> %414, <8 x float> undef, <8 x i32> zeroinitializer
  %415 = load <8 x float>, <8 x float>* %25, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %390, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %25, align 32
  %417 = load <8 x float>, <8 x float>* %19, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %394, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %19, align 32
  %419 = add i64 %161, 28
  %420 = getelementptr inbounds float, float* %1, i64 %419
  %421 = load float, float* %420, align 4
  %422 = insertelement <8 x float> undef, float %421, i32 0
  %splat27 = shufflevector <8 x float> %422, <8 x float> undef, <8 x i32> zeroinitializer
  %423 = load <8 x float>, <8 x float>* %24, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %390, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %24, align 32
  %425 = load <8 x float>, <8 x float>* %18, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %394, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %18, align 32
  %427 = add i64 %161, 36
  %428 = getelementptr inbounds float, float* %1, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat28 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %23, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %390, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %23, align 32
  %433 = load <8 x float>, <8 x float>* %17, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %394, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %17, align 32
  %435 = add i64 %161, 44
  %436 = getelementptr inbounds float, float* %1, i64 %435
  %437 = load float, float* %436, align 4
  %438 = insertelement <8 x float> undef, float %437, i32 0
  %splat29 = shufflevector <8 x float> %438, <8 x float> undef, <8 x i32> zeroinitializer
  %439 = load <8 x float>, <8 x float>* %22, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %390, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %22, align 32
  %441 = load <8 x float>, <8 x float>* %16, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %394, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %16, align 32
  %443 = add i64 %162, 40
  %444 = getelementptr inbounds float, float* %4, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  %446 = load <8 x float>, <8 x float>* %445, align 4
  %447 = add i64 %162, 552
  %448 = getelementptr inbounds float, float* %4, i64 %447
  %449 = bitcast float* %448 to <8 x float>*
  %450 = load <8 x float>, <8 x float>* %449, align 4
  %451 = add i64 %161, 5
  %452 = getelementptr inbounds float, float* %1, i64 %451
  %453 = load float, float* %452, align 4
  %454 = insertelement <8 x float> undef, float %453, i32 0
  %splat30 = shufflevector <8 x float> %454, <8 x float> undef, <8 x i32> zeroinitializer
  %455 = load <8 x float>, <8 x float>* %27, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %446, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %27, align 32
  %457 = load <8 x float>, <8 x float>* %21, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %450, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %21, align 32
  %459 = add i64 %161, 13
  %460 = getelementptr inbounds float, float* %1, i64 %459
  %461 = load float, float* %460, align 4
  %462 = insertelement <8 x float> undef, float %461, i32 0
  %splat31 = shufflevector <8 x float> %462, <8 x float> undef, <8 x i32> zeroinitializer
  %463 = load <8 x float>, <8 x float>* %26, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %446, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %26, align 32
  %465 = load <8 x float>, <8 x float>* %20, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %450, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %20, align 32
  %467 = add i64 %161, 21
  %468 = getelementptr inbounds float, float* %1, i64 %467
  %469 = load float, float* %468, align 4
  %470 = insertelement <8 x float> undef, float %469, i32 0
  %splat32 = shufflevector <8 x float> %470, <8 x float> undef, <8 x i32> zeroinitializer
  %471 = load <8 x float>, <8 x float>* %25, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %446, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %25, align 32
  %473 = load <8 x float>, <8 x float>* %19, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %450, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %19, align 32
  %475 = add i64 %161, 29
  %476 = getelementptr inbounds float, float* %1, i64 %475
  %477 = load float, float* %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %splat33 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = load <8 x float>, <8 x float>* %24, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %446, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %24, align 32
  %481 = load <8 x float>, <8 x float>* %18, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %450, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %18, align 32
  %483 = add i64 %161, 37
  %484 = getelementptr inbounds float, float* %1, i64 %483
  %485 = load float, float* %484, align 4
  %486 = insertelement <8 x float> undef, float %485, i32 0
  %splat34 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %487 = load <8 x float>, <8 x float>* %23, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %446, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %23, align 32
  %489 = load <8 x float>, <8 x float>* %17, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %450, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %17, align 32
  %491 = add i64 %161, 45
  %492 = getelementptr inbounds float, float* %1, i64 %491
  %493 = load float, float* %492, align 4
  %494 = insertelement <8 x float> undef, float %493, i32 0
  %splat35 = shufflevector <8 x float> %494, <8 x float> undef, <8 x i32> zeroinitializer
  %495 = load <8 x float>, <8 x float>* %22, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %446, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %22, align 32
  %497 = load <8 x float>, <8 x float>* %16, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %450, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %16, align 32
  %499 = add i64 %162, 48
  %500 = getelementptr inbounds float, float* %4, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  %502 = load <8 x float>, <8 x float>* %501, align 4
  %503 = add i64 %162, 560
  %504 = getelementptr inbounds float, float* %4, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  %506 = load <8 x float>, <8 x float>* %505, align 4
  %507 = add i64 %161, 6
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat36 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %27, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %502, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %27, align 32
  %513 = load <8 x float>, <8 x float>* %21, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %506, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %21, align 32
  %515 = add i64 %161, 14
  %516 = getelementptr inbounds float, float* %1, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat37 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %26, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %502, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %26, align 32
  %521 = load <8 x float>, <8 x float>* %20, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %506, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %20, align 32
  %523 = add i64 %161, 22
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat38 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %25, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %502, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %25, align 32
  %529 = load <8 x float>, <8 x float>* %19, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %506, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %19, align 32
  %531 = add i64 %161, 30
  %532 = getelementptr inbounds float, float* %1, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat39 = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %24, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %502, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %24, align 32
  %537 = load <8 x float>, <8 x float>* %18, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %506, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %18, align 32
  %539 = add i64 %161, 38
  %540 = getelementptr inbounds float, float* %1, i64 %539
  %541 = load float, float* %540, align 4
  %542 = insertelement <8 x float> undef, float %541, i32 0
  %splat40 = shufflevector <8 x float> %542, <8 x float> undef, <8 x i32> zeroinitializer
  %543 = load <8 x float>, <8 x float>* %23, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %502, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %23, align 32
  %545 = load <8 x float>, <8 x float>* %17, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %506, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %17, align 32
  %547 = add i64 %161, 46
  %548 = getelementptr inbounds float, float* %1, i64 %547
  %549 = load float, float* %548, align 4
  %550 = insertelement <8 x float> undef, float %549, i32 0
  %splat41 = shufflevector <8 x float> %550, <8 x float> undef, <8 x i32> zeroinitializer
  %551 = load <8 x float>, <8 x float>* %22, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %502, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %22, align 32
  %553 = load <8 x float>, <8 x float>* %16, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %506, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %16, align 32
  %555 = add i64 %162, 56
  %556 = getelementptr inbounds float, float* %4, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  %559 = add i64 %162, 568
  %560 = getelementptr inbounds float, float* %4, i64 %559
  %561 = bitcast float* %560 to <8 x float>*
  %562 = load <8 x float>, <8 x float>* %561, align 4
  %563 = add i64 %161, 7
  %564 = getelementptr inbounds float, float* %1, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat42 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %27, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %558, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %27, align 32
  %569 = load <8 x float>, <8 x float>* %21, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %562, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %21, align 32
  %571 = add i64 %161, 15
  %572 = getelementptr inbounds float, float* %1, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat43 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %26, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %558, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %26, align 32
  %577 = load <8 x float>, <8 x float>* %20, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %562, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %20, align 32
  %579 = add i64 %161, 23
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat44 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %25, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %558, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %25, align 32
  %585 = load <8 x float>, <8 x float>* %19, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %562, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %19, align 32
  %587 = add i64 %161, 31
  %588 = getelementptr inbounds float, float* %1, i64 %587
  %589 = load float, float* %588, align 4
  %590 = insertelement <8 x float> undef, float %589, i32 0
  %splat45 = shufflevector <8 x float> %590, <8 x float> undef, <8 x i32> zeroinitializer
  %591 = load <8 x float>, <8 x float>* %24, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %558, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %24, align 32
  %593 = load <8 x float>, <8 x float>* %18, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %562, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %18, align 32
  %595 = add i64 %161, 39
  %596 = getelementptr inbounds float, float* %1, i64 %595
  %597 = load float, float* %596, align 4
  %598 = insertelement <8 x float> undef, float %597, i32 0
  %splat46 = shufflevector <8 x float> %598, <8 x float> undef, <8 x i32> zeroinitializer
  %599 = load <8 x float>, <8 x float>* %23, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %558, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %23, align 32
  %601 = load <8 x float>, <8 x float>* %17, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %562, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %17, align 32
  %603 = add i64 %161, 47
  %604 = getelementptr inbounds float, float* %1, i64 %603
  %605 = load float, float* %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %splat47 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, <8 x float>* %22, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %558, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %22, align 32
  %609 = load <8 x float>, <8 x float>* %16, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %562, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %16, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %611 = load <8 x float>, <8 x float>* %27, align 32
  %612 = fcmp olt <8 x float> %611, zeroinitializer
  %613 = select <8 x i1> %612, <8 x float> zeroinitializer, <8 x float> %611
  %614 = getelementptr inbounds float, float* %0, i64 %58
  %615 = bitcast float* %614 to <8 x float>*
  store <8 x float> %613, <8 x float>* %615, align 4
  %616 = load <8 x float>, <8 x float>* %26, align 32
  %617 = fcmp olt <8 x float> %616, zeroinitializer
  %618 = select <8 x i1> %617, <8 x float> zeroinitializer, <8 x float> %616
  %619 = getelementptr inbounds float, float* %0, i64 %61
  %620 = bitcast float* %619 to <8 x float>*
  store <8 x float> %618, <8 x float>* %620, align 4
  %621 = load <8 x float>, <8 x float>* %25, align 32
  %622 = fcmp olt <8 x float> %621, zeroinitializer
  %623 = select <8 x i1> %622, <8 x float> zeroinitializer, <8 x float> %621
  %624 = getelementptr inbounds float, float* %0, i64 %64
  %625 = bitcast float* %624 to <8 x float>*
  store <8 x float> %623, <8 x float>* %625, align 4
  %626 = load <8 x float>, <8 x float>* %24, align 32
  %627 = fcmp olt <8 x float> %626, zeroinitializer
  %628 = select <8 x i1> %627, <8 x float> zeroinitializer, <8 x float> %626
  %629 = getelementptr inbounds float, float* %0, i64 %67
  %630 = bitcast float* %629 to <8 x float>*
  store <8 x float> %628, <8 x float>* %630, align 4
  %631 = load <8 x float>, <8 x float>* %23, align 32
  %632 = fcmp olt <8 x float> %631, zeroinitializer
  %633 = select <8 x i1> %632, <8 x float> zeroinitializer, <8 x float> %631
  %634 = getelementptr inbounds float, float* %0, i64 %70
  %635 = bitcast float* %634 to <8 x float>*
  store <8 x float> %633, <8 x float>* %635, align 4
  %636 = load <8 x float>, <8 x float>* %22, align 32
  %637 = fcmp olt <8 x float> %636, zeroinitializer
  %638 = select <8 x i1> %637, <8 x float> zeroinitializer, <8 x float> %636
  %639 = getelementptr inbounds float, float* %0, i64 %73
  %640 = bitcast float* %639 to <8 x float>*
  store <8 x float> %638, <8 x float>* %640, align 4
  %641 = load <8 x float>, <8 x float>* %21, align 32
  %642 = fcmp olt <8 x float> %641, zeroinitializer
  %643 = select <8 x i1> %642, <8 x float> zeroinitializer, <8 x float> %641
  %644 = getelementptr inbounds float, float* %0, i64 %80
  %645 = bitcast float* %644 to <8 x float>*
  store <8 x float> %643, <8 x float>* %645, align 4
  %646 = load <8 x float>, <8 x float>* %20, align 32
  %647 = fcmp olt <8 x float> %646, zeroinitializer
  %648 = select <8 x i1> %647, <8 x float> zeroinitializer, <8 x float> %646
  %649 = getelementptr inbounds float, float* %0, i64 %83
  %650 = bitcast float* %649 to <8 x float>*
  store <8 x float> %648, <8 x float>* %650, align 4
  %651 = load <8 x float>, <8 x float>* %19, align 32
  %652 = fcmp olt <8 x float> %651, zeroinitializer
  %653 = select <8 x i1> %652, <8 x float> zeroinitializer, <8 x float> %651
  %654 = getelementptr inbounds float, float* %0, i64 %86
  %655 = bitcast float* %654 to <8 x float>*
  store <8 x float> %653, <8 x float>* %655, align 4
  %656 = load <8 x float>, <8 x float>* %18, align 32
  %657 = fcmp olt <8 x float> %656, zeroinitializer
  %658 = select <8 x i1> %657, <8 x float> zeroinitializer, <8 x float> %656
  %659 = getelementptr inbounds float, float* %0, i64 %89
  %660 = bitcast float* %659 to <8 x float>*
  store <8 x float> %658, <8 x float>* %660, align 4
  %661 = load <8 x float>, <8 x float>* %17, align 32
  %662 = fcmp olt <8 x float> %661, zeroinitializer
  %663 = select <8 x i1> %662, <8 x float> zeroinitializer, <8 x float> %661
  %664 = getelementptr inbounds float, float* %0, i64 %92
  %665 = bitcast float* %664 to <8 x float>*
  store <8 x float> %663, <8 x float>* %665, align 4
  %666 = load <8 x float>, <8 x float>* %16, align 32
  %667 = fcmp olt <8 x float> %666, zeroinitializer
  %668 = select <8 x i1> %667, <8 x float> zeroinitializer, <8 x float> %666
  %669 = getelementptr inbounds float, float* %0, i64 %95
  %670 = bitcast float* %669 to <8 x float>*
  store <8 x float> %668, <8 x float>* %670, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next84, %u.body49 ]
  %671 = icmp slt i64 %u51, 8
  br i1 %671, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %672 = add i64 0, %u51
  %673 = mul i64 %672, 25088
  %674 = add i64 %153, %673
  %675 = mul i64 %672, 64
  %676 = add i64 %48, %675
  %677 = add i64 %674, 0
  %678 = add i64 %677, 0
  %679 = add i64 %676, 0
  %680 = add i64 %679, 0
  %681 = getelementptr inbounds float, float* %4, i64 %680
  %682 = bitcast float* %681 to <8 x float>*
  %683 = load <8 x float>, <8 x float>* %682, align 4
  %684 = add i64 %679, 512
  %685 = getelementptr inbounds float, float* %4, i64 %684
  %686 = bitcast float* %685 to <8 x float>*
  %687 = load <8 x float>, <8 x float>* %686, align 4
  %688 = add i64 %678, 0
  %689 = getelementptr inbounds float, float* %1, i64 %688
  %690 = load float, float* %689, align 4
  %691 = insertelement <8 x float> undef, float %690, i32 0
  %splat52 = shufflevector <8 x float> %691, <8 x float> undef, <8 x i32> zeroinitializer
  %692 = load <8 x float>, <8 x float>* %15, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %683, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %15, align 32
  %694 = load <8 x float>, <8 x float>* %11, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %687, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %11, align 32
  %696 = add i64 %678, 8
  %697 = getelementptr inbounds float, float* %1, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat53 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %14, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %683, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %14, align 32
  %702 = load <8 x float>, <8 x float>* %10, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %687, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %10, align 32
  %704 = add i64 %678, 16
  %705 = getelementptr inbounds float, float* %1, i64 %704
  %706 = load float, float* %705, align 4
  %707 = insertelement <8 x float> undef, float %706, i32 0
  %splat54 = shufflevector <8 x float> %707, <8 x float> undef, <8 x i32> zeroinitializer
  %708 = load <8 x float>, <8 x float>* %13, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %683, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %13, align 32
  %710 = load <8 x float>, <8 x float>* %9, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %687, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %9, align 32
  %712 = add i64 %678, 24
  %713 = getelementptr inbounds float, float* %1, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat55 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %12, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %683, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %12, align 32
  %718 = load <8 x float>, <8 x float>* %8, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %687, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %8, align 32
  %720 = add i64 %679, 8
  %721 = getelementptr inbounds float, float* %4, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = add i64 %679, 520
  %725 = getelementptr inbounds float, float* %4, i64 %724
  %726 = bitcast float* %725 to <8 x float>*
  %727 = load <8 x float>, <8 x float>* %726, align 4
  %728 = add i64 %678, 1
  %729 = getelementptr inbounds float, float* %1, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat56 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %15, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %723, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %15, align 32
  %734 = load <8 x float>, <8 x float>* %11, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %727, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %11, align 32
  %736 = add i64 %678, 9
  %737 = getelementptr inbounds float, float* %1, i64 %736
  %738 = load float, float* %737, align 4
  %739 = insertelement <8 x float> undef, float %738, i32 0
  %splat57 = shufflevector <8 x float> %739, <8 x float> undef, <8 x i32> zeroinitializer
  %740 = load <8 x float>, <8 x float>* %14, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %723, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %14, align 32
  %742 = load <8 x float>, <8 x float>* %10, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %727, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %10, align 32
  %744 = add i64 %678, 17
  %745 = getelementptr inbounds float, float* %1, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat58 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %13, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %723, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %13, align 32
  %750 = load <8 x float>, <8 x float>* %9, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %727, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %9, align 32
  %752 = add i64 %678, 25
  %753 = getelementptr inbounds float, float* %1, i64 %752
  %754 = load float, float* %753, align 4
  %755 = insertelement <8 x float> undef, float %754, i32 0
  %splat59 = shufflevector <8 x float> %755, <8 x float> undef, <8 x i32> zeroinitializer
  %756 = load <8 x float>, <8 x float>* %12, align 32
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %723, <8 x float> %756)
  store <8 x float> %757, <8 x float>* %12, align 32
  %758 = load <8 x float>, <8 x float>* %8, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %727, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %8, align 32
  %760 = add i64 %679, 16
  %761 = getelementptr inbounds float, float* %4, i64 %760
  %762 = bitcast float* %761 to <8 x float>*
  %763 = load <8 x float>, <8 x float>* %762, align 4
  %764 = add i64 %679, 528
  %765 = getelementptr inbounds float, float* %4, i64 %764
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  %768 = add i64 %678, 2
  %769 = getelementptr inbounds float, float* %1, i64 %768
  %770 = load float, float* %769, align 4
  %771 = insertelement <8 x float> undef, float %770, i32 0
  %splat60 = shufflevector <8 x float> %771, <8 x float> undef, <8 x i32> zeroinitializer
  %772 = load <8 x float>, <8 x float>* %15, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %763, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %15, align 32
  %774 = load <8 x float>, <8 x float>* %11, align 32
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %767, <8 x float> %774)
  store <8 x float> %775, <8 x float>* %11, align 32
  %776 = add i64 %678, 10
  %777 = getelementptr inbounds float, float* %1, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat61 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %14, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %763, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %14, align 32
  %782 = load <8 x float>, <8 x float>* %10, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %767, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %10, align 32
  %784 = add i64 %678, 18
  %785 = getelementptr inbounds float, float* %1, i64 %784
  %786 = load float, float* %785, align 4
  %787 = insertelement <8 x float> undef, float %786, i32 0
  %splat62 = shufflevector <8 x float> %787, <8 x float> undef, <8 x i32> zeroinitializer
  %788 = load <8 x float>, <8 x float>* %13, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %763, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %13, align 32
  %790 = load <8 x float>, <8 x float>* %9, align 32
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %767, <8 x float> %790)
  store <8 x float> %791, <8 x float>* %9, align 32
  %792 = add i64 %678, 26
  %793 = getelementptr inbounds float, float* %1, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat63 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %12, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %763, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %12, align 32
  %798 = load <8 x float>, <8 x float>* %8, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %767, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %8, align 32
  %800 = add i64 %679, 24
  %801 = getelementptr inbounds float, float* %4, i64 %800
  %802 = bitcast float* %801 to <8 x float>*
  %803 = load <8 x float>, <8 x float>* %802, align 4
  %804 = add i64 %679, 536
  %805 = getelementptr inbounds float, float* %4, i64 %804
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = add i64 %678, 3
  %809 = getelementptr inbounds float, float* %1, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat64 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %15, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %803, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %15, align 32
  %814 = load <8 x float>, <8 x float>* %11, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %807, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %11, align 32
  %816 = add i64 %678, 11
  %817 = getelementptr inbounds float, float* %1, i64 %816
  %818 = load float, float* %817, align 4
  %819 = insertelement <8 x float> undef, float %818, i32 0
  %splat65 = shufflevector <8 x float> %819, <8 x float> undef, <8 x i32> zeroinitializer
  %820 = load <8 x float>, <8 x float>* %14, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %803, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %14, align 32
  %822 = load <8 x float>, <8 x float>* %10, align 32
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %807, <8 x float> %822)
  store <8 x float> %823, <8 x float>* %10, align 32
  %824 = add i64 %678, 19
  %825 = getelementptr inbounds float, float* %1, i64 %824
  %826 = load float, float* %825, align 4
  %827 = insertelement <8 x float> undef, float %826, i32 0
  %splat66 = shufflevector <8 x float> %827, <8 x float> undef, <8 x i32> zeroinitializer
  %828 = load <8 x float>, <8 x float>* %13, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %803, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %13, align 32
  %830 = load <8 x float>, <8 x float>* %9, align 32
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %807, <8 x float> %830)
  store <8 x float> %831, <8 x float>* %9, align 32
  %832 = add i64 %678, 27
  %833 = getelementptr inbounds float, float* %1, i64 %832
  %834 = load float, float* %833, align 4
  %835 = insertelement <8 x float> undef, float %834, i32 0
  %splat67 = shufflevector <8 x float> %835, <8 x float> undef, <8 x i32> zeroinitializer
  %836 = load <8 x float>, <8 x float>* %12, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %803, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %12, align 32
  %838 = load <8 x float>, <8 x float>* %8, align 32
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %807, <8 x float> %838)
  store <8 x float> %839, <8 x float>* %8, align 32
  %840 = add i64 %679, 32
  %841 = getelementptr inbounds float, float* %4, i64 %840
  %842 = bitcast float* %841 to <8 x float>*
  %843 = load <8 x float>, <8 x float>* %842, align 4
  %844 = add i64 %679, 544
  %845 = getelementptr inbounds float, float* %4, i64 %844
  %846 = bitcast float* %845 to <8 x float>*
  %847 = load <8 x float>, <8 x float>* %846, align 4
  %848 = add i64 %678, 4
  %849 = getelementptr inbounds float, float* %1, i64 %848
  %850 = load float, float* %849, align 4
  %851 = insertelement <8 x float> undef, float %850, i32 0
  %splat68 = shufflevector <8 x float> %851, <8 x float> undef, <8 x i32> zeroinitializer
  %852 = load <8 x float>, <8 x float>* %15, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %843, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %15, align 32
  %854 = load <8 x float>, <8 x float>* %11, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %847, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %11, align 32
  %856 = add i64 %678, 12
  %857 = getelementptr inbounds float, float* %1, i64 %856
  %858 = load float, float* %857, align 4
  %859 = insertelement <8 x float> undef, float %858, i32 0
  %splat69 = shufflevector <8 x float> %859, <8 x float> undef, <8 x i32> zeroinitializer
  %860 = load <8 x float>, <8 x float>* %14, align 32
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %843, <8 x float> %860)
  store <8 x float> %861, <8 x float>* %14, align 32
  %862 = load <8 x float>, <8 x float>* %10, align 32
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %847, <8 x float> %862)
  store <8 x float> %863, <8 x float>* %10, align 32
  %864 = add i64 %678, 20
  %865 = getelementptr inbounds float, float* %1, i64 %864
  %866 = load float, float* %865, align 4
  %867 = insertelement <8 x float> undef, float %866, i32 0
  %splat70 = shufflevector <8 x float> %867, <8 x float> undef, <8 x i32> zeroinitializer
  %868 = load <8 x float>, <8 x float>* %13, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %843, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %13, align 32
  %870 = load <8 x float>, <8 x float>* %9, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %847, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %9, align 32
  %872 = add i64 %678, 28
  %873 = getelementptr inbounds float, float* %1, i64 %872
  %874 = load float, float* %873, align 4
  %875 = insertelement <8 x float> undef, float %874, i32 0
  %splat71 = shufflevector <8 x float> %875, <8 x float> undef, <8 x i32> zeroinitializer
  %876 = load <8 x float>, <8 x float>* %12, align 32
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %843, <8 x float> %876)
  store <8 x float> %877, <8 x float>* %12, align 32
  %878 = load <8 x float>, <8 x float>* %8, align 32
  %879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %847, <8 x float> %878)
  store <8 x float> %879, <8 x float>* %8, align 32
  %880 = add i64 %679, 40
  %881 = getelementptr inbounds float, float* %4, i64 %880
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = add i64 %679, 552
  %885 = getelementptr inbounds float, float* %4, i64 %884
  %886 = bitcast float* %885 to <8 x float>*
  %887 = load <8 x float>, <8 x float>* %886, align 4
  %888 = add i64 %678, 5
  %889 = getelementptr inbounds float, float* %1, i64 %888
  %890 = load float, float* %889, align 4
  %891 = insertelement <8 x float> undef, float %890, i32 0
  %splat72 = shufflevector <8 x float> %891, <8 x float> undef, <8 x i32> zeroinitializer
  %892 = load <8 x float>, <8 x float>* %15, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %883, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %15, align 32
  %894 = load <8 x float>, <8 x float>* %11, align 32
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %887, <8 x float> %894)
  store <8 x float> %895, <8 x float>* %11, align 32
  %896 = add i64 %678, 13
  %897 = getelementptr inbounds float, float* %1, i64 %896
  %898 = load float, float* %897, align 4
  %899 = insertelement <8 x float> undef, float %898, i32 0
  %splat73 = shufflevector <8 x float> %899, <8 x float> undef, <8 x i32> zeroinitializer
  %900 = load <8 x float>, <8 x float>* %14, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %883, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %14, align 32
  %902 = load <8 x float>, <8 x float>* %10, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %887, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %10, align 32
  %904 = add i64 %678, 21
  %905 = getelementptr inbounds float, float* %1, i64 %904
  %906 = load float, float* %905, align 4
  %907 = insertelement <8 x float> undef, float %906, i32 0
  %splat74 = shufflevector <8 x float> %907, <8 x float> undef, <8 x i32> zeroinitializer
  %908 = load <8 x float>, <8 x float>* %13, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %883, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %13, align 32
  %910 = load <8 x float>, <8 x float>* %9, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %887, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %9, align 32
  %912 = add i64 %678, 29
  %913 = getelementptr inbounds float, float* %1, i64 %912
  %914 = load float, float* %913, align 4
  %915 = insertelement <8 x float> undef, float %914, i32 0
  %splat75 = shufflevector <8 x float> %915, <8 x float> undef, <8 x i32> zeroinitializer
  %916 = load <8 x float>, <8 x float>* %12, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %883, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %12, align 32
  %918 = load <8 x float>, <8 x float>* %8, align 32
  %919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %887, <8 x float> %918)
  store <8 x float> %919, <8 x float>* %8, align 32
  %920 = add i64 %679, 48
  %921 = getelementptr inbounds float, float* %4, i64 %920
  %922 = bitcast float* %921 to <8 x float>*
  %923 = load <8 x float>, <8 x float>* %922, align 4
  %924 = add i64 %679, 560
  %925 = getelementptr inbounds float, float* %4, i64 %924
  %926 = bitcast float* %925 to <8 x float>*
  %927 = load <8 x float>, <8 x float>* %926, align 4
  %928 = add i64 %678, 6
  %929 = getelementptr inbounds float, float* %1, i64 %928
  %930 = load float, float* %929, align 4
  %931 = insertelement <8 x float> undef, float %930, i32 0
  %splat76 = shufflevector <8 x float> %931, <8 x float> undef, <8 x i32> zeroinitializer
  %932 = load <8 x float>, <8 x float>* %15, align 32
  %933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %923, <8 x float> %932)
  store <8 x float> %933, <8 x float>* %15, align 32
  %934 = load <8 x float>, <8 x float>* %11, align 32
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %927, <8 x float> %934)
  store <8 x float> %935, <8 x float>* %11, align 32
  %936 = add i64 %678, 14
  %937 = getelementptr inbounds float, float* %1, i64 %936
  %938 = load float, float* %937, align 4
  %939 = insertelement <8 x float> undef, float %938, i32 0
  %splat77 = shufflevector <8 x float> %939, <8 x float> undef, <8 x i32> zeroinitializer
  %940 = load <8 x float>, <8 x float>* %14, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %923, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %14, align 32
  %942 = load <8 x float>, <8 x float>* %10, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %927, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %10, align 32
  %944 = add i64 %678, 22
  %945 = getelementptr inbounds float, float* %1, i64 %944
  %946 = load float, float* %945, align 4
  %947 = insertelement <8 x float> undef, float %946, i32 0
  %splat78 = shufflevector <8 x float> %947, <8 x float> undef, <8 x i32> zeroinitializer
  %948 = load <8 x float>, <8 x float>* %13, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %923, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %13, align 32
  %950 = load <8 x float>, <8 x float>* %9, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %927, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %9, align 32
  %952 = add i64 %678, 30
  %953 = getelementptr inbounds float, float* %1, i64 %952
  %954 = load float, float* %953, align 4
  %955 = insertelement <8 x float> undef, float %954, i32 0
  %splat79 = shufflevector <8 x float> %955, <8 x float> undef, <8 x i32> zeroinitializer
  %956 = load <8 x float>, <8 x float>* %12, align 32
  %957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %923, <8 x float> %956)
  store <8 x float> %957, <8 x float>* %12, align 32
  %958 = load <8 x float>, <8 x float>* %8, align 32
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %927, <8 x float> %958)
  store <8 x float> %959, <8 x float>* %8, align 32
  %960 = add i64 %679, 56
  %961 = getelementptr inbounds float, float* %4, i64 %960
  %962 = bitcast float* %961 to <8 x float>*
  %963 = load <8 x float>, <8 x float>* %962, align 4
  %964 = add i64 %679, 568
  %965 = getelementptr inbounds float, float* %4, i64 %964
  %966 = bitcast float* %965 to <8 x float>*
  %967 = load <8 x float>, <8 x float>* %966, align 4
  %968 = add i64 %678, 7
  %969 = getelementptr inbounds float, float* %1, i64 %968
  %970 = load float, float* %969, align 4
  %971 = insertelement <8 x float> undef, float %970, i32 0
  %splat80 = shufflevector <8 x float> %971, <8 x float> undef, <8 x i32> zeroinitializer
  %972 = load <8 x float>, <8 x float>* %15, align 32
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %963, <8 x float> %972)
  store <8 x float> %973, <8 x float>* %15, align 32
  %974 = load <8 x float>, <8 x float>* %11, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %967, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %11, align 32
  %976 = add i64 %678, 15
  %977 = getelementptr inbounds float, float* %1, i64 %976
  %978 = load float, float* %977, align 4
  %979 = insertelement <8 x float> undef, float %978, i32 0
  %splat81 = shufflevector <8 x float> %979, <8 x float> undef, <8 x i32> zeroinitializer
  %980 = load <8 x float>, <8 x float>* %14, align 32
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %963, <8 x float> %980)
  store <8 x float> %981, <8 x float>* %14, align 32
  %982 = load <8 x float>, <8 x float>* %10, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %967, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %10, align 32
  %984 = add i64 %678, 23
  %985 = getelementptr inbounds float, float* %1, i64 %984
  %986 = load float, float* %985, align 4
  %987 = insertelement <8 x float> undef, float %986, i32 0
  %splat82 = shufflevector <8 x float> %987, <8 x float> undef, <8 x i32> zeroinitializer
  %988 = load <8 x float>, <8 x float>* %13, align 32
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %963, <8 x float> %988)
  store <8 x float> %989, <8 x float>* %13, align 32
  %990 = load <8 x float>, <8 x float>* %9, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %967, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %9, align 32
  %992 = add i64 %678, 31
  %993 = getelementptr inbounds float, float* %1, i64 %992
  %994 = load float, float* %993, align 4
  %995 = insertelement <8 x float> undef, float %994, i32 0
  %splat83 = shufflevector <8 x float> %995, <8 x float> undef, <8 x i32> zeroinitializer
  %996 = load <8 x float>, <8 x float>* %12, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %963, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %12, align 32
  %998 = load <8 x float>, <8 x float>* %8, align 32
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %967, <8 x float> %998)
  store <8 x float> %999, <8 x float>* %8, align 32
  %u.next84 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %1000 = load <8 x float>, <8 x float>* %15, align 32
  %1001 = fcmp olt <8 x float> %1000, zeroinitializer
  %1002 = select <8 x i1> %1001, <8 x float> zeroinitializer, <8 x float> %1000
  %1003 = getelementptr inbounds float, float* %0, i64 %116
  %1004 = bitcast float* %1003 to <8 x float>*
  store <8 x float> %1002, <8 x float>* %1004, align 4
  %1005 = load <8 x float>, <8 x float>* %14, align 32
  %1006 = fcmp olt <8 x float> %1005, zeroinitializer
  %1007 = select <8 x i1> %1006, <8 x float> zeroinitializer, <8 x float> %1005
  %1008 = getelementptr inbounds float, float* %0, i64 %119
  %1009 = bitcast float* %1008 to <8 x float>*
  store <8 x float> %1007, <8 x float>* %1009, align 4
  %1010 = load <8 x float>, <8 x float>* %13, align 32
  %1011 = fcmp olt <8 x float> %1010, zeroinitializer
  %1012 = select <8 x i1> %1011, <8 x float> zeroinitializer, <8 x float> %1010
  %1013 = getelementptr inbounds float, float* %0, i64 %122
  %1014 = bitcast float* %1013 to <8 x float>*
  store <8 x float> %1012, <8 x float>* %1014, align 4
  %1015 = load <8 x float>, <8 x float>* %12, align 32
  %1016 = fcmp olt <8 x float> %1015, zeroinitializer
  %1017 = select <8 x i1> %1016, <8 x float> zeroinitializer, <8 x float> %1015
  %1018 = getelementptr inbounds float, float* %0, i64 %125
  %1019 = bitcast float* %1018 to <8 x float>*
  store <8 x float> %1017, <8 x float>* %1019, align 4
  %1020 = load <8 x float>, <8 x float>* %11, align 32
  %1021 = fcmp olt <8 x float> %1020, zeroinitializer
  %1022 = select <8 x i1> %1021, <8 x float> zeroinitializer, <8 x float> %1020
  %1023 = getelementptr inbounds float, float* %0, i64 %132
  %1024 = bitcast float* %1023 to <8 x float>*
  store <8 x float> %1022, <8 x float>* %1024, align 4
  %1025 = load <8 x float>, <8 x float>* %10, align 32
  %1026 = fcmp olt <8 x float> %1025, zeroinitializer
  %1027 = select <8 x i1> %1026, <8 x float> zeroinitializer, <8 x float> %1025
  %1028 = getelementptr inbounds float, float* %0, i64 %135
  %1029 = bitcast float* %1028 to <8 x float>*
  store <8 x float> %1027, <8 x float>* %1029, align 4
  %1030 = load <8 x float>, <8 x float>* %9, align 32
  %1031 = fcmp olt <8 x float> %1030, zeroinitializer
  %1032 = select <8 x i1> %1031, <8 x float> zeroinitializer, <8 x float> %1030
  %1033 = getelementptr inbounds float, float* %0, i64 %138
  %1034 = bitcast float* %1033 to <8 x float>*
  store <8 x float> %1032, <8 x float>* %1034, align 4
  %1035 = load <8 x float>, <8 x float>* %8, align 32
  %1036 = fcmp olt <8 x float> %1035, zeroinitializer
  %1037 = select <8 x i1> %1036, <8 x float> zeroinitializer, <8 x float> %1035
  %1038 = getelementptr inbounds float, float* %0, i64 %141
  %1039 = bitcast float* %1038 to <8 x float>*
  store <8 x float> %1037, <8 x float>* %1039, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node4.conv2d_3.step0(i8* %0) #3 {
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
  call void @node4.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.depthwiseConv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %kh.exit19, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %kh.exit19 ]
  %31 = icmp slt i64 %task, %7
  br i1 %31, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %32 = srem i64 %task, 56
  %33 = sdiv i64 %task, 56
  %34 = srem i64 %33, 16
  %35 = mul i64 %33, 25088
  %36 = mul i64 %33, 56
  %37 = add i64 %36, %32
  %38 = mul i64 %37, 448
  %39 = mul i64 %32, 1
  %40 = sub i64 %39, 1
  %41 = mul i64 %34, 8
  %42 = getelementptr inbounds float, float* %5, i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %kh.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %kh.exit ]
  %45 = icmp slt i64 %x, 45
  br i1 %45, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %44, <8 x float>* %30, align 32
  store <8 x float> %44, <8 x float>* %29, align 32
  store <8 x float> %44, <8 x float>* %28, align 32
  store <8 x float> %44, <8 x float>* %27, align 32
  store <8 x float> %44, <8 x float>* %26, align 32
  store <8 x float> %44, <8 x float>* %25, align 32
  store <8 x float> %44, <8 x float>* %24, align 32
  store <8 x float> %44, <8 x float>* %23, align 32
  store <8 x float> %44, <8 x float>* %22, align 32
  store <8 x float> %44, <8 x float>* %21, align 32
  store <8 x float> %44, <8 x float>* %20, align 32
  %46 = mul i64 %x, 1
  %47 = sub i64 %46, 1
  br label %kh.header

x.exit:                                           ; preds = %x.header
  store <8 x float> %44, <8 x float>* %19, align 32
  store <8 x float> %44, <8 x float>* %18, align 32
  store <8 x float> %44, <8 x float>* %17, align 32
  store <8 x float> %44, <8 x float>* %16, align 32
  store <8 x float> %44, <8 x float>* %15, align 32
  store <8 x float> %44, <8 x float>* %14, align 32
  store <8 x float> %44, <8 x float>* %13, align 32
  store <8 x float> %44, <8 x float>* %12, align 32
  store <8 x float> %44, <8 x float>* %11, align 32
  store <8 x float> %44, <8 x float>* %10, align 32
  br label %kh.header1

kh.header:                                        ; preds = %endif, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %endif ]
  %48 = icmp slt i64 %kh, 3
  br i1 %48, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %49 = mul i64 %kh, 1
  %50 = add i64 %40, %49
  %51 = icmp sge i64 %50, 0
  %52 = icmp slt i64 %50, 56
  %53 = and i1 %51, %52
  br i1 %53, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %54 = add i64 %x, 0
  %55 = mul i64 %54, 8
  %56 = add i64 %38, %55
  %57 = load <8 x float>, <8 x float>* %30, align 32
  %58 = fcmp olt <8 x float> %57, zeroinitializer
  %59 = select <8 x i1> %58, <8 x float> zeroinitializer, <8 x float> %57
  %60 = getelementptr inbounds float, float* %0, i64 %56
  %61 = bitcast float* %60 to <8 x float>*
  store <8 x float> %59, <8 x float>* %61, align 4
  %62 = add i64 %x, 1
  %63 = mul i64 %62, 8
  %64 = add i64 %38, %63
  %65 = load <8 x float>, <8 x float>* %29, align 32
  %66 = fcmp olt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> zeroinitializer, <8 x float> %65
  %68 = getelementptr inbounds float, float* %0, i64 %64
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add i64 %x, 2
  %71 = mul i64 %70, 8
  %72 = add i64 %38, %71
  %73 = load <8 x float>, <8 x float>* %28, align 32
  %74 = fcmp olt <8 x float> %73, zeroinitializer
  %75 = select <8 x i1> %74, <8 x float> zeroinitializer, <8 x float> %73
  %76 = getelementptr inbounds float, float* %0, i64 %72
  %77 = bitcast float* %76 to <8 x float>*
  store <8 x float> %75, <8 x float>* %77, align 4
  %78 = add i64 %x, 3
  %79 = mul i64 %78, 8
  %80 = add i64 %38, %79
  %81 = load <8 x float>, <8 x float>* %27, align 32
  %82 = fcmp olt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> zeroinitializer, <8 x float> %81
  %84 = getelementptr inbounds float, float* %0, i64 %80
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %83, <8 x float>* %85, align 4
  %86 = add i64 %x, 4
  %87 = mul i64 %86, 8
  %88 = add i64 %38, %87
  %89 = load <8 x float>, <8 x float>* %26, align 32
  %90 = fcmp olt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> zeroinitializer, <8 x float> %89
  %92 = getelementptr inbounds float, float* %0, i64 %88
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %91, <8 x float>* %93, align 4
  %94 = add i64 %x, 5
  %95 = mul i64 %94, 8
  %96 = add i64 %38, %95
  %97 = load <8 x float>, <8 x float>* %25, align 32
  %98 = fcmp olt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> zeroinitializer, <8 x float> %97
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 6
  %103 = mul i64 %102, 8
  %104 = add i64 %38, %103
  %105 = load <8 x float>, <8 x float>* %24, align 32
  %106 = fcmp olt <8 x float> %105, zeroinitializer
  %107 = select <8 x i1> %106, <8 x float> zeroinitializer, <8 x float> %105
  %108 = getelementptr inbounds float, float* %0, i64 %104
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %107, <8 x float>* %109, align 4
  %110 = add i64 %x, 7
  %111 = mul i64 %110, 8
  %112 = add i64 %38, %111
  %113 = load <8 x float>, <8 x float>* %23, align 32
  %114 = fcmp olt <8 x float> %113, zeroinitializer
  %115 = select <8 x i1> %114, <8 x float> zeroinitializer, <8 x float> %113
  %116 = getelementptr inbounds float, float* %0, i64 %112
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %115, <8 x float>* %117, align 4
  %118 = add i64 %x, 8
  %119 = mul i64 %118, 8
  %120 = add i64 %38, %119
  %121 = load <8 x float>, <8 x float>* %22, align 32
  %122 = fcmp olt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> zeroinitializer, <8 x float> %121
  %124 = getelementptr inbounds float, float* %0, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %126 = add i64 %x, 9
  %127 = mul i64 %126, 8
  %128 = add i64 %38, %127
  %129 = load <8 x float>, <8 x float>* %21, align 32
  %130 = fcmp olt <8 x float> %129, zeroinitializer
  %131 = select <8 x i1> %130, <8 x float> zeroinitializer, <8 x float> %129
  %132 = getelementptr inbounds float, float* %0, i64 %128
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %131, <8 x float>* %133, align 4
  %134 = add i64 %x, 10
  %135 = mul i64 %134, 8
  %136 = add i64 %38, %135
  %137 = load <8 x float>, <8 x float>* %20, align 32
  %138 = fcmp olt <8 x float> %137, zeroinitializer
  %139 = select <8 x i1> %138, <8 x float> zeroinitializer, <8 x float> %137
  %140 = getelementptr inbounds float, float* %0, i64 %136
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %139, <8 x float>* %141, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then:                                             ; preds = %kh.body
  %142 = mul i64 %50, 448
  %143 = add i64 %35, %142
  %144 = mul i64 %34, 3
  %145 = add i64 %144, %kh
  %146 = mul i64 %145, 24
  %147 = add i64 %146, 0
  %148 = getelementptr inbounds float, float* %4, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  %150 = load <8 x float>, <8 x float>* %149, align 4
  %151 = add i64 %146, 8
  %152 = getelementptr inbounds float, float* %4, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = add i64 %146, 16
  %156 = getelementptr inbounds float, float* %4, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  %158 = load <8 x float>, <8 x float>* %157, align 4
  %159 = mul i64 %47, 8
  %160 = add i64 %143, %159
  %161 = add i64 %160, 0
  %162 = getelementptr inbounds float, float* %1, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  %164 = load <8 x float>, <8 x float>* %163, align 4
  %165 = load <8 x float>, <8 x float>* %30, align 32
  %166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %150, <8 x float> %165)
  store <8 x float> %166, <8 x float>* %30, align 32
  %167 = add i64 %160, 8
  %168 = getelementptr inbounds float, float* %1, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = load <8 x float>, <8 x float>* %30, align 32
  %172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %170, <8 x float> %154, <8 x float> %171)
  store <8 x float> %172, <8 x float>* %30, align 32
  %173 = load <8 x float>, <8 x float>* %29, align 32
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %170, <8 x float> %150, <8 x float> %173)
  store <8 x float> %174, <8 x float>* %29, align 32
  %175 = add i64 %160, 16
  %176 = getelementptr inbounds float, float* %1, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = load <8 x float>, <8 x float>* %30, align 32
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %158, <8 x float> %179)
  store <8 x float> %180, <8 x float>* %30, align 32
  %181 = load <8 x float>, <8 x float>* %29, align 32
  %182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %154, <8 x float> %181)
  store <8 x float> %182, <8 x float>* %29, align 32
  %183 = load <8 x float>, <8 x float>* %28, align 32
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %150, <8 x float> %183)
  store <8 x float> %184, <8 x float>* %28, align 32
  %185 = add i64 %160, 24
  %186 = getelementptr inbounds float, float* %1, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = load <8 x float>, <8 x float>* %29, align 32
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %188, <8 x float> %158, <8 x float> %189)
  store <8 x float> %190, <8 x float>* %29, align 32
  %191 = load <8 x float>, <8 x float>* %28, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %188, <8 x float> %154, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %28, align 32
  %193 = load <8 x float>, <8 x float>* %27, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %188, <8 x float> %150, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %27, align 32
  %195 = add i64 %160, 32
  %196 = getelementptr inbounds float, float* %1, i64 %195
  %197 = bitcast float* %196 to <8 x float>*
  %198 = load <8 x float>, <8 x float>* %197, align 4
  %199 = load <8 x float>, <8 x float>* %28, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %158, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %28, align 32
  %201 = load <8 x float>, <8 x float>* %27, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %154, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %27, align 32
  %203 = load <8 x float>, <8 x float>* %26, align 32
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %150, <8 x float> %203)
  store <8 x float> %204, <8 x float>* %26, align 32
  %205 = add i64 %160, 40
  %206 = getelementptr inbounds float, float* %1, i64 %205
  %207 = bitcast float* %206 to <8 x float>*
  %208 = load <8 x float>, <8 x float>* %207, align 4
  %209 = load <8 x float>, <8 x float>* %27, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %158, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %27, align 32
  %211 = load <8 x float>, <8 x float>* %26, align 32
  %212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %154, <8 x float> %211)
  store <8 x float> %212, <8 x float>* %26, align 32
  %213 = load <8 x float>, <8 x float>* %25, align 32
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %150, <8 x float> %213)
  store <8 x float> %214, <8 x float>* %25, align 32
  %215 = add i64 %160, 48
  %216 = getelementptr inbounds float, float* %1, i64 %215
  %217 = bitcast float* %216 to <8 x float>*
  %218 = load <8 x float>, <8 x float>* %217, align 4
  %219 = load <8 x float>, <8 x float>* %26, align 32
  %220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %158, <8 x float> %219)
  store <8 x float> %220, <8 x float>* %26, align 32
  %221 = load <8 x float>, <8 x float>* %25, align 32
  %222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %154, <8 x float> %221)
  store <8 x float> %222, <8 x float>* %25, align 32
  %223 = load <8 x float>, <8 x float>* %24, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %150, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %24, align 32
  %225 = add i64 %160, 56
  %226 = getelementptr inbounds float, float* %1, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  %228 = load <8 x float>, <8 x float>* %227, align 4
  %229 = load <8 x float>, <8 x float>* %25, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %158, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %25, align 32
  %231 = load <8 x float>, <8 x float>* %24, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %154, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %24, align 32
  %233 = load <8 x float>, <8 x float>* %23, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %150, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %23, align 32
  %235 = add i64 %160, 64
  %236 = getelementptr inbounds float, float* %1, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  %238 = load <8 x float>, <8 x float>* %237, align 4
  %239 = load <8 x float>, <8 x float>* %24, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %158, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %24, align 32
  %241 = load <8 x float>, <8 x float>* %23, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %154, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %23, align 32
  %243 = load <8 x float>, <8 x float>* %22, align 32
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %150, <8 x float> %243)
  store <8 x float> %244, <8 x float>* %22, align 32
  %245 = add i64 %160, 72
  %246 = getelementptr inbounds float, float* %1, i64 %245
  %247 = bitcast float* %246 to <8 x float>*
  %248 = load <8 x float>, <8 x float>* %247, align 4
  %249 = load <8 x float>, <8 x float>* %23, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %158, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %23, align 32
  %251 = load <8 x float>, <8 x float>* %22, align 32
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %154, <8 x float> %251)
  store <8 x float> %252, <8 x float>* %22, align 32
  %253 = load <8 x float>, <8 x float>* %21, align 32
  %254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %150, <8 x float> %253)
  store <8 x float> %254, <8 x float>* %21, align 32
  %255 = add i64 %160, 80
  %256 = getelementptr inbounds float, float* %1, i64 %255
  %257 = bitcast float* %256 to <8 x float>*
  %258 = load <8 x float>, <8 x float>* %257, align 4
  %259 = load <8 x float>, <8 x float>* %22, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %158, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %22, align 32
  %261 = load <8 x float>, <8 x float>* %21, align 32
  %262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %154, <8 x float> %261)
  store <8 x float> %262, <8 x float>* %21, align 32
  %263 = load <8 x float>, <8 x float>* %20, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %150, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %20, align 32
  %265 = add i64 %160, 88
  %266 = getelementptr inbounds float, float* %1, i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  %268 = load <8 x float>, <8 x float>* %267, align 4
  %269 = load <8 x float>, <8 x float>* %21, align 32
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %158, <8 x float> %269)
  store <8 x float> %270, <8 x float>* %21, align 32
  %271 = load <8 x float>, <8 x float>* %20, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %154, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %20, align 32
  %273 = add i64 %160, 96
  %274 = getelementptr inbounds float, float* %1, i64 %273
  %275 = bitcast float* %274 to <8 x float>*
  %276 = load <8 x float>, <8 x float>* %275, align 4
  %277 = load <8 x float>, <8 x float>* %20, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %158, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %20, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %x.exit
  %kh4 = phi i64 [ 0, %x.exit ], [ %kh.next7, %endif6 ]
  %279 = icmp slt i64 %kh4, 3
  br i1 %279, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %280 = mul i64 %kh4, 1
  %281 = add i64 %40, %280
  %282 = icmp sge i64 %281, 0
  %283 = icmp slt i64 %281, 56
  %284 = and i1 %282, %283
  br i1 %284, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %285 = add i64 %38, 360
  %286 = load <8 x float>, <8 x float>* %19, align 32
  %287 = fcmp olt <8 x float> %286, zeroinitializer
  %288 = select <8 x i1> %287, <8 x float> zeroinitializer, <8 x float> %286
  %289 = getelementptr inbounds float, float* %0, i64 %285
  %290 = bitcast float* %289 to <8 x float>*
  store <8 x float> %288, <8 x float>* %290, align 4
  %291 = add i64 %38, 368
  %292 = load <8 x float>, <8 x float>* %18, align 32
  %293 = fcmp olt <8 x float> %292, zeroinitializer
  %294 = select <8 x i1> %293, <8 x float> zeroinitializer, <8 x float> %292
  %295 = getelementptr inbounds float, float* %0, i64 %291
  %296 = bitcast float* %295 to <8 x float>*
  store <8 x float> %294, <8 x float>* %296, align 4
  %297 = add i64 %38, 376
  %298 = load <8 x float>, <8 x float>* %17, align 32
  %299 = fcmp olt <8 x float> %298, zeroinitializer
  %300 = select <8 x i1> %299, <8 x float> zeroinitializer, <8 x float> %298
  %301 = getelementptr inbounds float, float* %0, i64 %297
  %302 = bitcast float* %301 to <8 x float>*
  store <8 x float> %300, <8 x float>* %302, align 4
  %303 = add i64 %38, 384
  %304 = load <8 x float>, <8 x float>* %16, align 32
  %305 = fcmp olt <8 x float> %304, zeroinitializer
  %306 = select <8 x i1> %305, <8 x float> zeroinitializer, <8 x float> %304
  %307 = getelementptr inbounds float, float* %0, i64 %303
  %308 = bitcast float* %307 to <8 x float>*
  store <8 x float> %306, <8 x float>* %308, align 4
  %309 = add i64 %38, 392
  %310 = load <8 x float>, <8 x float>* %15, align 32
  %311 = fcmp olt <8 x float> %310, zeroinitializer
  %312 = select <8 x i1> %311, <8 x float> zeroinitializer, <8 x float> %310
  %313 = getelementptr inbounds float, float* %0, i64 %309
  %314 = bitcast float* %313 to <8 x float>*
  store <8 x float> %312, <8 x float>* %314, align 4
  %315 = add i64 %38, 400
  %316 = load <8 x float>, <8 x float>* %14, align 32
  %317 = fcmp olt <8 x float> %316, zeroinitializer
  %318 = select <8 x i1> %317, <8 x float> zeroinitializer, <8 x float> %316
  %319 = getelementptr inbounds float, float* %0, i64 %315
  %320 = bitcast float* %319 to <8 x float>*
  store <8 x float> %318, <8 x float>* %320, align 4
  %321 = add i64 %38, 408
  %322 = load <8 x float>, <8 x float>* %13, align 32
  %323 = fcmp olt <8 x float> %322, zeroinitializer
  %324 = select <8 x i1> %323, <8 x float> zeroinitializer, <8 x float> %322
  %325 = getelementptr inbounds float, float* %0, i64 %321
  %326 = bitcast float* %325 to <8 x float>*
  store <8 x float> %324, <8 x float>* %326, align 4
  %327 = add i64 %38, 416
  %328 = load <8 x float>, <8 x float>* %12, align 32
  %329 = fcmp olt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> zeroinitializer, <8 x float> %328
  %331 = getelementptr inbounds float, float* %0, i64 %327
  %332 = bitcast float* %331 to <8 x float>*
  store <8 x float> %330, <8 x float>* %332, align 4
  %333 = add i64 %38, 424
  %334 = load <8 x float>, <8 x float>* %11, align 32
  %335 = fcmp olt <8 x float> %334, zeroinitializer
  %336 = select <8 x i1> %335, <8 x float> zeroinitializer, <8 x float> %334
  %337 = getelementptr inbounds float, float* %0, i64 %333
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %336, <8 x float>* %338, align 4
  %339 = add i64 %38, 432
  %340 = load <8 x float>, <8 x float>* %10, align 32
  %341 = fcmp olt <8 x float> %340, zeroinitializer
  %342 = select <8 x i1> %341, <8 x float> zeroinitializer, <8 x float> %340
  %343 = getelementptr inbounds float, float* %0, i64 %339
  %344 = bitcast float* %343 to <8 x float>*
  store <8 x float> %342, <8 x float>* %344, align 4
  store <8 x float> %44, <8 x float>* %9, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %345 = mul i64 %281, 448
  %346 = add i64 %35, %345
  %347 = mul i64 %34, 3
  %348 = add i64 %347, %kh4
  %349 = mul i64 %348, 24
  %350 = add i64 %349, 0
  %351 = getelementptr inbounds float, float* %4, i64 %350
  %352 = bitcast float* %351 to <8 x float>*
  %353 = load <8 x float>, <8 x float>* %352, align 4
  %354 = add i64 %349, 8
  %355 = getelementptr inbounds float, float* %4, i64 %354
  %356 = bitcast float* %355 to <8 x float>*
  %357 = load <8 x float>, <8 x float>* %356, align 4
  %358 = add i64 %349, 16
  %359 = getelementptr inbounds float, float* %4, i64 %358
  %360 = bitcast float* %359 to <8 x float>*
  %361 = load <8 x float>, <8 x float>* %360, align 4
  %362 = add i64 %346, 352
  %363 = add i64 %362, 0
  %364 = getelementptr inbounds float, float* %1, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  %366 = load <8 x float>, <8 x float>* %365, align 4
  %367 = load <8 x float>, <8 x float>* %19, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %353, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %19, align 32
  %369 = add i64 %362, 8
  %370 = getelementptr inbounds float, float* %1, i64 %369
  %371 = bitcast float* %370 to <8 x float>*
  %372 = load <8 x float>, <8 x float>* %371, align 4
  %373 = load <8 x float>, <8 x float>* %19, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %372, <8 x float> %357, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %19, align 32
  %375 = load <8 x float>, <8 x float>* %18, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %372, <8 x float> %353, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %18, align 32
  %377 = add i64 %362, 16
  %378 = getelementptr inbounds float, float* %1, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  %380 = load <8 x float>, <8 x float>* %379, align 4
  %381 = load <8 x float>, <8 x float>* %19, align 32
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %380, <8 x float> %361, <8 x float> %381)
  store <8 x float> %382, <8 x float>* %19, align 32
  %383 = load <8 x float>, <8 x float>* %18, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %380, <8 x float> %357, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %18, align 32
  %385 = load <8 x float>, <8 x float>* %17, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %380, <8 x float> %353, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %17, align 32
  %387 = add i64 %362, 24
  %388 = getelementptr inbounds float, float* %1, i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = load <8 x float>, <8 x float>* %18, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %361, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %18, align 32
  %393 = load <8 x float>, <8 x float>* %17, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %357, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %17, align 32
  %395 = load <8 x float>, <8 x float>* %16, align 32
  %396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %353, <8 x float> %395)
  store <8 x float> %396, <8 x float>* %16, align 32
  %397 = add i64 %362, 32
  %398 = getelementptr inbounds float, float* %1, i64 %397
  %399 = bitcast float* %398 to <8 x float>*
  %400 = load <8 x float>, <8 x float>* %399, align 4
  %401 = load <8 x float>, <8 x float>* %17, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %400, <8 x float> %361, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %17, align 32
  %403 = load <8 x float>, <8 x float>* %16, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %400, <8 x float> %357, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %16, align 32
  %405 = load <8 x float>, <8 x float>* %15, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %400, <8 x float> %353, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %15, align 32
  %407 = add i64 %362, 40
  %408 = getelementptr inbounds float, float* %1, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  %410 = load <8 x float>, <8 x float>* %409, align 4
  %411 = load <8 x float>, <8 x float>* %16, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %410, <8 x float> %361, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %16, align 32
  %413 = load <8 x float>, <8 x float>* %15, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %410, <8 x float> %357, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %15, align 32
  %415 = load <8 x float>, <8 x float>* %14, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %410, <8 x float> %353, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %14, align 32
  %417 = add i64 %362, 48
  %418 = getelementptr inbounds float, float* %1, i64 %417
  %419 = bitcast float* %418 to <8 x float>*
  %420 = load <8 x float>, <8 x float>* %419, align 4
  %421 = load <8 x float>, <8 x float>* %15, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %420, <8 x float> %361, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %15, align 32
  %423 = load <8 x float>, <8 x float>* %14, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %420, <8 x float> %357, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %14, align 32
  %425 = load <8 x float>, <8 x float>* %13, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %420, <8 x float> %353, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %13, align 32
  %427 = add i64 %362, 56
  %428 = getelementptr inbounds float, float* %1, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  %430 = load <8 x float>, <8 x float>* %429, align 4
  %431 = load <8 x float>, <8 x float>* %14, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> %361, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %14, align 32
  %433 = load <8 x float>, <8 x float>* %13, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> %357, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %13, align 32
  %435 = load <8 x float>, <8 x float>* %12, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> %353, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %12, align 32
  %437 = add i64 %362, 64
  %438 = getelementptr inbounds float, float* %1, i64 %437
  %439 = bitcast float* %438 to <8 x float>*
  %440 = load <8 x float>, <8 x float>* %439, align 4
  %441 = load <8 x float>, <8 x float>* %13, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %440, <8 x float> %361, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %13, align 32
  %443 = load <8 x float>, <8 x float>* %12, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %440, <8 x float> %357, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %12, align 32
  %445 = load <8 x float>, <8 x float>* %11, align 32
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %440, <8 x float> %353, <8 x float> %445)
  store <8 x float> %446, <8 x float>* %11, align 32
  %447 = add i64 %362, 72
  %448 = getelementptr inbounds float, float* %1, i64 %447
  %449 = bitcast float* %448 to <8 x float>*
  %450 = load <8 x float>, <8 x float>* %449, align 4
  %451 = load <8 x float>, <8 x float>* %12, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %361, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %12, align 32
  %453 = load <8 x float>, <8 x float>* %11, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %357, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %11, align 32
  %455 = load <8 x float>, <8 x float>* %10, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %353, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %10, align 32
  %457 = add i64 %362, 80
  %458 = getelementptr inbounds float, float* %1, i64 %457
  %459 = bitcast float* %458 to <8 x float>*
  %460 = load <8 x float>, <8 x float>* %459, align 4
  %461 = load <8 x float>, <8 x float>* %11, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %361, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %11, align 32
  %463 = load <8 x float>, <8 x float>* %10, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %357, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %10, align 32
  %465 = add i64 %362, 88
  %466 = getelementptr inbounds float, float* %1, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  %468 = load <8 x float>, <8 x float>* %467, align 4
  %469 = load <8 x float>, <8 x float>* %10, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %468, <8 x float> %361, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %10, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next16, %endif13 ]
  %471 = icmp slt i64 %kh11, 3
  br i1 %471, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %472 = mul i64 %kh11, 1
  %473 = add i64 %40, %472
  %474 = icmp sge i64 %473, 0
  %475 = icmp slt i64 %473, 56
  %476 = and i1 %474, %475
  br i1 %476, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %477 = add i64 %38, 0
  %478 = load <8 x float>, <8 x float>* %9, align 32
  %479 = fcmp olt <8 x float> %478, zeroinitializer
  %480 = select <8 x i1> %479, <8 x float> zeroinitializer, <8 x float> %478
  %481 = getelementptr inbounds float, float* %0, i64 %477
  %482 = bitcast float* %481 to <8 x float>*
  store <8 x float> %480, <8 x float>* %482, align 4
  store <8 x float> %44, <8 x float>* %8, align 32
  br label %kh.header17

then12:                                           ; preds = %kh.body9
  %483 = mul i64 %473, 448
  %484 = add i64 %35, %483
  %485 = mul i64 %34, 3
  %486 = add i64 %485, %kh11
  %487 = mul i64 %486, 24
  br label %kw.header

endif13:                                          ; preds = %kw.exit, %kh.body9
  %kh.next16 = add i64 %kh11, 1
  br label %kh.header8

kw.header:                                        ; preds = %endif15, %then12
  %kw = phi i64 [ 0, %then12 ], [ %kw.next, %endif15 ]
  %488 = icmp slt i64 %kw, 3
  br i1 %488, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %489 = mul i64 %kw, 1
  %490 = add i64 -1, %489
  %491 = icmp sge i64 %490, 0
  %492 = icmp slt i64 %490, 56
  %493 = and i1 %491, %492
  br i1 %493, label %then14, label %endif15

kw.exit:                                          ; preds = %kw.header
  br label %endif13

then14:                                           ; preds = %kw.body
  %494 = mul i64 %kw, 8
  %495 = add i64 %487, %494
  %496 = getelementptr inbounds float, float* %4, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  %498 = load <8 x float>, <8 x float>* %497, align 4
  %499 = mul i64 %490, 8
  %500 = add i64 %484, %499
  %501 = getelementptr inbounds float, float* %1, i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  %503 = load <8 x float>, <8 x float>* %502, align 4
  %504 = load <8 x float>, <8 x float>* %9, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %498, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %9, align 32
  br label %endif15

endif15:                                          ; preds = %then14, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header

kh.header17:                                      ; preds = %endif22, %kh.exit10
  %kh20 = phi i64 [ 0, %kh.exit10 ], [ %kh.next30, %endif22 ]
  %506 = icmp slt i64 %kh20, 3
  br i1 %506, label %kh.body18, label %kh.exit19

kh.body18:                                        ; preds = %kh.header17
  %507 = mul i64 %kh20, 1
  %508 = add i64 %40, %507
  %509 = icmp sge i64 %508, 0
  %510 = icmp slt i64 %508, 56
  %511 = and i1 %509, %510
  br i1 %511, label %then21, label %endif22

kh.exit19:                                        ; preds = %kh.header17
  %512 = add i64 %38, 440
  %513 = load <8 x float>, <8 x float>* %8, align 32
  %514 = fcmp olt <8 x float> %513, zeroinitializer
  %515 = select <8 x i1> %514, <8 x float> zeroinitializer, <8 x float> %513
  %516 = getelementptr inbounds float, float* %0, i64 %512
  %517 = bitcast float* %516 to <8 x float>*
  store <8 x float> %515, <8 x float>* %517, align 4
  %task.next = add i64 %task, 1
  br label %task.header

then21:                                           ; preds = %kh.body18
  %518 = mul i64 %508, 448
  %519 = add i64 %35, %518
  %520 = mul i64 %34, 3
  %521 = add i64 %520, %kh20
  %522 = mul i64 %521, 24
  br label %kw.header23

endif22:                                          ; preds = %kw.exit25, %kh.body18
  %kh.next30 = add i64 %kh20, 1
  br label %kh.header17

kw.header23:                                      ; preds = %endif28, %then21
  %kw26 = phi i64 [ 0, %then21 ], [ %kw.next29, %endif28 ]
  %523 = icmp slt i64 %kw26, 3
  br i1 %523, label %kw.body24, label %kw.exit25

kw.body24:                                        ; preds = %kw.header23
  %524 = mul i64 %kw26, 1
  %525 = add i64 54, %524
  %526 = icmp sge i64 %525, 0
  %527 = icmp slt i64 %525, 56
  %528 = and i1 %526, %527
  br i1 %528, label %then27, label %endif28

kw.exit25:                                        ; preds = %kw.header23
  br label %endif22

then27:                                           ; preds = %kw.body24
  %529 = mul i64 %kw26, 8
  %530 = add i64 %522, %529
  %531 = getelementptr inbounds float, float* %4, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  %533 = load <8 x float>, <8 x float>* %532, align 4
  %534 = mul i64 %525, 8
  %535 = add i64 %519, %534
  %536 = getelementptr inbounds float, float* %1, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = load <8 x float>, <8 x float>* %8, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %538, <8 x float> %533, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %8, align 32
  br label %endif28

endif28:                                          ; preds = %then27, %kw.body24
  %kw.next29 = add i64 %kw26, 1
  br label %kw.header23
}

; Function Attrs: noinline nounwind
define internal void @node5.depthwiseConv2d_3.step0(i8* %0) #3 {
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
  %25 = add i64 896, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 896
  %32 = select i1 %31, i64 %30, i64 896
  call void @node5.depthwiseConv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %28 = icmp slt i64 %task, %7
  br i1 %28, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %29 = srem i64 %task, 8
  %30 = sdiv i64 %task, 8
  %31 = srem i64 %30, 28
  %32 = sdiv i64 %task, 224
  %33 = srem i64 %32, 1
  %34 = sdiv i64 %32, 1
  %35 = mul i64 %33, 16
  %36 = mul i64 %29, 2
  %37 = add i64 %35, %36
  %38 = mul i64 %31, 1
  %39 = mul i64 %38, 112
  %40 = mul i64 %31, 1
  %41 = mul i64 %33, 16
  %42 = mul i64 %29, 2
  %43 = add i64 %41, %42
  %44 = mul i64 %34, 16
  %45 = mul i64 %33, 16
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 25088
  %48 = mul i64 %43, 1024
  %49 = mul i64 %40, 896
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %50 = icmp slt i64 %x, 108
  br i1 %50, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %51 = add i64 %39, %x
  %52 = mul i64 %34, 16
  %53 = add i64 %52, %37
  %54 = add i64 %53, 0
  %55 = mul i64 %54, 25088
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
  %74 = mul i64 %34, 16
  %75 = add i64 %74, %37
  %76 = add i64 %75, 1
  %77 = mul i64 %76, 25088
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
  %106 = mul i64 %x, 8
  %107 = add i64 %49, %106
  %108 = add i64 %47, %107
  br label %u.header

x.exit:                                           ; preds = %x.header
  %109 = add i64 %39, 108
  %110 = mul i64 %34, 16
  %111 = add i64 %110, %37
  %112 = add i64 %111, 0
  %113 = mul i64 %112, 25088
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
  %126 = mul i64 %34, 16
  %127 = add i64 %126, %37
  %128 = add i64 %127, 1
  %129 = mul i64 %128, 25088
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
  %152 = add i64 %49, 864
  %153 = add i64 %47, %152
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %154 = icmp slt i64 %u, 16
  br i1 %154, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %155 = add i64 0, %u
  %156 = mul i64 %155, 25088
  %157 = add i64 %108, %156
  %158 = mul i64 %155, 64
  %159 = add i64 %48, %158
  %160 = add i64 %157, 0
  %161 = add i64 %160, 0
  %162 = add i64 %159, 0
  %163 = add i64 %162, 0
  %164 = getelementptr inbounds float, float* %4, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = add i64 %162, 1024
  %168 = getelementptr inbounds float, float* %4, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = add i64 %161, 0
  %172 = getelementptr inbounds float, float* %1, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %27, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %166, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %27, align 32
  %177 = load <8 x float>, <8 x float>* %21, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %170, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %21, align 32
  %179 = add i64 %161, 8
  %180 = getelementptr inbounds float, float* %1, i64 %179
  %181 = load float, float* %180, align 4
  %182 = insertelement <8 x float> undef, float %181, i32 0
  %splat1 = shufflevector <8 x float> %182, <8 x float> undef, <8 x i32> zeroinitializer
  %183 = load <8 x float>, <8 x float>* %26, align 32
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %166, <8 x float> %183)
  store <8 x float> %184, <8 x float>* %26, align 32
  %185 = load <8 x float>, <8 x float>* %20, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %170, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %20, align 32
  %187 = add i64 %161, 16
  %188 = getelementptr inbounds float, float* %1, i64 %187
  %189 = load float, float* %188, align 4
  %190 = insertelement <8 x float> undef, float %189, i32 0
  %splat2 = shufflevector <8 x float> %190, <8 x float> undef, <8 x i32> zeroinitializer
  %191 = load <8 x float>, <8 x float>* %25, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %166, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %25, align 32
  %193 = load <8 x float>, <8 x float>* %19, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %170, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %19, align 32
  %195 = add i64 %161, 24
  %196 = getelementptr inbounds float, float* %1, i64 %195
  %197 = load float, float* %196, align 4
  %198 = insertelement <8 x float> undef, float %197, i32 0
  %splat3 = shufflevector <8 x float> %198, <8 x float> undef, <8 x i32> zeroinitializer
  %199 = load <8 x float>, <8 x float>* %24, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %166, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %24, align 32
  %201 = load <8 x float>, <8 x float>* %18, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %170, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %18, align 32
  %203 = add i64 %161, 32
  %204 = getelementptr inbounds float, float* %1, i64 %203
  %205 = load float, float* %204, align 4
  %206 = insertelement <8 x float> undef, float %205, i32 0
  %splat4 = shufflevector <8 x float> %206, <8 x float> undef, <8 x i32> zeroinitializer
  %207 = load <8 x float>, <8 x float>* %23, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %166, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %23, align 32
  %209 = load <8 x float>, <8 x float>* %17, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %170, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %17, align 32
  %211 = add i64 %161, 40
  %212 = getelementptr inbounds float, float* %1, i64 %211
  %213 = load float, float* %212, align 4
  %214 = insertelement <8 x float> undef, float %213, i32 0
  %splat5 = shufflevector <8 x float> %214, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %22, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %166, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %22, align 32
  %217 = load <8 x float>, <8 x float>* %16, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %170, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %16, align 32
  %219 = add i64 %162, 8
  %220 = getelementptr inbounds float, float* %4, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  %222 = load <8 x float>, <8 x float>* %221, align 4
  %223 = add i64 %162, 1032
  %224 = getelementptr inbounds float, float* %4, i64 %223
  %225 = bitcast float* %224 to <8 x float>*
  %226 = load <8 x float>, <8 x float>* %225, align 4
  %227 = add i64 %161, 1
  %228 = getelementptr inbounds float, float* %1, i64 %227
  %229 = load float, float* %228, align 4
  %230 = insertelement <8 x float> undef, float %229, i32 0
  %splat6 = shufflevector <8 x float> %230, <8 x float> undef, <8 x i32> zeroinitializer
  %231 = load <8 x float>, <8 x float>* %27, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %222, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %27, align 32
  %233 = load <8 x float>, <8 x float>* %21, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %226, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %21, align 32
  %235 = add i64 %161, 9
  %236 = getelementptr inbounds float, float* %1, i64 %235
  %237 = load float, float* %236, align 4
  %238 = insertelement <8 x float> undef, float %237, i32 0
  %splat7 = shufflevector <8 x float> %238, <8 x float> undef, <8 x i32> zeroinitializer
  %239 = load <8 x float>, <8 x float>* %26, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %222, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %26, align 32
  %241 = load <8 x float>, <8 x float>* %20, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %226, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %20, align 32
  %243 = add i64 %161, 17
  %244 = getelementptr inbounds float, float* %1, i64 %243
  %245 = load float, float* %244, align 4
  %246 = insertelement <8 x float> undef, float %245, i32 0
  %splat8 = shufflevector <8 x float> %246, <8 x float> undef, <8 x i32> zeroinitializer
  %247 = load <8 x float>, <8 x float>* %25, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %222, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %25, align 32
  %249 = load <8 x float>, <8 x float>* %19, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %226, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %19, align 32
  %251 = add i64 %161, 25
  %252 = getelementptr inbounds float, float* %1, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat9 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %24, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %222, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %24, align 32
  %257 = load <8 x float>, <8 x float>* %18, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %226, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %18, align 32
  %259 = add i64 %161, 33
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = load float, float* %260, align 4
  %262 = insertelement <8 x float> undef, float %261, i32 0
  %splat10 = shufflevector <8 x float> %262, <8 x float> undef, <8 x i32> zeroinitializer
  %263 = load <8 x float>, <8 x float>* %23, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %222, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %23, align 32
  %265 = load <8 x float>, <8 x float>* %17, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %226, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %17, align 32
  %267 = add i64 %161, 41
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = load float, float* %268, align 4
  %270 = insertelement <8 x float> undef, float %269, i32 0
  %splat11 = shufflevector <8 x float> %270, <8 x float> undef, <8 x i32> zeroinitializer
  %271 = load <8 x float>, <8 x float>* %22, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %222, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %22, align 32
  %273 = load <8 x float>, <8 x float>* %16, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %226, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %16, align 32
  %275 = add i64 %162, 16
  %276 = getelementptr inbounds float, float* %4, i64 %275
  %277 = bitcast float* %276 to <8 x float>*
  %278 = load <8 x float>, <8 x float>* %277, align 4
  %279 = add i64 %162, 1040
  %280 = getelementptr inbounds float, float* %4, i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  %282 = load <8 x float>, <8 x float>* %281, align 4
  %283 = add i64 %161, 2
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat12 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %27, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %278, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %27, align 32
  %289 = load <8 x float>, <8 x float>* %21, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %282, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %21, align 32
  %291 = add i64 %161, 10
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = load float, float* %292, align 4
  %294 = insertelement <8 x float> undef, float %293, i32 0
  %splat13 = shufflevector <8 x float> %294, <8 x float> undef, <8 x i32> zeroinitializer
  %295 = load <8 x float>, <8 x float>* %26, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %278, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %26, align 32
  %297 = load <8 x float>, <8 x float>* %20, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %282, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %20, align 32
  %299 = add i64 %161, 18
  %300 = getelementptr inbounds float, float* %1, i64 %299
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> undef, float %301, i32 0
  %splat14 = shufflevector <8 x float> %302, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = load <8 x float>, <8 x float>* %25, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %278, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %25, align 32
  %305 = load <8 x float>, <8 x float>* %19, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %282, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %19, align 32
  %307 = add i64 %161, 26
  %308 = getelementptr inbounds float, float* %1, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat15 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %24, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %278, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %24, align 32
  %313 = load <8 x float>, <8 x float>* %18, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %282, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %18, align 32
  %315 = add i64 %161, 34
  %316 = getelementptr inbounds float, float* %1, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> undef, float %317, i32 0
  %splat16 = shufflevector <8 x float> %318, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = load <8 x float>, <8 x float>* %23, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %278, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %23, align 32
  %321 = load <8 x float>, <8 x float>* %17, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %282, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %17, align 32
  %323 = add i64 %161, 42
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat17 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %22, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %278, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %22, align 32
  %329 = load <8 x float>, <8 x float>* %16, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %282, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %16, align 32
  %331 = add i64 %162, 24
  %332 = getelementptr inbounds float, float* %4, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = add i64 %162, 1048
  %336 = getelementptr inbounds float, float* %4, i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  %338 = load <8 x float>, <8 x float>* %337, align 4
  %339 = add i64 %161, 3
  %340 = getelementptr inbounds float, float* %1, i64 %339
  %341 = load float, float* %340, align 4
  %342 = insertelement <8 x float> undef, float %341, i32 0
  %splat18 = shufflevector <8 x float> %342, <8 x float> undef, <8 x i32> zeroinitializer
  %343 = load <8 x float>, <8 x float>* %27, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %334, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %27, align 32
  %345 = load <8 x float>, <8 x float>* %21, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %338, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %21, align 32
  %347 = add i64 %161, 11
  %348 = getelementptr inbounds float, float* %1, i64 %347
  %349 = load float, float* %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i32 0
  %splat19 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = load <8 x float>, <8 x float>* %26, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %334, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %26, align 32
  %353 = load <8 x float>, <8 x float>* %20, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %338, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %20, align 32
  %355 = add i64 %161, 19
  %356 = getelementptr inbounds float, float* %1, i64 %355
  %357 = load float, float* %356, align 4
  %358 = insertelement <8 x float> undef, float %357, i32 0
  %splat20 = shufflevector <8 x float> %358, <8 x float> undef, <8 x i32> zeroinitializer
  %359 = load <8 x float>, <8 x float>* %25, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %334, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %25, align 32
  %361 = load <8 x float>, <8 x float>* %19, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %338, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %19, align 32
  %363 = add i64 %161, 27
  %364 = getelementptr inbounds float, float* %1, i64 %363
  %365 = load float, float* %364, align 4
  %366 = insertelement <8 x float> undef, float %365, i32 0
  %splat21 = shufflevector <8 x float> %366, <8 x float> undef, <8 x i32> zeroinitializer
  %367 = load <8 x float>, <8 x float>* %24, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %334, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %24, align 32
  %369 = load <8 x float>, <8 x float>* %18, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %338, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %18, align 32
  %371 = add i64 %161, 35
  %372 = getelementptr inbounds float, float* %1, i64 %371
  %373 = load float, float* %372, align 4
  %374 = insertelement <8 x float> undef, float %373, i32 0
  %splat22 = shufflevector <8 x float> %374, <8 x float> undef, <8 x i32> zeroinitializer
  %375 = load <8 x float>, <8 x float>* %23, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %334, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %23, align 32
  %377 = load <8 x float>, <8 x float>* %17, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %338, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %17, align 32
  %379 = add i64 %161, 43
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat23 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %22, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %334, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %22, align 32
  %385 = load <8 x float>, <8 x float>* %16, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %338, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %16, align 32
  %387 = add i64 %162, 32
  %388 = getelementptr inbounds float, float* %4, i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = add i64 %162, 1056
  %392 = getelementptr inbounds float, float* %4, i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  %394 = load <8 x float>, <8 x float>* %393, align 4
  %395 = add i64 %161, 4
  %396 = getelementptr inbounds float, float* %1, i64 %395
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i32 0
  %splat24 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, <8 x float>* %27, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %390, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %27, align 32
  %401 = load <8 x float>, <8 x float>* %21, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %394, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %21, align 32
  %403 = add i64 %161, 12
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat25 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %26, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %390, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %26, align 32
  %409 = load <8 x float>, <8 x float>* %20, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %394, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %20, align 32
  %411 = add i64 %161, 20
  %412 = getelementptr inbounds float, float* %1, i64 %411
  %413 = load float, float* %412, align 4
  %414 = insertelement <8 x float> undef, float %413, i32 0
  %splat26 = shufflevector <8 x float> %414, <8 x float> undef, <8 x i32> zeroinitializer
  %415 = load <8 x float>, <8 x float>* %25, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %390, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %25, align 32
  %417 = load <8 x float>, <8 x float>* %19, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %394, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %19, align 32
  %419 = add i64 %161, 28
  %420 = getelementptr inbounds float, float* %1, i64 %419
  %421 = load float, float* %420, align 4
  %422 = insertelement <8 x float> undef, float %421, i32 0
  %splat27 = shufflevector <8 x float> %422, <8 x float> undef, <8 x i32> zeroinitializer
  %423 = load <8 x float>, <8 x float>* %24, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %390, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %24, align 32
  %425 = load <8 x float>, <8 x float>* %18, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %394, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %18, align 32
  %427 = add i64 %161, 36
  %428 = getelementptr inbounds float, float* %1, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat28 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %23, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %390, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %23, align 32
  %433 = load <8 x float>, <8 x float>* %17, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %394, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %17, align 32
  %435 = add i64 %161, 44
  %436 = getelementptr inbounds float, float* %1, i64 %435
  %437 = load float, float* %436, align 4
  %438 = insertelement <8 x float> undef, float %437, i32 0
  %splat29 = shufflevector <8 x float> %438, <8 x float> undef, <8 x i32> zeroinitializer
  %439 = load <8 x float>, <8 x float>* %22, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %390, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %22, align 32
  %441 = load <8 x float>, <8 x float>* %16, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %394, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %16, align 32
  %443 = add i64 %162, 40
  %444 = getelementptr inbounds float, float* %4, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  %446 = load <8 x float>, <8 x float>* %445, align 4
  %447 = add i64 %162, 1064
  %448 = getelementptr inbounds float, float* %4, i64 %447
  %449 = bitcast float* %448 to <8 x float>*
  %450 = load <8 x float>, <8 x float>* %449, align 4
  %451 = add i64 %161, 5
  %452 = getelementptr inbounds float, float* %1, i64 %451
  %453 = load float, float* %452, align 4
  %454 = insertelement <8 x float> undef, float %453, i32 0
  %splat30 = shufflevector <8 x float> %454, <8 x float> undef, <8 x i32> zeroinitializer
  %455 = load <8 x float>, <8 x float>* %27, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %446, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %27, align 32
  %457 = load <8 x float>, <8 x float>* %21, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %450, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %21, align 32
  %459 = add i64 %161, 13
  %460 = getelementptr inbounds float, float* %1, i64 %459
  %461 = load float, float* %460, align 4
  %462 = insertelement <8 x float> undef, float %461, i32 0
  %splat31 = shufflevector <8 x float> %462, <8 x float> undef, <8 x i32> zeroinitializer
  %463 = load <8 x float>, <8 x float>* %26, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %446, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %26, align 32
  %465 = load <8 x float>, <8 x float>* %20, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %450, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %20, align 32
  %467 = add i64 %161, 21
  %468 = getelementptr inbounds float, float* %1, i64 %467
  %469 = load float, float* %468, align 4
  %470 = insertelement <8 x float> undef, float %469, i32 0
  %splat32 = shufflevector <8 x float> %470, <8 x float> undef, <8 x i32> zeroinitializer
  %471 = load <8 x float>, <8 x float>* %25, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %446, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %25, align 32
  %473 = load <8 x float>, <8 x float>* %19, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %450, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %19, align 32
  %475 = add i64 %161, 29
  %476 = getelementptr inbounds float, float* %1, i64 %475
  %477 = load float, float* %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %splat33 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = load <8 x float>, <8 x float>* %24, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %446, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %24, align 32
  %481 = load <8 x float>, <8 x float>* %18, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %450, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %18, align 32
  %483 = add i64 %161, 37
  %484 = getelementptr inbounds float, float* %1, i64 %483
  %485 = load float, float* %484, align 4
  %486 = insertelement <8 x float> undef, float %485, i32 0
  %splat34 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %487 = load <8 x float>, <8 x float>* %23, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %446, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %23, align 32
  %489 = load <8 x float>, <8 x float>* %17, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %450, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %17, align 32
  %491 = add i64 %161, 45
  %492 = getelementptr inbounds float, float* %1, i64 %491
  %493 = load float, float* %492, align 4
  %494 = insertelement <8 x float> undef, float %493, i32 0
  %splat35 = shufflevector <8 x float> %494, <8 x float> undef, <8 x i32> zeroinitializer
  %495 = load <8 x float>, <8 x float>* %22, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %446, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %22, align 32
  %497 = load <8 x float>, <8 x float>* %16, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %450, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %16, align 32
  %499 = add i64 %162, 48
  %500 = getelementptr inbounds float, float* %4, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  %502 = load <8 x float>, <8 x float>* %501, align 4
  %503 = add i64 %162, 1072
  %504 = getelementptr inbounds float, float* %4, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  %506 = load <8 x float>, <8 x float>* %505, align 4
  %507 = add i64 %161, 6
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat36 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %27, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %502, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %27, align 32
  %513 = load <8 x float>, <8 x float>* %21, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %506, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %21, align 32
  %515 = add i64 %161, 14
  %516 = getelementptr inbounds float, float* %1, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat37 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %26, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %502, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %26, align 32
  %521 = load <8 x float>, <8 x float>* %20, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %506, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %20, align 32
  %523 = add i64 %161, 22
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat38 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %25, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %502, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %25, align 32
  %529 = load <8 x float>, <8 x float>* %19, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %506, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %19, align 32
  %531 = add i64 %161, 30
  %532 = getelementptr inbounds float, float* %1, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat39 = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %24, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %502, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %24, align 32
  %537 = load <8 x float>, <8 x float>* %18, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %506, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %18, align 32
  %539 = add i64 %161, 38
  %540 = getelementptr inbounds float, float* %1, i64 %539
  %541 = load float, float* %540, align 4
  %542 = insertelement <8 x float> undef, float %541, i32 0
  %splat40 = shufflevector <8 x float> %542, <8 x float> undef, <8 x i32> zeroinitializer
  %543 = load <8 x float>, <8 x float>* %23, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %502, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %23, align 32
  %545 = load <8 x float>, <8 x float>* %17, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %506, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %17, align 32
  %547 = add i64 %161, 46
  %548 = getelementptr inbounds float, float* %1, i64 %547
  %549 = load float, float* %548, align 4
  %550 = insertelement <8 x float> undef, float %549, i32 0
  %splat41 = shufflevector <8 x float> %550, <8 x float> undef, <8 x i32> zeroinitializer
  %551 = load <8 x float>, <8 x float>* %22, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %502, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %22, align 32
  %553 = load <8 x float>, <8 x float>* %16, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %506, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %16, align 32
  %555 = add i64 %162, 56
  %556 = getelementptr inbounds float, float* %4, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  %559 = add i64 %162, 1080
  %560 = getelementptr inbounds float, float* %4, i64 %559
  %561 = bitcast float* %560 to <8 x float>*
  %562 = load <8 x float>, <8 x float>* %561, align 4
  %563 = add i64 %161, 7
  %564 = getelementptr inbounds float, float* %1, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat42 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %27, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %558, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %27, align 32
  %569 = load <8 x float>, <8 x float>* %21, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %562, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %21, align 32
  %571 = add i64 %161, 15
  %572 = getelementptr inbounds float, float* %1, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat43 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %26, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %558, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %26, align 32
  %577 = load <8 x float>, <8 x float>* %20, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %562, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %20, align 32
  %579 = add i64 %161, 23
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat44 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %25, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %558, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %25, align 32
  %585 = load <8 x float>, <8 x float>* %19, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %562, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %19, align 32
  %587 = add i64 %161, 31
  %588 = getelementptr inbounds float, float* %1, i64 %587
  %589 = load float, float* %588, align 4
  %590 = insertelement <8 x float> undef, float %589, i32 0
  %splat45 = shufflevector <8 x float> %590, <8 x float> undef, <8 x i32> zeroinitializer
  %591 = load <8 x float>, <8 x float>* %24, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %558, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %24, align 32
  %593 = load <8 x float>, <8 x float>* %18, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %562, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %18, align 32
  %595 = add i64 %161, 39
  %596 = getelementptr inbounds float, float* %1, i64 %595
  %597 = load float, float* %596, align 4
  %598 = insertelement <8 x float> undef, float %597, i32 0
  %splat46 = shufflevector <8 x float> %598, <8 x float> undef, <8 x i32> zeroinitializer
  %599 = load <8 x float>, <8 x float>* %23, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %558, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %23, align 32
  %601 = load <8 x float>, <8 x float>* %17, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %562, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %17, align 32
  %603 = add i64 %161, 47
  %604 = getelementptr inbounds float, float* %1, i64 %603
  %605 = load float, float* %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %splat47 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, <8 x float>* %22, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %558, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %22, align 32
  %609 = load <8 x float>, <8 x float>* %16, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %562, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %16, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %611 = load <8 x float>, <8 x float>* %27, align 32
  %612 = fcmp olt <8 x float> %611, zeroinitializer
  %613 = select <8 x i1> %612, <8 x float> zeroinitializer, <8 x float> %611
  %614 = getelementptr inbounds float, float* %0, i64 %58
  %615 = bitcast float* %614 to <8 x float>*
  store <8 x float> %613, <8 x float>* %615, align 4
  %616 = load <8 x float>, <8 x float>* %26, align 32
  %617 = fcmp olt <8 x float> %616, zeroinitializer
  %618 = select <8 x i1> %617, <8 x float> zeroinitializer, <8 x float> %616
  %619 = getelementptr inbounds float, float* %0, i64 %61
  %620 = bitcast float* %619 to <8 x float>*
  store <8 x float> %618, <8 x float>* %620, align 4
  %621 = load <8 x float>, <8 x float>* %25, align 32
  %622 = fcmp olt <8 x float> %621, zeroinitializer
  %623 = select <8 x i1> %622, <8 x float> zeroinitializer, <8 x float> %621
  %624 = getelementptr inbounds float, float* %0, i64 %64
  %625 = bitcast float* %624 to <8 x float>*
  store <8 x float> %623, <8 x float>* %625, align 4
  %626 = load <8 x float>, <8 x float>* %24, align 32
  %627 = fcmp olt <8 x float> %626, zeroinitializer
  %628 = select <8 x i1> %627, <8 x float> zeroinitializer, <8 x float> %626
  %629 = getelementptr inbounds float, float* %0, i64 %67
  %630 = bitcast float* %629 to <8 x float>*
  store <8 x float> %628, <8 x float>* %630, align 4
  %631 = load <8 x float>, <8 x float>* %23, align 32
  %632 = fcmp olt <8 x float> %631, zeroinitializer
  %633 = select <8 x i1> %632, <8 x float> zeroinitializer, <8 x float> %631
  %634 = getelementptr inbounds float, float* %0, i64 %70
  %635 = bitcast float* %634 to <8 x float>*
  store <8 x float> %633, <8 x float>* %635, align 4
  %636 = load <8 x float>, <8 x float>* %22, align 32
  %637 = fcmp olt <8 x float> %636, zeroinitializer
  %638 = select <8 x i1> %637, <8 x float> zeroinitializer, <8 x float> %636
  %639 = getelementptr inbounds float, float* %0, i64 %73
  %640 = bitcast float* %639 to <8 x float>*
  store <8 x float> %638, <8 x float>* %640, align 4
  %641 = load <8 x float>, <8 x float>* %21, align 32
  %642 = fcmp olt <8 x float> %641, zeroinitializer
  %643 = select <8 x i1> %642, <8 x float> zeroinitializer, <8 x float> %641
  %644 = getelementptr inbounds float, float* %0, i64 %80
  %645 = bitcast float* %644 to <8 x float>*
  store <8 x float> %643, <8 x float>* %645, align 4
  %646 = load <8 x float>, <8 x float>* %20, align 32
  %647 = fcmp olt <8 x float> %646, zeroinitializer
  %648 = select <8 x i1> %647, <8 x float> zeroinitializer, <8 x float> %646
  %649 = getelementptr inbounds float, float* %0, i64 %83
  %650 = bitcast float* %649 to <8 x float>*
  store <8 x float> %648, <8 x float>* %650, align 4
  %651 = load <8 x float>, <8 x float>* %19, align 32
  %652 = fcmp olt <8 x float> %651, zeroinitializer
  %653 = select <8 x i1> %652, <8 x float> zeroinitializer, <8 x float> %651
  %654 = getelementptr inbounds float, float* %0, i64 %86
  %655 = bitcast float* %654 to <8 x float>*
  store <8 x float> %653, <8 x float>* %655, align 4
  %656 = load <8 x float>, <8 x float>* %18, align 32
  %657 = fcmp olt <8 x float> %656, zeroinitializer
  %658 = select <8 x i1> %657, <8 x float> zeroinitializer, <8 x float> %656
  %659 = getelementptr inbounds float, float* %0, i64 %89
  %660 = bitcast float* %659 to <8 x float>*
  store <8 x float> %658, <8 x float>* %660, align 4
  %661 = load <8 x float>, <8 x float>* %17, align 32
  %662 = fcmp olt <8 x float> %661, zeroinitializer
  %663 = select <8 x i1> %662, <8 x float> zeroinitializer, <8 x float> %661
  %664 = getelementptr inbounds float, float* %0, i64 %92
  %665 = bitcast float* %664 to <8 x float>*
  store <8 x float> %663, <8 x float>* %665, align 4
  %666 = load <8 x float>, <8 x float>* %16, align 32
  %667 = fcmp olt <8 x float> %666, zeroinitializer
  %668 = select <8 x i1> %667, <8 x float> zeroinitializer, <8 x float> %666
  %669 = getelementptr inbounds float, float* %0, i64 %95
  %670 = bitcast float* %669 to <8 x float>*
  store <8 x float> %668, <8 x float>* %670, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next84, %u.body49 ]
  %671 = icmp slt i64 %u51, 16
  br i1 %671, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %672 = add i64 0, %u51
  %673 = mul i64 %672, 25088
  %674 = add i64 %153, %673
  %675 = mul i64 %672, 64
  %676 = add i64 %48, %675
  %677 = add i64 %674, 0
  %678 = add i64 %677, 0
  %679 = add i64 %676, 0
  %680 = add i64 %679, 0
  %681 = getelementptr inbounds float, float* %4, i64 %680
  %682 = bitcast float* %681 to <8 x float>*
  %683 = load <8 x float>, <8 x float>* %682, align 4
  %684 = add i64 %679, 1024
  %685 = getelementptr inbounds float, float* %4, i64 %684
  %686 = bitcast float* %685 to <8 x float>*
  %687 = load <8 x float>, <8 x float>* %686, align 4
  %688 = add i64 %678, 0
  %689 = getelementptr inbounds float, float* %1, i64 %688
  %690 = load float, float* %689, align 4
  %691 = insertelement <8 x float> undef, float %690, i32 0
  %splat52 = shufflevector <8 x float> %691, <8 x float> undef, <8 x i32> zeroinitializer
  %692 = load <8 x float>, <8 x float>* %15, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %683, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %15, align 32
  %694 = load <8 x float>, <8 x float>* %11, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %687, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %11, align 32
  %696 = add i64 %678, 8
  %697 = getelementptr inbounds float, float* %1, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat53 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %14, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %683, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %14, align 32
  %702 = load <8 x float>, <8 x float>* %10, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %687, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %10, align 32
  %704 = add i64 %678, 16
  %705 = getelementptr inbounds float, float* %1, i64 %704
  %706 = load float, float* %705, align 4
  %707 = insertelement <8 x float> undef, float %706, i32 0
  %splat54 = shufflevector <8 x float> %707, <8 x float> undef, <8 x i32> zeroinitializer
  %708 = load <8 x float>, <8 x float>* %13, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %683, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %13, align 32
  %710 = load <8 x float>, <8 x float>* %9, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %687, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %9, align 32
  %712 = add i64 %678, 24
  %713 = getelementptr inbounds float, float* %1, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat55 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %12, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %683, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %12, align 32
  %718 = load <8 x float>, <8 x float>* %8, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %687, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %8, align 32
  %720 = add i64 %679, 8
  %721 = getelementptr inbounds float, float* %4, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = add i64 %679, 1032
  %725 = getelementptr inbounds float, float* %4, i64 %724
  %726 = bitcast float* %725 to <8 x float>*
  %727 = load <8 x float>, <8 x float>* %726, align 4
  %728 = add i64 %678, 1
  %729 = getelementptr inbounds float, float* %1, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat56 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %15, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %723, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %15, align 32
  %734 = load <8 x float>, <8 x float>* %11, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %727, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %11, align 32
  %736 = add i64 %678, 9
  %737 = getelementptr inbounds float, float* %1, i64 %736
  %738 = load float, float* %737, align 4
  %739 = insertelement <8 x float> undef, float %738, i32 0
  %splat57 = shufflevector <8 x float> %739, <8 x float> undef, <8 x i32> zeroinitializer
  %740 = load <8 x float>, <8 x float>* %14, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %723, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %14, align 32
  %742 = load <8 x float>, <8 x float>* %10, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %727, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %10, align 32
  %744 = add i64 %678, 17
  %745 = getelementptr inbounds float, float* %1, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat58 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %13, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %723, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %13, align 32
  %750 = load <8 x float>, <8 x float>* %9, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %727, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %9, align 32
  %752 = add i64 %678, 25
  %753 = getelementptr inbounds float, float* %1, i64 %752
  %754 = load float, float* %753, align 4
  %755 = insertelement <8 x float> undef, float %754, i32 0
  %splat59 = shufflevector <8 x float> %755, <8 x float> undef, <8 x i32> zeroinitializer
  %756 = load <8 x float>, <8 x float>* %12, align 32
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %723, <8 x float> %756)
  store <8 x float> %757, <8 x float>* %12, align 32
  %758 = load <8 x float>, <8 x float>* %8, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %727, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %8, align 32
  %760 = add i64 %679, 16
  %761 = getelementptr inbounds float, float* %4, i64 %760
  %762 = bitcast float* %761 to <8 x float>*
  %763 = load <8 x float>, <8 x float>* %762, align 4
  %764 = add i64 %679, 1040
  %765 = getelementptr inbounds float, float* %4, i64 %764
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  %768 = add i64 %678, 2
  %769 = getelementptr inbounds float, float* %1, i64 %768
  %770 = load float, float* %769, align 4
  %771 = insertelement <8 x float> undef, float %770, i32 0
  %splat60 = shufflevector <8 x float> %771, <8 x float> undef, <8 x i32> zeroinitializer
  %772 = load <8 x float>, <8 x float>* %15, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %763, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %15, align 32
  %774 = load <8 x float>, <8 x float>* %11, align 32
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %767, <8 x float> %774)
  store <8 x float> %775, <8 x float>* %11, align 32
  %776 = add i64 %678, 10
  %777 = getelementptr inbounds float, float* %1, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat61 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %14, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %763, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %14, align 32
  %782 = load <8 x float>, <8 x float>* %10, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %767, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %10, align 32
  %784 = add i64 %678, 18
  %785 = getelementptr inbounds float, float* %1, i64 %784
  %786 = load float, float* %785, align 4
  %787 = insertelement <8 x float> undef, float %786, i32 0
  %splat62 = shufflevector <8 x float> %787, <8 x float> undef, <8 x i32> zeroinitializer
  %788 = load <8 x float>, <8 x float>* %13, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %763, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %13, align 32
  %790 = load <8 x float>, <8 x float>* %9, align 32
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %767, <8 x float> %790)
  store <8 x float> %791, <8 x float>* %9, align 32
  %792 = add i64 %678, 26
  %793 = getelementptr inbounds float, float* %1, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat63 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %12, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %763, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %12, align 32
  %798 = load <8 x float>, <8 x float>* %8, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %767, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %8, align 32
  %800 = add i64 %679, 24
  %801 = getelementptr inbounds float, float* %4, i64 %800
  %802 = bitcast float* %801 to <8 x float>*
  %803 = load <8 x float>, <8 x float>* %802, align 4
  %804 = add i64 %679, 1048
  %805 = getelementptr inbounds float, float* %4, i64 %804
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = add i64 %678, 3
  %809 = getelementptr inbounds float, float* %1, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat64 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %15, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %803, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %15, align 32
  %814 = load <8 x float>, <8 x float>* %11, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %807, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %11, align 32
  %816 = add i64 %678, 11
  %817 = getelementptr inbounds float, float* %1, i64 %816
  %818 = load float, float* %817, align 4
  %819 = insertelement <8 x float> undef, float %818, i32 0
  %splat65 = shufflevector <8 x float> %819, <8 x float> undef, <8 x i32> zeroinitializer
  %820 = load <8 x float>, <8 x float>* %14, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %803, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %14, align 32
  %822 = load <8 x float>, <8 x float>* %10, align 32
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %807, <8 x float> %822)
  store <8 x float> %823, <8 x float>* %10, align 32
  %824 = add i64 %678, 19
  %825 = getelementptr inbounds float, float* %1, i64 %824
  %826 = load float, float* %825, align 4
  %827 = insertelement <8 x float> undef, float %826, i32 0
  %splat66 = shufflevector <8 x float> %827, <8 x float> undef, <8 x i32> zeroinitializer
  %828 = load <8 x float>, <8 x float>* %13, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %803, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %13, align 32
  %830 = load <8 x float>, <8 x float>* %9, align 32
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %807, <8 x float> %830)
  store <8 x float> %831, <8 x float>* %9, align 32
  %832 = add i64 %678, 27
  %833 = getelementptr inbounds float, float* %1, i64 %832
  %834 = load float, float* %833, align 4
  %835 = insertelement <8 x float> undef, float %834, i32 0
  %splat67 = shufflevector <8 x float> %835, <8 x float> undef, <8 x i32> zeroinitializer
  %836 = load <8 x float>, <8 x float>* %12, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %803, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %12, align 32
  %838 = load <8 x float>, <8 x float>* %8, align 32
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %807, <8 x float> %838)
  store <8 x float> %839, <8 x float>* %8, align 32
  %840 = add i64 %679, 32
  %841 = getelementptr inbounds float, float* %4, i64 %840
  %842 = bitcast float* %841 to <8 x float>*
  %843 = load <8 x float>, <8 x float>* %842, align 4
  %844 = add i64 %679, 1056
  %845 = getelementptr inbounds float, float* %4, i64 %844
  %846 = bitcast float* %845 to <8 x float>*
  %847 = load <8 x float>, <8 x float>* %846, align 4
  %848 = add i64 %678, 4
  %849 = getelementptr inbounds float, float* %1, i64 %848
  %850 = load float, float* %849, align 4
  %851 = insertelement <8 x float> undef, float %850, i32 0
  %splat68 = shufflevector <8 x float> %851, <8 x float> undef, <8 x i32> zeroinitializer
  %852 = load <8 x float>, <8 x float>* %15, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %843, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %15, align 32
  %854 = load <8 x float>, <8 x float>* %11, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %847, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %11, align 32
  %856 = add i64 %678, 12
  %857 = getelementptr inbounds float, float* %1, i64 %856
  %858 = load float, float* %857, align 4
  %859 = insertelement <8 x float> undef, float %858, i32 0
  %splat69 = shufflevector <8 x float> %859, <8 x float> undef, <8 x i32> zeroinitializer
  %860 = load <8 x float>, <8 x float>* %14, align 32
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %843, <8 x float> %860)
  store <8 x float> %861, <8 x float>* %14, align 32
  %862 = load <8 x float>, <8 x float>* %10, align 32
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %847, <8 x float> %862)
  store <8 x float> %863, <8 x float>* %10, align 32
  %864 = add i64 %678, 20
  %865 = getelementptr inbounds float, float* %1, i64 %864
  %866 = load float, float* %865, align 4
  %867 = insertelement <8 x float> undef, float %866, i32 0
  %splat70 = shufflevector <8 x float> %867, <8 x float> undef, <8 x i32> zeroinitializer
  %868 = load <8 x float>, <8 x float>* %13, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %843, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %13, align 32
  %870 = load <8 x float>, <8 x float>* %9, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %847, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %9, align 32
  %872 = add i64 %678, 28
  %873 = getelementptr inbounds float, float* %1, i64 %872
  %874 = load float, float* %873, align 4
  %875 = insertelement <8 x float> undef, float %874, i32 0
  %splat71 = shufflevector <8 x float> %875, <8 x float> undef, <8 x i32> zeroinitializer
  %876 = load <8 x float>, <8 x float>* %12, align 32
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %843, <8 x float> %876)
  store <8 x float> %877, <8 x float>* %12, align 32
  %878 = load <8 x float>, <8 x float>* %8, align 32
  %879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %847, <8 x float> %878)
  store <8 x float> %879, <8 x float>* %8, align 32
  %880 = add i64 %679, 40
  %881 = getelementptr inbounds float, float* %4, i64 %880
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = add i64 %679, 1064
  %885 = getelementptr inbounds float, float* %4, i64 %884
  %886 = bitcast float* %885 to <8 x float>*
  %887 = load <8 x float>, <8 x float>* %886, align 4
  %888 = add i64 %678, 5
  %889 = getelementptr inbounds float, float* %1, i64 %888
  %890 = load float, float* %889, align 4
  %891 = insertelement <8 x float> undef, float %890, i32 0
  %splat72 = shufflevector <8 x float> %891, <8 x float> undef, <8 x i32> zeroinitializer
  %892 = load <8 x float>, <8 x float>* %15, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %883, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %15, align 32
  %894 = load <8 x float>, <8 x float>* %11, align 32
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %887, <8 x float> %894)
  store <8 x float> %895, <8 x float>* %11, align 32
  %896 = add i64 %678, 13
  %897 = getelementptr inbounds float, float* %1, i64 %896
  %898 = load float, float* %897, align 4
  %899 = insertelement <8 x float> undef, float %898, i32 0
  %splat73 = shufflevector <8 x float> %899, <8 x float> undef, <8 x i32> zeroinitializer
  %900 = load <8 x float>, <8 x float>* %14, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %883, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %14, align 32
  %902 = load <8 x float>, <8 x float>* %10, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %887, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %10, align 32
  %904 = add i64 %678, 21
  %905 = getelementptr inbounds float, float* %1, i64 %904
  %906 = load float, float* %905, align 4
  %907 = insertelement <8 x float> undef, float %906, i32 0
  %splat74 = shufflevector <8 x float> %907, <8 x float> undef, <8 x i32> zeroinitializer
  %908 = load <8 x float>, <8 x float>* %13, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %883, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %13, align 32
  %910 = load <8 x float>, <8 x float>* %9, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %887, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %9, align 32
  %912 = add i64 %678, 29
  %913 = getelementptr inbounds float, float* %1, i64 %912
  %914 = load float, float* %913, align 4
  %915 = insertelement <8 x float> undef, float %914, i32 0
  %splat75 = shufflevector <8 x float> %915, <8 x float> undef, <8 x i32> zeroinitializer
  %916 = load <8 x float>, <8 x float>* %12, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %883, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %12, align 32
  %918 = load <8 x float>, <8 x float>* %8, align 32
  %919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %887, <8 x float> %918)
  store <8 x float> %919, <8 x float>* %8, align 32
  %920 = add i64 %679, 48
  %921 = getelementptr inbounds float, float* %4, i64 %920
  %922 = bitcast float* %921 to <8 x float>*
  %923 = load <8 x float>, <8 x float>* %922, align 4
  %924 = add i64 %679, 1072
  %925 = getelementptr inbounds float, float* %4, i64 %924
  %926 = bitcast float* %925 to <8 x float>*
  %927 = load <8 x float>, <8 x float>* %926, align 4
  %928 = add i64 %678, 6
  %929 = getelementptr inbounds float, float* %1, i64 %928
  %930 = load float, float* %929, align 4
  %931 = insertelement <8 x float> undef, float %930, i32 0
  %splat76 = shufflevector <8 x float> %931, <8 x float> undef, <8 x i32> zeroinitializer
  %932 = load <8 x float>, <8 x float>* %15, align 32
  %933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %923, <8 x float> %932)
  store <8 x float> %933, <8 x float>* %15, align 32
  %934 = load <8 x float>, <8 x float>* %11, align 32
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %927, <8 x float> %934)
  store <8 x float> %935, <8 x float>* %11, align 32
  %936 = add i64 %678, 14
  %937 = getelementptr inbounds float, float* %1, i64 %936
  %938 = load float, float* %937, align 4
  %939 = insertelement <8 x float> undef, float %938, i32 0
  %splat77 = shufflevector <8 x float> %939, <8 x float> undef, <8 x i32> zeroinitializer
  %940 = load <8 x float>, <8 x float>* %14, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %923, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %14, align 32
  %942 = load <8 x float>, <8 x float>* %10, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %927, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %10, align 32
  %944 = add i64 %678, 22
  %945 = getelementptr inbounds float, float* %1, i64 %944
  %946 = load float, float* %945, align 4
  %947 = insertelement <8 x float> undef, float %946, i32 0
  %splat78 = shufflevector <8 x float> %947, <8 x float> undef, <8 x i32> zeroinitializer
  %948 = load <8 x float>, <8 x float>* %13, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %923, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %13, align 32
  %950 = load <8 x float>, <8 x float>* %9, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %927, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %9, align 32
  %952 = add i64 %678, 30
  %953 = getelementptr inbounds float, float* %1, i64 %952
  %954 = load float, float* %953, align 4
  %955 = insertelement <8 x float> undef, float %954, i32 0
  %splat79 = shufflevector <8 x float> %955, <8 x float> undef, <8 x i32> zeroinitializer
  %956 = load <8 x float>, <8 x float>* %12, align 32
  %957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %923, <8 x float> %956)
  store <8 x float> %957, <8 x float>* %12, align 32
  %958 = load <8 x float>, <8 x float>* %8, align 32
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %927, <8 x float> %958)
  store <8 x float> %959, <8 x float>* %8, align 32
  %960 = add i64 %679, 56
  %961 = getelementptr inbounds float, float* %4, i64 %960
  %962 = bitcast float* %961 to <8 x float>*
  %963 = load <8 x float>, <8 x float>* %962, align 4
  %964 = add i64 %679, 1080
  %965 = getelementptr inbounds float, float* %4, i64 %964
  %966 = bitcast float* %965 to <8 x float>*
  %967 = load <8 x float>, <8 x float>* %966, align 4
  %968 = add i64 %678, 7
  %969 = getelementptr inbounds float, float* %1, i64 %968
  %970 = load float, float* %969, align 4
  %971 = insertelement <8 x float> undef, float %970, i32 0
  %splat80 = shufflevector <8 x float> %971, <8 x float> undef, <8 x i32> zeroinitializer
  %972 = load <8 x float>, <8 x float>* %15, align 32
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %963, <8 x float> %972)
  store <8 x float> %973, <8 x float>* %15, align 32
  %974 = load <8 x float>, <8 x float>* %11, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %967, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %11, align 32
  %976 = add i64 %678, 15
  %977 = getelementptr inbounds float, float* %1, i64 %976
  %978 = load float, float* %977, align 4
  %979 = insertelement <8 x float> undef, float %978, i32 0
  %splat81 = shufflevector <8 x float> %979, <8 x float> undef, <8 x i32> zeroinitializer
  %980 = load <8 x float>, <8 x float>* %14, align 32
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %963, <8 x float> %980)
  store <8 x float> %981, <8 x float>* %14, align 32
  %982 = load <8 x float>, <8 x float>* %10, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %967, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %10, align 32
  %984 = add i64 %678, 23
  %985 = getelementptr inbounds float, float* %1, i64 %984
  %986 = load float, float* %985, align 4
  %987 = insertelement <8 x float> undef, float %986, i32 0
  %splat82 = shufflevector <8 x float> %987, <8 x float> undef, <8 x i32> zeroinitializer
  %988 = load <8 x float>, <8 x float>* %13, align 32
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %963, <8 x float> %988)
  store <8 x float> %989, <8 x float>* %13, align 32
  %990 = load <8 x float>, <8 x float>* %9, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %967, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %9, align 32
  %992 = add i64 %678, 31
  %993 = getelementptr inbounds float, float* %1, i64 %992
  %994 = load float, float* %993, align 4
  %995 = insertelement <8 x float> undef, float %994, i32 0
  %splat83 = shufflevector <8 x float> %995, <8 x float> undef, <8 x i32> zeroinitializer
  %996 = load <8 x float>, <8 x float>* %12, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %963, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %12, align 32
  %998 = load <8 x float>, <8 x float>* %8, align 32
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %967, <8 x float> %998)
  store <8 x float> %999, <8 x float>* %8, align 32
  %u.next84 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %1000 = load <8 x float>, <8 x float>* %15, align 32
  %1001 = fcmp olt <8 x float> %1000, zeroinitializer
  %1002 = select <8 x i1> %1001, <8 x float> zeroinitializer, <8 x float> %1000
  %1003 = getelementptr inbounds float, float* %0, i64 %116
  %1004 = bitcast float* %1003 to <8 x float>*
  store <8 x float> %1002, <8 x float>* %1004, align 4
  %1005 = load <8 x float>, <8 x float>* %14, align 32
  %1006 = fcmp olt <8 x float> %1005, zeroinitializer
  %1007 = select <8 x i1> %1006, <8 x float> zeroinitializer, <8 x float> %1005
  %1008 = getelementptr inbounds float, float* %0, i64 %119
  %1009 = bitcast float* %1008 to <8 x float>*
  store <8 x float> %1007, <8 x float>* %1009, align 4
  %1010 = load <8 x float>, <8 x float>* %13, align 32
  %1011 = fcmp olt <8 x float> %1010, zeroinitializer
  %1012 = select <8 x i1> %1011, <8 x float> zeroinitializer, <8 x float> %1010
  %1013 = getelementptr inbounds float, float* %0, i64 %122
  %1014 = bitcast float* %1013 to <8 x float>*
  store <8 x float> %1012, <8 x float>* %1014, align 4
  %1015 = load <8 x float>, <8 x float>* %12, align 32
  %1016 = fcmp olt <8 x float> %1015, zeroinitializer
  %1017 = select <8 x i1> %1016, <8 x float> zeroinitializer, <8 x float> %1015
  %1018 = getelementptr inbounds float, float* %0, i64 %125
  %1019 = bitcast float* %1018 to <8 x float>*
  store <8 x float> %1017, <8 x float>* %1019, align 4
  %1020 = load <8 x float>, <8 x float>* %11, align 32
  %1021 = fcmp olt <8 x float> %1020, zeroinitializer
  %1022 = select <8 x i1> %1021, <8 x float> zeroinitializer, <8 x float> %1020
  %1023 = getelementptr inbounds float, float* %0, i64 %132
  %1024 = bitcast float* %1023 to <8 x float>*
  store <8 x float> %1022, <8 x float>* %1024, align 4
  %1025 = load <8 x float>, <8 x float>* %10, align 32
  %1026 = fcmp olt <8 x float> %1025, zeroinitializer
  %1027 = select <8 x i1> %1026, <8 x float> zeroinitializer, <8 x float> %1025
  %1028 = getelementptr inbounds float, float* %0, i64 %135
  %1029 = bitcast float* %1028 to <8 x float>*
  store <8 x float> %1027, <8 x float>* %1029, align 4
  %1030 = load <8 x float>, <8 x float>* %9, align 32
  %1031 = fcmp olt <8 x float> %1030, zeroinitializer
  %1032 = select <8 x i1> %1031, <8 x float> zeroinitializer, <8 x float> %1030
  %1033 = getelementptr inbounds float, float* %0, i64 %138
  %1034 = bitcast float* %1033 to <8 x float>*
  store <8 x float> %1032, <8 x float>* %1034, align 4
  %1035 = load <8 x float>, <8 x float>* %8, align 32
  %1036 = fcmp olt <8 x float> %1035, zeroinitializer
  %1037 = select <8 x i1> %1036, <8 x float> zeroinitializer, <8 x float> %1035
  %1038 = getelementptr inbounds float, float* %0, i64 %141
  %1039 = bitcast float* %1038 to <8 x float>*
  store <8 x float> %1037, <8 x float>* %1039, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node6.conv2d_4.step0(i8* %0) #3 {
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
  call void @node6.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.depthwiseConv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %kh.exit10, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %kh.exit10 ]
  %25 = icmp slt i64 %task, %7
  br i1 %25, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %26 = srem i64 %task, 28
  %27 = sdiv i64 %task, 28
  %28 = srem i64 %27, 16
  %29 = mul i64 %27, 25088
  %30 = mul i64 %27, 28
  %31 = add i64 %30, %26
  %32 = mul i64 %31, 224
  %33 = mul i64 %26, 2
  %34 = sub i64 %33, 1
  %35 = mul i64 %28, 8
  %36 = getelementptr inbounds float, float* %5, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %kh.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %kh.exit ]
  %39 = icmp slt i64 %x, 23
  br i1 %39, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %38, <8 x float>* %24, align 32
  store <8 x float> %38, <8 x float>* %23, align 32
  store <8 x float> %38, <8 x float>* %22, align 32
  store <8 x float> %38, <8 x float>* %21, align 32
  store <8 x float> %38, <8 x float>* %20, align 32
  store <8 x float> %38, <8 x float>* %19, align 32
  store <8 x float> %38, <8 x float>* %18, align 32
  store <8 x float> %38, <8 x float>* %17, align 32
  store <8 x float> %38, <8 x float>* %16, align 32
  store <8 x float> %38, <8 x float>* %15, align 32
  store <8 x float> %38, <8 x float>* %14, align 32
  %40 = mul i64 %x, 2
  %41 = sub i64 %40, 1
  br label %kh.header

x.exit:                                           ; preds = %x.header
  store <8 x float> %38, <8 x float>* %13, align 32
  store <8 x float> %38, <8 x float>* %12, align 32
  store <8 x float> %38, <8 x float>* %11, align 32
  store <8 x float> %38, <8 x float>* %10, align 32
  store <8 x float> %38, <8 x float>* %9, align 32
  br label %kh.header1

kh.header:                                        ; preds = %endif, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %endif ]
  %42 = icmp slt i64 %kh, 3
  br i1 %42, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %43 = mul i64 %kh, 1
  %44 = add i64 %34, %43
  %45 = icmp sge i64 %44, 0
  %46 = icmp slt i64 %44, 56
  %47 = and i1 %45, %46
  br i1 %47, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %48 = add i64 %x, 0
  %49 = mul i64 %48, 8
  %50 = add i64 %32, %49
  %51 = load <8 x float>, <8 x float>* %24, align 32
  %52 = fcmp olt <8 x float> %51, zeroinitializer
  %53 = select <8 x i1> %52, <8 x float> zeroinitializer, <8 x float> %51
  %54 = getelementptr inbounds float, float* %0, i64 %50
  %55 = bitcast float* %54 to <8 x float>*
  store <8 x float> %53, <8 x float>* %55, align 4
  %56 = add i64 %x, 1
  %57 = mul i64 %56, 8
  %58 = add i64 %32, %57
  %59 = load <8 x float>, <8 x float>* %23, align 32
  %60 = fcmp olt <8 x float> %59, zeroinitializer
  %61 = select <8 x i1> %60, <8 x float> zeroinitializer, <8 x float> %59
  %62 = getelementptr inbounds float, float* %0, i64 %58
  %63 = bitcast float* %62 to <8 x float>*
  store <8 x float> %61, <8 x float>* %63, align 4
  %64 = add i64 %x, 2
  %65 = mul i64 %64, 8
  %66 = add i64 %32, %65
  %67 = load <8 x float>, <8 x float>* %22, align 32
  %68 = fcmp olt <8 x float> %67, zeroinitializer
  %69 = select <8 x i1> %68, <8 x float> zeroinitializer, <8 x float> %67
  %70 = getelementptr inbounds float, float* %0, i64 %66
  %71 = bitcast float* %70 to <8 x float>*
  store <8 x float> %69, <8 x float>* %71, align 4
  %72 = add i64 %x, 3
  %73 = mul i64 %72, 8
  %74 = add i64 %32, %73
  %75 = load <8 x float>, <8 x float>* %21, align 32
  %76 = fcmp olt <8 x float> %75, zeroinitializer
  %77 = select <8 x i1> %76, <8 x float> zeroinitializer, <8 x float> %75
  %78 = getelementptr inbounds float, float* %0, i64 %74
  %79 = bitcast float* %78 to <8 x float>*
  store <8 x float> %77, <8 x float>* %79, align 4
  %80 = add i64 %x, 4
  %81 = mul i64 %80, 8
  %82 = add i64 %32, %81
  %83 = load <8 x float>, <8 x float>* %20, align 32
  %84 = fcmp olt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> zeroinitializer, <8 x float> %83
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 5
  %89 = mul i64 %88, 8
  %90 = add i64 %32, %89
  %91 = load <8 x float>, <8 x float>* %19, align 32
  %92 = fcmp olt <8 x float> %91, zeroinitializer
  %93 = select <8 x i1> %92, <8 x float> zeroinitializer, <8 x float> %91
  %94 = getelementptr inbounds float, float* %0, i64 %90
  %95 = bitcast float* %94 to <8 x float>*
  store <8 x float> %93, <8 x float>* %95, align 4
  %96 = add i64 %x, 6
  %97 = mul i64 %96, 8
  %98 = add i64 %32, %97
  %99 = load <8 x float>, <8 x float>* %18, align 32
  %100 = fcmp olt <8 x float> %99, zeroinitializer
  %101 = select <8 x i1> %100, <8 x float> zeroinitializer, <8 x float> %99
  %102 = getelementptr inbounds float, float* %0, i64 %98
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %101, <8 x float>* %103, align 4
  %104 = add i64 %x, 7
  %105 = mul i64 %104, 8
  %106 = add i64 %32, %105
  %107 = load <8 x float>, <8 x float>* %17, align 32
  %108 = fcmp olt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> zeroinitializer, <8 x float> %107
  %110 = getelementptr inbounds float, float* %0, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  %112 = add i64 %x, 8
  %113 = mul i64 %112, 8
  %114 = add i64 %32, %113
  %115 = load <8 x float>, <8 x float>* %16, align 32
  %116 = fcmp olt <8 x float> %115, zeroinitializer
  %117 = select <8 x i1> %116, <8 x float> zeroinitializer, <8 x float> %115
  %118 = getelementptr inbounds float, float* %0, i64 %114
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %117, <8 x float>* %119, align 4
  %120 = add i64 %x, 9
  %121 = mul i64 %120, 8
  %122 = add i64 %32, %121
  %123 = load <8 x float>, <8 x float>* %15, align 32
  %124 = fcmp olt <8 x float> %123, zeroinitializer
  %125 = select <8 x i1> %124, <8 x float> zeroinitializer, <8 x float> %123
  %126 = getelementptr inbounds float, float* %0, i64 %122
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %125, <8 x float>* %127, align 4
  %128 = add i64 %x, 10
  %129 = mul i64 %128, 8
  %130 = add i64 %32, %129
  %131 = load <8 x float>, <8 x float>* %14, align 32
  %132 = fcmp olt <8 x float> %131, zeroinitializer
  %133 = select <8 x i1> %132, <8 x float> zeroinitializer, <8 x float> %131
  %134 = getelementptr inbounds float, float* %0, i64 %130
  %135 = bitcast float* %134 to <8 x float>*
  store <8 x float> %133, <8 x float>* %135, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then:                                             ; preds = %kh.body
  %136 = mul i64 %44, 448
  %137 = add i64 %29, %136
  %138 = mul i64 %28, 3
  %139 = add i64 %138, %kh
  %140 = mul i64 %139, 24
  %141 = add i64 %140, 0
  %142 = getelementptr inbounds float, float* %4, i64 %141
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = add i64 %140, 8
  %146 = getelementptr inbounds float, float* %4, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  %148 = load <8 x float>, <8 x float>* %147, align 4
  %149 = add i64 %140, 16
  %150 = getelementptr inbounds float, float* %4, i64 %149
  %151 = bitcast float* %150 to <8 x float>*
  %152 = load <8 x float>, <8 x float>* %151, align 4
  %153 = mul i64 %41, 8
  %154 = add i64 %137, %153
  %155 = add i64 %154, 0
  %156 = getelementptr inbounds float, float* %1, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  %158 = load <8 x float>, <8 x float>* %157, align 4
  %159 = load <8 x float>, <8 x float>* %24, align 32
  %160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %158, <8 x float> %144, <8 x float> %159)
  store <8 x float> %160, <8 x float>* %24, align 32
  %161 = add i64 %154, 8
  %162 = getelementptr inbounds float, float* %1, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  %164 = load <8 x float>, <8 x float>* %163, align 4
  %165 = load <8 x float>, <8 x float>* %24, align 32
  %166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %148, <8 x float> %165)
  store <8 x float> %166, <8 x float>* %24, align 32
  %167 = add i64 %154, 16
  %168 = getelementptr inbounds float, float* %1, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = load <8 x float>, <8 x float>* %24, align 32
  %172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %170, <8 x float> %152, <8 x float> %171)
  store <8 x float> %172, <8 x float>* %24, align 32
  %173 = load <8 x float>, <8 x float>* %23, align 32
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %170, <8 x float> %144, <8 x float> %173)
  store <8 x float> %174, <8 x float>* %23, align 32
  %175 = add i64 %154, 24
  %176 = getelementptr inbounds float, float* %1, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = load <8 x float>, <8 x float>* %23, align 32
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %148, <8 x float> %179)
  store <8 x float> %180, <8 x float>* %23, align 32
  %181 = add i64 %154, 32
  %182 = getelementptr inbounds float, float* %1, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = load <8 x float>, <8 x float>* %23, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> %152, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %23, align 32
  %187 = load <8 x float>, <8 x float>* %22, align 32
  %188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> %144, <8 x float> %187)
  store <8 x float> %188, <8 x float>* %22, align 32
  %189 = add i64 %154, 40
  %190 = getelementptr inbounds float, float* %1, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = load <8 x float>, <8 x float>* %22, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> %148, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %22, align 32
  %195 = add i64 %154, 48
  %196 = getelementptr inbounds float, float* %1, i64 %195
  %197 = bitcast float* %196 to <8 x float>*
  %198 = load <8 x float>, <8 x float>* %197, align 4
  %199 = load <8 x float>, <8 x float>* %22, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %152, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %22, align 32
  %201 = load <8 x float>, <8 x float>* %21, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %144, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %21, align 32
  %203 = add i64 %154, 56
  %204 = getelementptr inbounds float, float* %1, i64 %203
  %205 = bitcast float* %204 to <8 x float>*
  %206 = load <8 x float>, <8 x float>* %205, align 4
  %207 = load <8 x float>, <8 x float>* %21, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %148, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %21, align 32
  %209 = add i64 %154, 64
  %210 = getelementptr inbounds float, float* %1, i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  %212 = load <8 x float>, <8 x float>* %211, align 4
  %213 = load <8 x float>, <8 x float>* %21, align 32
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %212, <8 x float> %152, <8 x float> %213)
  store <8 x float> %214, <8 x float>* %21, align 32
  %215 = load <8 x float>, <8 x float>* %20, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %212, <8 x float> %144, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %20, align 32
  %217 = add i64 %154, 72
  %218 = getelementptr inbounds float, float* %1, i64 %217
  %219 = bitcast float* %218 to <8 x float>*
  %220 = load <8 x float>, <8 x float>* %219, align 4
  %221 = load <8 x float>, <8 x float>* %20, align 32
  %222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> %148, <8 x float> %221)
  store <8 x float> %222, <8 x float>* %20, align 32
  %223 = add i64 %154, 80
  %224 = getelementptr inbounds float, float* %1, i64 %223
  %225 = bitcast float* %224 to <8 x float>*
  %226 = load <8 x float>, <8 x float>* %225, align 4
  %227 = load <8 x float>, <8 x float>* %20, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %152, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %20, align 32
  %229 = load <8 x float>, <8 x float>* %19, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %144, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %19, align 32
  %231 = add i64 %154, 88
  %232 = getelementptr inbounds float, float* %1, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  %234 = load <8 x float>, <8 x float>* %233, align 4
  %235 = load <8 x float>, <8 x float>* %19, align 32
  %236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %234, <8 x float> %148, <8 x float> %235)
  store <8 x float> %236, <8 x float>* %19, align 32
  %237 = add i64 %154, 96
  %238 = getelementptr inbounds float, float* %1, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  %240 = load <8 x float>, <8 x float>* %239, align 4
  %241 = load <8 x float>, <8 x float>* %19, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %152, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %19, align 32
  %243 = load <8 x float>, <8 x float>* %18, align 32
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %144, <8 x float> %243)
  store <8 x float> %244, <8 x float>* %18, align 32
  %245 = add i64 %154, 104
  %246 = getelementptr inbounds float, float* %1, i64 %245
  %247 = bitcast float* %246 to <8 x float>*
  %248 = load <8 x float>, <8 x float>* %247, align 4
  %249 = load <8 x float>, <8 x float>* %18, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %148, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %18, align 32
  %251 = add i64 %154, 112
  %252 = getelementptr inbounds float, float* %1, i64 %251
  %253 = bitcast float* %252 to <8 x float>*
  %254 = load <8 x float>, <8 x float>* %253, align 4
  %255 = load <8 x float>, <8 x float>* %18, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %152, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %18, align 32
  %257 = load <8 x float>, <8 x float>* %17, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %144, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %17, align 32
  %259 = add i64 %154, 120
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  %262 = load <8 x float>, <8 x float>* %261, align 4
  %263 = load <8 x float>, <8 x float>* %17, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %262, <8 x float> %148, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %17, align 32
  %265 = add i64 %154, 128
  %266 = getelementptr inbounds float, float* %1, i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  %268 = load <8 x float>, <8 x float>* %267, align 4
  %269 = load <8 x float>, <8 x float>* %17, align 32
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %152, <8 x float> %269)
  store <8 x float> %270, <8 x float>* %17, align 32
  %271 = load <8 x float>, <8 x float>* %16, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %144, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %16, align 32
  %273 = add i64 %154, 136
  %274 = getelementptr inbounds float, float* %1, i64 %273
  %275 = bitcast float* %274 to <8 x float>*
  %276 = load <8 x float>, <8 x float>* %275, align 4
  %277 = load <8 x float>, <8 x float>* %16, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %148, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %16, align 32
  %279 = add i64 %154, 144
  %280 = getelementptr inbounds float, float* %1, i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  %282 = load <8 x float>, <8 x float>* %281, align 4
  %283 = load <8 x float>, <8 x float>* %16, align 32
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %152, <8 x float> %283)
  store <8 x float> %284, <8 x float>* %16, align 32
  %285 = load <8 x float>, <8 x float>* %15, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %144, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %15, align 32
  %287 = add i64 %154, 152
  %288 = getelementptr inbounds float, float* %1, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  %290 = load <8 x float>, <8 x float>* %289, align 4
  %291 = load <8 x float>, <8 x float>* %15, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %148, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %15, align 32
  %293 = add i64 %154, 160
  %294 = getelementptr inbounds float, float* %1, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  %296 = load <8 x float>, <8 x float>* %295, align 4
  %297 = load <8 x float>, <8 x float>* %15, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %152, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %15, align 32
  %299 = load <8 x float>, <8 x float>* %14, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %144, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %14, align 32
  %301 = add i64 %154, 168
  %302 = getelementptr inbounds float, float* %1, i64 %301
  %303 = bitcast float* %302 to <8 x float>*
  %304 = load <8 x float>, <8 x float>* %303, align 4
  %305 = load <8 x float>, <8 x float>* %14, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %148, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %14, align 32
  %307 = add i64 %154, 176
  %308 = getelementptr inbounds float, float* %1, i64 %307
  %309 = bitcast float* %308 to <8 x float>*
  %310 = load <8 x float>, <8 x float>* %309, align 4
  %311 = load <8 x float>, <8 x float>* %14, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %310, <8 x float> %152, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %14, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %x.exit
  %kh4 = phi i64 [ 0, %x.exit ], [ %kh.next7, %endif6 ]
  %313 = icmp slt i64 %kh4, 3
  br i1 %313, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %314 = mul i64 %kh4, 1
  %315 = add i64 %34, %314
  %316 = icmp sge i64 %315, 0
  %317 = icmp slt i64 %315, 56
  %318 = and i1 %316, %317
  br i1 %318, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %319 = add i64 %32, 184
  %320 = load <8 x float>, <8 x float>* %13, align 32
  %321 = fcmp olt <8 x float> %320, zeroinitializer
  %322 = select <8 x i1> %321, <8 x float> zeroinitializer, <8 x float> %320
  %323 = getelementptr inbounds float, float* %0, i64 %319
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %322, <8 x float>* %324, align 4
  %325 = add i64 %32, 192
  %326 = load <8 x float>, <8 x float>* %12, align 32
  %327 = fcmp olt <8 x float> %326, zeroinitializer
  %328 = select <8 x i1> %327, <8 x float> zeroinitializer, <8 x float> %326
  %329 = getelementptr inbounds float, float* %0, i64 %325
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %328, <8 x float>* %330, align 4
  %331 = add i64 %32, 200
  %332 = load <8 x float>, <8 x float>* %11, align 32
  %333 = fcmp olt <8 x float> %332, zeroinitializer
  %334 = select <8 x i1> %333, <8 x float> zeroinitializer, <8 x float> %332
  %335 = getelementptr inbounds float, float* %0, i64 %331
  %336 = bitcast float* %335 to <8 x float>*
  store <8 x float> %334, <8 x float>* %336, align 4
  %337 = add i64 %32, 208
  %338 = load <8 x float>, <8 x float>* %10, align 32
  %339 = fcmp olt <8 x float> %338, zeroinitializer
  %340 = select <8 x i1> %339, <8 x float> zeroinitializer, <8 x float> %338
  %341 = getelementptr inbounds float, float* %0, i64 %337
  %342 = bitcast float* %341 to <8 x float>*
  store <8 x float> %340, <8 x float>* %342, align 4
  %343 = add i64 %32, 216
  %344 = load <8 x float>, <8 x float>* %9, align 32
  %345 = fcmp olt <8 x float> %344, zeroinitializer
  %346 = select <8 x i1> %345, <8 x float> zeroinitializer, <8 x float> %344
  %347 = getelementptr inbounds float, float* %0, i64 %343
  %348 = bitcast float* %347 to <8 x float>*
  store <8 x float> %346, <8 x float>* %348, align 4
  store <8 x float> %38, <8 x float>* %8, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %349 = mul i64 %315, 448
  %350 = add i64 %29, %349
  %351 = mul i64 %28, 3
  %352 = add i64 %351, %kh4
  %353 = mul i64 %352, 24
  %354 = add i64 %353, 0
  %355 = getelementptr inbounds float, float* %4, i64 %354
  %356 = bitcast float* %355 to <8 x float>*
  %357 = load <8 x float>, <8 x float>* %356, align 4
  %358 = add i64 %353, 8
  %359 = getelementptr inbounds float, float* %4, i64 %358
  %360 = bitcast float* %359 to <8 x float>*
  %361 = load <8 x float>, <8 x float>* %360, align 4
  %362 = add i64 %353, 16
  %363 = getelementptr inbounds float, float* %4, i64 %362
  %364 = bitcast float* %363 to <8 x float>*
  %365 = load <8 x float>, <8 x float>* %364, align 4
  %366 = add i64 %350, 360
  %367 = add i64 %366, 0
  %368 = getelementptr inbounds float, float* %1, i64 %367
  %369 = bitcast float* %368 to <8 x float>*
  %370 = load <8 x float>, <8 x float>* %369, align 4
  %371 = load <8 x float>, <8 x float>* %13, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %370, <8 x float> %357, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %13, align 32
  %373 = add i64 %366, 8
  %374 = getelementptr inbounds float, float* %1, i64 %373
  %375 = bitcast float* %374 to <8 x float>*
  %376 = load <8 x float>, <8 x float>* %375, align 4
  %377 = load <8 x float>, <8 x float>* %13, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %376, <8 x float> %361, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %13, align 32
  %379 = add i64 %366, 16
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = bitcast float* %380 to <8 x float>*
  %382 = load <8 x float>, <8 x float>* %381, align 4
  %383 = load <8 x float>, <8 x float>* %13, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %382, <8 x float> %365, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %13, align 32
  %385 = load <8 x float>, <8 x float>* %12, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %382, <8 x float> %357, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %12, align 32
  %387 = add i64 %366, 24
  %388 = getelementptr inbounds float, float* %1, i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = load <8 x float>, <8 x float>* %12, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %361, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %12, align 32
  %393 = add i64 %366, 32
  %394 = getelementptr inbounds float, float* %1, i64 %393
  %395 = bitcast float* %394 to <8 x float>*
  %396 = load <8 x float>, <8 x float>* %395, align 4
  %397 = load <8 x float>, <8 x float>* %12, align 32
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %365, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %12, align 32
  %399 = load <8 x float>, <8 x float>* %11, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %357, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %11, align 32
  %401 = add i64 %366, 40
  %402 = getelementptr inbounds float, float* %1, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  %404 = load <8 x float>, <8 x float>* %403, align 4
  %405 = load <8 x float>, <8 x float>* %11, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %404, <8 x float> %361, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %11, align 32
  %407 = add i64 %366, 48
  %408 = getelementptr inbounds float, float* %1, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  %410 = load <8 x float>, <8 x float>* %409, align 4
  %411 = load <8 x float>, <8 x float>* %11, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %410, <8 x float> %365, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %11, align 32
  %413 = load <8 x float>, <8 x float>* %10, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %410, <8 x float> %357, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %10, align 32
  %415 = add i64 %366, 56
  %416 = getelementptr inbounds float, float* %1, i64 %415
  %417 = bitcast float* %416 to <8 x float>*
  %418 = load <8 x float>, <8 x float>* %417, align 4
  %419 = load <8 x float>, <8 x float>* %10, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %361, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %10, align 32
  %421 = add i64 %366, 64
  %422 = getelementptr inbounds float, float* %1, i64 %421
  %423 = bitcast float* %422 to <8 x float>*
  %424 = load <8 x float>, <8 x float>* %423, align 4
  %425 = load <8 x float>, <8 x float>* %10, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %424, <8 x float> %365, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %10, align 32
  %427 = load <8 x float>, <8 x float>* %9, align 32
  %428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %424, <8 x float> %357, <8 x float> %427)
  store <8 x float> %428, <8 x float>* %9, align 32
  %429 = add i64 %366, 72
  %430 = getelementptr inbounds float, float* %1, i64 %429
  %431 = bitcast float* %430 to <8 x float>*
  %432 = load <8 x float>, <8 x float>* %431, align 4
  %433 = load <8 x float>, <8 x float>* %9, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> %361, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %9, align 32
  %435 = add i64 %366, 80
  %436 = getelementptr inbounds float, float* %1, i64 %435
  %437 = bitcast float* %436 to <8 x float>*
  %438 = load <8 x float>, <8 x float>* %437, align 4
  %439 = load <8 x float>, <8 x float>* %9, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %438, <8 x float> %365, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %9, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next16, %endif13 ]
  %441 = icmp slt i64 %kh11, 3
  br i1 %441, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %442 = mul i64 %kh11, 1
  %443 = add i64 %34, %442
  %444 = icmp sge i64 %443, 0
  %445 = icmp slt i64 %443, 56
  %446 = and i1 %444, %445
  br i1 %446, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %447 = add i64 %32, 0
  %448 = load <8 x float>, <8 x float>* %8, align 32
  %449 = fcmp olt <8 x float> %448, zeroinitializer
  %450 = select <8 x i1> %449, <8 x float> zeroinitializer, <8 x float> %448
  %451 = getelementptr inbounds float, float* %0, i64 %447
  %452 = bitcast float* %451 to <8 x float>*
  store <8 x float> %450, <8 x float>* %452, align 4
  %task.next = add i64 %task, 1
  br label %task.header

then12:                                           ; preds = %kh.body9
  %453 = mul i64 %443, 448
  %454 = add i64 %29, %453
  %455 = mul i64 %28, 3
  %456 = add i64 %455, %kh11
  %457 = mul i64 %456, 24
  br label %kw.header

endif13:                                          ; preds = %kw.exit, %kh.body9
  %kh.next16 = add i64 %kh11, 1
  br label %kh.header8

kw.header:                                        ; preds = %endif15, %then12
  %kw = phi i64 [ 0, %then12 ], [ %kw.next, %endif15 ]
  %458 = icmp slt i64 %kw, 3
  br i1 %458, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %459 = mul i64 %kw, 1
  %460 = add i64 -1, %459
  %461 = icmp sge i64 %460, 0
  %462 = icmp slt i64 %460, 56
  %463 = and i1 %461, %462
  br i1 %463, label %then14, label %endif15

kw.exit:                                          ; preds = %kw.header
  br label %endif13

then14:                                           ; preds = %kw.body
  %464 = mul i64 %kw, 8
  %465 = add i64 %457, %464
  %466 = getelementptr inbounds float, float* %4, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  %468 = load <8 x float>, <8 x float>* %467, align 4
  %469 = mul i64 %460, 8
  %470 = add i64 %454, %469
  %471 = getelementptr inbounds float, float* %1, i64 %470
  %472 = bitcast float* %471 to <8 x float>*
  %473 = load <8 x float>, <8 x float>* %472, align 4
  %474 = load <8 x float>, <8 x float>* %8, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %473, <8 x float> %468, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %8, align 32
  br label %endif15

endif15:                                          ; preds = %then14, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header
}

; Function Attrs: noinline nounwind
define internal void @node7.depthwiseConv2d_4.step0(i8* %0) #3 {
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
  %25 = add i64 448, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 448
  %29 = select i1 %28, i64 %27, i64 448
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 448
  %32 = select i1 %31, i64 %30, i64 448
  call void @node7.depthwiseConv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %28 = icmp slt i64 %task, %7
  br i1 %28, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %29 = srem i64 %task, 16
  %30 = sdiv i64 %task, 16
  %31 = srem i64 %30, 7
  %32 = sdiv i64 %task, 112
  %33 = srem i64 %32, 1
  %34 = sdiv i64 %32, 1
  %35 = mul i64 %33, 32
  %36 = mul i64 %29, 2
  %37 = add i64 %35, %36
  %38 = mul i64 %31, 1
  %39 = mul i64 %38, 112
  %40 = mul i64 %31, 1
  %41 = mul i64 %33, 32
  %42 = mul i64 %29, 2
  %43 = add i64 %41, %42
  %44 = mul i64 %34, 16
  %45 = mul i64 %33, 16
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 6272
  %48 = mul i64 %43, 1024
  %49 = mul i64 %40, 896
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %50 = icmp slt i64 %x, 108
  br i1 %50, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %51 = add i64 %39, %x
  %52 = mul i64 %34, 32
  %53 = add i64 %52, %37
  %54 = add i64 %53, 0
  %55 = mul i64 %54, 6272
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
  %74 = mul i64 %34, 32
  %75 = add i64 %74, %37
  %76 = add i64 %75, 1
  %77 = mul i64 %76, 6272
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
  %106 = mul i64 %x, 8
  %107 = add i64 %49, %106
  %108 = add i64 %47, %107
  br label %u.header

x.exit:                                           ; preds = %x.header
  %109 = add i64 %39, 108
  %110 = mul i64 %34, 32
  %111 = add i64 %110, %37
  %112 = add i64 %111, 0
  %113 = mul i64 %112, 6272
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
  %126 = mul i64 %34, 32
  %127 = add i64 %126, %37
  %128 = add i64 %127, 1
  %129 = mul i64 %128, 6272
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
  %152 = add i64 %49, 864
  %153 = add i64 %47, %152
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %154 = icmp slt i64 %u, 16
  br i1 %154, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %155 = add i64 0, %u
  %156 = mul i64 %155, 6272
  %157 = add i64 %108, %156
  %158 = mul i64 %155, 64
  %159 = add i64 %48, %158
  %160 = add i64 %157, 0
  %161 = add i64 %160, 0
  %162 = add i64 %159, 0
  %163 = add i64 %162, 0
  %164 = getelementptr inbounds float, float* %4, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = add i64 %162, 1024
  %168 = getelementptr inbounds float, float* %4, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = add i64 %161, 0
  %172 = getelementptr inbounds float, float* %1, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %27, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %166, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %27, align 32
  %177 = load <8 x float>, <8 x float>* %21, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %170, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %21, align 32
  %179 = add i64 %161, 8
  %180 = getelementptr inbounds float, float* %1, i64 %179
  %181 = load float, float* %180, align 4
  %182 = insertelement <8 x float> undef, float %181, i32 0
  %splat1 = shufflevector <8 x float> %182, <8 x float> undef, <8 x i32> zeroinitializer
  %183 = load <8 x float>, <8 x float>* %26, align 32
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %166, <8 x float> %183)
  store <8 x float> %184, <8 x float>* %26, align 32
  %185 = load <8 x float>, <8 x float>* %20, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %170, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %20, align 32
  %187 = add i64 %161, 16
  %188 = getelementptr inbounds float, float* %1, i64 %187
  %189 = load float, float* %188, align 4
  %190 = insertelement <8 x float> undef, float %189, i32 0
  %splat2 = shufflevector <8 x float> %190, <8 x float> undef, <8 x i32> zeroinitializer
  %191 = load <8 x float>, <8 x float>* %25, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %166, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %25, align 32
  %193 = load <8 x float>, <8 x float>* %19, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %170, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %19, align 32
  %195 = add i64 %161, 24
  %196 = getelementptr inbounds float, float* %1, i64 %195
  %197 = load float, float* %196, align 4
  %198 = insertelement <8 x float> undef, float %197, i32 0
  %splat3 = shufflevector <8 x float> %198, <8 x float> undef, <8 x i32> zeroinitializer
  %199 = load <8 x float>, <8 x float>* %24, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %166, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %24, align 32
  %201 = load <8 x float>, <8 x float>* %18, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %170, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %18, align 32
  %203 = add i64 %161, 32
  %204 = getelementptr inbounds float, float* %1, i64 %203
  %205 = load float, float* %204, align 4
  %206 = insertelement <8 x float> undef, float %205, i32 0
  %splat4 = shufflevector <8 x float> %206, <8 x float> undef, <8 x i32> zeroinitializer
  %207 = load <8 x float>, <8 x float>* %23, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %166, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %23, align 32
  %209 = load <8 x float>, <8 x float>* %17, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %170, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %17, align 32
  %211 = add i64 %161, 40
  %212 = getelementptr inbounds float, float* %1, i64 %211
  %213 = load float, float* %212, align 4
  %214 = insertelement <8 x float> undef, float %213, i32 0
  %splat5 = shufflevector <8 x float> %214, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %22, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %166, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %22, align 32
  %217 = load <8 x float>, <8 x float>* %16, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %170, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %16, align 32
  %219 = add i64 %162, 8
  %220 = getelementptr inbounds float, float* %4, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  %222 = load <8 x float>, <8 x float>* %221, align 4
  %223 = add i64 %162, 1032
  %224 = getelementptr inbounds float, float* %4, i64 %223
  %225 = bitcast float* %224 to <8 x float>*
  %226 = load <8 x float>, <8 x float>* %225, align 4
  %227 = add i64 %161, 1
  %228 = getelementptr inbounds float, float* %1, i64 %227
  %229 = load float, float* %228, align 4
  %230 = insertelement <8 x float> undef, float %229, i32 0
  %splat6 = shufflevector <8 x float> %230, <8 x float> undef, <8 x i32> zeroinitializer
  %231 = load <8 x float>, <8 x float>* %27, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %222, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %27, align 32
  %233 = load <8 x float>, <8 x float>* %21, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %226, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %21, align 32
  %235 = add i64 %161, 9
  %236 = getelementptr inbounds float, float* %1, i64 %235
  %237 = load float, float* %236, align 4
  %238 = insertelement <8 x float> undef, float %237, i32 0
  %splat7 = shufflevector <8 x float> %238, <8 x float> undef, <8 x i32> zeroinitializer
  %239 = load <8 x float>, <8 x float>* %26, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %222, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %26, align 32
  %241 = load <8 x float>, <8 x float>* %20, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %226, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %20, align 32
  %243 = add i64 %161, 17
  %244 = getelementptr inbounds float, float* %1, i64 %243
  %245 = load float, float* %244, align 4
  %246 = insertelement <8 x float> undef, float %245, i32 0
  %splat8 = shufflevector <8 x float> %246, <8 x float> undef, <8 x i32> zeroinitializer
  %247 = load <8 x float>, <8 x float>* %25, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %222, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %25, align 32
  %249 = load <8 x float>, <8 x float>* %19, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %226, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %19, align 32
  %251 = add i64 %161, 25
  %252 = getelementptr inbounds float, float* %1, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat9 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %24, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %222, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %24, align 32
  %257 = load <8 x float>, <8 x float>* %18, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %226, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %18, align 32
  %259 = add i64 %161, 33
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = load float, float* %260, align 4
  %262 = insertelement <8 x float> undef, float %261, i32 0
  %splat10 = shufflevector <8 x float> %262, <8 x float> undef, <8 x i32> zeroinitializer
  %263 = load <8 x float>, <8 x float>* %23, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %222, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %23, align 32
  %265 = load <8 x float>, <8 x float>* %17, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %226, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %17, align 32
  %267 = add i64 %161, 41
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = load float, float* %268, align 4
  %270 = insertelement <8 x float> undef, float %269, i32 0
  %splat11 = shufflevector <8 x float> %270, <8 x float> undef, <8 x i32> zeroinitializer
  %271 = load <8 x float>, <8 x float>* %22, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %222, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %22, align 32
  %273 = load <8 x float>, <8 x float>* %16, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %226, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %16, align 32
  %275 = add i64 %162, 16
  %276 = getelementptr inbounds float, float* %4, i64 %275
  %277 = bitcast float* %276 to <8 x float>*
  %278 = load <8 x float>, <8 x float>* %277, align 4
  %279 = add i64 %162, 1040
  %280 = getelementptr inbounds float, float* %4, i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  %282 = load <8 x float>, <8 x float>* %281, align 4
  %283 = add i64 %161, 2
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat12 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %27, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %278, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %27, align 32
  %289 = load <8 x float>, <8 x float>* %21, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %282, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %21, align 32
  %291 = add i64 %161, 10
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = load float, float* %292, align 4
  %294 = insertelement <8 x float> undef, float %293, i32 0
  %splat13 = shufflevector <8 x float> %294, <8 x float> undef, <8 x i32> zeroinitializer
  %295 = load <8 x float>, <8 x float>* %26, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %278, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %26, align 32
  %297 = load <8 x float>, <8 x float>* %20, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %282, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %20, align 32
  %299 = add i64 %161, 18
  %300 = getelementptr inbounds float, float* %1, i64 %299
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> undef, float %301, i32 0
  %splat14 = shufflevector <8 x float> %302, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = load <8 x float>, <8 x float>* %25, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %278, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %25, align 32
  %305 = load <8 x float>, <8 x float>* %19, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %282, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %19, align 32
  %307 = add i64 %161, 26
  %308 = getelementptr inbounds float, float* %1, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat15 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %24, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %278, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %24, align 32
  %313 = load <8 x float>, <8 x float>* %18, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %282, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %18, align 32
  %315 = add i64 %161, 34
  %316 = getelementptr inbounds float, float* %1, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> undef, float %317, i32 0
  %splat16 = shufflevector <8 x float> %318, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = load <8 x float>, <8 x float>* %23, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %278, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %23, align 32
  %321 = load <8 x float>, <8 x float>* %17, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %282, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %17, align 32
  %323 = add i64 %161, 42
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat17 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %22, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %278, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %22, align 32
  %329 = load <8 x float>, <8 x float>* %16, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %282, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %16, align 32
  %331 = add i64 %162, 24
  %332 = getelementptr inbounds float, float* %4, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = add i64 %162, 1048
  %336 = getelementptr inbounds float, float* %4, i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  %338 = load <8 x float>, <8 x float>* %337, align 4
  %339 = add i64 %161, 3
  %340 = getelementptr inbounds float, float* %1, i64 %339
  %341 = load float, float* %340, align 4
  %342 = insertelement <8 x float> undef, float %341, i32 0
  %splat18 = shufflevector <8 x float> %342, <8 x float> undef, <8 x i32> zeroinitializer
  %343 = load <8 x float>, <8 x float>* %27, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %334, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %27, align 32
  %345 = load <8 x float>, <8 x float>* %21, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %338, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %21, align 32
  %347 = add i64 %161, 11
  %348 = getelementptr inbounds float, float* %1, i64 %347
  %349 = load float, float* %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i32 0
  %splat19 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = load <8 x float>, <8 x float>* %26, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %334, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %26, align 32
  %353 = load <8 x float>, <8 x float>* %20, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %338, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %20, align 32
  %355 = add i64 %161, 19
  %356 = getelementptr inbounds float, float* %1, i64 %355
  %357 = load float, float* %356, align 4
  %358 = insertelement <8 x float> undef, float %357, i32 0
  %splat20 = shufflevector <8 x float> %358, <8 x float> undef, <8 x i32> zeroinitializer
  %359 = load <8 x float>, <8 x float>* %25, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %334, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %25, align 32
  %361 = load <8 x float>, <8 x float>* %19, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %338, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %19, align 32
  %363 = add i64 %161, 27
  %364 = getelementptr inbounds float, float* %1, i64 %363
  %365 = load float, float* %364, align 4
  %366 = insertelement <8 x float> undef, float %365, i32 0
  %splat21 = shufflevector <8 x float> %366, <8 x float> undef, <8 x i32> zeroinitializer
  %367 = load <8 x float>, <8 x float>* %24, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %334, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %24, align 32
  %369 = load <8 x float>, <8 x float>* %18, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %338, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %18, align 32
  %371 = add i64 %161, 35
  %372 = getelementptr inbounds float, float* %1, i64 %371
  %373 = load float, float* %372, align 4
  %374 = insertelement <8 x float> undef, float %373, i32 0
  %splat22 = shufflevector <8 x float> %374, <8 x float> undef, <8 x i32> zeroinitializer
  %375 = load <8 x float>, <8 x float>* %23, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %334, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %23, align 32
  %377 = load <8 x float>, <8 x float>* %17, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %338, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %17, align 32
  %379 = add i64 %161, 43
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat23 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %22, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %334, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %22, align 32
  %385 = load <8 x float>, <8 x float>* %16, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %338, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %16, align 32
  %387 = add i64 %162, 32
  %388 = getelementptr inbounds float, float* %4, i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = add i64 %162, 1056
  %392 = getelementptr inbounds float, float* %4, i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  %394 = load <8 x float>, <8 x float>* %393, align 4
  %395 = add i64 %161, 4
  %396 = getelementptr inbounds float, float* %1, i64 %395
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i32 0
  %splat24 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, <8 x float>* %27, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %390, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %27, align 32
  %401 = load <8 x float>, <8 x float>* %21, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %394, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %21, align 32
  %403 = add i64 %161, 12
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat25 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %26, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %390, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %26, align 32
  %409 = load <8 x float>, <8 x float>* %20, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %394, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %20, align 32
  %411 = add i64 %161, 20
  %412 = getelementptr inbounds float, float* %1, i64 %411
  %413 = load float, float* %412, align 4
  %414 = insertelement <8 x float> undef, float %413, i32 0
  %splat26 = shufflevector <8 x float> %414, <8 x float> undef, <8 x i32> zeroinitializer
  %415 = load <8 x float>, <8 x float>* %25, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %390, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %25, align 32
  %417 = load <8 x float>, <8 x float>* %19, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %394, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %19, align 32
  %419 = add i64 %161, 28
  %420 = getelementptr inbounds float, float* %1, i64 %419
  %421 = load float, float* %420, align 4
  %422 = insertelement <8 x float> undef, float %421, i32 0
  %splat27 = shufflevector <8 x float> %422, <8 x float> undef, <8 x i32> zeroinitializer
  %423 = load <8 x float>, <8 x float>* %24, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %390, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %24, align 32
  %425 = load <8 x float>, <8 x float>* %18, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %394, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %18, align 32
  %427 = add i64 %161, 36
  %428 = getelementptr inbounds float, float* %1, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat28 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %23, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %390, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %23, align 32
  %433 = load <8 x float>, <8 x float>* %17, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %394, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %17, align 32
  %435 = add i64 %161, 44
  %436 = getelementptr inbounds float, float* %1, i64 %435
  %437 = load float, float* %436, align 4
  %438 = insertelement <8 x float> undef, float %437, i32 0
  %splat29 = shufflevector <8 x float> %438, <8 x float> undef, <8 x i32> zeroinitializer
  %439 = load <8 x float>, <8 x float>* %22, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %390, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %22, align 32
  %441 = load <8 x float>, <8 x float>* %16, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %394, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %16, align 32
  %443 = add i64 %162, 40
  %444 = getelementptr inbounds float, float* %4, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  %446 = load <8 x float>, <8 x float>* %445, align 4
  %447 = add i64 %162, 1064
  %448 = getelementptr inbounds float, float* %4, i64 %447
  %449 = bitcast float* %448 to <8 x float>*
  %450 = load <8 x float>, <8 x float>* %449, align 4
  %451 = add i64 %161, 5
  %452 = getelementptr inbounds float, float* %1, i64 %451
  %453 = load float, float* %452, align 4
  %454 = insertelement <8 x float> undef, float %453, i32 0
  %splat30 = shufflevector <8 x float> %454, <8 x float> undef, <8 x i32> zeroinitializer
  %455 = load <8 x float>, <8 x float>* %27, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %446, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %27, align 32
  %457 = load <8 x float>, <8 x float>* %21, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %450, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %21, align 32
  %459 = add i64 %161, 13
  %460 = getelementptr inbounds float, float* %1, i64 %459
  %461 = load float, float* %460, align 4
  %462 = insertelement <8 x float> undef, float %461, i32 0
  %splat31 = shufflevector <8 x float> %462, <8 x float> undef, <8 x i32> zeroinitializer
  %463 = load <8 x float>, <8 x float>* %26, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %446, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %26, align 32
  %465 = load <8 x float>, <8 x float>* %20, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %450, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %20, align 32
  %467 = add i64 %161, 21
  %468 = getelementptr inbounds float, float* %1, i64 %467
  %469 = load float, float* %468, align 4
  %470 = insertelement <8 x float> undef, float %469, i32 0
  %splat32 = shufflevector <8 x float> %470, <8 x float> undef, <8 x i32> zeroinitializer
  %471 = load <8 x float>, <8 x float>* %25, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %446, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %25, align 32
  %473 = load <8 x float>, <8 x float>* %19, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %450, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %19, align 32
  %475 = add i64 %161, 29
  %476 = getelementptr inbounds float, float* %1, i64 %475
  %477 = load float, float* %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %splat33 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = load <8 x float>, <8 x float>* %24, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %446, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %24, align 32
  %481 = load <8 x float>, <8 x float>* %18, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %450, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %18, align 32
  %483 = add i64 %161, 37
  %484 = getelementptr inbounds float, float* %1, i64 %483
  %485 = load float, float* %484, align 4
  %486 = insertelement <8 x float> undef, float %485, i32 0
  %splat34 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %487 = load <8 x float>, <8 x float>* %23, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %446, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %23, align 32
  %489 = load <8 x float>, <8 x float>* %17, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %450, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %17, align 32
  %491 = add i64 %161, 45
  %492 = getelementptr inbounds float, float* %1, i64 %491
  %493 = load float, float* %492, align 4
  %494 = insertelement <8 x float> undef, float %493, i32 0
  %splat35 = shufflevector <8 x float> %494, <8 x float> undef, <8 x i32> zeroinitializer
  %495 = load <8 x float>, <8 x float>* %22, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %446, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %22, align 32
  %497 = load <8 x float>, <8 x float>* %16, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %450, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %16, align 32
  %499 = add i64 %162, 48
  %500 = getelementptr inbounds float, float* %4, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  %502 = load <8 x float>, <8 x float>* %501, align 4
  %503 = add i64 %162, 1072
  %504 = getelementptr inbounds float, float* %4, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  %506 = load <8 x float>, <8 x float>* %505, align 4
  %507 = add i64 %161, 6
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat36 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %27, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %502, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %27, align 32
  %513 = load <8 x float>, <8 x float>* %21, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %506, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %21, align 32
  %515 = add i64 %161, 14
  %516 = getelementptr inbounds float, float* %1, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat37 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %26, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %502, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %26, align 32
  %521 = load <8 x float>, <8 x float>* %20, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %506, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %20, align 32
  %523 = add i64 %161, 22
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat38 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %25, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %502, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %25, align 32
  %529 = load <8 x float>, <8 x float>* %19, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %506, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %19, align 32
  %531 = add i64 %161, 30
  %532 = getelementptr inbounds float, float* %1, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat39 = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %24, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %502, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %24, align 32
  %537 = load <8 x float>, <8 x float>* %18, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %506, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %18, align 32
  %539 = add i64 %161, 38
  %540 = getelementptr inbounds float, float* %1, i64 %539
  %541 = load float, float* %540, align 4
  %542 = insertelement <8 x float> undef, float %541, i32 0
  %splat40 = shufflevector <8 x float> %542, <8 x float> undef, <8 x i32> zeroinitializer
  %543 = load <8 x float>, <8 x float>* %23, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %502, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %23, align 32
  %545 = load <8 x float>, <8 x float>* %17, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %506, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %17, align 32
  %547 = add i64 %161, 46
  %548 = getelementptr inbounds float, float* %1, i64 %547
  %549 = load float, float* %548, align 4
  %550 = insertelement <8 x float> undef, float %549, i32 0
  %splat41 = shufflevector <8 x float> %550, <8 x float> undef, <8 x i32> zeroinitializer
  %551 = load <8 x float>, <8 x float>* %22, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %502, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %22, align 32
  %553 = load <8 x float>, <8 x float>* %16, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %506, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %16, align 32
  %555 = add i64 %162, 56
  %556 = getelementptr inbounds float, float* %4, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  %559 = add i64 %162, 1080
  %560 = getelementptr inbounds float, float* %4, i64 %559
  %561 = bitcast float* %560 to <8 x float>*
  %562 = load <8 x float>, <8 x float>* %561, align 4
  %563 = add i64 %161, 7
  %564 = getelementptr inbounds float, float* %1, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat42 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %27, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %558, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %27, align 32
  %569 = load <8 x float>, <8 x float>* %21, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %562, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %21, align 32
  %571 = add i64 %161, 15
  %572 = getelementptr inbounds float, float* %1, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat43 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %26, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %558, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %26, align 32
  %577 = load <8 x float>, <8 x float>* %20, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %562, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %20, align 32
  %579 = add i64 %161, 23
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat44 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %25, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %558, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %25, align 32
  %585 = load <8 x float>, <8 x float>* %19, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %562, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %19, align 32
  %587 = add i64 %161, 31
  %588 = getelementptr inbounds float, float* %1, i64 %587
  %589 = load float, float* %588, align 4
  %590 = insertelement <8 x float> undef, float %589, i32 0
  %splat45 = shufflevector <8 x float> %590, <8 x float> undef, <8 x i32> zeroinitializer
  %591 = load <8 x float>, <8 x float>* %24, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %558, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %24, align 32
  %593 = load <8 x float>, <8 x float>* %18, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %562, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %18, align 32
  %595 = add i64 %161, 39
  %596 = getelementptr inbounds float, float* %1, i64 %595
  %597 = load float, float* %596, align 4
  %598 = insertelement <8 x float> undef, float %597, i32 0
  %splat46 = shufflevector <8 x float> %598, <8 x float> undef, <8 x i32> zeroinitializer
  %599 = load <8 x float>, <8 x float>* %23, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %558, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %23, align 32
  %601 = load <8 x float>, <8 x float>* %17, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %562, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %17, align 32
  %603 = add i64 %161, 47
  %604 = getelementptr inbounds float, float* %1, i64 %603
  %605 = load float, float* %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %splat47 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, <8 x float>* %22, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %558, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %22, align 32
  %609 = load <8 x float>, <8 x float>* %16, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %562, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %16, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %611 = load <8 x float>, <8 x float>* %27, align 32
  %612 = fcmp olt <8 x float> %611, zeroinitializer
  %613 = select <8 x i1> %612, <8 x float> zeroinitializer, <8 x float> %611
  %614 = getelementptr inbounds float, float* %0, i64 %58
  %615 = bitcast float* %614 to <8 x float>*
  store <8 x float> %613, <8 x float>* %615, align 4
  %616 = load <8 x float>, <8 x float>* %26, align 32
  %617 = fcmp olt <8 x float> %616, zeroinitializer
  %618 = select <8 x i1> %617, <8 x float> zeroinitializer, <8 x float> %616
  %619 = getelementptr inbounds float, float* %0, i64 %61
  %620 = bitcast float* %619 to <8 x float>*
  store <8 x float> %618, <8 x float>* %620, align 4
  %621 = load <8 x float>, <8 x float>* %25, align 32
  %622 = fcmp olt <8 x float> %621, zeroinitializer
  %623 = select <8 x i1> %622, <8 x float> zeroinitializer, <8 x float> %621
  %624 = getelementptr inbounds float, float* %0, i64 %64
  %625 = bitcast float* %624 to <8 x float>*
  store <8 x float> %623, <8 x float>* %625, align 4
  %626 = load <8 x float>, <8 x float>* %24, align 32
  %627 = fcmp olt <8 x float> %626, zeroinitializer
  %628 = select <8 x i1> %627, <8 x float> zeroinitializer, <8 x float> %626
  %629 = getelementptr inbounds float, float* %0, i64 %67
  %630 = bitcast float* %629 to <8 x float>*
  store <8 x float> %628, <8 x float>* %630, align 4
  %631 = load <8 x float>, <8 x float>* %23, align 32
  %632 = fcmp olt <8 x float> %631, zeroinitializer
  %633 = select <8 x i1> %632, <8 x float> zeroinitializer, <8 x float> %631
  %634 = getelementptr inbounds float, float* %0, i64 %70
  %635 = bitcast float* %634 to <8 x float>*
  store <8 x float> %633, <8 x float>* %635, align 4
  %636 = load <8 x float>, <8 x float>* %22, align 32
  %637 = fcmp olt <8 x float> %636, zeroinitializer
  %638 = select <8 x i1> %637, <8 x float> zeroinitializer, <8 x float> %636
  %639 = getelementptr inbounds float, float* %0, i64 %73
  %640 = bitcast float* %639 to <8 x float>*
  store <8 x float> %638, <8 x float>* %640, align 4
  %641 = load <8 x float>, <8 x float>* %21, align 32
  %642 = fcmp olt <8 x float> %641, zeroinitializer
  %643 = select <8 x i1> %642, <8 x float> zeroinitializer, <8 x float> %641
  %644 = getelementptr inbounds float, float* %0, i64 %80
  %645 = bitcast float* %644 to <8 x float>*
  store <8 x float> %643, <8 x float>* %645, align 4
  %646 = load <8 x float>, <8 x float>* %20, align 32
  %647 = fcmp olt <8 x float> %646, zeroinitializer
  %648 = select <8 x i1> %647, <8 x float> zeroinitializer, <8 x float> %646
  %649 = getelementptr inbounds float, float* %0, i64 %83
  %650 = bitcast float* %649 to <8 x float>*
  store <8 x float> %648, <8 x float>* %650, align 4
  %651 = load <8 x float>, <8 x float>* %19, align 32
  %652 = fcmp olt <8 x float> %651, zeroinitializer
  %653 = select <8 x i1> %652, <8 x float> zeroinitializer, <8 x float> %651
  %654 = getelementptr inbounds float, float* %0, i64 %86
  %655 = bitcast float* %654 to <8 x float>*
  store <8 x float> %653, <8 x float>* %655, align 4
  %656 = load <8 x float>, <8 x float>* %18, align 32
  %657 = fcmp olt <8 x float> %656, zeroinitializer
  %658 = select <8 x i1> %657, <8 x float> zeroinitializer, <8 x float> %656
  %659 = getelementptr inbounds float, float* %0, i64 %89
  %660 = bitcast float* %659 to <8 x float>*
  store <8 x float> %658, <8 x float>* %660, align 4
  %661 = load <8 x float>, <8 x float>* %17, align 32
  %662 = fcmp olt <8 x float> %661, zeroinitializer
  %663 = select <8 x i1> %662, <8 x float> zeroinitializer, <8 x float> %661
  %664 = getelementptr inbounds float, float* %0, i64 %92
  %665 = bitcast float* %664 to <8 x float>*
  store <8 x float> %663, <8 x float>* %665, align 4
  %666 = load <8 x float>, <8 x float>* %16, align 32
  %667 = fcmp olt <8 x float> %666, zeroinitializer
  %668 = select <8 x i1> %667, <8 x float> zeroinitializer, <8 x float> %666
  %669 = getelementptr inbounds float, float* %0, i64 %95
  %670 = bitcast float* %669 to <8 x float>*
  store <8 x float> %668, <8 x float>* %670, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next84, %u.body49 ]
  %671 = icmp slt i64 %u51, 16
  br i1 %671, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %672 = add i64 0, %u51
  %673 = mul i64 %672, 6272
  %674 = add i64 %153, %673
  %675 = mul i64 %672, 64
  %676 = add i64 %48, %675
  %677 = add i64 %674, 0
  %678 = add i64 %677, 0
  %679 = add i64 %676, 0
  %680 = add i64 %679, 0
  %681 = getelementptr inbounds float, float* %4, i64 %680
  %682 = bitcast float* %681 to <8 x float>*
  %683 = load <8 x float>, <8 x float>* %682, align 4
  %684 = add i64 %679, 1024
  %685 = getelementptr inbounds float, float* %4, i64 %684
  %686 = bitcast float* %685 to <8 x float>*
  %687 = load <8 x float>, <8 x float>* %686, align 4
  %688 = add i64 %678, 0
  %689 = getelementptr inbounds float, float* %1, i64 %688
  %690 = load float, float* %689, align 4
  %691 = insertelement <8 x float> undef, float %690, i32 0
  %splat52 = shufflevector <8 x float> %691, <8 x float> undef, <8 x i32> zeroinitializer
  %692 = load <8 x float>, <8 x float>* %15, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %683, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %15, align 32
  %694 = load <8 x float>, <8 x float>* %11, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %687, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %11, align 32
  %696 = add i64 %678, 8
  %697 = getelementptr inbounds float, float* %1, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat53 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %14, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %683, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %14, align 32
  %702 = load <8 x float>, <8 x float>* %10, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %687, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %10, align 32
  %704 = add i64 %678, 16
  %705 = getelementptr inbounds float, float* %1, i64 %704
  %706 = load float, float* %705, align 4
  %707 = insertelement <8 x float> undef, float %706, i32 0
  %splat54 = shufflevector <8 x float> %707, <8 x float> undef, <8 x i32> zeroinitializer
  %708 = load <8 x float>, <8 x float>* %13, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %683, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %13, align 32
  %710 = load <8 x float>, <8 x float>* %9, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %687, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %9, align 32
  %712 = add i64 %678, 24
  %713 = getelementptr inbounds float, float* %1, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat55 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %12, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %683, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %12, align 32
  %718 = load <8 x float>, <8 x float>* %8, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %687, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %8, align 32
  %720 = add i64 %679, 8
  %721 = getelementptr inbounds float, float* %4, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = add i64 %679, 1032
  %725 = getelementptr inbounds float, float* %4, i64 %724
  %726 = bitcast float* %725 to <8 x float>*
  %727 = load <8 x float>, <8 x float>* %726, align 4
  %728 = add i64 %678, 1
  %729 = getelementptr inbounds float, float* %1, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat56 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %15, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %723, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %15, align 32
  %734 = load <8 x float>, <8 x float>* %11, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %727, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %11, align 32
  %736 = add i64 %678, 9
  %737 = getelementptr inbounds float, float* %1, i64 %736
  %738 = load float, float* %737, align 4
  %739 = insertelement <8 x float> undef, float %738, i32 0
  %splat57 = shufflevector <8 x float> %739, <8 x float> undef, <8 x i32> zeroinitializer
  %740 = load <8 x float>, <8 x float>* %14, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %723, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %14, align 32
  %742 = load <8 x float>, <8 x float>* %10, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %727, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %10, align 32
  %744 = add i64 %678, 17
  %745 = getelementptr inbounds float, float* %1, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat58 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %13, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %723, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %13, align 32
  %750 = load <8 x float>, <8 x float>* %9, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %727, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %9, align 32
  %752 = add i64 %678, 25
  %753 = getelementptr inbounds float, float* %1, i64 %752
  %754 = load float, float* %753, align 4
  %755 = insertelement <8 x float> undef, float %754, i32 0
  %splat59 = shufflevector <8 x float> %755, <8 x float> undef, <8 x i32> zeroinitializer
  %756 = load <8 x float>, <8 x float>* %12, align 32
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %723, <8 x float> %756)
  store <8 x float> %757, <8 x float>* %12, align 32
  %758 = load <8 x float>, <8 x float>* %8, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %727, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %8, align 32
  %760 = add i64 %679, 16
  %761 = getelementptr inbounds float, float* %4, i64 %760
  %762 = bitcast float* %761 to <8 x float>*
  %763 = load <8 x float>, <8 x float>* %762, align 4
  %764 = add i64 %679, 1040
  %765 = getelementptr inbounds float, float* %4, i64 %764
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  %768 = add i64 %678, 2
  %769 = getelementptr inbounds float, float* %1, i64 %768
  %770 = load float, float* %769, align 4
  %771 = insertelement <8 x float> undef, float %770, i32 0
  %splat60 = shufflevector <8 x float> %771, <8 x float> undef, <8 x i32> zeroinitializer
  %772 = load <8 x float>, <8 x float>* %15, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %763, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %15, align 32
  %774 = load <8 x float>, <8 x float>* %11, align 32
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %767, <8 x float> %774)
  store <8 x float> %775, <8 x float>* %11, align 32
  %776 = add i64 %678, 10
  %777 = getelementptr inbounds float, float* %1, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat61 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %14, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %763, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %14, align 32
  %782 = load <8 x float>, <8 x float>* %10, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %767, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %10, align 32
  %784 = add i64 %678, 18
  %785 = getelementptr inbounds float, float* %1, i64 %784
  %786 = load float, float* %785, align 4
  %787 = insertelement <8 x float> undef, float %786, i32 0
  %splat62 = shufflevector <8 x float> %787, <8 x float> undef, <8 x i32> zeroinitializer
  %788 = load <8 x float>, <8 x float>* %13, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %763, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %13, align 32
  %790 = load <8 x float>, <8 x float>* %9, align 32
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %767, <8 x float> %790)
  store <8 x float> %791, <8 x float>* %9, align 32
  %792 = add i64 %678, 26
  %793 = getelementptr inbounds float, float* %1, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat63 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %12, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %763, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %12, align 32
  %798 = load <8 x float>, <8 x float>* %8, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %767, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %8, align 32
  %800 = add i64 %679, 24
  %801 = getelementptr inbounds float, float* %4, i64 %800
  %802 = bitcast float* %801 to <8 x float>*
  %803 = load <8 x float>, <8 x float>* %802, align 4
  %804 = add i64 %679, 1048
  %805 = getelementptr inbounds float, float* %4, i64 %804
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = add i64 %678, 3
  %809 = getelementptr inbounds float, float* %1, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat64 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %15, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %803, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %15, align 32
  %814 = load <8 x float>, <8 x float>* %11, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %807, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %11, align 32
  %816 = add i64 %678, 11
  %817 = getelementptr inbounds float, float* %1, i64 %816
  %818 = load float, float* %817, align 4
  %819 = insertelement <8 x float> undef, float %818, i32 0
  %splat65 = shufflevector <8 x float> %819, <8 x float> undef, <8 x i32> zeroinitializer
  %820 = load <8 x float>, <8 x float>* %14, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %803, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %14, align 32
  %822 = load <8 x float>, <8 x float>* %10, align 32
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %807, <8 x float> %822)
  store <8 x float> %823, <8 x float>* %10, align 32
  %824 = add i64 %678, 19
  %825 = getelementptr inbounds float, float* %1, i64 %824
  %826 = load float, float* %825, align 4
  %827 = insertelement <8 x float> undef, float %826, i32 0
  %splat66 = shufflevector <8 x float> %827, <8 x float> undef, <8 x i32> zeroinitializer
  %828 = load <8 x float>, <8 x float>* %13, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %803, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %13, align 32
  %830 = load <8 x float>, <8 x float>* %9, align 32
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %807, <8 x float> %830)
  store <8 x float> %831, <8 x float>* %9, align 32
  %832 = add i64 %678, 27
  %833 = getelementptr inbounds float, float* %1, i64 %832
  %834 = load float, float* %833, align 4
  %835 = insertelement <8 x float> undef, float %834, i32 0
  %splat67 = shufflevector <8 x float> %835, <8 x float> undef, <8 x i32> zeroinitializer
  %836 = load <8 x float>, <8 x float>* %12, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %803, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %12, align 32
  %838 = load <8 x float>, <8 x float>* %8, align 32
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %807, <8 x float> %838)
  store <8 x float> %839, <8 x float>* %8, align 32
  %840 = add i64 %679, 32
  %841 = getelementptr inbounds float, float* %4, i64 %840
  %842 = bitcast float* %841 to <8 x float>*
  %843 = load <8 x float>, <8 x float>* %842, align 4
  %844 = add i64 %679, 1056
  %845 = getelementptr inbounds float, float* %4, i64 %844
  %846 = bitcast float* %845 to <8 x float>*
  %847 = load <8 x float>, <8 x float>* %846, align 4
  %848 = add i64 %678, 4
  %849 = getelementptr inbounds float, float* %1, i64 %848
  %850 = load float, float* %849, align 4
  %851 = insertelement <8 x float> undef, float %850, i32 0
  %splat68 = shufflevector <8 x float> %851, <8 x float> undef, <8 x i32> zeroinitializer
  %852 = load <8 x float>, <8 x float>* %15, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %843, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %15, align 32
  %854 = load <8 x float>, <8 x float>* %11, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %847, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %11, align 32
  %856 = add i64 %678, 12
  %857 = getelementptr inbounds float, float* %1, i64 %856
  %858 = load float, float* %857, align 4
  %859 = insertelement <8 x float> undef, float %858, i32 0
  %splat69 = shufflevector <8 x float> %859, <8 x float> undef, <8 x i32> zeroinitializer
  %860 = load <8 x float>, <8 x float>* %14, align 32
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %843, <8 x float> %860)
  store <8 x float> %861, <8 x float>* %14, align 32
  %862 = load <8 x float>, <8 x float>* %10, align 32
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %847, <8 x float> %862)
  store <8 x float> %863, <8 x float>* %10, align 32
  %864 = add i64 %678, 20
  %865 = getelementptr inbounds float, float* %1, i64 %864
  %866 = load float, float* %865, align 4
  %867 = insertelement <8 x float> undef, float %866, i32 0
  %splat70 = shufflevector <8 x float> %867, <8 x float> undef, <8 x i32> zeroinitializer
  %868 = load <8 x float>, <8 x float>* %13, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %843, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %13, align 32
  %870 = load <8 x float>, <8 x float>* %9, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %847, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %9, align 32
  %872 = add i64 %678, 28
  %873 = getelementptr inbounds float, float* %1, i64 %872
  %874 = load float, float* %873, align 4
  %875 = insertelement <8 x float> undef, float %874, i32 0
  %splat71 = shufflevector <8 x float> %875, <8 x float> undef, <8 x i32> zeroinitializer
  %876 = load <8 x float>, <8 x float>* %12, align 32
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %843, <8 x float> %876)
  store <8 x float> %877, <8 x float>* %12, align 32
  %878 = load <8 x float>, <8 x float>* %8, align 32
  %879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %847, <8 x float> %878)
  store <8 x float> %879, <8 x float>* %8, align 32
  %880 = add i64 %679, 40
  %881 = getelementptr inbounds float, float* %4, i64 %880
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = add i64 %679, 1064
  %885 = getelementptr inbounds float, float* %4, i64 %884
  %886 = bitcast float* %885 to <8 x float>*
  %887 = load <8 x float>, <8 x float>* %886, align 4
  %888 = add i64 %678, 5
  %889 = getelementptr inbounds float, float* %1, i64 %888
  %890 = load float, float* %889, align 4
  %891 = insertelement <8 x float> undef, float %890, i32 0
  %splat72 = shufflevector <8 x float> %891, <8 x float> undef, <8 x i32> zeroinitializer
  %892 = load <8 x float>, <8 x float>* %15, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %883, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %15, align 32
  %894 = load <8 x float>, <8 x float>* %11, align 32
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %887, <8 x float> %894)
  store <8 x float> %895, <8 x float>* %11, align 32
  %896 = add i64 %678, 13
  %897 = getelementptr inbounds float, float* %1, i64 %896
  %898 = load float, float* %897, align 4
  %899 = insertelement <8 x float> undef, float %898, i32 0
  %splat73 = shufflevector <8 x float> %899, <8 x float> undef, <8 x i32> zeroinitializer
  %900 = load <8 x float>, <8 x float>* %14, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %883, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %14, align 32
  %902 = load <8 x float>, <8 x float>* %10, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %887, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %10, align 32
  %904 = add i64 %678, 21
  %905 = getelementptr inbounds float, float* %1, i64 %904
  %906 = load float, float* %905, align 4
  %907 = insertelement <8 x float> undef, float %906, i32 0
  %splat74 = shufflevector <8 x float> %907, <8 x float> undef, <8 x i32> zeroinitializer
  %908 = load <8 x float>, <8 x float>* %13, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %883, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %13, align 32
  %910 = load <8 x float>, <8 x float>* %9, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %887, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %9, align 32
  %912 = add i64 %678, 29
  %913 = getelementptr inbounds float, float* %1, i64 %912
  %914 = load float, float* %913, align 4
  %915 = insertelement <8 x float> undef, float %914, i32 0
  %splat75 = shufflevector <8 x float> %915, <8 x float> undef, <8 x i32> zeroinitializer
  %916 = load <8 x float>, <8 x float>* %12, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %883, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %12, align 32
  %918 = load <8 x float>, <8 x float>* %8, align 32
  %919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %887, <8 x float> %918)
  store <8 x float> %919, <8 x float>* %8, align 32
  %920 = add i64 %679, 48
  %921 = getelementptr inbounds float, float* %4, i64 %920
  %922 = bitcast float* %921 to <8 x float>*
  %923 = load <8 x float>, <8 x float>* %922, align 4
  %924 = add i64 %679, 1072
  %925 = getelementptr inbounds float, float* %4, i64 %924
  %926 = bitcast float* %925 to <8 x float>*
  %927 = load <8 x float>, <8 x float>* %926, align 4
  %928 = add i64 %678, 6
  %929 = getelementptr inbounds float, float* %1, i64 %928
  %930 = load float, float* %929, align 4
  %931 = insertelement <8 x float> undef, float %930, i32 0
  %splat76 = shufflevector <8 x float> %931, <8 x float> undef, <8 x i32> zeroinitializer
  %932 = load <8 x float>, <8 x float>* %15, align 32
  %933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %923, <8 x float> %932)
  store <8 x float> %933, <8 x float>* %15, align 32
  %934 = load <8 x float>, <8 x float>* %11, align 32
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %927, <8 x float> %934)
  store <8 x float> %935, <8 x float>* %11, align 32
  %936 = add i64 %678, 14
  %937 = getelementptr inbounds float, float* %1, i64 %936
  %938 = load float, float* %937, align 4
  %939 = insertelement <8 x float> undef, float %938, i32 0
  %splat77 = shufflevector <8 x float> %939, <8 x float> undef, <8 x i32> zeroinitializer
  %940 = load <8 x float>, <8 x float>* %14, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %923, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %14, align 32
  %942 = load <8 x float>, <8 x float>* %10, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %927, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %10, align 32
  %944 = add i64 %678, 22
  %945 = getelementptr inbounds float, float* %1, i64 %944
  %946 = load float, float* %945, align 4
  %947 = insertelement <8 x float> undef, float %946, i32 0
  %splat78 = shufflevector <8 x float> %947, <8 x float> undef, <8 x i32> zeroinitializer
  %948 = load <8 x float>, <8 x float>* %13, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %923, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %13, align 32
  %950 = load <8 x float>, <8 x float>* %9, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %927, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %9, align 32
  %952 = add i64 %678, 30
  %953 = getelementptr inbounds float, float* %1, i64 %952
  %954 = load float, float* %953, align 4
  %955 = insertelement <8 x float> undef, float %954, i32 0
  %splat79 = shufflevector <8 x float> %955, <8 x float> undef, <8 x i32> zeroinitializer
  %956 = load <8 x float>, <8 x float>* %12, align 32
  %957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %923, <8 x float> %956)
  store <8 x float> %957, <8 x float>* %12, align 32
  %958 = load <8 x float>, <8 x float>* %8, align 32
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %927, <8 x float> %958)
  store <8 x float> %959, <8 x float>* %8, align 32
  %960 = add i64 %679, 56
  %961 = getelementptr inbounds float, float* %4, i64 %960
  %962 = bitcast float* %961 to <8 x float>*
  %963 = load <8 x float>, <8 x float>* %962, align 4
  %964 = add i64 %679, 1080
  %965 = getelementptr inbounds float, float* %4, i64 %964
  %966 = bitcast float* %965 to <8 x float>*
  %967 = load <8 x float>, <8 x float>* %966, align 4
  %968 = add i64 %678, 7
  %969 = getelementptr inbounds float, float* %1, i64 %968
  %970 = load float, float* %969, align 4
  %971 = insertelement <8 x float> undef, float %970, i32 0
  %splat80 = shufflevector <8 x float> %971, <8 x float> undef, <8 x i32> zeroinitializer
  %972 = load <8 x float>, <8 x float>* %15, align 32
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %963, <8 x float> %972)
  store <8 x float> %973, <8 x float>* %15, align 32
  %974 = load <8 x float>, <8 x float>* %11, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %967, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %11, align 32
  %976 = add i64 %678, 15
  %977 = getelementptr inbounds float, float* %1, i64 %976
  %978 = load float, float* %977, align 4
  %979 = insertelement <8 x float> undef, float %978, i32 0
  %splat81 = shufflevector <8 x float> %979, <8 x float> undef, <8 x i32> zeroinitializer
  %980 = load <8 x float>, <8 x float>* %14, align 32
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %963, <8 x float> %980)
  store <8 x float> %981, <8 x float>* %14, align 32
  %982 = load <8 x float>, <8 x float>* %10, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %967, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %10, align 32
  %984 = add i64 %678, 23
  %985 = getelementptr inbounds float, float* %1, i64 %984
  %986 = load float, float* %985, align 4
  %987 = insertelement <8 x float> undef, float %986, i32 0
  %splat82 = shufflevector <8 x float> %987, <8 x float> undef, <8 x i32> zeroinitializer
  %988 = load <8 x float>, <8 x float>* %13, align 32
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %963, <8 x float> %988)
  store <8 x float> %989, <8 x float>* %13, align 32
  %990 = load <8 x float>, <8 x float>* %9, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %967, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %9, align 32
  %992 = add i64 %678, 31
  %993 = getelementptr inbounds float, float* %1, i64 %992
  %994 = load float, float* %993, align 4
  %995 = insertelement <8 x float> undef, float %994, i32 0
  %splat83 = shufflevector <8 x float> %995, <8 x float> undef, <8 x i32> zeroinitializer
  %996 = load <8 x float>, <8 x float>* %12, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %963, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %12, align 32
  %998 = load <8 x float>, <8 x float>* %8, align 32
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %967, <8 x float> %998)
  store <8 x float> %999, <8 x float>* %8, align 32
  %u.next84 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %1000 = load <8 x float>, <8 x float>* %15, align 32
  %1001 = fcmp olt <8 x float> %1000, zeroinitializer
  %1002 = select <8 x i1> %1001, <8 x float> zeroinitializer, <8 x float> %1000
  %1003 = getelementptr inbounds float, float* %0, i64 %116
  %1004 = bitcast float* %1003 to <8 x float>*
  store <8 x float> %1002, <8 x float>* %1004, align 4
  %1005 = load <8 x float>, <8 x float>* %14, align 32
  %1006 = fcmp olt <8 x float> %1005, zeroinitializer
  %1007 = select <8 x i1> %1006, <8 x float> zeroinitializer, <8 x float> %1005
  %1008 = getelementptr inbounds float, float* %0, i64 %119
  %1009 = bitcast float* %1008 to <8 x float>*
  store <8 x float> %1007, <8 x float>* %1009, align 4
  %1010 = load <8 x float>, <8 x float>* %13, align 32
  %1011 = fcmp olt <8 x float> %1010, zeroinitializer
  %1012 = select <8 x i1> %1011, <8 x float> zeroinitializer, <8 x float> %1010
  %1013 = getelementptr inbounds float, float* %0, i64 %122
  %1014 = bitcast float* %1013 to <8 x float>*
  store <8 x float> %1012, <8 x float>* %1014, align 4
  %1015 = load <8 x float>, <8 x float>* %12, align 32
  %1016 = fcmp olt <8 x float> %1015, zeroinitializer
  %1017 = select <8 x i1> %1016, <8 x float> zeroinitializer, <8 x float> %1015
  %1018 = getelementptr inbounds float, float* %0, i64 %125
  %1019 = bitcast float* %1018 to <8 x float>*
  store <8 x float> %1017, <8 x float>* %1019, align 4
  %1020 = load <8 x float>, <8 x float>* %11, align 32
  %1021 = fcmp olt <8 x float> %1020, zeroinitializer
  %1022 = select <8 x i1> %1021, <8 x float> zeroinitializer, <8 x float> %1020
  %1023 = getelementptr inbounds float, float* %0, i64 %132
  %1024 = bitcast float* %1023 to <8 x float>*
  store <8 x float> %1022, <8 x float>* %1024, align 4
  %1025 = load <8 x float>, <8 x float>* %10, align 32
  %1026 = fcmp olt <8 x float> %1025, zeroinitializer
  %1027 = select <8 x i1> %1026, <8 x float> zeroinitializer, <8 x float> %1025
  %1028 = getelementptr inbounds float, float* %0, i64 %135
  %1029 = bitcast float* %1028 to <8 x float>*
  store <8 x float> %1027, <8 x float>* %1029, align 4
  %1030 = load <8 x float>, <8 x float>* %9, align 32
  %1031 = fcmp olt <8 x float> %1030, zeroinitializer
  %1032 = select <8 x i1> %1031, <8 x float> zeroinitializer, <8 x float> %1030
  %1033 = getelementptr inbounds float, float* %0, i64 %138
  %1034 = bitcast float* %1033 to <8 x float>*
  store <8 x float> %1032, <8 x float>* %1034, align 4
  %1035 = load <8 x float>, <8 x float>* %8, align 32
  %1036 = fcmp olt <8 x float> %1035, zeroinitializer
  %1037 = select <8 x i1> %1036, <8 x float> zeroinitializer, <8 x float> %1035
  %1038 = getelementptr inbounds float, float* %0, i64 %141
  %1039 = bitcast float* %1038 to <8 x float>*
  store <8 x float> %1037, <8 x float>* %1039, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node8.conv2d_5.step0(i8* %0) #3 {
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
  %25 = add i64 112, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 112
  %29 = select i1 %28, i64 %27, i64 112
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 112
  %32 = select i1 %31, i64 %30, i64 112
  call void @node8.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.depthwiseConv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %kh.exit19, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %kh.exit19 ]
  %25 = icmp slt i64 %task, %7
  br i1 %25, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %26 = srem i64 %task, 28
  %27 = sdiv i64 %task, 28
  %28 = srem i64 %27, 32
  %29 = mul i64 %27, 6272
  %30 = mul i64 %27, 28
  %31 = add i64 %30, %26
  %32 = mul i64 %31, 224
  %33 = mul i64 %26, 1
  %34 = sub i64 %33, 1
  %35 = mul i64 %28, 8
  %36 = getelementptr inbounds float, float* %5, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %kh.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %kh.exit ]
  %39 = icmp slt i64 %x, 23
  br i1 %39, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> %38, <8 x float>* %24, align 32
  store <8 x float> %38, <8 x float>* %23, align 32
  store <8 x float> %38, <8 x float>* %22, align 32
  store <8 x float> %38, <8 x float>* %21, align 32
  store <8 x float> %38, <8 x float>* %20, align 32
  store <8 x float> %38, <8 x float>* %19, align 32
  store <8 x float> %38, <8 x float>* %18, align 32
  store <8 x float> %38, <8 x float>* %17, align 32
  store <8 x float> %38, <8 x float>* %16, align 32
  store <8 x float> %38, <8 x float>* %15, align 32
  store <8 x float> %38, <8 x float>* %14, align 32
  %40 = mul i64 %x, 1
  %41 = sub i64 %40, 1
  br label %kh.header

x.exit:                                           ; preds = %x.header
  store <8 x float> %38, <8 x float>* %13, align 32
  store <8 x float> %38, <8 x float>* %12, align 32
  store <8 x float> %38, <8 x float>* %11, align 32
  store <8 x float> %38, <8 x float>* %10, align 32
  br label %kh.header1

kh.header:                                        ; preds = %endif, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %endif ]
  %42 = icmp slt i64 %kh, 3
  br i1 %42, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %43 = mul i64 %kh, 1
  %44 = add i64 %34, %43
  %45 = icmp sge i64 %44, 0
  %46 = icmp slt i64 %44, 28
  %47 = and i1 %45, %46
  br i1 %47, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %48 = add i64 %x, 0
  %49 = mul i64 %48, 8
  %50 = add i64 %32, %49
  %51 = load <8 x float>, <8 x float>* %24, align 32
  %52 = fcmp olt <8 x float> %51, zeroinitializer
  %53 = select <8 x i1> %52, <8 x float> zeroinitializer, <8 x float> %51
  %54 = getelementptr inbounds float, float* %0, i64 %50
  %55 = bitcast float* %54 to <8 x float>*
  store <8 x float> %53, <8 x float>* %55, align 4
  %56 = add i64 %x, 1
  %57 = mul i64 %56, 8
  %58 = add i64 %32, %57
  %59 = load <8 x float>, <8 x float>* %23, align 32
  %60 = fcmp olt <8 x float> %59, zeroinitializer
  %61 = select <8 x i1> %60, <8 x float> zeroinitializer, <8 x float> %59
  %62 = getelementptr inbounds float, float* %0, i64 %58
  %63 = bitcast float* %62 to <8 x float>*
  store <8 x float> %61, <8 x float>* %63, align 4
  %64 = add i64 %x, 2
  %65 = mul i64 %64, 8
  %66 = add i64 %32, %65
  %67 = load <8 x float>, <8 x float>* %22, align 32
  %68 = fcmp olt <8 x float> %67, zeroinitializer
  %69 = select <8 x i1> %68, <8 x float> zeroinitializer, <8 x float> %67
  %70 = getelementptr inbounds float, float* %0, i64 %66
  %71 = bitcast float* %70 to <8 x float>*
  store <8 x float> %69, <8 x float>* %71, align 4
  %72 = add i64 %x, 3
  %73 = mul i64 %72, 8
  %74 = add i64 %32, %73
  %75 = load <8 x float>, <8 x float>* %21, align 32
  %76 = fcmp olt <8 x float> %75, zeroinitializer
  %77 = select <8 x i1> %76, <8 x float> zeroinitializer, <8 x float> %75
  %78 = getelementptr inbounds float, float* %0, i64 %74
  %79 = bitcast float* %78 to <8 x float>*
  store <8 x float> %77, <8 x float>* %79, align 4
  %80 = add i64 %x, 4
  %81 = mul i64 %80, 8
  %82 = add i64 %32, %81
  %83 = load <8 x float>, <8 x float>* %20, align 32
  %84 = fcmp olt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> zeroinitializer, <8 x float> %83
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 5
  %89 = mul i64 %88, 8
  %90 = add i64 %32, %89
  %91 = load <8 x float>, <8 x float>* %19, align 32
  %92 = fcmp olt <8 x float> %91, zeroinitializer
  %93 = select <8 x i1> %92, <8 x float> zeroinitializer, <8 x float> %91
  %94 = getelementptr inbounds float, float* %0, i64 %90
  %95 = bitcast float* %94 to <8 x float>*
  store <8 x float> %93, <8 x float>* %95, align 4
  %96 = add i64 %x, 6
  %97 = mul i64 %96, 8
  %98 = add i64 %32, %97
  %99 = load <8 x float>, <8 x float>* %18, align 32
  %100 = fcmp olt <8 x float> %99, zeroinitializer
  %101 = select <8 x i1> %100, <8 x float> zeroinitializer, <8 x float> %99
  %102 = getelementptr inbounds float, float* %0, i64 %98
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %101, <8 x float>* %103, align 4
  %104 = add i64 %x, 7
  %105 = mul i64 %104, 8
  %106 = add i64 %32, %105
  %107 = load <8 x float>, <8 x float>* %17, align 32
  %108 = fcmp olt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> zeroinitializer, <8 x float> %107
  %110 = getelementptr inbounds float, float* %0, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  %112 = add i64 %x, 8
  %113 = mul i64 %112, 8
  %114 = add i64 %32, %113
  %115 = load <8 x float>, <8 x float>* %16, align 32
  %116 = fcmp olt <8 x float> %115, zeroinitializer
  %117 = select <8 x i1> %116, <8 x float> zeroinitializer, <8 x float> %115
  %118 = getelementptr inbounds float, float* %0, i64 %114
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %117, <8 x float>* %119, align 4
  %120 = add i64 %x, 9
  %121 = mul i64 %120, 8
  %122 = add i64 %32, %121
  %123 = load <8 x float>, <8 x float>* %15, align 32
  %124 = fcmp olt <8 x float> %123, zeroinitializer
  %125 = select <8 x i1> %124, <8 x float> zeroinitializer, <8 x float> %123
  %126 = getelementptr inbounds float, float* %0, i64 %122
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %125, <8 x float>* %127, align 4
  %128 = add i64 %x, 10
  %129 = mul i64 %128, 8
  %130 = add i64 %32, %129
  %131 = load <8 x float>, <8 x float>* %14, align 32
  %132 = fcmp olt <8 x float> %131, zeroinitializer
  %133 = select <8 x i1> %132, <8 x float> zeroinitializer, <8 x float> %131
  %134 = getelementptr inbounds float, float* %0, i64 %130
  %135 = bitcast float* %134 to <8 x float>*
  store <8 x float> %133, <8 x float>* %135, align 4
  %x.next = add i64 %x, 11
  br label %x.header

then:                                             ; preds = %kh.body
  %136 = mul i64 %44, 224
  %137 = add i64 %29, %136
  %138 = mul i64 %28, 3
  %139 = add i64 %138, %kh
  %140 = mul i64 %139, 24
  %141 = add i64 %140, 0
  %142 = getelementptr inbounds float, float* %4, i64 %141
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = add i64 %140, 8
  %146 = getelementptr inbounds float, float* %4, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  %148 = load <8 x float>, <8 x float>* %147, align 4
  %149 = add i64 %140, 16
  %150 = getelementptr inbounds float, float* %4, i64 %149
  %151 = bitcast float* %150 to <8 x float>*
  %152 = load <8 x float>, <8 x float>* %151, align 4
  %153 = mul i64 %41, 8
  %154 = add i64 %137, %153
  %155 = add i64 %154, 0
  %156 = getelementptr inbounds float, float* %1, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  %158 = load <8 x float>, <8 x float>* %157, align 4
  %159 = load <8 x float>, <8 x float>* %24, align 32
  %160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %158, <8 x float> %144, <8 x float> %159)
  store <8 x float> %160, <8 x float>* %24, align 32
  %161 = add i64 %154, 8
  %162 = getelementptr inbounds float, float* %1, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  %164 = load <8 x float>, <8 x float>* %163, align 4
  %165 = load <8 x float>, <8 x float>* %24, align 32
  %166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %148, <8 x float> %165)
  store <8 x float> %166, <8 x float>* %24, align 32
  %167 = load <8 x float>, <8 x float>* %23, align 32
  %168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %144, <8 x float> %167)
  store <8 x float> %168, <8 x float>* %23, align 32
  %169 = add i64 %154, 16
  %170 = getelementptr inbounds float, float* %1, i64 %169
  %171 = bitcast float* %170 to <8 x float>*
  %172 = load <8 x float>, <8 x float>* %171, align 4
  %173 = load <8 x float>, <8 x float>* %24, align 32
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %172, <8 x float> %152, <8 x float> %173)
  store <8 x float> %174, <8 x float>* %24, align 32
  %175 = load <8 x float>, <8 x float>* %23, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %172, <8 x float> %148, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %23, align 32
  %177 = load <8 x float>, <8 x float>* %22, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %172, <8 x float> %144, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %22, align 32
  %179 = add i64 %154, 24
  %180 = getelementptr inbounds float, float* %1, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  %182 = load <8 x float>, <8 x float>* %181, align 4
  %183 = load <8 x float>, <8 x float>* %23, align 32
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %152, <8 x float> %183)
  store <8 x float> %184, <8 x float>* %23, align 32
  %185 = load <8 x float>, <8 x float>* %22, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %148, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %22, align 32
  %187 = load <8 x float>, <8 x float>* %21, align 32
  %188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %144, <8 x float> %187)
  store <8 x float> %188, <8 x float>* %21, align 32
  %189 = add i64 %154, 32
  %190 = getelementptr inbounds float, float* %1, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = load <8 x float>, <8 x float>* %22, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> %152, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %22, align 32
  %195 = load <8 x float>, <8 x float>* %21, align 32
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> %148, <8 x float> %195)
  store <8 x float> %196, <8 x float>* %21, align 32
  %197 = load <8 x float>, <8 x float>* %20, align 32
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> %144, <8 x float> %197)
  store <8 x float> %198, <8 x float>* %20, align 32
  %199 = add i64 %154, 40
  %200 = getelementptr inbounds float, float* %1, i64 %199
  %201 = bitcast float* %200 to <8 x float>*
  %202 = load <8 x float>, <8 x float>* %201, align 4
  %203 = load <8 x float>, <8 x float>* %21, align 32
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %202, <8 x float> %152, <8 x float> %203)
  store <8 x float> %204, <8 x float>* %21, align 32
  %205 = load <8 x float>, <8 x float>* %20, align 32
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %202, <8 x float> %148, <8 x float> %205)
  store <8 x float> %206, <8 x float>* %20, align 32
  %207 = load <8 x float>, <8 x float>* %19, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %202, <8 x float> %144, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %19, align 32
  %209 = add i64 %154, 48
  %210 = getelementptr inbounds float, float* %1, i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  %212 = load <8 x float>, <8 x float>* %211, align 4
  %213 = load <8 x float>, <8 x float>* %20, align 32
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %212, <8 x float> %152, <8 x float> %213)
  store <8 x float> %214, <8 x float>* %20, align 32
  %215 = load <8 x float>, <8 x float>* %19, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %212, <8 x float> %148, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %19, align 32
  %217 = load <8 x float>, <8 x float>* %18, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %212, <8 x float> %144, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %18, align 32
  %219 = add i64 %154, 56
  %220 = getelementptr inbounds float, float* %1, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  %222 = load <8 x float>, <8 x float>* %221, align 4
  %223 = load <8 x float>, <8 x float>* %19, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %152, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %19, align 32
  %225 = load <8 x float>, <8 x float>* %18, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %148, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %18, align 32
  %227 = load <8 x float>, <8 x float>* %17, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %144, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %17, align 32
  %229 = add i64 %154, 64
  %230 = getelementptr inbounds float, float* %1, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  %232 = load <8 x float>, <8 x float>* %231, align 4
  %233 = load <8 x float>, <8 x float>* %18, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %232, <8 x float> %152, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %18, align 32
  %235 = load <8 x float>, <8 x float>* %17, align 32
  %236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %232, <8 x float> %148, <8 x float> %235)
  store <8 x float> %236, <8 x float>* %17, align 32
  %237 = load <8 x float>, <8 x float>* %16, align 32
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %232, <8 x float> %144, <8 x float> %237)
  store <8 x float> %238, <8 x float>* %16, align 32
  %239 = add i64 %154, 72
  %240 = getelementptr inbounds float, float* %1, i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = load <8 x float>, <8 x float>* %17, align 32
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %152, <8 x float> %243)
  store <8 x float> %244, <8 x float>* %17, align 32
  %245 = load <8 x float>, <8 x float>* %16, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %148, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %16, align 32
  %247 = load <8 x float>, <8 x float>* %15, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %144, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %15, align 32
  %249 = add i64 %154, 80
  %250 = getelementptr inbounds float, float* %1, i64 %249
  %251 = bitcast float* %250 to <8 x float>*
  %252 = load <8 x float>, <8 x float>* %251, align 4
  %253 = load <8 x float>, <8 x float>* %16, align 32
  %254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %252, <8 x float> %152, <8 x float> %253)
  store <8 x float> %254, <8 x float>* %16, align 32
  %255 = load <8 x float>, <8 x float>* %15, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %252, <8 x float> %148, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %15, align 32
  %257 = load <8 x float>, <8 x float>* %14, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %252, <8 x float> %144, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %14, align 32
  %259 = add i64 %154, 88
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  %262 = load <8 x float>, <8 x float>* %261, align 4
  %263 = load <8 x float>, <8 x float>* %15, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %262, <8 x float> %152, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %15, align 32
  %265 = load <8 x float>, <8 x float>* %14, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %262, <8 x float> %148, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %14, align 32
  %267 = add i64 %154, 96
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = load <8 x float>, <8 x float>* %14, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %152, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %14, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %x.exit
  %kh4 = phi i64 [ 0, %x.exit ], [ %kh.next7, %endif6 ]
  %273 = icmp slt i64 %kh4, 3
  br i1 %273, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %274 = mul i64 %kh4, 1
  %275 = add i64 %34, %274
  %276 = icmp sge i64 %275, 0
  %277 = icmp slt i64 %275, 28
  %278 = and i1 %276, %277
  br i1 %278, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %279 = add i64 %32, 184
  %280 = load <8 x float>, <8 x float>* %13, align 32
  %281 = fcmp olt <8 x float> %280, zeroinitializer
  %282 = select <8 x i1> %281, <8 x float> zeroinitializer, <8 x float> %280
  %283 = getelementptr inbounds float, float* %0, i64 %279
  %284 = bitcast float* %283 to <8 x float>*
  store <8 x float> %282, <8 x float>* %284, align 4
  %285 = add i64 %32, 192
  %286 = load <8 x float>, <8 x float>* %12, align 32
  %287 = fcmp olt <8 x float> %286, zeroinitializer
  %288 = select <8 x i1> %287, <8 x float> zeroinitializer, <8 x float> %286
  %289 = getelementptr inbounds float, float* %0, i64 %285
  %290 = bitcast float* %289 to <8 x float>*
  store <8 x float> %288, <8 x float>* %290, align 4
  %291 = add i64 %32, 200
  %292 = load <8 x float>, <8 x float>* %11, align 32
  %293 = fcmp olt <8 x float> %292, zeroinitializer
  %294 = select <8 x i1> %293, <8 x float> zeroinitializer, <8 x float> %292
  %295 = getelementptr inbounds float, float* %0, i64 %291
  %296 = bitcast float* %295 to <8 x float>*
  store <8 x float> %294, <8 x float>* %296, align 4
  %297 = add i64 %32, 208
  %298 = load <8 x float>, <8 x float>* %10, align 32
  %299 = fcmp olt <8 x float> %298, zeroinitializer
  %300 = select <8 x i1> %299, <8 x float> zeroinitializer, <8 x float> %298
  %301 = getelementptr inbounds float, float* %0, i64 %297
  %302 = bitcast float* %301 to <8 x float>*
  store <8 x float> %300, <8 x float>* %302, align 4
  store <8 x float> %38, <8 x float>* %9, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %303 = mul i64 %275, 224
  %304 = add i64 %29, %303
  %305 = mul i64 %28, 3
  %306 = add i64 %305, %kh4
  %307 = mul i64 %306, 24
  %308 = add i64 %307, 0
  %309 = getelementptr inbounds float, float* %4, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  %311 = load <8 x float>, <8 x float>* %310, align 4
  %312 = add i64 %307, 8
  %313 = getelementptr inbounds float, float* %4, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  %315 = load <8 x float>, <8 x float>* %314, align 4
  %316 = add i64 %307, 16
  %317 = getelementptr inbounds float, float* %4, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  %319 = load <8 x float>, <8 x float>* %318, align 4
  %320 = add i64 %304, 176
  %321 = add i64 %320, 0
  %322 = getelementptr inbounds float, float* %1, i64 %321
  %323 = bitcast float* %322 to <8 x float>*
  %324 = load <8 x float>, <8 x float>* %323, align 4
  %325 = load <8 x float>, <8 x float>* %13, align 32
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %311, <8 x float> %325)
  store <8 x float> %326, <8 x float>* %13, align 32
  %327 = add i64 %320, 8
  %328 = getelementptr inbounds float, float* %1, i64 %327
  %329 = bitcast float* %328 to <8 x float>*
  %330 = load <8 x float>, <8 x float>* %329, align 4
  %331 = load <8 x float>, <8 x float>* %13, align 32
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %330, <8 x float> %315, <8 x float> %331)
  store <8 x float> %332, <8 x float>* %13, align 32
  %333 = load <8 x float>, <8 x float>* %12, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %330, <8 x float> %311, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %12, align 32
  %335 = add i64 %320, 16
  %336 = getelementptr inbounds float, float* %1, i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  %338 = load <8 x float>, <8 x float>* %337, align 4
  %339 = load <8 x float>, <8 x float>* %13, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> %319, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %13, align 32
  %341 = load <8 x float>, <8 x float>* %12, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> %315, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %12, align 32
  %343 = load <8 x float>, <8 x float>* %11, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> %311, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %11, align 32
  %345 = add i64 %320, 24
  %346 = getelementptr inbounds float, float* %1, i64 %345
  %347 = bitcast float* %346 to <8 x float>*
  %348 = load <8 x float>, <8 x float>* %347, align 4
  %349 = load <8 x float>, <8 x float>* %12, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %319, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %12, align 32
  %351 = load <8 x float>, <8 x float>* %11, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %315, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %11, align 32
  %353 = load <8 x float>, <8 x float>* %10, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %311, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %10, align 32
  %355 = add i64 %320, 32
  %356 = getelementptr inbounds float, float* %1, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  %358 = load <8 x float>, <8 x float>* %357, align 4
  %359 = load <8 x float>, <8 x float>* %11, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %358, <8 x float> %319, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %11, align 32
  %361 = load <8 x float>, <8 x float>* %10, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %358, <8 x float> %315, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %10, align 32
  %363 = add i64 %320, 40
  %364 = getelementptr inbounds float, float* %1, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  %366 = load <8 x float>, <8 x float>* %365, align 4
  %367 = load <8 x float>, <8 x float>* %10, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %319, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %10, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next16, %endif13 ]
  %369 = icmp slt i64 %kh11, 3
  br i1 %369, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %370 = mul i64 %kh11, 1
  %371 = add i64 %34, %370
  %372 = icmp sge i64 %371, 0
  %373 = icmp slt i64 %371, 28
  %374 = and i1 %372, %373
  br i1 %374, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %375 = add i64 %32, 0
  %376 = load <8 x float>, <8 x float>* %9, align 32
  %377 = fcmp olt <8 x float> %376, zeroinitializer
  %378 = select <8 x i1> %377, <8 x float> zeroinitializer, <8 x float> %376
  %379 = getelementptr inbounds float, float* %0, i64 %375
  %380 = bitcast float* %379 to <8 x float>*
  store <8 x float> %378, <8 x float>* %380, align 4
  store <8 x float> %38, <8 x float>* %8, align 32
  br label %kh.header17

then12:                                           ; preds = %kh.body9
  %381 = mul i64 %371, 224
  %382 = add i64 %29, %381
  %383 = mul i64 %28, 3
  %384 = add i64 %383, %kh11
  %385 = mul i64 %384, 24
  br label %kw.header

endif13:                                          ; preds = %kw.exit, %kh.body9
  %kh.next16 = add i64 %kh11, 1
  br label %kh.header8

kw.header:                                        ; preds = %endif15, %then12
  %kw = phi i64 [ 0, %then12 ], [ %kw.next, %endif15 ]
  %386 = icmp slt i64 %kw, 3
  br i1 %386, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %387 = mul i64 %kw, 1
  %388 = add i64 -1, %387
  %389 = icmp sge i64 %388, 0
  %390 = icmp slt i64 %388, 28
  %391 = and i1 %389, %390
  br i1 %391, label %then14, label %endif15

kw.exit:                                          ; preds = %kw.header
  br label %endif13

then14:                                           ; preds = %kw.body
  %392 = mul i64 %kw, 8
  %393 = add i64 %385, %392
  %394 = getelementptr inbounds float, float* %4, i64 %393
  %395 = bitcast float* %394 to <8 x float>*
  %396 = load <8 x float>, <8 x float>* %395, align 4
  %397 = mul i64 %388, 8
  %398 = add i64 %382, %397
  %399 = getelementptr inbounds float, float* %1, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  %401 = load <8 x float>, <8 x float>* %400, align 4
  %402 = load <8 x float>, <8 x float>* %9, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %401, <8 x float> %396, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %9, align 32
  br label %endif15

endif15:                                          ; preds = %then14, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header

kh.header17:                                      ; preds = %endif22, %kh.exit10
  %kh20 = phi i64 [ 0, %kh.exit10 ], [ %kh.next30, %endif22 ]
  %404 = icmp slt i64 %kh20, 3
  br i1 %404, label %kh.body18, label %kh.exit19

kh.body18:                                        ; preds = %kh.header17
  %405 = mul i64 %kh20, 1
  %406 = add i64 %34, %405
  %407 = icmp sge i64 %406, 0
  %408 = icmp slt i64 %406, 28
  %409 = and i1 %407, %408
  br i1 %409, label %then21, label %endif22

kh.exit19:                                        ; preds = %kh.header17
  %410 = add i64 %32, 216
  %411 = load <8 x float>, <8 x float>* %8, align 32
  %412 = fcmp olt <8 x float> %411, zeroinitializer
  %413 = select <8 x i1> %412, <8 x float> zeroinitializer, <8 x float> %411
  %414 = getelementptr inbounds float, float* %0, i64 %410
  %415 = bitcast float* %414 to <8 x float>*
  store <8 x float> %413, <8 x float>* %415, align 4
  %task.next = add i64 %task, 1
  br label %task.header

then21:                                           ; preds = %kh.body18
  %416 = mul i64 %406, 224
  %417 = add i64 %29, %416
  %418 = mul i64 %28, 3
  %419 = add i64 %418, %kh20
  %420 = mul i64 %419, 24
  br label %kw.header23

endif22:                                          ; preds = %kw.exit25, %kh.body18
  %kh.next30 = add i64 %kh20, 1
  br label %kh.header17

kw.header23:                                      ; preds = %endif28, %then21
  %kw26 = phi i64 [ 0, %then21 ], [ %kw.next29, %endif28 ]
  %421 = icmp slt i64 %kw26, 3
  br i1 %421, label %kw.body24, label %kw.exit25

kw.body24:                                        ; preds = %kw.header23
  %422 = mul i64 %kw26, 1
  %423 = add i64 26, %422
  %424 = icmp sge i64 %423, 0
  %425 = icmp slt i64 %423, 28
  %426 = and i1 %424, %425
  br i1 %426, label %then27, label %endif28

kw.exit25:                                        ; preds = %kw.header23
  br label %endif22

then27:                                           ; preds = %kw.body24
  %427 = mul i64 %kw26, 8
  %428 = add i64 %420, %427
  %429 = getelementptr inbounds float, float* %4, i64 %428
  %430 = bitcast float* %429 to <8 x float>*
  %431 = load <8 x float>, <8 x float>* %430, align 4
  %432 = mul i64 %423, 8
  %433 = add i64 %417, %432
  %434 = getelementptr inbounds float, float* %1, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  %436 = load <8 x float>, <8 x float>* %435, align 4
  %437 = load <8 x float>, <8 x float>* %8, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %436, <8 x float> %431, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %8, align 32
  br label %endif28

endif28:                                          ; preds = %then27, %kw.body24
  %kw.next29 = add i64 %kw26, 1
  br label %kw.header23
}

; Function Attrs: noinline nounwind
define internal void @node9.depthwiseConv2d_5.step0(i8* %0) #3 {
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
  %25 = add i64 896, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 896
  %32 = select i1 %31, i64 %30, i64 896
  call void @node9.depthwiseConv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %28 = icmp slt i64 %task, %7
  br i1 %28, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %29 = srem i64 %task, 16
  %30 = sdiv i64 %task, 16
  %31 = srem i64 %30, 7
  %32 = sdiv i64 %task, 112
  %33 = srem i64 %32, 1
  %34 = sdiv i64 %32, 1
  %35 = mul i64 %33, 32
  %36 = mul i64 %29, 2
  %37 = add i64 %35, %36
  %38 = mul i64 %31, 1
  %39 = mul i64 %38, 112
  %40 = mul i64 %31, 1
  %41 = mul i64 %33, 32
  %42 = mul i64 %29, 2
  %43 = add i64 %41, %42
  %44 = mul i64 %34, 32
  %45 = mul i64 %33, 32
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 6272
  %48 = mul i64 %43, 2048
  %49 = mul i64 %40, 896
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %50 = icmp slt i64 %x, 108
  br i1 %50, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %51 = add i64 %39, %x
  %52 = mul i64 %34, 32
  %53 = add i64 %52, %37
  %54 = add i64 %53, 0
  %55 = mul i64 %54, 6272
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
  %74 = mul i64 %34, 32
  %75 = add i64 %74, %37
  %76 = add i64 %75, 1
  %77 = mul i64 %76, 6272
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
  %106 = mul i64 %x, 8
  %107 = add i64 %49, %106
  %108 = add i64 %47, %107
  br label %u.header

x.exit:                                           ; preds = %x.header
  %109 = add i64 %39, 108
  %110 = mul i64 %34, 32
  %111 = add i64 %110, %37
  %112 = add i64 %111, 0
  %113 = mul i64 %112, 6272
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
  %126 = mul i64 %34, 32
  %127 = add i64 %126, %37
  %128 = add i64 %127, 1
  %129 = mul i64 %128, 6272
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
  %152 = add i64 %49, 864
  %153 = add i64 %47, %152
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %154 = icmp slt i64 %u, 32
  br i1 %154, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %155 = add i64 0, %u
  %156 = mul i64 %155, 6272
  %157 = add i64 %108, %156
  %158 = mul i64 %155, 64
  %159 = add i64 %48, %158
  %160 = add i64 %157, 0
  %161 = add i64 %160, 0
  %162 = add i64 %159, 0
  %163 = add i64 %162, 0
  %164 = getelementptr inbounds float, float* %4, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = add i64 %162, 2048
  %168 = getelementptr inbounds float, float* %4, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = add i64 %161, 0
  %172 = getelementptr inbounds float, float* %1, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %27, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %166, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %27, align 32
  %177 = load <8 x float>, <8 x float>* %21, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %170, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %21, align 32
  %179 = add i64 %161, 8
  %180 = getelementptr inbounds float, float* %1, i64 %179
  %181 = load float, float* %180, align 4
  %182 = insertelement <8 x float> undef, float %181, i32 0
  %splat1 = shufflevector <8 x float> %182, <8 x float> undef, <8 x i32> zeroinitializer
  %183 = load <8 x float>, <8 x float>* %26, align 32
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %166, <8 x float> %183)
  store <8 x float> %184, <8 x float>* %26, align 32
  %185 = load <8 x float>, <8 x float>* %20, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %170, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %20, align 32
  %187 = add i64 %161, 16
  %188 = getelementptr inbounds float, float* %1, i64 %187
  %189 = load float, float* %188, align 4
  %190 = insertelement <8 x float> undef, float %189, i32 0
  %splat2 = shufflevector <8 x float> %190, <8 x float> undef, <8 x i32> zeroinitializer
  %191 = load <8 x float>, <8 x float>* %25, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %166, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %25, align 32
  %193 = load <8 x float>, <8 x float>* %19, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %170, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %19, align 32
  %195 = add i64 %161, 24
  %196 = getelementptr inbounds float, float* %1, i64 %195
  %197 = load float, float* %196, align 4
  %198 = insertelement <8 x float> undef, float %197, i32 0
  %splat3 = shufflevector <8 x float> %198, <8 x float> undef, <8 x i32> zeroinitializer
  %199 = load <8 x float>, <8 x float>* %24, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %166, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %24, align 32
  %201 = load <8 x float>, <8 x float>* %18, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %170, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %18, align 32
  %203 = add i64 %161, 32
  %204 = getelementptr inbounds float, float* %1, i64 %203
  %205 = load float, float* %204, align 4
  %206 = insertelement <8 x float> undef, float %205, i32 0
  %splat4 = shufflevector <8 x float> %206, <8 x float> undef, <8 x i32> zeroinitializer
  %207 = load <8 x float>, <8 x float>* %23, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %166, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %23, align 32
  %209 = load <8 x float>, <8 x float>* %17, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %170, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %17, align 32
  %211 = add i64 %161, 40
  %212 = getelementptr inbounds float, float* %1, i64 %211
  %213 = load float, float* %212, align 4
  %214 = insertelement <8 x float> undef, float %213, i32 0
  %splat5 = shufflevector <8 x float> %214, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %22, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %166, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %22, align 32
  %217 = load <8 x float>, <8 x float>* %16, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %170, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %16, align 32
  %219 = add i64 %162, 8
  %220 = getelementptr inbounds float, float* %4, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  %222 = load <8 x float>, <8 x float>* %221, align 4
  %223 = add i64 %162, 2056
  %224 = getelementptr inbounds float, float* %4, i64 %223
  %225 = bitcast float* %224 to <8 x float>*
  %226 = load <8 x float>, <8 x float>* %225, align 4
  %227 = add i64 %161, 1
  %228 = getelementptr inbounds float, float* %1, i64 %227
  %229 = load float, float* %228, align 4
  %230 = insertelement <8 x float> undef, float %229, i32 0
  %splat6 = shufflevector <8 x float> %230, <8 x float> undef, <8 x i32> zeroinitializer
  %231 = load <8 x float>, <8 x float>* %27, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %222, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %27, align 32
  %233 = load <8 x float>, <8 x float>* %21, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %226, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %21, align 32
  %235 = add i64 %161, 9
  %236 = getelementptr inbounds float, float* %1, i64 %235
  %237 = load float, float* %236, align 4
  %238 = insertelement <8 x float> undef, float %237, i32 0
  %splat7 = shufflevector <8 x float> %238, <8 x float> undef, <8 x i32> zeroinitializer
  %239 = load <8 x float>, <8 x float>* %26, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %222, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %26, align 32
  %241 = load <8 x float>, <8 x float>* %20, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %226, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %20, align 32
  %243 = add i64 %161, 17
  %244 = getelementptr inbounds float, float* %1, i64 %243
  %245 = load float, float* %244, align 4
  %246 = insertelement <8 x float> undef, float %245, i32 0
  %splat8 = shufflevector <8 x float> %246, <8 x float> undef, <8 x i32> zeroinitializer
  %247 = load <8 x float>, <8 x float>* %25, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %222, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %25, align 32
  %249 = load <8 x float>, <8 x float>* %19, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %226, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %19, align 32
  %251 = add i64 %161, 25
  %252 = getelementptr inbounds float, float* %1, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat9 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %24, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %222, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %24, align 32
  %257 = load <8 x float>, <8 x float>* %18, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %226, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %18, align 32
  %259 = add i64 %161, 33
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = load float, float* %260, align 4
  %262 = insertelement <8 x float> undef, float %261, i32 0
  %splat10 = shufflevector <8 x float> %262, <8 x float> undef, <8 x i32> zeroinitializer
  %263 = load <8 x float>, <8 x float>* %23, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %222, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %23, align 32
  %265 = load <8 x float>, <8 x float>* %17, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %226, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %17, align 32
  %267 = add i64 %161, 41
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = load float, float* %268, align 4
  %270 = insertelement <8 x float> undef, float %269, i32 0
  %splat11 = shufflevector <8 x float> %270, <8 x float> undef, <8 x i32> zeroinitializer
  %271 = load <8 x float>, <8 x float>* %22, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %222, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %22, align 32
  %273 = load <8 x float>, <8 x float>* %16, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %226, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %16, align 32
  %275 = add i64 %162, 16
  %276 = getelementptr inbounds float, float* %4, i64 %275
  %277 = bitcast float* %276 to <8 x float>*
  %278 = load <8 x float>, <8 x float>* %277, align 4
  %279 = add i64 %162, 2064
  %280 = getelementptr inbounds float, float* %4, i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  %282 = load <8 x float>, <8 x float>* %281, align 4
  %283 = add i64 %161, 2
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat12 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %27, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %278, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %27, align 32
  %289 = load <8 x float>, <8 x float>* %21, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %282, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %21, align 32
  %291 = add i64 %161, 10
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = load float, float* %292, align 4
  %294 = insertelement <8 x float> undef, float %293, i32 0
  %splat13 = shufflevector <8 x float> %294, <8 x float> undef, <8 x i32> zeroinitializer
  %295 = load <8 x float>, <8 x float>* %26, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %278, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %26, align 32
  %297 = load <8 x float>, <8 x float>* %20, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %282, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %20, align 32
  %299 = add i64 %161, 18
  %300 = getelementptr inbounds float, float* %1, i64 %299
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> undef, float %301, i32 0
  %splat14 = shufflevector <8 x float> %302, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = load <8 x float>, <8 x float>* %25, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %278, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %25, align 32
  %305 = load <8 x float>, <8 x float>* %19, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %282, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %19, align 32
  %307 = add i64 %161, 26
  %308 = getelementptr inbounds float, float* %1, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat15 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %24, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %278, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %24, align 32
  %313 = load <8 x float>, <8 x float>* %18, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %282, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %18, align 32
  %315 = add i64 %161, 34
  %316 = getelementptr inbounds float, float* %1, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> undef, float %317, i32 0
  %splat16 = shufflevector <8 x float> %318, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = load <8 x float>, <8 x float>* %23, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %278, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %23, align 32
  %321 = load <8 x float>, <8 x float>* %17, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %282, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %17, align 32
  %323 = add i64 %161, 42
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat17 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %22, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %278, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %22, align 32
  %329 = load <8 x float>, <8 x float>* %16, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %282, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %16, align 32
  %331 = add i64 %162, 24
  %332 = getelementptr inbounds float, float* %4, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = add i64 %162, 2072
  %336 = getelementptr inbounds float, float* %4, i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  %338 = load <8 x float>, <8 x float>* %337, align 4
  %339 = add i64 %161, 3
  %340 = getelementptr inbounds float, float* %1, i64 %339
  %341 = load float, float* %340, align 4
  %342 = insertelement <8 x float> undef, float %341, i32 0
  %splat18 = shufflevector <8 x float> %342, <8 x float> undef, <8 x i32> zeroinitializer
  %343 = load <8 x float>, <8 x float>* %27, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %334, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %27, align 32
  %345 = load <8 x float>, <8 x float>* %21, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %338, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %21, align 32
  %347 = add i64 %161, 11
  %348 = getelementptr inbounds float, float* %1, i64 %347
  %349 = load float, float* %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i32 0
  %splat19 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = load <8 x float>, <8 x float>* %26, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %334, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %26, align 32
  %353 = load <8 x float>, <8 x float>* %20, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %338, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %20, align 32
  %355 = add i64 %161, 19
  %356 = getelementptr inbounds float, float* %1, i64 %355
  %357 = load float, float* %356, align 4
  %358 = insertelement <8 x float> undef, float %357, i32 0
  %splat20 = shufflevector <8 x float> %358, <8 x float> undef, <8 x i32> zeroinitializer
  %359 = load <8 x float>, <8 x float>* %25, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %334, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %25, align 32
  %361 = load <8 x float>, <8 x float>* %19, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %338, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %19, align 32
  %363 = add i64 %161, 27
  %364 = getelementptr inbounds float, float* %1, i64 %363
  %365 = load float, float* %364, align 4
  %366 = insertelement <8 x float> undef, float %365, i32 0
  %splat21 = shufflevector <8 x float> %366, <8 x float> undef, <8 x i32> zeroinitializer
  %367 = load <8 x float>, <8 x float>* %24, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %334, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %24, align 32
  %369 = load <8 x float>, <8 x float>* %18, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %338, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %18, align 32
  %371 = add i64 %161, 35
  %372 = getelementptr inbounds float, float* %1, i64 %371
  %373 = load float, float* %372, align 4
  %374 = insertelement <8 x float> undef, float %373, i32 0
  %splat22 = shufflevector <8 x float> %374, <8 x float> undef, <8 x i32> zeroinitializer
  %375 = load <8 x float>, <8 x float>* %23, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %334, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %23, align 32
  %377 = load <8 x float>, <8 x float>* %17, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %338, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %17, align 32
  %379 = add i64 %161, 43
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat23 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %22, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %334, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %22, align 32
  %385 = load <8 x float>, <8 x float>* %16, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %338, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %16, align 32
  %387 = add i64 %162, 32
  %388 = getelementptr inbounds float, float* %4, i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = add i64 %162, 2080
  %392 = getelementptr inbounds float, float* %4, i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  %394 = load <8 x float>, <8 x float>* %393, align 4
  %395 = add i64 %161, 4
  %396 = getelementptr inbounds float, float* %1, i64 %395
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i32 0
  %splat24 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, <8 x float>* %27, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %390, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %27, align 32
  %401 = load <8 x float>, <8 x float>* %21, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %394, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %21, align 32
  %403 = add i64 %161, 12
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat25 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %26, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %390, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %26, align 32
  %409 = load <8 x float>, <8 x float>* %20, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %394, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %20, align 32
  %411 = add i64 %161, 20
  %412 = getelementptr inbounds float, float* %1, i64 %411
  %413 = load float, float* %412, align 4
  %414 = insertelement <8 x float> undef, float %413, i32 0
  %splat26 = shufflevector <8 x float> %414, <8 x float> undef, <8 x i32> zeroinitializer
  %415 = load <8 x float>, <8 x float>* %25, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %390, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %25, align 32
  %417 = load <8 x float>, <8 x float>* %19, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %394, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %19, align 32
  %419 = add i64 %161, 28
  %420 = getelementptr inbounds float, float* %1, i64 %419
  %421 = load float, float* %420, align 4
  %422 = insertelement <8 x float> undef, float %421, i32 0
  %splat27 = shufflevector <8 x float> %422, <8 x float> undef, <8 x i32> zeroinitializer
  %423 = load <8 x float>, <8 x float>* %24, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %390, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %24, align 32
  %425 = load <8 x float>, <8 x float>* %18, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %394, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %18, align 32
  %427 = add i64 %161, 36
  %428 = getelementptr inbounds float, float* %1, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat28 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %23, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %390, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %23, align 32
  %433 = load <8 x float>, <8 x float>* %17, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %394, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %17, align 32
  %435 = add i64 %161, 44
  %436 = getelementptr inbounds float, float* %1, i64 %435
  %437 = load float, float* %436, align 4
  %438 = insertelement <8 x float> undef, float %437, i32 0
  %splat29 = shufflevector <8 x float> %438, <8 x float> undef, <8 x i32> zeroinitializer
  %439 = load <8 x float>, <8 x float>* %22, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %390, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %22, align 32
  %441 = load <8 x float>, <8 x float>* %16, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %394, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %16, align 32
  %443 = add i64 %162, 40
  %444 = getelementptr inbounds float, float* %4, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  %446 = load <8 x float>, <8 x float>* %445, align 4
  %447 = add i64 %162, 2088
  %448 = getelementptr inbounds float, float* %4, i64 %447
  %449 = bitcast float* %448 to <8 x float>*
  %450 = load <8 x float>, <8 x float>* %449, align 4
  %451 = add i64 %161, 5
  %452 = getelementptr inbounds float, float* %1, i64 %451
  %453 = load float, float* %452, align 4
  %454 = insertelement <8 x float> undef, float %453, i32 0
  %splat30 = shufflevector <8 x float> %454, <8 x float> undef, <8 x i32> zeroinitializer
  %455 = load <8 x float>, <8 x float>* %27, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %446, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %27, align 32
  %457 = load <8 x float>, <8 x float>* %21, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %450, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %21, align 32
  %459 = add i64 %161, 13
  %460 = getelementptr inbounds float, float* %1, i64 %459
  %461 = load float, float* %460, align 4
  %462 = insertelement <8 x float> undef, float %461, i32 0
  %splat31 = shufflevector <8 x float> %462, <8 x float> undef, <8 x i32> zeroinitializer
  %463 = load <8 x float>, <8 x float>* %26, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %446, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %26, align 32
  %465 = load <8 x float>, <8 x float>* %20, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %450, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %20, align 32
  %467 = add i64 %161, 21
  %468 = getelementptr inbounds float, float* %1, i64 %467
  %469 = load float, float* %468, align 4
  %470 = insertelement <8 x float> undef, float %469, i32 0
  %splat32 = shufflevector <8 x float> %470, <8 x float> undef, <8 x i32> zeroinitializer
  %471 = load <8 x float>, <8 x float>* %25, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %446, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %25, align 32
  %473 = load <8 x float>, <8 x float>* %19, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %450, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %19, align 32
  %475 = add i64 %161, 29
  %476 = getelementptr inbounds float, float* %1, i64 %475
  %477 = load float, float* %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %splat33 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = load <8 x float>, <8 x float>* %24, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %446, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %24, align 32
  %481 = load <8 x float>, <8 x float>* %18, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %450, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %18, align 32
  %483 = add i64 %161, 37
  %484 = getelementptr inbounds float, float* %1, i64 %483
  %485 = load float, float* %484, align 4
  %486 = insertelement <8 x float> undef, float %485, i32 0
  %splat34 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %487 = load <8 x float>, <8 x float>* %23, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %446, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %23, align 32
  %489 = load <8 x float>, <8 x float>* %17, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %450, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %17, align 32
  %491 = add i64 %161, 45
  %492 = getelementptr inbounds float, float* %1, i64 %491
  %493 = load float, float* %492, align 4
  %494 = insertelement <8 x float> undef, float %493, i32 0
  %splat35 = shufflevector <8 x float> %494, <8 x float> undef, <8 x i32> zeroinitializer
  %495 = load <8 x float>, <8 x float>* %22, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %446, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %22, align 32
  %497 = load <8 x float>, <8 x float>* %16, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %450, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %16, align 32
  %499 = add i64 %162, 48
  %500 = getelementptr inbounds float, float* %4, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  %502 = load <8 x float>, <8 x float>* %501, align 4
  %503 = add i64 %162, 2096
  %504 = getelementptr inbounds float, float* %4, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  %506 = load <8 x float>, <8 x float>* %505, align 4
  %507 = add i64 %161, 6
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat36 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %27, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %502, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %27, align 32
  %513 = load <8 x float>, <8 x float>* %21, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %506, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %21, align 32
  %515 = add i64 %161, 14
  %516 = getelementptr inbounds float, float* %1, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat37 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %26, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %502, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %26, align 32
  %521 = load <8 x float>, <8 x float>* %20, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %506, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %20, align 32
  %523 = add i64 %161, 22
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat38 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %25, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %502, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %25, align 32
  %529 = load <8 x float>, <8 x float>* %19, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %506, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %19, align 32
  %531 = add i64 %161, 30
  %532 = getelementptr inbounds float, float* %1, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat39 = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %24, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %502, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %24, align 32
  %537 = load <8 x float>, <8 x float>* %18, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %506, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %18, align 32
  %539 = add i64 %161, 38
  %540 = getelementptr inbounds float, float* %1, i64 %539
  %541 = load float, float* %540, align 4
  %542 = insertelement <8 x float> undef, float %541, i32 0
  %splat40 = shufflevector <8 x float> %542, <8 x float> undef, <8 x i32> zeroinitializer
  %543 = load <8 x float>, <8 x float>* %23, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %502, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %23, align 32
  %545 = load <8 x float>, <8 x float>* %17, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %506, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %17, align 32
  %547 = add i64 %161, 46
  %548 = getelementptr inbounds float, float* %1, i64 %547
  %549 = load float, float* %548, align 4
  %550 = insertelement <8 x float> undef, float %549, i32 0
  %splat41 = shufflevector <8 x float> %550, <8 x float> undef, <8 x i32> zeroinitializer
  %551 = load <8 x float>, <8 x float>* %22, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %502, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %22, align 32
  %553 = load <8 x float>, <8 x float>* %16, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %506, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %16, align 32
  %555 = add i64 %162, 56
  %556 = getelementptr inbounds float, float* %4, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  %559 = add i64 %162, 2104
  %560 = getelementptr inbounds float, float* %4, i64 %559
  %561 = bitcast float* %560 to <8 x float>*
  %562 = load <8 x float>, <8 x float>* %561, align 4
  %563 = add i64 %161, 7
  %564 = getelementptr inbounds float, float* %1, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat42 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %27, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %558, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %27, align 32
  %569 = load <8 x float>, <8 x float>* %21, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %562, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %21, align 32
  %571 = add i64 %161, 15
  %572 = getelementptr inbounds float, float* %1, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat43 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %26, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %558, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %26, align 32
  %577 = load <8 x float>, <8 x float>* %20, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %562, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %20, align 32
  %579 = add i64 %161, 23
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat44 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %25, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %558, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %25, align 32
  %585 = load <8 x float>, <8 x float>* %19, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %562, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %19, align 32
  %587 = add i64 %161, 31
  %588 = getelementptr inbounds float, float* %1, i64 %587
  %589 = load float, float* %588, align 4
  %590 = insertelement <8 x float> undef, float %589, i32 0
  %splat45 = shufflevector <8 x float> %590, <8 x float> undef, <8 x i32> zeroinitializer
  %591 = load <8 x float>, <8 x float>* %24, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %558, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %24, align 32
  %593 = load <8 x float>, <8 x float>* %18, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %562, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %18, align 32
  %595 = add i64 %161, 39
  %596 = getelementptr inbounds float, float* %1, i64 %595
  %597 = load float, float* %596, align 4
  %598 = insertelement <8 x float> undef, float %597, i32 0
  %splat46 = shufflevector <8 x float> %598, <8 x float> undef, <8 x i32> zeroinitializer
  %599 = load <8 x float>, <8 x float>* %23, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %558, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %23, align 32
  %601 = load <8 x float>, <8 x float>* %17, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %562, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %17, align 32
  %603 = add i64 %161, 47
  %604 = getelementptr inbounds float, float* %1, i64 %603
  %605 = load float, float* %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %splat47 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, <8 x float>* %22, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %558, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %22, align 32
  %609 = load <8 x float>, <8 x float>* %16, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %562, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %16, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %611 = load <8 x float>, <8 x float>* %27, align 32
  %612 = fcmp olt <8 x float> %611, zeroinitializer
  %613 = select <8 x i1> %612, <8 x float> zeroinitializer, <8 x float> %611
  %614 = getelementptr inbounds float, float* %0, i64 %58
  %615 = bitcast float* %614 to <8 x float>*
  store <8 x float> %613, <8 x float>* %615, align 4
  %616 = load <8 x float>, <8 x float>* %26, align 32
  %617 = fcmp olt <8 x float> %616, zeroinitializer
  %618 = select <8 x i1> %617, <8 x float> zeroinitializer, <8 x float> %616
  %619 = getelementptr inbounds float, float* %0, i64 %61
  %620 = bitcast float* %619 to <8 x float>*
  store <8 x float> %618, <8 x float>* %620, align 4
  %621 = load <8 x float>, <8 x float>* %25, align 32
  %622 = fcmp olt <8 x float> %621, zeroinitializer
  %623 = select <8 x i1> %622, <8 x float> zeroinitializer, <8 x float> %621
  %624 = getelementptr inbounds float, float* %0, i64 %64
  %625 = bitcast float* %624 to <8 x float>*
  store <8 x float> %623, <8 x float>* %625, align 4
  %626 = load <8 x float>, <8 x float>* %24, align 32
  %627 = fcmp olt <8 x float> %626, zeroinitializer
  %628 = select <8 x i1> %627, <8 x float> zeroinitializer, <8 x float> %626
  %629 = getelementptr inbounds float, float* %0, i64 %67
  %630 = bitcast float* %629 to <8 x float>*
  store <8 x float> %628, <8 x float>* %630, align 4
  %631 = load <8 x float>, <8 x float>* %23, align 32
  %632 = fcmp olt <8 x float> %631, zeroinitializer
  %633 = select <8 x i1> %632, <8 x float> zeroinitializer, <8 x float> %631
  %634 = getelementptr inbounds float, float* %0, i64 %70
  %635 = bitcast float* %634 to <8 x float>*
  store <8 x float> %633, <8 x float>* %635, align 4
  %636 = load <8 x float>, <8 x float>* %22, align 32
  %637 = fcmp olt <8 x float> %636, zeroinitializer
  %638 = select <8 x i1> %637, <8 x float> zeroinitializer, <8 x float> %636
  %639 = getelementptr inbounds float, float* %0, i64 %73
  %640 = bitcast float* %639 to <8 x float>*
  store <8 x float> %638, <8 x float>* %640, align 4
  %641 = load <8 x float>, <8 x float>* %21, align 32
  %642 = fcmp olt <8 x float> %641, zeroinitializer
  %643 = select <8 x i1> %642, <8 x float> zeroinitializer, <8 x float> %641
  %644 = getelementptr inbounds float, float* %0, i64 %80
  %645 = bitcast float* %644 to <8 x float>*
  store <8 x float> %643, <8 x float>* %645, align 4
  %646 = load <8 x float>, <8 x float>* %20, align 32
  %647 = fcmp olt <8 x float> %646, zeroinitializer
  %648 = select <8 x i1> %647, <8 x float> zeroinitializer, <8 x float> %646
  %649 = getelementptr inbounds float, float* %0, i64 %83
  %650 = bitcast float* %649 to <8 x float>*
  store <8 x float> %648, <8 x float>* %650, align 4
  %651 = load <8 x float>, <8 x float>* %19, align 32
  %652 = fcmp olt <8 x float> %651, zeroinitializer
  %653 = select <8 x i1> %652, <8 x float> zeroinitializer, <8 x float> %651
  %654 = getelementptr inbounds float, float* %0, i64 %86
  %655 = bitcast float* %654 to <8 x float>*
  store <8 x float> %653, <8 x float>* %655, align 4
  %656 = load <8 x float>, <8 x float>* %18, align 32
  %657 = fcmp olt <8 x float> %656, zeroinitializer
  %658 = select <8 x i1> %657, <8 x float> zeroinitializer, <8 x float> %656
  %659 = getelementptr inbounds float, float* %0, i64 %89
  %660 = bitcast float* %659 to <8 x float>*
  store <8 x float> %658, <8 x float>* %660, align 4
  %661 = load <8 x float>, <8 x float>* %17, align 32
  %662 = fcmp olt <8 x float> %661, zeroinitializer
  %663 = select <8 x i1> %662, <8 x float> zeroinitializer, <8 x float> %661
  %664 = getelementptr inbounds float, float* %0, i64 %92
  %665 = bitcast float* %664 to <8 x float>*
  store <8 x float> %663, <8 x float>* %665, align 4
  %666 = load <8 x float>, <8 x float>* %16, align 32
  %667 = fcmp olt <8 x float> %666, zeroinitializer
  %668 = select <8 x i1> %667, <8 x float> zeroinitializer, <8 x float> %666
  %669 = getelementptr inbounds float, float* %0, i64 %95
  %670 = bitcast float* %669 to <8 x float>*
  store <8 x float> %668, <8 x float>* %670, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next84, %u.body49 ]
  %671 = icmp slt i64 %u51, 32
  br i1 %671, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %672 = add i64 0, %u51
  %673 = mul i64 %672, 6272
  %674 = add i64 %153, %673
  %675 = mul i64 %672, 64
  %676 = add i64 %48, %675
  %677 = add i64 %674, 0
  %678 = add i64 %677, 0
  %679 = add i64 %676, 0
  %680 = add i64 %679, 0
  %681 = getelementptr inbounds float, float* %4, i64 %680
  %682 = bitcast float* %681 to <8 x float>*
  %683 = load <8 x float>, <8 x float>* %682, align 4
  %684 = add i64 %679, 2048
  %685 = getelementptr inbounds float, float* %4, i64 %684
  %686 = bitcast float* %685 to <8 x float>*
  %687 = load <8 x float>, <8 x float>* %686, align 4
  %688 = add i64 %678, 0
  %689 = getelementptr inbounds float, float* %1, i64 %688
  %690 = load float, float* %689, align 4
  %691 = insertelement <8 x float> undef, float %690, i32 0
  %splat52 = shufflevector <8 x float> %691, <8 x float> undef, <8 x i32> zeroinitializer
  %692 = load <8 x float>, <8 x float>* %15, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %683, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %15, align 32
  %694 = load <8 x float>, <8 x float>* %11, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %687, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %11, align 32
  %696 = add i64 %678, 8
  %697 = getelementptr inbounds float, float* %1, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat53 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %14, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %683, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %14, align 32
  %702 = load <8 x float>, <8 x float>* %10, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %687, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %10, align 32
  %704 = add i64 %678, 16
  %705 = getelementptr inbounds float, float* %1, i64 %704
  %706 = load float, float* %705, align 4
  %707 = insertelement <8 x float> undef, float %706, i32 0
  %splat54 = shufflevector <8 x float> %707, <8 x float> undef, <8 x i32> zeroinitializer
  %708 = load <8 x float>, <8 x float>* %13, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %683, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %13, align 32
  %710 = load <8 x float>, <8 x float>* %9, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %687, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %9, align 32
  %712 = add i64 %678, 24
  %713 = getelementptr inbounds float, float* %1, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat55 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %12, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %683, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %12, align 32
  %718 = load <8 x float>, <8 x float>* %8, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %687, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %8, align 32
  %720 = add i64 %679, 8
  %721 = getelementptr inbounds float, float* %4, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = add i64 %679, 2056
  %725 = getelementptr inbounds float, float* %4, i64 %724
  %726 = bitcast float* %725 to <8 x float>*
  %727 = load <8 x float>, <8 x float>* %726, align 4
  %728 = add i64 %678, 1
  %729 = getelementptr inbounds float, float* %1, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat56 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %15, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %723, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %15, align 32
  %734 = load <8 x float>, <8 x float>* %11, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %727, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %11, align 32
  %736 = add i64 %678, 9
  %737 = getelementptr inbounds float, float* %1, i64 %736
  %738 = load float, float* %737, align 4
  %739 = insertelement <8 x float> undef, float %738, i32 0
  %splat57 = shufflevector <8 x float> %739, <8 x float> undef, <8 x i32> zeroinitializer
  %740 = load <8 x float>, <8 x float>* %14, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %723, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %14, align 32
  %742 = load <8 x float>, <8 x float>* %10, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %727, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %10, align 32
  %744 = add i64 %678, 17
  %745 = getelementptr inbounds float, float* %1, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat58 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %13, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %723, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %13, align 32
  %750 = load <8 x float>, <8 x float>* %9, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %727, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %9, align 32
  %752 = add i64 %678, 25
  %753 = getelementptr inbounds float, float* %1, i64 %752
  %754 = load float, float* %753, align 4
  %755 = insertelement <8 x float> undef, float %754, i32 0
  %splat59 = shufflevector <8 x float> %755, <8 x float> undef, <8 x i32> zeroinitializer
  %756 = load <8 x float>, <8 x float>* %12, align 32
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %723, <8 x float> %756)
  store <8 x float> %757, <8 x float>* %12, align 32
  %758 = load <8 x float>, <8 x float>* %8, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %727, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %8, align 32
  %760 = add i64 %679, 16
  %761 = getelementptr inbounds float, float* %4, i64 %760
  %762 = bitcast float* %761 to <8 x float>*
  %763 = load <8 x float>, <8 x float>* %762, align 4
  %764 = add i64 %679, 2064
  %765 = getelementptr inbounds float, float* %4, i64 %764
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  %768 = add i64 %678, 2
  %769 = getelementptr inbounds float, float* %1, i64 %768
  %770 = load float, float* %769, align 4
  %771 = insertelement <8 x float> undef, float %770, i32 0
  %splat60 = shufflevector <8 x float> %771, <8 x float> undef, <8 x i32> zeroinitializer
  %772 = load <8 x float>, <8 x float>* %15, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %763, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %15, align 32
  %774 = load <8 x float>, <8 x float>* %11, align 32
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %767, <8 x float> %774)
  store <8 x float> %775, <8 x float>* %11, align 32
  %776 = add i64 %678, 10
  %777 = getelementptr inbounds float, float* %1, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat61 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %14, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %763, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %14, align 32
  %782 = load <8 x float>, <8 x float>* %10, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %767, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %10, align 32
  %784 = add i64 %678, 18
  %785 = getelementptr inbounds float, float* %1, i64 %784
  %786 = load float, float* %785, align 4
  %787 = insertelement <8 x float> undef, float %786, i32 0
  %splat62 = shufflevector <8 x float> %787, <8 x float> undef, <8 x i32> zeroinitializer
  %788 = load <8 x float>, <8 x float>* %13, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %763, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %13, align 32
  %790 = load <8 x float>, <8 x float>* %9, align 32
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %767, <8 x float> %790)
  store <8 x float> %791, <8 x float>* %9, align 32
  %792 = add i64 %678, 26
  %793 = getelementptr inbounds float, float* %1, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat63 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %12, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %763, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %12, align 32
  %798 = load <8 x float>, <8 x float>* %8, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %767, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %8, align 32
  %800 = add i64 %679, 24
  %801 = getelementptr inbounds float, float* %4, i64 %800
  %802 = bitcast float* %801 to <8 x float>*
  %803 = load <8 x float>, <8 x float>* %802, align 4
  %804 = add i64 %679, 2072
  %805 = getelementptr inbounds float, float* %4, i64 %804
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = add i64 %678, 3
  %809 = getelementptr inbounds float, float* %1, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat64 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %15, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %803, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %15, align 32
  %814 = load <8 x float>, <8 x float>* %11, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %807, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %11, align 32
  %816 = add i64 %678, 11
  %817 = getelementptr inbounds float, float* %1, i64 %816
  %818 = load float, float* %817, align 4
  %819 = insertelement <8 x float> undef, float %818, i32 0
  %splat65 = shufflevector <8 x float> %819, <8 x float> undef, <8 x i32> zeroinitializer
  %820 = load <8 x float>, <8 x float>* %14, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %803, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %14, align 32
  %822 = load <8 x float>, <8 x float>* %10, align 32
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %807, <8 x float> %822)
  store <8 x float> %823, <8 x float>* %10, align 32
  %824 = add i64 %678, 19
  %825 = getelementptr inbounds float, float* %1, i64 %824
  %826 = load float, float* %825, align 4
  %827 = insertelement <8 x float> undef, float %826, i32 0
  %splat66 = shufflevector <8 x float> %827, <8 x float> undef, <8 x i32> zeroinitializer
  %828 = load <8 x float>, <8 x float>* %13, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %803, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %13, align 32
  %830 = load <8 x float>, <8 x float>* %9, align 32
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %807, <8 x float> %830)
  store <8 x float> %831, <8 x float>* %9, align 32
  %832 = add i64 %678, 27
  %833 = getelementptr inbounds float, float* %1, i64 %832
  %834 = load float, float* %833, align 4
  %835 = insertelement <8 x float> undef, float %834, i32 0
  %splat67 = shufflevector <8 x float> %835, <8 x float> undef, <8 x i32> zeroinitializer
  %836 = load <8 x float>, <8 x float>* %12, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %803, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %12, align 32
  %838 = load <8 x float>, <8 x float>* %8, align 32
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %807, <8 x float> %838)
  store <8 x float> %839, <8 x float>* %8, align 32
  %840 = add i64 %679, 32
  %841 = getelementptr inbounds float, float* %4, i64 %840
  %842 = bitcast float* %841 to <8 x float>*
  %843 = load <8 x float>, <8 x float>* %842, align 4
  %844 = add i64 %679, 2080
  %845 = getelementptr inbounds float, float* %4, i64 %844
  %846 = bitcast float* %845 to <8 x float>*
  %847 = load <8 x float>, <8 x float>* %846, align 4
  %848 = add i64 %678, 4
  %849 = getelementptr inbounds float, float* %1, i64 %848
  %850 = load float, float* %849, align 4
  %851 = insertelement <8 x float> undef, float %850, i32 0
  %splat68 = shufflevector <8 x float> %851, <8 x float> undef, <8 x i32> zeroinitializer
  %852 = load <8 x float>, <8 x float>* %15, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %843, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %15, align 32
  %854 = load <8 x float>, <8 x float>* %11, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %847, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %11, align 32
  %856 = add i64 %678, 12
  %857 = getelementptr inbounds float, float* %1, i64 %856
  %858 = load float, float* %857, align 4
  %859 = insertelement <8 x float> undef, float %858, i32 0
  %splat69 = shufflevector <8 x float> %859, <8 x float> undef, <8 x i32> zeroinitializer
  %860 = load <8 x float>, <8 x float>* %14, align 32
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %843, <8 x float> %860)
  store <8 x float> %861, <8 x float>* %14, align 32
  %862 = load <8 x float>, <8 x float>* %10, align 32
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %847, <8 x float> %862)
  store <8 x float> %863, <8 x float>* %10, align 32
  %864 = add i64 %678, 20
  %865 = getelementptr inbounds float, float* %1, i64 %864
  %866 = load float, float* %865, align 4
  %867 = insertelement <8 x float> undef, float %866, i32 0
  %splat70 = shufflevector <8 x float> %867, <8 x float> undef, <8 x i32> zeroinitializer
  %868 = load <8 x float>, <8 x float>* %13, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %843, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %13, align 32
  %870 = load <8 x float>, <8 x float>* %9, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %847, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %9, align 32
  %872 = add i64 %678, 28
  %873 = getelementptr inbounds float, float* %1, i64 %872
  %874 = load float, float* %873, align 4
  %875 = insertelement <8 x float> undef, float %874, i32 0
  %splat71 = shufflevector <8 x float> %875, <8 x float> undef, <8 x i32> zeroinitializer
  %876 = load <8 x float>, <8 x float>* %12, align 32
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %843, <8 x float> %876)
  store <8 x float> %877, <8 x float>* %12, align 32
  %878 = load <8 x float>, <8 x float>* %8, align 32
  %879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %847, <8 x float> %878)
  store <8 x float> %879, <8 x float>* %8, align 32
  %880 = add i64 %679, 40
  %881 = getelementptr inbounds float, float* %4, i64 %880
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = add i64 %679, 2088
  %885 = getelementptr inbounds float, float* %4, i64 %884
  %886 = bitcast float* %885 to <8 x float>*
  %887 = load <8 x float>, <8 x float>* %886, align 4
  %888 = add i64 %678, 5
  %889 = getelementptr inbounds float, float* %1, i64 %888
  %890 = load float, float* %889, align 4
  %891 = insertelement <8 x float> undef, float %890, i32 0
  %splat72 = shufflevector <8 x float> %891, <8 x float> undef, <8 x i32> zeroinitializer
  %892 = load <8 x float>, <8 x float>* %15, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %883, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %15, align 32
  %894 = load <8 x float>, <8 x float>* %11, align 32
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %887, <8 x float> %894)
  store <8 x float> %895, <8 x float>* %11, align 32
  %896 = add i64 %678, 13
  %897 = getelementptr inbounds float, float* %1, i64 %896
  %898 = load float, float* %897, align 4
  %899 = insertelement <8 x float> undef, float %898, i32 0
  %splat73 = shufflevector <8 x float> %899, <8 x float> undef, <8 x i32> zeroinitializer
  %900 = load <8 x float>, <8 x float>* %14, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %883, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %14, align 32
  %902 = load <8 x float>, <8 x float>* %10, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %887, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %10, align 32
  %904 = add i64 %678, 21
  %905 = getelementptr inbounds float, float* %1, i64 %904
  %906 = load float, float* %905, align 4
  %907 = insertelement <8 x float> undef, float %906, i32 0
  %splat74 = shufflevector <8 x float> %907, <8 x float> undef, <8 x i32> zeroinitializer
  %908 = load <8 x float>, <8 x float>* %13, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %883, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %13, align 32
  %910 = load <8 x float>, <8 x float>* %9, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %887, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %9, align 32
  %912 = add i64 %678, 29
  %913 = getelementptr inbounds float, float* %1, i64 %912
  %914 = load float, float* %913, align 4
  %915 = insertelement <8 x float> undef, float %914, i32 0
  %splat75 = shufflevector <8 x float> %915, <8 x float> undef, <8 x i32> zeroinitializer
  %916 = load <8 x float>, <8 x float>* %12, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %883, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %12, align 32
  %918 = load <8 x float>, <8 x float>* %8, align 32
  %919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %887, <8 x float> %918)
  store <8 x float> %919, <8 x float>* %8, align 32
  %920 = add i64 %679, 48
  %921 = getelementptr inbounds float, float* %4, i64 %920
  %922 = bitcast float* %921 to <8 x float>*
  %923 = load <8 x float>, <8 x float>* %922, align 4
  %924 = add i64 %679, 2096
  %925 = getelementptr inbounds float, float* %4, i64 %924
  %926 = bitcast float* %925 to <8 x float>*
  %927 = load <8 x float>, <8 x float>* %926, align 4
  %928 = add i64 %678, 6
  %929 = getelementptr inbounds float, float* %1, i64 %928
  %930 = load float, float* %929, align 4
  %931 = insertelement <8 x float> undef, float %930, i32 0
  %splat76 = shufflevector <8 x float> %931, <8 x float> undef, <8 x i32> zeroinitializer
  %932 = load <8 x float>, <8 x float>* %15, align 32
  %933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %923, <8 x float> %932)
  store <8 x float> %933, <8 x float>* %15, align 32
  %934 = load <8 x float>, <8 x float>* %11, align 32
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %927, <8 x float> %934)
  store <8 x float> %935, <8 x float>* %11, align 32
  %936 = add i64 %678, 14
  %937 = getelementptr inbounds float, float* %1, i64 %936
  %938 = load float, float* %937, align 4
  %939 = insertelement <8 x float> undef, float %938, i32 0
  %splat77 = shufflevector <8 x float> %939, <8 x float> undef, <8 x i32> zeroinitializer
  %940 = load <8 x float>, <8 x float>* %14, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %923, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %14, align 32
  %942 = load <8 x float>, <8 x float>* %10, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %927, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %10, align 32
  %944 = add i64 %678, 22
  %945 = getelementptr inbounds float, float* %1, i64 %944
  %946 = load float, float* %945, align 4
  %947 = insertelement <8 x float> undef, float %946, i32 0
  %splat78 = shufflevector <8 x float> %947, <8 x float> undef, <8 x i32> zeroinitializer
  %948 = load <8 x float>, <8 x float>* %13, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %923, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %13, align 32
  %950 = load <8 x float>, <8 x float>* %9, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %927, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %9, align 32
  %952 = add i64 %678, 30
  %953 = getelementptr inbounds float, float* %1, i64 %952
  %954 = load float, float* %953, align 4
  %955 = insertelement <8 x float> undef, float %954, i32 0
  %splat79 = shufflevector <8 x float> %955, <8 x float> undef, <8 x i32> zeroinitializer
  %956 = load <8 x float>, <8 x float>* %12, align 32
  %957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %923, <8 x float> %956)
  store <8 x float> %957, <8 x float>* %12, align 32
  %958 = load <8 x float>, <8 x float>* %8, align 32
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %927, <8 x float> %958)
  store <8 x float> %959, <8 x float>* %8, align 32
  %960 = add i64 %679, 56
  %961 = getelementptr inbounds float, float* %4, i64 %960
  %962 = bitcast float* %961 to <8 x float>*
  %963 = load <8 x float>, <8 x float>* %962, align 4
  %964 = add i64 %679, 2104
  %965 = getelementptr inbounds float, float* %4, i64 %964
  %966 = bitcast float* %965 to <8 x float>*
  %967 = load <8 x float>, <8 x float>* %966, align 4
  %968 = add i64 %678, 7
  %969 = getelementptr inbounds float, float* %1, i64 %968
  %970 = load float, float* %969, align 4
  %971 = insertelement <8 x float> undef, float %970, i32 0
  %splat80 = shufflevector <8 x float> %971, <8 x float> undef, <8 x i32> zeroinitializer
  %972 = load <8 x float>, <8 x float>* %15, align 32
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %963, <8 x float> %972)
  store <8 x float> %973, <8 x float>* %15, align 32
  %974 = load <8 x float>, <8 x float>* %11, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %967, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %11, align 32
  %976 = add i64 %678, 15
  %977 = getelementptr inbounds float, float* %1, i64 %976
  %978 = load float, float* %977, align 4
  %979 = insertelement <8 x float> undef, float %978, i32 0
  %splat81 = shufflevector <8 x float> %979, <8 x float> undef, <8 x i32> zeroinitializer
  %980 = load <8 x float>, <8 x float>* %14, align 32
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %963, <8 x float> %980)
  store <8 x float> %981, <8 x float>* %14, align 32
  %982 = load <8 x float>, <8 x float>* %10, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %967, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %10, align 32
  %984 = add i64 %678, 23
  %985 = getelementptr inbounds float, float* %1, i64 %984
  %986 = load float, float* %985, align 4
  %987 = insertelement <8 x float> undef, float %986, i32 0
  %splat82 = shufflevector <8 x float> %987, <8 x float> undef, <8 x i32> zeroinitializer
  %988 = load <8 x float>, <8 x float>* %13, align 32
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %963, <8 x float> %988)
  store <8 x float> %989, <8 x float>* %13, align 32
  %990 = load <8 x float>, <8 x float>* %9, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %967, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %9, align 32
  %992 = add i64 %678, 31
  %993 = getelementptr inbounds float, float* %1, i64 %992
  %994 = load float, float* %993, align 4
  %995 = insertelement <8 x float> undef, float %994, i32 0
  %splat83 = shufflevector <8 x float> %995, <8 x float> undef, <8 x i32> zeroinitializer
  %996 = load <8 x float>, <8 x float>* %12, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %963, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %12, align 32
  %998 = load <8 x float>, <8 x float>* %8, align 32
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %967, <8 x float> %998)
  store <8 x float> %999, <8 x float>* %8, align 32
  %u.next84 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %1000 = load <8 x float>, <8 x float>* %15, align 32
  %1001 = fcmp olt <8 x float> %1000, zeroinitializer
  %1002 = select <8 x i1> %1001, <8 x float> zeroinitializer, <8 x float> %1000
  %1003 = getelementptr inbounds float, float* %0, i64 %116
  %1004 = bitcast float* %1003 to <8 x float>*
  store <8 x float> %1002, <8 x float>* %1004, align 4
  %1005 = load <8 x float>, <8 x float>* %14, align 32
  %1006 = fcmp olt <8 x float> %1005, zeroinitializer
  %1007 = select <8 x i1> %1006, <8 x float> zeroinitializer, <8 x float> %1005
  %1008 = getelementptr inbounds float, float* %0, i64 %119
  %1009 = bitcast float* %1008 to <8 x float>*
  store <8 x float> %1007, <8 x float>* %1009, align 4
  %1010 = load <8 x float>, <8 x float>* %13, align 32
  %1011 = fcmp olt <8 x float> %1010, zeroinitializer
  %1012 = select <8 x i1> %1011, <8 x float> zeroinitializer, <8 x float> %1010
  %1013 = getelementptr inbounds float, float* %0, i64 %122
  %1014 = bitcast float* %1013 to <8 x float>*
  store <8 x float> %1012, <8 x float>* %1014, align 4
  %1015 = load <8 x float>, <8 x float>* %12, align 32
  %1016 = fcmp olt <8 x float> %1015, zeroinitializer
  %1017 = select <8 x i1> %1016, <8 x float> zeroinitializer, <8 x float> %1015
  %1018 = getelementptr inbounds float, float* %0, i64 %125
  %1019 = bitcast float* %1018 to <8 x float>*
  store <8 x float> %1017, <8 x float>* %1019, align 4
  %1020 = load <8 x float>, <8 x float>* %11, align 32
  %1021 = fcmp olt <8 x float> %1020, zeroinitializer
  %1022 = select <8 x i1> %1021, <8 x float> zeroinitializer, <8 x float> %1020
  %1023 = getelementptr inbounds float, float* %0, i64 %132
  %1024 = bitcast float* %1023 to <8 x float>*
  store <8 x float> %1022, <8 x float>* %1024, align 4
  %1025 = load <8 x float>, <8 x float>* %10, align 32
  %1026 = fcmp olt <8 x float> %1025, zeroinitializer
  %1027 = select <8 x i1> %1026, <8 x float> zeroinitializer, <8 x float> %1025
  %1028 = getelementptr inbounds float, float* %0, i64 %135
  %1029 = bitcast float* %1028 to <8 x float>*
  store <8 x float> %1027, <8 x float>* %1029, align 4
  %1030 = load <8 x float>, <8 x float>* %9, align 32
  %1031 = fcmp olt <8 x float> %1030, zeroinitializer
  %1032 = select <8 x i1> %1031, <8 x float> zeroinitializer, <8 x float> %1030
  %1033 = getelementptr inbounds float, float* %0, i64 %138
  %1034 = bitcast float* %1033 to <8 x float>*
  store <8 x float> %1032, <8 x float>* %1034, align 4
  %1035 = load <8 x float>, <8 x float>* %8, align 32
  %1036 = fcmp olt <8 x float> %1035, zeroinitializer
  %1037 = select <8 x i1> %1036, <8 x float> zeroinitializer, <8 x float> %1035
  %1038 = getelementptr inbounds float, float* %0, i64 %141
  %1039 = bitcast float* %1038 to <8 x float>*
  store <8 x float> %1037, <8 x float>* %1039, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node10.conv2d_6.step0(i8* %0) #3 {
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
  %25 = add i64 112, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 112
  %29 = select i1 %28, i64 %27, i64 112
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 112
  %32 = select i1 %31, i64 %30, i64 112
  call void @node10.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.depthwiseConv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %kh.exit10, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %kh.exit10 ]
  %22 = icmp slt i64 %task, %7
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 14
  %24 = sdiv i64 %task, 14
  %25 = srem i64 %24, 32
  %26 = mul i64 %24, 6272
  %27 = mul i64 %24, 14
  %28 = add i64 %27, %23
  %29 = mul i64 %28, 112
  %30 = mul i64 %23, 2
  %31 = sub i64 %30, 1
  %32 = mul i64 %25, 8
  %33 = getelementptr inbounds float, float* %5, i64 %32
  %34 = bitcast float* %33 to <8 x float>*
  %35 = load <8 x float>, <8 x float>* %34, align 4
  store <8 x float> %35, <8 x float>* %21, align 32
  store <8 x float> %35, <8 x float>* %20, align 32
  store <8 x float> %35, <8 x float>* %19, align 32
  store <8 x float> %35, <8 x float>* %18, align 32
  store <8 x float> %35, <8 x float>* %17, align 32
  store <8 x float> %35, <8 x float>* %16, align 32
  store <8 x float> %35, <8 x float>* %15, align 32
  store <8 x float> %35, <8 x float>* %14, align 32
  store <8 x float> %35, <8 x float>* %13, align 32
  store <8 x float> %35, <8 x float>* %12, align 32
  store <8 x float> %35, <8 x float>* %11, align 32
  br label %kh.header

task.exit:                                        ; preds = %task.header
  ret void

kh.header:                                        ; preds = %endif, %task.body
  %kh = phi i64 [ 0, %task.body ], [ %kh.next, %endif ]
  %36 = icmp slt i64 %kh, 3
  br i1 %36, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %37 = mul i64 %kh, 1
  %38 = add i64 %31, %37
  %39 = icmp sge i64 %38, 0
  %40 = icmp slt i64 %38, 28
  %41 = and i1 %39, %40
  br i1 %41, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %42 = add i64 %29, 8
  %43 = load <8 x float>, <8 x float>* %21, align 32
  %44 = fcmp olt <8 x float> %43, zeroinitializer
  %45 = select <8 x i1> %44, <8 x float> zeroinitializer, <8 x float> %43
  %46 = getelementptr inbounds float, float* %0, i64 %42
  %47 = bitcast float* %46 to <8 x float>*
  store <8 x float> %45, <8 x float>* %47, align 4
  %48 = add i64 %29, 16
  %49 = load <8 x float>, <8 x float>* %20, align 32
  %50 = fcmp olt <8 x float> %49, zeroinitializer
  %51 = select <8 x i1> %50, <8 x float> zeroinitializer, <8 x float> %49
  %52 = getelementptr inbounds float, float* %0, i64 %48
  %53 = bitcast float* %52 to <8 x float>*
  store <8 x float> %51, <8 x float>* %53, align 4
  %54 = add i64 %29, 24
  %55 = load <8 x float>, <8 x float>* %19, align 32
  %56 = fcmp olt <8 x float> %55, zeroinitializer
  %57 = select <8 x i1> %56, <8 x float> zeroinitializer, <8 x float> %55
  %58 = getelementptr inbounds float, float* %0, i64 %54
  %59 = bitcast float* %58 to <8 x float>*
  store <8 x float> %57, <8 x float>* %59, align 4
  %60 = add i64 %29, 32
  %61 = load <8 x float>, <8 x float>* %18, align 32
  %62 = fcmp olt <8 x float> %61, zeroinitializer
  %63 = select <8 x i1> %62, <8 x float> zeroinitializer, <8 x float> %61
  %64 = getelementptr inbounds float, float* %0, i64 %60
  %65 = bitcast float* %64 to <8 x float>*
  store <8 x float> %63, <8 x float>* %65, align 4
  %66 = add i64 %29, 40
  %67 = load <8 x float>, <8 x float>* %17, align 32
  %68 = fcmp olt <8 x float> %67, zeroinitializer
  %69 = select <8 x i1> %68, <8 x float> zeroinitializer, <8 x float> %67
  %70 = getelementptr inbounds float, float* %0, i64 %66
  %71 = bitcast float* %70 to <8 x float>*
  store <8 x float> %69, <8 x float>* %71, align 4
  %72 = add i64 %29, 48
  %73 = load <8 x float>, <8 x float>* %16, align 32
  %74 = fcmp olt <8 x float> %73, zeroinitializer
  %75 = select <8 x i1> %74, <8 x float> zeroinitializer, <8 x float> %73
  %76 = getelementptr inbounds float, float* %0, i64 %72
  %77 = bitcast float* %76 to <8 x float>*
  store <8 x float> %75, <8 x float>* %77, align 4
  %78 = add i64 %29, 56
  %79 = load <8 x float>, <8 x float>* %15, align 32
  %80 = fcmp olt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> zeroinitializer, <8 x float> %79
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %29, 64
  %85 = load <8 x float>, <8 x float>* %14, align 32
  %86 = fcmp olt <8 x float> %85, zeroinitializer
  %87 = select <8 x i1> %86, <8 x float> zeroinitializer, <8 x float> %85
  %88 = getelementptr inbounds float, float* %0, i64 %84
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %87, <8 x float>* %89, align 4
  %90 = add i64 %29, 72
  %91 = load <8 x float>, <8 x float>* %13, align 32
  %92 = fcmp olt <8 x float> %91, zeroinitializer
  %93 = select <8 x i1> %92, <8 x float> zeroinitializer, <8 x float> %91
  %94 = getelementptr inbounds float, float* %0, i64 %90
  %95 = bitcast float* %94 to <8 x float>*
  store <8 x float> %93, <8 x float>* %95, align 4
  %96 = add i64 %29, 80
  %97 = load <8 x float>, <8 x float>* %12, align 32
  %98 = fcmp olt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> zeroinitializer, <8 x float> %97
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %29, 88
  %103 = load <8 x float>, <8 x float>* %11, align 32
  %104 = fcmp olt <8 x float> %103, zeroinitializer
  %105 = select <8 x i1> %104, <8 x float> zeroinitializer, <8 x float> %103
  %106 = getelementptr inbounds float, float* %0, i64 %102
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %105, <8 x float>* %107, align 4
  store <8 x float> %35, <8 x float>* %10, align 32
  store <8 x float> %35, <8 x float>* %9, align 32
  br label %kh.header1

then:                                             ; preds = %kh.body
  %108 = mul i64 %38, 224
  %109 = add i64 %26, %108
  %110 = mul i64 %25, 3
  %111 = add i64 %110, %kh
  %112 = mul i64 %111, 24
  %113 = add i64 %112, 0
  %114 = getelementptr inbounds float, float* %4, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = add i64 %112, 8
  %118 = getelementptr inbounds float, float* %4, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = add i64 %112, 16
  %122 = getelementptr inbounds float, float* %4, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = add i64 %109, 8
  %126 = add i64 %125, 0
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = load <8 x float>, <8 x float>* %21, align 32
  %131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %129, <8 x float> %116, <8 x float> %130)
  store <8 x float> %131, <8 x float>* %21, align 32
  %132 = add i64 %125, 8
  %133 = getelementptr inbounds float, float* %1, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = load <8 x float>, <8 x float>* %21, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %120, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %21, align 32
  %138 = add i64 %125, 16
  %139 = getelementptr inbounds float, float* %1, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = load <8 x float>, <8 x float>* %140, align 4
  %142 = load <8 x float>, <8 x float>* %21, align 32
  %143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %141, <8 x float> %124, <8 x float> %142)
  store <8 x float> %143, <8 x float>* %21, align 32
  %144 = load <8 x float>, <8 x float>* %20, align 32
  %145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %141, <8 x float> %116, <8 x float> %144)
  store <8 x float> %145, <8 x float>* %20, align 32
  %146 = add i64 %125, 24
  %147 = getelementptr inbounds float, float* %1, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = load <8 x float>, <8 x float>* %20, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> %120, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %20, align 32
  %152 = add i64 %125, 32
  %153 = getelementptr inbounds float, float* %1, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = load <8 x float>, <8 x float>* %20, align 32
  %157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %124, <8 x float> %156)
  store <8 x float> %157, <8 x float>* %20, align 32
  %158 = load <8 x float>, <8 x float>* %19, align 32
  %159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %116, <8 x float> %158)
  store <8 x float> %159, <8 x float>* %19, align 32
  %160 = add i64 %125, 40
  %161 = getelementptr inbounds float, float* %1, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = load <8 x float>, <8 x float>* %19, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %163, <8 x float> %120, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %19, align 32
  %166 = add i64 %125, 48
  %167 = getelementptr inbounds float, float* %1, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = load <8 x float>, <8 x float>* %19, align 32
  %171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %124, <8 x float> %170)
  store <8 x float> %171, <8 x float>* %19, align 32
  %172 = load <8 x float>, <8 x float>* %18, align 32
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %116, <8 x float> %172)
  store <8 x float> %173, <8 x float>* %18, align 32
  %174 = add i64 %125, 56
  %175 = getelementptr inbounds float, float* %1, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  %177 = load <8 x float>, <8 x float>* %176, align 4
  %178 = load <8 x float>, <8 x float>* %18, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %177, <8 x float> %120, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %18, align 32
  %180 = add i64 %125, 64
  %181 = getelementptr inbounds float, float* %1, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  %183 = load <8 x float>, <8 x float>* %182, align 4
  %184 = load <8 x float>, <8 x float>* %18, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %183, <8 x float> %124, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %18, align 32
  %186 = load <8 x float>, <8 x float>* %17, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %183, <8 x float> %116, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %17, align 32
  %188 = add i64 %125, 72
  %189 = getelementptr inbounds float, float* %1, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = load <8 x float>, <8 x float>* %17, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> %120, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %17, align 32
  %194 = add i64 %125, 80
  %195 = getelementptr inbounds float, float* %1, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = load <8 x float>, <8 x float>* %17, align 32
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %197, <8 x float> %124, <8 x float> %198)
  store <8 x float> %199, <8 x float>* %17, align 32
  %200 = load <8 x float>, <8 x float>* %16, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %197, <8 x float> %116, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %16, align 32
  %202 = add i64 %125, 88
  %203 = getelementptr inbounds float, float* %1, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  %205 = load <8 x float>, <8 x float>* %204, align 4
  %206 = load <8 x float>, <8 x float>* %16, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %205, <8 x float> %120, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %16, align 32
  %208 = add i64 %125, 96
  %209 = getelementptr inbounds float, float* %1, i64 %208
  %210 = bitcast float* %209 to <8 x float>*
  %211 = load <8 x float>, <8 x float>* %210, align 4
  %212 = load <8 x float>, <8 x float>* %16, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> %124, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %16, align 32
  %214 = load <8 x float>, <8 x float>* %15, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> %116, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %15, align 32
  %216 = add i64 %125, 104
  %217 = getelementptr inbounds float, float* %1, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  %219 = load <8 x float>, <8 x float>* %218, align 4
  %220 = load <8 x float>, <8 x float>* %15, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %219, <8 x float> %120, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %15, align 32
  %222 = add i64 %125, 112
  %223 = getelementptr inbounds float, float* %1, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  %225 = load <8 x float>, <8 x float>* %224, align 4
  %226 = load <8 x float>, <8 x float>* %15, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %124, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %15, align 32
  %228 = load <8 x float>, <8 x float>* %14, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %116, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %14, align 32
  %230 = add i64 %125, 120
  %231 = getelementptr inbounds float, float* %1, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  %233 = load <8 x float>, <8 x float>* %232, align 4
  %234 = load <8 x float>, <8 x float>* %14, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %120, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %14, align 32
  %236 = add i64 %125, 128
  %237 = getelementptr inbounds float, float* %1, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  %239 = load <8 x float>, <8 x float>* %238, align 4
  %240 = load <8 x float>, <8 x float>* %14, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %124, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %14, align 32
  %242 = load <8 x float>, <8 x float>* %13, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %116, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %13, align 32
  %244 = add i64 %125, 136
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  %247 = load <8 x float>, <8 x float>* %246, align 4
  %248 = load <8 x float>, <8 x float>* %13, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %120, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %13, align 32
  %250 = add i64 %125, 144
  %251 = getelementptr inbounds float, float* %1, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  %253 = load <8 x float>, <8 x float>* %252, align 4
  %254 = load <8 x float>, <8 x float>* %13, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %124, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %13, align 32
  %256 = load <8 x float>, <8 x float>* %12, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %116, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %12, align 32
  %258 = add i64 %125, 152
  %259 = getelementptr inbounds float, float* %1, i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  %261 = load <8 x float>, <8 x float>* %260, align 4
  %262 = load <8 x float>, <8 x float>* %12, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %120, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %12, align 32
  %264 = add i64 %125, 160
  %265 = getelementptr inbounds float, float* %1, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  %267 = load <8 x float>, <8 x float>* %266, align 4
  %268 = load <8 x float>, <8 x float>* %12, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %124, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %12, align 32
  %270 = load <8 x float>, <8 x float>* %11, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %116, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %11, align 32
  %272 = add i64 %125, 168
  %273 = getelementptr inbounds float, float* %1, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  %275 = load <8 x float>, <8 x float>* %274, align 4
  %276 = load <8 x float>, <8 x float>* %11, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %275, <8 x float> %120, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %11, align 32
  %278 = add i64 %125, 176
  %279 = getelementptr inbounds float, float* %1, i64 %278
  %280 = bitcast float* %279 to <8 x float>*
  %281 = load <8 x float>, <8 x float>* %280, align 4
  %282 = load <8 x float>, <8 x float>* %11, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %281, <8 x float> %124, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %11, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %kh.exit
  %kh4 = phi i64 [ 0, %kh.exit ], [ %kh.next7, %endif6 ]
  %284 = icmp slt i64 %kh4, 3
  br i1 %284, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %285 = mul i64 %kh4, 1
  %286 = add i64 %31, %285
  %287 = icmp sge i64 %286, 0
  %288 = icmp slt i64 %286, 28
  %289 = and i1 %287, %288
  br i1 %289, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %290 = add i64 %29, 96
  %291 = load <8 x float>, <8 x float>* %10, align 32
  %292 = fcmp olt <8 x float> %291, zeroinitializer
  %293 = select <8 x i1> %292, <8 x float> zeroinitializer, <8 x float> %291
  %294 = getelementptr inbounds float, float* %0, i64 %290
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %293, <8 x float>* %295, align 4
  %296 = add i64 %29, 104
  %297 = load <8 x float>, <8 x float>* %9, align 32
  %298 = fcmp olt <8 x float> %297, zeroinitializer
  %299 = select <8 x i1> %298, <8 x float> zeroinitializer, <8 x float> %297
  %300 = getelementptr inbounds float, float* %0, i64 %296
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %299, <8 x float>* %301, align 4
  store <8 x float> %35, <8 x float>* %8, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %302 = mul i64 %286, 224
  %303 = add i64 %26, %302
  %304 = mul i64 %25, 3
  %305 = add i64 %304, %kh4
  %306 = mul i64 %305, 24
  %307 = add i64 %306, 0
  %308 = getelementptr inbounds float, float* %4, i64 %307
  %309 = bitcast float* %308 to <8 x float>*
  %310 = load <8 x float>, <8 x float>* %309, align 4
  %311 = add i64 %306, 8
  %312 = getelementptr inbounds float, float* %4, i64 %311
  %313 = bitcast float* %312 to <8 x float>*
  %314 = load <8 x float>, <8 x float>* %313, align 4
  %315 = add i64 %306, 16
  %316 = getelementptr inbounds float, float* %4, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  %318 = load <8 x float>, <8 x float>* %317, align 4
  %319 = add i64 %303, 184
  %320 = add i64 %319, 0
  %321 = getelementptr inbounds float, float* %1, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  %323 = load <8 x float>, <8 x float>* %322, align 4
  %324 = load <8 x float>, <8 x float>* %10, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %323, <8 x float> %310, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %10, align 32
  %326 = add i64 %319, 8
  %327 = getelementptr inbounds float, float* %1, i64 %326
  %328 = bitcast float* %327 to <8 x float>*
  %329 = load <8 x float>, <8 x float>* %328, align 4
  %330 = load <8 x float>, <8 x float>* %10, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %314, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %10, align 32
  %332 = add i64 %319, 16
  %333 = getelementptr inbounds float, float* %1, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  %335 = load <8 x float>, <8 x float>* %334, align 4
  %336 = load <8 x float>, <8 x float>* %10, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %318, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %10, align 32
  %338 = load <8 x float>, <8 x float>* %9, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %310, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %9, align 32
  %340 = add i64 %319, 24
  %341 = getelementptr inbounds float, float* %1, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  %343 = load <8 x float>, <8 x float>* %342, align 4
  %344 = load <8 x float>, <8 x float>* %9, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %343, <8 x float> %314, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %9, align 32
  %346 = add i64 %319, 32
  %347 = getelementptr inbounds float, float* %1, i64 %346
  %348 = bitcast float* %347 to <8 x float>*
  %349 = load <8 x float>, <8 x float>* %348, align 4
  %350 = load <8 x float>, <8 x float>* %9, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %349, <8 x float> %318, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %9, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next16, %endif13 ]
  %352 = icmp slt i64 %kh11, 3
  br i1 %352, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %353 = mul i64 %kh11, 1
  %354 = add i64 %31, %353
  %355 = icmp sge i64 %354, 0
  %356 = icmp slt i64 %354, 28
  %357 = and i1 %355, %356
  br i1 %357, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %358 = add i64 %29, 0
  %359 = load <8 x float>, <8 x float>* %8, align 32
  %360 = fcmp olt <8 x float> %359, zeroinitializer
  %361 = select <8 x i1> %360, <8 x float> zeroinitializer, <8 x float> %359
  %362 = getelementptr inbounds float, float* %0, i64 %358
  %363 = bitcast float* %362 to <8 x float>*
  store <8 x float> %361, <8 x float>* %363, align 4
  %task.next = add i64 %task, 1
  br label %task.header

then12:                                           ; preds = %kh.body9
  %364 = mul i64 %354, 224
  %365 = add i64 %26, %364
  %366 = mul i64 %25, 3
  %367 = add i64 %366, %kh11
  %368 = mul i64 %367, 24
  br label %kw.header

endif13:                                          ; preds = %kw.exit, %kh.body9
  %kh.next16 = add i64 %kh11, 1
  br label %kh.header8

kw.header:                                        ; preds = %endif15, %then12
  %kw = phi i64 [ 0, %then12 ], [ %kw.next, %endif15 ]
  %369 = icmp slt i64 %kw, 3
  br i1 %369, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %370 = mul i64 %kw, 1
  %371 = add i64 -1, %370
  %372 = icmp sge i64 %371, 0
  %373 = icmp slt i64 %371, 28
  %374 = and i1 %372, %373
  br i1 %374, label %then14, label %endif15

kw.exit:                                          ; preds = %kw.header
  br label %endif13

then14:                                           ; preds = %kw.body
  %375 = mul i64 %kw, 8
  %376 = add i64 %368, %375
  %377 = getelementptr inbounds float, float* %4, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  %379 = load <8 x float>, <8 x float>* %378, align 4
  %380 = mul i64 %371, 8
  %381 = add i64 %365, %380
  %382 = getelementptr inbounds float, float* %1, i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = load <8 x float>, <8 x float>* %8, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %384, <8 x float> %379, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %8, align 32
  br label %endif15

endif15:                                          ; preds = %then14, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header
}

; Function Attrs: noinline nounwind
define internal void @node11.depthwiseConv2d_6.step0(i8* %0) #3 {
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
  %25 = add i64 448, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 448
  %29 = select i1 %28, i64 %27, i64 448
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 448
  %32 = select i1 %31, i64 %30, i64 448
  call void @node11.depthwiseConv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %24 = icmp slt i64 %task, %7
  br i1 %24, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %25 = srem i64 %task, 32
  %26 = sdiv i64 %task, 32
  %27 = srem i64 %26, 2
  %28 = sdiv i64 %task, 64
  %29 = srem i64 %28, 1
  %30 = sdiv i64 %28, 1
  %31 = mul i64 %29, 64
  %32 = mul i64 %25, 2
  %33 = add i64 %31, %32
  %34 = mul i64 %27, 1
  %35 = mul i64 %34, 98
  %36 = mul i64 %27, 1
  %37 = mul i64 %29, 64
  %38 = mul i64 %25, 2
  %39 = add i64 %37, %38
  %40 = mul i64 %30, 32
  %41 = mul i64 %29, 32
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 1568
  %44 = mul i64 %39, 2048
  %45 = mul i64 %36, 784
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 96
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %35, %x
  %48 = mul i64 %30, 64
  %49 = add i64 %48, %33
  %50 = add i64 %49, 0
  %51 = mul i64 %50, 1568
  %52 = add i64 %47, 0
  %53 = mul i64 %52, 8
  %54 = add i64 %51, %53
  %55 = add i64 %47, 1
  %56 = mul i64 %55, 8
  %57 = add i64 %51, %56
  %58 = add i64 %47, 2
  %59 = mul i64 %58, 8
  %60 = add i64 %51, %59
  %61 = add i64 %47, 3
  %62 = mul i64 %61, 8
  %63 = add i64 %51, %62
  %64 = add i64 %47, 4
  %65 = mul i64 %64, 8
  %66 = add i64 %51, %65
  %67 = add i64 %47, 5
  %68 = mul i64 %67, 8
  %69 = add i64 %51, %68
  %70 = mul i64 %30, 64
  %71 = add i64 %70, %33
  %72 = add i64 %71, 1
  %73 = mul i64 %72, 1568
  %74 = add i64 %47, 0
  %75 = mul i64 %74, 8
  %76 = add i64 %73, %75
  %77 = add i64 %47, 1
  %78 = mul i64 %77, 8
  %79 = add i64 %73, %78
  %80 = add i64 %47, 2
  %81 = mul i64 %80, 8
  %82 = add i64 %73, %81
  %83 = add i64 %47, 3
  %84 = mul i64 %83, 8
  %85 = add i64 %73, %84
  %86 = add i64 %47, 4
  %87 = mul i64 %86, 8
  %88 = add i64 %73, %87
  %89 = add i64 %47, 5
  %90 = mul i64 %89, 8
  %91 = add i64 %73, %90
  %92 = add i64 %39, 0
  %93 = mul i64 %92, 8
  %94 = getelementptr inbounds float, float* %5, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = add i64 %39, 1
  %98 = mul i64 %97, 8
  %99 = getelementptr inbounds float, float* %5, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  store <8 x float> %96, <8 x float>* %23, align 32
  store <8 x float> %96, <8 x float>* %22, align 32
  store <8 x float> %96, <8 x float>* %21, align 32
  store <8 x float> %96, <8 x float>* %20, align 32
  store <8 x float> %96, <8 x float>* %19, align 32
  store <8 x float> %96, <8 x float>* %18, align 32
  store <8 x float> %101, <8 x float>* %17, align 32
  store <8 x float> %101, <8 x float>* %16, align 32
  store <8 x float> %101, <8 x float>* %15, align 32
  store <8 x float> %101, <8 x float>* %14, align 32
  store <8 x float> %101, <8 x float>* %13, align 32
  store <8 x float> %101, <8 x float>* %12, align 32
  %102 = mul i64 %x, 8
  %103 = add i64 %45, %102
  %104 = add i64 %43, %103
  br label %u.header

x.exit:                                           ; preds = %x.header
  %105 = add i64 %35, 96
  %106 = mul i64 %30, 64
  %107 = add i64 %106, %33
  %108 = add i64 %107, 0
  %109 = mul i64 %108, 1568
  %110 = add i64 %105, 0
  %111 = mul i64 %110, 8
  %112 = add i64 %109, %111
  %113 = add i64 %105, 1
  %114 = mul i64 %113, 8
  %115 = add i64 %109, %114
  %116 = mul i64 %30, 64
  %117 = add i64 %116, %33
  %118 = add i64 %117, 1
  %119 = mul i64 %118, 1568
  %120 = add i64 %105, 0
  %121 = mul i64 %120, 8
  %122 = add i64 %119, %121
  %123 = add i64 %105, 1
  %124 = mul i64 %123, 8
  %125 = add i64 %119, %124
  %126 = add i64 %39, 0
  %127 = mul i64 %126, 8
  %128 = getelementptr inbounds float, float* %5, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = add i64 %39, 1
  %132 = mul i64 %131, 8
  %133 = getelementptr inbounds float, float* %5, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  store <8 x float> %130, <8 x float>* %11, align 32
  store <8 x float> %130, <8 x float>* %10, align 32
  store <8 x float> %135, <8 x float>* %9, align 32
  store <8 x float> %135, <8 x float>* %8, align 32
  %136 = add i64 %45, 768
  %137 = add i64 %43, %136
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %138 = icmp slt i64 %u, 32
  br i1 %138, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %139 = add i64 0, %u
  %140 = mul i64 %139, 1568
  %141 = add i64 %104, %140
  %142 = mul i64 %139, 64
  %143 = add i64 %44, %142
  %144 = add i64 %141, 0
  %145 = add i64 %144, 0
  %146 = add i64 %143, 0
  %147 = add i64 %146, 0
  %148 = getelementptr inbounds float, float* %4, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  %150 = load <8 x float>, <8 x float>* %149, align 4
  %151 = add i64 %146, 2048
  %152 = getelementptr inbounds float, float* %4, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = add i64 %145, 0
  %156 = getelementptr inbounds float, float* %1, i64 %155
  %157 = load float, float* %156, align 4
  %158 = insertelement <8 x float> undef, float %157, i32 0
  %splat = shufflevector <8 x float> %158, <8 x float> undef, <8 x i32> zeroinitializer
  %159 = load <8 x float>, <8 x float>* %23, align 32
  %160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %150, <8 x float> %159)
  store <8 x float> %160, <8 x float>* %23, align 32
  %161 = load <8 x float>, <8 x float>* %17, align 32
  %162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %154, <8 x float> %161)
  store <8 x float> %162, <8 x float>* %17, align 32
  %163 = add i64 %145, 8
  %164 = getelementptr inbounds float, float* %1, i64 %163
  %165 = load float, float* %164, align 4
  %166 = insertelement <8 x float> undef, float %165, i32 0
  %splat1 = shufflevector <8 x float> %166, <8 x float> undef, <8 x i32> zeroinitializer
  %167 = load <8 x float>, <8 x float>* %22, align 32
  %168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %150, <8 x float> %167)
  store <8 x float> %168, <8 x float>* %22, align 32
  %169 = load <8 x float>, <8 x float>* %16, align 32
  %170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %154, <8 x float> %169)
  store <8 x float> %170, <8 x float>* %16, align 32
  %171 = add i64 %145, 16
  %172 = getelementptr inbounds float, float* %1, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat2 = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %21, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %150, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %21, align 32
  %177 = load <8 x float>, <8 x float>* %15, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %154, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %15, align 32
  %179 = add i64 %145, 24
  %180 = getelementptr inbounds float, float* %1, i64 %179
  %181 = load float, float* %180, align 4
  %182 = insertelement <8 x float> undef, float %181, i32 0
  %splat3 = shufflevector <8 x float> %182, <8 x float> undef, <8 x i32> zeroinitializer
  %183 = load <8 x float>, <8 x float>* %20, align 32
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %150, <8 x float> %183)
  store <8 x float> %184, <8 x float>* %20, align 32
  %185 = load <8 x float>, <8 x float>* %14, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %154, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %14, align 32
  %187 = add i64 %145, 32
  %188 = getelementptr inbounds float, float* %1, i64 %187
  %189 = load float, float* %188, align 4
  %190 = insertelement <8 x float> undef, float %189, i32 0
  %splat4 = shufflevector <8 x float> %190, <8 x float> undef, <8 x i32> zeroinitializer
  %191 = load <8 x float>, <8 x float>* %19, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %150, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %19, align 32
  %193 = load <8 x float>, <8 x float>* %13, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %154, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %13, align 32
  %195 = add i64 %145, 40
  %196 = getelementptr inbounds float, float* %1, i64 %195
  %197 = load float, float* %196, align 4
  %198 = insertelement <8 x float> undef, float %197, i32 0
  %splat5 = shufflevector <8 x float> %198, <8 x float> undef, <8 x i32> zeroinitializer
  %199 = load <8 x float>, <8 x float>* %18, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %150, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %18, align 32
  %201 = load <8 x float>, <8 x float>* %12, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %154, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %12, align 32
  %203 = add i64 %146, 8
  %204 = getelementptr inbounds float, float* %4, i64 %203
  %205 = bitcast float* %204 to <8 x float>*
  %206 = load <8 x float>, <8 x float>* %205, align 4
  %207 = add i64 %146, 2056
  %208 = getelementptr inbounds float, float* %4, i64 %207
  %209 = bitcast float* %208 to <8 x float>*
  %210 = load <8 x float>, <8 x float>* %209, align 4
  %211 = add i64 %145, 1
  %212 = getelementptr inbounds float, float* %1, i64 %211
  %213 = load float, float* %212, align 4
  %214 = insertelement <8 x float> undef, float %213, i32 0
  %splat6 = shufflevector <8 x float> %214, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %23, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %206, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %23, align 32
  %217 = load <8 x float>, <8 x float>* %17, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %210, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %17, align 32
  %219 = add i64 %145, 9
  %220 = getelementptr inbounds float, float* %1, i64 %219
  %221 = load float, float* %220, align 4
  %222 = insertelement <8 x float> undef, float %221, i32 0
  %splat7 = shufflevector <8 x float> %222, <8 x float> undef, <8 x i32> zeroinitializer
  %223 = load <8 x float>, <8 x float>* %22, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %206, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %22, align 32
  %225 = load <8 x float>, <8 x float>* %16, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %210, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %16, align 32
  %227 = add i64 %145, 17
  %228 = getelementptr inbounds float, float* %1, i64 %227
  %229 = load float, float* %228, align 4
  %230 = insertelement <8 x float> undef, float %229, i32 0
  %splat8 = shufflevector <8 x float> %230, <8 x float> undef, <8 x i32> zeroinitializer
  %231 = load <8 x float>, <8 x float>* %21, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %206, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %21, align 32
  %233 = load <8 x float>, <8 x float>* %15, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %210, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %15, align 32
  %235 = add i64 %145, 25
  %236 = getelementptr inbounds float, float* %1, i64 %235
  %237 = load float, float* %236, align 4
  %238 = insertelement <8 x float> undef, float %237, i32 0
  %splat9 = shufflevector <8 x float> %238, <8 x float> undef, <8 x i32> zeroinitializer
  %239 = load <8 x float>, <8 x float>* %20, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %206, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %20, align 32
  %241 = load <8 x float>, <8 x float>* %14, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %210, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %14, align 32
  %243 = add i64 %145, 33
  %244 = getelementptr inbounds float, float* %1, i64 %243
  %245 = load float, float* %244, align 4
  %246 = insertelement <8 x float> undef, float %245, i32 0
  %splat10 = shufflevector <8 x float> %246, <8 x float> undef, <8 x i32> zeroinitializer
  %247 = load <8 x float>, <8 x float>* %19, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %206, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %19, align 32
  %249 = load <8 x float>, <8 x float>* %13, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %210, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %13, align 32
  %251 = add i64 %145, 41
  %252 = getelementptr inbounds float, float* %1, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat11 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %18, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %206, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %18, align 32
  %257 = load <8 x float>, <8 x float>* %12, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %210, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %12, align 32
  %259 = add i64 %146, 16
  %260 = getelementptr inbounds float, float* %4, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  %262 = load <8 x float>, <8 x float>* %261, align 4
  %263 = add i64 %146, 2064
  %264 = getelementptr inbounds float, float* %4, i64 %263
  %265 = bitcast float* %264 to <8 x float>*
  %266 = load <8 x float>, <8 x float>* %265, align 4
  %267 = add i64 %145, 2
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = load float, float* %268, align 4
  %270 = insertelement <8 x float> undef, float %269, i32 0
  %splat12 = shufflevector <8 x float> %270, <8 x float> undef, <8 x i32> zeroinitializer
  %271 = load <8 x float>, <8 x float>* %23, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %262, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %23, align 32
  %273 = load <8 x float>, <8 x float>* %17, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %266, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %17, align 32
  %275 = add i64 %145, 10
  %276 = getelementptr inbounds float, float* %1, i64 %275
  %277 = load float, float* %276, align 4
  %278 = insertelement <8 x float> undef, float %277, i32 0
  %splat13 = shufflevector <8 x float> %278, <8 x float> undef, <8 x i32> zeroinitializer
  %279 = load <8 x float>, <8 x float>* %22, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %262, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %22, align 32
  %281 = load <8 x float>, <8 x float>* %16, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %266, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %16, align 32
  %283 = add i64 %145, 18
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat14 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %21, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %262, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %21, align 32
  %289 = load <8 x float>, <8 x float>* %15, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %266, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %15, align 32
  %291 = add i64 %145, 26
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = load float, float* %292, align 4
  %294 = insertelement <8 x float> undef, float %293, i32 0
  %splat15 = shufflevector <8 x float> %294, <8 x float> undef, <8 x i32> zeroinitializer
  %295 = load <8 x float>, <8 x float>* %20, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %262, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %20, align 32
  %297 = load <8 x float>, <8 x float>* %14, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %266, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %14, align 32
  %299 = add i64 %145, 34
  %300 = getelementptr inbounds float, float* %1, i64 %299
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> undef, float %301, i32 0
  %splat16 = shufflevector <8 x float> %302, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = load <8 x float>, <8 x float>* %19, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %262, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %19, align 32
  %305 = load <8 x float>, <8 x float>* %13, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %266, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %13, align 32
  %307 = add i64 %145, 42
  %308 = getelementptr inbounds float, float* %1, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat17 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %18, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %262, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %18, align 32
  %313 = load <8 x float>, <8 x float>* %12, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %266, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %12, align 32
  %315 = add i64 %146, 24
  %316 = getelementptr inbounds float, float* %4, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  %318 = load <8 x float>, <8 x float>* %317, align 4
  %319 = add i64 %146, 2072
  %320 = getelementptr inbounds float, float* %4, i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  %322 = load <8 x float>, <8 x float>* %321, align 4
  %323 = add i64 %145, 3
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat18 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %23, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %318, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %23, align 32
  %329 = load <8 x float>, <8 x float>* %17, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %322, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %17, align 32
  %331 = add i64 %145, 11
  %332 = getelementptr inbounds float, float* %1, i64 %331
  %333 = load float, float* %332, align 4
  %334 = insertelement <8 x float> undef, float %333, i32 0
  %splat19 = shufflevector <8 x float> %334, <8 x float> undef, <8 x i32> zeroinitializer
  %335 = load <8 x float>, <8 x float>* %22, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %318, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %22, align 32
  %337 = load <8 x float>, <8 x float>* %16, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %322, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %16, align 32
  %339 = add i64 %145, 19
  %340 = getelementptr inbounds float, float* %1, i64 %339
  %341 = load float, float* %340, align 4
  %342 = insertelement <8 x float> undef, float %341, i32 0
  %splat20 = shufflevector <8 x float> %342, <8 x float> undef, <8 x i32> zeroinitializer
  %343 = load <8 x float>, <8 x float>* %21, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %318, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %21, align 32
  %345 = load <8 x float>, <8 x float>* %15, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %322, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %15, align 32
  %347 = add i64 %145, 27
  %348 = getelementptr inbounds float, float* %1, i64 %347
  %349 = load float, float* %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i32 0
  %splat21 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = load <8 x float>, <8 x float>* %20, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %318, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %20, align 32
  %353 = load <8 x float>, <8 x float>* %14, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %322, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %14, align 32
  %355 = add i64 %145, 35
  %356 = getelementptr inbounds float, float* %1, i64 %355
  %357 = load float, float* %356, align 4
  %358 = insertelement <8 x float> undef, float %357, i32 0
  %splat22 = shufflevector <8 x float> %358, <8 x float> undef, <8 x i32> zeroinitializer
  %359 = load <8 x float>, <8 x float>* %19, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %318, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %19, align 32
  %361 = load <8 x float>, <8 x float>* %13, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %322, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %13, align 32
  %363 = add i64 %145, 43
  %364 = getelementptr inbounds float, float* %1, i64 %363
  %365 = load float, float* %364, align 4
  %366 = insertelement <8 x float> undef, float %365, i32 0
  %splat23 = shufflevector <8 x float> %366, <8 x float> undef, <8 x i32> zeroinitializer
  %367 = load <8 x float>, <8 x float>* %18, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %318, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %18, align 32
  %369 = load <8 x float>, <8 x float>* %12, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %322, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %12, align 32
  %371 = add i64 %146, 32
  %372 = getelementptr inbounds float, float* %4, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  %374 = load <8 x float>, <8 x float>* %373, align 4
  %375 = add i64 %146, 2080
  %376 = getelementptr inbounds float, float* %4, i64 %375
  %377 = bitcast float* %376 to <8 x float>*
  %378 = load <8 x float>, <8 x float>* %377, align 4
  %379 = add i64 %145, 4
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat24 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %23, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %374, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %23, align 32
  %385 = load <8 x float>, <8 x float>* %17, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %378, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %17, align 32
  %387 = add i64 %145, 12
  %388 = getelementptr inbounds float, float* %1, i64 %387
  %389 = load float, float* %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %splat25 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %391 = load <8 x float>, <8 x float>* %22, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %374, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %22, align 32
  %393 = load <8 x float>, <8 x float>* %16, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %378, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %16, align 32
  %395 = add i64 %145, 20
  %396 = getelementptr inbounds float, float* %1, i64 %395
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i32 0
  %splat26 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, <8 x float>* %21, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %374, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %21, align 32
  %401 = load <8 x float>, <8 x float>* %15, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %378, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %15, align 32
  %403 = add i64 %145, 28
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat27 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %20, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %374, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %20, align 32
  %409 = load <8 x float>, <8 x float>* %14, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %378, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %14, align 32
  %411 = add i64 %145, 36
  %412 = getelementptr inbounds float, float* %1, i64 %411
  %413 = load float, float* %412, align 4
  %414 = insertelement <8 x float> undef, float %413, i32 0
  %splat28 = shufflevector <8 x float> %414, <8 x float> undef, <8 x i32> zeroinitializer
  %415 = load <8 x float>, <8 x float>* %19, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %374, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %19, align 32
  %417 = load <8 x float>, <8 x float>* %13, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %378, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %13, align 32
  %419 = add i64 %145, 44
  %420 = getelementptr inbounds float, float* %1, i64 %419
  %421 = load float, float* %420, align 4
  %422 = insertelement <8 x float> undef, float %421, i32 0
  %splat29 = shufflevector <8 x float> %422, <8 x float> undef, <8 x i32> zeroinitializer
  %423 = load <8 x float>, <8 x float>* %18, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %374, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %18, align 32
  %425 = load <8 x float>, <8 x float>* %12, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %378, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %12, align 32
  %427 = add i64 %146, 40
  %428 = getelementptr inbounds float, float* %4, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  %430 = load <8 x float>, <8 x float>* %429, align 4
  %431 = add i64 %146, 2088
  %432 = getelementptr inbounds float, float* %4, i64 %431
  %433 = bitcast float* %432 to <8 x float>*
  %434 = load <8 x float>, <8 x float>* %433, align 4
  %435 = add i64 %145, 5
  %436 = getelementptr inbounds float, float* %1, i64 %435
  %437 = load float, float* %436, align 4
  %438 = insertelement <8 x float> undef, float %437, i32 0
  %splat30 = shufflevector <8 x float> %438, <8 x float> undef, <8 x i32> zeroinitializer
  %439 = load <8 x float>, <8 x float>* %23, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %430, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %23, align 32
  %441 = load <8 x float>, <8 x float>* %17, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %434, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %17, align 32
  %443 = add i64 %145, 13
  %444 = getelementptr inbounds float, float* %1, i64 %443
  %445 = load float, float* %444, align 4
  %446 = insertelement <8 x float> undef, float %445, i32 0
  %splat31 = shufflevector <8 x float> %446, <8 x float> undef, <8 x i32> zeroinitializer
  %447 = load <8 x float>, <8 x float>* %22, align 32
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %430, <8 x float> %447)
  store <8 x float> %448, <8 x float>* %22, align 32
  %449 = load <8 x float>, <8 x float>* %16, align 32
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %434, <8 x float> %449)
  store <8 x float> %450, <8 x float>* %16, align 32
  %451 = add i64 %145, 21
  %452 = getelementptr inbounds float, float* %1, i64 %451
  %453 = load float, float* %452, align 4
  %454 = insertelement <8 x float> undef, float %453, i32 0
  %splat32 = shufflevector <8 x float> %454, <8 x float> undef, <8 x i32> zeroinitializer
  %455 = load <8 x float>, <8 x float>* %21, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %430, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %21, align 32
  %457 = load <8 x float>, <8 x float>* %15, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %434, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %15, align 32
  %459 = add i64 %145, 29
  %460 = getelementptr inbounds float, float* %1, i64 %459
  %461 = load float, float* %460, align 4
  %462 = insertelement <8 x float> undef, float %461, i32 0
  %splat33 = shufflevector <8 x float> %462, <8 x float> undef, <8 x i32> zeroinitializer
  %463 = load <8 x float>, <8 x float>* %20, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %430, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %20, align 32
  %465 = load <8 x float>, <8 x float>* %14, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %434, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %14, align 32
  %467 = add i64 %145, 37
  %468 = getelementptr inbounds float, float* %1, i64 %467
  %469 = load float, float* %468, align 4
  %470 = insertelement <8 x float> undef, float %469, i32 0
  %splat34 = shufflevector <8 x float> %470, <8 x float> undef, <8 x i32> zeroinitializer
  %471 = load <8 x float>, <8 x float>* %19, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %430, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %19, align 32
  %473 = load <8 x float>, <8 x float>* %13, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %434, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %13, align 32
  %475 = add i64 %145, 45
  %476 = getelementptr inbounds float, float* %1, i64 %475
  %477 = load float, float* %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %splat35 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = load <8 x float>, <8 x float>* %18, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %430, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %18, align 32
  %481 = load <8 x float>, <8 x float>* %12, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %434, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %12, align 32
  %483 = add i64 %146, 48
  %484 = getelementptr inbounds float, float* %4, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = load <8 x float>, <8 x float>* %485, align 4
  %487 = add i64 %146, 2096
  %488 = getelementptr inbounds float, float* %4, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  %490 = load <8 x float>, <8 x float>* %489, align 4
  %491 = add i64 %145, 6
  %492 = getelementptr inbounds float, float* %1, i64 %491
  %493 = load float, float* %492, align 4
  %494 = insertelement <8 x float> undef, float %493, i32 0
  %splat36 = shufflevector <8 x float> %494, <8 x float> undef, <8 x i32> zeroinitializer
  %495 = load <8 x float>, <8 x float>* %23, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %486, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %23, align 32
  %497 = load <8 x float>, <8 x float>* %17, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %490, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %17, align 32
  %499 = add i64 %145, 14
  %500 = getelementptr inbounds float, float* %1, i64 %499
  %501 = load float, float* %500, align 4
  %502 = insertelement <8 x float> undef, float %501, i32 0
  %splat37 = shufflevector <8 x float> %502, <8 x float> undef, <8 x i32> zeroinitializer
  %503 = load <8 x float>, <8 x float>* %22, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %486, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %22, align 32
  %505 = load <8 x float>, <8 x float>* %16, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %490, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %16, align 32
  %507 = add i64 %145, 22
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat38 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %21, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %486, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %21, align 32
  %513 = load <8 x float>, <8 x float>* %15, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %490, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %15, align 32
  %515 = add i64 %145, 30
  %516 = getelementptr inbounds float, float* %1, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat39 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %20, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %486, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %20, align 32
  %521 = load <8 x float>, <8 x float>* %14, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %490, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %14, align 32
  %523 = add i64 %145, 38
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat40 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %19, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %486, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %19, align 32
  %529 = load <8 x float>, <8 x float>* %13, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %490, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %13, align 32
  %531 = add i64 %145, 46
  %532 = getelementptr inbounds float, float* %1, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat41 = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %18, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %486, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %18, align 32
  %537 = load <8 x float>, <8 x float>* %12, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %490, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %12, align 32
  %539 = add i64 %146, 56
  %540 = getelementptr inbounds float, float* %4, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 %146, 2104
  %544 = getelementptr inbounds float, float* %4, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  %546 = load <8 x float>, <8 x float>* %545, align 4
  %547 = add i64 %145, 7
  %548 = getelementptr inbounds float, float* %1, i64 %547
  %549 = load float, float* %548, align 4
  %550 = insertelement <8 x float> undef, float %549, i32 0
  %splat42 = shufflevector <8 x float> %550, <8 x float> undef, <8 x i32> zeroinitializer
  %551 = load <8 x float>, <8 x float>* %23, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %542, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %23, align 32
  %553 = load <8 x float>, <8 x float>* %17, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %546, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %17, align 32
  %555 = add i64 %145, 15
  %556 = getelementptr inbounds float, float* %1, i64 %555
  %557 = load float, float* %556, align 4
  %558 = insertelement <8 x float> undef, float %557, i32 0
  %splat43 = shufflevector <8 x float> %558, <8 x float> undef, <8 x i32> zeroinitializer
  %559 = load <8 x float>, <8 x float>* %22, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %542, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %22, align 32
  %561 = load <8 x float>, <8 x float>* %16, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %546, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %16, align 32
  %563 = add i64 %145, 23
  %564 = getelementptr inbounds float, float* %1, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat44 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %21, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %542, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %21, align 32
  %569 = load <8 x float>, <8 x float>* %15, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %546, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %15, align 32
  %571 = add i64 %145, 31
  %572 = getelementptr inbounds float, float* %1, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat45 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %20, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %542, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %20, align 32
  %577 = load <8 x float>, <8 x float>* %14, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %546, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %14, align 32
  %579 = add i64 %145, 39
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat46 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %19, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %542, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %19, align 32
  %585 = load <8 x float>, <8 x float>* %13, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %546, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %13, align 32
  %587 = add i64 %145, 47
  %588 = getelementptr inbounds float, float* %1, i64 %587
  %589 = load float, float* %588, align 4
  %590 = insertelement <8 x float> undef, float %589, i32 0
  %splat47 = shufflevector <8 x float> %590, <8 x float> undef, <8 x i32> zeroinitializer
  %591 = load <8 x float>, <8 x float>* %18, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %542, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %18, align 32
  %593 = load <8 x float>, <8 x float>* %12, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %546, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %12, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %595 = load <8 x float>, <8 x float>* %23, align 32
  %596 = fcmp olt <8 x float> %595, zeroinitializer
  %597 = select <8 x i1> %596, <8 x float> zeroinitializer, <8 x float> %595
  %598 = getelementptr inbounds float, float* %0, i64 %54
  %599 = bitcast float* %598 to <8 x float>*
  store <8 x float> %597, <8 x float>* %599, align 4
  %600 = load <8 x float>, <8 x float>* %22, align 32
  %601 = fcmp olt <8 x float> %600, zeroinitializer
  %602 = select <8 x i1> %601, <8 x float> zeroinitializer, <8 x float> %600
  %603 = getelementptr inbounds float, float* %0, i64 %57
  %604 = bitcast float* %603 to <8 x float>*
  store <8 x float> %602, <8 x float>* %604, align 4
  %605 = load <8 x float>, <8 x float>* %21, align 32
  %606 = fcmp olt <8 x float> %605, zeroinitializer
  %607 = select <8 x i1> %606, <8 x float> zeroinitializer, <8 x float> %605
  %608 = getelementptr inbounds float, float* %0, i64 %60
  %609 = bitcast float* %608 to <8 x float>*
  store <8 x float> %607, <8 x float>* %609, align 4
  %610 = load <8 x float>, <8 x float>* %20, align 32
  %611 = fcmp olt <8 x float> %610, zeroinitializer
  %612 = select <8 x i1> %611, <8 x float> zeroinitializer, <8 x float> %610
  %613 = getelementptr inbounds float, float* %0, i64 %63
  %614 = bitcast float* %613 to <8 x float>*
  store <8 x float> %612, <8 x float>* %614, align 4
  %615 = load <8 x float>, <8 x float>* %19, align 32
  %616 = fcmp olt <8 x float> %615, zeroinitializer
  %617 = select <8 x i1> %616, <8 x float> zeroinitializer, <8 x float> %615
  %618 = getelementptr inbounds float, float* %0, i64 %66
  %619 = bitcast float* %618 to <8 x float>*
  store <8 x float> %617, <8 x float>* %619, align 4
  %620 = load <8 x float>, <8 x float>* %18, align 32
  %621 = fcmp olt <8 x float> %620, zeroinitializer
  %622 = select <8 x i1> %621, <8 x float> zeroinitializer, <8 x float> %620
  %623 = getelementptr inbounds float, float* %0, i64 %69
  %624 = bitcast float* %623 to <8 x float>*
  store <8 x float> %622, <8 x float>* %624, align 4
  %625 = load <8 x float>, <8 x float>* %17, align 32
  %626 = fcmp olt <8 x float> %625, zeroinitializer
  %627 = select <8 x i1> %626, <8 x float> zeroinitializer, <8 x float> %625
  %628 = getelementptr inbounds float, float* %0, i64 %76
  %629 = bitcast float* %628 to <8 x float>*
  store <8 x float> %627, <8 x float>* %629, align 4
  %630 = load <8 x float>, <8 x float>* %16, align 32
  %631 = fcmp olt <8 x float> %630, zeroinitializer
  %632 = select <8 x i1> %631, <8 x float> zeroinitializer, <8 x float> %630
  %633 = getelementptr inbounds float, float* %0, i64 %79
  %634 = bitcast float* %633 to <8 x float>*
  store <8 x float> %632, <8 x float>* %634, align 4
  %635 = load <8 x float>, <8 x float>* %15, align 32
  %636 = fcmp olt <8 x float> %635, zeroinitializer
  %637 = select <8 x i1> %636, <8 x float> zeroinitializer, <8 x float> %635
  %638 = getelementptr inbounds float, float* %0, i64 %82
  %639 = bitcast float* %638 to <8 x float>*
  store <8 x float> %637, <8 x float>* %639, align 4
  %640 = load <8 x float>, <8 x float>* %14, align 32
  %641 = fcmp olt <8 x float> %640, zeroinitializer
  %642 = select <8 x i1> %641, <8 x float> zeroinitializer, <8 x float> %640
  %643 = getelementptr inbounds float, float* %0, i64 %85
  %644 = bitcast float* %643 to <8 x float>*
  store <8 x float> %642, <8 x float>* %644, align 4
  %645 = load <8 x float>, <8 x float>* %13, align 32
  %646 = fcmp olt <8 x float> %645, zeroinitializer
  %647 = select <8 x i1> %646, <8 x float> zeroinitializer, <8 x float> %645
  %648 = getelementptr inbounds float, float* %0, i64 %88
  %649 = bitcast float* %648 to <8 x float>*
  store <8 x float> %647, <8 x float>* %649, align 4
  %650 = load <8 x float>, <8 x float>* %12, align 32
  %651 = fcmp olt <8 x float> %650, zeroinitializer
  %652 = select <8 x i1> %651, <8 x float> zeroinitializer, <8 x float> %650
  %653 = getelementptr inbounds float, float* %0, i64 %91
  %654 = bitcast float* %653 to <8 x float>*
  store <8 x float> %652, <8 x float>* %654, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next68, %u.body49 ]
  %655 = icmp slt i64 %u51, 32
  br i1 %655, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %656 = add i64 0, %u51
  %657 = mul i64 %656, 1568
  %658 = add i64 %137, %657
  %659 = mul i64 %656, 64
  %660 = add i64 %44, %659
  %661 = add i64 %658, 0
  %662 = add i64 %661, 0
  %663 = add i64 %660, 0
  %664 = add i64 %663, 0
  %665 = getelementptr inbounds float, float* %4, i64 %664
  %666 = bitcast float* %665 to <8 x float>*
  %667 = load <8 x float>, <8 x float>* %666, align 4
  %668 = add i64 %663, 2048
  %669 = getelementptr inbounds float, float* %4, i64 %668
  %670 = bitcast float* %669 to <8 x float>*
  %671 = load <8 x float>, <8 x float>* %670, align 4
  %672 = add i64 %662, 0
  %673 = getelementptr inbounds float, float* %1, i64 %672
  %674 = load float, float* %673, align 4
  %675 = insertelement <8 x float> undef, float %674, i32 0
  %splat52 = shufflevector <8 x float> %675, <8 x float> undef, <8 x i32> zeroinitializer
  %676 = load <8 x float>, <8 x float>* %11, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %667, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %11, align 32
  %678 = load <8 x float>, <8 x float>* %9, align 32
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %671, <8 x float> %678)
  store <8 x float> %679, <8 x float>* %9, align 32
  %680 = add i64 %662, 8
  %681 = getelementptr inbounds float, float* %1, i64 %680
  %682 = load float, float* %681, align 4
  %683 = insertelement <8 x float> undef, float %682, i32 0
  %splat53 = shufflevector <8 x float> %683, <8 x float> undef, <8 x i32> zeroinitializer
  %684 = load <8 x float>, <8 x float>* %10, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %667, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %10, align 32
  %686 = load <8 x float>, <8 x float>* %8, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %671, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %8, align 32
  %688 = add i64 %663, 8
  %689 = getelementptr inbounds float, float* %4, i64 %688
  %690 = bitcast float* %689 to <8 x float>*
  %691 = load <8 x float>, <8 x float>* %690, align 4
  %692 = add i64 %663, 2056
  %693 = getelementptr inbounds float, float* %4, i64 %692
  %694 = bitcast float* %693 to <8 x float>*
  %695 = load <8 x float>, <8 x float>* %694, align 4
  %696 = add i64 %662, 1
  %697 = getelementptr inbounds float, float* %1, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat54 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %11, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %691, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %11, align 32
  %702 = load <8 x float>, <8 x float>* %9, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %695, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %9, align 32
  %704 = add i64 %662, 9
  %705 = getelementptr inbounds float, float* %1, i64 %704
  %706 = load float, float* %705, align 4
  %707 = insertelement <8 x float> undef, float %706, i32 0
  %splat55 = shufflevector <8 x float> %707, <8 x float> undef, <8 x i32> zeroinitializer
  %708 = load <8 x float>, <8 x float>* %10, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %691, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %10, align 32
  %710 = load <8 x float>, <8 x float>* %8, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %695, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %8, align 32
  %712 = add i64 %663, 16
  %713 = getelementptr inbounds float, float* %4, i64 %712
  %714 = bitcast float* %713 to <8 x float>*
  %715 = load <8 x float>, <8 x float>* %714, align 4
  %716 = add i64 %663, 2064
  %717 = getelementptr inbounds float, float* %4, i64 %716
  %718 = bitcast float* %717 to <8 x float>*
  %719 = load <8 x float>, <8 x float>* %718, align 4
  %720 = add i64 %662, 2
  %721 = getelementptr inbounds float, float* %1, i64 %720
  %722 = load float, float* %721, align 4
  %723 = insertelement <8 x float> undef, float %722, i32 0
  %splat56 = shufflevector <8 x float> %723, <8 x float> undef, <8 x i32> zeroinitializer
  %724 = load <8 x float>, <8 x float>* %11, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %715, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %11, align 32
  %726 = load <8 x float>, <8 x float>* %9, align 32
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %719, <8 x float> %726)
  store <8 x float> %727, <8 x float>* %9, align 32
  %728 = add i64 %662, 10
  %729 = getelementptr inbounds float, float* %1, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat57 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %10, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %715, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %10, align 32
  %734 = load <8 x float>, <8 x float>* %8, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %719, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %8, align 32
  %736 = add i64 %663, 24
  %737 = getelementptr inbounds float, float* %4, i64 %736
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = add i64 %663, 2072
  %741 = getelementptr inbounds float, float* %4, i64 %740
  %742 = bitcast float* %741 to <8 x float>*
  %743 = load <8 x float>, <8 x float>* %742, align 4
  %744 = add i64 %662, 3
  %745 = getelementptr inbounds float, float* %1, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat58 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %11, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %739, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %11, align 32
  %750 = load <8 x float>, <8 x float>* %9, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %743, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %9, align 32
  %752 = add i64 %662, 11
  %753 = getelementptr inbounds float, float* %1, i64 %752
  %754 = load float, float* %753, align 4
  %755 = insertelement <8 x float> undef, float %754, i32 0
  %splat59 = shufflevector <8 x float> %755, <8 x float> undef, <8 x i32> zeroinitializer
  %756 = load <8 x float>, <8 x float>* %10, align 32
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %739, <8 x float> %756)
  store <8 x float> %757, <8 x float>* %10, align 32
  %758 = load <8 x float>, <8 x float>* %8, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %743, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %8, align 32
  %760 = add i64 %663, 32
  %761 = getelementptr inbounds float, float* %4, i64 %760
  %762 = bitcast float* %761 to <8 x float>*
  %763 = load <8 x float>, <8 x float>* %762, align 4
  %764 = add i64 %663, 2080
  %765 = getelementptr inbounds float, float* %4, i64 %764
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  %768 = add i64 %662, 4
  %769 = getelementptr inbounds float, float* %1, i64 %768
  %770 = load float, float* %769, align 4
  %771 = insertelement <8 x float> undef, float %770, i32 0
  %splat60 = shufflevector <8 x float> %771, <8 x float> undef, <8 x i32> zeroinitializer
  %772 = load <8 x float>, <8 x float>* %11, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %763, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %11, align 32
  %774 = load <8 x float>, <8 x float>* %9, align 32
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %767, <8 x float> %774)
  store <8 x float> %775, <8 x float>* %9, align 32
  %776 = add i64 %662, 12
  %777 = getelementptr inbounds float, float* %1, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat61 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %10, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %763, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %10, align 32
  %782 = load <8 x float>, <8 x float>* %8, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %767, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %8, align 32
  %784 = add i64 %663, 40
  %785 = getelementptr inbounds float, float* %4, i64 %784
  %786 = bitcast float* %785 to <8 x float>*
  %787 = load <8 x float>, <8 x float>* %786, align 4
  %788 = add i64 %663, 2088
  %789 = getelementptr inbounds float, float* %4, i64 %788
  %790 = bitcast float* %789 to <8 x float>*
  %791 = load <8 x float>, <8 x float>* %790, align 4
  %792 = add i64 %662, 5
  %793 = getelementptr inbounds float, float* %1, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat62 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %11, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %787, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %11, align 32
  %798 = load <8 x float>, <8 x float>* %9, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %791, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %9, align 32
  %800 = add i64 %662, 13
  %801 = getelementptr inbounds float, float* %1, i64 %800
  %802 = load float, float* %801, align 4
  %803 = insertelement <8 x float> undef, float %802, i32 0
  %splat63 = shufflevector <8 x float> %803, <8 x float> undef, <8 x i32> zeroinitializer
  %804 = load <8 x float>, <8 x float>* %10, align 32
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %787, <8 x float> %804)
  store <8 x float> %805, <8 x float>* %10, align 32
  %806 = load <8 x float>, <8 x float>* %8, align 32
  %807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %791, <8 x float> %806)
  store <8 x float> %807, <8 x float>* %8, align 32
  %808 = add i64 %663, 48
  %809 = getelementptr inbounds float, float* %4, i64 %808
  %810 = bitcast float* %809 to <8 x float>*
  %811 = load <8 x float>, <8 x float>* %810, align 4
  %812 = add i64 %663, 2096
  %813 = getelementptr inbounds float, float* %4, i64 %812
  %814 = bitcast float* %813 to <8 x float>*
  %815 = load <8 x float>, <8 x float>* %814, align 4
  %816 = add i64 %662, 6
  %817 = getelementptr inbounds float, float* %1, i64 %816
  %818 = load float, float* %817, align 4
  %819 = insertelement <8 x float> undef, float %818, i32 0
  %splat64 = shufflevector <8 x float> %819, <8 x float> undef, <8 x i32> zeroinitializer
  %820 = load <8 x float>, <8 x float>* %11, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %811, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %11, align 32
  %822 = load <8 x float>, <8 x float>* %9, align 32
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %815, <8 x float> %822)
  store <8 x float> %823, <8 x float>* %9, align 32
  %824 = add i64 %662, 14
  %825 = getelementptr inbounds float, float* %1, i64 %824
  %826 = load float, float* %825, align 4
  %827 = insertelement <8 x float> undef, float %826, i32 0
  %splat65 = shufflevector <8 x float> %827, <8 x float> undef, <8 x i32> zeroinitializer
  %828 = load <8 x float>, <8 x float>* %10, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %811, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %10, align 32
  %830 = load <8 x float>, <8 x float>* %8, align 32
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %815, <8 x float> %830)
  store <8 x float> %831, <8 x float>* %8, align 32
  %832 = add i64 %663, 56
  %833 = getelementptr inbounds float, float* %4, i64 %832
  %834 = bitcast float* %833 to <8 x float>*
  %835 = load <8 x float>, <8 x float>* %834, align 4
  %836 = add i64 %663, 2104
  %837 = getelementptr inbounds float, float* %4, i64 %836
  %838 = bitcast float* %837 to <8 x float>*
  %839 = load <8 x float>, <8 x float>* %838, align 4
  %840 = add i64 %662, 7
  %841 = getelementptr inbounds float, float* %1, i64 %840
  %842 = load float, float* %841, align 4
  %843 = insertelement <8 x float> undef, float %842, i32 0
  %splat66 = shufflevector <8 x float> %843, <8 x float> undef, <8 x i32> zeroinitializer
  %844 = load <8 x float>, <8 x float>* %11, align 32
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %835, <8 x float> %844)
  store <8 x float> %845, <8 x float>* %11, align 32
  %846 = load <8 x float>, <8 x float>* %9, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %839, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %9, align 32
  %848 = add i64 %662, 15
  %849 = getelementptr inbounds float, float* %1, i64 %848
  %850 = load float, float* %849, align 4
  %851 = insertelement <8 x float> undef, float %850, i32 0
  %splat67 = shufflevector <8 x float> %851, <8 x float> undef, <8 x i32> zeroinitializer
  %852 = load <8 x float>, <8 x float>* %10, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %835, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %10, align 32
  %854 = load <8 x float>, <8 x float>* %8, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %839, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %8, align 32
  %u.next68 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %856 = load <8 x float>, <8 x float>* %11, align 32
  %857 = fcmp olt <8 x float> %856, zeroinitializer
  %858 = select <8 x i1> %857, <8 x float> zeroinitializer, <8 x float> %856
  %859 = getelementptr inbounds float, float* %0, i64 %112
  %860 = bitcast float* %859 to <8 x float>*
  store <8 x float> %858, <8 x float>* %860, align 4
  %861 = load <8 x float>, <8 x float>* %10, align 32
  %862 = fcmp olt <8 x float> %861, zeroinitializer
  %863 = select <8 x i1> %862, <8 x float> zeroinitializer, <8 x float> %861
  %864 = getelementptr inbounds float, float* %0, i64 %115
  %865 = bitcast float* %864 to <8 x float>*
  store <8 x float> %863, <8 x float>* %865, align 4
  %866 = load <8 x float>, <8 x float>* %9, align 32
  %867 = fcmp olt <8 x float> %866, zeroinitializer
  %868 = select <8 x i1> %867, <8 x float> zeroinitializer, <8 x float> %866
  %869 = getelementptr inbounds float, float* %0, i64 %122
  %870 = bitcast float* %869 to <8 x float>*
  store <8 x float> %868, <8 x float>* %870, align 4
  %871 = load <8 x float>, <8 x float>* %8, align 32
  %872 = fcmp olt <8 x float> %871, zeroinitializer
  %873 = select <8 x i1> %872, <8 x float> zeroinitializer, <8 x float> %871
  %874 = getelementptr inbounds float, float* %0, i64 %125
  %875 = bitcast float* %874 to <8 x float>*
  store <8 x float> %873, <8 x float>* %875, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node12.conv2d_7.step0(i8* %0) #3 {
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
  %25 = add i64 64, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 64
  %29 = select i1 %28, i64 %27, i64 64
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 64
  %32 = select i1 %31, i64 %30, i64 64
  call void @node12.conv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.depthwiseConv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %kh.exit19, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %kh.exit19 ]
  %22 = icmp slt i64 %task, %7
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 14
  %24 = sdiv i64 %task, 14
  %25 = srem i64 %24, 64
  %26 = mul i64 %24, 1568
  %27 = mul i64 %24, 14
  %28 = add i64 %27, %23
  %29 = mul i64 %28, 112
  %30 = mul i64 %23, 1
  %31 = sub i64 %30, 1
  %32 = mul i64 %25, 8
  %33 = getelementptr inbounds float, float* %5, i64 %32
  %34 = bitcast float* %33 to <8 x float>*
  %35 = load <8 x float>, <8 x float>* %34, align 4
  store <8 x float> %35, <8 x float>* %21, align 32
  store <8 x float> %35, <8 x float>* %20, align 32
  store <8 x float> %35, <8 x float>* %19, align 32
  store <8 x float> %35, <8 x float>* %18, align 32
  store <8 x float> %35, <8 x float>* %17, align 32
  store <8 x float> %35, <8 x float>* %16, align 32
  store <8 x float> %35, <8 x float>* %15, align 32
  store <8 x float> %35, <8 x float>* %14, align 32
  store <8 x float> %35, <8 x float>* %13, align 32
  store <8 x float> %35, <8 x float>* %12, align 32
  store <8 x float> %35, <8 x float>* %11, align 32
  br label %kh.header

task.exit:                                        ; preds = %task.header
  ret void

kh.header:                                        ; preds = %endif, %task.body
  %kh = phi i64 [ 0, %task.body ], [ %kh.next, %endif ]
  %36 = icmp slt i64 %kh, 3
  br i1 %36, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %37 = mul i64 %kh, 1
  %38 = add i64 %31, %37
  %39 = icmp sge i64 %38, 0
  %40 = icmp slt i64 %38, 14
  %41 = and i1 %39, %40
  br i1 %41, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %42 = add i64 %29, 8
  %43 = load <8 x float>, <8 x float>* %21, align 32
  %44 = fcmp olt <8 x float> %43, zeroinitializer
  %45 = select <8 x i1> %44, <8 x float> zeroinitializer, <8 x float> %43
  %46 = getelementptr inbounds float, float* %0, i64 %42
  %47 = bitcast float* %46 to <8 x float>*
  store <8 x float> %45, <8 x float>* %47, align 4
  %48 = add i64 %29, 16
  %49 = load <8 x float>, <8 x float>* %20, align 32
  %50 = fcmp olt <8 x float> %49, zeroinitializer
  %51 = select <8 x i1> %50, <8 x float> zeroinitializer, <8 x float> %49
  %52 = getelementptr inbounds float, float* %0, i64 %48
  %53 = bitcast float* %52 to <8 x float>*
  store <8 x float> %51, <8 x float>* %53, align 4
  %54 = add i64 %29, 24
  %55 = load <8 x float>, <8 x float>* %19, align 32
  %56 = fcmp olt <8 x float> %55, zeroinitializer
  %57 = select <8 x i1> %56, <8 x float> zeroinitializer, <8 x float> %55
  %58 = getelementptr inbounds float, float* %0, i64 %54
  %59 = bitcast float* %58 to <8 x float>*
  store <8 x float> %57, <8 x float>* %59, align 4
  %60 = add i64 %29, 32
  %61 = load <8 x float>, <8 x float>* %18, align 32
  %62 = fcmp olt <8 x float> %61, zeroinitializer
  %63 = select <8 x i1> %62, <8 x float> zeroinitializer, <8 x float> %61
  %64 = getelementptr inbounds float, float* %0, i64 %60
  %65 = bitcast float* %64 to <8 x float>*
  store <8 x float> %63, <8 x float>* %65, align 4
  %66 = add i64 %29, 40
  %67 = load <8 x float>, <8 x float>* %17, align 32
  %68 = fcmp olt <8 x float> %67, zeroinitializer
  %69 = select <8 x i1> %68, <8 x float> zeroinitializer, <8 x float> %67
  %70 = getelementptr inbounds float, float* %0, i64 %66
  %71 = bitcast float* %70 to <8 x float>*
  store <8 x float> %69, <8 x float>* %71, align 4
  %72 = add i64 %29, 48
  %73 = load <8 x float>, <8 x float>* %16, align 32
  %74 = fcmp olt <8 x float> %73, zeroinitializer
  %75 = select <8 x i1> %74, <8 x float> zeroinitializer, <8 x float> %73
  %76 = getelementptr inbounds float, float* %0, i64 %72
  %77 = bitcast float* %76 to <8 x float>*
  store <8 x float> %75, <8 x float>* %77, align 4
  %78 = add i64 %29, 56
  %79 = load <8 x float>, <8 x float>* %15, align 32
  %80 = fcmp olt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> zeroinitializer, <8 x float> %79
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %29, 64
  %85 = load <8 x float>, <8 x float>* %14, align 32
  %86 = fcmp olt <8 x float> %85, zeroinitializer
  %87 = select <8 x i1> %86, <8 x float> zeroinitializer, <8 x float> %85
  %88 = getelementptr inbounds float, float* %0, i64 %84
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %87, <8 x float>* %89, align 4
  %90 = add i64 %29, 72
  %91 = load <8 x float>, <8 x float>* %13, align 32
  %92 = fcmp olt <8 x float> %91, zeroinitializer
  %93 = select <8 x i1> %92, <8 x float> zeroinitializer, <8 x float> %91
  %94 = getelementptr inbounds float, float* %0, i64 %90
  %95 = bitcast float* %94 to <8 x float>*
  store <8 x float> %93, <8 x float>* %95, align 4
  %96 = add i64 %29, 80
  %97 = load <8 x float>, <8 x float>* %12, align 32
  %98 = fcmp olt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> zeroinitializer, <8 x float> %97
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %29, 88
  %103 = load <8 x float>, <8 x float>* %11, align 32
  %104 = fcmp olt <8 x float> %103, zeroinitializer
  %105 = select <8 x i1> %104, <8 x float> zeroinitializer, <8 x float> %103
  %106 = getelementptr inbounds float, float* %0, i64 %102
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %105, <8 x float>* %107, align 4
  store <8 x float> %35, <8 x float>* %10, align 32
  br label %kh.header1

then:                                             ; preds = %kh.body
  %108 = mul i64 %38, 112
  %109 = add i64 %26, %108
  %110 = mul i64 %25, 3
  %111 = add i64 %110, %kh
  %112 = mul i64 %111, 24
  %113 = add i64 %112, 0
  %114 = getelementptr inbounds float, float* %4, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = add i64 %112, 8
  %118 = getelementptr inbounds float, float* %4, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = add i64 %112, 16
  %122 = getelementptr inbounds float, float* %4, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = add i64 %109, 0
  %126 = add i64 %125, 0
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = load <8 x float>, <8 x float>* %21, align 32
  %131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %129, <8 x float> %116, <8 x float> %130)
  store <8 x float> %131, <8 x float>* %21, align 32
  %132 = add i64 %125, 8
  %133 = getelementptr inbounds float, float* %1, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = load <8 x float>, <8 x float>* %21, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %120, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %21, align 32
  %138 = load <8 x float>, <8 x float>* %20, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %116, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %20, align 32
  %140 = add i64 %125, 16
  %141 = getelementptr inbounds float, float* %1, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = load <8 x float>, <8 x float>* %21, align 32
  %145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %143, <8 x float> %124, <8 x float> %144)
  store <8 x float> %145, <8 x float>* %21, align 32
  %146 = load <8 x float>, <8 x float>* %20, align 32
  %147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %143, <8 x float> %120, <8 x float> %146)
  store <8 x float> %147, <8 x float>* %20, align 32
  %148 = load <8 x float>, <8 x float>* %19, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %143, <8 x float> %116, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %19, align 32
  %150 = add i64 %125, 24
  %151 = getelementptr inbounds float, float* %1, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = load <8 x float>, <8 x float>* %20, align 32
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %153, <8 x float> %124, <8 x float> %154)
  store <8 x float> %155, <8 x float>* %20, align 32
  %156 = load <8 x float>, <8 x float>* %19, align 32
  %157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %153, <8 x float> %120, <8 x float> %156)
  store <8 x float> %157, <8 x float>* %19, align 32
  %158 = load <8 x float>, <8 x float>* %18, align 32
  %159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %153, <8 x float> %116, <8 x float> %158)
  store <8 x float> %159, <8 x float>* %18, align 32
  %160 = add i64 %125, 32
  %161 = getelementptr inbounds float, float* %1, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = load <8 x float>, <8 x float>* %19, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %163, <8 x float> %124, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %19, align 32
  %166 = load <8 x float>, <8 x float>* %18, align 32
  %167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %163, <8 x float> %120, <8 x float> %166)
  store <8 x float> %167, <8 x float>* %18, align 32
  %168 = load <8 x float>, <8 x float>* %17, align 32
  %169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %163, <8 x float> %116, <8 x float> %168)
  store <8 x float> %169, <8 x float>* %17, align 32
  %170 = add i64 %125, 40
  %171 = getelementptr inbounds float, float* %1, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = load <8 x float>, <8 x float>* %18, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %173, <8 x float> %124, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %18, align 32
  %176 = load <8 x float>, <8 x float>* %17, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %173, <8 x float> %120, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %17, align 32
  %178 = load <8 x float>, <8 x float>* %16, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %173, <8 x float> %116, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %16, align 32
  %180 = add i64 %125, 48
  %181 = getelementptr inbounds float, float* %1, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  %183 = load <8 x float>, <8 x float>* %182, align 4
  %184 = load <8 x float>, <8 x float>* %17, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %183, <8 x float> %124, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %17, align 32
  %186 = load <8 x float>, <8 x float>* %16, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %183, <8 x float> %120, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %16, align 32
  %188 = load <8 x float>, <8 x float>* %15, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %183, <8 x float> %116, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %15, align 32
  %190 = add i64 %125, 56
  %191 = getelementptr inbounds float, float* %1, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = load <8 x float>, <8 x float>* %16, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> %124, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %16, align 32
  %196 = load <8 x float>, <8 x float>* %15, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> %120, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %15, align 32
  %198 = load <8 x float>, <8 x float>* %14, align 32
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> %116, <8 x float> %198)
  store <8 x float> %199, <8 x float>* %14, align 32
  %200 = add i64 %125, 64
  %201 = getelementptr inbounds float, float* %1, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = load <8 x float>, <8 x float>* %15, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %203, <8 x float> %124, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %15, align 32
  %206 = load <8 x float>, <8 x float>* %14, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %203, <8 x float> %120, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %14, align 32
  %208 = load <8 x float>, <8 x float>* %13, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %203, <8 x float> %116, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %13, align 32
  %210 = add i64 %125, 72
  %211 = getelementptr inbounds float, float* %1, i64 %210
  %212 = bitcast float* %211 to <8 x float>*
  %213 = load <8 x float>, <8 x float>* %212, align 4
  %214 = load <8 x float>, <8 x float>* %14, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %124, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %14, align 32
  %216 = load <8 x float>, <8 x float>* %13, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %120, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %13, align 32
  %218 = load <8 x float>, <8 x float>* %12, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %116, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %12, align 32
  %220 = add i64 %125, 80
  %221 = getelementptr inbounds float, float* %1, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  %223 = load <8 x float>, <8 x float>* %222, align 4
  %224 = load <8 x float>, <8 x float>* %13, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %124, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %13, align 32
  %226 = load <8 x float>, <8 x float>* %12, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %120, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %12, align 32
  %228 = load <8 x float>, <8 x float>* %11, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %116, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %11, align 32
  %230 = add i64 %125, 88
  %231 = getelementptr inbounds float, float* %1, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  %233 = load <8 x float>, <8 x float>* %232, align 4
  %234 = load <8 x float>, <8 x float>* %12, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %124, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %12, align 32
  %236 = load <8 x float>, <8 x float>* %11, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %120, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %11, align 32
  %238 = add i64 %125, 96
  %239 = getelementptr inbounds float, float* %1, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  %241 = load <8 x float>, <8 x float>* %240, align 4
  %242 = load <8 x float>, <8 x float>* %11, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %124, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %11, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %kh.exit
  %kh4 = phi i64 [ 0, %kh.exit ], [ %kh.next7, %endif6 ]
  %244 = icmp slt i64 %kh4, 3
  br i1 %244, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %245 = mul i64 %kh4, 1
  %246 = add i64 %31, %245
  %247 = icmp sge i64 %246, 0
  %248 = icmp slt i64 %246, 14
  %249 = and i1 %247, %248
  br i1 %249, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %250 = add i64 %29, 96
  %251 = load <8 x float>, <8 x float>* %10, align 32
  %252 = fcmp olt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> zeroinitializer, <8 x float> %251
  %254 = getelementptr inbounds float, float* %0, i64 %250
  %255 = bitcast float* %254 to <8 x float>*
  store <8 x float> %253, <8 x float>* %255, align 4
  store <8 x float> %35, <8 x float>* %9, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %256 = mul i64 %246, 112
  %257 = add i64 %26, %256
  %258 = mul i64 %25, 3
  %259 = add i64 %258, %kh4
  %260 = mul i64 %259, 24
  %261 = add i64 %260, 0
  %262 = getelementptr inbounds float, float* %4, i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = add i64 %260, 8
  %266 = getelementptr inbounds float, float* %4, i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  %268 = load <8 x float>, <8 x float>* %267, align 4
  %269 = add i64 %260, 16
  %270 = getelementptr inbounds float, float* %4, i64 %269
  %271 = bitcast float* %270 to <8 x float>*
  %272 = load <8 x float>, <8 x float>* %271, align 4
  %273 = add i64 %257, 88
  %274 = add i64 %273, 0
  %275 = getelementptr inbounds float, float* %1, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  %277 = load <8 x float>, <8 x float>* %276, align 4
  %278 = load <8 x float>, <8 x float>* %10, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %264, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %10, align 32
  %280 = add i64 %273, 8
  %281 = getelementptr inbounds float, float* %1, i64 %280
  %282 = bitcast float* %281 to <8 x float>*
  %283 = load <8 x float>, <8 x float>* %282, align 4
  %284 = load <8 x float>, <8 x float>* %10, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %283, <8 x float> %268, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %10, align 32
  %286 = add i64 %273, 16
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  %289 = load <8 x float>, <8 x float>* %288, align 4
  %290 = load <8 x float>, <8 x float>* %10, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %272, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %10, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next16, %endif13 ]
  %292 = icmp slt i64 %kh11, 3
  br i1 %292, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %293 = mul i64 %kh11, 1
  %294 = add i64 %31, %293
  %295 = icmp sge i64 %294, 0
  %296 = icmp slt i64 %294, 14
  %297 = and i1 %295, %296
  br i1 %297, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %298 = add i64 %29, 0
  %299 = load <8 x float>, <8 x float>* %9, align 32
  %300 = fcmp olt <8 x float> %299, zeroinitializer
  %301 = select <8 x i1> %300, <8 x float> zeroinitializer, <8 x float> %299
  %302 = getelementptr inbounds float, float* %0, i64 %298
  %303 = bitcast float* %302 to <8 x float>*
  store <8 x float> %301, <8 x float>* %303, align 4
  store <8 x float> %35, <8 x float>* %8, align 32
  br label %kh.header17

then12:                                           ; preds = %kh.body9
  %304 = mul i64 %294, 112
  %305 = add i64 %26, %304
  %306 = mul i64 %25, 3
  %307 = add i64 %306, %kh11
  %308 = mul i64 %307, 24
  br label %kw.header

endif13:                                          ; preds = %kw.exit, %kh.body9
  %kh.next16 = add i64 %kh11, 1
  br label %kh.header8

kw.header:                                        ; preds = %endif15, %then12
  %kw = phi i64 [ 0, %then12 ], [ %kw.next, %endif15 ]
  %309 = icmp slt i64 %kw, 3
  br i1 %309, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %310 = mul i64 %kw, 1
  %311 = add i64 -1, %310
  %312 = icmp sge i64 %311, 0
  %313 = icmp slt i64 %311, 14
  %314 = and i1 %312, %313
  br i1 %314, label %then14, label %endif15

kw.exit:                                          ; preds = %kw.header
  br label %endif13

then14:                                           ; preds = %kw.body
  %315 = mul i64 %kw, 8
  %316 = add i64 %308, %315
  %317 = getelementptr inbounds float, float* %4, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  %319 = load <8 x float>, <8 x float>* %318, align 4
  %320 = mul i64 %311, 8
  %321 = add i64 %305, %320
  %322 = getelementptr inbounds float, float* %1, i64 %321
  %323 = bitcast float* %322 to <8 x float>*
  %324 = load <8 x float>, <8 x float>* %323, align 4
  %325 = load <8 x float>, <8 x float>* %9, align 32
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %319, <8 x float> %325)
  store <8 x float> %326, <8 x float>* %9, align 32
  br label %endif15

endif15:                                          ; preds = %then14, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header

kh.header17:                                      ; preds = %endif22, %kh.exit10
  %kh20 = phi i64 [ 0, %kh.exit10 ], [ %kh.next30, %endif22 ]
  %327 = icmp slt i64 %kh20, 3
  br i1 %327, label %kh.body18, label %kh.exit19

kh.body18:                                        ; preds = %kh.header17
  %328 = mul i64 %kh20, 1
  %329 = add i64 %31, %328
  %330 = icmp sge i64 %329, 0
  %331 = icmp slt i64 %329, 14
  %332 = and i1 %330, %331
  br i1 %332, label %then21, label %endif22

kh.exit19:                                        ; preds = %kh.header17
  %333 = add i64 %29, 104
  %334 = load <8 x float>, <8 x float>* %8, align 32
  %335 = fcmp olt <8 x float> %334, zeroinitializer
  %336 = select <8 x i1> %335, <8 x float> zeroinitializer, <8 x float> %334
  %337 = getelementptr inbounds float, float* %0, i64 %333
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %336, <8 x float>* %338, align 4
  %task.next = add i64 %task, 1
  br label %task.header

then21:                                           ; preds = %kh.body18
  %339 = mul i64 %329, 112
  %340 = add i64 %26, %339
  %341 = mul i64 %25, 3
  %342 = add i64 %341, %kh20
  %343 = mul i64 %342, 24
  br label %kw.header23

endif22:                                          ; preds = %kw.exit25, %kh.body18
  %kh.next30 = add i64 %kh20, 1
  br label %kh.header17

kw.header23:                                      ; preds = %endif28, %then21
  %kw26 = phi i64 [ 0, %then21 ], [ %kw.next29, %endif28 ]
  %344 = icmp slt i64 %kw26, 3
  br i1 %344, label %kw.body24, label %kw.exit25

kw.body24:                                        ; preds = %kw.header23
  %345 = mul i64 %kw26, 1
  %346 = add i64 12, %345
  %347 = icmp sge i64 %346, 0
  %348 = icmp slt i64 %346, 14
  %349 = and i1 %347, %348
  br i1 %349, label %then27, label %endif28

kw.exit25:                                        ; preds = %kw.header23
  br label %endif22

then27:                                           ; preds = %kw.body24
  %350 = mul i64 %kw26, 8
  %351 = add i64 %343, %350
  %352 = getelementptr inbounds float, float* %4, i64 %351
  %353 = bitcast float* %352 to <8 x float>*
  %354 = load <8 x float>, <8 x float>* %353, align 4
  %355 = mul i64 %346, 8
  %356 = add i64 %340, %355
  %357 = getelementptr inbounds float, float* %1, i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  %359 = load <8 x float>, <8 x float>* %358, align 4
  %360 = load <8 x float>, <8 x float>* %8, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %354, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %8, align 32
  br label %endif28

endif28:                                          ; preds = %then27, %kw.body24
  %kw.next29 = add i64 %kw26, 1
  br label %kw.header23
}

; Function Attrs: noinline nounwind
define internal void @node13.depthwiseConv2d_7.step0(i8* %0) #3 {
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
  %25 = add i64 896, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 896
  %32 = select i1 %31, i64 %30, i64 896
  call void @node13.depthwiseConv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.conv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %24 = icmp slt i64 %task, %7
  br i1 %24, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %25 = srem i64 %task, 32
  %26 = sdiv i64 %task, 32
  %27 = srem i64 %26, 2
  %28 = sdiv i64 %task, 64
  %29 = srem i64 %28, 1
  %30 = sdiv i64 %28, 1
  %31 = mul i64 %29, 64
  %32 = mul i64 %25, 2
  %33 = add i64 %31, %32
  %34 = mul i64 %27, 1
  %35 = mul i64 %34, 98
  %36 = mul i64 %27, 1
  %37 = mul i64 %29, 64
  %38 = mul i64 %25, 2
  %39 = add i64 %37, %38
  %40 = mul i64 %30, 64
  %41 = mul i64 %29, 64
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 1568
  %44 = mul i64 %39, 4096
  %45 = mul i64 %36, 784
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 96
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %35, %x
  %48 = mul i64 %30, 64
  %49 = add i64 %48, %33
  %50 = add i64 %49, 0
  %51 = mul i64 %50, 1568
  %52 = add i64 %47, 0
  %53 = mul i64 %52, 8
  %54 = add i64 %51, %53
  %55 = add i64 %47, 1
  %56 = mul i64 %55, 8
  %57 = add i64 %51, %56
  %58 = add i64 %47, 2
  %59 = mul i64 %58, 8
  %60 = add i64 %51, %59
  %61 = add i64 %47, 3
  %62 = mul i64 %61, 8
  %63 = add i64 %51, %62
  %64 = add i64 %47, 4
  %65 = mul i64 %64, 8
  %66 = add i64 %51, %65
  %67 = add i64 %47, 5
  %68 = mul i64 %67, 8
  %69 = add i64 %51, %68
  %70 = mul i64 %30, 64
  %71 = add i64 %70, %33
  %72 = add i64 %71, 1
  %73 = mul i64 %72, 1568
  %74 = add i64 %47, 0
  %75 = mul i64 %74, 8
  %76 = add i64 %73, %75
  %77 = add i64 %47, 1
  %78 = mul i64 %77, 8
  %79 = add i64 %73, %78
  %80 = add i64 %47, 2
  %81 = mul i64 %80, 8
  %82 = add i64 %73, %81
  %83 = add i64 %47, 3
  %84 = mul i64 %83, 8
  %85 = add i64 %73, %84
  %86 = add i64 %47, 4
  %87 = mul i64 %86, 8
  %88 = add i64 %73, %87
  %89 = add i64 %47, 5
  %90 = mul i64 %89, 8
  %91 = add i64 %73, %90
  %92 = add i64 %39, 0
  %93 = mul i64 %92, 8
  %94 = getelementptr inbounds float, float* %5, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = add i64 %39, 1
  %98 = mul i64 %97, 8
  %99 = getelementptr inbounds float, float* %5, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  store <8 x float> %96, <8 x float>* %23, align 32
  store <8 x float> %96, <8 x float>* %22, align 32
  store <8 x float> %96, <8 x float>* %21, align 32
  store <8 x float> %96, <8 x float>* %20, align 32
  store <8 x float> %96, <8 x float>* %19, align 32
  store <8 x float> %96, <8 x float>* %18, align 32
  store <8 x float> %101, <8 x float>* %17, align 32
  store <8 x float> %101, <8 x float>* %16, align 32
  store <8 x float> %101, <8 x float>* %15, align 32
  store <8 x float> %101, <8 x float>* %14, align 32
  store <8 x float> %101, <8 x float>* %13, align 32
  store <8 x float> %101, <8 x float>* %12, align 32
  %102 = mul i64 %x, 8
  %103 = add i64 %45, %102
  %104 = add i64 %43, %103
  br label %u.header

x.exit:                                           ; preds = %x.header
  %105 = add i64 %35, 96
  %106 = mul i64 %30, 64
  %107 = add i64 %106, %33
  %108 = add i64 %107, 0
  %109 = mul i64 %108, 1568
  %110 = add i64 %105, 0
  %111 = mul i64 %110, 8
  %112 = add i64 %109, %111
  %113 = add i64 %105, 1
  %114 = mul i64 %113, 8
  %115 = add i64 %109, %114
  %116 = mul i64 %30, 64
  %117 = add i64 %116, %33
  %118 = add i64 %117, 1
  %119 = mul i64 %118, 1568
  %120 = add i64 %105, 0
  %121 = mul i64 %120, 8
  %122 = add i64 %119, %121
  %123 = add i64 %105, 1
  %124 = mul i64 %123, 8
  %125 = add i64 %119, %124
  %126 = add i64 %39, 0
  %127 = mul i64 %126, 8
  %128 = getelementptr inbounds float, float* %5, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = add i64 %39, 1
  %132 = mul i64 %131, 8
  %133 = getelementptr inbounds float, float* %5, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  store <8 x float> %130, <8 x float>* %11, align 32
  store <8 x float> %130, <8 x float>* %10, align 32
  store <8 x float> %135, <8 x float>* %9, align 32
  store <8 x float> %135, <8 x float>* %8, align 32
  %136 = add i64 %45, 768
  %137 = add i64 %43, %136
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %138 = icmp slt i64 %u, 64
  br i1 %138, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %139 = add i64 0, %u
  %140 = mul i64 %139, 1568
  %141 = add i64 %104, %140
  %142 = mul i64 %139, 64
  %143 = add i64 %44, %142
  %144 = add i64 %141, 0
  %145 = add i64 %144, 0
  %146 = add i64 %143, 0
  %147 = add i64 %146, 0
  %148 = getelementptr inbounds float, float* %4, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  %150 = load <8 x float>, <8 x float>* %149, align 4
  %151 = add i64 %146, 4096
  %152 = getelementptr inbounds float, float* %4, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = add i64 %145, 0
  %156 = getelementptr inbounds float, float* %1, i64 %155
  %157 = load float, float* %156, align 4
  %158 = insertelement <8 x float> undef, float %157, i32 0
  %splat = shufflevector <8 x float> %158, <8 x float> undef, <8 x i32> zeroinitializer
  %159 = load <8 x float>, <8 x float>* %23, align 32
  %160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %150, <8 x float> %159)
  store <8 x float> %160, <8 x float>* %23, align 32
  %161 = load <8 x float>, <8 x float>* %17, align 32
  %162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %154, <8 x float> %161)
  store <8 x float> %162, <8 x float>* %17, align 32
  %163 = add i64 %145, 8
  %164 = getelementptr inbounds float, float* %1, i64 %163
  %165 = load float, float* %164, align 4
  %166 = insertelement <8 x float> undef, float %165, i32 0
  %splat1 = shufflevector <8 x float> %166, <8 x float> undef, <8 x i32> zeroinitializer
  %167 = load <8 x float>, <8 x float>* %22, align 32
  %168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %150, <8 x float> %167)
  store <8 x float> %168, <8 x float>* %22, align 32
  %169 = load <8 x float>, <8 x float>* %16, align 32
  %170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %154, <8 x float> %169)
  store <8 x float> %170, <8 x float>* %16, align 32
  %171 = add i64 %145, 16
  %172 = getelementptr inbounds float, float* %1, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat2 = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %21, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %150, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %21, align 32
  %177 = load <8 x float>, <8 x float>* %15, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %154, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %15, align 32
  %179 = add i64 %145, 24
  %180 = getelementptr inbounds float, float* %1, i64 %179
  %181 = load float, float* %180, align 4
  %182 = insertelement <8 x float> undef, float %181, i32 0
  %splat3 = shufflevector <8 x float> %182, <8 x float> undef, <8 x i32> zeroinitializer
  %183 = load <8 x float>, <8 x float>* %20, align 32
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %150, <8 x float> %183)
  store <8 x float> %184, <8 x float>* %20, align 32
  %185 = load <8 x float>, <8 x float>* %14, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %154, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %14, align 32
  %187 = add i64 %145, 32
  %188 = getelementptr inbounds float, float* %1, i64 %187
  %189 = load float, float* %188, align 4
  %190 = insertelement <8 x float> undef, float %189, i32 0
  %splat4 = shufflevector <8 x float> %190, <8 x float> undef, <8 x i32> zeroinitializer
  %191 = load <8 x float>, <8 x float>* %19, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %150, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %19, align 32
  %193 = load <8 x float>, <8 x float>* %13, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %154, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %13, align 32
  %195 = add i64 %145, 40
  %196 = getelementptr inbounds float, float* %1, i64 %195
  %197 = load float, float* %196, align 4
  %198 = insertelement <8 x float> undef, float %197, i32 0
  %splat5 = shufflevector <8 x float> %198, <8 x float> undef, <8 x i32> zeroinitializer
  %199 = load <8 x float>, <8 x float>* %18, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %150, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %18, align 32
  %201 = load <8 x float>, <8 x float>* %12, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %154, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %12, align 32
  %203 = add i64 %146, 8
  %204 = getelementptr inbounds float, float* %4, i64 %203
  %205 = bitcast float* %204 to <8 x float>*
  %206 = load <8 x float>, <8 x float>* %205, align 4
  %207 = add i64 %146, 4104
  %208 = getelementptr inbounds float, float* %4, i64 %207
  %209 = bitcast float* %208 to <8 x float>*
  %210 = load <8 x float>, <8 x float>* %209, align 4
  %211 = add i64 %145, 1
  %212 = getelementptr inbounds float, float* %1, i64 %211
  %213 = load float, float* %212, align 4
  %214 = insertelement <8 x float> undef, float %213, i32 0
  %splat6 = shufflevector <8 x float> %214, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %23, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %206, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %23, align 32
  %217 = load <8 x float>, <8 x float>* %17, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %210, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %17, align 32
  %219 = add i64 %145, 9
  %220 = getelementptr inbounds float, float* %1, i64 %219
  %221 = load float, float* %220, align 4
  %222 = insertelement <8 x float> undef, float %221, i32 0
  %splat7 = shufflevector <8 x float> %222, <8 x float> undef, <8 x i32> zeroinitializer
  %223 = load <8 x float>, <8 x float>* %22, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %206, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %22, align 32
  %225 = load <8 x float>, <8 x float>* %16, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %210, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %16, align 32
  %227 = add i64 %145, 17
  %228 = getelementptr inbounds float, float* %1, i64 %227
  %229 = load float, float* %228, align 4
  %230 = insertelement <8 x float> undef, float %229, i32 0
  %splat8 = shufflevector <8 x float> %230, <8 x float> undef, <8 x i32> zeroinitializer
  %231 = load <8 x float>, <8 x float>* %21, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %206, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %21, align 32
  %233 = load <8 x float>, <8 x float>* %15, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %210, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %15, align 32
  %235 = add i64 %145, 25
  %236 = getelementptr inbounds float, float* %1, i64 %235
  %237 = load float, float* %236, align 4
  %238 = insertelement <8 x float> undef, float %237, i32 0
  %splat9 = shufflevector <8 x float> %238, <8 x float> undef, <8 x i32> zeroinitializer
  %239 = load <8 x float>, <8 x float>* %20, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %206, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %20, align 32
  %241 = load <8 x float>, <8 x float>* %14, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %210, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %14, align 32
  %243 = add i64 %145, 33
  %244 = getelementptr inbounds float, float* %1, i64 %243
  %245 = load float, float* %244, align 4
  %246 = insertelement <8 x float> undef, float %245, i32 0
  %splat10 = shufflevector <8 x float> %246, <8 x float> undef, <8 x i32> zeroinitializer
  %247 = load <8 x float>, <8 x float>* %19, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %206, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %19, align 32
  %249 = load <8 x float>, <8 x float>* %13, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %210, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %13, align 32
  %251 = add i64 %145, 41
  %252 = getelementptr inbounds float, float* %1, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat11 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %18, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %206, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %18, align 32
  %257 = load <8 x float>, <8 x float>* %12, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %210, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %12, align 32
  %259 = add i64 %146, 16
  %260 = getelementptr inbounds float, float* %4, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  %262 = load <8 x float>, <8 x float>* %261, align 4
  %263 = add i64 %146, 4112
  %264 = getelementptr inbounds float, float* %4, i64 %263
  %265 = bitcast float* %264 to <8 x float>*
  %266 = load <8 x float>, <8 x float>* %265, align 4
  %267 = add i64 %145, 2
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = load float, float* %268, align 4
  %270 = insertelement <8 x float> undef, float %269, i32 0
  %splat12 = shufflevector <8 x float> %270, <8 x float> undef, <8 x i32> zeroinitializer
  %271 = load <8 x float>, <8 x float>* %23, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %262, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %23, align 32
  %273 = load <8 x float>, <8 x float>* %17, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %266, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %17, align 32
  %275 = add i64 %145, 10
  %276 = getelementptr inbounds float, float* %1, i64 %275
  %277 = load float, float* %276, align 4
  %278 = insertelement <8 x float> undef, float %277, i32 0
  %splat13 = shufflevector <8 x float> %278, <8 x float> undef, <8 x i32> zeroinitializer
  %279 = load <8 x float>, <8 x float>* %22, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %262, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %22, align 32
  %281 = load <8 x float>, <8 x float>* %16, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %266, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %16, align 32
  %283 = add i64 %145, 18
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat14 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %21, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %262, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %21, align 32
  %289 = load <8 x float>, <8 x float>* %15, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %266, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %15, align 32
  %291 = add i64 %145, 26
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = load float, float* %292, align 4
  %294 = insertelement <8 x float> undef, float %293, i32 0
  %splat15 = shufflevector <8 x float> %294, <8 x float> undef, <8 x i32> zeroinitializer
  %295 = load <8 x float>, <8 x float>* %20, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %262, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %20, align 32
  %297 = load <8 x float>, <8 x float>* %14, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %266, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %14, align 32
  %299 = add i64 %145, 34
  %300 = getelementptr inbounds float, float* %1, i64 %299
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> undef, float %301, i32 0
  %splat16 = shufflevector <8 x float> %302, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = load <8 x float>, <8 x float>* %19, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %262, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %19, align 32
  %305 = load <8 x float>, <8 x float>* %13, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %266, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %13, align 32
  %307 = add i64 %145, 42
  %308 = getelementptr inbounds float, float* %1, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat17 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %18, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %262, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %18, align 32
  %313 = load <8 x float>, <8 x float>* %12, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %266, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %12, align 32
  %315 = add i64 %146, 24
  %316 = getelementptr inbounds float, float* %4, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  %318 = load <8 x float>, <8 x float>* %317, align 4
  %319 = add i64 %146, 4120
  %320 = getelementptr inbounds float, float* %4, i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  %322 = load <8 x float>, <8 x float>* %321, align 4
  %323 = add i64 %145, 3
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat18 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %23, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %318, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %23, align 32
  %329 = load <8 x float>, <8 x float>* %17, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %322, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %17, align 32
  %331 = add i64 %145, 11
  %332 = getelementptr inbounds float, float* %1, i64 %331
  %333 = load float, float* %332, align 4
  %334 = insertelement <8 x float> undef, float %333, i32 0
  %splat19 = shufflevector <8 x float> %334, <8 x float> undef, <8 x i32> zeroinitializer
  %335 = load <8 x float>, <8 x float>* %22, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %318, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %22, align 32
  %337 = load <8 x float>, <8 x float>* %16, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %322, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %16, align 32
  %339 = add i64 %145, 19
  %340 = getelementptr inbounds float, float* %1, i64 %339
  %341 = load float, float* %340, align 4
  %342 = insertelement <8 x float> undef, float %341, i32 0
  %splat20 = shufflevector <8 x float> %342, <8 x float> undef, <8 x i32> zeroinitializer
  %343 = load <8 x float>, <8 x float>* %21, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %318, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %21, align 32
  %345 = load <8 x float>, <8 x float>* %15, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %322, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %15, align 32
  %347 = add i64 %145, 27
  %348 = getelementptr inbounds float, float* %1, i64 %347
  %349 = load float, float* %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i32 0
  %splat21 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = load <8 x float>, <8 x float>* %20, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %318, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %20, align 32
  %353 = load <8 x float>, <8 x float>* %14, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %322, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %14, align 32
  %355 = add i64 %145, 35
  %356 = getelementptr inbounds float, float* %1, i64 %355
  %357 = load float, float* %356, align 4
  %358 = insertelement <8 x float> undef, float %357, i32 0
  %splat22 = shufflevector <8 x float> %358, <8 x float> undef, <8 x i32> zeroinitializer
  %359 = load <8 x float>, <8 x float>* %19, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %318, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %19, align 32
  %361 = load <8 x float>, <8 x float>* %13, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %322, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %13, align 32
  %363 = add i64 %145, 43
  %364 = getelementptr inbounds float, float* %1, i64 %363
  %365 = load float, float* %364, align 4
  %366 = insertelement <8 x float> undef, float %365, i32 0
  %splat23 = shufflevector <8 x float> %366, <8 x float> undef, <8 x i32> zeroinitializer
  %367 = load <8 x float>, <8 x float>* %18, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %318, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %18, align 32
  %369 = load <8 x float>, <8 x float>* %12, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %322, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %12, align 32
  %371 = add i64 %146, 32
  %372 = getelementptr inbounds float, float* %4, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  %374 = load <8 x float>, <8 x float>* %373, align 4
  %375 = add i64 %146, 4128
  %376 = getelementptr inbounds float, float* %4, i64 %375
  %377 = bitcast float* %376 to <8 x float>*
  %378 = load <8 x float>, <8 x float>* %377, align 4
  %379 = add i64 %145, 4
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat24 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %23, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %374, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %23, align 32
  %385 = load <8 x float>, <8 x float>* %17, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %378, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %17, align 32
  %387 = add i64 %145, 12
  %388 = getelementptr inbounds float, float* %1, i64 %387
  %389 = load float, float* %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %splat25 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %391 = load <8 x float>, <8 x float>* %22, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %374, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %22, align 32
  %393 = load <8 x float>, <8 x float>* %16, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %378, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %16, align 32
  %395 = add i64 %145, 20
  %396 = getelementptr inbounds float, float* %1, i64 %395
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i32 0
  %splat26 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, <8 x float>* %21, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %374, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %21, align 32
  %401 = load <8 x float>, <8 x float>* %15, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %378, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %15, align 32
  %403 = add i64 %145, 28
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat27 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %20, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %374, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %20, align 32
  %409 = load <8 x float>, <8 x float>* %14, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %378, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %14, align 32
  %411 = add i64 %145, 36
  %412 = getelementptr inbounds float, float* %1, i64 %411
  %413 = load float, float* %412, align 4
  %414 = insertelement <8 x float> undef, float %413, i32 0
  %splat28 = shufflevector <8 x float> %414, <8 x float> undef, <8 x i32> zeroinitializer
  %415 = load <8 x float>, <8 x float>* %19, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %374, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %19, align 32
  %417 = load <8 x float>, <8 x float>* %13, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %378, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %13, align 32
  %419 = add i64 %145, 44
  %420 = getelementptr inbounds float, float* %1, i64 %419
  %421 = load float, float* %420, align 4
  %422 = insertelement <8 x float> undef, float %421, i32 0
  %splat29 = shufflevector <8 x float> %422, <8 x float> undef, <8 x i32> zeroinitializer
  %423 = load <8 x float>, <8 x float>* %18, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %374, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %18, align 32
  %425 = load <8 x float>, <8 x float>* %12, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %378, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %12, align 32
  %427 = add i64 %146, 40
  %428 = getelementptr inbounds float, float* %4, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  %430 = load <8 x float>, <8 x float>* %429, align 4
  %431 = add i64 %146, 4136
  %432 = getelementptr inbounds float, float* %4, i64 %431
  %433 = bitcast float* %432 to <8 x float>*
  %434 = load <8 x float>, <8 x float>* %433, align 4
  %435 = add i64 %145, 5
  %436 = getelementptr inbounds float, float* %1, i64 %435
  %437 = load float, float* %436, align 4
  %438 = insertelement <8 x float> undef, float %437, i32 0
  %splat30 = shufflevector <8 x float> %438, <8 x float> undef, <8 x i32> zeroinitializer
  %439 = load <8 x float>, <8 x float>* %23, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %430, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %23, align 32
  %441 = load <8 x float>, <8 x float>* %17, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %434, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %17, align 32
  %443 = add i64 %145, 13
  %444 = getelementptr inbounds float, float* %1, i64 %443
  %445 = load float, float* %444, align 4
  %446 = insertelement <8 x float> undef, float %445, i32 0
  %splat31 = shufflevector <8 x float> %446, <8 x float> undef, <8 x i32> zeroinitializer
  %447 = load <8 x float>, <8 x float>* %22, align 32
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %430, <8 x float> %447)
  store <8 x float> %448, <8 x float>* %22, align 32
  %449 = load <8 x float>, <8 x float>* %16, align 32
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %434, <8 x float> %449)
  store <8 x float> %450, <8 x float>* %16, align 32
  %451 = add i64 %145, 21
  %452 = getelementptr inbounds float, float* %1, i64 %451
  %453 = load float, float* %452, align 4
  %454 = insertelement <8 x float> undef, float %453, i32 0
  %splat32 = shufflevector <8 x float> %454, <8 x float> undef, <8 x i32> zeroinitializer
  %455 = load <8 x float>, <8 x float>* %21, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %430, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %21, align 32
  %457 = load <8 x float>, <8 x float>* %15, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %434, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %15, align 32
  %459 = add i64 %145, 29
  %460 = getelementptr inbounds float, float* %1, i64 %459
  %461 = load float, float* %460, align 4
  %462 = insertelement <8 x float> undef, float %461, i32 0
  %splat33 = shufflevector <8 x float> %462, <8 x float> undef, <8 x i32> zeroinitializer
  %463 = load <8 x float>, <8 x float>* %20, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %430, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %20, align 32
  %465 = load <8 x float>, <8 x float>* %14, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %434, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %14, align 32
  %467 = add i64 %145, 37
  %468 = getelementptr inbounds float, float* %1, i64 %467
  %469 = load float, float* %468, align 4
  %470 = insertelement <8 x float> undef, float %469, i32 0
  %splat34 = shufflevector <8 x float> %470, <8 x float> undef, <8 x i32> zeroinitializer
  %471 = load <8 x float>, <8 x float>* %19, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %430, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %19, align 32
  %473 = load <8 x float>, <8 x float>* %13, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %434, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %13, align 32
  %475 = add i64 %145, 45
  %476 = getelementptr inbounds float, float* %1, i64 %475
  %477 = load float, float* %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %splat35 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = load <8 x float>, <8 x float>* %18, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %430, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %18, align 32
  %481 = load <8 x float>, <8 x float>* %12, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %434, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %12, align 32
  %483 = add i64 %146, 48
  %484 = getelementptr inbounds float, float* %4, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = load <8 x float>, <8 x float>* %485, align 4
  %487 = add i64 %146, 4144
  %488 = getelementptr inbounds float, float* %4, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  %490 = load <8 x float>, <8 x float>* %489, align 4
  %491 = add i64 %145, 6
  %492 = getelementptr inbounds float, float* %1, i64 %491
  %493 = load float, float* %492, align 4
  %494 = insertelement <8 x float> undef, float %493, i32 0
  %splat36 = shufflevector <8 x float> %494, <8 x float> undef, <8 x i32> zeroinitializer
  %495 = load <8 x float>, <8 x float>* %23, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %486, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %23, align 32
  %497 = load <8 x float>, <8 x float>* %17, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %490, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %17, align 32
  %499 = add i64 %145, 14
  %500 = getelementptr inbounds float, float* %1, i64 %499
  %501 = load float, float* %500, align 4
  %502 = insertelement <8 x float> undef, float %501, i32 0
  %splat37 = shufflevector <8 x float> %502, <8 x float> undef, <8 x i32> zeroinitializer
  %503 = load <8 x float>, <8 x float>* %22, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %486, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %22, align 32
  %505 = load <8 x float>, <8 x float>* %16, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %490, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %16, align 32
  %507 = add i64 %145, 22
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat38 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %21, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %486, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %21, align 32
  %513 = load <8 x float>, <8 x float>* %15, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %490, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %15, align 32
  %515 = add i64 %145, 30
  %516 = getelementptr inbounds float, float* %1, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat39 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %20, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %486, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %20, align 32
  %521 = load <8 x float>, <8 x float>* %14, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %490, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %14, align 32
  %523 = add i64 %145, 38
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat40 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %19, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %486, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %19, align 32
  %529 = load <8 x float>, <8 x float>* %13, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %490, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %13, align 32
  %531 = add i64 %145, 46
  %532 = getelementptr inbounds float, float* %1, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat41 = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %18, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %486, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %18, align 32
  %537 = load <8 x float>, <8 x float>* %12, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %490, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %12, align 32
  %539 = add i64 %146, 56
  %540 = getelementptr inbounds float, float* %4, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 %146, 4152
  %544 = getelementptr inbounds float, float* %4, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  %546 = load <8 x float>, <8 x float>* %545, align 4
  %547 = add i64 %145, 7
  %548 = getelementptr inbounds float, float* %1, i64 %547
  %549 = load float, float* %548, align 4
  %550 = insertelement <8 x float> undef, float %549, i32 0
  %splat42 = shufflevector <8 x float> %550, <8 x float> undef, <8 x i32> zeroinitializer
  %551 = load <8 x float>, <8 x float>* %23, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %542, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %23, align 32
  %553 = load <8 x float>, <8 x float>* %17, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %546, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %17, align 32
  %555 = add i64 %145, 15
  %556 = getelementptr inbounds float, float* %1, i64 %555
  %557 = load float, float* %556, align 4
  %558 = insertelement <8 x float> undef, float %557, i32 0
  %splat43 = shufflevector <8 x float> %558, <8 x float> undef, <8 x i32> zeroinitializer
  %559 = load <8 x float>, <8 x float>* %22, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %542, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %22, align 32
  %561 = load <8 x float>, <8 x float>* %16, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %546, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %16, align 32
  %563 = add i64 %145, 23
  %564 = getelementptr inbounds float, float* %1, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat44 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %21, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %542, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %21, align 32
  %569 = load <8 x float>, <8 x float>* %15, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %546, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %15, align 32
  %571 = add i64 %145, 31
  %572 = getelementptr inbounds float, float* %1, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat45 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %20, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %542, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %20, align 32
  %577 = load <8 x float>, <8 x float>* %14, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %546, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %14, align 32
  %579 = add i64 %145, 39
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat46 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %19, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %542, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %19, align 32
  %585 = load <8 x float>, <8 x float>* %13, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %546, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %13, align 32
  %587 = add i64 %145, 47
  %588 = getelementptr inbounds float, float* %1, i64 %587
  %589 = load float, float* %588, align 4
  %590 = insertelement <8 x float> undef, float %589, i32 0
  %splat47 = shufflevector <8 x float> %590, <8 x float> undef, <8 x i32> zeroinitializer
  %591 = load <8 x float>, <8 x float>* %18, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %542, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %18, align 32
  %593 = load <8 x float>, <8 x float>* %12, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %546, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %12, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %595 = load <8 x float>, <8 x float>* %23, align 32
  %596 = fcmp olt <8 x float> %595, zeroinitializer
  %597 = select <8 x i1> %596, <8 x float> zeroinitializer, <8 x float> %595
  %598 = getelementptr inbounds float, float* %0, i64 %54
  %599 = bitcast float* %598 to <8 x float>*
  store <8 x float> %597, <8 x float>* %599, align 4
  %600 = load <8 x float>, <8 x float>* %22, align 32
  %601 = fcmp olt <8 x float> %600, zeroinitializer
  %602 = select <8 x i1> %601, <8 x float> zeroinitializer, <8 x float> %600
  %603 = getelementptr inbounds float, float* %0, i64 %57
  %604 = bitcast float* %603 to <8 x float>*
  store <8 x float> %602, <8 x float>* %604, align 4
  %605 = load <8 x float>, <8 x float>* %21, align 32
  %606 = fcmp olt <8 x float> %605, zeroinitializer
  %607 = select <8 x i1> %606, <8 x float> zeroinitializer, <8 x float> %605
  %608 = getelementptr inbounds float, float* %0, i64 %60
  %609 = bitcast float* %608 to <8 x float>*
  store <8 x float> %607, <8 x float>* %609, align 4
  %610 = load <8 x float>, <8 x float>* %20, align 32
  %611 = fcmp olt <8 x float> %610, zeroinitializer
  %612 = select <8 x i1> %611, <8 x float> zeroinitializer, <8 x float> %610
  %613 = getelementptr inbounds float, float* %0, i64 %63
  %614 = bitcast float* %613 to <8 x float>*
  store <8 x float> %612, <8 x float>* %614, align 4
  %615 = load <8 x float>, <8 x float>* %19, align 32
  %616 = fcmp olt <8 x float> %615, zeroinitializer
  %617 = select <8 x i1> %616, <8 x float> zeroinitializer, <8 x float> %615
  %618 = getelementptr inbounds float, float* %0, i64 %66
  %619 = bitcast float* %618 to <8 x float>*
  store <8 x float> %617, <8 x float>* %619, align 4
  %620 = load <8 x float>, <8 x float>* %18, align 32
  %621 = fcmp olt <8 x float> %620, zeroinitializer
  %622 = select <8 x i1> %621, <8 x float> zeroinitializer, <8 x float> %620
  %623 = getelementptr inbounds float, float* %0, i64 %69
  %624 = bitcast float* %623 to <8 x float>*
  store <8 x float> %622, <8 x float>* %624, align 4
  %625 = load <8 x float>, <8 x float>* %17, align 32
  %626 = fcmp olt <8 x float> %625, zeroinitializer
  %627 = select <8 x i1> %626, <8 x float> zeroinitializer, <8 x float> %625
  %628 = getelementptr inbounds float, float* %0, i64 %76
  %629 = bitcast float* %628 to <8 x float>*
  store <8 x float> %627, <8 x float>* %629, align 4
  %630 = load <8 x float>, <8 x float>* %16, align 32
  %631 = fcmp olt <8 x float> %630, zeroinitializer
  %632 = select <8 x i1> %631, <8 x float> zeroinitializer, <8 x float> %630
  %633 = getelementptr inbounds float, float* %0, i64 %79
  %634 = bitcast float* %633 to <8 x float>*
  store <8 x float> %632, <8 x float>* %634, align 4
  %635 = load <8 x float>, <8 x float>* %15, align 32
  %636 = fcmp olt <8 x float> %635, zeroinitializer
  %637 = select <8 x i1> %636, <8 x float> zeroinitializer, <8 x float> %635
  %638 = getelementptr inbounds float, float* %0, i64 %82
  %639 = bitcast float* %638 to <8 x float>*
  store <8 x float> %637, <8 x float>* %639, align 4
  %640 = load <8 x float>, <8 x float>* %14, align 32
  %641 = fcmp olt <8 x float> %640, zeroinitializer
  %642 = select <8 x i1> %641, <8 x float> zeroinitializer, <8 x float> %640
  %643 = getelementptr inbounds float, float* %0, i64 %85
  %644 = bitcast float* %643 to <8 x float>*
  store <8 x float> %642, <8 x float>* %644, align 4
  %645 = load <8 x float>, <8 x float>* %13, align 32
  %646 = fcmp olt <8 x float> %645, zeroinitializer
  %647 = select <8 x i1> %646, <8 x float> zeroinitializer, <8 x float> %645
  %648 = getelementptr inbounds float, float* %0, i64 %88
  %649 = bitcast float* %648 to <8 x float>*
  store <8 x float> %647, <8 x float>* %649, align 4
  %650 = load <8 x float>, <8 x float>* %12, align 32
  %651 = fcmp olt <8 x float> %650, zeroinitializer
  %652 = select <8 x i1> %651, <8 x float> zeroinitializer, <8 x float> %650
  %653 = getelementptr inbounds float, float* %0, i64 %91
  %654 = bitcast float* %653 to <8 x float>*
  store <8 x float> %652, <8 x float>* %654, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next68, %u.body49 ]
  %655 = icmp slt i64 %u51, 64
  br i1 %655, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %656 = add i64 0, %u51
  %657 = mul i64 %656, 1568
  %658 = add i64 %137, %657
  %659 = mul i64 %656, 64
  %660 = add i64 %44, %659
  %661 = add i64 %658, 0
  %662 = add i64 %661, 0
  %663 = add i64 %660, 0
  %664 = add i64 %663, 0
  %665 = getelementptr inbounds float, float* %4, i64 %664
  %666 = bitcast float* %665 to <8 x float>*
  %667 = load <8 x float>, <8 x float>* %666, align 4
  %668 = add i64 %663, 4096
  %669 = getelementptr inbounds float, float* %4, i64 %668
  %670 = bitcast float* %669 to <8 x float>*
  %671 = load <8 x float>, <8 x float>* %670, align 4
  %672 = add i64 %662, 0
  %673 = getelementptr inbounds float, float* %1, i64 %672
  %674 = load float, float* %673, align 4
  %675 = insertelement <8 x float> undef, float %674, i32 0
  %splat52 = shufflevector <8 x float> %675, <8 x float> undef, <8 x i32> zeroinitializer
  %676 = load <8 x float>, <8 x float>* %11, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %667, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %11, align 32
  %678 = load <8 x float>, <8 x float>* %9, align 32
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %671, <8 x float> %678)
  store <8 x float> %679, <8 x float>* %9, align 32
  %680 = add i64 %662, 8
  %681 = getelementptr inbounds float, float* %1, i64 %680
  %682 = load float, float* %681, align 4
  %683 = insertelement <8 x float> undef, float %682, i32 0
  %splat53 = shufflevector <8 x float> %683, <8 x float> undef, <8 x i32> zeroinitializer
  %684 = load <8 x float>, <8 x float>* %10, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %667, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %10, align 32
  %686 = load <8 x float>, <8 x float>* %8, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %671, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %8, align 32
  %688 = add i64 %663, 8
  %689 = getelementptr inbounds float, float* %4, i64 %688
  %690 = bitcast float* %689 to <8 x float>*
  %691 = load <8 x float>, <8 x float>* %690, align 4
  %692 = add i64 %663, 4104
  %693 = getelementptr inbounds float, float* %4, i64 %692
  %694 = bitcast float* %693 to <8 x float>*
  %695 = load <8 x float>, <8 x float>* %694, align 4
  %696 = add i64 %662, 1
  %697 = getelementptr inbounds float, float* %1, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat54 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %11, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %691, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %11, align 32
  %702 = load <8 x float>, <8 x float>* %9, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %695, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %9, align 32
  %704 = add i64 %662, 9
  %705 = getelementptr inbounds float, float* %1, i64 %704
  %706 = load float, float* %705, align 4
  %707 = insertelement <8 x float> undef, float %706, i32 0
  %splat55 = shufflevector <8 x float> %707, <8 x float> undef, <8 x i32> zeroinitializer
  %708 = load <8 x float>, <8 x float>* %10, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %691, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %10, align 32
  %710 = load <8 x float>, <8 x float>* %8, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %695, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %8, align 32
  %712 = add i64 %663, 16
  %713 = getelementptr inbounds float, float* %4, i64 %712
  %714 = bitcast float* %713 to <8 x float>*
  %715 = load <8 x float>, <8 x float>* %714, align 4
  %716 = add i64 %663, 4112
  %717 = getelementptr inbounds float, float* %4, i64 %716
  %718 = bitcast float* %717 to <8 x float>*
  %719 = load <8 x float>, <8 x float>* %718, align 4
  %720 = add i64 %662, 2
  %721 = getelementptr inbounds float, float* %1, i64 %720
  %722 = load float, float* %721, align 4
  %723 = insertelement <8 x float> undef, float %722, i32 0
  %splat56 = shufflevector <8 x float> %723, <8 x float> undef, <8 x i32> zeroinitializer
  %724 = load <8 x float>, <8 x float>* %11, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %715, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %11, align 32
  %726 = load <8 x float>, <8 x float>* %9, align 32
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %719, <8 x float> %726)
  store <8 x float> %727, <8 x float>* %9, align 32
  %728 = add i64 %662, 10
  %729 = getelementptr inbounds float, float* %1, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat57 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %10, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %715, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %10, align 32
  %734 = load <8 x float>, <8 x float>* %8, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %719, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %8, align 32
  %736 = add i64 %663, 24
  %737 = getelementptr inbounds float, float* %4, i64 %736
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = add i64 %663, 4120
  %741 = getelementptr inbounds float, float* %4, i64 %740
  %742 = bitcast float* %741 to <8 x float>*
  %743 = load <8 x float>, <8 x float>* %742, align 4
  %744 = add i64 %662, 3
  %745 = getelementptr inbounds float, float* %1, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat58 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %11, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %739, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %11, align 32
  %750 = load <8 x float>, <8 x float>* %9, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %743, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %9, align 32
  %752 = add i64 %662, 11
  %753 = getelementptr inbounds float, float* %1, i64 %752
  %754 = load float, float* %753, align 4
  %755 = insertelement <8 x float> undef, float %754, i32 0
  %splat59 = shufflevector <8 x float> %755, <8 x float> undef, <8 x i32> zeroinitializer
  %756 = load <8 x float>, <8 x float>* %10, align 32
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %739, <8 x float> %756)
  store <8 x float> %757, <8 x float>* %10, align 32
  %758 = load <8 x float>, <8 x float>* %8, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %743, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %8, align 32
  %760 = add i64 %663, 32
  %761 = getelementptr inbounds float, float* %4, i64 %760
  %762 = bitcast float* %761 to <8 x float>*
  %763 = load <8 x float>, <8 x float>* %762, align 4
  %764 = add i64 %663, 4128
  %765 = getelementptr inbounds float, float* %4, i64 %764
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  %768 = add i64 %662, 4
  %769 = getelementptr inbounds float, float* %1, i64 %768
  %770 = load float, float* %769, align 4
  %771 = insertelement <8 x float> undef, float %770, i32 0
  %splat60 = shufflevector <8 x float> %771, <8 x float> undef, <8 x i32> zeroinitializer
  %772 = load <8 x float>, <8 x float>* %11, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %763, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %11, align 32
  %774 = load <8 x float>, <8 x float>* %9, align 32
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %767, <8 x float> %774)
  store <8 x float> %775, <8 x float>* %9, align 32
  %776 = add i64 %662, 12
  %777 = getelementptr inbounds float, float* %1, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat61 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %10, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %763, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %10, align 32
  %782 = load <8 x float>, <8 x float>* %8, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %767, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %8, align 32
  %784 = add i64 %663, 40
  %785 = getelementptr inbounds float, float* %4, i64 %784
  %786 = bitcast float* %785 to <8 x float>*
  %787 = load <8 x float>, <8 x float>* %786, align 4
  %788 = add i64 %663, 4136
  %789 = getelementptr inbounds float, float* %4, i64 %788
  %790 = bitcast float* %789 to <8 x float>*
  %791 = load <8 x float>, <8 x float>* %790, align 4
  %792 = add i64 %662, 5
  %793 = getelementptr inbounds float, float* %1, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat62 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %11, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %787, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %11, align 32
  %798 = load <8 x float>, <8 x float>* %9, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %791, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %9, align 32
  %800 = add i64 %662, 13
  %801 = getelementptr inbounds float, float* %1, i64 %800
  %802 = load float, float* %801, align 4
  %803 = insertelement <8 x float> undef, float %802, i32 0
  %splat63 = shufflevector <8 x float> %803, <8 x float> undef, <8 x i32> zeroinitializer
  %804 = load <8 x float>, <8 x float>* %10, align 32
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %787, <8 x float> %804)
  store <8 x float> %805, <8 x float>* %10, align 32
  %806 = load <8 x float>, <8 x float>* %8, align 32
  %807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %791, <8 x float> %806)
  store <8 x float> %807, <8 x float>* %8, align 32
  %808 = add i64 %663, 48
  %809 = getelementptr inbounds float, float* %4, i64 %808
  %810 = bitcast float* %809 to <8 x float>*
  %811 = load <8 x float>, <8 x float>* %810, align 4
  %812 = add i64 %663, 4144
  %813 = getelementptr inbounds float, float* %4, i64 %812
  %814 = bitcast float* %813 to <8 x float>*
  %815 = load <8 x float>, <8 x float>* %814, align 4
  %816 = add i64 %662, 6
  %817 = getelementptr inbounds float, float* %1, i64 %816
  %818 = load float, float* %817, align 4
  %819 = insertelement <8 x float> undef, float %818, i32 0
  %splat64 = shufflevector <8 x float> %819, <8 x float> undef, <8 x i32> zeroinitializer
  %820 = load <8 x float>, <8 x float>* %11, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %811, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %11, align 32
  %822 = load <8 x float>, <8 x float>* %9, align 32
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %815, <8 x float> %822)
  store <8 x float> %823, <8 x float>* %9, align 32
  %824 = add i64 %662, 14
  %825 = getelementptr inbounds float, float* %1, i64 %824
  %826 = load float, float* %825, align 4
  %827 = insertelement <8 x float> undef, float %826, i32 0
  %splat65 = shufflevector <8 x float> %827, <8 x float> undef, <8 x i32> zeroinitializer
  %828 = load <8 x float>, <8 x float>* %10, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %811, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %10, align 32
  %830 = load <8 x float>, <8 x float>* %8, align 32
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %815, <8 x float> %830)
  store <8 x float> %831, <8 x float>* %8, align 32
  %832 = add i64 %663, 56
  %833 = getelementptr inbounds float, float* %4, i64 %832
  %834 = bitcast float* %833 to <8 x float>*
  %835 = load <8 x float>, <8 x float>* %834, align 4
  %836 = add i64 %663, 4152
  %837 = getelementptr inbounds float, float* %4, i64 %836
  %838 = bitcast float* %837 to <8 x float>*
  %839 = load <8 x float>, <8 x float>* %838, align 4
  %840 = add i64 %662, 7
  %841 = getelementptr inbounds float, float* %1, i64 %840
  %842 = load float, float* %841, align 4
  %843 = insertelement <8 x float> undef, float %842, i32 0
  %splat66 = shufflevector <8 x float> %843, <8 x float> undef, <8 x i32> zeroinitializer
  %844 = load <8 x float>, <8 x float>* %11, align 32
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %835, <8 x float> %844)
  store <8 x float> %845, <8 x float>* %11, align 32
  %846 = load <8 x float>, <8 x float>* %9, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %839, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %9, align 32
  %848 = add i64 %662, 15
  %849 = getelementptr inbounds float, float* %1, i64 %848
  %850 = load float, float* %849, align 4
  %851 = insertelement <8 x float> undef, float %850, i32 0
  %splat67 = shufflevector <8 x float> %851, <8 x float> undef, <8 x i32> zeroinitializer
  %852 = load <8 x float>, <8 x float>* %10, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %835, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %10, align 32
  %854 = load <8 x float>, <8 x float>* %8, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %839, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %8, align 32
  %u.next68 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %856 = load <8 x float>, <8 x float>* %11, align 32
  %857 = fcmp olt <8 x float> %856, zeroinitializer
  %858 = select <8 x i1> %857, <8 x float> zeroinitializer, <8 x float> %856
  %859 = getelementptr inbounds float, float* %0, i64 %112
  %860 = bitcast float* %859 to <8 x float>*
  store <8 x float> %858, <8 x float>* %860, align 4
  %861 = load <8 x float>, <8 x float>* %10, align 32
  %862 = fcmp olt <8 x float> %861, zeroinitializer
  %863 = select <8 x i1> %862, <8 x float> zeroinitializer, <8 x float> %861
  %864 = getelementptr inbounds float, float* %0, i64 %115
  %865 = bitcast float* %864 to <8 x float>*
  store <8 x float> %863, <8 x float>* %865, align 4
  %866 = load <8 x float>, <8 x float>* %9, align 32
  %867 = fcmp olt <8 x float> %866, zeroinitializer
  %868 = select <8 x i1> %867, <8 x float> zeroinitializer, <8 x float> %866
  %869 = getelementptr inbounds float, float* %0, i64 %122
  %870 = bitcast float* %869 to <8 x float>*
  store <8 x float> %868, <8 x float>* %870, align 4
  %871 = load <8 x float>, <8 x float>* %8, align 32
  %872 = fcmp olt <8 x float> %871, zeroinitializer
  %873 = select <8 x i1> %872, <8 x float> zeroinitializer, <8 x float> %871
  %874 = getelementptr inbounds float, float* %0, i64 %125
  %875 = bitcast float* %874 to <8 x float>*
  store <8 x float> %873, <8 x float>* %875, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node14.conv2d_8.step0(i8* %0) #3 {
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
  %25 = add i64 64, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 64
  %29 = select i1 %28, i64 %27, i64 64
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 64
  %32 = select i1 %31, i64 %30, i64 64
  call void @node14.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node23.depthwiseConv2d_12.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %kh.exit3, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %kh.exit3 ]
  %15 = icmp slt i64 %task, %7
  br i1 %15, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %16 = srem i64 %task, 7
  %17 = sdiv i64 %task, 7
  %18 = srem i64 %17, 64
  %19 = mul i64 %17, 1568
  %20 = mul i64 %17, 7
  %21 = add i64 %20, %16
  %22 = mul i64 %21, 56
  %23 = mul i64 %16, 2
  %24 = sub i64 %23, 1
  %25 = mul i64 %18, 8
  %26 = getelementptr inbounds float, float* %5, i64 %25
  %27 = bitcast float* %26 to <8 x float>*
  %28 = load <8 x float>, <8 x float>* %27, align 4
  store <8 x float> %28, <8 x float>* %14, align 32
  store <8 x float> %28, <8 x float>* %13, align 32
  store <8 x float> %28, <8 x float>* %12, align 32
  store <8 x float> %28, <8 x float>* %11, align 32
  store <8 x float> %28, <8 x float>* %10, align 32
  store <8 x float> %28, <8 x float>* %9, align 32
  br label %kh.header

task.exit:                                        ; preds = %task.header
  ret void

kh.header:                                        ; preds = %endif, %task.body
  %kh = phi i64 [ 0, %task.body ], [ %kh.next, %endif ]
  %29 = icmp slt i64 %kh, 3
  br i1 %29, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %30 = mul i64 %kh, 1
  %31 = add i64 %24, %30
  %32 = icmp sge i64 %31, 0
  %33 = icmp slt i64 %31, 14
  %34 = and i1 %32, %33
  br i1 %34, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %35 = add i64 %22, 8
  %36 = load <8 x float>, <8 x float>* %14, align 32
  %37 = fcmp olt <8 x float> %36, zeroinitializer
  %38 = select <8 x i1> %37, <8 x float> zeroinitializer, <8 x float> %36
  %39 = getelementptr inbounds float, float* %0, i64 %35
  %40 = bitcast float* %39 to <8 x float>*
  store <8 x float> %38, <8 x float>* %40, align 4
  %41 = add i64 %22, 16
  %42 = load <8 x float>, <8 x float>* %13, align 32
  %43 = fcmp olt <8 x float> %42, zeroinitializer
  %44 = select <8 x i1> %43, <8 x float> zeroinitializer, <8 x float> %42
  %45 = getelementptr inbounds float, float* %0, i64 %41
  %46 = bitcast float* %45 to <8 x float>*
  store <8 x float> %44, <8 x float>* %46, align 4
  %47 = add i64 %22, 24
  %48 = load <8 x float>, <8 x float>* %12, align 32
  %49 = fcmp olt <8 x float> %48, zeroinitializer
  %50 = select <8 x i1> %49, <8 x float> zeroinitializer, <8 x float> %48
  %51 = getelementptr inbounds float, float* %0, i64 %47
  %52 = bitcast float* %51 to <8 x float>*
  store <8 x float> %50, <8 x float>* %52, align 4
  %53 = add i64 %22, 32
  %54 = load <8 x float>, <8 x float>* %11, align 32
  %55 = fcmp olt <8 x float> %54, zeroinitializer
  %56 = select <8 x i1> %55, <8 x float> zeroinitializer, <8 x float> %54
  %57 = getelementptr inbounds float, float* %0, i64 %53
  %58 = bitcast float* %57 to <8 x float>*
  store <8 x float> %56, <8 x float>* %58, align 4
  %59 = add i64 %22, 40
  %60 = load <8 x float>, <8 x float>* %10, align 32
  %61 = fcmp olt <8 x float> %60, zeroinitializer
  %62 = select <8 x i1> %61, <8 x float> zeroinitializer, <8 x float> %60
  %63 = getelementptr inbounds float, float* %0, i64 %59
  %64 = bitcast float* %63 to <8 x float>*
  store <8 x float> %62, <8 x float>* %64, align 4
  %65 = add i64 %22, 48
  %66 = load <8 x float>, <8 x float>* %9, align 32
  %67 = fcmp olt <8 x float> %66, zeroinitializer
  %68 = select <8 x i1> %67, <8 x float> zeroinitializer, <8 x float> %66
  %69 = getelementptr inbounds float, float* %0, i64 %65
  %70 = bitcast float* %69 to <8 x float>*
  store <8 x float> %68, <8 x float>* %70, align 4
  store <8 x float> %28, <8 x float>* %8, align 32
  br label %kh.header1

then:                                             ; preds = %kh.body
  %71 = mul i64 %31, 112
  %72 = add i64 %19, %71
  %73 = mul i64 %18, 3
  %74 = add i64 %73, %kh
  %75 = mul i64 %74, 24
  %76 = add i64 %75, 0
  %77 = getelementptr inbounds float, float* %4, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %79 = load <8 x float>, <8 x float>* %78, align 4
  %80 = add i64 %75, 8
  %81 = getelementptr inbounds float, float* %4, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  %83 = load <8 x float>, <8 x float>* %82, align 4
  %84 = add i64 %75, 16
  %85 = getelementptr inbounds float, float* %4, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  %87 = load <8 x float>, <8 x float>* %86, align 4
  %88 = add i64 %72, 8
  %89 = add i64 %88, 0
  %90 = getelementptr inbounds float, float* %1, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  %93 = load <8 x float>, <8 x float>* %14, align 32
  %94 = call <8 x float> @llvm.fma.v8f32(<8 x float> %92, <8 x float> %79, <8 x float> %93)
  store <8 x float> %94, <8 x float>* %14, align 32
  %95 = add i64 %88, 8
  %96 = getelementptr inbounds float, float* %1, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = load <8 x float>, <8 x float>* %14, align 32
  %100 = call <8 x float> @llvm.fma.v8f32(<8 x float> %98, <8 x float> %83, <8 x float> %99)
  store <8 x float> %100, <8 x float>* %14, align 32
  %101 = add i64 %88, 16
  %102 = getelementptr inbounds float, float* %1, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = load <8 x float>, <8 x float>* %14, align 32
  %106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %104, <8 x float> %87, <8 x float> %105)
  store <8 x float> %106, <8 x float>* %14, align 32
  %107 = load <8 x float>, <8 x float>* %13, align 32
  %108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %104, <8 x float> %79, <8 x float> %107)
  store <8 x float> %108, <8 x float>* %13, align 32
  %109 = add i64 %88, 24
  %110 = getelementptr inbounds float, float* %1, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = load <8 x float>, <8 x float>* %13, align 32
  %114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %112, <8 x float> %83, <8 x float> %113)
  store <8 x float> %114, <8 x float>* %13, align 32
  %115 = add i64 %88, 32
  %116 = getelementptr inbounds float, float* %1, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = load <8 x float>, <8 x float>* %13, align 32
  %120 = call <8 x float> @llvm.fma.v8f32(<8 x float> %118, <8 x float> %87, <8 x float> %119)
  store <8 x float> %120, <8 x float>* %13, align 32
  %121 = load <8 x float>, <8 x float>* %12, align 32
  %122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %118, <8 x float> %79, <8 x float> %121)
  store <8 x float> %122, <8 x float>* %12, align 32
  %123 = add i64 %88, 40
  %124 = getelementptr inbounds float, float* %1, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = load <8 x float>, <8 x float>* %12, align 32
  %128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %83, <8 x float> %127)
  store <8 x float> %128, <8 x float>* %12, align 32
  %129 = add i64 %88, 48
  %130 = getelementptr inbounds float, float* %1, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = load <8 x float>, <8 x float>* %12, align 32
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %132, <8 x float> %87, <8 x float> %133)
  store <8 x float> %134, <8 x float>* %12, align 32
  %135 = load <8 x float>, <8 x float>* %11, align 32
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %132, <8 x float> %79, <8 x float> %135)
  store <8 x float> %136, <8 x float>* %11, align 32
  %137 = add i64 %88, 56
  %138 = getelementptr inbounds float, float* %1, i64 %137
  %139 = bitcast float* %138 to <8 x float>*
  %140 = load <8 x float>, <8 x float>* %139, align 4
  %141 = load <8 x float>, <8 x float>* %11, align 32
  %142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %140, <8 x float> %83, <8 x float> %141)
  store <8 x float> %142, <8 x float>* %11, align 32
  %143 = add i64 %88, 64
  %144 = getelementptr inbounds float, float* %1, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  %146 = load <8 x float>, <8 x float>* %145, align 4
  %147 = load <8 x float>, <8 x float>* %11, align 32
  %148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %87, <8 x float> %147)
  store <8 x float> %148, <8 x float>* %11, align 32
  %149 = load <8 x float>, <8 x float>* %10, align 32
  %150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %79, <8 x float> %149)
  store <8 x float> %150, <8 x float>* %10, align 32
  %151 = add i64 %88, 72
  %152 = getelementptr inbounds float, float* %1, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = load <8 x float>, <8 x float>* %10, align 32
  %156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> %83, <8 x float> %155)
  store <8 x float> %156, <8 x float>* %10, align 32
  %157 = add i64 %88, 80
  %158 = getelementptr inbounds float, float* %1, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  %160 = load <8 x float>, <8 x float>* %159, align 4
  %161 = load <8 x float>, <8 x float>* %10, align 32
  %162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %160, <8 x float> %87, <8 x float> %161)
  store <8 x float> %162, <8 x float>* %10, align 32
  %163 = load <8 x float>, <8 x float>* %9, align 32
  %164 = call <8 x float> @llvm.fma.v8f32(<8 x float> %160, <8 x float> %79, <8 x float> %163)
  store <8 x float> %164, <8 x float>* %9, align 32
  %165 = add i64 %88, 88
  %166 = getelementptr inbounds float, float* %1, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  %168 = load <8 x float>, <8 x float>* %167, align 4
  %169 = load <8 x float>, <8 x float>* %9, align 32
  %170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %83, <8 x float> %169)
  store <8 x float> %170, <8 x float>* %9, align 32
  %171 = add i64 %88, 96
  %172 = getelementptr inbounds float, float* %1, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  %174 = load <8 x float>, <8 x float>* %173, align 4
  %175 = load <8 x float>, <8 x float>* %9, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %87, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %9, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %kh.exit
  %kh4 = phi i64 [ 0, %kh.exit ], [ %kh.next9, %endif6 ]
  %177 = icmp slt i64 %kh4, 3
  br i1 %177, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %178 = mul i64 %kh4, 1
  %179 = add i64 %24, %178
  %180 = icmp sge i64 %179, 0
  %181 = icmp slt i64 %179, 14
  %182 = and i1 %180, %181
  br i1 %182, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %183 = add i64 %22, 0
  %184 = load <8 x float>, <8 x float>* %8, align 32
  %185 = fcmp olt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> zeroinitializer, <8 x float> %184
  %187 = getelementptr inbounds float, float* %0, i64 %183
  %188 = bitcast float* %187 to <8 x float>*
  store <8 x float> %186, <8 x float>* %188, align 4
  %task.next = add i64 %task, 1
  br label %task.header

then5:                                            ; preds = %kh.body2
  %189 = mul i64 %179, 112
  %190 = add i64 %19, %189
  %191 = mul i64 %18, 3
  %192 = add i64 %191, %kh4
  %193 = mul i64 %192, 24
  br label %kw.header

endif6:                                           ; preds = %kw.exit, %kh.body2
  %kh.next9 = add i64 %kh4, 1
  br label %kh.header1

kw.header:                                        ; preds = %endif8, %then5
  %kw = phi i64 [ 0, %then5 ], [ %kw.next, %endif8 ]
  %194 = icmp slt i64 %kw, 3
  br i1 %194, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %195 = mul i64 %kw, 1
  %196 = add i64 -1, %195
  %197 = icmp sge i64 %196, 0
  %198 = icmp slt i64 %196, 14
  %199 = and i1 %197, %198
  br i1 %199, label %then7, label %endif8

kw.exit:                                          ; preds = %kw.header
  br label %endif6

then7:                                            ; preds = %kw.body
  %200 = mul i64 %kw, 8
  %201 = add i64 %193, %200
  %202 = getelementptr inbounds float, float* %4, i64 %201
  %203 = bitcast float* %202 to <8 x float>*
  %204 = load <8 x float>, <8 x float>* %203, align 4
  %205 = mul i64 %196, 8
  %206 = add i64 %190, %205
  %207 = getelementptr inbounds float, float* %1, i64 %206
  %208 = bitcast float* %207 to <8 x float>*
  %209 = load <8 x float>, <8 x float>* %208, align 4
  %210 = load <8 x float>, <8 x float>* %8, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %209, <8 x float> %204, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %8, align 32
  br label %endif8

endif8:                                           ; preds = %then7, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header
}

; Function Attrs: noinline nounwind
define internal void @node23.depthwiseConv2d_12.step0(i8* %0) #3 {
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
  %25 = add i64 448, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 448
  %29 = select i1 %28, i64 %27, i64 448
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 448
  %32 = select i1 %31, i64 %30, i64 448
  call void @node23.depthwiseConv2d_12.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node24.conv2d_13.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %22 = icmp slt i64 %task, %7
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 64
  %24 = sdiv i64 %task, 64
  %25 = srem i64 %24, 1
  %26 = sdiv i64 %task, 64
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 128
  %30 = mul i64 %23, 2
  %31 = add i64 %29, %30
  %32 = mul i64 %25, 1
  %33 = mul i64 %32, 49
  %34 = mul i64 %25, 1
  %35 = mul i64 %27, 128
  %36 = mul i64 %23, 2
  %37 = add i64 %35, %36
  %38 = mul i64 %28, 64
  %39 = mul i64 %27, 64
  %40 = add i64 %38, %39
  %41 = mul i64 %40, 392
  %42 = mul i64 %37, 4096
  %43 = mul i64 %34, 392
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %44 = icmp slt i64 %x, 48
  br i1 %44, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %45 = add i64 %33, %x
  %46 = mul i64 %28, 128
  %47 = add i64 %46, %31
  %48 = add i64 %47, 0
  %49 = mul i64 %48, 392
  %50 = add i64 %45, 0
  %51 = mul i64 %50, 8
  %52 = add i64 %49, %51
  %53 = add i64 %45, 1
  %54 = mul i64 %53, 8
  %55 = add i64 %49, %54
  %56 = add i64 %45, 2
  %57 = mul i64 %56, 8
  %58 = add i64 %49, %57
  %59 = add i64 %45, 3
  %60 = mul i64 %59, 8
  %61 = add i64 %49, %60
  %62 = add i64 %45, 4
  %63 = mul i64 %62, 8
  %64 = add i64 %49, %63
  %65 = add i64 %45, 5
  %66 = mul i64 %65, 8
  %67 = add i64 %49, %66
  %68 = mul i64 %28, 128
  %69 = add i64 %68, %31
  %70 = add i64 %69, 1
  %71 = mul i64 %70, 392
  %72 = add i64 %45, 0
  %73 = mul i64 %72, 8
  %74 = add i64 %71, %73
  %75 = add i64 %45, 1
  %76 = mul i64 %75, 8
  %77 = add i64 %71, %76
  %78 = add i64 %45, 2
  %79 = mul i64 %78, 8
  %80 = add i64 %71, %79
  %81 = add i64 %45, 3
  %82 = mul i64 %81, 8
  %83 = add i64 %71, %82
  %84 = add i64 %45, 4
  %85 = mul i64 %84, 8
  %86 = add i64 %71, %85
  %87 = add i64 %45, 5
  %88 = mul i64 %87, 8
  %89 = add i64 %71, %88
  %90 = add i64 %37, 0
  %91 = mul i64 %90, 8
  %92 = getelementptr inbounds float, float* %5, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  %94 = load <8 x float>, <8 x float>* %93, align 4
  %95 = add i64 %37, 1
  %96 = mul i64 %95, 8
  %97 = getelementptr inbounds float, float* %5, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  store <8 x float> %94, <8 x float>* %21, align 32
  store <8 x float> %94, <8 x float>* %20, align 32
  store <8 x float> %94, <8 x float>* %19, align 32
  store <8 x float> %94, <8 x float>* %18, align 32
  store <8 x float> %94, <8 x float>* %17, align 32
  store <8 x float> %94, <8 x float>* %16, align 32
  store <8 x float> %99, <8 x float>* %15, align 32
  store <8 x float> %99, <8 x float>* %14, align 32
  store <8 x float> %99, <8 x float>* %13, align 32
  store <8 x float> %99, <8 x float>* %12, align 32
  store <8 x float> %99, <8 x float>* %11, align 32
  store <8 x float> %99, <8 x float>* %10, align 32
  %100 = mul i64 %x, 8
  %101 = add i64 %43, %100
  %102 = add i64 %41, %101
  br label %u.header

x.exit:                                           ; preds = %x.header
  %103 = add i64 %33, 48
  %104 = mul i64 %28, 128
  %105 = add i64 %104, %31
  %106 = add i64 %105, 0
  %107 = mul i64 %106, 392
  %108 = add i64 %103, 0
  %109 = mul i64 %108, 8
  %110 = add i64 %107, %109
  %111 = mul i64 %28, 128
  %112 = add i64 %111, %31
  %113 = add i64 %112, 1
  %114 = mul i64 %113, 392
  %115 = add i64 %103, 0
  %116 = mul i64 %115, 8
  %117 = add i64 %114, %116
  %118 = add i64 %37, 0
  %119 = mul i64 %118, 8
  %120 = getelementptr inbounds float, float* %5, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %37, 1
  %124 = mul i64 %123, 8
  %125 = getelementptr inbounds float, float* %5, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  store <8 x float> %122, <8 x float>* %9, align 32
  store <8 x float> %127, <8 x float>* %8, align 32
  %128 = add i64 %43, 384
  %129 = add i64 %41, %128
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %130 = icmp slt i64 %u, 64
  br i1 %130, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %131 = add i64 0, %u
  %132 = mul i64 %131, 392
  %133 = add i64 %102, %132
  %134 = mul i64 %131, 64
  %135 = add i64 %42, %134
  %136 = add i64 %133, 0
  %137 = add i64 %136, 0
  %138 = add i64 %135, 0
  %139 = add i64 %138, 0
  %140 = getelementptr inbounds float, float* %4, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = add i64 %138, 4096
  %144 = getelementptr inbounds float, float* %4, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  %146 = load <8 x float>, <8 x float>* %145, align 4
  %147 = add i64 %137, 0
  %148 = getelementptr inbounds float, float* %1, i64 %147
  %149 = load float, float* %148, align 4
  %150 = insertelement <8 x float> undef, float %149, i32 0
  %splat = shufflevector <8 x float> %150, <8 x float> undef, <8 x i32> zeroinitializer
  %151 = load <8 x float>, <8 x float>* %21, align 32
  %152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %142, <8 x float> %151)
  store <8 x float> %152, <8 x float>* %21, align 32
  %153 = load <8 x float>, <8 x float>* %15, align 32
  %154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %146, <8 x float> %153)
  store <8 x float> %154, <8 x float>* %15, align 32
  %155 = add i64 %137, 8
  %156 = getelementptr inbounds float, float* %1, i64 %155
  %157 = load float, float* %156, align 4
  %158 = insertelement <8 x float> undef, float %157, i32 0
  %splat1 = shufflevector <8 x float> %158, <8 x float> undef, <8 x i32> zeroinitializer
  %159 = load <8 x float>, <8 x float>* %20, align 32
  %160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %142, <8 x float> %159)
  store <8 x float> %160, <8 x float>* %20, align 32
  %161 = load <8 x float>, <8 x float>* %14, align 32
  %162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %146, <8 x float> %161)
  store <8 x float> %162, <8 x float>* %14, align 32
  %163 = add i64 %137, 16
  %164 = getelementptr inbounds float, float* %1, i64 %163
  %165 = load float, float* %164, align 4
  %166 = insertelement <8 x float> undef, float %165, i32 0
  %splat2 = shufflevector <8 x float> %166, <8 x float> undef, <8 x i32> zeroinitializer
  %167 = load <8 x float>, <8 x float>* %19, align 32
  %168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %142, <8 x float> %167)
  store <8 x float> %168, <8 x float>* %19, align 32
  %169 = load <8 x float>, <8 x float>* %13, align 32
  %170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %146, <8 x float> %169)
  store <8 x float> %170, <8 x float>* %13, align 32
  %171 = add i64 %137, 24
  %172 = getelementptr inbounds float, float* %1, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat3 = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %18, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %142, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %18, align 32
  %177 = load <8 x float>, <8 x float>* %12, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %146, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %12, align 32
  %179 = add i64 %137, 32
  %180 = getelementptr inbounds float, float* %1, i64 %179
  %181 = load float, float* %180, align 4
  %182 = insertelement <8 x float> undef, float %181, i32 0
  %splat4 = shufflevector <8 x float> %182, <8 x float> undef, <8 x i32> zeroinitializer
  %183 = load <8 x float>, <8 x float>* %17, align 32
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %142, <8 x float> %183)
  store <8 x float> %184, <8 x float>* %17, align 32
  %185 = load <8 x float>, <8 x float>* %11, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %146, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %11, align 32
  %187 = add i64 %137, 40
  %188 = getelementptr inbounds float, float* %1, i64 %187
  %189 = load float, float* %188, align 4
  %190 = insertelement <8 x float> undef, float %189, i32 0
  %splat5 = shufflevector <8 x float> %190, <8 x float> undef, <8 x i32> zeroinitializer
  %191 = load <8 x float>, <8 x float>* %16, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %142, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %16, align 32
  %193 = load <8 x float>, <8 x float>* %10, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %146, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %10, align 32
  %195 = add i64 %138, 8
  %196 = getelementptr inbounds float, float* %4, i64 %195
  %197 = bitcast float* %196 to <8 x float>*
  %198 = load <8 x float>, <8 x float>* %197, align 4
  %199 = add i64 %138, 4104
  %200 = getelementptr inbounds float, float* %4, i64 %199
  %201 = bitcast float* %200 to <8 x float>*
  %202 = load <8 x float>, <8 x float>* %201, align 4
  %203 = add i64 %137, 1
  %204 = getelementptr inbounds float, float* %1, i64 %203
  %205 = load float, float* %204, align 4
  %206 = insertelement <8 x float> undef, float %205, i32 0
  %splat6 = shufflevector <8 x float> %206, <8 x float> undef, <8 x i32> zeroinitializer
  %207 = load <8 x float>, <8 x float>* %21, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %198, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %21, align 32
  %209 = load <8 x float>, <8 x float>* %15, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %202, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %15, align 32
  %211 = add i64 %137, 9
  %212 = getelementptr inbounds float, float* %1, i64 %211
  %213 = load float, float* %212, align 4
  %214 = insertelement <8 x float> undef, float %213, i32 0
  %splat7 = shufflevector <8 x float> %214, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %20, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %198, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %20, align 32
  %217 = load <8 x float>, <8 x float>* %14, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %202, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %14, align 32
  %219 = add i64 %137, 17
  %220 = getelementptr inbounds float, float* %1, i64 %219
  %221 = load float, float* %220, align 4
  %222 = insertelement <8 x float> undef, float %221, i32 0
  %splat8 = shufflevector <8 x float> %222, <8 x float> undef, <8 x i32> zeroinitializer
  %223 = load <8 x float>, <8 x float>* %19, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %198, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %19, align 32
  %225 = load <8 x float>, <8 x float>* %13, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %202, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %13, align 32
  %227 = add i64 %137, 25
  %228 = getelementptr inbounds float, float* %1, i64 %227
  %229 = load float, float* %228, align 4
  %230 = insertelement <8 x float> undef, float %229, i32 0
  %splat9 = shufflevector <8 x float> %230, <8 x float> undef, <8 x i32> zeroinitializer
  %231 = load <8 x float>, <8 x float>* %18, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %198, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %18, align 32
  %233 = load <8 x float>, <8 x float>* %12, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %202, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %12, align 32
  %235 = add i64 %137, 33
  %236 = getelementptr inbounds float, float* %1, i64 %235
  %237 = load float, float* %236, align 4
  %238 = insertelement <8 x float> undef, float %237, i32 0
  %splat10 = shufflevector <8 x float> %238, <8 x float> undef, <8 x i32> zeroinitializer
  %239 = load <8 x float>, <8 x float>* %17, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %198, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %17, align 32
  %241 = load <8 x float>, <8 x float>* %11, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %202, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %11, align 32
  %243 = add i64 %137, 41
  %244 = getelementptr inbounds float, float* %1, i64 %243
  %245 = load float, float* %244, align 4
  %246 = insertelement <8 x float> undef, float %245, i32 0
  %splat11 = shufflevector <8 x float> %246, <8 x float> undef, <8 x i32> zeroinitializer
  %247 = load <8 x float>, <8 x float>* %16, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %198, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %16, align 32
  %249 = load <8 x float>, <8 x float>* %10, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %202, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %10, align 32
  %251 = add i64 %138, 16
  %252 = getelementptr inbounds float, float* %4, i64 %251
  %253 = bitcast float* %252 to <8 x float>*
  %254 = load <8 x float>, <8 x float>* %253, align 4
  %255 = add i64 %138, 4112
  %256 = getelementptr inbounds float, float* %4, i64 %255
  %257 = bitcast float* %256 to <8 x float>*
  %258 = load <8 x float>, <8 x float>* %257, align 4
  %259 = add i64 %137, 2
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = load float, float* %260, align 4
  %262 = insertelement <8 x float> undef, float %261, i32 0
  %splat12 = shufflevector <8 x float> %262, <8 x float> undef, <8 x i32> zeroinitializer
  %263 = load <8 x float>, <8 x float>* %21, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %254, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %21, align 32
  %265 = load <8 x float>, <8 x float>* %15, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %258, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %15, align 32
  %267 = add i64 %137, 10
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = load float, float* %268, align 4
  %270 = insertelement <8 x float> undef, float %269, i32 0
  %splat13 = shufflevector <8 x float> %270, <8 x float> undef, <8 x i32> zeroinitializer
  %271 = load <8 x float>, <8 x float>* %20, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %254, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %20, align 32
  %273 = load <8 x float>, <8 x float>* %14, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %258, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %14, align 32
  %275 = add i64 %137, 18
  %276 = getelementptr inbounds float, float* %1, i64 %275
  %277 = load float, float* %276, align 4
  %278 = insertelement <8 x float> undef, float %277, i32 0
  %splat14 = shufflevector <8 x float> %278, <8 x float> undef, <8 x i32> zeroinitializer
  %279 = load <8 x float>, <8 x float>* %19, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %254, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %19, align 32
  %281 = load <8 x float>, <8 x float>* %13, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %258, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %13, align 32
  %283 = add i64 %137, 26
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat15 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %18, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %254, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %18, align 32
  %289 = load <8 x float>, <8 x float>* %12, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %258, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %12, align 32
  %291 = add i64 %137, 34
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = load float, float* %292, align 4
  %294 = insertelement <8 x float> undef, float %293, i32 0
  %splat16 = shufflevector <8 x float> %294, <8 x float> undef, <8 x i32> zeroinitializer
  %295 = load <8 x float>, <8 x float>* %17, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %254, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %17, align 32
  %297 = load <8 x float>, <8 x float>* %11, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %258, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %11, align 32
  %299 = add i64 %137, 42
  %300 = getelementptr inbounds float, float* %1, i64 %299
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> undef, float %301, i32 0
  %splat17 = shufflevector <8 x float> %302, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = load <8 x float>, <8 x float>* %16, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %254, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %16, align 32
  %305 = load <8 x float>, <8 x float>* %10, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %258, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %10, align 32
  %307 = add i64 %138, 24
  %308 = getelementptr inbounds float, float* %4, i64 %307
  %309 = bitcast float* %308 to <8 x float>*
  %310 = load <8 x float>, <8 x float>* %309, align 4
  %311 = add i64 %138, 4120
  %312 = getelementptr inbounds float, float* %4, i64 %311
  %313 = bitcast float* %312 to <8 x float>*
  %314 = load <8 x float>, <8 x float>* %313, align 4
  %315 = add i64 %137, 3
  %316 = getelementptr inbounds float, float* %1, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> undef, float %317, i32 0
  %splat18 = shufflevector <8 x float> %318, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = load <8 x float>, <8 x float>* %21, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %310, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %21, align 32
  %321 = load <8 x float>, <8 x float>* %15, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %314, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %15, align 32
  %323 = add i64 %137, 11
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat19 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %20, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %310, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %20, align 32
  %329 = load <8 x float>, <8 x float>* %14, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %314, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %14, align 32
  %331 = add i64 %137, 19
  %332 = getelementptr inbounds float, float* %1, i64 %331
  %333 = load float, float* %332, align 4
  %334 = insertelement <8 x float> undef, float %333, i32 0
  %splat20 = shufflevector <8 x float> %334, <8 x float> undef, <8 x i32> zeroinitializer
  %335 = load <8 x float>, <8 x float>* %19, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %310, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %19, align 32
  %337 = load <8 x float>, <8 x float>* %13, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %314, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %13, align 32
  %339 = add i64 %137, 27
  %340 = getelementptr inbounds float, float* %1, i64 %339
  %341 = load float, float* %340, align 4
  %342 = insertelement <8 x float> undef, float %341, i32 0
  %splat21 = shufflevector <8 x float> %342, <8 x float> undef, <8 x i32> zeroinitializer
  %343 = load <8 x float>, <8 x float>* %18, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %310, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %18, align 32
  %345 = load <8 x float>, <8 x float>* %12, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %314, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %12, align 32
  %347 = add i64 %137, 35
  %348 = getelementptr inbounds float, float* %1, i64 %347
  %349 = load float, float* %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i32 0
  %splat22 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = load <8 x float>, <8 x float>* %17, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %310, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %17, align 32
  %353 = load <8 x float>, <8 x float>* %11, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %314, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %11, align 32
  %355 = add i64 %137, 43
  %356 = getelementptr inbounds float, float* %1, i64 %355
  %357 = load float, float* %356, align 4
  %358 = insertelement <8 x float> undef, float %357, i32 0
  %splat23 = shufflevector <8 x float> %358, <8 x float> undef, <8 x i32> zeroinitializer
  %359 = load <8 x float>, <8 x float>* %16, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %310, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %16, align 32
  %361 = load <8 x float>, <8 x float>* %10, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %314, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %10, align 32
  %363 = add i64 %138, 32
  %364 = getelementptr inbounds float, float* %4, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  %366 = load <8 x float>, <8 x float>* %365, align 4
  %367 = add i64 %138, 4128
  %368 = getelementptr inbounds float, float* %4, i64 %367
  %369 = bitcast float* %368 to <8 x float>*
  %370 = load <8 x float>, <8 x float>* %369, align 4
  %371 = add i64 %137, 4
  %372 = getelementptr inbounds float, float* %1, i64 %371
  %373 = load float, float* %372, align 4
  %374 = insertelement <8 x float> undef, float %373, i32 0
  %splat24 = shufflevector <8 x float> %374, <8 x float> undef, <8 x i32> zeroinitializer
  %375 = load <8 x float>, <8 x float>* %21, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %366, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %21, align 32
  %377 = load <8 x float>, <8 x float>* %15, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %370, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %15, align 32
  %379 = add i64 %137, 12
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat25 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %20, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %366, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %20, align 32
  %385 = load <8 x float>, <8 x float>* %14, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %370, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %14, align 32
  %387 = add i64 %137, 20
  %388 = getelementptr inbounds float, float* %1, i64 %387
  %389 = load float, float* %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %splat26 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %391 = load <8 x float>, <8 x float>* %19, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %366, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %19, align 32
  %393 = load <8 x float>, <8 x float>* %13, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %370, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %13, align 32
  %395 = add i64 %137, 28
  %396 = getelementptr inbounds float, float* %1, i64 %395
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i32 0
  %splat27 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, <8 x float>* %18, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %366, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %18, align 32
  %401 = load <8 x float>, <8 x float>* %12, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %370, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %12, align 32
  %403 = add i64 %137, 36
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat28 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %17, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %366, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %17, align 32
  %409 = load <8 x float>, <8 x float>* %11, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %370, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %11, align 32
  %411 = add i64 %137, 44
  %412 = getelementptr inbounds float, float* %1, i64 %411
  %413 = load float, float* %412, align 4
  %414 = insertelement <8 x float> undef, float %413, i32 0
  %splat29 = shufflevector <8 x float> %414, <8 x float> undef, <8 x i32> zeroinitializer
  %415 = load <8 x float>, <8 x float>* %16, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %366, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %16, align 32
  %417 = load <8 x float>, <8 x float>* %10, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %370, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %10, align 32
  %419 = add i64 %138, 40
  %420 = getelementptr inbounds float, float* %4, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  %422 = load <8 x float>, <8 x float>* %421, align 4
  %423 = add i64 %138, 4136
  %424 = getelementptr inbounds float, float* %4, i64 %423
  %425 = bitcast float* %424 to <8 x float>*
  %426 = load <8 x float>, <8 x float>* %425, align 4
  %427 = add i64 %137, 5
  %428 = getelementptr inbounds float, float* %1, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat30 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %21, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %422, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %21, align 32
  %433 = load <8 x float>, <8 x float>* %15, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %426, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %15, align 32
  %435 = add i64 %137, 13
  %436 = getelementptr inbounds float, float* %1, i64 %435
  %437 = load float, float* %436, align 4
  %438 = insertelement <8 x float> undef, float %437, i32 0
  %splat31 = shufflevector <8 x float> %438, <8 x float> undef, <8 x i32> zeroinitializer
  %439 = load <8 x float>, <8 x float>* %20, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %422, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %20, align 32
  %441 = load <8 x float>, <8 x float>* %14, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %426, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %14, align 32
  %443 = add i64 %137, 21
  %444 = getelementptr inbounds float, float* %1, i64 %443
  %445 = load float, float* %444, align 4
  %446 = insertelement <8 x float> undef, float %445, i32 0
  %splat32 = shufflevector <8 x float> %446, <8 x float> undef, <8 x i32> zeroinitializer
  %447 = load <8 x float>, <8 x float>* %19, align 32
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %422, <8 x float> %447)
  store <8 x float> %448, <8 x float>* %19, align 32
  %449 = load <8 x float>, <8 x float>* %13, align 32
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %426, <8 x float> %449)
  store <8 x float> %450, <8 x float>* %13, align 32
  %451 = add i64 %137, 29
  %452 = getelementptr inbounds float, float* %1, i64 %451
  %453 = load float, float* %452, align 4
  %454 = insertelement <8 x float> undef, float %453, i32 0
  %splat33 = shufflevector <8 x float> %454, <8 x float> undef, <8 x i32> zeroinitializer
  %455 = load <8 x float>, <8 x float>* %18, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %422, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %18, align 32
  %457 = load <8 x float>, <8 x float>* %12, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %426, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %12, align 32
  %459 = add i64 %137, 37
  %460 = getelementptr inbounds float, float* %1, i64 %459
  %461 = load float, float* %460, align 4
  %462 = insertelement <8 x float> undef, float %461, i32 0
  %splat34 = shufflevector <8 x float> %462, <8 x float> undef, <8 x i32> zeroinitializer
  %463 = load <8 x float>, <8 x float>* %17, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %422, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %17, align 32
  %465 = load <8 x float>, <8 x float>* %11, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %426, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %11, align 32
  %467 = add i64 %137, 45
  %468 = getelementptr inbounds float, float* %1, i64 %467
  %469 = load float, float* %468, align 4
  %470 = insertelement <8 x float> undef, float %469, i32 0
  %splat35 = shufflevector <8 x float> %470, <8 x float> undef, <8 x i32> zeroinitializer
  %471 = load <8 x float>, <8 x float>* %16, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %422, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %16, align 32
  %473 = load <8 x float>, <8 x float>* %10, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %426, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %10, align 32
  %475 = add i64 %138, 48
  %476 = getelementptr inbounds float, float* %4, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  %478 = load <8 x float>, <8 x float>* %477, align 4
  %479 = add i64 %138, 4144
  %480 = getelementptr inbounds float, float* %4, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  %482 = load <8 x float>, <8 x float>* %481, align 4
  %483 = add i64 %137, 6
  %484 = getelementptr inbounds float, float* %1, i64 %483
  %485 = load float, float* %484, align 4
  %486 = insertelement <8 x float> undef, float %485, i32 0
  %splat36 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %487 = load <8 x float>, <8 x float>* %21, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %478, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %21, align 32
  %489 = load <8 x float>, <8 x float>* %15, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %482, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %15, align 32
  %491 = add i64 %137, 14
  %492 = getelementptr inbounds float, float* %1, i64 %491
  %493 = load float, float* %492, align 4
  %494 = insertelement <8 x float> undef, float %493, i32 0
  %splat37 = shufflevector <8 x float> %494, <8 x float> undef, <8 x i32> zeroinitializer
  %495 = load <8 x float>, <8 x float>* %20, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %478, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %20, align 32
  %497 = load <8 x float>, <8 x float>* %14, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %482, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %14, align 32
  %499 = add i64 %137, 22
  %500 = getelementptr inbounds float, float* %1, i64 %499
  %501 = load float, float* %500, align 4
  %502 = insertelement <8 x float> undef, float %501, i32 0
  %splat38 = shufflevector <8 x float> %502, <8 x float> undef, <8 x i32> zeroinitializer
  %503 = load <8 x float>, <8 x float>* %19, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %478, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %19, align 32
  %505 = load <8 x float>, <8 x float>* %13, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %482, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %13, align 32
  %507 = add i64 %137, 30
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat39 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %18, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %478, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %18, align 32
  %513 = load <8 x float>, <8 x float>* %12, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %482, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %12, align 32
  %515 = add i64 %137, 38
  %516 = getelementptr inbounds float, float* %1, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat40 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %17, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %478, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %17, align 32
  %521 = load <8 x float>, <8 x float>* %11, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %482, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %11, align 32
  %523 = add i64 %137, 46
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat41 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %16, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %478, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %16, align 32
  %529 = load <8 x float>, <8 x float>* %10, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %482, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %10, align 32
  %531 = add i64 %138, 56
  %532 = getelementptr inbounds float, float* %4, i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  %534 = load <8 x float>, <8 x float>* %533, align 4
  %535 = add i64 %138, 4152
  %536 = getelementptr inbounds float, float* %4, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %137, 7
  %540 = getelementptr inbounds float, float* %1, i64 %539
  %541 = load float, float* %540, align 4
  %542 = insertelement <8 x float> undef, float %541, i32 0
  %splat42 = shufflevector <8 x float> %542, <8 x float> undef, <8 x i32> zeroinitializer
  %543 = load <8 x float>, <8 x float>* %21, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %534, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %21, align 32
  %545 = load <8 x float>, <8 x float>* %15, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %538, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %15, align 32
  %547 = add i64 %137, 15
  %548 = getelementptr inbounds float, float* %1, i64 %547
  %549 = load float, float* %548, align 4
  %550 = insertelement <8 x float> undef, float %549, i32 0
  %splat43 = shufflevector <8 x float> %550, <8 x float> undef, <8 x i32> zeroinitializer
  %551 = load <8 x float>, <8 x float>* %20, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %534, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %20, align 32
  %553 = load <8 x float>, <8 x float>* %14, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %538, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %14, align 32
  %555 = add i64 %137, 23
  %556 = getelementptr inbounds float, float* %1, i64 %555
  %557 = load float, float* %556, align 4
  %558 = insertelement <8 x float> undef, float %557, i32 0
  %splat44 = shufflevector <8 x float> %558, <8 x float> undef, <8 x i32> zeroinitializer
  %559 = load <8 x float>, <8 x float>* %19, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %534, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %19, align 32
  %561 = load <8 x float>, <8 x float>* %13, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %538, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %13, align 32
  %563 = add i64 %137, 31
  %564 = getelementptr inbounds float, float* %1, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat45 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %18, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %534, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %18, align 32
  %569 = load <8 x float>, <8 x float>* %12, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %538, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %12, align 32
  %571 = add i64 %137, 39
  %572 = getelementptr inbounds float, float* %1, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat46 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %17, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %534, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %17, align 32
  %577 = load <8 x float>, <8 x float>* %11, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %538, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %11, align 32
  %579 = add i64 %137, 47
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat47 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %16, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %534, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %16, align 32
  %585 = load <8 x float>, <8 x float>* %10, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %538, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %10, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %587 = load <8 x float>, <8 x float>* %21, align 32
  %588 = fcmp olt <8 x float> %587, zeroinitializer
  %589 = select <8 x i1> %588, <8 x float> zeroinitializer, <8 x float> %587
  %590 = getelementptr inbounds float, float* %0, i64 %52
  %591 = bitcast float* %590 to <8 x float>*
  store <8 x float> %589, <8 x float>* %591, align 4
  %592 = load <8 x float>, <8 x float>* %20, align 32
  %593 = fcmp olt <8 x float> %592, zeroinitializer
  %594 = select <8 x i1> %593, <8 x float> zeroinitializer, <8 x float> %592
  %595 = getelementptr inbounds float, float* %0, i64 %55
  %596 = bitcast float* %595 to <8 x float>*
  store <8 x float> %594, <8 x float>* %596, align 4
  %597 = load <8 x float>, <8 x float>* %19, align 32
  %598 = fcmp olt <8 x float> %597, zeroinitializer
  %599 = select <8 x i1> %598, <8 x float> zeroinitializer, <8 x float> %597
  %600 = getelementptr inbounds float, float* %0, i64 %58
  %601 = bitcast float* %600 to <8 x float>*
  store <8 x float> %599, <8 x float>* %601, align 4
  %602 = load <8 x float>, <8 x float>* %18, align 32
  %603 = fcmp olt <8 x float> %602, zeroinitializer
  %604 = select <8 x i1> %603, <8 x float> zeroinitializer, <8 x float> %602
  %605 = getelementptr inbounds float, float* %0, i64 %61
  %606 = bitcast float* %605 to <8 x float>*
  store <8 x float> %604, <8 x float>* %606, align 4
  %607 = load <8 x float>, <8 x float>* %17, align 32
  %608 = fcmp olt <8 x float> %607, zeroinitializer
  %609 = select <8 x i1> %608, <8 x float> zeroinitializer, <8 x float> %607
  %610 = getelementptr inbounds float, float* %0, i64 %64
  %611 = bitcast float* %610 to <8 x float>*
  store <8 x float> %609, <8 x float>* %611, align 4
  %612 = load <8 x float>, <8 x float>* %16, align 32
  %613 = fcmp olt <8 x float> %612, zeroinitializer
  %614 = select <8 x i1> %613, <8 x float> zeroinitializer, <8 x float> %612
  %615 = getelementptr inbounds float, float* %0, i64 %67
  %616 = bitcast float* %615 to <8 x float>*
  store <8 x float> %614, <8 x float>* %616, align 4
  %617 = load <8 x float>, <8 x float>* %15, align 32
  %618 = fcmp olt <8 x float> %617, zeroinitializer
  %619 = select <8 x i1> %618, <8 x float> zeroinitializer, <8 x float> %617
  %620 = getelementptr inbounds float, float* %0, i64 %74
  %621 = bitcast float* %620 to <8 x float>*
  store <8 x float> %619, <8 x float>* %621, align 4
  %622 = load <8 x float>, <8 x float>* %14, align 32
  %623 = fcmp olt <8 x float> %622, zeroinitializer
  %624 = select <8 x i1> %623, <8 x float> zeroinitializer, <8 x float> %622
  %625 = getelementptr inbounds float, float* %0, i64 %77
  %626 = bitcast float* %625 to <8 x float>*
  store <8 x float> %624, <8 x float>* %626, align 4
  %627 = load <8 x float>, <8 x float>* %13, align 32
  %628 = fcmp olt <8 x float> %627, zeroinitializer
  %629 = select <8 x i1> %628, <8 x float> zeroinitializer, <8 x float> %627
  %630 = getelementptr inbounds float, float* %0, i64 %80
  %631 = bitcast float* %630 to <8 x float>*
  store <8 x float> %629, <8 x float>* %631, align 4
  %632 = load <8 x float>, <8 x float>* %12, align 32
  %633 = fcmp olt <8 x float> %632, zeroinitializer
  %634 = select <8 x i1> %633, <8 x float> zeroinitializer, <8 x float> %632
  %635 = getelementptr inbounds float, float* %0, i64 %83
  %636 = bitcast float* %635 to <8 x float>*
  store <8 x float> %634, <8 x float>* %636, align 4
  %637 = load <8 x float>, <8 x float>* %11, align 32
  %638 = fcmp olt <8 x float> %637, zeroinitializer
  %639 = select <8 x i1> %638, <8 x float> zeroinitializer, <8 x float> %637
  %640 = getelementptr inbounds float, float* %0, i64 %86
  %641 = bitcast float* %640 to <8 x float>*
  store <8 x float> %639, <8 x float>* %641, align 4
  %642 = load <8 x float>, <8 x float>* %10, align 32
  %643 = fcmp olt <8 x float> %642, zeroinitializer
  %644 = select <8 x i1> %643, <8 x float> zeroinitializer, <8 x float> %642
  %645 = getelementptr inbounds float, float* %0, i64 %89
  %646 = bitcast float* %645 to <8 x float>*
  store <8 x float> %644, <8 x float>* %646, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next60, %u.body49 ]
  %647 = icmp slt i64 %u51, 64
  br i1 %647, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %648 = add i64 0, %u51
  %649 = mul i64 %648, 392
  %650 = add i64 %129, %649
  %651 = mul i64 %648, 64
  %652 = add i64 %42, %651
  %653 = add i64 %650, 0
  %654 = add i64 %653, 0
  %655 = add i64 %652, 0
  %656 = add i64 %655, 0
  %657 = getelementptr inbounds float, float* %4, i64 %656
  %658 = bitcast float* %657 to <8 x float>*
  %659 = load <8 x float>, <8 x float>* %658, align 4
  %660 = add i64 %655, 4096
  %661 = getelementptr inbounds float, float* %4, i64 %660
  %662 = bitcast float* %661 to <8 x float>*
  %663 = load <8 x float>, <8 x float>* %662, align 4
  %664 = add i64 %654, 0
  %665 = getelementptr inbounds float, float* %1, i64 %664
  %666 = load float, float* %665, align 4
  %667 = insertelement <8 x float> undef, float %666, i32 0
  %splat52 = shufflevector <8 x float> %667, <8 x float> undef, <8 x i32> zeroinitializer
  %668 = load <8 x float>, <8 x float>* %9, align 32
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %659, <8 x float> %668)
  store <8 x float> %669, <8 x float>* %9, align 32
  %670 = load <8 x float>, <8 x float>* %8, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %663, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %8, align 32
  %672 = add i64 %655, 8
  %673 = getelementptr inbounds float, float* %4, i64 %672
  %674 = bitcast float* %673 to <8 x float>*
  %675 = load <8 x float>, <8 x float>* %674, align 4
  %676 = add i64 %655, 4104
  %677 = getelementptr inbounds float, float* %4, i64 %676
  %678 = bitcast float* %677 to <8 x float>*
  %679 = load <8 x float>, <8 x float>* %678, align 4
  %680 = add i64 %654, 1
  %681 = getelementptr inbounds float, float* %1, i64 %680
  %682 = load float, float* %681, align 4
  %683 = insertelement <8 x float> undef, float %682, i32 0
  %splat53 = shufflevector <8 x float> %683, <8 x float> undef, <8 x i32> zeroinitializer
  %684 = load <8 x float>, <8 x float>* %9, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %675, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %9, align 32
  %686 = load <8 x float>, <8 x float>* %8, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %679, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %8, align 32
  %688 = add i64 %655, 16
  %689 = getelementptr inbounds float, float* %4, i64 %688
  %690 = bitcast float* %689 to <8 x float>*
  %691 = load <8 x float>, <8 x float>* %690, align 4
  %692 = add i64 %655, 4112
  %693 = getelementptr inbounds float, float* %4, i64 %692
  %694 = bitcast float* %693 to <8 x float>*
  %695 = load <8 x float>, <8 x float>* %694, align 4
  %696 = add i64 %654, 2
  %697 = getelementptr inbounds float, float* %1, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat54 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %9, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %691, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %9, align 32
  %702 = load <8 x float>, <8 x float>* %8, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %695, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %8, align 32
  %704 = add i64 %655, 24
  %705 = getelementptr inbounds float, float* %4, i64 %704
  %706 = bitcast float* %705 to <8 x float>*
  %707 = load <8 x float>, <8 x float>* %706, align 4
  %708 = add i64 %655, 4120
  %709 = getelementptr inbounds float, float* %4, i64 %708
  %710 = bitcast float* %709 to <8 x float>*
  %711 = load <8 x float>, <8 x float>* %710, align 4
  %712 = add i64 %654, 3
  %713 = getelementptr inbounds float, float* %1, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat55 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %9, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %707, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %9, align 32
  %718 = load <8 x float>, <8 x float>* %8, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %711, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %8, align 32
  %720 = add i64 %655, 32
  %721 = getelementptr inbounds float, float* %4, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = add i64 %655, 4128
  %725 = getelementptr inbounds float, float* %4, i64 %724
  %726 = bitcast float* %725 to <8 x float>*
  %727 = load <8 x float>, <8 x float>* %726, align 4
  %728 = add i64 %654, 4
  %729 = getelementptr inbounds float, float* %1, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat56 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %9, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %723, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %9, align 32
  %734 = load <8 x float>, <8 x float>* %8, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %727, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %8, align 32
  %736 = add i64 %655, 40
  %737 = getelementptr inbounds float, float* %4, i64 %736
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = add i64 %655, 4136
  %741 = getelementptr inbounds float, float* %4, i64 %740
  %742 = bitcast float* %741 to <8 x float>*
  %743 = load <8 x float>, <8 x float>* %742, align 4
  %744 = add i64 %654, 5
  %745 = getelementptr inbounds float, float* %1, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat57 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %9, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %739, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %9, align 32
  %750 = load <8 x float>, <8 x float>* %8, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %743, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %8, align 32
  %752 = add i64 %655, 48
  %753 = getelementptr inbounds float, float* %4, i64 %752
  %754 = bitcast float* %753 to <8 x float>*
  %755 = load <8 x float>, <8 x float>* %754, align 4
  %756 = add i64 %655, 4144
  %757 = getelementptr inbounds float, float* %4, i64 %756
  %758 = bitcast float* %757 to <8 x float>*
  %759 = load <8 x float>, <8 x float>* %758, align 4
  %760 = add i64 %654, 6
  %761 = getelementptr inbounds float, float* %1, i64 %760
  %762 = load float, float* %761, align 4
  %763 = insertelement <8 x float> undef, float %762, i32 0
  %splat58 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
  %764 = load <8 x float>, <8 x float>* %9, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %755, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %9, align 32
  %766 = load <8 x float>, <8 x float>* %8, align 32
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %759, <8 x float> %766)
  store <8 x float> %767, <8 x float>* %8, align 32
  %768 = add i64 %655, 56
  %769 = getelementptr inbounds float, float* %4, i64 %768
  %770 = bitcast float* %769 to <8 x float>*
  %771 = load <8 x float>, <8 x float>* %770, align 4
  %772 = add i64 %655, 4152
  %773 = getelementptr inbounds float, float* %4, i64 %772
  %774 = bitcast float* %773 to <8 x float>*
  %775 = load <8 x float>, <8 x float>* %774, align 4
  %776 = add i64 %654, 7
  %777 = getelementptr inbounds float, float* %1, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat59 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %9, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %771, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %9, align 32
  %782 = load <8 x float>, <8 x float>* %8, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %775, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %8, align 32
  %u.next60 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %784 = load <8 x float>, <8 x float>* %9, align 32
  %785 = fcmp olt <8 x float> %784, zeroinitializer
  %786 = select <8 x i1> %785, <8 x float> zeroinitializer, <8 x float> %784
  %787 = getelementptr inbounds float, float* %0, i64 %110
  %788 = bitcast float* %787 to <8 x float>*
  store <8 x float> %786, <8 x float>* %788, align 4
  %789 = load <8 x float>, <8 x float>* %8, align 32
  %790 = fcmp olt <8 x float> %789, zeroinitializer
  %791 = select <8 x i1> %790, <8 x float> zeroinitializer, <8 x float> %789
  %792 = getelementptr inbounds float, float* %0, i64 %117
  %793 = bitcast float* %792 to <8 x float>*
  store <8 x float> %791, <8 x float>* %793, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node24.conv2d_13.step0(i8* %0) #3 {
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
  %25 = add i64 64, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 64
  %29 = select i1 %28, i64 %27, i64 64
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 64
  %32 = select i1 %31, i64 %30, i64 64
  call void @node24.conv2d_13.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node25.depthwiseConv2d_13.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %kh.exit12, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %kh.exit12 ]
  %15 = icmp slt i64 %task, %7
  br i1 %15, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %16 = srem i64 %task, 7
  %17 = sdiv i64 %task, 7
  %18 = srem i64 %17, 128
  %19 = mul i64 %17, 392
  %20 = mul i64 %17, 7
  %21 = add i64 %20, %16
  %22 = mul i64 %21, 56
  %23 = mul i64 %16, 1
  %24 = sub i64 %23, 1
  %25 = mul i64 %18, 8
  %26 = getelementptr inbounds float, float* %5, i64 %25
  %27 = bitcast float* %26 to <8 x float>*
  %28 = load <8 x float>, <8 x float>* %27, align 4
  store <8 x float> %28, <8 x float>* %14, align 32
  store <8 x float> %28, <8 x float>* %13, align 32
  store <8 x float> %28, <8 x float>* %12, align 32
  store <8 x float> %28, <8 x float>* %11, align 32
  store <8 x float> %28, <8 x float>* %10, align 32
  br label %kh.header

task.exit:                                        ; preds = %task.header
  ret void

kh.header:                                        ; preds = %endif, %task.body
  %kh = phi i64 [ 0, %task.body ], [ %kh.next, %endif ]
  %29 = icmp slt i64 %kh, 3
  br i1 %29, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %30 = mul i64 %kh, 1
  %31 = add i64 %24, %30
  %32 = icmp sge i64 %31, 0
  %33 = icmp slt i64 %31, 7
  %34 = and i1 %32, %33
  br i1 %34, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %35 = add i64 %22, 8
  %36 = load <8 x float>, <8 x float>* %14, align 32
  %37 = fcmp olt <8 x float> %36, zeroinitializer
  %38 = select <8 x i1> %37, <8 x float> zeroinitializer, <8 x float> %36
  %39 = getelementptr inbounds float, float* %0, i64 %35
  %40 = bitcast float* %39 to <8 x float>*
  store <8 x float> %38, <8 x float>* %40, align 4
  %41 = add i64 %22, 16
  %42 = load <8 x float>, <8 x float>* %13, align 32
  %43 = fcmp olt <8 x float> %42, zeroinitializer
  %44 = select <8 x i1> %43, <8 x float> zeroinitializer, <8 x float> %42
  %45 = getelementptr inbounds float, float* %0, i64 %41
  %46 = bitcast float* %45 to <8 x float>*
  store <8 x float> %44, <8 x float>* %46, align 4
  %47 = add i64 %22, 24
  %48 = load <8 x float>, <8 x float>* %12, align 32
  %49 = fcmp olt <8 x float> %48, zeroinitializer
  %50 = select <8 x i1> %49, <8 x float> zeroinitializer, <8 x float> %48
  %51 = getelementptr inbounds float, float* %0, i64 %47
  %52 = bitcast float* %51 to <8 x float>*
  store <8 x float> %50, <8 x float>* %52, align 4
  %53 = add i64 %22, 32
  %54 = load <8 x float>, <8 x float>* %11, align 32
  %55 = fcmp olt <8 x float> %54, zeroinitializer
  %56 = select <8 x i1> %55, <8 x float> zeroinitializer, <8 x float> %54
  %57 = getelementptr inbounds float, float* %0, i64 %53
  %58 = bitcast float* %57 to <8 x float>*
  store <8 x float> %56, <8 x float>* %58, align 4
  %59 = add i64 %22, 40
  %60 = load <8 x float>, <8 x float>* %10, align 32
  %61 = fcmp olt <8 x float> %60, zeroinitializer
  %62 = select <8 x i1> %61, <8 x float> zeroinitializer, <8 x float> %60
  %63 = getelementptr inbounds float, float* %0, i64 %59
  %64 = bitcast float* %63 to <8 x float>*
  store <8 x float> %62, <8 x float>* %64, align 4
  store <8 x float> %28, <8 x float>* %9, align 32
  br label %kh.header1

then:                                             ; preds = %kh.body
  %65 = mul i64 %31, 56
  %66 = add i64 %19, %65
  %67 = mul i64 %18, 3
  %68 = add i64 %67, %kh
  %69 = mul i64 %68, 24
  %70 = add i64 %69, 0
  %71 = getelementptr inbounds float, float* %4, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = add i64 %69, 8
  %75 = getelementptr inbounds float, float* %4, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = add i64 %69, 16
  %79 = getelementptr inbounds float, float* %4, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %66, 0
  %83 = add i64 %82, 0
  %84 = getelementptr inbounds float, float* %1, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  %86 = load <8 x float>, <8 x float>* %85, align 4
  %87 = load <8 x float>, <8 x float>* %14, align 32
  %88 = call <8 x float> @llvm.fma.v8f32(<8 x float> %86, <8 x float> %73, <8 x float> %87)
  store <8 x float> %88, <8 x float>* %14, align 32
  %89 = add i64 %82, 8
  %90 = getelementptr inbounds float, float* %1, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  %93 = load <8 x float>, <8 x float>* %14, align 32
  %94 = call <8 x float> @llvm.fma.v8f32(<8 x float> %92, <8 x float> %77, <8 x float> %93)
  store <8 x float> %94, <8 x float>* %14, align 32
  %95 = load <8 x float>, <8 x float>* %13, align 32
  %96 = call <8 x float> @llvm.fma.v8f32(<8 x float> %92, <8 x float> %73, <8 x float> %95)
  store <8 x float> %96, <8 x float>* %13, align 32
  %97 = add i64 %82, 16
  %98 = getelementptr inbounds float, float* %1, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  %100 = load <8 x float>, <8 x float>* %99, align 4
  %101 = load <8 x float>, <8 x float>* %14, align 32
  %102 = call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %81, <8 x float> %101)
  store <8 x float> %102, <8 x float>* %14, align 32
  %103 = load <8 x float>, <8 x float>* %13, align 32
  %104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %77, <8 x float> %103)
  store <8 x float> %104, <8 x float>* %13, align 32
  %105 = load <8 x float>, <8 x float>* %12, align 32
  %106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %73, <8 x float> %105)
  store <8 x float> %106, <8 x float>* %12, align 32
  %107 = add i64 %82, 24
  %108 = getelementptr inbounds float, float* %1, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = load <8 x float>, <8 x float>* %13, align 32
  %112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %110, <8 x float> %81, <8 x float> %111)
  store <8 x float> %112, <8 x float>* %13, align 32
  %113 = load <8 x float>, <8 x float>* %12, align 32
  %114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %110, <8 x float> %77, <8 x float> %113)
  store <8 x float> %114, <8 x float>* %12, align 32
  %115 = load <8 x float>, <8 x float>* %11, align 32
  %116 = call <8 x float> @llvm.fma.v8f32(<8 x float> %110, <8 x float> %73, <8 x float> %115)
  store <8 x float> %116, <8 x float>* %11, align 32
  %117 = add i64 %82, 32
  %118 = getelementptr inbounds float, float* %1, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = load <8 x float>, <8 x float>* %12, align 32
  %122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %81, <8 x float> %121)
  store <8 x float> %122, <8 x float>* %12, align 32
  %123 = load <8 x float>, <8 x float>* %11, align 32
  %124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %77, <8 x float> %123)
  store <8 x float> %124, <8 x float>* %11, align 32
  %125 = load <8 x float>, <8 x float>* %10, align 32
  %126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %73, <8 x float> %125)
  store <8 x float> %126, <8 x float>* %10, align 32
  %127 = add i64 %82, 40
  %128 = getelementptr inbounds float, float* %1, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = load <8 x float>, <8 x float>* %11, align 32
  %132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %130, <8 x float> %81, <8 x float> %131)
  store <8 x float> %132, <8 x float>* %11, align 32
  %133 = load <8 x float>, <8 x float>* %10, align 32
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %130, <8 x float> %77, <8 x float> %133)
  store <8 x float> %134, <8 x float>* %10, align 32
  %135 = add i64 %82, 48
  %136 = getelementptr inbounds float, float* %1, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = load <8 x float>, <8 x float>* %10, align 32
  %140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %138, <8 x float> %81, <8 x float> %139)
  store <8 x float> %140, <8 x float>* %10, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %kh.exit
  %kh4 = phi i64 [ 0, %kh.exit ], [ %kh.next9, %endif6 ]
  %141 = icmp slt i64 %kh4, 3
  br i1 %141, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %142 = mul i64 %kh4, 1
  %143 = add i64 %24, %142
  %144 = icmp sge i64 %143, 0
  %145 = icmp slt i64 %143, 7
  %146 = and i1 %144, %145
  br i1 %146, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %147 = add i64 %22, 0
  %148 = load <8 x float>, <8 x float>* %9, align 32
  %149 = fcmp olt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> zeroinitializer, <8 x float> %148
  %151 = getelementptr inbounds float, float* %0, i64 %147
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %150, <8 x float>* %152, align 4
  store <8 x float> %28, <8 x float>* %8, align 32
  br label %kh.header10

then5:                                            ; preds = %kh.body2
  %153 = mul i64 %143, 56
  %154 = add i64 %19, %153
  %155 = mul i64 %18, 3
  %156 = add i64 %155, %kh4
  %157 = mul i64 %156, 24
  br label %kw.header

endif6:                                           ; preds = %kw.exit, %kh.body2
  %kh.next9 = add i64 %kh4, 1
  br label %kh.header1

kw.header:                                        ; preds = %endif8, %then5
  %kw = phi i64 [ 0, %then5 ], [ %kw.next, %endif8 ]
  %158 = icmp slt i64 %kw, 3
  br i1 %158, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %159 = mul i64 %kw, 1
  %160 = add i64 -1, %159
  %161 = icmp sge i64 %160, 0
  %162 = icmp slt i64 %160, 7
  %163 = and i1 %161, %162
  br i1 %163, label %then7, label %endif8

kw.exit:                                          ; preds = %kw.header
  br label %endif6

then7:                                            ; preds = %kw.body
  %164 = mul i64 %kw, 8
  %165 = add i64 %157, %164
  %166 = getelementptr inbounds float, float* %4, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  %168 = load <8 x float>, <8 x float>* %167, align 4
  %169 = mul i64 %160, 8
  %170 = add i64 %154, %169
  %171 = getelementptr inbounds float, float* %1, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = load <8 x float>, <8 x float>* %9, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %173, <8 x float> %168, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %9, align 32
  br label %endif8

endif8:                                           ; preds = %then7, %kw.body
  %kw.next = add i64 %kw, 1
  br label %kw.header

kh.header10:                                      ; preds = %endif15, %kh.exit3
  %kh13 = phi i64 [ 0, %kh.exit3 ], [ %kh.next23, %endif15 ]
  %176 = icmp slt i64 %kh13, 3
  br i1 %176, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %177 = mul i64 %kh13, 1
  %178 = add i64 %24, %177
  %179 = icmp sge i64 %178, 0
  %180 = icmp slt i64 %178, 7
  %181 = and i1 %179, %180
  br i1 %181, label %then14, label %endif15

kh.exit12:                                        ; preds = %kh.header10
  %182 = add i64 %22, 48
  %183 = load <8 x float>, <8 x float>* %8, align 32
  %184 = fcmp olt <8 x float> %183, zeroinitializer
  %185 = select <8 x i1> %184, <8 x float> zeroinitializer, <8 x float> %183
  %186 = getelementptr inbounds float, float* %0, i64 %182
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %185, <8 x float>* %187, align 4
  %task.next = add i64 %task, 1
  br label %task.header

then14:                                           ; preds = %kh.body11
  %188 = mul i64 %178, 56
  %189 = add i64 %19, %188
  %190 = mul i64 %18, 3
  %191 = add i64 %190, %kh13
  %192 = mul i64 %191, 24
  br label %kw.header16

endif15:                                          ; preds = %kw.exit18, %kh.body11
  %kh.next23 = add i64 %kh13, 1
  br label %kh.header10

kw.header16:                                      ; preds = %endif21, %then14
  %kw19 = phi i64 [ 0, %then14 ], [ %kw.next22, %endif21 ]
  %193 = icmp slt i64 %kw19, 3
  br i1 %193, label %kw.body17, label %kw.exit18

kw.body17:                                        ; preds = %kw.header16
  %194 = mul i64 %kw19, 1
  %195 = add i64 5, %194
  %196 = icmp sge i64 %195, 0
  %197 = icmp slt i64 %195, 7
  %198 = and i1 %196, %197
  br i1 %198, label %then20, label %endif21

kw.exit18:                                        ; preds = %kw.header16
  br label %endif15

then20:                                           ; preds = %kw.body17
  %199 = mul i64 %kw19, 8
  %200 = add i64 %192, %199
  %201 = getelementptr inbounds float, float* %4, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = mul i64 %195, 8
  %205 = add i64 %189, %204
  %206 = getelementptr inbounds float, float* %1, i64 %205
  %207 = bitcast float* %206 to <8 x float>*
  %208 = load <8 x float>, <8 x float>* %207, align 4
  %209 = load <8 x float>, <8 x float>* %8, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %203, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %8, align 32
  br label %endif21

endif21:                                          ; preds = %then20, %kw.body17
  %kw.next22 = add i64 %kw19, 1
  br label %kw.header16
}

; Function Attrs: noinline nounwind
define internal void @node25.depthwiseConv2d_13.step0(i8* %0) #3 {
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
  %25 = add i64 896, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 896
  %32 = select i1 %31, i64 %30, i64 896
  call void @node25.depthwiseConv2d_13.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node26.conv2d_14.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %22 = icmp slt i64 %task, %7
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 64
  %24 = sdiv i64 %task, 64
  %25 = srem i64 %24, 1
  %26 = sdiv i64 %task, 64
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 128
  %30 = mul i64 %23, 2
  %31 = add i64 %29, %30
  %32 = mul i64 %25, 1
  %33 = mul i64 %32, 49
  %34 = mul i64 %25, 1
  %35 = mul i64 %27, 128
  %36 = mul i64 %23, 2
  %37 = add i64 %35, %36
  %38 = mul i64 %28, 128
  %39 = mul i64 %27, 128
  %40 = add i64 %38, %39
  %41 = mul i64 %40, 392
  %42 = mul i64 %37, 8192
  %43 = mul i64 %34, 392
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %44 = icmp slt i64 %x, 48
  br i1 %44, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %45 = add i64 %33, %x
  %46 = mul i64 %28, 128
  %47 = add i64 %46, %31
  %48 = add i64 %47, 0
  %49 = mul i64 %48, 392
  %50 = add i64 %45, 0
  %51 = mul i64 %50, 8
  %52 = add i64 %49, %51
  %53 = add i64 %45, 1
  %54 = mul i64 %53, 8
  %55 = add i64 %49, %54
  %56 = add i64 %45, 2
  %57 = mul i64 %56, 8
  %58 = add i64 %49, %57
  %59 = add i64 %45, 3
  %60 = mul i64 %59, 8
  %61 = add i64 %49, %60
  %62 = add i64 %45, 4
  %63 = mul i64 %62, 8
  %64 = add i64 %49, %63
  %65 = add i64 %45, 5
  %66 = mul i64 %65, 8
  %67 = add i64 %49, %66
  %68 = mul i64 %28, 128
  %69 = add i64 %68, %31
  %70 = add i64 %69, 1
  %71 = mul i64 %70, 392
  %72 = add i64 %45, 0
  %73 = mul i64 %72, 8
  %74 = add i64 %71, %73
  %75 = add i64 %45, 1
  %76 = mul i64 %75, 8
  %77 = add i64 %71, %76
  %78 = add i64 %45, 2
  %79 = mul i64 %78, 8
  %80 = add i64 %71, %79
  %81 = add i64 %45, 3
  %82 = mul i64 %81, 8
  %83 = add i64 %71, %82
  %84 = add i64 %45, 4
  %85 = mul i64 %84, 8
  %86 = add i64 %71, %85
  %87 = add i64 %45, 5
  %88 = mul i64 %87, 8
  %89 = add i64 %71, %88
  %90 = add i64 %37, 0
  %91 = mul i64 %90, 8
  %92 = getelementptr inbounds float, float* %5, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  %94 = load <8 x float>, <8 x float>* %93, align 4
  %95 = add i64 %37, 1
  %96 = mul i64 %95, 8
  %97 = getelementptr inbounds float, float* %5, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  store <8 x float> %94, <8 x float>* %21, align 32
  store <8 x float> %94, <8 x float>* %20, align 32
  store <8 x float> %94, <8 x float>* %19, align 32
  store <8 x float> %94, <8 x float>* %18, align 32
  store <8 x float> %94, <8 x float>* %17, align 32
  store <8 x float> %94, <8 x float>* %16, align 32
  store <8 x float> %99, <8 x float>* %15, align 32
  store <8 x float> %99, <8 x float>* %14, align 32
  store <8 x float> %99, <8 x float>* %13, align 32
  store <8 x float> %99, <8 x float>* %12, align 32
  store <8 x float> %99, <8 x float>* %11, align 32
  store <8 x float> %99, <8 x float>* %10, align 32
  %100 = mul i64 %x, 8
  %101 = add i64 %43, %100
  %102 = add i64 %41, %101
  br label %u.header

x.exit:                                           ; preds = %x.header
  %103 = add i64 %33, 48
  %104 = mul i64 %28, 128
  %105 = add i64 %104, %31
  %106 = add i64 %105, 0
  %107 = mul i64 %106, 392
  %108 = add i64 %103, 0
  %109 = mul i64 %108, 8
  %110 = add i64 %107, %109
  %111 = mul i64 %28, 128
  %112 = add i64 %111, %31
  %113 = add i64 %112, 1
  %114 = mul i64 %113, 392
  %115 = add i64 %103, 0
  %116 = mul i64 %115, 8
  %117 = add i64 %114, %116
  %118 = add i64 %37, 0
  %119 = mul i64 %118, 8
  %120 = getelementptr inbounds float, float* %5, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %37, 1
  %124 = mul i64 %123, 8
  %125 = getelementptr inbounds float, float* %5, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  store <8 x float> %122, <8 x float>* %9, align 32
  store <8 x float> %127, <8 x float>* %8, align 32
  %128 = add i64 %43, 384
  %129 = add i64 %41, %128
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %130 = icmp slt i64 %u, 128
  br i1 %130, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %131 = add i64 0, %u
  %132 = mul i64 %131, 392
  %133 = add i64 %102, %132
  %134 = mul i64 %131, 64
  %135 = add i64 %42, %134
  %136 = add i64 %133, 0
  %137 = add i64 %136, 0
  %138 = add i64 %135, 0
  %139 = add i64 %138, 0
  %140 = getelementptr inbounds float, float* %4, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = add i64 %138, 8192
  %144 = getelementptr inbounds float, float* %4, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  %146 = load <8 x float>, <8 x float>* %145, align 4
  %147 = add i64 %137, 0
  %148 = getelementptr inbounds float, float* %1, i64 %147
  %149 = load float, float* %148, align 4
  %150 = insertelement <8 x float> undef, float %149, i32 0
  %splat = shufflevector <8 x float> %150, <8 x float> undef, <8 x i32> zeroinitializer
  %151 = load <8 x float>, <8 x float>* %21, align 32
  %152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %142, <8 x float> %151)
  store <8 x float> %152, <8 x float>* %21, align 32
  %153 = load <8 x float>, <8 x float>* %15, align 32
  %154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %146, <8 x float> %153)
  store <8 x float> %154, <8 x float>* %15, align 32
  %155 = add i64 %137, 8
  %156 = getelementptr inbounds float, float* %1, i64 %155
  %157 = load float, float* %156, align 4
  %158 = insertelement <8 x float> undef, float %157, i32 0
  %splat1 = shufflevector <8 x float> %158, <8 x float> undef, <8 x i32> zeroinitializer
  %159 = load <8 x float>, <8 x float>* %20, align 32
  %160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %142, <8 x float> %159)
  store <8 x float> %160, <8 x float>* %20, align 32
  %161 = load <8 x float>, <8 x float>* %14, align 32
  %162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %146, <8 x float> %161)
  store <8 x float> %162, <8 x float>* %14, align 32
  %163 = add i64 %137, 16
  %164 = getelementptr inbounds float, float* %1, i64 %163
  %165 = load float, float* %164, align 4
  %166 = insertelement <8 x float> undef, float %165, i32 0
  %splat2 = shufflevector <8 x float> %166, <8 x float> undef, <8 x i32> zeroinitializer
  %167 = load <8 x float>, <8 x float>* %19, align 32
  %168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %142, <8 x float> %167)
  store <8 x float> %168, <8 x float>* %19, align 32
  %169 = load <8 x float>, <8 x float>* %13, align 32
  %170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %146, <8 x float> %169)
  store <8 x float> %170, <8 x float>* %13, align 32
  %171 = add i64 %137, 24
  %172 = getelementptr inbounds float, float* %1, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat3 = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %18, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %142, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %18, align 32
  %177 = load <8 x float>, <8 x float>* %12, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %146, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %12, align 32
  %179 = add i64 %137, 32
  %180 = getelementptr inbounds float, float* %1, i64 %179
  %181 = load float, float* %180, align 4
  %182 = insertelement <8 x float> undef, float %181, i32 0
  %splat4 = shufflevector <8 x float> %182, <8 x float> undef, <8 x i32> zeroinitializer
  %183 = load <8 x float>, <8 x float>* %17, align 32
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %142, <8 x float> %183)
  store <8 x float> %184, <8 x float>* %17, align 32
  %185 = load <8 x float>, <8 x float>* %11, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %146, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %11, align 32
  %187 = add i64 %137, 40
  %188 = getelementptr inbounds float, float* %1, i64 %187
  %189 = load float, float* %188, align 4
  %190 = insertelement <8 x float> undef, float %189, i32 0
  %splat5 = shufflevector <8 x float> %190, <8 x float> undef, <8 x i32> zeroinitializer
  %191 = load <8 x float>, <8 x float>* %16, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %142, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %16, align 32
  %193 = load <8 x float>, <8 x float>* %10, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %146, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %10, align 32
  %195 = add i64 %138, 8
  %196 = getelementptr inbounds float, float* %4, i64 %195
  %197 = bitcast float* %196 to <8 x float>*
  %198 = load <8 x float>, <8 x float>* %197, align 4
  %199 = add i64 %138, 8200
  %200 = getelementptr inbounds float, float* %4, i64 %199
  %201 = bitcast float* %200 to <8 x float>*
  %202 = load <8 x float>, <8 x float>* %201, align 4
  %203 = add i64 %137, 1
  %204 = getelementptr inbounds float, float* %1, i64 %203
  %205 = load float, float* %204, align 4
  %206 = insertelement <8 x float> undef, float %205, i32 0
  %splat6 = shufflevector <8 x float> %206, <8 x float> undef, <8 x i32> zeroinitializer
  %207 = load <8 x float>, <8 x float>* %21, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %198, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %21, align 32
  %209 = load <8 x float>, <8 x float>* %15, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %202, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %15, align 32
  %211 = add i64 %137, 9
  %212 = getelementptr inbounds float, float* %1, i64 %211
  %213 = load float, float* %212, align 4
  %214 = insertelement <8 x float> undef, float %213, i32 0
  %splat7 = shufflevector <8 x float> %214, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %20, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %198, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %20, align 32
  %217 = load <8 x float>, <8 x float>* %14, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %202, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %14, align 32
  %219 = add i64 %137, 17
  %220 = getelementptr inbounds float, float* %1, i64 %219
  %221 = load float, float* %220, align 4
  %222 = insertelement <8 x float> undef, float %221, i32 0
  %splat8 = shufflevector <8 x float> %222, <8 x float> undef, <8 x i32> zeroinitializer
  %223 = load <8 x float>, <8 x float>* %19, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %198, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %19, align 32
  %225 = load <8 x float>, <8 x float>* %13, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %202, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %13, align 32
  %227 = add i64 %137, 25
  %228 = getelementptr inbounds float, float* %1, i64 %227
  %229 = load float, float* %228, align 4
  %230 = insertelement <8 x float> undef, float %229, i32 0
  %splat9 = shufflevector <8 x float> %230, <8 x float> undef, <8 x i32> zeroinitializer
  %231 = load <8 x float>, <8 x float>* %18, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %198, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %18, align 32
  %233 = load <8 x float>, <8 x float>* %12, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %202, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %12, align 32
  %235 = add i64 %137, 33
  %236 = getelementptr inbounds float, float* %1, i64 %235
  %237 = load float, float* %236, align 4
  %238 = insertelement <8 x float> undef, float %237, i32 0
  %splat10 = shufflevector <8 x float> %238, <8 x float> undef, <8 x i32> zeroinitializer
  %239 = load <8 x float>, <8 x float>* %17, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %198, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %17, align 32
  %241 = load <8 x float>, <8 x float>* %11, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %202, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %11, align 32
  %243 = add i64 %137, 41
  %244 = getelementptr inbounds float, float* %1, i64 %243
  %245 = load float, float* %244, align 4
  %246 = insertelement <8 x float> undef, float %245, i32 0
  %splat11 = shufflevector <8 x float> %246, <8 x float> undef, <8 x i32> zeroinitializer
  %247 = load <8 x float>, <8 x float>* %16, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %198, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %16, align 32
  %249 = load <8 x float>, <8 x float>* %10, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %202, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %10, align 32
  %251 = add i64 %138, 16
  %252 = getelementptr inbounds float, float* %4, i64 %251
  %253 = bitcast float* %252 to <8 x float>*
  %254 = load <8 x float>, <8 x float>* %253, align 4
  %255 = add i64 %138, 8208
  %256 = getelementptr inbounds float, float* %4, i64 %255
  %257 = bitcast float* %256 to <8 x float>*
  %258 = load <8 x float>, <8 x float>* %257, align 4
  %259 = add i64 %137, 2
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = load float, float* %260, align 4
  %262 = insertelement <8 x float> undef, float %261, i32 0
  %splat12 = shufflevector <8 x float> %262, <8 x float> undef, <8 x i32> zeroinitializer
  %263 = load <8 x float>, <8 x float>* %21, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %254, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %21, align 32
  %265 = load <8 x float>, <8 x float>* %15, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %258, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %15, align 32
  %267 = add i64 %137, 10
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = load float, float* %268, align 4
  %270 = insertelement <8 x float> undef, float %269, i32 0
  %splat13 = shufflevector <8 x float> %270, <8 x float> undef, <8 x i32> zeroinitializer
  %271 = load <8 x float>, <8 x float>* %20, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %254, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %20, align 32
  %273 = load <8 x float>, <8 x float>* %14, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %258, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %14, align 32
  %275 = add i64 %137, 18
  %276 = getelementptr inbounds float, float* %1, i64 %275
  %277 = load float, float* %276, align 4
  %278 = insertelement <8 x float> undef, float %277, i32 0
  %splat14 = shufflevector <8 x float> %278, <8 x float> undef, <8 x i32> zeroinitializer
  %279 = load <8 x float>, <8 x float>* %19, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %254, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %19, align 32
  %281 = load <8 x float>, <8 x float>* %13, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %258, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %13, align 32
  %283 = add i64 %137, 26
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat15 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %18, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %254, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %18, align 32
  %289 = load <8 x float>, <8 x float>* %12, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %258, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %12, align 32
  %291 = add i64 %137, 34
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = load float, float* %292, align 4
  %294 = insertelement <8 x float> undef, float %293, i32 0
  %splat16 = shufflevector <8 x float> %294, <8 x float> undef, <8 x i32> zeroinitializer
  %295 = load <8 x float>, <8 x float>* %17, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %254, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %17, align 32
  %297 = load <8 x float>, <8 x float>* %11, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %258, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %11, align 32
  %299 = add i64 %137, 42
  %300 = getelementptr inbounds float, float* %1, i64 %299
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> undef, float %301, i32 0
  %splat17 = shufflevector <8 x float> %302, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = load <8 x float>, <8 x float>* %16, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %254, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %16, align 32
  %305 = load <8 x float>, <8 x float>* %10, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %258, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %10, align 32
  %307 = add i64 %138, 24
  %308 = getelementptr inbounds float, float* %4, i64 %307
  %309 = bitcast float* %308 to <8 x float>*
  %310 = load <8 x float>, <8 x float>* %309, align 4
  %311 = add i64 %138, 8216
  %312 = getelementptr inbounds float, float* %4, i64 %311
  %313 = bitcast float* %312 to <8 x float>*
  %314 = load <8 x float>, <8 x float>* %313, align 4
  %315 = add i64 %137, 3
  %316 = getelementptr inbounds float, float* %1, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> undef, float %317, i32 0
  %splat18 = shufflevector <8 x float> %318, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = load <8 x float>, <8 x float>* %21, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %310, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %21, align 32
  %321 = load <8 x float>, <8 x float>* %15, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %314, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %15, align 32
  %323 = add i64 %137, 11
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat19 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %20, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %310, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %20, align 32
  %329 = load <8 x float>, <8 x float>* %14, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %314, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %14, align 32
  %331 = add i64 %137, 19
  %332 = getelementptr inbounds float, float* %1, i64 %331
  %333 = load float, float* %332, align 4
  %334 = insertelement <8 x float> undef, float %333, i32 0
  %splat20 = shufflevector <8 x float> %334, <8 x float> undef, <8 x i32> zeroinitializer
  %335 = load <8 x float>, <8 x float>* %19, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %310, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %19, align 32
  %337 = load <8 x float>, <8 x float>* %13, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %314, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %13, align 32
  %339 = add i64 %137, 27
  %340 = getelementptr inbounds float, float* %1, i64 %339
  %341 = load float, float* %340, align 4
  %342 = insertelement <8 x float> undef, float %341, i32 0
  %splat21 = shufflevector <8 x float> %342, <8 x float> undef, <8 x i32> zeroinitializer
  %343 = load <8 x float>, <8 x float>* %18, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %310, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %18, align 32
  %345 = load <8 x float>, <8 x float>* %12, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %314, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %12, align 32
  %347 = add i64 %137, 35
  %348 = getelementptr inbounds float, float* %1, i64 %347
  %349 = load float, float* %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i32 0
  %splat22 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = load <8 x float>, <8 x float>* %17, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %310, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %17, align 32
  %353 = load <8 x float>, <8 x float>* %11, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %314, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %11, align 32
  %355 = add i64 %137, 43
  %356 = getelementptr inbounds float, float* %1, i64 %355
  %357 = load float, float* %356, align 4
  %358 = insertelement <8 x float> undef, float %357, i32 0
  %splat23 = shufflevector <8 x float> %358, <8 x float> undef, <8 x i32> zeroinitializer
  %359 = load <8 x float>, <8 x float>* %16, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %310, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %16, align 32
  %361 = load <8 x float>, <8 x float>* %10, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %314, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %10, align 32
  %363 = add i64 %138, 32
  %364 = getelementptr inbounds float, float* %4, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  %366 = load <8 x float>, <8 x float>* %365, align 4
  %367 = add i64 %138, 8224
  %368 = getelementptr inbounds float, float* %4, i64 %367
  %369 = bitcast float* %368 to <8 x float>*
  %370 = load <8 x float>, <8 x float>* %369, align 4
  %371 = add i64 %137, 4
  %372 = getelementptr inbounds float, float* %1, i64 %371
  %373 = load float, float* %372, align 4
  %374 = insertelement <8 x float> undef, float %373, i32 0
  %splat24 = shufflevector <8 x float> %374, <8 x float> undef, <8 x i32> zeroinitializer
  %375 = load <8 x float>, <8 x float>* %21, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %366, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %21, align 32
  %377 = load <8 x float>, <8 x float>* %15, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %370, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %15, align 32
  %379 = add i64 %137, 12
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat25 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %20, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %366, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %20, align 32
  %385 = load <8 x float>, <8 x float>* %14, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %370, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %14, align 32
  %387 = add i64 %137, 20
  %388 = getelementptr inbounds float, float* %1, i64 %387
  %389 = load float, float* %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %splat26 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %391 = load <8 x float>, <8 x float>* %19, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %366, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %19, align 32
  %393 = load <8 x float>, <8 x float>* %13, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %370, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %13, align 32
  %395 = add i64 %137, 28
  %396 = getelementptr inbounds float, float* %1, i64 %395
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i32 0
  %splat27 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, <8 x float>* %18, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %366, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %18, align 32
  %401 = load <8 x float>, <8 x float>* %12, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %370, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %12, align 32
  %403 = add i64 %137, 36
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat28 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %17, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %366, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %17, align 32
  %409 = load <8 x float>, <8 x float>* %11, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %370, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %11, align 32
  %411 = add i64 %137, 44
  %412 = getelementptr inbounds float, float* %1, i64 %411
  %413 = load float, float* %412, align 4
  %414 = insertelement <8 x float> undef, float %413, i32 0
  %splat29 = shufflevector <8 x float> %414, <8 x float> undef, <8 x i32> zeroinitializer
  %415 = load <8 x float>, <8 x float>* %16, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %366, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %16, align 32
  %417 = load <8 x float>, <8 x float>* %10, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %370, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %10, align 32
  %419 = add i64 %138, 40
  %420 = getelementptr inbounds float, float* %4, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  %422 = load <8 x float>, <8 x float>* %421, align 4
  %423 = add i64 %138, 8232
  %424 = getelementptr inbounds float, float* %4, i64 %423
  %425 = bitcast float* %424 to <8 x float>*
  %426 = load <8 x float>, <8 x float>* %425, align 4
  %427 = add i64 %137, 5
  %428 = getelementptr inbounds float, float* %1, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat30 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %21, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %422, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %21, align 32
  %433 = load <8 x float>, <8 x float>* %15, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %426, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %15, align 32
  %435 = add i64 %137, 13
  %436 = getelementptr inbounds float, float* %1, i64 %435
  %437 = load float, float* %436, align 4
  %438 = insertelement <8 x float> undef, float %437, i32 0
  %splat31 = shufflevector <8 x float> %438, <8 x float> undef, <8 x i32> zeroinitializer
  %439 = load <8 x float>, <8 x float>* %20, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %422, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %20, align 32
  %441 = load <8 x float>, <8 x float>* %14, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %426, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %14, align 32
  %443 = add i64 %137, 21
  %444 = getelementptr inbounds float, float* %1, i64 %443
  %445 = load float, float* %444, align 4
  %446 = insertelement <8 x float> undef, float %445, i32 0
  %splat32 = shufflevector <8 x float> %446, <8 x float> undef, <8 x i32> zeroinitializer
  %447 = load <8 x float>, <8 x float>* %19, align 32
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %422, <8 x float> %447)
  store <8 x float> %448, <8 x float>* %19, align 32
  %449 = load <8 x float>, <8 x float>* %13, align 32
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %426, <8 x float> %449)
  store <8 x float> %450, <8 x float>* %13, align 32
  %451 = add i64 %137, 29
  %452 = getelementptr inbounds float, float* %1, i64 %451
  %453 = load float, float* %452, align 4
  %454 = insertelement <8 x float> undef, float %453, i32 0
  %splat33 = shufflevector <8 x float> %454, <8 x float> undef, <8 x i32> zeroinitializer
  %455 = load <8 x float>, <8 x float>* %18, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %422, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %18, align 32
  %457 = load <8 x float>, <8 x float>* %12, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %426, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %12, align 32
  %459 = add i64 %137, 37
  %460 = getelementptr inbounds float, float* %1, i64 %459
  %461 = load float, float* %460, align 4
  %462 = insertelement <8 x float> undef, float %461, i32 0
  %splat34 = shufflevector <8 x float> %462, <8 x float> undef, <8 x i32> zeroinitializer
  %463 = load <8 x float>, <8 x float>* %17, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %422, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %17, align 32
  %465 = load <8 x float>, <8 x float>* %11, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %426, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %11, align 32
  %467 = add i64 %137, 45
  %468 = getelementptr inbounds float, float* %1, i64 %467
  %469 = load float, float* %468, align 4
  %470 = insertelement <8 x float> undef, float %469, i32 0
  %splat35 = shufflevector <8 x float> %470, <8 x float> undef, <8 x i32> zeroinitializer
  %471 = load <8 x float>, <8 x float>* %16, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %422, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %16, align 32
  %473 = load <8 x float>, <8 x float>* %10, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %426, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %10, align 32
  %475 = add i64 %138, 48
  %476 = getelementptr inbounds float, float* %4, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  %478 = load <8 x float>, <8 x float>* %477, align 4
  %479 = add i64 %138, 8240
  %480 = getelementptr inbounds float, float* %4, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  %482 = load <8 x float>, <8 x float>* %481, align 4
  %483 = add i64 %137, 6
  %484 = getelementptr inbounds float, float* %1, i64 %483
  %485 = load float, float* %484, align 4
  %486 = insertelement <8 x float> undef, float %485, i32 0
  %splat36 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %487 = load <8 x float>, <8 x float>* %21, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %478, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %21, align 32
  %489 = load <8 x float>, <8 x float>* %15, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %482, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %15, align 32
  %491 = add i64 %137, 14
  %492 = getelementptr inbounds float, float* %1, i64 %491
  %493 = load float, float* %492, align 4
  %494 = insertelement <8 x float> undef, float %493, i32 0
  %splat37 = shufflevector <8 x float> %494, <8 x float> undef, <8 x i32> zeroinitializer
  %495 = load <8 x float>, <8 x float>* %20, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %478, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %20, align 32
  %497 = load <8 x float>, <8 x float>* %14, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %482, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %14, align 32
  %499 = add i64 %137, 22
  %500 = getelementptr inbounds float, float* %1, i64 %499
  %501 = load float, float* %500, align 4
  %502 = insertelement <8 x float> undef, float %501, i32 0
  %splat38 = shufflevector <8 x float> %502, <8 x float> undef, <8 x i32> zeroinitializer
  %503 = load <8 x float>, <8 x float>* %19, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %478, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %19, align 32
  %505 = load <8 x float>, <8 x float>* %13, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %482, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %13, align 32
  %507 = add i64 %137, 30
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat39 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %18, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %478, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %18, align 32
  %513 = load <8 x float>, <8 x float>* %12, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %482, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %12, align 32
  %515 = add i64 %137, 38
  %516 = getelementptr inbounds float, float* %1, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat40 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %17, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %478, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %17, align 32
  %521 = load <8 x float>, <8 x float>* %11, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %482, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %11, align 32
  %523 = add i64 %137, 46
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat41 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %16, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %478, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %16, align 32
  %529 = load <8 x float>, <8 x float>* %10, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %482, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %10, align 32
  %531 = add i64 %138, 56
  %532 = getelementptr inbounds float, float* %4, i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  %534 = load <8 x float>, <8 x float>* %533, align 4
  %535 = add i64 %138, 8248
  %536 = getelementptr inbounds float, float* %4, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %137, 7
  %540 = getelementptr inbounds float, float* %1, i64 %539
  %541 = load float, float* %540, align 4
  %542 = insertelement <8 x float> undef, float %541, i32 0
  %splat42 = shufflevector <8 x float> %542, <8 x float> undef, <8 x i32> zeroinitializer
  %543 = load <8 x float>, <8 x float>* %21, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %534, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %21, align 32
  %545 = load <8 x float>, <8 x float>* %15, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %538, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %15, align 32
  %547 = add i64 %137, 15
  %548 = getelementptr inbounds float, float* %1, i64 %547
  %549 = load float, float* %548, align 4
  %550 = insertelement <8 x float> undef, float %549, i32 0
  %splat43 = shufflevector <8 x float> %550, <8 x float> undef, <8 x i32> zeroinitializer
  %551 = load <8 x float>, <8 x float>* %20, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %534, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %20, align 32
  %553 = load <8 x float>, <8 x float>* %14, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %538, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %14, align 32
  %555 = add i64 %137, 23
  %556 = getelementptr inbounds float, float* %1, i64 %555
  %557 = load float, float* %556, align 4
  %558 = insertelement <8 x float> undef, float %557, i32 0
  %splat44 = shufflevector <8 x float> %558, <8 x float> undef, <8 x i32> zeroinitializer
  %559 = load <8 x float>, <8 x float>* %19, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %534, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %19, align 32
  %561 = load <8 x float>, <8 x float>* %13, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %538, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %13, align 32
  %563 = add i64 %137, 31
  %564 = getelementptr inbounds float, float* %1, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat45 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %18, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %534, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %18, align 32
  %569 = load <8 x float>, <8 x float>* %12, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %538, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %12, align 32
  %571 = add i64 %137, 39
  %572 = getelementptr inbounds float, float* %1, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat46 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %17, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %534, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %17, align 32
  %577 = load <8 x float>, <8 x float>* %11, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %538, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %11, align 32
  %579 = add i64 %137, 47
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat47 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %16, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %534, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %16, align 32
  %585 = load <8 x float>, <8 x float>* %10, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %538, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %10, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %587 = load <8 x float>, <8 x float>* %21, align 32
  %588 = fcmp olt <8 x float> %587, zeroinitializer
  %589 = select <8 x i1> %588, <8 x float> zeroinitializer, <8 x float> %587
  %590 = getelementptr inbounds float, float* %0, i64 %52
  %591 = bitcast float* %590 to <8 x float>*
  store <8 x float> %589, <8 x float>* %591, align 4
  %592 = load <8 x float>, <8 x float>* %20, align 32
  %593 = fcmp olt <8 x float> %592, zeroinitializer
  %594 = select <8 x i1> %593, <8 x float> zeroinitializer, <8 x float> %592
  %595 = getelementptr inbounds float, float* %0, i64 %55
  %596 = bitcast float* %595 to <8 x float>*
  store <8 x float> %594, <8 x float>* %596, align 4
  %597 = load <8 x float>, <8 x float>* %19, align 32
  %598 = fcmp olt <8 x float> %597, zeroinitializer
  %599 = select <8 x i1> %598, <8 x float> zeroinitializer, <8 x float> %597
  %600 = getelementptr inbounds float, float* %0, i64 %58
  %601 = bitcast float* %600 to <8 x float>*
  store <8 x float> %599, <8 x float>* %601, align 4
  %602 = load <8 x float>, <8 x float>* %18, align 32
  %603 = fcmp olt <8 x float> %602, zeroinitializer
  %604 = select <8 x i1> %603, <8 x float> zeroinitializer, <8 x float> %602
  %605 = getelementptr inbounds float, float* %0, i64 %61
  %606 = bitcast float* %605 to <8 x float>*
  store <8 x float> %604, <8 x float>* %606, align 4
  %607 = load <8 x float>, <8 x float>* %17, align 32
  %608 = fcmp olt <8 x float> %607, zeroinitializer
  %609 = select <8 x i1> %608, <8 x float> zeroinitializer, <8 x float> %607
  %610 = getelementptr inbounds float, float* %0, i64 %64
  %611 = bitcast float* %610 to <8 x float>*
  store <8 x float> %609, <8 x float>* %611, align 4
  %612 = load <8 x float>, <8 x float>* %16, align 32
  %613 = fcmp olt <8 x float> %612, zeroinitializer
  %614 = select <8 x i1> %613, <8 x float> zeroinitializer, <8 x float> %612
  %615 = getelementptr inbounds float, float* %0, i64 %67
  %616 = bitcast float* %615 to <8 x float>*
  store <8 x float> %614, <8 x float>* %616, align 4
  %617 = load <8 x float>, <8 x float>* %15, align 32
  %618 = fcmp olt <8 x float> %617, zeroinitializer
  %619 = select <8 x i1> %618, <8 x float> zeroinitializer, <8 x float> %617
  %620 = getelementptr inbounds float, float* %0, i64 %74
  %621 = bitcast float* %620 to <8 x float>*
  store <8 x float> %619, <8 x float>* %621, align 4
  %622 = load <8 x float>, <8 x float>* %14, align 32
  %623 = fcmp olt <8 x float> %622, zeroinitializer
  %624 = select <8 x i1> %623, <8 x float> zeroinitializer, <8 x float> %622
  %625 = getelementptr inbounds float, float* %0, i64 %77
  %626 = bitcast float* %625 to <8 x float>*
  store <8 x float> %624, <8 x float>* %626, align 4
  %627 = load <8 x float>, <8 x float>* %13, align 32
  %628 = fcmp olt <8 x float> %627, zeroinitializer
  %629 = select <8 x i1> %628, <8 x float> zeroinitializer, <8 x float> %627
  %630 = getelementptr inbounds float, float* %0, i64 %80
  %631 = bitcast float* %630 to <8 x float>*
  store <8 x float> %629, <8 x float>* %631, align 4
  %632 = load <8 x float>, <8 x float>* %12, align 32
  %633 = fcmp olt <8 x float> %632, zeroinitializer
  %634 = select <8 x i1> %633, <8 x float> zeroinitializer, <8 x float> %632
  %635 = getelementptr inbounds float, float* %0, i64 %83
  %636 = bitcast float* %635 to <8 x float>*
  store <8 x float> %634, <8 x float>* %636, align 4
  %637 = load <8 x float>, <8 x float>* %11, align 32
  %638 = fcmp olt <8 x float> %637, zeroinitializer
  %639 = select <8 x i1> %638, <8 x float> zeroinitializer, <8 x float> %637
  %640 = getelementptr inbounds float, float* %0, i64 %86
  %641 = bitcast float* %640 to <8 x float>*
  store <8 x float> %639, <8 x float>* %641, align 4
  %642 = load <8 x float>, <8 x float>* %10, align 32
  %643 = fcmp olt <8 x float> %642, zeroinitializer
  %644 = select <8 x i1> %643, <8 x float> zeroinitializer, <8 x float> %642
  %645 = getelementptr inbounds float, float* %0, i64 %89
  %646 = bitcast float* %645 to <8 x float>*
  store <8 x float> %644, <8 x float>* %646, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next60, %u.body49 ]
  %647 = icmp slt i64 %u51, 128
  br i1 %647, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %648 = add i64 0, %u51
  %649 = mul i64 %648, 392
  %650 = add i64 %129, %649
  %651 = mul i64 %648, 64
  %652 = add i64 %42, %651
  %653 = add i64 %650, 0
  %654 = add i64 %653, 0
  %655 = add i64 %652, 0
  %656 = add i64 %655, 0
  %657 = getelementptr inbounds float, float* %4, i64 %656
  %658 = bitcast float* %657 to <8 x float>*
  %659 = load <8 x float>, <8 x float>* %658, align 4
  %660 = add i64 %655, 8192
  %661 = getelementptr inbounds float, float* %4, i64 %660
  %662 = bitcast float* %661 to <8 x float>*
  %663 = load <8 x float>, <8 x float>* %662, align 4
  %664 = add i64 %654, 0
  %665 = getelementptr inbounds float, float* %1, i64 %664
  %666 = load float, float* %665, align 4
  %667 = insertelement <8 x float> undef, float %666, i32 0
  %splat52 = shufflevector <8 x float> %667, <8 x float> undef, <8 x i32> zeroinitializer
  %668 = load <8 x float>, <8 x float>* %9, align 32
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %659, <8 x float> %668)
  store <8 x float> %669, <8 x float>* %9, align 32
  %670 = load <8 x float>, <8 x float>* %8, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %663, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %8, align 32
  %672 = add i64 %655, 8
  %673 = getelementptr inbounds float, float* %4, i64 %672
  %674 = bitcast float* %673 to <8 x float>*
  %675 = load <8 x float>, <8 x float>* %674, align 4
  %676 = add i64 %655, 8200
  %677 = getelementptr inbounds float, float* %4, i64 %676
  %678 = bitcast float* %677 to <8 x float>*
  %679 = load <8 x float>, <8 x float>* %678, align 4
  %680 = add i64 %654, 1
  %681 = getelementptr inbounds float, float* %1, i64 %680
  %682 = load float, float* %681, align 4
  %683 = insertelement <8 x float> undef, float %682, i32 0
  %splat53 = shufflevector <8 x float> %683, <8 x float> undef, <8 x i32> zeroinitializer
  %684 = load <8 x float>, <8 x float>* %9, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %675, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %9, align 32
  %686 = load <8 x float>, <8 x float>* %8, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %679, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %8, align 32
  %688 = add i64 %655, 16
  %689 = getelementptr inbounds float, float* %4, i64 %688
  %690 = bitcast float* %689 to <8 x float>*
  %691 = load <8 x float>, <8 x float>* %690, align 4
  %692 = add i64 %655, 8208
  %693 = getelementptr inbounds float, float* %4, i64 %692
  %694 = bitcast float* %693 to <8 x float>*
  %695 = load <8 x float>, <8 x float>* %694, align 4
  %696 = add i64 %654, 2
  %697 = getelementptr inbounds float, float* %1, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat54 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %9, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %691, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %9, align 32
  %702 = load <8 x float>, <8 x float>* %8, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %695, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %8, align 32
  %704 = add i64 %655, 24
  %705 = getelementptr inbounds float, float* %4, i64 %704
  %706 = bitcast float* %705 to <8 x float>*
  %707 = load <8 x float>, <8 x float>* %706, align 4
  %708 = add i64 %655, 8216
  %709 = getelementptr inbounds float, float* %4, i64 %708
  %710 = bitcast float* %709 to <8 x float>*
  %711 = load <8 x float>, <8 x float>* %710, align 4
  %712 = add i64 %654, 3
  %713 = getelementptr inbounds float, float* %1, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat55 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %9, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %707, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %9, align 32
  %718 = load <8 x float>, <8 x float>* %8, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %711, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %8, align 32
  %720 = add i64 %655, 32
  %721 = getelementptr inbounds float, float* %4, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = add i64 %655, 8224
  %725 = getelementptr inbounds float, float* %4, i64 %724
  %726 = bitcast float* %725 to <8 x float>*
  %727 = load <8 x float>, <8 x float>* %726, align 4
  %728 = add i64 %654, 4
  %729 = getelementptr inbounds float, float* %1, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat56 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %9, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %723, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %9, align 32
  %734 = load <8 x float>, <8 x float>* %8, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %727, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %8, align 32
  %736 = add i64 %655, 40
  %737 = getelementptr inbounds float, float* %4, i64 %736
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = add i64 %655, 8232
  %741 = getelementptr inbounds float, float* %4, i64 %740
  %742 = bitcast float* %741 to <8 x float>*
  %743 = load <8 x float>, <8 x float>* %742, align 4
  %744 = add i64 %654, 5
  %745 = getelementptr inbounds float, float* %1, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat57 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %9, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %739, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %9, align 32
  %750 = load <8 x float>, <8 x float>* %8, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %743, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %8, align 32
  %752 = add i64 %655, 48
  %753 = getelementptr inbounds float, float* %4, i64 %752
  %754 = bitcast float* %753 to <8 x float>*
  %755 = load <8 x float>, <8 x float>* %754, align 4
  %756 = add i64 %655, 8240
  %757 = getelementptr inbounds float, float* %4, i64 %756
  %758 = bitcast float* %757 to <8 x float>*
  %759 = load <8 x float>, <8 x float>* %758, align 4
  %760 = add i64 %654, 6
  %761 = getelementptr inbounds float, float* %1, i64 %760
  %762 = load float, float* %761, align 4
  %763 = insertelement <8 x float> undef, float %762, i32 0
  %splat58 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
  %764 = load <8 x float>, <8 x float>* %9, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %755, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %9, align 32
  %766 = load <8 x float>, <8 x float>* %8, align 32
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %759, <8 x float> %766)
  store <8 x float> %767, <8 x float>* %8, align 32
  %768 = add i64 %655, 56
  %769 = getelementptr inbounds float, float* %4, i64 %768
  %770 = bitcast float* %769 to <8 x float>*
  %771 = load <8 x float>, <8 x float>* %770, align 4
  %772 = add i64 %655, 8248
  %773 = getelementptr inbounds float, float* %4, i64 %772
  %774 = bitcast float* %773 to <8 x float>*
  %775 = load <8 x float>, <8 x float>* %774, align 4
  %776 = add i64 %654, 7
  %777 = getelementptr inbounds float, float* %1, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat59 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %9, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %771, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %9, align 32
  %782 = load <8 x float>, <8 x float>* %8, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %775, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %8, align 32
  %u.next60 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %784 = load <8 x float>, <8 x float>* %9, align 32
  %785 = fcmp olt <8 x float> %784, zeroinitializer
  %786 = select <8 x i1> %785, <8 x float> zeroinitializer, <8 x float> %784
  %787 = getelementptr inbounds float, float* %0, i64 %110
  %788 = bitcast float* %787 to <8 x float>*
  store <8 x float> %786, <8 x float>* %788, align 4
  %789 = load <8 x float>, <8 x float>* %8, align 32
  %790 = fcmp olt <8 x float> %789, zeroinitializer
  %791 = select <8 x i1> %790, <8 x float> zeroinitializer, <8 x float> %789
  %792 = getelementptr inbounds float, float* %0, i64 %117
  %793 = bitcast float* %792 to <8 x float>*
  store <8 x float> %791, <8 x float>* %793, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node26.conv2d_14.step0(i8* %0) #3 {
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
  %25 = add i64 64, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 64
  %29 = select i1 %28, i64 %27, i64 64
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 64
  %32 = select i1 %31, i64 %30, i64 64
  call void @node26.conv2d_14.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node27.globalAvgPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node27.globalAvgPool2d_1.step0(i8* %0) #3 {
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
  call void @node27.globalAvgPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node29.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
define internal void @node29.dense_1.step0(i8* %0) #3 {
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
  call void @node29.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node30.dense_1.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node30.dense_1.softmax.step0(i8* %0) #3 {
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
  call void @node30.dense_1.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %args = alloca [6 x i8*], align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %1, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = bitcast i32* %3 to i8*
  %9 = getelementptr inbounds i8, i8* %2, i64 0
  %10 = getelementptr inbounds i8, i8* %2, i64 1605632
  %11 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %9, i8** %11, align 8
  %12 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %12, align 8
  %13 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %10, i8** %13, align 8
  %14 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %14, align 8
  %15 = bitcast [6 x i8*]* %args to i8*
  call void @node0.conv2d_1.step0(i8* %15)
  %16 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([3456 x i8], [3456 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %16, align 8
  %17 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %17, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %15, i32 0, i32 0)
  %18 = getelementptr inbounds i8, i8* %2, i64 3211264
  %19 = getelementptr inbounds i8, i8* %2, i64 0
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %20, align 8
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %19, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %22, align 8
  %23 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %23, align 8
  %24 = bitcast [6 x i8*]* %args to i8*
  %25 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1152 x i8], [1152 x i8]* @weight.depthwiseConv2d_1.packed, i32 0, i32 0), i8** %25, align 8
  %26 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.depthwiseConv2d_1.bias, i32 0, i32 0), i8** %26, align 8
  call void @GOMP_parallel(void (i8*)* @node1.depthwiseConv2d_1.step0, i8* %24, i32 0, i32 0)
  %27 = getelementptr inbounds i8, i8* %2, i64 0
  %28 = getelementptr inbounds i8, i8* %2, i64 3211264
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %27, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %28, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %32, align 8
  %33 = bitcast [6 x i8*]* %args to i8*
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([8192 x i8], [8192 x i8]* @weight.conv2d_2.packed, i32 0, i32 0), i8** %34, align 8
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %35, align 8
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_2.step0, i8* %33, i32 0, i32 0)
  %36 = getelementptr inbounds i8, i8* %2, i64 3211264
  %37 = getelementptr inbounds i8, i8* %2, i64 0
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %36, i8** %38, align 8
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %37, i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %40, align 8
  %41 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %41, align 8
  %42 = bitcast [6 x i8*]* %args to i8*
  %43 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2304 x i8], [2304 x i8]* @weight.depthwiseConv2d_2.packed, i32 0, i32 0), i8** %43, align 8
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.depthwiseConv2d_2.bias, i32 0, i32 0), i8** %44, align 8
  call void @GOMP_parallel(void (i8*)* @node3.depthwiseConv2d_2.step0, i8* %42, i32 0, i32 0)
  %45 = getelementptr inbounds i8, i8* %2, i64 0
  %46 = getelementptr inbounds i8, i8* %2, i64 3211264
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %45, i8** %47, align 8
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %46, i8** %48, align 8
  %49 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %49, align 8
  %50 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %50, align 8
  %51 = bitcast [6 x i8*]* %args to i8*
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([32768 x i8], [32768 x i8]* @weight.conv2d_3.packed, i32 0, i32 0), i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_3.bias, i32 0, i32 0), i8** %53, align 8
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_3.step0, i8* %51, i32 0, i32 0)
  %54 = getelementptr inbounds i8, i8* %2, i64 1605632
  %55 = getelementptr inbounds i8, i8* %2, i64 0
  %56 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %54, i8** %56, align 8
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %55, i8** %57, align 8
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %58, align 8
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %59, align 8
  %60 = bitcast [6 x i8*]* %args to i8*
  %61 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4608 x i8], [4608 x i8]* @weight.depthwiseConv2d_3.packed, i32 0, i32 0), i8** %61, align 8
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.depthwiseConv2d_3.bias, i32 0, i32 0), i8** %62, align 8
  call void @GOMP_parallel(void (i8*)* @node5.depthwiseConv2d_3.step0, i8* %60, i32 0, i32 0)
  %63 = getelementptr inbounds i8, i8* %2, i64 0
  %64 = getelementptr inbounds i8, i8* %2, i64 1605632
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %63, i8** %65, align 8
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %64, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %68, align 8
  %69 = bitcast [6 x i8*]* %args to i8*
  %70 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([65536 x i8], [65536 x i8]* @weight.conv2d_4.packed, i32 0, i32 0), i8** %70, align 8
  %71 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_4.bias, i32 0, i32 0), i8** %71, align 8
  call void @GOMP_parallel(void (i8*)* @node6.conv2d_4.step0, i8* %69, i32 0, i32 0)
  %72 = getelementptr inbounds i8, i8* %2, i64 1605632
  %73 = getelementptr inbounds i8, i8* %2, i64 0
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %72, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %73, i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %76, align 8
  %77 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %77, align 8
  %78 = bitcast [6 x i8*]* %args to i8*
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4608 x i8], [4608 x i8]* @weight.depthwiseConv2d_4.packed, i32 0, i32 0), i8** %79, align 8
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.depthwiseConv2d_4.bias, i32 0, i32 0), i8** %80, align 8
  call void @GOMP_parallel(void (i8*)* @node7.depthwiseConv2d_4.step0, i8* %78, i32 0, i32 0)
  %81 = getelementptr inbounds i8, i8* %2, i64 0
  %82 = getelementptr inbounds i8, i8* %2, i64 1605632
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %81, i8** %83, align 8
  %84 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %82, i8** %84, align 8
  %85 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %85, align 8
  %86 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %86, align 8
  %87 = bitcast [6 x i8*]* %args to i8*
  %88 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([131072 x i8], [131072 x i8]* @weight.conv2d_5.packed, i32 0, i32 0), i8** %88, align 8
  %89 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_5.bias, i32 0, i32 0), i8** %89, align 8
  call void @GOMP_parallel(void (i8*)* @node8.conv2d_5.step0, i8* %87, i32 0, i32 0)
  %90 = getelementptr inbounds i8, i8* %2, i64 802816
  %91 = getelementptr inbounds i8, i8* %2, i64 0
  %92 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %90, i8** %92, align 8
  %93 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %91, i8** %93, align 8
  %94 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %94, align 8
  %95 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %95, align 8
  %96 = bitcast [6 x i8*]* %args to i8*
  %97 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9216 x i8], [9216 x i8]* @weight.depthwiseConv2d_5.packed, i32 0, i32 0), i8** %97, align 8
  %98 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.depthwiseConv2d_5.bias, i32 0, i32 0), i8** %98, align 8
  call void @GOMP_parallel(void (i8*)* @node9.depthwiseConv2d_5.step0, i8* %96, i32 0, i32 0)
  %99 = getelementptr inbounds i8, i8* %2, i64 0
  %100 = getelementptr inbounds i8, i8* %2, i64 802816
  %101 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %99, i8** %101, align 8
  %102 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %100, i8** %102, align 8
  %103 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %103, align 8
  %104 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %104, align 8
  %105 = bitcast [6 x i8*]* %args to i8*
  %106 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([262144 x i8], [262144 x i8]* @weight.conv2d_6.packed, i32 0, i32 0), i8** %106, align 8
  %107 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_6.bias, i32 0, i32 0), i8** %107, align 8
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_6.step0, i8* %105, i32 0, i32 0)
  %108 = getelementptr inbounds i8, i8* %2, i64 802816
  %109 = getelementptr inbounds i8, i8* %2, i64 0
  %110 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %108, i8** %110, align 8
  %111 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %109, i8** %111, align 8
  %112 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %112, align 8
  %113 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %113, align 8
  %114 = bitcast [6 x i8*]* %args to i8*
  %115 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9216 x i8], [9216 x i8]* @weight.depthwiseConv2d_6.packed, i32 0, i32 0), i8** %115, align 8
  %116 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.depthwiseConv2d_6.bias, i32 0, i32 0), i8** %116, align 8
  call void @GOMP_parallel(void (i8*)* @node11.depthwiseConv2d_6.step0, i8* %114, i32 0, i32 0)
  %117 = getelementptr inbounds i8, i8* %2, i64 0
  %118 = getelementptr inbounds i8, i8* %2, i64 802816
  %119 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %117, i8** %119, align 8
  %120 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %118, i8** %120, align 8
  %121 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %121, align 8
  %122 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %122, align 8
  %123 = bitcast [6 x i8*]* %args to i8*
  %124 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([524288 x i8], [524288 x i8]* @weight.conv2d_7.packed, i32 0, i32 0), i8** %124, align 8
  %125 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_7.bias, i32 0, i32 0), i8** %125, align 8
  call void @GOMP_parallel(void (i8*)* @node12.conv2d_7.step0, i8* %123, i32 0, i32 0)
  %126 = getelementptr inbounds i8, i8* %2, i64 401408
  %127 = getelementptr inbounds i8, i8* %2, i64 0
  %128 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %126, i8** %128, align 8
  %129 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %127, i8** %129, align 8
  %130 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %130, align 8
  %131 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %131, align 8
  %132 = bitcast [6 x i8*]* %args to i8*
  %133 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.depthwiseConv2d_7.packed, i32 0, i32 0), i8** %133, align 8
  %134 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.depthwiseConv2d_7.bias, i32 0, i32 0), i8** %134, align 8
  call void @GOMP_parallel(void (i8*)* @node13.depthwiseConv2d_7.step0, i8* %132, i32 0, i32 0)
  %135 = getelementptr inbounds i8, i8* %2, i64 0
  %136 = getelementptr inbounds i8, i8* %2, i64 401408
  %137 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %135, i8** %137, align 8
  %138 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %136, i8** %138, align 8
  %139 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %139, align 8
  %140 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %140, align 8
  %141 = bitcast [6 x i8*]* %args to i8*
  %142 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_8.packed, i32 0, i32 0), i8** %142, align 8
  %143 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_8.bias, i32 0, i32 0), i8** %143, align 8
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_8.step0, i8* %141, i32 0, i32 0)
  %144 = getelementptr inbounds i8, i8* %2, i64 401408
  %145 = getelementptr inbounds i8, i8* %2, i64 0
  %146 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %144, i8** %146, align 8
  %147 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %145, i8** %147, align 8
  %148 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %148, align 8
  %149 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %149, align 8
  %150 = bitcast [6 x i8*]* %args to i8*
  %151 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.depthwiseConv2d_8.packed, i32 0, i32 0), i8** %151, align 8
  %152 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.depthwiseConv2d_8.bias, i32 0, i32 0), i8** %152, align 8
  call void @GOMP_parallel(void (i8*)* @node13.depthwiseConv2d_7.step0, i8* %150, i32 0, i32 0)
  %153 = getelementptr inbounds i8, i8* %2, i64 0
  %154 = getelementptr inbounds i8, i8* %2, i64 401408
  %155 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %153, i8** %155, align 8
  %156 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %154, i8** %156, align 8
  %157 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %157, align 8
  %158 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %158, align 8
  %159 = bitcast [6 x i8*]* %args to i8*
  %160 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_9.packed, i32 0, i32 0), i8** %160, align 8
  %161 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_9.bias, i32 0, i32 0), i8** %161, align 8
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_8.step0, i8* %159, i32 0, i32 0)
  %162 = getelementptr inbounds i8, i8* %2, i64 401408
  %163 = getelementptr inbounds i8, i8* %2, i64 0
  %164 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %162, i8** %164, align 8
  %165 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %163, i8** %165, align 8
  %166 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %166, align 8
  %167 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %167, align 8
  %168 = bitcast [6 x i8*]* %args to i8*
  %169 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.depthwiseConv2d_9.packed, i32 0, i32 0), i8** %169, align 8
  %170 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.depthwiseConv2d_9.bias, i32 0, i32 0), i8** %170, align 8
  call void @GOMP_parallel(void (i8*)* @node13.depthwiseConv2d_7.step0, i8* %168, i32 0, i32 0)
  %171 = getelementptr inbounds i8, i8* %2, i64 0
  %172 = getelementptr inbounds i8, i8* %2, i64 401408
  %173 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %171, i8** %173, align 8
  %174 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %172, i8** %174, align 8
  %175 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %175, align 8
  %176 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %176, align 8
  %177 = bitcast [6 x i8*]* %args to i8*
  %178 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_10.packed, i32 0, i32 0), i8** %178, align 8
  %179 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_10.bias, i32 0, i32 0), i8** %179, align 8
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_8.step0, i8* %177, i32 0, i32 0)
  %180 = getelementptr inbounds i8, i8* %2, i64 401408
  %181 = getelementptr inbounds i8, i8* %2, i64 0
  %182 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %180, i8** %182, align 8
  %183 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %181, i8** %183, align 8
  %184 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %184, align 8
  %185 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %185, align 8
  %186 = bitcast [6 x i8*]* %args to i8*
  %187 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.depthwiseConv2d_10.packed, i32 0, i32 0), i8** %187, align 8
  %188 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.depthwiseConv2d_10.bias, i32 0, i32 0), i8** %188, align 8
  call void @GOMP_parallel(void (i8*)* @node13.depthwiseConv2d_7.step0, i8* %186, i32 0, i32 0)
  %189 = getelementptr inbounds i8, i8* %2, i64 0
  %190 = getelementptr inbounds i8, i8* %2, i64 401408
  %191 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %189, i8** %191, align 8
  %192 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %190, i8** %192, align 8
  %193 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %193, align 8
  %194 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %194, align 8
  %195 = bitcast [6 x i8*]* %args to i8*
  %196 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_11.packed, i32 0, i32 0), i8** %196, align 8
  %197 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_11.bias, i32 0, i32 0), i8** %197, align 8
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_8.step0, i8* %195, i32 0, i32 0)
  %198 = getelementptr inbounds i8, i8* %2, i64 401408
  %199 = getelementptr inbounds i8, i8* %2, i64 0
  %200 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %198, i8** %200, align 8
  %201 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %199, i8** %201, align 8
  %202 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %202, align 8
  %203 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %203, align 8
  %204 = bitcast [6 x i8*]* %args to i8*
  %205 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.depthwiseConv2d_11.packed, i32 0, i32 0), i8** %205, align 8
  %206 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.depthwiseConv2d_11.bias, i32 0, i32 0), i8** %206, align 8
  call void @GOMP_parallel(void (i8*)* @node13.depthwiseConv2d_7.step0, i8* %204, i32 0, i32 0)
  %207 = getelementptr inbounds i8, i8* %2, i64 0
  %208 = getelementptr inbounds i8, i8* %2, i64 401408
  %209 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %207, i8** %209, align 8
  %210 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %208, i8** %210, align 8
  %211 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %211, align 8
  %212 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %212, align 8
  %213 = bitcast [6 x i8*]* %args to i8*
  %214 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1048576 x i8], [1048576 x i8]* @weight.conv2d_12.packed, i32 0, i32 0), i8** %214, align 8
  %215 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_12.bias, i32 0, i32 0), i8** %215, align 8
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_8.step0, i8* %213, i32 0, i32 0)
  %216 = getelementptr inbounds i8, i8* %2, i64 401408
  %217 = getelementptr inbounds i8, i8* %2, i64 0
  %218 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %216, i8** %218, align 8
  %219 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %217, i8** %219, align 8
  %220 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %220, align 8
  %221 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %221, align 8
  %222 = bitcast [6 x i8*]* %args to i8*
  %223 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([18432 x i8], [18432 x i8]* @weight.depthwiseConv2d_12.packed, i32 0, i32 0), i8** %223, align 8
  %224 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.depthwiseConv2d_12.bias, i32 0, i32 0), i8** %224, align 8
  call void @GOMP_parallel(void (i8*)* @node23.depthwiseConv2d_12.step0, i8* %222, i32 0, i32 0)
  %225 = getelementptr inbounds i8, i8* %2, i64 0
  %226 = getelementptr inbounds i8, i8* %2, i64 401408
  %227 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %225, i8** %227, align 8
  %228 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %226, i8** %228, align 8
  %229 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %229, align 8
  %230 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %230, align 8
  %231 = bitcast [6 x i8*]* %args to i8*
  %232 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2097152 x i8], [2097152 x i8]* @weight.conv2d_13.packed, i32 0, i32 0), i8** %232, align 8
  %233 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4096 x i8], [4096 x i8]* @weight.conv2d_13.bias, i32 0, i32 0), i8** %233, align 8
  call void @GOMP_parallel(void (i8*)* @node24.conv2d_13.step0, i8* %231, i32 0, i32 0)
  %234 = getelementptr inbounds i8, i8* %2, i64 200704
  %235 = getelementptr inbounds i8, i8* %2, i64 0
  %236 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %234, i8** %236, align 8
  %237 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %235, i8** %237, align 8
  %238 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %238, align 8
  %239 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %239, align 8
  %240 = bitcast [6 x i8*]* %args to i8*
  %241 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([36864 x i8], [36864 x i8]* @weight.depthwiseConv2d_13.packed, i32 0, i32 0), i8** %241, align 8
  %242 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4096 x i8], [4096 x i8]* @weight.depthwiseConv2d_13.bias, i32 0, i32 0), i8** %242, align 8
  call void @GOMP_parallel(void (i8*)* @node25.depthwiseConv2d_13.step0, i8* %240, i32 0, i32 0)
  %243 = getelementptr inbounds i8, i8* %2, i64 0
  %244 = getelementptr inbounds i8, i8* %2, i64 200704
  %245 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %243, i8** %245, align 8
  %246 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %244, i8** %246, align 8
  %247 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %247, align 8
  %248 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %248, align 8
  %249 = bitcast [6 x i8*]* %args to i8*
  %250 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4194304 x i8], [4194304 x i8]* @weight.conv2d_14.packed, i32 0, i32 0), i8** %250, align 8
  %251 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4096 x i8], [4096 x i8]* @weight.conv2d_14.bias, i32 0, i32 0), i8** %251, align 8
  call void @GOMP_parallel(void (i8*)* @node26.conv2d_14.step0, i8* %249, i32 0, i32 0)
  %252 = getelementptr inbounds i8, i8* %2, i64 200704
  %253 = getelementptr inbounds i8, i8* %2, i64 0
  %254 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %252, i8** %254, align 8
  %255 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %253, i8** %255, align 8
  %256 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %256, align 8
  %257 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %257, align 8
  %258 = bitcast [6 x i8*]* %args to i8*
  call void @node27.globalAvgPool2d_1.step0(i8* %258)
  %259 = getelementptr inbounds i8, i8* %2, i64 200704
  %260 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %260, align 8
  %261 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %259, i8** %261, align 8
  %262 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %262, align 8
  %263 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %263, align 8
  %264 = bitcast [6 x i8*]* %args to i8*
  %265 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4096000 x i8], [4096000 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %265, align 8
  %266 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %266, align 8
  call void @GOMP_parallel(void (i8*)* @node29.dense_1.step0, i8* %264, i32 0, i32 0)
  %267 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %267, align 8
  %268 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %268, align 8
  %269 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %269, align 8
  %270 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %270, align 8
  %271 = bitcast [6 x i8*]* %args to i8*
  call void @node30.dense_1.softmax.step0(i8* %271)
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
