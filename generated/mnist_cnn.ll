; mnist_cnn: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'mnist_cnn'
source_filename = "mnist_cnn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [1152 x i8], align 64
@weight.conv2d_1.bias = external constant [128 x i8], align 64
@weight.conv2d_2.winograd = external constant [294912 x i8], align 64
@weight.conv2d_2.bias = external constant [256 x i8], align 64
@weight.dense_1.packed = external constant [4718592 x i8], align 64
@weight.dense_1.bias = external constant [512 x i8], align 64
@weight.dense_2.packed = external constant [8192 x i8], align 64
@weight.dense_2.bias = external constant [40 x i8], align 64
@dlc.model_name = private unnamed_addr constant [10 x i8] c"mnist_cnn\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 1, i64 28, i64 28]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 3136 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 10]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 40 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([10 x i8], [10 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 621119, i64 11992448 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare i32 @omp_get_max_threads()

declare void @GOMP_barrier()

declare i8* @malloc(i64)

declare void @free(i8*)

; Function Attrs: alwaysinline nounwind
define internal void @node0.conv2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %kh.exit8, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %kh.exit8 ]
  %24 = icmp slt i64 %task, %7
  br i1 %24, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %25 = srem i64 %task, 26
  %26 = sdiv i64 %task, 26
  %27 = srem i64 %26, 2
  %28 = sdiv i64 %task, 52
  %29 = srem i64 %28, 1
  %30 = sdiv i64 %28, 1
  %31 = mul i64 %29, 4
  %32 = mul i64 %27, 2
  %33 = add i64 %31, %32
  %34 = mul i64 %25, 1
  %35 = mul i64 %34, 26
  %36 = mul i64 %25, 1
  %37 = mul i64 %29, 4
  %38 = mul i64 %27, 2
  %39 = add i64 %37, %38
  %40 = mul i64 %30, 1
  %41 = mul i64 %29, 1
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 784
  %44 = mul i64 %39, 72
  %45 = mul i64 %36, 28
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %kh.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %kh.exit ]
  %46 = icmp slt i64 %x, 24
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %35, %x
  %48 = mul i64 %30, 4
  %49 = add i64 %48, %33
  %50 = add i64 %49, 0
  %51 = mul i64 %50, 5408
  %52 = add i64 %47, 0
  %53 = mul i64 %52, 8
  %54 = add i64 %51, %53
  %55 = add i64 %47, 1
  %56 = mul i64 %55, 8
  %57 = add i64 %51, %56
  %58 = add i64 %47, 2
  %59 = mul i64 %58, 8
  %60 = add i64 %51, %59
  %61 = add i64 %47, 3
  %62 = mul i64 %61, 8
  %63 = add i64 %51, %62
  %64 = add i64 %47, 4
  %65 = mul i64 %64, 8
  %66 = add i64 %51, %65
  %67 = add i64 %47, 5
  %68 = mul i64 %67, 8
  %69 = add i64 %51, %68
  %70 = mul i64 %30, 4
  %71 = add i64 %70, %33
  %72 = add i64 %71, 1
  %73 = mul i64 %72, 5408
  %74 = add i64 %47, 0
  %75 = mul i64 %74, 8
  %76 = add i64 %73, %75
  %77 = add i64 %47, 1
  %78 = mul i64 %77, 8
  %79 = add i64 %73, %78
  %80 = add i64 %47, 2
  %81 = mul i64 %80, 8
  %82 = add i64 %73, %81
  %83 = add i64 %47, 3
  %84 = mul i64 %83, 8
  %85 = add i64 %73, %84
  %86 = add i64 %47, 4
  %87 = mul i64 %86, 8
  %88 = add i64 %73, %87
  %89 = add i64 %47, 5
  %90 = mul i64 %89, 8
  %91 = add i64 %73, %90
  %92 = add i64 %39, 0
  %93 = mul i64 %92, 8
  %94 = getelementptr inbounds float, float* %5, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = add i64 %39, 1
  %98 = mul i64 %97, 8
  %99 = getelementptr inbounds float, float* %5, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  store <8 x float> %96, <8 x float>* %23, align 32
  store <8 x float> %96, <8 x float>* %22, align 32
  store <8 x float> %96, <8 x float>* %21, align 32
  store <8 x float> %96, <8 x float>* %20, align 32
  store <8 x float> %96, <8 x float>* %19, align 32
  store <8 x float> %96, <8 x float>* %18, align 32
  store <8 x float> %101, <8 x float>* %17, align 32
  store <8 x float> %101, <8 x float>* %16, align 32
  store <8 x float> %101, <8 x float>* %15, align 32
  store <8 x float> %101, <8 x float>* %14, align 32
  store <8 x float> %101, <8 x float>* %13, align 32
  store <8 x float> %101, <8 x float>* %12, align 32
  %102 = mul i64 %x, 1
  %103 = add i64 %45, %102
  %104 = add i64 %43, %103
  %105 = add i64 %104, 0
  %106 = add i64 %44, 0
  br label %kh.header

x.exit:                                           ; preds = %x.header
  %107 = add i64 %35, 24
  %108 = mul i64 %30, 4
  %109 = add i64 %108, %33
  %110 = add i64 %109, 0
  %111 = mul i64 %110, 5408
  %112 = add i64 %107, 0
  %113 = mul i64 %112, 8
  %114 = add i64 %111, %113
  %115 = add i64 %107, 1
  %116 = mul i64 %115, 8
  %117 = add i64 %111, %116
  %118 = mul i64 %30, 4
  %119 = add i64 %118, %33
  %120 = add i64 %119, 1
  %121 = mul i64 %120, 5408
  %122 = add i64 %107, 0
  %123 = mul i64 %122, 8
  %124 = add i64 %121, %123
  %125 = add i64 %107, 1
  %126 = mul i64 %125, 8
  %127 = add i64 %121, %126
  %128 = add i64 %39, 0
  %129 = mul i64 %128, 8
  %130 = getelementptr inbounds float, float* %5, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = add i64 %39, 1
  %134 = mul i64 %133, 8
  %135 = getelementptr inbounds float, float* %5, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = load <8 x float>, <8 x float>* %136, align 4
  store <8 x float> %132, <8 x float>* %11, align 32
  store <8 x float> %132, <8 x float>* %10, align 32
  store <8 x float> %137, <8 x float>* %9, align 32
  store <8 x float> %137, <8 x float>* %8, align 32
  %138 = add i64 %45, 24
  %139 = add i64 %43, %138
  %140 = add i64 %139, 0
  %141 = add i64 %44, 0
  br label %kh.header6

