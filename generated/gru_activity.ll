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
  %194 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %193
  %195 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %194
  %196 = fadd <8 x float> %165, %166
  %197 = fneg <8 x float> %196
  %198 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %197, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %199 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %198, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %201 = call <8 x float> @llvm.floor.v8f32(<8 x float> %200)
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %199)
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %202)
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %203, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> %203, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %205, <8 x float> %203, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %203, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %207, <8 x float> %203, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %209 = fmul <8 x float> %203, %203
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %209, <8 x float> %203)
  %211 = fadd <8 x float> %210, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %212 = fptosi <8 x float> %201 to <8 x i32>
  %213 = add <8 x i32> %212, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %214 = shl <8 x i32> %213, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %215 = bitcast <8 x i32> %214 to <8 x float>
  %216 = fmul <8 x float> %211, %215
  %217 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %216
  %218 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %217
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> %172, <8 x float> %171)
  %220 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %219)
  %221 = fmul <8 x float> %219, %219
  %222 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %221, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %221, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %221, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %224, <8 x float> %221, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %226 = fmul <8 x float> %225, %221
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %219, <8 x float> %219)
  %228 = fmul <8 x float> %220, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %229 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %228, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %230 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %229, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %230, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %232 = call <8 x float> @llvm.floor.v8f32(<8 x float> %231)
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %232, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %230)
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %232, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %233)
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %234, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %234, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %234, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> %234, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %234, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %240 = fmul <8 x float> %234, %234
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %240, <8 x float> %234)
  %242 = fadd <8 x float> %241, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %243 = fptosi <8 x float> %232 to <8 x i32>
  %244 = add <8 x i32> %243, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %245 = shl <8 x i32> %244, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %246 = bitcast <8 x i32> %245 to <8 x float>
  %247 = fmul <8 x float> %242, %246
  %248 = fadd <8 x float> %247, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %249 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %248
  %250 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %249
  %251 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %250, <8 x float> %219)
  %252 = fcmp olt <8 x float> %220, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %253 = select <8 x i1> %252, <8 x float> %227, <8 x float> %251
  %254 = getelementptr inbounds float, float* %61, i64 %71
  %255 = bitcast float* %254 to <8 x float>*
  %256 = load <8 x float>, <8 x float>* %255, align 4
  %257 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %218
  %258 = fmul <8 x float> %257, %253
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %256, <8 x float> %258)
  %260 = getelementptr inbounds float, float* %62, i64 %71
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %259, <8 x float>* %261, align 4
  %262 = mul i64 %48, 128
  %263 = add i64 %262, %s
  %264 = mul i64 %263, 64
  %265 = add i64 %264, 0
  %266 = add i64 %265, %71
  %267 = getelementptr inbounds float, float* %0, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %259, <8 x float>* %268, align 4
  %269 = add i64 0, %72
  %270 = add i64 %66, %269
  %271 = getelementptr inbounds float, float* %2, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  %273 = load <8 x float>, <8 x float>* %272, align 4
  %274 = load <8 x float>, <8 x float>* %22, align 32
  %275 = add i64 64, %72
  %276 = add i64 %66, %275
  %277 = getelementptr inbounds float, float* %2, i64 %276
  %278 = bitcast float* %277 to <8 x float>*
  %279 = load <8 x float>, <8 x float>* %278, align 4
  %280 = load <8 x float>, <8 x float>* %20, align 32
  %281 = add i64 128, %72
  %282 = add i64 %66, %281
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  %285 = load <8 x float>, <8 x float>* %284, align 4
  %286 = load <8 x float>, <8 x float>* %18, align 32
  %287 = fadd <8 x float> %273, %274
  %288 = fneg <8 x float> %287
  %289 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %288, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %290 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %289, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %292 = call <8 x float> @llvm.floor.v8f32(<8 x float> %291)
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %290)
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %293)
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %294, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %295, <8 x float> %294, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %294, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %297, <8 x float> %294, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %294, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %300 = fmul <8 x float> %294, %294
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %300, <8 x float> %294)
  %302 = fadd <8 x float> %301, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %303 = fptosi <8 x float> %292 to <8 x i32>
  %304 = add <8 x i32> %303, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %305 = shl <8 x i32> %304, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %306 = bitcast <8 x i32> %305 to <8 x float>
  %307 = fmul <8 x float> %302, %306
  %308 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %307
  %309 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %308
  %310 = fadd <8 x float> %279, %280
  %311 = fneg <8 x float> %310
  %312 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %311, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %313 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %312, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %313, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %315 = call <8 x float> @llvm.floor.v8f32(<8 x float> %314)
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %315, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %313)
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %315, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %316)
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %317, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %318, <8 x float> %317, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %319, <8 x float> %317, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %320, <8 x float> %317, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %321, <8 x float> %317, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %323 = fmul <8 x float> %317, %317
  %324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %322, <8 x float> %323, <8 x float> %317)
  %325 = fadd <8 x float> %324, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %326 = fptosi <8 x float> %315 to <8 x i32>
  %327 = add <8 x i32> %326, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %328 = shl <8 x i32> %327, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %329 = bitcast <8 x i32> %328 to <8 x float>
  %330 = fmul <8 x float> %325, %329
  %331 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %330
  %332 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %331
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %286, <8 x float> %285)
  %334 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %333)
  %335 = fmul <8 x float> %333, %333
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %335, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %335, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %335, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> %335, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %340 = fmul <8 x float> %339, %335
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %333, <8 x float> %333)
  %342 = fmul <8 x float> %334, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %343 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %342, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %344 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %343, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %344, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %346 = call <8 x float> @llvm.floor.v8f32(<8 x float> %345)
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %344)
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %347)
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %348, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %349, <8 x float> %348, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %350, <8 x float> %348, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %351, <8 x float> %348, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %352, <8 x float> %348, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %354 = fmul <8 x float> %348, %348
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %353, <8 x float> %354, <8 x float> %348)
  %356 = fadd <8 x float> %355, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %357 = fptosi <8 x float> %346 to <8 x i32>
  %358 = add <8 x i32> %357, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %359 = shl <8 x i32> %358, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %360 = bitcast <8 x i32> %359 to <8 x float>
  %361 = fmul <8 x float> %356, %360
  %362 = fadd <8 x float> %361, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %363 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %362
  %364 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %363
  %365 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %364, <8 x float> %333)
  %366 = fcmp olt <8 x float> %334, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %367 = select <8 x i1> %366, <8 x float> %341, <8 x float> %365
  %368 = getelementptr inbounds float, float* %61, i64 %72
  %369 = bitcast float* %368 to <8 x float>*
  %370 = load <8 x float>, <8 x float>* %369, align 4
  %371 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %332
  %372 = fmul <8 x float> %371, %367
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %332, <8 x float> %370, <8 x float> %372)
  %374 = getelementptr inbounds float, float* %62, i64 %72
  %375 = bitcast float* %374 to <8 x float>*
  store <8 x float> %373, <8 x float>* %375, align 4
  %376 = mul i64 %48, 128
  %377 = add i64 %376, %s
  %378 = mul i64 %377, 64
  %379 = add i64 %378, 0
  %380 = add i64 %379, %72
  %381 = getelementptr inbounds float, float* %0, i64 %380
  %382 = bitcast float* %381 to <8 x float>*
  store <8 x float> %373, <8 x float>* %382, align 4
  %pair.next = add i64 %pair, 1
  br label %pair.header

then5:                                            ; preds = %pair.exit
  %383 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 56) to <8 x float>*), align 4
  store <8 x float> %383, <8 x float>* %17, align 32
  %384 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %384, <8 x float>* %16, align 32
  %385 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 184) to <8 x float>*), align 4
  store <8 x float> %385, <8 x float>* %15, align 32
  br label %k.header7

endif6:                                           ; preds = %k.exit9, %pair.exit
  %s.next = add i64 %s, 1
  br label %s.header

