; mnist_cnn: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
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
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 1, i64 28, i64 28]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 3136 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 10]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 40 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([10 x i8], [10 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 731711, i64 11992448 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

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

task.header:                                      ; preds = %chunk.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %chunk.exit ]
  %24 = icmp slt i64 %task, %7
  br i1 %24, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %25 = srem i64 %task, 26
  %26 = sdiv i64 %task, 26
  %27 = srem i64 %26, 2
  %28 = mul i64 %25, 1
  %29 = sdiv i64 %task, 52
  %30 = srem i64 %29, 1
  %31 = sdiv i64 %29, 1
  %32 = mul i64 %30, 4
  %33 = mul i64 %27, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %31, 1
  %36 = mul i64 %30, 1
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 784
  %39 = mul i64 %34, 72
  %40 = mul i64 %28, 28
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %u.exit8, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %u.exit8 ]
  %41 = icmp slt i64 %chunk, 1
  br i1 %41, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %u.exit ]
  %42 = icmp slt i64 %x, 24
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = mul i64 %31, 4
  %44 = add i64 %43, %34
  %45 = add i64 %44, 0
  %46 = mul i64 %45, 26
  %47 = add i64 %46, %28
  %48 = mul i64 %47, 26
  %49 = add i64 %x, 0
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 8
  %52 = add i64 %x, 1
  %53 = add i64 %48, %52
  %54 = mul i64 %53, 8
  %55 = add i64 %x, 2
  %56 = add i64 %48, %55
  %57 = mul i64 %56, 8
  %58 = add i64 %x, 3
  %59 = add i64 %48, %58
  %60 = mul i64 %59, 8
  %61 = add i64 %x, 4
  %62 = add i64 %48, %61
  %63 = mul i64 %62, 8
  %64 = add i64 %x, 5
  %65 = add i64 %48, %64
  %66 = mul i64 %65, 8
  %67 = mul i64 %31, 4
  %68 = add i64 %67, %34
  %69 = add i64 %68, 1
  %70 = mul i64 %69, 26
  %71 = add i64 %70, %28
  %72 = mul i64 %71, 26
  %73 = add i64 %x, 0
  %74 = add i64 %72, %73
  %75 = mul i64 %74, 8
  %76 = add i64 %x, 1
  %77 = add i64 %72, %76
  %78 = mul i64 %77, 8
  %79 = add i64 %x, 2
  %80 = add i64 %72, %79
  %81 = mul i64 %80, 8
  %82 = add i64 %x, 3
  %83 = add i64 %72, %82
  %84 = mul i64 %83, 8
  %85 = add i64 %x, 4
  %86 = add i64 %72, %85
  %87 = mul i64 %86, 8
  %88 = add i64 %x, 5
  %89 = add i64 %72, %88
  %90 = mul i64 %89, 8
  %91 = add i64 %34, 0
  %92 = mul i64 %91, 8
  %93 = getelementptr inbounds float, float* %5, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  %96 = add i64 %34, 1
  %97 = mul i64 %96, 8
  %98 = getelementptr inbounds float, float* %5, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  %100 = load <8 x float>, <8 x float>* %99, align 4
  store <8 x float> %95, <8 x float>* %23, align 32
  store <8 x float> %95, <8 x float>* %22, align 32
  store <8 x float> %95, <8 x float>* %21, align 32
  store <8 x float> %95, <8 x float>* %20, align 32
  store <8 x float> %95, <8 x float>* %19, align 32
  store <8 x float> %95, <8 x float>* %18, align 32
  store <8 x float> %100, <8 x float>* %17, align 32
  store <8 x float> %100, <8 x float>* %16, align 32
  store <8 x float> %100, <8 x float>* %15, align 32
  store <8 x float> %100, <8 x float>* %14, align 32
  store <8 x float> %100, <8 x float>* %13, align 32
  store <8 x float> %100, <8 x float>* %12, align 32
  %101 = mul i64 %x, 1
  %102 = add i64 %40, %101
  %103 = add i64 %38, %102
  %104 = mul i64 %chunk, 1
  br label %u.header

