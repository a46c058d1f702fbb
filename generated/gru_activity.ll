; gru_activity: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
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
@weight.gru_1.weight_hh_packed0 = external constant [49152 x i8], align 64
@weight.gru_2.weight_ih_l0 = external constant [49152 x i8], align 64
@weight.gru_2.weight_hh_l0 = external constant [49152 x i8], align 64
@weight.gru_2.bias_ih_l0 = external constant [768 x i8], align 64
@weight.gru_2.bias_hh_l0 = external constant [768 x i8], align 64
@weight.gru_2.weight_ih_packed0 = external constant [49152 x i8], align 64
@weight.gru_2.weight_hh_packed0 = external constant [49152 x i8], align 64
@weight.dense_1.packed = external constant [2048 x i8], align 64
@weight.dense_1.bias = external constant [24 x i8], align 64
@dlc.model_name = private unnamed_addr constant [13 x i8] c"gru_activity\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
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

declare i32 @omp_get_max_threads()

declare void @GOMP_barrier()

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
  %33 = add i64 %26, 8
  %34 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_ih_l0 to float*), i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  store <8 x float> %32, <8 x float>* %21, align 32
  store <8 x float> %32, <8 x float>* %20, align 32
  store <8 x float> %36, <8 x float>* %19, align 32
  store <8 x float> %36, <8 x float>* %18, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %37 = add i64 %26, 0
  %38 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_ih_l0 to float*), i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  %41 = add i64 %26, 8
  %42 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_ih_l0 to float*), i64 %41
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

; Function Attrs: noinline nounwind
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
  br i1 true, label %then, label %else

then:                                             ; preds = %entry
  %24 = sub i64 %5, 1
  %25 = add i64 1, %24
  %26 = sdiv i64 %25, %5
  br label %round.header

else:                                             ; preds = %entry
  %27 = sub i64 %5, 1
  %28 = add i64 8, %27
  %29 = sdiv i64 %28, %5
  %30 = mul i64 %4, %29
  %31 = icmp slt i64 %30, 8
  %32 = select i1 %31, i64 %30, i64 8
  %33 = add i64 %32, %29
  %34 = icmp slt i64 %33, 8
  %35 = select i1 %34, i64 %33, i64 8
  %36 = getelementptr inbounds float, float* %2, i64 24576
  %37 = getelementptr inbounds float, float* %36, i64 64
  %38 = getelementptr inbounds float, float* %36, i64 128
  br i1 true, label %then13, label %endif14

endif:                                            ; preds = %endif14, %round.exit
  ret void

round.header:                                     ; preds = %endif2, %then
  %round = phi i64 [ 0, %then ], [ %round.next, %endif2 ]
  %39 = icmp slt i64 %round, %26
  br i1 %39, label %round.body, label %round.exit

round.body:                                       ; preds = %round.header
  %40 = mul i64 %round, %5
  %41 = add i64 %4, %40
  %42 = icmp slt i64 %41, 1
  br i1 %42, label %then1, label %endif2

round.exit:                                       ; preds = %round.header
  br label %endif

then1:                                            ; preds = %round.body
  %43 = mul i64 %41, 320
  %44 = add i64 24576, %43
  %45 = getelementptr inbounds float, float* %2, i64 %44
  %46 = getelementptr inbounds float, float* %45, i64 64
  %47 = getelementptr inbounds float, float* %45, i64 128
  %48 = srem i64 %41, 1
  %49 = sdiv i64 %41, 1
  %50 = icmp eq i64 %49, 0
  br i1 %50, label %then3, label %endif4

endif2:                                           ; preds = %endif4, %round.body
  %round.next = add i64 %round, 1
  br label %round.header

then3:                                            ; preds = %then1
  br label %zero.header

endif4:                                           ; preds = %s.exit, %then1
  br label %endif2

zero.header:                                      ; preds = %zero.body, %then3
  %zero = phi i64 [ 0, %then3 ], [ %zero.next, %zero.body ]
  %51 = icmp slt i64 %zero, 8
  br i1 %51, label %zero.body, label %zero.exit

zero.body:                                        ; preds = %zero.header
  %52 = mul i64 %zero, 8
  %53 = getelementptr inbounds float, float* %45, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %54, align 4
  %55 = mul i64 %zero, 8
  %56 = getelementptr inbounds float, float* %47, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %57, align 4
  %zero.next = add i64 %zero, 1
  br label %zero.header

zero.exit:                                        ; preds = %zero.header
  br label %s.header

s.header:                                         ; preds = %endif6, %zero.exit
  %s = phi i64 [ 0, %zero.exit ], [ %s.next, %endif6 ]
  %58 = icmp slt i64 %s, 128
  br i1 %58, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %59 = and i64 %s, 1
  %60 = icmp eq i64 %59, 0
  %61 = select i1 %60, float* %45, float* %46
  %62 = select i1 %60, float* %46, float* %45
  %63 = add i64 0, %48
  %64 = mul i64 %63, 128
  %65 = add i64 %64, %s
  %66 = mul i64 %65, 192
  br label %pair.header

s.exit:                                           ; preds = %s.header
  br label %endif4

pair.header:                                      ; preds = %k.exit, %s.body
  %pair = phi i64 [ 0, %s.body ], [ %pair.next, %k.exit ]
  %67 = icmp slt i64 %pair, 4
  br i1 %67, label %pair.body, label %pair.exit

pair.body:                                        ; preds = %pair.header
  %68 = mul i64 %pair, 2
  %69 = add i64 0, %68
  %70 = add i64 %69, 1
  %71 = mul i64 %69, 8
  %72 = mul i64 %70, 8
  %73 = add i64 0, %71
  %74 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  store <8 x float> %76, <8 x float>* %23, align 32
  %77 = add i64 0, %72
  %78 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  store <8 x float> %80, <8 x float>* %22, align 32
  %81 = add i64 64, %71
  %82 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  store <8 x float> %84, <8 x float>* %21, align 32
  %85 = add i64 64, %72
  %86 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  %88 = load <8 x float>, <8 x float>* %87, align 4
  store <8 x float> %88, <8 x float>* %20, align 32
  %89 = add i64 128, %71
  %90 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  store <8 x float> %92, <8 x float>* %19, align 32
  %93 = add i64 128, %72
  %94 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  store <8 x float> %96, <8 x float>* %18, align 32
  br label %k.header

pair.exit:                                        ; preds = %pair.header
  br i1 false, label %then5, label %endif6

