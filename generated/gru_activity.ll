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
@weight.gru_1.weight_ih_packed0 = external constant [6912 x i8], align 64
@weight.gru_1.weight_hh_t0 = external constant [49152 x i8], align 64
@weight.gru_2.weight_ih_l0 = external constant [49152 x i8], align 64
@weight.gru_2.weight_hh_l0 = external constant [49152 x i8], align 64
@weight.gru_2.bias_ih_l0 = external constant [768 x i8], align 64
@weight.gru_2.bias_hh_l0 = external constant [768 x i8], align 64
@weight.gru_2.weight_ih_packed0 = external constant [49152 x i8], align 64
@weight.gru_2.weight_hh_t0 = external constant [49152 x i8], align 64
@weight.dense_1.packed = external constant [2048 x i8], align 64
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
  %23 = srem i64 %task, 22
  %24 = sdiv i64 %task, 22
  %25 = mul i64 %23, 6
  %26 = mul i64 %24, 16
  %27 = mul i64 %24, 144
  %28 = icmp eq i64 %23, 21
  br i1 %28, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %29 = add i64 %26, 0
  %30 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_ih_l0 to float*), i64 %29
  %31 = bitcast float* %30 to <8 x float>*
  %32 = load <8 x float>, <8 x float>* %31, align 4
  store <8 x float> %32, <8 x float>* %21, align 32
  store <8 x float> %32, <8 x float>* %20, align 32
  %33 = add i64 %26, 8
  %34 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_ih_l0 to float*), i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  store <8 x float> %36, <8 x float>* %19, align 32
  store <8 x float> %36, <8 x float>* %18, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %37 = add i64 %26, 0
  %38 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_ih_l0 to float*), i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  store <8 x float> %40, <8 x float>* %17, align 32
  store <8 x float> %40, <8 x float>* %16, align 32
  store <8 x float> %40, <8 x float>* %15, align 32
  store <8 x float> %40, <8 x float>* %14, align 32
  store <8 x float> %40, <8 x float>* %13, align 32
  store <8 x float> %40, <8 x float>* %12, align 32
  %41 = add i64 %26, 8
  %42 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_ih_l0 to float*), i64 %41
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
  %45 = icmp slt i64 %k, 9
  br i1 %45, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %46 = mul i64 %k, 16
  %47 = add i64 %27, %46
  %48 = add i64 %47, 0
  %49 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.gru_1.weight_ih_packed0 to float*), i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = add i64 %47, 8
  %53 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.gru_1.weight_ih_packed0 to float*), i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = add i64 %25, 0
  %57 = mul i64 %56, 9
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
  %67 = mul i64 %66, 9
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
  %80 = mul i64 %79, 192
  %81 = add i64 %80, %77
  %82 = getelementptr inbounds float, float* %2, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %78, <8 x float>* %83, align 4
  %84 = add i64 %25, 1
  %85 = add i64 %26, 0
  %86 = load <8 x float>, <8 x float>* %20, align 32
  %87 = add i64 0, %84
  %88 = mul i64 %87, 192
  %89 = add i64 %88, %85
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %86, <8 x float>* %91, align 4
  %92 = add i64 %25, 0
  %93 = add i64 %26, 8
  %94 = load <8 x float>, <8 x float>* %19, align 32
  %95 = add i64 0, %92
  %96 = mul i64 %95, 192
  %97 = add i64 %96, %93
  %98 = getelementptr inbounds float, float* %2, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %94, <8 x float>* %99, align 4
  %100 = add i64 %25, 1
  %101 = add i64 %26, 8
  %102 = load <8 x float>, <8 x float>* %18, align 32
  %103 = add i64 0, %100
  %104 = mul i64 %103, 192
  %105 = add i64 %104, %101
  %106 = getelementptr inbounds float, float* %2, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %102, <8 x float>* %107, align 4
  br label %endif

k.header2:                                        ; preds = %k.body3, %else
  %k5 = phi i64 [ 0, %else ], [ %k.next12, %k.body3 ]
  %108 = icmp slt i64 %k5, 9
  br i1 %108, label %k.body3, label %k.exit4

k.body3:                                          ; preds = %k.header2
  %109 = mul i64 %k5, 16
  %110 = add i64 %27, %109
  %111 = add i64 %110, 0
  %112 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.gru_1.weight_ih_packed0 to float*), i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %110, 8
  %116 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.gru_1.weight_ih_packed0 to float*), i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %25, 0
  %120 = mul i64 %119, 9
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
  %130 = mul i64 %129, 9
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
  %140 = mul i64 %139, 9
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
  %150 = mul i64 %149, 9
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
  %160 = mul i64 %159, 9
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
  %170 = mul i64 %169, 9
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
  %183 = mul i64 %182, 192
  %184 = add i64 %183, %180
  %185 = getelementptr inbounds float, float* %2, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %181, <8 x float>* %186, align 4
  %187 = add i64 %25, 1
  %188 = add i64 %26, 0
  %189 = load <8 x float>, <8 x float>* %16, align 32
  %190 = add i64 0, %187
  %191 = mul i64 %190, 192
  %192 = add i64 %191, %188
  %193 = getelementptr inbounds float, float* %2, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  store <8 x float> %189, <8 x float>* %194, align 4
  %195 = add i64 %25, 2
  %196 = add i64 %26, 0
  %197 = load <8 x float>, <8 x float>* %15, align 32
  %198 = add i64 0, %195
  %199 = mul i64 %198, 192
  %200 = add i64 %199, %196
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %197, <8 x float>* %202, align 4
  %203 = add i64 %25, 3
  %204 = add i64 %26, 0
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = add i64 0, %203
  %207 = mul i64 %206, 192
  %208 = add i64 %207, %204
  %209 = getelementptr inbounds float, float* %2, i64 %208
  %210 = bitcast float* %209 to <8 x float>*
  store <8 x float> %205, <8 x float>* %210, align 4
  %211 = add i64 %25, 4
  %212 = add i64 %26, 0
  %213 = load <8 x float>, <8 x float>* %13, align 32
  %214 = add i64 0, %211
  %215 = mul i64 %214, 192
  %216 = add i64 %215, %212
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %213, <8 x float>* %218, align 4
  %219 = add i64 %25, 5
  %220 = add i64 %26, 0
  %221 = load <8 x float>, <8 x float>* %12, align 32
  %222 = add i64 0, %219
  %223 = mul i64 %222, 192
  %224 = add i64 %223, %220
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %221, <8 x float>* %226, align 4
  %227 = add i64 %25, 0
  %228 = add i64 %26, 8
  %229 = load <8 x float>, <8 x float>* %11, align 32
  %230 = add i64 0, %227
  %231 = mul i64 %230, 192
  %232 = add i64 %231, %228
  %233 = getelementptr inbounds float, float* %2, i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  store <8 x float> %229, <8 x float>* %234, align 4
  %235 = add i64 %25, 1
  %236 = add i64 %26, 8
  %237 = load <8 x float>, <8 x float>* %10, align 32
  %238 = add i64 0, %235
  %239 = mul i64 %238, 192
  %240 = add i64 %239, %236
  %241 = getelementptr inbounds float, float* %2, i64 %240
  %242 = bitcast float* %241 to <8 x float>*
  store <8 x float> %237, <8 x float>* %242, align 4
  %243 = add i64 %25, 2
  %244 = add i64 %26, 8
  %245 = load <8 x float>, <8 x float>* %9, align 32
  %246 = add i64 0, %243
  %247 = mul i64 %246, 192
  %248 = add i64 %247, %244
  %249 = getelementptr inbounds float, float* %2, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %245, <8 x float>* %250, align 4
  %251 = add i64 %25, 3
  %252 = add i64 %26, 8
  %253 = load <8 x float>, <8 x float>* %8, align 32
  %254 = add i64 0, %251
  %255 = mul i64 %254, 192
  %256 = add i64 %255, %252
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %253, <8 x float>* %258, align 4
  %259 = add i64 %25, 4
  %260 = add i64 %26, 8
  %261 = load <8 x float>, <8 x float>* %7, align 32
  %262 = add i64 0, %259
  %263 = mul i64 %262, 192
  %264 = add i64 %263, %260
  %265 = getelementptr inbounds float, float* %2, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  store <8 x float> %261, <8 x float>* %266, align 4
  %267 = add i64 %25, 5
  %268 = add i64 %26, 8
  %269 = load <8 x float>, <8 x float>* %6, align 32
  %270 = add i64 0, %267
  %271 = mul i64 %270, 192
  %272 = add i64 %271, %268
  %273 = getelementptr inbounds float, float* %2, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %269, <8 x float>* %274, align 4
  br label %endif
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

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
  %19 = add i64 264, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 264
  %23 = select i1 %22, i64 %21, i64 264
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 264
  %26 = select i1 %25, i64 %24, i64 264
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
  br label %task.header

task.header:                                      ; preds = %n.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %n.exit ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %s.exit, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %s.exit ]
  %31 = icmp slt i64 %n, 1
  br i1 %31, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %32 = getelementptr inbounds float, float* %2, i64 24768
  %33 = bitcast float* %32 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %33, i8 0, i64 512, i1 false)
  br label %s.header

n.exit:                                           ; preds = %n.header
  %task.next = add i64 %task, 1
  br label %task.header

