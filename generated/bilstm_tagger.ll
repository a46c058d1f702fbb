; bilstm_tagger: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
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
@weight.lstm_1.weight_hh_packed0 = external constant [262144 x i8], align 64
@weight.lstm_1.weight_hh_packed1 = external constant [262144 x i8], align 64
@weight.dense_1.packed = external constant [24576 x i8], align 64
@weight.dense_1.bias = external constant [68 x i8], align 64
@dlc.model_name = private unnamed_addr constant [14 x i8] c"bilstm_tagger\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [2 x i64] [i64 1, i64 50]
@dlc.input0.name = private unnamed_addr constant [7 x i8] c"tokens\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([7 x i8], [7 x i8]* @dlc.input0.name, i32 0, i32 0), i32 2, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 200 }]
@dlc.output0.shape = private constant [3 x i64] [i64 1, i64 50, i64 17]
@dlc.output0.name = private unnamed_addr constant [5 x i8] c"tags\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([5 x i8], [5 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 3, i64* getelementptr inbounds ([3 x i64], [3 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 3400 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([14 x i8], [14 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 282239, i64 11891200 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare i32 @omp_get_max_threads()

declare void @GOMP_barrier()

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

; Function Attrs: noinline nounwind
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
  %33 = add i64 %26, 8
  %34 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0_reverse to float*), i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  store <8 x float> %32, <8 x float>* %21, align 32
  store <8 x float> %32, <8 x float>* %20, align 32
  store <8 x float> %36, <8 x float>* %19, align 32
  store <8 x float> %36, <8 x float>* %18, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %37 = add i64 %26, 0
  %38 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0_reverse to float*), i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  %41 = add i64 %26, 8
  %42 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0_reverse to float*), i64 %41
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
  %54 = icmp sge i64 2, %5
  br i1 %54, label %then, label %else

then:                                             ; preds = %entry
  %55 = sub i64 %5, 1
  %56 = add i64 2, %55
  %57 = sdiv i64 %56, %5
  br label %round.header

else:                                             ; preds = %entry
  %58 = sub i64 %5, 1
  %59 = add i64 16, %58
  %60 = sdiv i64 %59, %5
  %61 = mul i64 %4, %60
  %62 = icmp slt i64 %61, 16
  %63 = select i1 %62, i64 %61, i64 16
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, 16
  %66 = select i1 %65, i64 %64, i64 16
  br label %sequence.header

endif:                                            ; preds = %sequence.exit, %round.exit
  ret void

round.header:                                     ; preds = %endif2, %then
  %round = phi i64 [ 0, %then ], [ %round.next, %endif2 ]
  %67 = icmp slt i64 %round, %57
  br i1 %67, label %round.body, label %round.exit

round.body:                                       ; preds = %round.header
  %68 = mul i64 %round, %5
  %69 = add i64 %4, %68
  %70 = icmp slt i64 %69, 2
  br i1 %70, label %then1, label %endif2

round.exit:                                       ; preds = %round.header
  br label %endif

then1:                                            ; preds = %round.body
  %71 = mul i64 %69, 768
  %72 = add i64 51200, %71
  %73 = getelementptr inbounds float, float* %2, i64 %72
  %74 = getelementptr inbounds float, float* %73, i64 128
  %75 = getelementptr inbounds float, float* %73, i64 256
  %76 = srem i64 %69, 1
  %77 = sdiv i64 %69, 1
  %78 = icmp eq i64 %77, 0
  br i1 %78, label %then3, label %endif4

endif2:                                           ; preds = %endif14, %round.body
  %round.next = add i64 %round, 1
  br label %round.header

then3:                                            ; preds = %then1
  br label %zero.header

endif4:                                           ; preds = %s.exit, %then1
  %79 = sdiv i64 %69, 1
  %80 = icmp eq i64 %79, 1
  br i1 %80, label %then13, label %endif14

zero.header:                                      ; preds = %zero.body, %then3
  %zero = phi i64 [ 0, %then3 ], [ %zero.next, %zero.body ]
  %81 = icmp slt i64 %zero, 16
  br i1 %81, label %zero.body, label %zero.exit

zero.body:                                        ; preds = %zero.header
  %82 = mul i64 %zero, 8
  %83 = getelementptr inbounds float, float* %73, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %84, align 4
  %85 = mul i64 %zero, 8
  %86 = getelementptr inbounds float, float* %75, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %87, align 4
  %zero.next = add i64 %zero, 1
  br label %zero.header

zero.exit:                                        ; preds = %zero.header
  br label %s.header

s.header:                                         ; preds = %endif6, %zero.exit
  %s = phi i64 [ 0, %zero.exit ], [ %s.next, %endif6 ]
  %88 = icmp slt i64 %s, 50
  br i1 %88, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %89 = and i64 %s, 1
  %90 = icmp eq i64 %89, 0
  %91 = select i1 %90, float* %73, float* %74
  %92 = select i1 %90, float* %74, float* %73
  %93 = add i64 0, %76
  %94 = mul i64 %93, 50
  %95 = add i64 %94, %s
  %96 = mul i64 %95, 512
  br label %pair.header

s.exit:                                           ; preds = %s.header
  br label %endif4

pair.header:                                      ; preds = %k.exit, %s.body
  %pair = phi i64 [ 0, %s.body ], [ %pair.next, %k.exit ]
  %97 = icmp slt i64 %pair, 8
  br i1 %97, label %pair.body, label %pair.exit

pair.body:                                        ; preds = %pair.header
  %98 = mul i64 %pair, 2
  %99 = add i64 0, %98
  %100 = add i64 %99, 1
  %101 = mul i64 %99, 8
  %102 = mul i64 %100, 8
  %103 = add i64 0, %101
  %104 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  %106 = load <8 x float>, <8 x float>* %105, align 4
  store <8 x float> %106, <8 x float>* %53, align 32
  %107 = add i64 0, %102
  %108 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  store <8 x float> %110, <8 x float>* %52, align 32
  %111 = add i64 128, %101
  %112 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  store <8 x float> %114, <8 x float>* %51, align 32
  %115 = add i64 128, %102
  %116 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  store <8 x float> %118, <8 x float>* %50, align 32
  %119 = add i64 256, %101
  %120 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  store <8 x float> %122, <8 x float>* %49, align 32
  %123 = add i64 256, %102
  %124 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  store <8 x float> %126, <8 x float>* %48, align 32
  %127 = add i64 384, %101
  %128 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  store <8 x float> %130, <8 x float>* %47, align 32
  %131 = add i64 384, %102
  %132 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  store <8 x float> %134, <8 x float>* %46, align 32
  br label %k.header

pair.exit:                                        ; preds = %pair.header
  br i1 false, label %then5, label %endif6

k.header:                                         ; preds = %k.body, %pair.body
  %k = phi i64 [ 0, %pair.body ], [ %k.next, %k.body ]
  %135 = icmp slt i64 %k, 128
  br i1 %135, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %136 = mul i64 %99, 128
  %137 = add i64 %136, %k
  %138 = mul i64 %137, 32
  %139 = add i64 %138, 0
  %140 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = mul i64 %100, 128
  %144 = add i64 %143, %k
  %145 = mul i64 %144, 32
  %146 = add i64 %145, 0
  %147 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = mul i64 %99, 128
  %151 = add i64 %150, %k
  %152 = mul i64 %151, 32
  %153 = add i64 %152, 8
  %154 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %153
  %155 = bitcast float* %154 to <8 x float>*
  %156 = load <8 x float>, <8 x float>* %155, align 4
  %157 = mul i64 %100, 128
  %158 = add i64 %157, %k
  %159 = mul i64 %158, 32
  %160 = add i64 %159, 8
  %161 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = mul i64 %99, 128
  %165 = add i64 %164, %k
  %166 = mul i64 %165, 32
  %167 = add i64 %166, 16
  %168 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = mul i64 %100, 128
  %172 = add i64 %171, %k
  %173 = mul i64 %172, 32
  %174 = add i64 %173, 16
  %175 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  %177 = load <8 x float>, <8 x float>* %176, align 4
  %178 = mul i64 %99, 128
  %179 = add i64 %178, %k
  %180 = mul i64 %179, 32
  %181 = add i64 %180, 24
  %182 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = mul i64 %100, 128
  %186 = add i64 %185, %k
  %187 = mul i64 %186, 32
  %188 = add i64 %187, 24
  %189 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = getelementptr inbounds float, float* %91, i64 %k
  %193 = load float, float* %192, align 4
  %194 = insertelement <8 x float> undef, float %193, i32 0
  %splat = shufflevector <8 x float> %194, <8 x float> undef, <8 x i32> zeroinitializer
  %195 = load <8 x float>, <8 x float>* %53, align 32
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %142, <8 x float> %195)
  store <8 x float> %196, <8 x float>* %53, align 32
  %197 = load <8 x float>, <8 x float>* %52, align 32
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %149, <8 x float> %197)
  store <8 x float> %198, <8 x float>* %52, align 32
  %199 = load <8 x float>, <8 x float>* %51, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %156, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %51, align 32
  %201 = load <8 x float>, <8 x float>* %50, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %163, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %50, align 32
  %203 = load <8 x float>, <8 x float>* %49, align 32
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %170, <8 x float> %203)
  store <8 x float> %204, <8 x float>* %49, align 32
  %205 = load <8 x float>, <8 x float>* %48, align 32
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %177, <8 x float> %205)
  store <8 x float> %206, <8 x float>* %48, align 32
  %207 = load <8 x float>, <8 x float>* %47, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %184, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %47, align 32
  %209 = load <8 x float>, <8 x float>* %46, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %191, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %46, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %211 = add i64 0, %101
  %212 = add i64 %96, %211
  %213 = getelementptr inbounds float, float* %2, i64 %212
  %214 = bitcast float* %213 to <8 x float>*
  %215 = load <8 x float>, <8 x float>* %214, align 4
  %216 = load <8 x float>, <8 x float>* %53, align 32
  %217 = add i64 128, %101
  %218 = add i64 %96, %217
  %219 = getelementptr inbounds float, float* %2, i64 %218
  %220 = bitcast float* %219 to <8 x float>*
  %221 = load <8 x float>, <8 x float>* %220, align 4
  %222 = load <8 x float>, <8 x float>* %51, align 32
  %223 = add i64 256, %101
  %224 = add i64 %96, %223
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  %227 = load <8 x float>, <8 x float>* %226, align 4
  %228 = load <8 x float>, <8 x float>* %49, align 32
  %229 = add i64 384, %101
  %230 = add i64 %96, %229
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  %233 = load <8 x float>, <8 x float>* %232, align 4
  %234 = load <8 x float>, <8 x float>* %47, align 32
  %235 = getelementptr inbounds float, float* %75, i64 %101
  %236 = bitcast float* %235 to <8 x float>*
  %237 = load <8 x float>, <8 x float>* %236, align 4
  %238 = fadd <8 x float> %215, %216
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
  %259 = fcmp uno <8 x float> %239, %239
  %260 = select <8 x i1> %259, <8 x float> %239, <8 x float> %258
  %261 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %260
  %262 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %261
  %263 = fadd <8 x float> %221, %222
  %264 = fneg <8 x float> %263
  %265 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %264, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %266 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %265, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %268 = call <8 x float> @llvm.floor.v8f32(<8 x float> %267)
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %266)
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %269)
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %270, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> %270, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %272, <8 x float> %270, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %270, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %270, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %276 = fmul <8 x float> %270, %270
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %275, <8 x float> %276, <8 x float> %270)
  %278 = fadd <8 x float> %277, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %279 = fptosi <8 x float> %268 to <8 x i32>
  %280 = add <8 x i32> %279, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %281 = shl <8 x i32> %280, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %282 = bitcast <8 x i32> %281 to <8 x float>
  %283 = fmul <8 x float> %278, %282
  %284 = fcmp uno <8 x float> %264, %264
  %285 = select <8 x i1> %284, <8 x float> %264, <8 x float> %283
  %286 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %285
  %287 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %286
  %288 = fadd <8 x float> %227, %228
  %289 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %288)
  %290 = fmul <8 x float> %288, %288
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %290, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %291, <8 x float> %290, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> %290, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %293, <8 x float> %290, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %295 = fmul <8 x float> %294, %290
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %295, <8 x float> %288, <8 x float> %288)
  %297 = fmul <8 x float> %289, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %298 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %297, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %299 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %298, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %301 = call <8 x float> @llvm.floor.v8f32(<8 x float> %300)
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %301, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %299)
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %301, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %302)
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %303, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %303, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %303, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %303, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %307, <8 x float> %303, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %309 = fmul <8 x float> %303, %303
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %309, <8 x float> %303)
  %311 = fadd <8 x float> %310, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %312 = fptosi <8 x float> %301 to <8 x i32>
  %313 = add <8 x i32> %312, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %314 = shl <8 x i32> %313, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %315 = bitcast <8 x i32> %314 to <8 x float>
  %316 = fmul <8 x float> %311, %315
  %317 = fcmp uno <8 x float> %297, %297
  %318 = select <8 x i1> %317, <8 x float> %297, <8 x float> %316
  %319 = fadd <8 x float> %318, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %320 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %319
  %321 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %320
  %322 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %321, <8 x float> %288)
  %323 = fcmp olt <8 x float> %289, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %324 = select <8 x i1> %323, <8 x float> %296, <8 x float> %322
  %325 = fmul <8 x float> %262, %324
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %287, <8 x float> %237, <8 x float> %325)
  %327 = getelementptr inbounds float, float* %75, i64 %101
  %328 = bitcast float* %327 to <8 x float>*
  store <8 x float> %326, <8 x float>* %328, align 4
  %329 = fadd <8 x float> %233, %234
  %330 = fneg <8 x float> %329
  %331 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %330, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %332 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %331, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %332, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %334 = call <8 x float> @llvm.floor.v8f32(<8 x float> %333)
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %332)
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %335)
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %336, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %336, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> %336, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> %336, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %336, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %342 = fmul <8 x float> %336, %336
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %341, <8 x float> %342, <8 x float> %336)
  %344 = fadd <8 x float> %343, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %345 = fptosi <8 x float> %334 to <8 x i32>
  %346 = add <8 x i32> %345, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %347 = shl <8 x i32> %346, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %348 = bitcast <8 x i32> %347 to <8 x float>
  %349 = fmul <8 x float> %344, %348
  %350 = fcmp uno <8 x float> %330, %330
  %351 = select <8 x i1> %350, <8 x float> %330, <8 x float> %349
  %352 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %351
  %353 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %352
  %354 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %326)
  %355 = fmul <8 x float> %326, %326
  %356 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %355, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %356, <8 x float> %355, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %357, <8 x float> %355, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %358, <8 x float> %355, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %360 = fmul <8 x float> %359, %355
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %326, <8 x float> %326)
  %362 = fmul <8 x float> %354, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %363 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %362, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %364 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %363, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %364, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %366 = call <8 x float> @llvm.floor.v8f32(<8 x float> %365)
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %364)
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %367)
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %368, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %369, <8 x float> %368, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %370, <8 x float> %368, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %371, <8 x float> %368, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %372, <8 x float> %368, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %374 = fmul <8 x float> %368, %368
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %374, <8 x float> %368)
  %376 = fadd <8 x float> %375, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %377 = fptosi <8 x float> %366 to <8 x i32>
  %378 = add <8 x i32> %377, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %379 = shl <8 x i32> %378, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %380 = bitcast <8 x i32> %379 to <8 x float>
  %381 = fmul <8 x float> %376, %380
  %382 = fcmp uno <8 x float> %362, %362
  %383 = select <8 x i1> %382, <8 x float> %362, <8 x float> %381
  %384 = fadd <8 x float> %383, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %385 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %384
  %386 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %385
  %387 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %386, <8 x float> %326)
  %388 = fcmp olt <8 x float> %354, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %389 = select <8 x i1> %388, <8 x float> %361, <8 x float> %387
  %390 = fmul <8 x float> %353, %389
  %391 = getelementptr inbounds float, float* %92, i64 %101
  %392 = bitcast float* %391 to <8 x float>*
  store <8 x float> %390, <8 x float>* %392, align 4
  %393 = mul i64 %76, 50
  %394 = add i64 %393, %s
  %395 = mul i64 %394, 256
  %396 = add i64 %395, 0
  %397 = add i64 %396, %101
  %398 = getelementptr inbounds float, float* %0, i64 %397
  %399 = bitcast float* %398 to <8 x float>*
  store <8 x float> %390, <8 x float>* %399, align 4
  %400 = add i64 0, %102
  %401 = add i64 %96, %400
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  %404 = load <8 x float>, <8 x float>* %403, align 4
  %405 = load <8 x float>, <8 x float>* %52, align 32
  %406 = add i64 128, %102
  %407 = add i64 %96, %406
  %408 = getelementptr inbounds float, float* %2, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  %410 = load <8 x float>, <8 x float>* %409, align 4
  %411 = load <8 x float>, <8 x float>* %50, align 32
  %412 = add i64 256, %102
  %413 = add i64 %96, %412
  %414 = getelementptr inbounds float, float* %2, i64 %413
  %415 = bitcast float* %414 to <8 x float>*
  %416 = load <8 x float>, <8 x float>* %415, align 4
  %417 = load <8 x float>, <8 x float>* %48, align 32
  %418 = add i64 384, %102
  %419 = add i64 %96, %418
  %420 = getelementptr inbounds float, float* %2, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  %422 = load <8 x float>, <8 x float>* %421, align 4
  %423 = load <8 x float>, <8 x float>* %46, align 32
  %424 = getelementptr inbounds float, float* %75, i64 %102
  %425 = bitcast float* %424 to <8 x float>*
  %426 = load <8 x float>, <8 x float>* %425, align 4
  %427 = fadd <8 x float> %404, %405
  %428 = fneg <8 x float> %427
  %429 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %428, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %430 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %429, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %432 = call <8 x float> @llvm.floor.v8f32(<8 x float> %431)
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %430)
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %433)
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %434, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %435, <8 x float> %434, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %436, <8 x float> %434, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %437, <8 x float> %434, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %438, <8 x float> %434, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %440 = fmul <8 x float> %434, %434
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %439, <8 x float> %440, <8 x float> %434)
  %442 = fadd <8 x float> %441, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %443 = fptosi <8 x float> %432 to <8 x i32>
  %444 = add <8 x i32> %443, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %445 = shl <8 x i32> %444, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %446 = bitcast <8 x i32> %445 to <8 x float>
  %447 = fmul <8 x float> %442, %446
  %448 = fcmp uno <8 x float> %428, %428
  %449 = select <8 x i1> %448, <8 x float> %428, <8 x float> %447
  %450 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %449
  %451 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %450
  %452 = fadd <8 x float> %410, %411
  %453 = fneg <8 x float> %452
  %454 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %453, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %455 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %454, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %457 = call <8 x float> @llvm.floor.v8f32(<8 x float> %456)
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %457, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %455)
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %457, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %458)
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %459, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %459, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %461, <8 x float> %459, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %459, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %463, <8 x float> %459, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %465 = fmul <8 x float> %459, %459
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %464, <8 x float> %465, <8 x float> %459)
  %467 = fadd <8 x float> %466, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %468 = fptosi <8 x float> %457 to <8 x i32>
  %469 = add <8 x i32> %468, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %470 = shl <8 x i32> %469, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %471 = bitcast <8 x i32> %470 to <8 x float>
  %472 = fmul <8 x float> %467, %471
  %473 = fcmp uno <8 x float> %453, %453
  %474 = select <8 x i1> %473, <8 x float> %453, <8 x float> %472
  %475 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %474
  %476 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %475
  %477 = fadd <8 x float> %416, %417
  %478 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %477)
  %479 = fmul <8 x float> %477, %477
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %479, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %479, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> %479, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %482, <8 x float> %479, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %484 = fmul <8 x float> %483, %479
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %484, <8 x float> %477, <8 x float> %477)
  %486 = fmul <8 x float> %478, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %487 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %486, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %488 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %487, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %490 = call <8 x float> @llvm.floor.v8f32(<8 x float> %489)
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %490, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %488)
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %490, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %491)
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %492, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %492, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %492, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %495, <8 x float> %492, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %496, <8 x float> %492, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %498 = fmul <8 x float> %492, %492
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %497, <8 x float> %498, <8 x float> %492)
  %500 = fadd <8 x float> %499, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %501 = fptosi <8 x float> %490 to <8 x i32>
  %502 = add <8 x i32> %501, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %503 = shl <8 x i32> %502, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %504 = bitcast <8 x i32> %503 to <8 x float>
  %505 = fmul <8 x float> %500, %504
  %506 = fcmp uno <8 x float> %486, %486
  %507 = select <8 x i1> %506, <8 x float> %486, <8 x float> %505
  %508 = fadd <8 x float> %507, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %509 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %508
  %510 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %509
  %511 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %510, <8 x float> %477)
  %512 = fcmp olt <8 x float> %478, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %513 = select <8 x i1> %512, <8 x float> %485, <8 x float> %511
  %514 = fmul <8 x float> %451, %513
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %476, <8 x float> %426, <8 x float> %514)
  %516 = getelementptr inbounds float, float* %75, i64 %102
  %517 = bitcast float* %516 to <8 x float>*
  store <8 x float> %515, <8 x float>* %517, align 4
  %518 = fadd <8 x float> %422, %423
  %519 = fneg <8 x float> %518
  %520 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %519, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %521 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %520, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %521, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %523 = call <8 x float> @llvm.floor.v8f32(<8 x float> %522)
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %521)
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %524)
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %525, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %526, <8 x float> %525, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %525, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %528, <8 x float> %525, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %529, <8 x float> %525, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %531 = fmul <8 x float> %525, %525
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %530, <8 x float> %531, <8 x float> %525)
  %533 = fadd <8 x float> %532, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %534 = fptosi <8 x float> %523 to <8 x i32>
  %535 = add <8 x i32> %534, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %536 = shl <8 x i32> %535, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %537 = bitcast <8 x i32> %536 to <8 x float>
  %538 = fmul <8 x float> %533, %537
  %539 = fcmp uno <8 x float> %519, %519
  %540 = select <8 x i1> %539, <8 x float> %519, <8 x float> %538
  %541 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %540
  %542 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %541
  %543 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %515)
  %544 = fmul <8 x float> %515, %515
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %544, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %545, <8 x float> %544, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %546, <8 x float> %544, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %547, <8 x float> %544, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %549 = fmul <8 x float> %548, %544
  %550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %549, <8 x float> %515, <8 x float> %515)
  %551 = fmul <8 x float> %543, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %552 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %551, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %553 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %552, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %553, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %555 = call <8 x float> @llvm.floor.v8f32(<8 x float> %554)
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %555, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %553)
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %555, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %556)
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %557, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %558, <8 x float> %557, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> %557, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %560, <8 x float> %557, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %561, <8 x float> %557, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %563 = fmul <8 x float> %557, %557
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %563, <8 x float> %557)
  %565 = fadd <8 x float> %564, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %566 = fptosi <8 x float> %555 to <8 x i32>
  %567 = add <8 x i32> %566, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %568 = shl <8 x i32> %567, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %569 = bitcast <8 x i32> %568 to <8 x float>
  %570 = fmul <8 x float> %565, %569
  %571 = fcmp uno <8 x float> %551, %551
  %572 = select <8 x i1> %571, <8 x float> %551, <8 x float> %570
  %573 = fadd <8 x float> %572, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %574 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %573
  %575 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %574
  %576 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %575, <8 x float> %515)
  %577 = fcmp olt <8 x float> %543, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %578 = select <8 x i1> %577, <8 x float> %550, <8 x float> %576
  %579 = fmul <8 x float> %542, %578
  %580 = getelementptr inbounds float, float* %92, i64 %102
  %581 = bitcast float* %580 to <8 x float>*
  store <8 x float> %579, <8 x float>* %581, align 4
  %582 = mul i64 %76, 50
  %583 = add i64 %582, %s
  %584 = mul i64 %583, 256
  %585 = add i64 %584, 0
  %586 = add i64 %585, %102
  %587 = getelementptr inbounds float, float* %0, i64 %586
  %588 = bitcast float* %587 to <8 x float>*
  store <8 x float> %579, <8 x float>* %588, align 4
  %pair.next = add i64 %pair, 1
  br label %pair.header

