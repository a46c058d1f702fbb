; cifar10_cnn: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'cifar10_cnn'
source_filename = "cifar10_cnn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [3456 x i8], align 64
@weight.conv2d_1.bias = external constant [128 x i8], align 64
@weight.conv2d_2.packed = external constant [36864 x i8], align 64
@weight.conv2d_2.bias = external constant [128 x i8], align 64
@weight.conv2d_3.packed = external constant [73728 x i8], align 64
@weight.conv2d_3.bias = external constant [256 x i8], align 64
@weight.conv2d_4.packed = external constant [147456 x i8], align 64
@weight.conv2d_4.bias = external constant [256 x i8], align 64
@weight.dense_1.weight = external constant [4718592 x i8], align 64
@weight.dense_1.bias = external constant [2048 x i8], align 64
@weight.dense_2.weight = external constant [20480 x i8], align 64
@weight.dense_2.bias = external constant [40 x i8], align 64
@dlc.model_name = private unnamed_addr constant [12 x i8] c"cifar10_cnn\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 32, i64 32]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 12288 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 10]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 40 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([12 x i8], [12 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 246335, i64 20741120 }

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

task.header:                                      ; preds = %xb.exit28, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit28 ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 2
  %24 = sdiv i64 %task, 2
  %25 = srem i64 %24, 32
  %26 = sdiv i64 %task, 64
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 4
  %30 = mul i64 %23, 2
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 3
  %33 = mul i64 %27, 3
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 1024
  %36 = mul i64 %27, 4
  %37 = mul i64 %23, 2
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 216
  %40 = mul i64 %25, 1
  %41 = sub i64 %40, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %u.exit ]
  %42 = icmp slt i64 %x, 31
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
  %54 = sub i64 %53, 1
  br label %u.header

x.exit:                                           ; preds = %x.header
  br label %xb.header

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %55 = icmp slt i64 %u, 3
  br i1 %55, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %56 = mul i64 %u, 1024
  %57 = add i64 %35, %56
  %58 = mul i64 %u, 72
  %59 = add i64 %39, %58
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %60 = add i64 %x, 0
  %61 = mul i64 %28, 4
  %62 = add i64 %61, %31
  %63 = add i64 %62, 0
  %64 = mul i64 %63, 32
  %65 = add i64 %64, %25
  %66 = mul i64 %65, 32
  %67 = add i64 %66, %60
  %68 = mul i64 %67, 8
  %69 = load <8 x float>, <8 x float>* %21, align 32
  %70 = fcmp ogt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> %69, <8 x float> zeroinitializer
  %72 = getelementptr inbounds float, float* %0, i64 %68
  %73 = bitcast float* %72 to <8 x float>*
  store <8 x float> %71, <8 x float>* %73, align 4
  %74 = add i64 %x, 1
  %75 = mul i64 %28, 4
  %76 = add i64 %75, %31
  %77 = add i64 %76, 0
  %78 = mul i64 %77, 32
  %79 = add i64 %78, %25
  %80 = mul i64 %79, 32
  %81 = add i64 %80, %74
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %20, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 2
  %89 = mul i64 %28, 4
  %90 = add i64 %89, %31
  %91 = add i64 %90, 0
  %92 = mul i64 %91, 32
  %93 = add i64 %92, %25
  %94 = mul i64 %93, 32
  %95 = add i64 %94, %88
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %19, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 3
  %103 = mul i64 %28, 4
  %104 = add i64 %103, %31
  %105 = add i64 %104, 0
  %106 = mul i64 %105, 32
  %107 = add i64 %106, %25
  %108 = mul i64 %107, 32
  %109 = add i64 %108, %102
  %110 = mul i64 %109, 8
  %111 = load <8 x float>, <8 x float>* %18, align 32
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %x, 4
  %117 = mul i64 %28, 4
  %118 = add i64 %117, %31
  %119 = add i64 %118, 0
  %120 = mul i64 %119, 32
  %121 = add i64 %120, %25
  %122 = mul i64 %121, 32
  %123 = add i64 %122, %116
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %17, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = add i64 %x, 5
  %131 = mul i64 %28, 4
  %132 = add i64 %131, %31
  %133 = add i64 %132, 0
  %134 = mul i64 %133, 32
  %135 = add i64 %134, %25
  %136 = mul i64 %135, 32
  %137 = add i64 %136, %130
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %16, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 0
  %145 = mul i64 %28, 4
  %146 = add i64 %145, %31
  %147 = add i64 %146, 1
  %148 = mul i64 %147, 32
  %149 = add i64 %148, %25
  %150 = mul i64 %149, 32
  %151 = add i64 %150, %144
  %152 = mul i64 %151, 8
  %153 = load <8 x float>, <8 x float>* %15, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = getelementptr inbounds float, float* %0, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 1
  %159 = mul i64 %28, 4
  %160 = add i64 %159, %31
  %161 = add i64 %160, 1
  %162 = mul i64 %161, 32
  %163 = add i64 %162, %25
  %164 = mul i64 %163, 32
  %165 = add i64 %164, %158
  %166 = mul i64 %165, 8
  %167 = load <8 x float>, <8 x float>* %14, align 32
  %168 = fcmp ogt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> %167, <8 x float> zeroinitializer
  %170 = getelementptr inbounds float, float* %0, i64 %166
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %169, <8 x float>* %171, align 4
  %172 = add i64 %x, 2
  %173 = mul i64 %28, 4
  %174 = add i64 %173, %31
  %175 = add i64 %174, 1
  %176 = mul i64 %175, 32
  %177 = add i64 %176, %25
  %178 = mul i64 %177, 32
  %179 = add i64 %178, %172
  %180 = mul i64 %179, 8
  %181 = load <8 x float>, <8 x float>* %13, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = getelementptr inbounds float, float* %0, i64 %180
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %183, <8 x float>* %185, align 4
  %186 = add i64 %x, 3
  %187 = mul i64 %28, 4
  %188 = add i64 %187, %31
  %189 = add i64 %188, 1
  %190 = mul i64 %189, 32
  %191 = add i64 %190, %25
  %192 = mul i64 %191, 32
  %193 = add i64 %192, %186
  %194 = mul i64 %193, 8
  %195 = load <8 x float>, <8 x float>* %12, align 32
  %196 = fcmp ogt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> %195, <8 x float> zeroinitializer
  %198 = getelementptr inbounds float, float* %0, i64 %194
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = add i64 %x, 4
  %201 = mul i64 %28, 4
  %202 = add i64 %201, %31
  %203 = add i64 %202, 1
  %204 = mul i64 %203, 32
  %205 = add i64 %204, %25
  %206 = mul i64 %205, 32
  %207 = add i64 %206, %200
  %208 = mul i64 %207, 8
  %209 = load <8 x float>, <8 x float>* %11, align 32
  %210 = fcmp ogt <8 x float> %209, zeroinitializer
  %211 = select <8 x i1> %210, <8 x float> %209, <8 x float> zeroinitializer
  %212 = getelementptr inbounds float, float* %0, i64 %208
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %214 = add i64 %x, 5
  %215 = mul i64 %28, 4
  %216 = add i64 %215, %31
  %217 = add i64 %216, 1
  %218 = mul i64 %217, 32
  %219 = add i64 %218, %25
  %220 = mul i64 %219, 32
  %221 = add i64 %220, %214
  %222 = mul i64 %221, 8
  %223 = load <8 x float>, <8 x float>* %10, align 32
  %224 = fcmp ogt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> %223, <8 x float> zeroinitializer
  %226 = getelementptr inbounds float, float* %0, i64 %222
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %225, <8 x float>* %227, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %228 = icmp slt i64 %kh, 3
  br i1 %228, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %229 = mul i64 %kh, 1
  %230 = add i64 %41, %229
  %231 = icmp sge i64 %230, 0
  %232 = icmp slt i64 %230, 32
  %233 = and i1 %231, %232
  br i1 %233, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %234 = mul i64 %230, 32
  %235 = add i64 %57, %234
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %236 = icmp slt i64 %kw, 3
  br i1 %236, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %237 = mul i64 %kw, 1
  %238 = add i64 %54, %237
  %239 = mul i64 %kh, 3
  %240 = add i64 %239, %kw
  %241 = mul i64 %240, 8
  %242 = add i64 %59, %241
  %243 = add i64 %242, 0
  %244 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.packed to float*), i64 %243
  %245 = bitcast float* %244 to <8 x float>*
  %246 = load <8 x float>, <8 x float>* %245, align 4
  %247 = add i64 %242, 216
  %248 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.packed to float*), i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  %250 = load <8 x float>, <8 x float>* %249, align 4
  %251 = add i64 %238, 0
  %252 = mul i64 %251, 1
  %253 = add i64 %252, 0
  %254 = add i64 %235, %253
  %255 = getelementptr inbounds float, float* %1, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %21, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %246, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %21, align 32
  %260 = load <8 x float>, <8 x float>* %15, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %250, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %15, align 32
  %262 = add i64 %238, 1
  %263 = mul i64 %262, 1
  %264 = add i64 %263, 0
  %265 = add i64 %235, %264
  %266 = getelementptr inbounds float, float* %1, i64 %265
  %267 = load float, float* %266, align 4
  %268 = insertelement <8 x float> undef, float %267, i32 0
  %splat1 = shufflevector <8 x float> %268, <8 x float> undef, <8 x i32> zeroinitializer
  %269 = load <8 x float>, <8 x float>* %20, align 32
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %246, <8 x float> %269)
  store <8 x float> %270, <8 x float>* %20, align 32
  %271 = load <8 x float>, <8 x float>* %14, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %250, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %14, align 32
  %273 = add i64 %238, 2
  %274 = mul i64 %273, 1
  %275 = add i64 %274, 0
  %276 = add i64 %235, %275
  %277 = getelementptr inbounds float, float* %1, i64 %276
  %278 = load float, float* %277, align 4
  %279 = insertelement <8 x float> undef, float %278, i32 0
  %splat2 = shufflevector <8 x float> %279, <8 x float> undef, <8 x i32> zeroinitializer
  %280 = load <8 x float>, <8 x float>* %19, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %246, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %19, align 32
  %282 = load <8 x float>, <8 x float>* %13, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %250, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %13, align 32
  %284 = add i64 %238, 3
  %285 = mul i64 %284, 1
  %286 = add i64 %285, 0
  %287 = add i64 %235, %286
  %288 = getelementptr inbounds float, float* %1, i64 %287
  %289 = load float, float* %288, align 4
  %290 = insertelement <8 x float> undef, float %289, i32 0
  %splat3 = shufflevector <8 x float> %290, <8 x float> undef, <8 x i32> zeroinitializer
  %291 = load <8 x float>, <8 x float>* %18, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %246, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %18, align 32
  %293 = load <8 x float>, <8 x float>* %12, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %250, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %12, align 32
  %295 = add i64 %238, 4
  %296 = mul i64 %295, 1
  %297 = add i64 %296, 0
  %298 = add i64 %235, %297
  %299 = getelementptr inbounds float, float* %1, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat4 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %17, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %246, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %17, align 32
  %304 = load <8 x float>, <8 x float>* %11, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %250, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %11, align 32
  %306 = add i64 %238, 5
  %307 = mul i64 %306, 1
  %308 = add i64 %307, 0
  %309 = add i64 %235, %308
  %310 = getelementptr inbounds float, float* %1, i64 %309
  %311 = load float, float* %310, align 4
  %312 = insertelement <8 x float> undef, float %311, i32 0
  %splat5 = shufflevector <8 x float> %312, <8 x float> undef, <8 x i32> zeroinitializer
  %313 = load <8 x float>, <8 x float>* %16, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %246, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %16, align 32
  %315 = load <8 x float>, <8 x float>* %10, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %250, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %10, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

xb.header:                                        ; preds = %u.exit8, %x.exit
  %xb = phi i64 [ 0, %x.exit ], [ %xb.next, %u.exit8 ]
  %317 = icmp slt i64 %xb, 1
  br i1 %317, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %318 = add i64 %31, 0
  %319 = mul i64 %318, 8
  %320 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  %322 = load <8 x float>, <8 x float>* %321, align 4
  store <8 x float> %322, <8 x float>* %9, align 32
  %323 = add i64 %31, 1
  %324 = mul i64 %323, 8
  %325 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  %327 = load <8 x float>, <8 x float>* %326, align 4
  store <8 x float> %327, <8 x float>* %8, align 32
  %328 = mul i64 %xb, 1
  %329 = sub i64 %328, 1
  br label %u.header6

xb.exit:                                          ; preds = %xb.header
  br label %xb.header26

u.header6:                                        ; preds = %kh.exit12, %xb.body
  %u9 = phi i64 [ 0, %xb.body ], [ %u.next25, %kh.exit12 ]
  %330 = icmp slt i64 %u9, 3
  br i1 %330, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %331 = mul i64 %u9, 1024
  %332 = add i64 %35, %331
  %333 = mul i64 %u9, 72
  %334 = add i64 %39, %333
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %335 = add i64 %xb, 0
  %336 = mul i64 %28, 4
  %337 = add i64 %336, %31
  %338 = add i64 %337, 0
  %339 = mul i64 %338, 32
  %340 = add i64 %339, %25
  %341 = mul i64 %340, 32
  %342 = add i64 %341, %335
  %343 = mul i64 %342, 8
  %344 = load <8 x float>, <8 x float>* %9, align 32
  %345 = fcmp ogt <8 x float> %344, zeroinitializer
  %346 = select <8 x i1> %345, <8 x float> %344, <8 x float> zeroinitializer
  %347 = getelementptr inbounds float, float* %0, i64 %343
  %348 = bitcast float* %347 to <8 x float>*
  store <8 x float> %346, <8 x float>* %348, align 4
  %349 = add i64 %xb, 0
  %350 = mul i64 %28, 4
  %351 = add i64 %350, %31
  %352 = add i64 %351, 1
  %353 = mul i64 %352, 32
  %354 = add i64 %353, %25
  %355 = mul i64 %354, 32
  %356 = add i64 %355, %349
  %357 = mul i64 %356, 8
  %358 = load <8 x float>, <8 x float>* %8, align 32
  %359 = fcmp ogt <8 x float> %358, zeroinitializer
  %360 = select <8 x i1> %359, <8 x float> %358, <8 x float> zeroinitializer
  %361 = getelementptr inbounds float, float* %0, i64 %357
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %360, <8 x float>* %362, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header10:                                      ; preds = %endif15, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next24, %endif15 ]
  %363 = icmp slt i64 %kh13, 3
  br i1 %363, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %364 = mul i64 %kh13, 1
  %365 = add i64 %41, %364
  %366 = icmp sge i64 %365, 0
  %367 = icmp slt i64 %365, 32
  %368 = and i1 %366, %367
  br i1 %368, label %then14, label %endif15

kh.exit12:                                        ; preds = %kh.header10
  %u.next25 = add i64 %u9, 1
  br label %u.header6

then14:                                           ; preds = %kh.body11
  %369 = mul i64 %365, 32
  %370 = add i64 %332, %369
  br label %kw.header16

endif15:                                          ; preds = %kw.exit18, %kh.body11
  %kh.next24 = add i64 %kh13, 1
  br label %kh.header10

kw.header16:                                      ; preds = %endif21, %then14
  %kw19 = phi i64 [ 0, %then14 ], [ %kw.next23, %endif21 ]
  %371 = icmp slt i64 %kw19, 3
  br i1 %371, label %kw.body17, label %kw.exit18

kw.body17:                                        ; preds = %kw.header16
  %372 = mul i64 %kw19, 1
  %373 = add i64 %329, %372
  %374 = mul i64 %kh13, 3
  %375 = add i64 %374, %kw19
  %376 = mul i64 %375, 8
  %377 = add i64 %334, %376
  %378 = icmp sge i64 %373, 0
  %379 = icmp slt i64 %373, 32
  %380 = and i1 %378, %379
  br i1 %380, label %then20, label %endif21

kw.exit18:                                        ; preds = %kw.header16
  br label %endif15

then20:                                           ; preds = %kw.body17
  %381 = add i64 %377, 0
  %382 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.packed to float*), i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = add i64 %377, 216
  %386 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.packed to float*), i64 %385
  %387 = bitcast float* %386 to <8 x float>*
  %388 = load <8 x float>, <8 x float>* %387, align 4
  %389 = add i64 %373, 0
  %390 = mul i64 %389, 1
  %391 = add i64 %390, 0
  %392 = add i64 %370, %391
  %393 = getelementptr inbounds float, float* %1, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat22 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %9, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %384, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %9, align 32
  %398 = load <8 x float>, <8 x float>* %8, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %388, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %8, align 32
  br label %endif21

endif21:                                          ; preds = %then20, %kw.body17
  %kw.next23 = add i64 %kw19, 1
  br label %kw.header16

xb.header26:                                      ; preds = %u.exit32, %xb.exit
  %xb29 = phi i64 [ 31, %xb.exit ], [ %xb.next50, %u.exit32 ]
  %400 = icmp slt i64 %xb29, 32
  br i1 %400, label %xb.body27, label %xb.exit28

xb.body27:                                        ; preds = %xb.header26
  %401 = add i64 %31, 0
  %402 = mul i64 %401, 8
  %403 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %402
  %404 = bitcast float* %403 to <8 x float>*
  %405 = load <8 x float>, <8 x float>* %404, align 4
  store <8 x float> %405, <8 x float>* %7, align 32
  %406 = add i64 %31, 1
  %407 = mul i64 %406, 8
  %408 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  %410 = load <8 x float>, <8 x float>* %409, align 4
  store <8 x float> %410, <8 x float>* %6, align 32
  %411 = mul i64 %xb29, 1
  %412 = sub i64 %411, 1
  br label %u.header30

xb.exit28:                                        ; preds = %xb.header26
  %task.next = add i64 %task, 1
  br label %task.header

u.header30:                                       ; preds = %kh.exit36, %xb.body27
  %u33 = phi i64 [ 0, %xb.body27 ], [ %u.next49, %kh.exit36 ]
  %413 = icmp slt i64 %u33, 3
  br i1 %413, label %u.body31, label %u.exit32

u.body31:                                         ; preds = %u.header30
  %414 = mul i64 %u33, 1024
  %415 = add i64 %35, %414
  %416 = mul i64 %u33, 72
  %417 = add i64 %39, %416
  br label %kh.header34

u.exit32:                                         ; preds = %u.header30
  %418 = add i64 %xb29, 0
  %419 = mul i64 %28, 4
  %420 = add i64 %419, %31
  %421 = add i64 %420, 0
  %422 = mul i64 %421, 32
  %423 = add i64 %422, %25
  %424 = mul i64 %423, 32
  %425 = add i64 %424, %418
  %426 = mul i64 %425, 8
  %427 = load <8 x float>, <8 x float>* %7, align 32
  %428 = fcmp ogt <8 x float> %427, zeroinitializer
  %429 = select <8 x i1> %428, <8 x float> %427, <8 x float> zeroinitializer
  %430 = getelementptr inbounds float, float* %0, i64 %426
  %431 = bitcast float* %430 to <8 x float>*
  store <8 x float> %429, <8 x float>* %431, align 4
  %432 = add i64 %xb29, 0
  %433 = mul i64 %28, 4
  %434 = add i64 %433, %31
  %435 = add i64 %434, 1
  %436 = mul i64 %435, 32
  %437 = add i64 %436, %25
  %438 = mul i64 %437, 32
  %439 = add i64 %438, %432
  %440 = mul i64 %439, 8
  %441 = load <8 x float>, <8 x float>* %6, align 32
  %442 = fcmp ogt <8 x float> %441, zeroinitializer
  %443 = select <8 x i1> %442, <8 x float> %441, <8 x float> zeroinitializer
  %444 = getelementptr inbounds float, float* %0, i64 %440
  %445 = bitcast float* %444 to <8 x float>*
  store <8 x float> %443, <8 x float>* %445, align 4
  %xb.next50 = add i64 %xb29, 1
  br label %xb.header26

kh.header34:                                      ; preds = %endif39, %u.body31
  %kh37 = phi i64 [ 0, %u.body31 ], [ %kh.next48, %endif39 ]
  %446 = icmp slt i64 %kh37, 3
  br i1 %446, label %kh.body35, label %kh.exit36

kh.body35:                                        ; preds = %kh.header34
  %447 = mul i64 %kh37, 1
  %448 = add i64 %41, %447
  %449 = icmp sge i64 %448, 0
  %450 = icmp slt i64 %448, 32
  %451 = and i1 %449, %450
  br i1 %451, label %then38, label %endif39

kh.exit36:                                        ; preds = %kh.header34
  %u.next49 = add i64 %u33, 1
  br label %u.header30

then38:                                           ; preds = %kh.body35
  %452 = mul i64 %448, 32
  %453 = add i64 %415, %452
  br label %kw.header40

endif39:                                          ; preds = %kw.exit42, %kh.body35
  %kh.next48 = add i64 %kh37, 1
  br label %kh.header34

kw.header40:                                      ; preds = %endif45, %then38
  %kw43 = phi i64 [ 0, %then38 ], [ %kw.next47, %endif45 ]
  %454 = icmp slt i64 %kw43, 3
  br i1 %454, label %kw.body41, label %kw.exit42

kw.body41:                                        ; preds = %kw.header40
  %455 = mul i64 %kw43, 1
  %456 = add i64 %412, %455
  %457 = mul i64 %kh37, 3
  %458 = add i64 %457, %kw43
  %459 = mul i64 %458, 8
  %460 = add i64 %417, %459
  %461 = icmp sge i64 %456, 0
  %462 = icmp slt i64 %456, 32
  %463 = and i1 %461, %462
  br i1 %463, label %then44, label %endif45

kw.exit42:                                        ; preds = %kw.header40
  br label %endif39

then44:                                           ; preds = %kw.body41
  %464 = add i64 %460, 0
  %465 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.packed to float*), i64 %464
  %466 = bitcast float* %465 to <8 x float>*
  %467 = load <8 x float>, <8 x float>* %466, align 4
  %468 = add i64 %460, 216
  %469 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.packed to float*), i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  %471 = load <8 x float>, <8 x float>* %470, align 4
  %472 = add i64 %456, 0
  %473 = mul i64 %472, 1
  %474 = add i64 %473, 0
  %475 = add i64 %453, %474
  %476 = getelementptr inbounds float, float* %1, i64 %475
  %477 = load float, float* %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %splat46 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = load <8 x float>, <8 x float>* %7, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %467, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %7, align 32
  %481 = load <8 x float>, <8 x float>* %6, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %471, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %6, align 32
  br label %endif45