k.header:                                         ; preds = %k.body, %pair.body
  %k = phi i64 [ 0, %pair.body ], [ %k.next, %k.body ]
  %97 = icmp slt i64 %k, 64
  br i1 %97, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %98 = mul i64 %69, 64
  %99 = add i64 %98, %k
  %100 = mul i64 %99, 24
  %101 = add i64 %100, 0
  %102 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = mul i64 %70, 64
  %106 = add i64 %105, %k
  %107 = mul i64 %106, 24
  %108 = add i64 %107, 0
  %109 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = mul i64 %69, 64
  %113 = add i64 %112, %k
  %114 = mul i64 %113, 24
  %115 = add i64 %114, 8
  %116 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = mul i64 %70, 64
  %120 = add i64 %119, %k
  %121 = mul i64 %120, 24
  %122 = add i64 %121, 8
  %123 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = mul i64 %69, 64
  %127 = add i64 %126, %k
  %128 = mul i64 %127, 24
  %129 = add i64 %128, 16
  %130 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = mul i64 %70, 64
  %134 = add i64 %133, %k
  %135 = mul i64 %134, 24
  %136 = add i64 %135, 16
  %137 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = getelementptr inbounds float, float* %61, i64 %k
  %141 = load float, float* %140, align 4
  %142 = insertelement <8 x float> undef, float %141, i32 0
  %splat = shufflevector <8 x float> %142, <8 x float> undef, <8 x i32> zeroinitializer
  %143 = load <8 x float>, <8 x float>* %23, align 32
  %144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %104, <8 x float> %143)
  store <8 x float> %144, <8 x float>* %23, align 32
  %145 = load <8 x float>, <8 x float>* %22, align 32
  %146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %111, <8 x float> %145)
  store <8 x float> %146, <8 x float>* %22, align 32
  %147 = load <8 x float>, <8 x float>* %21, align 32
  %148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %118, <8 x float> %147)
  store <8 x float> %148, <8 x float>* %21, align 32
  %149 = load <8 x float>, <8 x float>* %20, align 32
  %150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %125, <8 x float> %149)
  store <8 x float> %150, <8 x float>* %20, align 32
  %151 = load <8 x float>, <8 x float>* %19, align 32
  %152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %132, <8 x float> %151)
  store <8 x float> %152, <8 x float>* %19, align 32
  %153 = load <8 x float>, <8 x float>* %18, align 32
  %154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %139, <8 x float> %153)
  store <8 x float> %154, <8 x float>* %18, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %155 = add i64 0, %71
  %156 = add i64 %66, %155
  %157 = getelementptr inbounds float, float* %2, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = load <8 x float>, <8 x float>* %23, align 32
  %161 = add i64 64, %71
  %162 = add i64 %66, %161
  %163 = getelementptr inbounds float, float* %2, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = load <8 x float>, <8 x float>* %21, align 32
  %167 = add i64 128, %71
  %168 = add i64 %66, %167
  %169 = getelementptr inbounds float, float* %2, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  %171 = load <8 x float>, <8 x float>* %170, align 4
  %172 = load <8 x float>, <8 x float>* %19, align 32
  %173 = fadd <8 x float> %159, %160
  %174 = fneg <8 x float> %173
  %175 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %174, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %176 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %175, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %178 = call <8 x float> @llvm.floor.v8f32(<8 x float> %177)
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %176)
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %179)
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %180, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %180, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %180, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %183, <8 x float> %180, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> %180, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %186 = fmul <8 x float> %180, %180
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> %186, <8 x float> %180)
  %188 = fadd <8 x float> %187, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %189 = fptosi <8 x float> %178 to <8 x i32>
  %190 = add <8 x i32> %189, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %191 = shl <8 x i32> %190, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %192 = bitcast <8 x i32> %191 to <8 x float>
  %193 = fmul <8 x float> %188, %192
  %194 = fcmp uno <8 x float> %174, %174
  %195 = select <8 x i1> %194, <8 x float> %174, <8 x float> %193
  %196 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %195
  %197 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %196
  %198 = fadd <8 x float> %165, %166
  %199 = fneg <8 x float> %198
  %200 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %199, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %201 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %200, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %203 = call <8 x float> @llvm.floor.v8f32(<8 x float> %202)
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %203, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %201)
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %203, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %204)
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %205, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %205, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %207, <8 x float> %205, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %205, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %209, <8 x float> %205, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %211 = fmul <8 x float> %205, %205
  %212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> %211, <8 x float> %205)
  %213 = fadd <8 x float> %212, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %214 = fptosi <8 x float> %203 to <8 x i32>
  %215 = add <8 x i32> %214, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %216 = shl <8 x i32> %215, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %217 = bitcast <8 x i32> %216 to <8 x float>
  %218 = fmul <8 x float> %213, %217
  %219 = fcmp uno <8 x float> %199, %199
  %220 = select <8 x i1> %219, <8 x float> %199, <8 x float> %218
  %221 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %220
  %222 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %221
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %197, <8 x float> %172, <8 x float> %171)
  %224 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %223)
  %225 = fmul <8 x float> %223, %223
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %225, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %225, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %227, <8 x float> %225, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %225, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %230 = fmul <8 x float> %229, %225
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %230, <8 x float> %223, <8 x float> %223)
  %232 = fmul <8 x float> %224, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %233 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %232, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %234 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %233, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %234, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %236 = call <8 x float> @llvm.floor.v8f32(<8 x float> %235)
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %234)
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %237)
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %238, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %238, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %238, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %238, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %238, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %244 = fmul <8 x float> %238, %238
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %244, <8 x float> %238)
  %246 = fadd <8 x float> %245, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %247 = fptosi <8 x float> %236 to <8 x i32>
  %248 = add <8 x i32> %247, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %249 = shl <8 x i32> %248, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %250 = bitcast <8 x i32> %249 to <8 x float>
  %251 = fmul <8 x float> %246, %250
  %252 = fcmp uno <8 x float> %232, %232
  %253 = select <8 x i1> %252, <8 x float> %232, <8 x float> %251
  %254 = fadd <8 x float> %253, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %255 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %254
  %256 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %255
  %257 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %256, <8 x float> %223)
  %258 = fcmp olt <8 x float> %224, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %259 = select <8 x i1> %258, <8 x float> %231, <8 x float> %257
  %260 = getelementptr inbounds float, float* %61, i64 %71
  %261 = bitcast float* %260 to <8 x float>*
  %262 = load <8 x float>, <8 x float>* %261, align 4
  %263 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %222
  %264 = fmul <8 x float> %263, %259
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %262, <8 x float> %264)
  %266 = getelementptr inbounds float, float* %62, i64 %71
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %265, <8 x float>* %267, align 4
  %268 = mul i64 %48, 128
  %269 = add i64 %268, %s
  %270 = mul i64 %269, 64
  %271 = add i64 %270, 0
  %272 = add i64 %271, %71
  %273 = getelementptr inbounds float, float* %0, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %265, <8 x float>* %274, align 4
  %275 = add i64 0, %72
  %276 = add i64 %66, %275
  %277 = getelementptr inbounds float, float* %2, i64 %276
  %278 = bitcast float* %277 to <8 x float>*
  %279 = load <8 x float>, <8 x float>* %278, align 4
  %280 = load <8 x float>, <8 x float>* %22, align 32
  %281 = add i64 64, %72
  %282 = add i64 %66, %281
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  %285 = load <8 x float>, <8 x float>* %284, align 4
  %286 = load <8 x float>, <8 x float>* %20, align 32
  %287 = add i64 128, %72
  %288 = add i64 %66, %287
  %289 = getelementptr inbounds float, float* %2, i64 %288
  %290 = bitcast float* %289 to <8 x float>*
  %291 = load <8 x float>, <8 x float>* %290, align 4
  %292 = load <8 x float>, <8 x float>* %18, align 32
  %293 = fadd <8 x float> %279, %280
  %294 = fneg <8 x float> %293
  %295 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %294, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %296 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %295, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %298 = call <8 x float> @llvm.floor.v8f32(<8 x float> %297)
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %296)
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %299)
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %300, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %301, <8 x float> %300, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %302, <8 x float> %300, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %303, <8 x float> %300, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %300, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %306 = fmul <8 x float> %300, %300
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %306, <8 x float> %300)
  %308 = fadd <8 x float> %307, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %309 = fptosi <8 x float> %298 to <8 x i32>
  %310 = add <8 x i32> %309, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %311 = shl <8 x i32> %310, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %312 = bitcast <8 x i32> %311 to <8 x float>
  %313 = fmul <8 x float> %308, %312
  %314 = fcmp uno <8 x float> %294, %294
  %315 = select <8 x i1> %314, <8 x float> %294, <8 x float> %313
  %316 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %315
  %317 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %316
  %318 = fadd <8 x float> %285, %286
  %319 = fneg <8 x float> %318
  %320 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %319, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %321 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %320, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %321, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %323 = call <8 x float> @llvm.floor.v8f32(<8 x float> %322)
  %324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %323, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %321)
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %323, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %324)
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %325, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %325, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %327, <8 x float> %325, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %328, <8 x float> %325, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %325, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %331 = fmul <8 x float> %325, %325
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %330, <8 x float> %331, <8 x float> %325)
  %333 = fadd <8 x float> %332, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %334 = fptosi <8 x float> %323 to <8 x i32>
  %335 = add <8 x i32> %334, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %336 = shl <8 x i32> %335, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %337 = bitcast <8 x i32> %336 to <8 x float>
  %338 = fmul <8 x float> %333, %337
  %339 = fcmp uno <8 x float> %319, %319
  %340 = select <8 x i1> %339, <8 x float> %319, <8 x float> %338
  %341 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %340
  %342 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %341
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %292, <8 x float> %291)
  %344 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %343)
  %345 = fmul <8 x float> %343, %343
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %345, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %345, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %345, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %345, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %350 = fmul <8 x float> %349, %345
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %350, <8 x float> %343, <8 x float> %343)
  %352 = fmul <8 x float> %344, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %353 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %352, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %354 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %353, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %356 = call <8 x float> @llvm.floor.v8f32(<8 x float> %355)
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %356, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %354)
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %356, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %357)
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %358, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %358, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %358, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %361, <8 x float> %358, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %358, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %364 = fmul <8 x float> %358, %358
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %363, <8 x float> %364, <8 x float> %358)
  %366 = fadd <8 x float> %365, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %367 = fptosi <8 x float> %356 to <8 x i32>
  %368 = add <8 x i32> %367, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %369 = shl <8 x i32> %368, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %370 = bitcast <8 x i32> %369 to <8 x float>
  %371 = fmul <8 x float> %366, %370
  %372 = fcmp uno <8 x float> %352, %352
  %373 = select <8 x i1> %372, <8 x float> %352, <8 x float> %371
  %374 = fadd <8 x float> %373, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %375 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %374
  %376 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %375
  %377 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %376, <8 x float> %343)
  %378 = fcmp olt <8 x float> %344, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %379 = select <8 x i1> %378, <8 x float> %351, <8 x float> %377
  %380 = getelementptr inbounds float, float* %61, i64 %72
  %381 = bitcast float* %380 to <8 x float>*
  %382 = load <8 x float>, <8 x float>* %381, align 4
  %383 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %342
  %384 = fmul <8 x float> %383, %379
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %382, <8 x float> %384)
  %386 = getelementptr inbounds float, float* %62, i64 %72
  %387 = bitcast float* %386 to <8 x float>*
  store <8 x float> %385, <8 x float>* %387, align 4
  %388 = mul i64 %48, 128
  %389 = add i64 %388, %s
  %390 = mul i64 %389, 64
  %391 = add i64 %390, 0
  %392 = add i64 %391, %72
  %393 = getelementptr inbounds float, float* %0, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %385, <8 x float>* %394, align 4
  %pair.next = add i64 %pair, 1
  br label %pair.header

then5:                                            ; preds = %pair.exit
  %395 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 56) to <8 x float>*), align 4
  store <8 x float> %395, <8 x float>* %17, align 32
  %396 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %396, <8 x float>* %16, align 32
  %397 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 184) to <8 x float>*), align 4
  store <8 x float> %397, <8 x float>* %15, align 32
  br label %k.header7

endif6:                                           ; preds = %k.exit9, %pair.exit
  %s.next = add i64 %s, 1
  br label %s.header

k.header7:                                        ; preds = %k.body8, %then5
  %k10 = phi i64 [ 0, %then5 ], [ %k.next12, %k.body8 ]
  %398 = icmp slt i64 %k10, 64
  br i1 %398, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %399 = add i64 448, %k10
  %400 = mul i64 %399, 24
  %401 = add i64 %400, 0
  %402 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  %404 = load <8 x float>, <8 x float>* %403, align 4
  %405 = add i64 448, %k10
  %406 = mul i64 %405, 24
  %407 = add i64 %406, 8
  %408 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  %410 = load <8 x float>, <8 x float>* %409, align 4
  %411 = add i64 448, %k10
  %412 = mul i64 %411, 24
  %413 = add i64 %412, 16
  %414 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %413
  %415 = bitcast float* %414 to <8 x float>*
  %416 = load <8 x float>, <8 x float>* %415, align 4
  %417 = getelementptr inbounds float, float* %61, i64 %k10
  %418 = load float, float* %417, align 4
  %419 = insertelement <8 x float> undef, float %418, i32 0
  %splat11 = shufflevector <8 x float> %419, <8 x float> undef, <8 x i32> zeroinitializer
  %420 = load <8 x float>, <8 x float>* %17, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %404, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %17, align 32
  %422 = load <8 x float>, <8 x float>* %16, align 32
  %423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %410, <8 x float> %422)
  store <8 x float> %423, <8 x float>* %16, align 32
  %424 = load <8 x float>, <8 x float>* %15, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %416, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %15, align 32
  %k.next12 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %426 = add i64 %66, 56
  %427 = getelementptr inbounds float, float* %2, i64 %426
  %428 = bitcast float* %427 to <8 x float>*
  %429 = load <8 x float>, <8 x float>* %428, align 4
  %430 = load <8 x float>, <8 x float>* %17, align 32
  %431 = add i64 %66, 120
  %432 = getelementptr inbounds float, float* %2, i64 %431
  %433 = bitcast float* %432 to <8 x float>*
  %434 = load <8 x float>, <8 x float>* %433, align 4
  %435 = load <8 x float>, <8 x float>* %16, align 32
  %436 = add i64 %66, 184
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  %439 = load <8 x float>, <8 x float>* %438, align 4
  %440 = load <8 x float>, <8 x float>* %15, align 32
  %441 = fadd <8 x float> %429, %430
  %442 = fneg <8 x float> %441
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
  %462 = fcmp uno <8 x float> %442, %442
  %463 = select <8 x i1> %462, <8 x float> %442, <8 x float> %461
  %464 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %463
  %465 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %464
  %466 = fadd <8 x float> %434, %435
  %467 = fneg <8 x float> %466
  %468 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %467, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %469 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %468, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %469, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %471 = call <8 x float> @llvm.floor.v8f32(<8 x float> %470)
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %469)
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %472)
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %473, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %474, <8 x float> %473, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> %473, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %476, <8 x float> %473, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %477, <8 x float> %473, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %479 = fmul <8 x float> %473, %473
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %478, <8 x float> %479, <8 x float> %473)
  %481 = fadd <8 x float> %480, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %482 = fptosi <8 x float> %471 to <8 x i32>
  %483 = add <8 x i32> %482, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %484 = shl <8 x i32> %483, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %485 = bitcast <8 x i32> %484 to <8 x float>
  %486 = fmul <8 x float> %481, %485
  %487 = fcmp uno <8 x float> %467, %467
  %488 = select <8 x i1> %487, <8 x float> %467, <8 x float> %486
  %489 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %488
  %490 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %489
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %440, <8 x float> %439)
  %492 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %491)
  %493 = fmul <8 x float> %491, %491
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %493, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %493, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %495, <8 x float> %493, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %496, <8 x float> %493, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %498 = fmul <8 x float> %497, %493
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %498, <8 x float> %491, <8 x float> %491)
  %500 = fmul <8 x float> %492, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %501 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %500, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %502 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %501, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %502, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %504 = call <8 x float> @llvm.floor.v8f32(<8 x float> %503)
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %504, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %502)
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %504, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %505)
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %506, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %507, <8 x float> %506, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %508, <8 x float> %506, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %509, <8 x float> %506, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> %506, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %512 = fmul <8 x float> %506, %506
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %511, <8 x float> %512, <8 x float> %506)
  %514 = fadd <8 x float> %513, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %515 = fptosi <8 x float> %504 to <8 x i32>
  %516 = add <8 x i32> %515, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %517 = shl <8 x i32> %516, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %518 = bitcast <8 x i32> %517 to <8 x float>
  %519 = fmul <8 x float> %514, %518
  %520 = fcmp uno <8 x float> %500, %500
  %521 = select <8 x i1> %520, <8 x float> %500, <8 x float> %519
  %522 = fadd <8 x float> %521, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %523 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %522
  %524 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %523
  %525 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %524, <8 x float> %491)
  %526 = fcmp olt <8 x float> %492, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %527 = select <8 x i1> %526, <8 x float> %499, <8 x float> %525
  %528 = getelementptr inbounds float, float* %61, i64 56
  %529 = bitcast float* %528 to <8 x float>*
  %530 = load <8 x float>, <8 x float>* %529, align 4
  %531 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %490
  %532 = fmul <8 x float> %531, %527
  %533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %490, <8 x float> %530, <8 x float> %532)
  %534 = getelementptr inbounds float, float* %62, i64 56
  %535 = bitcast float* %534 to <8 x float>*
  store <8 x float> %533, <8 x float>* %535, align 4
  %536 = mul i64 %48, 128
  %537 = add i64 %536, %s
  %538 = mul i64 %537, 64
  %539 = add i64 %538, 0
  %540 = add i64 %539, 56
  %541 = getelementptr inbounds float, float* %0, i64 %540
  %542 = bitcast float* %541 to <8 x float>*
  store <8 x float> %533, <8 x float>* %542, align 4
  br label %endif6