s.header:                                         ; preds = %s.exit15, %n.body
  %s = phi i64 [ 0, %n.body ], [ %s.next17, %s.exit15 ]
  %34 = icmp slt i64 %s, 128
  br i1 %34, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %35 = add i64 0, %n
  %36 = mul i64 %35, 128
  %37 = add i64 %36, %s
  %38 = mul i64 %37, 192
  %39 = load <8 x float>, <8 x float>* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to <8 x float>*), align 4
  store <8 x float> %39, <8 x float>* %29, align 32
  %40 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 8) to <8 x float>*), align 4
  store <8 x float> %40, <8 x float>* %28, align 32
  %41 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 16) to <8 x float>*), align 4
  store <8 x float> %41, <8 x float>* %27, align 32
  %42 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 24) to <8 x float>*), align 4
  store <8 x float> %42, <8 x float>* %26, align 32
  %43 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 32) to <8 x float>*), align 4
  store <8 x float> %43, <8 x float>* %25, align 32
  %44 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 40) to <8 x float>*), align 4
  store <8 x float> %44, <8 x float>* %24, align 32
  %45 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 48) to <8 x float>*), align 4
  store <8 x float> %45, <8 x float>* %23, align 32
  %46 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 56) to <8 x float>*), align 4
  store <8 x float> %46, <8 x float>* %22, align 32
  br label %k.header

s.exit:                                           ; preds = %s.header
  %n.next = add i64 %n, 1
  br label %n.header

k.header:                                         ; preds = %k.body, %s.body
  %k = phi i64 [ 0, %s.body ], [ %k.next, %k.body ]
  %47 = icmp slt i64 %k, 64
  br i1 %47, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %48 = add i64 24768, %k
  %49 = getelementptr inbounds float, float* %2, i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  %52 = mul i64 %k, 192
  %53 = add i64 %52, 0
  %54 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = load <8 x float>, <8 x float>* %29, align 32
  %58 = call <8 x float> @llvm.fma.v8f32(<8 x float> %56, <8 x float> %splat, <8 x float> %57)
  store <8 x float> %58, <8 x float>* %29, align 32
  %59 = add i64 %52, 8
  %60 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  %63 = load <8 x float>, <8 x float>* %28, align 32
  %64 = call <8 x float> @llvm.fma.v8f32(<8 x float> %62, <8 x float> %splat, <8 x float> %63)
  store <8 x float> %64, <8 x float>* %28, align 32
  %65 = add i64 %52, 16
  %66 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  %69 = load <8 x float>, <8 x float>* %27, align 32
  %70 = call <8 x float> @llvm.fma.v8f32(<8 x float> %68, <8 x float> %splat, <8 x float> %69)
  store <8 x float> %70, <8 x float>* %27, align 32
  %71 = add i64 %52, 24
  %72 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %74 = load <8 x float>, <8 x float>* %73, align 4
  %75 = load <8 x float>, <8 x float>* %26, align 32
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %splat, <8 x float> %75)
  store <8 x float> %76, <8 x float>* %26, align 32
  %77 = add i64 %52, 32
  %78 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = load <8 x float>, <8 x float>* %25, align 32
  %82 = call <8 x float> @llvm.fma.v8f32(<8 x float> %80, <8 x float> %splat, <8 x float> %81)
  store <8 x float> %82, <8 x float>* %25, align 32
  %83 = add i64 %52, 40
  %84 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  %86 = load <8 x float>, <8 x float>* %85, align 4
  %87 = load <8 x float>, <8 x float>* %24, align 32
  %88 = call <8 x float> @llvm.fma.v8f32(<8 x float> %86, <8 x float> %splat, <8 x float> %87)
  store <8 x float> %88, <8 x float>* %24, align 32
  %89 = add i64 %52, 48
  %90 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  %93 = load <8 x float>, <8 x float>* %23, align 32
  %94 = call <8 x float> @llvm.fma.v8f32(<8 x float> %92, <8 x float> %splat, <8 x float> %93)
  store <8 x float> %94, <8 x float>* %23, align 32
  %95 = add i64 %52, 56
  %96 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = load <8 x float>, <8 x float>* %22, align 32
  %100 = call <8 x float> @llvm.fma.v8f32(<8 x float> %98, <8 x float> %splat, <8 x float> %99)
  store <8 x float> %100, <8 x float>* %22, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %101 = load <8 x float>, <8 x float>* %29, align 32
  %102 = getelementptr inbounds float, float* %2, i64 24576
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %101, <8 x float>* %103, align 4
  %104 = load <8 x float>, <8 x float>* %28, align 32
  %105 = getelementptr inbounds float, float* %2, i64 24584
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %104, <8 x float>* %106, align 4
  %107 = load <8 x float>, <8 x float>* %27, align 32
  %108 = getelementptr inbounds float, float* %2, i64 24592
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %107, <8 x float>* %109, align 4
  %110 = load <8 x float>, <8 x float>* %26, align 32
  %111 = getelementptr inbounds float, float* %2, i64 24600
  %112 = bitcast float* %111 to <8 x float>*
  store <8 x float> %110, <8 x float>* %112, align 4
  %113 = load <8 x float>, <8 x float>* %25, align 32
  %114 = getelementptr inbounds float, float* %2, i64 24608
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = load <8 x float>, <8 x float>* %24, align 32
  %117 = getelementptr inbounds float, float* %2, i64 24616
  %118 = bitcast float* %117 to <8 x float>*
  store <8 x float> %116, <8 x float>* %118, align 4
  %119 = load <8 x float>, <8 x float>* %23, align 32
  %120 = getelementptr inbounds float, float* %2, i64 24624
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %119, <8 x float>* %121, align 4
  %122 = load <8 x float>, <8 x float>* %22, align 32
  %123 = getelementptr inbounds float, float* %2, i64 24632
  %124 = bitcast float* %123 to <8 x float>*
  store <8 x float> %122, <8 x float>* %124, align 4
  %125 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 64) to <8 x float>*), align 4
  store <8 x float> %125, <8 x float>* %21, align 32
  %126 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 72) to <8 x float>*), align 4
  store <8 x float> %126, <8 x float>* %20, align 32
  %127 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 80) to <8 x float>*), align 4
  store <8 x float> %127, <8 x float>* %19, align 32
  %128 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 88) to <8 x float>*), align 4
  store <8 x float> %128, <8 x float>* %18, align 32
  %129 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 96) to <8 x float>*), align 4
  store <8 x float> %129, <8 x float>* %17, align 32
  %130 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 104) to <8 x float>*), align 4
  store <8 x float> %130, <8 x float>* %16, align 32
  %131 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 112) to <8 x float>*), align 4
  store <8 x float> %131, <8 x float>* %15, align 32
  %132 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %132, <8 x float>* %14, align 32
  br label %k.header1

k.header1:                                        ; preds = %k.body2, %k.exit
  %k4 = phi i64 [ 0, %k.exit ], [ %k.next6, %k.body2 ]
  %133 = icmp slt i64 %k4, 64
  br i1 %133, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %134 = add i64 24768, %k4
  %135 = getelementptr inbounds float, float* %2, i64 %134
  %136 = load float, float* %135, align 4
  %137 = insertelement <8 x float> undef, float %136, i32 0
  %splat5 = shufflevector <8 x float> %137, <8 x float> undef, <8 x i32> zeroinitializer
  %138 = mul i64 %k4, 192
  %139 = add i64 %138, 64
  %140 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = load <8 x float>, <8 x float>* %21, align 32
  %144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %142, <8 x float> %splat5, <8 x float> %143)
  store <8 x float> %144, <8 x float>* %21, align 32
  %145 = add i64 %138, 72
  %146 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  %148 = load <8 x float>, <8 x float>* %147, align 4
  %149 = load <8 x float>, <8 x float>* %20, align 32
  %150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %148, <8 x float> %splat5, <8 x float> %149)
  store <8 x float> %150, <8 x float>* %20, align 32
  %151 = add i64 %138, 80
  %152 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = load <8 x float>, <8 x float>* %19, align 32
  %156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> %splat5, <8 x float> %155)
  store <8 x float> %156, <8 x float>* %19, align 32
  %157 = add i64 %138, 88
  %158 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  %160 = load <8 x float>, <8 x float>* %159, align 4
  %161 = load <8 x float>, <8 x float>* %18, align 32
  %162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %160, <8 x float> %splat5, <8 x float> %161)
  store <8 x float> %162, <8 x float>* %18, align 32
  %163 = add i64 %138, 96
  %164 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = load <8 x float>, <8 x float>* %17, align 32
  %168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %splat5, <8 x float> %167)
  store <8 x float> %168, <8 x float>* %17, align 32
  %169 = add i64 %138, 104
  %170 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %169
  %171 = bitcast float* %170 to <8 x float>*
  %172 = load <8 x float>, <8 x float>* %171, align 4
  %173 = load <8 x float>, <8 x float>* %16, align 32
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %172, <8 x float> %splat5, <8 x float> %173)
  store <8 x float> %174, <8 x float>* %16, align 32
  %175 = add i64 %138, 112
  %176 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = load <8 x float>, <8 x float>* %15, align 32
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %splat5, <8 x float> %179)
  store <8 x float> %180, <8 x float>* %15, align 32
  %181 = add i64 %138, 120
  %182 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = load <8 x float>, <8 x float>* %14, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> %splat5, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %14, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %187 = load <8 x float>, <8 x float>* %21, align 32
  %188 = getelementptr inbounds float, float* %2, i64 24640
  %189 = bitcast float* %188 to <8 x float>*
  store <8 x float> %187, <8 x float>* %189, align 4
  %190 = load <8 x float>, <8 x float>* %20, align 32
  %191 = getelementptr inbounds float, float* %2, i64 24648
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %190, <8 x float>* %192, align 4
  %193 = load <8 x float>, <8 x float>* %19, align 32
  %194 = getelementptr inbounds float, float* %2, i64 24656
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %193, <8 x float>* %195, align 4
  %196 = load <8 x float>, <8 x float>* %18, align 32
  %197 = getelementptr inbounds float, float* %2, i64 24664
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %196, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %17, align 32
  %200 = getelementptr inbounds float, float* %2, i64 24672
  %201 = bitcast float* %200 to <8 x float>*
  store <8 x float> %199, <8 x float>* %201, align 4
  %202 = load <8 x float>, <8 x float>* %16, align 32
  %203 = getelementptr inbounds float, float* %2, i64 24680
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %202, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %15, align 32
  %206 = getelementptr inbounds float, float* %2, i64 24688
  %207 = bitcast float* %206 to <8 x float>*
  store <8 x float> %205, <8 x float>* %207, align 4
  %208 = load <8 x float>, <8 x float>* %14, align 32
  %209 = getelementptr inbounds float, float* %2, i64 24696
  %210 = bitcast float* %209 to <8 x float>*
  store <8 x float> %208, <8 x float>* %210, align 4
  %211 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 128) to <8 x float>*), align 4
  store <8 x float> %211, <8 x float>* %13, align 32
  %212 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 136) to <8 x float>*), align 4
  store <8 x float> %212, <8 x float>* %12, align 32
  %213 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 144) to <8 x float>*), align 4
  store <8 x float> %213, <8 x float>* %11, align 32
  %214 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 152) to <8 x float>*), align 4
  store <8 x float> %214, <8 x float>* %10, align 32
  %215 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 160) to <8 x float>*), align 4
  store <8 x float> %215, <8 x float>* %9, align 32
  %216 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 168) to <8 x float>*), align 4
  store <8 x float> %216, <8 x float>* %8, align 32
  %217 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 176) to <8 x float>*), align 4
  store <8 x float> %217, <8 x float>* %7, align 32
  %218 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 184) to <8 x float>*), align 4
  store <8 x float> %218, <8 x float>* %6, align 32
  br label %k.header7

