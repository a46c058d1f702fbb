; lstm_sentiment: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'lstm_sentiment'
source_filename = "lstm_sentiment"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.embedding_1.weight = external constant [10240000 x i8], align 64
@weight.lstm_1.weight_ih_l0 = external constant [262144 x i8], align 64
@weight.lstm_1.weight_hh_l0 = external constant [262144 x i8], align 64
@weight.lstm_1.bias_ih_l0 = external constant [2048 x i8], align 64
@weight.lstm_1.bias_hh_l0 = external constant [2048 x i8], align 64
@weight.lstm_1.weight_ih_packed0 = external constant [262144 x i8], align 64
@weight.lstm_1.weight_hh_packed0 = external constant [262144 x i8], align 64
@weight.dense_1.packed = external constant [4096 x i8], align 64
@weight.dense_1.bias = external constant [4 x i8], align 64
@dlc.model_name = private unnamed_addr constant [15 x i8] c"lstm_sentiment\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [2 x i64] [i64 1, i64 200]
@dlc.input0.name = private unnamed_addr constant [7 x i8] c"tokens\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([7 x i8], [7 x i8]* @dlc.input0.name, i32 0, i32 0), i32 3, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 1600 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1]
@dlc.output0.name = private unnamed_addr constant [9 x i8] c"positive\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([9 x i8], [9 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([15 x i8], [15 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 515647, i64 26214528 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare i32 @omp_get_max_threads()

declare void @GOMP_barrier()

declare i8* @malloc(i64)

declare void @free(i8*)

; Function Attrs: alwaysinline nounwind
define internal void @node0.embedding_1.step0.body(float* noalias %0, i64* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %endif ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = getelementptr inbounds i64, i64* %1, i64 %task
  %9 = load i64, i64* %8, align 8
  %10 = icmp slt i64 %9, 0
  %11 = icmp sge i64 %9, 20000
  %12 = or i1 %10, %11
  br i1 %12, label %then, label %endif

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store i32 3, i32* %3, align 4
  ret void

endif:                                            ; preds = %task.body
  %13 = mul i64 %task, 128
  %14 = getelementptr inbounds float, float* %0, i64 %13
  %15 = mul i64 %9, 128
  %16 = getelementptr inbounds float, float* %4, i64 %15
  %17 = bitcast float* %14 to i8*
  %18 = bitcast float* %16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %17, i8* align 4 %18, i64 512, i1 false)
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind
define internal void @node0.embedding_1.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to i64*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 200, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 200
  %26 = select i1 %25, i64 %24, i64 200
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 200
  %29 = select i1 %28, i64 %27, i64 200
  call void @node0.embedding_1.step0.body(float* %4, i64* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.lstm_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
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

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 34
  %24 = sdiv i64 %task, 34
  %25 = mul i64 %23, 6
  %26 = mul i64 %24, 16
  %27 = mul i64 %24, 2048
  %28 = icmp eq i64 %23, 33
  br i1 %28, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %29 = add i64 %26, 0
  %30 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0 to float*), i64 %29
  %31 = bitcast float* %30 to <8 x float>*
  %32 = load <8 x float>, <8 x float>* %31, align 4
  %33 = add i64 %26, 8
  %34 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0 to float*), i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  store <8 x float> %32, <8 x float>* %21, align 32
  store <8 x float> %32, <8 x float>* %20, align 32
  store <8 x float> %36, <8 x float>* %19, align 32
  store <8 x float> %36, <8 x float>* %18, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %37 = add i64 %26, 0
  %38 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0 to float*), i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  %41 = add i64 %26, 8
  %42 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0 to float*), i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  store <8 x float> %40, <8 x float>* %17, align 32
  store <8 x float> %40, <8 x float>* %16, align 32
  store <8 x float> %40, <8 x float>* %15, align 32
  store <8 x float> %40, <8 x float>* %14, align 32
  store <8 x float> %40, <8 x float>* %13, align 32
  store <8 x float> %40, <8 x float>* %12, align 32
  store <8 x float> %44, <8 x float>* %11, align 32
  store <8 x float> %44, <8 x float>* %10, align 32
  store <8 x float> %44, <8 x float>* %9, align 32
  store <8 x float> %44, <8 x float>* %8, align 32
  store <8 x float> %44, <8 x float>* %7, align 32
  store <8 x float> %44, <8 x float>* %6, align 32
  br label %k.header2

endif:                                            ; preds = %k.exit4, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %45 = icmp slt i64 %k, 128
  br i1 %45, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %46 = mul i64 %k, 16
  %47 = add i64 %27, %46
  %48 = add i64 %47, 0
  %49 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_ih_packed0 to float*), i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = add i64 %47, 8
  %53 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_ih_packed0 to float*), i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = add i64 %25, 0
  %57 = mul i64 %56, 128
  %58 = add i64 %57, %k
  %59 = getelementptr inbounds float, float* %1, i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  %62 = load <8 x float>, <8 x float>* %21, align 32
  %63 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %51, <8 x float> %62)
  store <8 x float> %63, <8 x float>* %21, align 32
  %64 = load <8 x float>, <8 x float>* %19, align 32
  %65 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %55, <8 x float> %64)
  store <8 x float> %65, <8 x float>* %19, align 32
  %66 = add i64 %25, 1
  %67 = mul i64 %66, 128
  %68 = add i64 %67, %k
  %69 = getelementptr inbounds float, float* %1, i64 %68
  %70 = load float, float* %69, align 4
  %71 = insertelement <8 x float> undef, float %70, i32 0
  %splat1 = shufflevector <8 x float> %71, <8 x float> undef, <8 x i32> zeroinitializer
  %72 = load <8 x float>, <8 x float>* %20, align 32
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %51, <8 x float> %72)
  store <8 x float> %73, <8 x float>* %20, align 32
  %74 = load <8 x float>, <8 x float>* %18, align 32
  %75 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %55, <8 x float> %74)
  store <8 x float> %75, <8 x float>* %18, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %76 = add i64 %25, 0
  %77 = add i64 %26, 0
  %78 = load <8 x float>, <8 x float>* %21, align 32
  %79 = add i64 0, %76
  %80 = mul i64 %79, 512
  %81 = add i64 %80, %77
  %82 = getelementptr inbounds float, float* %2, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %78, <8 x float>* %83, align 4
  %84 = add i64 %25, 1
  %85 = add i64 %26, 0
  %86 = load <8 x float>, <8 x float>* %20, align 32
  %87 = add i64 0, %84
  %88 = mul i64 %87, 512
  %89 = add i64 %88, %85
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %86, <8 x float>* %91, align 4
  %92 = add i64 %25, 0
  %93 = add i64 %26, 8
  %94 = load <8 x float>, <8 x float>* %19, align 32
  %95 = add i64 0, %92
  %96 = mul i64 %95, 512
  %97 = add i64 %96, %93
  %98 = getelementptr inbounds float, float* %2, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %94, <8 x float>* %99, align 4
  %100 = add i64 %25, 1
  %101 = add i64 %26, 8
  %102 = load <8 x float>, <8 x float>* %18, align 32
  %103 = add i64 0, %100
  %104 = mul i64 %103, 512
  %105 = add i64 %104, %101
  %106 = getelementptr inbounds float, float* %2, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %102, <8 x float>* %107, align 4
  br label %endif

k.header2:                                        ; preds = %k.body3, %else
  %k5 = phi i64 [ 0, %else ], [ %k.next12, %k.body3 ]
  %108 = icmp slt i64 %k5, 128
  br i1 %108, label %k.body3, label %k.exit4

k.body3:                                          ; preds = %k.header2
  %109 = mul i64 %k5, 16
  %110 = add i64 %27, %109
  %111 = add i64 %110, 0
  %112 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_ih_packed0 to float*), i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %110, 8
  %116 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_ih_packed0 to float*), i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %25, 0
  %120 = mul i64 %119, 128
  %121 = add i64 %120, %k5
  %122 = getelementptr inbounds float, float* %1, i64 %121
  %123 = load float, float* %122, align 4
  %124 = insertelement <8 x float> undef, float %123, i32 0
  %splat6 = shufflevector <8 x float> %124, <8 x float> undef, <8 x i32> zeroinitializer
  %125 = load <8 x float>, <8 x float>* %17, align 32
  %126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %114, <8 x float> %125)
  store <8 x float> %126, <8 x float>* %17, align 32
  %127 = load <8 x float>, <8 x float>* %11, align 32
  %128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %118, <8 x float> %127)
  store <8 x float> %128, <8 x float>* %11, align 32
  %129 = add i64 %25, 1
  %130 = mul i64 %129, 128
  %131 = add i64 %130, %k5
  %132 = getelementptr inbounds float, float* %1, i64 %131
  %133 = load float, float* %132, align 4
  %134 = insertelement <8 x float> undef, float %133, i32 0
  %splat7 = shufflevector <8 x float> %134, <8 x float> undef, <8 x i32> zeroinitializer
  %135 = load <8 x float>, <8 x float>* %16, align 32
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %114, <8 x float> %135)
  store <8 x float> %136, <8 x float>* %16, align 32
  %137 = load <8 x float>, <8 x float>* %10, align 32
  %138 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %118, <8 x float> %137)
  store <8 x float> %138, <8 x float>* %10, align 32
  %139 = add i64 %25, 2
  %140 = mul i64 %139, 128
  %141 = add i64 %140, %k5
  %142 = getelementptr inbounds float, float* %1, i64 %141
  %143 = load float, float* %142, align 4
  %144 = insertelement <8 x float> undef, float %143, i32 0
  %splat8 = shufflevector <8 x float> %144, <8 x float> undef, <8 x i32> zeroinitializer
  %145 = load <8 x float>, <8 x float>* %15, align 32
  %146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %114, <8 x float> %145)
  store <8 x float> %146, <8 x float>* %15, align 32
  %147 = load <8 x float>, <8 x float>* %9, align 32
  %148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %118, <8 x float> %147)
  store <8 x float> %148, <8 x float>* %9, align 32
  %149 = add i64 %25, 3
  %150 = mul i64 %149, 128
  %151 = add i64 %150, %k5
  %152 = getelementptr inbounds float, float* %1, i64 %151
  %153 = load float, float* %152, align 4
  %154 = insertelement <8 x float> undef, float %153, i32 0
  %splat9 = shufflevector <8 x float> %154, <8 x float> undef, <8 x i32> zeroinitializer
  %155 = load <8 x float>, <8 x float>* %14, align 32
  %156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %114, <8 x float> %155)
  store <8 x float> %156, <8 x float>* %14, align 32
  %157 = load <8 x float>, <8 x float>* %8, align 32
  %158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %118, <8 x float> %157)
  store <8 x float> %158, <8 x float>* %8, align 32
  %159 = add i64 %25, 4
  %160 = mul i64 %159, 128
  %161 = add i64 %160, %k5
  %162 = getelementptr inbounds float, float* %1, i64 %161
  %163 = load float, float* %162, align 4
  %164 = insertelement <8 x float> undef, float %163, i32 0
  %splat10 = shufflevector <8 x float> %164, <8 x float> undef, <8 x i32> zeroinitializer
  %165 = load <8 x float>, <8 x float>* %13, align 32
  %166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %114, <8 x float> %165)
  store <8 x float> %166, <8 x float>* %13, align 32
  %167 = load <8 x float>, <8 x float>* %7, align 32
  %168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %118, <8 x float> %167)
  store <8 x float> %168, <8 x float>* %7, align 32
  %169 = add i64 %25, 5
  %170 = mul i64 %169, 128
  %171 = add i64 %170, %k5
  %172 = getelementptr inbounds float, float* %1, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat11 = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %12, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %114, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %12, align 32
  %177 = load <8 x float>, <8 x float>* %6, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %118, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %6, align 32
  %k.next12 = add i64 %k5, 1
  br label %k.header2