kh.header:                                        ; preds = %kw.exit, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %kw.exit ]
  %142 = icmp slt i64 %kh, 3
  br i1 %142, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %143 = mul i64 %kh, 28
  %144 = add i64 %105, %143
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %145 = load <8 x float>, <8 x float>* %23, align 32
  %146 = fcmp olt <8 x float> %145, zeroinitializer
  %147 = select <8 x i1> %146, <8 x float> zeroinitializer, <8 x float> %145
  %148 = getelementptr inbounds float, float* %0, i64 %54
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %147, <8 x float>* %149, align 4
  %150 = load <8 x float>, <8 x float>* %22, align 32
  %151 = fcmp olt <8 x float> %150, zeroinitializer
  %152 = select <8 x i1> %151, <8 x float> zeroinitializer, <8 x float> %150
  %153 = getelementptr inbounds float, float* %0, i64 %57
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %152, <8 x float>* %154, align 4
  %155 = load <8 x float>, <8 x float>* %21, align 32
  %156 = fcmp olt <8 x float> %155, zeroinitializer
  %157 = select <8 x i1> %156, <8 x float> zeroinitializer, <8 x float> %155
  %158 = getelementptr inbounds float, float* %0, i64 %60
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %157, <8 x float>* %159, align 4
  %160 = load <8 x float>, <8 x float>* %20, align 32
  %161 = fcmp olt <8 x float> %160, zeroinitializer
  %162 = select <8 x i1> %161, <8 x float> zeroinitializer, <8 x float> %160
  %163 = getelementptr inbounds float, float* %0, i64 %63
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %162, <8 x float>* %164, align 4
  %165 = load <8 x float>, <8 x float>* %19, align 32
  %166 = fcmp olt <8 x float> %165, zeroinitializer
  %167 = select <8 x i1> %166, <8 x float> zeroinitializer, <8 x float> %165
  %168 = getelementptr inbounds float, float* %0, i64 %66
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %167, <8 x float>* %169, align 4
  %170 = load <8 x float>, <8 x float>* %18, align 32
  %171 = fcmp olt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> zeroinitializer, <8 x float> %170
  %173 = getelementptr inbounds float, float* %0, i64 %69
  %174 = bitcast float* %173 to <8 x float>*
  store <8 x float> %172, <8 x float>* %174, align 4
  %175 = load <8 x float>, <8 x float>* %17, align 32
  %176 = fcmp olt <8 x float> %175, zeroinitializer
  %177 = select <8 x i1> %176, <8 x float> zeroinitializer, <8 x float> %175
  %178 = getelementptr inbounds float, float* %0, i64 %76
  %179 = bitcast float* %178 to <8 x float>*
  store <8 x float> %177, <8 x float>* %179, align 4
  %180 = load <8 x float>, <8 x float>* %16, align 32
  %181 = fcmp olt <8 x float> %180, zeroinitializer
  %182 = select <8 x i1> %181, <8 x float> zeroinitializer, <8 x float> %180
  %183 = getelementptr inbounds float, float* %0, i64 %79
  %184 = bitcast float* %183 to <8 x float>*
  store <8 x float> %182, <8 x float>* %184, align 4
  %185 = load <8 x float>, <8 x float>* %15, align 32
  %186 = fcmp olt <8 x float> %185, zeroinitializer
  %187 = select <8 x i1> %186, <8 x float> zeroinitializer, <8 x float> %185
  %188 = getelementptr inbounds float, float* %0, i64 %82
  %189 = bitcast float* %188 to <8 x float>*
  store <8 x float> %187, <8 x float>* %189, align 4
  %190 = load <8 x float>, <8 x float>* %14, align 32
  %191 = fcmp olt <8 x float> %190, zeroinitializer
  %192 = select <8 x i1> %191, <8 x float> zeroinitializer, <8 x float> %190
  %193 = getelementptr inbounds float, float* %0, i64 %85
  %194 = bitcast float* %193 to <8 x float>*
  store <8 x float> %192, <8 x float>* %194, align 4
  %195 = load <8 x float>, <8 x float>* %13, align 32
  %196 = fcmp olt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> zeroinitializer, <8 x float> %195
  %198 = getelementptr inbounds float, float* %0, i64 %88
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = load <8 x float>, <8 x float>* %12, align 32
  %201 = fcmp olt <8 x float> %200, zeroinitializer
  %202 = select <8 x i1> %201, <8 x float> zeroinitializer, <8 x float> %200
  %203 = getelementptr inbounds float, float* %0, i64 %91
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %202, <8 x float>* %204, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %205 = icmp slt i64 %kw, 3
  br i1 %205, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %206 = mul i64 %kw, 1
  %207 = add i64 %144, %206
  %208 = mul i64 %kh, 3
  %209 = add i64 %208, %kw
  %210 = mul i64 %209, 8
  %211 = add i64 %106, %210
  %212 = add i64 %211, 0
  %213 = getelementptr inbounds float, float* %4, i64 %212
  %214 = bitcast float* %213 to <8 x float>*
  %215 = load <8 x float>, <8 x float>* %214, align 4
  %216 = add i64 %211, 72
  %217 = getelementptr inbounds float, float* %4, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  %219 = load <8 x float>, <8 x float>* %218, align 4
  %220 = add i64 %207, 0
  %221 = getelementptr inbounds float, float* %1, i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = load <8 x float>, <8 x float>* %23, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %215, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %23, align 32
  %226 = load <8 x float>, <8 x float>* %17, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %219, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %17, align 32
  %228 = add i64 %207, 1
  %229 = getelementptr inbounds float, float* %1, i64 %228
  %230 = load float, float* %229, align 4
  %231 = insertelement <8 x float> undef, float %230, i32 0
  %splat1 = shufflevector <8 x float> %231, <8 x float> undef, <8 x i32> zeroinitializer
  %232 = load <8 x float>, <8 x float>* %22, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %215, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %22, align 32
  %234 = load <8 x float>, <8 x float>* %16, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %219, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %16, align 32
  %236 = add i64 %207, 2
  %237 = getelementptr inbounds float, float* %1, i64 %236
  %238 = load float, float* %237, align 4
  %239 = insertelement <8 x float> undef, float %238, i32 0
  %splat2 = shufflevector <8 x float> %239, <8 x float> undef, <8 x i32> zeroinitializer
  %240 = load <8 x float>, <8 x float>* %21, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %215, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %21, align 32
  %242 = load <8 x float>, <8 x float>* %15, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %219, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %15, align 32
  %244 = add i64 %207, 3
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = load float, float* %245, align 4
  %247 = insertelement <8 x float> undef, float %246, i32 0
  %splat3 = shufflevector <8 x float> %247, <8 x float> undef, <8 x i32> zeroinitializer
  %248 = load <8 x float>, <8 x float>* %20, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %215, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %20, align 32
  %250 = load <8 x float>, <8 x float>* %14, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %219, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %14, align 32
  %252 = add i64 %207, 4
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = load float, float* %253, align 4
  %255 = insertelement <8 x float> undef, float %254, i32 0
  %splat4 = shufflevector <8 x float> %255, <8 x float> undef, <8 x i32> zeroinitializer
  %256 = load <8 x float>, <8 x float>* %19, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %215, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %19, align 32
  %258 = load <8 x float>, <8 x float>* %13, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %219, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %13, align 32
  %260 = add i64 %207, 5
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = load float, float* %261, align 4
  %263 = insertelement <8 x float> undef, float %262, i32 0
  %splat5 = shufflevector <8 x float> %263, <8 x float> undef, <8 x i32> zeroinitializer
  %264 = load <8 x float>, <8 x float>* %18, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %215, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %18, align 32
  %266 = load <8 x float>, <8 x float>* %12, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %219, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %12, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header6:                                       ; preds = %kw.exit12, %x.exit
  %kh9 = phi i64 [ 0, %x.exit ], [ %kh.next17, %kw.exit12 ]
  %268 = icmp slt i64 %kh9, 3
  br i1 %268, label %kh.body7, label %kh.exit8

kh.body7:                                         ; preds = %kh.header6
  %269 = mul i64 %kh9, 28
  %270 = add i64 %140, %269
  br label %kw.header10

kh.exit8:                                         ; preds = %kh.header6
  %271 = load <8 x float>, <8 x float>* %11, align 32
  %272 = fcmp olt <8 x float> %271, zeroinitializer
  %273 = select <8 x i1> %272, <8 x float> zeroinitializer, <8 x float> %271
  %274 = getelementptr inbounds float, float* %0, i64 %114
  %275 = bitcast float* %274 to <8 x float>*
  store <8 x float> %273, <8 x float>* %275, align 4
  %276 = load <8 x float>, <8 x float>* %10, align 32
  %277 = fcmp olt <8 x float> %276, zeroinitializer
  %278 = select <8 x i1> %277, <8 x float> zeroinitializer, <8 x float> %276
  %279 = getelementptr inbounds float, float* %0, i64 %117
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  %281 = load <8 x float>, <8 x float>* %9, align 32
  %282 = fcmp olt <8 x float> %281, zeroinitializer
  %283 = select <8 x i1> %282, <8 x float> zeroinitializer, <8 x float> %281
  %284 = getelementptr inbounds float, float* %0, i64 %124
  %285 = bitcast float* %284 to <8 x float>*
  store <8 x float> %283, <8 x float>* %285, align 4
  %286 = load <8 x float>, <8 x float>* %8, align 32
  %287 = fcmp olt <8 x float> %286, zeroinitializer
  %288 = select <8 x i1> %287, <8 x float> zeroinitializer, <8 x float> %286
  %289 = getelementptr inbounds float, float* %0, i64 %127
  %290 = bitcast float* %289 to <8 x float>*
  store <8 x float> %288, <8 x float>* %290, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kw.header10:                                      ; preds = %kw.body11, %kh.body7
  %kw13 = phi i64 [ 0, %kh.body7 ], [ %kw.next16, %kw.body11 ]
  %291 = icmp slt i64 %kw13, 3
  br i1 %291, label %kw.body11, label %kw.exit12

