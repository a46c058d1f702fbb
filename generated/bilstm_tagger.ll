; bilstm_tagger: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'bilstm_tagger'
source_filename = "bilstm_tagger"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.embedding_1.weight = external constant [4000000 x i8], align 64
@weight.lstm_1.weight_ih_l0 = external constant [204800 x i8], align 64
@weight.lstm_1.weight_hh_l0 = external constant [262144 x i8], align 64
@weight.lstm_1.bias_ih_l0 = external constant [2048 x i8], align 64
@weight.lstm_1.bias_hh_l0 = external constant [2048 x i8], align 64
@weight.lstm_1.weight_ih_l0_reverse = external constant [204800 x i8], align 64
@weight.lstm_1.weight_hh_l0_reverse = external constant [262144 x i8], align 64
@weight.lstm_1.bias_ih_l0_reverse = external constant [2048 x i8], align 64
@weight.lstm_1.bias_hh_l0_reverse = external constant [2048 x i8], align 64
@weight.lstm_1.weight_ih_packed0 = external constant [204800 x i8], align 64
@weight.lstm_1.weight_ih_packed1 = external constant [204800 x i8], align 64
@weight.lstm_1.weight_hh_t0 = external constant [262144 x i8], align 64
@weight.lstm_1.weight_hh_t1 = external constant [262144 x i8], align 64
@weight.dense_1.packed = external constant [24576 x i8], align 64
@weight.dense_1.bias = external constant [68 x i8], align 64
@dlc.model_name = private unnamed_addr constant [14 x i8] c"bilstm_tagger\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [2 x i64] [i64 1, i64 50]
@dlc.input0.name = private unnamed_addr constant [7 x i8] c"tokens\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([7 x i8], [7 x i8]* @dlc.input0.name, i32 0, i32 0), i32 2, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 200 }]
@dlc.output0.shape = private constant [3 x i64] [i64 1, i64 50, i64 17]
@dlc.output0.name = private unnamed_addr constant [5 x i8] c"tags\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([5 x i8], [5 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 3, i64* getelementptr inbounds ([3 x i64], [3 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 3400 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([14 x i8], [14 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 279167, i64 11891200 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare i8* @malloc(i64)

declare void @free(i8*)

; Function Attrs: alwaysinline nounwind
define internal void @node0.embedding_1.step0.body(float* noalias %0, i32* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = getelementptr inbounds i32, i32* %1, i64 %task
  %8 = load i32, i32* %7, align 4
  %9 = sext i32 %8 to i64
  %10 = icmp slt i64 %9, 0
  %11 = icmp sge i64 %9, 10000
  %12 = or i1 %10, %11
  br i1 %12, label %then, label %endif

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store i32 3, i32* %3, align 4
  ret void

endif:                                            ; preds = %task.body
  %13 = mul i64 %task, 100
  %14 = getelementptr inbounds float, float* %0, i64 %13
  %15 = mul i64 %9, 100
  %16 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.embedding_1.weight to float*), i64 %15
  %17 = bitcast float* %14 to i8*
  %18 = bitcast float* %16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %17, i8* align 4 %18, i64 400, i1 false)
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
  %7 = bitcast i8* %6 to i32*
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
  %19 = add i64 50, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 50
  %23 = select i1 %22, i64 %21, i64 50
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 50
  %26 = select i1 %25, i64 %24, i64 50
  call void @node0.embedding_1.step0.body(float* %4, i32* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %23 = srem i64 %task, 9
  %24 = sdiv i64 %task, 9
  %25 = mul i64 %23, 6
  %26 = mul i64 %24, 16
  %27 = mul i64 %24, 1600
  %28 = icmp eq i64 %23, 8
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
  %45 = icmp slt i64 %k, 100
  br i1 %45, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %46 = mul i64 %k, 16
  %47 = add i64 %27, %46
  %48 = add i64 %47, 0
  %49 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_packed0 to float*), i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = add i64 %47, 8
  %53 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_packed0 to float*), i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = add i64 %25, 0
  %57 = mul i64 %56, 100
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
  %67 = mul i64 %66, 100
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
  %108 = icmp slt i64 %k5, 100
  br i1 %108, label %k.body3, label %k.exit4

k.body3:                                          ; preds = %k.header2
  %109 = mul i64 %k5, 16
  %110 = add i64 %27, %109
  %111 = add i64 %110, 0
  %112 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_packed0 to float*), i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %110, 8
  %116 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_packed0 to float*), i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %25, 0
  %120 = mul i64 %119, 100
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
  %130 = mul i64 %129, 100
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
  %140 = mul i64 %139, 100
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
  %150 = mul i64 %149, 100
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
  %160 = mul i64 %159, 100
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
  %170 = mul i64 %169, 100
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
  %19 = add i64 288, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 288
  %23 = select i1 %22, i64 %21, i64 288
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 288
  %26 = select i1 %25, i64 %24, i64 288
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
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 9
  %24 = sdiv i64 %task, 9
  %25 = mul i64 %23, 6
  %26 = mul i64 %24, 16
  %27 = mul i64 %24, 1600
  %28 = icmp eq i64 %23, 8
  br i1 %28, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %29 = add i64 %26, 0
  %30 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0_reverse to float*), i64 %29
  %31 = bitcast float* %30 to <8 x float>*
  %32 = load <8 x float>, <8 x float>* %31, align 4
  store <8 x float> %32, <8 x float>* %21, align 32
  store <8 x float> %32, <8 x float>* %20, align 32
  %33 = add i64 %26, 8
  %34 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0_reverse to float*), i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  store <8 x float> %36, <8 x float>* %19, align 32
  store <8 x float> %36, <8 x float>* %18, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %37 = add i64 %26, 0
  %38 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0_reverse to float*), i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  store <8 x float> %40, <8 x float>* %17, align 32
  store <8 x float> %40, <8 x float>* %16, align 32
  store <8 x float> %40, <8 x float>* %15, align 32
  store <8 x float> %40, <8 x float>* %14, align 32
  store <8 x float> %40, <8 x float>* %13, align 32
  store <8 x float> %40, <8 x float>* %12, align 32
  %41 = add i64 %26, 8
  %42 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0_reverse to float*), i64 %41
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
  %45 = icmp slt i64 %k, 100
  br i1 %45, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %46 = mul i64 %k, 16
  %47 = add i64 %27, %46
  %48 = add i64 %47, 0
  %49 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_packed1 to float*), i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = add i64 %47, 8
  %53 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_packed1 to float*), i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = add i64 %25, 0
  %57 = mul i64 %56, 100
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
  %67 = mul i64 %66, 100
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
  %79 = add i64 50, %76
  %80 = mul i64 %79, 512
  %81 = add i64 %80, %77
  %82 = getelementptr inbounds float, float* %2, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %78, <8 x float>* %83, align 4
  %84 = add i64 %25, 1
  %85 = add i64 %26, 0
  %86 = load <8 x float>, <8 x float>* %20, align 32
  %87 = add i64 50, %84
  %88 = mul i64 %87, 512
  %89 = add i64 %88, %85
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %86, <8 x float>* %91, align 4
  %92 = add i64 %25, 0
  %93 = add i64 %26, 8
  %94 = load <8 x float>, <8 x float>* %19, align 32
  %95 = add i64 50, %92
  %96 = mul i64 %95, 512
  %97 = add i64 %96, %93
  %98 = getelementptr inbounds float, float* %2, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %94, <8 x float>* %99, align 4
  %100 = add i64 %25, 1
  %101 = add i64 %26, 8
  %102 = load <8 x float>, <8 x float>* %18, align 32
  %103 = add i64 50, %100
  %104 = mul i64 %103, 512
  %105 = add i64 %104, %101
  %106 = getelementptr inbounds float, float* %2, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %102, <8 x float>* %107, align 4
  br label %endif

k.header2:                                        ; preds = %k.body3, %else
  %k5 = phi i64 [ 0, %else ], [ %k.next12, %k.body3 ]
  %108 = icmp slt i64 %k5, 100
  br i1 %108, label %k.body3, label %k.exit4

k.body3:                                          ; preds = %k.header2
  %109 = mul i64 %k5, 16
  %110 = add i64 %27, %109
  %111 = add i64 %110, 0
  %112 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_packed1 to float*), i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %110, 8
  %116 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_packed1 to float*), i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %25, 0
  %120 = mul i64 %119, 100
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
  %130 = mul i64 %129, 100
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
  %140 = mul i64 %139, 100
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
  %150 = mul i64 %149, 100
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
  %160 = mul i64 %159, 100
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
  %170 = mul i64 %169, 100
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
  %182 = add i64 50, %179
  %183 = mul i64 %182, 512
  %184 = add i64 %183, %180
  %185 = getelementptr inbounds float, float* %2, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %181, <8 x float>* %186, align 4
  %187 = add i64 %25, 1
  %188 = add i64 %26, 0
  %189 = load <8 x float>, <8 x float>* %16, align 32
  %190 = add i64 50, %187
  %191 = mul i64 %190, 512
  %192 = add i64 %191, %188
  %193 = getelementptr inbounds float, float* %2, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  store <8 x float> %189, <8 x float>* %194, align 4
  %195 = add i64 %25, 2
  %196 = add i64 %26, 0
  %197 = load <8 x float>, <8 x float>* %15, align 32
  %198 = add i64 50, %195
  %199 = mul i64 %198, 512
  %200 = add i64 %199, %196
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %197, <8 x float>* %202, align 4
  %203 = add i64 %25, 3
  %204 = add i64 %26, 0
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = add i64 50, %203
  %207 = mul i64 %206, 512
  %208 = add i64 %207, %204
  %209 = getelementptr inbounds float, float* %2, i64 %208
  %210 = bitcast float* %209 to <8 x float>*
  store <8 x float> %205, <8 x float>* %210, align 4
  %211 = add i64 %25, 4
  %212 = add i64 %26, 0
  %213 = load <8 x float>, <8 x float>* %13, align 32
  %214 = add i64 50, %211
  %215 = mul i64 %214, 512
  %216 = add i64 %215, %212
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %213, <8 x float>* %218, align 4
  %219 = add i64 %25, 5
  %220 = add i64 %26, 0
  %221 = load <8 x float>, <8 x float>* %12, align 32
  %222 = add i64 50, %219
  %223 = mul i64 %222, 512
  %224 = add i64 %223, %220
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %221, <8 x float>* %226, align 4
  %227 = add i64 %25, 0
  %228 = add i64 %26, 8
  %229 = load <8 x float>, <8 x float>* %11, align 32
  %230 = add i64 50, %227
  %231 = mul i64 %230, 512
  %232 = add i64 %231, %228
  %233 = getelementptr inbounds float, float* %2, i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  store <8 x float> %229, <8 x float>* %234, align 4
  %235 = add i64 %25, 1
  %236 = add i64 %26, 8
  %237 = load <8 x float>, <8 x float>* %10, align 32
  %238 = add i64 50, %235
  %239 = mul i64 %238, 512
  %240 = add i64 %239, %236
  %241 = getelementptr inbounds float, float* %2, i64 %240
  %242 = bitcast float* %241 to <8 x float>*
  store <8 x float> %237, <8 x float>* %242, align 4
  %243 = add i64 %25, 2
  %244 = add i64 %26, 8
  %245 = load <8 x float>, <8 x float>* %9, align 32
  %246 = add i64 50, %243
  %247 = mul i64 %246, 512
  %248 = add i64 %247, %244
  %249 = getelementptr inbounds float, float* %2, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %245, <8 x float>* %250, align 4
  %251 = add i64 %25, 3
  %252 = add i64 %26, 8
  %253 = load <8 x float>, <8 x float>* %8, align 32
  %254 = add i64 50, %251
  %255 = mul i64 %254, 512
  %256 = add i64 %255, %252
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %253, <8 x float>* %258, align 4
  %259 = add i64 %25, 4
  %260 = add i64 %26, 8
  %261 = load <8 x float>, <8 x float>* %7, align 32
  %262 = add i64 50, %259
  %263 = mul i64 %262, 512
  %264 = add i64 %263, %260
  %265 = getelementptr inbounds float, float* %2, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  store <8 x float> %261, <8 x float>* %266, align 4
  %267 = add i64 %25, 5
  %268 = add i64 %26, 8
  %269 = load <8 x float>, <8 x float>* %6, align 32
  %270 = add i64 50, %267
  %271 = mul i64 %270, 512
  %272 = add i64 %271, %268
  %273 = getelementptr inbounds float, float* %2, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %269, <8 x float>* %274, align 4
  br label %endif
}

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
  %19 = add i64 288, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 288
  %23 = select i1 %22, i64 %21, i64 288
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 288
  %26 = select i1 %25, i64 %24, i64 288
  call void @node1.lstm_1.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.lstm_1.step2.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %70 = alloca <8 x float>, align 32
  %71 = alloca <8 x float>, align 32
  %72 = alloca <8 x float>, align 32
  %73 = alloca <8 x float>, align 32
  %74 = alloca <8 x float>, align 32
  %75 = alloca <8 x float>, align 32
  %76 = alloca <8 x float>, align 32
  %77 = alloca <8 x float>, align 32
  %78 = alloca <8 x float>, align 32
  %79 = alloca <8 x float>, align 32
  %80 = alloca <8 x float>, align 32
  %81 = alloca <8 x float>, align 32
  %82 = alloca <8 x float>, align 32
  %83 = alloca <8 x float>, align 32
  %84 = alloca <8 x float>, align 32
  %85 = alloca <8 x float>, align 32
  %86 = alloca <8 x float>, align 32
  %87 = alloca <8 x float>, align 32
  %88 = alloca <8 x float>, align 32
  %89 = alloca <8 x float>, align 32
  %90 = alloca <8 x float>, align 32
  %91 = alloca <8 x float>, align 32
  %92 = alloca <8 x float>, align 32
  %93 = alloca <8 x float>, align 32
  %94 = alloca <8 x float>, align 32
  %95 = alloca <8 x float>, align 32
  %96 = alloca <8 x float>, align 32
  %97 = alloca <8 x float>, align 32
  %98 = alloca <8 x float>, align 32
  %99 = alloca <8 x float>, align 32
  %100 = alloca <8 x float>, align 32
  %101 = alloca <8 x float>, align 32
  %102 = alloca <8 x float>, align 32
  %103 = alloca <8 x float>, align 32
  %104 = alloca <8 x float>, align 32
  %105 = alloca <8 x float>, align 32
  %106 = alloca <8 x float>, align 32
  %107 = alloca <8 x float>, align 32
  %108 = alloca <8 x float>, align 32
  %109 = alloca <8 x float>, align 32
  %110 = alloca <8 x float>, align 32
  %111 = alloca <8 x float>, align 32
  %112 = alloca <8 x float>, align 32
  %113 = alloca <8 x float>, align 32
  %114 = alloca <8 x float>, align 32
  %115 = alloca <8 x float>, align 32
  %116 = alloca <8 x float>, align 32
  %117 = alloca <8 x float>, align 32
  %118 = alloca <8 x float>, align 32
  %119 = alloca <8 x float>, align 32
  %120 = alloca <8 x float>, align 32
  %121 = alloca <8 x float>, align 32
  %122 = alloca <8 x float>, align 32
  %123 = alloca <8 x float>, align 32
  %124 = alloca <8 x float>, align 32
  %125 = alloca <8 x float>, align 32
  %126 = alloca <8 x float>, align 32
  %127 = alloca <8 x float>, align 32
  %128 = alloca <8 x float>, align 32
  %129 = alloca <8 x float>, align 32
  %130 = alloca <8 x float>, align 32
  %131 = alloca <8 x float>, align 32
  %132 = alloca <8 x float>, align 32
  %133 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %n.exit50, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %n.exit50 ]
  %134 = icmp slt i64 %task, %5
  br i1 %134, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %s.exit, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %s.exit ]
  %135 = icmp slt i64 %n, 1
  br i1 %135, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %136 = getelementptr inbounds float, float* %2, i64 51712
  %137 = bitcast float* %136 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %137, i8 0, i64 1024, i1 false)
  br label %s.header

n.exit:                                           ; preds = %n.header
  br label %n.header48

s.header:                                         ; preds = %s.exit45, %n.body
  %s = phi i64 [ 0, %n.body ], [ %s.next47, %s.exit45 ]
  %138 = icmp slt i64 %s, 50
  br i1 %138, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %139 = add i64 0, %n
  %140 = mul i64 %139, 50
  %141 = add i64 %140, %s
  %142 = mul i64 %141, 512
  %143 = load <8 x float>, <8 x float>* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to <8 x float>*), align 4
  store <8 x float> %143, <8 x float>* %133, align 32
  %144 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 8) to <8 x float>*), align 4
  store <8 x float> %144, <8 x float>* %132, align 32
  %145 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 16) to <8 x float>*), align 4
  store <8 x float> %145, <8 x float>* %131, align 32
  %146 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 24) to <8 x float>*), align 4
  store <8 x float> %146, <8 x float>* %130, align 32
  %147 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 32) to <8 x float>*), align 4
  store <8 x float> %147, <8 x float>* %129, align 32
  %148 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 40) to <8 x float>*), align 4
  store <8 x float> %148, <8 x float>* %128, align 32
  %149 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 48) to <8 x float>*), align 4
  store <8 x float> %149, <8 x float>* %127, align 32
  %150 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 56) to <8 x float>*), align 4
  store <8 x float> %150, <8 x float>* %126, align 32
  br label %k.header

s.exit:                                           ; preds = %s.header
  %n.next = add i64 %n, 1
  br label %n.header

k.header:                                         ; preds = %k.body, %s.body
  %k = phi i64 [ 0, %s.body ], [ %k.next, %k.body ]
  %151 = icmp slt i64 %k, 128
  br i1 %151, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %152 = add i64 51712, %k
  %153 = getelementptr inbounds float, float* %2, i64 %152
  %154 = load float, float* %153, align 4
  %155 = insertelement <8 x float> undef, float %154, i32 0
  %splat = shufflevector <8 x float> %155, <8 x float> undef, <8 x i32> zeroinitializer
  %156 = mul i64 %k, 512
  %157 = add i64 %156, 0
  %158 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  %160 = load <8 x float>, <8 x float>* %159, align 4
  %161 = load <8 x float>, <8 x float>* %133, align 32
  %162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %160, <8 x float> %splat, <8 x float> %161)
  store <8 x float> %162, <8 x float>* %133, align 32
  %163 = add i64 %156, 8
  %164 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = load <8 x float>, <8 x float>* %132, align 32
  %168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %splat, <8 x float> %167)
  store <8 x float> %168, <8 x float>* %132, align 32
  %169 = add i64 %156, 16
  %170 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %169
  %171 = bitcast float* %170 to <8 x float>*
  %172 = load <8 x float>, <8 x float>* %171, align 4
  %173 = load <8 x float>, <8 x float>* %131, align 32
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %172, <8 x float> %splat, <8 x float> %173)
  store <8 x float> %174, <8 x float>* %131, align 32
  %175 = add i64 %156, 24
  %176 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = load <8 x float>, <8 x float>* %130, align 32
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %splat, <8 x float> %179)
  store <8 x float> %180, <8 x float>* %130, align 32
  %181 = add i64 %156, 32
  %182 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = load <8 x float>, <8 x float>* %129, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> %splat, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %129, align 32
  %187 = add i64 %156, 40
  %188 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %187
  %189 = bitcast float* %188 to <8 x float>*
  %190 = load <8 x float>, <8 x float>* %189, align 4
  %191 = load <8 x float>, <8 x float>* %128, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> %splat, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %128, align 32
  %193 = add i64 %156, 48
  %194 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  %197 = load <8 x float>, <8 x float>* %127, align 32
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %196, <8 x float> %splat, <8 x float> %197)
  store <8 x float> %198, <8 x float>* %127, align 32
  %199 = add i64 %156, 56
  %200 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %199
  %201 = bitcast float* %200 to <8 x float>*
  %202 = load <8 x float>, <8 x float>* %201, align 4
  %203 = load <8 x float>, <8 x float>* %126, align 32
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %202, <8 x float> %splat, <8 x float> %203)
  store <8 x float> %204, <8 x float>* %126, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %205 = load <8 x float>, <8 x float>* %133, align 32
  %206 = getelementptr inbounds float, float* %2, i64 51200
  %207 = bitcast float* %206 to <8 x float>*
  store <8 x float> %205, <8 x float>* %207, align 4
  %208 = load <8 x float>, <8 x float>* %132, align 32
  %209 = getelementptr inbounds float, float* %2, i64 51208
  %210 = bitcast float* %209 to <8 x float>*
  store <8 x float> %208, <8 x float>* %210, align 4
  %211 = load <8 x float>, <8 x float>* %131, align 32
  %212 = getelementptr inbounds float, float* %2, i64 51216
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %214 = load <8 x float>, <8 x float>* %130, align 32
  %215 = getelementptr inbounds float, float* %2, i64 51224
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %214, <8 x float>* %216, align 4
  %217 = load <8 x float>, <8 x float>* %129, align 32
  %218 = getelementptr inbounds float, float* %2, i64 51232
  %219 = bitcast float* %218 to <8 x float>*
  store <8 x float> %217, <8 x float>* %219, align 4
  %220 = load <8 x float>, <8 x float>* %128, align 32
  %221 = getelementptr inbounds float, float* %2, i64 51240
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %220, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %127, align 32
  %224 = getelementptr inbounds float, float* %2, i64 51248
  %225 = bitcast float* %224 to <8 x float>*
  store <8 x float> %223, <8 x float>* %225, align 4
  %226 = load <8 x float>, <8 x float>* %126, align 32
  %227 = getelementptr inbounds float, float* %2, i64 51256
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %226, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 64) to <8 x float>*), align 4
  store <8 x float> %229, <8 x float>* %125, align 32
  %230 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 72) to <8 x float>*), align 4
  store <8 x float> %230, <8 x float>* %124, align 32
  %231 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 80) to <8 x float>*), align 4
  store <8 x float> %231, <8 x float>* %123, align 32
  %232 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 88) to <8 x float>*), align 4
  store <8 x float> %232, <8 x float>* %122, align 32
  %233 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 96) to <8 x float>*), align 4
  store <8 x float> %233, <8 x float>* %121, align 32
  %234 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 104) to <8 x float>*), align 4
  store <8 x float> %234, <8 x float>* %120, align 32
  %235 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 112) to <8 x float>*), align 4
  store <8 x float> %235, <8 x float>* %119, align 32
  %236 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %236, <8 x float>* %118, align 32
  br label %k.header1