k.header7:                                        ; preds = %k.body8, %then5
  %k10 = phi i64 [ 0, %then5 ], [ %k.next12, %k.body8 ]
  %386 = icmp slt i64 %k10, 64
  br i1 %386, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %387 = add i64 448, %k10
  %388 = mul i64 %387, 24
  %389 = add i64 %388, 0
  %390 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %389
  %391 = bitcast float* %390 to <8 x float>*
  %392 = load <8 x float>, <8 x float>* %391, align 4
  %393 = add i64 448, %k10
  %394 = mul i64 %393, 24
  %395 = add i64 %394, 8
  %396 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  %398 = load <8 x float>, <8 x float>* %397, align 4
  %399 = add i64 448, %k10
  %400 = mul i64 %399, 24
  %401 = add i64 %400, 16
  %402 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  %404 = load <8 x float>, <8 x float>* %403, align 4
  %405 = getelementptr inbounds float, float* %61, i64 %k10
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat11 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %17, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %392, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %17, align 32
  %410 = load <8 x float>, <8 x float>* %16, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %398, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %16, align 32
  %412 = load <8 x float>, <8 x float>* %15, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %404, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %15, align 32
  %k.next12 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %414 = add i64 %66, 56
  %415 = getelementptr inbounds float, float* %2, i64 %414
  %416 = bitcast float* %415 to <8 x float>*
  %417 = load <8 x float>, <8 x float>* %416, align 4
  %418 = load <8 x float>, <8 x float>* %17, align 32
  %419 = add i64 %66, 120
  %420 = getelementptr inbounds float, float* %2, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  %422 = load <8 x float>, <8 x float>* %421, align 4
  %423 = load <8 x float>, <8 x float>* %16, align 32
  %424 = add i64 %66, 184
  %425 = getelementptr inbounds float, float* %2, i64 %424
  %426 = bitcast float* %425 to <8 x float>*
  %427 = load <8 x float>, <8 x float>* %426, align 4
  %428 = load <8 x float>, <8 x float>* %15, align 32
  %429 = fadd <8 x float> %417, %418
  %430 = fneg <8 x float> %429
  %431 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %430, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %432 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %431, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %434 = call <8 x float> @llvm.floor.v8f32(<8 x float> %433)
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %432)
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %435)
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %436, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %437, <8 x float> %436, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %438, <8 x float> %436, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %439, <8 x float> %436, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %440, <8 x float> %436, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %442 = fmul <8 x float> %436, %436
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %441, <8 x float> %442, <8 x float> %436)
  %444 = fadd <8 x float> %443, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %445 = fptosi <8 x float> %434 to <8 x i32>
  %446 = add <8 x i32> %445, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %447 = shl <8 x i32> %446, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %448 = bitcast <8 x i32> %447 to <8 x float>
  %449 = fmul <8 x float> %444, %448
  %450 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %449
  %451 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %450
  %452 = fadd <8 x float> %422, %423
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
  %473 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %472
  %474 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %473
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %451, <8 x float> %428, <8 x float> %427)
  %476 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %475)
  %477 = fmul <8 x float> %475, %475
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %477, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %478, <8 x float> %477, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %477, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %477, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %482 = fmul <8 x float> %481, %477
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %482, <8 x float> %475, <8 x float> %475)
  %484 = fmul <8 x float> %476, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %485 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %484, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %486 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %485, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %486, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %488 = call <8 x float> @llvm.floor.v8f32(<8 x float> %487)
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %486)
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %489)
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %490, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %491, <8 x float> %490, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %492, <8 x float> %490, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %490, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %490, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %496 = fmul <8 x float> %490, %490
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %495, <8 x float> %496, <8 x float> %490)
  %498 = fadd <8 x float> %497, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %499 = fptosi <8 x float> %488 to <8 x i32>
  %500 = add <8 x i32> %499, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %501 = shl <8 x i32> %500, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %502 = bitcast <8 x i32> %501 to <8 x float>
  %503 = fmul <8 x float> %498, %502
  %504 = fadd <8 x float> %503, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %505 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %504
  %506 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %505
  %507 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %506, <8 x float> %475)
  %508 = fcmp olt <8 x float> %476, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %509 = select <8 x i1> %508, <8 x float> %483, <8 x float> %507
  %510 = getelementptr inbounds float, float* %61, i64 56
  %511 = bitcast float* %510 to <8 x float>*
  %512 = load <8 x float>, <8 x float>* %511, align 4
  %513 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %474
  %514 = fmul <8 x float> %513, %509
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %474, <8 x float> %512, <8 x float> %514)
  %516 = getelementptr inbounds float, float* %62, i64 56
  %517 = bitcast float* %516 to <8 x float>*
  store <8 x float> %515, <8 x float>* %517, align 4
  %518 = mul i64 %48, 128
  %519 = add i64 %518, %s
  %520 = mul i64 %519, 64
  %521 = add i64 %520, 0
  %522 = add i64 %521, 56
  %523 = getelementptr inbounds float, float* %0, i64 %522
  %524 = bitcast float* %523 to <8 x float>*
  store <8 x float> %515, <8 x float>* %524, align 4
  br label %endif6

then13:                                           ; preds = %else
  br label %zero.header15

endif14:                                          ; preds = %s.exit22, %else
  br label %endif

zero.header15:                                    ; preds = %zero.body16, %then13
  %zero18 = phi i64 [ %32, %then13 ], [ %zero.next19, %zero.body16 ]
  %525 = icmp slt i64 %zero18, %35
  br i1 %525, label %zero.body16, label %zero.exit17

zero.body16:                                      ; preds = %zero.header15
  %526 = mul i64 %zero18, 8
  %527 = getelementptr inbounds float, float* %36, i64 %526
  %528 = bitcast float* %527 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %528, align 4
  %529 = mul i64 %zero18, 8
  %530 = getelementptr inbounds float, float* %38, i64 %529
  %531 = bitcast float* %530 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %531, align 4
  %zero.next19 = add i64 %zero18, 1
  br label %zero.header15

zero.exit17:                                      ; preds = %zero.header15
  call void @GOMP_barrier()
  br label %s.header20

s.header20:                                       ; preds = %endif36, %zero.exit17
  %s23 = phi i64 [ 0, %zero.exit17 ], [ %s.next43, %endif36 ]
  %532 = icmp slt i64 %s23, 128
  br i1 %532, label %s.body21, label %s.exit22

s.body21:                                         ; preds = %s.header20
  %533 = and i64 %s23, 1
  %534 = icmp eq i64 %533, 0
  %535 = select i1 %534, float* %36, float* %37
  %536 = select i1 %534, float* %37, float* %36
  %537 = add i64 0, %s23
  %538 = mul i64 %537, 192
  %539 = sub i64 %35, %32
  %540 = sdiv i64 %539, 2
  br label %pair.header24

s.exit22:                                         ; preds = %s.header20
  br label %endif14

pair.header24:                                    ; preds = %k.exit30, %s.body21
  %pair27 = phi i64 [ 0, %s.body21 ], [ %pair.next34, %k.exit30 ]
  %541 = icmp slt i64 %pair27, %540
  br i1 %541, label %pair.body25, label %pair.exit26

pair.body25:                                      ; preds = %pair.header24
  %542 = mul i64 %pair27, 2
  %543 = add i64 %32, %542
  %544 = add i64 %543, 1
  %545 = mul i64 %543, 8
  %546 = mul i64 %544, 8
  %547 = add i64 0, %545
  %548 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  %550 = load <8 x float>, <8 x float>* %549, align 4
  store <8 x float> %550, <8 x float>* %14, align 32
  %551 = add i64 0, %546
  %552 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %551
  %553 = bitcast float* %552 to <8 x float>*
  %554 = load <8 x float>, <8 x float>* %553, align 4
  store <8 x float> %554, <8 x float>* %13, align 32
  %555 = add i64 64, %545
  %556 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  store <8 x float> %558, <8 x float>* %12, align 32
  %559 = add i64 64, %546
  %560 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %559
  %561 = bitcast float* %560 to <8 x float>*
  %562 = load <8 x float>, <8 x float>* %561, align 4
  store <8 x float> %562, <8 x float>* %11, align 32
  %563 = add i64 128, %545
  %564 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %563
  %565 = bitcast float* %564 to <8 x float>*
  %566 = load <8 x float>, <8 x float>* %565, align 4
  store <8 x float> %566, <8 x float>* %10, align 32
  %567 = add i64 128, %546
  %568 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %567
  %569 = bitcast float* %568 to <8 x float>*
  %570 = load <8 x float>, <8 x float>* %569, align 4
  store <8 x float> %570, <8 x float>* %9, align 32
  br label %k.header28

pair.exit26:                                      ; preds = %pair.header24
  %571 = srem i64 %539, 2
  %572 = icmp eq i64 %571, 1
  br i1 %572, label %then35, label %endif36

k.header28:                                       ; preds = %k.body29, %pair.body25
  %k31 = phi i64 [ 0, %pair.body25 ], [ %k.next33, %k.body29 ]
  %573 = icmp slt i64 %k31, 64
  br i1 %573, label %k.body29, label %k.exit30

k.body29:                                         ; preds = %k.header28
  %574 = mul i64 %543, 64
  %575 = add i64 %574, %k31
  %576 = mul i64 %575, 24
  %577 = add i64 %576, 0
  %578 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = mul i64 %544, 64
  %582 = add i64 %581, %k31
  %583 = mul i64 %582, 24
  %584 = add i64 %583, 0
  %585 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %584
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = mul i64 %543, 64
  %589 = add i64 %588, %k31
  %590 = mul i64 %589, 24
  %591 = add i64 %590, 8
  %592 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %591
  %593 = bitcast float* %592 to <8 x float>*
  %594 = load <8 x float>, <8 x float>* %593, align 4
  %595 = mul i64 %544, 64
  %596 = add i64 %595, %k31
  %597 = mul i64 %596, 24
  %598 = add i64 %597, 8
  %599 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %598
  %600 = bitcast float* %599 to <8 x float>*
  %601 = load <8 x float>, <8 x float>* %600, align 4
  %602 = mul i64 %543, 64
  %603 = add i64 %602, %k31
  %604 = mul i64 %603, 24
  %605 = add i64 %604, 16
  %606 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %605
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = mul i64 %544, 64
  %610 = add i64 %609, %k31
  %611 = mul i64 %610, 24
  %612 = add i64 %611, 16
  %613 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %612
  %614 = bitcast float* %613 to <8 x float>*
  %615 = load <8 x float>, <8 x float>* %614, align 4
  %616 = getelementptr inbounds float, float* %535, i64 %k31
  %617 = load float, float* %616, align 4
  %618 = insertelement <8 x float> undef, float %617, i32 0
  %splat32 = shufflevector <8 x float> %618, <8 x float> undef, <8 x i32> zeroinitializer
  %619 = load <8 x float>, <8 x float>* %14, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %580, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %14, align 32
  %621 = load <8 x float>, <8 x float>* %13, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %587, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %13, align 32
  %623 = load <8 x float>, <8 x float>* %12, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %594, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %12, align 32
  %625 = load <8 x float>, <8 x float>* %11, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %601, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %11, align 32
  %627 = load <8 x float>, <8 x float>* %10, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %608, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %10, align 32
  %629 = load <8 x float>, <8 x float>* %9, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %615, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %9, align 32
  %k.next33 = add i64 %k31, 1
  br label %k.header28