kw.body11:                                        ; preds = %kw.header10
  %292 = mul i64 %kw13, 1
  %293 = add i64 %270, %292
  %294 = mul i64 %kh9, 3
  %295 = add i64 %294, %kw13
  %296 = mul i64 %295, 8
  %297 = add i64 %141, %296
  %298 = add i64 %297, 0
  %299 = getelementptr inbounds float, float* %4, i64 %298
  %300 = bitcast float* %299 to <8 x float>*
  %301 = load <8 x float>, <8 x float>* %300, align 4
  %302 = add i64 %297, 72
  %303 = getelementptr inbounds float, float* %4, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  %305 = load <8 x float>, <8 x float>* %304, align 4
  %306 = add i64 %293, 0
  %307 = getelementptr inbounds float, float* %1, i64 %306
  %308 = load float, float* %307, align 4
  %309 = insertelement <8 x float> undef, float %308, i32 0
  %splat14 = shufflevector <8 x float> %309, <8 x float> undef, <8 x i32> zeroinitializer
  %310 = load <8 x float>, <8 x float>* %11, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %301, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %11, align 32
  %312 = load <8 x float>, <8 x float>* %9, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %305, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %9, align 32
  %314 = add i64 %293, 1
  %315 = getelementptr inbounds float, float* %1, i64 %314
  %316 = load float, float* %315, align 4
  %317 = insertelement <8 x float> undef, float %316, i32 0
  %splat15 = shufflevector <8 x float> %317, <8 x float> undef, <8 x i32> zeroinitializer
  %318 = load <8 x float>, <8 x float>* %10, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %301, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %10, align 32
  %320 = load <8 x float>, <8 x float>* %8, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %305, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %8, align 32
  %kw.next16 = add i64 %kw13, 1
  br label %kw.header10, !llvm.loop !2

kw.exit12:                                        ; preds = %kw.header10
  %kh.next17 = add i64 %kh9, 1
  br label %kh.header6
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: noinline nounwind
define internal void @node0.conv2d_1.step0(i8* %0) #2 {
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
  %25 = add i64 52, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 52
  %29 = select i1 %28, i64 %27, i64 52
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 52
  %32 = select i1 %31, i64 %30, i64 52
  call void @node0.conv2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca [192 x float], align 4
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
  %19 = alloca [288 x float], align 4
  %20 = sub i64 %5, 1
  %21 = add i64 36, %20
  %22 = sdiv i64 %21, %5
  %23 = mul i64 %4, %22
  %24 = icmp slt i64 %23, 36
  %25 = select i1 %24, i64 %23, i64 36
  %26 = add i64 %25, %22
  %27 = icmp slt i64 %26, 36
  %28 = select i1 %27, i64 %26, i64 36
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %25, %entry ], [ %tile.next, %unit.exit ]
  %29 = icmp slt i64 %tile, %28
  br i1 %29, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %30 = add i64 0, %tile
  %31 = srem i64 %30, 6
  %32 = sdiv i64 %30, 6
  %33 = srem i64 %32, 6
  %34 = sdiv i64 %30, 36
  %35 = mul i64 %34, 4
  %36 = mul i64 %35, 5408
  %37 = mul i64 %33, 104
  %38 = mul i64 %31, 4
  %39 = add i64 %37, %38
  %40 = mul i64 %39, 8
  %41 = add i64 %36, %40
  %42 = mul i64 %tile, 32
  %43 = add i64 0, %42
  %44 = bitcast [288 x float]* %19 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %45 = sub i64 %5, 1
  %46 = add i64 864, %45
  %47 = sdiv i64 %46, %5
  %48 = mul i64 %4, %47
  %49 = icmp slt i64 %48, 864
  %50 = select i1 %49, i64 %48, i64 864
  %51 = add i64 %50, %47
  %52 = icmp slt i64 %51, 864
  %53 = select i1 %52, i64 %51, i64 864
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %54 = icmp slt i64 %unit, 4
  br i1 %54, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %55 = mul i64 %unit, 5408
  %56 = add i64 %41, %55
  %57 = add i64 %56, 80
  %58 = getelementptr inbounds float, float* %1, i64 %57
  %59 = bitcast float* %58 to i8*
  call void @llvm.prefetch.p0i8(i8* %59, i32 0, i32 3, i32 1)
  %60 = add i64 %56, 96
  %61 = getelementptr inbounds float, float* %1, i64 %60
  %62 = bitcast float* %61 to i8*
  call void @llvm.prefetch.p0i8(i8* %62, i32 0, i32 3, i32 1)
  %63 = add i64 %56, 288
  %64 = getelementptr inbounds float, float* %1, i64 %63
  %65 = bitcast float* %64 to i8*
  call void @llvm.prefetch.p0i8(i8* %65, i32 0, i32 3, i32 1)
  %66 = add i64 %56, 304
  %67 = getelementptr inbounds float, float* %1, i64 %66
  %68 = bitcast float* %67 to i8*
  call void @llvm.prefetch.p0i8(i8* %68, i32 0, i32 3, i32 1)
  %69 = add i64 %56, 496
  %70 = getelementptr inbounds float, float* %1, i64 %69
  %71 = bitcast float* %70 to i8*
  call void @llvm.prefetch.p0i8(i8* %71, i32 0, i32 3, i32 1)
  %72 = add i64 %56, 512
  %73 = getelementptr inbounds float, float* %1, i64 %72
  %74 = bitcast float* %73 to i8*
  call void @llvm.prefetch.p0i8(i8* %74, i32 0, i32 3, i32 1)
  %75 = add i64 %56, 704
  %76 = getelementptr inbounds float, float* %1, i64 %75
  %77 = bitcast float* %76 to i8*
  call void @llvm.prefetch.p0i8(i8* %77, i32 0, i32 3, i32 1)
  %78 = add i64 %56, 720
  %79 = getelementptr inbounds float, float* %1, i64 %78
  %80 = bitcast float* %79 to i8*
  call void @llvm.prefetch.p0i8(i8* %80, i32 0, i32 3, i32 1)
  %81 = add i64 %56, 912
  %82 = getelementptr inbounds float, float* %1, i64 %81
  %83 = bitcast float* %82 to i8*
  call void @llvm.prefetch.p0i8(i8* %83, i32 0, i32 3, i32 1)
  %84 = add i64 %56, 928
  %85 = getelementptr inbounds float, float* %1, i64 %84
  %86 = bitcast float* %85 to i8*
  call void @llvm.prefetch.p0i8(i8* %86, i32 0, i32 3, i32 1)
  %87 = add i64 %56, 1120
  %88 = getelementptr inbounds float, float* %1, i64 %87
  %89 = bitcast float* %88 to i8*
  call void @llvm.prefetch.p0i8(i8* %89, i32 0, i32 3, i32 1)
  %90 = add i64 %56, 1136
  %91 = getelementptr inbounds float, float* %1, i64 %90
  %92 = bitcast float* %91 to i8*
  call void @llvm.prefetch.p0i8(i8* %92, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !3

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %93 = icmp slt i64 %column, 6
  br i1 %93, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %94 = mul i64 %column, 8
  %95 = add i64 %56, %94
  %96 = add i64 %95, 0
  %97 = getelementptr inbounds float, float* %1, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  %100 = add i64 %95, 208
  %101 = getelementptr inbounds float, float* %1, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  %103 = load <8 x float>, <8 x float>* %102, align 4
  %104 = add i64 %95, 416
  %105 = getelementptr inbounds float, float* %1, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %95, 624
  %109 = getelementptr inbounds float, float* %1, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %95, 832
  %113 = getelementptr inbounds float, float* %1, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %95, 1040
  %117 = getelementptr inbounds float, float* %1, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = fmul <8 x float> %107, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %121 = fmul <8 x float> %103, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %122 = fsub <8 x float> %115, %120
  %123 = fsub <8 x float> %111, %121
  %124 = fsub <8 x float> %115, %107
  %125 = fsub <8 x float> %111, %103
  %126 = fmul <8 x float> %125, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %99, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %115)
  %128 = fmul <8 x float> %107, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %129 = fadd <8 x float> %127, %128
  %130 = fadd <8 x float> %122, %123
  %131 = fsub <8 x float> %122, %123
  %132 = fadd <8 x float> %124, %126
  %133 = fsub <8 x float> %124, %126
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %103, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %119)
  %135 = fmul <8 x float> %111, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %136 = fadd <8 x float> %134, %135
  %137 = mul i64 %column, 8
  %138 = add i64 %137, 0
  %139 = getelementptr inbounds float, float* %44, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %129, <8 x float>* %140, align 4
  %141 = mul i64 %column, 8
  %142 = add i64 %141, 48
  %143 = getelementptr inbounds float, float* %44, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  store <8 x float> %130, <8 x float>* %144, align 4
  %145 = mul i64 %column, 8
  %146 = add i64 %145, 96
  %147 = getelementptr inbounds float, float* %44, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %131, <8 x float>* %148, align 4
  %149 = mul i64 %column, 8
  %150 = add i64 %149, 144
  %151 = getelementptr inbounds float, float* %44, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %132, <8 x float>* %152, align 4
  %153 = mul i64 %column, 8
  %154 = add i64 %153, 192
  %155 = getelementptr inbounds float, float* %44, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %133, <8 x float>* %156, align 4
  %157 = mul i64 %column, 8
  %158 = add i64 %157, 240
  %159 = getelementptr inbounds float, float* %44, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %136, <8 x float>* %160, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !4

