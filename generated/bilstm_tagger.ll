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
  %259 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %258
  %260 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %259
  %261 = fadd <8 x float> %221, %222
  %262 = fneg <8 x float> %261
  %263 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %262, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %264 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %263, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %266 = call <8 x float> @llvm.floor.v8f32(<8 x float> %265)
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %264)
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %267)
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %268, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %268, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %268, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> %268, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %272, <8 x float> %268, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %274 = fmul <8 x float> %268, %268
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %274, <8 x float> %268)
  %276 = fadd <8 x float> %275, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %277 = fptosi <8 x float> %266 to <8 x i32>
  %278 = add <8 x i32> %277, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %279 = shl <8 x i32> %278, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %280 = bitcast <8 x i32> %279 to <8 x float>
  %281 = fmul <8 x float> %276, %280
  %282 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %281
  %283 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %282
  %284 = fadd <8 x float> %227, %228
  %285 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %284)
  %286 = fmul <8 x float> %284, %284
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %286, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %287, <8 x float> %286, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %288, <8 x float> %286, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %286, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %291 = fmul <8 x float> %290, %286
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %291, <8 x float> %284, <8 x float> %284)
  %293 = fmul <8 x float> %285, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %294 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %293, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %295 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %294, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %295, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %297 = call <8 x float> @llvm.floor.v8f32(<8 x float> %296)
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %297, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %295)
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %297, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %298)
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %299, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %300, <8 x float> %299, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %301, <8 x float> %299, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %302, <8 x float> %299, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %303, <8 x float> %299, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %305 = fmul <8 x float> %299, %299
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %305, <8 x float> %299)
  %307 = fadd <8 x float> %306, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %308 = fptosi <8 x float> %297 to <8 x i32>
  %309 = add <8 x i32> %308, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %310 = shl <8 x i32> %309, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %311 = bitcast <8 x i32> %310 to <8 x float>
  %312 = fmul <8 x float> %307, %311
  %313 = fadd <8 x float> %312, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %314 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %313
  %315 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %314
  %316 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %315, <8 x float> %284)
  %317 = fcmp olt <8 x float> %285, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %318 = select <8 x i1> %317, <8 x float> %292, <8 x float> %316
  %319 = fmul <8 x float> %260, %318
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %283, <8 x float> %237, <8 x float> %319)
  %321 = getelementptr inbounds float, float* %75, i64 %101
  %322 = bitcast float* %321 to <8 x float>*
  store <8 x float> %320, <8 x float>* %322, align 4
  %323 = fadd <8 x float> %233, %234
  %324 = fneg <8 x float> %323
  %325 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %324, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %326 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %325, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %328 = call <8 x float> @llvm.floor.v8f32(<8 x float> %327)
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %328, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %326)
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %328, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %329)
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %330, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> %330, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %332, <8 x float> %330, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %333, <8 x float> %330, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %330, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %336 = fmul <8 x float> %330, %330
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %336, <8 x float> %330)
  %338 = fadd <8 x float> %337, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %339 = fptosi <8 x float> %328 to <8 x i32>
  %340 = add <8 x i32> %339, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %341 = shl <8 x i32> %340, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %342 = bitcast <8 x i32> %341 to <8 x float>
  %343 = fmul <8 x float> %338, %342
  %344 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %343
  %345 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %344
  %346 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %320)
  %347 = fmul <8 x float> %320, %320
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %347, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %347, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %349, <8 x float> %347, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %350, <8 x float> %347, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %352 = fmul <8 x float> %351, %347
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %352, <8 x float> %320, <8 x float> %320)
  %354 = fmul <8 x float> %346, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %355 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %354, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %356 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %355, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %356, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %358 = call <8 x float> @llvm.floor.v8f32(<8 x float> %357)
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %358, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %356)
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %358, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %359)
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %360, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %361, <8 x float> %360, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %360, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %363, <8 x float> %360, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %364, <8 x float> %360, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %366 = fmul <8 x float> %360, %360
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %366, <8 x float> %360)
  %368 = fadd <8 x float> %367, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %369 = fptosi <8 x float> %358 to <8 x i32>
  %370 = add <8 x i32> %369, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %371 = shl <8 x i32> %370, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %372 = bitcast <8 x i32> %371 to <8 x float>
  %373 = fmul <8 x float> %368, %372
  %374 = fadd <8 x float> %373, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %375 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %374
  %376 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %375
  %377 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %376, <8 x float> %320)
  %378 = fcmp olt <8 x float> %346, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %379 = select <8 x i1> %378, <8 x float> %353, <8 x float> %377
  %380 = fmul <8 x float> %345, %379
  %381 = getelementptr inbounds float, float* %92, i64 %101
  %382 = bitcast float* %381 to <8 x float>*
  store <8 x float> %380, <8 x float>* %382, align 4
  %383 = mul i64 %76, 50
  %384 = add i64 %383, %s
  %385 = mul i64 %384, 256
  %386 = add i64 %385, 0
  %387 = add i64 %386, %101
  %388 = getelementptr inbounds float, float* %0, i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  store <8 x float> %380, <8 x float>* %389, align 4
  %390 = add i64 0, %102
  %391 = add i64 %96, %390
  %392 = getelementptr inbounds float, float* %2, i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  %394 = load <8 x float>, <8 x float>* %393, align 4
  %395 = load <8 x float>, <8 x float>* %52, align 32
  %396 = add i64 128, %102
  %397 = add i64 %96, %396
  %398 = getelementptr inbounds float, float* %2, i64 %397
  %399 = bitcast float* %398 to <8 x float>*
  %400 = load <8 x float>, <8 x float>* %399, align 4
  %401 = load <8 x float>, <8 x float>* %50, align 32
  %402 = add i64 256, %102
  %403 = add i64 %96, %402
  %404 = getelementptr inbounds float, float* %2, i64 %403
  %405 = bitcast float* %404 to <8 x float>*
  %406 = load <8 x float>, <8 x float>* %405, align 4
  %407 = load <8 x float>, <8 x float>* %48, align 32
  %408 = add i64 384, %102
  %409 = add i64 %96, %408
  %410 = getelementptr inbounds float, float* %2, i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  %412 = load <8 x float>, <8 x float>* %411, align 4
  %413 = load <8 x float>, <8 x float>* %46, align 32
  %414 = getelementptr inbounds float, float* %75, i64 %102
  %415 = bitcast float* %414 to <8 x float>*
  %416 = load <8 x float>, <8 x float>* %415, align 4
  %417 = fadd <8 x float> %394, %395
  %418 = fneg <8 x float> %417
  %419 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %418, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %420 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %419, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %420, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %422 = call <8 x float> @llvm.floor.v8f32(<8 x float> %421)
  %423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %422, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %420)
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %422, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %423)
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %424, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %425, <8 x float> %424, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %424, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %427, <8 x float> %424, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %428, <8 x float> %424, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %430 = fmul <8 x float> %424, %424
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %429, <8 x float> %430, <8 x float> %424)
  %432 = fadd <8 x float> %431, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %433 = fptosi <8 x float> %422 to <8 x i32>
  %434 = add <8 x i32> %433, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %435 = shl <8 x i32> %434, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %436 = bitcast <8 x i32> %435 to <8 x float>
  %437 = fmul <8 x float> %432, %436
  %438 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %437
  %439 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %438
  %440 = fadd <8 x float> %400, %401
  %441 = fneg <8 x float> %440
  %442 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %441, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %443 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %442, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %443, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %445 = call <8 x float> @llvm.floor.v8f32(<8 x float> %444)
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %445, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %443)
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %445, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %446)
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %447, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %448, <8 x float> %447, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %449, <8 x float> %447, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %447, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %451, <8 x float> %447, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %453 = fmul <8 x float> %447, %447
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %452, <8 x float> %453, <8 x float> %447)
  %455 = fadd <8 x float> %454, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %456 = fptosi <8 x float> %445 to <8 x i32>
  %457 = add <8 x i32> %456, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %458 = shl <8 x i32> %457, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %459 = bitcast <8 x i32> %458 to <8 x float>
  %460 = fmul <8 x float> %455, %459
  %461 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %460
  %462 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %461
  %463 = fadd <8 x float> %406, %407
  %464 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %463)
  %465 = fmul <8 x float> %463, %463
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %465, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %465, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %467, <8 x float> %465, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %468, <8 x float> %465, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %470 = fmul <8 x float> %469, %465
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %470, <8 x float> %463, <8 x float> %463)
  %472 = fmul <8 x float> %464, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %473 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %472, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %474 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %473, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %474, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %476 = call <8 x float> @llvm.floor.v8f32(<8 x float> %475)
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %476, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %474)
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %476, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %477)
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %478, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %478, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %478, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> %478, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %482, <8 x float> %478, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %484 = fmul <8 x float> %478, %478
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %483, <8 x float> %484, <8 x float> %478)
  %486 = fadd <8 x float> %485, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %487 = fptosi <8 x float> %476 to <8 x i32>
  %488 = add <8 x i32> %487, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %489 = shl <8 x i32> %488, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %490 = bitcast <8 x i32> %489 to <8 x float>
  %491 = fmul <8 x float> %486, %490
  %492 = fadd <8 x float> %491, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %493 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %492
  %494 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %493
  %495 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %494, <8 x float> %463)
  %496 = fcmp olt <8 x float> %464, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %497 = select <8 x i1> %496, <8 x float> %471, <8 x float> %495
  %498 = fmul <8 x float> %439, %497
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %416, <8 x float> %498)
  %500 = getelementptr inbounds float, float* %75, i64 %102
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %499, <8 x float>* %501, align 4
  %502 = fadd <8 x float> %412, %413
  %503 = fneg <8 x float> %502
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
  %523 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %522
  %524 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %523
  %525 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %499)
  %526 = fmul <8 x float> %499, %499
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %526, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %526, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %528, <8 x float> %526, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %529, <8 x float> %526, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %531 = fmul <8 x float> %530, %526
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %531, <8 x float> %499, <8 x float> %499)
  %533 = fmul <8 x float> %525, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %534 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %533, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %535 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %534, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %535, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %537 = call <8 x float> @llvm.floor.v8f32(<8 x float> %536)
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %537, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %535)
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %537, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %538)
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %539, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %540, <8 x float> %539, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %541, <8 x float> %539, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %542, <8 x float> %539, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %543, <8 x float> %539, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %545 = fmul <8 x float> %539, %539
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %544, <8 x float> %545, <8 x float> %539)
  %547 = fadd <8 x float> %546, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %548 = fptosi <8 x float> %537 to <8 x i32>
  %549 = add <8 x i32> %548, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %550 = shl <8 x i32> %549, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %551 = bitcast <8 x i32> %550 to <8 x float>
  %552 = fmul <8 x float> %547, %551
  %553 = fadd <8 x float> %552, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %554 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %553
  %555 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %554
  %556 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %555, <8 x float> %499)
  %557 = fcmp olt <8 x float> %525, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %558 = select <8 x i1> %557, <8 x float> %532, <8 x float> %556
  %559 = fmul <8 x float> %524, %558
  %560 = getelementptr inbounds float, float* %92, i64 %102
  %561 = bitcast float* %560 to <8 x float>*
  store <8 x float> %559, <8 x float>* %561, align 4
  %562 = mul i64 %76, 50
  %563 = add i64 %562, %s
  %564 = mul i64 %563, 256
  %565 = add i64 %564, 0
  %566 = add i64 %565, %102
  %567 = getelementptr inbounds float, float* %0, i64 %566
  %568 = bitcast float* %567 to <8 x float>*
  store <8 x float> %559, <8 x float>* %568, align 4
  %pair.next = add i64 %pair, 1
  br label %pair.header

then5:                                            ; preds = %pair.exit
  %569 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %569, <8 x float>* %45, align 32
  %570 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 248) to <8 x float>*), align 4
  store <8 x float> %570, <8 x float>* %44, align 32
  %571 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 376) to <8 x float>*), align 4
  store <8 x float> %571, <8 x float>* %43, align 32
  %572 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 504) to <8 x float>*), align 4
  store <8 x float> %572, <8 x float>* %42, align 32
  br label %k.header7

endif6:                                           ; preds = %k.exit9, %pair.exit
  %s.next = add i64 %s, 1
  br label %s.header

