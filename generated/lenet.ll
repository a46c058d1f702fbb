; lenet: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'lenet'
source_filename = "lenet"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [800 x i8], align 64
@weight.conv2d_1.bias.padded = external constant [32 x i8], align 64
@weight.conv2d_2.packed = external constant [9600 x i8], align 64
@weight.conv2d_2.bias = external constant [64 x i8], align 64
@weight.dense_1.packed = external constant [192000 x i8], align 64
@weight.dense_1.bias = external constant [480 x i8], align 64
@weight.dense_2.packed = external constant [42240 x i8], align 64
@weight.dense_2.bias = external constant [336 x i8], align 64
@weight.dense_3.packed = external constant [5376 x i8], align 64
@weight.dense_3.bias = external constant [40 x i8], align 64
@dlc.model_name = private unnamed_addr constant [6 x i8] c"lenet\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 1, i64 28, i64 28]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 3136 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 10]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 40 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 31423, i64 416520 }

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
  %7 = srem i64 %task, 32
  %8 = sub i64 %7, 2
  %9 = sdiv i64 %task, 32
  %10 = mul i64 %task, 32
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 28
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 28
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 28
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 8, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 2
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 112, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 30
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 8, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 128, i1 false)
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
  %19 = add i64 32, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 32
  %23 = select i1 %22, i64 %21, i64 32
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 32
  %26 = select i1 %25, i64 %24, i64 32
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
  br label %task.header

task.header:                                      ; preds = %kh.exit12, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %kh.exit12 ]
  %26 = icmp slt i64 %task, %7
  br i1 %26, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %27 = srem i64 %task, 28
  %28 = sdiv i64 %task, 28
  %29 = srem i64 %28, 1
  %30 = mul i64 %27, 1
  %31 = sdiv i64 %task, 28
  %32 = srem i64 %31, 1
  %33 = sdiv i64 %31, 1
  %34 = mul i64 %32, 1
  %35 = mul i64 %29, 1
  %36 = add i64 %34, %35
  %37 = mul i64 %33, 1
  %38 = mul i64 %32, 1
  %39 = add i64 %37, %38
  %40 = mul i64 %39, 1024
  %41 = mul i64 %36, 200
  %42 = mul i64 %30, 32
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %kh.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %kh.exit ]
  %43 = icmp slt i64 %x, 20
  br i1 %43, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %44 = mul i64 %33, 1
  %45 = add i64 %44, %36
  %46 = add i64 %45, 0
  %47 = mul i64 %46, 28
  %48 = add i64 %47, %30
  %49 = mul i64 %48, 28
  %50 = add i64 %x, 0
  %51 = add i64 %49, %50
  %52 = mul i64 %51, 8
  %53 = add i64 %x, 1
  %54 = add i64 %49, %53
  %55 = mul i64 %54, 8
  %56 = add i64 %x, 2
  %57 = add i64 %49, %56
  %58 = mul i64 %57, 8
  %59 = add i64 %x, 3
  %60 = add i64 %49, %59
  %61 = mul i64 %60, 8
  %62 = add i64 %x, 4
  %63 = add i64 %49, %62
  %64 = mul i64 %63, 8
  %65 = add i64 %x, 5
  %66 = add i64 %49, %65
  %67 = mul i64 %66, 8
  %68 = add i64 %x, 6
  %69 = add i64 %49, %68
  %70 = mul i64 %69, 8
  %71 = add i64 %x, 7
  %72 = add i64 %49, %71
  %73 = mul i64 %72, 8
  %74 = add i64 %x, 8
  %75 = add i64 %49, %74
  %76 = mul i64 %75, 8
  %77 = add i64 %x, 9
  %78 = add i64 %49, %77
  %79 = mul i64 %78, 8
  %80 = add i64 %36, 0
  %81 = mul i64 %80, 8
  %82 = getelementptr inbounds float, float* %5, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  store <8 x float> %84, <8 x float>* %25, align 32
  store <8 x float> %84, <8 x float>* %24, align 32
  store <8 x float> %84, <8 x float>* %23, align 32
  store <8 x float> %84, <8 x float>* %22, align 32
  store <8 x float> %84, <8 x float>* %21, align 32
  store <8 x float> %84, <8 x float>* %20, align 32
  store <8 x float> %84, <8 x float>* %19, align 32
  store <8 x float> %84, <8 x float>* %18, align 32
  store <8 x float> %84, <8 x float>* %17, align 32
  store <8 x float> %84, <8 x float>* %16, align 32
  %85 = mul i64 %x, 1
  %86 = add i64 %42, %85
  %87 = add i64 %40, %86
  %88 = add i64 %87, 0
  %89 = add i64 %41, 0
  br label %kh.header

x.exit:                                           ; preds = %x.header
  %90 = mul i64 %33, 1
  %91 = add i64 %90, %36
  %92 = add i64 %91, 0
  %93 = mul i64 %92, 28
  %94 = add i64 %93, %30
  %95 = mul i64 %94, 28
  %96 = add i64 %95, 20
  %97 = mul i64 %96, 8
  %98 = add i64 %95, 21
  %99 = mul i64 %98, 8
  %100 = add i64 %95, 22
  %101 = mul i64 %100, 8
  %102 = add i64 %95, 23
  %103 = mul i64 %102, 8
  %104 = add i64 %95, 24
  %105 = mul i64 %104, 8
  %106 = add i64 %95, 25
  %107 = mul i64 %106, 8
  %108 = add i64 %95, 26
  %109 = mul i64 %108, 8
  %110 = add i64 %95, 27
  %111 = mul i64 %110, 8
  %112 = add i64 %36, 0
  %113 = mul i64 %112, 8
  %114 = getelementptr inbounds float, float* %5, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  store <8 x float> %116, <8 x float>* %15, align 32
  store <8 x float> %116, <8 x float>* %14, align 32
  store <8 x float> %116, <8 x float>* %13, align 32
  store <8 x float> %116, <8 x float>* %12, align 32
  store <8 x float> %116, <8 x float>* %11, align 32
  store <8 x float> %116, <8 x float>* %10, align 32
  store <8 x float> %116, <8 x float>* %9, align 32
  store <8 x float> %116, <8 x float>* %8, align 32
  %117 = add i64 %42, 20
  %118 = add i64 %40, %117
  %119 = add i64 %118, 0
  %120 = add i64 %41, 0
  br label %kh.header10

kh.header:                                        ; preds = %kw.exit, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %kw.exit ]
  %121 = icmp slt i64 %kh, 5
  br i1 %121, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %122 = mul i64 %kh, 32
  %123 = add i64 %88, %122
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %124 = load <8 x float>, <8 x float>* %25, align 32
  %125 = fcmp olt <8 x float> %124, zeroinitializer
  %126 = select <8 x i1> %125, <8 x float> zeroinitializer, <8 x float> %124
  %127 = getelementptr inbounds float, float* %0, i64 %52
  %128 = bitcast float* %127 to <8 x float>*
  store <8 x float> %126, <8 x float>* %128, align 4
  %129 = load <8 x float>, <8 x float>* %24, align 32
  %130 = fcmp olt <8 x float> %129, zeroinitializer
  %131 = select <8 x i1> %130, <8 x float> zeroinitializer, <8 x float> %129
  %132 = getelementptr inbounds float, float* %0, i64 %55
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %131, <8 x float>* %133, align 4
  %134 = load <8 x float>, <8 x float>* %23, align 32
  %135 = fcmp olt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> zeroinitializer, <8 x float> %134
  %137 = getelementptr inbounds float, float* %0, i64 %58
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %136, <8 x float>* %138, align 4
  %139 = load <8 x float>, <8 x float>* %22, align 32
  %140 = fcmp olt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> zeroinitializer, <8 x float> %139
  %142 = getelementptr inbounds float, float* %0, i64 %61
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = load <8 x float>, <8 x float>* %21, align 32
  %145 = fcmp olt <8 x float> %144, zeroinitializer
  %146 = select <8 x i1> %145, <8 x float> zeroinitializer, <8 x float> %144
  %147 = getelementptr inbounds float, float* %0, i64 %64
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %146, <8 x float>* %148, align 4
  %149 = load <8 x float>, <8 x float>* %20, align 32
  %150 = fcmp olt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> zeroinitializer, <8 x float> %149
  %152 = getelementptr inbounds float, float* %0, i64 %67
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = load <8 x float>, <8 x float>* %19, align 32
  %155 = fcmp olt <8 x float> %154, zeroinitializer
  %156 = select <8 x i1> %155, <8 x float> zeroinitializer, <8 x float> %154
  %157 = getelementptr inbounds float, float* %0, i64 %70
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %156, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %18, align 32
  %160 = fcmp olt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> zeroinitializer, <8 x float> %159
  %162 = getelementptr inbounds float, float* %0, i64 %73
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = load <8 x float>, <8 x float>* %17, align 32
  %165 = fcmp olt <8 x float> %164, zeroinitializer
  %166 = select <8 x i1> %165, <8 x float> zeroinitializer, <8 x float> %164
  %167 = getelementptr inbounds float, float* %0, i64 %76
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %166, <8 x float>* %168, align 4
  %169 = load <8 x float>, <8 x float>* %16, align 32
  %170 = fcmp olt <8 x float> %169, zeroinitializer
  %171 = select <8 x i1> %170, <8 x float> zeroinitializer, <8 x float> %169
  %172 = getelementptr inbounds float, float* %0, i64 %79
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %171, <8 x float>* %173, align 4
  %x.next = add i64 %x, 10
  br label %x.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %174 = icmp slt i64 %kw, 5
  br i1 %174, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %175 = mul i64 %kw, 1
  %176 = add i64 %123, %175
  %177 = mul i64 %kh, 5
  %178 = add i64 %177, %kw
  %179 = mul i64 %178, 8
  %180 = add i64 %89, %179
  %181 = add i64 %180, 0
  %182 = getelementptr inbounds float, float* %4, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = add i64 %176, 0
  %186 = getelementptr inbounds float, float* %2, i64 %185
  %187 = load float, float* %186, align 4
  %188 = insertelement <8 x float> undef, float %187, i32 0
  %splat = shufflevector <8 x float> %188, <8 x float> undef, <8 x i32> zeroinitializer
  %189 = load <8 x float>, <8 x float>* %25, align 32
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %184, <8 x float> %189)
  store <8 x float> %190, <8 x float>* %25, align 32
  %191 = add i64 %176, 1
  %192 = getelementptr inbounds float, float* %2, i64 %191
  %193 = load float, float* %192, align 4
  %194 = insertelement <8 x float> undef, float %193, i32 0
  %splat1 = shufflevector <8 x float> %194, <8 x float> undef, <8 x i32> zeroinitializer
  %195 = load <8 x float>, <8 x float>* %24, align 32
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %184, <8 x float> %195)
  store <8 x float> %196, <8 x float>* %24, align 32
  %197 = add i64 %176, 2
  %198 = getelementptr inbounds float, float* %2, i64 %197
  %199 = load float, float* %198, align 4
  %200 = insertelement <8 x float> undef, float %199, i32 0
  %splat2 = shufflevector <8 x float> %200, <8 x float> undef, <8 x i32> zeroinitializer
  %201 = load <8 x float>, <8 x float>* %23, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %184, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %23, align 32
  %203 = add i64 %176, 3
  %204 = getelementptr inbounds float, float* %2, i64 %203
  %205 = load float, float* %204, align 4
  %206 = insertelement <8 x float> undef, float %205, i32 0
  %splat3 = shufflevector <8 x float> %206, <8 x float> undef, <8 x i32> zeroinitializer
  %207 = load <8 x float>, <8 x float>* %22, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %184, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %22, align 32
  %209 = add i64 %176, 4
  %210 = getelementptr inbounds float, float* %2, i64 %209
  %211 = load float, float* %210, align 4
  %212 = insertelement <8 x float> undef, float %211, i32 0
  %splat4 = shufflevector <8 x float> %212, <8 x float> undef, <8 x i32> zeroinitializer
  %213 = load <8 x float>, <8 x float>* %21, align 32
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %184, <8 x float> %213)
  store <8 x float> %214, <8 x float>* %21, align 32
  %215 = add i64 %176, 5
  %216 = getelementptr inbounds float, float* %2, i64 %215
  %217 = load float, float* %216, align 4
  %218 = insertelement <8 x float> undef, float %217, i32 0
  %splat5 = shufflevector <8 x float> %218, <8 x float> undef, <8 x i32> zeroinitializer
  %219 = load <8 x float>, <8 x float>* %20, align 32
  %220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %184, <8 x float> %219)
  store <8 x float> %220, <8 x float>* %20, align 32
  %221 = add i64 %176, 6
  %222 = getelementptr inbounds float, float* %2, i64 %221
  %223 = load float, float* %222, align 4
  %224 = insertelement <8 x float> undef, float %223, i32 0
  %splat6 = shufflevector <8 x float> %224, <8 x float> undef, <8 x i32> zeroinitializer
  %225 = load <8 x float>, <8 x float>* %19, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %184, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %19, align 32
  %227 = add i64 %176, 7
  %228 = getelementptr inbounds float, float* %2, i64 %227
  %229 = load float, float* %228, align 4
  %230 = insertelement <8 x float> undef, float %229, i32 0
  %splat7 = shufflevector <8 x float> %230, <8 x float> undef, <8 x i32> zeroinitializer
  %231 = load <8 x float>, <8 x float>* %18, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %184, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %18, align 32
  %233 = add i64 %176, 8
  %234 = getelementptr inbounds float, float* %2, i64 %233
  %235 = load float, float* %234, align 4
  %236 = insertelement <8 x float> undef, float %235, i32 0
  %splat8 = shufflevector <8 x float> %236, <8 x float> undef, <8 x i32> zeroinitializer
  %237 = load <8 x float>, <8 x float>* %17, align 32
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %184, <8 x float> %237)
  store <8 x float> %238, <8 x float>* %17, align 32
  %239 = add i64 %176, 9
  %240 = getelementptr inbounds float, float* %2, i64 %239
  %241 = load float, float* %240, align 4
  %242 = insertelement <8 x float> undef, float %241, i32 0
  %splat9 = shufflevector <8 x float> %242, <8 x float> undef, <8 x i32> zeroinitializer
  %243 = load <8 x float>, <8 x float>* %16, align 32
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %184, <8 x float> %243)
  store <8 x float> %244, <8 x float>* %16, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header10:                                      ; preds = %kw.exit16, %x.exit
  %kh13 = phi i64 [ 0, %x.exit ], [ %kh.next27, %kw.exit16 ]
  %245 = icmp slt i64 %kh13, 5
  br i1 %245, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %246 = mul i64 %kh13, 32
  %247 = add i64 %119, %246
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %248 = load <8 x float>, <8 x float>* %15, align 32
  %249 = fcmp olt <8 x float> %248, zeroinitializer
  %250 = select <8 x i1> %249, <8 x float> zeroinitializer, <8 x float> %248
  %251 = getelementptr inbounds float, float* %0, i64 %97
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %250, <8 x float>* %252, align 4
  %253 = load <8 x float>, <8 x float>* %14, align 32
  %254 = fcmp olt <8 x float> %253, zeroinitializer
  %255 = select <8 x i1> %254, <8 x float> zeroinitializer, <8 x float> %253
  %256 = getelementptr inbounds float, float* %0, i64 %99
  %257 = bitcast float* %256 to <8 x float>*
  store <8 x float> %255, <8 x float>* %257, align 4
  %258 = load <8 x float>, <8 x float>* %13, align 32
  %259 = fcmp olt <8 x float> %258, zeroinitializer
  %260 = select <8 x i1> %259, <8 x float> zeroinitializer, <8 x float> %258
  %261 = getelementptr inbounds float, float* %0, i64 %101
  %262 = bitcast float* %261 to <8 x float>*
  store <8 x float> %260, <8 x float>* %262, align 4
  %263 = load <8 x float>, <8 x float>* %12, align 32
  %264 = fcmp olt <8 x float> %263, zeroinitializer
  %265 = select <8 x i1> %264, <8 x float> zeroinitializer, <8 x float> %263
  %266 = getelementptr inbounds float, float* %0, i64 %103
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %265, <8 x float>* %267, align 4
  %268 = load <8 x float>, <8 x float>* %11, align 32
  %269 = fcmp olt <8 x float> %268, zeroinitializer
  %270 = select <8 x i1> %269, <8 x float> zeroinitializer, <8 x float> %268
  %271 = getelementptr inbounds float, float* %0, i64 %105
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %270, <8 x float>* %272, align 4
  %273 = load <8 x float>, <8 x float>* %10, align 32
  %274 = fcmp olt <8 x float> %273, zeroinitializer
  %275 = select <8 x i1> %274, <8 x float> zeroinitializer, <8 x float> %273
  %276 = getelementptr inbounds float, float* %0, i64 %107
  %277 = bitcast float* %276 to <8 x float>*
  store <8 x float> %275, <8 x float>* %277, align 4
  %278 = load <8 x float>, <8 x float>* %9, align 32
  %279 = fcmp olt <8 x float> %278, zeroinitializer
  %280 = select <8 x i1> %279, <8 x float> zeroinitializer, <8 x float> %278
  %281 = getelementptr inbounds float, float* %0, i64 %109
  %282 = bitcast float* %281 to <8 x float>*
  store <8 x float> %280, <8 x float>* %282, align 4
  %283 = load <8 x float>, <8 x float>* %8, align 32
  %284 = fcmp olt <8 x float> %283, zeroinitializer
  %285 = select <8 x i1> %284, <8 x float> zeroinitializer, <8 x float> %283
  %286 = getelementptr inbounds float, float* %0, i64 %111
  %287 = bitcast float* %286 to <8 x float>*
  store <8 x float> %285, <8 x float>* %287, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next26, %kw.body15 ]
  %288 = icmp slt i64 %kw17, 5
  br i1 %288, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %289 = mul i64 %kw17, 1
  %290 = add i64 %247, %289
  %291 = mul i64 %kh13, 5
  %292 = add i64 %291, %kw17
  %293 = mul i64 %292, 8
  %294 = add i64 %120, %293
  %295 = add i64 %294, 0
  %296 = getelementptr inbounds float, float* %4, i64 %295
  %297 = bitcast float* %296 to <8 x float>*
  %298 = load <8 x float>, <8 x float>* %297, align 4
  %299 = add i64 %290, 0
  %300 = getelementptr inbounds float, float* %2, i64 %299
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> undef, float %301, i32 0
  %splat18 = shufflevector <8 x float> %302, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = load <8 x float>, <8 x float>* %15, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %298, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %15, align 32
  %305 = add i64 %290, 1
  %306 = getelementptr inbounds float, float* %2, i64 %305
  %307 = load float, float* %306, align 4
  %308 = insertelement <8 x float> undef, float %307, i32 0
  %splat19 = shufflevector <8 x float> %308, <8 x float> undef, <8 x i32> zeroinitializer
  %309 = load <8 x float>, <8 x float>* %14, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %298, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %14, align 32
  %311 = add i64 %290, 2
  %312 = getelementptr inbounds float, float* %2, i64 %311
  %313 = load float, float* %312, align 4
  %314 = insertelement <8 x float> undef, float %313, i32 0
  %splat20 = shufflevector <8 x float> %314, <8 x float> undef, <8 x i32> zeroinitializer
  %315 = load <8 x float>, <8 x float>* %13, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %298, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %13, align 32
  %317 = add i64 %290, 3
  %318 = getelementptr inbounds float, float* %2, i64 %317
  %319 = load float, float* %318, align 4
  %320 = insertelement <8 x float> undef, float %319, i32 0
  %splat21 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = load <8 x float>, <8 x float>* %12, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %298, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %12, align 32
  %323 = add i64 %290, 4
  %324 = getelementptr inbounds float, float* %2, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat22 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %11, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %298, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %11, align 32
  %329 = add i64 %290, 5
  %330 = getelementptr inbounds float, float* %2, i64 %329
  %331 = load float, float* %330, align 4
  %332 = insertelement <8 x float> undef, float %331, i32 0
  %splat23 = shufflevector <8 x float> %332, <8 x float> undef, <8 x i32> zeroinitializer
  %333 = load <8 x float>, <8 x float>* %10, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %298, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %10, align 32
  %335 = add i64 %290, 6
  %336 = getelementptr inbounds float, float* %2, i64 %335
  %337 = load float, float* %336, align 4
  %338 = insertelement <8 x float> undef, float %337, i32 0
  %splat24 = shufflevector <8 x float> %338, <8 x float> undef, <8 x i32> zeroinitializer
  %339 = load <8 x float>, <8 x float>* %9, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %298, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %9, align 32
  %341 = add i64 %290, 7
  %342 = getelementptr inbounds float, float* %2, i64 %341
  %343 = load float, float* %342, align 4
  %344 = insertelement <8 x float> undef, float %343, i32 0
  %splat25 = shufflevector <8 x float> %344, <8 x float> undef, <8 x i32> zeroinitializer
  %345 = load <8 x float>, <8 x float>* %8, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %298, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %8, align 32
  %kw.next26 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !2

kw.exit16:                                        ; preds = %kw.header14
  %kh.next27 = add i64 %kh13, 1
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
  %25 = add i64 28, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 28
  %29 = select i1 %28, i64 %27, i64 28
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 28
  %32 = select i1 %31, i64 %30, i64 28
  call void @node0.conv2d_1.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %r.exit3, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %r.exit3 ]
  %12 = icmp slt i64 %task, %5
  br i1 %12, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %13 = sdiv i64 %task, 14
  %14 = srem i64 %task, 14
  %15 = mul i64 %13, 6272
  %16 = getelementptr inbounds float, float* %1, i64 %15
  %17 = mul i64 %13, 14
  %18 = add i64 %17, %14
  %19 = mul i64 %18, 112
  %20 = getelementptr inbounds float, float* %0, i64 %19
  %21 = mul i64 %14, 2
  %22 = sub i64 %21, 0
  %23 = add i64 %22, 2
  %24 = icmp sgt i64 %22, 0
  %25 = select i1 %24, i64 %22, i64 0
  %26 = icmp slt i64 %23, 28
  %27 = select i1 %26, i64 %23, i64 28
  %28 = icmp slt i64 %23, 28
  %29 = select i1 %28, i64 %23, i64 28
  %30 = sub i64 %29, %22
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %31 = icmp slt i64 %x, 12
  br i1 %31, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %11, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  %32 = mul i64 %x, 2
  %33 = sub i64 %32, 0
  br label %r.header

x.exit:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header1

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %25, %x.body ], [ %r.next, %r.body ]
  %34 = icmp slt i64 %r, %27
  br i1 %34, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %35 = mul i64 %r, 28
  %36 = add i64 %35, %33
  %37 = mul i64 %36, 8
  %38 = load <8 x float>, <8 x float>* %11, align 32
  %39 = add i64 %37, 0
  %40 = getelementptr inbounds float, float* %16, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  %43 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %38, <8 x float> %42)
  %44 = add i64 %37, 8
  %45 = getelementptr inbounds float, float* %16, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %43, <8 x float> %47)
  store <8 x float> %48, <8 x float>* %11, align 32
  %49 = load <8 x float>, <8 x float>* %10, align 32
  %50 = add i64 %37, 16
  %51 = getelementptr inbounds float, float* %16, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %49, <8 x float> %53)
  %55 = add i64 %37, 24
  %56 = getelementptr inbounds float, float* %16, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = load <8 x float>, <8 x float>* %57, align 4
  %59 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %54, <8 x float> %58)
  store <8 x float> %59, <8 x float>* %10, align 32
  %60 = load <8 x float>, <8 x float>* %9, align 32
  %61 = add i64 %37, 32
  %62 = getelementptr inbounds float, float* %16, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %60, <8 x float> %64)
  %66 = add i64 %37, 40
  %67 = getelementptr inbounds float, float* %16, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %65, <8 x float> %69)
  store <8 x float> %70, <8 x float>* %9, align 32
  %71 = load <8 x float>, <8 x float>* %8, align 32
  %72 = add i64 %37, 48
  %73 = getelementptr inbounds float, float* %16, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %75 = load <8 x float>, <8 x float>* %74, align 4
  %76 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %71, <8 x float> %75)
  %77 = add i64 %37, 56
  %78 = getelementptr inbounds float, float* %16, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %76, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %8, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %82 = load <8 x float>, <8 x float>* %11, align 32
  %83 = add i64 %x, 0
  %84 = mul i64 %83, 8
  %85 = getelementptr inbounds float, float* %20, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  store <8 x float> %82, <8 x float>* %86, align 4
  %87 = load <8 x float>, <8 x float>* %10, align 32
  %88 = add i64 %x, 1
  %89 = mul i64 %88, 8
  %90 = getelementptr inbounds float, float* %20, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %87, <8 x float>* %91, align 4
  %92 = load <8 x float>, <8 x float>* %9, align 32
  %93 = add i64 %x, 2
  %94 = mul i64 %93, 8
  %95 = getelementptr inbounds float, float* %20, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  store <8 x float> %92, <8 x float>* %96, align 4
  %97 = load <8 x float>, <8 x float>* %8, align 32
  %98 = add i64 %x, 3
  %99 = mul i64 %98, 8
  %100 = getelementptr inbounds float, float* %20, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %97, <8 x float>* %101, align 4
  %x.next = add i64 %x, 4
  br label %x.header