column.exit:                                      ; preds = %column.header
  %161 = mul i64 %unit, 8
  %162 = add i64 %43, %161
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %163 = icmp slt i64 %row, 6
  br i1 %163, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %164 = mul i64 %row, 48
  %165 = add i64 %164, 0
  %166 = getelementptr inbounds float, float* %44, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  %168 = load <8 x float>, <8 x float>* %167, align 4
  %169 = add i64 %164, 8
  %170 = getelementptr inbounds float, float* %44, i64 %169
  %171 = bitcast float* %170 to <8 x float>*
  %172 = load <8 x float>, <8 x float>* %171, align 4
  %173 = add i64 %164, 16
  %174 = getelementptr inbounds float, float* %44, i64 %173
  %175 = bitcast float* %174 to <8 x float>*
  %176 = load <8 x float>, <8 x float>* %175, align 4
  %177 = add i64 %164, 24
  %178 = getelementptr inbounds float, float* %44, i64 %177
  %179 = bitcast float* %178 to <8 x float>*
  %180 = load <8 x float>, <8 x float>* %179, align 4
  %181 = add i64 %164, 32
  %182 = getelementptr inbounds float, float* %44, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = add i64 %164, 40
  %186 = getelementptr inbounds float, float* %44, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = fmul <8 x float> %176, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %190 = fmul <8 x float> %172, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %191 = fsub <8 x float> %184, %189
  %192 = fsub <8 x float> %180, %190
  %193 = fsub <8 x float> %184, %176
  %194 = fsub <8 x float> %180, %172
  %195 = fmul <8 x float> %194, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %184)
  %197 = fmul <8 x float> %176, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %198 = fadd <8 x float> %196, %197
  %199 = fadd <8 x float> %191, %192
  %200 = fsub <8 x float> %191, %192
  %201 = fadd <8 x float> %193, %195
  %202 = fsub <8 x float> %193, %195
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %172, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %188)
  %204 = fmul <8 x float> %180, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %205 = fadd <8 x float> %203, %204
  %206 = mul i64 %row, 6912
  %207 = add i64 %162, %206
  %208 = add i64 %207, 0
  %209 = getelementptr inbounds float, float* %2, i64 %208
  %210 = bitcast float* %209 to <8 x float>*
  store <8 x float> %198, <8 x float>* %210, align 4
  %211 = add i64 %207, 1152
  %212 = getelementptr inbounds float, float* %2, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %199, <8 x float>* %213, align 4
  %214 = add i64 %207, 2304
  %215 = getelementptr inbounds float, float* %2, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %200, <8 x float>* %216, align 4
  %217 = add i64 %207, 3456
  %218 = getelementptr inbounds float, float* %2, i64 %217
  %219 = bitcast float* %218 to <8 x float>*
  store <8 x float> %201, <8 x float>* %219, align 4
  %220 = add i64 %207, 4608
  %221 = getelementptr inbounds float, float* %2, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %202, <8 x float>* %222, align 4
  %223 = add i64 %207, 5760
  %224 = getelementptr inbounds float, float* %2, i64 %223
  %225 = bitcast float* %224 to <8 x float>*
  store <8 x float> %205, <8 x float>* %225, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !5

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !6

task.header:                                      ; preds = %k.exit, %tile.exit
  %task = phi i64 [ %50, %tile.exit ], [ %task.next, %k.exit ]
  %226 = icmp slt i64 %task, %53
  br i1 %226, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %227 = sdiv i64 %task, 24
  %228 = srem i64 %task, 24
  %229 = mul i64 %227, 1152
  %230 = add i64 0, %229
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = mul i64 %227, 2048
  %233 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.winograd to float*), i64 %232
  %234 = mul i64 %227, 2304
  %235 = add i64 41472, %234
  %236 = add i64 %227, 1
  %237 = icmp slt i64 %236, 35
  %238 = select i1 %237, i64 %236, i64 35
  %239 = mul i64 %238, 2048
  %240 = mul i64 %228, 96
  %241 = add i64 %239, %240
  %242 = icmp slt i64 %241, 73216
  %243 = select i1 %242, i64 %241, i64 73216
  %244 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.winograd to float*), i64 %243
  %245 = sdiv i64 %228, 4
  %246 = srem i64 %228, 4
  %247 = mul i64 %245, 6
  %248 = mul i64 %246, 16
  %249 = mul i64 %246, 512
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  br label %k.header

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %250 = sub i64 %5, 1
  %251 = add i64 36, %250
  %252 = sdiv i64 %251, %5
  %253 = mul i64 %4, %252
  %254 = icmp slt i64 %253, 36
  %255 = select i1 %254, i64 %253, i64 36
  %256 = add i64 %255, %252
  %257 = icmp slt i64 %256, 36
  %258 = select i1 %257, i64 %256, i64 36
  br label %tile.header6