endif45:                                          ; preds = %then44, %kw.body41
  %kw.next47 = add i64 %kw43, 1
  br label %kw.header40
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
  %19 = add i64 64, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 64
  %23 = select i1 %22, i64 %21, i64 64
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 64
  %26 = select i1 %25, i64 %24, i64 64
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
  %19 = srem i64 %task, 2
  %20 = sdiv i64 %task, 2
  %21 = srem i64 %20, 30
  %22 = sdiv i64 %task, 60
  %23 = srem i64 %22, 1
  %24 = sdiv i64 %22, 1
  %25 = mul i64 %23, 4
  %26 = mul i64 %19, 2
  %27 = add i64 %25, %26
  %28 = mul i64 %24, 4
  %29 = mul i64 %23, 4
  %30 = add i64 %28, %29
  %31 = mul i64 %30, 8192
  %32 = mul i64 %23, 4
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
  %38 = icmp slt i64 %x, 30
  br i1 %38, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %39 = add i64 %27, 0
  %40 = mul i64 %39, 8
  %41 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %40
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
  %46 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %45
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
  %52 = mul i64 %u, 8192
  %53 = add i64 %31, %52
  %54 = mul i64 %u, 576
  %55 = add i64 %35, %54
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %56 = add i64 %x, 0
  %57 = mul i64 %24, 4
  %58 = add i64 %57, %27
  %59 = add i64 %58, 0
  %60 = mul i64 %59, 30
  %61 = add i64 %60, %21
  %62 = mul i64 %61, 30
  %63 = add i64 %62, %56
  %64 = mul i64 %63, 8
  %65 = load <8 x float>, <8 x float>* %17, align 32
  %66 = fcmp ogt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> %65, <8 x float> zeroinitializer
  %68 = getelementptr inbounds float, float* %0, i64 %64
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add i64 %x, 1
  %71 = mul i64 %24, 4
  %72 = add i64 %71, %27
  %73 = add i64 %72, 0
  %74 = mul i64 %73, 30
  %75 = add i64 %74, %21
  %76 = mul i64 %75, 30
  %77 = add i64 %76, %70
  %78 = mul i64 %77, 8
  %79 = load <8 x float>, <8 x float>* %16, align 32
  %80 = fcmp ogt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> %79, <8 x float> zeroinitializer
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %x, 2
  %85 = mul i64 %24, 4
  %86 = add i64 %85, %27
  %87 = add i64 %86, 0
  %88 = mul i64 %87, 30
  %89 = add i64 %88, %21
  %90 = mul i64 %89, 30
  %91 = add i64 %90, %84
  %92 = mul i64 %91, 8
  %93 = load <8 x float>, <8 x float>* %15, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = getelementptr inbounds float, float* %0, i64 %92
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %95, <8 x float>* %97, align 4
  %98 = add i64 %x, 3
  %99 = mul i64 %24, 4
  %100 = add i64 %99, %27
  %101 = add i64 %100, 0
  %102 = mul i64 %101, 30
  %103 = add i64 %102, %21
  %104 = mul i64 %103, 30
  %105 = add i64 %104, %98
  %106 = mul i64 %105, 8
  %107 = load <8 x float>, <8 x float>* %14, align 32
  %108 = fcmp ogt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> %107, <8 x float> zeroinitializer
  %110 = getelementptr inbounds float, float* %0, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  %112 = add i64 %x, 4
  %113 = mul i64 %24, 4
  %114 = add i64 %113, %27
  %115 = add i64 %114, 0
  %116 = mul i64 %115, 30
  %117 = add i64 %116, %21
  %118 = mul i64 %117, 30
  %119 = add i64 %118, %112
  %120 = mul i64 %119, 8
  %121 = load <8 x float>, <8 x float>* %13, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = getelementptr inbounds float, float* %0, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %126 = add i64 %x, 5
  %127 = mul i64 %24, 4
  %128 = add i64 %127, %27
  %129 = add i64 %128, 0
  %130 = mul i64 %129, 30
  %131 = add i64 %130, %21
  %132 = mul i64 %131, 30
  %133 = add i64 %132, %126
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %12, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = add i64 %x, 0
  %141 = mul i64 %24, 4
  %142 = add i64 %141, %27
  %143 = add i64 %142, 1
  %144 = mul i64 %143, 30
  %145 = add i64 %144, %21
  %146 = mul i64 %145, 30
  %147 = add i64 %146, %140
  %148 = mul i64 %147, 8
  %149 = load <8 x float>, <8 x float>* %11, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = getelementptr inbounds float, float* %0, i64 %148
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = add i64 %x, 1
  %155 = mul i64 %24, 4
  %156 = add i64 %155, %27
  %157 = add i64 %156, 1
  %158 = mul i64 %157, 30
  %159 = add i64 %158, %21
  %160 = mul i64 %159, 30
  %161 = add i64 %160, %154
  %162 = mul i64 %161, 8
  %163 = load <8 x float>, <8 x float>* %10, align 32
  %164 = fcmp ogt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> %163, <8 x float> zeroinitializer
  %166 = getelementptr inbounds float, float* %0, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 2
  %169 = mul i64 %24, 4
  %170 = add i64 %169, %27
  %171 = add i64 %170, 1
  %172 = mul i64 %171, 30
  %173 = add i64 %172, %21
  %174 = mul i64 %173, 30
  %175 = add i64 %174, %168
  %176 = mul i64 %175, 8
  %177 = load <8 x float>, <8 x float>* %9, align 32
  %178 = fcmp ogt <8 x float> %177, zeroinitializer
  %179 = select <8 x i1> %178, <8 x float> %177, <8 x float> zeroinitializer
  %180 = getelementptr inbounds float, float* %0, i64 %176
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %179, <8 x float>* %181, align 4
  %182 = add i64 %x, 3
  %183 = mul i64 %24, 4
  %184 = add i64 %183, %27
  %185 = add i64 %184, 1
  %186 = mul i64 %185, 30
  %187 = add i64 %186, %21
  %188 = mul i64 %187, 30
  %189 = add i64 %188, %182
  %190 = mul i64 %189, 8
  %191 = load <8 x float>, <8 x float>* %8, align 32
  %192 = fcmp ogt <8 x float> %191, zeroinitializer
  %193 = select <8 x i1> %192, <8 x float> %191, <8 x float> zeroinitializer
  %194 = getelementptr inbounds float, float* %0, i64 %190
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %193, <8 x float>* %195, align 4
  %196 = add i64 %x, 4
  %197 = mul i64 %24, 4
  %198 = add i64 %197, %27
  %199 = add i64 %198, 1
  %200 = mul i64 %199, 30
  %201 = add i64 %200, %21
  %202 = mul i64 %201, 30
  %203 = add i64 %202, %196
  %204 = mul i64 %203, 8
  %205 = load <8 x float>, <8 x float>* %7, align 32
  %206 = fcmp ogt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> %205, <8 x float> zeroinitializer
  %208 = getelementptr inbounds float, float* %0, i64 %204
  %209 = bitcast float* %208 to <8 x float>*
  store <8 x float> %207, <8 x float>* %209, align 4
  %210 = add i64 %x, 5
  %211 = mul i64 %24, 4
  %212 = add i64 %211, %27
  %213 = add i64 %212, 1
  %214 = mul i64 %213, 30
  %215 = add i64 %214, %21
  %216 = mul i64 %215, 30
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
  %228 = icmp slt i64 %226, 32
  %229 = and i1 %227, %228
  br i1 %229, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %230 = mul i64 %226, 256
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
  %240 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = add i64 %238, 2304
  %244 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %243
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
  %314 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %313
  %315 = bitcast float* %314 to <8 x float>*
  %316 = load <8 x float>, <8 x float>* %315, align 4
  %317 = add i64 %238, 2312
  %318 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %317
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
  %388 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = add i64 %238, 2320
  %392 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %391
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
  %462 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  %464 = load <8 x float>, <8 x float>* %463, align 4
  %465 = add i64 %238, 2328
  %466 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %465
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
  %536 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %238, 2336
  %540 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %539
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
  %610 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %609
  %611 = bitcast float* %610 to <8 x float>*
  %612 = load <8 x float>, <8 x float>* %611, align 4
  %613 = add i64 %238, 2344
  %614 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %613
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
  %684 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %683
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = add i64 %238, 2352
  %688 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %687
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
  %758 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %757
  %759 = bitcast float* %758 to <8 x float>*
  %760 = load <8 x float>, <8 x float>* %759, align 4
  %761 = add i64 %238, 2360
  %762 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %761
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
  %19 = add i64 60, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 60
  %23 = select i1 %22, i64 %21, i64 60
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 60
  %26 = select i1 %25, i64 %24, i64 60
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
  %8 = sdiv i64 %task, 15
  %9 = srem i64 %task, 15
  %10 = mul i64 %8, 7200
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 15
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 120
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 30
  %22 = select i1 %21, i64 %20, i64 30
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 30
  %25 = select i1 %24, i64 %23, i64 30
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 15
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 30
  %34 = select i1 %33, i64 %32, i64 30
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 30
  %37 = select i1 %36, i64 %35, i64 30
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
  %45 = mul i64 %r, 30
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
  %19 = add i64 60, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 60
  %23 = select i1 %22, i64 %21, i64 60
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 60
  %26 = select i1 %25, i64 %24, i64 60
  call void @node2.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %xb.exit110, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit110 ]
  %26 = icmp slt i64 %task, %5
  br i1 %26, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %27 = srem i64 %task, 4
  %28 = sdiv i64 %task, 4
  %29 = srem i64 %28, 15
  %30 = sdiv i64 %task, 60
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 8
  %34 = mul i64 %27, 2
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 4
  %37 = mul i64 %31, 4
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 1800
  %40 = mul i64 %31, 8
  %41 = mul i64 %27, 2
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 2304
  %44 = mul i64 %29, 1
  %45 = sub i64 %44, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 11
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %35, 0
  %48 = mul i64 %47, 8
  %49 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  store <8 x float> %51, <8 x float>* %25, align 32
  store <8 x float> %51, <8 x float>* %24, align 32
  store <8 x float> %51, <8 x float>* %23, align 32
  store <8 x float> %51, <8 x float>* %22, align 32
  store <8 x float> %51, <8 x float>* %21, align 32
  %52 = add i64 %35, 1
  %53 = mul i64 %52, 8
  %54 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  store <8 x float> %56, <8 x float>* %20, align 32
  store <8 x float> %56, <8 x float>* %19, align 32
  store <8 x float> %56, <8 x float>* %18, align 32
  store <8 x float> %56, <8 x float>* %17, align 32
  store <8 x float> %56, <8 x float>* %16, align 32
  %57 = mul i64 %x, 1
  %58 = sub i64 %57, 1
  br label %u.header

