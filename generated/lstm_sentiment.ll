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
@weight.dense_1.weight = external constant [512 x i8], align 64
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
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = srem i64 %task, 200
  %12 = sdiv i64 %task, 200
  %13 = icmp eq i64 %12, 0
  br i1 %13, label %then, label %endif

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  br label %r.header

endif:                                            ; preds = %r.exit, %task.body
  %task.next = add i64 %task, 1
  br label %task.header

r.header:                                         ; preds = %k.exit3, %then
  %r = phi i64 [ 0, %then ], [ %r.next, %k.exit3 ]
  %14 = icmp slt i64 %r, 512
  br i1 %14, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %15 = mul i64 %r, 128
  %16 = mul i64 %11, 128
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %k.header

r.exit:                                           ; preds = %r.header
  br label %endif

k.header:                                         ; preds = %k.body, %r.body
  %k = phi i64 [ 0, %r.body ], [ %k.next, %k.body ]
  %17 = icmp slt i64 %k, 128
  br i1 %17, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %18 = add i64 %k, 0
  %19 = add i64 %15, %18
  %20 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_ih_l0 to float*), i64 %19
  %21 = bitcast float* %20 to <8 x float>*
  %22 = load <8 x float>, <8 x float>* %21, align 4
  %23 = add i64 %16, %18
  %24 = getelementptr inbounds float, float* %1, i64 %23
  %25 = bitcast float* %24 to <8 x float>*
  %26 = load <8 x float>, <8 x float>* %25, align 4
  %27 = load <8 x float>, <8 x float>* %9, align 32
  %28 = call <8 x float> @llvm.fma.v8f32(<8 x float> %22, <8 x float> %26, <8 x float> %27)
  store <8 x float> %28, <8 x float>* %9, align 32
  %29 = add i64 %k, 8
  %30 = add i64 %15, %29
  %31 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_ih_l0 to float*), i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  %34 = add i64 %16, %29
  %35 = getelementptr inbounds float, float* %1, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = load <8 x float>, <8 x float>* %8, align 32
  %39 = call <8 x float> @llvm.fma.v8f32(<8 x float> %33, <8 x float> %37, <8 x float> %38)
  store <8 x float> %39, <8 x float>* %8, align 32
  %40 = add i64 %k, 16
  %41 = add i64 %15, %40
  %42 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_ih_l0 to float*), i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  %45 = add i64 %16, %40
  %46 = getelementptr inbounds float, float* %1, i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  %49 = load <8 x float>, <8 x float>* %7, align 32
  %50 = call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %48, <8 x float> %49)
  store <8 x float> %50, <8 x float>* %7, align 32
  %51 = add i64 %k, 24
  %52 = add i64 %15, %51
  %53 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_ih_l0 to float*), i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = add i64 %16, %51
  %57 = getelementptr inbounds float, float* %1, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = load <8 x float>, <8 x float>* %6, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %55, <8 x float> %59, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %6, align 32
  %k.next = add i64 %k, 32
  br label %k.header

k.exit:                                           ; preds = %k.header
  br label %k.header1