x.exit:                                           ; preds = %x.header
  %105 = mul i64 %31, 4
  %106 = add i64 %105, %34
  %107 = add i64 %106, 0
  %108 = mul i64 %107, 26
  %109 = add i64 %108, %28
  %110 = mul i64 %109, 26
  %111 = add i64 %110, 24
  %112 = mul i64 %111, 8
  %113 = add i64 %110, 25
  %114 = mul i64 %113, 8
  %115 = mul i64 %31, 4
  %116 = add i64 %115, %34
  %117 = add i64 %116, 1
  %118 = mul i64 %117, 26
  %119 = add i64 %118, %28
  %120 = mul i64 %119, 26
  %121 = add i64 %120, 24
  %122 = mul i64 %121, 8
  %123 = add i64 %120, 25
  %124 = mul i64 %123, 8
  %125 = add i64 %34, 0
  %126 = mul i64 %125, 8
  %127 = getelementptr inbounds float, float* %5, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %34, 1
  %131 = mul i64 %130, 8
  %132 = getelementptr inbounds float, float* %5, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  store <8 x float> %129, <8 x float>* %11, align 32
  store <8 x float> %129, <8 x float>* %10, align 32
  store <8 x float> %134, <8 x float>* %9, align 32
  store <8 x float> %134, <8 x float>* %8, align 32
  %135 = add i64 %40, 24
  %136 = add i64 %38, %135
  %137 = mul i64 %chunk, 1
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %138 = icmp slt i64 %u, 1
  br i1 %138, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %139 = add i64 %104, %u
  %140 = mul i64 %139, 784
  %141 = add i64 %103, %140
  %142 = mul i64 %139, 72
  %143 = add i64 %39, %142
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %144 = load <8 x float>, <8 x float>* %23, align 32
  %145 = fcmp olt <8 x float> %144, zeroinitializer
  %146 = select <8 x i1> %145, <8 x float> zeroinitializer, <8 x float> %144
  %147 = getelementptr inbounds float, float* %0, i64 %51
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %146, <8 x float>* %148, align 4
  %149 = load <8 x float>, <8 x float>* %22, align 32
  %150 = fcmp olt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> zeroinitializer, <8 x float> %149
  %152 = getelementptr inbounds float, float* %0, i64 %54
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = load <8 x float>, <8 x float>* %21, align 32
  %155 = fcmp olt <8 x float> %154, zeroinitializer
  %156 = select <8 x i1> %155, <8 x float> zeroinitializer, <8 x float> %154
  %157 = getelementptr inbounds float, float* %0, i64 %57
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %156, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %20, align 32
  %160 = fcmp olt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> zeroinitializer, <8 x float> %159
  %162 = getelementptr inbounds float, float* %0, i64 %60
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = load <8 x float>, <8 x float>* %19, align 32
  %165 = fcmp olt <8 x float> %164, zeroinitializer
  %166 = select <8 x i1> %165, <8 x float> zeroinitializer, <8 x float> %164
  %167 = getelementptr inbounds float, float* %0, i64 %63
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %166, <8 x float>* %168, align 4
  %169 = load <8 x float>, <8 x float>* %18, align 32
  %170 = fcmp olt <8 x float> %169, zeroinitializer
  %171 = select <8 x i1> %170, <8 x float> zeroinitializer, <8 x float> %169
  %172 = getelementptr inbounds float, float* %0, i64 %66
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %171, <8 x float>* %173, align 4
  %174 = load <8 x float>, <8 x float>* %17, align 32
  %175 = fcmp olt <8 x float> %174, zeroinitializer
  %176 = select <8 x i1> %175, <8 x float> zeroinitializer, <8 x float> %174
  %177 = getelementptr inbounds float, float* %0, i64 %75
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %176, <8 x float>* %178, align 4
  %179 = load <8 x float>, <8 x float>* %16, align 32
  %180 = fcmp olt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> zeroinitializer, <8 x float> %179
  %182 = getelementptr inbounds float, float* %0, i64 %78
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %181, <8 x float>* %183, align 4
  %184 = load <8 x float>, <8 x float>* %15, align 32
  %185 = fcmp olt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> zeroinitializer, <8 x float> %184
  %187 = getelementptr inbounds float, float* %0, i64 %81
  %188 = bitcast float* %187 to <8 x float>*
  store <8 x float> %186, <8 x float>* %188, align 4
  %189 = load <8 x float>, <8 x float>* %14, align 32
  %190 = fcmp olt <8 x float> %189, zeroinitializer
  %191 = select <8 x i1> %190, <8 x float> zeroinitializer, <8 x float> %189
  %192 = getelementptr inbounds float, float* %0, i64 %84
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %191, <8 x float>* %193, align 4
  %194 = load <8 x float>, <8 x float>* %13, align 32
  %195 = fcmp olt <8 x float> %194, zeroinitializer
  %196 = select <8 x i1> %195, <8 x float> zeroinitializer, <8 x float> %194
  %197 = getelementptr inbounds float, float* %0, i64 %87
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %196, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %12, align 32
  %200 = fcmp olt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> zeroinitializer, <8 x float> %199
  %202 = getelementptr inbounds float, float* %0, i64 %90
  %203 = bitcast float* %202 to <8 x float>*
  store <8 x float> %201, <8 x float>* %203, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %204 = icmp slt i64 %kh, 3
  br i1 %204, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %205 = mul i64 %kh, 28
  %206 = add i64 %141, %205
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %207 = icmp slt i64 %kw, 3
  br i1 %207, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %208 = mul i64 %kw, 1
  %209 = add i64 %206, %208
  %210 = mul i64 %kh, 3
  %211 = add i64 %210, %kw
  %212 = mul i64 %211, 8
  %213 = add i64 %143, %212
  %214 = add i64 %213, 0
  %215 = getelementptr inbounds float, float* %4, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  %217 = load <8 x float>, <8 x float>* %216, align 4
  %218 = add i64 %213, 72
  %219 = getelementptr inbounds float, float* %4, i64 %218
  %220 = bitcast float* %219 to <8 x float>*
  %221 = load <8 x float>, <8 x float>* %220, align 4
  %222 = add i64 %209, 0
  %223 = getelementptr inbounds float, float* %1, i64 %222
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %splat = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %23, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %217, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %23, align 32
  %228 = load <8 x float>, <8 x float>* %17, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %221, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %17, align 32
  %230 = add i64 %209, 1
  %231 = getelementptr inbounds float, float* %1, i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat1 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %22, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %217, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %22, align 32
  %236 = load <8 x float>, <8 x float>* %16, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %221, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %16, align 32
  %238 = add i64 %209, 2
  %239 = getelementptr inbounds float, float* %1, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat2 = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, <8 x float>* %21, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %217, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %21, align 32
  %244 = load <8 x float>, <8 x float>* %15, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %221, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %15, align 32
  %246 = add i64 %209, 3
  %247 = getelementptr inbounds float, float* %1, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat3 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %20, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %217, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %20, align 32
  %252 = load <8 x float>, <8 x float>* %14, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %221, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %14, align 32
  %254 = add i64 %209, 4
  %255 = getelementptr inbounds float, float* %1, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat4 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %19, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %217, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %19, align 32
  %260 = load <8 x float>, <8 x float>* %13, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %221, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %13, align 32
  %262 = add i64 %209, 5
  %263 = getelementptr inbounds float, float* %1, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat5 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %18, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %217, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %18, align 32
  %268 = load <8 x float>, <8 x float>* %12, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %221, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %12, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %x.exit
  %u9 = phi i64 [ 0, %x.exit ], [ %u.next22, %kh.exit12 ]
  %270 = icmp slt i64 %u9, 1
  br i1 %270, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %271 = add i64 %137, %u9
  %272 = mul i64 %271, 784
  %273 = add i64 %136, %272
  %274 = mul i64 %271, 72
  %275 = add i64 %39, %274
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %276 = load <8 x float>, <8 x float>* %11, align 32
  %277 = fcmp olt <8 x float> %276, zeroinitializer
  %278 = select <8 x i1> %277, <8 x float> zeroinitializer, <8 x float> %276
  %279 = getelementptr inbounds float, float* %0, i64 %112
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  %281 = load <8 x float>, <8 x float>* %10, align 32
  %282 = fcmp olt <8 x float> %281, zeroinitializer
  %283 = select <8 x i1> %282, <8 x float> zeroinitializer, <8 x float> %281
  %284 = getelementptr inbounds float, float* %0, i64 %114
  %285 = bitcast float* %284 to <8 x float>*
  store <8 x float> %283, <8 x float>* %285, align 4
  %286 = load <8 x float>, <8 x float>* %9, align 32
  %287 = fcmp olt <8 x float> %286, zeroinitializer
  %288 = select <8 x i1> %287, <8 x float> zeroinitializer, <8 x float> %286
  %289 = getelementptr inbounds float, float* %0, i64 %122
  %290 = bitcast float* %289 to <8 x float>*
  store <8 x float> %288, <8 x float>* %290, align 4
  %291 = load <8 x float>, <8 x float>* %8, align 32
  %292 = fcmp olt <8 x float> %291, zeroinitializer
  %293 = select <8 x i1> %292, <8 x float> zeroinitializer, <8 x float> %291
  %294 = getelementptr inbounds float, float* %0, i64 %124
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %293, <8 x float>* %295, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !2

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next21, %kw.exit16 ]
  %296 = icmp slt i64 %kh13, 3
  br i1 %296, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %297 = mul i64 %kh13, 28
  %298 = add i64 %273, %297
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next22 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next20, %kw.body15 ]
  %299 = icmp slt i64 %kw17, 3
  br i1 %299, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %300 = mul i64 %kw17, 1
  %301 = add i64 %298, %300
  %302 = mul i64 %kh13, 3
  %303 = add i64 %302, %kw17
  %304 = mul i64 %303, 8
  %305 = add i64 %275, %304
  %306 = add i64 %305, 0
  %307 = getelementptr inbounds float, float* %4, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 %305, 72
  %311 = getelementptr inbounds float, float* %4, i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 %301, 0
  %315 = getelementptr inbounds float, float* %1, i64 %314
  %316 = load float, float* %315, align 4
  %317 = insertelement <8 x float> undef, float %316, i32 0
  %splat18 = shufflevector <8 x float> %317, <8 x float> undef, <8 x i32> zeroinitializer
  %318 = load <8 x float>, <8 x float>* %11, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %309, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %11, align 32
  %320 = load <8 x float>, <8 x float>* %9, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %313, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %9, align 32
  %322 = add i64 %301, 1
  %323 = getelementptr inbounds float, float* %1, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat19 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %10, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %309, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %10, align 32
  %328 = load <8 x float>, <8 x float>* %8, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %313, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %8, align 32
  %kw.next20 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !3

kw.exit16:                                        ; preds = %kw.header14
  %kh.next21 = add i64 %kh13, 1
  br label %kh.header10
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: nounwind
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
  br label %task.header

task.header:                                      ; preds = %unit.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %unit.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 6
  %8 = sdiv i64 %task, 6
  %9 = srem i64 %8, 6
  %10 = sdiv i64 %task, 36
  %11 = mul i64 %10, 4
  %12 = mul i64 %11, 5408
  %13 = mul i64 %9, 104
  %14 = mul i64 %7, 4
  %15 = add i64 %13, %14
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  %18 = mul i64 %task, 32
  br label %unit.header

task.exit:                                        ; preds = %task.header
  ret void