then5:                                            ; preds = %pair.exit
  %589 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %589, <8 x float>* %45, align 32
  %590 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 248) to <8 x float>*), align 4
  store <8 x float> %590, <8 x float>* %44, align 32
  %591 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 376) to <8 x float>*), align 4
  store <8 x float> %591, <8 x float>* %43, align 32
  %592 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 504) to <8 x float>*), align 4
  store <8 x float> %592, <8 x float>* %42, align 32
  br label %k.header7

endif6:                                           ; preds = %k.exit9, %pair.exit
  %s.next = add i64 %s, 1
  br label %s.header

k.header7:                                        ; preds = %k.body8, %then5
  %k10 = phi i64 [ 0, %then5 ], [ %k.next12, %k.body8 ]
  %593 = icmp slt i64 %k10, 128
  br i1 %593, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %594 = add i64 1920, %k10
  %595 = mul i64 %594, 32
  %596 = add i64 %595, 0
  %597 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %596
  %598 = bitcast float* %597 to <8 x float>*
  %599 = load <8 x float>, <8 x float>* %598, align 4
  %600 = add i64 1920, %k10
  %601 = mul i64 %600, 32
  %602 = add i64 %601, 8
  %603 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %602
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = add i64 1920, %k10
  %607 = mul i64 %606, 32
  %608 = add i64 %607, 16
  %609 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %608
  %610 = bitcast float* %609 to <8 x float>*
  %611 = load <8 x float>, <8 x float>* %610, align 4
  %612 = add i64 1920, %k10
  %613 = mul i64 %612, 32
  %614 = add i64 %613, 24
  %615 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %614
  %616 = bitcast float* %615 to <8 x float>*
  %617 = load <8 x float>, <8 x float>* %616, align 4
  %618 = getelementptr inbounds float, float* %91, i64 %k10
  %619 = load float, float* %618, align 4
  %620 = insertelement <8 x float> undef, float %619, i32 0
  %splat11 = shufflevector <8 x float> %620, <8 x float> undef, <8 x i32> zeroinitializer
  %621 = load <8 x float>, <8 x float>* %45, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %599, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %45, align 32
  %623 = load <8 x float>, <8 x float>* %44, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %605, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %44, align 32
  %625 = load <8 x float>, <8 x float>* %43, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %611, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %43, align 32
  %627 = load <8 x float>, <8 x float>* %42, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %617, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %42, align 32
  %k.next12 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %629 = add i64 %96, 120
  %630 = getelementptr inbounds float, float* %2, i64 %629
  %631 = bitcast float* %630 to <8 x float>*
  %632 = load <8 x float>, <8 x float>* %631, align 4
  %633 = load <8 x float>, <8 x float>* %45, align 32
  %634 = add i64 %96, 248
  %635 = getelementptr inbounds float, float* %2, i64 %634
  %636 = bitcast float* %635 to <8 x float>*
  %637 = load <8 x float>, <8 x float>* %636, align 4
  %638 = load <8 x float>, <8 x float>* %44, align 32
  %639 = add i64 %96, 376
  %640 = getelementptr inbounds float, float* %2, i64 %639
  %641 = bitcast float* %640 to <8 x float>*
  %642 = load <8 x float>, <8 x float>* %641, align 4
  %643 = load <8 x float>, <8 x float>* %43, align 32
  %644 = add i64 %96, 504
  %645 = getelementptr inbounds float, float* %2, i64 %644
  %646 = bitcast float* %645 to <8 x float>*
  %647 = load <8 x float>, <8 x float>* %646, align 4
  %648 = load <8 x float>, <8 x float>* %42, align 32
  %649 = getelementptr inbounds float, float* %75, i64 120
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = fadd <8 x float> %632, %633
  %653 = fneg <8 x float> %652
  %654 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %653, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %655 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %654, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %655, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %657 = call <8 x float> @llvm.floor.v8f32(<8 x float> %656)
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %657, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %655)
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %657, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %658)
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %659, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %660, <8 x float> %659, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> %659, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %662, <8 x float> %659, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %663, <8 x float> %659, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %665 = fmul <8 x float> %659, %659
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %664, <8 x float> %665, <8 x float> %659)
  %667 = fadd <8 x float> %666, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %668 = fptosi <8 x float> %657 to <8 x i32>
  %669 = add <8 x i32> %668, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %670 = shl <8 x i32> %669, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %671 = bitcast <8 x i32> %670 to <8 x float>
  %672 = fmul <8 x float> %667, %671
  %673 = fcmp uno <8 x float> %653, %653
  %674 = select <8 x i1> %673, <8 x float> %653, <8 x float> %672
  %675 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %674
  %676 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %675
  %677 = fadd <8 x float> %637, %638
  %678 = fneg <8 x float> %677
  %679 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %678, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %680 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %679, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %680, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %682 = call <8 x float> @llvm.floor.v8f32(<8 x float> %681)
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %682, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %680)
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %682, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %683)
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %684, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %685, <8 x float> %684, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %686, <8 x float> %684, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %687, <8 x float> %684, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> %684, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %690 = fmul <8 x float> %684, %684
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %689, <8 x float> %690, <8 x float> %684)
  %692 = fadd <8 x float> %691, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %693 = fptosi <8 x float> %682 to <8 x i32>
  %694 = add <8 x i32> %693, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %695 = shl <8 x i32> %694, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %696 = bitcast <8 x i32> %695 to <8 x float>
  %697 = fmul <8 x float> %692, %696
  %698 = fcmp uno <8 x float> %678, %678
  %699 = select <8 x i1> %698, <8 x float> %678, <8 x float> %697
  %700 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %699
  %701 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %700
  %702 = fadd <8 x float> %642, %643
  %703 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %702)
  %704 = fmul <8 x float> %702, %702
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %704, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %705, <8 x float> %704, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %706, <8 x float> %704, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %704, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %709 = fmul <8 x float> %708, %704
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> %702, <8 x float> %702)
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
  %731 = fcmp uno <8 x float> %711, %711
  %732 = select <8 x i1> %731, <8 x float> %711, <8 x float> %730
  %733 = fadd <8 x float> %732, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %734 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %733
  %735 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %734
  %736 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %735, <8 x float> %702)
  %737 = fcmp olt <8 x float> %703, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %738 = select <8 x i1> %737, <8 x float> %710, <8 x float> %736
  %739 = fmul <8 x float> %676, %738
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %701, <8 x float> %651, <8 x float> %739)
  %741 = getelementptr inbounds float, float* %75, i64 120
  %742 = bitcast float* %741 to <8 x float>*
  store <8 x float> %740, <8 x float>* %742, align 4
  %743 = fadd <8 x float> %647, %648
  %744 = fneg <8 x float> %743
  %745 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %744, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %746 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %745, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %748 = call <8 x float> @llvm.floor.v8f32(<8 x float> %747)
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %748, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %746)
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %748, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %749)
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %750, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %751, <8 x float> %750, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %752, <8 x float> %750, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %753, <8 x float> %750, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %754, <8 x float> %750, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %756 = fmul <8 x float> %750, %750
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %755, <8 x float> %756, <8 x float> %750)
  %758 = fadd <8 x float> %757, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %759 = fptosi <8 x float> %748 to <8 x i32>
  %760 = add <8 x i32> %759, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %761 = shl <8 x i32> %760, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %762 = bitcast <8 x i32> %761 to <8 x float>
  %763 = fmul <8 x float> %758, %762
  %764 = fcmp uno <8 x float> %744, %744
  %765 = select <8 x i1> %764, <8 x float> %744, <8 x float> %763
  %766 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %765
  %767 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %766
  %768 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %740)
  %769 = fmul <8 x float> %740, %740
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %769, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %770, <8 x float> %769, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %771, <8 x float> %769, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %772, <8 x float> %769, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %774 = fmul <8 x float> %773, %769
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> %740, <8 x float> %740)
  %776 = fmul <8 x float> %768, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %777 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %776, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %778 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %777, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %778, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %780 = call <8 x float> @llvm.floor.v8f32(<8 x float> %779)
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %780, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %778)
  %782 = call <8 x float> @llvm.fma.v8f32(<8 x float> %780, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %781)
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %782, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %783, <8 x float> %782, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %784, <8 x float> %782, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %785, <8 x float> %782, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %786, <8 x float> %782, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %788 = fmul <8 x float> %782, %782
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %787, <8 x float> %788, <8 x float> %782)
  %790 = fadd <8 x float> %789, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %791 = fptosi <8 x float> %780 to <8 x i32>
  %792 = add <8 x i32> %791, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %793 = shl <8 x i32> %792, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %794 = bitcast <8 x i32> %793 to <8 x float>
  %795 = fmul <8 x float> %790, %794
  %796 = fcmp uno <8 x float> %776, %776
  %797 = select <8 x i1> %796, <8 x float> %776, <8 x float> %795
  %798 = fadd <8 x float> %797, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %799 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %798
  %800 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %799
  %801 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %800, <8 x float> %740)
  %802 = fcmp olt <8 x float> %768, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %803 = select <8 x i1> %802, <8 x float> %775, <8 x float> %801
  %804 = fmul <8 x float> %767, %803
  %805 = getelementptr inbounds float, float* %92, i64 120
  %806 = bitcast float* %805 to <8 x float>*
  store <8 x float> %804, <8 x float>* %806, align 4
  %807 = mul i64 %76, 50
  %808 = add i64 %807, %s
  %809 = mul i64 %808, 256
  %810 = add i64 %809, 0
  %811 = add i64 %810, 120
  %812 = getelementptr inbounds float, float* %0, i64 %811
  %813 = bitcast float* %812 to <8 x float>*
  store <8 x float> %804, <8 x float>* %813, align 4
  br label %endif6

then13:                                           ; preds = %endif4
  br label %zero.header15

endif14:                                          ; preds = %s.exit22, %endif4
  br label %endif2

zero.header15:                                    ; preds = %zero.body16, %then13
  %zero18 = phi i64 [ 0, %then13 ], [ %zero.next19, %zero.body16 ]
  %814 = icmp slt i64 %zero18, 16
  br i1 %814, label %zero.body16, label %zero.exit17

zero.body16:                                      ; preds = %zero.header15
  %815 = mul i64 %zero18, 8
  %816 = getelementptr inbounds float, float* %73, i64 %815
  %817 = bitcast float* %816 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %817, align 4
  %818 = mul i64 %zero18, 8
  %819 = getelementptr inbounds float, float* %75, i64 %818
  %820 = bitcast float* %819 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %820, align 4
  %zero.next19 = add i64 %zero18, 1
  br label %zero.header15

zero.exit17:                                      ; preds = %zero.header15
  br label %s.header20

s.header20:                                       ; preds = %endif36, %zero.exit17
  %s23 = phi i64 [ 0, %zero.exit17 ], [ %s.next43, %endif36 ]
  %821 = icmp slt i64 %s23, 50
  br i1 %821, label %s.body21, label %s.exit22

s.body21:                                         ; preds = %s.header20
  %822 = sub i64 49, %s23
  %823 = and i64 %s23, 1
  %824 = icmp eq i64 %823, 0
  %825 = select i1 %824, float* %73, float* %74
  %826 = select i1 %824, float* %74, float* %73
  %827 = add i64 1, %76
  %828 = mul i64 %827, 50
  %829 = add i64 %828, %822
  %830 = mul i64 %829, 512
  br label %pair.header24

s.exit22:                                         ; preds = %s.header20
  br label %endif14

pair.header24:                                    ; preds = %k.exit30, %s.body21
  %pair27 = phi i64 [ 0, %s.body21 ], [ %pair.next34, %k.exit30 ]
  %831 = icmp slt i64 %pair27, 8
  br i1 %831, label %pair.body25, label %pair.exit26

pair.body25:                                      ; preds = %pair.header24
  %832 = mul i64 %pair27, 2
  %833 = add i64 0, %832
  %834 = add i64 %833, 1
  %835 = mul i64 %833, 8
  %836 = mul i64 %834, 8
  %837 = add i64 0, %835
  %838 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %837
  %839 = bitcast float* %838 to <8 x float>*
  %840 = load <8 x float>, <8 x float>* %839, align 4
  store <8 x float> %840, <8 x float>* %41, align 32
  %841 = add i64 0, %836
  %842 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %841
  %843 = bitcast float* %842 to <8 x float>*
  %844 = load <8 x float>, <8 x float>* %843, align 4
  store <8 x float> %844, <8 x float>* %40, align 32
  %845 = add i64 128, %835
  %846 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %845
  %847 = bitcast float* %846 to <8 x float>*
  %848 = load <8 x float>, <8 x float>* %847, align 4
  store <8 x float> %848, <8 x float>* %39, align 32
  %849 = add i64 128, %836
  %850 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %849
  %851 = bitcast float* %850 to <8 x float>*
  %852 = load <8 x float>, <8 x float>* %851, align 4
  store <8 x float> %852, <8 x float>* %38, align 32
  %853 = add i64 256, %835
  %854 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %853
  %855 = bitcast float* %854 to <8 x float>*
  %856 = load <8 x float>, <8 x float>* %855, align 4
  store <8 x float> %856, <8 x float>* %37, align 32
  %857 = add i64 256, %836
  %858 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %857
  %859 = bitcast float* %858 to <8 x float>*
  %860 = load <8 x float>, <8 x float>* %859, align 4
  store <8 x float> %860, <8 x float>* %36, align 32
  %861 = add i64 384, %835
  %862 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %861
  %863 = bitcast float* %862 to <8 x float>*
  %864 = load <8 x float>, <8 x float>* %863, align 4
  store <8 x float> %864, <8 x float>* %35, align 32
  %865 = add i64 384, %836
  %866 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %865
  %867 = bitcast float* %866 to <8 x float>*
  %868 = load <8 x float>, <8 x float>* %867, align 4
  store <8 x float> %868, <8 x float>* %34, align 32
  br label %k.header28

pair.exit26:                                      ; preds = %pair.header24
  br i1 false, label %then35, label %endif36

k.header28:                                       ; preds = %k.body29, %pair.body25
  %k31 = phi i64 [ 0, %pair.body25 ], [ %k.next33, %k.body29 ]
  %869 = icmp slt i64 %k31, 128
  br i1 %869, label %k.body29, label %k.exit30

