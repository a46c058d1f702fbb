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

declare void @GOMP_barrier()

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
  %236 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %235
  %237 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %236
  %238 = fadd <8 x float> %198, %199
  %239 = fneg <8 x float> %238
  %240 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %239, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %241 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %240, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %243 = call <8 x float> @llvm.floor.v8f32(<8 x float> %242)
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %241)
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %244)
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %245, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %245, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %245, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %245, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %245, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %251 = fmul <8 x float> %245, %245
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %251, <8 x float> %245)
  %253 = fadd <8 x float> %252, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %254 = fptosi <8 x float> %243 to <8 x i32>
  %255 = add <8 x i32> %254, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %256 = shl <8 x i32> %255, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %257 = bitcast <8 x i32> %256 to <8 x float>
  %258 = fmul <8 x float> %253, %257
  %259 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %258
  %260 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %259
  %261 = fadd <8 x float> %204, %205
  %262 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %261)
  %263 = fmul <8 x float> %261, %261
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %263, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %263, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %265, <8 x float> %263, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %263, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %268 = fmul <8 x float> %267, %263
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %261, <8 x float> %261)
  %270 = fmul <8 x float> %262, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %271 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %270, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %272 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %271, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %272, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %274 = call <8 x float> @llvm.floor.v8f32(<8 x float> %273)
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %272)
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %275)
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %276, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %276, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %278, <8 x float> %276, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %276, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %280, <8 x float> %276, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %282 = fmul <8 x float> %276, %276
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %281, <8 x float> %282, <8 x float> %276)
  %284 = fadd <8 x float> %283, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %285 = fptosi <8 x float> %274 to <8 x i32>
  %286 = add <8 x i32> %285, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %287 = shl <8 x i32> %286, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %288 = bitcast <8 x i32> %287 to <8 x float>
  %289 = fmul <8 x float> %284, %288
  %290 = fadd <8 x float> %289, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %291 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %290
  %292 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %291
  %293 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %292, <8 x float> %261)
  %294 = fcmp olt <8 x float> %262, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %295 = select <8 x i1> %294, <8 x float> %269, <8 x float> %293
  %296 = fmul <8 x float> %237, %295
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %260, <8 x float> %214, <8 x float> %296)
  %298 = getelementptr inbounds float, float* %54, i64 %78
  %299 = bitcast float* %298 to <8 x float>*
  store <8 x float> %297, <8 x float>* %299, align 4
  %300 = fadd <8 x float> %210, %211
  %301 = fneg <8 x float> %300
  %302 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %301, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %303 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %302, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %303, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %305 = call <8 x float> @llvm.floor.v8f32(<8 x float> %304)
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %303)
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %306)
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %307, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %307, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %307, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %310, <8 x float> %307, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %311, <8 x float> %307, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %313 = fmul <8 x float> %307, %307
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %312, <8 x float> %313, <8 x float> %307)
  %315 = fadd <8 x float> %314, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %316 = fptosi <8 x float> %305 to <8 x i32>
  %317 = add <8 x i32> %316, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %318 = shl <8 x i32> %317, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %319 = bitcast <8 x i32> %318 to <8 x float>
  %320 = fmul <8 x float> %315, %319
  %321 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %320
  %322 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %321
  %323 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %297)
  %324 = fmul <8 x float> %297, %297
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %324, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %325, <8 x float> %324, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %324, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %327, <8 x float> %324, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %329 = fmul <8 x float> %328, %324
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %297, <8 x float> %297)
  %331 = fmul <8 x float> %323, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %332 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %331, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %333 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %332, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %333, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %335 = call <8 x float> @llvm.floor.v8f32(<8 x float> %334)
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %333)
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %336)
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %337, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> %337, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> %337, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %337, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %341, <8 x float> %337, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %343 = fmul <8 x float> %337, %337
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %343, <8 x float> %337)
  %345 = fadd <8 x float> %344, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %346 = fptosi <8 x float> %335 to <8 x i32>
  %347 = add <8 x i32> %346, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %348 = shl <8 x i32> %347, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %349 = bitcast <8 x i32> %348 to <8 x float>
  %350 = fmul <8 x float> %345, %349
  %351 = fadd <8 x float> %350, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %352 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %351
  %353 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %352
  %354 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %353, <8 x float> %297)
  %355 = fcmp olt <8 x float> %323, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %356 = select <8 x i1> %355, <8 x float> %330, <8 x float> %354
  %357 = fmul <8 x float> %322, %356
  %358 = getelementptr inbounds float, float* %69, i64 %78
  %359 = bitcast float* %358 to <8 x float>*
  store <8 x float> %357, <8 x float>* %359, align 4
  %360 = add i64 0, %79
  %361 = add i64 %73, %360
  %362 = getelementptr inbounds float, float* %2, i64 %361
  %363 = bitcast float* %362 to <8 x float>*
  %364 = load <8 x float>, <8 x float>* %363, align 4
  %365 = load <8 x float>, <8 x float>* %28, align 32
  %366 = add i64 128, %79
  %367 = add i64 %73, %366
  %368 = getelementptr inbounds float, float* %2, i64 %367
  %369 = bitcast float* %368 to <8 x float>*
  %370 = load <8 x float>, <8 x float>* %369, align 4
  %371 = load <8 x float>, <8 x float>* %26, align 32
  %372 = add i64 256, %79
  %373 = add i64 %73, %372
  %374 = getelementptr inbounds float, float* %2, i64 %373
  %375 = bitcast float* %374 to <8 x float>*
  %376 = load <8 x float>, <8 x float>* %375, align 4
  %377 = load <8 x float>, <8 x float>* %24, align 32
  %378 = add i64 384, %79
  %379 = add i64 %73, %378
  %380 = getelementptr inbounds float, float* %2, i64 %379
  %381 = bitcast float* %380 to <8 x float>*
  %382 = load <8 x float>, <8 x float>* %381, align 4
  %383 = load <8 x float>, <8 x float>* %22, align 32
  %384 = getelementptr inbounds float, float* %54, i64 %79
  %385 = bitcast float* %384 to <8 x float>*
  %386 = load <8 x float>, <8 x float>* %385, align 4
  %387 = fadd <8 x float> %364, %365
  %388 = fneg <8 x float> %387
  %389 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %388, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %390 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %389, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %392 = call <8 x float> @llvm.floor.v8f32(<8 x float> %391)
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %392, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %390)
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %392, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %393)
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %394, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %395, <8 x float> %394, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %394, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %397, <8 x float> %394, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %398, <8 x float> %394, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %400 = fmul <8 x float> %394, %394
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %399, <8 x float> %400, <8 x float> %394)
  %402 = fadd <8 x float> %401, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %403 = fptosi <8 x float> %392 to <8 x i32>
  %404 = add <8 x i32> %403, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %405 = shl <8 x i32> %404, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %406 = bitcast <8 x i32> %405 to <8 x float>
  %407 = fmul <8 x float> %402, %406
  %408 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %407
  %409 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %408
  %410 = fadd <8 x float> %370, %371
  %411 = fneg <8 x float> %410
  %412 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %411, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %413 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %412, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %415 = call <8 x float> @llvm.floor.v8f32(<8 x float> %414)
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %415, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %413)
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %415, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %416)
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %417, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %417, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %417, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %420, <8 x float> %417, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %421, <8 x float> %417, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %423 = fmul <8 x float> %417, %417
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %422, <8 x float> %423, <8 x float> %417)
  %425 = fadd <8 x float> %424, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %426 = fptosi <8 x float> %415 to <8 x i32>
  %427 = add <8 x i32> %426, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %428 = shl <8 x i32> %427, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %429 = bitcast <8 x i32> %428 to <8 x float>
  %430 = fmul <8 x float> %425, %429
  %431 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %430
  %432 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %431
  %433 = fadd <8 x float> %376, %377
  %434 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %433)
  %435 = fmul <8 x float> %433, %433
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %435, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %436, <8 x float> %435, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %437, <8 x float> %435, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %438, <8 x float> %435, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %440 = fmul <8 x float> %439, %435
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %440, <8 x float> %433, <8 x float> %433)
  %442 = fmul <8 x float> %434, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %443 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %442, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %444 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %443, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %444, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %446 = call <8 x float> @llvm.floor.v8f32(<8 x float> %445)
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %444)
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %447)
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %448, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %449, <8 x float> %448, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %448, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %451, <8 x float> %448, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %452, <8 x float> %448, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %454 = fmul <8 x float> %448, %448
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %453, <8 x float> %454, <8 x float> %448)
  %456 = fadd <8 x float> %455, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %457 = fptosi <8 x float> %446 to <8 x i32>
  %458 = add <8 x i32> %457, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %459 = shl <8 x i32> %458, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %460 = bitcast <8 x i32> %459 to <8 x float>
  %461 = fmul <8 x float> %456, %460
  %462 = fadd <8 x float> %461, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %463 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %462
  %464 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %463
  %465 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %464, <8 x float> %433)
  %466 = fcmp olt <8 x float> %434, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %467 = select <8 x i1> %466, <8 x float> %441, <8 x float> %465
  %468 = fmul <8 x float> %409, %467
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> %386, <8 x float> %468)
  %470 = getelementptr inbounds float, float* %54, i64 %79
  %471 = bitcast float* %470 to <8 x float>*
  store <8 x float> %469, <8 x float>* %471, align 4
  %472 = fadd <8 x float> %382, %383
  %473 = fneg <8 x float> %472
  %474 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %473, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %475 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %474, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %477 = call <8 x float> @llvm.floor.v8f32(<8 x float> %476)
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %477, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %475)
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %477, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %478)
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %479, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %479, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> %479, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %482, <8 x float> %479, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %483, <8 x float> %479, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %485 = fmul <8 x float> %479, %479
  %486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %484, <8 x float> %485, <8 x float> %479)
  %487 = fadd <8 x float> %486, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %488 = fptosi <8 x float> %477 to <8 x i32>
  %489 = add <8 x i32> %488, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %490 = shl <8 x i32> %489, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %491 = bitcast <8 x i32> %490 to <8 x float>
  %492 = fmul <8 x float> %487, %491
  %493 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %492
  %494 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %493
  %495 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %469)
  %496 = fmul <8 x float> %469, %469
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %496, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %497, <8 x float> %496, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %498, <8 x float> %496, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %499, <8 x float> %496, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %501 = fmul <8 x float> %500, %496
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> %469, <8 x float> %469)
  %503 = fmul <8 x float> %495, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %504 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %503, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %505 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %504, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %505, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %507 = call <8 x float> @llvm.floor.v8f32(<8 x float> %506)
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %507, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %505)
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %507, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %508)
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %509, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> %509, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %511, <8 x float> %509, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %512, <8 x float> %509, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> %509, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %515 = fmul <8 x float> %509, %509
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %514, <8 x float> %515, <8 x float> %509)
  %517 = fadd <8 x float> %516, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %518 = fptosi <8 x float> %507 to <8 x i32>
  %519 = add <8 x i32> %518, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %520 = shl <8 x i32> %519, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %521 = bitcast <8 x i32> %520 to <8 x float>
  %522 = fmul <8 x float> %517, %521
  %523 = fadd <8 x float> %522, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %524 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %523
  %525 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %524
  %526 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %525, <8 x float> %469)
  %527 = fcmp olt <8 x float> %495, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %528 = select <8 x i1> %527, <8 x float> %502, <8 x float> %526
  %529 = fmul <8 x float> %494, %528
  %530 = getelementptr inbounds float, float* %69, i64 %79
  %531 = bitcast float* %530 to <8 x float>*
  store <8 x float> %529, <8 x float>* %531, align 4
  %pair.next = add i64 %pair, 1
  br label %pair.header