r.header1:                                        ; preds = %r.body2, %x.exit
  %r4 = phi i64 [ %25, %x.exit ], [ %r.next5, %r.body2 ]
  %102 = icmp slt i64 %r4, %27
  br i1 %102, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  %103 = mul i64 %r4, 28
  %104 = add i64 %103, 24
  %105 = mul i64 %104, 8
  %106 = load <8 x float>, <8 x float>* %7, align 32
  %107 = add i64 %105, 0
  %108 = getelementptr inbounds float, float* %16, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %106, <8 x float> %110)
  %112 = add i64 %105, 8
  %113 = getelementptr inbounds float, float* %16, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %111, <8 x float> %115)
  store <8 x float> %116, <8 x float>* %7, align 32
  %117 = load <8 x float>, <8 x float>* %6, align 32
  %118 = add i64 %105, 16
  %119 = getelementptr inbounds float, float* %16, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %117, <8 x float> %121)
  %123 = add i64 %105, 24
  %124 = getelementptr inbounds float, float* %16, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %122, <8 x float> %126)
  store <8 x float> %127, <8 x float>* %6, align 32
  %r.next5 = add i64 %r4, 1
  br label %r.header1

r.exit3:                                          ; preds = %r.header1
  %128 = load <8 x float>, <8 x float>* %7, align 32
  %129 = getelementptr inbounds float, float* %20, i64 96
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %128, <8 x float>* %130, align 4
  %131 = load <8 x float>, <8 x float>* %6, align 32
  %132 = getelementptr inbounds float, float* %20, i64 104
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %131, <8 x float>* %133, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: noinline nounwind
define internal void @node1.maxPool2d_1.step0(i8* %0) #3 {
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
  %19 = add i64 14, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 14
  %23 = select i1 %22, i64 %21, i64 14
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 14
  %26 = select i1 %25, i64 %24, i64 14
  call void @node1.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.maxPool2d_1.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = sdiv i64 %task, 1
  %8 = srem i64 %task, 1
  %9 = mul i64 %8, 196
  %10 = add i64 %9, 196
  %11 = icmp slt i64 %10, 196
  %12 = select i1 %11, i64 %10, i64 196
  %13 = srem i64 %7, 1
  %14 = sdiv i64 %7, 1
  %15 = mul i64 %14, 6
  %16 = mul i64 %13, 8
  %17 = add i64 %15, %16
  %18 = mul i64 %7, 1568
  %19 = icmp eq i64 %13, 0
  br i1 %19, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  br label %ps.header

else:                                             ; preds = %task.body
  %20 = icmp slt i64 %12, 192
  %21 = select i1 %20, i64 %12, i64 192
  br label %p.header

endif:                                            ; preds = %ps.exit3, %ps.exit
  %task.next = add i64 %task, 1
  br label %task.header

ps.header:                                        ; preds = %ps.body, %then
  %ps = phi i64 [ %9, %then ], [ %ps.next, %ps.body ]
  %22 = icmp slt i64 %ps, %12
  br i1 %22, label %ps.body, label %ps.exit

ps.body:                                          ; preds = %ps.header
  %23 = mul i64 %ps, 8
  %24 = add i64 %23, 0
  %25 = add i64 %18, %24
  %26 = add i64 %17, 0
  %27 = mul i64 %26, 196
  %28 = add i64 %27, %ps
  %29 = getelementptr inbounds float, float* %1, i64 %25
  %30 = load float, float* %29, align 4
  %31 = getelementptr inbounds float, float* %0, i64 %28
  store float %30, float* %31, align 4
  %32 = mul i64 %ps, 8
  %33 = add i64 %32, 1
  %34 = add i64 %18, %33
  %35 = add i64 %17, 1
  %36 = mul i64 %35, 196
  %37 = add i64 %36, %ps
  %38 = getelementptr inbounds float, float* %1, i64 %34
  %39 = load float, float* %38, align 4
  %40 = getelementptr inbounds float, float* %0, i64 %37
  store float %39, float* %40, align 4
  %41 = mul i64 %ps, 8
  %42 = add i64 %41, 2
  %43 = add i64 %18, %42
  %44 = add i64 %17, 2
  %45 = mul i64 %44, 196
  %46 = add i64 %45, %ps
  %47 = getelementptr inbounds float, float* %1, i64 %43
  %48 = load float, float* %47, align 4
  %49 = getelementptr inbounds float, float* %0, i64 %46
  store float %48, float* %49, align 4
  %50 = mul i64 %ps, 8
  %51 = add i64 %50, 3
  %52 = add i64 %18, %51
  %53 = add i64 %17, 3
  %54 = mul i64 %53, 196
  %55 = add i64 %54, %ps
  %56 = getelementptr inbounds float, float* %1, i64 %52
  %57 = load float, float* %56, align 4
  %58 = getelementptr inbounds float, float* %0, i64 %55
  store float %57, float* %58, align 4
  %59 = mul i64 %ps, 8
  %60 = add i64 %59, 4
  %61 = add i64 %18, %60
  %62 = add i64 %17, 4
  %63 = mul i64 %62, 196
  %64 = add i64 %63, %ps
  %65 = getelementptr inbounds float, float* %1, i64 %61
  %66 = load float, float* %65, align 4
  %67 = getelementptr inbounds float, float* %0, i64 %64
  store float %66, float* %67, align 4
  %68 = mul i64 %ps, 8
  %69 = add i64 %68, 5
  %70 = add i64 %18, %69
  %71 = add i64 %17, 5
  %72 = mul i64 %71, 196
  %73 = add i64 %72, %ps
  %74 = getelementptr inbounds float, float* %1, i64 %70
  %75 = load float, float* %74, align 4
  %76 = getelementptr inbounds float, float* %0, i64 %73
  store float %75, float* %76, align 4
  %ps.next = add i64 %ps, 1
  br label %ps.header

ps.exit:                                          ; preds = %ps.header
  br label %endif

p.header:                                         ; preds = %p.body, %else
  %p = phi i64 [ %9, %else ], [ %p.next, %p.body ]
  %77 = icmp slt i64 %p, %21
  br i1 %77, label %p.body, label %p.exit

p.body:                                           ; preds = %p.header
  %78 = add i64 %p, 0
  %79 = mul i64 %78, 8
  %80 = add i64 %79, 0
  %81 = add i64 %18, %80
  %82 = getelementptr inbounds float, float* %1, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  %85 = add i64 %p, 1
  %86 = mul i64 %85, 8
  %87 = add i64 %86, 0
  %88 = add i64 %18, %87
  %89 = getelementptr inbounds float, float* %1, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = add i64 %p, 2
  %93 = mul i64 %92, 8
  %94 = add i64 %93, 0
  %95 = add i64 %18, %94
  %96 = getelementptr inbounds float, float* %1, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = add i64 %p, 3
  %100 = mul i64 %99, 8
  %101 = add i64 %100, 0
  %102 = add i64 %18, %101
  %103 = getelementptr inbounds float, float* %1, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 %p, 4
  %107 = mul i64 %106, 8
  %108 = add i64 %107, 0
  %109 = add i64 %18, %108
  %110 = getelementptr inbounds float, float* %1, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = add i64 %p, 5
  %114 = mul i64 %113, 8
  %115 = add i64 %114, 0
  %116 = add i64 %18, %115
  %117 = getelementptr inbounds float, float* %1, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %p, 6
  %121 = mul i64 %120, 8
  %122 = add i64 %121, 0
  %123 = add i64 %18, %122
  %124 = getelementptr inbounds float, float* %1, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = add i64 %p, 7
  %128 = mul i64 %127, 8
  %129 = add i64 %128, 0
  %130 = add i64 %18, %129
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = shufflevector <8 x float> %84, <8 x float> %112, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %135 = shufflevector <8 x float> %84, <8 x float> %112, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %136 = shufflevector <8 x float> %91, <8 x float> %119, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %137 = shufflevector <8 x float> %91, <8 x float> %119, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %138 = shufflevector <8 x float> %98, <8 x float> %126, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %139 = shufflevector <8 x float> %98, <8 x float> %126, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %140 = shufflevector <8 x float> %105, <8 x float> %133, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %141 = shufflevector <8 x float> %105, <8 x float> %133, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %142 = shufflevector <8 x float> %134, <8 x float> %138, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %143 = shufflevector <8 x float> %134, <8 x float> %138, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %144 = shufflevector <8 x float> %135, <8 x float> %139, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %145 = shufflevector <8 x float> %135, <8 x float> %139, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %146 = shufflevector <8 x float> %136, <8 x float> %140, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %147 = shufflevector <8 x float> %136, <8 x float> %140, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %148 = shufflevector <8 x float> %137, <8 x float> %141, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %149 = shufflevector <8 x float> %137, <8 x float> %141, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %150 = shufflevector <8 x float> %142, <8 x float> %146, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %151 = shufflevector <8 x float> %142, <8 x float> %146, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %152 = shufflevector <8 x float> %143, <8 x float> %147, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %153 = shufflevector <8 x float> %143, <8 x float> %147, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %154 = shufflevector <8 x float> %144, <8 x float> %148, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %155 = shufflevector <8 x float> %144, <8 x float> %148, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %156 = shufflevector <8 x float> %145, <8 x float> %149, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %157 = shufflevector <8 x float> %145, <8 x float> %149, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %158 = add i64 %17, 0
  %159 = mul i64 %158, 196
  %160 = add i64 %159, %p
  %161 = getelementptr inbounds float, float* %0, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  store <8 x float> %150, <8 x float>* %162, align 4
  %163 = add i64 %17, 1
  %164 = mul i64 %163, 196
  %165 = add i64 %164, %p
  %166 = getelementptr inbounds float, float* %0, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %151, <8 x float>* %167, align 4
  %168 = add i64 %17, 2
  %169 = mul i64 %168, 196
  %170 = add i64 %169, %p
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %152, <8 x float>* %172, align 4
  %173 = add i64 %17, 3
  %174 = mul i64 %173, 196
  %175 = add i64 %174, %p
  %176 = getelementptr inbounds float, float* %0, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %153, <8 x float>* %177, align 4
  %178 = add i64 %17, 4
  %179 = mul i64 %178, 196
  %180 = add i64 %179, %p
  %181 = getelementptr inbounds float, float* %0, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  store <8 x float> %154, <8 x float>* %182, align 4
  %183 = add i64 %17, 5
  %184 = mul i64 %183, 196
  %185 = add i64 %184, %p
  %186 = getelementptr inbounds float, float* %0, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %155, <8 x float>* %187, align 4
  %188 = add i64 %17, 6
  %189 = mul i64 %188, 196
  %190 = add i64 %189, %p
  %191 = getelementptr inbounds float, float* %0, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %156, <8 x float>* %192, align 4
  %193 = add i64 %17, 7
  %194 = mul i64 %193, 196
  %195 = add i64 %194, %p
  %196 = getelementptr inbounds float, float* %0, i64 %195
  %197 = bitcast float* %196 to <8 x float>*
  store <8 x float> %157, <8 x float>* %197, align 4
  %p.next = add i64 %p, 8
  br label %p.header

p.exit:                                           ; preds = %p.header
  %198 = icmp sgt i64 %9, %21
  %199 = select i1 %198, i64 %9, i64 %21
  br label %ps.header1

ps.header1:                                       ; preds = %ps.body2, %p.exit
  %ps4 = phi i64 [ %199, %p.exit ], [ %ps.next5, %ps.body2 ]
  %200 = icmp slt i64 %ps4, %12
  br i1 %200, label %ps.body2, label %ps.exit3

ps.body2:                                         ; preds = %ps.header1
  %201 = mul i64 %ps4, 8
  %202 = add i64 %201, 0
  %203 = add i64 %18, %202
  %204 = add i64 %17, 0
  %205 = mul i64 %204, 196
  %206 = add i64 %205, %ps4
  %207 = getelementptr inbounds float, float* %1, i64 %203
  %208 = load float, float* %207, align 4
  %209 = getelementptr inbounds float, float* %0, i64 %206
  store float %208, float* %209, align 4
  %210 = mul i64 %ps4, 8
  %211 = add i64 %210, 1
  %212 = add i64 %18, %211
  %213 = add i64 %17, 1
  %214 = mul i64 %213, 196
  %215 = add i64 %214, %ps4
  %216 = getelementptr inbounds float, float* %1, i64 %212
  %217 = load float, float* %216, align 4
  %218 = getelementptr inbounds float, float* %0, i64 %215
  store float %217, float* %218, align 4
  %219 = mul i64 %ps4, 8
  %220 = add i64 %219, 2
  %221 = add i64 %18, %220
  %222 = add i64 %17, 2
  %223 = mul i64 %222, 196
  %224 = add i64 %223, %ps4
  %225 = getelementptr inbounds float, float* %1, i64 %221
  %226 = load float, float* %225, align 4
  %227 = getelementptr inbounds float, float* %0, i64 %224
  store float %226, float* %227, align 4
  %228 = mul i64 %ps4, 8
  %229 = add i64 %228, 3
  %230 = add i64 %18, %229
  %231 = add i64 %17, 3
  %232 = mul i64 %231, 196
  %233 = add i64 %232, %ps4
  %234 = getelementptr inbounds float, float* %1, i64 %230
  %235 = load float, float* %234, align 4
  %236 = getelementptr inbounds float, float* %0, i64 %233
  store float %235, float* %236, align 4
  %237 = mul i64 %ps4, 8
  %238 = add i64 %237, 4
  %239 = add i64 %18, %238
  %240 = add i64 %17, 4
  %241 = mul i64 %240, 196
  %242 = add i64 %241, %ps4
  %243 = getelementptr inbounds float, float* %1, i64 %239
  %244 = load float, float* %243, align 4
  %245 = getelementptr inbounds float, float* %0, i64 %242
  store float %244, float* %245, align 4
  %246 = mul i64 %ps4, 8
  %247 = add i64 %246, 5
  %248 = add i64 %18, %247
  %249 = add i64 %17, 5
  %250 = mul i64 %249, 196
  %251 = add i64 %250, %ps4
  %252 = getelementptr inbounds float, float* %1, i64 %248
  %253 = load float, float* %252, align 4
  %254 = getelementptr inbounds float, float* %0, i64 %251
  store float %253, float* %254, align 4
  %255 = mul i64 %ps4, 8
  %256 = add i64 %255, 6
  %257 = add i64 %18, %256
  %258 = add i64 %17, 6
  %259 = mul i64 %258, 196
  %260 = add i64 %259, %ps4
  %261 = getelementptr inbounds float, float* %1, i64 %257
  %262 = load float, float* %261, align 4
  %263 = getelementptr inbounds float, float* %0, i64 %260
  store float %262, float* %263, align 4
  %264 = mul i64 %ps4, 8
  %265 = add i64 %264, 7
  %266 = add i64 %18, %265
  %267 = add i64 %17, 7
  %268 = mul i64 %267, 196
  %269 = add i64 %268, %ps4
  %270 = getelementptr inbounds float, float* %1, i64 %266
  %271 = load float, float* %270, align 4
  %272 = getelementptr inbounds float, float* %0, i64 %269
  store float %271, float* %272, align 4
  %ps.next5 = add i64 %ps4, 1
  br label %ps.header1

ps.exit3:                                         ; preds = %ps.header1
  br label %endif
}

; Function Attrs: noinline nounwind
define internal void @node2.maxPool2d_1.nchw.step0(i8* %0) #3 {
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
  call void @node2.maxPool2d_1.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit155, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit155 ]
  %108 = icmp slt i64 %task, %7
  br i1 %108, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %109 = srem i64 %task, 2
  %110 = sdiv i64 %task, 2
  %111 = srem i64 %110, 1
  %112 = mul i64 %109, 5
  %113 = sdiv i64 %task, 2
  %114 = srem i64 %113, 1
  %115 = sdiv i64 %113, 1
  %116 = mul i64 %114, 2
  %117 = mul i64 %111, 2
  %118 = add i64 %116, %117
  %119 = mul i64 %115, 6
  %120 = mul i64 %114, 6
  %121 = add i64 %119, %120
  %122 = mul i64 %121, 196
  %123 = mul i64 %118, 1200
  %124 = mul i64 %112, 14
  %125 = mul i64 %115, 2
  %126 = add i64 %125, %118
  %127 = add i64 %126, 0
  %128 = mul i64 %127, 10
  %129 = add i64 %128, %112
  %130 = mul i64 %129, 10
  %131 = add i64 %130, 0
  %132 = mul i64 %131, 8
  %133 = add i64 %130, 1
  %134 = mul i64 %133, 8
  %135 = add i64 %130, 2
  %136 = mul i64 %135, 8
  %137 = add i64 %130, 3
  %138 = mul i64 %137, 8
  %139 = add i64 %130, 4
  %140 = mul i64 %139, 8
  %141 = add i64 %130, 5
  %142 = mul i64 %141, 8
  %143 = mul i64 %115, 2
  %144 = add i64 %143, %118
  %145 = add i64 %144, 1
  %146 = mul i64 %145, 10
  %147 = add i64 %146, %112
  %148 = mul i64 %147, 10
  %149 = add i64 %148, 0
  %150 = mul i64 %149, 8
  %151 = add i64 %148, 1
  %152 = mul i64 %151, 8
  %153 = add i64 %148, 2
  %154 = mul i64 %153, 8
  %155 = add i64 %148, 3
  %156 = mul i64 %155, 8
  %157 = add i64 %148, 4
  %158 = mul i64 %157, 8
  %159 = add i64 %148, 5
  %160 = mul i64 %159, 8
  %161 = add i64 %118, 0
  %162 = mul i64 %161, 8
  %163 = getelementptr inbounds float, float* %5, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = add i64 %118, 1
  %167 = mul i64 %166, 8
  %168 = getelementptr inbounds float, float* %5, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  store <8 x float> %165, <8 x float>* %107, align 32
  store <8 x float> %165, <8 x float>* %106, align 32
  store <8 x float> %165, <8 x float>* %105, align 32
  store <8 x float> %165, <8 x float>* %104, align 32
  store <8 x float> %165, <8 x float>* %103, align 32
  store <8 x float> %165, <8 x float>* %102, align 32
  store <8 x float> %170, <8 x float>* %101, align 32
  store <8 x float> %170, <8 x float>* %100, align 32
  store <8 x float> %170, <8 x float>* %99, align 32
  store <8 x float> %170, <8 x float>* %98, align 32
  store <8 x float> %170, <8 x float>* %97, align 32
  store <8 x float> %170, <8 x float>* %96, align 32
  %171 = add i64 %124, 0
  %172 = add i64 %122, %171
  br label %u.header

task.exit:                                        ; preds = %task.header
  ret void