k.header7:                                        ; preds = %k.body8, %k.exit3
  %k10 = phi i64 [ 0, %k.exit3 ], [ %k.next12, %k.body8 ]
  %219 = icmp slt i64 %k10, 64
  br i1 %219, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %220 = add i64 24768, %k10
  %221 = getelementptr inbounds float, float* %2, i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat11 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = mul i64 %k10, 192
  %225 = add i64 %224, 128
  %226 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  %228 = load <8 x float>, <8 x float>* %227, align 4
  %229 = load <8 x float>, <8 x float>* %13, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %splat11, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %13, align 32
  %231 = add i64 %224, 136
  %232 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  %234 = load <8 x float>, <8 x float>* %233, align 4
  %235 = load <8 x float>, <8 x float>* %12, align 32
  %236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %234, <8 x float> %splat11, <8 x float> %235)
  store <8 x float> %236, <8 x float>* %12, align 32
  %237 = add i64 %224, 144
  %238 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  %240 = load <8 x float>, <8 x float>* %239, align 4
  %241 = load <8 x float>, <8 x float>* %11, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %splat11, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %11, align 32
  %243 = add i64 %224, 152
  %244 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %243
  %245 = bitcast float* %244 to <8 x float>*
  %246 = load <8 x float>, <8 x float>* %245, align 4
  %247 = load <8 x float>, <8 x float>* %10, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %splat11, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %10, align 32
  %249 = add i64 %224, 160
  %250 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %249
  %251 = bitcast float* %250 to <8 x float>*
  %252 = load <8 x float>, <8 x float>* %251, align 4
  %253 = load <8 x float>, <8 x float>* %9, align 32
  %254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %252, <8 x float> %splat11, <8 x float> %253)
  store <8 x float> %254, <8 x float>* %9, align 32
  %255 = add i64 %224, 168
  %256 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %255
  %257 = bitcast float* %256 to <8 x float>*
  %258 = load <8 x float>, <8 x float>* %257, align 4
  %259 = load <8 x float>, <8 x float>* %8, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %splat11, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %8, align 32
  %261 = add i64 %224, 176
  %262 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = load <8 x float>, <8 x float>* %7, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %splat11, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %7, align 32
  %267 = add i64 %224, 184
  %268 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_t0 to float*), i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = load <8 x float>, <8 x float>* %6, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %splat11, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %6, align 32
  %k.next12 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %273 = load <8 x float>, <8 x float>* %13, align 32
  %274 = getelementptr inbounds float, float* %2, i64 24704
  %275 = bitcast float* %274 to <8 x float>*
  store <8 x float> %273, <8 x float>* %275, align 4
  %276 = load <8 x float>, <8 x float>* %12, align 32
  %277 = getelementptr inbounds float, float* %2, i64 24712
  %278 = bitcast float* %277 to <8 x float>*
  store <8 x float> %276, <8 x float>* %278, align 4
  %279 = load <8 x float>, <8 x float>* %11, align 32
  %280 = getelementptr inbounds float, float* %2, i64 24720
  %281 = bitcast float* %280 to <8 x float>*
  store <8 x float> %279, <8 x float>* %281, align 4
  %282 = load <8 x float>, <8 x float>* %10, align 32
  %283 = getelementptr inbounds float, float* %2, i64 24728
  %284 = bitcast float* %283 to <8 x float>*
  store <8 x float> %282, <8 x float>* %284, align 4
  %285 = load <8 x float>, <8 x float>* %9, align 32
  %286 = getelementptr inbounds float, float* %2, i64 24736
  %287 = bitcast float* %286 to <8 x float>*
  store <8 x float> %285, <8 x float>* %287, align 4
  %288 = load <8 x float>, <8 x float>* %8, align 32
  %289 = getelementptr inbounds float, float* %2, i64 24744
  %290 = bitcast float* %289 to <8 x float>*
  store <8 x float> %288, <8 x float>* %290, align 4
  %291 = load <8 x float>, <8 x float>* %7, align 32
  %292 = getelementptr inbounds float, float* %2, i64 24752
  %293 = bitcast float* %292 to <8 x float>*
  store <8 x float> %291, <8 x float>* %293, align 4
  %294 = load <8 x float>, <8 x float>* %6, align 32
  %295 = getelementptr inbounds float, float* %2, i64 24760
  %296 = bitcast float* %295 to <8 x float>*
  store <8 x float> %294, <8 x float>* %296, align 4
  br label %v.header

v.header:                                         ; preds = %v.body, %k.exit9
  %v = phi i64 [ 0, %k.exit9 ], [ %v.next, %v.body ]
  %297 = icmp slt i64 %v, 64
  br i1 %297, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %298 = add i64 24768, %v
  %299 = add i64 0, %v
  %300 = add i64 %38, %299
  %301 = getelementptr inbounds float, float* %2, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  %303 = load <8 x float>, <8 x float>* %302, align 4
  %304 = add i64 24576, %299
  %305 = getelementptr inbounds float, float* %2, i64 %304
  %306 = bitcast float* %305 to <8 x float>*
  %307 = load <8 x float>, <8 x float>* %306, align 4
  %308 = add i64 64, %v
  %309 = add i64 %38, %308
  %310 = getelementptr inbounds float, float* %2, i64 %309
  %311 = bitcast float* %310 to <8 x float>*
  %312 = load <8 x float>, <8 x float>* %311, align 4
  %313 = add i64 24576, %308
  %314 = getelementptr inbounds float, float* %2, i64 %313
  %315 = bitcast float* %314 to <8 x float>*
  %316 = load <8 x float>, <8 x float>* %315, align 4
  %317 = add i64 128, %v
  %318 = add i64 %38, %317
  %319 = getelementptr inbounds float, float* %2, i64 %318
  %320 = bitcast float* %319 to <8 x float>*
  %321 = load <8 x float>, <8 x float>* %320, align 4
  %322 = add i64 24576, %317
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  %325 = load <8 x float>, <8 x float>* %324, align 4
  %326 = fadd <8 x float> %303, %307
  %327 = fneg <8 x float> %326
  %328 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %327, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %329 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %328, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %331 = call <8 x float> @llvm.floor.v8f32(<8 x float> %330)
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %329)
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %332)
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %333, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %333, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %333, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %333, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %333, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %339 = fmul <8 x float> %333, %333
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> %339, <8 x float> %333)
  %341 = fadd <8 x float> %340, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %342 = fptosi <8 x float> %331 to <8 x i32>
  %343 = add <8 x i32> %342, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %344 = shl <8 x i32> %343, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %345 = bitcast <8 x i32> %344 to <8 x float>
  %346 = fmul <8 x float> %341, %345
  %347 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %346
  %348 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %347
  %349 = fadd <8 x float> %312, %316
  %350 = fneg <8 x float> %349
  %351 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %350, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %352 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %351, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %352, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %354 = call <8 x float> @llvm.floor.v8f32(<8 x float> %353)
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %352)
  %356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %355)
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %356, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %357, <8 x float> %356, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %358, <8 x float> %356, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %356, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %356, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %362 = fmul <8 x float> %356, %356
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %361, <8 x float> %362, <8 x float> %356)
  %364 = fadd <8 x float> %363, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %365 = fptosi <8 x float> %354 to <8 x i32>
  %366 = add <8 x i32> %365, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %367 = shl <8 x i32> %366, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %368 = bitcast <8 x i32> %367 to <8 x float>
  %369 = fmul <8 x float> %364, %368
  %370 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %369
  %371 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %370
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %325, <8 x float> %321)
  %373 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %372)
  %374 = fmul <8 x float> %372, %372
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %374, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %375, <8 x float> %374, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %376, <8 x float> %374, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %377, <8 x float> %374, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %379 = fmul <8 x float> %378, %374
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %379, <8 x float> %372, <8 x float> %372)
  %381 = fmul <8 x float> %373, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %382 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %381, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %383 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %382, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %383, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %385 = call <8 x float> @llvm.floor.v8f32(<8 x float> %384)
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %385, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %383)
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %385, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %386)
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %387, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %388, <8 x float> %387, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %389, <8 x float> %387, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %387, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %391, <8 x float> %387, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %393 = fmul <8 x float> %387, %387
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %392, <8 x float> %393, <8 x float> %387)
  %395 = fadd <8 x float> %394, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %396 = fptosi <8 x float> %385 to <8 x i32>
  %397 = add <8 x i32> %396, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %398 = shl <8 x i32> %397, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %399 = bitcast <8 x i32> %398 to <8 x float>
  %400 = fmul <8 x float> %395, %399
  %401 = fadd <8 x float> %400, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %402 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %401
  %403 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %402
  %404 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %403, <8 x float> %372)
  %405 = fcmp olt <8 x float> %373, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %406 = select <8 x i1> %405, <8 x float> %380, <8 x float> %404
  %407 = getelementptr inbounds float, float* %2, i64 %298
  %408 = bitcast float* %407 to <8 x float>*
  %409 = load <8 x float>, <8 x float>* %408, align 4
  %410 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %371
  %411 = fmul <8 x float> %410, %406
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %371, <8 x float> %409, <8 x float> %411)
  %413 = getelementptr inbounds float, float* %2, i64 %298
  %414 = bitcast float* %413 to <8 x float>*
  store <8 x float> %412, <8 x float>* %414, align 4
  %415 = mul i64 %n, 128
  %416 = add i64 %415, %s
  %417 = mul i64 %416, 64
  %418 = add i64 %417, 0
  %419 = add i64 %418, %v
  %420 = getelementptr inbounds float, float* %0, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %412, <8 x float>* %421, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header13