k.header1:                                        ; preds = %k.body2, %k.exit
  %k4 = phi i64 [ 128, %k.exit ], [ %k.next5, %k.body2 ]
  %62 = icmp slt i64 %k4, 128
  br i1 %62, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %63 = add i64 %15, %k4
  %64 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_ih_l0 to float*), i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  %67 = add i64 %16, %k4
  %68 = getelementptr inbounds float, float* %1, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = load <8 x float>, <8 x float>* %9, align 32
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %66, <8 x float> %70, <8 x float> %71)
  store <8 x float> %72, <8 x float>* %9, align 32
  %k.next5 = add i64 %k4, 8
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %73 = load <8 x float>, <8 x float>* %9, align 32
  %74 = load <8 x float>, <8 x float>* %8, align 32
  %75 = fadd <8 x float> %73, %74
  %76 = load <8 x float>, <8 x float>* %7, align 32
  %77 = load <8 x float>, <8 x float>* %6, align 32
  %78 = fadd <8 x float> %76, %77
  %79 = fadd <8 x float> %75, %78
  %80 = shufflevector <8 x float> %79, <8 x float> %79, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %81 = shufflevector <8 x float> %79, <8 x float> %79, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %82 = fadd <4 x float> %80, %81
  %83 = shufflevector <4 x float> %82, <4 x float> %82, <2 x i32> <i32 0, i32 1>
  %84 = shufflevector <4 x float> %82, <4 x float> %82, <2 x i32> <i32 2, i32 3>
  %85 = fadd <2 x float> %83, %84
  %86 = shufflevector <2 x float> %85, <2 x float> %85, <1 x i32> zeroinitializer
  %87 = shufflevector <2 x float> %85, <2 x float> %85, <1 x i32> <i32 1>
  %88 = fadd <1 x float> %86, %87
  %89 = extractelement <1 x float> %88, i32 0
  %90 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_ih_l0 to float*), i64 %r
  %91 = load float, float* %90, align 4
  %92 = fadd float %89, %91
  %93 = mul i64 %task, 512
  %94 = add i64 %93, %r
  %95 = getelementptr inbounds float, float* %2, i64 %94
  store float %92, float* %95, align 4
  %r.next = add i64 %r, 1
  br label %r.header
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
  %19 = add i64 200, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 200
  %23 = select i1 %22, i64 %21, i64 200
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 200
  %26 = select i1 %25, i64 %24, i64 200
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
  br label %task.header

task.header:                                      ; preds = %n.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %n.exit ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %s.exit, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %s.exit ]
  %11 = icmp slt i64 %n, 1
  br i1 %11, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %12 = getelementptr inbounds float, float* %2, i64 102912
  %13 = bitcast float* %12 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %13, i8 0, i64 1024, i1 false)
  br label %s.header

n.exit:                                           ; preds = %n.header
  %task.next = add i64 %task, 1
  br label %task.header

s.header:                                         ; preds = %s.exit8, %n.body
  %s = phi i64 [ 0, %n.body ], [ %s.next10, %s.exit8 ]
  %14 = icmp slt i64 %s, 200
  br i1 %14, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %15 = add i64 0, %n
  %16 = mul i64 %15, 200
  %17 = add i64 %16, %s
  %18 = mul i64 %17, 512
  br label %r.header

s.exit:                                           ; preds = %s.header
  %19 = mul i64 %n, 128
  %20 = add i64 %19, 0
  %21 = getelementptr inbounds float, float* %0, i64 %20
  %22 = getelementptr inbounds float, float* %2, i64 102912
  %23 = bitcast float* %21 to i8*
  %24 = bitcast float* %22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %23, i8* align 4 %24, i64 512, i1 false)
  %n.next = add i64 %n, 1
  br label %n.header

r.header:                                         ; preds = %k.exit3, %s.body
  %r = phi i64 [ 0, %s.body ], [ %r.next, %k.exit3 ]
  %25 = icmp slt i64 %r, 512
  br i1 %25, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %26 = mul i64 %r, 128
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %k.header

r.exit:                                           ; preds = %r.header
  br label %v.header

k.header:                                         ; preds = %k.body, %r.body
  %k = phi i64 [ 0, %r.body ], [ %k.next, %k.body ]
  %27 = icmp slt i64 %k, 128
  br i1 %27, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %28 = add i64 %k, 0
  %29 = add i64 %26, %28
  %30 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0 to float*), i64 %29
  %31 = bitcast float* %30 to <8 x float>*
  %32 = load <8 x float>, <8 x float>* %31, align 4
  %33 = add i64 102912, %28
  %34 = getelementptr inbounds float, float* %2, i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  %37 = load <8 x float>, <8 x float>* %9, align 32
  %38 = call <8 x float> @llvm.fma.v8f32(<8 x float> %32, <8 x float> %36, <8 x float> %37)
  store <8 x float> %38, <8 x float>* %9, align 32
  %39 = add i64 %k, 8
  %40 = add i64 %26, %39
  %41 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0 to float*), i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 102912, %39
  %45 = getelementptr inbounds float, float* %2, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = load <8 x float>, <8 x float>* %8, align 32
  %49 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> %47, <8 x float> %48)
  store <8 x float> %49, <8 x float>* %8, align 32
  %50 = add i64 %k, 16
  %51 = add i64 %26, %50
  %52 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0 to float*), i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = add i64 102912, %50
  %56 = getelementptr inbounds float, float* %2, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = load <8 x float>, <8 x float>* %57, align 4
  %59 = load <8 x float>, <8 x float>* %7, align 32
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %58, <8 x float> %59)
  store <8 x float> %60, <8 x float>* %7, align 32
  %61 = add i64 %k, 24
  %62 = add i64 %26, %61
  %63 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0 to float*), i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 102912, %61
  %67 = getelementptr inbounds float, float* %2, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = load <8 x float>, <8 x float>* %6, align 32
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> %69, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %6, align 32
  %k.next = add i64 %k, 32
  br label %k.header

