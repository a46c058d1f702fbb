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
@weight.dense_1.weight = external constant [17408 x i8], align 64
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
  br label %task.header

task.header:                                      ; preds = %endif7, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif7 ]
  %14 = icmp slt i64 %task, %5
  br i1 %14, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %15 = srem i64 %task, 50
  %16 = sdiv i64 %task, 50
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %then, label %endif

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  br label %r.header

endif:                                            ; preds = %r.exit, %task.body
  %18 = icmp eq i64 %16, 1
  br i1 %18, label %then6, label %endif7

r.header:                                         ; preds = %k.exit3, %then
  %r = phi i64 [ 0, %then ], [ %r.next, %k.exit3 ]
  %19 = icmp slt i64 %r, 512
  br i1 %19, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %20 = mul i64 %r, 100
  %21 = mul i64 %15, 100
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  br label %k.header

r.exit:                                           ; preds = %r.header
  br label %endif

k.header:                                         ; preds = %k.body, %r.body
  %k = phi i64 [ 0, %r.body ], [ %k.next, %k.body ]
  %22 = icmp slt i64 %k, 96
  br i1 %22, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %23 = add i64 %k, 0
  %24 = add i64 %20, %23
  %25 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0 to float*), i64 %24
  %26 = bitcast float* %25 to <8 x float>*
  %27 = load <8 x float>, <8 x float>* %26, align 4
  %28 = add i64 %21, %23
  %29 = getelementptr inbounds float, float* %1, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = load <8 x float>, <8 x float>* %13, align 32
  %33 = call <8 x float> @llvm.fma.v8f32(<8 x float> %27, <8 x float> %31, <8 x float> %32)
  store <8 x float> %33, <8 x float>* %13, align 32
  %34 = add i64 %k, 8
  %35 = add i64 %20, %34
  %36 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0 to float*), i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  %39 = add i64 %21, %34
  %40 = getelementptr inbounds float, float* %1, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  %43 = load <8 x float>, <8 x float>* %12, align 32
  %44 = call <8 x float> @llvm.fma.v8f32(<8 x float> %38, <8 x float> %42, <8 x float> %43)
  store <8 x float> %44, <8 x float>* %12, align 32
  %45 = add i64 %k, 16
  %46 = add i64 %20, %45
  %47 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0 to float*), i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %21, %45
  %51 = getelementptr inbounds float, float* %1, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = load <8 x float>, <8 x float>* %11, align 32
  %55 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %53, <8 x float> %54)
  store <8 x float> %55, <8 x float>* %11, align 32
  %56 = add i64 %k, 24
  %57 = add i64 %20, %56
  %58 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0 to float*), i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  %61 = add i64 %21, %56
  %62 = getelementptr inbounds float, float* %1, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = load <8 x float>, <8 x float>* %10, align 32
  %66 = call <8 x float> @llvm.fma.v8f32(<8 x float> %60, <8 x float> %64, <8 x float> %65)
  store <8 x float> %66, <8 x float>* %10, align 32
  %k.next = add i64 %k, 32
  br label %k.header

k.exit:                                           ; preds = %k.header
  br label %k.header1

k.header1:                                        ; preds = %k.body2, %k.exit
  %k4 = phi i64 [ 96, %k.exit ], [ %k.next5, %k.body2 ]
  %67 = icmp slt i64 %k4, 96
  br i1 %67, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %68 = add i64 %20, %k4
  %69 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0 to float*), i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %71 = load <8 x float>, <8 x float>* %70, align 4
  %72 = add i64 %21, %k4
  %73 = getelementptr inbounds float, float* %1, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %75 = load <8 x float>, <8 x float>* %74, align 4
  %76 = load <8 x float>, <8 x float>* %13, align 32
  %77 = call <8 x float> @llvm.fma.v8f32(<8 x float> %71, <8 x float> %75, <8 x float> %76)
  store <8 x float> %77, <8 x float>* %13, align 32
  %k.next5 = add i64 %k4, 8
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %78 = load <8 x float>, <8 x float>* %13, align 32
  %79 = load <8 x float>, <8 x float>* %12, align 32
  %80 = fadd <8 x float> %78, %79
  %81 = load <8 x float>, <8 x float>* %11, align 32
  %82 = load <8 x float>, <8 x float>* %10, align 32
  %83 = fadd <8 x float> %81, %82
  %84 = fadd <8 x float> %80, %83
  %85 = shufflevector <8 x float> %84, <8 x float> %84, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %86 = shufflevector <8 x float> %84, <8 x float> %84, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %87 = fadd <4 x float> %85, %86
  %88 = shufflevector <4 x float> %87, <4 x float> %87, <2 x i32> <i32 0, i32 1>
  %89 = shufflevector <4 x float> %87, <4 x float> %87, <2 x i32> <i32 2, i32 3>
  %90 = fadd <2 x float> %88, %89
  %91 = shufflevector <2 x float> %90, <2 x float> %90, <1 x i32> zeroinitializer
  %92 = shufflevector <2 x float> %90, <2 x float> %90, <1 x i32> <i32 1>
  %93 = fadd <1 x float> %91, %92
  %94 = extractelement <1 x float> %93, i32 0
  %95 = add i64 %20, 96
  %96 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0 to float*), i64 %95
  %97 = load float, float* %96, align 4
  %98 = add i64 %21, 96
  %99 = getelementptr inbounds float, float* %1, i64 %98
  %100 = load float, float* %99, align 4
  %101 = call float @llvm.fma.f32(float %97, float %100, float %94)
  %102 = add i64 %20, 97
  %103 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0 to float*), i64 %102
  %104 = load float, float* %103, align 4
  %105 = add i64 %21, 97
  %106 = getelementptr inbounds float, float* %1, i64 %105
  %107 = load float, float* %106, align 4
  %108 = call float @llvm.fma.f32(float %104, float %107, float %101)
  %109 = add i64 %20, 98
  %110 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0 to float*), i64 %109
  %111 = load float, float* %110, align 4
  %112 = add i64 %21, 98
  %113 = getelementptr inbounds float, float* %1, i64 %112
  %114 = load float, float* %113, align 4
  %115 = call float @llvm.fma.f32(float %111, float %114, float %108)
  %116 = add i64 %20, 99
  %117 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0 to float*), i64 %116
  %118 = load float, float* %117, align 4
  %119 = add i64 %21, 99
  %120 = getelementptr inbounds float, float* %1, i64 %119
  %121 = load float, float* %120, align 4
  %122 = call float @llvm.fma.f32(float %118, float %121, float %115)
  %123 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0 to float*), i64 %r
  %124 = load float, float* %123, align 4
  %125 = fadd float %122, %124
  %126 = mul i64 %task, 512
  %127 = add i64 %126, %r
  %128 = getelementptr inbounds float, float* %2, i64 %127
  store float %125, float* %128, align 4
  %r.next = add i64 %r, 1
  br label %r.header

then6:                                            ; preds = %endif
  br label %r.header8

endif7:                                           ; preds = %r.exit10, %endif
  %task.next = add i64 %task, 1
  br label %task.header

r.header8:                                        ; preds = %k.exit19, %then6
  %r11 = phi i64 [ 0, %then6 ], [ %r.next22, %k.exit19 ]
  %129 = icmp slt i64 %r11, 512
  br i1 %129, label %r.body9, label %r.exit10

r.body9:                                          ; preds = %r.header8
  %130 = mul i64 %r11, 100
  %131 = mul i64 %15, 100
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %k.header12

r.exit10:                                         ; preds = %r.header8
  br label %endif7

k.header12:                                       ; preds = %k.body13, %r.body9
  %k15 = phi i64 [ 0, %r.body9 ], [ %k.next16, %k.body13 ]
  %132 = icmp slt i64 %k15, 96
  br i1 %132, label %k.body13, label %k.exit14

k.body13:                                         ; preds = %k.header12
  %133 = add i64 %k15, 0
  %134 = add i64 %130, %133
  %135 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0_reverse to float*), i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = load <8 x float>, <8 x float>* %136, align 4
  %138 = add i64 %131, %133
  %139 = getelementptr inbounds float, float* %1, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = load <8 x float>, <8 x float>* %140, align 4
  %142 = load <8 x float>, <8 x float>* %9, align 32
  %143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %137, <8 x float> %141, <8 x float> %142)
  store <8 x float> %143, <8 x float>* %9, align 32
  %144 = add i64 %k15, 8
  %145 = add i64 %130, %144
  %146 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0_reverse to float*), i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  %148 = load <8 x float>, <8 x float>* %147, align 4
  %149 = add i64 %131, %144
  %150 = getelementptr inbounds float, float* %1, i64 %149
  %151 = bitcast float* %150 to <8 x float>*
  %152 = load <8 x float>, <8 x float>* %151, align 4
  %153 = load <8 x float>, <8 x float>* %8, align 32
  %154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %148, <8 x float> %152, <8 x float> %153)
  store <8 x float> %154, <8 x float>* %8, align 32
  %155 = add i64 %k15, 16
  %156 = add i64 %130, %155
  %157 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0_reverse to float*), i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = add i64 %131, %155
  %161 = getelementptr inbounds float, float* %1, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = load <8 x float>, <8 x float>* %7, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %159, <8 x float> %163, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %7, align 32
  %166 = add i64 %k15, 24
  %167 = add i64 %130, %166
  %168 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0_reverse to float*), i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = add i64 %131, %166
  %172 = getelementptr inbounds float, float* %1, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  %174 = load <8 x float>, <8 x float>* %173, align 4
  %175 = load <8 x float>, <8 x float>* %6, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %170, <8 x float> %174, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %6, align 32
  %k.next16 = add i64 %k15, 32
  br label %k.header12