k.header7:                                        ; preds = %k.body8, %then5
  %k10 = phi i64 [ 0, %then5 ], [ %k.next12, %k.body8 ]
  %573 = icmp slt i64 %k10, 128
  br i1 %573, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %574 = add i64 1920, %k10
  %575 = mul i64 %574, 32
  %576 = add i64 %575, 0
  %577 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %576
  %578 = bitcast float* %577 to <8 x float>*
  %579 = load <8 x float>, <8 x float>* %578, align 4
  %580 = add i64 1920, %k10
  %581 = mul i64 %580, 32
  %582 = add i64 %581, 8
  %583 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  %585 = load <8 x float>, <8 x float>* %584, align 4
  %586 = add i64 1920, %k10
  %587 = mul i64 %586, 32
  %588 = add i64 %587, 16
  %589 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %588
  %590 = bitcast float* %589 to <8 x float>*
  %591 = load <8 x float>, <8 x float>* %590, align 4
  %592 = add i64 1920, %k10
  %593 = mul i64 %592, 32
  %594 = add i64 %593, 24
  %595 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %594
  %596 = bitcast float* %595 to <8 x float>*
  %597 = load <8 x float>, <8 x float>* %596, align 4
  %598 = getelementptr inbounds float, float* %91, i64 %k10
  %599 = load float, float* %598, align 4
  %600 = insertelement <8 x float> undef, float %599, i32 0
  %splat11 = shufflevector <8 x float> %600, <8 x float> undef, <8 x i32> zeroinitializer
  %601 = load <8 x float>, <8 x float>* %45, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %579, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %45, align 32
  %603 = load <8 x float>, <8 x float>* %44, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %585, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %44, align 32
  %605 = load <8 x float>, <8 x float>* %43, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %591, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %43, align 32
  %607 = load <8 x float>, <8 x float>* %42, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %597, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %42, align 32
  %k.next12 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %609 = add i64 %96, 120
  %610 = getelementptr inbounds float, float* %2, i64 %609
  %611 = bitcast float* %610 to <8 x float>*
  %612 = load <8 x float>, <8 x float>* %611, align 4
  %613 = load <8 x float>, <8 x float>* %45, align 32
  %614 = add i64 %96, 248
  %615 = getelementptr inbounds float, float* %2, i64 %614
  %616 = bitcast float* %615 to <8 x float>*
  %617 = load <8 x float>, <8 x float>* %616, align 4
  %618 = load <8 x float>, <8 x float>* %44, align 32
  %619 = add i64 %96, 376
  %620 = getelementptr inbounds float, float* %2, i64 %619
  %621 = bitcast float* %620 to <8 x float>*
  %622 = load <8 x float>, <8 x float>* %621, align 4
  %623 = load <8 x float>, <8 x float>* %43, align 32
  %624 = add i64 %96, 504
  %625 = getelementptr inbounds float, float* %2, i64 %624
  %626 = bitcast float* %625 to <8 x float>*
  %627 = load <8 x float>, <8 x float>* %626, align 4
  %628 = load <8 x float>, <8 x float>* %42, align 32
  %629 = getelementptr inbounds float, float* %75, i64 120
  %630 = bitcast float* %629 to <8 x float>*
  %631 = load <8 x float>, <8 x float>* %630, align 4
  %632 = fadd <8 x float> %612, %613
  %633 = fneg <8 x float> %632
  %634 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %633, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %635 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %634, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %635, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %637 = call <8 x float> @llvm.floor.v8f32(<8 x float> %636)
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %637, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %635)
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %637, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %638)
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %639, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %640, <8 x float> %639, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %641, <8 x float> %639, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %642, <8 x float> %639, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> %639, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %645 = fmul <8 x float> %639, %639
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %644, <8 x float> %645, <8 x float> %639)
  %647 = fadd <8 x float> %646, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %648 = fptosi <8 x float> %637 to <8 x i32>
  %649 = add <8 x i32> %648, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %650 = shl <8 x i32> %649, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %651 = bitcast <8 x i32> %650 to <8 x float>
  %652 = fmul <8 x float> %647, %651
  %653 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %652
  %654 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %653
  %655 = fadd <8 x float> %617, %618
  %656 = fneg <8 x float> %655
  %657 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %656, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %658 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %657, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %658, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %660 = call <8 x float> @llvm.floor.v8f32(<8 x float> %659)
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %660, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %658)
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %660, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %661)
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %662, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %663, <8 x float> %662, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %664, <8 x float> %662, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %665, <8 x float> %662, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %666, <8 x float> %662, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %668 = fmul <8 x float> %662, %662
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %667, <8 x float> %668, <8 x float> %662)
  %670 = fadd <8 x float> %669, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %671 = fptosi <8 x float> %660 to <8 x i32>
  %672 = add <8 x i32> %671, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %673 = shl <8 x i32> %672, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %674 = bitcast <8 x i32> %673 to <8 x float>
  %675 = fmul <8 x float> %670, %674
  %676 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %675
  %677 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %676
  %678 = fadd <8 x float> %622, %623
  %679 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %678)
  %680 = fmul <8 x float> %678, %678
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %680, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %681, <8 x float> %680, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %682, <8 x float> %680, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> %680, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %685 = fmul <8 x float> %684, %680
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %685, <8 x float> %678, <8 x float> %678)
  %687 = fmul <8 x float> %679, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %688 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %687, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %689 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %688, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %689, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %691 = call <8 x float> @llvm.floor.v8f32(<8 x float> %690)
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %691, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %689)
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %691, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %692)
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %693, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %694, <8 x float> %693, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %695, <8 x float> %693, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> %693, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %693, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %699 = fmul <8 x float> %693, %693
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %698, <8 x float> %699, <8 x float> %693)
  %701 = fadd <8 x float> %700, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %702 = fptosi <8 x float> %691 to <8 x i32>
  %703 = add <8 x i32> %702, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %704 = shl <8 x i32> %703, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %705 = bitcast <8 x i32> %704 to <8 x float>
  %706 = fmul <8 x float> %701, %705
  %707 = fadd <8 x float> %706, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %708 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %707
  %709 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %708
  %710 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %709, <8 x float> %678)
  %711 = fcmp olt <8 x float> %679, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %712 = select <8 x i1> %711, <8 x float> %686, <8 x float> %710
  %713 = fmul <8 x float> %654, %712
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %677, <8 x float> %631, <8 x float> %713)
  %715 = getelementptr inbounds float, float* %75, i64 120
  %716 = bitcast float* %715 to <8 x float>*
  store <8 x float> %714, <8 x float>* %716, align 4
  %717 = fadd <8 x float> %627, %628
  %718 = fneg <8 x float> %717
  %719 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %718, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %720 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %719, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %720, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %722 = call <8 x float> @llvm.floor.v8f32(<8 x float> %721)
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %722, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %720)
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %722, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %723)
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %724, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %725, <8 x float> %724, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %726, <8 x float> %724, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %727, <8 x float> %724, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %728, <8 x float> %724, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %730 = fmul <8 x float> %724, %724
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %729, <8 x float> %730, <8 x float> %724)
  %732 = fadd <8 x float> %731, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %733 = fptosi <8 x float> %722 to <8 x i32>
  %734 = add <8 x i32> %733, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %735 = shl <8 x i32> %734, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %736 = bitcast <8 x i32> %735 to <8 x float>
  %737 = fmul <8 x float> %732, %736
  %738 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %737
  %739 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %738
  %740 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %714)
  %741 = fmul <8 x float> %714, %714
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %741, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %742, <8 x float> %741, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %743, <8 x float> %741, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %744, <8 x float> %741, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %746 = fmul <8 x float> %745, %741
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> %714, <8 x float> %714)
  %748 = fmul <8 x float> %740, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %749 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %748, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %750 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %749, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %752 = call <8 x float> @llvm.floor.v8f32(<8 x float> %751)
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %752, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %750)
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %752, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %753)
  %755 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %754, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %755, <8 x float> %754, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %756, <8 x float> %754, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %757, <8 x float> %754, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %758, <8 x float> %754, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %760 = fmul <8 x float> %754, %754
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %759, <8 x float> %760, <8 x float> %754)
  %762 = fadd <8 x float> %761, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %763 = fptosi <8 x float> %752 to <8 x i32>
  %764 = add <8 x i32> %763, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %765 = shl <8 x i32> %764, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %766 = bitcast <8 x i32> %765 to <8 x float>
  %767 = fmul <8 x float> %762, %766
  %768 = fadd <8 x float> %767, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %769 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %768
  %770 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %769
  %771 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %770, <8 x float> %714)
  %772 = fcmp olt <8 x float> %740, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %773 = select <8 x i1> %772, <8 x float> %747, <8 x float> %771
  %774 = fmul <8 x float> %739, %773
  %775 = getelementptr inbounds float, float* %92, i64 120
  %776 = bitcast float* %775 to <8 x float>*
  store <8 x float> %774, <8 x float>* %776, align 4
  %777 = mul i64 %76, 50
  %778 = add i64 %777, %s
  %779 = mul i64 %778, 256
  %780 = add i64 %779, 0
  %781 = add i64 %780, 120
  %782 = getelementptr inbounds float, float* %0, i64 %781
  %783 = bitcast float* %782 to <8 x float>*
  store <8 x float> %774, <8 x float>* %783, align 4
  br label %endif6

then13:                                           ; preds = %endif4
  br label %zero.header15

endif14:                                          ; preds = %s.exit22, %endif4
  br label %endif2

zero.header15:                                    ; preds = %zero.body16, %then13
  %zero18 = phi i64 [ 0, %then13 ], [ %zero.next19, %zero.body16 ]
  %784 = icmp slt i64 %zero18, 16
  br i1 %784, label %zero.body16, label %zero.exit17

zero.body16:                                      ; preds = %zero.header15
  %785 = mul i64 %zero18, 8
  %786 = getelementptr inbounds float, float* %73, i64 %785
  %787 = bitcast float* %786 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %787, align 4
  %788 = mul i64 %zero18, 8
  %789 = getelementptr inbounds float, float* %75, i64 %788
  %790 = bitcast float* %789 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %790, align 4
  %zero.next19 = add i64 %zero18, 1
  br label %zero.header15

zero.exit17:                                      ; preds = %zero.header15
  br label %s.header20

s.header20:                                       ; preds = %endif36, %zero.exit17
  %s23 = phi i64 [ 0, %zero.exit17 ], [ %s.next43, %endif36 ]
  %791 = icmp slt i64 %s23, 50
  br i1 %791, label %s.body21, label %s.exit22

s.body21:                                         ; preds = %s.header20
  %792 = sub i64 49, %s23
  %793 = and i64 %s23, 1
  %794 = icmp eq i64 %793, 0
  %795 = select i1 %794, float* %73, float* %74
  %796 = select i1 %794, float* %74, float* %73
  %797 = add i64 1, %76
  %798 = mul i64 %797, 50
  %799 = add i64 %798, %792
  %800 = mul i64 %799, 512
  br label %pair.header24

s.exit22:                                         ; preds = %s.header20
  br label %endif14

pair.header24:                                    ; preds = %k.exit30, %s.body21
  %pair27 = phi i64 [ 0, %s.body21 ], [ %pair.next34, %k.exit30 ]
  %801 = icmp slt i64 %pair27, 8
  br i1 %801, label %pair.body25, label %pair.exit26

pair.body25:                                      ; preds = %pair.header24
  %802 = mul i64 %pair27, 2
  %803 = add i64 0, %802
  %804 = add i64 %803, 1
  %805 = mul i64 %803, 8
  %806 = mul i64 %804, 8
  %807 = add i64 0, %805
  %808 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %807
  %809 = bitcast float* %808 to <8 x float>*
  %810 = load <8 x float>, <8 x float>* %809, align 4
  store <8 x float> %810, <8 x float>* %41, align 32
  %811 = add i64 0, %806
  %812 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %811
  %813 = bitcast float* %812 to <8 x float>*
  %814 = load <8 x float>, <8 x float>* %813, align 4
  store <8 x float> %814, <8 x float>* %40, align 32
  %815 = add i64 128, %805
  %816 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %815
  %817 = bitcast float* %816 to <8 x float>*
  %818 = load <8 x float>, <8 x float>* %817, align 4
  store <8 x float> %818, <8 x float>* %39, align 32
  %819 = add i64 128, %806
  %820 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %819
  %821 = bitcast float* %820 to <8 x float>*
  %822 = load <8 x float>, <8 x float>* %821, align 4
  store <8 x float> %822, <8 x float>* %38, align 32
  %823 = add i64 256, %805
  %824 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %823
  %825 = bitcast float* %824 to <8 x float>*
  %826 = load <8 x float>, <8 x float>* %825, align 4
  store <8 x float> %826, <8 x float>* %37, align 32
  %827 = add i64 256, %806
  %828 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %827
  %829 = bitcast float* %828 to <8 x float>*
  %830 = load <8 x float>, <8 x float>* %829, align 4
  store <8 x float> %830, <8 x float>* %36, align 32
  %831 = add i64 384, %805
  %832 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %831
  %833 = bitcast float* %832 to <8 x float>*
  %834 = load <8 x float>, <8 x float>* %833, align 4
  store <8 x float> %834, <8 x float>* %35, align 32
  %835 = add i64 384, %806
  %836 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %835
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  store <8 x float> %838, <8 x float>* %34, align 32
  br label %k.header28

pair.exit26:                                      ; preds = %pair.header24
  br i1 false, label %then35, label %endif36

k.header28:                                       ; preds = %k.body29, %pair.body25
  %k31 = phi i64 [ 0, %pair.body25 ], [ %k.next33, %k.body29 ]
  %839 = icmp slt i64 %k31, 128
  br i1 %839, label %k.body29, label %k.exit30

k.body29:                                         ; preds = %k.header28
  %840 = mul i64 %803, 128
  %841 = add i64 %840, %k31
  %842 = mul i64 %841, 32
  %843 = add i64 %842, 0
  %844 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %843
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = mul i64 %804, 128
  %848 = add i64 %847, %k31
  %849 = mul i64 %848, 32
  %850 = add i64 %849, 0
  %851 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %850
  %852 = bitcast float* %851 to <8 x float>*
  %853 = load <8 x float>, <8 x float>* %852, align 4
  %854 = mul i64 %803, 128
  %855 = add i64 %854, %k31
  %856 = mul i64 %855, 32
  %857 = add i64 %856, 8
  %858 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %857
  %859 = bitcast float* %858 to <8 x float>*
  %860 = load <8 x float>, <8 x float>* %859, align 4
  %861 = mul i64 %804, 128
  %862 = add i64 %861, %k31
  %863 = mul i64 %862, 32
  %864 = add i64 %863, 8
  %865 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %864
  %866 = bitcast float* %865 to <8 x float>*
  %867 = load <8 x float>, <8 x float>* %866, align 4
  %868 = mul i64 %803, 128
  %869 = add i64 %868, %k31
  %870 = mul i64 %869, 32
  %871 = add i64 %870, 16
  %872 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %871
  %873 = bitcast float* %872 to <8 x float>*
  %874 = load <8 x float>, <8 x float>* %873, align 4
  %875 = mul i64 %804, 128
  %876 = add i64 %875, %k31
  %877 = mul i64 %876, 32
  %878 = add i64 %877, 16
  %879 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %878
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = mul i64 %803, 128
  %883 = add i64 %882, %k31
  %884 = mul i64 %883, 32
  %885 = add i64 %884, 24
  %886 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %885
  %887 = bitcast float* %886 to <8 x float>*
  %888 = load <8 x float>, <8 x float>* %887, align 4
  %889 = mul i64 %804, 128
  %890 = add i64 %889, %k31
  %891 = mul i64 %890, 32
  %892 = add i64 %891, 24
  %893 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %892
  %894 = bitcast float* %893 to <8 x float>*
  %895 = load <8 x float>, <8 x float>* %894, align 4
  %896 = getelementptr inbounds float, float* %795, i64 %k31
  %897 = load float, float* %896, align 4
  %898 = insertelement <8 x float> undef, float %897, i32 0
  %splat32 = shufflevector <8 x float> %898, <8 x float> undef, <8 x i32> zeroinitializer
  %899 = load <8 x float>, <8 x float>* %41, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %846, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %41, align 32
  %901 = load <8 x float>, <8 x float>* %40, align 32
  %902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %853, <8 x float> %901)
  store <8 x float> %902, <8 x float>* %40, align 32
  %903 = load <8 x float>, <8 x float>* %39, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %860, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %39, align 32
  %905 = load <8 x float>, <8 x float>* %38, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %867, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %38, align 32
  %907 = load <8 x float>, <8 x float>* %37, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %874, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %37, align 32
  %909 = load <8 x float>, <8 x float>* %36, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %881, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %36, align 32
  %911 = load <8 x float>, <8 x float>* %35, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %888, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %35, align 32
  %913 = load <8 x float>, <8 x float>* %34, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %895, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %34, align 32
  %k.next33 = add i64 %k31, 1
  br label %k.header28