k.body29:                                         ; preds = %k.header28
  %870 = mul i64 %833, 128
  %871 = add i64 %870, %k31
  %872 = mul i64 %871, 32
  %873 = add i64 %872, 0
  %874 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %873
  %875 = bitcast float* %874 to <8 x float>*
  %876 = load <8 x float>, <8 x float>* %875, align 4
  %877 = mul i64 %834, 128
  %878 = add i64 %877, %k31
  %879 = mul i64 %878, 32
  %880 = add i64 %879, 0
  %881 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %880
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = mul i64 %833, 128
  %885 = add i64 %884, %k31
  %886 = mul i64 %885, 32
  %887 = add i64 %886, 8
  %888 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %887
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = mul i64 %834, 128
  %892 = add i64 %891, %k31
  %893 = mul i64 %892, 32
  %894 = add i64 %893, 8
  %895 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %894
  %896 = bitcast float* %895 to <8 x float>*
  %897 = load <8 x float>, <8 x float>* %896, align 4
  %898 = mul i64 %833, 128
  %899 = add i64 %898, %k31
  %900 = mul i64 %899, 32
  %901 = add i64 %900, 16
  %902 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %901
  %903 = bitcast float* %902 to <8 x float>*
  %904 = load <8 x float>, <8 x float>* %903, align 4
  %905 = mul i64 %834, 128
  %906 = add i64 %905, %k31
  %907 = mul i64 %906, 32
  %908 = add i64 %907, 16
  %909 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %908
  %910 = bitcast float* %909 to <8 x float>*
  %911 = load <8 x float>, <8 x float>* %910, align 4
  %912 = mul i64 %833, 128
  %913 = add i64 %912, %k31
  %914 = mul i64 %913, 32
  %915 = add i64 %914, 24
  %916 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %915
  %917 = bitcast float* %916 to <8 x float>*
  %918 = load <8 x float>, <8 x float>* %917, align 4
  %919 = mul i64 %834, 128
  %920 = add i64 %919, %k31
  %921 = mul i64 %920, 32
  %922 = add i64 %921, 24
  %923 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %922
  %924 = bitcast float* %923 to <8 x float>*
  %925 = load <8 x float>, <8 x float>* %924, align 4
  %926 = getelementptr inbounds float, float* %825, i64 %k31
  %927 = load float, float* %926, align 4
  %928 = insertelement <8 x float> undef, float %927, i32 0
  %splat32 = shufflevector <8 x float> %928, <8 x float> undef, <8 x i32> zeroinitializer
  %929 = load <8 x float>, <8 x float>* %41, align 32
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %876, <8 x float> %929)
  store <8 x float> %930, <8 x float>* %41, align 32
  %931 = load <8 x float>, <8 x float>* %40, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %883, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %40, align 32
  %933 = load <8 x float>, <8 x float>* %39, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %890, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %39, align 32
  %935 = load <8 x float>, <8 x float>* %38, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %897, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %38, align 32
  %937 = load <8 x float>, <8 x float>* %37, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %904, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %37, align 32
  %939 = load <8 x float>, <8 x float>* %36, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %911, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %36, align 32
  %941 = load <8 x float>, <8 x float>* %35, align 32
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %918, <8 x float> %941)
  store <8 x float> %942, <8 x float>* %35, align 32
  %943 = load <8 x float>, <8 x float>* %34, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %925, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %34, align 32
  %k.next33 = add i64 %k31, 1
  br label %k.header28

k.exit30:                                         ; preds = %k.header28
  %945 = add i64 0, %835
  %946 = add i64 %830, %945
  %947 = getelementptr inbounds float, float* %2, i64 %946
  %948 = bitcast float* %947 to <8 x float>*
  %949 = load <8 x float>, <8 x float>* %948, align 4
  %950 = load <8 x float>, <8 x float>* %41, align 32
  %951 = add i64 128, %835
  %952 = add i64 %830, %951
  %953 = getelementptr inbounds float, float* %2, i64 %952
  %954 = bitcast float* %953 to <8 x float>*
  %955 = load <8 x float>, <8 x float>* %954, align 4
  %956 = load <8 x float>, <8 x float>* %39, align 32
  %957 = add i64 256, %835
  %958 = add i64 %830, %957
  %959 = getelementptr inbounds float, float* %2, i64 %958
  %960 = bitcast float* %959 to <8 x float>*
  %961 = load <8 x float>, <8 x float>* %960, align 4
  %962 = load <8 x float>, <8 x float>* %37, align 32
  %963 = add i64 384, %835
  %964 = add i64 %830, %963
  %965 = getelementptr inbounds float, float* %2, i64 %964
  %966 = bitcast float* %965 to <8 x float>*
  %967 = load <8 x float>, <8 x float>* %966, align 4
  %968 = load <8 x float>, <8 x float>* %35, align 32
  %969 = getelementptr inbounds float, float* %75, i64 %835
  %970 = bitcast float* %969 to <8 x float>*
  %971 = load <8 x float>, <8 x float>* %970, align 4
  %972 = fadd <8 x float> %949, %950
  %973 = fneg <8 x float> %972
  %974 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %973, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %975 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %974, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %975, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %977 = call <8 x float> @llvm.floor.v8f32(<8 x float> %976)
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %977, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %975)
  %979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %977, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %978)
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %979, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %980, <8 x float> %979, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %981, <8 x float> %979, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %982, <8 x float> %979, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %983, <8 x float> %979, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %985 = fmul <8 x float> %979, %979
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %984, <8 x float> %985, <8 x float> %979)
  %987 = fadd <8 x float> %986, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %988 = fptosi <8 x float> %977 to <8 x i32>
  %989 = add <8 x i32> %988, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %990 = shl <8 x i32> %989, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %991 = bitcast <8 x i32> %990 to <8 x float>
  %992 = fmul <8 x float> %987, %991
  %993 = fcmp uno <8 x float> %973, %973
  %994 = select <8 x i1> %993, <8 x float> %973, <8 x float> %992
  %995 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %994
  %996 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %995
  %997 = fadd <8 x float> %955, %956
  %998 = fneg <8 x float> %997
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
  %1020 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1019
  %1021 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1020
  %1022 = fadd <8 x float> %961, %962
  %1023 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1022)
  %1024 = fmul <8 x float> %1022, %1022
  %1025 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1024, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1025, <8 x float> %1024, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1026, <8 x float> %1024, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> %1024, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1029 = fmul <8 x float> %1028, %1024
  %1030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1029, <8 x float> %1022, <8 x float> %1022)
  %1031 = fmul <8 x float> %1023, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
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
  %1053 = fadd <8 x float> %1052, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1054 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1053
  %1055 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1054
  %1056 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1055, <8 x float> %1022)
  %1057 = fcmp olt <8 x float> %1023, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1058 = select <8 x i1> %1057, <8 x float> %1030, <8 x float> %1056
  %1059 = fmul <8 x float> %996, %1058
  %1060 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1021, <8 x float> %971, <8 x float> %1059)
  %1061 = getelementptr inbounds float, float* %75, i64 %835
  %1062 = bitcast float* %1061 to <8 x float>*
  store <8 x float> %1060, <8 x float>* %1062, align 4
  %1063 = fadd <8 x float> %967, %968
  %1064 = fneg <8 x float> %1063
  %1065 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1064, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1066 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1065, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1066, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1068 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1067)
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1068, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1066)
  %1070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1068, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1069)
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1070, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1072 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1071, <8 x float> %1070, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1072, <8 x float> %1070, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1074 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1073, <8 x float> %1070, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1075 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1074, <8 x float> %1070, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1076 = fmul <8 x float> %1070, %1070
  %1077 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1075, <8 x float> %1076, <8 x float> %1070)
  %1078 = fadd <8 x float> %1077, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1079 = fptosi <8 x float> %1068 to <8 x i32>
  %1080 = add <8 x i32> %1079, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1081 = shl <8 x i32> %1080, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1082 = bitcast <8 x i32> %1081 to <8 x float>
  %1083 = fmul <8 x float> %1078, %1082
  %1084 = fcmp uno <8 x float> %1064, %1064
  %1085 = select <8 x i1> %1084, <8 x float> %1064, <8 x float> %1083
  %1086 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1085
  %1087 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1086
  %1088 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1060)
  %1089 = fmul <8 x float> %1060, %1060
  %1090 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1089, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1091 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1090, <8 x float> %1089, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1092 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1091, <8 x float> %1089, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1092, <8 x float> %1089, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1094 = fmul <8 x float> %1093, %1089
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1094, <8 x float> %1060, <8 x float> %1060)
  %1096 = fmul <8 x float> %1088, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1097 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1096, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1098 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1097, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1098, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1100 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1099)
  %1101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1100, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1098)
  %1102 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1100, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1101)
  %1103 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1102, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1103, <8 x float> %1102, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1104, <8 x float> %1102, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1105, <8 x float> %1102, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1107 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1106, <8 x float> %1102, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1108 = fmul <8 x float> %1102, %1102
  %1109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1107, <8 x float> %1108, <8 x float> %1102)
  %1110 = fadd <8 x float> %1109, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1111 = fptosi <8 x float> %1100 to <8 x i32>
  %1112 = add <8 x i32> %1111, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1113 = shl <8 x i32> %1112, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1114 = bitcast <8 x i32> %1113 to <8 x float>
  %1115 = fmul <8 x float> %1110, %1114
  %1116 = fcmp uno <8 x float> %1096, %1096
  %1117 = select <8 x i1> %1116, <8 x float> %1096, <8 x float> %1115
  %1118 = fadd <8 x float> %1117, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1119 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1118
  %1120 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1119
  %1121 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1120, <8 x float> %1060)
  %1122 = fcmp olt <8 x float> %1088, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1123 = select <8 x i1> %1122, <8 x float> %1095, <8 x float> %1121
  %1124 = fmul <8 x float> %1087, %1123
  %1125 = getelementptr inbounds float, float* %826, i64 %835
  %1126 = bitcast float* %1125 to <8 x float>*
  store <8 x float> %1124, <8 x float>* %1126, align 4
  %1127 = mul i64 %76, 50
  %1128 = add i64 %1127, %822
  %1129 = mul i64 %1128, 256
  %1130 = add i64 %1129, 128
  %1131 = add i64 %1130, %835
  %1132 = getelementptr inbounds float, float* %0, i64 %1131
  %1133 = bitcast float* %1132 to <8 x float>*
  store <8 x float> %1124, <8 x float>* %1133, align 4
  %1134 = add i64 0, %836
  %1135 = add i64 %830, %1134
  %1136 = getelementptr inbounds float, float* %2, i64 %1135
  %1137 = bitcast float* %1136 to <8 x float>*
  %1138 = load <8 x float>, <8 x float>* %1137, align 4
  %1139 = load <8 x float>, <8 x float>* %40, align 32
  %1140 = add i64 128, %836
  %1141 = add i64 %830, %1140
  %1142 = getelementptr inbounds float, float* %2, i64 %1141
  %1143 = bitcast float* %1142 to <8 x float>*
  %1144 = load <8 x float>, <8 x float>* %1143, align 4
  %1145 = load <8 x float>, <8 x float>* %38, align 32
  %1146 = add i64 256, %836
  %1147 = add i64 %830, %1146
  %1148 = getelementptr inbounds float, float* %2, i64 %1147
  %1149 = bitcast float* %1148 to <8 x float>*
  %1150 = load <8 x float>, <8 x float>* %1149, align 4
  %1151 = load <8 x float>, <8 x float>* %36, align 32
  %1152 = add i64 384, %836
  %1153 = add i64 %830, %1152
  %1154 = getelementptr inbounds float, float* %2, i64 %1153
  %1155 = bitcast float* %1154 to <8 x float>*
  %1156 = load <8 x float>, <8 x float>* %1155, align 4
  %1157 = load <8 x float>, <8 x float>* %34, align 32
  %1158 = getelementptr inbounds float, float* %75, i64 %836
  %1159 = bitcast float* %1158 to <8 x float>*
  %1160 = load <8 x float>, <8 x float>* %1159, align 4
  %1161 = fadd <8 x float> %1138, %1139
  %1162 = fneg <8 x float> %1161
  %1163 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1162, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1164 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1163, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1164, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1166 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1165)
  %1167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1166, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1164)
  %1168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1166, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1167)
  %1169 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1168, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1169, <8 x float> %1168, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1170, <8 x float> %1168, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1171, <8 x float> %1168, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1172, <8 x float> %1168, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1174 = fmul <8 x float> %1168, %1168
  %1175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1173, <8 x float> %1174, <8 x float> %1168)
  %1176 = fadd <8 x float> %1175, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1177 = fptosi <8 x float> %1166 to <8 x i32>
  %1178 = add <8 x i32> %1177, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1179 = shl <8 x i32> %1178, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1180 = bitcast <8 x i32> %1179 to <8 x float>
  %1181 = fmul <8 x float> %1176, %1180
  %1182 = fcmp uno <8 x float> %1162, %1162
  %1183 = select <8 x i1> %1182, <8 x float> %1162, <8 x float> %1181
  %1184 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1183
  %1185 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1184
  %1186 = fadd <8 x float> %1144, %1145
  %1187 = fneg <8 x float> %1186
  %1188 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1187, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1189 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1188, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1189, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1191 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1190)
  %1192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1191, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1189)
  %1193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1191, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1192)
  %1194 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1193, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1194, <8 x float> %1193, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1195, <8 x float> %1193, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1196, <8 x float> %1193, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1197, <8 x float> %1193, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1199 = fmul <8 x float> %1193, %1193
  %1200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1198, <8 x float> %1199, <8 x float> %1193)
  %1201 = fadd <8 x float> %1200, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1202 = fptosi <8 x float> %1191 to <8 x i32>
  %1203 = add <8 x i32> %1202, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1204 = shl <8 x i32> %1203, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1205 = bitcast <8 x i32> %1204 to <8 x float>
  %1206 = fmul <8 x float> %1201, %1205
  %1207 = fcmp uno <8 x float> %1187, %1187
  %1208 = select <8 x i1> %1207, <8 x float> %1187, <8 x float> %1206
  %1209 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1208
  %1210 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1209
  %1211 = fadd <8 x float> %1150, %1151
  %1212 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1211)
  %1213 = fmul <8 x float> %1211, %1211
  %1214 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1213, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1214, <8 x float> %1213, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1215, <8 x float> %1213, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1216, <8 x float> %1213, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1218 = fmul <8 x float> %1217, %1213
  %1219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1218, <8 x float> %1211, <8 x float> %1211)
  %1220 = fmul <8 x float> %1212, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1221 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1220, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1222 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1221, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1222, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1224 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1223)
  %1225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1224, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1222)
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1224, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1225)
  %1227 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1226, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1227, <8 x float> %1226, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1228, <8 x float> %1226, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1229, <8 x float> %1226, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1230, <8 x float> %1226, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1232 = fmul <8 x float> %1226, %1226
  %1233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1231, <8 x float> %1232, <8 x float> %1226)
  %1234 = fadd <8 x float> %1233, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1235 = fptosi <8 x float> %1224 to <8 x i32>
  %1236 = add <8 x i32> %1235, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1237 = shl <8 x i32> %1236, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1238 = bitcast <8 x i32> %1237 to <8 x float>
  %1239 = fmul <8 x float> %1234, %1238
  %1240 = fcmp uno <8 x float> %1220, %1220
  %1241 = select <8 x i1> %1240, <8 x float> %1220, <8 x float> %1239
  %1242 = fadd <8 x float> %1241, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1243 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1242
  %1244 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1243
  %1245 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1244, <8 x float> %1211)
  %1246 = fcmp olt <8 x float> %1212, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1247 = select <8 x i1> %1246, <8 x float> %1219, <8 x float> %1245
  %1248 = fmul <8 x float> %1185, %1247
  %1249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1210, <8 x float> %1160, <8 x float> %1248)
  %1250 = getelementptr inbounds float, float* %75, i64 %836
  %1251 = bitcast float* %1250 to <8 x float>*
  store <8 x float> %1249, <8 x float>* %1251, align 4
  %1252 = fadd <8 x float> %1156, %1157
  %1253 = fneg <8 x float> %1252
  %1254 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1253, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1255 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1254, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1255, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1257 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1256)
  %1258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1257, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1255)
  %1259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1257, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1258)
  %1260 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1259, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1260, <8 x float> %1259, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1261, <8 x float> %1259, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1262, <8 x float> %1259, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1263, <8 x float> %1259, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1265 = fmul <8 x float> %1259, %1259
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1264, <8 x float> %1265, <8 x float> %1259)
  %1267 = fadd <8 x float> %1266, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1268 = fptosi <8 x float> %1257 to <8 x i32>
  %1269 = add <8 x i32> %1268, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1270 = shl <8 x i32> %1269, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1271 = bitcast <8 x i32> %1270 to <8 x float>
  %1272 = fmul <8 x float> %1267, %1271
  %1273 = fcmp uno <8 x float> %1253, %1253
  %1274 = select <8 x i1> %1273, <8 x float> %1253, <8 x float> %1272
  %1275 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1274
  %1276 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1275
  %1277 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1249)
  %1278 = fmul <8 x float> %1249, %1249
  %1279 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1278, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1279, <8 x float> %1278, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1280, <8 x float> %1278, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1281, <8 x float> %1278, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1283 = fmul <8 x float> %1282, %1278
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1283, <8 x float> %1249, <8 x float> %1249)
  %1285 = fmul <8 x float> %1277, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1286 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1285, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1287 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1286, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1287, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1289 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1288)
  %1290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1289, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1287)
  %1291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1289, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1290)
  %1292 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1291, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1292, <8 x float> %1291, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1293, <8 x float> %1291, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1294, <8 x float> %1291, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1295, <8 x float> %1291, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1297 = fmul <8 x float> %1291, %1291
  %1298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1296, <8 x float> %1297, <8 x float> %1291)
  %1299 = fadd <8 x float> %1298, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1300 = fptosi <8 x float> %1289 to <8 x i32>
  %1301 = add <8 x i32> %1300, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1302 = shl <8 x i32> %1301, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1303 = bitcast <8 x i32> %1302 to <8 x float>
  %1304 = fmul <8 x float> %1299, %1303
  %1305 = fcmp uno <8 x float> %1285, %1285
  %1306 = select <8 x i1> %1305, <8 x float> %1285, <8 x float> %1304
  %1307 = fadd <8 x float> %1306, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1308 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1307
  %1309 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1308
  %1310 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1309, <8 x float> %1249)
  %1311 = fcmp olt <8 x float> %1277, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1312 = select <8 x i1> %1311, <8 x float> %1284, <8 x float> %1310
  %1313 = fmul <8 x float> %1276, %1312
  %1314 = getelementptr inbounds float, float* %826, i64 %836
  %1315 = bitcast float* %1314 to <8 x float>*
  store <8 x float> %1313, <8 x float>* %1315, align 4
  %1316 = mul i64 %76, 50
  %1317 = add i64 %1316, %822
  %1318 = mul i64 %1317, 256
  %1319 = add i64 %1318, 128
  %1320 = add i64 %1319, %836
  %1321 = getelementptr inbounds float, float* %0, i64 %1320
  %1322 = bitcast float* %1321 to <8 x float>*
  store <8 x float> %1313, <8 x float>* %1322, align 4
  %pair.next34 = add i64 %pair27, 1
  br label %pair.header24

then35:                                           ; preds = %pair.exit26
  %1323 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %1323, <8 x float>* %33, align 32
  %1324 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 248) to <8 x float>*), align 4
  store <8 x float> %1324, <8 x float>* %32, align 32
  %1325 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 376) to <8 x float>*), align 4
  store <8 x float> %1325, <8 x float>* %31, align 32
  %1326 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 504) to <8 x float>*), align 4
  store <8 x float> %1326, <8 x float>* %30, align 32
  br label %k.header37

endif36:                                          ; preds = %k.exit39, %pair.exit26
  %s.next43 = add i64 %s23, 1
  br label %s.header20

k.header37:                                       ; preds = %k.body38, %then35
  %k40 = phi i64 [ 0, %then35 ], [ %k.next42, %k.body38 ]
  %1327 = icmp slt i64 %k40, 128
  br i1 %1327, label %k.body38, label %k.exit39

