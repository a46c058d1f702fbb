; gru_activity: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'gru_activity'
source_filename = "gru_activity"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.gru_1.weight_ih_l0 = external constant [6912 x i8], align 64
@weight.gru_1.weight_hh_l0 = external constant [49152 x i8], align 64
@weight.gru_1.bias_ih_l0 = external constant [768 x i8], align 64
@weight.gru_1.bias_hh_l0 = external constant [768 x i8], align 64
@weight.gru_2.weight_ih_l0 = external constant [49152 x i8], align 64
@weight.gru_2.weight_hh_l0 = external constant [49152 x i8], align 64
@weight.gru_2.bias_ih_l0 = external constant [768 x i8], align 64
@weight.gru_2.bias_hh_l0 = external constant [768 x i8], align 64
@weight.dense_1.weight = external constant [1536 x i8], align 64
@weight.dense_1.bias = external constant [24 x i8], align 64
@dlc.model_name = private unnamed_addr constant [13 x i8] c"gru_activity\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [3 x i64] [i64 1, i64 128, i64 9]
@dlc.input0.name = private unnamed_addr constant [8 x i8] c"signals\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([8 x i8], [8 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 3, i64* getelementptr inbounds ([3 x i64], [3 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 4608 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 6]
@dlc.output0.name = private unnamed_addr constant [9 x i8] c"activity\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([9 x i8], [9 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 24 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([13 x i8], [13 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 132671, i64 4940160 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare i8* @malloc(i64)

declare void @free(i8*)

; Function Attrs: alwaysinline nounwind
define internal void @node0.gru_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = srem i64 %task, 128
  %12 = sdiv i64 %task, 128
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
  %14 = icmp slt i64 %r, 192
  br i1 %14, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %15 = mul i64 %r, 9
  %16 = mul i64 %11, 9
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %k.header

r.exit:                                           ; preds = %r.header
  br label %endif

k.header:                                         ; preds = %k.body, %r.body
  %k = phi i64 [ 0, %r.body ], [ %k.next, %k.body ]
  %17 = icmp slt i64 %k, 0
  br i1 %17, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %18 = add i64 %k, 0
  %19 = add i64 %15, %18
  %20 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.gru_1.weight_ih_l0 to float*), i64 %19
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
  %31 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.gru_1.weight_ih_l0 to float*), i64 %30
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
  %42 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.gru_1.weight_ih_l0 to float*), i64 %41
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
  %53 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.gru_1.weight_ih_l0 to float*), i64 %52
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
  %k4 = phi i64 [ 0, %k.exit ], [ %k.next5, %k.body2 ]
  %62 = icmp slt i64 %k4, 8
  br i1 %62, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %63 = add i64 %15, %k4
  %64 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.gru_1.weight_ih_l0 to float*), i64 %63
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
  %90 = add i64 %15, 8
  %91 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.gru_1.weight_ih_l0 to float*), i64 %90
  %92 = load float, float* %91, align 4
  %93 = add i64 %16, 8
  %94 = getelementptr inbounds float, float* %1, i64 %93
  %95 = load float, float* %94, align 4
  %96 = call float @llvm.fma.f32(float %92, float %95, float %89)
  %97 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_ih_l0 to float*), i64 %r
  %98 = load float, float* %97, align 4
  %99 = fadd float %96, %98
  %100 = mul i64 %task, 192
  %101 = add i64 %100, %r
  %102 = getelementptr inbounds float, float* %2, i64 %101
  store float %99, float* %102, align 4
  %r.next = add i64 %r, 1
  br label %r.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #1

; Function Attrs: nounwind
define internal void @node0.gru_1.step0(i8* %0) #2 {
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
  call void @node0.gru_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node0.gru_1.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %12 = getelementptr inbounds float, float* %2, i64 24768
  %13 = bitcast float* %12 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %13, i8 0, i64 512, i1 false)
  br label %s.header

n.exit:                                           ; preds = %n.header
  %task.next = add i64 %task, 1
  br label %task.header

s.header:                                         ; preds = %s.exit8, %n.body
  %s = phi i64 [ 0, %n.body ], [ %s.next10, %s.exit8 ]
  %14 = icmp slt i64 %s, 128
  br i1 %14, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %15 = add i64 0, %n
  %16 = mul i64 %15, 128
  %17 = add i64 %16, %s
  %18 = mul i64 %17, 192
  br label %r.header

s.exit:                                           ; preds = %s.header
  %n.next = add i64 %n, 1
  br label %n.header

r.header:                                         ; preds = %k.exit3, %s.body
  %r = phi i64 [ 0, %s.body ], [ %r.next, %k.exit3 ]
  %19 = icmp slt i64 %r, 192
  br i1 %19, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %20 = mul i64 %r, 64
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %k.header

r.exit:                                           ; preds = %r.header
  br label %v.header