k.exit4:                                          ; preds = %k.header2
  %179 = add i64 %25, 0
  %180 = add i64 %26, 0
  %181 = load <8 x float>, <8 x float>* %17, align 32
  %182 = add i64 0, %179
  %183 = mul i64 %182, 512
  %184 = add i64 %183, %180
  %185 = getelementptr inbounds float, float* %2, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %181, <8 x float>* %186, align 4
  %187 = add i64 %25, 1
  %188 = add i64 %26, 0
  %189 = load <8 x float>, <8 x float>* %16, align 32
  %190 = add i64 0, %187
  %191 = mul i64 %190, 512
  %192 = add i64 %191, %188
  %193 = getelementptr inbounds float, float* %2, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  store <8 x float> %189, <8 x float>* %194, align 4
  %195 = add i64 %25, 2
  %196 = add i64 %26, 0
  %197 = load <8 x float>, <8 x float>* %15, align 32
  %198 = add i64 0, %195
  %199 = mul i64 %198, 512
  %200 = add i64 %199, %196
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %197, <8 x float>* %202, align 4
  %203 = add i64 %25, 3
  %204 = add i64 %26, 0
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = add i64 0, %203
  %207 = mul i64 %206, 512
  %208 = add i64 %207, %204
  %209 = getelementptr inbounds float, float* %2, i64 %208
  %210 = bitcast float* %209 to <8 x float>*
  store <8 x float> %205, <8 x float>* %210, align 4
  %211 = add i64 %25, 4
  %212 = add i64 %26, 0
  %213 = load <8 x float>, <8 x float>* %13, align 32
  %214 = add i64 0, %211
  %215 = mul i64 %214, 512
  %216 = add i64 %215, %212
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %213, <8 x float>* %218, align 4
  %219 = add i64 %25, 5
  %220 = add i64 %26, 0
  %221 = load <8 x float>, <8 x float>* %12, align 32
  %222 = add i64 0, %219
  %223 = mul i64 %222, 512
  %224 = add i64 %223, %220
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %221, <8 x float>* %226, align 4
  %227 = add i64 %25, 0
  %228 = add i64 %26, 8
  %229 = load <8 x float>, <8 x float>* %11, align 32
  %230 = add i64 0, %227
  %231 = mul i64 %230, 512
  %232 = add i64 %231, %228
  %233 = getelementptr inbounds float, float* %2, i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  store <8 x float> %229, <8 x float>* %234, align 4
  %235 = add i64 %25, 1
  %236 = add i64 %26, 8
  %237 = load <8 x float>, <8 x float>* %10, align 32
  %238 = add i64 0, %235
  %239 = mul i64 %238, 512
  %240 = add i64 %239, %236
  %241 = getelementptr inbounds float, float* %2, i64 %240
  %242 = bitcast float* %241 to <8 x float>*
  store <8 x float> %237, <8 x float>* %242, align 4
  %243 = add i64 %25, 2
  %244 = add i64 %26, 8
  %245 = load <8 x float>, <8 x float>* %9, align 32
  %246 = add i64 0, %243
  %247 = mul i64 %246, 512
  %248 = add i64 %247, %244
  %249 = getelementptr inbounds float, float* %2, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %245, <8 x float>* %250, align 4
  %251 = add i64 %25, 3
  %252 = add i64 %26, 8
  %253 = load <8 x float>, <8 x float>* %8, align 32
  %254 = add i64 0, %251
  %255 = mul i64 %254, 512
  %256 = add i64 %255, %252
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %253, <8 x float>* %258, align 4
  %259 = add i64 %25, 4
  %260 = add i64 %26, 8
  %261 = load <8 x float>, <8 x float>* %7, align 32
  %262 = add i64 0, %259
  %263 = mul i64 %262, 512
  %264 = add i64 %263, %260
  %265 = getelementptr inbounds float, float* %2, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  store <8 x float> %261, <8 x float>* %266, align 4
  %267 = add i64 %25, 5
  %268 = add i64 %26, 8
  %269 = load <8 x float>, <8 x float>* %6, align 32
  %270 = add i64 0, %267
  %271 = mul i64 %270, 512
  %272 = add i64 %271, %268
  %273 = getelementptr inbounds float, float* %2, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %269, <8 x float>* %274, align 4
  br label %endif
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #3

; Function Attrs: noinline nounwind
define internal void @node1.lstm_1.step0(i8* %0) #2 {
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
  %19 = add i64 1088, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1088
  %23 = select i1 %22, i64 %21, i64 1088
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1088
  %26 = select i1 %25, i64 %24, i64 1088
  call void @node1.lstm_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.lstm_1.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
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
  %30 = icmp sge i64 1, %5
  br i1 %30, label %then, label %else

then:                                             ; preds = %entry
  %31 = sub i64 %5, 1
  %32 = add i64 1, %31
  %33 = sdiv i64 %32, %5
  br label %round.header

else:                                             ; preds = %entry
  %34 = sub i64 %5, 1
  %35 = add i64 16, %34
  %36 = sdiv i64 %35, %5
  %37 = mul i64 %4, %36
  %38 = icmp slt i64 %37, 16
  %39 = select i1 %38, i64 %37, i64 16
  %40 = add i64 %39, %36
  %41 = icmp slt i64 %40, 16
  %42 = select i1 %41, i64 %40, i64 16
  %43 = getelementptr inbounds float, float* %2, i64 102400
  %44 = getelementptr inbounds float, float* %43, i64 128
  %45 = getelementptr inbounds float, float* %43, i64 256
  br i1 true, label %then13, label %endif14

endif:                                            ; preds = %endif14, %round.exit
  ret void

round.header:                                     ; preds = %endif2, %then
  %round = phi i64 [ 0, %then ], [ %round.next, %endif2 ]
  %46 = icmp slt i64 %round, %33
  br i1 %46, label %round.body, label %round.exit

round.body:                                       ; preds = %round.header
  %47 = mul i64 %round, %5
  %48 = add i64 %4, %47
  %49 = icmp slt i64 %48, 1
  br i1 %49, label %then1, label %endif2

round.exit:                                       ; preds = %round.header
  br label %endif

then1:                                            ; preds = %round.body
  %50 = mul i64 %48, 768
  %51 = add i64 102400, %50
  %52 = getelementptr inbounds float, float* %2, i64 %51
  %53 = getelementptr inbounds float, float* %52, i64 128
  %54 = getelementptr inbounds float, float* %52, i64 256
  %55 = srem i64 %48, 1
  %56 = sdiv i64 %48, 1
  %57 = icmp eq i64 %56, 0
  br i1 %57, label %then3, label %endif4

endif2:                                           ; preds = %endif4, %round.body
  %round.next = add i64 %round, 1
  br label %round.header

then3:                                            ; preds = %then1
  br label %zero.header

endif4:                                           ; preds = %copy.exit, %then1
  br label %endif2

zero.header:                                      ; preds = %zero.body, %then3
  %zero = phi i64 [ 0, %then3 ], [ %zero.next, %zero.body ]
  %58 = icmp slt i64 %zero, 16
  br i1 %58, label %zero.body, label %zero.exit

zero.body:                                        ; preds = %zero.header
  %59 = mul i64 %zero, 8
  %60 = getelementptr inbounds float, float* %52, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %61, align 4
  %62 = mul i64 %zero, 8
  %63 = getelementptr inbounds float, float* %54, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %64, align 4
  %zero.next = add i64 %zero, 1
  br label %zero.header

zero.exit:                                        ; preds = %zero.header
  br label %s.header

s.header:                                         ; preds = %endif6, %zero.exit
  %s = phi i64 [ 0, %zero.exit ], [ %s.next, %endif6 ]
  %65 = icmp slt i64 %s, 200
  br i1 %65, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %66 = and i64 %s, 1
  %67 = icmp eq i64 %66, 0
  %68 = select i1 %67, float* %52, float* %53
  %69 = select i1 %67, float* %53, float* %52
  %70 = add i64 0, %55
  %71 = mul i64 %70, 200
  %72 = add i64 %71, %s
  %73 = mul i64 %72, 512
  br label %pair.header

s.exit:                                           ; preds = %s.header
  br label %copy.header

pair.header:                                      ; preds = %k.exit, %s.body
  %pair = phi i64 [ 0, %s.body ], [ %pair.next, %k.exit ]
  %74 = icmp slt i64 %pair, 8
  br i1 %74, label %pair.body, label %pair.exit

pair.body:                                        ; preds = %pair.header
  %75 = mul i64 %pair, 2
  %76 = add i64 0, %75
  %77 = add i64 %76, 1
  %78 = mul i64 %76, 8
  %79 = mul i64 %77, 8
  %80 = add i64 0, %78
  %81 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  %83 = load <8 x float>, <8 x float>* %82, align 4
  store <8 x float> %83, <8 x float>* %29, align 32
  %84 = add i64 0, %79
  %85 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  %87 = load <8 x float>, <8 x float>* %86, align 4
  store <8 x float> %87, <8 x float>* %28, align 32
  %88 = add i64 128, %78
  %89 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  store <8 x float> %91, <8 x float>* %27, align 32
  %92 = add i64 128, %79
  %93 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  store <8 x float> %95, <8 x float>* %26, align 32
  %96 = add i64 256, %78
  %97 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  store <8 x float> %99, <8 x float>* %25, align 32
  %100 = add i64 256, %79
  %101 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  %103 = load <8 x float>, <8 x float>* %102, align 4
  store <8 x float> %103, <8 x float>* %24, align 32
  %104 = add i64 384, %78
  %105 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  store <8 x float> %107, <8 x float>* %23, align 32
  %108 = add i64 384, %79
  %109 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  store <8 x float> %111, <8 x float>* %22, align 32
  br label %k.header

pair.exit:                                        ; preds = %pair.header
  br i1 false, label %then5, label %endif6