x.exit:                                           ; preds = %x.header
  %59 = add i64 %35, 0
  %60 = mul i64 %59, 8
  %61 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  store <8 x float> %63, <8 x float>* %15, align 32
  store <8 x float> %63, <8 x float>* %14, align 32
  store <8 x float> %63, <8 x float>* %13, align 32
  %64 = add i64 %35, 1
  %65 = mul i64 %64, 8
  %66 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  store <8 x float> %68, <8 x float>* %12, align 32
  store <8 x float> %68, <8 x float>* %11, align 32
  store <8 x float> %68, <8 x float>* %10, align 32
  br label %u.header40

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %69 = icmp slt i64 %u, 4
  br i1 %69, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %70 = mul i64 %u, 1800
  %71 = add i64 %39, %70
  %72 = mul i64 %u, 576
  %73 = add i64 %43, %72
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %74 = add i64 %x, 0
  %75 = mul i64 %32, 8
  %76 = add i64 %75, %35
  %77 = add i64 %76, 0
  %78 = mul i64 %77, 15
  %79 = add i64 %78, %29
  %80 = mul i64 %79, 15
  %81 = add i64 %80, %74
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %25, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 1
  %89 = mul i64 %32, 8
  %90 = add i64 %89, %35
  %91 = add i64 %90, 0
  %92 = mul i64 %91, 15
  %93 = add i64 %92, %29
  %94 = mul i64 %93, 15
  %95 = add i64 %94, %88
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %24, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 2
  %103 = mul i64 %32, 8
  %104 = add i64 %103, %35
  %105 = add i64 %104, 0
  %106 = mul i64 %105, 15
  %107 = add i64 %106, %29
  %108 = mul i64 %107, 15
  %109 = add i64 %108, %102
  %110 = mul i64 %109, 8
  %111 = load <8 x float>, <8 x float>* %23, align 32
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %x, 3
  %117 = mul i64 %32, 8
  %118 = add i64 %117, %35
  %119 = add i64 %118, 0
  %120 = mul i64 %119, 15
  %121 = add i64 %120, %29
  %122 = mul i64 %121, 15
  %123 = add i64 %122, %116
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %22, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = add i64 %x, 4
  %131 = mul i64 %32, 8
  %132 = add i64 %131, %35
  %133 = add i64 %132, 0
  %134 = mul i64 %133, 15
  %135 = add i64 %134, %29
  %136 = mul i64 %135, 15
  %137 = add i64 %136, %130
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %21, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 0
  %145 = mul i64 %32, 8
  %146 = add i64 %145, %35
  %147 = add i64 %146, 1
  %148 = mul i64 %147, 15
  %149 = add i64 %148, %29
  %150 = mul i64 %149, 15
  %151 = add i64 %150, %144
  %152 = mul i64 %151, 8
  %153 = load <8 x float>, <8 x float>* %20, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = getelementptr inbounds float, float* %0, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 1
  %159 = mul i64 %32, 8
  %160 = add i64 %159, %35
  %161 = add i64 %160, 1
  %162 = mul i64 %161, 15
  %163 = add i64 %162, %29
  %164 = mul i64 %163, 15
  %165 = add i64 %164, %158
  %166 = mul i64 %165, 8
  %167 = load <8 x float>, <8 x float>* %19, align 32
  %168 = fcmp ogt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> %167, <8 x float> zeroinitializer
  %170 = getelementptr inbounds float, float* %0, i64 %166
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %169, <8 x float>* %171, align 4
  %172 = add i64 %x, 2
  %173 = mul i64 %32, 8
  %174 = add i64 %173, %35
  %175 = add i64 %174, 1
  %176 = mul i64 %175, 15
  %177 = add i64 %176, %29
  %178 = mul i64 %177, 15
  %179 = add i64 %178, %172
  %180 = mul i64 %179, 8
  %181 = load <8 x float>, <8 x float>* %18, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = getelementptr inbounds float, float* %0, i64 %180
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %183, <8 x float>* %185, align 4
  %186 = add i64 %x, 3
  %187 = mul i64 %32, 8
  %188 = add i64 %187, %35
  %189 = add i64 %188, 1
  %190 = mul i64 %189, 15
  %191 = add i64 %190, %29
  %192 = mul i64 %191, 15
  %193 = add i64 %192, %186
  %194 = mul i64 %193, 8
  %195 = load <8 x float>, <8 x float>* %17, align 32
  %196 = fcmp ogt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> %195, <8 x float> zeroinitializer
  %198 = getelementptr inbounds float, float* %0, i64 %194
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = add i64 %x, 4
  %201 = mul i64 %32, 8
  %202 = add i64 %201, %35
  %203 = add i64 %202, 1
  %204 = mul i64 %203, 15
  %205 = add i64 %204, %29
  %206 = mul i64 %205, 15
  %207 = add i64 %206, %200
  %208 = mul i64 %207, 8
  %209 = load <8 x float>, <8 x float>* %16, align 32
  %210 = fcmp ogt <8 x float> %209, zeroinitializer
  %211 = select <8 x i1> %210, <8 x float> %209, <8 x float> zeroinitializer
  %212 = getelementptr inbounds float, float* %0, i64 %208
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %x.next = add i64 %x, 5
  br label %x.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %214 = icmp slt i64 %kh, 3
  br i1 %214, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %215 = mul i64 %kh, 1
  %216 = add i64 %45, %215
  %217 = icmp sge i64 %216, 0
  %218 = icmp slt i64 %216, 15
  %219 = and i1 %217, %218
  br i1 %219, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %220 = mul i64 %216, 120
  %221 = add i64 %71, %220
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %222 = icmp slt i64 %kw, 3
  br i1 %222, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %223 = mul i64 %kw, 1
  %224 = add i64 %58, %223
  %225 = mul i64 %kh, 3
  %226 = add i64 %225, %kw
  %227 = mul i64 %226, 64
  %228 = add i64 %73, %227
  %229 = add i64 %228, 0
  %230 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  %232 = load <8 x float>, <8 x float>* %231, align 4
  %233 = add i64 %228, 2304
  %234 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  %236 = load <8 x float>, <8 x float>* %235, align 4
  %237 = add i64 %224, 0
  %238 = mul i64 %237, 8
  %239 = add i64 %238, 0
  %240 = add i64 %221, %239
  %241 = getelementptr inbounds float, float* %1, i64 %240
  %242 = load float, float* %241, align 4
  %243 = insertelement <8 x float> undef, float %242, i32 0
  %splat = shufflevector <8 x float> %243, <8 x float> undef, <8 x i32> zeroinitializer
  %244 = load <8 x float>, <8 x float>* %25, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %232, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %25, align 32
  %246 = load <8 x float>, <8 x float>* %20, align 32
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %236, <8 x float> %246)
  store <8 x float> %247, <8 x float>* %20, align 32
  %248 = add i64 %224, 1
  %249 = mul i64 %248, 8
  %250 = add i64 %249, 0
  %251 = add i64 %221, %250
  %252 = getelementptr inbounds float, float* %1, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat1 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %24, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %232, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %24, align 32
  %257 = load <8 x float>, <8 x float>* %19, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %236, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %19, align 32
  %259 = add i64 %224, 2
  %260 = mul i64 %259, 8
  %261 = add i64 %260, 0
  %262 = add i64 %221, %261
  %263 = getelementptr inbounds float, float* %1, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat2 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %23, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %232, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %23, align 32
  %268 = load <8 x float>, <8 x float>* %18, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %236, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %18, align 32
  %270 = add i64 %224, 3
  %271 = mul i64 %270, 8
  %272 = add i64 %271, 0
  %273 = add i64 %221, %272
  %274 = getelementptr inbounds float, float* %1, i64 %273
  %275 = load float, float* %274, align 4
  %276 = insertelement <8 x float> undef, float %275, i32 0
  %splat3 = shufflevector <8 x float> %276, <8 x float> undef, <8 x i32> zeroinitializer
  %277 = load <8 x float>, <8 x float>* %22, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %232, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %22, align 32
  %279 = load <8 x float>, <8 x float>* %17, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %236, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %17, align 32
  %281 = add i64 %224, 4
  %282 = mul i64 %281, 8
  %283 = add i64 %282, 0
  %284 = add i64 %221, %283
  %285 = getelementptr inbounds float, float* %1, i64 %284
  %286 = load float, float* %285, align 4
  %287 = insertelement <8 x float> undef, float %286, i32 0
  %splat4 = shufflevector <8 x float> %287, <8 x float> undef, <8 x i32> zeroinitializer
  %288 = load <8 x float>, <8 x float>* %21, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %232, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %21, align 32
  %290 = load <8 x float>, <8 x float>* %16, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %236, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %16, align 32
  %292 = add i64 %228, 8
  %293 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  %295 = load <8 x float>, <8 x float>* %294, align 4
  %296 = add i64 %228, 2312
  %297 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  %299 = load <8 x float>, <8 x float>* %298, align 4
  %300 = add i64 %224, 0
  %301 = mul i64 %300, 8
  %302 = add i64 %301, 1
  %303 = add i64 %221, %302
  %304 = getelementptr inbounds float, float* %1, i64 %303
  %305 = load float, float* %304, align 4
  %306 = insertelement <8 x float> undef, float %305, i32 0
  %splat5 = shufflevector <8 x float> %306, <8 x float> undef, <8 x i32> zeroinitializer
  %307 = load <8 x float>, <8 x float>* %25, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %295, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %25, align 32
  %309 = load <8 x float>, <8 x float>* %20, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %299, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %20, align 32
  %311 = add i64 %224, 1
  %312 = mul i64 %311, 8
  %313 = add i64 %312, 1
  %314 = add i64 %221, %313
  %315 = getelementptr inbounds float, float* %1, i64 %314
  %316 = load float, float* %315, align 4
  %317 = insertelement <8 x float> undef, float %316, i32 0
  %splat6 = shufflevector <8 x float> %317, <8 x float> undef, <8 x i32> zeroinitializer
  %318 = load <8 x float>, <8 x float>* %24, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %295, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %24, align 32
  %320 = load <8 x float>, <8 x float>* %19, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %299, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %19, align 32
  %322 = add i64 %224, 2
  %323 = mul i64 %322, 8
  %324 = add i64 %323, 1
  %325 = add i64 %221, %324
  %326 = getelementptr inbounds float, float* %1, i64 %325
  %327 = load float, float* %326, align 4
  %328 = insertelement <8 x float> undef, float %327, i32 0
  %splat7 = shufflevector <8 x float> %328, <8 x float> undef, <8 x i32> zeroinitializer
  %329 = load <8 x float>, <8 x float>* %23, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %295, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %23, align 32
  %331 = load <8 x float>, <8 x float>* %18, align 32
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %299, <8 x float> %331)
  store <8 x float> %332, <8 x float>* %18, align 32
  %333 = add i64 %224, 3
  %334 = mul i64 %333, 8
  %335 = add i64 %334, 1
  %336 = add i64 %221, %335
  %337 = getelementptr inbounds float, float* %1, i64 %336
  %338 = load float, float* %337, align 4
  %339 = insertelement <8 x float> undef, float %338, i32 0
  %splat8 = shufflevector <8 x float> %339, <8 x float> undef, <8 x i32> zeroinitializer
  %340 = load <8 x float>, <8 x float>* %22, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %295, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %22, align 32
  %342 = load <8 x float>, <8 x float>* %17, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %299, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %17, align 32
  %344 = add i64 %224, 4
  %345 = mul i64 %344, 8
  %346 = add i64 %345, 1
  %347 = add i64 %221, %346
  %348 = getelementptr inbounds float, float* %1, i64 %347
  %349 = load float, float* %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i32 0
  %splat9 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = load <8 x float>, <8 x float>* %21, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %295, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %21, align 32
  %353 = load <8 x float>, <8 x float>* %16, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %299, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %16, align 32
  %355 = add i64 %228, 16
  %356 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  %358 = load <8 x float>, <8 x float>* %357, align 4
  %359 = add i64 %228, 2320
  %360 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %359
  %361 = bitcast float* %360 to <8 x float>*
  %362 = load <8 x float>, <8 x float>* %361, align 4
  %363 = add i64 %224, 0
  %364 = mul i64 %363, 8
  %365 = add i64 %364, 2
  %366 = add i64 %221, %365
  %367 = getelementptr inbounds float, float* %1, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat10 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %25, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %358, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %25, align 32
  %372 = load <8 x float>, <8 x float>* %20, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %362, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %20, align 32
  %374 = add i64 %224, 1
  %375 = mul i64 %374, 8
  %376 = add i64 %375, 2
  %377 = add i64 %221, %376
  %378 = getelementptr inbounds float, float* %1, i64 %377
  %379 = load float, float* %378, align 4
  %380 = insertelement <8 x float> undef, float %379, i32 0
  %splat11 = shufflevector <8 x float> %380, <8 x float> undef, <8 x i32> zeroinitializer
  %381 = load <8 x float>, <8 x float>* %24, align 32
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %358, <8 x float> %381)
  store <8 x float> %382, <8 x float>* %24, align 32
  %383 = load <8 x float>, <8 x float>* %19, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %362, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %19, align 32
  %385 = add i64 %224, 2
  %386 = mul i64 %385, 8
  %387 = add i64 %386, 2
  %388 = add i64 %221, %387
  %389 = getelementptr inbounds float, float* %1, i64 %388
  %390 = load float, float* %389, align 4
  %391 = insertelement <8 x float> undef, float %390, i32 0
  %splat12 = shufflevector <8 x float> %391, <8 x float> undef, <8 x i32> zeroinitializer
  %392 = load <8 x float>, <8 x float>* %23, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %358, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %23, align 32
  %394 = load <8 x float>, <8 x float>* %18, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %362, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %18, align 32
  %396 = add i64 %224, 3
  %397 = mul i64 %396, 8
  %398 = add i64 %397, 2
  %399 = add i64 %221, %398
  %400 = getelementptr inbounds float, float* %1, i64 %399
  %401 = load float, float* %400, align 4
  %402 = insertelement <8 x float> undef, float %401, i32 0
  %splat13 = shufflevector <8 x float> %402, <8 x float> undef, <8 x i32> zeroinitializer
  %403 = load <8 x float>, <8 x float>* %22, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %358, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %22, align 32
  %405 = load <8 x float>, <8 x float>* %17, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %362, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %17, align 32
  %407 = add i64 %224, 4
  %408 = mul i64 %407, 8
  %409 = add i64 %408, 2
  %410 = add i64 %221, %409
  %411 = getelementptr inbounds float, float* %1, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat14 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = load <8 x float>, <8 x float>* %21, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %358, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %21, align 32
  %416 = load <8 x float>, <8 x float>* %16, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %362, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %16, align 32
  %418 = add i64 %228, 24
  %419 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %418
  %420 = bitcast float* %419 to <8 x float>*
  %421 = load <8 x float>, <8 x float>* %420, align 4
  %422 = add i64 %228, 2328
  %423 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  %425 = load <8 x float>, <8 x float>* %424, align 4
  %426 = add i64 %224, 0
  %427 = mul i64 %426, 8
  %428 = add i64 %427, 3
  %429 = add i64 %221, %428
  %430 = getelementptr inbounds float, float* %1, i64 %429
  %431 = load float, float* %430, align 4
  %432 = insertelement <8 x float> undef, float %431, i32 0
  %splat15 = shufflevector <8 x float> %432, <8 x float> undef, <8 x i32> zeroinitializer
  %433 = load <8 x float>, <8 x float>* %25, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %421, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %25, align 32
  %435 = load <8 x float>, <8 x float>* %20, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %425, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %20, align 32
  %437 = add i64 %224, 1
  %438 = mul i64 %437, 8
  %439 = add i64 %438, 3
  %440 = add i64 %221, %439
  %441 = getelementptr inbounds float, float* %1, i64 %440
  %442 = load float, float* %441, align 4
  %443 = insertelement <8 x float> undef, float %442, i32 0
  %splat16 = shufflevector <8 x float> %443, <8 x float> undef, <8 x i32> zeroinitializer
  %444 = load <8 x float>, <8 x float>* %24, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %421, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %24, align 32
  %446 = load <8 x float>, <8 x float>* %19, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %425, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %19, align 32
  %448 = add i64 %224, 2
  %449 = mul i64 %448, 8
  %450 = add i64 %449, 3
  %451 = add i64 %221, %450
  %452 = getelementptr inbounds float, float* %1, i64 %451
  %453 = load float, float* %452, align 4
  %454 = insertelement <8 x float> undef, float %453, i32 0
  %splat17 = shufflevector <8 x float> %454, <8 x float> undef, <8 x i32> zeroinitializer
  %455 = load <8 x float>, <8 x float>* %23, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %421, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %23, align 32
  %457 = load <8 x float>, <8 x float>* %18, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %425, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %18, align 32
  %459 = add i64 %224, 3
  %460 = mul i64 %459, 8
  %461 = add i64 %460, 3
  %462 = add i64 %221, %461
  %463 = getelementptr inbounds float, float* %1, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat18 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %22, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %421, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %22, align 32
  %468 = load <8 x float>, <8 x float>* %17, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %425, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %17, align 32
  %470 = add i64 %224, 4
  %471 = mul i64 %470, 8
  %472 = add i64 %471, 3
  %473 = add i64 %221, %472
  %474 = getelementptr inbounds float, float* %1, i64 %473
  %475 = load float, float* %474, align 4
  %476 = insertelement <8 x float> undef, float %475, i32 0
  %splat19 = shufflevector <8 x float> %476, <8 x float> undef, <8 x i32> zeroinitializer
  %477 = load <8 x float>, <8 x float>* %21, align 32
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %421, <8 x float> %477)
  store <8 x float> %478, <8 x float>* %21, align 32
  %479 = load <8 x float>, <8 x float>* %16, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %425, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %16, align 32
  %481 = add i64 %228, 32
  %482 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %481
  %483 = bitcast float* %482 to <8 x float>*
  %484 = load <8 x float>, <8 x float>* %483, align 4
  %485 = add i64 %228, 2336
  %486 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %485
  %487 = bitcast float* %486 to <8 x float>*
  %488 = load <8 x float>, <8 x float>* %487, align 4
  %489 = add i64 %224, 0
  %490 = mul i64 %489, 8
  %491 = add i64 %490, 4
  %492 = add i64 %221, %491
  %493 = getelementptr inbounds float, float* %1, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat20 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %25, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %484, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %25, align 32
  %498 = load <8 x float>, <8 x float>* %20, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %488, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %20, align 32
  %500 = add i64 %224, 1
  %501 = mul i64 %500, 8
  %502 = add i64 %501, 4
  %503 = add i64 %221, %502
  %504 = getelementptr inbounds float, float* %1, i64 %503
  %505 = load float, float* %504, align 4
  %506 = insertelement <8 x float> undef, float %505, i32 0
  %splat21 = shufflevector <8 x float> %506, <8 x float> undef, <8 x i32> zeroinitializer
  %507 = load <8 x float>, <8 x float>* %24, align 32
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %484, <8 x float> %507)
  store <8 x float> %508, <8 x float>* %24, align 32
  %509 = load <8 x float>, <8 x float>* %19, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %488, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %19, align 32
  %511 = add i64 %224, 2
  %512 = mul i64 %511, 8
  %513 = add i64 %512, 4
  %514 = add i64 %221, %513
  %515 = getelementptr inbounds float, float* %1, i64 %514
  %516 = load float, float* %515, align 4
  %517 = insertelement <8 x float> undef, float %516, i32 0
  %splat22 = shufflevector <8 x float> %517, <8 x float> undef, <8 x i32> zeroinitializer
  %518 = load <8 x float>, <8 x float>* %23, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %484, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %23, align 32
  %520 = load <8 x float>, <8 x float>* %18, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %488, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %18, align 32
  %522 = add i64 %224, 3
  %523 = mul i64 %522, 8
  %524 = add i64 %523, 4
  %525 = add i64 %221, %524
  %526 = getelementptr inbounds float, float* %1, i64 %525
  %527 = load float, float* %526, align 4
  %528 = insertelement <8 x float> undef, float %527, i32 0
  %splat23 = shufflevector <8 x float> %528, <8 x float> undef, <8 x i32> zeroinitializer
  %529 = load <8 x float>, <8 x float>* %22, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %484, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %22, align 32
  %531 = load <8 x float>, <8 x float>* %17, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %488, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %17, align 32
  %533 = add i64 %224, 4
  %534 = mul i64 %533, 8
  %535 = add i64 %534, 4
  %536 = add i64 %221, %535
  %537 = getelementptr inbounds float, float* %1, i64 %536
  %538 = load float, float* %537, align 4
  %539 = insertelement <8 x float> undef, float %538, i32 0
  %splat24 = shufflevector <8 x float> %539, <8 x float> undef, <8 x i32> zeroinitializer
  %540 = load <8 x float>, <8 x float>* %21, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %484, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %21, align 32
  %542 = load <8 x float>, <8 x float>* %16, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %488, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %16, align 32
  %544 = add i64 %228, 40
  %545 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %544
  %546 = bitcast float* %545 to <8 x float>*
  %547 = load <8 x float>, <8 x float>* %546, align 4
  %548 = add i64 %228, 2344
  %549 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %548
  %550 = bitcast float* %549 to <8 x float>*
  %551 = load <8 x float>, <8 x float>* %550, align 4
  %552 = add i64 %224, 0
  %553 = mul i64 %552, 8
  %554 = add i64 %553, 5
  %555 = add i64 %221, %554
  %556 = getelementptr inbounds float, float* %1, i64 %555
  %557 = load float, float* %556, align 4
  %558 = insertelement <8 x float> undef, float %557, i32 0
  %splat25 = shufflevector <8 x float> %558, <8 x float> undef, <8 x i32> zeroinitializer
  %559 = load <8 x float>, <8 x float>* %25, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %547, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %25, align 32
  %561 = load <8 x float>, <8 x float>* %20, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %551, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %20, align 32
  %563 = add i64 %224, 1
  %564 = mul i64 %563, 8
  %565 = add i64 %564, 5
  %566 = add i64 %221, %565
  %567 = getelementptr inbounds float, float* %1, i64 %566
  %568 = load float, float* %567, align 4
  %569 = insertelement <8 x float> undef, float %568, i32 0
  %splat26 = shufflevector <8 x float> %569, <8 x float> undef, <8 x i32> zeroinitializer
  %570 = load <8 x float>, <8 x float>* %24, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %547, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %24, align 32
  %572 = load <8 x float>, <8 x float>* %19, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %551, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %19, align 32
  %574 = add i64 %224, 2
  %575 = mul i64 %574, 8
  %576 = add i64 %575, 5
  %577 = add i64 %221, %576
  %578 = getelementptr inbounds float, float* %1, i64 %577
  %579 = load float, float* %578, align 4
  %580 = insertelement <8 x float> undef, float %579, i32 0
  %splat27 = shufflevector <8 x float> %580, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = load <8 x float>, <8 x float>* %23, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %547, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %23, align 32
  %583 = load <8 x float>, <8 x float>* %18, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %551, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %18, align 32
  %585 = add i64 %224, 3
  %586 = mul i64 %585, 8
  %587 = add i64 %586, 5
  %588 = add i64 %221, %587
  %589 = getelementptr inbounds float, float* %1, i64 %588
  %590 = load float, float* %589, align 4
  %591 = insertelement <8 x float> undef, float %590, i32 0
  %splat28 = shufflevector <8 x float> %591, <8 x float> undef, <8 x i32> zeroinitializer
  %592 = load <8 x float>, <8 x float>* %22, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %547, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %22, align 32
  %594 = load <8 x float>, <8 x float>* %17, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %551, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %17, align 32
  %596 = add i64 %224, 4
  %597 = mul i64 %596, 8
  %598 = add i64 %597, 5
  %599 = add i64 %221, %598
  %600 = getelementptr inbounds float, float* %1, i64 %599
  %601 = load float, float* %600, align 4
  %602 = insertelement <8 x float> undef, float %601, i32 0
  %splat29 = shufflevector <8 x float> %602, <8 x float> undef, <8 x i32> zeroinitializer
  %603 = load <8 x float>, <8 x float>* %21, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %547, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %21, align 32
  %605 = load <8 x float>, <8 x float>* %16, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %551, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %16, align 32
  %607 = add i64 %228, 48
  %608 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %607
  %609 = bitcast float* %608 to <8 x float>*
  %610 = load <8 x float>, <8 x float>* %609, align 4
  %611 = add i64 %228, 2352
  %612 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %611
  %613 = bitcast float* %612 to <8 x float>*
  %614 = load <8 x float>, <8 x float>* %613, align 4
  %615 = add i64 %224, 0
  %616 = mul i64 %615, 8
  %617 = add i64 %616, 6
  %618 = add i64 %221, %617
  %619 = getelementptr inbounds float, float* %1, i64 %618
  %620 = load float, float* %619, align 4
  %621 = insertelement <8 x float> undef, float %620, i32 0
  %splat30 = shufflevector <8 x float> %621, <8 x float> undef, <8 x i32> zeroinitializer
  %622 = load <8 x float>, <8 x float>* %25, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %610, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %25, align 32
  %624 = load <8 x float>, <8 x float>* %20, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %614, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %20, align 32
  %626 = add i64 %224, 1
  %627 = mul i64 %626, 8
  %628 = add i64 %627, 6
  %629 = add i64 %221, %628
  %630 = getelementptr inbounds float, float* %1, i64 %629
  %631 = load float, float* %630, align 4
  %632 = insertelement <8 x float> undef, float %631, i32 0
  %splat31 = shufflevector <8 x float> %632, <8 x float> undef, <8 x i32> zeroinitializer
  %633 = load <8 x float>, <8 x float>* %24, align 32
  %634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %610, <8 x float> %633)
  store <8 x float> %634, <8 x float>* %24, align 32
  %635 = load <8 x float>, <8 x float>* %19, align 32
  %636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %614, <8 x float> %635)
  store <8 x float> %636, <8 x float>* %19, align 32
  %637 = add i64 %224, 2
  %638 = mul i64 %637, 8
  %639 = add i64 %638, 6
  %640 = add i64 %221, %639
  %641 = getelementptr inbounds float, float* %1, i64 %640
  %642 = load float, float* %641, align 4
  %643 = insertelement <8 x float> undef, float %642, i32 0
  %splat32 = shufflevector <8 x float> %643, <8 x float> undef, <8 x i32> zeroinitializer
  %644 = load <8 x float>, <8 x float>* %23, align 32
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %610, <8 x float> %644)
  store <8 x float> %645, <8 x float>* %23, align 32
  %646 = load <8 x float>, <8 x float>* %18, align 32
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %614, <8 x float> %646)
  store <8 x float> %647, <8 x float>* %18, align 32
  %648 = add i64 %224, 3
  %649 = mul i64 %648, 8
  %650 = add i64 %649, 6
  %651 = add i64 %221, %650
  %652 = getelementptr inbounds float, float* %1, i64 %651
  %653 = load float, float* %652, align 4
  %654 = insertelement <8 x float> undef, float %653, i32 0
  %splat33 = shufflevector <8 x float> %654, <8 x float> undef, <8 x i32> zeroinitializer
  %655 = load <8 x float>, <8 x float>* %22, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %610, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %22, align 32
  %657 = load <8 x float>, <8 x float>* %17, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %614, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %17, align 32
  %659 = add i64 %224, 4
  %660 = mul i64 %659, 8
  %661 = add i64 %660, 6
  %662 = add i64 %221, %661
  %663 = getelementptr inbounds float, float* %1, i64 %662
  %664 = load float, float* %663, align 4
  %665 = insertelement <8 x float> undef, float %664, i32 0
  %splat34 = shufflevector <8 x float> %665, <8 x float> undef, <8 x i32> zeroinitializer
  %666 = load <8 x float>, <8 x float>* %21, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %610, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %21, align 32
  %668 = load <8 x float>, <8 x float>* %16, align 32
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %614, <8 x float> %668)
  store <8 x float> %669, <8 x float>* %16, align 32
  %670 = add i64 %228, 56
  %671 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %670
  %672 = bitcast float* %671 to <8 x float>*
  %673 = load <8 x float>, <8 x float>* %672, align 4
  %674 = add i64 %228, 2360
  %675 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %674
  %676 = bitcast float* %675 to <8 x float>*
  %677 = load <8 x float>, <8 x float>* %676, align 4
  %678 = add i64 %224, 0
  %679 = mul i64 %678, 8
  %680 = add i64 %679, 7
  %681 = add i64 %221, %680
  %682 = getelementptr inbounds float, float* %1, i64 %681
  %683 = load float, float* %682, align 4
  %684 = insertelement <8 x float> undef, float %683, i32 0
  %splat35 = shufflevector <8 x float> %684, <8 x float> undef, <8 x i32> zeroinitializer
  %685 = load <8 x float>, <8 x float>* %25, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %673, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %25, align 32
  %687 = load <8 x float>, <8 x float>* %20, align 32
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %677, <8 x float> %687)
  store <8 x float> %688, <8 x float>* %20, align 32
  %689 = add i64 %224, 1
  %690 = mul i64 %689, 8
  %691 = add i64 %690, 7
  %692 = add i64 %221, %691
  %693 = getelementptr inbounds float, float* %1, i64 %692
  %694 = load float, float* %693, align 4
  %695 = insertelement <8 x float> undef, float %694, i32 0
  %splat36 = shufflevector <8 x float> %695, <8 x float> undef, <8 x i32> zeroinitializer
  %696 = load <8 x float>, <8 x float>* %24, align 32
  %697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %673, <8 x float> %696)
  store <8 x float> %697, <8 x float>* %24, align 32
  %698 = load <8 x float>, <8 x float>* %19, align 32
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %677, <8 x float> %698)
  store <8 x float> %699, <8 x float>* %19, align 32
  %700 = add i64 %224, 2
  %701 = mul i64 %700, 8
  %702 = add i64 %701, 7
  %703 = add i64 %221, %702
  %704 = getelementptr inbounds float, float* %1, i64 %703
  %705 = load float, float* %704, align 4
  %706 = insertelement <8 x float> undef, float %705, i32 0
  %splat37 = shufflevector <8 x float> %706, <8 x float> undef, <8 x i32> zeroinitializer
  %707 = load <8 x float>, <8 x float>* %23, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %673, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %23, align 32
  %709 = load <8 x float>, <8 x float>* %18, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %677, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %18, align 32
  %711 = add i64 %224, 3
  %712 = mul i64 %711, 8
  %713 = add i64 %712, 7
  %714 = add i64 %221, %713
  %715 = getelementptr inbounds float, float* %1, i64 %714
  %716 = load float, float* %715, align 4
  %717 = insertelement <8 x float> undef, float %716, i32 0
  %splat38 = shufflevector <8 x float> %717, <8 x float> undef, <8 x i32> zeroinitializer
  %718 = load <8 x float>, <8 x float>* %22, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %673, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %22, align 32
  %720 = load <8 x float>, <8 x float>* %17, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %677, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %17, align 32
  %722 = add i64 %224, 4
  %723 = mul i64 %722, 8
  %724 = add i64 %723, 7
  %725 = add i64 %221, %724
  %726 = getelementptr inbounds float, float* %1, i64 %725
  %727 = load float, float* %726, align 4
  %728 = insertelement <8 x float> undef, float %727, i32 0
  %splat39 = shufflevector <8 x float> %728, <8 x float> undef, <8 x i32> zeroinitializer
  %729 = load <8 x float>, <8 x float>* %21, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %673, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %21, align 32
  %731 = load <8 x float>, <8 x float>* %16, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %677, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %16, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

u.header40:                                       ; preds = %kh.exit46, %x.exit
  %u43 = phi i64 [ 0, %x.exit ], [ %u.next80, %kh.exit46 ]
  %733 = icmp slt i64 %u43, 4
  br i1 %733, label %u.body41, label %u.exit42

u.body41:                                         ; preds = %u.header40
  %734 = mul i64 %u43, 1800
  %735 = add i64 %39, %734
  %736 = mul i64 %u43, 576
  %737 = add i64 %43, %736
  br label %kh.header44

u.exit42:                                         ; preds = %u.header40
  %738 = mul i64 %32, 8
  %739 = add i64 %738, %35
  %740 = add i64 %739, 0
  %741 = mul i64 %740, 15
  %742 = add i64 %741, %29
  %743 = mul i64 %742, 15
  %744 = add i64 %743, 11
  %745 = mul i64 %744, 8
  %746 = load <8 x float>, <8 x float>* %15, align 32
  %747 = fcmp ogt <8 x float> %746, zeroinitializer
  %748 = select <8 x i1> %747, <8 x float> %746, <8 x float> zeroinitializer
  %749 = getelementptr inbounds float, float* %0, i64 %745
  %750 = bitcast float* %749 to <8 x float>*
  store <8 x float> %748, <8 x float>* %750, align 4
  %751 = mul i64 %32, 8
  %752 = add i64 %751, %35
  %753 = add i64 %752, 0
  %754 = mul i64 %753, 15
  %755 = add i64 %754, %29
  %756 = mul i64 %755, 15
  %757 = add i64 %756, 12
  %758 = mul i64 %757, 8
  %759 = load <8 x float>, <8 x float>* %14, align 32
  %760 = fcmp ogt <8 x float> %759, zeroinitializer
  %761 = select <8 x i1> %760, <8 x float> %759, <8 x float> zeroinitializer
  %762 = getelementptr inbounds float, float* %0, i64 %758
  %763 = bitcast float* %762 to <8 x float>*
  store <8 x float> %761, <8 x float>* %763, align 4
  %764 = mul i64 %32, 8
  %765 = add i64 %764, %35
  %766 = add i64 %765, 0
  %767 = mul i64 %766, 15
  %768 = add i64 %767, %29
  %769 = mul i64 %768, 15
  %770 = add i64 %769, 13
  %771 = mul i64 %770, 8
  %772 = load <8 x float>, <8 x float>* %13, align 32
  %773 = fcmp ogt <8 x float> %772, zeroinitializer
  %774 = select <8 x i1> %773, <8 x float> %772, <8 x float> zeroinitializer
  %775 = getelementptr inbounds float, float* %0, i64 %771
  %776 = bitcast float* %775 to <8 x float>*
  store <8 x float> %774, <8 x float>* %776, align 4
  %777 = mul i64 %32, 8
  %778 = add i64 %777, %35
  %779 = add i64 %778, 1
  %780 = mul i64 %779, 15
  %781 = add i64 %780, %29
  %782 = mul i64 %781, 15
  %783 = add i64 %782, 11
  %784 = mul i64 %783, 8
  %785 = load <8 x float>, <8 x float>* %12, align 32
  %786 = fcmp ogt <8 x float> %785, zeroinitializer
  %787 = select <8 x i1> %786, <8 x float> %785, <8 x float> zeroinitializer
  %788 = getelementptr inbounds float, float* %0, i64 %784
  %789 = bitcast float* %788 to <8 x float>*
  store <8 x float> %787, <8 x float>* %789, align 4
  %790 = mul i64 %32, 8
  %791 = add i64 %790, %35
  %792 = add i64 %791, 1
  %793 = mul i64 %792, 15
  %794 = add i64 %793, %29
  %795 = mul i64 %794, 15
  %796 = add i64 %795, 12
  %797 = mul i64 %796, 8
  %798 = load <8 x float>, <8 x float>* %11, align 32
  %799 = fcmp ogt <8 x float> %798, zeroinitializer
  %800 = select <8 x i1> %799, <8 x float> %798, <8 x float> zeroinitializer
  %801 = getelementptr inbounds float, float* %0, i64 %797
  %802 = bitcast float* %801 to <8 x float>*
  store <8 x float> %800, <8 x float>* %802, align 4
  %803 = mul i64 %32, 8
  %804 = add i64 %803, %35
  %805 = add i64 %804, 1
  %806 = mul i64 %805, 15
  %807 = add i64 %806, %29
  %808 = mul i64 %807, 15
  %809 = add i64 %808, 13
  %810 = mul i64 %809, 8
  %811 = load <8 x float>, <8 x float>* %10, align 32
  %812 = fcmp ogt <8 x float> %811, zeroinitializer
  %813 = select <8 x i1> %812, <8 x float> %811, <8 x float> zeroinitializer
  %814 = getelementptr inbounds float, float* %0, i64 %810
  %815 = bitcast float* %814 to <8 x float>*
  store <8 x float> %813, <8 x float>* %815, align 4
  br label %xb.header

kh.header44:                                      ; preds = %endif49, %u.body41
  %kh47 = phi i64 [ 0, %u.body41 ], [ %kh.next79, %endif49 ]
  %816 = icmp slt i64 %kh47, 3
  br i1 %816, label %kh.body45, label %kh.exit46

kh.body45:                                        ; preds = %kh.header44
  %817 = mul i64 %kh47, 1
  %818 = add i64 %45, %817
  %819 = icmp sge i64 %818, 0
  %820 = icmp slt i64 %818, 15
  %821 = and i1 %819, %820
  br i1 %821, label %then48, label %endif49

kh.exit46:                                        ; preds = %kh.header44
  %u.next80 = add i64 %u43, 1
  br label %u.header40

then48:                                           ; preds = %kh.body45
  %822 = mul i64 %818, 120
  %823 = add i64 %735, %822
  br label %kw.header50

endif49:                                          ; preds = %kw.exit52, %kh.body45
  %kh.next79 = add i64 %kh47, 1
  br label %kh.header44

kw.header50:                                      ; preds = %kw.body51, %then48
  %kw53 = phi i64 [ 0, %then48 ], [ %kw.next78, %kw.body51 ]
  %824 = icmp slt i64 %kw53, 3
  br i1 %824, label %kw.body51, label %kw.exit52

