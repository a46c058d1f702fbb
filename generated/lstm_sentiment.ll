; lstm_sentiment: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
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
@weight.lstm_1.weight_hh_t0 = external constant [262144 x i8], align 64
@weight.dense_1.packed = external constant [4096 x i8], align 64
@weight.dense_1.bias = external constant [4 x i8], align 64
@dlc.model_name = private unnamed_addr constant [15 x i8] c"lstm_sentiment\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
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

declare i8* @malloc(i64)

declare void @free(i8*)

; Function Attrs: alwaysinline nounwind
define internal void @node0.embedding_1.step0.body(float* noalias %0, i64* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = getelementptr inbounds i64, i64* %1, i64 %task
  %8 = load i64, i64* %7, align 8
  %9 = icmp slt i64 %8, 0
  %10 = icmp sge i64 %8, 20000
  %11 = or i1 %9, %10
  br i1 %11, label %then, label %endif

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store i32 3, i32* %3, align 4
  ret void

endif:                                            ; preds = %task.body
  %12 = mul i64 %task, 128
  %13 = getelementptr inbounds float, float* %0, i64 %12
  %14 = mul i64 %8, 128
  %15 = getelementptr inbounds float, float* bitcast ([10240000 x i8]* @weight.embedding_1.weight to float*), i64 %14
  %16 = bitcast float* %13 to i8*
  %17 = bitcast float* %15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %16, i8* align 4 %17, i64 512, i1 false)
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: nounwind
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
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 200, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 200
  %23 = select i1 %22, i64 %21, i64 200
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 200
  %26 = select i1 %25, i64 %24, i64 200
  call void @node0.embedding_1.step0.body(float* %4, i64* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  store <8 x float> %32, <8 x float>* %21, align 32
  store <8 x float> %32, <8 x float>* %20, align 32
  %33 = add i64 %26, 8
  %34 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0 to float*), i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  store <8 x float> %36, <8 x float>* %19, align 32
  store <8 x float> %36, <8 x float>* %18, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %37 = add i64 %26, 0
  %38 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0 to float*), i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  store <8 x float> %40, <8 x float>* %17, align 32
  store <8 x float> %40, <8 x float>* %16, align 32
  store <8 x float> %40, <8 x float>* %15, align 32
  store <8 x float> %40, <8 x float>* %14, align 32
  store <8 x float> %40, <8 x float>* %13, align 32
  store <8 x float> %40, <8 x float>* %12, align 32
  %41 = add i64 %26, 8
  %42 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0 to float*), i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
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

; Function Attrs: nounwind
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
  %53 = alloca <8 x float>, align 32
  %54 = alloca <8 x float>, align 32
  %55 = alloca <8 x float>, align 32
  %56 = alloca <8 x float>, align 32
  %57 = alloca <8 x float>, align 32
  %58 = alloca <8 x float>, align 32
  %59 = alloca <8 x float>, align 32
  %60 = alloca <8 x float>, align 32
  %61 = alloca <8 x float>, align 32
  %62 = alloca <8 x float>, align 32
  %63 = alloca <8 x float>, align 32
  %64 = alloca <8 x float>, align 32
  %65 = alloca <8 x float>, align 32
  %66 = alloca <8 x float>, align 32
  %67 = alloca <8 x float>, align 32
  %68 = alloca <8 x float>, align 32
  %69 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %n.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %n.exit ]
  %70 = icmp slt i64 %task, %5
  br i1 %70, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %s.exit, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %s.exit ]
  %71 = icmp slt i64 %n, 1
  br i1 %71, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %72 = getelementptr inbounds float, float* %2, i64 102912
  %73 = bitcast float* %72 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %73, i8 0, i64 1024, i1 false)
  br label %s.header

n.exit:                                           ; preds = %n.header
  %task.next = add i64 %task, 1
  br label %task.header

s.header:                                         ; preds = %s.exit45, %n.body
  %s = phi i64 [ 0, %n.body ], [ %s.next47, %s.exit45 ]
  %74 = icmp slt i64 %s, 200
  br i1 %74, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %75 = add i64 0, %n
  %76 = mul i64 %75, 200
  %77 = add i64 %76, %s
  %78 = mul i64 %77, 512
  %79 = load <8 x float>, <8 x float>* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to <8 x float>*), align 4
  store <8 x float> %79, <8 x float>* %69, align 32
  %80 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 8) to <8 x float>*), align 4
  store <8 x float> %80, <8 x float>* %68, align 32
  %81 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 16) to <8 x float>*), align 4
  store <8 x float> %81, <8 x float>* %67, align 32
  %82 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 24) to <8 x float>*), align 4
  store <8 x float> %82, <8 x float>* %66, align 32
  %83 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 32) to <8 x float>*), align 4
  store <8 x float> %83, <8 x float>* %65, align 32
  %84 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 40) to <8 x float>*), align 4
  store <8 x float> %84, <8 x float>* %64, align 32
  %85 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 48) to <8 x float>*), align 4
  store <8 x float> %85, <8 x float>* %63, align 32
  %86 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 56) to <8 x float>*), align 4
  store <8 x float> %86, <8 x float>* %62, align 32
  br label %k.header

s.exit:                                           ; preds = %s.header
  %87 = mul i64 %n, 128
  %88 = add i64 %87, 0
  %89 = getelementptr inbounds float, float* %0, i64 %88
  %90 = getelementptr inbounds float, float* %2, i64 102912
  %91 = bitcast float* %89 to i8*
  %92 = bitcast float* %90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %91, i8* align 4 %92, i64 512, i1 false)
  %n.next = add i64 %n, 1
  br label %n.header

k.header:                                         ; preds = %k.body, %s.body
  %k = phi i64 [ 0, %s.body ], [ %k.next, %k.body ]
  %93 = icmp slt i64 %k, 128
  br i1 %93, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %94 = add i64 102912, %k
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = load float, float* %95, align 4
  %97 = insertelement <8 x float> undef, float %96, i32 0
  %splat = shufflevector <8 x float> %97, <8 x float> undef, <8 x i32> zeroinitializer
  %98 = mul i64 %k, 512
  %99 = add i64 %98, 0
  %100 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  %102 = load <8 x float>, <8 x float>* %101, align 4
  %103 = load <8 x float>, <8 x float>* %69, align 32
  %104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %102, <8 x float> %splat, <8 x float> %103)
  store <8 x float> %104, <8 x float>* %69, align 32
  %105 = add i64 %98, 8
  %106 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  %108 = load <8 x float>, <8 x float>* %107, align 4
  %109 = load <8 x float>, <8 x float>* %68, align 32
  %110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %108, <8 x float> %splat, <8 x float> %109)
  store <8 x float> %110, <8 x float>* %68, align 32
  %111 = add i64 %98, 16
  %112 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = load <8 x float>, <8 x float>* %67, align 32
  %116 = call <8 x float> @llvm.fma.v8f32(<8 x float> %114, <8 x float> %splat, <8 x float> %115)
  store <8 x float> %116, <8 x float>* %67, align 32
  %117 = add i64 %98, 24
  %118 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = load <8 x float>, <8 x float>* %66, align 32
  %122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %splat, <8 x float> %121)
  store <8 x float> %122, <8 x float>* %66, align 32
  %123 = add i64 %98, 32
  %124 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = load <8 x float>, <8 x float>* %65, align 32
  %128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %splat, <8 x float> %127)
  store <8 x float> %128, <8 x float>* %65, align 32
  %129 = add i64 %98, 40
  %130 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = load <8 x float>, <8 x float>* %64, align 32
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %132, <8 x float> %splat, <8 x float> %133)
  store <8 x float> %134, <8 x float>* %64, align 32
  %135 = add i64 %98, 48
  %136 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = load <8 x float>, <8 x float>* %63, align 32
  %140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %138, <8 x float> %splat, <8 x float> %139)
  store <8 x float> %140, <8 x float>* %63, align 32
  %141 = add i64 %98, 56
  %142 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %141
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = load <8 x float>, <8 x float>* %62, align 32
  %146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %144, <8 x float> %splat, <8 x float> %145)
  store <8 x float> %146, <8 x float>* %62, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %147 = load <8 x float>, <8 x float>* %69, align 32
  %148 = getelementptr inbounds float, float* %2, i64 102400
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %147, <8 x float>* %149, align 4
  %150 = load <8 x float>, <8 x float>* %68, align 32
  %151 = getelementptr inbounds float, float* %2, i64 102408
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %150, <8 x float>* %152, align 4
  %153 = load <8 x float>, <8 x float>* %67, align 32
  %154 = getelementptr inbounds float, float* %2, i64 102416
  %155 = bitcast float* %154 to <8 x float>*
  store <8 x float> %153, <8 x float>* %155, align 4
  %156 = load <8 x float>, <8 x float>* %66, align 32
  %157 = getelementptr inbounds float, float* %2, i64 102424
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %156, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %65, align 32
  %160 = getelementptr inbounds float, float* %2, i64 102432
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %159, <8 x float>* %161, align 4
  %162 = load <8 x float>, <8 x float>* %64, align 32
  %163 = getelementptr inbounds float, float* %2, i64 102440
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %162, <8 x float>* %164, align 4
  %165 = load <8 x float>, <8 x float>* %63, align 32
  %166 = getelementptr inbounds float, float* %2, i64 102448
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = load <8 x float>, <8 x float>* %62, align 32
  %169 = getelementptr inbounds float, float* %2, i64 102456
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %168, <8 x float>* %170, align 4
  %171 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 64) to <8 x float>*), align 4
  store <8 x float> %171, <8 x float>* %61, align 32
  %172 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 72) to <8 x float>*), align 4
  store <8 x float> %172, <8 x float>* %60, align 32
  %173 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 80) to <8 x float>*), align 4
  store <8 x float> %173, <8 x float>* %59, align 32
  %174 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 88) to <8 x float>*), align 4
  store <8 x float> %174, <8 x float>* %58, align 32
  %175 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 96) to <8 x float>*), align 4
  store <8 x float> %175, <8 x float>* %57, align 32
  %176 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 104) to <8 x float>*), align 4
  store <8 x float> %176, <8 x float>* %56, align 32
  %177 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 112) to <8 x float>*), align 4
  store <8 x float> %177, <8 x float>* %55, align 32
  %178 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %178, <8 x float>* %54, align 32
  br label %k.header1