k.header:                                         ; preds = %k.body, %pair.body
  %k = phi i64 [ 0, %pair.body ], [ %k.next, %k.body ]
  %112 = icmp slt i64 %k, 128
  br i1 %112, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %113 = mul i64 %76, 128
  %114 = add i64 %113, %k
  %115 = mul i64 %114, 32
  %116 = add i64 %115, 0
  %117 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = mul i64 %77, 128
  %121 = add i64 %120, %k
  %122 = mul i64 %121, 32
  %123 = add i64 %122, 0
  %124 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = mul i64 %76, 128
  %128 = add i64 %127, %k
  %129 = mul i64 %128, 32
  %130 = add i64 %129, 8
  %131 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = mul i64 %77, 128
  %135 = add i64 %134, %k
  %136 = mul i64 %135, 32
  %137 = add i64 %136, 8
  %138 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %137
  %139 = bitcast float* %138 to <8 x float>*
  %140 = load <8 x float>, <8 x float>* %139, align 4
  %141 = mul i64 %76, 128
  %142 = add i64 %141, %k
  %143 = mul i64 %142, 32
  %144 = add i64 %143, 16
  %145 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = mul i64 %77, 128
  %149 = add i64 %148, %k
  %150 = mul i64 %149, 32
  %151 = add i64 %150, 16
  %152 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = mul i64 %76, 128
  %156 = add i64 %155, %k
  %157 = mul i64 %156, 32
  %158 = add i64 %157, 24
  %159 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = mul i64 %77, 128
  %163 = add i64 %162, %k
  %164 = mul i64 %163, 32
  %165 = add i64 %164, 24
  %166 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  %168 = load <8 x float>, <8 x float>* %167, align 4
  %169 = getelementptr inbounds float, float* %68, i64 %k
  %170 = load float, float* %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %splat = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %172 = load <8 x float>, <8 x float>* %29, align 32
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %119, <8 x float> %172)
  store <8 x float> %173, <8 x float>* %29, align 32
  %174 = load <8 x float>, <8 x float>* %28, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %126, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %28, align 32
  %176 = load <8 x float>, <8 x float>* %27, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %133, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %27, align 32
  %178 = load <8 x float>, <8 x float>* %26, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %140, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %26, align 32
  %180 = load <8 x float>, <8 x float>* %25, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %147, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %25, align 32
  %182 = load <8 x float>, <8 x float>* %24, align 32
  %183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %154, <8 x float> %182)
  store <8 x float> %183, <8 x float>* %24, align 32
  %184 = load <8 x float>, <8 x float>* %23, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %161, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %23, align 32
  %186 = load <8 x float>, <8 x float>* %22, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %168, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %22, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %188 = add i64 0, %78
  %189 = add i64 %73, %188
  %190 = getelementptr inbounds float, float* %2, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = load <8 x float>, <8 x float>* %29, align 32
  %194 = add i64 128, %78
  %195 = add i64 %73, %194
  %196 = getelementptr inbounds float, float* %2, i64 %195
  %197 = bitcast float* %196 to <8 x float>*
  %198 = load <8 x float>, <8 x float>* %197, align 4
  %199 = load <8 x float>, <8 x float>* %27, align 32
  %200 = add i64 256, %78
  %201 = add i64 %73, %200
  %202 = getelementptr inbounds float, float* %2, i64 %201
  %203 = bitcast float* %202 to <8 x float>*
  %204 = load <8 x float>, <8 x float>* %203, align 4
  %205 = load <8 x float>, <8 x float>* %25, align 32
  %206 = add i64 384, %78
  %207 = add i64 %73, %206
  %208 = getelementptr inbounds float, float* %2, i64 %207
  %209 = bitcast float* %208 to <8 x float>*
  %210 = load <8 x float>, <8 x float>* %209, align 4
  %211 = load <8 x float>, <8 x float>* %23, align 32
  %212 = getelementptr inbounds float, float* %54, i64 %78
  %213 = bitcast float* %212 to <8 x float>*
  %214 = load <8 x float>, <8 x float>* %213, align 4
  %215 = fadd <8 x float> %192, %193
  %216 = fneg <8 x float> %215
  %217 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %216, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %218 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %217, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %220 = call <8 x float> @llvm.floor.v8f32(<8 x float> %219)
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %218)
  %222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %221)
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %222, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %222, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %224, <8 x float> %222, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %222, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %222, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %228 = fmul <8 x float> %222, %222
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %227, <8 x float> %228, <8 x float> %222)
  %230 = fadd <8 x float> %229, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %231 = fptosi <8 x float> %220 to <8 x i32>
  %232 = add <8 x i32> %231, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %233 = shl <8 x i32> %232, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %234 = bitcast <8 x i32> %233 to <8 x float>
  %235 = fmul <8 x float> %230, %234
  %236 = fcmp uno <8 x float> %216, %216
  %237 = select <8 x i1> %236, <8 x float> %216, <8 x float> %235
  %238 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %237
  %239 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %238
  %240 = fadd <8 x float> %198, %199
  %241 = fneg <8 x float> %240
  %242 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %241, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %243 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %242, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %245 = call <8 x float> @llvm.floor.v8f32(<8 x float> %244)
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %245, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %243)
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %245, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %246)
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %247, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %247, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %247, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %247, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %251, <8 x float> %247, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %253 = fmul <8 x float> %247, %247
  %254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %252, <8 x float> %253, <8 x float> %247)
  %255 = fadd <8 x float> %254, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %256 = fptosi <8 x float> %245 to <8 x i32>
  %257 = add <8 x i32> %256, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %258 = shl <8 x i32> %257, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %259 = bitcast <8 x i32> %258 to <8 x float>
  %260 = fmul <8 x float> %255, %259
  %261 = fcmp uno <8 x float> %241, %241
  %262 = select <8 x i1> %261, <8 x float> %241, <8 x float> %260
  %263 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %262
  %264 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %263
  %265 = fadd <8 x float> %204, %205
  %266 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %265)
  %267 = fmul <8 x float> %265, %265
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %267, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %267, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %267, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %267, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %272 = fmul <8 x float> %271, %267
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %272, <8 x float> %265, <8 x float> %265)
  %274 = fmul <8 x float> %266, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %275 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %274, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %276 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %275, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %278 = call <8 x float> @llvm.floor.v8f32(<8 x float> %277)
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %278, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %276)
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %278, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %279)
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %280, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %281, <8 x float> %280, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %280, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %283, <8 x float> %280, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %280, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %286 = fmul <8 x float> %280, %280
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %286, <8 x float> %280)
  %288 = fadd <8 x float> %287, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %289 = fptosi <8 x float> %278 to <8 x i32>
  %290 = add <8 x i32> %289, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %291 = shl <8 x i32> %290, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %292 = bitcast <8 x i32> %291 to <8 x float>
  %293 = fmul <8 x float> %288, %292
  %294 = fcmp uno <8 x float> %274, %274
  %295 = select <8 x i1> %294, <8 x float> %274, <8 x float> %293
  %296 = fadd <8 x float> %295, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %297 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %296
  %298 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %297
  %299 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %298, <8 x float> %265)
  %300 = fcmp olt <8 x float> %266, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %301 = select <8 x i1> %300, <8 x float> %273, <8 x float> %299
  %302 = fmul <8 x float> %239, %301
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %214, <8 x float> %302)
  %304 = getelementptr inbounds float, float* %54, i64 %78
  %305 = bitcast float* %304 to <8 x float>*
  store <8 x float> %303, <8 x float>* %305, align 4
  %306 = fadd <8 x float> %210, %211
  %307 = fneg <8 x float> %306
  %308 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %307, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %309 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %308, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %311 = call <8 x float> @llvm.floor.v8f32(<8 x float> %310)
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %311, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %309)
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %311, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %312)
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %313, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %313, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %315, <8 x float> %313, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> %313, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %313, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %319 = fmul <8 x float> %313, %313
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %318, <8 x float> %319, <8 x float> %313)
  %321 = fadd <8 x float> %320, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %322 = fptosi <8 x float> %311 to <8 x i32>
  %323 = add <8 x i32> %322, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %324 = shl <8 x i32> %323, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %325 = bitcast <8 x i32> %324 to <8 x float>
  %326 = fmul <8 x float> %321, %325
  %327 = fcmp uno <8 x float> %307, %307
  %328 = select <8 x i1> %327, <8 x float> %307, <8 x float> %326
  %329 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %328
  %330 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %329
  %331 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %303)
  %332 = fmul <8 x float> %303, %303
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %332, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %333, <8 x float> %332, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %332, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %332, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %337 = fmul <8 x float> %336, %332
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %303, <8 x float> %303)
  %339 = fmul <8 x float> %331, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %340 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %339, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %341 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %340, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %341, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %343 = call <8 x float> @llvm.floor.v8f32(<8 x float> %342)
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %343, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %341)
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %343, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %344)
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %345, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %345, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %345, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %345, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %349, <8 x float> %345, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %351 = fmul <8 x float> %345, %345
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %350, <8 x float> %351, <8 x float> %345)
  %353 = fadd <8 x float> %352, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %354 = fptosi <8 x float> %343 to <8 x i32>
  %355 = add <8 x i32> %354, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %356 = shl <8 x i32> %355, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %357 = bitcast <8 x i32> %356 to <8 x float>
  %358 = fmul <8 x float> %353, %357
  %359 = fcmp uno <8 x float> %339, %339
  %360 = select <8 x i1> %359, <8 x float> %339, <8 x float> %358
  %361 = fadd <8 x float> %360, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %362 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %361
  %363 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %362
  %364 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %363, <8 x float> %303)
  %365 = fcmp olt <8 x float> %331, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %366 = select <8 x i1> %365, <8 x float> %338, <8 x float> %364
  %367 = fmul <8 x float> %330, %366
  %368 = getelementptr inbounds float, float* %69, i64 %78
  %369 = bitcast float* %368 to <8 x float>*
  store <8 x float> %367, <8 x float>* %369, align 4
  %370 = add i64 0, %79
  %371 = add i64 %73, %370
  %372 = getelementptr inbounds float, float* %2, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  %374 = load <8 x float>, <8 x float>* %373, align 4
  %375 = load <8 x float>, <8 x float>* %28, align 32
  %376 = add i64 128, %79
  %377 = add i64 %73, %376
  %378 = getelementptr inbounds float, float* %2, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  %380 = load <8 x float>, <8 x float>* %379, align 4
  %381 = load <8 x float>, <8 x float>* %26, align 32
  %382 = add i64 256, %79
  %383 = add i64 %73, %382
  %384 = getelementptr inbounds float, float* %2, i64 %383
  %385 = bitcast float* %384 to <8 x float>*
  %386 = load <8 x float>, <8 x float>* %385, align 4
  %387 = load <8 x float>, <8 x float>* %24, align 32
  %388 = add i64 384, %79
  %389 = add i64 %73, %388
  %390 = getelementptr inbounds float, float* %2, i64 %389
  %391 = bitcast float* %390 to <8 x float>*
  %392 = load <8 x float>, <8 x float>* %391, align 4
  %393 = load <8 x float>, <8 x float>* %22, align 32
  %394 = getelementptr inbounds float, float* %54, i64 %79
  %395 = bitcast float* %394 to <8 x float>*
  %396 = load <8 x float>, <8 x float>* %395, align 4
  %397 = fadd <8 x float> %374, %375
  %398 = fneg <8 x float> %397
  %399 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %398, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %400 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %399, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %400, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %402 = call <8 x float> @llvm.floor.v8f32(<8 x float> %401)
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %402, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %400)
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %402, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %403)
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %404, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %405, <8 x float> %404, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %406, <8 x float> %404, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %407, <8 x float> %404, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %408, <8 x float> %404, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %410 = fmul <8 x float> %404, %404
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %409, <8 x float> %410, <8 x float> %404)
  %412 = fadd <8 x float> %411, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %413 = fptosi <8 x float> %402 to <8 x i32>
  %414 = add <8 x i32> %413, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %415 = shl <8 x i32> %414, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %416 = bitcast <8 x i32> %415 to <8 x float>
  %417 = fmul <8 x float> %412, %416
  %418 = fcmp uno <8 x float> %398, %398
  %419 = select <8 x i1> %418, <8 x float> %398, <8 x float> %417
  %420 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %419
  %421 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %420
  %422 = fadd <8 x float> %380, %381
  %423 = fneg <8 x float> %422
  %424 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %423, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %425 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %424, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %425, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %427 = call <8 x float> @llvm.floor.v8f32(<8 x float> %426)
  %428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %427, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %425)
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %427, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %428)
  %430 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %429, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> %429, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> %429, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> %429, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %433, <8 x float> %429, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %435 = fmul <8 x float> %429, %429
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %435, <8 x float> %429)
  %437 = fadd <8 x float> %436, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %438 = fptosi <8 x float> %427 to <8 x i32>
  %439 = add <8 x i32> %438, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %440 = shl <8 x i32> %439, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %441 = bitcast <8 x i32> %440 to <8 x float>
  %442 = fmul <8 x float> %437, %441
  %443 = fcmp uno <8 x float> %423, %423
  %444 = select <8 x i1> %443, <8 x float> %423, <8 x float> %442
  %445 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %444
  %446 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %445
  %447 = fadd <8 x float> %386, %387
  %448 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %447)
  %449 = fmul <8 x float> %447, %447
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %449, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %449, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %451, <8 x float> %449, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %452, <8 x float> %449, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %454 = fmul <8 x float> %453, %449
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %454, <8 x float> %447, <8 x float> %447)
  %456 = fmul <8 x float> %448, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %457 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %456, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %458 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %457, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %460 = call <8 x float> @llvm.floor.v8f32(<8 x float> %459)
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %458)
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %461)
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %462, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %463, <8 x float> %462, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %464, <8 x float> %462, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %462, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %462, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %468 = fmul <8 x float> %462, %462
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %467, <8 x float> %468, <8 x float> %462)
  %470 = fadd <8 x float> %469, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %471 = fptosi <8 x float> %460 to <8 x i32>
  %472 = add <8 x i32> %471, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %473 = shl <8 x i32> %472, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %474 = bitcast <8 x i32> %473 to <8 x float>
  %475 = fmul <8 x float> %470, %474
  %476 = fcmp uno <8 x float> %456, %456
  %477 = select <8 x i1> %476, <8 x float> %456, <8 x float> %475
  %478 = fadd <8 x float> %477, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %479 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %478
  %480 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %479
  %481 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %480, <8 x float> %447)
  %482 = fcmp olt <8 x float> %448, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %483 = select <8 x i1> %482, <8 x float> %455, <8 x float> %481
  %484 = fmul <8 x float> %421, %483
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %396, <8 x float> %484)
  %486 = getelementptr inbounds float, float* %54, i64 %79
  %487 = bitcast float* %486 to <8 x float>*
  store <8 x float> %485, <8 x float>* %487, align 4
  %488 = fadd <8 x float> %392, %393
  %489 = fneg <8 x float> %488
  %490 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %489, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %491 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %490, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %491, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %493 = call <8 x float> @llvm.floor.v8f32(<8 x float> %492)
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %491)
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %494)
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %495, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %496, <8 x float> %495, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %497, <8 x float> %495, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %498, <8 x float> %495, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %499, <8 x float> %495, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %501 = fmul <8 x float> %495, %495
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %500, <8 x float> %501, <8 x float> %495)
  %503 = fadd <8 x float> %502, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %504 = fptosi <8 x float> %493 to <8 x i32>
  %505 = add <8 x i32> %504, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %506 = shl <8 x i32> %505, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %507 = bitcast <8 x i32> %506 to <8 x float>
  %508 = fmul <8 x float> %503, %507
  %509 = fcmp uno <8 x float> %489, %489
  %510 = select <8 x i1> %509, <8 x float> %489, <8 x float> %508
  %511 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %510
  %512 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %511
  %513 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %485)
  %514 = fmul <8 x float> %485, %485
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %514, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %515, <8 x float> %514, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %516, <8 x float> %514, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> %514, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %519 = fmul <8 x float> %518, %514
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %519, <8 x float> %485, <8 x float> %485)
  %521 = fmul <8 x float> %513, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %522 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %521, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %523 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %522, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %525 = call <8 x float> @llvm.floor.v8f32(<8 x float> %524)
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %525, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %523)
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %525, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %526)
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %527, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %528, <8 x float> %527, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %529, <8 x float> %527, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %530, <8 x float> %527, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %531, <8 x float> %527, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %533 = fmul <8 x float> %527, %527
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %532, <8 x float> %533, <8 x float> %527)
  %535 = fadd <8 x float> %534, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %536 = fptosi <8 x float> %525 to <8 x i32>
  %537 = add <8 x i32> %536, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %538 = shl <8 x i32> %537, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %539 = bitcast <8 x i32> %538 to <8 x float>
  %540 = fmul <8 x float> %535, %539
  %541 = fcmp uno <8 x float> %521, %521
  %542 = select <8 x i1> %541, <8 x float> %521, <8 x float> %540
  %543 = fadd <8 x float> %542, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %544 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %543
  %545 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %544
  %546 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %545, <8 x float> %485)
  %547 = fcmp olt <8 x float> %513, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %548 = select <8 x i1> %547, <8 x float> %520, <8 x float> %546
  %549 = fmul <8 x float> %512, %548
  %550 = getelementptr inbounds float, float* %69, i64 %79
  %551 = bitcast float* %550 to <8 x float>*
  store <8 x float> %549, <8 x float>* %551, align 4
  %pair.next = add i64 %pair, 1
  br label %pair.header