k.header1:                                        ; preds = %k.body2, %k.exit
  %k4 = phi i64 [ 0, %k.exit ], [ %k.next6, %k.body2 ]
  %237 = icmp slt i64 %k4, 128
  br i1 %237, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %238 = add i64 51712, %k4
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat5 = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = mul i64 %k4, 512
  %243 = add i64 %242, 64
  %244 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %243
  %245 = bitcast float* %244 to <8 x float>*
  %246 = load <8 x float>, <8 x float>* %245, align 4
  %247 = load <8 x float>, <8 x float>* %125, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %splat5, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %125, align 32
  %249 = add i64 %242, 72
  %250 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %249
  %251 = bitcast float* %250 to <8 x float>*
  %252 = load <8 x float>, <8 x float>* %251, align 4
  %253 = load <8 x float>, <8 x float>* %124, align 32
  %254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %252, <8 x float> %splat5, <8 x float> %253)
  store <8 x float> %254, <8 x float>* %124, align 32
  %255 = add i64 %242, 80
  %256 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %255
  %257 = bitcast float* %256 to <8 x float>*
  %258 = load <8 x float>, <8 x float>* %257, align 4
  %259 = load <8 x float>, <8 x float>* %123, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %splat5, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %123, align 32
  %261 = add i64 %242, 88
  %262 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = load <8 x float>, <8 x float>* %122, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %splat5, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %122, align 32
  %267 = add i64 %242, 96
  %268 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = load <8 x float>, <8 x float>* %121, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %splat5, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %121, align 32
  %273 = add i64 %242, 104
  %274 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %273
  %275 = bitcast float* %274 to <8 x float>*
  %276 = load <8 x float>, <8 x float>* %275, align 4
  %277 = load <8 x float>, <8 x float>* %120, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %splat5, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %120, align 32
  %279 = add i64 %242, 112
  %280 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  %282 = load <8 x float>, <8 x float>* %281, align 4
  %283 = load <8 x float>, <8 x float>* %119, align 32
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %splat5, <8 x float> %283)
  store <8 x float> %284, <8 x float>* %119, align 32
  %285 = add i64 %242, 120
  %286 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %285
  %287 = bitcast float* %286 to <8 x float>*
  %288 = load <8 x float>, <8 x float>* %287, align 4
  %289 = load <8 x float>, <8 x float>* %118, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %288, <8 x float> %splat5, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %118, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %291 = load <8 x float>, <8 x float>* %125, align 32
  %292 = getelementptr inbounds float, float* %2, i64 51264
  %293 = bitcast float* %292 to <8 x float>*
  store <8 x float> %291, <8 x float>* %293, align 4
  %294 = load <8 x float>, <8 x float>* %124, align 32
  %295 = getelementptr inbounds float, float* %2, i64 51272
  %296 = bitcast float* %295 to <8 x float>*
  store <8 x float> %294, <8 x float>* %296, align 4
  %297 = load <8 x float>, <8 x float>* %123, align 32
  %298 = getelementptr inbounds float, float* %2, i64 51280
  %299 = bitcast float* %298 to <8 x float>*
  store <8 x float> %297, <8 x float>* %299, align 4
  %300 = load <8 x float>, <8 x float>* %122, align 32
  %301 = getelementptr inbounds float, float* %2, i64 51288
  %302 = bitcast float* %301 to <8 x float>*
  store <8 x float> %300, <8 x float>* %302, align 4
  %303 = load <8 x float>, <8 x float>* %121, align 32
  %304 = getelementptr inbounds float, float* %2, i64 51296
  %305 = bitcast float* %304 to <8 x float>*
  store <8 x float> %303, <8 x float>* %305, align 4
  %306 = load <8 x float>, <8 x float>* %120, align 32
  %307 = getelementptr inbounds float, float* %2, i64 51304
  %308 = bitcast float* %307 to <8 x float>*
  store <8 x float> %306, <8 x float>* %308, align 4
  %309 = load <8 x float>, <8 x float>* %119, align 32
  %310 = getelementptr inbounds float, float* %2, i64 51312
  %311 = bitcast float* %310 to <8 x float>*
  store <8 x float> %309, <8 x float>* %311, align 4
  %312 = load <8 x float>, <8 x float>* %118, align 32
  %313 = getelementptr inbounds float, float* %2, i64 51320
  %314 = bitcast float* %313 to <8 x float>*
  store <8 x float> %312, <8 x float>* %314, align 4
  %315 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 128) to <8 x float>*), align 4
  store <8 x float> %315, <8 x float>* %117, align 32
  %316 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 136) to <8 x float>*), align 4
  store <8 x float> %316, <8 x float>* %116, align 32
  %317 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 144) to <8 x float>*), align 4
  store <8 x float> %317, <8 x float>* %115, align 32
  %318 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 152) to <8 x float>*), align 4
  store <8 x float> %318, <8 x float>* %114, align 32
  %319 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 160) to <8 x float>*), align 4
  store <8 x float> %319, <8 x float>* %113, align 32
  %320 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 168) to <8 x float>*), align 4
  store <8 x float> %320, <8 x float>* %112, align 32
  %321 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 176) to <8 x float>*), align 4
  store <8 x float> %321, <8 x float>* %111, align 32
  %322 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 184) to <8 x float>*), align 4
  store <8 x float> %322, <8 x float>* %110, align 32
  br label %k.header7

k.header7:                                        ; preds = %k.body8, %k.exit3
  %k10 = phi i64 [ 0, %k.exit3 ], [ %k.next12, %k.body8 ]
  %323 = icmp slt i64 %k10, 128
  br i1 %323, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %324 = add i64 51712, %k10
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = load float, float* %325, align 4
  %327 = insertelement <8 x float> undef, float %326, i32 0
  %splat11 = shufflevector <8 x float> %327, <8 x float> undef, <8 x i32> zeroinitializer
  %328 = mul i64 %k10, 512
  %329 = add i64 %328, 128
  %330 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %329
  %331 = bitcast float* %330 to <8 x float>*
  %332 = load <8 x float>, <8 x float>* %331, align 4
  %333 = load <8 x float>, <8 x float>* %117, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %332, <8 x float> %splat11, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %117, align 32
  %335 = add i64 %328, 136
  %336 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  %338 = load <8 x float>, <8 x float>* %337, align 4
  %339 = load <8 x float>, <8 x float>* %116, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> %splat11, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %116, align 32
  %341 = add i64 %328, 144
  %342 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  %344 = load <8 x float>, <8 x float>* %343, align 4
  %345 = load <8 x float>, <8 x float>* %115, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %344, <8 x float> %splat11, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %115, align 32
  %347 = add i64 %328, 152
  %348 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  %350 = load <8 x float>, <8 x float>* %349, align 4
  %351 = load <8 x float>, <8 x float>* %114, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %350, <8 x float> %splat11, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %114, align 32
  %353 = add i64 %328, 160
  %354 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %353
  %355 = bitcast float* %354 to <8 x float>*
  %356 = load <8 x float>, <8 x float>* %355, align 4
  %357 = load <8 x float>, <8 x float>* %113, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %356, <8 x float> %splat11, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %113, align 32
  %359 = add i64 %328, 168
  %360 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %359
  %361 = bitcast float* %360 to <8 x float>*
  %362 = load <8 x float>, <8 x float>* %361, align 4
  %363 = load <8 x float>, <8 x float>* %112, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %splat11, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %112, align 32
  %365 = add i64 %328, 176
  %366 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %365
  %367 = bitcast float* %366 to <8 x float>*
  %368 = load <8 x float>, <8 x float>* %367, align 4
  %369 = load <8 x float>, <8 x float>* %111, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %368, <8 x float> %splat11, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %111, align 32
  %371 = add i64 %328, 184
  %372 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  %374 = load <8 x float>, <8 x float>* %373, align 4
  %375 = load <8 x float>, <8 x float>* %110, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %374, <8 x float> %splat11, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %110, align 32
  %k.next12 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %377 = load <8 x float>, <8 x float>* %117, align 32
  %378 = getelementptr inbounds float, float* %2, i64 51328
  %379 = bitcast float* %378 to <8 x float>*
  store <8 x float> %377, <8 x float>* %379, align 4
  %380 = load <8 x float>, <8 x float>* %116, align 32
  %381 = getelementptr inbounds float, float* %2, i64 51336
  %382 = bitcast float* %381 to <8 x float>*
  store <8 x float> %380, <8 x float>* %382, align 4
  %383 = load <8 x float>, <8 x float>* %115, align 32
  %384 = getelementptr inbounds float, float* %2, i64 51344
  %385 = bitcast float* %384 to <8 x float>*
  store <8 x float> %383, <8 x float>* %385, align 4
  %386 = load <8 x float>, <8 x float>* %114, align 32
  %387 = getelementptr inbounds float, float* %2, i64 51352
  %388 = bitcast float* %387 to <8 x float>*
  store <8 x float> %386, <8 x float>* %388, align 4
  %389 = load <8 x float>, <8 x float>* %113, align 32
  %390 = getelementptr inbounds float, float* %2, i64 51360
  %391 = bitcast float* %390 to <8 x float>*
  store <8 x float> %389, <8 x float>* %391, align 4
  %392 = load <8 x float>, <8 x float>* %112, align 32
  %393 = getelementptr inbounds float, float* %2, i64 51368
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %392, <8 x float>* %394, align 4
  %395 = load <8 x float>, <8 x float>* %111, align 32
  %396 = getelementptr inbounds float, float* %2, i64 51376
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %395, <8 x float>* %397, align 4
  %398 = load <8 x float>, <8 x float>* %110, align 32
  %399 = getelementptr inbounds float, float* %2, i64 51384
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %398, <8 x float>* %400, align 4
  %401 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 192) to <8 x float>*), align 4
  store <8 x float> %401, <8 x float>* %109, align 32
  %402 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 200) to <8 x float>*), align 4
  store <8 x float> %402, <8 x float>* %108, align 32
  %403 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 208) to <8 x float>*), align 4
  store <8 x float> %403, <8 x float>* %107, align 32
  %404 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 216) to <8 x float>*), align 4
  store <8 x float> %404, <8 x float>* %106, align 32
  %405 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 224) to <8 x float>*), align 4
  store <8 x float> %405, <8 x float>* %105, align 32
  %406 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 232) to <8 x float>*), align 4
  store <8 x float> %406, <8 x float>* %104, align 32
  %407 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 240) to <8 x float>*), align 4
  store <8 x float> %407, <8 x float>* %103, align 32
  %408 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 248) to <8 x float>*), align 4
  store <8 x float> %408, <8 x float>* %102, align 32
  br label %k.header13

k.header13:                                       ; preds = %k.body14, %k.exit9
  %k16 = phi i64 [ 0, %k.exit9 ], [ %k.next18, %k.body14 ]
  %409 = icmp slt i64 %k16, 128
  br i1 %409, label %k.body14, label %k.exit15

k.body14:                                         ; preds = %k.header13
  %410 = add i64 51712, %k16
  %411 = getelementptr inbounds float, float* %2, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat17 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = mul i64 %k16, 512
  %415 = add i64 %414, 192
  %416 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %415
  %417 = bitcast float* %416 to <8 x float>*
  %418 = load <8 x float>, <8 x float>* %417, align 4
  %419 = load <8 x float>, <8 x float>* %109, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %splat17, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %109, align 32
  %421 = add i64 %414, 200
  %422 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %421
  %423 = bitcast float* %422 to <8 x float>*
  %424 = load <8 x float>, <8 x float>* %423, align 4
  %425 = load <8 x float>, <8 x float>* %108, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %424, <8 x float> %splat17, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %108, align 32
  %427 = add i64 %414, 208
  %428 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  %430 = load <8 x float>, <8 x float>* %429, align 4
  %431 = load <8 x float>, <8 x float>* %107, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> %splat17, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %107, align 32
  %433 = add i64 %414, 216
  %434 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  %436 = load <8 x float>, <8 x float>* %435, align 4
  %437 = load <8 x float>, <8 x float>* %106, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %436, <8 x float> %splat17, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %106, align 32
  %439 = add i64 %414, 224
  %440 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  %442 = load <8 x float>, <8 x float>* %441, align 4
  %443 = load <8 x float>, <8 x float>* %105, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %442, <8 x float> %splat17, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %105, align 32
  %445 = add i64 %414, 232
  %446 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %445
  %447 = bitcast float* %446 to <8 x float>*
  %448 = load <8 x float>, <8 x float>* %447, align 4
  %449 = load <8 x float>, <8 x float>* %104, align 32
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %448, <8 x float> %splat17, <8 x float> %449)
  store <8 x float> %450, <8 x float>* %104, align 32
  %451 = add i64 %414, 240
  %452 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %451
  %453 = bitcast float* %452 to <8 x float>*
  %454 = load <8 x float>, <8 x float>* %453, align 4
  %455 = load <8 x float>, <8 x float>* %103, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %454, <8 x float> %splat17, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %103, align 32
  %457 = add i64 %414, 248
  %458 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %457
  %459 = bitcast float* %458 to <8 x float>*
  %460 = load <8 x float>, <8 x float>* %459, align 4
  %461 = load <8 x float>, <8 x float>* %102, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %splat17, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %102, align 32
  %k.next18 = add i64 %k16, 1
  br label %k.header13

k.exit15:                                         ; preds = %k.header13
  %463 = load <8 x float>, <8 x float>* %109, align 32
  %464 = getelementptr inbounds float, float* %2, i64 51392
  %465 = bitcast float* %464 to <8 x float>*
  store <8 x float> %463, <8 x float>* %465, align 4
  %466 = load <8 x float>, <8 x float>* %108, align 32
  %467 = getelementptr inbounds float, float* %2, i64 51400
  %468 = bitcast float* %467 to <8 x float>*
  store <8 x float> %466, <8 x float>* %468, align 4
  %469 = load <8 x float>, <8 x float>* %107, align 32
  %470 = getelementptr inbounds float, float* %2, i64 51408
  %471 = bitcast float* %470 to <8 x float>*
  store <8 x float> %469, <8 x float>* %471, align 4
  %472 = load <8 x float>, <8 x float>* %106, align 32
  %473 = getelementptr inbounds float, float* %2, i64 51416
  %474 = bitcast float* %473 to <8 x float>*
  store <8 x float> %472, <8 x float>* %474, align 4
  %475 = load <8 x float>, <8 x float>* %105, align 32
  %476 = getelementptr inbounds float, float* %2, i64 51424
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %475, <8 x float>* %477, align 4
  %478 = load <8 x float>, <8 x float>* %104, align 32
  %479 = getelementptr inbounds float, float* %2, i64 51432
  %480 = bitcast float* %479 to <8 x float>*
  store <8 x float> %478, <8 x float>* %480, align 4
  %481 = load <8 x float>, <8 x float>* %103, align 32
  %482 = getelementptr inbounds float, float* %2, i64 51440
  %483 = bitcast float* %482 to <8 x float>*
  store <8 x float> %481, <8 x float>* %483, align 4
  %484 = load <8 x float>, <8 x float>* %102, align 32
  %485 = getelementptr inbounds float, float* %2, i64 51448
  %486 = bitcast float* %485 to <8 x float>*
  store <8 x float> %484, <8 x float>* %486, align 4
  %487 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 256) to <8 x float>*), align 4
  store <8 x float> %487, <8 x float>* %101, align 32
  %488 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 264) to <8 x float>*), align 4
  store <8 x float> %488, <8 x float>* %100, align 32
  %489 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 272) to <8 x float>*), align 4
  store <8 x float> %489, <8 x float>* %99, align 32
  %490 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 280) to <8 x float>*), align 4
  store <8 x float> %490, <8 x float>* %98, align 32
  %491 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 288) to <8 x float>*), align 4
  store <8 x float> %491, <8 x float>* %97, align 32
  %492 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 296) to <8 x float>*), align 4
  store <8 x float> %492, <8 x float>* %96, align 32
  %493 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 304) to <8 x float>*), align 4
  store <8 x float> %493, <8 x float>* %95, align 32
  %494 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 312) to <8 x float>*), align 4
  store <8 x float> %494, <8 x float>* %94, align 32
  br label %k.header19

k.header19:                                       ; preds = %k.body20, %k.exit15
  %k22 = phi i64 [ 0, %k.exit15 ], [ %k.next24, %k.body20 ]
  %495 = icmp slt i64 %k22, 128
  br i1 %495, label %k.body20, label %k.exit21

k.body20:                                         ; preds = %k.header19
  %496 = add i64 51712, %k22
  %497 = getelementptr inbounds float, float* %2, i64 %496
  %498 = load float, float* %497, align 4
  %499 = insertelement <8 x float> undef, float %498, i32 0
  %splat23 = shufflevector <8 x float> %499, <8 x float> undef, <8 x i32> zeroinitializer
  %500 = mul i64 %k22, 512
  %501 = add i64 %500, 256
  %502 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %501
  %503 = bitcast float* %502 to <8 x float>*
  %504 = load <8 x float>, <8 x float>* %503, align 4
  %505 = load <8 x float>, <8 x float>* %101, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %504, <8 x float> %splat23, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %101, align 32
  %507 = add i64 %500, 264
  %508 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  %510 = load <8 x float>, <8 x float>* %509, align 4
  %511 = load <8 x float>, <8 x float>* %100, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> %splat23, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %100, align 32
  %513 = add i64 %500, 272
  %514 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %513
  %515 = bitcast float* %514 to <8 x float>*
  %516 = load <8 x float>, <8 x float>* %515, align 4
  %517 = load <8 x float>, <8 x float>* %99, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %516, <8 x float> %splat23, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %99, align 32
  %519 = add i64 %500, 280
  %520 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  %522 = load <8 x float>, <8 x float>* %521, align 4
  %523 = load <8 x float>, <8 x float>* %98, align 32
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %522, <8 x float> %splat23, <8 x float> %523)
  store <8 x float> %524, <8 x float>* %98, align 32
  %525 = add i64 %500, 288
  %526 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %525
  %527 = bitcast float* %526 to <8 x float>*
  %528 = load <8 x float>, <8 x float>* %527, align 4
  %529 = load <8 x float>, <8 x float>* %97, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %528, <8 x float> %splat23, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %97, align 32
  %531 = add i64 %500, 296
  %532 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  %534 = load <8 x float>, <8 x float>* %533, align 4
  %535 = load <8 x float>, <8 x float>* %96, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %534, <8 x float> %splat23, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %96, align 32
  %537 = add i64 %500, 304
  %538 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %537
  %539 = bitcast float* %538 to <8 x float>*
  %540 = load <8 x float>, <8 x float>* %539, align 4
  %541 = load <8 x float>, <8 x float>* %95, align 32
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %540, <8 x float> %splat23, <8 x float> %541)
  store <8 x float> %542, <8 x float>* %95, align 32
  %543 = add i64 %500, 312
  %544 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  %546 = load <8 x float>, <8 x float>* %545, align 4
  %547 = load <8 x float>, <8 x float>* %94, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %546, <8 x float> %splat23, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %94, align 32
  %k.next24 = add i64 %k22, 1
  br label %k.header19

k.exit21:                                         ; preds = %k.header19
  %549 = load <8 x float>, <8 x float>* %101, align 32
  %550 = getelementptr inbounds float, float* %2, i64 51456
  %551 = bitcast float* %550 to <8 x float>*
  store <8 x float> %549, <8 x float>* %551, align 4
  %552 = load <8 x float>, <8 x float>* %100, align 32
  %553 = getelementptr inbounds float, float* %2, i64 51464
  %554 = bitcast float* %553 to <8 x float>*
  store <8 x float> %552, <8 x float>* %554, align 4
  %555 = load <8 x float>, <8 x float>* %99, align 32
  %556 = getelementptr inbounds float, float* %2, i64 51472
  %557 = bitcast float* %556 to <8 x float>*
  store <8 x float> %555, <8 x float>* %557, align 4
  %558 = load <8 x float>, <8 x float>* %98, align 32
  %559 = getelementptr inbounds float, float* %2, i64 51480
  %560 = bitcast float* %559 to <8 x float>*
  store <8 x float> %558, <8 x float>* %560, align 4
  %561 = load <8 x float>, <8 x float>* %97, align 32
  %562 = getelementptr inbounds float, float* %2, i64 51488
  %563 = bitcast float* %562 to <8 x float>*
  store <8 x float> %561, <8 x float>* %563, align 4
  %564 = load <8 x float>, <8 x float>* %96, align 32
  %565 = getelementptr inbounds float, float* %2, i64 51496
  %566 = bitcast float* %565 to <8 x float>*
  store <8 x float> %564, <8 x float>* %566, align 4
  %567 = load <8 x float>, <8 x float>* %95, align 32
  %568 = getelementptr inbounds float, float* %2, i64 51504
  %569 = bitcast float* %568 to <8 x float>*
  store <8 x float> %567, <8 x float>* %569, align 4
  %570 = load <8 x float>, <8 x float>* %94, align 32
  %571 = getelementptr inbounds float, float* %2, i64 51512
  %572 = bitcast float* %571 to <8 x float>*
  store <8 x float> %570, <8 x float>* %572, align 4
  %573 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 320) to <8 x float>*), align 4
  store <8 x float> %573, <8 x float>* %93, align 32
  %574 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 328) to <8 x float>*), align 4
  store <8 x float> %574, <8 x float>* %92, align 32
  %575 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 336) to <8 x float>*), align 4
  store <8 x float> %575, <8 x float>* %91, align 32
  %576 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 344) to <8 x float>*), align 4
  store <8 x float> %576, <8 x float>* %90, align 32
  %577 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 352) to <8 x float>*), align 4
  store <8 x float> %577, <8 x float>* %89, align 32
  %578 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 360) to <8 x float>*), align 4
  store <8 x float> %578, <8 x float>* %88, align 32
  %579 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 368) to <8 x float>*), align 4
  store <8 x float> %579, <8 x float>* %87, align 32
  %580 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 376) to <8 x float>*), align 4
  store <8 x float> %580, <8 x float>* %86, align 32
  br label %k.header25

k.header25:                                       ; preds = %k.body26, %k.exit21
  %k28 = phi i64 [ 0, %k.exit21 ], [ %k.next30, %k.body26 ]
  %581 = icmp slt i64 %k28, 128
  br i1 %581, label %k.body26, label %k.exit27

k.body26:                                         ; preds = %k.header25
  %582 = add i64 51712, %k28
  %583 = getelementptr inbounds float, float* %2, i64 %582
  %584 = load float, float* %583, align 4
  %585 = insertelement <8 x float> undef, float %584, i32 0
  %splat29 = shufflevector <8 x float> %585, <8 x float> undef, <8 x i32> zeroinitializer
  %586 = mul i64 %k28, 512
  %587 = add i64 %586, 320
  %588 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = load <8 x float>, <8 x float>* %93, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %590, <8 x float> %splat29, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %93, align 32
  %593 = add i64 %586, 328
  %594 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %593
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = load <8 x float>, <8 x float>* %92, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %596, <8 x float> %splat29, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %92, align 32
  %599 = add i64 %586, 336
  %600 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %599
  %601 = bitcast float* %600 to <8 x float>*
  %602 = load <8 x float>, <8 x float>* %601, align 4
  %603 = load <8 x float>, <8 x float>* %91, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %602, <8 x float> %splat29, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %91, align 32
  %605 = add i64 %586, 344
  %606 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %605
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = load <8 x float>, <8 x float>* %90, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %608, <8 x float> %splat29, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %90, align 32
  %611 = add i64 %586, 352
  %612 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %611
  %613 = bitcast float* %612 to <8 x float>*
  %614 = load <8 x float>, <8 x float>* %613, align 4
  %615 = load <8 x float>, <8 x float>* %89, align 32
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %splat29, <8 x float> %615)
  store <8 x float> %616, <8 x float>* %89, align 32
  %617 = add i64 %586, 360
  %618 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %617
  %619 = bitcast float* %618 to <8 x float>*
  %620 = load <8 x float>, <8 x float>* %619, align 4
  %621 = load <8 x float>, <8 x float>* %88, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %620, <8 x float> %splat29, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %88, align 32
  %623 = add i64 %586, 368
  %624 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = load <8 x float>, <8 x float>* %87, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %626, <8 x float> %splat29, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %87, align 32
  %629 = add i64 %586, 376
  %630 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %629
  %631 = bitcast float* %630 to <8 x float>*
  %632 = load <8 x float>, <8 x float>* %631, align 4
  %633 = load <8 x float>, <8 x float>* %86, align 32
  %634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %632, <8 x float> %splat29, <8 x float> %633)
  store <8 x float> %634, <8 x float>* %86, align 32
  %k.next30 = add i64 %k28, 1
  br label %k.header25