k.header1:                                        ; preds = %k.body2, %k.exit
  %k4 = phi i64 [ 0, %k.exit ], [ %k.next6, %k.body2 ]
  %179 = icmp slt i64 %k4, 128
  br i1 %179, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %180 = add i64 102912, %k4
  %181 = getelementptr inbounds float, float* %2, i64 %180
  %182 = load float, float* %181, align 4
  %183 = insertelement <8 x float> undef, float %182, i32 0
  %splat5 = shufflevector <8 x float> %183, <8 x float> undef, <8 x i32> zeroinitializer
  %184 = mul i64 %k4, 512
  %185 = add i64 %184, 64
  %186 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = load <8 x float>, <8 x float>* %61, align 32
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %188, <8 x float> %splat5, <8 x float> %189)
  store <8 x float> %190, <8 x float>* %61, align 32
  %191 = add i64 %184, 72
  %192 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  %194 = load <8 x float>, <8 x float>* %193, align 4
  %195 = load <8 x float>, <8 x float>* %60, align 32
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> %splat5, <8 x float> %195)
  store <8 x float> %196, <8 x float>* %60, align 32
  %197 = add i64 %184, 80
  %198 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %197
  %199 = bitcast float* %198 to <8 x float>*
  %200 = load <8 x float>, <8 x float>* %199, align 4
  %201 = load <8 x float>, <8 x float>* %59, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %200, <8 x float> %splat5, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %59, align 32
  %203 = add i64 %184, 88
  %204 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %203
  %205 = bitcast float* %204 to <8 x float>*
  %206 = load <8 x float>, <8 x float>* %205, align 4
  %207 = load <8 x float>, <8 x float>* %58, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %splat5, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %58, align 32
  %209 = add i64 %184, 96
  %210 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  %212 = load <8 x float>, <8 x float>* %211, align 4
  %213 = load <8 x float>, <8 x float>* %57, align 32
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %212, <8 x float> %splat5, <8 x float> %213)
  store <8 x float> %214, <8 x float>* %57, align 32
  %215 = add i64 %184, 104
  %216 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %215
  %217 = bitcast float* %216 to <8 x float>*
  %218 = load <8 x float>, <8 x float>* %217, align 4
  %219 = load <8 x float>, <8 x float>* %56, align 32
  %220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %splat5, <8 x float> %219)
  store <8 x float> %220, <8 x float>* %56, align 32
  %221 = add i64 %184, 112
  %222 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  %224 = load <8 x float>, <8 x float>* %223, align 4
  %225 = load <8 x float>, <8 x float>* %55, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %224, <8 x float> %splat5, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %55, align 32
  %227 = add i64 %184, 120
  %228 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  %230 = load <8 x float>, <8 x float>* %229, align 4
  %231 = load <8 x float>, <8 x float>* %54, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %230, <8 x float> %splat5, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %54, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %233 = load <8 x float>, <8 x float>* %61, align 32
  %234 = getelementptr inbounds float, float* %2, i64 102464
  %235 = bitcast float* %234 to <8 x float>*
  store <8 x float> %233, <8 x float>* %235, align 4
  %236 = load <8 x float>, <8 x float>* %60, align 32
  %237 = getelementptr inbounds float, float* %2, i64 102472
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %236, <8 x float>* %238, align 4
  %239 = load <8 x float>, <8 x float>* %59, align 32
  %240 = getelementptr inbounds float, float* %2, i64 102480
  %241 = bitcast float* %240 to <8 x float>*
  store <8 x float> %239, <8 x float>* %241, align 4
  %242 = load <8 x float>, <8 x float>* %58, align 32
  %243 = getelementptr inbounds float, float* %2, i64 102488
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %242, <8 x float>* %244, align 4
  %245 = load <8 x float>, <8 x float>* %57, align 32
  %246 = getelementptr inbounds float, float* %2, i64 102496
  %247 = bitcast float* %246 to <8 x float>*
  store <8 x float> %245, <8 x float>* %247, align 4
  %248 = load <8 x float>, <8 x float>* %56, align 32
  %249 = getelementptr inbounds float, float* %2, i64 102504
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %248, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %55, align 32
  %252 = getelementptr inbounds float, float* %2, i64 102512
  %253 = bitcast float* %252 to <8 x float>*
  store <8 x float> %251, <8 x float>* %253, align 4
  %254 = load <8 x float>, <8 x float>* %54, align 32
  %255 = getelementptr inbounds float, float* %2, i64 102520
  %256 = bitcast float* %255 to <8 x float>*
  store <8 x float> %254, <8 x float>* %256, align 4
  %257 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 128) to <8 x float>*), align 4
  store <8 x float> %257, <8 x float>* %53, align 32
  %258 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 136) to <8 x float>*), align 4
  store <8 x float> %258, <8 x float>* %52, align 32
  %259 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 144) to <8 x float>*), align 4
  store <8 x float> %259, <8 x float>* %51, align 32
  %260 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 152) to <8 x float>*), align 4
  store <8 x float> %260, <8 x float>* %50, align 32
  %261 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 160) to <8 x float>*), align 4
  store <8 x float> %261, <8 x float>* %49, align 32
  %262 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 168) to <8 x float>*), align 4
  store <8 x float> %262, <8 x float>* %48, align 32
  %263 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 176) to <8 x float>*), align 4
  store <8 x float> %263, <8 x float>* %47, align 32
  %264 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 184) to <8 x float>*), align 4
  store <8 x float> %264, <8 x float>* %46, align 32
  br label %k.header7

k.header7:                                        ; preds = %k.body8, %k.exit3
  %k10 = phi i64 [ 0, %k.exit3 ], [ %k.next12, %k.body8 ]
  %265 = icmp slt i64 %k10, 128
  br i1 %265, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %266 = add i64 102912, %k10
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = load float, float* %267, align 4
  %269 = insertelement <8 x float> undef, float %268, i32 0
  %splat11 = shufflevector <8 x float> %269, <8 x float> undef, <8 x i32> zeroinitializer
  %270 = mul i64 %k10, 512
  %271 = add i64 %270, 128
  %272 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %271
  %273 = bitcast float* %272 to <8 x float>*
  %274 = load <8 x float>, <8 x float>* %273, align 4
  %275 = load <8 x float>, <8 x float>* %53, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %splat11, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %53, align 32
  %277 = add i64 %270, 136
  %278 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %277
  %279 = bitcast float* %278 to <8 x float>*
  %280 = load <8 x float>, <8 x float>* %279, align 4
  %281 = load <8 x float>, <8 x float>* %52, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %280, <8 x float> %splat11, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %52, align 32
  %283 = add i64 %270, 144
  %284 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %283
  %285 = bitcast float* %284 to <8 x float>*
  %286 = load <8 x float>, <8 x float>* %285, align 4
  %287 = load <8 x float>, <8 x float>* %51, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %splat11, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %51, align 32
  %289 = add i64 %270, 152
  %290 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %289
  %291 = bitcast float* %290 to <8 x float>*
  %292 = load <8 x float>, <8 x float>* %291, align 4
  %293 = load <8 x float>, <8 x float>* %50, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> %splat11, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %50, align 32
  %295 = add i64 %270, 160
  %296 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %295
  %297 = bitcast float* %296 to <8 x float>*
  %298 = load <8 x float>, <8 x float>* %297, align 4
  %299 = load <8 x float>, <8 x float>* %49, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %splat11, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %49, align 32
  %301 = add i64 %270, 168
  %302 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %301
  %303 = bitcast float* %302 to <8 x float>*
  %304 = load <8 x float>, <8 x float>* %303, align 4
  %305 = load <8 x float>, <8 x float>* %48, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %splat11, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %48, align 32
  %307 = add i64 %270, 176
  %308 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %307
  %309 = bitcast float* %308 to <8 x float>*
  %310 = load <8 x float>, <8 x float>* %309, align 4
  %311 = load <8 x float>, <8 x float>* %47, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %310, <8 x float> %splat11, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %47, align 32
  %313 = add i64 %270, 184
  %314 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %313
  %315 = bitcast float* %314 to <8 x float>*
  %316 = load <8 x float>, <8 x float>* %315, align 4
  %317 = load <8 x float>, <8 x float>* %46, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> %splat11, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %46, align 32
  %k.next12 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %319 = load <8 x float>, <8 x float>* %53, align 32
  %320 = getelementptr inbounds float, float* %2, i64 102528
  %321 = bitcast float* %320 to <8 x float>*
  store <8 x float> %319, <8 x float>* %321, align 4
  %322 = load <8 x float>, <8 x float>* %52, align 32
  %323 = getelementptr inbounds float, float* %2, i64 102536
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %322, <8 x float>* %324, align 4
  %325 = load <8 x float>, <8 x float>* %51, align 32
  %326 = getelementptr inbounds float, float* %2, i64 102544
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %325, <8 x float>* %327, align 4
  %328 = load <8 x float>, <8 x float>* %50, align 32
  %329 = getelementptr inbounds float, float* %2, i64 102552
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %328, <8 x float>* %330, align 4
  %331 = load <8 x float>, <8 x float>* %49, align 32
  %332 = getelementptr inbounds float, float* %2, i64 102560
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %331, <8 x float>* %333, align 4
  %334 = load <8 x float>, <8 x float>* %48, align 32
  %335 = getelementptr inbounds float, float* %2, i64 102568
  %336 = bitcast float* %335 to <8 x float>*
  store <8 x float> %334, <8 x float>* %336, align 4
  %337 = load <8 x float>, <8 x float>* %47, align 32
  %338 = getelementptr inbounds float, float* %2, i64 102576
  %339 = bitcast float* %338 to <8 x float>*
  store <8 x float> %337, <8 x float>* %339, align 4
  %340 = load <8 x float>, <8 x float>* %46, align 32
  %341 = getelementptr inbounds float, float* %2, i64 102584
  %342 = bitcast float* %341 to <8 x float>*
  store <8 x float> %340, <8 x float>* %342, align 4
  %343 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 192) to <8 x float>*), align 4
  store <8 x float> %343, <8 x float>* %45, align 32
  %344 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 200) to <8 x float>*), align 4
  store <8 x float> %344, <8 x float>* %44, align 32
  %345 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 208) to <8 x float>*), align 4
  store <8 x float> %345, <8 x float>* %43, align 32
  %346 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 216) to <8 x float>*), align 4
  store <8 x float> %346, <8 x float>* %42, align 32
  %347 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 224) to <8 x float>*), align 4
  store <8 x float> %347, <8 x float>* %41, align 32
  %348 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 232) to <8 x float>*), align 4
  store <8 x float> %348, <8 x float>* %40, align 32
  %349 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 240) to <8 x float>*), align 4
  store <8 x float> %349, <8 x float>* %39, align 32
  %350 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 248) to <8 x float>*), align 4
  store <8 x float> %350, <8 x float>* %38, align 32
  br label %k.header13