kw.body51:                                        ; preds = %kw.header50
  %825 = mul i64 %kw53, 1
  %826 = add i64 10, %825
  %827 = mul i64 %kh47, 3
  %828 = add i64 %827, %kw53
  %829 = mul i64 %828, 64
  %830 = add i64 %737, %829
  %831 = add i64 %830, 0
  %832 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %831
  %833 = bitcast float* %832 to <8 x float>*
  %834 = load <8 x float>, <8 x float>* %833, align 4
  %835 = add i64 %830, 2304
  %836 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %835
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = add i64 %826, 0
  %840 = mul i64 %839, 8
  %841 = add i64 %840, 0
  %842 = add i64 %823, %841
  %843 = getelementptr inbounds float, float* %1, i64 %842
  %844 = load float, float* %843, align 4
  %845 = insertelement <8 x float> undef, float %844, i32 0
  %splat54 = shufflevector <8 x float> %845, <8 x float> undef, <8 x i32> zeroinitializer
  %846 = load <8 x float>, <8 x float>* %15, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %834, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %15, align 32
  %848 = load <8 x float>, <8 x float>* %12, align 32
  %849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %838, <8 x float> %848)
  store <8 x float> %849, <8 x float>* %12, align 32
  %850 = add i64 %826, 1
  %851 = mul i64 %850, 8
  %852 = add i64 %851, 0
  %853 = add i64 %823, %852
  %854 = getelementptr inbounds float, float* %1, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat55 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %14, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %834, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %14, align 32
  %859 = load <8 x float>, <8 x float>* %11, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %838, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %11, align 32
  %861 = add i64 %826, 2
  %862 = mul i64 %861, 8
  %863 = add i64 %862, 0
  %864 = add i64 %823, %863
  %865 = getelementptr inbounds float, float* %1, i64 %864
  %866 = load float, float* %865, align 4
  %867 = insertelement <8 x float> undef, float %866, i32 0
  %splat56 = shufflevector <8 x float> %867, <8 x float> undef, <8 x i32> zeroinitializer
  %868 = load <8 x float>, <8 x float>* %13, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %834, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %13, align 32
  %870 = load <8 x float>, <8 x float>* %10, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %838, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %10, align 32
  %872 = add i64 %830, 8
  %873 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %872
  %874 = bitcast float* %873 to <8 x float>*
  %875 = load <8 x float>, <8 x float>* %874, align 4
  %876 = add i64 %830, 2312
  %877 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %876
  %878 = bitcast float* %877 to <8 x float>*
  %879 = load <8 x float>, <8 x float>* %878, align 4
  %880 = add i64 %826, 0
  %881 = mul i64 %880, 8
  %882 = add i64 %881, 1
  %883 = add i64 %823, %882
  %884 = getelementptr inbounds float, float* %1, i64 %883
  %885 = load float, float* %884, align 4
  %886 = insertelement <8 x float> undef, float %885, i32 0
  %splat57 = shufflevector <8 x float> %886, <8 x float> undef, <8 x i32> zeroinitializer
  %887 = load <8 x float>, <8 x float>* %15, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %875, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %15, align 32
  %889 = load <8 x float>, <8 x float>* %12, align 32
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %879, <8 x float> %889)
  store <8 x float> %890, <8 x float>* %12, align 32
  %891 = add i64 %826, 1
  %892 = mul i64 %891, 8
  %893 = add i64 %892, 1
  %894 = add i64 %823, %893
  %895 = getelementptr inbounds float, float* %1, i64 %894
  %896 = load float, float* %895, align 4
  %897 = insertelement <8 x float> undef, float %896, i32 0
  %splat58 = shufflevector <8 x float> %897, <8 x float> undef, <8 x i32> zeroinitializer
  %898 = load <8 x float>, <8 x float>* %14, align 32
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %875, <8 x float> %898)
  store <8 x float> %899, <8 x float>* %14, align 32
  %900 = load <8 x float>, <8 x float>* %11, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %879, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %11, align 32
  %902 = add i64 %826, 2
  %903 = mul i64 %902, 8
  %904 = add i64 %903, 1
  %905 = add i64 %823, %904
  %906 = getelementptr inbounds float, float* %1, i64 %905
  %907 = load float, float* %906, align 4
  %908 = insertelement <8 x float> undef, float %907, i32 0
  %splat59 = shufflevector <8 x float> %908, <8 x float> undef, <8 x i32> zeroinitializer
  %909 = load <8 x float>, <8 x float>* %13, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %875, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %13, align 32
  %911 = load <8 x float>, <8 x float>* %10, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %879, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %10, align 32
  %913 = add i64 %830, 16
  %914 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %913
  %915 = bitcast float* %914 to <8 x float>*
  %916 = load <8 x float>, <8 x float>* %915, align 4
  %917 = add i64 %830, 2320
  %918 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %917
  %919 = bitcast float* %918 to <8 x float>*
  %920 = load <8 x float>, <8 x float>* %919, align 4
  %921 = add i64 %826, 0
  %922 = mul i64 %921, 8
  %923 = add i64 %922, 2
  %924 = add i64 %823, %923
  %925 = getelementptr inbounds float, float* %1, i64 %924
  %926 = load float, float* %925, align 4
  %927 = insertelement <8 x float> undef, float %926, i32 0
  %splat60 = shufflevector <8 x float> %927, <8 x float> undef, <8 x i32> zeroinitializer
  %928 = load <8 x float>, <8 x float>* %15, align 32
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %916, <8 x float> %928)
  store <8 x float> %929, <8 x float>* %15, align 32
  %930 = load <8 x float>, <8 x float>* %12, align 32
  %931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %920, <8 x float> %930)
  store <8 x float> %931, <8 x float>* %12, align 32
  %932 = add i64 %826, 1
  %933 = mul i64 %932, 8
  %934 = add i64 %933, 2
  %935 = add i64 %823, %934
  %936 = getelementptr inbounds float, float* %1, i64 %935
  %937 = load float, float* %936, align 4
  %938 = insertelement <8 x float> undef, float %937, i32 0
  %splat61 = shufflevector <8 x float> %938, <8 x float> undef, <8 x i32> zeroinitializer
  %939 = load <8 x float>, <8 x float>* %14, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %916, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %14, align 32
  %941 = load <8 x float>, <8 x float>* %11, align 32
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %920, <8 x float> %941)
  store <8 x float> %942, <8 x float>* %11, align 32
  %943 = add i64 %826, 2
  %944 = mul i64 %943, 8
  %945 = add i64 %944, 2
  %946 = add i64 %823, %945
  %947 = getelementptr inbounds float, float* %1, i64 %946
  %948 = load float, float* %947, align 4
  %949 = insertelement <8 x float> undef, float %948, i32 0
  %splat62 = shufflevector <8 x float> %949, <8 x float> undef, <8 x i32> zeroinitializer
  %950 = load <8 x float>, <8 x float>* %13, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %916, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %13, align 32
  %952 = load <8 x float>, <8 x float>* %10, align 32
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %920, <8 x float> %952)
  store <8 x float> %953, <8 x float>* %10, align 32
  %954 = add i64 %830, 24
  %955 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %954
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = add i64 %830, 2328
  %959 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %958
  %960 = bitcast float* %959 to <8 x float>*
  %961 = load <8 x float>, <8 x float>* %960, align 4
  %962 = add i64 %826, 0
  %963 = mul i64 %962, 8
  %964 = add i64 %963, 3
  %965 = add i64 %823, %964
  %966 = getelementptr inbounds float, float* %1, i64 %965
  %967 = load float, float* %966, align 4
  %968 = insertelement <8 x float> undef, float %967, i32 0
  %splat63 = shufflevector <8 x float> %968, <8 x float> undef, <8 x i32> zeroinitializer
  %969 = load <8 x float>, <8 x float>* %15, align 32
  %970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %957, <8 x float> %969)
  store <8 x float> %970, <8 x float>* %15, align 32
  %971 = load <8 x float>, <8 x float>* %12, align 32
  %972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %961, <8 x float> %971)
  store <8 x float> %972, <8 x float>* %12, align 32
  %973 = add i64 %826, 1
  %974 = mul i64 %973, 8
  %975 = add i64 %974, 3
  %976 = add i64 %823, %975
  %977 = getelementptr inbounds float, float* %1, i64 %976
  %978 = load float, float* %977, align 4
  %979 = insertelement <8 x float> undef, float %978, i32 0
  %splat64 = shufflevector <8 x float> %979, <8 x float> undef, <8 x i32> zeroinitializer
  %980 = load <8 x float>, <8 x float>* %14, align 32
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %957, <8 x float> %980)
  store <8 x float> %981, <8 x float>* %14, align 32
  %982 = load <8 x float>, <8 x float>* %11, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %961, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %11, align 32
  %984 = add i64 %826, 2
  %985 = mul i64 %984, 8
  %986 = add i64 %985, 3
  %987 = add i64 %823, %986
  %988 = getelementptr inbounds float, float* %1, i64 %987
  %989 = load float, float* %988, align 4
  %990 = insertelement <8 x float> undef, float %989, i32 0
  %splat65 = shufflevector <8 x float> %990, <8 x float> undef, <8 x i32> zeroinitializer
  %991 = load <8 x float>, <8 x float>* %13, align 32
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %957, <8 x float> %991)
  store <8 x float> %992, <8 x float>* %13, align 32
  %993 = load <8 x float>, <8 x float>* %10, align 32
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %961, <8 x float> %993)
  store <8 x float> %994, <8 x float>* %10, align 32
  %995 = add i64 %830, 32
  %996 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %995
  %997 = bitcast float* %996 to <8 x float>*
  %998 = load <8 x float>, <8 x float>* %997, align 4
  %999 = add i64 %830, 2336
  %1000 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %999
  %1001 = bitcast float* %1000 to <8 x float>*
  %1002 = load <8 x float>, <8 x float>* %1001, align 4
  %1003 = add i64 %826, 0
  %1004 = mul i64 %1003, 8
  %1005 = add i64 %1004, 4
  %1006 = add i64 %823, %1005
  %1007 = getelementptr inbounds float, float* %1, i64 %1006
  %1008 = load float, float* %1007, align 4
  %1009 = insertelement <8 x float> undef, float %1008, i32 0
  %splat66 = shufflevector <8 x float> %1009, <8 x float> undef, <8 x i32> zeroinitializer
  %1010 = load <8 x float>, <8 x float>* %15, align 32
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %998, <8 x float> %1010)
  store <8 x float> %1011, <8 x float>* %15, align 32
  %1012 = load <8 x float>, <8 x float>* %12, align 32
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1002, <8 x float> %1012)
  store <8 x float> %1013, <8 x float>* %12, align 32
  %1014 = add i64 %826, 1
  %1015 = mul i64 %1014, 8
  %1016 = add i64 %1015, 4
  %1017 = add i64 %823, %1016
  %1018 = getelementptr inbounds float, float* %1, i64 %1017
  %1019 = load float, float* %1018, align 4
  %1020 = insertelement <8 x float> undef, float %1019, i32 0
  %splat67 = shufflevector <8 x float> %1020, <8 x float> undef, <8 x i32> zeroinitializer
  %1021 = load <8 x float>, <8 x float>* %14, align 32
  %1022 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %998, <8 x float> %1021)
  store <8 x float> %1022, <8 x float>* %14, align 32
  %1023 = load <8 x float>, <8 x float>* %11, align 32
  %1024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1002, <8 x float> %1023)
  store <8 x float> %1024, <8 x float>* %11, align 32
  %1025 = add i64 %826, 2
  %1026 = mul i64 %1025, 8
  %1027 = add i64 %1026, 4
  %1028 = add i64 %823, %1027
  %1029 = getelementptr inbounds float, float* %1, i64 %1028
  %1030 = load float, float* %1029, align 4
  %1031 = insertelement <8 x float> undef, float %1030, i32 0
  %splat68 = shufflevector <8 x float> %1031, <8 x float> undef, <8 x i32> zeroinitializer
  %1032 = load <8 x float>, <8 x float>* %13, align 32
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %998, <8 x float> %1032)
  store <8 x float> %1033, <8 x float>* %13, align 32
  %1034 = load <8 x float>, <8 x float>* %10, align 32
  %1035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1002, <8 x float> %1034)
  store <8 x float> %1035, <8 x float>* %10, align 32
  %1036 = add i64 %830, 40
  %1037 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1036
  %1038 = bitcast float* %1037 to <8 x float>*
  %1039 = load <8 x float>, <8 x float>* %1038, align 4
  %1040 = add i64 %830, 2344
  %1041 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1040
  %1042 = bitcast float* %1041 to <8 x float>*
  %1043 = load <8 x float>, <8 x float>* %1042, align 4
  %1044 = add i64 %826, 0
  %1045 = mul i64 %1044, 8
  %1046 = add i64 %1045, 5
  %1047 = add i64 %823, %1046
  %1048 = getelementptr inbounds float, float* %1, i64 %1047
  %1049 = load float, float* %1048, align 4
  %1050 = insertelement <8 x float> undef, float %1049, i32 0
  %splat69 = shufflevector <8 x float> %1050, <8 x float> undef, <8 x i32> zeroinitializer
  %1051 = load <8 x float>, <8 x float>* %15, align 32
  %1052 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1039, <8 x float> %1051)
  store <8 x float> %1052, <8 x float>* %15, align 32
  %1053 = load <8 x float>, <8 x float>* %12, align 32
  %1054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1043, <8 x float> %1053)
  store <8 x float> %1054, <8 x float>* %12, align 32
  %1055 = add i64 %826, 1
  %1056 = mul i64 %1055, 8
  %1057 = add i64 %1056, 5
  %1058 = add i64 %823, %1057
  %1059 = getelementptr inbounds float, float* %1, i64 %1058
  %1060 = load float, float* %1059, align 4
  %1061 = insertelement <8 x float> undef, float %1060, i32 0
  %splat70 = shufflevector <8 x float> %1061, <8 x float> undef, <8 x i32> zeroinitializer
  %1062 = load <8 x float>, <8 x float>* %14, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1039, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %14, align 32
  %1064 = load <8 x float>, <8 x float>* %11, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1043, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %11, align 32
  %1066 = add i64 %826, 2
  %1067 = mul i64 %1066, 8
  %1068 = add i64 %1067, 5
  %1069 = add i64 %823, %1068
  %1070 = getelementptr inbounds float, float* %1, i64 %1069
  %1071 = load float, float* %1070, align 4
  %1072 = insertelement <8 x float> undef, float %1071, i32 0
  %splat71 = shufflevector <8 x float> %1072, <8 x float> undef, <8 x i32> zeroinitializer
  %1073 = load <8 x float>, <8 x float>* %13, align 32
  %1074 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1039, <8 x float> %1073)
  store <8 x float> %1074, <8 x float>* %13, align 32
  %1075 = load <8 x float>, <8 x float>* %10, align 32
  %1076 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1043, <8 x float> %1075)
  store <8 x float> %1076, <8 x float>* %10, align 32
  %1077 = add i64 %830, 48
  %1078 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1077
  %1079 = bitcast float* %1078 to <8 x float>*
  %1080 = load <8 x float>, <8 x float>* %1079, align 4
  %1081 = add i64 %830, 2352
  %1082 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1081
  %1083 = bitcast float* %1082 to <8 x float>*
  %1084 = load <8 x float>, <8 x float>* %1083, align 4
  %1085 = add i64 %826, 0
  %1086 = mul i64 %1085, 8
  %1087 = add i64 %1086, 6
  %1088 = add i64 %823, %1087
  %1089 = getelementptr inbounds float, float* %1, i64 %1088
  %1090 = load float, float* %1089, align 4
  %1091 = insertelement <8 x float> undef, float %1090, i32 0
  %splat72 = shufflevector <8 x float> %1091, <8 x float> undef, <8 x i32> zeroinitializer
  %1092 = load <8 x float>, <8 x float>* %15, align 32
  %1093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1080, <8 x float> %1092)
  store <8 x float> %1093, <8 x float>* %15, align 32
  %1094 = load <8 x float>, <8 x float>* %12, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1084, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %12, align 32
  %1096 = add i64 %826, 1
  %1097 = mul i64 %1096, 8
  %1098 = add i64 %1097, 6
  %1099 = add i64 %823, %1098
  %1100 = getelementptr inbounds float, float* %1, i64 %1099
  %1101 = load float, float* %1100, align 4
  %1102 = insertelement <8 x float> undef, float %1101, i32 0
  %splat73 = shufflevector <8 x float> %1102, <8 x float> undef, <8 x i32> zeroinitializer
  %1103 = load <8 x float>, <8 x float>* %14, align 32
  %1104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1080, <8 x float> %1103)
  store <8 x float> %1104, <8 x float>* %14, align 32
  %1105 = load <8 x float>, <8 x float>* %11, align 32
  %1106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1084, <8 x float> %1105)
  store <8 x float> %1106, <8 x float>* %11, align 32
  %1107 = add i64 %826, 2
  %1108 = mul i64 %1107, 8
  %1109 = add i64 %1108, 6
  %1110 = add i64 %823, %1109
  %1111 = getelementptr inbounds float, float* %1, i64 %1110
  %1112 = load float, float* %1111, align 4
  %1113 = insertelement <8 x float> undef, float %1112, i32 0
  %splat74 = shufflevector <8 x float> %1113, <8 x float> undef, <8 x i32> zeroinitializer
  %1114 = load <8 x float>, <8 x float>* %13, align 32
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1080, <8 x float> %1114)
  store <8 x float> %1115, <8 x float>* %13, align 32
  %1116 = load <8 x float>, <8 x float>* %10, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1084, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %10, align 32
  %1118 = add i64 %830, 56
  %1119 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1118
  %1120 = bitcast float* %1119 to <8 x float>*
  %1121 = load <8 x float>, <8 x float>* %1120, align 4
  %1122 = add i64 %830, 2360
  %1123 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1122
  %1124 = bitcast float* %1123 to <8 x float>*
  %1125 = load <8 x float>, <8 x float>* %1124, align 4
  %1126 = add i64 %826, 0
  %1127 = mul i64 %1126, 8
  %1128 = add i64 %1127, 7
  %1129 = add i64 %823, %1128
  %1130 = getelementptr inbounds float, float* %1, i64 %1129
  %1131 = load float, float* %1130, align 4
  %1132 = insertelement <8 x float> undef, float %1131, i32 0
  %splat75 = shufflevector <8 x float> %1132, <8 x float> undef, <8 x i32> zeroinitializer
  %1133 = load <8 x float>, <8 x float>* %15, align 32
  %1134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1121, <8 x float> %1133)
  store <8 x float> %1134, <8 x float>* %15, align 32
  %1135 = load <8 x float>, <8 x float>* %12, align 32
  %1136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1125, <8 x float> %1135)
  store <8 x float> %1136, <8 x float>* %12, align 32
  %1137 = add i64 %826, 1
  %1138 = mul i64 %1137, 8
  %1139 = add i64 %1138, 7
  %1140 = add i64 %823, %1139
  %1141 = getelementptr inbounds float, float* %1, i64 %1140
  %1142 = load float, float* %1141, align 4
  %1143 = insertelement <8 x float> undef, float %1142, i32 0
  %splat76 = shufflevector <8 x float> %1143, <8 x float> undef, <8 x i32> zeroinitializer
  %1144 = load <8 x float>, <8 x float>* %14, align 32
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1121, <8 x float> %1144)
  store <8 x float> %1145, <8 x float>* %14, align 32
  %1146 = load <8 x float>, <8 x float>* %11, align 32
  %1147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1125, <8 x float> %1146)
  store <8 x float> %1147, <8 x float>* %11, align 32
  %1148 = add i64 %826, 2
  %1149 = mul i64 %1148, 8
  %1150 = add i64 %1149, 7
  %1151 = add i64 %823, %1150
  %1152 = getelementptr inbounds float, float* %1, i64 %1151
  %1153 = load float, float* %1152, align 4
  %1154 = insertelement <8 x float> undef, float %1153, i32 0
  %splat77 = shufflevector <8 x float> %1154, <8 x float> undef, <8 x i32> zeroinitializer
  %1155 = load <8 x float>, <8 x float>* %13, align 32
  %1156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1121, <8 x float> %1155)
  store <8 x float> %1156, <8 x float>* %13, align 32
  %1157 = load <8 x float>, <8 x float>* %10, align 32
  %1158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1125, <8 x float> %1157)
  store <8 x float> %1158, <8 x float>* %10, align 32
  %kw.next78 = add i64 %kw53, 1
  br label %kw.header50

kw.exit52:                                        ; preds = %kw.header50
  br label %endif49

xb.header:                                        ; preds = %u.exit83, %u.exit42
  %xb = phi i64 [ 0, %u.exit42 ], [ %xb.next, %u.exit83 ]
  %1159 = icmp slt i64 %xb, 1
  br i1 %1159, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %1160 = add i64 %35, 0
  %1161 = mul i64 %1160, 8
  %1162 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1161
  %1163 = bitcast float* %1162 to <8 x float>*
  %1164 = load <8 x float>, <8 x float>* %1163, align 4
  store <8 x float> %1164, <8 x float>* %9, align 32
  %1165 = add i64 %35, 1
  %1166 = mul i64 %1165, 8
  %1167 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1166
  %1168 = bitcast float* %1167 to <8 x float>*
  %1169 = load <8 x float>, <8 x float>* %1168, align 4
  store <8 x float> %1169, <8 x float>* %8, align 32
  %1170 = mul i64 %xb, 1
  %1171 = sub i64 %1170, 1
  br label %u.header81

xb.exit:                                          ; preds = %xb.header
  br label %xb.header108

u.header81:                                       ; preds = %kh.exit87, %xb.body
  %u84 = phi i64 [ 0, %xb.body ], [ %u.next107, %kh.exit87 ]
  %1172 = icmp slt i64 %u84, 4
  br i1 %1172, label %u.body82, label %u.exit83

u.body82:                                         ; preds = %u.header81
  %1173 = mul i64 %u84, 1800
  %1174 = add i64 %39, %1173
  %1175 = mul i64 %u84, 576
  %1176 = add i64 %43, %1175
  br label %kh.header85

u.exit83:                                         ; preds = %u.header81
  %1177 = add i64 %xb, 0
  %1178 = mul i64 %32, 8
  %1179 = add i64 %1178, %35
  %1180 = add i64 %1179, 0
  %1181 = mul i64 %1180, 15
  %1182 = add i64 %1181, %29
  %1183 = mul i64 %1182, 15
  %1184 = add i64 %1183, %1177
  %1185 = mul i64 %1184, 8
  %1186 = load <8 x float>, <8 x float>* %9, align 32
  %1187 = fcmp ogt <8 x float> %1186, zeroinitializer
  %1188 = select <8 x i1> %1187, <8 x float> %1186, <8 x float> zeroinitializer
  %1189 = getelementptr inbounds float, float* %0, i64 %1185
  %1190 = bitcast float* %1189 to <8 x float>*
  store <8 x float> %1188, <8 x float>* %1190, align 4
  %1191 = add i64 %xb, 0
  %1192 = mul i64 %32, 8
  %1193 = add i64 %1192, %35
  %1194 = add i64 %1193, 1
  %1195 = mul i64 %1194, 15
  %1196 = add i64 %1195, %29
  %1197 = mul i64 %1196, 15
  %1198 = add i64 %1197, %1191
  %1199 = mul i64 %1198, 8
  %1200 = load <8 x float>, <8 x float>* %8, align 32
  %1201 = fcmp ogt <8 x float> %1200, zeroinitializer
  %1202 = select <8 x i1> %1201, <8 x float> %1200, <8 x float> zeroinitializer
  %1203 = getelementptr inbounds float, float* %0, i64 %1199
  %1204 = bitcast float* %1203 to <8 x float>*
  store <8 x float> %1202, <8 x float>* %1204, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header85:                                      ; preds = %endif90, %u.body82
  %kh88 = phi i64 [ 0, %u.body82 ], [ %kh.next106, %endif90 ]
  %1205 = icmp slt i64 %kh88, 3
  br i1 %1205, label %kh.body86, label %kh.exit87

kh.body86:                                        ; preds = %kh.header85
  %1206 = mul i64 %kh88, 1
  %1207 = add i64 %45, %1206
  %1208 = icmp sge i64 %1207, 0
  %1209 = icmp slt i64 %1207, 15
  %1210 = and i1 %1208, %1209
  br i1 %1210, label %then89, label %endif90

kh.exit87:                                        ; preds = %kh.header85
  %u.next107 = add i64 %u84, 1
  br label %u.header81

then89:                                           ; preds = %kh.body86
  %1211 = mul i64 %1207, 120
  %1212 = add i64 %1174, %1211
  br label %kw.header91

endif90:                                          ; preds = %kw.exit93, %kh.body86
  %kh.next106 = add i64 %kh88, 1
  br label %kh.header85

kw.header91:                                      ; preds = %endif96, %then89
  %kw94 = phi i64 [ 0, %then89 ], [ %kw.next105, %endif96 ]
  %1213 = icmp slt i64 %kw94, 3
  br i1 %1213, label %kw.body92, label %kw.exit93

kw.body92:                                        ; preds = %kw.header91
  %1214 = mul i64 %kw94, 1
  %1215 = add i64 %1171, %1214
  %1216 = mul i64 %kh88, 3
  %1217 = add i64 %1216, %kw94
  %1218 = mul i64 %1217, 64
  %1219 = add i64 %1176, %1218
  %1220 = icmp sge i64 %1215, 0
  %1221 = icmp slt i64 %1215, 15
  %1222 = and i1 %1220, %1221
  br i1 %1222, label %then95, label %endif96

kw.exit93:                                        ; preds = %kw.header91
  br label %endif90