k.exit27:                                         ; preds = %k.header25
  %635 = load <8 x float>, <8 x float>* %93, align 32
  %636 = getelementptr inbounds float, float* %2, i64 51520
  %637 = bitcast float* %636 to <8 x float>*
  store <8 x float> %635, <8 x float>* %637, align 4
  %638 = load <8 x float>, <8 x float>* %92, align 32
  %639 = getelementptr inbounds float, float* %2, i64 51528
  %640 = bitcast float* %639 to <8 x float>*
  store <8 x float> %638, <8 x float>* %640, align 4
  %641 = load <8 x float>, <8 x float>* %91, align 32
  %642 = getelementptr inbounds float, float* %2, i64 51536
  %643 = bitcast float* %642 to <8 x float>*
  store <8 x float> %641, <8 x float>* %643, align 4
  %644 = load <8 x float>, <8 x float>* %90, align 32
  %645 = getelementptr inbounds float, float* %2, i64 51544
  %646 = bitcast float* %645 to <8 x float>*
  store <8 x float> %644, <8 x float>* %646, align 4
  %647 = load <8 x float>, <8 x float>* %89, align 32
  %648 = getelementptr inbounds float, float* %2, i64 51552
  %649 = bitcast float* %648 to <8 x float>*
  store <8 x float> %647, <8 x float>* %649, align 4
  %650 = load <8 x float>, <8 x float>* %88, align 32
  %651 = getelementptr inbounds float, float* %2, i64 51560
  %652 = bitcast float* %651 to <8 x float>*
  store <8 x float> %650, <8 x float>* %652, align 4
  %653 = load <8 x float>, <8 x float>* %87, align 32
  %654 = getelementptr inbounds float, float* %2, i64 51568
  %655 = bitcast float* %654 to <8 x float>*
  store <8 x float> %653, <8 x float>* %655, align 4
  %656 = load <8 x float>, <8 x float>* %86, align 32
  %657 = getelementptr inbounds float, float* %2, i64 51576
  %658 = bitcast float* %657 to <8 x float>*
  store <8 x float> %656, <8 x float>* %658, align 4
  %659 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 384) to <8 x float>*), align 4
  store <8 x float> %659, <8 x float>* %85, align 32
  %660 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 392) to <8 x float>*), align 4
  store <8 x float> %660, <8 x float>* %84, align 32
  %661 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 400) to <8 x float>*), align 4
  store <8 x float> %661, <8 x float>* %83, align 32
  %662 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 408) to <8 x float>*), align 4
  store <8 x float> %662, <8 x float>* %82, align 32
  %663 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 416) to <8 x float>*), align 4
  store <8 x float> %663, <8 x float>* %81, align 32
  %664 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 424) to <8 x float>*), align 4
  store <8 x float> %664, <8 x float>* %80, align 32
  %665 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 432) to <8 x float>*), align 4
  store <8 x float> %665, <8 x float>* %79, align 32
  %666 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 440) to <8 x float>*), align 4
  store <8 x float> %666, <8 x float>* %78, align 32
  br label %k.header31

k.header31:                                       ; preds = %k.body32, %k.exit27
  %k34 = phi i64 [ 0, %k.exit27 ], [ %k.next36, %k.body32 ]
  %667 = icmp slt i64 %k34, 128
  br i1 %667, label %k.body32, label %k.exit33

k.body32:                                         ; preds = %k.header31
  %668 = add i64 51712, %k34
  %669 = getelementptr inbounds float, float* %2, i64 %668
  %670 = load float, float* %669, align 4
  %671 = insertelement <8 x float> undef, float %670, i32 0
  %splat35 = shufflevector <8 x float> %671, <8 x float> undef, <8 x i32> zeroinitializer
  %672 = mul i64 %k34, 512
  %673 = add i64 %672, 384
  %674 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %673
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = load <8 x float>, <8 x float>* %85, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %676, <8 x float> %splat35, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %85, align 32
  %679 = add i64 %672, 392
  %680 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %679
  %681 = bitcast float* %680 to <8 x float>*
  %682 = load <8 x float>, <8 x float>* %681, align 4
  %683 = load <8 x float>, <8 x float>* %84, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %682, <8 x float> %splat35, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %84, align 32
  %685 = add i64 %672, 400
  %686 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = load <8 x float>, <8 x float>* %83, align 32
  %690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> %splat35, <8 x float> %689)
  store <8 x float> %690, <8 x float>* %83, align 32
  %691 = add i64 %672, 408
  %692 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %691
  %693 = bitcast float* %692 to <8 x float>*
  %694 = load <8 x float>, <8 x float>* %693, align 4
  %695 = load <8 x float>, <8 x float>* %82, align 32
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %694, <8 x float> %splat35, <8 x float> %695)
  store <8 x float> %696, <8 x float>* %82, align 32
  %697 = add i64 %672, 416
  %698 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %697
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = load <8 x float>, <8 x float>* %81, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %700, <8 x float> %splat35, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %81, align 32
  %703 = add i64 %672, 424
  %704 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %703
  %705 = bitcast float* %704 to <8 x float>*
  %706 = load <8 x float>, <8 x float>* %705, align 4
  %707 = load <8 x float>, <8 x float>* %80, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %706, <8 x float> %splat35, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %80, align 32
  %709 = add i64 %672, 432
  %710 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %709
  %711 = bitcast float* %710 to <8 x float>*
  %712 = load <8 x float>, <8 x float>* %711, align 4
  %713 = load <8 x float>, <8 x float>* %79, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> %splat35, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %79, align 32
  %715 = add i64 %672, 440
  %716 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %715
  %717 = bitcast float* %716 to <8 x float>*
  %718 = load <8 x float>, <8 x float>* %717, align 4
  %719 = load <8 x float>, <8 x float>* %78, align 32
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %718, <8 x float> %splat35, <8 x float> %719)
  store <8 x float> %720, <8 x float>* %78, align 32
  %k.next36 = add i64 %k34, 1
  br label %k.header31

k.exit33:                                         ; preds = %k.header31
  %721 = load <8 x float>, <8 x float>* %85, align 32
  %722 = getelementptr inbounds float, float* %2, i64 51584
  %723 = bitcast float* %722 to <8 x float>*
  store <8 x float> %721, <8 x float>* %723, align 4
  %724 = load <8 x float>, <8 x float>* %84, align 32
  %725 = getelementptr inbounds float, float* %2, i64 51592
  %726 = bitcast float* %725 to <8 x float>*
  store <8 x float> %724, <8 x float>* %726, align 4
  %727 = load <8 x float>, <8 x float>* %83, align 32
  %728 = getelementptr inbounds float, float* %2, i64 51600
  %729 = bitcast float* %728 to <8 x float>*
  store <8 x float> %727, <8 x float>* %729, align 4
  %730 = load <8 x float>, <8 x float>* %82, align 32
  %731 = getelementptr inbounds float, float* %2, i64 51608
  %732 = bitcast float* %731 to <8 x float>*
  store <8 x float> %730, <8 x float>* %732, align 4
  %733 = load <8 x float>, <8 x float>* %81, align 32
  %734 = getelementptr inbounds float, float* %2, i64 51616
  %735 = bitcast float* %734 to <8 x float>*
  store <8 x float> %733, <8 x float>* %735, align 4
  %736 = load <8 x float>, <8 x float>* %80, align 32
  %737 = getelementptr inbounds float, float* %2, i64 51624
  %738 = bitcast float* %737 to <8 x float>*
  store <8 x float> %736, <8 x float>* %738, align 4
  %739 = load <8 x float>, <8 x float>* %79, align 32
  %740 = getelementptr inbounds float, float* %2, i64 51632
  %741 = bitcast float* %740 to <8 x float>*
  store <8 x float> %739, <8 x float>* %741, align 4
  %742 = load <8 x float>, <8 x float>* %78, align 32
  %743 = getelementptr inbounds float, float* %2, i64 51640
  %744 = bitcast float* %743 to <8 x float>*
  store <8 x float> %742, <8 x float>* %744, align 4
  %745 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 448) to <8 x float>*), align 4
  store <8 x float> %745, <8 x float>* %77, align 32
  %746 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 456) to <8 x float>*), align 4
  store <8 x float> %746, <8 x float>* %76, align 32
  %747 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 464) to <8 x float>*), align 4
  store <8 x float> %747, <8 x float>* %75, align 32
  %748 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 472) to <8 x float>*), align 4
  store <8 x float> %748, <8 x float>* %74, align 32
  %749 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 480) to <8 x float>*), align 4
  store <8 x float> %749, <8 x float>* %73, align 32
  %750 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 488) to <8 x float>*), align 4
  store <8 x float> %750, <8 x float>* %72, align 32
  %751 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 496) to <8 x float>*), align 4
  store <8 x float> %751, <8 x float>* %71, align 32
  %752 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 504) to <8 x float>*), align 4
  store <8 x float> %752, <8 x float>* %70, align 32
  br label %k.header37

k.header37:                                       ; preds = %k.body38, %k.exit33
  %k40 = phi i64 [ 0, %k.exit33 ], [ %k.next42, %k.body38 ]
  %753 = icmp slt i64 %k40, 128
  br i1 %753, label %k.body38, label %k.exit39

k.body38:                                         ; preds = %k.header37
  %754 = add i64 51712, %k40
  %755 = getelementptr inbounds float, float* %2, i64 %754
  %756 = load float, float* %755, align 4
  %757 = insertelement <8 x float> undef, float %756, i32 0
  %splat41 = shufflevector <8 x float> %757, <8 x float> undef, <8 x i32> zeroinitializer
  %758 = mul i64 %k40, 512
  %759 = add i64 %758, 448
  %760 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %759
  %761 = bitcast float* %760 to <8 x float>*
  %762 = load <8 x float>, <8 x float>* %761, align 4
  %763 = load <8 x float>, <8 x float>* %77, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %762, <8 x float> %splat41, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %77, align 32
  %765 = add i64 %758, 456
  %766 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = load <8 x float>, <8 x float>* %76, align 32
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %768, <8 x float> %splat41, <8 x float> %769)
  store <8 x float> %770, <8 x float>* %76, align 32
  %771 = add i64 %758, 464
  %772 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %771
  %773 = bitcast float* %772 to <8 x float>*
  %774 = load <8 x float>, <8 x float>* %773, align 4
  %775 = load <8 x float>, <8 x float>* %75, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> %splat41, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %75, align 32
  %777 = add i64 %758, 472
  %778 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %777
  %779 = bitcast float* %778 to <8 x float>*
  %780 = load <8 x float>, <8 x float>* %779, align 4
  %781 = load <8 x float>, <8 x float>* %74, align 32
  %782 = call <8 x float> @llvm.fma.v8f32(<8 x float> %780, <8 x float> %splat41, <8 x float> %781)
  store <8 x float> %782, <8 x float>* %74, align 32
  %783 = add i64 %758, 480
  %784 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %783
  %785 = bitcast float* %784 to <8 x float>*
  %786 = load <8 x float>, <8 x float>* %785, align 4
  %787 = load <8 x float>, <8 x float>* %73, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %786, <8 x float> %splat41, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %73, align 32
  %789 = add i64 %758, 488
  %790 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %789
  %791 = bitcast float* %790 to <8 x float>*
  %792 = load <8 x float>, <8 x float>* %791, align 4
  %793 = load <8 x float>, <8 x float>* %72, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %792, <8 x float> %splat41, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %72, align 32
  %795 = add i64 %758, 496
  %796 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %795
  %797 = bitcast float* %796 to <8 x float>*
  %798 = load <8 x float>, <8 x float>* %797, align 4
  %799 = load <8 x float>, <8 x float>* %71, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> %splat41, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %71, align 32
  %801 = add i64 %758, 504
  %802 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t0 to float*), i64 %801
  %803 = bitcast float* %802 to <8 x float>*
  %804 = load <8 x float>, <8 x float>* %803, align 4
  %805 = load <8 x float>, <8 x float>* %70, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %804, <8 x float> %splat41, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %70, align 32
  %k.next42 = add i64 %k40, 1
  br label %k.header37

k.exit39:                                         ; preds = %k.header37
  %807 = load <8 x float>, <8 x float>* %77, align 32
  %808 = getelementptr inbounds float, float* %2, i64 51648
  %809 = bitcast float* %808 to <8 x float>*
  store <8 x float> %807, <8 x float>* %809, align 4
  %810 = load <8 x float>, <8 x float>* %76, align 32
  %811 = getelementptr inbounds float, float* %2, i64 51656
  %812 = bitcast float* %811 to <8 x float>*
  store <8 x float> %810, <8 x float>* %812, align 4
  %813 = load <8 x float>, <8 x float>* %75, align 32
  %814 = getelementptr inbounds float, float* %2, i64 51664
  %815 = bitcast float* %814 to <8 x float>*
  store <8 x float> %813, <8 x float>* %815, align 4
  %816 = load <8 x float>, <8 x float>* %74, align 32
  %817 = getelementptr inbounds float, float* %2, i64 51672
  %818 = bitcast float* %817 to <8 x float>*
  store <8 x float> %816, <8 x float>* %818, align 4
  %819 = load <8 x float>, <8 x float>* %73, align 32
  %820 = getelementptr inbounds float, float* %2, i64 51680
  %821 = bitcast float* %820 to <8 x float>*
  store <8 x float> %819, <8 x float>* %821, align 4
  %822 = load <8 x float>, <8 x float>* %72, align 32
  %823 = getelementptr inbounds float, float* %2, i64 51688
  %824 = bitcast float* %823 to <8 x float>*
  store <8 x float> %822, <8 x float>* %824, align 4
  %825 = load <8 x float>, <8 x float>* %71, align 32
  %826 = getelementptr inbounds float, float* %2, i64 51696
  %827 = bitcast float* %826 to <8 x float>*
  store <8 x float> %825, <8 x float>* %827, align 4
  %828 = load <8 x float>, <8 x float>* %70, align 32
  %829 = getelementptr inbounds float, float* %2, i64 51704
  %830 = bitcast float* %829 to <8 x float>*
  store <8 x float> %828, <8 x float>* %830, align 4
  br label %v.header

v.header:                                         ; preds = %v.body, %k.exit39
  %v = phi i64 [ 0, %k.exit39 ], [ %v.next, %v.body ]
  %831 = icmp slt i64 %v, 128
  br i1 %831, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %832 = add i64 51712, %v
  %833 = add i64 0, %v
  %834 = add i64 %142, %833
  %835 = getelementptr inbounds float, float* %2, i64 %834
  %836 = bitcast float* %835 to <8 x float>*
  %837 = load <8 x float>, <8 x float>* %836, align 4
  %838 = add i64 51200, %833
  %839 = getelementptr inbounds float, float* %2, i64 %838
  %840 = bitcast float* %839 to <8 x float>*
  %841 = load <8 x float>, <8 x float>* %840, align 4
  %842 = add i64 128, %v
  %843 = add i64 %142, %842
  %844 = getelementptr inbounds float, float* %2, i64 %843
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = add i64 51200, %842
  %848 = getelementptr inbounds float, float* %2, i64 %847
  %849 = bitcast float* %848 to <8 x float>*
  %850 = load <8 x float>, <8 x float>* %849, align 4
  %851 = add i64 256, %v
  %852 = add i64 %142, %851
  %853 = getelementptr inbounds float, float* %2, i64 %852
  %854 = bitcast float* %853 to <8 x float>*
  %855 = load <8 x float>, <8 x float>* %854, align 4
  %856 = add i64 51200, %851
  %857 = getelementptr inbounds float, float* %2, i64 %856
  %858 = bitcast float* %857 to <8 x float>*
  %859 = load <8 x float>, <8 x float>* %858, align 4
  %860 = add i64 384, %v
  %861 = add i64 %142, %860
  %862 = getelementptr inbounds float, float* %2, i64 %861
  %863 = bitcast float* %862 to <8 x float>*
  %864 = load <8 x float>, <8 x float>* %863, align 4
  %865 = add i64 51200, %860
  %866 = getelementptr inbounds float, float* %2, i64 %865
  %867 = bitcast float* %866 to <8 x float>*
  %868 = load <8 x float>, <8 x float>* %867, align 4
  %869 = add i64 51840, %v
  %870 = fadd <8 x float> %846, %850
  %871 = fneg <8 x float> %870
  %872 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %871, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %873 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %872, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %873, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %875 = call <8 x float> @llvm.floor.v8f32(<8 x float> %874)
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %875, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %873)
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %875, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %876)
  %878 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %877, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %878, <8 x float> %877, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %877, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %881 = call <8 x float> @llvm.fma.v8f32(<8 x float> %880, <8 x float> %877, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %881, <8 x float> %877, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %883 = fmul <8 x float> %877, %877
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %882, <8 x float> %883, <8 x float> %877)
  %885 = fadd <8 x float> %884, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %886 = fptosi <8 x float> %875 to <8 x i32>
  %887 = add <8 x i32> %886, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %888 = shl <8 x i32> %887, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %889 = bitcast <8 x i32> %888 to <8 x float>
  %890 = fmul <8 x float> %885, %889
  %891 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %890
  %892 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %891
  %893 = getelementptr inbounds float, float* %2, i64 %869
  %894 = bitcast float* %893 to <8 x float>*
  %895 = load <8 x float>, <8 x float>* %894, align 4
  %896 = fadd <8 x float> %837, %841
  %897 = fneg <8 x float> %896
  %898 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %897, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %899 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %898, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %899, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %901 = call <8 x float> @llvm.floor.v8f32(<8 x float> %900)
  %902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %901, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %899)
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %901, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %902)
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %903, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %904, <8 x float> %903, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %905, <8 x float> %903, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %906, <8 x float> %903, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %907, <8 x float> %903, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %909 = fmul <8 x float> %903, %903
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %908, <8 x float> %909, <8 x float> %903)
  %911 = fadd <8 x float> %910, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %912 = fptosi <8 x float> %901 to <8 x i32>
  %913 = add <8 x i32> %912, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %914 = shl <8 x i32> %913, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %915 = bitcast <8 x i32> %914 to <8 x float>
  %916 = fmul <8 x float> %911, %915
  %917 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %916
  %918 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %917
  %919 = fadd <8 x float> %855, %859
  %920 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %919)
  %921 = fmul <8 x float> %919, %919
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %921, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %922, <8 x float> %921, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %923, <8 x float> %921, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %925 = call <8 x float> @llvm.fma.v8f32(<8 x float> %924, <8 x float> %921, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %926 = fmul <8 x float> %925, %921
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> %919, <8 x float> %919)
  %928 = fmul <8 x float> %920, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %929 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %928, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %930 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %929, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %930, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %932 = call <8 x float> @llvm.floor.v8f32(<8 x float> %931)
  %933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %932, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %930)
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %932, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %933)
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %934, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %935, <8 x float> %934, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> %934, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %937, <8 x float> %934, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %938, <8 x float> %934, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %940 = fmul <8 x float> %934, %934
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %939, <8 x float> %940, <8 x float> %934)
  %942 = fadd <8 x float> %941, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %943 = fptosi <8 x float> %932 to <8 x i32>
  %944 = add <8 x i32> %943, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %945 = shl <8 x i32> %944, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %946 = bitcast <8 x i32> %945 to <8 x float>
  %947 = fmul <8 x float> %942, %946
  %948 = fadd <8 x float> %947, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %949 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %948
  %950 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %949
  %951 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %950, <8 x float> %919)
  %952 = fcmp olt <8 x float> %920, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %953 = select <8 x i1> %952, <8 x float> %927, <8 x float> %951
  %954 = fmul <8 x float> %918, %953
  %955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %892, <8 x float> %895, <8 x float> %954)
  %956 = getelementptr inbounds float, float* %2, i64 %869
  %957 = bitcast float* %956 to <8 x float>*
  store <8 x float> %955, <8 x float>* %957, align 4
  %958 = fadd <8 x float> %864, %868
  %959 = fneg <8 x float> %958
  %960 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %959, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %961 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %960, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %961, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %963 = call <8 x float> @llvm.floor.v8f32(<8 x float> %962)
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %963, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %961)
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %963, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %964)
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %965, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %966, <8 x float> %965, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %967, <8 x float> %965, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %968, <8 x float> %965, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %969, <8 x float> %965, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %971 = fmul <8 x float> %965, %965
  %972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %970, <8 x float> %971, <8 x float> %965)
  %973 = fadd <8 x float> %972, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %974 = fptosi <8 x float> %963 to <8 x i32>
  %975 = add <8 x i32> %974, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %976 = shl <8 x i32> %975, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %977 = bitcast <8 x i32> %976 to <8 x float>
  %978 = fmul <8 x float> %973, %977
  %979 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %978
  %980 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %979
  %981 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %955)
  %982 = fmul <8 x float> %955, %955
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %982, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %983, <8 x float> %982, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %984, <8 x float> %982, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %985, <8 x float> %982, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %987 = fmul <8 x float> %986, %982
  %988 = call <8 x float> @llvm.fma.v8f32(<8 x float> %987, <8 x float> %955, <8 x float> %955)
  %989 = fmul <8 x float> %981, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %990 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %989, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %991 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %990, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %991, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %993 = call <8 x float> @llvm.floor.v8f32(<8 x float> %992)
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %991)
  %995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %994)
  %996 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %995, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %996, <8 x float> %995, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %998 = call <8 x float> @llvm.fma.v8f32(<8 x float> %997, <8 x float> %995, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %998, <8 x float> %995, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %999, <8 x float> %995, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1001 = fmul <8 x float> %995, %995
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %1001, <8 x float> %995)
  %1003 = fadd <8 x float> %1002, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1004 = fptosi <8 x float> %993 to <8 x i32>
  %1005 = add <8 x i32> %1004, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1006 = shl <8 x i32> %1005, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1007 = bitcast <8 x i32> %1006 to <8 x float>
  %1008 = fmul <8 x float> %1003, %1007
  %1009 = fadd <8 x float> %1008, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1010 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1009
  %1011 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1010
  %1012 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1011, <8 x float> %955)
  %1013 = fcmp olt <8 x float> %981, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1014 = select <8 x i1> %1013, <8 x float> %988, <8 x float> %1012
  %1015 = fmul <8 x float> %980, %1014
  %1016 = getelementptr inbounds float, float* %2, i64 %832
  %1017 = bitcast float* %1016 to <8 x float>*
  store <8 x float> %1015, <8 x float>* %1017, align 4
  %1018 = mul i64 %n, 50
  %1019 = add i64 %1018, %s
  %1020 = mul i64 %1019, 256
  %1021 = add i64 %1020, 0
  %1022 = add i64 %1021, %v
  %1023 = getelementptr inbounds float, float* %0, i64 %1022
  %1024 = bitcast float* %1023 to <8 x float>*
  store <8 x float> %1015, <8 x float>* %1024, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header43

s.header43:                                       ; preds = %s.body44, %v.exit
  %s46 = phi i64 [ 128, %v.exit ], [ %s.next, %s.body44 ]
  %1025 = icmp slt i64 %s46, 128
  br i1 %1025, label %s.body44, label %s.exit45