k.header13:                                       ; preds = %k.body14, %k.exit9
  %k16 = phi i64 [ 0, %k.exit9 ], [ %k.next18, %k.body14 ]
  %351 = icmp slt i64 %k16, 128
  br i1 %351, label %k.body14, label %k.exit15

k.body14:                                         ; preds = %k.header13
  %352 = add i64 102912, %k16
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = load float, float* %353, align 4
  %355 = insertelement <8 x float> undef, float %354, i32 0
  %splat17 = shufflevector <8 x float> %355, <8 x float> undef, <8 x i32> zeroinitializer
  %356 = mul i64 %k16, 512
  %357 = add i64 %356, 192
  %358 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  %360 = load <8 x float>, <8 x float>* %359, align 4
  %361 = load <8 x float>, <8 x float>* %45, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %splat17, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %45, align 32
  %363 = add i64 %356, 200
  %364 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  %366 = load <8 x float>, <8 x float>* %365, align 4
  %367 = load <8 x float>, <8 x float>* %44, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %splat17, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %44, align 32
  %369 = add i64 %356, 208
  %370 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %369
  %371 = bitcast float* %370 to <8 x float>*
  %372 = load <8 x float>, <8 x float>* %371, align 4
  %373 = load <8 x float>, <8 x float>* %43, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %372, <8 x float> %splat17, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %43, align 32
  %375 = add i64 %356, 216
  %376 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %375
  %377 = bitcast float* %376 to <8 x float>*
  %378 = load <8 x float>, <8 x float>* %377, align 4
  %379 = load <8 x float>, <8 x float>* %42, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %378, <8 x float> %splat17, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %42, align 32
  %381 = add i64 %356, 224
  %382 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = load <8 x float>, <8 x float>* %41, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %384, <8 x float> %splat17, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %41, align 32
  %387 = add i64 %356, 232
  %388 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = load <8 x float>, <8 x float>* %40, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %splat17, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %40, align 32
  %393 = add i64 %356, 240
  %394 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %393
  %395 = bitcast float* %394 to <8 x float>*
  %396 = load <8 x float>, <8 x float>* %395, align 4
  %397 = load <8 x float>, <8 x float>* %39, align 32
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %splat17, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %39, align 32
  %399 = add i64 %356, 248
  %400 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %399
  %401 = bitcast float* %400 to <8 x float>*
  %402 = load <8 x float>, <8 x float>* %401, align 4
  %403 = load <8 x float>, <8 x float>* %38, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %402, <8 x float> %splat17, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %38, align 32
  %k.next18 = add i64 %k16, 1
  br label %k.header13

k.exit15:                                         ; preds = %k.header13
  %405 = load <8 x float>, <8 x float>* %45, align 32
  %406 = getelementptr inbounds float, float* %2, i64 102592
  %407 = bitcast float* %406 to <8 x float>*
  store <8 x float> %405, <8 x float>* %407, align 4
  %408 = load <8 x float>, <8 x float>* %44, align 32
  %409 = getelementptr inbounds float, float* %2, i64 102600
  %410 = bitcast float* %409 to <8 x float>*
  store <8 x float> %408, <8 x float>* %410, align 4
  %411 = load <8 x float>, <8 x float>* %43, align 32
  %412 = getelementptr inbounds float, float* %2, i64 102608
  %413 = bitcast float* %412 to <8 x float>*
  store <8 x float> %411, <8 x float>* %413, align 4
  %414 = load <8 x float>, <8 x float>* %42, align 32
  %415 = getelementptr inbounds float, float* %2, i64 102616
  %416 = bitcast float* %415 to <8 x float>*
  store <8 x float> %414, <8 x float>* %416, align 4
  %417 = load <8 x float>, <8 x float>* %41, align 32
  %418 = getelementptr inbounds float, float* %2, i64 102624
  %419 = bitcast float* %418 to <8 x float>*
  store <8 x float> %417, <8 x float>* %419, align 4
  %420 = load <8 x float>, <8 x float>* %40, align 32
  %421 = getelementptr inbounds float, float* %2, i64 102632
  %422 = bitcast float* %421 to <8 x float>*
  store <8 x float> %420, <8 x float>* %422, align 4
  %423 = load <8 x float>, <8 x float>* %39, align 32
  %424 = getelementptr inbounds float, float* %2, i64 102640
  %425 = bitcast float* %424 to <8 x float>*
  store <8 x float> %423, <8 x float>* %425, align 4
  %426 = load <8 x float>, <8 x float>* %38, align 32
  %427 = getelementptr inbounds float, float* %2, i64 102648
  %428 = bitcast float* %427 to <8 x float>*
  store <8 x float> %426, <8 x float>* %428, align 4
  %429 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 256) to <8 x float>*), align 4
  store <8 x float> %429, <8 x float>* %37, align 32
  %430 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 264) to <8 x float>*), align 4
  store <8 x float> %430, <8 x float>* %36, align 32
  %431 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 272) to <8 x float>*), align 4
  store <8 x float> %431, <8 x float>* %35, align 32
  %432 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 280) to <8 x float>*), align 4
  store <8 x float> %432, <8 x float>* %34, align 32
  %433 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 288) to <8 x float>*), align 4
  store <8 x float> %433, <8 x float>* %33, align 32
  %434 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 296) to <8 x float>*), align 4
  store <8 x float> %434, <8 x float>* %32, align 32
  %435 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 304) to <8 x float>*), align 4
  store <8 x float> %435, <8 x float>* %31, align 32
  %436 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 312) to <8 x float>*), align 4
  store <8 x float> %436, <8 x float>* %30, align 32
  br label %k.header19

k.header19:                                       ; preds = %k.body20, %k.exit15
  %k22 = phi i64 [ 0, %k.exit15 ], [ %k.next24, %k.body20 ]
  %437 = icmp slt i64 %k22, 128
  br i1 %437, label %k.body20, label %k.exit21