u.header:                                         ; preds = %kh.exit, %task.body
  %u = phi i64 [ 0, %task.body ], [ %u.next, %kh.exit ]
  %173 = icmp slt i64 %u, 6
  br i1 %173, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %174 = add i64 0, %u
  %175 = mul i64 %174, 196
  %176 = add i64 %172, %175
  %177 = mul i64 %174, 200
  %178 = add i64 %123, %177
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %179 = load <8 x float>, <8 x float>* %107, align 32
  %180 = fcmp olt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> zeroinitializer, <8 x float> %179
  %182 = getelementptr inbounds float, float* %0, i64 %132
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %181, <8 x float>* %183, align 4
  %184 = load <8 x float>, <8 x float>* %106, align 32
  %185 = fcmp olt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> zeroinitializer, <8 x float> %184
  %187 = getelementptr inbounds float, float* %0, i64 %134
  %188 = bitcast float* %187 to <8 x float>*
  store <8 x float> %186, <8 x float>* %188, align 4
  %189 = load <8 x float>, <8 x float>* %105, align 32
  %190 = fcmp olt <8 x float> %189, zeroinitializer
  %191 = select <8 x i1> %190, <8 x float> zeroinitializer, <8 x float> %189
  %192 = getelementptr inbounds float, float* %0, i64 %136
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %191, <8 x float>* %193, align 4
  %194 = load <8 x float>, <8 x float>* %104, align 32
  %195 = fcmp olt <8 x float> %194, zeroinitializer
  %196 = select <8 x i1> %195, <8 x float> zeroinitializer, <8 x float> %194
  %197 = getelementptr inbounds float, float* %0, i64 %138
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %196, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %103, align 32
  %200 = fcmp olt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> zeroinitializer, <8 x float> %199
  %202 = getelementptr inbounds float, float* %0, i64 %140
  %203 = bitcast float* %202 to <8 x float>*
  store <8 x float> %201, <8 x float>* %203, align 4
  %204 = load <8 x float>, <8 x float>* %102, align 32
  %205 = fcmp olt <8 x float> %204, zeroinitializer
  %206 = select <8 x i1> %205, <8 x float> zeroinitializer, <8 x float> %204
  %207 = getelementptr inbounds float, float* %0, i64 %142
  %208 = bitcast float* %207 to <8 x float>*
  store <8 x float> %206, <8 x float>* %208, align 4
  %209 = load <8 x float>, <8 x float>* %101, align 32
  %210 = fcmp olt <8 x float> %209, zeroinitializer
  %211 = select <8 x i1> %210, <8 x float> zeroinitializer, <8 x float> %209
  %212 = getelementptr inbounds float, float* %0, i64 %150
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %214 = load <8 x float>, <8 x float>* %100, align 32
  %215 = fcmp olt <8 x float> %214, zeroinitializer
  %216 = select <8 x i1> %215, <8 x float> zeroinitializer, <8 x float> %214
  %217 = getelementptr inbounds float, float* %0, i64 %152
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %216, <8 x float>* %218, align 4
  %219 = load <8 x float>, <8 x float>* %99, align 32
  %220 = fcmp olt <8 x float> %219, zeroinitializer
  %221 = select <8 x i1> %220, <8 x float> zeroinitializer, <8 x float> %219
  %222 = getelementptr inbounds float, float* %0, i64 %154
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %221, <8 x float>* %223, align 4
  %224 = load <8 x float>, <8 x float>* %98, align 32
  %225 = fcmp olt <8 x float> %224, zeroinitializer
  %226 = select <8 x i1> %225, <8 x float> zeroinitializer, <8 x float> %224
  %227 = getelementptr inbounds float, float* %0, i64 %156
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %226, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %97, align 32
  %230 = fcmp olt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> zeroinitializer, <8 x float> %229
  %232 = getelementptr inbounds float, float* %0, i64 %158
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %231, <8 x float>* %233, align 4
  %234 = load <8 x float>, <8 x float>* %96, align 32
  %235 = fcmp olt <8 x float> %234, zeroinitializer
  %236 = select <8 x i1> %235, <8 x float> zeroinitializer, <8 x float> %234
  %237 = getelementptr inbounds float, float* %0, i64 %160
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %236, <8 x float>* %238, align 4
  %239 = mul i64 %115, 2
  %240 = add i64 %239, %118
  %241 = add i64 %240, 0
  %242 = mul i64 %241, 10
  %243 = add i64 %242, %112
  %244 = mul i64 %243, 10
  %245 = add i64 %244, 6
  %246 = mul i64 %245, 8
  %247 = add i64 %244, 7
  %248 = mul i64 %247, 8
  %249 = add i64 %244, 8
  %250 = mul i64 %249, 8
  %251 = add i64 %244, 9
  %252 = mul i64 %251, 8
  %253 = add i64 %244, 10
  %254 = mul i64 %253, 8
  %255 = add i64 %244, 11
  %256 = mul i64 %255, 8
  %257 = mul i64 %115, 2
  %258 = add i64 %257, %118
  %259 = add i64 %258, 1
  %260 = mul i64 %259, 10
  %261 = add i64 %260, %112
  %262 = mul i64 %261, 10
  %263 = add i64 %262, 6
  %264 = mul i64 %263, 8
  %265 = add i64 %262, 7
  %266 = mul i64 %265, 8
  %267 = add i64 %262, 8
  %268 = mul i64 %267, 8
  %269 = add i64 %262, 9
  %270 = mul i64 %269, 8
  %271 = add i64 %262, 10
  %272 = mul i64 %271, 8
  %273 = add i64 %262, 11
  %274 = mul i64 %273, 8
  %275 = add i64 %118, 0
  %276 = mul i64 %275, 8
  %277 = getelementptr inbounds float, float* %5, i64 %276
  %278 = bitcast float* %277 to <8 x float>*
  %279 = load <8 x float>, <8 x float>* %278, align 4
  %280 = add i64 %118, 1
  %281 = mul i64 %280, 8
  %282 = getelementptr inbounds float, float* %5, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  %284 = load <8 x float>, <8 x float>* %283, align 4
  store <8 x float> %279, <8 x float>* %95, align 32
  store <8 x float> %279, <8 x float>* %94, align 32
  store <8 x float> %279, <8 x float>* %93, align 32
  store <8 x float> %279, <8 x float>* %92, align 32
  store <8 x float> %279, <8 x float>* %91, align 32
  store <8 x float> %279, <8 x float>* %90, align 32
  store <8 x float> %284, <8 x float>* %89, align 32
  store <8 x float> %284, <8 x float>* %88, align 32
  store <8 x float> %284, <8 x float>* %87, align 32
  store <8 x float> %284, <8 x float>* %86, align 32
  store <8 x float> %284, <8 x float>* %85, align 32
  store <8 x float> %284, <8 x float>* %84, align 32
  %285 = add i64 %124, 0
  %286 = add i64 %122, %285
  br label %u.header6

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %287 = icmp slt i64 %kh, 5
  br i1 %287, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %288 = mul i64 %kh, 14
  %289 = add i64 %176, %288
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %290 = icmp slt i64 %kw, 5
  br i1 %290, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %291 = mul i64 %kw, 1
  %292 = add i64 %289, %291
  %293 = mul i64 %kh, 5
  %294 = add i64 %293, %kw
  %295 = mul i64 %294, 8
  %296 = add i64 %178, %295
  %297 = add i64 %296, 0
  %298 = getelementptr inbounds float, float* %4, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  %300 = load <8 x float>, <8 x float>* %299, align 4
  %301 = add i64 %296, 1200
  %302 = getelementptr inbounds float, float* %4, i64 %301
  %303 = bitcast float* %302 to <8 x float>*
  %304 = load <8 x float>, <8 x float>* %303, align 4
  %305 = add i64 %292, 0
  %306 = getelementptr inbounds float, float* %1, i64 %305
  %307 = load float, float* %306, align 4
  %308 = insertelement <8 x float> undef, float %307, i32 0
  %splat = shufflevector <8 x float> %308, <8 x float> undef, <8 x i32> zeroinitializer
  %309 = load <8 x float>, <8 x float>* %107, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %300, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %107, align 32
  %311 = load <8 x float>, <8 x float>* %101, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %304, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %101, align 32
  %313 = add i64 %292, 1
  %314 = getelementptr inbounds float, float* %1, i64 %313
  %315 = load float, float* %314, align 4
  %316 = insertelement <8 x float> undef, float %315, i32 0
  %splat1 = shufflevector <8 x float> %316, <8 x float> undef, <8 x i32> zeroinitializer
  %317 = load <8 x float>, <8 x float>* %106, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %300, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %106, align 32
  %319 = load <8 x float>, <8 x float>* %100, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %304, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %100, align 32
  %321 = add i64 %292, 2
  %322 = getelementptr inbounds float, float* %1, i64 %321
  %323 = load float, float* %322, align 4
  %324 = insertelement <8 x float> undef, float %323, i32 0
  %splat2 = shufflevector <8 x float> %324, <8 x float> undef, <8 x i32> zeroinitializer
  %325 = load <8 x float>, <8 x float>* %105, align 32
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %300, <8 x float> %325)
  store <8 x float> %326, <8 x float>* %105, align 32
  %327 = load <8 x float>, <8 x float>* %99, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %304, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %99, align 32
  %329 = add i64 %292, 3
  %330 = getelementptr inbounds float, float* %1, i64 %329
  %331 = load float, float* %330, align 4
  %332 = insertelement <8 x float> undef, float %331, i32 0
  %splat3 = shufflevector <8 x float> %332, <8 x float> undef, <8 x i32> zeroinitializer
  %333 = load <8 x float>, <8 x float>* %104, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %300, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %104, align 32
  %335 = load <8 x float>, <8 x float>* %98, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %304, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %98, align 32
  %337 = add i64 %292, 4
  %338 = getelementptr inbounds float, float* %1, i64 %337
  %339 = load float, float* %338, align 4
  %340 = insertelement <8 x float> undef, float %339, i32 0
  %splat4 = shufflevector <8 x float> %340, <8 x float> undef, <8 x i32> zeroinitializer
  %341 = load <8 x float>, <8 x float>* %103, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %300, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %103, align 32
  %343 = load <8 x float>, <8 x float>* %97, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %304, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %97, align 32
  %345 = add i64 %292, 5
  %346 = getelementptr inbounds float, float* %1, i64 %345
  %347 = load float, float* %346, align 4
  %348 = insertelement <8 x float> undef, float %347, i32 0
  %splat5 = shufflevector <8 x float> %348, <8 x float> undef, <8 x i32> zeroinitializer
  %349 = load <8 x float>, <8 x float>* %102, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %300, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %102, align 32
  %351 = load <8 x float>, <8 x float>* %96, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %304, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %96, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !3

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %u.exit
  %u9 = phi i64 [ 0, %u.exit ], [ %u.next26, %kh.exit12 ]
  %353 = icmp slt i64 %u9, 6
  br i1 %353, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %354 = add i64 0, %u9
  %355 = mul i64 %354, 196
  %356 = add i64 %286, %355
  %357 = mul i64 %354, 200
  %358 = add i64 %123, %357
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %359 = load <8 x float>, <8 x float>* %95, align 32
  %360 = fcmp olt <8 x float> %359, zeroinitializer
  %361 = select <8 x i1> %360, <8 x float> zeroinitializer, <8 x float> %359
  %362 = getelementptr inbounds float, float* %0, i64 %246
  %363 = bitcast float* %362 to <8 x float>*
  store <8 x float> %361, <8 x float>* %363, align 4
  %364 = load <8 x float>, <8 x float>* %94, align 32
  %365 = fcmp olt <8 x float> %364, zeroinitializer
  %366 = select <8 x i1> %365, <8 x float> zeroinitializer, <8 x float> %364
  %367 = getelementptr inbounds float, float* %0, i64 %248
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %366, <8 x float>* %368, align 4
  %369 = load <8 x float>, <8 x float>* %93, align 32
  %370 = fcmp olt <8 x float> %369, zeroinitializer
  %371 = select <8 x i1> %370, <8 x float> zeroinitializer, <8 x float> %369
  %372 = getelementptr inbounds float, float* %0, i64 %250
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %371, <8 x float>* %373, align 4
  %374 = load <8 x float>, <8 x float>* %92, align 32
  %375 = fcmp olt <8 x float> %374, zeroinitializer
  %376 = select <8 x i1> %375, <8 x float> zeroinitializer, <8 x float> %374
  %377 = getelementptr inbounds float, float* %0, i64 %252
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %376, <8 x float>* %378, align 4
  %379 = load <8 x float>, <8 x float>* %91, align 32
  %380 = fcmp olt <8 x float> %379, zeroinitializer
  %381 = select <8 x i1> %380, <8 x float> zeroinitializer, <8 x float> %379
  %382 = getelementptr inbounds float, float* %0, i64 %254
  %383 = bitcast float* %382 to <8 x float>*
  store <8 x float> %381, <8 x float>* %383, align 4
  %384 = load <8 x float>, <8 x float>* %90, align 32
  %385 = fcmp olt <8 x float> %384, zeroinitializer
  %386 = select <8 x i1> %385, <8 x float> zeroinitializer, <8 x float> %384
  %387 = getelementptr inbounds float, float* %0, i64 %256
  %388 = bitcast float* %387 to <8 x float>*
  store <8 x float> %386, <8 x float>* %388, align 4
  %389 = load <8 x float>, <8 x float>* %89, align 32
  %390 = fcmp olt <8 x float> %389, zeroinitializer
  %391 = select <8 x i1> %390, <8 x float> zeroinitializer, <8 x float> %389
  %392 = getelementptr inbounds float, float* %0, i64 %264
  %393 = bitcast float* %392 to <8 x float>*
  store <8 x float> %391, <8 x float>* %393, align 4
  %394 = load <8 x float>, <8 x float>* %88, align 32
  %395 = fcmp olt <8 x float> %394, zeroinitializer
  %396 = select <8 x i1> %395, <8 x float> zeroinitializer, <8 x float> %394
  %397 = getelementptr inbounds float, float* %0, i64 %266
  %398 = bitcast float* %397 to <8 x float>*
  store <8 x float> %396, <8 x float>* %398, align 4
  %399 = load <8 x float>, <8 x float>* %87, align 32
  %400 = fcmp olt <8 x float> %399, zeroinitializer
  %401 = select <8 x i1> %400, <8 x float> zeroinitializer, <8 x float> %399
  %402 = getelementptr inbounds float, float* %0, i64 %268
  %403 = bitcast float* %402 to <8 x float>*
  store <8 x float> %401, <8 x float>* %403, align 4
  %404 = load <8 x float>, <8 x float>* %86, align 32
  %405 = fcmp olt <8 x float> %404, zeroinitializer
  %406 = select <8 x i1> %405, <8 x float> zeroinitializer, <8 x float> %404
  %407 = getelementptr inbounds float, float* %0, i64 %270
  %408 = bitcast float* %407 to <8 x float>*
  store <8 x float> %406, <8 x float>* %408, align 4
  %409 = load <8 x float>, <8 x float>* %85, align 32
  %410 = fcmp olt <8 x float> %409, zeroinitializer
  %411 = select <8 x i1> %410, <8 x float> zeroinitializer, <8 x float> %409
  %412 = getelementptr inbounds float, float* %0, i64 %272
  %413 = bitcast float* %412 to <8 x float>*
  store <8 x float> %411, <8 x float>* %413, align 4
  %414 = load <8 x float>, <8 x float>* %84, align 32
  %415 = fcmp olt <8 x float> %414, zeroinitializer
  %416 = select <8 x i1> %415, <8 x float> zeroinitializer, <8 x float> %414
  %417 = getelementptr inbounds float, float* %0, i64 %274
  %418 = bitcast float* %417 to <8 x float>*
  store <8 x float> %416, <8 x float>* %418, align 4
  %419 = mul i64 %115, 2
  %420 = add i64 %419, %118
  %421 = add i64 %420, 0
  %422 = mul i64 %421, 10
  %423 = add i64 %422, %112
  %424 = mul i64 %423, 10
  %425 = add i64 %424, 12
  %426 = mul i64 %425, 8
  %427 = add i64 %424, 13
  %428 = mul i64 %427, 8
  %429 = add i64 %424, 14
  %430 = mul i64 %429, 8
  %431 = add i64 %424, 15
  %432 = mul i64 %431, 8
  %433 = add i64 %424, 16
  %434 = mul i64 %433, 8
  %435 = add i64 %424, 17
  %436 = mul i64 %435, 8
  %437 = mul i64 %115, 2
  %438 = add i64 %437, %118
  %439 = add i64 %438, 1
  %440 = mul i64 %439, 10
  %441 = add i64 %440, %112
  %442 = mul i64 %441, 10
  %443 = add i64 %442, 12
  %444 = mul i64 %443, 8
  %445 = add i64 %442, 13
  %446 = mul i64 %445, 8
  %447 = add i64 %442, 14
  %448 = mul i64 %447, 8
  %449 = add i64 %442, 15
  %450 = mul i64 %449, 8
  %451 = add i64 %442, 16
  %452 = mul i64 %451, 8
  %453 = add i64 %442, 17
  %454 = mul i64 %453, 8
  %455 = add i64 %118, 0
  %456 = mul i64 %455, 8
  %457 = getelementptr inbounds float, float* %5, i64 %456
  %458 = bitcast float* %457 to <8 x float>*
  %459 = load <8 x float>, <8 x float>* %458, align 4
  %460 = add i64 %118, 1
  %461 = mul i64 %460, 8
  %462 = getelementptr inbounds float, float* %5, i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  %464 = load <8 x float>, <8 x float>* %463, align 4
  store <8 x float> %459, <8 x float>* %83, align 32
  store <8 x float> %459, <8 x float>* %82, align 32
  store <8 x float> %459, <8 x float>* %81, align 32
  store <8 x float> %459, <8 x float>* %80, align 32
  store <8 x float> %459, <8 x float>* %79, align 32
  store <8 x float> %459, <8 x float>* %78, align 32
  store <8 x float> %464, <8 x float>* %77, align 32
  store <8 x float> %464, <8 x float>* %76, align 32
  store <8 x float> %464, <8 x float>* %75, align 32
  store <8 x float> %464, <8 x float>* %74, align 32
  store <8 x float> %464, <8 x float>* %73, align 32
  store <8 x float> %464, <8 x float>* %72, align 32
  %465 = add i64 %124, 0
  %466 = add i64 %122, %465
  br label %u.header27

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next25, %kw.exit16 ]
  %467 = icmp slt i64 %kh13, 5
  br i1 %467, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %468 = mul i64 %kh13, 14
  %469 = add i64 %356, %468
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next26 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next24, %kw.body15 ]
  %470 = icmp slt i64 %kw17, 5
  br i1 %470, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %471 = mul i64 %kw17, 1
  %472 = add i64 %469, %471
  %473 = mul i64 %kh13, 5
  %474 = add i64 %473, %kw17
  %475 = mul i64 %474, 8
  %476 = add i64 %358, %475
  %477 = add i64 %476, 0
  %478 = getelementptr inbounds float, float* %4, i64 %477
  %479 = bitcast float* %478 to <8 x float>*
  %480 = load <8 x float>, <8 x float>* %479, align 4
  %481 = add i64 %476, 1200
  %482 = getelementptr inbounds float, float* %4, i64 %481
  %483 = bitcast float* %482 to <8 x float>*
  %484 = load <8 x float>, <8 x float>* %483, align 4
  %485 = add i64 %472, 6
  %486 = getelementptr inbounds float, float* %1, i64 %485
  %487 = load float, float* %486, align 4
  %488 = insertelement <8 x float> undef, float %487, i32 0
  %splat18 = shufflevector <8 x float> %488, <8 x float> undef, <8 x i32> zeroinitializer
  %489 = load <8 x float>, <8 x float>* %95, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %480, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %95, align 32
  %491 = load <8 x float>, <8 x float>* %89, align 32
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %484, <8 x float> %491)
  store <8 x float> %492, <8 x float>* %89, align 32
  %493 = add i64 %472, 7
  %494 = getelementptr inbounds float, float* %1, i64 %493
  %495 = load float, float* %494, align 4
  %496 = insertelement <8 x float> undef, float %495, i32 0
  %splat19 = shufflevector <8 x float> %496, <8 x float> undef, <8 x i32> zeroinitializer
  %497 = load <8 x float>, <8 x float>* %94, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %480, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %94, align 32
  %499 = load <8 x float>, <8 x float>* %88, align 32
  %500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %484, <8 x float> %499)
  store <8 x float> %500, <8 x float>* %88, align 32
  %501 = add i64 %472, 8
  %502 = getelementptr inbounds float, float* %1, i64 %501
  %503 = load float, float* %502, align 4
  %504 = insertelement <8 x float> undef, float %503, i32 0
  %splat20 = shufflevector <8 x float> %504, <8 x float> undef, <8 x i32> zeroinitializer
  %505 = load <8 x float>, <8 x float>* %93, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %480, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %93, align 32
  %507 = load <8 x float>, <8 x float>* %87, align 32
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %484, <8 x float> %507)
  store <8 x float> %508, <8 x float>* %87, align 32
  %509 = add i64 %472, 9
  %510 = getelementptr inbounds float, float* %1, i64 %509
  %511 = load float, float* %510, align 4
  %512 = insertelement <8 x float> undef, float %511, i32 0
  %splat21 = shufflevector <8 x float> %512, <8 x float> undef, <8 x i32> zeroinitializer
  %513 = load <8 x float>, <8 x float>* %92, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %480, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %92, align 32
  %515 = load <8 x float>, <8 x float>* %86, align 32
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %484, <8 x float> %515)
  store <8 x float> %516, <8 x float>* %86, align 32
  %517 = add i64 %472, 14
  %518 = getelementptr inbounds float, float* %1, i64 %517
  %519 = load float, float* %518, align 4
  %520 = insertelement <8 x float> undef, float %519, i32 0
  %splat22 = shufflevector <8 x float> %520, <8 x float> undef, <8 x i32> zeroinitializer
  %521 = load <8 x float>, <8 x float>* %91, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %480, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %91, align 32
  %523 = load <8 x float>, <8 x float>* %85, align 32
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %484, <8 x float> %523)
  store <8 x float> %524, <8 x float>* %85, align 32
  %525 = add i64 %472, 15
  %526 = getelementptr inbounds float, float* %1, i64 %525
  %527 = load float, float* %526, align 4
  %528 = insertelement <8 x float> undef, float %527, i32 0
  %splat23 = shufflevector <8 x float> %528, <8 x float> undef, <8 x i32> zeroinitializer
  %529 = load <8 x float>, <8 x float>* %90, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %480, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %90, align 32
  %531 = load <8 x float>, <8 x float>* %84, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %484, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %84, align 32
  %kw.next24 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !4

kw.exit16:                                        ; preds = %kw.header14
  %kh.next25 = add i64 %kh13, 1
  br label %kh.header10

u.header27:                                       ; preds = %kh.exit33, %u.exit8
  %u30 = phi i64 [ 0, %u.exit8 ], [ %u.next47, %kh.exit33 ]
  %533 = icmp slt i64 %u30, 6
  br i1 %533, label %u.body28, label %u.exit29

u.body28:                                         ; preds = %u.header27
  %534 = add i64 0, %u30
  %535 = mul i64 %534, 196
  %536 = add i64 %466, %535
  %537 = mul i64 %534, 200
  %538 = add i64 %123, %537
  br label %kh.header31

u.exit29:                                         ; preds = %u.header27
  %539 = load <8 x float>, <8 x float>* %83, align 32
  %540 = fcmp olt <8 x float> %539, zeroinitializer
  %541 = select <8 x i1> %540, <8 x float> zeroinitializer, <8 x float> %539
  %542 = getelementptr inbounds float, float* %0, i64 %426
  %543 = bitcast float* %542 to <8 x float>*
  store <8 x float> %541, <8 x float>* %543, align 4
  %544 = load <8 x float>, <8 x float>* %82, align 32
  %545 = fcmp olt <8 x float> %544, zeroinitializer
  %546 = select <8 x i1> %545, <8 x float> zeroinitializer, <8 x float> %544
  %547 = getelementptr inbounds float, float* %0, i64 %428
  %548 = bitcast float* %547 to <8 x float>*
  store <8 x float> %546, <8 x float>* %548, align 4
  %549 = load <8 x float>, <8 x float>* %81, align 32
  %550 = fcmp olt <8 x float> %549, zeroinitializer
  %551 = select <8 x i1> %550, <8 x float> zeroinitializer, <8 x float> %549
  %552 = getelementptr inbounds float, float* %0, i64 %430
  %553 = bitcast float* %552 to <8 x float>*
  store <8 x float> %551, <8 x float>* %553, align 4
  %554 = load <8 x float>, <8 x float>* %80, align 32
  %555 = fcmp olt <8 x float> %554, zeroinitializer
  %556 = select <8 x i1> %555, <8 x float> zeroinitializer, <8 x float> %554
  %557 = getelementptr inbounds float, float* %0, i64 %432
  %558 = bitcast float* %557 to <8 x float>*
  store <8 x float> %556, <8 x float>* %558, align 4
  %559 = load <8 x float>, <8 x float>* %79, align 32
  %560 = fcmp olt <8 x float> %559, zeroinitializer
  %561 = select <8 x i1> %560, <8 x float> zeroinitializer, <8 x float> %559
  %562 = getelementptr inbounds float, float* %0, i64 %434
  %563 = bitcast float* %562 to <8 x float>*
  store <8 x float> %561, <8 x float>* %563, align 4
  %564 = load <8 x float>, <8 x float>* %78, align 32
  %565 = fcmp olt <8 x float> %564, zeroinitializer
  %566 = select <8 x i1> %565, <8 x float> zeroinitializer, <8 x float> %564
  %567 = getelementptr inbounds float, float* %0, i64 %436
  %568 = bitcast float* %567 to <8 x float>*
  store <8 x float> %566, <8 x float>* %568, align 4
  %569 = load <8 x float>, <8 x float>* %77, align 32
  %570 = fcmp olt <8 x float> %569, zeroinitializer
  %571 = select <8 x i1> %570, <8 x float> zeroinitializer, <8 x float> %569
  %572 = getelementptr inbounds float, float* %0, i64 %444
  %573 = bitcast float* %572 to <8 x float>*
  store <8 x float> %571, <8 x float>* %573, align 4
  %574 = load <8 x float>, <8 x float>* %76, align 32
  %575 = fcmp olt <8 x float> %574, zeroinitializer
  %576 = select <8 x i1> %575, <8 x float> zeroinitializer, <8 x float> %574
  %577 = getelementptr inbounds float, float* %0, i64 %446
  %578 = bitcast float* %577 to <8 x float>*
  store <8 x float> %576, <8 x float>* %578, align 4
  %579 = load <8 x float>, <8 x float>* %75, align 32
  %580 = fcmp olt <8 x float> %579, zeroinitializer
  %581 = select <8 x i1> %580, <8 x float> zeroinitializer, <8 x float> %579
  %582 = getelementptr inbounds float, float* %0, i64 %448
  %583 = bitcast float* %582 to <8 x float>*
  store <8 x float> %581, <8 x float>* %583, align 4
  %584 = load <8 x float>, <8 x float>* %74, align 32
  %585 = fcmp olt <8 x float> %584, zeroinitializer
  %586 = select <8 x i1> %585, <8 x float> zeroinitializer, <8 x float> %584
  %587 = getelementptr inbounds float, float* %0, i64 %450
  %588 = bitcast float* %587 to <8 x float>*
  store <8 x float> %586, <8 x float>* %588, align 4
  %589 = load <8 x float>, <8 x float>* %73, align 32
  %590 = fcmp olt <8 x float> %589, zeroinitializer
  %591 = select <8 x i1> %590, <8 x float> zeroinitializer, <8 x float> %589
  %592 = getelementptr inbounds float, float* %0, i64 %452
  %593 = bitcast float* %592 to <8 x float>*
  store <8 x float> %591, <8 x float>* %593, align 4
  %594 = load <8 x float>, <8 x float>* %72, align 32
  %595 = fcmp olt <8 x float> %594, zeroinitializer
  %596 = select <8 x i1> %595, <8 x float> zeroinitializer, <8 x float> %594
  %597 = getelementptr inbounds float, float* %0, i64 %454
  %598 = bitcast float* %597 to <8 x float>*
  store <8 x float> %596, <8 x float>* %598, align 4
  %599 = mul i64 %115, 2
  %600 = add i64 %599, %118
  %601 = add i64 %600, 0
  %602 = mul i64 %601, 10
  %603 = add i64 %602, %112
  %604 = mul i64 %603, 10
  %605 = add i64 %604, 18
  %606 = mul i64 %605, 8
  %607 = add i64 %604, 19
  %608 = mul i64 %607, 8
  %609 = add i64 %604, 20
  %610 = mul i64 %609, 8
  %611 = add i64 %604, 21
  %612 = mul i64 %611, 8
  %613 = add i64 %604, 22
  %614 = mul i64 %613, 8
  %615 = add i64 %604, 23
  %616 = mul i64 %615, 8
  %617 = mul i64 %115, 2
  %618 = add i64 %617, %118
  %619 = add i64 %618, 1
  %620 = mul i64 %619, 10
  %621 = add i64 %620, %112
  %622 = mul i64 %621, 10
  %623 = add i64 %622, 18
  %624 = mul i64 %623, 8
  %625 = add i64 %622, 19
  %626 = mul i64 %625, 8
  %627 = add i64 %622, 20
  %628 = mul i64 %627, 8
  %629 = add i64 %622, 21
  %630 = mul i64 %629, 8
  %631 = add i64 %622, 22
  %632 = mul i64 %631, 8
  %633 = add i64 %622, 23
  %634 = mul i64 %633, 8
  %635 = add i64 %118, 0
  %636 = mul i64 %635, 8
  %637 = getelementptr inbounds float, float* %5, i64 %636
  %638 = bitcast float* %637 to <8 x float>*
  %639 = load <8 x float>, <8 x float>* %638, align 4
  %640 = add i64 %118, 1
  %641 = mul i64 %640, 8
  %642 = getelementptr inbounds float, float* %5, i64 %641
  %643 = bitcast float* %642 to <8 x float>*
  %644 = load <8 x float>, <8 x float>* %643, align 4
  store <8 x float> %639, <8 x float>* %71, align 32
  store <8 x float> %639, <8 x float>* %70, align 32
  store <8 x float> %639, <8 x float>* %69, align 32
  store <8 x float> %639, <8 x float>* %68, align 32
  store <8 x float> %639, <8 x float>* %67, align 32
  store <8 x float> %639, <8 x float>* %66, align 32
  store <8 x float> %644, <8 x float>* %65, align 32
  store <8 x float> %644, <8 x float>* %64, align 32
  store <8 x float> %644, <8 x float>* %63, align 32
  store <8 x float> %644, <8 x float>* %62, align 32
  store <8 x float> %644, <8 x float>* %61, align 32
  store <8 x float> %644, <8 x float>* %60, align 32
  %645 = add i64 %124, 0
  %646 = add i64 %122, %645
  br label %u.header48