unit.header:                                      ; preds = %unit.body, %task.body
  %unit = phi i64 [ 0, %task.body ], [ %unit.next, %unit.body ]
  %19 = icmp slt i64 %unit, 4
  br i1 %19, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %20 = mul i64 %unit, 5408
  %21 = add i64 %17, %20
  %22 = add i64 %21, 0
  %23 = getelementptr inbounds float, float* %1, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %21, 8
  %27 = getelementptr inbounds float, float* %1, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %21, 16
  %31 = getelementptr inbounds float, float* %1, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  %34 = add i64 %21, 24
  %35 = getelementptr inbounds float, float* %1, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = add i64 %21, 32
  %39 = getelementptr inbounds float, float* %1, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %21, 40
  %43 = getelementptr inbounds float, float* %1, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %21, 208
  %47 = getelementptr inbounds float, float* %1, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %21, 216
  %51 = getelementptr inbounds float, float* %1, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %21, 224
  %55 = getelementptr inbounds float, float* %1, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  %58 = add i64 %21, 232
  %59 = getelementptr inbounds float, float* %1, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  %61 = load <8 x float>, <8 x float>* %60, align 4
  %62 = add i64 %21, 240
  %63 = getelementptr inbounds float, float* %1, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %21, 248
  %67 = getelementptr inbounds float, float* %1, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = add i64 %21, 416
  %71 = getelementptr inbounds float, float* %1, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = add i64 %21, 424
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = add i64 %21, 432
  %79 = getelementptr inbounds float, float* %1, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %21, 440
  %83 = getelementptr inbounds float, float* %1, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = add i64 %21, 448
  %87 = getelementptr inbounds float, float* %1, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  %89 = load <8 x float>, <8 x float>* %88, align 4
  %90 = add i64 %21, 456
  %91 = getelementptr inbounds float, float* %1, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  %94 = add i64 %21, 624
  %95 = getelementptr inbounds float, float* %1, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = add i64 %21, 632
  %99 = getelementptr inbounds float, float* %1, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  %102 = add i64 %21, 640
  %103 = getelementptr inbounds float, float* %1, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 %21, 648
  %107 = getelementptr inbounds float, float* %1, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 %21, 656
  %111 = getelementptr inbounds float, float* %1, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %21, 664
  %115 = getelementptr inbounds float, float* %1, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %21, 832
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %21, 840
  %123 = getelementptr inbounds float, float* %1, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %21, 848
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %21, 856
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = add i64 %21, 864
  %135 = getelementptr inbounds float, float* %1, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = load <8 x float>, <8 x float>* %136, align 4
  %138 = add i64 %21, 872
  %139 = getelementptr inbounds float, float* %1, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = load <8 x float>, <8 x float>* %140, align 4
  %142 = add i64 %21, 1040
  %143 = getelementptr inbounds float, float* %1, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %21, 1048
  %147 = getelementptr inbounds float, float* %1, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %21, 1056
  %151 = getelementptr inbounds float, float* %1, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %21, 1064
  %155 = getelementptr inbounds float, float* %1, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %21, 1072
  %159 = getelementptr inbounds float, float* %1, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %21, 1080
  %163 = getelementptr inbounds float, float* %1, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = fmul <8 x float> %73, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %167 = fmul <8 x float> %49, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %168 = fsub <8 x float> %121, %166
  %169 = fsub <8 x float> %97, %167
  %170 = fsub <8 x float> %121, %73
  %171 = fsub <8 x float> %97, %49
  %172 = fmul <8 x float> %171, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %121)
  %174 = fmul <8 x float> %73, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %175 = fadd <8 x float> %173, %174
  %176 = fadd <8 x float> %168, %169
  %177 = fsub <8 x float> %168, %169
  %178 = fadd <8 x float> %170, %172
  %179 = fsub <8 x float> %170, %172
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %145)
  %181 = fmul <8 x float> %97, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %182 = fadd <8 x float> %180, %181
  %183 = fmul <8 x float> %77, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %184 = fmul <8 x float> %53, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %185 = fsub <8 x float> %125, %183
  %186 = fsub <8 x float> %101, %184
  %187 = fsub <8 x float> %125, %77
  %188 = fsub <8 x float> %101, %53
  %189 = fmul <8 x float> %188, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %125)
  %191 = fmul <8 x float> %77, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %192 = fadd <8 x float> %190, %191
  %193 = fadd <8 x float> %185, %186
  %194 = fsub <8 x float> %185, %186
  %195 = fadd <8 x float> %187, %189
  %196 = fsub <8 x float> %187, %189
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %149)
  %198 = fmul <8 x float> %101, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %199 = fadd <8 x float> %197, %198
  %200 = fmul <8 x float> %81, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %201 = fmul <8 x float> %57, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %202 = fsub <8 x float> %129, %200
  %203 = fsub <8 x float> %105, %201
  %204 = fsub <8 x float> %129, %81
  %205 = fsub <8 x float> %105, %57
  %206 = fmul <8 x float> %205, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %33, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %129)
  %208 = fmul <8 x float> %81, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %209 = fadd <8 x float> %207, %208
  %210 = fadd <8 x float> %202, %203
  %211 = fsub <8 x float> %202, %203
  %212 = fadd <8 x float> %204, %206
  %213 = fsub <8 x float> %204, %206
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %57, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %153)
  %215 = fmul <8 x float> %105, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %216 = fadd <8 x float> %214, %215
  %217 = fmul <8 x float> %85, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %218 = fmul <8 x float> %61, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %219 = fsub <8 x float> %133, %217
  %220 = fsub <8 x float> %109, %218
  %221 = fsub <8 x float> %133, %85
  %222 = fsub <8 x float> %109, %61
  %223 = fmul <8 x float> %222, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %37, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %133)
  %225 = fmul <8 x float> %85, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %226 = fadd <8 x float> %224, %225
  %227 = fadd <8 x float> %219, %220
  %228 = fsub <8 x float> %219, %220
  %229 = fadd <8 x float> %221, %223
  %230 = fsub <8 x float> %221, %223
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %61, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %157)
  %232 = fmul <8 x float> %109, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %233 = fadd <8 x float> %231, %232
  %234 = fmul <8 x float> %89, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %235 = fmul <8 x float> %65, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %236 = fsub <8 x float> %137, %234
  %237 = fsub <8 x float> %113, %235
  %238 = fsub <8 x float> %137, %89
  %239 = fsub <8 x float> %113, %65
  %240 = fmul <8 x float> %239, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %41, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %137)
  %242 = fmul <8 x float> %89, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %243 = fadd <8 x float> %241, %242
  %244 = fadd <8 x float> %236, %237
  %245 = fsub <8 x float> %236, %237
  %246 = fadd <8 x float> %238, %240
  %247 = fsub <8 x float> %238, %240
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %161)
  %249 = fmul <8 x float> %113, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %250 = fadd <8 x float> %248, %249
  %251 = fmul <8 x float> %93, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %252 = fmul <8 x float> %69, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %253 = fsub <8 x float> %141, %251
  %254 = fsub <8 x float> %117, %252
  %255 = fsub <8 x float> %141, %93
  %256 = fsub <8 x float> %117, %69
  %257 = fmul <8 x float> %256, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %45, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %141)
  %259 = fmul <8 x float> %93, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %260 = fadd <8 x float> %258, %259
  %261 = fadd <8 x float> %253, %254
  %262 = fsub <8 x float> %253, %254
  %263 = fadd <8 x float> %255, %257
  %264 = fsub <8 x float> %255, %257
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %69, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %165)
  %266 = fmul <8 x float> %117, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %267 = fadd <8 x float> %265, %266
  %268 = mul i64 %unit, 8
  %269 = add i64 %18, %268
  %270 = fmul <8 x float> %209, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %271 = fmul <8 x float> %192, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %272 = fsub <8 x float> %243, %270
  %273 = fsub <8 x float> %226, %271
  %274 = fsub <8 x float> %243, %209
  %275 = fsub <8 x float> %226, %192
  %276 = fmul <8 x float> %275, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %243)
  %278 = fmul <8 x float> %209, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %279 = fadd <8 x float> %277, %278
  %280 = fadd <8 x float> %272, %273
  %281 = fsub <8 x float> %272, %273
  %282 = fadd <8 x float> %274, %276
  %283 = fsub <8 x float> %274, %276
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %260)
  %285 = fmul <8 x float> %226, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %286 = fadd <8 x float> %284, %285
  %287 = add i64 0, %269
  %288 = getelementptr inbounds float, float* %2, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %279, <8 x float>* %289, align 4
  %290 = add i64 1152, %269
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %280, <8 x float>* %292, align 4
  %293 = add i64 2304, %269
  %294 = getelementptr inbounds float, float* %2, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %281, <8 x float>* %295, align 4
  %296 = add i64 3456, %269
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  store <8 x float> %282, <8 x float>* %298, align 4
  %299 = add i64 4608, %269
  %300 = getelementptr inbounds float, float* %2, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %283, <8 x float>* %301, align 4
  %302 = add i64 5760, %269
  %303 = getelementptr inbounds float, float* %2, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  store <8 x float> %286, <8 x float>* %304, align 4
  %305 = fmul <8 x float> %210, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %306 = fmul <8 x float> %193, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %307 = fsub <8 x float> %244, %305
  %308 = fsub <8 x float> %227, %306
  %309 = fsub <8 x float> %244, %210
  %310 = fsub <8 x float> %227, %193
  %311 = fmul <8 x float> %310, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %244)
  %313 = fmul <8 x float> %210, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %314 = fadd <8 x float> %312, %313
  %315 = fadd <8 x float> %307, %308
  %316 = fsub <8 x float> %307, %308
  %317 = fadd <8 x float> %309, %311
  %318 = fsub <8 x float> %309, %311
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %261)
  %320 = fmul <8 x float> %227, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %321 = fadd <8 x float> %319, %320
  %322 = add i64 6912, %269
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %314, <8 x float>* %324, align 4
  %325 = add i64 8064, %269
  %326 = getelementptr inbounds float, float* %2, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %315, <8 x float>* %327, align 4
  %328 = add i64 9216, %269
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %316, <8 x float>* %330, align 4
  %331 = add i64 10368, %269
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %317, <8 x float>* %333, align 4
  %334 = add i64 11520, %269
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  store <8 x float> %318, <8 x float>* %336, align 4
  %337 = add i64 12672, %269
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  store <8 x float> %321, <8 x float>* %339, align 4
  %340 = fmul <8 x float> %211, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %341 = fmul <8 x float> %194, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %342 = fsub <8 x float> %245, %340
  %343 = fsub <8 x float> %228, %341
  %344 = fsub <8 x float> %245, %211
  %345 = fsub <8 x float> %228, %194
  %346 = fmul <8 x float> %345, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %177, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %245)
  %348 = fmul <8 x float> %211, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %349 = fadd <8 x float> %347, %348
  %350 = fadd <8 x float> %342, %343
  %351 = fsub <8 x float> %342, %343
  %352 = fadd <8 x float> %344, %346
  %353 = fsub <8 x float> %344, %346
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %262)
  %355 = fmul <8 x float> %228, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %356 = fadd <8 x float> %354, %355
  %357 = add i64 13824, %269
  %358 = getelementptr inbounds float, float* %2, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  store <8 x float> %349, <8 x float>* %359, align 4
  %360 = add i64 14976, %269
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %350, <8 x float>* %362, align 4
  %363 = add i64 16128, %269
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %351, <8 x float>* %365, align 4
  %366 = add i64 17280, %269
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %352, <8 x float>* %368, align 4
  %369 = add i64 18432, %269
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %353, <8 x float>* %371, align 4
  %372 = add i64 19584, %269
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = bitcast float* %373 to <8 x float>*
  store <8 x float> %356, <8 x float>* %374, align 4
  %375 = fmul <8 x float> %212, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %376 = fmul <8 x float> %195, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %377 = fsub <8 x float> %246, %375
  %378 = fsub <8 x float> %229, %376
  %379 = fsub <8 x float> %246, %212
  %380 = fsub <8 x float> %229, %195
  %381 = fmul <8 x float> %380, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %246)
  %383 = fmul <8 x float> %212, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %384 = fadd <8 x float> %382, %383
  %385 = fadd <8 x float> %377, %378
  %386 = fsub <8 x float> %377, %378
  %387 = fadd <8 x float> %379, %381
  %388 = fsub <8 x float> %379, %381
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %263)
  %390 = fmul <8 x float> %229, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %391 = fadd <8 x float> %389, %390
  %392 = add i64 20736, %269
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %384, <8 x float>* %394, align 4
  %395 = add i64 21888, %269
  %396 = getelementptr inbounds float, float* %2, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %385, <8 x float>* %397, align 4
  %398 = add i64 23040, %269
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %386, <8 x float>* %400, align 4
  %401 = add i64 24192, %269
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  store <8 x float> %387, <8 x float>* %403, align 4
  %404 = add i64 25344, %269
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  store <8 x float> %388, <8 x float>* %406, align 4
  %407 = add i64 26496, %269
  %408 = getelementptr inbounds float, float* %2, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %391, <8 x float>* %409, align 4
  %410 = fmul <8 x float> %213, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %411 = fmul <8 x float> %196, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %412 = fsub <8 x float> %247, %410
  %413 = fsub <8 x float> %230, %411
  %414 = fsub <8 x float> %247, %213
  %415 = fsub <8 x float> %230, %196
  %416 = fmul <8 x float> %415, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %247)
  %418 = fmul <8 x float> %213, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %419 = fadd <8 x float> %417, %418
  %420 = fadd <8 x float> %412, %413
  %421 = fsub <8 x float> %412, %413
  %422 = fadd <8 x float> %414, %416
  %423 = fsub <8 x float> %414, %416
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %196, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %264)
  %425 = fmul <8 x float> %230, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %426 = fadd <8 x float> %424, %425
  %427 = add i64 27648, %269
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %419, <8 x float>* %429, align 4
  %430 = add i64 28800, %269
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  store <8 x float> %420, <8 x float>* %432, align 4
  %433 = add i64 29952, %269
  %434 = getelementptr inbounds float, float* %2, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  store <8 x float> %421, <8 x float>* %435, align 4
  %436 = add i64 31104, %269
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  store <8 x float> %422, <8 x float>* %438, align 4
  %439 = add i64 32256, %269
  %440 = getelementptr inbounds float, float* %2, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  store <8 x float> %423, <8 x float>* %441, align 4
  %442 = add i64 33408, %269
  %443 = getelementptr inbounds float, float* %2, i64 %442
  %444 = bitcast float* %443 to <8 x float>*
  store <8 x float> %426, <8 x float>* %444, align 4
  %445 = fmul <8 x float> %216, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %446 = fmul <8 x float> %199, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %447 = fsub <8 x float> %250, %445
  %448 = fsub <8 x float> %233, %446
  %449 = fsub <8 x float> %250, %216
  %450 = fsub <8 x float> %233, %199
  %451 = fmul <8 x float> %450, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %250)
  %453 = fmul <8 x float> %216, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %454 = fadd <8 x float> %452, %453
  %455 = fadd <8 x float> %447, %448
  %456 = fsub <8 x float> %447, %448
  %457 = fadd <8 x float> %449, %451
  %458 = fsub <8 x float> %449, %451
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %267)
  %460 = fmul <8 x float> %233, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %461 = fadd <8 x float> %459, %460
  %462 = add i64 34560, %269
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  store <8 x float> %454, <8 x float>* %464, align 4
  %465 = add i64 35712, %269
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  store <8 x float> %455, <8 x float>* %467, align 4
  %468 = add i64 36864, %269
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  store <8 x float> %456, <8 x float>* %470, align 4
  %471 = add i64 38016, %269
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %457, <8 x float>* %473, align 4
  %474 = add i64 39168, %269
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %458, <8 x float>* %476, align 4
  %477 = add i64 40320, %269
  %478 = getelementptr inbounds float, float* %2, i64 %477
  %479 = bitcast float* %478 to <8 x float>*
  store <8 x float> %461, <8 x float>* %479, align 4
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !4