k.header:                                         ; preds = %k.body, %r.body
  %k = phi i64 [ 0, %r.body ], [ %k.next, %k.body ]
  %21 = icmp slt i64 %k, 64
  br i1 %21, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %22 = add i64 %k, 0
  %23 = add i64 %20, %22
  %24 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_l0 to float*), i64 %23
  %25 = bitcast float* %24 to <8 x float>*
  %26 = load <8 x float>, <8 x float>* %25, align 4
  %27 = add i64 24768, %22
  %28 = getelementptr inbounds float, float* %2, i64 %27
  %29 = bitcast float* %28 to <8 x float>*
  %30 = load <8 x float>, <8 x float>* %29, align 4
  %31 = load <8 x float>, <8 x float>* %9, align 32
  %32 = call <8 x float> @llvm.fma.v8f32(<8 x float> %26, <8 x float> %30, <8 x float> %31)
  store <8 x float> %32, <8 x float>* %9, align 32
  %33 = add i64 %k, 8
  %34 = add i64 %20, %33
  %35 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_l0 to float*), i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = add i64 24768, %33
  %39 = getelementptr inbounds float, float* %2, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = load <8 x float>, <8 x float>* %8, align 32
  %43 = call <8 x float> @llvm.fma.v8f32(<8 x float> %37, <8 x float> %41, <8 x float> %42)
  store <8 x float> %43, <8 x float>* %8, align 32
  %44 = add i64 %k, 16
  %45 = add i64 %20, %44
  %46 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_l0 to float*), i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  %49 = add i64 24768, %44
  %50 = getelementptr inbounds float, float* %2, i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  %53 = load <8 x float>, <8 x float>* %7, align 32
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %48, <8 x float> %52, <8 x float> %53)
  store <8 x float> %54, <8 x float>* %7, align 32
  %55 = add i64 %k, 24
  %56 = add i64 %20, %55
  %57 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_l0 to float*), i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 24768, %55
  %61 = getelementptr inbounds float, float* %2, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = load <8 x float>, <8 x float>* %6, align 32
  %65 = call <8 x float> @llvm.fma.v8f32(<8 x float> %59, <8 x float> %63, <8 x float> %64)
  store <8 x float> %65, <8 x float>* %6, align 32
  %k.next = add i64 %k, 32
  br label %k.header

k.exit:                                           ; preds = %k.header
  br label %k.header1

k.header1:                                        ; preds = %k.body2, %k.exit
  %k4 = phi i64 [ 64, %k.exit ], [ %k.next5, %k.body2 ]
  %66 = icmp slt i64 %k4, 64
  br i1 %66, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %67 = add i64 %20, %k4
  %68 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_l0 to float*), i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = add i64 24768, %k4
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %74 = load <8 x float>, <8 x float>* %73, align 4
  %75 = load <8 x float>, <8 x float>* %9, align 32
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %74, <8 x float> %75)
  store <8 x float> %76, <8 x float>* %9, align 32
  %k.next5 = add i64 %k4, 8
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %77 = load <8 x float>, <8 x float>* %9, align 32
  %78 = load <8 x float>, <8 x float>* %8, align 32
  %79 = fadd <8 x float> %77, %78
  %80 = load <8 x float>, <8 x float>* %7, align 32
  %81 = load <8 x float>, <8 x float>* %6, align 32
  %82 = fadd <8 x float> %80, %81
  %83 = fadd <8 x float> %79, %82
  %84 = shufflevector <8 x float> %83, <8 x float> %83, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %85 = shufflevector <8 x float> %83, <8 x float> %83, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %86 = fadd <4 x float> %84, %85
  %87 = shufflevector <4 x float> %86, <4 x float> %86, <2 x i32> <i32 0, i32 1>
  %88 = shufflevector <4 x float> %86, <4 x float> %86, <2 x i32> <i32 2, i32 3>
  %89 = fadd <2 x float> %87, %88
  %90 = shufflevector <2 x float> %89, <2 x float> %89, <1 x i32> zeroinitializer
  %91 = shufflevector <2 x float> %89, <2 x float> %89, <1 x i32> <i32 1>
  %92 = fadd <1 x float> %90, %91
  %93 = extractelement <1 x float> %92, i32 0
  %94 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %r
  %95 = load float, float* %94, align 4
  %96 = fadd float %93, %95
  %97 = add i64 24576, %r
  %98 = getelementptr inbounds float, float* %2, i64 %97
  store float %96, float* %98, align 4
  %r.next = add i64 %r, 1
  br label %r.header