then5:                                            ; preds = %pair.exit
  %552 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %552, <8 x float>* %21, align 32
  %553 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 248) to <8 x float>*), align 4
  store <8 x float> %553, <8 x float>* %20, align 32
  %554 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 376) to <8 x float>*), align 4
  store <8 x float> %554, <8 x float>* %19, align 32
  %555 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 504) to <8 x float>*), align 4
  store <8 x float> %555, <8 x float>* %18, align 32
  br label %k.header7

endif6:                                           ; preds = %k.exit9, %pair.exit
  %s.next = add i64 %s, 1
  br label %s.header

k.header7:                                        ; preds = %k.body8, %then5
  %k10 = phi i64 [ 0, %then5 ], [ %k.next12, %k.body8 ]
  %556 = icmp slt i64 %k10, 128
  br i1 %556, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %557 = add i64 1920, %k10
  %558 = mul i64 %557, 32
  %559 = add i64 %558, 0
  %560 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %559
  %561 = bitcast float* %560 to <8 x float>*
  %562 = load <8 x float>, <8 x float>* %561, align 4
  %563 = add i64 1920, %k10
  %564 = mul i64 %563, 32
  %565 = add i64 %564, 8
  %566 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %565
  %567 = bitcast float* %566 to <8 x float>*
  %568 = load <8 x float>, <8 x float>* %567, align 4
  %569 = add i64 1920, %k10
  %570 = mul i64 %569, 32
  %571 = add i64 %570, 16
  %572 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  %574 = load <8 x float>, <8 x float>* %573, align 4
  %575 = add i64 1920, %k10
  %576 = mul i64 %575, 32
  %577 = add i64 %576, 24
  %578 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = getelementptr inbounds float, float* %68, i64 %k10
  %582 = load float, float* %581, align 4
  %583 = insertelement <8 x float> undef, float %582, i32 0
  %splat11 = shufflevector <8 x float> %583, <8 x float> undef, <8 x i32> zeroinitializer
  %584 = load <8 x float>, <8 x float>* %21, align 32
  %585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %562, <8 x float> %584)
  store <8 x float> %585, <8 x float>* %21, align 32
  %586 = load <8 x float>, <8 x float>* %20, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %568, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %20, align 32
  %588 = load <8 x float>, <8 x float>* %19, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %574, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %19, align 32
  %590 = load <8 x float>, <8 x float>* %18, align 32
  %591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %580, <8 x float> %590)
  store <8 x float> %591, <8 x float>* %18, align 32
  %k.next12 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %592 = add i64 %73, 120
  %593 = getelementptr inbounds float, float* %2, i64 %592
  %594 = bitcast float* %593 to <8 x float>*
  %595 = load <8 x float>, <8 x float>* %594, align 4
  %596 = load <8 x float>, <8 x float>* %21, align 32
  %597 = add i64 %73, 248
  %598 = getelementptr inbounds float, float* %2, i64 %597
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  %601 = load <8 x float>, <8 x float>* %20, align 32
  %602 = add i64 %73, 376
  %603 = getelementptr inbounds float, float* %2, i64 %602
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = load <8 x float>, <8 x float>* %19, align 32
  %607 = add i64 %73, 504
  %608 = getelementptr inbounds float, float* %2, i64 %607
  %609 = bitcast float* %608 to <8 x float>*
  %610 = load <8 x float>, <8 x float>* %609, align 4
  %611 = load <8 x float>, <8 x float>* %18, align 32
  %612 = getelementptr inbounds float, float* %54, i64 120
  %613 = bitcast float* %612 to <8 x float>*
  %614 = load <8 x float>, <8 x float>* %613, align 4
  %615 = fadd <8 x float> %595, %596
  %616 = fneg <8 x float> %615
  %617 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %616, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %618 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %617, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %618, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %620 = call <8 x float> @llvm.floor.v8f32(<8 x float> %619)
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %620, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %618)
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %620, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %621)
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %622, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %623, <8 x float> %622, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %624, <8 x float> %622, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %625, <8 x float> %622, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %626, <8 x float> %622, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %628 = fmul <8 x float> %622, %622
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %627, <8 x float> %628, <8 x float> %622)
  %630 = fadd <8 x float> %629, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %631 = fptosi <8 x float> %620 to <8 x i32>
  %632 = add <8 x i32> %631, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %633 = shl <8 x i32> %632, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %634 = bitcast <8 x i32> %633 to <8 x float>
  %635 = fmul <8 x float> %630, %634
  %636 = fcmp uno <8 x float> %616, %616
  %637 = select <8 x i1> %636, <8 x float> %616, <8 x float> %635
  %638 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %637
  %639 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %638
  %640 = fadd <8 x float> %600, %601
  %641 = fneg <8 x float> %640
  %642 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %641, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %643 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %642, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %645 = call <8 x float> @llvm.floor.v8f32(<8 x float> %644)
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %645, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %643)
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %645, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %646)
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %647, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %648, <8 x float> %647, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %649, <8 x float> %647, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> %647, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %651, <8 x float> %647, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %653 = fmul <8 x float> %647, %647
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %652, <8 x float> %653, <8 x float> %647)
  %655 = fadd <8 x float> %654, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %656 = fptosi <8 x float> %645 to <8 x i32>
  %657 = add <8 x i32> %656, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %658 = shl <8 x i32> %657, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %659 = bitcast <8 x i32> %658 to <8 x float>
  %660 = fmul <8 x float> %655, %659
  %661 = fcmp uno <8 x float> %641, %641
  %662 = select <8 x i1> %661, <8 x float> %641, <8 x float> %660
  %663 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %662
  %664 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %663
  %665 = fadd <8 x float> %605, %606
  %666 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %665)
  %667 = fmul <8 x float> %665, %665
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %667, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %668, <8 x float> %667, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %669, <8 x float> %667, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %670, <8 x float> %667, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %672 = fmul <8 x float> %671, %667
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %672, <8 x float> %665, <8 x float> %665)
  %674 = fmul <8 x float> %666, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %675 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %674, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %676 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %675, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %676, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %678 = call <8 x float> @llvm.floor.v8f32(<8 x float> %677)
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %678, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %676)
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %678, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %679)
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %680, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %681, <8 x float> %680, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %682, <8 x float> %680, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> %680, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %684, <8 x float> %680, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %686 = fmul <8 x float> %680, %680
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %685, <8 x float> %686, <8 x float> %680)
  %688 = fadd <8 x float> %687, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %689 = fptosi <8 x float> %678 to <8 x i32>
  %690 = add <8 x i32> %689, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %691 = shl <8 x i32> %690, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %692 = bitcast <8 x i32> %691 to <8 x float>
  %693 = fmul <8 x float> %688, %692
  %694 = fcmp uno <8 x float> %674, %674
  %695 = select <8 x i1> %694, <8 x float> %674, <8 x float> %693
  %696 = fadd <8 x float> %695, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %697 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %696
  %698 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %697
  %699 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %698, <8 x float> %665)
  %700 = fcmp olt <8 x float> %666, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %701 = select <8 x i1> %700, <8 x float> %673, <8 x float> %699
  %702 = fmul <8 x float> %639, %701
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %664, <8 x float> %614, <8 x float> %702)
  %704 = getelementptr inbounds float, float* %54, i64 120
  %705 = bitcast float* %704 to <8 x float>*
  store <8 x float> %703, <8 x float>* %705, align 4
  %706 = fadd <8 x float> %610, %611
  %707 = fneg <8 x float> %706
  %708 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %707, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %709 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %708, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %711 = call <8 x float> @llvm.floor.v8f32(<8 x float> %710)
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %711, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %709)
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %711, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %712)
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %713, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %714, <8 x float> %713, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %715, <8 x float> %713, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %716, <8 x float> %713, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %717, <8 x float> %713, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %719 = fmul <8 x float> %713, %713
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %718, <8 x float> %719, <8 x float> %713)
  %721 = fadd <8 x float> %720, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %722 = fptosi <8 x float> %711 to <8 x i32>
  %723 = add <8 x i32> %722, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %724 = shl <8 x i32> %723, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %725 = bitcast <8 x i32> %724 to <8 x float>
  %726 = fmul <8 x float> %721, %725
  %727 = fcmp uno <8 x float> %707, %707
  %728 = select <8 x i1> %727, <8 x float> %707, <8 x float> %726
  %729 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %728
  %730 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %729
  %731 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %703)
  %732 = fmul <8 x float> %703, %703
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %732, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %733, <8 x float> %732, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %734, <8 x float> %732, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %735, <8 x float> %732, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %737 = fmul <8 x float> %736, %732
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %703, <8 x float> %703)
  %739 = fmul <8 x float> %731, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %740 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %739, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %741 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %740, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %741, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %743 = call <8 x float> @llvm.floor.v8f32(<8 x float> %742)
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %743, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %741)
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %743, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %744)
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %745, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> %745, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %747, <8 x float> %745, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %748, <8 x float> %745, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %749, <8 x float> %745, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %751 = fmul <8 x float> %745, %745
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> %751, <8 x float> %745)
  %753 = fadd <8 x float> %752, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %754 = fptosi <8 x float> %743 to <8 x i32>
  %755 = add <8 x i32> %754, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %756 = shl <8 x i32> %755, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %757 = bitcast <8 x i32> %756 to <8 x float>
  %758 = fmul <8 x float> %753, %757
  %759 = fcmp uno <8 x float> %739, %739
  %760 = select <8 x i1> %759, <8 x float> %739, <8 x float> %758
  %761 = fadd <8 x float> %760, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %762 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %761
  %763 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %762
  %764 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %763, <8 x float> %703)
  %765 = fcmp olt <8 x float> %731, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %766 = select <8 x i1> %765, <8 x float> %738, <8 x float> %764
  %767 = fmul <8 x float> %730, %766
  %768 = getelementptr inbounds float, float* %69, i64 120
  %769 = bitcast float* %768 to <8 x float>*
  store <8 x float> %767, <8 x float>* %769, align 4
  br label %endif6