s.header13:                                       ; preds = %s.body14, %v.exit
  %s16 = phi i64 [ 64, %v.exit ], [ %s.next, %s.body14 ]
  %422 = icmp slt i64 %s16, 64
  br i1 %422, label %s.body14, label %s.exit15

s.body14:                                         ; preds = %s.header13
  %423 = add i64 24768, %s16
  %424 = add i64 0, %s16
  %425 = add i64 %38, %424
  %426 = getelementptr inbounds float, float* %2, i64 %425
  %427 = load float, float* %426, align 4
  %428 = add i64 24576, %424
  %429 = getelementptr inbounds float, float* %2, i64 %428
  %430 = load float, float* %429, align 4
  %431 = add i64 64, %s16
  %432 = add i64 %38, %431
  %433 = getelementptr inbounds float, float* %2, i64 %432
  %434 = load float, float* %433, align 4
  %435 = add i64 24576, %431
  %436 = getelementptr inbounds float, float* %2, i64 %435
  %437 = load float, float* %436, align 4
  %438 = add i64 128, %s16
  %439 = add i64 %38, %438
  %440 = getelementptr inbounds float, float* %2, i64 %439
  %441 = load float, float* %440, align 4
  %442 = add i64 24576, %438
  %443 = getelementptr inbounds float, float* %2, i64 %442
  %444 = load float, float* %443, align 4
  %445 = fadd float %427, %430
  %446 = fneg float %445
  %447 = call float @llvm.maxnum.f32(float %446, float 0xC055D33340000000)
  %448 = call float @llvm.minnum.f32(float %447, float 0x40562CCCC0000000)
  %449 = call float @llvm.fma.f32(float %448, float 0x3FF7154760000000, float 5.000000e-01)
  %450 = call float @llvm.floor.f32(float %449)
  %451 = call float @llvm.fma.f32(float %450, float 0xBFE6300000000000, float %448)
  %452 = call float @llvm.fma.f32(float %450, float 0x3F2BD01060000000, float %451)
  %453 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %452, float 0x3F56E879C0000000)
  %454 = call float @llvm.fma.f32(float %453, float %452, float 0x3F81112100000000)
  %455 = call float @llvm.fma.f32(float %454, float %452, float 0x3FA5553820000000)
  %456 = call float @llvm.fma.f32(float %455, float %452, float 0x3FC5555540000000)
  %457 = call float @llvm.fma.f32(float %456, float %452, float 5.000000e-01)
  %458 = fmul float %452, %452
  %459 = call float @llvm.fma.f32(float %457, float %458, float %452)
  %460 = fadd float %459, 1.000000e+00
  %461 = fptosi float %450 to i32
  %462 = add i32 %461, 127
  %463 = shl i32 %462, 23
  %464 = bitcast i32 %463 to float
  %465 = fmul float %460, %464
  %466 = fadd float 1.000000e+00, %465
  %467 = fdiv float 1.000000e+00, %466
  %468 = fadd float %434, %437
  %469 = fneg float %468
  %470 = call float @llvm.maxnum.f32(float %469, float 0xC055D33340000000)
  %471 = call float @llvm.minnum.f32(float %470, float 0x40562CCCC0000000)
  %472 = call float @llvm.fma.f32(float %471, float 0x3FF7154760000000, float 5.000000e-01)
  %473 = call float @llvm.floor.f32(float %472)
  %474 = call float @llvm.fma.f32(float %473, float 0xBFE6300000000000, float %471)
  %475 = call float @llvm.fma.f32(float %473, float 0x3F2BD01060000000, float %474)
  %476 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %475, float 0x3F56E879C0000000)
  %477 = call float @llvm.fma.f32(float %476, float %475, float 0x3F81112100000000)
  %478 = call float @llvm.fma.f32(float %477, float %475, float 0x3FA5553820000000)
  %479 = call float @llvm.fma.f32(float %478, float %475, float 0x3FC5555540000000)
  %480 = call float @llvm.fma.f32(float %479, float %475, float 5.000000e-01)
  %481 = fmul float %475, %475
  %482 = call float @llvm.fma.f32(float %480, float %481, float %475)
  %483 = fadd float %482, 1.000000e+00
  %484 = fptosi float %473 to i32
  %485 = add i32 %484, 127
  %486 = shl i32 %485, 23
  %487 = bitcast i32 %486 to float
  %488 = fmul float %483, %487
  %489 = fadd float 1.000000e+00, %488
  %490 = fdiv float 1.000000e+00, %489
  %491 = call float @llvm.fma.f32(float %467, float %444, float %441)
  %492 = call float @llvm.fabs.f32(float %491)
  %493 = fmul float %491, %491
  %494 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %493, float 0x3F952269C0000000)
  %495 = call float @llvm.fma.f32(float %494, float %493, float 0xBFAB83C5A0000000)
  %496 = call float @llvm.fma.f32(float %495, float %493, float 0x3FC1107260000000)
  %497 = call float @llvm.fma.f32(float %496, float %493, float 0xBFD5555320000000)
  %498 = fmul float %497, %493
  %499 = call float @llvm.fma.f32(float %498, float %491, float %491)
  %500 = fmul float %492, 2.000000e+00
  %501 = call float @llvm.maxnum.f32(float %500, float 0xC055D33340000000)
  %502 = call float @llvm.minnum.f32(float %501, float 0x40562CCCC0000000)
  %503 = call float @llvm.fma.f32(float %502, float 0x3FF7154760000000, float 5.000000e-01)
  %504 = call float @llvm.floor.f32(float %503)
  %505 = call float @llvm.fma.f32(float %504, float 0xBFE6300000000000, float %502)
  %506 = call float @llvm.fma.f32(float %504, float 0x3F2BD01060000000, float %505)
  %507 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %506, float 0x3F56E879C0000000)
  %508 = call float @llvm.fma.f32(float %507, float %506, float 0x3F81112100000000)
  %509 = call float @llvm.fma.f32(float %508, float %506, float 0x3FA5553820000000)
  %510 = call float @llvm.fma.f32(float %509, float %506, float 0x3FC5555540000000)
  %511 = call float @llvm.fma.f32(float %510, float %506, float 5.000000e-01)
  %512 = fmul float %506, %506
  %513 = call float @llvm.fma.f32(float %511, float %512, float %506)
  %514 = fadd float %513, 1.000000e+00
  %515 = fptosi float %504 to i32
  %516 = add i32 %515, 127
  %517 = shl i32 %516, 23
  %518 = bitcast i32 %517 to float
  %519 = fmul float %514, %518
  %520 = fadd float %519, 1.000000e+00
  %521 = fdiv float 2.000000e+00, %520
  %522 = fsub float 1.000000e+00, %521
  %523 = call float @llvm.copysign.f32(float %522, float %491)
  %524 = fcmp olt float %492, 6.250000e-01
  %525 = select i1 %524, float %499, float %523
  %526 = getelementptr inbounds float, float* %2, i64 %423
  %527 = load float, float* %526, align 4
  %528 = fsub float 1.000000e+00, %490
  %529 = fmul float %528, %525
  %530 = call float @llvm.fma.f32(float %490, float %527, float %529)
  %531 = getelementptr inbounds float, float* %2, i64 %423
  store float %530, float* %531, align 4
  %532 = mul i64 %n, 128
  %533 = add i64 %532, %s
  %534 = mul i64 %533, 64
  %535 = add i64 %534, 0
  %536 = add i64 %535, %s16
  %537 = getelementptr inbounds float, float* %0, i64 %536
  store float %530, float* %537, align 4
  %s.next = add i64 %s16, 1
  br label %s.header13