k.exit30:                                         ; preds = %k.header28
  %915 = add i64 0, %805
  %916 = add i64 %800, %915
  %917 = getelementptr inbounds float, float* %2, i64 %916
  %918 = bitcast float* %917 to <8 x float>*
  %919 = load <8 x float>, <8 x float>* %918, align 4
  %920 = load <8 x float>, <8 x float>* %41, align 32
  %921 = add i64 128, %805
  %922 = add i64 %800, %921
  %923 = getelementptr inbounds float, float* %2, i64 %922
  %924 = bitcast float* %923 to <8 x float>*
  %925 = load <8 x float>, <8 x float>* %924, align 4
  %926 = load <8 x float>, <8 x float>* %39, align 32
  %927 = add i64 256, %805
  %928 = add i64 %800, %927
  %929 = getelementptr inbounds float, float* %2, i64 %928
  %930 = bitcast float* %929 to <8 x float>*
  %931 = load <8 x float>, <8 x float>* %930, align 4
  %932 = load <8 x float>, <8 x float>* %37, align 32
  %933 = add i64 384, %805
  %934 = add i64 %800, %933
  %935 = getelementptr inbounds float, float* %2, i64 %934
  %936 = bitcast float* %935 to <8 x float>*
  %937 = load <8 x float>, <8 x float>* %936, align 4
  %938 = load <8 x float>, <8 x float>* %35, align 32
  %939 = getelementptr inbounds float, float* %75, i64 %805
  %940 = bitcast float* %939 to <8 x float>*
  %941 = load <8 x float>, <8 x float>* %940, align 4
  %942 = fadd <8 x float> %919, %920
  %943 = fneg <8 x float> %942
  %944 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %943, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %945 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %944, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %945, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %947 = call <8 x float> @llvm.floor.v8f32(<8 x float> %946)
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %947, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %945)
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %947, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %948)
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %949, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %950, <8 x float> %949, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %951, <8 x float> %949, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %952, <8 x float> %949, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %953, <8 x float> %949, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %955 = fmul <8 x float> %949, %949
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %954, <8 x float> %955, <8 x float> %949)
  %957 = fadd <8 x float> %956, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %958 = fptosi <8 x float> %947 to <8 x i32>
  %959 = add <8 x i32> %958, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %960 = shl <8 x i32> %959, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %961 = bitcast <8 x i32> %960 to <8 x float>
  %962 = fmul <8 x float> %957, %961
  %963 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %962
  %964 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %963
  %965 = fadd <8 x float> %925, %926
  %966 = fneg <8 x float> %965
  %967 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %966, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %968 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %967, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %968, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %970 = call <8 x float> @llvm.floor.v8f32(<8 x float> %969)
  %971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %970, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %968)
  %972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %970, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %971)
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %972, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %973, <8 x float> %972, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %974, <8 x float> %972, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %975, <8 x float> %972, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %976, <8 x float> %972, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %978 = fmul <8 x float> %972, %972
  %979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %977, <8 x float> %978, <8 x float> %972)
  %980 = fadd <8 x float> %979, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %981 = fptosi <8 x float> %970 to <8 x i32>
  %982 = add <8 x i32> %981, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %983 = shl <8 x i32> %982, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %984 = bitcast <8 x i32> %983 to <8 x float>
  %985 = fmul <8 x float> %980, %984
  %986 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %985
  %987 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %986
  %988 = fadd <8 x float> %931, %932
  %989 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %988)
  %990 = fmul <8 x float> %988, %988
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %990, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %991, <8 x float> %990, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %992, <8 x float> %990, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %990, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %995 = fmul <8 x float> %994, %990
  %996 = call <8 x float> @llvm.fma.v8f32(<8 x float> %995, <8 x float> %988, <8 x float> %988)
  %997 = fmul <8 x float> %989, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %998 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %997, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %999 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %998, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %999, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1001 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1000)
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1001, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %999)
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1001, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1002)
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1003, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1004, <8 x float> %1003, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1005, <8 x float> %1003, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1006, <8 x float> %1003, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> %1003, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1009 = fmul <8 x float> %1003, %1003
  %1010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> %1009, <8 x float> %1003)
  %1011 = fadd <8 x float> %1010, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1012 = fptosi <8 x float> %1001 to <8 x i32>
  %1013 = add <8 x i32> %1012, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1014 = shl <8 x i32> %1013, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1015 = bitcast <8 x i32> %1014 to <8 x float>
  %1016 = fmul <8 x float> %1011, %1015
  %1017 = fadd <8 x float> %1016, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1018 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1017
  %1019 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1018
  %1020 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1019, <8 x float> %988)
  %1021 = fcmp olt <8 x float> %989, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1022 = select <8 x i1> %1021, <8 x float> %996, <8 x float> %1020
  %1023 = fmul <8 x float> %964, %1022
  %1024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %987, <8 x float> %941, <8 x float> %1023)
  %1025 = getelementptr inbounds float, float* %75, i64 %805
  %1026 = bitcast float* %1025 to <8 x float>*
  store <8 x float> %1024, <8 x float>* %1026, align 4
  %1027 = fadd <8 x float> %937, %938
  %1028 = fneg <8 x float> %1027
  %1029 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1028, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1030 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1029, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1030, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1032 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1031)
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1032, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1030)
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1032, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1033)
  %1035 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1034, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1035, <8 x float> %1034, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1036, <8 x float> %1034, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1037, <8 x float> %1034, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1038, <8 x float> %1034, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1040 = fmul <8 x float> %1034, %1034
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1039, <8 x float> %1040, <8 x float> %1034)
  %1042 = fadd <8 x float> %1041, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1043 = fptosi <8 x float> %1032 to <8 x i32>
  %1044 = add <8 x i32> %1043, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1045 = shl <8 x i32> %1044, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1046 = bitcast <8 x i32> %1045 to <8 x float>
  %1047 = fmul <8 x float> %1042, %1046
  %1048 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1047
  %1049 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1048
  %1050 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1024)
  %1051 = fmul <8 x float> %1024, %1024
  %1052 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1051, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1052, <8 x float> %1051, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> %1051, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1054, <8 x float> %1051, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1056 = fmul <8 x float> %1055, %1051
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1056, <8 x float> %1024, <8 x float> %1024)
  %1058 = fmul <8 x float> %1050, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1059 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1058, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1060 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1059, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1060, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1062 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1061)
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1062, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1060)
  %1064 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1062, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1063)
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1064, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1066 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> %1064, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1066, <8 x float> %1064, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1067, <8 x float> %1064, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1068, <8 x float> %1064, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1070 = fmul <8 x float> %1064, %1064
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1069, <8 x float> %1070, <8 x float> %1064)
  %1072 = fadd <8 x float> %1071, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1073 = fptosi <8 x float> %1062 to <8 x i32>
  %1074 = add <8 x i32> %1073, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1075 = shl <8 x i32> %1074, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1076 = bitcast <8 x i32> %1075 to <8 x float>
  %1077 = fmul <8 x float> %1072, %1076
  %1078 = fadd <8 x float> %1077, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1079 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1078
  %1080 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1079
  %1081 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1080, <8 x float> %1024)
  %1082 = fcmp olt <8 x float> %1050, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1083 = select <8 x i1> %1082, <8 x float> %1057, <8 x float> %1081
  %1084 = fmul <8 x float> %1049, %1083
  %1085 = getelementptr inbounds float, float* %796, i64 %805
  %1086 = bitcast float* %1085 to <8 x float>*
  store <8 x float> %1084, <8 x float>* %1086, align 4
  %1087 = mul i64 %76, 50
  %1088 = add i64 %1087, %792
  %1089 = mul i64 %1088, 256
  %1090 = add i64 %1089, 128
  %1091 = add i64 %1090, %805
  %1092 = getelementptr inbounds float, float* %0, i64 %1091
  %1093 = bitcast float* %1092 to <8 x float>*
  store <8 x float> %1084, <8 x float>* %1093, align 4
  %1094 = add i64 0, %806
  %1095 = add i64 %800, %1094
  %1096 = getelementptr inbounds float, float* %2, i64 %1095
  %1097 = bitcast float* %1096 to <8 x float>*
  %1098 = load <8 x float>, <8 x float>* %1097, align 4
  %1099 = load <8 x float>, <8 x float>* %40, align 32
  %1100 = add i64 128, %806
  %1101 = add i64 %800, %1100
  %1102 = getelementptr inbounds float, float* %2, i64 %1101
  %1103 = bitcast float* %1102 to <8 x float>*
  %1104 = load <8 x float>, <8 x float>* %1103, align 4
  %1105 = load <8 x float>, <8 x float>* %38, align 32
  %1106 = add i64 256, %806
  %1107 = add i64 %800, %1106
  %1108 = getelementptr inbounds float, float* %2, i64 %1107
  %1109 = bitcast float* %1108 to <8 x float>*
  %1110 = load <8 x float>, <8 x float>* %1109, align 4
  %1111 = load <8 x float>, <8 x float>* %36, align 32
  %1112 = add i64 384, %806
  %1113 = add i64 %800, %1112
  %1114 = getelementptr inbounds float, float* %2, i64 %1113
  %1115 = bitcast float* %1114 to <8 x float>*
  %1116 = load <8 x float>, <8 x float>* %1115, align 4
  %1117 = load <8 x float>, <8 x float>* %34, align 32
  %1118 = getelementptr inbounds float, float* %75, i64 %806
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
  %1142 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1141
  %1143 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1142
  %1144 = fadd <8 x float> %1104, %1105
  %1145 = fneg <8 x float> %1144
  %1146 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1145, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1147 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1146, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1147, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1149 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1148)
  %1150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1149, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1147)
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1149, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1150)
  %1152 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1151, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1152, <8 x float> %1151, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1153, <8 x float> %1151, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1154, <8 x float> %1151, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1155, <8 x float> %1151, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1157 = fmul <8 x float> %1151, %1151
  %1158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1156, <8 x float> %1157, <8 x float> %1151)
  %1159 = fadd <8 x float> %1158, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1160 = fptosi <8 x float> %1149 to <8 x i32>
  %1161 = add <8 x i32> %1160, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1162 = shl <8 x i32> %1161, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1163 = bitcast <8 x i32> %1162 to <8 x float>
  %1164 = fmul <8 x float> %1159, %1163
  %1165 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1164
  %1166 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1165
  %1167 = fadd <8 x float> %1110, %1111
  %1168 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1167)
  %1169 = fmul <8 x float> %1167, %1167
  %1170 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1169, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1170, <8 x float> %1169, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1171, <8 x float> %1169, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1172, <8 x float> %1169, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1174 = fmul <8 x float> %1173, %1169
  %1175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1174, <8 x float> %1167, <8 x float> %1167)
  %1176 = fmul <8 x float> %1168, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1177 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1176, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1178 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1177, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1178, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1180 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1179)
  %1181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1180, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1178)
  %1182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1180, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1181)
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1182, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1183, <8 x float> %1182, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1184, <8 x float> %1182, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1185, <8 x float> %1182, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1186, <8 x float> %1182, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1188 = fmul <8 x float> %1182, %1182
  %1189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1187, <8 x float> %1188, <8 x float> %1182)
  %1190 = fadd <8 x float> %1189, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1191 = fptosi <8 x float> %1180 to <8 x i32>
  %1192 = add <8 x i32> %1191, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1193 = shl <8 x i32> %1192, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1194 = bitcast <8 x i32> %1193 to <8 x float>
  %1195 = fmul <8 x float> %1190, %1194
  %1196 = fadd <8 x float> %1195, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1197 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1196
  %1198 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1197
  %1199 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1198, <8 x float> %1167)
  %1200 = fcmp olt <8 x float> %1168, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1201 = select <8 x i1> %1200, <8 x float> %1175, <8 x float> %1199
  %1202 = fmul <8 x float> %1143, %1201
  %1203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1166, <8 x float> %1120, <8 x float> %1202)
  %1204 = getelementptr inbounds float, float* %75, i64 %806
  %1205 = bitcast float* %1204 to <8 x float>*
  store <8 x float> %1203, <8 x float>* %1205, align 4
  %1206 = fadd <8 x float> %1116, %1117
  %1207 = fneg <8 x float> %1206
  %1208 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1207, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1209 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1208, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1209, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1211 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1210)
  %1212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1211, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1209)
  %1213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1211, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1212)
  %1214 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1213, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1214, <8 x float> %1213, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1215, <8 x float> %1213, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1216, <8 x float> %1213, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1217, <8 x float> %1213, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1219 = fmul <8 x float> %1213, %1213
  %1220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1218, <8 x float> %1219, <8 x float> %1213)
  %1221 = fadd <8 x float> %1220, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1222 = fptosi <8 x float> %1211 to <8 x i32>
  %1223 = add <8 x i32> %1222, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1224 = shl <8 x i32> %1223, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1225 = bitcast <8 x i32> %1224 to <8 x float>
  %1226 = fmul <8 x float> %1221, %1225
  %1227 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1226
  %1228 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1227
  %1229 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1203)
  %1230 = fmul <8 x float> %1203, %1203
  %1231 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1230, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1231, <8 x float> %1230, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1232, <8 x float> %1230, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1233, <8 x float> %1230, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1235 = fmul <8 x float> %1234, %1230
  %1236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1235, <8 x float> %1203, <8 x float> %1203)
  %1237 = fmul <8 x float> %1229, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1238 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1237, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1239 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1238, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1239, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1241 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1240)
  %1242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1241, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1239)
  %1243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1241, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1242)
  %1244 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1243, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1244, <8 x float> %1243, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1245, <8 x float> %1243, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1246, <8 x float> %1243, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1247, <8 x float> %1243, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1249 = fmul <8 x float> %1243, %1243
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1248, <8 x float> %1249, <8 x float> %1243)
  %1251 = fadd <8 x float> %1250, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1252 = fptosi <8 x float> %1241 to <8 x i32>
  %1253 = add <8 x i32> %1252, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1254 = shl <8 x i32> %1253, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1255 = bitcast <8 x i32> %1254 to <8 x float>
  %1256 = fmul <8 x float> %1251, %1255
  %1257 = fadd <8 x float> %1256, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1258 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1257
  %1259 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1258
  %1260 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1259, <8 x float> %1203)
  %1261 = fcmp olt <8 x float> %1229, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1262 = select <8 x i1> %1261, <8 x float> %1236, <8 x float> %1260
  %1263 = fmul <8 x float> %1228, %1262
  %1264 = getelementptr inbounds float, float* %796, i64 %806
  %1265 = bitcast float* %1264 to <8 x float>*
  store <8 x float> %1263, <8 x float>* %1265, align 4
  %1266 = mul i64 %76, 50
  %1267 = add i64 %1266, %792
  %1268 = mul i64 %1267, 256
  %1269 = add i64 %1268, 128
  %1270 = add i64 %1269, %806
  %1271 = getelementptr inbounds float, float* %0, i64 %1270
  %1272 = bitcast float* %1271 to <8 x float>*
  store <8 x float> %1263, <8 x float>* %1272, align 4
  %pair.next34 = add i64 %pair27, 1
  br label %pair.header24

then35:                                           ; preds = %pair.exit26
  %1273 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %1273, <8 x float>* %33, align 32
  %1274 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 248) to <8 x float>*), align 4
  store <8 x float> %1274, <8 x float>* %32, align 32
  %1275 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 376) to <8 x float>*), align 4
  store <8 x float> %1275, <8 x float>* %31, align 32
  %1276 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 504) to <8 x float>*), align 4
  store <8 x float> %1276, <8 x float>* %30, align 32
  br label %k.header37

endif36:                                          ; preds = %k.exit39, %pair.exit26
  %s.next43 = add i64 %s23, 1
  br label %s.header20

k.header37:                                       ; preds = %k.body38, %then35
  %k40 = phi i64 [ 0, %then35 ], [ %k.next42, %k.body38 ]
  %1277 = icmp slt i64 %k40, 128
  br i1 %1277, label %k.body38, label %k.exit39

k.body38:                                         ; preds = %k.header37
  %1278 = add i64 1920, %k40
  %1279 = mul i64 %1278, 32
  %1280 = add i64 %1279, 0
  %1281 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %1280
  %1282 = bitcast float* %1281 to <8 x float>*
  %1283 = load <8 x float>, <8 x float>* %1282, align 4
  %1284 = add i64 1920, %k40
  %1285 = mul i64 %1284, 32
  %1286 = add i64 %1285, 8
  %1287 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %1286
  %1288 = bitcast float* %1287 to <8 x float>*
  %1289 = load <8 x float>, <8 x float>* %1288, align 4
  %1290 = add i64 1920, %k40
  %1291 = mul i64 %1290, 32
  %1292 = add i64 %1291, 16
  %1293 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %1292
  %1294 = bitcast float* %1293 to <8 x float>*
  %1295 = load <8 x float>, <8 x float>* %1294, align 4
  %1296 = add i64 1920, %k40
  %1297 = mul i64 %1296, 32
  %1298 = add i64 %1297, 24
  %1299 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %1298
  %1300 = bitcast float* %1299 to <8 x float>*
  %1301 = load <8 x float>, <8 x float>* %1300, align 4
  %1302 = getelementptr inbounds float, float* %795, i64 %k40
  %1303 = load float, float* %1302, align 4
  %1304 = insertelement <8 x float> undef, float %1303, i32 0
  %splat41 = shufflevector <8 x float> %1304, <8 x float> undef, <8 x i32> zeroinitializer
  %1305 = load <8 x float>, <8 x float>* %33, align 32
  %1306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1283, <8 x float> %1305)
  store <8 x float> %1306, <8 x float>* %33, align 32
  %1307 = load <8 x float>, <8 x float>* %32, align 32
  %1308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1289, <8 x float> %1307)
  store <8 x float> %1308, <8 x float>* %32, align 32
  %1309 = load <8 x float>, <8 x float>* %31, align 32
  %1310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1295, <8 x float> %1309)
  store <8 x float> %1310, <8 x float>* %31, align 32
  %1311 = load <8 x float>, <8 x float>* %30, align 32
  %1312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %1301, <8 x float> %1311)
  store <8 x float> %1312, <8 x float>* %30, align 32
  %k.next42 = add i64 %k40, 1
  br label %k.header37