k.body20:                                         ; preds = %k.header19
  %438 = add i64 102912, %k22
  %439 = getelementptr inbounds float, float* %2, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat23 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = mul i64 %k22, 512
  %443 = add i64 %442, 256
  %444 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  %446 = load <8 x float>, <8 x float>* %445, align 4
  %447 = load <8 x float>, <8 x float>* %37, align 32
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %splat23, <8 x float> %447)
  store <8 x float> %448, <8 x float>* %37, align 32
  %449 = add i64 %442, 264
  %450 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %449
  %451 = bitcast float* %450 to <8 x float>*
  %452 = load <8 x float>, <8 x float>* %451, align 4
  %453 = load <8 x float>, <8 x float>* %36, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %452, <8 x float> %splat23, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %36, align 32
  %455 = add i64 %442, 272
  %456 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %455
  %457 = bitcast float* %456 to <8 x float>*
  %458 = load <8 x float>, <8 x float>* %457, align 4
  %459 = load <8 x float>, <8 x float>* %35, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %splat23, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %35, align 32
  %461 = add i64 %442, 280
  %462 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  %464 = load <8 x float>, <8 x float>* %463, align 4
  %465 = load <8 x float>, <8 x float>* %34, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %464, <8 x float> %splat23, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %34, align 32
  %467 = add i64 %442, 288
  %468 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  %470 = load <8 x float>, <8 x float>* %469, align 4
  %471 = load <8 x float>, <8 x float>* %33, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %470, <8 x float> %splat23, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %33, align 32
  %473 = add i64 %442, 296
  %474 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %473
  %475 = bitcast float* %474 to <8 x float>*
  %476 = load <8 x float>, <8 x float>* %475, align 4
  %477 = load <8 x float>, <8 x float>* %32, align 32
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %476, <8 x float> %splat23, <8 x float> %477)
  store <8 x float> %478, <8 x float>* %32, align 32
  %479 = add i64 %442, 304
  %480 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  %482 = load <8 x float>, <8 x float>* %481, align 4
  %483 = load <8 x float>, <8 x float>* %31, align 32
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %482, <8 x float> %splat23, <8 x float> %483)
  store <8 x float> %484, <8 x float>* %31, align 32
  %485 = add i64 %442, 312
  %486 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %485
  %487 = bitcast float* %486 to <8 x float>*
  %488 = load <8 x float>, <8 x float>* %487, align 4
  %489 = load <8 x float>, <8 x float>* %30, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> %splat23, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %30, align 32
  %k.next24 = add i64 %k22, 1
  br label %k.header19

k.exit21:                                         ; preds = %k.header19
  %491 = load <8 x float>, <8 x float>* %37, align 32
  %492 = getelementptr inbounds float, float* %2, i64 102656
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %491, <8 x float>* %493, align 4
  %494 = load <8 x float>, <8 x float>* %36, align 32
  %495 = getelementptr inbounds float, float* %2, i64 102664
  %496 = bitcast float* %495 to <8 x float>*
  store <8 x float> %494, <8 x float>* %496, align 4
  %497 = load <8 x float>, <8 x float>* %35, align 32
  %498 = getelementptr inbounds float, float* %2, i64 102672
  %499 = bitcast float* %498 to <8 x float>*
  store <8 x float> %497, <8 x float>* %499, align 4
  %500 = load <8 x float>, <8 x float>* %34, align 32
  %501 = getelementptr inbounds float, float* %2, i64 102680
  %502 = bitcast float* %501 to <8 x float>*
  store <8 x float> %500, <8 x float>* %502, align 4
  %503 = load <8 x float>, <8 x float>* %33, align 32
  %504 = getelementptr inbounds float, float* %2, i64 102688
  %505 = bitcast float* %504 to <8 x float>*
  store <8 x float> %503, <8 x float>* %505, align 4
  %506 = load <8 x float>, <8 x float>* %32, align 32
  %507 = getelementptr inbounds float, float* %2, i64 102696
  %508 = bitcast float* %507 to <8 x float>*
  store <8 x float> %506, <8 x float>* %508, align 4
  %509 = load <8 x float>, <8 x float>* %31, align 32
  %510 = getelementptr inbounds float, float* %2, i64 102704
  %511 = bitcast float* %510 to <8 x float>*
  store <8 x float> %509, <8 x float>* %511, align 4
  %512 = load <8 x float>, <8 x float>* %30, align 32
  %513 = getelementptr inbounds float, float* %2, i64 102712
  %514 = bitcast float* %513 to <8 x float>*
  store <8 x float> %512, <8 x float>* %514, align 4
  %515 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 320) to <8 x float>*), align 4
  store <8 x float> %515, <8 x float>* %29, align 32
  %516 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 328) to <8 x float>*), align 4
  store <8 x float> %516, <8 x float>* %28, align 32
  %517 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 336) to <8 x float>*), align 4
  store <8 x float> %517, <8 x float>* %27, align 32
  %518 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 344) to <8 x float>*), align 4
  store <8 x float> %518, <8 x float>* %26, align 32
  %519 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 352) to <8 x float>*), align 4
  store <8 x float> %519, <8 x float>* %25, align 32
  %520 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 360) to <8 x float>*), align 4
  store <8 x float> %520, <8 x float>* %24, align 32
  %521 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 368) to <8 x float>*), align 4
  store <8 x float> %521, <8 x float>* %23, align 32
  %522 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 376) to <8 x float>*), align 4
  store <8 x float> %522, <8 x float>* %22, align 32
  br label %k.header25

k.header25:                                       ; preds = %k.body26, %k.exit21
  %k28 = phi i64 [ 0, %k.exit21 ], [ %k.next30, %k.body26 ]
  %523 = icmp slt i64 %k28, 128
  br i1 %523, label %k.body26, label %k.exit27

k.body26:                                         ; preds = %k.header25
  %524 = add i64 102912, %k28
  %525 = getelementptr inbounds float, float* %2, i64 %524
  %526 = load float, float* %525, align 4
  %527 = insertelement <8 x float> undef, float %526, i32 0
  %splat29 = shufflevector <8 x float> %527, <8 x float> undef, <8 x i32> zeroinitializer
  %528 = mul i64 %k28, 512
  %529 = add i64 %528, 320
  %530 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %529
  %531 = bitcast float* %530 to <8 x float>*
  %532 = load <8 x float>, <8 x float>* %531, align 4
  %533 = load <8 x float>, <8 x float>* %29, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %532, <8 x float> %splat29, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %29, align 32
  %535 = add i64 %528, 328
  %536 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = load <8 x float>, <8 x float>* %28, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %538, <8 x float> %splat29, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %28, align 32
  %541 = add i64 %528, 336
  %542 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %541
  %543 = bitcast float* %542 to <8 x float>*
  %544 = load <8 x float>, <8 x float>* %543, align 4
  %545 = load <8 x float>, <8 x float>* %27, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %544, <8 x float> %splat29, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %27, align 32
  %547 = add i64 %528, 344
  %548 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  %550 = load <8 x float>, <8 x float>* %549, align 4
  %551 = load <8 x float>, <8 x float>* %26, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %550, <8 x float> %splat29, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %26, align 32
  %553 = add i64 %528, 352
  %554 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %553
  %555 = bitcast float* %554 to <8 x float>*
  %556 = load <8 x float>, <8 x float>* %555, align 4
  %557 = load <8 x float>, <8 x float>* %25, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %556, <8 x float> %splat29, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %25, align 32
  %559 = add i64 %528, 360
  %560 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %559
  %561 = bitcast float* %560 to <8 x float>*
  %562 = load <8 x float>, <8 x float>* %561, align 4
  %563 = load <8 x float>, <8 x float>* %24, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %splat29, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %24, align 32
  %565 = add i64 %528, 368
  %566 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %565
  %567 = bitcast float* %566 to <8 x float>*
  %568 = load <8 x float>, <8 x float>* %567, align 4
  %569 = load <8 x float>, <8 x float>* %23, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %568, <8 x float> %splat29, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %23, align 32
  %571 = add i64 %528, 376
  %572 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  %574 = load <8 x float>, <8 x float>* %573, align 4
  %575 = load <8 x float>, <8 x float>* %22, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %574, <8 x float> %splat29, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %22, align 32
  %k.next30 = add i64 %k28, 1
  br label %k.header25

k.exit27:                                         ; preds = %k.header25
  %577 = load <8 x float>, <8 x float>* %29, align 32
  %578 = getelementptr inbounds float, float* %2, i64 102720
  %579 = bitcast float* %578 to <8 x float>*
  store <8 x float> %577, <8 x float>* %579, align 4
  %580 = load <8 x float>, <8 x float>* %28, align 32
  %581 = getelementptr inbounds float, float* %2, i64 102728
  %582 = bitcast float* %581 to <8 x float>*
  store <8 x float> %580, <8 x float>* %582, align 4
  %583 = load <8 x float>, <8 x float>* %27, align 32
  %584 = getelementptr inbounds float, float* %2, i64 102736
  %585 = bitcast float* %584 to <8 x float>*
  store <8 x float> %583, <8 x float>* %585, align 4
  %586 = load <8 x float>, <8 x float>* %26, align 32
  %587 = getelementptr inbounds float, float* %2, i64 102744
  %588 = bitcast float* %587 to <8 x float>*
  store <8 x float> %586, <8 x float>* %588, align 4
  %589 = load <8 x float>, <8 x float>* %25, align 32
  %590 = getelementptr inbounds float, float* %2, i64 102752
  %591 = bitcast float* %590 to <8 x float>*
  store <8 x float> %589, <8 x float>* %591, align 4
  %592 = load <8 x float>, <8 x float>* %24, align 32
  %593 = getelementptr inbounds float, float* %2, i64 102760
  %594 = bitcast float* %593 to <8 x float>*
  store <8 x float> %592, <8 x float>* %594, align 4
  %595 = load <8 x float>, <8 x float>* %23, align 32
  %596 = getelementptr inbounds float, float* %2, i64 102768
  %597 = bitcast float* %596 to <8 x float>*
  store <8 x float> %595, <8 x float>* %597, align 4
  %598 = load <8 x float>, <8 x float>* %22, align 32
  %599 = getelementptr inbounds float, float* %2, i64 102776
  %600 = bitcast float* %599 to <8 x float>*
  store <8 x float> %598, <8 x float>* %600, align 4
  %601 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 384) to <8 x float>*), align 4
  store <8 x float> %601, <8 x float>* %21, align 32
  %602 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 392) to <8 x float>*), align 4
  store <8 x float> %602, <8 x float>* %20, align 32
  %603 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 400) to <8 x float>*), align 4
  store <8 x float> %603, <8 x float>* %19, align 32
  %604 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 408) to <8 x float>*), align 4
  store <8 x float> %604, <8 x float>* %18, align 32
  %605 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 416) to <8 x float>*), align 4
  store <8 x float> %605, <8 x float>* %17, align 32
  %606 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 424) to <8 x float>*), align 4
  store <8 x float> %606, <8 x float>* %16, align 32
  %607 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 432) to <8 x float>*), align 4
  store <8 x float> %607, <8 x float>* %15, align 32
  %608 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 440) to <8 x float>*), align 4
  store <8 x float> %608, <8 x float>* %14, align 32
  br label %k.header31