v.header:                                         ; preds = %v.body, %r.exit
  %v = phi i64 [ 0, %r.exit ], [ %v.next, %v.body ]
  %99 = icmp slt i64 %v, 64
  br i1 %99, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %100 = add i64 24768, %v
  %101 = add i64 0, %v
  %102 = add i64 %18, %101
  %103 = getelementptr inbounds float, float* %2, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 24576, %101
  %107 = getelementptr inbounds float, float* %2, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 64, %v
  %111 = add i64 %18, %110
  %112 = getelementptr inbounds float, float* %2, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 24576, %110
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 128, %v
  %120 = add i64 %18, %119
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 24576, %119
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = fadd <8 x float> %105, %109
  %129 = fneg <8 x float> %128
  %130 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %129, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %131 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %130, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %131, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %133 = call <8 x float> @llvm.floor.v8f32(<8 x float> %132)
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %133, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %131)
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %133, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %134)
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %135, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %136, <8 x float> %135, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %138 = call <8 x float> @llvm.fma.v8f32(<8 x float> %137, <8 x float> %135, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %138, <8 x float> %135, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %139, <8 x float> %135, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %141 = fmul <8 x float> %135, %135
  %142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %140, <8 x float> %141, <8 x float> %135)
  %143 = fadd <8 x float> %142, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %144 = fptosi <8 x float> %133 to <8 x i32>
  %145 = add <8 x i32> %144, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %146 = shl <8 x i32> %145, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %147 = bitcast <8 x i32> %146 to <8 x float>
  %148 = fmul <8 x float> %143, %147
  %149 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %148
  %150 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %149
  %151 = fadd <8 x float> %114, %118
  %152 = fneg <8 x float> %151
  %153 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %152, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %154 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %153, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %156 = call <8 x float> @llvm.floor.v8f32(<8 x float> %155)
  %157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %154)
  %158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %157)
  %159 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %158, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %159, <8 x float> %158, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %160, <8 x float> %158, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %158, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %158, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %164 = fmul <8 x float> %158, %158
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %163, <8 x float> %164, <8 x float> %158)
  %166 = fadd <8 x float> %165, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %167 = fptosi <8 x float> %156 to <8 x i32>
  %168 = add <8 x i32> %167, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %169 = shl <8 x i32> %168, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %170 = bitcast <8 x i32> %169 to <8 x float>
  %171 = fmul <8 x float> %166, %170
  %172 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %171
  %173 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %172
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %127, <8 x float> %123)
  %175 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %174)
  %176 = fmul <8 x float> %174, %174
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %176, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %177, <8 x float> %176, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %176, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> %176, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %181 = fmul <8 x float> %180, %176
  %182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %174, <8 x float> %174)
  %183 = fmul <8 x float> %175, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %184 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %183, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %185 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %184, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %187 = call <8 x float> @llvm.floor.v8f32(<8 x float> %186)
  %188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %185)
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %188)
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %189, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> %189, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> %189, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> %189, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> %189, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %195 = fmul <8 x float> %189, %189
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> %195, <8 x float> %189)
  %197 = fadd <8 x float> %196, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %198 = fptosi <8 x float> %187 to <8 x i32>
  %199 = add <8 x i32> %198, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %200 = shl <8 x i32> %199, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %201 = bitcast <8 x i32> %200 to <8 x float>
  %202 = fmul <8 x float> %197, %201
  %203 = fadd <8 x float> %202, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %204 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %203
  %205 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %204
  %206 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %205, <8 x float> %174)
  %207 = fcmp olt <8 x float> %175, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %208 = select <8 x i1> %207, <8 x float> %182, <8 x float> %206
  %209 = getelementptr inbounds float, float* %2, i64 %100
  %210 = bitcast float* %209 to <8 x float>*
  %211 = load <8 x float>, <8 x float>* %210, align 4
  %212 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %173
  %213 = fmul <8 x float> %212, %208
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %173, <8 x float> %211, <8 x float> %213)
  %215 = getelementptr inbounds float, float* %2, i64 %100
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %214, <8 x float>* %216, align 4
  %217 = mul i64 %n, 128
  %218 = add i64 %217, %s
  %219 = mul i64 %218, 64
  %220 = add i64 %219, 0
  %221 = add i64 %220, %v
  %222 = getelementptr inbounds float, float* %0, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %214, <8 x float>* %223, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header6

s.header6:                                        ; preds = %s.body7, %v.exit
  %s9 = phi i64 [ 64, %v.exit ], [ %s.next, %s.body7 ]
  %224 = icmp slt i64 %s9, 64
  br i1 %224, label %s.body7, label %s.exit8