s.exit15:                                         ; preds = %s.header13
  %s.next17 = add i64 %s, 1
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
declare float @llvm.fma.f32(float, float, float) #1

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
  %23 = srem i64 %task, 22
  %24 = sdiv i64 %task, 22
  %25 = mul i64 %23, 6
  %26 = mul i64 %24, 16
  %27 = mul i64 %24, 1024
  %28 = icmp eq i64 %23, 21
  br i1 %28, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %29 = add i64 %26, 0
  %30 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_ih_l0 to float*), i64 %29
  %31 = bitcast float* %30 to <8 x float>*
  %32 = load <8 x float>, <8 x float>* %31, align 4
  store <8 x float> %32, <8 x float>* %21, align 32
  store <8 x float> %32, <8 x float>* %20, align 32
  %33 = add i64 %26, 8
  %34 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_ih_l0 to float*), i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  store <8 x float> %36, <8 x float>* %19, align 32
  store <8 x float> %36, <8 x float>* %18, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %37 = add i64 %26, 0
  %38 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_ih_l0 to float*), i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  store <8 x float> %40, <8 x float>* %17, align 32
  store <8 x float> %40, <8 x float>* %16, align 32
  store <8 x float> %40, <8 x float>* %15, align 32
  store <8 x float> %40, <8 x float>* %14, align 32
  store <8 x float> %40, <8 x float>* %13, align 32
  store <8 x float> %40, <8 x float>* %12, align 32
  %41 = add i64 %26, 8
  %42 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_ih_l0 to float*), i64 %41
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
  %45 = icmp slt i64 %k, 64
  br i1 %45, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %46 = mul i64 %k, 16
  %47 = add i64 %27, %46
  %48 = add i64 %47, 0
  %49 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_ih_packed0 to float*), i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = add i64 %47, 8
  %53 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_ih_packed0 to float*), i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = add i64 %25, 0
  %57 = mul i64 %56, 64
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
  %67 = mul i64 %66, 64
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
  %80 = mul i64 %79, 192
  %81 = add i64 %80, %77
  %82 = getelementptr inbounds float, float* %2, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %78, <8 x float>* %83, align 4
  %84 = add i64 %25, 1
  %85 = add i64 %26, 0
  %86 = load <8 x float>, <8 x float>* %20, align 32
  %87 = add i64 0, %84
  %88 = mul i64 %87, 192
  %89 = add i64 %88, %85
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %86, <8 x float>* %91, align 4
  %92 = add i64 %25, 0
  %93 = add i64 %26, 8
  %94 = load <8 x float>, <8 x float>* %19, align 32
  %95 = add i64 0, %92
  %96 = mul i64 %95, 192
  %97 = add i64 %96, %93
  %98 = getelementptr inbounds float, float* %2, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %94, <8 x float>* %99, align 4
  %100 = add i64 %25, 1
  %101 = add i64 %26, 8
  %102 = load <8 x float>, <8 x float>* %18, align 32
  %103 = add i64 0, %100
  %104 = mul i64 %103, 192
  %105 = add i64 %104, %101
  %106 = getelementptr inbounds float, float* %2, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %102, <8 x float>* %107, align 4
  br label %endif

k.header2:                                        ; preds = %k.body3, %else
  %k5 = phi i64 [ 0, %else ], [ %k.next12, %k.body3 ]
  %108 = icmp slt i64 %k5, 64
  br i1 %108, label %k.body3, label %k.exit4

k.body3:                                          ; preds = %k.header2
  %109 = mul i64 %k5, 16
  %110 = add i64 %27, %109
  %111 = add i64 %110, 0
  %112 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_ih_packed0 to float*), i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %110, 8
  %116 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_ih_packed0 to float*), i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %25, 0
  %120 = mul i64 %119, 64
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
  %130 = mul i64 %129, 64
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
  %140 = mul i64 %139, 64
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
  %150 = mul i64 %149, 64
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
  %160 = mul i64 %159, 64
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
  %170 = mul i64 %169, 64
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
  %183 = mul i64 %182, 192
  %184 = add i64 %183, %180
  %185 = getelementptr inbounds float, float* %2, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %181, <8 x float>* %186, align 4
  %187 = add i64 %25, 1
  %188 = add i64 %26, 0
  %189 = load <8 x float>, <8 x float>* %16, align 32
  %190 = add i64 0, %187
  %191 = mul i64 %190, 192
  %192 = add i64 %191, %188
  %193 = getelementptr inbounds float, float* %2, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  store <8 x float> %189, <8 x float>* %194, align 4
  %195 = add i64 %25, 2
  %196 = add i64 %26, 0
  %197 = load <8 x float>, <8 x float>* %15, align 32
  %198 = add i64 0, %195
  %199 = mul i64 %198, 192
  %200 = add i64 %199, %196
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %197, <8 x float>* %202, align 4
  %203 = add i64 %25, 3
  %204 = add i64 %26, 0
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = add i64 0, %203
  %207 = mul i64 %206, 192
  %208 = add i64 %207, %204
  %209 = getelementptr inbounds float, float* %2, i64 %208
  %210 = bitcast float* %209 to <8 x float>*
  store <8 x float> %205, <8 x float>* %210, align 4
  %211 = add i64 %25, 4
  %212 = add i64 %26, 0
  %213 = load <8 x float>, <8 x float>* %13, align 32
  %214 = add i64 0, %211
  %215 = mul i64 %214, 192
  %216 = add i64 %215, %212
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %213, <8 x float>* %218, align 4
  %219 = add i64 %25, 5
  %220 = add i64 %26, 0
  %221 = load <8 x float>, <8 x float>* %12, align 32
  %222 = add i64 0, %219
  %223 = mul i64 %222, 192
  %224 = add i64 %223, %220
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %221, <8 x float>* %226, align 4
  %227 = add i64 %25, 0
  %228 = add i64 %26, 8
  %229 = load <8 x float>, <8 x float>* %11, align 32
  %230 = add i64 0, %227
  %231 = mul i64 %230, 192
  %232 = add i64 %231, %228
  %233 = getelementptr inbounds float, float* %2, i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  store <8 x float> %229, <8 x float>* %234, align 4
  %235 = add i64 %25, 1
  %236 = add i64 %26, 8
  %237 = load <8 x float>, <8 x float>* %10, align 32
  %238 = add i64 0, %235
  %239 = mul i64 %238, 192
  %240 = add i64 %239, %236
  %241 = getelementptr inbounds float, float* %2, i64 %240
  %242 = bitcast float* %241 to <8 x float>*
  store <8 x float> %237, <8 x float>* %242, align 4
  %243 = add i64 %25, 2
  %244 = add i64 %26, 8
  %245 = load <8 x float>, <8 x float>* %9, align 32
  %246 = add i64 0, %243
  %247 = mul i64 %246, 192
  %248 = add i64 %247, %244
  %249 = getelementptr inbounds float, float* %2, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %245, <8 x float>* %250, align 4
  %251 = add i64 %25, 3
  %252 = add i64 %26, 8
  %253 = load <8 x float>, <8 x float>* %8, align 32
  %254 = add i64 0, %251
  %255 = mul i64 %254, 192
  %256 = add i64 %255, %252
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %253, <8 x float>* %258, align 4
  %259 = add i64 %25, 4
  %260 = add i64 %26, 8
  %261 = load <8 x float>, <8 x float>* %7, align 32
  %262 = add i64 0, %259
  %263 = mul i64 %262, 192
  %264 = add i64 %263, %260
  %265 = getelementptr inbounds float, float* %2, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  store <8 x float> %261, <8 x float>* %266, align 4
  %267 = add i64 %25, 5
  %268 = add i64 %26, 8
  %269 = load <8 x float>, <8 x float>* %6, align 32
  %270 = add i64 0, %267
  %271 = mul i64 %270, 192
  %272 = add i64 %271, %268
  %273 = getelementptr inbounds float, float* %2, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %269, <8 x float>* %274, align 4
  br label %endif
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
  %19 = add i64 264, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 264
  %23 = select i1 %22, i64 %21, i64 264
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 264
  %26 = select i1 %25, i64 %24, i64 264
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
  br label %task.header

task.header:                                      ; preds = %n.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %n.exit ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %s.exit, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %s.exit ]
  %31 = icmp slt i64 %n, 1
  br i1 %31, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %32 = getelementptr inbounds float, float* %2, i64 24768
  %33 = bitcast float* %32 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %33, i8 0, i64 512, i1 false)
  br label %s.header

n.exit:                                           ; preds = %n.header
  %task.next = add i64 %task, 1
  br label %task.header

s.header:                                         ; preds = %s.exit15, %n.body
  %s = phi i64 [ 0, %n.body ], [ %s.next17, %s.exit15 ]
  %34 = icmp slt i64 %s, 128
  br i1 %34, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %35 = add i64 0, %n
  %36 = mul i64 %35, 128
  %37 = add i64 %36, %s
  %38 = mul i64 %37, 192
  %39 = load <8 x float>, <8 x float>* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to <8 x float>*), align 4
  store <8 x float> %39, <8 x float>* %29, align 32
  %40 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 8) to <8 x float>*), align 4
  store <8 x float> %40, <8 x float>* %28, align 32
  %41 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 16) to <8 x float>*), align 4
  store <8 x float> %41, <8 x float>* %27, align 32
  %42 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 24) to <8 x float>*), align 4
  store <8 x float> %42, <8 x float>* %26, align 32
  %43 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 32) to <8 x float>*), align 4
  store <8 x float> %43, <8 x float>* %25, align 32
  %44 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 40) to <8 x float>*), align 4
  store <8 x float> %44, <8 x float>* %24, align 32
  %45 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 48) to <8 x float>*), align 4
  store <8 x float> %45, <8 x float>* %23, align 32
  %46 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 56) to <8 x float>*), align 4
  store <8 x float> %46, <8 x float>* %22, align 32
  br label %k.header