k.exit39:                                         ; preds = %k.header37
  %1313 = add i64 %800, 120
  %1314 = getelementptr inbounds float, float* %2, i64 %1313
  %1315 = bitcast float* %1314 to <8 x float>*
  %1316 = load <8 x float>, <8 x float>* %1315, align 4
  %1317 = load <8 x float>, <8 x float>* %33, align 32
  %1318 = add i64 %800, 248
  %1319 = getelementptr inbounds float, float* %2, i64 %1318
  %1320 = bitcast float* %1319 to <8 x float>*
  %1321 = load <8 x float>, <8 x float>* %1320, align 4
  %1322 = load <8 x float>, <8 x float>* %32, align 32
  %1323 = add i64 %800, 376
  %1324 = getelementptr inbounds float, float* %2, i64 %1323
  %1325 = bitcast float* %1324 to <8 x float>*
  %1326 = load <8 x float>, <8 x float>* %1325, align 4
  %1327 = load <8 x float>, <8 x float>* %31, align 32
  %1328 = add i64 %800, 504
  %1329 = getelementptr inbounds float, float* %2, i64 %1328
  %1330 = bitcast float* %1329 to <8 x float>*
  %1331 = load <8 x float>, <8 x float>* %1330, align 4
  %1332 = load <8 x float>, <8 x float>* %30, align 32
  %1333 = getelementptr inbounds float, float* %75, i64 120
  %1334 = bitcast float* %1333 to <8 x float>*
  %1335 = load <8 x float>, <8 x float>* %1334, align 4
  %1336 = fadd <8 x float> %1316, %1317
  %1337 = fneg <8 x float> %1336
  %1338 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1337, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1339 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1338, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1339, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1341 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1340)
  %1342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1341, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1339)
  %1343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1341, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1342)
  %1344 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1343, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1344, <8 x float> %1343, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1345, <8 x float> %1343, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1346, <8 x float> %1343, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1347, <8 x float> %1343, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1349 = fmul <8 x float> %1343, %1343
  %1350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1348, <8 x float> %1349, <8 x float> %1343)
  %1351 = fadd <8 x float> %1350, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1352 = fptosi <8 x float> %1341 to <8 x i32>
  %1353 = add <8 x i32> %1352, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1354 = shl <8 x i32> %1353, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1355 = bitcast <8 x i32> %1354 to <8 x float>
  %1356 = fmul <8 x float> %1351, %1355
  %1357 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1356
  %1358 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1357
  %1359 = fadd <8 x float> %1321, %1322
  %1360 = fneg <8 x float> %1359
  %1361 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1360, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1362 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1361, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1362, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1364 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1363)
  %1365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1364, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1362)
  %1366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1364, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1365)
  %1367 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1366, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1367, <8 x float> %1366, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1368, <8 x float> %1366, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1369, <8 x float> %1366, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1370, <8 x float> %1366, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1372 = fmul <8 x float> %1366, %1366
  %1373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1371, <8 x float> %1372, <8 x float> %1366)
  %1374 = fadd <8 x float> %1373, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1375 = fptosi <8 x float> %1364 to <8 x i32>
  %1376 = add <8 x i32> %1375, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1377 = shl <8 x i32> %1376, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1378 = bitcast <8 x i32> %1377 to <8 x float>
  %1379 = fmul <8 x float> %1374, %1378
  %1380 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1379
  %1381 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1380
  %1382 = fadd <8 x float> %1326, %1327
  %1383 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1382)
  %1384 = fmul <8 x float> %1382, %1382
  %1385 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1384, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1385, <8 x float> %1384, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1386, <8 x float> %1384, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1387, <8 x float> %1384, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1389 = fmul <8 x float> %1388, %1384
  %1390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1389, <8 x float> %1382, <8 x float> %1382)
  %1391 = fmul <8 x float> %1383, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1392 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1391, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1393 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1392, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1393, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1395 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1394)
  %1396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1395, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1393)
  %1397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1395, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1396)
  %1398 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1397, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1398, <8 x float> %1397, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1399, <8 x float> %1397, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1400, <8 x float> %1397, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1401, <8 x float> %1397, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1403 = fmul <8 x float> %1397, %1397
  %1404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1402, <8 x float> %1403, <8 x float> %1397)
  %1405 = fadd <8 x float> %1404, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1406 = fptosi <8 x float> %1395 to <8 x i32>
  %1407 = add <8 x i32> %1406, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1408 = shl <8 x i32> %1407, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1409 = bitcast <8 x i32> %1408 to <8 x float>
  %1410 = fmul <8 x float> %1405, %1409
  %1411 = fadd <8 x float> %1410, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1412 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1411
  %1413 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1412
  %1414 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1413, <8 x float> %1382)
  %1415 = fcmp olt <8 x float> %1383, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1416 = select <8 x i1> %1415, <8 x float> %1390, <8 x float> %1414
  %1417 = fmul <8 x float> %1358, %1416
  %1418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1381, <8 x float> %1335, <8 x float> %1417)
  %1419 = getelementptr inbounds float, float* %75, i64 120
  %1420 = bitcast float* %1419 to <8 x float>*
  store <8 x float> %1418, <8 x float>* %1420, align 4
  %1421 = fadd <8 x float> %1331, %1332
  %1422 = fneg <8 x float> %1421
  %1423 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1422, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1424 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1423, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1424, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1426 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1425)
  %1427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1426, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1424)
  %1428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1426, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1427)
  %1429 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1428, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1429, <8 x float> %1428, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1430, <8 x float> %1428, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1431, <8 x float> %1428, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1432, <8 x float> %1428, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1434 = fmul <8 x float> %1428, %1428
  %1435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1433, <8 x float> %1434, <8 x float> %1428)
  %1436 = fadd <8 x float> %1435, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1437 = fptosi <8 x float> %1426 to <8 x i32>
  %1438 = add <8 x i32> %1437, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1439 = shl <8 x i32> %1438, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1440 = bitcast <8 x i32> %1439 to <8 x float>
  %1441 = fmul <8 x float> %1436, %1440
  %1442 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1441
  %1443 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1442
  %1444 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1418)
  %1445 = fmul <8 x float> %1418, %1418
  %1446 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1445, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1446, <8 x float> %1445, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1447, <8 x float> %1445, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1448, <8 x float> %1445, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1450 = fmul <8 x float> %1449, %1445
  %1451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1450, <8 x float> %1418, <8 x float> %1418)
  %1452 = fmul <8 x float> %1444, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1453 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1452, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1454 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1453, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1454, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1456 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1455)
  %1457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1456, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1454)
  %1458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1456, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1457)
  %1459 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1458, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1459, <8 x float> %1458, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1460, <8 x float> %1458, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1461, <8 x float> %1458, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1462, <8 x float> %1458, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1464 = fmul <8 x float> %1458, %1458
  %1465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1463, <8 x float> %1464, <8 x float> %1458)
  %1466 = fadd <8 x float> %1465, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1467 = fptosi <8 x float> %1456 to <8 x i32>
  %1468 = add <8 x i32> %1467, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1469 = shl <8 x i32> %1468, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1470 = bitcast <8 x i32> %1469 to <8 x float>
  %1471 = fmul <8 x float> %1466, %1470
  %1472 = fadd <8 x float> %1471, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1473 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1472
  %1474 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1473
  %1475 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1474, <8 x float> %1418)
  %1476 = fcmp olt <8 x float> %1444, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1477 = select <8 x i1> %1476, <8 x float> %1451, <8 x float> %1475
  %1478 = fmul <8 x float> %1443, %1477
  %1479 = getelementptr inbounds float, float* %796, i64 120
  %1480 = bitcast float* %1479 to <8 x float>*
  store <8 x float> %1478, <8 x float>* %1480, align 4
  %1481 = mul i64 %76, 50
  %1482 = add i64 %1481, %792
  %1483 = mul i64 %1482, 256
  %1484 = add i64 %1483, 128
  %1485 = add i64 %1484, 120
  %1486 = getelementptr inbounds float, float* %0, i64 %1485
  %1487 = bitcast float* %1486 to <8 x float>*
  store <8 x float> %1478, <8 x float>* %1487, align 4
  br label %endif36

sequence.header:                                  ; preds = %endif76, %else
  %sequence = phi i64 [ 0, %else ], [ %sequence.next, %endif76 ]
  %1488 = icmp slt i64 %sequence, 2
  br i1 %1488, label %sequence.body, label %sequence.exit

sequence.body:                                    ; preds = %sequence.header
  %1489 = mul i64 %sequence, 768
  %1490 = add i64 51200, %1489
  %1491 = getelementptr inbounds float, float* %2, i64 %1490
  %1492 = getelementptr inbounds float, float* %1491, i64 128
  %1493 = getelementptr inbounds float, float* %1491, i64 256
  %1494 = srem i64 %sequence, 1
  %1495 = sdiv i64 %sequence, 1
  %1496 = icmp eq i64 %1495, 0
  br i1 %1496, label %then44, label %endif45

sequence.exit:                                    ; preds = %sequence.header
  br label %endif

then44:                                           ; preds = %sequence.body
  br label %zero.header46

endif45:                                          ; preds = %s.exit53, %sequence.body
  %1497 = sdiv i64 %sequence, 1
  %1498 = icmp eq i64 %1497, 1
  br i1 %1498, label %then75, label %endif76

zero.header46:                                    ; preds = %zero.body47, %then44
  %zero49 = phi i64 [ %63, %then44 ], [ %zero.next50, %zero.body47 ]
  %1499 = icmp slt i64 %zero49, %66
  br i1 %1499, label %zero.body47, label %zero.exit48

zero.body47:                                      ; preds = %zero.header46
  %1500 = mul i64 %zero49, 8
  %1501 = getelementptr inbounds float, float* %1491, i64 %1500
  %1502 = bitcast float* %1501 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %1502, align 4
  %1503 = mul i64 %zero49, 8
  %1504 = getelementptr inbounds float, float* %1493, i64 %1503
  %1505 = bitcast float* %1504 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %1505, align 4
  %zero.next50 = add i64 %zero49, 1
  br label %zero.header46

zero.exit48:                                      ; preds = %zero.header46
  call void @GOMP_barrier()
  br label %s.header51

s.header51:                                       ; preds = %endif67, %zero.exit48
  %s54 = phi i64 [ 0, %zero.exit48 ], [ %s.next74, %endif67 ]
  %1506 = icmp slt i64 %s54, 50
  br i1 %1506, label %s.body52, label %s.exit53

s.body52:                                         ; preds = %s.header51
  %1507 = and i64 %s54, 1
  %1508 = icmp eq i64 %1507, 0
  %1509 = select i1 %1508, float* %1491, float* %1492
  %1510 = select i1 %1508, float* %1492, float* %1491
  %1511 = add i64 0, %1494
  %1512 = mul i64 %1511, 50
  %1513 = add i64 %1512, %s54
  %1514 = mul i64 %1513, 512
  %1515 = sub i64 %66, %63
  %1516 = sdiv i64 %1515, 2
  br label %pair.header55

s.exit53:                                         ; preds = %s.header51
  br label %endif45

pair.header55:                                    ; preds = %k.exit61, %s.body52
  %pair58 = phi i64 [ 0, %s.body52 ], [ %pair.next65, %k.exit61 ]
  %1517 = icmp slt i64 %pair58, %1516
  br i1 %1517, label %pair.body56, label %pair.exit57

pair.body56:                                      ; preds = %pair.header55
  %1518 = mul i64 %pair58, 2
  %1519 = add i64 %63, %1518
  %1520 = add i64 %1519, 1
  %1521 = mul i64 %1519, 8
  %1522 = mul i64 %1520, 8
  %1523 = add i64 0, %1521
  %1524 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1523
  %1525 = bitcast float* %1524 to <8 x float>*
  %1526 = load <8 x float>, <8 x float>* %1525, align 4
  store <8 x float> %1526, <8 x float>* %29, align 32
  %1527 = add i64 0, %1522
  %1528 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1527
  %1529 = bitcast float* %1528 to <8 x float>*
  %1530 = load <8 x float>, <8 x float>* %1529, align 4
  store <8 x float> %1530, <8 x float>* %28, align 32
  %1531 = add i64 128, %1521
  %1532 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1531
  %1533 = bitcast float* %1532 to <8 x float>*
  %1534 = load <8 x float>, <8 x float>* %1533, align 4
  store <8 x float> %1534, <8 x float>* %27, align 32
  %1535 = add i64 128, %1522
  %1536 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1535
  %1537 = bitcast float* %1536 to <8 x float>*
  %1538 = load <8 x float>, <8 x float>* %1537, align 4
  store <8 x float> %1538, <8 x float>* %26, align 32
  %1539 = add i64 256, %1521
  %1540 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1539
  %1541 = bitcast float* %1540 to <8 x float>*
  %1542 = load <8 x float>, <8 x float>* %1541, align 4
  store <8 x float> %1542, <8 x float>* %25, align 32
  %1543 = add i64 256, %1522
  %1544 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1543
  %1545 = bitcast float* %1544 to <8 x float>*
  %1546 = load <8 x float>, <8 x float>* %1545, align 4
  store <8 x float> %1546, <8 x float>* %24, align 32
  %1547 = add i64 384, %1521
  %1548 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1547
  %1549 = bitcast float* %1548 to <8 x float>*
  %1550 = load <8 x float>, <8 x float>* %1549, align 4
  store <8 x float> %1550, <8 x float>* %23, align 32
  %1551 = add i64 384, %1522
  %1552 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1551
  %1553 = bitcast float* %1552 to <8 x float>*
  %1554 = load <8 x float>, <8 x float>* %1553, align 4
  store <8 x float> %1554, <8 x float>* %22, align 32
  br label %k.header59

pair.exit57:                                      ; preds = %pair.header55
  %1555 = srem i64 %1515, 2
  %1556 = icmp eq i64 %1555, 1
  br i1 %1556, label %then66, label %endif67

k.header59:                                       ; preds = %k.body60, %pair.body56
  %k62 = phi i64 [ 0, %pair.body56 ], [ %k.next64, %k.body60 ]
  %1557 = icmp slt i64 %k62, 128
  br i1 %1557, label %k.body60, label %k.exit61

k.body60:                                         ; preds = %k.header59
  %1558 = mul i64 %1519, 128
  %1559 = add i64 %1558, %k62
  %1560 = mul i64 %1559, 32
  %1561 = add i64 %1560, 0
  %1562 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1561
  %1563 = bitcast float* %1562 to <8 x float>*
  %1564 = load <8 x float>, <8 x float>* %1563, align 4
  %1565 = mul i64 %1520, 128
  %1566 = add i64 %1565, %k62
  %1567 = mul i64 %1566, 32
  %1568 = add i64 %1567, 0
  %1569 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1568
  %1570 = bitcast float* %1569 to <8 x float>*
  %1571 = load <8 x float>, <8 x float>* %1570, align 4
  %1572 = mul i64 %1519, 128
  %1573 = add i64 %1572, %k62
  %1574 = mul i64 %1573, 32
  %1575 = add i64 %1574, 8
  %1576 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1575
  %1577 = bitcast float* %1576 to <8 x float>*
  %1578 = load <8 x float>, <8 x float>* %1577, align 4
  %1579 = mul i64 %1520, 128
  %1580 = add i64 %1579, %k62
  %1581 = mul i64 %1580, 32
  %1582 = add i64 %1581, 8
  %1583 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1582
  %1584 = bitcast float* %1583 to <8 x float>*
  %1585 = load <8 x float>, <8 x float>* %1584, align 4
  %1586 = mul i64 %1519, 128
  %1587 = add i64 %1586, %k62
  %1588 = mul i64 %1587, 32
  %1589 = add i64 %1588, 16
  %1590 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1589
  %1591 = bitcast float* %1590 to <8 x float>*
  %1592 = load <8 x float>, <8 x float>* %1591, align 4
  %1593 = mul i64 %1520, 128
  %1594 = add i64 %1593, %k62
  %1595 = mul i64 %1594, 32
  %1596 = add i64 %1595, 16
  %1597 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1596
  %1598 = bitcast float* %1597 to <8 x float>*
  %1599 = load <8 x float>, <8 x float>* %1598, align 4
  %1600 = mul i64 %1519, 128
  %1601 = add i64 %1600, %k62
  %1602 = mul i64 %1601, 32
  %1603 = add i64 %1602, 24
  %1604 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1603
  %1605 = bitcast float* %1604 to <8 x float>*
  %1606 = load <8 x float>, <8 x float>* %1605, align 4
  %1607 = mul i64 %1520, 128
  %1608 = add i64 %1607, %k62
  %1609 = mul i64 %1608, 32
  %1610 = add i64 %1609, 24
  %1611 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %1610
  %1612 = bitcast float* %1611 to <8 x float>*
  %1613 = load <8 x float>, <8 x float>* %1612, align 4
  %1614 = getelementptr inbounds float, float* %1509, i64 %k62
  %1615 = load float, float* %1614, align 4
  %1616 = insertelement <8 x float> undef, float %1615, i32 0
  %splat63 = shufflevector <8 x float> %1616, <8 x float> undef, <8 x i32> zeroinitializer
  %1617 = load <8 x float>, <8 x float>* %29, align 32
  %1618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1564, <8 x float> %1617)
  store <8 x float> %1618, <8 x float>* %29, align 32
  %1619 = load <8 x float>, <8 x float>* %28, align 32
  %1620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1571, <8 x float> %1619)
  store <8 x float> %1620, <8 x float>* %28, align 32
  %1621 = load <8 x float>, <8 x float>* %27, align 32
  %1622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1578, <8 x float> %1621)
  store <8 x float> %1622, <8 x float>* %27, align 32
  %1623 = load <8 x float>, <8 x float>* %26, align 32
  %1624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1585, <8 x float> %1623)
  store <8 x float> %1624, <8 x float>* %26, align 32
  %1625 = load <8 x float>, <8 x float>* %25, align 32
  %1626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1592, <8 x float> %1625)
  store <8 x float> %1626, <8 x float>* %25, align 32
  %1627 = load <8 x float>, <8 x float>* %24, align 32
  %1628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1599, <8 x float> %1627)
  store <8 x float> %1628, <8 x float>* %24, align 32
  %1629 = load <8 x float>, <8 x float>* %23, align 32
  %1630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1606, <8 x float> %1629)
  store <8 x float> %1630, <8 x float>* %23, align 32
  %1631 = load <8 x float>, <8 x float>* %22, align 32
  %1632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1613, <8 x float> %1631)
  store <8 x float> %1632, <8 x float>* %22, align 32
  %k.next64 = add i64 %k62, 1
  br label %k.header59