s.body7:                                          ; preds = %s.header6
  %225 = add i64 24768, %s9
  %226 = add i64 0, %s9
  %227 = add i64 %18, %226
  %228 = getelementptr inbounds float, float* %2, i64 %227
  %229 = load float, float* %228, align 4
  %230 = add i64 24576, %226
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = load float, float* %231, align 4
  %233 = add i64 64, %s9
  %234 = add i64 %18, %233
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = load float, float* %235, align 4
  %237 = add i64 24576, %233
  %238 = getelementptr inbounds float, float* %2, i64 %237
  %239 = load float, float* %238, align 4
  %240 = add i64 128, %s9
  %241 = add i64 %18, %240
  %242 = getelementptr inbounds float, float* %2, i64 %241
  %243 = load float, float* %242, align 4
  %244 = add i64 24576, %240
  %245 = getelementptr inbounds float, float* %2, i64 %244
  %246 = load float, float* %245, align 4
  %247 = fadd float %229, %232
  %248 = fneg float %247
  %249 = call float @llvm.maxnum.f32(float %248, float 0xC055D33340000000)
  %250 = call float @llvm.minnum.f32(float %249, float 0x40562CCCC0000000)
  %251 = call float @llvm.fma.f32(float %250, float 0x3FF7154760000000, float 5.000000e-01)
  %252 = call float @llvm.floor.f32(float %251)
  %253 = call float @llvm.fma.f32(float %252, float 0xBFE6300000000000, float %250)
  %254 = call float @llvm.fma.f32(float %252, float 0x3F2BD01060000000, float %253)
  %255 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %254, float 0x3F56E879C0000000)
  %256 = call float @llvm.fma.f32(float %255, float %254, float 0x3F81112100000000)
  %257 = call float @llvm.fma.f32(float %256, float %254, float 0x3FA5553820000000)
  %258 = call float @llvm.fma.f32(float %257, float %254, float 0x3FC5555540000000)
  %259 = call float @llvm.fma.f32(float %258, float %254, float 5.000000e-01)
  %260 = fmul float %254, %254
  %261 = call float @llvm.fma.f32(float %259, float %260, float %254)
  %262 = fadd float %261, 1.000000e+00
  %263 = fptosi float %252 to i32
  %264 = add i32 %263, 127
  %265 = shl i32 %264, 23
  %266 = bitcast i32 %265 to float
  %267 = fmul float %262, %266
  %268 = fadd float 1.000000e+00, %267
  %269 = fdiv float 1.000000e+00, %268
  %270 = fadd float %236, %239
  %271 = fneg float %270
  %272 = call float @llvm.maxnum.f32(float %271, float 0xC055D33340000000)
  %273 = call float @llvm.minnum.f32(float %272, float 0x40562CCCC0000000)
  %274 = call float @llvm.fma.f32(float %273, float 0x3FF7154760000000, float 5.000000e-01)
  %275 = call float @llvm.floor.f32(float %274)
  %276 = call float @llvm.fma.f32(float %275, float 0xBFE6300000000000, float %273)
  %277 = call float @llvm.fma.f32(float %275, float 0x3F2BD01060000000, float %276)
  %278 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %277, float 0x3F56E879C0000000)
  %279 = call float @llvm.fma.f32(float %278, float %277, float 0x3F81112100000000)
  %280 = call float @llvm.fma.f32(float %279, float %277, float 0x3FA5553820000000)
  %281 = call float @llvm.fma.f32(float %280, float %277, float 0x3FC5555540000000)
  %282 = call float @llvm.fma.f32(float %281, float %277, float 5.000000e-01)
  %283 = fmul float %277, %277
  %284 = call float @llvm.fma.f32(float %282, float %283, float %277)
  %285 = fadd float %284, 1.000000e+00
  %286 = fptosi float %275 to i32
  %287 = add i32 %286, 127
  %288 = shl i32 %287, 23
  %289 = bitcast i32 %288 to float
  %290 = fmul float %285, %289
  %291 = fadd float 1.000000e+00, %290
  %292 = fdiv float 1.000000e+00, %291
  %293 = call float @llvm.fma.f32(float %269, float %246, float %243)
  %294 = call float @llvm.fabs.f32(float %293)
  %295 = fmul float %293, %293
  %296 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %295, float 0x3F952269C0000000)
  %297 = call float @llvm.fma.f32(float %296, float %295, float 0xBFAB83C5A0000000)
  %298 = call float @llvm.fma.f32(float %297, float %295, float 0x3FC1107260000000)
  %299 = call float @llvm.fma.f32(float %298, float %295, float 0xBFD5555320000000)
  %300 = fmul float %299, %295
  %301 = call float @llvm.fma.f32(float %300, float %293, float %293)
  %302 = fmul float %294, 2.000000e+00
  %303 = call float @llvm.maxnum.f32(float %302, float 0xC055D33340000000)
  %304 = call float @llvm.minnum.f32(float %303, float 0x40562CCCC0000000)
  %305 = call float @llvm.fma.f32(float %304, float 0x3FF7154760000000, float 5.000000e-01)
  %306 = call float @llvm.floor.f32(float %305)
  %307 = call float @llvm.fma.f32(float %306, float 0xBFE6300000000000, float %304)
  %308 = call float @llvm.fma.f32(float %306, float 0x3F2BD01060000000, float %307)
  %309 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %308, float 0x3F56E879C0000000)
  %310 = call float @llvm.fma.f32(float %309, float %308, float 0x3F81112100000000)
  %311 = call float @llvm.fma.f32(float %310, float %308, float 0x3FA5553820000000)
  %312 = call float @llvm.fma.f32(float %311, float %308, float 0x3FC5555540000000)
  %313 = call float @llvm.fma.f32(float %312, float %308, float 5.000000e-01)
  %314 = fmul float %308, %308
  %315 = call float @llvm.fma.f32(float %313, float %314, float %308)
  %316 = fadd float %315, 1.000000e+00
  %317 = fptosi float %306 to i32
  %318 = add i32 %317, 127
  %319 = shl i32 %318, 23
  %320 = bitcast i32 %319 to float
  %321 = fmul float %316, %320
  %322 = fadd float %321, 1.000000e+00
  %323 = fdiv float 2.000000e+00, %322
  %324 = fsub float 1.000000e+00, %323
  %325 = call float @llvm.copysign.f32(float %324, float %293)
  %326 = fcmp olt float %294, 6.250000e-01
  %327 = select i1 %326, float %301, float %325
  %328 = getelementptr inbounds float, float* %2, i64 %225
  %329 = load float, float* %328, align 4
  %330 = fsub float 1.000000e+00, %292
  %331 = fmul float %330, %327
  %332 = call float @llvm.fma.f32(float %292, float %329, float %331)
  %333 = getelementptr inbounds float, float* %2, i64 %225
  store float %332, float* %333, align 4
  %334 = mul i64 %n, 128
  %335 = add i64 %334, %s
  %336 = mul i64 %335, 64
  %337 = add i64 %336, 0
  %338 = add i64 %337, %s9
  %339 = getelementptr inbounds float, float* %0, i64 %338
  store float %332, float* %339, align 4
  %s.next = add i64 %s9, 1
  br label %s.header6