then5:                                            ; preds = %pair.exit
  %532 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %532, <8 x float>* %21, align 32
  %533 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 248) to <8 x float>*), align 4
  store <8 x float> %533, <8 x float>* %20, align 32
  %534 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 376) to <8 x float>*), align 4
  store <8 x float> %534, <8 x float>* %19, align 32
  %535 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 504) to <8 x float>*), align 4
  store <8 x float> %535, <8 x float>* %18, align 32
  br label %k.header7

endif6:                                           ; preds = %k.exit9, %pair.exit
  %s.next = add i64 %s, 1
  br label %s.header

k.header7:                                        ; preds = %k.body8, %then5
  %k10 = phi i64 [ 0, %then5 ], [ %k.next12, %k.body8 ]
  %536 = icmp slt i64 %k10, 128
  br i1 %536, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %537 = add i64 1920, %k10
  %538 = mul i64 %537, 32
  %539 = add i64 %538, 0
  %540 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 1920, %k10
  %544 = mul i64 %543, 32
  %545 = add i64 %544, 8
  %546 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %545
  %547 = bitcast float* %546 to <8 x float>*
  %548 = load <8 x float>, <8 x float>* %547, align 4
  %549 = add i64 1920, %k10
  %550 = mul i64 %549, 32
  %551 = add i64 %550, 16
  %552 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %551
  %553 = bitcast float* %552 to <8 x float>*
  %554 = load <8 x float>, <8 x float>* %553, align 4
  %555 = add i64 1920, %k10
  %556 = mul i64 %555, 32
  %557 = add i64 %556, 24
  %558 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %557
  %559 = bitcast float* %558 to <8 x float>*
  %560 = load <8 x float>, <8 x float>* %559, align 4
  %561 = getelementptr inbounds float, float* %68, i64 %k10
  %562 = load float, float* %561, align 4
  %563 = insertelement <8 x float> undef, float %562, i32 0
  %splat11 = shufflevector <8 x float> %563, <8 x float> undef, <8 x i32> zeroinitializer
  %564 = load <8 x float>, <8 x float>* %21, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %542, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %21, align 32
  %566 = load <8 x float>, <8 x float>* %20, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %548, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %20, align 32
  %568 = load <8 x float>, <8 x float>* %19, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %554, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %19, align 32
  %570 = load <8 x float>, <8 x float>* %18, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %560, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %18, align 32
  %k.next12 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %572 = add i64 %73, 120
  %573 = getelementptr inbounds float, float* %2, i64 %572
  %574 = bitcast float* %573 to <8 x float>*
  %575 = load <8 x float>, <8 x float>* %574, align 4
  %576 = load <8 x float>, <8 x float>* %21, align 32
  %577 = add i64 %73, 248
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = load <8 x float>, <8 x float>* %20, align 32
  %582 = add i64 %73, 376
  %583 = getelementptr inbounds float, float* %2, i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  %585 = load <8 x float>, <8 x float>* %584, align 4
  %586 = load <8 x float>, <8 x float>* %19, align 32
  %587 = add i64 %73, 504
  %588 = getelementptr inbounds float, float* %2, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = load <8 x float>, <8 x float>* %18, align 32
  %592 = getelementptr inbounds float, float* %54, i64 120
  %593 = bitcast float* %592 to <8 x float>*
  %594 = load <8 x float>, <8 x float>* %593, align 4
  %595 = fadd <8 x float> %575, %576
  %596 = fneg <8 x float> %595
  %597 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %596, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %598 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %597, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %598, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %600 = call <8 x float> @llvm.floor.v8f32(<8 x float> %599)
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %598)
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %601)
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %602, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> %602, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %604, <8 x float> %602, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %605, <8 x float> %602, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %606, <8 x float> %602, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %608 = fmul <8 x float> %602, %602
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %607, <8 x float> %608, <8 x float> %602)
  %610 = fadd <8 x float> %609, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %611 = fptosi <8 x float> %600 to <8 x i32>
  %612 = add <8 x i32> %611, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %613 = shl <8 x i32> %612, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %614 = bitcast <8 x i32> %613 to <8 x float>
  %615 = fmul <8 x float> %610, %614
  %616 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %615
  %617 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %616
  %618 = fadd <8 x float> %580, %581
  %619 = fneg <8 x float> %618
  %620 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %619, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %621 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %620, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %621, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %623 = call <8 x float> @llvm.floor.v8f32(<8 x float> %622)
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %623, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %621)
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %623, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %624)
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %625, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %626, <8 x float> %625, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %627, <8 x float> %625, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %628, <8 x float> %625, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %629, <8 x float> %625, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %631 = fmul <8 x float> %625, %625
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %630, <8 x float> %631, <8 x float> %625)
  %633 = fadd <8 x float> %632, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %634 = fptosi <8 x float> %623 to <8 x i32>
  %635 = add <8 x i32> %634, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %636 = shl <8 x i32> %635, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %637 = bitcast <8 x i32> %636 to <8 x float>
  %638 = fmul <8 x float> %633, %637
  %639 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %638
  %640 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %639
  %641 = fadd <8 x float> %585, %586
  %642 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %641)
  %643 = fmul <8 x float> %641, %641
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %643, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %644, <8 x float> %643, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %645, <8 x float> %643, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %646, <8 x float> %643, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %648 = fmul <8 x float> %647, %643
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %648, <8 x float> %641, <8 x float> %641)
  %650 = fmul <8 x float> %642, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %651 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %650, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %652 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %651, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %652, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %654 = call <8 x float> @llvm.floor.v8f32(<8 x float> %653)
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %654, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %652)
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %654, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %655)
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %656, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %657, <8 x float> %656, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %658, <8 x float> %656, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %659, <8 x float> %656, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %660, <8 x float> %656, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %662 = fmul <8 x float> %656, %656
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> %662, <8 x float> %656)
  %664 = fadd <8 x float> %663, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %665 = fptosi <8 x float> %654 to <8 x i32>
  %666 = add <8 x i32> %665, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %667 = shl <8 x i32> %666, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %668 = bitcast <8 x i32> %667 to <8 x float>
  %669 = fmul <8 x float> %664, %668
  %670 = fadd <8 x float> %669, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %671 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %670
  %672 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %671
  %673 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %672, <8 x float> %641)
  %674 = fcmp olt <8 x float> %642, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %675 = select <8 x i1> %674, <8 x float> %649, <8 x float> %673
  %676 = fmul <8 x float> %617, %675
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %640, <8 x float> %594, <8 x float> %676)
  %678 = getelementptr inbounds float, float* %54, i64 120
  %679 = bitcast float* %678 to <8 x float>*
  store <8 x float> %677, <8 x float>* %679, align 4
  %680 = fadd <8 x float> %590, %591
  %681 = fneg <8 x float> %680
  %682 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %681, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %683 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %682, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %685 = call <8 x float> @llvm.floor.v8f32(<8 x float> %684)
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %685, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %683)
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %685, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %686)
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %687, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> %687, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %689, <8 x float> %687, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %690, <8 x float> %687, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %691, <8 x float> %687, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %693 = fmul <8 x float> %687, %687
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %692, <8 x float> %693, <8 x float> %687)
  %695 = fadd <8 x float> %694, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %696 = fptosi <8 x float> %685 to <8 x i32>
  %697 = add <8 x i32> %696, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %698 = shl <8 x i32> %697, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %699 = bitcast <8 x i32> %698 to <8 x float>
  %700 = fmul <8 x float> %695, %699
  %701 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %700
  %702 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %701
  %703 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %677)
  %704 = fmul <8 x float> %677, %677
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %704, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %705, <8 x float> %704, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %706, <8 x float> %704, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %704, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %709 = fmul <8 x float> %708, %704
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> %677, <8 x float> %677)
  %711 = fmul <8 x float> %703, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %712 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %711, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %713 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %712, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %713, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %715 = call <8 x float> @llvm.floor.v8f32(<8 x float> %714)
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %715, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %713)
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %715, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %716)
  %718 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %717, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %718, <8 x float> %717, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %719, <8 x float> %717, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %720, <8 x float> %717, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %721, <8 x float> %717, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %723 = fmul <8 x float> %717, %717
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %722, <8 x float> %723, <8 x float> %717)
  %725 = fadd <8 x float> %724, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %726 = fptosi <8 x float> %715 to <8 x i32>
  %727 = add <8 x i32> %726, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %728 = shl <8 x i32> %727, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %729 = bitcast <8 x i32> %728 to <8 x float>
  %730 = fmul <8 x float> %725, %729
  %731 = fadd <8 x float> %730, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %732 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %731
  %733 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %732
  %734 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %733, <8 x float> %677)
  %735 = fcmp olt <8 x float> %703, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %736 = select <8 x i1> %735, <8 x float> %710, <8 x float> %734
  %737 = fmul <8 x float> %702, %736
  %738 = getelementptr inbounds float, float* %69, i64 120
  %739 = bitcast float* %738 to <8 x float>*
  store <8 x float> %737, <8 x float>* %739, align 4
  br label %endif6