copy.header:                                      ; preds = %copy.body, %s.exit
  %copy = phi i64 [ 0, %s.exit ], [ %copy.next, %copy.body ]
  %770 = icmp slt i64 %copy, 16
  br i1 %770, label %copy.body, label %copy.exit

copy.body:                                        ; preds = %copy.header
  %771 = mul i64 %copy, 8
  %772 = getelementptr inbounds float, float* %52, i64 %771
  %773 = bitcast float* %772 to <8 x float>*
  %774 = load <8 x float>, <8 x float>* %773, align 4
  %775 = mul i64 %55, 128
  %776 = add i64 %775, 0
  %777 = add i64 %776, %771
  %778 = getelementptr inbounds float, float* %0, i64 %777
  %779 = bitcast float* %778 to <8 x float>*
  store <8 x float> %774, <8 x float>* %779, align 4
  %copy.next = add i64 %copy, 1
  br label %copy.header

copy.exit:                                        ; preds = %copy.header
  br label %endif4

then13:                                           ; preds = %else
  br label %zero.header15

endif14:                                          ; preds = %copy.exit46, %else
  br label %endif

zero.header15:                                    ; preds = %zero.body16, %then13
  %zero18 = phi i64 [ %39, %then13 ], [ %zero.next19, %zero.body16 ]
  %780 = icmp slt i64 %zero18, %42
  br i1 %780, label %zero.body16, label %zero.exit17

zero.body16:                                      ; preds = %zero.header15
  %781 = mul i64 %zero18, 8
  %782 = getelementptr inbounds float, float* %43, i64 %781
  %783 = bitcast float* %782 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %783, align 4
  %784 = mul i64 %zero18, 8
  %785 = getelementptr inbounds float, float* %45, i64 %784
  %786 = bitcast float* %785 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %786, align 4
  %zero.next19 = add i64 %zero18, 1
  br label %zero.header15

zero.exit17:                                      ; preds = %zero.header15
  call void @GOMP_barrier()
  br label %s.header20

s.header20:                                       ; preds = %endif36, %zero.exit17
  %s23 = phi i64 [ 0, %zero.exit17 ], [ %s.next43, %endif36 ]
  %787 = icmp slt i64 %s23, 200
  br i1 %787, label %s.body21, label %s.exit22

s.body21:                                         ; preds = %s.header20
  %788 = and i64 %s23, 1
  %789 = icmp eq i64 %788, 0
  %790 = select i1 %789, float* %43, float* %44
  %791 = select i1 %789, float* %44, float* %43
  %792 = add i64 0, %s23
  %793 = mul i64 %792, 512
  %794 = sub i64 %42, %39
  %795 = sdiv i64 %794, 2
  br label %pair.header24

s.exit22:                                         ; preds = %s.header20
  br label %copy.header44

pair.header24:                                    ; preds = %k.exit30, %s.body21
  %pair27 = phi i64 [ 0, %s.body21 ], [ %pair.next34, %k.exit30 ]
  %796 = icmp slt i64 %pair27, %795
  br i1 %796, label %pair.body25, label %pair.exit26

pair.body25:                                      ; preds = %pair.header24
  %797 = mul i64 %pair27, 2
  %798 = add i64 %39, %797
  %799 = add i64 %798, 1
  %800 = mul i64 %798, 8
  %801 = mul i64 %799, 8
  %802 = add i64 0, %800
  %803 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %802
  %804 = bitcast float* %803 to <8 x float>*
  %805 = load <8 x float>, <8 x float>* %804, align 4
  store <8 x float> %805, <8 x float>* %17, align 32
  %806 = add i64 0, %801
  %807 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %806
  %808 = bitcast float* %807 to <8 x float>*
  %809 = load <8 x float>, <8 x float>* %808, align 4
  store <8 x float> %809, <8 x float>* %16, align 32
  %810 = add i64 128, %800
  %811 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %810
  %812 = bitcast float* %811 to <8 x float>*
  %813 = load <8 x float>, <8 x float>* %812, align 4
  store <8 x float> %813, <8 x float>* %15, align 32
  %814 = add i64 128, %801
  %815 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %814
  %816 = bitcast float* %815 to <8 x float>*
  %817 = load <8 x float>, <8 x float>* %816, align 4
  store <8 x float> %817, <8 x float>* %14, align 32
  %818 = add i64 256, %800
  %819 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %818
  %820 = bitcast float* %819 to <8 x float>*
  %821 = load <8 x float>, <8 x float>* %820, align 4
  store <8 x float> %821, <8 x float>* %13, align 32
  %822 = add i64 256, %801
  %823 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %822
  %824 = bitcast float* %823 to <8 x float>*
  %825 = load <8 x float>, <8 x float>* %824, align 4
  store <8 x float> %825, <8 x float>* %12, align 32
  %826 = add i64 384, %800
  %827 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %826
  %828 = bitcast float* %827 to <8 x float>*
  %829 = load <8 x float>, <8 x float>* %828, align 4
  store <8 x float> %829, <8 x float>* %11, align 32
  %830 = add i64 384, %801
  %831 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %830
  %832 = bitcast float* %831 to <8 x float>*
  %833 = load <8 x float>, <8 x float>* %832, align 4
  store <8 x float> %833, <8 x float>* %10, align 32
  br label %k.header28

pair.exit26:                                      ; preds = %pair.header24
  %834 = srem i64 %794, 2
  %835 = icmp eq i64 %834, 1
  br i1 %835, label %then35, label %endif36

k.header28:                                       ; preds = %k.body29, %pair.body25
  %k31 = phi i64 [ 0, %pair.body25 ], [ %k.next33, %k.body29 ]
  %836 = icmp slt i64 %k31, 128
  br i1 %836, label %k.body29, label %k.exit30

k.body29:                                         ; preds = %k.header28
  %837 = mul i64 %798, 128
  %838 = add i64 %837, %k31
  %839 = mul i64 %838, 32
  %840 = add i64 %839, 0
  %841 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %840
  %842 = bitcast float* %841 to <8 x float>*
  %843 = load <8 x float>, <8 x float>* %842, align 4
  %844 = mul i64 %799, 128
  %845 = add i64 %844, %k31
  %846 = mul i64 %845, 32
  %847 = add i64 %846, 0
  %848 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %847
  %849 = bitcast float* %848 to <8 x float>*
  %850 = load <8 x float>, <8 x float>* %849, align 4
  %851 = mul i64 %798, 128
  %852 = add i64 %851, %k31
  %853 = mul i64 %852, 32
  %854 = add i64 %853, 8
  %855 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %854
  %856 = bitcast float* %855 to <8 x float>*
  %857 = load <8 x float>, <8 x float>* %856, align 4
  %858 = mul i64 %799, 128
  %859 = add i64 %858, %k31
  %860 = mul i64 %859, 32
  %861 = add i64 %860, 8
  %862 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %861
  %863 = bitcast float* %862 to <8 x float>*
  %864 = load <8 x float>, <8 x float>* %863, align 4
  %865 = mul i64 %798, 128
  %866 = add i64 %865, %k31
  %867 = mul i64 %866, 32
  %868 = add i64 %867, 16
  %869 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %868
  %870 = bitcast float* %869 to <8 x float>*
  %871 = load <8 x float>, <8 x float>* %870, align 4
  %872 = mul i64 %799, 128
  %873 = add i64 %872, %k31
  %874 = mul i64 %873, 32
  %875 = add i64 %874, 16
  %876 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %875
  %877 = bitcast float* %876 to <8 x float>*
  %878 = load <8 x float>, <8 x float>* %877, align 4
  %879 = mul i64 %798, 128
  %880 = add i64 %879, %k31
  %881 = mul i64 %880, 32
  %882 = add i64 %881, 24
  %883 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %882
  %884 = bitcast float* %883 to <8 x float>*
  %885 = load <8 x float>, <8 x float>* %884, align 4
  %886 = mul i64 %799, 128
  %887 = add i64 %886, %k31
  %888 = mul i64 %887, 32
  %889 = add i64 %888, 24
  %890 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %889
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = getelementptr inbounds float, float* %790, i64 %k31
  %894 = load float, float* %893, align 4
  %895 = insertelement <8 x float> undef, float %894, i32 0
  %splat32 = shufflevector <8 x float> %895, <8 x float> undef, <8 x i32> zeroinitializer
  %896 = load <8 x float>, <8 x float>* %17, align 32
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %843, <8 x float> %896)
  store <8 x float> %897, <8 x float>* %17, align 32
  %898 = load <8 x float>, <8 x float>* %16, align 32
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %850, <8 x float> %898)
  store <8 x float> %899, <8 x float>* %16, align 32
  %900 = load <8 x float>, <8 x float>* %15, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %857, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %15, align 32
  %902 = load <8 x float>, <8 x float>* %14, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %864, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %14, align 32
  %904 = load <8 x float>, <8 x float>* %13, align 32
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %871, <8 x float> %904)
  store <8 x float> %905, <8 x float>* %13, align 32
  %906 = load <8 x float>, <8 x float>* %12, align 32
  %907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %878, <8 x float> %906)
  store <8 x float> %907, <8 x float>* %12, align 32
  %908 = load <8 x float>, <8 x float>* %11, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %885, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %11, align 32
  %910 = load <8 x float>, <8 x float>* %10, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %892, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %10, align 32
  %k.next33 = add i64 %k31, 1
  br label %k.header28