k.exit30:                                         ; preds = %k.header28
  %631 = add i64 0, %545
  %632 = add i64 %538, %631
  %633 = getelementptr inbounds float, float* %2, i64 %632
  %634 = bitcast float* %633 to <8 x float>*
  %635 = load <8 x float>, <8 x float>* %634, align 4
  %636 = load <8 x float>, <8 x float>* %14, align 32
  %637 = add i64 64, %545
  %638 = add i64 %538, %637
  %639 = getelementptr inbounds float, float* %2, i64 %638
  %640 = bitcast float* %639 to <8 x float>*
  %641 = load <8 x float>, <8 x float>* %640, align 4
  %642 = load <8 x float>, <8 x float>* %12, align 32
  %643 = add i64 128, %545
  %644 = add i64 %538, %643
  %645 = getelementptr inbounds float, float* %2, i64 %644
  %646 = bitcast float* %645 to <8 x float>*
  %647 = load <8 x float>, <8 x float>* %646, align 4
  %648 = load <8 x float>, <8 x float>* %10, align 32
  %649 = fadd <8 x float> %635, %636
  %650 = fneg <8 x float> %649
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
  %670 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %669
  %671 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %670
  %672 = fadd <8 x float> %641, %642
  %673 = fneg <8 x float> %672
  %674 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %673, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %675 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %674, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %675, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %677 = call <8 x float> @llvm.floor.v8f32(<8 x float> %676)
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %677, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %675)
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %677, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %678)
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %679, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %680, <8 x float> %679, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %681, <8 x float> %679, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %682, <8 x float> %679, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> %679, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %685 = fmul <8 x float> %679, %679
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %684, <8 x float> %685, <8 x float> %679)
  %687 = fadd <8 x float> %686, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %688 = fptosi <8 x float> %677 to <8 x i32>
  %689 = add <8 x i32> %688, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %690 = shl <8 x i32> %689, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %691 = bitcast <8 x i32> %690 to <8 x float>
  %692 = fmul <8 x float> %687, %691
  %693 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %692
  %694 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %693
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %671, <8 x float> %648, <8 x float> %647)
  %696 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %695)
  %697 = fmul <8 x float> %695, %695
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %697, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %698, <8 x float> %697, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %699, <8 x float> %697, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %700, <8 x float> %697, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %702 = fmul <8 x float> %701, %697
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %702, <8 x float> %695, <8 x float> %695)
  %704 = fmul <8 x float> %696, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %705 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %704, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %706 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %705, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %706, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %708 = call <8 x float> @llvm.floor.v8f32(<8 x float> %707)
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %708, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %706)
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %708, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %709)
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %710, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %711, <8 x float> %710, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> %710, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %713, <8 x float> %710, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %714, <8 x float> %710, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %716 = fmul <8 x float> %710, %710
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %715, <8 x float> %716, <8 x float> %710)
  %718 = fadd <8 x float> %717, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %719 = fptosi <8 x float> %708 to <8 x i32>
  %720 = add <8 x i32> %719, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %721 = shl <8 x i32> %720, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %722 = bitcast <8 x i32> %721 to <8 x float>
  %723 = fmul <8 x float> %718, %722
  %724 = fadd <8 x float> %723, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %725 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %724
  %726 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %725
  %727 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %726, <8 x float> %695)
  %728 = fcmp olt <8 x float> %696, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %729 = select <8 x i1> %728, <8 x float> %703, <8 x float> %727
  %730 = getelementptr inbounds float, float* %535, i64 %545
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %694
  %734 = fmul <8 x float> %733, %729
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %694, <8 x float> %732, <8 x float> %734)
  %736 = getelementptr inbounds float, float* %536, i64 %545
  %737 = bitcast float* %736 to <8 x float>*
  store <8 x float> %735, <8 x float>* %737, align 4
  %738 = add i64 0, %s23
  %739 = mul i64 %738, 64
  %740 = add i64 %739, 0
  %741 = add i64 %740, %545
  %742 = getelementptr inbounds float, float* %0, i64 %741
  %743 = bitcast float* %742 to <8 x float>*
  store <8 x float> %735, <8 x float>* %743, align 4
  %744 = add i64 0, %546
  %745 = add i64 %538, %744
  %746 = getelementptr inbounds float, float* %2, i64 %745
  %747 = bitcast float* %746 to <8 x float>*
  %748 = load <8 x float>, <8 x float>* %747, align 4
  %749 = load <8 x float>, <8 x float>* %13, align 32
  %750 = add i64 64, %546
  %751 = add i64 %538, %750
  %752 = getelementptr inbounds float, float* %2, i64 %751
  %753 = bitcast float* %752 to <8 x float>*
  %754 = load <8 x float>, <8 x float>* %753, align 4
  %755 = load <8 x float>, <8 x float>* %11, align 32
  %756 = add i64 128, %546
  %757 = add i64 %538, %756
  %758 = getelementptr inbounds float, float* %2, i64 %757
  %759 = bitcast float* %758 to <8 x float>*
  %760 = load <8 x float>, <8 x float>* %759, align 4
  %761 = load <8 x float>, <8 x float>* %9, align 32
  %762 = fadd <8 x float> %748, %749
  %763 = fneg <8 x float> %762
  %764 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %763, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %765 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %764, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %765, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %767 = call <8 x float> @llvm.floor.v8f32(<8 x float> %766)
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %767, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %765)
  %769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %767, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %768)
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %769, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %770, <8 x float> %769, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %771, <8 x float> %769, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %772, <8 x float> %769, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %773, <8 x float> %769, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %775 = fmul <8 x float> %769, %769
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> %775, <8 x float> %769)
  %777 = fadd <8 x float> %776, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %778 = fptosi <8 x float> %767 to <8 x i32>
  %779 = add <8 x i32> %778, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %780 = shl <8 x i32> %779, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %781 = bitcast <8 x i32> %780 to <8 x float>
  %782 = fmul <8 x float> %777, %781
  %783 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %782
  %784 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %783
  %785 = fadd <8 x float> %754, %755
  %786 = fneg <8 x float> %785
  %787 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %786, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %788 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %787, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %788, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %790 = call <8 x float> @llvm.floor.v8f32(<8 x float> %789)
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %790, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %788)
  %792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %790, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %791)
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %792, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %792, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %794, <8 x float> %792, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %795, <8 x float> %792, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %796, <8 x float> %792, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %798 = fmul <8 x float> %792, %792
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %797, <8 x float> %798, <8 x float> %792)
  %800 = fadd <8 x float> %799, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %801 = fptosi <8 x float> %790 to <8 x i32>
  %802 = add <8 x i32> %801, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %803 = shl <8 x i32> %802, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %804 = bitcast <8 x i32> %803 to <8 x float>
  %805 = fmul <8 x float> %800, %804
  %806 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %805
  %807 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %806
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %784, <8 x float> %761, <8 x float> %760)
  %809 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %808)
  %810 = fmul <8 x float> %808, %808
  %811 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %810, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %811, <8 x float> %810, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %812, <8 x float> %810, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %814 = call <8 x float> @llvm.fma.v8f32(<8 x float> %813, <8 x float> %810, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %815 = fmul <8 x float> %814, %810
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %815, <8 x float> %808, <8 x float> %808)
  %817 = fmul <8 x float> %809, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %818 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %817, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %819 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %818, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %819, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %821 = call <8 x float> @llvm.floor.v8f32(<8 x float> %820)
  %822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %819)
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %822)
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %823, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %824, <8 x float> %823, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %825, <8 x float> %823, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> %823, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %827, <8 x float> %823, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %829 = fmul <8 x float> %823, %823
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %828, <8 x float> %829, <8 x float> %823)
  %831 = fadd <8 x float> %830, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %832 = fptosi <8 x float> %821 to <8 x i32>
  %833 = add <8 x i32> %832, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %834 = shl <8 x i32> %833, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %835 = bitcast <8 x i32> %834 to <8 x float>
  %836 = fmul <8 x float> %831, %835
  %837 = fadd <8 x float> %836, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %838 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %837
  %839 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %838
  %840 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %839, <8 x float> %808)
  %841 = fcmp olt <8 x float> %809, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %842 = select <8 x i1> %841, <8 x float> %816, <8 x float> %840
  %843 = getelementptr inbounds float, float* %535, i64 %546
  %844 = bitcast float* %843 to <8 x float>*
  %845 = load <8 x float>, <8 x float>* %844, align 4
  %846 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %807
  %847 = fmul <8 x float> %846, %842
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %807, <8 x float> %845, <8 x float> %847)
  %849 = getelementptr inbounds float, float* %536, i64 %546
  %850 = bitcast float* %849 to <8 x float>*
  store <8 x float> %848, <8 x float>* %850, align 4
  %851 = add i64 0, %s23
  %852 = mul i64 %851, 64
  %853 = add i64 %852, 0
  %854 = add i64 %853, %546
  %855 = getelementptr inbounds float, float* %0, i64 %854
  %856 = bitcast float* %855 to <8 x float>*
  store <8 x float> %848, <8 x float>* %856, align 4
  %pair.next34 = add i64 %pair27, 1
  br label %pair.header24