kh.header31:                                      ; preds = %kw.exit37, %u.body28
  %kh34 = phi i64 [ 0, %u.body28 ], [ %kh.next46, %kw.exit37 ]
  %647 = icmp slt i64 %kh34, 5
  br i1 %647, label %kh.body32, label %kh.exit33

kh.body32:                                        ; preds = %kh.header31
  %648 = mul i64 %kh34, 14
  %649 = add i64 %536, %648
  br label %kw.header35

kh.exit33:                                        ; preds = %kh.header31
  %u.next47 = add i64 %u30, 1
  br label %u.header27

kw.header35:                                      ; preds = %kw.body36, %kh.body32
  %kw38 = phi i64 [ 0, %kh.body32 ], [ %kw.next45, %kw.body36 ]
  %650 = icmp slt i64 %kw38, 5
  br i1 %650, label %kw.body36, label %kw.exit37

kw.body36:                                        ; preds = %kw.header35
  %651 = mul i64 %kw38, 1
  %652 = add i64 %649, %651
  %653 = mul i64 %kh34, 5
  %654 = add i64 %653, %kw38
  %655 = mul i64 %654, 8
  %656 = add i64 %538, %655
  %657 = add i64 %656, 0
  %658 = getelementptr inbounds float, float* %4, i64 %657
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = add i64 %656, 1200
  %662 = getelementptr inbounds float, float* %4, i64 %661
  %663 = bitcast float* %662 to <8 x float>*
  %664 = load <8 x float>, <8 x float>* %663, align 4
  %665 = add i64 %652, 16
  %666 = getelementptr inbounds float, float* %1, i64 %665
  %667 = load float, float* %666, align 4
  %668 = insertelement <8 x float> undef, float %667, i32 0
  %splat39 = shufflevector <8 x float> %668, <8 x float> undef, <8 x i32> zeroinitializer
  %669 = load <8 x float>, <8 x float>* %83, align 32
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %660, <8 x float> %669)
  store <8 x float> %670, <8 x float>* %83, align 32
  %671 = load <8 x float>, <8 x float>* %77, align 32
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %664, <8 x float> %671)
  store <8 x float> %672, <8 x float>* %77, align 32
  %673 = add i64 %652, 17
  %674 = getelementptr inbounds float, float* %1, i64 %673
  %675 = load float, float* %674, align 4
  %676 = insertelement <8 x float> undef, float %675, i32 0
  %splat40 = shufflevector <8 x float> %676, <8 x float> undef, <8 x i32> zeroinitializer
  %677 = load <8 x float>, <8 x float>* %82, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %660, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %82, align 32
  %679 = load <8 x float>, <8 x float>* %76, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %664, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %76, align 32
  %681 = add i64 %652, 18
  %682 = getelementptr inbounds float, float* %1, i64 %681
  %683 = load float, float* %682, align 4
  %684 = insertelement <8 x float> undef, float %683, i32 0
  %splat41 = shufflevector <8 x float> %684, <8 x float> undef, <8 x i32> zeroinitializer
  %685 = load <8 x float>, <8 x float>* %81, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %660, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %81, align 32
  %687 = load <8 x float>, <8 x float>* %75, align 32
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %664, <8 x float> %687)
  store <8 x float> %688, <8 x float>* %75, align 32
  %689 = add i64 %652, 19
  %690 = getelementptr inbounds float, float* %1, i64 %689
  %691 = load float, float* %690, align 4
  %692 = insertelement <8 x float> undef, float %691, i32 0
  %splat42 = shufflevector <8 x float> %692, <8 x float> undef, <8 x i32> zeroinitializer
  %693 = load <8 x float>, <8 x float>* %80, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %660, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %80, align 32
  %695 = load <8 x float>, <8 x float>* %74, align 32
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %664, <8 x float> %695)
  store <8 x float> %696, <8 x float>* %74, align 32
  %697 = add i64 %652, 20
  %698 = getelementptr inbounds float, float* %1, i64 %697
  %699 = load float, float* %698, align 4
  %700 = insertelement <8 x float> undef, float %699, i32 0
  %splat43 = shufflevector <8 x float> %700, <8 x float> undef, <8 x i32> zeroinitializer
  %701 = load <8 x float>, <8 x float>* %79, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %660, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %79, align 32
  %703 = load <8 x float>, <8 x float>* %73, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %664, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %73, align 32
  %705 = add i64 %652, 21
  %706 = getelementptr inbounds float, float* %1, i64 %705
  %707 = load float, float* %706, align 4
  %708 = insertelement <8 x float> undef, float %707, i32 0
  %splat44 = shufflevector <8 x float> %708, <8 x float> undef, <8 x i32> zeroinitializer
  %709 = load <8 x float>, <8 x float>* %78, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %660, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %78, align 32
  %711 = load <8 x float>, <8 x float>* %72, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %664, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %72, align 32
  %kw.next45 = add i64 %kw38, 1
  br label %kw.header35, !llvm.loop !5

kw.exit37:                                        ; preds = %kw.header35
  %kh.next46 = add i64 %kh34, 1
  br label %kh.header31

u.header48:                                       ; preds = %kh.exit54, %u.exit29
  %u51 = phi i64 [ 0, %u.exit29 ], [ %u.next68, %kh.exit54 ]
  %713 = icmp slt i64 %u51, 6
  br i1 %713, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %714 = add i64 0, %u51
  %715 = mul i64 %714, 196
  %716 = add i64 %646, %715
  %717 = mul i64 %714, 200
  %718 = add i64 %123, %717
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %719 = load <8 x float>, <8 x float>* %71, align 32
  %720 = fcmp olt <8 x float> %719, zeroinitializer
  %721 = select <8 x i1> %720, <8 x float> zeroinitializer, <8 x float> %719
  %722 = getelementptr inbounds float, float* %0, i64 %606
  %723 = bitcast float* %722 to <8 x float>*
  store <8 x float> %721, <8 x float>* %723, align 4
  %724 = load <8 x float>, <8 x float>* %70, align 32
  %725 = fcmp olt <8 x float> %724, zeroinitializer
  %726 = select <8 x i1> %725, <8 x float> zeroinitializer, <8 x float> %724
  %727 = getelementptr inbounds float, float* %0, i64 %608
  %728 = bitcast float* %727 to <8 x float>*
  store <8 x float> %726, <8 x float>* %728, align 4
  %729 = load <8 x float>, <8 x float>* %69, align 32
  %730 = fcmp olt <8 x float> %729, zeroinitializer
  %731 = select <8 x i1> %730, <8 x float> zeroinitializer, <8 x float> %729
  %732 = getelementptr inbounds float, float* %0, i64 %610
  %733 = bitcast float* %732 to <8 x float>*
  store <8 x float> %731, <8 x float>* %733, align 4
  %734 = load <8 x float>, <8 x float>* %68, align 32
  %735 = fcmp olt <8 x float> %734, zeroinitializer
  %736 = select <8 x i1> %735, <8 x float> zeroinitializer, <8 x float> %734
  %737 = getelementptr inbounds float, float* %0, i64 %612
  %738 = bitcast float* %737 to <8 x float>*
  store <8 x float> %736, <8 x float>* %738, align 4
  %739 = load <8 x float>, <8 x float>* %67, align 32
  %740 = fcmp olt <8 x float> %739, zeroinitializer
  %741 = select <8 x i1> %740, <8 x float> zeroinitializer, <8 x float> %739
  %742 = getelementptr inbounds float, float* %0, i64 %614
  %743 = bitcast float* %742 to <8 x float>*
  store <8 x float> %741, <8 x float>* %743, align 4
  %744 = load <8 x float>, <8 x float>* %66, align 32
  %745 = fcmp olt <8 x float> %744, zeroinitializer
  %746 = select <8 x i1> %745, <8 x float> zeroinitializer, <8 x float> %744
  %747 = getelementptr inbounds float, float* %0, i64 %616
  %748 = bitcast float* %747 to <8 x float>*
  store <8 x float> %746, <8 x float>* %748, align 4
  %749 = load <8 x float>, <8 x float>* %65, align 32
  %750 = fcmp olt <8 x float> %749, zeroinitializer
  %751 = select <8 x i1> %750, <8 x float> zeroinitializer, <8 x float> %749
  %752 = getelementptr inbounds float, float* %0, i64 %624
  %753 = bitcast float* %752 to <8 x float>*
  store <8 x float> %751, <8 x float>* %753, align 4
  %754 = load <8 x float>, <8 x float>* %64, align 32
  %755 = fcmp olt <8 x float> %754, zeroinitializer
  %756 = select <8 x i1> %755, <8 x float> zeroinitializer, <8 x float> %754
  %757 = getelementptr inbounds float, float* %0, i64 %626
  %758 = bitcast float* %757 to <8 x float>*
  store <8 x float> %756, <8 x float>* %758, align 4
  %759 = load <8 x float>, <8 x float>* %63, align 32
  %760 = fcmp olt <8 x float> %759, zeroinitializer
  %761 = select <8 x i1> %760, <8 x float> zeroinitializer, <8 x float> %759
  %762 = getelementptr inbounds float, float* %0, i64 %628
  %763 = bitcast float* %762 to <8 x float>*
  store <8 x float> %761, <8 x float>* %763, align 4
  %764 = load <8 x float>, <8 x float>* %62, align 32
  %765 = fcmp olt <8 x float> %764, zeroinitializer
  %766 = select <8 x i1> %765, <8 x float> zeroinitializer, <8 x float> %764
  %767 = getelementptr inbounds float, float* %0, i64 %630
  %768 = bitcast float* %767 to <8 x float>*
  store <8 x float> %766, <8 x float>* %768, align 4
  %769 = load <8 x float>, <8 x float>* %61, align 32
  %770 = fcmp olt <8 x float> %769, zeroinitializer
  %771 = select <8 x i1> %770, <8 x float> zeroinitializer, <8 x float> %769
  %772 = getelementptr inbounds float, float* %0, i64 %632
  %773 = bitcast float* %772 to <8 x float>*
  store <8 x float> %771, <8 x float>* %773, align 4
  %774 = load <8 x float>, <8 x float>* %60, align 32
  %775 = fcmp olt <8 x float> %774, zeroinitializer
  %776 = select <8 x i1> %775, <8 x float> zeroinitializer, <8 x float> %774
  %777 = getelementptr inbounds float, float* %0, i64 %634
  %778 = bitcast float* %777 to <8 x float>*
  store <8 x float> %776, <8 x float>* %778, align 4
  %779 = mul i64 %115, 2
  %780 = add i64 %779, %118
  %781 = add i64 %780, 0
  %782 = mul i64 %781, 10
  %783 = add i64 %782, %112
  %784 = mul i64 %783, 10
  %785 = add i64 %784, 24
  %786 = mul i64 %785, 8
  %787 = add i64 %784, 25
  %788 = mul i64 %787, 8
  %789 = add i64 %784, 26
  %790 = mul i64 %789, 8
  %791 = add i64 %784, 27
  %792 = mul i64 %791, 8
  %793 = add i64 %784, 28
  %794 = mul i64 %793, 8
  %795 = add i64 %784, 29
  %796 = mul i64 %795, 8
  %797 = mul i64 %115, 2
  %798 = add i64 %797, %118
  %799 = add i64 %798, 1
  %800 = mul i64 %799, 10
  %801 = add i64 %800, %112
  %802 = mul i64 %801, 10
  %803 = add i64 %802, 24
  %804 = mul i64 %803, 8
  %805 = add i64 %802, 25
  %806 = mul i64 %805, 8
  %807 = add i64 %802, 26
  %808 = mul i64 %807, 8
  %809 = add i64 %802, 27
  %810 = mul i64 %809, 8
  %811 = add i64 %802, 28
  %812 = mul i64 %811, 8
  %813 = add i64 %802, 29
  %814 = mul i64 %813, 8
  %815 = add i64 %118, 0
  %816 = mul i64 %815, 8
  %817 = getelementptr inbounds float, float* %5, i64 %816
  %818 = bitcast float* %817 to <8 x float>*
  %819 = load <8 x float>, <8 x float>* %818, align 4
  %820 = add i64 %118, 1
  %821 = mul i64 %820, 8
  %822 = getelementptr inbounds float, float* %5, i64 %821
  %823 = bitcast float* %822 to <8 x float>*
  %824 = load <8 x float>, <8 x float>* %823, align 4
  store <8 x float> %819, <8 x float>* %59, align 32
  store <8 x float> %819, <8 x float>* %58, align 32
  store <8 x float> %819, <8 x float>* %57, align 32
  store <8 x float> %819, <8 x float>* %56, align 32
  store <8 x float> %819, <8 x float>* %55, align 32
  store <8 x float> %819, <8 x float>* %54, align 32
  store <8 x float> %824, <8 x float>* %53, align 32
  store <8 x float> %824, <8 x float>* %52, align 32
  store <8 x float> %824, <8 x float>* %51, align 32
  store <8 x float> %824, <8 x float>* %50, align 32
  store <8 x float> %824, <8 x float>* %49, align 32
  store <8 x float> %824, <8 x float>* %48, align 32
  %825 = add i64 %124, 0
  %826 = add i64 %122, %825
  br label %u.header69

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next67, %kw.exit58 ]
  %827 = icmp slt i64 %kh55, 5
  br i1 %827, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %828 = mul i64 %kh55, 14
  %829 = add i64 %716, %828
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next68 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next66, %kw.body57 ]
  %830 = icmp slt i64 %kw59, 5
  br i1 %830, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %831 = mul i64 %kw59, 1
  %832 = add i64 %829, %831
  %833 = mul i64 %kh55, 5
  %834 = add i64 %833, %kw59
  %835 = mul i64 %834, 8
  %836 = add i64 %718, %835
  %837 = add i64 %836, 0
  %838 = getelementptr inbounds float, float* %4, i64 %837
  %839 = bitcast float* %838 to <8 x float>*
  %840 = load <8 x float>, <8 x float>* %839, align 4
  %841 = add i64 %836, 1200
  %842 = getelementptr inbounds float, float* %4, i64 %841
  %843 = bitcast float* %842 to <8 x float>*
  %844 = load <8 x float>, <8 x float>* %843, align 4
  %845 = add i64 %832, 22
  %846 = getelementptr inbounds float, float* %1, i64 %845
  %847 = load float, float* %846, align 4
  %848 = insertelement <8 x float> undef, float %847, i32 0
  %splat60 = shufflevector <8 x float> %848, <8 x float> undef, <8 x i32> zeroinitializer
  %849 = load <8 x float>, <8 x float>* %71, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %840, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %71, align 32
  %851 = load <8 x float>, <8 x float>* %65, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %844, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %65, align 32
  %853 = add i64 %832, 23
  %854 = getelementptr inbounds float, float* %1, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat61 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %70, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %840, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %70, align 32
  %859 = load <8 x float>, <8 x float>* %64, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %844, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %64, align 32
  %861 = add i64 %832, 28
  %862 = getelementptr inbounds float, float* %1, i64 %861
  %863 = load float, float* %862, align 4
  %864 = insertelement <8 x float> undef, float %863, i32 0
  %splat62 = shufflevector <8 x float> %864, <8 x float> undef, <8 x i32> zeroinitializer
  %865 = load <8 x float>, <8 x float>* %69, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %840, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %69, align 32
  %867 = load <8 x float>, <8 x float>* %63, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %844, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %63, align 32
  %869 = add i64 %832, 29
  %870 = getelementptr inbounds float, float* %1, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat63 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %68, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %840, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %68, align 32
  %875 = load <8 x float>, <8 x float>* %62, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %844, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %62, align 32
  %877 = add i64 %832, 30
  %878 = getelementptr inbounds float, float* %1, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat64 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %67, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %840, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %67, align 32
  %883 = load <8 x float>, <8 x float>* %61, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %844, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %61, align 32
  %885 = add i64 %832, 31
  %886 = getelementptr inbounds float, float* %1, i64 %885
  %887 = load float, float* %886, align 4
  %888 = insertelement <8 x float> undef, float %887, i32 0
  %splat65 = shufflevector <8 x float> %888, <8 x float> undef, <8 x i32> zeroinitializer
  %889 = load <8 x float>, <8 x float>* %66, align 32
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %840, <8 x float> %889)
  store <8 x float> %890, <8 x float>* %66, align 32
  %891 = load <8 x float>, <8 x float>* %60, align 32
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %844, <8 x float> %891)
  store <8 x float> %892, <8 x float>* %60, align 32
  %kw.next66 = add i64 %kw59, 1
  br label %kw.header56, !llvm.loop !6

kw.exit58:                                        ; preds = %kw.header56
  %kh.next67 = add i64 %kh55, 1
  br label %kh.header52

u.header69:                                       ; preds = %kh.exit75, %u.exit50
  %u72 = phi i64 [ 0, %u.exit50 ], [ %u.next89, %kh.exit75 ]
  %893 = icmp slt i64 %u72, 6
  br i1 %893, label %u.body70, label %u.exit71

u.body70:                                         ; preds = %u.header69
  %894 = add i64 0, %u72
  %895 = mul i64 %894, 196
  %896 = add i64 %826, %895
  %897 = mul i64 %894, 200
  %898 = add i64 %123, %897
  br label %kh.header73

u.exit71:                                         ; preds = %u.header69
  %899 = load <8 x float>, <8 x float>* %59, align 32
  %900 = fcmp olt <8 x float> %899, zeroinitializer
  %901 = select <8 x i1> %900, <8 x float> zeroinitializer, <8 x float> %899
  %902 = getelementptr inbounds float, float* %0, i64 %786
  %903 = bitcast float* %902 to <8 x float>*
  store <8 x float> %901, <8 x float>* %903, align 4
  %904 = load <8 x float>, <8 x float>* %58, align 32
  %905 = fcmp olt <8 x float> %904, zeroinitializer
  %906 = select <8 x i1> %905, <8 x float> zeroinitializer, <8 x float> %904
  %907 = getelementptr inbounds float, float* %0, i64 %788
  %908 = bitcast float* %907 to <8 x float>*
  store <8 x float> %906, <8 x float>* %908, align 4
  %909 = load <8 x float>, <8 x float>* %57, align 32
  %910 = fcmp olt <8 x float> %909, zeroinitializer
  %911 = select <8 x i1> %910, <8 x float> zeroinitializer, <8 x float> %909
  %912 = getelementptr inbounds float, float* %0, i64 %790
  %913 = bitcast float* %912 to <8 x float>*
  store <8 x float> %911, <8 x float>* %913, align 4
  %914 = load <8 x float>, <8 x float>* %56, align 32
  %915 = fcmp olt <8 x float> %914, zeroinitializer
  %916 = select <8 x i1> %915, <8 x float> zeroinitializer, <8 x float> %914
  %917 = getelementptr inbounds float, float* %0, i64 %792
  %918 = bitcast float* %917 to <8 x float>*
  store <8 x float> %916, <8 x float>* %918, align 4
  %919 = load <8 x float>, <8 x float>* %55, align 32
  %920 = fcmp olt <8 x float> %919, zeroinitializer
  %921 = select <8 x i1> %920, <8 x float> zeroinitializer, <8 x float> %919
  %922 = getelementptr inbounds float, float* %0, i64 %794
  %923 = bitcast float* %922 to <8 x float>*
  store <8 x float> %921, <8 x float>* %923, align 4
  %924 = load <8 x float>, <8 x float>* %54, align 32
  %925 = fcmp olt <8 x float> %924, zeroinitializer
  %926 = select <8 x i1> %925, <8 x float> zeroinitializer, <8 x float> %924
  %927 = getelementptr inbounds float, float* %0, i64 %796
  %928 = bitcast float* %927 to <8 x float>*
  store <8 x float> %926, <8 x float>* %928, align 4
  %929 = load <8 x float>, <8 x float>* %53, align 32
  %930 = fcmp olt <8 x float> %929, zeroinitializer
  %931 = select <8 x i1> %930, <8 x float> zeroinitializer, <8 x float> %929
  %932 = getelementptr inbounds float, float* %0, i64 %804
  %933 = bitcast float* %932 to <8 x float>*
  store <8 x float> %931, <8 x float>* %933, align 4
  %934 = load <8 x float>, <8 x float>* %52, align 32
  %935 = fcmp olt <8 x float> %934, zeroinitializer
  %936 = select <8 x i1> %935, <8 x float> zeroinitializer, <8 x float> %934
  %937 = getelementptr inbounds float, float* %0, i64 %806
  %938 = bitcast float* %937 to <8 x float>*
  store <8 x float> %936, <8 x float>* %938, align 4
  %939 = load <8 x float>, <8 x float>* %51, align 32
  %940 = fcmp olt <8 x float> %939, zeroinitializer
  %941 = select <8 x i1> %940, <8 x float> zeroinitializer, <8 x float> %939
  %942 = getelementptr inbounds float, float* %0, i64 %808
  %943 = bitcast float* %942 to <8 x float>*
  store <8 x float> %941, <8 x float>* %943, align 4
  %944 = load <8 x float>, <8 x float>* %50, align 32
  %945 = fcmp olt <8 x float> %944, zeroinitializer
  %946 = select <8 x i1> %945, <8 x float> zeroinitializer, <8 x float> %944
  %947 = getelementptr inbounds float, float* %0, i64 %810
  %948 = bitcast float* %947 to <8 x float>*
  store <8 x float> %946, <8 x float>* %948, align 4
  %949 = load <8 x float>, <8 x float>* %49, align 32
  %950 = fcmp olt <8 x float> %949, zeroinitializer
  %951 = select <8 x i1> %950, <8 x float> zeroinitializer, <8 x float> %949
  %952 = getelementptr inbounds float, float* %0, i64 %812
  %953 = bitcast float* %952 to <8 x float>*
  store <8 x float> %951, <8 x float>* %953, align 4
  %954 = load <8 x float>, <8 x float>* %48, align 32
  %955 = fcmp olt <8 x float> %954, zeroinitializer
  %956 = select <8 x i1> %955, <8 x float> zeroinitializer, <8 x float> %954
  %957 = getelementptr inbounds float, float* %0, i64 %814
  %958 = bitcast float* %957 to <8 x float>*
  store <8 x float> %956, <8 x float>* %958, align 4
  %959 = mul i64 %115, 2
  %960 = add i64 %959, %118
  %961 = add i64 %960, 0
  %962 = mul i64 %961, 10
  %963 = add i64 %962, %112
  %964 = mul i64 %963, 10
  %965 = add i64 %964, 30
  %966 = mul i64 %965, 8
  %967 = add i64 %964, 31
  %968 = mul i64 %967, 8
  %969 = add i64 %964, 32
  %970 = mul i64 %969, 8
  %971 = add i64 %964, 33
  %972 = mul i64 %971, 8
  %973 = add i64 %964, 34
  %974 = mul i64 %973, 8
  %975 = add i64 %964, 35
  %976 = mul i64 %975, 8
  %977 = mul i64 %115, 2
  %978 = add i64 %977, %118
  %979 = add i64 %978, 1
  %980 = mul i64 %979, 10
  %981 = add i64 %980, %112
  %982 = mul i64 %981, 10
  %983 = add i64 %982, 30
  %984 = mul i64 %983, 8
  %985 = add i64 %982, 31
  %986 = mul i64 %985, 8
  %987 = add i64 %982, 32
  %988 = mul i64 %987, 8
  %989 = add i64 %982, 33
  %990 = mul i64 %989, 8
  %991 = add i64 %982, 34
  %992 = mul i64 %991, 8
  %993 = add i64 %982, 35
  %994 = mul i64 %993, 8
  %995 = add i64 %118, 0
  %996 = mul i64 %995, 8
  %997 = getelementptr inbounds float, float* %5, i64 %996
  %998 = bitcast float* %997 to <8 x float>*
  %999 = load <8 x float>, <8 x float>* %998, align 4
  %1000 = add i64 %118, 1
  %1001 = mul i64 %1000, 8
  %1002 = getelementptr inbounds float, float* %5, i64 %1001
  %1003 = bitcast float* %1002 to <8 x float>*
  %1004 = load <8 x float>, <8 x float>* %1003, align 4
  store <8 x float> %999, <8 x float>* %47, align 32
  store <8 x float> %999, <8 x float>* %46, align 32
  store <8 x float> %999, <8 x float>* %45, align 32
  store <8 x float> %999, <8 x float>* %44, align 32
  store <8 x float> %999, <8 x float>* %43, align 32
  store <8 x float> %999, <8 x float>* %42, align 32
  store <8 x float> %1004, <8 x float>* %41, align 32
  store <8 x float> %1004, <8 x float>* %40, align 32
  store <8 x float> %1004, <8 x float>* %39, align 32
  store <8 x float> %1004, <8 x float>* %38, align 32
  store <8 x float> %1004, <8 x float>* %37, align 32
  store <8 x float> %1004, <8 x float>* %36, align 32
  %1005 = add i64 %124, 0
  %1006 = add i64 %122, %1005
  br label %u.header90