k.header:                                         ; preds = %k.body, %task.body
  %k = phi i64 [ 0, %task.body ], [ %k.next, %k.body ]
  %259 = icmp slt i64 %k, 32
  br i1 %259, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %260 = mul i64 %k, 16
  %261 = add i64 %260, 0
  %262 = getelementptr inbounds float, float* %244, i64 %261
  %263 = bitcast float* %262 to i8*
  call void @llvm.prefetch.p0i8(i8* %263, i32 0, i32 2, i32 1)
  %264 = mul i64 %k, 16
  %265 = add i64 %249, %264
  %266 = add i64 %265, 0
  %267 = getelementptr inbounds float, float* %233, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = add i64 %265, 8
  %271 = getelementptr inbounds float, float* %233, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  %273 = load <8 x float>, <8 x float>* %272, align 4
  %274 = add i64 %247, 0
  %275 = mul i64 %274, 32
  %276 = add i64 %275, %k
  %277 = getelementptr inbounds float, float* %231, i64 %276
  %278 = load float, float* %277, align 4
  %279 = insertelement <8 x float> undef, float %278, i32 0
  %splat = shufflevector <8 x float> %279, <8 x float> undef, <8 x i32> zeroinitializer
  %280 = load <8 x float>, <8 x float>* %18, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %269, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %18, align 32
  %282 = load <8 x float>, <8 x float>* %12, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %273, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %12, align 32
  %284 = add i64 %247, 1
  %285 = mul i64 %284, 32
  %286 = add i64 %285, %k
  %287 = getelementptr inbounds float, float* %231, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat1 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %17, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %269, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %17, align 32
  %292 = load <8 x float>, <8 x float>* %11, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %273, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %11, align 32
  %294 = add i64 %247, 2
  %295 = mul i64 %294, 32
  %296 = add i64 %295, %k
  %297 = getelementptr inbounds float, float* %231, i64 %296
  %298 = load float, float* %297, align 4
  %299 = insertelement <8 x float> undef, float %298, i32 0
  %splat2 = shufflevector <8 x float> %299, <8 x float> undef, <8 x i32> zeroinitializer
  %300 = load <8 x float>, <8 x float>* %16, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %269, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %16, align 32
  %302 = load <8 x float>, <8 x float>* %10, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %273, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %10, align 32
  %304 = add i64 %247, 3
  %305 = mul i64 %304, 32
  %306 = add i64 %305, %k
  %307 = getelementptr inbounds float, float* %231, i64 %306
  %308 = load float, float* %307, align 4
  %309 = insertelement <8 x float> undef, float %308, i32 0
  %splat3 = shufflevector <8 x float> %309, <8 x float> undef, <8 x i32> zeroinitializer
  %310 = load <8 x float>, <8 x float>* %15, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %269, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %15, align 32
  %312 = load <8 x float>, <8 x float>* %9, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %273, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %9, align 32
  %314 = add i64 %247, 4
  %315 = mul i64 %314, 32
  %316 = add i64 %315, %k
  %317 = getelementptr inbounds float, float* %231, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat4 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %14, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %269, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %14, align 32
  %322 = load <8 x float>, <8 x float>* %8, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %273, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %8, align 32
  %324 = add i64 %247, 5
  %325 = mul i64 %324, 32
  %326 = add i64 %325, %k
  %327 = getelementptr inbounds float, float* %231, i64 %326
  %328 = load float, float* %327, align 4
  %329 = insertelement <8 x float> undef, float %328, i32 0
  %splat5 = shufflevector <8 x float> %329, <8 x float> undef, <8 x i32> zeroinitializer
  %330 = load <8 x float>, <8 x float>* %13, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %269, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %13, align 32
  %332 = load <8 x float>, <8 x float>* %7, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %273, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %7, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %334 = add i64 %247, 0
  %335 = add i64 %248, 0
  %336 = load <8 x float>, <8 x float>* %18, align 32
  %337 = mul i64 %334, 64
  %338 = add i64 %337, %335
  %339 = add i64 %235, %338
  %340 = getelementptr inbounds float, float* %2, i64 %339
  %341 = bitcast float* %340 to <8 x float>*
  store <8 x float> %336, <8 x float>* %341, align 4
  %342 = add i64 %247, 1
  %343 = add i64 %248, 0
  %344 = load <8 x float>, <8 x float>* %17, align 32
  %345 = mul i64 %342, 64
  %346 = add i64 %345, %343
  %347 = add i64 %235, %346
  %348 = getelementptr inbounds float, float* %2, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %344, <8 x float>* %349, align 4
  %350 = add i64 %247, 2
  %351 = add i64 %248, 0
  %352 = load <8 x float>, <8 x float>* %16, align 32
  %353 = mul i64 %350, 64
  %354 = add i64 %353, %351
  %355 = add i64 %235, %354
  %356 = getelementptr inbounds float, float* %2, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %352, <8 x float>* %357, align 4
  %358 = add i64 %247, 3
  %359 = add i64 %248, 0
  %360 = load <8 x float>, <8 x float>* %15, align 32
  %361 = mul i64 %358, 64
  %362 = add i64 %361, %359
  %363 = add i64 %235, %362
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %360, <8 x float>* %365, align 4
  %366 = add i64 %247, 4
  %367 = add i64 %248, 0
  %368 = load <8 x float>, <8 x float>* %14, align 32
  %369 = mul i64 %366, 64
  %370 = add i64 %369, %367
  %371 = add i64 %235, %370
  %372 = getelementptr inbounds float, float* %2, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %368, <8 x float>* %373, align 4
  %374 = add i64 %247, 5
  %375 = add i64 %248, 0
  %376 = load <8 x float>, <8 x float>* %13, align 32
  %377 = mul i64 %374, 64
  %378 = add i64 %377, %375
  %379 = add i64 %235, %378
  %380 = getelementptr inbounds float, float* %2, i64 %379
  %381 = bitcast float* %380 to <8 x float>*
  store <8 x float> %376, <8 x float>* %381, align 4
  %382 = add i64 %247, 0
  %383 = add i64 %248, 8
  %384 = load <8 x float>, <8 x float>* %12, align 32
  %385 = mul i64 %382, 64
  %386 = add i64 %385, %383
  %387 = add i64 %235, %386
  %388 = getelementptr inbounds float, float* %2, i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  store <8 x float> %384, <8 x float>* %389, align 4
  %390 = add i64 %247, 1
  %391 = add i64 %248, 8
  %392 = load <8 x float>, <8 x float>* %11, align 32
  %393 = mul i64 %390, 64
  %394 = add i64 %393, %391
  %395 = add i64 %235, %394
  %396 = getelementptr inbounds float, float* %2, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %392, <8 x float>* %397, align 4
  %398 = add i64 %247, 2
  %399 = add i64 %248, 8
  %400 = load <8 x float>, <8 x float>* %10, align 32
  %401 = mul i64 %398, 64
  %402 = add i64 %401, %399
  %403 = add i64 %235, %402
  %404 = getelementptr inbounds float, float* %2, i64 %403
  %405 = bitcast float* %404 to <8 x float>*
  store <8 x float> %400, <8 x float>* %405, align 4
  %406 = add i64 %247, 3
  %407 = add i64 %248, 8
  %408 = load <8 x float>, <8 x float>* %9, align 32
  %409 = mul i64 %406, 64
  %410 = add i64 %409, %407
  %411 = add i64 %235, %410
  %412 = getelementptr inbounds float, float* %2, i64 %411
  %413 = bitcast float* %412 to <8 x float>*
  store <8 x float> %408, <8 x float>* %413, align 4
  %414 = add i64 %247, 4
  %415 = add i64 %248, 8
  %416 = load <8 x float>, <8 x float>* %8, align 32
  %417 = mul i64 %414, 64
  %418 = add i64 %417, %415
  %419 = add i64 %235, %418
  %420 = getelementptr inbounds float, float* %2, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %416, <8 x float>* %421, align 4
  %422 = add i64 %247, 5
  %423 = add i64 %248, 8
  %424 = load <8 x float>, <8 x float>* %7, align 32
  %425 = mul i64 %422, 64
  %426 = add i64 %425, %423
  %427 = add i64 %235, %426
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %424, <8 x float>* %429, align 4
  %task.next = add i64 %task, 1
  br label %task.header, !llvm.loop !7

tile.header6:                                     ; preds = %block.exit, %task.exit
  %tile9 = phi i64 [ %255, %task.exit ], [ %tile.next15, %block.exit ]
  %430 = icmp slt i64 %tile9, %258
  br i1 %430, label %tile.body7, label %tile.exit8

tile.body7:                                       ; preds = %tile.header6
  %431 = add i64 0, %tile9
  %432 = srem i64 %431, 6
  %433 = sdiv i64 %431, 6
  %434 = srem i64 %433, 6
  %435 = sdiv i64 %431, 36
  %436 = mul i64 %435, 8
  %437 = mul i64 %436, 4608
  %438 = mul i64 %434, 96
  %439 = mul i64 %432, 4
  %440 = add i64 %438, %439
  %441 = mul i64 %440, 8
  %442 = add i64 %437, %441
  %443 = mul i64 %435, 8
  %444 = mul i64 %443, 1152
  %445 = mul i64 %434, 24
  %446 = mul i64 %432, 2
  %447 = add i64 %445, %446
  %448 = mul i64 %447, 8
  %449 = add i64 %444, %448
  %450 = mul i64 %tile9, 64
  %451 = add i64 41472, %450
  %452 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit8:                                       ; preds = %tile.header6
  ret void

block.header:                                     ; preds = %row.exit12, %tile.body7
  %block = phi i64 [ 0, %tile.body7 ], [ %block.next, %row.exit12 ]
  %453 = icmp slt i64 %block, 8
  br i1 %453, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %454 = mul i64 %block, 8
  %455 = add i64 %451, %454
  br label %row.header10

block.exit:                                       ; preds = %block.header
  %tile.next15 = add i64 %tile9, 1
  br label %tile.header6, !llvm.loop !8

row.header10:                                     ; preds = %row.body11, %block.body
  %row13 = phi i64 [ 0, %block.body ], [ %row.next14, %row.body11 ]
  %456 = icmp slt i64 %row13, 6
  br i1 %456, label %row.body11, label %row.exit12