copy.header:                                      ; preds = %copy.body, %s.exit
  %copy = phi i64 [ 0, %s.exit ], [ %copy.next, %copy.body ]
  %740 = icmp slt i64 %copy, 16
  br i1 %740, label %copy.body, label %copy.exit

copy.body:                                        ; preds = %copy.header
  %741 = mul i64 %copy, 8
  %742 = getelementptr inbounds float, float* %52, i64 %741
  %743 = bitcast float* %742 to <8 x float>*
  %744 = load <8 x float>, <8 x float>* %743, align 4
  %745 = mul i64 %55, 128
  %746 = add i64 %745, 0
  %747 = add i64 %746, %741
  %748 = getelementptr inbounds float, float* %0, i64 %747
  %749 = bitcast float* %748 to <8 x float>*
  store <8 x float> %744, <8 x float>* %749, align 4
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
  %750 = icmp slt i64 %zero18, %42
  br i1 %750, label %zero.body16, label %zero.exit17

zero.body16:                                      ; preds = %zero.header15
  %751 = mul i64 %zero18, 8
  %752 = getelementptr inbounds float, float* %43, i64 %751
  %753 = bitcast float* %752 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %753, align 4
  %754 = mul i64 %zero18, 8
  %755 = getelementptr inbounds float, float* %45, i64 %754
  %756 = bitcast float* %755 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %756, align 4
  %zero.next19 = add i64 %zero18, 1
  br label %zero.header15

zero.exit17:                                      ; preds = %zero.header15
  call void @GOMP_barrier()
  br label %s.header20

s.header20:                                       ; preds = %endif36, %zero.exit17
  %s23 = phi i64 [ 0, %zero.exit17 ], [ %s.next43, %endif36 ]
  %757 = icmp slt i64 %s23, 200
  br i1 %757, label %s.body21, label %s.exit22

s.body21:                                         ; preds = %s.header20
  %758 = and i64 %s23, 1
  %759 = icmp eq i64 %758, 0
  %760 = select i1 %759, float* %43, float* %44
  %761 = select i1 %759, float* %44, float* %43
  %762 = add i64 0, %s23
  %763 = mul i64 %762, 512
  %764 = sub i64 %42, %39
  %765 = sdiv i64 %764, 2
  br label %pair.header24