s.body44:                                         ; preds = %s.header43
  %1026 = add i64 51712, %s46
  %1027 = add i64 0, %s46
  %1028 = add i64 %142, %1027
  %1029 = getelementptr inbounds float, float* %2, i64 %1028
  %1030 = load float, float* %1029, align 4
  %1031 = add i64 51200, %1027
  %1032 = getelementptr inbounds float, float* %2, i64 %1031
  %1033 = load float, float* %1032, align 4
  %1034 = add i64 128, %s46
  %1035 = add i64 %142, %1034
  %1036 = getelementptr inbounds float, float* %2, i64 %1035
  %1037 = load float, float* %1036, align 4
  %1038 = add i64 51200, %1034
  %1039 = getelementptr inbounds float, float* %2, i64 %1038
  %1040 = load float, float* %1039, align 4
  %1041 = add i64 256, %s46
  %1042 = add i64 %142, %1041
  %1043 = getelementptr inbounds float, float* %2, i64 %1042
  %1044 = load float, float* %1043, align 4
  %1045 = add i64 51200, %1041
  %1046 = getelementptr inbounds float, float* %2, i64 %1045
  %1047 = load float, float* %1046, align 4
  %1048 = add i64 384, %s46
  %1049 = add i64 %142, %1048
  %1050 = getelementptr inbounds float, float* %2, i64 %1049
  %1051 = load float, float* %1050, align 4
  %1052 = add i64 51200, %1048
  %1053 = getelementptr inbounds float, float* %2, i64 %1052
  %1054 = load float, float* %1053, align 4
  %1055 = add i64 51840, %s46
  %1056 = fadd float %1037, %1040
  %1057 = fneg float %1056
  %1058 = call float @llvm.maxnum.f32(float %1057, float 0xC055D33340000000)
  %1059 = call float @llvm.minnum.f32(float %1058, float 0x40562CCCC0000000)
  %1060 = call float @llvm.fma.f32(float %1059, float 0x3FF7154760000000, float 5.000000e-01)
  %1061 = call float @llvm.floor.f32(float %1060)
  %1062 = call float @llvm.fma.f32(float %1061, float 0xBFE6300000000000, float %1059)
  %1063 = call float @llvm.fma.f32(float %1061, float 0x3F2BD01060000000, float %1062)
  %1064 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %1063, float 0x3F56E879C0000000)
  %1065 = call float @llvm.fma.f32(float %1064, float %1063, float 0x3F81112100000000)
  %1066 = call float @llvm.fma.f32(float %1065, float %1063, float 0x3FA5553820000000)
  %1067 = call float @llvm.fma.f32(float %1066, float %1063, float 0x3FC5555540000000)
  %1068 = call float @llvm.fma.f32(float %1067, float %1063, float 5.000000e-01)
  %1069 = fmul float %1063, %1063
  %1070 = call float @llvm.fma.f32(float %1068, float %1069, float %1063)
  %1071 = fadd float %1070, 1.000000e+00
  %1072 = fptosi float %1061 to i32
  %1073 = add i32 %1072, 127
  %1074 = shl i32 %1073, 23
  %1075 = bitcast i32 %1074 to float
  %1076 = fmul float %1071, %1075
  %1077 = fadd float 1.000000e+00, %1076
  %1078 = fdiv float 1.000000e+00, %1077
  %1079 = getelementptr inbounds float, float* %2, i64 %1055
  %1080 = load float, float* %1079, align 4
  %1081 = fadd float %1030, %1033
  %1082 = fneg float %1081
  %1083 = call float @llvm.maxnum.f32(float %1082, float 0xC055D33340000000)
  %1084 = call float @llvm.minnum.f32(float %1083, float 0x40562CCCC0000000)
  %1085 = call float @llvm.fma.f32(float %1084, float 0x3FF7154760000000, float 5.000000e-01)
  %1086 = call float @llvm.floor.f32(float %1085)
  %1087 = call float @llvm.fma.f32(float %1086, float 0xBFE6300000000000, float %1084)
  %1088 = call float @llvm.fma.f32(float %1086, float 0x3F2BD01060000000, float %1087)
  %1089 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %1088, float 0x3F56E879C0000000)
  %1090 = call float @llvm.fma.f32(float %1089, float %1088, float 0x3F81112100000000)
  %1091 = call float @llvm.fma.f32(float %1090, float %1088, float 0x3FA5553820000000)
  %1092 = call float @llvm.fma.f32(float %1091, float %1088, float 0x3FC5555540000000)
  %1093 = call float @llvm.fma.f32(float %1092, float %1088, float 5.000000e-01)
  %1094 = fmul float %1088, %1088
  %1095 = call float @llvm.fma.f32(float %1093, float %1094, float %1088)
  %1096 = fadd float %1095, 1.000000e+00
  %1097 = fptosi float %1086 to i32
  %1098 = add i32 %1097, 127
  %1099 = shl i32 %1098, 23
  %1100 = bitcast i32 %1099 to float
  %1101 = fmul float %1096, %1100
  %1102 = fadd float 1.000000e+00, %1101
  %1103 = fdiv float 1.000000e+00, %1102
  %1104 = fadd float %1044, %1047
  %1105 = call float @llvm.fabs.f32(float %1104)
  %1106 = fmul float %1104, %1104
  %1107 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %1106, float 0x3F952269C0000000)
  %1108 = call float @llvm.fma.f32(float %1107, float %1106, float 0xBFAB83C5A0000000)
  %1109 = call float @llvm.fma.f32(float %1108, float %1106, float 0x3FC1107260000000)
  %1110 = call float @llvm.fma.f32(float %1109, float %1106, float 0xBFD5555320000000)
  %1111 = fmul float %1110, %1106
  %1112 = call float @llvm.fma.f32(float %1111, float %1104, float %1104)
  %1113 = fmul float %1105, 2.000000e+00
  %1114 = call float @llvm.maxnum.f32(float %1113, float 0xC055D33340000000)
  %1115 = call float @llvm.minnum.f32(float %1114, float 0x40562CCCC0000000)
  %1116 = call float @llvm.fma.f32(float %1115, float 0x3FF7154760000000, float 5.000000e-01)
  %1117 = call float @llvm.floor.f32(float %1116)
  %1118 = call float @llvm.fma.f32(float %1117, float 0xBFE6300000000000, float %1115)
  %1119 = call float @llvm.fma.f32(float %1117, float 0x3F2BD01060000000, float %1118)
  %1120 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %1119, float 0x3F56E879C0000000)
  %1121 = call float @llvm.fma.f32(float %1120, float %1119, float 0x3F81112100000000)
  %1122 = call float @llvm.fma.f32(float %1121, float %1119, float 0x3FA5553820000000)
  %1123 = call float @llvm.fma.f32(float %1122, float %1119, float 0x3FC5555540000000)
  %1124 = call float @llvm.fma.f32(float %1123, float %1119, float 5.000000e-01)
  %1125 = fmul float %1119, %1119
  %1126 = call float @llvm.fma.f32(float %1124, float %1125, float %1119)
  %1127 = fadd float %1126, 1.000000e+00
  %1128 = fptosi float %1117 to i32
  %1129 = add i32 %1128, 127
  %1130 = shl i32 %1129, 23
  %1131 = bitcast i32 %1130 to float
  %1132 = fmul float %1127, %1131
  %1133 = fadd float %1132, 1.000000e+00
  %1134 = fdiv float 2.000000e+00, %1133
  %1135 = fsub float 1.000000e+00, %1134
  %1136 = call float @llvm.copysign.f32(float %1135, float %1104)
  %1137 = fcmp olt float %1105, 6.250000e-01
  %1138 = select i1 %1137, float %1112, float %1136
  %1139 = fmul float %1103, %1138
  %1140 = call float @llvm.fma.f32(float %1078, float %1080, float %1139)
  %1141 = getelementptr inbounds float, float* %2, i64 %1055
  store float %1140, float* %1141, align 4
  %1142 = fadd float %1051, %1054
  %1143 = fneg float %1142
  %1144 = call float @llvm.maxnum.f32(float %1143, float 0xC055D33340000000)
  %1145 = call float @llvm.minnum.f32(float %1144, float 0x40562CCCC0000000)
  %1146 = call float @llvm.fma.f32(float %1145, float 0x3FF7154760000000, float 5.000000e-01)
  %1147 = call float @llvm.floor.f32(float %1146)
  %1148 = call float @llvm.fma.f32(float %1147, float 0xBFE6300000000000, float %1145)
  %1149 = call float @llvm.fma.f32(float %1147, float 0x3F2BD01060000000, float %1148)
  %1150 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %1149, float 0x3F56E879C0000000)
  %1151 = call float @llvm.fma.f32(float %1150, float %1149, float 0x3F81112100000000)
  %1152 = call float @llvm.fma.f32(float %1151, float %1149, float 0x3FA5553820000000)
  %1153 = call float @llvm.fma.f32(float %1152, float %1149, float 0x3FC5555540000000)
  %1154 = call float @llvm.fma.f32(float %1153, float %1149, float 5.000000e-01)
  %1155 = fmul float %1149, %1149
  %1156 = call float @llvm.fma.f32(float %1154, float %1155, float %1149)
  %1157 = fadd float %1156, 1.000000e+00
  %1158 = fptosi float %1147 to i32
  %1159 = add i32 %1158, 127
  %1160 = shl i32 %1159, 23
  %1161 = bitcast i32 %1160 to float
  %1162 = fmul float %1157, %1161
  %1163 = fadd float 1.000000e+00, %1162
  %1164 = fdiv float 1.000000e+00, %1163
  %1165 = call float @llvm.fabs.f32(float %1140)
  %1166 = fmul float %1140, %1140
  %1167 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %1166, float 0x3F952269C0000000)
  %1168 = call float @llvm.fma.f32(float %1167, float %1166, float 0xBFAB83C5A0000000)
  %1169 = call float @llvm.fma.f32(float %1168, float %1166, float 0x3FC1107260000000)
  %1170 = call float @llvm.fma.f32(float %1169, float %1166, float 0xBFD5555320000000)
  %1171 = fmul float %1170, %1166
  %1172 = call float @llvm.fma.f32(float %1171, float %1140, float %1140)
  %1173 = fmul float %1165, 2.000000e+00
  %1174 = call float @llvm.maxnum.f32(float %1173, float 0xC055D33340000000)
  %1175 = call float @llvm.minnum.f32(float %1174, float 0x40562CCCC0000000)
  %1176 = call float @llvm.fma.f32(float %1175, float 0x3FF7154760000000, float 5.000000e-01)
  %1177 = call float @llvm.floor.f32(float %1176)
  %1178 = call float @llvm.fma.f32(float %1177, float 0xBFE6300000000000, float %1175)
  %1179 = call float @llvm.fma.f32(float %1177, float 0x3F2BD01060000000, float %1178)
  %1180 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %1179, float 0x3F56E879C0000000)
  %1181 = call float @llvm.fma.f32(float %1180, float %1179, float 0x3F81112100000000)
  %1182 = call float @llvm.fma.f32(float %1181, float %1179, float 0x3FA5553820000000)
  %1183 = call float @llvm.fma.f32(float %1182, float %1179, float 0x3FC5555540000000)
  %1184 = call float @llvm.fma.f32(float %1183, float %1179, float 5.000000e-01)
  %1185 = fmul float %1179, %1179
  %1186 = call float @llvm.fma.f32(float %1184, float %1185, float %1179)
  %1187 = fadd float %1186, 1.000000e+00
  %1188 = fptosi float %1177 to i32
  %1189 = add i32 %1188, 127
  %1190 = shl i32 %1189, 23
  %1191 = bitcast i32 %1190 to float
  %1192 = fmul float %1187, %1191
  %1193 = fadd float %1192, 1.000000e+00
  %1194 = fdiv float 2.000000e+00, %1193
  %1195 = fsub float 1.000000e+00, %1194
  %1196 = call float @llvm.copysign.f32(float %1195, float %1140)
  %1197 = fcmp olt float %1165, 6.250000e-01
  %1198 = select i1 %1197, float %1172, float %1196
  %1199 = fmul float %1164, %1198
  %1200 = getelementptr inbounds float, float* %2, i64 %1026
  store float %1199, float* %1200, align 4
  %1201 = mul i64 %n, 50
  %1202 = add i64 %1201, %s
  %1203 = mul i64 %1202, 256
  %1204 = add i64 %1203, 0
  %1205 = add i64 %1204, %s46
  %1206 = getelementptr inbounds float, float* %0, i64 %1205
  store float %1199, float* %1206, align 4
  %s.next = add i64 %s46, 1
  br label %s.header43

s.exit45:                                         ; preds = %s.header43
  %s.next47 = add i64 %s, 1
  br label %s.header

n.header48:                                       ; preds = %s.exit54, %n.exit
  %n51 = phi i64 [ 0, %n.exit ], [ %n.next115, %s.exit54 ]
  %1207 = icmp slt i64 %n51, 1
  br i1 %1207, label %n.body49, label %n.exit50

n.body49:                                         ; preds = %n.header48
  %1208 = getelementptr inbounds float, float* %2, i64 51712
  %1209 = bitcast float* %1208 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %1209, i8 0, i64 1024, i1 false)
  br label %s.header52

n.exit50:                                         ; preds = %n.header48
  %task.next = add i64 %task, 1
  br label %task.header

s.header52:                                       ; preds = %s.exit111, %n.body49
  %s55 = phi i64 [ 0, %n.body49 ], [ %s.next114, %s.exit111 ]
  %1210 = icmp slt i64 %s55, 50
  br i1 %1210, label %s.body53, label %s.exit54

s.body53:                                         ; preds = %s.header52
  %1211 = sub i64 49, %s55
  %1212 = add i64 1, %n51
  %1213 = mul i64 %1212, 50
  %1214 = add i64 %1213, %1211
  %1215 = mul i64 %1214, 512
  %1216 = load <8 x float>, <8 x float>* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to <8 x float>*), align 4
  store <8 x float> %1216, <8 x float>* %69, align 32
  %1217 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 8) to <8 x float>*), align 4
  store <8 x float> %1217, <8 x float>* %68, align 32
  %1218 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 16) to <8 x float>*), align 4
  store <8 x float> %1218, <8 x float>* %67, align 32
  %1219 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 24) to <8 x float>*), align 4
  store <8 x float> %1219, <8 x float>* %66, align 32
  %1220 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 32) to <8 x float>*), align 4
  store <8 x float> %1220, <8 x float>* %65, align 32
  %1221 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 40) to <8 x float>*), align 4
  store <8 x float> %1221, <8 x float>* %64, align 32
  %1222 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 48) to <8 x float>*), align 4
  store <8 x float> %1222, <8 x float>* %63, align 32
  %1223 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 56) to <8 x float>*), align 4
  store <8 x float> %1223, <8 x float>* %62, align 32
  br label %k.header56

s.exit54:                                         ; preds = %s.header52
  %n.next115 = add i64 %n51, 1
  br label %n.header48

k.header56:                                       ; preds = %k.body57, %s.body53
  %k59 = phi i64 [ 0, %s.body53 ], [ %k.next61, %k.body57 ]
  %1224 = icmp slt i64 %k59, 128
  br i1 %1224, label %k.body57, label %k.exit58

k.body57:                                         ; preds = %k.header56
  %1225 = add i64 51712, %k59
  %1226 = getelementptr inbounds float, float* %2, i64 %1225
  %1227 = load float, float* %1226, align 4
  %1228 = insertelement <8 x float> undef, float %1227, i32 0
  %splat60 = shufflevector <8 x float> %1228, <8 x float> undef, <8 x i32> zeroinitializer
  %1229 = mul i64 %k59, 512
  %1230 = add i64 %1229, 0
  %1231 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1230
  %1232 = bitcast float* %1231 to <8 x float>*
  %1233 = load <8 x float>, <8 x float>* %1232, align 4
  %1234 = load <8 x float>, <8 x float>* %69, align 32
  %1235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1233, <8 x float> %splat60, <8 x float> %1234)
  store <8 x float> %1235, <8 x float>* %69, align 32
  %1236 = add i64 %1229, 8
  %1237 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1236
  %1238 = bitcast float* %1237 to <8 x float>*
  %1239 = load <8 x float>, <8 x float>* %1238, align 4
  %1240 = load <8 x float>, <8 x float>* %68, align 32
  %1241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1239, <8 x float> %splat60, <8 x float> %1240)
  store <8 x float> %1241, <8 x float>* %68, align 32
  %1242 = add i64 %1229, 16
  %1243 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1242
  %1244 = bitcast float* %1243 to <8 x float>*
  %1245 = load <8 x float>, <8 x float>* %1244, align 4
  %1246 = load <8 x float>, <8 x float>* %67, align 32
  %1247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1245, <8 x float> %splat60, <8 x float> %1246)
  store <8 x float> %1247, <8 x float>* %67, align 32
  %1248 = add i64 %1229, 24
  %1249 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1248
  %1250 = bitcast float* %1249 to <8 x float>*
  %1251 = load <8 x float>, <8 x float>* %1250, align 4
  %1252 = load <8 x float>, <8 x float>* %66, align 32
  %1253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1251, <8 x float> %splat60, <8 x float> %1252)
  store <8 x float> %1253, <8 x float>* %66, align 32
  %1254 = add i64 %1229, 32
  %1255 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1254
  %1256 = bitcast float* %1255 to <8 x float>*
  %1257 = load <8 x float>, <8 x float>* %1256, align 4
  %1258 = load <8 x float>, <8 x float>* %65, align 32
  %1259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1257, <8 x float> %splat60, <8 x float> %1258)
  store <8 x float> %1259, <8 x float>* %65, align 32
  %1260 = add i64 %1229, 40
  %1261 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1260
  %1262 = bitcast float* %1261 to <8 x float>*
  %1263 = load <8 x float>, <8 x float>* %1262, align 4
  %1264 = load <8 x float>, <8 x float>* %64, align 32
  %1265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1263, <8 x float> %splat60, <8 x float> %1264)
  store <8 x float> %1265, <8 x float>* %64, align 32
  %1266 = add i64 %1229, 48
  %1267 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1266
  %1268 = bitcast float* %1267 to <8 x float>*
  %1269 = load <8 x float>, <8 x float>* %1268, align 4
  %1270 = load <8 x float>, <8 x float>* %63, align 32
  %1271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1269, <8 x float> %splat60, <8 x float> %1270)
  store <8 x float> %1271, <8 x float>* %63, align 32
  %1272 = add i64 %1229, 56
  %1273 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1272
  %1274 = bitcast float* %1273 to <8 x float>*
  %1275 = load <8 x float>, <8 x float>* %1274, align 4
  %1276 = load <8 x float>, <8 x float>* %62, align 32
  %1277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1275, <8 x float> %splat60, <8 x float> %1276)
  store <8 x float> %1277, <8 x float>* %62, align 32
  %k.next61 = add i64 %k59, 1
  br label %k.header56

k.exit58:                                         ; preds = %k.header56
  %1278 = load <8 x float>, <8 x float>* %69, align 32
  %1279 = getelementptr inbounds float, float* %2, i64 51200
  %1280 = bitcast float* %1279 to <8 x float>*
  store <8 x float> %1278, <8 x float>* %1280, align 4
  %1281 = load <8 x float>, <8 x float>* %68, align 32
  %1282 = getelementptr inbounds float, float* %2, i64 51208
  %1283 = bitcast float* %1282 to <8 x float>*
  store <8 x float> %1281, <8 x float>* %1283, align 4
  %1284 = load <8 x float>, <8 x float>* %67, align 32
  %1285 = getelementptr inbounds float, float* %2, i64 51216
  %1286 = bitcast float* %1285 to <8 x float>*
  store <8 x float> %1284, <8 x float>* %1286, align 4
  %1287 = load <8 x float>, <8 x float>* %66, align 32
  %1288 = getelementptr inbounds float, float* %2, i64 51224
  %1289 = bitcast float* %1288 to <8 x float>*
  store <8 x float> %1287, <8 x float>* %1289, align 4
  %1290 = load <8 x float>, <8 x float>* %65, align 32
  %1291 = getelementptr inbounds float, float* %2, i64 51232
  %1292 = bitcast float* %1291 to <8 x float>*
  store <8 x float> %1290, <8 x float>* %1292, align 4
  %1293 = load <8 x float>, <8 x float>* %64, align 32
  %1294 = getelementptr inbounds float, float* %2, i64 51240
  %1295 = bitcast float* %1294 to <8 x float>*
  store <8 x float> %1293, <8 x float>* %1295, align 4
  %1296 = load <8 x float>, <8 x float>* %63, align 32
  %1297 = getelementptr inbounds float, float* %2, i64 51248
  %1298 = bitcast float* %1297 to <8 x float>*
  store <8 x float> %1296, <8 x float>* %1298, align 4
  %1299 = load <8 x float>, <8 x float>* %62, align 32
  %1300 = getelementptr inbounds float, float* %2, i64 51256
  %1301 = bitcast float* %1300 to <8 x float>*
  store <8 x float> %1299, <8 x float>* %1301, align 4
  %1302 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 64) to <8 x float>*), align 4
  store <8 x float> %1302, <8 x float>* %61, align 32
  %1303 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 72) to <8 x float>*), align 4
  store <8 x float> %1303, <8 x float>* %60, align 32
  %1304 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 80) to <8 x float>*), align 4
  store <8 x float> %1304, <8 x float>* %59, align 32
  %1305 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 88) to <8 x float>*), align 4
  store <8 x float> %1305, <8 x float>* %58, align 32
  %1306 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 96) to <8 x float>*), align 4
  store <8 x float> %1306, <8 x float>* %57, align 32
  %1307 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 104) to <8 x float>*), align 4
  store <8 x float> %1307, <8 x float>* %56, align 32
  %1308 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 112) to <8 x float>*), align 4
  store <8 x float> %1308, <8 x float>* %55, align 32
  %1309 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %1309, <8 x float>* %54, align 32
  br label %k.header62

k.header62:                                       ; preds = %k.body63, %k.exit58
  %k65 = phi i64 [ 0, %k.exit58 ], [ %k.next67, %k.body63 ]
  %1310 = icmp slt i64 %k65, 128
  br i1 %1310, label %k.body63, label %k.exit64

k.body63:                                         ; preds = %k.header62
  %1311 = add i64 51712, %k65
  %1312 = getelementptr inbounds float, float* %2, i64 %1311
  %1313 = load float, float* %1312, align 4
  %1314 = insertelement <8 x float> undef, float %1313, i32 0
  %splat66 = shufflevector <8 x float> %1314, <8 x float> undef, <8 x i32> zeroinitializer
  %1315 = mul i64 %k65, 512
  %1316 = add i64 %1315, 64
  %1317 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1316
  %1318 = bitcast float* %1317 to <8 x float>*
  %1319 = load <8 x float>, <8 x float>* %1318, align 4
  %1320 = load <8 x float>, <8 x float>* %61, align 32
  %1321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1319, <8 x float> %splat66, <8 x float> %1320)
  store <8 x float> %1321, <8 x float>* %61, align 32
  %1322 = add i64 %1315, 72
  %1323 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1322
  %1324 = bitcast float* %1323 to <8 x float>*
  %1325 = load <8 x float>, <8 x float>* %1324, align 4
  %1326 = load <8 x float>, <8 x float>* %60, align 32
  %1327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1325, <8 x float> %splat66, <8 x float> %1326)
  store <8 x float> %1327, <8 x float>* %60, align 32
  %1328 = add i64 %1315, 80
  %1329 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1328
  %1330 = bitcast float* %1329 to <8 x float>*
  %1331 = load <8 x float>, <8 x float>* %1330, align 4
  %1332 = load <8 x float>, <8 x float>* %59, align 32
  %1333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1331, <8 x float> %splat66, <8 x float> %1332)
  store <8 x float> %1333, <8 x float>* %59, align 32
  %1334 = add i64 %1315, 88
  %1335 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1334
  %1336 = bitcast float* %1335 to <8 x float>*
  %1337 = load <8 x float>, <8 x float>* %1336, align 4
  %1338 = load <8 x float>, <8 x float>* %58, align 32
  %1339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1337, <8 x float> %splat66, <8 x float> %1338)
  store <8 x float> %1339, <8 x float>* %58, align 32
  %1340 = add i64 %1315, 96
  %1341 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1340
  %1342 = bitcast float* %1341 to <8 x float>*
  %1343 = load <8 x float>, <8 x float>* %1342, align 4
  %1344 = load <8 x float>, <8 x float>* %57, align 32
  %1345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1343, <8 x float> %splat66, <8 x float> %1344)
  store <8 x float> %1345, <8 x float>* %57, align 32
  %1346 = add i64 %1315, 104
  %1347 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1346
  %1348 = bitcast float* %1347 to <8 x float>*
  %1349 = load <8 x float>, <8 x float>* %1348, align 4
  %1350 = load <8 x float>, <8 x float>* %56, align 32
  %1351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1349, <8 x float> %splat66, <8 x float> %1350)
  store <8 x float> %1351, <8 x float>* %56, align 32
  %1352 = add i64 %1315, 112
  %1353 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1352
  %1354 = bitcast float* %1353 to <8 x float>*
  %1355 = load <8 x float>, <8 x float>* %1354, align 4
  %1356 = load <8 x float>, <8 x float>* %55, align 32
  %1357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1355, <8 x float> %splat66, <8 x float> %1356)
  store <8 x float> %1357, <8 x float>* %55, align 32
  %1358 = add i64 %1315, 120
  %1359 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1358
  %1360 = bitcast float* %1359 to <8 x float>*
  %1361 = load <8 x float>, <8 x float>* %1360, align 4
  %1362 = load <8 x float>, <8 x float>* %54, align 32
  %1363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1361, <8 x float> %splat66, <8 x float> %1362)
  store <8 x float> %1363, <8 x float>* %54, align 32
  %k.next67 = add i64 %k65, 1
  br label %k.header62