row.body11:                                       ; preds = %row.header10
  %457 = mul i64 %row13, 13824
  %458 = add i64 %455, %457
  %459 = add i64 %458, 0
  %460 = getelementptr inbounds float, float* %2, i64 %459
  %461 = bitcast float* %460 to <8 x float>*
  %462 = load <8 x float>, <8 x float>* %461, align 4
  %463 = add i64 %458, 2304
  %464 = getelementptr inbounds float, float* %2, i64 %463
  %465 = bitcast float* %464 to <8 x float>*
  %466 = load <8 x float>, <8 x float>* %465, align 4
  %467 = add i64 %458, 4608
  %468 = getelementptr inbounds float, float* %2, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  %470 = load <8 x float>, <8 x float>* %469, align 4
  %471 = add i64 %458, 6912
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  %474 = load <8 x float>, <8 x float>* %473, align 4
  %475 = add i64 %458, 9216
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  %478 = load <8 x float>, <8 x float>* %477, align 4
  %479 = add i64 %458, 11520
  %480 = getelementptr inbounds float, float* %2, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  %482 = load <8 x float>, <8 x float>* %481, align 4
  %483 = fadd <8 x float> %466, %470
  %484 = fsub <8 x float> %466, %470
  %485 = fadd <8 x float> %474, %478
  %486 = fsub <8 x float> %474, %478
  %487 = fadd <8 x float> %462, %483
  %488 = fadd <8 x float> %487, %485
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %486, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %484)
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %485, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %483)
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %486, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %484)
  %492 = fadd <8 x float> %491, %482
  %493 = mul i64 %row13, 32
  %494 = add i64 %493, 0
  %495 = getelementptr inbounds float, float* %452, i64 %494
  %496 = bitcast float* %495 to <8 x float>*
  store <8 x float> %488, <8 x float>* %496, align 4
  %497 = mul i64 %row13, 32
  %498 = add i64 %497, 8
  %499 = getelementptr inbounds float, float* %452, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  store <8 x float> %489, <8 x float>* %500, align 4
  %501 = mul i64 %row13, 32
  %502 = add i64 %501, 16
  %503 = getelementptr inbounds float, float* %452, i64 %502
  %504 = bitcast float* %503 to <8 x float>*
  store <8 x float> %490, <8 x float>* %504, align 4
  %505 = mul i64 %row13, 32
  %506 = add i64 %505, 24
  %507 = getelementptr inbounds float, float* %452, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  store <8 x float> %492, <8 x float>* %508, align 4
  %row.next14 = add i64 %row13, 1
  br label %row.header10, !llvm.loop !9

row.exit12:                                       ; preds = %row.header10
  %509 = mul i64 %block, 8
  %510 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %509
  %511 = bitcast float* %510 to <8 x float>*
  %512 = load <8 x float>, <8 x float>* %511, align 4
  %513 = mul i64 %block, 4608
  %514 = add i64 %442, %513
  %515 = getelementptr inbounds float, float* %452, i64 0
  %516 = bitcast float* %515 to <8 x float>*
  %517 = load <8 x float>, <8 x float>* %516, align 4
  %518 = getelementptr inbounds float, float* %452, i64 32
  %519 = bitcast float* %518 to <8 x float>*
  %520 = load <8 x float>, <8 x float>* %519, align 4
  %521 = getelementptr inbounds float, float* %452, i64 64
  %522 = bitcast float* %521 to <8 x float>*
  %523 = load <8 x float>, <8 x float>* %522, align 4
  %524 = getelementptr inbounds float, float* %452, i64 96
  %525 = bitcast float* %524 to <8 x float>*
  %526 = load <8 x float>, <8 x float>* %525, align 4
  %527 = getelementptr inbounds float, float* %452, i64 128
  %528 = bitcast float* %527 to <8 x float>*
  %529 = load <8 x float>, <8 x float>* %528, align 4
  %530 = getelementptr inbounds float, float* %452, i64 160
  %531 = bitcast float* %530 to <8 x float>*
  %532 = load <8 x float>, <8 x float>* %531, align 4
  %533 = fadd <8 x float> %520, %523
  %534 = fsub <8 x float> %520, %523
  %535 = fadd <8 x float> %526, %529
  %536 = fsub <8 x float> %526, %529
  %537 = fadd <8 x float> %517, %533
  %538 = fadd <8 x float> %537, %535
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %536, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %534)
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %535, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %533)
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %536, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %534)
  %542 = fadd <8 x float> %541, %532
  %543 = fadd <8 x float> %538, %512
  %544 = fcmp olt <8 x float> %543, zeroinitializer
  %545 = select <8 x i1> %544, <8 x float> zeroinitializer, <8 x float> %543
  %546 = fadd <8 x float> %539, %512
  %547 = fcmp olt <8 x float> %546, zeroinitializer
  %548 = select <8 x i1> %547, <8 x float> zeroinitializer, <8 x float> %546
  %549 = fadd <8 x float> %540, %512
  %550 = fcmp olt <8 x float> %549, zeroinitializer
  %551 = select <8 x i1> %550, <8 x float> zeroinitializer, <8 x float> %549
  %552 = fadd <8 x float> %542, %512
  %553 = fcmp olt <8 x float> %552, zeroinitializer
  %554 = select <8 x i1> %553, <8 x float> zeroinitializer, <8 x float> %552
  %555 = getelementptr inbounds float, float* %452, i64 8
  %556 = bitcast float* %555 to <8 x float>*
  %557 = load <8 x float>, <8 x float>* %556, align 4
  %558 = getelementptr inbounds float, float* %452, i64 40
  %559 = bitcast float* %558 to <8 x float>*
  %560 = load <8 x float>, <8 x float>* %559, align 4
  %561 = getelementptr inbounds float, float* %452, i64 72
  %562 = bitcast float* %561 to <8 x float>*
  %563 = load <8 x float>, <8 x float>* %562, align 4
  %564 = getelementptr inbounds float, float* %452, i64 104
  %565 = bitcast float* %564 to <8 x float>*
  %566 = load <8 x float>, <8 x float>* %565, align 4
  %567 = getelementptr inbounds float, float* %452, i64 136
  %568 = bitcast float* %567 to <8 x float>*
  %569 = load <8 x float>, <8 x float>* %568, align 4
  %570 = getelementptr inbounds float, float* %452, i64 168
  %571 = bitcast float* %570 to <8 x float>*
  %572 = load <8 x float>, <8 x float>* %571, align 4
  %573 = fadd <8 x float> %560, %563
  %574 = fsub <8 x float> %560, %563
  %575 = fadd <8 x float> %566, %569
  %576 = fsub <8 x float> %566, %569
  %577 = fadd <8 x float> %557, %573
  %578 = fadd <8 x float> %577, %575
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %576, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %574)
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %575, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %573)
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %576, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %574)
  %582 = fadd <8 x float> %581, %572
  %583 = fadd <8 x float> %578, %512
  %584 = fcmp olt <8 x float> %583, zeroinitializer
  %585 = select <8 x i1> %584, <8 x float> zeroinitializer, <8 x float> %583
  %586 = fadd <8 x float> %579, %512
  %587 = fcmp olt <8 x float> %586, zeroinitializer
  %588 = select <8 x i1> %587, <8 x float> zeroinitializer, <8 x float> %586
  %589 = fadd <8 x float> %580, %512
  %590 = fcmp olt <8 x float> %589, zeroinitializer
  %591 = select <8 x i1> %590, <8 x float> zeroinitializer, <8 x float> %589
  %592 = fadd <8 x float> %582, %512
  %593 = fcmp olt <8 x float> %592, zeroinitializer
  %594 = select <8 x i1> %593, <8 x float> zeroinitializer, <8 x float> %592
  %595 = getelementptr inbounds float, float* %452, i64 16
  %596 = bitcast float* %595 to <8 x float>*
  %597 = load <8 x float>, <8 x float>* %596, align 4
  %598 = getelementptr inbounds float, float* %452, i64 48
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  %601 = getelementptr inbounds float, float* %452, i64 80
  %602 = bitcast float* %601 to <8 x float>*
  %603 = load <8 x float>, <8 x float>* %602, align 4
  %604 = getelementptr inbounds float, float* %452, i64 112
  %605 = bitcast float* %604 to <8 x float>*
  %606 = load <8 x float>, <8 x float>* %605, align 4
  %607 = getelementptr inbounds float, float* %452, i64 144
  %608 = bitcast float* %607 to <8 x float>*
  %609 = load <8 x float>, <8 x float>* %608, align 4
  %610 = getelementptr inbounds float, float* %452, i64 176
  %611 = bitcast float* %610 to <8 x float>*
  %612 = load <8 x float>, <8 x float>* %611, align 4
  %613 = fadd <8 x float> %600, %603
  %614 = fsub <8 x float> %600, %603
  %615 = fadd <8 x float> %606, %609
  %616 = fsub <8 x float> %606, %609
  %617 = fadd <8 x float> %597, %613
  %618 = fadd <8 x float> %617, %615
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %616, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %614)
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %615, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %613)
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %616, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %614)
  %622 = fadd <8 x float> %621, %612
  %623 = fadd <8 x float> %618, %512
  %624 = fcmp olt <8 x float> %623, zeroinitializer
  %625 = select <8 x i1> %624, <8 x float> zeroinitializer, <8 x float> %623
  %626 = fadd <8 x float> %619, %512
  %627 = fcmp olt <8 x float> %626, zeroinitializer
  %628 = select <8 x i1> %627, <8 x float> zeroinitializer, <8 x float> %626
  %629 = fadd <8 x float> %620, %512
  %630 = fcmp olt <8 x float> %629, zeroinitializer
  %631 = select <8 x i1> %630, <8 x float> zeroinitializer, <8 x float> %629
  %632 = fadd <8 x float> %622, %512
  %633 = fcmp olt <8 x float> %632, zeroinitializer
  %634 = select <8 x i1> %633, <8 x float> zeroinitializer, <8 x float> %632
  %635 = getelementptr inbounds float, float* %452, i64 24
  %636 = bitcast float* %635 to <8 x float>*
  %637 = load <8 x float>, <8 x float>* %636, align 4
  %638 = getelementptr inbounds float, float* %452, i64 56
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = getelementptr inbounds float, float* %452, i64 88
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = getelementptr inbounds float, float* %452, i64 120
  %645 = bitcast float* %644 to <8 x float>*
  %646 = load <8 x float>, <8 x float>* %645, align 4
  %647 = getelementptr inbounds float, float* %452, i64 152
  %648 = bitcast float* %647 to <8 x float>*
  %649 = load <8 x float>, <8 x float>* %648, align 4
  %650 = getelementptr inbounds float, float* %452, i64 184
  %651 = bitcast float* %650 to <8 x float>*
  %652 = load <8 x float>, <8 x float>* %651, align 4
  %653 = fadd <8 x float> %640, %643
  %654 = fsub <8 x float> %640, %643
  %655 = fadd <8 x float> %646, %649
  %656 = fsub <8 x float> %646, %649
  %657 = fadd <8 x float> %637, %653
  %658 = fadd <8 x float> %657, %655
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %656, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %654)
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %655, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %653)
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %656, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %654)
  %662 = fadd <8 x float> %661, %652
  %663 = fadd <8 x float> %658, %512
  %664 = fcmp olt <8 x float> %663, zeroinitializer
  %665 = select <8 x i1> %664, <8 x float> zeroinitializer, <8 x float> %663
  %666 = fadd <8 x float> %659, %512
  %667 = fcmp olt <8 x float> %666, zeroinitializer
  %668 = select <8 x i1> %667, <8 x float> zeroinitializer, <8 x float> %666
  %669 = fadd <8 x float> %660, %512
  %670 = fcmp olt <8 x float> %669, zeroinitializer
  %671 = select <8 x i1> %670, <8 x float> zeroinitializer, <8 x float> %669
  %672 = fadd <8 x float> %662, %512
  %673 = fcmp olt <8 x float> %672, zeroinitializer
  %674 = select <8 x i1> %673, <8 x float> zeroinitializer, <8 x float> %672
  %675 = mul i64 %block, 1152
  %676 = add i64 %449, %675
  %677 = fcmp ogt <8 x float> %545, %585
  %678 = select <8 x i1> %677, <8 x float> %545, <8 x float> %585
  %679 = fcmp uno <8 x float> %545, %545
  %680 = select <8 x i1> %679, <8 x float> %545, <8 x float> %678
  %681 = fcmp ogt <8 x float> %680, %548
  %682 = select <8 x i1> %681, <8 x float> %680, <8 x float> %548
  %683 = fcmp uno <8 x float> %680, %680
  %684 = select <8 x i1> %683, <8 x float> %680, <8 x float> %682
  %685 = fcmp ogt <8 x float> %684, %588
  %686 = select <8 x i1> %685, <8 x float> %684, <8 x float> %588
  %687 = fcmp uno <8 x float> %684, %684
  %688 = select <8 x i1> %687, <8 x float> %684, <8 x float> %686
  %689 = add i64 %676, 0
  %690 = getelementptr inbounds float, float* %0, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  store <8 x float> %688, <8 x float>* %691, align 4
  %692 = fcmp ogt <8 x float> %625, %665
  %693 = select <8 x i1> %692, <8 x float> %625, <8 x float> %665
  %694 = fcmp uno <8 x float> %625, %625
  %695 = select <8 x i1> %694, <8 x float> %625, <8 x float> %693
  %696 = fcmp ogt <8 x float> %695, %628
  %697 = select <8 x i1> %696, <8 x float> %695, <8 x float> %628
  %698 = fcmp uno <8 x float> %695, %695
  %699 = select <8 x i1> %698, <8 x float> %695, <8 x float> %697
  %700 = fcmp ogt <8 x float> %699, %668
  %701 = select <8 x i1> %700, <8 x float> %699, <8 x float> %668
  %702 = fcmp uno <8 x float> %699, %699
  %703 = select <8 x i1> %702, <8 x float> %699, <8 x float> %701
  %704 = add i64 %676, 8
  %705 = getelementptr inbounds float, float* %0, i64 %704
  %706 = bitcast float* %705 to <8 x float>*
  store <8 x float> %703, <8 x float>* %706, align 4
  %707 = fcmp ogt <8 x float> %551, %591
  %708 = select <8 x i1> %707, <8 x float> %551, <8 x float> %591
  %709 = fcmp uno <8 x float> %551, %551
  %710 = select <8 x i1> %709, <8 x float> %551, <8 x float> %708
  %711 = fcmp ogt <8 x float> %710, %554
  %712 = select <8 x i1> %711, <8 x float> %710, <8 x float> %554
  %713 = fcmp uno <8 x float> %710, %710
  %714 = select <8 x i1> %713, <8 x float> %710, <8 x float> %712
  %715 = fcmp ogt <8 x float> %714, %594
  %716 = select <8 x i1> %715, <8 x float> %714, <8 x float> %594
  %717 = fcmp uno <8 x float> %714, %714
  %718 = select <8 x i1> %717, <8 x float> %714, <8 x float> %716
  %719 = add i64 %676, 96
  %720 = getelementptr inbounds float, float* %0, i64 %719
  %721 = bitcast float* %720 to <8 x float>*
  store <8 x float> %718, <8 x float>* %721, align 4
  %722 = fcmp ogt <8 x float> %631, %671
  %723 = select <8 x i1> %722, <8 x float> %631, <8 x float> %671
  %724 = fcmp uno <8 x float> %631, %631
  %725 = select <8 x i1> %724, <8 x float> %631, <8 x float> %723
  %726 = fcmp ogt <8 x float> %725, %634
  %727 = select <8 x i1> %726, <8 x float> %725, <8 x float> %634
  %728 = fcmp uno <8 x float> %725, %725
  %729 = select <8 x i1> %728, <8 x float> %725, <8 x float> %727
  %730 = fcmp ogt <8 x float> %729, %674
  %731 = select <8 x i1> %730, <8 x float> %729, <8 x float> %674
  %732 = fcmp uno <8 x float> %729, %729
  %733 = select <8 x i1> %732, <8 x float> %729, <8 x float> %731
  %734 = add i64 %676, 104
  %735 = getelementptr inbounds float, float* %0, i64 %734
  %736 = bitcast float* %735 to <8 x float>*
  store <8 x float> %733, <8 x float>* %736, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !10
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #3