then35:                                           ; preds = %pair.exit26
  %857 = sub i64 %35, 1
  %858 = mul i64 %857, 8
  %859 = add i64 0, %858
  %860 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %859
  %861 = bitcast float* %860 to <8 x float>*
  %862 = load <8 x float>, <8 x float>* %861, align 4
  store <8 x float> %862, <8 x float>* %8, align 32
  %863 = add i64 64, %858
  %864 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %863
  %865 = bitcast float* %864 to <8 x float>*
  %866 = load <8 x float>, <8 x float>* %865, align 4
  store <8 x float> %866, <8 x float>* %7, align 32
  %867 = add i64 128, %858
  %868 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_1.bias_hh_l0 to float*), i64 %867
  %869 = bitcast float* %868 to <8 x float>*
  %870 = load <8 x float>, <8 x float>* %869, align 4
  store <8 x float> %870, <8 x float>* %6, align 32
  br label %k.header37

endif36:                                          ; preds = %k.exit39, %pair.exit26
  call void @GOMP_barrier()
  %s.next43 = add i64 %s23, 1
  br label %s.header20

k.header37:                                       ; preds = %k.body38, %then35
  %k40 = phi i64 [ 0, %then35 ], [ %k.next42, %k.body38 ]
  %871 = icmp slt i64 %k40, 64
  br i1 %871, label %k.body38, label %k.exit39

k.body38:                                         ; preds = %k.header37
  %872 = mul i64 %857, 64
  %873 = add i64 %872, %k40
  %874 = mul i64 %873, 24
  %875 = add i64 %874, 0
  %876 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %875
  %877 = bitcast float* %876 to <8 x float>*
  %878 = load <8 x float>, <8 x float>* %877, align 4
  %879 = mul i64 %857, 64
  %880 = add i64 %879, %k40
  %881 = mul i64 %880, 24
  %882 = add i64 %881, 8
  %883 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %882
  %884 = bitcast float* %883 to <8 x float>*
  %885 = load <8 x float>, <8 x float>* %884, align 4
  %886 = mul i64 %857, 64
  %887 = add i64 %886, %k40
  %888 = mul i64 %887, 24
  %889 = add i64 %888, 16
  %890 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_1.weight_hh_packed0 to float*), i64 %889
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = getelementptr inbounds float, float* %535, i64 %k40
  %894 = load float, float* %893, align 4
  %895 = insertelement <8 x float> undef, float %894, i32 0
  %splat41 = shufflevector <8 x float> %895, <8 x float> undef, <8 x i32> zeroinitializer
  %896 = load <8 x float>, <8 x float>* %8, align 32
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %878, <8 x float> %896)
  store <8 x float> %897, <8 x float>* %8, align 32
  %898 = load <8 x float>, <8 x float>* %7, align 32
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %885, <8 x float> %898)
  store <8 x float> %899, <8 x float>* %7, align 32
  %900 = load <8 x float>, <8 x float>* %6, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %892, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %6, align 32
  %k.next42 = add i64 %k40, 1
  br label %k.header37

k.exit39:                                         ; preds = %k.header37
  %902 = add i64 0, %858
  %903 = add i64 %538, %902
  %904 = getelementptr inbounds float, float* %2, i64 %903
  %905 = bitcast float* %904 to <8 x float>*
  %906 = load <8 x float>, <8 x float>* %905, align 4
  %907 = load <8 x float>, <8 x float>* %8, align 32
  %908 = add i64 64, %858
  %909 = add i64 %538, %908
  %910 = getelementptr inbounds float, float* %2, i64 %909
  %911 = bitcast float* %910 to <8 x float>*
  %912 = load <8 x float>, <8 x float>* %911, align 4
  %913 = load <8 x float>, <8 x float>* %7, align 32
  %914 = add i64 128, %858
  %915 = add i64 %538, %914
  %916 = getelementptr inbounds float, float* %2, i64 %915
  %917 = bitcast float* %916 to <8 x float>*
  %918 = load <8 x float>, <8 x float>* %917, align 4
  %919 = load <8 x float>, <8 x float>* %6, align 32
  %920 = fadd <8 x float> %906, %907
  %921 = fneg <8 x float> %920
  %922 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %921, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %923 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %922, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %923, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %925 = call <8 x float> @llvm.floor.v8f32(<8 x float> %924)
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %925, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %923)
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %925, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %926)
  %928 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %927, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %928, <8 x float> %927, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %929, <8 x float> %927, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %930, <8 x float> %927, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %931, <8 x float> %927, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %933 = fmul <8 x float> %927, %927
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %932, <8 x float> %933, <8 x float> %927)
  %935 = fadd <8 x float> %934, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %936 = fptosi <8 x float> %925 to <8 x i32>
  %937 = add <8 x i32> %936, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %938 = shl <8 x i32> %937, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %939 = bitcast <8 x i32> %938 to <8 x float>
  %940 = fmul <8 x float> %935, %939
  %941 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %940
  %942 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %941
  %943 = fadd <8 x float> %912, %913
  %944 = fneg <8 x float> %943
  %945 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %944, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %946 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %945, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %946, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %948 = call <8 x float> @llvm.floor.v8f32(<8 x float> %947)
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %948, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %946)
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %948, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %949)
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %950, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %951, <8 x float> %950, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %952, <8 x float> %950, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %953, <8 x float> %950, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %954, <8 x float> %950, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %956 = fmul <8 x float> %950, %950
  %957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %955, <8 x float> %956, <8 x float> %950)
  %958 = fadd <8 x float> %957, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %959 = fptosi <8 x float> %948 to <8 x i32>
  %960 = add <8 x i32> %959, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %961 = shl <8 x i32> %960, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %962 = bitcast <8 x i32> %961 to <8 x float>
  %963 = fmul <8 x float> %958, %962
  %964 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %963
  %965 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %964
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %942, <8 x float> %919, <8 x float> %918)
  %967 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %966)
  %968 = fmul <8 x float> %966, %966
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %968, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %969, <8 x float> %968, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %970, <8 x float> %968, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %971, <8 x float> %968, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %973 = fmul <8 x float> %972, %968
  %974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %973, <8 x float> %966, <8 x float> %966)
  %975 = fmul <8 x float> %967, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %976 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %975, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %977 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %976, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %977, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %979 = call <8 x float> @llvm.floor.v8f32(<8 x float> %978)
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %977)
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %980)
  %982 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %981, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %982, <8 x float> %981, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %983, <8 x float> %981, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %984, <8 x float> %981, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %985, <8 x float> %981, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %987 = fmul <8 x float> %981, %981
  %988 = call <8 x float> @llvm.fma.v8f32(<8 x float> %986, <8 x float> %987, <8 x float> %981)
  %989 = fadd <8 x float> %988, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %990 = fptosi <8 x float> %979 to <8 x i32>
  %991 = add <8 x i32> %990, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %992 = shl <8 x i32> %991, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %993 = bitcast <8 x i32> %992 to <8 x float>
  %994 = fmul <8 x float> %989, %993
  %995 = fadd <8 x float> %994, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %996 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %995
  %997 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %996
  %998 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %997, <8 x float> %966)
  %999 = fcmp olt <8 x float> %967, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %1000 = select <8 x i1> %999, <8 x float> %974, <8 x float> %998
  %1001 = getelementptr inbounds float, float* %535, i64 %858
  %1002 = bitcast float* %1001 to <8 x float>*
  %1003 = load <8 x float>, <8 x float>* %1002, align 4
  %1004 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %965
  %1005 = fmul <8 x float> %1004, %1000
  %1006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %965, <8 x float> %1003, <8 x float> %1005)
  %1007 = getelementptr inbounds float, float* %536, i64 %858
  %1008 = bitcast float* %1007 to <8 x float>*
  store <8 x float> %1006, <8 x float>* %1008, align 4
  %1009 = add i64 0, %s23
  %1010 = mul i64 %1009, 64
  %1011 = add i64 %1010, 0
  %1012 = add i64 %1011, %858
  %1013 = getelementptr inbounds float, float* %0, i64 %1012
  %1014 = bitcast float* %1013 to <8 x float>*
  store <8 x float> %1006, <8 x float>* %1014, align 4
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
  %194 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %193
  %195 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %194
  %196 = fadd <8 x float> %165, %166
  %197 = fneg <8 x float> %196
  %198 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %197, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %199 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %198, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %201 = call <8 x float> @llvm.floor.v8f32(<8 x float> %200)
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %199)
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %202)
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %203, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> %203, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %205, <8 x float> %203, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %203, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %207, <8 x float> %203, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %209 = fmul <8 x float> %203, %203
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %209, <8 x float> %203)
  %211 = fadd <8 x float> %210, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %212 = fptosi <8 x float> %201 to <8 x i32>
  %213 = add <8 x i32> %212, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %214 = shl <8 x i32> %213, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %215 = bitcast <8 x i32> %214 to <8 x float>
  %216 = fmul <8 x float> %211, %215
  %217 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %216
  %218 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %217
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> %172, <8 x float> %171)
  %220 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %219)
  %221 = fmul <8 x float> %219, %219
  %222 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %221, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %221, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %221, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %224, <8 x float> %221, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %226 = fmul <8 x float> %225, %221
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %219, <8 x float> %219)
  %228 = fmul <8 x float> %220, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %229 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %228, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %230 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %229, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %230, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %232 = call <8 x float> @llvm.floor.v8f32(<8 x float> %231)
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %232, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %230)
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %232, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %233)
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %234, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %234, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %234, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> %234, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %234, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %240 = fmul <8 x float> %234, %234
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %240, <8 x float> %234)
  %242 = fadd <8 x float> %241, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %243 = fptosi <8 x float> %232 to <8 x i32>
  %244 = add <8 x i32> %243, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %245 = shl <8 x i32> %244, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %246 = bitcast <8 x i32> %245 to <8 x float>
  %247 = fmul <8 x float> %242, %246
  %248 = fadd <8 x float> %247, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %249 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %248
  %250 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %249
  %251 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %250, <8 x float> %219)
  %252 = fcmp olt <8 x float> %220, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %253 = select <8 x i1> %252, <8 x float> %227, <8 x float> %251
  %254 = getelementptr inbounds float, float* %61, i64 %71
  %255 = bitcast float* %254 to <8 x float>*
  %256 = load <8 x float>, <8 x float>* %255, align 4
  %257 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %218
  %258 = fmul <8 x float> %257, %253
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %256, <8 x float> %258)
  %260 = getelementptr inbounds float, float* %62, i64 %71
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %259, <8 x float>* %261, align 4
  %262 = add i64 0, %72
  %263 = add i64 %66, %262
  %264 = getelementptr inbounds float, float* %2, i64 %263
  %265 = bitcast float* %264 to <8 x float>*
  %266 = load <8 x float>, <8 x float>* %265, align 4
  %267 = load <8 x float>, <8 x float>* %22, align 32
  %268 = add i64 64, %72
  %269 = add i64 %66, %268
  %270 = getelementptr inbounds float, float* %2, i64 %269
  %271 = bitcast float* %270 to <8 x float>*
  %272 = load <8 x float>, <8 x float>* %271, align 4
  %273 = load <8 x float>, <8 x float>* %20, align 32
  %274 = add i64 128, %72
  %275 = add i64 %66, %274
  %276 = getelementptr inbounds float, float* %2, i64 %275
  %277 = bitcast float* %276 to <8 x float>*
  %278 = load <8 x float>, <8 x float>* %277, align 4
  %279 = load <8 x float>, <8 x float>* %18, align 32
  %280 = fadd <8 x float> %266, %267
  %281 = fneg <8 x float> %280
  %282 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %281, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %283 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %282, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %283, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %285 = call <8 x float> @llvm.floor.v8f32(<8 x float> %284)
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %283)
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %286)
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %287, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %288, <8 x float> %287, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %287, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %287, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %291, <8 x float> %287, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %293 = fmul <8 x float> %287, %287
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> %293, <8 x float> %287)
  %295 = fadd <8 x float> %294, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %296 = fptosi <8 x float> %285 to <8 x i32>
  %297 = add <8 x i32> %296, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %298 = shl <8 x i32> %297, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %299 = bitcast <8 x i32> %298 to <8 x float>
  %300 = fmul <8 x float> %295, %299
  %301 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %300
  %302 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %301
  %303 = fadd <8 x float> %272, %273
  %304 = fneg <8 x float> %303
  %305 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %304, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %306 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %305, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %308 = call <8 x float> @llvm.floor.v8f32(<8 x float> %307)
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %306)
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %309)
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %310, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %311, <8 x float> %310, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %312, <8 x float> %310, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %313, <8 x float> %310, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %310, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %316 = fmul <8 x float> %310, %310
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %315, <8 x float> %316, <8 x float> %310)
  %318 = fadd <8 x float> %317, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %319 = fptosi <8 x float> %308 to <8 x i32>
  %320 = add <8 x i32> %319, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %321 = shl <8 x i32> %320, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %322 = bitcast <8 x i32> %321 to <8 x float>
  %323 = fmul <8 x float> %318, %322
  %324 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %323
  %325 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %324
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %302, <8 x float> %279, <8 x float> %278)
  %327 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %326)
  %328 = fmul <8 x float> %326, %326
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %328, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %328, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %330, <8 x float> %328, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> %328, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %333 = fmul <8 x float> %332, %328
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %333, <8 x float> %326, <8 x float> %326)
  %335 = fmul <8 x float> %327, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %336 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %335, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %337 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %336, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %339 = call <8 x float> @llvm.floor.v8f32(<8 x float> %338)
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %337)
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %340)
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %341, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %341, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %343, <8 x float> %341, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %344, <8 x float> %341, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %345, <8 x float> %341, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %347 = fmul <8 x float> %341, %341
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %347, <8 x float> %341)
  %349 = fadd <8 x float> %348, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %350 = fptosi <8 x float> %339 to <8 x i32>
  %351 = add <8 x i32> %350, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %352 = shl <8 x i32> %351, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %353 = bitcast <8 x i32> %352 to <8 x float>
  %354 = fmul <8 x float> %349, %353
  %355 = fadd <8 x float> %354, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %356 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %355
  %357 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %356
  %358 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %357, <8 x float> %326)
  %359 = fcmp olt <8 x float> %327, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %360 = select <8 x i1> %359, <8 x float> %334, <8 x float> %358
  %361 = getelementptr inbounds float, float* %61, i64 %72
  %362 = bitcast float* %361 to <8 x float>*
  %363 = load <8 x float>, <8 x float>* %362, align 4
  %364 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %325
  %365 = fmul <8 x float> %364, %360
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %325, <8 x float> %363, <8 x float> %365)
  %367 = getelementptr inbounds float, float* %62, i64 %72
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %366, <8 x float>* %368, align 4
  %pair.next = add i64 %pair, 1
  br label %pair.header