k.body38:                                         ; preds = %k.header37
  %1328 = add i64 1920, %k40
  %1329 = mul i64 %1328, 32
  %1330 = add i64 %1329, 0
  %1331 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %1330
  %1332 = bitcast float* %1331 to <8 x float>*
  %1333 = load <8 x float>, <8 x float>* %1332, align 4
  %1334 = add i64 1920, %k40
  %1335 = mul i64 %1334, 32
  %1336 = add i64 %1335, 8
  %1337 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %1336
  %1338 = bitcast float* %1337 to <8 x float>*
  %1339 = load <8 x float>, <8 x float>* %1338, align 4
  %1340 = add i64 1920, %k40
  %1341 = mul i64 %1340, 32
  %1342 = add i64 %1341, 16
  %1343 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %1342
  %1344 = bitcast float* %1343 to <8 x float>*
  %1345 = load <8 x float>, <8 x float>* %1344, align 4
  %1346 = add i64 1920, %k40
  %1347 = mul i64 %1346, 32
  %1348 = add i64 %1347, 24
  %1349 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %1348
  %1350 = bitcast float* %1349 to <8 x float>*
  %1351 = load <8 x float>, <8 x float>* %1350, align 4
  %1352 = getelementptr inbounds float, float* %825, i64 %k40
  %1353 = load float, float* %1352, align 4
  %1354 = insertelement <8 x float> undef, float %1353, i32 0
  %splat41 = shufflevector <8 x float> %1354, <8 x float> undef, <8 x i32> zeroinitializer
  %1355 = load <8 x float>, <8 x float>* %33, align 32
  %1356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1333, <8 x float> %1355)
  store <8 x float> %1356, <8 x float>* %33, align 32
  %1357 = load <8 x float>, <8 x float>* %32, align 32
  %1358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1339, <8 x float> %1357)
  store <8 x float> %1358, <8 x float>* %32, align 32
  %1359 = load <8 x float>, <8 x float>* %31, align 32
  %1360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1345, <8 x float> %1359)
  store <8 x float> %1360, <8 x float>* %31, align 32
  %1361 = load <8 x float>, <8 x float>* %30, align 32
  %1362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1351, <8 x float> %1361)
  store <8 x float> %1362, <8 x float>* %30, align 32
  %k.next42 = add i64 %k40, 1
  br label %k.header37

k.exit39:                                         ; preds = %k.header37
  %1363 = add i64 %830, 120
  %1364 = getelementptr inbounds float, float* %2, i64 %1363
  %1365 = bitcast float* %1364 to <8 x float>*
  %1366 = load <8 x float>, <8 x float>* %1365, align 4
  %1367 = load <8 x float>, <8 x float>* %33, align 32
  %1368 = add i64 %830, 248
  %1369 = getelementptr inbounds float, float* %2, i64 %1368
  %1370 = bitcast float* %1369 to <8 x float>*
  %1371 = load <8 x float>, <8 x float>* %1370, align 4
  %1372 = load <8 x float>, <8 x float>* %32, align 32
  %1373 = add i64 %830, 376
  %1374 = getelementptr inbounds float, float* %2, i64 %1373
  %1375 = bitcast float* %1374 to <8 x float>*
  %1376 = load <8 x float>, <8 x float>* %1375, align 4
  %1377 = load <8 x float>, <8 x float>* %31, align 32
  %1378 = add i64 %830, 504
  %1379 = getelementptr inbounds float, float* %2, i64 %1378
  %1380 = bitcast float* %1379 to <8 x float>*
  %1381 = load <8 x float>, <8 x float>* %1380, align 4
  %1382 = load <8 x float>, <8 x float>* %30, align 32
  %1383 = getelementptr inbounds float, float* %75, i64 120
  %1384 = bitcast float* %1383 to <8 x float>*
  %1385 = load <8 x float>, <8 x float>* %1384, align 4
  %1386 = fadd <8 x float> %1366, %1367
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
  %1411 = fadd <8 x float> %1371, %1372
  %1412 = fneg <8 x float> %1411
  %1413 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1412, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1414 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1413, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1414, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1416 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1415)
  %1417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1416, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1414)
  %1418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1416, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1417)
  %1419 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1418, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1419, <8 x float> %1418, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1420, <8 x float> %1418, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1421, <8 x float> %1418, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1422, <8 x float> %1418, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1424 = fmul <8 x float> %1418, %1418
  %1425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1423, <8 x float> %1424, <8 x float> %1418)
  %1426 = fadd <8 x float> %1425, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1427 = fptosi <8 x float> %1416 to <8 x i32>
  %1428 = add <8 x i32> %1427, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1429 = shl <8 x i32> %1428, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1430 = bitcast <8 x i32> %1429 to <8 x float>
  %1431 = fmul <8 x float> %1426, %1430
  %1432 = fcmp uno <8 x float> %1412, %1412
  %1433 = select <8 x i1> %1432, <8 x float> %1412, <8 x float> %1431
  %1434 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1433
  %1435 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1434
  %1436 = fadd <8 x float> %1376, %1377
  %1437 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1436)
  %1438 = fmul <8 x float> %1436, %1436
  %1439 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1438, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1439, <8 x float> %1438, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1440, <8 x float> %1438, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1441, <8 x float> %1438, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1443 = fmul <8 x float> %1442, %1438
  %1444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1443, <8 x float> %1436, <8 x float> %1436)
  %1445 = fmul <8 x float> %1437, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1446 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1445, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1447 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1446, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1447, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1449 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1448)
  %1450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1449, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1447)
  %1451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1449, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1450)
  %1452 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1451, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1452, <8 x float> %1451, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1453, <8 x float> %1451, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1454, <8 x float> %1451, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1455, <8 x float> %1451, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1457 = fmul <8 x float> %1451, %1451
  %1458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1456, <8 x float> %1457, <8 x float> %1451)
  %1459 = fadd <8 x float> %1458, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1460 = fptosi <8 x float> %1449 to <8 x i32>
  %1461 = add <8 x i32> %1460, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1462 = shl <8 x i32> %1461, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1463 = bitcast <8 x i32> %1462 to <8 x float>
  %1464 = fmul <8 x float> %1459, %1463
  %1465 = fcmp uno <8 x float> %1445, %1445
  %1466 = select <8 x i1> %1465, <8 x float> %1445, <8 x float> %1464
  %1467 = fadd <8 x float> %1466, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1468 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1467
  %1469 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1468
  %1470 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1469, <8 x float> %1436)
  %1471 = fcmp olt <8 x float> %1437, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1472 = select <8 x i1> %1471, <8 x float> %1444, <8 x float> %1470
  %1473 = fmul <8 x float> %1410, %1472
  %1474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1435, <8 x float> %1385, <8 x float> %1473)
  %1475 = getelementptr inbounds float, float* %75, i64 120
  %1476 = bitcast float* %1475 to <8 x float>*
  store <8 x float> %1474, <8 x float>* %1476, align 4
  %1477 = fadd <8 x float> %1381, %1382
  %1478 = fneg <8 x float> %1477
  %1479 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1478, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1480 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1479, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1480, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1482 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1481)
  %1483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1482, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1480)
  %1484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1482, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1483)
  %1485 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1484, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1485, <8 x float> %1484, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1486, <8 x float> %1484, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1487, <8 x float> %1484, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1488, <8 x float> %1484, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1490 = fmul <8 x float> %1484, %1484
  %1491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1489, <8 x float> %1490, <8 x float> %1484)
  %1492 = fadd <8 x float> %1491, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1493 = fptosi <8 x float> %1482 to <8 x i32>
  %1494 = add <8 x i32> %1493, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1495 = shl <8 x i32> %1494, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1496 = bitcast <8 x i32> %1495 to <8 x float>
  %1497 = fmul <8 x float> %1492, %1496
  %1498 = fcmp uno <8 x float> %1478, %1478
  %1499 = select <8 x i1> %1498, <8 x float> %1478, <8 x float> %1497
  %1500 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1499
  %1501 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1500
  %1502 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1474)
  %1503 = fmul <8 x float> %1474, %1474
  %1504 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1503, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1504, <8 x float> %1503, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1505, <8 x float> %1503, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1506, <8 x float> %1503, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1508 = fmul <8 x float> %1507, %1503
  %1509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1508, <8 x float> %1474, <8 x float> %1474)
  %1510 = fmul <8 x float> %1502, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1511 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1510, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1512 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1511, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1512, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1514 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1513)
  %1515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1514, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1512)
  %1516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1514, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1515)
  %1517 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1516, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1517, <8 x float> %1516, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1518, <8 x float> %1516, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1519, <8 x float> %1516, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1520, <8 x float> %1516, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1522 = fmul <8 x float> %1516, %1516
  %1523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1521, <8 x float> %1522, <8 x float> %1516)
  %1524 = fadd <8 x float> %1523, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1525 = fptosi <8 x float> %1514 to <8 x i32>
  %1526 = add <8 x i32> %1525, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1527 = shl <8 x i32> %1526, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1528 = bitcast <8 x i32> %1527 to <8 x float>
  %1529 = fmul <8 x float> %1524, %1528
  %1530 = fcmp uno <8 x float> %1510, %1510
  %1531 = select <8 x i1> %1530, <8 x float> %1510, <8 x float> %1529
  %1532 = fadd <8 x float> %1531, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1533 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1532
  %1534 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1533
  %1535 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1534, <8 x float> %1474)
  %1536 = fcmp olt <8 x float> %1502, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1537 = select <8 x i1> %1536, <8 x float> %1509, <8 x float> %1535
  %1538 = fmul <8 x float> %1501, %1537
  %1539 = getelementptr inbounds float, float* %826, i64 120
  %1540 = bitcast float* %1539 to <8 x float>*
  store <8 x float> %1538, <8 x float>* %1540, align 4
  %1541 = mul i64 %76, 50
  %1542 = add i64 %1541, %822
  %1543 = mul i64 %1542, 256
  %1544 = add i64 %1543, 128
  %1545 = add i64 %1544, 120
  %1546 = getelementptr inbounds float, float* %0, i64 %1545
  %1547 = bitcast float* %1546 to <8 x float>*
  store <8 x float> %1538, <8 x float>* %1547, align 4
  br label %endif36

sequence.header:                                  ; preds = %endif76, %else
  %sequence = phi i64 [ 0, %else ], [ %sequence.next, %endif76 ]
  %1548 = icmp slt i64 %sequence, 2
  br i1 %1548, label %sequence.body, label %sequence.exit

sequence.body:                                    ; preds = %sequence.header
  %1549 = mul i64 %sequence, 768
  %1550 = add i64 51200, %1549
  %1551 = getelementptr inbounds float, float* %2, i64 %1550
  %1552 = getelementptr inbounds float, float* %1551, i64 128
  %1553 = getelementptr inbounds float, float* %1551, i64 256
  %1554 = srem i64 %sequence, 1
  %1555 = sdiv i64 %sequence, 1
  %1556 = icmp eq i64 %1555, 0
  br i1 %1556, label %then44, label %endif45

sequence.exit:                                    ; preds = %sequence.header
  br label %endif

then44:                                           ; preds = %sequence.body
  br label %zero.header46

endif45:                                          ; preds = %s.exit53, %sequence.body
  %1557 = sdiv i64 %sequence, 1
  %1558 = icmp eq i64 %1557, 1
  br i1 %1558, label %then75, label %endif76

zero.header46:                                    ; preds = %zero.body47, %then44
  %zero49 = phi i64 [ %63, %then44 ], [ %zero.next50, %zero.body47 ]
  %1559 = icmp slt i64 %zero49, %66
  br i1 %1559, label %zero.body47, label %zero.exit48

zero.body47:                                      ; preds = %zero.header46
  %1560 = mul i64 %zero49, 8
  %1561 = getelementptr inbounds float, float* %1551, i64 %1560
  %1562 = bitcast float* %1561 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %1562, align 4
  %1563 = mul i64 %zero49, 8
  %1564 = getelementptr inbounds float, float* %1553, i64 %1563
  %1565 = bitcast float* %1564 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %1565, align 4
  %zero.next50 = add i64 %zero49, 1
  br label %zero.header46

zero.exit48:                                      ; preds = %zero.header46
  call void @GOMP_barrier()
  br label %s.header51

s.header51:                                       ; preds = %endif67, %zero.exit48
  %s54 = phi i64 [ 0, %zero.exit48 ], [ %s.next74, %endif67 ]
  %1566 = icmp slt i64 %s54, 50
  br i1 %1566, label %s.body52, label %s.exit53

s.body52:                                         ; preds = %s.header51
  %1567 = and i64 %s54, 1
  %1568 = icmp eq i64 %1567, 0
  %1569 = select i1 %1568, float* %1551, float* %1552
  %1570 = select i1 %1568, float* %1552, float* %1551
  %1571 = add i64 0, %1554
  %1572 = mul i64 %1571, 50
  %1573 = add i64 %1572, %s54
  %1574 = mul i64 %1573, 512
  %1575 = sub i64 %66, %63
  %1576 = sdiv i64 %1575, 2
  br label %pair.header55

s.exit53:                                         ; preds = %s.header51
  br label %endif45

pair.header55:                                    ; preds = %k.exit61, %s.body52
  %pair58 = phi i64 [ 0, %s.body52 ], [ %pair.next65, %k.exit61 ]
  %1577 = icmp slt i64 %pair58, %1576
  br i1 %1577, label %pair.body56, label %pair.exit57

pair.body56:                                      ; preds = %pair.header55
  %1578 = mul i64 %pair58, 2
  %1579 = add i64 %63, %1578
  %1580 = add i64 %1579, 1
  %1581 = mul i64 %1579, 8
  %1582 = mul i64 %1580, 8
  %1583 = add i64 0, %1581
  %1584 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1583
  %1585 = bitcast float* %1584 to <8 x float>*
  %1586 = load <8 x float>, <8 x float>* %1585, align 4
  store <8 x float> %1586, <8 x float>* %29, align 32
  %1587 = add i64 0, %1582
  %1588 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1587
  %1589 = bitcast float* %1588 to <8 x float>*
  %1590 = load <8 x float>, <8 x float>* %1589, align 4
  store <8 x float> %1590, <8 x float>* %28, align 32
  %1591 = add i64 128, %1581
  %1592 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1591
  %1593 = bitcast float* %1592 to <8 x float>*
  %1594 = load <8 x float>, <8 x float>* %1593, align 4
  store <8 x float> %1594, <8 x float>* %27, align 32
  %1595 = add i64 128, %1582
  %1596 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1595
  %1597 = bitcast float* %1596 to <8 x float>*
  %1598 = load <8 x float>, <8 x float>* %1597, align 4
  store <8 x float> %1598, <8 x float>* %26, align 32
  %1599 = add i64 256, %1581
  %1600 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1599
  %1601 = bitcast float* %1600 to <8 x float>*
  %1602 = load <8 x float>, <8 x float>* %1601, align 4
  store <8 x float> %1602, <8 x float>* %25, align 32
  %1603 = add i64 256, %1582
  %1604 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1603
  %1605 = bitcast float* %1604 to <8 x float>*
  %1606 = load <8 x float>, <8 x float>* %1605, align 4
  store <8 x float> %1606, <8 x float>* %24, align 32
  %1607 = add i64 384, %1581
  %1608 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1607
  %1609 = bitcast float* %1608 to <8 x float>*
  %1610 = load <8 x float>, <8 x float>* %1609, align 4
  store <8 x float> %1610, <8 x float>* %23, align 32
  %1611 = add i64 384, %1582
  %1612 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1611
  %1613 = bitcast float* %1612 to <8 x float>*
  %1614 = load <8 x float>, <8 x float>* %1613, align 4
  store <8 x float> %1614, <8 x float>* %22, align 32
  br label %k.header59

pair.exit57:                                      ; preds = %pair.header55
  %1615 = srem i64 %1575, 2
  %1616 = icmp eq i64 %1615, 1
  br i1 %1616, label %then66, label %endif67

k.header59:                                       ; preds = %k.body60, %pair.body56
  %k62 = phi i64 [ 0, %pair.body56 ], [ %k.next64, %k.body60 ]
  %1617 = icmp slt i64 %k62, 128
  br i1 %1617, label %k.body60, label %k.exit61

k.body60:                                         ; preds = %k.header59
  %1618 = mul i64 %1579, 128
  %1619 = add i64 %1618, %k62
  %1620 = mul i64 %1619, 32
  %1621 = add i64 %1620, 0
  %1622 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1621
  %1623 = bitcast float* %1622 to <8 x float>*
  %1624 = load <8 x float>, <8 x float>* %1623, align 4
  %1625 = mul i64 %1580, 128
  %1626 = add i64 %1625, %k62
  %1627 = mul i64 %1626, 32
  %1628 = add i64 %1627, 0
  %1629 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1628
  %1630 = bitcast float* %1629 to <8 x float>*
  %1631 = load <8 x float>, <8 x float>* %1630, align 4
  %1632 = mul i64 %1579, 128
  %1633 = add i64 %1632, %k62
  %1634 = mul i64 %1633, 32
  %1635 = add i64 %1634, 8
  %1636 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1635
  %1637 = bitcast float* %1636 to <8 x float>*
  %1638 = load <8 x float>, <8 x float>* %1637, align 4
  %1639 = mul i64 %1580, 128
  %1640 = add i64 %1639, %k62
  %1641 = mul i64 %1640, 32
  %1642 = add i64 %1641, 8
  %1643 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1642
  %1644 = bitcast float* %1643 to <8 x float>*
  %1645 = load <8 x float>, <8 x float>* %1644, align 4
  %1646 = mul i64 %1579, 128
  %1647 = add i64 %1646, %k62
  %1648 = mul i64 %1647, 32
  %1649 = add i64 %1648, 16
  %1650 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1649
  %1651 = bitcast float* %1650 to <8 x float>*
  %1652 = load <8 x float>, <8 x float>* %1651, align 4
  %1653 = mul i64 %1580, 128
  %1654 = add i64 %1653, %k62
  %1655 = mul i64 %1654, 32
  %1656 = add i64 %1655, 16
  %1657 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1656
  %1658 = bitcast float* %1657 to <8 x float>*
  %1659 = load <8 x float>, <8 x float>* %1658, align 4
  %1660 = mul i64 %1579, 128
  %1661 = add i64 %1660, %k62
  %1662 = mul i64 %1661, 32
  %1663 = add i64 %1662, 24
  %1664 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1663
  %1665 = bitcast float* %1664 to <8 x float>*
  %1666 = load <8 x float>, <8 x float>* %1665, align 4
  %1667 = mul i64 %1580, 128
  %1668 = add i64 %1667, %k62
  %1669 = mul i64 %1668, 32
  %1670 = add i64 %1669, 24
  %1671 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1670
  %1672 = bitcast float* %1671 to <8 x float>*
  %1673 = load <8 x float>, <8 x float>* %1672, align 4
  %1674 = getelementptr inbounds float, float* %1569, i64 %k62
  %1675 = load float, float* %1674, align 4
  %1676 = insertelement <8 x float> undef, float %1675, i32 0
  %splat63 = shufflevector <8 x float> %1676, <8 x float> undef, <8 x i32> zeroinitializer
  %1677 = load <8 x float>, <8 x float>* %29, align 32
  %1678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1624, <8 x float> %1677)
  store <8 x float> %1678, <8 x float>* %29, align 32
  %1679 = load <8 x float>, <8 x float>* %28, align 32
  %1680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1631, <8 x float> %1679)
  store <8 x float> %1680, <8 x float>* %28, align 32
  %1681 = load <8 x float>, <8 x float>* %27, align 32
  %1682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1638, <8 x float> %1681)
  store <8 x float> %1682, <8 x float>* %27, align 32
  %1683 = load <8 x float>, <8 x float>* %26, align 32
  %1684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1645, <8 x float> %1683)
  store <8 x float> %1684, <8 x float>* %26, align 32
  %1685 = load <8 x float>, <8 x float>* %25, align 32
  %1686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1652, <8 x float> %1685)
  store <8 x float> %1686, <8 x float>* %25, align 32
  %1687 = load <8 x float>, <8 x float>* %24, align 32
  %1688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1659, <8 x float> %1687)
  store <8 x float> %1688, <8 x float>* %24, align 32
  %1689 = load <8 x float>, <8 x float>* %23, align 32
  %1690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1666, <8 x float> %1689)
  store <8 x float> %1690, <8 x float>* %23, align 32
  %1691 = load <8 x float>, <8 x float>* %22, align 32
  %1692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1673, <8 x float> %1691)
  store <8 x float> %1692, <8 x float>* %22, align 32
  %k.next64 = add i64 %k62, 1
  br label %k.header59