k.exit64:                                         ; preds = %k.header62
  %1364 = load <8 x float>, <8 x float>* %61, align 32
  %1365 = getelementptr inbounds float, float* %2, i64 51264
  %1366 = bitcast float* %1365 to <8 x float>*
  store <8 x float> %1364, <8 x float>* %1366, align 4
  %1367 = load <8 x float>, <8 x float>* %60, align 32
  %1368 = getelementptr inbounds float, float* %2, i64 51272
  %1369 = bitcast float* %1368 to <8 x float>*
  store <8 x float> %1367, <8 x float>* %1369, align 4
  %1370 = load <8 x float>, <8 x float>* %59, align 32
  %1371 = getelementptr inbounds float, float* %2, i64 51280
  %1372 = bitcast float* %1371 to <8 x float>*
  store <8 x float> %1370, <8 x float>* %1372, align 4
  %1373 = load <8 x float>, <8 x float>* %58, align 32
  %1374 = getelementptr inbounds float, float* %2, i64 51288
  %1375 = bitcast float* %1374 to <8 x float>*
  store <8 x float> %1373, <8 x float>* %1375, align 4
  %1376 = load <8 x float>, <8 x float>* %57, align 32
  %1377 = getelementptr inbounds float, float* %2, i64 51296
  %1378 = bitcast float* %1377 to <8 x float>*
  store <8 x float> %1376, <8 x float>* %1378, align 4
  %1379 = load <8 x float>, <8 x float>* %56, align 32
  %1380 = getelementptr inbounds float, float* %2, i64 51304
  %1381 = bitcast float* %1380 to <8 x float>*
  store <8 x float> %1379, <8 x float>* %1381, align 4
  %1382 = load <8 x float>, <8 x float>* %55, align 32
  %1383 = getelementptr inbounds float, float* %2, i64 51312
  %1384 = bitcast float* %1383 to <8 x float>*
  store <8 x float> %1382, <8 x float>* %1384, align 4
  %1385 = load <8 x float>, <8 x float>* %54, align 32
  %1386 = getelementptr inbounds float, float* %2, i64 51320
  %1387 = bitcast float* %1386 to <8 x float>*
  store <8 x float> %1385, <8 x float>* %1387, align 4
  %1388 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 128) to <8 x float>*), align 4
  store <8 x float> %1388, <8 x float>* %53, align 32
  %1389 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 136) to <8 x float>*), align 4
  store <8 x float> %1389, <8 x float>* %52, align 32
  %1390 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 144) to <8 x float>*), align 4
  store <8 x float> %1390, <8 x float>* %51, align 32
  %1391 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 152) to <8 x float>*), align 4
  store <8 x float> %1391, <8 x float>* %50, align 32
  %1392 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 160) to <8 x float>*), align 4
  store <8 x float> %1392, <8 x float>* %49, align 32
  %1393 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 168) to <8 x float>*), align 4
  store <8 x float> %1393, <8 x float>* %48, align 32
  %1394 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 176) to <8 x float>*), align 4
  store <8 x float> %1394, <8 x float>* %47, align 32
  %1395 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 184) to <8 x float>*), align 4
  store <8 x float> %1395, <8 x float>* %46, align 32
  br label %k.header68

k.header68:                                       ; preds = %k.body69, %k.exit64
  %k71 = phi i64 [ 0, %k.exit64 ], [ %k.next73, %k.body69 ]
  %1396 = icmp slt i64 %k71, 128
  br i1 %1396, label %k.body69, label %k.exit70

k.body69:                                         ; preds = %k.header68
  %1397 = add i64 51712, %k71
  %1398 = getelementptr inbounds float, float* %2, i64 %1397
  %1399 = load float, float* %1398, align 4
  %1400 = insertelement <8 x float> undef, float %1399, i32 0
  %splat72 = shufflevector <8 x float> %1400, <8 x float> undef, <8 x i32> zeroinitializer
  %1401 = mul i64 %k71, 512
  %1402 = add i64 %1401, 128
  %1403 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1402
  %1404 = bitcast float* %1403 to <8 x float>*
  %1405 = load <8 x float>, <8 x float>* %1404, align 4
  %1406 = load <8 x float>, <8 x float>* %53, align 32
  %1407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1405, <8 x float> %splat72, <8 x float> %1406)
  store <8 x float> %1407, <8 x float>* %53, align 32
  %1408 = add i64 %1401, 136
  %1409 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1408
  %1410 = bitcast float* %1409 to <8 x float>*
  %1411 = load <8 x float>, <8 x float>* %1410, align 4
  %1412 = load <8 x float>, <8 x float>* %52, align 32
  %1413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1411, <8 x float> %splat72, <8 x float> %1412)
  store <8 x float> %1413, <8 x float>* %52, align 32
  %1414 = add i64 %1401, 144
  %1415 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1414
  %1416 = bitcast float* %1415 to <8 x float>*
  %1417 = load <8 x float>, <8 x float>* %1416, align 4
  %1418 = load <8 x float>, <8 x float>* %51, align 32
  %1419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1417, <8 x float> %splat72, <8 x float> %1418)
  store <8 x float> %1419, <8 x float>* %51, align 32
  %1420 = add i64 %1401, 152
  %1421 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1420
  %1422 = bitcast float* %1421 to <8 x float>*
  %1423 = load <8 x float>, <8 x float>* %1422, align 4
  %1424 = load <8 x float>, <8 x float>* %50, align 32
  %1425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1423, <8 x float> %splat72, <8 x float> %1424)
  store <8 x float> %1425, <8 x float>* %50, align 32
  %1426 = add i64 %1401, 160
  %1427 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1426
  %1428 = bitcast float* %1427 to <8 x float>*
  %1429 = load <8 x float>, <8 x float>* %1428, align 4
  %1430 = load <8 x float>, <8 x float>* %49, align 32
  %1431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1429, <8 x float> %splat72, <8 x float> %1430)
  store <8 x float> %1431, <8 x float>* %49, align 32
  %1432 = add i64 %1401, 168
  %1433 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1432
  %1434 = bitcast float* %1433 to <8 x float>*
  %1435 = load <8 x float>, <8 x float>* %1434, align 4
  %1436 = load <8 x float>, <8 x float>* %48, align 32
  %1437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1435, <8 x float> %splat72, <8 x float> %1436)
  store <8 x float> %1437, <8 x float>* %48, align 32
  %1438 = add i64 %1401, 176
  %1439 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1438
  %1440 = bitcast float* %1439 to <8 x float>*
  %1441 = load <8 x float>, <8 x float>* %1440, align 4
  %1442 = load <8 x float>, <8 x float>* %47, align 32
  %1443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1441, <8 x float> %splat72, <8 x float> %1442)
  store <8 x float> %1443, <8 x float>* %47, align 32
  %1444 = add i64 %1401, 184
  %1445 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1444
  %1446 = bitcast float* %1445 to <8 x float>*
  %1447 = load <8 x float>, <8 x float>* %1446, align 4
  %1448 = load <8 x float>, <8 x float>* %46, align 32
  %1449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1447, <8 x float> %splat72, <8 x float> %1448)
  store <8 x float> %1449, <8 x float>* %46, align 32
  %k.next73 = add i64 %k71, 1
  br label %k.header68

k.exit70:                                         ; preds = %k.header68
  %1450 = load <8 x float>, <8 x float>* %53, align 32
  %1451 = getelementptr inbounds float, float* %2, i64 51328
  %1452 = bitcast float* %1451 to <8 x float>*
  store <8 x float> %1450, <8 x float>* %1452, align 4
  %1453 = load <8 x float>, <8 x float>* %52, align 32
  %1454 = getelementptr inbounds float, float* %2, i64 51336
  %1455 = bitcast float* %1454 to <8 x float>*
  store <8 x float> %1453, <8 x float>* %1455, align 4
  %1456 = load <8 x float>, <8 x float>* %51, align 32
  %1457 = getelementptr inbounds float, float* %2, i64 51344
  %1458 = bitcast float* %1457 to <8 x float>*
  store <8 x float> %1456, <8 x float>* %1458, align 4
  %1459 = load <8 x float>, <8 x float>* %50, align 32
  %1460 = getelementptr inbounds float, float* %2, i64 51352
  %1461 = bitcast float* %1460 to <8 x float>*
  store <8 x float> %1459, <8 x float>* %1461, align 4
  %1462 = load <8 x float>, <8 x float>* %49, align 32
  %1463 = getelementptr inbounds float, float* %2, i64 51360
  %1464 = bitcast float* %1463 to <8 x float>*
  store <8 x float> %1462, <8 x float>* %1464, align 4
  %1465 = load <8 x float>, <8 x float>* %48, align 32
  %1466 = getelementptr inbounds float, float* %2, i64 51368
  %1467 = bitcast float* %1466 to <8 x float>*
  store <8 x float> %1465, <8 x float>* %1467, align 4
  %1468 = load <8 x float>, <8 x float>* %47, align 32
  %1469 = getelementptr inbounds float, float* %2, i64 51376
  %1470 = bitcast float* %1469 to <8 x float>*
  store <8 x float> %1468, <8 x float>* %1470, align 4
  %1471 = load <8 x float>, <8 x float>* %46, align 32
  %1472 = getelementptr inbounds float, float* %2, i64 51384
  %1473 = bitcast float* %1472 to <8 x float>*
  store <8 x float> %1471, <8 x float>* %1473, align 4
  %1474 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 192) to <8 x float>*), align 4
  store <8 x float> %1474, <8 x float>* %45, align 32
  %1475 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 200) to <8 x float>*), align 4
  store <8 x float> %1475, <8 x float>* %44, align 32
  %1476 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 208) to <8 x float>*), align 4
  store <8 x float> %1476, <8 x float>* %43, align 32
  %1477 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 216) to <8 x float>*), align 4
  store <8 x float> %1477, <8 x float>* %42, align 32
  %1478 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 224) to <8 x float>*), align 4
  store <8 x float> %1478, <8 x float>* %41, align 32
  %1479 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 232) to <8 x float>*), align 4
  store <8 x float> %1479, <8 x float>* %40, align 32
  %1480 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 240) to <8 x float>*), align 4
  store <8 x float> %1480, <8 x float>* %39, align 32
  %1481 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 248) to <8 x float>*), align 4
  store <8 x float> %1481, <8 x float>* %38, align 32
  br label %k.header74

k.header74:                                       ; preds = %k.body75, %k.exit70
  %k77 = phi i64 [ 0, %k.exit70 ], [ %k.next79, %k.body75 ]
  %1482 = icmp slt i64 %k77, 128
  br i1 %1482, label %k.body75, label %k.exit76

k.body75:                                         ; preds = %k.header74
  %1483 = add i64 51712, %k77
  %1484 = getelementptr inbounds float, float* %2, i64 %1483
  %1485 = load float, float* %1484, align 4
  %1486 = insertelement <8 x float> undef, float %1485, i32 0
  %splat78 = shufflevector <8 x float> %1486, <8 x float> undef, <8 x i32> zeroinitializer
  %1487 = mul i64 %k77, 512
  %1488 = add i64 %1487, 192
  %1489 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1488
  %1490 = bitcast float* %1489 to <8 x float>*
  %1491 = load <8 x float>, <8 x float>* %1490, align 4
  %1492 = load <8 x float>, <8 x float>* %45, align 32
  %1493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1491, <8 x float> %splat78, <8 x float> %1492)
  store <8 x float> %1493, <8 x float>* %45, align 32
  %1494 = add i64 %1487, 200
  %1495 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1494
  %1496 = bitcast float* %1495 to <8 x float>*
  %1497 = load <8 x float>, <8 x float>* %1496, align 4
  %1498 = load <8 x float>, <8 x float>* %44, align 32
  %1499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1497, <8 x float> %splat78, <8 x float> %1498)
  store <8 x float> %1499, <8 x float>* %44, align 32
  %1500 = add i64 %1487, 208
  %1501 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1500
  %1502 = bitcast float* %1501 to <8 x float>*
  %1503 = load <8 x float>, <8 x float>* %1502, align 4
  %1504 = load <8 x float>, <8 x float>* %43, align 32
  %1505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1503, <8 x float> %splat78, <8 x float> %1504)
  store <8 x float> %1505, <8 x float>* %43, align 32
  %1506 = add i64 %1487, 216
  %1507 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1506
  %1508 = bitcast float* %1507 to <8 x float>*
  %1509 = load <8 x float>, <8 x float>* %1508, align 4
  %1510 = load <8 x float>, <8 x float>* %42, align 32
  %1511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1509, <8 x float> %splat78, <8 x float> %1510)
  store <8 x float> %1511, <8 x float>* %42, align 32
  %1512 = add i64 %1487, 224
  %1513 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1512
  %1514 = bitcast float* %1513 to <8 x float>*
  %1515 = load <8 x float>, <8 x float>* %1514, align 4
  %1516 = load <8 x float>, <8 x float>* %41, align 32
  %1517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1515, <8 x float> %splat78, <8 x float> %1516)
  store <8 x float> %1517, <8 x float>* %41, align 32
  %1518 = add i64 %1487, 232
  %1519 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1518
  %1520 = bitcast float* %1519 to <8 x float>*
  %1521 = load <8 x float>, <8 x float>* %1520, align 4
  %1522 = load <8 x float>, <8 x float>* %40, align 32
  %1523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1521, <8 x float> %splat78, <8 x float> %1522)
  store <8 x float> %1523, <8 x float>* %40, align 32
  %1524 = add i64 %1487, 240
  %1525 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1524
  %1526 = bitcast float* %1525 to <8 x float>*
  %1527 = load <8 x float>, <8 x float>* %1526, align 4
  %1528 = load <8 x float>, <8 x float>* %39, align 32
  %1529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1527, <8 x float> %splat78, <8 x float> %1528)
  store <8 x float> %1529, <8 x float>* %39, align 32
  %1530 = add i64 %1487, 248
  %1531 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1530
  %1532 = bitcast float* %1531 to <8 x float>*
  %1533 = load <8 x float>, <8 x float>* %1532, align 4
  %1534 = load <8 x float>, <8 x float>* %38, align 32
  %1535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1533, <8 x float> %splat78, <8 x float> %1534)
  store <8 x float> %1535, <8 x float>* %38, align 32
  %k.next79 = add i64 %k77, 1
  br label %k.header74

k.exit76:                                         ; preds = %k.header74
  %1536 = load <8 x float>, <8 x float>* %45, align 32
  %1537 = getelementptr inbounds float, float* %2, i64 51392
  %1538 = bitcast float* %1537 to <8 x float>*
  store <8 x float> %1536, <8 x float>* %1538, align 4
  %1539 = load <8 x float>, <8 x float>* %44, align 32
  %1540 = getelementptr inbounds float, float* %2, i64 51400
  %1541 = bitcast float* %1540 to <8 x float>*
  store <8 x float> %1539, <8 x float>* %1541, align 4
  %1542 = load <8 x float>, <8 x float>* %43, align 32
  %1543 = getelementptr inbounds float, float* %2, i64 51408
  %1544 = bitcast float* %1543 to <8 x float>*
  store <8 x float> %1542, <8 x float>* %1544, align 4
  %1545 = load <8 x float>, <8 x float>* %42, align 32
  %1546 = getelementptr inbounds float, float* %2, i64 51416
  %1547 = bitcast float* %1546 to <8 x float>*
  store <8 x float> %1545, <8 x float>* %1547, align 4
  %1548 = load <8 x float>, <8 x float>* %41, align 32
  %1549 = getelementptr inbounds float, float* %2, i64 51424
  %1550 = bitcast float* %1549 to <8 x float>*
  store <8 x float> %1548, <8 x float>* %1550, align 4
  %1551 = load <8 x float>, <8 x float>* %40, align 32
  %1552 = getelementptr inbounds float, float* %2, i64 51432
  %1553 = bitcast float* %1552 to <8 x float>*
  store <8 x float> %1551, <8 x float>* %1553, align 4
  %1554 = load <8 x float>, <8 x float>* %39, align 32
  %1555 = getelementptr inbounds float, float* %2, i64 51440
  %1556 = bitcast float* %1555 to <8 x float>*
  store <8 x float> %1554, <8 x float>* %1556, align 4
  %1557 = load <8 x float>, <8 x float>* %38, align 32
  %1558 = getelementptr inbounds float, float* %2, i64 51448
  %1559 = bitcast float* %1558 to <8 x float>*
  store <8 x float> %1557, <8 x float>* %1559, align 4
  %1560 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 256) to <8 x float>*), align 4
  store <8 x float> %1560, <8 x float>* %37, align 32
  %1561 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 264) to <8 x float>*), align 4
  store <8 x float> %1561, <8 x float>* %36, align 32
  %1562 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 272) to <8 x float>*), align 4
  store <8 x float> %1562, <8 x float>* %35, align 32
  %1563 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 280) to <8 x float>*), align 4
  store <8 x float> %1563, <8 x float>* %34, align 32
  %1564 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 288) to <8 x float>*), align 4
  store <8 x float> %1564, <8 x float>* %33, align 32
  %1565 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 296) to <8 x float>*), align 4
  store <8 x float> %1565, <8 x float>* %32, align 32
  %1566 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 304) to <8 x float>*), align 4
  store <8 x float> %1566, <8 x float>* %31, align 32
  %1567 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 312) to <8 x float>*), align 4
  store <8 x float> %1567, <8 x float>* %30, align 32
  br label %k.header80

k.header80:                                       ; preds = %k.body81, %k.exit76
  %k83 = phi i64 [ 0, %k.exit76 ], [ %k.next85, %k.body81 ]
  %1568 = icmp slt i64 %k83, 128
  br i1 %1568, label %k.body81, label %k.exit82

k.body81:                                         ; preds = %k.header80
  %1569 = add i64 51712, %k83
  %1570 = getelementptr inbounds float, float* %2, i64 %1569
  %1571 = load float, float* %1570, align 4
  %1572 = insertelement <8 x float> undef, float %1571, i32 0
  %splat84 = shufflevector <8 x float> %1572, <8 x float> undef, <8 x i32> zeroinitializer
  %1573 = mul i64 %k83, 512
  %1574 = add i64 %1573, 256
  %1575 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1574
  %1576 = bitcast float* %1575 to <8 x float>*
  %1577 = load <8 x float>, <8 x float>* %1576, align 4
  %1578 = load <8 x float>, <8 x float>* %37, align 32
  %1579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1577, <8 x float> %splat84, <8 x float> %1578)
  store <8 x float> %1579, <8 x float>* %37, align 32
  %1580 = add i64 %1573, 264
  %1581 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1580
  %1582 = bitcast float* %1581 to <8 x float>*
  %1583 = load <8 x float>, <8 x float>* %1582, align 4
  %1584 = load <8 x float>, <8 x float>* %36, align 32
  %1585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1583, <8 x float> %splat84, <8 x float> %1584)
  store <8 x float> %1585, <8 x float>* %36, align 32
  %1586 = add i64 %1573, 272
  %1587 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1586
  %1588 = bitcast float* %1587 to <8 x float>*
  %1589 = load <8 x float>, <8 x float>* %1588, align 4
  %1590 = load <8 x float>, <8 x float>* %35, align 32
  %1591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1589, <8 x float> %splat84, <8 x float> %1590)
  store <8 x float> %1591, <8 x float>* %35, align 32
  %1592 = add i64 %1573, 280
  %1593 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1592
  %1594 = bitcast float* %1593 to <8 x float>*
  %1595 = load <8 x float>, <8 x float>* %1594, align 4
  %1596 = load <8 x float>, <8 x float>* %34, align 32
  %1597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1595, <8 x float> %splat84, <8 x float> %1596)
  store <8 x float> %1597, <8 x float>* %34, align 32
  %1598 = add i64 %1573, 288
  %1599 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1598
  %1600 = bitcast float* %1599 to <8 x float>*
  %1601 = load <8 x float>, <8 x float>* %1600, align 4
  %1602 = load <8 x float>, <8 x float>* %33, align 32
  %1603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1601, <8 x float> %splat84, <8 x float> %1602)
  store <8 x float> %1603, <8 x float>* %33, align 32
  %1604 = add i64 %1573, 296
  %1605 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1604
  %1606 = bitcast float* %1605 to <8 x float>*
  %1607 = load <8 x float>, <8 x float>* %1606, align 4
  %1608 = load <8 x float>, <8 x float>* %32, align 32
  %1609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1607, <8 x float> %splat84, <8 x float> %1608)
  store <8 x float> %1609, <8 x float>* %32, align 32
  %1610 = add i64 %1573, 304
  %1611 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1610
  %1612 = bitcast float* %1611 to <8 x float>*
  %1613 = load <8 x float>, <8 x float>* %1612, align 4
  %1614 = load <8 x float>, <8 x float>* %31, align 32
  %1615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1613, <8 x float> %splat84, <8 x float> %1614)
  store <8 x float> %1615, <8 x float>* %31, align 32
  %1616 = add i64 %1573, 312
  %1617 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1616
  %1618 = bitcast float* %1617 to <8 x float>*
  %1619 = load <8 x float>, <8 x float>* %1618, align 4
  %1620 = load <8 x float>, <8 x float>* %30, align 32
  %1621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1619, <8 x float> %splat84, <8 x float> %1620)
  store <8 x float> %1621, <8 x float>* %30, align 32
  %k.next85 = add i64 %k83, 1
  br label %k.header80