k.header31:                                       ; preds = %k.body32, %k.exit27
  %k34 = phi i64 [ 0, %k.exit27 ], [ %k.next36, %k.body32 ]
  %609 = icmp slt i64 %k34, 128
  br i1 %609, label %k.body32, label %k.exit33

k.body32:                                         ; preds = %k.header31
  %610 = add i64 102912, %k34
  %611 = getelementptr inbounds float, float* %2, i64 %610
  %612 = load float, float* %611, align 4
  %613 = insertelement <8 x float> undef, float %612, i32 0
  %splat35 = shufflevector <8 x float> %613, <8 x float> undef, <8 x i32> zeroinitializer
  %614 = mul i64 %k34, 512
  %615 = add i64 %614, 384
  %616 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %615
  %617 = bitcast float* %616 to <8 x float>*
  %618 = load <8 x float>, <8 x float>* %617, align 4
  %619 = load <8 x float>, <8 x float>* %21, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %618, <8 x float> %splat35, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %21, align 32
  %621 = add i64 %614, 392
  %622 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %621
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = load <8 x float>, <8 x float>* %20, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %624, <8 x float> %splat35, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %20, align 32
  %627 = add i64 %614, 400
  %628 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %627
  %629 = bitcast float* %628 to <8 x float>*
  %630 = load <8 x float>, <8 x float>* %629, align 4
  %631 = load <8 x float>, <8 x float>* %19, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %630, <8 x float> %splat35, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %19, align 32
  %633 = add i64 %614, 408
  %634 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = load <8 x float>, <8 x float>* %18, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %636, <8 x float> %splat35, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %18, align 32
  %639 = add i64 %614, 416
  %640 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %639
  %641 = bitcast float* %640 to <8 x float>*
  %642 = load <8 x float>, <8 x float>* %641, align 4
  %643 = load <8 x float>, <8 x float>* %17, align 32
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %642, <8 x float> %splat35, <8 x float> %643)
  store <8 x float> %644, <8 x float>* %17, align 32
  %645 = add i64 %614, 424
  %646 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %645
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = load <8 x float>, <8 x float>* %16, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %648, <8 x float> %splat35, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %16, align 32
  %651 = add i64 %614, 432
  %652 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %651
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = load <8 x float>, <8 x float>* %15, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %654, <8 x float> %splat35, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %15, align 32
  %657 = add i64 %614, 440
  %658 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %657
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = load <8 x float>, <8 x float>* %14, align 32
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %660, <8 x float> %splat35, <8 x float> %661)
  store <8 x float> %662, <8 x float>* %14, align 32
  %k.next36 = add i64 %k34, 1
  br label %k.header31

k.exit33:                                         ; preds = %k.header31
  %663 = load <8 x float>, <8 x float>* %21, align 32
  %664 = getelementptr inbounds float, float* %2, i64 102784
  %665 = bitcast float* %664 to <8 x float>*
  store <8 x float> %663, <8 x float>* %665, align 4
  %666 = load <8 x float>, <8 x float>* %20, align 32
  %667 = getelementptr inbounds float, float* %2, i64 102792
  %668 = bitcast float* %667 to <8 x float>*
  store <8 x float> %666, <8 x float>* %668, align 4
  %669 = load <8 x float>, <8 x float>* %19, align 32
  %670 = getelementptr inbounds float, float* %2, i64 102800
  %671 = bitcast float* %670 to <8 x float>*
  store <8 x float> %669, <8 x float>* %671, align 4
  %672 = load <8 x float>, <8 x float>* %18, align 32
  %673 = getelementptr inbounds float, float* %2, i64 102808
  %674 = bitcast float* %673 to <8 x float>*
  store <8 x float> %672, <8 x float>* %674, align 4
  %675 = load <8 x float>, <8 x float>* %17, align 32
  %676 = getelementptr inbounds float, float* %2, i64 102816
  %677 = bitcast float* %676 to <8 x float>*
  store <8 x float> %675, <8 x float>* %677, align 4
  %678 = load <8 x float>, <8 x float>* %16, align 32
  %679 = getelementptr inbounds float, float* %2, i64 102824
  %680 = bitcast float* %679 to <8 x float>*
  store <8 x float> %678, <8 x float>* %680, align 4
  %681 = load <8 x float>, <8 x float>* %15, align 32
  %682 = getelementptr inbounds float, float* %2, i64 102832
  %683 = bitcast float* %682 to <8 x float>*
  store <8 x float> %681, <8 x float>* %683, align 4
  %684 = load <8 x float>, <8 x float>* %14, align 32
  %685 = getelementptr inbounds float, float* %2, i64 102840
  %686 = bitcast float* %685 to <8 x float>*
  store <8 x float> %684, <8 x float>* %686, align 4
  %687 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 448) to <8 x float>*), align 4
  store <8 x float> %687, <8 x float>* %13, align 32
  %688 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 456) to <8 x float>*), align 4
  store <8 x float> %688, <8 x float>* %12, align 32
  %689 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 464) to <8 x float>*), align 4
  store <8 x float> %689, <8 x float>* %11, align 32
  %690 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 472) to <8 x float>*), align 4
  store <8 x float> %690, <8 x float>* %10, align 32
  %691 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 480) to <8 x float>*), align 4
  store <8 x float> %691, <8 x float>* %9, align 32
  %692 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 488) to <8 x float>*), align 4
  store <8 x float> %692, <8 x float>* %8, align 32
  %693 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 496) to <8 x float>*), align 4
  store <8 x float> %693, <8 x float>* %7, align 32
  %694 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 504) to <8 x float>*), align 4
  store <8 x float> %694, <8 x float>* %6, align 32
  br label %k.header37

k.header37:                                       ; preds = %k.body38, %k.exit33
  %k40 = phi i64 [ 0, %k.exit33 ], [ %k.next42, %k.body38 ]
  %695 = icmp slt i64 %k40, 128
  br i1 %695, label %k.body38, label %k.exit39

k.body38:                                         ; preds = %k.header37
  %696 = add i64 102912, %k40
  %697 = getelementptr inbounds float, float* %2, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat41 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = mul i64 %k40, 512
  %701 = add i64 %700, 448
  %702 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %701
  %703 = bitcast float* %702 to <8 x float>*
  %704 = load <8 x float>, <8 x float>* %703, align 4
  %705 = load <8 x float>, <8 x float>* %13, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> %splat41, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %13, align 32
  %707 = add i64 %700, 456
  %708 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %707
  %709 = bitcast float* %708 to <8 x float>*
  %710 = load <8 x float>, <8 x float>* %709, align 4
  %711 = load <8 x float>, <8 x float>* %12, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %710, <8 x float> %splat41, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %12, align 32
  %713 = add i64 %700, 464
  %714 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %713
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = load <8 x float>, <8 x float>* %11, align 32
  %718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %716, <8 x float> %splat41, <8 x float> %717)
  store <8 x float> %718, <8 x float>* %11, align 32
  %719 = add i64 %700, 472
  %720 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %719
  %721 = bitcast float* %720 to <8 x float>*
  %722 = load <8 x float>, <8 x float>* %721, align 4
  %723 = load <8 x float>, <8 x float>* %10, align 32
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %722, <8 x float> %splat41, <8 x float> %723)
  store <8 x float> %724, <8 x float>* %10, align 32
  %725 = add i64 %700, 480
  %726 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %725
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = load <8 x float>, <8 x float>* %9, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %728, <8 x float> %splat41, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %9, align 32
  %731 = add i64 %700, 488
  %732 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %731
  %733 = bitcast float* %732 to <8 x float>*
  %734 = load <8 x float>, <8 x float>* %733, align 4
  %735 = load <8 x float>, <8 x float>* %8, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %734, <8 x float> %splat41, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %8, align 32
  %737 = add i64 %700, 496
  %738 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %737
  %739 = bitcast float* %738 to <8 x float>*
  %740 = load <8 x float>, <8 x float>* %739, align 4
  %741 = load <8 x float>, <8 x float>* %7, align 32
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> %splat41, <8 x float> %741)
  store <8 x float> %742, <8 x float>* %7, align 32
  %743 = add i64 %700, 504
  %744 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %743
  %745 = bitcast float* %744 to <8 x float>*
  %746 = load <8 x float>, <8 x float>* %745, align 4
  %747 = load <8 x float>, <8 x float>* %6, align 32
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> %splat41, <8 x float> %747)
  store <8 x float> %748, <8 x float>* %6, align 32
  %k.next42 = add i64 %k40, 1
  br label %k.header37