kh.header73:                                      ; preds = %kw.exit79, %u.body70
  %kh76 = phi i64 [ 0, %u.body70 ], [ %kh.next88, %kw.exit79 ]
  %1007 = icmp slt i64 %kh76, 5
  br i1 %1007, label %kh.body74, label %kh.exit75

kh.body74:                                        ; preds = %kh.header73
  %1008 = mul i64 %kh76, 14
  %1009 = add i64 %896, %1008
  br label %kw.header77

kh.exit75:                                        ; preds = %kh.header73
  %u.next89 = add i64 %u72, 1
  br label %u.header69

kw.header77:                                      ; preds = %kw.body78, %kh.body74
  %kw80 = phi i64 [ 0, %kh.body74 ], [ %kw.next87, %kw.body78 ]
  %1010 = icmp slt i64 %kw80, 5
  br i1 %1010, label %kw.body78, label %kw.exit79

kw.body78:                                        ; preds = %kw.header77
  %1011 = mul i64 %kw80, 1
  %1012 = add i64 %1009, %1011
  %1013 = mul i64 %kh76, 5
  %1014 = add i64 %1013, %kw80
  %1015 = mul i64 %1014, 8
  %1016 = add i64 %898, %1015
  %1017 = add i64 %1016, 0
  %1018 = getelementptr inbounds float, float* %4, i64 %1017
  %1019 = bitcast float* %1018 to <8 x float>*
  %1020 = load <8 x float>, <8 x float>* %1019, align 4
  %1021 = add i64 %1016, 1200
  %1022 = getelementptr inbounds float, float* %4, i64 %1021
  %1023 = bitcast float* %1022 to <8 x float>*
  %1024 = load <8 x float>, <8 x float>* %1023, align 4
  %1025 = add i64 %1012, 32
  %1026 = getelementptr inbounds float, float* %1, i64 %1025
  %1027 = load float, float* %1026, align 4
  %1028 = insertelement <8 x float> undef, float %1027, i32 0
  %splat81 = shufflevector <8 x float> %1028, <8 x float> undef, <8 x i32> zeroinitializer
  %1029 = load <8 x float>, <8 x float>* %59, align 32
  %1030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1020, <8 x float> %1029)
  store <8 x float> %1030, <8 x float>* %59, align 32
  %1031 = load <8 x float>, <8 x float>* %53, align 32
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1024, <8 x float> %1031)
  store <8 x float> %1032, <8 x float>* %53, align 32
  %1033 = add i64 %1012, 33
  %1034 = getelementptr inbounds float, float* %1, i64 %1033
  %1035 = load float, float* %1034, align 4
  %1036 = insertelement <8 x float> undef, float %1035, i32 0
  %splat82 = shufflevector <8 x float> %1036, <8 x float> undef, <8 x i32> zeroinitializer
  %1037 = load <8 x float>, <8 x float>* %58, align 32
  %1038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1020, <8 x float> %1037)
  store <8 x float> %1038, <8 x float>* %58, align 32
  %1039 = load <8 x float>, <8 x float>* %52, align 32
  %1040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1024, <8 x float> %1039)
  store <8 x float> %1040, <8 x float>* %52, align 32
  %1041 = add i64 %1012, 34
  %1042 = getelementptr inbounds float, float* %1, i64 %1041
  %1043 = load float, float* %1042, align 4
  %1044 = insertelement <8 x float> undef, float %1043, i32 0
  %splat83 = shufflevector <8 x float> %1044, <8 x float> undef, <8 x i32> zeroinitializer
  %1045 = load <8 x float>, <8 x float>* %57, align 32
  %1046 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1020, <8 x float> %1045)
  store <8 x float> %1046, <8 x float>* %57, align 32
  %1047 = load <8 x float>, <8 x float>* %51, align 32
  %1048 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1024, <8 x float> %1047)
  store <8 x float> %1048, <8 x float>* %51, align 32
  %1049 = add i64 %1012, 35
  %1050 = getelementptr inbounds float, float* %1, i64 %1049
  %1051 = load float, float* %1050, align 4
  %1052 = insertelement <8 x float> undef, float %1051, i32 0
  %splat84 = shufflevector <8 x float> %1052, <8 x float> undef, <8 x i32> zeroinitializer
  %1053 = load <8 x float>, <8 x float>* %56, align 32
  %1054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1020, <8 x float> %1053)
  store <8 x float> %1054, <8 x float>* %56, align 32
  %1055 = load <8 x float>, <8 x float>* %50, align 32
  %1056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1024, <8 x float> %1055)
  store <8 x float> %1056, <8 x float>* %50, align 32
  %1057 = add i64 %1012, 36
  %1058 = getelementptr inbounds float, float* %1, i64 %1057
  %1059 = load float, float* %1058, align 4
  %1060 = insertelement <8 x float> undef, float %1059, i32 0
  %splat85 = shufflevector <8 x float> %1060, <8 x float> undef, <8 x i32> zeroinitializer
  %1061 = load <8 x float>, <8 x float>* %55, align 32
  %1062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1020, <8 x float> %1061)
  store <8 x float> %1062, <8 x float>* %55, align 32
  %1063 = load <8 x float>, <8 x float>* %49, align 32
  %1064 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1024, <8 x float> %1063)
  store <8 x float> %1064, <8 x float>* %49, align 32
  %1065 = add i64 %1012, 37
  %1066 = getelementptr inbounds float, float* %1, i64 %1065
  %1067 = load float, float* %1066, align 4
  %1068 = insertelement <8 x float> undef, float %1067, i32 0
  %splat86 = shufflevector <8 x float> %1068, <8 x float> undef, <8 x i32> zeroinitializer
  %1069 = load <8 x float>, <8 x float>* %54, align 32
  %1070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1020, <8 x float> %1069)
  store <8 x float> %1070, <8 x float>* %54, align 32
  %1071 = load <8 x float>, <8 x float>* %48, align 32
  %1072 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1024, <8 x float> %1071)
  store <8 x float> %1072, <8 x float>* %48, align 32
  %kw.next87 = add i64 %kw80, 1
  br label %kw.header77, !llvm.loop !7

kw.exit79:                                        ; preds = %kw.header77
  %kh.next88 = add i64 %kh76, 1
  br label %kh.header73

u.header90:                                       ; preds = %kh.exit96, %u.exit71
  %u93 = phi i64 [ 0, %u.exit71 ], [ %u.next110, %kh.exit96 ]
  %1073 = icmp slt i64 %u93, 6
  br i1 %1073, label %u.body91, label %u.exit92

u.body91:                                         ; preds = %u.header90
  %1074 = add i64 0, %u93
  %1075 = mul i64 %1074, 196
  %1076 = add i64 %1006, %1075
  %1077 = mul i64 %1074, 200
  %1078 = add i64 %123, %1077
  br label %kh.header94

u.exit92:                                         ; preds = %u.header90
  %1079 = load <8 x float>, <8 x float>* %47, align 32
  %1080 = fcmp olt <8 x float> %1079, zeroinitializer
  %1081 = select <8 x i1> %1080, <8 x float> zeroinitializer, <8 x float> %1079
  %1082 = getelementptr inbounds float, float* %0, i64 %966
  %1083 = bitcast float* %1082 to <8 x float>*
  store <8 x float> %1081, <8 x float>* %1083, align 4
  %1084 = load <8 x float>, <8 x float>* %46, align 32
  %1085 = fcmp olt <8 x float> %1084, zeroinitializer
  %1086 = select <8 x i1> %1085, <8 x float> zeroinitializer, <8 x float> %1084
  %1087 = getelementptr inbounds float, float* %0, i64 %968
  %1088 = bitcast float* %1087 to <8 x float>*
  store <8 x float> %1086, <8 x float>* %1088, align 4
  %1089 = load <8 x float>, <8 x float>* %45, align 32
  %1090 = fcmp olt <8 x float> %1089, zeroinitializer
  %1091 = select <8 x i1> %1090, <8 x float> zeroinitializer, <8 x float> %1089
  %1092 = getelementptr inbounds float, float* %0, i64 %970
  %1093 = bitcast float* %1092 to <8 x float>*
  store <8 x float> %1091, <8 x float>* %1093, align 4
  %1094 = load <8 x float>, <8 x float>* %44, align 32
  %1095 = fcmp olt <8 x float> %1094, zeroinitializer
  %1096 = select <8 x i1> %1095, <8 x float> zeroinitializer, <8 x float> %1094
  %1097 = getelementptr inbounds float, float* %0, i64 %972
  %1098 = bitcast float* %1097 to <8 x float>*
  store <8 x float> %1096, <8 x float>* %1098, align 4
  %1099 = load <8 x float>, <8 x float>* %43, align 32
  %1100 = fcmp olt <8 x float> %1099, zeroinitializer
  %1101 = select <8 x i1> %1100, <8 x float> zeroinitializer, <8 x float> %1099
  %1102 = getelementptr inbounds float, float* %0, i64 %974
  %1103 = bitcast float* %1102 to <8 x float>*
  store <8 x float> %1101, <8 x float>* %1103, align 4
  %1104 = load <8 x float>, <8 x float>* %42, align 32
  %1105 = fcmp olt <8 x float> %1104, zeroinitializer
  %1106 = select <8 x i1> %1105, <8 x float> zeroinitializer, <8 x float> %1104
  %1107 = getelementptr inbounds float, float* %0, i64 %976
  %1108 = bitcast float* %1107 to <8 x float>*
  store <8 x float> %1106, <8 x float>* %1108, align 4
  %1109 = load <8 x float>, <8 x float>* %41, align 32
  %1110 = fcmp olt <8 x float> %1109, zeroinitializer
  %1111 = select <8 x i1> %1110, <8 x float> zeroinitializer, <8 x float> %1109
  %1112 = getelementptr inbounds float, float* %0, i64 %984
  %1113 = bitcast float* %1112 to <8 x float>*
  store <8 x float> %1111, <8 x float>* %1113, align 4
  %1114 = load <8 x float>, <8 x float>* %40, align 32
  %1115 = fcmp olt <8 x float> %1114, zeroinitializer
  %1116 = select <8 x i1> %1115, <8 x float> zeroinitializer, <8 x float> %1114
  %1117 = getelementptr inbounds float, float* %0, i64 %986
  %1118 = bitcast float* %1117 to <8 x float>*
  store <8 x float> %1116, <8 x float>* %1118, align 4
  %1119 = load <8 x float>, <8 x float>* %39, align 32
  %1120 = fcmp olt <8 x float> %1119, zeroinitializer
  %1121 = select <8 x i1> %1120, <8 x float> zeroinitializer, <8 x float> %1119
  %1122 = getelementptr inbounds float, float* %0, i64 %988
  %1123 = bitcast float* %1122 to <8 x float>*
  store <8 x float> %1121, <8 x float>* %1123, align 4
  %1124 = load <8 x float>, <8 x float>* %38, align 32
  %1125 = fcmp olt <8 x float> %1124, zeroinitializer
  %1126 = select <8 x i1> %1125, <8 x float> zeroinitializer, <8 x float> %1124
  %1127 = getelementptr inbounds float, float* %0, i64 %990
  %1128 = bitcast float* %1127 to <8 x float>*
  store <8 x float> %1126, <8 x float>* %1128, align 4
  %1129 = load <8 x float>, <8 x float>* %37, align 32
  %1130 = fcmp olt <8 x float> %1129, zeroinitializer
  %1131 = select <8 x i1> %1130, <8 x float> zeroinitializer, <8 x float> %1129
  %1132 = getelementptr inbounds float, float* %0, i64 %992
  %1133 = bitcast float* %1132 to <8 x float>*
  store <8 x float> %1131, <8 x float>* %1133, align 4
  %1134 = load <8 x float>, <8 x float>* %36, align 32
  %1135 = fcmp olt <8 x float> %1134, zeroinitializer
  %1136 = select <8 x i1> %1135, <8 x float> zeroinitializer, <8 x float> %1134
  %1137 = getelementptr inbounds float, float* %0, i64 %994
  %1138 = bitcast float* %1137 to <8 x float>*
  store <8 x float> %1136, <8 x float>* %1138, align 4
  %1139 = mul i64 %115, 2
  %1140 = add i64 %1139, %118
  %1141 = add i64 %1140, 0
  %1142 = mul i64 %1141, 10
  %1143 = add i64 %1142, %112
  %1144 = mul i64 %1143, 10
  %1145 = add i64 %1144, 36
  %1146 = mul i64 %1145, 8
  %1147 = add i64 %1144, 37
  %1148 = mul i64 %1147, 8
  %1149 = add i64 %1144, 38
  %1150 = mul i64 %1149, 8
  %1151 = add i64 %1144, 39
  %1152 = mul i64 %1151, 8
  %1153 = add i64 %1144, 40
  %1154 = mul i64 %1153, 8
  %1155 = add i64 %1144, 41
  %1156 = mul i64 %1155, 8
  %1157 = mul i64 %115, 2
  %1158 = add i64 %1157, %118
  %1159 = add i64 %1158, 1
  %1160 = mul i64 %1159, 10
  %1161 = add i64 %1160, %112
  %1162 = mul i64 %1161, 10
  %1163 = add i64 %1162, 36
  %1164 = mul i64 %1163, 8
  %1165 = add i64 %1162, 37
  %1166 = mul i64 %1165, 8
  %1167 = add i64 %1162, 38
  %1168 = mul i64 %1167, 8
  %1169 = add i64 %1162, 39
  %1170 = mul i64 %1169, 8
  %1171 = add i64 %1162, 40
  %1172 = mul i64 %1171, 8
  %1173 = add i64 %1162, 41
  %1174 = mul i64 %1173, 8
  %1175 = add i64 %118, 0
  %1176 = mul i64 %1175, 8
  %1177 = getelementptr inbounds float, float* %5, i64 %1176
  %1178 = bitcast float* %1177 to <8 x float>*
  %1179 = load <8 x float>, <8 x float>* %1178, align 4
  %1180 = add i64 %118, 1
  %1181 = mul i64 %1180, 8
  %1182 = getelementptr inbounds float, float* %5, i64 %1181
  %1183 = bitcast float* %1182 to <8 x float>*
  %1184 = load <8 x float>, <8 x float>* %1183, align 4
  store <8 x float> %1179, <8 x float>* %35, align 32
  store <8 x float> %1179, <8 x float>* %34, align 32
  store <8 x float> %1179, <8 x float>* %33, align 32
  store <8 x float> %1179, <8 x float>* %32, align 32
  store <8 x float> %1179, <8 x float>* %31, align 32
  store <8 x float> %1179, <8 x float>* %30, align 32
  store <8 x float> %1184, <8 x float>* %29, align 32
  store <8 x float> %1184, <8 x float>* %28, align 32
  store <8 x float> %1184, <8 x float>* %27, align 32
  store <8 x float> %1184, <8 x float>* %26, align 32
  store <8 x float> %1184, <8 x float>* %25, align 32
  store <8 x float> %1184, <8 x float>* %24, align 32
  %1185 = add i64 %124, 0
  %1186 = add i64 %122, %1185
  br label %u.header111

kh.header94:                                      ; preds = %kw.exit100, %u.body91
  %kh97 = phi i64 [ 0, %u.body91 ], [ %kh.next109, %kw.exit100 ]
  %1187 = icmp slt i64 %kh97, 5
  br i1 %1187, label %kh.body95, label %kh.exit96

kh.body95:                                        ; preds = %kh.header94
  %1188 = mul i64 %kh97, 14
  %1189 = add i64 %1076, %1188
  br label %kw.header98

kh.exit96:                                        ; preds = %kh.header94
  %u.next110 = add i64 %u93, 1
  br label %u.header90

kw.header98:                                      ; preds = %kw.body99, %kh.body95
  %kw101 = phi i64 [ 0, %kh.body95 ], [ %kw.next108, %kw.body99 ]
  %1190 = icmp slt i64 %kw101, 5
  br i1 %1190, label %kw.body99, label %kw.exit100

kw.body99:                                        ; preds = %kw.header98
  %1191 = mul i64 %kw101, 1
  %1192 = add i64 %1189, %1191
  %1193 = mul i64 %kh97, 5
  %1194 = add i64 %1193, %kw101
  %1195 = mul i64 %1194, 8
  %1196 = add i64 %1078, %1195
  %1197 = add i64 %1196, 0
  %1198 = getelementptr inbounds float, float* %4, i64 %1197
  %1199 = bitcast float* %1198 to <8 x float>*
  %1200 = load <8 x float>, <8 x float>* %1199, align 4
  %1201 = add i64 %1196, 1200
  %1202 = getelementptr inbounds float, float* %4, i64 %1201
  %1203 = bitcast float* %1202 to <8 x float>*
  %1204 = load <8 x float>, <8 x float>* %1203, align 4
  %1205 = add i64 %1192, 42
  %1206 = getelementptr inbounds float, float* %1, i64 %1205
  %1207 = load float, float* %1206, align 4
  %1208 = insertelement <8 x float> undef, float %1207, i32 0
  %splat102 = shufflevector <8 x float> %1208, <8 x float> undef, <8 x i32> zeroinitializer
  %1209 = load <8 x float>, <8 x float>* %47, align 32
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1200, <8 x float> %1209)
  store <8 x float> %1210, <8 x float>* %47, align 32
  %1211 = load <8 x float>, <8 x float>* %41, align 32
  %1212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1204, <8 x float> %1211)
  store <8 x float> %1212, <8 x float>* %41, align 32
  %1213 = add i64 %1192, 43
  %1214 = getelementptr inbounds float, float* %1, i64 %1213
  %1215 = load float, float* %1214, align 4
  %1216 = insertelement <8 x float> undef, float %1215, i32 0
  %splat103 = shufflevector <8 x float> %1216, <8 x float> undef, <8 x i32> zeroinitializer
  %1217 = load <8 x float>, <8 x float>* %46, align 32
  %1218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1200, <8 x float> %1217)
  store <8 x float> %1218, <8 x float>* %46, align 32
  %1219 = load <8 x float>, <8 x float>* %40, align 32
  %1220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1204, <8 x float> %1219)
  store <8 x float> %1220, <8 x float>* %40, align 32
  %1221 = add i64 %1192, 44
  %1222 = getelementptr inbounds float, float* %1, i64 %1221
  %1223 = load float, float* %1222, align 4
  %1224 = insertelement <8 x float> undef, float %1223, i32 0
  %splat104 = shufflevector <8 x float> %1224, <8 x float> undef, <8 x i32> zeroinitializer
  %1225 = load <8 x float>, <8 x float>* %45, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1200, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %45, align 32
  %1227 = load <8 x float>, <8 x float>* %39, align 32
  %1228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1204, <8 x float> %1227)
  store <8 x float> %1228, <8 x float>* %39, align 32
  %1229 = add i64 %1192, 45
  %1230 = getelementptr inbounds float, float* %1, i64 %1229
  %1231 = load float, float* %1230, align 4
  %1232 = insertelement <8 x float> undef, float %1231, i32 0
  %splat105 = shufflevector <8 x float> %1232, <8 x float> undef, <8 x i32> zeroinitializer
  %1233 = load <8 x float>, <8 x float>* %44, align 32
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1200, <8 x float> %1233)
  store <8 x float> %1234, <8 x float>* %44, align 32
  %1235 = load <8 x float>, <8 x float>* %38, align 32
  %1236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1204, <8 x float> %1235)
  store <8 x float> %1236, <8 x float>* %38, align 32
  %1237 = add i64 %1192, 46
  %1238 = getelementptr inbounds float, float* %1, i64 %1237
  %1239 = load float, float* %1238, align 4
  %1240 = insertelement <8 x float> undef, float %1239, i32 0
  %splat106 = shufflevector <8 x float> %1240, <8 x float> undef, <8 x i32> zeroinitializer
  %1241 = load <8 x float>, <8 x float>* %43, align 32
  %1242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1200, <8 x float> %1241)
  store <8 x float> %1242, <8 x float>* %43, align 32
  %1243 = load <8 x float>, <8 x float>* %37, align 32
  %1244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1204, <8 x float> %1243)
  store <8 x float> %1244, <8 x float>* %37, align 32
  %1245 = add i64 %1192, 47
  %1246 = getelementptr inbounds float, float* %1, i64 %1245
  %1247 = load float, float* %1246, align 4
  %1248 = insertelement <8 x float> undef, float %1247, i32 0
  %splat107 = shufflevector <8 x float> %1248, <8 x float> undef, <8 x i32> zeroinitializer
  %1249 = load <8 x float>, <8 x float>* %42, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1200, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %42, align 32
  %1251 = load <8 x float>, <8 x float>* %36, align 32
  %1252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1204, <8 x float> %1251)
  store <8 x float> %1252, <8 x float>* %36, align 32
  %kw.next108 = add i64 %kw101, 1
  br label %kw.header98, !llvm.loop !8

kw.exit100:                                       ; preds = %kw.header98
  %kh.next109 = add i64 %kh97, 1
  br label %kh.header94

u.header111:                                      ; preds = %kh.exit117, %u.exit92
  %u114 = phi i64 [ 0, %u.exit92 ], [ %u.next131, %kh.exit117 ]
  %1253 = icmp slt i64 %u114, 6
  br i1 %1253, label %u.body112, label %u.exit113