k.exit82:                                         ; preds = %k.header80
  %1622 = load <8 x float>, <8 x float>* %37, align 32
  %1623 = getelementptr inbounds float, float* %2, i64 51456
  %1624 = bitcast float* %1623 to <8 x float>*
  store <8 x float> %1622, <8 x float>* %1624, align 4
  %1625 = load <8 x float>, <8 x float>* %36, align 32
  %1626 = getelementptr inbounds float, float* %2, i64 51464
  %1627 = bitcast float* %1626 to <8 x float>*
  store <8 x float> %1625, <8 x float>* %1627, align 4
  %1628 = load <8 x float>, <8 x float>* %35, align 32
  %1629 = getelementptr inbounds float, float* %2, i64 51472
  %1630 = bitcast float* %1629 to <8 x float>*
  store <8 x float> %1628, <8 x float>* %1630, align 4
  %1631 = load <8 x float>, <8 x float>* %34, align 32
  %1632 = getelementptr inbounds float, float* %2, i64 51480
  %1633 = bitcast float* %1632 to <8 x float>*
  store <8 x float> %1631, <8 x float>* %1633, align 4
  %1634 = load <8 x float>, <8 x float>* %33, align 32
  %1635 = getelementptr inbounds float, float* %2, i64 51488
  %1636 = bitcast float* %1635 to <8 x float>*
  store <8 x float> %1634, <8 x float>* %1636, align 4
  %1637 = load <8 x float>, <8 x float>* %32, align 32
  %1638 = getelementptr inbounds float, float* %2, i64 51496
  %1639 = bitcast float* %1638 to <8 x float>*
  store <8 x float> %1637, <8 x float>* %1639, align 4
  %1640 = load <8 x float>, <8 x float>* %31, align 32
  %1641 = getelementptr inbounds float, float* %2, i64 51504
  %1642 = bitcast float* %1641 to <8 x float>*
  store <8 x float> %1640, <8 x float>* %1642, align 4
  %1643 = load <8 x float>, <8 x float>* %30, align 32
  %1644 = getelementptr inbounds float, float* %2, i64 51512
  %1645 = bitcast float* %1644 to <8 x float>*
  store <8 x float> %1643, <8 x float>* %1645, align 4
  %1646 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 320) to <8 x float>*), align 4
  store <8 x float> %1646, <8 x float>* %29, align 32
  %1647 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 328) to <8 x float>*), align 4
  store <8 x float> %1647, <8 x float>* %28, align 32
  %1648 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 336) to <8 x float>*), align 4
  store <8 x float> %1648, <8 x float>* %27, align 32
  %1649 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 344) to <8 x float>*), align 4
  store <8 x float> %1649, <8 x float>* %26, align 32
  %1650 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 352) to <8 x float>*), align 4
  store <8 x float> %1650, <8 x float>* %25, align 32
  %1651 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 360) to <8 x float>*), align 4
  store <8 x float> %1651, <8 x float>* %24, align 32
  %1652 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 368) to <8 x float>*), align 4
  store <8 x float> %1652, <8 x float>* %23, align 32
  %1653 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 376) to <8 x float>*), align 4
  store <8 x float> %1653, <8 x float>* %22, align 32
  br label %k.header86

k.header86:                                       ; preds = %k.body87, %k.exit82
  %k89 = phi i64 [ 0, %k.exit82 ], [ %k.next91, %k.body87 ]
  %1654 = icmp slt i64 %k89, 128
  br i1 %1654, label %k.body87, label %k.exit88

k.body87:                                         ; preds = %k.header86
  %1655 = add i64 51712, %k89
  %1656 = getelementptr inbounds float, float* %2, i64 %1655
  %1657 = load float, float* %1656, align 4
  %1658 = insertelement <8 x float> undef, float %1657, i32 0
  %splat90 = shufflevector <8 x float> %1658, <8 x float> undef, <8 x i32> zeroinitializer
  %1659 = mul i64 %k89, 512
  %1660 = add i64 %1659, 320
  %1661 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1660
  %1662 = bitcast float* %1661 to <8 x float>*
  %1663 = load <8 x float>, <8 x float>* %1662, align 4
  %1664 = load <8 x float>, <8 x float>* %29, align 32
  %1665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1663, <8 x float> %splat90, <8 x float> %1664)
  store <8 x float> %1665, <8 x float>* %29, align 32
  %1666 = add i64 %1659, 328
  %1667 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1666
  %1668 = bitcast float* %1667 to <8 x float>*
  %1669 = load <8 x float>, <8 x float>* %1668, align 4
  %1670 = load <8 x float>, <8 x float>* %28, align 32
  %1671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1669, <8 x float> %splat90, <8 x float> %1670)
  store <8 x float> %1671, <8 x float>* %28, align 32
  %1672 = add i64 %1659, 336
  %1673 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1672
  %1674 = bitcast float* %1673 to <8 x float>*
  %1675 = load <8 x float>, <8 x float>* %1674, align 4
  %1676 = load <8 x float>, <8 x float>* %27, align 32
  %1677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1675, <8 x float> %splat90, <8 x float> %1676)
  store <8 x float> %1677, <8 x float>* %27, align 32
  %1678 = add i64 %1659, 344
  %1679 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1678
  %1680 = bitcast float* %1679 to <8 x float>*
  %1681 = load <8 x float>, <8 x float>* %1680, align 4
  %1682 = load <8 x float>, <8 x float>* %26, align 32
  %1683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1681, <8 x float> %splat90, <8 x float> %1682)
  store <8 x float> %1683, <8 x float>* %26, align 32
  %1684 = add i64 %1659, 352
  %1685 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1684
  %1686 = bitcast float* %1685 to <8 x float>*
  %1687 = load <8 x float>, <8 x float>* %1686, align 4
  %1688 = load <8 x float>, <8 x float>* %25, align 32
  %1689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1687, <8 x float> %splat90, <8 x float> %1688)
  store <8 x float> %1689, <8 x float>* %25, align 32
  %1690 = add i64 %1659, 360
  %1691 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1690
  %1692 = bitcast float* %1691 to <8 x float>*
  %1693 = load <8 x float>, <8 x float>* %1692, align 4
  %1694 = load <8 x float>, <8 x float>* %24, align 32
  %1695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1693, <8 x float> %splat90, <8 x float> %1694)
  store <8 x float> %1695, <8 x float>* %24, align 32
  %1696 = add i64 %1659, 368
  %1697 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1696
  %1698 = bitcast float* %1697 to <8 x float>*
  %1699 = load <8 x float>, <8 x float>* %1698, align 4
  %1700 = load <8 x float>, <8 x float>* %23, align 32
  %1701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1699, <8 x float> %splat90, <8 x float> %1700)
  store <8 x float> %1701, <8 x float>* %23, align 32
  %1702 = add i64 %1659, 376
  %1703 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1702
  %1704 = bitcast float* %1703 to <8 x float>*
  %1705 = load <8 x float>, <8 x float>* %1704, align 4
  %1706 = load <8 x float>, <8 x float>* %22, align 32
  %1707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1705, <8 x float> %splat90, <8 x float> %1706)
  store <8 x float> %1707, <8 x float>* %22, align 32
  %k.next91 = add i64 %k89, 1
  br label %k.header86

k.exit88:                                         ; preds = %k.header86
  %1708 = load <8 x float>, <8 x float>* %29, align 32
  %1709 = getelementptr inbounds float, float* %2, i64 51520
  %1710 = bitcast float* %1709 to <8 x float>*
  store <8 x float> %1708, <8 x float>* %1710, align 4
  %1711 = load <8 x float>, <8 x float>* %28, align 32
  %1712 = getelementptr inbounds float, float* %2, i64 51528
  %1713 = bitcast float* %1712 to <8 x float>*
  store <8 x float> %1711, <8 x float>* %1713, align 4
  %1714 = load <8 x float>, <8 x float>* %27, align 32
  %1715 = getelementptr inbounds float, float* %2, i64 51536
  %1716 = bitcast float* %1715 to <8 x float>*
  store <8 x float> %1714, <8 x float>* %1716, align 4
  %1717 = load <8 x float>, <8 x float>* %26, align 32
  %1718 = getelementptr inbounds float, float* %2, i64 51544
  %1719 = bitcast float* %1718 to <8 x float>*
  store <8 x float> %1717, <8 x float>* %1719, align 4
  %1720 = load <8 x float>, <8 x float>* %25, align 32
  %1721 = getelementptr inbounds float, float* %2, i64 51552
  %1722 = bitcast float* %1721 to <8 x float>*
  store <8 x float> %1720, <8 x float>* %1722, align 4
  %1723 = load <8 x float>, <8 x float>* %24, align 32
  %1724 = getelementptr inbounds float, float* %2, i64 51560
  %1725 = bitcast float* %1724 to <8 x float>*
  store <8 x float> %1723, <8 x float>* %1725, align 4
  %1726 = load <8 x float>, <8 x float>* %23, align 32
  %1727 = getelementptr inbounds float, float* %2, i64 51568
  %1728 = bitcast float* %1727 to <8 x float>*
  store <8 x float> %1726, <8 x float>* %1728, align 4
  %1729 = load <8 x float>, <8 x float>* %22, align 32
  %1730 = getelementptr inbounds float, float* %2, i64 51576
  %1731 = bitcast float* %1730 to <8 x float>*
  store <8 x float> %1729, <8 x float>* %1731, align 4
  %1732 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 384) to <8 x float>*), align 4
  store <8 x float> %1732, <8 x float>* %21, align 32
  %1733 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 392) to <8 x float>*), align 4
  store <8 x float> %1733, <8 x float>* %20, align 32
  %1734 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 400) to <8 x float>*), align 4
  store <8 x float> %1734, <8 x float>* %19, align 32
  %1735 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 408) to <8 x float>*), align 4
  store <8 x float> %1735, <8 x float>* %18, align 32
  %1736 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 416) to <8 x float>*), align 4
  store <8 x float> %1736, <8 x float>* %17, align 32
  %1737 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 424) to <8 x float>*), align 4
  store <8 x float> %1737, <8 x float>* %16, align 32
  %1738 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 432) to <8 x float>*), align 4
  store <8 x float> %1738, <8 x float>* %15, align 32
  %1739 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 440) to <8 x float>*), align 4
  store <8 x float> %1739, <8 x float>* %14, align 32
  br label %k.header92

k.header92:                                       ; preds = %k.body93, %k.exit88
  %k95 = phi i64 [ 0, %k.exit88 ], [ %k.next97, %k.body93 ]
  %1740 = icmp slt i64 %k95, 128
  br i1 %1740, label %k.body93, label %k.exit94

k.body93:                                         ; preds = %k.header92
  %1741 = add i64 51712, %k95
  %1742 = getelementptr inbounds float, float* %2, i64 %1741
  %1743 = load float, float* %1742, align 4
  %1744 = insertelement <8 x float> undef, float %1743, i32 0
  %splat96 = shufflevector <8 x float> %1744, <8 x float> undef, <8 x i32> zeroinitializer
  %1745 = mul i64 %k95, 512
  %1746 = add i64 %1745, 384
  %1747 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1746
  %1748 = bitcast float* %1747 to <8 x float>*
  %1749 = load <8 x float>, <8 x float>* %1748, align 4
  %1750 = load <8 x float>, <8 x float>* %21, align 32
  %1751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1749, <8 x float> %splat96, <8 x float> %1750)
  store <8 x float> %1751, <8 x float>* %21, align 32
  %1752 = add i64 %1745, 392
  %1753 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1752
  %1754 = bitcast float* %1753 to <8 x float>*
  %1755 = load <8 x float>, <8 x float>* %1754, align 4
  %1756 = load <8 x float>, <8 x float>* %20, align 32
  %1757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1755, <8 x float> %splat96, <8 x float> %1756)
  store <8 x float> %1757, <8 x float>* %20, align 32
  %1758 = add i64 %1745, 400
  %1759 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1758
  %1760 = bitcast float* %1759 to <8 x float>*
  %1761 = load <8 x float>, <8 x float>* %1760, align 4
  %1762 = load <8 x float>, <8 x float>* %19, align 32
  %1763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1761, <8 x float> %splat96, <8 x float> %1762)
  store <8 x float> %1763, <8 x float>* %19, align 32
  %1764 = add i64 %1745, 408
  %1765 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1764
  %1766 = bitcast float* %1765 to <8 x float>*
  %1767 = load <8 x float>, <8 x float>* %1766, align 4
  %1768 = load <8 x float>, <8 x float>* %18, align 32
  %1769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1767, <8 x float> %splat96, <8 x float> %1768)
  store <8 x float> %1769, <8 x float>* %18, align 32
  %1770 = add i64 %1745, 416
  %1771 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1770
  %1772 = bitcast float* %1771 to <8 x float>*
  %1773 = load <8 x float>, <8 x float>* %1772, align 4
  %1774 = load <8 x float>, <8 x float>* %17, align 32
  %1775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1773, <8 x float> %splat96, <8 x float> %1774)
  store <8 x float> %1775, <8 x float>* %17, align 32
  %1776 = add i64 %1745, 424
  %1777 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1776
  %1778 = bitcast float* %1777 to <8 x float>*
  %1779 = load <8 x float>, <8 x float>* %1778, align 4
  %1780 = load <8 x float>, <8 x float>* %16, align 32
  %1781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1779, <8 x float> %splat96, <8 x float> %1780)
  store <8 x float> %1781, <8 x float>* %16, align 32
  %1782 = add i64 %1745, 432
  %1783 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1782
  %1784 = bitcast float* %1783 to <8 x float>*
  %1785 = load <8 x float>, <8 x float>* %1784, align 4
  %1786 = load <8 x float>, <8 x float>* %15, align 32
  %1787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1785, <8 x float> %splat96, <8 x float> %1786)
  store <8 x float> %1787, <8 x float>* %15, align 32
  %1788 = add i64 %1745, 440
  %1789 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1788
  %1790 = bitcast float* %1789 to <8 x float>*
  %1791 = load <8 x float>, <8 x float>* %1790, align 4
  %1792 = load <8 x float>, <8 x float>* %14, align 32
  %1793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1791, <8 x float> %splat96, <8 x float> %1792)
  store <8 x float> %1793, <8 x float>* %14, align 32
  %k.next97 = add i64 %k95, 1
  br label %k.header92

k.exit94:                                         ; preds = %k.header92
  %1794 = load <8 x float>, <8 x float>* %21, align 32
  %1795 = getelementptr inbounds float, float* %2, i64 51584
  %1796 = bitcast float* %1795 to <8 x float>*
  store <8 x float> %1794, <8 x float>* %1796, align 4
  %1797 = load <8 x float>, <8 x float>* %20, align 32
  %1798 = getelementptr inbounds float, float* %2, i64 51592
  %1799 = bitcast float* %1798 to <8 x float>*
  store <8 x float> %1797, <8 x float>* %1799, align 4
  %1800 = load <8 x float>, <8 x float>* %19, align 32
  %1801 = getelementptr inbounds float, float* %2, i64 51600
  %1802 = bitcast float* %1801 to <8 x float>*
  store <8 x float> %1800, <8 x float>* %1802, align 4
  %1803 = load <8 x float>, <8 x float>* %18, align 32
  %1804 = getelementptr inbounds float, float* %2, i64 51608
  %1805 = bitcast float* %1804 to <8 x float>*
  store <8 x float> %1803, <8 x float>* %1805, align 4
  %1806 = load <8 x float>, <8 x float>* %17, align 32
  %1807 = getelementptr inbounds float, float* %2, i64 51616
  %1808 = bitcast float* %1807 to <8 x float>*
  store <8 x float> %1806, <8 x float>* %1808, align 4
  %1809 = load <8 x float>, <8 x float>* %16, align 32
  %1810 = getelementptr inbounds float, float* %2, i64 51624
  %1811 = bitcast float* %1810 to <8 x float>*
  store <8 x float> %1809, <8 x float>* %1811, align 4
  %1812 = load <8 x float>, <8 x float>* %15, align 32
  %1813 = getelementptr inbounds float, float* %2, i64 51632
  %1814 = bitcast float* %1813 to <8 x float>*
  store <8 x float> %1812, <8 x float>* %1814, align 4
  %1815 = load <8 x float>, <8 x float>* %14, align 32
  %1816 = getelementptr inbounds float, float* %2, i64 51640
  %1817 = bitcast float* %1816 to <8 x float>*
  store <8 x float> %1815, <8 x float>* %1817, align 4
  %1818 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 448) to <8 x float>*), align 4
  store <8 x float> %1818, <8 x float>* %13, align 32
  %1819 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 456) to <8 x float>*), align 4
  store <8 x float> %1819, <8 x float>* %12, align 32
  %1820 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 464) to <8 x float>*), align 4
  store <8 x float> %1820, <8 x float>* %11, align 32
  %1821 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 472) to <8 x float>*), align 4
  store <8 x float> %1821, <8 x float>* %10, align 32
  %1822 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 480) to <8 x float>*), align 4
  store <8 x float> %1822, <8 x float>* %9, align 32
  %1823 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 488) to <8 x float>*), align 4
  store <8 x float> %1823, <8 x float>* %8, align 32
  %1824 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 496) to <8 x float>*), align 4
  store <8 x float> %1824, <8 x float>* %7, align 32
  %1825 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 504) to <8 x float>*), align 4
  store <8 x float> %1825, <8 x float>* %6, align 32
  br label %k.header98

k.header98:                                       ; preds = %k.body99, %k.exit94
  %k101 = phi i64 [ 0, %k.exit94 ], [ %k.next103, %k.body99 ]
  %1826 = icmp slt i64 %k101, 128
  br i1 %1826, label %k.body99, label %k.exit100

k.body99:                                         ; preds = %k.header98
  %1827 = add i64 51712, %k101
  %1828 = getelementptr inbounds float, float* %2, i64 %1827
  %1829 = load float, float* %1828, align 4
  %1830 = insertelement <8 x float> undef, float %1829, i32 0
  %splat102 = shufflevector <8 x float> %1830, <8 x float> undef, <8 x i32> zeroinitializer
  %1831 = mul i64 %k101, 512
  %1832 = add i64 %1831, 448
  %1833 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1832
  %1834 = bitcast float* %1833 to <8 x float>*
  %1835 = load <8 x float>, <8 x float>* %1834, align 4
  %1836 = load <8 x float>, <8 x float>* %13, align 32
  %1837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1835, <8 x float> %splat102, <8 x float> %1836)
  store <8 x float> %1837, <8 x float>* %13, align 32
  %1838 = add i64 %1831, 456
  %1839 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1838
  %1840 = bitcast float* %1839 to <8 x float>*
  %1841 = load <8 x float>, <8 x float>* %1840, align 4
  %1842 = load <8 x float>, <8 x float>* %12, align 32
  %1843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1841, <8 x float> %splat102, <8 x float> %1842)
  store <8 x float> %1843, <8 x float>* %12, align 32
  %1844 = add i64 %1831, 464
  %1845 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1844
  %1846 = bitcast float* %1845 to <8 x float>*
  %1847 = load <8 x float>, <8 x float>* %1846, align 4
  %1848 = load <8 x float>, <8 x float>* %11, align 32
  %1849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1847, <8 x float> %splat102, <8 x float> %1848)
  store <8 x float> %1849, <8 x float>* %11, align 32
  %1850 = add i64 %1831, 472
  %1851 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1850
  %1852 = bitcast float* %1851 to <8 x float>*
  %1853 = load <8 x float>, <8 x float>* %1852, align 4
  %1854 = load <8 x float>, <8 x float>* %10, align 32
  %1855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1853, <8 x float> %splat102, <8 x float> %1854)
  store <8 x float> %1855, <8 x float>* %10, align 32
  %1856 = add i64 %1831, 480
  %1857 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1856
  %1858 = bitcast float* %1857 to <8 x float>*
  %1859 = load <8 x float>, <8 x float>* %1858, align 4
  %1860 = load <8 x float>, <8 x float>* %9, align 32
  %1861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1859, <8 x float> %splat102, <8 x float> %1860)
  store <8 x float> %1861, <8 x float>* %9, align 32
  %1862 = add i64 %1831, 488
  %1863 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1862
  %1864 = bitcast float* %1863 to <8 x float>*
  %1865 = load <8 x float>, <8 x float>* %1864, align 4
  %1866 = load <8 x float>, <8 x float>* %8, align 32
  %1867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1865, <8 x float> %splat102, <8 x float> %1866)
  store <8 x float> %1867, <8 x float>* %8, align 32
  %1868 = add i64 %1831, 496
  %1869 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1868
  %1870 = bitcast float* %1869 to <8 x float>*
  %1871 = load <8 x float>, <8 x float>* %1870, align 4
  %1872 = load <8 x float>, <8 x float>* %7, align 32
  %1873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1871, <8 x float> %splat102, <8 x float> %1872)
  store <8 x float> %1873, <8 x float>* %7, align 32
  %1874 = add i64 %1831, 504
  %1875 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_t1 to float*), i64 %1874
  %1876 = bitcast float* %1875 to <8 x float>*
  %1877 = load <8 x float>, <8 x float>* %1876, align 4
  %1878 = load <8 x float>, <8 x float>* %6, align 32
  %1879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1877, <8 x float> %splat102, <8 x float> %1878)
  store <8 x float> %1879, <8 x float>* %6, align 32
  %k.next103 = add i64 %k101, 1
  br label %k.header98

k.exit100:                                        ; preds = %k.header98
  %1880 = load <8 x float>, <8 x float>* %13, align 32
  %1881 = getelementptr inbounds float, float* %2, i64 51648
  %1882 = bitcast float* %1881 to <8 x float>*
  store <8 x float> %1880, <8 x float>* %1882, align 4
  %1883 = load <8 x float>, <8 x float>* %12, align 32
  %1884 = getelementptr inbounds float, float* %2, i64 51656
  %1885 = bitcast float* %1884 to <8 x float>*
  store <8 x float> %1883, <8 x float>* %1885, align 4
  %1886 = load <8 x float>, <8 x float>* %11, align 32
  %1887 = getelementptr inbounds float, float* %2, i64 51664
  %1888 = bitcast float* %1887 to <8 x float>*
  store <8 x float> %1886, <8 x float>* %1888, align 4
  %1889 = load <8 x float>, <8 x float>* %10, align 32
  %1890 = getelementptr inbounds float, float* %2, i64 51672
  %1891 = bitcast float* %1890 to <8 x float>*
  store <8 x float> %1889, <8 x float>* %1891, align 4
  %1892 = load <8 x float>, <8 x float>* %9, align 32
  %1893 = getelementptr inbounds float, float* %2, i64 51680
  %1894 = bitcast float* %1893 to <8 x float>*
  store <8 x float> %1892, <8 x float>* %1894, align 4
  %1895 = load <8 x float>, <8 x float>* %8, align 32
  %1896 = getelementptr inbounds float, float* %2, i64 51688
  %1897 = bitcast float* %1896 to <8 x float>*
  store <8 x float> %1895, <8 x float>* %1897, align 4
  %1898 = load <8 x float>, <8 x float>* %7, align 32
  %1899 = getelementptr inbounds float, float* %2, i64 51696
  %1900 = bitcast float* %1899 to <8 x float>*
  store <8 x float> %1898, <8 x float>* %1900, align 4
  %1901 = load <8 x float>, <8 x float>* %6, align 32
  %1902 = getelementptr inbounds float, float* %2, i64 51704
  %1903 = bitcast float* %1902 to <8 x float>*
  store <8 x float> %1901, <8 x float>* %1903, align 4
  br label %v.header104

v.header104:                                      ; preds = %v.body105, %k.exit100
  %v107 = phi i64 [ 0, %k.exit100 ], [ %v.next108, %v.body105 ]
  %1904 = icmp slt i64 %v107, 128
  br i1 %1904, label %v.body105, label %v.exit106