k.exit61:                                         ; preds = %k.header59
  %1693 = add i64 0, %1581
  %1694 = add i64 %1574, %1693
  %1695 = getelementptr inbounds float, float* %2, i64 %1694
  %1696 = bitcast float* %1695 to <8 x float>*
  %1697 = load <8 x float>, <8 x float>* %1696, align 4
  %1698 = load <8 x float>, <8 x float>* %29, align 32
  %1699 = add i64 128, %1581
  %1700 = add i64 %1574, %1699
  %1701 = getelementptr inbounds float, float* %2, i64 %1700
  %1702 = bitcast float* %1701 to <8 x float>*
  %1703 = load <8 x float>, <8 x float>* %1702, align 4
  %1704 = load <8 x float>, <8 x float>* %27, align 32
  %1705 = add i64 256, %1581
  %1706 = add i64 %1574, %1705
  %1707 = getelementptr inbounds float, float* %2, i64 %1706
  %1708 = bitcast float* %1707 to <8 x float>*
  %1709 = load <8 x float>, <8 x float>* %1708, align 4
  %1710 = load <8 x float>, <8 x float>* %25, align 32
  %1711 = add i64 384, %1581
  %1712 = add i64 %1574, %1711
  %1713 = getelementptr inbounds float, float* %2, i64 %1712
  %1714 = bitcast float* %1713 to <8 x float>*
  %1715 = load <8 x float>, <8 x float>* %1714, align 4
  %1716 = load <8 x float>, <8 x float>* %23, align 32
  %1717 = getelementptr inbounds float, float* %1553, i64 %1581
  %1718 = bitcast float* %1717 to <8 x float>*
  %1719 = load <8 x float>, <8 x float>* %1718, align 4
  %1720 = fadd <8 x float> %1697, %1698
  %1721 = fneg <8 x float> %1720
  %1722 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1721, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1723 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1722, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1723, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1725 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1724)
  %1726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1725, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1723)
  %1727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1725, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1726)
  %1728 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1727, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1728, <8 x float> %1727, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1729, <8 x float> %1727, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1730, <8 x float> %1727, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1731, <8 x float> %1727, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1733 = fmul <8 x float> %1727, %1727
  %1734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1732, <8 x float> %1733, <8 x float> %1727)
  %1735 = fadd <8 x float> %1734, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1736 = fptosi <8 x float> %1725 to <8 x i32>
  %1737 = add <8 x i32> %1736, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1738 = shl <8 x i32> %1737, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1739 = bitcast <8 x i32> %1738 to <8 x float>
  %1740 = fmul <8 x float> %1735, %1739
  %1741 = fcmp uno <8 x float> %1721, %1721
  %1742 = select <8 x i1> %1741, <8 x float> %1721, <8 x float> %1740
  %1743 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1742
  %1744 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1743
  %1745 = fadd <8 x float> %1703, %1704
  %1746 = fneg <8 x float> %1745
  %1747 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1746, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1748 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1747, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1748, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1750 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1749)
  %1751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1750, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1748)
  %1752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1750, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1751)
  %1753 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1752, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1753, <8 x float> %1752, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1754, <8 x float> %1752, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1755, <8 x float> %1752, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1756, <8 x float> %1752, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1758 = fmul <8 x float> %1752, %1752
  %1759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1757, <8 x float> %1758, <8 x float> %1752)
  %1760 = fadd <8 x float> %1759, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1761 = fptosi <8 x float> %1750 to <8 x i32>
  %1762 = add <8 x i32> %1761, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1763 = shl <8 x i32> %1762, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1764 = bitcast <8 x i32> %1763 to <8 x float>
  %1765 = fmul <8 x float> %1760, %1764
  %1766 = fcmp uno <8 x float> %1746, %1746
  %1767 = select <8 x i1> %1766, <8 x float> %1746, <8 x float> %1765
  %1768 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1767
  %1769 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1768
  %1770 = fadd <8 x float> %1709, %1710
  %1771 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1770)
  %1772 = fmul <8 x float> %1770, %1770
  %1773 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1772, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1773, <8 x float> %1772, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1774, <8 x float> %1772, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1775, <8 x float> %1772, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1777 = fmul <8 x float> %1776, %1772
  %1778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1777, <8 x float> %1770, <8 x float> %1770)
  %1779 = fmul <8 x float> %1771, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1780 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1779, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1781 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1780, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1782 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1781, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1783 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1782)
  %1784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1783, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1781)
  %1785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1783, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1784)
  %1786 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1785, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1786, <8 x float> %1785, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1787, <8 x float> %1785, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1788, <8 x float> %1785, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1790 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1789, <8 x float> %1785, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1791 = fmul <8 x float> %1785, %1785
  %1792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1790, <8 x float> %1791, <8 x float> %1785)
  %1793 = fadd <8 x float> %1792, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1794 = fptosi <8 x float> %1783 to <8 x i32>
  %1795 = add <8 x i32> %1794, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1796 = shl <8 x i32> %1795, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1797 = bitcast <8 x i32> %1796 to <8 x float>
  %1798 = fmul <8 x float> %1793, %1797
  %1799 = fcmp uno <8 x float> %1779, %1779
  %1800 = select <8 x i1> %1799, <8 x float> %1779, <8 x float> %1798
  %1801 = fadd <8 x float> %1800, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1802 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1801
  %1803 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1802
  %1804 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1803, <8 x float> %1770)
  %1805 = fcmp olt <8 x float> %1771, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1806 = select <8 x i1> %1805, <8 x float> %1778, <8 x float> %1804
  %1807 = fmul <8 x float> %1744, %1806
  %1808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1769, <8 x float> %1719, <8 x float> %1807)
  %1809 = getelementptr inbounds float, float* %1553, i64 %1581
  %1810 = bitcast float* %1809 to <8 x float>*
  store <8 x float> %1808, <8 x float>* %1810, align 4
  %1811 = fadd <8 x float> %1715, %1716
  %1812 = fneg <8 x float> %1811
  %1813 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1812, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1814 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1813, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1814, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1816 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1815)
  %1817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1816, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1814)
  %1818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1816, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1817)
  %1819 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1818, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1819, <8 x float> %1818, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1820, <8 x float> %1818, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1821, <8 x float> %1818, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1822, <8 x float> %1818, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1824 = fmul <8 x float> %1818, %1818
  %1825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1823, <8 x float> %1824, <8 x float> %1818)
  %1826 = fadd <8 x float> %1825, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1827 = fptosi <8 x float> %1816 to <8 x i32>
  %1828 = add <8 x i32> %1827, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1829 = shl <8 x i32> %1828, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1830 = bitcast <8 x i32> %1829 to <8 x float>
  %1831 = fmul <8 x float> %1826, %1830
  %1832 = fcmp uno <8 x float> %1812, %1812
  %1833 = select <8 x i1> %1832, <8 x float> %1812, <8 x float> %1831
  %1834 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1833
  %1835 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1834
  %1836 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1808)
  %1837 = fmul <8 x float> %1808, %1808
  %1838 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1837, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1838, <8 x float> %1837, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1839, <8 x float> %1837, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1840, <8 x float> %1837, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1842 = fmul <8 x float> %1841, %1837
  %1843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1842, <8 x float> %1808, <8 x float> %1808)
  %1844 = fmul <8 x float> %1836, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1845 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1844, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1846 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1845, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1846, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1848 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1847)
  %1849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1848, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1846)
  %1850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1848, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1849)
  %1851 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1850, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1851, <8 x float> %1850, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1852, <8 x float> %1850, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1853, <8 x float> %1850, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1854, <8 x float> %1850, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1856 = fmul <8 x float> %1850, %1850
  %1857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1855, <8 x float> %1856, <8 x float> %1850)
  %1858 = fadd <8 x float> %1857, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1859 = fptosi <8 x float> %1848 to <8 x i32>
  %1860 = add <8 x i32> %1859, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1861 = shl <8 x i32> %1860, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1862 = bitcast <8 x i32> %1861 to <8 x float>
  %1863 = fmul <8 x float> %1858, %1862
  %1864 = fcmp uno <8 x float> %1844, %1844
  %1865 = select <8 x i1> %1864, <8 x float> %1844, <8 x float> %1863
  %1866 = fadd <8 x float> %1865, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1867 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1866
  %1868 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1867
  %1869 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1868, <8 x float> %1808)
  %1870 = fcmp olt <8 x float> %1836, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1871 = select <8 x i1> %1870, <8 x float> %1843, <8 x float> %1869
  %1872 = fmul <8 x float> %1835, %1871
  %1873 = getelementptr inbounds float, float* %1570, i64 %1581
  %1874 = bitcast float* %1873 to <8 x float>*
  store <8 x float> %1872, <8 x float>* %1874, align 4
  %1875 = mul i64 %1554, 50
  %1876 = add i64 %1875, %s54
  %1877 = mul i64 %1876, 256
  %1878 = add i64 %1877, 0
  %1879 = add i64 %1878, %1581
  %1880 = getelementptr inbounds float, float* %0, i64 %1879
  %1881 = bitcast float* %1880 to <8 x float>*
  store <8 x float> %1872, <8 x float>* %1881, align 4
  %1882 = add i64 0, %1582
  %1883 = add i64 %1574, %1882
  %1884 = getelementptr inbounds float, float* %2, i64 %1883
  %1885 = bitcast float* %1884 to <8 x float>*
  %1886 = load <8 x float>, <8 x float>* %1885, align 4
  %1887 = load <8 x float>, <8 x float>* %28, align 32
  %1888 = add i64 128, %1582
  %1889 = add i64 %1574, %1888
  %1890 = getelementptr inbounds float, float* %2, i64 %1889
  %1891 = bitcast float* %1890 to <8 x float>*
  %1892 = load <8 x float>, <8 x float>* %1891, align 4
  %1893 = load <8 x float>, <8 x float>* %26, align 32
  %1894 = add i64 256, %1582
  %1895 = add i64 %1574, %1894
  %1896 = getelementptr inbounds float, float* %2, i64 %1895
  %1897 = bitcast float* %1896 to <8 x float>*
  %1898 = load <8 x float>, <8 x float>* %1897, align 4
  %1899 = load <8 x float>, <8 x float>* %24, align 32
  %1900 = add i64 384, %1582
  %1901 = add i64 %1574, %1900
  %1902 = getelementptr inbounds float, float* %2, i64 %1901
  %1903 = bitcast float* %1902 to <8 x float>*
  %1904 = load <8 x float>, <8 x float>* %1903, align 4
  %1905 = load <8 x float>, <8 x float>* %22, align 32
  %1906 = getelementptr inbounds float, float* %1553, i64 %1582
  %1907 = bitcast float* %1906 to <8 x float>*
  %1908 = load <8 x float>, <8 x float>* %1907, align 4
  %1909 = fadd <8 x float> %1886, %1887
  %1910 = fneg <8 x float> %1909
  %1911 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1910, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1912 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1911, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1912, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1914 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1913)
  %1915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1914, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1912)
  %1916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1914, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1915)
  %1917 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1916, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1917, <8 x float> %1916, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1918, <8 x float> %1916, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1919, <8 x float> %1916, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1920, <8 x float> %1916, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1922 = fmul <8 x float> %1916, %1916
  %1923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1921, <8 x float> %1922, <8 x float> %1916)
  %1924 = fadd <8 x float> %1923, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1925 = fptosi <8 x float> %1914 to <8 x i32>
  %1926 = add <8 x i32> %1925, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1927 = shl <8 x i32> %1926, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1928 = bitcast <8 x i32> %1927 to <8 x float>
  %1929 = fmul <8 x float> %1924, %1928
  %1930 = fcmp uno <8 x float> %1910, %1910
  %1931 = select <8 x i1> %1930, <8 x float> %1910, <8 x float> %1929
  %1932 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1931
  %1933 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1932
  %1934 = fadd <8 x float> %1892, %1893
  %1935 = fneg <8 x float> %1934
  %1936 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1935, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1937 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1936, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1937, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1939 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1938)
  %1940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1939, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1937)
  %1941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1939, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1940)
  %1942 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1941, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1942, <8 x float> %1941, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1943, <8 x float> %1941, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1944, <8 x float> %1941, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1945, <8 x float> %1941, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1947 = fmul <8 x float> %1941, %1941
  %1948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1946, <8 x float> %1947, <8 x float> %1941)
  %1949 = fadd <8 x float> %1948, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1950 = fptosi <8 x float> %1939 to <8 x i32>
  %1951 = add <8 x i32> %1950, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1952 = shl <8 x i32> %1951, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1953 = bitcast <8 x i32> %1952 to <8 x float>
  %1954 = fmul <8 x float> %1949, %1953
  %1955 = fcmp uno <8 x float> %1935, %1935
  %1956 = select <8 x i1> %1955, <8 x float> %1935, <8 x float> %1954
  %1957 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1956
  %1958 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1957
  %1959 = fadd <8 x float> %1898, %1899
  %1960 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1959)
  %1961 = fmul <8 x float> %1959, %1959
  %1962 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1961, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1962, <8 x float> %1961, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1963, <8 x float> %1961, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1964, <8 x float> %1961, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1966 = fmul <8 x float> %1965, %1961
  %1967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1966, <8 x float> %1959, <8 x float> %1959)
  %1968 = fmul <8 x float> %1960, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1969 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1968, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1970 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1969, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1970, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1972 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1971)
  %1973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1972, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1970)
  %1974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1972, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1973)
  %1975 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1974, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1975, <8 x float> %1974, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1976, <8 x float> %1974, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1977, <8 x float> %1974, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1978, <8 x float> %1974, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1980 = fmul <8 x float> %1974, %1974
  %1981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1979, <8 x float> %1980, <8 x float> %1974)
  %1982 = fadd <8 x float> %1981, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1983 = fptosi <8 x float> %1972 to <8 x i32>
  %1984 = add <8 x i32> %1983, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1985 = shl <8 x i32> %1984, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1986 = bitcast <8 x i32> %1985 to <8 x float>
  %1987 = fmul <8 x float> %1982, %1986
  %1988 = fcmp uno <8 x float> %1968, %1968
  %1989 = select <8 x i1> %1988, <8 x float> %1968, <8 x float> %1987
  %1990 = fadd <8 x float> %1989, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1991 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1990
  %1992 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1991
  %1993 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1992, <8 x float> %1959)
  %1994 = fcmp olt <8 x float> %1960, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1995 = select <8 x i1> %1994, <8 x float> %1967, <8 x float> %1993
  %1996 = fmul <8 x float> %1933, %1995
  %1997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1958, <8 x float> %1908, <8 x float> %1996)
  %1998 = getelementptr inbounds float, float* %1553, i64 %1582
  %1999 = bitcast float* %1998 to <8 x float>*
  store <8 x float> %1997, <8 x float>* %1999, align 4
  %2000 = fadd <8 x float> %1904, %1905
  %2001 = fneg <8 x float> %2000
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
  %2021 = fcmp uno <8 x float> %2001, %2001
  %2022 = select <8 x i1> %2021, <8 x float> %2001, <8 x float> %2020
  %2023 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2022
  %2024 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2023
  %2025 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1997)
  %2026 = fmul <8 x float> %1997, %1997
  %2027 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2026, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2027, <8 x float> %2026, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2028, <8 x float> %2026, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2029, <8 x float> %2026, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2031 = fmul <8 x float> %2030, %2026
  %2032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2031, <8 x float> %1997, <8 x float> %1997)
  %2033 = fmul <8 x float> %2025, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2034 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2033, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2035 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2034, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2035, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2037 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2036)
  %2038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2037, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2035)
  %2039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2037, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2038)
  %2040 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2039, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2040, <8 x float> %2039, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2041, <8 x float> %2039, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2042, <8 x float> %2039, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2043, <8 x float> %2039, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2045 = fmul <8 x float> %2039, %2039
  %2046 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2044, <8 x float> %2045, <8 x float> %2039)
  %2047 = fadd <8 x float> %2046, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2048 = fptosi <8 x float> %2037 to <8 x i32>
  %2049 = add <8 x i32> %2048, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2050 = shl <8 x i32> %2049, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2051 = bitcast <8 x i32> %2050 to <8 x float>
  %2052 = fmul <8 x float> %2047, %2051
  %2053 = fcmp uno <8 x float> %2033, %2033
  %2054 = select <8 x i1> %2053, <8 x float> %2033, <8 x float> %2052
  %2055 = fadd <8 x float> %2054, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2056 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2055
  %2057 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2056
  %2058 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2057, <8 x float> %1997)
  %2059 = fcmp olt <8 x float> %2025, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2060 = select <8 x i1> %2059, <8 x float> %2032, <8 x float> %2058
  %2061 = fmul <8 x float> %2024, %2060
  %2062 = getelementptr inbounds float, float* %1570, i64 %1582
  %2063 = bitcast float* %2062 to <8 x float>*
  store <8 x float> %2061, <8 x float>* %2063, align 4
  %2064 = mul i64 %1554, 50
  %2065 = add i64 %2064, %s54
  %2066 = mul i64 %2065, 256
  %2067 = add i64 %2066, 0
  %2068 = add i64 %2067, %1582
  %2069 = getelementptr inbounds float, float* %0, i64 %2068
  %2070 = bitcast float* %2069 to <8 x float>*
  store <8 x float> %2061, <8 x float>* %2070, align 4
  %pair.next65 = add i64 %pair58, 1
  br label %pair.header55

then66:                                           ; preds = %pair.exit57
  %2071 = sub i64 %66, 1
  %2072 = mul i64 %2071, 8
  %2073 = add i64 0, %2072
  %2074 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %2073
  %2075 = bitcast float* %2074 to <8 x float>*
  %2076 = load <8 x float>, <8 x float>* %2075, align 4
  store <8 x float> %2076, <8 x float>* %21, align 32
  %2077 = add i64 128, %2072
  %2078 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %2077
  %2079 = bitcast float* %2078 to <8 x float>*
  %2080 = load <8 x float>, <8 x float>* %2079, align 4
  store <8 x float> %2080, <8 x float>* %20, align 32
  %2081 = add i64 256, %2072
  %2082 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %2081
  %2083 = bitcast float* %2082 to <8 x float>*
  %2084 = load <8 x float>, <8 x float>* %2083, align 4
  store <8 x float> %2084, <8 x float>* %19, align 32
  %2085 = add i64 384, %2072
  %2086 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %2085
  %2087 = bitcast float* %2086 to <8 x float>*
  %2088 = load <8 x float>, <8 x float>* %2087, align 4
  store <8 x float> %2088, <8 x float>* %18, align 32
  br label %k.header68