k.exit39:                                         ; preds = %k.header37
  %749 = load <8 x float>, <8 x float>* %13, align 32
  %750 = getelementptr inbounds float, float* %2, i64 102848
  %751 = bitcast float* %750 to <8 x float>*
  store <8 x float> %749, <8 x float>* %751, align 4
  %752 = load <8 x float>, <8 x float>* %12, align 32
  %753 = getelementptr inbounds float, float* %2, i64 102856
  %754 = bitcast float* %753 to <8 x float>*
  store <8 x float> %752, <8 x float>* %754, align 4
  %755 = load <8 x float>, <8 x float>* %11, align 32
  %756 = getelementptr inbounds float, float* %2, i64 102864
  %757 = bitcast float* %756 to <8 x float>*
  store <8 x float> %755, <8 x float>* %757, align 4
  %758 = load <8 x float>, <8 x float>* %10, align 32
  %759 = getelementptr inbounds float, float* %2, i64 102872
  %760 = bitcast float* %759 to <8 x float>*
  store <8 x float> %758, <8 x float>* %760, align 4
  %761 = load <8 x float>, <8 x float>* %9, align 32
  %762 = getelementptr inbounds float, float* %2, i64 102880
  %763 = bitcast float* %762 to <8 x float>*
  store <8 x float> %761, <8 x float>* %763, align 4
  %764 = load <8 x float>, <8 x float>* %8, align 32
  %765 = getelementptr inbounds float, float* %2, i64 102888
  %766 = bitcast float* %765 to <8 x float>*
  store <8 x float> %764, <8 x float>* %766, align 4
  %767 = load <8 x float>, <8 x float>* %7, align 32
  %768 = getelementptr inbounds float, float* %2, i64 102896
  %769 = bitcast float* %768 to <8 x float>*
  store <8 x float> %767, <8 x float>* %769, align 4
  %770 = load <8 x float>, <8 x float>* %6, align 32
  %771 = getelementptr inbounds float, float* %2, i64 102904
  %772 = bitcast float* %771 to <8 x float>*
  store <8 x float> %770, <8 x float>* %772, align 4
  br label %v.header

v.header:                                         ; preds = %v.body, %k.exit39
  %v = phi i64 [ 0, %k.exit39 ], [ %v.next, %v.body ]
  %773 = icmp slt i64 %v, 128
  br i1 %773, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %774 = add i64 102912, %v
  %775 = add i64 0, %v
  %776 = add i64 %78, %775
  %777 = getelementptr inbounds float, float* %2, i64 %776
  %778 = bitcast float* %777 to <8 x float>*
  %779 = load <8 x float>, <8 x float>* %778, align 4
  %780 = add i64 102400, %775
  %781 = getelementptr inbounds float, float* %2, i64 %780
  %782 = bitcast float* %781 to <8 x float>*
  %783 = load <8 x float>, <8 x float>* %782, align 4
  %784 = add i64 128, %v
  %785 = add i64 %78, %784
  %786 = getelementptr inbounds float, float* %2, i64 %785
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = add i64 102400, %784
  %790 = getelementptr inbounds float, float* %2, i64 %789
  %791 = bitcast float* %790 to <8 x float>*
  %792 = load <8 x float>, <8 x float>* %791, align 4
  %793 = add i64 256, %v
  %794 = add i64 %78, %793
  %795 = getelementptr inbounds float, float* %2, i64 %794
  %796 = bitcast float* %795 to <8 x float>*
  %797 = load <8 x float>, <8 x float>* %796, align 4
  %798 = add i64 102400, %793
  %799 = getelementptr inbounds float, float* %2, i64 %798
  %800 = bitcast float* %799 to <8 x float>*
  %801 = load <8 x float>, <8 x float>* %800, align 4
  %802 = add i64 384, %v
  %803 = add i64 %78, %802
  %804 = getelementptr inbounds float, float* %2, i64 %803
  %805 = bitcast float* %804 to <8 x float>*
  %806 = load <8 x float>, <8 x float>* %805, align 4
  %807 = add i64 102400, %802
  %808 = getelementptr inbounds float, float* %2, i64 %807
  %809 = bitcast float* %808 to <8 x float>*
  %810 = load <8 x float>, <8 x float>* %809, align 4
  %811 = add i64 103040, %v
  %812 = fadd <8 x float> %788, %792
  %813 = fneg <8 x float> %812
  %814 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %813, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %815 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %814, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %815, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %817 = call <8 x float> @llvm.floor.v8f32(<8 x float> %816)
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %817, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %815)
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %817, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %818)
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %819, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %820, <8 x float> %819, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %819, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %822, <8 x float> %819, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %823, <8 x float> %819, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %825 = fmul <8 x float> %819, %819
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %824, <8 x float> %825, <8 x float> %819)
  %827 = fadd <8 x float> %826, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %828 = fptosi <8 x float> %817 to <8 x i32>
  %829 = add <8 x i32> %828, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %830 = shl <8 x i32> %829, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %831 = bitcast <8 x i32> %830 to <8 x float>
  %832 = fmul <8 x float> %827, %831
  %833 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %832
  %834 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %833
  %835 = getelementptr inbounds float, float* %2, i64 %811
  %836 = bitcast float* %835 to <8 x float>*
  %837 = load <8 x float>, <8 x float>* %836, align 4
  %838 = fadd <8 x float> %779, %783
  %839 = fneg <8 x float> %838
  %840 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %839, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %841 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %840, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %841, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %843 = call <8 x float> @llvm.floor.v8f32(<8 x float> %842)
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %843, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %841)
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %843, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %844)
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %845, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %846, <8 x float> %845, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %847, <8 x float> %845, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %848, <8 x float> %845, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %849, <8 x float> %845, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %851 = fmul <8 x float> %845, %845
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %850, <8 x float> %851, <8 x float> %845)
  %853 = fadd <8 x float> %852, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %854 = fptosi <8 x float> %843 to <8 x i32>
  %855 = add <8 x i32> %854, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %856 = shl <8 x i32> %855, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %857 = bitcast <8 x i32> %856 to <8 x float>
  %858 = fmul <8 x float> %853, %857
  %859 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %858
  %860 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %859
  %861 = fadd <8 x float> %797, %801
  %862 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %861)
  %863 = fmul <8 x float> %861, %861
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %863, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %864, <8 x float> %863, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %865, <8 x float> %863, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %866, <8 x float> %863, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %868 = fmul <8 x float> %867, %863
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %868, <8 x float> %861, <8 x float> %861)
  %870 = fmul <8 x float> %862, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %871 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %870, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %872 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %871, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %874 = call <8 x float> @llvm.floor.v8f32(<8 x float> %873)
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %874, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %872)
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %874, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %875)
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %876, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %878 = call <8 x float> @llvm.fma.v8f32(<8 x float> %877, <8 x float> %876, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %878, <8 x float> %876, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %876, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %881 = call <8 x float> @llvm.fma.v8f32(<8 x float> %880, <8 x float> %876, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %882 = fmul <8 x float> %876, %876
  %883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %881, <8 x float> %882, <8 x float> %876)
  %884 = fadd <8 x float> %883, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %885 = fptosi <8 x float> %874 to <8 x i32>
  %886 = add <8 x i32> %885, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %887 = shl <8 x i32> %886, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %888 = bitcast <8 x i32> %887 to <8 x float>
  %889 = fmul <8 x float> %884, %888
  %890 = fadd <8 x float> %889, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %891 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %890
  %892 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %891
  %893 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %892, <8 x float> %861)
  %894 = fcmp olt <8 x float> %862, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %895 = select <8 x i1> %894, <8 x float> %869, <8 x float> %893
  %896 = fmul <8 x float> %860, %895
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %834, <8 x float> %837, <8 x float> %896)
  %898 = getelementptr inbounds float, float* %2, i64 %811
  %899 = bitcast float* %898 to <8 x float>*
  store <8 x float> %897, <8 x float>* %899, align 4
  %900 = fadd <8 x float> %806, %810
  %901 = fneg <8 x float> %900
  %902 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %901, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %903 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %902, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %903, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %905 = call <8 x float> @llvm.floor.v8f32(<8 x float> %904)
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %905, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %903)
  %907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %905, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %906)
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %907, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %908, <8 x float> %907, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %909, <8 x float> %907, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %910, <8 x float> %907, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %911, <8 x float> %907, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %913 = fmul <8 x float> %907, %907
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> %913, <8 x float> %907)
  %915 = fadd <8 x float> %914, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %916 = fptosi <8 x float> %905 to <8 x i32>
  %917 = add <8 x i32> %916, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %918 = shl <8 x i32> %917, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %919 = bitcast <8 x i32> %918 to <8 x float>
  %920 = fmul <8 x float> %915, %919
  %921 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %920
  %922 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %921
  %923 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %897)
  %924 = fmul <8 x float> %897, %897
  %925 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %924, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %925, <8 x float> %924, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> %924, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %927, <8 x float> %924, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %929 = fmul <8 x float> %928, %924
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %929, <8 x float> %897, <8 x float> %897)
  %931 = fmul <8 x float> %923, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %932 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %931, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %933 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %932, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %933, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %935 = call <8 x float> @llvm.floor.v8f32(<8 x float> %934)
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %935, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %933)
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %935, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %936)
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %937, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %938, <8 x float> %937, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %939, <8 x float> %937, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %940, <8 x float> %937, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %941, <8 x float> %937, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %943 = fmul <8 x float> %937, %937
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %942, <8 x float> %943, <8 x float> %937)
  %945 = fadd <8 x float> %944, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %946 = fptosi <8 x float> %935 to <8 x i32>
  %947 = add <8 x i32> %946, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %948 = shl <8 x i32> %947, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %949 = bitcast <8 x i32> %948 to <8 x float>
  %950 = fmul <8 x float> %945, %949
  %951 = fadd <8 x float> %950, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %952 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %951
  %953 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %952
  %954 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %953, <8 x float> %897)
  %955 = fcmp olt <8 x float> %923, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %956 = select <8 x i1> %955, <8 x float> %930, <8 x float> %954
  %957 = fmul <8 x float> %922, %956
  %958 = getelementptr inbounds float, float* %2, i64 %774
  %959 = bitcast float* %958 to <8 x float>*
  store <8 x float> %957, <8 x float>* %959, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header43