s.exit8:                                          ; preds = %s.header6
  %s.next10 = add i64 %s, 1
  br label %s.header
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fabs.v8f32(<8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.copysign.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.copysign.f32(float, float) #1

; Function Attrs: nounwind
define internal void @node0.gru_1.step1(i8* %0) #2 {
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
  call void @node0.gru_1.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.gru_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = srem i64 %task, 128
  %12 = sdiv i64 %task, 128
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
  %14 = icmp slt i64 %r, 192
  br i1 %14, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %15 = mul i64 %r, 64
  %16 = mul i64 %11, 64
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %k.header

r.exit:                                           ; preds = %r.header
  br label %endif

k.header:                                         ; preds = %k.body, %r.body
  %k = phi i64 [ 0, %r.body ], [ %k.next, %k.body ]
  %17 = icmp slt i64 %k, 64
  br i1 %17, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %18 = add i64 %k, 0
  %19 = add i64 %15, %18
  %20 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_ih_l0 to float*), i64 %19
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
  %31 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_ih_l0 to float*), i64 %30
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
  %42 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_ih_l0 to float*), i64 %41
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
  %53 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_ih_l0 to float*), i64 %52
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
  %k4 = phi i64 [ 64, %k.exit ], [ %k.next5, %k.body2 ]
  %62 = icmp slt i64 %k4, 64
  br i1 %62, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %63 = add i64 %15, %k4
  %64 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_ih_l0 to float*), i64 %63
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
  %90 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_ih_l0 to float*), i64 %r
  %91 = load float, float* %90, align 4
  %92 = fadd float %89, %91
  %93 = mul i64 %task, 192
  %94 = add i64 %93, %r
  %95 = getelementptr inbounds float, float* %2, i64 %94
  store float %92, float* %95, align 4
  %r.next = add i64 %r, 1
  br label %r.header
}

; Function Attrs: nounwind
define internal void @node1.gru_2.step0(i8* %0) #2 {
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
  call void @node1.gru_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.gru_2.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %12 = getelementptr inbounds float, float* %2, i64 24768
  %13 = bitcast float* %12 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %13, i8 0, i64 512, i1 false)
  br label %s.header

n.exit:                                           ; preds = %n.header
  %task.next = add i64 %task, 1
  br label %task.header

s.header:                                         ; preds = %s.exit8, %n.body
  %s = phi i64 [ 0, %n.body ], [ %s.next10, %s.exit8 ]
  %14 = icmp slt i64 %s, 128
  br i1 %14, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %15 = add i64 0, %n
  %16 = mul i64 %15, 128
  %17 = add i64 %16, %s
  %18 = mul i64 %17, 192
  br label %r.header

s.exit:                                           ; preds = %s.header
  %19 = mul i64 %n, 64
  %20 = add i64 %19, 0
  %21 = getelementptr inbounds float, float* %0, i64 %20
  %22 = getelementptr inbounds float, float* %2, i64 24768
  %23 = bitcast float* %21 to i8*
  %24 = bitcast float* %22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %23, i8* align 4 %24, i64 256, i1 false)
  %n.next = add i64 %n, 1
  br label %n.header

r.header:                                         ; preds = %k.exit3, %s.body
  %r = phi i64 [ 0, %s.body ], [ %r.next, %k.exit3 ]
  %25 = icmp slt i64 %r, 192
  br i1 %25, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %26 = mul i64 %r, 64
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %k.header

r.exit:                                           ; preds = %r.header
  br label %v.header

k.header:                                         ; preds = %k.body, %r.body
  %k = phi i64 [ 0, %r.body ], [ %k.next, %k.body ]
  %27 = icmp slt i64 %k, 64
  br i1 %27, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %28 = add i64 %k, 0
  %29 = add i64 %26, %28
  %30 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_l0 to float*), i64 %29
  %31 = bitcast float* %30 to <8 x float>*
  %32 = load <8 x float>, <8 x float>* %31, align 4
  %33 = add i64 24768, %28
  %34 = getelementptr inbounds float, float* %2, i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  %37 = load <8 x float>, <8 x float>* %9, align 32
  %38 = call <8 x float> @llvm.fma.v8f32(<8 x float> %32, <8 x float> %36, <8 x float> %37)
  store <8 x float> %38, <8 x float>* %9, align 32
  %39 = add i64 %k, 8
  %40 = add i64 %26, %39
  %41 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_l0 to float*), i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 24768, %39
  %45 = getelementptr inbounds float, float* %2, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = load <8 x float>, <8 x float>* %8, align 32
  %49 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> %47, <8 x float> %48)
  store <8 x float> %49, <8 x float>* %8, align 32
  %50 = add i64 %k, 16
  %51 = add i64 %26, %50
  %52 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_l0 to float*), i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = add i64 24768, %50
  %56 = getelementptr inbounds float, float* %2, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = load <8 x float>, <8 x float>* %57, align 4
  %59 = load <8 x float>, <8 x float>* %7, align 32
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %58, <8 x float> %59)
  store <8 x float> %60, <8 x float>* %7, align 32
  %61 = add i64 %k, 24
  %62 = add i64 %26, %61
  %63 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_l0 to float*), i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 24768, %61
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
  %k4 = phi i64 [ 64, %k.exit ], [ %k.next5, %k.body2 ]
  %72 = icmp slt i64 %k4, 64
  br i1 %72, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %73 = add i64 %26, %k4
  %74 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_l0 to float*), i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 24768, %k4
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
  %100 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %r
  %101 = load float, float* %100, align 4
  %102 = fadd float %99, %101
  %103 = add i64 24576, %r
  %104 = getelementptr inbounds float, float* %2, i64 %103
  store float %102, float* %104, align 4
  %r.next = add i64 %r, 1
  br label %r.header