then95:                                           ; preds = %kw.body92
  %1223 = add i64 %1219, 0
  %1224 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1223
  %1225 = bitcast float* %1224 to <8 x float>*
  %1226 = load <8 x float>, <8 x float>* %1225, align 4
  %1227 = add i64 %1219, 2304
  %1228 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1227
  %1229 = bitcast float* %1228 to <8 x float>*
  %1230 = load <8 x float>, <8 x float>* %1229, align 4
  %1231 = add i64 %1215, 0
  %1232 = mul i64 %1231, 8
  %1233 = add i64 %1232, 0
  %1234 = add i64 %1212, %1233
  %1235 = getelementptr inbounds float, float* %1, i64 %1234
  %1236 = load float, float* %1235, align 4
  %1237 = insertelement <8 x float> undef, float %1236, i32 0
  %splat97 = shufflevector <8 x float> %1237, <8 x float> undef, <8 x i32> zeroinitializer
  %1238 = load <8 x float>, <8 x float>* %9, align 32
  %1239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1226, <8 x float> %1238)
  store <8 x float> %1239, <8 x float>* %9, align 32
  %1240 = load <8 x float>, <8 x float>* %8, align 32
  %1241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1230, <8 x float> %1240)
  store <8 x float> %1241, <8 x float>* %8, align 32
  %1242 = add i64 %1219, 8
  %1243 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1242
  %1244 = bitcast float* %1243 to <8 x float>*
  %1245 = load <8 x float>, <8 x float>* %1244, align 4
  %1246 = add i64 %1219, 2312
  %1247 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1246
  %1248 = bitcast float* %1247 to <8 x float>*
  %1249 = load <8 x float>, <8 x float>* %1248, align 4
  %1250 = add i64 %1215, 0
  %1251 = mul i64 %1250, 8
  %1252 = add i64 %1251, 1
  %1253 = add i64 %1212, %1252
  %1254 = getelementptr inbounds float, float* %1, i64 %1253
  %1255 = load float, float* %1254, align 4
  %1256 = insertelement <8 x float> undef, float %1255, i32 0
  %splat98 = shufflevector <8 x float> %1256, <8 x float> undef, <8 x i32> zeroinitializer
  %1257 = load <8 x float>, <8 x float>* %9, align 32
  %1258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1245, <8 x float> %1257)
  store <8 x float> %1258, <8 x float>* %9, align 32
  %1259 = load <8 x float>, <8 x float>* %8, align 32
  %1260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1249, <8 x float> %1259)
  store <8 x float> %1260, <8 x float>* %8, align 32
  %1261 = add i64 %1219, 16
  %1262 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1261
  %1263 = bitcast float* %1262 to <8 x float>*
  %1264 = load <8 x float>, <8 x float>* %1263, align 4
  %1265 = add i64 %1219, 2320
  %1266 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1265
  %1267 = bitcast float* %1266 to <8 x float>*
  %1268 = load <8 x float>, <8 x float>* %1267, align 4
  %1269 = add i64 %1215, 0
  %1270 = mul i64 %1269, 8
  %1271 = add i64 %1270, 2
  %1272 = add i64 %1212, %1271
  %1273 = getelementptr inbounds float, float* %1, i64 %1272
  %1274 = load float, float* %1273, align 4
  %1275 = insertelement <8 x float> undef, float %1274, i32 0
  %splat99 = shufflevector <8 x float> %1275, <8 x float> undef, <8 x i32> zeroinitializer
  %1276 = load <8 x float>, <8 x float>* %9, align 32
  %1277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1264, <8 x float> %1276)
  store <8 x float> %1277, <8 x float>* %9, align 32
  %1278 = load <8 x float>, <8 x float>* %8, align 32
  %1279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1268, <8 x float> %1278)
  store <8 x float> %1279, <8 x float>* %8, align 32
  %1280 = add i64 %1219, 24
  %1281 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1280
  %1282 = bitcast float* %1281 to <8 x float>*
  %1283 = load <8 x float>, <8 x float>* %1282, align 4
  %1284 = add i64 %1219, 2328
  %1285 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1284
  %1286 = bitcast float* %1285 to <8 x float>*
  %1287 = load <8 x float>, <8 x float>* %1286, align 4
  %1288 = add i64 %1215, 0
  %1289 = mul i64 %1288, 8
  %1290 = add i64 %1289, 3
  %1291 = add i64 %1212, %1290
  %1292 = getelementptr inbounds float, float* %1, i64 %1291
  %1293 = load float, float* %1292, align 4
  %1294 = insertelement <8 x float> undef, float %1293, i32 0
  %splat100 = shufflevector <8 x float> %1294, <8 x float> undef, <8 x i32> zeroinitializer
  %1295 = load <8 x float>, <8 x float>* %9, align 32
  %1296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1283, <8 x float> %1295)
  store <8 x float> %1296, <8 x float>* %9, align 32
  %1297 = load <8 x float>, <8 x float>* %8, align 32
  %1298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1287, <8 x float> %1297)
  store <8 x float> %1298, <8 x float>* %8, align 32
  %1299 = add i64 %1219, 32
  %1300 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1299
  %1301 = bitcast float* %1300 to <8 x float>*
  %1302 = load <8 x float>, <8 x float>* %1301, align 4
  %1303 = add i64 %1219, 2336
  %1304 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1303
  %1305 = bitcast float* %1304 to <8 x float>*
  %1306 = load <8 x float>, <8 x float>* %1305, align 4
  %1307 = add i64 %1215, 0
  %1308 = mul i64 %1307, 8
  %1309 = add i64 %1308, 4
  %1310 = add i64 %1212, %1309
  %1311 = getelementptr inbounds float, float* %1, i64 %1310
  %1312 = load float, float* %1311, align 4
  %1313 = insertelement <8 x float> undef, float %1312, i32 0
  %splat101 = shufflevector <8 x float> %1313, <8 x float> undef, <8 x i32> zeroinitializer
  %1314 = load <8 x float>, <8 x float>* %9, align 32
  %1315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1302, <8 x float> %1314)
  store <8 x float> %1315, <8 x float>* %9, align 32
  %1316 = load <8 x float>, <8 x float>* %8, align 32
  %1317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1306, <8 x float> %1316)
  store <8 x float> %1317, <8 x float>* %8, align 32
  %1318 = add i64 %1219, 40
  %1319 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1318
  %1320 = bitcast float* %1319 to <8 x float>*
  %1321 = load <8 x float>, <8 x float>* %1320, align 4
  %1322 = add i64 %1219, 2344
  %1323 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1322
  %1324 = bitcast float* %1323 to <8 x float>*
  %1325 = load <8 x float>, <8 x float>* %1324, align 4
  %1326 = add i64 %1215, 0
  %1327 = mul i64 %1326, 8
  %1328 = add i64 %1327, 5
  %1329 = add i64 %1212, %1328
  %1330 = getelementptr inbounds float, float* %1, i64 %1329
  %1331 = load float, float* %1330, align 4
  %1332 = insertelement <8 x float> undef, float %1331, i32 0
  %splat102 = shufflevector <8 x float> %1332, <8 x float> undef, <8 x i32> zeroinitializer
  %1333 = load <8 x float>, <8 x float>* %9, align 32
  %1334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1321, <8 x float> %1333)
  store <8 x float> %1334, <8 x float>* %9, align 32
  %1335 = load <8 x float>, <8 x float>* %8, align 32
  %1336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1325, <8 x float> %1335)
  store <8 x float> %1336, <8 x float>* %8, align 32
  %1337 = add i64 %1219, 48
  %1338 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1337
  %1339 = bitcast float* %1338 to <8 x float>*
  %1340 = load <8 x float>, <8 x float>* %1339, align 4
  %1341 = add i64 %1219, 2352
  %1342 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1341
  %1343 = bitcast float* %1342 to <8 x float>*
  %1344 = load <8 x float>, <8 x float>* %1343, align 4
  %1345 = add i64 %1215, 0
  %1346 = mul i64 %1345, 8
  %1347 = add i64 %1346, 6
  %1348 = add i64 %1212, %1347
  %1349 = getelementptr inbounds float, float* %1, i64 %1348
  %1350 = load float, float* %1349, align 4
  %1351 = insertelement <8 x float> undef, float %1350, i32 0
  %splat103 = shufflevector <8 x float> %1351, <8 x float> undef, <8 x i32> zeroinitializer
  %1352 = load <8 x float>, <8 x float>* %9, align 32
  %1353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1340, <8 x float> %1352)
  store <8 x float> %1353, <8 x float>* %9, align 32
  %1354 = load <8 x float>, <8 x float>* %8, align 32
  %1355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1344, <8 x float> %1354)
  store <8 x float> %1355, <8 x float>* %8, align 32
  %1356 = add i64 %1219, 56
  %1357 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1356
  %1358 = bitcast float* %1357 to <8 x float>*
  %1359 = load <8 x float>, <8 x float>* %1358, align 4
  %1360 = add i64 %1219, 2360
  %1361 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1360
  %1362 = bitcast float* %1361 to <8 x float>*
  %1363 = load <8 x float>, <8 x float>* %1362, align 4
  %1364 = add i64 %1215, 0
  %1365 = mul i64 %1364, 8
  %1366 = add i64 %1365, 7
  %1367 = add i64 %1212, %1366
  %1368 = getelementptr inbounds float, float* %1, i64 %1367
  %1369 = load float, float* %1368, align 4
  %1370 = insertelement <8 x float> undef, float %1369, i32 0
  %splat104 = shufflevector <8 x float> %1370, <8 x float> undef, <8 x i32> zeroinitializer
  %1371 = load <8 x float>, <8 x float>* %9, align 32
  %1372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1359, <8 x float> %1371)
  store <8 x float> %1372, <8 x float>* %9, align 32
  %1373 = load <8 x float>, <8 x float>* %8, align 32
  %1374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1363, <8 x float> %1373)
  store <8 x float> %1374, <8 x float>* %8, align 32
  br label %endif96

endif96:                                          ; preds = %then95, %kw.body92
  %kw.next105 = add i64 %kw94, 1
  br label %kw.header91

xb.header108:                                     ; preds = %u.exit114, %xb.exit
  %xb111 = phi i64 [ 14, %xb.exit ], [ %xb.next139, %u.exit114 ]
  %1375 = icmp slt i64 %xb111, 15
  br i1 %1375, label %xb.body109, label %xb.exit110

xb.body109:                                       ; preds = %xb.header108
  %1376 = add i64 %35, 0
  %1377 = mul i64 %1376, 8
  %1378 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1377
  %1379 = bitcast float* %1378 to <8 x float>*
  %1380 = load <8 x float>, <8 x float>* %1379, align 4
  store <8 x float> %1380, <8 x float>* %7, align 32
  %1381 = add i64 %35, 1
  %1382 = mul i64 %1381, 8
  %1383 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1382
  %1384 = bitcast float* %1383 to <8 x float>*
  %1385 = load <8 x float>, <8 x float>* %1384, align 4
  store <8 x float> %1385, <8 x float>* %6, align 32
  %1386 = mul i64 %xb111, 1
  %1387 = sub i64 %1386, 1
  br label %u.header112

xb.exit110:                                       ; preds = %xb.header108
  %task.next = add i64 %task, 1
  br label %task.header

u.header112:                                      ; preds = %kh.exit118, %xb.body109
  %u115 = phi i64 [ 0, %xb.body109 ], [ %u.next138, %kh.exit118 ]
  %1388 = icmp slt i64 %u115, 4
  br i1 %1388, label %u.body113, label %u.exit114

u.body113:                                        ; preds = %u.header112
  %1389 = mul i64 %u115, 1800
  %1390 = add i64 %39, %1389
  %1391 = mul i64 %u115, 576
  %1392 = add i64 %43, %1391
  br label %kh.header116

u.exit114:                                        ; preds = %u.header112
  %1393 = add i64 %xb111, 0
  %1394 = mul i64 %32, 8
  %1395 = add i64 %1394, %35
  %1396 = add i64 %1395, 0
  %1397 = mul i64 %1396, 15
  %1398 = add i64 %1397, %29
  %1399 = mul i64 %1398, 15
  %1400 = add i64 %1399, %1393
  %1401 = mul i64 %1400, 8
  %1402 = load <8 x float>, <8 x float>* %7, align 32
  %1403 = fcmp ogt <8 x float> %1402, zeroinitializer
  %1404 = select <8 x i1> %1403, <8 x float> %1402, <8 x float> zeroinitializer
  %1405 = getelementptr inbounds float, float* %0, i64 %1401
  %1406 = bitcast float* %1405 to <8 x float>*
  store <8 x float> %1404, <8 x float>* %1406, align 4
  %1407 = add i64 %xb111, 0
  %1408 = mul i64 %32, 8
  %1409 = add i64 %1408, %35
  %1410 = add i64 %1409, 1
  %1411 = mul i64 %1410, 15
  %1412 = add i64 %1411, %29
  %1413 = mul i64 %1412, 15
  %1414 = add i64 %1413, %1407
  %1415 = mul i64 %1414, 8
  %1416 = load <8 x float>, <8 x float>* %6, align 32
  %1417 = fcmp ogt <8 x float> %1416, zeroinitializer
  %1418 = select <8 x i1> %1417, <8 x float> %1416, <8 x float> zeroinitializer
  %1419 = getelementptr inbounds float, float* %0, i64 %1415
  %1420 = bitcast float* %1419 to <8 x float>*
  store <8 x float> %1418, <8 x float>* %1420, align 4
  %xb.next139 = add i64 %xb111, 1
  br label %xb.header108

kh.header116:                                     ; preds = %endif121, %u.body113
  %kh119 = phi i64 [ 0, %u.body113 ], [ %kh.next137, %endif121 ]
  %1421 = icmp slt i64 %kh119, 3
  br i1 %1421, label %kh.body117, label %kh.exit118

kh.body117:                                       ; preds = %kh.header116
  %1422 = mul i64 %kh119, 1
  %1423 = add i64 %45, %1422
  %1424 = icmp sge i64 %1423, 0
  %1425 = icmp slt i64 %1423, 15
  %1426 = and i1 %1424, %1425
  br i1 %1426, label %then120, label %endif121

kh.exit118:                                       ; preds = %kh.header116
  %u.next138 = add i64 %u115, 1
  br label %u.header112

then120:                                          ; preds = %kh.body117
  %1427 = mul i64 %1423, 120
  %1428 = add i64 %1390, %1427
  br label %kw.header122

endif121:                                         ; preds = %kw.exit124, %kh.body117
  %kh.next137 = add i64 %kh119, 1
  br label %kh.header116

kw.header122:                                     ; preds = %endif127, %then120
  %kw125 = phi i64 [ 0, %then120 ], [ %kw.next136, %endif127 ]
  %1429 = icmp slt i64 %kw125, 3
  br i1 %1429, label %kw.body123, label %kw.exit124

kw.body123:                                       ; preds = %kw.header122
  %1430 = mul i64 %kw125, 1
  %1431 = add i64 %1387, %1430
  %1432 = mul i64 %kh119, 3
  %1433 = add i64 %1432, %kw125
  %1434 = mul i64 %1433, 64
  %1435 = add i64 %1392, %1434
  %1436 = icmp sge i64 %1431, 0
  %1437 = icmp slt i64 %1431, 15
  %1438 = and i1 %1436, %1437
  br i1 %1438, label %then126, label %endif127

kw.exit124:                                       ; preds = %kw.header122
  br label %endif121

then126:                                          ; preds = %kw.body123
  %1439 = add i64 %1435, 0
  %1440 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1439
  %1441 = bitcast float* %1440 to <8 x float>*
  %1442 = load <8 x float>, <8 x float>* %1441, align 4
  %1443 = add i64 %1435, 2304
  %1444 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1443
  %1445 = bitcast float* %1444 to <8 x float>*
  %1446 = load <8 x float>, <8 x float>* %1445, align 4
  %1447 = add i64 %1431, 0
  %1448 = mul i64 %1447, 8
  %1449 = add i64 %1448, 0
  %1450 = add i64 %1428, %1449
  %1451 = getelementptr inbounds float, float* %1, i64 %1450
  %1452 = load float, float* %1451, align 4
  %1453 = insertelement <8 x float> undef, float %1452, i32 0
  %splat128 = shufflevector <8 x float> %1453, <8 x float> undef, <8 x i32> zeroinitializer
  %1454 = load <8 x float>, <8 x float>* %7, align 32
  %1455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1442, <8 x float> %1454)
  store <8 x float> %1455, <8 x float>* %7, align 32
  %1456 = load <8 x float>, <8 x float>* %6, align 32
  %1457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1446, <8 x float> %1456)
  store <8 x float> %1457, <8 x float>* %6, align 32
  %1458 = add i64 %1435, 8
  %1459 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1458
  %1460 = bitcast float* %1459 to <8 x float>*
  %1461 = load <8 x float>, <8 x float>* %1460, align 4
  %1462 = add i64 %1435, 2312
  %1463 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1462
  %1464 = bitcast float* %1463 to <8 x float>*
  %1465 = load <8 x float>, <8 x float>* %1464, align 4
  %1466 = add i64 %1431, 0
  %1467 = mul i64 %1466, 8
  %1468 = add i64 %1467, 1
  %1469 = add i64 %1428, %1468
  %1470 = getelementptr inbounds float, float* %1, i64 %1469
  %1471 = load float, float* %1470, align 4
  %1472 = insertelement <8 x float> undef, float %1471, i32 0
  %splat129 = shufflevector <8 x float> %1472, <8 x float> undef, <8 x i32> zeroinitializer
  %1473 = load <8 x float>, <8 x float>* %7, align 32
  %1474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1461, <8 x float> %1473)
  store <8 x float> %1474, <8 x float>* %7, align 32
  %1475 = load <8 x float>, <8 x float>* %6, align 32
  %1476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1465, <8 x float> %1475)
  store <8 x float> %1476, <8 x float>* %6, align 32
  %1477 = add i64 %1435, 16
  %1478 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1477
  %1479 = bitcast float* %1478 to <8 x float>*
  %1480 = load <8 x float>, <8 x float>* %1479, align 4
  %1481 = add i64 %1435, 2320
  %1482 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1481
  %1483 = bitcast float* %1482 to <8 x float>*
  %1484 = load <8 x float>, <8 x float>* %1483, align 4
  %1485 = add i64 %1431, 0
  %1486 = mul i64 %1485, 8
  %1487 = add i64 %1486, 2
  %1488 = add i64 %1428, %1487
  %1489 = getelementptr inbounds float, float* %1, i64 %1488
  %1490 = load float, float* %1489, align 4
  %1491 = insertelement <8 x float> undef, float %1490, i32 0
  %splat130 = shufflevector <8 x float> %1491, <8 x float> undef, <8 x i32> zeroinitializer
  %1492 = load <8 x float>, <8 x float>* %7, align 32
  %1493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1480, <8 x float> %1492)
  store <8 x float> %1493, <8 x float>* %7, align 32
  %1494 = load <8 x float>, <8 x float>* %6, align 32
  %1495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1484, <8 x float> %1494)
  store <8 x float> %1495, <8 x float>* %6, align 32
  %1496 = add i64 %1435, 24
  %1497 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1496
  %1498 = bitcast float* %1497 to <8 x float>*
  %1499 = load <8 x float>, <8 x float>* %1498, align 4
  %1500 = add i64 %1435, 2328
  %1501 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1500
  %1502 = bitcast float* %1501 to <8 x float>*
  %1503 = load <8 x float>, <8 x float>* %1502, align 4
  %1504 = add i64 %1431, 0
  %1505 = mul i64 %1504, 8
  %1506 = add i64 %1505, 3
  %1507 = add i64 %1428, %1506
  %1508 = getelementptr inbounds float, float* %1, i64 %1507
  %1509 = load float, float* %1508, align 4
  %1510 = insertelement <8 x float> undef, float %1509, i32 0
  %splat131 = shufflevector <8 x float> %1510, <8 x float> undef, <8 x i32> zeroinitializer
  %1511 = load <8 x float>, <8 x float>* %7, align 32
  %1512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1499, <8 x float> %1511)
  store <8 x float> %1512, <8 x float>* %7, align 32
  %1513 = load <8 x float>, <8 x float>* %6, align 32
  %1514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1503, <8 x float> %1513)
  store <8 x float> %1514, <8 x float>* %6, align 32
  %1515 = add i64 %1435, 32
  %1516 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1515
  %1517 = bitcast float* %1516 to <8 x float>*
  %1518 = load <8 x float>, <8 x float>* %1517, align 4
  %1519 = add i64 %1435, 2336
  %1520 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1519
  %1521 = bitcast float* %1520 to <8 x float>*
  %1522 = load <8 x float>, <8 x float>* %1521, align 4
  %1523 = add i64 %1431, 0
  %1524 = mul i64 %1523, 8
  %1525 = add i64 %1524, 4
  %1526 = add i64 %1428, %1525
  %1527 = getelementptr inbounds float, float* %1, i64 %1526
  %1528 = load float, float* %1527, align 4
  %1529 = insertelement <8 x float> undef, float %1528, i32 0
  %splat132 = shufflevector <8 x float> %1529, <8 x float> undef, <8 x i32> zeroinitializer
  %1530 = load <8 x float>, <8 x float>* %7, align 32
  %1531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1518, <8 x float> %1530)
  store <8 x float> %1531, <8 x float>* %7, align 32
  %1532 = load <8 x float>, <8 x float>* %6, align 32
  %1533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1522, <8 x float> %1532)
  store <8 x float> %1533, <8 x float>* %6, align 32
  %1534 = add i64 %1435, 40
  %1535 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1534
  %1536 = bitcast float* %1535 to <8 x float>*
  %1537 = load <8 x float>, <8 x float>* %1536, align 4
  %1538 = add i64 %1435, 2344
  %1539 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1538
  %1540 = bitcast float* %1539 to <8 x float>*
  %1541 = load <8 x float>, <8 x float>* %1540, align 4
  %1542 = add i64 %1431, 0
  %1543 = mul i64 %1542, 8
  %1544 = add i64 %1543, 5
  %1545 = add i64 %1428, %1544
  %1546 = getelementptr inbounds float, float* %1, i64 %1545
  %1547 = load float, float* %1546, align 4
  %1548 = insertelement <8 x float> undef, float %1547, i32 0
  %splat133 = shufflevector <8 x float> %1548, <8 x float> undef, <8 x i32> zeroinitializer
  %1549 = load <8 x float>, <8 x float>* %7, align 32
  %1550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1537, <8 x float> %1549)
  store <8 x float> %1550, <8 x float>* %7, align 32
  %1551 = load <8 x float>, <8 x float>* %6, align 32
  %1552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1541, <8 x float> %1551)
  store <8 x float> %1552, <8 x float>* %6, align 32
  %1553 = add i64 %1435, 48
  %1554 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1553
  %1555 = bitcast float* %1554 to <8 x float>*
  %1556 = load <8 x float>, <8 x float>* %1555, align 4
  %1557 = add i64 %1435, 2352
  %1558 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1557
  %1559 = bitcast float* %1558 to <8 x float>*
  %1560 = load <8 x float>, <8 x float>* %1559, align 4
  %1561 = add i64 %1431, 0
  %1562 = mul i64 %1561, 8
  %1563 = add i64 %1562, 6
  %1564 = add i64 %1428, %1563
  %1565 = getelementptr inbounds float, float* %1, i64 %1564
  %1566 = load float, float* %1565, align 4
  %1567 = insertelement <8 x float> undef, float %1566, i32 0
  %splat134 = shufflevector <8 x float> %1567, <8 x float> undef, <8 x i32> zeroinitializer
  %1568 = load <8 x float>, <8 x float>* %7, align 32
  %1569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1556, <8 x float> %1568)
  store <8 x float> %1569, <8 x float>* %7, align 32
  %1570 = load <8 x float>, <8 x float>* %6, align 32
  %1571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1560, <8 x float> %1570)
  store <8 x float> %1571, <8 x float>* %6, align 32
  %1572 = add i64 %1435, 56
  %1573 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1572
  %1574 = bitcast float* %1573 to <8 x float>*
  %1575 = load <8 x float>, <8 x float>* %1574, align 4
  %1576 = add i64 %1435, 2360
  %1577 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1576
  %1578 = bitcast float* %1577 to <8 x float>*
  %1579 = load <8 x float>, <8 x float>* %1578, align 4
  %1580 = add i64 %1431, 0
  %1581 = mul i64 %1580, 8
  %1582 = add i64 %1581, 7
  %1583 = add i64 %1428, %1582
  %1584 = getelementptr inbounds float, float* %1, i64 %1583
  %1585 = load float, float* %1584, align 4
  %1586 = insertelement <8 x float> undef, float %1585, i32 0
  %splat135 = shufflevector <8 x float> %1586, <8 x float> undef, <8 x i32> zeroinitializer
  %1587 = load <8 x float>, <8 x float>* %7, align 32
  %1588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1575, <8 x float> %1587)
  store <8 x float> %1588, <8 x float>* %7, align 32
  %1589 = load <8 x float>, <8 x float>* %6, align 32
  %1590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1579, <8 x float> %1589)
  store <8 x float> %1590, <8 x float>* %6, align 32
  br label %endif127

endif127:                                         ; preds = %then126, %kw.body123
  %kw.next136 = add i64 %kw125, 1
  br label %kw.header122
}