s.exit22:                                         ; preds = %s.header20
  br label %copy.header44

pair.header24:                                    ; preds = %k.exit30, %s.body21
  %pair27 = phi i64 [ 0, %s.body21 ], [ %pair.next34, %k.exit30 ]
  %766 = icmp slt i64 %pair27, %765
  br i1 %766, label %pair.body25, label %pair.exit26

pair.body25:                                      ; preds = %pair.header24
  %767 = mul i64 %pair27, 2
  %768 = add i64 %39, %767
  %769 = add i64 %768, 1
  %770 = mul i64 %768, 8
  %771 = mul i64 %769, 8
  %772 = add i64 0, %770
  %773 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %772
  %774 = bitcast float* %773 to <8 x float>*
  %775 = load <8 x float>, <8 x float>* %774, align 4
  store <8 x float> %775, <8 x float>* %17, align 32
  %776 = add i64 0, %771
  %777 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %776
  %778 = bitcast float* %777 to <8 x float>*
  %779 = load <8 x float>, <8 x float>* %778, align 4
  store <8 x float> %779, <8 x float>* %16, align 32
  %780 = add i64 128, %770
  %781 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %780
  %782 = bitcast float* %781 to <8 x float>*
  %783 = load <8 x float>, <8 x float>* %782, align 4
  store <8 x float> %783, <8 x float>* %15, align 32
  %784 = add i64 128, %771
  %785 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %784
  %786 = bitcast float* %785 to <8 x float>*
  %787 = load <8 x float>, <8 x float>* %786, align 4
  store <8 x float> %787, <8 x float>* %14, align 32
  %788 = add i64 256, %770
  %789 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %788
  %790 = bitcast float* %789 to <8 x float>*
  %791 = load <8 x float>, <8 x float>* %790, align 4
  store <8 x float> %791, <8 x float>* %13, align 32
  %792 = add i64 256, %771
  %793 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %792
  %794 = bitcast float* %793 to <8 x float>*
  %795 = load <8 x float>, <8 x float>* %794, align 4
  store <8 x float> %795, <8 x float>* %12, align 32
  %796 = add i64 384, %770
  %797 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %796
  %798 = bitcast float* %797 to <8 x float>*
  %799 = load <8 x float>, <8 x float>* %798, align 4
  store <8 x float> %799, <8 x float>* %11, align 32
  %800 = add i64 384, %771
  %801 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %800
  %802 = bitcast float* %801 to <8 x float>*
  %803 = load <8 x float>, <8 x float>* %802, align 4
  store <8 x float> %803, <8 x float>* %10, align 32
  br label %k.header28

pair.exit26:                                      ; preds = %pair.header24
  %804 = srem i64 %764, 2
  %805 = icmp eq i64 %804, 1
  br i1 %805, label %then35, label %endif36

k.header28:                                       ; preds = %k.body29, %pair.body25
  %k31 = phi i64 [ 0, %pair.body25 ], [ %k.next33, %k.body29 ]
  %806 = icmp slt i64 %k31, 128
  br i1 %806, label %k.body29, label %k.exit30

k.body29:                                         ; preds = %k.header28
  %807 = mul i64 %768, 128
  %808 = add i64 %807, %k31
  %809 = mul i64 %808, 32
  %810 = add i64 %809, 0
  %811 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %810
  %812 = bitcast float* %811 to <8 x float>*
  %813 = load <8 x float>, <8 x float>* %812, align 4
  %814 = mul i64 %769, 128
  %815 = add i64 %814, %k31
  %816 = mul i64 %815, 32
  %817 = add i64 %816, 0
  %818 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %817
  %819 = bitcast float* %818 to <8 x float>*
  %820 = load <8 x float>, <8 x float>* %819, align 4
  %821 = mul i64 %768, 128
  %822 = add i64 %821, %k31
  %823 = mul i64 %822, 32
  %824 = add i64 %823, 8
  %825 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %824
  %826 = bitcast float* %825 to <8 x float>*
  %827 = load <8 x float>, <8 x float>* %826, align 4
  %828 = mul i64 %769, 128
  %829 = add i64 %828, %k31
  %830 = mul i64 %829, 32
  %831 = add i64 %830, 8
  %832 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %831
  %833 = bitcast float* %832 to <8 x float>*
  %834 = load <8 x float>, <8 x float>* %833, align 4
  %835 = mul i64 %768, 128
  %836 = add i64 %835, %k31
  %837 = mul i64 %836, 32
  %838 = add i64 %837, 16
  %839 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %838
  %840 = bitcast float* %839 to <8 x float>*
  %841 = load <8 x float>, <8 x float>* %840, align 4
  %842 = mul i64 %769, 128
  %843 = add i64 %842, %k31
  %844 = mul i64 %843, 32
  %845 = add i64 %844, 16
  %846 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %845
  %847 = bitcast float* %846 to <8 x float>*
  %848 = load <8 x float>, <8 x float>* %847, align 4
  %849 = mul i64 %768, 128
  %850 = add i64 %849, %k31
  %851 = mul i64 %850, 32
  %852 = add i64 %851, 24
  %853 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %852
  %854 = bitcast float* %853 to <8 x float>*
  %855 = load <8 x float>, <8 x float>* %854, align 4
  %856 = mul i64 %769, 128
  %857 = add i64 %856, %k31
  %858 = mul i64 %857, 32
  %859 = add i64 %858, 24
  %860 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %859
  %861 = bitcast float* %860 to <8 x float>*
  %862 = load <8 x float>, <8 x float>* %861, align 4
  %863 = getelementptr inbounds float, float* %760, i64 %k31
  %864 = load float, float* %863, align 4
  %865 = insertelement <8 x float> undef, float %864, i32 0
  %splat32 = shufflevector <8 x float> %865, <8 x float> undef, <8 x i32> zeroinitializer
  %866 = load <8 x float>, <8 x float>* %17, align 32
  %867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %813, <8 x float> %866)
  store <8 x float> %867, <8 x float>* %17, align 32
  %868 = load <8 x float>, <8 x float>* %16, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %820, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %16, align 32
  %870 = load <8 x float>, <8 x float>* %15, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %827, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %15, align 32
  %872 = load <8 x float>, <8 x float>* %14, align 32
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %834, <8 x float> %872)
  store <8 x float> %873, <8 x float>* %14, align 32
  %874 = load <8 x float>, <8 x float>* %13, align 32
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %841, <8 x float> %874)
  store <8 x float> %875, <8 x float>* %13, align 32
  %876 = load <8 x float>, <8 x float>* %12, align 32
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %848, <8 x float> %876)
  store <8 x float> %877, <8 x float>* %12, align 32
  %878 = load <8 x float>, <8 x float>* %11, align 32
  %879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %855, <8 x float> %878)
  store <8 x float> %879, <8 x float>* %11, align 32
  %880 = load <8 x float>, <8 x float>* %10, align 32
  %881 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %862, <8 x float> %880)
  store <8 x float> %881, <8 x float>* %10, align 32
  %k.next33 = add i64 %k31, 1
  br label %k.header28