s.exit:                                           ; preds = %s.header
  %47 = mul i64 %n, 64
  %48 = add i64 %47, 0
  %49 = getelementptr inbounds float, float* %0, i64 %48
  %50 = getelementptr inbounds float, float* %2, i64 24768
  %51 = bitcast float* %49 to i8*
  %52 = bitcast float* %50 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %51, i8* align 4 %52, i64 256, i1 false)
  %n.next = add i64 %n, 1
  br label %n.header

k.header:                                         ; preds = %k.body, %s.body
  %k = phi i64 [ 0, %s.body ], [ %k.next, %k.body ]
  %53 = icmp slt i64 %k, 64
  br i1 %53, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %54 = add i64 24768, %k
  %55 = getelementptr inbounds float, float* %2, i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  %58 = mul i64 %k, 192
  %59 = add i64 %58, 0
  %60 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  %63 = load <8 x float>, <8 x float>* %29, align 32
  %64 = call <8 x float> @llvm.fma.v8f32(<8 x float> %62, <8 x float> %splat, <8 x float> %63)
  store <8 x float> %64, <8 x float>* %29, align 32
  %65 = add i64 %58, 8
  %66 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  %69 = load <8 x float>, <8 x float>* %28, align 32
  %70 = call <8 x float> @llvm.fma.v8f32(<8 x float> %68, <8 x float> %splat, <8 x float> %69)
  store <8 x float> %70, <8 x float>* %28, align 32
  %71 = add i64 %58, 16
  %72 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %74 = load <8 x float>, <8 x float>* %73, align 4
  %75 = load <8 x float>, <8 x float>* %27, align 32
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %splat, <8 x float> %75)
  store <8 x float> %76, <8 x float>* %27, align 32
  %77 = add i64 %58, 24
  %78 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = load <8 x float>, <8 x float>* %26, align 32
  %82 = call <8 x float> @llvm.fma.v8f32(<8 x float> %80, <8 x float> %splat, <8 x float> %81)
  store <8 x float> %82, <8 x float>* %26, align 32
  %83 = add i64 %58, 32
  %84 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  %86 = load <8 x float>, <8 x float>* %85, align 4
  %87 = load <8 x float>, <8 x float>* %25, align 32
  %88 = call <8 x float> @llvm.fma.v8f32(<8 x float> %86, <8 x float> %splat, <8 x float> %87)
  store <8 x float> %88, <8 x float>* %25, align 32
  %89 = add i64 %58, 40
  %90 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  %93 = load <8 x float>, <8 x float>* %24, align 32
  %94 = call <8 x float> @llvm.fma.v8f32(<8 x float> %92, <8 x float> %splat, <8 x float> %93)
  store <8 x float> %94, <8 x float>* %24, align 32
  %95 = add i64 %58, 48
  %96 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = load <8 x float>, <8 x float>* %23, align 32
  %100 = call <8 x float> @llvm.fma.v8f32(<8 x float> %98, <8 x float> %splat, <8 x float> %99)
  store <8 x float> %100, <8 x float>* %23, align 32
  %101 = add i64 %58, 56
  %102 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = load <8 x float>, <8 x float>* %22, align 32
  %106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %104, <8 x float> %splat, <8 x float> %105)
  store <8 x float> %106, <8 x float>* %22, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %107 = load <8 x float>, <8 x float>* %29, align 32
  %108 = getelementptr inbounds float, float* %2, i64 24576
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %107, <8 x float>* %109, align 4
  %110 = load <8 x float>, <8 x float>* %28, align 32
  %111 = getelementptr inbounds float, float* %2, i64 24584
  %112 = bitcast float* %111 to <8 x float>*
  store <8 x float> %110, <8 x float>* %112, align 4
  %113 = load <8 x float>, <8 x float>* %27, align 32
  %114 = getelementptr inbounds float, float* %2, i64 24592
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = load <8 x float>, <8 x float>* %26, align 32
  %117 = getelementptr inbounds float, float* %2, i64 24600
  %118 = bitcast float* %117 to <8 x float>*
  store <8 x float> %116, <8 x float>* %118, align 4
  %119 = load <8 x float>, <8 x float>* %25, align 32
  %120 = getelementptr inbounds float, float* %2, i64 24608
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %119, <8 x float>* %121, align 4
  %122 = load <8 x float>, <8 x float>* %24, align 32
  %123 = getelementptr inbounds float, float* %2, i64 24616
  %124 = bitcast float* %123 to <8 x float>*
  store <8 x float> %122, <8 x float>* %124, align 4
  %125 = load <8 x float>, <8 x float>* %23, align 32
  %126 = getelementptr inbounds float, float* %2, i64 24624
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %125, <8 x float>* %127, align 4
  %128 = load <8 x float>, <8 x float>* %22, align 32
  %129 = getelementptr inbounds float, float* %2, i64 24632
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %128, <8 x float>* %130, align 4
  %131 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 64) to <8 x float>*), align 4
  store <8 x float> %131, <8 x float>* %21, align 32
  %132 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 72) to <8 x float>*), align 4
  store <8 x float> %132, <8 x float>* %20, align 32
  %133 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 80) to <8 x float>*), align 4
  store <8 x float> %133, <8 x float>* %19, align 32
  %134 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 88) to <8 x float>*), align 4
  store <8 x float> %134, <8 x float>* %18, align 32
  %135 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 96) to <8 x float>*), align 4
  store <8 x float> %135, <8 x float>* %17, align 32
  %136 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 104) to <8 x float>*), align 4
  store <8 x float> %136, <8 x float>* %16, align 32
  %137 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 112) to <8 x float>*), align 4
  store <8 x float> %137, <8 x float>* %15, align 32
  %138 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %138, <8 x float>* %14, align 32
  br label %k.header1

k.header1:                                        ; preds = %k.body2, %k.exit
  %k4 = phi i64 [ 0, %k.exit ], [ %k.next6, %k.body2 ]
  %139 = icmp slt i64 %k4, 64
  br i1 %139, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %140 = add i64 24768, %k4
  %141 = getelementptr inbounds float, float* %2, i64 %140
  %142 = load float, float* %141, align 4
  %143 = insertelement <8 x float> undef, float %142, i32 0
  %splat5 = shufflevector <8 x float> %143, <8 x float> undef, <8 x i32> zeroinitializer
  %144 = mul i64 %k4, 192
  %145 = add i64 %144, 64
  %146 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  %148 = load <8 x float>, <8 x float>* %147, align 4
  %149 = load <8 x float>, <8 x float>* %21, align 32
  %150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %148, <8 x float> %splat5, <8 x float> %149)
  store <8 x float> %150, <8 x float>* %21, align 32
  %151 = add i64 %144, 72
  %152 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = load <8 x float>, <8 x float>* %20, align 32
  %156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> %splat5, <8 x float> %155)
  store <8 x float> %156, <8 x float>* %20, align 32
  %157 = add i64 %144, 80
  %158 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  %160 = load <8 x float>, <8 x float>* %159, align 4
  %161 = load <8 x float>, <8 x float>* %19, align 32
  %162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %160, <8 x float> %splat5, <8 x float> %161)
  store <8 x float> %162, <8 x float>* %19, align 32
  %163 = add i64 %144, 88
  %164 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = load <8 x float>, <8 x float>* %18, align 32
  %168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %splat5, <8 x float> %167)
  store <8 x float> %168, <8 x float>* %18, align 32
  %169 = add i64 %144, 96
  %170 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %169
  %171 = bitcast float* %170 to <8 x float>*
  %172 = load <8 x float>, <8 x float>* %171, align 4
  %173 = load <8 x float>, <8 x float>* %17, align 32
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %172, <8 x float> %splat5, <8 x float> %173)
  store <8 x float> %174, <8 x float>* %17, align 32
  %175 = add i64 %144, 104
  %176 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = load <8 x float>, <8 x float>* %16, align 32
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %splat5, <8 x float> %179)
  store <8 x float> %180, <8 x float>* %16, align 32
  %181 = add i64 %144, 112
  %182 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = load <8 x float>, <8 x float>* %15, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> %splat5, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %15, align 32
  %187 = add i64 %144, 120
  %188 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %187
  %189 = bitcast float* %188 to <8 x float>*
  %190 = load <8 x float>, <8 x float>* %189, align 4
  %191 = load <8 x float>, <8 x float>* %14, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> %splat5, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %14, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %193 = load <8 x float>, <8 x float>* %21, align 32
  %194 = getelementptr inbounds float, float* %2, i64 24640
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %193, <8 x float>* %195, align 4
  %196 = load <8 x float>, <8 x float>* %20, align 32
  %197 = getelementptr inbounds float, float* %2, i64 24648
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %196, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %19, align 32
  %200 = getelementptr inbounds float, float* %2, i64 24656
  %201 = bitcast float* %200 to <8 x float>*
  store <8 x float> %199, <8 x float>* %201, align 4
  %202 = load <8 x float>, <8 x float>* %18, align 32
  %203 = getelementptr inbounds float, float* %2, i64 24664
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %202, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %17, align 32
  %206 = getelementptr inbounds float, float* %2, i64 24672
  %207 = bitcast float* %206 to <8 x float>*
  store <8 x float> %205, <8 x float>* %207, align 4
  %208 = load <8 x float>, <8 x float>* %16, align 32
  %209 = getelementptr inbounds float, float* %2, i64 24680
  %210 = bitcast float* %209 to <8 x float>*
  store <8 x float> %208, <8 x float>* %210, align 4
  %211 = load <8 x float>, <8 x float>* %15, align 32
  %212 = getelementptr inbounds float, float* %2, i64 24688
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %214 = load <8 x float>, <8 x float>* %14, align 32
  %215 = getelementptr inbounds float, float* %2, i64 24696
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %214, <8 x float>* %216, align 4
  %217 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 128) to <8 x float>*), align 4
  store <8 x float> %217, <8 x float>* %13, align 32
  %218 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 136) to <8 x float>*), align 4
  store <8 x float> %218, <8 x float>* %12, align 32
  %219 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 144) to <8 x float>*), align 4
  store <8 x float> %219, <8 x float>* %11, align 32
  %220 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 152) to <8 x float>*), align 4
  store <8 x float> %220, <8 x float>* %10, align 32
  %221 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 160) to <8 x float>*), align 4
  store <8 x float> %221, <8 x float>* %9, align 32
  %222 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 168) to <8 x float>*), align 4
  store <8 x float> %222, <8 x float>* %8, align 32
  %223 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 176) to <8 x float>*), align 4
  store <8 x float> %223, <8 x float>* %7, align 32
  %224 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 184) to <8 x float>*), align 4
  store <8 x float> %224, <8 x float>* %6, align 32
  br label %k.header7