k.exit14:                                         ; preds = %k.header12
  br label %k.header17

k.header17:                                       ; preds = %k.body18, %k.exit14
  %k20 = phi i64 [ 96, %k.exit14 ], [ %k.next21, %k.body18 ]
  %177 = icmp slt i64 %k20, 96
  br i1 %177, label %k.body18, label %k.exit19

k.body18:                                         ; preds = %k.header17
  %178 = add i64 %130, %k20
  %179 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0_reverse to float*), i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = add i64 %131, %k20
  %183 = getelementptr inbounds float, float* %1, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  %185 = load <8 x float>, <8 x float>* %184, align 4
  %186 = load <8 x float>, <8 x float>* %9, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %185, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %9, align 32
  %k.next21 = add i64 %k20, 8
  br label %k.header17

k.exit19:                                         ; preds = %k.header17
  %188 = load <8 x float>, <8 x float>* %9, align 32
  %189 = load <8 x float>, <8 x float>* %8, align 32
  %190 = fadd <8 x float> %188, %189
  %191 = load <8 x float>, <8 x float>* %7, align 32
  %192 = load <8 x float>, <8 x float>* %6, align 32
  %193 = fadd <8 x float> %191, %192
  %194 = fadd <8 x float> %190, %193
  %195 = shufflevector <8 x float> %194, <8 x float> %194, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %196 = shufflevector <8 x float> %194, <8 x float> %194, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %197 = fadd <4 x float> %195, %196
  %198 = shufflevector <4 x float> %197, <4 x float> %197, <2 x i32> <i32 0, i32 1>
  %199 = shufflevector <4 x float> %197, <4 x float> %197, <2 x i32> <i32 2, i32 3>
  %200 = fadd <2 x float> %198, %199
  %201 = shufflevector <2 x float> %200, <2 x float> %200, <1 x i32> zeroinitializer
  %202 = shufflevector <2 x float> %200, <2 x float> %200, <1 x i32> <i32 1>
  %203 = fadd <1 x float> %201, %202
  %204 = extractelement <1 x float> %203, i32 0
  %205 = add i64 %130, 96
  %206 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0_reverse to float*), i64 %205
  %207 = load float, float* %206, align 4
  %208 = add i64 %131, 96
  %209 = getelementptr inbounds float, float* %1, i64 %208
  %210 = load float, float* %209, align 4
  %211 = call float @llvm.fma.f32(float %207, float %210, float %204)
  %212 = add i64 %130, 97
  %213 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0_reverse to float*), i64 %212
  %214 = load float, float* %213, align 4
  %215 = add i64 %131, 97
  %216 = getelementptr inbounds float, float* %1, i64 %215
  %217 = load float, float* %216, align 4
  %218 = call float @llvm.fma.f32(float %214, float %217, float %211)
  %219 = add i64 %130, 98
  %220 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0_reverse to float*), i64 %219
  %221 = load float, float* %220, align 4
  %222 = add i64 %131, 98
  %223 = getelementptr inbounds float, float* %1, i64 %222
  %224 = load float, float* %223, align 4
  %225 = call float @llvm.fma.f32(float %221, float %224, float %218)
  %226 = add i64 %130, 99
  %227 = getelementptr inbounds float, float* bitcast ([204800 x i8]* @weight.lstm_1.weight_ih_l0_reverse to float*), i64 %226
  %228 = load float, float* %227, align 4
  %229 = add i64 %131, 99
  %230 = getelementptr inbounds float, float* %1, i64 %229
  %231 = load float, float* %230, align 4
  %232 = call float @llvm.fma.f32(float %228, float %231, float %225)
  %233 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0_reverse to float*), i64 %r11
  %234 = load float, float* %233, align 4
  %235 = fadd float %232, %234
  %236 = mul i64 %task, 512
  %237 = add i64 %236, %r11
  %238 = getelementptr inbounds float, float* %2, i64 %237
  store float %235, float* %238, align 4
  %r.next22 = add i64 %r11, 1
  br label %r.header8
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #3

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
  %19 = add i64 100, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 100
  %23 = select i1 %22, i64 %21, i64 100
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 100
  %26 = select i1 %25, i64 %24, i64 100
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
  br label %task.header

task.header:                                      ; preds = %n.exit13, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %n.exit13 ]
  %14 = icmp slt i64 %task, %5
  br i1 %14, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %s.exit, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %s.exit ]
  %15 = icmp slt i64 %n, 1
  br i1 %15, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %16 = getelementptr inbounds float, float* %2, i64 51712
  %17 = bitcast float* %16 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %17, i8 0, i64 1024, i1 false)
  br label %s.header

n.exit:                                           ; preds = %n.header
  br label %n.header11

s.header:                                         ; preds = %s.exit8, %n.body
  %s = phi i64 [ 0, %n.body ], [ %s.next10, %s.exit8 ]
  %18 = icmp slt i64 %s, 50
  br i1 %18, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %19 = add i64 0, %n
  %20 = mul i64 %19, 50
  %21 = add i64 %20, %s
  %22 = mul i64 %21, 512
  br label %r.header

s.exit:                                           ; preds = %s.header
  %n.next = add i64 %n, 1
  br label %n.header

r.header:                                         ; preds = %k.exit3, %s.body
  %r = phi i64 [ 0, %s.body ], [ %r.next, %k.exit3 ]
  %23 = icmp slt i64 %r, 512
  br i1 %23, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %24 = mul i64 %r, 128
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  br label %k.header

r.exit:                                           ; preds = %r.header
  br label %v.header

k.header:                                         ; preds = %k.body, %r.body
  %k = phi i64 [ 0, %r.body ], [ %k.next, %k.body ]
  %25 = icmp slt i64 %k, 128
  br i1 %25, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %26 = add i64 %k, 0
  %27 = add i64 %24, %26
  %28 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0 to float*), i64 %27
  %29 = bitcast float* %28 to <8 x float>*
  %30 = load <8 x float>, <8 x float>* %29, align 4
  %31 = add i64 51712, %26
  %32 = getelementptr inbounds float, float* %2, i64 %31
  %33 = bitcast float* %32 to <8 x float>*
  %34 = load <8 x float>, <8 x float>* %33, align 4
  %35 = load <8 x float>, <8 x float>* %13, align 32
  %36 = call <8 x float> @llvm.fma.v8f32(<8 x float> %30, <8 x float> %34, <8 x float> %35)
  store <8 x float> %36, <8 x float>* %13, align 32
  %37 = add i64 %k, 8
  %38 = add i64 %24, %37
  %39 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0 to float*), i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 51712, %37
  %43 = getelementptr inbounds float, float* %2, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = load <8 x float>, <8 x float>* %12, align 32
  %47 = call <8 x float> @llvm.fma.v8f32(<8 x float> %41, <8 x float> %45, <8 x float> %46)
  store <8 x float> %47, <8 x float>* %12, align 32
  %48 = add i64 %k, 16
  %49 = add i64 %24, %48
  %50 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0 to float*), i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  %53 = add i64 51712, %48
  %54 = getelementptr inbounds float, float* %2, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = load <8 x float>, <8 x float>* %11, align 32
  %58 = call <8 x float> @llvm.fma.v8f32(<8 x float> %52, <8 x float> %56, <8 x float> %57)
  store <8 x float> %58, <8 x float>* %11, align 32
  %59 = add i64 %k, 24
  %60 = add i64 %24, %59
  %61 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0 to float*), i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = add i64 51712, %59
  %65 = getelementptr inbounds float, float* %2, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  %68 = load <8 x float>, <8 x float>* %10, align 32
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %63, <8 x float> %67, <8 x float> %68)
  store <8 x float> %69, <8 x float>* %10, align 32
  %k.next = add i64 %k, 32
  br label %k.header

k.exit:                                           ; preds = %k.header
  br label %k.header1