k.exit61:                                         ; preds = %k.header59
  %1633 = add i64 0, %1521
  %1634 = add i64 %1514, %1633
  %1635 = getelementptr inbounds float, float* %2, i64 %1634
  %1636 = bitcast float* %1635 to <8 x float>*
  %1637 = load <8 x float>, <8 x float>* %1636, align 4
  %1638 = load <8 x float>, <8 x float>* %29, align 32
  %1639 = add i64 128, %1521
  %1640 = add i64 %1514, %1639
  %1641 = getelementptr inbounds float, float* %2, i64 %1640
  %1642 = bitcast float* %1641 to <8 x float>*
  %1643 = load <8 x float>, <8 x float>* %1642, align 4
  %1644 = load <8 x float>, <8 x float>* %27, align 32
  %1645 = add i64 256, %1521
  %1646 = add i64 %1514, %1645
  %1647 = getelementptr inbounds float, float* %2, i64 %1646
  %1648 = bitcast float* %1647 to <8 x float>*
  %1649 = load <8 x float>, <8 x float>* %1648, align 4
  %1650 = load <8 x float>, <8 x float>* %25, align 32
  %1651 = add i64 384, %1521
  %1652 = add i64 %1514, %1651
  %1653 = getelementptr inbounds float, float* %2, i64 %1652
  %1654 = bitcast float* %1653 to <8 x float>*
  %1655 = load <8 x float>, <8 x float>* %1654, align 4
  %1656 = load <8 x float>, <8 x float>* %23, align 32
  %1657 = getelementptr inbounds float, float* %1493, i64 %1521
  %1658 = bitcast float* %1657 to <8 x float>*
  %1659 = load <8 x float>, <8 x float>* %1658, align 4
  %1660 = fadd <8 x float> %1637, %1638
  %1661 = fneg <8 x float> %1660
  %1662 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1661, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1663 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1662, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1663, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1665 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1664)
  %1666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1665, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1663)
  %1667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1665, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1666)
  %1668 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1667, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1668, <8 x float> %1667, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1669, <8 x float> %1667, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1670, <8 x float> %1667, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1671, <8 x float> %1667, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1673 = fmul <8 x float> %1667, %1667
  %1674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1672, <8 x float> %1673, <8 x float> %1667)
  %1675 = fadd <8 x float> %1674, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1676 = fptosi <8 x float> %1665 to <8 x i32>
  %1677 = add <8 x i32> %1676, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1678 = shl <8 x i32> %1677, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1679 = bitcast <8 x i32> %1678 to <8 x float>
  %1680 = fmul <8 x float> %1675, %1679
  %1681 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1680
  %1682 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1681
  %1683 = fadd <8 x float> %1643, %1644
  %1684 = fneg <8 x float> %1683
  %1685 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1684, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1686 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1685, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1686, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1688 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1687)
  %1689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1688, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1686)
  %1690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1688, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1689)
  %1691 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1690, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1691, <8 x float> %1690, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1692, <8 x float> %1690, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1693, <8 x float> %1690, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1694, <8 x float> %1690, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1696 = fmul <8 x float> %1690, %1690
  %1697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1695, <8 x float> %1696, <8 x float> %1690)
  %1698 = fadd <8 x float> %1697, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1699 = fptosi <8 x float> %1688 to <8 x i32>
  %1700 = add <8 x i32> %1699, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1701 = shl <8 x i32> %1700, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1702 = bitcast <8 x i32> %1701 to <8 x float>
  %1703 = fmul <8 x float> %1698, %1702
  %1704 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1703
  %1705 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1704
  %1706 = fadd <8 x float> %1649, %1650
  %1707 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1706)
  %1708 = fmul <8 x float> %1706, %1706
  %1709 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1708, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1709, <8 x float> %1708, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1710, <8 x float> %1708, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1711, <8 x float> %1708, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1713 = fmul <8 x float> %1712, %1708
  %1714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1713, <8 x float> %1706, <8 x float> %1706)
  %1715 = fmul <8 x float> %1707, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1716 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1715, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1717 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1716, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1717, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1719 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1718)
  %1720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1719, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1717)
  %1721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1719, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1720)
  %1722 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1721, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1722, <8 x float> %1721, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1723, <8 x float> %1721, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1724, <8 x float> %1721, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1725, <8 x float> %1721, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1727 = fmul <8 x float> %1721, %1721
  %1728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1726, <8 x float> %1727, <8 x float> %1721)
  %1729 = fadd <8 x float> %1728, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1730 = fptosi <8 x float> %1719 to <8 x i32>
  %1731 = add <8 x i32> %1730, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1732 = shl <8 x i32> %1731, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1733 = bitcast <8 x i32> %1732 to <8 x float>
  %1734 = fmul <8 x float> %1729, %1733
  %1735 = fadd <8 x float> %1734, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1736 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1735
  %1737 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1736
  %1738 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1737, <8 x float> %1706)
  %1739 = fcmp olt <8 x float> %1707, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1740 = select <8 x i1> %1739, <8 x float> %1714, <8 x float> %1738
  %1741 = fmul <8 x float> %1682, %1740
  %1742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1705, <8 x float> %1659, <8 x float> %1741)
  %1743 = getelementptr inbounds float, float* %1493, i64 %1521
  %1744 = bitcast float* %1743 to <8 x float>*
  store <8 x float> %1742, <8 x float>* %1744, align 4
  %1745 = fadd <8 x float> %1655, %1656
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
  %1766 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1765
  %1767 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1766
  %1768 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1742)
  %1769 = fmul <8 x float> %1742, %1742
  %1770 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1769, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1770, <8 x float> %1769, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1771, <8 x float> %1769, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1772, <8 x float> %1769, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1774 = fmul <8 x float> %1773, %1769
  %1775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1774, <8 x float> %1742, <8 x float> %1742)
  %1776 = fmul <8 x float> %1768, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1777 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1776, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1778 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1777, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1778, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1780 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1779)
  %1781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1780, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1778)
  %1782 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1780, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1781)
  %1783 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1782, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1783, <8 x float> %1782, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1784, <8 x float> %1782, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1785, <8 x float> %1782, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1786, <8 x float> %1782, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1788 = fmul <8 x float> %1782, %1782
  %1789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1787, <8 x float> %1788, <8 x float> %1782)
  %1790 = fadd <8 x float> %1789, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1791 = fptosi <8 x float> %1780 to <8 x i32>
  %1792 = add <8 x i32> %1791, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1793 = shl <8 x i32> %1792, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1794 = bitcast <8 x i32> %1793 to <8 x float>
  %1795 = fmul <8 x float> %1790, %1794
  %1796 = fadd <8 x float> %1795, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1797 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1796
  %1798 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1797
  %1799 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1798, <8 x float> %1742)
  %1800 = fcmp olt <8 x float> %1768, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1801 = select <8 x i1> %1800, <8 x float> %1775, <8 x float> %1799
  %1802 = fmul <8 x float> %1767, %1801
  %1803 = getelementptr inbounds float, float* %1510, i64 %1521
  %1804 = bitcast float* %1803 to <8 x float>*
  store <8 x float> %1802, <8 x float>* %1804, align 4
  %1805 = mul i64 %1494, 50
  %1806 = add i64 %1805, %s54
  %1807 = mul i64 %1806, 256
  %1808 = add i64 %1807, 0
  %1809 = add i64 %1808, %1521
  %1810 = getelementptr inbounds float, float* %0, i64 %1809
  %1811 = bitcast float* %1810 to <8 x float>*
  store <8 x float> %1802, <8 x float>* %1811, align 4
  %1812 = add i64 0, %1522
  %1813 = add i64 %1514, %1812
  %1814 = getelementptr inbounds float, float* %2, i64 %1813
  %1815 = bitcast float* %1814 to <8 x float>*
  %1816 = load <8 x float>, <8 x float>* %1815, align 4
  %1817 = load <8 x float>, <8 x float>* %28, align 32
  %1818 = add i64 128, %1522
  %1819 = add i64 %1514, %1818
  %1820 = getelementptr inbounds float, float* %2, i64 %1819
  %1821 = bitcast float* %1820 to <8 x float>*
  %1822 = load <8 x float>, <8 x float>* %1821, align 4
  %1823 = load <8 x float>, <8 x float>* %26, align 32
  %1824 = add i64 256, %1522
  %1825 = add i64 %1514, %1824
  %1826 = getelementptr inbounds float, float* %2, i64 %1825
  %1827 = bitcast float* %1826 to <8 x float>*
  %1828 = load <8 x float>, <8 x float>* %1827, align 4
  %1829 = load <8 x float>, <8 x float>* %24, align 32
  %1830 = add i64 384, %1522
  %1831 = add i64 %1514, %1830
  %1832 = getelementptr inbounds float, float* %2, i64 %1831
  %1833 = bitcast float* %1832 to <8 x float>*
  %1834 = load <8 x float>, <8 x float>* %1833, align 4
  %1835 = load <8 x float>, <8 x float>* %22, align 32
  %1836 = getelementptr inbounds float, float* %1493, i64 %1522
  %1837 = bitcast float* %1836 to <8 x float>*
  %1838 = load <8 x float>, <8 x float>* %1837, align 4
  %1839 = fadd <8 x float> %1816, %1817
  %1840 = fneg <8 x float> %1839
  %1841 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1840, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1842 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1841, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1842, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1844 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1843)
  %1845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1844, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1842)
  %1846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1844, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1845)
  %1847 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1846, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1847, <8 x float> %1846, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1848, <8 x float> %1846, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1849, <8 x float> %1846, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1850, <8 x float> %1846, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1852 = fmul <8 x float> %1846, %1846
  %1853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1851, <8 x float> %1852, <8 x float> %1846)
  %1854 = fadd <8 x float> %1853, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1855 = fptosi <8 x float> %1844 to <8 x i32>
  %1856 = add <8 x i32> %1855, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1857 = shl <8 x i32> %1856, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1858 = bitcast <8 x i32> %1857 to <8 x float>
  %1859 = fmul <8 x float> %1854, %1858
  %1860 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1859
  %1861 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1860
  %1862 = fadd <8 x float> %1822, %1823
  %1863 = fneg <8 x float> %1862
  %1864 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1863, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1865 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1864, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1865, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1867 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1866)
  %1868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1867, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1865)
  %1869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1867, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1868)
  %1870 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1869, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1870, <8 x float> %1869, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1871, <8 x float> %1869, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1872, <8 x float> %1869, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1873, <8 x float> %1869, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1875 = fmul <8 x float> %1869, %1869
  %1876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1874, <8 x float> %1875, <8 x float> %1869)
  %1877 = fadd <8 x float> %1876, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1878 = fptosi <8 x float> %1867 to <8 x i32>
  %1879 = add <8 x i32> %1878, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1880 = shl <8 x i32> %1879, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1881 = bitcast <8 x i32> %1880 to <8 x float>
  %1882 = fmul <8 x float> %1877, %1881
  %1883 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1882
  %1884 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1883
  %1885 = fadd <8 x float> %1828, %1829
  %1886 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1885)
  %1887 = fmul <8 x float> %1885, %1885
  %1888 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1887, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1888, <8 x float> %1887, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1889, <8 x float> %1887, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1890, <8 x float> %1887, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1892 = fmul <8 x float> %1891, %1887
  %1893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1892, <8 x float> %1885, <8 x float> %1885)
  %1894 = fmul <8 x float> %1886, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1895 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1894, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1896 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1895, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1896, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1898 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1897)
  %1899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1898, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1896)
  %1900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1898, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1899)
  %1901 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1900, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1901, <8 x float> %1900, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1902, <8 x float> %1900, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1903, <8 x float> %1900, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1904, <8 x float> %1900, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1906 = fmul <8 x float> %1900, %1900
  %1907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1905, <8 x float> %1906, <8 x float> %1900)
  %1908 = fadd <8 x float> %1907, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1909 = fptosi <8 x float> %1898 to <8 x i32>
  %1910 = add <8 x i32> %1909, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1911 = shl <8 x i32> %1910, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1912 = bitcast <8 x i32> %1911 to <8 x float>
  %1913 = fmul <8 x float> %1908, %1912
  %1914 = fadd <8 x float> %1913, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1915 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1914
  %1916 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1915
  %1917 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1916, <8 x float> %1885)
  %1918 = fcmp olt <8 x float> %1886, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1919 = select <8 x i1> %1918, <8 x float> %1893, <8 x float> %1917
  %1920 = fmul <8 x float> %1861, %1919
  %1921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1884, <8 x float> %1838, <8 x float> %1920)
  %1922 = getelementptr inbounds float, float* %1493, i64 %1522
  %1923 = bitcast float* %1922 to <8 x float>*
  store <8 x float> %1921, <8 x float>* %1923, align 4
  %1924 = fadd <8 x float> %1834, %1835
  %1925 = fneg <8 x float> %1924
  %1926 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1925, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1927 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1926, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1927, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1929 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1928)
  %1930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1929, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1927)
  %1931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1929, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1930)
  %1932 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1931, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1932, <8 x float> %1931, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1933, <8 x float> %1931, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1934, <8 x float> %1931, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1935, <8 x float> %1931, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1937 = fmul <8 x float> %1931, %1931
  %1938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1936, <8 x float> %1937, <8 x float> %1931)
  %1939 = fadd <8 x float> %1938, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1940 = fptosi <8 x float> %1929 to <8 x i32>
  %1941 = add <8 x i32> %1940, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1942 = shl <8 x i32> %1941, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1943 = bitcast <8 x i32> %1942 to <8 x float>
  %1944 = fmul <8 x float> %1939, %1943
  %1945 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1944
  %1946 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1945
  %1947 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1921)
  %1948 = fmul <8 x float> %1921, %1921
  %1949 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1948, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1949, <8 x float> %1948, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1950, <8 x float> %1948, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1951, <8 x float> %1948, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1953 = fmul <8 x float> %1952, %1948
  %1954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1953, <8 x float> %1921, <8 x float> %1921)
  %1955 = fmul <8 x float> %1947, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1956 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1955, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1957 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1956, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1958 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1957, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1959 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1958)
  %1960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1959, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1957)
  %1961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1959, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1960)
  %1962 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1961, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1962, <8 x float> %1961, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1963, <8 x float> %1961, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1964, <8 x float> %1961, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1965, <8 x float> %1961, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1967 = fmul <8 x float> %1961, %1961
  %1968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1966, <8 x float> %1967, <8 x float> %1961)
  %1969 = fadd <8 x float> %1968, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1970 = fptosi <8 x float> %1959 to <8 x i32>
  %1971 = add <8 x i32> %1970, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1972 = shl <8 x i32> %1971, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1973 = bitcast <8 x i32> %1972 to <8 x float>
  %1974 = fmul <8 x float> %1969, %1973
  %1975 = fadd <8 x float> %1974, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1976 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1975
  %1977 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1976
  %1978 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1977, <8 x float> %1921)
  %1979 = fcmp olt <8 x float> %1947, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1980 = select <8 x i1> %1979, <8 x float> %1954, <8 x float> %1978
  %1981 = fmul <8 x float> %1946, %1980
  %1982 = getelementptr inbounds float, float* %1510, i64 %1522
  %1983 = bitcast float* %1982 to <8 x float>*
  store <8 x float> %1981, <8 x float>* %1983, align 4
  %1984 = mul i64 %1494, 50
  %1985 = add i64 %1984, %s54
  %1986 = mul i64 %1985, 256
  %1987 = add i64 %1986, 0
  %1988 = add i64 %1987, %1522
  %1989 = getelementptr inbounds float, float* %0, i64 %1988
  %1990 = bitcast float* %1989 to <8 x float>*
  store <8 x float> %1981, <8 x float>* %1990, align 4
  %pair.next65 = add i64 %pair58, 1
  br label %pair.header55

then66:                                           ; preds = %pair.exit57
  %1991 = sub i64 %66, 1
  %1992 = mul i64 %1991, 8
  %1993 = add i64 0, %1992
  %1994 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1993
  %1995 = bitcast float* %1994 to <8 x float>*
  %1996 = load <8 x float>, <8 x float>* %1995, align 4
  store <8 x float> %1996, <8 x float>* %21, align 32
  %1997 = add i64 128, %1992
  %1998 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %1997
  %1999 = bitcast float* %1998 to <8 x float>*
  %2000 = load <8 x float>, <8 x float>* %1999, align 4
  store <8 x float> %2000, <8 x float>* %20, align 32
  %2001 = add i64 256, %1992
  %2002 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %2001
  %2003 = bitcast float* %2002 to <8 x float>*
  %2004 = load <8 x float>, <8 x float>* %2003, align 4
  store <8 x float> %2004, <8 x float>* %19, align 32
  %2005 = add i64 384, %1992
  %2006 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %2005
  %2007 = bitcast float* %2006 to <8 x float>*
  %2008 = load <8 x float>, <8 x float>* %2007, align 4
  store <8 x float> %2008, <8 x float>* %18, align 32
  br label %k.header68

endif67:                                          ; preds = %k.exit70, %pair.exit57
  call void @GOMP_barrier()
  %s.next74 = add i64 %s54, 1
  br label %s.header51

