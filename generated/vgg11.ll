; vgg11: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'vgg11'
source_filename = "vgg11"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [6912 x i8], align 64
@weight.conv2d_1.bias = external constant [256 x i8], align 64
@weight.conv2d_2.packed = external constant [294912 x i8], align 64
@weight.conv2d_2.bias = external constant [512 x i8], align 64
@weight.conv2d_3.packed = external constant [1179648 x i8], align 64
@weight.conv2d_3.bias = external constant [1024 x i8], align 64
@weight.conv2d_4.packed = external constant [2359296 x i8], align 64
@weight.conv2d_4.bias = external constant [1024 x i8], align 64
@weight.conv2d_5.packed = external constant [4718592 x i8], align 64
@weight.conv2d_5.bias = external constant [2048 x i8], align 64
@weight.conv2d_6.packed = external constant [9437184 x i8], align 64
@weight.conv2d_6.bias = external constant [2048 x i8], align 64
@weight.conv2d_7.packed = external constant [9437184 x i8], align 64
@weight.conv2d_7.bias = external constant [2048 x i8], align 64
@weight.conv2d_8.packed = external constant [9437184 x i8], align 64
@weight.conv2d_8.bias = external constant [2048 x i8], align 64
@weight.dense_1.weight = external constant [411041792 x i8], align 64
@weight.dense_1.bias = external constant [16384 x i8], align 64
@weight.dense_2.weight = external constant [67108864 x i8], align 64
@weight.dense_2.bias = external constant [16384 x i8], align 64
@weight.dense_3.weight = external constant [16384000 x i8], align 64
@weight.dense_3.bias = external constant [4000 x i8], align 64
@dlc.model_name = private unnamed_addr constant [6 x i8] c"vgg11\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 16056383, i64 7609090048 }

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
  %23 = srem i64 %task, 4
  %24 = sdiv i64 %task, 4
  %25 = srem i64 %24, 224
  %26 = sdiv i64 %task, 896
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 8
  %30 = mul i64 %23, 2
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 3
  %33 = mul i64 %27, 3
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 50176
  %36 = mul i64 %27, 8
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
  %42 = icmp slt i64 %x, 223
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = add i64 %31, 0
  %44 = mul i64 %43, 8
  %45 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %44
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
  %50 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %49
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
  %56 = mul i64 %u, 50176
  %57 = add i64 %35, %56
  %58 = mul i64 %u, 72
  %59 = add i64 %39, %58
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %60 = add i64 %x, 0
  %61 = mul i64 %28, 8
  %62 = add i64 %61, %31
  %63 = add i64 %62, 0
  %64 = mul i64 %63, 224
  %65 = add i64 %64, %25
  %66 = mul i64 %65, 224
  %67 = add i64 %66, %60
  %68 = mul i64 %67, 8
  %69 = load <8 x float>, <8 x float>* %21, align 32
  %70 = fcmp ogt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> %69, <8 x float> zeroinitializer
  %72 = getelementptr inbounds float, float* %0, i64 %68
  %73 = bitcast float* %72 to <8 x float>*
  store <8 x float> %71, <8 x float>* %73, align 4
  %74 = add i64 %x, 1
  %75 = mul i64 %28, 8
  %76 = add i64 %75, %31
  %77 = add i64 %76, 0
  %78 = mul i64 %77, 224
  %79 = add i64 %78, %25
  %80 = mul i64 %79, 224
  %81 = add i64 %80, %74
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %20, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 2
  %89 = mul i64 %28, 8
  %90 = add i64 %89, %31
  %91 = add i64 %90, 0
  %92 = mul i64 %91, 224
  %93 = add i64 %92, %25
  %94 = mul i64 %93, 224
  %95 = add i64 %94, %88
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %19, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 3
  %103 = mul i64 %28, 8
  %104 = add i64 %103, %31
  %105 = add i64 %104, 0
  %106 = mul i64 %105, 224
  %107 = add i64 %106, %25
  %108 = mul i64 %107, 224
  %109 = add i64 %108, %102
  %110 = mul i64 %109, 8
  %111 = load <8 x float>, <8 x float>* %18, align 32
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %x, 4
  %117 = mul i64 %28, 8
  %118 = add i64 %117, %31
  %119 = add i64 %118, 0
  %120 = mul i64 %119, 224
  %121 = add i64 %120, %25
  %122 = mul i64 %121, 224
  %123 = add i64 %122, %116
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %17, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = add i64 %x, 5
  %131 = mul i64 %28, 8
  %132 = add i64 %131, %31
  %133 = add i64 %132, 0
  %134 = mul i64 %133, 224
  %135 = add i64 %134, %25
  %136 = mul i64 %135, 224
  %137 = add i64 %136, %130
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %16, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 0
  %145 = mul i64 %28, 8
  %146 = add i64 %145, %31
  %147 = add i64 %146, 1
  %148 = mul i64 %147, 224
  %149 = add i64 %148, %25
  %150 = mul i64 %149, 224
  %151 = add i64 %150, %144
  %152 = mul i64 %151, 8
  %153 = load <8 x float>, <8 x float>* %15, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = getelementptr inbounds float, float* %0, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 1
  %159 = mul i64 %28, 8
  %160 = add i64 %159, %31
  %161 = add i64 %160, 1
  %162 = mul i64 %161, 224
  %163 = add i64 %162, %25
  %164 = mul i64 %163, 224
  %165 = add i64 %164, %158
  %166 = mul i64 %165, 8
  %167 = load <8 x float>, <8 x float>* %14, align 32
  %168 = fcmp ogt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> %167, <8 x float> zeroinitializer
  %170 = getelementptr inbounds float, float* %0, i64 %166
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %169, <8 x float>* %171, align 4
  %172 = add i64 %x, 2
  %173 = mul i64 %28, 8
  %174 = add i64 %173, %31
  %175 = add i64 %174, 1
  %176 = mul i64 %175, 224
  %177 = add i64 %176, %25
  %178 = mul i64 %177, 224
  %179 = add i64 %178, %172
  %180 = mul i64 %179, 8
  %181 = load <8 x float>, <8 x float>* %13, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = getelementptr inbounds float, float* %0, i64 %180
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %183, <8 x float>* %185, align 4
  %186 = add i64 %x, 3
  %187 = mul i64 %28, 8
  %188 = add i64 %187, %31
  %189 = add i64 %188, 1
  %190 = mul i64 %189, 224
  %191 = add i64 %190, %25
  %192 = mul i64 %191, 224
  %193 = add i64 %192, %186
  %194 = mul i64 %193, 8
  %195 = load <8 x float>, <8 x float>* %12, align 32
  %196 = fcmp ogt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> %195, <8 x float> zeroinitializer
  %198 = getelementptr inbounds float, float* %0, i64 %194
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = add i64 %x, 4
  %201 = mul i64 %28, 8
  %202 = add i64 %201, %31
  %203 = add i64 %202, 1
  %204 = mul i64 %203, 224
  %205 = add i64 %204, %25
  %206 = mul i64 %205, 224
  %207 = add i64 %206, %200
  %208 = mul i64 %207, 8
  %209 = load <8 x float>, <8 x float>* %11, align 32
  %210 = fcmp ogt <8 x float> %209, zeroinitializer
  %211 = select <8 x i1> %210, <8 x float> %209, <8 x float> zeroinitializer
  %212 = getelementptr inbounds float, float* %0, i64 %208
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %214 = add i64 %x, 5
  %215 = mul i64 %28, 8
  %216 = add i64 %215, %31
  %217 = add i64 %216, 1
  %218 = mul i64 %217, 224
  %219 = add i64 %218, %25
  %220 = mul i64 %219, 224
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
  %232 = icmp slt i64 %230, 224
  %233 = and i1 %231, %232
  br i1 %233, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %234 = mul i64 %230, 224
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
  %244 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.packed to float*), i64 %243
  %245 = bitcast float* %244 to <8 x float>*
  %246 = load <8 x float>, <8 x float>* %245, align 4
  %247 = add i64 %242, 216
  %248 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.packed to float*), i64 %247
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
  %320 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  %322 = load <8 x float>, <8 x float>* %321, align 4
  store <8 x float> %322, <8 x float>* %9, align 32
  %323 = add i64 %31, 1
  %324 = mul i64 %323, 8
  %325 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %324
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
  %331 = mul i64 %u9, 50176
  %332 = add i64 %35, %331
  %333 = mul i64 %u9, 72
  %334 = add i64 %39, %333
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %335 = add i64 %xb, 0
  %336 = mul i64 %28, 8
  %337 = add i64 %336, %31
  %338 = add i64 %337, 0
  %339 = mul i64 %338, 224
  %340 = add i64 %339, %25
  %341 = mul i64 %340, 224
  %342 = add i64 %341, %335
  %343 = mul i64 %342, 8
  %344 = load <8 x float>, <8 x float>* %9, align 32
  %345 = fcmp ogt <8 x float> %344, zeroinitializer
  %346 = select <8 x i1> %345, <8 x float> %344, <8 x float> zeroinitializer
  %347 = getelementptr inbounds float, float* %0, i64 %343
  %348 = bitcast float* %347 to <8 x float>*
  store <8 x float> %346, <8 x float>* %348, align 4
  %349 = add i64 %xb, 0
  %350 = mul i64 %28, 8
  %351 = add i64 %350, %31
  %352 = add i64 %351, 1
  %353 = mul i64 %352, 224
  %354 = add i64 %353, %25
  %355 = mul i64 %354, 224
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
  %367 = icmp slt i64 %365, 224
  %368 = and i1 %366, %367
  br i1 %368, label %then14, label %endif15

kh.exit12:                                        ; preds = %kh.header10
  %u.next25 = add i64 %u9, 1
  br label %u.header6

then14:                                           ; preds = %kh.body11
  %369 = mul i64 %365, 224
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
  %379 = icmp slt i64 %373, 224
  %380 = and i1 %378, %379
  br i1 %380, label %then20, label %endif21

kw.exit18:                                        ; preds = %kw.header16
  br label %endif15

then20:                                           ; preds = %kw.body17
  %381 = add i64 %377, 0
  %382 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.packed to float*), i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = add i64 %377, 216
  %386 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.packed to float*), i64 %385
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
  %xb29 = phi i64 [ 223, %xb.exit ], [ %xb.next50, %u.exit32 ]
  %400 = icmp slt i64 %xb29, 224
  br i1 %400, label %xb.body27, label %xb.exit28

xb.body27:                                        ; preds = %xb.header26
  %401 = add i64 %31, 0
  %402 = mul i64 %401, 8
  %403 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %402
  %404 = bitcast float* %403 to <8 x float>*
  %405 = load <8 x float>, <8 x float>* %404, align 4
  store <8 x float> %405, <8 x float>* %7, align 32
  %406 = add i64 %31, 1
  %407 = mul i64 %406, 8
  %408 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %407
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
  %414 = mul i64 %u33, 50176
  %415 = add i64 %35, %414
  %416 = mul i64 %u33, 72
  %417 = add i64 %39, %416
  br label %kh.header34

u.exit32:                                         ; preds = %u.header30
  %418 = add i64 %xb29, 0
  %419 = mul i64 %28, 8
  %420 = add i64 %419, %31
  %421 = add i64 %420, 0
  %422 = mul i64 %421, 224
  %423 = add i64 %422, %25
  %424 = mul i64 %423, 224
  %425 = add i64 %424, %418
  %426 = mul i64 %425, 8
  %427 = load <8 x float>, <8 x float>* %7, align 32
  %428 = fcmp ogt <8 x float> %427, zeroinitializer
  %429 = select <8 x i1> %428, <8 x float> %427, <8 x float> zeroinitializer
  %430 = getelementptr inbounds float, float* %0, i64 %426
  %431 = bitcast float* %430 to <8 x float>*
  store <8 x float> %429, <8 x float>* %431, align 4
  %432 = add i64 %xb29, 0
  %433 = mul i64 %28, 8
  %434 = add i64 %433, %31
  %435 = add i64 %434, 1
  %436 = mul i64 %435, 224
  %437 = add i64 %436, %25
  %438 = mul i64 %437, 224
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
  %450 = icmp slt i64 %448, 224
  %451 = and i1 %449, %450
  br i1 %451, label %then38, label %endif39

kh.exit36:                                        ; preds = %kh.header34
  %u.next49 = add i64 %u33, 1
  br label %u.header30

then38:                                           ; preds = %kh.body35
  %452 = mul i64 %448, 224
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
  %462 = icmp slt i64 %456, 224
  %463 = and i1 %461, %462
  br i1 %463, label %then44, label %endif45

kw.exit42:                                        ; preds = %kw.header40
  br label %endif39

then44:                                           ; preds = %kw.body41
  %464 = add i64 %460, 0
  %465 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.packed to float*), i64 %464
  %466 = bitcast float* %465 to <8 x float>*
  %467 = load <8 x float>, <8 x float>* %466, align 4
  %468 = add i64 %460, 216
  %469 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.packed to float*), i64 %468
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node0.conv2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 112
  %9 = srem i64 %task, 112
  %10 = mul i64 %8, 401408
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 112
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 896
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 224
  %22 = select i1 %21, i64 %20, i64 224
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 224
  %25 = select i1 %24, i64 %23, i64 224
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 112
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 224
  %34 = select i1 %33, i64 %32, i64 224
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 224
  %37 = select i1 %36, i64 %35, i64 224
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
  %45 = mul i64 %r, 224
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
define internal void @node1.maxPool2d_1.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node1.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %27 = srem i64 %task, 8
  %28 = sdiv i64 %task, 8
  %29 = srem i64 %28, 112
  %30 = sdiv i64 %task, 896
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 16
  %34 = mul i64 %27, 2
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 8
  %37 = mul i64 %31, 8
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 100352
  %40 = mul i64 %31, 16
  %41 = mul i64 %27, 2
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 4608
  %44 = mul i64 %29, 1
  %45 = sub i64 %44, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 109
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %35, 0
  %48 = mul i64 %47, 8
  %49 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  store <8 x float> %51, <8 x float>* %25, align 32
  store <8 x float> %51, <8 x float>* %24, align 32
  store <8 x float> %51, <8 x float>* %23, align 32
  store <8 x float> %51, <8 x float>* %22, align 32
  store <8 x float> %51, <8 x float>* %21, align 32
  store <8 x float> %51, <8 x float>* %20, align 32
  %52 = add i64 %35, 1
  %53 = mul i64 %52, 8
  %54 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  store <8 x float> %56, <8 x float>* %19, align 32
  store <8 x float> %56, <8 x float>* %18, align 32
  store <8 x float> %56, <8 x float>* %17, align 32
  store <8 x float> %56, <8 x float>* %16, align 32
  store <8 x float> %56, <8 x float>* %15, align 32
  store <8 x float> %56, <8 x float>* %14, align 32
  %57 = mul i64 %x, 1
  %58 = sub i64 %57, 1
  br label %u.header

x.exit:                                           ; preds = %x.header
  %59 = add i64 %35, 0
  %60 = mul i64 %59, 8
  %61 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  store <8 x float> %63, <8 x float>* %13, align 32
  store <8 x float> %63, <8 x float>* %12, align 32
  %64 = add i64 %35, 1
  %65 = mul i64 %64, 8
  %66 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  store <8 x float> %68, <8 x float>* %11, align 32
  store <8 x float> %68, <8 x float>* %10, align 32
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %69 = icmp slt i64 %u, 8
  br i1 %69, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %70 = mul i64 %u, 100352
  %71 = add i64 %39, %70
  %72 = mul i64 %u, 576
  %73 = add i64 %43, %72
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %74 = add i64 %x, 0
  %75 = mul i64 %32, 16
  %76 = add i64 %75, %35
  %77 = add i64 %76, 0
  %78 = mul i64 %77, 112
  %79 = add i64 %78, %29
  %80 = mul i64 %79, 112
  %81 = add i64 %80, %74
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %25, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 1
  %89 = mul i64 %32, 16
  %90 = add i64 %89, %35
  %91 = add i64 %90, 0
  %92 = mul i64 %91, 112
  %93 = add i64 %92, %29
  %94 = mul i64 %93, 112
  %95 = add i64 %94, %88
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %24, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 2
  %103 = mul i64 %32, 16
  %104 = add i64 %103, %35
  %105 = add i64 %104, 0
  %106 = mul i64 %105, 112
  %107 = add i64 %106, %29
  %108 = mul i64 %107, 112
  %109 = add i64 %108, %102
  %110 = mul i64 %109, 8
  %111 = load <8 x float>, <8 x float>* %23, align 32
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %x, 3
  %117 = mul i64 %32, 16
  %118 = add i64 %117, %35
  %119 = add i64 %118, 0
  %120 = mul i64 %119, 112
  %121 = add i64 %120, %29
  %122 = mul i64 %121, 112
  %123 = add i64 %122, %116
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %22, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = add i64 %x, 4
  %131 = mul i64 %32, 16
  %132 = add i64 %131, %35
  %133 = add i64 %132, 0
  %134 = mul i64 %133, 112
  %135 = add i64 %134, %29
  %136 = mul i64 %135, 112
  %137 = add i64 %136, %130
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %21, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 5
  %145 = mul i64 %32, 16
  %146 = add i64 %145, %35
  %147 = add i64 %146, 0
  %148 = mul i64 %147, 112
  %149 = add i64 %148, %29
  %150 = mul i64 %149, 112
  %151 = add i64 %150, %144
  %152 = mul i64 %151, 8
  %153 = load <8 x float>, <8 x float>* %20, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = getelementptr inbounds float, float* %0, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 0
  %159 = mul i64 %32, 16
  %160 = add i64 %159, %35
  %161 = add i64 %160, 1
  %162 = mul i64 %161, 112
  %163 = add i64 %162, %29
  %164 = mul i64 %163, 112
  %165 = add i64 %164, %158
  %166 = mul i64 %165, 8
  %167 = load <8 x float>, <8 x float>* %19, align 32
  %168 = fcmp ogt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> %167, <8 x float> zeroinitializer
  %170 = getelementptr inbounds float, float* %0, i64 %166
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %169, <8 x float>* %171, align 4
  %172 = add i64 %x, 1
  %173 = mul i64 %32, 16
  %174 = add i64 %173, %35
  %175 = add i64 %174, 1
  %176 = mul i64 %175, 112
  %177 = add i64 %176, %29
  %178 = mul i64 %177, 112
  %179 = add i64 %178, %172
  %180 = mul i64 %179, 8
  %181 = load <8 x float>, <8 x float>* %18, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = getelementptr inbounds float, float* %0, i64 %180
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %183, <8 x float>* %185, align 4
  %186 = add i64 %x, 2
  %187 = mul i64 %32, 16
  %188 = add i64 %187, %35
  %189 = add i64 %188, 1
  %190 = mul i64 %189, 112
  %191 = add i64 %190, %29
  %192 = mul i64 %191, 112
  %193 = add i64 %192, %186
  %194 = mul i64 %193, 8
  %195 = load <8 x float>, <8 x float>* %17, align 32
  %196 = fcmp ogt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> %195, <8 x float> zeroinitializer
  %198 = getelementptr inbounds float, float* %0, i64 %194
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = add i64 %x, 3
  %201 = mul i64 %32, 16
  %202 = add i64 %201, %35
  %203 = add i64 %202, 1
  %204 = mul i64 %203, 112
  %205 = add i64 %204, %29
  %206 = mul i64 %205, 112
  %207 = add i64 %206, %200
  %208 = mul i64 %207, 8
  %209 = load <8 x float>, <8 x float>* %16, align 32
  %210 = fcmp ogt <8 x float> %209, zeroinitializer
  %211 = select <8 x i1> %210, <8 x float> %209, <8 x float> zeroinitializer
  %212 = getelementptr inbounds float, float* %0, i64 %208
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %214 = add i64 %x, 4
  %215 = mul i64 %32, 16
  %216 = add i64 %215, %35
  %217 = add i64 %216, 1
  %218 = mul i64 %217, 112
  %219 = add i64 %218, %29
  %220 = mul i64 %219, 112
  %221 = add i64 %220, %214
  %222 = mul i64 %221, 8
  %223 = load <8 x float>, <8 x float>* %15, align 32
  %224 = fcmp ogt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> %223, <8 x float> zeroinitializer
  %226 = getelementptr inbounds float, float* %0, i64 %222
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %225, <8 x float>* %227, align 4
  %228 = add i64 %x, 5
  %229 = mul i64 %32, 16
  %230 = add i64 %229, %35
  %231 = add i64 %230, 1
  %232 = mul i64 %231, 112
  %233 = add i64 %232, %29
  %234 = mul i64 %233, 112
  %235 = add i64 %234, %228
  %236 = mul i64 %235, 8
  %237 = load <8 x float>, <8 x float>* %14, align 32
  %238 = fcmp ogt <8 x float> %237, zeroinitializer
  %239 = select <8 x i1> %238, <8 x float> %237, <8 x float> zeroinitializer
  %240 = getelementptr inbounds float, float* %0, i64 %236
  %241 = bitcast float* %240 to <8 x float>*
  store <8 x float> %239, <8 x float>* %241, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %242 = icmp slt i64 %kh, 3
  br i1 %242, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %243 = mul i64 %kh, 1
  %244 = add i64 %45, %243
  %245 = icmp sge i64 %244, 0
  %246 = icmp slt i64 %244, 112
  %247 = and i1 %245, %246
  br i1 %247, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %248 = mul i64 %244, 896
  %249 = add i64 %71, %248
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %250 = icmp slt i64 %kw, 3
  br i1 %250, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %251 = mul i64 %kw, 1
  %252 = add i64 %58, %251
  %253 = mul i64 %kh, 3
  %254 = add i64 %253, %kw
  %255 = mul i64 %254, 64
  %256 = add i64 %73, %255
  %257 = add i64 %256, 0
  %258 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %257
  %259 = bitcast float* %258 to <8 x float>*
  %260 = load <8 x float>, <8 x float>* %259, align 4
  %261 = add i64 %256, 4608
  %262 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = add i64 %252, 0
  %266 = mul i64 %265, 8
  %267 = add i64 %266, 0
  %268 = add i64 %249, %267
  %269 = getelementptr inbounds float, float* %1, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %25, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %260, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %25, align 32
  %274 = load <8 x float>, <8 x float>* %19, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %264, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %19, align 32
  %276 = add i64 %252, 1
  %277 = mul i64 %276, 8
  %278 = add i64 %277, 0
  %279 = add i64 %249, %278
  %280 = getelementptr inbounds float, float* %1, i64 %279
  %281 = load float, float* %280, align 4
  %282 = insertelement <8 x float> undef, float %281, i32 0
  %splat1 = shufflevector <8 x float> %282, <8 x float> undef, <8 x i32> zeroinitializer
  %283 = load <8 x float>, <8 x float>* %24, align 32
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %260, <8 x float> %283)
  store <8 x float> %284, <8 x float>* %24, align 32
  %285 = load <8 x float>, <8 x float>* %18, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %264, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %18, align 32
  %287 = add i64 %252, 2
  %288 = mul i64 %287, 8
  %289 = add i64 %288, 0
  %290 = add i64 %249, %289
  %291 = getelementptr inbounds float, float* %1, i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> undef, float %292, i32 0
  %splat2 = shufflevector <8 x float> %293, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, <8 x float>* %23, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %260, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %23, align 32
  %296 = load <8 x float>, <8 x float>* %17, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %264, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %17, align 32
  %298 = add i64 %252, 3
  %299 = mul i64 %298, 8
  %300 = add i64 %299, 0
  %301 = add i64 %249, %300
  %302 = getelementptr inbounds float, float* %1, i64 %301
  %303 = load float, float* %302, align 4
  %304 = insertelement <8 x float> undef, float %303, i32 0
  %splat3 = shufflevector <8 x float> %304, <8 x float> undef, <8 x i32> zeroinitializer
  %305 = load <8 x float>, <8 x float>* %22, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %260, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %22, align 32
  %307 = load <8 x float>, <8 x float>* %16, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %264, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %16, align 32
  %309 = add i64 %252, 4
  %310 = mul i64 %309, 8
  %311 = add i64 %310, 0
  %312 = add i64 %249, %311
  %313 = getelementptr inbounds float, float* %1, i64 %312
  %314 = load float, float* %313, align 4
  %315 = insertelement <8 x float> undef, float %314, i32 0
  %splat4 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %21, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %260, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %21, align 32
  %318 = load <8 x float>, <8 x float>* %15, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %264, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %15, align 32
  %320 = add i64 %252, 5
  %321 = mul i64 %320, 8
  %322 = add i64 %321, 0
  %323 = add i64 %249, %322
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat5 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %20, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %260, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %20, align 32
  %329 = load <8 x float>, <8 x float>* %14, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %264, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %14, align 32
  %331 = add i64 %256, 8
  %332 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = add i64 %256, 4616
  %336 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  %338 = load <8 x float>, <8 x float>* %337, align 4
  %339 = add i64 %252, 0
  %340 = mul i64 %339, 8
  %341 = add i64 %340, 1
  %342 = add i64 %249, %341
  %343 = getelementptr inbounds float, float* %1, i64 %342
  %344 = load float, float* %343, align 4
  %345 = insertelement <8 x float> undef, float %344, i32 0
  %splat6 = shufflevector <8 x float> %345, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = load <8 x float>, <8 x float>* %25, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %334, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %25, align 32
  %348 = load <8 x float>, <8 x float>* %19, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %338, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %19, align 32
  %350 = add i64 %252, 1
  %351 = mul i64 %350, 8
  %352 = add i64 %351, 1
  %353 = add i64 %249, %352
  %354 = getelementptr inbounds float, float* %1, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat7 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %24, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %334, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %24, align 32
  %359 = load <8 x float>, <8 x float>* %18, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %338, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %18, align 32
  %361 = add i64 %252, 2
  %362 = mul i64 %361, 8
  %363 = add i64 %362, 1
  %364 = add i64 %249, %363
  %365 = getelementptr inbounds float, float* %1, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat8 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %23, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %334, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %23, align 32
  %370 = load <8 x float>, <8 x float>* %17, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %338, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %17, align 32
  %372 = add i64 %252, 3
  %373 = mul i64 %372, 8
  %374 = add i64 %373, 1
  %375 = add i64 %249, %374
  %376 = getelementptr inbounds float, float* %1, i64 %375
  %377 = load float, float* %376, align 4
  %378 = insertelement <8 x float> undef, float %377, i32 0
  %splat9 = shufflevector <8 x float> %378, <8 x float> undef, <8 x i32> zeroinitializer
  %379 = load <8 x float>, <8 x float>* %22, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %334, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %22, align 32
  %381 = load <8 x float>, <8 x float>* %16, align 32
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %338, <8 x float> %381)
  store <8 x float> %382, <8 x float>* %16, align 32
  %383 = add i64 %252, 4
  %384 = mul i64 %383, 8
  %385 = add i64 %384, 1
  %386 = add i64 %249, %385
  %387 = getelementptr inbounds float, float* %1, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat10 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %21, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %334, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %21, align 32
  %392 = load <8 x float>, <8 x float>* %15, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %338, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %15, align 32
  %394 = add i64 %252, 5
  %395 = mul i64 %394, 8
  %396 = add i64 %395, 1
  %397 = add i64 %249, %396
  %398 = getelementptr inbounds float, float* %1, i64 %397
  %399 = load float, float* %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %splat11 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = load <8 x float>, <8 x float>* %20, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %334, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %20, align 32
  %403 = load <8 x float>, <8 x float>* %14, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %338, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %14, align 32
  %405 = add i64 %256, 16
  %406 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %405
  %407 = bitcast float* %406 to <8 x float>*
  %408 = load <8 x float>, <8 x float>* %407, align 4
  %409 = add i64 %256, 4624
  %410 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  %412 = load <8 x float>, <8 x float>* %411, align 4
  %413 = add i64 %252, 0
  %414 = mul i64 %413, 8
  %415 = add i64 %414, 2
  %416 = add i64 %249, %415
  %417 = getelementptr inbounds float, float* %1, i64 %416
  %418 = load float, float* %417, align 4
  %419 = insertelement <8 x float> undef, float %418, i32 0
  %splat12 = shufflevector <8 x float> %419, <8 x float> undef, <8 x i32> zeroinitializer
  %420 = load <8 x float>, <8 x float>* %25, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %408, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %25, align 32
  %422 = load <8 x float>, <8 x float>* %19, align 32
  %423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %412, <8 x float> %422)
  store <8 x float> %423, <8 x float>* %19, align 32
  %424 = add i64 %252, 1
  %425 = mul i64 %424, 8
  %426 = add i64 %425, 2
  %427 = add i64 %249, %426
  %428 = getelementptr inbounds float, float* %1, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat13 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %24, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %408, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %24, align 32
  %433 = load <8 x float>, <8 x float>* %18, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %412, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %18, align 32
  %435 = add i64 %252, 2
  %436 = mul i64 %435, 8
  %437 = add i64 %436, 2
  %438 = add i64 %249, %437
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat14 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %23, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %408, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %23, align 32
  %444 = load <8 x float>, <8 x float>* %17, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %412, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %17, align 32
  %446 = add i64 %252, 3
  %447 = mul i64 %446, 8
  %448 = add i64 %447, 2
  %449 = add i64 %249, %448
  %450 = getelementptr inbounds float, float* %1, i64 %449
  %451 = load float, float* %450, align 4
  %452 = insertelement <8 x float> undef, float %451, i32 0
  %splat15 = shufflevector <8 x float> %452, <8 x float> undef, <8 x i32> zeroinitializer
  %453 = load <8 x float>, <8 x float>* %22, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %408, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %22, align 32
  %455 = load <8 x float>, <8 x float>* %16, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %412, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %16, align 32
  %457 = add i64 %252, 4
  %458 = mul i64 %457, 8
  %459 = add i64 %458, 2
  %460 = add i64 %249, %459
  %461 = getelementptr inbounds float, float* %1, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat16 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %21, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %408, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %21, align 32
  %466 = load <8 x float>, <8 x float>* %15, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %412, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %15, align 32
  %468 = add i64 %252, 5
  %469 = mul i64 %468, 8
  %470 = add i64 %469, 2
  %471 = add i64 %249, %470
  %472 = getelementptr inbounds float, float* %1, i64 %471
  %473 = load float, float* %472, align 4
  %474 = insertelement <8 x float> undef, float %473, i32 0
  %splat17 = shufflevector <8 x float> %474, <8 x float> undef, <8 x i32> zeroinitializer
  %475 = load <8 x float>, <8 x float>* %20, align 32
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %408, <8 x float> %475)
  store <8 x float> %476, <8 x float>* %20, align 32
  %477 = load <8 x float>, <8 x float>* %14, align 32
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %412, <8 x float> %477)
  store <8 x float> %478, <8 x float>* %14, align 32
  %479 = add i64 %256, 24
  %480 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  %482 = load <8 x float>, <8 x float>* %481, align 4
  %483 = add i64 %256, 4632
  %484 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = load <8 x float>, <8 x float>* %485, align 4
  %487 = add i64 %252, 0
  %488 = mul i64 %487, 8
  %489 = add i64 %488, 3
  %490 = add i64 %249, %489
  %491 = getelementptr inbounds float, float* %1, i64 %490
  %492 = load float, float* %491, align 4
  %493 = insertelement <8 x float> undef, float %492, i32 0
  %splat18 = shufflevector <8 x float> %493, <8 x float> undef, <8 x i32> zeroinitializer
  %494 = load <8 x float>, <8 x float>* %25, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %482, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %25, align 32
  %496 = load <8 x float>, <8 x float>* %19, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %486, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %19, align 32
  %498 = add i64 %252, 1
  %499 = mul i64 %498, 8
  %500 = add i64 %499, 3
  %501 = add i64 %249, %500
  %502 = getelementptr inbounds float, float* %1, i64 %501
  %503 = load float, float* %502, align 4
  %504 = insertelement <8 x float> undef, float %503, i32 0
  %splat19 = shufflevector <8 x float> %504, <8 x float> undef, <8 x i32> zeroinitializer
  %505 = load <8 x float>, <8 x float>* %24, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %482, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %24, align 32
  %507 = load <8 x float>, <8 x float>* %18, align 32
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %486, <8 x float> %507)
  store <8 x float> %508, <8 x float>* %18, align 32
  %509 = add i64 %252, 2
  %510 = mul i64 %509, 8
  %511 = add i64 %510, 3
  %512 = add i64 %249, %511
  %513 = getelementptr inbounds float, float* %1, i64 %512
  %514 = load float, float* %513, align 4
  %515 = insertelement <8 x float> undef, float %514, i32 0
  %splat20 = shufflevector <8 x float> %515, <8 x float> undef, <8 x i32> zeroinitializer
  %516 = load <8 x float>, <8 x float>* %23, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %482, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %23, align 32
  %518 = load <8 x float>, <8 x float>* %17, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %486, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %17, align 32
  %520 = add i64 %252, 3
  %521 = mul i64 %520, 8
  %522 = add i64 %521, 3
  %523 = add i64 %249, %522
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat21 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %22, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %482, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %22, align 32
  %529 = load <8 x float>, <8 x float>* %16, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %486, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %16, align 32
  %531 = add i64 %252, 4
  %532 = mul i64 %531, 8
  %533 = add i64 %532, 3
  %534 = add i64 %249, %533
  %535 = getelementptr inbounds float, float* %1, i64 %534
  %536 = load float, float* %535, align 4
  %537 = insertelement <8 x float> undef, float %536, i32 0
  %splat22 = shufflevector <8 x float> %537, <8 x float> undef, <8 x i32> zeroinitializer
  %538 = load <8 x float>, <8 x float>* %21, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %482, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %21, align 32
  %540 = load <8 x float>, <8 x float>* %15, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %486, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %15, align 32
  %542 = add i64 %252, 5
  %543 = mul i64 %542, 8
  %544 = add i64 %543, 3
  %545 = add i64 %249, %544
  %546 = getelementptr inbounds float, float* %1, i64 %545
  %547 = load float, float* %546, align 4
  %548 = insertelement <8 x float> undef, float %547, i32 0
  %splat23 = shufflevector <8 x float> %548, <8 x float> undef, <8 x i32> zeroinitializer
  %549 = load <8 x float>, <8 x float>* %20, align 32
  %550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %482, <8 x float> %549)
  store <8 x float> %550, <8 x float>* %20, align 32
  %551 = load <8 x float>, <8 x float>* %14, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %486, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %14, align 32
  %553 = add i64 %256, 32
  %554 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %553
  %555 = bitcast float* %554 to <8 x float>*
  %556 = load <8 x float>, <8 x float>* %555, align 4
  %557 = add i64 %256, 4640
  %558 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %557
  %559 = bitcast float* %558 to <8 x float>*
  %560 = load <8 x float>, <8 x float>* %559, align 4
  %561 = add i64 %252, 0
  %562 = mul i64 %561, 8
  %563 = add i64 %562, 4
  %564 = add i64 %249, %563
  %565 = getelementptr inbounds float, float* %1, i64 %564
  %566 = load float, float* %565, align 4
  %567 = insertelement <8 x float> undef, float %566, i32 0
  %splat24 = shufflevector <8 x float> %567, <8 x float> undef, <8 x i32> zeroinitializer
  %568 = load <8 x float>, <8 x float>* %25, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %556, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %25, align 32
  %570 = load <8 x float>, <8 x float>* %19, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %560, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %19, align 32
  %572 = add i64 %252, 1
  %573 = mul i64 %572, 8
  %574 = add i64 %573, 4
  %575 = add i64 %249, %574
  %576 = getelementptr inbounds float, float* %1, i64 %575
  %577 = load float, float* %576, align 4
  %578 = insertelement <8 x float> undef, float %577, i32 0
  %splat25 = shufflevector <8 x float> %578, <8 x float> undef, <8 x i32> zeroinitializer
  %579 = load <8 x float>, <8 x float>* %24, align 32
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %556, <8 x float> %579)
  store <8 x float> %580, <8 x float>* %24, align 32
  %581 = load <8 x float>, <8 x float>* %18, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %560, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %18, align 32
  %583 = add i64 %252, 2
  %584 = mul i64 %583, 8
  %585 = add i64 %584, 4
  %586 = add i64 %249, %585
  %587 = getelementptr inbounds float, float* %1, i64 %586
  %588 = load float, float* %587, align 4
  %589 = insertelement <8 x float> undef, float %588, i32 0
  %splat26 = shufflevector <8 x float> %589, <8 x float> undef, <8 x i32> zeroinitializer
  %590 = load <8 x float>, <8 x float>* %23, align 32
  %591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %556, <8 x float> %590)
  store <8 x float> %591, <8 x float>* %23, align 32
  %592 = load <8 x float>, <8 x float>* %17, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %560, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %17, align 32
  %594 = add i64 %252, 3
  %595 = mul i64 %594, 8
  %596 = add i64 %595, 4
  %597 = add i64 %249, %596
  %598 = getelementptr inbounds float, float* %1, i64 %597
  %599 = load float, float* %598, align 4
  %600 = insertelement <8 x float> undef, float %599, i32 0
  %splat27 = shufflevector <8 x float> %600, <8 x float> undef, <8 x i32> zeroinitializer
  %601 = load <8 x float>, <8 x float>* %22, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %556, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %22, align 32
  %603 = load <8 x float>, <8 x float>* %16, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %560, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %16, align 32
  %605 = add i64 %252, 4
  %606 = mul i64 %605, 8
  %607 = add i64 %606, 4
  %608 = add i64 %249, %607
  %609 = getelementptr inbounds float, float* %1, i64 %608
  %610 = load float, float* %609, align 4
  %611 = insertelement <8 x float> undef, float %610, i32 0
  %splat28 = shufflevector <8 x float> %611, <8 x float> undef, <8 x i32> zeroinitializer
  %612 = load <8 x float>, <8 x float>* %21, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %556, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %21, align 32
  %614 = load <8 x float>, <8 x float>* %15, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %560, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %15, align 32
  %616 = add i64 %252, 5
  %617 = mul i64 %616, 8
  %618 = add i64 %617, 4
  %619 = add i64 %249, %618
  %620 = getelementptr inbounds float, float* %1, i64 %619
  %621 = load float, float* %620, align 4
  %622 = insertelement <8 x float> undef, float %621, i32 0
  %splat29 = shufflevector <8 x float> %622, <8 x float> undef, <8 x i32> zeroinitializer
  %623 = load <8 x float>, <8 x float>* %20, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %556, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %20, align 32
  %625 = load <8 x float>, <8 x float>* %14, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %560, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %14, align 32
  %627 = add i64 %256, 40
  %628 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %627
  %629 = bitcast float* %628 to <8 x float>*
  %630 = load <8 x float>, <8 x float>* %629, align 4
  %631 = add i64 %256, 4648
  %632 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %631
  %633 = bitcast float* %632 to <8 x float>*
  %634 = load <8 x float>, <8 x float>* %633, align 4
  %635 = add i64 %252, 0
  %636 = mul i64 %635, 8
  %637 = add i64 %636, 5
  %638 = add i64 %249, %637
  %639 = getelementptr inbounds float, float* %1, i64 %638
  %640 = load float, float* %639, align 4
  %641 = insertelement <8 x float> undef, float %640, i32 0
  %splat30 = shufflevector <8 x float> %641, <8 x float> undef, <8 x i32> zeroinitializer
  %642 = load <8 x float>, <8 x float>* %25, align 32
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %630, <8 x float> %642)
  store <8 x float> %643, <8 x float>* %25, align 32
  %644 = load <8 x float>, <8 x float>* %19, align 32
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %634, <8 x float> %644)
  store <8 x float> %645, <8 x float>* %19, align 32
  %646 = add i64 %252, 1
  %647 = mul i64 %646, 8
  %648 = add i64 %647, 5
  %649 = add i64 %249, %648
  %650 = getelementptr inbounds float, float* %1, i64 %649
  %651 = load float, float* %650, align 4
  %652 = insertelement <8 x float> undef, float %651, i32 0
  %splat31 = shufflevector <8 x float> %652, <8 x float> undef, <8 x i32> zeroinitializer
  %653 = load <8 x float>, <8 x float>* %24, align 32
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %630, <8 x float> %653)
  store <8 x float> %654, <8 x float>* %24, align 32
  %655 = load <8 x float>, <8 x float>* %18, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %634, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %18, align 32
  %657 = add i64 %252, 2
  %658 = mul i64 %657, 8
  %659 = add i64 %658, 5
  %660 = add i64 %249, %659
  %661 = getelementptr inbounds float, float* %1, i64 %660
  %662 = load float, float* %661, align 4
  %663 = insertelement <8 x float> undef, float %662, i32 0
  %splat32 = shufflevector <8 x float> %663, <8 x float> undef, <8 x i32> zeroinitializer
  %664 = load <8 x float>, <8 x float>* %23, align 32
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %630, <8 x float> %664)
  store <8 x float> %665, <8 x float>* %23, align 32
  %666 = load <8 x float>, <8 x float>* %17, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %634, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %17, align 32
  %668 = add i64 %252, 3
  %669 = mul i64 %668, 8
  %670 = add i64 %669, 5
  %671 = add i64 %249, %670
  %672 = getelementptr inbounds float, float* %1, i64 %671
  %673 = load float, float* %672, align 4
  %674 = insertelement <8 x float> undef, float %673, i32 0
  %splat33 = shufflevector <8 x float> %674, <8 x float> undef, <8 x i32> zeroinitializer
  %675 = load <8 x float>, <8 x float>* %22, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %630, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %22, align 32
  %677 = load <8 x float>, <8 x float>* %16, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %634, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %16, align 32
  %679 = add i64 %252, 4
  %680 = mul i64 %679, 8
  %681 = add i64 %680, 5
  %682 = add i64 %249, %681
  %683 = getelementptr inbounds float, float* %1, i64 %682
  %684 = load float, float* %683, align 4
  %685 = insertelement <8 x float> undef, float %684, i32 0
  %splat34 = shufflevector <8 x float> %685, <8 x float> undef, <8 x i32> zeroinitializer
  %686 = load <8 x float>, <8 x float>* %21, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %630, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %21, align 32
  %688 = load <8 x float>, <8 x float>* %15, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %634, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %15, align 32
  %690 = add i64 %252, 5
  %691 = mul i64 %690, 8
  %692 = add i64 %691, 5
  %693 = add i64 %249, %692
  %694 = getelementptr inbounds float, float* %1, i64 %693
  %695 = load float, float* %694, align 4
  %696 = insertelement <8 x float> undef, float %695, i32 0
  %splat35 = shufflevector <8 x float> %696, <8 x float> undef, <8 x i32> zeroinitializer
  %697 = load <8 x float>, <8 x float>* %20, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %630, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %20, align 32
  %699 = load <8 x float>, <8 x float>* %14, align 32
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %634, <8 x float> %699)
  store <8 x float> %700, <8 x float>* %14, align 32
  %701 = add i64 %256, 48
  %702 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %701
  %703 = bitcast float* %702 to <8 x float>*
  %704 = load <8 x float>, <8 x float>* %703, align 4
  %705 = add i64 %256, 4656
  %706 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %705
  %707 = bitcast float* %706 to <8 x float>*
  %708 = load <8 x float>, <8 x float>* %707, align 4
  %709 = add i64 %252, 0
  %710 = mul i64 %709, 8
  %711 = add i64 %710, 6
  %712 = add i64 %249, %711
  %713 = getelementptr inbounds float, float* %1, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat36 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %25, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %704, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %25, align 32
  %718 = load <8 x float>, <8 x float>* %19, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %708, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %19, align 32
  %720 = add i64 %252, 1
  %721 = mul i64 %720, 8
  %722 = add i64 %721, 6
  %723 = add i64 %249, %722
  %724 = getelementptr inbounds float, float* %1, i64 %723
  %725 = load float, float* %724, align 4
  %726 = insertelement <8 x float> undef, float %725, i32 0
  %splat37 = shufflevector <8 x float> %726, <8 x float> undef, <8 x i32> zeroinitializer
  %727 = load <8 x float>, <8 x float>* %24, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %704, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %24, align 32
  %729 = load <8 x float>, <8 x float>* %18, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %708, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %18, align 32
  %731 = add i64 %252, 2
  %732 = mul i64 %731, 8
  %733 = add i64 %732, 6
  %734 = add i64 %249, %733
  %735 = getelementptr inbounds float, float* %1, i64 %734
  %736 = load float, float* %735, align 4
  %737 = insertelement <8 x float> undef, float %736, i32 0
  %splat38 = shufflevector <8 x float> %737, <8 x float> undef, <8 x i32> zeroinitializer
  %738 = load <8 x float>, <8 x float>* %23, align 32
  %739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %704, <8 x float> %738)
  store <8 x float> %739, <8 x float>* %23, align 32
  %740 = load <8 x float>, <8 x float>* %17, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %708, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %17, align 32
  %742 = add i64 %252, 3
  %743 = mul i64 %742, 8
  %744 = add i64 %743, 6
  %745 = add i64 %249, %744
  %746 = getelementptr inbounds float, float* %1, i64 %745
  %747 = load float, float* %746, align 4
  %748 = insertelement <8 x float> undef, float %747, i32 0
  %splat39 = shufflevector <8 x float> %748, <8 x float> undef, <8 x i32> zeroinitializer
  %749 = load <8 x float>, <8 x float>* %22, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %704, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %22, align 32
  %751 = load <8 x float>, <8 x float>* %16, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %708, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %16, align 32
  %753 = add i64 %252, 4
  %754 = mul i64 %753, 8
  %755 = add i64 %754, 6
  %756 = add i64 %249, %755
  %757 = getelementptr inbounds float, float* %1, i64 %756
  %758 = load float, float* %757, align 4
  %759 = insertelement <8 x float> undef, float %758, i32 0
  %splat40 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
  %760 = load <8 x float>, <8 x float>* %21, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %704, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %21, align 32
  %762 = load <8 x float>, <8 x float>* %15, align 32
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %708, <8 x float> %762)
  store <8 x float> %763, <8 x float>* %15, align 32
  %764 = add i64 %252, 5
  %765 = mul i64 %764, 8
  %766 = add i64 %765, 6
  %767 = add i64 %249, %766
  %768 = getelementptr inbounds float, float* %1, i64 %767
  %769 = load float, float* %768, align 4
  %770 = insertelement <8 x float> undef, float %769, i32 0
  %splat41 = shufflevector <8 x float> %770, <8 x float> undef, <8 x i32> zeroinitializer
  %771 = load <8 x float>, <8 x float>* %20, align 32
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %704, <8 x float> %771)
  store <8 x float> %772, <8 x float>* %20, align 32
  %773 = load <8 x float>, <8 x float>* %14, align 32
  %774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %708, <8 x float> %773)
  store <8 x float> %774, <8 x float>* %14, align 32
  %775 = add i64 %256, 56
  %776 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %775
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = add i64 %256, 4664
  %780 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %779
  %781 = bitcast float* %780 to <8 x float>*
  %782 = load <8 x float>, <8 x float>* %781, align 4
  %783 = add i64 %252, 0
  %784 = mul i64 %783, 8
  %785 = add i64 %784, 7
  %786 = add i64 %249, %785
  %787 = getelementptr inbounds float, float* %1, i64 %786
  %788 = load float, float* %787, align 4
  %789 = insertelement <8 x float> undef, float %788, i32 0
  %splat42 = shufflevector <8 x float> %789, <8 x float> undef, <8 x i32> zeroinitializer
  %790 = load <8 x float>, <8 x float>* %25, align 32
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %778, <8 x float> %790)
  store <8 x float> %791, <8 x float>* %25, align 32
  %792 = load <8 x float>, <8 x float>* %19, align 32
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %782, <8 x float> %792)
  store <8 x float> %793, <8 x float>* %19, align 32
  %794 = add i64 %252, 1
  %795 = mul i64 %794, 8
  %796 = add i64 %795, 7
  %797 = add i64 %249, %796
  %798 = getelementptr inbounds float, float* %1, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat43 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %24, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %778, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %24, align 32
  %803 = load <8 x float>, <8 x float>* %18, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %782, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %18, align 32
  %805 = add i64 %252, 2
  %806 = mul i64 %805, 8
  %807 = add i64 %806, 7
  %808 = add i64 %249, %807
  %809 = getelementptr inbounds float, float* %1, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat44 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %23, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %778, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %23, align 32
  %814 = load <8 x float>, <8 x float>* %17, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %782, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %17, align 32
  %816 = add i64 %252, 3
  %817 = mul i64 %816, 8
  %818 = add i64 %817, 7
  %819 = add i64 %249, %818
  %820 = getelementptr inbounds float, float* %1, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat45 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %22, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %778, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %22, align 32
  %825 = load <8 x float>, <8 x float>* %16, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %782, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %16, align 32
  %827 = add i64 %252, 4
  %828 = mul i64 %827, 8
  %829 = add i64 %828, 7
  %830 = add i64 %249, %829
  %831 = getelementptr inbounds float, float* %1, i64 %830
  %832 = load float, float* %831, align 4
  %833 = insertelement <8 x float> undef, float %832, i32 0
  %splat46 = shufflevector <8 x float> %833, <8 x float> undef, <8 x i32> zeroinitializer
  %834 = load <8 x float>, <8 x float>* %21, align 32
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %778, <8 x float> %834)
  store <8 x float> %835, <8 x float>* %21, align 32
  %836 = load <8 x float>, <8 x float>* %15, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %782, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %15, align 32
  %838 = add i64 %252, 5
  %839 = mul i64 %838, 8
  %840 = add i64 %839, 7
  %841 = add i64 %249, %840
  %842 = getelementptr inbounds float, float* %1, i64 %841
  %843 = load float, float* %842, align 4
  %844 = insertelement <8 x float> undef, float %843, i32 0
  %splat47 = shufflevector <8 x float> %844, <8 x float> undef, <8 x i32> zeroinitializer
  %845 = load <8 x float>, <8 x float>* %20, align 32
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %778, <8 x float> %845)
  store <8 x float> %846, <8 x float>* %20, align 32
  %847 = load <8 x float>, <8 x float>* %14, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %782, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %14, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next80, %kh.exit54 ]
  %849 = icmp slt i64 %u51, 8
  br i1 %849, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %850 = mul i64 %u51, 100352
  %851 = add i64 %39, %850
  %852 = mul i64 %u51, 576
  %853 = add i64 %43, %852
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %854 = mul i64 %32, 16
  %855 = add i64 %854, %35
  %856 = add i64 %855, 0
  %857 = mul i64 %856, 112
  %858 = add i64 %857, %29
  %859 = mul i64 %858, 112
  %860 = add i64 %859, 109
  %861 = mul i64 %860, 8
  %862 = load <8 x float>, <8 x float>* %13, align 32
  %863 = fcmp ogt <8 x float> %862, zeroinitializer
  %864 = select <8 x i1> %863, <8 x float> %862, <8 x float> zeroinitializer
  %865 = getelementptr inbounds float, float* %0, i64 %861
  %866 = bitcast float* %865 to <8 x float>*
  store <8 x float> %864, <8 x float>* %866, align 4
  %867 = mul i64 %32, 16
  %868 = add i64 %867, %35
  %869 = add i64 %868, 0
  %870 = mul i64 %869, 112
  %871 = add i64 %870, %29
  %872 = mul i64 %871, 112
  %873 = add i64 %872, 110
  %874 = mul i64 %873, 8
  %875 = load <8 x float>, <8 x float>* %12, align 32
  %876 = fcmp ogt <8 x float> %875, zeroinitializer
  %877 = select <8 x i1> %876, <8 x float> %875, <8 x float> zeroinitializer
  %878 = getelementptr inbounds float, float* %0, i64 %874
  %879 = bitcast float* %878 to <8 x float>*
  store <8 x float> %877, <8 x float>* %879, align 4
  %880 = mul i64 %32, 16
  %881 = add i64 %880, %35
  %882 = add i64 %881, 1
  %883 = mul i64 %882, 112
  %884 = add i64 %883, %29
  %885 = mul i64 %884, 112
  %886 = add i64 %885, 109
  %887 = mul i64 %886, 8
  %888 = load <8 x float>, <8 x float>* %11, align 32
  %889 = fcmp ogt <8 x float> %888, zeroinitializer
  %890 = select <8 x i1> %889, <8 x float> %888, <8 x float> zeroinitializer
  %891 = getelementptr inbounds float, float* %0, i64 %887
  %892 = bitcast float* %891 to <8 x float>*
  store <8 x float> %890, <8 x float>* %892, align 4
  %893 = mul i64 %32, 16
  %894 = add i64 %893, %35
  %895 = add i64 %894, 1
  %896 = mul i64 %895, 112
  %897 = add i64 %896, %29
  %898 = mul i64 %897, 112
  %899 = add i64 %898, 110
  %900 = mul i64 %899, 8
  %901 = load <8 x float>, <8 x float>* %10, align 32
  %902 = fcmp ogt <8 x float> %901, zeroinitializer
  %903 = select <8 x i1> %902, <8 x float> %901, <8 x float> zeroinitializer
  %904 = getelementptr inbounds float, float* %0, i64 %900
  %905 = bitcast float* %904 to <8 x float>*
  store <8 x float> %903, <8 x float>* %905, align 4
  br label %xb.header

kh.header52:                                      ; preds = %endif57, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next79, %endif57 ]
  %906 = icmp slt i64 %kh55, 3
  br i1 %906, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %907 = mul i64 %kh55, 1
  %908 = add i64 %45, %907
  %909 = icmp sge i64 %908, 0
  %910 = icmp slt i64 %908, 112
  %911 = and i1 %909, %910
  br i1 %911, label %then56, label %endif57

kh.exit54:                                        ; preds = %kh.header52
  %u.next80 = add i64 %u51, 1
  br label %u.header48

then56:                                           ; preds = %kh.body53
  %912 = mul i64 %908, 896
  %913 = add i64 %851, %912
  br label %kw.header58

endif57:                                          ; preds = %kw.exit60, %kh.body53
  %kh.next79 = add i64 %kh55, 1
  br label %kh.header52

kw.header58:                                      ; preds = %kw.body59, %then56
  %kw61 = phi i64 [ 0, %then56 ], [ %kw.next78, %kw.body59 ]
  %914 = icmp slt i64 %kw61, 3
  br i1 %914, label %kw.body59, label %kw.exit60

kw.body59:                                        ; preds = %kw.header58
  %915 = mul i64 %kw61, 1
  %916 = add i64 108, %915
  %917 = mul i64 %kh55, 3
  %918 = add i64 %917, %kw61
  %919 = mul i64 %918, 64
  %920 = add i64 %853, %919
  %921 = add i64 %920, 0
  %922 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %921
  %923 = bitcast float* %922 to <8 x float>*
  %924 = load <8 x float>, <8 x float>* %923, align 4
  %925 = add i64 %920, 4608
  %926 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %925
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = add i64 %916, 0
  %930 = mul i64 %929, 8
  %931 = add i64 %930, 0
  %932 = add i64 %913, %931
  %933 = getelementptr inbounds float, float* %1, i64 %932
  %934 = load float, float* %933, align 4
  %935 = insertelement <8 x float> undef, float %934, i32 0
  %splat62 = shufflevector <8 x float> %935, <8 x float> undef, <8 x i32> zeroinitializer
  %936 = load <8 x float>, <8 x float>* %13, align 32
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %924, <8 x float> %936)
  store <8 x float> %937, <8 x float>* %13, align 32
  %938 = load <8 x float>, <8 x float>* %11, align 32
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %928, <8 x float> %938)
  store <8 x float> %939, <8 x float>* %11, align 32
  %940 = add i64 %916, 1
  %941 = mul i64 %940, 8
  %942 = add i64 %941, 0
  %943 = add i64 %913, %942
  %944 = getelementptr inbounds float, float* %1, i64 %943
  %945 = load float, float* %944, align 4
  %946 = insertelement <8 x float> undef, float %945, i32 0
  %splat63 = shufflevector <8 x float> %946, <8 x float> undef, <8 x i32> zeroinitializer
  %947 = load <8 x float>, <8 x float>* %12, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %924, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %12, align 32
  %949 = load <8 x float>, <8 x float>* %10, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %928, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %10, align 32
  %951 = add i64 %920, 8
  %952 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %951
  %953 = bitcast float* %952 to <8 x float>*
  %954 = load <8 x float>, <8 x float>* %953, align 4
  %955 = add i64 %920, 4616
  %956 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %955
  %957 = bitcast float* %956 to <8 x float>*
  %958 = load <8 x float>, <8 x float>* %957, align 4
  %959 = add i64 %916, 0
  %960 = mul i64 %959, 8
  %961 = add i64 %960, 1
  %962 = add i64 %913, %961
  %963 = getelementptr inbounds float, float* %1, i64 %962
  %964 = load float, float* %963, align 4
  %965 = insertelement <8 x float> undef, float %964, i32 0
  %splat64 = shufflevector <8 x float> %965, <8 x float> undef, <8 x i32> zeroinitializer
  %966 = load <8 x float>, <8 x float>* %13, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %954, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %13, align 32
  %968 = load <8 x float>, <8 x float>* %11, align 32
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %958, <8 x float> %968)
  store <8 x float> %969, <8 x float>* %11, align 32
  %970 = add i64 %916, 1
  %971 = mul i64 %970, 8
  %972 = add i64 %971, 1
  %973 = add i64 %913, %972
  %974 = getelementptr inbounds float, float* %1, i64 %973
  %975 = load float, float* %974, align 4
  %976 = insertelement <8 x float> undef, float %975, i32 0
  %splat65 = shufflevector <8 x float> %976, <8 x float> undef, <8 x i32> zeroinitializer
  %977 = load <8 x float>, <8 x float>* %12, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %954, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %12, align 32
  %979 = load <8 x float>, <8 x float>* %10, align 32
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %958, <8 x float> %979)
  store <8 x float> %980, <8 x float>* %10, align 32
  %981 = add i64 %920, 16
  %982 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %981
  %983 = bitcast float* %982 to <8 x float>*
  %984 = load <8 x float>, <8 x float>* %983, align 4
  %985 = add i64 %920, 4624
  %986 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %985
  %987 = bitcast float* %986 to <8 x float>*
  %988 = load <8 x float>, <8 x float>* %987, align 4
  %989 = add i64 %916, 0
  %990 = mul i64 %989, 8
  %991 = add i64 %990, 2
  %992 = add i64 %913, %991
  %993 = getelementptr inbounds float, float* %1, i64 %992
  %994 = load float, float* %993, align 4
  %995 = insertelement <8 x float> undef, float %994, i32 0
  %splat66 = shufflevector <8 x float> %995, <8 x float> undef, <8 x i32> zeroinitializer
  %996 = load <8 x float>, <8 x float>* %13, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %984, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %13, align 32
  %998 = load <8 x float>, <8 x float>* %11, align 32
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %988, <8 x float> %998)
  store <8 x float> %999, <8 x float>* %11, align 32
  %1000 = add i64 %916, 1
  %1001 = mul i64 %1000, 8
  %1002 = add i64 %1001, 2
  %1003 = add i64 %913, %1002
  %1004 = getelementptr inbounds float, float* %1, i64 %1003
  %1005 = load float, float* %1004, align 4
  %1006 = insertelement <8 x float> undef, float %1005, i32 0
  %splat67 = shufflevector <8 x float> %1006, <8 x float> undef, <8 x i32> zeroinitializer
  %1007 = load <8 x float>, <8 x float>* %12, align 32
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %984, <8 x float> %1007)
  store <8 x float> %1008, <8 x float>* %12, align 32
  %1009 = load <8 x float>, <8 x float>* %10, align 32
  %1010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %988, <8 x float> %1009)
  store <8 x float> %1010, <8 x float>* %10, align 32
  %1011 = add i64 %920, 24
  %1012 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1011
  %1013 = bitcast float* %1012 to <8 x float>*
  %1014 = load <8 x float>, <8 x float>* %1013, align 4
  %1015 = add i64 %920, 4632
  %1016 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1015
  %1017 = bitcast float* %1016 to <8 x float>*
  %1018 = load <8 x float>, <8 x float>* %1017, align 4
  %1019 = add i64 %916, 0
  %1020 = mul i64 %1019, 8
  %1021 = add i64 %1020, 3
  %1022 = add i64 %913, %1021
  %1023 = getelementptr inbounds float, float* %1, i64 %1022
  %1024 = load float, float* %1023, align 4
  %1025 = insertelement <8 x float> undef, float %1024, i32 0
  %splat68 = shufflevector <8 x float> %1025, <8 x float> undef, <8 x i32> zeroinitializer
  %1026 = load <8 x float>, <8 x float>* %13, align 32
  %1027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1014, <8 x float> %1026)
  store <8 x float> %1027, <8 x float>* %13, align 32
  %1028 = load <8 x float>, <8 x float>* %11, align 32
  %1029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1018, <8 x float> %1028)
  store <8 x float> %1029, <8 x float>* %11, align 32
  %1030 = add i64 %916, 1
  %1031 = mul i64 %1030, 8
  %1032 = add i64 %1031, 3
  %1033 = add i64 %913, %1032
  %1034 = getelementptr inbounds float, float* %1, i64 %1033
  %1035 = load float, float* %1034, align 4
  %1036 = insertelement <8 x float> undef, float %1035, i32 0
  %splat69 = shufflevector <8 x float> %1036, <8 x float> undef, <8 x i32> zeroinitializer
  %1037 = load <8 x float>, <8 x float>* %12, align 32
  %1038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1014, <8 x float> %1037)
  store <8 x float> %1038, <8 x float>* %12, align 32
  %1039 = load <8 x float>, <8 x float>* %10, align 32
  %1040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1018, <8 x float> %1039)
  store <8 x float> %1040, <8 x float>* %10, align 32
  %1041 = add i64 %920, 32
  %1042 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1041
  %1043 = bitcast float* %1042 to <8 x float>*
  %1044 = load <8 x float>, <8 x float>* %1043, align 4
  %1045 = add i64 %920, 4640
  %1046 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1045
  %1047 = bitcast float* %1046 to <8 x float>*
  %1048 = load <8 x float>, <8 x float>* %1047, align 4
  %1049 = add i64 %916, 0
  %1050 = mul i64 %1049, 8
  %1051 = add i64 %1050, 4
  %1052 = add i64 %913, %1051
  %1053 = getelementptr inbounds float, float* %1, i64 %1052
  %1054 = load float, float* %1053, align 4
  %1055 = insertelement <8 x float> undef, float %1054, i32 0
  %splat70 = shufflevector <8 x float> %1055, <8 x float> undef, <8 x i32> zeroinitializer
  %1056 = load <8 x float>, <8 x float>* %13, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1044, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %13, align 32
  %1058 = load <8 x float>, <8 x float>* %11, align 32
  %1059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1048, <8 x float> %1058)
  store <8 x float> %1059, <8 x float>* %11, align 32
  %1060 = add i64 %916, 1
  %1061 = mul i64 %1060, 8
  %1062 = add i64 %1061, 4
  %1063 = add i64 %913, %1062
  %1064 = getelementptr inbounds float, float* %1, i64 %1063
  %1065 = load float, float* %1064, align 4
  %1066 = insertelement <8 x float> undef, float %1065, i32 0
  %splat71 = shufflevector <8 x float> %1066, <8 x float> undef, <8 x i32> zeroinitializer
  %1067 = load <8 x float>, <8 x float>* %12, align 32
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1044, <8 x float> %1067)
  store <8 x float> %1068, <8 x float>* %12, align 32
  %1069 = load <8 x float>, <8 x float>* %10, align 32
  %1070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1048, <8 x float> %1069)
  store <8 x float> %1070, <8 x float>* %10, align 32
  %1071 = add i64 %920, 40
  %1072 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1071
  %1073 = bitcast float* %1072 to <8 x float>*
  %1074 = load <8 x float>, <8 x float>* %1073, align 4
  %1075 = add i64 %920, 4648
  %1076 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1075
  %1077 = bitcast float* %1076 to <8 x float>*
  %1078 = load <8 x float>, <8 x float>* %1077, align 4
  %1079 = add i64 %916, 0
  %1080 = mul i64 %1079, 8
  %1081 = add i64 %1080, 5
  %1082 = add i64 %913, %1081
  %1083 = getelementptr inbounds float, float* %1, i64 %1082
  %1084 = load float, float* %1083, align 4
  %1085 = insertelement <8 x float> undef, float %1084, i32 0
  %splat72 = shufflevector <8 x float> %1085, <8 x float> undef, <8 x i32> zeroinitializer
  %1086 = load <8 x float>, <8 x float>* %13, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1074, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %13, align 32
  %1088 = load <8 x float>, <8 x float>* %11, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1078, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %11, align 32
  %1090 = add i64 %916, 1
  %1091 = mul i64 %1090, 8
  %1092 = add i64 %1091, 5
  %1093 = add i64 %913, %1092
  %1094 = getelementptr inbounds float, float* %1, i64 %1093
  %1095 = load float, float* %1094, align 4
  %1096 = insertelement <8 x float> undef, float %1095, i32 0
  %splat73 = shufflevector <8 x float> %1096, <8 x float> undef, <8 x i32> zeroinitializer
  %1097 = load <8 x float>, <8 x float>* %12, align 32
  %1098 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1074, <8 x float> %1097)
  store <8 x float> %1098, <8 x float>* %12, align 32
  %1099 = load <8 x float>, <8 x float>* %10, align 32
  %1100 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1078, <8 x float> %1099)
  store <8 x float> %1100, <8 x float>* %10, align 32
  %1101 = add i64 %920, 48
  %1102 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1101
  %1103 = bitcast float* %1102 to <8 x float>*
  %1104 = load <8 x float>, <8 x float>* %1103, align 4
  %1105 = add i64 %920, 4656
  %1106 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1105
  %1107 = bitcast float* %1106 to <8 x float>*
  %1108 = load <8 x float>, <8 x float>* %1107, align 4
  %1109 = add i64 %916, 0
  %1110 = mul i64 %1109, 8
  %1111 = add i64 %1110, 6
  %1112 = add i64 %913, %1111
  %1113 = getelementptr inbounds float, float* %1, i64 %1112
  %1114 = load float, float* %1113, align 4
  %1115 = insertelement <8 x float> undef, float %1114, i32 0
  %splat74 = shufflevector <8 x float> %1115, <8 x float> undef, <8 x i32> zeroinitializer
  %1116 = load <8 x float>, <8 x float>* %13, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1104, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %13, align 32
  %1118 = load <8 x float>, <8 x float>* %11, align 32
  %1119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1108, <8 x float> %1118)
  store <8 x float> %1119, <8 x float>* %11, align 32
  %1120 = add i64 %916, 1
  %1121 = mul i64 %1120, 8
  %1122 = add i64 %1121, 6
  %1123 = add i64 %913, %1122
  %1124 = getelementptr inbounds float, float* %1, i64 %1123
  %1125 = load float, float* %1124, align 4
  %1126 = insertelement <8 x float> undef, float %1125, i32 0
  %splat75 = shufflevector <8 x float> %1126, <8 x float> undef, <8 x i32> zeroinitializer
  %1127 = load <8 x float>, <8 x float>* %12, align 32
  %1128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1104, <8 x float> %1127)
  store <8 x float> %1128, <8 x float>* %12, align 32
  %1129 = load <8 x float>, <8 x float>* %10, align 32
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1108, <8 x float> %1129)
  store <8 x float> %1130, <8 x float>* %10, align 32
  %1131 = add i64 %920, 56
  %1132 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1131
  %1133 = bitcast float* %1132 to <8 x float>*
  %1134 = load <8 x float>, <8 x float>* %1133, align 4
  %1135 = add i64 %920, 4664
  %1136 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1135
  %1137 = bitcast float* %1136 to <8 x float>*
  %1138 = load <8 x float>, <8 x float>* %1137, align 4
  %1139 = add i64 %916, 0
  %1140 = mul i64 %1139, 8
  %1141 = add i64 %1140, 7
  %1142 = add i64 %913, %1141
  %1143 = getelementptr inbounds float, float* %1, i64 %1142
  %1144 = load float, float* %1143, align 4
  %1145 = insertelement <8 x float> undef, float %1144, i32 0
  %splat76 = shufflevector <8 x float> %1145, <8 x float> undef, <8 x i32> zeroinitializer
  %1146 = load <8 x float>, <8 x float>* %13, align 32
  %1147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1134, <8 x float> %1146)
  store <8 x float> %1147, <8 x float>* %13, align 32
  %1148 = load <8 x float>, <8 x float>* %11, align 32
  %1149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1138, <8 x float> %1148)
  store <8 x float> %1149, <8 x float>* %11, align 32
  %1150 = add i64 %916, 1
  %1151 = mul i64 %1150, 8
  %1152 = add i64 %1151, 7
  %1153 = add i64 %913, %1152
  %1154 = getelementptr inbounds float, float* %1, i64 %1153
  %1155 = load float, float* %1154, align 4
  %1156 = insertelement <8 x float> undef, float %1155, i32 0
  %splat77 = shufflevector <8 x float> %1156, <8 x float> undef, <8 x i32> zeroinitializer
  %1157 = load <8 x float>, <8 x float>* %12, align 32
  %1158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1134, <8 x float> %1157)
  store <8 x float> %1158, <8 x float>* %12, align 32
  %1159 = load <8 x float>, <8 x float>* %10, align 32
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1138, <8 x float> %1159)
  store <8 x float> %1160, <8 x float>* %10, align 32
  %kw.next78 = add i64 %kw61, 1
  br label %kw.header58

kw.exit60:                                        ; preds = %kw.header58
  br label %endif57

xb.header:                                        ; preds = %u.exit83, %u.exit50
  %xb = phi i64 [ 0, %u.exit50 ], [ %xb.next, %u.exit83 ]
  %1161 = icmp slt i64 %xb, 1
  br i1 %1161, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %1162 = add i64 %35, 0
  %1163 = mul i64 %1162, 8
  %1164 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %1163
  %1165 = bitcast float* %1164 to <8 x float>*
  %1166 = load <8 x float>, <8 x float>* %1165, align 4
  store <8 x float> %1166, <8 x float>* %9, align 32
  %1167 = add i64 %35, 1
  %1168 = mul i64 %1167, 8
  %1169 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %1168
  %1170 = bitcast float* %1169 to <8 x float>*
  %1171 = load <8 x float>, <8 x float>* %1170, align 4
  store <8 x float> %1171, <8 x float>* %8, align 32
  %1172 = mul i64 %xb, 1
  %1173 = sub i64 %1172, 1
  br label %u.header81

xb.exit:                                          ; preds = %xb.header
  br label %xb.header108

u.header81:                                       ; preds = %kh.exit87, %xb.body
  %u84 = phi i64 [ 0, %xb.body ], [ %u.next107, %kh.exit87 ]
  %1174 = icmp slt i64 %u84, 8
  br i1 %1174, label %u.body82, label %u.exit83

u.body82:                                         ; preds = %u.header81
  %1175 = mul i64 %u84, 100352
  %1176 = add i64 %39, %1175
  %1177 = mul i64 %u84, 576
  %1178 = add i64 %43, %1177
  br label %kh.header85

u.exit83:                                         ; preds = %u.header81
  %1179 = add i64 %xb, 0
  %1180 = mul i64 %32, 16
  %1181 = add i64 %1180, %35
  %1182 = add i64 %1181, 0
  %1183 = mul i64 %1182, 112
  %1184 = add i64 %1183, %29
  %1185 = mul i64 %1184, 112
  %1186 = add i64 %1185, %1179
  %1187 = mul i64 %1186, 8
  %1188 = load <8 x float>, <8 x float>* %9, align 32
  %1189 = fcmp ogt <8 x float> %1188, zeroinitializer
  %1190 = select <8 x i1> %1189, <8 x float> %1188, <8 x float> zeroinitializer
  %1191 = getelementptr inbounds float, float* %0, i64 %1187
  %1192 = bitcast float* %1191 to <8 x float>*
  store <8 x float> %1190, <8 x float>* %1192, align 4
  %1193 = add i64 %xb, 0
  %1194 = mul i64 %32, 16
  %1195 = add i64 %1194, %35
  %1196 = add i64 %1195, 1
  %1197 = mul i64 %1196, 112
  %1198 = add i64 %1197, %29
  %1199 = mul i64 %1198, 112
  %1200 = add i64 %1199, %1193
  %1201 = mul i64 %1200, 8
  %1202 = load <8 x float>, <8 x float>* %8, align 32
  %1203 = fcmp ogt <8 x float> %1202, zeroinitializer
  %1204 = select <8 x i1> %1203, <8 x float> %1202, <8 x float> zeroinitializer
  %1205 = getelementptr inbounds float, float* %0, i64 %1201
  %1206 = bitcast float* %1205 to <8 x float>*
  store <8 x float> %1204, <8 x float>* %1206, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header85:                                      ; preds = %endif90, %u.body82
  %kh88 = phi i64 [ 0, %u.body82 ], [ %kh.next106, %endif90 ]
  %1207 = icmp slt i64 %kh88, 3
  br i1 %1207, label %kh.body86, label %kh.exit87

kh.body86:                                        ; preds = %kh.header85
  %1208 = mul i64 %kh88, 1
  %1209 = add i64 %45, %1208
  %1210 = icmp sge i64 %1209, 0
  %1211 = icmp slt i64 %1209, 112
  %1212 = and i1 %1210, %1211
  br i1 %1212, label %then89, label %endif90

kh.exit87:                                        ; preds = %kh.header85
  %u.next107 = add i64 %u84, 1
  br label %u.header81

then89:                                           ; preds = %kh.body86
  %1213 = mul i64 %1209, 896
  %1214 = add i64 %1176, %1213
  br label %kw.header91

endif90:                                          ; preds = %kw.exit93, %kh.body86
  %kh.next106 = add i64 %kh88, 1
  br label %kh.header85

kw.header91:                                      ; preds = %endif96, %then89
  %kw94 = phi i64 [ 0, %then89 ], [ %kw.next105, %endif96 ]
  %1215 = icmp slt i64 %kw94, 3
  br i1 %1215, label %kw.body92, label %kw.exit93

kw.body92:                                        ; preds = %kw.header91
  %1216 = mul i64 %kw94, 1
  %1217 = add i64 %1173, %1216
  %1218 = mul i64 %kh88, 3
  %1219 = add i64 %1218, %kw94
  %1220 = mul i64 %1219, 64
  %1221 = add i64 %1178, %1220
  %1222 = icmp sge i64 %1217, 0
  %1223 = icmp slt i64 %1217, 112
  %1224 = and i1 %1222, %1223
  br i1 %1224, label %then95, label %endif96

kw.exit93:                                        ; preds = %kw.header91
  br label %endif90

then95:                                           ; preds = %kw.body92
  %1225 = add i64 %1221, 0
  %1226 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1225
  %1227 = bitcast float* %1226 to <8 x float>*
  %1228 = load <8 x float>, <8 x float>* %1227, align 4
  %1229 = add i64 %1221, 4608
  %1230 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1229
  %1231 = bitcast float* %1230 to <8 x float>*
  %1232 = load <8 x float>, <8 x float>* %1231, align 4
  %1233 = add i64 %1217, 0
  %1234 = mul i64 %1233, 8
  %1235 = add i64 %1234, 0
  %1236 = add i64 %1214, %1235
  %1237 = getelementptr inbounds float, float* %1, i64 %1236
  %1238 = load float, float* %1237, align 4
  %1239 = insertelement <8 x float> undef, float %1238, i32 0
  %splat97 = shufflevector <8 x float> %1239, <8 x float> undef, <8 x i32> zeroinitializer
  %1240 = load <8 x float>, <8 x float>* %9, align 32
  %1241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1228, <8 x float> %1240)
  store <8 x float> %1241, <8 x float>* %9, align 32
  %1242 = load <8 x float>, <8 x float>* %8, align 32
  %1243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1232, <8 x float> %1242)
  store <8 x float> %1243, <8 x float>* %8, align 32
  %1244 = add i64 %1221, 8
  %1245 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1244
  %1246 = bitcast float* %1245 to <8 x float>*
  %1247 = load <8 x float>, <8 x float>* %1246, align 4
  %1248 = add i64 %1221, 4616
  %1249 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1248
  %1250 = bitcast float* %1249 to <8 x float>*
  %1251 = load <8 x float>, <8 x float>* %1250, align 4
  %1252 = add i64 %1217, 0
  %1253 = mul i64 %1252, 8
  %1254 = add i64 %1253, 1
  %1255 = add i64 %1214, %1254
  %1256 = getelementptr inbounds float, float* %1, i64 %1255
  %1257 = load float, float* %1256, align 4
  %1258 = insertelement <8 x float> undef, float %1257, i32 0
  %splat98 = shufflevector <8 x float> %1258, <8 x float> undef, <8 x i32> zeroinitializer
  %1259 = load <8 x float>, <8 x float>* %9, align 32
  %1260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1247, <8 x float> %1259)
  store <8 x float> %1260, <8 x float>* %9, align 32
  %1261 = load <8 x float>, <8 x float>* %8, align 32
  %1262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1251, <8 x float> %1261)
  store <8 x float> %1262, <8 x float>* %8, align 32
  %1263 = add i64 %1221, 16
  %1264 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1263
  %1265 = bitcast float* %1264 to <8 x float>*
  %1266 = load <8 x float>, <8 x float>* %1265, align 4
  %1267 = add i64 %1221, 4624
  %1268 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1267
  %1269 = bitcast float* %1268 to <8 x float>*
  %1270 = load <8 x float>, <8 x float>* %1269, align 4
  %1271 = add i64 %1217, 0
  %1272 = mul i64 %1271, 8
  %1273 = add i64 %1272, 2
  %1274 = add i64 %1214, %1273
  %1275 = getelementptr inbounds float, float* %1, i64 %1274
  %1276 = load float, float* %1275, align 4
  %1277 = insertelement <8 x float> undef, float %1276, i32 0
  %splat99 = shufflevector <8 x float> %1277, <8 x float> undef, <8 x i32> zeroinitializer
  %1278 = load <8 x float>, <8 x float>* %9, align 32
  %1279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1266, <8 x float> %1278)
  store <8 x float> %1279, <8 x float>* %9, align 32
  %1280 = load <8 x float>, <8 x float>* %8, align 32
  %1281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1270, <8 x float> %1280)
  store <8 x float> %1281, <8 x float>* %8, align 32
  %1282 = add i64 %1221, 24
  %1283 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1282
  %1284 = bitcast float* %1283 to <8 x float>*
  %1285 = load <8 x float>, <8 x float>* %1284, align 4
  %1286 = add i64 %1221, 4632
  %1287 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1286
  %1288 = bitcast float* %1287 to <8 x float>*
  %1289 = load <8 x float>, <8 x float>* %1288, align 4
  %1290 = add i64 %1217, 0
  %1291 = mul i64 %1290, 8
  %1292 = add i64 %1291, 3
  %1293 = add i64 %1214, %1292
  %1294 = getelementptr inbounds float, float* %1, i64 %1293
  %1295 = load float, float* %1294, align 4
  %1296 = insertelement <8 x float> undef, float %1295, i32 0
  %splat100 = shufflevector <8 x float> %1296, <8 x float> undef, <8 x i32> zeroinitializer
  %1297 = load <8 x float>, <8 x float>* %9, align 32
  %1298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1285, <8 x float> %1297)
  store <8 x float> %1298, <8 x float>* %9, align 32
  %1299 = load <8 x float>, <8 x float>* %8, align 32
  %1300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1289, <8 x float> %1299)
  store <8 x float> %1300, <8 x float>* %8, align 32
  %1301 = add i64 %1221, 32
  %1302 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1301
  %1303 = bitcast float* %1302 to <8 x float>*
  %1304 = load <8 x float>, <8 x float>* %1303, align 4
  %1305 = add i64 %1221, 4640
  %1306 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1305
  %1307 = bitcast float* %1306 to <8 x float>*
  %1308 = load <8 x float>, <8 x float>* %1307, align 4
  %1309 = add i64 %1217, 0
  %1310 = mul i64 %1309, 8
  %1311 = add i64 %1310, 4
  %1312 = add i64 %1214, %1311
  %1313 = getelementptr inbounds float, float* %1, i64 %1312
  %1314 = load float, float* %1313, align 4
  %1315 = insertelement <8 x float> undef, float %1314, i32 0
  %splat101 = shufflevector <8 x float> %1315, <8 x float> undef, <8 x i32> zeroinitializer
  %1316 = load <8 x float>, <8 x float>* %9, align 32
  %1317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1304, <8 x float> %1316)
  store <8 x float> %1317, <8 x float>* %9, align 32
  %1318 = load <8 x float>, <8 x float>* %8, align 32
  %1319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1308, <8 x float> %1318)
  store <8 x float> %1319, <8 x float>* %8, align 32
  %1320 = add i64 %1221, 40
  %1321 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1320
  %1322 = bitcast float* %1321 to <8 x float>*
  %1323 = load <8 x float>, <8 x float>* %1322, align 4
  %1324 = add i64 %1221, 4648
  %1325 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1324
  %1326 = bitcast float* %1325 to <8 x float>*
  %1327 = load <8 x float>, <8 x float>* %1326, align 4
  %1328 = add i64 %1217, 0
  %1329 = mul i64 %1328, 8
  %1330 = add i64 %1329, 5
  %1331 = add i64 %1214, %1330
  %1332 = getelementptr inbounds float, float* %1, i64 %1331
  %1333 = load float, float* %1332, align 4
  %1334 = insertelement <8 x float> undef, float %1333, i32 0
  %splat102 = shufflevector <8 x float> %1334, <8 x float> undef, <8 x i32> zeroinitializer
  %1335 = load <8 x float>, <8 x float>* %9, align 32
  %1336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1323, <8 x float> %1335)
  store <8 x float> %1336, <8 x float>* %9, align 32
  %1337 = load <8 x float>, <8 x float>* %8, align 32
  %1338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1327, <8 x float> %1337)
  store <8 x float> %1338, <8 x float>* %8, align 32
  %1339 = add i64 %1221, 48
  %1340 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1339
  %1341 = bitcast float* %1340 to <8 x float>*
  %1342 = load <8 x float>, <8 x float>* %1341, align 4
  %1343 = add i64 %1221, 4656
  %1344 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1343
  %1345 = bitcast float* %1344 to <8 x float>*
  %1346 = load <8 x float>, <8 x float>* %1345, align 4
  %1347 = add i64 %1217, 0
  %1348 = mul i64 %1347, 8
  %1349 = add i64 %1348, 6
  %1350 = add i64 %1214, %1349
  %1351 = getelementptr inbounds float, float* %1, i64 %1350
  %1352 = load float, float* %1351, align 4
  %1353 = insertelement <8 x float> undef, float %1352, i32 0
  %splat103 = shufflevector <8 x float> %1353, <8 x float> undef, <8 x i32> zeroinitializer
  %1354 = load <8 x float>, <8 x float>* %9, align 32
  %1355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1342, <8 x float> %1354)
  store <8 x float> %1355, <8 x float>* %9, align 32
  %1356 = load <8 x float>, <8 x float>* %8, align 32
  %1357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1346, <8 x float> %1356)
  store <8 x float> %1357, <8 x float>* %8, align 32
  %1358 = add i64 %1221, 56
  %1359 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1358
  %1360 = bitcast float* %1359 to <8 x float>*
  %1361 = load <8 x float>, <8 x float>* %1360, align 4
  %1362 = add i64 %1221, 4664
  %1363 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1362
  %1364 = bitcast float* %1363 to <8 x float>*
  %1365 = load <8 x float>, <8 x float>* %1364, align 4
  %1366 = add i64 %1217, 0
  %1367 = mul i64 %1366, 8
  %1368 = add i64 %1367, 7
  %1369 = add i64 %1214, %1368
  %1370 = getelementptr inbounds float, float* %1, i64 %1369
  %1371 = load float, float* %1370, align 4
  %1372 = insertelement <8 x float> undef, float %1371, i32 0
  %splat104 = shufflevector <8 x float> %1372, <8 x float> undef, <8 x i32> zeroinitializer
  %1373 = load <8 x float>, <8 x float>* %9, align 32
  %1374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1361, <8 x float> %1373)
  store <8 x float> %1374, <8 x float>* %9, align 32
  %1375 = load <8 x float>, <8 x float>* %8, align 32
  %1376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1365, <8 x float> %1375)
  store <8 x float> %1376, <8 x float>* %8, align 32
  br label %endif96

endif96:                                          ; preds = %then95, %kw.body92
  %kw.next105 = add i64 %kw94, 1
  br label %kw.header91

xb.header108:                                     ; preds = %u.exit114, %xb.exit
  %xb111 = phi i64 [ 111, %xb.exit ], [ %xb.next139, %u.exit114 ]
  %1377 = icmp slt i64 %xb111, 112
  br i1 %1377, label %xb.body109, label %xb.exit110

xb.body109:                                       ; preds = %xb.header108
  %1378 = add i64 %35, 0
  %1379 = mul i64 %1378, 8
  %1380 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %1379
  %1381 = bitcast float* %1380 to <8 x float>*
  %1382 = load <8 x float>, <8 x float>* %1381, align 4
  store <8 x float> %1382, <8 x float>* %7, align 32
  %1383 = add i64 %35, 1
  %1384 = mul i64 %1383, 8
  %1385 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %1384
  %1386 = bitcast float* %1385 to <8 x float>*
  %1387 = load <8 x float>, <8 x float>* %1386, align 4
  store <8 x float> %1387, <8 x float>* %6, align 32
  %1388 = mul i64 %xb111, 1
  %1389 = sub i64 %1388, 1
  br label %u.header112

xb.exit110:                                       ; preds = %xb.header108
  %task.next = add i64 %task, 1
  br label %task.header

u.header112:                                      ; preds = %kh.exit118, %xb.body109
  %u115 = phi i64 [ 0, %xb.body109 ], [ %u.next138, %kh.exit118 ]
  %1390 = icmp slt i64 %u115, 8
  br i1 %1390, label %u.body113, label %u.exit114

u.body113:                                        ; preds = %u.header112
  %1391 = mul i64 %u115, 100352
  %1392 = add i64 %39, %1391
  %1393 = mul i64 %u115, 576
  %1394 = add i64 %43, %1393
  br label %kh.header116

u.exit114:                                        ; preds = %u.header112
  %1395 = add i64 %xb111, 0
  %1396 = mul i64 %32, 16
  %1397 = add i64 %1396, %35
  %1398 = add i64 %1397, 0
  %1399 = mul i64 %1398, 112
  %1400 = add i64 %1399, %29
  %1401 = mul i64 %1400, 112
  %1402 = add i64 %1401, %1395
  %1403 = mul i64 %1402, 8
  %1404 = load <8 x float>, <8 x float>* %7, align 32
  %1405 = fcmp ogt <8 x float> %1404, zeroinitializer
  %1406 = select <8 x i1> %1405, <8 x float> %1404, <8 x float> zeroinitializer
  %1407 = getelementptr inbounds float, float* %0, i64 %1403
  %1408 = bitcast float* %1407 to <8 x float>*
  store <8 x float> %1406, <8 x float>* %1408, align 4
  %1409 = add i64 %xb111, 0
  %1410 = mul i64 %32, 16
  %1411 = add i64 %1410, %35
  %1412 = add i64 %1411, 1
  %1413 = mul i64 %1412, 112
  %1414 = add i64 %1413, %29
  %1415 = mul i64 %1414, 112
  %1416 = add i64 %1415, %1409
  %1417 = mul i64 %1416, 8
  %1418 = load <8 x float>, <8 x float>* %6, align 32
  %1419 = fcmp ogt <8 x float> %1418, zeroinitializer
  %1420 = select <8 x i1> %1419, <8 x float> %1418, <8 x float> zeroinitializer
  %1421 = getelementptr inbounds float, float* %0, i64 %1417
  %1422 = bitcast float* %1421 to <8 x float>*
  store <8 x float> %1420, <8 x float>* %1422, align 4
  %xb.next139 = add i64 %xb111, 1
  br label %xb.header108

kh.header116:                                     ; preds = %endif121, %u.body113
  %kh119 = phi i64 [ 0, %u.body113 ], [ %kh.next137, %endif121 ]
  %1423 = icmp slt i64 %kh119, 3
  br i1 %1423, label %kh.body117, label %kh.exit118

kh.body117:                                       ; preds = %kh.header116
  %1424 = mul i64 %kh119, 1
  %1425 = add i64 %45, %1424
  %1426 = icmp sge i64 %1425, 0
  %1427 = icmp slt i64 %1425, 112
  %1428 = and i1 %1426, %1427
  br i1 %1428, label %then120, label %endif121

kh.exit118:                                       ; preds = %kh.header116
  %u.next138 = add i64 %u115, 1
  br label %u.header112

then120:                                          ; preds = %kh.body117
  %1429 = mul i64 %1425, 896
  %1430 = add i64 %1392, %1429
  br label %kw.header122

endif121:                                         ; preds = %kw.exit124, %kh.body117
  %kh.next137 = add i64 %kh119, 1
  br label %kh.header116

kw.header122:                                     ; preds = %endif127, %then120
  %kw125 = phi i64 [ 0, %then120 ], [ %kw.next136, %endif127 ]
  %1431 = icmp slt i64 %kw125, 3
  br i1 %1431, label %kw.body123, label %kw.exit124

kw.body123:                                       ; preds = %kw.header122
  %1432 = mul i64 %kw125, 1
  %1433 = add i64 %1389, %1432
  %1434 = mul i64 %kh119, 3
  %1435 = add i64 %1434, %kw125
  %1436 = mul i64 %1435, 64
  %1437 = add i64 %1394, %1436
  %1438 = icmp sge i64 %1433, 0
  %1439 = icmp slt i64 %1433, 112
  %1440 = and i1 %1438, %1439
  br i1 %1440, label %then126, label %endif127

kw.exit124:                                       ; preds = %kw.header122
  br label %endif121

then126:                                          ; preds = %kw.body123
  %1441 = add i64 %1437, 0
  %1442 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1441
  %1443 = bitcast float* %1442 to <8 x float>*
  %1444 = load <8 x float>, <8 x float>* %1443, align 4
  %1445 = add i64 %1437, 4608
  %1446 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1445
  %1447 = bitcast float* %1446 to <8 x float>*
  %1448 = load <8 x float>, <8 x float>* %1447, align 4
  %1449 = add i64 %1433, 0
  %1450 = mul i64 %1449, 8
  %1451 = add i64 %1450, 0
  %1452 = add i64 %1430, %1451
  %1453 = getelementptr inbounds float, float* %1, i64 %1452
  %1454 = load float, float* %1453, align 4
  %1455 = insertelement <8 x float> undef, float %1454, i32 0
  %splat128 = shufflevector <8 x float> %1455, <8 x float> undef, <8 x i32> zeroinitializer
  %1456 = load <8 x float>, <8 x float>* %7, align 32
  %1457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1444, <8 x float> %1456)
  store <8 x float> %1457, <8 x float>* %7, align 32
  %1458 = load <8 x float>, <8 x float>* %6, align 32
  %1459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1448, <8 x float> %1458)
  store <8 x float> %1459, <8 x float>* %6, align 32
  %1460 = add i64 %1437, 8
  %1461 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1460
  %1462 = bitcast float* %1461 to <8 x float>*
  %1463 = load <8 x float>, <8 x float>* %1462, align 4
  %1464 = add i64 %1437, 4616
  %1465 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1464
  %1466 = bitcast float* %1465 to <8 x float>*
  %1467 = load <8 x float>, <8 x float>* %1466, align 4
  %1468 = add i64 %1433, 0
  %1469 = mul i64 %1468, 8
  %1470 = add i64 %1469, 1
  %1471 = add i64 %1430, %1470
  %1472 = getelementptr inbounds float, float* %1, i64 %1471
  %1473 = load float, float* %1472, align 4
  %1474 = insertelement <8 x float> undef, float %1473, i32 0
  %splat129 = shufflevector <8 x float> %1474, <8 x float> undef, <8 x i32> zeroinitializer
  %1475 = load <8 x float>, <8 x float>* %7, align 32
  %1476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1463, <8 x float> %1475)
  store <8 x float> %1476, <8 x float>* %7, align 32
  %1477 = load <8 x float>, <8 x float>* %6, align 32
  %1478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1467, <8 x float> %1477)
  store <8 x float> %1478, <8 x float>* %6, align 32
  %1479 = add i64 %1437, 16
  %1480 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1479
  %1481 = bitcast float* %1480 to <8 x float>*
  %1482 = load <8 x float>, <8 x float>* %1481, align 4
  %1483 = add i64 %1437, 4624
  %1484 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1483
  %1485 = bitcast float* %1484 to <8 x float>*
  %1486 = load <8 x float>, <8 x float>* %1485, align 4
  %1487 = add i64 %1433, 0
  %1488 = mul i64 %1487, 8
  %1489 = add i64 %1488, 2
  %1490 = add i64 %1430, %1489
  %1491 = getelementptr inbounds float, float* %1, i64 %1490
  %1492 = load float, float* %1491, align 4
  %1493 = insertelement <8 x float> undef, float %1492, i32 0
  %splat130 = shufflevector <8 x float> %1493, <8 x float> undef, <8 x i32> zeroinitializer
  %1494 = load <8 x float>, <8 x float>* %7, align 32
  %1495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1482, <8 x float> %1494)
  store <8 x float> %1495, <8 x float>* %7, align 32
  %1496 = load <8 x float>, <8 x float>* %6, align 32
  %1497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1486, <8 x float> %1496)
  store <8 x float> %1497, <8 x float>* %6, align 32
  %1498 = add i64 %1437, 24
  %1499 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1498
  %1500 = bitcast float* %1499 to <8 x float>*
  %1501 = load <8 x float>, <8 x float>* %1500, align 4
  %1502 = add i64 %1437, 4632
  %1503 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1502
  %1504 = bitcast float* %1503 to <8 x float>*
  %1505 = load <8 x float>, <8 x float>* %1504, align 4
  %1506 = add i64 %1433, 0
  %1507 = mul i64 %1506, 8
  %1508 = add i64 %1507, 3
  %1509 = add i64 %1430, %1508
  %1510 = getelementptr inbounds float, float* %1, i64 %1509
  %1511 = load float, float* %1510, align 4
  %1512 = insertelement <8 x float> undef, float %1511, i32 0
  %splat131 = shufflevector <8 x float> %1512, <8 x float> undef, <8 x i32> zeroinitializer
  %1513 = load <8 x float>, <8 x float>* %7, align 32
  %1514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1501, <8 x float> %1513)
  store <8 x float> %1514, <8 x float>* %7, align 32
  %1515 = load <8 x float>, <8 x float>* %6, align 32
  %1516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1505, <8 x float> %1515)
  store <8 x float> %1516, <8 x float>* %6, align 32
  %1517 = add i64 %1437, 32
  %1518 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1517
  %1519 = bitcast float* %1518 to <8 x float>*
  %1520 = load <8 x float>, <8 x float>* %1519, align 4
  %1521 = add i64 %1437, 4640
  %1522 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1521
  %1523 = bitcast float* %1522 to <8 x float>*
  %1524 = load <8 x float>, <8 x float>* %1523, align 4
  %1525 = add i64 %1433, 0
  %1526 = mul i64 %1525, 8
  %1527 = add i64 %1526, 4
  %1528 = add i64 %1430, %1527
  %1529 = getelementptr inbounds float, float* %1, i64 %1528
  %1530 = load float, float* %1529, align 4
  %1531 = insertelement <8 x float> undef, float %1530, i32 0
  %splat132 = shufflevector <8 x float> %1531, <8 x float> undef, <8 x i32> zeroinitializer
  %1532 = load <8 x float>, <8 x float>* %7, align 32
  %1533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1520, <8 x float> %1532)
  store <8 x float> %1533, <8 x float>* %7, align 32
  %1534 = load <8 x float>, <8 x float>* %6, align 32
  %1535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1524, <8 x float> %1534)
  store <8 x float> %1535, <8 x float>* %6, align 32
  %1536 = add i64 %1437, 40
  %1537 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1536
  %1538 = bitcast float* %1537 to <8 x float>*
  %1539 = load <8 x float>, <8 x float>* %1538, align 4
  %1540 = add i64 %1437, 4648
  %1541 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1540
  %1542 = bitcast float* %1541 to <8 x float>*
  %1543 = load <8 x float>, <8 x float>* %1542, align 4
  %1544 = add i64 %1433, 0
  %1545 = mul i64 %1544, 8
  %1546 = add i64 %1545, 5
  %1547 = add i64 %1430, %1546
  %1548 = getelementptr inbounds float, float* %1, i64 %1547
  %1549 = load float, float* %1548, align 4
  %1550 = insertelement <8 x float> undef, float %1549, i32 0
  %splat133 = shufflevector <8 x float> %1550, <8 x float> undef, <8 x i32> zeroinitializer
  %1551 = load <8 x float>, <8 x float>* %7, align 32
  %1552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1539, <8 x float> %1551)
  store <8 x float> %1552, <8 x float>* %7, align 32
  %1553 = load <8 x float>, <8 x float>* %6, align 32
  %1554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1543, <8 x float> %1553)
  store <8 x float> %1554, <8 x float>* %6, align 32
  %1555 = add i64 %1437, 48
  %1556 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1555
  %1557 = bitcast float* %1556 to <8 x float>*
  %1558 = load <8 x float>, <8 x float>* %1557, align 4
  %1559 = add i64 %1437, 4656
  %1560 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1559
  %1561 = bitcast float* %1560 to <8 x float>*
  %1562 = load <8 x float>, <8 x float>* %1561, align 4
  %1563 = add i64 %1433, 0
  %1564 = mul i64 %1563, 8
  %1565 = add i64 %1564, 6
  %1566 = add i64 %1430, %1565
  %1567 = getelementptr inbounds float, float* %1, i64 %1566
  %1568 = load float, float* %1567, align 4
  %1569 = insertelement <8 x float> undef, float %1568, i32 0
  %splat134 = shufflevector <8 x float> %1569, <8 x float> undef, <8 x i32> zeroinitializer
  %1570 = load <8 x float>, <8 x float>* %7, align 32
  %1571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1558, <8 x float> %1570)
  store <8 x float> %1571, <8 x float>* %7, align 32
  %1572 = load <8 x float>, <8 x float>* %6, align 32
  %1573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1562, <8 x float> %1572)
  store <8 x float> %1573, <8 x float>* %6, align 32
  %1574 = add i64 %1437, 56
  %1575 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1574
  %1576 = bitcast float* %1575 to <8 x float>*
  %1577 = load <8 x float>, <8 x float>* %1576, align 4
  %1578 = add i64 %1437, 4664
  %1579 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1578
  %1580 = bitcast float* %1579 to <8 x float>*
  %1581 = load <8 x float>, <8 x float>* %1580, align 4
  %1582 = add i64 %1433, 0
  %1583 = mul i64 %1582, 8
  %1584 = add i64 %1583, 7
  %1585 = add i64 %1430, %1584
  %1586 = getelementptr inbounds float, float* %1, i64 %1585
  %1587 = load float, float* %1586, align 4
  %1588 = insertelement <8 x float> undef, float %1587, i32 0
  %splat135 = shufflevector <8 x float> %1588, <8 x float> undef, <8 x i32> zeroinitializer
  %1589 = load <8 x float>, <8 x float>* %7, align 32
  %1590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1577, <8 x float> %1589)
  store <8 x float> %1590, <8 x float>* %7, align 32
  %1591 = load <8 x float>, <8 x float>* %6, align 32
  %1592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1581, <8 x float> %1591)
  store <8 x float> %1592, <8 x float>* %6, align 32
  br label %endif127

endif127:                                         ; preds = %then126, %kw.body123
  %kw.next136 = add i64 %kw125, 1
  br label %kw.header122
}

; Function Attrs: nounwind
define internal void @node2.conv2d_2.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node2.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 56
  %9 = srem i64 %task, 56
  %10 = mul i64 %8, 100352
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 56
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 448
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 112
  %22 = select i1 %21, i64 %20, i64 112
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 112
  %25 = select i1 %24, i64 %23, i64 112
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 56
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 112
  %34 = select i1 %33, i64 %32, i64 112
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 112
  %37 = select i1 %36, i64 %35, i64 112
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
  %45 = mul i64 %r, 112
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
define internal void @node3.maxPool2d_2.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node3.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xb.exit77, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit77 ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 16
  %24 = sdiv i64 %task, 16
  %25 = srem i64 %24, 56
  %26 = sdiv i64 %task, 896
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 32
  %30 = mul i64 %23, 2
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 16
  %33 = mul i64 %27, 16
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 25088
  %36 = mul i64 %27, 32
  %37 = mul i64 %23, 2
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 9216
  %40 = mul i64 %25, 1
  %41 = sub i64 %40, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %u.exit ]
  %42 = icmp slt i64 %x, 55
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = add i64 %31, 0
  %44 = mul i64 %43, 8
  %45 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %44
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
  %50 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %49
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
  %55 = icmp slt i64 %u, 16
  br i1 %55, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %56 = mul i64 %u, 25088
  %57 = add i64 %35, %56
  %58 = mul i64 %u, 576
  %59 = add i64 %39, %58
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %60 = add i64 %x, 0
  %61 = mul i64 %28, 32
  %62 = add i64 %61, %31
  %63 = add i64 %62, 0
  %64 = mul i64 %63, 56
  %65 = add i64 %64, %25
  %66 = mul i64 %65, 56
  %67 = add i64 %66, %60
  %68 = mul i64 %67, 8
  %69 = load <8 x float>, <8 x float>* %21, align 32
  %70 = fcmp ogt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> %69, <8 x float> zeroinitializer
  %72 = getelementptr inbounds float, float* %0, i64 %68
  %73 = bitcast float* %72 to <8 x float>*
  store <8 x float> %71, <8 x float>* %73, align 4
  %74 = add i64 %x, 1
  %75 = mul i64 %28, 32
  %76 = add i64 %75, %31
  %77 = add i64 %76, 0
  %78 = mul i64 %77, 56
  %79 = add i64 %78, %25
  %80 = mul i64 %79, 56
  %81 = add i64 %80, %74
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %20, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 2
  %89 = mul i64 %28, 32
  %90 = add i64 %89, %31
  %91 = add i64 %90, 0
  %92 = mul i64 %91, 56
  %93 = add i64 %92, %25
  %94 = mul i64 %93, 56
  %95 = add i64 %94, %88
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %19, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 3
  %103 = mul i64 %28, 32
  %104 = add i64 %103, %31
  %105 = add i64 %104, 0
  %106 = mul i64 %105, 56
  %107 = add i64 %106, %25
  %108 = mul i64 %107, 56
  %109 = add i64 %108, %102
  %110 = mul i64 %109, 8
  %111 = load <8 x float>, <8 x float>* %18, align 32
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %x, 4
  %117 = mul i64 %28, 32
  %118 = add i64 %117, %31
  %119 = add i64 %118, 0
  %120 = mul i64 %119, 56
  %121 = add i64 %120, %25
  %122 = mul i64 %121, 56
  %123 = add i64 %122, %116
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %17, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = add i64 %x, 5
  %131 = mul i64 %28, 32
  %132 = add i64 %131, %31
  %133 = add i64 %132, 0
  %134 = mul i64 %133, 56
  %135 = add i64 %134, %25
  %136 = mul i64 %135, 56
  %137 = add i64 %136, %130
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %16, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 0
  %145 = mul i64 %28, 32
  %146 = add i64 %145, %31
  %147 = add i64 %146, 1
  %148 = mul i64 %147, 56
  %149 = add i64 %148, %25
  %150 = mul i64 %149, 56
  %151 = add i64 %150, %144
  %152 = mul i64 %151, 8
  %153 = load <8 x float>, <8 x float>* %15, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = getelementptr inbounds float, float* %0, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 1
  %159 = mul i64 %28, 32
  %160 = add i64 %159, %31
  %161 = add i64 %160, 1
  %162 = mul i64 %161, 56
  %163 = add i64 %162, %25
  %164 = mul i64 %163, 56
  %165 = add i64 %164, %158
  %166 = mul i64 %165, 8
  %167 = load <8 x float>, <8 x float>* %14, align 32
  %168 = fcmp ogt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> %167, <8 x float> zeroinitializer
  %170 = getelementptr inbounds float, float* %0, i64 %166
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %169, <8 x float>* %171, align 4
  %172 = add i64 %x, 2
  %173 = mul i64 %28, 32
  %174 = add i64 %173, %31
  %175 = add i64 %174, 1
  %176 = mul i64 %175, 56
  %177 = add i64 %176, %25
  %178 = mul i64 %177, 56
  %179 = add i64 %178, %172
  %180 = mul i64 %179, 8
  %181 = load <8 x float>, <8 x float>* %13, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = getelementptr inbounds float, float* %0, i64 %180
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %183, <8 x float>* %185, align 4
  %186 = add i64 %x, 3
  %187 = mul i64 %28, 32
  %188 = add i64 %187, %31
  %189 = add i64 %188, 1
  %190 = mul i64 %189, 56
  %191 = add i64 %190, %25
  %192 = mul i64 %191, 56
  %193 = add i64 %192, %186
  %194 = mul i64 %193, 8
  %195 = load <8 x float>, <8 x float>* %12, align 32
  %196 = fcmp ogt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> %195, <8 x float> zeroinitializer
  %198 = getelementptr inbounds float, float* %0, i64 %194
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = add i64 %x, 4
  %201 = mul i64 %28, 32
  %202 = add i64 %201, %31
  %203 = add i64 %202, 1
  %204 = mul i64 %203, 56
  %205 = add i64 %204, %25
  %206 = mul i64 %205, 56
  %207 = add i64 %206, %200
  %208 = mul i64 %207, 8
  %209 = load <8 x float>, <8 x float>* %11, align 32
  %210 = fcmp ogt <8 x float> %209, zeroinitializer
  %211 = select <8 x i1> %210, <8 x float> %209, <8 x float> zeroinitializer
  %212 = getelementptr inbounds float, float* %0, i64 %208
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %214 = add i64 %x, 5
  %215 = mul i64 %28, 32
  %216 = add i64 %215, %31
  %217 = add i64 %216, 1
  %218 = mul i64 %217, 56
  %219 = add i64 %218, %25
  %220 = mul i64 %219, 56
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
  %232 = icmp slt i64 %230, 56
  %233 = and i1 %231, %232
  br i1 %233, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %234 = mul i64 %230, 448
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
  %241 = mul i64 %240, 64
  %242 = add i64 %59, %241
  %243 = add i64 %242, 0
  %244 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %243
  %245 = bitcast float* %244 to <8 x float>*
  %246 = load <8 x float>, <8 x float>* %245, align 4
  %247 = add i64 %242, 9216
  %248 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  %250 = load <8 x float>, <8 x float>* %249, align 4
  %251 = add i64 %238, 0
  %252 = mul i64 %251, 8
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
  %263 = mul i64 %262, 8
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
  %274 = mul i64 %273, 8
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
  %285 = mul i64 %284, 8
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
  %296 = mul i64 %295, 8
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
  %307 = mul i64 %306, 8
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
  %317 = add i64 %242, 8
  %318 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %317
  %319 = bitcast float* %318 to <8 x float>*
  %320 = load <8 x float>, <8 x float>* %319, align 4
  %321 = add i64 %242, 9224
  %322 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %321
  %323 = bitcast float* %322 to <8 x float>*
  %324 = load <8 x float>, <8 x float>* %323, align 4
  %325 = add i64 %238, 0
  %326 = mul i64 %325, 8
  %327 = add i64 %326, 1
  %328 = add i64 %235, %327
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat6 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %21, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %320, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %21, align 32
  %334 = load <8 x float>, <8 x float>* %15, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %324, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %15, align 32
  %336 = add i64 %238, 1
  %337 = mul i64 %336, 8
  %338 = add i64 %337, 1
  %339 = add i64 %235, %338
  %340 = getelementptr inbounds float, float* %1, i64 %339
  %341 = load float, float* %340, align 4
  %342 = insertelement <8 x float> undef, float %341, i32 0
  %splat7 = shufflevector <8 x float> %342, <8 x float> undef, <8 x i32> zeroinitializer
  %343 = load <8 x float>, <8 x float>* %20, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %320, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %20, align 32
  %345 = load <8 x float>, <8 x float>* %14, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %324, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %14, align 32
  %347 = add i64 %238, 2
  %348 = mul i64 %347, 8
  %349 = add i64 %348, 1
  %350 = add i64 %235, %349
  %351 = getelementptr inbounds float, float* %1, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat8 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %19, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %320, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %19, align 32
  %356 = load <8 x float>, <8 x float>* %13, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %324, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %13, align 32
  %358 = add i64 %238, 3
  %359 = mul i64 %358, 8
  %360 = add i64 %359, 1
  %361 = add i64 %235, %360
  %362 = getelementptr inbounds float, float* %1, i64 %361
  %363 = load float, float* %362, align 4
  %364 = insertelement <8 x float> undef, float %363, i32 0
  %splat9 = shufflevector <8 x float> %364, <8 x float> undef, <8 x i32> zeroinitializer
  %365 = load <8 x float>, <8 x float>* %18, align 32
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %320, <8 x float> %365)
  store <8 x float> %366, <8 x float>* %18, align 32
  %367 = load <8 x float>, <8 x float>* %12, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %324, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %12, align 32
  %369 = add i64 %238, 4
  %370 = mul i64 %369, 8
  %371 = add i64 %370, 1
  %372 = add i64 %235, %371
  %373 = getelementptr inbounds float, float* %1, i64 %372
  %374 = load float, float* %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %splat10 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %17, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %320, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %17, align 32
  %378 = load <8 x float>, <8 x float>* %11, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %324, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %11, align 32
  %380 = add i64 %238, 5
  %381 = mul i64 %380, 8
  %382 = add i64 %381, 1
  %383 = add i64 %235, %382
  %384 = getelementptr inbounds float, float* %1, i64 %383
  %385 = load float, float* %384, align 4
  %386 = insertelement <8 x float> undef, float %385, i32 0
  %splat11 = shufflevector <8 x float> %386, <8 x float> undef, <8 x i32> zeroinitializer
  %387 = load <8 x float>, <8 x float>* %16, align 32
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %320, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %16, align 32
  %389 = load <8 x float>, <8 x float>* %10, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %324, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %10, align 32
  %391 = add i64 %242, 16
  %392 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  %394 = load <8 x float>, <8 x float>* %393, align 4
  %395 = add i64 %242, 9232
  %396 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  %398 = load <8 x float>, <8 x float>* %397, align 4
  %399 = add i64 %238, 0
  %400 = mul i64 %399, 8
  %401 = add i64 %400, 2
  %402 = add i64 %235, %401
  %403 = getelementptr inbounds float, float* %1, i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat12 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %21, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %394, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %21, align 32
  %408 = load <8 x float>, <8 x float>* %15, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %398, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %15, align 32
  %410 = add i64 %238, 1
  %411 = mul i64 %410, 8
  %412 = add i64 %411, 2
  %413 = add i64 %235, %412
  %414 = getelementptr inbounds float, float* %1, i64 %413
  %415 = load float, float* %414, align 4
  %416 = insertelement <8 x float> undef, float %415, i32 0
  %splat13 = shufflevector <8 x float> %416, <8 x float> undef, <8 x i32> zeroinitializer
  %417 = load <8 x float>, <8 x float>* %20, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %394, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %20, align 32
  %419 = load <8 x float>, <8 x float>* %14, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %398, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %14, align 32
  %421 = add i64 %238, 2
  %422 = mul i64 %421, 8
  %423 = add i64 %422, 2
  %424 = add i64 %235, %423
  %425 = getelementptr inbounds float, float* %1, i64 %424
  %426 = load float, float* %425, align 4
  %427 = insertelement <8 x float> undef, float %426, i32 0
  %splat14 = shufflevector <8 x float> %427, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, <8 x float>* %19, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %394, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %19, align 32
  %430 = load <8 x float>, <8 x float>* %13, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %398, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %13, align 32
  %432 = add i64 %238, 3
  %433 = mul i64 %432, 8
  %434 = add i64 %433, 2
  %435 = add i64 %235, %434
  %436 = getelementptr inbounds float, float* %1, i64 %435
  %437 = load float, float* %436, align 4
  %438 = insertelement <8 x float> undef, float %437, i32 0
  %splat15 = shufflevector <8 x float> %438, <8 x float> undef, <8 x i32> zeroinitializer
  %439 = load <8 x float>, <8 x float>* %18, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %394, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %18, align 32
  %441 = load <8 x float>, <8 x float>* %12, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %398, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %12, align 32
  %443 = add i64 %238, 4
  %444 = mul i64 %443, 8
  %445 = add i64 %444, 2
  %446 = add i64 %235, %445
  %447 = getelementptr inbounds float, float* %1, i64 %446
  %448 = load float, float* %447, align 4
  %449 = insertelement <8 x float> undef, float %448, i32 0
  %splat16 = shufflevector <8 x float> %449, <8 x float> undef, <8 x i32> zeroinitializer
  %450 = load <8 x float>, <8 x float>* %17, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %394, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %17, align 32
  %452 = load <8 x float>, <8 x float>* %11, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %398, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %11, align 32
  %454 = add i64 %238, 5
  %455 = mul i64 %454, 8
  %456 = add i64 %455, 2
  %457 = add i64 %235, %456
  %458 = getelementptr inbounds float, float* %1, i64 %457
  %459 = load float, float* %458, align 4
  %460 = insertelement <8 x float> undef, float %459, i32 0
  %splat17 = shufflevector <8 x float> %460, <8 x float> undef, <8 x i32> zeroinitializer
  %461 = load <8 x float>, <8 x float>* %16, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %394, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %16, align 32
  %463 = load <8 x float>, <8 x float>* %10, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %398, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %10, align 32
  %465 = add i64 %242, 24
  %466 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  %468 = load <8 x float>, <8 x float>* %467, align 4
  %469 = add i64 %242, 9240
  %470 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %469
  %471 = bitcast float* %470 to <8 x float>*
  %472 = load <8 x float>, <8 x float>* %471, align 4
  %473 = add i64 %238, 0
  %474 = mul i64 %473, 8
  %475 = add i64 %474, 3
  %476 = add i64 %235, %475
  %477 = getelementptr inbounds float, float* %1, i64 %476
  %478 = load float, float* %477, align 4
  %479 = insertelement <8 x float> undef, float %478, i32 0
  %splat18 = shufflevector <8 x float> %479, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, <8 x float>* %21, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %468, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %21, align 32
  %482 = load <8 x float>, <8 x float>* %15, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %472, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %15, align 32
  %484 = add i64 %238, 1
  %485 = mul i64 %484, 8
  %486 = add i64 %485, 3
  %487 = add i64 %235, %486
  %488 = getelementptr inbounds float, float* %1, i64 %487
  %489 = load float, float* %488, align 4
  %490 = insertelement <8 x float> undef, float %489, i32 0
  %splat19 = shufflevector <8 x float> %490, <8 x float> undef, <8 x i32> zeroinitializer
  %491 = load <8 x float>, <8 x float>* %20, align 32
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %468, <8 x float> %491)
  store <8 x float> %492, <8 x float>* %20, align 32
  %493 = load <8 x float>, <8 x float>* %14, align 32
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %472, <8 x float> %493)
  store <8 x float> %494, <8 x float>* %14, align 32
  %495 = add i64 %238, 2
  %496 = mul i64 %495, 8
  %497 = add i64 %496, 3
  %498 = add i64 %235, %497
  %499 = getelementptr inbounds float, float* %1, i64 %498
  %500 = load float, float* %499, align 4
  %501 = insertelement <8 x float> undef, float %500, i32 0
  %splat20 = shufflevector <8 x float> %501, <8 x float> undef, <8 x i32> zeroinitializer
  %502 = load <8 x float>, <8 x float>* %19, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %468, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %19, align 32
  %504 = load <8 x float>, <8 x float>* %13, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %472, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %13, align 32
  %506 = add i64 %238, 3
  %507 = mul i64 %506, 8
  %508 = add i64 %507, 3
  %509 = add i64 %235, %508
  %510 = getelementptr inbounds float, float* %1, i64 %509
  %511 = load float, float* %510, align 4
  %512 = insertelement <8 x float> undef, float %511, i32 0
  %splat21 = shufflevector <8 x float> %512, <8 x float> undef, <8 x i32> zeroinitializer
  %513 = load <8 x float>, <8 x float>* %18, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %468, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %18, align 32
  %515 = load <8 x float>, <8 x float>* %12, align 32
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %472, <8 x float> %515)
  store <8 x float> %516, <8 x float>* %12, align 32
  %517 = add i64 %238, 4
  %518 = mul i64 %517, 8
  %519 = add i64 %518, 3
  %520 = add i64 %235, %519
  %521 = getelementptr inbounds float, float* %1, i64 %520
  %522 = load float, float* %521, align 4
  %523 = insertelement <8 x float> undef, float %522, i32 0
  %splat22 = shufflevector <8 x float> %523, <8 x float> undef, <8 x i32> zeroinitializer
  %524 = load <8 x float>, <8 x float>* %17, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %468, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %17, align 32
  %526 = load <8 x float>, <8 x float>* %11, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %472, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %11, align 32
  %528 = add i64 %238, 5
  %529 = mul i64 %528, 8
  %530 = add i64 %529, 3
  %531 = add i64 %235, %530
  %532 = getelementptr inbounds float, float* %1, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat23 = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %16, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %468, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %16, align 32
  %537 = load <8 x float>, <8 x float>* %10, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %472, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %10, align 32
  %539 = add i64 %242, 32
  %540 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 %242, 9248
  %544 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  %546 = load <8 x float>, <8 x float>* %545, align 4
  %547 = add i64 %238, 0
  %548 = mul i64 %547, 8
  %549 = add i64 %548, 4
  %550 = add i64 %235, %549
  %551 = getelementptr inbounds float, float* %1, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat24 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %21, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %542, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %21, align 32
  %556 = load <8 x float>, <8 x float>* %15, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %546, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %15, align 32
  %558 = add i64 %238, 1
  %559 = mul i64 %558, 8
  %560 = add i64 %559, 4
  %561 = add i64 %235, %560
  %562 = getelementptr inbounds float, float* %1, i64 %561
  %563 = load float, float* %562, align 4
  %564 = insertelement <8 x float> undef, float %563, i32 0
  %splat25 = shufflevector <8 x float> %564, <8 x float> undef, <8 x i32> zeroinitializer
  %565 = load <8 x float>, <8 x float>* %20, align 32
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %542, <8 x float> %565)
  store <8 x float> %566, <8 x float>* %20, align 32
  %567 = load <8 x float>, <8 x float>* %14, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %546, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %14, align 32
  %569 = add i64 %238, 2
  %570 = mul i64 %569, 8
  %571 = add i64 %570, 4
  %572 = add i64 %235, %571
  %573 = getelementptr inbounds float, float* %1, i64 %572
  %574 = load float, float* %573, align 4
  %575 = insertelement <8 x float> undef, float %574, i32 0
  %splat26 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %576 = load <8 x float>, <8 x float>* %19, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %542, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %19, align 32
  %578 = load <8 x float>, <8 x float>* %13, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %546, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %13, align 32
  %580 = add i64 %238, 3
  %581 = mul i64 %580, 8
  %582 = add i64 %581, 4
  %583 = add i64 %235, %582
  %584 = getelementptr inbounds float, float* %1, i64 %583
  %585 = load float, float* %584, align 4
  %586 = insertelement <8 x float> undef, float %585, i32 0
  %splat27 = shufflevector <8 x float> %586, <8 x float> undef, <8 x i32> zeroinitializer
  %587 = load <8 x float>, <8 x float>* %18, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %542, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %18, align 32
  %589 = load <8 x float>, <8 x float>* %12, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %546, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %12, align 32
  %591 = add i64 %238, 4
  %592 = mul i64 %591, 8
  %593 = add i64 %592, 4
  %594 = add i64 %235, %593
  %595 = getelementptr inbounds float, float* %1, i64 %594
  %596 = load float, float* %595, align 4
  %597 = insertelement <8 x float> undef, float %596, i32 0
  %splat28 = shufflevector <8 x float> %597, <8 x float> undef, <8 x i32> zeroinitializer
  %598 = load <8 x float>, <8 x float>* %17, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %542, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %17, align 32
  %600 = load <8 x float>, <8 x float>* %11, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %546, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %11, align 32
  %602 = add i64 %238, 5
  %603 = mul i64 %602, 8
  %604 = add i64 %603, 4
  %605 = add i64 %235, %604
  %606 = getelementptr inbounds float, float* %1, i64 %605
  %607 = load float, float* %606, align 4
  %608 = insertelement <8 x float> undef, float %607, i32 0
  %splat29 = shufflevector <8 x float> %608, <8 x float> undef, <8 x i32> zeroinitializer
  %609 = load <8 x float>, <8 x float>* %16, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %542, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %16, align 32
  %611 = load <8 x float>, <8 x float>* %10, align 32
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %546, <8 x float> %611)
  store <8 x float> %612, <8 x float>* %10, align 32
  %613 = add i64 %242, 40
  %614 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %613
  %615 = bitcast float* %614 to <8 x float>*
  %616 = load <8 x float>, <8 x float>* %615, align 4
  %617 = add i64 %242, 9256
  %618 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %617
  %619 = bitcast float* %618 to <8 x float>*
  %620 = load <8 x float>, <8 x float>* %619, align 4
  %621 = add i64 %238, 0
  %622 = mul i64 %621, 8
  %623 = add i64 %622, 5
  %624 = add i64 %235, %623
  %625 = getelementptr inbounds float, float* %1, i64 %624
  %626 = load float, float* %625, align 4
  %627 = insertelement <8 x float> undef, float %626, i32 0
  %splat30 = shufflevector <8 x float> %627, <8 x float> undef, <8 x i32> zeroinitializer
  %628 = load <8 x float>, <8 x float>* %21, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %616, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %21, align 32
  %630 = load <8 x float>, <8 x float>* %15, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %620, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %15, align 32
  %632 = add i64 %238, 1
  %633 = mul i64 %632, 8
  %634 = add i64 %633, 5
  %635 = add i64 %235, %634
  %636 = getelementptr inbounds float, float* %1, i64 %635
  %637 = load float, float* %636, align 4
  %638 = insertelement <8 x float> undef, float %637, i32 0
  %splat31 = shufflevector <8 x float> %638, <8 x float> undef, <8 x i32> zeroinitializer
  %639 = load <8 x float>, <8 x float>* %20, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %616, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %20, align 32
  %641 = load <8 x float>, <8 x float>* %14, align 32
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %620, <8 x float> %641)
  store <8 x float> %642, <8 x float>* %14, align 32
  %643 = add i64 %238, 2
  %644 = mul i64 %643, 8
  %645 = add i64 %644, 5
  %646 = add i64 %235, %645
  %647 = getelementptr inbounds float, float* %1, i64 %646
  %648 = load float, float* %647, align 4
  %649 = insertelement <8 x float> undef, float %648, i32 0
  %splat32 = shufflevector <8 x float> %649, <8 x float> undef, <8 x i32> zeroinitializer
  %650 = load <8 x float>, <8 x float>* %19, align 32
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %616, <8 x float> %650)
  store <8 x float> %651, <8 x float>* %19, align 32
  %652 = load <8 x float>, <8 x float>* %13, align 32
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %620, <8 x float> %652)
  store <8 x float> %653, <8 x float>* %13, align 32
  %654 = add i64 %238, 3
  %655 = mul i64 %654, 8
  %656 = add i64 %655, 5
  %657 = add i64 %235, %656
  %658 = getelementptr inbounds float, float* %1, i64 %657
  %659 = load float, float* %658, align 4
  %660 = insertelement <8 x float> undef, float %659, i32 0
  %splat33 = shufflevector <8 x float> %660, <8 x float> undef, <8 x i32> zeroinitializer
  %661 = load <8 x float>, <8 x float>* %18, align 32
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %616, <8 x float> %661)
  store <8 x float> %662, <8 x float>* %18, align 32
  %663 = load <8 x float>, <8 x float>* %12, align 32
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %620, <8 x float> %663)
  store <8 x float> %664, <8 x float>* %12, align 32
  %665 = add i64 %238, 4
  %666 = mul i64 %665, 8
  %667 = add i64 %666, 5
  %668 = add i64 %235, %667
  %669 = getelementptr inbounds float, float* %1, i64 %668
  %670 = load float, float* %669, align 4
  %671 = insertelement <8 x float> undef, float %670, i32 0
  %splat34 = shufflevector <8 x float> %671, <8 x float> undef, <8 x i32> zeroinitializer
  %672 = load <8 x float>, <8 x float>* %17, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %616, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %17, align 32
  %674 = load <8 x float>, <8 x float>* %11, align 32
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %620, <8 x float> %674)
  store <8 x float> %675, <8 x float>* %11, align 32
  %676 = add i64 %238, 5
  %677 = mul i64 %676, 8
  %678 = add i64 %677, 5
  %679 = add i64 %235, %678
  %680 = getelementptr inbounds float, float* %1, i64 %679
  %681 = load float, float* %680, align 4
  %682 = insertelement <8 x float> undef, float %681, i32 0
  %splat35 = shufflevector <8 x float> %682, <8 x float> undef, <8 x i32> zeroinitializer
  %683 = load <8 x float>, <8 x float>* %16, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %616, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %16, align 32
  %685 = load <8 x float>, <8 x float>* %10, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %620, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %10, align 32
  %687 = add i64 %242, 48
  %688 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %687
  %689 = bitcast float* %688 to <8 x float>*
  %690 = load <8 x float>, <8 x float>* %689, align 4
  %691 = add i64 %242, 9264
  %692 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %691
  %693 = bitcast float* %692 to <8 x float>*
  %694 = load <8 x float>, <8 x float>* %693, align 4
  %695 = add i64 %238, 0
  %696 = mul i64 %695, 8
  %697 = add i64 %696, 6
  %698 = add i64 %235, %697
  %699 = getelementptr inbounds float, float* %1, i64 %698
  %700 = load float, float* %699, align 4
  %701 = insertelement <8 x float> undef, float %700, i32 0
  %splat36 = shufflevector <8 x float> %701, <8 x float> undef, <8 x i32> zeroinitializer
  %702 = load <8 x float>, <8 x float>* %21, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %690, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %21, align 32
  %704 = load <8 x float>, <8 x float>* %15, align 32
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %694, <8 x float> %704)
  store <8 x float> %705, <8 x float>* %15, align 32
  %706 = add i64 %238, 1
  %707 = mul i64 %706, 8
  %708 = add i64 %707, 6
  %709 = add i64 %235, %708
  %710 = getelementptr inbounds float, float* %1, i64 %709
  %711 = load float, float* %710, align 4
  %712 = insertelement <8 x float> undef, float %711, i32 0
  %splat37 = shufflevector <8 x float> %712, <8 x float> undef, <8 x i32> zeroinitializer
  %713 = load <8 x float>, <8 x float>* %20, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %690, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %20, align 32
  %715 = load <8 x float>, <8 x float>* %14, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %694, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %14, align 32
  %717 = add i64 %238, 2
  %718 = mul i64 %717, 8
  %719 = add i64 %718, 6
  %720 = add i64 %235, %719
  %721 = getelementptr inbounds float, float* %1, i64 %720
  %722 = load float, float* %721, align 4
  %723 = insertelement <8 x float> undef, float %722, i32 0
  %splat38 = shufflevector <8 x float> %723, <8 x float> undef, <8 x i32> zeroinitializer
  %724 = load <8 x float>, <8 x float>* %19, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %690, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %19, align 32
  %726 = load <8 x float>, <8 x float>* %13, align 32
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %694, <8 x float> %726)
  store <8 x float> %727, <8 x float>* %13, align 32
  %728 = add i64 %238, 3
  %729 = mul i64 %728, 8
  %730 = add i64 %729, 6
  %731 = add i64 %235, %730
  %732 = getelementptr inbounds float, float* %1, i64 %731
  %733 = load float, float* %732, align 4
  %734 = insertelement <8 x float> undef, float %733, i32 0
  %splat39 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
  %735 = load <8 x float>, <8 x float>* %18, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %690, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %18, align 32
  %737 = load <8 x float>, <8 x float>* %12, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %694, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %12, align 32
  %739 = add i64 %238, 4
  %740 = mul i64 %739, 8
  %741 = add i64 %740, 6
  %742 = add i64 %235, %741
  %743 = getelementptr inbounds float, float* %1, i64 %742
  %744 = load float, float* %743, align 4
  %745 = insertelement <8 x float> undef, float %744, i32 0
  %splat40 = shufflevector <8 x float> %745, <8 x float> undef, <8 x i32> zeroinitializer
  %746 = load <8 x float>, <8 x float>* %17, align 32
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %690, <8 x float> %746)
  store <8 x float> %747, <8 x float>* %17, align 32
  %748 = load <8 x float>, <8 x float>* %11, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %694, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %11, align 32
  %750 = add i64 %238, 5
  %751 = mul i64 %750, 8
  %752 = add i64 %751, 6
  %753 = add i64 %235, %752
  %754 = getelementptr inbounds float, float* %1, i64 %753
  %755 = load float, float* %754, align 4
  %756 = insertelement <8 x float> undef, float %755, i32 0
  %splat41 = shufflevector <8 x float> %756, <8 x float> undef, <8 x i32> zeroinitializer
  %757 = load <8 x float>, <8 x float>* %16, align 32
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %690, <8 x float> %757)
  store <8 x float> %758, <8 x float>* %16, align 32
  %759 = load <8 x float>, <8 x float>* %10, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %694, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %10, align 32
  %761 = add i64 %242, 56
  %762 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %761
  %763 = bitcast float* %762 to <8 x float>*
  %764 = load <8 x float>, <8 x float>* %763, align 4
  %765 = add i64 %242, 9272
  %766 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = add i64 %238, 0
  %770 = mul i64 %769, 8
  %771 = add i64 %770, 7
  %772 = add i64 %235, %771
  %773 = getelementptr inbounds float, float* %1, i64 %772
  %774 = load float, float* %773, align 4
  %775 = insertelement <8 x float> undef, float %774, i32 0
  %splat42 = shufflevector <8 x float> %775, <8 x float> undef, <8 x i32> zeroinitializer
  %776 = load <8 x float>, <8 x float>* %21, align 32
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %764, <8 x float> %776)
  store <8 x float> %777, <8 x float>* %21, align 32
  %778 = load <8 x float>, <8 x float>* %15, align 32
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %768, <8 x float> %778)
  store <8 x float> %779, <8 x float>* %15, align 32
  %780 = add i64 %238, 1
  %781 = mul i64 %780, 8
  %782 = add i64 %781, 7
  %783 = add i64 %235, %782
  %784 = getelementptr inbounds float, float* %1, i64 %783
  %785 = load float, float* %784, align 4
  %786 = insertelement <8 x float> undef, float %785, i32 0
  %splat43 = shufflevector <8 x float> %786, <8 x float> undef, <8 x i32> zeroinitializer
  %787 = load <8 x float>, <8 x float>* %20, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %764, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %20, align 32
  %789 = load <8 x float>, <8 x float>* %14, align 32
  %790 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %768, <8 x float> %789)
  store <8 x float> %790, <8 x float>* %14, align 32
  %791 = add i64 %238, 2
  %792 = mul i64 %791, 8
  %793 = add i64 %792, 7
  %794 = add i64 %235, %793
  %795 = getelementptr inbounds float, float* %1, i64 %794
  %796 = load float, float* %795, align 4
  %797 = insertelement <8 x float> undef, float %796, i32 0
  %splat44 = shufflevector <8 x float> %797, <8 x float> undef, <8 x i32> zeroinitializer
  %798 = load <8 x float>, <8 x float>* %19, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %764, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %19, align 32
  %800 = load <8 x float>, <8 x float>* %13, align 32
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %768, <8 x float> %800)
  store <8 x float> %801, <8 x float>* %13, align 32
  %802 = add i64 %238, 3
  %803 = mul i64 %802, 8
  %804 = add i64 %803, 7
  %805 = add i64 %235, %804
  %806 = getelementptr inbounds float, float* %1, i64 %805
  %807 = load float, float* %806, align 4
  %808 = insertelement <8 x float> undef, float %807, i32 0
  %splat45 = shufflevector <8 x float> %808, <8 x float> undef, <8 x i32> zeroinitializer
  %809 = load <8 x float>, <8 x float>* %18, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %764, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %18, align 32
  %811 = load <8 x float>, <8 x float>* %12, align 32
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %768, <8 x float> %811)
  store <8 x float> %812, <8 x float>* %12, align 32
  %813 = add i64 %238, 4
  %814 = mul i64 %813, 8
  %815 = add i64 %814, 7
  %816 = add i64 %235, %815
  %817 = getelementptr inbounds float, float* %1, i64 %816
  %818 = load float, float* %817, align 4
  %819 = insertelement <8 x float> undef, float %818, i32 0
  %splat46 = shufflevector <8 x float> %819, <8 x float> undef, <8 x i32> zeroinitializer
  %820 = load <8 x float>, <8 x float>* %17, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %764, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %17, align 32
  %822 = load <8 x float>, <8 x float>* %11, align 32
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %768, <8 x float> %822)
  store <8 x float> %823, <8 x float>* %11, align 32
  %824 = add i64 %238, 5
  %825 = mul i64 %824, 8
  %826 = add i64 %825, 7
  %827 = add i64 %235, %826
  %828 = getelementptr inbounds float, float* %1, i64 %827
  %829 = load float, float* %828, align 4
  %830 = insertelement <8 x float> undef, float %829, i32 0
  %splat47 = shufflevector <8 x float> %830, <8 x float> undef, <8 x i32> zeroinitializer
  %831 = load <8 x float>, <8 x float>* %16, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %764, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %16, align 32
  %833 = load <8 x float>, <8 x float>* %10, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %768, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %10, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

xb.header:                                        ; preds = %u.exit50, %x.exit
  %xb = phi i64 [ 0, %x.exit ], [ %xb.next, %u.exit50 ]
  %835 = icmp slt i64 %xb, 1
  br i1 %835, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %836 = add i64 %31, 0
  %837 = mul i64 %836, 8
  %838 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %837
  %839 = bitcast float* %838 to <8 x float>*
  %840 = load <8 x float>, <8 x float>* %839, align 4
  store <8 x float> %840, <8 x float>* %9, align 32
  %841 = add i64 %31, 1
  %842 = mul i64 %841, 8
  %843 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %842
  %844 = bitcast float* %843 to <8 x float>*
  %845 = load <8 x float>, <8 x float>* %844, align 4
  store <8 x float> %845, <8 x float>* %8, align 32
  %846 = mul i64 %xb, 1
  %847 = sub i64 %846, 1
  br label %u.header48

xb.exit:                                          ; preds = %xb.header
  br label %xb.header75

u.header48:                                       ; preds = %kh.exit54, %xb.body
  %u51 = phi i64 [ 0, %xb.body ], [ %u.next74, %kh.exit54 ]
  %848 = icmp slt i64 %u51, 16
  br i1 %848, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %849 = mul i64 %u51, 25088
  %850 = add i64 %35, %849
  %851 = mul i64 %u51, 576
  %852 = add i64 %39, %851
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %853 = add i64 %xb, 0
  %854 = mul i64 %28, 32
  %855 = add i64 %854, %31
  %856 = add i64 %855, 0
  %857 = mul i64 %856, 56
  %858 = add i64 %857, %25
  %859 = mul i64 %858, 56
  %860 = add i64 %859, %853
  %861 = mul i64 %860, 8
  %862 = load <8 x float>, <8 x float>* %9, align 32
  %863 = fcmp ogt <8 x float> %862, zeroinitializer
  %864 = select <8 x i1> %863, <8 x float> %862, <8 x float> zeroinitializer
  %865 = getelementptr inbounds float, float* %0, i64 %861
  %866 = bitcast float* %865 to <8 x float>*
  store <8 x float> %864, <8 x float>* %866, align 4
  %867 = add i64 %xb, 0
  %868 = mul i64 %28, 32
  %869 = add i64 %868, %31
  %870 = add i64 %869, 1
  %871 = mul i64 %870, 56
  %872 = add i64 %871, %25
  %873 = mul i64 %872, 56
  %874 = add i64 %873, %867
  %875 = mul i64 %874, 8
  %876 = load <8 x float>, <8 x float>* %8, align 32
  %877 = fcmp ogt <8 x float> %876, zeroinitializer
  %878 = select <8 x i1> %877, <8 x float> %876, <8 x float> zeroinitializer
  %879 = getelementptr inbounds float, float* %0, i64 %875
  %880 = bitcast float* %879 to <8 x float>*
  store <8 x float> %878, <8 x float>* %880, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header52:                                      ; preds = %endif57, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next73, %endif57 ]
  %881 = icmp slt i64 %kh55, 3
  br i1 %881, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %882 = mul i64 %kh55, 1
  %883 = add i64 %41, %882
  %884 = icmp sge i64 %883, 0
  %885 = icmp slt i64 %883, 56
  %886 = and i1 %884, %885
  br i1 %886, label %then56, label %endif57

kh.exit54:                                        ; preds = %kh.header52
  %u.next74 = add i64 %u51, 1
  br label %u.header48

then56:                                           ; preds = %kh.body53
  %887 = mul i64 %883, 448
  %888 = add i64 %850, %887
  br label %kw.header58

endif57:                                          ; preds = %kw.exit60, %kh.body53
  %kh.next73 = add i64 %kh55, 1
  br label %kh.header52

kw.header58:                                      ; preds = %endif63, %then56
  %kw61 = phi i64 [ 0, %then56 ], [ %kw.next72, %endif63 ]
  %889 = icmp slt i64 %kw61, 3
  br i1 %889, label %kw.body59, label %kw.exit60

kw.body59:                                        ; preds = %kw.header58
  %890 = mul i64 %kw61, 1
  %891 = add i64 %847, %890
  %892 = mul i64 %kh55, 3
  %893 = add i64 %892, %kw61
  %894 = mul i64 %893, 64
  %895 = add i64 %852, %894
  %896 = icmp sge i64 %891, 0
  %897 = icmp slt i64 %891, 56
  %898 = and i1 %896, %897
  br i1 %898, label %then62, label %endif63

kw.exit60:                                        ; preds = %kw.header58
  br label %endif57

then62:                                           ; preds = %kw.body59
  %899 = add i64 %895, 0
  %900 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %899
  %901 = bitcast float* %900 to <8 x float>*
  %902 = load <8 x float>, <8 x float>* %901, align 4
  %903 = add i64 %895, 9216
  %904 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %903
  %905 = bitcast float* %904 to <8 x float>*
  %906 = load <8 x float>, <8 x float>* %905, align 4
  %907 = add i64 %891, 0
  %908 = mul i64 %907, 8
  %909 = add i64 %908, 0
  %910 = add i64 %888, %909
  %911 = getelementptr inbounds float, float* %1, i64 %910
  %912 = load float, float* %911, align 4
  %913 = insertelement <8 x float> undef, float %912, i32 0
  %splat64 = shufflevector <8 x float> %913, <8 x float> undef, <8 x i32> zeroinitializer
  %914 = load <8 x float>, <8 x float>* %9, align 32
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %902, <8 x float> %914)
  store <8 x float> %915, <8 x float>* %9, align 32
  %916 = load <8 x float>, <8 x float>* %8, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %906, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %8, align 32
  %918 = add i64 %895, 8
  %919 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %918
  %920 = bitcast float* %919 to <8 x float>*
  %921 = load <8 x float>, <8 x float>* %920, align 4
  %922 = add i64 %895, 9224
  %923 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %922
  %924 = bitcast float* %923 to <8 x float>*
  %925 = load <8 x float>, <8 x float>* %924, align 4
  %926 = add i64 %891, 0
  %927 = mul i64 %926, 8
  %928 = add i64 %927, 1
  %929 = add i64 %888, %928
  %930 = getelementptr inbounds float, float* %1, i64 %929
  %931 = load float, float* %930, align 4
  %932 = insertelement <8 x float> undef, float %931, i32 0
  %splat65 = shufflevector <8 x float> %932, <8 x float> undef, <8 x i32> zeroinitializer
  %933 = load <8 x float>, <8 x float>* %9, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %921, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %9, align 32
  %935 = load <8 x float>, <8 x float>* %8, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %925, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %8, align 32
  %937 = add i64 %895, 16
  %938 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %937
  %939 = bitcast float* %938 to <8 x float>*
  %940 = load <8 x float>, <8 x float>* %939, align 4
  %941 = add i64 %895, 9232
  %942 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %941
  %943 = bitcast float* %942 to <8 x float>*
  %944 = load <8 x float>, <8 x float>* %943, align 4
  %945 = add i64 %891, 0
  %946 = mul i64 %945, 8
  %947 = add i64 %946, 2
  %948 = add i64 %888, %947
  %949 = getelementptr inbounds float, float* %1, i64 %948
  %950 = load float, float* %949, align 4
  %951 = insertelement <8 x float> undef, float %950, i32 0
  %splat66 = shufflevector <8 x float> %951, <8 x float> undef, <8 x i32> zeroinitializer
  %952 = load <8 x float>, <8 x float>* %9, align 32
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %940, <8 x float> %952)
  store <8 x float> %953, <8 x float>* %9, align 32
  %954 = load <8 x float>, <8 x float>* %8, align 32
  %955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %944, <8 x float> %954)
  store <8 x float> %955, <8 x float>* %8, align 32
  %956 = add i64 %895, 24
  %957 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %956
  %958 = bitcast float* %957 to <8 x float>*
  %959 = load <8 x float>, <8 x float>* %958, align 4
  %960 = add i64 %895, 9240
  %961 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %960
  %962 = bitcast float* %961 to <8 x float>*
  %963 = load <8 x float>, <8 x float>* %962, align 4
  %964 = add i64 %891, 0
  %965 = mul i64 %964, 8
  %966 = add i64 %965, 3
  %967 = add i64 %888, %966
  %968 = getelementptr inbounds float, float* %1, i64 %967
  %969 = load float, float* %968, align 4
  %970 = insertelement <8 x float> undef, float %969, i32 0
  %splat67 = shufflevector <8 x float> %970, <8 x float> undef, <8 x i32> zeroinitializer
  %971 = load <8 x float>, <8 x float>* %9, align 32
  %972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %959, <8 x float> %971)
  store <8 x float> %972, <8 x float>* %9, align 32
  %973 = load <8 x float>, <8 x float>* %8, align 32
  %974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %963, <8 x float> %973)
  store <8 x float> %974, <8 x float>* %8, align 32
  %975 = add i64 %895, 32
  %976 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %975
  %977 = bitcast float* %976 to <8 x float>*
  %978 = load <8 x float>, <8 x float>* %977, align 4
  %979 = add i64 %895, 9248
  %980 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %979
  %981 = bitcast float* %980 to <8 x float>*
  %982 = load <8 x float>, <8 x float>* %981, align 4
  %983 = add i64 %891, 0
  %984 = mul i64 %983, 8
  %985 = add i64 %984, 4
  %986 = add i64 %888, %985
  %987 = getelementptr inbounds float, float* %1, i64 %986
  %988 = load float, float* %987, align 4
  %989 = insertelement <8 x float> undef, float %988, i32 0
  %splat68 = shufflevector <8 x float> %989, <8 x float> undef, <8 x i32> zeroinitializer
  %990 = load <8 x float>, <8 x float>* %9, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %978, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %9, align 32
  %992 = load <8 x float>, <8 x float>* %8, align 32
  %993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %982, <8 x float> %992)
  store <8 x float> %993, <8 x float>* %8, align 32
  %994 = add i64 %895, 40
  %995 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %994
  %996 = bitcast float* %995 to <8 x float>*
  %997 = load <8 x float>, <8 x float>* %996, align 4
  %998 = add i64 %895, 9256
  %999 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %998
  %1000 = bitcast float* %999 to <8 x float>*
  %1001 = load <8 x float>, <8 x float>* %1000, align 4
  %1002 = add i64 %891, 0
  %1003 = mul i64 %1002, 8
  %1004 = add i64 %1003, 5
  %1005 = add i64 %888, %1004
  %1006 = getelementptr inbounds float, float* %1, i64 %1005
  %1007 = load float, float* %1006, align 4
  %1008 = insertelement <8 x float> undef, float %1007, i32 0
  %splat69 = shufflevector <8 x float> %1008, <8 x float> undef, <8 x i32> zeroinitializer
  %1009 = load <8 x float>, <8 x float>* %9, align 32
  %1010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %997, <8 x float> %1009)
  store <8 x float> %1010, <8 x float>* %9, align 32
  %1011 = load <8 x float>, <8 x float>* %8, align 32
  %1012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1001, <8 x float> %1011)
  store <8 x float> %1012, <8 x float>* %8, align 32
  %1013 = add i64 %895, 48
  %1014 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1013
  %1015 = bitcast float* %1014 to <8 x float>*
  %1016 = load <8 x float>, <8 x float>* %1015, align 4
  %1017 = add i64 %895, 9264
  %1018 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1017
  %1019 = bitcast float* %1018 to <8 x float>*
  %1020 = load <8 x float>, <8 x float>* %1019, align 4
  %1021 = add i64 %891, 0
  %1022 = mul i64 %1021, 8
  %1023 = add i64 %1022, 6
  %1024 = add i64 %888, %1023
  %1025 = getelementptr inbounds float, float* %1, i64 %1024
  %1026 = load float, float* %1025, align 4
  %1027 = insertelement <8 x float> undef, float %1026, i32 0
  %splat70 = shufflevector <8 x float> %1027, <8 x float> undef, <8 x i32> zeroinitializer
  %1028 = load <8 x float>, <8 x float>* %9, align 32
  %1029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1016, <8 x float> %1028)
  store <8 x float> %1029, <8 x float>* %9, align 32
  %1030 = load <8 x float>, <8 x float>* %8, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1020, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %8, align 32
  %1032 = add i64 %895, 56
  %1033 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1032
  %1034 = bitcast float* %1033 to <8 x float>*
  %1035 = load <8 x float>, <8 x float>* %1034, align 4
  %1036 = add i64 %895, 9272
  %1037 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1036
  %1038 = bitcast float* %1037 to <8 x float>*
  %1039 = load <8 x float>, <8 x float>* %1038, align 4
  %1040 = add i64 %891, 0
  %1041 = mul i64 %1040, 8
  %1042 = add i64 %1041, 7
  %1043 = add i64 %888, %1042
  %1044 = getelementptr inbounds float, float* %1, i64 %1043
  %1045 = load float, float* %1044, align 4
  %1046 = insertelement <8 x float> undef, float %1045, i32 0
  %splat71 = shufflevector <8 x float> %1046, <8 x float> undef, <8 x i32> zeroinitializer
  %1047 = load <8 x float>, <8 x float>* %9, align 32
  %1048 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1035, <8 x float> %1047)
  store <8 x float> %1048, <8 x float>* %9, align 32
  %1049 = load <8 x float>, <8 x float>* %8, align 32
  %1050 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1039, <8 x float> %1049)
  store <8 x float> %1050, <8 x float>* %8, align 32
  br label %endif63

endif63:                                          ; preds = %then62, %kw.body59
  %kw.next72 = add i64 %kw61, 1
  br label %kw.header58

xb.header75:                                      ; preds = %u.exit81, %xb.exit
  %xb78 = phi i64 [ 55, %xb.exit ], [ %xb.next106, %u.exit81 ]
  %1051 = icmp slt i64 %xb78, 56
  br i1 %1051, label %xb.body76, label %xb.exit77

xb.body76:                                        ; preds = %xb.header75
  %1052 = add i64 %31, 0
  %1053 = mul i64 %1052, 8
  %1054 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %1053
  %1055 = bitcast float* %1054 to <8 x float>*
  %1056 = load <8 x float>, <8 x float>* %1055, align 4
  store <8 x float> %1056, <8 x float>* %7, align 32
  %1057 = add i64 %31, 1
  %1058 = mul i64 %1057, 8
  %1059 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %1058
  %1060 = bitcast float* %1059 to <8 x float>*
  %1061 = load <8 x float>, <8 x float>* %1060, align 4
  store <8 x float> %1061, <8 x float>* %6, align 32
  %1062 = mul i64 %xb78, 1
  %1063 = sub i64 %1062, 1
  br label %u.header79

xb.exit77:                                        ; preds = %xb.header75
  %task.next = add i64 %task, 1
  br label %task.header

u.header79:                                       ; preds = %kh.exit85, %xb.body76
  %u82 = phi i64 [ 0, %xb.body76 ], [ %u.next105, %kh.exit85 ]
  %1064 = icmp slt i64 %u82, 16
  br i1 %1064, label %u.body80, label %u.exit81

u.body80:                                         ; preds = %u.header79
  %1065 = mul i64 %u82, 25088
  %1066 = add i64 %35, %1065
  %1067 = mul i64 %u82, 576
  %1068 = add i64 %39, %1067
  br label %kh.header83

u.exit81:                                         ; preds = %u.header79
  %1069 = add i64 %xb78, 0
  %1070 = mul i64 %28, 32
  %1071 = add i64 %1070, %31
  %1072 = add i64 %1071, 0
  %1073 = mul i64 %1072, 56
  %1074 = add i64 %1073, %25
  %1075 = mul i64 %1074, 56
  %1076 = add i64 %1075, %1069
  %1077 = mul i64 %1076, 8
  %1078 = load <8 x float>, <8 x float>* %7, align 32
  %1079 = fcmp ogt <8 x float> %1078, zeroinitializer
  %1080 = select <8 x i1> %1079, <8 x float> %1078, <8 x float> zeroinitializer
  %1081 = getelementptr inbounds float, float* %0, i64 %1077
  %1082 = bitcast float* %1081 to <8 x float>*
  store <8 x float> %1080, <8 x float>* %1082, align 4
  %1083 = add i64 %xb78, 0
  %1084 = mul i64 %28, 32
  %1085 = add i64 %1084, %31
  %1086 = add i64 %1085, 1
  %1087 = mul i64 %1086, 56
  %1088 = add i64 %1087, %25
  %1089 = mul i64 %1088, 56
  %1090 = add i64 %1089, %1083
  %1091 = mul i64 %1090, 8
  %1092 = load <8 x float>, <8 x float>* %6, align 32
  %1093 = fcmp ogt <8 x float> %1092, zeroinitializer
  %1094 = select <8 x i1> %1093, <8 x float> %1092, <8 x float> zeroinitializer
  %1095 = getelementptr inbounds float, float* %0, i64 %1091
  %1096 = bitcast float* %1095 to <8 x float>*
  store <8 x float> %1094, <8 x float>* %1096, align 4
  %xb.next106 = add i64 %xb78, 1
  br label %xb.header75

kh.header83:                                      ; preds = %endif88, %u.body80
  %kh86 = phi i64 [ 0, %u.body80 ], [ %kh.next104, %endif88 ]
  %1097 = icmp slt i64 %kh86, 3
  br i1 %1097, label %kh.body84, label %kh.exit85

kh.body84:                                        ; preds = %kh.header83
  %1098 = mul i64 %kh86, 1
  %1099 = add i64 %41, %1098
  %1100 = icmp sge i64 %1099, 0
  %1101 = icmp slt i64 %1099, 56
  %1102 = and i1 %1100, %1101
  br i1 %1102, label %then87, label %endif88

kh.exit85:                                        ; preds = %kh.header83
  %u.next105 = add i64 %u82, 1
  br label %u.header79

then87:                                           ; preds = %kh.body84
  %1103 = mul i64 %1099, 448
  %1104 = add i64 %1066, %1103
  br label %kw.header89

endif88:                                          ; preds = %kw.exit91, %kh.body84
  %kh.next104 = add i64 %kh86, 1
  br label %kh.header83

kw.header89:                                      ; preds = %endif94, %then87
  %kw92 = phi i64 [ 0, %then87 ], [ %kw.next103, %endif94 ]
  %1105 = icmp slt i64 %kw92, 3
  br i1 %1105, label %kw.body90, label %kw.exit91

kw.body90:                                        ; preds = %kw.header89
  %1106 = mul i64 %kw92, 1
  %1107 = add i64 %1063, %1106
  %1108 = mul i64 %kh86, 3
  %1109 = add i64 %1108, %kw92
  %1110 = mul i64 %1109, 64
  %1111 = add i64 %1068, %1110
  %1112 = icmp sge i64 %1107, 0
  %1113 = icmp slt i64 %1107, 56
  %1114 = and i1 %1112, %1113
  br i1 %1114, label %then93, label %endif94

kw.exit91:                                        ; preds = %kw.header89
  br label %endif88

then93:                                           ; preds = %kw.body90
  %1115 = add i64 %1111, 0
  %1116 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1115
  %1117 = bitcast float* %1116 to <8 x float>*
  %1118 = load <8 x float>, <8 x float>* %1117, align 4
  %1119 = add i64 %1111, 9216
  %1120 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1119
  %1121 = bitcast float* %1120 to <8 x float>*
  %1122 = load <8 x float>, <8 x float>* %1121, align 4
  %1123 = add i64 %1107, 0
  %1124 = mul i64 %1123, 8
  %1125 = add i64 %1124, 0
  %1126 = add i64 %1104, %1125
  %1127 = getelementptr inbounds float, float* %1, i64 %1126
  %1128 = load float, float* %1127, align 4
  %1129 = insertelement <8 x float> undef, float %1128, i32 0
  %splat95 = shufflevector <8 x float> %1129, <8 x float> undef, <8 x i32> zeroinitializer
  %1130 = load <8 x float>, <8 x float>* %7, align 32
  %1131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1118, <8 x float> %1130)
  store <8 x float> %1131, <8 x float>* %7, align 32
  %1132 = load <8 x float>, <8 x float>* %6, align 32
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1122, <8 x float> %1132)
  store <8 x float> %1133, <8 x float>* %6, align 32
  %1134 = add i64 %1111, 8
  %1135 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1134
  %1136 = bitcast float* %1135 to <8 x float>*
  %1137 = load <8 x float>, <8 x float>* %1136, align 4
  %1138 = add i64 %1111, 9224
  %1139 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1138
  %1140 = bitcast float* %1139 to <8 x float>*
  %1141 = load <8 x float>, <8 x float>* %1140, align 4
  %1142 = add i64 %1107, 0
  %1143 = mul i64 %1142, 8
  %1144 = add i64 %1143, 1
  %1145 = add i64 %1104, %1144
  %1146 = getelementptr inbounds float, float* %1, i64 %1145
  %1147 = load float, float* %1146, align 4
  %1148 = insertelement <8 x float> undef, float %1147, i32 0
  %splat96 = shufflevector <8 x float> %1148, <8 x float> undef, <8 x i32> zeroinitializer
  %1149 = load <8 x float>, <8 x float>* %7, align 32
  %1150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1137, <8 x float> %1149)
  store <8 x float> %1150, <8 x float>* %7, align 32
  %1151 = load <8 x float>, <8 x float>* %6, align 32
  %1152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1141, <8 x float> %1151)
  store <8 x float> %1152, <8 x float>* %6, align 32
  %1153 = add i64 %1111, 16
  %1154 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1153
  %1155 = bitcast float* %1154 to <8 x float>*
  %1156 = load <8 x float>, <8 x float>* %1155, align 4
  %1157 = add i64 %1111, 9232
  %1158 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1157
  %1159 = bitcast float* %1158 to <8 x float>*
  %1160 = load <8 x float>, <8 x float>* %1159, align 4
  %1161 = add i64 %1107, 0
  %1162 = mul i64 %1161, 8
  %1163 = add i64 %1162, 2
  %1164 = add i64 %1104, %1163
  %1165 = getelementptr inbounds float, float* %1, i64 %1164
  %1166 = load float, float* %1165, align 4
  %1167 = insertelement <8 x float> undef, float %1166, i32 0
  %splat97 = shufflevector <8 x float> %1167, <8 x float> undef, <8 x i32> zeroinitializer
  %1168 = load <8 x float>, <8 x float>* %7, align 32
  %1169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1156, <8 x float> %1168)
  store <8 x float> %1169, <8 x float>* %7, align 32
  %1170 = load <8 x float>, <8 x float>* %6, align 32
  %1171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1160, <8 x float> %1170)
  store <8 x float> %1171, <8 x float>* %6, align 32
  %1172 = add i64 %1111, 24
  %1173 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1172
  %1174 = bitcast float* %1173 to <8 x float>*
  %1175 = load <8 x float>, <8 x float>* %1174, align 4
  %1176 = add i64 %1111, 9240
  %1177 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1176
  %1178 = bitcast float* %1177 to <8 x float>*
  %1179 = load <8 x float>, <8 x float>* %1178, align 4
  %1180 = add i64 %1107, 0
  %1181 = mul i64 %1180, 8
  %1182 = add i64 %1181, 3
  %1183 = add i64 %1104, %1182
  %1184 = getelementptr inbounds float, float* %1, i64 %1183
  %1185 = load float, float* %1184, align 4
  %1186 = insertelement <8 x float> undef, float %1185, i32 0
  %splat98 = shufflevector <8 x float> %1186, <8 x float> undef, <8 x i32> zeroinitializer
  %1187 = load <8 x float>, <8 x float>* %7, align 32
  %1188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1175, <8 x float> %1187)
  store <8 x float> %1188, <8 x float>* %7, align 32
  %1189 = load <8 x float>, <8 x float>* %6, align 32
  %1190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1179, <8 x float> %1189)
  store <8 x float> %1190, <8 x float>* %6, align 32
  %1191 = add i64 %1111, 32
  %1192 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1191
  %1193 = bitcast float* %1192 to <8 x float>*
  %1194 = load <8 x float>, <8 x float>* %1193, align 4
  %1195 = add i64 %1111, 9248
  %1196 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1195
  %1197 = bitcast float* %1196 to <8 x float>*
  %1198 = load <8 x float>, <8 x float>* %1197, align 4
  %1199 = add i64 %1107, 0
  %1200 = mul i64 %1199, 8
  %1201 = add i64 %1200, 4
  %1202 = add i64 %1104, %1201
  %1203 = getelementptr inbounds float, float* %1, i64 %1202
  %1204 = load float, float* %1203, align 4
  %1205 = insertelement <8 x float> undef, float %1204, i32 0
  %splat99 = shufflevector <8 x float> %1205, <8 x float> undef, <8 x i32> zeroinitializer
  %1206 = load <8 x float>, <8 x float>* %7, align 32
  %1207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1194, <8 x float> %1206)
  store <8 x float> %1207, <8 x float>* %7, align 32
  %1208 = load <8 x float>, <8 x float>* %6, align 32
  %1209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1198, <8 x float> %1208)
  store <8 x float> %1209, <8 x float>* %6, align 32
  %1210 = add i64 %1111, 40
  %1211 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1210
  %1212 = bitcast float* %1211 to <8 x float>*
  %1213 = load <8 x float>, <8 x float>* %1212, align 4
  %1214 = add i64 %1111, 9256
  %1215 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1214
  %1216 = bitcast float* %1215 to <8 x float>*
  %1217 = load <8 x float>, <8 x float>* %1216, align 4
  %1218 = add i64 %1107, 0
  %1219 = mul i64 %1218, 8
  %1220 = add i64 %1219, 5
  %1221 = add i64 %1104, %1220
  %1222 = getelementptr inbounds float, float* %1, i64 %1221
  %1223 = load float, float* %1222, align 4
  %1224 = insertelement <8 x float> undef, float %1223, i32 0
  %splat100 = shufflevector <8 x float> %1224, <8 x float> undef, <8 x i32> zeroinitializer
  %1225 = load <8 x float>, <8 x float>* %7, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1213, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %7, align 32
  %1227 = load <8 x float>, <8 x float>* %6, align 32
  %1228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1217, <8 x float> %1227)
  store <8 x float> %1228, <8 x float>* %6, align 32
  %1229 = add i64 %1111, 48
  %1230 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1229
  %1231 = bitcast float* %1230 to <8 x float>*
  %1232 = load <8 x float>, <8 x float>* %1231, align 4
  %1233 = add i64 %1111, 9264
  %1234 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1233
  %1235 = bitcast float* %1234 to <8 x float>*
  %1236 = load <8 x float>, <8 x float>* %1235, align 4
  %1237 = add i64 %1107, 0
  %1238 = mul i64 %1237, 8
  %1239 = add i64 %1238, 6
  %1240 = add i64 %1104, %1239
  %1241 = getelementptr inbounds float, float* %1, i64 %1240
  %1242 = load float, float* %1241, align 4
  %1243 = insertelement <8 x float> undef, float %1242, i32 0
  %splat101 = shufflevector <8 x float> %1243, <8 x float> undef, <8 x i32> zeroinitializer
  %1244 = load <8 x float>, <8 x float>* %7, align 32
  %1245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1232, <8 x float> %1244)
  store <8 x float> %1245, <8 x float>* %7, align 32
  %1246 = load <8 x float>, <8 x float>* %6, align 32
  %1247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1236, <8 x float> %1246)
  store <8 x float> %1247, <8 x float>* %6, align 32
  %1248 = add i64 %1111, 56
  %1249 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1248
  %1250 = bitcast float* %1249 to <8 x float>*
  %1251 = load <8 x float>, <8 x float>* %1250, align 4
  %1252 = add i64 %1111, 9272
  %1253 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %1252
  %1254 = bitcast float* %1253 to <8 x float>*
  %1255 = load <8 x float>, <8 x float>* %1254, align 4
  %1256 = add i64 %1107, 0
  %1257 = mul i64 %1256, 8
  %1258 = add i64 %1257, 7
  %1259 = add i64 %1104, %1258
  %1260 = getelementptr inbounds float, float* %1, i64 %1259
  %1261 = load float, float* %1260, align 4
  %1262 = insertelement <8 x float> undef, float %1261, i32 0
  %splat102 = shufflevector <8 x float> %1262, <8 x float> undef, <8 x i32> zeroinitializer
  %1263 = load <8 x float>, <8 x float>* %7, align 32
  %1264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1251, <8 x float> %1263)
  store <8 x float> %1264, <8 x float>* %7, align 32
  %1265 = load <8 x float>, <8 x float>* %6, align 32
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1255, <8 x float> %1265)
  store <8 x float> %1266, <8 x float>* %6, align 32
  br label %endif94

endif94:                                          ; preds = %then93, %kw.body90
  %kw.next103 = add i64 %kw92, 1
  br label %kw.header89
}

; Function Attrs: nounwind
define internal void @node4.conv2d_3.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node4.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xb.exit77, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit77 ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 16
  %24 = sdiv i64 %task, 16
  %25 = srem i64 %24, 56
  %26 = sdiv i64 %task, 896
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 32
  %30 = mul i64 %23, 2
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 32
  %33 = mul i64 %27, 32
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 25088
  %36 = mul i64 %27, 32
  %37 = mul i64 %23, 2
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 18432
  %40 = mul i64 %25, 1
  %41 = sub i64 %40, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %u.exit ]
  %42 = icmp slt i64 %x, 55
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = add i64 %31, 0
  %44 = mul i64 %43, 8
  %45 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %44
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
  %50 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %49
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
  %55 = icmp slt i64 %u, 32
  br i1 %55, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %56 = mul i64 %u, 25088
  %57 = add i64 %35, %56
  %58 = mul i64 %u, 576
  %59 = add i64 %39, %58
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %60 = add i64 %x, 0
  %61 = mul i64 %28, 32
  %62 = add i64 %61, %31
  %63 = add i64 %62, 0
  %64 = mul i64 %63, 56
  %65 = add i64 %64, %25
  %66 = mul i64 %65, 56
  %67 = add i64 %66, %60
  %68 = mul i64 %67, 8
  %69 = load <8 x float>, <8 x float>* %21, align 32
  %70 = fcmp ogt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> %69, <8 x float> zeroinitializer
  %72 = getelementptr inbounds float, float* %0, i64 %68
  %73 = bitcast float* %72 to <8 x float>*
  store <8 x float> %71, <8 x float>* %73, align 4
  %74 = add i64 %x, 1
  %75 = mul i64 %28, 32
  %76 = add i64 %75, %31
  %77 = add i64 %76, 0
  %78 = mul i64 %77, 56
  %79 = add i64 %78, %25
  %80 = mul i64 %79, 56
  %81 = add i64 %80, %74
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %20, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 2
  %89 = mul i64 %28, 32
  %90 = add i64 %89, %31
  %91 = add i64 %90, 0
  %92 = mul i64 %91, 56
  %93 = add i64 %92, %25
  %94 = mul i64 %93, 56
  %95 = add i64 %94, %88
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %19, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 3
  %103 = mul i64 %28, 32
  %104 = add i64 %103, %31
  %105 = add i64 %104, 0
  %106 = mul i64 %105, 56
  %107 = add i64 %106, %25
  %108 = mul i64 %107, 56
  %109 = add i64 %108, %102
  %110 = mul i64 %109, 8
  %111 = load <8 x float>, <8 x float>* %18, align 32
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %x, 4
  %117 = mul i64 %28, 32
  %118 = add i64 %117, %31
  %119 = add i64 %118, 0
  %120 = mul i64 %119, 56
  %121 = add i64 %120, %25
  %122 = mul i64 %121, 56
  %123 = add i64 %122, %116
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %17, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = add i64 %x, 5
  %131 = mul i64 %28, 32
  %132 = add i64 %131, %31
  %133 = add i64 %132, 0
  %134 = mul i64 %133, 56
  %135 = add i64 %134, %25
  %136 = mul i64 %135, 56
  %137 = add i64 %136, %130
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %16, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 0
  %145 = mul i64 %28, 32
  %146 = add i64 %145, %31
  %147 = add i64 %146, 1
  %148 = mul i64 %147, 56
  %149 = add i64 %148, %25
  %150 = mul i64 %149, 56
  %151 = add i64 %150, %144
  %152 = mul i64 %151, 8
  %153 = load <8 x float>, <8 x float>* %15, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = getelementptr inbounds float, float* %0, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 1
  %159 = mul i64 %28, 32
  %160 = add i64 %159, %31
  %161 = add i64 %160, 1
  %162 = mul i64 %161, 56
  %163 = add i64 %162, %25
  %164 = mul i64 %163, 56
  %165 = add i64 %164, %158
  %166 = mul i64 %165, 8
  %167 = load <8 x float>, <8 x float>* %14, align 32
  %168 = fcmp ogt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> %167, <8 x float> zeroinitializer
  %170 = getelementptr inbounds float, float* %0, i64 %166
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %169, <8 x float>* %171, align 4
  %172 = add i64 %x, 2
  %173 = mul i64 %28, 32
  %174 = add i64 %173, %31
  %175 = add i64 %174, 1
  %176 = mul i64 %175, 56
  %177 = add i64 %176, %25
  %178 = mul i64 %177, 56
  %179 = add i64 %178, %172
  %180 = mul i64 %179, 8
  %181 = load <8 x float>, <8 x float>* %13, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = getelementptr inbounds float, float* %0, i64 %180
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %183, <8 x float>* %185, align 4
  %186 = add i64 %x, 3
  %187 = mul i64 %28, 32
  %188 = add i64 %187, %31
  %189 = add i64 %188, 1
  %190 = mul i64 %189, 56
  %191 = add i64 %190, %25
  %192 = mul i64 %191, 56
  %193 = add i64 %192, %186
  %194 = mul i64 %193, 8
  %195 = load <8 x float>, <8 x float>* %12, align 32
  %196 = fcmp ogt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> %195, <8 x float> zeroinitializer
  %198 = getelementptr inbounds float, float* %0, i64 %194
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = add i64 %x, 4
  %201 = mul i64 %28, 32
  %202 = add i64 %201, %31
  %203 = add i64 %202, 1
  %204 = mul i64 %203, 56
  %205 = add i64 %204, %25
  %206 = mul i64 %205, 56
  %207 = add i64 %206, %200
  %208 = mul i64 %207, 8
  %209 = load <8 x float>, <8 x float>* %11, align 32
  %210 = fcmp ogt <8 x float> %209, zeroinitializer
  %211 = select <8 x i1> %210, <8 x float> %209, <8 x float> zeroinitializer
  %212 = getelementptr inbounds float, float* %0, i64 %208
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %214 = add i64 %x, 5
  %215 = mul i64 %28, 32
  %216 = add i64 %215, %31
  %217 = add i64 %216, 1
  %218 = mul i64 %217, 56
  %219 = add i64 %218, %25
  %220 = mul i64 %219, 56
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
  %232 = icmp slt i64 %230, 56
  %233 = and i1 %231, %232
  br i1 %233, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %234 = mul i64 %230, 448
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
  %241 = mul i64 %240, 64
  %242 = add i64 %59, %241
  %243 = add i64 %242, 0
  %244 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %243
  %245 = bitcast float* %244 to <8 x float>*
  %246 = load <8 x float>, <8 x float>* %245, align 4
  %247 = add i64 %242, 18432
  %248 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  %250 = load <8 x float>, <8 x float>* %249, align 4
  %251 = add i64 %238, 0
  %252 = mul i64 %251, 8
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
  %263 = mul i64 %262, 8
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
  %274 = mul i64 %273, 8
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
  %285 = mul i64 %284, 8
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
  %296 = mul i64 %295, 8
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
  %307 = mul i64 %306, 8
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
  %317 = add i64 %242, 8
  %318 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %317
  %319 = bitcast float* %318 to <8 x float>*
  %320 = load <8 x float>, <8 x float>* %319, align 4
  %321 = add i64 %242, 18440
  %322 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %321
  %323 = bitcast float* %322 to <8 x float>*
  %324 = load <8 x float>, <8 x float>* %323, align 4
  %325 = add i64 %238, 0
  %326 = mul i64 %325, 8
  %327 = add i64 %326, 1
  %328 = add i64 %235, %327
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat6 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %21, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %320, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %21, align 32
  %334 = load <8 x float>, <8 x float>* %15, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %324, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %15, align 32
  %336 = add i64 %238, 1
  %337 = mul i64 %336, 8
  %338 = add i64 %337, 1
  %339 = add i64 %235, %338
  %340 = getelementptr inbounds float, float* %1, i64 %339
  %341 = load float, float* %340, align 4
  %342 = insertelement <8 x float> undef, float %341, i32 0
  %splat7 = shufflevector <8 x float> %342, <8 x float> undef, <8 x i32> zeroinitializer
  %343 = load <8 x float>, <8 x float>* %20, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %320, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %20, align 32
  %345 = load <8 x float>, <8 x float>* %14, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %324, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %14, align 32
  %347 = add i64 %238, 2
  %348 = mul i64 %347, 8
  %349 = add i64 %348, 1
  %350 = add i64 %235, %349
  %351 = getelementptr inbounds float, float* %1, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat8 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %19, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %320, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %19, align 32
  %356 = load <8 x float>, <8 x float>* %13, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %324, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %13, align 32
  %358 = add i64 %238, 3
  %359 = mul i64 %358, 8
  %360 = add i64 %359, 1
  %361 = add i64 %235, %360
  %362 = getelementptr inbounds float, float* %1, i64 %361
  %363 = load float, float* %362, align 4
  %364 = insertelement <8 x float> undef, float %363, i32 0
  %splat9 = shufflevector <8 x float> %364, <8 x float> undef, <8 x i32> zeroinitializer
  %365 = load <8 x float>, <8 x float>* %18, align 32
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %320, <8 x float> %365)
  store <8 x float> %366, <8 x float>* %18, align 32
  %367 = load <8 x float>, <8 x float>* %12, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %324, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %12, align 32
  %369 = add i64 %238, 4
  %370 = mul i64 %369, 8
  %371 = add i64 %370, 1
  %372 = add i64 %235, %371
  %373 = getelementptr inbounds float, float* %1, i64 %372
  %374 = load float, float* %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %splat10 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %17, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %320, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %17, align 32
  %378 = load <8 x float>, <8 x float>* %11, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %324, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %11, align 32
  %380 = add i64 %238, 5
  %381 = mul i64 %380, 8
  %382 = add i64 %381, 1
  %383 = add i64 %235, %382
  %384 = getelementptr inbounds float, float* %1, i64 %383
  %385 = load float, float* %384, align 4
  %386 = insertelement <8 x float> undef, float %385, i32 0
  %splat11 = shufflevector <8 x float> %386, <8 x float> undef, <8 x i32> zeroinitializer
  %387 = load <8 x float>, <8 x float>* %16, align 32
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %320, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %16, align 32
  %389 = load <8 x float>, <8 x float>* %10, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %324, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %10, align 32
  %391 = add i64 %242, 16
  %392 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  %394 = load <8 x float>, <8 x float>* %393, align 4
  %395 = add i64 %242, 18448
  %396 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  %398 = load <8 x float>, <8 x float>* %397, align 4
  %399 = add i64 %238, 0
  %400 = mul i64 %399, 8
  %401 = add i64 %400, 2
  %402 = add i64 %235, %401
  %403 = getelementptr inbounds float, float* %1, i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat12 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %21, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %394, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %21, align 32
  %408 = load <8 x float>, <8 x float>* %15, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %398, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %15, align 32
  %410 = add i64 %238, 1
  %411 = mul i64 %410, 8
  %412 = add i64 %411, 2
  %413 = add i64 %235, %412
  %414 = getelementptr inbounds float, float* %1, i64 %413
  %415 = load float, float* %414, align 4
  %416 = insertelement <8 x float> undef, float %415, i32 0
  %splat13 = shufflevector <8 x float> %416, <8 x float> undef, <8 x i32> zeroinitializer
  %417 = load <8 x float>, <8 x float>* %20, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %394, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %20, align 32
  %419 = load <8 x float>, <8 x float>* %14, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %398, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %14, align 32
  %421 = add i64 %238, 2
  %422 = mul i64 %421, 8
  %423 = add i64 %422, 2
  %424 = add i64 %235, %423
  %425 = getelementptr inbounds float, float* %1, i64 %424
  %426 = load float, float* %425, align 4
  %427 = insertelement <8 x float> undef, float %426, i32 0
  %splat14 = shufflevector <8 x float> %427, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, <8 x float>* %19, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %394, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %19, align 32
  %430 = load <8 x float>, <8 x float>* %13, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %398, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %13, align 32
  %432 = add i64 %238, 3
  %433 = mul i64 %432, 8
  %434 = add i64 %433, 2
  %435 = add i64 %235, %434
  %436 = getelementptr inbounds float, float* %1, i64 %435
  %437 = load float, float* %436, align 4
  %438 = insertelement <8 x float> undef, float %437, i32 0
  %splat15 = shufflevector <8 x float> %438, <8 x float> undef, <8 x i32> zeroinitializer
  %439 = load <8 x float>, <8 x float>* %18, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %394, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %18, align 32
  %441 = load <8 x float>, <8 x float>* %12, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %398, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %12, align 32
  %443 = add i64 %238, 4
  %444 = mul i64 %443, 8
  %445 = add i64 %444, 2
  %446 = add i64 %235, %445
  %447 = getelementptr inbounds float, float* %1, i64 %446
  %448 = load float, float* %447, align 4
  %449 = insertelement <8 x float> undef, float %448, i32 0
  %splat16 = shufflevector <8 x float> %449, <8 x float> undef, <8 x i32> zeroinitializer
  %450 = load <8 x float>, <8 x float>* %17, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %394, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %17, align 32
  %452 = load <8 x float>, <8 x float>* %11, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %398, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %11, align 32
  %454 = add i64 %238, 5
  %455 = mul i64 %454, 8
  %456 = add i64 %455, 2
  %457 = add i64 %235, %456
  %458 = getelementptr inbounds float, float* %1, i64 %457
  %459 = load float, float* %458, align 4
  %460 = insertelement <8 x float> undef, float %459, i32 0
  %splat17 = shufflevector <8 x float> %460, <8 x float> undef, <8 x i32> zeroinitializer
  %461 = load <8 x float>, <8 x float>* %16, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %394, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %16, align 32
  %463 = load <8 x float>, <8 x float>* %10, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %398, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %10, align 32
  %465 = add i64 %242, 24
  %466 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  %468 = load <8 x float>, <8 x float>* %467, align 4
  %469 = add i64 %242, 18456
  %470 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %469
  %471 = bitcast float* %470 to <8 x float>*
  %472 = load <8 x float>, <8 x float>* %471, align 4
  %473 = add i64 %238, 0
  %474 = mul i64 %473, 8
  %475 = add i64 %474, 3
  %476 = add i64 %235, %475
  %477 = getelementptr inbounds float, float* %1, i64 %476
  %478 = load float, float* %477, align 4
  %479 = insertelement <8 x float> undef, float %478, i32 0
  %splat18 = shufflevector <8 x float> %479, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, <8 x float>* %21, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %468, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %21, align 32
  %482 = load <8 x float>, <8 x float>* %15, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %472, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %15, align 32
  %484 = add i64 %238, 1
  %485 = mul i64 %484, 8
  %486 = add i64 %485, 3
  %487 = add i64 %235, %486
  %488 = getelementptr inbounds float, float* %1, i64 %487
  %489 = load float, float* %488, align 4
  %490 = insertelement <8 x float> undef, float %489, i32 0
  %splat19 = shufflevector <8 x float> %490, <8 x float> undef, <8 x i32> zeroinitializer
  %491 = load <8 x float>, <8 x float>* %20, align 32
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %468, <8 x float> %491)
  store <8 x float> %492, <8 x float>* %20, align 32
  %493 = load <8 x float>, <8 x float>* %14, align 32
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %472, <8 x float> %493)
  store <8 x float> %494, <8 x float>* %14, align 32
  %495 = add i64 %238, 2
  %496 = mul i64 %495, 8
  %497 = add i64 %496, 3
  %498 = add i64 %235, %497
  %499 = getelementptr inbounds float, float* %1, i64 %498
  %500 = load float, float* %499, align 4
  %501 = insertelement <8 x float> undef, float %500, i32 0
  %splat20 = shufflevector <8 x float> %501, <8 x float> undef, <8 x i32> zeroinitializer
  %502 = load <8 x float>, <8 x float>* %19, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %468, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %19, align 32
  %504 = load <8 x float>, <8 x float>* %13, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %472, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %13, align 32
  %506 = add i64 %238, 3
  %507 = mul i64 %506, 8
  %508 = add i64 %507, 3
  %509 = add i64 %235, %508
  %510 = getelementptr inbounds float, float* %1, i64 %509
  %511 = load float, float* %510, align 4
  %512 = insertelement <8 x float> undef, float %511, i32 0
  %splat21 = shufflevector <8 x float> %512, <8 x float> undef, <8 x i32> zeroinitializer
  %513 = load <8 x float>, <8 x float>* %18, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %468, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %18, align 32
  %515 = load <8 x float>, <8 x float>* %12, align 32
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %472, <8 x float> %515)
  store <8 x float> %516, <8 x float>* %12, align 32
  %517 = add i64 %238, 4
  %518 = mul i64 %517, 8
  %519 = add i64 %518, 3
  %520 = add i64 %235, %519
  %521 = getelementptr inbounds float, float* %1, i64 %520
  %522 = load float, float* %521, align 4
  %523 = insertelement <8 x float> undef, float %522, i32 0
  %splat22 = shufflevector <8 x float> %523, <8 x float> undef, <8 x i32> zeroinitializer
  %524 = load <8 x float>, <8 x float>* %17, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %468, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %17, align 32
  %526 = load <8 x float>, <8 x float>* %11, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %472, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %11, align 32
  %528 = add i64 %238, 5
  %529 = mul i64 %528, 8
  %530 = add i64 %529, 3
  %531 = add i64 %235, %530
  %532 = getelementptr inbounds float, float* %1, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat23 = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %16, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %468, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %16, align 32
  %537 = load <8 x float>, <8 x float>* %10, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %472, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %10, align 32
  %539 = add i64 %242, 32
  %540 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 %242, 18464
  %544 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  %546 = load <8 x float>, <8 x float>* %545, align 4
  %547 = add i64 %238, 0
  %548 = mul i64 %547, 8
  %549 = add i64 %548, 4
  %550 = add i64 %235, %549
  %551 = getelementptr inbounds float, float* %1, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat24 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %21, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %542, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %21, align 32
  %556 = load <8 x float>, <8 x float>* %15, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %546, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %15, align 32
  %558 = add i64 %238, 1
  %559 = mul i64 %558, 8
  %560 = add i64 %559, 4
  %561 = add i64 %235, %560
  %562 = getelementptr inbounds float, float* %1, i64 %561
  %563 = load float, float* %562, align 4
  %564 = insertelement <8 x float> undef, float %563, i32 0
  %splat25 = shufflevector <8 x float> %564, <8 x float> undef, <8 x i32> zeroinitializer
  %565 = load <8 x float>, <8 x float>* %20, align 32
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %542, <8 x float> %565)
  store <8 x float> %566, <8 x float>* %20, align 32
  %567 = load <8 x float>, <8 x float>* %14, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %546, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %14, align 32
  %569 = add i64 %238, 2
  %570 = mul i64 %569, 8
  %571 = add i64 %570, 4
  %572 = add i64 %235, %571
  %573 = getelementptr inbounds float, float* %1, i64 %572
  %574 = load float, float* %573, align 4
  %575 = insertelement <8 x float> undef, float %574, i32 0
  %splat26 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %576 = load <8 x float>, <8 x float>* %19, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %542, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %19, align 32
  %578 = load <8 x float>, <8 x float>* %13, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %546, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %13, align 32
  %580 = add i64 %238, 3
  %581 = mul i64 %580, 8
  %582 = add i64 %581, 4
  %583 = add i64 %235, %582
  %584 = getelementptr inbounds float, float* %1, i64 %583
  %585 = load float, float* %584, align 4
  %586 = insertelement <8 x float> undef, float %585, i32 0
  %splat27 = shufflevector <8 x float> %586, <8 x float> undef, <8 x i32> zeroinitializer
  %587 = load <8 x float>, <8 x float>* %18, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %542, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %18, align 32
  %589 = load <8 x float>, <8 x float>* %12, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %546, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %12, align 32
  %591 = add i64 %238, 4
  %592 = mul i64 %591, 8
  %593 = add i64 %592, 4
  %594 = add i64 %235, %593
  %595 = getelementptr inbounds float, float* %1, i64 %594
  %596 = load float, float* %595, align 4
  %597 = insertelement <8 x float> undef, float %596, i32 0
  %splat28 = shufflevector <8 x float> %597, <8 x float> undef, <8 x i32> zeroinitializer
  %598 = load <8 x float>, <8 x float>* %17, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %542, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %17, align 32
  %600 = load <8 x float>, <8 x float>* %11, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %546, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %11, align 32
  %602 = add i64 %238, 5
  %603 = mul i64 %602, 8
  %604 = add i64 %603, 4
  %605 = add i64 %235, %604
  %606 = getelementptr inbounds float, float* %1, i64 %605
  %607 = load float, float* %606, align 4
  %608 = insertelement <8 x float> undef, float %607, i32 0
  %splat29 = shufflevector <8 x float> %608, <8 x float> undef, <8 x i32> zeroinitializer
  %609 = load <8 x float>, <8 x float>* %16, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %542, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %16, align 32
  %611 = load <8 x float>, <8 x float>* %10, align 32
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %546, <8 x float> %611)
  store <8 x float> %612, <8 x float>* %10, align 32
  %613 = add i64 %242, 40
  %614 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %613
  %615 = bitcast float* %614 to <8 x float>*
  %616 = load <8 x float>, <8 x float>* %615, align 4
  %617 = add i64 %242, 18472
  %618 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %617
  %619 = bitcast float* %618 to <8 x float>*
  %620 = load <8 x float>, <8 x float>* %619, align 4
  %621 = add i64 %238, 0
  %622 = mul i64 %621, 8
  %623 = add i64 %622, 5
  %624 = add i64 %235, %623
  %625 = getelementptr inbounds float, float* %1, i64 %624
  %626 = load float, float* %625, align 4
  %627 = insertelement <8 x float> undef, float %626, i32 0
  %splat30 = shufflevector <8 x float> %627, <8 x float> undef, <8 x i32> zeroinitializer
  %628 = load <8 x float>, <8 x float>* %21, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %616, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %21, align 32
  %630 = load <8 x float>, <8 x float>* %15, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %620, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %15, align 32
  %632 = add i64 %238, 1
  %633 = mul i64 %632, 8
  %634 = add i64 %633, 5
  %635 = add i64 %235, %634
  %636 = getelementptr inbounds float, float* %1, i64 %635
  %637 = load float, float* %636, align 4
  %638 = insertelement <8 x float> undef, float %637, i32 0
  %splat31 = shufflevector <8 x float> %638, <8 x float> undef, <8 x i32> zeroinitializer
  %639 = load <8 x float>, <8 x float>* %20, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %616, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %20, align 32
  %641 = load <8 x float>, <8 x float>* %14, align 32
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %620, <8 x float> %641)
  store <8 x float> %642, <8 x float>* %14, align 32
  %643 = add i64 %238, 2
  %644 = mul i64 %643, 8
  %645 = add i64 %644, 5
  %646 = add i64 %235, %645
  %647 = getelementptr inbounds float, float* %1, i64 %646
  %648 = load float, float* %647, align 4
  %649 = insertelement <8 x float> undef, float %648, i32 0
  %splat32 = shufflevector <8 x float> %649, <8 x float> undef, <8 x i32> zeroinitializer
  %650 = load <8 x float>, <8 x float>* %19, align 32
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %616, <8 x float> %650)
  store <8 x float> %651, <8 x float>* %19, align 32
  %652 = load <8 x float>, <8 x float>* %13, align 32
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %620, <8 x float> %652)
  store <8 x float> %653, <8 x float>* %13, align 32
  %654 = add i64 %238, 3
  %655 = mul i64 %654, 8
  %656 = add i64 %655, 5
  %657 = add i64 %235, %656
  %658 = getelementptr inbounds float, float* %1, i64 %657
  %659 = load float, float* %658, align 4
  %660 = insertelement <8 x float> undef, float %659, i32 0
  %splat33 = shufflevector <8 x float> %660, <8 x float> undef, <8 x i32> zeroinitializer
  %661 = load <8 x float>, <8 x float>* %18, align 32
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %616, <8 x float> %661)
  store <8 x float> %662, <8 x float>* %18, align 32
  %663 = load <8 x float>, <8 x float>* %12, align 32
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %620, <8 x float> %663)
  store <8 x float> %664, <8 x float>* %12, align 32
  %665 = add i64 %238, 4
  %666 = mul i64 %665, 8
  %667 = add i64 %666, 5
  %668 = add i64 %235, %667
  %669 = getelementptr inbounds float, float* %1, i64 %668
  %670 = load float, float* %669, align 4
  %671 = insertelement <8 x float> undef, float %670, i32 0
  %splat34 = shufflevector <8 x float> %671, <8 x float> undef, <8 x i32> zeroinitializer
  %672 = load <8 x float>, <8 x float>* %17, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %616, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %17, align 32
  %674 = load <8 x float>, <8 x float>* %11, align 32
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %620, <8 x float> %674)
  store <8 x float> %675, <8 x float>* %11, align 32
  %676 = add i64 %238, 5
  %677 = mul i64 %676, 8
  %678 = add i64 %677, 5
  %679 = add i64 %235, %678
  %680 = getelementptr inbounds float, float* %1, i64 %679
  %681 = load float, float* %680, align 4
  %682 = insertelement <8 x float> undef, float %681, i32 0
  %splat35 = shufflevector <8 x float> %682, <8 x float> undef, <8 x i32> zeroinitializer
  %683 = load <8 x float>, <8 x float>* %16, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %616, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %16, align 32
  %685 = load <8 x float>, <8 x float>* %10, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %620, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %10, align 32
  %687 = add i64 %242, 48
  %688 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %687
  %689 = bitcast float* %688 to <8 x float>*
  %690 = load <8 x float>, <8 x float>* %689, align 4
  %691 = add i64 %242, 18480
  %692 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %691
  %693 = bitcast float* %692 to <8 x float>*
  %694 = load <8 x float>, <8 x float>* %693, align 4
  %695 = add i64 %238, 0
  %696 = mul i64 %695, 8
  %697 = add i64 %696, 6
  %698 = add i64 %235, %697
  %699 = getelementptr inbounds float, float* %1, i64 %698
  %700 = load float, float* %699, align 4
  %701 = insertelement <8 x float> undef, float %700, i32 0
  %splat36 = shufflevector <8 x float> %701, <8 x float> undef, <8 x i32> zeroinitializer
  %702 = load <8 x float>, <8 x float>* %21, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %690, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %21, align 32
  %704 = load <8 x float>, <8 x float>* %15, align 32
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %694, <8 x float> %704)
  store <8 x float> %705, <8 x float>* %15, align 32
  %706 = add i64 %238, 1
  %707 = mul i64 %706, 8
  %708 = add i64 %707, 6
  %709 = add i64 %235, %708
  %710 = getelementptr inbounds float, float* %1, i64 %709
  %711 = load float, float* %710, align 4
  %712 = insertelement <8 x float> undef, float %711, i32 0
  %splat37 = shufflevector <8 x float> %712, <8 x float> undef, <8 x i32> zeroinitializer
  %713 = load <8 x float>, <8 x float>* %20, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %690, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %20, align 32
  %715 = load <8 x float>, <8 x float>* %14, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %694, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %14, align 32
  %717 = add i64 %238, 2
  %718 = mul i64 %717, 8
  %719 = add i64 %718, 6
  %720 = add i64 %235, %719
  %721 = getelementptr inbounds float, float* %1, i64 %720
  %722 = load float, float* %721, align 4
  %723 = insertelement <8 x float> undef, float %722, i32 0
  %splat38 = shufflevector <8 x float> %723, <8 x float> undef, <8 x i32> zeroinitializer
  %724 = load <8 x float>, <8 x float>* %19, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %690, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %19, align 32
  %726 = load <8 x float>, <8 x float>* %13, align 32
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %694, <8 x float> %726)
  store <8 x float> %727, <8 x float>* %13, align 32
  %728 = add i64 %238, 3
  %729 = mul i64 %728, 8
  %730 = add i64 %729, 6
  %731 = add i64 %235, %730
  %732 = getelementptr inbounds float, float* %1, i64 %731
  %733 = load float, float* %732, align 4
  %734 = insertelement <8 x float> undef, float %733, i32 0
  %splat39 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
  %735 = load <8 x float>, <8 x float>* %18, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %690, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %18, align 32
  %737 = load <8 x float>, <8 x float>* %12, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %694, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %12, align 32
  %739 = add i64 %238, 4
  %740 = mul i64 %739, 8
  %741 = add i64 %740, 6
  %742 = add i64 %235, %741
  %743 = getelementptr inbounds float, float* %1, i64 %742
  %744 = load float, float* %743, align 4
  %745 = insertelement <8 x float> undef, float %744, i32 0
  %splat40 = shufflevector <8 x float> %745, <8 x float> undef, <8 x i32> zeroinitializer
  %746 = load <8 x float>, <8 x float>* %17, align 32
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %690, <8 x float> %746)
  store <8 x float> %747, <8 x float>* %17, align 32
  %748 = load <8 x float>, <8 x float>* %11, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %694, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %11, align 32
  %750 = add i64 %238, 5
  %751 = mul i64 %750, 8
  %752 = add i64 %751, 6
  %753 = add i64 %235, %752
  %754 = getelementptr inbounds float, float* %1, i64 %753
  %755 = load float, float* %754, align 4
  %756 = insertelement <8 x float> undef, float %755, i32 0
  %splat41 = shufflevector <8 x float> %756, <8 x float> undef, <8 x i32> zeroinitializer
  %757 = load <8 x float>, <8 x float>* %16, align 32
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %690, <8 x float> %757)
  store <8 x float> %758, <8 x float>* %16, align 32
  %759 = load <8 x float>, <8 x float>* %10, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %694, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %10, align 32
  %761 = add i64 %242, 56
  %762 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %761
  %763 = bitcast float* %762 to <8 x float>*
  %764 = load <8 x float>, <8 x float>* %763, align 4
  %765 = add i64 %242, 18488
  %766 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = add i64 %238, 0
  %770 = mul i64 %769, 8
  %771 = add i64 %770, 7
  %772 = add i64 %235, %771
  %773 = getelementptr inbounds float, float* %1, i64 %772
  %774 = load float, float* %773, align 4
  %775 = insertelement <8 x float> undef, float %774, i32 0
  %splat42 = shufflevector <8 x float> %775, <8 x float> undef, <8 x i32> zeroinitializer
  %776 = load <8 x float>, <8 x float>* %21, align 32
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %764, <8 x float> %776)
  store <8 x float> %777, <8 x float>* %21, align 32
  %778 = load <8 x float>, <8 x float>* %15, align 32
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %768, <8 x float> %778)
  store <8 x float> %779, <8 x float>* %15, align 32
  %780 = add i64 %238, 1
  %781 = mul i64 %780, 8
  %782 = add i64 %781, 7
  %783 = add i64 %235, %782
  %784 = getelementptr inbounds float, float* %1, i64 %783
  %785 = load float, float* %784, align 4
  %786 = insertelement <8 x float> undef, float %785, i32 0
  %splat43 = shufflevector <8 x float> %786, <8 x float> undef, <8 x i32> zeroinitializer
  %787 = load <8 x float>, <8 x float>* %20, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %764, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %20, align 32
  %789 = load <8 x float>, <8 x float>* %14, align 32
  %790 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %768, <8 x float> %789)
  store <8 x float> %790, <8 x float>* %14, align 32
  %791 = add i64 %238, 2
  %792 = mul i64 %791, 8
  %793 = add i64 %792, 7
  %794 = add i64 %235, %793
  %795 = getelementptr inbounds float, float* %1, i64 %794
  %796 = load float, float* %795, align 4
  %797 = insertelement <8 x float> undef, float %796, i32 0
  %splat44 = shufflevector <8 x float> %797, <8 x float> undef, <8 x i32> zeroinitializer
  %798 = load <8 x float>, <8 x float>* %19, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %764, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %19, align 32
  %800 = load <8 x float>, <8 x float>* %13, align 32
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %768, <8 x float> %800)
  store <8 x float> %801, <8 x float>* %13, align 32
  %802 = add i64 %238, 3
  %803 = mul i64 %802, 8
  %804 = add i64 %803, 7
  %805 = add i64 %235, %804
  %806 = getelementptr inbounds float, float* %1, i64 %805
  %807 = load float, float* %806, align 4
  %808 = insertelement <8 x float> undef, float %807, i32 0
  %splat45 = shufflevector <8 x float> %808, <8 x float> undef, <8 x i32> zeroinitializer
  %809 = load <8 x float>, <8 x float>* %18, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %764, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %18, align 32
  %811 = load <8 x float>, <8 x float>* %12, align 32
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %768, <8 x float> %811)
  store <8 x float> %812, <8 x float>* %12, align 32
  %813 = add i64 %238, 4
  %814 = mul i64 %813, 8
  %815 = add i64 %814, 7
  %816 = add i64 %235, %815
  %817 = getelementptr inbounds float, float* %1, i64 %816
  %818 = load float, float* %817, align 4
  %819 = insertelement <8 x float> undef, float %818, i32 0
  %splat46 = shufflevector <8 x float> %819, <8 x float> undef, <8 x i32> zeroinitializer
  %820 = load <8 x float>, <8 x float>* %17, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %764, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %17, align 32
  %822 = load <8 x float>, <8 x float>* %11, align 32
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %768, <8 x float> %822)
  store <8 x float> %823, <8 x float>* %11, align 32
  %824 = add i64 %238, 5
  %825 = mul i64 %824, 8
  %826 = add i64 %825, 7
  %827 = add i64 %235, %826
  %828 = getelementptr inbounds float, float* %1, i64 %827
  %829 = load float, float* %828, align 4
  %830 = insertelement <8 x float> undef, float %829, i32 0
  %splat47 = shufflevector <8 x float> %830, <8 x float> undef, <8 x i32> zeroinitializer
  %831 = load <8 x float>, <8 x float>* %16, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %764, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %16, align 32
  %833 = load <8 x float>, <8 x float>* %10, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %768, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %10, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

xb.header:                                        ; preds = %u.exit50, %x.exit
  %xb = phi i64 [ 0, %x.exit ], [ %xb.next, %u.exit50 ]
  %835 = icmp slt i64 %xb, 1
  br i1 %835, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %836 = add i64 %31, 0
  %837 = mul i64 %836, 8
  %838 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %837
  %839 = bitcast float* %838 to <8 x float>*
  %840 = load <8 x float>, <8 x float>* %839, align 4
  store <8 x float> %840, <8 x float>* %9, align 32
  %841 = add i64 %31, 1
  %842 = mul i64 %841, 8
  %843 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %842
  %844 = bitcast float* %843 to <8 x float>*
  %845 = load <8 x float>, <8 x float>* %844, align 4
  store <8 x float> %845, <8 x float>* %8, align 32
  %846 = mul i64 %xb, 1
  %847 = sub i64 %846, 1
  br label %u.header48

xb.exit:                                          ; preds = %xb.header
  br label %xb.header75

u.header48:                                       ; preds = %kh.exit54, %xb.body
  %u51 = phi i64 [ 0, %xb.body ], [ %u.next74, %kh.exit54 ]
  %848 = icmp slt i64 %u51, 32
  br i1 %848, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %849 = mul i64 %u51, 25088
  %850 = add i64 %35, %849
  %851 = mul i64 %u51, 576
  %852 = add i64 %39, %851
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %853 = add i64 %xb, 0
  %854 = mul i64 %28, 32
  %855 = add i64 %854, %31
  %856 = add i64 %855, 0
  %857 = mul i64 %856, 56
  %858 = add i64 %857, %25
  %859 = mul i64 %858, 56
  %860 = add i64 %859, %853
  %861 = mul i64 %860, 8
  %862 = load <8 x float>, <8 x float>* %9, align 32
  %863 = fcmp ogt <8 x float> %862, zeroinitializer
  %864 = select <8 x i1> %863, <8 x float> %862, <8 x float> zeroinitializer
  %865 = getelementptr inbounds float, float* %0, i64 %861
  %866 = bitcast float* %865 to <8 x float>*
  store <8 x float> %864, <8 x float>* %866, align 4
  %867 = add i64 %xb, 0
  %868 = mul i64 %28, 32
  %869 = add i64 %868, %31
  %870 = add i64 %869, 1
  %871 = mul i64 %870, 56
  %872 = add i64 %871, %25
  %873 = mul i64 %872, 56
  %874 = add i64 %873, %867
  %875 = mul i64 %874, 8
  %876 = load <8 x float>, <8 x float>* %8, align 32
  %877 = fcmp ogt <8 x float> %876, zeroinitializer
  %878 = select <8 x i1> %877, <8 x float> %876, <8 x float> zeroinitializer
  %879 = getelementptr inbounds float, float* %0, i64 %875
  %880 = bitcast float* %879 to <8 x float>*
  store <8 x float> %878, <8 x float>* %880, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header52:                                      ; preds = %endif57, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next73, %endif57 ]
  %881 = icmp slt i64 %kh55, 3
  br i1 %881, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %882 = mul i64 %kh55, 1
  %883 = add i64 %41, %882
  %884 = icmp sge i64 %883, 0
  %885 = icmp slt i64 %883, 56
  %886 = and i1 %884, %885
  br i1 %886, label %then56, label %endif57

kh.exit54:                                        ; preds = %kh.header52
  %u.next74 = add i64 %u51, 1
  br label %u.header48

then56:                                           ; preds = %kh.body53
  %887 = mul i64 %883, 448
  %888 = add i64 %850, %887
  br label %kw.header58

endif57:                                          ; preds = %kw.exit60, %kh.body53
  %kh.next73 = add i64 %kh55, 1
  br label %kh.header52

kw.header58:                                      ; preds = %endif63, %then56
  %kw61 = phi i64 [ 0, %then56 ], [ %kw.next72, %endif63 ]
  %889 = icmp slt i64 %kw61, 3
  br i1 %889, label %kw.body59, label %kw.exit60

kw.body59:                                        ; preds = %kw.header58
  %890 = mul i64 %kw61, 1
  %891 = add i64 %847, %890
  %892 = mul i64 %kh55, 3
  %893 = add i64 %892, %kw61
  %894 = mul i64 %893, 64
  %895 = add i64 %852, %894
  %896 = icmp sge i64 %891, 0
  %897 = icmp slt i64 %891, 56
  %898 = and i1 %896, %897
  br i1 %898, label %then62, label %endif63

kw.exit60:                                        ; preds = %kw.header58
  br label %endif57

then62:                                           ; preds = %kw.body59
  %899 = add i64 %895, 0
  %900 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %899
  %901 = bitcast float* %900 to <8 x float>*
  %902 = load <8 x float>, <8 x float>* %901, align 4
  %903 = add i64 %895, 18432
  %904 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %903
  %905 = bitcast float* %904 to <8 x float>*
  %906 = load <8 x float>, <8 x float>* %905, align 4
  %907 = add i64 %891, 0
  %908 = mul i64 %907, 8
  %909 = add i64 %908, 0
  %910 = add i64 %888, %909
  %911 = getelementptr inbounds float, float* %1, i64 %910
  %912 = load float, float* %911, align 4
  %913 = insertelement <8 x float> undef, float %912, i32 0
  %splat64 = shufflevector <8 x float> %913, <8 x float> undef, <8 x i32> zeroinitializer
  %914 = load <8 x float>, <8 x float>* %9, align 32
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %902, <8 x float> %914)
  store <8 x float> %915, <8 x float>* %9, align 32
  %916 = load <8 x float>, <8 x float>* %8, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %906, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %8, align 32
  %918 = add i64 %895, 8
  %919 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %918
  %920 = bitcast float* %919 to <8 x float>*
  %921 = load <8 x float>, <8 x float>* %920, align 4
  %922 = add i64 %895, 18440
  %923 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %922
  %924 = bitcast float* %923 to <8 x float>*
  %925 = load <8 x float>, <8 x float>* %924, align 4
  %926 = add i64 %891, 0
  %927 = mul i64 %926, 8
  %928 = add i64 %927, 1
  %929 = add i64 %888, %928
  %930 = getelementptr inbounds float, float* %1, i64 %929
  %931 = load float, float* %930, align 4
  %932 = insertelement <8 x float> undef, float %931, i32 0
  %splat65 = shufflevector <8 x float> %932, <8 x float> undef, <8 x i32> zeroinitializer
  %933 = load <8 x float>, <8 x float>* %9, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %921, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %9, align 32
  %935 = load <8 x float>, <8 x float>* %8, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %925, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %8, align 32
  %937 = add i64 %895, 16
  %938 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %937
  %939 = bitcast float* %938 to <8 x float>*
  %940 = load <8 x float>, <8 x float>* %939, align 4
  %941 = add i64 %895, 18448
  %942 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %941
  %943 = bitcast float* %942 to <8 x float>*
  %944 = load <8 x float>, <8 x float>* %943, align 4
  %945 = add i64 %891, 0
  %946 = mul i64 %945, 8
  %947 = add i64 %946, 2
  %948 = add i64 %888, %947
  %949 = getelementptr inbounds float, float* %1, i64 %948
  %950 = load float, float* %949, align 4
  %951 = insertelement <8 x float> undef, float %950, i32 0
  %splat66 = shufflevector <8 x float> %951, <8 x float> undef, <8 x i32> zeroinitializer
  %952 = load <8 x float>, <8 x float>* %9, align 32
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %940, <8 x float> %952)
  store <8 x float> %953, <8 x float>* %9, align 32
  %954 = load <8 x float>, <8 x float>* %8, align 32
  %955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %944, <8 x float> %954)
  store <8 x float> %955, <8 x float>* %8, align 32
  %956 = add i64 %895, 24
  %957 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %956
  %958 = bitcast float* %957 to <8 x float>*
  %959 = load <8 x float>, <8 x float>* %958, align 4
  %960 = add i64 %895, 18456
  %961 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %960
  %962 = bitcast float* %961 to <8 x float>*
  %963 = load <8 x float>, <8 x float>* %962, align 4
  %964 = add i64 %891, 0
  %965 = mul i64 %964, 8
  %966 = add i64 %965, 3
  %967 = add i64 %888, %966
  %968 = getelementptr inbounds float, float* %1, i64 %967
  %969 = load float, float* %968, align 4
  %970 = insertelement <8 x float> undef, float %969, i32 0
  %splat67 = shufflevector <8 x float> %970, <8 x float> undef, <8 x i32> zeroinitializer
  %971 = load <8 x float>, <8 x float>* %9, align 32
  %972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %959, <8 x float> %971)
  store <8 x float> %972, <8 x float>* %9, align 32
  %973 = load <8 x float>, <8 x float>* %8, align 32
  %974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %963, <8 x float> %973)
  store <8 x float> %974, <8 x float>* %8, align 32
  %975 = add i64 %895, 32
  %976 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %975
  %977 = bitcast float* %976 to <8 x float>*
  %978 = load <8 x float>, <8 x float>* %977, align 4
  %979 = add i64 %895, 18464
  %980 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %979
  %981 = bitcast float* %980 to <8 x float>*
  %982 = load <8 x float>, <8 x float>* %981, align 4
  %983 = add i64 %891, 0
  %984 = mul i64 %983, 8
  %985 = add i64 %984, 4
  %986 = add i64 %888, %985
  %987 = getelementptr inbounds float, float* %1, i64 %986
  %988 = load float, float* %987, align 4
  %989 = insertelement <8 x float> undef, float %988, i32 0
  %splat68 = shufflevector <8 x float> %989, <8 x float> undef, <8 x i32> zeroinitializer
  %990 = load <8 x float>, <8 x float>* %9, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %978, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %9, align 32
  %992 = load <8 x float>, <8 x float>* %8, align 32
  %993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %982, <8 x float> %992)
  store <8 x float> %993, <8 x float>* %8, align 32
  %994 = add i64 %895, 40
  %995 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %994
  %996 = bitcast float* %995 to <8 x float>*
  %997 = load <8 x float>, <8 x float>* %996, align 4
  %998 = add i64 %895, 18472
  %999 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %998
  %1000 = bitcast float* %999 to <8 x float>*
  %1001 = load <8 x float>, <8 x float>* %1000, align 4
  %1002 = add i64 %891, 0
  %1003 = mul i64 %1002, 8
  %1004 = add i64 %1003, 5
  %1005 = add i64 %888, %1004
  %1006 = getelementptr inbounds float, float* %1, i64 %1005
  %1007 = load float, float* %1006, align 4
  %1008 = insertelement <8 x float> undef, float %1007, i32 0
  %splat69 = shufflevector <8 x float> %1008, <8 x float> undef, <8 x i32> zeroinitializer
  %1009 = load <8 x float>, <8 x float>* %9, align 32
  %1010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %997, <8 x float> %1009)
  store <8 x float> %1010, <8 x float>* %9, align 32
  %1011 = load <8 x float>, <8 x float>* %8, align 32
  %1012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1001, <8 x float> %1011)
  store <8 x float> %1012, <8 x float>* %8, align 32
  %1013 = add i64 %895, 48
  %1014 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1013
  %1015 = bitcast float* %1014 to <8 x float>*
  %1016 = load <8 x float>, <8 x float>* %1015, align 4
  %1017 = add i64 %895, 18480
  %1018 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1017
  %1019 = bitcast float* %1018 to <8 x float>*
  %1020 = load <8 x float>, <8 x float>* %1019, align 4
  %1021 = add i64 %891, 0
  %1022 = mul i64 %1021, 8
  %1023 = add i64 %1022, 6
  %1024 = add i64 %888, %1023
  %1025 = getelementptr inbounds float, float* %1, i64 %1024
  %1026 = load float, float* %1025, align 4
  %1027 = insertelement <8 x float> undef, float %1026, i32 0
  %splat70 = shufflevector <8 x float> %1027, <8 x float> undef, <8 x i32> zeroinitializer
  %1028 = load <8 x float>, <8 x float>* %9, align 32
  %1029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1016, <8 x float> %1028)
  store <8 x float> %1029, <8 x float>* %9, align 32
  %1030 = load <8 x float>, <8 x float>* %8, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1020, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %8, align 32
  %1032 = add i64 %895, 56
  %1033 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1032
  %1034 = bitcast float* %1033 to <8 x float>*
  %1035 = load <8 x float>, <8 x float>* %1034, align 4
  %1036 = add i64 %895, 18488
  %1037 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1036
  %1038 = bitcast float* %1037 to <8 x float>*
  %1039 = load <8 x float>, <8 x float>* %1038, align 4
  %1040 = add i64 %891, 0
  %1041 = mul i64 %1040, 8
  %1042 = add i64 %1041, 7
  %1043 = add i64 %888, %1042
  %1044 = getelementptr inbounds float, float* %1, i64 %1043
  %1045 = load float, float* %1044, align 4
  %1046 = insertelement <8 x float> undef, float %1045, i32 0
  %splat71 = shufflevector <8 x float> %1046, <8 x float> undef, <8 x i32> zeroinitializer
  %1047 = load <8 x float>, <8 x float>* %9, align 32
  %1048 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1035, <8 x float> %1047)
  store <8 x float> %1048, <8 x float>* %9, align 32
  %1049 = load <8 x float>, <8 x float>* %8, align 32
  %1050 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1039, <8 x float> %1049)
  store <8 x float> %1050, <8 x float>* %8, align 32
  br label %endif63

endif63:                                          ; preds = %then62, %kw.body59
  %kw.next72 = add i64 %kw61, 1
  br label %kw.header58

xb.header75:                                      ; preds = %u.exit81, %xb.exit
  %xb78 = phi i64 [ 55, %xb.exit ], [ %xb.next106, %u.exit81 ]
  %1051 = icmp slt i64 %xb78, 56
  br i1 %1051, label %xb.body76, label %xb.exit77

xb.body76:                                        ; preds = %xb.header75
  %1052 = add i64 %31, 0
  %1053 = mul i64 %1052, 8
  %1054 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %1053
  %1055 = bitcast float* %1054 to <8 x float>*
  %1056 = load <8 x float>, <8 x float>* %1055, align 4
  store <8 x float> %1056, <8 x float>* %7, align 32
  %1057 = add i64 %31, 1
  %1058 = mul i64 %1057, 8
  %1059 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %1058
  %1060 = bitcast float* %1059 to <8 x float>*
  %1061 = load <8 x float>, <8 x float>* %1060, align 4
  store <8 x float> %1061, <8 x float>* %6, align 32
  %1062 = mul i64 %xb78, 1
  %1063 = sub i64 %1062, 1
  br label %u.header79

xb.exit77:                                        ; preds = %xb.header75
  %task.next = add i64 %task, 1
  br label %task.header

u.header79:                                       ; preds = %kh.exit85, %xb.body76
  %u82 = phi i64 [ 0, %xb.body76 ], [ %u.next105, %kh.exit85 ]
  %1064 = icmp slt i64 %u82, 32
  br i1 %1064, label %u.body80, label %u.exit81

u.body80:                                         ; preds = %u.header79
  %1065 = mul i64 %u82, 25088
  %1066 = add i64 %35, %1065
  %1067 = mul i64 %u82, 576
  %1068 = add i64 %39, %1067
  br label %kh.header83

u.exit81:                                         ; preds = %u.header79
  %1069 = add i64 %xb78, 0
  %1070 = mul i64 %28, 32
  %1071 = add i64 %1070, %31
  %1072 = add i64 %1071, 0
  %1073 = mul i64 %1072, 56
  %1074 = add i64 %1073, %25
  %1075 = mul i64 %1074, 56
  %1076 = add i64 %1075, %1069
  %1077 = mul i64 %1076, 8
  %1078 = load <8 x float>, <8 x float>* %7, align 32
  %1079 = fcmp ogt <8 x float> %1078, zeroinitializer
  %1080 = select <8 x i1> %1079, <8 x float> %1078, <8 x float> zeroinitializer
  %1081 = getelementptr inbounds float, float* %0, i64 %1077
  %1082 = bitcast float* %1081 to <8 x float>*
  store <8 x float> %1080, <8 x float>* %1082, align 4
  %1083 = add i64 %xb78, 0
  %1084 = mul i64 %28, 32
  %1085 = add i64 %1084, %31
  %1086 = add i64 %1085, 1
  %1087 = mul i64 %1086, 56
  %1088 = add i64 %1087, %25
  %1089 = mul i64 %1088, 56
  %1090 = add i64 %1089, %1083
  %1091 = mul i64 %1090, 8
  %1092 = load <8 x float>, <8 x float>* %6, align 32
  %1093 = fcmp ogt <8 x float> %1092, zeroinitializer
  %1094 = select <8 x i1> %1093, <8 x float> %1092, <8 x float> zeroinitializer
  %1095 = getelementptr inbounds float, float* %0, i64 %1091
  %1096 = bitcast float* %1095 to <8 x float>*
  store <8 x float> %1094, <8 x float>* %1096, align 4
  %xb.next106 = add i64 %xb78, 1
  br label %xb.header75

kh.header83:                                      ; preds = %endif88, %u.body80
  %kh86 = phi i64 [ 0, %u.body80 ], [ %kh.next104, %endif88 ]
  %1097 = icmp slt i64 %kh86, 3
  br i1 %1097, label %kh.body84, label %kh.exit85

kh.body84:                                        ; preds = %kh.header83
  %1098 = mul i64 %kh86, 1
  %1099 = add i64 %41, %1098
  %1100 = icmp sge i64 %1099, 0
  %1101 = icmp slt i64 %1099, 56
  %1102 = and i1 %1100, %1101
  br i1 %1102, label %then87, label %endif88

kh.exit85:                                        ; preds = %kh.header83
  %u.next105 = add i64 %u82, 1
  br label %u.header79

then87:                                           ; preds = %kh.body84
  %1103 = mul i64 %1099, 448
  %1104 = add i64 %1066, %1103
  br label %kw.header89

endif88:                                          ; preds = %kw.exit91, %kh.body84
  %kh.next104 = add i64 %kh86, 1
  br label %kh.header83

kw.header89:                                      ; preds = %endif94, %then87
  %kw92 = phi i64 [ 0, %then87 ], [ %kw.next103, %endif94 ]
  %1105 = icmp slt i64 %kw92, 3
  br i1 %1105, label %kw.body90, label %kw.exit91

kw.body90:                                        ; preds = %kw.header89
  %1106 = mul i64 %kw92, 1
  %1107 = add i64 %1063, %1106
  %1108 = mul i64 %kh86, 3
  %1109 = add i64 %1108, %kw92
  %1110 = mul i64 %1109, 64
  %1111 = add i64 %1068, %1110
  %1112 = icmp sge i64 %1107, 0
  %1113 = icmp slt i64 %1107, 56
  %1114 = and i1 %1112, %1113
  br i1 %1114, label %then93, label %endif94

kw.exit91:                                        ; preds = %kw.header89
  br label %endif88

then93:                                           ; preds = %kw.body90
  %1115 = add i64 %1111, 0
  %1116 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1115
  %1117 = bitcast float* %1116 to <8 x float>*
  %1118 = load <8 x float>, <8 x float>* %1117, align 4
  %1119 = add i64 %1111, 18432
  %1120 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1119
  %1121 = bitcast float* %1120 to <8 x float>*
  %1122 = load <8 x float>, <8 x float>* %1121, align 4
  %1123 = add i64 %1107, 0
  %1124 = mul i64 %1123, 8
  %1125 = add i64 %1124, 0
  %1126 = add i64 %1104, %1125
  %1127 = getelementptr inbounds float, float* %1, i64 %1126
  %1128 = load float, float* %1127, align 4
  %1129 = insertelement <8 x float> undef, float %1128, i32 0
  %splat95 = shufflevector <8 x float> %1129, <8 x float> undef, <8 x i32> zeroinitializer
  %1130 = load <8 x float>, <8 x float>* %7, align 32
  %1131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1118, <8 x float> %1130)
  store <8 x float> %1131, <8 x float>* %7, align 32
  %1132 = load <8 x float>, <8 x float>* %6, align 32
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1122, <8 x float> %1132)
  store <8 x float> %1133, <8 x float>* %6, align 32
  %1134 = add i64 %1111, 8
  %1135 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1134
  %1136 = bitcast float* %1135 to <8 x float>*
  %1137 = load <8 x float>, <8 x float>* %1136, align 4
  %1138 = add i64 %1111, 18440
  %1139 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1138
  %1140 = bitcast float* %1139 to <8 x float>*
  %1141 = load <8 x float>, <8 x float>* %1140, align 4
  %1142 = add i64 %1107, 0
  %1143 = mul i64 %1142, 8
  %1144 = add i64 %1143, 1
  %1145 = add i64 %1104, %1144
  %1146 = getelementptr inbounds float, float* %1, i64 %1145
  %1147 = load float, float* %1146, align 4
  %1148 = insertelement <8 x float> undef, float %1147, i32 0
  %splat96 = shufflevector <8 x float> %1148, <8 x float> undef, <8 x i32> zeroinitializer
  %1149 = load <8 x float>, <8 x float>* %7, align 32
  %1150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1137, <8 x float> %1149)
  store <8 x float> %1150, <8 x float>* %7, align 32
  %1151 = load <8 x float>, <8 x float>* %6, align 32
  %1152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1141, <8 x float> %1151)
  store <8 x float> %1152, <8 x float>* %6, align 32
  %1153 = add i64 %1111, 16
  %1154 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1153
  %1155 = bitcast float* %1154 to <8 x float>*
  %1156 = load <8 x float>, <8 x float>* %1155, align 4
  %1157 = add i64 %1111, 18448
  %1158 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1157
  %1159 = bitcast float* %1158 to <8 x float>*
  %1160 = load <8 x float>, <8 x float>* %1159, align 4
  %1161 = add i64 %1107, 0
  %1162 = mul i64 %1161, 8
  %1163 = add i64 %1162, 2
  %1164 = add i64 %1104, %1163
  %1165 = getelementptr inbounds float, float* %1, i64 %1164
  %1166 = load float, float* %1165, align 4
  %1167 = insertelement <8 x float> undef, float %1166, i32 0
  %splat97 = shufflevector <8 x float> %1167, <8 x float> undef, <8 x i32> zeroinitializer
  %1168 = load <8 x float>, <8 x float>* %7, align 32
  %1169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1156, <8 x float> %1168)
  store <8 x float> %1169, <8 x float>* %7, align 32
  %1170 = load <8 x float>, <8 x float>* %6, align 32
  %1171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1160, <8 x float> %1170)
  store <8 x float> %1171, <8 x float>* %6, align 32
  %1172 = add i64 %1111, 24
  %1173 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1172
  %1174 = bitcast float* %1173 to <8 x float>*
  %1175 = load <8 x float>, <8 x float>* %1174, align 4
  %1176 = add i64 %1111, 18456
  %1177 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1176
  %1178 = bitcast float* %1177 to <8 x float>*
  %1179 = load <8 x float>, <8 x float>* %1178, align 4
  %1180 = add i64 %1107, 0
  %1181 = mul i64 %1180, 8
  %1182 = add i64 %1181, 3
  %1183 = add i64 %1104, %1182
  %1184 = getelementptr inbounds float, float* %1, i64 %1183
  %1185 = load float, float* %1184, align 4
  %1186 = insertelement <8 x float> undef, float %1185, i32 0
  %splat98 = shufflevector <8 x float> %1186, <8 x float> undef, <8 x i32> zeroinitializer
  %1187 = load <8 x float>, <8 x float>* %7, align 32
  %1188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1175, <8 x float> %1187)
  store <8 x float> %1188, <8 x float>* %7, align 32
  %1189 = load <8 x float>, <8 x float>* %6, align 32
  %1190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1179, <8 x float> %1189)
  store <8 x float> %1190, <8 x float>* %6, align 32
  %1191 = add i64 %1111, 32
  %1192 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1191
  %1193 = bitcast float* %1192 to <8 x float>*
  %1194 = load <8 x float>, <8 x float>* %1193, align 4
  %1195 = add i64 %1111, 18464
  %1196 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1195
  %1197 = bitcast float* %1196 to <8 x float>*
  %1198 = load <8 x float>, <8 x float>* %1197, align 4
  %1199 = add i64 %1107, 0
  %1200 = mul i64 %1199, 8
  %1201 = add i64 %1200, 4
  %1202 = add i64 %1104, %1201
  %1203 = getelementptr inbounds float, float* %1, i64 %1202
  %1204 = load float, float* %1203, align 4
  %1205 = insertelement <8 x float> undef, float %1204, i32 0
  %splat99 = shufflevector <8 x float> %1205, <8 x float> undef, <8 x i32> zeroinitializer
  %1206 = load <8 x float>, <8 x float>* %7, align 32
  %1207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1194, <8 x float> %1206)
  store <8 x float> %1207, <8 x float>* %7, align 32
  %1208 = load <8 x float>, <8 x float>* %6, align 32
  %1209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1198, <8 x float> %1208)
  store <8 x float> %1209, <8 x float>* %6, align 32
  %1210 = add i64 %1111, 40
  %1211 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1210
  %1212 = bitcast float* %1211 to <8 x float>*
  %1213 = load <8 x float>, <8 x float>* %1212, align 4
  %1214 = add i64 %1111, 18472
  %1215 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1214
  %1216 = bitcast float* %1215 to <8 x float>*
  %1217 = load <8 x float>, <8 x float>* %1216, align 4
  %1218 = add i64 %1107, 0
  %1219 = mul i64 %1218, 8
  %1220 = add i64 %1219, 5
  %1221 = add i64 %1104, %1220
  %1222 = getelementptr inbounds float, float* %1, i64 %1221
  %1223 = load float, float* %1222, align 4
  %1224 = insertelement <8 x float> undef, float %1223, i32 0
  %splat100 = shufflevector <8 x float> %1224, <8 x float> undef, <8 x i32> zeroinitializer
  %1225 = load <8 x float>, <8 x float>* %7, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1213, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %7, align 32
  %1227 = load <8 x float>, <8 x float>* %6, align 32
  %1228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1217, <8 x float> %1227)
  store <8 x float> %1228, <8 x float>* %6, align 32
  %1229 = add i64 %1111, 48
  %1230 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1229
  %1231 = bitcast float* %1230 to <8 x float>*
  %1232 = load <8 x float>, <8 x float>* %1231, align 4
  %1233 = add i64 %1111, 18480
  %1234 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1233
  %1235 = bitcast float* %1234 to <8 x float>*
  %1236 = load <8 x float>, <8 x float>* %1235, align 4
  %1237 = add i64 %1107, 0
  %1238 = mul i64 %1237, 8
  %1239 = add i64 %1238, 6
  %1240 = add i64 %1104, %1239
  %1241 = getelementptr inbounds float, float* %1, i64 %1240
  %1242 = load float, float* %1241, align 4
  %1243 = insertelement <8 x float> undef, float %1242, i32 0
  %splat101 = shufflevector <8 x float> %1243, <8 x float> undef, <8 x i32> zeroinitializer
  %1244 = load <8 x float>, <8 x float>* %7, align 32
  %1245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1232, <8 x float> %1244)
  store <8 x float> %1245, <8 x float>* %7, align 32
  %1246 = load <8 x float>, <8 x float>* %6, align 32
  %1247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1236, <8 x float> %1246)
  store <8 x float> %1247, <8 x float>* %6, align 32
  %1248 = add i64 %1111, 56
  %1249 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1248
  %1250 = bitcast float* %1249 to <8 x float>*
  %1251 = load <8 x float>, <8 x float>* %1250, align 4
  %1252 = add i64 %1111, 18488
  %1253 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %1252
  %1254 = bitcast float* %1253 to <8 x float>*
  %1255 = load <8 x float>, <8 x float>* %1254, align 4
  %1256 = add i64 %1107, 0
  %1257 = mul i64 %1256, 8
  %1258 = add i64 %1257, 7
  %1259 = add i64 %1104, %1258
  %1260 = getelementptr inbounds float, float* %1, i64 %1259
  %1261 = load float, float* %1260, align 4
  %1262 = insertelement <8 x float> undef, float %1261, i32 0
  %splat102 = shufflevector <8 x float> %1262, <8 x float> undef, <8 x i32> zeroinitializer
  %1263 = load <8 x float>, <8 x float>* %7, align 32
  %1264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1251, <8 x float> %1263)
  store <8 x float> %1264, <8 x float>* %7, align 32
  %1265 = load <8 x float>, <8 x float>* %6, align 32
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1255, <8 x float> %1265)
  store <8 x float> %1266, <8 x float>* %6, align 32
  br label %endif94

endif94:                                          ; preds = %then93, %kw.body90
  %kw.next103 = add i64 %kw92, 1
  br label %kw.header89
}

; Function Attrs: nounwind
define internal void @node5.conv2d_4.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node5.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 28
  %9 = srem i64 %task, 28
  %10 = mul i64 %8, 25088
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 28
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 224
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 56
  %22 = select i1 %21, i64 %20, i64 56
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 56
  %25 = select i1 %24, i64 %23, i64 56
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 28
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 56
  %34 = select i1 %33, i64 %32, i64 56
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 56
  %37 = select i1 %36, i64 %35, i64 56
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
  %45 = mul i64 %r, 56
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
define internal void @node6.maxPool2d_3.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node6.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %27 = srem i64 %task, 32
  %28 = sdiv i64 %task, 32
  %29 = srem i64 %28, 28
  %30 = sdiv i64 %task, 896
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 64
  %34 = mul i64 %27, 2
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 32
  %37 = mul i64 %31, 32
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 6272
  %40 = mul i64 %31, 64
  %41 = mul i64 %27, 2
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 18432
  %44 = mul i64 %29, 1
  %45 = sub i64 %44, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 25
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %35, 0
  %48 = mul i64 %47, 8
  %49 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  store <8 x float> %51, <8 x float>* %25, align 32
  store <8 x float> %51, <8 x float>* %24, align 32
  store <8 x float> %51, <8 x float>* %23, align 32
  store <8 x float> %51, <8 x float>* %22, align 32
  store <8 x float> %51, <8 x float>* %21, align 32
  store <8 x float> %51, <8 x float>* %20, align 32
  %52 = add i64 %35, 1
  %53 = mul i64 %52, 8
  %54 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  store <8 x float> %56, <8 x float>* %19, align 32
  store <8 x float> %56, <8 x float>* %18, align 32
  store <8 x float> %56, <8 x float>* %17, align 32
  store <8 x float> %56, <8 x float>* %16, align 32
  store <8 x float> %56, <8 x float>* %15, align 32
  store <8 x float> %56, <8 x float>* %14, align 32
  %57 = mul i64 %x, 1
  %58 = sub i64 %57, 1
  br label %u.header

x.exit:                                           ; preds = %x.header
  %59 = add i64 %35, 0
  %60 = mul i64 %59, 8
  %61 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  store <8 x float> %63, <8 x float>* %13, align 32
  store <8 x float> %63, <8 x float>* %12, align 32
  %64 = add i64 %35, 1
  %65 = mul i64 %64, 8
  %66 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  store <8 x float> %68, <8 x float>* %11, align 32
  store <8 x float> %68, <8 x float>* %10, align 32
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %69 = icmp slt i64 %u, 32
  br i1 %69, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %70 = mul i64 %u, 6272
  %71 = add i64 %39, %70
  %72 = mul i64 %u, 576
  %73 = add i64 %43, %72
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %74 = add i64 %x, 0
  %75 = mul i64 %32, 64
  %76 = add i64 %75, %35
  %77 = add i64 %76, 0
  %78 = mul i64 %77, 28
  %79 = add i64 %78, %29
  %80 = mul i64 %79, 28
  %81 = add i64 %80, %74
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %25, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 1
  %89 = mul i64 %32, 64
  %90 = add i64 %89, %35
  %91 = add i64 %90, 0
  %92 = mul i64 %91, 28
  %93 = add i64 %92, %29
  %94 = mul i64 %93, 28
  %95 = add i64 %94, %88
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %24, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 2
  %103 = mul i64 %32, 64
  %104 = add i64 %103, %35
  %105 = add i64 %104, 0
  %106 = mul i64 %105, 28
  %107 = add i64 %106, %29
  %108 = mul i64 %107, 28
  %109 = add i64 %108, %102
  %110 = mul i64 %109, 8
  %111 = load <8 x float>, <8 x float>* %23, align 32
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %x, 3
  %117 = mul i64 %32, 64
  %118 = add i64 %117, %35
  %119 = add i64 %118, 0
  %120 = mul i64 %119, 28
  %121 = add i64 %120, %29
  %122 = mul i64 %121, 28
  %123 = add i64 %122, %116
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %22, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = add i64 %x, 4
  %131 = mul i64 %32, 64
  %132 = add i64 %131, %35
  %133 = add i64 %132, 0
  %134 = mul i64 %133, 28
  %135 = add i64 %134, %29
  %136 = mul i64 %135, 28
  %137 = add i64 %136, %130
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %21, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 5
  %145 = mul i64 %32, 64
  %146 = add i64 %145, %35
  %147 = add i64 %146, 0
  %148 = mul i64 %147, 28
  %149 = add i64 %148, %29
  %150 = mul i64 %149, 28
  %151 = add i64 %150, %144
  %152 = mul i64 %151, 8
  %153 = load <8 x float>, <8 x float>* %20, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = getelementptr inbounds float, float* %0, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 0
  %159 = mul i64 %32, 64
  %160 = add i64 %159, %35
  %161 = add i64 %160, 1
  %162 = mul i64 %161, 28
  %163 = add i64 %162, %29
  %164 = mul i64 %163, 28
  %165 = add i64 %164, %158
  %166 = mul i64 %165, 8
  %167 = load <8 x float>, <8 x float>* %19, align 32
  %168 = fcmp ogt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> %167, <8 x float> zeroinitializer
  %170 = getelementptr inbounds float, float* %0, i64 %166
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %169, <8 x float>* %171, align 4
  %172 = add i64 %x, 1
  %173 = mul i64 %32, 64
  %174 = add i64 %173, %35
  %175 = add i64 %174, 1
  %176 = mul i64 %175, 28
  %177 = add i64 %176, %29
  %178 = mul i64 %177, 28
  %179 = add i64 %178, %172
  %180 = mul i64 %179, 8
  %181 = load <8 x float>, <8 x float>* %18, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = getelementptr inbounds float, float* %0, i64 %180
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %183, <8 x float>* %185, align 4
  %186 = add i64 %x, 2
  %187 = mul i64 %32, 64
  %188 = add i64 %187, %35
  %189 = add i64 %188, 1
  %190 = mul i64 %189, 28
  %191 = add i64 %190, %29
  %192 = mul i64 %191, 28
  %193 = add i64 %192, %186
  %194 = mul i64 %193, 8
  %195 = load <8 x float>, <8 x float>* %17, align 32
  %196 = fcmp ogt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> %195, <8 x float> zeroinitializer
  %198 = getelementptr inbounds float, float* %0, i64 %194
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = add i64 %x, 3
  %201 = mul i64 %32, 64
  %202 = add i64 %201, %35
  %203 = add i64 %202, 1
  %204 = mul i64 %203, 28
  %205 = add i64 %204, %29
  %206 = mul i64 %205, 28
  %207 = add i64 %206, %200
  %208 = mul i64 %207, 8
  %209 = load <8 x float>, <8 x float>* %16, align 32
  %210 = fcmp ogt <8 x float> %209, zeroinitializer
  %211 = select <8 x i1> %210, <8 x float> %209, <8 x float> zeroinitializer
  %212 = getelementptr inbounds float, float* %0, i64 %208
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %214 = add i64 %x, 4
  %215 = mul i64 %32, 64
  %216 = add i64 %215, %35
  %217 = add i64 %216, 1
  %218 = mul i64 %217, 28
  %219 = add i64 %218, %29
  %220 = mul i64 %219, 28
  %221 = add i64 %220, %214
  %222 = mul i64 %221, 8
  %223 = load <8 x float>, <8 x float>* %15, align 32
  %224 = fcmp ogt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> %223, <8 x float> zeroinitializer
  %226 = getelementptr inbounds float, float* %0, i64 %222
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %225, <8 x float>* %227, align 4
  %228 = add i64 %x, 5
  %229 = mul i64 %32, 64
  %230 = add i64 %229, %35
  %231 = add i64 %230, 1
  %232 = mul i64 %231, 28
  %233 = add i64 %232, %29
  %234 = mul i64 %233, 28
  %235 = add i64 %234, %228
  %236 = mul i64 %235, 8
  %237 = load <8 x float>, <8 x float>* %14, align 32
  %238 = fcmp ogt <8 x float> %237, zeroinitializer
  %239 = select <8 x i1> %238, <8 x float> %237, <8 x float> zeroinitializer
  %240 = getelementptr inbounds float, float* %0, i64 %236
  %241 = bitcast float* %240 to <8 x float>*
  store <8 x float> %239, <8 x float>* %241, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %242 = icmp slt i64 %kh, 3
  br i1 %242, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %243 = mul i64 %kh, 1
  %244 = add i64 %45, %243
  %245 = icmp sge i64 %244, 0
  %246 = icmp slt i64 %244, 28
  %247 = and i1 %245, %246
  br i1 %247, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %248 = mul i64 %244, 224
  %249 = add i64 %71, %248
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %250 = icmp slt i64 %kw, 3
  br i1 %250, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %251 = mul i64 %kw, 1
  %252 = add i64 %58, %251
  %253 = mul i64 %kh, 3
  %254 = add i64 %253, %kw
  %255 = mul i64 %254, 64
  %256 = add i64 %73, %255
  %257 = add i64 %256, 0
  %258 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %257
  %259 = bitcast float* %258 to <8 x float>*
  %260 = load <8 x float>, <8 x float>* %259, align 4
  %261 = add i64 %256, 18432
  %262 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = add i64 %252, 0
  %266 = mul i64 %265, 8
  %267 = add i64 %266, 0
  %268 = add i64 %249, %267
  %269 = getelementptr inbounds float, float* %1, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %25, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %260, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %25, align 32
  %274 = load <8 x float>, <8 x float>* %19, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %264, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %19, align 32
  %276 = add i64 %252, 1
  %277 = mul i64 %276, 8
  %278 = add i64 %277, 0
  %279 = add i64 %249, %278
  %280 = getelementptr inbounds float, float* %1, i64 %279
  %281 = load float, float* %280, align 4
  %282 = insertelement <8 x float> undef, float %281, i32 0
  %splat1 = shufflevector <8 x float> %282, <8 x float> undef, <8 x i32> zeroinitializer
  %283 = load <8 x float>, <8 x float>* %24, align 32
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %260, <8 x float> %283)
  store <8 x float> %284, <8 x float>* %24, align 32
  %285 = load <8 x float>, <8 x float>* %18, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %264, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %18, align 32
  %287 = add i64 %252, 2
  %288 = mul i64 %287, 8
  %289 = add i64 %288, 0
  %290 = add i64 %249, %289
  %291 = getelementptr inbounds float, float* %1, i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> undef, float %292, i32 0
  %splat2 = shufflevector <8 x float> %293, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, <8 x float>* %23, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %260, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %23, align 32
  %296 = load <8 x float>, <8 x float>* %17, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %264, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %17, align 32
  %298 = add i64 %252, 3
  %299 = mul i64 %298, 8
  %300 = add i64 %299, 0
  %301 = add i64 %249, %300
  %302 = getelementptr inbounds float, float* %1, i64 %301
  %303 = load float, float* %302, align 4
  %304 = insertelement <8 x float> undef, float %303, i32 0
  %splat3 = shufflevector <8 x float> %304, <8 x float> undef, <8 x i32> zeroinitializer
  %305 = load <8 x float>, <8 x float>* %22, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %260, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %22, align 32
  %307 = load <8 x float>, <8 x float>* %16, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %264, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %16, align 32
  %309 = add i64 %252, 4
  %310 = mul i64 %309, 8
  %311 = add i64 %310, 0
  %312 = add i64 %249, %311
  %313 = getelementptr inbounds float, float* %1, i64 %312
  %314 = load float, float* %313, align 4
  %315 = insertelement <8 x float> undef, float %314, i32 0
  %splat4 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %21, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %260, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %21, align 32
  %318 = load <8 x float>, <8 x float>* %15, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %264, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %15, align 32
  %320 = add i64 %252, 5
  %321 = mul i64 %320, 8
  %322 = add i64 %321, 0
  %323 = add i64 %249, %322
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat5 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %20, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %260, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %20, align 32
  %329 = load <8 x float>, <8 x float>* %14, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %264, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %14, align 32
  %331 = add i64 %256, 8
  %332 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = add i64 %256, 18440
  %336 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  %338 = load <8 x float>, <8 x float>* %337, align 4
  %339 = add i64 %252, 0
  %340 = mul i64 %339, 8
  %341 = add i64 %340, 1
  %342 = add i64 %249, %341
  %343 = getelementptr inbounds float, float* %1, i64 %342
  %344 = load float, float* %343, align 4
  %345 = insertelement <8 x float> undef, float %344, i32 0
  %splat6 = shufflevector <8 x float> %345, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = load <8 x float>, <8 x float>* %25, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %334, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %25, align 32
  %348 = load <8 x float>, <8 x float>* %19, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %338, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %19, align 32
  %350 = add i64 %252, 1
  %351 = mul i64 %350, 8
  %352 = add i64 %351, 1
  %353 = add i64 %249, %352
  %354 = getelementptr inbounds float, float* %1, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat7 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %24, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %334, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %24, align 32
  %359 = load <8 x float>, <8 x float>* %18, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %338, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %18, align 32
  %361 = add i64 %252, 2
  %362 = mul i64 %361, 8
  %363 = add i64 %362, 1
  %364 = add i64 %249, %363
  %365 = getelementptr inbounds float, float* %1, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat8 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %23, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %334, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %23, align 32
  %370 = load <8 x float>, <8 x float>* %17, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %338, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %17, align 32
  %372 = add i64 %252, 3
  %373 = mul i64 %372, 8
  %374 = add i64 %373, 1
  %375 = add i64 %249, %374
  %376 = getelementptr inbounds float, float* %1, i64 %375
  %377 = load float, float* %376, align 4
  %378 = insertelement <8 x float> undef, float %377, i32 0
  %splat9 = shufflevector <8 x float> %378, <8 x float> undef, <8 x i32> zeroinitializer
  %379 = load <8 x float>, <8 x float>* %22, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %334, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %22, align 32
  %381 = load <8 x float>, <8 x float>* %16, align 32
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %338, <8 x float> %381)
  store <8 x float> %382, <8 x float>* %16, align 32
  %383 = add i64 %252, 4
  %384 = mul i64 %383, 8
  %385 = add i64 %384, 1
  %386 = add i64 %249, %385
  %387 = getelementptr inbounds float, float* %1, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat10 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %21, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %334, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %21, align 32
  %392 = load <8 x float>, <8 x float>* %15, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %338, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %15, align 32
  %394 = add i64 %252, 5
  %395 = mul i64 %394, 8
  %396 = add i64 %395, 1
  %397 = add i64 %249, %396
  %398 = getelementptr inbounds float, float* %1, i64 %397
  %399 = load float, float* %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %splat11 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = load <8 x float>, <8 x float>* %20, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %334, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %20, align 32
  %403 = load <8 x float>, <8 x float>* %14, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %338, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %14, align 32
  %405 = add i64 %256, 16
  %406 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %405
  %407 = bitcast float* %406 to <8 x float>*
  %408 = load <8 x float>, <8 x float>* %407, align 4
  %409 = add i64 %256, 18448
  %410 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  %412 = load <8 x float>, <8 x float>* %411, align 4
  %413 = add i64 %252, 0
  %414 = mul i64 %413, 8
  %415 = add i64 %414, 2
  %416 = add i64 %249, %415
  %417 = getelementptr inbounds float, float* %1, i64 %416
  %418 = load float, float* %417, align 4
  %419 = insertelement <8 x float> undef, float %418, i32 0
  %splat12 = shufflevector <8 x float> %419, <8 x float> undef, <8 x i32> zeroinitializer
  %420 = load <8 x float>, <8 x float>* %25, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %408, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %25, align 32
  %422 = load <8 x float>, <8 x float>* %19, align 32
  %423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %412, <8 x float> %422)
  store <8 x float> %423, <8 x float>* %19, align 32
  %424 = add i64 %252, 1
  %425 = mul i64 %424, 8
  %426 = add i64 %425, 2
  %427 = add i64 %249, %426
  %428 = getelementptr inbounds float, float* %1, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat13 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %24, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %408, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %24, align 32
  %433 = load <8 x float>, <8 x float>* %18, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %412, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %18, align 32
  %435 = add i64 %252, 2
  %436 = mul i64 %435, 8
  %437 = add i64 %436, 2
  %438 = add i64 %249, %437
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat14 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %23, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %408, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %23, align 32
  %444 = load <8 x float>, <8 x float>* %17, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %412, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %17, align 32
  %446 = add i64 %252, 3
  %447 = mul i64 %446, 8
  %448 = add i64 %447, 2
  %449 = add i64 %249, %448
  %450 = getelementptr inbounds float, float* %1, i64 %449
  %451 = load float, float* %450, align 4
  %452 = insertelement <8 x float> undef, float %451, i32 0
  %splat15 = shufflevector <8 x float> %452, <8 x float> undef, <8 x i32> zeroinitializer
  %453 = load <8 x float>, <8 x float>* %22, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %408, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %22, align 32
  %455 = load <8 x float>, <8 x float>* %16, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %412, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %16, align 32
  %457 = add i64 %252, 4
  %458 = mul i64 %457, 8
  %459 = add i64 %458, 2
  %460 = add i64 %249, %459
  %461 = getelementptr inbounds float, float* %1, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat16 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %21, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %408, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %21, align 32
  %466 = load <8 x float>, <8 x float>* %15, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %412, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %15, align 32
  %468 = add i64 %252, 5
  %469 = mul i64 %468, 8
  %470 = add i64 %469, 2
  %471 = add i64 %249, %470
  %472 = getelementptr inbounds float, float* %1, i64 %471
  %473 = load float, float* %472, align 4
  %474 = insertelement <8 x float> undef, float %473, i32 0
  %splat17 = shufflevector <8 x float> %474, <8 x float> undef, <8 x i32> zeroinitializer
  %475 = load <8 x float>, <8 x float>* %20, align 32
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %408, <8 x float> %475)
  store <8 x float> %476, <8 x float>* %20, align 32
  %477 = load <8 x float>, <8 x float>* %14, align 32
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %412, <8 x float> %477)
  store <8 x float> %478, <8 x float>* %14, align 32
  %479 = add i64 %256, 24
  %480 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  %482 = load <8 x float>, <8 x float>* %481, align 4
  %483 = add i64 %256, 18456
  %484 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = load <8 x float>, <8 x float>* %485, align 4
  %487 = add i64 %252, 0
  %488 = mul i64 %487, 8
  %489 = add i64 %488, 3
  %490 = add i64 %249, %489
  %491 = getelementptr inbounds float, float* %1, i64 %490
  %492 = load float, float* %491, align 4
  %493 = insertelement <8 x float> undef, float %492, i32 0
  %splat18 = shufflevector <8 x float> %493, <8 x float> undef, <8 x i32> zeroinitializer
  %494 = load <8 x float>, <8 x float>* %25, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %482, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %25, align 32
  %496 = load <8 x float>, <8 x float>* %19, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %486, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %19, align 32
  %498 = add i64 %252, 1
  %499 = mul i64 %498, 8
  %500 = add i64 %499, 3
  %501 = add i64 %249, %500
  %502 = getelementptr inbounds float, float* %1, i64 %501
  %503 = load float, float* %502, align 4
  %504 = insertelement <8 x float> undef, float %503, i32 0
  %splat19 = shufflevector <8 x float> %504, <8 x float> undef, <8 x i32> zeroinitializer
  %505 = load <8 x float>, <8 x float>* %24, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %482, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %24, align 32
  %507 = load <8 x float>, <8 x float>* %18, align 32
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %486, <8 x float> %507)
  store <8 x float> %508, <8 x float>* %18, align 32
  %509 = add i64 %252, 2
  %510 = mul i64 %509, 8
  %511 = add i64 %510, 3
  %512 = add i64 %249, %511
  %513 = getelementptr inbounds float, float* %1, i64 %512
  %514 = load float, float* %513, align 4
  %515 = insertelement <8 x float> undef, float %514, i32 0
  %splat20 = shufflevector <8 x float> %515, <8 x float> undef, <8 x i32> zeroinitializer
  %516 = load <8 x float>, <8 x float>* %23, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %482, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %23, align 32
  %518 = load <8 x float>, <8 x float>* %17, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %486, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %17, align 32
  %520 = add i64 %252, 3
  %521 = mul i64 %520, 8
  %522 = add i64 %521, 3
  %523 = add i64 %249, %522
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat21 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %22, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %482, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %22, align 32
  %529 = load <8 x float>, <8 x float>* %16, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %486, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %16, align 32
  %531 = add i64 %252, 4
  %532 = mul i64 %531, 8
  %533 = add i64 %532, 3
  %534 = add i64 %249, %533
  %535 = getelementptr inbounds float, float* %1, i64 %534
  %536 = load float, float* %535, align 4
  %537 = insertelement <8 x float> undef, float %536, i32 0
  %splat22 = shufflevector <8 x float> %537, <8 x float> undef, <8 x i32> zeroinitializer
  %538 = load <8 x float>, <8 x float>* %21, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %482, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %21, align 32
  %540 = load <8 x float>, <8 x float>* %15, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %486, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %15, align 32
  %542 = add i64 %252, 5
  %543 = mul i64 %542, 8
  %544 = add i64 %543, 3
  %545 = add i64 %249, %544
  %546 = getelementptr inbounds float, float* %1, i64 %545
  %547 = load float, float* %546, align 4
  %548 = insertelement <8 x float> undef, float %547, i32 0
  %splat23 = shufflevector <8 x float> %548, <8 x float> undef, <8 x i32> zeroinitializer
  %549 = load <8 x float>, <8 x float>* %20, align 32
  %550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %482, <8 x float> %549)
  store <8 x float> %550, <8 x float>* %20, align 32
  %551 = load <8 x float>, <8 x float>* %14, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %486, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %14, align 32
  %553 = add i64 %256, 32
  %554 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %553
  %555 = bitcast float* %554 to <8 x float>*
  %556 = load <8 x float>, <8 x float>* %555, align 4
  %557 = add i64 %256, 18464
  %558 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %557
  %559 = bitcast float* %558 to <8 x float>*
  %560 = load <8 x float>, <8 x float>* %559, align 4
  %561 = add i64 %252, 0
  %562 = mul i64 %561, 8
  %563 = add i64 %562, 4
  %564 = add i64 %249, %563
  %565 = getelementptr inbounds float, float* %1, i64 %564
  %566 = load float, float* %565, align 4
  %567 = insertelement <8 x float> undef, float %566, i32 0
  %splat24 = shufflevector <8 x float> %567, <8 x float> undef, <8 x i32> zeroinitializer
  %568 = load <8 x float>, <8 x float>* %25, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %556, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %25, align 32
  %570 = load <8 x float>, <8 x float>* %19, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %560, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %19, align 32
  %572 = add i64 %252, 1
  %573 = mul i64 %572, 8
  %574 = add i64 %573, 4
  %575 = add i64 %249, %574
  %576 = getelementptr inbounds float, float* %1, i64 %575
  %577 = load float, float* %576, align 4
  %578 = insertelement <8 x float> undef, float %577, i32 0
  %splat25 = shufflevector <8 x float> %578, <8 x float> undef, <8 x i32> zeroinitializer
  %579 = load <8 x float>, <8 x float>* %24, align 32
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %556, <8 x float> %579)
  store <8 x float> %580, <8 x float>* %24, align 32
  %581 = load <8 x float>, <8 x float>* %18, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %560, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %18, align 32
  %583 = add i64 %252, 2
  %584 = mul i64 %583, 8
  %585 = add i64 %584, 4
  %586 = add i64 %249, %585
  %587 = getelementptr inbounds float, float* %1, i64 %586
  %588 = load float, float* %587, align 4
  %589 = insertelement <8 x float> undef, float %588, i32 0
  %splat26 = shufflevector <8 x float> %589, <8 x float> undef, <8 x i32> zeroinitializer
  %590 = load <8 x float>, <8 x float>* %23, align 32
  %591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %556, <8 x float> %590)
  store <8 x float> %591, <8 x float>* %23, align 32
  %592 = load <8 x float>, <8 x float>* %17, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %560, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %17, align 32
  %594 = add i64 %252, 3
  %595 = mul i64 %594, 8
  %596 = add i64 %595, 4
  %597 = add i64 %249, %596
  %598 = getelementptr inbounds float, float* %1, i64 %597
  %599 = load float, float* %598, align 4
  %600 = insertelement <8 x float> undef, float %599, i32 0
  %splat27 = shufflevector <8 x float> %600, <8 x float> undef, <8 x i32> zeroinitializer
  %601 = load <8 x float>, <8 x float>* %22, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %556, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %22, align 32
  %603 = load <8 x float>, <8 x float>* %16, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %560, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %16, align 32
  %605 = add i64 %252, 4
  %606 = mul i64 %605, 8
  %607 = add i64 %606, 4
  %608 = add i64 %249, %607
  %609 = getelementptr inbounds float, float* %1, i64 %608
  %610 = load float, float* %609, align 4
  %611 = insertelement <8 x float> undef, float %610, i32 0
  %splat28 = shufflevector <8 x float> %611, <8 x float> undef, <8 x i32> zeroinitializer
  %612 = load <8 x float>, <8 x float>* %21, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %556, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %21, align 32
  %614 = load <8 x float>, <8 x float>* %15, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %560, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %15, align 32
  %616 = add i64 %252, 5
  %617 = mul i64 %616, 8
  %618 = add i64 %617, 4
  %619 = add i64 %249, %618
  %620 = getelementptr inbounds float, float* %1, i64 %619
  %621 = load float, float* %620, align 4
  %622 = insertelement <8 x float> undef, float %621, i32 0
  %splat29 = shufflevector <8 x float> %622, <8 x float> undef, <8 x i32> zeroinitializer
  %623 = load <8 x float>, <8 x float>* %20, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %556, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %20, align 32
  %625 = load <8 x float>, <8 x float>* %14, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %560, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %14, align 32
  %627 = add i64 %256, 40
  %628 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %627
  %629 = bitcast float* %628 to <8 x float>*
  %630 = load <8 x float>, <8 x float>* %629, align 4
  %631 = add i64 %256, 18472
  %632 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %631
  %633 = bitcast float* %632 to <8 x float>*
  %634 = load <8 x float>, <8 x float>* %633, align 4
  %635 = add i64 %252, 0
  %636 = mul i64 %635, 8
  %637 = add i64 %636, 5
  %638 = add i64 %249, %637
  %639 = getelementptr inbounds float, float* %1, i64 %638
  %640 = load float, float* %639, align 4
  %641 = insertelement <8 x float> undef, float %640, i32 0
  %splat30 = shufflevector <8 x float> %641, <8 x float> undef, <8 x i32> zeroinitializer
  %642 = load <8 x float>, <8 x float>* %25, align 32
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %630, <8 x float> %642)
  store <8 x float> %643, <8 x float>* %25, align 32
  %644 = load <8 x float>, <8 x float>* %19, align 32
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %634, <8 x float> %644)
  store <8 x float> %645, <8 x float>* %19, align 32
  %646 = add i64 %252, 1
  %647 = mul i64 %646, 8
  %648 = add i64 %647, 5
  %649 = add i64 %249, %648
  %650 = getelementptr inbounds float, float* %1, i64 %649
  %651 = load float, float* %650, align 4
  %652 = insertelement <8 x float> undef, float %651, i32 0
  %splat31 = shufflevector <8 x float> %652, <8 x float> undef, <8 x i32> zeroinitializer
  %653 = load <8 x float>, <8 x float>* %24, align 32
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %630, <8 x float> %653)
  store <8 x float> %654, <8 x float>* %24, align 32
  %655 = load <8 x float>, <8 x float>* %18, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %634, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %18, align 32
  %657 = add i64 %252, 2
  %658 = mul i64 %657, 8
  %659 = add i64 %658, 5
  %660 = add i64 %249, %659
  %661 = getelementptr inbounds float, float* %1, i64 %660
  %662 = load float, float* %661, align 4
  %663 = insertelement <8 x float> undef, float %662, i32 0
  %splat32 = shufflevector <8 x float> %663, <8 x float> undef, <8 x i32> zeroinitializer
  %664 = load <8 x float>, <8 x float>* %23, align 32
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %630, <8 x float> %664)
  store <8 x float> %665, <8 x float>* %23, align 32
  %666 = load <8 x float>, <8 x float>* %17, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %634, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %17, align 32
  %668 = add i64 %252, 3
  %669 = mul i64 %668, 8
  %670 = add i64 %669, 5
  %671 = add i64 %249, %670
  %672 = getelementptr inbounds float, float* %1, i64 %671
  %673 = load float, float* %672, align 4
  %674 = insertelement <8 x float> undef, float %673, i32 0
  %splat33 = shufflevector <8 x float> %674, <8 x float> undef, <8 x i32> zeroinitializer
  %675 = load <8 x float>, <8 x float>* %22, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %630, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %22, align 32
  %677 = load <8 x float>, <8 x float>* %16, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %634, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %16, align 32
  %679 = add i64 %252, 4
  %680 = mul i64 %679, 8
  %681 = add i64 %680, 5
  %682 = add i64 %249, %681
  %683 = getelementptr inbounds float, float* %1, i64 %682
  %684 = load float, float* %683, align 4
  %685 = insertelement <8 x float> undef, float %684, i32 0
  %splat34 = shufflevector <8 x float> %685, <8 x float> undef, <8 x i32> zeroinitializer
  %686 = load <8 x float>, <8 x float>* %21, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %630, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %21, align 32
  %688 = load <8 x float>, <8 x float>* %15, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %634, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %15, align 32
  %690 = add i64 %252, 5
  %691 = mul i64 %690, 8
  %692 = add i64 %691, 5
  %693 = add i64 %249, %692
  %694 = getelementptr inbounds float, float* %1, i64 %693
  %695 = load float, float* %694, align 4
  %696 = insertelement <8 x float> undef, float %695, i32 0
  %splat35 = shufflevector <8 x float> %696, <8 x float> undef, <8 x i32> zeroinitializer
  %697 = load <8 x float>, <8 x float>* %20, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %630, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %20, align 32
  %699 = load <8 x float>, <8 x float>* %14, align 32
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %634, <8 x float> %699)
  store <8 x float> %700, <8 x float>* %14, align 32
  %701 = add i64 %256, 48
  %702 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %701
  %703 = bitcast float* %702 to <8 x float>*
  %704 = load <8 x float>, <8 x float>* %703, align 4
  %705 = add i64 %256, 18480
  %706 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %705
  %707 = bitcast float* %706 to <8 x float>*
  %708 = load <8 x float>, <8 x float>* %707, align 4
  %709 = add i64 %252, 0
  %710 = mul i64 %709, 8
  %711 = add i64 %710, 6
  %712 = add i64 %249, %711
  %713 = getelementptr inbounds float, float* %1, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat36 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %25, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %704, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %25, align 32
  %718 = load <8 x float>, <8 x float>* %19, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %708, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %19, align 32
  %720 = add i64 %252, 1
  %721 = mul i64 %720, 8
  %722 = add i64 %721, 6
  %723 = add i64 %249, %722
  %724 = getelementptr inbounds float, float* %1, i64 %723
  %725 = load float, float* %724, align 4
  %726 = insertelement <8 x float> undef, float %725, i32 0
  %splat37 = shufflevector <8 x float> %726, <8 x float> undef, <8 x i32> zeroinitializer
  %727 = load <8 x float>, <8 x float>* %24, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %704, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %24, align 32
  %729 = load <8 x float>, <8 x float>* %18, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %708, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %18, align 32
  %731 = add i64 %252, 2
  %732 = mul i64 %731, 8
  %733 = add i64 %732, 6
  %734 = add i64 %249, %733
  %735 = getelementptr inbounds float, float* %1, i64 %734
  %736 = load float, float* %735, align 4
  %737 = insertelement <8 x float> undef, float %736, i32 0
  %splat38 = shufflevector <8 x float> %737, <8 x float> undef, <8 x i32> zeroinitializer
  %738 = load <8 x float>, <8 x float>* %23, align 32
  %739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %704, <8 x float> %738)
  store <8 x float> %739, <8 x float>* %23, align 32
  %740 = load <8 x float>, <8 x float>* %17, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %708, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %17, align 32
  %742 = add i64 %252, 3
  %743 = mul i64 %742, 8
  %744 = add i64 %743, 6
  %745 = add i64 %249, %744
  %746 = getelementptr inbounds float, float* %1, i64 %745
  %747 = load float, float* %746, align 4
  %748 = insertelement <8 x float> undef, float %747, i32 0
  %splat39 = shufflevector <8 x float> %748, <8 x float> undef, <8 x i32> zeroinitializer
  %749 = load <8 x float>, <8 x float>* %22, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %704, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %22, align 32
  %751 = load <8 x float>, <8 x float>* %16, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %708, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %16, align 32
  %753 = add i64 %252, 4
  %754 = mul i64 %753, 8
  %755 = add i64 %754, 6
  %756 = add i64 %249, %755
  %757 = getelementptr inbounds float, float* %1, i64 %756
  %758 = load float, float* %757, align 4
  %759 = insertelement <8 x float> undef, float %758, i32 0
  %splat40 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
  %760 = load <8 x float>, <8 x float>* %21, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %704, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %21, align 32
  %762 = load <8 x float>, <8 x float>* %15, align 32
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %708, <8 x float> %762)
  store <8 x float> %763, <8 x float>* %15, align 32
  %764 = add i64 %252, 5
  %765 = mul i64 %764, 8
  %766 = add i64 %765, 6
  %767 = add i64 %249, %766
  %768 = getelementptr inbounds float, float* %1, i64 %767
  %769 = load float, float* %768, align 4
  %770 = insertelement <8 x float> undef, float %769, i32 0
  %splat41 = shufflevector <8 x float> %770, <8 x float> undef, <8 x i32> zeroinitializer
  %771 = load <8 x float>, <8 x float>* %20, align 32
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %704, <8 x float> %771)
  store <8 x float> %772, <8 x float>* %20, align 32
  %773 = load <8 x float>, <8 x float>* %14, align 32
  %774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %708, <8 x float> %773)
  store <8 x float> %774, <8 x float>* %14, align 32
  %775 = add i64 %256, 56
  %776 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %775
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = add i64 %256, 18488
  %780 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %779
  %781 = bitcast float* %780 to <8 x float>*
  %782 = load <8 x float>, <8 x float>* %781, align 4
  %783 = add i64 %252, 0
  %784 = mul i64 %783, 8
  %785 = add i64 %784, 7
  %786 = add i64 %249, %785
  %787 = getelementptr inbounds float, float* %1, i64 %786
  %788 = load float, float* %787, align 4
  %789 = insertelement <8 x float> undef, float %788, i32 0
  %splat42 = shufflevector <8 x float> %789, <8 x float> undef, <8 x i32> zeroinitializer
  %790 = load <8 x float>, <8 x float>* %25, align 32
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %778, <8 x float> %790)
  store <8 x float> %791, <8 x float>* %25, align 32
  %792 = load <8 x float>, <8 x float>* %19, align 32
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %782, <8 x float> %792)
  store <8 x float> %793, <8 x float>* %19, align 32
  %794 = add i64 %252, 1
  %795 = mul i64 %794, 8
  %796 = add i64 %795, 7
  %797 = add i64 %249, %796
  %798 = getelementptr inbounds float, float* %1, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat43 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %24, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %778, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %24, align 32
  %803 = load <8 x float>, <8 x float>* %18, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %782, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %18, align 32
  %805 = add i64 %252, 2
  %806 = mul i64 %805, 8
  %807 = add i64 %806, 7
  %808 = add i64 %249, %807
  %809 = getelementptr inbounds float, float* %1, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat44 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %23, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %778, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %23, align 32
  %814 = load <8 x float>, <8 x float>* %17, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %782, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %17, align 32
  %816 = add i64 %252, 3
  %817 = mul i64 %816, 8
  %818 = add i64 %817, 7
  %819 = add i64 %249, %818
  %820 = getelementptr inbounds float, float* %1, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat45 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %22, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %778, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %22, align 32
  %825 = load <8 x float>, <8 x float>* %16, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %782, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %16, align 32
  %827 = add i64 %252, 4
  %828 = mul i64 %827, 8
  %829 = add i64 %828, 7
  %830 = add i64 %249, %829
  %831 = getelementptr inbounds float, float* %1, i64 %830
  %832 = load float, float* %831, align 4
  %833 = insertelement <8 x float> undef, float %832, i32 0
  %splat46 = shufflevector <8 x float> %833, <8 x float> undef, <8 x i32> zeroinitializer
  %834 = load <8 x float>, <8 x float>* %21, align 32
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %778, <8 x float> %834)
  store <8 x float> %835, <8 x float>* %21, align 32
  %836 = load <8 x float>, <8 x float>* %15, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %782, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %15, align 32
  %838 = add i64 %252, 5
  %839 = mul i64 %838, 8
  %840 = add i64 %839, 7
  %841 = add i64 %249, %840
  %842 = getelementptr inbounds float, float* %1, i64 %841
  %843 = load float, float* %842, align 4
  %844 = insertelement <8 x float> undef, float %843, i32 0
  %splat47 = shufflevector <8 x float> %844, <8 x float> undef, <8 x i32> zeroinitializer
  %845 = load <8 x float>, <8 x float>* %20, align 32
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %778, <8 x float> %845)
  store <8 x float> %846, <8 x float>* %20, align 32
  %847 = load <8 x float>, <8 x float>* %14, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %782, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %14, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next80, %kh.exit54 ]
  %849 = icmp slt i64 %u51, 32
  br i1 %849, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %850 = mul i64 %u51, 6272
  %851 = add i64 %39, %850
  %852 = mul i64 %u51, 576
  %853 = add i64 %43, %852
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %854 = mul i64 %32, 64
  %855 = add i64 %854, %35
  %856 = add i64 %855, 0
  %857 = mul i64 %856, 28
  %858 = add i64 %857, %29
  %859 = mul i64 %858, 28
  %860 = add i64 %859, 25
  %861 = mul i64 %860, 8
  %862 = load <8 x float>, <8 x float>* %13, align 32
  %863 = fcmp ogt <8 x float> %862, zeroinitializer
  %864 = select <8 x i1> %863, <8 x float> %862, <8 x float> zeroinitializer
  %865 = getelementptr inbounds float, float* %0, i64 %861
  %866 = bitcast float* %865 to <8 x float>*
  store <8 x float> %864, <8 x float>* %866, align 4
  %867 = mul i64 %32, 64
  %868 = add i64 %867, %35
  %869 = add i64 %868, 0
  %870 = mul i64 %869, 28
  %871 = add i64 %870, %29
  %872 = mul i64 %871, 28
  %873 = add i64 %872, 26
  %874 = mul i64 %873, 8
  %875 = load <8 x float>, <8 x float>* %12, align 32
  %876 = fcmp ogt <8 x float> %875, zeroinitializer
  %877 = select <8 x i1> %876, <8 x float> %875, <8 x float> zeroinitializer
  %878 = getelementptr inbounds float, float* %0, i64 %874
  %879 = bitcast float* %878 to <8 x float>*
  store <8 x float> %877, <8 x float>* %879, align 4
  %880 = mul i64 %32, 64
  %881 = add i64 %880, %35
  %882 = add i64 %881, 1
  %883 = mul i64 %882, 28
  %884 = add i64 %883, %29
  %885 = mul i64 %884, 28
  %886 = add i64 %885, 25
  %887 = mul i64 %886, 8
  %888 = load <8 x float>, <8 x float>* %11, align 32
  %889 = fcmp ogt <8 x float> %888, zeroinitializer
  %890 = select <8 x i1> %889, <8 x float> %888, <8 x float> zeroinitializer
  %891 = getelementptr inbounds float, float* %0, i64 %887
  %892 = bitcast float* %891 to <8 x float>*
  store <8 x float> %890, <8 x float>* %892, align 4
  %893 = mul i64 %32, 64
  %894 = add i64 %893, %35
  %895 = add i64 %894, 1
  %896 = mul i64 %895, 28
  %897 = add i64 %896, %29
  %898 = mul i64 %897, 28
  %899 = add i64 %898, 26
  %900 = mul i64 %899, 8
  %901 = load <8 x float>, <8 x float>* %10, align 32
  %902 = fcmp ogt <8 x float> %901, zeroinitializer
  %903 = select <8 x i1> %902, <8 x float> %901, <8 x float> zeroinitializer
  %904 = getelementptr inbounds float, float* %0, i64 %900
  %905 = bitcast float* %904 to <8 x float>*
  store <8 x float> %903, <8 x float>* %905, align 4
  br label %xb.header

kh.header52:                                      ; preds = %endif57, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next79, %endif57 ]
  %906 = icmp slt i64 %kh55, 3
  br i1 %906, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %907 = mul i64 %kh55, 1
  %908 = add i64 %45, %907
  %909 = icmp sge i64 %908, 0
  %910 = icmp slt i64 %908, 28
  %911 = and i1 %909, %910
  br i1 %911, label %then56, label %endif57

kh.exit54:                                        ; preds = %kh.header52
  %u.next80 = add i64 %u51, 1
  br label %u.header48

then56:                                           ; preds = %kh.body53
  %912 = mul i64 %908, 224
  %913 = add i64 %851, %912
  br label %kw.header58

endif57:                                          ; preds = %kw.exit60, %kh.body53
  %kh.next79 = add i64 %kh55, 1
  br label %kh.header52

kw.header58:                                      ; preds = %kw.body59, %then56
  %kw61 = phi i64 [ 0, %then56 ], [ %kw.next78, %kw.body59 ]
  %914 = icmp slt i64 %kw61, 3
  br i1 %914, label %kw.body59, label %kw.exit60

kw.body59:                                        ; preds = %kw.header58
  %915 = mul i64 %kw61, 1
  %916 = add i64 24, %915
  %917 = mul i64 %kh55, 3
  %918 = add i64 %917, %kw61
  %919 = mul i64 %918, 64
  %920 = add i64 %853, %919
  %921 = add i64 %920, 0
  %922 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %921
  %923 = bitcast float* %922 to <8 x float>*
  %924 = load <8 x float>, <8 x float>* %923, align 4
  %925 = add i64 %920, 18432
  %926 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %925
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = add i64 %916, 0
  %930 = mul i64 %929, 8
  %931 = add i64 %930, 0
  %932 = add i64 %913, %931
  %933 = getelementptr inbounds float, float* %1, i64 %932
  %934 = load float, float* %933, align 4
  %935 = insertelement <8 x float> undef, float %934, i32 0
  %splat62 = shufflevector <8 x float> %935, <8 x float> undef, <8 x i32> zeroinitializer
  %936 = load <8 x float>, <8 x float>* %13, align 32
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %924, <8 x float> %936)
  store <8 x float> %937, <8 x float>* %13, align 32
  %938 = load <8 x float>, <8 x float>* %11, align 32
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %928, <8 x float> %938)
  store <8 x float> %939, <8 x float>* %11, align 32
  %940 = add i64 %916, 1
  %941 = mul i64 %940, 8
  %942 = add i64 %941, 0
  %943 = add i64 %913, %942
  %944 = getelementptr inbounds float, float* %1, i64 %943
  %945 = load float, float* %944, align 4
  %946 = insertelement <8 x float> undef, float %945, i32 0
  %splat63 = shufflevector <8 x float> %946, <8 x float> undef, <8 x i32> zeroinitializer
  %947 = load <8 x float>, <8 x float>* %12, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %924, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %12, align 32
  %949 = load <8 x float>, <8 x float>* %10, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %928, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %10, align 32
  %951 = add i64 %920, 8
  %952 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %951
  %953 = bitcast float* %952 to <8 x float>*
  %954 = load <8 x float>, <8 x float>* %953, align 4
  %955 = add i64 %920, 18440
  %956 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %955
  %957 = bitcast float* %956 to <8 x float>*
  %958 = load <8 x float>, <8 x float>* %957, align 4
  %959 = add i64 %916, 0
  %960 = mul i64 %959, 8
  %961 = add i64 %960, 1
  %962 = add i64 %913, %961
  %963 = getelementptr inbounds float, float* %1, i64 %962
  %964 = load float, float* %963, align 4
  %965 = insertelement <8 x float> undef, float %964, i32 0
  %splat64 = shufflevector <8 x float> %965, <8 x float> undef, <8 x i32> zeroinitializer
  %966 = load <8 x float>, <8 x float>* %13, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %954, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %13, align 32
  %968 = load <8 x float>, <8 x float>* %11, align 32
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %958, <8 x float> %968)
  store <8 x float> %969, <8 x float>* %11, align 32
  %970 = add i64 %916, 1
  %971 = mul i64 %970, 8
  %972 = add i64 %971, 1
  %973 = add i64 %913, %972
  %974 = getelementptr inbounds float, float* %1, i64 %973
  %975 = load float, float* %974, align 4
  %976 = insertelement <8 x float> undef, float %975, i32 0
  %splat65 = shufflevector <8 x float> %976, <8 x float> undef, <8 x i32> zeroinitializer
  %977 = load <8 x float>, <8 x float>* %12, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %954, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %12, align 32
  %979 = load <8 x float>, <8 x float>* %10, align 32
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %958, <8 x float> %979)
  store <8 x float> %980, <8 x float>* %10, align 32
  %981 = add i64 %920, 16
  %982 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %981
  %983 = bitcast float* %982 to <8 x float>*
  %984 = load <8 x float>, <8 x float>* %983, align 4
  %985 = add i64 %920, 18448
  %986 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %985
  %987 = bitcast float* %986 to <8 x float>*
  %988 = load <8 x float>, <8 x float>* %987, align 4
  %989 = add i64 %916, 0
  %990 = mul i64 %989, 8
  %991 = add i64 %990, 2
  %992 = add i64 %913, %991
  %993 = getelementptr inbounds float, float* %1, i64 %992
  %994 = load float, float* %993, align 4
  %995 = insertelement <8 x float> undef, float %994, i32 0
  %splat66 = shufflevector <8 x float> %995, <8 x float> undef, <8 x i32> zeroinitializer
  %996 = load <8 x float>, <8 x float>* %13, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %984, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %13, align 32
  %998 = load <8 x float>, <8 x float>* %11, align 32
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %988, <8 x float> %998)
  store <8 x float> %999, <8 x float>* %11, align 32
  %1000 = add i64 %916, 1
  %1001 = mul i64 %1000, 8
  %1002 = add i64 %1001, 2
  %1003 = add i64 %913, %1002
  %1004 = getelementptr inbounds float, float* %1, i64 %1003
  %1005 = load float, float* %1004, align 4
  %1006 = insertelement <8 x float> undef, float %1005, i32 0
  %splat67 = shufflevector <8 x float> %1006, <8 x float> undef, <8 x i32> zeroinitializer
  %1007 = load <8 x float>, <8 x float>* %12, align 32
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %984, <8 x float> %1007)
  store <8 x float> %1008, <8 x float>* %12, align 32
  %1009 = load <8 x float>, <8 x float>* %10, align 32
  %1010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %988, <8 x float> %1009)
  store <8 x float> %1010, <8 x float>* %10, align 32
  %1011 = add i64 %920, 24
  %1012 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1011
  %1013 = bitcast float* %1012 to <8 x float>*
  %1014 = load <8 x float>, <8 x float>* %1013, align 4
  %1015 = add i64 %920, 18456
  %1016 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1015
  %1017 = bitcast float* %1016 to <8 x float>*
  %1018 = load <8 x float>, <8 x float>* %1017, align 4
  %1019 = add i64 %916, 0
  %1020 = mul i64 %1019, 8
  %1021 = add i64 %1020, 3
  %1022 = add i64 %913, %1021
  %1023 = getelementptr inbounds float, float* %1, i64 %1022
  %1024 = load float, float* %1023, align 4
  %1025 = insertelement <8 x float> undef, float %1024, i32 0
  %splat68 = shufflevector <8 x float> %1025, <8 x float> undef, <8 x i32> zeroinitializer
  %1026 = load <8 x float>, <8 x float>* %13, align 32
  %1027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1014, <8 x float> %1026)
  store <8 x float> %1027, <8 x float>* %13, align 32
  %1028 = load <8 x float>, <8 x float>* %11, align 32
  %1029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1018, <8 x float> %1028)
  store <8 x float> %1029, <8 x float>* %11, align 32
  %1030 = add i64 %916, 1
  %1031 = mul i64 %1030, 8
  %1032 = add i64 %1031, 3
  %1033 = add i64 %913, %1032
  %1034 = getelementptr inbounds float, float* %1, i64 %1033
  %1035 = load float, float* %1034, align 4
  %1036 = insertelement <8 x float> undef, float %1035, i32 0
  %splat69 = shufflevector <8 x float> %1036, <8 x float> undef, <8 x i32> zeroinitializer
  %1037 = load <8 x float>, <8 x float>* %12, align 32
  %1038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1014, <8 x float> %1037)
  store <8 x float> %1038, <8 x float>* %12, align 32
  %1039 = load <8 x float>, <8 x float>* %10, align 32
  %1040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1018, <8 x float> %1039)
  store <8 x float> %1040, <8 x float>* %10, align 32
  %1041 = add i64 %920, 32
  %1042 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1041
  %1043 = bitcast float* %1042 to <8 x float>*
  %1044 = load <8 x float>, <8 x float>* %1043, align 4
  %1045 = add i64 %920, 18464
  %1046 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1045
  %1047 = bitcast float* %1046 to <8 x float>*
  %1048 = load <8 x float>, <8 x float>* %1047, align 4
  %1049 = add i64 %916, 0
  %1050 = mul i64 %1049, 8
  %1051 = add i64 %1050, 4
  %1052 = add i64 %913, %1051
  %1053 = getelementptr inbounds float, float* %1, i64 %1052
  %1054 = load float, float* %1053, align 4
  %1055 = insertelement <8 x float> undef, float %1054, i32 0
  %splat70 = shufflevector <8 x float> %1055, <8 x float> undef, <8 x i32> zeroinitializer
  %1056 = load <8 x float>, <8 x float>* %13, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1044, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %13, align 32
  %1058 = load <8 x float>, <8 x float>* %11, align 32
  %1059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1048, <8 x float> %1058)
  store <8 x float> %1059, <8 x float>* %11, align 32
  %1060 = add i64 %916, 1
  %1061 = mul i64 %1060, 8
  %1062 = add i64 %1061, 4
  %1063 = add i64 %913, %1062
  %1064 = getelementptr inbounds float, float* %1, i64 %1063
  %1065 = load float, float* %1064, align 4
  %1066 = insertelement <8 x float> undef, float %1065, i32 0
  %splat71 = shufflevector <8 x float> %1066, <8 x float> undef, <8 x i32> zeroinitializer
  %1067 = load <8 x float>, <8 x float>* %12, align 32
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1044, <8 x float> %1067)
  store <8 x float> %1068, <8 x float>* %12, align 32
  %1069 = load <8 x float>, <8 x float>* %10, align 32
  %1070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1048, <8 x float> %1069)
  store <8 x float> %1070, <8 x float>* %10, align 32
  %1071 = add i64 %920, 40
  %1072 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1071
  %1073 = bitcast float* %1072 to <8 x float>*
  %1074 = load <8 x float>, <8 x float>* %1073, align 4
  %1075 = add i64 %920, 18472
  %1076 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1075
  %1077 = bitcast float* %1076 to <8 x float>*
  %1078 = load <8 x float>, <8 x float>* %1077, align 4
  %1079 = add i64 %916, 0
  %1080 = mul i64 %1079, 8
  %1081 = add i64 %1080, 5
  %1082 = add i64 %913, %1081
  %1083 = getelementptr inbounds float, float* %1, i64 %1082
  %1084 = load float, float* %1083, align 4
  %1085 = insertelement <8 x float> undef, float %1084, i32 0
  %splat72 = shufflevector <8 x float> %1085, <8 x float> undef, <8 x i32> zeroinitializer
  %1086 = load <8 x float>, <8 x float>* %13, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1074, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %13, align 32
  %1088 = load <8 x float>, <8 x float>* %11, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1078, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %11, align 32
  %1090 = add i64 %916, 1
  %1091 = mul i64 %1090, 8
  %1092 = add i64 %1091, 5
  %1093 = add i64 %913, %1092
  %1094 = getelementptr inbounds float, float* %1, i64 %1093
  %1095 = load float, float* %1094, align 4
  %1096 = insertelement <8 x float> undef, float %1095, i32 0
  %splat73 = shufflevector <8 x float> %1096, <8 x float> undef, <8 x i32> zeroinitializer
  %1097 = load <8 x float>, <8 x float>* %12, align 32
  %1098 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1074, <8 x float> %1097)
  store <8 x float> %1098, <8 x float>* %12, align 32
  %1099 = load <8 x float>, <8 x float>* %10, align 32
  %1100 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1078, <8 x float> %1099)
  store <8 x float> %1100, <8 x float>* %10, align 32
  %1101 = add i64 %920, 48
  %1102 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1101
  %1103 = bitcast float* %1102 to <8 x float>*
  %1104 = load <8 x float>, <8 x float>* %1103, align 4
  %1105 = add i64 %920, 18480
  %1106 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1105
  %1107 = bitcast float* %1106 to <8 x float>*
  %1108 = load <8 x float>, <8 x float>* %1107, align 4
  %1109 = add i64 %916, 0
  %1110 = mul i64 %1109, 8
  %1111 = add i64 %1110, 6
  %1112 = add i64 %913, %1111
  %1113 = getelementptr inbounds float, float* %1, i64 %1112
  %1114 = load float, float* %1113, align 4
  %1115 = insertelement <8 x float> undef, float %1114, i32 0
  %splat74 = shufflevector <8 x float> %1115, <8 x float> undef, <8 x i32> zeroinitializer
  %1116 = load <8 x float>, <8 x float>* %13, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1104, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %13, align 32
  %1118 = load <8 x float>, <8 x float>* %11, align 32
  %1119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1108, <8 x float> %1118)
  store <8 x float> %1119, <8 x float>* %11, align 32
  %1120 = add i64 %916, 1
  %1121 = mul i64 %1120, 8
  %1122 = add i64 %1121, 6
  %1123 = add i64 %913, %1122
  %1124 = getelementptr inbounds float, float* %1, i64 %1123
  %1125 = load float, float* %1124, align 4
  %1126 = insertelement <8 x float> undef, float %1125, i32 0
  %splat75 = shufflevector <8 x float> %1126, <8 x float> undef, <8 x i32> zeroinitializer
  %1127 = load <8 x float>, <8 x float>* %12, align 32
  %1128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1104, <8 x float> %1127)
  store <8 x float> %1128, <8 x float>* %12, align 32
  %1129 = load <8 x float>, <8 x float>* %10, align 32
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1108, <8 x float> %1129)
  store <8 x float> %1130, <8 x float>* %10, align 32
  %1131 = add i64 %920, 56
  %1132 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1131
  %1133 = bitcast float* %1132 to <8 x float>*
  %1134 = load <8 x float>, <8 x float>* %1133, align 4
  %1135 = add i64 %920, 18488
  %1136 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1135
  %1137 = bitcast float* %1136 to <8 x float>*
  %1138 = load <8 x float>, <8 x float>* %1137, align 4
  %1139 = add i64 %916, 0
  %1140 = mul i64 %1139, 8
  %1141 = add i64 %1140, 7
  %1142 = add i64 %913, %1141
  %1143 = getelementptr inbounds float, float* %1, i64 %1142
  %1144 = load float, float* %1143, align 4
  %1145 = insertelement <8 x float> undef, float %1144, i32 0
  %splat76 = shufflevector <8 x float> %1145, <8 x float> undef, <8 x i32> zeroinitializer
  %1146 = load <8 x float>, <8 x float>* %13, align 32
  %1147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1134, <8 x float> %1146)
  store <8 x float> %1147, <8 x float>* %13, align 32
  %1148 = load <8 x float>, <8 x float>* %11, align 32
  %1149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1138, <8 x float> %1148)
  store <8 x float> %1149, <8 x float>* %11, align 32
  %1150 = add i64 %916, 1
  %1151 = mul i64 %1150, 8
  %1152 = add i64 %1151, 7
  %1153 = add i64 %913, %1152
  %1154 = getelementptr inbounds float, float* %1, i64 %1153
  %1155 = load float, float* %1154, align 4
  %1156 = insertelement <8 x float> undef, float %1155, i32 0
  %splat77 = shufflevector <8 x float> %1156, <8 x float> undef, <8 x i32> zeroinitializer
  %1157 = load <8 x float>, <8 x float>* %12, align 32
  %1158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1134, <8 x float> %1157)
  store <8 x float> %1158, <8 x float>* %12, align 32
  %1159 = load <8 x float>, <8 x float>* %10, align 32
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1138, <8 x float> %1159)
  store <8 x float> %1160, <8 x float>* %10, align 32
  %kw.next78 = add i64 %kw61, 1
  br label %kw.header58

kw.exit60:                                        ; preds = %kw.header58
  br label %endif57

xb.header:                                        ; preds = %u.exit83, %u.exit50
  %xb = phi i64 [ 0, %u.exit50 ], [ %xb.next, %u.exit83 ]
  %1161 = icmp slt i64 %xb, 1
  br i1 %1161, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %1162 = add i64 %35, 0
  %1163 = mul i64 %1162, 8
  %1164 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %1163
  %1165 = bitcast float* %1164 to <8 x float>*
  %1166 = load <8 x float>, <8 x float>* %1165, align 4
  store <8 x float> %1166, <8 x float>* %9, align 32
  %1167 = add i64 %35, 1
  %1168 = mul i64 %1167, 8
  %1169 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %1168
  %1170 = bitcast float* %1169 to <8 x float>*
  %1171 = load <8 x float>, <8 x float>* %1170, align 4
  store <8 x float> %1171, <8 x float>* %8, align 32
  %1172 = mul i64 %xb, 1
  %1173 = sub i64 %1172, 1
  br label %u.header81

xb.exit:                                          ; preds = %xb.header
  br label %xb.header108

u.header81:                                       ; preds = %kh.exit87, %xb.body
  %u84 = phi i64 [ 0, %xb.body ], [ %u.next107, %kh.exit87 ]
  %1174 = icmp slt i64 %u84, 32
  br i1 %1174, label %u.body82, label %u.exit83

u.body82:                                         ; preds = %u.header81
  %1175 = mul i64 %u84, 6272
  %1176 = add i64 %39, %1175
  %1177 = mul i64 %u84, 576
  %1178 = add i64 %43, %1177
  br label %kh.header85

u.exit83:                                         ; preds = %u.header81
  %1179 = add i64 %xb, 0
  %1180 = mul i64 %32, 64
  %1181 = add i64 %1180, %35
  %1182 = add i64 %1181, 0
  %1183 = mul i64 %1182, 28
  %1184 = add i64 %1183, %29
  %1185 = mul i64 %1184, 28
  %1186 = add i64 %1185, %1179
  %1187 = mul i64 %1186, 8
  %1188 = load <8 x float>, <8 x float>* %9, align 32
  %1189 = fcmp ogt <8 x float> %1188, zeroinitializer
  %1190 = select <8 x i1> %1189, <8 x float> %1188, <8 x float> zeroinitializer
  %1191 = getelementptr inbounds float, float* %0, i64 %1187
  %1192 = bitcast float* %1191 to <8 x float>*
  store <8 x float> %1190, <8 x float>* %1192, align 4
  %1193 = add i64 %xb, 0
  %1194 = mul i64 %32, 64
  %1195 = add i64 %1194, %35
  %1196 = add i64 %1195, 1
  %1197 = mul i64 %1196, 28
  %1198 = add i64 %1197, %29
  %1199 = mul i64 %1198, 28
  %1200 = add i64 %1199, %1193
  %1201 = mul i64 %1200, 8
  %1202 = load <8 x float>, <8 x float>* %8, align 32
  %1203 = fcmp ogt <8 x float> %1202, zeroinitializer
  %1204 = select <8 x i1> %1203, <8 x float> %1202, <8 x float> zeroinitializer
  %1205 = getelementptr inbounds float, float* %0, i64 %1201
  %1206 = bitcast float* %1205 to <8 x float>*
  store <8 x float> %1204, <8 x float>* %1206, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header85:                                      ; preds = %endif90, %u.body82
  %kh88 = phi i64 [ 0, %u.body82 ], [ %kh.next106, %endif90 ]
  %1207 = icmp slt i64 %kh88, 3
  br i1 %1207, label %kh.body86, label %kh.exit87

kh.body86:                                        ; preds = %kh.header85
  %1208 = mul i64 %kh88, 1
  %1209 = add i64 %45, %1208
  %1210 = icmp sge i64 %1209, 0
  %1211 = icmp slt i64 %1209, 28
  %1212 = and i1 %1210, %1211
  br i1 %1212, label %then89, label %endif90

kh.exit87:                                        ; preds = %kh.header85
  %u.next107 = add i64 %u84, 1
  br label %u.header81

then89:                                           ; preds = %kh.body86
  %1213 = mul i64 %1209, 224
  %1214 = add i64 %1176, %1213
  br label %kw.header91

endif90:                                          ; preds = %kw.exit93, %kh.body86
  %kh.next106 = add i64 %kh88, 1
  br label %kh.header85

kw.header91:                                      ; preds = %endif96, %then89
  %kw94 = phi i64 [ 0, %then89 ], [ %kw.next105, %endif96 ]
  %1215 = icmp slt i64 %kw94, 3
  br i1 %1215, label %kw.body92, label %kw.exit93

kw.body92:                                        ; preds = %kw.header91
  %1216 = mul i64 %kw94, 1
  %1217 = add i64 %1173, %1216
  %1218 = mul i64 %kh88, 3
  %1219 = add i64 %1218, %kw94
  %1220 = mul i64 %1219, 64
  %1221 = add i64 %1178, %1220
  %1222 = icmp sge i64 %1217, 0
  %1223 = icmp slt i64 %1217, 28
  %1224 = and i1 %1222, %1223
  br i1 %1224, label %then95, label %endif96

kw.exit93:                                        ; preds = %kw.header91
  br label %endif90

then95:                                           ; preds = %kw.body92
  %1225 = add i64 %1221, 0
  %1226 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1225
  %1227 = bitcast float* %1226 to <8 x float>*
  %1228 = load <8 x float>, <8 x float>* %1227, align 4
  %1229 = add i64 %1221, 18432
  %1230 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1229
  %1231 = bitcast float* %1230 to <8 x float>*
  %1232 = load <8 x float>, <8 x float>* %1231, align 4
  %1233 = add i64 %1217, 0
  %1234 = mul i64 %1233, 8
  %1235 = add i64 %1234, 0
  %1236 = add i64 %1214, %1235
  %1237 = getelementptr inbounds float, float* %1, i64 %1236
  %1238 = load float, float* %1237, align 4
  %1239 = insertelement <8 x float> undef, float %1238, i32 0
  %splat97 = shufflevector <8 x float> %1239, <8 x float> undef, <8 x i32> zeroinitializer
  %1240 = load <8 x float>, <8 x float>* %9, align 32
  %1241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1228, <8 x float> %1240)
  store <8 x float> %1241, <8 x float>* %9, align 32
  %1242 = load <8 x float>, <8 x float>* %8, align 32
  %1243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1232, <8 x float> %1242)
  store <8 x float> %1243, <8 x float>* %8, align 32
  %1244 = add i64 %1221, 8
  %1245 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1244
  %1246 = bitcast float* %1245 to <8 x float>*
  %1247 = load <8 x float>, <8 x float>* %1246, align 4
  %1248 = add i64 %1221, 18440
  %1249 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1248
  %1250 = bitcast float* %1249 to <8 x float>*
  %1251 = load <8 x float>, <8 x float>* %1250, align 4
  %1252 = add i64 %1217, 0
  %1253 = mul i64 %1252, 8
  %1254 = add i64 %1253, 1
  %1255 = add i64 %1214, %1254
  %1256 = getelementptr inbounds float, float* %1, i64 %1255
  %1257 = load float, float* %1256, align 4
  %1258 = insertelement <8 x float> undef, float %1257, i32 0
  %splat98 = shufflevector <8 x float> %1258, <8 x float> undef, <8 x i32> zeroinitializer
  %1259 = load <8 x float>, <8 x float>* %9, align 32
  %1260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1247, <8 x float> %1259)
  store <8 x float> %1260, <8 x float>* %9, align 32
  %1261 = load <8 x float>, <8 x float>* %8, align 32
  %1262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1251, <8 x float> %1261)
  store <8 x float> %1262, <8 x float>* %8, align 32
  %1263 = add i64 %1221, 16
  %1264 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1263
  %1265 = bitcast float* %1264 to <8 x float>*
  %1266 = load <8 x float>, <8 x float>* %1265, align 4
  %1267 = add i64 %1221, 18448
  %1268 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1267
  %1269 = bitcast float* %1268 to <8 x float>*
  %1270 = load <8 x float>, <8 x float>* %1269, align 4
  %1271 = add i64 %1217, 0
  %1272 = mul i64 %1271, 8
  %1273 = add i64 %1272, 2
  %1274 = add i64 %1214, %1273
  %1275 = getelementptr inbounds float, float* %1, i64 %1274
  %1276 = load float, float* %1275, align 4
  %1277 = insertelement <8 x float> undef, float %1276, i32 0
  %splat99 = shufflevector <8 x float> %1277, <8 x float> undef, <8 x i32> zeroinitializer
  %1278 = load <8 x float>, <8 x float>* %9, align 32
  %1279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1266, <8 x float> %1278)
  store <8 x float> %1279, <8 x float>* %9, align 32
  %1280 = load <8 x float>, <8 x float>* %8, align 32
  %1281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1270, <8 x float> %1280)
  store <8 x float> %1281, <8 x float>* %8, align 32
  %1282 = add i64 %1221, 24
  %1283 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1282
  %1284 = bitcast float* %1283 to <8 x float>*
  %1285 = load <8 x float>, <8 x float>* %1284, align 4
  %1286 = add i64 %1221, 18456
  %1287 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1286
  %1288 = bitcast float* %1287 to <8 x float>*
  %1289 = load <8 x float>, <8 x float>* %1288, align 4
  %1290 = add i64 %1217, 0
  %1291 = mul i64 %1290, 8
  %1292 = add i64 %1291, 3
  %1293 = add i64 %1214, %1292
  %1294 = getelementptr inbounds float, float* %1, i64 %1293
  %1295 = load float, float* %1294, align 4
  %1296 = insertelement <8 x float> undef, float %1295, i32 0
  %splat100 = shufflevector <8 x float> %1296, <8 x float> undef, <8 x i32> zeroinitializer
  %1297 = load <8 x float>, <8 x float>* %9, align 32
  %1298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1285, <8 x float> %1297)
  store <8 x float> %1298, <8 x float>* %9, align 32
  %1299 = load <8 x float>, <8 x float>* %8, align 32
  %1300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1289, <8 x float> %1299)
  store <8 x float> %1300, <8 x float>* %8, align 32
  %1301 = add i64 %1221, 32
  %1302 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1301
  %1303 = bitcast float* %1302 to <8 x float>*
  %1304 = load <8 x float>, <8 x float>* %1303, align 4
  %1305 = add i64 %1221, 18464
  %1306 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1305
  %1307 = bitcast float* %1306 to <8 x float>*
  %1308 = load <8 x float>, <8 x float>* %1307, align 4
  %1309 = add i64 %1217, 0
  %1310 = mul i64 %1309, 8
  %1311 = add i64 %1310, 4
  %1312 = add i64 %1214, %1311
  %1313 = getelementptr inbounds float, float* %1, i64 %1312
  %1314 = load float, float* %1313, align 4
  %1315 = insertelement <8 x float> undef, float %1314, i32 0
  %splat101 = shufflevector <8 x float> %1315, <8 x float> undef, <8 x i32> zeroinitializer
  %1316 = load <8 x float>, <8 x float>* %9, align 32
  %1317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1304, <8 x float> %1316)
  store <8 x float> %1317, <8 x float>* %9, align 32
  %1318 = load <8 x float>, <8 x float>* %8, align 32
  %1319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1308, <8 x float> %1318)
  store <8 x float> %1319, <8 x float>* %8, align 32
  %1320 = add i64 %1221, 40
  %1321 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1320
  %1322 = bitcast float* %1321 to <8 x float>*
  %1323 = load <8 x float>, <8 x float>* %1322, align 4
  %1324 = add i64 %1221, 18472
  %1325 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1324
  %1326 = bitcast float* %1325 to <8 x float>*
  %1327 = load <8 x float>, <8 x float>* %1326, align 4
  %1328 = add i64 %1217, 0
  %1329 = mul i64 %1328, 8
  %1330 = add i64 %1329, 5
  %1331 = add i64 %1214, %1330
  %1332 = getelementptr inbounds float, float* %1, i64 %1331
  %1333 = load float, float* %1332, align 4
  %1334 = insertelement <8 x float> undef, float %1333, i32 0
  %splat102 = shufflevector <8 x float> %1334, <8 x float> undef, <8 x i32> zeroinitializer
  %1335 = load <8 x float>, <8 x float>* %9, align 32
  %1336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1323, <8 x float> %1335)
  store <8 x float> %1336, <8 x float>* %9, align 32
  %1337 = load <8 x float>, <8 x float>* %8, align 32
  %1338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1327, <8 x float> %1337)
  store <8 x float> %1338, <8 x float>* %8, align 32
  %1339 = add i64 %1221, 48
  %1340 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1339
  %1341 = bitcast float* %1340 to <8 x float>*
  %1342 = load <8 x float>, <8 x float>* %1341, align 4
  %1343 = add i64 %1221, 18480
  %1344 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1343
  %1345 = bitcast float* %1344 to <8 x float>*
  %1346 = load <8 x float>, <8 x float>* %1345, align 4
  %1347 = add i64 %1217, 0
  %1348 = mul i64 %1347, 8
  %1349 = add i64 %1348, 6
  %1350 = add i64 %1214, %1349
  %1351 = getelementptr inbounds float, float* %1, i64 %1350
  %1352 = load float, float* %1351, align 4
  %1353 = insertelement <8 x float> undef, float %1352, i32 0
  %splat103 = shufflevector <8 x float> %1353, <8 x float> undef, <8 x i32> zeroinitializer
  %1354 = load <8 x float>, <8 x float>* %9, align 32
  %1355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1342, <8 x float> %1354)
  store <8 x float> %1355, <8 x float>* %9, align 32
  %1356 = load <8 x float>, <8 x float>* %8, align 32
  %1357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1346, <8 x float> %1356)
  store <8 x float> %1357, <8 x float>* %8, align 32
  %1358 = add i64 %1221, 56
  %1359 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1358
  %1360 = bitcast float* %1359 to <8 x float>*
  %1361 = load <8 x float>, <8 x float>* %1360, align 4
  %1362 = add i64 %1221, 18488
  %1363 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1362
  %1364 = bitcast float* %1363 to <8 x float>*
  %1365 = load <8 x float>, <8 x float>* %1364, align 4
  %1366 = add i64 %1217, 0
  %1367 = mul i64 %1366, 8
  %1368 = add i64 %1367, 7
  %1369 = add i64 %1214, %1368
  %1370 = getelementptr inbounds float, float* %1, i64 %1369
  %1371 = load float, float* %1370, align 4
  %1372 = insertelement <8 x float> undef, float %1371, i32 0
  %splat104 = shufflevector <8 x float> %1372, <8 x float> undef, <8 x i32> zeroinitializer
  %1373 = load <8 x float>, <8 x float>* %9, align 32
  %1374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1361, <8 x float> %1373)
  store <8 x float> %1374, <8 x float>* %9, align 32
  %1375 = load <8 x float>, <8 x float>* %8, align 32
  %1376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1365, <8 x float> %1375)
  store <8 x float> %1376, <8 x float>* %8, align 32
  br label %endif96

endif96:                                          ; preds = %then95, %kw.body92
  %kw.next105 = add i64 %kw94, 1
  br label %kw.header91

xb.header108:                                     ; preds = %u.exit114, %xb.exit
  %xb111 = phi i64 [ 27, %xb.exit ], [ %xb.next139, %u.exit114 ]
  %1377 = icmp slt i64 %xb111, 28
  br i1 %1377, label %xb.body109, label %xb.exit110

xb.body109:                                       ; preds = %xb.header108
  %1378 = add i64 %35, 0
  %1379 = mul i64 %1378, 8
  %1380 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %1379
  %1381 = bitcast float* %1380 to <8 x float>*
  %1382 = load <8 x float>, <8 x float>* %1381, align 4
  store <8 x float> %1382, <8 x float>* %7, align 32
  %1383 = add i64 %35, 1
  %1384 = mul i64 %1383, 8
  %1385 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %1384
  %1386 = bitcast float* %1385 to <8 x float>*
  %1387 = load <8 x float>, <8 x float>* %1386, align 4
  store <8 x float> %1387, <8 x float>* %6, align 32
  %1388 = mul i64 %xb111, 1
  %1389 = sub i64 %1388, 1
  br label %u.header112

xb.exit110:                                       ; preds = %xb.header108
  %task.next = add i64 %task, 1
  br label %task.header

u.header112:                                      ; preds = %kh.exit118, %xb.body109
  %u115 = phi i64 [ 0, %xb.body109 ], [ %u.next138, %kh.exit118 ]
  %1390 = icmp slt i64 %u115, 32
  br i1 %1390, label %u.body113, label %u.exit114

u.body113:                                        ; preds = %u.header112
  %1391 = mul i64 %u115, 6272
  %1392 = add i64 %39, %1391
  %1393 = mul i64 %u115, 576
  %1394 = add i64 %43, %1393
  br label %kh.header116

u.exit114:                                        ; preds = %u.header112
  %1395 = add i64 %xb111, 0
  %1396 = mul i64 %32, 64
  %1397 = add i64 %1396, %35
  %1398 = add i64 %1397, 0
  %1399 = mul i64 %1398, 28
  %1400 = add i64 %1399, %29
  %1401 = mul i64 %1400, 28
  %1402 = add i64 %1401, %1395
  %1403 = mul i64 %1402, 8
  %1404 = load <8 x float>, <8 x float>* %7, align 32
  %1405 = fcmp ogt <8 x float> %1404, zeroinitializer
  %1406 = select <8 x i1> %1405, <8 x float> %1404, <8 x float> zeroinitializer
  %1407 = getelementptr inbounds float, float* %0, i64 %1403
  %1408 = bitcast float* %1407 to <8 x float>*
  store <8 x float> %1406, <8 x float>* %1408, align 4
  %1409 = add i64 %xb111, 0
  %1410 = mul i64 %32, 64
  %1411 = add i64 %1410, %35
  %1412 = add i64 %1411, 1
  %1413 = mul i64 %1412, 28
  %1414 = add i64 %1413, %29
  %1415 = mul i64 %1414, 28
  %1416 = add i64 %1415, %1409
  %1417 = mul i64 %1416, 8
  %1418 = load <8 x float>, <8 x float>* %6, align 32
  %1419 = fcmp ogt <8 x float> %1418, zeroinitializer
  %1420 = select <8 x i1> %1419, <8 x float> %1418, <8 x float> zeroinitializer
  %1421 = getelementptr inbounds float, float* %0, i64 %1417
  %1422 = bitcast float* %1421 to <8 x float>*
  store <8 x float> %1420, <8 x float>* %1422, align 4
  %xb.next139 = add i64 %xb111, 1
  br label %xb.header108

kh.header116:                                     ; preds = %endif121, %u.body113
  %kh119 = phi i64 [ 0, %u.body113 ], [ %kh.next137, %endif121 ]
  %1423 = icmp slt i64 %kh119, 3
  br i1 %1423, label %kh.body117, label %kh.exit118

kh.body117:                                       ; preds = %kh.header116
  %1424 = mul i64 %kh119, 1
  %1425 = add i64 %45, %1424
  %1426 = icmp sge i64 %1425, 0
  %1427 = icmp slt i64 %1425, 28
  %1428 = and i1 %1426, %1427
  br i1 %1428, label %then120, label %endif121

kh.exit118:                                       ; preds = %kh.header116
  %u.next138 = add i64 %u115, 1
  br label %u.header112

then120:                                          ; preds = %kh.body117
  %1429 = mul i64 %1425, 224
  %1430 = add i64 %1392, %1429
  br label %kw.header122

endif121:                                         ; preds = %kw.exit124, %kh.body117
  %kh.next137 = add i64 %kh119, 1
  br label %kh.header116

kw.header122:                                     ; preds = %endif127, %then120
  %kw125 = phi i64 [ 0, %then120 ], [ %kw.next136, %endif127 ]
  %1431 = icmp slt i64 %kw125, 3
  br i1 %1431, label %kw.body123, label %kw.exit124

kw.body123:                                       ; preds = %kw.header122
  %1432 = mul i64 %kw125, 1
  %1433 = add i64 %1389, %1432
  %1434 = mul i64 %kh119, 3
  %1435 = add i64 %1434, %kw125
  %1436 = mul i64 %1435, 64
  %1437 = add i64 %1394, %1436
  %1438 = icmp sge i64 %1433, 0
  %1439 = icmp slt i64 %1433, 28
  %1440 = and i1 %1438, %1439
  br i1 %1440, label %then126, label %endif127

kw.exit124:                                       ; preds = %kw.header122
  br label %endif121

then126:                                          ; preds = %kw.body123
  %1441 = add i64 %1437, 0
  %1442 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1441
  %1443 = bitcast float* %1442 to <8 x float>*
  %1444 = load <8 x float>, <8 x float>* %1443, align 4
  %1445 = add i64 %1437, 18432
  %1446 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1445
  %1447 = bitcast float* %1446 to <8 x float>*
  %1448 = load <8 x float>, <8 x float>* %1447, align 4
  %1449 = add i64 %1433, 0
  %1450 = mul i64 %1449, 8
  %1451 = add i64 %1450, 0
  %1452 = add i64 %1430, %1451
  %1453 = getelementptr inbounds float, float* %1, i64 %1452
  %1454 = load float, float* %1453, align 4
  %1455 = insertelement <8 x float> undef, float %1454, i32 0
  %splat128 = shufflevector <8 x float> %1455, <8 x float> undef, <8 x i32> zeroinitializer
  %1456 = load <8 x float>, <8 x float>* %7, align 32
  %1457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1444, <8 x float> %1456)
  store <8 x float> %1457, <8 x float>* %7, align 32
  %1458 = load <8 x float>, <8 x float>* %6, align 32
  %1459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1448, <8 x float> %1458)
  store <8 x float> %1459, <8 x float>* %6, align 32
  %1460 = add i64 %1437, 8
  %1461 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1460
  %1462 = bitcast float* %1461 to <8 x float>*
  %1463 = load <8 x float>, <8 x float>* %1462, align 4
  %1464 = add i64 %1437, 18440
  %1465 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1464
  %1466 = bitcast float* %1465 to <8 x float>*
  %1467 = load <8 x float>, <8 x float>* %1466, align 4
  %1468 = add i64 %1433, 0
  %1469 = mul i64 %1468, 8
  %1470 = add i64 %1469, 1
  %1471 = add i64 %1430, %1470
  %1472 = getelementptr inbounds float, float* %1, i64 %1471
  %1473 = load float, float* %1472, align 4
  %1474 = insertelement <8 x float> undef, float %1473, i32 0
  %splat129 = shufflevector <8 x float> %1474, <8 x float> undef, <8 x i32> zeroinitializer
  %1475 = load <8 x float>, <8 x float>* %7, align 32
  %1476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1463, <8 x float> %1475)
  store <8 x float> %1476, <8 x float>* %7, align 32
  %1477 = load <8 x float>, <8 x float>* %6, align 32
  %1478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1467, <8 x float> %1477)
  store <8 x float> %1478, <8 x float>* %6, align 32
  %1479 = add i64 %1437, 16
  %1480 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1479
  %1481 = bitcast float* %1480 to <8 x float>*
  %1482 = load <8 x float>, <8 x float>* %1481, align 4
  %1483 = add i64 %1437, 18448
  %1484 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1483
  %1485 = bitcast float* %1484 to <8 x float>*
  %1486 = load <8 x float>, <8 x float>* %1485, align 4
  %1487 = add i64 %1433, 0
  %1488 = mul i64 %1487, 8
  %1489 = add i64 %1488, 2
  %1490 = add i64 %1430, %1489
  %1491 = getelementptr inbounds float, float* %1, i64 %1490
  %1492 = load float, float* %1491, align 4
  %1493 = insertelement <8 x float> undef, float %1492, i32 0
  %splat130 = shufflevector <8 x float> %1493, <8 x float> undef, <8 x i32> zeroinitializer
  %1494 = load <8 x float>, <8 x float>* %7, align 32
  %1495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1482, <8 x float> %1494)
  store <8 x float> %1495, <8 x float>* %7, align 32
  %1496 = load <8 x float>, <8 x float>* %6, align 32
  %1497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1486, <8 x float> %1496)
  store <8 x float> %1497, <8 x float>* %6, align 32
  %1498 = add i64 %1437, 24
  %1499 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1498
  %1500 = bitcast float* %1499 to <8 x float>*
  %1501 = load <8 x float>, <8 x float>* %1500, align 4
  %1502 = add i64 %1437, 18456
  %1503 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1502
  %1504 = bitcast float* %1503 to <8 x float>*
  %1505 = load <8 x float>, <8 x float>* %1504, align 4
  %1506 = add i64 %1433, 0
  %1507 = mul i64 %1506, 8
  %1508 = add i64 %1507, 3
  %1509 = add i64 %1430, %1508
  %1510 = getelementptr inbounds float, float* %1, i64 %1509
  %1511 = load float, float* %1510, align 4
  %1512 = insertelement <8 x float> undef, float %1511, i32 0
  %splat131 = shufflevector <8 x float> %1512, <8 x float> undef, <8 x i32> zeroinitializer
  %1513 = load <8 x float>, <8 x float>* %7, align 32
  %1514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1501, <8 x float> %1513)
  store <8 x float> %1514, <8 x float>* %7, align 32
  %1515 = load <8 x float>, <8 x float>* %6, align 32
  %1516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1505, <8 x float> %1515)
  store <8 x float> %1516, <8 x float>* %6, align 32
  %1517 = add i64 %1437, 32
  %1518 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1517
  %1519 = bitcast float* %1518 to <8 x float>*
  %1520 = load <8 x float>, <8 x float>* %1519, align 4
  %1521 = add i64 %1437, 18464
  %1522 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1521
  %1523 = bitcast float* %1522 to <8 x float>*
  %1524 = load <8 x float>, <8 x float>* %1523, align 4
  %1525 = add i64 %1433, 0
  %1526 = mul i64 %1525, 8
  %1527 = add i64 %1526, 4
  %1528 = add i64 %1430, %1527
  %1529 = getelementptr inbounds float, float* %1, i64 %1528
  %1530 = load float, float* %1529, align 4
  %1531 = insertelement <8 x float> undef, float %1530, i32 0
  %splat132 = shufflevector <8 x float> %1531, <8 x float> undef, <8 x i32> zeroinitializer
  %1532 = load <8 x float>, <8 x float>* %7, align 32
  %1533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1520, <8 x float> %1532)
  store <8 x float> %1533, <8 x float>* %7, align 32
  %1534 = load <8 x float>, <8 x float>* %6, align 32
  %1535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1524, <8 x float> %1534)
  store <8 x float> %1535, <8 x float>* %6, align 32
  %1536 = add i64 %1437, 40
  %1537 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1536
  %1538 = bitcast float* %1537 to <8 x float>*
  %1539 = load <8 x float>, <8 x float>* %1538, align 4
  %1540 = add i64 %1437, 18472
  %1541 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1540
  %1542 = bitcast float* %1541 to <8 x float>*
  %1543 = load <8 x float>, <8 x float>* %1542, align 4
  %1544 = add i64 %1433, 0
  %1545 = mul i64 %1544, 8
  %1546 = add i64 %1545, 5
  %1547 = add i64 %1430, %1546
  %1548 = getelementptr inbounds float, float* %1, i64 %1547
  %1549 = load float, float* %1548, align 4
  %1550 = insertelement <8 x float> undef, float %1549, i32 0
  %splat133 = shufflevector <8 x float> %1550, <8 x float> undef, <8 x i32> zeroinitializer
  %1551 = load <8 x float>, <8 x float>* %7, align 32
  %1552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1539, <8 x float> %1551)
  store <8 x float> %1552, <8 x float>* %7, align 32
  %1553 = load <8 x float>, <8 x float>* %6, align 32
  %1554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1543, <8 x float> %1553)
  store <8 x float> %1554, <8 x float>* %6, align 32
  %1555 = add i64 %1437, 48
  %1556 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1555
  %1557 = bitcast float* %1556 to <8 x float>*
  %1558 = load <8 x float>, <8 x float>* %1557, align 4
  %1559 = add i64 %1437, 18480
  %1560 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1559
  %1561 = bitcast float* %1560 to <8 x float>*
  %1562 = load <8 x float>, <8 x float>* %1561, align 4
  %1563 = add i64 %1433, 0
  %1564 = mul i64 %1563, 8
  %1565 = add i64 %1564, 6
  %1566 = add i64 %1430, %1565
  %1567 = getelementptr inbounds float, float* %1, i64 %1566
  %1568 = load float, float* %1567, align 4
  %1569 = insertelement <8 x float> undef, float %1568, i32 0
  %splat134 = shufflevector <8 x float> %1569, <8 x float> undef, <8 x i32> zeroinitializer
  %1570 = load <8 x float>, <8 x float>* %7, align 32
  %1571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1558, <8 x float> %1570)
  store <8 x float> %1571, <8 x float>* %7, align 32
  %1572 = load <8 x float>, <8 x float>* %6, align 32
  %1573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1562, <8 x float> %1572)
  store <8 x float> %1573, <8 x float>* %6, align 32
  %1574 = add i64 %1437, 56
  %1575 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1574
  %1576 = bitcast float* %1575 to <8 x float>*
  %1577 = load <8 x float>, <8 x float>* %1576, align 4
  %1578 = add i64 %1437, 18488
  %1579 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1578
  %1580 = bitcast float* %1579 to <8 x float>*
  %1581 = load <8 x float>, <8 x float>* %1580, align 4
  %1582 = add i64 %1433, 0
  %1583 = mul i64 %1582, 8
  %1584 = add i64 %1583, 7
  %1585 = add i64 %1430, %1584
  %1586 = getelementptr inbounds float, float* %1, i64 %1585
  %1587 = load float, float* %1586, align 4
  %1588 = insertelement <8 x float> undef, float %1587, i32 0
  %splat135 = shufflevector <8 x float> %1588, <8 x float> undef, <8 x i32> zeroinitializer
  %1589 = load <8 x float>, <8 x float>* %7, align 32
  %1590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1577, <8 x float> %1589)
  store <8 x float> %1590, <8 x float>* %7, align 32
  %1591 = load <8 x float>, <8 x float>* %6, align 32
  %1592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1581, <8 x float> %1591)
  store <8 x float> %1592, <8 x float>* %6, align 32
  br label %endif127

endif127:                                         ; preds = %then126, %kw.body123
  %kw.next136 = add i64 %kw125, 1
  br label %kw.header122
}

; Function Attrs: nounwind
define internal void @node7.conv2d_5.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node7.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %27 = srem i64 %task, 32
  %28 = sdiv i64 %task, 32
  %29 = srem i64 %28, 28
  %30 = sdiv i64 %task, 896
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 64
  %34 = mul i64 %27, 2
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 64
  %37 = mul i64 %31, 64
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 6272
  %40 = mul i64 %31, 64
  %41 = mul i64 %27, 2
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 36864
  %44 = mul i64 %29, 1
  %45 = sub i64 %44, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 25
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %35, 0
  %48 = mul i64 %47, 8
  %49 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  store <8 x float> %51, <8 x float>* %25, align 32
  store <8 x float> %51, <8 x float>* %24, align 32
  store <8 x float> %51, <8 x float>* %23, align 32
  store <8 x float> %51, <8 x float>* %22, align 32
  store <8 x float> %51, <8 x float>* %21, align 32
  store <8 x float> %51, <8 x float>* %20, align 32
  %52 = add i64 %35, 1
  %53 = mul i64 %52, 8
  %54 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  store <8 x float> %56, <8 x float>* %19, align 32
  store <8 x float> %56, <8 x float>* %18, align 32
  store <8 x float> %56, <8 x float>* %17, align 32
  store <8 x float> %56, <8 x float>* %16, align 32
  store <8 x float> %56, <8 x float>* %15, align 32
  store <8 x float> %56, <8 x float>* %14, align 32
  %57 = mul i64 %x, 1
  %58 = sub i64 %57, 1
  br label %u.header

x.exit:                                           ; preds = %x.header
  %59 = add i64 %35, 0
  %60 = mul i64 %59, 8
  %61 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  store <8 x float> %63, <8 x float>* %13, align 32
  store <8 x float> %63, <8 x float>* %12, align 32
  %64 = add i64 %35, 1
  %65 = mul i64 %64, 8
  %66 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  store <8 x float> %68, <8 x float>* %11, align 32
  store <8 x float> %68, <8 x float>* %10, align 32
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %69 = icmp slt i64 %u, 64
  br i1 %69, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %70 = mul i64 %u, 6272
  %71 = add i64 %39, %70
  %72 = mul i64 %u, 576
  %73 = add i64 %43, %72
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %74 = add i64 %x, 0
  %75 = mul i64 %32, 64
  %76 = add i64 %75, %35
  %77 = add i64 %76, 0
  %78 = mul i64 %77, 28
  %79 = add i64 %78, %29
  %80 = mul i64 %79, 28
  %81 = add i64 %80, %74
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %25, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 1
  %89 = mul i64 %32, 64
  %90 = add i64 %89, %35
  %91 = add i64 %90, 0
  %92 = mul i64 %91, 28
  %93 = add i64 %92, %29
  %94 = mul i64 %93, 28
  %95 = add i64 %94, %88
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %24, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 2
  %103 = mul i64 %32, 64
  %104 = add i64 %103, %35
  %105 = add i64 %104, 0
  %106 = mul i64 %105, 28
  %107 = add i64 %106, %29
  %108 = mul i64 %107, 28
  %109 = add i64 %108, %102
  %110 = mul i64 %109, 8
  %111 = load <8 x float>, <8 x float>* %23, align 32
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %x, 3
  %117 = mul i64 %32, 64
  %118 = add i64 %117, %35
  %119 = add i64 %118, 0
  %120 = mul i64 %119, 28
  %121 = add i64 %120, %29
  %122 = mul i64 %121, 28
  %123 = add i64 %122, %116
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %22, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = add i64 %x, 4
  %131 = mul i64 %32, 64
  %132 = add i64 %131, %35
  %133 = add i64 %132, 0
  %134 = mul i64 %133, 28
  %135 = add i64 %134, %29
  %136 = mul i64 %135, 28
  %137 = add i64 %136, %130
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %21, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 5
  %145 = mul i64 %32, 64
  %146 = add i64 %145, %35
  %147 = add i64 %146, 0
  %148 = mul i64 %147, 28
  %149 = add i64 %148, %29
  %150 = mul i64 %149, 28
  %151 = add i64 %150, %144
  %152 = mul i64 %151, 8
  %153 = load <8 x float>, <8 x float>* %20, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = getelementptr inbounds float, float* %0, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 0
  %159 = mul i64 %32, 64
  %160 = add i64 %159, %35
  %161 = add i64 %160, 1
  %162 = mul i64 %161, 28
  %163 = add i64 %162, %29
  %164 = mul i64 %163, 28
  %165 = add i64 %164, %158
  %166 = mul i64 %165, 8
  %167 = load <8 x float>, <8 x float>* %19, align 32
  %168 = fcmp ogt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> %167, <8 x float> zeroinitializer
  %170 = getelementptr inbounds float, float* %0, i64 %166
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %169, <8 x float>* %171, align 4
  %172 = add i64 %x, 1
  %173 = mul i64 %32, 64
  %174 = add i64 %173, %35
  %175 = add i64 %174, 1
  %176 = mul i64 %175, 28
  %177 = add i64 %176, %29
  %178 = mul i64 %177, 28
  %179 = add i64 %178, %172
  %180 = mul i64 %179, 8
  %181 = load <8 x float>, <8 x float>* %18, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = getelementptr inbounds float, float* %0, i64 %180
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %183, <8 x float>* %185, align 4
  %186 = add i64 %x, 2
  %187 = mul i64 %32, 64
  %188 = add i64 %187, %35
  %189 = add i64 %188, 1
  %190 = mul i64 %189, 28
  %191 = add i64 %190, %29
  %192 = mul i64 %191, 28
  %193 = add i64 %192, %186
  %194 = mul i64 %193, 8
  %195 = load <8 x float>, <8 x float>* %17, align 32
  %196 = fcmp ogt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> %195, <8 x float> zeroinitializer
  %198 = getelementptr inbounds float, float* %0, i64 %194
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = add i64 %x, 3
  %201 = mul i64 %32, 64
  %202 = add i64 %201, %35
  %203 = add i64 %202, 1
  %204 = mul i64 %203, 28
  %205 = add i64 %204, %29
  %206 = mul i64 %205, 28
  %207 = add i64 %206, %200
  %208 = mul i64 %207, 8
  %209 = load <8 x float>, <8 x float>* %16, align 32
  %210 = fcmp ogt <8 x float> %209, zeroinitializer
  %211 = select <8 x i1> %210, <8 x float> %209, <8 x float> zeroinitializer
  %212 = getelementptr inbounds float, float* %0, i64 %208
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %214 = add i64 %x, 4
  %215 = mul i64 %32, 64
  %216 = add i64 %215, %35
  %217 = add i64 %216, 1
  %218 = mul i64 %217, 28
  %219 = add i64 %218, %29
  %220 = mul i64 %219, 28
  %221 = add i64 %220, %214
  %222 = mul i64 %221, 8
  %223 = load <8 x float>, <8 x float>* %15, align 32
  %224 = fcmp ogt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> %223, <8 x float> zeroinitializer
  %226 = getelementptr inbounds float, float* %0, i64 %222
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %225, <8 x float>* %227, align 4
  %228 = add i64 %x, 5
  %229 = mul i64 %32, 64
  %230 = add i64 %229, %35
  %231 = add i64 %230, 1
  %232 = mul i64 %231, 28
  %233 = add i64 %232, %29
  %234 = mul i64 %233, 28
  %235 = add i64 %234, %228
  %236 = mul i64 %235, 8
  %237 = load <8 x float>, <8 x float>* %14, align 32
  %238 = fcmp ogt <8 x float> %237, zeroinitializer
  %239 = select <8 x i1> %238, <8 x float> %237, <8 x float> zeroinitializer
  %240 = getelementptr inbounds float, float* %0, i64 %236
  %241 = bitcast float* %240 to <8 x float>*
  store <8 x float> %239, <8 x float>* %241, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %242 = icmp slt i64 %kh, 3
  br i1 %242, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %243 = mul i64 %kh, 1
  %244 = add i64 %45, %243
  %245 = icmp sge i64 %244, 0
  %246 = icmp slt i64 %244, 28
  %247 = and i1 %245, %246
  br i1 %247, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %248 = mul i64 %244, 224
  %249 = add i64 %71, %248
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %250 = icmp slt i64 %kw, 3
  br i1 %250, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %251 = mul i64 %kw, 1
  %252 = add i64 %58, %251
  %253 = mul i64 %kh, 3
  %254 = add i64 %253, %kw
  %255 = mul i64 %254, 64
  %256 = add i64 %73, %255
  %257 = add i64 %256, 0
  %258 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %257
  %259 = bitcast float* %258 to <8 x float>*
  %260 = load <8 x float>, <8 x float>* %259, align 4
  %261 = add i64 %256, 36864
  %262 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = add i64 %252, 0
  %266 = mul i64 %265, 8
  %267 = add i64 %266, 0
  %268 = add i64 %249, %267
  %269 = getelementptr inbounds float, float* %1, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %25, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %260, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %25, align 32
  %274 = load <8 x float>, <8 x float>* %19, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %264, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %19, align 32
  %276 = add i64 %252, 1
  %277 = mul i64 %276, 8
  %278 = add i64 %277, 0
  %279 = add i64 %249, %278
  %280 = getelementptr inbounds float, float* %1, i64 %279
  %281 = load float, float* %280, align 4
  %282 = insertelement <8 x float> undef, float %281, i32 0
  %splat1 = shufflevector <8 x float> %282, <8 x float> undef, <8 x i32> zeroinitializer
  %283 = load <8 x float>, <8 x float>* %24, align 32
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %260, <8 x float> %283)
  store <8 x float> %284, <8 x float>* %24, align 32
  %285 = load <8 x float>, <8 x float>* %18, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %264, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %18, align 32
  %287 = add i64 %252, 2
  %288 = mul i64 %287, 8
  %289 = add i64 %288, 0
  %290 = add i64 %249, %289
  %291 = getelementptr inbounds float, float* %1, i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> undef, float %292, i32 0
  %splat2 = shufflevector <8 x float> %293, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, <8 x float>* %23, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %260, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %23, align 32
  %296 = load <8 x float>, <8 x float>* %17, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %264, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %17, align 32
  %298 = add i64 %252, 3
  %299 = mul i64 %298, 8
  %300 = add i64 %299, 0
  %301 = add i64 %249, %300
  %302 = getelementptr inbounds float, float* %1, i64 %301
  %303 = load float, float* %302, align 4
  %304 = insertelement <8 x float> undef, float %303, i32 0
  %splat3 = shufflevector <8 x float> %304, <8 x float> undef, <8 x i32> zeroinitializer
  %305 = load <8 x float>, <8 x float>* %22, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %260, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %22, align 32
  %307 = load <8 x float>, <8 x float>* %16, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %264, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %16, align 32
  %309 = add i64 %252, 4
  %310 = mul i64 %309, 8
  %311 = add i64 %310, 0
  %312 = add i64 %249, %311
  %313 = getelementptr inbounds float, float* %1, i64 %312
  %314 = load float, float* %313, align 4
  %315 = insertelement <8 x float> undef, float %314, i32 0
  %splat4 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %21, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %260, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %21, align 32
  %318 = load <8 x float>, <8 x float>* %15, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %264, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %15, align 32
  %320 = add i64 %252, 5
  %321 = mul i64 %320, 8
  %322 = add i64 %321, 0
  %323 = add i64 %249, %322
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat5 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %20, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %260, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %20, align 32
  %329 = load <8 x float>, <8 x float>* %14, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %264, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %14, align 32
  %331 = add i64 %256, 8
  %332 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = add i64 %256, 36872
  %336 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  %338 = load <8 x float>, <8 x float>* %337, align 4
  %339 = add i64 %252, 0
  %340 = mul i64 %339, 8
  %341 = add i64 %340, 1
  %342 = add i64 %249, %341
  %343 = getelementptr inbounds float, float* %1, i64 %342
  %344 = load float, float* %343, align 4
  %345 = insertelement <8 x float> undef, float %344, i32 0
  %splat6 = shufflevector <8 x float> %345, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = load <8 x float>, <8 x float>* %25, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %334, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %25, align 32
  %348 = load <8 x float>, <8 x float>* %19, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %338, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %19, align 32
  %350 = add i64 %252, 1
  %351 = mul i64 %350, 8
  %352 = add i64 %351, 1
  %353 = add i64 %249, %352
  %354 = getelementptr inbounds float, float* %1, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat7 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %24, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %334, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %24, align 32
  %359 = load <8 x float>, <8 x float>* %18, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %338, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %18, align 32
  %361 = add i64 %252, 2
  %362 = mul i64 %361, 8
  %363 = add i64 %362, 1
  %364 = add i64 %249, %363
  %365 = getelementptr inbounds float, float* %1, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat8 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %23, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %334, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %23, align 32
  %370 = load <8 x float>, <8 x float>* %17, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %338, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %17, align 32
  %372 = add i64 %252, 3
  %373 = mul i64 %372, 8
  %374 = add i64 %373, 1
  %375 = add i64 %249, %374
  %376 = getelementptr inbounds float, float* %1, i64 %375
  %377 = load float, float* %376, align 4
  %378 = insertelement <8 x float> undef, float %377, i32 0
  %splat9 = shufflevector <8 x float> %378, <8 x float> undef, <8 x i32> zeroinitializer
  %379 = load <8 x float>, <8 x float>* %22, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %334, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %22, align 32
  %381 = load <8 x float>, <8 x float>* %16, align 32
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %338, <8 x float> %381)
  store <8 x float> %382, <8 x float>* %16, align 32
  %383 = add i64 %252, 4
  %384 = mul i64 %383, 8
  %385 = add i64 %384, 1
  %386 = add i64 %249, %385
  %387 = getelementptr inbounds float, float* %1, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat10 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %21, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %334, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %21, align 32
  %392 = load <8 x float>, <8 x float>* %15, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %338, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %15, align 32
  %394 = add i64 %252, 5
  %395 = mul i64 %394, 8
  %396 = add i64 %395, 1
  %397 = add i64 %249, %396
  %398 = getelementptr inbounds float, float* %1, i64 %397
  %399 = load float, float* %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %splat11 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = load <8 x float>, <8 x float>* %20, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %334, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %20, align 32
  %403 = load <8 x float>, <8 x float>* %14, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %338, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %14, align 32
  %405 = add i64 %256, 16
  %406 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %405
  %407 = bitcast float* %406 to <8 x float>*
  %408 = load <8 x float>, <8 x float>* %407, align 4
  %409 = add i64 %256, 36880
  %410 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  %412 = load <8 x float>, <8 x float>* %411, align 4
  %413 = add i64 %252, 0
  %414 = mul i64 %413, 8
  %415 = add i64 %414, 2
  %416 = add i64 %249, %415
  %417 = getelementptr inbounds float, float* %1, i64 %416
  %418 = load float, float* %417, align 4
  %419 = insertelement <8 x float> undef, float %418, i32 0
  %splat12 = shufflevector <8 x float> %419, <8 x float> undef, <8 x i32> zeroinitializer
  %420 = load <8 x float>, <8 x float>* %25, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %408, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %25, align 32
  %422 = load <8 x float>, <8 x float>* %19, align 32
  %423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %412, <8 x float> %422)
  store <8 x float> %423, <8 x float>* %19, align 32
  %424 = add i64 %252, 1
  %425 = mul i64 %424, 8
  %426 = add i64 %425, 2
  %427 = add i64 %249, %426
  %428 = getelementptr inbounds float, float* %1, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat13 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %24, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %408, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %24, align 32
  %433 = load <8 x float>, <8 x float>* %18, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %412, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %18, align 32
  %435 = add i64 %252, 2
  %436 = mul i64 %435, 8
  %437 = add i64 %436, 2
  %438 = add i64 %249, %437
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat14 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %23, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %408, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %23, align 32
  %444 = load <8 x float>, <8 x float>* %17, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %412, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %17, align 32
  %446 = add i64 %252, 3
  %447 = mul i64 %446, 8
  %448 = add i64 %447, 2
  %449 = add i64 %249, %448
  %450 = getelementptr inbounds float, float* %1, i64 %449
  %451 = load float, float* %450, align 4
  %452 = insertelement <8 x float> undef, float %451, i32 0
  %splat15 = shufflevector <8 x float> %452, <8 x float> undef, <8 x i32> zeroinitializer
  %453 = load <8 x float>, <8 x float>* %22, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %408, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %22, align 32
  %455 = load <8 x float>, <8 x float>* %16, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %412, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %16, align 32
  %457 = add i64 %252, 4
  %458 = mul i64 %457, 8
  %459 = add i64 %458, 2
  %460 = add i64 %249, %459
  %461 = getelementptr inbounds float, float* %1, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat16 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %21, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %408, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %21, align 32
  %466 = load <8 x float>, <8 x float>* %15, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %412, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %15, align 32
  %468 = add i64 %252, 5
  %469 = mul i64 %468, 8
  %470 = add i64 %469, 2
  %471 = add i64 %249, %470
  %472 = getelementptr inbounds float, float* %1, i64 %471
  %473 = load float, float* %472, align 4
  %474 = insertelement <8 x float> undef, float %473, i32 0
  %splat17 = shufflevector <8 x float> %474, <8 x float> undef, <8 x i32> zeroinitializer
  %475 = load <8 x float>, <8 x float>* %20, align 32
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %408, <8 x float> %475)
  store <8 x float> %476, <8 x float>* %20, align 32
  %477 = load <8 x float>, <8 x float>* %14, align 32
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %412, <8 x float> %477)
  store <8 x float> %478, <8 x float>* %14, align 32
  %479 = add i64 %256, 24
  %480 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  %482 = load <8 x float>, <8 x float>* %481, align 4
  %483 = add i64 %256, 36888
  %484 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = load <8 x float>, <8 x float>* %485, align 4
  %487 = add i64 %252, 0
  %488 = mul i64 %487, 8
  %489 = add i64 %488, 3
  %490 = add i64 %249, %489
  %491 = getelementptr inbounds float, float* %1, i64 %490
  %492 = load float, float* %491, align 4
  %493 = insertelement <8 x float> undef, float %492, i32 0
  %splat18 = shufflevector <8 x float> %493, <8 x float> undef, <8 x i32> zeroinitializer
  %494 = load <8 x float>, <8 x float>* %25, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %482, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %25, align 32
  %496 = load <8 x float>, <8 x float>* %19, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %486, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %19, align 32
  %498 = add i64 %252, 1
  %499 = mul i64 %498, 8
  %500 = add i64 %499, 3
  %501 = add i64 %249, %500
  %502 = getelementptr inbounds float, float* %1, i64 %501
  %503 = load float, float* %502, align 4
  %504 = insertelement <8 x float> undef, float %503, i32 0
  %splat19 = shufflevector <8 x float> %504, <8 x float> undef, <8 x i32> zeroinitializer
  %505 = load <8 x float>, <8 x float>* %24, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %482, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %24, align 32
  %507 = load <8 x float>, <8 x float>* %18, align 32
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %486, <8 x float> %507)
  store <8 x float> %508, <8 x float>* %18, align 32
  %509 = add i64 %252, 2
  %510 = mul i64 %509, 8
  %511 = add i64 %510, 3
  %512 = add i64 %249, %511
  %513 = getelementptr inbounds float, float* %1, i64 %512
  %514 = load float, float* %513, align 4
  %515 = insertelement <8 x float> undef, float %514, i32 0
  %splat20 = shufflevector <8 x float> %515, <8 x float> undef, <8 x i32> zeroinitializer
  %516 = load <8 x float>, <8 x float>* %23, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %482, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %23, align 32
  %518 = load <8 x float>, <8 x float>* %17, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %486, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %17, align 32
  %520 = add i64 %252, 3
  %521 = mul i64 %520, 8
  %522 = add i64 %521, 3
  %523 = add i64 %249, %522
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat21 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %22, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %482, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %22, align 32
  %529 = load <8 x float>, <8 x float>* %16, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %486, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %16, align 32
  %531 = add i64 %252, 4
  %532 = mul i64 %531, 8
  %533 = add i64 %532, 3
  %534 = add i64 %249, %533
  %535 = getelementptr inbounds float, float* %1, i64 %534
  %536 = load float, float* %535, align 4
  %537 = insertelement <8 x float> undef, float %536, i32 0
  %splat22 = shufflevector <8 x float> %537, <8 x float> undef, <8 x i32> zeroinitializer
  %538 = load <8 x float>, <8 x float>* %21, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %482, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %21, align 32
  %540 = load <8 x float>, <8 x float>* %15, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %486, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %15, align 32
  %542 = add i64 %252, 5
  %543 = mul i64 %542, 8
  %544 = add i64 %543, 3
  %545 = add i64 %249, %544
  %546 = getelementptr inbounds float, float* %1, i64 %545
  %547 = load float, float* %546, align 4
  %548 = insertelement <8 x float> undef, float %547, i32 0
  %splat23 = shufflevector <8 x float> %548, <8 x float> undef, <8 x i32> zeroinitializer
  %549 = load <8 x float>, <8 x float>* %20, align 32
  %550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %482, <8 x float> %549)
  store <8 x float> %550, <8 x float>* %20, align 32
  %551 = load <8 x float>, <8 x float>* %14, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %486, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %14, align 32
  %553 = add i64 %256, 32
  %554 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %553
  %555 = bitcast float* %554 to <8 x float>*
  %556 = load <8 x float>, <8 x float>* %555, align 4
  %557 = add i64 %256, 36896
  %558 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %557
  %559 = bitcast float* %558 to <8 x float>*
  %560 = load <8 x float>, <8 x float>* %559, align 4
  %561 = add i64 %252, 0
  %562 = mul i64 %561, 8
  %563 = add i64 %562, 4
  %564 = add i64 %249, %563
  %565 = getelementptr inbounds float, float* %1, i64 %564
  %566 = load float, float* %565, align 4
  %567 = insertelement <8 x float> undef, float %566, i32 0
  %splat24 = shufflevector <8 x float> %567, <8 x float> undef, <8 x i32> zeroinitializer
  %568 = load <8 x float>, <8 x float>* %25, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %556, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %25, align 32
  %570 = load <8 x float>, <8 x float>* %19, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %560, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %19, align 32
  %572 = add i64 %252, 1
  %573 = mul i64 %572, 8
  %574 = add i64 %573, 4
  %575 = add i64 %249, %574
  %576 = getelementptr inbounds float, float* %1, i64 %575
  %577 = load float, float* %576, align 4
  %578 = insertelement <8 x float> undef, float %577, i32 0
  %splat25 = shufflevector <8 x float> %578, <8 x float> undef, <8 x i32> zeroinitializer
  %579 = load <8 x float>, <8 x float>* %24, align 32
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %556, <8 x float> %579)
  store <8 x float> %580, <8 x float>* %24, align 32
  %581 = load <8 x float>, <8 x float>* %18, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %560, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %18, align 32
  %583 = add i64 %252, 2
  %584 = mul i64 %583, 8
  %585 = add i64 %584, 4
  %586 = add i64 %249, %585
  %587 = getelementptr inbounds float, float* %1, i64 %586
  %588 = load float, float* %587, align 4
  %589 = insertelement <8 x float> undef, float %588, i32 0
  %splat26 = shufflevector <8 x float> %589, <8 x float> undef, <8 x i32> zeroinitializer
  %590 = load <8 x float>, <8 x float>* %23, align 32
  %591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %556, <8 x float> %590)
  store <8 x float> %591, <8 x float>* %23, align 32
  %592 = load <8 x float>, <8 x float>* %17, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %560, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %17, align 32
  %594 = add i64 %252, 3
  %595 = mul i64 %594, 8
  %596 = add i64 %595, 4
  %597 = add i64 %249, %596
  %598 = getelementptr inbounds float, float* %1, i64 %597
  %599 = load float, float* %598, align 4
  %600 = insertelement <8 x float> undef, float %599, i32 0
  %splat27 = shufflevector <8 x float> %600, <8 x float> undef, <8 x i32> zeroinitializer
  %601 = load <8 x float>, <8 x float>* %22, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %556, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %22, align 32
  %603 = load <8 x float>, <8 x float>* %16, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %560, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %16, align 32
  %605 = add i64 %252, 4
  %606 = mul i64 %605, 8
  %607 = add i64 %606, 4
  %608 = add i64 %249, %607
  %609 = getelementptr inbounds float, float* %1, i64 %608
  %610 = load float, float* %609, align 4
  %611 = insertelement <8 x float> undef, float %610, i32 0
  %splat28 = shufflevector <8 x float> %611, <8 x float> undef, <8 x i32> zeroinitializer
  %612 = load <8 x float>, <8 x float>* %21, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %556, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %21, align 32
  %614 = load <8 x float>, <8 x float>* %15, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %560, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %15, align 32
  %616 = add i64 %252, 5
  %617 = mul i64 %616, 8
  %618 = add i64 %617, 4
  %619 = add i64 %249, %618
  %620 = getelementptr inbounds float, float* %1, i64 %619
  %621 = load float, float* %620, align 4
  %622 = insertelement <8 x float> undef, float %621, i32 0
  %splat29 = shufflevector <8 x float> %622, <8 x float> undef, <8 x i32> zeroinitializer
  %623 = load <8 x float>, <8 x float>* %20, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %556, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %20, align 32
  %625 = load <8 x float>, <8 x float>* %14, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %560, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %14, align 32
  %627 = add i64 %256, 40
  %628 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %627
  %629 = bitcast float* %628 to <8 x float>*
  %630 = load <8 x float>, <8 x float>* %629, align 4
  %631 = add i64 %256, 36904
  %632 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %631
  %633 = bitcast float* %632 to <8 x float>*
  %634 = load <8 x float>, <8 x float>* %633, align 4
  %635 = add i64 %252, 0
  %636 = mul i64 %635, 8
  %637 = add i64 %636, 5
  %638 = add i64 %249, %637
  %639 = getelementptr inbounds float, float* %1, i64 %638
  %640 = load float, float* %639, align 4
  %641 = insertelement <8 x float> undef, float %640, i32 0
  %splat30 = shufflevector <8 x float> %641, <8 x float> undef, <8 x i32> zeroinitializer
  %642 = load <8 x float>, <8 x float>* %25, align 32
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %630, <8 x float> %642)
  store <8 x float> %643, <8 x float>* %25, align 32
  %644 = load <8 x float>, <8 x float>* %19, align 32
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %634, <8 x float> %644)
  store <8 x float> %645, <8 x float>* %19, align 32
  %646 = add i64 %252, 1
  %647 = mul i64 %646, 8
  %648 = add i64 %647, 5
  %649 = add i64 %249, %648
  %650 = getelementptr inbounds float, float* %1, i64 %649
  %651 = load float, float* %650, align 4
  %652 = insertelement <8 x float> undef, float %651, i32 0
  %splat31 = shufflevector <8 x float> %652, <8 x float> undef, <8 x i32> zeroinitializer
  %653 = load <8 x float>, <8 x float>* %24, align 32
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %630, <8 x float> %653)
  store <8 x float> %654, <8 x float>* %24, align 32
  %655 = load <8 x float>, <8 x float>* %18, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %634, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %18, align 32
  %657 = add i64 %252, 2
  %658 = mul i64 %657, 8
  %659 = add i64 %658, 5
  %660 = add i64 %249, %659
  %661 = getelementptr inbounds float, float* %1, i64 %660
  %662 = load float, float* %661, align 4
  %663 = insertelement <8 x float> undef, float %662, i32 0
  %splat32 = shufflevector <8 x float> %663, <8 x float> undef, <8 x i32> zeroinitializer
  %664 = load <8 x float>, <8 x float>* %23, align 32
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %630, <8 x float> %664)
  store <8 x float> %665, <8 x float>* %23, align 32
  %666 = load <8 x float>, <8 x float>* %17, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %634, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %17, align 32
  %668 = add i64 %252, 3
  %669 = mul i64 %668, 8
  %670 = add i64 %669, 5
  %671 = add i64 %249, %670
  %672 = getelementptr inbounds float, float* %1, i64 %671
  %673 = load float, float* %672, align 4
  %674 = insertelement <8 x float> undef, float %673, i32 0
  %splat33 = shufflevector <8 x float> %674, <8 x float> undef, <8 x i32> zeroinitializer
  %675 = load <8 x float>, <8 x float>* %22, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %630, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %22, align 32
  %677 = load <8 x float>, <8 x float>* %16, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %634, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %16, align 32
  %679 = add i64 %252, 4
  %680 = mul i64 %679, 8
  %681 = add i64 %680, 5
  %682 = add i64 %249, %681
  %683 = getelementptr inbounds float, float* %1, i64 %682
  %684 = load float, float* %683, align 4
  %685 = insertelement <8 x float> undef, float %684, i32 0
  %splat34 = shufflevector <8 x float> %685, <8 x float> undef, <8 x i32> zeroinitializer
  %686 = load <8 x float>, <8 x float>* %21, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %630, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %21, align 32
  %688 = load <8 x float>, <8 x float>* %15, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %634, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %15, align 32
  %690 = add i64 %252, 5
  %691 = mul i64 %690, 8
  %692 = add i64 %691, 5
  %693 = add i64 %249, %692
  %694 = getelementptr inbounds float, float* %1, i64 %693
  %695 = load float, float* %694, align 4
  %696 = insertelement <8 x float> undef, float %695, i32 0
  %splat35 = shufflevector <8 x float> %696, <8 x float> undef, <8 x i32> zeroinitializer
  %697 = load <8 x float>, <8 x float>* %20, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %630, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %20, align 32
  %699 = load <8 x float>, <8 x float>* %14, align 32
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %634, <8 x float> %699)
  store <8 x float> %700, <8 x float>* %14, align 32
  %701 = add i64 %256, 48
  %702 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %701
  %703 = bitcast float* %702 to <8 x float>*
  %704 = load <8 x float>, <8 x float>* %703, align 4
  %705 = add i64 %256, 36912
  %706 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %705
  %707 = bitcast float* %706 to <8 x float>*
  %708 = load <8 x float>, <8 x float>* %707, align 4
  %709 = add i64 %252, 0
  %710 = mul i64 %709, 8
  %711 = add i64 %710, 6
  %712 = add i64 %249, %711
  %713 = getelementptr inbounds float, float* %1, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat36 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %25, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %704, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %25, align 32
  %718 = load <8 x float>, <8 x float>* %19, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %708, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %19, align 32
  %720 = add i64 %252, 1
  %721 = mul i64 %720, 8
  %722 = add i64 %721, 6
  %723 = add i64 %249, %722
  %724 = getelementptr inbounds float, float* %1, i64 %723
  %725 = load float, float* %724, align 4
  %726 = insertelement <8 x float> undef, float %725, i32 0
  %splat37 = shufflevector <8 x float> %726, <8 x float> undef, <8 x i32> zeroinitializer
  %727 = load <8 x float>, <8 x float>* %24, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %704, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %24, align 32
  %729 = load <8 x float>, <8 x float>* %18, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %708, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %18, align 32
  %731 = add i64 %252, 2
  %732 = mul i64 %731, 8
  %733 = add i64 %732, 6
  %734 = add i64 %249, %733
  %735 = getelementptr inbounds float, float* %1, i64 %734
  %736 = load float, float* %735, align 4
  %737 = insertelement <8 x float> undef, float %736, i32 0
  %splat38 = shufflevector <8 x float> %737, <8 x float> undef, <8 x i32> zeroinitializer
  %738 = load <8 x float>, <8 x float>* %23, align 32
  %739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %704, <8 x float> %738)
  store <8 x float> %739, <8 x float>* %23, align 32
  %740 = load <8 x float>, <8 x float>* %17, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %708, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %17, align 32
  %742 = add i64 %252, 3
  %743 = mul i64 %742, 8
  %744 = add i64 %743, 6
  %745 = add i64 %249, %744
  %746 = getelementptr inbounds float, float* %1, i64 %745
  %747 = load float, float* %746, align 4
  %748 = insertelement <8 x float> undef, float %747, i32 0
  %splat39 = shufflevector <8 x float> %748, <8 x float> undef, <8 x i32> zeroinitializer
  %749 = load <8 x float>, <8 x float>* %22, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %704, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %22, align 32
  %751 = load <8 x float>, <8 x float>* %16, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %708, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %16, align 32
  %753 = add i64 %252, 4
  %754 = mul i64 %753, 8
  %755 = add i64 %754, 6
  %756 = add i64 %249, %755
  %757 = getelementptr inbounds float, float* %1, i64 %756
  %758 = load float, float* %757, align 4
  %759 = insertelement <8 x float> undef, float %758, i32 0
  %splat40 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
  %760 = load <8 x float>, <8 x float>* %21, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %704, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %21, align 32
  %762 = load <8 x float>, <8 x float>* %15, align 32
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %708, <8 x float> %762)
  store <8 x float> %763, <8 x float>* %15, align 32
  %764 = add i64 %252, 5
  %765 = mul i64 %764, 8
  %766 = add i64 %765, 6
  %767 = add i64 %249, %766
  %768 = getelementptr inbounds float, float* %1, i64 %767
  %769 = load float, float* %768, align 4
  %770 = insertelement <8 x float> undef, float %769, i32 0
  %splat41 = shufflevector <8 x float> %770, <8 x float> undef, <8 x i32> zeroinitializer
  %771 = load <8 x float>, <8 x float>* %20, align 32
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %704, <8 x float> %771)
  store <8 x float> %772, <8 x float>* %20, align 32
  %773 = load <8 x float>, <8 x float>* %14, align 32
  %774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %708, <8 x float> %773)
  store <8 x float> %774, <8 x float>* %14, align 32
  %775 = add i64 %256, 56
  %776 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %775
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = add i64 %256, 36920
  %780 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %779
  %781 = bitcast float* %780 to <8 x float>*
  %782 = load <8 x float>, <8 x float>* %781, align 4
  %783 = add i64 %252, 0
  %784 = mul i64 %783, 8
  %785 = add i64 %784, 7
  %786 = add i64 %249, %785
  %787 = getelementptr inbounds float, float* %1, i64 %786
  %788 = load float, float* %787, align 4
  %789 = insertelement <8 x float> undef, float %788, i32 0
  %splat42 = shufflevector <8 x float> %789, <8 x float> undef, <8 x i32> zeroinitializer
  %790 = load <8 x float>, <8 x float>* %25, align 32
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %778, <8 x float> %790)
  store <8 x float> %791, <8 x float>* %25, align 32
  %792 = load <8 x float>, <8 x float>* %19, align 32
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %782, <8 x float> %792)
  store <8 x float> %793, <8 x float>* %19, align 32
  %794 = add i64 %252, 1
  %795 = mul i64 %794, 8
  %796 = add i64 %795, 7
  %797 = add i64 %249, %796
  %798 = getelementptr inbounds float, float* %1, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat43 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %24, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %778, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %24, align 32
  %803 = load <8 x float>, <8 x float>* %18, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %782, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %18, align 32
  %805 = add i64 %252, 2
  %806 = mul i64 %805, 8
  %807 = add i64 %806, 7
  %808 = add i64 %249, %807
  %809 = getelementptr inbounds float, float* %1, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat44 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %23, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %778, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %23, align 32
  %814 = load <8 x float>, <8 x float>* %17, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %782, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %17, align 32
  %816 = add i64 %252, 3
  %817 = mul i64 %816, 8
  %818 = add i64 %817, 7
  %819 = add i64 %249, %818
  %820 = getelementptr inbounds float, float* %1, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat45 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %22, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %778, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %22, align 32
  %825 = load <8 x float>, <8 x float>* %16, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %782, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %16, align 32
  %827 = add i64 %252, 4
  %828 = mul i64 %827, 8
  %829 = add i64 %828, 7
  %830 = add i64 %249, %829
  %831 = getelementptr inbounds float, float* %1, i64 %830
  %832 = load float, float* %831, align 4
  %833 = insertelement <8 x float> undef, float %832, i32 0
  %splat46 = shufflevector <8 x float> %833, <8 x float> undef, <8 x i32> zeroinitializer
  %834 = load <8 x float>, <8 x float>* %21, align 32
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %778, <8 x float> %834)
  store <8 x float> %835, <8 x float>* %21, align 32
  %836 = load <8 x float>, <8 x float>* %15, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %782, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %15, align 32
  %838 = add i64 %252, 5
  %839 = mul i64 %838, 8
  %840 = add i64 %839, 7
  %841 = add i64 %249, %840
  %842 = getelementptr inbounds float, float* %1, i64 %841
  %843 = load float, float* %842, align 4
  %844 = insertelement <8 x float> undef, float %843, i32 0
  %splat47 = shufflevector <8 x float> %844, <8 x float> undef, <8 x i32> zeroinitializer
  %845 = load <8 x float>, <8 x float>* %20, align 32
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %778, <8 x float> %845)
  store <8 x float> %846, <8 x float>* %20, align 32
  %847 = load <8 x float>, <8 x float>* %14, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %782, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %14, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next80, %kh.exit54 ]
  %849 = icmp slt i64 %u51, 64
  br i1 %849, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %850 = mul i64 %u51, 6272
  %851 = add i64 %39, %850
  %852 = mul i64 %u51, 576
  %853 = add i64 %43, %852
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %854 = mul i64 %32, 64
  %855 = add i64 %854, %35
  %856 = add i64 %855, 0
  %857 = mul i64 %856, 28
  %858 = add i64 %857, %29
  %859 = mul i64 %858, 28
  %860 = add i64 %859, 25
  %861 = mul i64 %860, 8
  %862 = load <8 x float>, <8 x float>* %13, align 32
  %863 = fcmp ogt <8 x float> %862, zeroinitializer
  %864 = select <8 x i1> %863, <8 x float> %862, <8 x float> zeroinitializer
  %865 = getelementptr inbounds float, float* %0, i64 %861
  %866 = bitcast float* %865 to <8 x float>*
  store <8 x float> %864, <8 x float>* %866, align 4
  %867 = mul i64 %32, 64
  %868 = add i64 %867, %35
  %869 = add i64 %868, 0
  %870 = mul i64 %869, 28
  %871 = add i64 %870, %29
  %872 = mul i64 %871, 28
  %873 = add i64 %872, 26
  %874 = mul i64 %873, 8
  %875 = load <8 x float>, <8 x float>* %12, align 32
  %876 = fcmp ogt <8 x float> %875, zeroinitializer
  %877 = select <8 x i1> %876, <8 x float> %875, <8 x float> zeroinitializer
  %878 = getelementptr inbounds float, float* %0, i64 %874
  %879 = bitcast float* %878 to <8 x float>*
  store <8 x float> %877, <8 x float>* %879, align 4
  %880 = mul i64 %32, 64
  %881 = add i64 %880, %35
  %882 = add i64 %881, 1
  %883 = mul i64 %882, 28
  %884 = add i64 %883, %29
  %885 = mul i64 %884, 28
  %886 = add i64 %885, 25
  %887 = mul i64 %886, 8
  %888 = load <8 x float>, <8 x float>* %11, align 32
  %889 = fcmp ogt <8 x float> %888, zeroinitializer
  %890 = select <8 x i1> %889, <8 x float> %888, <8 x float> zeroinitializer
  %891 = getelementptr inbounds float, float* %0, i64 %887
  %892 = bitcast float* %891 to <8 x float>*
  store <8 x float> %890, <8 x float>* %892, align 4
  %893 = mul i64 %32, 64
  %894 = add i64 %893, %35
  %895 = add i64 %894, 1
  %896 = mul i64 %895, 28
  %897 = add i64 %896, %29
  %898 = mul i64 %897, 28
  %899 = add i64 %898, 26
  %900 = mul i64 %899, 8
  %901 = load <8 x float>, <8 x float>* %10, align 32
  %902 = fcmp ogt <8 x float> %901, zeroinitializer
  %903 = select <8 x i1> %902, <8 x float> %901, <8 x float> zeroinitializer
  %904 = getelementptr inbounds float, float* %0, i64 %900
  %905 = bitcast float* %904 to <8 x float>*
  store <8 x float> %903, <8 x float>* %905, align 4
  br label %xb.header

kh.header52:                                      ; preds = %endif57, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next79, %endif57 ]
  %906 = icmp slt i64 %kh55, 3
  br i1 %906, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %907 = mul i64 %kh55, 1
  %908 = add i64 %45, %907
  %909 = icmp sge i64 %908, 0
  %910 = icmp slt i64 %908, 28
  %911 = and i1 %909, %910
  br i1 %911, label %then56, label %endif57

kh.exit54:                                        ; preds = %kh.header52
  %u.next80 = add i64 %u51, 1
  br label %u.header48

then56:                                           ; preds = %kh.body53
  %912 = mul i64 %908, 224
  %913 = add i64 %851, %912
  br label %kw.header58

endif57:                                          ; preds = %kw.exit60, %kh.body53
  %kh.next79 = add i64 %kh55, 1
  br label %kh.header52

kw.header58:                                      ; preds = %kw.body59, %then56
  %kw61 = phi i64 [ 0, %then56 ], [ %kw.next78, %kw.body59 ]
  %914 = icmp slt i64 %kw61, 3
  br i1 %914, label %kw.body59, label %kw.exit60

kw.body59:                                        ; preds = %kw.header58
  %915 = mul i64 %kw61, 1
  %916 = add i64 24, %915
  %917 = mul i64 %kh55, 3
  %918 = add i64 %917, %kw61
  %919 = mul i64 %918, 64
  %920 = add i64 %853, %919
  %921 = add i64 %920, 0
  %922 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %921
  %923 = bitcast float* %922 to <8 x float>*
  %924 = load <8 x float>, <8 x float>* %923, align 4
  %925 = add i64 %920, 36864
  %926 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %925
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = add i64 %916, 0
  %930 = mul i64 %929, 8
  %931 = add i64 %930, 0
  %932 = add i64 %913, %931
  %933 = getelementptr inbounds float, float* %1, i64 %932
  %934 = load float, float* %933, align 4
  %935 = insertelement <8 x float> undef, float %934, i32 0
  %splat62 = shufflevector <8 x float> %935, <8 x float> undef, <8 x i32> zeroinitializer
  %936 = load <8 x float>, <8 x float>* %13, align 32
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %924, <8 x float> %936)
  store <8 x float> %937, <8 x float>* %13, align 32
  %938 = load <8 x float>, <8 x float>* %11, align 32
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %928, <8 x float> %938)
  store <8 x float> %939, <8 x float>* %11, align 32
  %940 = add i64 %916, 1
  %941 = mul i64 %940, 8
  %942 = add i64 %941, 0
  %943 = add i64 %913, %942
  %944 = getelementptr inbounds float, float* %1, i64 %943
  %945 = load float, float* %944, align 4
  %946 = insertelement <8 x float> undef, float %945, i32 0
  %splat63 = shufflevector <8 x float> %946, <8 x float> undef, <8 x i32> zeroinitializer
  %947 = load <8 x float>, <8 x float>* %12, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %924, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %12, align 32
  %949 = load <8 x float>, <8 x float>* %10, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %928, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %10, align 32
  %951 = add i64 %920, 8
  %952 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %951
  %953 = bitcast float* %952 to <8 x float>*
  %954 = load <8 x float>, <8 x float>* %953, align 4
  %955 = add i64 %920, 36872
  %956 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %955
  %957 = bitcast float* %956 to <8 x float>*
  %958 = load <8 x float>, <8 x float>* %957, align 4
  %959 = add i64 %916, 0
  %960 = mul i64 %959, 8
  %961 = add i64 %960, 1
  %962 = add i64 %913, %961
  %963 = getelementptr inbounds float, float* %1, i64 %962
  %964 = load float, float* %963, align 4
  %965 = insertelement <8 x float> undef, float %964, i32 0
  %splat64 = shufflevector <8 x float> %965, <8 x float> undef, <8 x i32> zeroinitializer
  %966 = load <8 x float>, <8 x float>* %13, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %954, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %13, align 32
  %968 = load <8 x float>, <8 x float>* %11, align 32
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %958, <8 x float> %968)
  store <8 x float> %969, <8 x float>* %11, align 32
  %970 = add i64 %916, 1
  %971 = mul i64 %970, 8
  %972 = add i64 %971, 1
  %973 = add i64 %913, %972
  %974 = getelementptr inbounds float, float* %1, i64 %973
  %975 = load float, float* %974, align 4
  %976 = insertelement <8 x float> undef, float %975, i32 0
  %splat65 = shufflevector <8 x float> %976, <8 x float> undef, <8 x i32> zeroinitializer
  %977 = load <8 x float>, <8 x float>* %12, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %954, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %12, align 32
  %979 = load <8 x float>, <8 x float>* %10, align 32
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %958, <8 x float> %979)
  store <8 x float> %980, <8 x float>* %10, align 32
  %981 = add i64 %920, 16
  %982 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %981
  %983 = bitcast float* %982 to <8 x float>*
  %984 = load <8 x float>, <8 x float>* %983, align 4
  %985 = add i64 %920, 36880
  %986 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %985
  %987 = bitcast float* %986 to <8 x float>*
  %988 = load <8 x float>, <8 x float>* %987, align 4
  %989 = add i64 %916, 0
  %990 = mul i64 %989, 8
  %991 = add i64 %990, 2
  %992 = add i64 %913, %991
  %993 = getelementptr inbounds float, float* %1, i64 %992
  %994 = load float, float* %993, align 4
  %995 = insertelement <8 x float> undef, float %994, i32 0
  %splat66 = shufflevector <8 x float> %995, <8 x float> undef, <8 x i32> zeroinitializer
  %996 = load <8 x float>, <8 x float>* %13, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %984, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %13, align 32
  %998 = load <8 x float>, <8 x float>* %11, align 32
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %988, <8 x float> %998)
  store <8 x float> %999, <8 x float>* %11, align 32
  %1000 = add i64 %916, 1
  %1001 = mul i64 %1000, 8
  %1002 = add i64 %1001, 2
  %1003 = add i64 %913, %1002
  %1004 = getelementptr inbounds float, float* %1, i64 %1003
  %1005 = load float, float* %1004, align 4
  %1006 = insertelement <8 x float> undef, float %1005, i32 0
  %splat67 = shufflevector <8 x float> %1006, <8 x float> undef, <8 x i32> zeroinitializer
  %1007 = load <8 x float>, <8 x float>* %12, align 32
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %984, <8 x float> %1007)
  store <8 x float> %1008, <8 x float>* %12, align 32
  %1009 = load <8 x float>, <8 x float>* %10, align 32
  %1010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %988, <8 x float> %1009)
  store <8 x float> %1010, <8 x float>* %10, align 32
  %1011 = add i64 %920, 24
  %1012 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1011
  %1013 = bitcast float* %1012 to <8 x float>*
  %1014 = load <8 x float>, <8 x float>* %1013, align 4
  %1015 = add i64 %920, 36888
  %1016 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1015
  %1017 = bitcast float* %1016 to <8 x float>*
  %1018 = load <8 x float>, <8 x float>* %1017, align 4
  %1019 = add i64 %916, 0
  %1020 = mul i64 %1019, 8
  %1021 = add i64 %1020, 3
  %1022 = add i64 %913, %1021
  %1023 = getelementptr inbounds float, float* %1, i64 %1022
  %1024 = load float, float* %1023, align 4
  %1025 = insertelement <8 x float> undef, float %1024, i32 0
  %splat68 = shufflevector <8 x float> %1025, <8 x float> undef, <8 x i32> zeroinitializer
  %1026 = load <8 x float>, <8 x float>* %13, align 32
  %1027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1014, <8 x float> %1026)
  store <8 x float> %1027, <8 x float>* %13, align 32
  %1028 = load <8 x float>, <8 x float>* %11, align 32
  %1029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1018, <8 x float> %1028)
  store <8 x float> %1029, <8 x float>* %11, align 32
  %1030 = add i64 %916, 1
  %1031 = mul i64 %1030, 8
  %1032 = add i64 %1031, 3
  %1033 = add i64 %913, %1032
  %1034 = getelementptr inbounds float, float* %1, i64 %1033
  %1035 = load float, float* %1034, align 4
  %1036 = insertelement <8 x float> undef, float %1035, i32 0
  %splat69 = shufflevector <8 x float> %1036, <8 x float> undef, <8 x i32> zeroinitializer
  %1037 = load <8 x float>, <8 x float>* %12, align 32
  %1038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1014, <8 x float> %1037)
  store <8 x float> %1038, <8 x float>* %12, align 32
  %1039 = load <8 x float>, <8 x float>* %10, align 32
  %1040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1018, <8 x float> %1039)
  store <8 x float> %1040, <8 x float>* %10, align 32
  %1041 = add i64 %920, 32
  %1042 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1041
  %1043 = bitcast float* %1042 to <8 x float>*
  %1044 = load <8 x float>, <8 x float>* %1043, align 4
  %1045 = add i64 %920, 36896
  %1046 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1045
  %1047 = bitcast float* %1046 to <8 x float>*
  %1048 = load <8 x float>, <8 x float>* %1047, align 4
  %1049 = add i64 %916, 0
  %1050 = mul i64 %1049, 8
  %1051 = add i64 %1050, 4
  %1052 = add i64 %913, %1051
  %1053 = getelementptr inbounds float, float* %1, i64 %1052
  %1054 = load float, float* %1053, align 4
  %1055 = insertelement <8 x float> undef, float %1054, i32 0
  %splat70 = shufflevector <8 x float> %1055, <8 x float> undef, <8 x i32> zeroinitializer
  %1056 = load <8 x float>, <8 x float>* %13, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1044, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %13, align 32
  %1058 = load <8 x float>, <8 x float>* %11, align 32
  %1059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1048, <8 x float> %1058)
  store <8 x float> %1059, <8 x float>* %11, align 32
  %1060 = add i64 %916, 1
  %1061 = mul i64 %1060, 8
  %1062 = add i64 %1061, 4
  %1063 = add i64 %913, %1062
  %1064 = getelementptr inbounds float, float* %1, i64 %1063
  %1065 = load float, float* %1064, align 4
  %1066 = insertelement <8 x float> undef, float %1065, i32 0
  %splat71 = shufflevector <8 x float> %1066, <8 x float> undef, <8 x i32> zeroinitializer
  %1067 = load <8 x float>, <8 x float>* %12, align 32
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1044, <8 x float> %1067)
  store <8 x float> %1068, <8 x float>* %12, align 32
  %1069 = load <8 x float>, <8 x float>* %10, align 32
  %1070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1048, <8 x float> %1069)
  store <8 x float> %1070, <8 x float>* %10, align 32
  %1071 = add i64 %920, 40
  %1072 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1071
  %1073 = bitcast float* %1072 to <8 x float>*
  %1074 = load <8 x float>, <8 x float>* %1073, align 4
  %1075 = add i64 %920, 36904
  %1076 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1075
  %1077 = bitcast float* %1076 to <8 x float>*
  %1078 = load <8 x float>, <8 x float>* %1077, align 4
  %1079 = add i64 %916, 0
  %1080 = mul i64 %1079, 8
  %1081 = add i64 %1080, 5
  %1082 = add i64 %913, %1081
  %1083 = getelementptr inbounds float, float* %1, i64 %1082
  %1084 = load float, float* %1083, align 4
  %1085 = insertelement <8 x float> undef, float %1084, i32 0
  %splat72 = shufflevector <8 x float> %1085, <8 x float> undef, <8 x i32> zeroinitializer
  %1086 = load <8 x float>, <8 x float>* %13, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1074, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %13, align 32
  %1088 = load <8 x float>, <8 x float>* %11, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1078, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %11, align 32
  %1090 = add i64 %916, 1
  %1091 = mul i64 %1090, 8
  %1092 = add i64 %1091, 5
  %1093 = add i64 %913, %1092
  %1094 = getelementptr inbounds float, float* %1, i64 %1093
  %1095 = load float, float* %1094, align 4
  %1096 = insertelement <8 x float> undef, float %1095, i32 0
  %splat73 = shufflevector <8 x float> %1096, <8 x float> undef, <8 x i32> zeroinitializer
  %1097 = load <8 x float>, <8 x float>* %12, align 32
  %1098 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1074, <8 x float> %1097)
  store <8 x float> %1098, <8 x float>* %12, align 32
  %1099 = load <8 x float>, <8 x float>* %10, align 32
  %1100 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1078, <8 x float> %1099)
  store <8 x float> %1100, <8 x float>* %10, align 32
  %1101 = add i64 %920, 48
  %1102 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1101
  %1103 = bitcast float* %1102 to <8 x float>*
  %1104 = load <8 x float>, <8 x float>* %1103, align 4
  %1105 = add i64 %920, 36912
  %1106 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1105
  %1107 = bitcast float* %1106 to <8 x float>*
  %1108 = load <8 x float>, <8 x float>* %1107, align 4
  %1109 = add i64 %916, 0
  %1110 = mul i64 %1109, 8
  %1111 = add i64 %1110, 6
  %1112 = add i64 %913, %1111
  %1113 = getelementptr inbounds float, float* %1, i64 %1112
  %1114 = load float, float* %1113, align 4
  %1115 = insertelement <8 x float> undef, float %1114, i32 0
  %splat74 = shufflevector <8 x float> %1115, <8 x float> undef, <8 x i32> zeroinitializer
  %1116 = load <8 x float>, <8 x float>* %13, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1104, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %13, align 32
  %1118 = load <8 x float>, <8 x float>* %11, align 32
  %1119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1108, <8 x float> %1118)
  store <8 x float> %1119, <8 x float>* %11, align 32
  %1120 = add i64 %916, 1
  %1121 = mul i64 %1120, 8
  %1122 = add i64 %1121, 6
  %1123 = add i64 %913, %1122
  %1124 = getelementptr inbounds float, float* %1, i64 %1123
  %1125 = load float, float* %1124, align 4
  %1126 = insertelement <8 x float> undef, float %1125, i32 0
  %splat75 = shufflevector <8 x float> %1126, <8 x float> undef, <8 x i32> zeroinitializer
  %1127 = load <8 x float>, <8 x float>* %12, align 32
  %1128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1104, <8 x float> %1127)
  store <8 x float> %1128, <8 x float>* %12, align 32
  %1129 = load <8 x float>, <8 x float>* %10, align 32
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1108, <8 x float> %1129)
  store <8 x float> %1130, <8 x float>* %10, align 32
  %1131 = add i64 %920, 56
  %1132 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1131
  %1133 = bitcast float* %1132 to <8 x float>*
  %1134 = load <8 x float>, <8 x float>* %1133, align 4
  %1135 = add i64 %920, 36920
  %1136 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1135
  %1137 = bitcast float* %1136 to <8 x float>*
  %1138 = load <8 x float>, <8 x float>* %1137, align 4
  %1139 = add i64 %916, 0
  %1140 = mul i64 %1139, 8
  %1141 = add i64 %1140, 7
  %1142 = add i64 %913, %1141
  %1143 = getelementptr inbounds float, float* %1, i64 %1142
  %1144 = load float, float* %1143, align 4
  %1145 = insertelement <8 x float> undef, float %1144, i32 0
  %splat76 = shufflevector <8 x float> %1145, <8 x float> undef, <8 x i32> zeroinitializer
  %1146 = load <8 x float>, <8 x float>* %13, align 32
  %1147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1134, <8 x float> %1146)
  store <8 x float> %1147, <8 x float>* %13, align 32
  %1148 = load <8 x float>, <8 x float>* %11, align 32
  %1149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1138, <8 x float> %1148)
  store <8 x float> %1149, <8 x float>* %11, align 32
  %1150 = add i64 %916, 1
  %1151 = mul i64 %1150, 8
  %1152 = add i64 %1151, 7
  %1153 = add i64 %913, %1152
  %1154 = getelementptr inbounds float, float* %1, i64 %1153
  %1155 = load float, float* %1154, align 4
  %1156 = insertelement <8 x float> undef, float %1155, i32 0
  %splat77 = shufflevector <8 x float> %1156, <8 x float> undef, <8 x i32> zeroinitializer
  %1157 = load <8 x float>, <8 x float>* %12, align 32
  %1158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1134, <8 x float> %1157)
  store <8 x float> %1158, <8 x float>* %12, align 32
  %1159 = load <8 x float>, <8 x float>* %10, align 32
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1138, <8 x float> %1159)
  store <8 x float> %1160, <8 x float>* %10, align 32
  %kw.next78 = add i64 %kw61, 1
  br label %kw.header58

kw.exit60:                                        ; preds = %kw.header58
  br label %endif57

xb.header:                                        ; preds = %u.exit83, %u.exit50
  %xb = phi i64 [ 0, %u.exit50 ], [ %xb.next, %u.exit83 ]
  %1161 = icmp slt i64 %xb, 1
  br i1 %1161, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %1162 = add i64 %35, 0
  %1163 = mul i64 %1162, 8
  %1164 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %1163
  %1165 = bitcast float* %1164 to <8 x float>*
  %1166 = load <8 x float>, <8 x float>* %1165, align 4
  store <8 x float> %1166, <8 x float>* %9, align 32
  %1167 = add i64 %35, 1
  %1168 = mul i64 %1167, 8
  %1169 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %1168
  %1170 = bitcast float* %1169 to <8 x float>*
  %1171 = load <8 x float>, <8 x float>* %1170, align 4
  store <8 x float> %1171, <8 x float>* %8, align 32
  %1172 = mul i64 %xb, 1
  %1173 = sub i64 %1172, 1
  br label %u.header81

xb.exit:                                          ; preds = %xb.header
  br label %xb.header108

u.header81:                                       ; preds = %kh.exit87, %xb.body
  %u84 = phi i64 [ 0, %xb.body ], [ %u.next107, %kh.exit87 ]
  %1174 = icmp slt i64 %u84, 64
  br i1 %1174, label %u.body82, label %u.exit83

u.body82:                                         ; preds = %u.header81
  %1175 = mul i64 %u84, 6272
  %1176 = add i64 %39, %1175
  %1177 = mul i64 %u84, 576
  %1178 = add i64 %43, %1177
  br label %kh.header85

u.exit83:                                         ; preds = %u.header81
  %1179 = add i64 %xb, 0
  %1180 = mul i64 %32, 64
  %1181 = add i64 %1180, %35
  %1182 = add i64 %1181, 0
  %1183 = mul i64 %1182, 28
  %1184 = add i64 %1183, %29
  %1185 = mul i64 %1184, 28
  %1186 = add i64 %1185, %1179
  %1187 = mul i64 %1186, 8
  %1188 = load <8 x float>, <8 x float>* %9, align 32
  %1189 = fcmp ogt <8 x float> %1188, zeroinitializer
  %1190 = select <8 x i1> %1189, <8 x float> %1188, <8 x float> zeroinitializer
  %1191 = getelementptr inbounds float, float* %0, i64 %1187
  %1192 = bitcast float* %1191 to <8 x float>*
  store <8 x float> %1190, <8 x float>* %1192, align 4
  %1193 = add i64 %xb, 0
  %1194 = mul i64 %32, 64
  %1195 = add i64 %1194, %35
  %1196 = add i64 %1195, 1
  %1197 = mul i64 %1196, 28
  %1198 = add i64 %1197, %29
  %1199 = mul i64 %1198, 28
  %1200 = add i64 %1199, %1193
  %1201 = mul i64 %1200, 8
  %1202 = load <8 x float>, <8 x float>* %8, align 32
  %1203 = fcmp ogt <8 x float> %1202, zeroinitializer
  %1204 = select <8 x i1> %1203, <8 x float> %1202, <8 x float> zeroinitializer
  %1205 = getelementptr inbounds float, float* %0, i64 %1201
  %1206 = bitcast float* %1205 to <8 x float>*
  store <8 x float> %1204, <8 x float>* %1206, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header85:                                      ; preds = %endif90, %u.body82
  %kh88 = phi i64 [ 0, %u.body82 ], [ %kh.next106, %endif90 ]
  %1207 = icmp slt i64 %kh88, 3
  br i1 %1207, label %kh.body86, label %kh.exit87

kh.body86:                                        ; preds = %kh.header85
  %1208 = mul i64 %kh88, 1
  %1209 = add i64 %45, %1208
  %1210 = icmp sge i64 %1209, 0
  %1211 = icmp slt i64 %1209, 28
  %1212 = and i1 %1210, %1211
  br i1 %1212, label %then89, label %endif90

kh.exit87:                                        ; preds = %kh.header85
  %u.next107 = add i64 %u84, 1
  br label %u.header81

then89:                                           ; preds = %kh.body86
  %1213 = mul i64 %1209, 224
  %1214 = add i64 %1176, %1213
  br label %kw.header91

endif90:                                          ; preds = %kw.exit93, %kh.body86
  %kh.next106 = add i64 %kh88, 1
  br label %kh.header85

kw.header91:                                      ; preds = %endif96, %then89
  %kw94 = phi i64 [ 0, %then89 ], [ %kw.next105, %endif96 ]
  %1215 = icmp slt i64 %kw94, 3
  br i1 %1215, label %kw.body92, label %kw.exit93

kw.body92:                                        ; preds = %kw.header91
  %1216 = mul i64 %kw94, 1
  %1217 = add i64 %1173, %1216
  %1218 = mul i64 %kh88, 3
  %1219 = add i64 %1218, %kw94
  %1220 = mul i64 %1219, 64
  %1221 = add i64 %1178, %1220
  %1222 = icmp sge i64 %1217, 0
  %1223 = icmp slt i64 %1217, 28
  %1224 = and i1 %1222, %1223
  br i1 %1224, label %then95, label %endif96

kw.exit93:                                        ; preds = %kw.header91
  br label %endif90

then95:                                           ; preds = %kw.body92
  %1225 = add i64 %1221, 0
  %1226 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1225
  %1227 = bitcast float* %1226 to <8 x float>*
  %1228 = load <8 x float>, <8 x float>* %1227, align 4
  %1229 = add i64 %1221, 36864
  %1230 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1229
  %1231 = bitcast float* %1230 to <8 x float>*
  %1232 = load <8 x float>, <8 x float>* %1231, align 4
  %1233 = add i64 %1217, 0
  %1234 = mul i64 %1233, 8
  %1235 = add i64 %1234, 0
  %1236 = add i64 %1214, %1235
  %1237 = getelementptr inbounds float, float* %1, i64 %1236
  %1238 = load float, float* %1237, align 4
  %1239 = insertelement <8 x float> undef, float %1238, i32 0
  %splat97 = shufflevector <8 x float> %1239, <8 x float> undef, <8 x i32> zeroinitializer
  %1240 = load <8 x float>, <8 x float>* %9, align 32
  %1241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1228, <8 x float> %1240)
  store <8 x float> %1241, <8 x float>* %9, align 32
  %1242 = load <8 x float>, <8 x float>* %8, align 32
  %1243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1232, <8 x float> %1242)
  store <8 x float> %1243, <8 x float>* %8, align 32
  %1244 = add i64 %1221, 8
  %1245 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1244
  %1246 = bitcast float* %1245 to <8 x float>*
  %1247 = load <8 x float>, <8 x float>* %1246, align 4
  %1248 = add i64 %1221, 36872
  %1249 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1248
  %1250 = bitcast float* %1249 to <8 x float>*
  %1251 = load <8 x float>, <8 x float>* %1250, align 4
  %1252 = add i64 %1217, 0
  %1253 = mul i64 %1252, 8
  %1254 = add i64 %1253, 1
  %1255 = add i64 %1214, %1254
  %1256 = getelementptr inbounds float, float* %1, i64 %1255
  %1257 = load float, float* %1256, align 4
  %1258 = insertelement <8 x float> undef, float %1257, i32 0
  %splat98 = shufflevector <8 x float> %1258, <8 x float> undef, <8 x i32> zeroinitializer
  %1259 = load <8 x float>, <8 x float>* %9, align 32
  %1260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1247, <8 x float> %1259)
  store <8 x float> %1260, <8 x float>* %9, align 32
  %1261 = load <8 x float>, <8 x float>* %8, align 32
  %1262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1251, <8 x float> %1261)
  store <8 x float> %1262, <8 x float>* %8, align 32
  %1263 = add i64 %1221, 16
  %1264 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1263
  %1265 = bitcast float* %1264 to <8 x float>*
  %1266 = load <8 x float>, <8 x float>* %1265, align 4
  %1267 = add i64 %1221, 36880
  %1268 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1267
  %1269 = bitcast float* %1268 to <8 x float>*
  %1270 = load <8 x float>, <8 x float>* %1269, align 4
  %1271 = add i64 %1217, 0
  %1272 = mul i64 %1271, 8
  %1273 = add i64 %1272, 2
  %1274 = add i64 %1214, %1273
  %1275 = getelementptr inbounds float, float* %1, i64 %1274
  %1276 = load float, float* %1275, align 4
  %1277 = insertelement <8 x float> undef, float %1276, i32 0
  %splat99 = shufflevector <8 x float> %1277, <8 x float> undef, <8 x i32> zeroinitializer
  %1278 = load <8 x float>, <8 x float>* %9, align 32
  %1279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1266, <8 x float> %1278)
  store <8 x float> %1279, <8 x float>* %9, align 32
  %1280 = load <8 x float>, <8 x float>* %8, align 32
  %1281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1270, <8 x float> %1280)
  store <8 x float> %1281, <8 x float>* %8, align 32
  %1282 = add i64 %1221, 24
  %1283 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1282
  %1284 = bitcast float* %1283 to <8 x float>*
  %1285 = load <8 x float>, <8 x float>* %1284, align 4
  %1286 = add i64 %1221, 36888
  %1287 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1286
  %1288 = bitcast float* %1287 to <8 x float>*
  %1289 = load <8 x float>, <8 x float>* %1288, align 4
  %1290 = add i64 %1217, 0
  %1291 = mul i64 %1290, 8
  %1292 = add i64 %1291, 3
  %1293 = add i64 %1214, %1292
  %1294 = getelementptr inbounds float, float* %1, i64 %1293
  %1295 = load float, float* %1294, align 4
  %1296 = insertelement <8 x float> undef, float %1295, i32 0
  %splat100 = shufflevector <8 x float> %1296, <8 x float> undef, <8 x i32> zeroinitializer
  %1297 = load <8 x float>, <8 x float>* %9, align 32
  %1298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1285, <8 x float> %1297)
  store <8 x float> %1298, <8 x float>* %9, align 32
  %1299 = load <8 x float>, <8 x float>* %8, align 32
  %1300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1289, <8 x float> %1299)
  store <8 x float> %1300, <8 x float>* %8, align 32
  %1301 = add i64 %1221, 32
  %1302 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1301
  %1303 = bitcast float* %1302 to <8 x float>*
  %1304 = load <8 x float>, <8 x float>* %1303, align 4
  %1305 = add i64 %1221, 36896
  %1306 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1305
  %1307 = bitcast float* %1306 to <8 x float>*
  %1308 = load <8 x float>, <8 x float>* %1307, align 4
  %1309 = add i64 %1217, 0
  %1310 = mul i64 %1309, 8
  %1311 = add i64 %1310, 4
  %1312 = add i64 %1214, %1311
  %1313 = getelementptr inbounds float, float* %1, i64 %1312
  %1314 = load float, float* %1313, align 4
  %1315 = insertelement <8 x float> undef, float %1314, i32 0
  %splat101 = shufflevector <8 x float> %1315, <8 x float> undef, <8 x i32> zeroinitializer
  %1316 = load <8 x float>, <8 x float>* %9, align 32
  %1317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1304, <8 x float> %1316)
  store <8 x float> %1317, <8 x float>* %9, align 32
  %1318 = load <8 x float>, <8 x float>* %8, align 32
  %1319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1308, <8 x float> %1318)
  store <8 x float> %1319, <8 x float>* %8, align 32
  %1320 = add i64 %1221, 40
  %1321 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1320
  %1322 = bitcast float* %1321 to <8 x float>*
  %1323 = load <8 x float>, <8 x float>* %1322, align 4
  %1324 = add i64 %1221, 36904
  %1325 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1324
  %1326 = bitcast float* %1325 to <8 x float>*
  %1327 = load <8 x float>, <8 x float>* %1326, align 4
  %1328 = add i64 %1217, 0
  %1329 = mul i64 %1328, 8
  %1330 = add i64 %1329, 5
  %1331 = add i64 %1214, %1330
  %1332 = getelementptr inbounds float, float* %1, i64 %1331
  %1333 = load float, float* %1332, align 4
  %1334 = insertelement <8 x float> undef, float %1333, i32 0
  %splat102 = shufflevector <8 x float> %1334, <8 x float> undef, <8 x i32> zeroinitializer
  %1335 = load <8 x float>, <8 x float>* %9, align 32
  %1336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1323, <8 x float> %1335)
  store <8 x float> %1336, <8 x float>* %9, align 32
  %1337 = load <8 x float>, <8 x float>* %8, align 32
  %1338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1327, <8 x float> %1337)
  store <8 x float> %1338, <8 x float>* %8, align 32
  %1339 = add i64 %1221, 48
  %1340 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1339
  %1341 = bitcast float* %1340 to <8 x float>*
  %1342 = load <8 x float>, <8 x float>* %1341, align 4
  %1343 = add i64 %1221, 36912
  %1344 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1343
  %1345 = bitcast float* %1344 to <8 x float>*
  %1346 = load <8 x float>, <8 x float>* %1345, align 4
  %1347 = add i64 %1217, 0
  %1348 = mul i64 %1347, 8
  %1349 = add i64 %1348, 6
  %1350 = add i64 %1214, %1349
  %1351 = getelementptr inbounds float, float* %1, i64 %1350
  %1352 = load float, float* %1351, align 4
  %1353 = insertelement <8 x float> undef, float %1352, i32 0
  %splat103 = shufflevector <8 x float> %1353, <8 x float> undef, <8 x i32> zeroinitializer
  %1354 = load <8 x float>, <8 x float>* %9, align 32
  %1355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1342, <8 x float> %1354)
  store <8 x float> %1355, <8 x float>* %9, align 32
  %1356 = load <8 x float>, <8 x float>* %8, align 32
  %1357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1346, <8 x float> %1356)
  store <8 x float> %1357, <8 x float>* %8, align 32
  %1358 = add i64 %1221, 56
  %1359 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1358
  %1360 = bitcast float* %1359 to <8 x float>*
  %1361 = load <8 x float>, <8 x float>* %1360, align 4
  %1362 = add i64 %1221, 36920
  %1363 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1362
  %1364 = bitcast float* %1363 to <8 x float>*
  %1365 = load <8 x float>, <8 x float>* %1364, align 4
  %1366 = add i64 %1217, 0
  %1367 = mul i64 %1366, 8
  %1368 = add i64 %1367, 7
  %1369 = add i64 %1214, %1368
  %1370 = getelementptr inbounds float, float* %1, i64 %1369
  %1371 = load float, float* %1370, align 4
  %1372 = insertelement <8 x float> undef, float %1371, i32 0
  %splat104 = shufflevector <8 x float> %1372, <8 x float> undef, <8 x i32> zeroinitializer
  %1373 = load <8 x float>, <8 x float>* %9, align 32
  %1374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1361, <8 x float> %1373)
  store <8 x float> %1374, <8 x float>* %9, align 32
  %1375 = load <8 x float>, <8 x float>* %8, align 32
  %1376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1365, <8 x float> %1375)
  store <8 x float> %1376, <8 x float>* %8, align 32
  br label %endif96

endif96:                                          ; preds = %then95, %kw.body92
  %kw.next105 = add i64 %kw94, 1
  br label %kw.header91

xb.header108:                                     ; preds = %u.exit114, %xb.exit
  %xb111 = phi i64 [ 27, %xb.exit ], [ %xb.next139, %u.exit114 ]
  %1377 = icmp slt i64 %xb111, 28
  br i1 %1377, label %xb.body109, label %xb.exit110

xb.body109:                                       ; preds = %xb.header108
  %1378 = add i64 %35, 0
  %1379 = mul i64 %1378, 8
  %1380 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %1379
  %1381 = bitcast float* %1380 to <8 x float>*
  %1382 = load <8 x float>, <8 x float>* %1381, align 4
  store <8 x float> %1382, <8 x float>* %7, align 32
  %1383 = add i64 %35, 1
  %1384 = mul i64 %1383, 8
  %1385 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %1384
  %1386 = bitcast float* %1385 to <8 x float>*
  %1387 = load <8 x float>, <8 x float>* %1386, align 4
  store <8 x float> %1387, <8 x float>* %6, align 32
  %1388 = mul i64 %xb111, 1
  %1389 = sub i64 %1388, 1
  br label %u.header112

xb.exit110:                                       ; preds = %xb.header108
  %task.next = add i64 %task, 1
  br label %task.header

u.header112:                                      ; preds = %kh.exit118, %xb.body109
  %u115 = phi i64 [ 0, %xb.body109 ], [ %u.next138, %kh.exit118 ]
  %1390 = icmp slt i64 %u115, 64
  br i1 %1390, label %u.body113, label %u.exit114

u.body113:                                        ; preds = %u.header112
  %1391 = mul i64 %u115, 6272
  %1392 = add i64 %39, %1391
  %1393 = mul i64 %u115, 576
  %1394 = add i64 %43, %1393
  br label %kh.header116

u.exit114:                                        ; preds = %u.header112
  %1395 = add i64 %xb111, 0
  %1396 = mul i64 %32, 64
  %1397 = add i64 %1396, %35
  %1398 = add i64 %1397, 0
  %1399 = mul i64 %1398, 28
  %1400 = add i64 %1399, %29
  %1401 = mul i64 %1400, 28
  %1402 = add i64 %1401, %1395
  %1403 = mul i64 %1402, 8
  %1404 = load <8 x float>, <8 x float>* %7, align 32
  %1405 = fcmp ogt <8 x float> %1404, zeroinitializer
  %1406 = select <8 x i1> %1405, <8 x float> %1404, <8 x float> zeroinitializer
  %1407 = getelementptr inbounds float, float* %0, i64 %1403
  %1408 = bitcast float* %1407 to <8 x float>*
  store <8 x float> %1406, <8 x float>* %1408, align 4
  %1409 = add i64 %xb111, 0
  %1410 = mul i64 %32, 64
  %1411 = add i64 %1410, %35
  %1412 = add i64 %1411, 1
  %1413 = mul i64 %1412, 28
  %1414 = add i64 %1413, %29
  %1415 = mul i64 %1414, 28
  %1416 = add i64 %1415, %1409
  %1417 = mul i64 %1416, 8
  %1418 = load <8 x float>, <8 x float>* %6, align 32
  %1419 = fcmp ogt <8 x float> %1418, zeroinitializer
  %1420 = select <8 x i1> %1419, <8 x float> %1418, <8 x float> zeroinitializer
  %1421 = getelementptr inbounds float, float* %0, i64 %1417
  %1422 = bitcast float* %1421 to <8 x float>*
  store <8 x float> %1420, <8 x float>* %1422, align 4
  %xb.next139 = add i64 %xb111, 1
  br label %xb.header108

kh.header116:                                     ; preds = %endif121, %u.body113
  %kh119 = phi i64 [ 0, %u.body113 ], [ %kh.next137, %endif121 ]
  %1423 = icmp slt i64 %kh119, 3
  br i1 %1423, label %kh.body117, label %kh.exit118

kh.body117:                                       ; preds = %kh.header116
  %1424 = mul i64 %kh119, 1
  %1425 = add i64 %45, %1424
  %1426 = icmp sge i64 %1425, 0
  %1427 = icmp slt i64 %1425, 28
  %1428 = and i1 %1426, %1427
  br i1 %1428, label %then120, label %endif121

kh.exit118:                                       ; preds = %kh.header116
  %u.next138 = add i64 %u115, 1
  br label %u.header112

then120:                                          ; preds = %kh.body117
  %1429 = mul i64 %1425, 224
  %1430 = add i64 %1392, %1429
  br label %kw.header122

endif121:                                         ; preds = %kw.exit124, %kh.body117
  %kh.next137 = add i64 %kh119, 1
  br label %kh.header116

kw.header122:                                     ; preds = %endif127, %then120
  %kw125 = phi i64 [ 0, %then120 ], [ %kw.next136, %endif127 ]
  %1431 = icmp slt i64 %kw125, 3
  br i1 %1431, label %kw.body123, label %kw.exit124

kw.body123:                                       ; preds = %kw.header122
  %1432 = mul i64 %kw125, 1
  %1433 = add i64 %1389, %1432
  %1434 = mul i64 %kh119, 3
  %1435 = add i64 %1434, %kw125
  %1436 = mul i64 %1435, 64
  %1437 = add i64 %1394, %1436
  %1438 = icmp sge i64 %1433, 0
  %1439 = icmp slt i64 %1433, 28
  %1440 = and i1 %1438, %1439
  br i1 %1440, label %then126, label %endif127

kw.exit124:                                       ; preds = %kw.header122
  br label %endif121

then126:                                          ; preds = %kw.body123
  %1441 = add i64 %1437, 0
  %1442 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1441
  %1443 = bitcast float* %1442 to <8 x float>*
  %1444 = load <8 x float>, <8 x float>* %1443, align 4
  %1445 = add i64 %1437, 36864
  %1446 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1445
  %1447 = bitcast float* %1446 to <8 x float>*
  %1448 = load <8 x float>, <8 x float>* %1447, align 4
  %1449 = add i64 %1433, 0
  %1450 = mul i64 %1449, 8
  %1451 = add i64 %1450, 0
  %1452 = add i64 %1430, %1451
  %1453 = getelementptr inbounds float, float* %1, i64 %1452
  %1454 = load float, float* %1453, align 4
  %1455 = insertelement <8 x float> undef, float %1454, i32 0
  %splat128 = shufflevector <8 x float> %1455, <8 x float> undef, <8 x i32> zeroinitializer
  %1456 = load <8 x float>, <8 x float>* %7, align 32
  %1457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1444, <8 x float> %1456)
  store <8 x float> %1457, <8 x float>* %7, align 32
  %1458 = load <8 x float>, <8 x float>* %6, align 32
  %1459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1448, <8 x float> %1458)
  store <8 x float> %1459, <8 x float>* %6, align 32
  %1460 = add i64 %1437, 8
  %1461 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1460
  %1462 = bitcast float* %1461 to <8 x float>*
  %1463 = load <8 x float>, <8 x float>* %1462, align 4
  %1464 = add i64 %1437, 36872
  %1465 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1464
  %1466 = bitcast float* %1465 to <8 x float>*
  %1467 = load <8 x float>, <8 x float>* %1466, align 4
  %1468 = add i64 %1433, 0
  %1469 = mul i64 %1468, 8
  %1470 = add i64 %1469, 1
  %1471 = add i64 %1430, %1470
  %1472 = getelementptr inbounds float, float* %1, i64 %1471
  %1473 = load float, float* %1472, align 4
  %1474 = insertelement <8 x float> undef, float %1473, i32 0
  %splat129 = shufflevector <8 x float> %1474, <8 x float> undef, <8 x i32> zeroinitializer
  %1475 = load <8 x float>, <8 x float>* %7, align 32
  %1476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1463, <8 x float> %1475)
  store <8 x float> %1476, <8 x float>* %7, align 32
  %1477 = load <8 x float>, <8 x float>* %6, align 32
  %1478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1467, <8 x float> %1477)
  store <8 x float> %1478, <8 x float>* %6, align 32
  %1479 = add i64 %1437, 16
  %1480 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1479
  %1481 = bitcast float* %1480 to <8 x float>*
  %1482 = load <8 x float>, <8 x float>* %1481, align 4
  %1483 = add i64 %1437, 36880
  %1484 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1483
  %1485 = bitcast float* %1484 to <8 x float>*
  %1486 = load <8 x float>, <8 x float>* %1485, align 4
  %1487 = add i64 %1433, 0
  %1488 = mul i64 %1487, 8
  %1489 = add i64 %1488, 2
  %1490 = add i64 %1430, %1489
  %1491 = getelementptr inbounds float, float* %1, i64 %1490
  %1492 = load float, float* %1491, align 4
  %1493 = insertelement <8 x float> undef, float %1492, i32 0
  %splat130 = shufflevector <8 x float> %1493, <8 x float> undef, <8 x i32> zeroinitializer
  %1494 = load <8 x float>, <8 x float>* %7, align 32
  %1495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1482, <8 x float> %1494)
  store <8 x float> %1495, <8 x float>* %7, align 32
  %1496 = load <8 x float>, <8 x float>* %6, align 32
  %1497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1486, <8 x float> %1496)
  store <8 x float> %1497, <8 x float>* %6, align 32
  %1498 = add i64 %1437, 24
  %1499 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1498
  %1500 = bitcast float* %1499 to <8 x float>*
  %1501 = load <8 x float>, <8 x float>* %1500, align 4
  %1502 = add i64 %1437, 36888
  %1503 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1502
  %1504 = bitcast float* %1503 to <8 x float>*
  %1505 = load <8 x float>, <8 x float>* %1504, align 4
  %1506 = add i64 %1433, 0
  %1507 = mul i64 %1506, 8
  %1508 = add i64 %1507, 3
  %1509 = add i64 %1430, %1508
  %1510 = getelementptr inbounds float, float* %1, i64 %1509
  %1511 = load float, float* %1510, align 4
  %1512 = insertelement <8 x float> undef, float %1511, i32 0
  %splat131 = shufflevector <8 x float> %1512, <8 x float> undef, <8 x i32> zeroinitializer
  %1513 = load <8 x float>, <8 x float>* %7, align 32
  %1514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1501, <8 x float> %1513)
  store <8 x float> %1514, <8 x float>* %7, align 32
  %1515 = load <8 x float>, <8 x float>* %6, align 32
  %1516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1505, <8 x float> %1515)
  store <8 x float> %1516, <8 x float>* %6, align 32
  %1517 = add i64 %1437, 32
  %1518 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1517
  %1519 = bitcast float* %1518 to <8 x float>*
  %1520 = load <8 x float>, <8 x float>* %1519, align 4
  %1521 = add i64 %1437, 36896
  %1522 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1521
  %1523 = bitcast float* %1522 to <8 x float>*
  %1524 = load <8 x float>, <8 x float>* %1523, align 4
  %1525 = add i64 %1433, 0
  %1526 = mul i64 %1525, 8
  %1527 = add i64 %1526, 4
  %1528 = add i64 %1430, %1527
  %1529 = getelementptr inbounds float, float* %1, i64 %1528
  %1530 = load float, float* %1529, align 4
  %1531 = insertelement <8 x float> undef, float %1530, i32 0
  %splat132 = shufflevector <8 x float> %1531, <8 x float> undef, <8 x i32> zeroinitializer
  %1532 = load <8 x float>, <8 x float>* %7, align 32
  %1533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1520, <8 x float> %1532)
  store <8 x float> %1533, <8 x float>* %7, align 32
  %1534 = load <8 x float>, <8 x float>* %6, align 32
  %1535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1524, <8 x float> %1534)
  store <8 x float> %1535, <8 x float>* %6, align 32
  %1536 = add i64 %1437, 40
  %1537 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1536
  %1538 = bitcast float* %1537 to <8 x float>*
  %1539 = load <8 x float>, <8 x float>* %1538, align 4
  %1540 = add i64 %1437, 36904
  %1541 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1540
  %1542 = bitcast float* %1541 to <8 x float>*
  %1543 = load <8 x float>, <8 x float>* %1542, align 4
  %1544 = add i64 %1433, 0
  %1545 = mul i64 %1544, 8
  %1546 = add i64 %1545, 5
  %1547 = add i64 %1430, %1546
  %1548 = getelementptr inbounds float, float* %1, i64 %1547
  %1549 = load float, float* %1548, align 4
  %1550 = insertelement <8 x float> undef, float %1549, i32 0
  %splat133 = shufflevector <8 x float> %1550, <8 x float> undef, <8 x i32> zeroinitializer
  %1551 = load <8 x float>, <8 x float>* %7, align 32
  %1552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1539, <8 x float> %1551)
  store <8 x float> %1552, <8 x float>* %7, align 32
  %1553 = load <8 x float>, <8 x float>* %6, align 32
  %1554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1543, <8 x float> %1553)
  store <8 x float> %1554, <8 x float>* %6, align 32
  %1555 = add i64 %1437, 48
  %1556 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1555
  %1557 = bitcast float* %1556 to <8 x float>*
  %1558 = load <8 x float>, <8 x float>* %1557, align 4
  %1559 = add i64 %1437, 36912
  %1560 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1559
  %1561 = bitcast float* %1560 to <8 x float>*
  %1562 = load <8 x float>, <8 x float>* %1561, align 4
  %1563 = add i64 %1433, 0
  %1564 = mul i64 %1563, 8
  %1565 = add i64 %1564, 6
  %1566 = add i64 %1430, %1565
  %1567 = getelementptr inbounds float, float* %1, i64 %1566
  %1568 = load float, float* %1567, align 4
  %1569 = insertelement <8 x float> undef, float %1568, i32 0
  %splat134 = shufflevector <8 x float> %1569, <8 x float> undef, <8 x i32> zeroinitializer
  %1570 = load <8 x float>, <8 x float>* %7, align 32
  %1571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1558, <8 x float> %1570)
  store <8 x float> %1571, <8 x float>* %7, align 32
  %1572 = load <8 x float>, <8 x float>* %6, align 32
  %1573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1562, <8 x float> %1572)
  store <8 x float> %1573, <8 x float>* %6, align 32
  %1574 = add i64 %1437, 56
  %1575 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1574
  %1576 = bitcast float* %1575 to <8 x float>*
  %1577 = load <8 x float>, <8 x float>* %1576, align 4
  %1578 = add i64 %1437, 36920
  %1579 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1578
  %1580 = bitcast float* %1579 to <8 x float>*
  %1581 = load <8 x float>, <8 x float>* %1580, align 4
  %1582 = add i64 %1433, 0
  %1583 = mul i64 %1582, 8
  %1584 = add i64 %1583, 7
  %1585 = add i64 %1430, %1584
  %1586 = getelementptr inbounds float, float* %1, i64 %1585
  %1587 = load float, float* %1586, align 4
  %1588 = insertelement <8 x float> undef, float %1587, i32 0
  %splat135 = shufflevector <8 x float> %1588, <8 x float> undef, <8 x i32> zeroinitializer
  %1589 = load <8 x float>, <8 x float>* %7, align 32
  %1590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1577, <8 x float> %1589)
  store <8 x float> %1590, <8 x float>* %7, align 32
  %1591 = load <8 x float>, <8 x float>* %6, align 32
  %1592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1581, <8 x float> %1591)
  store <8 x float> %1592, <8 x float>* %6, align 32
  br label %endif127

endif127:                                         ; preds = %then126, %kw.body123
  %kw.next136 = add i64 %kw125, 1
  br label %kw.header122
}

; Function Attrs: nounwind
define internal void @node8.conv2d_6.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node8.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.maxPool2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 14
  %9 = srem i64 %task, 14
  %10 = mul i64 %8, 6272
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 14
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 112
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 28
  %22 = select i1 %21, i64 %20, i64 28
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 28
  %25 = select i1 %24, i64 %23, i64 28
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 14
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 28
  %34 = select i1 %33, i64 %32, i64 28
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 28
  %37 = select i1 %36, i64 %35, i64 28
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
  %45 = mul i64 %r, 28
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
define internal void @node9.maxPool2d_4.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node9.maxPool2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %xb.exit125, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit125 ]
  %20 = icmp slt i64 %task, %5
  br i1 %20, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %21 = srem i64 %task, 64
  %22 = sdiv i64 %task, 64
  %23 = srem i64 %22, 14
  %24 = sdiv i64 %task, 896
  %25 = srem i64 %24, 1
  %26 = sdiv i64 %24, 1
  %27 = mul i64 %25, 64
  %28 = mul i64 %21, 1
  %29 = add i64 %27, %28
  %30 = mul i64 %26, 64
  %31 = mul i64 %25, 64
  %32 = add i64 %30, %31
  %33 = mul i64 %32, 1568
  %34 = mul i64 %25, 64
  %35 = mul i64 %21, 1
  %36 = add i64 %34, %35
  %37 = mul i64 %36, 36864
  %38 = mul i64 %23, 1
  %39 = sub i64 %38, 1
  %40 = add i64 %29, 0
  %41 = mul i64 %40, 8
  %42 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  store <8 x float> %44, <8 x float>* %19, align 32
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
  br label %u.header

task.exit:                                        ; preds = %task.header
  ret void

u.header:                                         ; preds = %kh.exit, %task.body
  %u = phi i64 [ 0, %task.body ], [ %u.next, %kh.exit ]
  %45 = icmp slt i64 %u, 64
  br i1 %45, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %46 = mul i64 %u, 1568
  %47 = add i64 %33, %46
  %48 = mul i64 %u, 576
  %49 = add i64 %37, %48
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %50 = mul i64 %26, 64
  %51 = add i64 %50, %29
  %52 = add i64 %51, 0
  %53 = mul i64 %52, 14
  %54 = add i64 %53, %23
  %55 = mul i64 %54, 14
  %56 = add i64 %55, 1
  %57 = mul i64 %56, 8
  %58 = load <8 x float>, <8 x float>* %19, align 32
  %59 = fcmp ogt <8 x float> %58, zeroinitializer
  %60 = select <8 x i1> %59, <8 x float> %58, <8 x float> zeroinitializer
  %61 = getelementptr inbounds float, float* %0, i64 %57
  %62 = bitcast float* %61 to <8 x float>*
  store <8 x float> %60, <8 x float>* %62, align 4
  %63 = mul i64 %26, 64
  %64 = add i64 %63, %29
  %65 = add i64 %64, 0
  %66 = mul i64 %65, 14
  %67 = add i64 %66, %23
  %68 = mul i64 %67, 14
  %69 = add i64 %68, 2
  %70 = mul i64 %69, 8
  %71 = load <8 x float>, <8 x float>* %18, align 32
  %72 = fcmp ogt <8 x float> %71, zeroinitializer
  %73 = select <8 x i1> %72, <8 x float> %71, <8 x float> zeroinitializer
  %74 = getelementptr inbounds float, float* %0, i64 %70
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %73, <8 x float>* %75, align 4
  %76 = mul i64 %26, 64
  %77 = add i64 %76, %29
  %78 = add i64 %77, 0
  %79 = mul i64 %78, 14
  %80 = add i64 %79, %23
  %81 = mul i64 %80, 14
  %82 = add i64 %81, 3
  %83 = mul i64 %82, 8
  %84 = load <8 x float>, <8 x float>* %17, align 32
  %85 = fcmp ogt <8 x float> %84, zeroinitializer
  %86 = select <8 x i1> %85, <8 x float> %84, <8 x float> zeroinitializer
  %87 = getelementptr inbounds float, float* %0, i64 %83
  %88 = bitcast float* %87 to <8 x float>*
  store <8 x float> %86, <8 x float>* %88, align 4
  %89 = mul i64 %26, 64
  %90 = add i64 %89, %29
  %91 = add i64 %90, 0
  %92 = mul i64 %91, 14
  %93 = add i64 %92, %23
  %94 = mul i64 %93, 14
  %95 = add i64 %94, 4
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %16, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = mul i64 %26, 64
  %103 = add i64 %102, %29
  %104 = add i64 %103, 0
  %105 = mul i64 %104, 14
  %106 = add i64 %105, %23
  %107 = mul i64 %106, 14
  %108 = add i64 %107, 5
  %109 = mul i64 %108, 8
  %110 = load <8 x float>, <8 x float>* %15, align 32
  %111 = fcmp ogt <8 x float> %110, zeroinitializer
  %112 = select <8 x i1> %111, <8 x float> %110, <8 x float> zeroinitializer
  %113 = getelementptr inbounds float, float* %0, i64 %109
  %114 = bitcast float* %113 to <8 x float>*
  store <8 x float> %112, <8 x float>* %114, align 4
  %115 = mul i64 %26, 64
  %116 = add i64 %115, %29
  %117 = add i64 %116, 0
  %118 = mul i64 %117, 14
  %119 = add i64 %118, %23
  %120 = mul i64 %119, 14
  %121 = add i64 %120, 6
  %122 = mul i64 %121, 8
  %123 = load <8 x float>, <8 x float>* %14, align 32
  %124 = fcmp ogt <8 x float> %123, zeroinitializer
  %125 = select <8 x i1> %124, <8 x float> %123, <8 x float> zeroinitializer
  %126 = getelementptr inbounds float, float* %0, i64 %122
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %125, <8 x float>* %127, align 4
  %128 = mul i64 %26, 64
  %129 = add i64 %128, %29
  %130 = add i64 %129, 0
  %131 = mul i64 %130, 14
  %132 = add i64 %131, %23
  %133 = mul i64 %132, 14
  %134 = add i64 %133, 7
  %135 = mul i64 %134, 8
  %136 = load <8 x float>, <8 x float>* %13, align 32
  %137 = fcmp ogt <8 x float> %136, zeroinitializer
  %138 = select <8 x i1> %137, <8 x float> %136, <8 x float> zeroinitializer
  %139 = getelementptr inbounds float, float* %0, i64 %135
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %138, <8 x float>* %140, align 4
  %141 = mul i64 %26, 64
  %142 = add i64 %141, %29
  %143 = add i64 %142, 0
  %144 = mul i64 %143, 14
  %145 = add i64 %144, %23
  %146 = mul i64 %145, 14
  %147 = add i64 %146, 8
  %148 = mul i64 %147, 8
  %149 = load <8 x float>, <8 x float>* %12, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = getelementptr inbounds float, float* %0, i64 %148
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = mul i64 %26, 64
  %155 = add i64 %154, %29
  %156 = add i64 %155, 0
  %157 = mul i64 %156, 14
  %158 = add i64 %157, %23
  %159 = mul i64 %158, 14
  %160 = add i64 %159, 9
  %161 = mul i64 %160, 8
  %162 = load <8 x float>, <8 x float>* %11, align 32
  %163 = fcmp ogt <8 x float> %162, zeroinitializer
  %164 = select <8 x i1> %163, <8 x float> %162, <8 x float> zeroinitializer
  %165 = getelementptr inbounds float, float* %0, i64 %161
  %166 = bitcast float* %165 to <8 x float>*
  store <8 x float> %164, <8 x float>* %166, align 4
  %167 = mul i64 %26, 64
  %168 = add i64 %167, %29
  %169 = add i64 %168, 0
  %170 = mul i64 %169, 14
  %171 = add i64 %170, %23
  %172 = mul i64 %171, 14
  %173 = add i64 %172, 10
  %174 = mul i64 %173, 8
  %175 = load <8 x float>, <8 x float>* %10, align 32
  %176 = fcmp ogt <8 x float> %175, zeroinitializer
  %177 = select <8 x i1> %176, <8 x float> %175, <8 x float> zeroinitializer
  %178 = getelementptr inbounds float, float* %0, i64 %174
  %179 = bitcast float* %178 to <8 x float>*
  store <8 x float> %177, <8 x float>* %179, align 4
  %180 = mul i64 %26, 64
  %181 = add i64 %180, %29
  %182 = add i64 %181, 0
  %183 = mul i64 %182, 14
  %184 = add i64 %183, %23
  %185 = mul i64 %184, 14
  %186 = add i64 %185, 11
  %187 = mul i64 %186, 8
  %188 = load <8 x float>, <8 x float>* %9, align 32
  %189 = fcmp ogt <8 x float> %188, zeroinitializer
  %190 = select <8 x i1> %189, <8 x float> %188, <8 x float> zeroinitializer
  %191 = getelementptr inbounds float, float* %0, i64 %187
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %190, <8 x float>* %192, align 4
  %193 = mul i64 %26, 64
  %194 = add i64 %193, %29
  %195 = add i64 %194, 0
  %196 = mul i64 %195, 14
  %197 = add i64 %196, %23
  %198 = mul i64 %197, 14
  %199 = add i64 %198, 12
  %200 = mul i64 %199, 8
  %201 = load <8 x float>, <8 x float>* %8, align 32
  %202 = fcmp ogt <8 x float> %201, zeroinitializer
  %203 = select <8 x i1> %202, <8 x float> %201, <8 x float> zeroinitializer
  %204 = getelementptr inbounds float, float* %0, i64 %200
  %205 = bitcast float* %204 to <8 x float>*
  store <8 x float> %203, <8 x float>* %205, align 4
  br label %xb.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %206 = icmp slt i64 %kh, 3
  br i1 %206, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %207 = mul i64 %kh, 1
  %208 = add i64 %39, %207
  %209 = icmp sge i64 %208, 0
  %210 = icmp slt i64 %208, 14
  %211 = and i1 %209, %210
  br i1 %211, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %212 = mul i64 %208, 112
  %213 = add i64 %47, %212
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %214 = icmp slt i64 %kw, 3
  br i1 %214, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %215 = mul i64 %kw, 1
  %216 = add i64 0, %215
  %217 = mul i64 %kh, 3
  %218 = add i64 %217, %kw
  %219 = mul i64 %218, 64
  %220 = add i64 %49, %219
  %221 = add i64 %220, 0
  %222 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  %224 = load <8 x float>, <8 x float>* %223, align 4
  %225 = add i64 %216, 0
  %226 = mul i64 %225, 8
  %227 = add i64 %226, 0
  %228 = add i64 %213, %227
  %229 = getelementptr inbounds float, float* %1, i64 %228
  %230 = load float, float* %229, align 4
  %231 = insertelement <8 x float> undef, float %230, i32 0
  %splat = shufflevector <8 x float> %231, <8 x float> undef, <8 x i32> zeroinitializer
  %232 = load <8 x float>, <8 x float>* %19, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %224, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %19, align 32
  %234 = add i64 %216, 1
  %235 = mul i64 %234, 8
  %236 = add i64 %235, 0
  %237 = add i64 %213, %236
  %238 = getelementptr inbounds float, float* %1, i64 %237
  %239 = load float, float* %238, align 4
  %240 = insertelement <8 x float> undef, float %239, i32 0
  %splat1 = shufflevector <8 x float> %240, <8 x float> undef, <8 x i32> zeroinitializer
  %241 = load <8 x float>, <8 x float>* %18, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %224, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %18, align 32
  %243 = add i64 %216, 2
  %244 = mul i64 %243, 8
  %245 = add i64 %244, 0
  %246 = add i64 %213, %245
  %247 = getelementptr inbounds float, float* %1, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat2 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %17, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %224, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %17, align 32
  %252 = add i64 %216, 3
  %253 = mul i64 %252, 8
  %254 = add i64 %253, 0
  %255 = add i64 %213, %254
  %256 = getelementptr inbounds float, float* %1, i64 %255
  %257 = load float, float* %256, align 4
  %258 = insertelement <8 x float> undef, float %257, i32 0
  %splat3 = shufflevector <8 x float> %258, <8 x float> undef, <8 x i32> zeroinitializer
  %259 = load <8 x float>, <8 x float>* %16, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %224, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %16, align 32
  %261 = add i64 %216, 4
  %262 = mul i64 %261, 8
  %263 = add i64 %262, 0
  %264 = add i64 %213, %263
  %265 = getelementptr inbounds float, float* %1, i64 %264
  %266 = load float, float* %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %splat4 = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %268 = load <8 x float>, <8 x float>* %15, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %224, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %15, align 32
  %270 = add i64 %216, 5
  %271 = mul i64 %270, 8
  %272 = add i64 %271, 0
  %273 = add i64 %213, %272
  %274 = getelementptr inbounds float, float* %1, i64 %273
  %275 = load float, float* %274, align 4
  %276 = insertelement <8 x float> undef, float %275, i32 0
  %splat5 = shufflevector <8 x float> %276, <8 x float> undef, <8 x i32> zeroinitializer
  %277 = load <8 x float>, <8 x float>* %14, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %224, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %14, align 32
  %279 = add i64 %216, 6
  %280 = mul i64 %279, 8
  %281 = add i64 %280, 0
  %282 = add i64 %213, %281
  %283 = getelementptr inbounds float, float* %1, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat6 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %13, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %224, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %13, align 32
  %288 = add i64 %216, 7
  %289 = mul i64 %288, 8
  %290 = add i64 %289, 0
  %291 = add i64 %213, %290
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = load float, float* %292, align 4
  %294 = insertelement <8 x float> undef, float %293, i32 0
  %splat7 = shufflevector <8 x float> %294, <8 x float> undef, <8 x i32> zeroinitializer
  %295 = load <8 x float>, <8 x float>* %12, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %224, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %12, align 32
  %297 = add i64 %216, 8
  %298 = mul i64 %297, 8
  %299 = add i64 %298, 0
  %300 = add i64 %213, %299
  %301 = getelementptr inbounds float, float* %1, i64 %300
  %302 = load float, float* %301, align 4
  %303 = insertelement <8 x float> undef, float %302, i32 0
  %splat8 = shufflevector <8 x float> %303, <8 x float> undef, <8 x i32> zeroinitializer
  %304 = load <8 x float>, <8 x float>* %11, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %224, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %11, align 32
  %306 = add i64 %216, 9
  %307 = mul i64 %306, 8
  %308 = add i64 %307, 0
  %309 = add i64 %213, %308
  %310 = getelementptr inbounds float, float* %1, i64 %309
  %311 = load float, float* %310, align 4
  %312 = insertelement <8 x float> undef, float %311, i32 0
  %splat9 = shufflevector <8 x float> %312, <8 x float> undef, <8 x i32> zeroinitializer
  %313 = load <8 x float>, <8 x float>* %10, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %224, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %10, align 32
  %315 = add i64 %216, 10
  %316 = mul i64 %315, 8
  %317 = add i64 %316, 0
  %318 = add i64 %213, %317
  %319 = getelementptr inbounds float, float* %1, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat10 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %9, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %224, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %9, align 32
  %324 = add i64 %216, 11
  %325 = mul i64 %324, 8
  %326 = add i64 %325, 0
  %327 = add i64 %213, %326
  %328 = getelementptr inbounds float, float* %1, i64 %327
  %329 = load float, float* %328, align 4
  %330 = insertelement <8 x float> undef, float %329, i32 0
  %splat11 = shufflevector <8 x float> %330, <8 x float> undef, <8 x i32> zeroinitializer
  %331 = load <8 x float>, <8 x float>* %8, align 32
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %224, <8 x float> %331)
  store <8 x float> %332, <8 x float>* %8, align 32
  %333 = add i64 %220, 8
  %334 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %333
  %335 = bitcast float* %334 to <8 x float>*
  %336 = load <8 x float>, <8 x float>* %335, align 4
  %337 = add i64 %216, 0
  %338 = mul i64 %337, 8
  %339 = add i64 %338, 1
  %340 = add i64 %213, %339
  %341 = getelementptr inbounds float, float* %1, i64 %340
  %342 = load float, float* %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i32 0
  %splat12 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %344 = load <8 x float>, <8 x float>* %19, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %336, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %19, align 32
  %346 = add i64 %216, 1
  %347 = mul i64 %346, 8
  %348 = add i64 %347, 1
  %349 = add i64 %213, %348
  %350 = getelementptr inbounds float, float* %1, i64 %349
  %351 = load float, float* %350, align 4
  %352 = insertelement <8 x float> undef, float %351, i32 0
  %splat13 = shufflevector <8 x float> %352, <8 x float> undef, <8 x i32> zeroinitializer
  %353 = load <8 x float>, <8 x float>* %18, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %336, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %18, align 32
  %355 = add i64 %216, 2
  %356 = mul i64 %355, 8
  %357 = add i64 %356, 1
  %358 = add i64 %213, %357
  %359 = getelementptr inbounds float, float* %1, i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat14 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, <8 x float>* %17, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %336, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %17, align 32
  %364 = add i64 %216, 3
  %365 = mul i64 %364, 8
  %366 = add i64 %365, 1
  %367 = add i64 %213, %366
  %368 = getelementptr inbounds float, float* %1, i64 %367
  %369 = load float, float* %368, align 4
  %370 = insertelement <8 x float> undef, float %369, i32 0
  %splat15 = shufflevector <8 x float> %370, <8 x float> undef, <8 x i32> zeroinitializer
  %371 = load <8 x float>, <8 x float>* %16, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %336, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %16, align 32
  %373 = add i64 %216, 4
  %374 = mul i64 %373, 8
  %375 = add i64 %374, 1
  %376 = add i64 %213, %375
  %377 = getelementptr inbounds float, float* %1, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat16 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %15, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %336, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %15, align 32
  %382 = add i64 %216, 5
  %383 = mul i64 %382, 8
  %384 = add i64 %383, 1
  %385 = add i64 %213, %384
  %386 = getelementptr inbounds float, float* %1, i64 %385
  %387 = load float, float* %386, align 4
  %388 = insertelement <8 x float> undef, float %387, i32 0
  %splat17 = shufflevector <8 x float> %388, <8 x float> undef, <8 x i32> zeroinitializer
  %389 = load <8 x float>, <8 x float>* %14, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %336, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %14, align 32
  %391 = add i64 %216, 6
  %392 = mul i64 %391, 8
  %393 = add i64 %392, 1
  %394 = add i64 %213, %393
  %395 = getelementptr inbounds float, float* %1, i64 %394
  %396 = load float, float* %395, align 4
  %397 = insertelement <8 x float> undef, float %396, i32 0
  %splat18 = shufflevector <8 x float> %397, <8 x float> undef, <8 x i32> zeroinitializer
  %398 = load <8 x float>, <8 x float>* %13, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %336, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %13, align 32
  %400 = add i64 %216, 7
  %401 = mul i64 %400, 8
  %402 = add i64 %401, 1
  %403 = add i64 %213, %402
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat19 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %12, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %336, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %12, align 32
  %409 = add i64 %216, 8
  %410 = mul i64 %409, 8
  %411 = add i64 %410, 1
  %412 = add i64 %213, %411
  %413 = getelementptr inbounds float, float* %1, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat20 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %11, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %336, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %11, align 32
  %418 = add i64 %216, 9
  %419 = mul i64 %418, 8
  %420 = add i64 %419, 1
  %421 = add i64 %213, %420
  %422 = getelementptr inbounds float, float* %1, i64 %421
  %423 = load float, float* %422, align 4
  %424 = insertelement <8 x float> undef, float %423, i32 0
  %splat21 = shufflevector <8 x float> %424, <8 x float> undef, <8 x i32> zeroinitializer
  %425 = load <8 x float>, <8 x float>* %10, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %336, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %10, align 32
  %427 = add i64 %216, 10
  %428 = mul i64 %427, 8
  %429 = add i64 %428, 1
  %430 = add i64 %213, %429
  %431 = getelementptr inbounds float, float* %1, i64 %430
  %432 = load float, float* %431, align 4
  %433 = insertelement <8 x float> undef, float %432, i32 0
  %splat22 = shufflevector <8 x float> %433, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, <8 x float>* %9, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %336, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %9, align 32
  %436 = add i64 %216, 11
  %437 = mul i64 %436, 8
  %438 = add i64 %437, 1
  %439 = add i64 %213, %438
  %440 = getelementptr inbounds float, float* %1, i64 %439
  %441 = load float, float* %440, align 4
  %442 = insertelement <8 x float> undef, float %441, i32 0
  %splat23 = shufflevector <8 x float> %442, <8 x float> undef, <8 x i32> zeroinitializer
  %443 = load <8 x float>, <8 x float>* %8, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %336, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %8, align 32
  %445 = add i64 %220, 16
  %446 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %445
  %447 = bitcast float* %446 to <8 x float>*
  %448 = load <8 x float>, <8 x float>* %447, align 4
  %449 = add i64 %216, 0
  %450 = mul i64 %449, 8
  %451 = add i64 %450, 2
  %452 = add i64 %213, %451
  %453 = getelementptr inbounds float, float* %1, i64 %452
  %454 = load float, float* %453, align 4
  %455 = insertelement <8 x float> undef, float %454, i32 0
  %splat24 = shufflevector <8 x float> %455, <8 x float> undef, <8 x i32> zeroinitializer
  %456 = load <8 x float>, <8 x float>* %19, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %448, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %19, align 32
  %458 = add i64 %216, 1
  %459 = mul i64 %458, 8
  %460 = add i64 %459, 2
  %461 = add i64 %213, %460
  %462 = getelementptr inbounds float, float* %1, i64 %461
  %463 = load float, float* %462, align 4
  %464 = insertelement <8 x float> undef, float %463, i32 0
  %splat25 = shufflevector <8 x float> %464, <8 x float> undef, <8 x i32> zeroinitializer
  %465 = load <8 x float>, <8 x float>* %18, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %448, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %18, align 32
  %467 = add i64 %216, 2
  %468 = mul i64 %467, 8
  %469 = add i64 %468, 2
  %470 = add i64 %213, %469
  %471 = getelementptr inbounds float, float* %1, i64 %470
  %472 = load float, float* %471, align 4
  %473 = insertelement <8 x float> undef, float %472, i32 0
  %splat26 = shufflevector <8 x float> %473, <8 x float> undef, <8 x i32> zeroinitializer
  %474 = load <8 x float>, <8 x float>* %17, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %448, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %17, align 32
  %476 = add i64 %216, 3
  %477 = mul i64 %476, 8
  %478 = add i64 %477, 2
  %479 = add i64 %213, %478
  %480 = getelementptr inbounds float, float* %1, i64 %479
  %481 = load float, float* %480, align 4
  %482 = insertelement <8 x float> undef, float %481, i32 0
  %splat27 = shufflevector <8 x float> %482, <8 x float> undef, <8 x i32> zeroinitializer
  %483 = load <8 x float>, <8 x float>* %16, align 32
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %448, <8 x float> %483)
  store <8 x float> %484, <8 x float>* %16, align 32
  %485 = add i64 %216, 4
  %486 = mul i64 %485, 8
  %487 = add i64 %486, 2
  %488 = add i64 %213, %487
  %489 = getelementptr inbounds float, float* %1, i64 %488
  %490 = load float, float* %489, align 4
  %491 = insertelement <8 x float> undef, float %490, i32 0
  %splat28 = shufflevector <8 x float> %491, <8 x float> undef, <8 x i32> zeroinitializer
  %492 = load <8 x float>, <8 x float>* %15, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %448, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %15, align 32
  %494 = add i64 %216, 5
  %495 = mul i64 %494, 8
  %496 = add i64 %495, 2
  %497 = add i64 %213, %496
  %498 = getelementptr inbounds float, float* %1, i64 %497
  %499 = load float, float* %498, align 4
  %500 = insertelement <8 x float> undef, float %499, i32 0
  %splat29 = shufflevector <8 x float> %500, <8 x float> undef, <8 x i32> zeroinitializer
  %501 = load <8 x float>, <8 x float>* %14, align 32
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %448, <8 x float> %501)
  store <8 x float> %502, <8 x float>* %14, align 32
  %503 = add i64 %216, 6
  %504 = mul i64 %503, 8
  %505 = add i64 %504, 2
  %506 = add i64 %213, %505
  %507 = getelementptr inbounds float, float* %1, i64 %506
  %508 = load float, float* %507, align 4
  %509 = insertelement <8 x float> undef, float %508, i32 0
  %splat30 = shufflevector <8 x float> %509, <8 x float> undef, <8 x i32> zeroinitializer
  %510 = load <8 x float>, <8 x float>* %13, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %448, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %13, align 32
  %512 = add i64 %216, 7
  %513 = mul i64 %512, 8
  %514 = add i64 %513, 2
  %515 = add i64 %213, %514
  %516 = getelementptr inbounds float, float* %1, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat31 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %12, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %448, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %12, align 32
  %521 = add i64 %216, 8
  %522 = mul i64 %521, 8
  %523 = add i64 %522, 2
  %524 = add i64 %213, %523
  %525 = getelementptr inbounds float, float* %1, i64 %524
  %526 = load float, float* %525, align 4
  %527 = insertelement <8 x float> undef, float %526, i32 0
  %splat32 = shufflevector <8 x float> %527, <8 x float> undef, <8 x i32> zeroinitializer
  %528 = load <8 x float>, <8 x float>* %11, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %448, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %11, align 32
  %530 = add i64 %216, 9
  %531 = mul i64 %530, 8
  %532 = add i64 %531, 2
  %533 = add i64 %213, %532
  %534 = getelementptr inbounds float, float* %1, i64 %533
  %535 = load float, float* %534, align 4
  %536 = insertelement <8 x float> undef, float %535, i32 0
  %splat33 = shufflevector <8 x float> %536, <8 x float> undef, <8 x i32> zeroinitializer
  %537 = load <8 x float>, <8 x float>* %10, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %448, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %10, align 32
  %539 = add i64 %216, 10
  %540 = mul i64 %539, 8
  %541 = add i64 %540, 2
  %542 = add i64 %213, %541
  %543 = getelementptr inbounds float, float* %1, i64 %542
  %544 = load float, float* %543, align 4
  %545 = insertelement <8 x float> undef, float %544, i32 0
  %splat34 = shufflevector <8 x float> %545, <8 x float> undef, <8 x i32> zeroinitializer
  %546 = load <8 x float>, <8 x float>* %9, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %448, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %9, align 32
  %548 = add i64 %216, 11
  %549 = mul i64 %548, 8
  %550 = add i64 %549, 2
  %551 = add i64 %213, %550
  %552 = getelementptr inbounds float, float* %1, i64 %551
  %553 = load float, float* %552, align 4
  %554 = insertelement <8 x float> undef, float %553, i32 0
  %splat35 = shufflevector <8 x float> %554, <8 x float> undef, <8 x i32> zeroinitializer
  %555 = load <8 x float>, <8 x float>* %8, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %448, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %8, align 32
  %557 = add i64 %220, 24
  %558 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %557
  %559 = bitcast float* %558 to <8 x float>*
  %560 = load <8 x float>, <8 x float>* %559, align 4
  %561 = add i64 %216, 0
  %562 = mul i64 %561, 8
  %563 = add i64 %562, 3
  %564 = add i64 %213, %563
  %565 = getelementptr inbounds float, float* %1, i64 %564
  %566 = load float, float* %565, align 4
  %567 = insertelement <8 x float> undef, float %566, i32 0
  %splat36 = shufflevector <8 x float> %567, <8 x float> undef, <8 x i32> zeroinitializer
  %568 = load <8 x float>, <8 x float>* %19, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %560, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %19, align 32
  %570 = add i64 %216, 1
  %571 = mul i64 %570, 8
  %572 = add i64 %571, 3
  %573 = add i64 %213, %572
  %574 = getelementptr inbounds float, float* %1, i64 %573
  %575 = load float, float* %574, align 4
  %576 = insertelement <8 x float> undef, float %575, i32 0
  %splat37 = shufflevector <8 x float> %576, <8 x float> undef, <8 x i32> zeroinitializer
  %577 = load <8 x float>, <8 x float>* %18, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %560, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %18, align 32
  %579 = add i64 %216, 2
  %580 = mul i64 %579, 8
  %581 = add i64 %580, 3
  %582 = add i64 %213, %581
  %583 = getelementptr inbounds float, float* %1, i64 %582
  %584 = load float, float* %583, align 4
  %585 = insertelement <8 x float> undef, float %584, i32 0
  %splat38 = shufflevector <8 x float> %585, <8 x float> undef, <8 x i32> zeroinitializer
  %586 = load <8 x float>, <8 x float>* %17, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %560, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %17, align 32
  %588 = add i64 %216, 3
  %589 = mul i64 %588, 8
  %590 = add i64 %589, 3
  %591 = add i64 %213, %590
  %592 = getelementptr inbounds float, float* %1, i64 %591
  %593 = load float, float* %592, align 4
  %594 = insertelement <8 x float> undef, float %593, i32 0
  %splat39 = shufflevector <8 x float> %594, <8 x float> undef, <8 x i32> zeroinitializer
  %595 = load <8 x float>, <8 x float>* %16, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %560, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %16, align 32
  %597 = add i64 %216, 4
  %598 = mul i64 %597, 8
  %599 = add i64 %598, 3
  %600 = add i64 %213, %599
  %601 = getelementptr inbounds float, float* %1, i64 %600
  %602 = load float, float* %601, align 4
  %603 = insertelement <8 x float> undef, float %602, i32 0
  %splat40 = shufflevector <8 x float> %603, <8 x float> undef, <8 x i32> zeroinitializer
  %604 = load <8 x float>, <8 x float>* %15, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %560, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %15, align 32
  %606 = add i64 %216, 5
  %607 = mul i64 %606, 8
  %608 = add i64 %607, 3
  %609 = add i64 %213, %608
  %610 = getelementptr inbounds float, float* %1, i64 %609
  %611 = load float, float* %610, align 4
  %612 = insertelement <8 x float> undef, float %611, i32 0
  %splat41 = shufflevector <8 x float> %612, <8 x float> undef, <8 x i32> zeroinitializer
  %613 = load <8 x float>, <8 x float>* %14, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %560, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %14, align 32
  %615 = add i64 %216, 6
  %616 = mul i64 %615, 8
  %617 = add i64 %616, 3
  %618 = add i64 %213, %617
  %619 = getelementptr inbounds float, float* %1, i64 %618
  %620 = load float, float* %619, align 4
  %621 = insertelement <8 x float> undef, float %620, i32 0
  %splat42 = shufflevector <8 x float> %621, <8 x float> undef, <8 x i32> zeroinitializer
  %622 = load <8 x float>, <8 x float>* %13, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %560, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %13, align 32
  %624 = add i64 %216, 7
  %625 = mul i64 %624, 8
  %626 = add i64 %625, 3
  %627 = add i64 %213, %626
  %628 = getelementptr inbounds float, float* %1, i64 %627
  %629 = load float, float* %628, align 4
  %630 = insertelement <8 x float> undef, float %629, i32 0
  %splat43 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
  %631 = load <8 x float>, <8 x float>* %12, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %560, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %12, align 32
  %633 = add i64 %216, 8
  %634 = mul i64 %633, 8
  %635 = add i64 %634, 3
  %636 = add i64 %213, %635
  %637 = getelementptr inbounds float, float* %1, i64 %636
  %638 = load float, float* %637, align 4
  %639 = insertelement <8 x float> undef, float %638, i32 0
  %splat44 = shufflevector <8 x float> %639, <8 x float> undef, <8 x i32> zeroinitializer
  %640 = load <8 x float>, <8 x float>* %11, align 32
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %560, <8 x float> %640)
  store <8 x float> %641, <8 x float>* %11, align 32
  %642 = add i64 %216, 9
  %643 = mul i64 %642, 8
  %644 = add i64 %643, 3
  %645 = add i64 %213, %644
  %646 = getelementptr inbounds float, float* %1, i64 %645
  %647 = load float, float* %646, align 4
  %648 = insertelement <8 x float> undef, float %647, i32 0
  %splat45 = shufflevector <8 x float> %648, <8 x float> undef, <8 x i32> zeroinitializer
  %649 = load <8 x float>, <8 x float>* %10, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %560, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %10, align 32
  %651 = add i64 %216, 10
  %652 = mul i64 %651, 8
  %653 = add i64 %652, 3
  %654 = add i64 %213, %653
  %655 = getelementptr inbounds float, float* %1, i64 %654
  %656 = load float, float* %655, align 4
  %657 = insertelement <8 x float> undef, float %656, i32 0
  %splat46 = shufflevector <8 x float> %657, <8 x float> undef, <8 x i32> zeroinitializer
  %658 = load <8 x float>, <8 x float>* %9, align 32
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %560, <8 x float> %658)
  store <8 x float> %659, <8 x float>* %9, align 32
  %660 = add i64 %216, 11
  %661 = mul i64 %660, 8
  %662 = add i64 %661, 3
  %663 = add i64 %213, %662
  %664 = getelementptr inbounds float, float* %1, i64 %663
  %665 = load float, float* %664, align 4
  %666 = insertelement <8 x float> undef, float %665, i32 0
  %splat47 = shufflevector <8 x float> %666, <8 x float> undef, <8 x i32> zeroinitializer
  %667 = load <8 x float>, <8 x float>* %8, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %560, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %8, align 32
  %669 = add i64 %220, 32
  %670 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %669
  %671 = bitcast float* %670 to <8 x float>*
  %672 = load <8 x float>, <8 x float>* %671, align 4
  %673 = add i64 %216, 0
  %674 = mul i64 %673, 8
  %675 = add i64 %674, 4
  %676 = add i64 %213, %675
  %677 = getelementptr inbounds float, float* %1, i64 %676
  %678 = load float, float* %677, align 4
  %679 = insertelement <8 x float> undef, float %678, i32 0
  %splat48 = shufflevector <8 x float> %679, <8 x float> undef, <8 x i32> zeroinitializer
  %680 = load <8 x float>, <8 x float>* %19, align 32
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %672, <8 x float> %680)
  store <8 x float> %681, <8 x float>* %19, align 32
  %682 = add i64 %216, 1
  %683 = mul i64 %682, 8
  %684 = add i64 %683, 4
  %685 = add i64 %213, %684
  %686 = getelementptr inbounds float, float* %1, i64 %685
  %687 = load float, float* %686, align 4
  %688 = insertelement <8 x float> undef, float %687, i32 0
  %splat49 = shufflevector <8 x float> %688, <8 x float> undef, <8 x i32> zeroinitializer
  %689 = load <8 x float>, <8 x float>* %18, align 32
  %690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %672, <8 x float> %689)
  store <8 x float> %690, <8 x float>* %18, align 32
  %691 = add i64 %216, 2
  %692 = mul i64 %691, 8
  %693 = add i64 %692, 4
  %694 = add i64 %213, %693
  %695 = getelementptr inbounds float, float* %1, i64 %694
  %696 = load float, float* %695, align 4
  %697 = insertelement <8 x float> undef, float %696, i32 0
  %splat50 = shufflevector <8 x float> %697, <8 x float> undef, <8 x i32> zeroinitializer
  %698 = load <8 x float>, <8 x float>* %17, align 32
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %672, <8 x float> %698)
  store <8 x float> %699, <8 x float>* %17, align 32
  %700 = add i64 %216, 3
  %701 = mul i64 %700, 8
  %702 = add i64 %701, 4
  %703 = add i64 %213, %702
  %704 = getelementptr inbounds float, float* %1, i64 %703
  %705 = load float, float* %704, align 4
  %706 = insertelement <8 x float> undef, float %705, i32 0
  %splat51 = shufflevector <8 x float> %706, <8 x float> undef, <8 x i32> zeroinitializer
  %707 = load <8 x float>, <8 x float>* %16, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %672, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %16, align 32
  %709 = add i64 %216, 4
  %710 = mul i64 %709, 8
  %711 = add i64 %710, 4
  %712 = add i64 %213, %711
  %713 = getelementptr inbounds float, float* %1, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat52 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %15, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %672, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %15, align 32
  %718 = add i64 %216, 5
  %719 = mul i64 %718, 8
  %720 = add i64 %719, 4
  %721 = add i64 %213, %720
  %722 = getelementptr inbounds float, float* %1, i64 %721
  %723 = load float, float* %722, align 4
  %724 = insertelement <8 x float> undef, float %723, i32 0
  %splat53 = shufflevector <8 x float> %724, <8 x float> undef, <8 x i32> zeroinitializer
  %725 = load <8 x float>, <8 x float>* %14, align 32
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %672, <8 x float> %725)
  store <8 x float> %726, <8 x float>* %14, align 32
  %727 = add i64 %216, 6
  %728 = mul i64 %727, 8
  %729 = add i64 %728, 4
  %730 = add i64 %213, %729
  %731 = getelementptr inbounds float, float* %1, i64 %730
  %732 = load float, float* %731, align 4
  %733 = insertelement <8 x float> undef, float %732, i32 0
  %splat54 = shufflevector <8 x float> %733, <8 x float> undef, <8 x i32> zeroinitializer
  %734 = load <8 x float>, <8 x float>* %13, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %672, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %13, align 32
  %736 = add i64 %216, 7
  %737 = mul i64 %736, 8
  %738 = add i64 %737, 4
  %739 = add i64 %213, %738
  %740 = getelementptr inbounds float, float* %1, i64 %739
  %741 = load float, float* %740, align 4
  %742 = insertelement <8 x float> undef, float %741, i32 0
  %splat55 = shufflevector <8 x float> %742, <8 x float> undef, <8 x i32> zeroinitializer
  %743 = load <8 x float>, <8 x float>* %12, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %672, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %12, align 32
  %745 = add i64 %216, 8
  %746 = mul i64 %745, 8
  %747 = add i64 %746, 4
  %748 = add i64 %213, %747
  %749 = getelementptr inbounds float, float* %1, i64 %748
  %750 = load float, float* %749, align 4
  %751 = insertelement <8 x float> undef, float %750, i32 0
  %splat56 = shufflevector <8 x float> %751, <8 x float> undef, <8 x i32> zeroinitializer
  %752 = load <8 x float>, <8 x float>* %11, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %672, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %11, align 32
  %754 = add i64 %216, 9
  %755 = mul i64 %754, 8
  %756 = add i64 %755, 4
  %757 = add i64 %213, %756
  %758 = getelementptr inbounds float, float* %1, i64 %757
  %759 = load float, float* %758, align 4
  %760 = insertelement <8 x float> undef, float %759, i32 0
  %splat57 = shufflevector <8 x float> %760, <8 x float> undef, <8 x i32> zeroinitializer
  %761 = load <8 x float>, <8 x float>* %10, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %672, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %10, align 32
  %763 = add i64 %216, 10
  %764 = mul i64 %763, 8
  %765 = add i64 %764, 4
  %766 = add i64 %213, %765
  %767 = getelementptr inbounds float, float* %1, i64 %766
  %768 = load float, float* %767, align 4
  %769 = insertelement <8 x float> undef, float %768, i32 0
  %splat58 = shufflevector <8 x float> %769, <8 x float> undef, <8 x i32> zeroinitializer
  %770 = load <8 x float>, <8 x float>* %9, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %672, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %9, align 32
  %772 = add i64 %216, 11
  %773 = mul i64 %772, 8
  %774 = add i64 %773, 4
  %775 = add i64 %213, %774
  %776 = getelementptr inbounds float, float* %1, i64 %775
  %777 = load float, float* %776, align 4
  %778 = insertelement <8 x float> undef, float %777, i32 0
  %splat59 = shufflevector <8 x float> %778, <8 x float> undef, <8 x i32> zeroinitializer
  %779 = load <8 x float>, <8 x float>* %8, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %672, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %8, align 32
  %781 = add i64 %220, 40
  %782 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %781
  %783 = bitcast float* %782 to <8 x float>*
  %784 = load <8 x float>, <8 x float>* %783, align 4
  %785 = add i64 %216, 0
  %786 = mul i64 %785, 8
  %787 = add i64 %786, 5
  %788 = add i64 %213, %787
  %789 = getelementptr inbounds float, float* %1, i64 %788
  %790 = load float, float* %789, align 4
  %791 = insertelement <8 x float> undef, float %790, i32 0
  %splat60 = shufflevector <8 x float> %791, <8 x float> undef, <8 x i32> zeroinitializer
  %792 = load <8 x float>, <8 x float>* %19, align 32
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %784, <8 x float> %792)
  store <8 x float> %793, <8 x float>* %19, align 32
  %794 = add i64 %216, 1
  %795 = mul i64 %794, 8
  %796 = add i64 %795, 5
  %797 = add i64 %213, %796
  %798 = getelementptr inbounds float, float* %1, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat61 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %18, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %784, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %18, align 32
  %803 = add i64 %216, 2
  %804 = mul i64 %803, 8
  %805 = add i64 %804, 5
  %806 = add i64 %213, %805
  %807 = getelementptr inbounds float, float* %1, i64 %806
  %808 = load float, float* %807, align 4
  %809 = insertelement <8 x float> undef, float %808, i32 0
  %splat62 = shufflevector <8 x float> %809, <8 x float> undef, <8 x i32> zeroinitializer
  %810 = load <8 x float>, <8 x float>* %17, align 32
  %811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %784, <8 x float> %810)
  store <8 x float> %811, <8 x float>* %17, align 32
  %812 = add i64 %216, 3
  %813 = mul i64 %812, 8
  %814 = add i64 %813, 5
  %815 = add i64 %213, %814
  %816 = getelementptr inbounds float, float* %1, i64 %815
  %817 = load float, float* %816, align 4
  %818 = insertelement <8 x float> undef, float %817, i32 0
  %splat63 = shufflevector <8 x float> %818, <8 x float> undef, <8 x i32> zeroinitializer
  %819 = load <8 x float>, <8 x float>* %16, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %784, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %16, align 32
  %821 = add i64 %216, 4
  %822 = mul i64 %821, 8
  %823 = add i64 %822, 5
  %824 = add i64 %213, %823
  %825 = getelementptr inbounds float, float* %1, i64 %824
  %826 = load float, float* %825, align 4
  %827 = insertelement <8 x float> undef, float %826, i32 0
  %splat64 = shufflevector <8 x float> %827, <8 x float> undef, <8 x i32> zeroinitializer
  %828 = load <8 x float>, <8 x float>* %15, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %784, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %15, align 32
  %830 = add i64 %216, 5
  %831 = mul i64 %830, 8
  %832 = add i64 %831, 5
  %833 = add i64 %213, %832
  %834 = getelementptr inbounds float, float* %1, i64 %833
  %835 = load float, float* %834, align 4
  %836 = insertelement <8 x float> undef, float %835, i32 0
  %splat65 = shufflevector <8 x float> %836, <8 x float> undef, <8 x i32> zeroinitializer
  %837 = load <8 x float>, <8 x float>* %14, align 32
  %838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %784, <8 x float> %837)
  store <8 x float> %838, <8 x float>* %14, align 32
  %839 = add i64 %216, 6
  %840 = mul i64 %839, 8
  %841 = add i64 %840, 5
  %842 = add i64 %213, %841
  %843 = getelementptr inbounds float, float* %1, i64 %842
  %844 = load float, float* %843, align 4
  %845 = insertelement <8 x float> undef, float %844, i32 0
  %splat66 = shufflevector <8 x float> %845, <8 x float> undef, <8 x i32> zeroinitializer
  %846 = load <8 x float>, <8 x float>* %13, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %784, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %13, align 32
  %848 = add i64 %216, 7
  %849 = mul i64 %848, 8
  %850 = add i64 %849, 5
  %851 = add i64 %213, %850
  %852 = getelementptr inbounds float, float* %1, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat67 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %12, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %784, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %12, align 32
  %857 = add i64 %216, 8
  %858 = mul i64 %857, 8
  %859 = add i64 %858, 5
  %860 = add i64 %213, %859
  %861 = getelementptr inbounds float, float* %1, i64 %860
  %862 = load float, float* %861, align 4
  %863 = insertelement <8 x float> undef, float %862, i32 0
  %splat68 = shufflevector <8 x float> %863, <8 x float> undef, <8 x i32> zeroinitializer
  %864 = load <8 x float>, <8 x float>* %11, align 32
  %865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %784, <8 x float> %864)
  store <8 x float> %865, <8 x float>* %11, align 32
  %866 = add i64 %216, 9
  %867 = mul i64 %866, 8
  %868 = add i64 %867, 5
  %869 = add i64 %213, %868
  %870 = getelementptr inbounds float, float* %1, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat69 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %10, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %784, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %10, align 32
  %875 = add i64 %216, 10
  %876 = mul i64 %875, 8
  %877 = add i64 %876, 5
  %878 = add i64 %213, %877
  %879 = getelementptr inbounds float, float* %1, i64 %878
  %880 = load float, float* %879, align 4
  %881 = insertelement <8 x float> undef, float %880, i32 0
  %splat70 = shufflevector <8 x float> %881, <8 x float> undef, <8 x i32> zeroinitializer
  %882 = load <8 x float>, <8 x float>* %9, align 32
  %883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %784, <8 x float> %882)
  store <8 x float> %883, <8 x float>* %9, align 32
  %884 = add i64 %216, 11
  %885 = mul i64 %884, 8
  %886 = add i64 %885, 5
  %887 = add i64 %213, %886
  %888 = getelementptr inbounds float, float* %1, i64 %887
  %889 = load float, float* %888, align 4
  %890 = insertelement <8 x float> undef, float %889, i32 0
  %splat71 = shufflevector <8 x float> %890, <8 x float> undef, <8 x i32> zeroinitializer
  %891 = load <8 x float>, <8 x float>* %8, align 32
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %784, <8 x float> %891)
  store <8 x float> %892, <8 x float>* %8, align 32
  %893 = add i64 %220, 48
  %894 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %893
  %895 = bitcast float* %894 to <8 x float>*
  %896 = load <8 x float>, <8 x float>* %895, align 4
  %897 = add i64 %216, 0
  %898 = mul i64 %897, 8
  %899 = add i64 %898, 6
  %900 = add i64 %213, %899
  %901 = getelementptr inbounds float, float* %1, i64 %900
  %902 = load float, float* %901, align 4
  %903 = insertelement <8 x float> undef, float %902, i32 0
  %splat72 = shufflevector <8 x float> %903, <8 x float> undef, <8 x i32> zeroinitializer
  %904 = load <8 x float>, <8 x float>* %19, align 32
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %896, <8 x float> %904)
  store <8 x float> %905, <8 x float>* %19, align 32
  %906 = add i64 %216, 1
  %907 = mul i64 %906, 8
  %908 = add i64 %907, 6
  %909 = add i64 %213, %908
  %910 = getelementptr inbounds float, float* %1, i64 %909
  %911 = load float, float* %910, align 4
  %912 = insertelement <8 x float> undef, float %911, i32 0
  %splat73 = shufflevector <8 x float> %912, <8 x float> undef, <8 x i32> zeroinitializer
  %913 = load <8 x float>, <8 x float>* %18, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %896, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %18, align 32
  %915 = add i64 %216, 2
  %916 = mul i64 %915, 8
  %917 = add i64 %916, 6
  %918 = add i64 %213, %917
  %919 = getelementptr inbounds float, float* %1, i64 %918
  %920 = load float, float* %919, align 4
  %921 = insertelement <8 x float> undef, float %920, i32 0
  %splat74 = shufflevector <8 x float> %921, <8 x float> undef, <8 x i32> zeroinitializer
  %922 = load <8 x float>, <8 x float>* %17, align 32
  %923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %896, <8 x float> %922)
  store <8 x float> %923, <8 x float>* %17, align 32
  %924 = add i64 %216, 3
  %925 = mul i64 %924, 8
  %926 = add i64 %925, 6
  %927 = add i64 %213, %926
  %928 = getelementptr inbounds float, float* %1, i64 %927
  %929 = load float, float* %928, align 4
  %930 = insertelement <8 x float> undef, float %929, i32 0
  %splat75 = shufflevector <8 x float> %930, <8 x float> undef, <8 x i32> zeroinitializer
  %931 = load <8 x float>, <8 x float>* %16, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %896, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %16, align 32
  %933 = add i64 %216, 4
  %934 = mul i64 %933, 8
  %935 = add i64 %934, 6
  %936 = add i64 %213, %935
  %937 = getelementptr inbounds float, float* %1, i64 %936
  %938 = load float, float* %937, align 4
  %939 = insertelement <8 x float> undef, float %938, i32 0
  %splat76 = shufflevector <8 x float> %939, <8 x float> undef, <8 x i32> zeroinitializer
  %940 = load <8 x float>, <8 x float>* %15, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %896, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %15, align 32
  %942 = add i64 %216, 5
  %943 = mul i64 %942, 8
  %944 = add i64 %943, 6
  %945 = add i64 %213, %944
  %946 = getelementptr inbounds float, float* %1, i64 %945
  %947 = load float, float* %946, align 4
  %948 = insertelement <8 x float> undef, float %947, i32 0
  %splat77 = shufflevector <8 x float> %948, <8 x float> undef, <8 x i32> zeroinitializer
  %949 = load <8 x float>, <8 x float>* %14, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %896, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %14, align 32
  %951 = add i64 %216, 6
  %952 = mul i64 %951, 8
  %953 = add i64 %952, 6
  %954 = add i64 %213, %953
  %955 = getelementptr inbounds float, float* %1, i64 %954
  %956 = load float, float* %955, align 4
  %957 = insertelement <8 x float> undef, float %956, i32 0
  %splat78 = shufflevector <8 x float> %957, <8 x float> undef, <8 x i32> zeroinitializer
  %958 = load <8 x float>, <8 x float>* %13, align 32
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %896, <8 x float> %958)
  store <8 x float> %959, <8 x float>* %13, align 32
  %960 = add i64 %216, 7
  %961 = mul i64 %960, 8
  %962 = add i64 %961, 6
  %963 = add i64 %213, %962
  %964 = getelementptr inbounds float, float* %1, i64 %963
  %965 = load float, float* %964, align 4
  %966 = insertelement <8 x float> undef, float %965, i32 0
  %splat79 = shufflevector <8 x float> %966, <8 x float> undef, <8 x i32> zeroinitializer
  %967 = load <8 x float>, <8 x float>* %12, align 32
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %896, <8 x float> %967)
  store <8 x float> %968, <8 x float>* %12, align 32
  %969 = add i64 %216, 8
  %970 = mul i64 %969, 8
  %971 = add i64 %970, 6
  %972 = add i64 %213, %971
  %973 = getelementptr inbounds float, float* %1, i64 %972
  %974 = load float, float* %973, align 4
  %975 = insertelement <8 x float> undef, float %974, i32 0
  %splat80 = shufflevector <8 x float> %975, <8 x float> undef, <8 x i32> zeroinitializer
  %976 = load <8 x float>, <8 x float>* %11, align 32
  %977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %896, <8 x float> %976)
  store <8 x float> %977, <8 x float>* %11, align 32
  %978 = add i64 %216, 9
  %979 = mul i64 %978, 8
  %980 = add i64 %979, 6
  %981 = add i64 %213, %980
  %982 = getelementptr inbounds float, float* %1, i64 %981
  %983 = load float, float* %982, align 4
  %984 = insertelement <8 x float> undef, float %983, i32 0
  %splat81 = shufflevector <8 x float> %984, <8 x float> undef, <8 x i32> zeroinitializer
  %985 = load <8 x float>, <8 x float>* %10, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %896, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %10, align 32
  %987 = add i64 %216, 10
  %988 = mul i64 %987, 8
  %989 = add i64 %988, 6
  %990 = add i64 %213, %989
  %991 = getelementptr inbounds float, float* %1, i64 %990
  %992 = load float, float* %991, align 4
  %993 = insertelement <8 x float> undef, float %992, i32 0
  %splat82 = shufflevector <8 x float> %993, <8 x float> undef, <8 x i32> zeroinitializer
  %994 = load <8 x float>, <8 x float>* %9, align 32
  %995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %896, <8 x float> %994)
  store <8 x float> %995, <8 x float>* %9, align 32
  %996 = add i64 %216, 11
  %997 = mul i64 %996, 8
  %998 = add i64 %997, 6
  %999 = add i64 %213, %998
  %1000 = getelementptr inbounds float, float* %1, i64 %999
  %1001 = load float, float* %1000, align 4
  %1002 = insertelement <8 x float> undef, float %1001, i32 0
  %splat83 = shufflevector <8 x float> %1002, <8 x float> undef, <8 x i32> zeroinitializer
  %1003 = load <8 x float>, <8 x float>* %8, align 32
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %896, <8 x float> %1003)
  store <8 x float> %1004, <8 x float>* %8, align 32
  %1005 = add i64 %220, 56
  %1006 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1005
  %1007 = bitcast float* %1006 to <8 x float>*
  %1008 = load <8 x float>, <8 x float>* %1007, align 4
  %1009 = add i64 %216, 0
  %1010 = mul i64 %1009, 8
  %1011 = add i64 %1010, 7
  %1012 = add i64 %213, %1011
  %1013 = getelementptr inbounds float, float* %1, i64 %1012
  %1014 = load float, float* %1013, align 4
  %1015 = insertelement <8 x float> undef, float %1014, i32 0
  %splat84 = shufflevector <8 x float> %1015, <8 x float> undef, <8 x i32> zeroinitializer
  %1016 = load <8 x float>, <8 x float>* %19, align 32
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1008, <8 x float> %1016)
  store <8 x float> %1017, <8 x float>* %19, align 32
  %1018 = add i64 %216, 1
  %1019 = mul i64 %1018, 8
  %1020 = add i64 %1019, 7
  %1021 = add i64 %213, %1020
  %1022 = getelementptr inbounds float, float* %1, i64 %1021
  %1023 = load float, float* %1022, align 4
  %1024 = insertelement <8 x float> undef, float %1023, i32 0
  %splat85 = shufflevector <8 x float> %1024, <8 x float> undef, <8 x i32> zeroinitializer
  %1025 = load <8 x float>, <8 x float>* %18, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1008, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %18, align 32
  %1027 = add i64 %216, 2
  %1028 = mul i64 %1027, 8
  %1029 = add i64 %1028, 7
  %1030 = add i64 %213, %1029
  %1031 = getelementptr inbounds float, float* %1, i64 %1030
  %1032 = load float, float* %1031, align 4
  %1033 = insertelement <8 x float> undef, float %1032, i32 0
  %splat86 = shufflevector <8 x float> %1033, <8 x float> undef, <8 x i32> zeroinitializer
  %1034 = load <8 x float>, <8 x float>* %17, align 32
  %1035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1008, <8 x float> %1034)
  store <8 x float> %1035, <8 x float>* %17, align 32
  %1036 = add i64 %216, 3
  %1037 = mul i64 %1036, 8
  %1038 = add i64 %1037, 7
  %1039 = add i64 %213, %1038
  %1040 = getelementptr inbounds float, float* %1, i64 %1039
  %1041 = load float, float* %1040, align 4
  %1042 = insertelement <8 x float> undef, float %1041, i32 0
  %splat87 = shufflevector <8 x float> %1042, <8 x float> undef, <8 x i32> zeroinitializer
  %1043 = load <8 x float>, <8 x float>* %16, align 32
  %1044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1008, <8 x float> %1043)
  store <8 x float> %1044, <8 x float>* %16, align 32
  %1045 = add i64 %216, 4
  %1046 = mul i64 %1045, 8
  %1047 = add i64 %1046, 7
  %1048 = add i64 %213, %1047
  %1049 = getelementptr inbounds float, float* %1, i64 %1048
  %1050 = load float, float* %1049, align 4
  %1051 = insertelement <8 x float> undef, float %1050, i32 0
  %splat88 = shufflevector <8 x float> %1051, <8 x float> undef, <8 x i32> zeroinitializer
  %1052 = load <8 x float>, <8 x float>* %15, align 32
  %1053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1008, <8 x float> %1052)
  store <8 x float> %1053, <8 x float>* %15, align 32
  %1054 = add i64 %216, 5
  %1055 = mul i64 %1054, 8
  %1056 = add i64 %1055, 7
  %1057 = add i64 %213, %1056
  %1058 = getelementptr inbounds float, float* %1, i64 %1057
  %1059 = load float, float* %1058, align 4
  %1060 = insertelement <8 x float> undef, float %1059, i32 0
  %splat89 = shufflevector <8 x float> %1060, <8 x float> undef, <8 x i32> zeroinitializer
  %1061 = load <8 x float>, <8 x float>* %14, align 32
  %1062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1008, <8 x float> %1061)
  store <8 x float> %1062, <8 x float>* %14, align 32
  %1063 = add i64 %216, 6
  %1064 = mul i64 %1063, 8
  %1065 = add i64 %1064, 7
  %1066 = add i64 %213, %1065
  %1067 = getelementptr inbounds float, float* %1, i64 %1066
  %1068 = load float, float* %1067, align 4
  %1069 = insertelement <8 x float> undef, float %1068, i32 0
  %splat90 = shufflevector <8 x float> %1069, <8 x float> undef, <8 x i32> zeroinitializer
  %1070 = load <8 x float>, <8 x float>* %13, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1008, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %13, align 32
  %1072 = add i64 %216, 7
  %1073 = mul i64 %1072, 8
  %1074 = add i64 %1073, 7
  %1075 = add i64 %213, %1074
  %1076 = getelementptr inbounds float, float* %1, i64 %1075
  %1077 = load float, float* %1076, align 4
  %1078 = insertelement <8 x float> undef, float %1077, i32 0
  %splat91 = shufflevector <8 x float> %1078, <8 x float> undef, <8 x i32> zeroinitializer
  %1079 = load <8 x float>, <8 x float>* %12, align 32
  %1080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1008, <8 x float> %1079)
  store <8 x float> %1080, <8 x float>* %12, align 32
  %1081 = add i64 %216, 8
  %1082 = mul i64 %1081, 8
  %1083 = add i64 %1082, 7
  %1084 = add i64 %213, %1083
  %1085 = getelementptr inbounds float, float* %1, i64 %1084
  %1086 = load float, float* %1085, align 4
  %1087 = insertelement <8 x float> undef, float %1086, i32 0
  %splat92 = shufflevector <8 x float> %1087, <8 x float> undef, <8 x i32> zeroinitializer
  %1088 = load <8 x float>, <8 x float>* %11, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1008, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %11, align 32
  %1090 = add i64 %216, 9
  %1091 = mul i64 %1090, 8
  %1092 = add i64 %1091, 7
  %1093 = add i64 %213, %1092
  %1094 = getelementptr inbounds float, float* %1, i64 %1093
  %1095 = load float, float* %1094, align 4
  %1096 = insertelement <8 x float> undef, float %1095, i32 0
  %splat93 = shufflevector <8 x float> %1096, <8 x float> undef, <8 x i32> zeroinitializer
  %1097 = load <8 x float>, <8 x float>* %10, align 32
  %1098 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1008, <8 x float> %1097)
  store <8 x float> %1098, <8 x float>* %10, align 32
  %1099 = add i64 %216, 10
  %1100 = mul i64 %1099, 8
  %1101 = add i64 %1100, 7
  %1102 = add i64 %213, %1101
  %1103 = getelementptr inbounds float, float* %1, i64 %1102
  %1104 = load float, float* %1103, align 4
  %1105 = insertelement <8 x float> undef, float %1104, i32 0
  %splat94 = shufflevector <8 x float> %1105, <8 x float> undef, <8 x i32> zeroinitializer
  %1106 = load <8 x float>, <8 x float>* %9, align 32
  %1107 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1008, <8 x float> %1106)
  store <8 x float> %1107, <8 x float>* %9, align 32
  %1108 = add i64 %216, 11
  %1109 = mul i64 %1108, 8
  %1110 = add i64 %1109, 7
  %1111 = add i64 %213, %1110
  %1112 = getelementptr inbounds float, float* %1, i64 %1111
  %1113 = load float, float* %1112, align 4
  %1114 = insertelement <8 x float> undef, float %1113, i32 0
  %splat95 = shufflevector <8 x float> %1114, <8 x float> undef, <8 x i32> zeroinitializer
  %1115 = load <8 x float>, <8 x float>* %8, align 32
  %1116 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1008, <8 x float> %1115)
  store <8 x float> %1116, <8 x float>* %8, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

xb.header:                                        ; preds = %u.exit98, %u.exit
  %xb = phi i64 [ 0, %u.exit ], [ %xb.next, %u.exit98 ]
  %1117 = icmp slt i64 %xb, 1
  br i1 %1117, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %1118 = add i64 %29, 0
  %1119 = mul i64 %1118, 8
  %1120 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %1119
  %1121 = bitcast float* %1120 to <8 x float>*
  %1122 = load <8 x float>, <8 x float>* %1121, align 4
  store <8 x float> %1122, <8 x float>* %7, align 32
  %1123 = mul i64 %xb, 1
  %1124 = sub i64 %1123, 1
  br label %u.header96

xb.exit:                                          ; preds = %xb.header
  br label %xb.header123

u.header96:                                       ; preds = %kh.exit102, %xb.body
  %u99 = phi i64 [ 0, %xb.body ], [ %u.next122, %kh.exit102 ]
  %1125 = icmp slt i64 %u99, 64
  br i1 %1125, label %u.body97, label %u.exit98

u.body97:                                         ; preds = %u.header96
  %1126 = mul i64 %u99, 1568
  %1127 = add i64 %33, %1126
  %1128 = mul i64 %u99, 576
  %1129 = add i64 %37, %1128
  br label %kh.header100

u.exit98:                                         ; preds = %u.header96
  %1130 = add i64 %xb, 0
  %1131 = mul i64 %26, 64
  %1132 = add i64 %1131, %29
  %1133 = add i64 %1132, 0
  %1134 = mul i64 %1133, 14
  %1135 = add i64 %1134, %23
  %1136 = mul i64 %1135, 14
  %1137 = add i64 %1136, %1130
  %1138 = mul i64 %1137, 8
  %1139 = load <8 x float>, <8 x float>* %7, align 32
  %1140 = fcmp ogt <8 x float> %1139, zeroinitializer
  %1141 = select <8 x i1> %1140, <8 x float> %1139, <8 x float> zeroinitializer
  %1142 = getelementptr inbounds float, float* %0, i64 %1138
  %1143 = bitcast float* %1142 to <8 x float>*
  store <8 x float> %1141, <8 x float>* %1143, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header100:                                     ; preds = %endif105, %u.body97
  %kh103 = phi i64 [ 0, %u.body97 ], [ %kh.next121, %endif105 ]
  %1144 = icmp slt i64 %kh103, 3
  br i1 %1144, label %kh.body101, label %kh.exit102

kh.body101:                                       ; preds = %kh.header100
  %1145 = mul i64 %kh103, 1
  %1146 = add i64 %39, %1145
  %1147 = icmp sge i64 %1146, 0
  %1148 = icmp slt i64 %1146, 14
  %1149 = and i1 %1147, %1148
  br i1 %1149, label %then104, label %endif105

kh.exit102:                                       ; preds = %kh.header100
  %u.next122 = add i64 %u99, 1
  br label %u.header96

then104:                                          ; preds = %kh.body101
  %1150 = mul i64 %1146, 112
  %1151 = add i64 %1127, %1150
  br label %kw.header106

endif105:                                         ; preds = %kw.exit108, %kh.body101
  %kh.next121 = add i64 %kh103, 1
  br label %kh.header100

kw.header106:                                     ; preds = %endif111, %then104
  %kw109 = phi i64 [ 0, %then104 ], [ %kw.next120, %endif111 ]
  %1152 = icmp slt i64 %kw109, 3
  br i1 %1152, label %kw.body107, label %kw.exit108

kw.body107:                                       ; preds = %kw.header106
  %1153 = mul i64 %kw109, 1
  %1154 = add i64 %1124, %1153
  %1155 = mul i64 %kh103, 3
  %1156 = add i64 %1155, %kw109
  %1157 = mul i64 %1156, 64
  %1158 = add i64 %1129, %1157
  %1159 = icmp sge i64 %1154, 0
  %1160 = icmp slt i64 %1154, 14
  %1161 = and i1 %1159, %1160
  br i1 %1161, label %then110, label %endif111

kw.exit108:                                       ; preds = %kw.header106
  br label %endif105

then110:                                          ; preds = %kw.body107
  %1162 = add i64 %1158, 0
  %1163 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1162
  %1164 = bitcast float* %1163 to <8 x float>*
  %1165 = load <8 x float>, <8 x float>* %1164, align 4
  %1166 = add i64 %1154, 0
  %1167 = mul i64 %1166, 8
  %1168 = add i64 %1167, 0
  %1169 = add i64 %1151, %1168
  %1170 = getelementptr inbounds float, float* %1, i64 %1169
  %1171 = load float, float* %1170, align 4
  %1172 = insertelement <8 x float> undef, float %1171, i32 0
  %splat112 = shufflevector <8 x float> %1172, <8 x float> undef, <8 x i32> zeroinitializer
  %1173 = load <8 x float>, <8 x float>* %7, align 32
  %1174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat112, <8 x float> %1165, <8 x float> %1173)
  store <8 x float> %1174, <8 x float>* %7, align 32
  %1175 = add i64 %1158, 8
  %1176 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1175
  %1177 = bitcast float* %1176 to <8 x float>*
  %1178 = load <8 x float>, <8 x float>* %1177, align 4
  %1179 = add i64 %1154, 0
  %1180 = mul i64 %1179, 8
  %1181 = add i64 %1180, 1
  %1182 = add i64 %1151, %1181
  %1183 = getelementptr inbounds float, float* %1, i64 %1182
  %1184 = load float, float* %1183, align 4
  %1185 = insertelement <8 x float> undef, float %1184, i32 0
  %splat113 = shufflevector <8 x float> %1185, <8 x float> undef, <8 x i32> zeroinitializer
  %1186 = load <8 x float>, <8 x float>* %7, align 32
  %1187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat113, <8 x float> %1178, <8 x float> %1186)
  store <8 x float> %1187, <8 x float>* %7, align 32
  %1188 = add i64 %1158, 16
  %1189 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1188
  %1190 = bitcast float* %1189 to <8 x float>*
  %1191 = load <8 x float>, <8 x float>* %1190, align 4
  %1192 = add i64 %1154, 0
  %1193 = mul i64 %1192, 8
  %1194 = add i64 %1193, 2
  %1195 = add i64 %1151, %1194
  %1196 = getelementptr inbounds float, float* %1, i64 %1195
  %1197 = load float, float* %1196, align 4
  %1198 = insertelement <8 x float> undef, float %1197, i32 0
  %splat114 = shufflevector <8 x float> %1198, <8 x float> undef, <8 x i32> zeroinitializer
  %1199 = load <8 x float>, <8 x float>* %7, align 32
  %1200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat114, <8 x float> %1191, <8 x float> %1199)
  store <8 x float> %1200, <8 x float>* %7, align 32
  %1201 = add i64 %1158, 24
  %1202 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1201
  %1203 = bitcast float* %1202 to <8 x float>*
  %1204 = load <8 x float>, <8 x float>* %1203, align 4
  %1205 = add i64 %1154, 0
  %1206 = mul i64 %1205, 8
  %1207 = add i64 %1206, 3
  %1208 = add i64 %1151, %1207
  %1209 = getelementptr inbounds float, float* %1, i64 %1208
  %1210 = load float, float* %1209, align 4
  %1211 = insertelement <8 x float> undef, float %1210, i32 0
  %splat115 = shufflevector <8 x float> %1211, <8 x float> undef, <8 x i32> zeroinitializer
  %1212 = load <8 x float>, <8 x float>* %7, align 32
  %1213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat115, <8 x float> %1204, <8 x float> %1212)
  store <8 x float> %1213, <8 x float>* %7, align 32
  %1214 = add i64 %1158, 32
  %1215 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1214
  %1216 = bitcast float* %1215 to <8 x float>*
  %1217 = load <8 x float>, <8 x float>* %1216, align 4
  %1218 = add i64 %1154, 0
  %1219 = mul i64 %1218, 8
  %1220 = add i64 %1219, 4
  %1221 = add i64 %1151, %1220
  %1222 = getelementptr inbounds float, float* %1, i64 %1221
  %1223 = load float, float* %1222, align 4
  %1224 = insertelement <8 x float> undef, float %1223, i32 0
  %splat116 = shufflevector <8 x float> %1224, <8 x float> undef, <8 x i32> zeroinitializer
  %1225 = load <8 x float>, <8 x float>* %7, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat116, <8 x float> %1217, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %7, align 32
  %1227 = add i64 %1158, 40
  %1228 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1227
  %1229 = bitcast float* %1228 to <8 x float>*
  %1230 = load <8 x float>, <8 x float>* %1229, align 4
  %1231 = add i64 %1154, 0
  %1232 = mul i64 %1231, 8
  %1233 = add i64 %1232, 5
  %1234 = add i64 %1151, %1233
  %1235 = getelementptr inbounds float, float* %1, i64 %1234
  %1236 = load float, float* %1235, align 4
  %1237 = insertelement <8 x float> undef, float %1236, i32 0
  %splat117 = shufflevector <8 x float> %1237, <8 x float> undef, <8 x i32> zeroinitializer
  %1238 = load <8 x float>, <8 x float>* %7, align 32
  %1239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat117, <8 x float> %1230, <8 x float> %1238)
  store <8 x float> %1239, <8 x float>* %7, align 32
  %1240 = add i64 %1158, 48
  %1241 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1240
  %1242 = bitcast float* %1241 to <8 x float>*
  %1243 = load <8 x float>, <8 x float>* %1242, align 4
  %1244 = add i64 %1154, 0
  %1245 = mul i64 %1244, 8
  %1246 = add i64 %1245, 6
  %1247 = add i64 %1151, %1246
  %1248 = getelementptr inbounds float, float* %1, i64 %1247
  %1249 = load float, float* %1248, align 4
  %1250 = insertelement <8 x float> undef, float %1249, i32 0
  %splat118 = shufflevector <8 x float> %1250, <8 x float> undef, <8 x i32> zeroinitializer
  %1251 = load <8 x float>, <8 x float>* %7, align 32
  %1252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat118, <8 x float> %1243, <8 x float> %1251)
  store <8 x float> %1252, <8 x float>* %7, align 32
  %1253 = add i64 %1158, 56
  %1254 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1253
  %1255 = bitcast float* %1254 to <8 x float>*
  %1256 = load <8 x float>, <8 x float>* %1255, align 4
  %1257 = add i64 %1154, 0
  %1258 = mul i64 %1257, 8
  %1259 = add i64 %1258, 7
  %1260 = add i64 %1151, %1259
  %1261 = getelementptr inbounds float, float* %1, i64 %1260
  %1262 = load float, float* %1261, align 4
  %1263 = insertelement <8 x float> undef, float %1262, i32 0
  %splat119 = shufflevector <8 x float> %1263, <8 x float> undef, <8 x i32> zeroinitializer
  %1264 = load <8 x float>, <8 x float>* %7, align 32
  %1265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat119, <8 x float> %1256, <8 x float> %1264)
  store <8 x float> %1265, <8 x float>* %7, align 32
  br label %endif111

endif111:                                         ; preds = %then110, %kw.body107
  %kw.next120 = add i64 %kw109, 1
  br label %kw.header106

xb.header123:                                     ; preds = %u.exit129, %xb.exit
  %xb126 = phi i64 [ 13, %xb.exit ], [ %xb.next154, %u.exit129 ]
  %1266 = icmp slt i64 %xb126, 14
  br i1 %1266, label %xb.body124, label %xb.exit125

xb.body124:                                       ; preds = %xb.header123
  %1267 = add i64 %29, 0
  %1268 = mul i64 %1267, 8
  %1269 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %1268
  %1270 = bitcast float* %1269 to <8 x float>*
  %1271 = load <8 x float>, <8 x float>* %1270, align 4
  store <8 x float> %1271, <8 x float>* %6, align 32
  %1272 = mul i64 %xb126, 1
  %1273 = sub i64 %1272, 1
  br label %u.header127

xb.exit125:                                       ; preds = %xb.header123
  %task.next = add i64 %task, 1
  br label %task.header

u.header127:                                      ; preds = %kh.exit133, %xb.body124
  %u130 = phi i64 [ 0, %xb.body124 ], [ %u.next153, %kh.exit133 ]
  %1274 = icmp slt i64 %u130, 64
  br i1 %1274, label %u.body128, label %u.exit129

u.body128:                                        ; preds = %u.header127
  %1275 = mul i64 %u130, 1568
  %1276 = add i64 %33, %1275
  %1277 = mul i64 %u130, 576
  %1278 = add i64 %37, %1277
  br label %kh.header131

u.exit129:                                        ; preds = %u.header127
  %1279 = add i64 %xb126, 0
  %1280 = mul i64 %26, 64
  %1281 = add i64 %1280, %29
  %1282 = add i64 %1281, 0
  %1283 = mul i64 %1282, 14
  %1284 = add i64 %1283, %23
  %1285 = mul i64 %1284, 14
  %1286 = add i64 %1285, %1279
  %1287 = mul i64 %1286, 8
  %1288 = load <8 x float>, <8 x float>* %6, align 32
  %1289 = fcmp ogt <8 x float> %1288, zeroinitializer
  %1290 = select <8 x i1> %1289, <8 x float> %1288, <8 x float> zeroinitializer
  %1291 = getelementptr inbounds float, float* %0, i64 %1287
  %1292 = bitcast float* %1291 to <8 x float>*
  store <8 x float> %1290, <8 x float>* %1292, align 4
  %xb.next154 = add i64 %xb126, 1
  br label %xb.header123

kh.header131:                                     ; preds = %endif136, %u.body128
  %kh134 = phi i64 [ 0, %u.body128 ], [ %kh.next152, %endif136 ]
  %1293 = icmp slt i64 %kh134, 3
  br i1 %1293, label %kh.body132, label %kh.exit133

kh.body132:                                       ; preds = %kh.header131
  %1294 = mul i64 %kh134, 1
  %1295 = add i64 %39, %1294
  %1296 = icmp sge i64 %1295, 0
  %1297 = icmp slt i64 %1295, 14
  %1298 = and i1 %1296, %1297
  br i1 %1298, label %then135, label %endif136

kh.exit133:                                       ; preds = %kh.header131
  %u.next153 = add i64 %u130, 1
  br label %u.header127

then135:                                          ; preds = %kh.body132
  %1299 = mul i64 %1295, 112
  %1300 = add i64 %1276, %1299
  br label %kw.header137

endif136:                                         ; preds = %kw.exit139, %kh.body132
  %kh.next152 = add i64 %kh134, 1
  br label %kh.header131

kw.header137:                                     ; preds = %endif142, %then135
  %kw140 = phi i64 [ 0, %then135 ], [ %kw.next151, %endif142 ]
  %1301 = icmp slt i64 %kw140, 3
  br i1 %1301, label %kw.body138, label %kw.exit139

kw.body138:                                       ; preds = %kw.header137
  %1302 = mul i64 %kw140, 1
  %1303 = add i64 %1273, %1302
  %1304 = mul i64 %kh134, 3
  %1305 = add i64 %1304, %kw140
  %1306 = mul i64 %1305, 64
  %1307 = add i64 %1278, %1306
  %1308 = icmp sge i64 %1303, 0
  %1309 = icmp slt i64 %1303, 14
  %1310 = and i1 %1308, %1309
  br i1 %1310, label %then141, label %endif142

kw.exit139:                                       ; preds = %kw.header137
  br label %endif136

then141:                                          ; preds = %kw.body138
  %1311 = add i64 %1307, 0
  %1312 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1311
  %1313 = bitcast float* %1312 to <8 x float>*
  %1314 = load <8 x float>, <8 x float>* %1313, align 4
  %1315 = add i64 %1303, 0
  %1316 = mul i64 %1315, 8
  %1317 = add i64 %1316, 0
  %1318 = add i64 %1300, %1317
  %1319 = getelementptr inbounds float, float* %1, i64 %1318
  %1320 = load float, float* %1319, align 4
  %1321 = insertelement <8 x float> undef, float %1320, i32 0
  %splat143 = shufflevector <8 x float> %1321, <8 x float> undef, <8 x i32> zeroinitializer
  %1322 = load <8 x float>, <8 x float>* %6, align 32
  %1323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1314, <8 x float> %1322)
  store <8 x float> %1323, <8 x float>* %6, align 32
  %1324 = add i64 %1307, 8
  %1325 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1324
  %1326 = bitcast float* %1325 to <8 x float>*
  %1327 = load <8 x float>, <8 x float>* %1326, align 4
  %1328 = add i64 %1303, 0
  %1329 = mul i64 %1328, 8
  %1330 = add i64 %1329, 1
  %1331 = add i64 %1300, %1330
  %1332 = getelementptr inbounds float, float* %1, i64 %1331
  %1333 = load float, float* %1332, align 4
  %1334 = insertelement <8 x float> undef, float %1333, i32 0
  %splat144 = shufflevector <8 x float> %1334, <8 x float> undef, <8 x i32> zeroinitializer
  %1335 = load <8 x float>, <8 x float>* %6, align 32
  %1336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1327, <8 x float> %1335)
  store <8 x float> %1336, <8 x float>* %6, align 32
  %1337 = add i64 %1307, 16
  %1338 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1337
  %1339 = bitcast float* %1338 to <8 x float>*
  %1340 = load <8 x float>, <8 x float>* %1339, align 4
  %1341 = add i64 %1303, 0
  %1342 = mul i64 %1341, 8
  %1343 = add i64 %1342, 2
  %1344 = add i64 %1300, %1343
  %1345 = getelementptr inbounds float, float* %1, i64 %1344
  %1346 = load float, float* %1345, align 4
  %1347 = insertelement <8 x float> undef, float %1346, i32 0
  %splat145 = shufflevector <8 x float> %1347, <8 x float> undef, <8 x i32> zeroinitializer
  %1348 = load <8 x float>, <8 x float>* %6, align 32
  %1349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1340, <8 x float> %1348)
  store <8 x float> %1349, <8 x float>* %6, align 32
  %1350 = add i64 %1307, 24
  %1351 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1350
  %1352 = bitcast float* %1351 to <8 x float>*
  %1353 = load <8 x float>, <8 x float>* %1352, align 4
  %1354 = add i64 %1303, 0
  %1355 = mul i64 %1354, 8
  %1356 = add i64 %1355, 3
  %1357 = add i64 %1300, %1356
  %1358 = getelementptr inbounds float, float* %1, i64 %1357
  %1359 = load float, float* %1358, align 4
  %1360 = insertelement <8 x float> undef, float %1359, i32 0
  %splat146 = shufflevector <8 x float> %1360, <8 x float> undef, <8 x i32> zeroinitializer
  %1361 = load <8 x float>, <8 x float>* %6, align 32
  %1362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1353, <8 x float> %1361)
  store <8 x float> %1362, <8 x float>* %6, align 32
  %1363 = add i64 %1307, 32
  %1364 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1363
  %1365 = bitcast float* %1364 to <8 x float>*
  %1366 = load <8 x float>, <8 x float>* %1365, align 4
  %1367 = add i64 %1303, 0
  %1368 = mul i64 %1367, 8
  %1369 = add i64 %1368, 4
  %1370 = add i64 %1300, %1369
  %1371 = getelementptr inbounds float, float* %1, i64 %1370
  %1372 = load float, float* %1371, align 4
  %1373 = insertelement <8 x float> undef, float %1372, i32 0
  %splat147 = shufflevector <8 x float> %1373, <8 x float> undef, <8 x i32> zeroinitializer
  %1374 = load <8 x float>, <8 x float>* %6, align 32
  %1375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1366, <8 x float> %1374)
  store <8 x float> %1375, <8 x float>* %6, align 32
  %1376 = add i64 %1307, 40
  %1377 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1376
  %1378 = bitcast float* %1377 to <8 x float>*
  %1379 = load <8 x float>, <8 x float>* %1378, align 4
  %1380 = add i64 %1303, 0
  %1381 = mul i64 %1380, 8
  %1382 = add i64 %1381, 5
  %1383 = add i64 %1300, %1382
  %1384 = getelementptr inbounds float, float* %1, i64 %1383
  %1385 = load float, float* %1384, align 4
  %1386 = insertelement <8 x float> undef, float %1385, i32 0
  %splat148 = shufflevector <8 x float> %1386, <8 x float> undef, <8 x i32> zeroinitializer
  %1387 = load <8 x float>, <8 x float>* %6, align 32
  %1388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1379, <8 x float> %1387)
  store <8 x float> %1388, <8 x float>* %6, align 32
  %1389 = add i64 %1307, 48
  %1390 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1389
  %1391 = bitcast float* %1390 to <8 x float>*
  %1392 = load <8 x float>, <8 x float>* %1391, align 4
  %1393 = add i64 %1303, 0
  %1394 = mul i64 %1393, 8
  %1395 = add i64 %1394, 6
  %1396 = add i64 %1300, %1395
  %1397 = getelementptr inbounds float, float* %1, i64 %1396
  %1398 = load float, float* %1397, align 4
  %1399 = insertelement <8 x float> undef, float %1398, i32 0
  %splat149 = shufflevector <8 x float> %1399, <8 x float> undef, <8 x i32> zeroinitializer
  %1400 = load <8 x float>, <8 x float>* %6, align 32
  %1401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1392, <8 x float> %1400)
  store <8 x float> %1401, <8 x float>* %6, align 32
  %1402 = add i64 %1307, 56
  %1403 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1402
  %1404 = bitcast float* %1403 to <8 x float>*
  %1405 = load <8 x float>, <8 x float>* %1404, align 4
  %1406 = add i64 %1303, 0
  %1407 = mul i64 %1406, 8
  %1408 = add i64 %1407, 7
  %1409 = add i64 %1300, %1408
  %1410 = getelementptr inbounds float, float* %1, i64 %1409
  %1411 = load float, float* %1410, align 4
  %1412 = insertelement <8 x float> undef, float %1411, i32 0
  %splat150 = shufflevector <8 x float> %1412, <8 x float> undef, <8 x i32> zeroinitializer
  %1413 = load <8 x float>, <8 x float>* %6, align 32
  %1414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1405, <8 x float> %1413)
  store <8 x float> %1414, <8 x float>* %6, align 32
  br label %endif142

endif142:                                         ; preds = %then141, %kw.body138
  %kw.next151 = add i64 %kw140, 1
  br label %kw.header137
}

; Function Attrs: nounwind
define internal void @node10.conv2d_7.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node10.conv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %xb.exit125, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit125 ]
  %20 = icmp slt i64 %task, %5
  br i1 %20, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %21 = srem i64 %task, 64
  %22 = sdiv i64 %task, 64
  %23 = srem i64 %22, 14
  %24 = sdiv i64 %task, 896
  %25 = srem i64 %24, 1
  %26 = sdiv i64 %24, 1
  %27 = mul i64 %25, 64
  %28 = mul i64 %21, 1
  %29 = add i64 %27, %28
  %30 = mul i64 %26, 64
  %31 = mul i64 %25, 64
  %32 = add i64 %30, %31
  %33 = mul i64 %32, 1568
  %34 = mul i64 %25, 64
  %35 = mul i64 %21, 1
  %36 = add i64 %34, %35
  %37 = mul i64 %36, 36864
  %38 = mul i64 %23, 1
  %39 = sub i64 %38, 1
  %40 = add i64 %29, 0
  %41 = mul i64 %40, 8
  %42 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  store <8 x float> %44, <8 x float>* %19, align 32
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
  br label %u.header

task.exit:                                        ; preds = %task.header
  ret void

u.header:                                         ; preds = %kh.exit, %task.body
  %u = phi i64 [ 0, %task.body ], [ %u.next, %kh.exit ]
  %45 = icmp slt i64 %u, 64
  br i1 %45, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %46 = mul i64 %u, 1568
  %47 = add i64 %33, %46
  %48 = mul i64 %u, 576
  %49 = add i64 %37, %48
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %50 = mul i64 %26, 64
  %51 = add i64 %50, %29
  %52 = add i64 %51, 0
  %53 = mul i64 %52, 14
  %54 = add i64 %53, %23
  %55 = mul i64 %54, 14
  %56 = add i64 %55, 1
  %57 = mul i64 %56, 8
  %58 = load <8 x float>, <8 x float>* %19, align 32
  %59 = fcmp ogt <8 x float> %58, zeroinitializer
  %60 = select <8 x i1> %59, <8 x float> %58, <8 x float> zeroinitializer
  %61 = getelementptr inbounds float, float* %0, i64 %57
  %62 = bitcast float* %61 to <8 x float>*
  store <8 x float> %60, <8 x float>* %62, align 4
  %63 = mul i64 %26, 64
  %64 = add i64 %63, %29
  %65 = add i64 %64, 0
  %66 = mul i64 %65, 14
  %67 = add i64 %66, %23
  %68 = mul i64 %67, 14
  %69 = add i64 %68, 2
  %70 = mul i64 %69, 8
  %71 = load <8 x float>, <8 x float>* %18, align 32
  %72 = fcmp ogt <8 x float> %71, zeroinitializer
  %73 = select <8 x i1> %72, <8 x float> %71, <8 x float> zeroinitializer
  %74 = getelementptr inbounds float, float* %0, i64 %70
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %73, <8 x float>* %75, align 4
  %76 = mul i64 %26, 64
  %77 = add i64 %76, %29
  %78 = add i64 %77, 0
  %79 = mul i64 %78, 14
  %80 = add i64 %79, %23
  %81 = mul i64 %80, 14
  %82 = add i64 %81, 3
  %83 = mul i64 %82, 8
  %84 = load <8 x float>, <8 x float>* %17, align 32
  %85 = fcmp ogt <8 x float> %84, zeroinitializer
  %86 = select <8 x i1> %85, <8 x float> %84, <8 x float> zeroinitializer
  %87 = getelementptr inbounds float, float* %0, i64 %83
  %88 = bitcast float* %87 to <8 x float>*
  store <8 x float> %86, <8 x float>* %88, align 4
  %89 = mul i64 %26, 64
  %90 = add i64 %89, %29
  %91 = add i64 %90, 0
  %92 = mul i64 %91, 14
  %93 = add i64 %92, %23
  %94 = mul i64 %93, 14
  %95 = add i64 %94, 4
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %16, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = mul i64 %26, 64
  %103 = add i64 %102, %29
  %104 = add i64 %103, 0
  %105 = mul i64 %104, 14
  %106 = add i64 %105, %23
  %107 = mul i64 %106, 14
  %108 = add i64 %107, 5
  %109 = mul i64 %108, 8
  %110 = load <8 x float>, <8 x float>* %15, align 32
  %111 = fcmp ogt <8 x float> %110, zeroinitializer
  %112 = select <8 x i1> %111, <8 x float> %110, <8 x float> zeroinitializer
  %113 = getelementptr inbounds float, float* %0, i64 %109
  %114 = bitcast float* %113 to <8 x float>*
  store <8 x float> %112, <8 x float>* %114, align 4
  %115 = mul i64 %26, 64
  %116 = add i64 %115, %29
  %117 = add i64 %116, 0
  %118 = mul i64 %117, 14
  %119 = add i64 %118, %23
  %120 = mul i64 %119, 14
  %121 = add i64 %120, 6
  %122 = mul i64 %121, 8
  %123 = load <8 x float>, <8 x float>* %14, align 32
  %124 = fcmp ogt <8 x float> %123, zeroinitializer
  %125 = select <8 x i1> %124, <8 x float> %123, <8 x float> zeroinitializer
  %126 = getelementptr inbounds float, float* %0, i64 %122
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %125, <8 x float>* %127, align 4
  %128 = mul i64 %26, 64
  %129 = add i64 %128, %29
  %130 = add i64 %129, 0
  %131 = mul i64 %130, 14
  %132 = add i64 %131, %23
  %133 = mul i64 %132, 14
  %134 = add i64 %133, 7
  %135 = mul i64 %134, 8
  %136 = load <8 x float>, <8 x float>* %13, align 32
  %137 = fcmp ogt <8 x float> %136, zeroinitializer
  %138 = select <8 x i1> %137, <8 x float> %136, <8 x float> zeroinitializer
  %139 = getelementptr inbounds float, float* %0, i64 %135
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %138, <8 x float>* %140, align 4
  %141 = mul i64 %26, 64
  %142 = add i64 %141, %29
  %143 = add i64 %142, 0
  %144 = mul i64 %143, 14
  %145 = add i64 %144, %23
  %146 = mul i64 %145, 14
  %147 = add i64 %146, 8
  %148 = mul i64 %147, 8
  %149 = load <8 x float>, <8 x float>* %12, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = getelementptr inbounds float, float* %0, i64 %148
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = mul i64 %26, 64
  %155 = add i64 %154, %29
  %156 = add i64 %155, 0
  %157 = mul i64 %156, 14
  %158 = add i64 %157, %23
  %159 = mul i64 %158, 14
  %160 = add i64 %159, 9
  %161 = mul i64 %160, 8
  %162 = load <8 x float>, <8 x float>* %11, align 32
  %163 = fcmp ogt <8 x float> %162, zeroinitializer
  %164 = select <8 x i1> %163, <8 x float> %162, <8 x float> zeroinitializer
  %165 = getelementptr inbounds float, float* %0, i64 %161
  %166 = bitcast float* %165 to <8 x float>*
  store <8 x float> %164, <8 x float>* %166, align 4
  %167 = mul i64 %26, 64
  %168 = add i64 %167, %29
  %169 = add i64 %168, 0
  %170 = mul i64 %169, 14
  %171 = add i64 %170, %23
  %172 = mul i64 %171, 14
  %173 = add i64 %172, 10
  %174 = mul i64 %173, 8
  %175 = load <8 x float>, <8 x float>* %10, align 32
  %176 = fcmp ogt <8 x float> %175, zeroinitializer
  %177 = select <8 x i1> %176, <8 x float> %175, <8 x float> zeroinitializer
  %178 = getelementptr inbounds float, float* %0, i64 %174
  %179 = bitcast float* %178 to <8 x float>*
  store <8 x float> %177, <8 x float>* %179, align 4
  %180 = mul i64 %26, 64
  %181 = add i64 %180, %29
  %182 = add i64 %181, 0
  %183 = mul i64 %182, 14
  %184 = add i64 %183, %23
  %185 = mul i64 %184, 14
  %186 = add i64 %185, 11
  %187 = mul i64 %186, 8
  %188 = load <8 x float>, <8 x float>* %9, align 32
  %189 = fcmp ogt <8 x float> %188, zeroinitializer
  %190 = select <8 x i1> %189, <8 x float> %188, <8 x float> zeroinitializer
  %191 = getelementptr inbounds float, float* %0, i64 %187
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %190, <8 x float>* %192, align 4
  %193 = mul i64 %26, 64
  %194 = add i64 %193, %29
  %195 = add i64 %194, 0
  %196 = mul i64 %195, 14
  %197 = add i64 %196, %23
  %198 = mul i64 %197, 14
  %199 = add i64 %198, 12
  %200 = mul i64 %199, 8
  %201 = load <8 x float>, <8 x float>* %8, align 32
  %202 = fcmp ogt <8 x float> %201, zeroinitializer
  %203 = select <8 x i1> %202, <8 x float> %201, <8 x float> zeroinitializer
  %204 = getelementptr inbounds float, float* %0, i64 %200
  %205 = bitcast float* %204 to <8 x float>*
  store <8 x float> %203, <8 x float>* %205, align 4
  br label %xb.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %206 = icmp slt i64 %kh, 3
  br i1 %206, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %207 = mul i64 %kh, 1
  %208 = add i64 %39, %207
  %209 = icmp sge i64 %208, 0
  %210 = icmp slt i64 %208, 14
  %211 = and i1 %209, %210
  br i1 %211, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %212 = mul i64 %208, 112
  %213 = add i64 %47, %212
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %214 = icmp slt i64 %kw, 3
  br i1 %214, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %215 = mul i64 %kw, 1
  %216 = add i64 0, %215
  %217 = mul i64 %kh, 3
  %218 = add i64 %217, %kw
  %219 = mul i64 %218, 64
  %220 = add i64 %49, %219
  %221 = add i64 %220, 0
  %222 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  %224 = load <8 x float>, <8 x float>* %223, align 4
  %225 = add i64 %216, 0
  %226 = mul i64 %225, 8
  %227 = add i64 %226, 0
  %228 = add i64 %213, %227
  %229 = getelementptr inbounds float, float* %1, i64 %228
  %230 = load float, float* %229, align 4
  %231 = insertelement <8 x float> undef, float %230, i32 0
  %splat = shufflevector <8 x float> %231, <8 x float> undef, <8 x i32> zeroinitializer
  %232 = load <8 x float>, <8 x float>* %19, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %224, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %19, align 32
  %234 = add i64 %216, 1
  %235 = mul i64 %234, 8
  %236 = add i64 %235, 0
  %237 = add i64 %213, %236
  %238 = getelementptr inbounds float, float* %1, i64 %237
  %239 = load float, float* %238, align 4
  %240 = insertelement <8 x float> undef, float %239, i32 0
  %splat1 = shufflevector <8 x float> %240, <8 x float> undef, <8 x i32> zeroinitializer
  %241 = load <8 x float>, <8 x float>* %18, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %224, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %18, align 32
  %243 = add i64 %216, 2
  %244 = mul i64 %243, 8
  %245 = add i64 %244, 0
  %246 = add i64 %213, %245
  %247 = getelementptr inbounds float, float* %1, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat2 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %17, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %224, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %17, align 32
  %252 = add i64 %216, 3
  %253 = mul i64 %252, 8
  %254 = add i64 %253, 0
  %255 = add i64 %213, %254
  %256 = getelementptr inbounds float, float* %1, i64 %255
  %257 = load float, float* %256, align 4
  %258 = insertelement <8 x float> undef, float %257, i32 0
  %splat3 = shufflevector <8 x float> %258, <8 x float> undef, <8 x i32> zeroinitializer
  %259 = load <8 x float>, <8 x float>* %16, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %224, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %16, align 32
  %261 = add i64 %216, 4
  %262 = mul i64 %261, 8
  %263 = add i64 %262, 0
  %264 = add i64 %213, %263
  %265 = getelementptr inbounds float, float* %1, i64 %264
  %266 = load float, float* %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %splat4 = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %268 = load <8 x float>, <8 x float>* %15, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %224, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %15, align 32
  %270 = add i64 %216, 5
  %271 = mul i64 %270, 8
  %272 = add i64 %271, 0
  %273 = add i64 %213, %272
  %274 = getelementptr inbounds float, float* %1, i64 %273
  %275 = load float, float* %274, align 4
  %276 = insertelement <8 x float> undef, float %275, i32 0
  %splat5 = shufflevector <8 x float> %276, <8 x float> undef, <8 x i32> zeroinitializer
  %277 = load <8 x float>, <8 x float>* %14, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %224, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %14, align 32
  %279 = add i64 %216, 6
  %280 = mul i64 %279, 8
  %281 = add i64 %280, 0
  %282 = add i64 %213, %281
  %283 = getelementptr inbounds float, float* %1, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat6 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %13, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %224, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %13, align 32
  %288 = add i64 %216, 7
  %289 = mul i64 %288, 8
  %290 = add i64 %289, 0
  %291 = add i64 %213, %290
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = load float, float* %292, align 4
  %294 = insertelement <8 x float> undef, float %293, i32 0
  %splat7 = shufflevector <8 x float> %294, <8 x float> undef, <8 x i32> zeroinitializer
  %295 = load <8 x float>, <8 x float>* %12, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %224, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %12, align 32
  %297 = add i64 %216, 8
  %298 = mul i64 %297, 8
  %299 = add i64 %298, 0
  %300 = add i64 %213, %299
  %301 = getelementptr inbounds float, float* %1, i64 %300
  %302 = load float, float* %301, align 4
  %303 = insertelement <8 x float> undef, float %302, i32 0
  %splat8 = shufflevector <8 x float> %303, <8 x float> undef, <8 x i32> zeroinitializer
  %304 = load <8 x float>, <8 x float>* %11, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %224, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %11, align 32
  %306 = add i64 %216, 9
  %307 = mul i64 %306, 8
  %308 = add i64 %307, 0
  %309 = add i64 %213, %308
  %310 = getelementptr inbounds float, float* %1, i64 %309
  %311 = load float, float* %310, align 4
  %312 = insertelement <8 x float> undef, float %311, i32 0
  %splat9 = shufflevector <8 x float> %312, <8 x float> undef, <8 x i32> zeroinitializer
  %313 = load <8 x float>, <8 x float>* %10, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %224, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %10, align 32
  %315 = add i64 %216, 10
  %316 = mul i64 %315, 8
  %317 = add i64 %316, 0
  %318 = add i64 %213, %317
  %319 = getelementptr inbounds float, float* %1, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat10 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %9, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %224, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %9, align 32
  %324 = add i64 %216, 11
  %325 = mul i64 %324, 8
  %326 = add i64 %325, 0
  %327 = add i64 %213, %326
  %328 = getelementptr inbounds float, float* %1, i64 %327
  %329 = load float, float* %328, align 4
  %330 = insertelement <8 x float> undef, float %329, i32 0
  %splat11 = shufflevector <8 x float> %330, <8 x float> undef, <8 x i32> zeroinitializer
  %331 = load <8 x float>, <8 x float>* %8, align 32
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %224, <8 x float> %331)
  store <8 x float> %332, <8 x float>* %8, align 32
  %333 = add i64 %220, 8
  %334 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %333
  %335 = bitcast float* %334 to <8 x float>*
  %336 = load <8 x float>, <8 x float>* %335, align 4
  %337 = add i64 %216, 0
  %338 = mul i64 %337, 8
  %339 = add i64 %338, 1
  %340 = add i64 %213, %339
  %341 = getelementptr inbounds float, float* %1, i64 %340
  %342 = load float, float* %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i32 0
  %splat12 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %344 = load <8 x float>, <8 x float>* %19, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %336, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %19, align 32
  %346 = add i64 %216, 1
  %347 = mul i64 %346, 8
  %348 = add i64 %347, 1
  %349 = add i64 %213, %348
  %350 = getelementptr inbounds float, float* %1, i64 %349
  %351 = load float, float* %350, align 4
  %352 = insertelement <8 x float> undef, float %351, i32 0
  %splat13 = shufflevector <8 x float> %352, <8 x float> undef, <8 x i32> zeroinitializer
  %353 = load <8 x float>, <8 x float>* %18, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %336, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %18, align 32
  %355 = add i64 %216, 2
  %356 = mul i64 %355, 8
  %357 = add i64 %356, 1
  %358 = add i64 %213, %357
  %359 = getelementptr inbounds float, float* %1, i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat14 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, <8 x float>* %17, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %336, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %17, align 32
  %364 = add i64 %216, 3
  %365 = mul i64 %364, 8
  %366 = add i64 %365, 1
  %367 = add i64 %213, %366
  %368 = getelementptr inbounds float, float* %1, i64 %367
  %369 = load float, float* %368, align 4
  %370 = insertelement <8 x float> undef, float %369, i32 0
  %splat15 = shufflevector <8 x float> %370, <8 x float> undef, <8 x i32> zeroinitializer
  %371 = load <8 x float>, <8 x float>* %16, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %336, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %16, align 32
  %373 = add i64 %216, 4
  %374 = mul i64 %373, 8
  %375 = add i64 %374, 1
  %376 = add i64 %213, %375
  %377 = getelementptr inbounds float, float* %1, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat16 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %15, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %336, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %15, align 32
  %382 = add i64 %216, 5
  %383 = mul i64 %382, 8
  %384 = add i64 %383, 1
  %385 = add i64 %213, %384
  %386 = getelementptr inbounds float, float* %1, i64 %385
  %387 = load float, float* %386, align 4
  %388 = insertelement <8 x float> undef, float %387, i32 0
  %splat17 = shufflevector <8 x float> %388, <8 x float> undef, <8 x i32> zeroinitializer
  %389 = load <8 x float>, <8 x float>* %14, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %336, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %14, align 32
  %391 = add i64 %216, 6
  %392 = mul i64 %391, 8
  %393 = add i64 %392, 1
  %394 = add i64 %213, %393
  %395 = getelementptr inbounds float, float* %1, i64 %394
  %396 = load float, float* %395, align 4
  %397 = insertelement <8 x float> undef, float %396, i32 0
  %splat18 = shufflevector <8 x float> %397, <8 x float> undef, <8 x i32> zeroinitializer
  %398 = load <8 x float>, <8 x float>* %13, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %336, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %13, align 32
  %400 = add i64 %216, 7
  %401 = mul i64 %400, 8
  %402 = add i64 %401, 1
  %403 = add i64 %213, %402
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat19 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %12, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %336, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %12, align 32
  %409 = add i64 %216, 8
  %410 = mul i64 %409, 8
  %411 = add i64 %410, 1
  %412 = add i64 %213, %411
  %413 = getelementptr inbounds float, float* %1, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat20 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %11, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %336, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %11, align 32
  %418 = add i64 %216, 9
  %419 = mul i64 %418, 8
  %420 = add i64 %419, 1
  %421 = add i64 %213, %420
  %422 = getelementptr inbounds float, float* %1, i64 %421
  %423 = load float, float* %422, align 4
  %424 = insertelement <8 x float> undef, float %423, i32 0
  %splat21 = shufflevector <8 x float> %424, <8 x float> undef, <8 x i32> zeroinitializer
  %425 = load <8 x float>, <8 x float>* %10, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %336, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %10, align 32
  %427 = add i64 %216, 10
  %428 = mul i64 %427, 8
  %429 = add i64 %428, 1
  %430 = add i64 %213, %429
  %431 = getelementptr inbounds float, float* %1, i64 %430
  %432 = load float, float* %431, align 4
  %433 = insertelement <8 x float> undef, float %432, i32 0
  %splat22 = shufflevector <8 x float> %433, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, <8 x float>* %9, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %336, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %9, align 32
  %436 = add i64 %216, 11
  %437 = mul i64 %436, 8
  %438 = add i64 %437, 1
  %439 = add i64 %213, %438
  %440 = getelementptr inbounds float, float* %1, i64 %439
  %441 = load float, float* %440, align 4
  %442 = insertelement <8 x float> undef, float %441, i32 0
  %splat23 = shufflevector <8 x float> %442, <8 x float> undef, <8 x i32> zeroinitializer
  %443 = load <8 x float>, <8 x float>* %8, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %336, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %8, align 32
  %445 = add i64 %220, 16
  %446 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %445
  %447 = bitcast float* %446 to <8 x float>*
  %448 = load <8 x float>, <8 x float>* %447, align 4
  %449 = add i64 %216, 0
  %450 = mul i64 %449, 8
  %451 = add i64 %450, 2
  %452 = add i64 %213, %451
  %453 = getelementptr inbounds float, float* %1, i64 %452
  %454 = load float, float* %453, align 4
  %455 = insertelement <8 x float> undef, float %454, i32 0
  %splat24 = shufflevector <8 x float> %455, <8 x float> undef, <8 x i32> zeroinitializer
  %456 = load <8 x float>, <8 x float>* %19, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %448, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %19, align 32
  %458 = add i64 %216, 1
  %459 = mul i64 %458, 8
  %460 = add i64 %459, 2
  %461 = add i64 %213, %460
  %462 = getelementptr inbounds float, float* %1, i64 %461
  %463 = load float, float* %462, align 4
  %464 = insertelement <8 x float> undef, float %463, i32 0
  %splat25 = shufflevector <8 x float> %464, <8 x float> undef, <8 x i32> zeroinitializer
  %465 = load <8 x float>, <8 x float>* %18, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %448, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %18, align 32
  %467 = add i64 %216, 2
  %468 = mul i64 %467, 8
  %469 = add i64 %468, 2
  %470 = add i64 %213, %469
  %471 = getelementptr inbounds float, float* %1, i64 %470
  %472 = load float, float* %471, align 4
  %473 = insertelement <8 x float> undef, float %472, i32 0
  %splat26 = shufflevector <8 x float> %473, <8 x float> undef, <8 x i32> zeroinitializer
  %474 = load <8 x float>, <8 x float>* %17, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %448, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %17, align 32
  %476 = add i64 %216, 3
  %477 = mul i64 %476, 8
  %478 = add i64 %477, 2
  %479 = add i64 %213, %478
  %480 = getelementptr inbounds float, float* %1, i64 %479
  %481 = load float, float* %480, align 4
  %482 = insertelement <8 x float> undef, float %481, i32 0
  %splat27 = shufflevector <8 x float> %482, <8 x float> undef, <8 x i32> zeroinitializer
  %483 = load <8 x float>, <8 x float>* %16, align 32
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %448, <8 x float> %483)
  store <8 x float> %484, <8 x float>* %16, align 32
  %485 = add i64 %216, 4
  %486 = mul i64 %485, 8
  %487 = add i64 %486, 2
  %488 = add i64 %213, %487
  %489 = getelementptr inbounds float, float* %1, i64 %488
  %490 = load float, float* %489, align 4
  %491 = insertelement <8 x float> undef, float %490, i32 0
  %splat28 = shufflevector <8 x float> %491, <8 x float> undef, <8 x i32> zeroinitializer
  %492 = load <8 x float>, <8 x float>* %15, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %448, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %15, align 32
  %494 = add i64 %216, 5
  %495 = mul i64 %494, 8
  %496 = add i64 %495, 2
  %497 = add i64 %213, %496
  %498 = getelementptr inbounds float, float* %1, i64 %497
  %499 = load float, float* %498, align 4
  %500 = insertelement <8 x float> undef, float %499, i32 0
  %splat29 = shufflevector <8 x float> %500, <8 x float> undef, <8 x i32> zeroinitializer
  %501 = load <8 x float>, <8 x float>* %14, align 32
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %448, <8 x float> %501)
  store <8 x float> %502, <8 x float>* %14, align 32
  %503 = add i64 %216, 6
  %504 = mul i64 %503, 8
  %505 = add i64 %504, 2
  %506 = add i64 %213, %505
  %507 = getelementptr inbounds float, float* %1, i64 %506
  %508 = load float, float* %507, align 4
  %509 = insertelement <8 x float> undef, float %508, i32 0
  %splat30 = shufflevector <8 x float> %509, <8 x float> undef, <8 x i32> zeroinitializer
  %510 = load <8 x float>, <8 x float>* %13, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %448, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %13, align 32
  %512 = add i64 %216, 7
  %513 = mul i64 %512, 8
  %514 = add i64 %513, 2
  %515 = add i64 %213, %514
  %516 = getelementptr inbounds float, float* %1, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat31 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %12, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %448, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %12, align 32
  %521 = add i64 %216, 8
  %522 = mul i64 %521, 8
  %523 = add i64 %522, 2
  %524 = add i64 %213, %523
  %525 = getelementptr inbounds float, float* %1, i64 %524
  %526 = load float, float* %525, align 4
  %527 = insertelement <8 x float> undef, float %526, i32 0
  %splat32 = shufflevector <8 x float> %527, <8 x float> undef, <8 x i32> zeroinitializer
  %528 = load <8 x float>, <8 x float>* %11, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %448, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %11, align 32
  %530 = add i64 %216, 9
  %531 = mul i64 %530, 8
  %532 = add i64 %531, 2
  %533 = add i64 %213, %532
  %534 = getelementptr inbounds float, float* %1, i64 %533
  %535 = load float, float* %534, align 4
  %536 = insertelement <8 x float> undef, float %535, i32 0
  %splat33 = shufflevector <8 x float> %536, <8 x float> undef, <8 x i32> zeroinitializer
  %537 = load <8 x float>, <8 x float>* %10, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %448, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %10, align 32
  %539 = add i64 %216, 10
  %540 = mul i64 %539, 8
  %541 = add i64 %540, 2
  %542 = add i64 %213, %541
  %543 = getelementptr inbounds float, float* %1, i64 %542
  %544 = load float, float* %543, align 4
  %545 = insertelement <8 x float> undef, float %544, i32 0
  %splat34 = shufflevector <8 x float> %545, <8 x float> undef, <8 x i32> zeroinitializer
  %546 = load <8 x float>, <8 x float>* %9, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %448, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %9, align 32
  %548 = add i64 %216, 11
  %549 = mul i64 %548, 8
  %550 = add i64 %549, 2
  %551 = add i64 %213, %550
  %552 = getelementptr inbounds float, float* %1, i64 %551
  %553 = load float, float* %552, align 4
  %554 = insertelement <8 x float> undef, float %553, i32 0
  %splat35 = shufflevector <8 x float> %554, <8 x float> undef, <8 x i32> zeroinitializer
  %555 = load <8 x float>, <8 x float>* %8, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %448, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %8, align 32
  %557 = add i64 %220, 24
  %558 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %557
  %559 = bitcast float* %558 to <8 x float>*
  %560 = load <8 x float>, <8 x float>* %559, align 4
  %561 = add i64 %216, 0
  %562 = mul i64 %561, 8
  %563 = add i64 %562, 3
  %564 = add i64 %213, %563
  %565 = getelementptr inbounds float, float* %1, i64 %564
  %566 = load float, float* %565, align 4
  %567 = insertelement <8 x float> undef, float %566, i32 0
  %splat36 = shufflevector <8 x float> %567, <8 x float> undef, <8 x i32> zeroinitializer
  %568 = load <8 x float>, <8 x float>* %19, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %560, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %19, align 32
  %570 = add i64 %216, 1
  %571 = mul i64 %570, 8
  %572 = add i64 %571, 3
  %573 = add i64 %213, %572
  %574 = getelementptr inbounds float, float* %1, i64 %573
  %575 = load float, float* %574, align 4
  %576 = insertelement <8 x float> undef, float %575, i32 0
  %splat37 = shufflevector <8 x float> %576, <8 x float> undef, <8 x i32> zeroinitializer
  %577 = load <8 x float>, <8 x float>* %18, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %560, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %18, align 32
  %579 = add i64 %216, 2
  %580 = mul i64 %579, 8
  %581 = add i64 %580, 3
  %582 = add i64 %213, %581
  %583 = getelementptr inbounds float, float* %1, i64 %582
  %584 = load float, float* %583, align 4
  %585 = insertelement <8 x float> undef, float %584, i32 0
  %splat38 = shufflevector <8 x float> %585, <8 x float> undef, <8 x i32> zeroinitializer
  %586 = load <8 x float>, <8 x float>* %17, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %560, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %17, align 32
  %588 = add i64 %216, 3
  %589 = mul i64 %588, 8
  %590 = add i64 %589, 3
  %591 = add i64 %213, %590
  %592 = getelementptr inbounds float, float* %1, i64 %591
  %593 = load float, float* %592, align 4
  %594 = insertelement <8 x float> undef, float %593, i32 0
  %splat39 = shufflevector <8 x float> %594, <8 x float> undef, <8 x i32> zeroinitializer
  %595 = load <8 x float>, <8 x float>* %16, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %560, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %16, align 32
  %597 = add i64 %216, 4
  %598 = mul i64 %597, 8
  %599 = add i64 %598, 3
  %600 = add i64 %213, %599
  %601 = getelementptr inbounds float, float* %1, i64 %600
  %602 = load float, float* %601, align 4
  %603 = insertelement <8 x float> undef, float %602, i32 0
  %splat40 = shufflevector <8 x float> %603, <8 x float> undef, <8 x i32> zeroinitializer
  %604 = load <8 x float>, <8 x float>* %15, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %560, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %15, align 32
  %606 = add i64 %216, 5
  %607 = mul i64 %606, 8
  %608 = add i64 %607, 3
  %609 = add i64 %213, %608
  %610 = getelementptr inbounds float, float* %1, i64 %609
  %611 = load float, float* %610, align 4
  %612 = insertelement <8 x float> undef, float %611, i32 0
  %splat41 = shufflevector <8 x float> %612, <8 x float> undef, <8 x i32> zeroinitializer
  %613 = load <8 x float>, <8 x float>* %14, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %560, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %14, align 32
  %615 = add i64 %216, 6
  %616 = mul i64 %615, 8
  %617 = add i64 %616, 3
  %618 = add i64 %213, %617
  %619 = getelementptr inbounds float, float* %1, i64 %618
  %620 = load float, float* %619, align 4
  %621 = insertelement <8 x float> undef, float %620, i32 0
  %splat42 = shufflevector <8 x float> %621, <8 x float> undef, <8 x i32> zeroinitializer
  %622 = load <8 x float>, <8 x float>* %13, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %560, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %13, align 32
  %624 = add i64 %216, 7
  %625 = mul i64 %624, 8
  %626 = add i64 %625, 3
  %627 = add i64 %213, %626
  %628 = getelementptr inbounds float, float* %1, i64 %627
  %629 = load float, float* %628, align 4
  %630 = insertelement <8 x float> undef, float %629, i32 0
  %splat43 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
  %631 = load <8 x float>, <8 x float>* %12, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %560, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %12, align 32
  %633 = add i64 %216, 8
  %634 = mul i64 %633, 8
  %635 = add i64 %634, 3
  %636 = add i64 %213, %635
  %637 = getelementptr inbounds float, float* %1, i64 %636
  %638 = load float, float* %637, align 4
  %639 = insertelement <8 x float> undef, float %638, i32 0
  %splat44 = shufflevector <8 x float> %639, <8 x float> undef, <8 x i32> zeroinitializer
  %640 = load <8 x float>, <8 x float>* %11, align 32
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %560, <8 x float> %640)
  store <8 x float> %641, <8 x float>* %11, align 32
  %642 = add i64 %216, 9
  %643 = mul i64 %642, 8
  %644 = add i64 %643, 3
  %645 = add i64 %213, %644
  %646 = getelementptr inbounds float, float* %1, i64 %645
  %647 = load float, float* %646, align 4
  %648 = insertelement <8 x float> undef, float %647, i32 0
  %splat45 = shufflevector <8 x float> %648, <8 x float> undef, <8 x i32> zeroinitializer
  %649 = load <8 x float>, <8 x float>* %10, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %560, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %10, align 32
  %651 = add i64 %216, 10
  %652 = mul i64 %651, 8
  %653 = add i64 %652, 3
  %654 = add i64 %213, %653
  %655 = getelementptr inbounds float, float* %1, i64 %654
  %656 = load float, float* %655, align 4
  %657 = insertelement <8 x float> undef, float %656, i32 0
  %splat46 = shufflevector <8 x float> %657, <8 x float> undef, <8 x i32> zeroinitializer
  %658 = load <8 x float>, <8 x float>* %9, align 32
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %560, <8 x float> %658)
  store <8 x float> %659, <8 x float>* %9, align 32
  %660 = add i64 %216, 11
  %661 = mul i64 %660, 8
  %662 = add i64 %661, 3
  %663 = add i64 %213, %662
  %664 = getelementptr inbounds float, float* %1, i64 %663
  %665 = load float, float* %664, align 4
  %666 = insertelement <8 x float> undef, float %665, i32 0
  %splat47 = shufflevector <8 x float> %666, <8 x float> undef, <8 x i32> zeroinitializer
  %667 = load <8 x float>, <8 x float>* %8, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %560, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %8, align 32
  %669 = add i64 %220, 32
  %670 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %669
  %671 = bitcast float* %670 to <8 x float>*
  %672 = load <8 x float>, <8 x float>* %671, align 4
  %673 = add i64 %216, 0
  %674 = mul i64 %673, 8
  %675 = add i64 %674, 4
  %676 = add i64 %213, %675
  %677 = getelementptr inbounds float, float* %1, i64 %676
  %678 = load float, float* %677, align 4
  %679 = insertelement <8 x float> undef, float %678, i32 0
  %splat48 = shufflevector <8 x float> %679, <8 x float> undef, <8 x i32> zeroinitializer
  %680 = load <8 x float>, <8 x float>* %19, align 32
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %672, <8 x float> %680)
  store <8 x float> %681, <8 x float>* %19, align 32
  %682 = add i64 %216, 1
  %683 = mul i64 %682, 8
  %684 = add i64 %683, 4
  %685 = add i64 %213, %684
  %686 = getelementptr inbounds float, float* %1, i64 %685
  %687 = load float, float* %686, align 4
  %688 = insertelement <8 x float> undef, float %687, i32 0
  %splat49 = shufflevector <8 x float> %688, <8 x float> undef, <8 x i32> zeroinitializer
  %689 = load <8 x float>, <8 x float>* %18, align 32
  %690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %672, <8 x float> %689)
  store <8 x float> %690, <8 x float>* %18, align 32
  %691 = add i64 %216, 2
  %692 = mul i64 %691, 8
  %693 = add i64 %692, 4
  %694 = add i64 %213, %693
  %695 = getelementptr inbounds float, float* %1, i64 %694
  %696 = load float, float* %695, align 4
  %697 = insertelement <8 x float> undef, float %696, i32 0
  %splat50 = shufflevector <8 x float> %697, <8 x float> undef, <8 x i32> zeroinitializer
  %698 = load <8 x float>, <8 x float>* %17, align 32
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %672, <8 x float> %698)
  store <8 x float> %699, <8 x float>* %17, align 32
  %700 = add i64 %216, 3
  %701 = mul i64 %700, 8
  %702 = add i64 %701, 4
  %703 = add i64 %213, %702
  %704 = getelementptr inbounds float, float* %1, i64 %703
  %705 = load float, float* %704, align 4
  %706 = insertelement <8 x float> undef, float %705, i32 0
  %splat51 = shufflevector <8 x float> %706, <8 x float> undef, <8 x i32> zeroinitializer
  %707 = load <8 x float>, <8 x float>* %16, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %672, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %16, align 32
  %709 = add i64 %216, 4
  %710 = mul i64 %709, 8
  %711 = add i64 %710, 4
  %712 = add i64 %213, %711
  %713 = getelementptr inbounds float, float* %1, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat52 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %15, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %672, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %15, align 32
  %718 = add i64 %216, 5
  %719 = mul i64 %718, 8
  %720 = add i64 %719, 4
  %721 = add i64 %213, %720
  %722 = getelementptr inbounds float, float* %1, i64 %721
  %723 = load float, float* %722, align 4
  %724 = insertelement <8 x float> undef, float %723, i32 0
  %splat53 = shufflevector <8 x float> %724, <8 x float> undef, <8 x i32> zeroinitializer
  %725 = load <8 x float>, <8 x float>* %14, align 32
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %672, <8 x float> %725)
  store <8 x float> %726, <8 x float>* %14, align 32
  %727 = add i64 %216, 6
  %728 = mul i64 %727, 8
  %729 = add i64 %728, 4
  %730 = add i64 %213, %729
  %731 = getelementptr inbounds float, float* %1, i64 %730
  %732 = load float, float* %731, align 4
  %733 = insertelement <8 x float> undef, float %732, i32 0
  %splat54 = shufflevector <8 x float> %733, <8 x float> undef, <8 x i32> zeroinitializer
  %734 = load <8 x float>, <8 x float>* %13, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %672, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %13, align 32
  %736 = add i64 %216, 7
  %737 = mul i64 %736, 8
  %738 = add i64 %737, 4
  %739 = add i64 %213, %738
  %740 = getelementptr inbounds float, float* %1, i64 %739
  %741 = load float, float* %740, align 4
  %742 = insertelement <8 x float> undef, float %741, i32 0
  %splat55 = shufflevector <8 x float> %742, <8 x float> undef, <8 x i32> zeroinitializer
  %743 = load <8 x float>, <8 x float>* %12, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %672, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %12, align 32
  %745 = add i64 %216, 8
  %746 = mul i64 %745, 8
  %747 = add i64 %746, 4
  %748 = add i64 %213, %747
  %749 = getelementptr inbounds float, float* %1, i64 %748
  %750 = load float, float* %749, align 4
  %751 = insertelement <8 x float> undef, float %750, i32 0
  %splat56 = shufflevector <8 x float> %751, <8 x float> undef, <8 x i32> zeroinitializer
  %752 = load <8 x float>, <8 x float>* %11, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %672, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %11, align 32
  %754 = add i64 %216, 9
  %755 = mul i64 %754, 8
  %756 = add i64 %755, 4
  %757 = add i64 %213, %756
  %758 = getelementptr inbounds float, float* %1, i64 %757
  %759 = load float, float* %758, align 4
  %760 = insertelement <8 x float> undef, float %759, i32 0
  %splat57 = shufflevector <8 x float> %760, <8 x float> undef, <8 x i32> zeroinitializer
  %761 = load <8 x float>, <8 x float>* %10, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %672, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %10, align 32
  %763 = add i64 %216, 10
  %764 = mul i64 %763, 8
  %765 = add i64 %764, 4
  %766 = add i64 %213, %765
  %767 = getelementptr inbounds float, float* %1, i64 %766
  %768 = load float, float* %767, align 4
  %769 = insertelement <8 x float> undef, float %768, i32 0
  %splat58 = shufflevector <8 x float> %769, <8 x float> undef, <8 x i32> zeroinitializer
  %770 = load <8 x float>, <8 x float>* %9, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %672, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %9, align 32
  %772 = add i64 %216, 11
  %773 = mul i64 %772, 8
  %774 = add i64 %773, 4
  %775 = add i64 %213, %774
  %776 = getelementptr inbounds float, float* %1, i64 %775
  %777 = load float, float* %776, align 4
  %778 = insertelement <8 x float> undef, float %777, i32 0
  %splat59 = shufflevector <8 x float> %778, <8 x float> undef, <8 x i32> zeroinitializer
  %779 = load <8 x float>, <8 x float>* %8, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %672, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %8, align 32
  %781 = add i64 %220, 40
  %782 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %781
  %783 = bitcast float* %782 to <8 x float>*
  %784 = load <8 x float>, <8 x float>* %783, align 4
  %785 = add i64 %216, 0
  %786 = mul i64 %785, 8
  %787 = add i64 %786, 5
  %788 = add i64 %213, %787
  %789 = getelementptr inbounds float, float* %1, i64 %788
  %790 = load float, float* %789, align 4
  %791 = insertelement <8 x float> undef, float %790, i32 0
  %splat60 = shufflevector <8 x float> %791, <8 x float> undef, <8 x i32> zeroinitializer
  %792 = load <8 x float>, <8 x float>* %19, align 32
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %784, <8 x float> %792)
  store <8 x float> %793, <8 x float>* %19, align 32
  %794 = add i64 %216, 1
  %795 = mul i64 %794, 8
  %796 = add i64 %795, 5
  %797 = add i64 %213, %796
  %798 = getelementptr inbounds float, float* %1, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat61 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %18, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %784, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %18, align 32
  %803 = add i64 %216, 2
  %804 = mul i64 %803, 8
  %805 = add i64 %804, 5
  %806 = add i64 %213, %805
  %807 = getelementptr inbounds float, float* %1, i64 %806
  %808 = load float, float* %807, align 4
  %809 = insertelement <8 x float> undef, float %808, i32 0
  %splat62 = shufflevector <8 x float> %809, <8 x float> undef, <8 x i32> zeroinitializer
  %810 = load <8 x float>, <8 x float>* %17, align 32
  %811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %784, <8 x float> %810)
  store <8 x float> %811, <8 x float>* %17, align 32
  %812 = add i64 %216, 3
  %813 = mul i64 %812, 8
  %814 = add i64 %813, 5
  %815 = add i64 %213, %814
  %816 = getelementptr inbounds float, float* %1, i64 %815
  %817 = load float, float* %816, align 4
  %818 = insertelement <8 x float> undef, float %817, i32 0
  %splat63 = shufflevector <8 x float> %818, <8 x float> undef, <8 x i32> zeroinitializer
  %819 = load <8 x float>, <8 x float>* %16, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %784, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %16, align 32
  %821 = add i64 %216, 4
  %822 = mul i64 %821, 8
  %823 = add i64 %822, 5
  %824 = add i64 %213, %823
  %825 = getelementptr inbounds float, float* %1, i64 %824
  %826 = load float, float* %825, align 4
  %827 = insertelement <8 x float> undef, float %826, i32 0
  %splat64 = shufflevector <8 x float> %827, <8 x float> undef, <8 x i32> zeroinitializer
  %828 = load <8 x float>, <8 x float>* %15, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %784, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %15, align 32
  %830 = add i64 %216, 5
  %831 = mul i64 %830, 8
  %832 = add i64 %831, 5
  %833 = add i64 %213, %832
  %834 = getelementptr inbounds float, float* %1, i64 %833
  %835 = load float, float* %834, align 4
  %836 = insertelement <8 x float> undef, float %835, i32 0
  %splat65 = shufflevector <8 x float> %836, <8 x float> undef, <8 x i32> zeroinitializer
  %837 = load <8 x float>, <8 x float>* %14, align 32
  %838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %784, <8 x float> %837)
  store <8 x float> %838, <8 x float>* %14, align 32
  %839 = add i64 %216, 6
  %840 = mul i64 %839, 8
  %841 = add i64 %840, 5
  %842 = add i64 %213, %841
  %843 = getelementptr inbounds float, float* %1, i64 %842
  %844 = load float, float* %843, align 4
  %845 = insertelement <8 x float> undef, float %844, i32 0
  %splat66 = shufflevector <8 x float> %845, <8 x float> undef, <8 x i32> zeroinitializer
  %846 = load <8 x float>, <8 x float>* %13, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %784, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %13, align 32
  %848 = add i64 %216, 7
  %849 = mul i64 %848, 8
  %850 = add i64 %849, 5
  %851 = add i64 %213, %850
  %852 = getelementptr inbounds float, float* %1, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat67 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %12, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %784, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %12, align 32
  %857 = add i64 %216, 8
  %858 = mul i64 %857, 8
  %859 = add i64 %858, 5
  %860 = add i64 %213, %859
  %861 = getelementptr inbounds float, float* %1, i64 %860
  %862 = load float, float* %861, align 4
  %863 = insertelement <8 x float> undef, float %862, i32 0
  %splat68 = shufflevector <8 x float> %863, <8 x float> undef, <8 x i32> zeroinitializer
  %864 = load <8 x float>, <8 x float>* %11, align 32
  %865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %784, <8 x float> %864)
  store <8 x float> %865, <8 x float>* %11, align 32
  %866 = add i64 %216, 9
  %867 = mul i64 %866, 8
  %868 = add i64 %867, 5
  %869 = add i64 %213, %868
  %870 = getelementptr inbounds float, float* %1, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat69 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %10, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %784, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %10, align 32
  %875 = add i64 %216, 10
  %876 = mul i64 %875, 8
  %877 = add i64 %876, 5
  %878 = add i64 %213, %877
  %879 = getelementptr inbounds float, float* %1, i64 %878
  %880 = load float, float* %879, align 4
  %881 = insertelement <8 x float> undef, float %880, i32 0
  %splat70 = shufflevector <8 x float> %881, <8 x float> undef, <8 x i32> zeroinitializer
  %882 = load <8 x float>, <8 x float>* %9, align 32
  %883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %784, <8 x float> %882)
  store <8 x float> %883, <8 x float>* %9, align 32
  %884 = add i64 %216, 11
  %885 = mul i64 %884, 8
  %886 = add i64 %885, 5
  %887 = add i64 %213, %886
  %888 = getelementptr inbounds float, float* %1, i64 %887
  %889 = load float, float* %888, align 4
  %890 = insertelement <8 x float> undef, float %889, i32 0
  %splat71 = shufflevector <8 x float> %890, <8 x float> undef, <8 x i32> zeroinitializer
  %891 = load <8 x float>, <8 x float>* %8, align 32
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %784, <8 x float> %891)
  store <8 x float> %892, <8 x float>* %8, align 32
  %893 = add i64 %220, 48
  %894 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %893
  %895 = bitcast float* %894 to <8 x float>*
  %896 = load <8 x float>, <8 x float>* %895, align 4
  %897 = add i64 %216, 0
  %898 = mul i64 %897, 8
  %899 = add i64 %898, 6
  %900 = add i64 %213, %899
  %901 = getelementptr inbounds float, float* %1, i64 %900
  %902 = load float, float* %901, align 4
  %903 = insertelement <8 x float> undef, float %902, i32 0
  %splat72 = shufflevector <8 x float> %903, <8 x float> undef, <8 x i32> zeroinitializer
  %904 = load <8 x float>, <8 x float>* %19, align 32
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %896, <8 x float> %904)
  store <8 x float> %905, <8 x float>* %19, align 32
  %906 = add i64 %216, 1
  %907 = mul i64 %906, 8
  %908 = add i64 %907, 6
  %909 = add i64 %213, %908
  %910 = getelementptr inbounds float, float* %1, i64 %909
  %911 = load float, float* %910, align 4
  %912 = insertelement <8 x float> undef, float %911, i32 0
  %splat73 = shufflevector <8 x float> %912, <8 x float> undef, <8 x i32> zeroinitializer
  %913 = load <8 x float>, <8 x float>* %18, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %896, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %18, align 32
  %915 = add i64 %216, 2
  %916 = mul i64 %915, 8
  %917 = add i64 %916, 6
  %918 = add i64 %213, %917
  %919 = getelementptr inbounds float, float* %1, i64 %918
  %920 = load float, float* %919, align 4
  %921 = insertelement <8 x float> undef, float %920, i32 0
  %splat74 = shufflevector <8 x float> %921, <8 x float> undef, <8 x i32> zeroinitializer
  %922 = load <8 x float>, <8 x float>* %17, align 32
  %923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %896, <8 x float> %922)
  store <8 x float> %923, <8 x float>* %17, align 32
  %924 = add i64 %216, 3
  %925 = mul i64 %924, 8
  %926 = add i64 %925, 6
  %927 = add i64 %213, %926
  %928 = getelementptr inbounds float, float* %1, i64 %927
  %929 = load float, float* %928, align 4
  %930 = insertelement <8 x float> undef, float %929, i32 0
  %splat75 = shufflevector <8 x float> %930, <8 x float> undef, <8 x i32> zeroinitializer
  %931 = load <8 x float>, <8 x float>* %16, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %896, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %16, align 32
  %933 = add i64 %216, 4
  %934 = mul i64 %933, 8
  %935 = add i64 %934, 6
  %936 = add i64 %213, %935
  %937 = getelementptr inbounds float, float* %1, i64 %936
  %938 = load float, float* %937, align 4
  %939 = insertelement <8 x float> undef, float %938, i32 0
  %splat76 = shufflevector <8 x float> %939, <8 x float> undef, <8 x i32> zeroinitializer
  %940 = load <8 x float>, <8 x float>* %15, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %896, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %15, align 32
  %942 = add i64 %216, 5
  %943 = mul i64 %942, 8
  %944 = add i64 %943, 6
  %945 = add i64 %213, %944
  %946 = getelementptr inbounds float, float* %1, i64 %945
  %947 = load float, float* %946, align 4
  %948 = insertelement <8 x float> undef, float %947, i32 0
  %splat77 = shufflevector <8 x float> %948, <8 x float> undef, <8 x i32> zeroinitializer
  %949 = load <8 x float>, <8 x float>* %14, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %896, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %14, align 32
  %951 = add i64 %216, 6
  %952 = mul i64 %951, 8
  %953 = add i64 %952, 6
  %954 = add i64 %213, %953
  %955 = getelementptr inbounds float, float* %1, i64 %954
  %956 = load float, float* %955, align 4
  %957 = insertelement <8 x float> undef, float %956, i32 0
  %splat78 = shufflevector <8 x float> %957, <8 x float> undef, <8 x i32> zeroinitializer
  %958 = load <8 x float>, <8 x float>* %13, align 32
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %896, <8 x float> %958)
  store <8 x float> %959, <8 x float>* %13, align 32
  %960 = add i64 %216, 7
  %961 = mul i64 %960, 8
  %962 = add i64 %961, 6
  %963 = add i64 %213, %962
  %964 = getelementptr inbounds float, float* %1, i64 %963
  %965 = load float, float* %964, align 4
  %966 = insertelement <8 x float> undef, float %965, i32 0
  %splat79 = shufflevector <8 x float> %966, <8 x float> undef, <8 x i32> zeroinitializer
  %967 = load <8 x float>, <8 x float>* %12, align 32
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %896, <8 x float> %967)
  store <8 x float> %968, <8 x float>* %12, align 32
  %969 = add i64 %216, 8
  %970 = mul i64 %969, 8
  %971 = add i64 %970, 6
  %972 = add i64 %213, %971
  %973 = getelementptr inbounds float, float* %1, i64 %972
  %974 = load float, float* %973, align 4
  %975 = insertelement <8 x float> undef, float %974, i32 0
  %splat80 = shufflevector <8 x float> %975, <8 x float> undef, <8 x i32> zeroinitializer
  %976 = load <8 x float>, <8 x float>* %11, align 32
  %977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %896, <8 x float> %976)
  store <8 x float> %977, <8 x float>* %11, align 32
  %978 = add i64 %216, 9
  %979 = mul i64 %978, 8
  %980 = add i64 %979, 6
  %981 = add i64 %213, %980
  %982 = getelementptr inbounds float, float* %1, i64 %981
  %983 = load float, float* %982, align 4
  %984 = insertelement <8 x float> undef, float %983, i32 0
  %splat81 = shufflevector <8 x float> %984, <8 x float> undef, <8 x i32> zeroinitializer
  %985 = load <8 x float>, <8 x float>* %10, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %896, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %10, align 32
  %987 = add i64 %216, 10
  %988 = mul i64 %987, 8
  %989 = add i64 %988, 6
  %990 = add i64 %213, %989
  %991 = getelementptr inbounds float, float* %1, i64 %990
  %992 = load float, float* %991, align 4
  %993 = insertelement <8 x float> undef, float %992, i32 0
  %splat82 = shufflevector <8 x float> %993, <8 x float> undef, <8 x i32> zeroinitializer
  %994 = load <8 x float>, <8 x float>* %9, align 32
  %995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %896, <8 x float> %994)
  store <8 x float> %995, <8 x float>* %9, align 32
  %996 = add i64 %216, 11
  %997 = mul i64 %996, 8
  %998 = add i64 %997, 6
  %999 = add i64 %213, %998
  %1000 = getelementptr inbounds float, float* %1, i64 %999
  %1001 = load float, float* %1000, align 4
  %1002 = insertelement <8 x float> undef, float %1001, i32 0
  %splat83 = shufflevector <8 x float> %1002, <8 x float> undef, <8 x i32> zeroinitializer
  %1003 = load <8 x float>, <8 x float>* %8, align 32
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %896, <8 x float> %1003)
  store <8 x float> %1004, <8 x float>* %8, align 32
  %1005 = add i64 %220, 56
  %1006 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1005
  %1007 = bitcast float* %1006 to <8 x float>*
  %1008 = load <8 x float>, <8 x float>* %1007, align 4
  %1009 = add i64 %216, 0
  %1010 = mul i64 %1009, 8
  %1011 = add i64 %1010, 7
  %1012 = add i64 %213, %1011
  %1013 = getelementptr inbounds float, float* %1, i64 %1012
  %1014 = load float, float* %1013, align 4
  %1015 = insertelement <8 x float> undef, float %1014, i32 0
  %splat84 = shufflevector <8 x float> %1015, <8 x float> undef, <8 x i32> zeroinitializer
  %1016 = load <8 x float>, <8 x float>* %19, align 32
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1008, <8 x float> %1016)
  store <8 x float> %1017, <8 x float>* %19, align 32
  %1018 = add i64 %216, 1
  %1019 = mul i64 %1018, 8
  %1020 = add i64 %1019, 7
  %1021 = add i64 %213, %1020
  %1022 = getelementptr inbounds float, float* %1, i64 %1021
  %1023 = load float, float* %1022, align 4
  %1024 = insertelement <8 x float> undef, float %1023, i32 0
  %splat85 = shufflevector <8 x float> %1024, <8 x float> undef, <8 x i32> zeroinitializer
  %1025 = load <8 x float>, <8 x float>* %18, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1008, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %18, align 32
  %1027 = add i64 %216, 2
  %1028 = mul i64 %1027, 8
  %1029 = add i64 %1028, 7
  %1030 = add i64 %213, %1029
  %1031 = getelementptr inbounds float, float* %1, i64 %1030
  %1032 = load float, float* %1031, align 4
  %1033 = insertelement <8 x float> undef, float %1032, i32 0
  %splat86 = shufflevector <8 x float> %1033, <8 x float> undef, <8 x i32> zeroinitializer
  %1034 = load <8 x float>, <8 x float>* %17, align 32
  %1035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1008, <8 x float> %1034)
  store <8 x float> %1035, <8 x float>* %17, align 32
  %1036 = add i64 %216, 3
  %1037 = mul i64 %1036, 8
  %1038 = add i64 %1037, 7
  %1039 = add i64 %213, %1038
  %1040 = getelementptr inbounds float, float* %1, i64 %1039
  %1041 = load float, float* %1040, align 4
  %1042 = insertelement <8 x float> undef, float %1041, i32 0
  %splat87 = shufflevector <8 x float> %1042, <8 x float> undef, <8 x i32> zeroinitializer
  %1043 = load <8 x float>, <8 x float>* %16, align 32
  %1044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1008, <8 x float> %1043)
  store <8 x float> %1044, <8 x float>* %16, align 32
  %1045 = add i64 %216, 4
  %1046 = mul i64 %1045, 8
  %1047 = add i64 %1046, 7
  %1048 = add i64 %213, %1047
  %1049 = getelementptr inbounds float, float* %1, i64 %1048
  %1050 = load float, float* %1049, align 4
  %1051 = insertelement <8 x float> undef, float %1050, i32 0
  %splat88 = shufflevector <8 x float> %1051, <8 x float> undef, <8 x i32> zeroinitializer
  %1052 = load <8 x float>, <8 x float>* %15, align 32
  %1053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1008, <8 x float> %1052)
  store <8 x float> %1053, <8 x float>* %15, align 32
  %1054 = add i64 %216, 5
  %1055 = mul i64 %1054, 8
  %1056 = add i64 %1055, 7
  %1057 = add i64 %213, %1056
  %1058 = getelementptr inbounds float, float* %1, i64 %1057
  %1059 = load float, float* %1058, align 4
  %1060 = insertelement <8 x float> undef, float %1059, i32 0
  %splat89 = shufflevector <8 x float> %1060, <8 x float> undef, <8 x i32> zeroinitializer
  %1061 = load <8 x float>, <8 x float>* %14, align 32
  %1062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1008, <8 x float> %1061)
  store <8 x float> %1062, <8 x float>* %14, align 32
  %1063 = add i64 %216, 6
  %1064 = mul i64 %1063, 8
  %1065 = add i64 %1064, 7
  %1066 = add i64 %213, %1065
  %1067 = getelementptr inbounds float, float* %1, i64 %1066
  %1068 = load float, float* %1067, align 4
  %1069 = insertelement <8 x float> undef, float %1068, i32 0
  %splat90 = shufflevector <8 x float> %1069, <8 x float> undef, <8 x i32> zeroinitializer
  %1070 = load <8 x float>, <8 x float>* %13, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1008, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %13, align 32
  %1072 = add i64 %216, 7
  %1073 = mul i64 %1072, 8
  %1074 = add i64 %1073, 7
  %1075 = add i64 %213, %1074
  %1076 = getelementptr inbounds float, float* %1, i64 %1075
  %1077 = load float, float* %1076, align 4
  %1078 = insertelement <8 x float> undef, float %1077, i32 0
  %splat91 = shufflevector <8 x float> %1078, <8 x float> undef, <8 x i32> zeroinitializer
  %1079 = load <8 x float>, <8 x float>* %12, align 32
  %1080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1008, <8 x float> %1079)
  store <8 x float> %1080, <8 x float>* %12, align 32
  %1081 = add i64 %216, 8
  %1082 = mul i64 %1081, 8
  %1083 = add i64 %1082, 7
  %1084 = add i64 %213, %1083
  %1085 = getelementptr inbounds float, float* %1, i64 %1084
  %1086 = load float, float* %1085, align 4
  %1087 = insertelement <8 x float> undef, float %1086, i32 0
  %splat92 = shufflevector <8 x float> %1087, <8 x float> undef, <8 x i32> zeroinitializer
  %1088 = load <8 x float>, <8 x float>* %11, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1008, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %11, align 32
  %1090 = add i64 %216, 9
  %1091 = mul i64 %1090, 8
  %1092 = add i64 %1091, 7
  %1093 = add i64 %213, %1092
  %1094 = getelementptr inbounds float, float* %1, i64 %1093
  %1095 = load float, float* %1094, align 4
  %1096 = insertelement <8 x float> undef, float %1095, i32 0
  %splat93 = shufflevector <8 x float> %1096, <8 x float> undef, <8 x i32> zeroinitializer
  %1097 = load <8 x float>, <8 x float>* %10, align 32
  %1098 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1008, <8 x float> %1097)
  store <8 x float> %1098, <8 x float>* %10, align 32
  %1099 = add i64 %216, 10
  %1100 = mul i64 %1099, 8
  %1101 = add i64 %1100, 7
  %1102 = add i64 %213, %1101
  %1103 = getelementptr inbounds float, float* %1, i64 %1102
  %1104 = load float, float* %1103, align 4
  %1105 = insertelement <8 x float> undef, float %1104, i32 0
  %splat94 = shufflevector <8 x float> %1105, <8 x float> undef, <8 x i32> zeroinitializer
  %1106 = load <8 x float>, <8 x float>* %9, align 32
  %1107 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1008, <8 x float> %1106)
  store <8 x float> %1107, <8 x float>* %9, align 32
  %1108 = add i64 %216, 11
  %1109 = mul i64 %1108, 8
  %1110 = add i64 %1109, 7
  %1111 = add i64 %213, %1110
  %1112 = getelementptr inbounds float, float* %1, i64 %1111
  %1113 = load float, float* %1112, align 4
  %1114 = insertelement <8 x float> undef, float %1113, i32 0
  %splat95 = shufflevector <8 x float> %1114, <8 x float> undef, <8 x i32> zeroinitializer
  %1115 = load <8 x float>, <8 x float>* %8, align 32
  %1116 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1008, <8 x float> %1115)
  store <8 x float> %1116, <8 x float>* %8, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

xb.header:                                        ; preds = %u.exit98, %u.exit
  %xb = phi i64 [ 0, %u.exit ], [ %xb.next, %u.exit98 ]
  %1117 = icmp slt i64 %xb, 1
  br i1 %1117, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %1118 = add i64 %29, 0
  %1119 = mul i64 %1118, 8
  %1120 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %1119
  %1121 = bitcast float* %1120 to <8 x float>*
  %1122 = load <8 x float>, <8 x float>* %1121, align 4
  store <8 x float> %1122, <8 x float>* %7, align 32
  %1123 = mul i64 %xb, 1
  %1124 = sub i64 %1123, 1
  br label %u.header96

xb.exit:                                          ; preds = %xb.header
  br label %xb.header123

u.header96:                                       ; preds = %kh.exit102, %xb.body
  %u99 = phi i64 [ 0, %xb.body ], [ %u.next122, %kh.exit102 ]
  %1125 = icmp slt i64 %u99, 64
  br i1 %1125, label %u.body97, label %u.exit98

u.body97:                                         ; preds = %u.header96
  %1126 = mul i64 %u99, 1568
  %1127 = add i64 %33, %1126
  %1128 = mul i64 %u99, 576
  %1129 = add i64 %37, %1128
  br label %kh.header100

u.exit98:                                         ; preds = %u.header96
  %1130 = add i64 %xb, 0
  %1131 = mul i64 %26, 64
  %1132 = add i64 %1131, %29
  %1133 = add i64 %1132, 0
  %1134 = mul i64 %1133, 14
  %1135 = add i64 %1134, %23
  %1136 = mul i64 %1135, 14
  %1137 = add i64 %1136, %1130
  %1138 = mul i64 %1137, 8
  %1139 = load <8 x float>, <8 x float>* %7, align 32
  %1140 = fcmp ogt <8 x float> %1139, zeroinitializer
  %1141 = select <8 x i1> %1140, <8 x float> %1139, <8 x float> zeroinitializer
  %1142 = getelementptr inbounds float, float* %0, i64 %1138
  %1143 = bitcast float* %1142 to <8 x float>*
  store <8 x float> %1141, <8 x float>* %1143, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header100:                                     ; preds = %endif105, %u.body97
  %kh103 = phi i64 [ 0, %u.body97 ], [ %kh.next121, %endif105 ]
  %1144 = icmp slt i64 %kh103, 3
  br i1 %1144, label %kh.body101, label %kh.exit102

kh.body101:                                       ; preds = %kh.header100
  %1145 = mul i64 %kh103, 1
  %1146 = add i64 %39, %1145
  %1147 = icmp sge i64 %1146, 0
  %1148 = icmp slt i64 %1146, 14
  %1149 = and i1 %1147, %1148
  br i1 %1149, label %then104, label %endif105

kh.exit102:                                       ; preds = %kh.header100
  %u.next122 = add i64 %u99, 1
  br label %u.header96

then104:                                          ; preds = %kh.body101
  %1150 = mul i64 %1146, 112
  %1151 = add i64 %1127, %1150
  br label %kw.header106

endif105:                                         ; preds = %kw.exit108, %kh.body101
  %kh.next121 = add i64 %kh103, 1
  br label %kh.header100

kw.header106:                                     ; preds = %endif111, %then104
  %kw109 = phi i64 [ 0, %then104 ], [ %kw.next120, %endif111 ]
  %1152 = icmp slt i64 %kw109, 3
  br i1 %1152, label %kw.body107, label %kw.exit108

kw.body107:                                       ; preds = %kw.header106
  %1153 = mul i64 %kw109, 1
  %1154 = add i64 %1124, %1153
  %1155 = mul i64 %kh103, 3
  %1156 = add i64 %1155, %kw109
  %1157 = mul i64 %1156, 64
  %1158 = add i64 %1129, %1157
  %1159 = icmp sge i64 %1154, 0
  %1160 = icmp slt i64 %1154, 14
  %1161 = and i1 %1159, %1160
  br i1 %1161, label %then110, label %endif111

kw.exit108:                                       ; preds = %kw.header106
  br label %endif105

then110:                                          ; preds = %kw.body107
  %1162 = add i64 %1158, 0
  %1163 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1162
  %1164 = bitcast float* %1163 to <8 x float>*
  %1165 = load <8 x float>, <8 x float>* %1164, align 4
  %1166 = add i64 %1154, 0
  %1167 = mul i64 %1166, 8
  %1168 = add i64 %1167, 0
  %1169 = add i64 %1151, %1168
  %1170 = getelementptr inbounds float, float* %1, i64 %1169
  %1171 = load float, float* %1170, align 4
  %1172 = insertelement <8 x float> undef, float %1171, i32 0
  %splat112 = shufflevector <8 x float> %1172, <8 x float> undef, <8 x i32> zeroinitializer
  %1173 = load <8 x float>, <8 x float>* %7, align 32
  %1174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat112, <8 x float> %1165, <8 x float> %1173)
  store <8 x float> %1174, <8 x float>* %7, align 32
  %1175 = add i64 %1158, 8
  %1176 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1175
  %1177 = bitcast float* %1176 to <8 x float>*
  %1178 = load <8 x float>, <8 x float>* %1177, align 4
  %1179 = add i64 %1154, 0
  %1180 = mul i64 %1179, 8
  %1181 = add i64 %1180, 1
  %1182 = add i64 %1151, %1181
  %1183 = getelementptr inbounds float, float* %1, i64 %1182
  %1184 = load float, float* %1183, align 4
  %1185 = insertelement <8 x float> undef, float %1184, i32 0
  %splat113 = shufflevector <8 x float> %1185, <8 x float> undef, <8 x i32> zeroinitializer
  %1186 = load <8 x float>, <8 x float>* %7, align 32
  %1187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat113, <8 x float> %1178, <8 x float> %1186)
  store <8 x float> %1187, <8 x float>* %7, align 32
  %1188 = add i64 %1158, 16
  %1189 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1188
  %1190 = bitcast float* %1189 to <8 x float>*
  %1191 = load <8 x float>, <8 x float>* %1190, align 4
  %1192 = add i64 %1154, 0
  %1193 = mul i64 %1192, 8
  %1194 = add i64 %1193, 2
  %1195 = add i64 %1151, %1194
  %1196 = getelementptr inbounds float, float* %1, i64 %1195
  %1197 = load float, float* %1196, align 4
  %1198 = insertelement <8 x float> undef, float %1197, i32 0
  %splat114 = shufflevector <8 x float> %1198, <8 x float> undef, <8 x i32> zeroinitializer
  %1199 = load <8 x float>, <8 x float>* %7, align 32
  %1200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat114, <8 x float> %1191, <8 x float> %1199)
  store <8 x float> %1200, <8 x float>* %7, align 32
  %1201 = add i64 %1158, 24
  %1202 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1201
  %1203 = bitcast float* %1202 to <8 x float>*
  %1204 = load <8 x float>, <8 x float>* %1203, align 4
  %1205 = add i64 %1154, 0
  %1206 = mul i64 %1205, 8
  %1207 = add i64 %1206, 3
  %1208 = add i64 %1151, %1207
  %1209 = getelementptr inbounds float, float* %1, i64 %1208
  %1210 = load float, float* %1209, align 4
  %1211 = insertelement <8 x float> undef, float %1210, i32 0
  %splat115 = shufflevector <8 x float> %1211, <8 x float> undef, <8 x i32> zeroinitializer
  %1212 = load <8 x float>, <8 x float>* %7, align 32
  %1213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat115, <8 x float> %1204, <8 x float> %1212)
  store <8 x float> %1213, <8 x float>* %7, align 32
  %1214 = add i64 %1158, 32
  %1215 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1214
  %1216 = bitcast float* %1215 to <8 x float>*
  %1217 = load <8 x float>, <8 x float>* %1216, align 4
  %1218 = add i64 %1154, 0
  %1219 = mul i64 %1218, 8
  %1220 = add i64 %1219, 4
  %1221 = add i64 %1151, %1220
  %1222 = getelementptr inbounds float, float* %1, i64 %1221
  %1223 = load float, float* %1222, align 4
  %1224 = insertelement <8 x float> undef, float %1223, i32 0
  %splat116 = shufflevector <8 x float> %1224, <8 x float> undef, <8 x i32> zeroinitializer
  %1225 = load <8 x float>, <8 x float>* %7, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat116, <8 x float> %1217, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %7, align 32
  %1227 = add i64 %1158, 40
  %1228 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1227
  %1229 = bitcast float* %1228 to <8 x float>*
  %1230 = load <8 x float>, <8 x float>* %1229, align 4
  %1231 = add i64 %1154, 0
  %1232 = mul i64 %1231, 8
  %1233 = add i64 %1232, 5
  %1234 = add i64 %1151, %1233
  %1235 = getelementptr inbounds float, float* %1, i64 %1234
  %1236 = load float, float* %1235, align 4
  %1237 = insertelement <8 x float> undef, float %1236, i32 0
  %splat117 = shufflevector <8 x float> %1237, <8 x float> undef, <8 x i32> zeroinitializer
  %1238 = load <8 x float>, <8 x float>* %7, align 32
  %1239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat117, <8 x float> %1230, <8 x float> %1238)
  store <8 x float> %1239, <8 x float>* %7, align 32
  %1240 = add i64 %1158, 48
  %1241 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1240
  %1242 = bitcast float* %1241 to <8 x float>*
  %1243 = load <8 x float>, <8 x float>* %1242, align 4
  %1244 = add i64 %1154, 0
  %1245 = mul i64 %1244, 8
  %1246 = add i64 %1245, 6
  %1247 = add i64 %1151, %1246
  %1248 = getelementptr inbounds float, float* %1, i64 %1247
  %1249 = load float, float* %1248, align 4
  %1250 = insertelement <8 x float> undef, float %1249, i32 0
  %splat118 = shufflevector <8 x float> %1250, <8 x float> undef, <8 x i32> zeroinitializer
  %1251 = load <8 x float>, <8 x float>* %7, align 32
  %1252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat118, <8 x float> %1243, <8 x float> %1251)
  store <8 x float> %1252, <8 x float>* %7, align 32
  %1253 = add i64 %1158, 56
  %1254 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1253
  %1255 = bitcast float* %1254 to <8 x float>*
  %1256 = load <8 x float>, <8 x float>* %1255, align 4
  %1257 = add i64 %1154, 0
  %1258 = mul i64 %1257, 8
  %1259 = add i64 %1258, 7
  %1260 = add i64 %1151, %1259
  %1261 = getelementptr inbounds float, float* %1, i64 %1260
  %1262 = load float, float* %1261, align 4
  %1263 = insertelement <8 x float> undef, float %1262, i32 0
  %splat119 = shufflevector <8 x float> %1263, <8 x float> undef, <8 x i32> zeroinitializer
  %1264 = load <8 x float>, <8 x float>* %7, align 32
  %1265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat119, <8 x float> %1256, <8 x float> %1264)
  store <8 x float> %1265, <8 x float>* %7, align 32
  br label %endif111

endif111:                                         ; preds = %then110, %kw.body107
  %kw.next120 = add i64 %kw109, 1
  br label %kw.header106

xb.header123:                                     ; preds = %u.exit129, %xb.exit
  %xb126 = phi i64 [ 13, %xb.exit ], [ %xb.next154, %u.exit129 ]
  %1266 = icmp slt i64 %xb126, 14
  br i1 %1266, label %xb.body124, label %xb.exit125

xb.body124:                                       ; preds = %xb.header123
  %1267 = add i64 %29, 0
  %1268 = mul i64 %1267, 8
  %1269 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %1268
  %1270 = bitcast float* %1269 to <8 x float>*
  %1271 = load <8 x float>, <8 x float>* %1270, align 4
  store <8 x float> %1271, <8 x float>* %6, align 32
  %1272 = mul i64 %xb126, 1
  %1273 = sub i64 %1272, 1
  br label %u.header127

xb.exit125:                                       ; preds = %xb.header123
  %task.next = add i64 %task, 1
  br label %task.header

u.header127:                                      ; preds = %kh.exit133, %xb.body124
  %u130 = phi i64 [ 0, %xb.body124 ], [ %u.next153, %kh.exit133 ]
  %1274 = icmp slt i64 %u130, 64
  br i1 %1274, label %u.body128, label %u.exit129

u.body128:                                        ; preds = %u.header127
  %1275 = mul i64 %u130, 1568
  %1276 = add i64 %33, %1275
  %1277 = mul i64 %u130, 576
  %1278 = add i64 %37, %1277
  br label %kh.header131

u.exit129:                                        ; preds = %u.header127
  %1279 = add i64 %xb126, 0
  %1280 = mul i64 %26, 64
  %1281 = add i64 %1280, %29
  %1282 = add i64 %1281, 0
  %1283 = mul i64 %1282, 14
  %1284 = add i64 %1283, %23
  %1285 = mul i64 %1284, 14
  %1286 = add i64 %1285, %1279
  %1287 = mul i64 %1286, 8
  %1288 = load <8 x float>, <8 x float>* %6, align 32
  %1289 = fcmp ogt <8 x float> %1288, zeroinitializer
  %1290 = select <8 x i1> %1289, <8 x float> %1288, <8 x float> zeroinitializer
  %1291 = getelementptr inbounds float, float* %0, i64 %1287
  %1292 = bitcast float* %1291 to <8 x float>*
  store <8 x float> %1290, <8 x float>* %1292, align 4
  %xb.next154 = add i64 %xb126, 1
  br label %xb.header123

kh.header131:                                     ; preds = %endif136, %u.body128
  %kh134 = phi i64 [ 0, %u.body128 ], [ %kh.next152, %endif136 ]
  %1293 = icmp slt i64 %kh134, 3
  br i1 %1293, label %kh.body132, label %kh.exit133

kh.body132:                                       ; preds = %kh.header131
  %1294 = mul i64 %kh134, 1
  %1295 = add i64 %39, %1294
  %1296 = icmp sge i64 %1295, 0
  %1297 = icmp slt i64 %1295, 14
  %1298 = and i1 %1296, %1297
  br i1 %1298, label %then135, label %endif136

kh.exit133:                                       ; preds = %kh.header131
  %u.next153 = add i64 %u130, 1
  br label %u.header127

then135:                                          ; preds = %kh.body132
  %1299 = mul i64 %1295, 112
  %1300 = add i64 %1276, %1299
  br label %kw.header137

endif136:                                         ; preds = %kw.exit139, %kh.body132
  %kh.next152 = add i64 %kh134, 1
  br label %kh.header131

kw.header137:                                     ; preds = %endif142, %then135
  %kw140 = phi i64 [ 0, %then135 ], [ %kw.next151, %endif142 ]
  %1301 = icmp slt i64 %kw140, 3
  br i1 %1301, label %kw.body138, label %kw.exit139

kw.body138:                                       ; preds = %kw.header137
  %1302 = mul i64 %kw140, 1
  %1303 = add i64 %1273, %1302
  %1304 = mul i64 %kh134, 3
  %1305 = add i64 %1304, %kw140
  %1306 = mul i64 %1305, 64
  %1307 = add i64 %1278, %1306
  %1308 = icmp sge i64 %1303, 0
  %1309 = icmp slt i64 %1303, 14
  %1310 = and i1 %1308, %1309
  br i1 %1310, label %then141, label %endif142

kw.exit139:                                       ; preds = %kw.header137
  br label %endif136

then141:                                          ; preds = %kw.body138
  %1311 = add i64 %1307, 0
  %1312 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1311
  %1313 = bitcast float* %1312 to <8 x float>*
  %1314 = load <8 x float>, <8 x float>* %1313, align 4
  %1315 = add i64 %1303, 0
  %1316 = mul i64 %1315, 8
  %1317 = add i64 %1316, 0
  %1318 = add i64 %1300, %1317
  %1319 = getelementptr inbounds float, float* %1, i64 %1318
  %1320 = load float, float* %1319, align 4
  %1321 = insertelement <8 x float> undef, float %1320, i32 0
  %splat143 = shufflevector <8 x float> %1321, <8 x float> undef, <8 x i32> zeroinitializer
  %1322 = load <8 x float>, <8 x float>* %6, align 32
  %1323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1314, <8 x float> %1322)
  store <8 x float> %1323, <8 x float>* %6, align 32
  %1324 = add i64 %1307, 8
  %1325 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1324
  %1326 = bitcast float* %1325 to <8 x float>*
  %1327 = load <8 x float>, <8 x float>* %1326, align 4
  %1328 = add i64 %1303, 0
  %1329 = mul i64 %1328, 8
  %1330 = add i64 %1329, 1
  %1331 = add i64 %1300, %1330
  %1332 = getelementptr inbounds float, float* %1, i64 %1331
  %1333 = load float, float* %1332, align 4
  %1334 = insertelement <8 x float> undef, float %1333, i32 0
  %splat144 = shufflevector <8 x float> %1334, <8 x float> undef, <8 x i32> zeroinitializer
  %1335 = load <8 x float>, <8 x float>* %6, align 32
  %1336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1327, <8 x float> %1335)
  store <8 x float> %1336, <8 x float>* %6, align 32
  %1337 = add i64 %1307, 16
  %1338 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1337
  %1339 = bitcast float* %1338 to <8 x float>*
  %1340 = load <8 x float>, <8 x float>* %1339, align 4
  %1341 = add i64 %1303, 0
  %1342 = mul i64 %1341, 8
  %1343 = add i64 %1342, 2
  %1344 = add i64 %1300, %1343
  %1345 = getelementptr inbounds float, float* %1, i64 %1344
  %1346 = load float, float* %1345, align 4
  %1347 = insertelement <8 x float> undef, float %1346, i32 0
  %splat145 = shufflevector <8 x float> %1347, <8 x float> undef, <8 x i32> zeroinitializer
  %1348 = load <8 x float>, <8 x float>* %6, align 32
  %1349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1340, <8 x float> %1348)
  store <8 x float> %1349, <8 x float>* %6, align 32
  %1350 = add i64 %1307, 24
  %1351 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1350
  %1352 = bitcast float* %1351 to <8 x float>*
  %1353 = load <8 x float>, <8 x float>* %1352, align 4
  %1354 = add i64 %1303, 0
  %1355 = mul i64 %1354, 8
  %1356 = add i64 %1355, 3
  %1357 = add i64 %1300, %1356
  %1358 = getelementptr inbounds float, float* %1, i64 %1357
  %1359 = load float, float* %1358, align 4
  %1360 = insertelement <8 x float> undef, float %1359, i32 0
  %splat146 = shufflevector <8 x float> %1360, <8 x float> undef, <8 x i32> zeroinitializer
  %1361 = load <8 x float>, <8 x float>* %6, align 32
  %1362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1353, <8 x float> %1361)
  store <8 x float> %1362, <8 x float>* %6, align 32
  %1363 = add i64 %1307, 32
  %1364 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1363
  %1365 = bitcast float* %1364 to <8 x float>*
  %1366 = load <8 x float>, <8 x float>* %1365, align 4
  %1367 = add i64 %1303, 0
  %1368 = mul i64 %1367, 8
  %1369 = add i64 %1368, 4
  %1370 = add i64 %1300, %1369
  %1371 = getelementptr inbounds float, float* %1, i64 %1370
  %1372 = load float, float* %1371, align 4
  %1373 = insertelement <8 x float> undef, float %1372, i32 0
  %splat147 = shufflevector <8 x float> %1373, <8 x float> undef, <8 x i32> zeroinitializer
  %1374 = load <8 x float>, <8 x float>* %6, align 32
  %1375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1366, <8 x float> %1374)
  store <8 x float> %1375, <8 x float>* %6, align 32
  %1376 = add i64 %1307, 40
  %1377 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1376
  %1378 = bitcast float* %1377 to <8 x float>*
  %1379 = load <8 x float>, <8 x float>* %1378, align 4
  %1380 = add i64 %1303, 0
  %1381 = mul i64 %1380, 8
  %1382 = add i64 %1381, 5
  %1383 = add i64 %1300, %1382
  %1384 = getelementptr inbounds float, float* %1, i64 %1383
  %1385 = load float, float* %1384, align 4
  %1386 = insertelement <8 x float> undef, float %1385, i32 0
  %splat148 = shufflevector <8 x float> %1386, <8 x float> undef, <8 x i32> zeroinitializer
  %1387 = load <8 x float>, <8 x float>* %6, align 32
  %1388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1379, <8 x float> %1387)
  store <8 x float> %1388, <8 x float>* %6, align 32
  %1389 = add i64 %1307, 48
  %1390 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1389
  %1391 = bitcast float* %1390 to <8 x float>*
  %1392 = load <8 x float>, <8 x float>* %1391, align 4
  %1393 = add i64 %1303, 0
  %1394 = mul i64 %1393, 8
  %1395 = add i64 %1394, 6
  %1396 = add i64 %1300, %1395
  %1397 = getelementptr inbounds float, float* %1, i64 %1396
  %1398 = load float, float* %1397, align 4
  %1399 = insertelement <8 x float> undef, float %1398, i32 0
  %splat149 = shufflevector <8 x float> %1399, <8 x float> undef, <8 x i32> zeroinitializer
  %1400 = load <8 x float>, <8 x float>* %6, align 32
  %1401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1392, <8 x float> %1400)
  store <8 x float> %1401, <8 x float>* %6, align 32
  %1402 = add i64 %1307, 56
  %1403 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1402
  %1404 = bitcast float* %1403 to <8 x float>*
  %1405 = load <8 x float>, <8 x float>* %1404, align 4
  %1406 = add i64 %1303, 0
  %1407 = mul i64 %1406, 8
  %1408 = add i64 %1407, 7
  %1409 = add i64 %1300, %1408
  %1410 = getelementptr inbounds float, float* %1, i64 %1409
  %1411 = load float, float* %1410, align 4
  %1412 = insertelement <8 x float> undef, float %1411, i32 0
  %splat150 = shufflevector <8 x float> %1412, <8 x float> undef, <8 x i32> zeroinitializer
  %1413 = load <8 x float>, <8 x float>* %6, align 32
  %1414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1405, <8 x float> %1413)
  store <8 x float> %1414, <8 x float>* %6, align 32
  br label %endif142

endif142:                                         ; preds = %then141, %kw.body138
  %kw.next151 = add i64 %kw140, 1
  br label %kw.header137
}

; Function Attrs: nounwind
define internal void @node11.conv2d_8.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node11.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.maxPool2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 7
  %9 = srem i64 %task, 7
  %10 = mul i64 %8, 1568
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 7
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 56
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 14
  %22 = select i1 %21, i64 %20, i64 14
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 14
  %25 = select i1 %24, i64 %23, i64 14
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 7
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 14
  %34 = select i1 %33, i64 %32, i64 14
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 14
  %37 = select i1 %36, i64 %35, i64 14
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
  %45 = mul i64 %r, 14
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
define internal void @node12.maxPool2d_5.step0(i8* %0) #2 {
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
  %19 = add i64 448, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 448
  %23 = select i1 %22, i64 %21, i64 448
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 448
  %26 = select i1 %25, i64 %24, i64 448
  call void @node12.maxPool2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.maxPool2d_5.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %w.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %w.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 7
  %8 = sdiv i64 %task, 7
  %9 = mul i64 %task, 56
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %10 = icmp slt i64 %w, 7
  br i1 %10, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %11 = mul i64 %8, 8
  %12 = add i64 %11, 0
  %13 = mul i64 %12, 49
  %14 = mul i64 %7, 7
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
  %25 = mul i64 %24, 49
  %26 = mul i64 %7, 7
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
  %37 = mul i64 %36, 49
  %38 = mul i64 %7, 7
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
  %49 = mul i64 %48, 49
  %50 = mul i64 %7, 7
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
  %61 = mul i64 %60, 49
  %62 = mul i64 %7, 7
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
  %73 = mul i64 %72, 49
  %74 = mul i64 %7, 7
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
  %85 = mul i64 %84, 49
  %86 = mul i64 %7, 7
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
  %97 = mul i64 %96, 49
  %98 = mul i64 %7, 7
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
define internal void @node13.maxPool2d_5.nchw.step0(i8* %0) #2 {
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
  %19 = add i64 448, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 448
  %23 = select i1 %22, i64 %21, i64 448
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 448
  %26 = select i1 %25, i64 %24, i64 448
  call void @node13.maxPool2d_5.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node15.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 25088
  %12 = getelementptr inbounds float, float* bitcast ([16384 x i8]* @weight.dense_1.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 25088
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
  %16 = icmp slt i64 %k, 25088
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([411041792 x i8]* @weight.dense_1.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([411041792 x i8]* @weight.dense_1.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([411041792 x i8]* @weight.dense_1.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([411041792 x i8]* @weight.dense_1.weight to float*), i64 %51
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
  %k4 = phi i64 [ 25088, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 25088
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([411041792 x i8]* @weight.dense_1.weight to float*), i64 %62
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
  %92 = mul i64 %n, 4096
  %93 = add i64 %92, %task
  %94 = getelementptr inbounds float, float* %0, i64 %93
  store float %91, float* %94, align 4
  %n.next = add i64 %n, 1
  br label %n.header
}

; Function Attrs: nounwind
define internal void @node15.dense_1.step0(i8* %0) #2 {
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
  %19 = add i64 4096, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 4096
  %23 = select i1 %22, i64 %21, i64 4096
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 4096
  %26 = select i1 %25, i64 %24, i64 4096
  call void @node15.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node16.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 4096
  %12 = getelementptr inbounds float, float* bitcast ([16384 x i8]* @weight.dense_2.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 4096
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
  %16 = icmp slt i64 %k, 4096
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.dense_2.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.dense_2.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.dense_2.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.dense_2.weight to float*), i64 %51
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
  %k4 = phi i64 [ 4096, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 4096
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.dense_2.weight to float*), i64 %62
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
  %92 = mul i64 %n, 4096
  %93 = add i64 %92, %task
  %94 = getelementptr inbounds float, float* %0, i64 %93
  store float %91, float* %94, align 4
  %n.next = add i64 %n, 1
  br label %n.header
}

; Function Attrs: nounwind
define internal void @node16.dense_2.step0(i8* %0) #2 {
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
  %19 = add i64 4096, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 4096
  %23 = select i1 %22, i64 %21, i64 4096
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 4096
  %26 = select i1 %25, i64 %24, i64 4096
  call void @node16.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.dense_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 4096
  %12 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.dense_3.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 4096
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
  %16 = icmp slt i64 %k, 4096
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.dense_3.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.dense_3.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.dense_3.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.dense_3.weight to float*), i64 %51
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
  %k4 = phi i64 [ 4096, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 4096
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.dense_3.weight to float*), i64 %62
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
  %90 = mul i64 %n, 1000
  %91 = add i64 %90, %task
  %92 = getelementptr inbounds float, float* %0, i64 %91
  store float %89, float* %92, align 4
  %n.next = add i64 %n, 1
  br label %n.header
}

; Function Attrs: nounwind
define internal void @node17.dense_3.step0(i8* %0) #2 {
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
  %19 = add i64 1000, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1000
  %23 = select i1 %22, i64 %21, i64 1000
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1000
  %26 = select i1 %25, i64 %24, i64 1000
  call void @node17.dense_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node18.dense_3.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 1000
  %12 = add i64 %11, 1000
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
define internal void @node18.dense_3.softmax.step0(i8* %0) #2 {
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
  call void @node18.dense_3.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @vgg11_run(i8** %0, i8** %1, i8* %2) #2 {
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
  %fresh = call i8* @malloc(i64 16056383)
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
  %24 = getelementptr inbounds i8, i8* %workspace7, i64 12845056
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
  call void @GOMP_parallel(void (i8*)* @node1.maxPool2d_1.step0, i8* %30, i32 0, i32 0)
  %31 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %32 = getelementptr inbounds i8, i8* %workspace7, i64 12845056
  %33 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %31, i8** %33, align 8
  %34 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %32, i8** %34, align 8
  %35 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %35, align 8
  %36 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %36, align 8
  %37 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_2.step0, i8* %37, i32 0, i32 0)
  %38 = getelementptr inbounds i8, i8* %workspace7, i64 6422528
  %39 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %40 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %38, i8** %40, align 8
  %41 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %39, i8** %41, align 8
  %42 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %42, align 8
  %43 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %43, align 8
  %44 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.maxPool2d_2.step0, i8* %44, i32 0, i32 0)
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %46 = getelementptr inbounds i8, i8* %workspace7, i64 6422528
  %47 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %45, i8** %47, align 8
  %48 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %46, i8** %48, align 8
  %49 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %49, align 8
  %50 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %50, align 8
  %51 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_3.step0, i8* %51, i32 0, i32 0)
  %52 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %53 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %54 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %52, i8** %54, align 8
  %55 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %53, i8** %55, align 8
  %56 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %56, align 8
  %57 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %57, align 8
  %58 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_4.step0, i8* %58, i32 0, i32 0)
  %59 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %60 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %61 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %59, i8** %61, align 8
  %62 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %60, i8** %62, align 8
  %63 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %63, align 8
  %64 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %64, align 8
  %65 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node6.maxPool2d_3.step0, i8* %65, i32 0, i32 0)
  %66 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %67 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %68 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %66, i8** %68, align 8
  %69 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %67, i8** %69, align 8
  %70 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %70, align 8
  %71 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %71, align 8
  %72 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_5.step0, i8* %72, i32 0, i32 0)
  %73 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %74 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %75 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %73, i8** %75, align 8
  %76 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %74, i8** %76, align 8
  %77 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %77, align 8
  %78 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %78, align 8
  %79 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node8.conv2d_6.step0, i8* %79, i32 0, i32 0)
  %80 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %81 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %82 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %80, i8** %82, align 8
  %83 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %81, i8** %83, align 8
  %84 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %84, align 8
  %85 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %85, align 8
  %86 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node9.maxPool2d_4.step0, i8* %86, i32 0, i32 0)
  %87 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %88 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %89 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %87, i8** %89, align 8
  %90 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %88, i8** %90, align 8
  %91 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %91, align 8
  %92 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %92, align 8
  %93 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_7.step0, i8* %93, i32 0, i32 0)
  %94 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %95 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %96 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %94, i8** %96, align 8
  %97 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %95, i8** %97, align 8
  %98 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %98, align 8
  %99 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %99, align 8
  %100 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_8.step0, i8* %100, i32 0, i32 0)
  %101 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %102 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %103 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %101, i8** %103, align 8
  %104 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %102, i8** %104, align 8
  %105 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %105, align 8
  %106 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %106, align 8
  %107 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node12.maxPool2d_5.step0, i8* %107, i32 0, i32 0)
  %108 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %109 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %110 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %108, i8** %110, align 8
  %111 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %109, i8** %111, align 8
  %112 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %112, align 8
  %113 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %113, align 8
  %114 = bitcast [4 x i8*]* %args to i8*
  call void @node13.maxPool2d_5.nchw.step0(i8* %114)
  %115 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %116 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %117 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %115, i8** %117, align 8
  %118 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %116, i8** %118, align 8
  %119 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %119, align 8
  %120 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %120, align 8
  %121 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node15.dense_1.step0, i8* %121, i32 0, i32 0)
  %122 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %123 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %124 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %122, i8** %124, align 8
  %125 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %123, i8** %125, align 8
  %126 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %126, align 8
  %127 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %127, align 8
  %128 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node16.dense_2.step0, i8* %128, i32 0, i32 0)
  %129 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %130 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %130, align 8
  %131 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %129, i8** %131, align 8
  %132 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %132, align 8
  %133 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %133, align 8
  %134 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node17.dense_3.step0, i8* %134, i32 0, i32 0)
  %135 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %135, align 8
  %136 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %136, align 8
  %137 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %137, align 8
  %138 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %138, align 8
  %139 = bitcast [4 x i8*]* %args to i8*
  call void @node18.dense_3.softmax.step0(i8* %139)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @vgg11_info() #3 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #3 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @vgg11_workspace_size() #3 {
entry:
  ret i64 16056383
}

; Function Attrs: nounwind
define i32 @vgg11_infer(i8* %0, i8* %1, i8* %2) #3 {
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
  %11 = call i32 @vgg11_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { nounwind }