v.header:                                         ; preds = %v.body, %r.exit
  %v = phi i64 [ 0, %r.exit ], [ %v.next, %v.body ]
  %105 = icmp slt i64 %v, 64
  br i1 %105, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %106 = add i64 24768, %v
  %107 = add i64 0, %v
  %108 = add i64 %18, %107
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 24576, %107
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 64, %v
  %117 = add i64 %18, %116
  %118 = getelementptr inbounds float, float* %2, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = add i64 24576, %116
  %122 = getelementptr inbounds float, float* %2, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = add i64 128, %v
  %126 = add i64 %18, %125
  %127 = getelementptr inbounds float, float* %2, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 24576, %125
  %131 = getelementptr inbounds float, float* %2, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = fadd <8 x float> %111, %115
  %135 = fneg <8 x float> %134
  %136 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %135, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %137 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %136, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %138 = call <8 x float> @llvm.fma.v8f32(<8 x float> %137, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %139 = call <8 x float> @llvm.floor.v8f32(<8 x float> %138)
  %140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %139, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %137)
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %139, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %140)
  %142 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %141, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %142, <8 x float> %141, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %143, <8 x float> %141, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %144, <8 x float> %141, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %141, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %147 = fmul <8 x float> %141, %141
  %148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %147, <8 x float> %141)
  %149 = fadd <8 x float> %148, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %150 = fptosi <8 x float> %139 to <8 x i32>
  %151 = add <8 x i32> %150, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %152 = shl <8 x i32> %151, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %153 = bitcast <8 x i32> %152 to <8 x float>
  %154 = fmul <8 x float> %149, %153
  %155 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %154
  %156 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %155
  %157 = fadd <8 x float> %120, %124
  %158 = fneg <8 x float> %157
  %159 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %158, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %160 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %159, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %160, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %162 = call <8 x float> @llvm.floor.v8f32(<8 x float> %161)
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %160)
  %164 = call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %163)
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %164, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %165, <8 x float> %164, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %164, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %167, <8 x float> %164, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %164, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %170 = fmul <8 x float> %164, %164
  %171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %170, <8 x float> %164)
  %172 = fadd <8 x float> %171, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %173 = fptosi <8 x float> %162 to <8 x i32>
  %174 = add <8 x i32> %173, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %175 = shl <8 x i32> %174, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %176 = bitcast <8 x i32> %175 to <8 x float>
  %177 = fmul <8 x float> %172, %176
  %178 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %177
  %179 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %178
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %133, <8 x float> %129)
  %181 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %180)
  %182 = fmul <8 x float> %180, %180
  %183 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %182, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %183, <8 x float> %182, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> %182, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> %182, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %187 = fmul <8 x float> %186, %182
  %188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %180, <8 x float> %180)
  %189 = fmul <8 x float> %181, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %190 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %189, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %191 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %190, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %193 = call <8 x float> @llvm.floor.v8f32(<8 x float> %192)
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %191)
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %194)
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %195, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %196, <8 x float> %195, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %197, <8 x float> %195, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %195, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> %195, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %201 = fmul <8 x float> %195, %195
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %200, <8 x float> %201, <8 x float> %195)
  %203 = fadd <8 x float> %202, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %204 = fptosi <8 x float> %193 to <8 x i32>
  %205 = add <8 x i32> %204, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %206 = shl <8 x i32> %205, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %207 = bitcast <8 x i32> %206 to <8 x float>
  %208 = fmul <8 x float> %203, %207
  %209 = fadd <8 x float> %208, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %210 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %209
  %211 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %210
  %212 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %211, <8 x float> %180)
  %213 = fcmp olt <8 x float> %181, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %214 = select <8 x i1> %213, <8 x float> %188, <8 x float> %212
  %215 = getelementptr inbounds float, float* %2, i64 %106
  %216 = bitcast float* %215 to <8 x float>*
  %217 = load <8 x float>, <8 x float>* %216, align 4
  %218 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %179
  %219 = fmul <8 x float> %218, %214
  %220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> %217, <8 x float> %219)
  %221 = getelementptr inbounds float, float* %2, i64 %106
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %220, <8 x float>* %222, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header6