k.header68:                                       ; preds = %k.body69, %then66
  %k71 = phi i64 [ 0, %then66 ], [ %k.next73, %k.body69 ]
  %2009 = icmp slt i64 %k71, 128
  br i1 %2009, label %k.body69, label %k.exit70

k.body69:                                         ; preds = %k.header68
  %2010 = mul i64 %1991, 128
  %2011 = add i64 %2010, %k71
  %2012 = mul i64 %2011, 32
  %2013 = add i64 %2012, 0
  %2014 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %2013
  %2015 = bitcast float* %2014 to <8 x float>*
  %2016 = load <8 x float>, <8 x float>* %2015, align 4
  %2017 = mul i64 %1991, 128
  %2018 = add i64 %2017, %k71
  %2019 = mul i64 %2018, 32
  %2020 = add i64 %2019, 8
  %2021 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %2020
  %2022 = bitcast float* %2021 to <8 x float>*
  %2023 = load <8 x float>, <8 x float>* %2022, align 4
  %2024 = mul i64 %1991, 128
  %2025 = add i64 %2024, %k71
  %2026 = mul i64 %2025, 32
  %2027 = add i64 %2026, 16
  %2028 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %2027
  %2029 = bitcast float* %2028 to <8 x float>*
  %2030 = load <8 x float>, <8 x float>* %2029, align 4
  %2031 = mul i64 %1991, 128
  %2032 = add i64 %2031, %k71
  %2033 = mul i64 %2032, 32
  %2034 = add i64 %2033, 24
  %2035 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed0 to float*), i64 %2034
  %2036 = bitcast float* %2035 to <8 x float>*
  %2037 = load <8 x float>, <8 x float>* %2036, align 4
  %2038 = getelementptr inbounds float, float* %1509, i64 %k71
  %2039 = load float, float* %2038, align 4
  %2040 = insertelement <8 x float> undef, float %2039, i32 0
  %splat72 = shufflevector <8 x float> %2040, <8 x float> undef, <8 x i32> zeroinitializer
  %2041 = load <8 x float>, <8 x float>* %21, align 32
  %2042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %2016, <8 x float> %2041)
  store <8 x float> %2042, <8 x float>* %21, align 32
  %2043 = load <8 x float>, <8 x float>* %20, align 32
  %2044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %2023, <8 x float> %2043)
  store <8 x float> %2044, <8 x float>* %20, align 32
  %2045 = load <8 x float>, <8 x float>* %19, align 32
  %2046 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %2030, <8 x float> %2045)
  store <8 x float> %2046, <8 x float>* %19, align 32
  %2047 = load <8 x float>, <8 x float>* %18, align 32
  %2048 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %2037, <8 x float> %2047)
  store <8 x float> %2048, <8 x float>* %18, align 32
  %k.next73 = add i64 %k71, 1
  br label %k.header68

k.exit70:                                         ; preds = %k.header68
  %2049 = add i64 0, %1992
  %2050 = add i64 %1514, %2049
  %2051 = getelementptr inbounds float, float* %2, i64 %2050
  %2052 = bitcast float* %2051 to <8 x float>*
  %2053 = load <8 x float>, <8 x float>* %2052, align 4
  %2054 = load <8 x float>, <8 x float>* %21, align 32
  %2055 = add i64 128, %1992
  %2056 = add i64 %1514, %2055
  %2057 = getelementptr inbounds float, float* %2, i64 %2056
  %2058 = bitcast float* %2057 to <8 x float>*
  %2059 = load <8 x float>, <8 x float>* %2058, align 4
  %2060 = load <8 x float>, <8 x float>* %20, align 32
  %2061 = add i64 256, %1992
  %2062 = add i64 %1514, %2061
  %2063 = getelementptr inbounds float, float* %2, i64 %2062
  %2064 = bitcast float* %2063 to <8 x float>*
  %2065 = load <8 x float>, <8 x float>* %2064, align 4
  %2066 = load <8 x float>, <8 x float>* %19, align 32
  %2067 = add i64 384, %1992
  %2068 = add i64 %1514, %2067
  %2069 = getelementptr inbounds float, float* %2, i64 %2068
  %2070 = bitcast float* %2069 to <8 x float>*
  %2071 = load <8 x float>, <8 x float>* %2070, align 4
  %2072 = load <8 x float>, <8 x float>* %18, align 32
  %2073 = getelementptr inbounds float, float* %1493, i64 %1992
  %2074 = bitcast float* %2073 to <8 x float>*
  %2075 = load <8 x float>, <8 x float>* %2074, align 4
  %2076 = fadd <8 x float> %2053, %2054
  %2077 = fneg <8 x float> %2076
  %2078 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2077, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2079 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2078, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2079, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2081 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2080)
  %2082 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2081, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2079)
  %2083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2081, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2082)
  %2084 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2083, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2085 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2084, <8 x float> %2083, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2086 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2085, <8 x float> %2083, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2086, <8 x float> %2083, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2088 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2087, <8 x float> %2083, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2089 = fmul <8 x float> %2083, %2083
  %2090 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2088, <8 x float> %2089, <8 x float> %2083)
  %2091 = fadd <8 x float> %2090, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2092 = fptosi <8 x float> %2081 to <8 x i32>
  %2093 = add <8 x i32> %2092, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2094 = shl <8 x i32> %2093, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2095 = bitcast <8 x i32> %2094 to <8 x float>
  %2096 = fmul <8 x float> %2091, %2095
  %2097 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2096
  %2098 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2097
  %2099 = fadd <8 x float> %2059, %2060
  %2100 = fneg <8 x float> %2099
  %2101 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2100, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2102 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2101, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2102, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2104 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2103)
  %2105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2104, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2102)
  %2106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2104, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2105)
  %2107 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2106, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2107, <8 x float> %2106, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2108, <8 x float> %2106, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2109, <8 x float> %2106, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2110, <8 x float> %2106, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2112 = fmul <8 x float> %2106, %2106
  %2113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2111, <8 x float> %2112, <8 x float> %2106)
  %2114 = fadd <8 x float> %2113, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2115 = fptosi <8 x float> %2104 to <8 x i32>
  %2116 = add <8 x i32> %2115, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2117 = shl <8 x i32> %2116, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2118 = bitcast <8 x i32> %2117 to <8 x float>
  %2119 = fmul <8 x float> %2114, %2118
  %2120 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2119
  %2121 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2120
  %2122 = fadd <8 x float> %2065, %2066
  %2123 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2122)
  %2124 = fmul <8 x float> %2122, %2122
  %2125 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2124, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2125, <8 x float> %2124, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2126, <8 x float> %2124, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2127, <8 x float> %2124, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2129 = fmul <8 x float> %2128, %2124
  %2130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2129, <8 x float> %2122, <8 x float> %2122)
  %2131 = fmul <8 x float> %2123, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2132 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2131, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2133 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2132, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2133, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2135 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2134)
  %2136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2135, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2133)
  %2137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2135, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2136)
  %2138 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2137, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2138, <8 x float> %2137, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2139, <8 x float> %2137, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2140, <8 x float> %2137, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2141, <8 x float> %2137, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2143 = fmul <8 x float> %2137, %2137
  %2144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2142, <8 x float> %2143, <8 x float> %2137)
  %2145 = fadd <8 x float> %2144, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2146 = fptosi <8 x float> %2135 to <8 x i32>
  %2147 = add <8 x i32> %2146, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2148 = shl <8 x i32> %2147, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2149 = bitcast <8 x i32> %2148 to <8 x float>
  %2150 = fmul <8 x float> %2145, %2149
  %2151 = fadd <8 x float> %2150, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2152 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2151
  %2153 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2152
  %2154 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2153, <8 x float> %2122)
  %2155 = fcmp olt <8 x float> %2123, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2156 = select <8 x i1> %2155, <8 x float> %2130, <8 x float> %2154
  %2157 = fmul <8 x float> %2098, %2156
  %2158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2121, <8 x float> %2075, <8 x float> %2157)
  %2159 = getelementptr inbounds float, float* %1493, i64 %1992
  %2160 = bitcast float* %2159 to <8 x float>*
  store <8 x float> %2158, <8 x float>* %2160, align 4
  %2161 = fadd <8 x float> %2071, %2072
  %2162 = fneg <8 x float> %2161
  %2163 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2162, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2164 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2163, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2164, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2166 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2165)
  %2167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2166, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2164)
  %2168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2166, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2167)
  %2169 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2168, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2169, <8 x float> %2168, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2170, <8 x float> %2168, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2171, <8 x float> %2168, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2172, <8 x float> %2168, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2174 = fmul <8 x float> %2168, %2168
  %2175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2173, <8 x float> %2174, <8 x float> %2168)
  %2176 = fadd <8 x float> %2175, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2177 = fptosi <8 x float> %2166 to <8 x i32>
  %2178 = add <8 x i32> %2177, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2179 = shl <8 x i32> %2178, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2180 = bitcast <8 x i32> %2179 to <8 x float>
  %2181 = fmul <8 x float> %2176, %2180
  %2182 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2181
  %2183 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2182
  %2184 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2158)
  %2185 = fmul <8 x float> %2158, %2158
  %2186 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2185, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2186, <8 x float> %2185, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2187, <8 x float> %2185, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2188, <8 x float> %2185, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2190 = fmul <8 x float> %2189, %2185
  %2191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2190, <8 x float> %2158, <8 x float> %2158)
  %2192 = fmul <8 x float> %2184, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2193 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2192, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2194 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2193, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2194, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2196 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2195)
  %2197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2196, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2194)
  %2198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2196, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2197)
  %2199 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2198, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2199, <8 x float> %2198, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2200, <8 x float> %2198, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2201, <8 x float> %2198, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2202, <8 x float> %2198, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2204 = fmul <8 x float> %2198, %2198
  %2205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2203, <8 x float> %2204, <8 x float> %2198)
  %2206 = fadd <8 x float> %2205, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2207 = fptosi <8 x float> %2196 to <8 x i32>
  %2208 = add <8 x i32> %2207, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2209 = shl <8 x i32> %2208, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2210 = bitcast <8 x i32> %2209 to <8 x float>
  %2211 = fmul <8 x float> %2206, %2210
  %2212 = fadd <8 x float> %2211, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2213 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2212
  %2214 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2213
  %2215 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2214, <8 x float> %2158)
  %2216 = fcmp olt <8 x float> %2184, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2217 = select <8 x i1> %2216, <8 x float> %2191, <8 x float> %2215
  %2218 = fmul <8 x float> %2183, %2217
  %2219 = getelementptr inbounds float, float* %1510, i64 %1992
  %2220 = bitcast float* %2219 to <8 x float>*
  store <8 x float> %2218, <8 x float>* %2220, align 4
  %2221 = mul i64 %1494, 50
  %2222 = add i64 %2221, %s54
  %2223 = mul i64 %2222, 256
  %2224 = add i64 %2223, 0
  %2225 = add i64 %2224, %1992
  %2226 = getelementptr inbounds float, float* %0, i64 %2225
  %2227 = bitcast float* %2226 to <8 x float>*
  store <8 x float> %2218, <8 x float>* %2227, align 4
  br label %endif67

then75:                                           ; preds = %endif45
  br label %zero.header77

endif76:                                          ; preds = %s.exit84, %endif45
  %sequence.next = add i64 %sequence, 1
  br label %sequence.header

zero.header77:                                    ; preds = %zero.body78, %then75
  %zero80 = phi i64 [ %63, %then75 ], [ %zero.next81, %zero.body78 ]
  %2228 = icmp slt i64 %zero80, %66
  br i1 %2228, label %zero.body78, label %zero.exit79

zero.body78:                                      ; preds = %zero.header77
  %2229 = mul i64 %zero80, 8
  %2230 = getelementptr inbounds float, float* %1491, i64 %2229
  %2231 = bitcast float* %2230 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %2231, align 4
  %2232 = mul i64 %zero80, 8
  %2233 = getelementptr inbounds float, float* %1493, i64 %2232
  %2234 = bitcast float* %2233 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %2234, align 4
  %zero.next81 = add i64 %zero80, 1
  br label %zero.header77

zero.exit79:                                      ; preds = %zero.header77
  call void @GOMP_barrier()
  br label %s.header82

s.header82:                                       ; preds = %endif98, %zero.exit79
  %s85 = phi i64 [ 0, %zero.exit79 ], [ %s.next105, %endif98 ]
  %2235 = icmp slt i64 %s85, 50
  br i1 %2235, label %s.body83, label %s.exit84

s.body83:                                         ; preds = %s.header82
  %2236 = sub i64 49, %s85
  %2237 = and i64 %s85, 1
  %2238 = icmp eq i64 %2237, 0
  %2239 = select i1 %2238, float* %1491, float* %1492
  %2240 = select i1 %2238, float* %1492, float* %1491
  %2241 = add i64 1, %1494
  %2242 = mul i64 %2241, 50
  %2243 = add i64 %2242, %2236
  %2244 = mul i64 %2243, 512
  %2245 = sub i64 %66, %63
  %2246 = sdiv i64 %2245, 2
  br label %pair.header86

s.exit84:                                         ; preds = %s.header82
  br label %endif76

pair.header86:                                    ; preds = %k.exit92, %s.body83
  %pair89 = phi i64 [ 0, %s.body83 ], [ %pair.next96, %k.exit92 ]
  %2247 = icmp slt i64 %pair89, %2246
  br i1 %2247, label %pair.body87, label %pair.exit88

pair.body87:                                      ; preds = %pair.header86
  %2248 = mul i64 %pair89, 2
  %2249 = add i64 %63, %2248
  %2250 = add i64 %2249, 1
  %2251 = mul i64 %2249, 8
  %2252 = mul i64 %2250, 8
  %2253 = add i64 0, %2251
  %2254 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2253
  %2255 = bitcast float* %2254 to <8 x float>*
  %2256 = load <8 x float>, <8 x float>* %2255, align 4
  store <8 x float> %2256, <8 x float>* %17, align 32
  %2257 = add i64 0, %2252
  %2258 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2257
  %2259 = bitcast float* %2258 to <8 x float>*
  %2260 = load <8 x float>, <8 x float>* %2259, align 4
  store <8 x float> %2260, <8 x float>* %16, align 32
  %2261 = add i64 128, %2251
  %2262 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2261
  %2263 = bitcast float* %2262 to <8 x float>*
  %2264 = load <8 x float>, <8 x float>* %2263, align 4
  store <8 x float> %2264, <8 x float>* %15, align 32
  %2265 = add i64 128, %2252
  %2266 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2265
  %2267 = bitcast float* %2266 to <8 x float>*
  %2268 = load <8 x float>, <8 x float>* %2267, align 4
  store <8 x float> %2268, <8 x float>* %14, align 32
  %2269 = add i64 256, %2251
  %2270 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2269
  %2271 = bitcast float* %2270 to <8 x float>*
  %2272 = load <8 x float>, <8 x float>* %2271, align 4
  store <8 x float> %2272, <8 x float>* %13, align 32
  %2273 = add i64 256, %2252
  %2274 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2273
  %2275 = bitcast float* %2274 to <8 x float>*
  %2276 = load <8 x float>, <8 x float>* %2275, align 4
  store <8 x float> %2276, <8 x float>* %12, align 32
  %2277 = add i64 384, %2251
  %2278 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2277
  %2279 = bitcast float* %2278 to <8 x float>*
  %2280 = load <8 x float>, <8 x float>* %2279, align 4
  store <8 x float> %2280, <8 x float>* %11, align 32
  %2281 = add i64 384, %2252
  %2282 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2281
  %2283 = bitcast float* %2282 to <8 x float>*
  %2284 = load <8 x float>, <8 x float>* %2283, align 4
  store <8 x float> %2284, <8 x float>* %10, align 32
  br label %k.header90

pair.exit88:                                      ; preds = %pair.header86
  %2285 = srem i64 %2245, 2
  %2286 = icmp eq i64 %2285, 1
  br i1 %2286, label %then97, label %endif98

k.header90:                                       ; preds = %k.body91, %pair.body87
  %k93 = phi i64 [ 0, %pair.body87 ], [ %k.next95, %k.body91 ]
  %2287 = icmp slt i64 %k93, 128
  br i1 %2287, label %k.body91, label %k.exit92