then13:                                           ; preds = %else
  br label %zero.header15

endif14:                                          ; preds = %s.exit22, %else
  br label %endif

zero.header15:                                    ; preds = %zero.body16, %then13
  %zero18 = phi i64 [ %32, %then13 ], [ %zero.next19, %zero.body16 ]
  %543 = icmp slt i64 %zero18, %35
  br i1 %543, label %zero.body16, label %zero.exit17

zero.body16:                                      ; preds = %zero.header15
  %544 = mul i64 %zero18, 8
  %545 = getelementptr inbounds float, float* %36, i64 %544
  %546 = bitcast float* %545 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %546, align 4
  %547 = mul i64 %zero18, 8
  %548 = getelementptr inbounds float, float* %38, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %549, align 4
  %zero.next19 = add i64 %zero18, 1
  br label %zero.header15

zero.exit17:                                      ; preds = %zero.header15
  call void @GOMP_barrier()
  br label %s.header20

s.header20:                                       ; preds = %endif36, %zero.exit17
  %s23 = phi i64 [ 0, %zero.exit17 ], [ %s.next43, %endif36 ]
  %550 = icmp slt i64 %s23, 128
  br i1 %550, label %s.body21, label %s.exit22

s.body21:                                         ; preds = %s.header20
  %551 = and i64 %s23, 1
  %552 = icmp eq i64 %551, 0
  %553 = select i1 %552, float* %36, float* %37
  %554 = select i1 %552, float* %37, float* %36
  %555 = add i64 0, %s23
  %556 = mul i64 %555, 192
  %557 = sub i64 %35, %32
  %558 = sdiv i64 %557, 2
  br label %pair.header24

s.exit22:                                         ; preds = %s.header20
  br label %endif14

pair.header24:                                    ; preds = %k.exit30, %s.body21
  %pair27 = phi i64 [ 0, %s.body21 ], [ %pair.next34, %k.exit30 ]
  %559 = icmp slt i64 %pair27, %558
  br i1 %559, label %pair.body25, label %pair.exit26

pair.body25:                                      ; preds = %pair.header24
  %560 = mul i64 %pair27, 2
  %561 = add i64 %32, %560
  %562 = add i64 %561, 1
  %563 = mul i64 %561, 8
  %564 = mul i64 %562, 8
  %565 = add i64 0, %563
  %566 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %565
  %567 = bitcast float* %566 to <8 x float>*
  %568 = load <8 x float>, <8 x float>* %567, align 4
  store <8 x float> %568, <8 x float>* %14, align 32
  %569 = add i64 0, %564
  %570 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %569
  %571 = bitcast float* %570 to <8 x float>*
  %572 = load <8 x float>, <8 x float>* %571, align 4
  store <8 x float> %572, <8 x float>* %13, align 32
  %573 = add i64 64, %563
  %574 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  store <8 x float> %576, <8 x float>* %12, align 32
  %577 = add i64 64, %564
  %578 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  store <8 x float> %580, <8 x float>* %11, align 32
  %581 = add i64 128, %563
  %582 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  store <8 x float> %584, <8 x float>* %10, align 32
  %585 = add i64 128, %564
  %586 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  store <8 x float> %588, <8 x float>* %9, align 32
  br label %k.header28

pair.exit26:                                      ; preds = %pair.header24
  %589 = srem i64 %557, 2
  %590 = icmp eq i64 %589, 1
  br i1 %590, label %then35, label %endif36

k.header28:                                       ; preds = %k.body29, %pair.body25
  %k31 = phi i64 [ 0, %pair.body25 ], [ %k.next33, %k.body29 ]
  %591 = icmp slt i64 %k31, 64
  br i1 %591, label %k.body29, label %k.exit30

k.body29:                                         ; preds = %k.header28
  %592 = mul i64 %561, 64
  %593 = add i64 %592, %k31
  %594 = mul i64 %593, 24
  %595 = add i64 %594, 0
  %596 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %595
  %597 = bitcast float* %596 to <8 x float>*
  %598 = load <8 x float>, <8 x float>* %597, align 4
  %599 = mul i64 %562, 64
  %600 = add i64 %599, %k31
  %601 = mul i64 %600, 24
  %602 = add i64 %601, 0
  %603 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %602
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = mul i64 %561, 64
  %607 = add i64 %606, %k31
  %608 = mul i64 %607, 24
  %609 = add i64 %608, 8
  %610 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %609
  %611 = bitcast float* %610 to <8 x float>*
  %612 = load <8 x float>, <8 x float>* %611, align 4
  %613 = mul i64 %562, 64
  %614 = add i64 %613, %k31
  %615 = mul i64 %614, 24
  %616 = add i64 %615, 8
  %617 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %616
  %618 = bitcast float* %617 to <8 x float>*
  %619 = load <8 x float>, <8 x float>* %618, align 4
  %620 = mul i64 %561, 64
  %621 = add i64 %620, %k31
  %622 = mul i64 %621, 24
  %623 = add i64 %622, 16
  %624 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = mul i64 %562, 64
  %628 = add i64 %627, %k31
  %629 = mul i64 %628, 24
  %630 = add i64 %629, 16
  %631 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %630
  %632 = bitcast float* %631 to <8 x float>*
  %633 = load <8 x float>, <8 x float>* %632, align 4
  %634 = getelementptr inbounds float, float* %553, i64 %k31
  %635 = load float, float* %634, align 4
  %636 = insertelement <8 x float> undef, float %635, i32 0
  %splat32 = shufflevector <8 x float> %636, <8 x float> undef, <8 x i32> zeroinitializer
  %637 = load <8 x float>, <8 x float>* %14, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %598, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %14, align 32
  %639 = load <8 x float>, <8 x float>* %13, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %605, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %13, align 32
  %641 = load <8 x float>, <8 x float>* %12, align 32
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %612, <8 x float> %641)
  store <8 x float> %642, <8 x float>* %12, align 32
  %643 = load <8 x float>, <8 x float>* %11, align 32
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %619, <8 x float> %643)
  store <8 x float> %644, <8 x float>* %11, align 32
  %645 = load <8 x float>, <8 x float>* %10, align 32
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %626, <8 x float> %645)
  store <8 x float> %646, <8 x float>* %10, align 32
  %647 = load <8 x float>, <8 x float>* %9, align 32
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %633, <8 x float> %647)
  store <8 x float> %648, <8 x float>* %9, align 32
  %k.next33 = add i64 %k31, 1
  br label %k.header28

k.exit30:                                         ; preds = %k.header28
  %649 = add i64 0, %563
  %650 = add i64 %556, %649
  %651 = getelementptr inbounds float, float* %2, i64 %650
  %652 = bitcast float* %651 to <8 x float>*
  %653 = load <8 x float>, <8 x float>* %652, align 4
  %654 = load <8 x float>, <8 x float>* %14, align 32
  %655 = add i64 64, %563
  %656 = add i64 %556, %655
  %657 = getelementptr inbounds float, float* %2, i64 %656
  %658 = bitcast float* %657 to <8 x float>*
  %659 = load <8 x float>, <8 x float>* %658, align 4
  %660 = load <8 x float>, <8 x float>* %12, align 32
  %661 = add i64 128, %563
  %662 = add i64 %556, %661
  %663 = getelementptr inbounds float, float* %2, i64 %662
  %664 = bitcast float* %663 to <8 x float>*
  %665 = load <8 x float>, <8 x float>* %664, align 4
  %666 = load <8 x float>, <8 x float>* %10, align 32
  %667 = fadd <8 x float> %653, %654
  %668 = fneg <8 x float> %667
  %669 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %668, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %670 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %669, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %670, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %672 = call <8 x float> @llvm.floor.v8f32(<8 x float> %671)
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %672, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %670)
  %674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %672, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %673)
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %674, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %675, <8 x float> %674, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %676, <8 x float> %674, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %677, <8 x float> %674, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %678, <8 x float> %674, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %680 = fmul <8 x float> %674, %674
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %679, <8 x float> %680, <8 x float> %674)
  %682 = fadd <8 x float> %681, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %683 = fptosi <8 x float> %672 to <8 x i32>
  %684 = add <8 x i32> %683, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %685 = shl <8 x i32> %684, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %686 = bitcast <8 x i32> %685 to <8 x float>
  %687 = fmul <8 x float> %682, %686
  %688 = fcmp uno <8 x float> %668, %668
  %689 = select <8 x i1> %688, <8 x float> %668, <8 x float> %687
  %690 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %689
  %691 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %690
  %692 = fadd <8 x float> %659, %660
  %693 = fneg <8 x float> %692
  %694 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %693, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %695 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %694, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %695, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %697 = call <8 x float> @llvm.floor.v8f32(<8 x float> %696)
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %695)
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %698)
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %699, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %700, <8 x float> %699, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %701, <8 x float> %699, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %702, <8 x float> %699, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> %699, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %705 = fmul <8 x float> %699, %699
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> %705, <8 x float> %699)
  %707 = fadd <8 x float> %706, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %708 = fptosi <8 x float> %697 to <8 x i32>
  %709 = add <8 x i32> %708, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %710 = shl <8 x i32> %709, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %711 = bitcast <8 x i32> %710 to <8 x float>
  %712 = fmul <8 x float> %707, %711
  %713 = fcmp uno <8 x float> %693, %693
  %714 = select <8 x i1> %713, <8 x float> %693, <8 x float> %712
  %715 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %714
  %716 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %715
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %691, <8 x float> %666, <8 x float> %665)
  %718 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %717)
  %719 = fmul <8 x float> %717, %717
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %719, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %720, <8 x float> %719, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %721, <8 x float> %719, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %722, <8 x float> %719, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %724 = fmul <8 x float> %723, %719
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %724, <8 x float> %717, <8 x float> %717)
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
  %746 = fcmp uno <8 x float> %726, %726
  %747 = select <8 x i1> %746, <8 x float> %726, <8 x float> %745
  %748 = fadd <8 x float> %747, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %749 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %748
  %750 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %749
  %751 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %750, <8 x float> %717)
  %752 = fcmp olt <8 x float> %718, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %753 = select <8 x i1> %752, <8 x float> %725, <8 x float> %751
  %754 = getelementptr inbounds float, float* %553, i64 %563
  %755 = bitcast float* %754 to <8 x float>*
  %756 = load <8 x float>, <8 x float>* %755, align 4
  %757 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %716
  %758 = fmul <8 x float> %757, %753
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %716, <8 x float> %756, <8 x float> %758)
  %760 = getelementptr inbounds float, float* %554, i64 %563
  %761 = bitcast float* %760 to <8 x float>*
  store <8 x float> %759, <8 x float>* %761, align 4
  %762 = add i64 0, %s23
  %763 = mul i64 %762, 64
  %764 = add i64 %763, 0
  %765 = add i64 %764, %563
  %766 = getelementptr inbounds float, float* %0, i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  store <8 x float> %759, <8 x float>* %767, align 4
  %768 = add i64 0, %564
  %769 = add i64 %556, %768
  %770 = getelementptr inbounds float, float* %2, i64 %769
  %771 = bitcast float* %770 to <8 x float>*
  %772 = load <8 x float>, <8 x float>* %771, align 4
  %773 = load <8 x float>, <8 x float>* %13, align 32
  %774 = add i64 64, %564
  %775 = add i64 %556, %774
  %776 = getelementptr inbounds float, float* %2, i64 %775
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = load <8 x float>, <8 x float>* %11, align 32
  %780 = add i64 128, %564
  %781 = add i64 %556, %780
  %782 = getelementptr inbounds float, float* %2, i64 %781
  %783 = bitcast float* %782 to <8 x float>*
  %784 = load <8 x float>, <8 x float>* %783, align 4
  %785 = load <8 x float>, <8 x float>* %9, align 32
  %786 = fadd <8 x float> %772, %773
  %787 = fneg <8 x float> %786
  %788 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %787, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %789 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %788, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %790 = call <8 x float> @llvm.fma.v8f32(<8 x float> %789, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %791 = call <8 x float> @llvm.floor.v8f32(<8 x float> %790)
  %792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %791, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %789)
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %791, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %792)
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %793, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %794, <8 x float> %793, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %795, <8 x float> %793, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %796, <8 x float> %793, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %797, <8 x float> %793, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %799 = fmul <8 x float> %793, %793
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> %799, <8 x float> %793)
  %801 = fadd <8 x float> %800, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %802 = fptosi <8 x float> %791 to <8 x i32>
  %803 = add <8 x i32> %802, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %804 = shl <8 x i32> %803, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %805 = bitcast <8 x i32> %804 to <8 x float>
  %806 = fmul <8 x float> %801, %805
  %807 = fcmp uno <8 x float> %787, %787
  %808 = select <8 x i1> %807, <8 x float> %787, <8 x float> %806
  %809 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %808
  %810 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %809
  %811 = fadd <8 x float> %778, %779
  %812 = fneg <8 x float> %811
  %813 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %812, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %814 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %813, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %814, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %816 = call <8 x float> @llvm.floor.v8f32(<8 x float> %815)
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %816, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %814)
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %816, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %817)
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %818, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %819, <8 x float> %818, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %820, <8 x float> %818, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %818, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %822, <8 x float> %818, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %824 = fmul <8 x float> %818, %818
  %825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %823, <8 x float> %824, <8 x float> %818)
  %826 = fadd <8 x float> %825, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %827 = fptosi <8 x float> %816 to <8 x i32>
  %828 = add <8 x i32> %827, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %829 = shl <8 x i32> %828, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %830 = bitcast <8 x i32> %829 to <8 x float>
  %831 = fmul <8 x float> %826, %830
  %832 = fcmp uno <8 x float> %812, %812
  %833 = select <8 x i1> %832, <8 x float> %812, <8 x float> %831
  %834 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %833
  %835 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %834
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %810, <8 x float> %785, <8 x float> %784)
  %837 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %836)
  %838 = fmul <8 x float> %836, %836
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %838, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %839, <8 x float> %838, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %840, <8 x float> %838, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %841, <8 x float> %838, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %843 = fmul <8 x float> %842, %838
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %843, <8 x float> %836, <8 x float> %836)
  %845 = fmul <8 x float> %837, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %846 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %845, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %847 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %846, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %847, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %849 = call <8 x float> @llvm.floor.v8f32(<8 x float> %848)
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %849, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %847)
  %851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %849, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %850)
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %851, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %852, <8 x float> %851, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %853, <8 x float> %851, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %854, <8 x float> %851, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %855, <8 x float> %851, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %857 = fmul <8 x float> %851, %851
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %856, <8 x float> %857, <8 x float> %851)
  %859 = fadd <8 x float> %858, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %860 = fptosi <8 x float> %849 to <8 x i32>
  %861 = add <8 x i32> %860, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %862 = shl <8 x i32> %861, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %863 = bitcast <8 x i32> %862 to <8 x float>
  %864 = fmul <8 x float> %859, %863
  %865 = fcmp uno <8 x float> %845, %845
  %866 = select <8 x i1> %865, <8 x float> %845, <8 x float> %864
  %867 = fadd <8 x float> %866, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %868 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %867
  %869 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %868
  %870 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %869, <8 x float> %836)
  %871 = fcmp olt <8 x float> %837, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %872 = select <8 x i1> %871, <8 x float> %844, <8 x float> %870
  %873 = getelementptr inbounds float, float* %553, i64 %564
  %874 = bitcast float* %873 to <8 x float>*
  %875 = load <8 x float>, <8 x float>* %874, align 4
  %876 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %835
  %877 = fmul <8 x float> %876, %872
  %878 = call <8 x float> @llvm.fma.v8f32(<8 x float> %835, <8 x float> %875, <8 x float> %877)
  %879 = getelementptr inbounds float, float* %554, i64 %564
  %880 = bitcast float* %879 to <8 x float>*
  store <8 x float> %878, <8 x float>* %880, align 4
  %881 = add i64 0, %s23
  %882 = mul i64 %881, 64
  %883 = add i64 %882, 0
  %884 = add i64 %883, %564
  %885 = getelementptr inbounds float, float* %0, i64 %884
  %886 = bitcast float* %885 to <8 x float>*
  store <8 x float> %878, <8 x float>* %886, align 4
  %pair.next34 = add i64 %pair27, 1
  br label %pair.header24