then5:                                            ; preds = %pair.exit
  %369 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 56) to <8 x float>*), align 4
  store <8 x float> %369, <8 x float>* %17, align 32
  %370 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 120) to <8 x float>*), align 4
  store <8 x float> %370, <8 x float>* %16, align 32
  %371 = load <8 x float>, <8 x float>* bitcast (float* getelementptr inbounds (float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 184) to <8 x float>*), align 4
  store <8 x float> %371, <8 x float>* %15, align 32
  br label %k.header7

endif6:                                           ; preds = %k.exit9, %pair.exit
  %s.next = add i64 %s, 1
  br label %s.header

k.header7:                                        ; preds = %k.body8, %then5
  %k10 = phi i64 [ 0, %then5 ], [ %k.next12, %k.body8 ]
  %372 = icmp slt i64 %k10, 64
  br i1 %372, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %373 = add i64 448, %k10
  %374 = mul i64 %373, 24
  %375 = add i64 %374, 0
  %376 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %375
  %377 = bitcast float* %376 to <8 x float>*
  %378 = load <8 x float>, <8 x float>* %377, align 4
  %379 = add i64 448, %k10
  %380 = mul i64 %379, 24
  %381 = add i64 %380, 8
  %382 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = add i64 448, %k10
  %386 = mul i64 %385, 24
  %387 = add i64 %386, 16
  %388 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = getelementptr inbounds float, float* %61, i64 %k10
  %392 = load float, float* %391, align 4
  %393 = insertelement <8 x float> undef, float %392, i32 0
  %splat11 = shufflevector <8 x float> %393, <8 x float> undef, <8 x i32> zeroinitializer
  %394 = load <8 x float>, <8 x float>* %17, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %378, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %17, align 32
  %396 = load <8 x float>, <8 x float>* %16, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %384, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %16, align 32
  %398 = load <8 x float>, <8 x float>* %15, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %390, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %15, align 32
  %k.next12 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %400 = add i64 %66, 56
  %401 = getelementptr inbounds float, float* %2, i64 %400
  %402 = bitcast float* %401 to <8 x float>*
  %403 = load <8 x float>, <8 x float>* %402, align 4
  %404 = load <8 x float>, <8 x float>* %17, align 32
  %405 = add i64 %66, 120
  %406 = getelementptr inbounds float, float* %2, i64 %405
  %407 = bitcast float* %406 to <8 x float>*
  %408 = load <8 x float>, <8 x float>* %407, align 4
  %409 = load <8 x float>, <8 x float>* %16, align 32
  %410 = add i64 %66, 184
  %411 = getelementptr inbounds float, float* %2, i64 %410
  %412 = bitcast float* %411 to <8 x float>*
  %413 = load <8 x float>, <8 x float>* %412, align 4
  %414 = load <8 x float>, <8 x float>* %15, align 32
  %415 = fadd <8 x float> %403, %404
  %416 = fneg <8 x float> %415
  %417 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %416, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %418 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %417, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %420 = call <8 x float> @llvm.floor.v8f32(<8 x float> %419)
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %420, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %418)
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %420, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %421)
  %423 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %422, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %423, <8 x float> %422, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %424, <8 x float> %422, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %425, <8 x float> %422, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %422, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %428 = fmul <8 x float> %422, %422
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %427, <8 x float> %428, <8 x float> %422)
  %430 = fadd <8 x float> %429, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %431 = fptosi <8 x float> %420 to <8 x i32>
  %432 = add <8 x i32> %431, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %433 = shl <8 x i32> %432, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %434 = bitcast <8 x i32> %433 to <8 x float>
  %435 = fmul <8 x float> %430, %434
  %436 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %435
  %437 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %436
  %438 = fadd <8 x float> %408, %409
  %439 = fneg <8 x float> %438
  %440 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %439, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %441 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %440, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %441, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %443 = call <8 x float> @llvm.floor.v8f32(<8 x float> %442)
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %443, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %441)
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %443, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %444)
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %445, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %445, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %447, <8 x float> %445, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %448, <8 x float> %445, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %449, <8 x float> %445, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %451 = fmul <8 x float> %445, %445
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %451, <8 x float> %445)
  %453 = fadd <8 x float> %452, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %454 = fptosi <8 x float> %443 to <8 x i32>
  %455 = add <8 x i32> %454, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %456 = shl <8 x i32> %455, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %457 = bitcast <8 x i32> %456 to <8 x float>
  %458 = fmul <8 x float> %453, %457
  %459 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %458
  %460 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %459
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %437, <8 x float> %414, <8 x float> %413)
  %462 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %461)
  %463 = fmul <8 x float> %461, %461
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %463, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %464, <8 x float> %463, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %463, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %463, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %468 = fmul <8 x float> %467, %463
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %468, <8 x float> %461, <8 x float> %461)
  %470 = fmul <8 x float> %462, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %471 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %470, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %472 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %471, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %472, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %474 = call <8 x float> @llvm.floor.v8f32(<8 x float> %473)
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %474, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %472)
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %474, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %475)
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %476, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %477, <8 x float> %476, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %478, <8 x float> %476, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %476, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %476, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %482 = fmul <8 x float> %476, %476
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> %482, <8 x float> %476)
  %484 = fadd <8 x float> %483, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %485 = fptosi <8 x float> %474 to <8 x i32>
  %486 = add <8 x i32> %485, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %487 = shl <8 x i32> %486, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %488 = bitcast <8 x i32> %487 to <8 x float>
  %489 = fmul <8 x float> %484, %488
  %490 = fadd <8 x float> %489, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %491 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %490
  %492 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %491
  %493 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %492, <8 x float> %461)
  %494 = fcmp olt <8 x float> %462, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %495 = select <8 x i1> %494, <8 x float> %469, <8 x float> %493
  %496 = getelementptr inbounds float, float* %61, i64 56
  %497 = bitcast float* %496 to <8 x float>*
  %498 = load <8 x float>, <8 x float>* %497, align 4
  %499 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %460
  %500 = fmul <8 x float> %499, %495
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %498, <8 x float> %500)
  %502 = getelementptr inbounds float, float* %62, i64 56
  %503 = bitcast float* %502 to <8 x float>*
  store <8 x float> %501, <8 x float>* %503, align 4
  br label %endif6

