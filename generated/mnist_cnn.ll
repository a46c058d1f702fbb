; mnist_cnn: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'mnist_cnn'
source_filename = "mnist_cnn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [1152 x i8], align 64
@weight.conv2d_1.bias = external constant [128 x i8], align 64
@weight.conv2d_2.packed = external constant [73728 x i8], align 64
@weight.conv2d_2.bias = external constant [256 x i8], align 64
@weight.dense_1.weight = external constant [4718592 x i8], align 64
@weight.dense_1.bias = external constant [512 x i8], align 64
@weight.dense_2.weight = external constant [5120 x i8], align 64
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
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([10 x i8], [10 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 234047, i64 11992448 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare i8* @malloc(i64)

declare void @free(i8*)

; Function Attrs: alwaysinline nounwind
define internal void @node0.conv2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %u.exit8, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit8 ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 2
  %24 = sdiv i64 %task, 2
  %25 = srem i64 %24, 26
  %26 = sdiv i64 %task, 52
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 4
  %30 = mul i64 %23, 2
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 1
  %33 = mul i64 %27, 1
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 784
  %36 = mul i64 %27, 4
  %37 = mul i64 %23, 2
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 72
  %40 = mul i64 %25, 1
  %41 = sub i64 %40, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %42 = icmp slt i64 %x, 24
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = add i64 %31, 0
  %44 = mul i64 %43, 8
  %45 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  store <8 x float> %47, <8 x float>* %21, align 32
  store <8 x float> %47, <8 x float>* %20, align 32
  store <8 x float> %47, <8 x float>* %19, align 32
  store <8 x float> %47, <8 x float>* %18, align 32
  store <8 x float> %47, <8 x float>* %17, align 32
  store <8 x float> %47, <8 x float>* %16, align 32
  %48 = add i64 %31, 1
  %49 = mul i64 %48, 8
  %50 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  store <8 x float> %52, <8 x float>* %15, align 32
  store <8 x float> %52, <8 x float>* %14, align 32
  store <8 x float> %52, <8 x float>* %13, align 32
  store <8 x float> %52, <8 x float>* %12, align 32
  store <8 x float> %52, <8 x float>* %11, align 32
  store <8 x float> %52, <8 x float>* %10, align 32
  %53 = mul i64 %x, 1
  %54 = sub i64 %53, 0
  br label %u.header

x.exit:                                           ; preds = %x.header
  %55 = add i64 %31, 0
  %56 = mul i64 %55, 8
  %57 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  store <8 x float> %59, <8 x float>* %9, align 32
  store <8 x float> %59, <8 x float>* %8, align 32
  %60 = add i64 %31, 1
  %61 = mul i64 %60, 8
  %62 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  store <8 x float> %64, <8 x float>* %7, align 32
  store <8 x float> %64, <8 x float>* %6, align 32
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %65 = icmp slt i64 %u, 1
  br i1 %65, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %66 = mul i64 %u, 784
  %67 = add i64 %35, %66
  %68 = mul i64 %u, 72
  %69 = add i64 %39, %68
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %70 = add i64 %x, 0
  %71 = mul i64 %28, 4
  %72 = add i64 %71, %31
  %73 = add i64 %72, 0
  %74 = mul i64 %73, 26
  %75 = add i64 %74, %25
  %76 = mul i64 %75, 26
  %77 = add i64 %76, %70
  %78 = mul i64 %77, 8
  %79 = load <8 x float>, <8 x float>* %21, align 32
  %80 = fcmp ogt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> %79, <8 x float> zeroinitializer
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %x, 1
  %85 = mul i64 %28, 4
  %86 = add i64 %85, %31
  %87 = add i64 %86, 0
  %88 = mul i64 %87, 26
  %89 = add i64 %88, %25
  %90 = mul i64 %89, 26
  %91 = add i64 %90, %84
  %92 = mul i64 %91, 8
  %93 = load <8 x float>, <8 x float>* %20, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = getelementptr inbounds float, float* %0, i64 %92
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %95, <8 x float>* %97, align 4
  %98 = add i64 %x, 2
  %99 = mul i64 %28, 4
  %100 = add i64 %99, %31
  %101 = add i64 %100, 0
  %102 = mul i64 %101, 26
  %103 = add i64 %102, %25
  %104 = mul i64 %103, 26
  %105 = add i64 %104, %98
  %106 = mul i64 %105, 8
  %107 = load <8 x float>, <8 x float>* %19, align 32
  %108 = fcmp ogt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> %107, <8 x float> zeroinitializer
  %110 = getelementptr inbounds float, float* %0, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  %112 = add i64 %x, 3
  %113 = mul i64 %28, 4
  %114 = add i64 %113, %31
  %115 = add i64 %114, 0
  %116 = mul i64 %115, 26
  %117 = add i64 %116, %25
  %118 = mul i64 %117, 26
  %119 = add i64 %118, %112
  %120 = mul i64 %119, 8
  %121 = load <8 x float>, <8 x float>* %18, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = getelementptr inbounds float, float* %0, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %126 = add i64 %x, 4
  %127 = mul i64 %28, 4
  %128 = add i64 %127, %31
  %129 = add i64 %128, 0
  %130 = mul i64 %129, 26
  %131 = add i64 %130, %25
  %132 = mul i64 %131, 26
  %133 = add i64 %132, %126
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %17, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = add i64 %x, 5
  %141 = mul i64 %28, 4
  %142 = add i64 %141, %31
  %143 = add i64 %142, 0
  %144 = mul i64 %143, 26
  %145 = add i64 %144, %25
  %146 = mul i64 %145, 26
  %147 = add i64 %146, %140
  %148 = mul i64 %147, 8
  %149 = load <8 x float>, <8 x float>* %16, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = getelementptr inbounds float, float* %0, i64 %148
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = add i64 %x, 0
  %155 = mul i64 %28, 4
  %156 = add i64 %155, %31
  %157 = add i64 %156, 1
  %158 = mul i64 %157, 26
  %159 = add i64 %158, %25
  %160 = mul i64 %159, 26
  %161 = add i64 %160, %154
  %162 = mul i64 %161, 8
  %163 = load <8 x float>, <8 x float>* %15, align 32
  %164 = fcmp ogt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> %163, <8 x float> zeroinitializer
  %166 = getelementptr inbounds float, float* %0, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 1
  %169 = mul i64 %28, 4
  %170 = add i64 %169, %31
  %171 = add i64 %170, 1
  %172 = mul i64 %171, 26
  %173 = add i64 %172, %25
  %174 = mul i64 %173, 26
  %175 = add i64 %174, %168
  %176 = mul i64 %175, 8
  %177 = load <8 x float>, <8 x float>* %14, align 32
  %178 = fcmp ogt <8 x float> %177, zeroinitializer
  %179 = select <8 x i1> %178, <8 x float> %177, <8 x float> zeroinitializer
  %180 = getelementptr inbounds float, float* %0, i64 %176
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %179, <8 x float>* %181, align 4
  %182 = add i64 %x, 2
  %183 = mul i64 %28, 4
  %184 = add i64 %183, %31
  %185 = add i64 %184, 1
  %186 = mul i64 %185, 26
  %187 = add i64 %186, %25
  %188 = mul i64 %187, 26
  %189 = add i64 %188, %182
  %190 = mul i64 %189, 8
  %191 = load <8 x float>, <8 x float>* %13, align 32
  %192 = fcmp ogt <8 x float> %191, zeroinitializer
  %193 = select <8 x i1> %192, <8 x float> %191, <8 x float> zeroinitializer
  %194 = getelementptr inbounds float, float* %0, i64 %190
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %193, <8 x float>* %195, align 4
  %196 = add i64 %x, 3
  %197 = mul i64 %28, 4
  %198 = add i64 %197, %31
  %199 = add i64 %198, 1
  %200 = mul i64 %199, 26
  %201 = add i64 %200, %25
  %202 = mul i64 %201, 26
  %203 = add i64 %202, %196
  %204 = mul i64 %203, 8
  %205 = load <8 x float>, <8 x float>* %12, align 32
  %206 = fcmp ogt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> %205, <8 x float> zeroinitializer
  %208 = getelementptr inbounds float, float* %0, i64 %204
  %209 = bitcast float* %208 to <8 x float>*
  store <8 x float> %207, <8 x float>* %209, align 4
  %210 = add i64 %x, 4
  %211 = mul i64 %28, 4
  %212 = add i64 %211, %31
  %213 = add i64 %212, 1
  %214 = mul i64 %213, 26
  %215 = add i64 %214, %25
  %216 = mul i64 %215, 26
  %217 = add i64 %216, %210
  %218 = mul i64 %217, 8
  %219 = load <8 x float>, <8 x float>* %11, align 32
  %220 = fcmp ogt <8 x float> %219, zeroinitializer
  %221 = select <8 x i1> %220, <8 x float> %219, <8 x float> zeroinitializer
  %222 = getelementptr inbounds float, float* %0, i64 %218
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %221, <8 x float>* %223, align 4
  %224 = add i64 %x, 5
  %225 = mul i64 %28, 4
  %226 = add i64 %225, %31
  %227 = add i64 %226, 1
  %228 = mul i64 %227, 26
  %229 = add i64 %228, %25
  %230 = mul i64 %229, 26
  %231 = add i64 %230, %224
  %232 = mul i64 %231, 8
  %233 = load <8 x float>, <8 x float>* %10, align 32
  %234 = fcmp ogt <8 x float> %233, zeroinitializer
  %235 = select <8 x i1> %234, <8 x float> %233, <8 x float> zeroinitializer
  %236 = getelementptr inbounds float, float* %0, i64 %232
  %237 = bitcast float* %236 to <8 x float>*
  store <8 x float> %235, <8 x float>* %237, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %238 = icmp slt i64 %kh, 3
  br i1 %238, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %239 = mul i64 %kh, 1
  %240 = add i64 %41, %239
  %241 = icmp sge i64 %240, 0
  %242 = icmp slt i64 %240, 28
  %243 = and i1 %241, %242
  br i1 %243, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %244 = mul i64 %240, 28
  %245 = add i64 %67, %244
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %246 = icmp slt i64 %kw, 3
  br i1 %246, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %247 = mul i64 %kw, 1
  %248 = add i64 %54, %247
  %249 = mul i64 %kh, 3
  %250 = add i64 %249, %kw
  %251 = mul i64 %250, 8
  %252 = add i64 %69, %251
  %253 = add i64 %252, 0
  %254 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.packed to float*), i64 %253
  %255 = bitcast float* %254 to <8 x float>*
  %256 = load <8 x float>, <8 x float>* %255, align 4
  %257 = add i64 %252, 72
  %258 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.packed to float*), i64 %257
  %259 = bitcast float* %258 to <8 x float>*
  %260 = load <8 x float>, <8 x float>* %259, align 4
  %261 = add i64 %248, 0
  %262 = mul i64 %261, 1
  %263 = add i64 %262, 0
  %264 = add i64 %245, %263
  %265 = getelementptr inbounds float, float* %1, i64 %264
  %266 = load float, float* %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %splat = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %268 = load <8 x float>, <8 x float>* %21, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %256, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %21, align 32
  %270 = load <8 x float>, <8 x float>* %15, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %260, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %15, align 32
  %272 = add i64 %248, 1
  %273 = mul i64 %272, 1
  %274 = add i64 %273, 0
  %275 = add i64 %245, %274
  %276 = getelementptr inbounds float, float* %1, i64 %275
  %277 = load float, float* %276, align 4
  %278 = insertelement <8 x float> undef, float %277, i32 0
  %splat1 = shufflevector <8 x float> %278, <8 x float> undef, <8 x i32> zeroinitializer
  %279 = load <8 x float>, <8 x float>* %20, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %256, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %20, align 32
  %281 = load <8 x float>, <8 x float>* %14, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %260, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %14, align 32
  %283 = add i64 %248, 2
  %284 = mul i64 %283, 1
  %285 = add i64 %284, 0
  %286 = add i64 %245, %285
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat2 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %19, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %256, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %19, align 32
  %292 = load <8 x float>, <8 x float>* %13, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %260, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %13, align 32
  %294 = add i64 %248, 3
  %295 = mul i64 %294, 1
  %296 = add i64 %295, 0
  %297 = add i64 %245, %296
  %298 = getelementptr inbounds float, float* %1, i64 %297
  %299 = load float, float* %298, align 4
  %300 = insertelement <8 x float> undef, float %299, i32 0
  %splat3 = shufflevector <8 x float> %300, <8 x float> undef, <8 x i32> zeroinitializer
  %301 = load <8 x float>, <8 x float>* %18, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %256, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %18, align 32
  %303 = load <8 x float>, <8 x float>* %12, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %260, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %12, align 32
  %305 = add i64 %248, 4
  %306 = mul i64 %305, 1
  %307 = add i64 %306, 0
  %308 = add i64 %245, %307
  %309 = getelementptr inbounds float, float* %1, i64 %308
  %310 = load float, float* %309, align 4
  %311 = insertelement <8 x float> undef, float %310, i32 0
  %splat4 = shufflevector <8 x float> %311, <8 x float> undef, <8 x i32> zeroinitializer
  %312 = load <8 x float>, <8 x float>* %17, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %256, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %17, align 32
  %314 = load <8 x float>, <8 x float>* %11, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %260, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %11, align 32
  %316 = add i64 %248, 5
  %317 = mul i64 %316, 1
  %318 = add i64 %317, 0
  %319 = add i64 %245, %318
  %320 = getelementptr inbounds float, float* %1, i64 %319
  %321 = load float, float* %320, align 4
  %322 = insertelement <8 x float> undef, float %321, i32 0
  %splat5 = shufflevector <8 x float> %322, <8 x float> undef, <8 x i32> zeroinitializer
  %323 = load <8 x float>, <8 x float>* %16, align 32
  %324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %256, <8 x float> %323)
  store <8 x float> %324, <8 x float>* %16, align 32
  %325 = load <8 x float>, <8 x float>* %10, align 32
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %260, <8 x float> %325)
  store <8 x float> %326, <8 x float>* %10, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