unit.exit:                                        ; preds = %unit.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
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
  %18 = sub i64 %17, 1
  %19 = add i64 36, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 36
  %23 = select i1 %22, i64 %21, i64 36
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 36
  %26 = select i1 %25, i64 %24, i64 36
  call void @node1.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_2.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
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
  br label %task.header

task.header:                                      ; preds = %k.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %k.exit ]
  %19 = icmp slt i64 %task, %6
  br i1 %19, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %20 = sdiv i64 %task, 24
  %21 = mul i64 %20, 1152
  %22 = add i64 0, %21
  %23 = getelementptr inbounds float, float* %2, i64 %22
  %24 = mul i64 %20, 2048
  %25 = getelementptr inbounds float, float* %4, i64 %24
  %26 = mul i64 %20, 2304
  %27 = add i64 41472, %26
  %28 = srem i64 %task, 24
  %29 = sdiv i64 %28, 4
  %30 = srem i64 %28, 4
  %31 = mul i64 %29, 6
  %32 = mul i64 %30, 16
  %33 = mul i64 %30, 512
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
  ret void

k.header:                                         ; preds = %k.body, %task.body
  %k = phi i64 [ 0, %task.body ], [ %k.next, %k.body ]
  %34 = icmp slt i64 %k, 32
  br i1 %34, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %35 = mul i64 %k, 16
  %36 = add i64 %33, %35
  %37 = add i64 %36, 0
  %38 = getelementptr inbounds float, float* %25, i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  %41 = add i64 %36, 8
  %42 = getelementptr inbounds float, float* %25, i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  %45 = add i64 %31, 0
  %46 = mul i64 %45, 32
  %47 = add i64 %46, %k
  %48 = getelementptr inbounds float, float* %23, i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  %51 = load <8 x float>, <8 x float>* %18, align 32
  %52 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %40, <8 x float> %51)
  store <8 x float> %52, <8 x float>* %18, align 32
  %53 = load <8 x float>, <8 x float>* %12, align 32
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %44, <8 x float> %53)
  store <8 x float> %54, <8 x float>* %12, align 32
  %55 = add i64 %31, 1
  %56 = mul i64 %55, 32
  %57 = add i64 %56, %k
  %58 = getelementptr inbounds float, float* %23, i64 %57
  %59 = load float, float* %58, align 4
  %60 = insertelement <8 x float> undef, float %59, i32 0
  %splat1 = shufflevector <8 x float> %60, <8 x float> undef, <8 x i32> zeroinitializer
  %61 = load <8 x float>, <8 x float>* %17, align 32
  %62 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %40, <8 x float> %61)
  store <8 x float> %62, <8 x float>* %17, align 32
  %63 = load <8 x float>, <8 x float>* %11, align 32
  %64 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %44, <8 x float> %63)
  store <8 x float> %64, <8 x float>* %11, align 32
  %65 = add i64 %31, 2
  %66 = mul i64 %65, 32
  %67 = add i64 %66, %k
  %68 = getelementptr inbounds float, float* %23, i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat2 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  %71 = load <8 x float>, <8 x float>* %16, align 32
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %40, <8 x float> %71)
  store <8 x float> %72, <8 x float>* %16, align 32
  %73 = load <8 x float>, <8 x float>* %10, align 32
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %44, <8 x float> %73)
  store <8 x float> %74, <8 x float>* %10, align 32
  %75 = add i64 %31, 3
  %76 = mul i64 %75, 32
  %77 = add i64 %76, %k
  %78 = getelementptr inbounds float, float* %23, i64 %77
  %79 = load float, float* %78, align 4
  %80 = insertelement <8 x float> undef, float %79, i32 0
  %splat3 = shufflevector <8 x float> %80, <8 x float> undef, <8 x i32> zeroinitializer
  %81 = load <8 x float>, <8 x float>* %15, align 32
  %82 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %40, <8 x float> %81)
  store <8 x float> %82, <8 x float>* %15, align 32
  %83 = load <8 x float>, <8 x float>* %9, align 32
  %84 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %44, <8 x float> %83)
  store <8 x float> %84, <8 x float>* %9, align 32
  %85 = add i64 %31, 4
  %86 = mul i64 %85, 32
  %87 = add i64 %86, %k
  %88 = getelementptr inbounds float, float* %23, i64 %87
  %89 = load float, float* %88, align 4
  %90 = insertelement <8 x float> undef, float %89, i32 0
  %splat4 = shufflevector <8 x float> %90, <8 x float> undef, <8 x i32> zeroinitializer
  %91 = load <8 x float>, <8 x float>* %14, align 32
  %92 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %40, <8 x float> %91)
  store <8 x float> %92, <8 x float>* %14, align 32
  %93 = load <8 x float>, <8 x float>* %8, align 32
  %94 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %44, <8 x float> %93)
  store <8 x float> %94, <8 x float>* %8, align 32
  %95 = add i64 %31, 5
  %96 = mul i64 %95, 32
  %97 = add i64 %96, %k
  %98 = getelementptr inbounds float, float* %23, i64 %97
  %99 = load float, float* %98, align 4
  %100 = insertelement <8 x float> undef, float %99, i32 0
  %splat5 = shufflevector <8 x float> %100, <8 x float> undef, <8 x i32> zeroinitializer
  %101 = load <8 x float>, <8 x float>* %13, align 32
  %102 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %40, <8 x float> %101)
  store <8 x float> %102, <8 x float>* %13, align 32
  %103 = load <8 x float>, <8 x float>* %7, align 32
  %104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %44, <8 x float> %103)
  store <8 x float> %104, <8 x float>* %7, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %105 = add i64 %31, 0
  %106 = add i64 %32, 0
  %107 = load <8 x float>, <8 x float>* %18, align 32
  %108 = mul i64 %105, 64
  %109 = add i64 %108, %106
  %110 = add i64 %27, %109
  %111 = getelementptr inbounds float, float* %2, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  store <8 x float> %107, <8 x float>* %112, align 4
  %113 = add i64 %31, 1
  %114 = add i64 %32, 0
  %115 = load <8 x float>, <8 x float>* %17, align 32
  %116 = mul i64 %113, 64
  %117 = add i64 %116, %114
  %118 = add i64 %27, %117
  %119 = getelementptr inbounds float, float* %2, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %115, <8 x float>* %120, align 4
  %121 = add i64 %31, 2
  %122 = add i64 %32, 0
  %123 = load <8 x float>, <8 x float>* %16, align 32
  %124 = mul i64 %121, 64
  %125 = add i64 %124, %122
  %126 = add i64 %27, %125
  %127 = getelementptr inbounds float, float* %2, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  store <8 x float> %123, <8 x float>* %128, align 4
  %129 = add i64 %31, 3
  %130 = add i64 %32, 0
  %131 = load <8 x float>, <8 x float>* %15, align 32
  %132 = mul i64 %129, 64
  %133 = add i64 %132, %130
  %134 = add i64 %27, %133
  %135 = getelementptr inbounds float, float* %2, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %131, <8 x float>* %136, align 4
  %137 = add i64 %31, 4
  %138 = add i64 %32, 0
  %139 = load <8 x float>, <8 x float>* %14, align 32
  %140 = mul i64 %137, 64
  %141 = add i64 %140, %138
  %142 = add i64 %27, %141
  %143 = getelementptr inbounds float, float* %2, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  store <8 x float> %139, <8 x float>* %144, align 4
  %145 = add i64 %31, 5
  %146 = add i64 %32, 0
  %147 = load <8 x float>, <8 x float>* %13, align 32
  %148 = mul i64 %145, 64
  %149 = add i64 %148, %146
  %150 = add i64 %27, %149
  %151 = getelementptr inbounds float, float* %2, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %147, <8 x float>* %152, align 4
  %153 = add i64 %31, 0
  %154 = add i64 %32, 8
  %155 = load <8 x float>, <8 x float>* %12, align 32
  %156 = mul i64 %153, 64
  %157 = add i64 %156, %154
  %158 = add i64 %27, %157
  %159 = getelementptr inbounds float, float* %2, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %155, <8 x float>* %160, align 4
  %161 = add i64 %31, 1
  %162 = add i64 %32, 8
  %163 = load <8 x float>, <8 x float>* %11, align 32
  %164 = mul i64 %161, 64
  %165 = add i64 %164, %162
  %166 = add i64 %27, %165
  %167 = getelementptr inbounds float, float* %2, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %163, <8 x float>* %168, align 4
  %169 = add i64 %31, 2
  %170 = add i64 %32, 8
  %171 = load <8 x float>, <8 x float>* %10, align 32
  %172 = mul i64 %169, 64
  %173 = add i64 %172, %170
  %174 = add i64 %27, %173
  %175 = getelementptr inbounds float, float* %2, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  store <8 x float> %171, <8 x float>* %176, align 4
  %177 = add i64 %31, 3
  %178 = add i64 %32, 8
  %179 = load <8 x float>, <8 x float>* %9, align 32
  %180 = mul i64 %177, 64
  %181 = add i64 %180, %178
  %182 = add i64 %27, %181
  %183 = getelementptr inbounds float, float* %2, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  store <8 x float> %179, <8 x float>* %184, align 4
  %185 = add i64 %31, 4
  %186 = add i64 %32, 8
  %187 = load <8 x float>, <8 x float>* %8, align 32
  %188 = mul i64 %185, 64
  %189 = add i64 %188, %186
  %190 = add i64 %27, %189
  %191 = getelementptr inbounds float, float* %2, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %187, <8 x float>* %192, align 4
  %193 = add i64 %31, 5
  %194 = add i64 %32, 8
  %195 = load <8 x float>, <8 x float>* %7, align 32
  %196 = mul i64 %193, 64
  %197 = add i64 %196, %194
  %198 = add i64 %27, %197
  %199 = getelementptr inbounds float, float* %2, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %195, <8 x float>* %200, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node1.conv2d_2.step1(i8* %0) #2 {
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
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 864, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 864
  %26 = select i1 %25, i64 %24, i64 864
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 864
  %29 = select i1 %28, i64 %27, i64 864
  call void @node1.conv2d_2.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_2.step2.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %block.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %block.exit ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = srem i64 %task, 6
  %9 = sdiv i64 %task, 6
  %10 = srem i64 %9, 6
  %11 = sdiv i64 %task, 36
  %12 = mul i64 %11, 8
  %13 = mul i64 %12, 4608
  %14 = mul i64 %10, 96
  %15 = mul i64 %8, 4
  %16 = add i64 %14, %15
  %17 = mul i64 %16, 8
  %18 = add i64 %13, %17
  %19 = mul i64 %task, 64
  %20 = add i64 41472, %19
  br label %block.header