u.body112:                                        ; preds = %u.header111
  %1254 = add i64 0, %u114
  %1255 = mul i64 %1254, 196
  %1256 = add i64 %1186, %1255
  %1257 = mul i64 %1254, 200
  %1258 = add i64 %123, %1257
  br label %kh.header115

u.exit113:                                        ; preds = %u.header111
  %1259 = load <8 x float>, <8 x float>* %35, align 32
  %1260 = fcmp olt <8 x float> %1259, zeroinitializer
  %1261 = select <8 x i1> %1260, <8 x float> zeroinitializer, <8 x float> %1259
  %1262 = getelementptr inbounds float, float* %0, i64 %1146
  %1263 = bitcast float* %1262 to <8 x float>*
  store <8 x float> %1261, <8 x float>* %1263, align 4
  %1264 = load <8 x float>, <8 x float>* %34, align 32
  %1265 = fcmp olt <8 x float> %1264, zeroinitializer
  %1266 = select <8 x i1> %1265, <8 x float> zeroinitializer, <8 x float> %1264
  %1267 = getelementptr inbounds float, float* %0, i64 %1148
  %1268 = bitcast float* %1267 to <8 x float>*
  store <8 x float> %1266, <8 x float>* %1268, align 4
  %1269 = load <8 x float>, <8 x float>* %33, align 32
  %1270 = fcmp olt <8 x float> %1269, zeroinitializer
  %1271 = select <8 x i1> %1270, <8 x float> zeroinitializer, <8 x float> %1269
  %1272 = getelementptr inbounds float, float* %0, i64 %1150
  %1273 = bitcast float* %1272 to <8 x float>*
  store <8 x float> %1271, <8 x float>* %1273, align 4
  %1274 = load <8 x float>, <8 x float>* %32, align 32
  %1275 = fcmp olt <8 x float> %1274, zeroinitializer
  %1276 = select <8 x i1> %1275, <8 x float> zeroinitializer, <8 x float> %1274
  %1277 = getelementptr inbounds float, float* %0, i64 %1152
  %1278 = bitcast float* %1277 to <8 x float>*
  store <8 x float> %1276, <8 x float>* %1278, align 4
  %1279 = load <8 x float>, <8 x float>* %31, align 32
  %1280 = fcmp olt <8 x float> %1279, zeroinitializer
  %1281 = select <8 x i1> %1280, <8 x float> zeroinitializer, <8 x float> %1279
  %1282 = getelementptr inbounds float, float* %0, i64 %1154
  %1283 = bitcast float* %1282 to <8 x float>*
  store <8 x float> %1281, <8 x float>* %1283, align 4
  %1284 = load <8 x float>, <8 x float>* %30, align 32
  %1285 = fcmp olt <8 x float> %1284, zeroinitializer
  %1286 = select <8 x i1> %1285, <8 x float> zeroinitializer, <8 x float> %1284
  %1287 = getelementptr inbounds float, float* %0, i64 %1156
  %1288 = bitcast float* %1287 to <8 x float>*
  store <8 x float> %1286, <8 x float>* %1288, align 4
  %1289 = load <8 x float>, <8 x float>* %29, align 32
  %1290 = fcmp olt <8 x float> %1289, zeroinitializer
  %1291 = select <8 x i1> %1290, <8 x float> zeroinitializer, <8 x float> %1289
  %1292 = getelementptr inbounds float, float* %0, i64 %1164
  %1293 = bitcast float* %1292 to <8 x float>*
  store <8 x float> %1291, <8 x float>* %1293, align 4
  %1294 = load <8 x float>, <8 x float>* %28, align 32
  %1295 = fcmp olt <8 x float> %1294, zeroinitializer
  %1296 = select <8 x i1> %1295, <8 x float> zeroinitializer, <8 x float> %1294
  %1297 = getelementptr inbounds float, float* %0, i64 %1166
  %1298 = bitcast float* %1297 to <8 x float>*
  store <8 x float> %1296, <8 x float>* %1298, align 4
  %1299 = load <8 x float>, <8 x float>* %27, align 32
  %1300 = fcmp olt <8 x float> %1299, zeroinitializer
  %1301 = select <8 x i1> %1300, <8 x float> zeroinitializer, <8 x float> %1299
  %1302 = getelementptr inbounds float, float* %0, i64 %1168
  %1303 = bitcast float* %1302 to <8 x float>*
  store <8 x float> %1301, <8 x float>* %1303, align 4
  %1304 = load <8 x float>, <8 x float>* %26, align 32
  %1305 = fcmp olt <8 x float> %1304, zeroinitializer
  %1306 = select <8 x i1> %1305, <8 x float> zeroinitializer, <8 x float> %1304
  %1307 = getelementptr inbounds float, float* %0, i64 %1170
  %1308 = bitcast float* %1307 to <8 x float>*
  store <8 x float> %1306, <8 x float>* %1308, align 4
  %1309 = load <8 x float>, <8 x float>* %25, align 32
  %1310 = fcmp olt <8 x float> %1309, zeroinitializer
  %1311 = select <8 x i1> %1310, <8 x float> zeroinitializer, <8 x float> %1309
  %1312 = getelementptr inbounds float, float* %0, i64 %1172
  %1313 = bitcast float* %1312 to <8 x float>*
  store <8 x float> %1311, <8 x float>* %1313, align 4
  %1314 = load <8 x float>, <8 x float>* %24, align 32
  %1315 = fcmp olt <8 x float> %1314, zeroinitializer
  %1316 = select <8 x i1> %1315, <8 x float> zeroinitializer, <8 x float> %1314
  %1317 = getelementptr inbounds float, float* %0, i64 %1174
  %1318 = bitcast float* %1317 to <8 x float>*
  store <8 x float> %1316, <8 x float>* %1318, align 4
  %1319 = mul i64 %115, 2
  %1320 = add i64 %1319, %118
  %1321 = add i64 %1320, 0
  %1322 = mul i64 %1321, 10
  %1323 = add i64 %1322, %112
  %1324 = mul i64 %1323, 10
  %1325 = add i64 %1324, 42
  %1326 = mul i64 %1325, 8
  %1327 = add i64 %1324, 43
  %1328 = mul i64 %1327, 8
  %1329 = add i64 %1324, 44
  %1330 = mul i64 %1329, 8
  %1331 = add i64 %1324, 45
  %1332 = mul i64 %1331, 8
  %1333 = add i64 %1324, 46
  %1334 = mul i64 %1333, 8
  %1335 = add i64 %1324, 47
  %1336 = mul i64 %1335, 8
  %1337 = mul i64 %115, 2
  %1338 = add i64 %1337, %118
  %1339 = add i64 %1338, 1
  %1340 = mul i64 %1339, 10
  %1341 = add i64 %1340, %112
  %1342 = mul i64 %1341, 10
  %1343 = add i64 %1342, 42
  %1344 = mul i64 %1343, 8
  %1345 = add i64 %1342, 43
  %1346 = mul i64 %1345, 8
  %1347 = add i64 %1342, 44
  %1348 = mul i64 %1347, 8
  %1349 = add i64 %1342, 45
  %1350 = mul i64 %1349, 8
  %1351 = add i64 %1342, 46
  %1352 = mul i64 %1351, 8
  %1353 = add i64 %1342, 47
  %1354 = mul i64 %1353, 8
  %1355 = add i64 %118, 0
  %1356 = mul i64 %1355, 8
  %1357 = getelementptr inbounds float, float* %5, i64 %1356
  %1358 = bitcast float* %1357 to <8 x float>*
  %1359 = load <8 x float>, <8 x float>* %1358, align 4
  %1360 = add i64 %118, 1
  %1361 = mul i64 %1360, 8
  %1362 = getelementptr inbounds float, float* %5, i64 %1361
  %1363 = bitcast float* %1362 to <8 x float>*
  %1364 = load <8 x float>, <8 x float>* %1363, align 4
  store <8 x float> %1359, <8 x float>* %23, align 32
  store <8 x float> %1359, <8 x float>* %22, align 32
  store <8 x float> %1359, <8 x float>* %21, align 32
  store <8 x float> %1359, <8 x float>* %20, align 32
  store <8 x float> %1359, <8 x float>* %19, align 32
  store <8 x float> %1359, <8 x float>* %18, align 32
  store <8 x float> %1364, <8 x float>* %17, align 32
  store <8 x float> %1364, <8 x float>* %16, align 32
  store <8 x float> %1364, <8 x float>* %15, align 32
  store <8 x float> %1364, <8 x float>* %14, align 32
  store <8 x float> %1364, <8 x float>* %13, align 32
  store <8 x float> %1364, <8 x float>* %12, align 32
  %1365 = add i64 %124, 0
  %1366 = add i64 %122, %1365
  br label %u.header132

kh.header115:                                     ; preds = %kw.exit121, %u.body112
  %kh118 = phi i64 [ 0, %u.body112 ], [ %kh.next130, %kw.exit121 ]
  %1367 = icmp slt i64 %kh118, 5
  br i1 %1367, label %kh.body116, label %kh.exit117

kh.body116:                                       ; preds = %kh.header115
  %1368 = mul i64 %kh118, 14
  %1369 = add i64 %1256, %1368
  br label %kw.header119

kh.exit117:                                       ; preds = %kh.header115
  %u.next131 = add i64 %u114, 1
  br label %u.header111

kw.header119:                                     ; preds = %kw.body120, %kh.body116
  %kw122 = phi i64 [ 0, %kh.body116 ], [ %kw.next129, %kw.body120 ]
  %1370 = icmp slt i64 %kw122, 5
  br i1 %1370, label %kw.body120, label %kw.exit121

kw.body120:                                       ; preds = %kw.header119
  %1371 = mul i64 %kw122, 1
  %1372 = add i64 %1369, %1371
  %1373 = mul i64 %kh118, 5
  %1374 = add i64 %1373, %kw122
  %1375 = mul i64 %1374, 8
  %1376 = add i64 %1258, %1375
  %1377 = add i64 %1376, 0
  %1378 = getelementptr inbounds float, float* %4, i64 %1377
  %1379 = bitcast float* %1378 to <8 x float>*
  %1380 = load <8 x float>, <8 x float>* %1379, align 4
  %1381 = add i64 %1376, 1200
  %1382 = getelementptr inbounds float, float* %4, i64 %1381
  %1383 = bitcast float* %1382 to <8 x float>*
  %1384 = load <8 x float>, <8 x float>* %1383, align 4
  %1385 = add i64 %1372, 48
  %1386 = getelementptr inbounds float, float* %1, i64 %1385
  %1387 = load float, float* %1386, align 4
  %1388 = insertelement <8 x float> undef, float %1387, i32 0
  %splat123 = shufflevector <8 x float> %1388, <8 x float> undef, <8 x i32> zeroinitializer
  %1389 = load <8 x float>, <8 x float>* %35, align 32
  %1390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1380, <8 x float> %1389)
  store <8 x float> %1390, <8 x float>* %35, align 32
  %1391 = load <8 x float>, <8 x float>* %29, align 32
  %1392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1384, <8 x float> %1391)
  store <8 x float> %1392, <8 x float>* %29, align 32
  %1393 = add i64 %1372, 49
  %1394 = getelementptr inbounds float, float* %1, i64 %1393
  %1395 = load float, float* %1394, align 4
  %1396 = insertelement <8 x float> undef, float %1395, i32 0
  %splat124 = shufflevector <8 x float> %1396, <8 x float> undef, <8 x i32> zeroinitializer
  %1397 = load <8 x float>, <8 x float>* %34, align 32
  %1398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1380, <8 x float> %1397)
  store <8 x float> %1398, <8 x float>* %34, align 32
  %1399 = load <8 x float>, <8 x float>* %28, align 32
  %1400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1384, <8 x float> %1399)
  store <8 x float> %1400, <8 x float>* %28, align 32
  %1401 = add i64 %1372, 50
  %1402 = getelementptr inbounds float, float* %1, i64 %1401
  %1403 = load float, float* %1402, align 4
  %1404 = insertelement <8 x float> undef, float %1403, i32 0
  %splat125 = shufflevector <8 x float> %1404, <8 x float> undef, <8 x i32> zeroinitializer
  %1405 = load <8 x float>, <8 x float>* %33, align 32
  %1406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1380, <8 x float> %1405)
  store <8 x float> %1406, <8 x float>* %33, align 32
  %1407 = load <8 x float>, <8 x float>* %27, align 32
  %1408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1384, <8 x float> %1407)
  store <8 x float> %1408, <8 x float>* %27, align 32
  %1409 = add i64 %1372, 51
  %1410 = getelementptr inbounds float, float* %1, i64 %1409
  %1411 = load float, float* %1410, align 4
  %1412 = insertelement <8 x float> undef, float %1411, i32 0
  %splat126 = shufflevector <8 x float> %1412, <8 x float> undef, <8 x i32> zeroinitializer
  %1413 = load <8 x float>, <8 x float>* %32, align 32
  %1414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1380, <8 x float> %1413)
  store <8 x float> %1414, <8 x float>* %32, align 32
  %1415 = load <8 x float>, <8 x float>* %26, align 32
  %1416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1384, <8 x float> %1415)
  store <8 x float> %1416, <8 x float>* %26, align 32
  %1417 = add i64 %1372, 56
  %1418 = getelementptr inbounds float, float* %1, i64 %1417
  %1419 = load float, float* %1418, align 4
  %1420 = insertelement <8 x float> undef, float %1419, i32 0
  %splat127 = shufflevector <8 x float> %1420, <8 x float> undef, <8 x i32> zeroinitializer
  %1421 = load <8 x float>, <8 x float>* %31, align 32
  %1422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1380, <8 x float> %1421)
  store <8 x float> %1422, <8 x float>* %31, align 32
  %1423 = load <8 x float>, <8 x float>* %25, align 32
  %1424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1384, <8 x float> %1423)
  store <8 x float> %1424, <8 x float>* %25, align 32
  %1425 = add i64 %1372, 57
  %1426 = getelementptr inbounds float, float* %1, i64 %1425
  %1427 = load float, float* %1426, align 4
  %1428 = insertelement <8 x float> undef, float %1427, i32 0
  %splat128 = shufflevector <8 x float> %1428, <8 x float> undef, <8 x i32> zeroinitializer
  %1429 = load <8 x float>, <8 x float>* %30, align 32
  %1430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1380, <8 x float> %1429)
  store <8 x float> %1430, <8 x float>* %30, align 32
  %1431 = load <8 x float>, <8 x float>* %24, align 32
  %1432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1384, <8 x float> %1431)
  store <8 x float> %1432, <8 x float>* %24, align 32
  %kw.next129 = add i64 %kw122, 1
  br label %kw.header119, !llvm.loop !9

kw.exit121:                                       ; preds = %kw.header119
  %kh.next130 = add i64 %kh118, 1
  br label %kh.header115

u.header132:                                      ; preds = %kh.exit138, %u.exit113
  %u135 = phi i64 [ 0, %u.exit113 ], [ %u.next152, %kh.exit138 ]
  %1433 = icmp slt i64 %u135, 6
  br i1 %1433, label %u.body133, label %u.exit134

u.body133:                                        ; preds = %u.header132
  %1434 = add i64 0, %u135
  %1435 = mul i64 %1434, 196
  %1436 = add i64 %1366, %1435
  %1437 = mul i64 %1434, 200
  %1438 = add i64 %123, %1437
  br label %kh.header136

u.exit134:                                        ; preds = %u.header132
  %1439 = load <8 x float>, <8 x float>* %23, align 32
  %1440 = fcmp olt <8 x float> %1439, zeroinitializer
  %1441 = select <8 x i1> %1440, <8 x float> zeroinitializer, <8 x float> %1439
  %1442 = getelementptr inbounds float, float* %0, i64 %1326
  %1443 = bitcast float* %1442 to <8 x float>*
  store <8 x float> %1441, <8 x float>* %1443, align 4
  %1444 = load <8 x float>, <8 x float>* %22, align 32
  %1445 = fcmp olt <8 x float> %1444, zeroinitializer
  %1446 = select <8 x i1> %1445, <8 x float> zeroinitializer, <8 x float> %1444
  %1447 = getelementptr inbounds float, float* %0, i64 %1328
  %1448 = bitcast float* %1447 to <8 x float>*
  store <8 x float> %1446, <8 x float>* %1448, align 4
  %1449 = load <8 x float>, <8 x float>* %21, align 32
  %1450 = fcmp olt <8 x float> %1449, zeroinitializer
  %1451 = select <8 x i1> %1450, <8 x float> zeroinitializer, <8 x float> %1449
  %1452 = getelementptr inbounds float, float* %0, i64 %1330
  %1453 = bitcast float* %1452 to <8 x float>*
  store <8 x float> %1451, <8 x float>* %1453, align 4
  %1454 = load <8 x float>, <8 x float>* %20, align 32
  %1455 = fcmp olt <8 x float> %1454, zeroinitializer
  %1456 = select <8 x i1> %1455, <8 x float> zeroinitializer, <8 x float> %1454
  %1457 = getelementptr inbounds float, float* %0, i64 %1332
  %1458 = bitcast float* %1457 to <8 x float>*
  store <8 x float> %1456, <8 x float>* %1458, align 4
  %1459 = load <8 x float>, <8 x float>* %19, align 32
  %1460 = fcmp olt <8 x float> %1459, zeroinitializer
  %1461 = select <8 x i1> %1460, <8 x float> zeroinitializer, <8 x float> %1459
  %1462 = getelementptr inbounds float, float* %0, i64 %1334
  %1463 = bitcast float* %1462 to <8 x float>*
  store <8 x float> %1461, <8 x float>* %1463, align 4
  %1464 = load <8 x float>, <8 x float>* %18, align 32
  %1465 = fcmp olt <8 x float> %1464, zeroinitializer
  %1466 = select <8 x i1> %1465, <8 x float> zeroinitializer, <8 x float> %1464
  %1467 = getelementptr inbounds float, float* %0, i64 %1336
  %1468 = bitcast float* %1467 to <8 x float>*
  store <8 x float> %1466, <8 x float>* %1468, align 4
  %1469 = load <8 x float>, <8 x float>* %17, align 32
  %1470 = fcmp olt <8 x float> %1469, zeroinitializer
  %1471 = select <8 x i1> %1470, <8 x float> zeroinitializer, <8 x float> %1469
  %1472 = getelementptr inbounds float, float* %0, i64 %1344
  %1473 = bitcast float* %1472 to <8 x float>*
  store <8 x float> %1471, <8 x float>* %1473, align 4
  %1474 = load <8 x float>, <8 x float>* %16, align 32
  %1475 = fcmp olt <8 x float> %1474, zeroinitializer
  %1476 = select <8 x i1> %1475, <8 x float> zeroinitializer, <8 x float> %1474
  %1477 = getelementptr inbounds float, float* %0, i64 %1346
  %1478 = bitcast float* %1477 to <8 x float>*
  store <8 x float> %1476, <8 x float>* %1478, align 4
  %1479 = load <8 x float>, <8 x float>* %15, align 32
  %1480 = fcmp olt <8 x float> %1479, zeroinitializer
  %1481 = select <8 x i1> %1480, <8 x float> zeroinitializer, <8 x float> %1479
  %1482 = getelementptr inbounds float, float* %0, i64 %1348
  %1483 = bitcast float* %1482 to <8 x float>*
  store <8 x float> %1481, <8 x float>* %1483, align 4
  %1484 = load <8 x float>, <8 x float>* %14, align 32
  %1485 = fcmp olt <8 x float> %1484, zeroinitializer
  %1486 = select <8 x i1> %1485, <8 x float> zeroinitializer, <8 x float> %1484
  %1487 = getelementptr inbounds float, float* %0, i64 %1350
  %1488 = bitcast float* %1487 to <8 x float>*
  store <8 x float> %1486, <8 x float>* %1488, align 4
  %1489 = load <8 x float>, <8 x float>* %13, align 32
  %1490 = fcmp olt <8 x float> %1489, zeroinitializer
  %1491 = select <8 x i1> %1490, <8 x float> zeroinitializer, <8 x float> %1489
  %1492 = getelementptr inbounds float, float* %0, i64 %1352
  %1493 = bitcast float* %1492 to <8 x float>*
  store <8 x float> %1491, <8 x float>* %1493, align 4
  %1494 = load <8 x float>, <8 x float>* %12, align 32
  %1495 = fcmp olt <8 x float> %1494, zeroinitializer
  %1496 = select <8 x i1> %1495, <8 x float> zeroinitializer, <8 x float> %1494
  %1497 = getelementptr inbounds float, float* %0, i64 %1354
  %1498 = bitcast float* %1497 to <8 x float>*
  store <8 x float> %1496, <8 x float>* %1498, align 4
  %1499 = mul i64 %115, 2
  %1500 = add i64 %1499, %118
  %1501 = add i64 %1500, 0
  %1502 = mul i64 %1501, 10
  %1503 = add i64 %1502, %112
  %1504 = mul i64 %1503, 10
  %1505 = add i64 %1504, 48
  %1506 = mul i64 %1505, 8
  %1507 = add i64 %1504, 49
  %1508 = mul i64 %1507, 8
  %1509 = mul i64 %115, 2
  %1510 = add i64 %1509, %118
  %1511 = add i64 %1510, 1
  %1512 = mul i64 %1511, 10
  %1513 = add i64 %1512, %112
  %1514 = mul i64 %1513, 10
  %1515 = add i64 %1514, 48
  %1516 = mul i64 %1515, 8
  %1517 = add i64 %1514, 49
  %1518 = mul i64 %1517, 8
  %1519 = add i64 %118, 0
  %1520 = mul i64 %1519, 8
  %1521 = getelementptr inbounds float, float* %5, i64 %1520
  %1522 = bitcast float* %1521 to <8 x float>*
  %1523 = load <8 x float>, <8 x float>* %1522, align 4
  %1524 = add i64 %118, 1
  %1525 = mul i64 %1524, 8
  %1526 = getelementptr inbounds float, float* %5, i64 %1525
  %1527 = bitcast float* %1526 to <8 x float>*
  %1528 = load <8 x float>, <8 x float>* %1527, align 4
  store <8 x float> %1523, <8 x float>* %11, align 32
  store <8 x float> %1523, <8 x float>* %10, align 32
  store <8 x float> %1528, <8 x float>* %9, align 32
  store <8 x float> %1528, <8 x float>* %8, align 32
  %1529 = add i64 %124, 0
  %1530 = add i64 %122, %1529
  br label %u.header153

kh.header136:                                     ; preds = %kw.exit142, %u.body133
  %kh139 = phi i64 [ 0, %u.body133 ], [ %kh.next151, %kw.exit142 ]
  %1531 = icmp slt i64 %kh139, 5
  br i1 %1531, label %kh.body137, label %kh.exit138

kh.body137:                                       ; preds = %kh.header136
  %1532 = mul i64 %kh139, 14
  %1533 = add i64 %1436, %1532
  br label %kw.header140

kh.exit138:                                       ; preds = %kh.header136
  %u.next152 = add i64 %u135, 1
  br label %u.header132

kw.header140:                                     ; preds = %kw.body141, %kh.body137
  %kw143 = phi i64 [ 0, %kh.body137 ], [ %kw.next150, %kw.body141 ]
  %1534 = icmp slt i64 %kw143, 5
  br i1 %1534, label %kw.body141, label %kw.exit142