k.header1:                                        ; preds = %k.body2, %k.exit
  %k4 = phi i64 [ 128, %k.exit ], [ %k.next5, %k.body2 ]
  %70 = icmp slt i64 %k4, 128
  br i1 %70, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %71 = add i64 %24, %k4
  %72 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0 to float*), i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %74 = load <8 x float>, <8 x float>* %73, align 4
  %75 = add i64 51712, %k4
  %76 = getelementptr inbounds float, float* %2, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  %78 = load <8 x float>, <8 x float>* %77, align 4
  %79 = load <8 x float>, <8 x float>* %13, align 32
  %80 = call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %78, <8 x float> %79)
  store <8 x float> %80, <8 x float>* %13, align 32
  %k.next5 = add i64 %k4, 8
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %81 = load <8 x float>, <8 x float>* %13, align 32
  %82 = load <8 x float>, <8 x float>* %12, align 32
  %83 = fadd <8 x float> %81, %82
  %84 = load <8 x float>, <8 x float>* %11, align 32
  %85 = load <8 x float>, <8 x float>* %10, align 32
  %86 = fadd <8 x float> %84, %85
  %87 = fadd <8 x float> %83, %86
  %88 = shufflevector <8 x float> %87, <8 x float> %87, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %89 = shufflevector <8 x float> %87, <8 x float> %87, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %90 = fadd <4 x float> %88, %89
  %91 = shufflevector <4 x float> %90, <4 x float> %90, <2 x i32> <i32 0, i32 1>
  %92 = shufflevector <4 x float> %90, <4 x float> %90, <2 x i32> <i32 2, i32 3>
  %93 = fadd <2 x float> %91, %92
  %94 = shufflevector <2 x float> %93, <2 x float> %93, <1 x i32> zeroinitializer
  %95 = shufflevector <2 x float> %93, <2 x float> %93, <1 x i32> <i32 1>
  %96 = fadd <1 x float> %94, %95
  %97 = extractelement <1 x float> %96, i32 0
  %98 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %r
  %99 = load float, float* %98, align 4
  %100 = fadd float %97, %99
  %101 = add i64 51200, %r
  %102 = getelementptr inbounds float, float* %2, i64 %101
  store float %100, float* %102, align 4
  %r.next = add i64 %r, 1
  br label %r.header

v.header:                                         ; preds = %v.body, %r.exit
  %v = phi i64 [ 0, %r.exit ], [ %v.next, %v.body ]
  %103 = icmp slt i64 %v, 128
  br i1 %103, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %104 = add i64 51712, %v
  %105 = add i64 0, %v
  %106 = add i64 %22, %105
  %107 = getelementptr inbounds float, float* %2, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 51200, %105
  %111 = getelementptr inbounds float, float* %2, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 128, %v
  %115 = add i64 %22, %114
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 51200, %114
  %120 = getelementptr inbounds float, float* %2, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 256, %v
  %124 = add i64 %22, %123
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = add i64 51200, %123
  %129 = getelementptr inbounds float, float* %2, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  %131 = load <8 x float>, <8 x float>* %130, align 4
  %132 = add i64 384, %v
  %133 = add i64 %22, %132
  %134 = getelementptr inbounds float, float* %2, i64 %133
  %135 = bitcast float* %134 to <8 x float>*
  %136 = load <8 x float>, <8 x float>* %135, align 4
  %137 = add i64 51200, %132
  %138 = getelementptr inbounds float, float* %2, i64 %137
  %139 = bitcast float* %138 to <8 x float>*
  %140 = load <8 x float>, <8 x float>* %139, align 4
  %141 = add i64 51840, %v
  %142 = fadd <8 x float> %118, %122
  %143 = fneg <8 x float> %142
  %144 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %143, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %145 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %144, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %147 = call <8 x float> @llvm.floor.v8f32(<8 x float> %146)
  %148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %147, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %145)
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %147, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %148)
  %150 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %149, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %149, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %151, <8 x float> %149, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %152, <8 x float> %149, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %153, <8 x float> %149, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %155 = fmul <8 x float> %149, %149
  %156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> %155, <8 x float> %149)
  %157 = fadd <8 x float> %156, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %158 = fptosi <8 x float> %147 to <8 x i32>
  %159 = add <8 x i32> %158, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %160 = shl <8 x i32> %159, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %161 = bitcast <8 x i32> %160 to <8 x float>
  %162 = fmul <8 x float> %157, %161
  %163 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %162
  %164 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %163
  %165 = getelementptr inbounds float, float* %2, i64 %141
  %166 = bitcast float* %165 to <8 x float>*
  %167 = load <8 x float>, <8 x float>* %166, align 4
  %168 = fadd <8 x float> %109, %113
  %169 = fneg <8 x float> %168
  %170 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %169, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %171 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %170, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %171, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %173 = call <8 x float> @llvm.floor.v8f32(<8 x float> %172)
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %173, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %171)
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %173, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %174)
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %175, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> %175, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %177, <8 x float> %175, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %175, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> %175, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %181 = fmul <8 x float> %175, %175
  %182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> %181, <8 x float> %175)
  %183 = fadd <8 x float> %182, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %184 = fptosi <8 x float> %173 to <8 x i32>
  %185 = add <8 x i32> %184, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %186 = shl <8 x i32> %185, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %187 = bitcast <8 x i32> %186 to <8 x float>
  %188 = fmul <8 x float> %183, %187
  %189 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %188
  %190 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %189
  %191 = fadd <8 x float> %127, %131
  %192 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %191)
  %193 = fmul <8 x float> %191, %191
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %193, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> %193, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> %193, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %196, <8 x float> %193, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %198 = fmul <8 x float> %197, %193
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %191, <8 x float> %191)
  %200 = fmul <8 x float> %192, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %201 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %200, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %202 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %201, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %202, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %204 = call <8 x float> @llvm.floor.v8f32(<8 x float> %203)
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %202)
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %205)
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %206, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %207, <8 x float> %206, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %206, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %209, <8 x float> %206, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> %206, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %212 = fmul <8 x float> %206, %206
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> %212, <8 x float> %206)
  %214 = fadd <8 x float> %213, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %215 = fptosi <8 x float> %204 to <8 x i32>
  %216 = add <8 x i32> %215, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %217 = shl <8 x i32> %216, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %218 = bitcast <8 x i32> %217 to <8 x float>
  %219 = fmul <8 x float> %214, %218
  %220 = fadd <8 x float> %219, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %221 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %220
  %222 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %221
  %223 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %222, <8 x float> %191)
  %224 = fcmp olt <8 x float> %192, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %225 = select <8 x i1> %224, <8 x float> %199, <8 x float> %223
  %226 = fmul <8 x float> %190, %225
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %167, <8 x float> %226)
  %228 = getelementptr inbounds float, float* %2, i64 %141
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %227, <8 x float>* %229, align 4
  %230 = fadd <8 x float> %136, %140
  %231 = fneg <8 x float> %230
  %232 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %231, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %233 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %232, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %235 = call <8 x float> @llvm.floor.v8f32(<8 x float> %234)
  %236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %233)
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %236)
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %237, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %237, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %237, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %237, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %237, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %243 = fmul <8 x float> %237, %237
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %243, <8 x float> %237)
  %245 = fadd <8 x float> %244, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %246 = fptosi <8 x float> %235 to <8 x i32>
  %247 = add <8 x i32> %246, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %248 = shl <8 x i32> %247, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %249 = bitcast <8 x i32> %248 to <8 x float>
  %250 = fmul <8 x float> %245, %249
  %251 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %250
  %252 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %251
  %253 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %227)
  %254 = fmul <8 x float> %227, %227
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %254, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %254, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %254, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %254, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %259 = fmul <8 x float> %258, %254
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %259, <8 x float> %227, <8 x float> %227)
  %261 = fmul <8 x float> %253, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %262 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %261, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %263 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %262, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %263, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %265 = call <8 x float> @llvm.floor.v8f32(<8 x float> %264)
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %265, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %263)
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %265, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %266)
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %267, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %267, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %267, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %267, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> %267, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %273 = fmul <8 x float> %267, %267
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %272, <8 x float> %273, <8 x float> %267)
  %275 = fadd <8 x float> %274, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %276 = fptosi <8 x float> %265 to <8 x i32>
  %277 = add <8 x i32> %276, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %278 = shl <8 x i32> %277, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %279 = bitcast <8 x i32> %278 to <8 x float>
  %280 = fmul <8 x float> %275, %279
  %281 = fadd <8 x float> %280, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %282 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %281
  %283 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %282
  %284 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %283, <8 x float> %227)
  %285 = fcmp olt <8 x float> %253, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %286 = select <8 x i1> %285, <8 x float> %260, <8 x float> %284
  %287 = fmul <8 x float> %252, %286
  %288 = getelementptr inbounds float, float* %2, i64 %104
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %287, <8 x float>* %289, align 4
  %290 = mul i64 %n, 50
  %291 = add i64 %290, %s
  %292 = mul i64 %291, 256
  %293 = add i64 %292, 0
  %294 = add i64 %293, %v
  %295 = getelementptr inbounds float, float* %0, i64 %294
  %296 = bitcast float* %295 to <8 x float>*
  store <8 x float> %287, <8 x float>* %296, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header6