k.exit:                                           ; preds = %k.header
  br label %k.header1

k.header1:                                        ; preds = %k.body2, %k.exit
  %k4 = phi i64 [ 128, %k.exit ], [ %k.next5, %k.body2 ]
  %72 = icmp slt i64 %k4, 128
  br i1 %72, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %73 = add i64 %26, %k4
  %74 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.lstm_1.weight_hh_l0 to float*), i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 102912, %k4
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = load <8 x float>, <8 x float>* %9, align 32
  %82 = call <8 x float> @llvm.fma.v8f32(<8 x float> %76, <8 x float> %80, <8 x float> %81)
  store <8 x float> %82, <8 x float>* %9, align 32
  %k.next5 = add i64 %k4, 8
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %83 = load <8 x float>, <8 x float>* %9, align 32
  %84 = load <8 x float>, <8 x float>* %8, align 32
  %85 = fadd <8 x float> %83, %84
  %86 = load <8 x float>, <8 x float>* %7, align 32
  %87 = load <8 x float>, <8 x float>* %6, align 32
  %88 = fadd <8 x float> %86, %87
  %89 = fadd <8 x float> %85, %88
  %90 = shufflevector <8 x float> %89, <8 x float> %89, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %91 = shufflevector <8 x float> %89, <8 x float> %89, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %92 = fadd <4 x float> %90, %91
  %93 = shufflevector <4 x float> %92, <4 x float> %92, <2 x i32> <i32 0, i32 1>
  %94 = shufflevector <4 x float> %92, <4 x float> %92, <2 x i32> <i32 2, i32 3>
  %95 = fadd <2 x float> %93, %94
  %96 = shufflevector <2 x float> %95, <2 x float> %95, <1 x i32> zeroinitializer
  %97 = shufflevector <2 x float> %95, <2 x float> %95, <1 x i32> <i32 1>
  %98 = fadd <1 x float> %96, %97
  %99 = extractelement <1 x float> %98, i32 0
  %100 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.lstm_1.bias_hh_l0 to float*), i64 %r
  %101 = load float, float* %100, align 4
  %102 = fadd float %99, %101
  %103 = add i64 102400, %r
  %104 = getelementptr inbounds float, float* %2, i64 %103
  store float %102, float* %104, align 4
  %r.next = add i64 %r, 1
  br label %r.header