u.header6:                                        ; preds = %kh.exit12, %x.exit
  %u9 = phi i64 [ 0, %x.exit ], [ %u.next24, %kh.exit12 ]
  %327 = icmp slt i64 %u9, 1
  br i1 %327, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %328 = mul i64 %u9, 784
  %329 = add i64 %35, %328
  %330 = mul i64 %u9, 72
  %331 = add i64 %39, %330
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %332 = mul i64 %28, 4
  %333 = add i64 %332, %31
  %334 = add i64 %333, 0
  %335 = mul i64 %334, 26
  %336 = add i64 %335, %25
  %337 = mul i64 %336, 26
  %338 = add i64 %337, 24
  %339 = mul i64 %338, 8
  %340 = load <8 x float>, <8 x float>* %9, align 32
  %341 = fcmp ogt <8 x float> %340, zeroinitializer
  %342 = select <8 x i1> %341, <8 x float> %340, <8 x float> zeroinitializer
  %343 = getelementptr inbounds float, float* %0, i64 %339
  %344 = bitcast float* %343 to <8 x float>*
  store <8 x float> %342, <8 x float>* %344, align 4
  %345 = mul i64 %28, 4
  %346 = add i64 %345, %31
  %347 = add i64 %346, 0
  %348 = mul i64 %347, 26
  %349 = add i64 %348, %25
  %350 = mul i64 %349, 26
  %351 = add i64 %350, 25
  %352 = mul i64 %351, 8
  %353 = load <8 x float>, <8 x float>* %8, align 32
  %354 = fcmp ogt <8 x float> %353, zeroinitializer
  %355 = select <8 x i1> %354, <8 x float> %353, <8 x float> zeroinitializer
  %356 = getelementptr inbounds float, float* %0, i64 %352
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %355, <8 x float>* %357, align 4
  %358 = mul i64 %28, 4
  %359 = add i64 %358, %31
  %360 = add i64 %359, 1
  %361 = mul i64 %360, 26
  %362 = add i64 %361, %25
  %363 = mul i64 %362, 26
  %364 = add i64 %363, 24
  %365 = mul i64 %364, 8
  %366 = load <8 x float>, <8 x float>* %7, align 32
  %367 = fcmp ogt <8 x float> %366, zeroinitializer
  %368 = select <8 x i1> %367, <8 x float> %366, <8 x float> zeroinitializer
  %369 = getelementptr inbounds float, float* %0, i64 %365
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %368, <8 x float>* %370, align 4
  %371 = mul i64 %28, 4
  %372 = add i64 %371, %31
  %373 = add i64 %372, 1
  %374 = mul i64 %373, 26
  %375 = add i64 %374, %25
  %376 = mul i64 %375, 26
  %377 = add i64 %376, 25
  %378 = mul i64 %377, 8
  %379 = load <8 x float>, <8 x float>* %6, align 32
  %380 = fcmp ogt <8 x float> %379, zeroinitializer
  %381 = select <8 x i1> %380, <8 x float> %379, <8 x float> zeroinitializer
  %382 = getelementptr inbounds float, float* %0, i64 %378
  %383 = bitcast float* %382 to <8 x float>*
  store <8 x float> %381, <8 x float>* %383, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header10:                                      ; preds = %endif15, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next23, %endif15 ]
  %384 = icmp slt i64 %kh13, 3
  br i1 %384, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %385 = mul i64 %kh13, 1
  %386 = add i64 %41, %385
  %387 = icmp sge i64 %386, 0
  %388 = icmp slt i64 %386, 28
  %389 = and i1 %387, %388
  br i1 %389, label %then14, label %endif15