; Function Attrs: noinline nounwind
define internal void @node1.conv2d_2.step0(i8* %0) #2 {
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
  call void @node1.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.maxPool2d_1.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %p.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %p.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = sdiv i64 %task, 1
  %8 = srem i64 %task, 1
  %9 = mul i64 %8, 144
  %10 = add i64 %9, 144
  %11 = icmp slt i64 %10, 144
  %12 = select i1 %11, i64 %10, i64 144
  %13 = srem i64 %7, 8
  %14 = sdiv i64 %7, 8
  %15 = mul i64 %14, 64
  %16 = mul i64 %13, 8
  %17 = add i64 %15, %16
  %18 = mul i64 %7, 1152
  %19 = icmp slt i64 %12, 144
  %20 = select i1 %19, i64 %12, i64 144
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
  %103 = mul i64 %102, 144
  %104 = add i64 %103, %p
  %105 = getelementptr inbounds float, float* %0, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %94, <8 x float>* %106, align 4
  %107 = add i64 %17, 1
  %108 = mul i64 %107, 144
  %109 = add i64 %108, %p
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %95, <8 x float>* %111, align 4
  %112 = add i64 %17, 2
  %113 = mul i64 %112, 144
  %114 = add i64 %113, %p
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %96, <8 x float>* %116, align 4
  %117 = add i64 %17, 3
  %118 = mul i64 %117, 144
  %119 = add i64 %118, %p
  %120 = getelementptr inbounds float, float* %0, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %97, <8 x float>* %121, align 4
  %122 = add i64 %17, 4
  %123 = mul i64 %122, 144
  %124 = add i64 %123, %p
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %98, <8 x float>* %126, align 4
  %127 = add i64 %17, 5
  %128 = mul i64 %127, 144
  %129 = add i64 %128, %p
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %99, <8 x float>* %131, align 4
  %132 = add i64 %17, 6
  %133 = mul i64 %132, 144
  %134 = add i64 %133, %p
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %100, <8 x float>* %136, align 4
  %137 = add i64 %17, 7
  %138 = mul i64 %137, 144
  %139 = add i64 %138, %p
  %140 = getelementptr inbounds float, float* %0, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %101, <8 x float>* %141, align 4
  %p.next = add i64 %p, 8
  br label %p.header