s.header6:                                        ; preds = %s.body7, %v.exit
  %s9 = phi i64 [ 128, %v.exit ], [ %s.next, %s.body7 ]
  %297 = icmp slt i64 %s9, 128
  br i1 %297, label %s.body7, label %s.exit8

s.body7:                                          ; preds = %s.header6
  %298 = add i64 51712, %s9
  %299 = add i64 0, %s9
  %300 = add i64 %22, %299
  %301 = getelementptr inbounds float, float* %2, i64 %300
  %302 = load float, float* %301, align 4
  %303 = add i64 51200, %299
  %304 = getelementptr inbounds float, float* %2, i64 %303
  %305 = load float, float* %304, align 4
  %306 = add i64 128, %s9
  %307 = add i64 %22, %306
  %308 = getelementptr inbounds float, float* %2, i64 %307
  %309 = load float, float* %308, align 4
  %310 = add i64 51200, %306
  %311 = getelementptr inbounds float, float* %2, i64 %310
  %312 = load float, float* %311, align 4
  %313 = add i64 256, %s9
  %314 = add i64 %22, %313
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = load float, float* %315, align 4
  %317 = add i64 51200, %313
  %318 = getelementptr inbounds float, float* %2, i64 %317
  %319 = load float, float* %318, align 4
  %320 = add i64 384, %s9
  %321 = add i64 %22, %320
  %322 = getelementptr inbounds float, float* %2, i64 %321
  %323 = load float, float* %322, align 4
  %324 = add i64 51200, %320
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = load float, float* %325, align 4
  %327 = add i64 51840, %s9
  %328 = fadd float %309, %312
  %329 = fneg float %328
  %330 = call float @llvm.maxnum.f32(float %329, float 0xC055D33340000000)
  %331 = call float @llvm.minnum.f32(float %330, float 0x40562CCCC0000000)
  %332 = call float @llvm.fma.f32(float %331, float 0x3FF7154760000000, float 5.000000e-01)
  %333 = call float @llvm.floor.f32(float %332)
  %334 = call float @llvm.fma.f32(float %333, float 0xBFE6300000000000, float %331)
  %335 = call float @llvm.fma.f32(float %333, float 0x3F2BD01060000000, float %334)
  %336 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %335, float 0x3F56E879C0000000)
  %337 = call float @llvm.fma.f32(float %336, float %335, float 0x3F81112100000000)
  %338 = call float @llvm.fma.f32(float %337, float %335, float 0x3FA5553820000000)
  %339 = call float @llvm.fma.f32(float %338, float %335, float 0x3FC5555540000000)
  %340 = call float @llvm.fma.f32(float %339, float %335, float 5.000000e-01)
  %341 = fmul float %335, %335
  %342 = call float @llvm.fma.f32(float %340, float %341, float %335)
  %343 = fadd float %342, 1.000000e+00
  %344 = fptosi float %333 to i32
  %345 = add i32 %344, 127
  %346 = shl i32 %345, 23
  %347 = bitcast i32 %346 to float
  %348 = fmul float %343, %347
  %349 = fadd float 1.000000e+00, %348
  %350 = fdiv float 1.000000e+00, %349
  %351 = getelementptr inbounds float, float* %2, i64 %327
  %352 = load float, float* %351, align 4
  %353 = fadd float %302, %305
  %354 = fneg float %353
  %355 = call float @llvm.maxnum.f32(float %354, float 0xC055D33340000000)
  %356 = call float @llvm.minnum.f32(float %355, float 0x40562CCCC0000000)
  %357 = call float @llvm.fma.f32(float %356, float 0x3FF7154760000000, float 5.000000e-01)
  %358 = call float @llvm.floor.f32(float %357)
  %359 = call float @llvm.fma.f32(float %358, float 0xBFE6300000000000, float %356)
  %360 = call float @llvm.fma.f32(float %358, float 0x3F2BD01060000000, float %359)
  %361 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %360, float 0x3F56E879C0000000)
  %362 = call float @llvm.fma.f32(float %361, float %360, float 0x3F81112100000000)
  %363 = call float @llvm.fma.f32(float %362, float %360, float 0x3FA5553820000000)
  %364 = call float @llvm.fma.f32(float %363, float %360, float 0x3FC5555540000000)
  %365 = call float @llvm.fma.f32(float %364, float %360, float 5.000000e-01)
  %366 = fmul float %360, %360
  %367 = call float @llvm.fma.f32(float %365, float %366, float %360)
  %368 = fadd float %367, 1.000000e+00
  %369 = fptosi float %358 to i32
  %370 = add i32 %369, 127
  %371 = shl i32 %370, 23
  %372 = bitcast i32 %371 to float
  %373 = fmul float %368, %372
  %374 = fadd float 1.000000e+00, %373
  %375 = fdiv float 1.000000e+00, %374
  %376 = fadd float %316, %319
  %377 = call float @llvm.fabs.f32(float %376)
  %378 = fmul float %376, %376
  %379 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %378, float 0x3F952269C0000000)
  %380 = call float @llvm.fma.f32(float %379, float %378, float 0xBFAB83C5A0000000)
  %381 = call float @llvm.fma.f32(float %380, float %378, float 0x3FC1107260000000)
  %382 = call float @llvm.fma.f32(float %381, float %378, float 0xBFD5555320000000)
  %383 = fmul float %382, %378
  %384 = call float @llvm.fma.f32(float %383, float %376, float %376)
  %385 = fmul float %377, 2.000000e+00
  %386 = call float @llvm.maxnum.f32(float %385, float 0xC055D33340000000)
  %387 = call float @llvm.minnum.f32(float %386, float 0x40562CCCC0000000)
  %388 = call float @llvm.fma.f32(float %387, float 0x3FF7154760000000, float 5.000000e-01)
  %389 = call float @llvm.floor.f32(float %388)
  %390 = call float @llvm.fma.f32(float %389, float 0xBFE6300000000000, float %387)
  %391 = call float @llvm.fma.f32(float %389, float 0x3F2BD01060000000, float %390)
  %392 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %391, float 0x3F56E879C0000000)
  %393 = call float @llvm.fma.f32(float %392, float %391, float 0x3F81112100000000)
  %394 = call float @llvm.fma.f32(float %393, float %391, float 0x3FA5553820000000)
  %395 = call float @llvm.fma.f32(float %394, float %391, float 0x3FC5555540000000)
  %396 = call float @llvm.fma.f32(float %395, float %391, float 5.000000e-01)
  %397 = fmul float %391, %391
  %398 = call float @llvm.fma.f32(float %396, float %397, float %391)
  %399 = fadd float %398, 1.000000e+00
  %400 = fptosi float %389 to i32
  %401 = add i32 %400, 127
  %402 = shl i32 %401, 23
  %403 = bitcast i32 %402 to float
  %404 = fmul float %399, %403
  %405 = fadd float %404, 1.000000e+00
  %406 = fdiv float 2.000000e+00, %405
  %407 = fsub float 1.000000e+00, %406
  %408 = call float @llvm.copysign.f32(float %407, float %376)
  %409 = fcmp olt float %377, 6.250000e-01
  %410 = select i1 %409, float %384, float %408
  %411 = fmul float %375, %410
  %412 = call float @llvm.fma.f32(float %350, float %352, float %411)
  %413 = getelementptr inbounds float, float* %2, i64 %327
  store float %412, float* %413, align 4
  %414 = fadd float %323, %326
  %415 = fneg float %414
  %416 = call float @llvm.maxnum.f32(float %415, float 0xC055D33340000000)
  %417 = call float @llvm.minnum.f32(float %416, float 0x40562CCCC0000000)
  %418 = call float @llvm.fma.f32(float %417, float 0x3FF7154760000000, float 5.000000e-01)
  %419 = call float @llvm.floor.f32(float %418)
  %420 = call float @llvm.fma.f32(float %419, float 0xBFE6300000000000, float %417)
  %421 = call float @llvm.fma.f32(float %419, float 0x3F2BD01060000000, float %420)
  %422 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %421, float 0x3F56E879C0000000)
  %423 = call float @llvm.fma.f32(float %422, float %421, float 0x3F81112100000000)
  %424 = call float @llvm.fma.f32(float %423, float %421, float 0x3FA5553820000000)
  %425 = call float @llvm.fma.f32(float %424, float %421, float 0x3FC5555540000000)
  %426 = call float @llvm.fma.f32(float %425, float %421, float 5.000000e-01)
  %427 = fmul float %421, %421
  %428 = call float @llvm.fma.f32(float %426, float %427, float %421)
  %429 = fadd float %428, 1.000000e+00
  %430 = fptosi float %419 to i32
  %431 = add i32 %430, 127
  %432 = shl i32 %431, 23
  %433 = bitcast i32 %432 to float
  %434 = fmul float %429, %433
  %435 = fadd float 1.000000e+00, %434
  %436 = fdiv float 1.000000e+00, %435
  %437 = call float @llvm.fabs.f32(float %412)
  %438 = fmul float %412, %412
  %439 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %438, float 0x3F952269C0000000)
  %440 = call float @llvm.fma.f32(float %439, float %438, float 0xBFAB83C5A0000000)
  %441 = call float @llvm.fma.f32(float %440, float %438, float 0x3FC1107260000000)
  %442 = call float @llvm.fma.f32(float %441, float %438, float 0xBFD5555320000000)
  %443 = fmul float %442, %438
  %444 = call float @llvm.fma.f32(float %443, float %412, float %412)
  %445 = fmul float %437, 2.000000e+00
  %446 = call float @llvm.maxnum.f32(float %445, float 0xC055D33340000000)
  %447 = call float @llvm.minnum.f32(float %446, float 0x40562CCCC0000000)
  %448 = call float @llvm.fma.f32(float %447, float 0x3FF7154760000000, float 5.000000e-01)
  %449 = call float @llvm.floor.f32(float %448)
  %450 = call float @llvm.fma.f32(float %449, float 0xBFE6300000000000, float %447)
  %451 = call float @llvm.fma.f32(float %449, float 0x3F2BD01060000000, float %450)
  %452 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %451, float 0x3F56E879C0000000)
  %453 = call float @llvm.fma.f32(float %452, float %451, float 0x3F81112100000000)
  %454 = call float @llvm.fma.f32(float %453, float %451, float 0x3FA5553820000000)
  %455 = call float @llvm.fma.f32(float %454, float %451, float 0x3FC5555540000000)
  %456 = call float @llvm.fma.f32(float %455, float %451, float 5.000000e-01)
  %457 = fmul float %451, %451
  %458 = call float @llvm.fma.f32(float %456, float %457, float %451)
  %459 = fadd float %458, 1.000000e+00
  %460 = fptosi float %449 to i32
  %461 = add i32 %460, 127
  %462 = shl i32 %461, 23
  %463 = bitcast i32 %462 to float
  %464 = fmul float %459, %463
  %465 = fadd float %464, 1.000000e+00
  %466 = fdiv float 2.000000e+00, %465
  %467 = fsub float 1.000000e+00, %466
  %468 = call float @llvm.copysign.f32(float %467, float %412)
  %469 = fcmp olt float %437, 6.250000e-01
  %470 = select i1 %469, float %444, float %468
  %471 = fmul float %436, %470
  %472 = getelementptr inbounds float, float* %2, i64 %298
  store float %471, float* %472, align 4
  %473 = mul i64 %n, 50
  %474 = add i64 %473, %s
  %475 = mul i64 %474, 256
  %476 = add i64 %475, 0
  %477 = add i64 %476, %s9
  %478 = getelementptr inbounds float, float* %0, i64 %477
  store float %471, float* %478, align 4
  %s.next = add i64 %s9, 1
  br label %s.header6