v.header:                                         ; preds = %v.body, %r.exit
  %v = phi i64 [ 0, %r.exit ], [ %v.next, %v.body ]
  %105 = icmp slt i64 %v, 128
  br i1 %105, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %106 = add i64 102912, %v
  %107 = add i64 0, %v
  %108 = add i64 %18, %107
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 102400, %107
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 128, %v
  %117 = add i64 %18, %116
  %118 = getelementptr inbounds float, float* %2, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = add i64 102400, %116
  %122 = getelementptr inbounds float, float* %2, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = add i64 256, %v
  %126 = add i64 %18, %125
  %127 = getelementptr inbounds float, float* %2, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 102400, %125
  %131 = getelementptr inbounds float, float* %2, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = add i64 384, %v
  %135 = add i64 %18, %134
  %136 = getelementptr inbounds float, float* %2, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = add i64 102400, %134
  %140 = getelementptr inbounds float, float* %2, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = add i64 103040, %v
  %144 = fadd <8 x float> %120, %124
  %145 = fneg <8 x float> %144
  %146 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %145, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %147 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %146, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %147, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %149 = call <8 x float> @llvm.floor.v8f32(<8 x float> %148)
  %150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %147)
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %150)
  %152 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %151, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %152, <8 x float> %151, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %153, <8 x float> %151, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> %151, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %151, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %157 = fmul <8 x float> %151, %151
  %158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %157, <8 x float> %151)
  %159 = fadd <8 x float> %158, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %160 = fptosi <8 x float> %149 to <8 x i32>
  %161 = add <8 x i32> %160, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %162 = shl <8 x i32> %161, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %163 = bitcast <8 x i32> %162 to <8 x float>
  %164 = fmul <8 x float> %159, %163
  %165 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %164
  %166 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %165
  %167 = getelementptr inbounds float, float* %2, i64 %143
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = fadd <8 x float> %111, %115
  %171 = fneg <8 x float> %170
  %172 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %171, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %173 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %172, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %173, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %175 = call <8 x float> @llvm.floor.v8f32(<8 x float> %174)
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %173)
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %176)
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %177, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %177, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> %177, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> %177, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %177, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %183 = fmul <8 x float> %177, %177
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %183, <8 x float> %177)
  %185 = fadd <8 x float> %184, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %186 = fptosi <8 x float> %175 to <8 x i32>
  %187 = add <8 x i32> %186, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %188 = shl <8 x i32> %187, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %189 = bitcast <8 x i32> %188 to <8 x float>
  %190 = fmul <8 x float> %185, %189
  %191 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %190
  %192 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %191
  %193 = fadd <8 x float> %129, %133
  %194 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %193)
  %195 = fmul <8 x float> %193, %193
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %195, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %196, <8 x float> %195, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %197, <8 x float> %195, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %195, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %200 = fmul <8 x float> %199, %195
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %200, <8 x float> %193, <8 x float> %193)
  %202 = fmul <8 x float> %194, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %203 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %202, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %204 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %203, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %206 = call <8 x float> @llvm.floor.v8f32(<8 x float> %205)
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %204)
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %207)
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %208, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %209, <8 x float> %208, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> %208, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> %208, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %212, <8 x float> %208, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %214 = fmul <8 x float> %208, %208
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %214, <8 x float> %208)
  %216 = fadd <8 x float> %215, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %217 = fptosi <8 x float> %206 to <8 x i32>
  %218 = add <8 x i32> %217, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %219 = shl <8 x i32> %218, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %220 = bitcast <8 x i32> %219 to <8 x float>
  %221 = fmul <8 x float> %216, %220
  %222 = fadd <8 x float> %221, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %223 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %222
  %224 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %223
  %225 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %224, <8 x float> %193)
  %226 = fcmp olt <8 x float> %194, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %227 = select <8 x i1> %226, <8 x float> %201, <8 x float> %225
  %228 = fmul <8 x float> %192, %227
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %169, <8 x float> %228)
  %230 = getelementptr inbounds float, float* %2, i64 %143
  %231 = bitcast float* %230 to <8 x float>*
  store <8 x float> %229, <8 x float>* %231, align 4
  %232 = fadd <8 x float> %138, %142
  %233 = fneg <8 x float> %232
  %234 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %233, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %235 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %234, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %237 = call <8 x float> @llvm.floor.v8f32(<8 x float> %236)
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %235)
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %238)
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %239, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %239, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %239, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %239, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %239, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %245 = fmul <8 x float> %239, %239
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %245, <8 x float> %239)
  %247 = fadd <8 x float> %246, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %248 = fptosi <8 x float> %237 to <8 x i32>
  %249 = add <8 x i32> %248, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %250 = shl <8 x i32> %249, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %251 = bitcast <8 x i32> %250 to <8 x float>
  %252 = fmul <8 x float> %247, %251
  %253 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %252
  %254 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %253
  %255 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %229)
  %256 = fmul <8 x float> %229, %229
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %256, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %256, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %256, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %259, <8 x float> %256, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %261 = fmul <8 x float> %260, %256
  %262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %229, <8 x float> %229)
  %263 = fmul <8 x float> %255, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %264 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %263, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %265 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %264, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %265, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %267 = call <8 x float> @llvm.floor.v8f32(<8 x float> %266)
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %265)
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %268)
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %269, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %269, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> %269, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %272, <8 x float> %269, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %269, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %275 = fmul <8 x float> %269, %269
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %275, <8 x float> %269)
  %277 = fadd <8 x float> %276, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %278 = fptosi <8 x float> %267 to <8 x i32>
  %279 = add <8 x i32> %278, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %280 = shl <8 x i32> %279, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %281 = bitcast <8 x i32> %280 to <8 x float>
  %282 = fmul <8 x float> %277, %281
  %283 = fadd <8 x float> %282, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %284 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %283
  %285 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %284
  %286 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %285, <8 x float> %229)
  %287 = fcmp olt <8 x float> %255, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %288 = select <8 x i1> %287, <8 x float> %262, <8 x float> %286
  %289 = fmul <8 x float> %254, %288
  %290 = getelementptr inbounds float, float* %2, i64 %106
  %291 = bitcast float* %290 to <8 x float>*
  store <8 x float> %289, <8 x float>* %291, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header6