kh.exit12:                                        ; preds = %kh.header10
  %u.next24 = add i64 %u9, 1
  br label %u.header6

then14:                                           ; preds = %kh.body11
  %390 = mul i64 %386, 28
  %391 = add i64 %329, %390
  br label %kw.header16

endif15:                                          ; preds = %kw.exit18, %kh.body11
  %kh.next23 = add i64 %kh13, 1
  br label %kh.header10

kw.header16:                                      ; preds = %kw.body17, %then14
  %kw19 = phi i64 [ 0, %then14 ], [ %kw.next22, %kw.body17 ]
  %392 = icmp slt i64 %kw19, 3
  br i1 %392, label %kw.body17, label %kw.exit18

kw.body17:                                        ; preds = %kw.header16
  %393 = mul i64 %kw19, 1
  %394 = add i64 24, %393
  %395 = mul i64 %kh13, 3
  %396 = add i64 %395, %kw19
  %397 = mul i64 %396, 8
  %398 = add i64 %331, %397
  %399 = add i64 %398, 0
  %400 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.packed to float*), i64 %399
  %401 = bitcast float* %400 to <8 x float>*
  %402 = load <8 x float>, <8 x float>* %401, align 4
  %403 = add i64 %398, 72
  %404 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.packed to float*), i64 %403
  %405 = bitcast float* %404 to <8 x float>*
  %406 = load <8 x float>, <8 x float>* %405, align 4
  %407 = add i64 %394, 0
  %408 = mul i64 %407, 1
  %409 = add i64 %408, 0
  %410 = add i64 %391, %409
  %411 = getelementptr inbounds float, float* %1, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat20 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = load <8 x float>, <8 x float>* %9, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %402, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %9, align 32
  %416 = load <8 x float>, <8 x float>* %7, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %406, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %7, align 32
  %418 = add i64 %394, 1
  %419 = mul i64 %418, 1
  %420 = add i64 %419, 0
  %421 = add i64 %391, %420
  %422 = getelementptr inbounds float, float* %1, i64 %421
  %423 = load float, float* %422, align 4
  %424 = insertelement <8 x float> undef, float %423, i32 0
  %splat21 = shufflevector <8 x float> %424, <8 x float> undef, <8 x i32> zeroinitializer
  %425 = load <8 x float>, <8 x float>* %8, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %402, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %8, align 32
  %427 = load <8 x float>, <8 x float>* %6, align 32
  %428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %406, <8 x float> %427)
  store <8 x float> %428, <8 x float>* %6, align 32
  %kw.next22 = add i64 %kw19, 1
  br label %kw.header16