kw.body141:                                       ; preds = %kw.header140
  %1535 = mul i64 %kw143, 1
  %1536 = add i64 %1533, %1535
  %1537 = mul i64 %kh139, 5
  %1538 = add i64 %1537, %kw143
  %1539 = mul i64 %1538, 8
  %1540 = add i64 %1438, %1539
  %1541 = add i64 %1540, 0
  %1542 = getelementptr inbounds float, float* %4, i64 %1541
  %1543 = bitcast float* %1542 to <8 x float>*
  %1544 = load <8 x float>, <8 x float>* %1543, align 4
  %1545 = add i64 %1540, 1200
  %1546 = getelementptr inbounds float, float* %4, i64 %1545
  %1547 = bitcast float* %1546 to <8 x float>*
  %1548 = load <8 x float>, <8 x float>* %1547, align 4
  %1549 = add i64 %1536, 58
  %1550 = getelementptr inbounds float, float* %1, i64 %1549
  %1551 = load float, float* %1550, align 4
  %1552 = insertelement <8 x float> undef, float %1551, i32 0
  %splat144 = shufflevector <8 x float> %1552, <8 x float> undef, <8 x i32> zeroinitializer
  %1553 = load <8 x float>, <8 x float>* %23, align 32
  %1554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1544, <8 x float> %1553)
  store <8 x float> %1554, <8 x float>* %23, align 32
  %1555 = load <8 x float>, <8 x float>* %17, align 32
  %1556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1548, <8 x float> %1555)
  store <8 x float> %1556, <8 x float>* %17, align 32
  %1557 = add i64 %1536, 59
  %1558 = getelementptr inbounds float, float* %1, i64 %1557
  %1559 = load float, float* %1558, align 4
  %1560 = insertelement <8 x float> undef, float %1559, i32 0
  %splat145 = shufflevector <8 x float> %1560, <8 x float> undef, <8 x i32> zeroinitializer
  %1561 = load <8 x float>, <8 x float>* %22, align 32
  %1562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1544, <8 x float> %1561)
  store <8 x float> %1562, <8 x float>* %22, align 32
  %1563 = load <8 x float>, <8 x float>* %16, align 32
  %1564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1548, <8 x float> %1563)
  store <8 x float> %1564, <8 x float>* %16, align 32
  %1565 = add i64 %1536, 60
  %1566 = getelementptr inbounds float, float* %1, i64 %1565
  %1567 = load float, float* %1566, align 4
  %1568 = insertelement <8 x float> undef, float %1567, i32 0
  %splat146 = shufflevector <8 x float> %1568, <8 x float> undef, <8 x i32> zeroinitializer
  %1569 = load <8 x float>, <8 x float>* %21, align 32
  %1570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1544, <8 x float> %1569)
  store <8 x float> %1570, <8 x float>* %21, align 32
  %1571 = load <8 x float>, <8 x float>* %15, align 32
  %1572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1548, <8 x float> %1571)
  store <8 x float> %1572, <8 x float>* %15, align 32
  %1573 = add i64 %1536, 61
  %1574 = getelementptr inbounds float, float* %1, i64 %1573
  %1575 = load float, float* %1574, align 4
  %1576 = insertelement <8 x float> undef, float %1575, i32 0
  %splat147 = shufflevector <8 x float> %1576, <8 x float> undef, <8 x i32> zeroinitializer
  %1577 = load <8 x float>, <8 x float>* %20, align 32
  %1578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1544, <8 x float> %1577)
  store <8 x float> %1578, <8 x float>* %20, align 32
  %1579 = load <8 x float>, <8 x float>* %14, align 32
  %1580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1548, <8 x float> %1579)
  store <8 x float> %1580, <8 x float>* %14, align 32
  %1581 = add i64 %1536, 62
  %1582 = getelementptr inbounds float, float* %1, i64 %1581
  %1583 = load float, float* %1582, align 4
  %1584 = insertelement <8 x float> undef, float %1583, i32 0
  %splat148 = shufflevector <8 x float> %1584, <8 x float> undef, <8 x i32> zeroinitializer
  %1585 = load <8 x float>, <8 x float>* %19, align 32
  %1586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1544, <8 x float> %1585)
  store <8 x float> %1586, <8 x float>* %19, align 32
  %1587 = load <8 x float>, <8 x float>* %13, align 32
  %1588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1548, <8 x float> %1587)
  store <8 x float> %1588, <8 x float>* %13, align 32
  %1589 = add i64 %1536, 63
  %1590 = getelementptr inbounds float, float* %1, i64 %1589
  %1591 = load float, float* %1590, align 4
  %1592 = insertelement <8 x float> undef, float %1591, i32 0
  %splat149 = shufflevector <8 x float> %1592, <8 x float> undef, <8 x i32> zeroinitializer
  %1593 = load <8 x float>, <8 x float>* %18, align 32
  %1594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1544, <8 x float> %1593)
  store <8 x float> %1594, <8 x float>* %18, align 32
  %1595 = load <8 x float>, <8 x float>* %12, align 32
  %1596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1548, <8 x float> %1595)
  store <8 x float> %1596, <8 x float>* %12, align 32
  %kw.next150 = add i64 %kw143, 1
  br label %kw.header140, !llvm.loop !10

kw.exit142:                                       ; preds = %kw.header140
  %kh.next151 = add i64 %kh139, 1
  br label %kh.header136

u.header153:                                      ; preds = %kh.exit159, %u.exit134
  %u156 = phi i64 [ 0, %u.exit134 ], [ %u.next169, %kh.exit159 ]
  %1597 = icmp slt i64 %u156, 6
  br i1 %1597, label %u.body154, label %u.exit155

u.body154:                                        ; preds = %u.header153
  %1598 = add i64 0, %u156
  %1599 = mul i64 %1598, 196
  %1600 = add i64 %1530, %1599
  %1601 = mul i64 %1598, 200
  %1602 = add i64 %123, %1601
  br label %kh.header157

u.exit155:                                        ; preds = %u.header153
  %1603 = load <8 x float>, <8 x float>* %11, align 32
  %1604 = fcmp olt <8 x float> %1603, zeroinitializer
  %1605 = select <8 x i1> %1604, <8 x float> zeroinitializer, <8 x float> %1603
  %1606 = getelementptr inbounds float, float* %0, i64 %1506
  %1607 = bitcast float* %1606 to <8 x float>*
  store <8 x float> %1605, <8 x float>* %1607, align 4
  %1608 = load <8 x float>, <8 x float>* %10, align 32
  %1609 = fcmp olt <8 x float> %1608, zeroinitializer
  %1610 = select <8 x i1> %1609, <8 x float> zeroinitializer, <8 x float> %1608
  %1611 = getelementptr inbounds float, float* %0, i64 %1508
  %1612 = bitcast float* %1611 to <8 x float>*
  store <8 x float> %1610, <8 x float>* %1612, align 4
  %1613 = load <8 x float>, <8 x float>* %9, align 32
  %1614 = fcmp olt <8 x float> %1613, zeroinitializer
  %1615 = select <8 x i1> %1614, <8 x float> zeroinitializer, <8 x float> %1613
  %1616 = getelementptr inbounds float, float* %0, i64 %1516
  %1617 = bitcast float* %1616 to <8 x float>*
  store <8 x float> %1615, <8 x float>* %1617, align 4
  %1618 = load <8 x float>, <8 x float>* %8, align 32
  %1619 = fcmp olt <8 x float> %1618, zeroinitializer
  %1620 = select <8 x i1> %1619, <8 x float> zeroinitializer, <8 x float> %1618
  %1621 = getelementptr inbounds float, float* %0, i64 %1518
  %1622 = bitcast float* %1621 to <8 x float>*
  store <8 x float> %1620, <8 x float>* %1622, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header157:                                     ; preds = %kw.exit163, %u.body154
  %kh160 = phi i64 [ 0, %u.body154 ], [ %kh.next168, %kw.exit163 ]
  %1623 = icmp slt i64 %kh160, 5
  br i1 %1623, label %kh.body158, label %kh.exit159

kh.body158:                                       ; preds = %kh.header157
  %1624 = mul i64 %kh160, 14
  %1625 = add i64 %1600, %1624
  br label %kw.header161

kh.exit159:                                       ; preds = %kh.header157
  %u.next169 = add i64 %u156, 1
  br label %u.header153

kw.header161:                                     ; preds = %kw.body162, %kh.body158
  %kw164 = phi i64 [ 0, %kh.body158 ], [ %kw.next167, %kw.body162 ]
  %1626 = icmp slt i64 %kw164, 5
  br i1 %1626, label %kw.body162, label %kw.exit163

kw.body162:                                       ; preds = %kw.header161
  %1627 = mul i64 %kw164, 1
  %1628 = add i64 %1625, %1627
  %1629 = mul i64 %kh160, 5
  %1630 = add i64 %1629, %kw164
  %1631 = mul i64 %1630, 8
  %1632 = add i64 %1602, %1631
  %1633 = add i64 %1632, 0
  %1634 = getelementptr inbounds float, float* %4, i64 %1633
  %1635 = bitcast float* %1634 to <8 x float>*
  %1636 = load <8 x float>, <8 x float>* %1635, align 4
  %1637 = add i64 %1632, 1200
  %1638 = getelementptr inbounds float, float* %4, i64 %1637
  %1639 = bitcast float* %1638 to <8 x float>*
  %1640 = load <8 x float>, <8 x float>* %1639, align 4
  %1641 = add i64 %1628, 64
  %1642 = getelementptr inbounds float, float* %1, i64 %1641
  %1643 = load float, float* %1642, align 4
  %1644 = insertelement <8 x float> undef, float %1643, i32 0
  %splat165 = shufflevector <8 x float> %1644, <8 x float> undef, <8 x i32> zeroinitializer
  %1645 = load <8 x float>, <8 x float>* %11, align 32
  %1646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1636, <8 x float> %1645)
  store <8 x float> %1646, <8 x float>* %11, align 32
  %1647 = load <8 x float>, <8 x float>* %9, align 32
  %1648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1640, <8 x float> %1647)
  store <8 x float> %1648, <8 x float>* %9, align 32
  %1649 = add i64 %1628, 65
  %1650 = getelementptr inbounds float, float* %1, i64 %1649
  %1651 = load float, float* %1650, align 4
  %1652 = insertelement <8 x float> undef, float %1651, i32 0
  %splat166 = shufflevector <8 x float> %1652, <8 x float> undef, <8 x i32> zeroinitializer
  %1653 = load <8 x float>, <8 x float>* %10, align 32
  %1654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1636, <8 x float> %1653)
  store <8 x float> %1654, <8 x float>* %10, align 32
  %1655 = load <8 x float>, <8 x float>* %8, align 32
  %1656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1640, <8 x float> %1655)
  store <8 x float> %1656, <8 x float>* %8, align 32
  %kw.next167 = add i64 %kw164, 1
  br label %kw.header161, !llvm.loop !11

kw.exit163:                                       ; preds = %kw.header161
  %kh.next168 = add i64 %kh160, 1
  br label %kh.header157
}

; Function Attrs: noinline nounwind
define internal void @node3.conv2d_2.step0(i8* %0) #3 {
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
  %25 = add i64 2, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 2
  %29 = select i1 %28, i64 %27, i64 2
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 2
  %32 = select i1 %31, i64 %30, i64 2
  call void @node3.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %r.exit3, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %r.exit3 ]
  %11 = icmp slt i64 %task, %5
  br i1 %11, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %12 = sdiv i64 %task, 5
  %13 = srem i64 %task, 5
  %14 = mul i64 %12, 800
  %15 = getelementptr inbounds float, float* %1, i64 %14
  %16 = mul i64 %12, 5
  %17 = add i64 %16, %13
  %18 = mul i64 %17, 40
  %19 = getelementptr inbounds float, float* %0, i64 %18
  %20 = mul i64 %13, 2
  %21 = sub i64 %20, 0
  %22 = add i64 %21, 2
  %23 = icmp sgt i64 %21, 0
  %24 = select i1 %23, i64 %21, i64 0
  %25 = icmp slt i64 %22, 10
  %26 = select i1 %25, i64 %22, i64 10
  %27 = icmp slt i64 %22, 10
  %28 = select i1 %27, i64 %22, i64 10
  %29 = sub i64 %28, %21
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  br label %r.header

task.exit:                                        ; preds = %task.header
  ret void

r.header:                                         ; preds = %r.body, %task.body
  %r = phi i64 [ %24, %task.body ], [ %r.next, %r.body ]
  %30 = icmp slt i64 %r, %26
  br i1 %30, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %31 = mul i64 %r, 10
  %32 = add i64 %31, 0
  %33 = mul i64 %32, 8
  %34 = load <8 x float>, <8 x float>* %10, align 32
  %35 = add i64 %33, 0
  %36 = getelementptr inbounds float, float* %15, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  %39 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %34, <8 x float> %38)
  %40 = add i64 %33, 8
  %41 = getelementptr inbounds float, float* %15, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %39, <8 x float> %43)
  store <8 x float> %44, <8 x float>* %10, align 32
  %45 = load <8 x float>, <8 x float>* %9, align 32
  %46 = add i64 %33, 16
  %47 = getelementptr inbounds float, float* %15, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %45, <8 x float> %49)
  %51 = add i64 %33, 24
  %52 = getelementptr inbounds float, float* %15, i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %50, <8 x float> %54)
  store <8 x float> %55, <8 x float>* %9, align 32
  %56 = load <8 x float>, <8 x float>* %8, align 32
  %57 = add i64 %33, 32
  %58 = getelementptr inbounds float, float* %15, i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  %61 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %56, <8 x float> %60)
  %62 = add i64 %33, 40
  %63 = getelementptr inbounds float, float* %15, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %61, <8 x float> %65)
  store <8 x float> %66, <8 x float>* %8, align 32
  %67 = load <8 x float>, <8 x float>* %7, align 32
  %68 = add i64 %33, 48
  %69 = getelementptr inbounds float, float* %15, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %71 = load <8 x float>, <8 x float>* %70, align 4
  %72 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %67, <8 x float> %71)
  %73 = add i64 %33, 56
  %74 = getelementptr inbounds float, float* %15, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %72, <8 x float> %76)
  store <8 x float> %77, <8 x float>* %7, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %78 = load <8 x float>, <8 x float>* %10, align 32
  %79 = getelementptr inbounds float, float* %19, i64 0
  %80 = bitcast float* %79 to <8 x float>*
  store <8 x float> %78, <8 x float>* %80, align 4
  %81 = load <8 x float>, <8 x float>* %9, align 32
  %82 = getelementptr inbounds float, float* %19, i64 8
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = load <8 x float>, <8 x float>* %8, align 32
  %85 = getelementptr inbounds float, float* %19, i64 16
  %86 = bitcast float* %85 to <8 x float>*
  store <8 x float> %84, <8 x float>* %86, align 4
  %87 = load <8 x float>, <8 x float>* %7, align 32
  %88 = getelementptr inbounds float, float* %19, i64 24
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %87, <8 x float>* %89, align 4
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header1

r.header1:                                        ; preds = %r.body2, %r.exit
  %r4 = phi i64 [ %24, %r.exit ], [ %r.next5, %r.body2 ]
  %90 = icmp slt i64 %r4, %26
  br i1 %90, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  %91 = mul i64 %r4, 10
  %92 = add i64 %91, 8
  %93 = mul i64 %92, 8
  %94 = load <8 x float>, <8 x float>* %6, align 32
  %95 = add i64 %93, 0
  %96 = getelementptr inbounds float, float* %15, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %94, <8 x float> %98)
  %100 = add i64 %93, 8
  %101 = getelementptr inbounds float, float* %15, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  %103 = load <8 x float>, <8 x float>* %102, align 4
  %104 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %99, <8 x float> %103)
  store <8 x float> %104, <8 x float>* %6, align 32
  %r.next5 = add i64 %r4, 1
  br label %r.header1

r.exit3:                                          ; preds = %r.header1
  %105 = load <8 x float>, <8 x float>* %6, align 32
  %106 = getelementptr inbounds float, float* %19, i64 32
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %105, <8 x float>* %107, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node4.maxPool2d_2.step0(i8* %0) #3 {
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
  %19 = add i64 10, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 10
  %23 = select i1 %22, i64 %21, i64 10
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 10
  %26 = select i1 %25, i64 %24, i64 10
  call void @node4.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.maxPool2d_2.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ps.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ps.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = sdiv i64 %task, 1
  %8 = srem i64 %task, 1
  %9 = mul i64 %8, 25
  %10 = add i64 %9, 25
  %11 = icmp slt i64 %10, 25
  %12 = select i1 %11, i64 %10, i64 25
  %13 = srem i64 %7, 2
  %14 = sdiv i64 %7, 2
  %15 = mul i64 %14, 16
  %16 = mul i64 %13, 8
  %17 = add i64 %15, %16
  %18 = mul i64 %7, 200
  %19 = icmp slt i64 %12, 24
  %20 = select i1 %19, i64 %12, i64 24
  br label %p.header

task.exit:                                        ; preds = %task.header
  ret void

p.header:                                         ; preds = %p.body, %task.body
  %p = phi i64 [ %9, %task.body ], [ %p.next, %p.body ]
  %21 = icmp slt i64 %p, %20
  br i1 %21, label %p.body, label %p.exit

p.body:                                           ; preds = %p.header
  %22 = add i64 %p, 0
  %23 = mul i64 %22, 8
  %24 = add i64 %23, 0
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %1, i64 %25
  %27 = bitcast float* %26 to <8 x float>*
  %28 = load <8 x float>, <8 x float>* %27, align 4
  %29 = add i64 %p, 1
  %30 = mul i64 %29, 8
  %31 = add i64 %30, 0
  %32 = add i64 %18, %31
  %33 = getelementptr inbounds float, float* %1, i64 %32
  %34 = bitcast float* %33 to <8 x float>*
  %35 = load <8 x float>, <8 x float>* %34, align 4
  %36 = add i64 %p, 2
  %37 = mul i64 %36, 8
  %38 = add i64 %37, 0
  %39 = add i64 %18, %38
  %40 = getelementptr inbounds float, float* %1, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  %43 = add i64 %p, 3
  %44 = mul i64 %43, 8
  %45 = add i64 %44, 0
  %46 = add i64 %18, %45
  %47 = getelementptr inbounds float, float* %1, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %p, 4
  %51 = mul i64 %50, 8
  %52 = add i64 %51, 0
  %53 = add i64 %18, %52
  %54 = getelementptr inbounds float, float* %1, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = add i64 %p, 5
  %58 = mul i64 %57, 8
  %59 = add i64 %58, 0
  %60 = add i64 %18, %59
  %61 = getelementptr inbounds float, float* %1, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = add i64 %p, 6
  %65 = mul i64 %64, 8
  %66 = add i64 %65, 0
  %67 = add i64 %18, %66
  %68 = getelementptr inbounds float, float* %1, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = add i64 %p, 7
  %72 = mul i64 %71, 8
  %73 = add i64 %72, 0
  %74 = add i64 %18, %73
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = shufflevector <8 x float> %28, <8 x float> %56, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %79 = shufflevector <8 x float> %28, <8 x float> %56, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %80 = shufflevector <8 x float> %35, <8 x float> %63, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %81 = shufflevector <8 x float> %35, <8 x float> %63, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %82 = shufflevector <8 x float> %42, <8 x float> %70, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %83 = shufflevector <8 x float> %42, <8 x float> %70, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %84 = shufflevector <8 x float> %49, <8 x float> %77, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %85 = shufflevector <8 x float> %49, <8 x float> %77, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %86 = shufflevector <8 x float> %78, <8 x float> %82, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %87 = shufflevector <8 x float> %78, <8 x float> %82, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %88 = shufflevector <8 x float> %79, <8 x float> %83, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %89 = shufflevector <8 x float> %79, <8 x float> %83, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %90 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %91 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %92 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %93 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %94 = shufflevector <8 x float> %86, <8 x float> %90, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %95 = shufflevector <8 x float> %86, <8 x float> %90, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %96 = shufflevector <8 x float> %87, <8 x float> %91, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %97 = shufflevector <8 x float> %87, <8 x float> %91, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %98 = shufflevector <8 x float> %88, <8 x float> %92, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %99 = shufflevector <8 x float> %88, <8 x float> %92, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %100 = shufflevector <8 x float> %89, <8 x float> %93, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %101 = shufflevector <8 x float> %89, <8 x float> %93, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %102 = add i64 %17, 0
  %103 = mul i64 %102, 25
  %104 = add i64 %103, %p
  %105 = getelementptr inbounds float, float* %0, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %94, <8 x float>* %106, align 4
  %107 = add i64 %17, 1
  %108 = mul i64 %107, 25
  %109 = add i64 %108, %p
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %95, <8 x float>* %111, align 4
  %112 = add i64 %17, 2
  %113 = mul i64 %112, 25
  %114 = add i64 %113, %p
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %96, <8 x float>* %116, align 4
  %117 = add i64 %17, 3
  %118 = mul i64 %117, 25
  %119 = add i64 %118, %p
  %120 = getelementptr inbounds float, float* %0, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %97, <8 x float>* %121, align 4
  %122 = add i64 %17, 4
  %123 = mul i64 %122, 25
  %124 = add i64 %123, %p
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %98, <8 x float>* %126, align 4
  %127 = add i64 %17, 5
  %128 = mul i64 %127, 25
  %129 = add i64 %128, %p
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %99, <8 x float>* %131, align 4
  %132 = add i64 %17, 6
  %133 = mul i64 %132, 25
  %134 = add i64 %133, %p
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %100, <8 x float>* %136, align 4
  %137 = add i64 %17, 7
  %138 = mul i64 %137, 25
  %139 = add i64 %138, %p
  %140 = getelementptr inbounds float, float* %0, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %101, <8 x float>* %141, align 4
  %p.next = add i64 %p, 8
  br label %p.header

p.exit:                                           ; preds = %p.header
  %142 = icmp sgt i64 %9, %20
  %143 = select i1 %142, i64 %9, i64 %20
  br label %ps.header

ps.header:                                        ; preds = %ps.body, %p.exit
  %ps = phi i64 [ %143, %p.exit ], [ %ps.next, %ps.body ]
  %144 = icmp slt i64 %ps, %12
  br i1 %144, label %ps.body, label %ps.exit

ps.body:                                          ; preds = %ps.header
  %145 = mul i64 %ps, 8
  %146 = add i64 %145, 0
  %147 = add i64 %18, %146
  %148 = add i64 %17, 0
  %149 = mul i64 %148, 25
  %150 = add i64 %149, %ps
  %151 = getelementptr inbounds float, float* %1, i64 %147
  %152 = load float, float* %151, align 4
  %153 = getelementptr inbounds float, float* %0, i64 %150
  store float %152, float* %153, align 4
  %154 = mul i64 %ps, 8
  %155 = add i64 %154, 1
  %156 = add i64 %18, %155
  %157 = add i64 %17, 1
  %158 = mul i64 %157, 25
  %159 = add i64 %158, %ps
  %160 = getelementptr inbounds float, float* %1, i64 %156
  %161 = load float, float* %160, align 4
  %162 = getelementptr inbounds float, float* %0, i64 %159
  store float %161, float* %162, align 4
  %163 = mul i64 %ps, 8
  %164 = add i64 %163, 2
  %165 = add i64 %18, %164
  %166 = add i64 %17, 2
  %167 = mul i64 %166, 25
  %168 = add i64 %167, %ps
  %169 = getelementptr inbounds float, float* %1, i64 %165
  %170 = load float, float* %169, align 4
  %171 = getelementptr inbounds float, float* %0, i64 %168
  store float %170, float* %171, align 4
  %172 = mul i64 %ps, 8
  %173 = add i64 %172, 3
  %174 = add i64 %18, %173
  %175 = add i64 %17, 3
  %176 = mul i64 %175, 25
  %177 = add i64 %176, %ps
  %178 = getelementptr inbounds float, float* %1, i64 %174
  %179 = load float, float* %178, align 4
  %180 = getelementptr inbounds float, float* %0, i64 %177
  store float %179, float* %180, align 4
  %181 = mul i64 %ps, 8
  %182 = add i64 %181, 4
  %183 = add i64 %18, %182
  %184 = add i64 %17, 4
  %185 = mul i64 %184, 25
  %186 = add i64 %185, %ps
  %187 = getelementptr inbounds float, float* %1, i64 %183
  %188 = load float, float* %187, align 4
  %189 = getelementptr inbounds float, float* %0, i64 %186
  store float %188, float* %189, align 4
  %190 = mul i64 %ps, 8
  %191 = add i64 %190, 5
  %192 = add i64 %18, %191
  %193 = add i64 %17, 5
  %194 = mul i64 %193, 25
  %195 = add i64 %194, %ps
  %196 = getelementptr inbounds float, float* %1, i64 %192
  %197 = load float, float* %196, align 4
  %198 = getelementptr inbounds float, float* %0, i64 %195
  store float %197, float* %198, align 4
  %199 = mul i64 %ps, 8
  %200 = add i64 %199, 6
  %201 = add i64 %18, %200
  %202 = add i64 %17, 6
  %203 = mul i64 %202, 25
  %204 = add i64 %203, %ps
  %205 = getelementptr inbounds float, float* %1, i64 %201
  %206 = load float, float* %205, align 4
  %207 = getelementptr inbounds float, float* %0, i64 %204
  store float %206, float* %207, align 4
  %208 = mul i64 %ps, 8
  %209 = add i64 %208, 7
  %210 = add i64 %18, %209
  %211 = add i64 %17, 7
  %212 = mul i64 %211, 25
  %213 = add i64 %212, %ps
  %214 = getelementptr inbounds float, float* %1, i64 %210
  %215 = load float, float* %214, align 4
  %216 = getelementptr inbounds float, float* %0, i64 %213
  store float %215, float* %216, align 4
  %ps.next = add i64 %ps, 1
  br label %ps.header