copy.header:                                      ; preds = %copy.body, %s.exit
  %copy = phi i64 [ 0, %s.exit ], [ %copy.next, %copy.body ]
  %504 = icmp slt i64 %copy, 8
  br i1 %504, label %copy.body, label %copy.exit

copy.body:                                        ; preds = %copy.header
  %505 = mul i64 %copy, 8
  %506 = getelementptr inbounds float, float* %45, i64 %505
  %507 = bitcast float* %506 to <8 x float>*
  %508 = load <8 x float>, <8 x float>* %507, align 4
  %509 = mul i64 %48, 64
  %510 = add i64 %509, 0
  %511 = add i64 %510, %505
  %512 = getelementptr inbounds float, float* %0, i64 %511
  %513 = bitcast float* %512 to <8 x float>*
  store <8 x float> %508, <8 x float>* %513, align 4
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
  %514 = icmp slt i64 %zero18, %35
  br i1 %514, label %zero.body16, label %zero.exit17

zero.body16:                                      ; preds = %zero.header15
  %515 = mul i64 %zero18, 8
  %516 = getelementptr inbounds float, float* %36, i64 %515
  %517 = bitcast float* %516 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %517, align 4
  %518 = mul i64 %zero18, 8
  %519 = getelementptr inbounds float, float* %38, i64 %518
  %520 = bitcast float* %519 to <8 x float>*
  store <8 x float> zeroinitializer, <8 x float>* %520, align 4
  %zero.next19 = add i64 %zero18, 1
  br label %zero.header15

zero.exit17:                                      ; preds = %zero.header15
  call void @GOMP_barrier()
  br label %s.header20

s.header20:                                       ; preds = %endif36, %zero.exit17
  %s23 = phi i64 [ 0, %zero.exit17 ], [ %s.next43, %endif36 ]
  %521 = icmp slt i64 %s23, 128
  br i1 %521, label %s.body21, label %s.exit22

s.body21:                                         ; preds = %s.header20
  %522 = and i64 %s23, 1
  %523 = icmp eq i64 %522, 0
  %524 = select i1 %523, float* %36, float* %37
  %525 = select i1 %523, float* %37, float* %36
  %526 = add i64 0, %s23
  %527 = mul i64 %526, 192
  %528 = sub i64 %35, %32
  %529 = sdiv i64 %528, 2
  br label %pair.header24

s.exit22:                                         ; preds = %s.header20
  br label %copy.header44

pair.header24:                                    ; preds = %k.exit30, %s.body21
  %pair27 = phi i64 [ 0, %s.body21 ], [ %pair.next34, %k.exit30 ]
  %530 = icmp slt i64 %pair27, %529
  br i1 %530, label %pair.body25, label %pair.exit26

pair.body25:                                      ; preds = %pair.header24
  %531 = mul i64 %pair27, 2
  %532 = add i64 %32, %531
  %533 = add i64 %532, 1
  %534 = mul i64 %532, 8
  %535 = mul i64 %533, 8
  %536 = add i64 0, %534
  %537 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %536
  %538 = bitcast float* %537 to <8 x float>*
  %539 = load <8 x float>, <8 x float>* %538, align 4
  store <8 x float> %539, <8 x float>* %14, align 32
  %540 = add i64 0, %535
  %541 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %540
  %542 = bitcast float* %541 to <8 x float>*
  %543 = load <8 x float>, <8 x float>* %542, align 4
  store <8 x float> %543, <8 x float>* %13, align 32
  %544 = add i64 64, %534
  %545 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %544
  %546 = bitcast float* %545 to <8 x float>*
  %547 = load <8 x float>, <8 x float>* %546, align 4
  store <8 x float> %547, <8 x float>* %12, align 32
  %548 = add i64 64, %535
  %549 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %548
  %550 = bitcast float* %549 to <8 x float>*
  %551 = load <8 x float>, <8 x float>* %550, align 4
  store <8 x float> %551, <8 x float>* %11, align 32
  %552 = add i64 128, %534
  %553 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %552
  %554 = bitcast float* %553 to <8 x float>*
  %555 = load <8 x float>, <8 x float>* %554, align 4
  store <8 x float> %555, <8 x float>* %10, align 32
  %556 = add i64 128, %535
  %557 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %556
  %558 = bitcast float* %557 to <8 x float>*
  %559 = load <8 x float>, <8 x float>* %558, align 4
  store <8 x float> %559, <8 x float>* %9, align 32
  br label %k.header28

pair.exit26:                                      ; preds = %pair.header24
  %560 = srem i64 %528, 2
  %561 = icmp eq i64 %560, 1
  br i1 %561, label %then35, label %endif36

k.header28:                                       ; preds = %k.body29, %pair.body25
  %k31 = phi i64 [ 0, %pair.body25 ], [ %k.next33, %k.body29 ]
  %562 = icmp slt i64 %k31, 64
  br i1 %562, label %k.body29, label %k.exit30

k.body29:                                         ; preds = %k.header28
  %563 = mul i64 %532, 64
  %564 = add i64 %563, %k31
  %565 = mul i64 %564, 24
  %566 = add i64 %565, 0
  %567 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %566
  %568 = bitcast float* %567 to <8 x float>*
  %569 = load <8 x float>, <8 x float>* %568, align 4
  %570 = mul i64 %533, 64
  %571 = add i64 %570, %k31
  %572 = mul i64 %571, 24
  %573 = add i64 %572, 0
  %574 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  %577 = mul i64 %532, 64
  %578 = add i64 %577, %k31
  %579 = mul i64 %578, 24
  %580 = add i64 %579, 8
  %581 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %580
  %582 = bitcast float* %581 to <8 x float>*
  %583 = load <8 x float>, <8 x float>* %582, align 4
  %584 = mul i64 %533, 64
  %585 = add i64 %584, %k31
  %586 = mul i64 %585, 24
  %587 = add i64 %586, 8
  %588 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = mul i64 %532, 64
  %592 = add i64 %591, %k31
  %593 = mul i64 %592, 24
  %594 = add i64 %593, 16
  %595 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %594
  %596 = bitcast float* %595 to <8 x float>*
  %597 = load <8 x float>, <8 x float>* %596, align 4
  %598 = mul i64 %533, 64
  %599 = add i64 %598, %k31
  %600 = mul i64 %599, 24
  %601 = add i64 %600, 16
  %602 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %601
  %603 = bitcast float* %602 to <8 x float>*
  %604 = load <8 x float>, <8 x float>* %603, align 4
  %605 = getelementptr inbounds float, float* %524, i64 %k31
  %606 = load float, float* %605, align 4
  %607 = insertelement <8 x float> undef, float %606, i32 0
  %splat32 = shufflevector <8 x float> %607, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = load <8 x float>, <8 x float>* %14, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %569, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %14, align 32
  %610 = load <8 x float>, <8 x float>* %13, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %576, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %13, align 32
  %612 = load <8 x float>, <8 x float>* %12, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %583, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %12, align 32
  %614 = load <8 x float>, <8 x float>* %11, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %590, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %11, align 32
  %616 = load <8 x float>, <8 x float>* %10, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %597, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %10, align 32
  %618 = load <8 x float>, <8 x float>* %9, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %604, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %9, align 32
  %k.next33 = add i64 %k31, 1
  br label %k.header28