s.header43:                                       ; preds = %s.body44, %v.exit
  %s46 = phi i64 [ 128, %v.exit ], [ %s.next, %s.body44 ]
  %960 = icmp slt i64 %s46, 128
  br i1 %960, label %s.body44, label %s.exit45

s.body44:                                         ; preds = %s.header43
  %961 = add i64 102912, %s46
  %962 = add i64 0, %s46
  %963 = add i64 %78, %962
  %964 = getelementptr inbounds float, float* %2, i64 %963
  %965 = load float, float* %964, align 4
  %966 = add i64 102400, %962
  %967 = getelementptr inbounds float, float* %2, i64 %966
  %968 = load float, float* %967, align 4
  %969 = add i64 128, %s46
  %970 = add i64 %78, %969
  %971 = getelementptr inbounds float, float* %2, i64 %970
  %972 = load float, float* %971, align 4
  %973 = add i64 102400, %969
  %974 = getelementptr inbounds float, float* %2, i64 %973
  %975 = load float, float* %974, align 4
  %976 = add i64 256, %s46
  %977 = add i64 %78, %976
  %978 = getelementptr inbounds float, float* %2, i64 %977
  %979 = load float, float* %978, align 4
  %980 = add i64 102400, %976
  %981 = getelementptr inbounds float, float* %2, i64 %980
  %982 = load float, float* %981, align 4
  %983 = add i64 384, %s46
  %984 = add i64 %78, %983
  %985 = getelementptr inbounds float, float* %2, i64 %984
  %986 = load float, float* %985, align 4
  %987 = add i64 102400, %983
  %988 = getelementptr inbounds float, float* %2, i64 %987
  %989 = load float, float* %988, align 4
  %990 = add i64 103040, %s46
  %991 = fadd float %972, %975
  %992 = fneg float %991
  %993 = call float @llvm.maxnum.f32(float %992, float 0xC055D33340000000)
  %994 = call float @llvm.minnum.f32(float %993, float 0x40562CCCC0000000)
  %995 = call float @llvm.fma.f32(float %994, float 0x3FF7154760000000, float 5.000000e-01)
  %996 = call float @llvm.floor.f32(float %995)
  %997 = call float @llvm.fma.f32(float %996, float 0xBFE6300000000000, float %994)
  %998 = call float @llvm.fma.f32(float %996, float 0x3F2BD01060000000, float %997)
  %999 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %998, float 0x3F56E879C0000000)
  %1000 = call float @llvm.fma.f32(float %999, float %998, float 0x3F81112100000000)
  %1001 = call float @llvm.fma.f32(float %1000, float %998, float 0x3FA5553820000000)
  %1002 = call float @llvm.fma.f32(float %1001, float %998, float 0x3FC5555540000000)
  %1003 = call float @llvm.fma.f32(float %1002, float %998, float 5.000000e-01)
  %1004 = fmul float %998, %998
  %1005 = call float @llvm.fma.f32(float %1003, float %1004, float %998)
  %1006 = fadd float %1005, 1.000000e+00
  %1007 = fptosi float %996 to i32
  %1008 = add i32 %1007, 127
  %1009 = shl i32 %1008, 23
  %1010 = bitcast i32 %1009 to float
  %1011 = fmul float %1006, %1010
  %1012 = fadd float 1.000000e+00, %1011
  %1013 = fdiv float 1.000000e+00, %1012
  %1014 = getelementptr inbounds float, float* %2, i64 %990
  %1015 = load float, float* %1014, align 4
  %1016 = fadd float %965, %968
  %1017 = fneg float %1016
  %1018 = call float @llvm.maxnum.f32(float %1017, float 0xC055D33340000000)
  %1019 = call float @llvm.minnum.f32(float %1018, float 0x40562CCCC0000000)
  %1020 = call float @llvm.fma.f32(float %1019, float 0x3FF7154760000000, float 5.000000e-01)
  %1021 = call float @llvm.floor.f32(float %1020)
  %1022 = call float @llvm.fma.f32(float %1021, float 0xBFE6300000000000, float %1019)
  %1023 = call float @llvm.fma.f32(float %1021, float 0x3F2BD01060000000, float %1022)
  %1024 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %1023, float 0x3F56E879C0000000)
  %1025 = call float @llvm.fma.f32(float %1024, float %1023, float 0x3F81112100000000)
  %1026 = call float @llvm.fma.f32(float %1025, float %1023, float 0x3FA5553820000000)
  %1027 = call float @llvm.fma.f32(float %1026, float %1023, float 0x3FC5555540000000)
  %1028 = call float @llvm.fma.f32(float %1027, float %1023, float 5.000000e-01)
  %1029 = fmul float %1023, %1023
  %1030 = call float @llvm.fma.f32(float %1028, float %1029, float %1023)
  %1031 = fadd float %1030, 1.000000e+00
  %1032 = fptosi float %1021 to i32
  %1033 = add i32 %1032, 127
  %1034 = shl i32 %1033, 23
  %1035 = bitcast i32 %1034 to float
  %1036 = fmul float %1031, %1035
  %1037 = fadd float 1.000000e+00, %1036
  %1038 = fdiv float 1.000000e+00, %1037
  %1039 = fadd float %979, %982
  %1040 = call float @llvm.fabs.f32(float %1039)
  %1041 = fmul float %1039, %1039
  %1042 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %1041, float 0x3F952269C0000000)
  %1043 = call float @llvm.fma.f32(float %1042, float %1041, float 0xBFAB83C5A0000000)
  %1044 = call float @llvm.fma.f32(float %1043, float %1041, float 0x3FC1107260000000)
  %1045 = call float @llvm.fma.f32(float %1044, float %1041, float 0xBFD5555320000000)
  %1046 = fmul float %1045, %1041
  %1047 = call float @llvm.fma.f32(float %1046, float %1039, float %1039)
  %1048 = fmul float %1040, 2.000000e+00
  %1049 = call float @llvm.maxnum.f32(float %1048, float 0xC055D33340000000)
  %1050 = call float @llvm.minnum.f32(float %1049, float 0x40562CCCC0000000)
  %1051 = call float @llvm.fma.f32(float %1050, float 0x3FF7154760000000, float 5.000000e-01)
  %1052 = call float @llvm.floor.f32(float %1051)
  %1053 = call float @llvm.fma.f32(float %1052, float 0xBFE6300000000000, float %1050)
  %1054 = call float @llvm.fma.f32(float %1052, float 0x3F2BD01060000000, float %1053)
  %1055 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %1054, float 0x3F56E879C0000000)
  %1056 = call float @llvm.fma.f32(float %1055, float %1054, float 0x3F81112100000000)
  %1057 = call float @llvm.fma.f32(float %1056, float %1054, float 0x3FA5553820000000)
  %1058 = call float @llvm.fma.f32(float %1057, float %1054, float 0x3FC5555540000000)
  %1059 = call float @llvm.fma.f32(float %1058, float %1054, float 5.000000e-01)
  %1060 = fmul float %1054, %1054
  %1061 = call float @llvm.fma.f32(float %1059, float %1060, float %1054)
  %1062 = fadd float %1061, 1.000000e+00
  %1063 = fptosi float %1052 to i32
  %1064 = add i32 %1063, 127
  %1065 = shl i32 %1064, 23
  %1066 = bitcast i32 %1065 to float
  %1067 = fmul float %1062, %1066
  %1068 = fadd float %1067, 1.000000e+00
  %1069 = fdiv float 2.000000e+00, %1068
  %1070 = fsub float 1.000000e+00, %1069
  %1071 = call float @llvm.copysign.f32(float %1070, float %1039)
  %1072 = fcmp olt float %1040, 6.250000e-01
  %1073 = select i1 %1072, float %1047, float %1071
  %1074 = fmul float %1038, %1073
  %1075 = call float @llvm.fma.f32(float %1013, float %1015, float %1074)
  %1076 = getelementptr inbounds float, float* %2, i64 %990
  store float %1075, float* %1076, align 4
  %1077 = fadd float %986, %989
  %1078 = fneg float %1077
  %1079 = call float @llvm.maxnum.f32(float %1078, float 0xC055D33340000000)
  %1080 = call float @llvm.minnum.f32(float %1079, float 0x40562CCCC0000000)
  %1081 = call float @llvm.fma.f32(float %1080, float 0x3FF7154760000000, float 5.000000e-01)
  %1082 = call float @llvm.floor.f32(float %1081)
  %1083 = call float @llvm.fma.f32(float %1082, float 0xBFE6300000000000, float %1080)
  %1084 = call float @llvm.fma.f32(float %1082, float 0x3F2BD01060000000, float %1083)
  %1085 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %1084, float 0x3F56E879C0000000)
  %1086 = call float @llvm.fma.f32(float %1085, float %1084, float 0x3F81112100000000)
  %1087 = call float @llvm.fma.f32(float %1086, float %1084, float 0x3FA5553820000000)
  %1088 = call float @llvm.fma.f32(float %1087, float %1084, float 0x3FC5555540000000)
  %1089 = call float @llvm.fma.f32(float %1088, float %1084, float 5.000000e-01)
  %1090 = fmul float %1084, %1084
  %1091 = call float @llvm.fma.f32(float %1089, float %1090, float %1084)
  %1092 = fadd float %1091, 1.000000e+00
  %1093 = fptosi float %1082 to i32
  %1094 = add i32 %1093, 127
  %1095 = shl i32 %1094, 23
  %1096 = bitcast i32 %1095 to float
  %1097 = fmul float %1092, %1096
  %1098 = fadd float 1.000000e+00, %1097
  %1099 = fdiv float 1.000000e+00, %1098
  %1100 = call float @llvm.fabs.f32(float %1075)
  %1101 = fmul float %1075, %1075
  %1102 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %1101, float 0x3F952269C0000000)
  %1103 = call float @llvm.fma.f32(float %1102, float %1101, float 0xBFAB83C5A0000000)
  %1104 = call float @llvm.fma.f32(float %1103, float %1101, float 0x3FC1107260000000)
  %1105 = call float @llvm.fma.f32(float %1104, float %1101, float 0xBFD5555320000000)
  %1106 = fmul float %1105, %1101
  %1107 = call float @llvm.fma.f32(float %1106, float %1075, float %1075)
  %1108 = fmul float %1100, 2.000000e+00
  %1109 = call float @llvm.maxnum.f32(float %1108, float 0xC055D33340000000)
  %1110 = call float @llvm.minnum.f32(float %1109, float 0x40562CCCC0000000)
  %1111 = call float @llvm.fma.f32(float %1110, float 0x3FF7154760000000, float 5.000000e-01)
  %1112 = call float @llvm.floor.f32(float %1111)
  %1113 = call float @llvm.fma.f32(float %1112, float 0xBFE6300000000000, float %1110)
  %1114 = call float @llvm.fma.f32(float %1112, float 0x3F2BD01060000000, float %1113)
  %1115 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %1114, float 0x3F56E879C0000000)
  %1116 = call float @llvm.fma.f32(float %1115, float %1114, float 0x3F81112100000000)
  %1117 = call float @llvm.fma.f32(float %1116, float %1114, float 0x3FA5553820000000)
  %1118 = call float @llvm.fma.f32(float %1117, float %1114, float 0x3FC5555540000000)
  %1119 = call float @llvm.fma.f32(float %1118, float %1114, float 5.000000e-01)
  %1120 = fmul float %1114, %1114
  %1121 = call float @llvm.fma.f32(float %1119, float %1120, float %1114)
  %1122 = fadd float %1121, 1.000000e+00
  %1123 = fptosi float %1112 to i32
  %1124 = add i32 %1123, 127
  %1125 = shl i32 %1124, 23
  %1126 = bitcast i32 %1125 to float
  %1127 = fmul float %1122, %1126
  %1128 = fadd float %1127, 1.000000e+00
  %1129 = fdiv float 2.000000e+00, %1128
  %1130 = fsub float 1.000000e+00, %1129
  %1131 = call float @llvm.copysign.f32(float %1130, float %1075)
  %1132 = fcmp olt float %1100, 6.250000e-01
  %1133 = select i1 %1132, float %1107, float %1131
  %1134 = fmul float %1099, %1133
  %1135 = getelementptr inbounds float, float* %2, i64 %961
  store float %1134, float* %1135, align 4
  %s.next = add i64 %s46, 1
  br label %s.header43