k.header7:                                        ; preds = %k.body8, %k.exit3
  %k10 = phi i64 [ 0, %k.exit3 ], [ %k.next12, %k.body8 ]
  %225 = icmp slt i64 %k10, 64
  br i1 %225, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %226 = add i64 24768, %k10
  %227 = getelementptr inbounds float, float* %2, i64 %226
  %228 = load float, float* %227, align 4
  %229 = insertelement <8 x float> undef, float %228, i32 0
  %splat11 = shufflevector <8 x float> %229, <8 x float> undef, <8 x i32> zeroinitializer
  %230 = mul i64 %k10, 192
  %231 = add i64 %230, 128
  %232 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  %234 = load <8 x float>, <8 x float>* %233, align 4
  %235 = load <8 x float>, <8 x float>* %13, align 32
  %236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %234, <8 x float> %splat11, <8 x float> %235)
  store <8 x float> %236, <8 x float>* %13, align 32
  %237 = add i64 %230, 136
  %238 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  %240 = load <8 x float>, <8 x float>* %239, align 4
  %241 = load <8 x float>, <8 x float>* %12, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %splat11, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %12, align 32
  %243 = add i64 %230, 144
  %244 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %243
  %245 = bitcast float* %244 to <8 x float>*
  %246 = load <8 x float>, <8 x float>* %245, align 4
  %247 = load <8 x float>, <8 x float>* %11, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %splat11, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %11, align 32
  %249 = add i64 %230, 152
  %250 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %249
  %251 = bitcast float* %250 to <8 x float>*
  %252 = load <8 x float>, <8 x float>* %251, align 4
  %253 = load <8 x float>, <8 x float>* %10, align 32
  %254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %252, <8 x float> %splat11, <8 x float> %253)
  store <8 x float> %254, <8 x float>* %10, align 32
  %255 = add i64 %230, 160
  %256 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %255
  %257 = bitcast float* %256 to <8 x float>*
  %258 = load <8 x float>, <8 x float>* %257, align 4
  %259 = load <8 x float>, <8 x float>* %9, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %splat11, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %9, align 32
  %261 = add i64 %230, 168
  %262 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = load <8 x float>, <8 x float>* %8, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %splat11, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %8, align 32
  %267 = add i64 %230, 176
  %268 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = load <8 x float>, <8 x float>* %7, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %splat11, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %7, align 32
  %273 = add i64 %230, 184
  %274 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_t0 to float*), i64 %273
  %275 = bitcast float* %274 to <8 x float>*
  %276 = load <8 x float>, <8 x float>* %275, align 4
  %277 = load <8 x float>, <8 x float>* %6, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %splat11, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %6, align 32
  %k.next12 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %279 = load <8 x float>, <8 x float>* %13, align 32
  %280 = getelementptr inbounds float, float* %2, i64 24704
  %281 = bitcast float* %280 to <8 x float>*
  store <8 x float> %279, <8 x float>* %281, align 4
  %282 = load <8 x float>, <8 x float>* %12, align 32
  %283 = getelementptr inbounds float, float* %2, i64 24712
  %284 = bitcast float* %283 to <8 x float>*
  store <8 x float> %282, <8 x float>* %284, align 4
  %285 = load <8 x float>, <8 x float>* %11, align 32
  %286 = getelementptr inbounds float, float* %2, i64 24720
  %287 = bitcast float* %286 to <8 x float>*
  store <8 x float> %285, <8 x float>* %287, align 4
  %288 = load <8 x float>, <8 x float>* %10, align 32
  %289 = getelementptr inbounds float, float* %2, i64 24728
  %290 = bitcast float* %289 to <8 x float>*
  store <8 x float> %288, <8 x float>* %290, align 4
  %291 = load <8 x float>, <8 x float>* %9, align 32
  %292 = getelementptr inbounds float, float* %2, i64 24736
  %293 = bitcast float* %292 to <8 x float>*
  store <8 x float> %291, <8 x float>* %293, align 4
  %294 = load <8 x float>, <8 x float>* %8, align 32
  %295 = getelementptr inbounds float, float* %2, i64 24744
  %296 = bitcast float* %295 to <8 x float>*
  store <8 x float> %294, <8 x float>* %296, align 4
  %297 = load <8 x float>, <8 x float>* %7, align 32
  %298 = getelementptr inbounds float, float* %2, i64 24752
  %299 = bitcast float* %298 to <8 x float>*
  store <8 x float> %297, <8 x float>* %299, align 4
  %300 = load <8 x float>, <8 x float>* %6, align 32
  %301 = getelementptr inbounds float, float* %2, i64 24760
  %302 = bitcast float* %301 to <8 x float>*
  store <8 x float> %300, <8 x float>* %302, align 4
  br label %v.header

v.header:                                         ; preds = %v.body, %k.exit9
  %v = phi i64 [ 0, %k.exit9 ], [ %v.next, %v.body ]
  %303 = icmp slt i64 %v, 64
  br i1 %303, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %304 = add i64 24768, %v
  %305 = add i64 0, %v
  %306 = add i64 %38, %305
  %307 = getelementptr inbounds float, float* %2, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 24576, %305
  %311 = getelementptr inbounds float, float* %2, i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 64, %v
  %315 = add i64 %38, %314
  %316 = getelementptr inbounds float, float* %2, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  %318 = load <8 x float>, <8 x float>* %317, align 4
  %319 = add i64 24576, %314
  %320 = getelementptr inbounds float, float* %2, i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  %322 = load <8 x float>, <8 x float>* %321, align 4
  %323 = add i64 128, %v
  %324 = add i64 %38, %323
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  %327 = load <8 x float>, <8 x float>* %326, align 4
  %328 = add i64 24576, %323
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = load <8 x float>, <8 x float>* %330, align 4
  %332 = fadd <8 x float> %309, %313
  %333 = fneg <8 x float> %332
  %334 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %333, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %335 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %334, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %337 = call <8 x float> @llvm.floor.v8f32(<8 x float> %336)
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %335)
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %338)
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %339, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %339, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %341, <8 x float> %339, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %339, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %343, <8 x float> %339, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %345 = fmul <8 x float> %339, %339
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %344, <8 x float> %345, <8 x float> %339)
  %347 = fadd <8 x float> %346, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %348 = fptosi <8 x float> %337 to <8 x i32>
  %349 = add <8 x i32> %348, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %350 = shl <8 x i32> %349, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %351 = bitcast <8 x i32> %350 to <8 x float>
  %352 = fmul <8 x float> %347, %351
  %353 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %352
  %354 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %353
  %355 = fadd <8 x float> %318, %322
  %356 = fneg <8 x float> %355
  %357 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %356, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %358 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %357, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %358, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %360 = call <8 x float> @llvm.floor.v8f32(<8 x float> %359)
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %358)
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %361)
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %362, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %363, <8 x float> %362, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %364, <8 x float> %362, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %362, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %362, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %368 = fmul <8 x float> %362, %362
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %368, <8 x float> %362)
  %370 = fadd <8 x float> %369, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %371 = fptosi <8 x float> %360 to <8 x i32>
  %372 = add <8 x i32> %371, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %373 = shl <8 x i32> %372, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %374 = bitcast <8 x i32> %373 to <8 x float>
  %375 = fmul <8 x float> %370, %374
  %376 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %375
  %377 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %376
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %331, <8 x float> %327)
  %379 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %378)
  %380 = fmul <8 x float> %378, %378
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %380, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %381, <8 x float> %380, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %382, <8 x float> %380, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %383, <8 x float> %380, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %385 = fmul <8 x float> %384, %380
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %385, <8 x float> %378, <8 x float> %378)
  %387 = fmul <8 x float> %379, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %388 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %387, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %389 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %388, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %389, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %391 = call <8 x float> @llvm.floor.v8f32(<8 x float> %390)
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %391, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %389)
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %391, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %392)
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %393, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %394, <8 x float> %393, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %395, <8 x float> %393, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %393, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %397, <8 x float> %393, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %399 = fmul <8 x float> %393, %393
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %398, <8 x float> %399, <8 x float> %393)
  %401 = fadd <8 x float> %400, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %402 = fptosi <8 x float> %391 to <8 x i32>
  %403 = add <8 x i32> %402, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %404 = shl <8 x i32> %403, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %405 = bitcast <8 x i32> %404 to <8 x float>
  %406 = fmul <8 x float> %401, %405
  %407 = fadd <8 x float> %406, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %408 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %407
  %409 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %408
  %410 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %409, <8 x float> %378)
  %411 = fcmp olt <8 x float> %379, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %412 = select <8 x i1> %411, <8 x float> %386, <8 x float> %410
  %413 = getelementptr inbounds float, float* %2, i64 %304
  %414 = bitcast float* %413 to <8 x float>*
  %415 = load <8 x float>, <8 x float>* %414, align 4
  %416 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %377
  %417 = fmul <8 x float> %416, %412
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %377, <8 x float> %415, <8 x float> %417)
  %419 = getelementptr inbounds float, float* %2, i64 %304
  %420 = bitcast float* %419 to <8 x float>*
  store <8 x float> %418, <8 x float>* %420, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header13