; Function Attrs: nounwind
define internal void @node3.conv2d_3.step0(i8* %0) #2 {
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
  %19 = add i64 60, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 60
  %23 = select i1 %22, i64 %21, i64 60
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 60
  %26 = select i1 %25, i64 %24, i64 60
  call void @node3.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %19 = icmp slt i64 %task, %5
  br i1 %19, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %20 = srem i64 %task, 8
  %21 = sdiv i64 %task, 8
  %22 = srem i64 %21, 13
  %23 = sdiv i64 %task, 104
  %24 = srem i64 %23, 1
  %25 = sdiv i64 %23, 1
  %26 = mul i64 %24, 8
  %27 = mul i64 %20, 1
  %28 = add i64 %26, %27
  %29 = mul i64 %25, 8
  %30 = mul i64 %24, 8
  %31 = add i64 %29, %30
  %32 = mul i64 %31, 1800
  %33 = mul i64 %24, 8
  %34 = mul i64 %20, 1
  %35 = add i64 %33, %34
  %36 = mul i64 %35, 4608
  %37 = mul i64 %22, 1
  %38 = sub i64 %37, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %39 = icmp slt i64 %x, 13
  br i1 %39, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %40 = add i64 %28, 0
  %41 = mul i64 %40, 8
  %42 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  store <8 x float> %44, <8 x float>* %18, align 32
  store <8 x float> %44, <8 x float>* %17, align 32
  store <8 x float> %44, <8 x float>* %16, align 32
  store <8 x float> %44, <8 x float>* %15, align 32
  store <8 x float> %44, <8 x float>* %14, align 32
  store <8 x float> %44, <8 x float>* %13, align 32
  store <8 x float> %44, <8 x float>* %12, align 32
  store <8 x float> %44, <8 x float>* %11, align 32
  store <8 x float> %44, <8 x float>* %10, align 32
  store <8 x float> %44, <8 x float>* %9, align 32
  store <8 x float> %44, <8 x float>* %8, align 32
  store <8 x float> %44, <8 x float>* %7, align 32
  store <8 x float> %44, <8 x float>* %6, align 32
  %45 = mul i64 %x, 1
  %46 = sub i64 %45, 0
  br label %u.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %47 = icmp slt i64 %u, 8
  br i1 %47, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %48 = mul i64 %u, 1800
  %49 = add i64 %32, %48
  %50 = mul i64 %u, 576
  %51 = add i64 %36, %50
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %52 = add i64 %x, 0
  %53 = mul i64 %25, 8
  %54 = add i64 %53, %28
  %55 = add i64 %54, 0
  %56 = mul i64 %55, 13
  %57 = add i64 %56, %22
  %58 = mul i64 %57, 13
  %59 = add i64 %58, %52
  %60 = mul i64 %59, 8
  %61 = load <8 x float>, <8 x float>* %18, align 32
  %62 = fcmp ogt <8 x float> %61, zeroinitializer
  %63 = select <8 x i1> %62, <8 x float> %61, <8 x float> zeroinitializer
  %64 = getelementptr inbounds float, float* %0, i64 %60
  %65 = bitcast float* %64 to <8 x float>*
  store <8 x float> %63, <8 x float>* %65, align 4
  %66 = add i64 %x, 1
  %67 = mul i64 %25, 8
  %68 = add i64 %67, %28
  %69 = add i64 %68, 0
  %70 = mul i64 %69, 13
  %71 = add i64 %70, %22
  %72 = mul i64 %71, 13
  %73 = add i64 %72, %66
  %74 = mul i64 %73, 8
  %75 = load <8 x float>, <8 x float>* %17, align 32
  %76 = fcmp ogt <8 x float> %75, zeroinitializer
  %77 = select <8 x i1> %76, <8 x float> %75, <8 x float> zeroinitializer
  %78 = getelementptr inbounds float, float* %0, i64 %74
  %79 = bitcast float* %78 to <8 x float>*
  store <8 x float> %77, <8 x float>* %79, align 4
  %80 = add i64 %x, 2
  %81 = mul i64 %25, 8
  %82 = add i64 %81, %28
  %83 = add i64 %82, 0
  %84 = mul i64 %83, 13
  %85 = add i64 %84, %22
  %86 = mul i64 %85, 13
  %87 = add i64 %86, %80
  %88 = mul i64 %87, 8
  %89 = load <8 x float>, <8 x float>* %16, align 32
  %90 = fcmp ogt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> %89, <8 x float> zeroinitializer
  %92 = getelementptr inbounds float, float* %0, i64 %88
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %91, <8 x float>* %93, align 4
  %94 = add i64 %x, 3
  %95 = mul i64 %25, 8
  %96 = add i64 %95, %28
  %97 = add i64 %96, 0
  %98 = mul i64 %97, 13
  %99 = add i64 %98, %22
  %100 = mul i64 %99, 13
  %101 = add i64 %100, %94
  %102 = mul i64 %101, 8
  %103 = load <8 x float>, <8 x float>* %15, align 32
  %104 = fcmp ogt <8 x float> %103, zeroinitializer
  %105 = select <8 x i1> %104, <8 x float> %103, <8 x float> zeroinitializer
  %106 = getelementptr inbounds float, float* %0, i64 %102
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %105, <8 x float>* %107, align 4
  %108 = add i64 %x, 4
  %109 = mul i64 %25, 8
  %110 = add i64 %109, %28
  %111 = add i64 %110, 0
  %112 = mul i64 %111, 13
  %113 = add i64 %112, %22
  %114 = mul i64 %113, 13
  %115 = add i64 %114, %108
  %116 = mul i64 %115, 8
  %117 = load <8 x float>, <8 x float>* %14, align 32
  %118 = fcmp ogt <8 x float> %117, zeroinitializer
  %119 = select <8 x i1> %118, <8 x float> %117, <8 x float> zeroinitializer
  %120 = getelementptr inbounds float, float* %0, i64 %116
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %119, <8 x float>* %121, align 4
  %122 = add i64 %x, 5
  %123 = mul i64 %25, 8
  %124 = add i64 %123, %28
  %125 = add i64 %124, 0
  %126 = mul i64 %125, 13
  %127 = add i64 %126, %22
  %128 = mul i64 %127, 13
  %129 = add i64 %128, %122
  %130 = mul i64 %129, 8
  %131 = load <8 x float>, <8 x float>* %13, align 32
  %132 = fcmp ogt <8 x float> %131, zeroinitializer
  %133 = select <8 x i1> %132, <8 x float> %131, <8 x float> zeroinitializer
  %134 = getelementptr inbounds float, float* %0, i64 %130
  %135 = bitcast float* %134 to <8 x float>*
  store <8 x float> %133, <8 x float>* %135, align 4
  %136 = add i64 %x, 6
  %137 = mul i64 %25, 8
  %138 = add i64 %137, %28
  %139 = add i64 %138, 0
  %140 = mul i64 %139, 13
  %141 = add i64 %140, %22
  %142 = mul i64 %141, 13
  %143 = add i64 %142, %136
  %144 = mul i64 %143, 8
  %145 = load <8 x float>, <8 x float>* %12, align 32
  %146 = fcmp ogt <8 x float> %145, zeroinitializer
  %147 = select <8 x i1> %146, <8 x float> %145, <8 x float> zeroinitializer
  %148 = getelementptr inbounds float, float* %0, i64 %144
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %147, <8 x float>* %149, align 4
  %150 = add i64 %x, 7
  %151 = mul i64 %25, 8
  %152 = add i64 %151, %28
  %153 = add i64 %152, 0
  %154 = mul i64 %153, 13
  %155 = add i64 %154, %22
  %156 = mul i64 %155, 13
  %157 = add i64 %156, %150
  %158 = mul i64 %157, 8
  %159 = load <8 x float>, <8 x float>* %11, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = getelementptr inbounds float, float* %0, i64 %158
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = add i64 %x, 8
  %165 = mul i64 %25, 8
  %166 = add i64 %165, %28
  %167 = add i64 %166, 0
  %168 = mul i64 %167, 13
  %169 = add i64 %168, %22
  %170 = mul i64 %169, 13
  %171 = add i64 %170, %164
  %172 = mul i64 %171, 8
  %173 = load <8 x float>, <8 x float>* %10, align 32
  %174 = fcmp ogt <8 x float> %173, zeroinitializer
  %175 = select <8 x i1> %174, <8 x float> %173, <8 x float> zeroinitializer
  %176 = getelementptr inbounds float, float* %0, i64 %172
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %175, <8 x float>* %177, align 4
  %178 = add i64 %x, 9
  %179 = mul i64 %25, 8
  %180 = add i64 %179, %28
  %181 = add i64 %180, 0
  %182 = mul i64 %181, 13
  %183 = add i64 %182, %22
  %184 = mul i64 %183, 13
  %185 = add i64 %184, %178
  %186 = mul i64 %185, 8
  %187 = load <8 x float>, <8 x float>* %9, align 32
  %188 = fcmp ogt <8 x float> %187, zeroinitializer
  %189 = select <8 x i1> %188, <8 x float> %187, <8 x float> zeroinitializer
  %190 = getelementptr inbounds float, float* %0, i64 %186
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %189, <8 x float>* %191, align 4
  %192 = add i64 %x, 10
  %193 = mul i64 %25, 8
  %194 = add i64 %193, %28
  %195 = add i64 %194, 0
  %196 = mul i64 %195, 13
  %197 = add i64 %196, %22
  %198 = mul i64 %197, 13
  %199 = add i64 %198, %192
  %200 = mul i64 %199, 8
  %201 = load <8 x float>, <8 x float>* %8, align 32
  %202 = fcmp ogt <8 x float> %201, zeroinitializer
  %203 = select <8 x i1> %202, <8 x float> %201, <8 x float> zeroinitializer
  %204 = getelementptr inbounds float, float* %0, i64 %200
  %205 = bitcast float* %204 to <8 x float>*
  store <8 x float> %203, <8 x float>* %205, align 4
  %206 = add i64 %x, 11
  %207 = mul i64 %25, 8
  %208 = add i64 %207, %28
  %209 = add i64 %208, 0
  %210 = mul i64 %209, 13
  %211 = add i64 %210, %22
  %212 = mul i64 %211, 13
  %213 = add i64 %212, %206
  %214 = mul i64 %213, 8
  %215 = load <8 x float>, <8 x float>* %7, align 32
  %216 = fcmp ogt <8 x float> %215, zeroinitializer
  %217 = select <8 x i1> %216, <8 x float> %215, <8 x float> zeroinitializer
  %218 = getelementptr inbounds float, float* %0, i64 %214
  %219 = bitcast float* %218 to <8 x float>*
  store <8 x float> %217, <8 x float>* %219, align 4
  %220 = add i64 %x, 12
  %221 = mul i64 %25, 8
  %222 = add i64 %221, %28
  %223 = add i64 %222, 0
  %224 = mul i64 %223, 13
  %225 = add i64 %224, %22
  %226 = mul i64 %225, 13
  %227 = add i64 %226, %220
  %228 = mul i64 %227, 8
  %229 = load <8 x float>, <8 x float>* %6, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = getelementptr inbounds float, float* %0, i64 %228
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %231, <8 x float>* %233, align 4
  %x.next = add i64 %x, 13
  br label %x.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %234 = icmp slt i64 %kh, 3
  br i1 %234, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %235 = mul i64 %kh, 1
  %236 = add i64 %38, %235
  %237 = icmp sge i64 %236, 0
  %238 = icmp slt i64 %236, 15
  %239 = and i1 %237, %238
  br i1 %239, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %240 = mul i64 %236, 120
  %241 = add i64 %49, %240
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %242 = icmp slt i64 %kw, 3
  br i1 %242, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %243 = mul i64 %kw, 1
  %244 = add i64 %46, %243
  %245 = mul i64 %kh, 3
  %246 = add i64 %245, %kw
  %247 = mul i64 %246, 64
  %248 = add i64 %51, %247
  %249 = add i64 %248, 0
  %250 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %249
  %251 = bitcast float* %250 to <8 x float>*
  %252 = load <8 x float>, <8 x float>* %251, align 4
  %253 = add i64 %244, 0
  %254 = mul i64 %253, 8
  %255 = add i64 %254, 0
  %256 = add i64 %241, %255
  %257 = getelementptr inbounds float, float* %1, i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %18, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %252, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %18, align 32
  %262 = add i64 %244, 1
  %263 = mul i64 %262, 8
  %264 = add i64 %263, 0
  %265 = add i64 %241, %264
  %266 = getelementptr inbounds float, float* %1, i64 %265
  %267 = load float, float* %266, align 4
  %268 = insertelement <8 x float> undef, float %267, i32 0
  %splat1 = shufflevector <8 x float> %268, <8 x float> undef, <8 x i32> zeroinitializer
  %269 = load <8 x float>, <8 x float>* %17, align 32
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %252, <8 x float> %269)
  store <8 x float> %270, <8 x float>* %17, align 32
  %271 = add i64 %244, 2
  %272 = mul i64 %271, 8
  %273 = add i64 %272, 0
  %274 = add i64 %241, %273
  %275 = getelementptr inbounds float, float* %1, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat2 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %16, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %252, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %16, align 32
  %280 = add i64 %244, 3
  %281 = mul i64 %280, 8
  %282 = add i64 %281, 0
  %283 = add i64 %241, %282
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat3 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %15, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %252, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %15, align 32
  %289 = add i64 %244, 4
  %290 = mul i64 %289, 8
  %291 = add i64 %290, 0
  %292 = add i64 %241, %291
  %293 = getelementptr inbounds float, float* %1, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat4 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %14, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %252, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %14, align 32
  %298 = add i64 %244, 5
  %299 = mul i64 %298, 8
  %300 = add i64 %299, 0
  %301 = add i64 %241, %300
  %302 = getelementptr inbounds float, float* %1, i64 %301
  %303 = load float, float* %302, align 4
  %304 = insertelement <8 x float> undef, float %303, i32 0
  %splat5 = shufflevector <8 x float> %304, <8 x float> undef, <8 x i32> zeroinitializer
  %305 = load <8 x float>, <8 x float>* %13, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %252, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %13, align 32
  %307 = add i64 %244, 6
  %308 = mul i64 %307, 8
  %309 = add i64 %308, 0
  %310 = add i64 %241, %309
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat6 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %12, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %252, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %12, align 32
  %316 = add i64 %244, 7
  %317 = mul i64 %316, 8
  %318 = add i64 %317, 0
  %319 = add i64 %241, %318
  %320 = getelementptr inbounds float, float* %1, i64 %319
  %321 = load float, float* %320, align 4
  %322 = insertelement <8 x float> undef, float %321, i32 0
  %splat7 = shufflevector <8 x float> %322, <8 x float> undef, <8 x i32> zeroinitializer
  %323 = load <8 x float>, <8 x float>* %11, align 32
  %324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %252, <8 x float> %323)
  store <8 x float> %324, <8 x float>* %11, align 32
  %325 = add i64 %244, 8
  %326 = mul i64 %325, 8
  %327 = add i64 %326, 0
  %328 = add i64 %241, %327
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat8 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %10, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %252, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %10, align 32
  %334 = add i64 %244, 9
  %335 = mul i64 %334, 8
  %336 = add i64 %335, 0
  %337 = add i64 %241, %336
  %338 = getelementptr inbounds float, float* %1, i64 %337
  %339 = load float, float* %338, align 4
  %340 = insertelement <8 x float> undef, float %339, i32 0
  %splat9 = shufflevector <8 x float> %340, <8 x float> undef, <8 x i32> zeroinitializer
  %341 = load <8 x float>, <8 x float>* %9, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %252, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %9, align 32
  %343 = add i64 %244, 10
  %344 = mul i64 %343, 8
  %345 = add i64 %344, 0
  %346 = add i64 %241, %345
  %347 = getelementptr inbounds float, float* %1, i64 %346
  %348 = load float, float* %347, align 4
  %349 = insertelement <8 x float> undef, float %348, i32 0
  %splat10 = shufflevector <8 x float> %349, <8 x float> undef, <8 x i32> zeroinitializer
  %350 = load <8 x float>, <8 x float>* %8, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %252, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %8, align 32
  %352 = add i64 %244, 11
  %353 = mul i64 %352, 8
  %354 = add i64 %353, 0
  %355 = add i64 %241, %354
  %356 = getelementptr inbounds float, float* %1, i64 %355
  %357 = load float, float* %356, align 4
  %358 = insertelement <8 x float> undef, float %357, i32 0
  %splat11 = shufflevector <8 x float> %358, <8 x float> undef, <8 x i32> zeroinitializer
  %359 = load <8 x float>, <8 x float>* %7, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %252, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %7, align 32
  %361 = add i64 %244, 12
  %362 = mul i64 %361, 8
  %363 = add i64 %362, 0
  %364 = add i64 %241, %363
  %365 = getelementptr inbounds float, float* %1, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat12 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %6, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %252, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %6, align 32
  %370 = add i64 %248, 8
  %371 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %370
  %372 = bitcast float* %371 to <8 x float>*
  %373 = load <8 x float>, <8 x float>* %372, align 4
  %374 = add i64 %244, 0
  %375 = mul i64 %374, 8
  %376 = add i64 %375, 1
  %377 = add i64 %241, %376
  %378 = getelementptr inbounds float, float* %1, i64 %377
  %379 = load float, float* %378, align 4
  %380 = insertelement <8 x float> undef, float %379, i32 0
  %splat13 = shufflevector <8 x float> %380, <8 x float> undef, <8 x i32> zeroinitializer
  %381 = load <8 x float>, <8 x float>* %18, align 32
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %373, <8 x float> %381)
  store <8 x float> %382, <8 x float>* %18, align 32
  %383 = add i64 %244, 1
  %384 = mul i64 %383, 8
  %385 = add i64 %384, 1
  %386 = add i64 %241, %385
  %387 = getelementptr inbounds float, float* %1, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat14 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %17, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %373, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %17, align 32
  %392 = add i64 %244, 2
  %393 = mul i64 %392, 8
  %394 = add i64 %393, 1
  %395 = add i64 %241, %394
  %396 = getelementptr inbounds float, float* %1, i64 %395
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i32 0
  %splat15 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, <8 x float>* %16, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %373, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %16, align 32
  %401 = add i64 %244, 3
  %402 = mul i64 %401, 8
  %403 = add i64 %402, 1
  %404 = add i64 %241, %403
  %405 = getelementptr inbounds float, float* %1, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat16 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %15, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %373, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %15, align 32
  %410 = add i64 %244, 4
  %411 = mul i64 %410, 8
  %412 = add i64 %411, 1
  %413 = add i64 %241, %412
  %414 = getelementptr inbounds float, float* %1, i64 %413
  %415 = load float, float* %414, align 4
  %416 = insertelement <8 x float> undef, float %415, i32 0
  %splat17 = shufflevector <8 x float> %416, <8 x float> undef, <8 x i32> zeroinitializer
  %417 = load <8 x float>, <8 x float>* %14, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %373, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %14, align 32
  %419 = add i64 %244, 5
  %420 = mul i64 %419, 8
  %421 = add i64 %420, 1
  %422 = add i64 %241, %421
  %423 = getelementptr inbounds float, float* %1, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat18 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %13, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %373, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %13, align 32
  %428 = add i64 %244, 6
  %429 = mul i64 %428, 8
  %430 = add i64 %429, 1
  %431 = add i64 %241, %430
  %432 = getelementptr inbounds float, float* %1, i64 %431
  %433 = load float, float* %432, align 4
  %434 = insertelement <8 x float> undef, float %433, i32 0
  %splat19 = shufflevector <8 x float> %434, <8 x float> undef, <8 x i32> zeroinitializer
  %435 = load <8 x float>, <8 x float>* %12, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %373, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %12, align 32
  %437 = add i64 %244, 7
  %438 = mul i64 %437, 8
  %439 = add i64 %438, 1
  %440 = add i64 %241, %439
  %441 = getelementptr inbounds float, float* %1, i64 %440
  %442 = load float, float* %441, align 4
  %443 = insertelement <8 x float> undef, float %442, i32 0
  %splat20 = shufflevector <8 x float> %443, <8 x float> undef, <8 x i32> zeroinitializer
  %444 = load <8 x float>, <8 x float>* %11, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %373, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %11, align 32
  %446 = add i64 %244, 8
  %447 = mul i64 %446, 8
  %448 = add i64 %447, 1
  %449 = add i64 %241, %448
  %450 = getelementptr inbounds float, float* %1, i64 %449
  %451 = load float, float* %450, align 4
  %452 = insertelement <8 x float> undef, float %451, i32 0
  %splat21 = shufflevector <8 x float> %452, <8 x float> undef, <8 x i32> zeroinitializer
  %453 = load <8 x float>, <8 x float>* %10, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %373, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %10, align 32
  %455 = add i64 %244, 9
  %456 = mul i64 %455, 8
  %457 = add i64 %456, 1
  %458 = add i64 %241, %457
  %459 = getelementptr inbounds float, float* %1, i64 %458
  %460 = load float, float* %459, align 4
  %461 = insertelement <8 x float> undef, float %460, i32 0
  %splat22 = shufflevector <8 x float> %461, <8 x float> undef, <8 x i32> zeroinitializer
  %462 = load <8 x float>, <8 x float>* %9, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %373, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %9, align 32
  %464 = add i64 %244, 10
  %465 = mul i64 %464, 8
  %466 = add i64 %465, 1
  %467 = add i64 %241, %466
  %468 = getelementptr inbounds float, float* %1, i64 %467
  %469 = load float, float* %468, align 4
  %470 = insertelement <8 x float> undef, float %469, i32 0
  %splat23 = shufflevector <8 x float> %470, <8 x float> undef, <8 x i32> zeroinitializer
  %471 = load <8 x float>, <8 x float>* %8, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %373, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %8, align 32
  %473 = add i64 %244, 11
  %474 = mul i64 %473, 8
  %475 = add i64 %474, 1
  %476 = add i64 %241, %475
  %477 = getelementptr inbounds float, float* %1, i64 %476
  %478 = load float, float* %477, align 4
  %479 = insertelement <8 x float> undef, float %478, i32 0
  %splat24 = shufflevector <8 x float> %479, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, <8 x float>* %7, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %373, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %7, align 32
  %482 = add i64 %244, 12
  %483 = mul i64 %482, 8
  %484 = add i64 %483, 1
  %485 = add i64 %241, %484
  %486 = getelementptr inbounds float, float* %1, i64 %485
  %487 = load float, float* %486, align 4
  %488 = insertelement <8 x float> undef, float %487, i32 0
  %splat25 = shufflevector <8 x float> %488, <8 x float> undef, <8 x i32> zeroinitializer
  %489 = load <8 x float>, <8 x float>* %6, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %373, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %6, align 32
  %491 = add i64 %248, 16
  %492 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  %494 = load <8 x float>, <8 x float>* %493, align 4
  %495 = add i64 %244, 0
  %496 = mul i64 %495, 8
  %497 = add i64 %496, 2
  %498 = add i64 %241, %497
  %499 = getelementptr inbounds float, float* %1, i64 %498
  %500 = load float, float* %499, align 4
  %501 = insertelement <8 x float> undef, float %500, i32 0
  %splat26 = shufflevector <8 x float> %501, <8 x float> undef, <8 x i32> zeroinitializer
  %502 = load <8 x float>, <8 x float>* %18, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %494, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %18, align 32
  %504 = add i64 %244, 1
  %505 = mul i64 %504, 8
  %506 = add i64 %505, 2
  %507 = add i64 %241, %506
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat27 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %17, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %494, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %17, align 32
  %513 = add i64 %244, 2
  %514 = mul i64 %513, 8
  %515 = add i64 %514, 2
  %516 = add i64 %241, %515
  %517 = getelementptr inbounds float, float* %1, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat28 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %16, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %494, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %16, align 32
  %522 = add i64 %244, 3
  %523 = mul i64 %522, 8
  %524 = add i64 %523, 2
  %525 = add i64 %241, %524
  %526 = getelementptr inbounds float, float* %1, i64 %525
  %527 = load float, float* %526, align 4
  %528 = insertelement <8 x float> undef, float %527, i32 0
  %splat29 = shufflevector <8 x float> %528, <8 x float> undef, <8 x i32> zeroinitializer
  %529 = load <8 x float>, <8 x float>* %15, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %494, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %15, align 32
  %531 = add i64 %244, 4
  %532 = mul i64 %531, 8
  %533 = add i64 %532, 2
  %534 = add i64 %241, %533
  %535 = getelementptr inbounds float, float* %1, i64 %534
  %536 = load float, float* %535, align 4
  %537 = insertelement <8 x float> undef, float %536, i32 0
  %splat30 = shufflevector <8 x float> %537, <8 x float> undef, <8 x i32> zeroinitializer
  %538 = load <8 x float>, <8 x float>* %14, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %494, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %14, align 32
  %540 = add i64 %244, 5
  %541 = mul i64 %540, 8
  %542 = add i64 %541, 2
  %543 = add i64 %241, %542
  %544 = getelementptr inbounds float, float* %1, i64 %543
  %545 = load float, float* %544, align 4
  %546 = insertelement <8 x float> undef, float %545, i32 0
  %splat31 = shufflevector <8 x float> %546, <8 x float> undef, <8 x i32> zeroinitializer
  %547 = load <8 x float>, <8 x float>* %13, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %494, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %13, align 32
  %549 = add i64 %244, 6
  %550 = mul i64 %549, 8
  %551 = add i64 %550, 2
  %552 = add i64 %241, %551
  %553 = getelementptr inbounds float, float* %1, i64 %552
  %554 = load float, float* %553, align 4
  %555 = insertelement <8 x float> undef, float %554, i32 0
  %splat32 = shufflevector <8 x float> %555, <8 x float> undef, <8 x i32> zeroinitializer
  %556 = load <8 x float>, <8 x float>* %12, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %494, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %12, align 32
  %558 = add i64 %244, 7
  %559 = mul i64 %558, 8
  %560 = add i64 %559, 2
  %561 = add i64 %241, %560
  %562 = getelementptr inbounds float, float* %1, i64 %561
  %563 = load float, float* %562, align 4
  %564 = insertelement <8 x float> undef, float %563, i32 0
  %splat33 = shufflevector <8 x float> %564, <8 x float> undef, <8 x i32> zeroinitializer
  %565 = load <8 x float>, <8 x float>* %11, align 32
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %494, <8 x float> %565)
  store <8 x float> %566, <8 x float>* %11, align 32
  %567 = add i64 %244, 8
  %568 = mul i64 %567, 8
  %569 = add i64 %568, 2
  %570 = add i64 %241, %569
  %571 = getelementptr inbounds float, float* %1, i64 %570
  %572 = load float, float* %571, align 4
  %573 = insertelement <8 x float> undef, float %572, i32 0
  %splat34 = shufflevector <8 x float> %573, <8 x float> undef, <8 x i32> zeroinitializer
  %574 = load <8 x float>, <8 x float>* %10, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %494, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %10, align 32
  %576 = add i64 %244, 9
  %577 = mul i64 %576, 8
  %578 = add i64 %577, 2
  %579 = add i64 %241, %578
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat35 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %9, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %494, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %9, align 32
  %585 = add i64 %244, 10
  %586 = mul i64 %585, 8
  %587 = add i64 %586, 2
  %588 = add i64 %241, %587
  %589 = getelementptr inbounds float, float* %1, i64 %588
  %590 = load float, float* %589, align 4
  %591 = insertelement <8 x float> undef, float %590, i32 0
  %splat36 = shufflevector <8 x float> %591, <8 x float> undef, <8 x i32> zeroinitializer
  %592 = load <8 x float>, <8 x float>* %8, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %494, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %8, align 32
  %594 = add i64 %244, 11
  %595 = mul i64 %594, 8
  %596 = add i64 %595, 2
  %597 = add i64 %241, %596
  %598 = getelementptr inbounds float, float* %1, i64 %597
  %599 = load float, float* %598, align 4
  %600 = insertelement <8 x float> undef, float %599, i32 0
  %splat37 = shufflevector <8 x float> %600, <8 x float> undef, <8 x i32> zeroinitializer
  %601 = load <8 x float>, <8 x float>* %7, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %494, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %7, align 32
  %603 = add i64 %244, 12
  %604 = mul i64 %603, 8
  %605 = add i64 %604, 2
  %606 = add i64 %241, %605
  %607 = getelementptr inbounds float, float* %1, i64 %606
  %608 = load float, float* %607, align 4
  %609 = insertelement <8 x float> undef, float %608, i32 0
  %splat38 = shufflevector <8 x float> %609, <8 x float> undef, <8 x i32> zeroinitializer
  %610 = load <8 x float>, <8 x float>* %6, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %494, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %6, align 32
  %612 = add i64 %248, 24
  %613 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %612
  %614 = bitcast float* %613 to <8 x float>*
  %615 = load <8 x float>, <8 x float>* %614, align 4
  %616 = add i64 %244, 0
  %617 = mul i64 %616, 8
  %618 = add i64 %617, 3
  %619 = add i64 %241, %618
  %620 = getelementptr inbounds float, float* %1, i64 %619
  %621 = load float, float* %620, align 4
  %622 = insertelement <8 x float> undef, float %621, i32 0
  %splat39 = shufflevector <8 x float> %622, <8 x float> undef, <8 x i32> zeroinitializer
  %623 = load <8 x float>, <8 x float>* %18, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %615, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %18, align 32
  %625 = add i64 %244, 1
  %626 = mul i64 %625, 8
  %627 = add i64 %626, 3
  %628 = add i64 %241, %627
  %629 = getelementptr inbounds float, float* %1, i64 %628
  %630 = load float, float* %629, align 4
  %631 = insertelement <8 x float> undef, float %630, i32 0
  %splat40 = shufflevector <8 x float> %631, <8 x float> undef, <8 x i32> zeroinitializer
  %632 = load <8 x float>, <8 x float>* %17, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %615, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %17, align 32
  %634 = add i64 %244, 2
  %635 = mul i64 %634, 8
  %636 = add i64 %635, 3
  %637 = add i64 %241, %636
  %638 = getelementptr inbounds float, float* %1, i64 %637
  %639 = load float, float* %638, align 4
  %640 = insertelement <8 x float> undef, float %639, i32 0
  %splat41 = shufflevector <8 x float> %640, <8 x float> undef, <8 x i32> zeroinitializer
  %641 = load <8 x float>, <8 x float>* %16, align 32
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %615, <8 x float> %641)
  store <8 x float> %642, <8 x float>* %16, align 32
  %643 = add i64 %244, 3
  %644 = mul i64 %643, 8
  %645 = add i64 %644, 3
  %646 = add i64 %241, %645
  %647 = getelementptr inbounds float, float* %1, i64 %646
  %648 = load float, float* %647, align 4
  %649 = insertelement <8 x float> undef, float %648, i32 0
  %splat42 = shufflevector <8 x float> %649, <8 x float> undef, <8 x i32> zeroinitializer
  %650 = load <8 x float>, <8 x float>* %15, align 32
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %615, <8 x float> %650)
  store <8 x float> %651, <8 x float>* %15, align 32
  %652 = add i64 %244, 4
  %653 = mul i64 %652, 8
  %654 = add i64 %653, 3
  %655 = add i64 %241, %654
  %656 = getelementptr inbounds float, float* %1, i64 %655
  %657 = load float, float* %656, align 4
  %658 = insertelement <8 x float> undef, float %657, i32 0
  %splat43 = shufflevector <8 x float> %658, <8 x float> undef, <8 x i32> zeroinitializer
  %659 = load <8 x float>, <8 x float>* %14, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %615, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %14, align 32
  %661 = add i64 %244, 5
  %662 = mul i64 %661, 8
  %663 = add i64 %662, 3
  %664 = add i64 %241, %663
  %665 = getelementptr inbounds float, float* %1, i64 %664
  %666 = load float, float* %665, align 4
  %667 = insertelement <8 x float> undef, float %666, i32 0
  %splat44 = shufflevector <8 x float> %667, <8 x float> undef, <8 x i32> zeroinitializer
  %668 = load <8 x float>, <8 x float>* %13, align 32
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %615, <8 x float> %668)
  store <8 x float> %669, <8 x float>* %13, align 32
  %670 = add i64 %244, 6
  %671 = mul i64 %670, 8
  %672 = add i64 %671, 3
  %673 = add i64 %241, %672
  %674 = getelementptr inbounds float, float* %1, i64 %673
  %675 = load float, float* %674, align 4
  %676 = insertelement <8 x float> undef, float %675, i32 0
  %splat45 = shufflevector <8 x float> %676, <8 x float> undef, <8 x i32> zeroinitializer
  %677 = load <8 x float>, <8 x float>* %12, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %615, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %12, align 32
  %679 = add i64 %244, 7
  %680 = mul i64 %679, 8
  %681 = add i64 %680, 3
  %682 = add i64 %241, %681
  %683 = getelementptr inbounds float, float* %1, i64 %682
  %684 = load float, float* %683, align 4
  %685 = insertelement <8 x float> undef, float %684, i32 0
  %splat46 = shufflevector <8 x float> %685, <8 x float> undef, <8 x i32> zeroinitializer
  %686 = load <8 x float>, <8 x float>* %11, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %615, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %11, align 32
  %688 = add i64 %244, 8
  %689 = mul i64 %688, 8
  %690 = add i64 %689, 3
  %691 = add i64 %241, %690
  %692 = getelementptr inbounds float, float* %1, i64 %691
  %693 = load float, float* %692, align 4
  %694 = insertelement <8 x float> undef, float %693, i32 0
  %splat47 = shufflevector <8 x float> %694, <8 x float> undef, <8 x i32> zeroinitializer
  %695 = load <8 x float>, <8 x float>* %10, align 32
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %615, <8 x float> %695)
  store <8 x float> %696, <8 x float>* %10, align 32
  %697 = add i64 %244, 9
  %698 = mul i64 %697, 8
  %699 = add i64 %698, 3
  %700 = add i64 %241, %699
  %701 = getelementptr inbounds float, float* %1, i64 %700
  %702 = load float, float* %701, align 4
  %703 = insertelement <8 x float> undef, float %702, i32 0
  %splat48 = shufflevector <8 x float> %703, <8 x float> undef, <8 x i32> zeroinitializer
  %704 = load <8 x float>, <8 x float>* %9, align 32
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %615, <8 x float> %704)
  store <8 x float> %705, <8 x float>* %9, align 32
  %706 = add i64 %244, 10
  %707 = mul i64 %706, 8
  %708 = add i64 %707, 3
  %709 = add i64 %241, %708
  %710 = getelementptr inbounds float, float* %1, i64 %709
  %711 = load float, float* %710, align 4
  %712 = insertelement <8 x float> undef, float %711, i32 0
  %splat49 = shufflevector <8 x float> %712, <8 x float> undef, <8 x i32> zeroinitializer
  %713 = load <8 x float>, <8 x float>* %8, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %615, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %8, align 32
  %715 = add i64 %244, 11
  %716 = mul i64 %715, 8
  %717 = add i64 %716, 3
  %718 = add i64 %241, %717
  %719 = getelementptr inbounds float, float* %1, i64 %718
  %720 = load float, float* %719, align 4
  %721 = insertelement <8 x float> undef, float %720, i32 0
  %splat50 = shufflevector <8 x float> %721, <8 x float> undef, <8 x i32> zeroinitializer
  %722 = load <8 x float>, <8 x float>* %7, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %615, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %7, align 32
  %724 = add i64 %244, 12
  %725 = mul i64 %724, 8
  %726 = add i64 %725, 3
  %727 = add i64 %241, %726
  %728 = getelementptr inbounds float, float* %1, i64 %727
  %729 = load float, float* %728, align 4
  %730 = insertelement <8 x float> undef, float %729, i32 0
  %splat51 = shufflevector <8 x float> %730, <8 x float> undef, <8 x i32> zeroinitializer
  %731 = load <8 x float>, <8 x float>* %6, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %615, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %6, align 32
  %733 = add i64 %248, 32
  %734 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %733
  %735 = bitcast float* %734 to <8 x float>*
  %736 = load <8 x float>, <8 x float>* %735, align 4
  %737 = add i64 %244, 0
  %738 = mul i64 %737, 8
  %739 = add i64 %738, 4
  %740 = add i64 %241, %739
  %741 = getelementptr inbounds float, float* %1, i64 %740
  %742 = load float, float* %741, align 4
  %743 = insertelement <8 x float> undef, float %742, i32 0
  %splat52 = shufflevector <8 x float> %743, <8 x float> undef, <8 x i32> zeroinitializer
  %744 = load <8 x float>, <8 x float>* %18, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %736, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %18, align 32
  %746 = add i64 %244, 1
  %747 = mul i64 %746, 8
  %748 = add i64 %747, 4
  %749 = add i64 %241, %748
  %750 = getelementptr inbounds float, float* %1, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat53 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %17, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %736, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %17, align 32
  %755 = add i64 %244, 2
  %756 = mul i64 %755, 8
  %757 = add i64 %756, 4
  %758 = add i64 %241, %757
  %759 = getelementptr inbounds float, float* %1, i64 %758
  %760 = load float, float* %759, align 4
  %761 = insertelement <8 x float> undef, float %760, i32 0
  %splat54 = shufflevector <8 x float> %761, <8 x float> undef, <8 x i32> zeroinitializer
  %762 = load <8 x float>, <8 x float>* %16, align 32
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %736, <8 x float> %762)
  store <8 x float> %763, <8 x float>* %16, align 32
  %764 = add i64 %244, 3
  %765 = mul i64 %764, 8
  %766 = add i64 %765, 4
  %767 = add i64 %241, %766
  %768 = getelementptr inbounds float, float* %1, i64 %767
  %769 = load float, float* %768, align 4
  %770 = insertelement <8 x float> undef, float %769, i32 0
  %splat55 = shufflevector <8 x float> %770, <8 x float> undef, <8 x i32> zeroinitializer
  %771 = load <8 x float>, <8 x float>* %15, align 32
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %736, <8 x float> %771)
  store <8 x float> %772, <8 x float>* %15, align 32
  %773 = add i64 %244, 4
  %774 = mul i64 %773, 8
  %775 = add i64 %774, 4
  %776 = add i64 %241, %775
  %777 = getelementptr inbounds float, float* %1, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat56 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %14, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %736, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %14, align 32
  %782 = add i64 %244, 5
  %783 = mul i64 %782, 8
  %784 = add i64 %783, 4
  %785 = add i64 %241, %784
  %786 = getelementptr inbounds float, float* %1, i64 %785
  %787 = load float, float* %786, align 4
  %788 = insertelement <8 x float> undef, float %787, i32 0
  %splat57 = shufflevector <8 x float> %788, <8 x float> undef, <8 x i32> zeroinitializer
  %789 = load <8 x float>, <8 x float>* %13, align 32
  %790 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %736, <8 x float> %789)
  store <8 x float> %790, <8 x float>* %13, align 32
  %791 = add i64 %244, 6
  %792 = mul i64 %791, 8
  %793 = add i64 %792, 4
  %794 = add i64 %241, %793
  %795 = getelementptr inbounds float, float* %1, i64 %794
  %796 = load float, float* %795, align 4
  %797 = insertelement <8 x float> undef, float %796, i32 0
  %splat58 = shufflevector <8 x float> %797, <8 x float> undef, <8 x i32> zeroinitializer
  %798 = load <8 x float>, <8 x float>* %12, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %736, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %12, align 32
  %800 = add i64 %244, 7
  %801 = mul i64 %800, 8
  %802 = add i64 %801, 4
  %803 = add i64 %241, %802
  %804 = getelementptr inbounds float, float* %1, i64 %803
  %805 = load float, float* %804, align 4
  %806 = insertelement <8 x float> undef, float %805, i32 0
  %splat59 = shufflevector <8 x float> %806, <8 x float> undef, <8 x i32> zeroinitializer
  %807 = load <8 x float>, <8 x float>* %11, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %736, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %11, align 32
  %809 = add i64 %244, 8
  %810 = mul i64 %809, 8
  %811 = add i64 %810, 4
  %812 = add i64 %241, %811
  %813 = getelementptr inbounds float, float* %1, i64 %812
  %814 = load float, float* %813, align 4
  %815 = insertelement <8 x float> undef, float %814, i32 0
  %splat60 = shufflevector <8 x float> %815, <8 x float> undef, <8 x i32> zeroinitializer
  %816 = load <8 x float>, <8 x float>* %10, align 32
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %736, <8 x float> %816)
  store <8 x float> %817, <8 x float>* %10, align 32
  %818 = add i64 %244, 9
  %819 = mul i64 %818, 8
  %820 = add i64 %819, 4
  %821 = add i64 %241, %820
  %822 = getelementptr inbounds float, float* %1, i64 %821
  %823 = load float, float* %822, align 4
  %824 = insertelement <8 x float> undef, float %823, i32 0
  %splat61 = shufflevector <8 x float> %824, <8 x float> undef, <8 x i32> zeroinitializer
  %825 = load <8 x float>, <8 x float>* %9, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %736, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %9, align 32
  %827 = add i64 %244, 10
  %828 = mul i64 %827, 8
  %829 = add i64 %828, 4
  %830 = add i64 %241, %829
  %831 = getelementptr inbounds float, float* %1, i64 %830
  %832 = load float, float* %831, align 4
  %833 = insertelement <8 x float> undef, float %832, i32 0
  %splat62 = shufflevector <8 x float> %833, <8 x float> undef, <8 x i32> zeroinitializer
  %834 = load <8 x float>, <8 x float>* %8, align 32
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %736, <8 x float> %834)
  store <8 x float> %835, <8 x float>* %8, align 32
  %836 = add i64 %244, 11
  %837 = mul i64 %836, 8
  %838 = add i64 %837, 4
  %839 = add i64 %241, %838
  %840 = getelementptr inbounds float, float* %1, i64 %839
  %841 = load float, float* %840, align 4
  %842 = insertelement <8 x float> undef, float %841, i32 0
  %splat63 = shufflevector <8 x float> %842, <8 x float> undef, <8 x i32> zeroinitializer
  %843 = load <8 x float>, <8 x float>* %7, align 32
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %736, <8 x float> %843)
  store <8 x float> %844, <8 x float>* %7, align 32
  %845 = add i64 %244, 12
  %846 = mul i64 %845, 8
  %847 = add i64 %846, 4
  %848 = add i64 %241, %847
  %849 = getelementptr inbounds float, float* %1, i64 %848
  %850 = load float, float* %849, align 4
  %851 = insertelement <8 x float> undef, float %850, i32 0
  %splat64 = shufflevector <8 x float> %851, <8 x float> undef, <8 x i32> zeroinitializer
  %852 = load <8 x float>, <8 x float>* %6, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %736, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %6, align 32
  %854 = add i64 %248, 40
  %855 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %854
  %856 = bitcast float* %855 to <8 x float>*
  %857 = load <8 x float>, <8 x float>* %856, align 4
  %858 = add i64 %244, 0
  %859 = mul i64 %858, 8
  %860 = add i64 %859, 5
  %861 = add i64 %241, %860
  %862 = getelementptr inbounds float, float* %1, i64 %861
  %863 = load float, float* %862, align 4
  %864 = insertelement <8 x float> undef, float %863, i32 0
  %splat65 = shufflevector <8 x float> %864, <8 x float> undef, <8 x i32> zeroinitializer
  %865 = load <8 x float>, <8 x float>* %18, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %857, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %18, align 32
  %867 = add i64 %244, 1
  %868 = mul i64 %867, 8
  %869 = add i64 %868, 5
  %870 = add i64 %241, %869
  %871 = getelementptr inbounds float, float* %1, i64 %870
  %872 = load float, float* %871, align 4
  %873 = insertelement <8 x float> undef, float %872, i32 0
  %splat66 = shufflevector <8 x float> %873, <8 x float> undef, <8 x i32> zeroinitializer
  %874 = load <8 x float>, <8 x float>* %17, align 32
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %857, <8 x float> %874)
  store <8 x float> %875, <8 x float>* %17, align 32
  %876 = add i64 %244, 2
  %877 = mul i64 %876, 8
  %878 = add i64 %877, 5
  %879 = add i64 %241, %878
  %880 = getelementptr inbounds float, float* %1, i64 %879
  %881 = load float, float* %880, align 4
  %882 = insertelement <8 x float> undef, float %881, i32 0
  %splat67 = shufflevector <8 x float> %882, <8 x float> undef, <8 x i32> zeroinitializer
  %883 = load <8 x float>, <8 x float>* %16, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %857, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %16, align 32
  %885 = add i64 %244, 3
  %886 = mul i64 %885, 8
  %887 = add i64 %886, 5
  %888 = add i64 %241, %887
  %889 = getelementptr inbounds float, float* %1, i64 %888
  %890 = load float, float* %889, align 4
  %891 = insertelement <8 x float> undef, float %890, i32 0
  %splat68 = shufflevector <8 x float> %891, <8 x float> undef, <8 x i32> zeroinitializer
  %892 = load <8 x float>, <8 x float>* %15, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %857, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %15, align 32
  %894 = add i64 %244, 4
  %895 = mul i64 %894, 8
  %896 = add i64 %895, 5
  %897 = add i64 %241, %896
  %898 = getelementptr inbounds float, float* %1, i64 %897
  %899 = load float, float* %898, align 4
  %900 = insertelement <8 x float> undef, float %899, i32 0
  %splat69 = shufflevector <8 x float> %900, <8 x float> undef, <8 x i32> zeroinitializer
  %901 = load <8 x float>, <8 x float>* %14, align 32
  %902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %857, <8 x float> %901)
  store <8 x float> %902, <8 x float>* %14, align 32
  %903 = add i64 %244, 5
  %904 = mul i64 %903, 8
  %905 = add i64 %904, 5
  %906 = add i64 %241, %905
  %907 = getelementptr inbounds float, float* %1, i64 %906
  %908 = load float, float* %907, align 4
  %909 = insertelement <8 x float> undef, float %908, i32 0
  %splat70 = shufflevector <8 x float> %909, <8 x float> undef, <8 x i32> zeroinitializer
  %910 = load <8 x float>, <8 x float>* %13, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %857, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %13, align 32
  %912 = add i64 %244, 6
  %913 = mul i64 %912, 8
  %914 = add i64 %913, 5
  %915 = add i64 %241, %914
  %916 = getelementptr inbounds float, float* %1, i64 %915
  %917 = load float, float* %916, align 4
  %918 = insertelement <8 x float> undef, float %917, i32 0
  %splat71 = shufflevector <8 x float> %918, <8 x float> undef, <8 x i32> zeroinitializer
  %919 = load <8 x float>, <8 x float>* %12, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %857, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %12, align 32
  %921 = add i64 %244, 7
  %922 = mul i64 %921, 8
  %923 = add i64 %922, 5
  %924 = add i64 %241, %923
  %925 = getelementptr inbounds float, float* %1, i64 %924
  %926 = load float, float* %925, align 4
  %927 = insertelement <8 x float> undef, float %926, i32 0
  %splat72 = shufflevector <8 x float> %927, <8 x float> undef, <8 x i32> zeroinitializer
  %928 = load <8 x float>, <8 x float>* %11, align 32
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %857, <8 x float> %928)
  store <8 x float> %929, <8 x float>* %11, align 32
  %930 = add i64 %244, 8
  %931 = mul i64 %930, 8
  %932 = add i64 %931, 5
  %933 = add i64 %241, %932
  %934 = getelementptr inbounds float, float* %1, i64 %933
  %935 = load float, float* %934, align 4
  %936 = insertelement <8 x float> undef, float %935, i32 0
  %splat73 = shufflevector <8 x float> %936, <8 x float> undef, <8 x i32> zeroinitializer
  %937 = load <8 x float>, <8 x float>* %10, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %857, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %10, align 32
  %939 = add i64 %244, 9
  %940 = mul i64 %939, 8
  %941 = add i64 %940, 5
  %942 = add i64 %241, %941
  %943 = getelementptr inbounds float, float* %1, i64 %942
  %944 = load float, float* %943, align 4
  %945 = insertelement <8 x float> undef, float %944, i32 0
  %splat74 = shufflevector <8 x float> %945, <8 x float> undef, <8 x i32> zeroinitializer
  %946 = load <8 x float>, <8 x float>* %9, align 32
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %857, <8 x float> %946)
  store <8 x float> %947, <8 x float>* %9, align 32
  %948 = add i64 %244, 10
  %949 = mul i64 %948, 8
  %950 = add i64 %949, 5
  %951 = add i64 %241, %950
  %952 = getelementptr inbounds float, float* %1, i64 %951
  %953 = load float, float* %952, align 4
  %954 = insertelement <8 x float> undef, float %953, i32 0
  %splat75 = shufflevector <8 x float> %954, <8 x float> undef, <8 x i32> zeroinitializer
  %955 = load <8 x float>, <8 x float>* %8, align 32
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %857, <8 x float> %955)
  store <8 x float> %956, <8 x float>* %8, align 32
  %957 = add i64 %244, 11
  %958 = mul i64 %957, 8
  %959 = add i64 %958, 5
  %960 = add i64 %241, %959
  %961 = getelementptr inbounds float, float* %1, i64 %960
  %962 = load float, float* %961, align 4
  %963 = insertelement <8 x float> undef, float %962, i32 0
  %splat76 = shufflevector <8 x float> %963, <8 x float> undef, <8 x i32> zeroinitializer
  %964 = load <8 x float>, <8 x float>* %7, align 32
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %857, <8 x float> %964)
  store <8 x float> %965, <8 x float>* %7, align 32
  %966 = add i64 %244, 12
  %967 = mul i64 %966, 8
  %968 = add i64 %967, 5
  %969 = add i64 %241, %968
  %970 = getelementptr inbounds float, float* %1, i64 %969
  %971 = load float, float* %970, align 4
  %972 = insertelement <8 x float> undef, float %971, i32 0
  %splat77 = shufflevector <8 x float> %972, <8 x float> undef, <8 x i32> zeroinitializer
  %973 = load <8 x float>, <8 x float>* %6, align 32
  %974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %857, <8 x float> %973)
  store <8 x float> %974, <8 x float>* %6, align 32
  %975 = add i64 %248, 48
  %976 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %975
  %977 = bitcast float* %976 to <8 x float>*
  %978 = load <8 x float>, <8 x float>* %977, align 4
  %979 = add i64 %244, 0
  %980 = mul i64 %979, 8
  %981 = add i64 %980, 6
  %982 = add i64 %241, %981
  %983 = getelementptr inbounds float, float* %1, i64 %982
  %984 = load float, float* %983, align 4
  %985 = insertelement <8 x float> undef, float %984, i32 0
  %splat78 = shufflevector <8 x float> %985, <8 x float> undef, <8 x i32> zeroinitializer
  %986 = load <8 x float>, <8 x float>* %18, align 32
  %987 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %978, <8 x float> %986)
  store <8 x float> %987, <8 x float>* %18, align 32
  %988 = add i64 %244, 1
  %989 = mul i64 %988, 8
  %990 = add i64 %989, 6
  %991 = add i64 %241, %990
  %992 = getelementptr inbounds float, float* %1, i64 %991
  %993 = load float, float* %992, align 4
  %994 = insertelement <8 x float> undef, float %993, i32 0
  %splat79 = shufflevector <8 x float> %994, <8 x float> undef, <8 x i32> zeroinitializer
  %995 = load <8 x float>, <8 x float>* %17, align 32
  %996 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %978, <8 x float> %995)
  store <8 x float> %996, <8 x float>* %17, align 32
  %997 = add i64 %244, 2
  %998 = mul i64 %997, 8
  %999 = add i64 %998, 6
  %1000 = add i64 %241, %999
  %1001 = getelementptr inbounds float, float* %1, i64 %1000
  %1002 = load float, float* %1001, align 4
  %1003 = insertelement <8 x float> undef, float %1002, i32 0
  %splat80 = shufflevector <8 x float> %1003, <8 x float> undef, <8 x i32> zeroinitializer
  %1004 = load <8 x float>, <8 x float>* %16, align 32
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %978, <8 x float> %1004)
  store <8 x float> %1005, <8 x float>* %16, align 32
  %1006 = add i64 %244, 3
  %1007 = mul i64 %1006, 8
  %1008 = add i64 %1007, 6
  %1009 = add i64 %241, %1008
  %1010 = getelementptr inbounds float, float* %1, i64 %1009
  %1011 = load float, float* %1010, align 4
  %1012 = insertelement <8 x float> undef, float %1011, i32 0
  %splat81 = shufflevector <8 x float> %1012, <8 x float> undef, <8 x i32> zeroinitializer
  %1013 = load <8 x float>, <8 x float>* %15, align 32
  %1014 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %978, <8 x float> %1013)
  store <8 x float> %1014, <8 x float>* %15, align 32
  %1015 = add i64 %244, 4
  %1016 = mul i64 %1015, 8
  %1017 = add i64 %1016, 6
  %1018 = add i64 %241, %1017
  %1019 = getelementptr inbounds float, float* %1, i64 %1018
  %1020 = load float, float* %1019, align 4
  %1021 = insertelement <8 x float> undef, float %1020, i32 0
  %splat82 = shufflevector <8 x float> %1021, <8 x float> undef, <8 x i32> zeroinitializer
  %1022 = load <8 x float>, <8 x float>* %14, align 32
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %978, <8 x float> %1022)
  store <8 x float> %1023, <8 x float>* %14, align 32
  %1024 = add i64 %244, 5
  %1025 = mul i64 %1024, 8
  %1026 = add i64 %1025, 6
  %1027 = add i64 %241, %1026
  %1028 = getelementptr inbounds float, float* %1, i64 %1027
  %1029 = load float, float* %1028, align 4
  %1030 = insertelement <8 x float> undef, float %1029, i32 0
  %splat83 = shufflevector <8 x float> %1030, <8 x float> undef, <8 x i32> zeroinitializer
  %1031 = load <8 x float>, <8 x float>* %13, align 32
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %978, <8 x float> %1031)
  store <8 x float> %1032, <8 x float>* %13, align 32
  %1033 = add i64 %244, 6
  %1034 = mul i64 %1033, 8
  %1035 = add i64 %1034, 6
  %1036 = add i64 %241, %1035
  %1037 = getelementptr inbounds float, float* %1, i64 %1036
  %1038 = load float, float* %1037, align 4
  %1039 = insertelement <8 x float> undef, float %1038, i32 0
  %splat84 = shufflevector <8 x float> %1039, <8 x float> undef, <8 x i32> zeroinitializer
  %1040 = load <8 x float>, <8 x float>* %12, align 32
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %978, <8 x float> %1040)
  store <8 x float> %1041, <8 x float>* %12, align 32
  %1042 = add i64 %244, 7
  %1043 = mul i64 %1042, 8
  %1044 = add i64 %1043, 6
  %1045 = add i64 %241, %1044
  %1046 = getelementptr inbounds float, float* %1, i64 %1045
  %1047 = load float, float* %1046, align 4
  %1048 = insertelement <8 x float> undef, float %1047, i32 0
  %splat85 = shufflevector <8 x float> %1048, <8 x float> undef, <8 x i32> zeroinitializer
  %1049 = load <8 x float>, <8 x float>* %11, align 32
  %1050 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %978, <8 x float> %1049)
  store <8 x float> %1050, <8 x float>* %11, align 32
  %1051 = add i64 %244, 8
  %1052 = mul i64 %1051, 8
  %1053 = add i64 %1052, 6
  %1054 = add i64 %241, %1053
  %1055 = getelementptr inbounds float, float* %1, i64 %1054
  %1056 = load float, float* %1055, align 4
  %1057 = insertelement <8 x float> undef, float %1056, i32 0
  %splat86 = shufflevector <8 x float> %1057, <8 x float> undef, <8 x i32> zeroinitializer
  %1058 = load <8 x float>, <8 x float>* %10, align 32
  %1059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %978, <8 x float> %1058)
  store <8 x float> %1059, <8 x float>* %10, align 32
  %1060 = add i64 %244, 9
  %1061 = mul i64 %1060, 8
  %1062 = add i64 %1061, 6
  %1063 = add i64 %241, %1062
  %1064 = getelementptr inbounds float, float* %1, i64 %1063
  %1065 = load float, float* %1064, align 4
  %1066 = insertelement <8 x float> undef, float %1065, i32 0
  %splat87 = shufflevector <8 x float> %1066, <8 x float> undef, <8 x i32> zeroinitializer
  %1067 = load <8 x float>, <8 x float>* %9, align 32
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %978, <8 x float> %1067)
  store <8 x float> %1068, <8 x float>* %9, align 32
  %1069 = add i64 %244, 10
  %1070 = mul i64 %1069, 8
  %1071 = add i64 %1070, 6
  %1072 = add i64 %241, %1071
  %1073 = getelementptr inbounds float, float* %1, i64 %1072
  %1074 = load float, float* %1073, align 4
  %1075 = insertelement <8 x float> undef, float %1074, i32 0
  %splat88 = shufflevector <8 x float> %1075, <8 x float> undef, <8 x i32> zeroinitializer
  %1076 = load <8 x float>, <8 x float>* %8, align 32
  %1077 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %978, <8 x float> %1076)
  store <8 x float> %1077, <8 x float>* %8, align 32
  %1078 = add i64 %244, 11
  %1079 = mul i64 %1078, 8
  %1080 = add i64 %1079, 6
  %1081 = add i64 %241, %1080
  %1082 = getelementptr inbounds float, float* %1, i64 %1081
  %1083 = load float, float* %1082, align 4
  %1084 = insertelement <8 x float> undef, float %1083, i32 0
  %splat89 = shufflevector <8 x float> %1084, <8 x float> undef, <8 x i32> zeroinitializer
  %1085 = load <8 x float>, <8 x float>* %7, align 32
  %1086 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %978, <8 x float> %1085)
  store <8 x float> %1086, <8 x float>* %7, align 32
  %1087 = add i64 %244, 12
  %1088 = mul i64 %1087, 8
  %1089 = add i64 %1088, 6
  %1090 = add i64 %241, %1089
  %1091 = getelementptr inbounds float, float* %1, i64 %1090
  %1092 = load float, float* %1091, align 4
  %1093 = insertelement <8 x float> undef, float %1092, i32 0
  %splat90 = shufflevector <8 x float> %1093, <8 x float> undef, <8 x i32> zeroinitializer
  %1094 = load <8 x float>, <8 x float>* %6, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %978, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %6, align 32
  %1096 = add i64 %248, 56
  %1097 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %1096
  %1098 = bitcast float* %1097 to <8 x float>*
  %1099 = load <8 x float>, <8 x float>* %1098, align 4
  %1100 = add i64 %244, 0
  %1101 = mul i64 %1100, 8
  %1102 = add i64 %1101, 7
  %1103 = add i64 %241, %1102
  %1104 = getelementptr inbounds float, float* %1, i64 %1103
  %1105 = load float, float* %1104, align 4
  %1106 = insertelement <8 x float> undef, float %1105, i32 0
  %splat91 = shufflevector <8 x float> %1106, <8 x float> undef, <8 x i32> zeroinitializer
  %1107 = load <8 x float>, <8 x float>* %18, align 32
  %1108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1099, <8 x float> %1107)
  store <8 x float> %1108, <8 x float>* %18, align 32
  %1109 = add i64 %244, 1
  %1110 = mul i64 %1109, 8
  %1111 = add i64 %1110, 7
  %1112 = add i64 %241, %1111
  %1113 = getelementptr inbounds float, float* %1, i64 %1112
  %1114 = load float, float* %1113, align 4
  %1115 = insertelement <8 x float> undef, float %1114, i32 0
  %splat92 = shufflevector <8 x float> %1115, <8 x float> undef, <8 x i32> zeroinitializer
  %1116 = load <8 x float>, <8 x float>* %17, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1099, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %17, align 32
  %1118 = add i64 %244, 2
  %1119 = mul i64 %1118, 8
  %1120 = add i64 %1119, 7
  %1121 = add i64 %241, %1120
  %1122 = getelementptr inbounds float, float* %1, i64 %1121
  %1123 = load float, float* %1122, align 4
  %1124 = insertelement <8 x float> undef, float %1123, i32 0
  %splat93 = shufflevector <8 x float> %1124, <8 x float> undef, <8 x i32> zeroinitializer
  %1125 = load <8 x float>, <8 x float>* %16, align 32
  %1126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1099, <8 x float> %1125)
  store <8 x float> %1126, <8 x float>* %16, align 32
  %1127 = add i64 %244, 3
  %1128 = mul i64 %1127, 8
  %1129 = add i64 %1128, 7
  %1130 = add i64 %241, %1129
  %1131 = getelementptr inbounds float, float* %1, i64 %1130
  %1132 = load float, float* %1131, align 4
  %1133 = insertelement <8 x float> undef, float %1132, i32 0
  %splat94 = shufflevector <8 x float> %1133, <8 x float> undef, <8 x i32> zeroinitializer
  %1134 = load <8 x float>, <8 x float>* %15, align 32
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1099, <8 x float> %1134)
  store <8 x float> %1135, <8 x float>* %15, align 32
  %1136 = add i64 %244, 4
  %1137 = mul i64 %1136, 8
  %1138 = add i64 %1137, 7
  %1139 = add i64 %241, %1138
  %1140 = getelementptr inbounds float, float* %1, i64 %1139
  %1141 = load float, float* %1140, align 4
  %1142 = insertelement <8 x float> undef, float %1141, i32 0
  %splat95 = shufflevector <8 x float> %1142, <8 x float> undef, <8 x i32> zeroinitializer
  %1143 = load <8 x float>, <8 x float>* %14, align 32
  %1144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1099, <8 x float> %1143)
  store <8 x float> %1144, <8 x float>* %14, align 32
  %1145 = add i64 %244, 5
  %1146 = mul i64 %1145, 8
  %1147 = add i64 %1146, 7
  %1148 = add i64 %241, %1147
  %1149 = getelementptr inbounds float, float* %1, i64 %1148
  %1150 = load float, float* %1149, align 4
  %1151 = insertelement <8 x float> undef, float %1150, i32 0
  %splat96 = shufflevector <8 x float> %1151, <8 x float> undef, <8 x i32> zeroinitializer
  %1152 = load <8 x float>, <8 x float>* %13, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1099, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %13, align 32
  %1154 = add i64 %244, 6
  %1155 = mul i64 %1154, 8
  %1156 = add i64 %1155, 7
  %1157 = add i64 %241, %1156
  %1158 = getelementptr inbounds float, float* %1, i64 %1157
  %1159 = load float, float* %1158, align 4
  %1160 = insertelement <8 x float> undef, float %1159, i32 0
  %splat97 = shufflevector <8 x float> %1160, <8 x float> undef, <8 x i32> zeroinitializer
  %1161 = load <8 x float>, <8 x float>* %12, align 32
  %1162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1099, <8 x float> %1161)
  store <8 x float> %1162, <8 x float>* %12, align 32
  %1163 = add i64 %244, 7
  %1164 = mul i64 %1163, 8
  %1165 = add i64 %1164, 7
  %1166 = add i64 %241, %1165
  %1167 = getelementptr inbounds float, float* %1, i64 %1166
  %1168 = load float, float* %1167, align 4
  %1169 = insertelement <8 x float> undef, float %1168, i32 0
  %splat98 = shufflevector <8 x float> %1169, <8 x float> undef, <8 x i32> zeroinitializer
  %1170 = load <8 x float>, <8 x float>* %11, align 32
  %1171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1099, <8 x float> %1170)
  store <8 x float> %1171, <8 x float>* %11, align 32
  %1172 = add i64 %244, 8
  %1173 = mul i64 %1172, 8
  %1174 = add i64 %1173, 7
  %1175 = add i64 %241, %1174
  %1176 = getelementptr inbounds float, float* %1, i64 %1175
  %1177 = load float, float* %1176, align 4
  %1178 = insertelement <8 x float> undef, float %1177, i32 0
  %splat99 = shufflevector <8 x float> %1178, <8 x float> undef, <8 x i32> zeroinitializer
  %1179 = load <8 x float>, <8 x float>* %10, align 32
  %1180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1099, <8 x float> %1179)
  store <8 x float> %1180, <8 x float>* %10, align 32
  %1181 = add i64 %244, 9
  %1182 = mul i64 %1181, 8
  %1183 = add i64 %1182, 7
  %1184 = add i64 %241, %1183
  %1185 = getelementptr inbounds float, float* %1, i64 %1184
  %1186 = load float, float* %1185, align 4
  %1187 = insertelement <8 x float> undef, float %1186, i32 0
  %splat100 = shufflevector <8 x float> %1187, <8 x float> undef, <8 x i32> zeroinitializer
  %1188 = load <8 x float>, <8 x float>* %9, align 32
  %1189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1099, <8 x float> %1188)
  store <8 x float> %1189, <8 x float>* %9, align 32
  %1190 = add i64 %244, 10
  %1191 = mul i64 %1190, 8
  %1192 = add i64 %1191, 7
  %1193 = add i64 %241, %1192
  %1194 = getelementptr inbounds float, float* %1, i64 %1193
  %1195 = load float, float* %1194, align 4
  %1196 = insertelement <8 x float> undef, float %1195, i32 0
  %splat101 = shufflevector <8 x float> %1196, <8 x float> undef, <8 x i32> zeroinitializer
  %1197 = load <8 x float>, <8 x float>* %8, align 32
  %1198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1099, <8 x float> %1197)
  store <8 x float> %1198, <8 x float>* %8, align 32
  %1199 = add i64 %244, 11
  %1200 = mul i64 %1199, 8
  %1201 = add i64 %1200, 7
  %1202 = add i64 %241, %1201
  %1203 = getelementptr inbounds float, float* %1, i64 %1202
  %1204 = load float, float* %1203, align 4
  %1205 = insertelement <8 x float> undef, float %1204, i32 0
  %splat102 = shufflevector <8 x float> %1205, <8 x float> undef, <8 x i32> zeroinitializer
  %1206 = load <8 x float>, <8 x float>* %7, align 32
  %1207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1099, <8 x float> %1206)
  store <8 x float> %1207, <8 x float>* %7, align 32
  %1208 = add i64 %244, 12
  %1209 = mul i64 %1208, 8
  %1210 = add i64 %1209, 7
  %1211 = add i64 %241, %1210
  %1212 = getelementptr inbounds float, float* %1, i64 %1211
  %1213 = load float, float* %1212, align 4
  %1214 = insertelement <8 x float> undef, float %1213, i32 0
  %splat103 = shufflevector <8 x float> %1214, <8 x float> undef, <8 x i32> zeroinitializer
  %1215 = load <8 x float>, <8 x float>* %6, align 32
  %1216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1099, <8 x float> %1215)
  store <8 x float> %1216, <8 x float>* %6, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif
}