endif67:                                          ; preds = %k.exit70, %pair.exit57
  call void @GOMP_barrier()
  %s.next74 = add i64 %s54, 1
  br label %s.header51

k.header68:                                       ; preds = %k.body69, %then66
  %k71 = phi i64 [ 0, %then66 ], [ %k.next73, %k.body69 ]
  %2089 = icmp slt i64 %k71, 128
  br i1 %2089, label %k.body69, label %k.exit70

k.body69:                                         ; preds = %k.header68
  %2090 = mul i64 %2071, 128
  %2091 = add i64 %2090, %k71
  %2092 = mul i64 %2091, 32
  %2093 = add i64 %2092, 0
  %2094 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %2093
  %2095 = bitcast float* %2094 to <8 x float>*
  %2096 = load <8 x float>, <8 x float>* %2095, align 4
  %2097 = mul i64 %2071, 128
  %2098 = add i64 %2097, %k71
  %2099 = mul i64 %2098, 32
  %2100 = add i64 %2099, 8
  %2101 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %2100
  %2102 = bitcast float* %2101 to <8 x float>*
  %2103 = load <8 x float>, <8 x float>* %2102, align 4
  %2104 = mul i64 %2071, 128
  %2105 = add i64 %2104, %k71
  %2106 = mul i64 %2105, 32
  %2107 = add i64 %2106, 16
  %2108 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %2107
  %2109 = bitcast float* %2108 to <8 x float>*
  %2110 = load <8 x float>, <8 x float>* %2109, align 4
  %2111 = mul i64 %2071, 128
  %2112 = add i64 %2111, %k71
  %2113 = mul i64 %2112, 32
  %2114 = add i64 %2113, 24
  %2115 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %2114
  %2116 = bitcast float* %2115 to <8 x float>*
  %2117 = load <8 x float>, <8 x float>* %2116, align 4
  %2118 = getelementptr inbounds float, float* %1569, i64 %k71
  %2119 = load float, float* %2118, align 4
  %2120 = insertelement <8 x float> undef, float %2119, i32 0
  %splat72 = shufflevector <8 x float> %2120, <8 x float> undef, <8 x i32> zeroinitializer
  %2121 = load <8 x float>, <8 x float>* %21, align 32
  %2122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %2096, <8 x float> %2121)
  store <8 x float> %2122, <8 x float>* %21, align 32
  %2123 = load <8 x float>, <8 x float>* %20, align 32
  %2124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %2103, <8 x float> %2123)
  store <8 x float> %2124, <8 x float>* %20, align 32
  %2125 = load <8 x float>, <8 x float>* %19, align 32
  %2126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %2110, <8 x float> %2125)
  store <8 x float> %2126, <8 x float>* %19, align 32
  %2127 = load <8 x float>, <8 x float>* %18, align 32
  %2128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %2117, <8 x float> %2127)
  store <8 x float> %2128, <8 x float>* %18, align 32
  %k.next73 = add i64 %k71, 1
  br label %k.header68

k.exit70:                                         ; preds = %k.header68
  %2129 = add i64 0, %2072
  %2130 = add i64 %1574, %2129
  %2131 = getelementptr inbounds float, float* %2, i64 %2130
  %2132 = bitcast float* %2131 to <8 x float>*
  %2133 = load <8 x float>, <8 x float>* %2132, align 4
  %2134 = load <8 x float>, <8 x float>* %21, align 32
  %2135 = add i64 128, %2072
  %2136 = add i64 %1574, %2135
  %2137 = getelementptr inbounds float, float* %2, i64 %2136
  %2138 = bitcast float* %2137 to <8 x float>*
  %2139 = load <8 x float>, <8 x float>* %2138, align 4
  %2140 = load <8 x float>, <8 x float>* %20, align 32
  %2141 = add i64 256, %2072
  %2142 = add i64 %1574, %2141
  %2143 = getelementptr inbounds float, float* %2, i64 %2142
  %2144 = bitcast float* %2143 to <8 x float>*
  %2145 = load <8 x float>, <8 x float>* %2144, align 4
  %2146 = load <8 x float>, <8 x float>* %19, align 32
  %2147 = add i64 384, %2072
  %2148 = add i64 %1574, %2147
  %2149 = getelementptr inbounds float, float* %2, i64 %2148
  %2150 = bitcast float* %2149 to <8 x float>*
  %2151 = load <8 x float>, <8 x float>* %2150, align 4
  %2152 = load <8 x float>, <8 x float>* %18, align 32
  %2153 = getelementptr inbounds float, float* %1553, i64 %2072
  %2154 = bitcast float* %2153 to <8 x float>*
  %2155 = load <8 x float>, <8 x float>* %2154, align 4
  %2156 = fadd <8 x float> %2133, %2134
  %2157 = fneg <8 x float> %2156
  %2158 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2157, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2159 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2158, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2159, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2161 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2160)
  %2162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2161, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2159)
  %2163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2161, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2162)
  %2164 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2163, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2164, <8 x float> %2163, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2165, <8 x float> %2163, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2166, <8 x float> %2163, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2167, <8 x float> %2163, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2169 = fmul <8 x float> %2163, %2163
  %2170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2168, <8 x float> %2169, <8 x float> %2163)
  %2171 = fadd <8 x float> %2170, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2172 = fptosi <8 x float> %2161 to <8 x i32>
  %2173 = add <8 x i32> %2172, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2174 = shl <8 x i32> %2173, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2175 = bitcast <8 x i32> %2174 to <8 x float>
  %2176 = fmul <8 x float> %2171, %2175
  %2177 = fcmp uno <8 x float> %2157, %2157
  %2178 = select <8 x i1> %2177, <8 x float> %2157, <8 x float> %2176
  %2179 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2178
  %2180 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2179
  %2181 = fadd <8 x float> %2139, %2140
  %2182 = fneg <8 x float> %2181
  %2183 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2182, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2184 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2183, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2184, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2186 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2185)
  %2187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2186, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2184)
  %2188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2186, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2187)
  %2189 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2188, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2189, <8 x float> %2188, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2190, <8 x float> %2188, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2191, <8 x float> %2188, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2192, <8 x float> %2188, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2194 = fmul <8 x float> %2188, %2188
  %2195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2193, <8 x float> %2194, <8 x float> %2188)
  %2196 = fadd <8 x float> %2195, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2197 = fptosi <8 x float> %2186 to <8 x i32>
  %2198 = add <8 x i32> %2197, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2199 = shl <8 x i32> %2198, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2200 = bitcast <8 x i32> %2199 to <8 x float>
  %2201 = fmul <8 x float> %2196, %2200
  %2202 = fcmp uno <8 x float> %2182, %2182
  %2203 = select <8 x i1> %2202, <8 x float> %2182, <8 x float> %2201
  %2204 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2203
  %2205 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2204
  %2206 = fadd <8 x float> %2145, %2146
  %2207 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2206)
  %2208 = fmul <8 x float> %2206, %2206
  %2209 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2208, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2209, <8 x float> %2208, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2210, <8 x float> %2208, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2211, <8 x float> %2208, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2213 = fmul <8 x float> %2212, %2208
  %2214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2213, <8 x float> %2206, <8 x float> %2206)
  %2215 = fmul <8 x float> %2207, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2216 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2215, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2217 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2216, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2217, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2219 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2218)
  %2220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2219, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2217)
  %2221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2219, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2220)
  %2222 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2221, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2222, <8 x float> %2221, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2223, <8 x float> %2221, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2224, <8 x float> %2221, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2225, <8 x float> %2221, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2227 = fmul <8 x float> %2221, %2221
  %2228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2226, <8 x float> %2227, <8 x float> %2221)
  %2229 = fadd <8 x float> %2228, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2230 = fptosi <8 x float> %2219 to <8 x i32>
  %2231 = add <8 x i32> %2230, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2232 = shl <8 x i32> %2231, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2233 = bitcast <8 x i32> %2232 to <8 x float>
  %2234 = fmul <8 x float> %2229, %2233
  %2235 = fcmp uno <8 x float> %2215, %2215
  %2236 = select <8 x i1> %2235, <8 x float> %2215, <8 x float> %2234
  %2237 = fadd <8 x float> %2236, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2238 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2237
  %2239 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2238
  %2240 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2239, <8 x float> %2206)
  %2241 = fcmp olt <8 x float> %2207, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2242 = select <8 x i1> %2241, <8 x float> %2214, <8 x float> %2240
  %2243 = fmul <8 x float> %2180, %2242
  %2244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2205, <8 x float> %2155, <8 x float> %2243)
  %2245 = getelementptr inbounds float, float* %1553, i64 %2072
  %2246 = bitcast float* %2245 to <8 x float>*
  store <8 x float> %2244, <8 x float>* %2246, align 4
  %2247 = fadd <8 x float> %2151, %2152
  %2248 = fneg <8 x float> %2247
  %2249 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2248, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2250 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2249, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2250, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2252 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2251)
  %2253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2252, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2250)
  %2254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2252, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2253)
  %2255 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2254, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2255, <8 x float> %2254, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2256, <8 x float> %2254, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2257, <8 x float> %2254, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2258, <8 x float> %2254, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2260 = fmul <8 x float> %2254, %2254
  %2261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2259, <8 x float> %2260, <8 x float> %2254)
  %2262 = fadd <8 x float> %2261, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2263 = fptosi <8 x float> %2252 to <8 x i32>
  %2264 = add <8 x i32> %2263, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2265 = shl <8 x i32> %2264, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2266 = bitcast <8 x i32> %2265 to <8 x float>
  %2267 = fmul <8 x float> %2262, %2266
  %2268 = fcmp uno <8 x float> %2248, %2248
  %2269 = select <8 x i1> %2268, <8 x float> %2248, <8 x float> %2267
  %2270 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2269
  %2271 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2270
  %2272 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2244)
  %2273 = fmul <8 x float> %2244, %2244
  %2274 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2273, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2274, <8 x float> %2273, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2275, <8 x float> %2273, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2276, <8 x float> %2273, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2278 = fmul <8 x float> %2277, %2273
  %2279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2278, <8 x float> %2244, <8 x float> %2244)
  %2280 = fmul <8 x float> %2272, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2281 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2280, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2282 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2281, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2282, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2284 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2283)
  %2285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2284, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2282)
  %2286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2284, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2285)
  %2287 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2286, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2287, <8 x float> %2286, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2288, <8 x float> %2286, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2289, <8 x float> %2286, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2290, <8 x float> %2286, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2292 = fmul <8 x float> %2286, %2286
  %2293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2291, <8 x float> %2292, <8 x float> %2286)
  %2294 = fadd <8 x float> %2293, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2295 = fptosi <8 x float> %2284 to <8 x i32>
  %2296 = add <8 x i32> %2295, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2297 = shl <8 x i32> %2296, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2298 = bitcast <8 x i32> %2297 to <8 x float>
  %2299 = fmul <8 x float> %2294, %2298
  %2300 = fcmp uno <8 x float> %2280, %2280
  %2301 = select <8 x i1> %2300, <8 x float> %2280, <8 x float> %2299
  %2302 = fadd <8 x float> %2301, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2303 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2302
  %2304 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2303
  %2305 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2304, <8 x float> %2244)
  %2306 = fcmp olt <8 x float> %2272, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2307 = select <8 x i1> %2306, <8 x float> %2279, <8 x float> %2305
  %2308 = fmul <8 x float> %2271, %2307
  %2309 = getelementptr inbounds float, float* %1570, i64 %2072
  %2310 = bitcast float* %2309 to <8 x float>*
  store <8 x float> %2308, <8 x float>* %2310, align 4
  %2311 = mul i64 %1554, 50
  %2312 = add i64 %2311, %s54
  %2313 = mul i64 %2312, 256
  %2314 = add i64 %2313, 0
  %2315 = add i64 %2314, %2072
  %2316 = getelementptr inbounds float, float* %0, i64 %2315
  %2317 = bitcast float* %2316 to <8 x float>*
  store <8 x float> %2308, <8 x float>* %2317, align 4
  br label %endif67

then75:                                           ; preds = %endif45
  br label %zero.header77

endif76:                                          ; preds = %s.exit84, %endif45
  %sequence.next = add i64 %sequence, 1
  br label %sequence.header

zero.header77:                                    ; preds = %zero.body78, %then75
  %zero80 = phi i64 [ %63, %then75 ], [ %zero.next81, %zero.body78 ]
  %2318 = icmp slt i64 %zero80, %66
  br i1 %2318, label %zero.body78, label %zero.exit79

zero.body78:                                      ; preds = %zero.header77
  %2319 = mul i64 %zero80, 8
  %2320 = getelementptr inbounds float, float* %1551, i64 %2319
  %2321 = bitcast float* %2320 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %2321, align 4
  %2322 = mul i64 %zero80, 8
  %2323 = getelementptr inbounds float, float* %1553, i64 %2322
  %2324 = bitcast float* %2323 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %2324, align 4
  %zero.next81 = add i64 %zero80, 1
  br label %zero.header77

zero.exit79:                                      ; preds = %zero.header77
  call void @GOMP_barrier()
  br label %s.header82

s.header82:                                       ; preds = %endif98, %zero.exit79
  %s85 = phi i64 [ 0, %zero.exit79 ], [ %s.next105, %endif98 ]
  %2325 = icmp slt i64 %s85, 50
  br i1 %2325, label %s.body83, label %s.exit84

s.body83:                                         ; preds = %s.header82
  %2326 = sub i64 49, %s85
  %2327 = and i64 %s85, 1
  %2328 = icmp eq i64 %2327, 0
  %2329 = select i1 %2328, float* %1551, float* %1552
  %2330 = select i1 %2328, float* %1552, float* %1551
  %2331 = add i64 1, %1554
  %2332 = mul i64 %2331, 50
  %2333 = add i64 %2332, %2326
  %2334 = mul i64 %2333, 512
  %2335 = sub i64 %66, %63
  %2336 = sdiv i64 %2335, 2
  br label %pair.header86

s.exit84:                                         ; preds = %s.header82
  br label %endif76

pair.header86:                                    ; preds = %k.exit92, %s.body83
  %pair89 = phi i64 [ 0, %s.body83 ], [ %pair.next96, %k.exit92 ]
  %2337 = icmp slt i64 %pair89, %2336
  br i1 %2337, label %pair.body87, label %pair.exit88

pair.body87:                                      ; preds = %pair.header86
  %2338 = mul i64 %pair89, 2
  %2339 = add i64 %63, %2338
  %2340 = add i64 %2339, 1
  %2341 = mul i64 %2339, 8
  %2342 = mul i64 %2340, 8
  %2343 = add i64 0, %2341
  %2344 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2343
  %2345 = bitcast float* %2344 to <8 x float>*
  %2346 = load <8 x float>, <8 x float>* %2345, align 4
  store <8 x float> %2346, <8 x float>* %17, align 32
  %2347 = add i64 0, %2342
  %2348 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2347
  %2349 = bitcast float* %2348 to <8 x float>*
  %2350 = load <8 x float>, <8 x float>* %2349, align 4
  store <8 x float> %2350, <8 x float>* %16, align 32
  %2351 = add i64 128, %2341
  %2352 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2351
  %2353 = bitcast float* %2352 to <8 x float>*
  %2354 = load <8 x float>, <8 x float>* %2353, align 4
  store <8 x float> %2354, <8 x float>* %15, align 32
  %2355 = add i64 128, %2342
  %2356 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2355
  %2357 = bitcast float* %2356 to <8 x float>*
  %2358 = load <8 x float>, <8 x float>* %2357, align 4
  store <8 x float> %2358, <8 x float>* %14, align 32
  %2359 = add i64 256, %2341
  %2360 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2359
  %2361 = bitcast float* %2360 to <8 x float>*
  %2362 = load <8 x float>, <8 x float>* %2361, align 4
  store <8 x float> %2362, <8 x float>* %13, align 32
  %2363 = add i64 256, %2342
  %2364 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2363
  %2365 = bitcast float* %2364 to <8 x float>*
  %2366 = load <8 x float>, <8 x float>* %2365, align 4
  store <8 x float> %2366, <8 x float>* %12, align 32
  %2367 = add i64 384, %2341
  %2368 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2367
  %2369 = bitcast float* %2368 to <8 x float>*
  %2370 = load <8 x float>, <8 x float>* %2369, align 4
  store <8 x float> %2370, <8 x float>* %11, align 32
  %2371 = add i64 384, %2342
  %2372 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2371
  %2373 = bitcast float* %2372 to <8 x float>*
  %2374 = load <8 x float>, <8 x float>* %2373, align 4
  store <8 x float> %2374, <8 x float>* %10, align 32
  br label %k.header90

pair.exit88:                                      ; preds = %pair.header86
  %2375 = srem i64 %2335, 2
  %2376 = icmp eq i64 %2375, 1
  br i1 %2376, label %then97, label %endif98

k.header90:                                       ; preds = %k.body91, %pair.body87
  %k93 = phi i64 [ 0, %pair.body87 ], [ %k.next95, %k.body91 ]
  %2377 = icmp slt i64 %k93, 128
  br i1 %2377, label %k.body91, label %k.exit92

k.body91:                                         ; preds = %k.header90
  %2378 = mul i64 %2339, 128
  %2379 = add i64 %2378, %k93
  %2380 = mul i64 %2379, 32
  %2381 = add i64 %2380, 0
  %2382 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2381
  %2383 = bitcast float* %2382 to <8 x float>*
  %2384 = load <8 x float>, <8 x float>* %2383, align 4
  %2385 = mul i64 %2340, 128
  %2386 = add i64 %2385, %k93
  %2387 = mul i64 %2386, 32
  %2388 = add i64 %2387, 0
  %2389 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2388
  %2390 = bitcast float* %2389 to <8 x float>*
  %2391 = load <8 x float>, <8 x float>* %2390, align 4
  %2392 = mul i64 %2339, 128
  %2393 = add i64 %2392, %k93
  %2394 = mul i64 %2393, 32
  %2395 = add i64 %2394, 8
  %2396 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2395
  %2397 = bitcast float* %2396 to <8 x float>*
  %2398 = load <8 x float>, <8 x float>* %2397, align 4
  %2399 = mul i64 %2340, 128
  %2400 = add i64 %2399, %k93
  %2401 = mul i64 %2400, 32
  %2402 = add i64 %2401, 8
  %2403 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2402
  %2404 = bitcast float* %2403 to <8 x float>*
  %2405 = load <8 x float>, <8 x float>* %2404, align 4
  %2406 = mul i64 %2339, 128
  %2407 = add i64 %2406, %k93
  %2408 = mul i64 %2407, 32
  %2409 = add i64 %2408, 16
  %2410 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2409
  %2411 = bitcast float* %2410 to <8 x float>*
  %2412 = load <8 x float>, <8 x float>* %2411, align 4
  %2413 = mul i64 %2340, 128
  %2414 = add i64 %2413, %k93
  %2415 = mul i64 %2414, 32
  %2416 = add i64 %2415, 16
  %2417 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2416
  %2418 = bitcast float* %2417 to <8 x float>*
  %2419 = load <8 x float>, <8 x float>* %2418, align 4
  %2420 = mul i64 %2339, 128
  %2421 = add i64 %2420, %k93
  %2422 = mul i64 %2421, 32
  %2423 = add i64 %2422, 24
  %2424 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2423
  %2425 = bitcast float* %2424 to <8 x float>*
  %2426 = load <8 x float>, <8 x float>* %2425, align 4
  %2427 = mul i64 %2340, 128
  %2428 = add i64 %2427, %k93
  %2429 = mul i64 %2428, 32
  %2430 = add i64 %2429, 24
  %2431 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2430
  %2432 = bitcast float* %2431 to <8 x float>*
  %2433 = load <8 x float>, <8 x float>* %2432, align 4
  %2434 = getelementptr inbounds float, float* %2329, i64 %k93
  %2435 = load float, float* %2434, align 4
  %2436 = insertelement <8 x float> undef, float %2435, i32 0
  %splat94 = shufflevector <8 x float> %2436, <8 x float> undef, <8 x i32> zeroinitializer
  %2437 = load <8 x float>, <8 x float>* %17, align 32
  %2438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2384, <8 x float> %2437)
  store <8 x float> %2438, <8 x float>* %17, align 32
  %2439 = load <8 x float>, <8 x float>* %16, align 32
  %2440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2391, <8 x float> %2439)
  store <8 x float> %2440, <8 x float>* %16, align 32
  %2441 = load <8 x float>, <8 x float>* %15, align 32
  %2442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2398, <8 x float> %2441)
  store <8 x float> %2442, <8 x float>* %15, align 32
  %2443 = load <8 x float>, <8 x float>* %14, align 32
  %2444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2405, <8 x float> %2443)
  store <8 x float> %2444, <8 x float>* %14, align 32
  %2445 = load <8 x float>, <8 x float>* %13, align 32
  %2446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2412, <8 x float> %2445)
  store <8 x float> %2446, <8 x float>* %13, align 32
  %2447 = load <8 x float>, <8 x float>* %12, align 32
  %2448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2419, <8 x float> %2447)
  store <8 x float> %2448, <8 x float>* %12, align 32
  %2449 = load <8 x float>, <8 x float>* %11, align 32
  %2450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2426, <8 x float> %2449)
  store <8 x float> %2450, <8 x float>* %11, align 32
  %2451 = load <8 x float>, <8 x float>* %10, align 32
  %2452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2433, <8 x float> %2451)
  store <8 x float> %2452, <8 x float>* %10, align 32
  %k.next95 = add i64 %k93, 1
  br label %k.header90