kw.exit18:                                        ; preds = %kw.header16
  br label %endif15
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
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 52, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 52
  %23 = select i1 %22, i64 %21, i64 52
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 52
  %26 = select i1 %25, i64 %24, i64 52
  call void @node0.conv2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %18 = icmp slt i64 %task, %5
  br i1 %18, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %19 = srem i64 %task, 4
  %20 = sdiv i64 %task, 4
  %21 = srem i64 %20, 24
  %22 = sdiv i64 %task, 96
  %23 = srem i64 %22, 1
  %24 = sdiv i64 %22, 1
  %25 = mul i64 %23, 8
  %26 = mul i64 %19, 2
  %27 = add i64 %25, %26
  %28 = mul i64 %24, 4
  %29 = mul i64 %23, 4
  %30 = add i64 %28, %29
  %31 = mul i64 %30, 5408
  %32 = mul i64 %23, 8
  %33 = mul i64 %19, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 2304
  %36 = mul i64 %21, 1
  %37 = sub i64 %36, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %38 = icmp slt i64 %x, 24
  br i1 %38, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %39 = add i64 %27, 0
  %40 = mul i64 %39, 8
  %41 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  store <8 x float> %43, <8 x float>* %17, align 32
  store <8 x float> %43, <8 x float>* %16, align 32
  store <8 x float> %43, <8 x float>* %15, align 32
  store <8 x float> %43, <8 x float>* %14, align 32
  store <8 x float> %43, <8 x float>* %13, align 32
  store <8 x float> %43, <8 x float>* %12, align 32
  %44 = add i64 %27, 1
  %45 = mul i64 %44, 8
  %46 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  store <8 x float> %48, <8 x float>* %11, align 32
  store <8 x float> %48, <8 x float>* %10, align 32
  store <8 x float> %48, <8 x float>* %9, align 32
  store <8 x float> %48, <8 x float>* %8, align 32
  store <8 x float> %48, <8 x float>* %7, align 32
  store <8 x float> %48, <8 x float>* %6, align 32
  %49 = mul i64 %x, 1
  %50 = sub i64 %49, 0
  br label %u.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %51 = icmp slt i64 %u, 4
  br i1 %51, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %52 = mul i64 %u, 5408
  %53 = add i64 %31, %52
  %54 = mul i64 %u, 576
  %55 = add i64 %35, %54
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %56 = add i64 %x, 0
  %57 = mul i64 %24, 8
  %58 = add i64 %57, %27
  %59 = add i64 %58, 0
  %60 = mul i64 %59, 24
  %61 = add i64 %60, %21
  %62 = mul i64 %61, 24
  %63 = add i64 %62, %56
  %64 = mul i64 %63, 8
  %65 = load <8 x float>, <8 x float>* %17, align 32
  %66 = fcmp ogt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> %65, <8 x float> zeroinitializer
  %68 = getelementptr inbounds float, float* %0, i64 %64
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add i64 %x, 1
  %71 = mul i64 %24, 8
  %72 = add i64 %71, %27
  %73 = add i64 %72, 0
  %74 = mul i64 %73, 24
  %75 = add i64 %74, %21
  %76 = mul i64 %75, 24
  %77 = add i64 %76, %70
  %78 = mul i64 %77, 8
  %79 = load <8 x float>, <8 x float>* %16, align 32
  %80 = fcmp ogt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> %79, <8 x float> zeroinitializer
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %x, 2
  %85 = mul i64 %24, 8
  %86 = add i64 %85, %27
  %87 = add i64 %86, 0
  %88 = mul i64 %87, 24
  %89 = add i64 %88, %21
  %90 = mul i64 %89, 24
  %91 = add i64 %90, %84
  %92 = mul i64 %91, 8
  %93 = load <8 x float>, <8 x float>* %15, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = getelementptr inbounds float, float* %0, i64 %92
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %95, <8 x float>* %97, align 4
  %98 = add i64 %x, 3
  %99 = mul i64 %24, 8
  %100 = add i64 %99, %27
  %101 = add i64 %100, 0
  %102 = mul i64 %101, 24
  %103 = add i64 %102, %21
  %104 = mul i64 %103, 24
  %105 = add i64 %104, %98
  %106 = mul i64 %105, 8
  %107 = load <8 x float>, <8 x float>* %14, align 32
  %108 = fcmp ogt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> %107, <8 x float> zeroinitializer
  %110 = getelementptr inbounds float, float* %0, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  %112 = add i64 %x, 4
  %113 = mul i64 %24, 8
  %114 = add i64 %113, %27
  %115 = add i64 %114, 0
  %116 = mul i64 %115, 24
  %117 = add i64 %116, %21
  %118 = mul i64 %117, 24
  %119 = add i64 %118, %112
  %120 = mul i64 %119, 8
  %121 = load <8 x float>, <8 x float>* %13, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = getelementptr inbounds float, float* %0, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %126 = add i64 %x, 5
  %127 = mul i64 %24, 8
  %128 = add i64 %127, %27
  %129 = add i64 %128, 0
  %130 = mul i64 %129, 24
  %131 = add i64 %130, %21
  %132 = mul i64 %131, 24
  %133 = add i64 %132, %126
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %12, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = add i64 %x, 0
  %141 = mul i64 %24, 8
  %142 = add i64 %141, %27
  %143 = add i64 %142, 1
  %144 = mul i64 %143, 24
  %145 = add i64 %144, %21
  %146 = mul i64 %145, 24
  %147 = add i64 %146, %140
  %148 = mul i64 %147, 8
  %149 = load <8 x float>, <8 x float>* %11, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = getelementptr inbounds float, float* %0, i64 %148
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = add i64 %x, 1
  %155 = mul i64 %24, 8
  %156 = add i64 %155, %27
  %157 = add i64 %156, 1
  %158 = mul i64 %157, 24
  %159 = add i64 %158, %21
  %160 = mul i64 %159, 24
  %161 = add i64 %160, %154
  %162 = mul i64 %161, 8
  %163 = load <8 x float>, <8 x float>* %10, align 32
  %164 = fcmp ogt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> %163, <8 x float> zeroinitializer
  %166 = getelementptr inbounds float, float* %0, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 2
  %169 = mul i64 %24, 8
  %170 = add i64 %169, %27
  %171 = add i64 %170, 1
  %172 = mul i64 %171, 24
  %173 = add i64 %172, %21
  %174 = mul i64 %173, 24
  %175 = add i64 %174, %168
  %176 = mul i64 %175, 8
  %177 = load <8 x float>, <8 x float>* %9, align 32
  %178 = fcmp ogt <8 x float> %177, zeroinitializer
  %179 = select <8 x i1> %178, <8 x float> %177, <8 x float> zeroinitializer
  %180 = getelementptr inbounds float, float* %0, i64 %176
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %179, <8 x float>* %181, align 4
  %182 = add i64 %x, 3
  %183 = mul i64 %24, 8
  %184 = add i64 %183, %27
  %185 = add i64 %184, 1
  %186 = mul i64 %185, 24
  %187 = add i64 %186, %21
  %188 = mul i64 %187, 24
  %189 = add i64 %188, %182
  %190 = mul i64 %189, 8
  %191 = load <8 x float>, <8 x float>* %8, align 32
  %192 = fcmp ogt <8 x float> %191, zeroinitializer
  %193 = select <8 x i1> %192, <8 x float> %191, <8 x float> zeroinitializer
  %194 = getelementptr inbounds float, float* %0, i64 %190
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %193, <8 x float>* %195, align 4
  %196 = add i64 %x, 4
  %197 = mul i64 %24, 8
  %198 = add i64 %197, %27
  %199 = add i64 %198, 1
  %200 = mul i64 %199, 24
  %201 = add i64 %200, %21
  %202 = mul i64 %201, 24
  %203 = add i64 %202, %196
  %204 = mul i64 %203, 8
  %205 = load <8 x float>, <8 x float>* %7, align 32
  %206 = fcmp ogt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> %205, <8 x float> zeroinitializer
  %208 = getelementptr inbounds float, float* %0, i64 %204
  %209 = bitcast float* %208 to <8 x float>*
  store <8 x float> %207, <8 x float>* %209, align 4
  %210 = add i64 %x, 5
  %211 = mul i64 %24, 8
  %212 = add i64 %211, %27
  %213 = add i64 %212, 1
  %214 = mul i64 %213, 24
  %215 = add i64 %214, %21
  %216 = mul i64 %215, 24
  %217 = add i64 %216, %210
  %218 = mul i64 %217, 8
  %219 = load <8 x float>, <8 x float>* %6, align 32
  %220 = fcmp ogt <8 x float> %219, zeroinitializer
  %221 = select <8 x i1> %220, <8 x float> %219, <8 x float> zeroinitializer
  %222 = getelementptr inbounds float, float* %0, i64 %218
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %221, <8 x float>* %223, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %224 = icmp slt i64 %kh, 3
  br i1 %224, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %225 = mul i64 %kh, 1
  %226 = add i64 %37, %225
  %227 = icmp sge i64 %226, 0
  %228 = icmp slt i64 %226, 26
  %229 = and i1 %227, %228
  br i1 %229, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %230 = mul i64 %226, 208
  %231 = add i64 %53, %230
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %232 = icmp slt i64 %kw, 3
  br i1 %232, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %233 = mul i64 %kw, 1
  %234 = add i64 %50, %233
  %235 = mul i64 %kh, 3
  %236 = add i64 %235, %kw
  %237 = mul i64 %236, 64
  %238 = add i64 %55, %237
  %239 = add i64 %238, 0
  %240 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = add i64 %238, 2304
  %244 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %243
  %245 = bitcast float* %244 to <8 x float>*
  %246 = load <8 x float>, <8 x float>* %245, align 4
  %247 = add i64 %234, 0
  %248 = mul i64 %247, 8
  %249 = add i64 %248, 0
  %250 = add i64 %231, %249
  %251 = getelementptr inbounds float, float* %1, i64 %250
  %252 = load float, float* %251, align 4
  %253 = insertelement <8 x float> undef, float %252, i32 0
  %splat = shufflevector <8 x float> %253, <8 x float> undef, <8 x i32> zeroinitializer
  %254 = load <8 x float>, <8 x float>* %17, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %242, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %17, align 32
  %256 = load <8 x float>, <8 x float>* %11, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %246, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %11, align 32
  %258 = add i64 %234, 1
  %259 = mul i64 %258, 8
  %260 = add i64 %259, 0
  %261 = add i64 %231, %260
  %262 = getelementptr inbounds float, float* %1, i64 %261
  %263 = load float, float* %262, align 4
  %264 = insertelement <8 x float> undef, float %263, i32 0
  %splat1 = shufflevector <8 x float> %264, <8 x float> undef, <8 x i32> zeroinitializer
  %265 = load <8 x float>, <8 x float>* %16, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %242, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %16, align 32
  %267 = load <8 x float>, <8 x float>* %10, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %246, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %10, align 32
  %269 = add i64 %234, 2
  %270 = mul i64 %269, 8
  %271 = add i64 %270, 0
  %272 = add i64 %231, %271
  %273 = getelementptr inbounds float, float* %1, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat2 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %15, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %242, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %15, align 32
  %278 = load <8 x float>, <8 x float>* %9, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %246, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %9, align 32
  %280 = add i64 %234, 3
  %281 = mul i64 %280, 8
  %282 = add i64 %281, 0
  %283 = add i64 %231, %282
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat3 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %14, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %242, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %14, align 32
  %289 = load <8 x float>, <8 x float>* %8, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %246, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %8, align 32
  %291 = add i64 %234, 4
  %292 = mul i64 %291, 8
  %293 = add i64 %292, 0
  %294 = add i64 %231, %293
  %295 = getelementptr inbounds float, float* %1, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat4 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %13, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %242, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %13, align 32
  %300 = load <8 x float>, <8 x float>* %7, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %246, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %7, align 32
  %302 = add i64 %234, 5
  %303 = mul i64 %302, 8
  %304 = add i64 %303, 0
  %305 = add i64 %231, %304
  %306 = getelementptr inbounds float, float* %1, i64 %305
  %307 = load float, float* %306, align 4
  %308 = insertelement <8 x float> undef, float %307, i32 0
  %splat5 = shufflevector <8 x float> %308, <8 x float> undef, <8 x i32> zeroinitializer
  %309 = load <8 x float>, <8 x float>* %12, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %242, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %12, align 32
  %311 = load <8 x float>, <8 x float>* %6, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %246, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %6, align 32
  %313 = add i64 %238, 8
  %314 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %313
  %315 = bitcast float* %314 to <8 x float>*
  %316 = load <8 x float>, <8 x float>* %315, align 4
  %317 = add i64 %238, 2312
  %318 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %317
  %319 = bitcast float* %318 to <8 x float>*
  %320 = load <8 x float>, <8 x float>* %319, align 4
  %321 = add i64 %234, 0
  %322 = mul i64 %321, 8
  %323 = add i64 %322, 1
  %324 = add i64 %231, %323
  %325 = getelementptr inbounds float, float* %1, i64 %324
  %326 = load float, float* %325, align 4
  %327 = insertelement <8 x float> undef, float %326, i32 0
  %splat6 = shufflevector <8 x float> %327, <8 x float> undef, <8 x i32> zeroinitializer
  %328 = load <8 x float>, <8 x float>* %17, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %316, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %17, align 32
  %330 = load <8 x float>, <8 x float>* %11, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %320, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %11, align 32
  %332 = add i64 %234, 1
  %333 = mul i64 %332, 8
  %334 = add i64 %333, 1
  %335 = add i64 %231, %334
  %336 = getelementptr inbounds float, float* %1, i64 %335
  %337 = load float, float* %336, align 4
  %338 = insertelement <8 x float> undef, float %337, i32 0
  %splat7 = shufflevector <8 x float> %338, <8 x float> undef, <8 x i32> zeroinitializer
  %339 = load <8 x float>, <8 x float>* %16, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %316, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %16, align 32
  %341 = load <8 x float>, <8 x float>* %10, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %320, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %10, align 32
  %343 = add i64 %234, 2
  %344 = mul i64 %343, 8
  %345 = add i64 %344, 1
  %346 = add i64 %231, %345
  %347 = getelementptr inbounds float, float* %1, i64 %346
  %348 = load float, float* %347, align 4
  %349 = insertelement <8 x float> undef, float %348, i32 0
  %splat8 = shufflevector <8 x float> %349, <8 x float> undef, <8 x i32> zeroinitializer
  %350 = load <8 x float>, <8 x float>* %15, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %316, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %15, align 32
  %352 = load <8 x float>, <8 x float>* %9, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %320, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %9, align 32
  %354 = add i64 %234, 3
  %355 = mul i64 %354, 8
  %356 = add i64 %355, 1
  %357 = add i64 %231, %356
  %358 = getelementptr inbounds float, float* %1, i64 %357
  %359 = load float, float* %358, align 4
  %360 = insertelement <8 x float> undef, float %359, i32 0
  %splat9 = shufflevector <8 x float> %360, <8 x float> undef, <8 x i32> zeroinitializer
  %361 = load <8 x float>, <8 x float>* %14, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %316, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %14, align 32
  %363 = load <8 x float>, <8 x float>* %8, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %320, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %8, align 32
  %365 = add i64 %234, 4
  %366 = mul i64 %365, 8
  %367 = add i64 %366, 1
  %368 = add i64 %231, %367
  %369 = getelementptr inbounds float, float* %1, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat10 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %13, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %316, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %13, align 32
  %374 = load <8 x float>, <8 x float>* %7, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %320, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %7, align 32
  %376 = add i64 %234, 5
  %377 = mul i64 %376, 8
  %378 = add i64 %377, 1
  %379 = add i64 %231, %378
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat11 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %12, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %316, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %12, align 32
  %385 = load <8 x float>, <8 x float>* %6, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %320, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %6, align 32
  %387 = add i64 %238, 16
  %388 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = add i64 %238, 2320
  %392 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  %394 = load <8 x float>, <8 x float>* %393, align 4
  %395 = add i64 %234, 0
  %396 = mul i64 %395, 8
  %397 = add i64 %396, 2
  %398 = add i64 %231, %397
  %399 = getelementptr inbounds float, float* %1, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat12 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %17, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %390, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %17, align 32
  %404 = load <8 x float>, <8 x float>* %11, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %394, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %11, align 32
  %406 = add i64 %234, 1
  %407 = mul i64 %406, 8
  %408 = add i64 %407, 2
  %409 = add i64 %231, %408
  %410 = getelementptr inbounds float, float* %1, i64 %409
  %411 = load float, float* %410, align 4
  %412 = insertelement <8 x float> undef, float %411, i32 0
  %splat13 = shufflevector <8 x float> %412, <8 x float> undef, <8 x i32> zeroinitializer
  %413 = load <8 x float>, <8 x float>* %16, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %390, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %16, align 32
  %415 = load <8 x float>, <8 x float>* %10, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %394, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %10, align 32
  %417 = add i64 %234, 2
  %418 = mul i64 %417, 8
  %419 = add i64 %418, 2
  %420 = add i64 %231, %419
  %421 = getelementptr inbounds float, float* %1, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat14 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %15, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %390, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %15, align 32
  %426 = load <8 x float>, <8 x float>* %9, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %394, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %9, align 32
  %428 = add i64 %234, 3
  %429 = mul i64 %428, 8
  %430 = add i64 %429, 2
  %431 = add i64 %231, %430
  %432 = getelementptr inbounds float, float* %1, i64 %431
  %433 = load float, float* %432, align 4
  %434 = insertelement <8 x float> undef, float %433, i32 0
  %splat15 = shufflevector <8 x float> %434, <8 x float> undef, <8 x i32> zeroinitializer
  %435 = load <8 x float>, <8 x float>* %14, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %390, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %14, align 32
  %437 = load <8 x float>, <8 x float>* %8, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %394, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %8, align 32
  %439 = add i64 %234, 4
  %440 = mul i64 %439, 8
  %441 = add i64 %440, 2
  %442 = add i64 %231, %441
  %443 = getelementptr inbounds float, float* %1, i64 %442
  %444 = load float, float* %443, align 4
  %445 = insertelement <8 x float> undef, float %444, i32 0
  %splat16 = shufflevector <8 x float> %445, <8 x float> undef, <8 x i32> zeroinitializer
  %446 = load <8 x float>, <8 x float>* %13, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %390, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %13, align 32
  %448 = load <8 x float>, <8 x float>* %7, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %394, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %7, align 32
  %450 = add i64 %234, 5
  %451 = mul i64 %450, 8
  %452 = add i64 %451, 2
  %453 = add i64 %231, %452
  %454 = getelementptr inbounds float, float* %1, i64 %453
  %455 = load float, float* %454, align 4
  %456 = insertelement <8 x float> undef, float %455, i32 0
  %splat17 = shufflevector <8 x float> %456, <8 x float> undef, <8 x i32> zeroinitializer
  %457 = load <8 x float>, <8 x float>* %12, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %390, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %12, align 32
  %459 = load <8 x float>, <8 x float>* %6, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %394, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %6, align 32
  %461 = add i64 %238, 24
  %462 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  %464 = load <8 x float>, <8 x float>* %463, align 4
  %465 = add i64 %238, 2328
  %466 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  %468 = load <8 x float>, <8 x float>* %467, align 4
  %469 = add i64 %234, 0
  %470 = mul i64 %469, 8
  %471 = add i64 %470, 3
  %472 = add i64 %231, %471
  %473 = getelementptr inbounds float, float* %1, i64 %472
  %474 = load float, float* %473, align 4
  %475 = insertelement <8 x float> undef, float %474, i32 0
  %splat18 = shufflevector <8 x float> %475, <8 x float> undef, <8 x i32> zeroinitializer
  %476 = load <8 x float>, <8 x float>* %17, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %464, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %17, align 32
  %478 = load <8 x float>, <8 x float>* %11, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %468, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %11, align 32
  %480 = add i64 %234, 1
  %481 = mul i64 %480, 8
  %482 = add i64 %481, 3
  %483 = add i64 %231, %482
  %484 = getelementptr inbounds float, float* %1, i64 %483
  %485 = load float, float* %484, align 4
  %486 = insertelement <8 x float> undef, float %485, i32 0
  %splat19 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %487 = load <8 x float>, <8 x float>* %16, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %464, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %16, align 32
  %489 = load <8 x float>, <8 x float>* %10, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %468, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %10, align 32
  %491 = add i64 %234, 2
  %492 = mul i64 %491, 8
  %493 = add i64 %492, 3
  %494 = add i64 %231, %493
  %495 = getelementptr inbounds float, float* %1, i64 %494
  %496 = load float, float* %495, align 4
  %497 = insertelement <8 x float> undef, float %496, i32 0
  %splat20 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %498 = load <8 x float>, <8 x float>* %15, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %464, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %15, align 32
  %500 = load <8 x float>, <8 x float>* %9, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %468, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %9, align 32
  %502 = add i64 %234, 3
  %503 = mul i64 %502, 8
  %504 = add i64 %503, 3
  %505 = add i64 %231, %504
  %506 = getelementptr inbounds float, float* %1, i64 %505
  %507 = load float, float* %506, align 4
  %508 = insertelement <8 x float> undef, float %507, i32 0
  %splat21 = shufflevector <8 x float> %508, <8 x float> undef, <8 x i32> zeroinitializer
  %509 = load <8 x float>, <8 x float>* %14, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %464, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %14, align 32
  %511 = load <8 x float>, <8 x float>* %8, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %468, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %8, align 32
  %513 = add i64 %234, 4
  %514 = mul i64 %513, 8
  %515 = add i64 %514, 3
  %516 = add i64 %231, %515
  %517 = getelementptr inbounds float, float* %1, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat22 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %13, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %464, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %13, align 32
  %522 = load <8 x float>, <8 x float>* %7, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %468, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %7, align 32
  %524 = add i64 %234, 5
  %525 = mul i64 %524, 8
  %526 = add i64 %525, 3
  %527 = add i64 %231, %526
  %528 = getelementptr inbounds float, float* %1, i64 %527
  %529 = load float, float* %528, align 4
  %530 = insertelement <8 x float> undef, float %529, i32 0
  %splat23 = shufflevector <8 x float> %530, <8 x float> undef, <8 x i32> zeroinitializer
  %531 = load <8 x float>, <8 x float>* %12, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %464, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %12, align 32
  %533 = load <8 x float>, <8 x float>* %6, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %468, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %6, align 32
  %535 = add i64 %238, 32
  %536 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %238, 2336
  %540 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 %234, 0
  %544 = mul i64 %543, 8
  %545 = add i64 %544, 4
  %546 = add i64 %231, %545
  %547 = getelementptr inbounds float, float* %1, i64 %546
  %548 = load float, float* %547, align 4
  %549 = insertelement <8 x float> undef, float %548, i32 0
  %splat24 = shufflevector <8 x float> %549, <8 x float> undef, <8 x i32> zeroinitializer
  %550 = load <8 x float>, <8 x float>* %17, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %538, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %17, align 32
  %552 = load <8 x float>, <8 x float>* %11, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %542, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %11, align 32
  %554 = add i64 %234, 1
  %555 = mul i64 %554, 8
  %556 = add i64 %555, 4
  %557 = add i64 %231, %556
  %558 = getelementptr inbounds float, float* %1, i64 %557
  %559 = load float, float* %558, align 4
  %560 = insertelement <8 x float> undef, float %559, i32 0
  %splat25 = shufflevector <8 x float> %560, <8 x float> undef, <8 x i32> zeroinitializer
  %561 = load <8 x float>, <8 x float>* %16, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %538, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %16, align 32
  %563 = load <8 x float>, <8 x float>* %10, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %542, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %10, align 32
  %565 = add i64 %234, 2
  %566 = mul i64 %565, 8
  %567 = add i64 %566, 4
  %568 = add i64 %231, %567
  %569 = getelementptr inbounds float, float* %1, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat26 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %15, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %538, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %15, align 32
  %574 = load <8 x float>, <8 x float>* %9, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %542, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %9, align 32
  %576 = add i64 %234, 3
  %577 = mul i64 %576, 8
  %578 = add i64 %577, 4
  %579 = add i64 %231, %578
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat27 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %14, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %538, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %14, align 32
  %585 = load <8 x float>, <8 x float>* %8, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %542, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %8, align 32
  %587 = add i64 %234, 4
  %588 = mul i64 %587, 8
  %589 = add i64 %588, 4
  %590 = add i64 %231, %589
  %591 = getelementptr inbounds float, float* %1, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat28 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %13, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %538, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %13, align 32
  %596 = load <8 x float>, <8 x float>* %7, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %542, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %7, align 32
  %598 = add i64 %234, 5
  %599 = mul i64 %598, 8
  %600 = add i64 %599, 4
  %601 = add i64 %231, %600
  %602 = getelementptr inbounds float, float* %1, i64 %601
  %603 = load float, float* %602, align 4
  %604 = insertelement <8 x float> undef, float %603, i32 0
  %splat29 = shufflevector <8 x float> %604, <8 x float> undef, <8 x i32> zeroinitializer
  %605 = load <8 x float>, <8 x float>* %12, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %538, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %12, align 32
  %607 = load <8 x float>, <8 x float>* %6, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %542, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %6, align 32
  %609 = add i64 %238, 40
  %610 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %609
  %611 = bitcast float* %610 to <8 x float>*
  %612 = load <8 x float>, <8 x float>* %611, align 4
  %613 = add i64 %238, 2344
  %614 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %613
  %615 = bitcast float* %614 to <8 x float>*
  %616 = load <8 x float>, <8 x float>* %615, align 4
  %617 = add i64 %234, 0
  %618 = mul i64 %617, 8
  %619 = add i64 %618, 5
  %620 = add i64 %231, %619
  %621 = getelementptr inbounds float, float* %1, i64 %620
  %622 = load float, float* %621, align 4
  %623 = insertelement <8 x float> undef, float %622, i32 0
  %splat30 = shufflevector <8 x float> %623, <8 x float> undef, <8 x i32> zeroinitializer
  %624 = load <8 x float>, <8 x float>* %17, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %612, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %17, align 32
  %626 = load <8 x float>, <8 x float>* %11, align 32
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %616, <8 x float> %626)
  store <8 x float> %627, <8 x float>* %11, align 32
  %628 = add i64 %234, 1
  %629 = mul i64 %628, 8
  %630 = add i64 %629, 5
  %631 = add i64 %231, %630
  %632 = getelementptr inbounds float, float* %1, i64 %631
  %633 = load float, float* %632, align 4
  %634 = insertelement <8 x float> undef, float %633, i32 0
  %splat31 = shufflevector <8 x float> %634, <8 x float> undef, <8 x i32> zeroinitializer
  %635 = load <8 x float>, <8 x float>* %16, align 32
  %636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %612, <8 x float> %635)
  store <8 x float> %636, <8 x float>* %16, align 32
  %637 = load <8 x float>, <8 x float>* %10, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %616, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %10, align 32
  %639 = add i64 %234, 2
  %640 = mul i64 %639, 8
  %641 = add i64 %640, 5
  %642 = add i64 %231, %641
  %643 = getelementptr inbounds float, float* %1, i64 %642
  %644 = load float, float* %643, align 4
  %645 = insertelement <8 x float> undef, float %644, i32 0
  %splat32 = shufflevector <8 x float> %645, <8 x float> undef, <8 x i32> zeroinitializer
  %646 = load <8 x float>, <8 x float>* %15, align 32
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %612, <8 x float> %646)
  store <8 x float> %647, <8 x float>* %15, align 32
  %648 = load <8 x float>, <8 x float>* %9, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %616, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %9, align 32
  %650 = add i64 %234, 3
  %651 = mul i64 %650, 8
  %652 = add i64 %651, 5
  %653 = add i64 %231, %652
  %654 = getelementptr inbounds float, float* %1, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat33 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %14, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %612, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %14, align 32
  %659 = load <8 x float>, <8 x float>* %8, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %616, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %8, align 32
  %661 = add i64 %234, 4
  %662 = mul i64 %661, 8
  %663 = add i64 %662, 5
  %664 = add i64 %231, %663
  %665 = getelementptr inbounds float, float* %1, i64 %664
  %666 = load float, float* %665, align 4
  %667 = insertelement <8 x float> undef, float %666, i32 0
  %splat34 = shufflevector <8 x float> %667, <8 x float> undef, <8 x i32> zeroinitializer
  %668 = load <8 x float>, <8 x float>* %13, align 32
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %612, <8 x float> %668)
  store <8 x float> %669, <8 x float>* %13, align 32
  %670 = load <8 x float>, <8 x float>* %7, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %616, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %7, align 32
  %672 = add i64 %234, 5
  %673 = mul i64 %672, 8
  %674 = add i64 %673, 5
  %675 = add i64 %231, %674
  %676 = getelementptr inbounds float, float* %1, i64 %675
  %677 = load float, float* %676, align 4
  %678 = insertelement <8 x float> undef, float %677, i32 0
  %splat35 = shufflevector <8 x float> %678, <8 x float> undef, <8 x i32> zeroinitializer
  %679 = load <8 x float>, <8 x float>* %12, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %612, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %12, align 32
  %681 = load <8 x float>, <8 x float>* %6, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %616, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %6, align 32
  %683 = add i64 %238, 48
  %684 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %683
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = add i64 %238, 2352
  %688 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %687
  %689 = bitcast float* %688 to <8 x float>*
  %690 = load <8 x float>, <8 x float>* %689, align 4
  %691 = add i64 %234, 0
  %692 = mul i64 %691, 8
  %693 = add i64 %692, 6
  %694 = add i64 %231, %693
  %695 = getelementptr inbounds float, float* %1, i64 %694
  %696 = load float, float* %695, align 4
  %697 = insertelement <8 x float> undef, float %696, i32 0
  %splat36 = shufflevector <8 x float> %697, <8 x float> undef, <8 x i32> zeroinitializer
  %698 = load <8 x float>, <8 x float>* %17, align 32
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %686, <8 x float> %698)
  store <8 x float> %699, <8 x float>* %17, align 32
  %700 = load <8 x float>, <8 x float>* %11, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %690, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %11, align 32
  %702 = add i64 %234, 1
  %703 = mul i64 %702, 8
  %704 = add i64 %703, 6
  %705 = add i64 %231, %704
  %706 = getelementptr inbounds float, float* %1, i64 %705
  %707 = load float, float* %706, align 4
  %708 = insertelement <8 x float> undef, float %707, i32 0
  %splat37 = shufflevector <8 x float> %708, <8 x float> undef, <8 x i32> zeroinitializer
  %709 = load <8 x float>, <8 x float>* %16, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %686, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %16, align 32
  %711 = load <8 x float>, <8 x float>* %10, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %690, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %10, align 32
  %713 = add i64 %234, 2
  %714 = mul i64 %713, 8
  %715 = add i64 %714, 6
  %716 = add i64 %231, %715
  %717 = getelementptr inbounds float, float* %1, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat38 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %15, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %686, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %15, align 32
  %722 = load <8 x float>, <8 x float>* %9, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %690, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %9, align 32
  %724 = add i64 %234, 3
  %725 = mul i64 %724, 8
  %726 = add i64 %725, 6
  %727 = add i64 %231, %726
  %728 = getelementptr inbounds float, float* %1, i64 %727
  %729 = load float, float* %728, align 4
  %730 = insertelement <8 x float> undef, float %729, i32 0
  %splat39 = shufflevector <8 x float> %730, <8 x float> undef, <8 x i32> zeroinitializer
  %731 = load <8 x float>, <8 x float>* %14, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %686, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %14, align 32
  %733 = load <8 x float>, <8 x float>* %8, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %690, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %8, align 32
  %735 = add i64 %234, 4
  %736 = mul i64 %735, 8
  %737 = add i64 %736, 6
  %738 = add i64 %231, %737
  %739 = getelementptr inbounds float, float* %1, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat40 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %13, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %686, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %13, align 32
  %744 = load <8 x float>, <8 x float>* %7, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %690, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %7, align 32
  %746 = add i64 %234, 5
  %747 = mul i64 %746, 8
  %748 = add i64 %747, 6
  %749 = add i64 %231, %748
  %750 = getelementptr inbounds float, float* %1, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat41 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %12, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %686, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %12, align 32
  %755 = load <8 x float>, <8 x float>* %6, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %690, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %6, align 32
  %757 = add i64 %238, 56
  %758 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %757
  %759 = bitcast float* %758 to <8 x float>*
  %760 = load <8 x float>, <8 x float>* %759, align 4
  %761 = add i64 %238, 2360
  %762 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %761
  %763 = bitcast float* %762 to <8 x float>*
  %764 = load <8 x float>, <8 x float>* %763, align 4
  %765 = add i64 %234, 0
  %766 = mul i64 %765, 8
  %767 = add i64 %766, 7
  %768 = add i64 %231, %767
  %769 = getelementptr inbounds float, float* %1, i64 %768
  %770 = load float, float* %769, align 4
  %771 = insertelement <8 x float> undef, float %770, i32 0
  %splat42 = shufflevector <8 x float> %771, <8 x float> undef, <8 x i32> zeroinitializer
  %772 = load <8 x float>, <8 x float>* %17, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %760, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %17, align 32
  %774 = load <8 x float>, <8 x float>* %11, align 32
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %764, <8 x float> %774)
  store <8 x float> %775, <8 x float>* %11, align 32
  %776 = add i64 %234, 1
  %777 = mul i64 %776, 8
  %778 = add i64 %777, 7
  %779 = add i64 %231, %778
  %780 = getelementptr inbounds float, float* %1, i64 %779
  %781 = load float, float* %780, align 4
  %782 = insertelement <8 x float> undef, float %781, i32 0
  %splat43 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
  %783 = load <8 x float>, <8 x float>* %16, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %760, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %16, align 32
  %785 = load <8 x float>, <8 x float>* %10, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %764, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %10, align 32
  %787 = add i64 %234, 2
  %788 = mul i64 %787, 8
  %789 = add i64 %788, 7
  %790 = add i64 %231, %789
  %791 = getelementptr inbounds float, float* %1, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat44 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %15, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %760, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %15, align 32
  %796 = load <8 x float>, <8 x float>* %9, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %764, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %9, align 32
  %798 = add i64 %234, 3
  %799 = mul i64 %798, 8
  %800 = add i64 %799, 7
  %801 = add i64 %231, %800
  %802 = getelementptr inbounds float, float* %1, i64 %801
  %803 = load float, float* %802, align 4
  %804 = insertelement <8 x float> undef, float %803, i32 0
  %splat45 = shufflevector <8 x float> %804, <8 x float> undef, <8 x i32> zeroinitializer
  %805 = load <8 x float>, <8 x float>* %14, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %760, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %14, align 32
  %807 = load <8 x float>, <8 x float>* %8, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %764, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %8, align 32
  %809 = add i64 %234, 4
  %810 = mul i64 %809, 8
  %811 = add i64 %810, 7
  %812 = add i64 %231, %811
  %813 = getelementptr inbounds float, float* %1, i64 %812
  %814 = load float, float* %813, align 4
  %815 = insertelement <8 x float> undef, float %814, i32 0
  %splat46 = shufflevector <8 x float> %815, <8 x float> undef, <8 x i32> zeroinitializer
  %816 = load <8 x float>, <8 x float>* %13, align 32
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %760, <8 x float> %816)
  store <8 x float> %817, <8 x float>* %13, align 32
  %818 = load <8 x float>, <8 x float>* %7, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %764, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %7, align 32
  %820 = add i64 %234, 5
  %821 = mul i64 %820, 8
  %822 = add i64 %821, 7
  %823 = add i64 %231, %822
  %824 = getelementptr inbounds float, float* %1, i64 %823
  %825 = load float, float* %824, align 4
  %826 = insertelement <8 x float> undef, float %825, i32 0
  %splat47 = shufflevector <8 x float> %826, <8 x float> undef, <8 x i32> zeroinitializer
  %827 = load <8 x float>, <8 x float>* %12, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %760, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %12, align 32
  %829 = load <8 x float>, <8 x float>* %6, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %764, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %6, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif
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
  %19 = add i64 96, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 96
  %23 = select i1 %22, i64 %21, i64 96
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 96
  %26 = select i1 %25, i64 %24, i64 96
  call void @node1.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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