then35:                                           ; preds = %pair.exit26
  %887 = sub i64 %35, 1
  %888 = mul i64 %887, 8
  %889 = add i64 0, %888
  %890 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %889
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  store <8 x float> %892, <8 x float>* %8, align 32
  %893 = add i64 64, %888
  %894 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %893
  %895 = bitcast float* %894 to <8 x float>*
  %896 = load <8 x float>, <8 x float>* %895, align 4
  store <8 x float> %896, <8 x float>* %7, align 32
  %897 = add i64 128, %888
  %898 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %897
  %899 = bitcast float* %898 to <8 x float>*
  %900 = load <8 x float>, <8 x float>* %899, align 4
  store <8 x float> %900, <8 x float>* %6, align 32
  br label %k.header37

endif36:                                          ; preds = %k.exit39, %pair.exit26
  call void @GOMP_barrier()
  %s.next43 = add i64 %s23, 1
  br label %s.header20

k.header37:                                       ; preds = %k.body38, %then35
  %k40 = phi i64 [ 0, %then35 ], [ %k.next42, %k.body38 ]
  %901 = icmp slt i64 %k40, 64
  br i1 %901, label %k.body38, label %k.exit39

k.body38:                                         ; preds = %k.header37
  %902 = mul i64 %887, 64
  %903 = add i64 %902, %k40
  %904 = mul i64 %903, 24
  %905 = add i64 %904, 0
  %906 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %905
  %907 = bitcast float* %906 to <8 x float>*
  %908 = load <8 x float>, <8 x float>* %907, align 4
  %909 = mul i64 %887, 64
  %910 = add i64 %909, %k40
  %911 = mul i64 %910, 24
  %912 = add i64 %911, 8
  %913 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %912
  %914 = bitcast float* %913 to <8 x float>*
  %915 = load <8 x float>, <8 x float>* %914, align 4
  %916 = mul i64 %887, 64
  %917 = add i64 %916, %k40
  %918 = mul i64 %917, 24
  %919 = add i64 %918, 16
  %920 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %919
  %921 = bitcast float* %920 to <8 x float>*
  %922 = load <8 x float>, <8 x float>* %921, align 4
  %923 = getelementptr inbounds float, float* %553, i64 %k40
  %924 = load float, float* %923, align 4
  %925 = insertelement <8 x float> undef, float %924, i32 0
  %splat41 = shufflevector <8 x float> %925, <8 x float> undef, <8 x i32> zeroinitializer
  %926 = load <8 x float>, <8 x float>* %8, align 32
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %908, <8 x float> %926)
  store <8 x float> %927, <8 x float>* %8, align 32
  %928 = load <8 x float>, <8 x float>* %7, align 32
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %915, <8 x float> %928)
  store <8 x float> %929, <8 x float>* %7, align 32
  %930 = load <8 x float>, <8 x float>* %6, align 32
  %931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %922, <8 x float> %930)
  store <8 x float> %931, <8 x float>* %6, align 32
  %k.next42 = add i64 %k40, 1
  br label %k.header37

k.exit39:                                         ; preds = %k.header37
  %932 = add i64 0, %888
  %933 = add i64 %556, %932
  %934 = getelementptr inbounds float, float* %2, i64 %933
  %935 = bitcast float* %934 to <8 x float>*
  %936 = load <8 x float>, <8 x float>* %935, align 4
  %937 = load <8 x float>, <8 x float>* %8, align 32
  %938 = add i64 64, %888
  %939 = add i64 %556, %938
  %940 = getelementptr inbounds float, float* %2, i64 %939
  %941 = bitcast float* %940 to <8 x float>*
  %942 = load <8 x float>, <8 x float>* %941, align 4
  %943 = load <8 x float>, <8 x float>* %7, align 32
  %944 = add i64 128, %888
  %945 = add i64 %556, %944
  %946 = getelementptr inbounds float, float* %2, i64 %945
  %947 = bitcast float* %946 to <8 x float>*
  %948 = load <8 x float>, <8 x float>* %947, align 4
  %949 = load <8 x float>, <8 x float>* %6, align 32
  %950 = fadd <8 x float> %936, %937
  %951 = fneg <8 x float> %950
  %952 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %951, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %953 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %952, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %953, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %955 = call <8 x float> @llvm.floor.v8f32(<8 x float> %954)
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %955, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %953)
  %957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %955, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %956)
  %958 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %957, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %958, <8 x float> %957, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %959, <8 x float> %957, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %960, <8 x float> %957, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %961, <8 x float> %957, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %963 = fmul <8 x float> %957, %957
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %962, <8 x float> %963, <8 x float> %957)
  %965 = fadd <8 x float> %964, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %966 = fptosi <8 x float> %955 to <8 x i32>
  %967 = add <8 x i32> %966, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %968 = shl <8 x i32> %967, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %969 = bitcast <8 x i32> %968 to <8 x float>
  %970 = fmul <8 x float> %965, %969
  %971 = fcmp uno <8 x float> %951, %951
  %972 = select <8 x i1> %971, <8 x float> %951, <8 x float> %970
  %973 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %972
  %974 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %973
  %975 = fadd <8 x float> %942, %943
  %976 = fneg <8 x float> %975
  %977 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %976, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %978 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %977, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %978, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %980 = call <8 x float> @llvm.floor.v8f32(<8 x float> %979)
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %980, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %978)
  %982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %980, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %981)
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %982, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %983, <8 x float> %982, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %984, <8 x float> %982, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %985, <8 x float> %982, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %987 = call <8 x float> @llvm.fma.v8f32(<8 x float> %986, <8 x float> %982, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %988 = fmul <8 x float> %982, %982
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %987, <8 x float> %988, <8 x float> %982)
  %990 = fadd <8 x float> %989, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %991 = fptosi <8 x float> %980 to <8 x i32>
  %992 = add <8 x i32> %991, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %993 = shl <8 x i32> %992, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %994 = bitcast <8 x i32> %993 to <8 x float>
  %995 = fmul <8 x float> %990, %994
  %996 = fcmp uno <8 x float> %976, %976
  %997 = select <8 x i1> %996, <8 x float> %976, <8 x float> %995
  %998 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %997
  %999 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %998
  %1000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %974, <8 x float> %949, <8 x float> %948)
  %1001 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %1000)
  %1002 = fmul <8 x float> %1000, %1000
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %1002, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1003, <8 x float> %1002, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1004, <8 x float> %1002, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %1006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1005, <8 x float> %1002, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %1007 = fmul <8 x float> %1006, %1002
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> %1000, <8 x float> %1000)
  %1009 = fmul <8 x float> %1001, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %1010 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1009, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %1011 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %1010, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %1012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1011, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1013 = call <8 x float> @llvm.floor.v8f32(<8 x float> %1012)
  %1014 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1013, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1011)
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1013, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1014)
  %1016 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %1015, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1016, <8 x float> %1015, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1017, <8 x float> %1015, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %1019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1018, <8 x float> %1015, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %1020 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1019, <8 x float> %1015, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %1021 = fmul <8 x float> %1015, %1015
  %1022 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1020, <8 x float> %1021, <8 x float> %1015)
  %1023 = fadd <8 x float> %1022, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1024 = fptosi <8 x float> %1013 to <8 x i32>
  %1025 = add <8 x i32> %1024, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1026 = shl <8 x i32> %1025, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1027 = bitcast <8 x i32> %1026 to <8 x float>
  %1028 = fmul <8 x float> %1023, %1027
  %1029 = fcmp uno <8 x float> %1009, %1009
  %1030 = select <8 x i1> %1029, <8 x float> %1009, <8 x float> %1028
  %1031 = fadd <8 x float> %1030, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1032 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1031
  %1033 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1032
  %1034 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1033, <8 x float> %1000)
  %1035 = fcmp olt <8 x float> %1001, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1036 = select <8 x i1> %1035, <8 x float> %1008, <8 x float> %1034
  %1037 = getelementptr inbounds float, float* %553, i64 %888
  %1038 = bitcast float* %1037 to <8 x float>*
  %1039 = load <8 x float>, <8 x float>* %1038, align 4
  %1040 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %999
  %1041 = fmul <8 x float> %1040, %1036
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %999, <8 x float> %1039, <8 x float> %1041)
  %1043 = getelementptr inbounds float, float* %554, i64 %888
  %1044 = bitcast float* %1043 to <8 x float>*
  store <8 x float> %1042, <8 x float>* %1044, align 4
  %1045 = add i64 0, %s23
  %1046 = mul i64 %1045, 64
  %1047 = add i64 %1046, 0
  %1048 = add i64 %1047, %888
  %1049 = getelementptr inbounds float, float* %0, i64 %1048
  %1050 = bitcast float* %1049 to <8 x float>*
  store <8 x float> %1042, <8 x float>* %1050, align 4
  br label %endif36
}

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