task.exit:                                        ; preds = %task.header
  ret void

block.header:                                     ; preds = %block.body, %task.body
  %block = phi i64 [ 0, %task.body ], [ %block.next, %block.body ]
  %21 = icmp slt i64 %block, 8
  br i1 %21, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %22 = mul i64 %block, 8
  %23 = add i64 %20, %22
  %24 = add i64 %23, 0
  %25 = getelementptr inbounds float, float* %2, i64 %24
  %26 = bitcast float* %25 to <8 x float>*
  %27 = load <8 x float>, <8 x float>* %26, align 4
  %28 = add i64 %23, 2304
  %29 = getelementptr inbounds float, float* %2, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %23, 4608
  %33 = getelementptr inbounds float, float* %2, i64 %32
  %34 = bitcast float* %33 to <8 x float>*
  %35 = load <8 x float>, <8 x float>* %34, align 4
  %36 = add i64 %23, 6912
  %37 = getelementptr inbounds float, float* %2, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  %40 = add i64 %23, 9216
  %41 = getelementptr inbounds float, float* %2, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 %23, 11520
  %45 = getelementptr inbounds float, float* %2, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = add i64 %23, 13824
  %49 = getelementptr inbounds float, float* %2, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = add i64 %23, 16128
  %53 = getelementptr inbounds float, float* %2, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = add i64 %23, 18432
  %57 = getelementptr inbounds float, float* %2, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 %23, 20736
  %61 = getelementptr inbounds float, float* %2, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = add i64 %23, 23040
  %65 = getelementptr inbounds float, float* %2, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  %68 = add i64 %23, 25344
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %71 = load <8 x float>, <8 x float>* %70, align 4
  %72 = add i64 %23, 27648
  %73 = getelementptr inbounds float, float* %2, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %75 = load <8 x float>, <8 x float>* %74, align 4
  %76 = add i64 %23, 29952
  %77 = getelementptr inbounds float, float* %2, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %79 = load <8 x float>, <8 x float>* %78, align 4
  %80 = add i64 %23, 32256
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  %83 = load <8 x float>, <8 x float>* %82, align 4
  %84 = add i64 %23, 34560
  %85 = getelementptr inbounds float, float* %2, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  %87 = load <8 x float>, <8 x float>* %86, align 4
  %88 = add i64 %23, 36864
  %89 = getelementptr inbounds float, float* %2, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = add i64 %23, 39168
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  %96 = add i64 %23, 41472
  %97 = getelementptr inbounds float, float* %2, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  %100 = add i64 %23, 43776
  %101 = getelementptr inbounds float, float* %2, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  %103 = load <8 x float>, <8 x float>* %102, align 4
  %104 = add i64 %23, 46080
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %23, 48384
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %23, 50688
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %23, 52992
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %23, 55296
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %23, 57600
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = add i64 %23, 59904
  %129 = getelementptr inbounds float, float* %2, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  %131 = load <8 x float>, <8 x float>* %130, align 4
  %132 = add i64 %23, 62208
  %133 = getelementptr inbounds float, float* %2, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = add i64 %23, 64512
  %137 = getelementptr inbounds float, float* %2, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = add i64 %23, 66816
  %141 = getelementptr inbounds float, float* %2, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = add i64 %23, 69120
  %145 = getelementptr inbounds float, float* %2, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = add i64 %23, 71424
  %149 = getelementptr inbounds float, float* %2, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = add i64 %23, 73728
  %153 = getelementptr inbounds float, float* %2, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = add i64 %23, 76032
  %157 = getelementptr inbounds float, float* %2, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = add i64 %23, 78336
  %161 = getelementptr inbounds float, float* %2, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = add i64 %23, 80640
  %165 = getelementptr inbounds float, float* %2, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  %167 = load <8 x float>, <8 x float>* %166, align 4
  %168 = fadd <8 x float> %31, %35
  %169 = fsub <8 x float> %31, %35
  %170 = fadd <8 x float> %39, %43
  %171 = fsub <8 x float> %39, %43
  %172 = fadd <8 x float> %27, %168
  %173 = fadd <8 x float> %172, %170
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %171, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %169)
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %170, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %168)
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %171, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %169)
  %177 = fadd <8 x float> %176, %47
  %178 = fadd <8 x float> %55, %59
  %179 = fsub <8 x float> %55, %59
  %180 = fadd <8 x float> %63, %67
  %181 = fsub <8 x float> %63, %67
  %182 = fadd <8 x float> %51, %178
  %183 = fadd <8 x float> %182, %180
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %179)
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %178)
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %179)
  %187 = fadd <8 x float> %186, %71
  %188 = fadd <8 x float> %79, %83
  %189 = fsub <8 x float> %79, %83
  %190 = fadd <8 x float> %87, %91
  %191 = fsub <8 x float> %87, %91
  %192 = fadd <8 x float> %75, %188
  %193 = fadd <8 x float> %192, %190
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %189)
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %188)
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %189)
  %197 = fadd <8 x float> %196, %95
  %198 = fadd <8 x float> %103, %107
  %199 = fsub <8 x float> %103, %107
  %200 = fadd <8 x float> %111, %115
  %201 = fsub <8 x float> %111, %115
  %202 = fadd <8 x float> %99, %198
  %203 = fadd <8 x float> %202, %200
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %199)
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %200, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %198)
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %199)
  %207 = fadd <8 x float> %206, %119
  %208 = fadd <8 x float> %127, %131
  %209 = fsub <8 x float> %127, %131
  %210 = fadd <8 x float> %135, %139
  %211 = fsub <8 x float> %135, %139
  %212 = fadd <8 x float> %123, %208
  %213 = fadd <8 x float> %212, %210
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %209)
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %208)
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %209)
  %217 = fadd <8 x float> %216, %143
  %218 = fadd <8 x float> %151, %155
  %219 = fsub <8 x float> %151, %155
  %220 = fadd <8 x float> %159, %163
  %221 = fsub <8 x float> %159, %163
  %222 = fadd <8 x float> %147, %218
  %223 = fadd <8 x float> %222, %220
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %219)
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %218)
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %219)
  %227 = fadd <8 x float> %226, %167
  %228 = mul i64 %block, 8
  %229 = getelementptr inbounds float, float* %4, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  %231 = load <8 x float>, <8 x float>* %230, align 4
  %232 = mul i64 %block, 4608
  %233 = add i64 %18, %232
  %234 = fadd <8 x float> %183, %193
  %235 = fsub <8 x float> %183, %193
  %236 = fadd <8 x float> %203, %213
  %237 = fsub <8 x float> %203, %213
  %238 = fadd <8 x float> %173, %234
  %239 = fadd <8 x float> %238, %236
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %235)
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %234)
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %235)
  %243 = fadd <8 x float> %242, %223
  %244 = add i64 %233, 0
  %245 = fadd <8 x float> %239, %231
  %246 = fcmp olt <8 x float> %245, zeroinitializer
  %247 = select <8 x i1> %246, <8 x float> zeroinitializer, <8 x float> %245
  %248 = getelementptr inbounds float, float* %0, i64 %244
  %249 = bitcast float* %248 to <8 x float>*
  store <8 x float> %247, <8 x float>* %249, align 4
  %250 = add i64 %233, 192
  %251 = fadd <8 x float> %240, %231
  %252 = fcmp olt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> zeroinitializer, <8 x float> %251
  %254 = getelementptr inbounds float, float* %0, i64 %250
  %255 = bitcast float* %254 to <8 x float>*
  store <8 x float> %253, <8 x float>* %255, align 4
  %256 = add i64 %233, 384
  %257 = fadd <8 x float> %241, %231
  %258 = fcmp olt <8 x float> %257, zeroinitializer
  %259 = select <8 x i1> %258, <8 x float> zeroinitializer, <8 x float> %257
  %260 = getelementptr inbounds float, float* %0, i64 %256
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %259, <8 x float>* %261, align 4
  %262 = add i64 %233, 576
  %263 = fadd <8 x float> %243, %231
  %264 = fcmp olt <8 x float> %263, zeroinitializer
  %265 = select <8 x i1> %264, <8 x float> zeroinitializer, <8 x float> %263
  %266 = getelementptr inbounds float, float* %0, i64 %262
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %265, <8 x float>* %267, align 4
  %268 = fadd <8 x float> %184, %194
  %269 = fsub <8 x float> %184, %194
  %270 = fadd <8 x float> %204, %214
  %271 = fsub <8 x float> %204, %214
  %272 = fadd <8 x float> %174, %268
  %273 = fadd <8 x float> %272, %270
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %269)
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %268)
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %269)
  %277 = fadd <8 x float> %276, %224
  %278 = add i64 %233, 8
  %279 = fadd <8 x float> %273, %231
  %280 = fcmp olt <8 x float> %279, zeroinitializer
  %281 = select <8 x i1> %280, <8 x float> zeroinitializer, <8 x float> %279
  %282 = getelementptr inbounds float, float* %0, i64 %278
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %281, <8 x float>* %283, align 4
  %284 = add i64 %233, 200
  %285 = fadd <8 x float> %274, %231
  %286 = fcmp olt <8 x float> %285, zeroinitializer
  %287 = select <8 x i1> %286, <8 x float> zeroinitializer, <8 x float> %285
  %288 = getelementptr inbounds float, float* %0, i64 %284
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %287, <8 x float>* %289, align 4
  %290 = add i64 %233, 392
  %291 = fadd <8 x float> %275, %231
  %292 = fcmp olt <8 x float> %291, zeroinitializer
  %293 = select <8 x i1> %292, <8 x float> zeroinitializer, <8 x float> %291
  %294 = getelementptr inbounds float, float* %0, i64 %290
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %293, <8 x float>* %295, align 4
  %296 = add i64 %233, 584
  %297 = fadd <8 x float> %277, %231
  %298 = fcmp olt <8 x float> %297, zeroinitializer
  %299 = select <8 x i1> %298, <8 x float> zeroinitializer, <8 x float> %297
  %300 = getelementptr inbounds float, float* %0, i64 %296
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %299, <8 x float>* %301, align 4
  %302 = fadd <8 x float> %185, %195
  %303 = fsub <8 x float> %185, %195
  %304 = fadd <8 x float> %205, %215
  %305 = fsub <8 x float> %205, %215
  %306 = fadd <8 x float> %175, %302
  %307 = fadd <8 x float> %306, %304
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %303)
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %302)
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %303)
  %311 = fadd <8 x float> %310, %225
  %312 = add i64 %233, 16
  %313 = fadd <8 x float> %307, %231
  %314 = fcmp olt <8 x float> %313, zeroinitializer
  %315 = select <8 x i1> %314, <8 x float> zeroinitializer, <8 x float> %313
  %316 = getelementptr inbounds float, float* %0, i64 %312
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %315, <8 x float>* %317, align 4
  %318 = add i64 %233, 208
  %319 = fadd <8 x float> %308, %231
  %320 = fcmp olt <8 x float> %319, zeroinitializer
  %321 = select <8 x i1> %320, <8 x float> zeroinitializer, <8 x float> %319
  %322 = getelementptr inbounds float, float* %0, i64 %318
  %323 = bitcast float* %322 to <8 x float>*
  store <8 x float> %321, <8 x float>* %323, align 4
  %324 = add i64 %233, 400
  %325 = fadd <8 x float> %309, %231
  %326 = fcmp olt <8 x float> %325, zeroinitializer
  %327 = select <8 x i1> %326, <8 x float> zeroinitializer, <8 x float> %325
  %328 = getelementptr inbounds float, float* %0, i64 %324
  %329 = bitcast float* %328 to <8 x float>*
  store <8 x float> %327, <8 x float>* %329, align 4
  %330 = add i64 %233, 592
  %331 = fadd <8 x float> %311, %231
  %332 = fcmp olt <8 x float> %331, zeroinitializer
  %333 = select <8 x i1> %332, <8 x float> zeroinitializer, <8 x float> %331
  %334 = getelementptr inbounds float, float* %0, i64 %330
  %335 = bitcast float* %334 to <8 x float>*
  store <8 x float> %333, <8 x float>* %335, align 4
  %336 = fadd <8 x float> %187, %197
  %337 = fsub <8 x float> %187, %197
  %338 = fadd <8 x float> %207, %217
  %339 = fsub <8 x float> %207, %217
  %340 = fadd <8 x float> %177, %336
  %341 = fadd <8 x float> %340, %338
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %337)
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %336)
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %337)
  %345 = fadd <8 x float> %344, %227
  %346 = add i64 %233, 24
  %347 = fadd <8 x float> %341, %231
  %348 = fcmp olt <8 x float> %347, zeroinitializer
  %349 = select <8 x i1> %348, <8 x float> zeroinitializer, <8 x float> %347
  %350 = getelementptr inbounds float, float* %0, i64 %346
  %351 = bitcast float* %350 to <8 x float>*
  store <8 x float> %349, <8 x float>* %351, align 4
  %352 = add i64 %233, 216
  %353 = fadd <8 x float> %342, %231
  %354 = fcmp olt <8 x float> %353, zeroinitializer
  %355 = select <8 x i1> %354, <8 x float> zeroinitializer, <8 x float> %353
  %356 = getelementptr inbounds float, float* %0, i64 %352
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %355, <8 x float>* %357, align 4
  %358 = add i64 %233, 408
  %359 = fadd <8 x float> %343, %231
  %360 = fcmp olt <8 x float> %359, zeroinitializer
  %361 = select <8 x i1> %360, <8 x float> zeroinitializer, <8 x float> %359
  %362 = getelementptr inbounds float, float* %0, i64 %358
  %363 = bitcast float* %362 to <8 x float>*
  store <8 x float> %361, <8 x float>* %363, align 4
  %364 = add i64 %233, 600
  %365 = fadd <8 x float> %345, %231
  %366 = fcmp olt <8 x float> %365, zeroinitializer
  %367 = select <8 x i1> %366, <8 x float> zeroinitializer, <8 x float> %365
  %368 = getelementptr inbounds float, float* %0, i64 %364
  %369 = bitcast float* %368 to <8 x float>*
  store <8 x float> %367, <8 x float>* %369, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !5