s.header6:                                        ; preds = %s.body7, %v.exit
  %s9 = phi i64 [ 128, %v.exit ], [ %s.next, %s.body7 ]
  %292 = icmp slt i64 %s9, 128
  br i1 %292, label %s.body7, label %s.exit8

s.body7:                                          ; preds = %s.header6
  %293 = add i64 102912, %s9
  %294 = add i64 0, %s9
  %295 = add i64 %18, %294
  %296 = getelementptr inbounds float, float* %2, i64 %295
  %297 = load float, float* %296, align 4
  %298 = add i64 102400, %294
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = load float, float* %299, align 4
  %301 = add i64 128, %s9
  %302 = add i64 %18, %301
  %303 = getelementptr inbounds float, float* %2, i64 %302
  %304 = load float, float* %303, align 4
  %305 = add i64 102400, %301
  %306 = getelementptr inbounds float, float* %2, i64 %305
  %307 = load float, float* %306, align 4
  %308 = add i64 256, %s9
  %309 = add i64 %18, %308
  %310 = getelementptr inbounds float, float* %2, i64 %309
  %311 = load float, float* %310, align 4
  %312 = add i64 102400, %308
  %313 = getelementptr inbounds float, float* %2, i64 %312
  %314 = load float, float* %313, align 4
  %315 = add i64 384, %s9
  %316 = add i64 %18, %315
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = load float, float* %317, align 4
  %319 = add i64 102400, %315
  %320 = getelementptr inbounds float, float* %2, i64 %319
  %321 = load float, float* %320, align 4
  %322 = add i64 103040, %s9
  %323 = fadd float %304, %307
  %324 = fneg float %323
  %325 = call float @llvm.maxnum.f32(float %324, float 0xC055D33340000000)
  %326 = call float @llvm.minnum.f32(float %325, float 0x40562CCCC0000000)
  %327 = call float @llvm.fma.f32(float %326, float 0x3FF7154760000000, float 5.000000e-01)
  %328 = call float @llvm.floor.f32(float %327)
  %329 = call float @llvm.fma.f32(float %328, float 0xBFE6300000000000, float %326)
  %330 = call float @llvm.fma.f32(float %328, float 0x3F2BD01060000000, float %329)
  %331 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %330, float 0x3F56E879C0000000)
  %332 = call float @llvm.fma.f32(float %331, float %330, float 0x3F81112100000000)
  %333 = call float @llvm.fma.f32(float %332, float %330, float 0x3FA5553820000000)
  %334 = call float @llvm.fma.f32(float %333, float %330, float 0x3FC5555540000000)
  %335 = call float @llvm.fma.f32(float %334, float %330, float 5.000000e-01)
  %336 = fmul float %330, %330
  %337 = call float @llvm.fma.f32(float %335, float %336, float %330)
  %338 = fadd float %337, 1.000000e+00
  %339 = fptosi float %328 to i32
  %340 = add i32 %339, 127
  %341 = shl i32 %340, 23
  %342 = bitcast i32 %341 to float
  %343 = fmul float %338, %342
  %344 = fadd float 1.000000e+00, %343
  %345 = fdiv float 1.000000e+00, %344
  %346 = getelementptr inbounds float, float* %2, i64 %322
  %347 = load float, float* %346, align 4
  %348 = fadd float %297, %300
  %349 = fneg float %348
  %350 = call float @llvm.maxnum.f32(float %349, float 0xC055D33340000000)
  %351 = call float @llvm.minnum.f32(float %350, float 0x40562CCCC0000000)
  %352 = call float @llvm.fma.f32(float %351, float 0x3FF7154760000000, float 5.000000e-01)
  %353 = call float @llvm.floor.f32(float %352)
  %354 = call float @llvm.fma.f32(float %353, float 0xBFE6300000000000, float %351)
  %355 = call float @llvm.fma.f32(float %353, float 0x3F2BD01060000000, float %354)
  %356 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %355, float 0x3F56E879C0000000)
  %357 = call float @llvm.fma.f32(float %356, float %355, float 0x3F81112100000000)
  %358 = call float @llvm.fma.f32(float %357, float %355, float 0x3FA5553820000000)
  %359 = call float @llvm.fma.f32(float %358, float %355, float 0x3FC5555540000000)
  %360 = call float @llvm.fma.f32(float %359, float %355, float 5.000000e-01)
  %361 = fmul float %355, %355
  %362 = call float @llvm.fma.f32(float %360, float %361, float %355)
  %363 = fadd float %362, 1.000000e+00
  %364 = fptosi float %353 to i32
  %365 = add i32 %364, 127
  %366 = shl i32 %365, 23
  %367 = bitcast i32 %366 to float
  %368 = fmul float %363, %367
  %369 = fadd float 1.000000e+00, %368
  %370 = fdiv float 1.000000e+00, %369
  %371 = fadd float %311, %314
  %372 = call float @llvm.fabs.f32(float %371)
  %373 = fmul float %371, %371
  %374 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %373, float 0x3F952269C0000000)
  %375 = call float @llvm.fma.f32(float %374, float %373, float 0xBFAB83C5A0000000)
  %376 = call float @llvm.fma.f32(float %375, float %373, float 0x3FC1107260000000)
  %377 = call float @llvm.fma.f32(float %376, float %373, float 0xBFD5555320000000)
  %378 = fmul float %377, %373
  %379 = call float @llvm.fma.f32(float %378, float %371, float %371)
  %380 = fmul float %372, 2.000000e+00
  %381 = call float @llvm.maxnum.f32(float %380, float 0xC055D33340000000)
  %382 = call float @llvm.minnum.f32(float %381, float 0x40562CCCC0000000)
  %383 = call float @llvm.fma.f32(float %382, float 0x3FF7154760000000, float 5.000000e-01)
  %384 = call float @llvm.floor.f32(float %383)
  %385 = call float @llvm.fma.f32(float %384, float 0xBFE6300000000000, float %382)
  %386 = call float @llvm.fma.f32(float %384, float 0x3F2BD01060000000, float %385)
  %387 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %386, float 0x3F56E879C0000000)
  %388 = call float @llvm.fma.f32(float %387, float %386, float 0x3F81112100000000)
  %389 = call float @llvm.fma.f32(float %388, float %386, float 0x3FA5553820000000)
  %390 = call float @llvm.fma.f32(float %389, float %386, float 0x3FC5555540000000)
  %391 = call float @llvm.fma.f32(float %390, float %386, float 5.000000e-01)
  %392 = fmul float %386, %386
  %393 = call float @llvm.fma.f32(float %391, float %392, float %386)
  %394 = fadd float %393, 1.000000e+00
  %395 = fptosi float %384 to i32
  %396 = add i32 %395, 127
  %397 = shl i32 %396, 23
  %398 = bitcast i32 %397 to float
  %399 = fmul float %394, %398
  %400 = fadd float %399, 1.000000e+00
  %401 = fdiv float 2.000000e+00, %400
  %402 = fsub float 1.000000e+00, %401
  %403 = call float @llvm.copysign.f32(float %402, float %371)
  %404 = fcmp olt float %372, 6.250000e-01
  %405 = select i1 %404, float %379, float %403
  %406 = fmul float %370, %405
  %407 = call float @llvm.fma.f32(float %345, float %347, float %406)
  %408 = getelementptr inbounds float, float* %2, i64 %322
  store float %407, float* %408, align 4
  %409 = fadd float %318, %321
  %410 = fneg float %409
  %411 = call float @llvm.maxnum.f32(float %410, float 0xC055D33340000000)
  %412 = call float @llvm.minnum.f32(float %411, float 0x40562CCCC0000000)
  %413 = call float @llvm.fma.f32(float %412, float 0x3FF7154760000000, float 5.000000e-01)
  %414 = call float @llvm.floor.f32(float %413)
  %415 = call float @llvm.fma.f32(float %414, float 0xBFE6300000000000, float %412)
  %416 = call float @llvm.fma.f32(float %414, float 0x3F2BD01060000000, float %415)
  %417 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %416, float 0x3F56E879C0000000)
  %418 = call float @llvm.fma.f32(float %417, float %416, float 0x3F81112100000000)
  %419 = call float @llvm.fma.f32(float %418, float %416, float 0x3FA5553820000000)
  %420 = call float @llvm.fma.f32(float %419, float %416, float 0x3FC5555540000000)
  %421 = call float @llvm.fma.f32(float %420, float %416, float 5.000000e-01)
  %422 = fmul float %416, %416
  %423 = call float @llvm.fma.f32(float %421, float %422, float %416)
  %424 = fadd float %423, 1.000000e+00
  %425 = fptosi float %414 to i32
  %426 = add i32 %425, 127
  %427 = shl i32 %426, 23
  %428 = bitcast i32 %427 to float
  %429 = fmul float %424, %428
  %430 = fadd float 1.000000e+00, %429
  %431 = fdiv float 1.000000e+00, %430
  %432 = call float @llvm.fabs.f32(float %407)
  %433 = fmul float %407, %407
  %434 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %433, float 0x3F952269C0000000)
  %435 = call float @llvm.fma.f32(float %434, float %433, float 0xBFAB83C5A0000000)
  %436 = call float @llvm.fma.f32(float %435, float %433, float 0x3FC1107260000000)
  %437 = call float @llvm.fma.f32(float %436, float %433, float 0xBFD5555320000000)
  %438 = fmul float %437, %433
  %439 = call float @llvm.fma.f32(float %438, float %407, float %407)
  %440 = fmul float %432, 2.000000e+00
  %441 = call float @llvm.maxnum.f32(float %440, float 0xC055D33340000000)
  %442 = call float @llvm.minnum.f32(float %441, float 0x40562CCCC0000000)
  %443 = call float @llvm.fma.f32(float %442, float 0x3FF7154760000000, float 5.000000e-01)
  %444 = call float @llvm.floor.f32(float %443)
  %445 = call float @llvm.fma.f32(float %444, float 0xBFE6300000000000, float %442)
  %446 = call float @llvm.fma.f32(float %444, float 0x3F2BD01060000000, float %445)
  %447 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %446, float 0x3F56E879C0000000)
  %448 = call float @llvm.fma.f32(float %447, float %446, float 0x3F81112100000000)
  %449 = call float @llvm.fma.f32(float %448, float %446, float 0x3FA5553820000000)
  %450 = call float @llvm.fma.f32(float %449, float %446, float 0x3FC5555540000000)
  %451 = call float @llvm.fma.f32(float %450, float %446, float 5.000000e-01)
  %452 = fmul float %446, %446
  %453 = call float @llvm.fma.f32(float %451, float %452, float %446)
  %454 = fadd float %453, 1.000000e+00
  %455 = fptosi float %444 to i32
  %456 = add i32 %455, 127
  %457 = shl i32 %456, 23
  %458 = bitcast i32 %457 to float
  %459 = fmul float %454, %458
  %460 = fadd float %459, 1.000000e+00
  %461 = fdiv float 2.000000e+00, %460
  %462 = fsub float 1.000000e+00, %461
  %463 = call float @llvm.copysign.f32(float %462, float %407)
  %464 = fcmp olt float %432, 6.250000e-01
  %465 = select i1 %464, float %439, float %463
  %466 = fmul float %431, %465
  %467 = getelementptr inbounds float, float* %2, i64 %293
  store float %466, float* %467, align 4
  %s.next = add i64 %s9, 1
  br label %s.header6