; Function Attrs: noinline nounwind
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
  call void @node0.gru_1.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
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
  %33 = add i64 %26, 8
  %34 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_ih_l0 to float*), i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  store <8 x float> %32, <8 x float>* %21, align 32
  store <8 x float> %32, <8 x float>* %20, align 32
  store <8 x float> %36, <8 x float>* %19, align 32
  store <8 x float> %36, <8 x float>* %18, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %37 = add i64 %26, 0
  %38 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_ih_l0 to float*), i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  %41 = add i64 %26, 8
  %42 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_ih_l0 to float*), i64 %41
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

; Function Attrs: noinline nounwind
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
  br i1 true, label %then, label %else

then:                                             ; preds = %entry
  %24 = sub i64 %5, 1
  %25 = add i64 1, %24
  %26 = sdiv i64 %25, %5
  br label %round.header

else:                                             ; preds = %entry
  %27 = sub i64 %5, 1
  %28 = add i64 8, %27
  %29 = sdiv i64 %28, %5
  %30 = mul i64 %4, %29
  %31 = icmp slt i64 %30, 8
  %32 = select i1 %31, i64 %30, i64 8
  %33 = add i64 %32, %29
  %34 = icmp slt i64 %33, 8
  %35 = select i1 %34, i64 %33, i64 8
  %36 = getelementptr inbounds float, float* %2, i64 24576
  %37 = getelementptr inbounds float, float* %36, i64 64
  %38 = getelementptr inbounds float, float* %36, i64 128
  br i1 true, label %then13, label %endif14

endif:                                            ; preds = %endif14, %round.exit
  ret void

round.header:                                     ; preds = %endif2, %then
  %round = phi i64 [ 0, %then ], [ %round.next, %endif2 ]
  %39 = icmp slt i64 %round, %26
  br i1 %39, label %round.body, label %round.exit

round.body:                                       ; preds = %round.header
  %40 = mul i64 %round, %5
  %41 = add i64 %4, %40
  %42 = icmp slt i64 %41, 1
  br i1 %42, label %then1, label %endif2

round.exit:                                       ; preds = %round.header
  br label %endif

then1:                                            ; preds = %round.body
  %43 = mul i64 %41, 320
  %44 = add i64 24576, %43
  %45 = getelementptr inbounds float, float* %2, i64 %44
  %46 = getelementptr inbounds float, float* %45, i64 64
  %47 = getelementptr inbounds float, float* %45, i64 128
  %48 = srem i64 %41, 1
  %49 = sdiv i64 %41, 1
  %50 = icmp eq i64 %49, 0
  br i1 %50, label %then3, label %endif4

endif2:                                           ; preds = %endif4, %round.body
  %round.next = add i64 %round, 1
  br label %round.header

then3:                                            ; preds = %then1
  br label %zero.header

endif4:                                           ; preds = %copy.exit, %then1
  br label %endif2

zero.header:                                      ; preds = %zero.body, %then3
  %zero = phi i64 [ 0, %then3 ], [ %zero.next, %zero.body ]
  %51 = icmp slt i64 %zero, 8
  br i1 %51, label %zero.body, label %zero.exit

zero.body:                                        ; preds = %zero.header
  %52 = mul i64 %zero, 8
  %53 = getelementptr inbounds float, float* %45, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %54, align 4
  %55 = mul i64 %zero, 8
  %56 = getelementptr inbounds float, float* %47, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %57, align 4
  %zero.next = add i64 %zero, 1
  br label %zero.header

zero.exit:                                        ; preds = %zero.header
  br label %s.header

s.header:                                         ; preds = %endif6, %zero.exit
  %s = phi i64 [ 0, %zero.exit ], [ %s.next, %endif6 ]
  %58 = icmp slt i64 %s, 128
  br i1 %58, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %59 = and i64 %s, 1
  %60 = icmp eq i64 %59, 0
  %61 = select i1 %60, float* %45, float* %46
  %62 = select i1 %60, float* %46, float* %45
  %63 = add i64 0, %48
  %64 = mul i64 %63, 128
  %65 = add i64 %64, %s
  %66 = mul i64 %65, 192
  br label %pair.header

s.exit:                                           ; preds = %s.header
  br label %copy.header

pair.header:                                      ; preds = %k.exit, %s.body
  %pair = phi i64 [ 0, %s.body ], [ %pair.next, %k.exit ]
  %67 = icmp slt i64 %pair, 4
  br i1 %67, label %pair.body, label %pair.exit

pair.body:                                        ; preds = %pair.header
  %68 = mul i64 %pair, 2
  %69 = add i64 0, %68
  %70 = add i64 %69, 1
  %71 = mul i64 %69, 8
  %72 = mul i64 %70, 8
  %73 = add i64 0, %71
  %74 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  store <8 x float> %76, <8 x float>* %23, align 32
  %77 = add i64 0, %72
  %78 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  store <8 x float> %80, <8 x float>* %22, align 32
  %81 = add i64 64, %71
  %82 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  store <8 x float> %84, <8 x float>* %21, align 32
  %85 = add i64 64, %72
  %86 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  %88 = load <8 x float>, <8 x float>* %87, align 4
  store <8 x float> %88, <8 x float>* %20, align 32
  %89 = add i64 128, %71
  %90 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  store <8 x float> %92, <8 x float>* %19, align 32
  %93 = add i64 128, %72
  %94 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  store <8 x float> %96, <8 x float>* %18, align 32
  br label %k.header

pair.exit:                                        ; preds = %pair.header
  br i1 false, label %then5, label %endif6

k.header:                                         ; preds = %k.body, %pair.body
  %k = phi i64 [ 0, %pair.body ], [ %k.next, %k.body ]
  %97 = icmp slt i64 %k, 64
  br i1 %97, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %98 = mul i64 %69, 64
  %99 = add i64 %98, %k
  %100 = mul i64 %99, 24
  %101 = add i64 %100, 0
  %102 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = mul i64 %70, 64
  %106 = add i64 %105, %k
  %107 = mul i64 %106, 24
  %108 = add i64 %107, 0
  %109 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = mul i64 %69, 64
  %113 = add i64 %112, %k
  %114 = mul i64 %113, 24
  %115 = add i64 %114, 8
  %116 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = mul i64 %70, 64
  %120 = add i64 %119, %k
  %121 = mul i64 %120, 24
  %122 = add i64 %121, 8
  %123 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = mul i64 %69, 64
  %127 = add i64 %126, %k
  %128 = mul i64 %127, 24
  %129 = add i64 %128, 16
  %130 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = mul i64 %70, 64
  %134 = add i64 %133, %k
  %135 = mul i64 %134, 24
  %136 = add i64 %135, 16
  %137 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = getelementptr inbounds float, float* %61, i64 %k
  %141 = load float, float* %140, align 4
  %142 = insertelement <8 x float> undef, float %141, i32 0
  %splat = shufflevector <8 x float> %142, <8 x float> undef, <8 x i32> zeroinitializer
  %143 = load <8 x float>, <8 x float>* %23, align 32
  %144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %104, <8 x float> %143)
  store <8 x float> %144, <8 x float>* %23, align 32
  %145 = load <8 x float>, <8 x float>* %22, align 32
  %146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %111, <8 x float> %145)
  store <8 x float> %146, <8 x float>* %22, align 32
  %147 = load <8 x float>, <8 x float>* %21, align 32
  %148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %118, <8 x float> %147)
  store <8 x float> %148, <8 x float>* %21, align 32
  %149 = load <8 x float>, <8 x float>* %20, align 32
  %150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %125, <8 x float> %149)
  store <8 x float> %150, <8 x float>* %20, align 32
  %151 = load <8 x float>, <8 x float>* %19, align 32
  %152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %132, <8 x float> %151)
  store <8 x float> %152, <8 x float>* %19, align 32
  %153 = load <8 x float>, <8 x float>* %18, align 32
  %154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %139, <8 x float> %153)
  store <8 x float> %154, <8 x float>* %18, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %155 = add i64 0, %71
  %156 = add i64 %66, %155
  %157 = getelementptr inbounds float, float* %2, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = load <8 x float>, <8 x float>* %23, align 32
  %161 = add i64 64, %71
  %162 = add i64 %66, %161
  %163 = getelementptr inbounds float, float* %2, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = load <8 x float>, <8 x float>* %21, align 32
  %167 = add i64 128, %71
  %168 = add i64 %66, %167
  %169 = getelementptr inbounds float, float* %2, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  %171 = load <8 x float>, <8 x float>* %170, align 4
  %172 = load <8 x float>, <8 x float>* %19, align 32
  %173 = fadd <8 x float> %159, %160
  %174 = fneg <8 x float> %173
  %175 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %174, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %176 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %175, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %178 = call <8 x float> @llvm.floor.v8f32(<8 x float> %177)
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %176)
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %179)
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %180, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %180, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %180, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %183, <8 x float> %180, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> %180, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %186 = fmul <8 x float> %180, %180
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> %186, <8 x float> %180)
  %188 = fadd <8 x float> %187, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %189 = fptosi <8 x float> %178 to <8 x i32>
  %190 = add <8 x i32> %189, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %191 = shl <8 x i32> %190, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %192 = bitcast <8 x i32> %191 to <8 x float>
  %193 = fmul <8 x float> %188, %192
  %194 = fcmp uno <8 x float> %174, %174
  %195 = select <8 x i1> %194, <8 x float> %174, <8 x float> %193
  %196 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %195
  %197 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %196
  %198 = fadd <8 x float> %165, %166
  %199 = fneg <8 x float> %198
  %200 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %199, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %201 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %200, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %203 = call <8 x float> @llvm.floor.v8f32(<8 x float> %202)
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %203, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %201)
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %203, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %204)
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %205, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %205, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %207, <8 x float> %205, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %205, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %209, <8 x float> %205, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %211 = fmul <8 x float> %205, %205
  %212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> %211, <8 x float> %205)
  %213 = fadd <8 x float> %212, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %214 = fptosi <8 x float> %203 to <8 x i32>
  %215 = add <8 x i32> %214, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %216 = shl <8 x i32> %215, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %217 = bitcast <8 x i32> %216 to <8 x float>
  %218 = fmul <8 x float> %213, %217
  %219 = fcmp uno <8 x float> %199, %199
  %220 = select <8 x i1> %219, <8 x float> %199, <8 x float> %218
  %221 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %220
  %222 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %221
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %197, <8 x float> %172, <8 x float> %171)
  %224 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %223)
  %225 = fmul <8 x float> %223, %223
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %225, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %225, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %227, <8 x float> %225, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %225, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %230 = fmul <8 x float> %229, %225
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %230, <8 x float> %223, <8 x float> %223)
  %232 = fmul <8 x float> %224, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %233 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %232, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %234 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %233, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %234, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %236 = call <8 x float> @llvm.floor.v8f32(<8 x float> %235)
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %234)
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %237)
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %238, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %238, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %238, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %238, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %238, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %244 = fmul <8 x float> %238, %238
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %244, <8 x float> %238)
  %246 = fadd <8 x float> %245, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %247 = fptosi <8 x float> %236 to <8 x i32>
  %248 = add <8 x i32> %247, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %249 = shl <8 x i32> %248, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %250 = bitcast <8 x i32> %249 to <8 x float>
  %251 = fmul <8 x float> %246, %250
  %252 = fcmp uno <8 x float> %232, %232
  %253 = select <8 x i1> %252, <8 x float> %232, <8 x float> %251
  %254 = fadd <8 x float> %253, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %255 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %254
  %256 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %255
  %257 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %256, <8 x float> %223)
  %258 = fcmp olt <8 x float> %224, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %259 = select <8 x i1> %258, <8 x float> %231, <8 x float> %257
  %260 = getelementptr inbounds float, float* %61, i64 %71
  %261 = bitcast float* %260 to <8 x float>*
  %262 = load <8 x float>, <8 x float>* %261, align 4
  %263 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %222
  %264 = fmul <8 x float> %263, %259
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %262, <8 x float> %264)
  %266 = getelementptr inbounds float, float* %62, i64 %71
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %265, <8 x float>* %267, align 4
  %268 = add i64 0, %72
  %269 = add i64 %66, %268
  %270 = getelementptr inbounds float, float* %2, i64 %269
  %271 = bitcast float* %270 to <8 x float>*
  %272 = load <8 x float>, <8 x float>* %271, align 4
  %273 = load <8 x float>, <8 x float>* %22, align 32
  %274 = add i64 64, %72
  %275 = add i64 %66, %274
  %276 = getelementptr inbounds float, float* %2, i64 %275
  %277 = bitcast float* %276 to <8 x float>*
  %278 = load <8 x float>, <8 x float>* %277, align 4
  %279 = load <8 x float>, <8 x float>* %20, align 32
  %280 = add i64 128, %72
  %281 = add i64 %66, %280
  %282 = getelementptr inbounds float, float* %2, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  %284 = load <8 x float>, <8 x float>* %283, align 4
  %285 = load <8 x float>, <8 x float>* %18, align 32
  %286 = fadd <8 x float> %272, %273
  %287 = fneg <8 x float> %286
  %288 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %287, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %289 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %288, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %291 = call <8 x float> @llvm.floor.v8f32(<8 x float> %290)
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %291, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %289)
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %291, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %292)
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %293, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %294, <8 x float> %293, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %295, <8 x float> %293, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %293, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %297, <8 x float> %293, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %299 = fmul <8 x float> %293, %293
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %299, <8 x float> %293)
  %301 = fadd <8 x float> %300, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %302 = fptosi <8 x float> %291 to <8 x i32>
  %303 = add <8 x i32> %302, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %304 = shl <8 x i32> %303, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %305 = bitcast <8 x i32> %304 to <8 x float>
  %306 = fmul <8 x float> %301, %305
  %307 = fcmp uno <8 x float> %287, %287
  %308 = select <8 x i1> %307, <8 x float> %287, <8 x float> %306
  %309 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %308
  %310 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %309
  %311 = fadd <8 x float> %278, %279
  %312 = fneg <8 x float> %311
  %313 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %312, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %314 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %313, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %316 = call <8 x float> @llvm.floor.v8f32(<8 x float> %315)
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %314)
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %317)
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %318, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %319, <8 x float> %318, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %320, <8 x float> %318, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %321, <8 x float> %318, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %322, <8 x float> %318, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %324 = fmul <8 x float> %318, %318
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %323, <8 x float> %324, <8 x float> %318)
  %326 = fadd <8 x float> %325, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %327 = fptosi <8 x float> %316 to <8 x i32>
  %328 = add <8 x i32> %327, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %329 = shl <8 x i32> %328, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %330 = bitcast <8 x i32> %329 to <8 x float>
  %331 = fmul <8 x float> %326, %330
  %332 = fcmp uno <8 x float> %312, %312
  %333 = select <8 x i1> %332, <8 x float> %312, <8 x float> %331
  %334 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %333
  %335 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %334
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %310, <8 x float> %285, <8 x float> %284)
  %337 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %336)
  %338 = fmul <8 x float> %336, %336
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %338, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> %338, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %338, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %341, <8 x float> %338, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %343 = fmul <8 x float> %342, %338
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %343, <8 x float> %336, <8 x float> %336)
  %345 = fmul <8 x float> %337, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %346 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %345, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %347 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %346, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %349 = call <8 x float> @llvm.floor.v8f32(<8 x float> %348)
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %349, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %347)
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %349, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %350)
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %351, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %352, <8 x float> %351, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %353, <8 x float> %351, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %351, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %355, <8 x float> %351, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %357 = fmul <8 x float> %351, %351
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %356, <8 x float> %357, <8 x float> %351)
  %359 = fadd <8 x float> %358, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %360 = fptosi <8 x float> %349 to <8 x i32>
  %361 = add <8 x i32> %360, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %362 = shl <8 x i32> %361, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %363 = bitcast <8 x i32> %362 to <8 x float>
  %364 = fmul <8 x float> %359, %363
  %365 = fcmp uno <8 x float> %345, %345
  %366 = select <8 x i1> %365, <8 x float> %345, <8 x float> %364
  %367 = fadd <8 x float> %366, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %368 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %367
  %369 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %368
  %370 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %369, <8 x float> %336)
  %371 = fcmp olt <8 x float> %337, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %372 = select <8 x i1> %371, <8 x float> %344, <8 x float> %370
  %373 = getelementptr inbounds float, float* %61, i64 %72
  %374 = bitcast float* %373 to <8 x float>*
  %375 = load <8 x float>, <8 x float>* %374, align 4
  %376 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %335
  %377 = fmul <8 x float> %376, %372
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %375, <8 x float> %377)
  %379 = getelementptr inbounds float, float* %62, i64 %72
  %380 = bitcast float* %379 to <8 x float>*
  store <8 x float> %378, <8 x float>* %380, align 4
  %pair.next = add i64 %pair, 1
  br label %pair.header