k.body91:                                         ; preds = %k.header90
  %2288 = mul i64 %2249, 128
  %2289 = add i64 %2288, %k93
  %2290 = mul i64 %2289, 32
  %2291 = add i64 %2290, 0
  %2292 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2291
  %2293 = bitcast float* %2292 to <8 x float>*
  %2294 = load <8 x float>, <8 x float>* %2293, align 4
  %2295 = mul i64 %2250, 128
  %2296 = add i64 %2295, %k93
  %2297 = mul i64 %2296, 32
  %2298 = add i64 %2297, 0
  %2299 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2298
  %2300 = bitcast float* %2299 to <8 x float>*
  %2301 = load <8 x float>, <8 x float>* %2300, align 4
  %2302 = mul i64 %2249, 128
  %2303 = add i64 %2302, %k93
  %2304 = mul i64 %2303, 32
  %2305 = add i64 %2304, 8
  %2306 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2305
  %2307 = bitcast float* %2306 to <8 x float>*
  %2308 = load <8 x float>, <8 x float>* %2307, align 4
  %2309 = mul i64 %2250, 128
  %2310 = add i64 %2309, %k93
  %2311 = mul i64 %2310, 32
  %2312 = add i64 %2311, 8
  %2313 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2312
  %2314 = bitcast float* %2313 to <8 x float>*
  %2315 = load <8 x float>, <8 x float>* %2314, align 4
  %2316 = mul i64 %2249, 128
  %2317 = add i64 %2316, %k93
  %2318 = mul i64 %2317, 32
  %2319 = add i64 %2318, 16
  %2320 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2319
  %2321 = bitcast float* %2320 to <8 x float>*
  %2322 = load <8 x float>, <8 x float>* %2321, align 4
  %2323 = mul i64 %2250, 128
  %2324 = add i64 %2323, %k93
  %2325 = mul i64 %2324, 32
  %2326 = add i64 %2325, 16
  %2327 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2326
  %2328 = bitcast float* %2327 to <8 x float>*
  %2329 = load <8 x float>, <8 x float>* %2328, align 4
  %2330 = mul i64 %2249, 128
  %2331 = add i64 %2330, %k93
  %2332 = mul i64 %2331, 32
  %2333 = add i64 %2332, 24
  %2334 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2333
  %2335 = bitcast float* %2334 to <8 x float>*
  %2336 = load <8 x float>, <8 x float>* %2335, align 4
  %2337 = mul i64 %2250, 128
  %2338 = add i64 %2337, %k93
  %2339 = mul i64 %2338, 32
  %2340 = add i64 %2339, 24
  %2341 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2340
  %2342 = bitcast float* %2341 to <8 x float>*
  %2343 = load <8 x float>, <8 x float>* %2342, align 4
  %2344 = getelementptr inbounds float, float* %2239, i64 %k93
  %2345 = load float, float* %2344, align 4
  %2346 = insertelement <8 x float> undef, float %2345, i32 0
  %splat94 = shufflevector <8 x float> %2346, <8 x float> undef, <8 x i32> zeroinitializer
  %2347 = load <8 x float>, <8 x float>* %17, align 32
  %2348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2294, <8 x float> %2347)
  store <8 x float> %2348, <8 x float>* %17, align 32
  %2349 = load <8 x float>, <8 x float>* %16, align 32
  %2350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2301, <8 x float> %2349)
  store <8 x float> %2350, <8 x float>* %16, align 32
  %2351 = load <8 x float>, <8 x float>* %15, align 32
  %2352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2308, <8 x float> %2351)
  store <8 x float> %2352, <8 x float>* %15, align 32
  %2353 = load <8 x float>, <8 x float>* %14, align 32
  %2354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2315, <8 x float> %2353)
  store <8 x float> %2354, <8 x float>* %14, align 32
  %2355 = load <8 x float>, <8 x float>* %13, align 32
  %2356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2322, <8 x float> %2355)
  store <8 x float> %2356, <8 x float>* %13, align 32
  %2357 = load <8 x float>, <8 x float>* %12, align 32
  %2358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2329, <8 x float> %2357)
  store <8 x float> %2358, <8 x float>* %12, align 32
  %2359 = load <8 x float>, <8 x float>* %11, align 32
  %2360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2336, <8 x float> %2359)
  store <8 x float> %2360, <8 x float>* %11, align 32
  %2361 = load <8 x float>, <8 x float>* %10, align 32
  %2362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %2343, <8 x float> %2361)
  store <8 x float> %2362, <8 x float>* %10, align 32
  %k.next95 = add i64 %k93, 1
  br label %k.header90

k.exit92:                                         ; preds = %k.header90
  %2363 = add i64 0, %2251
  %2364 = add i64 %2244, %2363
  %2365 = getelementptr inbounds float, float* %2, i64 %2364
  %2366 = bitcast float* %2365 to <8 x float>*
  %2367 = load <8 x float>, <8 x float>* %2366, align 4
  %2368 = load <8 x float>, <8 x float>* %17, align 32
  %2369 = add i64 128, %2251
  %2370 = add i64 %2244, %2369
  %2371 = getelementptr inbounds float, float* %2, i64 %2370
  %2372 = bitcast float* %2371 to <8 x float>*
  %2373 = load <8 x float>, <8 x float>* %2372, align 4
  %2374 = load <8 x float>, <8 x float>* %15, align 32
  %2375 = add i64 256, %2251
  %2376 = add i64 %2244, %2375
  %2377 = getelementptr inbounds float, float* %2, i64 %2376
  %2378 = bitcast float* %2377 to <8 x float>*
  %2379 = load <8 x float>, <8 x float>* %2378, align 4
  %2380 = load <8 x float>, <8 x float>* %13, align 32
  %2381 = add i64 384, %2251
  %2382 = add i64 %2244, %2381
  %2383 = getelementptr inbounds float, float* %2, i64 %2382
  %2384 = bitcast float* %2383 to <8 x float>*
  %2385 = load <8 x float>, <8 x float>* %2384, align 4
  %2386 = load <8 x float>, <8 x float>* %11, align 32
  %2387 = getelementptr inbounds float, float* %1493, i64 %2251
  %2388 = bitcast float* %2387 to <8 x float>*
  %2389 = load <8 x float>, <8 x float>* %2388, align 4
  %2390 = fadd <8 x float> %2367, %2368
  %2391 = fneg <8 x float> %2390
  %2392 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2391, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2393 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2392, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2393, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2395 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2394)
  %2396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2395, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2393)
  %2397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2395, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2396)
  %2398 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2397, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2398, <8 x float> %2397, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2399, <8 x float> %2397, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2400, <8 x float> %2397, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2401, <8 x float> %2397, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2403 = fmul <8 x float> %2397, %2397
  %2404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2402, <8 x float> %2403, <8 x float> %2397)
  %2405 = fadd <8 x float> %2404, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2406 = fptosi <8 x float> %2395 to <8 x i32>
  %2407 = add <8 x i32> %2406, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2408 = shl <8 x i32> %2407, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2409 = bitcast <8 x i32> %2408 to <8 x float>
  %2410 = fmul <8 x float> %2405, %2409
  %2411 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2410
  %2412 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2411
  %2413 = fadd <8 x float> %2373, %2374
  %2414 = fneg <8 x float> %2413
  %2415 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2414, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2416 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2415, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2416, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2418 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2417)
  %2419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2418, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2416)
  %2420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2418, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2419)
  %2421 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2420, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2421, <8 x float> %2420, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2422, <8 x float> %2420, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2423, <8 x float> %2420, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2424, <8 x float> %2420, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2426 = fmul <8 x float> %2420, %2420
  %2427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2425, <8 x float> %2426, <8 x float> %2420)
  %2428 = fadd <8 x float> %2427, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2429 = fptosi <8 x float> %2418 to <8 x i32>
  %2430 = add <8 x i32> %2429, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2431 = shl <8 x i32> %2430, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2432 = bitcast <8 x i32> %2431 to <8 x float>
  %2433 = fmul <8 x float> %2428, %2432
  %2434 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2433
  %2435 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2434
  %2436 = fadd <8 x float> %2379, %2380
  %2437 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2436)
  %2438 = fmul <8 x float> %2436, %2436
  %2439 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2438, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2439, <8 x float> %2438, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2440, <8 x float> %2438, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2441, <8 x float> %2438, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2443 = fmul <8 x float> %2442, %2438
  %2444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2443, <8 x float> %2436, <8 x float> %2436)
  %2445 = fmul <8 x float> %2437, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2446 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2445, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2447 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2446, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2447, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2449 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2448)
  %2450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2449, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2447)
  %2451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2449, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2450)
  %2452 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2451, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2452, <8 x float> %2451, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2453, <8 x float> %2451, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2454, <8 x float> %2451, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2455, <8 x float> %2451, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2457 = fmul <8 x float> %2451, %2451
  %2458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2456, <8 x float> %2457, <8 x float> %2451)
  %2459 = fadd <8 x float> %2458, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2460 = fptosi <8 x float> %2449 to <8 x i32>
  %2461 = add <8 x i32> %2460, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2462 = shl <8 x i32> %2461, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2463 = bitcast <8 x i32> %2462 to <8 x float>
  %2464 = fmul <8 x float> %2459, %2463
  %2465 = fadd <8 x float> %2464, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2466 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2465
  %2467 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2466
  %2468 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2467, <8 x float> %2436)
  %2469 = fcmp olt <8 x float> %2437, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2470 = select <8 x i1> %2469, <8 x float> %2444, <8 x float> %2468
  %2471 = fmul <8 x float> %2412, %2470
  %2472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2435, <8 x float> %2389, <8 x float> %2471)
  %2473 = getelementptr inbounds float, float* %1493, i64 %2251
  %2474 = bitcast float* %2473 to <8 x float>*
  store <8 x float> %2472, <8 x float>* %2474, align 4
  %2475 = fadd <8 x float> %2385, %2386
  %2476 = fneg <8 x float> %2475
  %2477 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2476, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2478 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2477, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2478, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2480 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2479)
  %2481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2480, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2478)
  %2482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2480, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2481)
  %2483 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2482, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2483, <8 x float> %2482, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2484, <8 x float> %2482, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2485, <8 x float> %2482, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2486, <8 x float> %2482, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2488 = fmul <8 x float> %2482, %2482
  %2489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2487, <8 x float> %2488, <8 x float> %2482)
  %2490 = fadd <8 x float> %2489, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2491 = fptosi <8 x float> %2480 to <8 x i32>
  %2492 = add <8 x i32> %2491, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2493 = shl <8 x i32> %2492, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2494 = bitcast <8 x i32> %2493 to <8 x float>
  %2495 = fmul <8 x float> %2490, %2494
  %2496 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2495
  %2497 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2496
  %2498 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2472)
  %2499 = fmul <8 x float> %2472, %2472
  %2500 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2499, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2500, <8 x float> %2499, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2501, <8 x float> %2499, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2502, <8 x float> %2499, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2504 = fmul <8 x float> %2503, %2499
  %2505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2504, <8 x float> %2472, <8 x float> %2472)
  %2506 = fmul <8 x float> %2498, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
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
  %2526 = fadd <8 x float> %2525, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2527 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2526
  %2528 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2527
  %2529 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2528, <8 x float> %2472)
  %2530 = fcmp olt <8 x float> %2498, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2531 = select <8 x i1> %2530, <8 x float> %2505, <8 x float> %2529
  %2532 = fmul <8 x float> %2497, %2531
  %2533 = getelementptr inbounds float, float* %2240, i64 %2251
  %2534 = bitcast float* %2533 to <8 x float>*
  store <8 x float> %2532, <8 x float>* %2534, align 4
  %2535 = mul i64 %1494, 50
  %2536 = add i64 %2535, %2236
  %2537 = mul i64 %2536, 256
  %2538 = add i64 %2537, 128
  %2539 = add i64 %2538, %2251
  %2540 = getelementptr inbounds float, float* %0, i64 %2539
  %2541 = bitcast float* %2540 to <8 x float>*
  store <8 x float> %2532, <8 x float>* %2541, align 4
  %2542 = add i64 0, %2252
  %2543 = add i64 %2244, %2542
  %2544 = getelementptr inbounds float, float* %2, i64 %2543
  %2545 = bitcast float* %2544 to <8 x float>*
  %2546 = load <8 x float>, <8 x float>* %2545, align 4
  %2547 = load <8 x float>, <8 x float>* %16, align 32
  %2548 = add i64 128, %2252
  %2549 = add i64 %2244, %2548
  %2550 = getelementptr inbounds float, float* %2, i64 %2549
  %2551 = bitcast float* %2550 to <8 x float>*
  %2552 = load <8 x float>, <8 x float>* %2551, align 4
  %2553 = load <8 x float>, <8 x float>* %14, align 32
  %2554 = add i64 256, %2252
  %2555 = add i64 %2244, %2554
  %2556 = getelementptr inbounds float, float* %2, i64 %2555
  %2557 = bitcast float* %2556 to <8 x float>*
  %2558 = load <8 x float>, <8 x float>* %2557, align 4
  %2559 = load <8 x float>, <8 x float>* %12, align 32
  %2560 = add i64 384, %2252
  %2561 = add i64 %2244, %2560
  %2562 = getelementptr inbounds float, float* %2, i64 %2561
  %2563 = bitcast float* %2562 to <8 x float>*
  %2564 = load <8 x float>, <8 x float>* %2563, align 4
  %2565 = load <8 x float>, <8 x float>* %10, align 32
  %2566 = getelementptr inbounds float, float* %1493, i64 %2252
  %2567 = bitcast float* %2566 to <8 x float>*
  %2568 = load <8 x float>, <8 x float>* %2567, align 4
  %2569 = fadd <8 x float> %2546, %2547
  %2570 = fneg <8 x float> %2569
  %2571 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2570, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2572 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2571, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2572, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2574 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2573)
  %2575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2574, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2572)
  %2576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2574, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2575)
  %2577 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2576, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2577, <8 x float> %2576, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2578, <8 x float> %2576, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2579, <8 x float> %2576, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2580, <8 x float> %2576, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2582 = fmul <8 x float> %2576, %2576
  %2583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2581, <8 x float> %2582, <8 x float> %2576)
  %2584 = fadd <8 x float> %2583, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2585 = fptosi <8 x float> %2574 to <8 x i32>
  %2586 = add <8 x i32> %2585, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2587 = shl <8 x i32> %2586, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2588 = bitcast <8 x i32> %2587 to <8 x float>
  %2589 = fmul <8 x float> %2584, %2588
  %2590 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2589
  %2591 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2590
  %2592 = fadd <8 x float> %2552, %2553
  %2593 = fneg <8 x float> %2592
  %2594 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2593, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2595 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2594, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2595, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2597 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2596)
  %2598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2597, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2595)
  %2599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2597, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2598)
  %2600 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2599, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2600, <8 x float> %2599, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2601, <8 x float> %2599, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2602, <8 x float> %2599, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2603, <8 x float> %2599, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2605 = fmul <8 x float> %2599, %2599
  %2606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2604, <8 x float> %2605, <8 x float> %2599)
  %2607 = fadd <8 x float> %2606, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2608 = fptosi <8 x float> %2597 to <8 x i32>
  %2609 = add <8 x i32> %2608, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2610 = shl <8 x i32> %2609, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2611 = bitcast <8 x i32> %2610 to <8 x float>
  %2612 = fmul <8 x float> %2607, %2611
  %2613 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2612
  %2614 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2613
  %2615 = fadd <8 x float> %2558, %2559
  %2616 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2615)
  %2617 = fmul <8 x float> %2615, %2615
  %2618 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2617, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2618, <8 x float> %2617, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2619, <8 x float> %2617, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2620, <8 x float> %2617, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2622 = fmul <8 x float> %2621, %2617
  %2623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2622, <8 x float> %2615, <8 x float> %2615)
  %2624 = fmul <8 x float> %2616, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2625 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2624, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2626 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2625, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2626, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2628 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2627)
  %2629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2628, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2626)
  %2630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2628, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2629)
  %2631 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2630, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2631, <8 x float> %2630, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2632, <8 x float> %2630, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2633, <8 x float> %2630, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2634, <8 x float> %2630, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2636 = fmul <8 x float> %2630, %2630
  %2637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2635, <8 x float> %2636, <8 x float> %2630)
  %2638 = fadd <8 x float> %2637, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2639 = fptosi <8 x float> %2628 to <8 x i32>
  %2640 = add <8 x i32> %2639, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2641 = shl <8 x i32> %2640, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2642 = bitcast <8 x i32> %2641 to <8 x float>
  %2643 = fmul <8 x float> %2638, %2642
  %2644 = fadd <8 x float> %2643, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2645 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2644
  %2646 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2645
  %2647 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2646, <8 x float> %2615)
  %2648 = fcmp olt <8 x float> %2616, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2649 = select <8 x i1> %2648, <8 x float> %2623, <8 x float> %2647
  %2650 = fmul <8 x float> %2591, %2649
  %2651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2614, <8 x float> %2568, <8 x float> %2650)
  %2652 = getelementptr inbounds float, float* %1493, i64 %2252
  %2653 = bitcast float* %2652 to <8 x float>*
  store <8 x float> %2651, <8 x float>* %2653, align 4
  %2654 = fadd <8 x float> %2564, %2565
  %2655 = fneg <8 x float> %2654
  %2656 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2655, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2657 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2656, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2657, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2659 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2658)
  %2660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2659, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2657)
  %2661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2659, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2660)
  %2662 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2661, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2662, <8 x float> %2661, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2663, <8 x float> %2661, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2664, <8 x float> %2661, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2665, <8 x float> %2661, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2667 = fmul <8 x float> %2661, %2661
  %2668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2666, <8 x float> %2667, <8 x float> %2661)
  %2669 = fadd <8 x float> %2668, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2670 = fptosi <8 x float> %2659 to <8 x i32>
  %2671 = add <8 x i32> %2670, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2672 = shl <8 x i32> %2671, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2673 = bitcast <8 x i32> %2672 to <8 x float>
  %2674 = fmul <8 x float> %2669, %2673
  %2675 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2674
  %2676 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2675
  %2677 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2651)
  %2678 = fmul <8 x float> %2651, %2651
  %2679 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2678, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2679, <8 x float> %2678, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2680, <8 x float> %2678, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2681, <8 x float> %2678, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2683 = fmul <8 x float> %2682, %2678
  %2684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2683, <8 x float> %2651, <8 x float> %2651)
  %2685 = fmul <8 x float> %2677, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2686 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2685, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2687 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2686, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2687, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2689 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2688)
  %2690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2689, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2687)
  %2691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2689, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2690)
  %2692 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2691, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2692, <8 x float> %2691, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2693, <8 x float> %2691, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2694, <8 x float> %2691, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2695, <8 x float> %2691, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2697 = fmul <8 x float> %2691, %2691
  %2698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2696, <8 x float> %2697, <8 x float> %2691)
  %2699 = fadd <8 x float> %2698, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2700 = fptosi <8 x float> %2689 to <8 x i32>
  %2701 = add <8 x i32> %2700, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2702 = shl <8 x i32> %2701, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2703 = bitcast <8 x i32> %2702 to <8 x float>
  %2704 = fmul <8 x float> %2699, %2703
  %2705 = fadd <8 x float> %2704, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2706 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2705
  %2707 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2706
  %2708 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2707, <8 x float> %2651)
  %2709 = fcmp olt <8 x float> %2677, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2710 = select <8 x i1> %2709, <8 x float> %2684, <8 x float> %2708
  %2711 = fmul <8 x float> %2676, %2710
  %2712 = getelementptr inbounds float, float* %2240, i64 %2252
  %2713 = bitcast float* %2712 to <8 x float>*
  store <8 x float> %2711, <8 x float>* %2713, align 4
  %2714 = mul i64 %1494, 50
  %2715 = add i64 %2714, %2236
  %2716 = mul i64 %2715, 256
  %2717 = add i64 %2716, 128
  %2718 = add i64 %2717, %2252
  %2719 = getelementptr inbounds float, float* %0, i64 %2718
  %2720 = bitcast float* %2719 to <8 x float>*
  store <8 x float> %2711, <8 x float>* %2720, align 4
  %pair.next96 = add i64 %pair89, 1
  br label %pair.header86