block.exit:                                       ; preds = %block.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node1.conv2d_2.step2(i8* %0) #2 {
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
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 36, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 36
  %26 = select i1 %25, i64 %24, i64 36
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 36
  %29 = select i1 %28, i64 %27, i64 36
  call void @node1.conv2d_2.step2.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 12
  %9 = srem i64 %task, 12
  %10 = mul i64 %8, 4608
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 12
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 96
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 24
  %22 = select i1 %21, i64 %20, i64 24
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 24
  %25 = select i1 %24, i64 %23, i64 24
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 12
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 24
  %34 = select i1 %33, i64 %32, i64 24
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 24
  %37 = select i1 %36, i64 %35, i64 24
  %38 = sub i64 %37, %29
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

r.header:                                         ; preds = %q.exit, %x.body
  %r = phi i64 [ %19, %x.body ], [ %r.next, %q.exit ]
  %39 = icmp slt i64 %r, %22
  br i1 %39, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  br label %q.header

r.exit:                                           ; preds = %r.header
  %40 = load <8 x float>, <8 x float>* %6, align 32
  %41 = mul i64 %x, 8
  %42 = getelementptr inbounds float, float* %15, i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  store <8 x float> %40, <8 x float>* %43, align 4
  %x.next = add i64 %x, 1
  br label %x.header