s.exit8:                                          ; preds = %s.header6
  %s.next10 = add i64 %s, 1
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
define internal void @node2.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 128
  %12 = getelementptr inbounds float, float* bitcast ([4 x i8]* @weight.dense_1.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 128
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
  %16 = icmp slt i64 %k, 128
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.dense_1.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.dense_1.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.dense_1.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.dense_1.weight to float*), i64 %51
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
  %k4 = phi i64 [ 128, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 128
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.dense_1.weight to float*), i64 %62
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
  %90 = fneg float %89
  %91 = call float @llvm.maxnum.f32(float %90, float 0xC055D33340000000)
  %92 = call float @llvm.minnum.f32(float %91, float 0x40562CCCC0000000)
  %93 = call float @llvm.fma.f32(float %92, float 0x3FF7154760000000, float 5.000000e-01)
  %94 = call float @llvm.floor.f32(float %93)
  %95 = call float @llvm.fma.f32(float %94, float 0xBFE6300000000000, float %92)
  %96 = call float @llvm.fma.f32(float %94, float 0x3F2BD01060000000, float %95)
  %97 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %96, float 0x3F56E879C0000000)
  %98 = call float @llvm.fma.f32(float %97, float %96, float 0x3F81112100000000)
  %99 = call float @llvm.fma.f32(float %98, float %96, float 0x3FA5553820000000)
  %100 = call float @llvm.fma.f32(float %99, float %96, float 0x3FC5555540000000)
  %101 = call float @llvm.fma.f32(float %100, float %96, float 5.000000e-01)
  %102 = fmul float %96, %96
  %103 = call float @llvm.fma.f32(float %101, float %102, float %96)
  %104 = fadd float %103, 1.000000e+00
  %105 = fptosi float %94 to i32
  %106 = add i32 %105, 127
  %107 = shl i32 %106, 23
  %108 = bitcast i32 %107 to float
  %109 = fmul float %104, %108
  %110 = fadd float 1.000000e+00, %109
  %111 = fdiv float 1.000000e+00, %110
  %112 = mul i64 %n, 1
  %113 = add i64 %112, %task
  %114 = getelementptr inbounds float, float* %0, i64 %113
  store float %111, float* %114, align 4
  %n.next = add i64 %n, 1
  br label %n.header
}

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
  call void @node2.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @lstm_sentiment_run(i8** %0, i8** %1, i8* %2) #2 {
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
  %26 = getelementptr inbounds i8, i8* %workspace7, i64 515072
  %27 = getelementptr inbounds i8, i8* %workspace7, i64 412672
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
  %34 = getelementptr inbounds i8, i8* %workspace7, i64 515072
  %35 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %35, align 8
  %36 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %34, i8** %36, align 8
  %37 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %37, align 8
  %38 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %38, align 8
  %39 = bitcast [4 x i8*]* %args to i8*
  call void @node2.dense_1.step0(i8* %39)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @lstm_sentiment_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @lstm_sentiment_workspace_size() #5 {
entry:
  ret i64 515647
}

; Function Attrs: nounwind
define i32 @lstm_sentiment_infer(i8* %0, i8* %1, i8* %2) #5 {
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
attributes #5 = { nounwind }