s.header13:                                       ; preds = %s.body14, %v.exit
  %s16 = phi i64 [ 64, %v.exit ], [ %s.next, %s.body14 ]
  %421 = icmp slt i64 %s16, 64
  br i1 %421, label %s.body14, label %s.exit15

s.body14:                                         ; preds = %s.header13
  %422 = add i64 24768, %s16
  %423 = add i64 0, %s16
  %424 = add i64 %38, %423
  %425 = getelementptr inbounds float, float* %2, i64 %424
  %426 = load float, float* %425, align 4
  %427 = add i64 24576, %423
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = load float, float* %428, align 4
  %430 = add i64 64, %s16
  %431 = add i64 %38, %430
  %432 = getelementptr inbounds float, float* %2, i64 %431
  %433 = load float, float* %432, align 4
  %434 = add i64 24576, %430
  %435 = getelementptr inbounds float, float* %2, i64 %434
  %436 = load float, float* %435, align 4
  %437 = add i64 128, %s16
  %438 = add i64 %38, %437
  %439 = getelementptr inbounds float, float* %2, i64 %438
  %440 = load float, float* %439, align 4
  %441 = add i64 24576, %437
  %442 = getelementptr inbounds float, float* %2, i64 %441
  %443 = load float, float* %442, align 4
  %444 = fadd float %426, %429
  %445 = fneg float %444
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
  %465 = fadd float 1.000000e+00, %464
  %466 = fdiv float 1.000000e+00, %465
  %467 = fadd float %433, %436
  %468 = fneg float %467
  %469 = call float @llvm.maxnum.f32(float %468, float 0xC055D33340000000)
  %470 = call float @llvm.minnum.f32(float %469, float 0x40562CCCC0000000)
  %471 = call float @llvm.fma.f32(float %470, float 0x3FF7154760000000, float 5.000000e-01)
  %472 = call float @llvm.floor.f32(float %471)
  %473 = call float @llvm.fma.f32(float %472, float 0xBFE6300000000000, float %470)
  %474 = call float @llvm.fma.f32(float %472, float 0x3F2BD01060000000, float %473)
  %475 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %474, float 0x3F56E879C0000000)
  %476 = call float @llvm.fma.f32(float %475, float %474, float 0x3F81112100000000)
  %477 = call float @llvm.fma.f32(float %476, float %474, float 0x3FA5553820000000)
  %478 = call float @llvm.fma.f32(float %477, float %474, float 0x3FC5555540000000)
  %479 = call float @llvm.fma.f32(float %478, float %474, float 5.000000e-01)
  %480 = fmul float %474, %474
  %481 = call float @llvm.fma.f32(float %479, float %480, float %474)
  %482 = fadd float %481, 1.000000e+00
  %483 = fptosi float %472 to i32
  %484 = add i32 %483, 127
  %485 = shl i32 %484, 23
  %486 = bitcast i32 %485 to float
  %487 = fmul float %482, %486
  %488 = fadd float 1.000000e+00, %487
  %489 = fdiv float 1.000000e+00, %488
  %490 = call float @llvm.fma.f32(float %466, float %443, float %440)
  %491 = call float @llvm.fabs.f32(float %490)
  %492 = fmul float %490, %490
  %493 = call float @llvm.fma.f32(float 0xBF775E1D40000000, float %492, float 0x3F952269C0000000)
  %494 = call float @llvm.fma.f32(float %493, float %492, float 0xBFAB83C5A0000000)
  %495 = call float @llvm.fma.f32(float %494, float %492, float 0x3FC1107260000000)
  %496 = call float @llvm.fma.f32(float %495, float %492, float 0xBFD5555320000000)
  %497 = fmul float %496, %492
  %498 = call float @llvm.fma.f32(float %497, float %490, float %490)
  %499 = fmul float %491, 2.000000e+00
  %500 = call float @llvm.maxnum.f32(float %499, float 0xC055D33340000000)
  %501 = call float @llvm.minnum.f32(float %500, float 0x40562CCCC0000000)
  %502 = call float @llvm.fma.f32(float %501, float 0x3FF7154760000000, float 5.000000e-01)
  %503 = call float @llvm.floor.f32(float %502)
  %504 = call float @llvm.fma.f32(float %503, float 0xBFE6300000000000, float %501)
  %505 = call float @llvm.fma.f32(float %503, float 0x3F2BD01060000000, float %504)
  %506 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %505, float 0x3F56E879C0000000)
  %507 = call float @llvm.fma.f32(float %506, float %505, float 0x3F81112100000000)
  %508 = call float @llvm.fma.f32(float %507, float %505, float 0x3FA5553820000000)
  %509 = call float @llvm.fma.f32(float %508, float %505, float 0x3FC5555540000000)
  %510 = call float @llvm.fma.f32(float %509, float %505, float 5.000000e-01)
  %511 = fmul float %505, %505
  %512 = call float @llvm.fma.f32(float %510, float %511, float %505)
  %513 = fadd float %512, 1.000000e+00
  %514 = fptosi float %503 to i32
  %515 = add i32 %514, 127
  %516 = shl i32 %515, 23
  %517 = bitcast i32 %516 to float
  %518 = fmul float %513, %517
  %519 = fadd float %518, 1.000000e+00
  %520 = fdiv float 2.000000e+00, %519
  %521 = fsub float 1.000000e+00, %520
  %522 = call float @llvm.copysign.f32(float %521, float %490)
  %523 = fcmp olt float %491, 6.250000e-01
  %524 = select i1 %523, float %498, float %522
  %525 = getelementptr inbounds float, float* %2, i64 %422
  %526 = load float, float* %525, align 4
  %527 = fsub float 1.000000e+00, %489
  %528 = fmul float %527, %524
  %529 = call float @llvm.fma.f32(float %489, float %526, float %528)
  %530 = getelementptr inbounds float, float* %2, i64 %422
  store float %529, float* %530, align 4
  %s.next = add i64 %s16, 1
  br label %s.header13

s.exit15:                                         ; preds = %s.header13
  %s.next17 = add i64 %s, 1
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
  %15 = mul i64 %12, 512
  %16 = icmp eq i64 %12, 0
  br i1 %16, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %17 = add i64 %14, 0
  %18 = getelementptr inbounds float, float* %5, i64 %17
  %19 = bitcast float* %18 to <8 x float>*
  %20 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %19, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
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
  %25 = icmp slt i64 %k, 64
  br i1 %25, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %26 = mul i64 %k, 8
  %27 = add i64 %15, %26
  %28 = add i64 %27, 0
  %29 = getelementptr inbounds float, float* %4, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %13, 0
  %33 = mul i64 %32, 64
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
  %43 = mul i64 %40, 6
  %44 = add i64 %43, %41
  %45 = getelementptr inbounds float, float* %0, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %42, <8 x float>* %46, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %47 = icmp slt i64 %k4, 64
  br i1 %47, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %48 = mul i64 %k4, 8
  %49 = add i64 %15, %48
  %50 = add i64 %49, 0
  %51 = getelementptr inbounds float, float* %4, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %13, 0
  %55 = mul i64 %54, 64
  %56 = add i64 %55, %k4
  %57 = getelementptr inbounds float, float* %1, i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat5 = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %8, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %53, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %62 = add i64 %13, 0
  %63 = add i64 %14, 0
  %64 = load <8 x float>, <8 x float>* %8, align 32
  %65 = mul i64 %62, 6
  %66 = add i64 %65, %63
  %67 = getelementptr inbounds float, float* %0, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %64, <8 x float>* %68, align 4
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
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %20, align 8
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %input0, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %19, i8** %22, align 8
  %23 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %23, align 8
  %24 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node0.gru_1.step0, i8* %24, i32 0, i32 0)
  call void @node0.gru_1.step1(i8* %24)
  %25 = getelementptr inbounds i8, i8* %workspace7, i64 132352
  %26 = getelementptr inbounds i8, i8* %workspace7, i64 99584
  %27 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %25, i8** %28, align 8
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %26, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %27, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %31, align 8
  %32 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.gru_2.step0, i8* %32, i32 0, i32 0)
  call void @node1.gru_2.step1(i8* %32)
  %33 = getelementptr inbounds i8, i8* %workspace7, i64 132352
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %34, align 8
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %33, i8** %35, align 8
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %36, align 8
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %37, align 8
  %38 = bitcast [6 x i8*]* %args to i8*
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([24 x i8], [24 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %40, align 8
  call void @node2.dense_1.step0(i8* %38)
  %41 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %41, align 8
  %42 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %42, align 8
  %43 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %43, align 8
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %44, align 8
  %45 = bitcast [6 x i8*]* %args to i8*
  call void @node3.dense_1.softmax.step0(i8* %45)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @gru_activity_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @gru_activity_workspace_size() #7 {
entry:
  ret i64 132671
}

; Function Attrs: nounwind
define i32 @gru_activity_infer(i8* %0, i8* %1, i8* %2) #7 {
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
attributes #5 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #6 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #7 = { nounwind }