then5:                                            ; preds = %pair.exit
  %381 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 56) to <8 x float>*), align 4
  store <8 x float> %381, <8 x float>* %17, align 32
  %382 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %382, <8 x float>* %16, align 32
  %383 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 184) to <8 x float>*), align 4
  store <8 x float> %383, <8 x float>* %15, align 32
  br label %k.header7

endif6:                                           ; preds = %k.exit9, %pair.exit
  %s.next = add i64 %s, 1
  br label %s.header

k.header7:                                        ; preds = %k.body8, %then5
  %k10 = phi i64 [ 0, %then5 ], [ %k.next12, %k.body8 ]
  %384 = icmp slt i64 %k10, 64
  br i1 %384, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %385 = add i64 448, %k10
  %386 = mul i64 %385, 24
  %387 = add i64 %386, 0
  %388 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = add i64 448, %k10
  %392 = mul i64 %391, 24
  %393 = add i64 %392, 8
  %394 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %393
  %395 = bitcast float* %394 to <8 x float>*
  %396 = load <8 x float>, <8 x float>* %395, align 4
  %397 = add i64 448, %k10
  %398 = mul i64 %397, 24
  %399 = add i64 %398, 16
  %400 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %399
  %401 = bitcast float* %400 to <8 x float>*
  %402 = load <8 x float>, <8 x float>* %401, align 4
  %403 = getelementptr inbounds float, float* %61, i64 %k10
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat11 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %17, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %390, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %17, align 32
  %408 = load <8 x float>, <8 x float>* %16, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %396, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %16, align 32
  %410 = load <8 x float>, <8 x float>* %15, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %402, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %15, align 32
  %k.next12 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %412 = add i64 %66, 56
  %413 = getelementptr inbounds float, float* %2, i64 %412
  %414 = bitcast float* %413 to <8 x float>*
  %415 = load <8 x float>, <8 x float>* %414, align 4
  %416 = load <8 x float>, <8 x float>* %17, align 32
  %417 = add i64 %66, 120
  %418 = getelementptr inbounds float, float* %2, i64 %417
  %419 = bitcast float* %418 to <8 x float>*
  %420 = load <8 x float>, <8 x float>* %419, align 4
  %421 = load <8 x float>, <8 x float>* %16, align 32
  %422 = add i64 %66, 184
  %423 = getelementptr inbounds float, float* %2, i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  %425 = load <8 x float>, <8 x float>* %424, align 4
  %426 = load <8 x float>, <8 x float>* %15, align 32
  %427 = fadd <8 x float> %415, %416
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
  %452 = fadd <8 x float> %420, %421
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
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %451, <8 x float> %426, <8 x float> %425)
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
  %514 = getelementptr inbounds float, float* %61, i64 56
  %515 = bitcast float* %514 to <8 x float>*
  %516 = load <8 x float>, <8 x float>* %515, align 4
  %517 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %476
  %518 = fmul <8 x float> %517, %513
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %476, <8 x float> %516, <8 x float> %518)
  %520 = getelementptr inbounds float, float* %62, i64 56
  %521 = bitcast float* %520 to <8 x float>*
  store <8 x float> %519, <8 x float>* %521, align 4
  br label %endif6

copy.header:                                      ; preds = %copy.body, %s.exit
  %copy = phi i64 [ 0, %s.exit ], [ %copy.next, %copy.body ]
  %522 = icmp slt i64 %copy, 8
  br i1 %522, label %copy.body, label %copy.exit

copy.body:                                        ; preds = %copy.header
  %523 = mul i64 %copy, 8
  %524 = getelementptr inbounds float, float* %45, i64 %523
  %525 = bitcast float* %524 to <8 x float>*
  %526 = load <8 x float>, <8 x float>* %525, align 4
  %527 = mul i64 %48, 64
  %528 = add i64 %527, 0
  %529 = add i64 %528, %523
  %530 = getelementptr inbounds float, float* %0, i64 %529
  %531 = bitcast float* %530 to <8 x float>*
  store <8 x float> %526, <8 x float>* %531, align 4
  %copy.next = add i64 %copy, 1
  br label %copy.header

copy.exit:                                        ; preds = %copy.header
  br label %endif4

then13:                                           ; preds = %else
  br label %zero.header15

endif14:                                          ; preds = %copy.exit46, %else
  br label %endif

zero.header15:                                    ; preds = %zero.body16, %then13
  %zero18 = phi i64 [ %32, %then13 ], [ %zero.next19, %zero.body16 ]
  %532 = icmp slt i64 %zero18, %35
  br i1 %532, label %zero.body16, label %zero.exit17

zero.body16:                                      ; preds = %zero.header15
  %533 = mul i64 %zero18, 8
  %534 = getelementptr inbounds float, float* %36, i64 %533
  %535 = bitcast float* %534 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %535, align 4
  %536 = mul i64 %zero18, 8
  %537 = getelementptr inbounds float, float* %38, i64 %536
  %538 = bitcast float* %537 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %538, align 4
  %zero.next19 = add i64 %zero18, 1
  br label %zero.header15

zero.exit17:                                      ; preds = %zero.header15
  call void @GOMP_barrier()
  br label %s.header20

s.header20:                                       ; preds = %endif36, %zero.exit17
  %s23 = phi i64 [ 0, %zero.exit17 ], [ %s.next43, %endif36 ]
  %539 = icmp slt i64 %s23, 128
  br i1 %539, label %s.body21, label %s.exit22

s.body21:                                         ; preds = %s.header20
  %540 = and i64 %s23, 1
  %541 = icmp eq i64 %540, 0
  %542 = select i1 %541, float* %36, float* %37
  %543 = select i1 %541, float* %37, float* %36
  %544 = add i64 0, %s23
  %545 = mul i64 %544, 192
  %546 = sub i64 %35, %32
  %547 = sdiv i64 %546, 2
  br label %pair.header24

s.exit22:                                         ; preds = %s.header20
  br label %copy.header44

pair.header24:                                    ; preds = %k.exit30, %s.body21
  %pair27 = phi i64 [ 0, %s.body21 ], [ %pair.next34, %k.exit30 ]
  %548 = icmp slt i64 %pair27, %547
  br i1 %548, label %pair.body25, label %pair.exit26