s.exit45:                                         ; preds = %s.header43
  %s.next47 = add i64 %s, 1
  br label %s.header
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #4

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

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.copysign.f32(float, float) #3

; Function Attrs: nounwind
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
  %18 = sub i64 %17, 1
  %19 = add i64 1, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1
  %23 = select i1 %22, i64 %21, i64 1
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1
  %26 = select i1 %25, i64 %24, i64 1
  call void @node1.lstm_1.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %43 = mul i64 %40, 1
  %44 = add i64 %43, %41
  %45 = fneg <8 x float> %42
  %46 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %45, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %47 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %46, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %48 = call <8 x float> @llvm.fma.v8f32(<8 x float> %47, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %49 = call <8 x float> @llvm.floor.v8f32(<8 x float> %48)
  %50 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %47)
  %51 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %50)
  %52 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %51, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %52, <8 x float> %51, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> %51, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %55 = call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %51, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %56 = call <8 x float> @llvm.fma.v8f32(<8 x float> %55, <8 x float> %51, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %57 = fmul <8 x float> %51, %51
  %58 = call <8 x float> @llvm.fma.v8f32(<8 x float> %56, <8 x float> %57, <8 x float> %51)
  %59 = fadd <8 x float> %58, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %60 = fptosi <8 x float> %49 to <8 x i32>
  %61 = add <8 x i32> %60, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %62 = shl <8 x i32> %61, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %63 = bitcast <8 x i32> %62 to <8 x float>
  %64 = fmul <8 x float> %59, %63
  %65 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %64
  %66 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %65
  %67 = getelementptr inbounds float, float* %0, i64 %44
  %68 = bitcast float* %67 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %66, <8 x float>* %68, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %69 = icmp slt i64 %k4, 128
  br i1 %69, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %70 = mul i64 %k4, 8
  %71 = add i64 %15, %70
  %72 = add i64 %71, 0
  %73 = getelementptr inbounds float, float* %4, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %75 = load <8 x float>, <8 x float>* %74, align 4
  %76 = add i64 %13, 0
  %77 = mul i64 %76, 128
  %78 = add i64 %77, %k4
  %79 = getelementptr inbounds float, float* %1, i64 %78
  %80 = load float, float* %79, align 4
  %81 = insertelement <8 x float> undef, float %80, i32 0
  %splat5 = shufflevector <8 x float> %81, <8 x float> undef, <8 x i32> zeroinitializer
  %82 = load <8 x float>, <8 x float>* %8, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %75, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %84 = add i64 %13, 0
  %85 = add i64 %14, 0
  %86 = load <8 x float>, <8 x float>* %8, align 32
  %87 = mul i64 %84, 1
  %88 = add i64 %87, %85
  %89 = fneg <8 x float> %86
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
  %109 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %108
  %110 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %109
  %111 = getelementptr inbounds float, float* %0, i64 %88
  %112 = bitcast float* %111 to <8 x float>*
  store <8 x float> %110, <8 x float>* %112, align 4
  br label %endif
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #5

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #6

; Function Attrs: nounwind
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
define i32 @lstm_sentiment_run(i8** %0, i8** %1, i8* %2) #2 {
entry:
  %args = alloca [6 x i8*], align 8
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
  %17 = bitcast i32* %status to i8*
  %18 = getelementptr inbounds i8, i8* %workspace7, i64 412672
  %19 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %19, align 8
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %input0, i8** %20, align 8
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %22, align 8
  %23 = bitcast [6 x i8*]* %args to i8*
  call void @node0.embedding_1.step0(i8* %23)
  %24 = load i32, i32* %status, align 4
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %then8, label %endif9

then8:                                            ; preds = %endif6
  call void @free(i8* %allocated)
  ret i32 %24

endif9:                                           ; preds = %endif6
  %26 = getelementptr inbounds i8, i8* %workspace7, i64 515072
  %27 = getelementptr inbounds i8, i8* %workspace7, i64 412672
  %28 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %26, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %27, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %28, i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %32, align 8
  %33 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.lstm_1.step0, i8* %33, i32 0, i32 0)
  call void @node1.lstm_1.step1(i8* %33)
  %34 = getelementptr inbounds i8, i8* %workspace7, i64 515072
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %35, align 8
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %34, i8** %36, align 8
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %37, align 8
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %38, align 8
  %39 = bitcast [6 x i8*]* %args to i8*
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4096 x i8], [4096 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %40, align 8
  %41 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4 x i8], [4 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %41, align 8
  call void @node2.dense_1.step0(i8* %39)
  call void @free(i8* %allocated)
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
attributes #2 = { nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { argmemonly nofree nounwind willreturn writeonly }
attributes #5 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #6 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #7 = { nounwind }