k.exit30:                                         ; preds = %k.header28
  %882 = add i64 0, %770
  %883 = add i64 %763, %882
  %884 = getelementptr inbounds float, float* %2, i64 %883
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = load <8 x float>, <8 x float>* %17, align 32
  %888 = add i64 128, %770
  %889 = add i64 %763, %888
  %890 = getelementptr inbounds float, float* %2, i64 %889
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = load <8 x float>, <8 x float>* %15, align 32
  %894 = add i64 256, %770
  %895 = add i64 %763, %894
  %896 = getelementptr inbounds float, float* %2, i64 %895
  %897 = bitcast float* %896 to <8 x float>*
  %898 = load <8 x float>, <8 x float>* %897, align 4
  %899 = load <8 x float>, <8 x float>* %13, align 32
  %900 = add i64 384, %770
  %901 = add i64 %763, %900
  %902 = getelementptr inbounds float, float* %2, i64 %901
  %903 = bitcast float* %902 to <8 x float>*
  %904 = load <8 x float>, <8 x float>* %903, align 4
  %905 = load <8 x float>, <8 x float>* %11, align 32
  %906 = getelementptr inbounds float, float* %45, i64 %770
  %907 = bitcast float* %906 to <8 x float>*
  %908 = load <8 x float>, <8 x float>* %907, align 4
  %909 = fadd <8 x float> %886, %887
  %910 = fneg <8 x float> %909
  %911 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %910, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %912 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %911, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %914 = call <8 x float> @llvm.floor.v8f32(<8 x float> %913)
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %912)
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %915)
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %916, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %917, <8 x float> %916, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %918, <8 x float> %916, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %919, <8 x float> %916, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %920, <8 x float> %916, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %922 = fmul <8 x float> %916, %916
  %923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %921, <8 x float> %922, <8 x float> %916)
  %924 = fadd <8 x float> %923, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %925 = fptosi <8 x float> %914 to <8 x i32>
  %926 = add <8 x i32> %925, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %927 = shl <8 x i32> %926, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %928 = bitcast <8 x i32> %927 to <8 x float>
  %929 = fmul <8 x float> %924, %928
  %930 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %929
  %931 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %930
  %932 = fadd <8 x float> %892, %893
  %933 = fneg <8 x float> %932
  %934 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %933, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %935 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %934, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %935, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %937 = call <8 x float> @llvm.floor.v8f32(<8 x float> %936)
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %937, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %935)
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %937, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %938)
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %939, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %940, <8 x float> %939, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %941, <8 x float> %939, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %942, <8 x float> %939, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %943, <8 x float> %939, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %945 = fmul <8 x float> %939, %939
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %944, <8 x float> %945, <8 x float> %939)
  %947 = fadd <8 x float> %946, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %948 = fptosi <8 x float> %937 to <8 x i32>
  %949 = add <8 x i32> %948, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %950 = shl <8 x i32> %949, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %951 = bitcast <8 x i32> %950 to <8 x float>
  %952 = fmul <8 x float> %947, %951
  %953 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %952
  %954 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %953
  %955 = fadd <8 x float> %898, %899
  %956 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %955)
  %957 = fmul <8 x float> %955, %955
  %958 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %957, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %958, <8 x float> %957, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %959, <8 x float> %957, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %960, <8 x float> %957, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %962 = fmul <8 x float> %961, %957
  %963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %962, <8 x float> %955, <8 x float> %955)
  %964 = fmul <8 x float> %956, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %965 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %964, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %966 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %965, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %966, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %968 = call <8 x float> @llvm.floor.v8f32(<8 x float> %967)
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %968, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %966)
  %970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %968, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %969)
  %971 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %970, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %971, <8 x float> %970, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %972, <8 x float> %970, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %973, <8 x float> %970, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %974, <8 x float> %970, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %976 = fmul <8 x float> %970, %970
  %977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %975, <8 x float> %976, <8 x float> %970)
  %978 = fadd <8 x float> %977, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %979 = fptosi <8 x float> %968 to <8 x i32>
  %980 = add <8 x i32> %979, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %981 = shl <8 x i32> %980, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %982 = bitcast <8 x i32> %981 to <8 x float>
  %983 = fmul <8 x float> %978, %982
  %984 = fadd <8 x float> %983, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %985 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %984
  %986 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %985
  %987 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %986, <8 x float> %955)
  %988 = fcmp olt <8 x float> %956, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %989 = select <8 x i1> %988, <8 x float> %963, <8 x float> %987
  %990 = fmul <8 x float> %931, %989
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %954, <8 x float> %908, <8 x float> %990)
  %992 = getelementptr inbounds float, float* %45, i64 %770
  %993 = bitcast float* %992 to <8 x float>*
  store <8 x float> %991, <8 x float>* %993, align 4
  %994 = fadd <8 x float> %904, %905
  %995 = fneg <8 x float> %994
  %996 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %995, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %997 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %996, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %998 = call <8 x float> @llvm.fma.v8f32(<8 x float> %997, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %999 = call <8 x float> @llvm.floor.v8f32(<8 x float> %998)
  %1000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %999, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %997)
  %1001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %999, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1000)
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1001, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1002, <8 x float> %1001, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1003, <8 x float> %1001, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1004, <8 x float> %1001, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1005, <8 x float> %1001, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1007 = fmul <8 x float> %1001, %1001
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1006, <8 x float> %1007, <8 x float> %1001)
  %1009 = fadd <8 x float> %1008, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1010 = fptosi <8 x float> %999 to <8 x i32>
  %1011 = add <8 x i32> %1010, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1012 = shl <8 x i32> %1011, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1013 = bitcast <8 x i32> %1012 to <8 x float>
  %1014 = fmul <8 x float> %1009, %1013
  %1015 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1014
  %1016 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1015
  %1017 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %991)
  %1018 = fmul <8 x float> %991, %991
  %1019 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1018, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1020 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1019, <8 x float> %1018, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1020, <8 x float> %1018, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1022 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1021, <8 x float> %1018, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1023 = fmul <8 x float> %1022, %1018
  %1024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1023, <8 x float> %991, <8 x float> %991)
  %1025 = fmul <8 x float> %1017, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1026 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1025, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1027 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1026, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1029 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1028)
  %1030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1029, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1027)
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1029, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1030)
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1031, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1032, <8 x float> %1031, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1033, <8 x float> %1031, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1034, <8 x float> %1031, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1035, <8 x float> %1031, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1037 = fmul <8 x float> %1031, %1031
  %1038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1036, <8 x float> %1037, <8 x float> %1031)
  %1039 = fadd <8 x float> %1038, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1040 = fptosi <8 x float> %1029 to <8 x i32>
  %1041 = add <8 x i32> %1040, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1042 = shl <8 x i32> %1041, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1043 = bitcast <8 x i32> %1042 to <8 x float>
  %1044 = fmul <8 x float> %1039, %1043
  %1045 = fadd <8 x float> %1044, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1046 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1045
  %1047 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1046
  %1048 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1047, <8 x float> %991)
  %1049 = fcmp olt <8 x float> %1017, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1050 = select <8 x i1> %1049, <8 x float> %1024, <8 x float> %1048
  %1051 = fmul <8 x float> %1016, %1050
  %1052 = getelementptr inbounds float, float* %761, i64 %770
  %1053 = bitcast float* %1052 to <8 x float>*
  store <8 x float> %1051, <8 x float>* %1053, align 4
  %1054 = add i64 0, %771
  %1055 = add i64 %763, %1054
  %1056 = getelementptr inbounds float, float* %2, i64 %1055
  %1057 = bitcast float* %1056 to <8 x float>*
  %1058 = load <8 x float>, <8 x float>* %1057, align 4
  %1059 = load <8 x float>, <8 x float>* %16, align 32
  %1060 = add i64 128, %771
  %1061 = add i64 %763, %1060
  %1062 = getelementptr inbounds float, float* %2, i64 %1061
  %1063 = bitcast float* %1062 to <8 x float>*
  %1064 = load <8 x float>, <8 x float>* %1063, align 4
  %1065 = load <8 x float>, <8 x float>* %14, align 32
  %1066 = add i64 256, %771
  %1067 = add i64 %763, %1066
  %1068 = getelementptr inbounds float, float* %2, i64 %1067
  %1069 = bitcast float* %1068 to <8 x float>*
  %1070 = load <8 x float>, <8 x float>* %1069, align 4
  %1071 = load <8 x float>, <8 x float>* %12, align 32
  %1072 = add i64 384, %771
  %1073 = add i64 %763, %1072
  %1074 = getelementptr inbounds float, float* %2, i64 %1073
  %1075 = bitcast float* %1074 to <8 x float>*
  %1076 = load <8 x float>, <8 x float>* %1075, align 4
  %1077 = load <8 x float>, <8 x float>* %10, align 32
  %1078 = getelementptr inbounds float, float* %45, i64 %771
  %1079 = bitcast float* %1078 to <8 x float>*
  %1080 = load <8 x float>, <8 x float>* %1079, align 4
  %1081 = fadd <8 x float> %1058, %1059
  %1082 = fneg <8 x float> %1081
  %1083 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1082, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1084 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1083, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1085 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1084, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1086 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1085)
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1086, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1084)
  %1088 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1086, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1087)
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1088, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1090 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1089, <8 x float> %1088, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1091 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1090, <8 x float> %1088, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1092 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1091, <8 x float> %1088, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1092, <8 x float> %1088, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1094 = fmul <8 x float> %1088, %1088
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1093, <8 x float> %1094, <8 x float> %1088)
  %1096 = fadd <8 x float> %1095, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1097 = fptosi <8 x float> %1086 to <8 x i32>
  %1098 = add <8 x i32> %1097, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1099 = shl <8 x i32> %1098, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1100 = bitcast <8 x i32> %1099 to <8 x float>
  %1101 = fmul <8 x float> %1096, %1100
  %1102 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1101
  %1103 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1102
  %1104 = fadd <8 x float> %1064, %1065
  %1105 = fneg <8 x float> %1104
  %1106 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1105, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1107 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1106, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1107, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1109 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1108)
  %1110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1109, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1107)
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1109, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1110)
  %1112 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1111, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1112, <8 x float> %1111, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1113, <8 x float> %1111, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1114, <8 x float> %1111, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1116 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1115, <8 x float> %1111, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1117 = fmul <8 x float> %1111, %1111
  %1118 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1116, <8 x float> %1117, <8 x float> %1111)
  %1119 = fadd <8 x float> %1118, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1120 = fptosi <8 x float> %1109 to <8 x i32>
  %1121 = add <8 x i32> %1120, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1122 = shl <8 x i32> %1121, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1123 = bitcast <8 x i32> %1122 to <8 x float>
  %1124 = fmul <8 x float> %1119, %1123
  %1125 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1124
  %1126 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1125
  %1127 = fadd <8 x float> %1070, %1071
  %1128 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1127)
  %1129 = fmul <8 x float> %1127, %1127
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1129, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1130, <8 x float> %1129, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1131, <8 x float> %1129, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1132, <8 x float> %1129, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1134 = fmul <8 x float> %1133, %1129
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1134, <8 x float> %1127, <8 x float> %1127)
  %1136 = fmul <8 x float> %1128, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1137 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1136, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1138 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1137, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1138, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1140 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1139)
  %1141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1140, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1138)
  %1142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1140, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1141)
  %1143 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1142, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1143, <8 x float> %1142, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1144, <8 x float> %1142, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1145, <8 x float> %1142, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1146, <8 x float> %1142, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1148 = fmul <8 x float> %1142, %1142
  %1149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1147, <8 x float> %1148, <8 x float> %1142)
  %1150 = fadd <8 x float> %1149, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1151 = fptosi <8 x float> %1140 to <8 x i32>
  %1152 = add <8 x i32> %1151, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1153 = shl <8 x i32> %1152, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1154 = bitcast <8 x i32> %1153 to <8 x float>
  %1155 = fmul <8 x float> %1150, %1154
  %1156 = fadd <8 x float> %1155, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1157 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1156
  %1158 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1157
  %1159 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1158, <8 x float> %1127)
  %1160 = fcmp olt <8 x float> %1128, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1161 = select <8 x i1> %1160, <8 x float> %1135, <8 x float> %1159
  %1162 = fmul <8 x float> %1103, %1161
  %1163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1126, <8 x float> %1080, <8 x float> %1162)
  %1164 = getelementptr inbounds float, float* %45, i64 %771
  %1165 = bitcast float* %1164 to <8 x float>*
  store <8 x float> %1163, <8 x float>* %1165, align 4
  %1166 = fadd <8 x float> %1076, %1077
  %1167 = fneg <8 x float> %1166
  %1168 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1167, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1169 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1168, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1169, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1171 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1170)
  %1172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1171, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1169)
  %1173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1171, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1172)
  %1174 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1173, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1174, <8 x float> %1173, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1175, <8 x float> %1173, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1176, <8 x float> %1173, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1177, <8 x float> %1173, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1179 = fmul <8 x float> %1173, %1173
  %1180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1178, <8 x float> %1179, <8 x float> %1173)
  %1181 = fadd <8 x float> %1180, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1182 = fptosi <8 x float> %1171 to <8 x i32>
  %1183 = add <8 x i32> %1182, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1184 = shl <8 x i32> %1183, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1185 = bitcast <8 x i32> %1184 to <8 x float>
  %1186 = fmul <8 x float> %1181, %1185
  %1187 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1186
  %1188 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1187
  %1189 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1163)
  %1190 = fmul <8 x float> %1163, %1163
  %1191 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1190, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1191, <8 x float> %1190, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1192, <8 x float> %1190, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1193, <8 x float> %1190, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1195 = fmul <8 x float> %1194, %1190
  %1196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1195, <8 x float> %1163, <8 x float> %1163)
  %1197 = fmul <8 x float> %1189, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1198 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1197, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1199 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1198, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1199, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1201 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1200)
  %1202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1201, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1199)
  %1203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1201, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1202)
  %1204 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1203, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1204, <8 x float> %1203, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1203, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1206, <8 x float> %1203, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1207, <8 x float> %1203, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1209 = fmul <8 x float> %1203, %1203
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1208, <8 x float> %1209, <8 x float> %1203)
  %1211 = fadd <8 x float> %1210, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1212 = fptosi <8 x float> %1201 to <8 x i32>
  %1213 = add <8 x i32> %1212, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1214 = shl <8 x i32> %1213, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1215 = bitcast <8 x i32> %1214 to <8 x float>
  %1216 = fmul <8 x float> %1211, %1215
  %1217 = fadd <8 x float> %1216, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1218 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1217
  %1219 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1218
  %1220 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1219, <8 x float> %1163)
  %1221 = fcmp olt <8 x float> %1189, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1222 = select <8 x i1> %1221, <8 x float> %1196, <8 x float> %1220
  %1223 = fmul <8 x float> %1188, %1222
  %1224 = getelementptr inbounds float, float* %761, i64 %771
  %1225 = bitcast float* %1224 to <8 x float>*
  store <8 x float> %1223, <8 x float>* %1225, align 4
  %pair.next34 = add i64 %pair27, 1
  br label %pair.header24