pair.body25:                                      ; preds = %pair.header24
  %549 = mul i64 %pair27, 2
  %550 = add i64 %32, %549
  %551 = add i64 %550, 1
  %552 = mul i64 %550, 8
  %553 = mul i64 %551, 8
  %554 = add i64 0, %552
  %555 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %554
  %556 = bitcast float* %555 to <8 x float>*
  %557 = load <8 x float>, <8 x float>* %556, align 4
  store <8 x float> %557, <8 x float>* %14, align 32
  %558 = add i64 0, %553
  %559 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %558
  %560 = bitcast float* %559 to <8 x float>*
  %561 = load <8 x float>, <8 x float>* %560, align 4
  store <8 x float> %561, <8 x float>* %13, align 32
  %562 = add i64 64, %552
  %563 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %562
  %564 = bitcast float* %563 to <8 x float>*
  %565 = load <8 x float>, <8 x float>* %564, align 4
  store <8 x float> %565, <8 x float>* %12, align 32
  %566 = add i64 64, %553
  %567 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %566
  %568 = bitcast float* %567 to <8 x float>*
  %569 = load <8 x float>, <8 x float>* %568, align 4
  store <8 x float> %569, <8 x float>* %11, align 32
  %570 = add i64 128, %552
  %571 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  %573 = load <8 x float>, <8 x float>* %572, align 4
  store <8 x float> %573, <8 x float>* %10, align 32
  %574 = add i64 128, %553
  %575 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %574
  %576 = bitcast float* %575 to <8 x float>*
  %577 = load <8 x float>, <8 x float>* %576, align 4
  store <8 x float> %577, <8 x float>* %9, align 32
  br label %k.header28

pair.exit26:                                      ; preds = %pair.header24
  %578 = srem i64 %546, 2
  %579 = icmp eq i64 %578, 1
  br i1 %579, label %then35, label %endif36

k.header28:                                       ; preds = %k.body29, %pair.body25
  %k31 = phi i64 [ 0, %pair.body25 ], [ %k.next33, %k.body29 ]
  %580 = icmp slt i64 %k31, 64
  br i1 %580, label %k.body29, label %k.exit30

k.body29:                                         ; preds = %k.header28
  %581 = mul i64 %550, 64
  %582 = add i64 %581, %k31
  %583 = mul i64 %582, 24
  %584 = add i64 %583, 0
  %585 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %584
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = mul i64 %551, 64
  %589 = add i64 %588, %k31
  %590 = mul i64 %589, 24
  %591 = add i64 %590, 0
  %592 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %591
  %593 = bitcast float* %592 to <8 x float>*
  %594 = load <8 x float>, <8 x float>* %593, align 4
  %595 = mul i64 %550, 64
  %596 = add i64 %595, %k31
  %597 = mul i64 %596, 24
  %598 = add i64 %597, 8
  %599 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %598
  %600 = bitcast float* %599 to <8 x float>*
  %601 = load <8 x float>, <8 x float>* %600, align 4
  %602 = mul i64 %551, 64
  %603 = add i64 %602, %k31
  %604 = mul i64 %603, 24
  %605 = add i64 %604, 8
  %606 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %605
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = mul i64 %550, 64
  %610 = add i64 %609, %k31
  %611 = mul i64 %610, 24
  %612 = add i64 %611, 16
  %613 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %612
  %614 = bitcast float* %613 to <8 x float>*
  %615 = load <8 x float>, <8 x float>* %614, align 4
  %616 = mul i64 %551, 64
  %617 = add i64 %616, %k31
  %618 = mul i64 %617, 24
  %619 = add i64 %618, 16
  %620 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %619
  %621 = bitcast float* %620 to <8 x float>*
  %622 = load <8 x float>, <8 x float>* %621, align 4
  %623 = getelementptr inbounds float, float* %542, i64 %k31
  %624 = load float, float* %623, align 4
  %625 = insertelement <8 x float> undef, float %624, i32 0
  %splat32 = shufflevector <8 x float> %625, <8 x float> undef, <8 x i32> zeroinitializer
  %626 = load <8 x float>, <8 x float>* %14, align 32
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %587, <8 x float> %626)
  store <8 x float> %627, <8 x float>* %14, align 32
  %628 = load <8 x float>, <8 x float>* %13, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %594, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %13, align 32
  %630 = load <8 x float>, <8 x float>* %12, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %601, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %12, align 32
  %632 = load <8 x float>, <8 x float>* %11, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %608, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %11, align 32
  %634 = load <8 x float>, <8 x float>* %10, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %615, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %10, align 32
  %636 = load <8 x float>, <8 x float>* %9, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %622, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %9, align 32
  %k.next33 = add i64 %k31, 1
  br label %k.header28

k.exit30:                                         ; preds = %k.header28
  %638 = add i64 0, %552
  %639 = add i64 %545, %638
  %640 = getelementptr inbounds float, float* %2, i64 %639
  %641 = bitcast float* %640 to <8 x float>*
  %642 = load <8 x float>, <8 x float>* %641, align 4
  %643 = load <8 x float>, <8 x float>* %14, align 32
  %644 = add i64 64, %552
  %645 = add i64 %545, %644
  %646 = getelementptr inbounds float, float* %2, i64 %645
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = load <8 x float>, <8 x float>* %12, align 32
  %650 = add i64 128, %552
  %651 = add i64 %545, %650
  %652 = getelementptr inbounds float, float* %2, i64 %651
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = load <8 x float>, <8 x float>* %10, align 32
  %656 = fadd <8 x float> %642, %643
  %657 = fneg <8 x float> %656
  %658 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %657, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %659 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %658, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %659, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %661 = call <8 x float> @llvm.floor.v8f32(<8 x float> %660)
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %659)
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %662)
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %663, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %664, <8 x float> %663, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %665, <8 x float> %663, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %666, <8 x float> %663, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %667, <8 x float> %663, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %669 = fmul <8 x float> %663, %663
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %668, <8 x float> %669, <8 x float> %663)
  %671 = fadd <8 x float> %670, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %672 = fptosi <8 x float> %661 to <8 x i32>
  %673 = add <8 x i32> %672, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %674 = shl <8 x i32> %673, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %675 = bitcast <8 x i32> %674 to <8 x float>
  %676 = fmul <8 x float> %671, %675
  %677 = fcmp uno <8 x float> %657, %657
  %678 = select <8 x i1> %677, <8 x float> %657, <8 x float> %676
  %679 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %678
  %680 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %679
  %681 = fadd <8 x float> %648, %649
  %682 = fneg <8 x float> %681
  %683 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %682, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %684 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %683, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %684, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %686 = call <8 x float> @llvm.floor.v8f32(<8 x float> %685)
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %686, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %684)
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %686, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %687)
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %688, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %689, <8 x float> %688, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %690, <8 x float> %688, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %691, <8 x float> %688, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %692, <8 x float> %688, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %694 = fmul <8 x float> %688, %688
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %693, <8 x float> %694, <8 x float> %688)
  %696 = fadd <8 x float> %695, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %697 = fptosi <8 x float> %686 to <8 x i32>
  %698 = add <8 x i32> %697, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %699 = shl <8 x i32> %698, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %700 = bitcast <8 x i32> %699 to <8 x float>
  %701 = fmul <8 x float> %696, %700
  %702 = fcmp uno <8 x float> %682, %682
  %703 = select <8 x i1> %702, <8 x float> %682, <8 x float> %701
  %704 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %703
  %705 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %704
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %680, <8 x float> %655, <8 x float> %654)
  %707 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %706)
  %708 = fmul <8 x float> %706, %706
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %708, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> %708, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %710, <8 x float> %708, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %711, <8 x float> %708, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %713 = fmul <8 x float> %712, %708
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %713, <8 x float> %706, <8 x float> %706)
  %715 = fmul <8 x float> %707, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %716 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %715, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %717 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %716, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %717, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %719 = call <8 x float> @llvm.floor.v8f32(<8 x float> %718)
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %719, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %717)
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %719, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %720)
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %721, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %722, <8 x float> %721, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %723, <8 x float> %721, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %724, <8 x float> %721, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %725, <8 x float> %721, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %727 = fmul <8 x float> %721, %721
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %726, <8 x float> %727, <8 x float> %721)
  %729 = fadd <8 x float> %728, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %730 = fptosi <8 x float> %719 to <8 x i32>
  %731 = add <8 x i32> %730, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %732 = shl <8 x i32> %731, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %733 = bitcast <8 x i32> %732 to <8 x float>
  %734 = fmul <8 x float> %729, %733
  %735 = fcmp uno <8 x float> %715, %715
  %736 = select <8 x i1> %735, <8 x float> %715, <8 x float> %734
  %737 = fadd <8 x float> %736, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %738 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %737
  %739 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %738
  %740 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %739, <8 x float> %706)
  %741 = fcmp olt <8 x float> %707, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %742 = select <8 x i1> %741, <8 x float> %714, <8 x float> %740
  %743 = getelementptr inbounds float, float* %542, i64 %552
  %744 = bitcast float* %743 to <8 x float>*
  %745 = load <8 x float>, <8 x float>* %744, align 4
  %746 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %705
  %747 = fmul <8 x float> %746, %742
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %705, <8 x float> %745, <8 x float> %747)
  %749 = getelementptr inbounds float, float* %543, i64 %552
  %750 = bitcast float* %749 to <8 x float>*
  store <8 x float> %748, <8 x float>* %750, align 4
  %751 = add i64 0, %553
  %752 = add i64 %545, %751
  %753 = getelementptr inbounds float, float* %2, i64 %752
  %754 = bitcast float* %753 to <8 x float>*
  %755 = load <8 x float>, <8 x float>* %754, align 4
  %756 = load <8 x float>, <8 x float>* %13, align 32
  %757 = add i64 64, %553
  %758 = add i64 %545, %757
  %759 = getelementptr inbounds float, float* %2, i64 %758
  %760 = bitcast float* %759 to <8 x float>*
  %761 = load <8 x float>, <8 x float>* %760, align 4
  %762 = load <8 x float>, <8 x float>* %11, align 32
  %763 = add i64 128, %553
  %764 = add i64 %545, %763
  %765 = getelementptr inbounds float, float* %2, i64 %764
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  %768 = load <8 x float>, <8 x float>* %9, align 32
  %769 = fadd <8 x float> %755, %756
  %770 = fneg <8 x float> %769
  %771 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %770, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %772 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %771, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %772, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %774 = call <8 x float> @llvm.floor.v8f32(<8 x float> %773)
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %772)
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %775)
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %776, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %777, <8 x float> %776, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %778, <8 x float> %776, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %779, <8 x float> %776, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %780, <8 x float> %776, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %782 = fmul <8 x float> %776, %776
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %781, <8 x float> %782, <8 x float> %776)
  %784 = fadd <8 x float> %783, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %785 = fptosi <8 x float> %774 to <8 x i32>
  %786 = add <8 x i32> %785, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %787 = shl <8 x i32> %786, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %788 = bitcast <8 x i32> %787 to <8 x float>
  %789 = fmul <8 x float> %784, %788
  %790 = fcmp uno <8 x float> %770, %770
  %791 = select <8 x i1> %790, <8 x float> %770, <8 x float> %789
  %792 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %791
  %793 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %792
  %794 = fadd <8 x float> %761, %762
  %795 = fneg <8 x float> %794
  %796 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %795, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %797 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %796, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %797, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %799 = call <8 x float> @llvm.floor.v8f32(<8 x float> %798)
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %799, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %797)
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %799, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %800)
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %801, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %802, <8 x float> %801, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %803, <8 x float> %801, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %804, <8 x float> %801, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %805, <8 x float> %801, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %807 = fmul <8 x float> %801, %801
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %806, <8 x float> %807, <8 x float> %801)
  %809 = fadd <8 x float> %808, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %810 = fptosi <8 x float> %799 to <8 x i32>
  %811 = add <8 x i32> %810, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %812 = shl <8 x i32> %811, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %813 = bitcast <8 x i32> %812 to <8 x float>
  %814 = fmul <8 x float> %809, %813
  %815 = fcmp uno <8 x float> %795, %795
  %816 = select <8 x i1> %815, <8 x float> %795, <8 x float> %814
  %817 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %816
  %818 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %817
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %768, <8 x float> %767)
  %820 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %819)
  %821 = fmul <8 x float> %819, %819
  %822 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %821, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %822, <8 x float> %821, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %823, <8 x float> %821, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %824, <8 x float> %821, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %826 = fmul <8 x float> %825, %821
  %827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> %819, <8 x float> %819)
  %828 = fmul <8 x float> %820, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %829 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %828, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %830 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %829, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %830, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %832 = call <8 x float> @llvm.floor.v8f32(<8 x float> %831)
  %833 = call <8 x float> @llvm.fma.v8f32(<8 x float> %832, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %830)
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %832, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %833)
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %834, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %835, <8 x float> %834, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %836, <8 x float> %834, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %837, <8 x float> %834, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %838, <8 x float> %834, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %840 = fmul <8 x float> %834, %834
  %841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %839, <8 x float> %840, <8 x float> %834)
  %842 = fadd <8 x float> %841, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %843 = fptosi <8 x float> %832 to <8 x i32>
  %844 = add <8 x i32> %843, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %845 = shl <8 x i32> %844, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %846 = bitcast <8 x i32> %845 to <8 x float>
  %847 = fmul <8 x float> %842, %846
  %848 = fcmp uno <8 x float> %828, %828
  %849 = select <8 x i1> %848, <8 x float> %828, <8 x float> %847
  %850 = fadd <8 x float> %849, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %851 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %850
  %852 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %851
  %853 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %852, <8 x float> %819)
  %854 = fcmp olt <8 x float> %820, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %855 = select <8 x i1> %854, <8 x float> %827, <8 x float> %853
  %856 = getelementptr inbounds float, float* %542, i64 %553
  %857 = bitcast float* %856 to <8 x float>*
  %858 = load <8 x float>, <8 x float>* %857, align 4
  %859 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %818
  %860 = fmul <8 x float> %859, %855
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %818, <8 x float> %858, <8 x float> %860)
  %862 = getelementptr inbounds float, float* %543, i64 %553
  %863 = bitcast float* %862 to <8 x float>*
  store <8 x float> %861, <8 x float>* %863, align 4
  %pair.next34 = add i64 %pair27, 1
  br label %pair.header24