s.exit8:                                          ; preds = %s.header6
  %s.next10 = add i64 %s, 1
  br label %s.header

n.header11:                                       ; preds = %s.exit17, %n.exit
  %n14 = phi i64 [ 0, %n.exit ], [ %n.next45, %s.exit17 ]
  %479 = icmp slt i64 %n14, 1
  br i1 %479, label %n.body12, label %n.exit13

n.body12:                                         ; preds = %n.header11
  %480 = getelementptr inbounds float, float* %2, i64 51712
  %481 = bitcast float* %480 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %481, i8 0, i64 1024, i1 false)
  br label %s.header15

n.exit13:                                         ; preds = %n.header11
  %task.next = add i64 %task, 1
  br label %task.header

s.header15:                                       ; preds = %s.exit41, %n.body12
  %s18 = phi i64 [ 0, %n.body12 ], [ %s.next44, %s.exit41 ]
  %482 = icmp slt i64 %s18, 50
  br i1 %482, label %s.body16, label %s.exit17

s.body16:                                         ; preds = %s.header15
  %483 = sub i64 49, %s18
  %484 = add i64 1, %n14
  %485 = mul i64 %484, 50
  %486 = add i64 %485, %483
  %487 = mul i64 %486, 512
  br label %r.header19

s.exit17:                                         ; preds = %s.header15
  %n.next45 = add i64 %n14, 1
  br label %n.header11

r.header19:                                       ; preds = %k.exit30, %s.body16
  %r22 = phi i64 [ 0, %s.body16 ], [ %r.next33, %k.exit30 ]
  %488 = icmp slt i64 %r22, 512
  br i1 %488, label %r.body20, label %r.exit21

r.body20:                                         ; preds = %r.header19
  %489 = mul i64 %r22, 128
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %k.header23

r.exit21:                                         ; preds = %r.header19
  br label %v.header34

k.header23:                                       ; preds = %k.body24, %r.body20
  %k26 = phi i64 [ 0, %r.body20 ], [ %k.next27, %k.body24 ]
  %490 = icmp slt i64 %k26, 128
  br i1 %490, label %k.body24, label %k.exit25

k.body24:                                         ; preds = %k.header23
  %491 = add i64 %k26, 0
  %492 = add i64 %489, %491
  %493 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0_reverse to float*), i64 %492
  %494 = bitcast float* %493 to <8 x float>*
  %495 = load <8 x float>, <8 x float>* %494, align 4
  %496 = add i64 51712, %491
  %497 = getelementptr inbounds float, float* %2, i64 %496
  %498 = bitcast float* %497 to <8 x float>*
  %499 = load <8 x float>, <8 x float>* %498, align 4
  %500 = load <8 x float>, <8 x float>* %9, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %495, <8 x float> %499, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %9, align 32
  %502 = add i64 %k26, 8
  %503 = add i64 %489, %502
  %504 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0_reverse to float*), i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  %506 = load <8 x float>, <8 x float>* %505, align 4
  %507 = add i64 51712, %502
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  %510 = load <8 x float>, <8 x float>* %509, align 4
  %511 = load <8 x float>, <8 x float>* %8, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %506, <8 x float> %510, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %8, align 32
  %513 = add i64 %k26, 16
  %514 = add i64 %489, %513
  %515 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0_reverse to float*), i64 %514
  %516 = bitcast float* %515 to <8 x float>*
  %517 = load <8 x float>, <8 x float>* %516, align 4
  %518 = add i64 51712, %513
  %519 = getelementptr inbounds float, float* %2, i64 %518
  %520 = bitcast float* %519 to <8 x float>*
  %521 = load <8 x float>, <8 x float>* %520, align 4
  %522 = load <8 x float>, <8 x float>* %7, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> %521, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %7, align 32
  %524 = add i64 %k26, 24
  %525 = add i64 %489, %524
  %526 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0_reverse to float*), i64 %525
  %527 = bitcast float* %526 to <8 x float>*
  %528 = load <8 x float>, <8 x float>* %527, align 4
  %529 = add i64 51712, %524
  %530 = getelementptr inbounds float, float* %2, i64 %529
  %531 = bitcast float* %530 to <8 x float>*
  %532 = load <8 x float>, <8 x float>* %531, align 4
  %533 = load <8 x float>, <8 x float>* %6, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %528, <8 x float> %532, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %6, align 32
  %k.next27 = add i64 %k26, 32
  br label %k.header23

k.exit25:                                         ; preds = %k.header23
  br label %k.header28

k.header28:                                       ; preds = %k.body29, %k.exit25
  %k31 = phi i64 [ 128, %k.exit25 ], [ %k.next32, %k.body29 ]
  %535 = icmp slt i64 %k31, 128
  br i1 %535, label %k.body29, label %k.exit30

k.body29:                                         ; preds = %k.header28
  %536 = add i64 %489, %k31
  %537 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0_reverse to float*), i64 %536
  %538 = bitcast float* %537 to <8 x float>*
  %539 = load <8 x float>, <8 x float>* %538, align 4
  %540 = add i64 51712, %k31
  %541 = getelementptr inbounds float, float* %2, i64 %540
  %542 = bitcast float* %541 to <8 x float>*
  %543 = load <8 x float>, <8 x float>* %542, align 4
  %544 = load <8 x float>, <8 x float>* %9, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %539, <8 x float> %543, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %9, align 32
  %k.next32 = add i64 %k31, 8
  br label %k.header28

k.exit30:                                         ; preds = %k.header28
  %546 = load <8 x float>, <8 x float>* %9, align 32
  %547 = load <8 x float>, <8 x float>* %8, align 32
  %548 = fadd <8 x float> %546, %547
  %549 = load <8 x float>, <8 x float>* %7, align 32
  %550 = load <8 x float>, <8 x float>* %6, align 32
  %551 = fadd <8 x float> %549, %550
  %552 = fadd <8 x float> %548, %551
  %553 = shufflevector <8 x float> %552, <8 x float> %552, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %554 = shufflevector <8 x float> %552, <8 x float> %552, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %555 = fadd <4 x float> %553, %554
  %556 = shufflevector <4 x float> %555, <4 x float> %555, <2 x i32> <i32 0, i32 1>
  %557 = shufflevector <4 x float> %555, <4 x float> %555, <2 x i32> <i32 2, i32 3>
  %558 = fadd <2 x float> %556, %557
  %559 = shufflevector <2 x float> %558, <2 x float> %558, <1 x i32> zeroinitializer
  %560 = shufflevector <2 x float> %558, <2 x float> %558, <1 x i32> <i32 1>
  %561 = fadd <1 x float> %559, %560
  %562 = extractelement <1 x float> %561, i32 0
  %563 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0_reverse to float*), i64 %r22
  %564 = load float, float* %563, align 4
  %565 = fadd float %562, %564
  %566 = add i64 51200, %r22
  %567 = getelementptr inbounds float, float* %2, i64 %566
  store float %565, float* %567, align 4
  %r.next33 = add i64 %r22, 1
  br label %r.header19