then35:                                           ; preds = %pair.exit26
  %1226 = sub i64 %42, 1
  %1227 = mul i64 %1226, 8
  %1228 = add i64 0, %1227
  %1229 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1228
  %1230 = bitcast float* %1229 to <8 x float>*
  %1231 = load <8 x float>, <8 x float>* %1230, align 4
  store <8 x float> %1231, <8 x float>* %9, align 32
  %1232 = add i64 128, %1227
  %1233 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1232
  %1234 = bitcast float* %1233 to <8 x float>*
  %1235 = load <8 x float>, <8 x float>* %1234, align 4
  store <8 x float> %1235, <8 x float>* %8, align 32
  %1236 = add i64 256, %1227
  %1237 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1236
  %1238 = bitcast float* %1237 to <8 x float>*
  %1239 = load <8 x float>, <8 x float>* %1238, align 4
  store <8 x float> %1239, <8 x float>* %7, align 32
  %1240 = add i64 384, %1227
  %1241 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1240
  %1242 = bitcast float* %1241 to <8 x float>*
  %1243 = load <8 x float>, <8 x float>* %1242, align 4
  store <8 x float> %1243, <8 x float>* %6, align 32
  br label %k.header37

endif36:                                          ; preds = %k.exit39, %pair.exit26
  call void @GOMP_barrier()
  %s.next43 = add i64 %s23, 1
  br label %s.header20