ps.exit:                                          ; preds = %ps.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node5.maxPool2d_2.nchw.step0(i8* %0) #3 {
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
  %19 = add i64 2, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 2
  %23 = select i1 %22, i64 %21, i64 2
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 2
  %26 = select i1 %25, i64 %24, i64 2
  call void @node5.maxPool2d_2.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %15 = icmp slt i64 %task, %7
  br i1 %15, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %16 = srem i64 %task, 1
  %17 = sdiv i64 %task, 1
  %18 = mul i64 %16, 1
  %19 = mul i64 %17, 32
  %20 = mul i64 %17, 12800
  %21 = icmp eq i64 %17, 3
  br i1 %21, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %22 = add i64 %19, 0
  %23 = getelementptr inbounds float, float* %5, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %19, 8
  %27 = getelementptr inbounds float, float* %5, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %19, 16
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  store <8 x float> %25, <8 x float>* %14, align 32
  store <8 x float> %29, <8 x float>* %13, align 32
  store <8 x float> %33, <8 x float>* %12, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %34 = add i64 %19, 0
  %35 = getelementptr inbounds float, float* %5, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = add i64 %19, 8
  %39 = getelementptr inbounds float, float* %5, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %19, 16
  %43 = getelementptr inbounds float, float* %5, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %19, 24
  %47 = getelementptr inbounds float, float* %5, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  store <8 x float> %37, <8 x float>* %11, align 32
  store <8 x float> %41, <8 x float>* %10, align 32
  store <8 x float> %45, <8 x float>* %9, align 32
  store <8 x float> %49, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %50 = icmp slt i64 %k, 400
  br i1 %50, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %51 = mul i64 %k, 24
  %52 = add i64 %20, %51
  %53 = add i64 %52, 0
  %54 = getelementptr inbounds float, float* %4, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = add i64 %52, 8
  %58 = getelementptr inbounds float, float* %4, i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  %61 = add i64 %52, 16
  %62 = getelementptr inbounds float, float* %4, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = add i64 %18, 0
  %66 = mul i64 %65, 400
  %67 = add i64 %66, %k
  %68 = getelementptr inbounds float, float* %1, i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  %71 = load <8 x float>, <8 x float>* %14, align 32
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %56, <8 x float> %71)
  store <8 x float> %72, <8 x float>* %14, align 32
  %73 = load <8 x float>, <8 x float>* %13, align 32
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %60, <8 x float> %73)
  store <8 x float> %74, <8 x float>* %13, align 32
  %75 = load <8 x float>, <8 x float>* %12, align 32
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %64, <8 x float> %75)
  store <8 x float> %76, <8 x float>* %12, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %77 = add i64 %18, 0
  %78 = add i64 %19, 0
  %79 = load <8 x float>, <8 x float>* %14, align 32
  %80 = fcmp olt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> zeroinitializer, <8 x float> %79
  %82 = mul i64 %77, 120
  %83 = add i64 %82, %78
  %84 = getelementptr inbounds float, float* %0, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %81, <8 x float>* %85, align 4
  %86 = add i64 %18, 0
  %87 = add i64 %19, 8
  %88 = load <8 x float>, <8 x float>* %13, align 32
  %89 = fcmp olt <8 x float> %88, zeroinitializer
  %90 = select <8 x i1> %89, <8 x float> zeroinitializer, <8 x float> %88
  %91 = mul i64 %86, 120
  %92 = add i64 %91, %87
  %93 = getelementptr inbounds float, float* %0, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %90, <8 x float>* %94, align 4
  %95 = add i64 %18, 0
  %96 = add i64 %19, 16
  %97 = load <8 x float>, <8 x float>* %12, align 32
  %98 = fcmp olt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> zeroinitializer, <8 x float> %97
  %100 = mul i64 %95, 120
  %101 = add i64 %100, %96
  %102 = getelementptr inbounds float, float* %0, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %99, <8 x float>* %103, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %104 = icmp slt i64 %k4, 400
  br i1 %104, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %105 = mul i64 %k4, 32
  %106 = add i64 %20, %105
  %107 = add i64 %106, 0
  %108 = getelementptr inbounds float, float* %4, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %106, 8
  %112 = getelementptr inbounds float, float* %4, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %106, 16
  %116 = getelementptr inbounds float, float* %4, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %106, 24
  %120 = getelementptr inbounds float, float* %4, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %18, 0
  %124 = mul i64 %123, 400
  %125 = add i64 %124, %k4
  %126 = getelementptr inbounds float, float* %1, i64 %125
  %127 = load float, float* %126, align 4
  %128 = insertelement <8 x float> undef, float %127, i32 0
  %splat5 = shufflevector <8 x float> %128, <8 x float> undef, <8 x i32> zeroinitializer
  %129 = load <8 x float>, <8 x float>* %11, align 32
  %130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %110, <8 x float> %129)
  store <8 x float> %130, <8 x float>* %11, align 32
  %131 = load <8 x float>, <8 x float>* %10, align 32
  %132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %114, <8 x float> %131)
  store <8 x float> %132, <8 x float>* %10, align 32
  %133 = load <8 x float>, <8 x float>* %9, align 32
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %118, <8 x float> %133)
  store <8 x float> %134, <8 x float>* %9, align 32
  %135 = load <8 x float>, <8 x float>* %8, align 32
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %122, <8 x float> %135)
  store <8 x float> %136, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %137 = add i64 %18, 0
  %138 = add i64 %19, 0
  %139 = load <8 x float>, <8 x float>* %11, align 32
  %140 = fcmp olt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> zeroinitializer, <8 x float> %139
  %142 = mul i64 %137, 120
  %143 = add i64 %142, %138
  %144 = getelementptr inbounds float, float* %0, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %141, <8 x float>* %145, align 4
  %146 = add i64 %18, 0
  %147 = add i64 %19, 8
  %148 = load <8 x float>, <8 x float>* %10, align 32
  %149 = fcmp olt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> zeroinitializer, <8 x float> %148
  %151 = mul i64 %146, 120
  %152 = add i64 %151, %147
  %153 = getelementptr inbounds float, float* %0, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %150, <8 x float>* %154, align 4
  %155 = add i64 %18, 0
  %156 = add i64 %19, 16
  %157 = load <8 x float>, <8 x float>* %9, align 32
  %158 = fcmp olt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> zeroinitializer, <8 x float> %157
  %160 = mul i64 %155, 120
  %161 = add i64 %160, %156
  %162 = getelementptr inbounds float, float* %0, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %159, <8 x float>* %163, align 4
  %164 = add i64 %18, 0
  %165 = add i64 %19, 24
  %166 = load <8 x float>, <8 x float>* %8, align 32
  %167 = fcmp olt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> zeroinitializer, <8 x float> %166
  %169 = mul i64 %164, 120
  %170 = add i64 %169, %165
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %168, <8 x float>* %172, align 4
  br label %endif
}

; Function Attrs: noinline nounwind
define internal void @node7.dense_1.step0(i8* %0) #3 {
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
  %25 = add i64 4, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 4
  %29 = select i1 %28, i64 %27, i64 4
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 4
  %32 = select i1 %31, i64 %30, i64 4
  call void @node7.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %15 = icmp slt i64 %task, %7
  br i1 %15, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %16 = srem i64 %task, 1
  %17 = sdiv i64 %task, 1
  %18 = mul i64 %16, 1
  %19 = mul i64 %17, 32
  %20 = mul i64 %17, 3840
  %21 = icmp eq i64 %17, 2
  br i1 %21, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %22 = add i64 %19, 0
  %23 = getelementptr inbounds float, float* %5, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %19, 8
  %27 = getelementptr inbounds float, float* %5, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %19, 16
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %32, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  store <8 x float> %25, <8 x float>* %14, align 32
  store <8 x float> %29, <8 x float>* %13, align 32
  store <8 x float> %33, <8 x float>* %12, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %34 = add i64 %19, 0
  %35 = getelementptr inbounds float, float* %5, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = add i64 %19, 8
  %39 = getelementptr inbounds float, float* %5, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %19, 16
  %43 = getelementptr inbounds float, float* %5, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %19, 24
  %47 = getelementptr inbounds float, float* %5, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  store <8 x float> %37, <8 x float>* %11, align 32
  store <8 x float> %41, <8 x float>* %10, align 32
  store <8 x float> %45, <8 x float>* %9, align 32
  store <8 x float> %49, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %50 = icmp slt i64 %k, 120
  br i1 %50, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %51 = mul i64 %k, 24
  %52 = add i64 %20, %51
  %53 = add i64 %52, 0
  %54 = getelementptr inbounds float, float* %4, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = add i64 %52, 8
  %58 = getelementptr inbounds float, float* %4, i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  %61 = add i64 %52, 16
  %62 = getelementptr inbounds float, float* %4, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = add i64 %18, 0
  %66 = mul i64 %65, 120
  %67 = add i64 %66, %k
  %68 = getelementptr inbounds float, float* %1, i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  %71 = load <8 x float>, <8 x float>* %14, align 32
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %56, <8 x float> %71)
  store <8 x float> %72, <8 x float>* %14, align 32
  %73 = load <8 x float>, <8 x float>* %13, align 32
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %60, <8 x float> %73)
  store <8 x float> %74, <8 x float>* %13, align 32
  %75 = load <8 x float>, <8 x float>* %12, align 32
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %64, <8 x float> %75)
  store <8 x float> %76, <8 x float>* %12, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %77 = add i64 %18, 0
  %78 = add i64 %19, 0
  %79 = load <8 x float>, <8 x float>* %14, align 32
  %80 = fcmp olt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> zeroinitializer, <8 x float> %79
  %82 = mul i64 %77, 84
  %83 = add i64 %82, %78
  %84 = getelementptr inbounds float, float* %0, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %81, <8 x float>* %85, align 4
  %86 = add i64 %18, 0
  %87 = add i64 %19, 8
  %88 = load <8 x float>, <8 x float>* %13, align 32
  %89 = fcmp olt <8 x float> %88, zeroinitializer
  %90 = select <8 x i1> %89, <8 x float> zeroinitializer, <8 x float> %88
  %91 = mul i64 %86, 84
  %92 = add i64 %91, %87
  %93 = getelementptr inbounds float, float* %0, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %90, <8 x float>* %94, align 4
  %95 = add i64 %18, 0
  %96 = add i64 %19, 16
  %97 = load <8 x float>, <8 x float>* %12, align 32
  %98 = fcmp olt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> zeroinitializer, <8 x float> %97
  %100 = mul i64 %95, 84
  %101 = add i64 %100, %96
  %102 = getelementptr inbounds float, float* %0, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %99, <8 x float>* %103, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %104 = icmp slt i64 %k4, 120
  br i1 %104, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %105 = mul i64 %k4, 32
  %106 = add i64 %20, %105
  %107 = add i64 %106, 0
  %108 = getelementptr inbounds float, float* %4, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %106, 8
  %112 = getelementptr inbounds float, float* %4, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %106, 16
  %116 = getelementptr inbounds float, float* %4, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %106, 24
  %120 = getelementptr inbounds float, float* %4, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %18, 0
  %124 = mul i64 %123, 120
  %125 = add i64 %124, %k4
  %126 = getelementptr inbounds float, float* %1, i64 %125
  %127 = load float, float* %126, align 4
  %128 = insertelement <8 x float> undef, float %127, i32 0
  %splat5 = shufflevector <8 x float> %128, <8 x float> undef, <8 x i32> zeroinitializer
  %129 = load <8 x float>, <8 x float>* %11, align 32
  %130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %110, <8 x float> %129)
  store <8 x float> %130, <8 x float>* %11, align 32
  %131 = load <8 x float>, <8 x float>* %10, align 32
  %132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %114, <8 x float> %131)
  store <8 x float> %132, <8 x float>* %10, align 32
  %133 = load <8 x float>, <8 x float>* %9, align 32
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %118, <8 x float> %133)
  store <8 x float> %134, <8 x float>* %9, align 32
  %135 = load <8 x float>, <8 x float>* %8, align 32
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %122, <8 x float> %135)
  store <8 x float> %136, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %137 = add i64 %18, 0
  %138 = add i64 %19, 0
  %139 = load <8 x float>, <8 x float>* %11, align 32
  %140 = fcmp olt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> zeroinitializer, <8 x float> %139
  %142 = mul i64 %137, 84
  %143 = add i64 %142, %138
  %144 = getelementptr inbounds float, float* %0, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %141, <8 x float>* %145, align 4
  %146 = add i64 %18, 0
  %147 = add i64 %19, 8
  %148 = load <8 x float>, <8 x float>* %10, align 32
  %149 = fcmp olt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> zeroinitializer, <8 x float> %148
  %151 = mul i64 %146, 84
  %152 = add i64 %151, %147
  %153 = getelementptr inbounds float, float* %0, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %150, <8 x float>* %154, align 4
  %155 = add i64 %18, 0
  %156 = add i64 %19, 16
  %157 = load <8 x float>, <8 x float>* %9, align 32
  %158 = fcmp olt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> zeroinitializer, <8 x float> %157
  %160 = mul i64 %155, 84
  %161 = add i64 %160, %156
  %162 = getelementptr inbounds float, float* %0, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %159, <8 x float>* %163, align 4
  %164 = add i64 %18, 0
  %165 = add i64 %19, 24
  %166 = load <8 x float>, <8 x float>* %8, align 32
  %167 = fcmp olt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> zeroinitializer, <8 x float> %166
  %169 = mul i64 %164, 84
  %170 = add i64 %169, %165
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %168, <8 x float>* %172, align 4
  br label %endif
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #5

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #6

; Function Attrs: noinline nounwind
define internal void @node8.dense_2.step0(i8* %0) #3 {
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
  %25 = add i64 3, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 3
  %29 = select i1 %28, i64 %27, i64 3
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 3
  %32 = select i1 %31, i64 %30, i64 3
  call void @node8.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.dense_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %12 = icmp slt i64 %task, %7
  br i1 %12, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %13 = srem i64 %task, 1
  %14 = sdiv i64 %task, 1
  %15 = mul i64 %13, 1
  %16 = mul i64 %14, 16
  %17 = mul i64 %14, 1344
  %18 = icmp eq i64 %14, 0
  br i1 %18, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %19 = add i64 %16, 0
  %20 = getelementptr inbounds float, float* %5, i64 %19
  %21 = bitcast float* %20 to <8 x float>*
  %22 = load <8 x float>, <8 x float>* %21, align 4
  %23 = add i64 %16, 8
  %24 = getelementptr inbounds float, float* %5, i64 %23
  %25 = bitcast float* %24 to <8 x float>*
  %26 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %25, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  store <8 x float> %22, <8 x float>* %11, align 32
  store <8 x float> %26, <8 x float>* %10, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %27 = add i64 %16, 0
  %28 = getelementptr inbounds float, float* %5, i64 %27
  %29 = bitcast float* %28 to <8 x float>*
  %30 = load <8 x float>, <8 x float>* %29, align 4
  %31 = add i64 %16, 8
  %32 = getelementptr inbounds float, float* %5, i64 %31
  %33 = bitcast float* %32 to <8 x float>*
  %34 = load <8 x float>, <8 x float>* %33, align 4
  store <8 x float> %30, <8 x float>* %9, align 32
  store <8 x float> %34, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %35 = icmp slt i64 %k, 84
  br i1 %35, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %36 = mul i64 %k, 16
  %37 = add i64 %17, %36
  %38 = add i64 %37, 0
  %39 = getelementptr inbounds float, float* %4, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %37, 8
  %43 = getelementptr inbounds float, float* %4, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %15, 0
  %47 = mul i64 %46, 84
  %48 = add i64 %47, %k
  %49 = getelementptr inbounds float, float* %1, i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  %52 = load <8 x float>, <8 x float>* %11, align 32
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %41, <8 x float> %52)
  store <8 x float> %53, <8 x float>* %11, align 32
  %54 = load <8 x float>, <8 x float>* %10, align 32
  %55 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %45, <8 x float> %54)
  store <8 x float> %55, <8 x float>* %10, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %56 = add i64 %15, 0
  %57 = add i64 %16, 0
  %58 = load <8 x float>, <8 x float>* %11, align 32
  %59 = mul i64 %56, 10
  %60 = add i64 %59, %57
  %61 = getelementptr inbounds float, float* %0, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  store <8 x float> %58, <8 x float>* %62, align 4
  %63 = add i64 %15, 0
  %64 = add i64 %16, 8
  %65 = load <8 x float>, <8 x float>* %10, align 32
  %66 = mul i64 %63, 10
  %67 = add i64 %66, %64
  %68 = getelementptr inbounds float, float* %0, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %65, <8 x float>* %69, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %70 = icmp slt i64 %k4, 84
  br i1 %70, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %71 = mul i64 %k4, 16
  %72 = add i64 %17, %71
  %73 = add i64 %72, 0
  %74 = getelementptr inbounds float, float* %4, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 %72, 8
  %78 = getelementptr inbounds float, float* %4, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %15, 0
  %82 = mul i64 %81, 84
  %83 = add i64 %82, %k4
  %84 = getelementptr inbounds float, float* %1, i64 %83
  %85 = load float, float* %84, align 4
  %86 = insertelement <8 x float> undef, float %85, i32 0
  %splat5 = shufflevector <8 x float> %86, <8 x float> undef, <8 x i32> zeroinitializer
  %87 = load <8 x float>, <8 x float>* %9, align 32
  %88 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %76, <8 x float> %87)
  store <8 x float> %88, <8 x float>* %9, align 32
  %89 = load <8 x float>, <8 x float>* %8, align 32
  %90 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %80, <8 x float> %89)
  store <8 x float> %90, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %91 = add i64 %15, 0
  %92 = add i64 %16, 0
  %93 = load <8 x float>, <8 x float>* %9, align 32
  %94 = mul i64 %91, 10
  %95 = add i64 %94, %92
  %96 = getelementptr inbounds float, float* %0, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %93, <8 x float>* %97, align 4
  %98 = add i64 %15, 0
  %99 = add i64 %16, 8
  %100 = load <8 x float>, <8 x float>* %8, align 32
  %101 = mul i64 %98, 10
  %102 = add i64 %101, %99
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  store <8 x float> %100, <8 x float>* %104, align 4
  br label %endif
}

; Function Attrs: noinline nounwind
define internal void @node9.dense_3.step0(i8* %0) #3 {
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
  call void @node9.dense_3.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.dense_3.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 10
  %12 = add i64 %11, 10
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
define internal void @node10.dense_3.softmax.step0(i8* %0) #3 {
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
  call void @node10.dense_3.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @lenet_run(i8** %0, i8** %1, i8* %2) #7 {
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
  %fresh = call i8* @malloc(i64 31423)
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
  %17 = call i32 @lenet_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
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
define internal i32 @lenet_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #3 {
entry:
  %args = alloca [6 x i8*], align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %1, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = bitcast i32* %3 to i8*
  %9 = getelementptr inbounds i8, i8* %2, i64 0
  %10 = getelementptr inbounds i8, i8* %2, i64 25088
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
  store i8* getelementptr inbounds ([800 x i8], [800 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %16, align 8
  %17 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([32 x i8], [32 x i8]* @weight.conv2d_1.bias.padded, i32 0, i32 0), i8** %17, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %15, i32 0, i32 0)
  %18 = getelementptr inbounds i8, i8* %2, i64 25088
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
  call void @node1.maxPool2d_1.step0(i8* %24)
  %25 = getelementptr inbounds i8, i8* %2, i64 6400
  %26 = getelementptr inbounds i8, i8* %2, i64 25088
  %27 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %25, i8** %27, align 8
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %26, i8** %28, align 8
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %30, align 8
  %31 = bitcast [6 x i8*]* %args to i8*
  call void @node2.maxPool2d_1.nchw.step0(i8* %31)
  %32 = getelementptr inbounds i8, i8* %2, i64 0
  %33 = getelementptr inbounds i8, i8* %2, i64 6400
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %32, i8** %34, align 8
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %33, i8** %35, align 8
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %36, align 8
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %37, align 8
  %38 = bitcast [6 x i8*]* %args to i8*
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9600 x i8], [9600 x i8]* @weight.conv2d_2.packed, i32 0, i32 0), i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([64 x i8], [64 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %40, align 8
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_2.step0, i8* %38, i32 0, i32 0)
  %41 = getelementptr inbounds i8, i8* %2, i64 6400
  %42 = getelementptr inbounds i8, i8* %2, i64 0
  %43 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %41, i8** %43, align 8
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %42, i8** %44, align 8
  %45 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %45, align 8
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %46, align 8
  %47 = bitcast [6 x i8*]* %args to i8*
  call void @node4.maxPool2d_2.step0(i8* %47)
  %48 = getelementptr inbounds i8, i8* %2, i64 0
  %49 = getelementptr inbounds i8, i8* %2, i64 6400
  %50 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %48, i8** %50, align 8
  %51 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %49, i8** %51, align 8
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %53, align 8
  %54 = bitcast [6 x i8*]* %args to i8*
  call void @node5.maxPool2d_2.nchw.step0(i8* %54)
  %55 = getelementptr inbounds i8, i8* %2, i64 1600
  %56 = getelementptr inbounds i8, i8* %2, i64 0
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %55, i8** %57, align 8
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %56, i8** %58, align 8
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %59, align 8
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %60, align 8
  %61 = bitcast [6 x i8*]* %args to i8*
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([192000 x i8], [192000 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %62, align 8
  %63 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([480 x i8], [480 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %63, align 8
  call void @node7.dense_1.step0(i8* %61)
  %64 = getelementptr inbounds i8, i8* %2, i64 0
  %65 = getelementptr inbounds i8, i8* %2, i64 1600
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %64, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %65, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %68, align 8
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %69, align 8
  %70 = bitcast [6 x i8*]* %args to i8*
  %71 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([42240 x i8], [42240 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %71, align 8
  %72 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([336 x i8], [336 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %72, align 8
  call void @node8.dense_2.step0(i8* %70)
  %73 = getelementptr inbounds i8, i8* %2, i64 0
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %73, i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %76, align 8
  %77 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %77, align 8
  %78 = bitcast [6 x i8*]* %args to i8*
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([5376 x i8], [5376 x i8]* @weight.dense_3.packed, i32 0, i32 0), i8** %79, align 8
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([40 x i8], [40 x i8]* @weight.dense_3.bias, i32 0, i32 0), i8** %80, align 8
  call void @node9.dense_3.step0(i8* %78)
  %81 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %81, align 8
  %82 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %82, align 8
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %83, align 8
  %84 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %84, align 8
  %85 = bitcast [6 x i8*]* %args to i8*
  call void @node10.dense_3.softmax.step0(i8* %85)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @lenet_info() #8 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #8 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @lenet_workspace_size() #8 {
entry:
  ret i64 31423
}

; Function Attrs: nounwind
define i32 @lenet_infer(i8* %0, i8* %1, i8* %2) #8 {
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
  %11 = call i32 @lenet_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { argmemonly nofree nounwind willreturn writeonly }
attributes #2 = { argmemonly nofree nounwind willreturn }
attributes #3 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #4 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #5 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #6 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #7 = { nounwind "target-cpu"="x86-64-v3" }
attributes #8 = { nounwind }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
!3 = distinct !{!3, !1}
!4 = distinct !{!4, !1}
!5 = distinct !{!5, !1}
!6 = distinct !{!6, !1}
!7 = distinct !{!7, !1}
!8 = distinct !{!8, !1}
!9 = distinct !{!9, !1}
!10 = distinct !{!10, !1}
!11 = distinct !{!11, !1}