k.exit30:                                         ; preds = %k.header28
  %912 = add i64 0, %800
  %913 = add i64 %793, %912
  %914 = getelementptr inbounds float, float* %2, i64 %913
  %915 = bitcast float* %914 to <8 x float>*
  %916 = load <8 x float>, <8 x float>* %915, align 4
  %917 = load <8 x float>, <8 x float>* %17, align 32
  %918 = add i64 128, %800
  %919 = add i64 %793, %918
  %920 = getelementptr inbounds float, float* %2, i64 %919
  %921 = bitcast float* %920 to <8 x float>*
  %922 = load <8 x float>, <8 x float>* %921, align 4
  %923 = load <8 x float>, <8 x float>* %15, align 32
  %924 = add i64 256, %800
  %925 = add i64 %793, %924
  %926 = getelementptr inbounds float, float* %2, i64 %925
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = load <8 x float>, <8 x float>* %13, align 32
  %930 = add i64 384, %800
  %931 = add i64 %793, %930
  %932 = getelementptr inbounds float, float* %2, i64 %931
  %933 = bitcast float* %932 to <8 x float>*
  %934 = load <8 x float>, <8 x float>* %933, align 4
  %935 = load <8 x float>, <8 x float>* %11, align 32
  %936 = getelementptr inbounds float, float* %45, i64 %800
  %937 = bitcast float* %936 to <8 x float>*
  %938 = load <8 x float>, <8 x float>* %937, align 4
  %939 = fadd <8 x float> %916, %917
  %940 = fneg <8 x float> %939
  %941 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %940, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %942 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %941, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %942, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %944 = call <8 x float> @llvm.floor.v8f32(<8 x float> %943)
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %944, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %942)
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %944, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %945)
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %946, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %947, <8 x float> %946, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %948, <8 x float> %946, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %949, <8 x float> %946, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %950, <8 x float> %946, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %952 = fmul <8 x float> %946, %946
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %951, <8 x float> %952, <8 x float> %946)
  %954 = fadd <8 x float> %953, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %955 = fptosi <8 x float> %944 to <8 x i32>
  %956 = add <8 x i32> %955, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %957 = shl <8 x i32> %956, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %958 = bitcast <8 x i32> %957 to <8 x float>
  %959 = fmul <8 x float> %954, %958
  %960 = fcmp uno <8 x float> %940, %940
  %961 = select <8 x i1> %960, <8 x float> %940, <8 x float> %959
  %962 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %961
  %963 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %962
  %964 = fadd <8 x float> %922, %923
  %965 = fneg <8 x float> %964
  %966 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %965, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %967 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %966, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %967, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %969 = call <8 x float> @llvm.floor.v8f32(<8 x float> %968)
  %970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %969, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %967)
  %971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %969, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %970)
  %972 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %971, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %972, <8 x float> %971, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %973, <8 x float> %971, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %974, <8 x float> %971, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %975, <8 x float> %971, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %977 = fmul <8 x float> %971, %971
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %976, <8 x float> %977, <8 x float> %971)
  %979 = fadd <8 x float> %978, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %980 = fptosi <8 x float> %969 to <8 x i32>
  %981 = add <8 x i32> %980, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %982 = shl <8 x i32> %981, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %983 = bitcast <8 x i32> %982 to <8 x float>
  %984 = fmul <8 x float> %979, %983
  %985 = fcmp uno <8 x float> %965, %965
  %986 = select <8 x i1> %985, <8 x float> %965, <8 x float> %984
  %987 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %986
  %988 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %987
  %989 = fadd <8 x float> %928, %929
  %990 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %989)
  %991 = fmul <8 x float> %989, %989
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %991, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %992, <8 x float> %991, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %991, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %994, <8 x float> %991, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %996 = fmul <8 x float> %995, %991
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %996, <8 x float> %989, <8 x float> %989)
  %998 = fmul <8 x float> %990, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %999 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %998, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1000 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %999, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1002 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1001)
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1002, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1000)
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1002, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1003)
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1004, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1005, <8 x float> %1004, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1006, <8 x float> %1004, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> %1004, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> %1004, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1010 = fmul <8 x float> %1004, %1004
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1009, <8 x float> %1010, <8 x float> %1004)
  %1012 = fadd <8 x float> %1011, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1013 = fptosi <8 x float> %1002 to <8 x i32>
  %1014 = add <8 x i32> %1013, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1015 = shl <8 x i32> %1014, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1016 = bitcast <8 x i32> %1015 to <8 x float>
  %1017 = fmul <8 x float> %1012, %1016
  %1018 = fcmp uno <8 x float> %998, %998
  %1019 = select <8 x i1> %1018, <8 x float> %998, <8 x float> %1017
  %1020 = fadd <8 x float> %1019, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1021 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1020
  %1022 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1021
  %1023 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1022, <8 x float> %989)
  %1024 = fcmp olt <8 x float> %990, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1025 = select <8 x i1> %1024, <8 x float> %997, <8 x float> %1023
  %1026 = fmul <8 x float> %963, %1025
  %1027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %988, <8 x float> %938, <8 x float> %1026)
  %1028 = getelementptr inbounds float, float* %45, i64 %800
  %1029 = bitcast float* %1028 to <8 x float>*
  store <8 x float> %1027, <8 x float>* %1029, align 4
  %1030 = fadd <8 x float> %934, %935
  %1031 = fneg <8 x float> %1030
  %1032 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1031, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1033 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1032, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1033, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1035 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1034)
  %1036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1035, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1033)
  %1037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1035, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1036)
  %1038 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1037, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1038, <8 x float> %1037, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1039, <8 x float> %1037, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1040, <8 x float> %1037, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1041, <8 x float> %1037, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1043 = fmul <8 x float> %1037, %1037
  %1044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1042, <8 x float> %1043, <8 x float> %1037)
  %1045 = fadd <8 x float> %1044, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1046 = fptosi <8 x float> %1035 to <8 x i32>
  %1047 = add <8 x i32> %1046, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1048 = shl <8 x i32> %1047, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1049 = bitcast <8 x i32> %1048 to <8 x float>
  %1050 = fmul <8 x float> %1045, %1049
  %1051 = fcmp uno <8 x float> %1031, %1031
  %1052 = select <8 x i1> %1051, <8 x float> %1031, <8 x float> %1050
  %1053 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1052
  %1054 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1053
  %1055 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1027)
  %1056 = fmul <8 x float> %1027, %1027
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1056, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1057, <8 x float> %1056, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> %1056, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1060 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1059, <8 x float> %1056, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1061 = fmul <8 x float> %1060, %1056
  %1062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> %1027, <8 x float> %1027)
  %1063 = fmul <8 x float> %1055, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1064 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1063, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1065 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1064, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1066 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1067 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1066)
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1067, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1065)
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1067, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1068)
  %1070 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1069, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1070, <8 x float> %1069, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1072 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1071, <8 x float> %1069, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1072, <8 x float> %1069, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1074 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1073, <8 x float> %1069, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1075 = fmul <8 x float> %1069, %1069
  %1076 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1074, <8 x float> %1075, <8 x float> %1069)
  %1077 = fadd <8 x float> %1076, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1078 = fptosi <8 x float> %1067 to <8 x i32>
  %1079 = add <8 x i32> %1078, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1080 = shl <8 x i32> %1079, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1081 = bitcast <8 x i32> %1080 to <8 x float>
  %1082 = fmul <8 x float> %1077, %1081
  %1083 = fcmp uno <8 x float> %1063, %1063
  %1084 = select <8 x i1> %1083, <8 x float> %1063, <8 x float> %1082
  %1085 = fadd <8 x float> %1084, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1086 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1085
  %1087 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1086
  %1088 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1087, <8 x float> %1027)
  %1089 = fcmp olt <8 x float> %1055, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1090 = select <8 x i1> %1089, <8 x float> %1062, <8 x float> %1088
  %1091 = fmul <8 x float> %1054, %1090
  %1092 = getelementptr inbounds float, float* %791, i64 %800
  %1093 = bitcast float* %1092 to <8 x float>*
  store <8 x float> %1091, <8 x float>* %1093, align 4
  %1094 = add i64 0, %801
  %1095 = add i64 %793, %1094
  %1096 = getelementptr inbounds float, float* %2, i64 %1095
  %1097 = bitcast float* %1096 to <8 x float>*
  %1098 = load <8 x float>, <8 x float>* %1097, align 4
  %1099 = load <8 x float>, <8 x float>* %16, align 32
  %1100 = add i64 128, %801
  %1101 = add i64 %793, %1100
  %1102 = getelementptr inbounds float, float* %2, i64 %1101
  %1103 = bitcast float* %1102 to <8 x float>*
  %1104 = load <8 x float>, <8 x float>* %1103, align 4
  %1105 = load <8 x float>, <8 x float>* %14, align 32
  %1106 = add i64 256, %801
  %1107 = add i64 %793, %1106
  %1108 = getelementptr inbounds float, float* %2, i64 %1107
  %1109 = bitcast float* %1108 to <8 x float>*
  %1110 = load <8 x float>, <8 x float>* %1109, align 4
  %1111 = load <8 x float>, <8 x float>* %12, align 32
  %1112 = add i64 384, %801
  %1113 = add i64 %793, %1112
  %1114 = getelementptr inbounds float, float* %2, i64 %1113
  %1115 = bitcast float* %1114 to <8 x float>*
  %1116 = load <8 x float>, <8 x float>* %1115, align 4
  %1117 = load <8 x float>, <8 x float>* %10, align 32
  %1118 = getelementptr inbounds float, float* %45, i64 %801
  %1119 = bitcast float* %1118 to <8 x float>*
  %1120 = load <8 x float>, <8 x float>* %1119, align 4
  %1121 = fadd <8 x float> %1098, %1099
  %1122 = fneg <8 x float> %1121
  %1123 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1122, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1124 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1123, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1124, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1126 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1125)
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1126, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1124)
  %1128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1126, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1127)
  %1129 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1128, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1129, <8 x float> %1128, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1130, <8 x float> %1128, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1131, <8 x float> %1128, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1132, <8 x float> %1128, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1134 = fmul <8 x float> %1128, %1128
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1133, <8 x float> %1134, <8 x float> %1128)
  %1136 = fadd <8 x float> %1135, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1137 = fptosi <8 x float> %1126 to <8 x i32>
  %1138 = add <8 x i32> %1137, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1139 = shl <8 x i32> %1138, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1140 = bitcast <8 x i32> %1139 to <8 x float>
  %1141 = fmul <8 x float> %1136, %1140
  %1142 = fcmp uno <8 x float> %1122, %1122
  %1143 = select <8 x i1> %1142, <8 x float> %1122, <8 x float> %1141
  %1144 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1143
  %1145 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1144
  %1146 = fadd <8 x float> %1104, %1105
  %1147 = fneg <8 x float> %1146
  %1148 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1147, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1149 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1148, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1149, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1151 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1150)
  %1152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1151, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1149)
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1151, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1152)
  %1154 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1153, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1154, <8 x float> %1153, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1155, <8 x float> %1153, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1156, <8 x float> %1153, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1157, <8 x float> %1153, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1159 = fmul <8 x float> %1153, %1153
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1158, <8 x float> %1159, <8 x float> %1153)
  %1161 = fadd <8 x float> %1160, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1162 = fptosi <8 x float> %1151 to <8 x i32>
  %1163 = add <8 x i32> %1162, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1164 = shl <8 x i32> %1163, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1165 = bitcast <8 x i32> %1164 to <8 x float>
  %1166 = fmul <8 x float> %1161, %1165
  %1167 = fcmp uno <8 x float> %1147, %1147
  %1168 = select <8 x i1> %1167, <8 x float> %1147, <8 x float> %1166
  %1169 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1168
  %1170 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1169
  %1171 = fadd <8 x float> %1110, %1111
  %1172 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1171)
  %1173 = fmul <8 x float> %1171, %1171
  %1174 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1173, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1174, <8 x float> %1173, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1175, <8 x float> %1173, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1176, <8 x float> %1173, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1178 = fmul <8 x float> %1177, %1173
  %1179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1178, <8 x float> %1171, <8 x float> %1171)
  %1180 = fmul <8 x float> %1172, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1181 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1180, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1182 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1181, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1182, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1184 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1183)
  %1185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1184, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1182)
  %1186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1184, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1185)
  %1187 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1186, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1187, <8 x float> %1186, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1188, <8 x float> %1186, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1189, <8 x float> %1186, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1190, <8 x float> %1186, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1192 = fmul <8 x float> %1186, %1186
  %1193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1191, <8 x float> %1192, <8 x float> %1186)
  %1194 = fadd <8 x float> %1193, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1195 = fptosi <8 x float> %1184 to <8 x i32>
  %1196 = add <8 x i32> %1195, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1197 = shl <8 x i32> %1196, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1198 = bitcast <8 x i32> %1197 to <8 x float>
  %1199 = fmul <8 x float> %1194, %1198
  %1200 = fcmp uno <8 x float> %1180, %1180
  %1201 = select <8 x i1> %1200, <8 x float> %1180, <8 x float> %1199
  %1202 = fadd <8 x float> %1201, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1203 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1202
  %1204 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1203
  %1205 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1204, <8 x float> %1171)
  %1206 = fcmp olt <8 x float> %1172, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1207 = select <8 x i1> %1206, <8 x float> %1179, <8 x float> %1205
  %1208 = fmul <8 x float> %1145, %1207
  %1209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1170, <8 x float> %1120, <8 x float> %1208)
  %1210 = getelementptr inbounds float, float* %45, i64 %801
  %1211 = bitcast float* %1210 to <8 x float>*
  store <8 x float> %1209, <8 x float>* %1211, align 4
  %1212 = fadd <8 x float> %1116, %1117
  %1213 = fneg <8 x float> %1212
  %1214 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1213, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1215 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1214, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1215, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1217 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1216)
  %1218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1217, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1215)
  %1219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1217, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1218)
  %1220 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1219, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1220, <8 x float> %1219, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1221, <8 x float> %1219, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1222, <8 x float> %1219, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1223, <8 x float> %1219, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1225 = fmul <8 x float> %1219, %1219
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1224, <8 x float> %1225, <8 x float> %1219)
  %1227 = fadd <8 x float> %1226, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1228 = fptosi <8 x float> %1217 to <8 x i32>
  %1229 = add <8 x i32> %1228, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1230 = shl <8 x i32> %1229, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1231 = bitcast <8 x i32> %1230 to <8 x float>
  %1232 = fmul <8 x float> %1227, %1231
  %1233 = fcmp uno <8 x float> %1213, %1213
  %1234 = select <8 x i1> %1233, <8 x float> %1213, <8 x float> %1232
  %1235 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1234
  %1236 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1235
  %1237 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1209)
  %1238 = fmul <8 x float> %1209, %1209
  %1239 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1238, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1239, <8 x float> %1238, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1240, <8 x float> %1238, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1241, <8 x float> %1238, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1243 = fmul <8 x float> %1242, %1238
  %1244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1243, <8 x float> %1209, <8 x float> %1209)
  %1245 = fmul <8 x float> %1237, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1246 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1245, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1247 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1246, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1247, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1249 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1248)
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1249, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1247)
  %1251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1249, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1250)
  %1252 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1251, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1252, <8 x float> %1251, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1253, <8 x float> %1251, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1254, <8 x float> %1251, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1255, <8 x float> %1251, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1257 = fmul <8 x float> %1251, %1251
  %1258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1256, <8 x float> %1257, <8 x float> %1251)
  %1259 = fadd <8 x float> %1258, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1260 = fptosi <8 x float> %1249 to <8 x i32>
  %1261 = add <8 x i32> %1260, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1262 = shl <8 x i32> %1261, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1263 = bitcast <8 x i32> %1262 to <8 x float>
  %1264 = fmul <8 x float> %1259, %1263
  %1265 = fcmp uno <8 x float> %1245, %1245
  %1266 = select <8 x i1> %1265, <8 x float> %1245, <8 x float> %1264
  %1267 = fadd <8 x float> %1266, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1268 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1267
  %1269 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1268
  %1270 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1269, <8 x float> %1209)
  %1271 = fcmp olt <8 x float> %1237, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1272 = select <8 x i1> %1271, <8 x float> %1244, <8 x float> %1270
  %1273 = fmul <8 x float> %1236, %1272
  %1274 = getelementptr inbounds float, float* %791, i64 %801
  %1275 = bitcast float* %1274 to <8 x float>*
  store <8 x float> %1273, <8 x float>* %1275, align 4
  %pair.next34 = add i64 %pair27, 1
  br label %pair.header24