v.body105:                                        ; preds = %v.header104
  %1905 = add i64 51712, %v107
  %1906 = add i64 0, %v107
  %1907 = add i64 %1215, %1906
  %1908 = getelementptr inbounds float, float* %2, i64 %1907
  %1909 = bitcast float* %1908 to <8 x float>*
  %1910 = load <8 x float>, <8 x float>* %1909, align 4
  %1911 = add i64 51200, %1906
  %1912 = getelementptr inbounds float, float* %2, i64 %1911
  %1913 = bitcast float* %1912 to <8 x float>*
  %1914 = load <8 x float>, <8 x float>* %1913, align 4
  %1915 = add i64 128, %v107
  %1916 = add i64 %1215, %1915
  %1917 = getelementptr inbounds float, float* %2, i64 %1916
  %1918 = bitcast float* %1917 to <8 x float>*
  %1919 = load <8 x float>, <8 x float>* %1918, align 4
  %1920 = add i64 51200, %1915
  %1921 = getelementptr inbounds float, float* %2, i64 %1920
  %1922 = bitcast float* %1921 to <8 x float>*
  %1923 = load <8 x float>, <8 x float>* %1922, align 4
  %1924 = add i64 256, %v107
  %1925 = add i64 %1215, %1924
  %1926 = getelementptr inbounds float, float* %2, i64 %1925
  %1927 = bitcast float* %1926 to <8 x float>*
  %1928 = load <8 x float>, <8 x float>* %1927, align 4
  %1929 = add i64 51200, %1924
  %1930 = getelementptr inbounds float, float* %2, i64 %1929
  %1931 = bitcast float* %1930 to <8 x float>*
  %1932 = load <8 x float>, <8 x float>* %1931, align 4
  %1933 = add i64 384, %v107
  %1934 = add i64 %1215, %1933
  %1935 = getelementptr inbounds float, float* %2, i64 %1934
  %1936 = bitcast float* %1935 to <8 x float>*
  %1937 = load <8 x float>, <8 x float>* %1936, align 4
  %1938 = add i64 51200, %1933
  %1939 = getelementptr inbounds float, float* %2, i64 %1938
  %1940 = bitcast float* %1939 to <8 x float>*
  %1941 = load <8 x float>, <8 x float>* %1940, align 4
  %1942 = add i64 51840, %v107
  %1943 = fadd <8 x float> %1919, %1923
  %1944 = fneg <8 x float> %1943
  %1945 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1944, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1946 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1945, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1946, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1948 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1947)
  %1949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1948, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1946)
  %1950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1948, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1949)
  %1951 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1950, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1951, <8 x float> %1950, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1952, <8 x float> %1950, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1953, <8 x float> %1950, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1954, <8 x float> %1950, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1956 = fmul <8 x float> %1950, %1950
  %1957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1955, <8 x float> %1956, <8 x float> %1950)
  %1958 = fadd <8 x float> %1957, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1959 = fptosi <8 x float> %1948 to <8 x i32>
  %1960 = add <8 x i32> %1959, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1961 = shl <8 x i32> %1960, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1962 = bitcast <8 x i32> %1961 to <8 x float>
  %1963 = fmul <8 x float> %1958, %1962
  %1964 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1963
  %1965 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1964
  %1966 = getelementptr inbounds float, float* %2, i64 %1942
  %1967 = bitcast float* %1966 to <8 x float>*
  %1968 = load <8 x float>, <8 x float>* %1967, align 4
  %1969 = fadd <8 x float> %1910, %1914
  %1970 = fneg <8 x float> %1969
  %1971 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1970, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1972 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1971, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1972, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1974 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1973)
  %1975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1974, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1972)
  %1976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1974, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1975)
  %1977 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1976, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1977, <8 x float> %1976, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1978, <8 x float> %1976, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1979, <8 x float> %1976, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1980, <8 x float> %1976, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1982 = fmul <8 x float> %1976, %1976
  %1983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1981, <8 x float> %1982, <8 x float> %1976)
  %1984 = fadd <8 x float> %1983, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1985 = fptosi <8 x float> %1974 to <8 x i32>
  %1986 = add <8 x i32> %1985, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1987 = shl <8 x i32> %1986, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1988 = bitcast <8 x i32> %1987 to <8 x float>
  %1989 = fmul <8 x float> %1984, %1988
  %1990 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1989
  %1991 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1990
  %1992 = fadd <8 x float> %1928, %1932
  %1993 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1992)
  %1994 = fmul <8 x float> %1992, %1992
  %1995 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1994, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1996 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1995, <8 x float> %1994, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1996, <8 x float> %1994, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1998 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1997, <8 x float> %1994, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1999 = fmul <8 x float> %1998, %1994
  %2000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1999, <8 x float> %1992, <8 x float> %1992)
  %2001 = fmul <8 x float> %1993, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2002 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2001, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2003 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2002, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2003, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2005 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2004)
  %2006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2005, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2003)
  %2007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2005, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2006)
  %2008 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2007, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2008, <8 x float> %2007, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2009, <8 x float> %2007, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2010, <8 x float> %2007, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2011, <8 x float> %2007, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2013 = fmul <8 x float> %2007, %2007
  %2014 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2012, <8 x float> %2013, <8 x float> %2007)
  %2015 = fadd <8 x float> %2014, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2016 = fptosi <8 x float> %2005 to <8 x i32>
  %2017 = add <8 x i32> %2016, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2018 = shl <8 x i32> %2017, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2019 = bitcast <8 x i32> %2018 to <8 x float>
  %2020 = fmul <8 x float> %2015, %2019
  %2021 = fadd <8 x float> %2020, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2022 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2021
  %2023 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2022
  %2024 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2023, <8 x float> %1992)
  %2025 = fcmp olt <8 x float> %1993, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2026 = select <8 x i1> %2025, <8 x float> %2000, <8 x float> %2024
  %2027 = fmul <8 x float> %1991, %2026
  %2028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1965, <8 x float> %1968, <8 x float> %2027)
  %2029 = getelementptr inbounds float, float* %2, i64 %1942
  %2030 = bitcast float* %2029 to <8 x float>*
  store <8 x float> %2028, <8 x float>* %2030, align 4
  %2031 = fadd <8 x float> %1937, %1941
  %2032 = fneg <8 x float> %2031
  %2033 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2032, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2034 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2033, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2034, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2036 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2035)
  %2037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2036, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2034)
  %2038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2036, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2037)
  %2039 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2038, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2039, <8 x float> %2038, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2040, <8 x float> %2038, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2041, <8 x float> %2038, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2042, <8 x float> %2038, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2044 = fmul <8 x float> %2038, %2038
  %2045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2043, <8 x float> %2044, <8 x float> %2038)
  %2046 = fadd <8 x float> %2045, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2047 = fptosi <8 x float> %2036 to <8 x i32>
  %2048 = add <8 x i32> %2047, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2049 = shl <8 x i32> %2048, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2050 = bitcast <8 x i32> %2049 to <8 x float>
  %2051 = fmul <8 x float> %2046, %2050
  %2052 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2051
  %2053 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2052
  %2054 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2028)
  %2055 = fmul <8 x float> %2028, %2028
  %2056 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2055, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2056, <8 x float> %2055, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2057, <8 x float> %2055, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2058, <8 x float> %2055, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2060 = fmul <8 x float> %2059, %2055
  %2061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2060, <8 x float> %2028, <8 x float> %2028)
  %2062 = fmul <8 x float> %2054, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2063 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2062, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2064 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2063, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2064, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2066 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2065)
  %2067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2066, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2064)
  %2068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2066, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2067)
  %2069 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2068, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2069, <8 x float> %2068, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2070, <8 x float> %2068, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2072 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2071, <8 x float> %2068, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2072, <8 x float> %2068, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2074 = fmul <8 x float> %2068, %2068
  %2075 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2073, <8 x float> %2074, <8 x float> %2068)
  %2076 = fadd <8 x float> %2075, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2077 = fptosi <8 x float> %2066 to <8 x i32>
  %2078 = add <8 x i32> %2077, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2079 = shl <8 x i32> %2078, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2080 = bitcast <8 x i32> %2079 to <8 x float>
  %2081 = fmul <8 x float> %2076, %2080
  %2082 = fadd <8 x float> %2081, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2083 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2082
  %2084 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2083
  %2085 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2084, <8 x float> %2028)
  %2086 = fcmp olt <8 x float> %2054, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2087 = select <8 x i1> %2086, <8 x float> %2061, <8 x float> %2085
  %2088 = fmul <8 x float> %2053, %2087
  %2089 = getelementptr inbounds float, float* %2, i64 %1905
  %2090 = bitcast float* %2089 to <8 x float>*
  store <8 x float> %2088, <8 x float>* %2090, align 4
  %2091 = mul i64 %n51, 50
  %2092 = add i64 %2091, %1211
  %2093 = mul i64 %2092, 256
  %2094 = add i64 %2093, 128
  %2095 = add i64 %2094, %v107
  %2096 = getelementptr inbounds float, float* %0, i64 %2095
  %2097 = bitcast float* %2096 to <8 x float>*
  store <8 x float> %2088, <8 x float>* %2097, align 4
  %v.next108 = add i64 %v107, 8
  br label %v.header104

v.exit106:                                        ; preds = %v.header104
  br label %s.header109

s.header109:                                      ; preds = %s.body110, %v.exit106
  %s112 = phi i64 [ 128, %v.exit106 ], [ %s.next113, %s.body110 ]
  %2098 = icmp slt i64 %s112, 128
  br i1 %2098, label %s.body110, label %s.exit111

s.body110:                                        ; preds = %s.header109
  %2099 = add i64 51712, %s112
  %2100 = add i64 0, %s112
  %2101 = add i64 %1215, %2100
  %2102 = getelementptr inbounds float, float* %2, i64 %2101
  %2103 = load float, float* %2102, align 4
  %2104 = add i64 51200, %2100
  %2105 = getelementptr inbounds float, float* %2, i64 %2104
  %2106 = load float, float* %2105, align 4
  %2107 = add i64 128, %s112
  %2108 = add i64 %1215, %2107
  %2109 = getelementptr inbounds float, float* %2, i64 %2108
  %2110 = load float, float* %2109, align 4
  %2111 = add i64 51200, %2107
  %2112 = getelementptr inbounds float, float* %2, i64 %2111
  %2113 = load float, float* %2112, align 4
  %2114 = add i64 256, %s112
  %2115 = add i64 %1215, %2114
  %2116 = getelementptr inbounds float, float* %2, i64 %2115
  %2117 = load float, float* %2116, align 4
  %2118 = add i64 51200, %2114
  %2119 = getelementptr inbounds float, float* %2, i64 %2118
  %2120 = load float, float* %2119, align 4
  %2121 = add i64 384, %s112
  %2122 = add i64 %1215, %2121
  %2123 = getelementptr inbounds float, float* %2, i64 %2122
  %2124 = load float, float* %2123, align 4
  %2125 = add i64 51200, %2121
  %2126 = getelementptr inbounds float, float* %2, i64 %2125
  %2127 = load float, float* %2126, align 4
  %2128 = add i64 51840, %s112
  %2129 = fadd float %2110, %2113
  %2130 = fneg float %2129
  %2131 = call float @llvm.maxnum.f32(float %2130, float 0xC055D33340000000)
  %2132 = call float @llvm.minnum.f32(float %2131, float 0x40562CCCC0000000)
  %2133 = call float @llvm.fma.f32(float %2132, float 0x3FF7154760000000, float 5.000000e-01)
  %2134 = call float @llvm.floor.f32(float %2133)
  %2135 = call float @llvm.fma.f32(float %2134, float 0xBFE6300000000000, float %2132)
  %2136 = call float @llvm.fma.f32(float %2134, float 0x3F2BD01060000000, float %2135)
  %2137 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %2136, float 0x3F56E879C0000000)
  %2138 = call float @llvm.fma.f32(float %2137, float %2136, float 0x3F81112100000000)
  %2139 = call float @llvm.fma.f32(float %2138, float %2136, float 0x3FA5553820000000)
  %2140 = call float @llvm.fma.f32(float %2139, float %2136, float 0x3FC5555540000000)
  %2141 = call float @llvm.fma.f32(float %2140, float %2136, float 5.000000e-01)
  %2142 = fmul float %2136, %2136
  %2143 = call float @llvm.fma.f32(float %2141, float %2142, float %2136)
  %2144 = fadd float %2143, 1.000000e+00
  %2145 = fptosi float %2134 to i32
  %2146 = add i32 %2145, 127
  %2147 = shl i32 %2146, 23
  %2148 = bitcast i32 %2147 to float
  %2149 = fmul float %2144, %2148
  %2150 = fadd float 1.000000e+00, %2149
  %2151 = fdiv float 1.000000e+00, %2150
  %2152 = getelementptr inbounds float, float* %2, i64 %2128
  %2153 = load float, float* %2152, align 4
  %2154 = fadd float %2103, %2106
  %2155 = fneg float %2154
  %2156 = call float @llvm.maxnum.f32(float %2155, float 0xC055D33340000000)
  %2157 = call float @llvm.minnum.f32(float %2156, float 0x40562CCCC0000000)
  %2158 = call float @llvm.fma.f32(float %2157, float 0x3FF7154760000000, float 5.000000e-01)
  %2159 = call float @llvm.floor.f32(float %2158)
  %2160 = call float @llvm.fma.f32(float %2159, float 0xBFE6300000000000, float %2157)
  %2161 = call float @llvm.fma.f32(float %2159, float 0x3F2BD01060000000, float %2160)
  %2162 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %2161, float 0x3F56E879C0000000)
  %2163 = call float @llvm.fma.f32(float %2162, float %2161, float 0x3F81112100000000)
  %2164 = call float @llvm.fma.f32(float %2163, float %2161, float 0x3FA5553820000000)
  %2165 = call float @llvm.fma.f32(float %2164, float %2161, float 0x3FC5555540000000)
  %2166 = call float @llvm.fma.f32(float %2165, float %2161, float 5.000000e-01)
  %2167 = fmul float %2161, %2161
  %2168 = call float @llvm.fma.f32(float %2166, float %2167, float %2161)
  %2169 = fadd float %2168, 1.000000e+00
  %2170 = fptosi float %2159 to i32
  %2171 = add i32 %2170, 127
  %2172 = shl i32 %2171, 23
  %2173 = bitcast i32 %2172 to float
  %2174 = fmul float %2169, %2173
  %2175 = fadd float 1.000000e+00, %2174
  %2176 = fdiv float 1.000000e+00, %2175
  %2177 = fadd float %2117, %2120
  %2178 = call float @llvm.fabs.f32(float %2177)
  %2179 = fmul float %2177, %2177
  %2180 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %2179, float 0x3F952269C0000000)
  %2181 = call float @llvm.fma.f32(float %2180, float %2179, float 0xBFAB83C5A0000000)
  %2182 = call float @llvm.fma.f32(float %2181, float %2179, float 0x3FC1107260000000)
  %2183 = call float @llvm.fma.f32(float %2182, float %2179, float 0xBFD5555320000000)
  %2184 = fmul float %2183, %2179
  %2185 = call float @llvm.fma.f32(float %2184, float %2177, float %2177)
  %2186 = fmul float %2178, 2.000000e+00
  %2187 = call float @llvm.maxnum.f32(float %2186, float 0xC055D33340000000)
  %2188 = call float @llvm.minnum.f32(float %2187, float 0x40562CCCC0000000)
  %2189 = call float @llvm.fma.f32(float %2188, float 0x3FF7154760000000, float 5.000000e-01)
  %2190 = call float @llvm.floor.f32(float %2189)
  %2191 = call float @llvm.fma.f32(float %2190, float 0xBFE6300000000000, float %2188)
  %2192 = call float @llvm.fma.f32(float %2190, float 0x3F2BD01060000000, float %2191)
  %2193 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %2192, float 0x3F56E879C0000000)
  %2194 = call float @llvm.fma.f32(float %2193, float %2192, float 0x3F81112100000000)
  %2195 = call float @llvm.fma.f32(float %2194, float %2192, float 0x3FA5553820000000)
  %2196 = call float @llvm.fma.f32(float %2195, float %2192, float 0x3FC5555540000000)
  %2197 = call float @llvm.fma.f32(float %2196, float %2192, float 5.000000e-01)
  %2198 = fmul float %2192, %2192
  %2199 = call float @llvm.fma.f32(float %2197, float %2198, float %2192)
  %2200 = fadd float %2199, 1.000000e+00
  %2201 = fptosi float %2190 to i32
  %2202 = add i32 %2201, 127
  %2203 = shl i32 %2202, 23
  %2204 = bitcast i32 %2203 to float
  %2205 = fmul float %2200, %2204
  %2206 = fadd float %2205, 1.000000e+00
  %2207 = fdiv float 2.000000e+00, %2206
  %2208 = fsub float 1.000000e+00, %2207
  %2209 = call float @llvm.copysign.f32(float %2208, float %2177)
  %2210 = fcmp olt float %2178, 6.250000e-01
  %2211 = select i1 %2210, float %2185, float %2209
  %2212 = fmul float %2176, %2211
  %2213 = call float @llvm.fma.f32(float %2151, float %2153, float %2212)
  %2214 = getelementptr inbounds float, float* %2, i64 %2128
  store float %2213, float* %2214, align 4
  %2215 = fadd float %2124, %2127
  %2216 = fneg float %2215
  %2217 = call float @llvm.maxnum.f32(float %2216, float 0xC055D33340000000)
  %2218 = call float @llvm.minnum.f32(float %2217, float 0x40562CCCC0000000)
  %2219 = call float @llvm.fma.f32(float %2218, float 0x3FF7154760000000, float 5.000000e-01)
  %2220 = call float @llvm.floor.f32(float %2219)
  %2221 = call float @llvm.fma.f32(float %2220, float 0xBFE6300000000000, float %2218)
  %2222 = call float @llvm.fma.f32(float %2220, float 0x3F2BD01060000000, float %2221)
  %2223 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %2222, float 0x3F56E879C0000000)
  %2224 = call float @llvm.fma.f32(float %2223, float %2222, float 0x3F81112100000000)
  %2225 = call float @llvm.fma.f32(float %2224, float %2222, float 0x3FA5553820000000)
  %2226 = call float @llvm.fma.f32(float %2225, float %2222, float 0x3FC5555540000000)
  %2227 = call float @llvm.fma.f32(float %2226, float %2222, float 5.000000e-01)
  %2228 = fmul float %2222, %2222
  %2229 = call float @llvm.fma.f32(float %2227, float %2228, float %2222)
  %2230 = fadd float %2229, 1.000000e+00
  %2231 = fptosi float %2220 to i32
  %2232 = add i32 %2231, 127
  %2233 = shl i32 %2232, 23
  %2234 = bitcast i32 %2233 to float
  %2235 = fmul float %2230, %2234
  %2236 = fadd float 1.000000e+00, %2235
  %2237 = fdiv float 1.000000e+00, %2236
  %2238 = call float @llvm.fabs.f32(float %2213)
  %2239 = fmul float %2213, %2213
  %2240 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %2239, float 0x3F952269C0000000)
  %2241 = call float @llvm.fma.f32(float %2240, float %2239, float 0xBFAB83C5A0000000)
  %2242 = call float @llvm.fma.f32(float %2241, float %2239, float 0x3FC1107260000000)
  %2243 = call float @llvm.fma.f32(float %2242, float %2239, float 0xBFD5555320000000)
  %2244 = fmul float %2243, %2239
  %2245 = call float @llvm.fma.f32(float %2244, float %2213, float %2213)
  %2246 = fmul float %2238, 2.000000e+00
  %2247 = call float @llvm.maxnum.f32(float %2246, float 0xC055D33340000000)
  %2248 = call float @llvm.minnum.f32(float %2247, float 0x40562CCCC0000000)
  %2249 = call float @llvm.fma.f32(float %2248, float 0x3FF7154760000000, float 5.000000e-01)
  %2250 = call float @llvm.floor.f32(float %2249)
  %2251 = call float @llvm.fma.f32(float %2250, float 0xBFE6300000000000, float %2248)
  %2252 = call float @llvm.fma.f32(float %2250, float 0x3F2BD01060000000, float %2251)
  %2253 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %2252, float 0x3F56E879C0000000)
  %2254 = call float @llvm.fma.f32(float %2253, float %2252, float 0x3F81112100000000)
  %2255 = call float @llvm.fma.f32(float %2254, float %2252, float 0x3FA5553820000000)
  %2256 = call float @llvm.fma.f32(float %2255, float %2252, float 0x3FC5555540000000)
  %2257 = call float @llvm.fma.f32(float %2256, float %2252, float 5.000000e-01)
  %2258 = fmul float %2252, %2252
  %2259 = call float @llvm.fma.f32(float %2257, float %2258, float %2252)
  %2260 = fadd float %2259, 1.000000e+00
  %2261 = fptosi float %2250 to i32
  %2262 = add i32 %2261, 127
  %2263 = shl i32 %2262, 23
  %2264 = bitcast i32 %2263 to float
  %2265 = fmul float %2260, %2264
  %2266 = fadd float %2265, 1.000000e+00
  %2267 = fdiv float 2.000000e+00, %2266
  %2268 = fsub float 1.000000e+00, %2267
  %2269 = call float @llvm.copysign.f32(float %2268, float %2213)
  %2270 = fcmp olt float %2238, 6.250000e-01
  %2271 = select i1 %2270, float %2245, float %2269
  %2272 = fmul float %2237, %2271
  %2273 = getelementptr inbounds float, float* %2, i64 %2099
  store float %2272, float* %2273, align 4
  %2274 = mul i64 %n51, 50
  %2275 = add i64 %2274, %1211
  %2276 = mul i64 %2275, 256
  %2277 = add i64 %2276, 128
  %2278 = add i64 %2277, %s112
  %2279 = getelementptr inbounds float, float* %0, i64 %2278
  store float %2272, float* %2279, align 4
  %s.next113 = add i64 %s112, 1
  br label %s.header109

s.exit111:                                        ; preds = %s.header109
  %s.next114 = add i64 %s55, 1
  br label %s.header52
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
define internal void @node1.lstm_1.step2(i8* %0) #2 {
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
  call void @node1.lstm_1.step2.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %38 = icmp slt i64 %task, %7
  br i1 %38, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %39 = srem i64 %task, 17
  %40 = sdiv i64 %task, 17
  %41 = mul i64 %39, 3
  %42 = mul i64 %40, 24
  %43 = mul i64 %40, 6144
  %44 = icmp eq i64 %39, 16
  br i1 %44, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %45 = icmp eq i64 %40, 0
  br i1 %45, label %then1, label %else2

else:                                             ; preds = %task.body
  %46 = icmp eq i64 %40, 0
  br i1 %46, label %then12, label %else13

endif:                                            ; preds = %endif14, %endif3
  %task.next = add i64 %task, 1
  br label %task.header

then1:                                            ; preds = %then
  %47 = add i64 %42, 0
  %48 = getelementptr inbounds float, float* %5, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  store <8 x float> %50, <8 x float>* %37, align 32
  store <8 x float> %50, <8 x float>* %36, align 32
  %51 = add i64 %42, 8
  %52 = getelementptr inbounds float, float* %5, i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  store <8 x float> %54, <8 x float>* %35, align 32
  store <8 x float> %54, <8 x float>* %34, align 32
  %55 = add i64 %42, 16
  %56 = getelementptr inbounds float, float* %5, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %57, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  store <8 x float> %58, <8 x float>* %33, align 32
  store <8 x float> %58, <8 x float>* %32, align 32
  br label %k.header

else2:                                            ; preds = %then
  %59 = add i64 %42, 0
  %60 = getelementptr inbounds float, float* %5, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  store <8 x float> %62, <8 x float>* %31, align 32
  store <8 x float> %62, <8 x float>* %30, align 32
  %63 = add i64 %42, 8
  %64 = getelementptr inbounds float, float* %5, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  store <8 x float> %66, <8 x float>* %29, align 32
  store <8 x float> %66, <8 x float>* %28, align 32
  %67 = add i64 %42, 16
  %68 = getelementptr inbounds float, float* %5, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  store <8 x float> %70, <8 x float>* %27, align 32
  store <8 x float> %70, <8 x float>* %26, align 32
  br label %k.header5

endif3:                                           ; preds = %k.exit7, %k.exit
  br label %endif