q.header:                                         ; preds = %q.body, %r.body
  %q = phi i64 [ %31, %r.body ], [ %q.next, %q.body ]
  %44 = icmp slt i64 %q, %34
  br i1 %44, label %q.body, label %q.exit

q.body:                                           ; preds = %q.header
  %45 = mul i64 %r, 24
  %46 = add i64 %45, %q
  %47 = mul i64 %46, 8
  %48 = getelementptr inbounds float, float* %11, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  %51 = load <8 x float>, <8 x float>* %6, align 32
  %52 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %51, <8 x float> %50)
  store <8 x float> %52, <8 x float>* %6, align 32
  %q.next = add i64 %q, 1
  br label %q.header

q.exit:                                           ; preds = %q.header
  %r.next = add i64 %r, 1
  br label %r.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nounwind
define internal void @node2.maxPool2d_1.step0(i8* %0) #2 {
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
  %19 = add i64 96, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 96
  %23 = select i1 %22, i64 %21, i64 96
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 96
  %26 = select i1 %25, i64 %24, i64 96
  call void @node2.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.maxPool2d_1.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 12
  %8 = sdiv i64 %task, 12
  %9 = mul i64 %task, 96
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %10 = icmp slt i64 %w, 8
  br i1 %10, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %11 = add i64 %w, 0
  %12 = mul i64 %11, 8
  %13 = add i64 %12, 0
  %14 = add i64 %9, %13
  %15 = getelementptr inbounds float, float* %1, i64 %14
  %16 = bitcast float* %15 to <8 x float>*
  %17 = load <8 x float>, <8 x float>* %16, align 4
  %18 = add i64 %w, 1
  %19 = mul i64 %18, 8
  %20 = add i64 %19, 0
  %21 = add i64 %9, %20
  %22 = getelementptr inbounds float, float* %1, i64 %21
  %23 = bitcast float* %22 to <8 x float>*
  %24 = load <8 x float>, <8 x float>* %23, align 4
  %25 = add i64 %w, 2
  %26 = mul i64 %25, 8
  %27 = add i64 %26, 0
  %28 = add i64 %9, %27
  %29 = getelementptr inbounds float, float* %1, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %w, 3
  %33 = mul i64 %32, 8
  %34 = add i64 %33, 0
  %35 = add i64 %9, %34
  %36 = getelementptr inbounds float, float* %1, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  %39 = add i64 %w, 4
  %40 = mul i64 %39, 8
  %41 = add i64 %40, 0
  %42 = add i64 %9, %41
  %43 = getelementptr inbounds float, float* %1, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %w, 5
  %47 = mul i64 %46, 8
  %48 = add i64 %47, 0
  %49 = add i64 %9, %48
  %50 = getelementptr inbounds float, float* %1, i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  %53 = add i64 %w, 6
  %54 = mul i64 %53, 8
  %55 = add i64 %54, 0
  %56 = add i64 %9, %55
  %57 = getelementptr inbounds float, float* %1, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 %w, 7
  %61 = mul i64 %60, 8
  %62 = add i64 %61, 0
  %63 = add i64 %9, %62
  %64 = getelementptr inbounds float, float* %1, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  %67 = shufflevector <8 x float> %17, <8 x float> %45, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %68 = shufflevector <8 x float> %17, <8 x float> %45, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %69 = shufflevector <8 x float> %24, <8 x float> %52, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %70 = shufflevector <8 x float> %24, <8 x float> %52, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %71 = shufflevector <8 x float> %31, <8 x float> %59, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %72 = shufflevector <8 x float> %31, <8 x float> %59, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %73 = shufflevector <8 x float> %38, <8 x float> %66, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %74 = shufflevector <8 x float> %38, <8 x float> %66, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %75 = shufflevector <8 x float> %67, <8 x float> %71, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %76 = shufflevector <8 x float> %67, <8 x float> %71, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %77 = shufflevector <8 x float> %68, <8 x float> %72, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %78 = shufflevector <8 x float> %68, <8 x float> %72, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %79 = shufflevector <8 x float> %69, <8 x float> %73, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %80 = shufflevector <8 x float> %69, <8 x float> %73, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %81 = shufflevector <8 x float> %70, <8 x float> %74, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %82 = shufflevector <8 x float> %70, <8 x float> %74, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %83 = shufflevector <8 x float> %75, <8 x float> %79, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %84 = shufflevector <8 x float> %75, <8 x float> %79, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %85 = shufflevector <8 x float> %76, <8 x float> %80, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %86 = shufflevector <8 x float> %76, <8 x float> %80, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %87 = shufflevector <8 x float> %77, <8 x float> %81, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %88 = shufflevector <8 x float> %77, <8 x float> %81, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %89 = shufflevector <8 x float> %78, <8 x float> %82, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %90 = shufflevector <8 x float> %78, <8 x float> %82, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %91 = mul i64 %8, 8
  %92 = add i64 %91, 0
  %93 = mul i64 %92, 144
  %94 = mul i64 %7, 12
  %95 = add i64 %94, %w
  %96 = add i64 %93, %95
  %97 = getelementptr inbounds float, float* %0, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  store <8 x float> %83, <8 x float>* %98, align 4
  %99 = mul i64 %8, 8
  %100 = add i64 %99, 1
  %101 = mul i64 %100, 144
  %102 = mul i64 %7, 12
  %103 = add i64 %102, %w
  %104 = add i64 %101, %103
  %105 = getelementptr inbounds float, float* %0, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %84, <8 x float>* %106, align 4
  %107 = mul i64 %8, 8
  %108 = add i64 %107, 2
  %109 = mul i64 %108, 144
  %110 = mul i64 %7, 12
  %111 = add i64 %110, %w
  %112 = add i64 %109, %111
  %113 = getelementptr inbounds float, float* %0, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  store <8 x float> %85, <8 x float>* %114, align 4
  %115 = mul i64 %8, 8
  %116 = add i64 %115, 3
  %117 = mul i64 %116, 144
  %118 = mul i64 %7, 12
  %119 = add i64 %118, %w
  %120 = add i64 %117, %119
  %121 = getelementptr inbounds float, float* %0, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %86, <8 x float>* %122, align 4
  %123 = mul i64 %8, 8
  %124 = add i64 %123, 4
  %125 = mul i64 %124, 144
  %126 = mul i64 %7, 12
  %127 = add i64 %126, %w
  %128 = add i64 %125, %127
  %129 = getelementptr inbounds float, float* %0, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %87, <8 x float>* %130, align 4
  %131 = mul i64 %8, 8
  %132 = add i64 %131, 5
  %133 = mul i64 %132, 144
  %134 = mul i64 %7, 12
  %135 = add i64 %134, %w
  %136 = add i64 %133, %135
  %137 = getelementptr inbounds float, float* %0, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %88, <8 x float>* %138, align 4
  %139 = mul i64 %8, 8
  %140 = add i64 %139, 6
  %141 = mul i64 %140, 144
  %142 = mul i64 %7, 12
  %143 = add i64 %142, %w
  %144 = add i64 %141, %143
  %145 = getelementptr inbounds float, float* %0, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %89, <8 x float>* %146, align 4
  %147 = mul i64 %8, 8
  %148 = add i64 %147, 7
  %149 = mul i64 %148, 144
  %150 = mul i64 %7, 12
  %151 = add i64 %150, %w
  %152 = add i64 %149, %151
  %153 = getelementptr inbounds float, float* %0, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %90, <8 x float>* %154, align 4
  %w.next = add i64 %w, 8
  br label %w.header