then35:                                           ; preds = %pair.exit26
  %1276 = sub i64 %42, 1
  %1277 = mul i64 %1276, 8
  %1278 = add i64 0, %1277
  %1279 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1278
  %1280 = bitcast float* %1279 to <8 x float>*
  %1281 = load <8 x float>, <8 x float>* %1280, align 4
  store <8 x float> %1281, <8 x float>* %9, align 32
  %1282 = add i64 128, %1277
  %1283 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1282
  %1284 = bitcast float* %1283 to <8 x float>*
  %1285 = load <8 x float>, <8 x float>* %1284, align 4
  store <8 x float> %1285, <8 x float>* %8, align 32
  %1286 = add i64 256, %1277
  %1287 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1286
  %1288 = bitcast float* %1287 to <8 x float>*
  %1289 = load <8 x float>, <8 x float>* %1288, align 4
  store <8 x float> %1289, <8 x float>* %7, align 32
  %1290 = add i64 384, %1277
  %1291 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1290
  %1292 = bitcast float* %1291 to <8 x float>*
  %1293 = load <8 x float>, <8 x float>* %1292, align 4
  store <8 x float> %1293, <8 x float>* %6, align 32
  br label %k.header37

endif36:                                          ; preds = %k.exit39, %pair.exit26
  call void @GOMP_barrier()
  %s.next43 = add i64 %s23, 1
  br label %s.header20

k.header37:                                       ; preds = %k.body38, %then35
  %k40 = phi i64 [ 0, %then35 ], [ %k.next42, %k.body38 ]
  %1294 = icmp slt i64 %k40, 128
  br i1 %1294, label %k.body38, label %k.exit39

k.body38:                                         ; preds = %k.header37
  %1295 = mul i64 %1276, 128
  %1296 = add i64 %1295, %k40
  %1297 = mul i64 %1296, 32
  %1298 = add i64 %1297, 0
  %1299 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1298
  %1300 = bitcast float* %1299 to <8 x float>*
  %1301 = load <8 x float>, <8 x float>* %1300, align 4
  %1302 = mul i64 %1276, 128
  %1303 = add i64 %1302, %k40
  %1304 = mul i64 %1303, 32
  %1305 = add i64 %1304, 8
  %1306 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1305
  %1307 = bitcast float* %1306 to <8 x float>*
  %1308 = load <8 x float>, <8 x float>* %1307, align 4
  %1309 = mul i64 %1276, 128
  %1310 = add i64 %1309, %k40
  %1311 = mul i64 %1310, 32
  %1312 = add i64 %1311, 16
  %1313 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1312
  %1314 = bitcast float* %1313 to <8 x float>*
  %1315 = load <8 x float>, <8 x float>* %1314, align 4
  %1316 = mul i64 %1276, 128
  %1317 = add i64 %1316, %k40
  %1318 = mul i64 %1317, 32
  %1319 = add i64 %1318, 24
  %1320 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1319
  %1321 = bitcast float* %1320 to <8 x float>*
  %1322 = load <8 x float>, <8 x float>* %1321, align 4
  %1323 = getelementptr inbounds float, float* %790, i64 %k40
  %1324 = load float, float* %1323, align 4
  %1325 = insertelement <8 x float> undef, float %1324, i32 0
  %splat41 = shufflevector <8 x float> %1325, <8 x float> undef, <8 x i32> zeroinitializer
  %1326 = load <8 x float>, <8 x float>* %9, align 32
  %1327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1301, <8 x float> %1326)
  store <8 x float> %1327, <8 x float>* %9, align 32
  %1328 = load <8 x float>, <8 x float>* %8, align 32
  %1329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1308, <8 x float> %1328)
  store <8 x float> %1329, <8 x float>* %8, align 32
  %1330 = load <8 x float>, <8 x float>* %7, align 32
  %1331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1315, <8 x float> %1330)
  store <8 x float> %1331, <8 x float>* %7, align 32
  %1332 = load <8 x float>, <8 x float>* %6, align 32
  %1333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1322, <8 x float> %1332)
  store <8 x float> %1333, <8 x float>* %6, align 32
  %k.next42 = add i64 %k40, 1
  br label %k.header37

k.exit39:                                         ; preds = %k.header37
  %1334 = add i64 0, %1277
  %1335 = add i64 %793, %1334
  %1336 = getelementptr inbounds float, float* %2, i64 %1335
  %1337 = bitcast float* %1336 to <8 x float>*
  %1338 = load <8 x float>, <8 x float>* %1337, align 4
  %1339 = load <8 x float>, <8 x float>* %9, align 32
  %1340 = add i64 128, %1277
  %1341 = add i64 %793, %1340
  %1342 = getelementptr inbounds float, float* %2, i64 %1341
  %1343 = bitcast float* %1342 to <8 x float>*
  %1344 = load <8 x float>, <8 x float>* %1343, align 4
  %1345 = load <8 x float>, <8 x float>* %8, align 32
  %1346 = add i64 256, %1277
  %1347 = add i64 %793, %1346
  %1348 = getelementptr inbounds float, float* %2, i64 %1347
  %1349 = bitcast float* %1348 to <8 x float>*
  %1350 = load <8 x float>, <8 x float>* %1349, align 4
  %1351 = load <8 x float>, <8 x float>* %7, align 32
  %1352 = add i64 384, %1277
  %1353 = add i64 %793, %1352
  %1354 = getelementptr inbounds float, float* %2, i64 %1353
  %1355 = bitcast float* %1354 to <8 x float>*
  %1356 = load <8 x float>, <8 x float>* %1355, align 4
  %1357 = load <8 x float>, <8 x float>* %6, align 32
  %1358 = getelementptr inbounds float, float* %45, i64 %1277
  %1359 = bitcast float* %1358 to <8 x float>*
  %1360 = load <8 x float>, <8 x float>* %1359, align 4
  %1361 = fadd <8 x float> %1338, %1339
  %1362 = fneg <8 x float> %1361
  %1363 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1362, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1364 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1363, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1364, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1366 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1365)
  %1367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1366, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1364)
  %1368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1366, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1367)
  %1369 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1368, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1369, <8 x float> %1368, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1370, <8 x float> %1368, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1371, <8 x float> %1368, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1372, <8 x float> %1368, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1374 = fmul <8 x float> %1368, %1368
  %1375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1373, <8 x float> %1374, <8 x float> %1368)
  %1376 = fadd <8 x float> %1375, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1377 = fptosi <8 x float> %1366 to <8 x i32>
  %1378 = add <8 x i32> %1377, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1379 = shl <8 x i32> %1378, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1380 = bitcast <8 x i32> %1379 to <8 x float>
  %1381 = fmul <8 x float> %1376, %1380
  %1382 = fcmp uno <8 x float> %1362, %1362
  %1383 = select <8 x i1> %1382, <8 x float> %1362, <8 x float> %1381
  %1384 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1383
  %1385 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1384
  %1386 = fadd <8 x float> %1344, %1345
  %1387 = fneg <8 x float> %1386
  %1388 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1387, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1389 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1388, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1389, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1391 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1390)
  %1392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1391, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1389)
  %1393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1391, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1392)
  %1394 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1393, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1394, <8 x float> %1393, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1395, <8 x float> %1393, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1396, <8 x float> %1393, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1397, <8 x float> %1393, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1399 = fmul <8 x float> %1393, %1393
  %1400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1398, <8 x float> %1399, <8 x float> %1393)
  %1401 = fadd <8 x float> %1400, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1402 = fptosi <8 x float> %1391 to <8 x i32>
  %1403 = add <8 x i32> %1402, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1404 = shl <8 x i32> %1403, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1405 = bitcast <8 x i32> %1404 to <8 x float>
  %1406 = fmul <8 x float> %1401, %1405
  %1407 = fcmp uno <8 x float> %1387, %1387
  %1408 = select <8 x i1> %1407, <8 x float> %1387, <8 x float> %1406
  %1409 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1408
  %1410 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1409
  %1411 = fadd <8 x float> %1350, %1351
  %1412 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1411)
  %1413 = fmul <8 x float> %1411, %1411
  %1414 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1413, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1414, <8 x float> %1413, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1415, <8 x float> %1413, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1416, <8 x float> %1413, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1418 = fmul <8 x float> %1417, %1413
  %1419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1418, <8 x float> %1411, <8 x float> %1411)
  %1420 = fmul <8 x float> %1412, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1421 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1420, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1422 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1421, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1422, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1424 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1423)
  %1425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1424, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1422)
  %1426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1424, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1425)
  %1427 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1426, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1427, <8 x float> %1426, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1428, <8 x float> %1426, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1429, <8 x float> %1426, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1430, <8 x float> %1426, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1432 = fmul <8 x float> %1426, %1426
  %1433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1431, <8 x float> %1432, <8 x float> %1426)
  %1434 = fadd <8 x float> %1433, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1435 = fptosi <8 x float> %1424 to <8 x i32>
  %1436 = add <8 x i32> %1435, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1437 = shl <8 x i32> %1436, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1438 = bitcast <8 x i32> %1437 to <8 x float>
  %1439 = fmul <8 x float> %1434, %1438
  %1440 = fcmp uno <8 x float> %1420, %1420
  %1441 = select <8 x i1> %1440, <8 x float> %1420, <8 x float> %1439
  %1442 = fadd <8 x float> %1441, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1443 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1442
  %1444 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1443
  %1445 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1444, <8 x float> %1411)
  %1446 = fcmp olt <8 x float> %1412, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1447 = select <8 x i1> %1446, <8 x float> %1419, <8 x float> %1445
  %1448 = fmul <8 x float> %1385, %1447
  %1449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1410, <8 x float> %1360, <8 x float> %1448)
  %1450 = getelementptr inbounds float, float* %45, i64 %1277
  %1451 = bitcast float* %1450 to <8 x float>*
  store <8 x float> %1449, <8 x float>* %1451, align 4
  %1452 = fadd <8 x float> %1356, %1357
  %1453 = fneg <8 x float> %1452
  %1454 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1453, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1455 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1454, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1455, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1457 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1456)
  %1458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1457, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1455)
  %1459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1457, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1458)
  %1460 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1459, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1460, <8 x float> %1459, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1461, <8 x float> %1459, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1462, <8 x float> %1459, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1463, <8 x float> %1459, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1465 = fmul <8 x float> %1459, %1459
  %1466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1464, <8 x float> %1465, <8 x float> %1459)
  %1467 = fadd <8 x float> %1466, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1468 = fptosi <8 x float> %1457 to <8 x i32>
  %1469 = add <8 x i32> %1468, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1470 = shl <8 x i32> %1469, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1471 = bitcast <8 x i32> %1470 to <8 x float>
  %1472 = fmul <8 x float> %1467, %1471
  %1473 = fcmp uno <8 x float> %1453, %1453
  %1474 = select <8 x i1> %1473, <8 x float> %1453, <8 x float> %1472
  %1475 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1474
  %1476 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1475
  %1477 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1449)
  %1478 = fmul <8 x float> %1449, %1449
  %1479 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1478, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1479, <8 x float> %1478, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1480, <8 x float> %1478, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1481, <8 x float> %1478, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1483 = fmul <8 x float> %1482, %1478
  %1484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1483, <8 x float> %1449, <8 x float> %1449)
  %1485 = fmul <8 x float> %1477, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1486 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1485, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1487 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1486, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1487, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1489 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1488)
  %1490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1489, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1487)
  %1491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1489, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1490)
  %1492 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1491, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1492, <8 x float> %1491, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1493, <8 x float> %1491, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1494, <8 x float> %1491, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1495, <8 x float> %1491, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1497 = fmul <8 x float> %1491, %1491
  %1498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1496, <8 x float> %1497, <8 x float> %1491)
  %1499 = fadd <8 x float> %1498, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1500 = fptosi <8 x float> %1489 to <8 x i32>
  %1501 = add <8 x i32> %1500, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1502 = shl <8 x i32> %1501, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1503 = bitcast <8 x i32> %1502 to <8 x float>
  %1504 = fmul <8 x float> %1499, %1503
  %1505 = fcmp uno <8 x float> %1485, %1485
  %1506 = select <8 x i1> %1505, <8 x float> %1485, <8 x float> %1504
  %1507 = fadd <8 x float> %1506, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1508 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1507
  %1509 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1508
  %1510 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1509, <8 x float> %1449)
  %1511 = fcmp olt <8 x float> %1477, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1512 = select <8 x i1> %1511, <8 x float> %1484, <8 x float> %1510
  %1513 = fmul <8 x float> %1476, %1512
  %1514 = getelementptr inbounds float, float* %791, i64 %1277
  %1515 = bitcast float* %1514 to <8 x float>*
  store <8 x float> %1513, <8 x float>* %1515, align 4
  br label %endif36