k.header37:                                       ; preds = %k.body38, %then35
  %k40 = phi i64 [ 0, %then35 ], [ %k.next42, %k.body38 ]
  %1244 = icmp slt i64 %k40, 128
  br i1 %1244, label %k.body38, label %k.exit39

k.body38:                                         ; preds = %k.header37
  %1245 = mul i64 %1226, 128
  %1246 = add i64 %1245, %k40
  %1247 = mul i64 %1246, 32
  %1248 = add i64 %1247, 0
  %1249 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1248
  %1250 = bitcast float* %1249 to <8 x float>*
  %1251 = load <8 x float>, <8 x float>* %1250, align 4
  %1252 = mul i64 %1226, 128
  %1253 = add i64 %1252, %k40
  %1254 = mul i64 %1253, 32
  %1255 = add i64 %1254, 8
  %1256 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1255
  %1257 = bitcast float* %1256 to <8 x float>*
  %1258 = load <8 x float>, <8 x float>* %1257, align 4
  %1259 = mul i64 %1226, 128
  %1260 = add i64 %1259, %k40
  %1261 = mul i64 %1260, 32
  %1262 = add i64 %1261, 16
  %1263 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1262
  %1264 = bitcast float* %1263 to <8 x float>*
  %1265 = load <8 x float>, <8 x float>* %1264, align 4
  %1266 = mul i64 %1226, 128
  %1267 = add i64 %1266, %k40
  %1268 = mul i64 %1267, 32
  %1269 = add i64 %1268, 24
  %1270 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1269
  %1271 = bitcast float* %1270 to <8 x float>*
  %1272 = load <8 x float>, <8 x float>* %1271, align 4
  %1273 = getelementptr inbounds float, float* %760, i64 %k40
  %1274 = load float, float* %1273, align 4
  %1275 = insertelement <8 x float> undef, float %1274, i32 0
  %splat41 = shufflevector <8 x float> %1275, <8 x float> undef, <8 x i32> zeroinitializer
  %1276 = load <8 x float>, <8 x float>* %9, align 32
  %1277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1251, <8 x float> %1276)
  store <8 x float> %1277, <8 x float>* %9, align 32
  %1278 = load <8 x float>, <8 x float>* %8, align 32
  %1279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1258, <8 x float> %1278)
  store <8 x float> %1279, <8 x float>* %8, align 32
  %1280 = load <8 x float>, <8 x float>* %7, align 32
  %1281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1265, <8 x float> %1280)
  store <8 x float> %1281, <8 x float>* %7, align 32
  %1282 = load <8 x float>, <8 x float>* %6, align 32
  %1283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1272, <8 x float> %1282)
  store <8 x float> %1283, <8 x float>* %6, align 32
  %k.next42 = add i64 %k40, 1
  br label %k.header37

k.exit39:                                         ; preds = %k.header37
  %1284 = add i64 0, %1227
  %1285 = add i64 %763, %1284
  %1286 = getelementptr inbounds float, float* %2, i64 %1285
  %1287 = bitcast float* %1286 to <8 x float>*
  %1288 = load <8 x float>, <8 x float>* %1287, align 4
  %1289 = load <8 x float>, <8 x float>* %9, align 32
  %1290 = add i64 128, %1227
  %1291 = add i64 %763, %1290
  %1292 = getelementptr inbounds float, float* %2, i64 %1291
  %1293 = bitcast float* %1292 to <8 x float>*
  %1294 = load <8 x float>, <8 x float>* %1293, align 4
  %1295 = load <8 x float>, <8 x float>* %8, align 32
  %1296 = add i64 256, %1227
  %1297 = add i64 %763, %1296
  %1298 = getelementptr inbounds float, float* %2, i64 %1297
  %1299 = bitcast float* %1298 to <8 x float>*
  %1300 = load <8 x float>, <8 x float>* %1299, align 4
  %1301 = load <8 x float>, <8 x float>* %7, align 32
  %1302 = add i64 384, %1227
  %1303 = add i64 %763, %1302
  %1304 = getelementptr inbounds float, float* %2, i64 %1303
  %1305 = bitcast float* %1304 to <8 x float>*
  %1306 = load <8 x float>, <8 x float>* %1305, align 4
  %1307 = load <8 x float>, <8 x float>* %6, align 32
  %1308 = getelementptr inbounds float, float* %45, i64 %1227
  %1309 = bitcast float* %1308 to <8 x float>*
  %1310 = load <8 x float>, <8 x float>* %1309, align 4
  %1311 = fadd <8 x float> %1288, %1289
  %1312 = fneg <8 x float> %1311
  %1313 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1312, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1314 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1313, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1314, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1316 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1315)
  %1317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1316, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1314)
  %1318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1316, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1317)
  %1319 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1318, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1319, <8 x float> %1318, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1320, <8 x float> %1318, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1321, <8 x float> %1318, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1322, <8 x float> %1318, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1324 = fmul <8 x float> %1318, %1318
  %1325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1323, <8 x float> %1324, <8 x float> %1318)
  %1326 = fadd <8 x float> %1325, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1327 = fptosi <8 x float> %1316 to <8 x i32>
  %1328 = add <8 x i32> %1327, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1329 = shl <8 x i32> %1328, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1330 = bitcast <8 x i32> %1329 to <8 x float>
  %1331 = fmul <8 x float> %1326, %1330
  %1332 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1331
  %1333 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1332
  %1334 = fadd <8 x float> %1294, %1295
  %1335 = fneg <8 x float> %1334
  %1336 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1335, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1337 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1336, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1337, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1339 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1338)
  %1340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1339, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1337)
  %1341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1339, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1340)
  %1342 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1341, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1342, <8 x float> %1341, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1343, <8 x float> %1341, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1344, <8 x float> %1341, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1345, <8 x float> %1341, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1347 = fmul <8 x float> %1341, %1341
  %1348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1346, <8 x float> %1347, <8 x float> %1341)
  %1349 = fadd <8 x float> %1348, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1350 = fptosi <8 x float> %1339 to <8 x i32>
  %1351 = add <8 x i32> %1350, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1352 = shl <8 x i32> %1351, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1353 = bitcast <8 x i32> %1352 to <8 x float>
  %1354 = fmul <8 x float> %1349, %1353
  %1355 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1354
  %1356 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1355
  %1357 = fadd <8 x float> %1300, %1301
  %1358 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1357)
  %1359 = fmul <8 x float> %1357, %1357
  %1360 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1359, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1360, <8 x float> %1359, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1361, <8 x float> %1359, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1362, <8 x float> %1359, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1364 = fmul <8 x float> %1363, %1359
  %1365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1364, <8 x float> %1357, <8 x float> %1357)
  %1366 = fmul <8 x float> %1358, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1367 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1366, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1368 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1367, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1368, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1370 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1369)
  %1371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1370, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1368)
  %1372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1370, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1371)
  %1373 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1372, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1373, <8 x float> %1372, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1374, <8 x float> %1372, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1375, <8 x float> %1372, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1376, <8 x float> %1372, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1378 = fmul <8 x float> %1372, %1372
  %1379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1377, <8 x float> %1378, <8 x float> %1372)
  %1380 = fadd <8 x float> %1379, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1381 = fptosi <8 x float> %1370 to <8 x i32>
  %1382 = add <8 x i32> %1381, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1383 = shl <8 x i32> %1382, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1384 = bitcast <8 x i32> %1383 to <8 x float>
  %1385 = fmul <8 x float> %1380, %1384
  %1386 = fadd <8 x float> %1385, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1387 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1386
  %1388 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1387
  %1389 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1388, <8 x float> %1357)
  %1390 = fcmp olt <8 x float> %1358, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1391 = select <8 x i1> %1390, <8 x float> %1365, <8 x float> %1389
  %1392 = fmul <8 x float> %1333, %1391
  %1393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1356, <8 x float> %1310, <8 x float> %1392)
  %1394 = getelementptr inbounds float, float* %45, i64 %1227
  %1395 = bitcast float* %1394 to <8 x float>*
  store <8 x float> %1393, <8 x float>* %1395, align 4
  %1396 = fadd <8 x float> %1306, %1307
  %1397 = fneg <8 x float> %1396
  %1398 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1397, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1399 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1398, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1399, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1401 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1400)
  %1402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1401, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1399)
  %1403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1401, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1402)
  %1404 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1403, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1404, <8 x float> %1403, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1405, <8 x float> %1403, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1406, <8 x float> %1403, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1407, <8 x float> %1403, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1409 = fmul <8 x float> %1403, %1403
  %1410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1408, <8 x float> %1409, <8 x float> %1403)
  %1411 = fadd <8 x float> %1410, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1412 = fptosi <8 x float> %1401 to <8 x i32>
  %1413 = add <8 x i32> %1412, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1414 = shl <8 x i32> %1413, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1415 = bitcast <8 x i32> %1414 to <8 x float>
  %1416 = fmul <8 x float> %1411, %1415
  %1417 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1416
  %1418 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1417
  %1419 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1393)
  %1420 = fmul <8 x float> %1393, %1393
  %1421 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1420, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1421, <8 x float> %1420, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1422, <8 x float> %1420, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1423, <8 x float> %1420, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1425 = fmul <8 x float> %1424, %1420
  %1426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1425, <8 x float> %1393, <8 x float> %1393)
  %1427 = fmul <8 x float> %1419, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1428 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1427, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1429 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1428, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1429, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1431 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1430)
  %1432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1431, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1429)
  %1433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1431, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1432)
  %1434 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1433, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1434, <8 x float> %1433, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1435, <8 x float> %1433, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1436, <8 x float> %1433, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1437, <8 x float> %1433, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1439 = fmul <8 x float> %1433, %1433
  %1440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1438, <8 x float> %1439, <8 x float> %1433)
  %1441 = fadd <8 x float> %1440, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1442 = fptosi <8 x float> %1431 to <8 x i32>
  %1443 = add <8 x i32> %1442, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1444 = shl <8 x i32> %1443, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1445 = bitcast <8 x i32> %1444 to <8 x float>
  %1446 = fmul <8 x float> %1441, %1445
  %1447 = fadd <8 x float> %1446, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1448 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1447
  %1449 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1448
  %1450 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1449, <8 x float> %1393)
  %1451 = fcmp olt <8 x float> %1419, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1452 = select <8 x i1> %1451, <8 x float> %1426, <8 x float> %1450
  %1453 = fmul <8 x float> %1418, %1452
  %1454 = getelementptr inbounds float, float* %761, i64 %1227
  %1455 = bitcast float* %1454 to <8 x float>*
  store <8 x float> %1453, <8 x float>* %1455, align 4
  br label %endif36