k.exit30:                                         ; preds = %k.header28
  %620 = add i64 0, %534
  %621 = add i64 %527, %620
  %622 = getelementptr inbounds float, float* %2, i64 %621
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = load <8 x float>, <8 x float>* %14, align 32
  %626 = add i64 64, %534
  %627 = add i64 %527, %626
  %628 = getelementptr inbounds float, float* %2, i64 %627
  %629 = bitcast float* %628 to <8 x float>*
  %630 = load <8 x float>, <8 x float>* %629, align 4
  %631 = load <8 x float>, <8 x float>* %12, align 32
  %632 = add i64 128, %534
  %633 = add i64 %527, %632
  %634 = getelementptr inbounds float, float* %2, i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = load <8 x float>, <8 x float>* %10, align 32
  %638 = fadd <8 x float> %624, %625
  %639 = fneg <8 x float> %638
  %640 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %639, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %641 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %640, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %641, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %643 = call <8 x float> @llvm.floor.v8f32(<8 x float> %642)
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %641)
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %644)
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %645, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %646, <8 x float> %645, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %647, <8 x float> %645, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %648, <8 x float> %645, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %649, <8 x float> %645, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %651 = fmul <8 x float> %645, %645
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> %651, <8 x float> %645)
  %653 = fadd <8 x float> %652, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %654 = fptosi <8 x float> %643 to <8 x i32>
  %655 = add <8 x i32> %654, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %656 = shl <8 x i32> %655, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %657 = bitcast <8 x i32> %656 to <8 x float>
  %658 = fmul <8 x float> %653, %657
  %659 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %658
  %660 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %659
  %661 = fadd <8 x float> %630, %631
  %662 = fneg <8 x float> %661
  %663 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %662, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %664 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %663, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %664, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %666 = call <8 x float> @llvm.floor.v8f32(<8 x float> %665)
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %666, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %664)
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %666, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %667)
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %668, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %669, <8 x float> %668, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %670, <8 x float> %668, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %671, <8 x float> %668, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %672, <8 x float> %668, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %674 = fmul <8 x float> %668, %668
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %673, <8 x float> %674, <8 x float> %668)
  %676 = fadd <8 x float> %675, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %677 = fptosi <8 x float> %666 to <8 x i32>
  %678 = add <8 x i32> %677, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %679 = shl <8 x i32> %678, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %680 = bitcast <8 x i32> %679 to <8 x float>
  %681 = fmul <8 x float> %676, %680
  %682 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %681
  %683 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %682
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %660, <8 x float> %637, <8 x float> %636)
  %685 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %684)
  %686 = fmul <8 x float> %684, %684
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %686, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %687, <8 x float> %686, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> %686, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %689, <8 x float> %686, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %691 = fmul <8 x float> %690, %686
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %691, <8 x float> %684, <8 x float> %684)
  %693 = fmul <8 x float> %685, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
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
  %713 = fadd <8 x float> %712, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %714 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %713
  %715 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %714
  %716 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %715, <8 x float> %684)
  %717 = fcmp olt <8 x float> %685, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %718 = select <8 x i1> %717, <8 x float> %692, <8 x float> %716
  %719 = getelementptr inbounds float, float* %524, i64 %534
  %720 = bitcast float* %719 to <8 x float>*
  %721 = load <8 x float>, <8 x float>* %720, align 4
  %722 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %683
  %723 = fmul <8 x float> %722, %718
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> %721, <8 x float> %723)
  %725 = getelementptr inbounds float, float* %525, i64 %534
  %726 = bitcast float* %725 to <8 x float>*
  store <8 x float> %724, <8 x float>* %726, align 4
  %727 = add i64 0, %535
  %728 = add i64 %527, %727
  %729 = getelementptr inbounds float, float* %2, i64 %728
  %730 = bitcast float* %729 to <8 x float>*
  %731 = load <8 x float>, <8 x float>* %730, align 4
  %732 = load <8 x float>, <8 x float>* %13, align 32
  %733 = add i64 64, %535
  %734 = add i64 %527, %733
  %735 = getelementptr inbounds float, float* %2, i64 %734
  %736 = bitcast float* %735 to <8 x float>*
  %737 = load <8 x float>, <8 x float>* %736, align 4
  %738 = load <8 x float>, <8 x float>* %11, align 32
  %739 = add i64 128, %535
  %740 = add i64 %527, %739
  %741 = getelementptr inbounds float, float* %2, i64 %740
  %742 = bitcast float* %741 to <8 x float>*
  %743 = load <8 x float>, <8 x float>* %742, align 4
  %744 = load <8 x float>, <8 x float>* %9, align 32
  %745 = fadd <8 x float> %731, %732
  %746 = fneg <8 x float> %745
  %747 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %746, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %748 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %747, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %748, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %750 = call <8 x float> @llvm.floor.v8f32(<8 x float> %749)
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %748)
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %751)
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %752, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %753, <8 x float> %752, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %754, <8 x float> %752, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %755, <8 x float> %752, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %756, <8 x float> %752, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %758 = fmul <8 x float> %752, %752
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %757, <8 x float> %758, <8 x float> %752)
  %760 = fadd <8 x float> %759, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %761 = fptosi <8 x float> %750 to <8 x i32>
  %762 = add <8 x i32> %761, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %763 = shl <8 x i32> %762, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %764 = bitcast <8 x i32> %763 to <8 x float>
  %765 = fmul <8 x float> %760, %764
  %766 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %765
  %767 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %766
  %768 = fadd <8 x float> %737, %738
  %769 = fneg <8 x float> %768
  %770 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %769, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %771 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %770, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %771, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %773 = call <8 x float> @llvm.floor.v8f32(<8 x float> %772)
  %774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %773, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %771)
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %773, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %774)
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %775, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %776, <8 x float> %775, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %777, <8 x float> %775, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %778, <8 x float> %775, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %779, <8 x float> %775, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %781 = fmul <8 x float> %775, %775
  %782 = call <8 x float> @llvm.fma.v8f32(<8 x float> %780, <8 x float> %781, <8 x float> %775)
  %783 = fadd <8 x float> %782, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %784 = fptosi <8 x float> %773 to <8 x i32>
  %785 = add <8 x i32> %784, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %786 = shl <8 x i32> %785, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %787 = bitcast <8 x i32> %786 to <8 x float>
  %788 = fmul <8 x float> %783, %787
  %789 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %788
  %790 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %789
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %767, <8 x float> %744, <8 x float> %743)
  %792 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %791)
  %793 = fmul <8 x float> %791, %791
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %793, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %794, <8 x float> %793, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %795, <8 x float> %793, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %796, <8 x float> %793, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %798 = fmul <8 x float> %797, %793
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> %791, <8 x float> %791)
  %800 = fmul <8 x float> %792, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %801 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %800, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %802 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %801, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %802, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %804 = call <8 x float> @llvm.floor.v8f32(<8 x float> %803)
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %804, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %802)
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %804, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %805)
  %807 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %806, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %807, <8 x float> %806, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %809 = call <8 x float> @llvm.fma.v8f32(<8 x float> %808, <8 x float> %806, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %809, <8 x float> %806, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %810, <8 x float> %806, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %812 = fmul <8 x float> %806, %806
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %811, <8 x float> %812, <8 x float> %806)
  %814 = fadd <8 x float> %813, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %815 = fptosi <8 x float> %804 to <8 x i32>
  %816 = add <8 x i32> %815, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %817 = shl <8 x i32> %816, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %818 = bitcast <8 x i32> %817 to <8 x float>
  %819 = fmul <8 x float> %814, %818
  %820 = fadd <8 x float> %819, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %821 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %820
  %822 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %821
  %823 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %822, <8 x float> %791)
  %824 = fcmp olt <8 x float> %792, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %825 = select <8 x i1> %824, <8 x float> %799, <8 x float> %823
  %826 = getelementptr inbounds float, float* %524, i64 %535
  %827 = bitcast float* %826 to <8 x float>*
  %828 = load <8 x float>, <8 x float>* %827, align 4
  %829 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %790
  %830 = fmul <8 x float> %829, %825
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %790, <8 x float> %828, <8 x float> %830)
  %832 = getelementptr inbounds float, float* %525, i64 %535
  %833 = bitcast float* %832 to <8 x float>*
  store <8 x float> %831, <8 x float>* %833, align 4
  %pair.next34 = add i64 %pair27, 1
  br label %pair.header24

then35:                                           ; preds = %pair.exit26
  %834 = sub i64 %35, 1
  %835 = mul i64 %834, 8
  %836 = add i64 0, %835
  %837 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %836
  %838 = bitcast float* %837 to <8 x float>*
  %839 = load <8 x float>, <8 x float>* %838, align 4
  store <8 x float> %839, <8 x float>* %8, align 32
  %840 = add i64 64, %835
  %841 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %840
  %842 = bitcast float* %841 to <8 x float>*
  %843 = load <8 x float>, <8 x float>* %842, align 4
  store <8 x float> %843, <8 x float>* %7, align 32
  %844 = add i64 128, %835
  %845 = getelementptr inbounds float, float* bitcast ([768 x i8]* @weight.gru_2.bias_hh_l0 to float*), i64 %844
  %846 = bitcast float* %845 to <8 x float>*
  %847 = load <8 x float>, <8 x float>* %846, align 4
  store <8 x float> %847, <8 x float>* %6, align 32
  br label %k.header37