; Function Attrs: nounwind
define internal void @node4.conv2d_4.step0(i8* %0) #2 {
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
  %19 = add i64 104, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 104
  %23 = select i1 %22, i64 %21, i64 104
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 104
  %26 = select i1 %25, i64 %24, i64 104
  call void @node4.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 6
  %9 = srem i64 %task, 6
  %10 = mul i64 %8, 1352
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 6
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 48
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 13
  %22 = select i1 %21, i64 %20, i64 13
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 13
  %25 = select i1 %24, i64 %23, i64 13
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 6
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 13
  %34 = select i1 %33, i64 %32, i64 13
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 13
  %37 = select i1 %36, i64 %35, i64 13
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
  %45 = mul i64 %r, 13
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

; Function Attrs: nounwind
define internal void @node5.maxPool2d_2.step0(i8* %0) #2 {
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
  %19 = add i64 48, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 48
  %23 = select i1 %22, i64 %21, i64 48
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 48
  %26 = select i1 %25, i64 %24, i64 48
  call void @node5.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.maxPool2d_2.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %w.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %w.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 6
  %8 = sdiv i64 %task, 6
  %9 = mul i64 %task, 48
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %10 = icmp slt i64 %w, 6
  br i1 %10, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %11 = mul i64 %8, 8
  %12 = add i64 %11, 0
  %13 = mul i64 %12, 36
  %14 = mul i64 %7, 6
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
  %25 = mul i64 %24, 36
  %26 = mul i64 %7, 6
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
  %37 = mul i64 %36, 36
  %38 = mul i64 %7, 6
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
  %49 = mul i64 %48, 36
  %50 = mul i64 %7, 6
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
  %61 = mul i64 %60, 36
  %62 = mul i64 %7, 6
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
  %73 = mul i64 %72, 36
  %74 = mul i64 %7, 6
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
  %85 = mul i64 %84, 36
  %86 = mul i64 %7, 6
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
  %97 = mul i64 %96, 36
  %98 = mul i64 %7, 6
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
define internal void @node6.maxPool2d_2.nchw.step0(i8* %0) #2 {
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
  %19 = add i64 48, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 48
  %23 = select i1 %22, i64 %21, i64 48
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 48
  %26 = select i1 %25, i64 %24, i64 48
  call void @node6.maxPool2d_2.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 2304
  %12 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.dense_1.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 2304
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
  %16 = icmp slt i64 %k, 2304
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
  %k4 = phi i64 [ 2304, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 2304
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
  %92 = mul i64 %n, 512
  %93 = add i64 %92, %task
  %94 = getelementptr inbounds float, float* %0, i64 %93
  store float %91, float* %94, align 4
  %n.next = add i64 %n, 1
  br label %n.header
}

