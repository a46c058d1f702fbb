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
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([10 x i8], [10 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 234047, i64 11992448 }

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
define internal void @node1.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %chunk.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %chunk.exit ]
  %20 = icmp slt i64 %task, %7
  br i1 %20, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %21 = srem i64 %task, 24
  %22 = sdiv i64 %task, 24
  %23 = srem i64 %22, 4
  %24 = mul i64 %21, 1
  %25 = sdiv i64 %task, 96
  %26 = srem i64 %25, 1
  %27 = sdiv i64 %25, 1
  %28 = mul i64 %26, 8
  %29 = mul i64 %23, 2
  %30 = add i64 %28, %29
  %31 = mul i64 %27, 4
  %32 = mul i64 %26, 4
  %33 = add i64 %31, %32
  %34 = mul i64 %33, 5408
  %35 = mul i64 %30, 2304
  %36 = mul i64 %24, 208
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %x.exit, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %x.exit ]
  %37 = icmp slt i64 %chunk, 2
  br i1 %37, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %u.exit ]
  %38 = icmp slt i64 %x, 24
  br i1 %38, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %39 = mul i64 %27, 8
  %40 = add i64 %39, %30
  %41 = add i64 %40, 0
  %42 = mul i64 %41, 24
  %43 = add i64 %42, %24
  %44 = mul i64 %43, 24
  %45 = add i64 %x, 0
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 8
  %48 = add i64 %x, 1
  %49 = add i64 %44, %48
  %50 = mul i64 %49, 8
  %51 = add i64 %x, 2
  %52 = add i64 %44, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %x, 3
  %55 = add i64 %44, %54
  %56 = mul i64 %55, 8
  %57 = add i64 %x, 4
  %58 = add i64 %44, %57
  %59 = mul i64 %58, 8
  %60 = add i64 %x, 5
  %61 = add i64 %44, %60
  %62 = mul i64 %61, 8
  %63 = mul i64 %27, 8
  %64 = add i64 %63, %30
  %65 = add i64 %64, 1
  %66 = mul i64 %65, 24
  %67 = add i64 %66, %24
  %68 = mul i64 %67, 24
  %69 = add i64 %x, 0
  %70 = add i64 %68, %69
  %71 = mul i64 %70, 8
  %72 = add i64 %x, 1
  %73 = add i64 %68, %72
  %74 = mul i64 %73, 8
  %75 = add i64 %x, 2
  %76 = add i64 %68, %75
  %77 = mul i64 %76, 8
  %78 = add i64 %x, 3
  %79 = add i64 %68, %78
  %80 = mul i64 %79, 8
  %81 = add i64 %x, 4
  %82 = add i64 %68, %81
  %83 = mul i64 %82, 8
  %84 = add i64 %x, 5
  %85 = add i64 %68, %84
  %86 = mul i64 %85, 8
  %87 = add i64 %30, 0
  %88 = mul i64 %87, 8
  %89 = getelementptr inbounds float, float* %5, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = add i64 %30, 1
  %93 = mul i64 %92, 8
  %94 = getelementptr inbounds float, float* %5, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = icmp eq i64 %chunk, 0
  %98 = getelementptr inbounds float, float* %0, i64 %47
  %99 = bitcast float* %98 to <8 x float>*
  %100 = load <8 x float>, <8 x float>* %99, align 4
  %101 = select i1 %97, <8 x float> %91, <8 x float> %100
  store <8 x float> %101, <8 x float>* %19, align 32
  %102 = getelementptr inbounds float, float* %0, i64 %50
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = select i1 %97, <8 x float> %91, <8 x float> %104
  store <8 x float> %105, <8 x float>* %18, align 32
  %106 = getelementptr inbounds float, float* %0, i64 %53
  %107 = bitcast float* %106 to <8 x float>*
  %108 = load <8 x float>, <8 x float>* %107, align 4
  %109 = select i1 %97, <8 x float> %91, <8 x float> %108
  store <8 x float> %109, <8 x float>* %17, align 32
  %110 = getelementptr inbounds float, float* %0, i64 %56
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = select i1 %97, <8 x float> %91, <8 x float> %112
  store <8 x float> %113, <8 x float>* %16, align 32
  %114 = getelementptr inbounds float, float* %0, i64 %59
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = select i1 %97, <8 x float> %91, <8 x float> %116
  store <8 x float> %117, <8 x float>* %15, align 32
  %118 = getelementptr inbounds float, float* %0, i64 %62
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = select i1 %97, <8 x float> %91, <8 x float> %120
  store <8 x float> %121, <8 x float>* %14, align 32
  %122 = getelementptr inbounds float, float* %0, i64 %71
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = select i1 %97, <8 x float> %96, <8 x float> %124
  store <8 x float> %125, <8 x float>* %13, align 32
  %126 = getelementptr inbounds float, float* %0, i64 %74
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = select i1 %97, <8 x float> %96, <8 x float> %128
  store <8 x float> %129, <8 x float>* %12, align 32
  %130 = getelementptr inbounds float, float* %0, i64 %77
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = select i1 %97, <8 x float> %96, <8 x float> %132
  store <8 x float> %133, <8 x float>* %11, align 32
  %134 = getelementptr inbounds float, float* %0, i64 %80
  %135 = bitcast float* %134 to <8 x float>*
  %136 = load <8 x float>, <8 x float>* %135, align 4
  %137 = select i1 %97, <8 x float> %96, <8 x float> %136
  store <8 x float> %137, <8 x float>* %10, align 32
  %138 = getelementptr inbounds float, float* %0, i64 %83
  %139 = bitcast float* %138 to <8 x float>*
  %140 = load <8 x float>, <8 x float>* %139, align 4
  %141 = select i1 %97, <8 x float> %96, <8 x float> %140
  store <8 x float> %141, <8 x float>* %9, align 32
  %142 = getelementptr inbounds float, float* %0, i64 %86
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = select i1 %97, <8 x float> %96, <8 x float> %144
  store <8 x float> %145, <8 x float>* %8, align 32
  %146 = mul i64 %x, 8
  %147 = add i64 %36, %146
  %148 = add i64 %34, %147
  %149 = mul i64 %chunk, 2
  br label %u.header