then35:                                           ; preds = %pair.exit26
  %864 = sub i64 %35, 1
  %865 = mul i64 %864, 8
  %866 = add i64 0, %865
  %867 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %866
  %868 = bitcast float* %867 to <8 x float>*
  %869 = load <8 x float>, <8 x float>* %868, align 4
  store <8 x float> %869, <8 x float>* %8, align 32
  %870 = add i64 64, %865
  %871 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %870
  %872 = bitcast float* %871 to <8 x float>*
  %873 = load <8 x float>, <8 x float>* %872, align 4
  store <8 x float> %873, <8 x float>* %7, align 32
  %874 = add i64 128, %865
  %875 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %874
  %876 = bitcast float* %875 to <8 x float>*
  %877 = load <8 x float>, <8 x float>* %876, align 4
  store <8 x float> %877, <8 x float>* %6, align 32
  br label %k.header37

endif36:                                          ; preds = %k.exit39, %pair.exit26
  call void @GOMP_barrier()
  %s.next43 = add i64 %s23, 1
  br label %s.header20

k.header37:                                       ; preds = %k.body38, %then35
  %k40 = phi i64 [ 0, %then35 ], [ %k.next42, %k.body38 ]
  %878 = icmp slt i64 %k40, 64
  br i1 %878, label %k.body38, label %k.exit39

k.body38:                                         ; preds = %k.header37
  %879 = mul i64 %864, 64
  %880 = add i64 %879, %k40
  %881 = mul i64 %880, 24
  %882 = add i64 %881, 0
  %883 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %882
  %884 = bitcast float* %883 to <8 x float>*
  %885 = load <8 x float>, <8 x float>* %884, align 4
  %886 = mul i64 %864, 64
  %887 = add i64 %886, %k40
  %888 = mul i64 %887, 24
  %889 = add i64 %888, 8
  %890 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %889
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = mul i64 %864, 64
  %894 = add i64 %893, %k40
  %895 = mul i64 %894, 24
  %896 = add i64 %895, 16
  %897 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %896
  %898 = bitcast float* %897 to <8 x float>*
  %899 = load <8 x float>, <8 x float>* %898, align 4
  %900 = getelementptr inbounds float, float* %542, i64 %k40
  %901 = load float, float* %900, align 4
  %902 = insertelement <8 x float> undef, float %901, i32 0
  %splat41 = shufflevector <8 x float> %902, <8 x float> undef, <8 x i32> zeroinitializer
  %903 = load <8 x float>, <8 x float>* %8, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %885, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %8, align 32
  %905 = load <8 x float>, <8 x float>* %7, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %892, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %7, align 32
  %907 = load <8 x float>, <8 x float>* %6, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %899, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %6, align 32
  %k.next42 = add i64 %k40, 1
  br label %k.header37

k.exit39:                                         ; preds = %k.header37
  %909 = add i64 0, %865
  %910 = add i64 %545, %909
  %911 = getelementptr inbounds float, float* %2, i64 %910
  %912 = bitcast float* %911 to <8 x float>*
  %913 = load <8 x float>, <8 x float>* %912, align 4
  %914 = load <8 x float>, <8 x float>* %8, align 32
  %915 = add i64 64, %865
  %916 = add i64 %545, %915
  %917 = getelementptr inbounds float, float* %2, i64 %916
  %918 = bitcast float* %917 to <8 x float>*
  %919 = load <8 x float>, <8 x float>* %918, align 4
  %920 = load <8 x float>, <8 x float>* %7, align 32
  %921 = add i64 128, %865
  %922 = add i64 %545, %921
  %923 = getelementptr inbounds float, float* %2, i64 %922
  %924 = bitcast float* %923 to <8 x float>*
  %925 = load <8 x float>, <8 x float>* %924, align 4
  %926 = load <8 x float>, <8 x float>* %6, align 32
  %927 = fadd <8 x float> %913, %914
  %928 = fneg <8 x float> %927
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
  %948 = fcmp uno <8 x float> %928, %928
  %949 = select <8 x i1> %948, <8 x float> %928, <8 x float> %947
  %950 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %949
  %951 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %950
  %952 = fadd <8 x float> %919, %920
  %953 = fneg <8 x float> %952
  %954 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %953, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %955 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %954, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %955, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %957 = call <8 x float> @llvm.floor.v8f32(<8 x float> %956)
  %958 = call <8 x float> @llvm.fma.v8f32(<8 x float> %957, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %955)
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %957, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %958)
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %959, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %960, <8 x float> %959, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %961, <8 x float> %959, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %962, <8 x float> %959, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %963, <8 x float> %959, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %965 = fmul <8 x float> %959, %959
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %964, <8 x float> %965, <8 x float> %959)
  %967 = fadd <8 x float> %966, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %968 = fptosi <8 x float> %957 to <8 x i32>
  %969 = add <8 x i32> %968, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %970 = shl <8 x i32> %969, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %971 = bitcast <8 x i32> %970 to <8 x float>
  %972 = fmul <8 x float> %967, %971
  %973 = fcmp uno <8 x float> %953, %953
  %974 = select <8 x i1> %973, <8 x float> %953, <8 x float> %972
  %975 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %974
  %976 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %975
  %977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %951, <8 x float> %926, <8 x float> %925)
  %978 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %977)
  %979 = fmul <8 x float> %977, %977
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %979, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %980, <8 x float> %979, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %981, <8 x float> %979, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %982, <8 x float> %979, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %984 = fmul <8 x float> %983, %979
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %984, <8 x float> %977, <8 x float> %977)
  %986 = fmul <8 x float> %978, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %987 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %986, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %988 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %987, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %988, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %990 = call <8 x float> @llvm.floor.v8f32(<8 x float> %989)
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %990, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %988)
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %990, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %991)
  %993 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %992, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %992, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %994, <8 x float> %992, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %996 = call <8 x float> @llvm.fma.v8f32(<8 x float> %995, <8 x float> %992, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %996, <8 x float> %992, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %998 = fmul <8 x float> %992, %992
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %997, <8 x float> %998, <8 x float> %992)
  %1000 = fadd <8 x float> %999, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1001 = fptosi <8 x float> %990 to <8 x i32>
  %1002 = add <8 x i32> %1001, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1003 = shl <8 x i32> %1002, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1004 = bitcast <8 x i32> %1003 to <8 x float>
  %1005 = fmul <8 x float> %1000, %1004
  %1006 = fcmp uno <8 x float> %986, %986
  %1007 = select <8 x i1> %1006, <8 x float> %986, <8 x float> %1005
  %1008 = fadd <8 x float> %1007, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1009 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1008
  %1010 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1009
  %1011 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %1010, <8 x float> %977)
  %1012 = fcmp olt <8 x float> %978, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1013 = select <8 x i1> %1012, <8 x float> %985, <8 x float> %1011
  %1014 = getelementptr inbounds float, float* %542, i64 %865
  %1015 = bitcast float* %1014 to <8 x float>*
  %1016 = load <8 x float>, <8 x float>* %1015, align 4
  %1017 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %976
  %1018 = fmul <8 x float> %1017, %1013
  %1019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %976, <8 x float> %1016, <8 x float> %1018)
  %1020 = getelementptr inbounds float, float* %543, i64 %865
  %1021 = bitcast float* %1020 to <8 x float>*
  store <8 x float> %1019, <8 x float>* %1021, align 4
  br label %endif36

copy.header44:                                    ; preds = %copy.body45, %s.exit22
  %copy47 = phi i64 [ %32, %s.exit22 ], [ %copy.next48, %copy.body45 ]
  %1022 = icmp slt i64 %copy47, %35
  br i1 %1022, label %copy.body45, label %copy.exit46

copy.body45:                                      ; preds = %copy.header44
  %1023 = mul i64 %copy47, 8
  %1024 = getelementptr inbounds float, float* %36, i64 %1023
  %1025 = bitcast float* %1024 to <8 x float>*
  %1026 = load <8 x float>, <8 x float>* %1025, align 4
  %1027 = add i64 0, %1023
  %1028 = getelementptr inbounds float, float* %0, i64 %1027
  %1029 = bitcast float* %1028 to <8 x float>*
  store <8 x float> %1026, <8 x float>* %1029, align 4
  %copy.next48 = add i64 %copy47, 1
  br label %copy.header44

copy.exit46:                                      ; preds = %copy.header44
  br label %endif14
}

; Function Attrs: noinline nounwind
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
  call void @node1.gru_2.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
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
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #4

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
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #1

; Function Attrs: noinline nounwind
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
define i32 @gru_activity_run(i8** %0, i8** %1, i8* %2) #5 {
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
  %17 = call i32 @gru_activity_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
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
define internal i32 @gru_activity_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #2 {
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
  %12 = getelementptr inbounds i8, i8* %2, i64 99584
  %13 = getelementptr inbounds i8, i8* %2, i64 0
  %14 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %12, i8** %14, align 8
  %15 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %15, align 8
  %16 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %13, i8** %16, align 8
  %17 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %17, align 8
  %18 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node0.gru_1.step0, i8* %18, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node0.gru_1.step1, i8* %18, i32 %10, i32 0)
  %19 = getelementptr inbounds i8, i8* %2, i64 132352
  %20 = getelementptr inbounds i8, i8* %2, i64 99584
  %21 = getelementptr inbounds i8, i8* %2, i64 0
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %19, i8** %22, align 8
  %23 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %20, i8** %23, align 8
  %24 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %21, i8** %24, align 8
  %25 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %25, align 8
  %26 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.gru_2.step0, i8* %26, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node1.gru_2.step1, i8* %26, i32 %10, i32 0)
  %27 = getelementptr inbounds i8, i8* %2, i64 132352
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %28, align 8
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %27, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %31, align 8
  %32 = bitcast [6 x i8*]* %args to i8*
  %33 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %33, align 8
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([24 x i8], [24 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %34, align 8
  call void @node2.dense_1.step0(i8* %32)
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %35, align 8
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %36, align 8
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %37, align 8
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %38, align 8
  %39 = bitcast [6 x i8*]* %args to i8*
  call void @node3.dense_1.softmax.step0(i8* %39)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @gru_activity_info() #6 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #6 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @gru_activity_workspace_size() #6 {
entry:
  ret i64 132671
}

; Function Attrs: nounwind
define i32 @gru_activity_infer(i8* %0, i8* %1, i8* %2) #6 {
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
attributes #2 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #4 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #5 = { nounwind "target-cpu"="x86-64-v3" }
attributes #6 = { nounwind }