v.header34:                                       ; preds = %v.body35, %r.exit21
  %v37 = phi i64 [ 0, %r.exit21 ], [ %v.next38, %v.body35 ]
  %568 = icmp slt i64 %v37, 128
  br i1 %568, label %v.body35, label %v.exit36

v.body35:                                         ; preds = %v.header34
  %569 = add i64 51712, %v37
  %570 = add i64 0, %v37
  %571 = add i64 %487, %570
  %572 = getelementptr inbounds float, float* %2, i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  %574 = load <8 x float>, <8 x float>* %573, align 4
  %575 = add i64 51200, %570
  %576 = getelementptr inbounds float, float* %2, i64 %575
  %577 = bitcast float* %576 to <8 x float>*
  %578 = load <8 x float>, <8 x float>* %577, align 4
  %579 = add i64 128, %v37
  %580 = add i64 %487, %579
  %581 = getelementptr inbounds float, float* %2, i64 %580
  %582 = bitcast float* %581 to <8 x float>*
  %583 = load <8 x float>, <8 x float>* %582, align 4
  %584 = add i64 51200, %579
  %585 = getelementptr inbounds float, float* %2, i64 %584
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = add i64 256, %v37
  %589 = add i64 %487, %588
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  %592 = load <8 x float>, <8 x float>* %591, align 4
  %593 = add i64 51200, %588
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = add i64 384, %v37
  %598 = add i64 %487, %597
  %599 = getelementptr inbounds float, float* %2, i64 %598
  %600 = bitcast float* %599 to <8 x float>*
  %601 = load <8 x float>, <8 x float>* %600, align 4
  %602 = add i64 51200, %597
  %603 = getelementptr inbounds float, float* %2, i64 %602
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = add i64 51840, %v37
  %607 = fadd <8 x float> %583, %587
  %608 = fneg <8 x float> %607
  %609 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %608, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %610 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %609, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %610, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %612 = call <8 x float> @llvm.floor.v8f32(<8 x float> %611)
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %612, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %610)
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %612, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %613)
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %614, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %615, <8 x float> %614, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %616, <8 x float> %614, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %617, <8 x float> %614, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %618, <8 x float> %614, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %620 = fmul <8 x float> %614, %614
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %619, <8 x float> %620, <8 x float> %614)
  %622 = fadd <8 x float> %621, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %623 = fptosi <8 x float> %612 to <8 x i32>
  %624 = add <8 x i32> %623, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %625 = shl <8 x i32> %624, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %626 = bitcast <8 x i32> %625 to <8 x float>
  %627 = fmul <8 x float> %622, %626
  %628 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %627
  %629 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %628
  %630 = getelementptr inbounds float, float* %2, i64 %606
  %631 = bitcast float* %630 to <8 x float>*
  %632 = load <8 x float>, <8 x float>* %631, align 4
  %633 = fadd <8 x float> %574, %578
  %634 = fneg <8 x float> %633
  %635 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %634, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %636 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %635, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %636, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %638 = call <8 x float> @llvm.floor.v8f32(<8 x float> %637)
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %638, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %636)
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %638, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %639)
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %640, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %641, <8 x float> %640, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %642, <8 x float> %640, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> %640, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %644, <8 x float> %640, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %646 = fmul <8 x float> %640, %640
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %645, <8 x float> %646, <8 x float> %640)
  %648 = fadd <8 x float> %647, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %649 = fptosi <8 x float> %638 to <8 x i32>
  %650 = add <8 x i32> %649, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %651 = shl <8 x i32> %650, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %652 = bitcast <8 x i32> %651 to <8 x float>
  %653 = fmul <8 x float> %648, %652
  %654 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %653
  %655 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %654
  %656 = fadd <8 x float> %592, %596
  %657 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %656)
  %658 = fmul <8 x float> %656, %656
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %658, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %659, <8 x float> %658, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %660, <8 x float> %658, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> %658, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %663 = fmul <8 x float> %662, %658
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %663, <8 x float> %656, <8 x float> %656)
  %665 = fmul <8 x float> %657, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %666 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %665, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %667 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %666, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %667, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %669 = call <8 x float> @llvm.floor.v8f32(<8 x float> %668)
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %669, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %667)
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %669, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %670)
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %671, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %672, <8 x float> %671, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %673, <8 x float> %671, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %674, <8 x float> %671, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %675, <8 x float> %671, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %677 = fmul <8 x float> %671, %671
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %676, <8 x float> %677, <8 x float> %671)
  %679 = fadd <8 x float> %678, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %680 = fptosi <8 x float> %669 to <8 x i32>
  %681 = add <8 x i32> %680, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %682 = shl <8 x i32> %681, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %683 = bitcast <8 x i32> %682 to <8 x float>
  %684 = fmul <8 x float> %679, %683
  %685 = fadd <8 x float> %684, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %686 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %685
  %687 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %686
  %688 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %687, <8 x float> %656)
  %689 = fcmp olt <8 x float> %657, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %690 = select <8 x i1> %689, <8 x float> %664, <8 x float> %688
  %691 = fmul <8 x float> %655, %690
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %629, <8 x float> %632, <8 x float> %691)
  %693 = getelementptr inbounds float, float* %2, i64 %606
  %694 = bitcast float* %693 to <8 x float>*
  store <8 x float> %692, <8 x float>* %694, align 4
  %695 = fadd <8 x float> %601, %605
  %696 = fneg <8 x float> %695
  %697 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %696, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %698 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %697, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %698, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %700 = call <8 x float> @llvm.floor.v8f32(<8 x float> %699)
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %700, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %698)
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %700, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %701)
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %702, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> %702, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> %702, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %705, <8 x float> %702, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %706, <8 x float> %702, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %708 = fmul <8 x float> %702, %702
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %708, <8 x float> %702)
  %710 = fadd <8 x float> %709, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %711 = fptosi <8 x float> %700 to <8 x i32>
  %712 = add <8 x i32> %711, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %713 = shl <8 x i32> %712, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %714 = bitcast <8 x i32> %713 to <8 x float>
  %715 = fmul <8 x float> %710, %714
  %716 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %715
  %717 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %716
  %718 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %692)
  %719 = fmul <8 x float> %692, %692
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %719, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %720, <8 x float> %719, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %721, <8 x float> %719, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %722, <8 x float> %719, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %724 = fmul <8 x float> %723, %719
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %724, <8 x float> %692, <8 x float> %692)
  %726 = fmul <8 x float> %718, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %727 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %726, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %728 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %727, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %728, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %730 = call <8 x float> @llvm.floor.v8f32(<8 x float> %729)
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %730, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %728)
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %730, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %731)
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %732, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %733, <8 x float> %732, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %734, <8 x float> %732, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %735, <8 x float> %732, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %736, <8 x float> %732, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %738 = fmul <8 x float> %732, %732
  %739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %738, <8 x float> %732)
  %740 = fadd <8 x float> %739, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %741 = fptosi <8 x float> %730 to <8 x i32>
  %742 = add <8 x i32> %741, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %743 = shl <8 x i32> %742, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %744 = bitcast <8 x i32> %743 to <8 x float>
  %745 = fmul <8 x float> %740, %744
  %746 = fadd <8 x float> %745, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %747 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %746
  %748 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %747
  %749 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %748, <8 x float> %692)
  %750 = fcmp olt <8 x float> %718, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %751 = select <8 x i1> %750, <8 x float> %725, <8 x float> %749
  %752 = fmul <8 x float> %717, %751
  %753 = getelementptr inbounds float, float* %2, i64 %569
  %754 = bitcast float* %753 to <8 x float>*
  store <8 x float> %752, <8 x float>* %754, align 4
  %755 = mul i64 %n14, 50
  %756 = add i64 %755, %483
  %757 = mul i64 %756, 256
  %758 = add i64 %757, 128
  %759 = add i64 %758, %v37
  %760 = getelementptr inbounds float, float* %0, i64 %759
  %761 = bitcast float* %760 to <8 x float>*
  store <8 x float> %752, <8 x float>* %761, align 4
  %v.next38 = add i64 %v37, 8
  br label %v.header34

v.exit36:                                         ; preds = %v.header34
  br label %s.header39