s.header6:                                        ; preds = %s.body7, %v.exit
  %s9 = phi i64 [ 64, %v.exit ], [ %s.next, %s.body7 ]
  %223 = icmp slt i64 %s9, 64
  br i1 %223, label %s.body7, label %s.exit8

s.body7:                                          ; preds = %s.header6
  %224 = add i64 24768, %s9
  %225 = add i64 0, %s9
  %226 = add i64 %18, %225
  %227 = getelementptr inbounds float, float* %2, i64 %226
  %228 = load float, float* %227, align 4
  %229 = add i64 24576, %225
  %230 = getelementptr inbounds float, float* %2, i64 %229
  %231 = load float, float* %230, align 4
  %232 = add i64 64, %s9
  %233 = add i64 %18, %232
  %234 = getelementptr inbounds float, float* %2, i64 %233
  %235 = load float, float* %234, align 4
  %236 = add i64 24576, %232
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = load float, float* %237, align 4
  %239 = add i64 128, %s9
  %240 = add i64 %18, %239
  %241 = getelementptr inbounds float, float* %2, i64 %240
  %242 = load float, float* %241, align 4
  %243 = add i64 24576, %239
  %244 = getelementptr inbounds float, float* %2, i64 %243
  %245 = load float, float* %244, align 4
  %246 = fadd float %228, %231
  %247 = fneg float %246
  %248 = call float @llvm.maxnum.f32(float %247, float 0xC055D33340000000)
  %249 = call float @llvm.minnum.f32(float %248, float 0x40562CCCC0000000)
  %250 = call float @llvm.fma.f32(float %249, float 0x3FF7154760000000, float 5.000000e-01)
  %251 = call float @llvm.floor.f32(float %250)
  %252 = call float @llvm.fma.f32(float %251, float 0xBFE6300000000000, float %249)
  %253 = call float @llvm.fma.f32(float %251, float 0x3F2BD01060000000, float %252)
  %254 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %253, float 0x3F56E879C0000000)
  %255 = call float @llvm.fma.f32(float %254, float %253, float 0x3F81112100000000)
  %256 = call float @llvm.fma.f32(float %255, float %253, float 0x3FA5553820000000)
  %257 = call float @llvm.fma.f32(float %256, float %253, float 0x3FC5555540000000)
  %258 = call float @llvm.fma.f32(float %257, float %253, float 5.000000e-01)
  %259 = fmul float %253, %253
  %260 = call float @llvm.fma.f32(float %258, float %259, float %253)
  %261 = fadd float %260, 1.000000e+00
  %262 = fptosi float %251 to i32
  %263 = add i32 %262, 127
  %264 = shl i32 %263, 23
  %265 = bitcast i32 %264 to float
  %266 = fmul float %261, %265
  %267 = fadd float 1.000000e+00, %266
  %268 = fdiv float 1.000000e+00, %267
  %269 = fadd float %235, %238
  %270 = fneg float %269
  %271 = call float @llvm.maxnum.f32(float %270, float 0xC055D33340000000)
  %272 = call float @llvm.minnum.f32(float %271, float 0x40562CCCC0000000)
  %273 = call float @llvm.fma.f32(float %272, float 0x3FF7154760000000, float 5.000000e-01)
  %274 = call float @llvm.floor.f32(float %273)
  %275 = call float @llvm.fma.f32(float %274, float 0xBFE6300000000000, float %272)
  %276 = call float @llvm.fma.f32(float %274, float 0x3F2BD01060000000, float %275)
  %277 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %276, float 0x3F56E879C0000000)
  %278 = call float @llvm.fma.f32(float %277, float %276, float 0x3F81112100000000)
  %279 = call float @llvm.fma.f32(float %278, float %276, float 0x3FA5553820000000)
  %280 = call float @llvm.fma.f32(float %279, float %276, float 0x3FC5555540000000)
  %281 = call float @llvm.fma.f32(float %280, float %276, float 5.000000e-01)
  %282 = fmul float %276, %276
  %283 = call float @llvm.fma.f32(float %281, float %282, float %276)
  %284 = fadd float %283, 1.000000e+00
  %285 = fptosi float %274 to i32
  %286 = add i32 %285, 127
  %287 = shl i32 %286, 23
  %288 = bitcast i32 %287 to float
  %289 = fmul float %284, %288
  %290 = fadd float 1.000000e+00, %289
  %291 = fdiv float 1.000000e+00, %290
  %292 = call float @llvm.fma.f32(float %268, float %245, float %242)
  %293 = call float @llvm.fabs.f32(float %292)
  %294 = fmul float %292, %292
  %295 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %294, float 0x3F952269C0000000)
  %296 = call float @llvm.fma.f32(float %295, float %294, float 0xBFAB83C5A0000000)
  %297 = call float @llvm.fma.f32(float %296, float %294, float 0x3FC1107260000000)
  %298 = call float @llvm.fma.f32(float %297, float %294, float 0xBFD5555320000000)
  %299 = fmul float %298, %294
  %300 = call float @llvm.fma.f32(float %299, float %292, float %292)
  %301 = fmul float %293, 2.000000e+00
  %302 = call float @llvm.maxnum.f32(float %301, float 0xC055D33340000000)
  %303 = call float @llvm.minnum.f32(float %302, float 0x40562CCCC0000000)
  %304 = call float @llvm.fma.f32(float %303, float 0x3FF7154760000000, float 5.000000e-01)
  %305 = call float @llvm.floor.f32(float %304)
  %306 = call float @llvm.fma.f32(float %305, float 0xBFE6300000000000, float %303)
  %307 = call float @llvm.fma.f32(float %305, float 0x3F2BD01060000000, float %306)
  %308 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %307, float 0x3F56E879C0000000)
  %309 = call float @llvm.fma.f32(float %308, float %307, float 0x3F81112100000000)
  %310 = call float @llvm.fma.f32(float %309, float %307, float 0x3FA5553820000000)
  %311 = call float @llvm.fma.f32(float %310, float %307, float 0x3FC5555540000000)
  %312 = call float @llvm.fma.f32(float %311, float %307, float 5.000000e-01)
  %313 = fmul float %307, %307
  %314 = call float @llvm.fma.f32(float %312, float %313, float %307)
  %315 = fadd float %314, 1.000000e+00
  %316 = fptosi float %305 to i32
  %317 = add i32 %316, 127
  %318 = shl i32 %317, 23
  %319 = bitcast i32 %318 to float
  %320 = fmul float %315, %319
  %321 = fadd float %320, 1.000000e+00
  %322 = fdiv float 2.000000e+00, %321
  %323 = fsub float 1.000000e+00, %322
  %324 = call float @llvm.copysign.f32(float %323, float %292)
  %325 = fcmp olt float %293, 6.250000e-01
  %326 = select i1 %325, float %300, float %324
  %327 = getelementptr inbounds float, float* %2, i64 %224
  %328 = load float, float* %327, align 4
  %329 = fsub float 1.000000e+00, %291
  %330 = fmul float %329, %326
  %331 = call float @llvm.fma.f32(float %291, float %328, float %330)
  %332 = getelementptr inbounds float, float* %2, i64 %224
  store float %331, float* %332, align 4
  %s.next = add i64 %s9, 1
  br label %s.header6