k.exit92:                                         ; preds = %k.header90
  %2453 = add i64 0, %2341
  %2454 = add i64 %2334, %2453
  %2455 = getelementptr inbounds float, float* %2, i64 %2454
  %2456 = bitcast float* %2455 to <8 x float>*
  %2457 = load <8 x float>, <8 x float>* %2456, align 4
  %2458 = load <8 x float>, <8 x float>* %17, align 32
  %2459 = add i64 128, %2341
  %2460 = add i64 %2334, %2459
  %2461 = getelementptr inbounds float, float* %2, i64 %2460
  %2462 = bitcast float* %2461 to <8 x float>*
  %2463 = load <8 x float>, <8 x float>* %2462, align 4
  %2464 = load <8 x float>, <8 x float>* %15, align 32
  %2465 = add i64 256, %2341
  %2466 = add i64 %2334, %2465
  %2467 = getelementptr inbounds float, float* %2, i64 %2466
  %2468 = bitcast float* %2467 to <8 x float>*
  %2469 = load <8 x float>, <8 x float>* %2468, align 4
  %2470 = load <8 x float>, <8 x float>* %13, align 32
  %2471 = add i64 384, %2341
  %2472 = add i64 %2334, %2471
  %2473 = getelementptr inbounds float, float* %2, i64 %2472
  %2474 = bitcast float* %2473 to <8 x float>*
  %2475 = load <8 x float>, <8 x float>* %2474, align 4
  %2476 = load <8 x float>, <8 x float>* %11, align 32
  %2477 = getelementptr inbounds float, float* %1553, i64 %2341
  %2478 = bitcast float* %2477 to <8 x float>*
  %2479 = load <8 x float>, <8 x float>* %2478, align 4
  %2480 = fadd <8 x float> %2457, %2458
  %2481 = fneg <8 x float> %2480
  %2482 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2481, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2483 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2482, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2483, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2485 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2484)
  %2486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2485, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2483)
  %2487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2485, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2486)
  %2488 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2487, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2488, <8 x float> %2487, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2489, <8 x float> %2487, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2490, <8 x float> %2487, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2491, <8 x float> %2487, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2493 = fmul <8 x float> %2487, %2487
  %2494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2492, <8 x float> %2493, <8 x float> %2487)
  %2495 = fadd <8 x float> %2494, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2496 = fptosi <8 x float> %2485 to <8 x i32>
  %2497 = add <8 x i32> %2496, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2498 = shl <8 x i32> %2497, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2499 = bitcast <8 x i32> %2498 to <8 x float>
  %2500 = fmul <8 x float> %2495, %2499
  %2501 = fcmp uno <8 x float> %2481, %2481
  %2502 = select <8 x i1> %2501, <8 x float> %2481, <8 x float> %2500
  %2503 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2502
  %2504 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2503
  %2505 = fadd <8 x float> %2463, %2464
  %2506 = fneg <8 x float> %2505
  %2507 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2506, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2508 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2507, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2508, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2510 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2509)
  %2511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2510, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2508)
  %2512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2510, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2511)
  %2513 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2512, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2513, <8 x float> %2512, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2514, <8 x float> %2512, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2515, <8 x float> %2512, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2516, <8 x float> %2512, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2518 = fmul <8 x float> %2512, %2512
  %2519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2517, <8 x float> %2518, <8 x float> %2512)
  %2520 = fadd <8 x float> %2519, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2521 = fptosi <8 x float> %2510 to <8 x i32>
  %2522 = add <8 x i32> %2521, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2523 = shl <8 x i32> %2522, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2524 = bitcast <8 x i32> %2523 to <8 x float>
  %2525 = fmul <8 x float> %2520, %2524
  %2526 = fcmp uno <8 x float> %2506, %2506
  %2527 = select <8 x i1> %2526, <8 x float> %2506, <8 x float> %2525
  %2528 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2527
  %2529 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2528
  %2530 = fadd <8 x float> %2469, %2470
  %2531 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2530)
  %2532 = fmul <8 x float> %2530, %2530
  %2533 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2532, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2533, <8 x float> %2532, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2534, <8 x float> %2532, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2535, <8 x float> %2532, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2537 = fmul <8 x float> %2536, %2532
  %2538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2537, <8 x float> %2530, <8 x float> %2530)
  %2539 = fmul <8 x float> %2531, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2540 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2539, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2541 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2540, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2541, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2543 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2542)
  %2544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2543, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2541)
  %2545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2543, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2544)
  %2546 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2545, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2546, <8 x float> %2545, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2547, <8 x float> %2545, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2548, <8 x float> %2545, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2549, <8 x float> %2545, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2551 = fmul <8 x float> %2545, %2545
  %2552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2550, <8 x float> %2551, <8 x float> %2545)
  %2553 = fadd <8 x float> %2552, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2554 = fptosi <8 x float> %2543 to <8 x i32>
  %2555 = add <8 x i32> %2554, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2556 = shl <8 x i32> %2555, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2557 = bitcast <8 x i32> %2556 to <8 x float>
  %2558 = fmul <8 x float> %2553, %2557
  %2559 = fcmp uno <8 x float> %2539, %2539
  %2560 = select <8 x i1> %2559, <8 x float> %2539, <8 x float> %2558
  %2561 = fadd <8 x float> %2560, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2562 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2561
  %2563 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2562
  %2564 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2563, <8 x float> %2530)
  %2565 = fcmp olt <8 x float> %2531, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2566 = select <8 x i1> %2565, <8 x float> %2538, <8 x float> %2564
  %2567 = fmul <8 x float> %2504, %2566
  %2568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2529, <8 x float> %2479, <8 x float> %2567)
  %2569 = getelementptr inbounds float, float* %1553, i64 %2341
  %2570 = bitcast float* %2569 to <8 x float>*
  store <8 x float> %2568, <8 x float>* %2570, align 4
  %2571 = fadd <8 x float> %2475, %2476
  %2572 = fneg <8 x float> %2571
  %2573 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2572, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2574 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2573, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2574, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2576 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2575)
  %2577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2576, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2574)
  %2578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2576, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2577)
  %2579 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2578, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2579, <8 x float> %2578, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2580, <8 x float> %2578, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2581, <8 x float> %2578, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2582, <8 x float> %2578, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2584 = fmul <8 x float> %2578, %2578
  %2585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2583, <8 x float> %2584, <8 x float> %2578)
  %2586 = fadd <8 x float> %2585, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2587 = fptosi <8 x float> %2576 to <8 x i32>
  %2588 = add <8 x i32> %2587, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2589 = shl <8 x i32> %2588, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2590 = bitcast <8 x i32> %2589 to <8 x float>
  %2591 = fmul <8 x float> %2586, %2590
  %2592 = fcmp uno <8 x float> %2572, %2572
  %2593 = select <8 x i1> %2592, <8 x float> %2572, <8 x float> %2591
  %2594 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2593
  %2595 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2594
  %2596 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2568)
  %2597 = fmul <8 x float> %2568, %2568
  %2598 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2597, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2598, <8 x float> %2597, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2599, <8 x float> %2597, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2600, <8 x float> %2597, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2602 = fmul <8 x float> %2601, %2597
  %2603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2602, <8 x float> %2568, <8 x float> %2568)
  %2604 = fmul <8 x float> %2596, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2605 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2604, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2606 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2605, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2606, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2608 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2607)
  %2609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2608, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2606)
  %2610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2608, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2609)
  %2611 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2610, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2611, <8 x float> %2610, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2612, <8 x float> %2610, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2613, <8 x float> %2610, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2614, <8 x float> %2610, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2616 = fmul <8 x float> %2610, %2610
  %2617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2615, <8 x float> %2616, <8 x float> %2610)
  %2618 = fadd <8 x float> %2617, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2619 = fptosi <8 x float> %2608 to <8 x i32>
  %2620 = add <8 x i32> %2619, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2621 = shl <8 x i32> %2620, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2622 = bitcast <8 x i32> %2621 to <8 x float>
  %2623 = fmul <8 x float> %2618, %2622
  %2624 = fcmp uno <8 x float> %2604, %2604
  %2625 = select <8 x i1> %2624, <8 x float> %2604, <8 x float> %2623
  %2626 = fadd <8 x float> %2625, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2627 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2626
  %2628 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2627
  %2629 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2628, <8 x float> %2568)
  %2630 = fcmp olt <8 x float> %2596, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2631 = select <8 x i1> %2630, <8 x float> %2603, <8 x float> %2629
  %2632 = fmul <8 x float> %2595, %2631
  %2633 = getelementptr inbounds float, float* %2330, i64 %2341
  %2634 = bitcast float* %2633 to <8 x float>*
  store <8 x float> %2632, <8 x float>* %2634, align 4
  %2635 = mul i64 %1554, 50
  %2636 = add i64 %2635, %2326
  %2637 = mul i64 %2636, 256
  %2638 = add i64 %2637, 128
  %2639 = add i64 %2638, %2341
  %2640 = getelementptr inbounds float, float* %0, i64 %2639
  %2641 = bitcast float* %2640 to <8 x float>*
  store <8 x float> %2632, <8 x float>* %2641, align 4
  %2642 = add i64 0, %2342
  %2643 = add i64 %2334, %2642
  %2644 = getelementptr inbounds float, float* %2, i64 %2643
  %2645 = bitcast float* %2644 to <8 x float>*
  %2646 = load <8 x float>, <8 x float>* %2645, align 4
  %2647 = load <8 x float>, <8 x float>* %16, align 32
  %2648 = add i64 128, %2342
  %2649 = add i64 %2334, %2648
  %2650 = getelementptr inbounds float, float* %2, i64 %2649
  %2651 = bitcast float* %2650 to <8 x float>*
  %2652 = load <8 x float>, <8 x float>* %2651, align 4
  %2653 = load <8 x float>, <8 x float>* %14, align 32
  %2654 = add i64 256, %2342
  %2655 = add i64 %2334, %2654
  %2656 = getelementptr inbounds float, float* %2, i64 %2655
  %2657 = bitcast float* %2656 to <8 x float>*
  %2658 = load <8 x float>, <8 x float>* %2657, align 4
  %2659 = load <8 x float>, <8 x float>* %12, align 32
  %2660 = add i64 384, %2342
  %2661 = add i64 %2334, %2660
  %2662 = getelementptr inbounds float, float* %2, i64 %2661
  %2663 = bitcast float* %2662 to <8 x float>*
  %2664 = load <8 x float>, <8 x float>* %2663, align 4
  %2665 = load <8 x float>, <8 x float>* %10, align 32
  %2666 = getelementptr inbounds float, float* %1553, i64 %2342
  %2667 = bitcast float* %2666 to <8 x float>*
  %2668 = load <8 x float>, <8 x float>* %2667, align 4
  %2669 = fadd <8 x float> %2646, %2647
  %2670 = fneg <8 x float> %2669
  %2671 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2670, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2672 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2671, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2672, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2674 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2673)
  %2675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2674, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2672)
  %2676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2674, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2675)
  %2677 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2676, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2677, <8 x float> %2676, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2678, <8 x float> %2676, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2679, <8 x float> %2676, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2680, <8 x float> %2676, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2682 = fmul <8 x float> %2676, %2676
  %2683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2681, <8 x float> %2682, <8 x float> %2676)
  %2684 = fadd <8 x float> %2683, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2685 = fptosi <8 x float> %2674 to <8 x i32>
  %2686 = add <8 x i32> %2685, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2687 = shl <8 x i32> %2686, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2688 = bitcast <8 x i32> %2687 to <8 x float>
  %2689 = fmul <8 x float> %2684, %2688
  %2690 = fcmp uno <8 x float> %2670, %2670
  %2691 = select <8 x i1> %2690, <8 x float> %2670, <8 x float> %2689
  %2692 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2691
  %2693 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2692
  %2694 = fadd <8 x float> %2652, %2653
  %2695 = fneg <8 x float> %2694
  %2696 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2695, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2697 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2696, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2697, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2699 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2698)
  %2700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2699, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2697)
  %2701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2699, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2700)
  %2702 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2701, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2702, <8 x float> %2701, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2703, <8 x float> %2701, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2704, <8 x float> %2701, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2705, <8 x float> %2701, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2707 = fmul <8 x float> %2701, %2701
  %2708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2706, <8 x float> %2707, <8 x float> %2701)
  %2709 = fadd <8 x float> %2708, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2710 = fptosi <8 x float> %2699 to <8 x i32>
  %2711 = add <8 x i32> %2710, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2712 = shl <8 x i32> %2711, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2713 = bitcast <8 x i32> %2712 to <8 x float>
  %2714 = fmul <8 x float> %2709, %2713
  %2715 = fcmp uno <8 x float> %2695, %2695
  %2716 = select <8 x i1> %2715, <8 x float> %2695, <8 x float> %2714
  %2717 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2716
  %2718 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2717
  %2719 = fadd <8 x float> %2658, %2659
  %2720 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2719)
  %2721 = fmul <8 x float> %2719, %2719
  %2722 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2721, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2722, <8 x float> %2721, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2723, <8 x float> %2721, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2724, <8 x float> %2721, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2726 = fmul <8 x float> %2725, %2721
  %2727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2726, <8 x float> %2719, <8 x float> %2719)
  %2728 = fmul <8 x float> %2720, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2729 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2728, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2730 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2729, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2730, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2732 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2731)
  %2733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2732, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2730)
  %2734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2732, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2733)
  %2735 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2734, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2735, <8 x float> %2734, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2736, <8 x float> %2734, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2737, <8 x float> %2734, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2738, <8 x float> %2734, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2740 = fmul <8 x float> %2734, %2734
  %2741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2739, <8 x float> %2740, <8 x float> %2734)
  %2742 = fadd <8 x float> %2741, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2743 = fptosi <8 x float> %2732 to <8 x i32>
  %2744 = add <8 x i32> %2743, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2745 = shl <8 x i32> %2744, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2746 = bitcast <8 x i32> %2745 to <8 x float>
  %2747 = fmul <8 x float> %2742, %2746
  %2748 = fcmp uno <8 x float> %2728, %2728
  %2749 = select <8 x i1> %2748, <8 x float> %2728, <8 x float> %2747
  %2750 = fadd <8 x float> %2749, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2751 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2750
  %2752 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2751
  %2753 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2752, <8 x float> %2719)
  %2754 = fcmp olt <8 x float> %2720, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2755 = select <8 x i1> %2754, <8 x float> %2727, <8 x float> %2753
  %2756 = fmul <8 x float> %2693, %2755
  %2757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2718, <8 x float> %2668, <8 x float> %2756)
  %2758 = getelementptr inbounds float, float* %1553, i64 %2342
  %2759 = bitcast float* %2758 to <8 x float>*
  store <8 x float> %2757, <8 x float>* %2759, align 4
  %2760 = fadd <8 x float> %2664, %2665
  %2761 = fneg <8 x float> %2760
  %2762 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2761, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2763 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2762, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2763, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2765 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2764)
  %2766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2765, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2763)
  %2767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2765, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2766)
  %2768 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2767, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2768, <8 x float> %2767, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2769, <8 x float> %2767, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2770, <8 x float> %2767, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2771, <8 x float> %2767, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2773 = fmul <8 x float> %2767, %2767
  %2774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2772, <8 x float> %2773, <8 x float> %2767)
  %2775 = fadd <8 x float> %2774, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2776 = fptosi <8 x float> %2765 to <8 x i32>
  %2777 = add <8 x i32> %2776, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2778 = shl <8 x i32> %2777, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2779 = bitcast <8 x i32> %2778 to <8 x float>
  %2780 = fmul <8 x float> %2775, %2779
  %2781 = fcmp uno <8 x float> %2761, %2761
  %2782 = select <8 x i1> %2781, <8 x float> %2761, <8 x float> %2780
  %2783 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2782
  %2784 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2783
  %2785 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2757)
  %2786 = fmul <8 x float> %2757, %2757
  %2787 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2786, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2787, <8 x float> %2786, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2788, <8 x float> %2786, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2790 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2789, <8 x float> %2786, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2791 = fmul <8 x float> %2790, %2786
  %2792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2791, <8 x float> %2757, <8 x float> %2757)
  %2793 = fmul <8 x float> %2785, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2794 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2793, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2795 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2794, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2795, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2797 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2796)
  %2798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2797, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2795)
  %2799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2797, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2798)
  %2800 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2799, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2800, <8 x float> %2799, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2801, <8 x float> %2799, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2802, <8 x float> %2799, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2803, <8 x float> %2799, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2805 = fmul <8 x float> %2799, %2799
  %2806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2804, <8 x float> %2805, <8 x float> %2799)
  %2807 = fadd <8 x float> %2806, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2808 = fptosi <8 x float> %2797 to <8 x i32>
  %2809 = add <8 x i32> %2808, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2810 = shl <8 x i32> %2809, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2811 = bitcast <8 x i32> %2810 to <8 x float>
  %2812 = fmul <8 x float> %2807, %2811
  %2813 = fcmp uno <8 x float> %2793, %2793
  %2814 = select <8 x i1> %2813, <8 x float> %2793, <8 x float> %2812
  %2815 = fadd <8 x float> %2814, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2816 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2815
  %2817 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2816
  %2818 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2817, <8 x float> %2757)
  %2819 = fcmp olt <8 x float> %2785, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2820 = select <8 x i1> %2819, <8 x float> %2792, <8 x float> %2818
  %2821 = fmul <8 x float> %2784, %2820
  %2822 = getelementptr inbounds float, float* %2330, i64 %2342
  %2823 = bitcast float* %2822 to <8 x float>*
  store <8 x float> %2821, <8 x float>* %2823, align 4
  %2824 = mul i64 %1554, 50
  %2825 = add i64 %2824, %2326
  %2826 = mul i64 %2825, 256
  %2827 = add i64 %2826, 128
  %2828 = add i64 %2827, %2342
  %2829 = getelementptr inbounds float, float* %0, i64 %2828
  %2830 = bitcast float* %2829 to <8 x float>*
  store <8 x float> %2821, <8 x float>* %2830, align 4
  %pair.next96 = add i64 %pair89, 1
  br label %pair.header86