task.header:                                      ; preds = %w.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %w.exit ]
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
  %10 = icmp slt i64 %w, 12
  br i1 %10, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %11 = mul i64 %8, 8
  %12 = add i64 %11, 0
  %13 = mul i64 %12, 144
  %14 = mul i64 %7, 12
  %15 = add i64 %14, %w
  %16 = add i64 %13, %15
  %17 = mul i64 %w, 8
  %18 = add i64 %17, 0
  %19 = add i64 %9, %18
  %20 = getelementptr inbounds float, float* %1, i64 %19
  %21 = load float, float* %20, align 4
  %22 = getelementptr inbounds float, float* %0, i64 %16
  store float %21, float* %22, align 4
  %23 = mul i64 %8, 8
  %24 = add i64 %23, 1
  %25 = mul i64 %24, 144
  %26 = mul i64 %7, 12
  %27 = add i64 %26, %w
  %28 = add i64 %25, %27
  %29 = mul i64 %w, 8
  %30 = add i64 %29, 1
  %31 = add i64 %9, %30
  %32 = getelementptr inbounds float, float* %1, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %0, i64 %28
  store float %33, float* %34, align 4
  %35 = mul i64 %8, 8
  %36 = add i64 %35, 2
  %37 = mul i64 %36, 144
  %38 = mul i64 %7, 12
  %39 = add i64 %38, %w
  %40 = add i64 %37, %39
  %41 = mul i64 %w, 8
  %42 = add i64 %41, 2
  %43 = add i64 %9, %42
  %44 = getelementptr inbounds float, float* %1, i64 %43
  %45 = load float, float* %44, align 4
  %46 = getelementptr inbounds float, float* %0, i64 %40
  store float %45, float* %46, align 4
  %47 = mul i64 %8, 8
  %48 = add i64 %47, 3
  %49 = mul i64 %48, 144
  %50 = mul i64 %7, 12
  %51 = add i64 %50, %w
  %52 = add i64 %49, %51
  %53 = mul i64 %w, 8
  %54 = add i64 %53, 3
  %55 = add i64 %9, %54
  %56 = getelementptr inbounds float, float* %1, i64 %55
  %57 = load float, float* %56, align 4
  %58 = getelementptr inbounds float, float* %0, i64 %52
  store float %57, float* %58, align 4
  %59 = mul i64 %8, 8
  %60 = add i64 %59, 4
  %61 = mul i64 %60, 144
  %62 = mul i64 %7, 12
  %63 = add i64 %62, %w
  %64 = add i64 %61, %63
  %65 = mul i64 %w, 8
  %66 = add i64 %65, 4
  %67 = add i64 %9, %66
  %68 = getelementptr inbounds float, float* %1, i64 %67
  %69 = load float, float* %68, align 4
  %70 = getelementptr inbounds float, float* %0, i64 %64
  store float %69, float* %70, align 4
  %71 = mul i64 %8, 8
  %72 = add i64 %71, 5
  %73 = mul i64 %72, 144
  %74 = mul i64 %7, 12
  %75 = add i64 %74, %w
  %76 = add i64 %73, %75
  %77 = mul i64 %w, 8
  %78 = add i64 %77, 5
  %79 = add i64 %9, %78
  %80 = getelementptr inbounds float, float* %1, i64 %79
  %81 = load float, float* %80, align 4
  %82 = getelementptr inbounds float, float* %0, i64 %76
  store float %81, float* %82, align 4
  %83 = mul i64 %8, 8
  %84 = add i64 %83, 6
  %85 = mul i64 %84, 144
  %86 = mul i64 %7, 12
  %87 = add i64 %86, %w
  %88 = add i64 %85, %87
  %89 = mul i64 %w, 8
  %90 = add i64 %89, 6
  %91 = add i64 %9, %90
  %92 = getelementptr inbounds float, float* %1, i64 %91
  %93 = load float, float* %92, align 4
  %94 = getelementptr inbounds float, float* %0, i64 %88
  store float %93, float* %94, align 4
  %95 = mul i64 %8, 8
  %96 = add i64 %95, 7
  %97 = mul i64 %96, 144
  %98 = mul i64 %7, 12
  %99 = add i64 %98, %w
  %100 = add i64 %97, %99
  %101 = mul i64 %w, 8
  %102 = add i64 %101, 7
  %103 = add i64 %9, %102
  %104 = getelementptr inbounds float, float* %1, i64 %103
  %105 = load float, float* %104, align 4
  %106 = getelementptr inbounds float, float* %0, i64 %100
  store float %105, float* %106, align 4
  %w.next = add i64 %w, 1
  br label %w.header