; Function Attrs: nounwind
define internal void @node8.dense_1.step0(i8* %0) #2 {
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
  %19 = add i64 512, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 512
  %23 = select i1 %22, i64 %21, i64 512
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 512
  %26 = select i1 %25, i64 %24, i64 512
  call void @node8.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 512
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
  %15 = mul i64 %n, 512
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
  %16 = icmp slt i64 %k, 512
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([20480 x i8]* @weight.dense_2.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([20480 x i8]* @weight.dense_2.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([20480 x i8]* @weight.dense_2.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([20480 x i8]* @weight.dense_2.weight to float*), i64 %51
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
  %k4 = phi i64 [ 512, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 512
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([20480 x i8]* @weight.dense_2.weight to float*), i64 %62
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
define internal void @node9.dense_2.step0(i8* %0) #2 {
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
  call void @node9.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.dense_2.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node10.dense_2.softmax.step0(i8* %0) #2 {
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
  call void @node10.dense_2.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @cifar10_cnn_run(i8** %0, i8** %1, i8* %2) #2 {
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
  %fresh = call i8* @malloc(i64 246335)
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
  %18 = getelementptr inbounds i8, i8* %workspace7, i64 0
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
  %24 = getelementptr inbounds i8, i8* %workspace7, i64 131072
  %25 = getelementptr inbounds i8, i8* %workspace7, i64 0
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
  %31 = getelementptr inbounds i8, i8* %workspace7, i64 57600
  %32 = getelementptr inbounds i8, i8* %workspace7, i64 131072
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
  %39 = getelementptr inbounds i8, i8* %workspace7, i64 57600
  %40 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %38, i8** %40, align 8
  %41 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %39, i8** %41, align 8
  %42 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %42, align 8
  %43 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %43, align 8
  %44 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_3.step0, i8* %44, i32 0, i32 0)
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 57600
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
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_4.step0, i8* %51, i32 0, i32 0)
  %52 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %53 = getelementptr inbounds i8, i8* %workspace7, i64 57600
  %54 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %52, i8** %54, align 8
  %55 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %53, i8** %55, align 8
  %56 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %56, align 8
  %57 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %57, align 8
  %58 = bitcast [4 x i8*]* %args to i8*
  call void @node5.maxPool2d_2.step0(i8* %58)
  %59 = getelementptr inbounds i8, i8* %workspace7, i64 9216
  %60 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %61 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %59, i8** %61, align 8
  %62 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %60, i8** %62, align 8
  %63 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %63, align 8
  %64 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %64, align 8
  %65 = bitcast [4 x i8*]* %args to i8*
  call void @node6.maxPool2d_2.nchw.step0(i8* %65)
  %66 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %67 = getelementptr inbounds i8, i8* %workspace7, i64 9216
  %68 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %66, i8** %68, align 8
  %69 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %67, i8** %69, align 8
  %70 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %70, align 8
  %71 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %71, align 8
  %72 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node8.dense_1.step0, i8* %72, i32 0, i32 0)
  %73 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %74 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %74, align 8
  %75 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %73, i8** %75, align 8
  %76 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %76, align 8
  %77 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %77, align 8
  %78 = bitcast [4 x i8*]* %args to i8*
  call void @node9.dense_2.step0(i8* %78)
  %79 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %79, align 8
  %80 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %80, align 8
  %81 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %81, align 8
  %82 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %82, align 8
  %83 = bitcast [4 x i8*]* %args to i8*
  call void @node10.dense_2.softmax.step0(i8* %83)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @cifar10_cnn_info() #3 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #3 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @cifar10_cnn_workspace_size() #3 {
entry:
  ret i64 246335
}

; Function Attrs: nounwind
define i32 @cifar10_cnn_infer(i8* %0, i8* %1, i8* %2) #3 {
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
  %11 = call i32 @cifar10_cnn_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { nounwind }