then97:                                           ; preds = %pair.exit88
  %2831 = sub i64 %66, 1
  %2832 = mul i64 %2831, 8
  %2833 = add i64 0, %2832
  %2834 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2833
  %2835 = bitcast float* %2834 to <8 x float>*
  %2836 = load <8 x float>, <8 x float>* %2835, align 4
  store <8 x float> %2836, <8 x float>* %9, align 32
  %2837 = add i64 128, %2832
  %2838 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2837
  %2839 = bitcast float* %2838 to <8 x float>*
  %2840 = load <8 x float>, <8 x float>* %2839, align 4
  store <8 x float> %2840, <8 x float>* %8, align 32
  %2841 = add i64 256, %2832
  %2842 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2841
  %2843 = bitcast float* %2842 to <8 x float>*
  %2844 = load <8 x float>, <8 x float>* %2843, align 4
  store <8 x float> %2844, <8 x float>* %7, align 32
  %2845 = add i64 384, %2832
  %2846 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2845
  %2847 = bitcast float* %2846 to <8 x float>*
  %2848 = load <8 x float>, <8 x float>* %2847, align 4
  store <8 x float> %2848, <8 x float>* %6, align 32
  br label %k.header99

endif98:                                          ; preds = %k.exit101, %pair.exit88
  call void @GOMP_barrier()
  %s.next105 = add i64 %s85, 1
  br label %s.header82

k.header99:                                       ; preds = %k.body100, %then97
  %k102 = phi i64 [ 0, %then97 ], [ %k.next104, %k.body100 ]
  %2849 = icmp slt i64 %k102, 128
  br i1 %2849, label %k.body100, label %k.exit101

k.body100:                                        ; preds = %k.header99
  %2850 = mul i64 %2831, 128
  %2851 = add i64 %2850, %k102
  %2852 = mul i64 %2851, 32
  %2853 = add i64 %2852, 0
  %2854 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2853
  %2855 = bitcast float* %2854 to <8 x float>*
  %2856 = load <8 x float>, <8 x float>* %2855, align 4
  %2857 = mul i64 %2831, 128
  %2858 = add i64 %2857, %k102
  %2859 = mul i64 %2858, 32
  %2860 = add i64 %2859, 8
  %2861 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2860
  %2862 = bitcast float* %2861 to <8 x float>*
  %2863 = load <8 x float>, <8 x float>* %2862, align 4
  %2864 = mul i64 %2831, 128
  %2865 = add i64 %2864, %k102
  %2866 = mul i64 %2865, 32
  %2867 = add i64 %2866, 16
  %2868 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2867
  %2869 = bitcast float* %2868 to <8 x float>*
  %2870 = load <8 x float>, <8 x float>* %2869, align 4
  %2871 = mul i64 %2831, 128
  %2872 = add i64 %2871, %k102
  %2873 = mul i64 %2872, 32
  %2874 = add i64 %2873, 24
  %2875 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2874
  %2876 = bitcast float* %2875 to <8 x float>*
  %2877 = load <8 x float>, <8 x float>* %2876, align 4
  %2878 = getelementptr inbounds float, float* %2329, i64 %k102
  %2879 = load float, float* %2878, align 4
  %2880 = insertelement <8 x float> undef, float %2879, i32 0
  %splat103 = shufflevector <8 x float> %2880, <8 x float> undef, <8 x i32> zeroinitializer
  %2881 = load <8 x float>, <8 x float>* %9, align 32
  %2882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %2856, <8 x float> %2881)
  store <8 x float> %2882, <8 x float>* %9, align 32
  %2883 = load <8 x float>, <8 x float>* %8, align 32
  %2884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %2863, <8 x float> %2883)
  store <8 x float> %2884, <8 x float>* %8, align 32
  %2885 = load <8 x float>, <8 x float>* %7, align 32
  %2886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %2870, <8 x float> %2885)
  store <8 x float> %2886, <8 x float>* %7, align 32
  %2887 = load <8 x float>, <8 x float>* %6, align 32
  %2888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %2877, <8 x float> %2887)
  store <8 x float> %2888, <8 x float>* %6, align 32
  %k.next104 = add i64 %k102, 1
  br label %k.header99

k.exit101:                                        ; preds = %k.header99
  %2889 = add i64 0, %2832
  %2890 = add i64 %2334, %2889
  %2891 = getelementptr inbounds float, float* %2, i64 %2890
  %2892 = bitcast float* %2891 to <8 x float>*
  %2893 = load <8 x float>, <8 x float>* %2892, align 4
  %2894 = load <8 x float>, <8 x float>* %9, align 32
  %2895 = add i64 128, %2832
  %2896 = add i64 %2334, %2895
  %2897 = getelementptr inbounds float, float* %2, i64 %2896
  %2898 = bitcast float* %2897 to <8 x float>*
  %2899 = load <8 x float>, <8 x float>* %2898, align 4
  %2900 = load <8 x float>, <8 x float>* %8, align 32
  %2901 = add i64 256, %2832
  %2902 = add i64 %2334, %2901
  %2903 = getelementptr inbounds float, float* %2, i64 %2902
  %2904 = bitcast float* %2903 to <8 x float>*
  %2905 = load <8 x float>, <8 x float>* %2904, align 4
  %2906 = load <8 x float>, <8 x float>* %7, align 32
  %2907 = add i64 384, %2832
  %2908 = add i64 %2334, %2907
  %2909 = getelementptr inbounds float, float* %2, i64 %2908
  %2910 = bitcast float* %2909 to <8 x float>*
  %2911 = load <8 x float>, <8 x float>* %2910, align 4
  %2912 = load <8 x float>, <8 x float>* %6, align 32
  %2913 = getelementptr inbounds float, float* %1553, i64 %2832
  %2914 = bitcast float* %2913 to <8 x float>*
  %2915 = load <8 x float>, <8 x float>* %2914, align 4
  %2916 = fadd <8 x float> %2893, %2894
  %2917 = fneg <8 x float> %2916
  %2918 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2917, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2919 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2918, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2919, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2921 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2920)
  %2922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2921, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2919)
  %2923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2921, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2922)
  %2924 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2923, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2925 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2924, <8 x float> %2923, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2925, <8 x float> %2923, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2926, <8 x float> %2923, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2927, <8 x float> %2923, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2929 = fmul <8 x float> %2923, %2923
  %2930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2928, <8 x float> %2929, <8 x float> %2923)
  %2931 = fadd <8 x float> %2930, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2932 = fptosi <8 x float> %2921 to <8 x i32>
  %2933 = add <8 x i32> %2932, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2934 = shl <8 x i32> %2933, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2935 = bitcast <8 x i32> %2934 to <8 x float>
  %2936 = fmul <8 x float> %2931, %2935
  %2937 = fcmp uno <8 x float> %2917, %2917
  %2938 = select <8 x i1> %2937, <8 x float> %2917, <8 x float> %2936
  %2939 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2938
  %2940 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2939
  %2941 = fadd <8 x float> %2899, %2900
  %2942 = fneg <8 x float> %2941
  %2943 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2942, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2944 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2943, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2944, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2946 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2945)
  %2947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2946, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2944)
  %2948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2946, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2947)
  %2949 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2948, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2949, <8 x float> %2948, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2950, <8 x float> %2948, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2951, <8 x float> %2948, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2952, <8 x float> %2948, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2954 = fmul <8 x float> %2948, %2948
  %2955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2953, <8 x float> %2954, <8 x float> %2948)
  %2956 = fadd <8 x float> %2955, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2957 = fptosi <8 x float> %2946 to <8 x i32>
  %2958 = add <8 x i32> %2957, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2959 = shl <8 x i32> %2958, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2960 = bitcast <8 x i32> %2959 to <8 x float>
  %2961 = fmul <8 x float> %2956, %2960
  %2962 = fcmp uno <8 x float> %2942, %2942
  %2963 = select <8 x i1> %2962, <8 x float> %2942, <8 x float> %2961
  %2964 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2963
  %2965 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2964
  %2966 = fadd <8 x float> %2905, %2906
  %2967 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2966)
  %2968 = fmul <8 x float> %2966, %2966
  %2969 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2968, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2969, <8 x float> %2968, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2970, <8 x float> %2968, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2971, <8 x float> %2968, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2973 = fmul <8 x float> %2972, %2968
  %2974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2973, <8 x float> %2966, <8 x float> %2966)
  %2975 = fmul <8 x float> %2967, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2976 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2975, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2977 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2976, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2977, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2979 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2978)
  %2980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2979, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2977)
  %2981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2979, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2980)
  %2982 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2981, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2982, <8 x float> %2981, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2983, <8 x float> %2981, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2984, <8 x float> %2981, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2985, <8 x float> %2981, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2987 = fmul <8 x float> %2981, %2981
  %2988 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2986, <8 x float> %2987, <8 x float> %2981)
  %2989 = fadd <8 x float> %2988, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2990 = fptosi <8 x float> %2979 to <8 x i32>
  %2991 = add <8 x i32> %2990, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2992 = shl <8 x i32> %2991, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2993 = bitcast <8 x i32> %2992 to <8 x float>
  %2994 = fmul <8 x float> %2989, %2993
  %2995 = fcmp uno <8 x float> %2975, %2975
  %2996 = select <8 x i1> %2995, <8 x float> %2975, <8 x float> %2994
  %2997 = fadd <8 x float> %2996, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2998 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2997
  %2999 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2998
  %3000 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2999, <8 x float> %2966)
  %3001 = fcmp olt <8 x float> %2967, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %3002 = select <8 x i1> %3001, <8 x float> %2974, <8 x float> %3000
  %3003 = fmul <8 x float> %2940, %3002
  %3004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2965, <8 x float> %2915, <8 x float> %3003)
  %3005 = getelementptr inbounds float, float* %1553, i64 %2832
  %3006 = bitcast float* %3005 to <8 x float>*
  store <8 x float> %3004, <8 x float>* %3006, align 4
  %3007 = fadd <8 x float> %2911, %2912
  %3008 = fneg <8 x float> %3007
  %3009 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %3008, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %3010 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %3009, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %3011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3010, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %3012 = call <8 x float> @llvm.floor.v8f32(<8 x float> %3011)
  %3013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3012, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %3010)
  %3014 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3012, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %3013)
  %3015 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %3014, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %3016 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3015, <8 x float> %3014, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %3017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3016, <8 x float> %3014, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %3018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3017, <8 x float> %3014, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %3019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3018, <8 x float> %3014, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %3020 = fmul <8 x float> %3014, %3014
  %3021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3019, <8 x float> %3020, <8 x float> %3014)
  %3022 = fadd <8 x float> %3021, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %3023 = fptosi <8 x float> %3012 to <8 x i32>
  %3024 = add <8 x i32> %3023, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %3025 = shl <8 x i32> %3024, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %3026 = bitcast <8 x i32> %3025 to <8 x float>
  %3027 = fmul <8 x float> %3022, %3026
  %3028 = fcmp uno <8 x float> %3008, %3008
  %3029 = select <8 x i1> %3028, <8 x float> %3008, <8 x float> %3027
  %3030 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3029
  %3031 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3030
  %3032 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %3004)
  %3033 = fmul <8 x float> %3004, %3004
  %3034 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %3033, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %3035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3034, <8 x float> %3033, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %3036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3035, <8 x float> %3033, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %3037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3036, <8 x float> %3033, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %3038 = fmul <8 x float> %3037, %3033
  %3039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3038, <8 x float> %3004, <8 x float> %3004)
  %3040 = fmul <8 x float> %3032, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %3041 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %3040, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %3042 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %3041, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %3043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3042, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %3044 = call <8 x float> @llvm.floor.v8f32(<8 x float> %3043)
  %3045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3044, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %3042)
  %3046 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3044, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %3045)
  %3047 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %3046, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %3048 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3047, <8 x float> %3046, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %3049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3048, <8 x float> %3046, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %3050 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3049, <8 x float> %3046, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %3051 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3050, <8 x float> %3046, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %3052 = fmul <8 x float> %3046, %3046
  %3053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %3051, <8 x float> %3052, <8 x float> %3046)
  %3054 = fadd <8 x float> %3053, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %3055 = fptosi <8 x float> %3044 to <8 x i32>
  %3056 = add <8 x i32> %3055, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %3057 = shl <8 x i32> %3056, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %3058 = bitcast <8 x i32> %3057 to <8 x float>
  %3059 = fmul <8 x float> %3054, %3058
  %3060 = fcmp uno <8 x float> %3040, %3040
  %3061 = select <8 x i1> %3060, <8 x float> %3040, <8 x float> %3059
  %3062 = fadd <8 x float> %3061, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %3063 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %3062
  %3064 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3063
  %3065 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %3064, <8 x float> %3004)
  %3066 = fcmp olt <8 x float> %3032, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %3067 = select <8 x i1> %3066, <8 x float> %3039, <8 x float> %3065
  %3068 = fmul <8 x float> %3031, %3067
  %3069 = getelementptr inbounds float, float* %2330, i64 %2832
  %3070 = bitcast float* %3069 to <8 x float>*
  store <8 x float> %3068, <8 x float>* %3070, align 4
  %3071 = mul i64 %1554, 50
  %3072 = add i64 %3071, %2326
  %3073 = mul i64 %3072, 256
  %3074 = add i64 %3073, 128
  %3075 = add i64 %3074, %2832
  %3076 = getelementptr inbounds float, float* %0, i64 %3075
  %3077 = bitcast float* %3076 to <8 x float>*
  store <8 x float> %3068, <8 x float>* %3077, align 4
  br label %endif98
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
  call void @node1.lstm_1.step2.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
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
  %51 = add i64 %42, 8
  %52 = getelementptr inbounds float, float* %5, i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = add i64 %42, 16
  %56 = getelementptr inbounds float, float* %5, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %57, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  store <8 x float> %50, <8 x float>* %37, align 32
  store <8 x float> %50, <8 x float>* %36, align 32
  store <8 x float> %54, <8 x float>* %35, align 32
  store <8 x float> %54, <8 x float>* %34, align 32
  store <8 x float> %58, <8 x float>* %33, align 32
  store <8 x float> %58, <8 x float>* %32, align 32
  br label %k.header

else2:                                            ; preds = %then
  %59 = add i64 %42, 0
  %60 = getelementptr inbounds float, float* %5, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  %63 = add i64 %42, 8
  %64 = getelementptr inbounds float, float* %5, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  %67 = add i64 %42, 16
  %68 = getelementptr inbounds float, float* %5, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  store <8 x float> %62, <8 x float>* %31, align 32
  store <8 x float> %62, <8 x float>* %30, align 32
  store <8 x float> %66, <8 x float>* %29, align 32
  store <8 x float> %66, <8 x float>* %28, align 32
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
  %237 = add i64 %42, 8
  %238 = getelementptr inbounds float, float* %5, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  %240 = load <8 x float>, <8 x float>* %239, align 4
  %241 = add i64 %42, 16
  %242 = getelementptr inbounds float, float* %5, i64 %241
  %243 = bitcast float* %242 to <8 x float>*
  %244 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %243, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  store <8 x float> %236, <8 x float>* %25, align 32
  store <8 x float> %236, <8 x float>* %24, align 32
  store <8 x float> %236, <8 x float>* %23, align 32
  store <8 x float> %240, <8 x float>* %22, align 32
  store <8 x float> %240, <8 x float>* %21, align 32
  store <8 x float> %240, <8 x float>* %20, align 32
  store <8 x float> %244, <8 x float>* %19, align 32
  store <8 x float> %244, <8 x float>* %18, align 32
  store <8 x float> %244, <8 x float>* %17, align 32
  br label %k.header15

else13:                                           ; preds = %else
  %245 = add i64 %42, 0
  %246 = getelementptr inbounds float, float* %5, i64 %245
  %247 = bitcast float* %246 to <8 x float>*
  %248 = load <8 x float>, <8 x float>* %247, align 4
  %249 = add i64 %42, 8
  %250 = getelementptr inbounds float, float* %5, i64 %249
  %251 = bitcast float* %250 to <8 x float>*
  %252 = load <8 x float>, <8 x float>* %251, align 4
  %253 = add i64 %42, 16
  %254 = getelementptr inbounds float, float* %5, i64 %253
  %255 = bitcast float* %254 to <8 x float>*
  %256 = load <8 x float>, <8 x float>* %255, align 4
  store <8 x float> %248, <8 x float>* %16, align 32
  store <8 x float> %248, <8 x float>* %15, align 32
  store <8 x float> %248, <8 x float>* %14, align 32
  store <8 x float> %252, <8 x float>* %13, align 32
  store <8 x float> %252, <8 x float>* %12, align 32
  store <8 x float> %252, <8 x float>* %11, align 32
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
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #4

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #5

; Function Attrs: noinline nounwind
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
declare float @llvm.maxnum.f32(float, float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #3

; Function Attrs: noinline nounwind
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
define i32 @bilstm_tagger_run(i8** %0, i8** %1, i8* %2) #6 {
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
  %fresh = call i8* @malloc(i64 282239)
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
  %17 = call i32 @bilstm_tagger_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
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
define internal i32 @bilstm_tagger_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #2 {
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
  %12 = getelementptr inbounds i8, i8* %2, i64 262144
  %13 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %12, i8** %13, align 8
  %14 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %14, align 8
  %15 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %15, align 8
  %16 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %16, align 8
  %17 = bitcast [6 x i8*]* %args to i8*
  call void @node0.embedding_1.step0(i8* %17)
  %18 = load i32, i32* %3, align 4
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %then, label %endif

then:                                             ; preds = %entry
  ret i32 %18

endif:                                            ; preds = %entry
  %20 = getelementptr inbounds i8, i8* %2, i64 210944
  %21 = getelementptr inbounds i8, i8* %2, i64 262144
  %22 = getelementptr inbounds i8, i8* %2, i64 0
  %23 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %20, i8** %23, align 8
  %24 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %21, i8** %24, align 8
  %25 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %22, i8** %25, align 8
  %26 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %26, align 8
  %27 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.lstm_1.step0, i8* %27, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node1.lstm_1.step1, i8* %27, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node1.lstm_1.step2, i8* %27, i32 %10, i32 0)
  %28 = getelementptr inbounds i8, i8* %2, i64 210944
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %28, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %32, align 8
  %33 = bitcast [6 x i8*]* %args to i8*
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([24576 x i8], [24576 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %34, align 8
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([68 x i8], [68 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %35, align 8
  call void @GOMP_parallel(void (i8*)* @node3.dense_1.step0, i8* %33, i32 %10, i32 0)
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %36, align 8
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %37, align 8
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %38, align 8
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %39, align 8
  %40 = bitcast [6 x i8*]* %args to i8*
  call void @node4.softmax_1.step0(i8* %40)
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
  ret i64 282239
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
attributes #2 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #5 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #6 = { nounwind "target-cpu"="x86-64-v3" }
attributes #7 = { nounwind }