x.exit:                                           ; preds = %x.header
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !4

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %150 = icmp slt i64 %u, 2
  br i1 %150, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %151 = add i64 %149, %u
  %152 = mul i64 %151, 5408
  %153 = add i64 %148, %152
  %154 = mul i64 %151, 576
  %155 = add i64 %35, %154
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %156 = icmp eq i64 %chunk, 1
  %157 = load <8 x float>, <8 x float>* %19, align 32
  %158 = fcmp olt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> zeroinitializer, <8 x float> %157
  %160 = select i1 %156, <8 x float> %159, <8 x float> %157
  %161 = getelementptr inbounds float, float* %0, i64 %47
  %162 = bitcast float* %161 to <8 x float>*
  store <8 x float> %160, <8 x float>* %162, align 4
  %163 = load <8 x float>, <8 x float>* %18, align 32
  %164 = fcmp olt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> zeroinitializer, <8 x float> %163
  %166 = select i1 %156, <8 x float> %165, <8 x float> %163
  %167 = getelementptr inbounds float, float* %0, i64 %50
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %166, <8 x float>* %168, align 4
  %169 = load <8 x float>, <8 x float>* %17, align 32
  %170 = fcmp olt <8 x float> %169, zeroinitializer
  %171 = select <8 x i1> %170, <8 x float> zeroinitializer, <8 x float> %169
  %172 = select i1 %156, <8 x float> %171, <8 x float> %169
  %173 = getelementptr inbounds float, float* %0, i64 %53
  %174 = bitcast float* %173 to <8 x float>*
  store <8 x float> %172, <8 x float>* %174, align 4
  %175 = load <8 x float>, <8 x float>* %16, align 32
  %176 = fcmp olt <8 x float> %175, zeroinitializer
  %177 = select <8 x i1> %176, <8 x float> zeroinitializer, <8 x float> %175
  %178 = select i1 %156, <8 x float> %177, <8 x float> %175
  %179 = getelementptr inbounds float, float* %0, i64 %56
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %178, <8 x float>* %180, align 4
  %181 = load <8 x float>, <8 x float>* %15, align 32
  %182 = fcmp olt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> zeroinitializer, <8 x float> %181
  %184 = select i1 %156, <8 x float> %183, <8 x float> %181
  %185 = getelementptr inbounds float, float* %0, i64 %59
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %184, <8 x float>* %186, align 4
  %187 = load <8 x float>, <8 x float>* %14, align 32
  %188 = fcmp olt <8 x float> %187, zeroinitializer
  %189 = select <8 x i1> %188, <8 x float> zeroinitializer, <8 x float> %187
  %190 = select i1 %156, <8 x float> %189, <8 x float> %187
  %191 = getelementptr inbounds float, float* %0, i64 %62
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %190, <8 x float>* %192, align 4
  %193 = load <8 x float>, <8 x float>* %13, align 32
  %194 = fcmp olt <8 x float> %193, zeroinitializer
  %195 = select <8 x i1> %194, <8 x float> zeroinitializer, <8 x float> %193
  %196 = select i1 %156, <8 x float> %195, <8 x float> %193
  %197 = getelementptr inbounds float, float* %0, i64 %71
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %196, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %12, align 32
  %200 = fcmp olt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> zeroinitializer, <8 x float> %199
  %202 = select i1 %156, <8 x float> %201, <8 x float> %199
  %203 = getelementptr inbounds float, float* %0, i64 %74
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %202, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %11, align 32
  %206 = fcmp olt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> zeroinitializer, <8 x float> %205
  %208 = select i1 %156, <8 x float> %207, <8 x float> %205
  %209 = getelementptr inbounds float, float* %0, i64 %77
  %210 = bitcast float* %209 to <8 x float>*
  store <8 x float> %208, <8 x float>* %210, align 4
  %211 = load <8 x float>, <8 x float>* %10, align 32
  %212 = fcmp olt <8 x float> %211, zeroinitializer
  %213 = select <8 x i1> %212, <8 x float> zeroinitializer, <8 x float> %211
  %214 = select i1 %156, <8 x float> %213, <8 x float> %211
  %215 = getelementptr inbounds float, float* %0, i64 %80
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %214, <8 x float>* %216, align 4
  %217 = load <8 x float>, <8 x float>* %9, align 32
  %218 = fcmp olt <8 x float> %217, zeroinitializer
  %219 = select <8 x i1> %218, <8 x float> zeroinitializer, <8 x float> %217
  %220 = select i1 %156, <8 x float> %219, <8 x float> %217
  %221 = getelementptr inbounds float, float* %0, i64 %83
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %220, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %8, align 32
  %224 = fcmp olt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> zeroinitializer, <8 x float> %223
  %226 = select i1 %156, <8 x float> %225, <8 x float> %223
  %227 = getelementptr inbounds float, float* %0, i64 %86
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %226, <8 x float>* %228, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %229 = icmp slt i64 %kh, 3
  br i1 %229, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %230 = mul i64 %kh, 208
  %231 = add i64 %153, %230
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %232 = icmp slt i64 %kw, 3
  br i1 %232, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %233 = mul i64 %kw, 8
  %234 = add i64 %231, %233
  %235 = mul i64 %kh, 3
  %236 = add i64 %235, %kw
  %237 = mul i64 %236, 64
  %238 = add i64 %155, %237
  %239 = add i64 %238, 0
  %240 = getelementptr inbounds float, float* %4, i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = add i64 %238, 2304
  %244 = getelementptr inbounds float, float* %4, i64 %243
  %245 = bitcast float* %244 to <8 x float>*
  %246 = load <8 x float>, <8 x float>* %245, align 4
  %247 = add i64 %234, 0
  %248 = getelementptr inbounds float, float* %1, i64 %247
  %249 = load float, float* %248, align 4
  %250 = insertelement <8 x float> undef, float %249, i32 0
  %splat = shufflevector <8 x float> %250, <8 x float> undef, <8 x i32> zeroinitializer
  %251 = load <8 x float>, <8 x float>* %19, align 32
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %242, <8 x float> %251)
  store <8 x float> %252, <8 x float>* %19, align 32
  %253 = load <8 x float>, <8 x float>* %13, align 32
  %254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %246, <8 x float> %253)
  store <8 x float> %254, <8 x float>* %13, align 32
  %255 = add i64 %234, 8
  %256 = getelementptr inbounds float, float* %1, i64 %255
  %257 = load float, float* %256, align 4
  %258 = insertelement <8 x float> undef, float %257, i32 0
  %splat1 = shufflevector <8 x float> %258, <8 x float> undef, <8 x i32> zeroinitializer
  %259 = load <8 x float>, <8 x float>* %18, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %242, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %18, align 32
  %261 = load <8 x float>, <8 x float>* %12, align 32
  %262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %246, <8 x float> %261)
  store <8 x float> %262, <8 x float>* %12, align 32
  %263 = add i64 %234, 16
  %264 = getelementptr inbounds float, float* %1, i64 %263
  %265 = load float, float* %264, align 4
  %266 = insertelement <8 x float> undef, float %265, i32 0
  %splat2 = shufflevector <8 x float> %266, <8 x float> undef, <8 x i32> zeroinitializer
  %267 = load <8 x float>, <8 x float>* %17, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %242, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %17, align 32
  %269 = load <8 x float>, <8 x float>* %11, align 32
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %246, <8 x float> %269)
  store <8 x float> %270, <8 x float>* %11, align 32
  %271 = add i64 %234, 24
  %272 = getelementptr inbounds float, float* %1, i64 %271
  %273 = load float, float* %272, align 4
  %274 = insertelement <8 x float> undef, float %273, i32 0
  %splat3 = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %275 = load <8 x float>, <8 x float>* %16, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %242, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %16, align 32
  %277 = load <8 x float>, <8 x float>* %10, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %246, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %10, align 32
  %279 = add i64 %234, 32
  %280 = getelementptr inbounds float, float* %1, i64 %279
  %281 = load float, float* %280, align 4
  %282 = insertelement <8 x float> undef, float %281, i32 0
  %splat4 = shufflevector <8 x float> %282, <8 x float> undef, <8 x i32> zeroinitializer
  %283 = load <8 x float>, <8 x float>* %15, align 32
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %242, <8 x float> %283)
  store <8 x float> %284, <8 x float>* %15, align 32
  %285 = load <8 x float>, <8 x float>* %9, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %246, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %9, align 32
  %287 = add i64 %234, 40
  %288 = getelementptr inbounds float, float* %1, i64 %287
  %289 = load float, float* %288, align 4
  %290 = insertelement <8 x float> undef, float %289, i32 0
  %splat5 = shufflevector <8 x float> %290, <8 x float> undef, <8 x i32> zeroinitializer
  %291 = load <8 x float>, <8 x float>* %14, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %242, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %14, align 32
  %293 = load <8 x float>, <8 x float>* %8, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %246, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %8, align 32
  %295 = add i64 %238, 8
  %296 = getelementptr inbounds float, float* %4, i64 %295
  %297 = bitcast float* %296 to <8 x float>*
  %298 = load <8 x float>, <8 x float>* %297, align 4
  %299 = add i64 %238, 2312
  %300 = getelementptr inbounds float, float* %4, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  %302 = load <8 x float>, <8 x float>* %301, align 4
  %303 = add i64 %234, 1
  %304 = getelementptr inbounds float, float* %1, i64 %303
  %305 = load float, float* %304, align 4
  %306 = insertelement <8 x float> undef, float %305, i32 0
  %splat6 = shufflevector <8 x float> %306, <8 x float> undef, <8 x i32> zeroinitializer
  %307 = load <8 x float>, <8 x float>* %19, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %298, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %19, align 32
  %309 = load <8 x float>, <8 x float>* %13, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %302, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %13, align 32
  %311 = add i64 %234, 9
  %312 = getelementptr inbounds float, float* %1, i64 %311
  %313 = load float, float* %312, align 4
  %314 = insertelement <8 x float> undef, float %313, i32 0
  %splat7 = shufflevector <8 x float> %314, <8 x float> undef, <8 x i32> zeroinitializer
  %315 = load <8 x float>, <8 x float>* %18, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %298, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %18, align 32
  %317 = load <8 x float>, <8 x float>* %12, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %302, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %12, align 32
  %319 = add i64 %234, 17
  %320 = getelementptr inbounds float, float* %1, i64 %319
  %321 = load float, float* %320, align 4
  %322 = insertelement <8 x float> undef, float %321, i32 0
  %splat8 = shufflevector <8 x float> %322, <8 x float> undef, <8 x i32> zeroinitializer
  %323 = load <8 x float>, <8 x float>* %17, align 32
  %324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %298, <8 x float> %323)
  store <8 x float> %324, <8 x float>* %17, align 32
  %325 = load <8 x float>, <8 x float>* %11, align 32
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %302, <8 x float> %325)
  store <8 x float> %326, <8 x float>* %11, align 32
  %327 = add i64 %234, 25
  %328 = getelementptr inbounds float, float* %1, i64 %327
  %329 = load float, float* %328, align 4
  %330 = insertelement <8 x float> undef, float %329, i32 0
  %splat9 = shufflevector <8 x float> %330, <8 x float> undef, <8 x i32> zeroinitializer
  %331 = load <8 x float>, <8 x float>* %16, align 32
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %298, <8 x float> %331)
  store <8 x float> %332, <8 x float>* %16, align 32
  %333 = load <8 x float>, <8 x float>* %10, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %302, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %10, align 32
  %335 = add i64 %234, 33
  %336 = getelementptr inbounds float, float* %1, i64 %335
  %337 = load float, float* %336, align 4
  %338 = insertelement <8 x float> undef, float %337, i32 0
  %splat10 = shufflevector <8 x float> %338, <8 x float> undef, <8 x i32> zeroinitializer
  %339 = load <8 x float>, <8 x float>* %15, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %298, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %15, align 32
  %341 = load <8 x float>, <8 x float>* %9, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %302, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %9, align 32
  %343 = add i64 %234, 41
  %344 = getelementptr inbounds float, float* %1, i64 %343
  %345 = load float, float* %344, align 4
  %346 = insertelement <8 x float> undef, float %345, i32 0
  %splat11 = shufflevector <8 x float> %346, <8 x float> undef, <8 x i32> zeroinitializer
  %347 = load <8 x float>, <8 x float>* %14, align 32
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %298, <8 x float> %347)
  store <8 x float> %348, <8 x float>* %14, align 32
  %349 = load <8 x float>, <8 x float>* %8, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %302, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %8, align 32
  %351 = add i64 %238, 16
  %352 = getelementptr inbounds float, float* %4, i64 %351
  %353 = bitcast float* %352 to <8 x float>*
  %354 = load <8 x float>, <8 x float>* %353, align 4
  %355 = add i64 %238, 2320
  %356 = getelementptr inbounds float, float* %4, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  %358 = load <8 x float>, <8 x float>* %357, align 4
  %359 = add i64 %234, 2
  %360 = getelementptr inbounds float, float* %1, i64 %359
  %361 = load float, float* %360, align 4
  %362 = insertelement <8 x float> undef, float %361, i32 0
  %splat12 = shufflevector <8 x float> %362, <8 x float> undef, <8 x i32> zeroinitializer
  %363 = load <8 x float>, <8 x float>* %19, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %354, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %19, align 32
  %365 = load <8 x float>, <8 x float>* %13, align 32
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %358, <8 x float> %365)
  store <8 x float> %366, <8 x float>* %13, align 32
  %367 = add i64 %234, 10
  %368 = getelementptr inbounds float, float* %1, i64 %367
  %369 = load float, float* %368, align 4
  %370 = insertelement <8 x float> undef, float %369, i32 0
  %splat13 = shufflevector <8 x float> %370, <8 x float> undef, <8 x i32> zeroinitializer
  %371 = load <8 x float>, <8 x float>* %18, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %354, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %18, align 32
  %373 = load <8 x float>, <8 x float>* %12, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %358, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %12, align 32
  %375 = add i64 %234, 18
  %376 = getelementptr inbounds float, float* %1, i64 %375
  %377 = load float, float* %376, align 4
  %378 = insertelement <8 x float> undef, float %377, i32 0
  %splat14 = shufflevector <8 x float> %378, <8 x float> undef, <8 x i32> zeroinitializer
  %379 = load <8 x float>, <8 x float>* %17, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %354, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %17, align 32
  %381 = load <8 x float>, <8 x float>* %11, align 32
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %358, <8 x float> %381)
  store <8 x float> %382, <8 x float>* %11, align 32
  %383 = add i64 %234, 26
  %384 = getelementptr inbounds float, float* %1, i64 %383
  %385 = load float, float* %384, align 4
  %386 = insertelement <8 x float> undef, float %385, i32 0
  %splat15 = shufflevector <8 x float> %386, <8 x float> undef, <8 x i32> zeroinitializer
  %387 = load <8 x float>, <8 x float>* %16, align 32
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %354, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %16, align 32
  %389 = load <8 x float>, <8 x float>* %10, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %358, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %10, align 32
  %391 = add i64 %234, 34
  %392 = getelementptr inbounds float, float* %1, i64 %391
  %393 = load float, float* %392, align 4
  %394 = insertelement <8 x float> undef, float %393, i32 0
  %splat16 = shufflevector <8 x float> %394, <8 x float> undef, <8 x i32> zeroinitializer
  %395 = load <8 x float>, <8 x float>* %15, align 32
  %396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %354, <8 x float> %395)
  store <8 x float> %396, <8 x float>* %15, align 32
  %397 = load <8 x float>, <8 x float>* %9, align 32
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %358, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %9, align 32
  %399 = add i64 %234, 42
  %400 = getelementptr inbounds float, float* %1, i64 %399
  %401 = load float, float* %400, align 4
  %402 = insertelement <8 x float> undef, float %401, i32 0
  %splat17 = shufflevector <8 x float> %402, <8 x float> undef, <8 x i32> zeroinitializer
  %403 = load <8 x float>, <8 x float>* %14, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %354, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %14, align 32
  %405 = load <8 x float>, <8 x float>* %8, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %358, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %8, align 32
  %407 = add i64 %238, 24
  %408 = getelementptr inbounds float, float* %4, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  %410 = load <8 x float>, <8 x float>* %409, align 4
  %411 = add i64 %238, 2328
  %412 = getelementptr inbounds float, float* %4, i64 %411
  %413 = bitcast float* %412 to <8 x float>*
  %414 = load <8 x float>, <8 x float>* %413, align 4
  %415 = add i64 %234, 3
  %416 = getelementptr inbounds float, float* %1, i64 %415
  %417 = load float, float* %416, align 4
  %418 = insertelement <8 x float> undef, float %417, i32 0
  %splat18 = shufflevector <8 x float> %418, <8 x float> undef, <8 x i32> zeroinitializer
  %419 = load <8 x float>, <8 x float>* %19, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %410, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %19, align 32
  %421 = load <8 x float>, <8 x float>* %13, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %414, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %13, align 32
  %423 = add i64 %234, 11
  %424 = getelementptr inbounds float, float* %1, i64 %423
  %425 = load float, float* %424, align 4
  %426 = insertelement <8 x float> undef, float %425, i32 0
  %splat19 = shufflevector <8 x float> %426, <8 x float> undef, <8 x i32> zeroinitializer
  %427 = load <8 x float>, <8 x float>* %18, align 32
  %428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %410, <8 x float> %427)
  store <8 x float> %428, <8 x float>* %18, align 32
  %429 = load <8 x float>, <8 x float>* %12, align 32
  %430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %414, <8 x float> %429)
  store <8 x float> %430, <8 x float>* %12, align 32
  %431 = add i64 %234, 19
  %432 = getelementptr inbounds float, float* %1, i64 %431
  %433 = load float, float* %432, align 4
  %434 = insertelement <8 x float> undef, float %433, i32 0
  %splat20 = shufflevector <8 x float> %434, <8 x float> undef, <8 x i32> zeroinitializer
  %435 = load <8 x float>, <8 x float>* %17, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %410, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %17, align 32
  %437 = load <8 x float>, <8 x float>* %11, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %414, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %11, align 32
  %439 = add i64 %234, 27
  %440 = getelementptr inbounds float, float* %1, i64 %439
  %441 = load float, float* %440, align 4
  %442 = insertelement <8 x float> undef, float %441, i32 0
  %splat21 = shufflevector <8 x float> %442, <8 x float> undef, <8 x i32> zeroinitializer
  %443 = load <8 x float>, <8 x float>* %16, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %410, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %16, align 32
  %445 = load <8 x float>, <8 x float>* %10, align 32
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %414, <8 x float> %445)
  store <8 x float> %446, <8 x float>* %10, align 32
  %447 = add i64 %234, 35
  %448 = getelementptr inbounds float, float* %1, i64 %447
  %449 = load float, float* %448, align 4
  %450 = insertelement <8 x float> undef, float %449, i32 0
  %splat22 = shufflevector <8 x float> %450, <8 x float> undef, <8 x i32> zeroinitializer
  %451 = load <8 x float>, <8 x float>* %15, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %410, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %15, align 32
  %453 = load <8 x float>, <8 x float>* %9, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %414, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %9, align 32
  %455 = add i64 %234, 43
  %456 = getelementptr inbounds float, float* %1, i64 %455
  %457 = load float, float* %456, align 4
  %458 = insertelement <8 x float> undef, float %457, i32 0
  %splat23 = shufflevector <8 x float> %458, <8 x float> undef, <8 x i32> zeroinitializer
  %459 = load <8 x float>, <8 x float>* %14, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %410, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %14, align 32
  %461 = load <8 x float>, <8 x float>* %8, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %414, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %8, align 32
  %463 = add i64 %238, 32
  %464 = getelementptr inbounds float, float* %4, i64 %463
  %465 = bitcast float* %464 to <8 x float>*
  %466 = load <8 x float>, <8 x float>* %465, align 4
  %467 = add i64 %238, 2336
  %468 = getelementptr inbounds float, float* %4, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  %470 = load <8 x float>, <8 x float>* %469, align 4
  %471 = add i64 %234, 4
  %472 = getelementptr inbounds float, float* %1, i64 %471
  %473 = load float, float* %472, align 4
  %474 = insertelement <8 x float> undef, float %473, i32 0
  %splat24 = shufflevector <8 x float> %474, <8 x float> undef, <8 x i32> zeroinitializer
  %475 = load <8 x float>, <8 x float>* %19, align 32
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %466, <8 x float> %475)
  store <8 x float> %476, <8 x float>* %19, align 32
  %477 = load <8 x float>, <8 x float>* %13, align 32
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %470, <8 x float> %477)
  store <8 x float> %478, <8 x float>* %13, align 32
  %479 = add i64 %234, 12
  %480 = getelementptr inbounds float, float* %1, i64 %479
  %481 = load float, float* %480, align 4
  %482 = insertelement <8 x float> undef, float %481, i32 0
  %splat25 = shufflevector <8 x float> %482, <8 x float> undef, <8 x i32> zeroinitializer
  %483 = load <8 x float>, <8 x float>* %18, align 32
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %466, <8 x float> %483)
  store <8 x float> %484, <8 x float>* %18, align 32
  %485 = load <8 x float>, <8 x float>* %12, align 32
  %486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %470, <8 x float> %485)
  store <8 x float> %486, <8 x float>* %12, align 32
  %487 = add i64 %234, 20
  %488 = getelementptr inbounds float, float* %1, i64 %487
  %489 = load float, float* %488, align 4
  %490 = insertelement <8 x float> undef, float %489, i32 0
  %splat26 = shufflevector <8 x float> %490, <8 x float> undef, <8 x i32> zeroinitializer
  %491 = load <8 x float>, <8 x float>* %17, align 32
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %466, <8 x float> %491)
  store <8 x float> %492, <8 x float>* %17, align 32
  %493 = load <8 x float>, <8 x float>* %11, align 32
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %470, <8 x float> %493)
  store <8 x float> %494, <8 x float>* %11, align 32
  %495 = add i64 %234, 28
  %496 = getelementptr inbounds float, float* %1, i64 %495
  %497 = load float, float* %496, align 4
  %498 = insertelement <8 x float> undef, float %497, i32 0
  %splat27 = shufflevector <8 x float> %498, <8 x float> undef, <8 x i32> zeroinitializer
  %499 = load <8 x float>, <8 x float>* %16, align 32
  %500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %466, <8 x float> %499)
  store <8 x float> %500, <8 x float>* %16, align 32
  %501 = load <8 x float>, <8 x float>* %10, align 32
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %470, <8 x float> %501)
  store <8 x float> %502, <8 x float>* %10, align 32
  %503 = add i64 %234, 36
  %504 = getelementptr inbounds float, float* %1, i64 %503
  %505 = load float, float* %504, align 4
  %506 = insertelement <8 x float> undef, float %505, i32 0
  %splat28 = shufflevector <8 x float> %506, <8 x float> undef, <8 x i32> zeroinitializer
  %507 = load <8 x float>, <8 x float>* %15, align 32
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %466, <8 x float> %507)
  store <8 x float> %508, <8 x float>* %15, align 32
  %509 = load <8 x float>, <8 x float>* %9, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %470, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %9, align 32
  %511 = add i64 %234, 44
  %512 = getelementptr inbounds float, float* %1, i64 %511
  %513 = load float, float* %512, align 4
  %514 = insertelement <8 x float> undef, float %513, i32 0
  %splat29 = shufflevector <8 x float> %514, <8 x float> undef, <8 x i32> zeroinitializer
  %515 = load <8 x float>, <8 x float>* %14, align 32
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %466, <8 x float> %515)
  store <8 x float> %516, <8 x float>* %14, align 32
  %517 = load <8 x float>, <8 x float>* %8, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %470, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %8, align 32
  %519 = add i64 %238, 40
  %520 = getelementptr inbounds float, float* %4, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  %522 = load <8 x float>, <8 x float>* %521, align 4
  %523 = add i64 %238, 2344
  %524 = getelementptr inbounds float, float* %4, i64 %523
  %525 = bitcast float* %524 to <8 x float>*
  %526 = load <8 x float>, <8 x float>* %525, align 4
  %527 = add i64 %234, 5
  %528 = getelementptr inbounds float, float* %1, i64 %527
  %529 = load float, float* %528, align 4
  %530 = insertelement <8 x float> undef, float %529, i32 0
  %splat30 = shufflevector <8 x float> %530, <8 x float> undef, <8 x i32> zeroinitializer
  %531 = load <8 x float>, <8 x float>* %19, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %522, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %19, align 32
  %533 = load <8 x float>, <8 x float>* %13, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %526, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %13, align 32
  %535 = add i64 %234, 13
  %536 = getelementptr inbounds float, float* %1, i64 %535
  %537 = load float, float* %536, align 4
  %538 = insertelement <8 x float> undef, float %537, i32 0
  %splat31 = shufflevector <8 x float> %538, <8 x float> undef, <8 x i32> zeroinitializer
  %539 = load <8 x float>, <8 x float>* %18, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %522, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %18, align 32
  %541 = load <8 x float>, <8 x float>* %12, align 32
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %526, <8 x float> %541)
  store <8 x float> %542, <8 x float>* %12, align 32
  %543 = add i64 %234, 21
  %544 = getelementptr inbounds float, float* %1, i64 %543
  %545 = load float, float* %544, align 4
  %546 = insertelement <8 x float> undef, float %545, i32 0
  %splat32 = shufflevector <8 x float> %546, <8 x float> undef, <8 x i32> zeroinitializer
  %547 = load <8 x float>, <8 x float>* %17, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %522, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %17, align 32
  %549 = load <8 x float>, <8 x float>* %11, align 32
  %550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %526, <8 x float> %549)
  store <8 x float> %550, <8 x float>* %11, align 32
  %551 = add i64 %234, 29
  %552 = getelementptr inbounds float, float* %1, i64 %551
  %553 = load float, float* %552, align 4
  %554 = insertelement <8 x float> undef, float %553, i32 0
  %splat33 = shufflevector <8 x float> %554, <8 x float> undef, <8 x i32> zeroinitializer
  %555 = load <8 x float>, <8 x float>* %16, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %522, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %16, align 32
  %557 = load <8 x float>, <8 x float>* %10, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %526, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %10, align 32
  %559 = add i64 %234, 37
  %560 = getelementptr inbounds float, float* %1, i64 %559
  %561 = load float, float* %560, align 4
  %562 = insertelement <8 x float> undef, float %561, i32 0
  %splat34 = shufflevector <8 x float> %562, <8 x float> undef, <8 x i32> zeroinitializer
  %563 = load <8 x float>, <8 x float>* %15, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %522, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %15, align 32
  %565 = load <8 x float>, <8 x float>* %9, align 32
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %526, <8 x float> %565)
  store <8 x float> %566, <8 x float>* %9, align 32
  %567 = add i64 %234, 45
  %568 = getelementptr inbounds float, float* %1, i64 %567
  %569 = load float, float* %568, align 4
  %570 = insertelement <8 x float> undef, float %569, i32 0
  %splat35 = shufflevector <8 x float> %570, <8 x float> undef, <8 x i32> zeroinitializer
  %571 = load <8 x float>, <8 x float>* %14, align 32
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %522, <8 x float> %571)
  store <8 x float> %572, <8 x float>* %14, align 32
  %573 = load <8 x float>, <8 x float>* %8, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %526, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %8, align 32
  %575 = add i64 %238, 48
  %576 = getelementptr inbounds float, float* %4, i64 %575
  %577 = bitcast float* %576 to <8 x float>*
  %578 = load <8 x float>, <8 x float>* %577, align 4
  %579 = add i64 %238, 2352
  %580 = getelementptr inbounds float, float* %4, i64 %579
  %581 = bitcast float* %580 to <8 x float>*
  %582 = load <8 x float>, <8 x float>* %581, align 4
  %583 = add i64 %234, 6
  %584 = getelementptr inbounds float, float* %1, i64 %583
  %585 = load float, float* %584, align 4
  %586 = insertelement <8 x float> undef, float %585, i32 0
  %splat36 = shufflevector <8 x float> %586, <8 x float> undef, <8 x i32> zeroinitializer
  %587 = load <8 x float>, <8 x float>* %19, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %578, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %19, align 32
  %589 = load <8 x float>, <8 x float>* %13, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %582, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %13, align 32
  %591 = add i64 %234, 14
  %592 = getelementptr inbounds float, float* %1, i64 %591
  %593 = load float, float* %592, align 4
  %594 = insertelement <8 x float> undef, float %593, i32 0
  %splat37 = shufflevector <8 x float> %594, <8 x float> undef, <8 x i32> zeroinitializer
  %595 = load <8 x float>, <8 x float>* %18, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %578, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %18, align 32
  %597 = load <8 x float>, <8 x float>* %12, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %582, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %12, align 32
  %599 = add i64 %234, 22
  %600 = getelementptr inbounds float, float* %1, i64 %599
  %601 = load float, float* %600, align 4
  %602 = insertelement <8 x float> undef, float %601, i32 0
  %splat38 = shufflevector <8 x float> %602, <8 x float> undef, <8 x i32> zeroinitializer
  %603 = load <8 x float>, <8 x float>* %17, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %578, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %17, align 32
  %605 = load <8 x float>, <8 x float>* %11, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %582, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %11, align 32
  %607 = add i64 %234, 30
  %608 = getelementptr inbounds float, float* %1, i64 %607
  %609 = load float, float* %608, align 4
  %610 = insertelement <8 x float> undef, float %609, i32 0
  %splat39 = shufflevector <8 x float> %610, <8 x float> undef, <8 x i32> zeroinitializer
  %611 = load <8 x float>, <8 x float>* %16, align 32
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %578, <8 x float> %611)
  store <8 x float> %612, <8 x float>* %16, align 32
  %613 = load <8 x float>, <8 x float>* %10, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %582, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %10, align 32
  %615 = add i64 %234, 38
  %616 = getelementptr inbounds float, float* %1, i64 %615
  %617 = load float, float* %616, align 4
  %618 = insertelement <8 x float> undef, float %617, i32 0
  %splat40 = shufflevector <8 x float> %618, <8 x float> undef, <8 x i32> zeroinitializer
  %619 = load <8 x float>, <8 x float>* %15, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %578, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %15, align 32
  %621 = load <8 x float>, <8 x float>* %9, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %582, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %9, align 32
  %623 = add i64 %234, 46
  %624 = getelementptr inbounds float, float* %1, i64 %623
  %625 = load float, float* %624, align 4
  %626 = insertelement <8 x float> undef, float %625, i32 0
  %splat41 = shufflevector <8 x float> %626, <8 x float> undef, <8 x i32> zeroinitializer
  %627 = load <8 x float>, <8 x float>* %14, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %578, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %14, align 32
  %629 = load <8 x float>, <8 x float>* %8, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %582, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %8, align 32
  %631 = add i64 %238, 56
  %632 = getelementptr inbounds float, float* %4, i64 %631
  %633 = bitcast float* %632 to <8 x float>*
  %634 = load <8 x float>, <8 x float>* %633, align 4
  %635 = add i64 %238, 2360
  %636 = getelementptr inbounds float, float* %4, i64 %635
  %637 = bitcast float* %636 to <8 x float>*
  %638 = load <8 x float>, <8 x float>* %637, align 4
  %639 = add i64 %234, 7
  %640 = getelementptr inbounds float, float* %1, i64 %639
  %641 = load float, float* %640, align 4
  %642 = insertelement <8 x float> undef, float %641, i32 0
  %splat42 = shufflevector <8 x float> %642, <8 x float> undef, <8 x i32> zeroinitializer
  %643 = load <8 x float>, <8 x float>* %19, align 32
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %634, <8 x float> %643)
  store <8 x float> %644, <8 x float>* %19, align 32
  %645 = load <8 x float>, <8 x float>* %13, align 32
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %638, <8 x float> %645)
  store <8 x float> %646, <8 x float>* %13, align 32
  %647 = add i64 %234, 15
  %648 = getelementptr inbounds float, float* %1, i64 %647
  %649 = load float, float* %648, align 4
  %650 = insertelement <8 x float> undef, float %649, i32 0
  %splat43 = shufflevector <8 x float> %650, <8 x float> undef, <8 x i32> zeroinitializer
  %651 = load <8 x float>, <8 x float>* %18, align 32
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %634, <8 x float> %651)
  store <8 x float> %652, <8 x float>* %18, align 32
  %653 = load <8 x float>, <8 x float>* %12, align 32
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %638, <8 x float> %653)
  store <8 x float> %654, <8 x float>* %12, align 32
  %655 = add i64 %234, 23
  %656 = getelementptr inbounds float, float* %1, i64 %655
  %657 = load float, float* %656, align 4
  %658 = insertelement <8 x float> undef, float %657, i32 0
  %splat44 = shufflevector <8 x float> %658, <8 x float> undef, <8 x i32> zeroinitializer
  %659 = load <8 x float>, <8 x float>* %17, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %634, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %17, align 32
  %661 = load <8 x float>, <8 x float>* %11, align 32
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %638, <8 x float> %661)
  store <8 x float> %662, <8 x float>* %11, align 32
  %663 = add i64 %234, 31
  %664 = getelementptr inbounds float, float* %1, i64 %663
  %665 = load float, float* %664, align 4
  %666 = insertelement <8 x float> undef, float %665, i32 0
  %splat45 = shufflevector <8 x float> %666, <8 x float> undef, <8 x i32> zeroinitializer
  %667 = load <8 x float>, <8 x float>* %16, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %634, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %16, align 32
  %669 = load <8 x float>, <8 x float>* %10, align 32
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %638, <8 x float> %669)
  store <8 x float> %670, <8 x float>* %10, align 32
  %671 = add i64 %234, 39
  %672 = getelementptr inbounds float, float* %1, i64 %671
  %673 = load float, float* %672, align 4
  %674 = insertelement <8 x float> undef, float %673, i32 0
  %splat46 = shufflevector <8 x float> %674, <8 x float> undef, <8 x i32> zeroinitializer
  %675 = load <8 x float>, <8 x float>* %15, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %634, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %15, align 32
  %677 = load <8 x float>, <8 x float>* %9, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %638, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %9, align 32
  %679 = add i64 %234, 47
  %680 = getelementptr inbounds float, float* %1, i64 %679
  %681 = load float, float* %680, align 4
  %682 = insertelement <8 x float> undef, float %681, i32 0
  %splat47 = shufflevector <8 x float> %682, <8 x float> undef, <8 x i32> zeroinitializer
  %683 = load <8 x float>, <8 x float>* %14, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %634, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %14, align 32
  %685 = load <8 x float>, <8 x float>* %8, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %638, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %8, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header
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
  %25 = add i64 96, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 96
  %29 = select i1 %28, i64 %27, i64 96
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 96
  %32 = select i1 %31, i64 %30, i64 96
  call void @node1.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
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
  %26 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %27 = getelementptr inbounds i8, i8* %workspace7, i64 147456
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %26, i8** %28, align 8
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %27, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %31, align 8
  %32 = bitcast [6 x i8*]* %args to i8*
  %33 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([73728 x i8], [73728 x i8]* @weight.conv2d_2.packed, i32 0, i32 0), i8** %33, align 8
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %34, align 8
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step0, i8* %32, i32 0, i32 0)
  %35 = getelementptr inbounds i8, i8* %workspace7, i64 147456
  %36 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %35, i8** %37, align 8
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %36, i8** %38, align 8
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %40, align 8
  %41 = bitcast [6 x i8*]* %args to i8*
  call void @node2.maxPool2d_1.step0(i8* %41)
  %42 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %43 = getelementptr inbounds i8, i8* %workspace7, i64 147456
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %42, i8** %44, align 8
  %45 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %43, i8** %45, align 8
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %46, align 8
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %47, align 8
  %48 = bitcast [6 x i8*]* %args to i8*
  call void @node3.maxPool2d_1.nchw.step0(i8* %48)
  %49 = getelementptr inbounds i8, i8* %workspace7, i64 36864
  %50 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %51 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %49, i8** %51, align 8
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %50, i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %53, align 8
  %54 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %54, align 8
  %55 = bitcast [6 x i8*]* %args to i8*
  %56 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4718592 x i8], [4718592 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %56, align 8
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %57, align 8
  call void @GOMP_parallel(void (i8*)* @node5.dense_1.step0, i8* %55, i32 0, i32 0)
  %58 = getelementptr inbounds i8, i8* %workspace7, i64 36864
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %59, align 8
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %58, i8** %60, align 8
  %61 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %61, align 8
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %62, align 8
  %63 = bitcast [6 x i8*]* %args to i8*
  %64 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([8192 x i8], [8192 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %64, align 8
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([40 x i8], [40 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %65, align 8
  call void @node6.dense_2.step0(i8* %63)
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %68, align 8
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %69, align 8
  %70 = bitcast [6 x i8*]* %args to i8*
  call void @node7.dense_2.softmax.step0(i8* %70)
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
  ret i64 234047
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