p.exit:                                           ; preds = %p.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node2.maxPool2d_1.nchw.step0(i8* %0) #2 {
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
  %19 = add i64 8, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 8
  %23 = select i1 %22, i64 %21, i64 8
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 8
  %26 = select i1 %25, i64 %24, i64 8
  call void @node2.maxPool2d_1.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %k.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %k.exit ]
  %12 = icmp slt i64 %task, %7
  br i1 %12, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %13 = srem i64 %task, 1
  %14 = sdiv i64 %task, 1
  %15 = mul i64 %13, 1
  %16 = mul i64 %14, 32
  %17 = mul i64 %14, 294912
  %18 = add i64 %16, 0
  %19 = getelementptr inbounds float, float* %5, i64 %18
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = add i64 %16, 8
  %23 = getelementptr inbounds float, float* %5, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %16, 16
  %27 = getelementptr inbounds float, float* %5, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %16, 24
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  store <8 x float> %21, <8 x float>* %11, align 32
  store <8 x float> %25, <8 x float>* %10, align 32
  store <8 x float> %29, <8 x float>* %9, align 32
  store <8 x float> %33, <8 x float>* %8, align 32
  br label %k.header

task.exit:                                        ; preds = %task.header
  ret void

k.header:                                         ; preds = %k.body, %task.body
  %k = phi i64 [ 0, %task.body ], [ %k.next, %k.body ]
  %34 = icmp slt i64 %k, 9216
  br i1 %34, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %35 = mul i64 %k, 32
  %36 = add i64 %17, %35
  %37 = add i64 %36, 0
  %38 = getelementptr inbounds float, float* %4, i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  %41 = add i64 %36, 8
  %42 = getelementptr inbounds float, float* %4, i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  %45 = add i64 %36, 16
  %46 = getelementptr inbounds float, float* %4, i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  %49 = add i64 %36, 24
  %50 = getelementptr inbounds float, float* %4, i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  %53 = add i64 %15, 0
  %54 = mul i64 %53, 9216
  %55 = add i64 %54, %k
  %56 = getelementptr inbounds float, float* %1, i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  %59 = load <8 x float>, <8 x float>* %11, align 32
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %40, <8 x float> %59)
  store <8 x float> %60, <8 x float>* %11, align 32
  %61 = load <8 x float>, <8 x float>* %10, align 32
  %62 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %44, <8 x float> %61)
  store <8 x float> %62, <8 x float>* %10, align 32
  %63 = load <8 x float>, <8 x float>* %9, align 32
  %64 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %48, <8 x float> %63)
  store <8 x float> %64, <8 x float>* %9, align 32
  %65 = load <8 x float>, <8 x float>* %8, align 32
  %66 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %52, <8 x float> %65)
  store <8 x float> %66, <8 x float>* %8, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %67 = add i64 %15, 0
  %68 = add i64 %16, 0
  %69 = load <8 x float>, <8 x float>* %11, align 32
  %70 = fcmp olt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> zeroinitializer, <8 x float> %69
  %72 = mul i64 %67, 128
  %73 = add i64 %72, %68
  %74 = getelementptr inbounds float, float* %0, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %71, <8 x float>* %75, align 4
  %76 = add i64 %15, 0
  %77 = add i64 %16, 8
  %78 = load <8 x float>, <8 x float>* %10, align 32
  %79 = fcmp olt <8 x float> %78, zeroinitializer
  %80 = select <8 x i1> %79, <8 x float> zeroinitializer, <8 x float> %78
  %81 = mul i64 %76, 128
  %82 = add i64 %81, %77
  %83 = getelementptr inbounds float, float* %0, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %80, <8 x float>* %84, align 4
  %85 = add i64 %15, 0
  %86 = add i64 %16, 16
  %87 = load <8 x float>, <8 x float>* %9, align 32
  %88 = fcmp olt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> zeroinitializer, <8 x float> %87
  %90 = mul i64 %85, 128
  %91 = add i64 %90, %86
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %89, <8 x float>* %93, align 4
  %94 = add i64 %15, 0
  %95 = add i64 %16, 24
  %96 = load <8 x float>, <8 x float>* %8, align 32
  %97 = fcmp olt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> zeroinitializer, <8 x float> %96
  %99 = mul i64 %94, 128
  %100 = add i64 %99, %95
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %98, <8 x float>* %102, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node4.dense_1.step0(i8* %0) #2 {
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
  call void @node4.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %17 = mul i64 %14, 2048
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
  %35 = icmp slt i64 %k, 128
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
  %47 = mul i64 %46, 128
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
  %70 = icmp slt i64 %k4, 128
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
  %82 = mul i64 %81, 128
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

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #4

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #5

; Function Attrs: noinline nounwind
define internal void @node5.dense_2.step0(i8* %0) #2 {
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
  call void @node5.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.dense_2.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #1

; Function Attrs: noinline nounwind
define internal void @node6.dense_2.softmax.step0(i8* %0) #2 {
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
  call void @node6.dense_2.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @mnist_cnn_run(i8** %0, i8** %1, i8* %2) #6 {
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
  %fresh = call i8* @malloc(i64 621119)
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
  %17 = call i32 @mnist_cnn_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
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
define internal i32 @mnist_cnn_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #2 {
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
  %12 = getelementptr inbounds i8, i8* %2, i64 497664
  %13 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %12, i8** %13, align 8
  %14 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %14, align 8
  %15 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %15, align 8
  %16 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %16, align 8
  %17 = bitcast [6 x i8*]* %args to i8*
  %18 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1152 x i8], [1152 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %18, align 8
  %19 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %19, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step0, i8* %17, i32 %10, i32 0)
  %20 = getelementptr inbounds i8, i8* %2, i64 584192
  %21 = getelementptr inbounds i8, i8* %2, i64 497664
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
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step0, i8* %27, i32 %10, i32 0)
  %28 = getelementptr inbounds i8, i8* %2, i64 0
  %29 = getelementptr inbounds i8, i8* %2, i64 584192
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %28, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %29, i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %32, align 8
  %33 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %33, align 8
  %34 = bitcast [6 x i8*]* %args to i8*
  call void @node2.maxPool2d_1.nchw.step0(i8* %34)
  %35 = getelementptr inbounds i8, i8* %2, i64 36864
  %36 = getelementptr inbounds i8, i8* %2, i64 0
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %35, i8** %37, align 8
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %36, i8** %38, align 8
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %40, align 8
  %41 = bitcast [6 x i8*]* %args to i8*
  %42 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4718592 x i8], [4718592 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %42, align 8
  %43 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %43, align 8
  call void @GOMP_parallel(void (i8*)* @node4.dense_1.step0, i8* %41, i32 %10, i32 0)
  %44 = getelementptr inbounds i8, i8* %2, i64 36864
  %45 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %45, align 8
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %44, i8** %46, align 8
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %47, align 8
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %48, align 8
  %49 = bitcast [6 x i8*]* %args to i8*
  %50 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([8192 x i8], [8192 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %50, align 8
  %51 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([40 x i8], [40 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %51, align 8
  call void @node5.dense_2.step0(i8* %49)
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %53, align 8
  %54 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %54, align 8
  %55 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %55, align 8
  %56 = bitcast [6 x i8*]* %args to i8*
  call void @node6.dense_2.softmax.step0(i8* %56)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @mnist_cnn_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @mnist_cnn_workspace_size() #7 {
entry:
  ret i64 621119
}

; Function Attrs: nounwind
define i32 @mnist_cnn_infer(i8* %0, i8* %1, i8* %2) #7 {
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
  %11 = call i32 @mnist_cnn_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }
attributes #4 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #5 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #6 = { nounwind "target-cpu"="x86-64-v3" }
attributes #7 = { nounwind }

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