s.header39:                                       ; preds = %s.body40, %v.exit36
  %s42 = phi i64 [ 128, %v.exit36 ], [ %s.next43, %s.body40 ]
  %762 = icmp slt i64 %s42, 128
  br i1 %762, label %s.body40, label %s.exit41

s.body40:                                         ; preds = %s.header39
  %763 = add i64 51712, %s42
  %764 = add i64 0, %s42
  %765 = add i64 %487, %764
  %766 = getelementptr inbounds float, float* %2, i64 %765
  %767 = load float, float* %766, align 4
  %768 = add i64 51200, %764
  %769 = getelementptr inbounds float, float* %2, i64 %768
  %770 = load float, float* %769, align 4
  %771 = add i64 128, %s42
  %772 = add i64 %487, %771
  %773 = getelementptr inbounds float, float* %2, i64 %772
  %774 = load float, float* %773, align 4
  %775 = add i64 51200, %771
  %776 = getelementptr inbounds float, float* %2, i64 %775
  %777 = load float, float* %776, align 4
  %778 = add i64 256, %s42
  %779 = add i64 %487, %778
  %780 = getelementptr inbounds float, float* %2, i64 %779
  %781 = load float, float* %780, align 4
  %782 = add i64 51200, %778
  %783 = getelementptr inbounds float, float* %2, i64 %782
  %784 = load float, float* %783, align 4
  %785 = add i64 384, %s42
  %786 = add i64 %487, %785
  %787 = getelementptr inbounds float, float* %2, i64 %786
  %788 = load float, float* %787, align 4
  %789 = add i64 51200, %785
  %790 = getelementptr inbounds float, float* %2, i64 %789
  %791 = load float, float* %790, align 4
  %792 = add i64 51840, %s42
  %793 = fadd float %774, %777
  %794 = fneg float %793
  %795 = call float @llvm.maxnum.f32(float %794, float 0xC055D33340000000)
  %796 = call float @llvm.minnum.f32(float %795, float 0x40562CCCC0000000)
  %797 = call float @llvm.fma.f32(float %796, float 0x3FF7154760000000, float 5.000000e-01)
  %798 = call float @llvm.floor.f32(float %797)
  %799 = call float @llvm.fma.f32(float %798, float 0xBFE6300000000000, float %796)
  %800 = call float @llvm.fma.f32(float %798, float 0x3F2BD01060000000, float %799)
  %801 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %800, float 0x3F56E879C0000000)
  %802 = call float @llvm.fma.f32(float %801, float %800, float 0x3F81112100000000)
  %803 = call float @llvm.fma.f32(float %802, float %800, float 0x3FA5553820000000)
  %804 = call float @llvm.fma.f32(float %803, float %800, float 0x3FC5555540000000)
  %805 = call float @llvm.fma.f32(float %804, float %800, float 5.000000e-01)
  %806 = fmul float %800, %800
  %807 = call float @llvm.fma.f32(float %805, float %806, float %800)
  %808 = fadd float %807, 1.000000e+00
  %809 = fptosi float %798 to i32
  %810 = add i32 %809, 127
  %811 = shl i32 %810, 23
  %812 = bitcast i32 %811 to float
  %813 = fmul float %808, %812
  %814 = fadd float 1.000000e+00, %813
  %815 = fdiv float 1.000000e+00, %814
  %816 = getelementptr inbounds float, float* %2, i64 %792
  %817 = load float, float* %816, align 4
  %818 = fadd float %767, %770
  %819 = fneg float %818
  %820 = call float @llvm.maxnum.f32(float %819, float 0xC055D33340000000)
  %821 = call float @llvm.minnum.f32(float %820, float 0x40562CCCC0000000)
  %822 = call float @llvm.fma.f32(float %821, float 0x3FF7154760000000, float 5.000000e-01)
  %823 = call float @llvm.floor.f32(float %822)
  %824 = call float @llvm.fma.f32(float %823, float 0xBFE6300000000000, float %821)
  %825 = call float @llvm.fma.f32(float %823, float 0x3F2BD01060000000, float %824)
  %826 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %825, float 0x3F56E879C0000000)
  %827 = call float @llvm.fma.f32(float %826, float %825, float 0x3F81112100000000)
  %828 = call float @llvm.fma.f32(float %827, float %825, float 0x3FA5553820000000)
  %829 = call float @llvm.fma.f32(float %828, float %825, float 0x3FC5555540000000)
  %830 = call float @llvm.fma.f32(float %829, float %825, float 5.000000e-01)
  %831 = fmul float %825, %825
  %832 = call float @llvm.fma.f32(float %830, float %831, float %825)
  %833 = fadd float %832, 1.000000e+00
  %834 = fptosi float %823 to i32
  %835 = add i32 %834, 127
  %836 = shl i32 %835, 23
  %837 = bitcast i32 %836 to float
  %838 = fmul float %833, %837
  %839 = fadd float 1.000000e+00, %838
  %840 = fdiv float 1.000000e+00, %839
  %841 = fadd float %781, %784
  %842 = call float @llvm.fabs.f32(float %841)
  %843 = fmul float %841, %841
  %844 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %843, float 0x3F952269C0000000)
  %845 = call float @llvm.fma.f32(float %844, float %843, float 0xBFAB83C5A0000000)
  %846 = call float @llvm.fma.f32(float %845, float %843, float 0x3FC1107260000000)
  %847 = call float @llvm.fma.f32(float %846, float %843, float 0xBFD5555320000000)
  %848 = fmul float %847, %843
  %849 = call float @llvm.fma.f32(float %848, float %841, float %841)
  %850 = fmul float %842, 2.000000e+00
  %851 = call float @llvm.maxnum.f32(float %850, float 0xC055D33340000000)
  %852 = call float @llvm.minnum.f32(float %851, float 0x40562CCCC0000000)
  %853 = call float @llvm.fma.f32(float %852, float 0x3FF7154760000000, float 5.000000e-01)
  %854 = call float @llvm.floor.f32(float %853)
  %855 = call float @llvm.fma.f32(float %854, float 0xBFE6300000000000, float %852)
  %856 = call float @llvm.fma.f32(float %854, float 0x3F2BD01060000000, float %855)
  %857 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %856, float 0x3F56E879C0000000)
  %858 = call float @llvm.fma.f32(float %857, float %856, float 0x3F81112100000000)
  %859 = call float @llvm.fma.f32(float %858, float %856, float 0x3FA5553820000000)
  %860 = call float @llvm.fma.f32(float %859, float %856, float 0x3FC5555540000000)
  %861 = call float @llvm.fma.f32(float %860, float %856, float 5.000000e-01)
  %862 = fmul float %856, %856
  %863 = call float @llvm.fma.f32(float %861, float %862, float %856)
  %864 = fadd float %863, 1.000000e+00
  %865 = fptosi float %854 to i32
  %866 = add i32 %865, 127
  %867 = shl i32 %866, 23
  %868 = bitcast i32 %867 to float
  %869 = fmul float %864, %868
  %870 = fadd float %869, 1.000000e+00
  %871 = fdiv float 2.000000e+00, %870
  %872 = fsub float 1.000000e+00, %871
  %873 = call float @llvm.copysign.f32(float %872, float %841)
  %874 = fcmp olt float %842, 6.250000e-01
  %875 = select i1 %874, float %849, float %873
  %876 = fmul float %840, %875
  %877 = call float @llvm.fma.f32(float %815, float %817, float %876)
  %878 = getelementptr inbounds float, float* %2, i64 %792
  store float %877, float* %878, align 4
  %879 = fadd float %788, %791
  %880 = fneg float %879
  %881 = call float @llvm.maxnum.f32(float %880, float 0xC055D33340000000)
  %882 = call float @llvm.minnum.f32(float %881, float 0x40562CCCC0000000)
  %883 = call float @llvm.fma.f32(float %882, float 0x3FF7154760000000, float 5.000000e-01)
  %884 = call float @llvm.floor.f32(float %883)
  %885 = call float @llvm.fma.f32(float %884, float 0xBFE6300000000000, float %882)
  %886 = call float @llvm.fma.f32(float %884, float 0x3F2BD01060000000, float %885)
  %887 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %886, float 0x3F56E879C0000000)
  %888 = call float @llvm.fma.f32(float %887, float %886, float 0x3F81112100000000)
  %889 = call float @llvm.fma.f32(float %888, float %886, float 0x3FA5553820000000)
  %890 = call float @llvm.fma.f32(float %889, float %886, float 0x3FC5555540000000)
  %891 = call float @llvm.fma.f32(float %890, float %886, float 5.000000e-01)
  %892 = fmul float %886, %886
  %893 = call float @llvm.fma.f32(float %891, float %892, float %886)
  %894 = fadd float %893, 1.000000e+00
  %895 = fptosi float %884 to i32
  %896 = add i32 %895, 127
  %897 = shl i32 %896, 23
  %898 = bitcast i32 %897 to float
  %899 = fmul float %894, %898
  %900 = fadd float 1.000000e+00, %899
  %901 = fdiv float 1.000000e+00, %900
  %902 = call float @llvm.fabs.f32(float %877)
  %903 = fmul float %877, %877
  %904 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %903, float 0x3F952269C0000000)
  %905 = call float @llvm.fma.f32(float %904, float %903, float 0xBFAB83C5A0000000)
  %906 = call float @llvm.fma.f32(float %905, float %903, float 0x3FC1107260000000)
  %907 = call float @llvm.fma.f32(float %906, float %903, float 0xBFD5555320000000)
  %908 = fmul float %907, %903
  %909 = call float @llvm.fma.f32(float %908, float %877, float %877)
  %910 = fmul float %902, 2.000000e+00
  %911 = call float @llvm.maxnum.f32(float %910, float 0xC055D33340000000)
  %912 = call float @llvm.minnum.f32(float %911, float 0x40562CCCC0000000)
  %913 = call float @llvm.fma.f32(float %912, float 0x3FF7154760000000, float 5.000000e-01)
  %914 = call float @llvm.floor.f32(float %913)
  %915 = call float @llvm.fma.f32(float %914, float 0xBFE6300000000000, float %912)
  %916 = call float @llvm.fma.f32(float %914, float 0x3F2BD01060000000, float %915)
  %917 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %916, float 0x3F56E879C0000000)
  %918 = call float @llvm.fma.f32(float %917, float %916, float 0x3F81112100000000)
  %919 = call float @llvm.fma.f32(float %918, float %916, float 0x3FA5553820000000)
  %920 = call float @llvm.fma.f32(float %919, float %916, float 0x3FC5555540000000)
  %921 = call float @llvm.fma.f32(float %920, float %916, float 5.000000e-01)
  %922 = fmul float %916, %916
  %923 = call float @llvm.fma.f32(float %921, float %922, float %916)
  %924 = fadd float %923, 1.000000e+00
  %925 = fptosi float %914 to i32
  %926 = add i32 %925, 127
  %927 = shl i32 %926, 23
  %928 = bitcast i32 %927 to float
  %929 = fmul float %924, %928
  %930 = fadd float %929, 1.000000e+00
  %931 = fdiv float 2.000000e+00, %930
  %932 = fsub float 1.000000e+00, %931
  %933 = call float @llvm.copysign.f32(float %932, float %877)
  %934 = fcmp olt float %902, 6.250000e-01
  %935 = select i1 %934, float %909, float %933
  %936 = fmul float %901, %935
  %937 = getelementptr inbounds float, float* %2, i64 %763
  store float %936, float* %937, align 4
  %938 = mul i64 %n14, 50
  %939 = add i64 %938, %483
  %940 = mul i64 %939, 256
  %941 = add i64 %940, 128
  %942 = add i64 %941, %s42
  %943 = getelementptr inbounds float, float* %0, i64 %942
  store float %936, float* %943, align 4
  %s.next43 = add i64 %s42, 1
  br label %s.header39