w.exit:                                           ; preds = %w.header
  br label %ws.header

ws.header:                                        ; preds = %ws.body, %w.exit
  %ws = phi i64 [ 8, %w.exit ], [ %ws.next, %ws.body ]
  %155 = icmp slt i64 %ws, 12
  br i1 %155, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %156 = mul i64 %ws, 8
  %157 = add i64 %156, 0
  %158 = add i64 %9, %157
  %159 = mul i64 %8, 8
  %160 = add i64 %159, 0
  %161 = mul i64 %160, 144
  %162 = mul i64 %7, 12
  %163 = add i64 %162, %ws
  %164 = add i64 %161, %163
  %165 = getelementptr inbounds float, float* %1, i64 %158
  %166 = load float, float* %165, align 4
  %167 = getelementptr inbounds float, float* %0, i64 %164
  store float %166, float* %167, align 4
  %168 = mul i64 %ws, 8
  %169 = add i64 %168, 1
  %170 = add i64 %9, %169
  %171 = mul i64 %8, 8
  %172 = add i64 %171, 1
  %173 = mul i64 %172, 144
  %174 = mul i64 %7, 12
  %175 = add i64 %174, %ws
  %176 = add i64 %173, %175
  %177 = getelementptr inbounds float, float* %1, i64 %170
  %178 = load float, float* %177, align 4
  %179 = getelementptr inbounds float, float* %0, i64 %176
  store float %178, float* %179, align 4
  %180 = mul i64 %ws, 8
  %181 = add i64 %180, 2
  %182 = add i64 %9, %181
  %183 = mul i64 %8, 8
  %184 = add i64 %183, 2
  %185 = mul i64 %184, 144
  %186 = mul i64 %7, 12
  %187 = add i64 %186, %ws
  %188 = add i64 %185, %187
  %189 = getelementptr inbounds float, float* %1, i64 %182
  %190 = load float, float* %189, align 4
  %191 = getelementptr inbounds float, float* %0, i64 %188
  store float %190, float* %191, align 4
  %192 = mul i64 %ws, 8
  %193 = add i64 %192, 3
  %194 = add i64 %9, %193
  %195 = mul i64 %8, 8
  %196 = add i64 %195, 3
  %197 = mul i64 %196, 144
  %198 = mul i64 %7, 12
  %199 = add i64 %198, %ws
  %200 = add i64 %197, %199
  %201 = getelementptr inbounds float, float* %1, i64 %194
  %202 = load float, float* %201, align 4
  %203 = getelementptr inbounds float, float* %0, i64 %200
  store float %202, float* %203, align 4
  %204 = mul i64 %ws, 8
  %205 = add i64 %204, 4
  %206 = add i64 %9, %205
  %207 = mul i64 %8, 8
  %208 = add i64 %207, 4
  %209 = mul i64 %208, 144
  %210 = mul i64 %7, 12
  %211 = add i64 %210, %ws
  %212 = add i64 %209, %211
  %213 = getelementptr inbounds float, float* %1, i64 %206
  %214 = load float, float* %213, align 4
  %215 = getelementptr inbounds float, float* %0, i64 %212
  store float %214, float* %215, align 4
  %216 = mul i64 %ws, 8
  %217 = add i64 %216, 5
  %218 = add i64 %9, %217
  %219 = mul i64 %8, 8
  %220 = add i64 %219, 5
  %221 = mul i64 %220, 144
  %222 = mul i64 %7, 12
  %223 = add i64 %222, %ws
  %224 = add i64 %221, %223
  %225 = getelementptr inbounds float, float* %1, i64 %218
  %226 = load float, float* %225, align 4
  %227 = getelementptr inbounds float, float* %0, i64 %224
  store float %226, float* %227, align 4
  %228 = mul i64 %ws, 8
  %229 = add i64 %228, 6
  %230 = add i64 %9, %229
  %231 = mul i64 %8, 8
  %232 = add i64 %231, 6
  %233 = mul i64 %232, 144
  %234 = mul i64 %7, 12
  %235 = add i64 %234, %ws
  %236 = add i64 %233, %235
  %237 = getelementptr inbounds float, float* %1, i64 %230
  %238 = load float, float* %237, align 4
  %239 = getelementptr inbounds float, float* %0, i64 %236
  store float %238, float* %239, align 4
  %240 = mul i64 %ws, 8
  %241 = add i64 %240, 7
  %242 = add i64 %9, %241
  %243 = mul i64 %8, 8
  %244 = add i64 %243, 7
  %245 = mul i64 %244, 144
  %246 = mul i64 %7, 12
  %247 = add i64 %246, %ws
  %248 = add i64 %245, %247
  %249 = getelementptr inbounds float, float* %1, i64 %242
  %250 = load float, float* %249, align 4
  %251 = getelementptr inbounds float, float* %0, i64 %248
  store float %250, float* %251, align 4
  %ws.next = add i64 %ws, 1
  br label %ws.header

ws.exit:                                          ; preds = %ws.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node3.maxPool2d_1.nchw.step0(i8* %0) #2 {
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
  %19 = add i64 96, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 96
  %23 = select i1 %22, i64 %21, i64 96
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 96
  %26 = select i1 %25, i64 %24, i64 96
  call void @node3.maxPool2d_1.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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

; Function Attrs: nounwind
define internal void @node5.dense_1.step0(i8* %0) #2 {
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
  call void @node5.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #4

; Function Attrs: nounwind
define internal void @node6.dense_2.step0(i8* %0) #2 {
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
  call void @node6.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.dense_2.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #1

; Function Attrs: nounwind
define internal void @node7.dense_2.softmax.step0(i8* %0) #2 {
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
  call void @node7.dense_2.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @mnist_cnn_run(i8** %0, i8** %1, i8* %2) #2 {
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
  %fresh = call i8* @malloc(i64 731711)
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
  %18 = getelementptr inbounds i8, i8* %workspace7, i64 645120
  %19 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %19, align 8
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %input0, i8** %20, align 8
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %22, align 8
  %23 = bitcast [6 x i8*]* %args to i8*
  %24 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1152 x i8], [1152 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %24, align 8
  %25 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %25, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step0, i8* %23, i32 0, i32 0)
  %26 = getelementptr inbounds i8, i8* %workspace7, i64 497664
  %27 = getelementptr inbounds i8, i8* %workspace7, i64 645120
  %28 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %26, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %27, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %28, i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %32, align 8
  %33 = bitcast [6 x i8*]* %args to i8*
  call void @node1.conv2d_2.step0(i8* %33)
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([294912 x i8], [294912 x i8]* @weight.conv2d_2.winograd, i32 0, i32 0), i8** %34, align 8
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step1, i8* %33, i32 0, i32 0)
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %35, align 8
  call void @node1.conv2d_2.step2(i8* %33)
  %36 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %37 = getelementptr inbounds i8, i8* %workspace7, i64 497664
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %36, i8** %38, align 8
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %37, i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %40, align 8
  %41 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %41, align 8
  %42 = bitcast [6 x i8*]* %args to i8*
  call void @node2.maxPool2d_1.step0(i8* %42)
  %43 = getelementptr inbounds i8, i8* %workspace7, i64 36864
  %44 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %45 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %43, i8** %45, align 8
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %44, i8** %46, align 8
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %47, align 8
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %48, align 8
  %49 = bitcast [6 x i8*]* %args to i8*
  call void @node3.maxPool2d_1.nchw.step0(i8* %49)
  %50 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %51 = getelementptr inbounds i8, i8* %workspace7, i64 36864
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %50, i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %51, i8** %53, align 8
  %54 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %54, align 8
  %55 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %55, align 8
  %56 = bitcast [6 x i8*]* %args to i8*
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4718592 x i8], [4718592 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %57, align 8
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %58, align 8
  call void @GOMP_parallel(void (i8*)* @node5.dense_1.step0, i8* %56, i32 0, i32 0)
  %59 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %60, align 8
  %61 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %59, i8** %61, align 8
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %62, align 8
  %63 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %63, align 8
  %64 = bitcast [6 x i8*]* %args to i8*
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([8192 x i8], [8192 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %65, align 8
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([40 x i8], [40 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %66, align 8
  call void @node6.dense_2.step0(i8* %64)
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %68, align 8
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %69, align 8
  %70 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %70, align 8
  %71 = bitcast [6 x i8*]* %args to i8*
  call void @node7.dense_2.softmax.step0(i8* %71)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @mnist_cnn_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @mnist_cnn_workspace_size() #5 {
entry:
  ret i64 731711
}

; Function Attrs: nounwind
define i32 @mnist_cnn_infer(i8* %0, i8* %1, i8* %2) #5 {
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
attributes #2 = { nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #4 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #5 = { nounwind }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
!3 = distinct !{!3, !1}
!4 = distinct !{!4, !1}
!5 = distinct !{!5, !1}