w.exit:                                           ; preds = %w.header
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
define internal void @node5.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 9216
  %12 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.dense_1.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 9216
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
  %16 = icmp slt i64 %k, 9216
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.dense_1.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.dense_1.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.dense_1.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.dense_1.weight to float*), i64 %51
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
  %k4 = phi i64 [ 9216, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 9216
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.dense_1.weight to float*), i64 %62
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
  %90 = fcmp ogt float %89, 0.000000e+00
  %91 = select i1 %90, float %89, float 0.000000e+00
  %92 = mul i64 %n, 128
  %93 = add i64 %92, %task
  %94 = getelementptr inbounds float, float* %0, i64 %93
  store float %91, float* %94, align 4
  %n.next = add i64 %n, 1
  br label %n.header
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
  call void @node5.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %12 = getelementptr inbounds float, float* bitcast ([40 x i8]* @weight.dense_2.bias to float*), i64 %task
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
  %19 = getelementptr inbounds float, float* bitcast ([5120 x i8]* @weight.dense_2.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([5120 x i8]* @weight.dense_2.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([5120 x i8]* @weight.dense_2.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([5120 x i8]* @weight.dense_2.weight to float*), i64 %51
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
  %63 = getelementptr inbounds float, float* bitcast ([5120 x i8]* @weight.dense_2.weight to float*), i64 %62
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
  %90 = mul i64 %n, 10
  %91 = add i64 %90, %task
  %92 = getelementptr inbounds float, float* %0, i64 %91
  store float %89, float* %92, align 4
  %n.next = add i64 %n, 1
  br label %n.header
}

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
  call void @node6.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %fresh = call i8* @malloc(i64 234047)
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
  %18 = getelementptr inbounds i8, i8* %workspace7, i64 147456
  %19 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %19, align 8
  %20 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %input0, i8** %20, align 8
  %21 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %21, align 8
  %22 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %22, align 8
  %23 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step0, i8* %23, i32 0, i32 0)
  %24 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %25 = getelementptr inbounds i8, i8* %workspace7, i64 147456
  %26 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %24, i8** %26, align 8
  %27 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %25, i8** %27, align 8
  %28 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %28, align 8
  %29 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %29, align 8
  %30 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step0, i8* %30, i32 0, i32 0)
  %31 = getelementptr inbounds i8, i8* %workspace7, i64 147456
  %32 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %33 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %31, i8** %33, align 8
  %34 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %32, i8** %34, align 8
  %35 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %35, align 8
  %36 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %36, align 8
  %37 = bitcast [4 x i8*]* %args to i8*
  call void @node2.maxPool2d_1.step0(i8* %37)
  %38 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %39 = getelementptr inbounds i8, i8* %workspace7, i64 147456
  %40 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %38, i8** %40, align 8
  %41 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %39, i8** %41, align 8
  %42 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %42, align 8
  %43 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %43, align 8
  %44 = bitcast [4 x i8*]* %args to i8*
  call void @node3.maxPool2d_1.nchw.step0(i8* %44)
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 36864
  %46 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %47 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %45, i8** %47, align 8
  %48 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %46, i8** %48, align 8
  %49 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %49, align 8
  %50 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %50, align 8
  %51 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node5.dense_1.step0, i8* %51, i32 0, i32 0)
  %52 = getelementptr inbounds i8, i8* %workspace7, i64 36864
  %53 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %53, align 8
  %54 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %52, i8** %54, align 8
  %55 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %55, align 8
  %56 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %56, align 8
  %57 = bitcast [4 x i8*]* %args to i8*
  call void @node6.dense_2.step0(i8* %57)
  %58 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %58, align 8
  %59 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %59, align 8
  %60 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %60, align 8
  %61 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %61, align 8
  %62 = bitcast [4 x i8*]* %args to i8*
  call void @node7.dense_2.softmax.step0(i8* %62)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @mnist_cnn_info() #3 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #3 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @mnist_cnn_workspace_size() #3 {
entry:
  ret i64 234047
}

; Function Attrs: nounwind
define i32 @mnist_cnn_infer(i8* %0, i8* %1, i8* %2) #3 {
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
attributes #3 = { nounwind }