s.exit41:                                         ; preds = %s.header39
  %s.next44 = add i64 %s18, 1
  br label %s.header15
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
define internal void @node3.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %n.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %n.exit ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = mul i64 %task, 256
  %12 = getelementptr inbounds float, float* bitcast ([68 x i8]* @weight.dense_1.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 50
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 256
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %k.header

n.exit:                                           ; preds = %n.header
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %n.body
  %k = phi i64 [ 0, %n.body ], [ %k.next, %k.body ]
  %16 = icmp slt i64 %k, 256
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([17408 x i8]* @weight.dense_1.weight to float*), i64 %18
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = add i64 %15, %17
  %23 = getelementptr inbounds float, float* %1, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = load <8 x float>, <8 x float>* %9, align 32
  %27 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %25, <8 x float> %26)
  store <8 x float> %27, <8 x float>* %9, align 32
  %28 = add i64 %k, 8
  %29 = add i64 %11, %28
  %30 = getelementptr inbounds float, float* bitcast ([17408 x i8]* @weight.dense_1.weight to float*), i64 %29
  %31 = bitcast float* %30 to <8 x float>*
  %32 = load <8 x float>, <8 x float>* %31, align 4
  %33 = add i64 %15, %28
  %34 = getelementptr inbounds float, float* %1, i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  %37 = load <8 x float>, <8 x float>* %8, align 32
  %38 = call <8 x float> @llvm.fma.v8f32(<8 x float> %32, <8 x float> %36, <8 x float> %37)
  store <8 x float> %38, <8 x float>* %8, align 32
  %39 = add i64 %k, 16
  %40 = add i64 %11, %39
  %41 = getelementptr inbounds float, float* bitcast ([17408 x i8]* @weight.dense_1.weight to float*), i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 %15, %39
  %45 = getelementptr inbounds float, float* %1, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = load <8 x float>, <8 x float>* %7, align 32
  %49 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> %47, <8 x float> %48)
  store <8 x float> %49, <8 x float>* %7, align 32
  %50 = add i64 %k, 24
  %51 = add i64 %11, %50
  %52 = getelementptr inbounds float, float* bitcast ([17408 x i8]* @weight.dense_1.weight to float*), i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = add i64 %15, %50
  %56 = getelementptr inbounds float, float* %1, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = load <8 x float>, <8 x float>* %57, align 4
  %59 = load <8 x float>, <8 x float>* %6, align 32
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %58, <8 x float> %59)
  store <8 x float> %60, <8 x float>* %6, align 32
  %k.next = add i64 %k, 32
  br label %k.header

k.exit:                                           ; preds = %k.header
  br label %k.header1

k.header1:                                        ; preds = %k.body2, %k.exit
  %k4 = phi i64 [ 256, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 256
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([17408 x i8]* @weight.dense_1.weight to float*), i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %15, %k4
  %67 = getelementptr inbounds float, float* %1, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = load <8 x float>, <8 x float>* %9, align 32
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> %69, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %9, align 32
  %k.next5 = add i64 %k4, 8
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %72 = load <8 x float>, <8 x float>* %9, align 32
  %73 = load <8 x float>, <8 x float>* %8, align 32
  %74 = fadd <8 x float> %72, %73
  %75 = load <8 x float>, <8 x float>* %7, align 32
  %76 = load <8 x float>, <8 x float>* %6, align 32
  %77 = fadd <8 x float> %75, %76
  %78 = fadd <8 x float> %74, %77
  %79 = shufflevector <8 x float> %78, <8 x float> %78, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %80 = shufflevector <8 x float> %78, <8 x float> %78, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %81 = fadd <4 x float> %79, %80
  %82 = shufflevector <4 x float> %81, <4 x float> %81, <2 x i32> <i32 0, i32 1>
  %83 = shufflevector <4 x float> %81, <4 x float> %81, <2 x i32> <i32 2, i32 3>
  %84 = fadd <2 x float> %82, %83
  %85 = shufflevector <2 x float> %84, <2 x float> %84, <1 x i32> zeroinitializer
  %86 = shufflevector <2 x float> %84, <2 x float> %84, <1 x i32> <i32 1>
  %87 = fadd <1 x float> %85, %86
  %88 = extractelement <1 x float> %87, i32 0
  %89 = fadd float %88, %13
  %90 = mul i64 %n, 17
  %91 = add i64 %90, %task
  %92 = getelementptr inbounds float, float* %0, i64 %91
  store float %89, float* %92, align 4
  %n.next = add i64 %n, 1
  br label %n.header
}

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
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 17, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 17
  %23 = select i1 %22, i64 %21, i64 17
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 17
  %26 = select i1 %25, i64 %24, i64 17
  call void @node3.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %args = alloca [4 x i8*], align 8
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
  %19 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %19, align 8
  %20 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %input0, i8** %20, align 8
  %21 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %21, align 8
  %22 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %22, align 8
  %23 = bitcast [4 x i8*]* %args to i8*
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
  %29 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %26, i8** %29, align 8
  %30 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %27, i8** %30, align 8
  %31 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %28, i8** %31, align 8
  %32 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %32, align 8
  %33 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.lstm_1.step0, i8* %33, i32 0, i32 0)
  call void @node1.lstm_1.step1(i8* %33)
  %34 = getelementptr inbounds i8, i8* %workspace7, i64 207872
  %35 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %35, align 8
  %36 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %34, i8** %36, align 8
  %37 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %37, align 8
  %38 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %38, align 8
  %39 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.dense_1.step0, i8* %39, i32 0, i32 0)
  %40 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %40, align 8
  %41 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %41, align 8
  %42 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %42, align 8
  %43 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %43, align 8
  %44 = bitcast [4 x i8*]* %args to i8*
  call void @node4.softmax_1.step0(i8* %44)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @bilstm_tagger_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @bilstm_tagger_workspace_size() #5 {
entry:
  ret i64 279167
}

; Function Attrs: nounwind
define i32 @bilstm_tagger_infer(i8* %0, i8* %1, i8* %2) #5 {
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
attributes #5 = { nounwind }