copy.header44:                                    ; preds = %copy.body45, %s.exit22
  %copy47 = phi i64 [ %39, %s.exit22 ], [ %copy.next48, %copy.body45 ]
  %1456 = icmp slt i64 %copy47, %42
  br i1 %1456, label %copy.body45, label %copy.exit46

copy.body45:                                      ; preds = %copy.header44
  %1457 = mul i64 %copy47, 8
  %1458 = getelementptr inbounds float, float* %43, i64 %1457
  %1459 = bitcast float* %1458 to <8 x float>*
  %1460 = load <8 x float>, <8 x float>* %1459, align 4
  %1461 = add i64 0, %1457
  %1462 = getelementptr inbounds float, float* %0, i64 %1461
  %1463 = bitcast float* %1462 to <8 x float>*
  store <8 x float> %1460, <8 x float>* %1463, align 4
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
  %63 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %62
  %64 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %63
  %65 = mul i64 %40, 1
  %66 = add i64 %65, %41
  %67 = getelementptr inbounds float, float* %0, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %64, <8 x float>* %68, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
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
  %87 = fneg <8 x float> %86
  %88 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %87, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %89 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %88, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %90 = call <8 x float> @llvm.fma.v8f32(<8 x float> %89, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %91 = call <8 x float> @llvm.floor.v8f32(<8 x float> %90)
  %92 = call <8 x float> @llvm.fma.v8f32(<8 x float> %91, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %89)
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %91, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %92)
  %94 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %93, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %95 = call <8 x float> @llvm.fma.v8f32(<8 x float> %94, <8 x float> %93, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %96 = call <8 x float> @llvm.fma.v8f32(<8 x float> %95, <8 x float> %93, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %97 = call <8 x float> @llvm.fma.v8f32(<8 x float> %96, <8 x float> %93, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %98 = call <8 x float> @llvm.fma.v8f32(<8 x float> %97, <8 x float> %93, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %99 = fmul <8 x float> %93, %93
  %100 = call <8 x float> @llvm.fma.v8f32(<8 x float> %98, <8 x float> %99, <8 x float> %93)
  %101 = fadd <8 x float> %100, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %102 = fptosi <8 x float> %91 to <8 x i32>
  %103 = add <8 x i32> %102, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %104 = shl <8 x i32> %103, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %105 = bitcast <8 x i32> %104 to <8 x float>
  %106 = fmul <8 x float> %101, %105
  %107 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %106
  %108 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %107
  %109 = mul i64 %84, 1
  %110 = add i64 %109, %85
  %111 = getelementptr inbounds float, float* %0, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  store <8 x float> %108, <8 x float>* %112, align 4
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
  %8 = bitcast i32* %3 to i8*
  %9 = getelementptr inbounds i8, i8* %2, i64 412672
  %10 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %9, i8** %10, align 8
  %11 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %11, align 8
  %12 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %12, align 8
  %13 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %13, align 8
  %14 = bitcast [6 x i8*]* %args to i8*
  call void @node0.embedding_1.step0(i8* %14)
  %15 = load i32, i32* %3, align 4
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %then, label %endif

then:                                             ; preds = %entry
  ret i32 %15

endif:                                            ; preds = %entry
  %17 = getelementptr inbounds i8, i8* %2, i64 515072
  %18 = getelementptr inbounds i8, i8* %2, i64 412672
  %19 = getelementptr inbounds i8, i8* %2, i64 0
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %17, i8** %20, align 8
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %18, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %19, i8** %22, align 8
  %23 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %23, align 8
  %24 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.lstm_1.step0, i8* %24, i32 0, i32 0)
  call void @GOMP_parallel(void (i8*)* @node1.lstm_1.step1, i8* %24, i32 0, i32 0)
  %25 = getelementptr inbounds i8, i8* %2, i64 515072
  %26 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %26, align 8
  %27 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %25, i8** %27, align 8
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %28, align 8
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %29, align 8
  %30 = bitcast [6 x i8*]* %args to i8*
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4096 x i8], [4096 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4 x i8], [4 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %32, align 8
  call void @node2.dense_1.step0(i8* %30)
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