s.exit8:                                          ; preds = %s.header6
  %s.next10 = add i64 %s, 1
  br label %s.header
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nounwind
define internal void @node1.gru_2.step1(i8* %0) #2 {
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
  call void @node1.gru_2.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %11 = mul i64 %task, 64
  %12 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.dense_1.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 64
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
  %16 = icmp slt i64 %k, 64
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.dense_1.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.dense_1.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.dense_1.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.dense_1.weight to float*), i64 %51
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
  %k4 = phi i64 [ 64, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 64
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.dense_1.weight to float*), i64 %62
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
  %90 = mul i64 %n, 6
  %91 = add i64 %90, %task
  %92 = getelementptr inbounds float, float* %0, i64 %91
  store float %89, float* %92, align 4
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
  %19 = add i64 6, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 6
  %23 = select i1 %22, i64 %21, i64 6
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 6
  %26 = select i1 %25, i64 %24, i64 6
  call void @node2.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.dense_1.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 6
  %12 = add i64 %11, 6
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
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #1

; Function Attrs: nounwind
define internal void @node3.dense_1.softmax.step0(i8* %0) #2 {
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
  call void @node3.dense_1.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @gru_activity_run(i8** %0, i8** %1, i8* %2) #2 {
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
  %fresh = call i8* @malloc(i64 132671)
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
  %18 = getelementptr inbounds i8, i8* %workspace7, i64 99584
  %19 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %20 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %20, align 8
  %21 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %input0, i8** %21, align 8
  %22 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %19, i8** %22, align 8
  %23 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %23, align 8
  %24 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node0.gru_1.step0, i8* %24, i32 0, i32 0)
  call void @node0.gru_1.step1(i8* %24)
  %25 = getelementptr inbounds i8, i8* %workspace7, i64 132352
  %26 = getelementptr inbounds i8, i8* %workspace7, i64 99584
  %27 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %28 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %25, i8** %28, align 8
  %29 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %26, i8** %29, align 8
  %30 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %27, i8** %30, align 8
  %31 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %31, align 8
  %32 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.gru_2.step0, i8* %32, i32 0, i32 0)
  call void @node1.gru_2.step1(i8* %32)
  %33 = getelementptr inbounds i8, i8* %workspace7, i64 132352
  %34 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %34, align 8
  %35 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %33, i8** %35, align 8
  %36 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %36, align 8
  %37 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %37, align 8
  %38 = bitcast [4 x i8*]* %args to i8*
  call void @node2.dense_1.step0(i8* %38)
  %39 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %39, align 8
  %40 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %40, align 8
  %41 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %41, align 8
  %42 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %42, align 8
  %43 = bitcast [4 x i8*]* %args to i8*
  call void @node3.dense_1.softmax.step0(i8* %43)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @gru_activity_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @gru_activity_workspace_size() #5 {
entry:
  ret i64 132671
}

; Function Attrs: nounwind
define i32 @gru_activity_infer(i8* %0, i8* %1, i8* %2) #5 {
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
  %11 = call i32 @gru_activity_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }
attributes #4 = { argmemonly nofree nounwind willreturn }
attributes #5 = { nounwind }