then97:                                           ; preds = %pair.exit88
  %2721 = sub i64 %66, 1
  %2722 = mul i64 %2721, 8
  %2723 = add i64 0, %2722
  %2724 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2723
  %2725 = bitcast float* %2724 to <8 x float>*
  %2726 = load <8 x float>, <8 x float>* %2725, align 4
  store <8 x float> %2726, <8 x float>* %9, align 32
  %2727 = add i64 128, %2722
  %2728 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2727
  %2729 = bitcast float* %2728 to <8 x float>*
  %2730 = load <8 x float>, <8 x float>* %2729, align 4
  store <8 x float> %2730, <8 x float>* %8, align 32
  %2731 = add i64 256, %2722
  %2732 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2731
  %2733 = bitcast float* %2732 to <8 x float>*
  %2734 = load <8 x float>, <8 x float>* %2733, align 4
  store <8 x float> %2734, <8 x float>* %7, align 32
  %2735 = add i64 384, %2722
  %2736 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %2735
  %2737 = bitcast float* %2736 to <8 x float>*
  %2738 = load <8 x float>, <8 x float>* %2737, align 4
  store <8 x float> %2738, <8 x float>* %6, align 32
  br label %k.header99

endif98:                                          ; preds = %k.exit101, %pair.exit88
  call void @GOMP_barrier()
  %s.next105 = add i64 %s85, 1
  br label %s.header82

k.header99:                                       ; preds = %k.body100, %then97
  %k102 = phi i64 [ 0, %then97 ], [ %k.next104, %k.body100 ]
  %2739 = icmp slt i64 %k102, 128
  br i1 %2739, label %k.body100, label %k.exit101

k.body100:                                        ; preds = %k.header99
  %2740 = mul i64 %2721, 128
  %2741 = add i64 %2740, %k102
  %2742 = mul i64 %2741, 32
  %2743 = add i64 %2742, 0
  %2744 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2743
  %2745 = bitcast float* %2744 to <8 x float>*
  %2746 = load <8 x float>, <8 x float>* %2745, align 4
  %2747 = mul i64 %2721, 128
  %2748 = add i64 %2747, %k102
  %2749 = mul i64 %2748, 32
  %2750 = add i64 %2749, 8
  %2751 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2750
  %2752 = bitcast float* %2751 to <8 x float>*
  %2753 = load <8 x float>, <8 x float>* %2752, align 4
  %2754 = mul i64 %2721, 128
  %2755 = add i64 %2754, %k102
  %2756 = mul i64 %2755, 32
  %2757 = add i64 %2756, 16
  %2758 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2757
  %2759 = bitcast float* %2758 to <8 x float>*
  %2760 = load <8 x float>, <8 x float>* %2759, align 4
  %2761 = mul i64 %2721, 128
  %2762 = add i64 %2761, %k102
  %2763 = mul i64 %2762, 32
  %2764 = add i64 %2763, 24
  %2765 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_packed1 to float*), i64 %2764
  %2766 = bitcast float* %2765 to <8 x float>*
  %2767 = load <8 x float>, <8 x float>* %2766, align 4
  %2768 = getelementptr inbounds float, float* %2239, i64 %k102
  %2769 = load float, float* %2768, align 4
  %2770 = insertelement <8 x float> undef, float %2769, i32 0
  %splat103 = shufflevector <8 x float> %2770, <8 x float> undef, <8 x i32> zeroinitializer
  %2771 = load <8 x float>, <8 x float>* %9, align 32
  %2772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %2746, <8 x float> %2771)
  store <8 x float> %2772, <8 x float>* %9, align 32
  %2773 = load <8 x float>, <8 x float>* %8, align 32
  %2774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %2753, <8 x float> %2773)
  store <8 x float> %2774, <8 x float>* %8, align 32
  %2775 = load <8 x float>, <8 x float>* %7, align 32
  %2776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %2760, <8 x float> %2775)
  store <8 x float> %2776, <8 x float>* %7, align 32
  %2777 = load <8 x float>, <8 x float>* %6, align 32
  %2778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %2767, <8 x float> %2777)
  store <8 x float> %2778, <8 x float>* %6, align 32
  %k.next104 = add i64 %k102, 1
  br label %k.header99

k.exit101:                                        ; preds = %k.header99
  %2779 = add i64 0, %2722
  %2780 = add i64 %2244, %2779
  %2781 = getelementptr inbounds float, float* %2, i64 %2780
  %2782 = bitcast float* %2781 to <8 x float>*
  %2783 = load <8 x float>, <8 x float>* %2782, align 4
  %2784 = load <8 x float>, <8 x float>* %9, align 32
  %2785 = add i64 128, %2722
  %2786 = add i64 %2244, %2785
  %2787 = getelementptr inbounds float, float* %2, i64 %2786
  %2788 = bitcast float* %2787 to <8 x float>*
  %2789 = load <8 x float>, <8 x float>* %2788, align 4
  %2790 = load <8 x float>, <8 x float>* %8, align 32
  %2791 = add i64 256, %2722
  %2792 = add i64 %2244, %2791
  %2793 = getelementptr inbounds float, float* %2, i64 %2792
  %2794 = bitcast float* %2793 to <8 x float>*
  %2795 = load <8 x float>, <8 x float>* %2794, align 4
  %2796 = load <8 x float>, <8 x float>* %7, align 32
  %2797 = add i64 384, %2722
  %2798 = add i64 %2244, %2797
  %2799 = getelementptr inbounds float, float* %2, i64 %2798
  %2800 = bitcast float* %2799 to <8 x float>*
  %2801 = load <8 x float>, <8 x float>* %2800, align 4
  %2802 = load <8 x float>, <8 x float>* %6, align 32
  %2803 = getelementptr inbounds float, float* %1493, i64 %2722
  %2804 = bitcast float* %2803 to <8 x float>*
  %2805 = load <8 x float>, <8 x float>* %2804, align 4
  %2806 = fadd <8 x float> %2783, %2784
  %2807 = fneg <8 x float> %2806
  %2808 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2807, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2809 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2808, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2809, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2811 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2810)
  %2812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2811, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2809)
  %2813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2811, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2812)
  %2814 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2813, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2814, <8 x float> %2813, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2815, <8 x float> %2813, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2816, <8 x float> %2813, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2817, <8 x float> %2813, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2819 = fmul <8 x float> %2813, %2813
  %2820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2818, <8 x float> %2819, <8 x float> %2813)
  %2821 = fadd <8 x float> %2820, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2822 = fptosi <8 x float> %2811 to <8 x i32>
  %2823 = add <8 x i32> %2822, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2824 = shl <8 x i32> %2823, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2825 = bitcast <8 x i32> %2824 to <8 x float>
  %2826 = fmul <8 x float> %2821, %2825
  %2827 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2826
  %2828 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2827
  %2829 = fadd <8 x float> %2789, %2790
  %2830 = fneg <8 x float> %2829
  %2831 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2830, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2832 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2831, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2833 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2832, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2834 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2833)
  %2835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2834, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2832)
  %2836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2834, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2835)
  %2837 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2836, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2837, <8 x float> %2836, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2838, <8 x float> %2836, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2839, <8 x float> %2836, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2840, <8 x float> %2836, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2842 = fmul <8 x float> %2836, %2836
  %2843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2841, <8 x float> %2842, <8 x float> %2836)
  %2844 = fadd <8 x float> %2843, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2845 = fptosi <8 x float> %2834 to <8 x i32>
  %2846 = add <8 x i32> %2845, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2847 = shl <8 x i32> %2846, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2848 = bitcast <8 x i32> %2847 to <8 x float>
  %2849 = fmul <8 x float> %2844, %2848
  %2850 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2849
  %2851 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2850
  %2852 = fadd <8 x float> %2795, %2796
  %2853 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2852)
  %2854 = fmul <8 x float> %2852, %2852
  %2855 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2854, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2855, <8 x float> %2854, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2856, <8 x float> %2854, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2857, <8 x float> %2854, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2859 = fmul <8 x float> %2858, %2854
  %2860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2859, <8 x float> %2852, <8 x float> %2852)
  %2861 = fmul <8 x float> %2853, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2862 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2861, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2863 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2862, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2863, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2865 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2864)
  %2866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2865, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2863)
  %2867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2865, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2866)
  %2868 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2867, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2868, <8 x float> %2867, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2869, <8 x float> %2867, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2870, <8 x float> %2867, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2871, <8 x float> %2867, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2873 = fmul <8 x float> %2867, %2867
  %2874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2872, <8 x float> %2873, <8 x float> %2867)
  %2875 = fadd <8 x float> %2874, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2876 = fptosi <8 x float> %2865 to <8 x i32>
  %2877 = add <8 x i32> %2876, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2878 = shl <8 x i32> %2877, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2879 = bitcast <8 x i32> %2878 to <8 x float>
  %2880 = fmul <8 x float> %2875, %2879
  %2881 = fadd <8 x float> %2880, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2882 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2881
  %2883 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2882
  %2884 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2883, <8 x float> %2852)
  %2885 = fcmp olt <8 x float> %2853, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2886 = select <8 x i1> %2885, <8 x float> %2860, <8 x float> %2884
  %2887 = fmul <8 x float> %2828, %2886
  %2888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2851, <8 x float> %2805, <8 x float> %2887)
  %2889 = getelementptr inbounds float, float* %1493, i64 %2722
  %2890 = bitcast float* %2889 to <8 x float>*
  store <8 x float> %2888, <8 x float>* %2890, align 4
  %2891 = fadd <8 x float> %2801, %2802
  %2892 = fneg <8 x float> %2891
  %2893 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2892, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2894 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2893, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2894, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2896 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2895)
  %2897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2896, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2894)
  %2898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2896, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2897)
  %2899 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2898, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2899, <8 x float> %2898, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2900, <8 x float> %2898, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2901, <8 x float> %2898, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2902, <8 x float> %2898, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2904 = fmul <8 x float> %2898, %2898
  %2905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2903, <8 x float> %2904, <8 x float> %2898)
  %2906 = fadd <8 x float> %2905, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2907 = fptosi <8 x float> %2896 to <8 x i32>
  %2908 = add <8 x i32> %2907, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2909 = shl <8 x i32> %2908, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2910 = bitcast <8 x i32> %2909 to <8 x float>
  %2911 = fmul <8 x float> %2906, %2910
  %2912 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2911
  %2913 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2912
  %2914 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %2888)
  %2915 = fmul <8 x float> %2888, %2888
  %2916 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %2915, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %2917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2916, <8 x float> %2915, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %2918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2917, <8 x float> %2915, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %2919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2918, <8 x float> %2915, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %2920 = fmul <8 x float> %2919, %2915
  %2921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2920, <8 x float> %2888, <8 x float> %2888)
  %2922 = fmul <8 x float> %2914, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %2923 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2922, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %2924 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %2923, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %2925 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2924, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2926 = call <8 x float> @llvm.floor.v8f32(<8 x float> %2925)
  %2927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2926, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %2924)
  %2928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2926, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %2927)
  %2929 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %2928, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %2930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2929, <8 x float> %2928, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %2931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2930, <8 x float> %2928, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %2932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2931, <8 x float> %2928, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %2933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2932, <8 x float> %2928, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %2934 = fmul <8 x float> %2928, %2928
  %2935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %2933, <8 x float> %2934, <8 x float> %2928)
  %2936 = fadd <8 x float> %2935, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2937 = fptosi <8 x float> %2926 to <8 x i32>
  %2938 = add <8 x i32> %2937, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2939 = shl <8 x i32> %2938, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2940 = bitcast <8 x i32> %2939 to <8 x float>
  %2941 = fmul <8 x float> %2936, %2940
  %2942 = fadd <8 x float> %2941, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2943 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2942
  %2944 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2943
  %2945 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %2944, <8 x float> %2888)
  %2946 = fcmp olt <8 x float> %2914, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %2947 = select <8 x i1> %2946, <8 x float> %2921, <8 x float> %2945
  %2948 = fmul <8 x float> %2913, %2947
  %2949 = getelementptr inbounds float, float* %2240, i64 %2722
  %2950 = bitcast float* %2949 to <8 x float>*
  store <8 x float> %2948, <8 x float>* %2950, align 4
  %2951 = mul i64 %1494, 50
  %2952 = add i64 %2951, %2236
  %2953 = mul i64 %2952, 256
  %2954 = add i64 %2953, 128
  %2955 = add i64 %2954, %2722
  %2956 = getelementptr inbounds float, float* %0, i64 %2955
  %2957 = bitcast float* %2956 to <8 x float>*
  store <8 x float> %2948, <8 x float>* %2957, align 4
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
declare float @llvm.maxnum.f32(float, float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #3

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
  %8 = bitcast i32* %3 to i8*
  %9 = getelementptr inbounds i8, i8* %2, i64 262144
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
  %17 = getelementptr inbounds i8, i8* %2, i64 210944
  %18 = getelementptr inbounds i8, i8* %2, i64 262144
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
  call void @GOMP_parallel(void (i8*)* @node1.lstm_1.step2, i8* %24, i32 0, i32 0)
  %25 = getelementptr inbounds i8, i8* %2, i64 210944
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
  store i8* getelementptr inbounds ([24576 x i8], [24576 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([68 x i8], [68 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %32, align 8
  call void @GOMP_parallel(void (i8*)* @node3.dense_1.step0, i8* %30, i32 0, i32 0)
  %33 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %33, align 8
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %34, align 8
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %35, align 8
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %36, align 8
  %37 = bitcast [6 x i8*]* %args to i8*
  call void @node4.softmax_1.step0(i8* %37)
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