endif36:                                          ; preds = %k.exit39, %pair.exit26
  call void @GOMP_barrier()
  %s.next43 = add i64 %s23, 1
  br label %s.header20

k.header37:                                       ; preds = %k.body38, %then35
  %k40 = phi i64 [ 0, %then35 ], [ %k.next42, %k.body38 ]
  %848 = icmp slt i64 %k40, 64
  br i1 %848, label %k.body38, label %k.exit39

k.body38:                                         ; preds = %k.header37
  %849 = mul i64 %834, 64
  %850 = add i64 %849, %k40
  %851 = mul i64 %850, 24
  %852 = add i64 %851, 0
  %853 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %852
  %854 = bitcast float* %853 to <8 x float>*
  %855 = load <8 x float>, <8 x float>* %854, align 4
  %856 = mul i64 %834, 64
  %857 = add i64 %856, %k40
  %858 = mul i64 %857, 24
  %859 = add i64 %858, 8
  %860 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %859
  %861 = bitcast float* %860 to <8 x float>*
  %862 = load <8 x float>, <8 x float>* %861, align 4
  %863 = mul i64 %834, 64
  %864 = add i64 %863, %k40
  %865 = mul i64 %864, 24
  %866 = add i64 %865, 16
  %867 = getelementptr inbounds float, float* bitcast ([49152 x i8]* @weight.gru_2.weight_hh_packed0 to float*), i64 %866
  %868 = bitcast float* %867 to <8 x float>*
  %869 = load <8 x float>, <8 x float>* %868, align 4
  %870 = getelementptr inbounds float, float* %524, i64 %k40
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat41 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %8, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %855, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %8, align 32
  %875 = load <8 x float>, <8 x float>* %7, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %862, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %7, align 32
  %877 = load <8 x float>, <8 x float>* %6, align 32
  %878 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %869, <8 x float> %877)
  store <8 x float> %878, <8 x float>* %6, align 32
  %k.next42 = add i64 %k40, 1
  br label %k.header37

k.exit39:                                         ; preds = %k.header37
  %879 = add i64 0, %835
  %880 = add i64 %527, %879
  %881 = getelementptr inbounds float, float* %2, i64 %880
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = load <8 x float>, <8 x float>* %8, align 32
  %885 = add i64 64, %835
  %886 = add i64 %527, %885
  %887 = getelementptr inbounds float, float* %2, i64 %886
  %888 = bitcast float* %887 to <8 x float>*
  %889 = load <8 x float>, <8 x float>* %888, align 4
  %890 = load <8 x float>, <8 x float>* %7, align 32
  %891 = add i64 128, %835
  %892 = add i64 %527, %891
  %893 = getelementptr inbounds float, float* %2, i64 %892
  %894 = bitcast float* %893 to <8 x float>*
  %895 = load <8 x float>, <8 x float>* %894, align 4
  %896 = load <8 x float>, <8 x float>* %6, align 32
  %897 = fadd <8 x float> %883, %884
  %898 = fneg <8 x float> %897
  %899 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %898, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %900 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %899, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %900, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %902 = call <8 x float> @llvm.floor.v8f32(<8 x float> %901)
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %902, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %900)
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %902, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %903)
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %904, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %905, <8 x float> %904, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %906, <8 x float> %904, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %907, <8 x float> %904, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %908, <8 x float> %904, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %910 = fmul <8 x float> %904, %904
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %909, <8 x float> %910, <8 x float> %904)
  %912 = fadd <8 x float> %911, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %913 = fptosi <8 x float> %902 to <8 x i32>
  %914 = add <8 x i32> %913, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %915 = shl <8 x i32> %914, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %916 = bitcast <8 x i32> %915 to <8 x float>
  %917 = fmul <8 x float> %912, %916
  %918 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %917
  %919 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %918
  %920 = fadd <8 x float> %889, %890
  %921 = fneg <8 x float> %920
  %922 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %921, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %923 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %922, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %923, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %925 = call <8 x float> @llvm.floor.v8f32(<8 x float> %924)
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %925, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %923)
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %925, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %926)
  %928 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %927, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %928, <8 x float> %927, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %929, <8 x float> %927, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %930, <8 x float> %927, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %931, <8 x float> %927, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %933 = fmul <8 x float> %927, %927
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %932, <8 x float> %933, <8 x float> %927)
  %935 = fadd <8 x float> %934, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %936 = fptosi <8 x float> %925 to <8 x i32>
  %937 = add <8 x i32> %936, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %938 = shl <8 x i32> %937, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %939 = bitcast <8 x i32> %938 to <8 x float>
  %940 = fmul <8 x float> %935, %939
  %941 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %940
  %942 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %941
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %919, <8 x float> %896, <8 x float> %895)
  %944 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %943)
  %945 = fmul <8 x float> %943, %943
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000, float 0xBF775E1D40000000>, <8 x float> %945, <8 x float> <float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000, float 0x3F952269C0000000>)
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %946, <8 x float> %945, <8 x float> <float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000, float 0xBFAB83C5A0000000>)
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %947, <8 x float> %945, <8 x float> <float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000, float 0x3FC1107260000000>)
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %948, <8 x float> %945, <8 x float> <float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000, float 0xBFD5555320000000>)
  %950 = fmul <8 x float> %949, %945
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %950, <8 x float> %943, <8 x float> %943)
  %952 = fmul <8 x float> %944, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %953 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %952, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %954 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %953, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %954, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %956 = call <8 x float> @llvm.floor.v8f32(<8 x float> %955)
  %957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %956, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %954)
  %958 = call <8 x float> @llvm.fma.v8f32(<8 x float> %956, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %957)
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %958, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %959, <8 x float> %958, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %960, <8 x float> %958, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %961, <8 x float> %958, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %962, <8 x float> %958, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %964 = fmul <8 x float> %958, %958
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %963, <8 x float> %964, <8 x float> %958)
  %966 = fadd <8 x float> %965, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %967 = fptosi <8 x float> %956 to <8 x i32>
  %968 = add <8 x i32> %967, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %969 = shl <8 x i32> %968, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %970 = bitcast <8 x i32> %969 to <8 x float>
  %971 = fmul <8 x float> %966, %970
  %972 = fadd <8 x float> %971, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %973 = fdiv <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %972
  %974 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %973
  %975 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %974, <8 x float> %943)
  %976 = fcmp olt <8 x float> %944, <float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01, float 6.250000e-01>
  %977 = select <8 x i1> %976, <8 x float> %951, <8 x float> %975
  %978 = getelementptr inbounds float, float* %524, i64 %835
  %979 = bitcast float* %978 to <8 x float>*
  %980 = load <8 x float>, <8 x float>* %979, align 4
  %981 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %942
  %982 = fmul <8 x float> %981, %977
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %942, <8 x float> %980, <8 x float> %982)
  %984 = getelementptr inbounds float, float* %525, i64 %835
  %985 = bitcast float* %984 to <8 x float>*
  store <8 x float> %983, <8 x float>* %985, align 4
  br label %endif36

copy.header44:                                    ; preds = %copy.body45, %s.exit22
  %copy47 = phi i64 [ %32, %s.exit22 ], [ %copy.next48, %copy.body45 ]
  %986 = icmp slt i64 %copy47, %35
  br i1 %986, label %copy.body45, label %copy.exit46

copy.body45:                                      ; preds = %copy.header44
  %987 = mul i64 %copy47, 8
  %988 = getelementptr inbounds float, float* %36, i64 %987
  %989 = bitcast float* %988 to <8 x float>*
  %990 = load <8 x float>, <8 x float>* %989, align 4
  %991 = add i64 0, %987
  %992 = getelementptr inbounds float, float* %0, i64 %991
  %993 = bitcast float* %992 to <8 x float>*
  store <8 x float> %990, <8 x float>* %993, align 4
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
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #1

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
  %8 = bitcast i32* %3 to i8*
  %9 = getelementptr inbounds i8, i8* %2, i64 99584
  %10 = getelementptr inbounds i8, i8* %2, i64 0
  %11 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %9, i8** %11, align 8
  %12 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %12, align 8
  %13 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %10, i8** %13, align 8
  %14 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %14, align 8
  %15 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node0.gru_1.step0, i8* %15, i32 0, i32 0)
  call void @GOMP_parallel(void (i8*)* @node0.gru_1.step1, i8* %15, i32 0, i32 0)
  %16 = getelementptr inbounds i8, i8* %2, i64 132352
  %17 = getelementptr inbounds i8, i8* %2, i64 99584
  %18 = getelementptr inbounds i8, i8* %2, i64 0
  %19 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %16, i8** %19, align 8
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %17, i8** %20, align 8
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %18, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %22, align 8
  %23 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.gru_2.step0, i8* %23, i32 0, i32 0)
  call void @GOMP_parallel(void (i8*)* @node1.gru_2.step1, i8* %23, i32 0, i32 0)
  %24 = getelementptr inbounds i8, i8* %2, i64 132352
  %25 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %25, align 8
  %26 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %24, i8** %26, align 8
  %27 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %27, align 8
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %28, align 8
  %29 = bitcast [6 x i8*]* %args to i8*
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([24 x i8], [24 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %31, align 8
  call void @node2.dense_1.step0(i8* %29)
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %32, align 8
  %33 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %33, align 8
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %34, align 8
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %35, align 8
  %36 = bitcast [6 x i8*]* %args to i8*
  call void @node3.dense_1.softmax.step0(i8* %36)
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