copy.header44:                                    ; preds = %copy.body45, %s.exit22
  %copy47 = phi i64 [ %39, %s.exit22 ], [ %copy.next48, %copy.body45 ]
  %1516 = icmp slt i64 %copy47, %42
  br i1 %1516, label %copy.body45, label %copy.exit46

copy.body45:                                      ; preds = %copy.header44
  %1517 = mul i64 %copy47, 8
  %1518 = getelementptr inbounds float, float* %43, i64 %1517
  %1519 = bitcast float* %1518 to <8 x float>*
  %1520 = load <8 x float>, <8 x float>* %1519, align 4
  %1521 = add i64 0, %1517
  %1522 = getelementptr inbounds float, float* %0, i64 %1521
  %1523 = bitcast float* %1522 to <8 x float>*
  store <8 x float> %1520, <8 x float>* %1523, align 4
  %copy.next48 = add i64 %copy47, 1
  br label %copy.header44

copy.exit46:                                      ; preds = %copy.header44
  br label %endif14
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fabs.v8f32(<8 x float>) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.copysign.v8f32(<8 x float>, <8 x float>) #3

; Function Attrs: noinline nounwind
define internal void @node1.lstm_1.step1(i8* %0) #2 {
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
  call void @node1.lstm_1.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %10 = icmp slt i64 %task, %7
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = srem i64 %task, 1
  %12 = sdiv i64 %task, 1
  %13 = mul i64 %11, 1
  %14 = mul i64 %12, 8
  %15 = mul i64 %12, 1024
  %16 = icmp eq i64 %12, 0
  br i1 %16, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %17 = add i64 %14, 0
  %18 = getelementptr inbounds float, float* %5, i64 %17
  %19 = bitcast float* %18 to <8 x float>*
  %20 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %19, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  store <8 x float> %20, <8 x float>* %9, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %21 = add i64 %14, 0
  %22 = getelementptr inbounds float, float* %5, i64 %21
  %23 = bitcast float* %22 to <8 x float>*
  %24 = load <8 x float>, <8 x float>* %23, align 4
  store <8 x float> %24, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %25 = icmp slt i64 %k, 128
  br i1 %25, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %26 = mul i64 %k, 8
  %27 = add i64 %15, %26
  %28 = add i64 %27, 0
  %29 = getelementptr inbounds float, float* %4, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %13, 0
  %33 = mul i64 %32, 128
  %34 = add i64 %33, %k
  %35 = getelementptr inbounds float, float* %1, i64 %34
  %36 = load float, float* %35, align 4
  %37 = insertelement <8 x float> undef, float %36, i32 0
  %splat = shufflevector <8 x float> %37, <8 x float> undef, <8 x i32> zeroinitializer
  %38 = load <8 x float>, <8 x float>* %9, align 32
  %39 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %31, <8 x float> %38)
  store <8 x float> %39, <8 x float>* %9, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %40 = add i64 %13, 0
  %41 = add i64 %14, 0
  %42 = load <8 x float>, <8 x float>* %9, align 32
  %43 = fneg <8 x float> %42
  %44 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %43, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %45 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %44, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %46 = call <8 x float> @llvm.fma.v8f32(<8 x float> %45, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %47 = call <8 x float> @llvm.floor.v8f32(<8 x float> %46)
  %48 = call <8 x float> @llvm.fma.v8f32(<8 x float> %47, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %45)
  %49 = call <8 x float> @llvm.fma.v8f32(<8 x float> %47, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %48)
  %50 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %49, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %51 = call <8 x float> @llvm.fma.v8f32(<8 x float> %50, <8 x float> %49, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %52 = call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %49, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %52, <8 x float> %49, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> %49, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %55 = fmul <8 x float> %49, %49
  %56 = call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %55, <8 x float> %49)
  %57 = fadd <8 x float> %56, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %58 = fptosi <8 x float> %47 to <8 x i32>
  %59 = add <8 x i32> %58, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %60 = shl <8 x i32> %59, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %61 = bitcast <8 x i32> %60 to <8 x float>
  %62 = fmul <8 x float> %57, %61
  %63 = fcmp uno <8 x float> %43, %43
  %64 = select <8 x i1> %63, <8 x float> %43, <8 x float> %62
  %65 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %64
  %66 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %65
  %67 = mul i64 %40, 1
  %68 = add i64 %67, %41
  %69 = getelementptr inbounds float, float* %0, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %66, <8 x float>* %70, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %71 = icmp slt i64 %k4, 128
  br i1 %71, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %72 = mul i64 %k4, 8
  %73 = add i64 %15, %72
  %74 = add i64 %73, 0
  %75 = getelementptr inbounds float, float* %4, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = add i64 %13, 0
  %79 = mul i64 %78, 128
  %80 = add i64 %79, %k4
  %81 = getelementptr inbounds float, float* %1, i64 %80
  %82 = load float, float* %81, align 4
  %83 = insertelement <8 x float> undef, float %82, i32 0
  %splat5 = shufflevector <8 x float> %83, <8 x float> undef, <8 x i32> zeroinitializer
  %84 = load <8 x float>, <8 x float>* %8, align 32
  %85 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %77, <8 x float> %84)
  store <8 x float> %85, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %86 = add i64 %13, 0
  %87 = add i64 %14, 0
  %88 = load <8 x float>, <8 x float>* %8, align 32
  %89 = fneg <8 x float> %88
  %90 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %89, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %91 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %90, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %92 = call <8 x float> @llvm.fma.v8f32(<8 x float> %91, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %93 = call <8 x float> @llvm.floor.v8f32(<8 x float> %92)
  %94 = call <8 x float> @llvm.fma.v8f32(<8 x float> %93, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %91)
  %95 = call <8 x float> @llvm.fma.v8f32(<8 x float> %93, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %94)
  %96 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %95, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %97 = call <8 x float> @llvm.fma.v8f32(<8 x float> %96, <8 x float> %95, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %98 = call <8 x float> @llvm.fma.v8f32(<8 x float> %97, <8 x float> %95, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %99 = call <8 x float> @llvm.fma.v8f32(<8 x float> %98, <8 x float> %95, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %100 = call <8 x float> @llvm.fma.v8f32(<8 x float> %99, <8 x float> %95, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %101 = fmul <8 x float> %95, %95
  %102 = call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %101, <8 x float> %95)
  %103 = fadd <8 x float> %102, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %104 = fptosi <8 x float> %93 to <8 x i32>
  %105 = add <8 x i32> %104, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %106 = shl <8 x i32> %105, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %107 = bitcast <8 x i32> %106 to <8 x float>
  %108 = fmul <8 x float> %103, %107
  %109 = fcmp uno <8 x float> %89, %89
  %110 = select <8 x i1> %109, <8 x float> %89, <8 x float> %108
  %111 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %110
  %112 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %111
  %113 = mul i64 %86, 1
  %114 = add i64 %113, %87
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %112, <8 x float>* %116, align 4
  br label %endif
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #4

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #5

; Function Attrs: noinline nounwind
define internal void @node2.dense_1.step0(i8* %0) #2 {
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
  %25 = add i64 1, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 1
  %29 = select i1 %28, i64 %27, i64 1
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 1
  %32 = select i1 %31, i64 %30, i64 1
  call void @node2.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: nounwind
define i32 @lstm_sentiment_run(i8** %0, i8** %1, i8* %2) #6 {
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
  %fresh = call i8* @malloc(i64 515647)
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
  %17 = call i32 @lstm_sentiment_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
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
define internal i32 @lstm_sentiment_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #2 {
entry:
  %args = alloca [6 x i8*], align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %1, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = call i32 @omp_get_max_threads()
  %9 = icmp slt i32 %8, 1024
  %10 = select i1 %9, i32 %8, i32 1024
  %11 = bitcast i32* %3 to i8*
  %12 = getelementptr inbounds i8, i8* %2, i64 412672
  %13 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %12, i8** %13, align 8
  %14 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %14, align 8
  %15 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %15, align 8
  %16 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %16, align 8
  %17 = bitcast [6 x i8*]* %args to i8*
  %18 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([10240000 x i8], [10240000 x i8]* @weight.embedding_1.weight, i32 0, i32 0), i8** %18, align 8
  call void @node0.embedding_1.step0(i8* %17)
  %19 = load i32, i32* %3, align 4
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %then, label %endif

then:                                             ; preds = %entry
  ret i32 %19

endif:                                            ; preds = %entry
  %21 = getelementptr inbounds i8, i8* %2, i64 515072
  %22 = getelementptr inbounds i8, i8* %2, i64 412672
  %23 = getelementptr inbounds i8, i8* %2, i64 0
  %24 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %21, i8** %24, align 8
  %25 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %22, i8** %25, align 8
  %26 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %23, i8** %26, align 8
  %27 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %27, align 8
  %28 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.lstm_1.step0, i8* %28, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node1.lstm_1.step1, i8* %28, i32 %10, i32 0)
  %29 = getelementptr inbounds i8, i8* %2, i64 515072
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %29, i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %32, align 8
  %33 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %33, align 8
  %34 = bitcast [6 x i8*]* %args to i8*
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4096 x i8], [4096 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %35, align 8
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4 x i8], [4 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %36, align 8
  call void @node2.dense_1.step0(i8* %34)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @lstm_sentiment_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @lstm_sentiment_workspace_size() #7 {
entry:
  ret i64 515647
}

; Function Attrs: nounwind
define i32 @lstm_sentiment_infer(i8* %0, i8* %1, i8* %2) #7 {
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
  %11 = call i32 @lstm_sentiment_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { argmemonly nofree nounwind willreturn }
attributes #2 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #5 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #6 = { nounwind "target-cpu"="x86-64-v3" }
attributes #7 = { nounwind }