k.header:                                         ; preds = %k.body, %then1
  %k = phi i64 [ 0, %then1 ], [ %k.next, %k.body ]
  %71 = icmp slt i64 %k, 256
  br i1 %71, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %72 = mul i64 %k, 24
  %73 = add i64 %43, %72
  %74 = add i64 %73, 0
  %75 = getelementptr inbounds float, float* %4, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = add i64 %73, 8
  %79 = getelementptr inbounds float, float* %4, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %73, 16
  %83 = getelementptr inbounds float, float* %4, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = add i64 %41, 0
  %87 = mul i64 %86, 256
  %88 = add i64 %87, %k
  %89 = getelementptr inbounds float, float* %1, i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %37, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %77, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %37, align 32
  %94 = load <8 x float>, <8 x float>* %35, align 32
  %95 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %81, <8 x float> %94)
  store <8 x float> %95, <8 x float>* %35, align 32
  %96 = load <8 x float>, <8 x float>* %33, align 32
  %97 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %85, <8 x float> %96)
  store <8 x float> %97, <8 x float>* %33, align 32
  %98 = add i64 %41, 1
  %99 = mul i64 %98, 256
  %100 = add i64 %99, %k
  %101 = getelementptr inbounds float, float* %1, i64 %100
  %102 = load float, float* %101, align 4
  %103 = insertelement <8 x float> undef, float %102, i32 0
  %splat4 = shufflevector <8 x float> %103, <8 x float> undef, <8 x i32> zeroinitializer
  %104 = load <8 x float>, <8 x float>* %36, align 32
  %105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %77, <8 x float> %104)
  store <8 x float> %105, <8 x float>* %36, align 32
  %106 = load <8 x float>, <8 x float>* %34, align 32
  %107 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %81, <8 x float> %106)
  store <8 x float> %107, <8 x float>* %34, align 32
  %108 = load <8 x float>, <8 x float>* %32, align 32
  %109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %85, <8 x float> %108)
  store <8 x float> %109, <8 x float>* %32, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %110 = add i64 %41, 0
  %111 = add i64 %42, 0
  %112 = load <8 x float>, <8 x float>* %37, align 32
  %113 = mul i64 %110, 17
  %114 = add i64 %113, %111
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %112, <8 x float>* %116, align 4
  %117 = add i64 %41, 1
  %118 = add i64 %42, 0
  %119 = load <8 x float>, <8 x float>* %36, align 32
  %120 = mul i64 %117, 17
  %121 = add i64 %120, %118
  %122 = getelementptr inbounds float, float* %0, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  store <8 x float> %119, <8 x float>* %123, align 4
  %124 = add i64 %41, 0
  %125 = add i64 %42, 8
  %126 = load <8 x float>, <8 x float>* %35, align 32
  %127 = mul i64 %124, 17
  %128 = add i64 %127, %125
  %129 = getelementptr inbounds float, float* %0, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %126, <8 x float>* %130, align 4
  %131 = add i64 %41, 1
  %132 = add i64 %42, 8
  %133 = load <8 x float>, <8 x float>* %34, align 32
  %134 = mul i64 %131, 17
  %135 = add i64 %134, %132
  %136 = getelementptr inbounds float, float* %0, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %133, <8 x float>* %137, align 4
  %138 = add i64 %41, 0
  %139 = add i64 %42, 16
  %140 = load <8 x float>, <8 x float>* %33, align 32
  %141 = mul i64 %138, 17
  %142 = add i64 %141, %139
  %143 = getelementptr inbounds float, float* %0, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %140, <8 x float>* %144, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %145 = add i64 %41, 1
  %146 = add i64 %42, 16
  %147 = load <8 x float>, <8 x float>* %32, align 32
  %148 = mul i64 %145, 17
  %149 = add i64 %148, %146
  %150 = getelementptr inbounds float, float* %0, i64 %149
  %151 = bitcast float* %150 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %147, <8 x float>* %151, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %endif3

k.header5:                                        ; preds = %k.body6, %else2
  %k8 = phi i64 [ 0, %else2 ], [ %k.next11, %k.body6 ]
  %152 = icmp slt i64 %k8, 256
  br i1 %152, label %k.body6, label %k.exit7

k.body6:                                          ; preds = %k.header5
  %153 = mul i64 %k8, 24
  %154 = add i64 %43, %153
  %155 = add i64 %154, 0
  %156 = getelementptr inbounds float, float* %4, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  %158 = load <8 x float>, <8 x float>* %157, align 4
  %159 = add i64 %154, 8
  %160 = getelementptr inbounds float, float* %4, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  %162 = load <8 x float>, <8 x float>* %161, align 4
  %163 = add i64 %154, 16
  %164 = getelementptr inbounds float, float* %4, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = add i64 %41, 0
  %168 = mul i64 %167, 256
  %169 = add i64 %168, %k8
  %170 = getelementptr inbounds float, float* %1, i64 %169
  %171 = load float, float* %170, align 4
  %172 = insertelement <8 x float> undef, float %171, i32 0
  %splat9 = shufflevector <8 x float> %172, <8 x float> undef, <8 x i32> zeroinitializer
  %173 = load <8 x float>, <8 x float>* %31, align 32
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %158, <8 x float> %173)
  store <8 x float> %174, <8 x float>* %31, align 32
  %175 = load <8 x float>, <8 x float>* %29, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %162, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %29, align 32
  %177 = load <8 x float>, <8 x float>* %27, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %166, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %27, align 32
  %179 = add i64 %41, 1
  %180 = mul i64 %179, 256
  %181 = add i64 %180, %k8
  %182 = getelementptr inbounds float, float* %1, i64 %181
  %183 = load float, float* %182, align 4
  %184 = insertelement <8 x float> undef, float %183, i32 0
  %splat10 = shufflevector <8 x float> %184, <8 x float> undef, <8 x i32> zeroinitializer
  %185 = load <8 x float>, <8 x float>* %30, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %158, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %30, align 32
  %187 = load <8 x float>, <8 x float>* %28, align 32
  %188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %162, <8 x float> %187)
  store <8 x float> %188, <8 x float>* %28, align 32
  %189 = load <8 x float>, <8 x float>* %26, align 32
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %166, <8 x float> %189)
  store <8 x float> %190, <8 x float>* %26, align 32
  %k.next11 = add i64 %k8, 1
  br label %k.header5

k.exit7:                                          ; preds = %k.header5
  %191 = add i64 %41, 0
  %192 = add i64 %42, 0
  %193 = load <8 x float>, <8 x float>* %31, align 32
  %194 = mul i64 %191, 17
  %195 = add i64 %194, %192
  %196 = getelementptr inbounds float, float* %0, i64 %195
  %197 = bitcast float* %196 to <8 x float>*
  store <8 x float> %193, <8 x float>* %197, align 4
  %198 = add i64 %41, 1
  %199 = add i64 %42, 0
  %200 = load <8 x float>, <8 x float>* %30, align 32
  %201 = mul i64 %198, 17
  %202 = add i64 %201, %199
  %203 = getelementptr inbounds float, float* %0, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %200, <8 x float>* %204, align 4
  %205 = add i64 %41, 0
  %206 = add i64 %42, 8
  %207 = load <8 x float>, <8 x float>* %29, align 32
  %208 = mul i64 %205, 17
  %209 = add i64 %208, %206
  %210 = getelementptr inbounds float, float* %0, i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  store <8 x float> %207, <8 x float>* %211, align 4
  %212 = add i64 %41, 1
  %213 = add i64 %42, 8
  %214 = load <8 x float>, <8 x float>* %28, align 32
  %215 = mul i64 %212, 17
  %216 = add i64 %215, %213
  %217 = getelementptr inbounds float, float* %0, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %214, <8 x float>* %218, align 4
  %219 = add i64 %41, 0
  %220 = add i64 %42, 16
  %221 = load <8 x float>, <8 x float>* %27, align 32
  %222 = mul i64 %219, 17
  %223 = add i64 %222, %220
  %224 = getelementptr inbounds float, float* %0, i64 %223
  %225 = bitcast float* %224 to <8 x float>*
  store <8 x float> %221, <8 x float>* %225, align 4
  %226 = add i64 %41, 1
  %227 = add i64 %42, 16
  %228 = load <8 x float>, <8 x float>* %26, align 32
  %229 = mul i64 %226, 17
  %230 = add i64 %229, %227
  %231 = getelementptr inbounds float, float* %0, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %228, <8 x float>* %232, align 4
  br label %endif3

then12:                                           ; preds = %else
  %233 = add i64 %42, 0
  %234 = getelementptr inbounds float, float* %5, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  %236 = load <8 x float>, <8 x float>* %235, align 4
  store <8 x float> %236, <8 x float>* %25, align 32
  store <8 x float> %236, <8 x float>* %24, align 32
  store <8 x float> %236, <8 x float>* %23, align 32
  %237 = add i64 %42, 8
  %238 = getelementptr inbounds float, float* %5, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  %240 = load <8 x float>, <8 x float>* %239, align 4
  store <8 x float> %240, <8 x float>* %22, align 32
  store <8 x float> %240, <8 x float>* %21, align 32
  store <8 x float> %240, <8 x float>* %20, align 32
  %241 = add i64 %42, 16
  %242 = getelementptr inbounds float, float* %5, i64 %241
  %243 = bitcast float* %242 to <8 x float>*
  %244 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %243, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  store <8 x float> %244, <8 x float>* %19, align 32
  store <8 x float> %244, <8 x float>* %18, align 32
  store <8 x float> %244, <8 x float>* %17, align 32
  br label %k.header15

else13:                                           ; preds = %else
  %245 = add i64 %42, 0
  %246 = getelementptr inbounds float, float* %5, i64 %245
  %247 = bitcast float* %246 to <8 x float>*
  %248 = load <8 x float>, <8 x float>* %247, align 4
  store <8 x float> %248, <8 x float>* %16, align 32
  store <8 x float> %248, <8 x float>* %15, align 32
  store <8 x float> %248, <8 x float>* %14, align 32
  %249 = add i64 %42, 8
  %250 = getelementptr inbounds float, float* %5, i64 %249
  %251 = bitcast float* %250 to <8 x float>*
  %252 = load <8 x float>, <8 x float>* %251, align 4
  store <8 x float> %252, <8 x float>* %13, align 32
  store <8 x float> %252, <8 x float>* %12, align 32
  store <8 x float> %252, <8 x float>* %11, align 32
  %253 = add i64 %42, 16
  %254 = getelementptr inbounds float, float* %5, i64 %253
  %255 = bitcast float* %254 to <8 x float>*
  %256 = load <8 x float>, <8 x float>* %255, align 4
  store <8 x float> %256, <8 x float>* %10, align 32
  store <8 x float> %256, <8 x float>* %9, align 32
  store <8 x float> %256, <8 x float>* %8, align 32
  br label %k.header23

endif14:                                          ; preds = %k.exit25, %k.exit17
  br label %endif

k.header15:                                       ; preds = %k.body16, %then12
  %k18 = phi i64 [ 0, %then12 ], [ %k.next22, %k.body16 ]
  %257 = icmp slt i64 %k18, 256
  br i1 %257, label %k.body16, label %k.exit17

k.body16:                                         ; preds = %k.header15
  %258 = mul i64 %k18, 24
  %259 = add i64 %43, %258
  %260 = add i64 %259, 0
  %261 = getelementptr inbounds float, float* %4, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = add i64 %259, 8
  %265 = getelementptr inbounds float, float* %4, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  %267 = load <8 x float>, <8 x float>* %266, align 4
  %268 = add i64 %259, 16
  %269 = getelementptr inbounds float, float* %4, i64 %268
  %270 = bitcast float* %269 to <8 x float>*
  %271 = load <8 x float>, <8 x float>* %270, align 4
  %272 = add i64 %41, 0
  %273 = mul i64 %272, 256
  %274 = add i64 %273, %k18
  %275 = getelementptr inbounds float, float* %1, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat19 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %25, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %263, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %25, align 32
  %280 = load <8 x float>, <8 x float>* %22, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %267, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %22, align 32
  %282 = load <8 x float>, <8 x float>* %19, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %271, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %19, align 32
  %284 = add i64 %41, 1
  %285 = mul i64 %284, 256
  %286 = add i64 %285, %k18
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat20 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %24, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %263, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %24, align 32
  %292 = load <8 x float>, <8 x float>* %21, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %267, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %21, align 32
  %294 = load <8 x float>, <8 x float>* %18, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %271, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %18, align 32
  %296 = add i64 %41, 2
  %297 = mul i64 %296, 256
  %298 = add i64 %297, %k18
  %299 = getelementptr inbounds float, float* %1, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat21 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %23, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %263, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %23, align 32
  %304 = load <8 x float>, <8 x float>* %20, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %267, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %20, align 32
  %306 = load <8 x float>, <8 x float>* %17, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %271, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %17, align 32
  %k.next22 = add i64 %k18, 1
  br label %k.header15

k.exit17:                                         ; preds = %k.header15
  %308 = add i64 %41, 0
  %309 = add i64 %42, 0
  %310 = load <8 x float>, <8 x float>* %25, align 32
  %311 = mul i64 %308, 17
  %312 = add i64 %311, %309
  %313 = getelementptr inbounds float, float* %0, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  store <8 x float> %310, <8 x float>* %314, align 4
  %315 = add i64 %41, 1
  %316 = add i64 %42, 0
  %317 = load <8 x float>, <8 x float>* %24, align 32
  %318 = mul i64 %315, 17
  %319 = add i64 %318, %316
  %320 = getelementptr inbounds float, float* %0, i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  store <8 x float> %317, <8 x float>* %321, align 4
  %322 = add i64 %41, 2
  %323 = add i64 %42, 0
  %324 = load <8 x float>, <8 x float>* %23, align 32
  %325 = mul i64 %322, 17
  %326 = add i64 %325, %323
  %327 = getelementptr inbounds float, float* %0, i64 %326
  %328 = bitcast float* %327 to <8 x float>*
  store <8 x float> %324, <8 x float>* %328, align 4
  %329 = add i64 %41, 0
  %330 = add i64 %42, 8
  %331 = load <8 x float>, <8 x float>* %22, align 32
  %332 = mul i64 %329, 17
  %333 = add i64 %332, %330
  %334 = getelementptr inbounds float, float* %0, i64 %333
  %335 = bitcast float* %334 to <8 x float>*
  store <8 x float> %331, <8 x float>* %335, align 4
  %336 = add i64 %41, 1
  %337 = add i64 %42, 8
  %338 = load <8 x float>, <8 x float>* %21, align 32
  %339 = mul i64 %336, 17
  %340 = add i64 %339, %337
  %341 = getelementptr inbounds float, float* %0, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  store <8 x float> %338, <8 x float>* %342, align 4
  %343 = add i64 %41, 2
  %344 = add i64 %42, 8
  %345 = load <8 x float>, <8 x float>* %20, align 32
  %346 = mul i64 %343, 17
  %347 = add i64 %346, %344
  %348 = getelementptr inbounds float, float* %0, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %345, <8 x float>* %349, align 4
  %350 = add i64 %41, 0
  %351 = add i64 %42, 16
  %352 = load <8 x float>, <8 x float>* %19, align 32
  %353 = mul i64 %350, 17
  %354 = add i64 %353, %351
  %355 = getelementptr inbounds float, float* %0, i64 %354
  %356 = bitcast float* %355 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %352, <8 x float>* %356, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %357 = add i64 %41, 1
  %358 = add i64 %42, 16
  %359 = load <8 x float>, <8 x float>* %18, align 32
  %360 = mul i64 %357, 17
  %361 = add i64 %360, %358
  %362 = getelementptr inbounds float, float* %0, i64 %361
  %363 = bitcast float* %362 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %359, <8 x float>* %363, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %364 = add i64 %41, 2
  %365 = add i64 %42, 16
  %366 = load <8 x float>, <8 x float>* %17, align 32
  %367 = mul i64 %364, 17
  %368 = add i64 %367, %365
  %369 = getelementptr inbounds float, float* %0, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %366, <8 x float>* %370, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %endif14

k.header23:                                       ; preds = %k.body24, %else13
  %k26 = phi i64 [ 0, %else13 ], [ %k.next30, %k.body24 ]
  %371 = icmp slt i64 %k26, 256
  br i1 %371, label %k.body24, label %k.exit25

k.body24:                                         ; preds = %k.header23
  %372 = mul i64 %k26, 24
  %373 = add i64 %43, %372
  %374 = add i64 %373, 0
  %375 = getelementptr inbounds float, float* %4, i64 %374
  %376 = bitcast float* %375 to <8 x float>*
  %377 = load <8 x float>, <8 x float>* %376, align 4
  %378 = add i64 %373, 8
  %379 = getelementptr inbounds float, float* %4, i64 %378
  %380 = bitcast float* %379 to <8 x float>*
  %381 = load <8 x float>, <8 x float>* %380, align 4
  %382 = add i64 %373, 16
  %383 = getelementptr inbounds float, float* %4, i64 %382
  %384 = bitcast float* %383 to <8 x float>*
  %385 = load <8 x float>, <8 x float>* %384, align 4
  %386 = add i64 %41, 0
  %387 = mul i64 %386, 256
  %388 = add i64 %387, %k26
  %389 = getelementptr inbounds float, float* %1, i64 %388
  %390 = load float, float* %389, align 4
  %391 = insertelement <8 x float> undef, float %390, i32 0
  %splat27 = shufflevector <8 x float> %391, <8 x float> undef, <8 x i32> zeroinitializer
  %392 = load <8 x float>, <8 x float>* %16, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %377, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %16, align 32
  %394 = load <8 x float>, <8 x float>* %13, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %381, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %13, align 32
  %396 = load <8 x float>, <8 x float>* %10, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %385, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %10, align 32
  %398 = add i64 %41, 1
  %399 = mul i64 %398, 256
  %400 = add i64 %399, %k26
  %401 = getelementptr inbounds float, float* %1, i64 %400
  %402 = load float, float* %401, align 4
  %403 = insertelement <8 x float> undef, float %402, i32 0
  %splat28 = shufflevector <8 x float> %403, <8 x float> undef, <8 x i32> zeroinitializer
  %404 = load <8 x float>, <8 x float>* %15, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %377, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %15, align 32
  %406 = load <8 x float>, <8 x float>* %12, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %381, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %12, align 32
  %408 = load <8 x float>, <8 x float>* %9, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %385, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %9, align 32
  %410 = add i64 %41, 2
  %411 = mul i64 %410, 256
  %412 = add i64 %411, %k26
  %413 = getelementptr inbounds float, float* %1, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat29 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %14, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %377, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %14, align 32
  %418 = load <8 x float>, <8 x float>* %11, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %381, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %11, align 32
  %420 = load <8 x float>, <8 x float>* %8, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %385, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %8, align 32
  %k.next30 = add i64 %k26, 1
  br label %k.header23

k.exit25:                                         ; preds = %k.header23
  %422 = add i64 %41, 0
  %423 = add i64 %42, 0
  %424 = load <8 x float>, <8 x float>* %16, align 32
  %425 = mul i64 %422, 17
  %426 = add i64 %425, %423
  %427 = getelementptr inbounds float, float* %0, i64 %426
  %428 = bitcast float* %427 to <8 x float>*
  store <8 x float> %424, <8 x float>* %428, align 4
  %429 = add i64 %41, 1
  %430 = add i64 %42, 0
  %431 = load <8 x float>, <8 x float>* %15, align 32
  %432 = mul i64 %429, 17
  %433 = add i64 %432, %430
  %434 = getelementptr inbounds float, float* %0, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  store <8 x float> %431, <8 x float>* %435, align 4
  %436 = add i64 %41, 2
  %437 = add i64 %42, 0
  %438 = load <8 x float>, <8 x float>* %14, align 32
  %439 = mul i64 %436, 17
  %440 = add i64 %439, %437
  %441 = getelementptr inbounds float, float* %0, i64 %440
  %442 = bitcast float* %441 to <8 x float>*
  store <8 x float> %438, <8 x float>* %442, align 4
  %443 = add i64 %41, 0
  %444 = add i64 %42, 8
  %445 = load <8 x float>, <8 x float>* %13, align 32
  %446 = mul i64 %443, 17
  %447 = add i64 %446, %444
  %448 = getelementptr inbounds float, float* %0, i64 %447
  %449 = bitcast float* %448 to <8 x float>*
  store <8 x float> %445, <8 x float>* %449, align 4
  %450 = add i64 %41, 1
  %451 = add i64 %42, 8
  %452 = load <8 x float>, <8 x float>* %12, align 32
  %453 = mul i64 %450, 17
  %454 = add i64 %453, %451
  %455 = getelementptr inbounds float, float* %0, i64 %454
  %456 = bitcast float* %455 to <8 x float>*
  store <8 x float> %452, <8 x float>* %456, align 4
  %457 = add i64 %41, 2
  %458 = add i64 %42, 8
  %459 = load <8 x float>, <8 x float>* %11, align 32
  %460 = mul i64 %457, 17
  %461 = add i64 %460, %458
  %462 = getelementptr inbounds float, float* %0, i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  store <8 x float> %459, <8 x float>* %463, align 4
  %464 = add i64 %41, 0
  %465 = add i64 %42, 16
  %466 = load <8 x float>, <8 x float>* %10, align 32
  %467 = mul i64 %464, 17
  %468 = add i64 %467, %465
  %469 = getelementptr inbounds float, float* %0, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  store <8 x float> %466, <8 x float>* %470, align 4
  %471 = add i64 %41, 1
  %472 = add i64 %42, 16
  %473 = load <8 x float>, <8 x float>* %9, align 32
  %474 = mul i64 %471, 17
  %475 = add i64 %474, %472
  %476 = getelementptr inbounds float, float* %0, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %473, <8 x float>* %477, align 4
  %478 = add i64 %41, 2
  %479 = add i64 %42, 16
  %480 = load <8 x float>, <8 x float>* %8, align 32
  %481 = mul i64 %478, 17
  %482 = add i64 %481, %479
  %483 = getelementptr inbounds float, float* %0, i64 %482
  %484 = bitcast float* %483 to <8 x float>*
  store <8 x float> %480, <8 x float>* %484, align 4
  br label %endif14
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #5

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #6

; Function Attrs: nounwind
define internal void @node3.dense_1.step0(i8* %0) #2 {
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
  %25 = add i64 17, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 17
  %29 = select i1 %28, i64 %27, i64 17
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 17
  %32 = select i1 %31, i64 %30, i64 17
  call void @node3.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.softmax_1.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 17
  %12 = add i64 %11, 17
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
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #3

; Function Attrs: nounwind
define internal void @node4.softmax_1.step0(i8* %0) #2 {
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
  %19 = add i64 50, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 50
  %23 = select i1 %22, i64 %21, i64 50
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 50
  %26 = select i1 %25, i64 %24, i64 50
  call void @node4.softmax_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @bilstm_tagger_run(i8** %0, i8** %1, i8* %2) #2 {
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
  %fresh = call i8* @malloc(i64 279167)
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
  %18 = getelementptr inbounds i8, i8* %workspace7, i64 259072
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
  %26 = getelementptr inbounds i8, i8* %workspace7, i64 207872
  %27 = getelementptr inbounds i8, i8* %workspace7, i64 259072
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
  call void @GOMP_parallel(void (i8*)* @node1.lstm_1.step1, i8* %33, i32 0, i32 0)
  call void @node1.lstm_1.step2(i8* %33)
  %34 = getelementptr inbounds i8, i8* %workspace7, i64 207872
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
  store i8* getelementptr inbounds ([24576 x i8], [24576 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %40, align 8
  %41 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([68 x i8], [68 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %41, align 8
  call void @GOMP_parallel(void (i8*)* @node3.dense_1.step0, i8* %39, i32 0, i32 0)
  %42 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %42, align 8
  %43 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %43, align 8
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %44, align 8
  %45 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %45, align 8
  %46 = bitcast [6 x i8*]* %args to i8*
  call void @node4.softmax_1.step0(i8* %46)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @bilstm_tagger_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @bilstm_tagger_workspace_size() #7 {
entry:
  ret i64 279167
}

; Function Attrs: nounwind
define i32 @bilstm_tagger_infer(i8* %0, i8* %1, i8* %2) #7 {
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
  %11 = call i32 @bilstm_tagger_run(i8** %7, i8** %10, i8* %2)
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
