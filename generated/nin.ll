; nin: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'nin'
source_filename = "nin"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [139392 x i8], align 64
@weight.conv2d_1.bias = external constant [384 x i8], align 64
@weight.conv2d_2.packed = external constant [36864 x i8], align 64
@weight.conv2d_2.bias = external constant [384 x i8], align 64
@weight.conv2d_3.packed = external constant [36864 x i8], align 64
@weight.conv2d_3.bias = external constant [384 x i8], align 64
@weight.conv2d_4.packed = external constant [2457600 x i8], align 64
@weight.conv2d_4.bias = external constant [1024 x i8], align 64
@weight.conv2d_5.packed = external constant [262144 x i8], align 64
@weight.conv2d_5.bias = external constant [1024 x i8], align 64
@weight.conv2d_6.packed = external constant [262144 x i8], align 64
@weight.conv2d_6.bias = external constant [1024 x i8], align 64
@weight.conv2d_7.packed = external constant [3538944 x i8], align 64
@weight.conv2d_7.bias = external constant [1536 x i8], align 64
@weight.conv2d_8.packed = external constant [589824 x i8], align 64
@weight.conv2d_8.bias = external constant [1536 x i8], align 64
@weight.conv2d_9.packed = external constant [589824 x i8], align 64
@weight.conv2d_9.bias = external constant [1536 x i8], align 64
@weight.conv2d_10.packed = external constant [13824000 x i8], align 64
@weight.conv2d_10.bias = external constant [4000 x i8], align 64
@weight.conv2d_11.packed = external constant [4000000 x i8], align 64
@weight.conv2d_11.bias = external constant [4000 x i8], align 64
@weight.conv2d_12.packed = external constant [4000000 x i8], align 64
@weight.conv2d_12.bias = external constant [4000 x i8], align 64
@dlc.model_name = private unnamed_addr constant [4 x i8] c"nin\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([4 x i8], [4 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 2239551, i64 965572864 }

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
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %18 = icmp slt i64 %task, %5
  br i1 %18, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %19 = srem i64 %task, 6
  %20 = sdiv i64 %task, 6
  %21 = srem i64 %20, 54
  %22 = sdiv i64 %task, 324
  %23 = srem i64 %22, 1
  %24 = sdiv i64 %22, 1
  %25 = mul i64 %23, 12
  %26 = mul i64 %19, 2
  %27 = add i64 %25, %26
  %28 = mul i64 %24, 3
  %29 = mul i64 %23, 3
  %30 = add i64 %28, %29
  %31 = mul i64 %30, 50176
  %32 = mul i64 %23, 12
  %33 = mul i64 %19, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 2904
  %36 = mul i64 %21, 4
  %37 = sub i64 %36, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %38 = icmp slt i64 %x, 54
  br i1 %38, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %39 = add i64 %27, 0
  %40 = mul i64 %39, 8
  %41 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_1.bias to float*), i64 %40
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
  %46 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_1.bias to float*), i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  store <8 x float> %48, <8 x float>* %11, align 32
  store <8 x float> %48, <8 x float>* %10, align 32
  store <8 x float> %48, <8 x float>* %9, align 32
  store <8 x float> %48, <8 x float>* %8, align 32
  store <8 x float> %48, <8 x float>* %7, align 32
  store <8 x float> %48, <8 x float>* %6, align 32
  %49 = mul i64 %x, 4
  %50 = sub i64 %49, 0
  br label %u.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %51 = icmp slt i64 %u, 3
  br i1 %51, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %52 = mul i64 %u, 50176
  %53 = add i64 %31, %52
  %54 = mul i64 %u, 968
  %55 = add i64 %35, %54
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %56 = add i64 %x, 0
  %57 = mul i64 %24, 12
  %58 = add i64 %57, %27
  %59 = add i64 %58, 0
  %60 = mul i64 %59, 54
  %61 = add i64 %60, %21
  %62 = mul i64 %61, 54
  %63 = add i64 %62, %56
  %64 = mul i64 %63, 8
  %65 = load <8 x float>, <8 x float>* %17, align 32
  %66 = fcmp ogt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> %65, <8 x float> zeroinitializer
  %68 = getelementptr inbounds float, float* %0, i64 %64
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add i64 %x, 1
  %71 = mul i64 %24, 12
  %72 = add i64 %71, %27
  %73 = add i64 %72, 0
  %74 = mul i64 %73, 54
  %75 = add i64 %74, %21
  %76 = mul i64 %75, 54
  %77 = add i64 %76, %70
  %78 = mul i64 %77, 8
  %79 = load <8 x float>, <8 x float>* %16, align 32
  %80 = fcmp ogt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> %79, <8 x float> zeroinitializer
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %x, 2
  %85 = mul i64 %24, 12
  %86 = add i64 %85, %27
  %87 = add i64 %86, 0
  %88 = mul i64 %87, 54
  %89 = add i64 %88, %21
  %90 = mul i64 %89, 54
  %91 = add i64 %90, %84
  %92 = mul i64 %91, 8
  %93 = load <8 x float>, <8 x float>* %15, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = getelementptr inbounds float, float* %0, i64 %92
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %95, <8 x float>* %97, align 4
  %98 = add i64 %x, 3
  %99 = mul i64 %24, 12
  %100 = add i64 %99, %27
  %101 = add i64 %100, 0
  %102 = mul i64 %101, 54
  %103 = add i64 %102, %21
  %104 = mul i64 %103, 54
  %105 = add i64 %104, %98
  %106 = mul i64 %105, 8
  %107 = load <8 x float>, <8 x float>* %14, align 32
  %108 = fcmp ogt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> %107, <8 x float> zeroinitializer
  %110 = getelementptr inbounds float, float* %0, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  %112 = add i64 %x, 4
  %113 = mul i64 %24, 12
  %114 = add i64 %113, %27
  %115 = add i64 %114, 0
  %116 = mul i64 %115, 54
  %117 = add i64 %116, %21
  %118 = mul i64 %117, 54
  %119 = add i64 %118, %112
  %120 = mul i64 %119, 8
  %121 = load <8 x float>, <8 x float>* %13, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = getelementptr inbounds float, float* %0, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %126 = add i64 %x, 5
  %127 = mul i64 %24, 12
  %128 = add i64 %127, %27
  %129 = add i64 %128, 0
  %130 = mul i64 %129, 54
  %131 = add i64 %130, %21
  %132 = mul i64 %131, 54
  %133 = add i64 %132, %126
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %12, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = add i64 %x, 0
  %141 = mul i64 %24, 12
  %142 = add i64 %141, %27
  %143 = add i64 %142, 1
  %144 = mul i64 %143, 54
  %145 = add i64 %144, %21
  %146 = mul i64 %145, 54
  %147 = add i64 %146, %140
  %148 = mul i64 %147, 8
  %149 = load <8 x float>, <8 x float>* %11, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = getelementptr inbounds float, float* %0, i64 %148
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = add i64 %x, 1
  %155 = mul i64 %24, 12
  %156 = add i64 %155, %27
  %157 = add i64 %156, 1
  %158 = mul i64 %157, 54
  %159 = add i64 %158, %21
  %160 = mul i64 %159, 54
  %161 = add i64 %160, %154
  %162 = mul i64 %161, 8
  %163 = load <8 x float>, <8 x float>* %10, align 32
  %164 = fcmp ogt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> %163, <8 x float> zeroinitializer
  %166 = getelementptr inbounds float, float* %0, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 2
  %169 = mul i64 %24, 12
  %170 = add i64 %169, %27
  %171 = add i64 %170, 1
  %172 = mul i64 %171, 54
  %173 = add i64 %172, %21
  %174 = mul i64 %173, 54
  %175 = add i64 %174, %168
  %176 = mul i64 %175, 8
  %177 = load <8 x float>, <8 x float>* %9, align 32
  %178 = fcmp ogt <8 x float> %177, zeroinitializer
  %179 = select <8 x i1> %178, <8 x float> %177, <8 x float> zeroinitializer
  %180 = getelementptr inbounds float, float* %0, i64 %176
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %179, <8 x float>* %181, align 4
  %182 = add i64 %x, 3
  %183 = mul i64 %24, 12
  %184 = add i64 %183, %27
  %185 = add i64 %184, 1
  %186 = mul i64 %185, 54
  %187 = add i64 %186, %21
  %188 = mul i64 %187, 54
  %189 = add i64 %188, %182
  %190 = mul i64 %189, 8
  %191 = load <8 x float>, <8 x float>* %8, align 32
  %192 = fcmp ogt <8 x float> %191, zeroinitializer
  %193 = select <8 x i1> %192, <8 x float> %191, <8 x float> zeroinitializer
  %194 = getelementptr inbounds float, float* %0, i64 %190
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %193, <8 x float>* %195, align 4
  %196 = add i64 %x, 4
  %197 = mul i64 %24, 12
  %198 = add i64 %197, %27
  %199 = add i64 %198, 1
  %200 = mul i64 %199, 54
  %201 = add i64 %200, %21
  %202 = mul i64 %201, 54
  %203 = add i64 %202, %196
  %204 = mul i64 %203, 8
  %205 = load <8 x float>, <8 x float>* %7, align 32
  %206 = fcmp ogt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> %205, <8 x float> zeroinitializer
  %208 = getelementptr inbounds float, float* %0, i64 %204
  %209 = bitcast float* %208 to <8 x float>*
  store <8 x float> %207, <8 x float>* %209, align 4
  %210 = add i64 %x, 5
  %211 = mul i64 %24, 12
  %212 = add i64 %211, %27
  %213 = add i64 %212, 1
  %214 = mul i64 %213, 54
  %215 = add i64 %214, %21
  %216 = mul i64 %215, 54
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
  %224 = icmp slt i64 %kh, 11
  br i1 %224, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %225 = mul i64 %kh, 1
  %226 = add i64 %37, %225
  %227 = icmp sge i64 %226, 0
  %228 = icmp slt i64 %226, 224
  %229 = and i1 %227, %228
  br i1 %229, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %230 = mul i64 %226, 224
  %231 = add i64 %53, %230
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %232 = icmp slt i64 %kw, 11
  br i1 %232, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %233 = mul i64 %kw, 1
  %234 = add i64 %50, %233
  %235 = mul i64 %kh, 11
  %236 = add i64 %235, %kw
  %237 = mul i64 %236, 8
  %238 = add i64 %55, %237
  %239 = add i64 %238, 0
  %240 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv2d_1.packed to float*), i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = add i64 %238, 2904
  %244 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv2d_1.packed to float*), i64 %243
  %245 = bitcast float* %244 to <8 x float>*
  %246 = load <8 x float>, <8 x float>* %245, align 4
  %247 = add i64 %234, 0
  %248 = mul i64 %247, 1
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
  %258 = add i64 %234, 4
  %259 = mul i64 %258, 1
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
  %269 = add i64 %234, 8
  %270 = mul i64 %269, 1
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
  %280 = add i64 %234, 12
  %281 = mul i64 %280, 1
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
  %291 = add i64 %234, 16
  %292 = mul i64 %291, 1
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
  %302 = add i64 %234, 20
  %303 = mul i64 %302, 1
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
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif
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
  %19 = add i64 324, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 324
  %23 = select i1 %22, i64 %21, i64 324
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 324
  %26 = select i1 %25, i64 %24, i64 324
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
  %19 = srem i64 %task, 6
  %20 = sdiv i64 %task, 6
  %21 = srem i64 %20, 27
  %22 = sdiv i64 %task, 162
  %23 = srem i64 %22, 1
  %24 = sdiv i64 %22, 1
  %25 = mul i64 %23, 12
  %26 = mul i64 %19, 2
  %27 = add i64 %25, %26
  %28 = mul i64 %24, 12
  %29 = mul i64 %23, 12
  %30 = add i64 %28, %29
  %31 = mul i64 %30, 23328
  %32 = mul i64 %23, 12
  %33 = mul i64 %19, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 768
  %36 = mul i64 %21, 1
  %37 = sub i64 %36, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %38 = icmp slt i64 %x, 108
  br i1 %38, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %39 = add i64 %27, 0
  %40 = mul i64 %39, 8
  %41 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_2.bias to float*), i64 %40
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
  %46 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_2.bias to float*), i64 %45
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
  %51 = icmp slt i64 %u, 12
  br i1 %51, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %52 = mul i64 %u, 23328
  %53 = add i64 %31, %52
  %54 = mul i64 %u, 64
  %55 = add i64 %35, %54
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %56 = add i64 %x, 0
  %57 = mul i64 %24, 12
  %58 = add i64 %57, %27
  %59 = add i64 %58, 0
  %60 = mul i64 %59, 27
  %61 = add i64 %60, %21
  %62 = mul i64 %61, 108
  %63 = add i64 %62, %56
  %64 = mul i64 %63, 8
  %65 = load <8 x float>, <8 x float>* %17, align 32
  %66 = fcmp ogt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> %65, <8 x float> zeroinitializer
  %68 = getelementptr inbounds float, float* %0, i64 %64
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add i64 %x, 1
  %71 = mul i64 %24, 12
  %72 = add i64 %71, %27
  %73 = add i64 %72, 0
  %74 = mul i64 %73, 27
  %75 = add i64 %74, %21
  %76 = mul i64 %75, 108
  %77 = add i64 %76, %70
  %78 = mul i64 %77, 8
  %79 = load <8 x float>, <8 x float>* %16, align 32
  %80 = fcmp ogt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> %79, <8 x float> zeroinitializer
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %x, 2
  %85 = mul i64 %24, 12
  %86 = add i64 %85, %27
  %87 = add i64 %86, 0
  %88 = mul i64 %87, 27
  %89 = add i64 %88, %21
  %90 = mul i64 %89, 108
  %91 = add i64 %90, %84
  %92 = mul i64 %91, 8
  %93 = load <8 x float>, <8 x float>* %15, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = getelementptr inbounds float, float* %0, i64 %92
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %95, <8 x float>* %97, align 4
  %98 = add i64 %x, 3
  %99 = mul i64 %24, 12
  %100 = add i64 %99, %27
  %101 = add i64 %100, 0
  %102 = mul i64 %101, 27
  %103 = add i64 %102, %21
  %104 = mul i64 %103, 108
  %105 = add i64 %104, %98
  %106 = mul i64 %105, 8
  %107 = load <8 x float>, <8 x float>* %14, align 32
  %108 = fcmp ogt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> %107, <8 x float> zeroinitializer
  %110 = getelementptr inbounds float, float* %0, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  %112 = add i64 %x, 4
  %113 = mul i64 %24, 12
  %114 = add i64 %113, %27
  %115 = add i64 %114, 0
  %116 = mul i64 %115, 27
  %117 = add i64 %116, %21
  %118 = mul i64 %117, 108
  %119 = add i64 %118, %112
  %120 = mul i64 %119, 8
  %121 = load <8 x float>, <8 x float>* %13, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = getelementptr inbounds float, float* %0, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %126 = add i64 %x, 5
  %127 = mul i64 %24, 12
  %128 = add i64 %127, %27
  %129 = add i64 %128, 0
  %130 = mul i64 %129, 27
  %131 = add i64 %130, %21
  %132 = mul i64 %131, 108
  %133 = add i64 %132, %126
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %12, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = add i64 %x, 0
  %141 = mul i64 %24, 12
  %142 = add i64 %141, %27
  %143 = add i64 %142, 1
  %144 = mul i64 %143, 27
  %145 = add i64 %144, %21
  %146 = mul i64 %145, 108
  %147 = add i64 %146, %140
  %148 = mul i64 %147, 8
  %149 = load <8 x float>, <8 x float>* %11, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = getelementptr inbounds float, float* %0, i64 %148
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = add i64 %x, 1
  %155 = mul i64 %24, 12
  %156 = add i64 %155, %27
  %157 = add i64 %156, 1
  %158 = mul i64 %157, 27
  %159 = add i64 %158, %21
  %160 = mul i64 %159, 108
  %161 = add i64 %160, %154
  %162 = mul i64 %161, 8
  %163 = load <8 x float>, <8 x float>* %10, align 32
  %164 = fcmp ogt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> %163, <8 x float> zeroinitializer
  %166 = getelementptr inbounds float, float* %0, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 2
  %169 = mul i64 %24, 12
  %170 = add i64 %169, %27
  %171 = add i64 %170, 1
  %172 = mul i64 %171, 27
  %173 = add i64 %172, %21
  %174 = mul i64 %173, 108
  %175 = add i64 %174, %168
  %176 = mul i64 %175, 8
  %177 = load <8 x float>, <8 x float>* %9, align 32
  %178 = fcmp ogt <8 x float> %177, zeroinitializer
  %179 = select <8 x i1> %178, <8 x float> %177, <8 x float> zeroinitializer
  %180 = getelementptr inbounds float, float* %0, i64 %176
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %179, <8 x float>* %181, align 4
  %182 = add i64 %x, 3
  %183 = mul i64 %24, 12
  %184 = add i64 %183, %27
  %185 = add i64 %184, 1
  %186 = mul i64 %185, 27
  %187 = add i64 %186, %21
  %188 = mul i64 %187, 108
  %189 = add i64 %188, %182
  %190 = mul i64 %189, 8
  %191 = load <8 x float>, <8 x float>* %8, align 32
  %192 = fcmp ogt <8 x float> %191, zeroinitializer
  %193 = select <8 x i1> %192, <8 x float> %191, <8 x float> zeroinitializer
  %194 = getelementptr inbounds float, float* %0, i64 %190
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %193, <8 x float>* %195, align 4
  %196 = add i64 %x, 4
  %197 = mul i64 %24, 12
  %198 = add i64 %197, %27
  %199 = add i64 %198, 1
  %200 = mul i64 %199, 27
  %201 = add i64 %200, %21
  %202 = mul i64 %201, 108
  %203 = add i64 %202, %196
  %204 = mul i64 %203, 8
  %205 = load <8 x float>, <8 x float>* %7, align 32
  %206 = fcmp ogt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> %205, <8 x float> zeroinitializer
  %208 = getelementptr inbounds float, float* %0, i64 %204
  %209 = bitcast float* %208 to <8 x float>*
  store <8 x float> %207, <8 x float>* %209, align 4
  %210 = add i64 %x, 5
  %211 = mul i64 %24, 12
  %212 = add i64 %211, %27
  %213 = add i64 %212, 1
  %214 = mul i64 %213, 27
  %215 = add i64 %214, %21
  %216 = mul i64 %215, 108
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
  %224 = icmp slt i64 %kh, 1
  br i1 %224, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %225 = mul i64 %kh, 1
  %226 = add i64 %37, %225
  %227 = icmp sge i64 %226, 0
  %228 = icmp slt i64 %226, 27
  %229 = and i1 %227, %228
  br i1 %229, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %230 = mul i64 %226, 864
  %231 = add i64 %53, %230
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %232 = icmp slt i64 %kw, 1
  br i1 %232, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %233 = mul i64 %kw, 1
  %234 = add i64 %50, %233
  %235 = mul i64 %kh, 1
  %236 = add i64 %235, %kw
  %237 = mul i64 %236, 64
  %238 = add i64 %55, %237
  %239 = add i64 %238, 0
  %240 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = add i64 %238, 768
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
  %317 = add i64 %238, 776
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
  %391 = add i64 %238, 784
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
  %465 = add i64 %238, 792
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
  %539 = add i64 %238, 800
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
  %613 = add i64 %238, 808
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
  %687 = add i64 %238, 816
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
  %761 = add i64 %238, 824
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
  %19 = add i64 162, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 162
  %23 = select i1 %22, i64 %21, i64 162
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 162
  %26 = select i1 %25, i64 %24, i64 162
  call void @node1.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %19 = srem i64 %task, 6
  %20 = sdiv i64 %task, 6
  %21 = srem i64 %20, 27
  %22 = sdiv i64 %task, 162
  %23 = srem i64 %22, 1
  %24 = sdiv i64 %22, 1
  %25 = mul i64 %23, 12
  %26 = mul i64 %19, 2
  %27 = add i64 %25, %26
  %28 = mul i64 %24, 12
  %29 = mul i64 %23, 12
  %30 = add i64 %28, %29
  %31 = mul i64 %30, 23328
  %32 = mul i64 %23, 12
  %33 = mul i64 %19, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 768
  %36 = mul i64 %21, 1
  %37 = sub i64 %36, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %38 = icmp slt i64 %x, 108
  br i1 %38, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %39 = add i64 %27, 0
  %40 = mul i64 %39, 8
  %41 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_3.bias to float*), i64 %40
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
  %46 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_3.bias to float*), i64 %45
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
  %51 = icmp slt i64 %u, 12
  br i1 %51, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %52 = mul i64 %u, 23328
  %53 = add i64 %31, %52
  %54 = mul i64 %u, 64
  %55 = add i64 %35, %54
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %56 = add i64 %x, 0
  %57 = mul i64 %24, 12
  %58 = add i64 %57, %27
  %59 = add i64 %58, 0
  %60 = mul i64 %59, 27
  %61 = add i64 %60, %21
  %62 = mul i64 %61, 108
  %63 = add i64 %62, %56
  %64 = mul i64 %63, 8
  %65 = load <8 x float>, <8 x float>* %17, align 32
  %66 = fcmp ogt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> %65, <8 x float> zeroinitializer
  %68 = getelementptr inbounds float, float* %0, i64 %64
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add i64 %x, 1
  %71 = mul i64 %24, 12
  %72 = add i64 %71, %27
  %73 = add i64 %72, 0
  %74 = mul i64 %73, 27
  %75 = add i64 %74, %21
  %76 = mul i64 %75, 108
  %77 = add i64 %76, %70
  %78 = mul i64 %77, 8
  %79 = load <8 x float>, <8 x float>* %16, align 32
  %80 = fcmp ogt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> %79, <8 x float> zeroinitializer
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %x, 2
  %85 = mul i64 %24, 12
  %86 = add i64 %85, %27
  %87 = add i64 %86, 0
  %88 = mul i64 %87, 27
  %89 = add i64 %88, %21
  %90 = mul i64 %89, 108
  %91 = add i64 %90, %84
  %92 = mul i64 %91, 8
  %93 = load <8 x float>, <8 x float>* %15, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = getelementptr inbounds float, float* %0, i64 %92
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %95, <8 x float>* %97, align 4
  %98 = add i64 %x, 3
  %99 = mul i64 %24, 12
  %100 = add i64 %99, %27
  %101 = add i64 %100, 0
  %102 = mul i64 %101, 27
  %103 = add i64 %102, %21
  %104 = mul i64 %103, 108
  %105 = add i64 %104, %98
  %106 = mul i64 %105, 8
  %107 = load <8 x float>, <8 x float>* %14, align 32
  %108 = fcmp ogt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> %107, <8 x float> zeroinitializer
  %110 = getelementptr inbounds float, float* %0, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  %112 = add i64 %x, 4
  %113 = mul i64 %24, 12
  %114 = add i64 %113, %27
  %115 = add i64 %114, 0
  %116 = mul i64 %115, 27
  %117 = add i64 %116, %21
  %118 = mul i64 %117, 108
  %119 = add i64 %118, %112
  %120 = mul i64 %119, 8
  %121 = load <8 x float>, <8 x float>* %13, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = getelementptr inbounds float, float* %0, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %126 = add i64 %x, 5
  %127 = mul i64 %24, 12
  %128 = add i64 %127, %27
  %129 = add i64 %128, 0
  %130 = mul i64 %129, 27
  %131 = add i64 %130, %21
  %132 = mul i64 %131, 108
  %133 = add i64 %132, %126
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %12, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = add i64 %x, 0
  %141 = mul i64 %24, 12
  %142 = add i64 %141, %27
  %143 = add i64 %142, 1
  %144 = mul i64 %143, 27
  %145 = add i64 %144, %21
  %146 = mul i64 %145, 108
  %147 = add i64 %146, %140
  %148 = mul i64 %147, 8
  %149 = load <8 x float>, <8 x float>* %11, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = getelementptr inbounds float, float* %0, i64 %148
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = add i64 %x, 1
  %155 = mul i64 %24, 12
  %156 = add i64 %155, %27
  %157 = add i64 %156, 1
  %158 = mul i64 %157, 27
  %159 = add i64 %158, %21
  %160 = mul i64 %159, 108
  %161 = add i64 %160, %154
  %162 = mul i64 %161, 8
  %163 = load <8 x float>, <8 x float>* %10, align 32
  %164 = fcmp ogt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> %163, <8 x float> zeroinitializer
  %166 = getelementptr inbounds float, float* %0, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 2
  %169 = mul i64 %24, 12
  %170 = add i64 %169, %27
  %171 = add i64 %170, 1
  %172 = mul i64 %171, 27
  %173 = add i64 %172, %21
  %174 = mul i64 %173, 108
  %175 = add i64 %174, %168
  %176 = mul i64 %175, 8
  %177 = load <8 x float>, <8 x float>* %9, align 32
  %178 = fcmp ogt <8 x float> %177, zeroinitializer
  %179 = select <8 x i1> %178, <8 x float> %177, <8 x float> zeroinitializer
  %180 = getelementptr inbounds float, float* %0, i64 %176
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %179, <8 x float>* %181, align 4
  %182 = add i64 %x, 3
  %183 = mul i64 %24, 12
  %184 = add i64 %183, %27
  %185 = add i64 %184, 1
  %186 = mul i64 %185, 27
  %187 = add i64 %186, %21
  %188 = mul i64 %187, 108
  %189 = add i64 %188, %182
  %190 = mul i64 %189, 8
  %191 = load <8 x float>, <8 x float>* %8, align 32
  %192 = fcmp ogt <8 x float> %191, zeroinitializer
  %193 = select <8 x i1> %192, <8 x float> %191, <8 x float> zeroinitializer
  %194 = getelementptr inbounds float, float* %0, i64 %190
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %193, <8 x float>* %195, align 4
  %196 = add i64 %x, 4
  %197 = mul i64 %24, 12
  %198 = add i64 %197, %27
  %199 = add i64 %198, 1
  %200 = mul i64 %199, 27
  %201 = add i64 %200, %21
  %202 = mul i64 %201, 108
  %203 = add i64 %202, %196
  %204 = mul i64 %203, 8
  %205 = load <8 x float>, <8 x float>* %7, align 32
  %206 = fcmp ogt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> %205, <8 x float> zeroinitializer
  %208 = getelementptr inbounds float, float* %0, i64 %204
  %209 = bitcast float* %208 to <8 x float>*
  store <8 x float> %207, <8 x float>* %209, align 4
  %210 = add i64 %x, 5
  %211 = mul i64 %24, 12
  %212 = add i64 %211, %27
  %213 = add i64 %212, 1
  %214 = mul i64 %213, 27
  %215 = add i64 %214, %21
  %216 = mul i64 %215, 108
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
  %224 = icmp slt i64 %kh, 1
  br i1 %224, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %225 = mul i64 %kh, 1
  %226 = add i64 %37, %225
  %227 = icmp sge i64 %226, 0
  %228 = icmp slt i64 %226, 27
  %229 = and i1 %227, %228
  br i1 %229, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %230 = mul i64 %226, 864
  %231 = add i64 %53, %230
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %232 = icmp slt i64 %kw, 1
  br i1 %232, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %233 = mul i64 %kw, 1
  %234 = add i64 %50, %233
  %235 = mul i64 %kh, 1
  %236 = add i64 %235, %kw
  %237 = mul i64 %236, 64
  %238 = add i64 %55, %237
  %239 = add i64 %238, 0
  %240 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = add i64 %238, 768
  %244 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %243
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
  %314 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %313
  %315 = bitcast float* %314 to <8 x float>*
  %316 = load <8 x float>, <8 x float>* %315, align 4
  %317 = add i64 %238, 776
  %318 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %317
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
  %388 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = add i64 %238, 784
  %392 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %391
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
  %462 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  %464 = load <8 x float>, <8 x float>* %463, align 4
  %465 = add i64 %238, 792
  %466 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %465
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
  %536 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %238, 800
  %540 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %539
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
  %610 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %609
  %611 = bitcast float* %610 to <8 x float>*
  %612 = load <8 x float>, <8 x float>* %611, align 4
  %613 = add i64 %238, 808
  %614 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %613
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
  %684 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %683
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = add i64 %238, 816
  %688 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %687
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
  %758 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %757
  %759 = bitcast float* %758 to <8 x float>*
  %760 = load <8 x float>, <8 x float>* %759, align 4
  %761 = add i64 %238, 824
  %762 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.packed to float*), i64 %761
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
define internal void @node2.conv2d_3.step0(i8* %0) #2 {
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
  %19 = add i64 162, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 162
  %23 = select i1 %22, i64 %21, i64 162
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 162
  %26 = select i1 %25, i64 %24, i64 162
  call void @node2.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 26
  %9 = srem i64 %task, 26
  %10 = mul i64 %8, 23328
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 26
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 208
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 3
  %21 = icmp slt i64 %20, 54
  %22 = select i1 %21, i64 %20, i64 54
  %23 = add i64 %17, 3
  %24 = icmp slt i64 %23, 54
  %25 = select i1 %24, i64 %23, i64 54
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 26
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 3
  %33 = icmp slt i64 %32, 54
  %34 = select i1 %33, i64 %32, i64 54
  %35 = add i64 %29, 3
  %36 = icmp slt i64 %35, 54
  %37 = select i1 %36, i64 %35, i64 54
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
  %45 = mul i64 %r, 54
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
define internal void @node3.maxPool2d_1.step0(i8* %0) #2 {
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
  %19 = add i64 312, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 312
  %23 = select i1 %22, i64 %21, i64 312
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 312
  %26 = select i1 %25, i64 %24, i64 312
  call void @node3.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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

task.header:                                      ; preds = %xb.exit126, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit126 ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %31 = srem i64 %task, 16
  %32 = sdiv i64 %task, 16
  %33 = srem i64 %32, 26
  %34 = sdiv i64 %task, 416
  %35 = srem i64 %34, 1
  %36 = sdiv i64 %34, 1
  %37 = mul i64 %35, 32
  %38 = mul i64 %31, 2
  %39 = add i64 %37, %38
  %40 = mul i64 %36, 12
  %41 = mul i64 %35, 12
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 5408
  %44 = mul i64 %35, 32
  %45 = mul i64 %31, 2
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 19200
  %48 = mul i64 %33, 1
  %49 = sub i64 %48, 2
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 2, %task.body ], [ %x.next, %u.exit ]
  %50 = icmp slt i64 %x, 20
  br i1 %50, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %51 = add i64 %39, 0
  %52 = mul i64 %51, 8
  %53 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  store <8 x float> %55, <8 x float>* %29, align 32
  store <8 x float> %55, <8 x float>* %28, align 32
  store <8 x float> %55, <8 x float>* %27, align 32
  store <8 x float> %55, <8 x float>* %26, align 32
  store <8 x float> %55, <8 x float>* %25, align 32
  store <8 x float> %55, <8 x float>* %24, align 32
  %56 = add i64 %39, 1
  %57 = mul i64 %56, 8
  %58 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  store <8 x float> %60, <8 x float>* %23, align 32
  store <8 x float> %60, <8 x float>* %22, align 32
  store <8 x float> %60, <8 x float>* %21, align 32
  store <8 x float> %60, <8 x float>* %20, align 32
  store <8 x float> %60, <8 x float>* %19, align 32
  store <8 x float> %60, <8 x float>* %18, align 32
  %61 = mul i64 %x, 1
  %62 = sub i64 %61, 2
  br label %u.header

x.exit:                                           ; preds = %x.header
  %63 = add i64 %39, 0
  %64 = mul i64 %63, 8
  %65 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  store <8 x float> %67, <8 x float>* %17, align 32
  store <8 x float> %67, <8 x float>* %16, align 32
  store <8 x float> %67, <8 x float>* %15, align 32
  store <8 x float> %67, <8 x float>* %14, align 32
  %68 = add i64 %39, 1
  %69 = mul i64 %68, 8
  %70 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  %72 = load <8 x float>, <8 x float>* %71, align 4
  store <8 x float> %72, <8 x float>* %13, align 32
  store <8 x float> %72, <8 x float>* %12, align 32
  store <8 x float> %72, <8 x float>* %11, align 32
  store <8 x float> %72, <8 x float>* %10, align 32
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %73 = icmp slt i64 %u, 12
  br i1 %73, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %74 = mul i64 %u, 5408
  %75 = add i64 %43, %74
  %76 = mul i64 %u, 1600
  %77 = add i64 %47, %76
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %78 = add i64 %x, 0
  %79 = mul i64 %36, 32
  %80 = add i64 %79, %39
  %81 = add i64 %80, 0
  %82 = mul i64 %81, 26
  %83 = add i64 %82, %33
  %84 = mul i64 %83, 26
  %85 = add i64 %84, %78
  %86 = mul i64 %85, 8
  %87 = load <8 x float>, <8 x float>* %29, align 32
  %88 = fcmp ogt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> %87, <8 x float> zeroinitializer
  %90 = getelementptr inbounds float, float* %0, i64 %86
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %89, <8 x float>* %91, align 4
  %92 = add i64 %x, 1
  %93 = mul i64 %36, 32
  %94 = add i64 %93, %39
  %95 = add i64 %94, 0
  %96 = mul i64 %95, 26
  %97 = add i64 %96, %33
  %98 = mul i64 %97, 26
  %99 = add i64 %98, %92
  %100 = mul i64 %99, 8
  %101 = load <8 x float>, <8 x float>* %28, align 32
  %102 = fcmp ogt <8 x float> %101, zeroinitializer
  %103 = select <8 x i1> %102, <8 x float> %101, <8 x float> zeroinitializer
  %104 = getelementptr inbounds float, float* %0, i64 %100
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %103, <8 x float>* %105, align 4
  %106 = add i64 %x, 2
  %107 = mul i64 %36, 32
  %108 = add i64 %107, %39
  %109 = add i64 %108, 0
  %110 = mul i64 %109, 26
  %111 = add i64 %110, %33
  %112 = mul i64 %111, 26
  %113 = add i64 %112, %106
  %114 = mul i64 %113, 8
  %115 = load <8 x float>, <8 x float>* %27, align 32
  %116 = fcmp ogt <8 x float> %115, zeroinitializer
  %117 = select <8 x i1> %116, <8 x float> %115, <8 x float> zeroinitializer
  %118 = getelementptr inbounds float, float* %0, i64 %114
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %117, <8 x float>* %119, align 4
  %120 = add i64 %x, 3
  %121 = mul i64 %36, 32
  %122 = add i64 %121, %39
  %123 = add i64 %122, 0
  %124 = mul i64 %123, 26
  %125 = add i64 %124, %33
  %126 = mul i64 %125, 26
  %127 = add i64 %126, %120
  %128 = mul i64 %127, 8
  %129 = load <8 x float>, <8 x float>* %26, align 32
  %130 = fcmp ogt <8 x float> %129, zeroinitializer
  %131 = select <8 x i1> %130, <8 x float> %129, <8 x float> zeroinitializer
  %132 = getelementptr inbounds float, float* %0, i64 %128
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %131, <8 x float>* %133, align 4
  %134 = add i64 %x, 4
  %135 = mul i64 %36, 32
  %136 = add i64 %135, %39
  %137 = add i64 %136, 0
  %138 = mul i64 %137, 26
  %139 = add i64 %138, %33
  %140 = mul i64 %139, 26
  %141 = add i64 %140, %134
  %142 = mul i64 %141, 8
  %143 = load <8 x float>, <8 x float>* %25, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = getelementptr inbounds float, float* %0, i64 %142
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %145, <8 x float>* %147, align 4
  %148 = add i64 %x, 5
  %149 = mul i64 %36, 32
  %150 = add i64 %149, %39
  %151 = add i64 %150, 0
  %152 = mul i64 %151, 26
  %153 = add i64 %152, %33
  %154 = mul i64 %153, 26
  %155 = add i64 %154, %148
  %156 = mul i64 %155, 8
  %157 = load <8 x float>, <8 x float>* %24, align 32
  %158 = fcmp ogt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> %157, <8 x float> zeroinitializer
  %160 = getelementptr inbounds float, float* %0, i64 %156
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %159, <8 x float>* %161, align 4
  %162 = add i64 %x, 0
  %163 = mul i64 %36, 32
  %164 = add i64 %163, %39
  %165 = add i64 %164, 1
  %166 = mul i64 %165, 26
  %167 = add i64 %166, %33
  %168 = mul i64 %167, 26
  %169 = add i64 %168, %162
  %170 = mul i64 %169, 8
  %171 = load <8 x float>, <8 x float>* %23, align 32
  %172 = fcmp ogt <8 x float> %171, zeroinitializer
  %173 = select <8 x i1> %172, <8 x float> %171, <8 x float> zeroinitializer
  %174 = getelementptr inbounds float, float* %0, i64 %170
  %175 = bitcast float* %174 to <8 x float>*
  store <8 x float> %173, <8 x float>* %175, align 4
  %176 = add i64 %x, 1
  %177 = mul i64 %36, 32
  %178 = add i64 %177, %39
  %179 = add i64 %178, 1
  %180 = mul i64 %179, 26
  %181 = add i64 %180, %33
  %182 = mul i64 %181, 26
  %183 = add i64 %182, %176
  %184 = mul i64 %183, 8
  %185 = load <8 x float>, <8 x float>* %22, align 32
  %186 = fcmp ogt <8 x float> %185, zeroinitializer
  %187 = select <8 x i1> %186, <8 x float> %185, <8 x float> zeroinitializer
  %188 = getelementptr inbounds float, float* %0, i64 %184
  %189 = bitcast float* %188 to <8 x float>*
  store <8 x float> %187, <8 x float>* %189, align 4
  %190 = add i64 %x, 2
  %191 = mul i64 %36, 32
  %192 = add i64 %191, %39
  %193 = add i64 %192, 1
  %194 = mul i64 %193, 26
  %195 = add i64 %194, %33
  %196 = mul i64 %195, 26
  %197 = add i64 %196, %190
  %198 = mul i64 %197, 8
  %199 = load <8 x float>, <8 x float>* %21, align 32
  %200 = fcmp ogt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> %199, <8 x float> zeroinitializer
  %202 = getelementptr inbounds float, float* %0, i64 %198
  %203 = bitcast float* %202 to <8 x float>*
  store <8 x float> %201, <8 x float>* %203, align 4
  %204 = add i64 %x, 3
  %205 = mul i64 %36, 32
  %206 = add i64 %205, %39
  %207 = add i64 %206, 1
  %208 = mul i64 %207, 26
  %209 = add i64 %208, %33
  %210 = mul i64 %209, 26
  %211 = add i64 %210, %204
  %212 = mul i64 %211, 8
  %213 = load <8 x float>, <8 x float>* %20, align 32
  %214 = fcmp ogt <8 x float> %213, zeroinitializer
  %215 = select <8 x i1> %214, <8 x float> %213, <8 x float> zeroinitializer
  %216 = getelementptr inbounds float, float* %0, i64 %212
  %217 = bitcast float* %216 to <8 x float>*
  store <8 x float> %215, <8 x float>* %217, align 4
  %218 = add i64 %x, 4
  %219 = mul i64 %36, 32
  %220 = add i64 %219, %39
  %221 = add i64 %220, 1
  %222 = mul i64 %221, 26
  %223 = add i64 %222, %33
  %224 = mul i64 %223, 26
  %225 = add i64 %224, %218
  %226 = mul i64 %225, 8
  %227 = load <8 x float>, <8 x float>* %19, align 32
  %228 = fcmp ogt <8 x float> %227, zeroinitializer
  %229 = select <8 x i1> %228, <8 x float> %227, <8 x float> zeroinitializer
  %230 = getelementptr inbounds float, float* %0, i64 %226
  %231 = bitcast float* %230 to <8 x float>*
  store <8 x float> %229, <8 x float>* %231, align 4
  %232 = add i64 %x, 5
  %233 = mul i64 %36, 32
  %234 = add i64 %233, %39
  %235 = add i64 %234, 1
  %236 = mul i64 %235, 26
  %237 = add i64 %236, %33
  %238 = mul i64 %237, 26
  %239 = add i64 %238, %232
  %240 = mul i64 %239, 8
  %241 = load <8 x float>, <8 x float>* %18, align 32
  %242 = fcmp ogt <8 x float> %241, zeroinitializer
  %243 = select <8 x i1> %242, <8 x float> %241, <8 x float> zeroinitializer
  %244 = getelementptr inbounds float, float* %0, i64 %240
  %245 = bitcast float* %244 to <8 x float>*
  store <8 x float> %243, <8 x float>* %245, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %246 = icmp slt i64 %kh, 5
  br i1 %246, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %247 = mul i64 %kh, 1
  %248 = add i64 %49, %247
  %249 = icmp sge i64 %248, 0
  %250 = icmp slt i64 %248, 26
  %251 = and i1 %249, %250
  br i1 %251, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %252 = mul i64 %248, 208
  %253 = add i64 %75, %252
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %254 = icmp slt i64 %kw, 5
  br i1 %254, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %255 = mul i64 %kw, 1
  %256 = add i64 %62, %255
  %257 = mul i64 %kh, 5
  %258 = add i64 %257, %kw
  %259 = mul i64 %258, 64
  %260 = add i64 %77, %259
  %261 = add i64 %260, 0
  %262 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = add i64 %260, 19200
  %266 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  %268 = load <8 x float>, <8 x float>* %267, align 4
  %269 = add i64 %256, 0
  %270 = mul i64 %269, 8
  %271 = add i64 %270, 0
  %272 = add i64 %253, %271
  %273 = getelementptr inbounds float, float* %1, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %29, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %264, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %29, align 32
  %278 = load <8 x float>, <8 x float>* %23, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %268, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %23, align 32
  %280 = add i64 %256, 1
  %281 = mul i64 %280, 8
  %282 = add i64 %281, 0
  %283 = add i64 %253, %282
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat1 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %28, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %264, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %28, align 32
  %289 = load <8 x float>, <8 x float>* %22, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %268, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %22, align 32
  %291 = add i64 %256, 2
  %292 = mul i64 %291, 8
  %293 = add i64 %292, 0
  %294 = add i64 %253, %293
  %295 = getelementptr inbounds float, float* %1, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat2 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %27, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %264, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %27, align 32
  %300 = load <8 x float>, <8 x float>* %21, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %268, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %21, align 32
  %302 = add i64 %256, 3
  %303 = mul i64 %302, 8
  %304 = add i64 %303, 0
  %305 = add i64 %253, %304
  %306 = getelementptr inbounds float, float* %1, i64 %305
  %307 = load float, float* %306, align 4
  %308 = insertelement <8 x float> undef, float %307, i32 0
  %splat3 = shufflevector <8 x float> %308, <8 x float> undef, <8 x i32> zeroinitializer
  %309 = load <8 x float>, <8 x float>* %26, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %264, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %26, align 32
  %311 = load <8 x float>, <8 x float>* %20, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %268, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %20, align 32
  %313 = add i64 %256, 4
  %314 = mul i64 %313, 8
  %315 = add i64 %314, 0
  %316 = add i64 %253, %315
  %317 = getelementptr inbounds float, float* %1, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat4 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %25, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %264, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %25, align 32
  %322 = load <8 x float>, <8 x float>* %19, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %268, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %19, align 32
  %324 = add i64 %256, 5
  %325 = mul i64 %324, 8
  %326 = add i64 %325, 0
  %327 = add i64 %253, %326
  %328 = getelementptr inbounds float, float* %1, i64 %327
  %329 = load float, float* %328, align 4
  %330 = insertelement <8 x float> undef, float %329, i32 0
  %splat5 = shufflevector <8 x float> %330, <8 x float> undef, <8 x i32> zeroinitializer
  %331 = load <8 x float>, <8 x float>* %24, align 32
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %264, <8 x float> %331)
  store <8 x float> %332, <8 x float>* %24, align 32
  %333 = load <8 x float>, <8 x float>* %18, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %268, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %18, align 32
  %335 = add i64 %260, 8
  %336 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  %338 = load <8 x float>, <8 x float>* %337, align 4
  %339 = add i64 %260, 19208
  %340 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %339
  %341 = bitcast float* %340 to <8 x float>*
  %342 = load <8 x float>, <8 x float>* %341, align 4
  %343 = add i64 %256, 0
  %344 = mul i64 %343, 8
  %345 = add i64 %344, 1
  %346 = add i64 %253, %345
  %347 = getelementptr inbounds float, float* %1, i64 %346
  %348 = load float, float* %347, align 4
  %349 = insertelement <8 x float> undef, float %348, i32 0
  %splat6 = shufflevector <8 x float> %349, <8 x float> undef, <8 x i32> zeroinitializer
  %350 = load <8 x float>, <8 x float>* %29, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %338, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %29, align 32
  %352 = load <8 x float>, <8 x float>* %23, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %342, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %23, align 32
  %354 = add i64 %256, 1
  %355 = mul i64 %354, 8
  %356 = add i64 %355, 1
  %357 = add i64 %253, %356
  %358 = getelementptr inbounds float, float* %1, i64 %357
  %359 = load float, float* %358, align 4
  %360 = insertelement <8 x float> undef, float %359, i32 0
  %splat7 = shufflevector <8 x float> %360, <8 x float> undef, <8 x i32> zeroinitializer
  %361 = load <8 x float>, <8 x float>* %28, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %338, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %28, align 32
  %363 = load <8 x float>, <8 x float>* %22, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %342, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %22, align 32
  %365 = add i64 %256, 2
  %366 = mul i64 %365, 8
  %367 = add i64 %366, 1
  %368 = add i64 %253, %367
  %369 = getelementptr inbounds float, float* %1, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat8 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %27, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %338, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %27, align 32
  %374 = load <8 x float>, <8 x float>* %21, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %342, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %21, align 32
  %376 = add i64 %256, 3
  %377 = mul i64 %376, 8
  %378 = add i64 %377, 1
  %379 = add i64 %253, %378
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat9 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %26, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %338, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %26, align 32
  %385 = load <8 x float>, <8 x float>* %20, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %342, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %20, align 32
  %387 = add i64 %256, 4
  %388 = mul i64 %387, 8
  %389 = add i64 %388, 1
  %390 = add i64 %253, %389
  %391 = getelementptr inbounds float, float* %1, i64 %390
  %392 = load float, float* %391, align 4
  %393 = insertelement <8 x float> undef, float %392, i32 0
  %splat10 = shufflevector <8 x float> %393, <8 x float> undef, <8 x i32> zeroinitializer
  %394 = load <8 x float>, <8 x float>* %25, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %338, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %25, align 32
  %396 = load <8 x float>, <8 x float>* %19, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %342, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %19, align 32
  %398 = add i64 %256, 5
  %399 = mul i64 %398, 8
  %400 = add i64 %399, 1
  %401 = add i64 %253, %400
  %402 = getelementptr inbounds float, float* %1, i64 %401
  %403 = load float, float* %402, align 4
  %404 = insertelement <8 x float> undef, float %403, i32 0
  %splat11 = shufflevector <8 x float> %404, <8 x float> undef, <8 x i32> zeroinitializer
  %405 = load <8 x float>, <8 x float>* %24, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %338, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %24, align 32
  %407 = load <8 x float>, <8 x float>* %18, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %342, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %18, align 32
  %409 = add i64 %260, 16
  %410 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  %412 = load <8 x float>, <8 x float>* %411, align 4
  %413 = add i64 %260, 19216
  %414 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %413
  %415 = bitcast float* %414 to <8 x float>*
  %416 = load <8 x float>, <8 x float>* %415, align 4
  %417 = add i64 %256, 0
  %418 = mul i64 %417, 8
  %419 = add i64 %418, 2
  %420 = add i64 %253, %419
  %421 = getelementptr inbounds float, float* %1, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat12 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %29, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %412, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %29, align 32
  %426 = load <8 x float>, <8 x float>* %23, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %416, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %23, align 32
  %428 = add i64 %256, 1
  %429 = mul i64 %428, 8
  %430 = add i64 %429, 2
  %431 = add i64 %253, %430
  %432 = getelementptr inbounds float, float* %1, i64 %431
  %433 = load float, float* %432, align 4
  %434 = insertelement <8 x float> undef, float %433, i32 0
  %splat13 = shufflevector <8 x float> %434, <8 x float> undef, <8 x i32> zeroinitializer
  %435 = load <8 x float>, <8 x float>* %28, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %412, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %28, align 32
  %437 = load <8 x float>, <8 x float>* %22, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %416, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %22, align 32
  %439 = add i64 %256, 2
  %440 = mul i64 %439, 8
  %441 = add i64 %440, 2
  %442 = add i64 %253, %441
  %443 = getelementptr inbounds float, float* %1, i64 %442
  %444 = load float, float* %443, align 4
  %445 = insertelement <8 x float> undef, float %444, i32 0
  %splat14 = shufflevector <8 x float> %445, <8 x float> undef, <8 x i32> zeroinitializer
  %446 = load <8 x float>, <8 x float>* %27, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %412, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %27, align 32
  %448 = load <8 x float>, <8 x float>* %21, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %416, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %21, align 32
  %450 = add i64 %256, 3
  %451 = mul i64 %450, 8
  %452 = add i64 %451, 2
  %453 = add i64 %253, %452
  %454 = getelementptr inbounds float, float* %1, i64 %453
  %455 = load float, float* %454, align 4
  %456 = insertelement <8 x float> undef, float %455, i32 0
  %splat15 = shufflevector <8 x float> %456, <8 x float> undef, <8 x i32> zeroinitializer
  %457 = load <8 x float>, <8 x float>* %26, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %412, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %26, align 32
  %459 = load <8 x float>, <8 x float>* %20, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %416, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %20, align 32
  %461 = add i64 %256, 4
  %462 = mul i64 %461, 8
  %463 = add i64 %462, 2
  %464 = add i64 %253, %463
  %465 = getelementptr inbounds float, float* %1, i64 %464
  %466 = load float, float* %465, align 4
  %467 = insertelement <8 x float> undef, float %466, i32 0
  %splat16 = shufflevector <8 x float> %467, <8 x float> undef, <8 x i32> zeroinitializer
  %468 = load <8 x float>, <8 x float>* %25, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %412, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %25, align 32
  %470 = load <8 x float>, <8 x float>* %19, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %416, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %19, align 32
  %472 = add i64 %256, 5
  %473 = mul i64 %472, 8
  %474 = add i64 %473, 2
  %475 = add i64 %253, %474
  %476 = getelementptr inbounds float, float* %1, i64 %475
  %477 = load float, float* %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %splat17 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = load <8 x float>, <8 x float>* %24, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %412, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %24, align 32
  %481 = load <8 x float>, <8 x float>* %18, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %416, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %18, align 32
  %483 = add i64 %260, 24
  %484 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = load <8 x float>, <8 x float>* %485, align 4
  %487 = add i64 %260, 19224
  %488 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  %490 = load <8 x float>, <8 x float>* %489, align 4
  %491 = add i64 %256, 0
  %492 = mul i64 %491, 8
  %493 = add i64 %492, 3
  %494 = add i64 %253, %493
  %495 = getelementptr inbounds float, float* %1, i64 %494
  %496 = load float, float* %495, align 4
  %497 = insertelement <8 x float> undef, float %496, i32 0
  %splat18 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %498 = load <8 x float>, <8 x float>* %29, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %486, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %29, align 32
  %500 = load <8 x float>, <8 x float>* %23, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %490, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %23, align 32
  %502 = add i64 %256, 1
  %503 = mul i64 %502, 8
  %504 = add i64 %503, 3
  %505 = add i64 %253, %504
  %506 = getelementptr inbounds float, float* %1, i64 %505
  %507 = load float, float* %506, align 4
  %508 = insertelement <8 x float> undef, float %507, i32 0
  %splat19 = shufflevector <8 x float> %508, <8 x float> undef, <8 x i32> zeroinitializer
  %509 = load <8 x float>, <8 x float>* %28, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %486, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %28, align 32
  %511 = load <8 x float>, <8 x float>* %22, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %490, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %22, align 32
  %513 = add i64 %256, 2
  %514 = mul i64 %513, 8
  %515 = add i64 %514, 3
  %516 = add i64 %253, %515
  %517 = getelementptr inbounds float, float* %1, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat20 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %27, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %486, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %27, align 32
  %522 = load <8 x float>, <8 x float>* %21, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %490, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %21, align 32
  %524 = add i64 %256, 3
  %525 = mul i64 %524, 8
  %526 = add i64 %525, 3
  %527 = add i64 %253, %526
  %528 = getelementptr inbounds float, float* %1, i64 %527
  %529 = load float, float* %528, align 4
  %530 = insertelement <8 x float> undef, float %529, i32 0
  %splat21 = shufflevector <8 x float> %530, <8 x float> undef, <8 x i32> zeroinitializer
  %531 = load <8 x float>, <8 x float>* %26, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %486, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %26, align 32
  %533 = load <8 x float>, <8 x float>* %20, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %490, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %20, align 32
  %535 = add i64 %256, 4
  %536 = mul i64 %535, 8
  %537 = add i64 %536, 3
  %538 = add i64 %253, %537
  %539 = getelementptr inbounds float, float* %1, i64 %538
  %540 = load float, float* %539, align 4
  %541 = insertelement <8 x float> undef, float %540, i32 0
  %splat22 = shufflevector <8 x float> %541, <8 x float> undef, <8 x i32> zeroinitializer
  %542 = load <8 x float>, <8 x float>* %25, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %486, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %25, align 32
  %544 = load <8 x float>, <8 x float>* %19, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %490, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %19, align 32
  %546 = add i64 %256, 5
  %547 = mul i64 %546, 8
  %548 = add i64 %547, 3
  %549 = add i64 %253, %548
  %550 = getelementptr inbounds float, float* %1, i64 %549
  %551 = load float, float* %550, align 4
  %552 = insertelement <8 x float> undef, float %551, i32 0
  %splat23 = shufflevector <8 x float> %552, <8 x float> undef, <8 x i32> zeroinitializer
  %553 = load <8 x float>, <8 x float>* %24, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %486, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %24, align 32
  %555 = load <8 x float>, <8 x float>* %18, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %490, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %18, align 32
  %557 = add i64 %260, 32
  %558 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %557
  %559 = bitcast float* %558 to <8 x float>*
  %560 = load <8 x float>, <8 x float>* %559, align 4
  %561 = add i64 %260, 19232
  %562 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %561
  %563 = bitcast float* %562 to <8 x float>*
  %564 = load <8 x float>, <8 x float>* %563, align 4
  %565 = add i64 %256, 0
  %566 = mul i64 %565, 8
  %567 = add i64 %566, 4
  %568 = add i64 %253, %567
  %569 = getelementptr inbounds float, float* %1, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat24 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %29, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %560, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %29, align 32
  %574 = load <8 x float>, <8 x float>* %23, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %564, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %23, align 32
  %576 = add i64 %256, 1
  %577 = mul i64 %576, 8
  %578 = add i64 %577, 4
  %579 = add i64 %253, %578
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat25 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %28, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %560, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %28, align 32
  %585 = load <8 x float>, <8 x float>* %22, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %564, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %22, align 32
  %587 = add i64 %256, 2
  %588 = mul i64 %587, 8
  %589 = add i64 %588, 4
  %590 = add i64 %253, %589
  %591 = getelementptr inbounds float, float* %1, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat26 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %27, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %560, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %27, align 32
  %596 = load <8 x float>, <8 x float>* %21, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %564, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %21, align 32
  %598 = add i64 %256, 3
  %599 = mul i64 %598, 8
  %600 = add i64 %599, 4
  %601 = add i64 %253, %600
  %602 = getelementptr inbounds float, float* %1, i64 %601
  %603 = load float, float* %602, align 4
  %604 = insertelement <8 x float> undef, float %603, i32 0
  %splat27 = shufflevector <8 x float> %604, <8 x float> undef, <8 x i32> zeroinitializer
  %605 = load <8 x float>, <8 x float>* %26, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %560, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %26, align 32
  %607 = load <8 x float>, <8 x float>* %20, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %564, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %20, align 32
  %609 = add i64 %256, 4
  %610 = mul i64 %609, 8
  %611 = add i64 %610, 4
  %612 = add i64 %253, %611
  %613 = getelementptr inbounds float, float* %1, i64 %612
  %614 = load float, float* %613, align 4
  %615 = insertelement <8 x float> undef, float %614, i32 0
  %splat28 = shufflevector <8 x float> %615, <8 x float> undef, <8 x i32> zeroinitializer
  %616 = load <8 x float>, <8 x float>* %25, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %560, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %25, align 32
  %618 = load <8 x float>, <8 x float>* %19, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %564, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %19, align 32
  %620 = add i64 %256, 5
  %621 = mul i64 %620, 8
  %622 = add i64 %621, 4
  %623 = add i64 %253, %622
  %624 = getelementptr inbounds float, float* %1, i64 %623
  %625 = load float, float* %624, align 4
  %626 = insertelement <8 x float> undef, float %625, i32 0
  %splat29 = shufflevector <8 x float> %626, <8 x float> undef, <8 x i32> zeroinitializer
  %627 = load <8 x float>, <8 x float>* %24, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %560, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %24, align 32
  %629 = load <8 x float>, <8 x float>* %18, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %564, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %18, align 32
  %631 = add i64 %260, 40
  %632 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %631
  %633 = bitcast float* %632 to <8 x float>*
  %634 = load <8 x float>, <8 x float>* %633, align 4
  %635 = add i64 %260, 19240
  %636 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %635
  %637 = bitcast float* %636 to <8 x float>*
  %638 = load <8 x float>, <8 x float>* %637, align 4
  %639 = add i64 %256, 0
  %640 = mul i64 %639, 8
  %641 = add i64 %640, 5
  %642 = add i64 %253, %641
  %643 = getelementptr inbounds float, float* %1, i64 %642
  %644 = load float, float* %643, align 4
  %645 = insertelement <8 x float> undef, float %644, i32 0
  %splat30 = shufflevector <8 x float> %645, <8 x float> undef, <8 x i32> zeroinitializer
  %646 = load <8 x float>, <8 x float>* %29, align 32
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %634, <8 x float> %646)
  store <8 x float> %647, <8 x float>* %29, align 32
  %648 = load <8 x float>, <8 x float>* %23, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %638, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %23, align 32
  %650 = add i64 %256, 1
  %651 = mul i64 %650, 8
  %652 = add i64 %651, 5
  %653 = add i64 %253, %652
  %654 = getelementptr inbounds float, float* %1, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat31 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %28, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %634, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %28, align 32
  %659 = load <8 x float>, <8 x float>* %22, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %638, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %22, align 32
  %661 = add i64 %256, 2
  %662 = mul i64 %661, 8
  %663 = add i64 %662, 5
  %664 = add i64 %253, %663
  %665 = getelementptr inbounds float, float* %1, i64 %664
  %666 = load float, float* %665, align 4
  %667 = insertelement <8 x float> undef, float %666, i32 0
  %splat32 = shufflevector <8 x float> %667, <8 x float> undef, <8 x i32> zeroinitializer
  %668 = load <8 x float>, <8 x float>* %27, align 32
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %634, <8 x float> %668)
  store <8 x float> %669, <8 x float>* %27, align 32
  %670 = load <8 x float>, <8 x float>* %21, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %638, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %21, align 32
  %672 = add i64 %256, 3
  %673 = mul i64 %672, 8
  %674 = add i64 %673, 5
  %675 = add i64 %253, %674
  %676 = getelementptr inbounds float, float* %1, i64 %675
  %677 = load float, float* %676, align 4
  %678 = insertelement <8 x float> undef, float %677, i32 0
  %splat33 = shufflevector <8 x float> %678, <8 x float> undef, <8 x i32> zeroinitializer
  %679 = load <8 x float>, <8 x float>* %26, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %634, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %26, align 32
  %681 = load <8 x float>, <8 x float>* %20, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %638, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %20, align 32
  %683 = add i64 %256, 4
  %684 = mul i64 %683, 8
  %685 = add i64 %684, 5
  %686 = add i64 %253, %685
  %687 = getelementptr inbounds float, float* %1, i64 %686
  %688 = load float, float* %687, align 4
  %689 = insertelement <8 x float> undef, float %688, i32 0
  %splat34 = shufflevector <8 x float> %689, <8 x float> undef, <8 x i32> zeroinitializer
  %690 = load <8 x float>, <8 x float>* %25, align 32
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %634, <8 x float> %690)
  store <8 x float> %691, <8 x float>* %25, align 32
  %692 = load <8 x float>, <8 x float>* %19, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %638, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %19, align 32
  %694 = add i64 %256, 5
  %695 = mul i64 %694, 8
  %696 = add i64 %695, 5
  %697 = add i64 %253, %696
  %698 = getelementptr inbounds float, float* %1, i64 %697
  %699 = load float, float* %698, align 4
  %700 = insertelement <8 x float> undef, float %699, i32 0
  %splat35 = shufflevector <8 x float> %700, <8 x float> undef, <8 x i32> zeroinitializer
  %701 = load <8 x float>, <8 x float>* %24, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %634, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %24, align 32
  %703 = load <8 x float>, <8 x float>* %18, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %638, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %18, align 32
  %705 = add i64 %260, 48
  %706 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %705
  %707 = bitcast float* %706 to <8 x float>*
  %708 = load <8 x float>, <8 x float>* %707, align 4
  %709 = add i64 %260, 19248
  %710 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %709
  %711 = bitcast float* %710 to <8 x float>*
  %712 = load <8 x float>, <8 x float>* %711, align 4
  %713 = add i64 %256, 0
  %714 = mul i64 %713, 8
  %715 = add i64 %714, 6
  %716 = add i64 %253, %715
  %717 = getelementptr inbounds float, float* %1, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat36 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %29, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %708, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %29, align 32
  %722 = load <8 x float>, <8 x float>* %23, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %712, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %23, align 32
  %724 = add i64 %256, 1
  %725 = mul i64 %724, 8
  %726 = add i64 %725, 6
  %727 = add i64 %253, %726
  %728 = getelementptr inbounds float, float* %1, i64 %727
  %729 = load float, float* %728, align 4
  %730 = insertelement <8 x float> undef, float %729, i32 0
  %splat37 = shufflevector <8 x float> %730, <8 x float> undef, <8 x i32> zeroinitializer
  %731 = load <8 x float>, <8 x float>* %28, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %708, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %28, align 32
  %733 = load <8 x float>, <8 x float>* %22, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %712, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %22, align 32
  %735 = add i64 %256, 2
  %736 = mul i64 %735, 8
  %737 = add i64 %736, 6
  %738 = add i64 %253, %737
  %739 = getelementptr inbounds float, float* %1, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat38 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %27, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %708, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %27, align 32
  %744 = load <8 x float>, <8 x float>* %21, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %712, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %21, align 32
  %746 = add i64 %256, 3
  %747 = mul i64 %746, 8
  %748 = add i64 %747, 6
  %749 = add i64 %253, %748
  %750 = getelementptr inbounds float, float* %1, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat39 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %26, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %708, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %26, align 32
  %755 = load <8 x float>, <8 x float>* %20, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %712, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %20, align 32
  %757 = add i64 %256, 4
  %758 = mul i64 %757, 8
  %759 = add i64 %758, 6
  %760 = add i64 %253, %759
  %761 = getelementptr inbounds float, float* %1, i64 %760
  %762 = load float, float* %761, align 4
  %763 = insertelement <8 x float> undef, float %762, i32 0
  %splat40 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
  %764 = load <8 x float>, <8 x float>* %25, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %708, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %25, align 32
  %766 = load <8 x float>, <8 x float>* %19, align 32
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %712, <8 x float> %766)
  store <8 x float> %767, <8 x float>* %19, align 32
  %768 = add i64 %256, 5
  %769 = mul i64 %768, 8
  %770 = add i64 %769, 6
  %771 = add i64 %253, %770
  %772 = getelementptr inbounds float, float* %1, i64 %771
  %773 = load float, float* %772, align 4
  %774 = insertelement <8 x float> undef, float %773, i32 0
  %splat41 = shufflevector <8 x float> %774, <8 x float> undef, <8 x i32> zeroinitializer
  %775 = load <8 x float>, <8 x float>* %24, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %708, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %24, align 32
  %777 = load <8 x float>, <8 x float>* %18, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %712, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %18, align 32
  %779 = add i64 %260, 56
  %780 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %779
  %781 = bitcast float* %780 to <8 x float>*
  %782 = load <8 x float>, <8 x float>* %781, align 4
  %783 = add i64 %260, 19256
  %784 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %783
  %785 = bitcast float* %784 to <8 x float>*
  %786 = load <8 x float>, <8 x float>* %785, align 4
  %787 = add i64 %256, 0
  %788 = mul i64 %787, 8
  %789 = add i64 %788, 7
  %790 = add i64 %253, %789
  %791 = getelementptr inbounds float, float* %1, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat42 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %29, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %782, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %29, align 32
  %796 = load <8 x float>, <8 x float>* %23, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %786, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %23, align 32
  %798 = add i64 %256, 1
  %799 = mul i64 %798, 8
  %800 = add i64 %799, 7
  %801 = add i64 %253, %800
  %802 = getelementptr inbounds float, float* %1, i64 %801
  %803 = load float, float* %802, align 4
  %804 = insertelement <8 x float> undef, float %803, i32 0
  %splat43 = shufflevector <8 x float> %804, <8 x float> undef, <8 x i32> zeroinitializer
  %805 = load <8 x float>, <8 x float>* %28, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %782, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %28, align 32
  %807 = load <8 x float>, <8 x float>* %22, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %786, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %22, align 32
  %809 = add i64 %256, 2
  %810 = mul i64 %809, 8
  %811 = add i64 %810, 7
  %812 = add i64 %253, %811
  %813 = getelementptr inbounds float, float* %1, i64 %812
  %814 = load float, float* %813, align 4
  %815 = insertelement <8 x float> undef, float %814, i32 0
  %splat44 = shufflevector <8 x float> %815, <8 x float> undef, <8 x i32> zeroinitializer
  %816 = load <8 x float>, <8 x float>* %27, align 32
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %782, <8 x float> %816)
  store <8 x float> %817, <8 x float>* %27, align 32
  %818 = load <8 x float>, <8 x float>* %21, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %786, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %21, align 32
  %820 = add i64 %256, 3
  %821 = mul i64 %820, 8
  %822 = add i64 %821, 7
  %823 = add i64 %253, %822
  %824 = getelementptr inbounds float, float* %1, i64 %823
  %825 = load float, float* %824, align 4
  %826 = insertelement <8 x float> undef, float %825, i32 0
  %splat45 = shufflevector <8 x float> %826, <8 x float> undef, <8 x i32> zeroinitializer
  %827 = load <8 x float>, <8 x float>* %26, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %782, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %26, align 32
  %829 = load <8 x float>, <8 x float>* %20, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %786, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %20, align 32
  %831 = add i64 %256, 4
  %832 = mul i64 %831, 8
  %833 = add i64 %832, 7
  %834 = add i64 %253, %833
  %835 = getelementptr inbounds float, float* %1, i64 %834
  %836 = load float, float* %835, align 4
  %837 = insertelement <8 x float> undef, float %836, i32 0
  %splat46 = shufflevector <8 x float> %837, <8 x float> undef, <8 x i32> zeroinitializer
  %838 = load <8 x float>, <8 x float>* %25, align 32
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %782, <8 x float> %838)
  store <8 x float> %839, <8 x float>* %25, align 32
  %840 = load <8 x float>, <8 x float>* %19, align 32
  %841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %786, <8 x float> %840)
  store <8 x float> %841, <8 x float>* %19, align 32
  %842 = add i64 %256, 5
  %843 = mul i64 %842, 8
  %844 = add i64 %843, 7
  %845 = add i64 %253, %844
  %846 = getelementptr inbounds float, float* %1, i64 %845
  %847 = load float, float* %846, align 4
  %848 = insertelement <8 x float> undef, float %847, i32 0
  %splat47 = shufflevector <8 x float> %848, <8 x float> undef, <8 x i32> zeroinitializer
  %849 = load <8 x float>, <8 x float>* %24, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %782, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %24, align 32
  %851 = load <8 x float>, <8 x float>* %18, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %786, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %18, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next96, %kh.exit54 ]
  %853 = icmp slt i64 %u51, 12
  br i1 %853, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %854 = mul i64 %u51, 5408
  %855 = add i64 %43, %854
  %856 = mul i64 %u51, 1600
  %857 = add i64 %47, %856
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %858 = mul i64 %36, 32
  %859 = add i64 %858, %39
  %860 = add i64 %859, 0
  %861 = mul i64 %860, 26
  %862 = add i64 %861, %33
  %863 = mul i64 %862, 26
  %864 = add i64 %863, 20
  %865 = mul i64 %864, 8
  %866 = load <8 x float>, <8 x float>* %17, align 32
  %867 = fcmp ogt <8 x float> %866, zeroinitializer
  %868 = select <8 x i1> %867, <8 x float> %866, <8 x float> zeroinitializer
  %869 = getelementptr inbounds float, float* %0, i64 %865
  %870 = bitcast float* %869 to <8 x float>*
  store <8 x float> %868, <8 x float>* %870, align 4
  %871 = mul i64 %36, 32
  %872 = add i64 %871, %39
  %873 = add i64 %872, 0
  %874 = mul i64 %873, 26
  %875 = add i64 %874, %33
  %876 = mul i64 %875, 26
  %877 = add i64 %876, 21
  %878 = mul i64 %877, 8
  %879 = load <8 x float>, <8 x float>* %16, align 32
  %880 = fcmp ogt <8 x float> %879, zeroinitializer
  %881 = select <8 x i1> %880, <8 x float> %879, <8 x float> zeroinitializer
  %882 = getelementptr inbounds float, float* %0, i64 %878
  %883 = bitcast float* %882 to <8 x float>*
  store <8 x float> %881, <8 x float>* %883, align 4
  %884 = mul i64 %36, 32
  %885 = add i64 %884, %39
  %886 = add i64 %885, 0
  %887 = mul i64 %886, 26
  %888 = add i64 %887, %33
  %889 = mul i64 %888, 26
  %890 = add i64 %889, 22
  %891 = mul i64 %890, 8
  %892 = load <8 x float>, <8 x float>* %15, align 32
  %893 = fcmp ogt <8 x float> %892, zeroinitializer
  %894 = select <8 x i1> %893, <8 x float> %892, <8 x float> zeroinitializer
  %895 = getelementptr inbounds float, float* %0, i64 %891
  %896 = bitcast float* %895 to <8 x float>*
  store <8 x float> %894, <8 x float>* %896, align 4
  %897 = mul i64 %36, 32
  %898 = add i64 %897, %39
  %899 = add i64 %898, 0
  %900 = mul i64 %899, 26
  %901 = add i64 %900, %33
  %902 = mul i64 %901, 26
  %903 = add i64 %902, 23
  %904 = mul i64 %903, 8
  %905 = load <8 x float>, <8 x float>* %14, align 32
  %906 = fcmp ogt <8 x float> %905, zeroinitializer
  %907 = select <8 x i1> %906, <8 x float> %905, <8 x float> zeroinitializer
  %908 = getelementptr inbounds float, float* %0, i64 %904
  %909 = bitcast float* %908 to <8 x float>*
  store <8 x float> %907, <8 x float>* %909, align 4
  %910 = mul i64 %36, 32
  %911 = add i64 %910, %39
  %912 = add i64 %911, 1
  %913 = mul i64 %912, 26
  %914 = add i64 %913, %33
  %915 = mul i64 %914, 26
  %916 = add i64 %915, 20
  %917 = mul i64 %916, 8
  %918 = load <8 x float>, <8 x float>* %13, align 32
  %919 = fcmp ogt <8 x float> %918, zeroinitializer
  %920 = select <8 x i1> %919, <8 x float> %918, <8 x float> zeroinitializer
  %921 = getelementptr inbounds float, float* %0, i64 %917
  %922 = bitcast float* %921 to <8 x float>*
  store <8 x float> %920, <8 x float>* %922, align 4
  %923 = mul i64 %36, 32
  %924 = add i64 %923, %39
  %925 = add i64 %924, 1
  %926 = mul i64 %925, 26
  %927 = add i64 %926, %33
  %928 = mul i64 %927, 26
  %929 = add i64 %928, 21
  %930 = mul i64 %929, 8
  %931 = load <8 x float>, <8 x float>* %12, align 32
  %932 = fcmp ogt <8 x float> %931, zeroinitializer
  %933 = select <8 x i1> %932, <8 x float> %931, <8 x float> zeroinitializer
  %934 = getelementptr inbounds float, float* %0, i64 %930
  %935 = bitcast float* %934 to <8 x float>*
  store <8 x float> %933, <8 x float>* %935, align 4
  %936 = mul i64 %36, 32
  %937 = add i64 %936, %39
  %938 = add i64 %937, 1
  %939 = mul i64 %938, 26
  %940 = add i64 %939, %33
  %941 = mul i64 %940, 26
  %942 = add i64 %941, 22
  %943 = mul i64 %942, 8
  %944 = load <8 x float>, <8 x float>* %11, align 32
  %945 = fcmp ogt <8 x float> %944, zeroinitializer
  %946 = select <8 x i1> %945, <8 x float> %944, <8 x float> zeroinitializer
  %947 = getelementptr inbounds float, float* %0, i64 %943
  %948 = bitcast float* %947 to <8 x float>*
  store <8 x float> %946, <8 x float>* %948, align 4
  %949 = mul i64 %36, 32
  %950 = add i64 %949, %39
  %951 = add i64 %950, 1
  %952 = mul i64 %951, 26
  %953 = add i64 %952, %33
  %954 = mul i64 %953, 26
  %955 = add i64 %954, 23
  %956 = mul i64 %955, 8
  %957 = load <8 x float>, <8 x float>* %10, align 32
  %958 = fcmp ogt <8 x float> %957, zeroinitializer
  %959 = select <8 x i1> %958, <8 x float> %957, <8 x float> zeroinitializer
  %960 = getelementptr inbounds float, float* %0, i64 %956
  %961 = bitcast float* %960 to <8 x float>*
  store <8 x float> %959, <8 x float>* %961, align 4
  br label %xb.header

kh.header52:                                      ; preds = %endif57, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next95, %endif57 ]
  %962 = icmp slt i64 %kh55, 5
  br i1 %962, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %963 = mul i64 %kh55, 1
  %964 = add i64 %49, %963
  %965 = icmp sge i64 %964, 0
  %966 = icmp slt i64 %964, 26
  %967 = and i1 %965, %966
  br i1 %967, label %then56, label %endif57

kh.exit54:                                        ; preds = %kh.header52
  %u.next96 = add i64 %u51, 1
  br label %u.header48

then56:                                           ; preds = %kh.body53
  %968 = mul i64 %964, 208
  %969 = add i64 %855, %968
  br label %kw.header58

endif57:                                          ; preds = %kw.exit60, %kh.body53
  %kh.next95 = add i64 %kh55, 1
  br label %kh.header52

kw.header58:                                      ; preds = %kw.body59, %then56
  %kw61 = phi i64 [ 0, %then56 ], [ %kw.next94, %kw.body59 ]
  %970 = icmp slt i64 %kw61, 5
  br i1 %970, label %kw.body59, label %kw.exit60

kw.body59:                                        ; preds = %kw.header58
  %971 = mul i64 %kw61, 1
  %972 = add i64 18, %971
  %973 = mul i64 %kh55, 5
  %974 = add i64 %973, %kw61
  %975 = mul i64 %974, 64
  %976 = add i64 %857, %975
  %977 = add i64 %976, 0
  %978 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %977
  %979 = bitcast float* %978 to <8 x float>*
  %980 = load <8 x float>, <8 x float>* %979, align 4
  %981 = add i64 %976, 19200
  %982 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %981
  %983 = bitcast float* %982 to <8 x float>*
  %984 = load <8 x float>, <8 x float>* %983, align 4
  %985 = add i64 %972, 0
  %986 = mul i64 %985, 8
  %987 = add i64 %986, 0
  %988 = add i64 %969, %987
  %989 = getelementptr inbounds float, float* %1, i64 %988
  %990 = load float, float* %989, align 4
  %991 = insertelement <8 x float> undef, float %990, i32 0
  %splat62 = shufflevector <8 x float> %991, <8 x float> undef, <8 x i32> zeroinitializer
  %992 = load <8 x float>, <8 x float>* %17, align 32
  %993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %980, <8 x float> %992)
  store <8 x float> %993, <8 x float>* %17, align 32
  %994 = load <8 x float>, <8 x float>* %13, align 32
  %995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %984, <8 x float> %994)
  store <8 x float> %995, <8 x float>* %13, align 32
  %996 = add i64 %972, 1
  %997 = mul i64 %996, 8
  %998 = add i64 %997, 0
  %999 = add i64 %969, %998
  %1000 = getelementptr inbounds float, float* %1, i64 %999
  %1001 = load float, float* %1000, align 4
  %1002 = insertelement <8 x float> undef, float %1001, i32 0
  %splat63 = shufflevector <8 x float> %1002, <8 x float> undef, <8 x i32> zeroinitializer
  %1003 = load <8 x float>, <8 x float>* %16, align 32
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %980, <8 x float> %1003)
  store <8 x float> %1004, <8 x float>* %16, align 32
  %1005 = load <8 x float>, <8 x float>* %12, align 32
  %1006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %984, <8 x float> %1005)
  store <8 x float> %1006, <8 x float>* %12, align 32
  %1007 = add i64 %972, 2
  %1008 = mul i64 %1007, 8
  %1009 = add i64 %1008, 0
  %1010 = add i64 %969, %1009
  %1011 = getelementptr inbounds float, float* %1, i64 %1010
  %1012 = load float, float* %1011, align 4
  %1013 = insertelement <8 x float> undef, float %1012, i32 0
  %splat64 = shufflevector <8 x float> %1013, <8 x float> undef, <8 x i32> zeroinitializer
  %1014 = load <8 x float>, <8 x float>* %15, align 32
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %980, <8 x float> %1014)
  store <8 x float> %1015, <8 x float>* %15, align 32
  %1016 = load <8 x float>, <8 x float>* %11, align 32
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %984, <8 x float> %1016)
  store <8 x float> %1017, <8 x float>* %11, align 32
  %1018 = add i64 %972, 3
  %1019 = mul i64 %1018, 8
  %1020 = add i64 %1019, 0
  %1021 = add i64 %969, %1020
  %1022 = getelementptr inbounds float, float* %1, i64 %1021
  %1023 = load float, float* %1022, align 4
  %1024 = insertelement <8 x float> undef, float %1023, i32 0
  %splat65 = shufflevector <8 x float> %1024, <8 x float> undef, <8 x i32> zeroinitializer
  %1025 = load <8 x float>, <8 x float>* %14, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %980, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %14, align 32
  %1027 = load <8 x float>, <8 x float>* %10, align 32
  %1028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %984, <8 x float> %1027)
  store <8 x float> %1028, <8 x float>* %10, align 32
  %1029 = add i64 %976, 8
  %1030 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1029
  %1031 = bitcast float* %1030 to <8 x float>*
  %1032 = load <8 x float>, <8 x float>* %1031, align 4
  %1033 = add i64 %976, 19208
  %1034 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1033
  %1035 = bitcast float* %1034 to <8 x float>*
  %1036 = load <8 x float>, <8 x float>* %1035, align 4
  %1037 = add i64 %972, 0
  %1038 = mul i64 %1037, 8
  %1039 = add i64 %1038, 1
  %1040 = add i64 %969, %1039
  %1041 = getelementptr inbounds float, float* %1, i64 %1040
  %1042 = load float, float* %1041, align 4
  %1043 = insertelement <8 x float> undef, float %1042, i32 0
  %splat66 = shufflevector <8 x float> %1043, <8 x float> undef, <8 x i32> zeroinitializer
  %1044 = load <8 x float>, <8 x float>* %17, align 32
  %1045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1032, <8 x float> %1044)
  store <8 x float> %1045, <8 x float>* %17, align 32
  %1046 = load <8 x float>, <8 x float>* %13, align 32
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1036, <8 x float> %1046)
  store <8 x float> %1047, <8 x float>* %13, align 32
  %1048 = add i64 %972, 1
  %1049 = mul i64 %1048, 8
  %1050 = add i64 %1049, 1
  %1051 = add i64 %969, %1050
  %1052 = getelementptr inbounds float, float* %1, i64 %1051
  %1053 = load float, float* %1052, align 4
  %1054 = insertelement <8 x float> undef, float %1053, i32 0
  %splat67 = shufflevector <8 x float> %1054, <8 x float> undef, <8 x i32> zeroinitializer
  %1055 = load <8 x float>, <8 x float>* %16, align 32
  %1056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1032, <8 x float> %1055)
  store <8 x float> %1056, <8 x float>* %16, align 32
  %1057 = load <8 x float>, <8 x float>* %12, align 32
  %1058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1036, <8 x float> %1057)
  store <8 x float> %1058, <8 x float>* %12, align 32
  %1059 = add i64 %972, 2
  %1060 = mul i64 %1059, 8
  %1061 = add i64 %1060, 1
  %1062 = add i64 %969, %1061
  %1063 = getelementptr inbounds float, float* %1, i64 %1062
  %1064 = load float, float* %1063, align 4
  %1065 = insertelement <8 x float> undef, float %1064, i32 0
  %splat68 = shufflevector <8 x float> %1065, <8 x float> undef, <8 x i32> zeroinitializer
  %1066 = load <8 x float>, <8 x float>* %15, align 32
  %1067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1032, <8 x float> %1066)
  store <8 x float> %1067, <8 x float>* %15, align 32
  %1068 = load <8 x float>, <8 x float>* %11, align 32
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1036, <8 x float> %1068)
  store <8 x float> %1069, <8 x float>* %11, align 32
  %1070 = add i64 %972, 3
  %1071 = mul i64 %1070, 8
  %1072 = add i64 %1071, 1
  %1073 = add i64 %969, %1072
  %1074 = getelementptr inbounds float, float* %1, i64 %1073
  %1075 = load float, float* %1074, align 4
  %1076 = insertelement <8 x float> undef, float %1075, i32 0
  %splat69 = shufflevector <8 x float> %1076, <8 x float> undef, <8 x i32> zeroinitializer
  %1077 = load <8 x float>, <8 x float>* %14, align 32
  %1078 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1032, <8 x float> %1077)
  store <8 x float> %1078, <8 x float>* %14, align 32
  %1079 = load <8 x float>, <8 x float>* %10, align 32
  %1080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1036, <8 x float> %1079)
  store <8 x float> %1080, <8 x float>* %10, align 32
  %1081 = add i64 %976, 16
  %1082 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1081
  %1083 = bitcast float* %1082 to <8 x float>*
  %1084 = load <8 x float>, <8 x float>* %1083, align 4
  %1085 = add i64 %976, 19216
  %1086 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1085
  %1087 = bitcast float* %1086 to <8 x float>*
  %1088 = load <8 x float>, <8 x float>* %1087, align 4
  %1089 = add i64 %972, 0
  %1090 = mul i64 %1089, 8
  %1091 = add i64 %1090, 2
  %1092 = add i64 %969, %1091
  %1093 = getelementptr inbounds float, float* %1, i64 %1092
  %1094 = load float, float* %1093, align 4
  %1095 = insertelement <8 x float> undef, float %1094, i32 0
  %splat70 = shufflevector <8 x float> %1095, <8 x float> undef, <8 x i32> zeroinitializer
  %1096 = load <8 x float>, <8 x float>* %17, align 32
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1084, <8 x float> %1096)
  store <8 x float> %1097, <8 x float>* %17, align 32
  %1098 = load <8 x float>, <8 x float>* %13, align 32
  %1099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1088, <8 x float> %1098)
  store <8 x float> %1099, <8 x float>* %13, align 32
  %1100 = add i64 %972, 1
  %1101 = mul i64 %1100, 8
  %1102 = add i64 %1101, 2
  %1103 = add i64 %969, %1102
  %1104 = getelementptr inbounds float, float* %1, i64 %1103
  %1105 = load float, float* %1104, align 4
  %1106 = insertelement <8 x float> undef, float %1105, i32 0
  %splat71 = shufflevector <8 x float> %1106, <8 x float> undef, <8 x i32> zeroinitializer
  %1107 = load <8 x float>, <8 x float>* %16, align 32
  %1108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1084, <8 x float> %1107)
  store <8 x float> %1108, <8 x float>* %16, align 32
  %1109 = load <8 x float>, <8 x float>* %12, align 32
  %1110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1088, <8 x float> %1109)
  store <8 x float> %1110, <8 x float>* %12, align 32
  %1111 = add i64 %972, 2
  %1112 = mul i64 %1111, 8
  %1113 = add i64 %1112, 2
  %1114 = add i64 %969, %1113
  %1115 = getelementptr inbounds float, float* %1, i64 %1114
  %1116 = load float, float* %1115, align 4
  %1117 = insertelement <8 x float> undef, float %1116, i32 0
  %splat72 = shufflevector <8 x float> %1117, <8 x float> undef, <8 x i32> zeroinitializer
  %1118 = load <8 x float>, <8 x float>* %15, align 32
  %1119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1084, <8 x float> %1118)
  store <8 x float> %1119, <8 x float>* %15, align 32
  %1120 = load <8 x float>, <8 x float>* %11, align 32
  %1121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1088, <8 x float> %1120)
  store <8 x float> %1121, <8 x float>* %11, align 32
  %1122 = add i64 %972, 3
  %1123 = mul i64 %1122, 8
  %1124 = add i64 %1123, 2
  %1125 = add i64 %969, %1124
  %1126 = getelementptr inbounds float, float* %1, i64 %1125
  %1127 = load float, float* %1126, align 4
  %1128 = insertelement <8 x float> undef, float %1127, i32 0
  %splat73 = shufflevector <8 x float> %1128, <8 x float> undef, <8 x i32> zeroinitializer
  %1129 = load <8 x float>, <8 x float>* %14, align 32
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1084, <8 x float> %1129)
  store <8 x float> %1130, <8 x float>* %14, align 32
  %1131 = load <8 x float>, <8 x float>* %10, align 32
  %1132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1088, <8 x float> %1131)
  store <8 x float> %1132, <8 x float>* %10, align 32
  %1133 = add i64 %976, 24
  %1134 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1133
  %1135 = bitcast float* %1134 to <8 x float>*
  %1136 = load <8 x float>, <8 x float>* %1135, align 4
  %1137 = add i64 %976, 19224
  %1138 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1137
  %1139 = bitcast float* %1138 to <8 x float>*
  %1140 = load <8 x float>, <8 x float>* %1139, align 4
  %1141 = add i64 %972, 0
  %1142 = mul i64 %1141, 8
  %1143 = add i64 %1142, 3
  %1144 = add i64 %969, %1143
  %1145 = getelementptr inbounds float, float* %1, i64 %1144
  %1146 = load float, float* %1145, align 4
  %1147 = insertelement <8 x float> undef, float %1146, i32 0
  %splat74 = shufflevector <8 x float> %1147, <8 x float> undef, <8 x i32> zeroinitializer
  %1148 = load <8 x float>, <8 x float>* %17, align 32
  %1149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1136, <8 x float> %1148)
  store <8 x float> %1149, <8 x float>* %17, align 32
  %1150 = load <8 x float>, <8 x float>* %13, align 32
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1140, <8 x float> %1150)
  store <8 x float> %1151, <8 x float>* %13, align 32
  %1152 = add i64 %972, 1
  %1153 = mul i64 %1152, 8
  %1154 = add i64 %1153, 3
  %1155 = add i64 %969, %1154
  %1156 = getelementptr inbounds float, float* %1, i64 %1155
  %1157 = load float, float* %1156, align 4
  %1158 = insertelement <8 x float> undef, float %1157, i32 0
  %splat75 = shufflevector <8 x float> %1158, <8 x float> undef, <8 x i32> zeroinitializer
  %1159 = load <8 x float>, <8 x float>* %16, align 32
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1136, <8 x float> %1159)
  store <8 x float> %1160, <8 x float>* %16, align 32
  %1161 = load <8 x float>, <8 x float>* %12, align 32
  %1162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1140, <8 x float> %1161)
  store <8 x float> %1162, <8 x float>* %12, align 32
  %1163 = add i64 %972, 2
  %1164 = mul i64 %1163, 8
  %1165 = add i64 %1164, 3
  %1166 = add i64 %969, %1165
  %1167 = getelementptr inbounds float, float* %1, i64 %1166
  %1168 = load float, float* %1167, align 4
  %1169 = insertelement <8 x float> undef, float %1168, i32 0
  %splat76 = shufflevector <8 x float> %1169, <8 x float> undef, <8 x i32> zeroinitializer
  %1170 = load <8 x float>, <8 x float>* %15, align 32
  %1171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1136, <8 x float> %1170)
  store <8 x float> %1171, <8 x float>* %15, align 32
  %1172 = load <8 x float>, <8 x float>* %11, align 32
  %1173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1140, <8 x float> %1172)
  store <8 x float> %1173, <8 x float>* %11, align 32
  %1174 = add i64 %972, 3
  %1175 = mul i64 %1174, 8
  %1176 = add i64 %1175, 3
  %1177 = add i64 %969, %1176
  %1178 = getelementptr inbounds float, float* %1, i64 %1177
  %1179 = load float, float* %1178, align 4
  %1180 = insertelement <8 x float> undef, float %1179, i32 0
  %splat77 = shufflevector <8 x float> %1180, <8 x float> undef, <8 x i32> zeroinitializer
  %1181 = load <8 x float>, <8 x float>* %14, align 32
  %1182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1136, <8 x float> %1181)
  store <8 x float> %1182, <8 x float>* %14, align 32
  %1183 = load <8 x float>, <8 x float>* %10, align 32
  %1184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1140, <8 x float> %1183)
  store <8 x float> %1184, <8 x float>* %10, align 32
  %1185 = add i64 %976, 32
  %1186 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1185
  %1187 = bitcast float* %1186 to <8 x float>*
  %1188 = load <8 x float>, <8 x float>* %1187, align 4
  %1189 = add i64 %976, 19232
  %1190 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1189
  %1191 = bitcast float* %1190 to <8 x float>*
  %1192 = load <8 x float>, <8 x float>* %1191, align 4
  %1193 = add i64 %972, 0
  %1194 = mul i64 %1193, 8
  %1195 = add i64 %1194, 4
  %1196 = add i64 %969, %1195
  %1197 = getelementptr inbounds float, float* %1, i64 %1196
  %1198 = load float, float* %1197, align 4
  %1199 = insertelement <8 x float> undef, float %1198, i32 0
  %splat78 = shufflevector <8 x float> %1199, <8 x float> undef, <8 x i32> zeroinitializer
  %1200 = load <8 x float>, <8 x float>* %17, align 32
  %1201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1188, <8 x float> %1200)
  store <8 x float> %1201, <8 x float>* %17, align 32
  %1202 = load <8 x float>, <8 x float>* %13, align 32
  %1203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1192, <8 x float> %1202)
  store <8 x float> %1203, <8 x float>* %13, align 32
  %1204 = add i64 %972, 1
  %1205 = mul i64 %1204, 8
  %1206 = add i64 %1205, 4
  %1207 = add i64 %969, %1206
  %1208 = getelementptr inbounds float, float* %1, i64 %1207
  %1209 = load float, float* %1208, align 4
  %1210 = insertelement <8 x float> undef, float %1209, i32 0
  %splat79 = shufflevector <8 x float> %1210, <8 x float> undef, <8 x i32> zeroinitializer
  %1211 = load <8 x float>, <8 x float>* %16, align 32
  %1212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1188, <8 x float> %1211)
  store <8 x float> %1212, <8 x float>* %16, align 32
  %1213 = load <8 x float>, <8 x float>* %12, align 32
  %1214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1192, <8 x float> %1213)
  store <8 x float> %1214, <8 x float>* %12, align 32
  %1215 = add i64 %972, 2
  %1216 = mul i64 %1215, 8
  %1217 = add i64 %1216, 4
  %1218 = add i64 %969, %1217
  %1219 = getelementptr inbounds float, float* %1, i64 %1218
  %1220 = load float, float* %1219, align 4
  %1221 = insertelement <8 x float> undef, float %1220, i32 0
  %splat80 = shufflevector <8 x float> %1221, <8 x float> undef, <8 x i32> zeroinitializer
  %1222 = load <8 x float>, <8 x float>* %15, align 32
  %1223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1188, <8 x float> %1222)
  store <8 x float> %1223, <8 x float>* %15, align 32
  %1224 = load <8 x float>, <8 x float>* %11, align 32
  %1225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1192, <8 x float> %1224)
  store <8 x float> %1225, <8 x float>* %11, align 32
  %1226 = add i64 %972, 3
  %1227 = mul i64 %1226, 8
  %1228 = add i64 %1227, 4
  %1229 = add i64 %969, %1228
  %1230 = getelementptr inbounds float, float* %1, i64 %1229
  %1231 = load float, float* %1230, align 4
  %1232 = insertelement <8 x float> undef, float %1231, i32 0
  %splat81 = shufflevector <8 x float> %1232, <8 x float> undef, <8 x i32> zeroinitializer
  %1233 = load <8 x float>, <8 x float>* %14, align 32
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1188, <8 x float> %1233)
  store <8 x float> %1234, <8 x float>* %14, align 32
  %1235 = load <8 x float>, <8 x float>* %10, align 32
  %1236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1192, <8 x float> %1235)
  store <8 x float> %1236, <8 x float>* %10, align 32
  %1237 = add i64 %976, 40
  %1238 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1237
  %1239 = bitcast float* %1238 to <8 x float>*
  %1240 = load <8 x float>, <8 x float>* %1239, align 4
  %1241 = add i64 %976, 19240
  %1242 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1241
  %1243 = bitcast float* %1242 to <8 x float>*
  %1244 = load <8 x float>, <8 x float>* %1243, align 4
  %1245 = add i64 %972, 0
  %1246 = mul i64 %1245, 8
  %1247 = add i64 %1246, 5
  %1248 = add i64 %969, %1247
  %1249 = getelementptr inbounds float, float* %1, i64 %1248
  %1250 = load float, float* %1249, align 4
  %1251 = insertelement <8 x float> undef, float %1250, i32 0
  %splat82 = shufflevector <8 x float> %1251, <8 x float> undef, <8 x i32> zeroinitializer
  %1252 = load <8 x float>, <8 x float>* %17, align 32
  %1253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1240, <8 x float> %1252)
  store <8 x float> %1253, <8 x float>* %17, align 32
  %1254 = load <8 x float>, <8 x float>* %13, align 32
  %1255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1244, <8 x float> %1254)
  store <8 x float> %1255, <8 x float>* %13, align 32
  %1256 = add i64 %972, 1
  %1257 = mul i64 %1256, 8
  %1258 = add i64 %1257, 5
  %1259 = add i64 %969, %1258
  %1260 = getelementptr inbounds float, float* %1, i64 %1259
  %1261 = load float, float* %1260, align 4
  %1262 = insertelement <8 x float> undef, float %1261, i32 0
  %splat83 = shufflevector <8 x float> %1262, <8 x float> undef, <8 x i32> zeroinitializer
  %1263 = load <8 x float>, <8 x float>* %16, align 32
  %1264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1240, <8 x float> %1263)
  store <8 x float> %1264, <8 x float>* %16, align 32
  %1265 = load <8 x float>, <8 x float>* %12, align 32
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1244, <8 x float> %1265)
  store <8 x float> %1266, <8 x float>* %12, align 32
  %1267 = add i64 %972, 2
  %1268 = mul i64 %1267, 8
  %1269 = add i64 %1268, 5
  %1270 = add i64 %969, %1269
  %1271 = getelementptr inbounds float, float* %1, i64 %1270
  %1272 = load float, float* %1271, align 4
  %1273 = insertelement <8 x float> undef, float %1272, i32 0
  %splat84 = shufflevector <8 x float> %1273, <8 x float> undef, <8 x i32> zeroinitializer
  %1274 = load <8 x float>, <8 x float>* %15, align 32
  %1275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1240, <8 x float> %1274)
  store <8 x float> %1275, <8 x float>* %15, align 32
  %1276 = load <8 x float>, <8 x float>* %11, align 32
  %1277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1244, <8 x float> %1276)
  store <8 x float> %1277, <8 x float>* %11, align 32
  %1278 = add i64 %972, 3
  %1279 = mul i64 %1278, 8
  %1280 = add i64 %1279, 5
  %1281 = add i64 %969, %1280
  %1282 = getelementptr inbounds float, float* %1, i64 %1281
  %1283 = load float, float* %1282, align 4
  %1284 = insertelement <8 x float> undef, float %1283, i32 0
  %splat85 = shufflevector <8 x float> %1284, <8 x float> undef, <8 x i32> zeroinitializer
  %1285 = load <8 x float>, <8 x float>* %14, align 32
  %1286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1240, <8 x float> %1285)
  store <8 x float> %1286, <8 x float>* %14, align 32
  %1287 = load <8 x float>, <8 x float>* %10, align 32
  %1288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1244, <8 x float> %1287)
  store <8 x float> %1288, <8 x float>* %10, align 32
  %1289 = add i64 %976, 48
  %1290 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1289
  %1291 = bitcast float* %1290 to <8 x float>*
  %1292 = load <8 x float>, <8 x float>* %1291, align 4
  %1293 = add i64 %976, 19248
  %1294 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1293
  %1295 = bitcast float* %1294 to <8 x float>*
  %1296 = load <8 x float>, <8 x float>* %1295, align 4
  %1297 = add i64 %972, 0
  %1298 = mul i64 %1297, 8
  %1299 = add i64 %1298, 6
  %1300 = add i64 %969, %1299
  %1301 = getelementptr inbounds float, float* %1, i64 %1300
  %1302 = load float, float* %1301, align 4
  %1303 = insertelement <8 x float> undef, float %1302, i32 0
  %splat86 = shufflevector <8 x float> %1303, <8 x float> undef, <8 x i32> zeroinitializer
  %1304 = load <8 x float>, <8 x float>* %17, align 32
  %1305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1292, <8 x float> %1304)
  store <8 x float> %1305, <8 x float>* %17, align 32
  %1306 = load <8 x float>, <8 x float>* %13, align 32
  %1307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1296, <8 x float> %1306)
  store <8 x float> %1307, <8 x float>* %13, align 32
  %1308 = add i64 %972, 1
  %1309 = mul i64 %1308, 8
  %1310 = add i64 %1309, 6
  %1311 = add i64 %969, %1310
  %1312 = getelementptr inbounds float, float* %1, i64 %1311
  %1313 = load float, float* %1312, align 4
  %1314 = insertelement <8 x float> undef, float %1313, i32 0
  %splat87 = shufflevector <8 x float> %1314, <8 x float> undef, <8 x i32> zeroinitializer
  %1315 = load <8 x float>, <8 x float>* %16, align 32
  %1316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1292, <8 x float> %1315)
  store <8 x float> %1316, <8 x float>* %16, align 32
  %1317 = load <8 x float>, <8 x float>* %12, align 32
  %1318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1296, <8 x float> %1317)
  store <8 x float> %1318, <8 x float>* %12, align 32
  %1319 = add i64 %972, 2
  %1320 = mul i64 %1319, 8
  %1321 = add i64 %1320, 6
  %1322 = add i64 %969, %1321
  %1323 = getelementptr inbounds float, float* %1, i64 %1322
  %1324 = load float, float* %1323, align 4
  %1325 = insertelement <8 x float> undef, float %1324, i32 0
  %splat88 = shufflevector <8 x float> %1325, <8 x float> undef, <8 x i32> zeroinitializer
  %1326 = load <8 x float>, <8 x float>* %15, align 32
  %1327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1292, <8 x float> %1326)
  store <8 x float> %1327, <8 x float>* %15, align 32
  %1328 = load <8 x float>, <8 x float>* %11, align 32
  %1329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1296, <8 x float> %1328)
  store <8 x float> %1329, <8 x float>* %11, align 32
  %1330 = add i64 %972, 3
  %1331 = mul i64 %1330, 8
  %1332 = add i64 %1331, 6
  %1333 = add i64 %969, %1332
  %1334 = getelementptr inbounds float, float* %1, i64 %1333
  %1335 = load float, float* %1334, align 4
  %1336 = insertelement <8 x float> undef, float %1335, i32 0
  %splat89 = shufflevector <8 x float> %1336, <8 x float> undef, <8 x i32> zeroinitializer
  %1337 = load <8 x float>, <8 x float>* %14, align 32
  %1338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1292, <8 x float> %1337)
  store <8 x float> %1338, <8 x float>* %14, align 32
  %1339 = load <8 x float>, <8 x float>* %10, align 32
  %1340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1296, <8 x float> %1339)
  store <8 x float> %1340, <8 x float>* %10, align 32
  %1341 = add i64 %976, 56
  %1342 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1341
  %1343 = bitcast float* %1342 to <8 x float>*
  %1344 = load <8 x float>, <8 x float>* %1343, align 4
  %1345 = add i64 %976, 19256
  %1346 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1345
  %1347 = bitcast float* %1346 to <8 x float>*
  %1348 = load <8 x float>, <8 x float>* %1347, align 4
  %1349 = add i64 %972, 0
  %1350 = mul i64 %1349, 8
  %1351 = add i64 %1350, 7
  %1352 = add i64 %969, %1351
  %1353 = getelementptr inbounds float, float* %1, i64 %1352
  %1354 = load float, float* %1353, align 4
  %1355 = insertelement <8 x float> undef, float %1354, i32 0
  %splat90 = shufflevector <8 x float> %1355, <8 x float> undef, <8 x i32> zeroinitializer
  %1356 = load <8 x float>, <8 x float>* %17, align 32
  %1357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1344, <8 x float> %1356)
  store <8 x float> %1357, <8 x float>* %17, align 32
  %1358 = load <8 x float>, <8 x float>* %13, align 32
  %1359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1348, <8 x float> %1358)
  store <8 x float> %1359, <8 x float>* %13, align 32
  %1360 = add i64 %972, 1
  %1361 = mul i64 %1360, 8
  %1362 = add i64 %1361, 7
  %1363 = add i64 %969, %1362
  %1364 = getelementptr inbounds float, float* %1, i64 %1363
  %1365 = load float, float* %1364, align 4
  %1366 = insertelement <8 x float> undef, float %1365, i32 0
  %splat91 = shufflevector <8 x float> %1366, <8 x float> undef, <8 x i32> zeroinitializer
  %1367 = load <8 x float>, <8 x float>* %16, align 32
  %1368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1344, <8 x float> %1367)
  store <8 x float> %1368, <8 x float>* %16, align 32
  %1369 = load <8 x float>, <8 x float>* %12, align 32
  %1370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1348, <8 x float> %1369)
  store <8 x float> %1370, <8 x float>* %12, align 32
  %1371 = add i64 %972, 2
  %1372 = mul i64 %1371, 8
  %1373 = add i64 %1372, 7
  %1374 = add i64 %969, %1373
  %1375 = getelementptr inbounds float, float* %1, i64 %1374
  %1376 = load float, float* %1375, align 4
  %1377 = insertelement <8 x float> undef, float %1376, i32 0
  %splat92 = shufflevector <8 x float> %1377, <8 x float> undef, <8 x i32> zeroinitializer
  %1378 = load <8 x float>, <8 x float>* %15, align 32
  %1379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1344, <8 x float> %1378)
  store <8 x float> %1379, <8 x float>* %15, align 32
  %1380 = load <8 x float>, <8 x float>* %11, align 32
  %1381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1348, <8 x float> %1380)
  store <8 x float> %1381, <8 x float>* %11, align 32
  %1382 = add i64 %972, 3
  %1383 = mul i64 %1382, 8
  %1384 = add i64 %1383, 7
  %1385 = add i64 %969, %1384
  %1386 = getelementptr inbounds float, float* %1, i64 %1385
  %1387 = load float, float* %1386, align 4
  %1388 = insertelement <8 x float> undef, float %1387, i32 0
  %splat93 = shufflevector <8 x float> %1388, <8 x float> undef, <8 x i32> zeroinitializer
  %1389 = load <8 x float>, <8 x float>* %14, align 32
  %1390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1344, <8 x float> %1389)
  store <8 x float> %1390, <8 x float>* %14, align 32
  %1391 = load <8 x float>, <8 x float>* %10, align 32
  %1392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1348, <8 x float> %1391)
  store <8 x float> %1392, <8 x float>* %10, align 32
  %kw.next94 = add i64 %kw61, 1
  br label %kw.header58

kw.exit60:                                        ; preds = %kw.header58
  br label %endif57

xb.header:                                        ; preds = %u.exit99, %u.exit50
  %xb = phi i64 [ 0, %u.exit50 ], [ %xb.next, %u.exit99 ]
  %1393 = icmp slt i64 %xb, 2
  br i1 %1393, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %1394 = add i64 %39, 0
  %1395 = mul i64 %1394, 8
  %1396 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %1395
  %1397 = bitcast float* %1396 to <8 x float>*
  %1398 = load <8 x float>, <8 x float>* %1397, align 4
  store <8 x float> %1398, <8 x float>* %9, align 32
  %1399 = add i64 %39, 1
  %1400 = mul i64 %1399, 8
  %1401 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %1400
  %1402 = bitcast float* %1401 to <8 x float>*
  %1403 = load <8 x float>, <8 x float>* %1402, align 4
  store <8 x float> %1403, <8 x float>* %8, align 32
  %1404 = mul i64 %xb, 1
  %1405 = sub i64 %1404, 2
  br label %u.header97

xb.exit:                                          ; preds = %xb.header
  br label %xb.header124

u.header97:                                       ; preds = %kh.exit103, %xb.body
  %u100 = phi i64 [ 0, %xb.body ], [ %u.next123, %kh.exit103 ]
  %1406 = icmp slt i64 %u100, 12
  br i1 %1406, label %u.body98, label %u.exit99

u.body98:                                         ; preds = %u.header97
  %1407 = mul i64 %u100, 5408
  %1408 = add i64 %43, %1407
  %1409 = mul i64 %u100, 1600
  %1410 = add i64 %47, %1409
  br label %kh.header101

u.exit99:                                         ; preds = %u.header97
  %1411 = add i64 %xb, 0
  %1412 = mul i64 %36, 32
  %1413 = add i64 %1412, %39
  %1414 = add i64 %1413, 0
  %1415 = mul i64 %1414, 26
  %1416 = add i64 %1415, %33
  %1417 = mul i64 %1416, 26
  %1418 = add i64 %1417, %1411
  %1419 = mul i64 %1418, 8
  %1420 = load <8 x float>, <8 x float>* %9, align 32
  %1421 = fcmp ogt <8 x float> %1420, zeroinitializer
  %1422 = select <8 x i1> %1421, <8 x float> %1420, <8 x float> zeroinitializer
  %1423 = getelementptr inbounds float, float* %0, i64 %1419
  %1424 = bitcast float* %1423 to <8 x float>*
  store <8 x float> %1422, <8 x float>* %1424, align 4
  %1425 = add i64 %xb, 0
  %1426 = mul i64 %36, 32
  %1427 = add i64 %1426, %39
  %1428 = add i64 %1427, 1
  %1429 = mul i64 %1428, 26
  %1430 = add i64 %1429, %33
  %1431 = mul i64 %1430, 26
  %1432 = add i64 %1431, %1425
  %1433 = mul i64 %1432, 8
  %1434 = load <8 x float>, <8 x float>* %8, align 32
  %1435 = fcmp ogt <8 x float> %1434, zeroinitializer
  %1436 = select <8 x i1> %1435, <8 x float> %1434, <8 x float> zeroinitializer
  %1437 = getelementptr inbounds float, float* %0, i64 %1433
  %1438 = bitcast float* %1437 to <8 x float>*
  store <8 x float> %1436, <8 x float>* %1438, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header101:                                     ; preds = %endif106, %u.body98
  %kh104 = phi i64 [ 0, %u.body98 ], [ %kh.next122, %endif106 ]
  %1439 = icmp slt i64 %kh104, 5
  br i1 %1439, label %kh.body102, label %kh.exit103

kh.body102:                                       ; preds = %kh.header101
  %1440 = mul i64 %kh104, 1
  %1441 = add i64 %49, %1440
  %1442 = icmp sge i64 %1441, 0
  %1443 = icmp slt i64 %1441, 26
  %1444 = and i1 %1442, %1443
  br i1 %1444, label %then105, label %endif106

kh.exit103:                                       ; preds = %kh.header101
  %u.next123 = add i64 %u100, 1
  br label %u.header97

then105:                                          ; preds = %kh.body102
  %1445 = mul i64 %1441, 208
  %1446 = add i64 %1408, %1445
  br label %kw.header107

endif106:                                         ; preds = %kw.exit109, %kh.body102
  %kh.next122 = add i64 %kh104, 1
  br label %kh.header101

kw.header107:                                     ; preds = %endif112, %then105
  %kw110 = phi i64 [ 0, %then105 ], [ %kw.next121, %endif112 ]
  %1447 = icmp slt i64 %kw110, 5
  br i1 %1447, label %kw.body108, label %kw.exit109

kw.body108:                                       ; preds = %kw.header107
  %1448 = mul i64 %kw110, 1
  %1449 = add i64 %1405, %1448
  %1450 = mul i64 %kh104, 5
  %1451 = add i64 %1450, %kw110
  %1452 = mul i64 %1451, 64
  %1453 = add i64 %1410, %1452
  %1454 = icmp sge i64 %1449, 0
  %1455 = icmp slt i64 %1449, 26
  %1456 = and i1 %1454, %1455
  br i1 %1456, label %then111, label %endif112

kw.exit109:                                       ; preds = %kw.header107
  br label %endif106

then111:                                          ; preds = %kw.body108
  %1457 = add i64 %1453, 0
  %1458 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1457
  %1459 = bitcast float* %1458 to <8 x float>*
  %1460 = load <8 x float>, <8 x float>* %1459, align 4
  %1461 = add i64 %1453, 19200
  %1462 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1461
  %1463 = bitcast float* %1462 to <8 x float>*
  %1464 = load <8 x float>, <8 x float>* %1463, align 4
  %1465 = add i64 %1449, 0
  %1466 = mul i64 %1465, 8
  %1467 = add i64 %1466, 0
  %1468 = add i64 %1446, %1467
  %1469 = getelementptr inbounds float, float* %1, i64 %1468
  %1470 = load float, float* %1469, align 4
  %1471 = insertelement <8 x float> undef, float %1470, i32 0
  %splat113 = shufflevector <8 x float> %1471, <8 x float> undef, <8 x i32> zeroinitializer
  %1472 = load <8 x float>, <8 x float>* %9, align 32
  %1473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat113, <8 x float> %1460, <8 x float> %1472)
  store <8 x float> %1473, <8 x float>* %9, align 32
  %1474 = load <8 x float>, <8 x float>* %8, align 32
  %1475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat113, <8 x float> %1464, <8 x float> %1474)
  store <8 x float> %1475, <8 x float>* %8, align 32
  %1476 = add i64 %1453, 8
  %1477 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1476
  %1478 = bitcast float* %1477 to <8 x float>*
  %1479 = load <8 x float>, <8 x float>* %1478, align 4
  %1480 = add i64 %1453, 19208
  %1481 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1480
  %1482 = bitcast float* %1481 to <8 x float>*
  %1483 = load <8 x float>, <8 x float>* %1482, align 4
  %1484 = add i64 %1449, 0
  %1485 = mul i64 %1484, 8
  %1486 = add i64 %1485, 1
  %1487 = add i64 %1446, %1486
  %1488 = getelementptr inbounds float, float* %1, i64 %1487
  %1489 = load float, float* %1488, align 4
  %1490 = insertelement <8 x float> undef, float %1489, i32 0
  %splat114 = shufflevector <8 x float> %1490, <8 x float> undef, <8 x i32> zeroinitializer
  %1491 = load <8 x float>, <8 x float>* %9, align 32
  %1492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat114, <8 x float> %1479, <8 x float> %1491)
  store <8 x float> %1492, <8 x float>* %9, align 32
  %1493 = load <8 x float>, <8 x float>* %8, align 32
  %1494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat114, <8 x float> %1483, <8 x float> %1493)
  store <8 x float> %1494, <8 x float>* %8, align 32
  %1495 = add i64 %1453, 16
  %1496 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1495
  %1497 = bitcast float* %1496 to <8 x float>*
  %1498 = load <8 x float>, <8 x float>* %1497, align 4
  %1499 = add i64 %1453, 19216
  %1500 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1499
  %1501 = bitcast float* %1500 to <8 x float>*
  %1502 = load <8 x float>, <8 x float>* %1501, align 4
  %1503 = add i64 %1449, 0
  %1504 = mul i64 %1503, 8
  %1505 = add i64 %1504, 2
  %1506 = add i64 %1446, %1505
  %1507 = getelementptr inbounds float, float* %1, i64 %1506
  %1508 = load float, float* %1507, align 4
  %1509 = insertelement <8 x float> undef, float %1508, i32 0
  %splat115 = shufflevector <8 x float> %1509, <8 x float> undef, <8 x i32> zeroinitializer
  %1510 = load <8 x float>, <8 x float>* %9, align 32
  %1511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat115, <8 x float> %1498, <8 x float> %1510)
  store <8 x float> %1511, <8 x float>* %9, align 32
  %1512 = load <8 x float>, <8 x float>* %8, align 32
  %1513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat115, <8 x float> %1502, <8 x float> %1512)
  store <8 x float> %1513, <8 x float>* %8, align 32
  %1514 = add i64 %1453, 24
  %1515 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1514
  %1516 = bitcast float* %1515 to <8 x float>*
  %1517 = load <8 x float>, <8 x float>* %1516, align 4
  %1518 = add i64 %1453, 19224
  %1519 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1518
  %1520 = bitcast float* %1519 to <8 x float>*
  %1521 = load <8 x float>, <8 x float>* %1520, align 4
  %1522 = add i64 %1449, 0
  %1523 = mul i64 %1522, 8
  %1524 = add i64 %1523, 3
  %1525 = add i64 %1446, %1524
  %1526 = getelementptr inbounds float, float* %1, i64 %1525
  %1527 = load float, float* %1526, align 4
  %1528 = insertelement <8 x float> undef, float %1527, i32 0
  %splat116 = shufflevector <8 x float> %1528, <8 x float> undef, <8 x i32> zeroinitializer
  %1529 = load <8 x float>, <8 x float>* %9, align 32
  %1530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat116, <8 x float> %1517, <8 x float> %1529)
  store <8 x float> %1530, <8 x float>* %9, align 32
  %1531 = load <8 x float>, <8 x float>* %8, align 32
  %1532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat116, <8 x float> %1521, <8 x float> %1531)
  store <8 x float> %1532, <8 x float>* %8, align 32
  %1533 = add i64 %1453, 32
  %1534 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1533
  %1535 = bitcast float* %1534 to <8 x float>*
  %1536 = load <8 x float>, <8 x float>* %1535, align 4
  %1537 = add i64 %1453, 19232
  %1538 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1537
  %1539 = bitcast float* %1538 to <8 x float>*
  %1540 = load <8 x float>, <8 x float>* %1539, align 4
  %1541 = add i64 %1449, 0
  %1542 = mul i64 %1541, 8
  %1543 = add i64 %1542, 4
  %1544 = add i64 %1446, %1543
  %1545 = getelementptr inbounds float, float* %1, i64 %1544
  %1546 = load float, float* %1545, align 4
  %1547 = insertelement <8 x float> undef, float %1546, i32 0
  %splat117 = shufflevector <8 x float> %1547, <8 x float> undef, <8 x i32> zeroinitializer
  %1548 = load <8 x float>, <8 x float>* %9, align 32
  %1549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat117, <8 x float> %1536, <8 x float> %1548)
  store <8 x float> %1549, <8 x float>* %9, align 32
  %1550 = load <8 x float>, <8 x float>* %8, align 32
  %1551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat117, <8 x float> %1540, <8 x float> %1550)
  store <8 x float> %1551, <8 x float>* %8, align 32
  %1552 = add i64 %1453, 40
  %1553 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1552
  %1554 = bitcast float* %1553 to <8 x float>*
  %1555 = load <8 x float>, <8 x float>* %1554, align 4
  %1556 = add i64 %1453, 19240
  %1557 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1556
  %1558 = bitcast float* %1557 to <8 x float>*
  %1559 = load <8 x float>, <8 x float>* %1558, align 4
  %1560 = add i64 %1449, 0
  %1561 = mul i64 %1560, 8
  %1562 = add i64 %1561, 5
  %1563 = add i64 %1446, %1562
  %1564 = getelementptr inbounds float, float* %1, i64 %1563
  %1565 = load float, float* %1564, align 4
  %1566 = insertelement <8 x float> undef, float %1565, i32 0
  %splat118 = shufflevector <8 x float> %1566, <8 x float> undef, <8 x i32> zeroinitializer
  %1567 = load <8 x float>, <8 x float>* %9, align 32
  %1568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat118, <8 x float> %1555, <8 x float> %1567)
  store <8 x float> %1568, <8 x float>* %9, align 32
  %1569 = load <8 x float>, <8 x float>* %8, align 32
  %1570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat118, <8 x float> %1559, <8 x float> %1569)
  store <8 x float> %1570, <8 x float>* %8, align 32
  %1571 = add i64 %1453, 48
  %1572 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1571
  %1573 = bitcast float* %1572 to <8 x float>*
  %1574 = load <8 x float>, <8 x float>* %1573, align 4
  %1575 = add i64 %1453, 19248
  %1576 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1575
  %1577 = bitcast float* %1576 to <8 x float>*
  %1578 = load <8 x float>, <8 x float>* %1577, align 4
  %1579 = add i64 %1449, 0
  %1580 = mul i64 %1579, 8
  %1581 = add i64 %1580, 6
  %1582 = add i64 %1446, %1581
  %1583 = getelementptr inbounds float, float* %1, i64 %1582
  %1584 = load float, float* %1583, align 4
  %1585 = insertelement <8 x float> undef, float %1584, i32 0
  %splat119 = shufflevector <8 x float> %1585, <8 x float> undef, <8 x i32> zeroinitializer
  %1586 = load <8 x float>, <8 x float>* %9, align 32
  %1587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat119, <8 x float> %1574, <8 x float> %1586)
  store <8 x float> %1587, <8 x float>* %9, align 32
  %1588 = load <8 x float>, <8 x float>* %8, align 32
  %1589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat119, <8 x float> %1578, <8 x float> %1588)
  store <8 x float> %1589, <8 x float>* %8, align 32
  %1590 = add i64 %1453, 56
  %1591 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1590
  %1592 = bitcast float* %1591 to <8 x float>*
  %1593 = load <8 x float>, <8 x float>* %1592, align 4
  %1594 = add i64 %1453, 19256
  %1595 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1594
  %1596 = bitcast float* %1595 to <8 x float>*
  %1597 = load <8 x float>, <8 x float>* %1596, align 4
  %1598 = add i64 %1449, 0
  %1599 = mul i64 %1598, 8
  %1600 = add i64 %1599, 7
  %1601 = add i64 %1446, %1600
  %1602 = getelementptr inbounds float, float* %1, i64 %1601
  %1603 = load float, float* %1602, align 4
  %1604 = insertelement <8 x float> undef, float %1603, i32 0
  %splat120 = shufflevector <8 x float> %1604, <8 x float> undef, <8 x i32> zeroinitializer
  %1605 = load <8 x float>, <8 x float>* %9, align 32
  %1606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat120, <8 x float> %1593, <8 x float> %1605)
  store <8 x float> %1606, <8 x float>* %9, align 32
  %1607 = load <8 x float>, <8 x float>* %8, align 32
  %1608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat120, <8 x float> %1597, <8 x float> %1607)
  store <8 x float> %1608, <8 x float>* %8, align 32
  br label %endif112

endif112:                                         ; preds = %then111, %kw.body108
  %kw.next121 = add i64 %kw110, 1
  br label %kw.header107

xb.header124:                                     ; preds = %u.exit130, %xb.exit
  %xb127 = phi i64 [ 24, %xb.exit ], [ %xb.next155, %u.exit130 ]
  %1609 = icmp slt i64 %xb127, 26
  br i1 %1609, label %xb.body125, label %xb.exit126

xb.body125:                                       ; preds = %xb.header124
  %1610 = add i64 %39, 0
  %1611 = mul i64 %1610, 8
  %1612 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %1611
  %1613 = bitcast float* %1612 to <8 x float>*
  %1614 = load <8 x float>, <8 x float>* %1613, align 4
  store <8 x float> %1614, <8 x float>* %7, align 32
  %1615 = add i64 %39, 1
  %1616 = mul i64 %1615, 8
  %1617 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %1616
  %1618 = bitcast float* %1617 to <8 x float>*
  %1619 = load <8 x float>, <8 x float>* %1618, align 4
  store <8 x float> %1619, <8 x float>* %6, align 32
  %1620 = mul i64 %xb127, 1
  %1621 = sub i64 %1620, 2
  br label %u.header128

xb.exit126:                                       ; preds = %xb.header124
  %task.next = add i64 %task, 1
  br label %task.header

u.header128:                                      ; preds = %kh.exit134, %xb.body125
  %u131 = phi i64 [ 0, %xb.body125 ], [ %u.next154, %kh.exit134 ]
  %1622 = icmp slt i64 %u131, 12
  br i1 %1622, label %u.body129, label %u.exit130

u.body129:                                        ; preds = %u.header128
  %1623 = mul i64 %u131, 5408
  %1624 = add i64 %43, %1623
  %1625 = mul i64 %u131, 1600
  %1626 = add i64 %47, %1625
  br label %kh.header132

u.exit130:                                        ; preds = %u.header128
  %1627 = add i64 %xb127, 0
  %1628 = mul i64 %36, 32
  %1629 = add i64 %1628, %39
  %1630 = add i64 %1629, 0
  %1631 = mul i64 %1630, 26
  %1632 = add i64 %1631, %33
  %1633 = mul i64 %1632, 26
  %1634 = add i64 %1633, %1627
  %1635 = mul i64 %1634, 8
  %1636 = load <8 x float>, <8 x float>* %7, align 32
  %1637 = fcmp ogt <8 x float> %1636, zeroinitializer
  %1638 = select <8 x i1> %1637, <8 x float> %1636, <8 x float> zeroinitializer
  %1639 = getelementptr inbounds float, float* %0, i64 %1635
  %1640 = bitcast float* %1639 to <8 x float>*
  store <8 x float> %1638, <8 x float>* %1640, align 4
  %1641 = add i64 %xb127, 0
  %1642 = mul i64 %36, 32
  %1643 = add i64 %1642, %39
  %1644 = add i64 %1643, 1
  %1645 = mul i64 %1644, 26
  %1646 = add i64 %1645, %33
  %1647 = mul i64 %1646, 26
  %1648 = add i64 %1647, %1641
  %1649 = mul i64 %1648, 8
  %1650 = load <8 x float>, <8 x float>* %6, align 32
  %1651 = fcmp ogt <8 x float> %1650, zeroinitializer
  %1652 = select <8 x i1> %1651, <8 x float> %1650, <8 x float> zeroinitializer
  %1653 = getelementptr inbounds float, float* %0, i64 %1649
  %1654 = bitcast float* %1653 to <8 x float>*
  store <8 x float> %1652, <8 x float>* %1654, align 4
  %xb.next155 = add i64 %xb127, 1
  br label %xb.header124

kh.header132:                                     ; preds = %endif137, %u.body129
  %kh135 = phi i64 [ 0, %u.body129 ], [ %kh.next153, %endif137 ]
  %1655 = icmp slt i64 %kh135, 5
  br i1 %1655, label %kh.body133, label %kh.exit134

kh.body133:                                       ; preds = %kh.header132
  %1656 = mul i64 %kh135, 1
  %1657 = add i64 %49, %1656
  %1658 = icmp sge i64 %1657, 0
  %1659 = icmp slt i64 %1657, 26
  %1660 = and i1 %1658, %1659
  br i1 %1660, label %then136, label %endif137

kh.exit134:                                       ; preds = %kh.header132
  %u.next154 = add i64 %u131, 1
  br label %u.header128

then136:                                          ; preds = %kh.body133
  %1661 = mul i64 %1657, 208
  %1662 = add i64 %1624, %1661
  br label %kw.header138

endif137:                                         ; preds = %kw.exit140, %kh.body133
  %kh.next153 = add i64 %kh135, 1
  br label %kh.header132

kw.header138:                                     ; preds = %endif143, %then136
  %kw141 = phi i64 [ 0, %then136 ], [ %kw.next152, %endif143 ]
  %1663 = icmp slt i64 %kw141, 5
  br i1 %1663, label %kw.body139, label %kw.exit140

kw.body139:                                       ; preds = %kw.header138
  %1664 = mul i64 %kw141, 1
  %1665 = add i64 %1621, %1664
  %1666 = mul i64 %kh135, 5
  %1667 = add i64 %1666, %kw141
  %1668 = mul i64 %1667, 64
  %1669 = add i64 %1626, %1668
  %1670 = icmp sge i64 %1665, 0
  %1671 = icmp slt i64 %1665, 26
  %1672 = and i1 %1670, %1671
  br i1 %1672, label %then142, label %endif143

kw.exit140:                                       ; preds = %kw.header138
  br label %endif137

then142:                                          ; preds = %kw.body139
  %1673 = add i64 %1669, 0
  %1674 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1673
  %1675 = bitcast float* %1674 to <8 x float>*
  %1676 = load <8 x float>, <8 x float>* %1675, align 4
  %1677 = add i64 %1669, 19200
  %1678 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1677
  %1679 = bitcast float* %1678 to <8 x float>*
  %1680 = load <8 x float>, <8 x float>* %1679, align 4
  %1681 = add i64 %1665, 0
  %1682 = mul i64 %1681, 8
  %1683 = add i64 %1682, 0
  %1684 = add i64 %1662, %1683
  %1685 = getelementptr inbounds float, float* %1, i64 %1684
  %1686 = load float, float* %1685, align 4
  %1687 = insertelement <8 x float> undef, float %1686, i32 0
  %splat144 = shufflevector <8 x float> %1687, <8 x float> undef, <8 x i32> zeroinitializer
  %1688 = load <8 x float>, <8 x float>* %7, align 32
  %1689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1676, <8 x float> %1688)
  store <8 x float> %1689, <8 x float>* %7, align 32
  %1690 = load <8 x float>, <8 x float>* %6, align 32
  %1691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1680, <8 x float> %1690)
  store <8 x float> %1691, <8 x float>* %6, align 32
  %1692 = add i64 %1669, 8
  %1693 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1692
  %1694 = bitcast float* %1693 to <8 x float>*
  %1695 = load <8 x float>, <8 x float>* %1694, align 4
  %1696 = add i64 %1669, 19208
  %1697 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1696
  %1698 = bitcast float* %1697 to <8 x float>*
  %1699 = load <8 x float>, <8 x float>* %1698, align 4
  %1700 = add i64 %1665, 0
  %1701 = mul i64 %1700, 8
  %1702 = add i64 %1701, 1
  %1703 = add i64 %1662, %1702
  %1704 = getelementptr inbounds float, float* %1, i64 %1703
  %1705 = load float, float* %1704, align 4
  %1706 = insertelement <8 x float> undef, float %1705, i32 0
  %splat145 = shufflevector <8 x float> %1706, <8 x float> undef, <8 x i32> zeroinitializer
  %1707 = load <8 x float>, <8 x float>* %7, align 32
  %1708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1695, <8 x float> %1707)
  store <8 x float> %1708, <8 x float>* %7, align 32
  %1709 = load <8 x float>, <8 x float>* %6, align 32
  %1710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1699, <8 x float> %1709)
  store <8 x float> %1710, <8 x float>* %6, align 32
  %1711 = add i64 %1669, 16
  %1712 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1711
  %1713 = bitcast float* %1712 to <8 x float>*
  %1714 = load <8 x float>, <8 x float>* %1713, align 4
  %1715 = add i64 %1669, 19216
  %1716 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1715
  %1717 = bitcast float* %1716 to <8 x float>*
  %1718 = load <8 x float>, <8 x float>* %1717, align 4
  %1719 = add i64 %1665, 0
  %1720 = mul i64 %1719, 8
  %1721 = add i64 %1720, 2
  %1722 = add i64 %1662, %1721
  %1723 = getelementptr inbounds float, float* %1, i64 %1722
  %1724 = load float, float* %1723, align 4
  %1725 = insertelement <8 x float> undef, float %1724, i32 0
  %splat146 = shufflevector <8 x float> %1725, <8 x float> undef, <8 x i32> zeroinitializer
  %1726 = load <8 x float>, <8 x float>* %7, align 32
  %1727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1714, <8 x float> %1726)
  store <8 x float> %1727, <8 x float>* %7, align 32
  %1728 = load <8 x float>, <8 x float>* %6, align 32
  %1729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1718, <8 x float> %1728)
  store <8 x float> %1729, <8 x float>* %6, align 32
  %1730 = add i64 %1669, 24
  %1731 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1730
  %1732 = bitcast float* %1731 to <8 x float>*
  %1733 = load <8 x float>, <8 x float>* %1732, align 4
  %1734 = add i64 %1669, 19224
  %1735 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1734
  %1736 = bitcast float* %1735 to <8 x float>*
  %1737 = load <8 x float>, <8 x float>* %1736, align 4
  %1738 = add i64 %1665, 0
  %1739 = mul i64 %1738, 8
  %1740 = add i64 %1739, 3
  %1741 = add i64 %1662, %1740
  %1742 = getelementptr inbounds float, float* %1, i64 %1741
  %1743 = load float, float* %1742, align 4
  %1744 = insertelement <8 x float> undef, float %1743, i32 0
  %splat147 = shufflevector <8 x float> %1744, <8 x float> undef, <8 x i32> zeroinitializer
  %1745 = load <8 x float>, <8 x float>* %7, align 32
  %1746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1733, <8 x float> %1745)
  store <8 x float> %1746, <8 x float>* %7, align 32
  %1747 = load <8 x float>, <8 x float>* %6, align 32
  %1748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1737, <8 x float> %1747)
  store <8 x float> %1748, <8 x float>* %6, align 32
  %1749 = add i64 %1669, 32
  %1750 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1749
  %1751 = bitcast float* %1750 to <8 x float>*
  %1752 = load <8 x float>, <8 x float>* %1751, align 4
  %1753 = add i64 %1669, 19232
  %1754 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1753
  %1755 = bitcast float* %1754 to <8 x float>*
  %1756 = load <8 x float>, <8 x float>* %1755, align 4
  %1757 = add i64 %1665, 0
  %1758 = mul i64 %1757, 8
  %1759 = add i64 %1758, 4
  %1760 = add i64 %1662, %1759
  %1761 = getelementptr inbounds float, float* %1, i64 %1760
  %1762 = load float, float* %1761, align 4
  %1763 = insertelement <8 x float> undef, float %1762, i32 0
  %splat148 = shufflevector <8 x float> %1763, <8 x float> undef, <8 x i32> zeroinitializer
  %1764 = load <8 x float>, <8 x float>* %7, align 32
  %1765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1752, <8 x float> %1764)
  store <8 x float> %1765, <8 x float>* %7, align 32
  %1766 = load <8 x float>, <8 x float>* %6, align 32
  %1767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1756, <8 x float> %1766)
  store <8 x float> %1767, <8 x float>* %6, align 32
  %1768 = add i64 %1669, 40
  %1769 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1768
  %1770 = bitcast float* %1769 to <8 x float>*
  %1771 = load <8 x float>, <8 x float>* %1770, align 4
  %1772 = add i64 %1669, 19240
  %1773 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1772
  %1774 = bitcast float* %1773 to <8 x float>*
  %1775 = load <8 x float>, <8 x float>* %1774, align 4
  %1776 = add i64 %1665, 0
  %1777 = mul i64 %1776, 8
  %1778 = add i64 %1777, 5
  %1779 = add i64 %1662, %1778
  %1780 = getelementptr inbounds float, float* %1, i64 %1779
  %1781 = load float, float* %1780, align 4
  %1782 = insertelement <8 x float> undef, float %1781, i32 0
  %splat149 = shufflevector <8 x float> %1782, <8 x float> undef, <8 x i32> zeroinitializer
  %1783 = load <8 x float>, <8 x float>* %7, align 32
  %1784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1771, <8 x float> %1783)
  store <8 x float> %1784, <8 x float>* %7, align 32
  %1785 = load <8 x float>, <8 x float>* %6, align 32
  %1786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1775, <8 x float> %1785)
  store <8 x float> %1786, <8 x float>* %6, align 32
  %1787 = add i64 %1669, 48
  %1788 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1787
  %1789 = bitcast float* %1788 to <8 x float>*
  %1790 = load <8 x float>, <8 x float>* %1789, align 4
  %1791 = add i64 %1669, 19248
  %1792 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1791
  %1793 = bitcast float* %1792 to <8 x float>*
  %1794 = load <8 x float>, <8 x float>* %1793, align 4
  %1795 = add i64 %1665, 0
  %1796 = mul i64 %1795, 8
  %1797 = add i64 %1796, 6
  %1798 = add i64 %1662, %1797
  %1799 = getelementptr inbounds float, float* %1, i64 %1798
  %1800 = load float, float* %1799, align 4
  %1801 = insertelement <8 x float> undef, float %1800, i32 0
  %splat150 = shufflevector <8 x float> %1801, <8 x float> undef, <8 x i32> zeroinitializer
  %1802 = load <8 x float>, <8 x float>* %7, align 32
  %1803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1790, <8 x float> %1802)
  store <8 x float> %1803, <8 x float>* %7, align 32
  %1804 = load <8 x float>, <8 x float>* %6, align 32
  %1805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1794, <8 x float> %1804)
  store <8 x float> %1805, <8 x float>* %6, align 32
  %1806 = add i64 %1669, 56
  %1807 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1806
  %1808 = bitcast float* %1807 to <8 x float>*
  %1809 = load <8 x float>, <8 x float>* %1808, align 4
  %1810 = add i64 %1669, 19256
  %1811 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.packed to float*), i64 %1810
  %1812 = bitcast float* %1811 to <8 x float>*
  %1813 = load <8 x float>, <8 x float>* %1812, align 4
  %1814 = add i64 %1665, 0
  %1815 = mul i64 %1814, 8
  %1816 = add i64 %1815, 7
  %1817 = add i64 %1662, %1816
  %1818 = getelementptr inbounds float, float* %1, i64 %1817
  %1819 = load float, float* %1818, align 4
  %1820 = insertelement <8 x float> undef, float %1819, i32 0
  %splat151 = shufflevector <8 x float> %1820, <8 x float> undef, <8 x i32> zeroinitializer
  %1821 = load <8 x float>, <8 x float>* %7, align 32
  %1822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1809, <8 x float> %1821)
  store <8 x float> %1822, <8 x float>* %7, align 32
  %1823 = load <8 x float>, <8 x float>* %6, align 32
  %1824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1813, <8 x float> %1823)
  store <8 x float> %1824, <8 x float>* %6, align 32
  br label %endif143

endif143:                                         ; preds = %then142, %kw.body139
  %kw.next152 = add i64 %kw141, 1
  br label %kw.header138
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
  %19 = add i64 416, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 416
  %23 = select i1 %22, i64 %21, i64 416
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 416
  %26 = select i1 %25, i64 %24, i64 416
  call void @node4.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit50 ]
  %26 = icmp slt i64 %task, %5
  br i1 %26, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %27 = srem i64 %task, 16
  %28 = sdiv i64 %task, 16
  %29 = srem i64 %28, 13
  %30 = sdiv i64 %task, 208
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 32
  %34 = mul i64 %27, 2
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 32
  %37 = mul i64 %31, 32
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 5408
  %40 = mul i64 %31, 32
  %41 = mul i64 %27, 2
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 2048
  %44 = mul i64 %29, 1
  %45 = sub i64 %44, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 48
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %35, 0
  %48 = mul i64 %47, 8
  %49 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %48
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
  %54 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  store <8 x float> %56, <8 x float>* %19, align 32
  store <8 x float> %56, <8 x float>* %18, align 32
  store <8 x float> %56, <8 x float>* %17, align 32
  store <8 x float> %56, <8 x float>* %16, align 32
  store <8 x float> %56, <8 x float>* %15, align 32
  store <8 x float> %56, <8 x float>* %14, align 32
  %57 = mul i64 %x, 1
  %58 = sub i64 %57, 0
  br label %u.header

x.exit:                                           ; preds = %x.header
  %59 = add i64 %35, 0
  %60 = mul i64 %59, 8
  %61 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  store <8 x float> %63, <8 x float>* %13, align 32
  store <8 x float> %63, <8 x float>* %12, align 32
  store <8 x float> %63, <8 x float>* %11, align 32
  store <8 x float> %63, <8 x float>* %10, align 32
  %64 = add i64 %35, 1
  %65 = mul i64 %64, 8
  %66 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  store <8 x float> %68, <8 x float>* %9, align 32
  store <8 x float> %68, <8 x float>* %8, align 32
  store <8 x float> %68, <8 x float>* %7, align 32
  store <8 x float> %68, <8 x float>* %6, align 32
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %69 = icmp slt i64 %u, 32
  br i1 %69, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %70 = mul i64 %u, 5408
  %71 = add i64 %39, %70
  %72 = mul i64 %u, 64
  %73 = add i64 %43, %72
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %74 = add i64 %x, 0
  %75 = mul i64 %32, 32
  %76 = add i64 %75, %35
  %77 = add i64 %76, 0
  %78 = mul i64 %77, 13
  %79 = add i64 %78, %29
  %80 = mul i64 %79, 52
  %81 = add i64 %80, %74
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %25, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 1
  %89 = mul i64 %32, 32
  %90 = add i64 %89, %35
  %91 = add i64 %90, 0
  %92 = mul i64 %91, 13
  %93 = add i64 %92, %29
  %94 = mul i64 %93, 52
  %95 = add i64 %94, %88
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %24, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 2
  %103 = mul i64 %32, 32
  %104 = add i64 %103, %35
  %105 = add i64 %104, 0
  %106 = mul i64 %105, 13
  %107 = add i64 %106, %29
  %108 = mul i64 %107, 52
  %109 = add i64 %108, %102
  %110 = mul i64 %109, 8
  %111 = load <8 x float>, <8 x float>* %23, align 32
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %x, 3
  %117 = mul i64 %32, 32
  %118 = add i64 %117, %35
  %119 = add i64 %118, 0
  %120 = mul i64 %119, 13
  %121 = add i64 %120, %29
  %122 = mul i64 %121, 52
  %123 = add i64 %122, %116
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %22, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = add i64 %x, 4
  %131 = mul i64 %32, 32
  %132 = add i64 %131, %35
  %133 = add i64 %132, 0
  %134 = mul i64 %133, 13
  %135 = add i64 %134, %29
  %136 = mul i64 %135, 52
  %137 = add i64 %136, %130
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %21, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 5
  %145 = mul i64 %32, 32
  %146 = add i64 %145, %35
  %147 = add i64 %146, 0
  %148 = mul i64 %147, 13
  %149 = add i64 %148, %29
  %150 = mul i64 %149, 52
  %151 = add i64 %150, %144
  %152 = mul i64 %151, 8
  %153 = load <8 x float>, <8 x float>* %20, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = getelementptr inbounds float, float* %0, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 0
  %159 = mul i64 %32, 32
  %160 = add i64 %159, %35
  %161 = add i64 %160, 1
  %162 = mul i64 %161, 13
  %163 = add i64 %162, %29
  %164 = mul i64 %163, 52
  %165 = add i64 %164, %158
  %166 = mul i64 %165, 8
  %167 = load <8 x float>, <8 x float>* %19, align 32
  %168 = fcmp ogt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> %167, <8 x float> zeroinitializer
  %170 = getelementptr inbounds float, float* %0, i64 %166
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %169, <8 x float>* %171, align 4
  %172 = add i64 %x, 1
  %173 = mul i64 %32, 32
  %174 = add i64 %173, %35
  %175 = add i64 %174, 1
  %176 = mul i64 %175, 13
  %177 = add i64 %176, %29
  %178 = mul i64 %177, 52
  %179 = add i64 %178, %172
  %180 = mul i64 %179, 8
  %181 = load <8 x float>, <8 x float>* %18, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = getelementptr inbounds float, float* %0, i64 %180
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %183, <8 x float>* %185, align 4
  %186 = add i64 %x, 2
  %187 = mul i64 %32, 32
  %188 = add i64 %187, %35
  %189 = add i64 %188, 1
  %190 = mul i64 %189, 13
  %191 = add i64 %190, %29
  %192 = mul i64 %191, 52
  %193 = add i64 %192, %186
  %194 = mul i64 %193, 8
  %195 = load <8 x float>, <8 x float>* %17, align 32
  %196 = fcmp ogt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> %195, <8 x float> zeroinitializer
  %198 = getelementptr inbounds float, float* %0, i64 %194
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = add i64 %x, 3
  %201 = mul i64 %32, 32
  %202 = add i64 %201, %35
  %203 = add i64 %202, 1
  %204 = mul i64 %203, 13
  %205 = add i64 %204, %29
  %206 = mul i64 %205, 52
  %207 = add i64 %206, %200
  %208 = mul i64 %207, 8
  %209 = load <8 x float>, <8 x float>* %16, align 32
  %210 = fcmp ogt <8 x float> %209, zeroinitializer
  %211 = select <8 x i1> %210, <8 x float> %209, <8 x float> zeroinitializer
  %212 = getelementptr inbounds float, float* %0, i64 %208
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %214 = add i64 %x, 4
  %215 = mul i64 %32, 32
  %216 = add i64 %215, %35
  %217 = add i64 %216, 1
  %218 = mul i64 %217, 13
  %219 = add i64 %218, %29
  %220 = mul i64 %219, 52
  %221 = add i64 %220, %214
  %222 = mul i64 %221, 8
  %223 = load <8 x float>, <8 x float>* %15, align 32
  %224 = fcmp ogt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> %223, <8 x float> zeroinitializer
  %226 = getelementptr inbounds float, float* %0, i64 %222
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %225, <8 x float>* %227, align 4
  %228 = add i64 %x, 5
  %229 = mul i64 %32, 32
  %230 = add i64 %229, %35
  %231 = add i64 %230, 1
  %232 = mul i64 %231, 13
  %233 = add i64 %232, %29
  %234 = mul i64 %233, 52
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
  %242 = icmp slt i64 %kh, 1
  br i1 %242, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %243 = mul i64 %kh, 1
  %244 = add i64 %45, %243
  %245 = icmp sge i64 %244, 0
  %246 = icmp slt i64 %244, 13
  %247 = and i1 %245, %246
  br i1 %247, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %248 = mul i64 %244, 416
  %249 = add i64 %71, %248
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %250 = icmp slt i64 %kw, 1
  br i1 %250, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %251 = mul i64 %kw, 1
  %252 = add i64 %58, %251
  %253 = mul i64 %kh, 1
  %254 = add i64 %253, %kw
  %255 = mul i64 %254, 64
  %256 = add i64 %73, %255
  %257 = add i64 %256, 0
  %258 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %257
  %259 = bitcast float* %258 to <8 x float>*
  %260 = load <8 x float>, <8 x float>* %259, align 4
  %261 = add i64 %256, 2048
  %262 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %261
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
  %332 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = add i64 %256, 2056
  %336 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %335
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
  %406 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %405
  %407 = bitcast float* %406 to <8 x float>*
  %408 = load <8 x float>, <8 x float>* %407, align 4
  %409 = add i64 %256, 2064
  %410 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %409
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
  %480 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  %482 = load <8 x float>, <8 x float>* %481, align 4
  %483 = add i64 %256, 2072
  %484 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %483
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
  %554 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %553
  %555 = bitcast float* %554 to <8 x float>*
  %556 = load <8 x float>, <8 x float>* %555, align 4
  %557 = add i64 %256, 2080
  %558 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %557
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
  %628 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %627
  %629 = bitcast float* %628 to <8 x float>*
  %630 = load <8 x float>, <8 x float>* %629, align 4
  %631 = add i64 %256, 2088
  %632 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %631
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
  %702 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %701
  %703 = bitcast float* %702 to <8 x float>*
  %704 = load <8 x float>, <8 x float>* %703, align 4
  %705 = add i64 %256, 2096
  %706 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %705
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
  %776 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %775
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = add i64 %256, 2104
  %780 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %779
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
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next96, %kh.exit54 ]
  %849 = icmp slt i64 %u51, 32
  br i1 %849, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %850 = mul i64 %u51, 5408
  %851 = add i64 %39, %850
  %852 = mul i64 %u51, 64
  %853 = add i64 %43, %852
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %854 = mul i64 %32, 32
  %855 = add i64 %854, %35
  %856 = add i64 %855, 0
  %857 = mul i64 %856, 13
  %858 = add i64 %857, %29
  %859 = mul i64 %858, 52
  %860 = add i64 %859, 48
  %861 = mul i64 %860, 8
  %862 = load <8 x float>, <8 x float>* %13, align 32
  %863 = fcmp ogt <8 x float> %862, zeroinitializer
  %864 = select <8 x i1> %863, <8 x float> %862, <8 x float> zeroinitializer
  %865 = getelementptr inbounds float, float* %0, i64 %861
  %866 = bitcast float* %865 to <8 x float>*
  store <8 x float> %864, <8 x float>* %866, align 4
  %867 = mul i64 %32, 32
  %868 = add i64 %867, %35
  %869 = add i64 %868, 0
  %870 = mul i64 %869, 13
  %871 = add i64 %870, %29
  %872 = mul i64 %871, 52
  %873 = add i64 %872, 49
  %874 = mul i64 %873, 8
  %875 = load <8 x float>, <8 x float>* %12, align 32
  %876 = fcmp ogt <8 x float> %875, zeroinitializer
  %877 = select <8 x i1> %876, <8 x float> %875, <8 x float> zeroinitializer
  %878 = getelementptr inbounds float, float* %0, i64 %874
  %879 = bitcast float* %878 to <8 x float>*
  store <8 x float> %877, <8 x float>* %879, align 4
  %880 = mul i64 %32, 32
  %881 = add i64 %880, %35
  %882 = add i64 %881, 0
  %883 = mul i64 %882, 13
  %884 = add i64 %883, %29
  %885 = mul i64 %884, 52
  %886 = add i64 %885, 50
  %887 = mul i64 %886, 8
  %888 = load <8 x float>, <8 x float>* %11, align 32
  %889 = fcmp ogt <8 x float> %888, zeroinitializer
  %890 = select <8 x i1> %889, <8 x float> %888, <8 x float> zeroinitializer
  %891 = getelementptr inbounds float, float* %0, i64 %887
  %892 = bitcast float* %891 to <8 x float>*
  store <8 x float> %890, <8 x float>* %892, align 4
  %893 = mul i64 %32, 32
  %894 = add i64 %893, %35
  %895 = add i64 %894, 0
  %896 = mul i64 %895, 13
  %897 = add i64 %896, %29
  %898 = mul i64 %897, 52
  %899 = add i64 %898, 51
  %900 = mul i64 %899, 8
  %901 = load <8 x float>, <8 x float>* %10, align 32
  %902 = fcmp ogt <8 x float> %901, zeroinitializer
  %903 = select <8 x i1> %902, <8 x float> %901, <8 x float> zeroinitializer
  %904 = getelementptr inbounds float, float* %0, i64 %900
  %905 = bitcast float* %904 to <8 x float>*
  store <8 x float> %903, <8 x float>* %905, align 4
  %906 = mul i64 %32, 32
  %907 = add i64 %906, %35
  %908 = add i64 %907, 1
  %909 = mul i64 %908, 13
  %910 = add i64 %909, %29
  %911 = mul i64 %910, 52
  %912 = add i64 %911, 48
  %913 = mul i64 %912, 8
  %914 = load <8 x float>, <8 x float>* %9, align 32
  %915 = fcmp ogt <8 x float> %914, zeroinitializer
  %916 = select <8 x i1> %915, <8 x float> %914, <8 x float> zeroinitializer
  %917 = getelementptr inbounds float, float* %0, i64 %913
  %918 = bitcast float* %917 to <8 x float>*
  store <8 x float> %916, <8 x float>* %918, align 4
  %919 = mul i64 %32, 32
  %920 = add i64 %919, %35
  %921 = add i64 %920, 1
  %922 = mul i64 %921, 13
  %923 = add i64 %922, %29
  %924 = mul i64 %923, 52
  %925 = add i64 %924, 49
  %926 = mul i64 %925, 8
  %927 = load <8 x float>, <8 x float>* %8, align 32
  %928 = fcmp ogt <8 x float> %927, zeroinitializer
  %929 = select <8 x i1> %928, <8 x float> %927, <8 x float> zeroinitializer
  %930 = getelementptr inbounds float, float* %0, i64 %926
  %931 = bitcast float* %930 to <8 x float>*
  store <8 x float> %929, <8 x float>* %931, align 4
  %932 = mul i64 %32, 32
  %933 = add i64 %932, %35
  %934 = add i64 %933, 1
  %935 = mul i64 %934, 13
  %936 = add i64 %935, %29
  %937 = mul i64 %936, 52
  %938 = add i64 %937, 50
  %939 = mul i64 %938, 8
  %940 = load <8 x float>, <8 x float>* %7, align 32
  %941 = fcmp ogt <8 x float> %940, zeroinitializer
  %942 = select <8 x i1> %941, <8 x float> %940, <8 x float> zeroinitializer
  %943 = getelementptr inbounds float, float* %0, i64 %939
  %944 = bitcast float* %943 to <8 x float>*
  store <8 x float> %942, <8 x float>* %944, align 4
  %945 = mul i64 %32, 32
  %946 = add i64 %945, %35
  %947 = add i64 %946, 1
  %948 = mul i64 %947, 13
  %949 = add i64 %948, %29
  %950 = mul i64 %949, 52
  %951 = add i64 %950, 51
  %952 = mul i64 %951, 8
  %953 = load <8 x float>, <8 x float>* %6, align 32
  %954 = fcmp ogt <8 x float> %953, zeroinitializer
  %955 = select <8 x i1> %954, <8 x float> %953, <8 x float> zeroinitializer
  %956 = getelementptr inbounds float, float* %0, i64 %952
  %957 = bitcast float* %956 to <8 x float>*
  store <8 x float> %955, <8 x float>* %957, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %endif57, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next95, %endif57 ]
  %958 = icmp slt i64 %kh55, 1
  br i1 %958, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %959 = mul i64 %kh55, 1
  %960 = add i64 %45, %959
  %961 = icmp sge i64 %960, 0
  %962 = icmp slt i64 %960, 13
  %963 = and i1 %961, %962
  br i1 %963, label %then56, label %endif57

kh.exit54:                                        ; preds = %kh.header52
  %u.next96 = add i64 %u51, 1
  br label %u.header48

then56:                                           ; preds = %kh.body53
  %964 = mul i64 %960, 416
  %965 = add i64 %851, %964
  br label %kw.header58

endif57:                                          ; preds = %kw.exit60, %kh.body53
  %kh.next95 = add i64 %kh55, 1
  br label %kh.header52

kw.header58:                                      ; preds = %kw.body59, %then56
  %kw61 = phi i64 [ 0, %then56 ], [ %kw.next94, %kw.body59 ]
  %966 = icmp slt i64 %kw61, 1
  br i1 %966, label %kw.body59, label %kw.exit60

kw.body59:                                        ; preds = %kw.header58
  %967 = mul i64 %kw61, 1
  %968 = add i64 48, %967
  %969 = mul i64 %kh55, 1
  %970 = add i64 %969, %kw61
  %971 = mul i64 %970, 64
  %972 = add i64 %853, %971
  %973 = add i64 %972, 0
  %974 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %973
  %975 = bitcast float* %974 to <8 x float>*
  %976 = load <8 x float>, <8 x float>* %975, align 4
  %977 = add i64 %972, 2048
  %978 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %977
  %979 = bitcast float* %978 to <8 x float>*
  %980 = load <8 x float>, <8 x float>* %979, align 4
  %981 = add i64 %968, 0
  %982 = mul i64 %981, 8
  %983 = add i64 %982, 0
  %984 = add i64 %965, %983
  %985 = getelementptr inbounds float, float* %1, i64 %984
  %986 = load float, float* %985, align 4
  %987 = insertelement <8 x float> undef, float %986, i32 0
  %splat62 = shufflevector <8 x float> %987, <8 x float> undef, <8 x i32> zeroinitializer
  %988 = load <8 x float>, <8 x float>* %13, align 32
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %976, <8 x float> %988)
  store <8 x float> %989, <8 x float>* %13, align 32
  %990 = load <8 x float>, <8 x float>* %9, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %980, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %9, align 32
  %992 = add i64 %968, 1
  %993 = mul i64 %992, 8
  %994 = add i64 %993, 0
  %995 = add i64 %965, %994
  %996 = getelementptr inbounds float, float* %1, i64 %995
  %997 = load float, float* %996, align 4
  %998 = insertelement <8 x float> undef, float %997, i32 0
  %splat63 = shufflevector <8 x float> %998, <8 x float> undef, <8 x i32> zeroinitializer
  %999 = load <8 x float>, <8 x float>* %12, align 32
  %1000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %976, <8 x float> %999)
  store <8 x float> %1000, <8 x float>* %12, align 32
  %1001 = load <8 x float>, <8 x float>* %8, align 32
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %980, <8 x float> %1001)
  store <8 x float> %1002, <8 x float>* %8, align 32
  %1003 = add i64 %968, 2
  %1004 = mul i64 %1003, 8
  %1005 = add i64 %1004, 0
  %1006 = add i64 %965, %1005
  %1007 = getelementptr inbounds float, float* %1, i64 %1006
  %1008 = load float, float* %1007, align 4
  %1009 = insertelement <8 x float> undef, float %1008, i32 0
  %splat64 = shufflevector <8 x float> %1009, <8 x float> undef, <8 x i32> zeroinitializer
  %1010 = load <8 x float>, <8 x float>* %11, align 32
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %976, <8 x float> %1010)
  store <8 x float> %1011, <8 x float>* %11, align 32
  %1012 = load <8 x float>, <8 x float>* %7, align 32
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %980, <8 x float> %1012)
  store <8 x float> %1013, <8 x float>* %7, align 32
  %1014 = add i64 %968, 3
  %1015 = mul i64 %1014, 8
  %1016 = add i64 %1015, 0
  %1017 = add i64 %965, %1016
  %1018 = getelementptr inbounds float, float* %1, i64 %1017
  %1019 = load float, float* %1018, align 4
  %1020 = insertelement <8 x float> undef, float %1019, i32 0
  %splat65 = shufflevector <8 x float> %1020, <8 x float> undef, <8 x i32> zeroinitializer
  %1021 = load <8 x float>, <8 x float>* %10, align 32
  %1022 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %976, <8 x float> %1021)
  store <8 x float> %1022, <8 x float>* %10, align 32
  %1023 = load <8 x float>, <8 x float>* %6, align 32
  %1024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %980, <8 x float> %1023)
  store <8 x float> %1024, <8 x float>* %6, align 32
  %1025 = add i64 %972, 8
  %1026 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %1025
  %1027 = bitcast float* %1026 to <8 x float>*
  %1028 = load <8 x float>, <8 x float>* %1027, align 4
  %1029 = add i64 %972, 2056
  %1030 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %1029
  %1031 = bitcast float* %1030 to <8 x float>*
  %1032 = load <8 x float>, <8 x float>* %1031, align 4
  %1033 = add i64 %968, 0
  %1034 = mul i64 %1033, 8
  %1035 = add i64 %1034, 1
  %1036 = add i64 %965, %1035
  %1037 = getelementptr inbounds float, float* %1, i64 %1036
  %1038 = load float, float* %1037, align 4
  %1039 = insertelement <8 x float> undef, float %1038, i32 0
  %splat66 = shufflevector <8 x float> %1039, <8 x float> undef, <8 x i32> zeroinitializer
  %1040 = load <8 x float>, <8 x float>* %13, align 32
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1028, <8 x float> %1040)
  store <8 x float> %1041, <8 x float>* %13, align 32
  %1042 = load <8 x float>, <8 x float>* %9, align 32
  %1043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1032, <8 x float> %1042)
  store <8 x float> %1043, <8 x float>* %9, align 32
  %1044 = add i64 %968, 1
  %1045 = mul i64 %1044, 8
  %1046 = add i64 %1045, 1
  %1047 = add i64 %965, %1046
  %1048 = getelementptr inbounds float, float* %1, i64 %1047
  %1049 = load float, float* %1048, align 4
  %1050 = insertelement <8 x float> undef, float %1049, i32 0
  %splat67 = shufflevector <8 x float> %1050, <8 x float> undef, <8 x i32> zeroinitializer
  %1051 = load <8 x float>, <8 x float>* %12, align 32
  %1052 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1028, <8 x float> %1051)
  store <8 x float> %1052, <8 x float>* %12, align 32
  %1053 = load <8 x float>, <8 x float>* %8, align 32
  %1054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1032, <8 x float> %1053)
  store <8 x float> %1054, <8 x float>* %8, align 32
  %1055 = add i64 %968, 2
  %1056 = mul i64 %1055, 8
  %1057 = add i64 %1056, 1
  %1058 = add i64 %965, %1057
  %1059 = getelementptr inbounds float, float* %1, i64 %1058
  %1060 = load float, float* %1059, align 4
  %1061 = insertelement <8 x float> undef, float %1060, i32 0
  %splat68 = shufflevector <8 x float> %1061, <8 x float> undef, <8 x i32> zeroinitializer
  %1062 = load <8 x float>, <8 x float>* %11, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1028, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %11, align 32
  %1064 = load <8 x float>, <8 x float>* %7, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1032, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %7, align 32
  %1066 = add i64 %968, 3
  %1067 = mul i64 %1066, 8
  %1068 = add i64 %1067, 1
  %1069 = add i64 %965, %1068
  %1070 = getelementptr inbounds float, float* %1, i64 %1069
  %1071 = load float, float* %1070, align 4
  %1072 = insertelement <8 x float> undef, float %1071, i32 0
  %splat69 = shufflevector <8 x float> %1072, <8 x float> undef, <8 x i32> zeroinitializer
  %1073 = load <8 x float>, <8 x float>* %10, align 32
  %1074 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1028, <8 x float> %1073)
  store <8 x float> %1074, <8 x float>* %10, align 32
  %1075 = load <8 x float>, <8 x float>* %6, align 32
  %1076 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1032, <8 x float> %1075)
  store <8 x float> %1076, <8 x float>* %6, align 32
  %1077 = add i64 %972, 16
  %1078 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %1077
  %1079 = bitcast float* %1078 to <8 x float>*
  %1080 = load <8 x float>, <8 x float>* %1079, align 4
  %1081 = add i64 %972, 2064
  %1082 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %1081
  %1083 = bitcast float* %1082 to <8 x float>*
  %1084 = load <8 x float>, <8 x float>* %1083, align 4
  %1085 = add i64 %968, 0
  %1086 = mul i64 %1085, 8
  %1087 = add i64 %1086, 2
  %1088 = add i64 %965, %1087
  %1089 = getelementptr inbounds float, float* %1, i64 %1088
  %1090 = load float, float* %1089, align 4
  %1091 = insertelement <8 x float> undef, float %1090, i32 0
  %splat70 = shufflevector <8 x float> %1091, <8 x float> undef, <8 x i32> zeroinitializer
  %1092 = load <8 x float>, <8 x float>* %13, align 32
  %1093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1080, <8 x float> %1092)
  store <8 x float> %1093, <8 x float>* %13, align 32
  %1094 = load <8 x float>, <8 x float>* %9, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1084, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %9, align 32
  %1096 = add i64 %968, 1
  %1097 = mul i64 %1096, 8
  %1098 = add i64 %1097, 2
  %1099 = add i64 %965, %1098
  %1100 = getelementptr inbounds float, float* %1, i64 %1099
  %1101 = load float, float* %1100, align 4
  %1102 = insertelement <8 x float> undef, float %1101, i32 0
  %splat71 = shufflevector <8 x float> %1102, <8 x float> undef, <8 x i32> zeroinitializer
  %1103 = load <8 x float>, <8 x float>* %12, align 32
  %1104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1080, <8 x float> %1103)
  store <8 x float> %1104, <8 x float>* %12, align 32
  %1105 = load <8 x float>, <8 x float>* %8, align 32
  %1106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1084, <8 x float> %1105)
  store <8 x float> %1106, <8 x float>* %8, align 32
  %1107 = add i64 %968, 2
  %1108 = mul i64 %1107, 8
  %1109 = add i64 %1108, 2
  %1110 = add i64 %965, %1109
  %1111 = getelementptr inbounds float, float* %1, i64 %1110
  %1112 = load float, float* %1111, align 4
  %1113 = insertelement <8 x float> undef, float %1112, i32 0
  %splat72 = shufflevector <8 x float> %1113, <8 x float> undef, <8 x i32> zeroinitializer
  %1114 = load <8 x float>, <8 x float>* %11, align 32
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1080, <8 x float> %1114)
  store <8 x float> %1115, <8 x float>* %11, align 32
  %1116 = load <8 x float>, <8 x float>* %7, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1084, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %7, align 32
  %1118 = add i64 %968, 3
  %1119 = mul i64 %1118, 8
  %1120 = add i64 %1119, 2
  %1121 = add i64 %965, %1120
  %1122 = getelementptr inbounds float, float* %1, i64 %1121
  %1123 = load float, float* %1122, align 4
  %1124 = insertelement <8 x float> undef, float %1123, i32 0
  %splat73 = shufflevector <8 x float> %1124, <8 x float> undef, <8 x i32> zeroinitializer
  %1125 = load <8 x float>, <8 x float>* %10, align 32
  %1126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1080, <8 x float> %1125)
  store <8 x float> %1126, <8 x float>* %10, align 32
  %1127 = load <8 x float>, <8 x float>* %6, align 32
  %1128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1084, <8 x float> %1127)
  store <8 x float> %1128, <8 x float>* %6, align 32
  %1129 = add i64 %972, 24
  %1130 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %1129
  %1131 = bitcast float* %1130 to <8 x float>*
  %1132 = load <8 x float>, <8 x float>* %1131, align 4
  %1133 = add i64 %972, 2072
  %1134 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %1133
  %1135 = bitcast float* %1134 to <8 x float>*
  %1136 = load <8 x float>, <8 x float>* %1135, align 4
  %1137 = add i64 %968, 0
  %1138 = mul i64 %1137, 8
  %1139 = add i64 %1138, 3
  %1140 = add i64 %965, %1139
  %1141 = getelementptr inbounds float, float* %1, i64 %1140
  %1142 = load float, float* %1141, align 4
  %1143 = insertelement <8 x float> undef, float %1142, i32 0
  %splat74 = shufflevector <8 x float> %1143, <8 x float> undef, <8 x i32> zeroinitializer
  %1144 = load <8 x float>, <8 x float>* %13, align 32
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1132, <8 x float> %1144)
  store <8 x float> %1145, <8 x float>* %13, align 32
  %1146 = load <8 x float>, <8 x float>* %9, align 32
  %1147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1136, <8 x float> %1146)
  store <8 x float> %1147, <8 x float>* %9, align 32
  %1148 = add i64 %968, 1
  %1149 = mul i64 %1148, 8
  %1150 = add i64 %1149, 3
  %1151 = add i64 %965, %1150
  %1152 = getelementptr inbounds float, float* %1, i64 %1151
  %1153 = load float, float* %1152, align 4
  %1154 = insertelement <8 x float> undef, float %1153, i32 0
  %splat75 = shufflevector <8 x float> %1154, <8 x float> undef, <8 x i32> zeroinitializer
  %1155 = load <8 x float>, <8 x float>* %12, align 32
  %1156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1132, <8 x float> %1155)
  store <8 x float> %1156, <8 x float>* %12, align 32
  %1157 = load <8 x float>, <8 x float>* %8, align 32
  %1158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1136, <8 x float> %1157)
  store <8 x float> %1158, <8 x float>* %8, align 32
  %1159 = add i64 %968, 2
  %1160 = mul i64 %1159, 8
  %1161 = add i64 %1160, 3
  %1162 = add i64 %965, %1161
  %1163 = getelementptr inbounds float, float* %1, i64 %1162
  %1164 = load float, float* %1163, align 4
  %1165 = insertelement <8 x float> undef, float %1164, i32 0
  %splat76 = shufflevector <8 x float> %1165, <8 x float> undef, <8 x i32> zeroinitializer
  %1166 = load <8 x float>, <8 x float>* %11, align 32
  %1167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1132, <8 x float> %1166)
  store <8 x float> %1167, <8 x float>* %11, align 32
  %1168 = load <8 x float>, <8 x float>* %7, align 32
  %1169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1136, <8 x float> %1168)
  store <8 x float> %1169, <8 x float>* %7, align 32
  %1170 = add i64 %968, 3
  %1171 = mul i64 %1170, 8
  %1172 = add i64 %1171, 3
  %1173 = add i64 %965, %1172
  %1174 = getelementptr inbounds float, float* %1, i64 %1173
  %1175 = load float, float* %1174, align 4
  %1176 = insertelement <8 x float> undef, float %1175, i32 0
  %splat77 = shufflevector <8 x float> %1176, <8 x float> undef, <8 x i32> zeroinitializer
  %1177 = load <8 x float>, <8 x float>* %10, align 32
  %1178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1132, <8 x float> %1177)
  store <8 x float> %1178, <8 x float>* %10, align 32
  %1179 = load <8 x float>, <8 x float>* %6, align 32
  %1180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1136, <8 x float> %1179)
  store <8 x float> %1180, <8 x float>* %6, align 32
  %1181 = add i64 %972, 32
  %1182 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %1181
  %1183 = bitcast float* %1182 to <8 x float>*
  %1184 = load <8 x float>, <8 x float>* %1183, align 4
  %1185 = add i64 %972, 2080
  %1186 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %1185
  %1187 = bitcast float* %1186 to <8 x float>*
  %1188 = load <8 x float>, <8 x float>* %1187, align 4
  %1189 = add i64 %968, 0
  %1190 = mul i64 %1189, 8
  %1191 = add i64 %1190, 4
  %1192 = add i64 %965, %1191
  %1193 = getelementptr inbounds float, float* %1, i64 %1192
  %1194 = load float, float* %1193, align 4
  %1195 = insertelement <8 x float> undef, float %1194, i32 0
  %splat78 = shufflevector <8 x float> %1195, <8 x float> undef, <8 x i32> zeroinitializer
  %1196 = load <8 x float>, <8 x float>* %13, align 32
  %1197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1184, <8 x float> %1196)
  store <8 x float> %1197, <8 x float>* %13, align 32
  %1198 = load <8 x float>, <8 x float>* %9, align 32
  %1199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1188, <8 x float> %1198)
  store <8 x float> %1199, <8 x float>* %9, align 32
  %1200 = add i64 %968, 1
  %1201 = mul i64 %1200, 8
  %1202 = add i64 %1201, 4
  %1203 = add i64 %965, %1202
  %1204 = getelementptr inbounds float, float* %1, i64 %1203
  %1205 = load float, float* %1204, align 4
  %1206 = insertelement <8 x float> undef, float %1205, i32 0
  %splat79 = shufflevector <8 x float> %1206, <8 x float> undef, <8 x i32> zeroinitializer
  %1207 = load <8 x float>, <8 x float>* %12, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1184, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %12, align 32
  %1209 = load <8 x float>, <8 x float>* %8, align 32
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1188, <8 x float> %1209)
  store <8 x float> %1210, <8 x float>* %8, align 32
  %1211 = add i64 %968, 2
  %1212 = mul i64 %1211, 8
  %1213 = add i64 %1212, 4
  %1214 = add i64 %965, %1213
  %1215 = getelementptr inbounds float, float* %1, i64 %1214
  %1216 = load float, float* %1215, align 4
  %1217 = insertelement <8 x float> undef, float %1216, i32 0
  %splat80 = shufflevector <8 x float> %1217, <8 x float> undef, <8 x i32> zeroinitializer
  %1218 = load <8 x float>, <8 x float>* %11, align 32
  %1219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1184, <8 x float> %1218)
  store <8 x float> %1219, <8 x float>* %11, align 32
  %1220 = load <8 x float>, <8 x float>* %7, align 32
  %1221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1188, <8 x float> %1220)
  store <8 x float> %1221, <8 x float>* %7, align 32
  %1222 = add i64 %968, 3
  %1223 = mul i64 %1222, 8
  %1224 = add i64 %1223, 4
  %1225 = add i64 %965, %1224
  %1226 = getelementptr inbounds float, float* %1, i64 %1225
  %1227 = load float, float* %1226, align 4
  %1228 = insertelement <8 x float> undef, float %1227, i32 0
  %splat81 = shufflevector <8 x float> %1228, <8 x float> undef, <8 x i32> zeroinitializer
  %1229 = load <8 x float>, <8 x float>* %10, align 32
  %1230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1184, <8 x float> %1229)
  store <8 x float> %1230, <8 x float>* %10, align 32
  %1231 = load <8 x float>, <8 x float>* %6, align 32
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1188, <8 x float> %1231)
  store <8 x float> %1232, <8 x float>* %6, align 32
  %1233 = add i64 %972, 40
  %1234 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %1233
  %1235 = bitcast float* %1234 to <8 x float>*
  %1236 = load <8 x float>, <8 x float>* %1235, align 4
  %1237 = add i64 %972, 2088
  %1238 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %1237
  %1239 = bitcast float* %1238 to <8 x float>*
  %1240 = load <8 x float>, <8 x float>* %1239, align 4
  %1241 = add i64 %968, 0
  %1242 = mul i64 %1241, 8
  %1243 = add i64 %1242, 5
  %1244 = add i64 %965, %1243
  %1245 = getelementptr inbounds float, float* %1, i64 %1244
  %1246 = load float, float* %1245, align 4
  %1247 = insertelement <8 x float> undef, float %1246, i32 0
  %splat82 = shufflevector <8 x float> %1247, <8 x float> undef, <8 x i32> zeroinitializer
  %1248 = load <8 x float>, <8 x float>* %13, align 32
  %1249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1236, <8 x float> %1248)
  store <8 x float> %1249, <8 x float>* %13, align 32
  %1250 = load <8 x float>, <8 x float>* %9, align 32
  %1251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1240, <8 x float> %1250)
  store <8 x float> %1251, <8 x float>* %9, align 32
  %1252 = add i64 %968, 1
  %1253 = mul i64 %1252, 8
  %1254 = add i64 %1253, 5
  %1255 = add i64 %965, %1254
  %1256 = getelementptr inbounds float, float* %1, i64 %1255
  %1257 = load float, float* %1256, align 4
  %1258 = insertelement <8 x float> undef, float %1257, i32 0
  %splat83 = shufflevector <8 x float> %1258, <8 x float> undef, <8 x i32> zeroinitializer
  %1259 = load <8 x float>, <8 x float>* %12, align 32
  %1260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1236, <8 x float> %1259)
  store <8 x float> %1260, <8 x float>* %12, align 32
  %1261 = load <8 x float>, <8 x float>* %8, align 32
  %1262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1240, <8 x float> %1261)
  store <8 x float> %1262, <8 x float>* %8, align 32
  %1263 = add i64 %968, 2
  %1264 = mul i64 %1263, 8
  %1265 = add i64 %1264, 5
  %1266 = add i64 %965, %1265
  %1267 = getelementptr inbounds float, float* %1, i64 %1266
  %1268 = load float, float* %1267, align 4
  %1269 = insertelement <8 x float> undef, float %1268, i32 0
  %splat84 = shufflevector <8 x float> %1269, <8 x float> undef, <8 x i32> zeroinitializer
  %1270 = load <8 x float>, <8 x float>* %11, align 32
  %1271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1236, <8 x float> %1270)
  store <8 x float> %1271, <8 x float>* %11, align 32
  %1272 = load <8 x float>, <8 x float>* %7, align 32
  %1273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1240, <8 x float> %1272)
  store <8 x float> %1273, <8 x float>* %7, align 32
  %1274 = add i64 %968, 3
  %1275 = mul i64 %1274, 8
  %1276 = add i64 %1275, 5
  %1277 = add i64 %965, %1276
  %1278 = getelementptr inbounds float, float* %1, i64 %1277
  %1279 = load float, float* %1278, align 4
  %1280 = insertelement <8 x float> undef, float %1279, i32 0
  %splat85 = shufflevector <8 x float> %1280, <8 x float> undef, <8 x i32> zeroinitializer
  %1281 = load <8 x float>, <8 x float>* %10, align 32
  %1282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1236, <8 x float> %1281)
  store <8 x float> %1282, <8 x float>* %10, align 32
  %1283 = load <8 x float>, <8 x float>* %6, align 32
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1240, <8 x float> %1283)
  store <8 x float> %1284, <8 x float>* %6, align 32
  %1285 = add i64 %972, 48
  %1286 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %1285
  %1287 = bitcast float* %1286 to <8 x float>*
  %1288 = load <8 x float>, <8 x float>* %1287, align 4
  %1289 = add i64 %972, 2096
  %1290 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %1289
  %1291 = bitcast float* %1290 to <8 x float>*
  %1292 = load <8 x float>, <8 x float>* %1291, align 4
  %1293 = add i64 %968, 0
  %1294 = mul i64 %1293, 8
  %1295 = add i64 %1294, 6
  %1296 = add i64 %965, %1295
  %1297 = getelementptr inbounds float, float* %1, i64 %1296
  %1298 = load float, float* %1297, align 4
  %1299 = insertelement <8 x float> undef, float %1298, i32 0
  %splat86 = shufflevector <8 x float> %1299, <8 x float> undef, <8 x i32> zeroinitializer
  %1300 = load <8 x float>, <8 x float>* %13, align 32
  %1301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1288, <8 x float> %1300)
  store <8 x float> %1301, <8 x float>* %13, align 32
  %1302 = load <8 x float>, <8 x float>* %9, align 32
  %1303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1292, <8 x float> %1302)
  store <8 x float> %1303, <8 x float>* %9, align 32
  %1304 = add i64 %968, 1
  %1305 = mul i64 %1304, 8
  %1306 = add i64 %1305, 6
  %1307 = add i64 %965, %1306
  %1308 = getelementptr inbounds float, float* %1, i64 %1307
  %1309 = load float, float* %1308, align 4
  %1310 = insertelement <8 x float> undef, float %1309, i32 0
  %splat87 = shufflevector <8 x float> %1310, <8 x float> undef, <8 x i32> zeroinitializer
  %1311 = load <8 x float>, <8 x float>* %12, align 32
  %1312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1288, <8 x float> %1311)
  store <8 x float> %1312, <8 x float>* %12, align 32
  %1313 = load <8 x float>, <8 x float>* %8, align 32
  %1314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1292, <8 x float> %1313)
  store <8 x float> %1314, <8 x float>* %8, align 32
  %1315 = add i64 %968, 2
  %1316 = mul i64 %1315, 8
  %1317 = add i64 %1316, 6
  %1318 = add i64 %965, %1317
  %1319 = getelementptr inbounds float, float* %1, i64 %1318
  %1320 = load float, float* %1319, align 4
  %1321 = insertelement <8 x float> undef, float %1320, i32 0
  %splat88 = shufflevector <8 x float> %1321, <8 x float> undef, <8 x i32> zeroinitializer
  %1322 = load <8 x float>, <8 x float>* %11, align 32
  %1323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1288, <8 x float> %1322)
  store <8 x float> %1323, <8 x float>* %11, align 32
  %1324 = load <8 x float>, <8 x float>* %7, align 32
  %1325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1292, <8 x float> %1324)
  store <8 x float> %1325, <8 x float>* %7, align 32
  %1326 = add i64 %968, 3
  %1327 = mul i64 %1326, 8
  %1328 = add i64 %1327, 6
  %1329 = add i64 %965, %1328
  %1330 = getelementptr inbounds float, float* %1, i64 %1329
  %1331 = load float, float* %1330, align 4
  %1332 = insertelement <8 x float> undef, float %1331, i32 0
  %splat89 = shufflevector <8 x float> %1332, <8 x float> undef, <8 x i32> zeroinitializer
  %1333 = load <8 x float>, <8 x float>* %10, align 32
  %1334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1288, <8 x float> %1333)
  store <8 x float> %1334, <8 x float>* %10, align 32
  %1335 = load <8 x float>, <8 x float>* %6, align 32
  %1336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1292, <8 x float> %1335)
  store <8 x float> %1336, <8 x float>* %6, align 32
  %1337 = add i64 %972, 56
  %1338 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %1337
  %1339 = bitcast float* %1338 to <8 x float>*
  %1340 = load <8 x float>, <8 x float>* %1339, align 4
  %1341 = add i64 %972, 2104
  %1342 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.packed to float*), i64 %1341
  %1343 = bitcast float* %1342 to <8 x float>*
  %1344 = load <8 x float>, <8 x float>* %1343, align 4
  %1345 = add i64 %968, 0
  %1346 = mul i64 %1345, 8
  %1347 = add i64 %1346, 7
  %1348 = add i64 %965, %1347
  %1349 = getelementptr inbounds float, float* %1, i64 %1348
  %1350 = load float, float* %1349, align 4
  %1351 = insertelement <8 x float> undef, float %1350, i32 0
  %splat90 = shufflevector <8 x float> %1351, <8 x float> undef, <8 x i32> zeroinitializer
  %1352 = load <8 x float>, <8 x float>* %13, align 32
  %1353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1340, <8 x float> %1352)
  store <8 x float> %1353, <8 x float>* %13, align 32
  %1354 = load <8 x float>, <8 x float>* %9, align 32
  %1355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1344, <8 x float> %1354)
  store <8 x float> %1355, <8 x float>* %9, align 32
  %1356 = add i64 %968, 1
  %1357 = mul i64 %1356, 8
  %1358 = add i64 %1357, 7
  %1359 = add i64 %965, %1358
  %1360 = getelementptr inbounds float, float* %1, i64 %1359
  %1361 = load float, float* %1360, align 4
  %1362 = insertelement <8 x float> undef, float %1361, i32 0
  %splat91 = shufflevector <8 x float> %1362, <8 x float> undef, <8 x i32> zeroinitializer
  %1363 = load <8 x float>, <8 x float>* %12, align 32
  %1364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1340, <8 x float> %1363)
  store <8 x float> %1364, <8 x float>* %12, align 32
  %1365 = load <8 x float>, <8 x float>* %8, align 32
  %1366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1344, <8 x float> %1365)
  store <8 x float> %1366, <8 x float>* %8, align 32
  %1367 = add i64 %968, 2
  %1368 = mul i64 %1367, 8
  %1369 = add i64 %1368, 7
  %1370 = add i64 %965, %1369
  %1371 = getelementptr inbounds float, float* %1, i64 %1370
  %1372 = load float, float* %1371, align 4
  %1373 = insertelement <8 x float> undef, float %1372, i32 0
  %splat92 = shufflevector <8 x float> %1373, <8 x float> undef, <8 x i32> zeroinitializer
  %1374 = load <8 x float>, <8 x float>* %11, align 32
  %1375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1340, <8 x float> %1374)
  store <8 x float> %1375, <8 x float>* %11, align 32
  %1376 = load <8 x float>, <8 x float>* %7, align 32
  %1377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1344, <8 x float> %1376)
  store <8 x float> %1377, <8 x float>* %7, align 32
  %1378 = add i64 %968, 3
  %1379 = mul i64 %1378, 8
  %1380 = add i64 %1379, 7
  %1381 = add i64 %965, %1380
  %1382 = getelementptr inbounds float, float* %1, i64 %1381
  %1383 = load float, float* %1382, align 4
  %1384 = insertelement <8 x float> undef, float %1383, i32 0
  %splat93 = shufflevector <8 x float> %1384, <8 x float> undef, <8 x i32> zeroinitializer
  %1385 = load <8 x float>, <8 x float>* %10, align 32
  %1386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1340, <8 x float> %1385)
  store <8 x float> %1386, <8 x float>* %10, align 32
  %1387 = load <8 x float>, <8 x float>* %6, align 32
  %1388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1344, <8 x float> %1387)
  store <8 x float> %1388, <8 x float>* %6, align 32
  %kw.next94 = add i64 %kw61, 1
  br label %kw.header58

kw.exit60:                                        ; preds = %kw.header58
  br label %endif57
}

; Function Attrs: nounwind
define internal void @node5.conv2d_5.step0(i8* %0) #2 {
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
  %19 = add i64 208, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 208
  %23 = select i1 %22, i64 %21, i64 208
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 208
  %26 = select i1 %25, i64 %24, i64 208
  call void @node5.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit50 ]
  %26 = icmp slt i64 %task, %5
  br i1 %26, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %27 = srem i64 %task, 16
  %28 = sdiv i64 %task, 16
  %29 = srem i64 %28, 13
  %30 = sdiv i64 %task, 208
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 32
  %34 = mul i64 %27, 2
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 32
  %37 = mul i64 %31, 32
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 5408
  %40 = mul i64 %31, 32
  %41 = mul i64 %27, 2
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 2048
  %44 = mul i64 %29, 1
  %45 = sub i64 %44, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 48
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %35, 0
  %48 = mul i64 %47, 8
  %49 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %48
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
  %54 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  store <8 x float> %56, <8 x float>* %19, align 32
  store <8 x float> %56, <8 x float>* %18, align 32
  store <8 x float> %56, <8 x float>* %17, align 32
  store <8 x float> %56, <8 x float>* %16, align 32
  store <8 x float> %56, <8 x float>* %15, align 32
  store <8 x float> %56, <8 x float>* %14, align 32
  %57 = mul i64 %x, 1
  %58 = sub i64 %57, 0
  br label %u.header

x.exit:                                           ; preds = %x.header
  %59 = add i64 %35, 0
  %60 = mul i64 %59, 8
  %61 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  store <8 x float> %63, <8 x float>* %13, align 32
  store <8 x float> %63, <8 x float>* %12, align 32
  store <8 x float> %63, <8 x float>* %11, align 32
  store <8 x float> %63, <8 x float>* %10, align 32
  %64 = add i64 %35, 1
  %65 = mul i64 %64, 8
  %66 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  store <8 x float> %68, <8 x float>* %9, align 32
  store <8 x float> %68, <8 x float>* %8, align 32
  store <8 x float> %68, <8 x float>* %7, align 32
  store <8 x float> %68, <8 x float>* %6, align 32
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %69 = icmp slt i64 %u, 32
  br i1 %69, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %70 = mul i64 %u, 5408
  %71 = add i64 %39, %70
  %72 = mul i64 %u, 64
  %73 = add i64 %43, %72
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %74 = add i64 %x, 0
  %75 = mul i64 %32, 32
  %76 = add i64 %75, %35
  %77 = add i64 %76, 0
  %78 = mul i64 %77, 13
  %79 = add i64 %78, %29
  %80 = mul i64 %79, 52
  %81 = add i64 %80, %74
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %25, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 1
  %89 = mul i64 %32, 32
  %90 = add i64 %89, %35
  %91 = add i64 %90, 0
  %92 = mul i64 %91, 13
  %93 = add i64 %92, %29
  %94 = mul i64 %93, 52
  %95 = add i64 %94, %88
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %24, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 2
  %103 = mul i64 %32, 32
  %104 = add i64 %103, %35
  %105 = add i64 %104, 0
  %106 = mul i64 %105, 13
  %107 = add i64 %106, %29
  %108 = mul i64 %107, 52
  %109 = add i64 %108, %102
  %110 = mul i64 %109, 8
  %111 = load <8 x float>, <8 x float>* %23, align 32
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %x, 3
  %117 = mul i64 %32, 32
  %118 = add i64 %117, %35
  %119 = add i64 %118, 0
  %120 = mul i64 %119, 13
  %121 = add i64 %120, %29
  %122 = mul i64 %121, 52
  %123 = add i64 %122, %116
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %22, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = add i64 %x, 4
  %131 = mul i64 %32, 32
  %132 = add i64 %131, %35
  %133 = add i64 %132, 0
  %134 = mul i64 %133, 13
  %135 = add i64 %134, %29
  %136 = mul i64 %135, 52
  %137 = add i64 %136, %130
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %21, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 5
  %145 = mul i64 %32, 32
  %146 = add i64 %145, %35
  %147 = add i64 %146, 0
  %148 = mul i64 %147, 13
  %149 = add i64 %148, %29
  %150 = mul i64 %149, 52
  %151 = add i64 %150, %144
  %152 = mul i64 %151, 8
  %153 = load <8 x float>, <8 x float>* %20, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = getelementptr inbounds float, float* %0, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 0
  %159 = mul i64 %32, 32
  %160 = add i64 %159, %35
  %161 = add i64 %160, 1
  %162 = mul i64 %161, 13
  %163 = add i64 %162, %29
  %164 = mul i64 %163, 52
  %165 = add i64 %164, %158
  %166 = mul i64 %165, 8
  %167 = load <8 x float>, <8 x float>* %19, align 32
  %168 = fcmp ogt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> %167, <8 x float> zeroinitializer
  %170 = getelementptr inbounds float, float* %0, i64 %166
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %169, <8 x float>* %171, align 4
  %172 = add i64 %x, 1
  %173 = mul i64 %32, 32
  %174 = add i64 %173, %35
  %175 = add i64 %174, 1
  %176 = mul i64 %175, 13
  %177 = add i64 %176, %29
  %178 = mul i64 %177, 52
  %179 = add i64 %178, %172
  %180 = mul i64 %179, 8
  %181 = load <8 x float>, <8 x float>* %18, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = getelementptr inbounds float, float* %0, i64 %180
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %183, <8 x float>* %185, align 4
  %186 = add i64 %x, 2
  %187 = mul i64 %32, 32
  %188 = add i64 %187, %35
  %189 = add i64 %188, 1
  %190 = mul i64 %189, 13
  %191 = add i64 %190, %29
  %192 = mul i64 %191, 52
  %193 = add i64 %192, %186
  %194 = mul i64 %193, 8
  %195 = load <8 x float>, <8 x float>* %17, align 32
  %196 = fcmp ogt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> %195, <8 x float> zeroinitializer
  %198 = getelementptr inbounds float, float* %0, i64 %194
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = add i64 %x, 3
  %201 = mul i64 %32, 32
  %202 = add i64 %201, %35
  %203 = add i64 %202, 1
  %204 = mul i64 %203, 13
  %205 = add i64 %204, %29
  %206 = mul i64 %205, 52
  %207 = add i64 %206, %200
  %208 = mul i64 %207, 8
  %209 = load <8 x float>, <8 x float>* %16, align 32
  %210 = fcmp ogt <8 x float> %209, zeroinitializer
  %211 = select <8 x i1> %210, <8 x float> %209, <8 x float> zeroinitializer
  %212 = getelementptr inbounds float, float* %0, i64 %208
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %214 = add i64 %x, 4
  %215 = mul i64 %32, 32
  %216 = add i64 %215, %35
  %217 = add i64 %216, 1
  %218 = mul i64 %217, 13
  %219 = add i64 %218, %29
  %220 = mul i64 %219, 52
  %221 = add i64 %220, %214
  %222 = mul i64 %221, 8
  %223 = load <8 x float>, <8 x float>* %15, align 32
  %224 = fcmp ogt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> %223, <8 x float> zeroinitializer
  %226 = getelementptr inbounds float, float* %0, i64 %222
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %225, <8 x float>* %227, align 4
  %228 = add i64 %x, 5
  %229 = mul i64 %32, 32
  %230 = add i64 %229, %35
  %231 = add i64 %230, 1
  %232 = mul i64 %231, 13
  %233 = add i64 %232, %29
  %234 = mul i64 %233, 52
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
  %242 = icmp slt i64 %kh, 1
  br i1 %242, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %243 = mul i64 %kh, 1
  %244 = add i64 %45, %243
  %245 = icmp sge i64 %244, 0
  %246 = icmp slt i64 %244, 13
  %247 = and i1 %245, %246
  br i1 %247, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %248 = mul i64 %244, 416
  %249 = add i64 %71, %248
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %250 = icmp slt i64 %kw, 1
  br i1 %250, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %251 = mul i64 %kw, 1
  %252 = add i64 %58, %251
  %253 = mul i64 %kh, 1
  %254 = add i64 %253, %kw
  %255 = mul i64 %254, 64
  %256 = add i64 %73, %255
  %257 = add i64 %256, 0
  %258 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %257
  %259 = bitcast float* %258 to <8 x float>*
  %260 = load <8 x float>, <8 x float>* %259, align 4
  %261 = add i64 %256, 2048
  %262 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %261
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
  %332 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = add i64 %256, 2056
  %336 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %335
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
  %406 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %405
  %407 = bitcast float* %406 to <8 x float>*
  %408 = load <8 x float>, <8 x float>* %407, align 4
  %409 = add i64 %256, 2064
  %410 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %409
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
  %480 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  %482 = load <8 x float>, <8 x float>* %481, align 4
  %483 = add i64 %256, 2072
  %484 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %483
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
  %554 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %553
  %555 = bitcast float* %554 to <8 x float>*
  %556 = load <8 x float>, <8 x float>* %555, align 4
  %557 = add i64 %256, 2080
  %558 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %557
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
  %628 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %627
  %629 = bitcast float* %628 to <8 x float>*
  %630 = load <8 x float>, <8 x float>* %629, align 4
  %631 = add i64 %256, 2088
  %632 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %631
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
  %702 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %701
  %703 = bitcast float* %702 to <8 x float>*
  %704 = load <8 x float>, <8 x float>* %703, align 4
  %705 = add i64 %256, 2096
  %706 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %705
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
  %776 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %775
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = add i64 %256, 2104
  %780 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %779
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
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next96, %kh.exit54 ]
  %849 = icmp slt i64 %u51, 32
  br i1 %849, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %850 = mul i64 %u51, 5408
  %851 = add i64 %39, %850
  %852 = mul i64 %u51, 64
  %853 = add i64 %43, %852
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %854 = mul i64 %32, 32
  %855 = add i64 %854, %35
  %856 = add i64 %855, 0
  %857 = mul i64 %856, 13
  %858 = add i64 %857, %29
  %859 = mul i64 %858, 52
  %860 = add i64 %859, 48
  %861 = mul i64 %860, 8
  %862 = load <8 x float>, <8 x float>* %13, align 32
  %863 = fcmp ogt <8 x float> %862, zeroinitializer
  %864 = select <8 x i1> %863, <8 x float> %862, <8 x float> zeroinitializer
  %865 = getelementptr inbounds float, float* %0, i64 %861
  %866 = bitcast float* %865 to <8 x float>*
  store <8 x float> %864, <8 x float>* %866, align 4
  %867 = mul i64 %32, 32
  %868 = add i64 %867, %35
  %869 = add i64 %868, 0
  %870 = mul i64 %869, 13
  %871 = add i64 %870, %29
  %872 = mul i64 %871, 52
  %873 = add i64 %872, 49
  %874 = mul i64 %873, 8
  %875 = load <8 x float>, <8 x float>* %12, align 32
  %876 = fcmp ogt <8 x float> %875, zeroinitializer
  %877 = select <8 x i1> %876, <8 x float> %875, <8 x float> zeroinitializer
  %878 = getelementptr inbounds float, float* %0, i64 %874
  %879 = bitcast float* %878 to <8 x float>*
  store <8 x float> %877, <8 x float>* %879, align 4
  %880 = mul i64 %32, 32
  %881 = add i64 %880, %35
  %882 = add i64 %881, 0
  %883 = mul i64 %882, 13
  %884 = add i64 %883, %29
  %885 = mul i64 %884, 52
  %886 = add i64 %885, 50
  %887 = mul i64 %886, 8
  %888 = load <8 x float>, <8 x float>* %11, align 32
  %889 = fcmp ogt <8 x float> %888, zeroinitializer
  %890 = select <8 x i1> %889, <8 x float> %888, <8 x float> zeroinitializer
  %891 = getelementptr inbounds float, float* %0, i64 %887
  %892 = bitcast float* %891 to <8 x float>*
  store <8 x float> %890, <8 x float>* %892, align 4
  %893 = mul i64 %32, 32
  %894 = add i64 %893, %35
  %895 = add i64 %894, 0
  %896 = mul i64 %895, 13
  %897 = add i64 %896, %29
  %898 = mul i64 %897, 52
  %899 = add i64 %898, 51
  %900 = mul i64 %899, 8
  %901 = load <8 x float>, <8 x float>* %10, align 32
  %902 = fcmp ogt <8 x float> %901, zeroinitializer
  %903 = select <8 x i1> %902, <8 x float> %901, <8 x float> zeroinitializer
  %904 = getelementptr inbounds float, float* %0, i64 %900
  %905 = bitcast float* %904 to <8 x float>*
  store <8 x float> %903, <8 x float>* %905, align 4
  %906 = mul i64 %32, 32
  %907 = add i64 %906, %35
  %908 = add i64 %907, 1
  %909 = mul i64 %908, 13
  %910 = add i64 %909, %29
  %911 = mul i64 %910, 52
  %912 = add i64 %911, 48
  %913 = mul i64 %912, 8
  %914 = load <8 x float>, <8 x float>* %9, align 32
  %915 = fcmp ogt <8 x float> %914, zeroinitializer
  %916 = select <8 x i1> %915, <8 x float> %914, <8 x float> zeroinitializer
  %917 = getelementptr inbounds float, float* %0, i64 %913
  %918 = bitcast float* %917 to <8 x float>*
  store <8 x float> %916, <8 x float>* %918, align 4
  %919 = mul i64 %32, 32
  %920 = add i64 %919, %35
  %921 = add i64 %920, 1
  %922 = mul i64 %921, 13
  %923 = add i64 %922, %29
  %924 = mul i64 %923, 52
  %925 = add i64 %924, 49
  %926 = mul i64 %925, 8
  %927 = load <8 x float>, <8 x float>* %8, align 32
  %928 = fcmp ogt <8 x float> %927, zeroinitializer
  %929 = select <8 x i1> %928, <8 x float> %927, <8 x float> zeroinitializer
  %930 = getelementptr inbounds float, float* %0, i64 %926
  %931 = bitcast float* %930 to <8 x float>*
  store <8 x float> %929, <8 x float>* %931, align 4
  %932 = mul i64 %32, 32
  %933 = add i64 %932, %35
  %934 = add i64 %933, 1
  %935 = mul i64 %934, 13
  %936 = add i64 %935, %29
  %937 = mul i64 %936, 52
  %938 = add i64 %937, 50
  %939 = mul i64 %938, 8
  %940 = load <8 x float>, <8 x float>* %7, align 32
  %941 = fcmp ogt <8 x float> %940, zeroinitializer
  %942 = select <8 x i1> %941, <8 x float> %940, <8 x float> zeroinitializer
  %943 = getelementptr inbounds float, float* %0, i64 %939
  %944 = bitcast float* %943 to <8 x float>*
  store <8 x float> %942, <8 x float>* %944, align 4
  %945 = mul i64 %32, 32
  %946 = add i64 %945, %35
  %947 = add i64 %946, 1
  %948 = mul i64 %947, 13
  %949 = add i64 %948, %29
  %950 = mul i64 %949, 52
  %951 = add i64 %950, 51
  %952 = mul i64 %951, 8
  %953 = load <8 x float>, <8 x float>* %6, align 32
  %954 = fcmp ogt <8 x float> %953, zeroinitializer
  %955 = select <8 x i1> %954, <8 x float> %953, <8 x float> zeroinitializer
  %956 = getelementptr inbounds float, float* %0, i64 %952
  %957 = bitcast float* %956 to <8 x float>*
  store <8 x float> %955, <8 x float>* %957, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %endif57, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next95, %endif57 ]
  %958 = icmp slt i64 %kh55, 1
  br i1 %958, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %959 = mul i64 %kh55, 1
  %960 = add i64 %45, %959
  %961 = icmp sge i64 %960, 0
  %962 = icmp slt i64 %960, 13
  %963 = and i1 %961, %962
  br i1 %963, label %then56, label %endif57

kh.exit54:                                        ; preds = %kh.header52
  %u.next96 = add i64 %u51, 1
  br label %u.header48

then56:                                           ; preds = %kh.body53
  %964 = mul i64 %960, 416
  %965 = add i64 %851, %964
  br label %kw.header58

endif57:                                          ; preds = %kw.exit60, %kh.body53
  %kh.next95 = add i64 %kh55, 1
  br label %kh.header52

kw.header58:                                      ; preds = %kw.body59, %then56
  %kw61 = phi i64 [ 0, %then56 ], [ %kw.next94, %kw.body59 ]
  %966 = icmp slt i64 %kw61, 1
  br i1 %966, label %kw.body59, label %kw.exit60

kw.body59:                                        ; preds = %kw.header58
  %967 = mul i64 %kw61, 1
  %968 = add i64 48, %967
  %969 = mul i64 %kh55, 1
  %970 = add i64 %969, %kw61
  %971 = mul i64 %970, 64
  %972 = add i64 %853, %971
  %973 = add i64 %972, 0
  %974 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %973
  %975 = bitcast float* %974 to <8 x float>*
  %976 = load <8 x float>, <8 x float>* %975, align 4
  %977 = add i64 %972, 2048
  %978 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %977
  %979 = bitcast float* %978 to <8 x float>*
  %980 = load <8 x float>, <8 x float>* %979, align 4
  %981 = add i64 %968, 0
  %982 = mul i64 %981, 8
  %983 = add i64 %982, 0
  %984 = add i64 %965, %983
  %985 = getelementptr inbounds float, float* %1, i64 %984
  %986 = load float, float* %985, align 4
  %987 = insertelement <8 x float> undef, float %986, i32 0
  %splat62 = shufflevector <8 x float> %987, <8 x float> undef, <8 x i32> zeroinitializer
  %988 = load <8 x float>, <8 x float>* %13, align 32
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %976, <8 x float> %988)
  store <8 x float> %989, <8 x float>* %13, align 32
  %990 = load <8 x float>, <8 x float>* %9, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %980, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %9, align 32
  %992 = add i64 %968, 1
  %993 = mul i64 %992, 8
  %994 = add i64 %993, 0
  %995 = add i64 %965, %994
  %996 = getelementptr inbounds float, float* %1, i64 %995
  %997 = load float, float* %996, align 4
  %998 = insertelement <8 x float> undef, float %997, i32 0
  %splat63 = shufflevector <8 x float> %998, <8 x float> undef, <8 x i32> zeroinitializer
  %999 = load <8 x float>, <8 x float>* %12, align 32
  %1000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %976, <8 x float> %999)
  store <8 x float> %1000, <8 x float>* %12, align 32
  %1001 = load <8 x float>, <8 x float>* %8, align 32
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %980, <8 x float> %1001)
  store <8 x float> %1002, <8 x float>* %8, align 32
  %1003 = add i64 %968, 2
  %1004 = mul i64 %1003, 8
  %1005 = add i64 %1004, 0
  %1006 = add i64 %965, %1005
  %1007 = getelementptr inbounds float, float* %1, i64 %1006
  %1008 = load float, float* %1007, align 4
  %1009 = insertelement <8 x float> undef, float %1008, i32 0
  %splat64 = shufflevector <8 x float> %1009, <8 x float> undef, <8 x i32> zeroinitializer
  %1010 = load <8 x float>, <8 x float>* %11, align 32
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %976, <8 x float> %1010)
  store <8 x float> %1011, <8 x float>* %11, align 32
  %1012 = load <8 x float>, <8 x float>* %7, align 32
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %980, <8 x float> %1012)
  store <8 x float> %1013, <8 x float>* %7, align 32
  %1014 = add i64 %968, 3
  %1015 = mul i64 %1014, 8
  %1016 = add i64 %1015, 0
  %1017 = add i64 %965, %1016
  %1018 = getelementptr inbounds float, float* %1, i64 %1017
  %1019 = load float, float* %1018, align 4
  %1020 = insertelement <8 x float> undef, float %1019, i32 0
  %splat65 = shufflevector <8 x float> %1020, <8 x float> undef, <8 x i32> zeroinitializer
  %1021 = load <8 x float>, <8 x float>* %10, align 32
  %1022 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %976, <8 x float> %1021)
  store <8 x float> %1022, <8 x float>* %10, align 32
  %1023 = load <8 x float>, <8 x float>* %6, align 32
  %1024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %980, <8 x float> %1023)
  store <8 x float> %1024, <8 x float>* %6, align 32
  %1025 = add i64 %972, 8
  %1026 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %1025
  %1027 = bitcast float* %1026 to <8 x float>*
  %1028 = load <8 x float>, <8 x float>* %1027, align 4
  %1029 = add i64 %972, 2056
  %1030 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %1029
  %1031 = bitcast float* %1030 to <8 x float>*
  %1032 = load <8 x float>, <8 x float>* %1031, align 4
  %1033 = add i64 %968, 0
  %1034 = mul i64 %1033, 8
  %1035 = add i64 %1034, 1
  %1036 = add i64 %965, %1035
  %1037 = getelementptr inbounds float, float* %1, i64 %1036
  %1038 = load float, float* %1037, align 4
  %1039 = insertelement <8 x float> undef, float %1038, i32 0
  %splat66 = shufflevector <8 x float> %1039, <8 x float> undef, <8 x i32> zeroinitializer
  %1040 = load <8 x float>, <8 x float>* %13, align 32
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1028, <8 x float> %1040)
  store <8 x float> %1041, <8 x float>* %13, align 32
  %1042 = load <8 x float>, <8 x float>* %9, align 32
  %1043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1032, <8 x float> %1042)
  store <8 x float> %1043, <8 x float>* %9, align 32
  %1044 = add i64 %968, 1
  %1045 = mul i64 %1044, 8
  %1046 = add i64 %1045, 1
  %1047 = add i64 %965, %1046
  %1048 = getelementptr inbounds float, float* %1, i64 %1047
  %1049 = load float, float* %1048, align 4
  %1050 = insertelement <8 x float> undef, float %1049, i32 0
  %splat67 = shufflevector <8 x float> %1050, <8 x float> undef, <8 x i32> zeroinitializer
  %1051 = load <8 x float>, <8 x float>* %12, align 32
  %1052 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1028, <8 x float> %1051)
  store <8 x float> %1052, <8 x float>* %12, align 32
  %1053 = load <8 x float>, <8 x float>* %8, align 32
  %1054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1032, <8 x float> %1053)
  store <8 x float> %1054, <8 x float>* %8, align 32
  %1055 = add i64 %968, 2
  %1056 = mul i64 %1055, 8
  %1057 = add i64 %1056, 1
  %1058 = add i64 %965, %1057
  %1059 = getelementptr inbounds float, float* %1, i64 %1058
  %1060 = load float, float* %1059, align 4
  %1061 = insertelement <8 x float> undef, float %1060, i32 0
  %splat68 = shufflevector <8 x float> %1061, <8 x float> undef, <8 x i32> zeroinitializer
  %1062 = load <8 x float>, <8 x float>* %11, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1028, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %11, align 32
  %1064 = load <8 x float>, <8 x float>* %7, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1032, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %7, align 32
  %1066 = add i64 %968, 3
  %1067 = mul i64 %1066, 8
  %1068 = add i64 %1067, 1
  %1069 = add i64 %965, %1068
  %1070 = getelementptr inbounds float, float* %1, i64 %1069
  %1071 = load float, float* %1070, align 4
  %1072 = insertelement <8 x float> undef, float %1071, i32 0
  %splat69 = shufflevector <8 x float> %1072, <8 x float> undef, <8 x i32> zeroinitializer
  %1073 = load <8 x float>, <8 x float>* %10, align 32
  %1074 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1028, <8 x float> %1073)
  store <8 x float> %1074, <8 x float>* %10, align 32
  %1075 = load <8 x float>, <8 x float>* %6, align 32
  %1076 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1032, <8 x float> %1075)
  store <8 x float> %1076, <8 x float>* %6, align 32
  %1077 = add i64 %972, 16
  %1078 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %1077
  %1079 = bitcast float* %1078 to <8 x float>*
  %1080 = load <8 x float>, <8 x float>* %1079, align 4
  %1081 = add i64 %972, 2064
  %1082 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %1081
  %1083 = bitcast float* %1082 to <8 x float>*
  %1084 = load <8 x float>, <8 x float>* %1083, align 4
  %1085 = add i64 %968, 0
  %1086 = mul i64 %1085, 8
  %1087 = add i64 %1086, 2
  %1088 = add i64 %965, %1087
  %1089 = getelementptr inbounds float, float* %1, i64 %1088
  %1090 = load float, float* %1089, align 4
  %1091 = insertelement <8 x float> undef, float %1090, i32 0
  %splat70 = shufflevector <8 x float> %1091, <8 x float> undef, <8 x i32> zeroinitializer
  %1092 = load <8 x float>, <8 x float>* %13, align 32
  %1093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1080, <8 x float> %1092)
  store <8 x float> %1093, <8 x float>* %13, align 32
  %1094 = load <8 x float>, <8 x float>* %9, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1084, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %9, align 32
  %1096 = add i64 %968, 1
  %1097 = mul i64 %1096, 8
  %1098 = add i64 %1097, 2
  %1099 = add i64 %965, %1098
  %1100 = getelementptr inbounds float, float* %1, i64 %1099
  %1101 = load float, float* %1100, align 4
  %1102 = insertelement <8 x float> undef, float %1101, i32 0
  %splat71 = shufflevector <8 x float> %1102, <8 x float> undef, <8 x i32> zeroinitializer
  %1103 = load <8 x float>, <8 x float>* %12, align 32
  %1104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1080, <8 x float> %1103)
  store <8 x float> %1104, <8 x float>* %12, align 32
  %1105 = load <8 x float>, <8 x float>* %8, align 32
  %1106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1084, <8 x float> %1105)
  store <8 x float> %1106, <8 x float>* %8, align 32
  %1107 = add i64 %968, 2
  %1108 = mul i64 %1107, 8
  %1109 = add i64 %1108, 2
  %1110 = add i64 %965, %1109
  %1111 = getelementptr inbounds float, float* %1, i64 %1110
  %1112 = load float, float* %1111, align 4
  %1113 = insertelement <8 x float> undef, float %1112, i32 0
  %splat72 = shufflevector <8 x float> %1113, <8 x float> undef, <8 x i32> zeroinitializer
  %1114 = load <8 x float>, <8 x float>* %11, align 32
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1080, <8 x float> %1114)
  store <8 x float> %1115, <8 x float>* %11, align 32
  %1116 = load <8 x float>, <8 x float>* %7, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1084, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %7, align 32
  %1118 = add i64 %968, 3
  %1119 = mul i64 %1118, 8
  %1120 = add i64 %1119, 2
  %1121 = add i64 %965, %1120
  %1122 = getelementptr inbounds float, float* %1, i64 %1121
  %1123 = load float, float* %1122, align 4
  %1124 = insertelement <8 x float> undef, float %1123, i32 0
  %splat73 = shufflevector <8 x float> %1124, <8 x float> undef, <8 x i32> zeroinitializer
  %1125 = load <8 x float>, <8 x float>* %10, align 32
  %1126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1080, <8 x float> %1125)
  store <8 x float> %1126, <8 x float>* %10, align 32
  %1127 = load <8 x float>, <8 x float>* %6, align 32
  %1128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1084, <8 x float> %1127)
  store <8 x float> %1128, <8 x float>* %6, align 32
  %1129 = add i64 %972, 24
  %1130 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %1129
  %1131 = bitcast float* %1130 to <8 x float>*
  %1132 = load <8 x float>, <8 x float>* %1131, align 4
  %1133 = add i64 %972, 2072
  %1134 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %1133
  %1135 = bitcast float* %1134 to <8 x float>*
  %1136 = load <8 x float>, <8 x float>* %1135, align 4
  %1137 = add i64 %968, 0
  %1138 = mul i64 %1137, 8
  %1139 = add i64 %1138, 3
  %1140 = add i64 %965, %1139
  %1141 = getelementptr inbounds float, float* %1, i64 %1140
  %1142 = load float, float* %1141, align 4
  %1143 = insertelement <8 x float> undef, float %1142, i32 0
  %splat74 = shufflevector <8 x float> %1143, <8 x float> undef, <8 x i32> zeroinitializer
  %1144 = load <8 x float>, <8 x float>* %13, align 32
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1132, <8 x float> %1144)
  store <8 x float> %1145, <8 x float>* %13, align 32
  %1146 = load <8 x float>, <8 x float>* %9, align 32
  %1147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1136, <8 x float> %1146)
  store <8 x float> %1147, <8 x float>* %9, align 32
  %1148 = add i64 %968, 1
  %1149 = mul i64 %1148, 8
  %1150 = add i64 %1149, 3
  %1151 = add i64 %965, %1150
  %1152 = getelementptr inbounds float, float* %1, i64 %1151
  %1153 = load float, float* %1152, align 4
  %1154 = insertelement <8 x float> undef, float %1153, i32 0
  %splat75 = shufflevector <8 x float> %1154, <8 x float> undef, <8 x i32> zeroinitializer
  %1155 = load <8 x float>, <8 x float>* %12, align 32
  %1156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1132, <8 x float> %1155)
  store <8 x float> %1156, <8 x float>* %12, align 32
  %1157 = load <8 x float>, <8 x float>* %8, align 32
  %1158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1136, <8 x float> %1157)
  store <8 x float> %1158, <8 x float>* %8, align 32
  %1159 = add i64 %968, 2
  %1160 = mul i64 %1159, 8
  %1161 = add i64 %1160, 3
  %1162 = add i64 %965, %1161
  %1163 = getelementptr inbounds float, float* %1, i64 %1162
  %1164 = load float, float* %1163, align 4
  %1165 = insertelement <8 x float> undef, float %1164, i32 0
  %splat76 = shufflevector <8 x float> %1165, <8 x float> undef, <8 x i32> zeroinitializer
  %1166 = load <8 x float>, <8 x float>* %11, align 32
  %1167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1132, <8 x float> %1166)
  store <8 x float> %1167, <8 x float>* %11, align 32
  %1168 = load <8 x float>, <8 x float>* %7, align 32
  %1169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1136, <8 x float> %1168)
  store <8 x float> %1169, <8 x float>* %7, align 32
  %1170 = add i64 %968, 3
  %1171 = mul i64 %1170, 8
  %1172 = add i64 %1171, 3
  %1173 = add i64 %965, %1172
  %1174 = getelementptr inbounds float, float* %1, i64 %1173
  %1175 = load float, float* %1174, align 4
  %1176 = insertelement <8 x float> undef, float %1175, i32 0
  %splat77 = shufflevector <8 x float> %1176, <8 x float> undef, <8 x i32> zeroinitializer
  %1177 = load <8 x float>, <8 x float>* %10, align 32
  %1178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1132, <8 x float> %1177)
  store <8 x float> %1178, <8 x float>* %10, align 32
  %1179 = load <8 x float>, <8 x float>* %6, align 32
  %1180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1136, <8 x float> %1179)
  store <8 x float> %1180, <8 x float>* %6, align 32
  %1181 = add i64 %972, 32
  %1182 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %1181
  %1183 = bitcast float* %1182 to <8 x float>*
  %1184 = load <8 x float>, <8 x float>* %1183, align 4
  %1185 = add i64 %972, 2080
  %1186 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %1185
  %1187 = bitcast float* %1186 to <8 x float>*
  %1188 = load <8 x float>, <8 x float>* %1187, align 4
  %1189 = add i64 %968, 0
  %1190 = mul i64 %1189, 8
  %1191 = add i64 %1190, 4
  %1192 = add i64 %965, %1191
  %1193 = getelementptr inbounds float, float* %1, i64 %1192
  %1194 = load float, float* %1193, align 4
  %1195 = insertelement <8 x float> undef, float %1194, i32 0
  %splat78 = shufflevector <8 x float> %1195, <8 x float> undef, <8 x i32> zeroinitializer
  %1196 = load <8 x float>, <8 x float>* %13, align 32
  %1197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1184, <8 x float> %1196)
  store <8 x float> %1197, <8 x float>* %13, align 32
  %1198 = load <8 x float>, <8 x float>* %9, align 32
  %1199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1188, <8 x float> %1198)
  store <8 x float> %1199, <8 x float>* %9, align 32
  %1200 = add i64 %968, 1
  %1201 = mul i64 %1200, 8
  %1202 = add i64 %1201, 4
  %1203 = add i64 %965, %1202
  %1204 = getelementptr inbounds float, float* %1, i64 %1203
  %1205 = load float, float* %1204, align 4
  %1206 = insertelement <8 x float> undef, float %1205, i32 0
  %splat79 = shufflevector <8 x float> %1206, <8 x float> undef, <8 x i32> zeroinitializer
  %1207 = load <8 x float>, <8 x float>* %12, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1184, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %12, align 32
  %1209 = load <8 x float>, <8 x float>* %8, align 32
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1188, <8 x float> %1209)
  store <8 x float> %1210, <8 x float>* %8, align 32
  %1211 = add i64 %968, 2
  %1212 = mul i64 %1211, 8
  %1213 = add i64 %1212, 4
  %1214 = add i64 %965, %1213
  %1215 = getelementptr inbounds float, float* %1, i64 %1214
  %1216 = load float, float* %1215, align 4
  %1217 = insertelement <8 x float> undef, float %1216, i32 0
  %splat80 = shufflevector <8 x float> %1217, <8 x float> undef, <8 x i32> zeroinitializer
  %1218 = load <8 x float>, <8 x float>* %11, align 32
  %1219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1184, <8 x float> %1218)
  store <8 x float> %1219, <8 x float>* %11, align 32
  %1220 = load <8 x float>, <8 x float>* %7, align 32
  %1221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1188, <8 x float> %1220)
  store <8 x float> %1221, <8 x float>* %7, align 32
  %1222 = add i64 %968, 3
  %1223 = mul i64 %1222, 8
  %1224 = add i64 %1223, 4
  %1225 = add i64 %965, %1224
  %1226 = getelementptr inbounds float, float* %1, i64 %1225
  %1227 = load float, float* %1226, align 4
  %1228 = insertelement <8 x float> undef, float %1227, i32 0
  %splat81 = shufflevector <8 x float> %1228, <8 x float> undef, <8 x i32> zeroinitializer
  %1229 = load <8 x float>, <8 x float>* %10, align 32
  %1230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1184, <8 x float> %1229)
  store <8 x float> %1230, <8 x float>* %10, align 32
  %1231 = load <8 x float>, <8 x float>* %6, align 32
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1188, <8 x float> %1231)
  store <8 x float> %1232, <8 x float>* %6, align 32
  %1233 = add i64 %972, 40
  %1234 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %1233
  %1235 = bitcast float* %1234 to <8 x float>*
  %1236 = load <8 x float>, <8 x float>* %1235, align 4
  %1237 = add i64 %972, 2088
  %1238 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %1237
  %1239 = bitcast float* %1238 to <8 x float>*
  %1240 = load <8 x float>, <8 x float>* %1239, align 4
  %1241 = add i64 %968, 0
  %1242 = mul i64 %1241, 8
  %1243 = add i64 %1242, 5
  %1244 = add i64 %965, %1243
  %1245 = getelementptr inbounds float, float* %1, i64 %1244
  %1246 = load float, float* %1245, align 4
  %1247 = insertelement <8 x float> undef, float %1246, i32 0
  %splat82 = shufflevector <8 x float> %1247, <8 x float> undef, <8 x i32> zeroinitializer
  %1248 = load <8 x float>, <8 x float>* %13, align 32
  %1249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1236, <8 x float> %1248)
  store <8 x float> %1249, <8 x float>* %13, align 32
  %1250 = load <8 x float>, <8 x float>* %9, align 32
  %1251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1240, <8 x float> %1250)
  store <8 x float> %1251, <8 x float>* %9, align 32
  %1252 = add i64 %968, 1
  %1253 = mul i64 %1252, 8
  %1254 = add i64 %1253, 5
  %1255 = add i64 %965, %1254
  %1256 = getelementptr inbounds float, float* %1, i64 %1255
  %1257 = load float, float* %1256, align 4
  %1258 = insertelement <8 x float> undef, float %1257, i32 0
  %splat83 = shufflevector <8 x float> %1258, <8 x float> undef, <8 x i32> zeroinitializer
  %1259 = load <8 x float>, <8 x float>* %12, align 32
  %1260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1236, <8 x float> %1259)
  store <8 x float> %1260, <8 x float>* %12, align 32
  %1261 = load <8 x float>, <8 x float>* %8, align 32
  %1262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1240, <8 x float> %1261)
  store <8 x float> %1262, <8 x float>* %8, align 32
  %1263 = add i64 %968, 2
  %1264 = mul i64 %1263, 8
  %1265 = add i64 %1264, 5
  %1266 = add i64 %965, %1265
  %1267 = getelementptr inbounds float, float* %1, i64 %1266
  %1268 = load float, float* %1267, align 4
  %1269 = insertelement <8 x float> undef, float %1268, i32 0
  %splat84 = shufflevector <8 x float> %1269, <8 x float> undef, <8 x i32> zeroinitializer
  %1270 = load <8 x float>, <8 x float>* %11, align 32
  %1271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1236, <8 x float> %1270)
  store <8 x float> %1271, <8 x float>* %11, align 32
  %1272 = load <8 x float>, <8 x float>* %7, align 32
  %1273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1240, <8 x float> %1272)
  store <8 x float> %1273, <8 x float>* %7, align 32
  %1274 = add i64 %968, 3
  %1275 = mul i64 %1274, 8
  %1276 = add i64 %1275, 5
  %1277 = add i64 %965, %1276
  %1278 = getelementptr inbounds float, float* %1, i64 %1277
  %1279 = load float, float* %1278, align 4
  %1280 = insertelement <8 x float> undef, float %1279, i32 0
  %splat85 = shufflevector <8 x float> %1280, <8 x float> undef, <8 x i32> zeroinitializer
  %1281 = load <8 x float>, <8 x float>* %10, align 32
  %1282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1236, <8 x float> %1281)
  store <8 x float> %1282, <8 x float>* %10, align 32
  %1283 = load <8 x float>, <8 x float>* %6, align 32
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1240, <8 x float> %1283)
  store <8 x float> %1284, <8 x float>* %6, align 32
  %1285 = add i64 %972, 48
  %1286 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %1285
  %1287 = bitcast float* %1286 to <8 x float>*
  %1288 = load <8 x float>, <8 x float>* %1287, align 4
  %1289 = add i64 %972, 2096
  %1290 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %1289
  %1291 = bitcast float* %1290 to <8 x float>*
  %1292 = load <8 x float>, <8 x float>* %1291, align 4
  %1293 = add i64 %968, 0
  %1294 = mul i64 %1293, 8
  %1295 = add i64 %1294, 6
  %1296 = add i64 %965, %1295
  %1297 = getelementptr inbounds float, float* %1, i64 %1296
  %1298 = load float, float* %1297, align 4
  %1299 = insertelement <8 x float> undef, float %1298, i32 0
  %splat86 = shufflevector <8 x float> %1299, <8 x float> undef, <8 x i32> zeroinitializer
  %1300 = load <8 x float>, <8 x float>* %13, align 32
  %1301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1288, <8 x float> %1300)
  store <8 x float> %1301, <8 x float>* %13, align 32
  %1302 = load <8 x float>, <8 x float>* %9, align 32
  %1303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1292, <8 x float> %1302)
  store <8 x float> %1303, <8 x float>* %9, align 32
  %1304 = add i64 %968, 1
  %1305 = mul i64 %1304, 8
  %1306 = add i64 %1305, 6
  %1307 = add i64 %965, %1306
  %1308 = getelementptr inbounds float, float* %1, i64 %1307
  %1309 = load float, float* %1308, align 4
  %1310 = insertelement <8 x float> undef, float %1309, i32 0
  %splat87 = shufflevector <8 x float> %1310, <8 x float> undef, <8 x i32> zeroinitializer
  %1311 = load <8 x float>, <8 x float>* %12, align 32
  %1312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1288, <8 x float> %1311)
  store <8 x float> %1312, <8 x float>* %12, align 32
  %1313 = load <8 x float>, <8 x float>* %8, align 32
  %1314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1292, <8 x float> %1313)
  store <8 x float> %1314, <8 x float>* %8, align 32
  %1315 = add i64 %968, 2
  %1316 = mul i64 %1315, 8
  %1317 = add i64 %1316, 6
  %1318 = add i64 %965, %1317
  %1319 = getelementptr inbounds float, float* %1, i64 %1318
  %1320 = load float, float* %1319, align 4
  %1321 = insertelement <8 x float> undef, float %1320, i32 0
  %splat88 = shufflevector <8 x float> %1321, <8 x float> undef, <8 x i32> zeroinitializer
  %1322 = load <8 x float>, <8 x float>* %11, align 32
  %1323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1288, <8 x float> %1322)
  store <8 x float> %1323, <8 x float>* %11, align 32
  %1324 = load <8 x float>, <8 x float>* %7, align 32
  %1325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1292, <8 x float> %1324)
  store <8 x float> %1325, <8 x float>* %7, align 32
  %1326 = add i64 %968, 3
  %1327 = mul i64 %1326, 8
  %1328 = add i64 %1327, 6
  %1329 = add i64 %965, %1328
  %1330 = getelementptr inbounds float, float* %1, i64 %1329
  %1331 = load float, float* %1330, align 4
  %1332 = insertelement <8 x float> undef, float %1331, i32 0
  %splat89 = shufflevector <8 x float> %1332, <8 x float> undef, <8 x i32> zeroinitializer
  %1333 = load <8 x float>, <8 x float>* %10, align 32
  %1334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1288, <8 x float> %1333)
  store <8 x float> %1334, <8 x float>* %10, align 32
  %1335 = load <8 x float>, <8 x float>* %6, align 32
  %1336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1292, <8 x float> %1335)
  store <8 x float> %1336, <8 x float>* %6, align 32
  %1337 = add i64 %972, 56
  %1338 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %1337
  %1339 = bitcast float* %1338 to <8 x float>*
  %1340 = load <8 x float>, <8 x float>* %1339, align 4
  %1341 = add i64 %972, 2104
  %1342 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.packed to float*), i64 %1341
  %1343 = bitcast float* %1342 to <8 x float>*
  %1344 = load <8 x float>, <8 x float>* %1343, align 4
  %1345 = add i64 %968, 0
  %1346 = mul i64 %1345, 8
  %1347 = add i64 %1346, 7
  %1348 = add i64 %965, %1347
  %1349 = getelementptr inbounds float, float* %1, i64 %1348
  %1350 = load float, float* %1349, align 4
  %1351 = insertelement <8 x float> undef, float %1350, i32 0
  %splat90 = shufflevector <8 x float> %1351, <8 x float> undef, <8 x i32> zeroinitializer
  %1352 = load <8 x float>, <8 x float>* %13, align 32
  %1353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1340, <8 x float> %1352)
  store <8 x float> %1353, <8 x float>* %13, align 32
  %1354 = load <8 x float>, <8 x float>* %9, align 32
  %1355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1344, <8 x float> %1354)
  store <8 x float> %1355, <8 x float>* %9, align 32
  %1356 = add i64 %968, 1
  %1357 = mul i64 %1356, 8
  %1358 = add i64 %1357, 7
  %1359 = add i64 %965, %1358
  %1360 = getelementptr inbounds float, float* %1, i64 %1359
  %1361 = load float, float* %1360, align 4
  %1362 = insertelement <8 x float> undef, float %1361, i32 0
  %splat91 = shufflevector <8 x float> %1362, <8 x float> undef, <8 x i32> zeroinitializer
  %1363 = load <8 x float>, <8 x float>* %12, align 32
  %1364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1340, <8 x float> %1363)
  store <8 x float> %1364, <8 x float>* %12, align 32
  %1365 = load <8 x float>, <8 x float>* %8, align 32
  %1366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1344, <8 x float> %1365)
  store <8 x float> %1366, <8 x float>* %8, align 32
  %1367 = add i64 %968, 2
  %1368 = mul i64 %1367, 8
  %1369 = add i64 %1368, 7
  %1370 = add i64 %965, %1369
  %1371 = getelementptr inbounds float, float* %1, i64 %1370
  %1372 = load float, float* %1371, align 4
  %1373 = insertelement <8 x float> undef, float %1372, i32 0
  %splat92 = shufflevector <8 x float> %1373, <8 x float> undef, <8 x i32> zeroinitializer
  %1374 = load <8 x float>, <8 x float>* %11, align 32
  %1375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1340, <8 x float> %1374)
  store <8 x float> %1375, <8 x float>* %11, align 32
  %1376 = load <8 x float>, <8 x float>* %7, align 32
  %1377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1344, <8 x float> %1376)
  store <8 x float> %1377, <8 x float>* %7, align 32
  %1378 = add i64 %968, 3
  %1379 = mul i64 %1378, 8
  %1380 = add i64 %1379, 7
  %1381 = add i64 %965, %1380
  %1382 = getelementptr inbounds float, float* %1, i64 %1381
  %1383 = load float, float* %1382, align 4
  %1384 = insertelement <8 x float> undef, float %1383, i32 0
  %splat93 = shufflevector <8 x float> %1384, <8 x float> undef, <8 x i32> zeroinitializer
  %1385 = load <8 x float>, <8 x float>* %10, align 32
  %1386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1340, <8 x float> %1385)
  store <8 x float> %1386, <8 x float>* %10, align 32
  %1387 = load <8 x float>, <8 x float>* %6, align 32
  %1388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1344, <8 x float> %1387)
  store <8 x float> %1388, <8 x float>* %6, align 32
  %kw.next94 = add i64 %kw61, 1
  br label %kw.header58

kw.exit60:                                        ; preds = %kw.header58
  br label %endif57
}

; Function Attrs: nounwind
define internal void @node6.conv2d_6.step0(i8* %0) #2 {
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
  %19 = add i64 208, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 208
  %23 = select i1 %22, i64 %21, i64 208
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 208
  %26 = select i1 %25, i64 %24, i64 208
  call void @node6.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %10 = mul i64 %8, 5408
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 12
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 96
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 3
  %21 = icmp slt i64 %20, 26
  %22 = select i1 %21, i64 %20, i64 26
  %23 = add i64 %17, 3
  %24 = icmp slt i64 %23, 26
  %25 = select i1 %24, i64 %23, i64 26
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
  %32 = add i64 %29, 3
  %33 = icmp slt i64 %32, 26
  %34 = select i1 %33, i64 %32, i64 26
  %35 = add i64 %29, 3
  %36 = icmp slt i64 %35, 26
  %37 = select i1 %36, i64 %35, i64 26
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
  %45 = mul i64 %r, 26
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
define internal void @node7.maxPool2d_2.step0(i8* %0) #2 {
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
  %19 = add i64 384, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 384
  %23 = select i1 %22, i64 %21, i64 384
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 384
  %26 = select i1 %25, i64 %24, i64 384
  call void @node7.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xb.exit126, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit126 ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %31 = srem i64 %task, 24
  %32 = sdiv i64 %task, 24
  %33 = srem i64 %32, 12
  %34 = sdiv i64 %task, 288
  %35 = srem i64 %34, 1
  %36 = sdiv i64 %34, 1
  %37 = mul i64 %35, 48
  %38 = mul i64 %31, 2
  %39 = add i64 %37, %38
  %40 = mul i64 %36, 32
  %41 = mul i64 %35, 32
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 1152
  %44 = mul i64 %35, 48
  %45 = mul i64 %31, 2
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 18432
  %48 = mul i64 %33, 1
  %49 = sub i64 %48, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %u.exit ]
  %50 = icmp slt i64 %x, 7
  br i1 %50, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %51 = add i64 %39, 0
  %52 = mul i64 %51, 8
  %53 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  store <8 x float> %55, <8 x float>* %29, align 32
  store <8 x float> %55, <8 x float>* %28, align 32
  store <8 x float> %55, <8 x float>* %27, align 32
  store <8 x float> %55, <8 x float>* %26, align 32
  store <8 x float> %55, <8 x float>* %25, align 32
  store <8 x float> %55, <8 x float>* %24, align 32
  %56 = add i64 %39, 1
  %57 = mul i64 %56, 8
  %58 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  store <8 x float> %60, <8 x float>* %23, align 32
  store <8 x float> %60, <8 x float>* %22, align 32
  store <8 x float> %60, <8 x float>* %21, align 32
  store <8 x float> %60, <8 x float>* %20, align 32
  store <8 x float> %60, <8 x float>* %19, align 32
  store <8 x float> %60, <8 x float>* %18, align 32
  %61 = mul i64 %x, 1
  %62 = sub i64 %61, 1
  br label %u.header

x.exit:                                           ; preds = %x.header
  %63 = add i64 %39, 0
  %64 = mul i64 %63, 8
  %65 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  store <8 x float> %67, <8 x float>* %17, align 32
  store <8 x float> %67, <8 x float>* %16, align 32
  store <8 x float> %67, <8 x float>* %15, align 32
  store <8 x float> %67, <8 x float>* %14, align 32
  %68 = add i64 %39, 1
  %69 = mul i64 %68, 8
  %70 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  %72 = load <8 x float>, <8 x float>* %71, align 4
  store <8 x float> %72, <8 x float>* %13, align 32
  store <8 x float> %72, <8 x float>* %12, align 32
  store <8 x float> %72, <8 x float>* %11, align 32
  store <8 x float> %72, <8 x float>* %10, align 32
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %73 = icmp slt i64 %u, 32
  br i1 %73, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %74 = mul i64 %u, 1152
  %75 = add i64 %43, %74
  %76 = mul i64 %u, 576
  %77 = add i64 %47, %76
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %78 = add i64 %x, 0
  %79 = mul i64 %36, 48
  %80 = add i64 %79, %39
  %81 = add i64 %80, 0
  %82 = mul i64 %81, 12
  %83 = add i64 %82, %33
  %84 = mul i64 %83, 12
  %85 = add i64 %84, %78
  %86 = mul i64 %85, 8
  %87 = load <8 x float>, <8 x float>* %29, align 32
  %88 = fcmp ogt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> %87, <8 x float> zeroinitializer
  %90 = getelementptr inbounds float, float* %0, i64 %86
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %89, <8 x float>* %91, align 4
  %92 = add i64 %x, 1
  %93 = mul i64 %36, 48
  %94 = add i64 %93, %39
  %95 = add i64 %94, 0
  %96 = mul i64 %95, 12
  %97 = add i64 %96, %33
  %98 = mul i64 %97, 12
  %99 = add i64 %98, %92
  %100 = mul i64 %99, 8
  %101 = load <8 x float>, <8 x float>* %28, align 32
  %102 = fcmp ogt <8 x float> %101, zeroinitializer
  %103 = select <8 x i1> %102, <8 x float> %101, <8 x float> zeroinitializer
  %104 = getelementptr inbounds float, float* %0, i64 %100
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %103, <8 x float>* %105, align 4
  %106 = add i64 %x, 2
  %107 = mul i64 %36, 48
  %108 = add i64 %107, %39
  %109 = add i64 %108, 0
  %110 = mul i64 %109, 12
  %111 = add i64 %110, %33
  %112 = mul i64 %111, 12
  %113 = add i64 %112, %106
  %114 = mul i64 %113, 8
  %115 = load <8 x float>, <8 x float>* %27, align 32
  %116 = fcmp ogt <8 x float> %115, zeroinitializer
  %117 = select <8 x i1> %116, <8 x float> %115, <8 x float> zeroinitializer
  %118 = getelementptr inbounds float, float* %0, i64 %114
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %117, <8 x float>* %119, align 4
  %120 = add i64 %x, 3
  %121 = mul i64 %36, 48
  %122 = add i64 %121, %39
  %123 = add i64 %122, 0
  %124 = mul i64 %123, 12
  %125 = add i64 %124, %33
  %126 = mul i64 %125, 12
  %127 = add i64 %126, %120
  %128 = mul i64 %127, 8
  %129 = load <8 x float>, <8 x float>* %26, align 32
  %130 = fcmp ogt <8 x float> %129, zeroinitializer
  %131 = select <8 x i1> %130, <8 x float> %129, <8 x float> zeroinitializer
  %132 = getelementptr inbounds float, float* %0, i64 %128
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %131, <8 x float>* %133, align 4
  %134 = add i64 %x, 4
  %135 = mul i64 %36, 48
  %136 = add i64 %135, %39
  %137 = add i64 %136, 0
  %138 = mul i64 %137, 12
  %139 = add i64 %138, %33
  %140 = mul i64 %139, 12
  %141 = add i64 %140, %134
  %142 = mul i64 %141, 8
  %143 = load <8 x float>, <8 x float>* %25, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = getelementptr inbounds float, float* %0, i64 %142
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %145, <8 x float>* %147, align 4
  %148 = add i64 %x, 5
  %149 = mul i64 %36, 48
  %150 = add i64 %149, %39
  %151 = add i64 %150, 0
  %152 = mul i64 %151, 12
  %153 = add i64 %152, %33
  %154 = mul i64 %153, 12
  %155 = add i64 %154, %148
  %156 = mul i64 %155, 8
  %157 = load <8 x float>, <8 x float>* %24, align 32
  %158 = fcmp ogt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> %157, <8 x float> zeroinitializer
  %160 = getelementptr inbounds float, float* %0, i64 %156
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %159, <8 x float>* %161, align 4
  %162 = add i64 %x, 0
  %163 = mul i64 %36, 48
  %164 = add i64 %163, %39
  %165 = add i64 %164, 1
  %166 = mul i64 %165, 12
  %167 = add i64 %166, %33
  %168 = mul i64 %167, 12
  %169 = add i64 %168, %162
  %170 = mul i64 %169, 8
  %171 = load <8 x float>, <8 x float>* %23, align 32
  %172 = fcmp ogt <8 x float> %171, zeroinitializer
  %173 = select <8 x i1> %172, <8 x float> %171, <8 x float> zeroinitializer
  %174 = getelementptr inbounds float, float* %0, i64 %170
  %175 = bitcast float* %174 to <8 x float>*
  store <8 x float> %173, <8 x float>* %175, align 4
  %176 = add i64 %x, 1
  %177 = mul i64 %36, 48
  %178 = add i64 %177, %39
  %179 = add i64 %178, 1
  %180 = mul i64 %179, 12
  %181 = add i64 %180, %33
  %182 = mul i64 %181, 12
  %183 = add i64 %182, %176
  %184 = mul i64 %183, 8
  %185 = load <8 x float>, <8 x float>* %22, align 32
  %186 = fcmp ogt <8 x float> %185, zeroinitializer
  %187 = select <8 x i1> %186, <8 x float> %185, <8 x float> zeroinitializer
  %188 = getelementptr inbounds float, float* %0, i64 %184
  %189 = bitcast float* %188 to <8 x float>*
  store <8 x float> %187, <8 x float>* %189, align 4
  %190 = add i64 %x, 2
  %191 = mul i64 %36, 48
  %192 = add i64 %191, %39
  %193 = add i64 %192, 1
  %194 = mul i64 %193, 12
  %195 = add i64 %194, %33
  %196 = mul i64 %195, 12
  %197 = add i64 %196, %190
  %198 = mul i64 %197, 8
  %199 = load <8 x float>, <8 x float>* %21, align 32
  %200 = fcmp ogt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> %199, <8 x float> zeroinitializer
  %202 = getelementptr inbounds float, float* %0, i64 %198
  %203 = bitcast float* %202 to <8 x float>*
  store <8 x float> %201, <8 x float>* %203, align 4
  %204 = add i64 %x, 3
  %205 = mul i64 %36, 48
  %206 = add i64 %205, %39
  %207 = add i64 %206, 1
  %208 = mul i64 %207, 12
  %209 = add i64 %208, %33
  %210 = mul i64 %209, 12
  %211 = add i64 %210, %204
  %212 = mul i64 %211, 8
  %213 = load <8 x float>, <8 x float>* %20, align 32
  %214 = fcmp ogt <8 x float> %213, zeroinitializer
  %215 = select <8 x i1> %214, <8 x float> %213, <8 x float> zeroinitializer
  %216 = getelementptr inbounds float, float* %0, i64 %212
  %217 = bitcast float* %216 to <8 x float>*
  store <8 x float> %215, <8 x float>* %217, align 4
  %218 = add i64 %x, 4
  %219 = mul i64 %36, 48
  %220 = add i64 %219, %39
  %221 = add i64 %220, 1
  %222 = mul i64 %221, 12
  %223 = add i64 %222, %33
  %224 = mul i64 %223, 12
  %225 = add i64 %224, %218
  %226 = mul i64 %225, 8
  %227 = load <8 x float>, <8 x float>* %19, align 32
  %228 = fcmp ogt <8 x float> %227, zeroinitializer
  %229 = select <8 x i1> %228, <8 x float> %227, <8 x float> zeroinitializer
  %230 = getelementptr inbounds float, float* %0, i64 %226
  %231 = bitcast float* %230 to <8 x float>*
  store <8 x float> %229, <8 x float>* %231, align 4
  %232 = add i64 %x, 5
  %233 = mul i64 %36, 48
  %234 = add i64 %233, %39
  %235 = add i64 %234, 1
  %236 = mul i64 %235, 12
  %237 = add i64 %236, %33
  %238 = mul i64 %237, 12
  %239 = add i64 %238, %232
  %240 = mul i64 %239, 8
  %241 = load <8 x float>, <8 x float>* %18, align 32
  %242 = fcmp ogt <8 x float> %241, zeroinitializer
  %243 = select <8 x i1> %242, <8 x float> %241, <8 x float> zeroinitializer
  %244 = getelementptr inbounds float, float* %0, i64 %240
  %245 = bitcast float* %244 to <8 x float>*
  store <8 x float> %243, <8 x float>* %245, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %246 = icmp slt i64 %kh, 3
  br i1 %246, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %247 = mul i64 %kh, 1
  %248 = add i64 %49, %247
  %249 = icmp sge i64 %248, 0
  %250 = icmp slt i64 %248, 12
  %251 = and i1 %249, %250
  br i1 %251, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %252 = mul i64 %248, 96
  %253 = add i64 %75, %252
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %254 = icmp slt i64 %kw, 3
  br i1 %254, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %255 = mul i64 %kw, 1
  %256 = add i64 %62, %255
  %257 = mul i64 %kh, 3
  %258 = add i64 %257, %kw
  %259 = mul i64 %258, 64
  %260 = add i64 %77, %259
  %261 = add i64 %260, 0
  %262 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = add i64 %260, 18432
  %266 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  %268 = load <8 x float>, <8 x float>* %267, align 4
  %269 = add i64 %256, 0
  %270 = mul i64 %269, 8
  %271 = add i64 %270, 0
  %272 = add i64 %253, %271
  %273 = getelementptr inbounds float, float* %1, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %29, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %264, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %29, align 32
  %278 = load <8 x float>, <8 x float>* %23, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %268, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %23, align 32
  %280 = add i64 %256, 1
  %281 = mul i64 %280, 8
  %282 = add i64 %281, 0
  %283 = add i64 %253, %282
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat1 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %28, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %264, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %28, align 32
  %289 = load <8 x float>, <8 x float>* %22, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %268, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %22, align 32
  %291 = add i64 %256, 2
  %292 = mul i64 %291, 8
  %293 = add i64 %292, 0
  %294 = add i64 %253, %293
  %295 = getelementptr inbounds float, float* %1, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat2 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %27, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %264, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %27, align 32
  %300 = load <8 x float>, <8 x float>* %21, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %268, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %21, align 32
  %302 = add i64 %256, 3
  %303 = mul i64 %302, 8
  %304 = add i64 %303, 0
  %305 = add i64 %253, %304
  %306 = getelementptr inbounds float, float* %1, i64 %305
  %307 = load float, float* %306, align 4
  %308 = insertelement <8 x float> undef, float %307, i32 0
  %splat3 = shufflevector <8 x float> %308, <8 x float> undef, <8 x i32> zeroinitializer
  %309 = load <8 x float>, <8 x float>* %26, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %264, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %26, align 32
  %311 = load <8 x float>, <8 x float>* %20, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %268, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %20, align 32
  %313 = add i64 %256, 4
  %314 = mul i64 %313, 8
  %315 = add i64 %314, 0
  %316 = add i64 %253, %315
  %317 = getelementptr inbounds float, float* %1, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat4 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %25, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %264, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %25, align 32
  %322 = load <8 x float>, <8 x float>* %19, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %268, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %19, align 32
  %324 = add i64 %256, 5
  %325 = mul i64 %324, 8
  %326 = add i64 %325, 0
  %327 = add i64 %253, %326
  %328 = getelementptr inbounds float, float* %1, i64 %327
  %329 = load float, float* %328, align 4
  %330 = insertelement <8 x float> undef, float %329, i32 0
  %splat5 = shufflevector <8 x float> %330, <8 x float> undef, <8 x i32> zeroinitializer
  %331 = load <8 x float>, <8 x float>* %24, align 32
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %264, <8 x float> %331)
  store <8 x float> %332, <8 x float>* %24, align 32
  %333 = load <8 x float>, <8 x float>* %18, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %268, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %18, align 32
  %335 = add i64 %260, 8
  %336 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  %338 = load <8 x float>, <8 x float>* %337, align 4
  %339 = add i64 %260, 18440
  %340 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %339
  %341 = bitcast float* %340 to <8 x float>*
  %342 = load <8 x float>, <8 x float>* %341, align 4
  %343 = add i64 %256, 0
  %344 = mul i64 %343, 8
  %345 = add i64 %344, 1
  %346 = add i64 %253, %345
  %347 = getelementptr inbounds float, float* %1, i64 %346
  %348 = load float, float* %347, align 4
  %349 = insertelement <8 x float> undef, float %348, i32 0
  %splat6 = shufflevector <8 x float> %349, <8 x float> undef, <8 x i32> zeroinitializer
  %350 = load <8 x float>, <8 x float>* %29, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %338, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %29, align 32
  %352 = load <8 x float>, <8 x float>* %23, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %342, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %23, align 32
  %354 = add i64 %256, 1
  %355 = mul i64 %354, 8
  %356 = add i64 %355, 1
  %357 = add i64 %253, %356
  %358 = getelementptr inbounds float, float* %1, i64 %357
  %359 = load float, float* %358, align 4
  %360 = insertelement <8 x float> undef, float %359, i32 0
  %splat7 = shufflevector <8 x float> %360, <8 x float> undef, <8 x i32> zeroinitializer
  %361 = load <8 x float>, <8 x float>* %28, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %338, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %28, align 32
  %363 = load <8 x float>, <8 x float>* %22, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %342, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %22, align 32
  %365 = add i64 %256, 2
  %366 = mul i64 %365, 8
  %367 = add i64 %366, 1
  %368 = add i64 %253, %367
  %369 = getelementptr inbounds float, float* %1, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat8 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %27, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %338, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %27, align 32
  %374 = load <8 x float>, <8 x float>* %21, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %342, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %21, align 32
  %376 = add i64 %256, 3
  %377 = mul i64 %376, 8
  %378 = add i64 %377, 1
  %379 = add i64 %253, %378
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat9 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %26, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %338, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %26, align 32
  %385 = load <8 x float>, <8 x float>* %20, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %342, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %20, align 32
  %387 = add i64 %256, 4
  %388 = mul i64 %387, 8
  %389 = add i64 %388, 1
  %390 = add i64 %253, %389
  %391 = getelementptr inbounds float, float* %1, i64 %390
  %392 = load float, float* %391, align 4
  %393 = insertelement <8 x float> undef, float %392, i32 0
  %splat10 = shufflevector <8 x float> %393, <8 x float> undef, <8 x i32> zeroinitializer
  %394 = load <8 x float>, <8 x float>* %25, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %338, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %25, align 32
  %396 = load <8 x float>, <8 x float>* %19, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %342, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %19, align 32
  %398 = add i64 %256, 5
  %399 = mul i64 %398, 8
  %400 = add i64 %399, 1
  %401 = add i64 %253, %400
  %402 = getelementptr inbounds float, float* %1, i64 %401
  %403 = load float, float* %402, align 4
  %404 = insertelement <8 x float> undef, float %403, i32 0
  %splat11 = shufflevector <8 x float> %404, <8 x float> undef, <8 x i32> zeroinitializer
  %405 = load <8 x float>, <8 x float>* %24, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %338, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %24, align 32
  %407 = load <8 x float>, <8 x float>* %18, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %342, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %18, align 32
  %409 = add i64 %260, 16
  %410 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  %412 = load <8 x float>, <8 x float>* %411, align 4
  %413 = add i64 %260, 18448
  %414 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %413
  %415 = bitcast float* %414 to <8 x float>*
  %416 = load <8 x float>, <8 x float>* %415, align 4
  %417 = add i64 %256, 0
  %418 = mul i64 %417, 8
  %419 = add i64 %418, 2
  %420 = add i64 %253, %419
  %421 = getelementptr inbounds float, float* %1, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat12 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %29, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %412, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %29, align 32
  %426 = load <8 x float>, <8 x float>* %23, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %416, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %23, align 32
  %428 = add i64 %256, 1
  %429 = mul i64 %428, 8
  %430 = add i64 %429, 2
  %431 = add i64 %253, %430
  %432 = getelementptr inbounds float, float* %1, i64 %431
  %433 = load float, float* %432, align 4
  %434 = insertelement <8 x float> undef, float %433, i32 0
  %splat13 = shufflevector <8 x float> %434, <8 x float> undef, <8 x i32> zeroinitializer
  %435 = load <8 x float>, <8 x float>* %28, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %412, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %28, align 32
  %437 = load <8 x float>, <8 x float>* %22, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %416, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %22, align 32
  %439 = add i64 %256, 2
  %440 = mul i64 %439, 8
  %441 = add i64 %440, 2
  %442 = add i64 %253, %441
  %443 = getelementptr inbounds float, float* %1, i64 %442
  %444 = load float, float* %443, align 4
  %445 = insertelement <8 x float> undef, float %444, i32 0
  %splat14 = shufflevector <8 x float> %445, <8 x float> undef, <8 x i32> zeroinitializer
  %446 = load <8 x float>, <8 x float>* %27, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %412, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %27, align 32
  %448 = load <8 x float>, <8 x float>* %21, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %416, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %21, align 32
  %450 = add i64 %256, 3
  %451 = mul i64 %450, 8
  %452 = add i64 %451, 2
  %453 = add i64 %253, %452
  %454 = getelementptr inbounds float, float* %1, i64 %453
  %455 = load float, float* %454, align 4
  %456 = insertelement <8 x float> undef, float %455, i32 0
  %splat15 = shufflevector <8 x float> %456, <8 x float> undef, <8 x i32> zeroinitializer
  %457 = load <8 x float>, <8 x float>* %26, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %412, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %26, align 32
  %459 = load <8 x float>, <8 x float>* %20, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %416, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %20, align 32
  %461 = add i64 %256, 4
  %462 = mul i64 %461, 8
  %463 = add i64 %462, 2
  %464 = add i64 %253, %463
  %465 = getelementptr inbounds float, float* %1, i64 %464
  %466 = load float, float* %465, align 4
  %467 = insertelement <8 x float> undef, float %466, i32 0
  %splat16 = shufflevector <8 x float> %467, <8 x float> undef, <8 x i32> zeroinitializer
  %468 = load <8 x float>, <8 x float>* %25, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %412, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %25, align 32
  %470 = load <8 x float>, <8 x float>* %19, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %416, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %19, align 32
  %472 = add i64 %256, 5
  %473 = mul i64 %472, 8
  %474 = add i64 %473, 2
  %475 = add i64 %253, %474
  %476 = getelementptr inbounds float, float* %1, i64 %475
  %477 = load float, float* %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %splat17 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = load <8 x float>, <8 x float>* %24, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %412, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %24, align 32
  %481 = load <8 x float>, <8 x float>* %18, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %416, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %18, align 32
  %483 = add i64 %260, 24
  %484 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = load <8 x float>, <8 x float>* %485, align 4
  %487 = add i64 %260, 18456
  %488 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  %490 = load <8 x float>, <8 x float>* %489, align 4
  %491 = add i64 %256, 0
  %492 = mul i64 %491, 8
  %493 = add i64 %492, 3
  %494 = add i64 %253, %493
  %495 = getelementptr inbounds float, float* %1, i64 %494
  %496 = load float, float* %495, align 4
  %497 = insertelement <8 x float> undef, float %496, i32 0
  %splat18 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %498 = load <8 x float>, <8 x float>* %29, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %486, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %29, align 32
  %500 = load <8 x float>, <8 x float>* %23, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %490, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %23, align 32
  %502 = add i64 %256, 1
  %503 = mul i64 %502, 8
  %504 = add i64 %503, 3
  %505 = add i64 %253, %504
  %506 = getelementptr inbounds float, float* %1, i64 %505
  %507 = load float, float* %506, align 4
  %508 = insertelement <8 x float> undef, float %507, i32 0
  %splat19 = shufflevector <8 x float> %508, <8 x float> undef, <8 x i32> zeroinitializer
  %509 = load <8 x float>, <8 x float>* %28, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %486, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %28, align 32
  %511 = load <8 x float>, <8 x float>* %22, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %490, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %22, align 32
  %513 = add i64 %256, 2
  %514 = mul i64 %513, 8
  %515 = add i64 %514, 3
  %516 = add i64 %253, %515
  %517 = getelementptr inbounds float, float* %1, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat20 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %27, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %486, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %27, align 32
  %522 = load <8 x float>, <8 x float>* %21, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %490, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %21, align 32
  %524 = add i64 %256, 3
  %525 = mul i64 %524, 8
  %526 = add i64 %525, 3
  %527 = add i64 %253, %526
  %528 = getelementptr inbounds float, float* %1, i64 %527
  %529 = load float, float* %528, align 4
  %530 = insertelement <8 x float> undef, float %529, i32 0
  %splat21 = shufflevector <8 x float> %530, <8 x float> undef, <8 x i32> zeroinitializer
  %531 = load <8 x float>, <8 x float>* %26, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %486, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %26, align 32
  %533 = load <8 x float>, <8 x float>* %20, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %490, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %20, align 32
  %535 = add i64 %256, 4
  %536 = mul i64 %535, 8
  %537 = add i64 %536, 3
  %538 = add i64 %253, %537
  %539 = getelementptr inbounds float, float* %1, i64 %538
  %540 = load float, float* %539, align 4
  %541 = insertelement <8 x float> undef, float %540, i32 0
  %splat22 = shufflevector <8 x float> %541, <8 x float> undef, <8 x i32> zeroinitializer
  %542 = load <8 x float>, <8 x float>* %25, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %486, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %25, align 32
  %544 = load <8 x float>, <8 x float>* %19, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %490, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %19, align 32
  %546 = add i64 %256, 5
  %547 = mul i64 %546, 8
  %548 = add i64 %547, 3
  %549 = add i64 %253, %548
  %550 = getelementptr inbounds float, float* %1, i64 %549
  %551 = load float, float* %550, align 4
  %552 = insertelement <8 x float> undef, float %551, i32 0
  %splat23 = shufflevector <8 x float> %552, <8 x float> undef, <8 x i32> zeroinitializer
  %553 = load <8 x float>, <8 x float>* %24, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %486, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %24, align 32
  %555 = load <8 x float>, <8 x float>* %18, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %490, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %18, align 32
  %557 = add i64 %260, 32
  %558 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %557
  %559 = bitcast float* %558 to <8 x float>*
  %560 = load <8 x float>, <8 x float>* %559, align 4
  %561 = add i64 %260, 18464
  %562 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %561
  %563 = bitcast float* %562 to <8 x float>*
  %564 = load <8 x float>, <8 x float>* %563, align 4
  %565 = add i64 %256, 0
  %566 = mul i64 %565, 8
  %567 = add i64 %566, 4
  %568 = add i64 %253, %567
  %569 = getelementptr inbounds float, float* %1, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat24 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %29, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %560, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %29, align 32
  %574 = load <8 x float>, <8 x float>* %23, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %564, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %23, align 32
  %576 = add i64 %256, 1
  %577 = mul i64 %576, 8
  %578 = add i64 %577, 4
  %579 = add i64 %253, %578
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat25 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %28, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %560, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %28, align 32
  %585 = load <8 x float>, <8 x float>* %22, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %564, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %22, align 32
  %587 = add i64 %256, 2
  %588 = mul i64 %587, 8
  %589 = add i64 %588, 4
  %590 = add i64 %253, %589
  %591 = getelementptr inbounds float, float* %1, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat26 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %27, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %560, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %27, align 32
  %596 = load <8 x float>, <8 x float>* %21, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %564, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %21, align 32
  %598 = add i64 %256, 3
  %599 = mul i64 %598, 8
  %600 = add i64 %599, 4
  %601 = add i64 %253, %600
  %602 = getelementptr inbounds float, float* %1, i64 %601
  %603 = load float, float* %602, align 4
  %604 = insertelement <8 x float> undef, float %603, i32 0
  %splat27 = shufflevector <8 x float> %604, <8 x float> undef, <8 x i32> zeroinitializer
  %605 = load <8 x float>, <8 x float>* %26, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %560, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %26, align 32
  %607 = load <8 x float>, <8 x float>* %20, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %564, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %20, align 32
  %609 = add i64 %256, 4
  %610 = mul i64 %609, 8
  %611 = add i64 %610, 4
  %612 = add i64 %253, %611
  %613 = getelementptr inbounds float, float* %1, i64 %612
  %614 = load float, float* %613, align 4
  %615 = insertelement <8 x float> undef, float %614, i32 0
  %splat28 = shufflevector <8 x float> %615, <8 x float> undef, <8 x i32> zeroinitializer
  %616 = load <8 x float>, <8 x float>* %25, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %560, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %25, align 32
  %618 = load <8 x float>, <8 x float>* %19, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %564, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %19, align 32
  %620 = add i64 %256, 5
  %621 = mul i64 %620, 8
  %622 = add i64 %621, 4
  %623 = add i64 %253, %622
  %624 = getelementptr inbounds float, float* %1, i64 %623
  %625 = load float, float* %624, align 4
  %626 = insertelement <8 x float> undef, float %625, i32 0
  %splat29 = shufflevector <8 x float> %626, <8 x float> undef, <8 x i32> zeroinitializer
  %627 = load <8 x float>, <8 x float>* %24, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %560, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %24, align 32
  %629 = load <8 x float>, <8 x float>* %18, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %564, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %18, align 32
  %631 = add i64 %260, 40
  %632 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %631
  %633 = bitcast float* %632 to <8 x float>*
  %634 = load <8 x float>, <8 x float>* %633, align 4
  %635 = add i64 %260, 18472
  %636 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %635
  %637 = bitcast float* %636 to <8 x float>*
  %638 = load <8 x float>, <8 x float>* %637, align 4
  %639 = add i64 %256, 0
  %640 = mul i64 %639, 8
  %641 = add i64 %640, 5
  %642 = add i64 %253, %641
  %643 = getelementptr inbounds float, float* %1, i64 %642
  %644 = load float, float* %643, align 4
  %645 = insertelement <8 x float> undef, float %644, i32 0
  %splat30 = shufflevector <8 x float> %645, <8 x float> undef, <8 x i32> zeroinitializer
  %646 = load <8 x float>, <8 x float>* %29, align 32
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %634, <8 x float> %646)
  store <8 x float> %647, <8 x float>* %29, align 32
  %648 = load <8 x float>, <8 x float>* %23, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %638, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %23, align 32
  %650 = add i64 %256, 1
  %651 = mul i64 %650, 8
  %652 = add i64 %651, 5
  %653 = add i64 %253, %652
  %654 = getelementptr inbounds float, float* %1, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat31 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %28, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %634, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %28, align 32
  %659 = load <8 x float>, <8 x float>* %22, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %638, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %22, align 32
  %661 = add i64 %256, 2
  %662 = mul i64 %661, 8
  %663 = add i64 %662, 5
  %664 = add i64 %253, %663
  %665 = getelementptr inbounds float, float* %1, i64 %664
  %666 = load float, float* %665, align 4
  %667 = insertelement <8 x float> undef, float %666, i32 0
  %splat32 = shufflevector <8 x float> %667, <8 x float> undef, <8 x i32> zeroinitializer
  %668 = load <8 x float>, <8 x float>* %27, align 32
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %634, <8 x float> %668)
  store <8 x float> %669, <8 x float>* %27, align 32
  %670 = load <8 x float>, <8 x float>* %21, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %638, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %21, align 32
  %672 = add i64 %256, 3
  %673 = mul i64 %672, 8
  %674 = add i64 %673, 5
  %675 = add i64 %253, %674
  %676 = getelementptr inbounds float, float* %1, i64 %675
  %677 = load float, float* %676, align 4
  %678 = insertelement <8 x float> undef, float %677, i32 0
  %splat33 = shufflevector <8 x float> %678, <8 x float> undef, <8 x i32> zeroinitializer
  %679 = load <8 x float>, <8 x float>* %26, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %634, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %26, align 32
  %681 = load <8 x float>, <8 x float>* %20, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %638, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %20, align 32
  %683 = add i64 %256, 4
  %684 = mul i64 %683, 8
  %685 = add i64 %684, 5
  %686 = add i64 %253, %685
  %687 = getelementptr inbounds float, float* %1, i64 %686
  %688 = load float, float* %687, align 4
  %689 = insertelement <8 x float> undef, float %688, i32 0
  %splat34 = shufflevector <8 x float> %689, <8 x float> undef, <8 x i32> zeroinitializer
  %690 = load <8 x float>, <8 x float>* %25, align 32
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %634, <8 x float> %690)
  store <8 x float> %691, <8 x float>* %25, align 32
  %692 = load <8 x float>, <8 x float>* %19, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %638, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %19, align 32
  %694 = add i64 %256, 5
  %695 = mul i64 %694, 8
  %696 = add i64 %695, 5
  %697 = add i64 %253, %696
  %698 = getelementptr inbounds float, float* %1, i64 %697
  %699 = load float, float* %698, align 4
  %700 = insertelement <8 x float> undef, float %699, i32 0
  %splat35 = shufflevector <8 x float> %700, <8 x float> undef, <8 x i32> zeroinitializer
  %701 = load <8 x float>, <8 x float>* %24, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %634, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %24, align 32
  %703 = load <8 x float>, <8 x float>* %18, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %638, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %18, align 32
  %705 = add i64 %260, 48
  %706 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %705
  %707 = bitcast float* %706 to <8 x float>*
  %708 = load <8 x float>, <8 x float>* %707, align 4
  %709 = add i64 %260, 18480
  %710 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %709
  %711 = bitcast float* %710 to <8 x float>*
  %712 = load <8 x float>, <8 x float>* %711, align 4
  %713 = add i64 %256, 0
  %714 = mul i64 %713, 8
  %715 = add i64 %714, 6
  %716 = add i64 %253, %715
  %717 = getelementptr inbounds float, float* %1, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat36 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %29, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %708, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %29, align 32
  %722 = load <8 x float>, <8 x float>* %23, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %712, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %23, align 32
  %724 = add i64 %256, 1
  %725 = mul i64 %724, 8
  %726 = add i64 %725, 6
  %727 = add i64 %253, %726
  %728 = getelementptr inbounds float, float* %1, i64 %727
  %729 = load float, float* %728, align 4
  %730 = insertelement <8 x float> undef, float %729, i32 0
  %splat37 = shufflevector <8 x float> %730, <8 x float> undef, <8 x i32> zeroinitializer
  %731 = load <8 x float>, <8 x float>* %28, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %708, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %28, align 32
  %733 = load <8 x float>, <8 x float>* %22, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %712, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %22, align 32
  %735 = add i64 %256, 2
  %736 = mul i64 %735, 8
  %737 = add i64 %736, 6
  %738 = add i64 %253, %737
  %739 = getelementptr inbounds float, float* %1, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat38 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %27, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %708, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %27, align 32
  %744 = load <8 x float>, <8 x float>* %21, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %712, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %21, align 32
  %746 = add i64 %256, 3
  %747 = mul i64 %746, 8
  %748 = add i64 %747, 6
  %749 = add i64 %253, %748
  %750 = getelementptr inbounds float, float* %1, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat39 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %26, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %708, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %26, align 32
  %755 = load <8 x float>, <8 x float>* %20, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %712, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %20, align 32
  %757 = add i64 %256, 4
  %758 = mul i64 %757, 8
  %759 = add i64 %758, 6
  %760 = add i64 %253, %759
  %761 = getelementptr inbounds float, float* %1, i64 %760
  %762 = load float, float* %761, align 4
  %763 = insertelement <8 x float> undef, float %762, i32 0
  %splat40 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
  %764 = load <8 x float>, <8 x float>* %25, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %708, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %25, align 32
  %766 = load <8 x float>, <8 x float>* %19, align 32
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %712, <8 x float> %766)
  store <8 x float> %767, <8 x float>* %19, align 32
  %768 = add i64 %256, 5
  %769 = mul i64 %768, 8
  %770 = add i64 %769, 6
  %771 = add i64 %253, %770
  %772 = getelementptr inbounds float, float* %1, i64 %771
  %773 = load float, float* %772, align 4
  %774 = insertelement <8 x float> undef, float %773, i32 0
  %splat41 = shufflevector <8 x float> %774, <8 x float> undef, <8 x i32> zeroinitializer
  %775 = load <8 x float>, <8 x float>* %24, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %708, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %24, align 32
  %777 = load <8 x float>, <8 x float>* %18, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %712, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %18, align 32
  %779 = add i64 %260, 56
  %780 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %779
  %781 = bitcast float* %780 to <8 x float>*
  %782 = load <8 x float>, <8 x float>* %781, align 4
  %783 = add i64 %260, 18488
  %784 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %783
  %785 = bitcast float* %784 to <8 x float>*
  %786 = load <8 x float>, <8 x float>* %785, align 4
  %787 = add i64 %256, 0
  %788 = mul i64 %787, 8
  %789 = add i64 %788, 7
  %790 = add i64 %253, %789
  %791 = getelementptr inbounds float, float* %1, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat42 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %29, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %782, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %29, align 32
  %796 = load <8 x float>, <8 x float>* %23, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %786, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %23, align 32
  %798 = add i64 %256, 1
  %799 = mul i64 %798, 8
  %800 = add i64 %799, 7
  %801 = add i64 %253, %800
  %802 = getelementptr inbounds float, float* %1, i64 %801
  %803 = load float, float* %802, align 4
  %804 = insertelement <8 x float> undef, float %803, i32 0
  %splat43 = shufflevector <8 x float> %804, <8 x float> undef, <8 x i32> zeroinitializer
  %805 = load <8 x float>, <8 x float>* %28, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %782, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %28, align 32
  %807 = load <8 x float>, <8 x float>* %22, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %786, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %22, align 32
  %809 = add i64 %256, 2
  %810 = mul i64 %809, 8
  %811 = add i64 %810, 7
  %812 = add i64 %253, %811
  %813 = getelementptr inbounds float, float* %1, i64 %812
  %814 = load float, float* %813, align 4
  %815 = insertelement <8 x float> undef, float %814, i32 0
  %splat44 = shufflevector <8 x float> %815, <8 x float> undef, <8 x i32> zeroinitializer
  %816 = load <8 x float>, <8 x float>* %27, align 32
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %782, <8 x float> %816)
  store <8 x float> %817, <8 x float>* %27, align 32
  %818 = load <8 x float>, <8 x float>* %21, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %786, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %21, align 32
  %820 = add i64 %256, 3
  %821 = mul i64 %820, 8
  %822 = add i64 %821, 7
  %823 = add i64 %253, %822
  %824 = getelementptr inbounds float, float* %1, i64 %823
  %825 = load float, float* %824, align 4
  %826 = insertelement <8 x float> undef, float %825, i32 0
  %splat45 = shufflevector <8 x float> %826, <8 x float> undef, <8 x i32> zeroinitializer
  %827 = load <8 x float>, <8 x float>* %26, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %782, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %26, align 32
  %829 = load <8 x float>, <8 x float>* %20, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %786, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %20, align 32
  %831 = add i64 %256, 4
  %832 = mul i64 %831, 8
  %833 = add i64 %832, 7
  %834 = add i64 %253, %833
  %835 = getelementptr inbounds float, float* %1, i64 %834
  %836 = load float, float* %835, align 4
  %837 = insertelement <8 x float> undef, float %836, i32 0
  %splat46 = shufflevector <8 x float> %837, <8 x float> undef, <8 x i32> zeroinitializer
  %838 = load <8 x float>, <8 x float>* %25, align 32
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %782, <8 x float> %838)
  store <8 x float> %839, <8 x float>* %25, align 32
  %840 = load <8 x float>, <8 x float>* %19, align 32
  %841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %786, <8 x float> %840)
  store <8 x float> %841, <8 x float>* %19, align 32
  %842 = add i64 %256, 5
  %843 = mul i64 %842, 8
  %844 = add i64 %843, 7
  %845 = add i64 %253, %844
  %846 = getelementptr inbounds float, float* %1, i64 %845
  %847 = load float, float* %846, align 4
  %848 = insertelement <8 x float> undef, float %847, i32 0
  %splat47 = shufflevector <8 x float> %848, <8 x float> undef, <8 x i32> zeroinitializer
  %849 = load <8 x float>, <8 x float>* %24, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %782, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %24, align 32
  %851 = load <8 x float>, <8 x float>* %18, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %786, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %18, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next96, %kh.exit54 ]
  %853 = icmp slt i64 %u51, 32
  br i1 %853, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %854 = mul i64 %u51, 1152
  %855 = add i64 %43, %854
  %856 = mul i64 %u51, 576
  %857 = add i64 %47, %856
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %858 = mul i64 %36, 48
  %859 = add i64 %858, %39
  %860 = add i64 %859, 0
  %861 = mul i64 %860, 12
  %862 = add i64 %861, %33
  %863 = mul i64 %862, 12
  %864 = add i64 %863, 7
  %865 = mul i64 %864, 8
  %866 = load <8 x float>, <8 x float>* %17, align 32
  %867 = fcmp ogt <8 x float> %866, zeroinitializer
  %868 = select <8 x i1> %867, <8 x float> %866, <8 x float> zeroinitializer
  %869 = getelementptr inbounds float, float* %0, i64 %865
  %870 = bitcast float* %869 to <8 x float>*
  store <8 x float> %868, <8 x float>* %870, align 4
  %871 = mul i64 %36, 48
  %872 = add i64 %871, %39
  %873 = add i64 %872, 0
  %874 = mul i64 %873, 12
  %875 = add i64 %874, %33
  %876 = mul i64 %875, 12
  %877 = add i64 %876, 8
  %878 = mul i64 %877, 8
  %879 = load <8 x float>, <8 x float>* %16, align 32
  %880 = fcmp ogt <8 x float> %879, zeroinitializer
  %881 = select <8 x i1> %880, <8 x float> %879, <8 x float> zeroinitializer
  %882 = getelementptr inbounds float, float* %0, i64 %878
  %883 = bitcast float* %882 to <8 x float>*
  store <8 x float> %881, <8 x float>* %883, align 4
  %884 = mul i64 %36, 48
  %885 = add i64 %884, %39
  %886 = add i64 %885, 0
  %887 = mul i64 %886, 12
  %888 = add i64 %887, %33
  %889 = mul i64 %888, 12
  %890 = add i64 %889, 9
  %891 = mul i64 %890, 8
  %892 = load <8 x float>, <8 x float>* %15, align 32
  %893 = fcmp ogt <8 x float> %892, zeroinitializer
  %894 = select <8 x i1> %893, <8 x float> %892, <8 x float> zeroinitializer
  %895 = getelementptr inbounds float, float* %0, i64 %891
  %896 = bitcast float* %895 to <8 x float>*
  store <8 x float> %894, <8 x float>* %896, align 4
  %897 = mul i64 %36, 48
  %898 = add i64 %897, %39
  %899 = add i64 %898, 0
  %900 = mul i64 %899, 12
  %901 = add i64 %900, %33
  %902 = mul i64 %901, 12
  %903 = add i64 %902, 10
  %904 = mul i64 %903, 8
  %905 = load <8 x float>, <8 x float>* %14, align 32
  %906 = fcmp ogt <8 x float> %905, zeroinitializer
  %907 = select <8 x i1> %906, <8 x float> %905, <8 x float> zeroinitializer
  %908 = getelementptr inbounds float, float* %0, i64 %904
  %909 = bitcast float* %908 to <8 x float>*
  store <8 x float> %907, <8 x float>* %909, align 4
  %910 = mul i64 %36, 48
  %911 = add i64 %910, %39
  %912 = add i64 %911, 1
  %913 = mul i64 %912, 12
  %914 = add i64 %913, %33
  %915 = mul i64 %914, 12
  %916 = add i64 %915, 7
  %917 = mul i64 %916, 8
  %918 = load <8 x float>, <8 x float>* %13, align 32
  %919 = fcmp ogt <8 x float> %918, zeroinitializer
  %920 = select <8 x i1> %919, <8 x float> %918, <8 x float> zeroinitializer
  %921 = getelementptr inbounds float, float* %0, i64 %917
  %922 = bitcast float* %921 to <8 x float>*
  store <8 x float> %920, <8 x float>* %922, align 4
  %923 = mul i64 %36, 48
  %924 = add i64 %923, %39
  %925 = add i64 %924, 1
  %926 = mul i64 %925, 12
  %927 = add i64 %926, %33
  %928 = mul i64 %927, 12
  %929 = add i64 %928, 8
  %930 = mul i64 %929, 8
  %931 = load <8 x float>, <8 x float>* %12, align 32
  %932 = fcmp ogt <8 x float> %931, zeroinitializer
  %933 = select <8 x i1> %932, <8 x float> %931, <8 x float> zeroinitializer
  %934 = getelementptr inbounds float, float* %0, i64 %930
  %935 = bitcast float* %934 to <8 x float>*
  store <8 x float> %933, <8 x float>* %935, align 4
  %936 = mul i64 %36, 48
  %937 = add i64 %936, %39
  %938 = add i64 %937, 1
  %939 = mul i64 %938, 12
  %940 = add i64 %939, %33
  %941 = mul i64 %940, 12
  %942 = add i64 %941, 9
  %943 = mul i64 %942, 8
  %944 = load <8 x float>, <8 x float>* %11, align 32
  %945 = fcmp ogt <8 x float> %944, zeroinitializer
  %946 = select <8 x i1> %945, <8 x float> %944, <8 x float> zeroinitializer
  %947 = getelementptr inbounds float, float* %0, i64 %943
  %948 = bitcast float* %947 to <8 x float>*
  store <8 x float> %946, <8 x float>* %948, align 4
  %949 = mul i64 %36, 48
  %950 = add i64 %949, %39
  %951 = add i64 %950, 1
  %952 = mul i64 %951, 12
  %953 = add i64 %952, %33
  %954 = mul i64 %953, 12
  %955 = add i64 %954, 10
  %956 = mul i64 %955, 8
  %957 = load <8 x float>, <8 x float>* %10, align 32
  %958 = fcmp ogt <8 x float> %957, zeroinitializer
  %959 = select <8 x i1> %958, <8 x float> %957, <8 x float> zeroinitializer
  %960 = getelementptr inbounds float, float* %0, i64 %956
  %961 = bitcast float* %960 to <8 x float>*
  store <8 x float> %959, <8 x float>* %961, align 4
  br label %xb.header

kh.header52:                                      ; preds = %endif57, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next95, %endif57 ]
  %962 = icmp slt i64 %kh55, 3
  br i1 %962, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %963 = mul i64 %kh55, 1
  %964 = add i64 %49, %963
  %965 = icmp sge i64 %964, 0
  %966 = icmp slt i64 %964, 12
  %967 = and i1 %965, %966
  br i1 %967, label %then56, label %endif57

kh.exit54:                                        ; preds = %kh.header52
  %u.next96 = add i64 %u51, 1
  br label %u.header48

then56:                                           ; preds = %kh.body53
  %968 = mul i64 %964, 96
  %969 = add i64 %855, %968
  br label %kw.header58

endif57:                                          ; preds = %kw.exit60, %kh.body53
  %kh.next95 = add i64 %kh55, 1
  br label %kh.header52

kw.header58:                                      ; preds = %kw.body59, %then56
  %kw61 = phi i64 [ 0, %then56 ], [ %kw.next94, %kw.body59 ]
  %970 = icmp slt i64 %kw61, 3
  br i1 %970, label %kw.body59, label %kw.exit60

kw.body59:                                        ; preds = %kw.header58
  %971 = mul i64 %kw61, 1
  %972 = add i64 6, %971
  %973 = mul i64 %kh55, 3
  %974 = add i64 %973, %kw61
  %975 = mul i64 %974, 64
  %976 = add i64 %857, %975
  %977 = add i64 %976, 0
  %978 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %977
  %979 = bitcast float* %978 to <8 x float>*
  %980 = load <8 x float>, <8 x float>* %979, align 4
  %981 = add i64 %976, 18432
  %982 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %981
  %983 = bitcast float* %982 to <8 x float>*
  %984 = load <8 x float>, <8 x float>* %983, align 4
  %985 = add i64 %972, 0
  %986 = mul i64 %985, 8
  %987 = add i64 %986, 0
  %988 = add i64 %969, %987
  %989 = getelementptr inbounds float, float* %1, i64 %988
  %990 = load float, float* %989, align 4
  %991 = insertelement <8 x float> undef, float %990, i32 0
  %splat62 = shufflevector <8 x float> %991, <8 x float> undef, <8 x i32> zeroinitializer
  %992 = load <8 x float>, <8 x float>* %17, align 32
  %993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %980, <8 x float> %992)
  store <8 x float> %993, <8 x float>* %17, align 32
  %994 = load <8 x float>, <8 x float>* %13, align 32
  %995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %984, <8 x float> %994)
  store <8 x float> %995, <8 x float>* %13, align 32
  %996 = add i64 %972, 1
  %997 = mul i64 %996, 8
  %998 = add i64 %997, 0
  %999 = add i64 %969, %998
  %1000 = getelementptr inbounds float, float* %1, i64 %999
  %1001 = load float, float* %1000, align 4
  %1002 = insertelement <8 x float> undef, float %1001, i32 0
  %splat63 = shufflevector <8 x float> %1002, <8 x float> undef, <8 x i32> zeroinitializer
  %1003 = load <8 x float>, <8 x float>* %16, align 32
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %980, <8 x float> %1003)
  store <8 x float> %1004, <8 x float>* %16, align 32
  %1005 = load <8 x float>, <8 x float>* %12, align 32
  %1006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %984, <8 x float> %1005)
  store <8 x float> %1006, <8 x float>* %12, align 32
  %1007 = add i64 %972, 2
  %1008 = mul i64 %1007, 8
  %1009 = add i64 %1008, 0
  %1010 = add i64 %969, %1009
  %1011 = getelementptr inbounds float, float* %1, i64 %1010
  %1012 = load float, float* %1011, align 4
  %1013 = insertelement <8 x float> undef, float %1012, i32 0
  %splat64 = shufflevector <8 x float> %1013, <8 x float> undef, <8 x i32> zeroinitializer
  %1014 = load <8 x float>, <8 x float>* %15, align 32
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %980, <8 x float> %1014)
  store <8 x float> %1015, <8 x float>* %15, align 32
  %1016 = load <8 x float>, <8 x float>* %11, align 32
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %984, <8 x float> %1016)
  store <8 x float> %1017, <8 x float>* %11, align 32
  %1018 = add i64 %972, 3
  %1019 = mul i64 %1018, 8
  %1020 = add i64 %1019, 0
  %1021 = add i64 %969, %1020
  %1022 = getelementptr inbounds float, float* %1, i64 %1021
  %1023 = load float, float* %1022, align 4
  %1024 = insertelement <8 x float> undef, float %1023, i32 0
  %splat65 = shufflevector <8 x float> %1024, <8 x float> undef, <8 x i32> zeroinitializer
  %1025 = load <8 x float>, <8 x float>* %14, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %980, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %14, align 32
  %1027 = load <8 x float>, <8 x float>* %10, align 32
  %1028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %984, <8 x float> %1027)
  store <8 x float> %1028, <8 x float>* %10, align 32
  %1029 = add i64 %976, 8
  %1030 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1029
  %1031 = bitcast float* %1030 to <8 x float>*
  %1032 = load <8 x float>, <8 x float>* %1031, align 4
  %1033 = add i64 %976, 18440
  %1034 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1033
  %1035 = bitcast float* %1034 to <8 x float>*
  %1036 = load <8 x float>, <8 x float>* %1035, align 4
  %1037 = add i64 %972, 0
  %1038 = mul i64 %1037, 8
  %1039 = add i64 %1038, 1
  %1040 = add i64 %969, %1039
  %1041 = getelementptr inbounds float, float* %1, i64 %1040
  %1042 = load float, float* %1041, align 4
  %1043 = insertelement <8 x float> undef, float %1042, i32 0
  %splat66 = shufflevector <8 x float> %1043, <8 x float> undef, <8 x i32> zeroinitializer
  %1044 = load <8 x float>, <8 x float>* %17, align 32
  %1045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1032, <8 x float> %1044)
  store <8 x float> %1045, <8 x float>* %17, align 32
  %1046 = load <8 x float>, <8 x float>* %13, align 32
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1036, <8 x float> %1046)
  store <8 x float> %1047, <8 x float>* %13, align 32
  %1048 = add i64 %972, 1
  %1049 = mul i64 %1048, 8
  %1050 = add i64 %1049, 1
  %1051 = add i64 %969, %1050
  %1052 = getelementptr inbounds float, float* %1, i64 %1051
  %1053 = load float, float* %1052, align 4
  %1054 = insertelement <8 x float> undef, float %1053, i32 0
  %splat67 = shufflevector <8 x float> %1054, <8 x float> undef, <8 x i32> zeroinitializer
  %1055 = load <8 x float>, <8 x float>* %16, align 32
  %1056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1032, <8 x float> %1055)
  store <8 x float> %1056, <8 x float>* %16, align 32
  %1057 = load <8 x float>, <8 x float>* %12, align 32
  %1058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1036, <8 x float> %1057)
  store <8 x float> %1058, <8 x float>* %12, align 32
  %1059 = add i64 %972, 2
  %1060 = mul i64 %1059, 8
  %1061 = add i64 %1060, 1
  %1062 = add i64 %969, %1061
  %1063 = getelementptr inbounds float, float* %1, i64 %1062
  %1064 = load float, float* %1063, align 4
  %1065 = insertelement <8 x float> undef, float %1064, i32 0
  %splat68 = shufflevector <8 x float> %1065, <8 x float> undef, <8 x i32> zeroinitializer
  %1066 = load <8 x float>, <8 x float>* %15, align 32
  %1067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1032, <8 x float> %1066)
  store <8 x float> %1067, <8 x float>* %15, align 32
  %1068 = load <8 x float>, <8 x float>* %11, align 32
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1036, <8 x float> %1068)
  store <8 x float> %1069, <8 x float>* %11, align 32
  %1070 = add i64 %972, 3
  %1071 = mul i64 %1070, 8
  %1072 = add i64 %1071, 1
  %1073 = add i64 %969, %1072
  %1074 = getelementptr inbounds float, float* %1, i64 %1073
  %1075 = load float, float* %1074, align 4
  %1076 = insertelement <8 x float> undef, float %1075, i32 0
  %splat69 = shufflevector <8 x float> %1076, <8 x float> undef, <8 x i32> zeroinitializer
  %1077 = load <8 x float>, <8 x float>* %14, align 32
  %1078 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1032, <8 x float> %1077)
  store <8 x float> %1078, <8 x float>* %14, align 32
  %1079 = load <8 x float>, <8 x float>* %10, align 32
  %1080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1036, <8 x float> %1079)
  store <8 x float> %1080, <8 x float>* %10, align 32
  %1081 = add i64 %976, 16
  %1082 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1081
  %1083 = bitcast float* %1082 to <8 x float>*
  %1084 = load <8 x float>, <8 x float>* %1083, align 4
  %1085 = add i64 %976, 18448
  %1086 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1085
  %1087 = bitcast float* %1086 to <8 x float>*
  %1088 = load <8 x float>, <8 x float>* %1087, align 4
  %1089 = add i64 %972, 0
  %1090 = mul i64 %1089, 8
  %1091 = add i64 %1090, 2
  %1092 = add i64 %969, %1091
  %1093 = getelementptr inbounds float, float* %1, i64 %1092
  %1094 = load float, float* %1093, align 4
  %1095 = insertelement <8 x float> undef, float %1094, i32 0
  %splat70 = shufflevector <8 x float> %1095, <8 x float> undef, <8 x i32> zeroinitializer
  %1096 = load <8 x float>, <8 x float>* %17, align 32
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1084, <8 x float> %1096)
  store <8 x float> %1097, <8 x float>* %17, align 32
  %1098 = load <8 x float>, <8 x float>* %13, align 32
  %1099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1088, <8 x float> %1098)
  store <8 x float> %1099, <8 x float>* %13, align 32
  %1100 = add i64 %972, 1
  %1101 = mul i64 %1100, 8
  %1102 = add i64 %1101, 2
  %1103 = add i64 %969, %1102
  %1104 = getelementptr inbounds float, float* %1, i64 %1103
  %1105 = load float, float* %1104, align 4
  %1106 = insertelement <8 x float> undef, float %1105, i32 0
  %splat71 = shufflevector <8 x float> %1106, <8 x float> undef, <8 x i32> zeroinitializer
  %1107 = load <8 x float>, <8 x float>* %16, align 32
  %1108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1084, <8 x float> %1107)
  store <8 x float> %1108, <8 x float>* %16, align 32
  %1109 = load <8 x float>, <8 x float>* %12, align 32
  %1110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1088, <8 x float> %1109)
  store <8 x float> %1110, <8 x float>* %12, align 32
  %1111 = add i64 %972, 2
  %1112 = mul i64 %1111, 8
  %1113 = add i64 %1112, 2
  %1114 = add i64 %969, %1113
  %1115 = getelementptr inbounds float, float* %1, i64 %1114
  %1116 = load float, float* %1115, align 4
  %1117 = insertelement <8 x float> undef, float %1116, i32 0
  %splat72 = shufflevector <8 x float> %1117, <8 x float> undef, <8 x i32> zeroinitializer
  %1118 = load <8 x float>, <8 x float>* %15, align 32
  %1119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1084, <8 x float> %1118)
  store <8 x float> %1119, <8 x float>* %15, align 32
  %1120 = load <8 x float>, <8 x float>* %11, align 32
  %1121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1088, <8 x float> %1120)
  store <8 x float> %1121, <8 x float>* %11, align 32
  %1122 = add i64 %972, 3
  %1123 = mul i64 %1122, 8
  %1124 = add i64 %1123, 2
  %1125 = add i64 %969, %1124
  %1126 = getelementptr inbounds float, float* %1, i64 %1125
  %1127 = load float, float* %1126, align 4
  %1128 = insertelement <8 x float> undef, float %1127, i32 0
  %splat73 = shufflevector <8 x float> %1128, <8 x float> undef, <8 x i32> zeroinitializer
  %1129 = load <8 x float>, <8 x float>* %14, align 32
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1084, <8 x float> %1129)
  store <8 x float> %1130, <8 x float>* %14, align 32
  %1131 = load <8 x float>, <8 x float>* %10, align 32
  %1132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1088, <8 x float> %1131)
  store <8 x float> %1132, <8 x float>* %10, align 32
  %1133 = add i64 %976, 24
  %1134 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1133
  %1135 = bitcast float* %1134 to <8 x float>*
  %1136 = load <8 x float>, <8 x float>* %1135, align 4
  %1137 = add i64 %976, 18456
  %1138 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1137
  %1139 = bitcast float* %1138 to <8 x float>*
  %1140 = load <8 x float>, <8 x float>* %1139, align 4
  %1141 = add i64 %972, 0
  %1142 = mul i64 %1141, 8
  %1143 = add i64 %1142, 3
  %1144 = add i64 %969, %1143
  %1145 = getelementptr inbounds float, float* %1, i64 %1144
  %1146 = load float, float* %1145, align 4
  %1147 = insertelement <8 x float> undef, float %1146, i32 0
  %splat74 = shufflevector <8 x float> %1147, <8 x float> undef, <8 x i32> zeroinitializer
  %1148 = load <8 x float>, <8 x float>* %17, align 32
  %1149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1136, <8 x float> %1148)
  store <8 x float> %1149, <8 x float>* %17, align 32
  %1150 = load <8 x float>, <8 x float>* %13, align 32
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1140, <8 x float> %1150)
  store <8 x float> %1151, <8 x float>* %13, align 32
  %1152 = add i64 %972, 1
  %1153 = mul i64 %1152, 8
  %1154 = add i64 %1153, 3
  %1155 = add i64 %969, %1154
  %1156 = getelementptr inbounds float, float* %1, i64 %1155
  %1157 = load float, float* %1156, align 4
  %1158 = insertelement <8 x float> undef, float %1157, i32 0
  %splat75 = shufflevector <8 x float> %1158, <8 x float> undef, <8 x i32> zeroinitializer
  %1159 = load <8 x float>, <8 x float>* %16, align 32
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1136, <8 x float> %1159)
  store <8 x float> %1160, <8 x float>* %16, align 32
  %1161 = load <8 x float>, <8 x float>* %12, align 32
  %1162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1140, <8 x float> %1161)
  store <8 x float> %1162, <8 x float>* %12, align 32
  %1163 = add i64 %972, 2
  %1164 = mul i64 %1163, 8
  %1165 = add i64 %1164, 3
  %1166 = add i64 %969, %1165
  %1167 = getelementptr inbounds float, float* %1, i64 %1166
  %1168 = load float, float* %1167, align 4
  %1169 = insertelement <8 x float> undef, float %1168, i32 0
  %splat76 = shufflevector <8 x float> %1169, <8 x float> undef, <8 x i32> zeroinitializer
  %1170 = load <8 x float>, <8 x float>* %15, align 32
  %1171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1136, <8 x float> %1170)
  store <8 x float> %1171, <8 x float>* %15, align 32
  %1172 = load <8 x float>, <8 x float>* %11, align 32
  %1173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1140, <8 x float> %1172)
  store <8 x float> %1173, <8 x float>* %11, align 32
  %1174 = add i64 %972, 3
  %1175 = mul i64 %1174, 8
  %1176 = add i64 %1175, 3
  %1177 = add i64 %969, %1176
  %1178 = getelementptr inbounds float, float* %1, i64 %1177
  %1179 = load float, float* %1178, align 4
  %1180 = insertelement <8 x float> undef, float %1179, i32 0
  %splat77 = shufflevector <8 x float> %1180, <8 x float> undef, <8 x i32> zeroinitializer
  %1181 = load <8 x float>, <8 x float>* %14, align 32
  %1182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1136, <8 x float> %1181)
  store <8 x float> %1182, <8 x float>* %14, align 32
  %1183 = load <8 x float>, <8 x float>* %10, align 32
  %1184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1140, <8 x float> %1183)
  store <8 x float> %1184, <8 x float>* %10, align 32
  %1185 = add i64 %976, 32
  %1186 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1185
  %1187 = bitcast float* %1186 to <8 x float>*
  %1188 = load <8 x float>, <8 x float>* %1187, align 4
  %1189 = add i64 %976, 18464
  %1190 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1189
  %1191 = bitcast float* %1190 to <8 x float>*
  %1192 = load <8 x float>, <8 x float>* %1191, align 4
  %1193 = add i64 %972, 0
  %1194 = mul i64 %1193, 8
  %1195 = add i64 %1194, 4
  %1196 = add i64 %969, %1195
  %1197 = getelementptr inbounds float, float* %1, i64 %1196
  %1198 = load float, float* %1197, align 4
  %1199 = insertelement <8 x float> undef, float %1198, i32 0
  %splat78 = shufflevector <8 x float> %1199, <8 x float> undef, <8 x i32> zeroinitializer
  %1200 = load <8 x float>, <8 x float>* %17, align 32
  %1201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1188, <8 x float> %1200)
  store <8 x float> %1201, <8 x float>* %17, align 32
  %1202 = load <8 x float>, <8 x float>* %13, align 32
  %1203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1192, <8 x float> %1202)
  store <8 x float> %1203, <8 x float>* %13, align 32
  %1204 = add i64 %972, 1
  %1205 = mul i64 %1204, 8
  %1206 = add i64 %1205, 4
  %1207 = add i64 %969, %1206
  %1208 = getelementptr inbounds float, float* %1, i64 %1207
  %1209 = load float, float* %1208, align 4
  %1210 = insertelement <8 x float> undef, float %1209, i32 0
  %splat79 = shufflevector <8 x float> %1210, <8 x float> undef, <8 x i32> zeroinitializer
  %1211 = load <8 x float>, <8 x float>* %16, align 32
  %1212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1188, <8 x float> %1211)
  store <8 x float> %1212, <8 x float>* %16, align 32
  %1213 = load <8 x float>, <8 x float>* %12, align 32
  %1214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1192, <8 x float> %1213)
  store <8 x float> %1214, <8 x float>* %12, align 32
  %1215 = add i64 %972, 2
  %1216 = mul i64 %1215, 8
  %1217 = add i64 %1216, 4
  %1218 = add i64 %969, %1217
  %1219 = getelementptr inbounds float, float* %1, i64 %1218
  %1220 = load float, float* %1219, align 4
  %1221 = insertelement <8 x float> undef, float %1220, i32 0
  %splat80 = shufflevector <8 x float> %1221, <8 x float> undef, <8 x i32> zeroinitializer
  %1222 = load <8 x float>, <8 x float>* %15, align 32
  %1223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1188, <8 x float> %1222)
  store <8 x float> %1223, <8 x float>* %15, align 32
  %1224 = load <8 x float>, <8 x float>* %11, align 32
  %1225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1192, <8 x float> %1224)
  store <8 x float> %1225, <8 x float>* %11, align 32
  %1226 = add i64 %972, 3
  %1227 = mul i64 %1226, 8
  %1228 = add i64 %1227, 4
  %1229 = add i64 %969, %1228
  %1230 = getelementptr inbounds float, float* %1, i64 %1229
  %1231 = load float, float* %1230, align 4
  %1232 = insertelement <8 x float> undef, float %1231, i32 0
  %splat81 = shufflevector <8 x float> %1232, <8 x float> undef, <8 x i32> zeroinitializer
  %1233 = load <8 x float>, <8 x float>* %14, align 32
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1188, <8 x float> %1233)
  store <8 x float> %1234, <8 x float>* %14, align 32
  %1235 = load <8 x float>, <8 x float>* %10, align 32
  %1236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1192, <8 x float> %1235)
  store <8 x float> %1236, <8 x float>* %10, align 32
  %1237 = add i64 %976, 40
  %1238 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1237
  %1239 = bitcast float* %1238 to <8 x float>*
  %1240 = load <8 x float>, <8 x float>* %1239, align 4
  %1241 = add i64 %976, 18472
  %1242 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1241
  %1243 = bitcast float* %1242 to <8 x float>*
  %1244 = load <8 x float>, <8 x float>* %1243, align 4
  %1245 = add i64 %972, 0
  %1246 = mul i64 %1245, 8
  %1247 = add i64 %1246, 5
  %1248 = add i64 %969, %1247
  %1249 = getelementptr inbounds float, float* %1, i64 %1248
  %1250 = load float, float* %1249, align 4
  %1251 = insertelement <8 x float> undef, float %1250, i32 0
  %splat82 = shufflevector <8 x float> %1251, <8 x float> undef, <8 x i32> zeroinitializer
  %1252 = load <8 x float>, <8 x float>* %17, align 32
  %1253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1240, <8 x float> %1252)
  store <8 x float> %1253, <8 x float>* %17, align 32
  %1254 = load <8 x float>, <8 x float>* %13, align 32
  %1255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1244, <8 x float> %1254)
  store <8 x float> %1255, <8 x float>* %13, align 32
  %1256 = add i64 %972, 1
  %1257 = mul i64 %1256, 8
  %1258 = add i64 %1257, 5
  %1259 = add i64 %969, %1258
  %1260 = getelementptr inbounds float, float* %1, i64 %1259
  %1261 = load float, float* %1260, align 4
  %1262 = insertelement <8 x float> undef, float %1261, i32 0
  %splat83 = shufflevector <8 x float> %1262, <8 x float> undef, <8 x i32> zeroinitializer
  %1263 = load <8 x float>, <8 x float>* %16, align 32
  %1264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1240, <8 x float> %1263)
  store <8 x float> %1264, <8 x float>* %16, align 32
  %1265 = load <8 x float>, <8 x float>* %12, align 32
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1244, <8 x float> %1265)
  store <8 x float> %1266, <8 x float>* %12, align 32
  %1267 = add i64 %972, 2
  %1268 = mul i64 %1267, 8
  %1269 = add i64 %1268, 5
  %1270 = add i64 %969, %1269
  %1271 = getelementptr inbounds float, float* %1, i64 %1270
  %1272 = load float, float* %1271, align 4
  %1273 = insertelement <8 x float> undef, float %1272, i32 0
  %splat84 = shufflevector <8 x float> %1273, <8 x float> undef, <8 x i32> zeroinitializer
  %1274 = load <8 x float>, <8 x float>* %15, align 32
  %1275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1240, <8 x float> %1274)
  store <8 x float> %1275, <8 x float>* %15, align 32
  %1276 = load <8 x float>, <8 x float>* %11, align 32
  %1277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1244, <8 x float> %1276)
  store <8 x float> %1277, <8 x float>* %11, align 32
  %1278 = add i64 %972, 3
  %1279 = mul i64 %1278, 8
  %1280 = add i64 %1279, 5
  %1281 = add i64 %969, %1280
  %1282 = getelementptr inbounds float, float* %1, i64 %1281
  %1283 = load float, float* %1282, align 4
  %1284 = insertelement <8 x float> undef, float %1283, i32 0
  %splat85 = shufflevector <8 x float> %1284, <8 x float> undef, <8 x i32> zeroinitializer
  %1285 = load <8 x float>, <8 x float>* %14, align 32
  %1286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1240, <8 x float> %1285)
  store <8 x float> %1286, <8 x float>* %14, align 32
  %1287 = load <8 x float>, <8 x float>* %10, align 32
  %1288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1244, <8 x float> %1287)
  store <8 x float> %1288, <8 x float>* %10, align 32
  %1289 = add i64 %976, 48
  %1290 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1289
  %1291 = bitcast float* %1290 to <8 x float>*
  %1292 = load <8 x float>, <8 x float>* %1291, align 4
  %1293 = add i64 %976, 18480
  %1294 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1293
  %1295 = bitcast float* %1294 to <8 x float>*
  %1296 = load <8 x float>, <8 x float>* %1295, align 4
  %1297 = add i64 %972, 0
  %1298 = mul i64 %1297, 8
  %1299 = add i64 %1298, 6
  %1300 = add i64 %969, %1299
  %1301 = getelementptr inbounds float, float* %1, i64 %1300
  %1302 = load float, float* %1301, align 4
  %1303 = insertelement <8 x float> undef, float %1302, i32 0
  %splat86 = shufflevector <8 x float> %1303, <8 x float> undef, <8 x i32> zeroinitializer
  %1304 = load <8 x float>, <8 x float>* %17, align 32
  %1305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1292, <8 x float> %1304)
  store <8 x float> %1305, <8 x float>* %17, align 32
  %1306 = load <8 x float>, <8 x float>* %13, align 32
  %1307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1296, <8 x float> %1306)
  store <8 x float> %1307, <8 x float>* %13, align 32
  %1308 = add i64 %972, 1
  %1309 = mul i64 %1308, 8
  %1310 = add i64 %1309, 6
  %1311 = add i64 %969, %1310
  %1312 = getelementptr inbounds float, float* %1, i64 %1311
  %1313 = load float, float* %1312, align 4
  %1314 = insertelement <8 x float> undef, float %1313, i32 0
  %splat87 = shufflevector <8 x float> %1314, <8 x float> undef, <8 x i32> zeroinitializer
  %1315 = load <8 x float>, <8 x float>* %16, align 32
  %1316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1292, <8 x float> %1315)
  store <8 x float> %1316, <8 x float>* %16, align 32
  %1317 = load <8 x float>, <8 x float>* %12, align 32
  %1318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1296, <8 x float> %1317)
  store <8 x float> %1318, <8 x float>* %12, align 32
  %1319 = add i64 %972, 2
  %1320 = mul i64 %1319, 8
  %1321 = add i64 %1320, 6
  %1322 = add i64 %969, %1321
  %1323 = getelementptr inbounds float, float* %1, i64 %1322
  %1324 = load float, float* %1323, align 4
  %1325 = insertelement <8 x float> undef, float %1324, i32 0
  %splat88 = shufflevector <8 x float> %1325, <8 x float> undef, <8 x i32> zeroinitializer
  %1326 = load <8 x float>, <8 x float>* %15, align 32
  %1327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1292, <8 x float> %1326)
  store <8 x float> %1327, <8 x float>* %15, align 32
  %1328 = load <8 x float>, <8 x float>* %11, align 32
  %1329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1296, <8 x float> %1328)
  store <8 x float> %1329, <8 x float>* %11, align 32
  %1330 = add i64 %972, 3
  %1331 = mul i64 %1330, 8
  %1332 = add i64 %1331, 6
  %1333 = add i64 %969, %1332
  %1334 = getelementptr inbounds float, float* %1, i64 %1333
  %1335 = load float, float* %1334, align 4
  %1336 = insertelement <8 x float> undef, float %1335, i32 0
  %splat89 = shufflevector <8 x float> %1336, <8 x float> undef, <8 x i32> zeroinitializer
  %1337 = load <8 x float>, <8 x float>* %14, align 32
  %1338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1292, <8 x float> %1337)
  store <8 x float> %1338, <8 x float>* %14, align 32
  %1339 = load <8 x float>, <8 x float>* %10, align 32
  %1340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1296, <8 x float> %1339)
  store <8 x float> %1340, <8 x float>* %10, align 32
  %1341 = add i64 %976, 56
  %1342 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1341
  %1343 = bitcast float* %1342 to <8 x float>*
  %1344 = load <8 x float>, <8 x float>* %1343, align 4
  %1345 = add i64 %976, 18488
  %1346 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1345
  %1347 = bitcast float* %1346 to <8 x float>*
  %1348 = load <8 x float>, <8 x float>* %1347, align 4
  %1349 = add i64 %972, 0
  %1350 = mul i64 %1349, 8
  %1351 = add i64 %1350, 7
  %1352 = add i64 %969, %1351
  %1353 = getelementptr inbounds float, float* %1, i64 %1352
  %1354 = load float, float* %1353, align 4
  %1355 = insertelement <8 x float> undef, float %1354, i32 0
  %splat90 = shufflevector <8 x float> %1355, <8 x float> undef, <8 x i32> zeroinitializer
  %1356 = load <8 x float>, <8 x float>* %17, align 32
  %1357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1344, <8 x float> %1356)
  store <8 x float> %1357, <8 x float>* %17, align 32
  %1358 = load <8 x float>, <8 x float>* %13, align 32
  %1359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1348, <8 x float> %1358)
  store <8 x float> %1359, <8 x float>* %13, align 32
  %1360 = add i64 %972, 1
  %1361 = mul i64 %1360, 8
  %1362 = add i64 %1361, 7
  %1363 = add i64 %969, %1362
  %1364 = getelementptr inbounds float, float* %1, i64 %1363
  %1365 = load float, float* %1364, align 4
  %1366 = insertelement <8 x float> undef, float %1365, i32 0
  %splat91 = shufflevector <8 x float> %1366, <8 x float> undef, <8 x i32> zeroinitializer
  %1367 = load <8 x float>, <8 x float>* %16, align 32
  %1368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1344, <8 x float> %1367)
  store <8 x float> %1368, <8 x float>* %16, align 32
  %1369 = load <8 x float>, <8 x float>* %12, align 32
  %1370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1348, <8 x float> %1369)
  store <8 x float> %1370, <8 x float>* %12, align 32
  %1371 = add i64 %972, 2
  %1372 = mul i64 %1371, 8
  %1373 = add i64 %1372, 7
  %1374 = add i64 %969, %1373
  %1375 = getelementptr inbounds float, float* %1, i64 %1374
  %1376 = load float, float* %1375, align 4
  %1377 = insertelement <8 x float> undef, float %1376, i32 0
  %splat92 = shufflevector <8 x float> %1377, <8 x float> undef, <8 x i32> zeroinitializer
  %1378 = load <8 x float>, <8 x float>* %15, align 32
  %1379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1344, <8 x float> %1378)
  store <8 x float> %1379, <8 x float>* %15, align 32
  %1380 = load <8 x float>, <8 x float>* %11, align 32
  %1381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1348, <8 x float> %1380)
  store <8 x float> %1381, <8 x float>* %11, align 32
  %1382 = add i64 %972, 3
  %1383 = mul i64 %1382, 8
  %1384 = add i64 %1383, 7
  %1385 = add i64 %969, %1384
  %1386 = getelementptr inbounds float, float* %1, i64 %1385
  %1387 = load float, float* %1386, align 4
  %1388 = insertelement <8 x float> undef, float %1387, i32 0
  %splat93 = shufflevector <8 x float> %1388, <8 x float> undef, <8 x i32> zeroinitializer
  %1389 = load <8 x float>, <8 x float>* %14, align 32
  %1390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1344, <8 x float> %1389)
  store <8 x float> %1390, <8 x float>* %14, align 32
  %1391 = load <8 x float>, <8 x float>* %10, align 32
  %1392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1348, <8 x float> %1391)
  store <8 x float> %1392, <8 x float>* %10, align 32
  %kw.next94 = add i64 %kw61, 1
  br label %kw.header58

kw.exit60:                                        ; preds = %kw.header58
  br label %endif57

xb.header:                                        ; preds = %u.exit99, %u.exit50
  %xb = phi i64 [ 0, %u.exit50 ], [ %xb.next, %u.exit99 ]
  %1393 = icmp slt i64 %xb, 1
  br i1 %1393, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %1394 = add i64 %39, 0
  %1395 = mul i64 %1394, 8
  %1396 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %1395
  %1397 = bitcast float* %1396 to <8 x float>*
  %1398 = load <8 x float>, <8 x float>* %1397, align 4
  store <8 x float> %1398, <8 x float>* %9, align 32
  %1399 = add i64 %39, 1
  %1400 = mul i64 %1399, 8
  %1401 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %1400
  %1402 = bitcast float* %1401 to <8 x float>*
  %1403 = load <8 x float>, <8 x float>* %1402, align 4
  store <8 x float> %1403, <8 x float>* %8, align 32
  %1404 = mul i64 %xb, 1
  %1405 = sub i64 %1404, 1
  br label %u.header97

xb.exit:                                          ; preds = %xb.header
  br label %xb.header124

u.header97:                                       ; preds = %kh.exit103, %xb.body
  %u100 = phi i64 [ 0, %xb.body ], [ %u.next123, %kh.exit103 ]
  %1406 = icmp slt i64 %u100, 32
  br i1 %1406, label %u.body98, label %u.exit99

u.body98:                                         ; preds = %u.header97
  %1407 = mul i64 %u100, 1152
  %1408 = add i64 %43, %1407
  %1409 = mul i64 %u100, 576
  %1410 = add i64 %47, %1409
  br label %kh.header101

u.exit99:                                         ; preds = %u.header97
  %1411 = add i64 %xb, 0
  %1412 = mul i64 %36, 48
  %1413 = add i64 %1412, %39
  %1414 = add i64 %1413, 0
  %1415 = mul i64 %1414, 12
  %1416 = add i64 %1415, %33
  %1417 = mul i64 %1416, 12
  %1418 = add i64 %1417, %1411
  %1419 = mul i64 %1418, 8
  %1420 = load <8 x float>, <8 x float>* %9, align 32
  %1421 = fcmp ogt <8 x float> %1420, zeroinitializer
  %1422 = select <8 x i1> %1421, <8 x float> %1420, <8 x float> zeroinitializer
  %1423 = getelementptr inbounds float, float* %0, i64 %1419
  %1424 = bitcast float* %1423 to <8 x float>*
  store <8 x float> %1422, <8 x float>* %1424, align 4
  %1425 = add i64 %xb, 0
  %1426 = mul i64 %36, 48
  %1427 = add i64 %1426, %39
  %1428 = add i64 %1427, 1
  %1429 = mul i64 %1428, 12
  %1430 = add i64 %1429, %33
  %1431 = mul i64 %1430, 12
  %1432 = add i64 %1431, %1425
  %1433 = mul i64 %1432, 8
  %1434 = load <8 x float>, <8 x float>* %8, align 32
  %1435 = fcmp ogt <8 x float> %1434, zeroinitializer
  %1436 = select <8 x i1> %1435, <8 x float> %1434, <8 x float> zeroinitializer
  %1437 = getelementptr inbounds float, float* %0, i64 %1433
  %1438 = bitcast float* %1437 to <8 x float>*
  store <8 x float> %1436, <8 x float>* %1438, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header101:                                     ; preds = %endif106, %u.body98
  %kh104 = phi i64 [ 0, %u.body98 ], [ %kh.next122, %endif106 ]
  %1439 = icmp slt i64 %kh104, 3
  br i1 %1439, label %kh.body102, label %kh.exit103

kh.body102:                                       ; preds = %kh.header101
  %1440 = mul i64 %kh104, 1
  %1441 = add i64 %49, %1440
  %1442 = icmp sge i64 %1441, 0
  %1443 = icmp slt i64 %1441, 12
  %1444 = and i1 %1442, %1443
  br i1 %1444, label %then105, label %endif106

kh.exit103:                                       ; preds = %kh.header101
  %u.next123 = add i64 %u100, 1
  br label %u.header97

then105:                                          ; preds = %kh.body102
  %1445 = mul i64 %1441, 96
  %1446 = add i64 %1408, %1445
  br label %kw.header107

endif106:                                         ; preds = %kw.exit109, %kh.body102
  %kh.next122 = add i64 %kh104, 1
  br label %kh.header101

kw.header107:                                     ; preds = %endif112, %then105
  %kw110 = phi i64 [ 0, %then105 ], [ %kw.next121, %endif112 ]
  %1447 = icmp slt i64 %kw110, 3
  br i1 %1447, label %kw.body108, label %kw.exit109

kw.body108:                                       ; preds = %kw.header107
  %1448 = mul i64 %kw110, 1
  %1449 = add i64 %1405, %1448
  %1450 = mul i64 %kh104, 3
  %1451 = add i64 %1450, %kw110
  %1452 = mul i64 %1451, 64
  %1453 = add i64 %1410, %1452
  %1454 = icmp sge i64 %1449, 0
  %1455 = icmp slt i64 %1449, 12
  %1456 = and i1 %1454, %1455
  br i1 %1456, label %then111, label %endif112

kw.exit109:                                       ; preds = %kw.header107
  br label %endif106

then111:                                          ; preds = %kw.body108
  %1457 = add i64 %1453, 0
  %1458 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1457
  %1459 = bitcast float* %1458 to <8 x float>*
  %1460 = load <8 x float>, <8 x float>* %1459, align 4
  %1461 = add i64 %1453, 18432
  %1462 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1461
  %1463 = bitcast float* %1462 to <8 x float>*
  %1464 = load <8 x float>, <8 x float>* %1463, align 4
  %1465 = add i64 %1449, 0
  %1466 = mul i64 %1465, 8
  %1467 = add i64 %1466, 0
  %1468 = add i64 %1446, %1467
  %1469 = getelementptr inbounds float, float* %1, i64 %1468
  %1470 = load float, float* %1469, align 4
  %1471 = insertelement <8 x float> undef, float %1470, i32 0
  %splat113 = shufflevector <8 x float> %1471, <8 x float> undef, <8 x i32> zeroinitializer
  %1472 = load <8 x float>, <8 x float>* %9, align 32
  %1473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat113, <8 x float> %1460, <8 x float> %1472)
  store <8 x float> %1473, <8 x float>* %9, align 32
  %1474 = load <8 x float>, <8 x float>* %8, align 32
  %1475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat113, <8 x float> %1464, <8 x float> %1474)
  store <8 x float> %1475, <8 x float>* %8, align 32
  %1476 = add i64 %1453, 8
  %1477 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1476
  %1478 = bitcast float* %1477 to <8 x float>*
  %1479 = load <8 x float>, <8 x float>* %1478, align 4
  %1480 = add i64 %1453, 18440
  %1481 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1480
  %1482 = bitcast float* %1481 to <8 x float>*
  %1483 = load <8 x float>, <8 x float>* %1482, align 4
  %1484 = add i64 %1449, 0
  %1485 = mul i64 %1484, 8
  %1486 = add i64 %1485, 1
  %1487 = add i64 %1446, %1486
  %1488 = getelementptr inbounds float, float* %1, i64 %1487
  %1489 = load float, float* %1488, align 4
  %1490 = insertelement <8 x float> undef, float %1489, i32 0
  %splat114 = shufflevector <8 x float> %1490, <8 x float> undef, <8 x i32> zeroinitializer
  %1491 = load <8 x float>, <8 x float>* %9, align 32
  %1492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat114, <8 x float> %1479, <8 x float> %1491)
  store <8 x float> %1492, <8 x float>* %9, align 32
  %1493 = load <8 x float>, <8 x float>* %8, align 32
  %1494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat114, <8 x float> %1483, <8 x float> %1493)
  store <8 x float> %1494, <8 x float>* %8, align 32
  %1495 = add i64 %1453, 16
  %1496 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1495
  %1497 = bitcast float* %1496 to <8 x float>*
  %1498 = load <8 x float>, <8 x float>* %1497, align 4
  %1499 = add i64 %1453, 18448
  %1500 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1499
  %1501 = bitcast float* %1500 to <8 x float>*
  %1502 = load <8 x float>, <8 x float>* %1501, align 4
  %1503 = add i64 %1449, 0
  %1504 = mul i64 %1503, 8
  %1505 = add i64 %1504, 2
  %1506 = add i64 %1446, %1505
  %1507 = getelementptr inbounds float, float* %1, i64 %1506
  %1508 = load float, float* %1507, align 4
  %1509 = insertelement <8 x float> undef, float %1508, i32 0
  %splat115 = shufflevector <8 x float> %1509, <8 x float> undef, <8 x i32> zeroinitializer
  %1510 = load <8 x float>, <8 x float>* %9, align 32
  %1511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat115, <8 x float> %1498, <8 x float> %1510)
  store <8 x float> %1511, <8 x float>* %9, align 32
  %1512 = load <8 x float>, <8 x float>* %8, align 32
  %1513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat115, <8 x float> %1502, <8 x float> %1512)
  store <8 x float> %1513, <8 x float>* %8, align 32
  %1514 = add i64 %1453, 24
  %1515 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1514
  %1516 = bitcast float* %1515 to <8 x float>*
  %1517 = load <8 x float>, <8 x float>* %1516, align 4
  %1518 = add i64 %1453, 18456
  %1519 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1518
  %1520 = bitcast float* %1519 to <8 x float>*
  %1521 = load <8 x float>, <8 x float>* %1520, align 4
  %1522 = add i64 %1449, 0
  %1523 = mul i64 %1522, 8
  %1524 = add i64 %1523, 3
  %1525 = add i64 %1446, %1524
  %1526 = getelementptr inbounds float, float* %1, i64 %1525
  %1527 = load float, float* %1526, align 4
  %1528 = insertelement <8 x float> undef, float %1527, i32 0
  %splat116 = shufflevector <8 x float> %1528, <8 x float> undef, <8 x i32> zeroinitializer
  %1529 = load <8 x float>, <8 x float>* %9, align 32
  %1530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat116, <8 x float> %1517, <8 x float> %1529)
  store <8 x float> %1530, <8 x float>* %9, align 32
  %1531 = load <8 x float>, <8 x float>* %8, align 32
  %1532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat116, <8 x float> %1521, <8 x float> %1531)
  store <8 x float> %1532, <8 x float>* %8, align 32
  %1533 = add i64 %1453, 32
  %1534 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1533
  %1535 = bitcast float* %1534 to <8 x float>*
  %1536 = load <8 x float>, <8 x float>* %1535, align 4
  %1537 = add i64 %1453, 18464
  %1538 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1537
  %1539 = bitcast float* %1538 to <8 x float>*
  %1540 = load <8 x float>, <8 x float>* %1539, align 4
  %1541 = add i64 %1449, 0
  %1542 = mul i64 %1541, 8
  %1543 = add i64 %1542, 4
  %1544 = add i64 %1446, %1543
  %1545 = getelementptr inbounds float, float* %1, i64 %1544
  %1546 = load float, float* %1545, align 4
  %1547 = insertelement <8 x float> undef, float %1546, i32 0
  %splat117 = shufflevector <8 x float> %1547, <8 x float> undef, <8 x i32> zeroinitializer
  %1548 = load <8 x float>, <8 x float>* %9, align 32
  %1549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat117, <8 x float> %1536, <8 x float> %1548)
  store <8 x float> %1549, <8 x float>* %9, align 32
  %1550 = load <8 x float>, <8 x float>* %8, align 32
  %1551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat117, <8 x float> %1540, <8 x float> %1550)
  store <8 x float> %1551, <8 x float>* %8, align 32
  %1552 = add i64 %1453, 40
  %1553 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1552
  %1554 = bitcast float* %1553 to <8 x float>*
  %1555 = load <8 x float>, <8 x float>* %1554, align 4
  %1556 = add i64 %1453, 18472
  %1557 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1556
  %1558 = bitcast float* %1557 to <8 x float>*
  %1559 = load <8 x float>, <8 x float>* %1558, align 4
  %1560 = add i64 %1449, 0
  %1561 = mul i64 %1560, 8
  %1562 = add i64 %1561, 5
  %1563 = add i64 %1446, %1562
  %1564 = getelementptr inbounds float, float* %1, i64 %1563
  %1565 = load float, float* %1564, align 4
  %1566 = insertelement <8 x float> undef, float %1565, i32 0
  %splat118 = shufflevector <8 x float> %1566, <8 x float> undef, <8 x i32> zeroinitializer
  %1567 = load <8 x float>, <8 x float>* %9, align 32
  %1568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat118, <8 x float> %1555, <8 x float> %1567)
  store <8 x float> %1568, <8 x float>* %9, align 32
  %1569 = load <8 x float>, <8 x float>* %8, align 32
  %1570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat118, <8 x float> %1559, <8 x float> %1569)
  store <8 x float> %1570, <8 x float>* %8, align 32
  %1571 = add i64 %1453, 48
  %1572 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1571
  %1573 = bitcast float* %1572 to <8 x float>*
  %1574 = load <8 x float>, <8 x float>* %1573, align 4
  %1575 = add i64 %1453, 18480
  %1576 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1575
  %1577 = bitcast float* %1576 to <8 x float>*
  %1578 = load <8 x float>, <8 x float>* %1577, align 4
  %1579 = add i64 %1449, 0
  %1580 = mul i64 %1579, 8
  %1581 = add i64 %1580, 6
  %1582 = add i64 %1446, %1581
  %1583 = getelementptr inbounds float, float* %1, i64 %1582
  %1584 = load float, float* %1583, align 4
  %1585 = insertelement <8 x float> undef, float %1584, i32 0
  %splat119 = shufflevector <8 x float> %1585, <8 x float> undef, <8 x i32> zeroinitializer
  %1586 = load <8 x float>, <8 x float>* %9, align 32
  %1587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat119, <8 x float> %1574, <8 x float> %1586)
  store <8 x float> %1587, <8 x float>* %9, align 32
  %1588 = load <8 x float>, <8 x float>* %8, align 32
  %1589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat119, <8 x float> %1578, <8 x float> %1588)
  store <8 x float> %1589, <8 x float>* %8, align 32
  %1590 = add i64 %1453, 56
  %1591 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1590
  %1592 = bitcast float* %1591 to <8 x float>*
  %1593 = load <8 x float>, <8 x float>* %1592, align 4
  %1594 = add i64 %1453, 18488
  %1595 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1594
  %1596 = bitcast float* %1595 to <8 x float>*
  %1597 = load <8 x float>, <8 x float>* %1596, align 4
  %1598 = add i64 %1449, 0
  %1599 = mul i64 %1598, 8
  %1600 = add i64 %1599, 7
  %1601 = add i64 %1446, %1600
  %1602 = getelementptr inbounds float, float* %1, i64 %1601
  %1603 = load float, float* %1602, align 4
  %1604 = insertelement <8 x float> undef, float %1603, i32 0
  %splat120 = shufflevector <8 x float> %1604, <8 x float> undef, <8 x i32> zeroinitializer
  %1605 = load <8 x float>, <8 x float>* %9, align 32
  %1606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat120, <8 x float> %1593, <8 x float> %1605)
  store <8 x float> %1606, <8 x float>* %9, align 32
  %1607 = load <8 x float>, <8 x float>* %8, align 32
  %1608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat120, <8 x float> %1597, <8 x float> %1607)
  store <8 x float> %1608, <8 x float>* %8, align 32
  br label %endif112

endif112:                                         ; preds = %then111, %kw.body108
  %kw.next121 = add i64 %kw110, 1
  br label %kw.header107

xb.header124:                                     ; preds = %u.exit130, %xb.exit
  %xb127 = phi i64 [ 11, %xb.exit ], [ %xb.next155, %u.exit130 ]
  %1609 = icmp slt i64 %xb127, 12
  br i1 %1609, label %xb.body125, label %xb.exit126

xb.body125:                                       ; preds = %xb.header124
  %1610 = add i64 %39, 0
  %1611 = mul i64 %1610, 8
  %1612 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %1611
  %1613 = bitcast float* %1612 to <8 x float>*
  %1614 = load <8 x float>, <8 x float>* %1613, align 4
  store <8 x float> %1614, <8 x float>* %7, align 32
  %1615 = add i64 %39, 1
  %1616 = mul i64 %1615, 8
  %1617 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %1616
  %1618 = bitcast float* %1617 to <8 x float>*
  %1619 = load <8 x float>, <8 x float>* %1618, align 4
  store <8 x float> %1619, <8 x float>* %6, align 32
  %1620 = mul i64 %xb127, 1
  %1621 = sub i64 %1620, 1
  br label %u.header128

xb.exit126:                                       ; preds = %xb.header124
  %task.next = add i64 %task, 1
  br label %task.header

u.header128:                                      ; preds = %kh.exit134, %xb.body125
  %u131 = phi i64 [ 0, %xb.body125 ], [ %u.next154, %kh.exit134 ]
  %1622 = icmp slt i64 %u131, 32
  br i1 %1622, label %u.body129, label %u.exit130

u.body129:                                        ; preds = %u.header128
  %1623 = mul i64 %u131, 1152
  %1624 = add i64 %43, %1623
  %1625 = mul i64 %u131, 576
  %1626 = add i64 %47, %1625
  br label %kh.header132

u.exit130:                                        ; preds = %u.header128
  %1627 = add i64 %xb127, 0
  %1628 = mul i64 %36, 48
  %1629 = add i64 %1628, %39
  %1630 = add i64 %1629, 0
  %1631 = mul i64 %1630, 12
  %1632 = add i64 %1631, %33
  %1633 = mul i64 %1632, 12
  %1634 = add i64 %1633, %1627
  %1635 = mul i64 %1634, 8
  %1636 = load <8 x float>, <8 x float>* %7, align 32
  %1637 = fcmp ogt <8 x float> %1636, zeroinitializer
  %1638 = select <8 x i1> %1637, <8 x float> %1636, <8 x float> zeroinitializer
  %1639 = getelementptr inbounds float, float* %0, i64 %1635
  %1640 = bitcast float* %1639 to <8 x float>*
  store <8 x float> %1638, <8 x float>* %1640, align 4
  %1641 = add i64 %xb127, 0
  %1642 = mul i64 %36, 48
  %1643 = add i64 %1642, %39
  %1644 = add i64 %1643, 1
  %1645 = mul i64 %1644, 12
  %1646 = add i64 %1645, %33
  %1647 = mul i64 %1646, 12
  %1648 = add i64 %1647, %1641
  %1649 = mul i64 %1648, 8
  %1650 = load <8 x float>, <8 x float>* %6, align 32
  %1651 = fcmp ogt <8 x float> %1650, zeroinitializer
  %1652 = select <8 x i1> %1651, <8 x float> %1650, <8 x float> zeroinitializer
  %1653 = getelementptr inbounds float, float* %0, i64 %1649
  %1654 = bitcast float* %1653 to <8 x float>*
  store <8 x float> %1652, <8 x float>* %1654, align 4
  %xb.next155 = add i64 %xb127, 1
  br label %xb.header124

kh.header132:                                     ; preds = %endif137, %u.body129
  %kh135 = phi i64 [ 0, %u.body129 ], [ %kh.next153, %endif137 ]
  %1655 = icmp slt i64 %kh135, 3
  br i1 %1655, label %kh.body133, label %kh.exit134

kh.body133:                                       ; preds = %kh.header132
  %1656 = mul i64 %kh135, 1
  %1657 = add i64 %49, %1656
  %1658 = icmp sge i64 %1657, 0
  %1659 = icmp slt i64 %1657, 12
  %1660 = and i1 %1658, %1659
  br i1 %1660, label %then136, label %endif137

kh.exit134:                                       ; preds = %kh.header132
  %u.next154 = add i64 %u131, 1
  br label %u.header128

then136:                                          ; preds = %kh.body133
  %1661 = mul i64 %1657, 96
  %1662 = add i64 %1624, %1661
  br label %kw.header138

endif137:                                         ; preds = %kw.exit140, %kh.body133
  %kh.next153 = add i64 %kh135, 1
  br label %kh.header132

kw.header138:                                     ; preds = %endif143, %then136
  %kw141 = phi i64 [ 0, %then136 ], [ %kw.next152, %endif143 ]
  %1663 = icmp slt i64 %kw141, 3
  br i1 %1663, label %kw.body139, label %kw.exit140

kw.body139:                                       ; preds = %kw.header138
  %1664 = mul i64 %kw141, 1
  %1665 = add i64 %1621, %1664
  %1666 = mul i64 %kh135, 3
  %1667 = add i64 %1666, %kw141
  %1668 = mul i64 %1667, 64
  %1669 = add i64 %1626, %1668
  %1670 = icmp sge i64 %1665, 0
  %1671 = icmp slt i64 %1665, 12
  %1672 = and i1 %1670, %1671
  br i1 %1672, label %then142, label %endif143

kw.exit140:                                       ; preds = %kw.header138
  br label %endif137

then142:                                          ; preds = %kw.body139
  %1673 = add i64 %1669, 0
  %1674 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1673
  %1675 = bitcast float* %1674 to <8 x float>*
  %1676 = load <8 x float>, <8 x float>* %1675, align 4
  %1677 = add i64 %1669, 18432
  %1678 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1677
  %1679 = bitcast float* %1678 to <8 x float>*
  %1680 = load <8 x float>, <8 x float>* %1679, align 4
  %1681 = add i64 %1665, 0
  %1682 = mul i64 %1681, 8
  %1683 = add i64 %1682, 0
  %1684 = add i64 %1662, %1683
  %1685 = getelementptr inbounds float, float* %1, i64 %1684
  %1686 = load float, float* %1685, align 4
  %1687 = insertelement <8 x float> undef, float %1686, i32 0
  %splat144 = shufflevector <8 x float> %1687, <8 x float> undef, <8 x i32> zeroinitializer
  %1688 = load <8 x float>, <8 x float>* %7, align 32
  %1689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1676, <8 x float> %1688)
  store <8 x float> %1689, <8 x float>* %7, align 32
  %1690 = load <8 x float>, <8 x float>* %6, align 32
  %1691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1680, <8 x float> %1690)
  store <8 x float> %1691, <8 x float>* %6, align 32
  %1692 = add i64 %1669, 8
  %1693 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1692
  %1694 = bitcast float* %1693 to <8 x float>*
  %1695 = load <8 x float>, <8 x float>* %1694, align 4
  %1696 = add i64 %1669, 18440
  %1697 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1696
  %1698 = bitcast float* %1697 to <8 x float>*
  %1699 = load <8 x float>, <8 x float>* %1698, align 4
  %1700 = add i64 %1665, 0
  %1701 = mul i64 %1700, 8
  %1702 = add i64 %1701, 1
  %1703 = add i64 %1662, %1702
  %1704 = getelementptr inbounds float, float* %1, i64 %1703
  %1705 = load float, float* %1704, align 4
  %1706 = insertelement <8 x float> undef, float %1705, i32 0
  %splat145 = shufflevector <8 x float> %1706, <8 x float> undef, <8 x i32> zeroinitializer
  %1707 = load <8 x float>, <8 x float>* %7, align 32
  %1708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1695, <8 x float> %1707)
  store <8 x float> %1708, <8 x float>* %7, align 32
  %1709 = load <8 x float>, <8 x float>* %6, align 32
  %1710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1699, <8 x float> %1709)
  store <8 x float> %1710, <8 x float>* %6, align 32
  %1711 = add i64 %1669, 16
  %1712 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1711
  %1713 = bitcast float* %1712 to <8 x float>*
  %1714 = load <8 x float>, <8 x float>* %1713, align 4
  %1715 = add i64 %1669, 18448
  %1716 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1715
  %1717 = bitcast float* %1716 to <8 x float>*
  %1718 = load <8 x float>, <8 x float>* %1717, align 4
  %1719 = add i64 %1665, 0
  %1720 = mul i64 %1719, 8
  %1721 = add i64 %1720, 2
  %1722 = add i64 %1662, %1721
  %1723 = getelementptr inbounds float, float* %1, i64 %1722
  %1724 = load float, float* %1723, align 4
  %1725 = insertelement <8 x float> undef, float %1724, i32 0
  %splat146 = shufflevector <8 x float> %1725, <8 x float> undef, <8 x i32> zeroinitializer
  %1726 = load <8 x float>, <8 x float>* %7, align 32
  %1727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1714, <8 x float> %1726)
  store <8 x float> %1727, <8 x float>* %7, align 32
  %1728 = load <8 x float>, <8 x float>* %6, align 32
  %1729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1718, <8 x float> %1728)
  store <8 x float> %1729, <8 x float>* %6, align 32
  %1730 = add i64 %1669, 24
  %1731 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1730
  %1732 = bitcast float* %1731 to <8 x float>*
  %1733 = load <8 x float>, <8 x float>* %1732, align 4
  %1734 = add i64 %1669, 18456
  %1735 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1734
  %1736 = bitcast float* %1735 to <8 x float>*
  %1737 = load <8 x float>, <8 x float>* %1736, align 4
  %1738 = add i64 %1665, 0
  %1739 = mul i64 %1738, 8
  %1740 = add i64 %1739, 3
  %1741 = add i64 %1662, %1740
  %1742 = getelementptr inbounds float, float* %1, i64 %1741
  %1743 = load float, float* %1742, align 4
  %1744 = insertelement <8 x float> undef, float %1743, i32 0
  %splat147 = shufflevector <8 x float> %1744, <8 x float> undef, <8 x i32> zeroinitializer
  %1745 = load <8 x float>, <8 x float>* %7, align 32
  %1746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1733, <8 x float> %1745)
  store <8 x float> %1746, <8 x float>* %7, align 32
  %1747 = load <8 x float>, <8 x float>* %6, align 32
  %1748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1737, <8 x float> %1747)
  store <8 x float> %1748, <8 x float>* %6, align 32
  %1749 = add i64 %1669, 32
  %1750 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1749
  %1751 = bitcast float* %1750 to <8 x float>*
  %1752 = load <8 x float>, <8 x float>* %1751, align 4
  %1753 = add i64 %1669, 18464
  %1754 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1753
  %1755 = bitcast float* %1754 to <8 x float>*
  %1756 = load <8 x float>, <8 x float>* %1755, align 4
  %1757 = add i64 %1665, 0
  %1758 = mul i64 %1757, 8
  %1759 = add i64 %1758, 4
  %1760 = add i64 %1662, %1759
  %1761 = getelementptr inbounds float, float* %1, i64 %1760
  %1762 = load float, float* %1761, align 4
  %1763 = insertelement <8 x float> undef, float %1762, i32 0
  %splat148 = shufflevector <8 x float> %1763, <8 x float> undef, <8 x i32> zeroinitializer
  %1764 = load <8 x float>, <8 x float>* %7, align 32
  %1765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1752, <8 x float> %1764)
  store <8 x float> %1765, <8 x float>* %7, align 32
  %1766 = load <8 x float>, <8 x float>* %6, align 32
  %1767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1756, <8 x float> %1766)
  store <8 x float> %1767, <8 x float>* %6, align 32
  %1768 = add i64 %1669, 40
  %1769 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1768
  %1770 = bitcast float* %1769 to <8 x float>*
  %1771 = load <8 x float>, <8 x float>* %1770, align 4
  %1772 = add i64 %1669, 18472
  %1773 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1772
  %1774 = bitcast float* %1773 to <8 x float>*
  %1775 = load <8 x float>, <8 x float>* %1774, align 4
  %1776 = add i64 %1665, 0
  %1777 = mul i64 %1776, 8
  %1778 = add i64 %1777, 5
  %1779 = add i64 %1662, %1778
  %1780 = getelementptr inbounds float, float* %1, i64 %1779
  %1781 = load float, float* %1780, align 4
  %1782 = insertelement <8 x float> undef, float %1781, i32 0
  %splat149 = shufflevector <8 x float> %1782, <8 x float> undef, <8 x i32> zeroinitializer
  %1783 = load <8 x float>, <8 x float>* %7, align 32
  %1784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1771, <8 x float> %1783)
  store <8 x float> %1784, <8 x float>* %7, align 32
  %1785 = load <8 x float>, <8 x float>* %6, align 32
  %1786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1775, <8 x float> %1785)
  store <8 x float> %1786, <8 x float>* %6, align 32
  %1787 = add i64 %1669, 48
  %1788 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1787
  %1789 = bitcast float* %1788 to <8 x float>*
  %1790 = load <8 x float>, <8 x float>* %1789, align 4
  %1791 = add i64 %1669, 18480
  %1792 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1791
  %1793 = bitcast float* %1792 to <8 x float>*
  %1794 = load <8 x float>, <8 x float>* %1793, align 4
  %1795 = add i64 %1665, 0
  %1796 = mul i64 %1795, 8
  %1797 = add i64 %1796, 6
  %1798 = add i64 %1662, %1797
  %1799 = getelementptr inbounds float, float* %1, i64 %1798
  %1800 = load float, float* %1799, align 4
  %1801 = insertelement <8 x float> undef, float %1800, i32 0
  %splat150 = shufflevector <8 x float> %1801, <8 x float> undef, <8 x i32> zeroinitializer
  %1802 = load <8 x float>, <8 x float>* %7, align 32
  %1803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1790, <8 x float> %1802)
  store <8 x float> %1803, <8 x float>* %7, align 32
  %1804 = load <8 x float>, <8 x float>* %6, align 32
  %1805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1794, <8 x float> %1804)
  store <8 x float> %1805, <8 x float>* %6, align 32
  %1806 = add i64 %1669, 56
  %1807 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1806
  %1808 = bitcast float* %1807 to <8 x float>*
  %1809 = load <8 x float>, <8 x float>* %1808, align 4
  %1810 = add i64 %1669, 18488
  %1811 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.packed to float*), i64 %1810
  %1812 = bitcast float* %1811 to <8 x float>*
  %1813 = load <8 x float>, <8 x float>* %1812, align 4
  %1814 = add i64 %1665, 0
  %1815 = mul i64 %1814, 8
  %1816 = add i64 %1815, 7
  %1817 = add i64 %1662, %1816
  %1818 = getelementptr inbounds float, float* %1, i64 %1817
  %1819 = load float, float* %1818, align 4
  %1820 = insertelement <8 x float> undef, float %1819, i32 0
  %splat151 = shufflevector <8 x float> %1820, <8 x float> undef, <8 x i32> zeroinitializer
  %1821 = load <8 x float>, <8 x float>* %7, align 32
  %1822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1809, <8 x float> %1821)
  store <8 x float> %1822, <8 x float>* %7, align 32
  %1823 = load <8 x float>, <8 x float>* %6, align 32
  %1824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1813, <8 x float> %1823)
  store <8 x float> %1824, <8 x float>* %6, align 32
  br label %endif143

endif143:                                         ; preds = %then142, %kw.body139
  %kw.next152 = add i64 %kw141, 1
  br label %kw.header138
}

; Function Attrs: nounwind
define internal void @node8.conv2d_7.step0(i8* %0) #2 {
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
  %19 = add i64 288, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 288
  %23 = select i1 %22, i64 %21, i64 288
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 288
  %26 = select i1 %25, i64 %24, i64 288
  call void @node8.conv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.conv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %19 = srem i64 %task, 24
  %20 = sdiv i64 %task, 24
  %21 = srem i64 %20, 2
  %22 = sdiv i64 %task, 48
  %23 = srem i64 %22, 1
  %24 = sdiv i64 %22, 1
  %25 = mul i64 %23, 48
  %26 = mul i64 %19, 2
  %27 = add i64 %25, %26
  %28 = mul i64 %24, 48
  %29 = mul i64 %23, 48
  %30 = add i64 %28, %29
  %31 = mul i64 %30, 1152
  %32 = mul i64 %23, 48
  %33 = mul i64 %19, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 3072
  %36 = mul i64 %21, 1
  %37 = sub i64 %36, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %38 = icmp slt i64 %x, 72
  br i1 %38, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %39 = add i64 %27, 0
  %40 = mul i64 %39, 8
  %41 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_8.bias to float*), i64 %40
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
  %46 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_8.bias to float*), i64 %45
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
  %51 = icmp slt i64 %u, 48
  br i1 %51, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %52 = mul i64 %u, 1152
  %53 = add i64 %31, %52
  %54 = mul i64 %u, 64
  %55 = add i64 %35, %54
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %56 = add i64 %x, 0
  %57 = mul i64 %24, 48
  %58 = add i64 %57, %27
  %59 = add i64 %58, 0
  %60 = mul i64 %59, 2
  %61 = add i64 %60, %21
  %62 = mul i64 %61, 72
  %63 = add i64 %62, %56
  %64 = mul i64 %63, 8
  %65 = load <8 x float>, <8 x float>* %17, align 32
  %66 = fcmp ogt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> %65, <8 x float> zeroinitializer
  %68 = getelementptr inbounds float, float* %0, i64 %64
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add i64 %x, 1
  %71 = mul i64 %24, 48
  %72 = add i64 %71, %27
  %73 = add i64 %72, 0
  %74 = mul i64 %73, 2
  %75 = add i64 %74, %21
  %76 = mul i64 %75, 72
  %77 = add i64 %76, %70
  %78 = mul i64 %77, 8
  %79 = load <8 x float>, <8 x float>* %16, align 32
  %80 = fcmp ogt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> %79, <8 x float> zeroinitializer
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %x, 2
  %85 = mul i64 %24, 48
  %86 = add i64 %85, %27
  %87 = add i64 %86, 0
  %88 = mul i64 %87, 2
  %89 = add i64 %88, %21
  %90 = mul i64 %89, 72
  %91 = add i64 %90, %84
  %92 = mul i64 %91, 8
  %93 = load <8 x float>, <8 x float>* %15, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = getelementptr inbounds float, float* %0, i64 %92
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %95, <8 x float>* %97, align 4
  %98 = add i64 %x, 3
  %99 = mul i64 %24, 48
  %100 = add i64 %99, %27
  %101 = add i64 %100, 0
  %102 = mul i64 %101, 2
  %103 = add i64 %102, %21
  %104 = mul i64 %103, 72
  %105 = add i64 %104, %98
  %106 = mul i64 %105, 8
  %107 = load <8 x float>, <8 x float>* %14, align 32
  %108 = fcmp ogt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> %107, <8 x float> zeroinitializer
  %110 = getelementptr inbounds float, float* %0, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  %112 = add i64 %x, 4
  %113 = mul i64 %24, 48
  %114 = add i64 %113, %27
  %115 = add i64 %114, 0
  %116 = mul i64 %115, 2
  %117 = add i64 %116, %21
  %118 = mul i64 %117, 72
  %119 = add i64 %118, %112
  %120 = mul i64 %119, 8
  %121 = load <8 x float>, <8 x float>* %13, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = getelementptr inbounds float, float* %0, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %126 = add i64 %x, 5
  %127 = mul i64 %24, 48
  %128 = add i64 %127, %27
  %129 = add i64 %128, 0
  %130 = mul i64 %129, 2
  %131 = add i64 %130, %21
  %132 = mul i64 %131, 72
  %133 = add i64 %132, %126
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %12, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = add i64 %x, 0
  %141 = mul i64 %24, 48
  %142 = add i64 %141, %27
  %143 = add i64 %142, 1
  %144 = mul i64 %143, 2
  %145 = add i64 %144, %21
  %146 = mul i64 %145, 72
  %147 = add i64 %146, %140
  %148 = mul i64 %147, 8
  %149 = load <8 x float>, <8 x float>* %11, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = getelementptr inbounds float, float* %0, i64 %148
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = add i64 %x, 1
  %155 = mul i64 %24, 48
  %156 = add i64 %155, %27
  %157 = add i64 %156, 1
  %158 = mul i64 %157, 2
  %159 = add i64 %158, %21
  %160 = mul i64 %159, 72
  %161 = add i64 %160, %154
  %162 = mul i64 %161, 8
  %163 = load <8 x float>, <8 x float>* %10, align 32
  %164 = fcmp ogt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> %163, <8 x float> zeroinitializer
  %166 = getelementptr inbounds float, float* %0, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 2
  %169 = mul i64 %24, 48
  %170 = add i64 %169, %27
  %171 = add i64 %170, 1
  %172 = mul i64 %171, 2
  %173 = add i64 %172, %21
  %174 = mul i64 %173, 72
  %175 = add i64 %174, %168
  %176 = mul i64 %175, 8
  %177 = load <8 x float>, <8 x float>* %9, align 32
  %178 = fcmp ogt <8 x float> %177, zeroinitializer
  %179 = select <8 x i1> %178, <8 x float> %177, <8 x float> zeroinitializer
  %180 = getelementptr inbounds float, float* %0, i64 %176
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %179, <8 x float>* %181, align 4
  %182 = add i64 %x, 3
  %183 = mul i64 %24, 48
  %184 = add i64 %183, %27
  %185 = add i64 %184, 1
  %186 = mul i64 %185, 2
  %187 = add i64 %186, %21
  %188 = mul i64 %187, 72
  %189 = add i64 %188, %182
  %190 = mul i64 %189, 8
  %191 = load <8 x float>, <8 x float>* %8, align 32
  %192 = fcmp ogt <8 x float> %191, zeroinitializer
  %193 = select <8 x i1> %192, <8 x float> %191, <8 x float> zeroinitializer
  %194 = getelementptr inbounds float, float* %0, i64 %190
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %193, <8 x float>* %195, align 4
  %196 = add i64 %x, 4
  %197 = mul i64 %24, 48
  %198 = add i64 %197, %27
  %199 = add i64 %198, 1
  %200 = mul i64 %199, 2
  %201 = add i64 %200, %21
  %202 = mul i64 %201, 72
  %203 = add i64 %202, %196
  %204 = mul i64 %203, 8
  %205 = load <8 x float>, <8 x float>* %7, align 32
  %206 = fcmp ogt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> %205, <8 x float> zeroinitializer
  %208 = getelementptr inbounds float, float* %0, i64 %204
  %209 = bitcast float* %208 to <8 x float>*
  store <8 x float> %207, <8 x float>* %209, align 4
  %210 = add i64 %x, 5
  %211 = mul i64 %24, 48
  %212 = add i64 %211, %27
  %213 = add i64 %212, 1
  %214 = mul i64 %213, 2
  %215 = add i64 %214, %21
  %216 = mul i64 %215, 72
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
  %224 = icmp slt i64 %kh, 1
  br i1 %224, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %225 = mul i64 %kh, 1
  %226 = add i64 %37, %225
  %227 = icmp sge i64 %226, 0
  %228 = icmp slt i64 %226, 2
  %229 = and i1 %227, %228
  br i1 %229, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %230 = mul i64 %226, 576
  %231 = add i64 %53, %230
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %232 = icmp slt i64 %kw, 1
  br i1 %232, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %233 = mul i64 %kw, 1
  %234 = add i64 %50, %233
  %235 = mul i64 %kh, 1
  %236 = add i64 %235, %kw
  %237 = mul i64 %236, 64
  %238 = add i64 %55, %237
  %239 = add i64 %238, 0
  %240 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = add i64 %238, 3072
  %244 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %243
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
  %314 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %313
  %315 = bitcast float* %314 to <8 x float>*
  %316 = load <8 x float>, <8 x float>* %315, align 4
  %317 = add i64 %238, 3080
  %318 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %317
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
  %388 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = add i64 %238, 3088
  %392 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %391
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
  %462 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  %464 = load <8 x float>, <8 x float>* %463, align 4
  %465 = add i64 %238, 3096
  %466 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %465
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
  %536 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %238, 3104
  %540 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %539
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
  %610 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %609
  %611 = bitcast float* %610 to <8 x float>*
  %612 = load <8 x float>, <8 x float>* %611, align 4
  %613 = add i64 %238, 3112
  %614 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %613
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
  %684 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %683
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = add i64 %238, 3120
  %688 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %687
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
  %758 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %757
  %759 = bitcast float* %758 to <8 x float>*
  %760 = load <8 x float>, <8 x float>* %759, align 4
  %761 = add i64 %238, 3128
  %762 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.packed to float*), i64 %761
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
define internal void @node9.conv2d_8.step0(i8* %0) #2 {
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
  call void @node9.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_9.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %19 = srem i64 %task, 24
  %20 = sdiv i64 %task, 24
  %21 = srem i64 %20, 2
  %22 = sdiv i64 %task, 48
  %23 = srem i64 %22, 1
  %24 = sdiv i64 %22, 1
  %25 = mul i64 %23, 48
  %26 = mul i64 %19, 2
  %27 = add i64 %25, %26
  %28 = mul i64 %24, 48
  %29 = mul i64 %23, 48
  %30 = add i64 %28, %29
  %31 = mul i64 %30, 1152
  %32 = mul i64 %23, 48
  %33 = mul i64 %19, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 3072
  %36 = mul i64 %21, 1
  %37 = sub i64 %36, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %38 = icmp slt i64 %x, 72
  br i1 %38, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %39 = add i64 %27, 0
  %40 = mul i64 %39, 8
  %41 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_9.bias to float*), i64 %40
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
  %46 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_9.bias to float*), i64 %45
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
  %51 = icmp slt i64 %u, 48
  br i1 %51, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %52 = mul i64 %u, 1152
  %53 = add i64 %31, %52
  %54 = mul i64 %u, 64
  %55 = add i64 %35, %54
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %56 = add i64 %x, 0
  %57 = mul i64 %24, 48
  %58 = add i64 %57, %27
  %59 = add i64 %58, 0
  %60 = mul i64 %59, 2
  %61 = add i64 %60, %21
  %62 = mul i64 %61, 72
  %63 = add i64 %62, %56
  %64 = mul i64 %63, 8
  %65 = load <8 x float>, <8 x float>* %17, align 32
  %66 = fcmp ogt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> %65, <8 x float> zeroinitializer
  %68 = getelementptr inbounds float, float* %0, i64 %64
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add i64 %x, 1
  %71 = mul i64 %24, 48
  %72 = add i64 %71, %27
  %73 = add i64 %72, 0
  %74 = mul i64 %73, 2
  %75 = add i64 %74, %21
  %76 = mul i64 %75, 72
  %77 = add i64 %76, %70
  %78 = mul i64 %77, 8
  %79 = load <8 x float>, <8 x float>* %16, align 32
  %80 = fcmp ogt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> %79, <8 x float> zeroinitializer
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %x, 2
  %85 = mul i64 %24, 48
  %86 = add i64 %85, %27
  %87 = add i64 %86, 0
  %88 = mul i64 %87, 2
  %89 = add i64 %88, %21
  %90 = mul i64 %89, 72
  %91 = add i64 %90, %84
  %92 = mul i64 %91, 8
  %93 = load <8 x float>, <8 x float>* %15, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = getelementptr inbounds float, float* %0, i64 %92
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %95, <8 x float>* %97, align 4
  %98 = add i64 %x, 3
  %99 = mul i64 %24, 48
  %100 = add i64 %99, %27
  %101 = add i64 %100, 0
  %102 = mul i64 %101, 2
  %103 = add i64 %102, %21
  %104 = mul i64 %103, 72
  %105 = add i64 %104, %98
  %106 = mul i64 %105, 8
  %107 = load <8 x float>, <8 x float>* %14, align 32
  %108 = fcmp ogt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> %107, <8 x float> zeroinitializer
  %110 = getelementptr inbounds float, float* %0, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  %112 = add i64 %x, 4
  %113 = mul i64 %24, 48
  %114 = add i64 %113, %27
  %115 = add i64 %114, 0
  %116 = mul i64 %115, 2
  %117 = add i64 %116, %21
  %118 = mul i64 %117, 72
  %119 = add i64 %118, %112
  %120 = mul i64 %119, 8
  %121 = load <8 x float>, <8 x float>* %13, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = getelementptr inbounds float, float* %0, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %126 = add i64 %x, 5
  %127 = mul i64 %24, 48
  %128 = add i64 %127, %27
  %129 = add i64 %128, 0
  %130 = mul i64 %129, 2
  %131 = add i64 %130, %21
  %132 = mul i64 %131, 72
  %133 = add i64 %132, %126
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %12, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = add i64 %x, 0
  %141 = mul i64 %24, 48
  %142 = add i64 %141, %27
  %143 = add i64 %142, 1
  %144 = mul i64 %143, 2
  %145 = add i64 %144, %21
  %146 = mul i64 %145, 72
  %147 = add i64 %146, %140
  %148 = mul i64 %147, 8
  %149 = load <8 x float>, <8 x float>* %11, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = getelementptr inbounds float, float* %0, i64 %148
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = add i64 %x, 1
  %155 = mul i64 %24, 48
  %156 = add i64 %155, %27
  %157 = add i64 %156, 1
  %158 = mul i64 %157, 2
  %159 = add i64 %158, %21
  %160 = mul i64 %159, 72
  %161 = add i64 %160, %154
  %162 = mul i64 %161, 8
  %163 = load <8 x float>, <8 x float>* %10, align 32
  %164 = fcmp ogt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> %163, <8 x float> zeroinitializer
  %166 = getelementptr inbounds float, float* %0, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 2
  %169 = mul i64 %24, 48
  %170 = add i64 %169, %27
  %171 = add i64 %170, 1
  %172 = mul i64 %171, 2
  %173 = add i64 %172, %21
  %174 = mul i64 %173, 72
  %175 = add i64 %174, %168
  %176 = mul i64 %175, 8
  %177 = load <8 x float>, <8 x float>* %9, align 32
  %178 = fcmp ogt <8 x float> %177, zeroinitializer
  %179 = select <8 x i1> %178, <8 x float> %177, <8 x float> zeroinitializer
  %180 = getelementptr inbounds float, float* %0, i64 %176
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %179, <8 x float>* %181, align 4
  %182 = add i64 %x, 3
  %183 = mul i64 %24, 48
  %184 = add i64 %183, %27
  %185 = add i64 %184, 1
  %186 = mul i64 %185, 2
  %187 = add i64 %186, %21
  %188 = mul i64 %187, 72
  %189 = add i64 %188, %182
  %190 = mul i64 %189, 8
  %191 = load <8 x float>, <8 x float>* %8, align 32
  %192 = fcmp ogt <8 x float> %191, zeroinitializer
  %193 = select <8 x i1> %192, <8 x float> %191, <8 x float> zeroinitializer
  %194 = getelementptr inbounds float, float* %0, i64 %190
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %193, <8 x float>* %195, align 4
  %196 = add i64 %x, 4
  %197 = mul i64 %24, 48
  %198 = add i64 %197, %27
  %199 = add i64 %198, 1
  %200 = mul i64 %199, 2
  %201 = add i64 %200, %21
  %202 = mul i64 %201, 72
  %203 = add i64 %202, %196
  %204 = mul i64 %203, 8
  %205 = load <8 x float>, <8 x float>* %7, align 32
  %206 = fcmp ogt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> %205, <8 x float> zeroinitializer
  %208 = getelementptr inbounds float, float* %0, i64 %204
  %209 = bitcast float* %208 to <8 x float>*
  store <8 x float> %207, <8 x float>* %209, align 4
  %210 = add i64 %x, 5
  %211 = mul i64 %24, 48
  %212 = add i64 %211, %27
  %213 = add i64 %212, 1
  %214 = mul i64 %213, 2
  %215 = add i64 %214, %21
  %216 = mul i64 %215, 72
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
  %224 = icmp slt i64 %kh, 1
  br i1 %224, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %225 = mul i64 %kh, 1
  %226 = add i64 %37, %225
  %227 = icmp sge i64 %226, 0
  %228 = icmp slt i64 %226, 2
  %229 = and i1 %227, %228
  br i1 %229, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %230 = mul i64 %226, 576
  %231 = add i64 %53, %230
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %232 = icmp slt i64 %kw, 1
  br i1 %232, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %233 = mul i64 %kw, 1
  %234 = add i64 %50, %233
  %235 = mul i64 %kh, 1
  %236 = add i64 %235, %kw
  %237 = mul i64 %236, 64
  %238 = add i64 %55, %237
  %239 = add i64 %238, 0
  %240 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  %243 = add i64 %238, 3072
  %244 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %243
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
  %314 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %313
  %315 = bitcast float* %314 to <8 x float>*
  %316 = load <8 x float>, <8 x float>* %315, align 4
  %317 = add i64 %238, 3080
  %318 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %317
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
  %388 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = add i64 %238, 3088
  %392 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %391
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
  %462 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  %464 = load <8 x float>, <8 x float>* %463, align 4
  %465 = add i64 %238, 3096
  %466 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %465
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
  %536 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %238, 3104
  %540 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %539
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
  %610 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %609
  %611 = bitcast float* %610 to <8 x float>*
  %612 = load <8 x float>, <8 x float>* %611, align 4
  %613 = add i64 %238, 3112
  %614 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %613
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
  %684 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %683
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = add i64 %238, 3120
  %688 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %687
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
  %758 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %757
  %759 = bitcast float* %758 to <8 x float>*
  %760 = load <8 x float>, <8 x float>* %759, align 4
  %761 = add i64 %238, 3128
  %762 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.packed to float*), i64 %761
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
define internal void @node10.conv2d_9.step0(i8* %0) #2 {
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
  call void @node10.conv2d_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 5
  %9 = srem i64 %task, 5
  %10 = mul i64 %8, 1152
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 5
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 40
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 3
  %21 = icmp slt i64 %20, 12
  %22 = select i1 %21, i64 %20, i64 12
  %23 = add i64 %17, 3
  %24 = icmp slt i64 %23, 12
  %25 = select i1 %24, i64 %23, i64 12
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 5
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 3
  %33 = icmp slt i64 %32, 12
  %34 = select i1 %33, i64 %32, i64 12
  %35 = add i64 %29, 3
  %36 = icmp slt i64 %35, 12
  %37 = select i1 %36, i64 %35, i64 12
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
  %45 = mul i64 %r, 12
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
define internal void @node11.maxPool2d_3.step0(i8* %0) #2 {
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
  %19 = add i64 240, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 240
  %23 = select i1 %22, i64 %21, i64 240
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 240
  %26 = select i1 %25, i64 %24, i64 240
  call void @node11.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv2d_10.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %21 = icmp slt i64 %task, %5
  br i1 %21, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %22 = srem i64 %task, 63
  %23 = sdiv i64 %task, 63
  %24 = srem i64 %23, 5
  %25 = sdiv i64 %task, 315
  %26 = srem i64 %25, 1
  %27 = sdiv i64 %25, 1
  %28 = mul i64 %26, 125
  %29 = mul i64 %22, 2
  %30 = add i64 %28, %29
  %31 = mul i64 %27, 48
  %32 = mul i64 %26, 48
  %33 = add i64 %31, %32
  %34 = mul i64 %33, 200
  %35 = mul i64 %26, 125
  %36 = mul i64 %22, 2
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 27648
  %39 = mul i64 %24, 1
  %40 = sub i64 %39, 1
  %41 = icmp eq i64 %22, 62
  br i1 %41, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %42 = add i64 %30, 0
  %43 = mul i64 %42, 8
  %44 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  store <8 x float> %46, <8 x float>* %20, align 32
  store <8 x float> %46, <8 x float>* %19, align 32
  store <8 x float> %46, <8 x float>* %18, align 32
  br label %u.header

else:                                             ; preds = %task.body
  %47 = add i64 %30, 0
  %48 = mul i64 %47, 8
  %49 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  store <8 x float> %51, <8 x float>* %15, align 32
  store <8 x float> %51, <8 x float>* %14, align 32
  store <8 x float> %51, <8 x float>* %13, align 32
  %52 = add i64 %30, 1
  %53 = mul i64 %52, 8
  %54 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  store <8 x float> %56, <8 x float>* %12, align 32
  store <8 x float> %56, <8 x float>* %11, align 32
  store <8 x float> %56, <8 x float>* %10, align 32
  br label %u.header85

endif:                                            ; preds = %xb.exit160, %xb.exit55
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %kh.exit, %then
  %u = phi i64 [ 0, %then ], [ %u.next, %kh.exit ]
  %57 = icmp slt i64 %u, 48
  br i1 %57, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %58 = mul i64 %u, 200
  %59 = add i64 %34, %58
  %60 = mul i64 %u, 576
  %61 = add i64 %38, %60
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %62 = mul i64 %27, 125
  %63 = add i64 %62, %30
  %64 = add i64 %63, 0
  %65 = mul i64 %64, 5
  %66 = add i64 %65, %24
  %67 = mul i64 %66, 5
  %68 = add i64 %67, 1
  %69 = mul i64 %68, 8
  %70 = load <8 x float>, <8 x float>* %20, align 32
  %71 = fcmp ogt <8 x float> %70, zeroinitializer
  %72 = select <8 x i1> %71, <8 x float> %70, <8 x float> zeroinitializer
  %73 = getelementptr inbounds float, float* %0, i64 %69
  %74 = bitcast float* %73 to <8 x float>*
  store <8 x float> %72, <8 x float>* %74, align 4
  %75 = mul i64 %27, 125
  %76 = add i64 %75, %30
  %77 = add i64 %76, 0
  %78 = mul i64 %77, 5
  %79 = add i64 %78, %24
  %80 = mul i64 %79, 5
  %81 = add i64 %80, 2
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %19, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = mul i64 %27, 125
  %89 = add i64 %88, %30
  %90 = add i64 %89, 0
  %91 = mul i64 %90, 5
  %92 = add i64 %91, %24
  %93 = mul i64 %92, 5
  %94 = add i64 %93, 3
  %95 = mul i64 %94, 8
  %96 = load <8 x float>, <8 x float>* %18, align 32
  %97 = fcmp ogt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> %96, <8 x float> zeroinitializer
  %99 = getelementptr inbounds float, float* %0, i64 %95
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %98, <8 x float>* %100, align 4
  br label %xb.header

kh.header:                                        ; preds = %endif2, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif2 ]
  %101 = icmp slt i64 %kh, 3
  br i1 %101, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %102 = mul i64 %kh, 1
  %103 = add i64 %40, %102
  %104 = icmp sge i64 %103, 0
  %105 = icmp slt i64 %103, 5
  %106 = and i1 %104, %105
  br i1 %106, label %then1, label %endif2

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then1:                                            ; preds = %kh.body
  %107 = mul i64 %103, 40
  %108 = add i64 %59, %107
  br label %kw.header

endif2:                                           ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then1
  %kw = phi i64 [ 0, %then1 ], [ %kw.next, %kw.body ]
  %109 = icmp slt i64 %kw, 3
  br i1 %109, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %110 = mul i64 %kw, 1
  %111 = add i64 0, %110
  %112 = mul i64 %kh, 3
  %113 = add i64 %112, %kw
  %114 = mul i64 %113, 64
  %115 = add i64 %61, %114
  %116 = add i64 %115, 0
  %117 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %111, 0
  %121 = mul i64 %120, 8
  %122 = add i64 %121, 0
  %123 = add i64 %108, %122
  %124 = getelementptr inbounds float, float* %1, i64 %123
  %125 = load float, float* %124, align 4
  %126 = insertelement <8 x float> undef, float %125, i32 0
  %splat = shufflevector <8 x float> %126, <8 x float> undef, <8 x i32> zeroinitializer
  %127 = load <8 x float>, <8 x float>* %20, align 32
  %128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %119, <8 x float> %127)
  store <8 x float> %128, <8 x float>* %20, align 32
  %129 = add i64 %111, 1
  %130 = mul i64 %129, 8
  %131 = add i64 %130, 0
  %132 = add i64 %108, %131
  %133 = getelementptr inbounds float, float* %1, i64 %132
  %134 = load float, float* %133, align 4
  %135 = insertelement <8 x float> undef, float %134, i32 0
  %splat3 = shufflevector <8 x float> %135, <8 x float> undef, <8 x i32> zeroinitializer
  %136 = load <8 x float>, <8 x float>* %19, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %119, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %19, align 32
  %138 = add i64 %111, 2
  %139 = mul i64 %138, 8
  %140 = add i64 %139, 0
  %141 = add i64 %108, %140
  %142 = getelementptr inbounds float, float* %1, i64 %141
  %143 = load float, float* %142, align 4
  %144 = insertelement <8 x float> undef, float %143, i32 0
  %splat4 = shufflevector <8 x float> %144, <8 x float> undef, <8 x i32> zeroinitializer
  %145 = load <8 x float>, <8 x float>* %18, align 32
  %146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %119, <8 x float> %145)
  store <8 x float> %146, <8 x float>* %18, align 32
  %147 = add i64 %115, 8
  %148 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  %150 = load <8 x float>, <8 x float>* %149, align 4
  %151 = add i64 %111, 0
  %152 = mul i64 %151, 8
  %153 = add i64 %152, 1
  %154 = add i64 %108, %153
  %155 = getelementptr inbounds float, float* %1, i64 %154
  %156 = load float, float* %155, align 4
  %157 = insertelement <8 x float> undef, float %156, i32 0
  %splat5 = shufflevector <8 x float> %157, <8 x float> undef, <8 x i32> zeroinitializer
  %158 = load <8 x float>, <8 x float>* %20, align 32
  %159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %150, <8 x float> %158)
  store <8 x float> %159, <8 x float>* %20, align 32
  %160 = add i64 %111, 1
  %161 = mul i64 %160, 8
  %162 = add i64 %161, 1
  %163 = add i64 %108, %162
  %164 = getelementptr inbounds float, float* %1, i64 %163
  %165 = load float, float* %164, align 4
  %166 = insertelement <8 x float> undef, float %165, i32 0
  %splat6 = shufflevector <8 x float> %166, <8 x float> undef, <8 x i32> zeroinitializer
  %167 = load <8 x float>, <8 x float>* %19, align 32
  %168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %150, <8 x float> %167)
  store <8 x float> %168, <8 x float>* %19, align 32
  %169 = add i64 %111, 2
  %170 = mul i64 %169, 8
  %171 = add i64 %170, 1
  %172 = add i64 %108, %171
  %173 = getelementptr inbounds float, float* %1, i64 %172
  %174 = load float, float* %173, align 4
  %175 = insertelement <8 x float> undef, float %174, i32 0
  %splat7 = shufflevector <8 x float> %175, <8 x float> undef, <8 x i32> zeroinitializer
  %176 = load <8 x float>, <8 x float>* %18, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %150, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %18, align 32
  %178 = add i64 %115, 16
  %179 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = add i64 %111, 0
  %183 = mul i64 %182, 8
  %184 = add i64 %183, 2
  %185 = add i64 %108, %184
  %186 = getelementptr inbounds float, float* %1, i64 %185
  %187 = load float, float* %186, align 4
  %188 = insertelement <8 x float> undef, float %187, i32 0
  %splat8 = shufflevector <8 x float> %188, <8 x float> undef, <8 x i32> zeroinitializer
  %189 = load <8 x float>, <8 x float>* %20, align 32
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %181, <8 x float> %189)
  store <8 x float> %190, <8 x float>* %20, align 32
  %191 = add i64 %111, 1
  %192 = mul i64 %191, 8
  %193 = add i64 %192, 2
  %194 = add i64 %108, %193
  %195 = getelementptr inbounds float, float* %1, i64 %194
  %196 = load float, float* %195, align 4
  %197 = insertelement <8 x float> undef, float %196, i32 0
  %splat9 = shufflevector <8 x float> %197, <8 x float> undef, <8 x i32> zeroinitializer
  %198 = load <8 x float>, <8 x float>* %19, align 32
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %181, <8 x float> %198)
  store <8 x float> %199, <8 x float>* %19, align 32
  %200 = add i64 %111, 2
  %201 = mul i64 %200, 8
  %202 = add i64 %201, 2
  %203 = add i64 %108, %202
  %204 = getelementptr inbounds float, float* %1, i64 %203
  %205 = load float, float* %204, align 4
  %206 = insertelement <8 x float> undef, float %205, i32 0
  %splat10 = shufflevector <8 x float> %206, <8 x float> undef, <8 x i32> zeroinitializer
  %207 = load <8 x float>, <8 x float>* %18, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %181, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %18, align 32
  %209 = add i64 %115, 24
  %210 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  %212 = load <8 x float>, <8 x float>* %211, align 4
  %213 = add i64 %111, 0
  %214 = mul i64 %213, 8
  %215 = add i64 %214, 3
  %216 = add i64 %108, %215
  %217 = getelementptr inbounds float, float* %1, i64 %216
  %218 = load float, float* %217, align 4
  %219 = insertelement <8 x float> undef, float %218, i32 0
  %splat11 = shufflevector <8 x float> %219, <8 x float> undef, <8 x i32> zeroinitializer
  %220 = load <8 x float>, <8 x float>* %20, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %212, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %20, align 32
  %222 = add i64 %111, 1
  %223 = mul i64 %222, 8
  %224 = add i64 %223, 3
  %225 = add i64 %108, %224
  %226 = getelementptr inbounds float, float* %1, i64 %225
  %227 = load float, float* %226, align 4
  %228 = insertelement <8 x float> undef, float %227, i32 0
  %splat12 = shufflevector <8 x float> %228, <8 x float> undef, <8 x i32> zeroinitializer
  %229 = load <8 x float>, <8 x float>* %19, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %212, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %19, align 32
  %231 = add i64 %111, 2
  %232 = mul i64 %231, 8
  %233 = add i64 %232, 3
  %234 = add i64 %108, %233
  %235 = getelementptr inbounds float, float* %1, i64 %234
  %236 = load float, float* %235, align 4
  %237 = insertelement <8 x float> undef, float %236, i32 0
  %splat13 = shufflevector <8 x float> %237, <8 x float> undef, <8 x i32> zeroinitializer
  %238 = load <8 x float>, <8 x float>* %18, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %212, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %18, align 32
  %240 = add i64 %115, 32
  %241 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %240
  %242 = bitcast float* %241 to <8 x float>*
  %243 = load <8 x float>, <8 x float>* %242, align 4
  %244 = add i64 %111, 0
  %245 = mul i64 %244, 8
  %246 = add i64 %245, 4
  %247 = add i64 %108, %246
  %248 = getelementptr inbounds float, float* %1, i64 %247
  %249 = load float, float* %248, align 4
  %250 = insertelement <8 x float> undef, float %249, i32 0
  %splat14 = shufflevector <8 x float> %250, <8 x float> undef, <8 x i32> zeroinitializer
  %251 = load <8 x float>, <8 x float>* %20, align 32
  %252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %243, <8 x float> %251)
  store <8 x float> %252, <8 x float>* %20, align 32
  %253 = add i64 %111, 1
  %254 = mul i64 %253, 8
  %255 = add i64 %254, 4
  %256 = add i64 %108, %255
  %257 = getelementptr inbounds float, float* %1, i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat15 = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %19, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %243, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %19, align 32
  %262 = add i64 %111, 2
  %263 = mul i64 %262, 8
  %264 = add i64 %263, 4
  %265 = add i64 %108, %264
  %266 = getelementptr inbounds float, float* %1, i64 %265
  %267 = load float, float* %266, align 4
  %268 = insertelement <8 x float> undef, float %267, i32 0
  %splat16 = shufflevector <8 x float> %268, <8 x float> undef, <8 x i32> zeroinitializer
  %269 = load <8 x float>, <8 x float>* %18, align 32
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %243, <8 x float> %269)
  store <8 x float> %270, <8 x float>* %18, align 32
  %271 = add i64 %115, 40
  %272 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %271
  %273 = bitcast float* %272 to <8 x float>*
  %274 = load <8 x float>, <8 x float>* %273, align 4
  %275 = add i64 %111, 0
  %276 = mul i64 %275, 8
  %277 = add i64 %276, 5
  %278 = add i64 %108, %277
  %279 = getelementptr inbounds float, float* %1, i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> undef, float %280, i32 0
  %splat17 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, <8 x float>* %20, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %274, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %20, align 32
  %284 = add i64 %111, 1
  %285 = mul i64 %284, 8
  %286 = add i64 %285, 5
  %287 = add i64 %108, %286
  %288 = getelementptr inbounds float, float* %1, i64 %287
  %289 = load float, float* %288, align 4
  %290 = insertelement <8 x float> undef, float %289, i32 0
  %splat18 = shufflevector <8 x float> %290, <8 x float> undef, <8 x i32> zeroinitializer
  %291 = load <8 x float>, <8 x float>* %19, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %274, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %19, align 32
  %293 = add i64 %111, 2
  %294 = mul i64 %293, 8
  %295 = add i64 %294, 5
  %296 = add i64 %108, %295
  %297 = getelementptr inbounds float, float* %1, i64 %296
  %298 = load float, float* %297, align 4
  %299 = insertelement <8 x float> undef, float %298, i32 0
  %splat19 = shufflevector <8 x float> %299, <8 x float> undef, <8 x i32> zeroinitializer
  %300 = load <8 x float>, <8 x float>* %18, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %274, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %18, align 32
  %302 = add i64 %115, 48
  %303 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  %305 = load <8 x float>, <8 x float>* %304, align 4
  %306 = add i64 %111, 0
  %307 = mul i64 %306, 8
  %308 = add i64 %307, 6
  %309 = add i64 %108, %308
  %310 = getelementptr inbounds float, float* %1, i64 %309
  %311 = load float, float* %310, align 4
  %312 = insertelement <8 x float> undef, float %311, i32 0
  %splat20 = shufflevector <8 x float> %312, <8 x float> undef, <8 x i32> zeroinitializer
  %313 = load <8 x float>, <8 x float>* %20, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %305, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %20, align 32
  %315 = add i64 %111, 1
  %316 = mul i64 %315, 8
  %317 = add i64 %316, 6
  %318 = add i64 %108, %317
  %319 = getelementptr inbounds float, float* %1, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat21 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %19, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %305, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %19, align 32
  %324 = add i64 %111, 2
  %325 = mul i64 %324, 8
  %326 = add i64 %325, 6
  %327 = add i64 %108, %326
  %328 = getelementptr inbounds float, float* %1, i64 %327
  %329 = load float, float* %328, align 4
  %330 = insertelement <8 x float> undef, float %329, i32 0
  %splat22 = shufflevector <8 x float> %330, <8 x float> undef, <8 x i32> zeroinitializer
  %331 = load <8 x float>, <8 x float>* %18, align 32
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %305, <8 x float> %331)
  store <8 x float> %332, <8 x float>* %18, align 32
  %333 = add i64 %115, 56
  %334 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %333
  %335 = bitcast float* %334 to <8 x float>*
  %336 = load <8 x float>, <8 x float>* %335, align 4
  %337 = add i64 %111, 0
  %338 = mul i64 %337, 8
  %339 = add i64 %338, 7
  %340 = add i64 %108, %339
  %341 = getelementptr inbounds float, float* %1, i64 %340
  %342 = load float, float* %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i32 0
  %splat23 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %344 = load <8 x float>, <8 x float>* %20, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %336, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %20, align 32
  %346 = add i64 %111, 1
  %347 = mul i64 %346, 8
  %348 = add i64 %347, 7
  %349 = add i64 %108, %348
  %350 = getelementptr inbounds float, float* %1, i64 %349
  %351 = load float, float* %350, align 4
  %352 = insertelement <8 x float> undef, float %351, i32 0
  %splat24 = shufflevector <8 x float> %352, <8 x float> undef, <8 x i32> zeroinitializer
  %353 = load <8 x float>, <8 x float>* %19, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %336, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %19, align 32
  %355 = add i64 %111, 2
  %356 = mul i64 %355, 8
  %357 = add i64 %356, 7
  %358 = add i64 %108, %357
  %359 = getelementptr inbounds float, float* %1, i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat25 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, <8 x float>* %18, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %336, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %18, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif2

xb.header:                                        ; preds = %u.exit28, %u.exit
  %xb = phi i64 [ 0, %u.exit ], [ %xb.next, %u.exit28 ]
  %364 = icmp slt i64 %xb, 1
  br i1 %364, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %365 = add i64 %30, 0
  %366 = mul i64 %365, 8
  %367 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  %369 = load <8 x float>, <8 x float>* %368, align 4
  store <8 x float> %369, <8 x float>* %17, align 32
  %370 = mul i64 %xb, 1
  %371 = sub i64 %370, 1
  br label %u.header26

xb.exit:                                          ; preds = %xb.header
  br label %xb.header53

u.header26:                                       ; preds = %kh.exit32, %xb.body
  %u29 = phi i64 [ 0, %xb.body ], [ %u.next52, %kh.exit32 ]
  %372 = icmp slt i64 %u29, 48
  br i1 %372, label %u.body27, label %u.exit28

u.body27:                                         ; preds = %u.header26
  %373 = mul i64 %u29, 200
  %374 = add i64 %34, %373
  %375 = mul i64 %u29, 576
  %376 = add i64 %38, %375
  br label %kh.header30

u.exit28:                                         ; preds = %u.header26
  %377 = add i64 %xb, 0
  %378 = mul i64 %27, 125
  %379 = add i64 %378, %30
  %380 = add i64 %379, 0
  %381 = mul i64 %380, 5
  %382 = add i64 %381, %24
  %383 = mul i64 %382, 5
  %384 = add i64 %383, %377
  %385 = mul i64 %384, 8
  %386 = load <8 x float>, <8 x float>* %17, align 32
  %387 = fcmp ogt <8 x float> %386, zeroinitializer
  %388 = select <8 x i1> %387, <8 x float> %386, <8 x float> zeroinitializer
  %389 = getelementptr inbounds float, float* %0, i64 %385
  %390 = bitcast float* %389 to <8 x float>*
  store <8 x float> %388, <8 x float>* %390, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header30:                                      ; preds = %endif35, %u.body27
  %kh33 = phi i64 [ 0, %u.body27 ], [ %kh.next51, %endif35 ]
  %391 = icmp slt i64 %kh33, 3
  br i1 %391, label %kh.body31, label %kh.exit32

kh.body31:                                        ; preds = %kh.header30
  %392 = mul i64 %kh33, 1
  %393 = add i64 %40, %392
  %394 = icmp sge i64 %393, 0
  %395 = icmp slt i64 %393, 5
  %396 = and i1 %394, %395
  br i1 %396, label %then34, label %endif35

kh.exit32:                                        ; preds = %kh.header30
  %u.next52 = add i64 %u29, 1
  br label %u.header26

then34:                                           ; preds = %kh.body31
  %397 = mul i64 %393, 40
  %398 = add i64 %374, %397
  br label %kw.header36

endif35:                                          ; preds = %kw.exit38, %kh.body31
  %kh.next51 = add i64 %kh33, 1
  br label %kh.header30

kw.header36:                                      ; preds = %endif41, %then34
  %kw39 = phi i64 [ 0, %then34 ], [ %kw.next50, %endif41 ]
  %399 = icmp slt i64 %kw39, 3
  br i1 %399, label %kw.body37, label %kw.exit38

kw.body37:                                        ; preds = %kw.header36
  %400 = mul i64 %kw39, 1
  %401 = add i64 %371, %400
  %402 = mul i64 %kh33, 3
  %403 = add i64 %402, %kw39
  %404 = mul i64 %403, 64
  %405 = add i64 %376, %404
  %406 = icmp sge i64 %401, 0
  %407 = icmp slt i64 %401, 5
  %408 = and i1 %406, %407
  br i1 %408, label %then40, label %endif41

kw.exit38:                                        ; preds = %kw.header36
  br label %endif35

then40:                                           ; preds = %kw.body37
  %409 = add i64 %405, 0
  %410 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  %412 = load <8 x float>, <8 x float>* %411, align 4
  %413 = add i64 %401, 0
  %414 = mul i64 %413, 8
  %415 = add i64 %414, 0
  %416 = add i64 %398, %415
  %417 = getelementptr inbounds float, float* %1, i64 %416
  %418 = load float, float* %417, align 4
  %419 = insertelement <8 x float> undef, float %418, i32 0
  %splat42 = shufflevector <8 x float> %419, <8 x float> undef, <8 x i32> zeroinitializer
  %420 = load <8 x float>, <8 x float>* %17, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %412, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %17, align 32
  %422 = add i64 %405, 8
  %423 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  %425 = load <8 x float>, <8 x float>* %424, align 4
  %426 = add i64 %401, 0
  %427 = mul i64 %426, 8
  %428 = add i64 %427, 1
  %429 = add i64 %398, %428
  %430 = getelementptr inbounds float, float* %1, i64 %429
  %431 = load float, float* %430, align 4
  %432 = insertelement <8 x float> undef, float %431, i32 0
  %splat43 = shufflevector <8 x float> %432, <8 x float> undef, <8 x i32> zeroinitializer
  %433 = load <8 x float>, <8 x float>* %17, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %425, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %17, align 32
  %435 = add i64 %405, 16
  %436 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %435
  %437 = bitcast float* %436 to <8 x float>*
  %438 = load <8 x float>, <8 x float>* %437, align 4
  %439 = add i64 %401, 0
  %440 = mul i64 %439, 8
  %441 = add i64 %440, 2
  %442 = add i64 %398, %441
  %443 = getelementptr inbounds float, float* %1, i64 %442
  %444 = load float, float* %443, align 4
  %445 = insertelement <8 x float> undef, float %444, i32 0
  %splat44 = shufflevector <8 x float> %445, <8 x float> undef, <8 x i32> zeroinitializer
  %446 = load <8 x float>, <8 x float>* %17, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %438, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %17, align 32
  %448 = add i64 %405, 24
  %449 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %448
  %450 = bitcast float* %449 to <8 x float>*
  %451 = load <8 x float>, <8 x float>* %450, align 4
  %452 = add i64 %401, 0
  %453 = mul i64 %452, 8
  %454 = add i64 %453, 3
  %455 = add i64 %398, %454
  %456 = getelementptr inbounds float, float* %1, i64 %455
  %457 = load float, float* %456, align 4
  %458 = insertelement <8 x float> undef, float %457, i32 0
  %splat45 = shufflevector <8 x float> %458, <8 x float> undef, <8 x i32> zeroinitializer
  %459 = load <8 x float>, <8 x float>* %17, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %451, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %17, align 32
  %461 = add i64 %405, 32
  %462 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  %464 = load <8 x float>, <8 x float>* %463, align 4
  %465 = add i64 %401, 0
  %466 = mul i64 %465, 8
  %467 = add i64 %466, 4
  %468 = add i64 %398, %467
  %469 = getelementptr inbounds float, float* %1, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat46 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %17, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %464, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %17, align 32
  %474 = add i64 %405, 40
  %475 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  %477 = load <8 x float>, <8 x float>* %476, align 4
  %478 = add i64 %401, 0
  %479 = mul i64 %478, 8
  %480 = add i64 %479, 5
  %481 = add i64 %398, %480
  %482 = getelementptr inbounds float, float* %1, i64 %481
  %483 = load float, float* %482, align 4
  %484 = insertelement <8 x float> undef, float %483, i32 0
  %splat47 = shufflevector <8 x float> %484, <8 x float> undef, <8 x i32> zeroinitializer
  %485 = load <8 x float>, <8 x float>* %17, align 32
  %486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %477, <8 x float> %485)
  store <8 x float> %486, <8 x float>* %17, align 32
  %487 = add i64 %405, 48
  %488 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  %490 = load <8 x float>, <8 x float>* %489, align 4
  %491 = add i64 %401, 0
  %492 = mul i64 %491, 8
  %493 = add i64 %492, 6
  %494 = add i64 %398, %493
  %495 = getelementptr inbounds float, float* %1, i64 %494
  %496 = load float, float* %495, align 4
  %497 = insertelement <8 x float> undef, float %496, i32 0
  %splat48 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %498 = load <8 x float>, <8 x float>* %17, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %490, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %17, align 32
  %500 = add i64 %405, 56
  %501 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  %503 = load <8 x float>, <8 x float>* %502, align 4
  %504 = add i64 %401, 0
  %505 = mul i64 %504, 8
  %506 = add i64 %505, 7
  %507 = add i64 %398, %506
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat49 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %17, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %503, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %17, align 32
  br label %endif41

endif41:                                          ; preds = %then40, %kw.body37
  %kw.next50 = add i64 %kw39, 1
  br label %kw.header36

xb.header53:                                      ; preds = %u.exit59, %xb.exit
  %xb56 = phi i64 [ 4, %xb.exit ], [ %xb.next84, %u.exit59 ]
  %513 = icmp slt i64 %xb56, 5
  br i1 %513, label %xb.body54, label %xb.exit55

xb.body54:                                        ; preds = %xb.header53
  %514 = add i64 %30, 0
  %515 = mul i64 %514, 8
  %516 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %515
  %517 = bitcast float* %516 to <8 x float>*
  %518 = load <8 x float>, <8 x float>* %517, align 4
  store <8 x float> %518, <8 x float>* %16, align 32
  %519 = mul i64 %xb56, 1
  %520 = sub i64 %519, 1
  br label %u.header57

xb.exit55:                                        ; preds = %xb.header53
  br label %endif

u.header57:                                       ; preds = %kh.exit63, %xb.body54
  %u60 = phi i64 [ 0, %xb.body54 ], [ %u.next83, %kh.exit63 ]
  %521 = icmp slt i64 %u60, 48
  br i1 %521, label %u.body58, label %u.exit59

u.body58:                                         ; preds = %u.header57
  %522 = mul i64 %u60, 200
  %523 = add i64 %34, %522
  %524 = mul i64 %u60, 576
  %525 = add i64 %38, %524
  br label %kh.header61

u.exit59:                                         ; preds = %u.header57
  %526 = add i64 %xb56, 0
  %527 = mul i64 %27, 125
  %528 = add i64 %527, %30
  %529 = add i64 %528, 0
  %530 = mul i64 %529, 5
  %531 = add i64 %530, %24
  %532 = mul i64 %531, 5
  %533 = add i64 %532, %526
  %534 = mul i64 %533, 8
  %535 = load <8 x float>, <8 x float>* %16, align 32
  %536 = fcmp ogt <8 x float> %535, zeroinitializer
  %537 = select <8 x i1> %536, <8 x float> %535, <8 x float> zeroinitializer
  %538 = getelementptr inbounds float, float* %0, i64 %534
  %539 = bitcast float* %538 to <8 x float>*
  store <8 x float> %537, <8 x float>* %539, align 4
  %xb.next84 = add i64 %xb56, 1
  br label %xb.header53

kh.header61:                                      ; preds = %endif66, %u.body58
  %kh64 = phi i64 [ 0, %u.body58 ], [ %kh.next82, %endif66 ]
  %540 = icmp slt i64 %kh64, 3
  br i1 %540, label %kh.body62, label %kh.exit63

kh.body62:                                        ; preds = %kh.header61
  %541 = mul i64 %kh64, 1
  %542 = add i64 %40, %541
  %543 = icmp sge i64 %542, 0
  %544 = icmp slt i64 %542, 5
  %545 = and i1 %543, %544
  br i1 %545, label %then65, label %endif66

kh.exit63:                                        ; preds = %kh.header61
  %u.next83 = add i64 %u60, 1
  br label %u.header57

then65:                                           ; preds = %kh.body62
  %546 = mul i64 %542, 40
  %547 = add i64 %523, %546
  br label %kw.header67

endif66:                                          ; preds = %kw.exit69, %kh.body62
  %kh.next82 = add i64 %kh64, 1
  br label %kh.header61

kw.header67:                                      ; preds = %endif72, %then65
  %kw70 = phi i64 [ 0, %then65 ], [ %kw.next81, %endif72 ]
  %548 = icmp slt i64 %kw70, 3
  br i1 %548, label %kw.body68, label %kw.exit69

kw.body68:                                        ; preds = %kw.header67
  %549 = mul i64 %kw70, 1
  %550 = add i64 %520, %549
  %551 = mul i64 %kh64, 3
  %552 = add i64 %551, %kw70
  %553 = mul i64 %552, 64
  %554 = add i64 %525, %553
  %555 = icmp sge i64 %550, 0
  %556 = icmp slt i64 %550, 5
  %557 = and i1 %555, %556
  br i1 %557, label %then71, label %endif72

kw.exit69:                                        ; preds = %kw.header67
  br label %endif66

then71:                                           ; preds = %kw.body68
  %558 = add i64 %554, 0
  %559 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %558
  %560 = bitcast float* %559 to <8 x float>*
  %561 = load <8 x float>, <8 x float>* %560, align 4
  %562 = add i64 %550, 0
  %563 = mul i64 %562, 8
  %564 = add i64 %563, 0
  %565 = add i64 %547, %564
  %566 = getelementptr inbounds float, float* %1, i64 %565
  %567 = load float, float* %566, align 4
  %568 = insertelement <8 x float> undef, float %567, i32 0
  %splat73 = shufflevector <8 x float> %568, <8 x float> undef, <8 x i32> zeroinitializer
  %569 = load <8 x float>, <8 x float>* %16, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %561, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %16, align 32
  %571 = add i64 %554, 8
  %572 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  %574 = load <8 x float>, <8 x float>* %573, align 4
  %575 = add i64 %550, 0
  %576 = mul i64 %575, 8
  %577 = add i64 %576, 1
  %578 = add i64 %547, %577
  %579 = getelementptr inbounds float, float* %1, i64 %578
  %580 = load float, float* %579, align 4
  %581 = insertelement <8 x float> undef, float %580, i32 0
  %splat74 = shufflevector <8 x float> %581, <8 x float> undef, <8 x i32> zeroinitializer
  %582 = load <8 x float>, <8 x float>* %16, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %574, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %16, align 32
  %584 = add i64 %554, 16
  %585 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %584
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = add i64 %550, 0
  %589 = mul i64 %588, 8
  %590 = add i64 %589, 2
  %591 = add i64 %547, %590
  %592 = getelementptr inbounds float, float* %1, i64 %591
  %593 = load float, float* %592, align 4
  %594 = insertelement <8 x float> undef, float %593, i32 0
  %splat75 = shufflevector <8 x float> %594, <8 x float> undef, <8 x i32> zeroinitializer
  %595 = load <8 x float>, <8 x float>* %16, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %587, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %16, align 32
  %597 = add i64 %554, 24
  %598 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %597
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  %601 = add i64 %550, 0
  %602 = mul i64 %601, 8
  %603 = add i64 %602, 3
  %604 = add i64 %547, %603
  %605 = getelementptr inbounds float, float* %1, i64 %604
  %606 = load float, float* %605, align 4
  %607 = insertelement <8 x float> undef, float %606, i32 0
  %splat76 = shufflevector <8 x float> %607, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = load <8 x float>, <8 x float>* %16, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %600, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %16, align 32
  %610 = add i64 %554, 32
  %611 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %610
  %612 = bitcast float* %611 to <8 x float>*
  %613 = load <8 x float>, <8 x float>* %612, align 4
  %614 = add i64 %550, 0
  %615 = mul i64 %614, 8
  %616 = add i64 %615, 4
  %617 = add i64 %547, %616
  %618 = getelementptr inbounds float, float* %1, i64 %617
  %619 = load float, float* %618, align 4
  %620 = insertelement <8 x float> undef, float %619, i32 0
  %splat77 = shufflevector <8 x float> %620, <8 x float> undef, <8 x i32> zeroinitializer
  %621 = load <8 x float>, <8 x float>* %16, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %613, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %16, align 32
  %623 = add i64 %554, 40
  %624 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = add i64 %550, 0
  %628 = mul i64 %627, 8
  %629 = add i64 %628, 5
  %630 = add i64 %547, %629
  %631 = getelementptr inbounds float, float* %1, i64 %630
  %632 = load float, float* %631, align 4
  %633 = insertelement <8 x float> undef, float %632, i32 0
  %splat78 = shufflevector <8 x float> %633, <8 x float> undef, <8 x i32> zeroinitializer
  %634 = load <8 x float>, <8 x float>* %16, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %626, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %16, align 32
  %636 = add i64 %554, 48
  %637 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %636
  %638 = bitcast float* %637 to <8 x float>*
  %639 = load <8 x float>, <8 x float>* %638, align 4
  %640 = add i64 %550, 0
  %641 = mul i64 %640, 8
  %642 = add i64 %641, 6
  %643 = add i64 %547, %642
  %644 = getelementptr inbounds float, float* %1, i64 %643
  %645 = load float, float* %644, align 4
  %646 = insertelement <8 x float> undef, float %645, i32 0
  %splat79 = shufflevector <8 x float> %646, <8 x float> undef, <8 x i32> zeroinitializer
  %647 = load <8 x float>, <8 x float>* %16, align 32
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %639, <8 x float> %647)
  store <8 x float> %648, <8 x float>* %16, align 32
  %649 = add i64 %554, 56
  %650 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %649
  %651 = bitcast float* %650 to <8 x float>*
  %652 = load <8 x float>, <8 x float>* %651, align 4
  %653 = add i64 %550, 0
  %654 = mul i64 %653, 8
  %655 = add i64 %654, 7
  %656 = add i64 %547, %655
  %657 = getelementptr inbounds float, float* %1, i64 %656
  %658 = load float, float* %657, align 4
  %659 = insertelement <8 x float> undef, float %658, i32 0
  %splat80 = shufflevector <8 x float> %659, <8 x float> undef, <8 x i32> zeroinitializer
  %660 = load <8 x float>, <8 x float>* %16, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %652, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %16, align 32
  br label %endif72

endif72:                                          ; preds = %then71, %kw.body68
  %kw.next81 = add i64 %kw70, 1
  br label %kw.header67

u.header85:                                       ; preds = %kh.exit91, %else
  %u88 = phi i64 [ 0, %else ], [ %u.next125, %kh.exit91 ]
  %662 = icmp slt i64 %u88, 48
  br i1 %662, label %u.body86, label %u.exit87

u.body86:                                         ; preds = %u.header85
  %663 = mul i64 %u88, 200
  %664 = add i64 %34, %663
  %665 = mul i64 %u88, 576
  %666 = add i64 %38, %665
  br label %kh.header89

u.exit87:                                         ; preds = %u.header85
  %667 = mul i64 %27, 125
  %668 = add i64 %667, %30
  %669 = add i64 %668, 0
  %670 = mul i64 %669, 5
  %671 = add i64 %670, %24
  %672 = mul i64 %671, 5
  %673 = add i64 %672, 1
  %674 = mul i64 %673, 8
  %675 = load <8 x float>, <8 x float>* %15, align 32
  %676 = fcmp ogt <8 x float> %675, zeroinitializer
  %677 = select <8 x i1> %676, <8 x float> %675, <8 x float> zeroinitializer
  %678 = getelementptr inbounds float, float* %0, i64 %674
  %679 = bitcast float* %678 to <8 x float>*
  store <8 x float> %677, <8 x float>* %679, align 4
  %680 = mul i64 %27, 125
  %681 = add i64 %680, %30
  %682 = add i64 %681, 0
  %683 = mul i64 %682, 5
  %684 = add i64 %683, %24
  %685 = mul i64 %684, 5
  %686 = add i64 %685, 2
  %687 = mul i64 %686, 8
  %688 = load <8 x float>, <8 x float>* %14, align 32
  %689 = fcmp ogt <8 x float> %688, zeroinitializer
  %690 = select <8 x i1> %689, <8 x float> %688, <8 x float> zeroinitializer
  %691 = getelementptr inbounds float, float* %0, i64 %687
  %692 = bitcast float* %691 to <8 x float>*
  store <8 x float> %690, <8 x float>* %692, align 4
  %693 = mul i64 %27, 125
  %694 = add i64 %693, %30
  %695 = add i64 %694, 0
  %696 = mul i64 %695, 5
  %697 = add i64 %696, %24
  %698 = mul i64 %697, 5
  %699 = add i64 %698, 3
  %700 = mul i64 %699, 8
  %701 = load <8 x float>, <8 x float>* %13, align 32
  %702 = fcmp ogt <8 x float> %701, zeroinitializer
  %703 = select <8 x i1> %702, <8 x float> %701, <8 x float> zeroinitializer
  %704 = getelementptr inbounds float, float* %0, i64 %700
  %705 = bitcast float* %704 to <8 x float>*
  store <8 x float> %703, <8 x float>* %705, align 4
  %706 = mul i64 %27, 125
  %707 = add i64 %706, %30
  %708 = add i64 %707, 1
  %709 = mul i64 %708, 5
  %710 = add i64 %709, %24
  %711 = mul i64 %710, 5
  %712 = add i64 %711, 1
  %713 = mul i64 %712, 8
  %714 = load <8 x float>, <8 x float>* %12, align 32
  %715 = fcmp ogt <8 x float> %714, zeroinitializer
  %716 = select <8 x i1> %715, <8 x float> %714, <8 x float> zeroinitializer
  %717 = getelementptr inbounds float, float* %0, i64 %713
  %718 = bitcast float* %717 to <8 x float>*
  store <8 x float> %716, <8 x float>* %718, align 4
  %719 = mul i64 %27, 125
  %720 = add i64 %719, %30
  %721 = add i64 %720, 1
  %722 = mul i64 %721, 5
  %723 = add i64 %722, %24
  %724 = mul i64 %723, 5
  %725 = add i64 %724, 2
  %726 = mul i64 %725, 8
  %727 = load <8 x float>, <8 x float>* %11, align 32
  %728 = fcmp ogt <8 x float> %727, zeroinitializer
  %729 = select <8 x i1> %728, <8 x float> %727, <8 x float> zeroinitializer
  %730 = getelementptr inbounds float, float* %0, i64 %726
  %731 = bitcast float* %730 to <8 x float>*
  store <8 x float> %729, <8 x float>* %731, align 4
  %732 = mul i64 %27, 125
  %733 = add i64 %732, %30
  %734 = add i64 %733, 1
  %735 = mul i64 %734, 5
  %736 = add i64 %735, %24
  %737 = mul i64 %736, 5
  %738 = add i64 %737, 3
  %739 = mul i64 %738, 8
  %740 = load <8 x float>, <8 x float>* %10, align 32
  %741 = fcmp ogt <8 x float> %740, zeroinitializer
  %742 = select <8 x i1> %741, <8 x float> %740, <8 x float> zeroinitializer
  %743 = getelementptr inbounds float, float* %0, i64 %739
  %744 = bitcast float* %743 to <8 x float>*
  store <8 x float> %742, <8 x float>* %744, align 4
  br label %xb.header126

kh.header89:                                      ; preds = %endif94, %u.body86
  %kh92 = phi i64 [ 0, %u.body86 ], [ %kh.next124, %endif94 ]
  %745 = icmp slt i64 %kh92, 3
  br i1 %745, label %kh.body90, label %kh.exit91

kh.body90:                                        ; preds = %kh.header89
  %746 = mul i64 %kh92, 1
  %747 = add i64 %40, %746
  %748 = icmp sge i64 %747, 0
  %749 = icmp slt i64 %747, 5
  %750 = and i1 %748, %749
  br i1 %750, label %then93, label %endif94

kh.exit91:                                        ; preds = %kh.header89
  %u.next125 = add i64 %u88, 1
  br label %u.header85

then93:                                           ; preds = %kh.body90
  %751 = mul i64 %747, 40
  %752 = add i64 %664, %751
  br label %kw.header95

endif94:                                          ; preds = %kw.exit97, %kh.body90
  %kh.next124 = add i64 %kh92, 1
  br label %kh.header89

kw.header95:                                      ; preds = %kw.body96, %then93
  %kw98 = phi i64 [ 0, %then93 ], [ %kw.next123, %kw.body96 ]
  %753 = icmp slt i64 %kw98, 3
  br i1 %753, label %kw.body96, label %kw.exit97

kw.body96:                                        ; preds = %kw.header95
  %754 = mul i64 %kw98, 1
  %755 = add i64 0, %754
  %756 = mul i64 %kh92, 3
  %757 = add i64 %756, %kw98
  %758 = mul i64 %757, 64
  %759 = add i64 %666, %758
  %760 = add i64 %759, 0
  %761 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %760
  %762 = bitcast float* %761 to <8 x float>*
  %763 = load <8 x float>, <8 x float>* %762, align 4
  %764 = add i64 %759, 27648
  %765 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %764
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  %768 = add i64 %755, 0
  %769 = mul i64 %768, 8
  %770 = add i64 %769, 0
  %771 = add i64 %752, %770
  %772 = getelementptr inbounds float, float* %1, i64 %771
  %773 = load float, float* %772, align 4
  %774 = insertelement <8 x float> undef, float %773, i32 0
  %splat99 = shufflevector <8 x float> %774, <8 x float> undef, <8 x i32> zeroinitializer
  %775 = load <8 x float>, <8 x float>* %15, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %763, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %15, align 32
  %777 = load <8 x float>, <8 x float>* %12, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %767, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %12, align 32
  %779 = add i64 %755, 1
  %780 = mul i64 %779, 8
  %781 = add i64 %780, 0
  %782 = add i64 %752, %781
  %783 = getelementptr inbounds float, float* %1, i64 %782
  %784 = load float, float* %783, align 4
  %785 = insertelement <8 x float> undef, float %784, i32 0
  %splat100 = shufflevector <8 x float> %785, <8 x float> undef, <8 x i32> zeroinitializer
  %786 = load <8 x float>, <8 x float>* %14, align 32
  %787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %763, <8 x float> %786)
  store <8 x float> %787, <8 x float>* %14, align 32
  %788 = load <8 x float>, <8 x float>* %11, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %767, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %11, align 32
  %790 = add i64 %755, 2
  %791 = mul i64 %790, 8
  %792 = add i64 %791, 0
  %793 = add i64 %752, %792
  %794 = getelementptr inbounds float, float* %1, i64 %793
  %795 = load float, float* %794, align 4
  %796 = insertelement <8 x float> undef, float %795, i32 0
  %splat101 = shufflevector <8 x float> %796, <8 x float> undef, <8 x i32> zeroinitializer
  %797 = load <8 x float>, <8 x float>* %13, align 32
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %763, <8 x float> %797)
  store <8 x float> %798, <8 x float>* %13, align 32
  %799 = load <8 x float>, <8 x float>* %10, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %767, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %10, align 32
  %801 = add i64 %759, 8
  %802 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %801
  %803 = bitcast float* %802 to <8 x float>*
  %804 = load <8 x float>, <8 x float>* %803, align 4
  %805 = add i64 %759, 27656
  %806 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %805
  %807 = bitcast float* %806 to <8 x float>*
  %808 = load <8 x float>, <8 x float>* %807, align 4
  %809 = add i64 %755, 0
  %810 = mul i64 %809, 8
  %811 = add i64 %810, 1
  %812 = add i64 %752, %811
  %813 = getelementptr inbounds float, float* %1, i64 %812
  %814 = load float, float* %813, align 4
  %815 = insertelement <8 x float> undef, float %814, i32 0
  %splat102 = shufflevector <8 x float> %815, <8 x float> undef, <8 x i32> zeroinitializer
  %816 = load <8 x float>, <8 x float>* %15, align 32
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %804, <8 x float> %816)
  store <8 x float> %817, <8 x float>* %15, align 32
  %818 = load <8 x float>, <8 x float>* %12, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %808, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %12, align 32
  %820 = add i64 %755, 1
  %821 = mul i64 %820, 8
  %822 = add i64 %821, 1
  %823 = add i64 %752, %822
  %824 = getelementptr inbounds float, float* %1, i64 %823
  %825 = load float, float* %824, align 4
  %826 = insertelement <8 x float> undef, float %825, i32 0
  %splat103 = shufflevector <8 x float> %826, <8 x float> undef, <8 x i32> zeroinitializer
  %827 = load <8 x float>, <8 x float>* %14, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %804, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %14, align 32
  %829 = load <8 x float>, <8 x float>* %11, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %808, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %11, align 32
  %831 = add i64 %755, 2
  %832 = mul i64 %831, 8
  %833 = add i64 %832, 1
  %834 = add i64 %752, %833
  %835 = getelementptr inbounds float, float* %1, i64 %834
  %836 = load float, float* %835, align 4
  %837 = insertelement <8 x float> undef, float %836, i32 0
  %splat104 = shufflevector <8 x float> %837, <8 x float> undef, <8 x i32> zeroinitializer
  %838 = load <8 x float>, <8 x float>* %13, align 32
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %804, <8 x float> %838)
  store <8 x float> %839, <8 x float>* %13, align 32
  %840 = load <8 x float>, <8 x float>* %10, align 32
  %841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %808, <8 x float> %840)
  store <8 x float> %841, <8 x float>* %10, align 32
  %842 = add i64 %759, 16
  %843 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %842
  %844 = bitcast float* %843 to <8 x float>*
  %845 = load <8 x float>, <8 x float>* %844, align 4
  %846 = add i64 %759, 27664
  %847 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %846
  %848 = bitcast float* %847 to <8 x float>*
  %849 = load <8 x float>, <8 x float>* %848, align 4
  %850 = add i64 %755, 0
  %851 = mul i64 %850, 8
  %852 = add i64 %851, 2
  %853 = add i64 %752, %852
  %854 = getelementptr inbounds float, float* %1, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat105 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %15, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %845, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %15, align 32
  %859 = load <8 x float>, <8 x float>* %12, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %849, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %12, align 32
  %861 = add i64 %755, 1
  %862 = mul i64 %861, 8
  %863 = add i64 %862, 2
  %864 = add i64 %752, %863
  %865 = getelementptr inbounds float, float* %1, i64 %864
  %866 = load float, float* %865, align 4
  %867 = insertelement <8 x float> undef, float %866, i32 0
  %splat106 = shufflevector <8 x float> %867, <8 x float> undef, <8 x i32> zeroinitializer
  %868 = load <8 x float>, <8 x float>* %14, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %845, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %14, align 32
  %870 = load <8 x float>, <8 x float>* %11, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %849, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %11, align 32
  %872 = add i64 %755, 2
  %873 = mul i64 %872, 8
  %874 = add i64 %873, 2
  %875 = add i64 %752, %874
  %876 = getelementptr inbounds float, float* %1, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat107 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %13, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %845, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %13, align 32
  %881 = load <8 x float>, <8 x float>* %10, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %849, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %10, align 32
  %883 = add i64 %759, 24
  %884 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %883
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = add i64 %759, 27672
  %888 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %887
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = add i64 %755, 0
  %892 = mul i64 %891, 8
  %893 = add i64 %892, 3
  %894 = add i64 %752, %893
  %895 = getelementptr inbounds float, float* %1, i64 %894
  %896 = load float, float* %895, align 4
  %897 = insertelement <8 x float> undef, float %896, i32 0
  %splat108 = shufflevector <8 x float> %897, <8 x float> undef, <8 x i32> zeroinitializer
  %898 = load <8 x float>, <8 x float>* %15, align 32
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat108, <8 x float> %886, <8 x float> %898)
  store <8 x float> %899, <8 x float>* %15, align 32
  %900 = load <8 x float>, <8 x float>* %12, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat108, <8 x float> %890, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %12, align 32
  %902 = add i64 %755, 1
  %903 = mul i64 %902, 8
  %904 = add i64 %903, 3
  %905 = add i64 %752, %904
  %906 = getelementptr inbounds float, float* %1, i64 %905
  %907 = load float, float* %906, align 4
  %908 = insertelement <8 x float> undef, float %907, i32 0
  %splat109 = shufflevector <8 x float> %908, <8 x float> undef, <8 x i32> zeroinitializer
  %909 = load <8 x float>, <8 x float>* %14, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat109, <8 x float> %886, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %14, align 32
  %911 = load <8 x float>, <8 x float>* %11, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat109, <8 x float> %890, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %11, align 32
  %913 = add i64 %755, 2
  %914 = mul i64 %913, 8
  %915 = add i64 %914, 3
  %916 = add i64 %752, %915
  %917 = getelementptr inbounds float, float* %1, i64 %916
  %918 = load float, float* %917, align 4
  %919 = insertelement <8 x float> undef, float %918, i32 0
  %splat110 = shufflevector <8 x float> %919, <8 x float> undef, <8 x i32> zeroinitializer
  %920 = load <8 x float>, <8 x float>* %13, align 32
  %921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat110, <8 x float> %886, <8 x float> %920)
  store <8 x float> %921, <8 x float>* %13, align 32
  %922 = load <8 x float>, <8 x float>* %10, align 32
  %923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat110, <8 x float> %890, <8 x float> %922)
  store <8 x float> %923, <8 x float>* %10, align 32
  %924 = add i64 %759, 32
  %925 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %924
  %926 = bitcast float* %925 to <8 x float>*
  %927 = load <8 x float>, <8 x float>* %926, align 4
  %928 = add i64 %759, 27680
  %929 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %928
  %930 = bitcast float* %929 to <8 x float>*
  %931 = load <8 x float>, <8 x float>* %930, align 4
  %932 = add i64 %755, 0
  %933 = mul i64 %932, 8
  %934 = add i64 %933, 4
  %935 = add i64 %752, %934
  %936 = getelementptr inbounds float, float* %1, i64 %935
  %937 = load float, float* %936, align 4
  %938 = insertelement <8 x float> undef, float %937, i32 0
  %splat111 = shufflevector <8 x float> %938, <8 x float> undef, <8 x i32> zeroinitializer
  %939 = load <8 x float>, <8 x float>* %15, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat111, <8 x float> %927, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %15, align 32
  %941 = load <8 x float>, <8 x float>* %12, align 32
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat111, <8 x float> %931, <8 x float> %941)
  store <8 x float> %942, <8 x float>* %12, align 32
  %943 = add i64 %755, 1
  %944 = mul i64 %943, 8
  %945 = add i64 %944, 4
  %946 = add i64 %752, %945
  %947 = getelementptr inbounds float, float* %1, i64 %946
  %948 = load float, float* %947, align 4
  %949 = insertelement <8 x float> undef, float %948, i32 0
  %splat112 = shufflevector <8 x float> %949, <8 x float> undef, <8 x i32> zeroinitializer
  %950 = load <8 x float>, <8 x float>* %14, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat112, <8 x float> %927, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %14, align 32
  %952 = load <8 x float>, <8 x float>* %11, align 32
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat112, <8 x float> %931, <8 x float> %952)
  store <8 x float> %953, <8 x float>* %11, align 32
  %954 = add i64 %755, 2
  %955 = mul i64 %954, 8
  %956 = add i64 %955, 4
  %957 = add i64 %752, %956
  %958 = getelementptr inbounds float, float* %1, i64 %957
  %959 = load float, float* %958, align 4
  %960 = insertelement <8 x float> undef, float %959, i32 0
  %splat113 = shufflevector <8 x float> %960, <8 x float> undef, <8 x i32> zeroinitializer
  %961 = load <8 x float>, <8 x float>* %13, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat113, <8 x float> %927, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %13, align 32
  %963 = load <8 x float>, <8 x float>* %10, align 32
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat113, <8 x float> %931, <8 x float> %963)
  store <8 x float> %964, <8 x float>* %10, align 32
  %965 = add i64 %759, 40
  %966 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %965
  %967 = bitcast float* %966 to <8 x float>*
  %968 = load <8 x float>, <8 x float>* %967, align 4
  %969 = add i64 %759, 27688
  %970 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %969
  %971 = bitcast float* %970 to <8 x float>*
  %972 = load <8 x float>, <8 x float>* %971, align 4
  %973 = add i64 %755, 0
  %974 = mul i64 %973, 8
  %975 = add i64 %974, 5
  %976 = add i64 %752, %975
  %977 = getelementptr inbounds float, float* %1, i64 %976
  %978 = load float, float* %977, align 4
  %979 = insertelement <8 x float> undef, float %978, i32 0
  %splat114 = shufflevector <8 x float> %979, <8 x float> undef, <8 x i32> zeroinitializer
  %980 = load <8 x float>, <8 x float>* %15, align 32
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat114, <8 x float> %968, <8 x float> %980)
  store <8 x float> %981, <8 x float>* %15, align 32
  %982 = load <8 x float>, <8 x float>* %12, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat114, <8 x float> %972, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %12, align 32
  %984 = add i64 %755, 1
  %985 = mul i64 %984, 8
  %986 = add i64 %985, 5
  %987 = add i64 %752, %986
  %988 = getelementptr inbounds float, float* %1, i64 %987
  %989 = load float, float* %988, align 4
  %990 = insertelement <8 x float> undef, float %989, i32 0
  %splat115 = shufflevector <8 x float> %990, <8 x float> undef, <8 x i32> zeroinitializer
  %991 = load <8 x float>, <8 x float>* %14, align 32
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat115, <8 x float> %968, <8 x float> %991)
  store <8 x float> %992, <8 x float>* %14, align 32
  %993 = load <8 x float>, <8 x float>* %11, align 32
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat115, <8 x float> %972, <8 x float> %993)
  store <8 x float> %994, <8 x float>* %11, align 32
  %995 = add i64 %755, 2
  %996 = mul i64 %995, 8
  %997 = add i64 %996, 5
  %998 = add i64 %752, %997
  %999 = getelementptr inbounds float, float* %1, i64 %998
  %1000 = load float, float* %999, align 4
  %1001 = insertelement <8 x float> undef, float %1000, i32 0
  %splat116 = shufflevector <8 x float> %1001, <8 x float> undef, <8 x i32> zeroinitializer
  %1002 = load <8 x float>, <8 x float>* %13, align 32
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat116, <8 x float> %968, <8 x float> %1002)
  store <8 x float> %1003, <8 x float>* %13, align 32
  %1004 = load <8 x float>, <8 x float>* %10, align 32
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat116, <8 x float> %972, <8 x float> %1004)
  store <8 x float> %1005, <8 x float>* %10, align 32
  %1006 = add i64 %759, 48
  %1007 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1006
  %1008 = bitcast float* %1007 to <8 x float>*
  %1009 = load <8 x float>, <8 x float>* %1008, align 4
  %1010 = add i64 %759, 27696
  %1011 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1010
  %1012 = bitcast float* %1011 to <8 x float>*
  %1013 = load <8 x float>, <8 x float>* %1012, align 4
  %1014 = add i64 %755, 0
  %1015 = mul i64 %1014, 8
  %1016 = add i64 %1015, 6
  %1017 = add i64 %752, %1016
  %1018 = getelementptr inbounds float, float* %1, i64 %1017
  %1019 = load float, float* %1018, align 4
  %1020 = insertelement <8 x float> undef, float %1019, i32 0
  %splat117 = shufflevector <8 x float> %1020, <8 x float> undef, <8 x i32> zeroinitializer
  %1021 = load <8 x float>, <8 x float>* %15, align 32
  %1022 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat117, <8 x float> %1009, <8 x float> %1021)
  store <8 x float> %1022, <8 x float>* %15, align 32
  %1023 = load <8 x float>, <8 x float>* %12, align 32
  %1024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat117, <8 x float> %1013, <8 x float> %1023)
  store <8 x float> %1024, <8 x float>* %12, align 32
  %1025 = add i64 %755, 1
  %1026 = mul i64 %1025, 8
  %1027 = add i64 %1026, 6
  %1028 = add i64 %752, %1027
  %1029 = getelementptr inbounds float, float* %1, i64 %1028
  %1030 = load float, float* %1029, align 4
  %1031 = insertelement <8 x float> undef, float %1030, i32 0
  %splat118 = shufflevector <8 x float> %1031, <8 x float> undef, <8 x i32> zeroinitializer
  %1032 = load <8 x float>, <8 x float>* %14, align 32
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat118, <8 x float> %1009, <8 x float> %1032)
  store <8 x float> %1033, <8 x float>* %14, align 32
  %1034 = load <8 x float>, <8 x float>* %11, align 32
  %1035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat118, <8 x float> %1013, <8 x float> %1034)
  store <8 x float> %1035, <8 x float>* %11, align 32
  %1036 = add i64 %755, 2
  %1037 = mul i64 %1036, 8
  %1038 = add i64 %1037, 6
  %1039 = add i64 %752, %1038
  %1040 = getelementptr inbounds float, float* %1, i64 %1039
  %1041 = load float, float* %1040, align 4
  %1042 = insertelement <8 x float> undef, float %1041, i32 0
  %splat119 = shufflevector <8 x float> %1042, <8 x float> undef, <8 x i32> zeroinitializer
  %1043 = load <8 x float>, <8 x float>* %13, align 32
  %1044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat119, <8 x float> %1009, <8 x float> %1043)
  store <8 x float> %1044, <8 x float>* %13, align 32
  %1045 = load <8 x float>, <8 x float>* %10, align 32
  %1046 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat119, <8 x float> %1013, <8 x float> %1045)
  store <8 x float> %1046, <8 x float>* %10, align 32
  %1047 = add i64 %759, 56
  %1048 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1047
  %1049 = bitcast float* %1048 to <8 x float>*
  %1050 = load <8 x float>, <8 x float>* %1049, align 4
  %1051 = add i64 %759, 27704
  %1052 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1051
  %1053 = bitcast float* %1052 to <8 x float>*
  %1054 = load <8 x float>, <8 x float>* %1053, align 4
  %1055 = add i64 %755, 0
  %1056 = mul i64 %1055, 8
  %1057 = add i64 %1056, 7
  %1058 = add i64 %752, %1057
  %1059 = getelementptr inbounds float, float* %1, i64 %1058
  %1060 = load float, float* %1059, align 4
  %1061 = insertelement <8 x float> undef, float %1060, i32 0
  %splat120 = shufflevector <8 x float> %1061, <8 x float> undef, <8 x i32> zeroinitializer
  %1062 = load <8 x float>, <8 x float>* %15, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat120, <8 x float> %1050, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %15, align 32
  %1064 = load <8 x float>, <8 x float>* %12, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat120, <8 x float> %1054, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %12, align 32
  %1066 = add i64 %755, 1
  %1067 = mul i64 %1066, 8
  %1068 = add i64 %1067, 7
  %1069 = add i64 %752, %1068
  %1070 = getelementptr inbounds float, float* %1, i64 %1069
  %1071 = load float, float* %1070, align 4
  %1072 = insertelement <8 x float> undef, float %1071, i32 0
  %splat121 = shufflevector <8 x float> %1072, <8 x float> undef, <8 x i32> zeroinitializer
  %1073 = load <8 x float>, <8 x float>* %14, align 32
  %1074 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat121, <8 x float> %1050, <8 x float> %1073)
  store <8 x float> %1074, <8 x float>* %14, align 32
  %1075 = load <8 x float>, <8 x float>* %11, align 32
  %1076 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat121, <8 x float> %1054, <8 x float> %1075)
  store <8 x float> %1076, <8 x float>* %11, align 32
  %1077 = add i64 %755, 2
  %1078 = mul i64 %1077, 8
  %1079 = add i64 %1078, 7
  %1080 = add i64 %752, %1079
  %1081 = getelementptr inbounds float, float* %1, i64 %1080
  %1082 = load float, float* %1081, align 4
  %1083 = insertelement <8 x float> undef, float %1082, i32 0
  %splat122 = shufflevector <8 x float> %1083, <8 x float> undef, <8 x i32> zeroinitializer
  %1084 = load <8 x float>, <8 x float>* %13, align 32
  %1085 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat122, <8 x float> %1050, <8 x float> %1084)
  store <8 x float> %1085, <8 x float>* %13, align 32
  %1086 = load <8 x float>, <8 x float>* %10, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat122, <8 x float> %1054, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %10, align 32
  %kw.next123 = add i64 %kw98, 1
  br label %kw.header95

kw.exit97:                                        ; preds = %kw.header95
  br label %endif94

xb.header126:                                     ; preds = %u.exit132, %u.exit87
  %xb129 = phi i64 [ 0, %u.exit87 ], [ %xb.next157, %u.exit132 ]
  %1088 = icmp slt i64 %xb129, 1
  br i1 %1088, label %xb.body127, label %xb.exit128

xb.body127:                                       ; preds = %xb.header126
  %1089 = add i64 %30, 0
  %1090 = mul i64 %1089, 8
  %1091 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %1090
  %1092 = bitcast float* %1091 to <8 x float>*
  %1093 = load <8 x float>, <8 x float>* %1092, align 4
  store <8 x float> %1093, <8 x float>* %9, align 32
  %1094 = add i64 %30, 1
  %1095 = mul i64 %1094, 8
  %1096 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %1095
  %1097 = bitcast float* %1096 to <8 x float>*
  %1098 = load <8 x float>, <8 x float>* %1097, align 4
  store <8 x float> %1098, <8 x float>* %8, align 32
  %1099 = mul i64 %xb129, 1
  %1100 = sub i64 %1099, 1
  br label %u.header130

xb.exit128:                                       ; preds = %xb.header126
  br label %xb.header158

u.header130:                                      ; preds = %kh.exit136, %xb.body127
  %u133 = phi i64 [ 0, %xb.body127 ], [ %u.next156, %kh.exit136 ]
  %1101 = icmp slt i64 %u133, 48
  br i1 %1101, label %u.body131, label %u.exit132

u.body131:                                        ; preds = %u.header130
  %1102 = mul i64 %u133, 200
  %1103 = add i64 %34, %1102
  %1104 = mul i64 %u133, 576
  %1105 = add i64 %38, %1104
  br label %kh.header134

u.exit132:                                        ; preds = %u.header130
  %1106 = add i64 %xb129, 0
  %1107 = mul i64 %27, 125
  %1108 = add i64 %1107, %30
  %1109 = add i64 %1108, 0
  %1110 = mul i64 %1109, 5
  %1111 = add i64 %1110, %24
  %1112 = mul i64 %1111, 5
  %1113 = add i64 %1112, %1106
  %1114 = mul i64 %1113, 8
  %1115 = load <8 x float>, <8 x float>* %9, align 32
  %1116 = fcmp ogt <8 x float> %1115, zeroinitializer
  %1117 = select <8 x i1> %1116, <8 x float> %1115, <8 x float> zeroinitializer
  %1118 = getelementptr inbounds float, float* %0, i64 %1114
  %1119 = bitcast float* %1118 to <8 x float>*
  store <8 x float> %1117, <8 x float>* %1119, align 4
  %1120 = add i64 %xb129, 0
  %1121 = mul i64 %27, 125
  %1122 = add i64 %1121, %30
  %1123 = add i64 %1122, 1
  %1124 = mul i64 %1123, 5
  %1125 = add i64 %1124, %24
  %1126 = mul i64 %1125, 5
  %1127 = add i64 %1126, %1120
  %1128 = mul i64 %1127, 8
  %1129 = load <8 x float>, <8 x float>* %8, align 32
  %1130 = fcmp ogt <8 x float> %1129, zeroinitializer
  %1131 = select <8 x i1> %1130, <8 x float> %1129, <8 x float> zeroinitializer
  %1132 = getelementptr inbounds float, float* %0, i64 %1128
  %1133 = bitcast float* %1132 to <8 x float>*
  store <8 x float> %1131, <8 x float>* %1133, align 4
  %xb.next157 = add i64 %xb129, 1
  br label %xb.header126

kh.header134:                                     ; preds = %endif139, %u.body131
  %kh137 = phi i64 [ 0, %u.body131 ], [ %kh.next155, %endif139 ]
  %1134 = icmp slt i64 %kh137, 3
  br i1 %1134, label %kh.body135, label %kh.exit136

kh.body135:                                       ; preds = %kh.header134
  %1135 = mul i64 %kh137, 1
  %1136 = add i64 %40, %1135
  %1137 = icmp sge i64 %1136, 0
  %1138 = icmp slt i64 %1136, 5
  %1139 = and i1 %1137, %1138
  br i1 %1139, label %then138, label %endif139

kh.exit136:                                       ; preds = %kh.header134
  %u.next156 = add i64 %u133, 1
  br label %u.header130

then138:                                          ; preds = %kh.body135
  %1140 = mul i64 %1136, 40
  %1141 = add i64 %1103, %1140
  br label %kw.header140

endif139:                                         ; preds = %kw.exit142, %kh.body135
  %kh.next155 = add i64 %kh137, 1
  br label %kh.header134

kw.header140:                                     ; preds = %endif145, %then138
  %kw143 = phi i64 [ 0, %then138 ], [ %kw.next154, %endif145 ]
  %1142 = icmp slt i64 %kw143, 3
  br i1 %1142, label %kw.body141, label %kw.exit142

kw.body141:                                       ; preds = %kw.header140
  %1143 = mul i64 %kw143, 1
  %1144 = add i64 %1100, %1143
  %1145 = mul i64 %kh137, 3
  %1146 = add i64 %1145, %kw143
  %1147 = mul i64 %1146, 64
  %1148 = add i64 %1105, %1147
  %1149 = icmp sge i64 %1144, 0
  %1150 = icmp slt i64 %1144, 5
  %1151 = and i1 %1149, %1150
  br i1 %1151, label %then144, label %endif145

kw.exit142:                                       ; preds = %kw.header140
  br label %endif139

then144:                                          ; preds = %kw.body141
  %1152 = add i64 %1148, 0
  %1153 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1152
  %1154 = bitcast float* %1153 to <8 x float>*
  %1155 = load <8 x float>, <8 x float>* %1154, align 4
  %1156 = add i64 %1148, 27648
  %1157 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1156
  %1158 = bitcast float* %1157 to <8 x float>*
  %1159 = load <8 x float>, <8 x float>* %1158, align 4
  %1160 = add i64 %1144, 0
  %1161 = mul i64 %1160, 8
  %1162 = add i64 %1161, 0
  %1163 = add i64 %1141, %1162
  %1164 = getelementptr inbounds float, float* %1, i64 %1163
  %1165 = load float, float* %1164, align 4
  %1166 = insertelement <8 x float> undef, float %1165, i32 0
  %splat146 = shufflevector <8 x float> %1166, <8 x float> undef, <8 x i32> zeroinitializer
  %1167 = load <8 x float>, <8 x float>* %9, align 32
  %1168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1155, <8 x float> %1167)
  store <8 x float> %1168, <8 x float>* %9, align 32
  %1169 = load <8 x float>, <8 x float>* %8, align 32
  %1170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1159, <8 x float> %1169)
  store <8 x float> %1170, <8 x float>* %8, align 32
  %1171 = add i64 %1148, 8
  %1172 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1171
  %1173 = bitcast float* %1172 to <8 x float>*
  %1174 = load <8 x float>, <8 x float>* %1173, align 4
  %1175 = add i64 %1148, 27656
  %1176 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1175
  %1177 = bitcast float* %1176 to <8 x float>*
  %1178 = load <8 x float>, <8 x float>* %1177, align 4
  %1179 = add i64 %1144, 0
  %1180 = mul i64 %1179, 8
  %1181 = add i64 %1180, 1
  %1182 = add i64 %1141, %1181
  %1183 = getelementptr inbounds float, float* %1, i64 %1182
  %1184 = load float, float* %1183, align 4
  %1185 = insertelement <8 x float> undef, float %1184, i32 0
  %splat147 = shufflevector <8 x float> %1185, <8 x float> undef, <8 x i32> zeroinitializer
  %1186 = load <8 x float>, <8 x float>* %9, align 32
  %1187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1174, <8 x float> %1186)
  store <8 x float> %1187, <8 x float>* %9, align 32
  %1188 = load <8 x float>, <8 x float>* %8, align 32
  %1189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1178, <8 x float> %1188)
  store <8 x float> %1189, <8 x float>* %8, align 32
  %1190 = add i64 %1148, 16
  %1191 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1190
  %1192 = bitcast float* %1191 to <8 x float>*
  %1193 = load <8 x float>, <8 x float>* %1192, align 4
  %1194 = add i64 %1148, 27664
  %1195 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1194
  %1196 = bitcast float* %1195 to <8 x float>*
  %1197 = load <8 x float>, <8 x float>* %1196, align 4
  %1198 = add i64 %1144, 0
  %1199 = mul i64 %1198, 8
  %1200 = add i64 %1199, 2
  %1201 = add i64 %1141, %1200
  %1202 = getelementptr inbounds float, float* %1, i64 %1201
  %1203 = load float, float* %1202, align 4
  %1204 = insertelement <8 x float> undef, float %1203, i32 0
  %splat148 = shufflevector <8 x float> %1204, <8 x float> undef, <8 x i32> zeroinitializer
  %1205 = load <8 x float>, <8 x float>* %9, align 32
  %1206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1193, <8 x float> %1205)
  store <8 x float> %1206, <8 x float>* %9, align 32
  %1207 = load <8 x float>, <8 x float>* %8, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1197, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %8, align 32
  %1209 = add i64 %1148, 24
  %1210 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1209
  %1211 = bitcast float* %1210 to <8 x float>*
  %1212 = load <8 x float>, <8 x float>* %1211, align 4
  %1213 = add i64 %1148, 27672
  %1214 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1213
  %1215 = bitcast float* %1214 to <8 x float>*
  %1216 = load <8 x float>, <8 x float>* %1215, align 4
  %1217 = add i64 %1144, 0
  %1218 = mul i64 %1217, 8
  %1219 = add i64 %1218, 3
  %1220 = add i64 %1141, %1219
  %1221 = getelementptr inbounds float, float* %1, i64 %1220
  %1222 = load float, float* %1221, align 4
  %1223 = insertelement <8 x float> undef, float %1222, i32 0
  %splat149 = shufflevector <8 x float> %1223, <8 x float> undef, <8 x i32> zeroinitializer
  %1224 = load <8 x float>, <8 x float>* %9, align 32
  %1225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1212, <8 x float> %1224)
  store <8 x float> %1225, <8 x float>* %9, align 32
  %1226 = load <8 x float>, <8 x float>* %8, align 32
  %1227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1216, <8 x float> %1226)
  store <8 x float> %1227, <8 x float>* %8, align 32
  %1228 = add i64 %1148, 32
  %1229 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1228
  %1230 = bitcast float* %1229 to <8 x float>*
  %1231 = load <8 x float>, <8 x float>* %1230, align 4
  %1232 = add i64 %1148, 27680
  %1233 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1232
  %1234 = bitcast float* %1233 to <8 x float>*
  %1235 = load <8 x float>, <8 x float>* %1234, align 4
  %1236 = add i64 %1144, 0
  %1237 = mul i64 %1236, 8
  %1238 = add i64 %1237, 4
  %1239 = add i64 %1141, %1238
  %1240 = getelementptr inbounds float, float* %1, i64 %1239
  %1241 = load float, float* %1240, align 4
  %1242 = insertelement <8 x float> undef, float %1241, i32 0
  %splat150 = shufflevector <8 x float> %1242, <8 x float> undef, <8 x i32> zeroinitializer
  %1243 = load <8 x float>, <8 x float>* %9, align 32
  %1244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1231, <8 x float> %1243)
  store <8 x float> %1244, <8 x float>* %9, align 32
  %1245 = load <8 x float>, <8 x float>* %8, align 32
  %1246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1235, <8 x float> %1245)
  store <8 x float> %1246, <8 x float>* %8, align 32
  %1247 = add i64 %1148, 40
  %1248 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1247
  %1249 = bitcast float* %1248 to <8 x float>*
  %1250 = load <8 x float>, <8 x float>* %1249, align 4
  %1251 = add i64 %1148, 27688
  %1252 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1251
  %1253 = bitcast float* %1252 to <8 x float>*
  %1254 = load <8 x float>, <8 x float>* %1253, align 4
  %1255 = add i64 %1144, 0
  %1256 = mul i64 %1255, 8
  %1257 = add i64 %1256, 5
  %1258 = add i64 %1141, %1257
  %1259 = getelementptr inbounds float, float* %1, i64 %1258
  %1260 = load float, float* %1259, align 4
  %1261 = insertelement <8 x float> undef, float %1260, i32 0
  %splat151 = shufflevector <8 x float> %1261, <8 x float> undef, <8 x i32> zeroinitializer
  %1262 = load <8 x float>, <8 x float>* %9, align 32
  %1263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1250, <8 x float> %1262)
  store <8 x float> %1263, <8 x float>* %9, align 32
  %1264 = load <8 x float>, <8 x float>* %8, align 32
  %1265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1254, <8 x float> %1264)
  store <8 x float> %1265, <8 x float>* %8, align 32
  %1266 = add i64 %1148, 48
  %1267 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1266
  %1268 = bitcast float* %1267 to <8 x float>*
  %1269 = load <8 x float>, <8 x float>* %1268, align 4
  %1270 = add i64 %1148, 27696
  %1271 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1270
  %1272 = bitcast float* %1271 to <8 x float>*
  %1273 = load <8 x float>, <8 x float>* %1272, align 4
  %1274 = add i64 %1144, 0
  %1275 = mul i64 %1274, 8
  %1276 = add i64 %1275, 6
  %1277 = add i64 %1141, %1276
  %1278 = getelementptr inbounds float, float* %1, i64 %1277
  %1279 = load float, float* %1278, align 4
  %1280 = insertelement <8 x float> undef, float %1279, i32 0
  %splat152 = shufflevector <8 x float> %1280, <8 x float> undef, <8 x i32> zeroinitializer
  %1281 = load <8 x float>, <8 x float>* %9, align 32
  %1282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1269, <8 x float> %1281)
  store <8 x float> %1282, <8 x float>* %9, align 32
  %1283 = load <8 x float>, <8 x float>* %8, align 32
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1273, <8 x float> %1283)
  store <8 x float> %1284, <8 x float>* %8, align 32
  %1285 = add i64 %1148, 56
  %1286 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1285
  %1287 = bitcast float* %1286 to <8 x float>*
  %1288 = load <8 x float>, <8 x float>* %1287, align 4
  %1289 = add i64 %1148, 27704
  %1290 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1289
  %1291 = bitcast float* %1290 to <8 x float>*
  %1292 = load <8 x float>, <8 x float>* %1291, align 4
  %1293 = add i64 %1144, 0
  %1294 = mul i64 %1293, 8
  %1295 = add i64 %1294, 7
  %1296 = add i64 %1141, %1295
  %1297 = getelementptr inbounds float, float* %1, i64 %1296
  %1298 = load float, float* %1297, align 4
  %1299 = insertelement <8 x float> undef, float %1298, i32 0
  %splat153 = shufflevector <8 x float> %1299, <8 x float> undef, <8 x i32> zeroinitializer
  %1300 = load <8 x float>, <8 x float>* %9, align 32
  %1301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1288, <8 x float> %1300)
  store <8 x float> %1301, <8 x float>* %9, align 32
  %1302 = load <8 x float>, <8 x float>* %8, align 32
  %1303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1292, <8 x float> %1302)
  store <8 x float> %1303, <8 x float>* %8, align 32
  br label %endif145

endif145:                                         ; preds = %then144, %kw.body141
  %kw.next154 = add i64 %kw143, 1
  br label %kw.header140

xb.header158:                                     ; preds = %u.exit164, %xb.exit128
  %xb161 = phi i64 [ 4, %xb.exit128 ], [ %xb.next189, %u.exit164 ]
  %1304 = icmp slt i64 %xb161, 5
  br i1 %1304, label %xb.body159, label %xb.exit160

xb.body159:                                       ; preds = %xb.header158
  %1305 = add i64 %30, 0
  %1306 = mul i64 %1305, 8
  %1307 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %1306
  %1308 = bitcast float* %1307 to <8 x float>*
  %1309 = load <8 x float>, <8 x float>* %1308, align 4
  store <8 x float> %1309, <8 x float>* %7, align 32
  %1310 = add i64 %30, 1
  %1311 = mul i64 %1310, 8
  %1312 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %1311
  %1313 = bitcast float* %1312 to <8 x float>*
  %1314 = load <8 x float>, <8 x float>* %1313, align 4
  store <8 x float> %1314, <8 x float>* %6, align 32
  %1315 = mul i64 %xb161, 1
  %1316 = sub i64 %1315, 1
  br label %u.header162

xb.exit160:                                       ; preds = %xb.header158
  br label %endif

u.header162:                                      ; preds = %kh.exit168, %xb.body159
  %u165 = phi i64 [ 0, %xb.body159 ], [ %u.next188, %kh.exit168 ]
  %1317 = icmp slt i64 %u165, 48
  br i1 %1317, label %u.body163, label %u.exit164

u.body163:                                        ; preds = %u.header162
  %1318 = mul i64 %u165, 200
  %1319 = add i64 %34, %1318
  %1320 = mul i64 %u165, 576
  %1321 = add i64 %38, %1320
  br label %kh.header166

u.exit164:                                        ; preds = %u.header162
  %1322 = add i64 %xb161, 0
  %1323 = mul i64 %27, 125
  %1324 = add i64 %1323, %30
  %1325 = add i64 %1324, 0
  %1326 = mul i64 %1325, 5
  %1327 = add i64 %1326, %24
  %1328 = mul i64 %1327, 5
  %1329 = add i64 %1328, %1322
  %1330 = mul i64 %1329, 8
  %1331 = load <8 x float>, <8 x float>* %7, align 32
  %1332 = fcmp ogt <8 x float> %1331, zeroinitializer
  %1333 = select <8 x i1> %1332, <8 x float> %1331, <8 x float> zeroinitializer
  %1334 = getelementptr inbounds float, float* %0, i64 %1330
  %1335 = bitcast float* %1334 to <8 x float>*
  store <8 x float> %1333, <8 x float>* %1335, align 4
  %1336 = add i64 %xb161, 0
  %1337 = mul i64 %27, 125
  %1338 = add i64 %1337, %30
  %1339 = add i64 %1338, 1
  %1340 = mul i64 %1339, 5
  %1341 = add i64 %1340, %24
  %1342 = mul i64 %1341, 5
  %1343 = add i64 %1342, %1336
  %1344 = mul i64 %1343, 8
  %1345 = load <8 x float>, <8 x float>* %6, align 32
  %1346 = fcmp ogt <8 x float> %1345, zeroinitializer
  %1347 = select <8 x i1> %1346, <8 x float> %1345, <8 x float> zeroinitializer
  %1348 = getelementptr inbounds float, float* %0, i64 %1344
  %1349 = bitcast float* %1348 to <8 x float>*
  store <8 x float> %1347, <8 x float>* %1349, align 4
  %xb.next189 = add i64 %xb161, 1
  br label %xb.header158

kh.header166:                                     ; preds = %endif171, %u.body163
  %kh169 = phi i64 [ 0, %u.body163 ], [ %kh.next187, %endif171 ]
  %1350 = icmp slt i64 %kh169, 3
  br i1 %1350, label %kh.body167, label %kh.exit168

kh.body167:                                       ; preds = %kh.header166
  %1351 = mul i64 %kh169, 1
  %1352 = add i64 %40, %1351
  %1353 = icmp sge i64 %1352, 0
  %1354 = icmp slt i64 %1352, 5
  %1355 = and i1 %1353, %1354
  br i1 %1355, label %then170, label %endif171

kh.exit168:                                       ; preds = %kh.header166
  %u.next188 = add i64 %u165, 1
  br label %u.header162

then170:                                          ; preds = %kh.body167
  %1356 = mul i64 %1352, 40
  %1357 = add i64 %1319, %1356
  br label %kw.header172

endif171:                                         ; preds = %kw.exit174, %kh.body167
  %kh.next187 = add i64 %kh169, 1
  br label %kh.header166

kw.header172:                                     ; preds = %endif177, %then170
  %kw175 = phi i64 [ 0, %then170 ], [ %kw.next186, %endif177 ]
  %1358 = icmp slt i64 %kw175, 3
  br i1 %1358, label %kw.body173, label %kw.exit174

kw.body173:                                       ; preds = %kw.header172
  %1359 = mul i64 %kw175, 1
  %1360 = add i64 %1316, %1359
  %1361 = mul i64 %kh169, 3
  %1362 = add i64 %1361, %kw175
  %1363 = mul i64 %1362, 64
  %1364 = add i64 %1321, %1363
  %1365 = icmp sge i64 %1360, 0
  %1366 = icmp slt i64 %1360, 5
  %1367 = and i1 %1365, %1366
  br i1 %1367, label %then176, label %endif177

kw.exit174:                                       ; preds = %kw.header172
  br label %endif171

then176:                                          ; preds = %kw.body173
  %1368 = add i64 %1364, 0
  %1369 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1368
  %1370 = bitcast float* %1369 to <8 x float>*
  %1371 = load <8 x float>, <8 x float>* %1370, align 4
  %1372 = add i64 %1364, 27648
  %1373 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1372
  %1374 = bitcast float* %1373 to <8 x float>*
  %1375 = load <8 x float>, <8 x float>* %1374, align 4
  %1376 = add i64 %1360, 0
  %1377 = mul i64 %1376, 8
  %1378 = add i64 %1377, 0
  %1379 = add i64 %1357, %1378
  %1380 = getelementptr inbounds float, float* %1, i64 %1379
  %1381 = load float, float* %1380, align 4
  %1382 = insertelement <8 x float> undef, float %1381, i32 0
  %splat178 = shufflevector <8 x float> %1382, <8 x float> undef, <8 x i32> zeroinitializer
  %1383 = load <8 x float>, <8 x float>* %7, align 32
  %1384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat178, <8 x float> %1371, <8 x float> %1383)
  store <8 x float> %1384, <8 x float>* %7, align 32
  %1385 = load <8 x float>, <8 x float>* %6, align 32
  %1386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat178, <8 x float> %1375, <8 x float> %1385)
  store <8 x float> %1386, <8 x float>* %6, align 32
  %1387 = add i64 %1364, 8
  %1388 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1387
  %1389 = bitcast float* %1388 to <8 x float>*
  %1390 = load <8 x float>, <8 x float>* %1389, align 4
  %1391 = add i64 %1364, 27656
  %1392 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1391
  %1393 = bitcast float* %1392 to <8 x float>*
  %1394 = load <8 x float>, <8 x float>* %1393, align 4
  %1395 = add i64 %1360, 0
  %1396 = mul i64 %1395, 8
  %1397 = add i64 %1396, 1
  %1398 = add i64 %1357, %1397
  %1399 = getelementptr inbounds float, float* %1, i64 %1398
  %1400 = load float, float* %1399, align 4
  %1401 = insertelement <8 x float> undef, float %1400, i32 0
  %splat179 = shufflevector <8 x float> %1401, <8 x float> undef, <8 x i32> zeroinitializer
  %1402 = load <8 x float>, <8 x float>* %7, align 32
  %1403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat179, <8 x float> %1390, <8 x float> %1402)
  store <8 x float> %1403, <8 x float>* %7, align 32
  %1404 = load <8 x float>, <8 x float>* %6, align 32
  %1405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat179, <8 x float> %1394, <8 x float> %1404)
  store <8 x float> %1405, <8 x float>* %6, align 32
  %1406 = add i64 %1364, 16
  %1407 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1406
  %1408 = bitcast float* %1407 to <8 x float>*
  %1409 = load <8 x float>, <8 x float>* %1408, align 4
  %1410 = add i64 %1364, 27664
  %1411 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1410
  %1412 = bitcast float* %1411 to <8 x float>*
  %1413 = load <8 x float>, <8 x float>* %1412, align 4
  %1414 = add i64 %1360, 0
  %1415 = mul i64 %1414, 8
  %1416 = add i64 %1415, 2
  %1417 = add i64 %1357, %1416
  %1418 = getelementptr inbounds float, float* %1, i64 %1417
  %1419 = load float, float* %1418, align 4
  %1420 = insertelement <8 x float> undef, float %1419, i32 0
  %splat180 = shufflevector <8 x float> %1420, <8 x float> undef, <8 x i32> zeroinitializer
  %1421 = load <8 x float>, <8 x float>* %7, align 32
  %1422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat180, <8 x float> %1409, <8 x float> %1421)
  store <8 x float> %1422, <8 x float>* %7, align 32
  %1423 = load <8 x float>, <8 x float>* %6, align 32
  %1424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat180, <8 x float> %1413, <8 x float> %1423)
  store <8 x float> %1424, <8 x float>* %6, align 32
  %1425 = add i64 %1364, 24
  %1426 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1425
  %1427 = bitcast float* %1426 to <8 x float>*
  %1428 = load <8 x float>, <8 x float>* %1427, align 4
  %1429 = add i64 %1364, 27672
  %1430 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1429
  %1431 = bitcast float* %1430 to <8 x float>*
  %1432 = load <8 x float>, <8 x float>* %1431, align 4
  %1433 = add i64 %1360, 0
  %1434 = mul i64 %1433, 8
  %1435 = add i64 %1434, 3
  %1436 = add i64 %1357, %1435
  %1437 = getelementptr inbounds float, float* %1, i64 %1436
  %1438 = load float, float* %1437, align 4
  %1439 = insertelement <8 x float> undef, float %1438, i32 0
  %splat181 = shufflevector <8 x float> %1439, <8 x float> undef, <8 x i32> zeroinitializer
  %1440 = load <8 x float>, <8 x float>* %7, align 32
  %1441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat181, <8 x float> %1428, <8 x float> %1440)
  store <8 x float> %1441, <8 x float>* %7, align 32
  %1442 = load <8 x float>, <8 x float>* %6, align 32
  %1443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat181, <8 x float> %1432, <8 x float> %1442)
  store <8 x float> %1443, <8 x float>* %6, align 32
  %1444 = add i64 %1364, 32
  %1445 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1444
  %1446 = bitcast float* %1445 to <8 x float>*
  %1447 = load <8 x float>, <8 x float>* %1446, align 4
  %1448 = add i64 %1364, 27680
  %1449 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1448
  %1450 = bitcast float* %1449 to <8 x float>*
  %1451 = load <8 x float>, <8 x float>* %1450, align 4
  %1452 = add i64 %1360, 0
  %1453 = mul i64 %1452, 8
  %1454 = add i64 %1453, 4
  %1455 = add i64 %1357, %1454
  %1456 = getelementptr inbounds float, float* %1, i64 %1455
  %1457 = load float, float* %1456, align 4
  %1458 = insertelement <8 x float> undef, float %1457, i32 0
  %splat182 = shufflevector <8 x float> %1458, <8 x float> undef, <8 x i32> zeroinitializer
  %1459 = load <8 x float>, <8 x float>* %7, align 32
  %1460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat182, <8 x float> %1447, <8 x float> %1459)
  store <8 x float> %1460, <8 x float>* %7, align 32
  %1461 = load <8 x float>, <8 x float>* %6, align 32
  %1462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat182, <8 x float> %1451, <8 x float> %1461)
  store <8 x float> %1462, <8 x float>* %6, align 32
  %1463 = add i64 %1364, 40
  %1464 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1463
  %1465 = bitcast float* %1464 to <8 x float>*
  %1466 = load <8 x float>, <8 x float>* %1465, align 4
  %1467 = add i64 %1364, 27688
  %1468 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1467
  %1469 = bitcast float* %1468 to <8 x float>*
  %1470 = load <8 x float>, <8 x float>* %1469, align 4
  %1471 = add i64 %1360, 0
  %1472 = mul i64 %1471, 8
  %1473 = add i64 %1472, 5
  %1474 = add i64 %1357, %1473
  %1475 = getelementptr inbounds float, float* %1, i64 %1474
  %1476 = load float, float* %1475, align 4
  %1477 = insertelement <8 x float> undef, float %1476, i32 0
  %splat183 = shufflevector <8 x float> %1477, <8 x float> undef, <8 x i32> zeroinitializer
  %1478 = load <8 x float>, <8 x float>* %7, align 32
  %1479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat183, <8 x float> %1466, <8 x float> %1478)
  store <8 x float> %1479, <8 x float>* %7, align 32
  %1480 = load <8 x float>, <8 x float>* %6, align 32
  %1481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat183, <8 x float> %1470, <8 x float> %1480)
  store <8 x float> %1481, <8 x float>* %6, align 32
  %1482 = add i64 %1364, 48
  %1483 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1482
  %1484 = bitcast float* %1483 to <8 x float>*
  %1485 = load <8 x float>, <8 x float>* %1484, align 4
  %1486 = add i64 %1364, 27696
  %1487 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1486
  %1488 = bitcast float* %1487 to <8 x float>*
  %1489 = load <8 x float>, <8 x float>* %1488, align 4
  %1490 = add i64 %1360, 0
  %1491 = mul i64 %1490, 8
  %1492 = add i64 %1491, 6
  %1493 = add i64 %1357, %1492
  %1494 = getelementptr inbounds float, float* %1, i64 %1493
  %1495 = load float, float* %1494, align 4
  %1496 = insertelement <8 x float> undef, float %1495, i32 0
  %splat184 = shufflevector <8 x float> %1496, <8 x float> undef, <8 x i32> zeroinitializer
  %1497 = load <8 x float>, <8 x float>* %7, align 32
  %1498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat184, <8 x float> %1485, <8 x float> %1497)
  store <8 x float> %1498, <8 x float>* %7, align 32
  %1499 = load <8 x float>, <8 x float>* %6, align 32
  %1500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat184, <8 x float> %1489, <8 x float> %1499)
  store <8 x float> %1500, <8 x float>* %6, align 32
  %1501 = add i64 %1364, 56
  %1502 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1501
  %1503 = bitcast float* %1502 to <8 x float>*
  %1504 = load <8 x float>, <8 x float>* %1503, align 4
  %1505 = add i64 %1364, 27704
  %1506 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.packed to float*), i64 %1505
  %1507 = bitcast float* %1506 to <8 x float>*
  %1508 = load <8 x float>, <8 x float>* %1507, align 4
  %1509 = add i64 %1360, 0
  %1510 = mul i64 %1509, 8
  %1511 = add i64 %1510, 7
  %1512 = add i64 %1357, %1511
  %1513 = getelementptr inbounds float, float* %1, i64 %1512
  %1514 = load float, float* %1513, align 4
  %1515 = insertelement <8 x float> undef, float %1514, i32 0
  %splat185 = shufflevector <8 x float> %1515, <8 x float> undef, <8 x i32> zeroinitializer
  %1516 = load <8 x float>, <8 x float>* %7, align 32
  %1517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat185, <8 x float> %1504, <8 x float> %1516)
  store <8 x float> %1517, <8 x float>* %7, align 32
  %1518 = load <8 x float>, <8 x float>* %6, align 32
  %1519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat185, <8 x float> %1508, <8 x float> %1518)
  store <8 x float> %1519, <8 x float>* %6, align 32
  br label %endif177

endif177:                                         ; preds = %then176, %kw.body173
  %kw.next186 = add i64 %kw175, 1
  br label %kw.header172
}

; Function Attrs: nounwind
define internal void @node12.conv2d_10.step0(i8* %0) #2 {
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
  %19 = add i64 315, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 315
  %23 = select i1 %22, i64 %21, i64 315
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 315
  %26 = select i1 %25, i64 %24, i64 315
  call void @node12.conv2d_10.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.conv2d_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %21 = icmp slt i64 %task, %5
  br i1 %21, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %22 = srem i64 %task, 63
  %23 = sdiv i64 %task, 63
  %24 = srem i64 %23, 1
  %25 = sdiv i64 %task, 63
  %26 = srem i64 %25, 1
  %27 = sdiv i64 %25, 1
  %28 = mul i64 %26, 125
  %29 = mul i64 %22, 2
  %30 = add i64 %28, %29
  %31 = mul i64 %27, 125
  %32 = mul i64 %26, 125
  %33 = add i64 %31, %32
  %34 = mul i64 %33, 200
  %35 = mul i64 %26, 125
  %36 = mul i64 %22, 2
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 8000
  %39 = mul i64 %24, 1
  %40 = sub i64 %39, 0
  %41 = icmp eq i64 %22, 62
  br i1 %41, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  br label %x.header

else:                                             ; preds = %task.body
  br label %x.header42

endif:                                            ; preds = %x.exit44, %x.exit
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %then
  %x = phi i64 [ 0, %then ], [ %x.next, %u.exit ]
  %42 = icmp slt i64 %x, 25
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = add i64 %30, 0
  %44 = mul i64 %43, 8
  %45 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_11.bias to float*), i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  store <8 x float> %47, <8 x float>* %20, align 32
  store <8 x float> %47, <8 x float>* %19, align 32
  store <8 x float> %47, <8 x float>* %18, align 32
  store <8 x float> %47, <8 x float>* %17, align 32
  store <8 x float> %47, <8 x float>* %16, align 32
  %48 = mul i64 %x, 1
  %49 = sub i64 %48, 0
  br label %u.header

x.exit:                                           ; preds = %x.header
  br label %endif

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %50 = icmp slt i64 %u, 125
  br i1 %50, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %51 = mul i64 %u, 200
  %52 = add i64 %34, %51
  %53 = mul i64 %u, 64
  %54 = add i64 %38, %53
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %55 = add i64 %x, 0
  %56 = mul i64 %27, 125
  %57 = add i64 %56, %30
  %58 = add i64 %57, 0
  %59 = mul i64 %58, 1
  %60 = add i64 %59, %24
  %61 = mul i64 %60, 25
  %62 = add i64 %61, %55
  %63 = mul i64 %62, 8
  %64 = load <8 x float>, <8 x float>* %20, align 32
  %65 = fcmp ogt <8 x float> %64, zeroinitializer
  %66 = select <8 x i1> %65, <8 x float> %64, <8 x float> zeroinitializer
  %67 = getelementptr inbounds float, float* %0, i64 %63
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %66, <8 x float>* %68, align 4
  %69 = add i64 %x, 1
  %70 = mul i64 %27, 125
  %71 = add i64 %70, %30
  %72 = add i64 %71, 0
  %73 = mul i64 %72, 1
  %74 = add i64 %73, %24
  %75 = mul i64 %74, 25
  %76 = add i64 %75, %69
  %77 = mul i64 %76, 8
  %78 = load <8 x float>, <8 x float>* %19, align 32
  %79 = fcmp ogt <8 x float> %78, zeroinitializer
  %80 = select <8 x i1> %79, <8 x float> %78, <8 x float> zeroinitializer
  %81 = getelementptr inbounds float, float* %0, i64 %77
  %82 = bitcast float* %81 to <8 x float>*
  store <8 x float> %80, <8 x float>* %82, align 4
  %83 = add i64 %x, 2
  %84 = mul i64 %27, 125
  %85 = add i64 %84, %30
  %86 = add i64 %85, 0
  %87 = mul i64 %86, 1
  %88 = add i64 %87, %24
  %89 = mul i64 %88, 25
  %90 = add i64 %89, %83
  %91 = mul i64 %90, 8
  %92 = load <8 x float>, <8 x float>* %18, align 32
  %93 = fcmp ogt <8 x float> %92, zeroinitializer
  %94 = select <8 x i1> %93, <8 x float> %92, <8 x float> zeroinitializer
  %95 = getelementptr inbounds float, float* %0, i64 %91
  %96 = bitcast float* %95 to <8 x float>*
  store <8 x float> %94, <8 x float>* %96, align 4
  %97 = add i64 %x, 3
  %98 = mul i64 %27, 125
  %99 = add i64 %98, %30
  %100 = add i64 %99, 0
  %101 = mul i64 %100, 1
  %102 = add i64 %101, %24
  %103 = mul i64 %102, 25
  %104 = add i64 %103, %97
  %105 = mul i64 %104, 8
  %106 = load <8 x float>, <8 x float>* %17, align 32
  %107 = fcmp ogt <8 x float> %106, zeroinitializer
  %108 = select <8 x i1> %107, <8 x float> %106, <8 x float> zeroinitializer
  %109 = getelementptr inbounds float, float* %0, i64 %105
  %110 = bitcast float* %109 to <8 x float>*
  store <8 x float> %108, <8 x float>* %110, align 4
  %111 = add i64 %x, 4
  %112 = mul i64 %27, 125
  %113 = add i64 %112, %30
  %114 = add i64 %113, 0
  %115 = mul i64 %114, 1
  %116 = add i64 %115, %24
  %117 = mul i64 %116, 25
  %118 = add i64 %117, %111
  %119 = mul i64 %118, 8
  %120 = load <8 x float>, <8 x float>* %16, align 32
  %121 = fcmp ogt <8 x float> %120, zeroinitializer
  %122 = select <8 x i1> %121, <8 x float> %120, <8 x float> zeroinitializer
  %123 = getelementptr inbounds float, float* %0, i64 %119
  %124 = bitcast float* %123 to <8 x float>*
  store <8 x float> %122, <8 x float>* %124, align 4
  %x.next = add i64 %x, 5
  br label %x.header

kh.header:                                        ; preds = %endif2, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif2 ]
  %125 = icmp slt i64 %kh, 1
  br i1 %125, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %126 = mul i64 %kh, 1
  %127 = add i64 %40, %126
  %128 = icmp sge i64 %127, 0
  %129 = icmp slt i64 %127, 1
  %130 = and i1 %128, %129
  br i1 %130, label %then1, label %endif2

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then1:                                            ; preds = %kh.body
  %131 = mul i64 %127, 200
  %132 = add i64 %52, %131
  br label %kw.header

endif2:                                           ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then1
  %kw = phi i64 [ 0, %then1 ], [ %kw.next, %kw.body ]
  %133 = icmp slt i64 %kw, 1
  br i1 %133, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %134 = mul i64 %kw, 1
  %135 = add i64 %49, %134
  %136 = mul i64 %kh, 1
  %137 = add i64 %136, %kw
  %138 = mul i64 %137, 64
  %139 = add i64 %54, %138
  %140 = add i64 %139, 0
  %141 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = add i64 %135, 0
  %145 = mul i64 %144, 8
  %146 = add i64 %145, 0
  %147 = add i64 %132, %146
  %148 = getelementptr inbounds float, float* %1, i64 %147
  %149 = load float, float* %148, align 4
  %150 = insertelement <8 x float> undef, float %149, i32 0
  %splat = shufflevector <8 x float> %150, <8 x float> undef, <8 x i32> zeroinitializer
  %151 = load <8 x float>, <8 x float>* %20, align 32
  %152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %143, <8 x float> %151)
  store <8 x float> %152, <8 x float>* %20, align 32
  %153 = add i64 %135, 1
  %154 = mul i64 %153, 8
  %155 = add i64 %154, 0
  %156 = add i64 %132, %155
  %157 = getelementptr inbounds float, float* %1, i64 %156
  %158 = load float, float* %157, align 4
  %159 = insertelement <8 x float> undef, float %158, i32 0
  %splat3 = shufflevector <8 x float> %159, <8 x float> undef, <8 x i32> zeroinitializer
  %160 = load <8 x float>, <8 x float>* %19, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %143, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %19, align 32
  %162 = add i64 %135, 2
  %163 = mul i64 %162, 8
  %164 = add i64 %163, 0
  %165 = add i64 %132, %164
  %166 = getelementptr inbounds float, float* %1, i64 %165
  %167 = load float, float* %166, align 4
  %168 = insertelement <8 x float> undef, float %167, i32 0
  %splat4 = shufflevector <8 x float> %168, <8 x float> undef, <8 x i32> zeroinitializer
  %169 = load <8 x float>, <8 x float>* %18, align 32
  %170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %143, <8 x float> %169)
  store <8 x float> %170, <8 x float>* %18, align 32
  %171 = add i64 %135, 3
  %172 = mul i64 %171, 8
  %173 = add i64 %172, 0
  %174 = add i64 %132, %173
  %175 = getelementptr inbounds float, float* %1, i64 %174
  %176 = load float, float* %175, align 4
  %177 = insertelement <8 x float> undef, float %176, i32 0
  %splat5 = shufflevector <8 x float> %177, <8 x float> undef, <8 x i32> zeroinitializer
  %178 = load <8 x float>, <8 x float>* %17, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %143, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %17, align 32
  %180 = add i64 %135, 4
  %181 = mul i64 %180, 8
  %182 = add i64 %181, 0
  %183 = add i64 %132, %182
  %184 = getelementptr inbounds float, float* %1, i64 %183
  %185 = load float, float* %184, align 4
  %186 = insertelement <8 x float> undef, float %185, i32 0
  %splat6 = shufflevector <8 x float> %186, <8 x float> undef, <8 x i32> zeroinitializer
  %187 = load <8 x float>, <8 x float>* %16, align 32
  %188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %143, <8 x float> %187)
  store <8 x float> %188, <8 x float>* %16, align 32
  %189 = add i64 %139, 8
  %190 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = add i64 %135, 0
  %194 = mul i64 %193, 8
  %195 = add i64 %194, 1
  %196 = add i64 %132, %195
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat7 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %20, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %192, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %20, align 32
  %202 = add i64 %135, 1
  %203 = mul i64 %202, 8
  %204 = add i64 %203, 1
  %205 = add i64 %132, %204
  %206 = getelementptr inbounds float, float* %1, i64 %205
  %207 = load float, float* %206, align 4
  %208 = insertelement <8 x float> undef, float %207, i32 0
  %splat8 = shufflevector <8 x float> %208, <8 x float> undef, <8 x i32> zeroinitializer
  %209 = load <8 x float>, <8 x float>* %19, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %192, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %19, align 32
  %211 = add i64 %135, 2
  %212 = mul i64 %211, 8
  %213 = add i64 %212, 1
  %214 = add i64 %132, %213
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat9 = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %18, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %192, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %18, align 32
  %220 = add i64 %135, 3
  %221 = mul i64 %220, 8
  %222 = add i64 %221, 1
  %223 = add i64 %132, %222
  %224 = getelementptr inbounds float, float* %1, i64 %223
  %225 = load float, float* %224, align 4
  %226 = insertelement <8 x float> undef, float %225, i32 0
  %splat10 = shufflevector <8 x float> %226, <8 x float> undef, <8 x i32> zeroinitializer
  %227 = load <8 x float>, <8 x float>* %17, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %192, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %17, align 32
  %229 = add i64 %135, 4
  %230 = mul i64 %229, 8
  %231 = add i64 %230, 1
  %232 = add i64 %132, %231
  %233 = getelementptr inbounds float, float* %1, i64 %232
  %234 = load float, float* %233, align 4
  %235 = insertelement <8 x float> undef, float %234, i32 0
  %splat11 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %236 = load <8 x float>, <8 x float>* %16, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %192, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %16, align 32
  %238 = add i64 %139, 16
  %239 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  %241 = load <8 x float>, <8 x float>* %240, align 4
  %242 = add i64 %135, 0
  %243 = mul i64 %242, 8
  %244 = add i64 %243, 2
  %245 = add i64 %132, %244
  %246 = getelementptr inbounds float, float* %1, i64 %245
  %247 = load float, float* %246, align 4
  %248 = insertelement <8 x float> undef, float %247, i32 0
  %splat12 = shufflevector <8 x float> %248, <8 x float> undef, <8 x i32> zeroinitializer
  %249 = load <8 x float>, <8 x float>* %20, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %241, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %20, align 32
  %251 = add i64 %135, 1
  %252 = mul i64 %251, 8
  %253 = add i64 %252, 2
  %254 = add i64 %132, %253
  %255 = getelementptr inbounds float, float* %1, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat13 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %19, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %241, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %19, align 32
  %260 = add i64 %135, 2
  %261 = mul i64 %260, 8
  %262 = add i64 %261, 2
  %263 = add i64 %132, %262
  %264 = getelementptr inbounds float, float* %1, i64 %263
  %265 = load float, float* %264, align 4
  %266 = insertelement <8 x float> undef, float %265, i32 0
  %splat14 = shufflevector <8 x float> %266, <8 x float> undef, <8 x i32> zeroinitializer
  %267 = load <8 x float>, <8 x float>* %18, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %241, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %18, align 32
  %269 = add i64 %135, 3
  %270 = mul i64 %269, 8
  %271 = add i64 %270, 2
  %272 = add i64 %132, %271
  %273 = getelementptr inbounds float, float* %1, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat15 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %17, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %241, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %17, align 32
  %278 = add i64 %135, 4
  %279 = mul i64 %278, 8
  %280 = add i64 %279, 2
  %281 = add i64 %132, %280
  %282 = getelementptr inbounds float, float* %1, i64 %281
  %283 = load float, float* %282, align 4
  %284 = insertelement <8 x float> undef, float %283, i32 0
  %splat16 = shufflevector <8 x float> %284, <8 x float> undef, <8 x i32> zeroinitializer
  %285 = load <8 x float>, <8 x float>* %16, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %241, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %16, align 32
  %287 = add i64 %139, 24
  %288 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  %290 = load <8 x float>, <8 x float>* %289, align 4
  %291 = add i64 %135, 0
  %292 = mul i64 %291, 8
  %293 = add i64 %292, 3
  %294 = add i64 %132, %293
  %295 = getelementptr inbounds float, float* %1, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat17 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %20, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %290, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %20, align 32
  %300 = add i64 %135, 1
  %301 = mul i64 %300, 8
  %302 = add i64 %301, 3
  %303 = add i64 %132, %302
  %304 = getelementptr inbounds float, float* %1, i64 %303
  %305 = load float, float* %304, align 4
  %306 = insertelement <8 x float> undef, float %305, i32 0
  %splat18 = shufflevector <8 x float> %306, <8 x float> undef, <8 x i32> zeroinitializer
  %307 = load <8 x float>, <8 x float>* %19, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %290, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %19, align 32
  %309 = add i64 %135, 2
  %310 = mul i64 %309, 8
  %311 = add i64 %310, 3
  %312 = add i64 %132, %311
  %313 = getelementptr inbounds float, float* %1, i64 %312
  %314 = load float, float* %313, align 4
  %315 = insertelement <8 x float> undef, float %314, i32 0
  %splat19 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %18, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %290, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %18, align 32
  %318 = add i64 %135, 3
  %319 = mul i64 %318, 8
  %320 = add i64 %319, 3
  %321 = add i64 %132, %320
  %322 = getelementptr inbounds float, float* %1, i64 %321
  %323 = load float, float* %322, align 4
  %324 = insertelement <8 x float> undef, float %323, i32 0
  %splat20 = shufflevector <8 x float> %324, <8 x float> undef, <8 x i32> zeroinitializer
  %325 = load <8 x float>, <8 x float>* %17, align 32
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %290, <8 x float> %325)
  store <8 x float> %326, <8 x float>* %17, align 32
  %327 = add i64 %135, 4
  %328 = mul i64 %327, 8
  %329 = add i64 %328, 3
  %330 = add i64 %132, %329
  %331 = getelementptr inbounds float, float* %1, i64 %330
  %332 = load float, float* %331, align 4
  %333 = insertelement <8 x float> undef, float %332, i32 0
  %splat21 = shufflevector <8 x float> %333, <8 x float> undef, <8 x i32> zeroinitializer
  %334 = load <8 x float>, <8 x float>* %16, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %290, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %16, align 32
  %336 = add i64 %139, 32
  %337 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  %339 = load <8 x float>, <8 x float>* %338, align 4
  %340 = add i64 %135, 0
  %341 = mul i64 %340, 8
  %342 = add i64 %341, 4
  %343 = add i64 %132, %342
  %344 = getelementptr inbounds float, float* %1, i64 %343
  %345 = load float, float* %344, align 4
  %346 = insertelement <8 x float> undef, float %345, i32 0
  %splat22 = shufflevector <8 x float> %346, <8 x float> undef, <8 x i32> zeroinitializer
  %347 = load <8 x float>, <8 x float>* %20, align 32
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %339, <8 x float> %347)
  store <8 x float> %348, <8 x float>* %20, align 32
  %349 = add i64 %135, 1
  %350 = mul i64 %349, 8
  %351 = add i64 %350, 4
  %352 = add i64 %132, %351
  %353 = getelementptr inbounds float, float* %1, i64 %352
  %354 = load float, float* %353, align 4
  %355 = insertelement <8 x float> undef, float %354, i32 0
  %splat23 = shufflevector <8 x float> %355, <8 x float> undef, <8 x i32> zeroinitializer
  %356 = load <8 x float>, <8 x float>* %19, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %339, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %19, align 32
  %358 = add i64 %135, 2
  %359 = mul i64 %358, 8
  %360 = add i64 %359, 4
  %361 = add i64 %132, %360
  %362 = getelementptr inbounds float, float* %1, i64 %361
  %363 = load float, float* %362, align 4
  %364 = insertelement <8 x float> undef, float %363, i32 0
  %splat24 = shufflevector <8 x float> %364, <8 x float> undef, <8 x i32> zeroinitializer
  %365 = load <8 x float>, <8 x float>* %18, align 32
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %339, <8 x float> %365)
  store <8 x float> %366, <8 x float>* %18, align 32
  %367 = add i64 %135, 3
  %368 = mul i64 %367, 8
  %369 = add i64 %368, 4
  %370 = add i64 %132, %369
  %371 = getelementptr inbounds float, float* %1, i64 %370
  %372 = load float, float* %371, align 4
  %373 = insertelement <8 x float> undef, float %372, i32 0
  %splat25 = shufflevector <8 x float> %373, <8 x float> undef, <8 x i32> zeroinitializer
  %374 = load <8 x float>, <8 x float>* %17, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %339, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %17, align 32
  %376 = add i64 %135, 4
  %377 = mul i64 %376, 8
  %378 = add i64 %377, 4
  %379 = add i64 %132, %378
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat26 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %16, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %339, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %16, align 32
  %385 = add i64 %139, 40
  %386 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %385
  %387 = bitcast float* %386 to <8 x float>*
  %388 = load <8 x float>, <8 x float>* %387, align 4
  %389 = add i64 %135, 0
  %390 = mul i64 %389, 8
  %391 = add i64 %390, 5
  %392 = add i64 %132, %391
  %393 = getelementptr inbounds float, float* %1, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat27 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %20, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %388, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %20, align 32
  %398 = add i64 %135, 1
  %399 = mul i64 %398, 8
  %400 = add i64 %399, 5
  %401 = add i64 %132, %400
  %402 = getelementptr inbounds float, float* %1, i64 %401
  %403 = load float, float* %402, align 4
  %404 = insertelement <8 x float> undef, float %403, i32 0
  %splat28 = shufflevector <8 x float> %404, <8 x float> undef, <8 x i32> zeroinitializer
  %405 = load <8 x float>, <8 x float>* %19, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %388, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %19, align 32
  %407 = add i64 %135, 2
  %408 = mul i64 %407, 8
  %409 = add i64 %408, 5
  %410 = add i64 %132, %409
  %411 = getelementptr inbounds float, float* %1, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat29 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = load <8 x float>, <8 x float>* %18, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %388, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %18, align 32
  %416 = add i64 %135, 3
  %417 = mul i64 %416, 8
  %418 = add i64 %417, 5
  %419 = add i64 %132, %418
  %420 = getelementptr inbounds float, float* %1, i64 %419
  %421 = load float, float* %420, align 4
  %422 = insertelement <8 x float> undef, float %421, i32 0
  %splat30 = shufflevector <8 x float> %422, <8 x float> undef, <8 x i32> zeroinitializer
  %423 = load <8 x float>, <8 x float>* %17, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %388, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %17, align 32
  %425 = add i64 %135, 4
  %426 = mul i64 %425, 8
  %427 = add i64 %426, 5
  %428 = add i64 %132, %427
  %429 = getelementptr inbounds float, float* %1, i64 %428
  %430 = load float, float* %429, align 4
  %431 = insertelement <8 x float> undef, float %430, i32 0
  %splat31 = shufflevector <8 x float> %431, <8 x float> undef, <8 x i32> zeroinitializer
  %432 = load <8 x float>, <8 x float>* %16, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %388, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %16, align 32
  %434 = add i64 %139, 48
  %435 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %434
  %436 = bitcast float* %435 to <8 x float>*
  %437 = load <8 x float>, <8 x float>* %436, align 4
  %438 = add i64 %135, 0
  %439 = mul i64 %438, 8
  %440 = add i64 %439, 6
  %441 = add i64 %132, %440
  %442 = getelementptr inbounds float, float* %1, i64 %441
  %443 = load float, float* %442, align 4
  %444 = insertelement <8 x float> undef, float %443, i32 0
  %splat32 = shufflevector <8 x float> %444, <8 x float> undef, <8 x i32> zeroinitializer
  %445 = load <8 x float>, <8 x float>* %20, align 32
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %437, <8 x float> %445)
  store <8 x float> %446, <8 x float>* %20, align 32
  %447 = add i64 %135, 1
  %448 = mul i64 %447, 8
  %449 = add i64 %448, 6
  %450 = add i64 %132, %449
  %451 = getelementptr inbounds float, float* %1, i64 %450
  %452 = load float, float* %451, align 4
  %453 = insertelement <8 x float> undef, float %452, i32 0
  %splat33 = shufflevector <8 x float> %453, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = load <8 x float>, <8 x float>* %19, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %437, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %19, align 32
  %456 = add i64 %135, 2
  %457 = mul i64 %456, 8
  %458 = add i64 %457, 6
  %459 = add i64 %132, %458
  %460 = getelementptr inbounds float, float* %1, i64 %459
  %461 = load float, float* %460, align 4
  %462 = insertelement <8 x float> undef, float %461, i32 0
  %splat34 = shufflevector <8 x float> %462, <8 x float> undef, <8 x i32> zeroinitializer
  %463 = load <8 x float>, <8 x float>* %18, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %437, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %18, align 32
  %465 = add i64 %135, 3
  %466 = mul i64 %465, 8
  %467 = add i64 %466, 6
  %468 = add i64 %132, %467
  %469 = getelementptr inbounds float, float* %1, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat35 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %17, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %437, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %17, align 32
  %474 = add i64 %135, 4
  %475 = mul i64 %474, 8
  %476 = add i64 %475, 6
  %477 = add i64 %132, %476
  %478 = getelementptr inbounds float, float* %1, i64 %477
  %479 = load float, float* %478, align 4
  %480 = insertelement <8 x float> undef, float %479, i32 0
  %splat36 = shufflevector <8 x float> %480, <8 x float> undef, <8 x i32> zeroinitializer
  %481 = load <8 x float>, <8 x float>* %16, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %437, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %16, align 32
  %483 = add i64 %139, 56
  %484 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = load <8 x float>, <8 x float>* %485, align 4
  %487 = add i64 %135, 0
  %488 = mul i64 %487, 8
  %489 = add i64 %488, 7
  %490 = add i64 %132, %489
  %491 = getelementptr inbounds float, float* %1, i64 %490
  %492 = load float, float* %491, align 4
  %493 = insertelement <8 x float> undef, float %492, i32 0
  %splat37 = shufflevector <8 x float> %493, <8 x float> undef, <8 x i32> zeroinitializer
  %494 = load <8 x float>, <8 x float>* %20, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %486, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %20, align 32
  %496 = add i64 %135, 1
  %497 = mul i64 %496, 8
  %498 = add i64 %497, 7
  %499 = add i64 %132, %498
  %500 = getelementptr inbounds float, float* %1, i64 %499
  %501 = load float, float* %500, align 4
  %502 = insertelement <8 x float> undef, float %501, i32 0
  %splat38 = shufflevector <8 x float> %502, <8 x float> undef, <8 x i32> zeroinitializer
  %503 = load <8 x float>, <8 x float>* %19, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %486, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %19, align 32
  %505 = add i64 %135, 2
  %506 = mul i64 %505, 8
  %507 = add i64 %506, 7
  %508 = add i64 %132, %507
  %509 = getelementptr inbounds float, float* %1, i64 %508
  %510 = load float, float* %509, align 4
  %511 = insertelement <8 x float> undef, float %510, i32 0
  %splat39 = shufflevector <8 x float> %511, <8 x float> undef, <8 x i32> zeroinitializer
  %512 = load <8 x float>, <8 x float>* %18, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %486, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %18, align 32
  %514 = add i64 %135, 3
  %515 = mul i64 %514, 8
  %516 = add i64 %515, 7
  %517 = add i64 %132, %516
  %518 = getelementptr inbounds float, float* %1, i64 %517
  %519 = load float, float* %518, align 4
  %520 = insertelement <8 x float> undef, float %519, i32 0
  %splat40 = shufflevector <8 x float> %520, <8 x float> undef, <8 x i32> zeroinitializer
  %521 = load <8 x float>, <8 x float>* %17, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %486, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %17, align 32
  %523 = add i64 %135, 4
  %524 = mul i64 %523, 8
  %525 = add i64 %524, 7
  %526 = add i64 %132, %525
  %527 = getelementptr inbounds float, float* %1, i64 %526
  %528 = load float, float* %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %splat41 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = load <8 x float>, <8 x float>* %16, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %486, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %16, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif2

x.header42:                                       ; preds = %u.exit48, %else
  %x45 = phi i64 [ 0, %else ], [ %x.next103, %u.exit48 ]
  %532 = icmp slt i64 %x45, 25
  br i1 %532, label %x.body43, label %x.exit44

x.body43:                                         ; preds = %x.header42
  %533 = add i64 %30, 0
  %534 = mul i64 %533, 8
  %535 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_11.bias to float*), i64 %534
  %536 = bitcast float* %535 to <8 x float>*
  %537 = load <8 x float>, <8 x float>* %536, align 4
  store <8 x float> %537, <8 x float>* %15, align 32
  store <8 x float> %537, <8 x float>* %14, align 32
  store <8 x float> %537, <8 x float>* %13, align 32
  store <8 x float> %537, <8 x float>* %12, align 32
  store <8 x float> %537, <8 x float>* %11, align 32
  %538 = add i64 %30, 1
  %539 = mul i64 %538, 8
  %540 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_11.bias to float*), i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  store <8 x float> %542, <8 x float>* %10, align 32
  store <8 x float> %542, <8 x float>* %9, align 32
  store <8 x float> %542, <8 x float>* %8, align 32
  store <8 x float> %542, <8 x float>* %7, align 32
  store <8 x float> %542, <8 x float>* %6, align 32
  %543 = mul i64 %x45, 1
  %544 = sub i64 %543, 0
  br label %u.header46

x.exit44:                                         ; preds = %x.header42
  br label %endif

u.header46:                                       ; preds = %kh.exit52, %x.body43
  %u49 = phi i64 [ 0, %x.body43 ], [ %u.next102, %kh.exit52 ]
  %545 = icmp slt i64 %u49, 125
  br i1 %545, label %u.body47, label %u.exit48

u.body47:                                         ; preds = %u.header46
  %546 = mul i64 %u49, 200
  %547 = add i64 %34, %546
  %548 = mul i64 %u49, 64
  %549 = add i64 %38, %548
  br label %kh.header50

u.exit48:                                         ; preds = %u.header46
  %550 = add i64 %x45, 0
  %551 = mul i64 %27, 125
  %552 = add i64 %551, %30
  %553 = add i64 %552, 0
  %554 = mul i64 %553, 1
  %555 = add i64 %554, %24
  %556 = mul i64 %555, 25
  %557 = add i64 %556, %550
  %558 = mul i64 %557, 8
  %559 = load <8 x float>, <8 x float>* %15, align 32
  %560 = fcmp ogt <8 x float> %559, zeroinitializer
  %561 = select <8 x i1> %560, <8 x float> %559, <8 x float> zeroinitializer
  %562 = getelementptr inbounds float, float* %0, i64 %558
  %563 = bitcast float* %562 to <8 x float>*
  store <8 x float> %561, <8 x float>* %563, align 4
  %564 = add i64 %x45, 1
  %565 = mul i64 %27, 125
  %566 = add i64 %565, %30
  %567 = add i64 %566, 0
  %568 = mul i64 %567, 1
  %569 = add i64 %568, %24
  %570 = mul i64 %569, 25
  %571 = add i64 %570, %564
  %572 = mul i64 %571, 8
  %573 = load <8 x float>, <8 x float>* %14, align 32
  %574 = fcmp ogt <8 x float> %573, zeroinitializer
  %575 = select <8 x i1> %574, <8 x float> %573, <8 x float> zeroinitializer
  %576 = getelementptr inbounds float, float* %0, i64 %572
  %577 = bitcast float* %576 to <8 x float>*
  store <8 x float> %575, <8 x float>* %577, align 4
  %578 = add i64 %x45, 2
  %579 = mul i64 %27, 125
  %580 = add i64 %579, %30
  %581 = add i64 %580, 0
  %582 = mul i64 %581, 1
  %583 = add i64 %582, %24
  %584 = mul i64 %583, 25
  %585 = add i64 %584, %578
  %586 = mul i64 %585, 8
  %587 = load <8 x float>, <8 x float>* %13, align 32
  %588 = fcmp ogt <8 x float> %587, zeroinitializer
  %589 = select <8 x i1> %588, <8 x float> %587, <8 x float> zeroinitializer
  %590 = getelementptr inbounds float, float* %0, i64 %586
  %591 = bitcast float* %590 to <8 x float>*
  store <8 x float> %589, <8 x float>* %591, align 4
  %592 = add i64 %x45, 3
  %593 = mul i64 %27, 125
  %594 = add i64 %593, %30
  %595 = add i64 %594, 0
  %596 = mul i64 %595, 1
  %597 = add i64 %596, %24
  %598 = mul i64 %597, 25
  %599 = add i64 %598, %592
  %600 = mul i64 %599, 8
  %601 = load <8 x float>, <8 x float>* %12, align 32
  %602 = fcmp ogt <8 x float> %601, zeroinitializer
  %603 = select <8 x i1> %602, <8 x float> %601, <8 x float> zeroinitializer
  %604 = getelementptr inbounds float, float* %0, i64 %600
  %605 = bitcast float* %604 to <8 x float>*
  store <8 x float> %603, <8 x float>* %605, align 4
  %606 = add i64 %x45, 4
  %607 = mul i64 %27, 125
  %608 = add i64 %607, %30
  %609 = add i64 %608, 0
  %610 = mul i64 %609, 1
  %611 = add i64 %610, %24
  %612 = mul i64 %611, 25
  %613 = add i64 %612, %606
  %614 = mul i64 %613, 8
  %615 = load <8 x float>, <8 x float>* %11, align 32
  %616 = fcmp ogt <8 x float> %615, zeroinitializer
  %617 = select <8 x i1> %616, <8 x float> %615, <8 x float> zeroinitializer
  %618 = getelementptr inbounds float, float* %0, i64 %614
  %619 = bitcast float* %618 to <8 x float>*
  store <8 x float> %617, <8 x float>* %619, align 4
  %620 = add i64 %x45, 0
  %621 = mul i64 %27, 125
  %622 = add i64 %621, %30
  %623 = add i64 %622, 1
  %624 = mul i64 %623, 1
  %625 = add i64 %624, %24
  %626 = mul i64 %625, 25
  %627 = add i64 %626, %620
  %628 = mul i64 %627, 8
  %629 = load <8 x float>, <8 x float>* %10, align 32
  %630 = fcmp ogt <8 x float> %629, zeroinitializer
  %631 = select <8 x i1> %630, <8 x float> %629, <8 x float> zeroinitializer
  %632 = getelementptr inbounds float, float* %0, i64 %628
  %633 = bitcast float* %632 to <8 x float>*
  store <8 x float> %631, <8 x float>* %633, align 4
  %634 = add i64 %x45, 1
  %635 = mul i64 %27, 125
  %636 = add i64 %635, %30
  %637 = add i64 %636, 1
  %638 = mul i64 %637, 1
  %639 = add i64 %638, %24
  %640 = mul i64 %639, 25
  %641 = add i64 %640, %634
  %642 = mul i64 %641, 8
  %643 = load <8 x float>, <8 x float>* %9, align 32
  %644 = fcmp ogt <8 x float> %643, zeroinitializer
  %645 = select <8 x i1> %644, <8 x float> %643, <8 x float> zeroinitializer
  %646 = getelementptr inbounds float, float* %0, i64 %642
  %647 = bitcast float* %646 to <8 x float>*
  store <8 x float> %645, <8 x float>* %647, align 4
  %648 = add i64 %x45, 2
  %649 = mul i64 %27, 125
  %650 = add i64 %649, %30
  %651 = add i64 %650, 1
  %652 = mul i64 %651, 1
  %653 = add i64 %652, %24
  %654 = mul i64 %653, 25
  %655 = add i64 %654, %648
  %656 = mul i64 %655, 8
  %657 = load <8 x float>, <8 x float>* %8, align 32
  %658 = fcmp ogt <8 x float> %657, zeroinitializer
  %659 = select <8 x i1> %658, <8 x float> %657, <8 x float> zeroinitializer
  %660 = getelementptr inbounds float, float* %0, i64 %656
  %661 = bitcast float* %660 to <8 x float>*
  store <8 x float> %659, <8 x float>* %661, align 4
  %662 = add i64 %x45, 3
  %663 = mul i64 %27, 125
  %664 = add i64 %663, %30
  %665 = add i64 %664, 1
  %666 = mul i64 %665, 1
  %667 = add i64 %666, %24
  %668 = mul i64 %667, 25
  %669 = add i64 %668, %662
  %670 = mul i64 %669, 8
  %671 = load <8 x float>, <8 x float>* %7, align 32
  %672 = fcmp ogt <8 x float> %671, zeroinitializer
  %673 = select <8 x i1> %672, <8 x float> %671, <8 x float> zeroinitializer
  %674 = getelementptr inbounds float, float* %0, i64 %670
  %675 = bitcast float* %674 to <8 x float>*
  store <8 x float> %673, <8 x float>* %675, align 4
  %676 = add i64 %x45, 4
  %677 = mul i64 %27, 125
  %678 = add i64 %677, %30
  %679 = add i64 %678, 1
  %680 = mul i64 %679, 1
  %681 = add i64 %680, %24
  %682 = mul i64 %681, 25
  %683 = add i64 %682, %676
  %684 = mul i64 %683, 8
  %685 = load <8 x float>, <8 x float>* %6, align 32
  %686 = fcmp ogt <8 x float> %685, zeroinitializer
  %687 = select <8 x i1> %686, <8 x float> %685, <8 x float> zeroinitializer
  %688 = getelementptr inbounds float, float* %0, i64 %684
  %689 = bitcast float* %688 to <8 x float>*
  store <8 x float> %687, <8 x float>* %689, align 4
  %x.next103 = add i64 %x45, 5
  br label %x.header42

kh.header50:                                      ; preds = %endif55, %u.body47
  %kh53 = phi i64 [ 0, %u.body47 ], [ %kh.next101, %endif55 ]
  %690 = icmp slt i64 %kh53, 1
  br i1 %690, label %kh.body51, label %kh.exit52

kh.body51:                                        ; preds = %kh.header50
  %691 = mul i64 %kh53, 1
  %692 = add i64 %40, %691
  %693 = icmp sge i64 %692, 0
  %694 = icmp slt i64 %692, 1
  %695 = and i1 %693, %694
  br i1 %695, label %then54, label %endif55

kh.exit52:                                        ; preds = %kh.header50
  %u.next102 = add i64 %u49, 1
  br label %u.header46

then54:                                           ; preds = %kh.body51
  %696 = mul i64 %692, 200
  %697 = add i64 %547, %696
  br label %kw.header56

endif55:                                          ; preds = %kw.exit58, %kh.body51
  %kh.next101 = add i64 %kh53, 1
  br label %kh.header50

kw.header56:                                      ; preds = %kw.body57, %then54
  %kw59 = phi i64 [ 0, %then54 ], [ %kw.next100, %kw.body57 ]
  %698 = icmp slt i64 %kw59, 1
  br i1 %698, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %699 = mul i64 %kw59, 1
  %700 = add i64 %544, %699
  %701 = mul i64 %kh53, 1
  %702 = add i64 %701, %kw59
  %703 = mul i64 %702, 64
  %704 = add i64 %549, %703
  %705 = add i64 %704, 0
  %706 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %705
  %707 = bitcast float* %706 to <8 x float>*
  %708 = load <8 x float>, <8 x float>* %707, align 4
  %709 = add i64 %704, 8000
  %710 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %709
  %711 = bitcast float* %710 to <8 x float>*
  %712 = load <8 x float>, <8 x float>* %711, align 4
  %713 = add i64 %700, 0
  %714 = mul i64 %713, 8
  %715 = add i64 %714, 0
  %716 = add i64 %697, %715
  %717 = getelementptr inbounds float, float* %1, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat60 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %15, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %708, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %15, align 32
  %722 = load <8 x float>, <8 x float>* %10, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %712, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %10, align 32
  %724 = add i64 %700, 1
  %725 = mul i64 %724, 8
  %726 = add i64 %725, 0
  %727 = add i64 %697, %726
  %728 = getelementptr inbounds float, float* %1, i64 %727
  %729 = load float, float* %728, align 4
  %730 = insertelement <8 x float> undef, float %729, i32 0
  %splat61 = shufflevector <8 x float> %730, <8 x float> undef, <8 x i32> zeroinitializer
  %731 = load <8 x float>, <8 x float>* %14, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %708, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %14, align 32
  %733 = load <8 x float>, <8 x float>* %9, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %712, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %9, align 32
  %735 = add i64 %700, 2
  %736 = mul i64 %735, 8
  %737 = add i64 %736, 0
  %738 = add i64 %697, %737
  %739 = getelementptr inbounds float, float* %1, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat62 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %13, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %708, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %13, align 32
  %744 = load <8 x float>, <8 x float>* %8, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %712, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %8, align 32
  %746 = add i64 %700, 3
  %747 = mul i64 %746, 8
  %748 = add i64 %747, 0
  %749 = add i64 %697, %748
  %750 = getelementptr inbounds float, float* %1, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat63 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %12, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %708, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %12, align 32
  %755 = load <8 x float>, <8 x float>* %7, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %712, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %7, align 32
  %757 = add i64 %700, 4
  %758 = mul i64 %757, 8
  %759 = add i64 %758, 0
  %760 = add i64 %697, %759
  %761 = getelementptr inbounds float, float* %1, i64 %760
  %762 = load float, float* %761, align 4
  %763 = insertelement <8 x float> undef, float %762, i32 0
  %splat64 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
  %764 = load <8 x float>, <8 x float>* %11, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %708, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %11, align 32
  %766 = load <8 x float>, <8 x float>* %6, align 32
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %712, <8 x float> %766)
  store <8 x float> %767, <8 x float>* %6, align 32
  %768 = add i64 %704, 8
  %769 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %768
  %770 = bitcast float* %769 to <8 x float>*
  %771 = load <8 x float>, <8 x float>* %770, align 4
  %772 = add i64 %704, 8008
  %773 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %772
  %774 = bitcast float* %773 to <8 x float>*
  %775 = load <8 x float>, <8 x float>* %774, align 4
  %776 = add i64 %700, 0
  %777 = mul i64 %776, 8
  %778 = add i64 %777, 1
  %779 = add i64 %697, %778
  %780 = getelementptr inbounds float, float* %1, i64 %779
  %781 = load float, float* %780, align 4
  %782 = insertelement <8 x float> undef, float %781, i32 0
  %splat65 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
  %783 = load <8 x float>, <8 x float>* %15, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %771, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %15, align 32
  %785 = load <8 x float>, <8 x float>* %10, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %775, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %10, align 32
  %787 = add i64 %700, 1
  %788 = mul i64 %787, 8
  %789 = add i64 %788, 1
  %790 = add i64 %697, %789
  %791 = getelementptr inbounds float, float* %1, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat66 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %14, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %771, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %14, align 32
  %796 = load <8 x float>, <8 x float>* %9, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %775, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %9, align 32
  %798 = add i64 %700, 2
  %799 = mul i64 %798, 8
  %800 = add i64 %799, 1
  %801 = add i64 %697, %800
  %802 = getelementptr inbounds float, float* %1, i64 %801
  %803 = load float, float* %802, align 4
  %804 = insertelement <8 x float> undef, float %803, i32 0
  %splat67 = shufflevector <8 x float> %804, <8 x float> undef, <8 x i32> zeroinitializer
  %805 = load <8 x float>, <8 x float>* %13, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %771, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %13, align 32
  %807 = load <8 x float>, <8 x float>* %8, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %775, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %8, align 32
  %809 = add i64 %700, 3
  %810 = mul i64 %809, 8
  %811 = add i64 %810, 1
  %812 = add i64 %697, %811
  %813 = getelementptr inbounds float, float* %1, i64 %812
  %814 = load float, float* %813, align 4
  %815 = insertelement <8 x float> undef, float %814, i32 0
  %splat68 = shufflevector <8 x float> %815, <8 x float> undef, <8 x i32> zeroinitializer
  %816 = load <8 x float>, <8 x float>* %12, align 32
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %771, <8 x float> %816)
  store <8 x float> %817, <8 x float>* %12, align 32
  %818 = load <8 x float>, <8 x float>* %7, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %775, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %7, align 32
  %820 = add i64 %700, 4
  %821 = mul i64 %820, 8
  %822 = add i64 %821, 1
  %823 = add i64 %697, %822
  %824 = getelementptr inbounds float, float* %1, i64 %823
  %825 = load float, float* %824, align 4
  %826 = insertelement <8 x float> undef, float %825, i32 0
  %splat69 = shufflevector <8 x float> %826, <8 x float> undef, <8 x i32> zeroinitializer
  %827 = load <8 x float>, <8 x float>* %11, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %771, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %11, align 32
  %829 = load <8 x float>, <8 x float>* %6, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %775, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %6, align 32
  %831 = add i64 %704, 16
  %832 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %831
  %833 = bitcast float* %832 to <8 x float>*
  %834 = load <8 x float>, <8 x float>* %833, align 4
  %835 = add i64 %704, 8016
  %836 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %835
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = add i64 %700, 0
  %840 = mul i64 %839, 8
  %841 = add i64 %840, 2
  %842 = add i64 %697, %841
  %843 = getelementptr inbounds float, float* %1, i64 %842
  %844 = load float, float* %843, align 4
  %845 = insertelement <8 x float> undef, float %844, i32 0
  %splat70 = shufflevector <8 x float> %845, <8 x float> undef, <8 x i32> zeroinitializer
  %846 = load <8 x float>, <8 x float>* %15, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %834, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %15, align 32
  %848 = load <8 x float>, <8 x float>* %10, align 32
  %849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %838, <8 x float> %848)
  store <8 x float> %849, <8 x float>* %10, align 32
  %850 = add i64 %700, 1
  %851 = mul i64 %850, 8
  %852 = add i64 %851, 2
  %853 = add i64 %697, %852
  %854 = getelementptr inbounds float, float* %1, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat71 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %14, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %834, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %14, align 32
  %859 = load <8 x float>, <8 x float>* %9, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %838, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %9, align 32
  %861 = add i64 %700, 2
  %862 = mul i64 %861, 8
  %863 = add i64 %862, 2
  %864 = add i64 %697, %863
  %865 = getelementptr inbounds float, float* %1, i64 %864
  %866 = load float, float* %865, align 4
  %867 = insertelement <8 x float> undef, float %866, i32 0
  %splat72 = shufflevector <8 x float> %867, <8 x float> undef, <8 x i32> zeroinitializer
  %868 = load <8 x float>, <8 x float>* %13, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %834, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %13, align 32
  %870 = load <8 x float>, <8 x float>* %8, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %838, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %8, align 32
  %872 = add i64 %700, 3
  %873 = mul i64 %872, 8
  %874 = add i64 %873, 2
  %875 = add i64 %697, %874
  %876 = getelementptr inbounds float, float* %1, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat73 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %12, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %834, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %12, align 32
  %881 = load <8 x float>, <8 x float>* %7, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %838, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %7, align 32
  %883 = add i64 %700, 4
  %884 = mul i64 %883, 8
  %885 = add i64 %884, 2
  %886 = add i64 %697, %885
  %887 = getelementptr inbounds float, float* %1, i64 %886
  %888 = load float, float* %887, align 4
  %889 = insertelement <8 x float> undef, float %888, i32 0
  %splat74 = shufflevector <8 x float> %889, <8 x float> undef, <8 x i32> zeroinitializer
  %890 = load <8 x float>, <8 x float>* %11, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %834, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %11, align 32
  %892 = load <8 x float>, <8 x float>* %6, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %838, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %6, align 32
  %894 = add i64 %704, 24
  %895 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %894
  %896 = bitcast float* %895 to <8 x float>*
  %897 = load <8 x float>, <8 x float>* %896, align 4
  %898 = add i64 %704, 8024
  %899 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %898
  %900 = bitcast float* %899 to <8 x float>*
  %901 = load <8 x float>, <8 x float>* %900, align 4
  %902 = add i64 %700, 0
  %903 = mul i64 %902, 8
  %904 = add i64 %903, 3
  %905 = add i64 %697, %904
  %906 = getelementptr inbounds float, float* %1, i64 %905
  %907 = load float, float* %906, align 4
  %908 = insertelement <8 x float> undef, float %907, i32 0
  %splat75 = shufflevector <8 x float> %908, <8 x float> undef, <8 x i32> zeroinitializer
  %909 = load <8 x float>, <8 x float>* %15, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %897, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %15, align 32
  %911 = load <8 x float>, <8 x float>* %10, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %901, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %10, align 32
  %913 = add i64 %700, 1
  %914 = mul i64 %913, 8
  %915 = add i64 %914, 3
  %916 = add i64 %697, %915
  %917 = getelementptr inbounds float, float* %1, i64 %916
  %918 = load float, float* %917, align 4
  %919 = insertelement <8 x float> undef, float %918, i32 0
  %splat76 = shufflevector <8 x float> %919, <8 x float> undef, <8 x i32> zeroinitializer
  %920 = load <8 x float>, <8 x float>* %14, align 32
  %921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %897, <8 x float> %920)
  store <8 x float> %921, <8 x float>* %14, align 32
  %922 = load <8 x float>, <8 x float>* %9, align 32
  %923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %901, <8 x float> %922)
  store <8 x float> %923, <8 x float>* %9, align 32
  %924 = add i64 %700, 2
  %925 = mul i64 %924, 8
  %926 = add i64 %925, 3
  %927 = add i64 %697, %926
  %928 = getelementptr inbounds float, float* %1, i64 %927
  %929 = load float, float* %928, align 4
  %930 = insertelement <8 x float> undef, float %929, i32 0
  %splat77 = shufflevector <8 x float> %930, <8 x float> undef, <8 x i32> zeroinitializer
  %931 = load <8 x float>, <8 x float>* %13, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %897, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %13, align 32
  %933 = load <8 x float>, <8 x float>* %8, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %901, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %8, align 32
  %935 = add i64 %700, 3
  %936 = mul i64 %935, 8
  %937 = add i64 %936, 3
  %938 = add i64 %697, %937
  %939 = getelementptr inbounds float, float* %1, i64 %938
  %940 = load float, float* %939, align 4
  %941 = insertelement <8 x float> undef, float %940, i32 0
  %splat78 = shufflevector <8 x float> %941, <8 x float> undef, <8 x i32> zeroinitializer
  %942 = load <8 x float>, <8 x float>* %12, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %897, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %12, align 32
  %944 = load <8 x float>, <8 x float>* %7, align 32
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %901, <8 x float> %944)
  store <8 x float> %945, <8 x float>* %7, align 32
  %946 = add i64 %700, 4
  %947 = mul i64 %946, 8
  %948 = add i64 %947, 3
  %949 = add i64 %697, %948
  %950 = getelementptr inbounds float, float* %1, i64 %949
  %951 = load float, float* %950, align 4
  %952 = insertelement <8 x float> undef, float %951, i32 0
  %splat79 = shufflevector <8 x float> %952, <8 x float> undef, <8 x i32> zeroinitializer
  %953 = load <8 x float>, <8 x float>* %11, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %897, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %11, align 32
  %955 = load <8 x float>, <8 x float>* %6, align 32
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %901, <8 x float> %955)
  store <8 x float> %956, <8 x float>* %6, align 32
  %957 = add i64 %704, 32
  %958 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %957
  %959 = bitcast float* %958 to <8 x float>*
  %960 = load <8 x float>, <8 x float>* %959, align 4
  %961 = add i64 %704, 8032
  %962 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %961
  %963 = bitcast float* %962 to <8 x float>*
  %964 = load <8 x float>, <8 x float>* %963, align 4
  %965 = add i64 %700, 0
  %966 = mul i64 %965, 8
  %967 = add i64 %966, 4
  %968 = add i64 %697, %967
  %969 = getelementptr inbounds float, float* %1, i64 %968
  %970 = load float, float* %969, align 4
  %971 = insertelement <8 x float> undef, float %970, i32 0
  %splat80 = shufflevector <8 x float> %971, <8 x float> undef, <8 x i32> zeroinitializer
  %972 = load <8 x float>, <8 x float>* %15, align 32
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %960, <8 x float> %972)
  store <8 x float> %973, <8 x float>* %15, align 32
  %974 = load <8 x float>, <8 x float>* %10, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %964, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %10, align 32
  %976 = add i64 %700, 1
  %977 = mul i64 %976, 8
  %978 = add i64 %977, 4
  %979 = add i64 %697, %978
  %980 = getelementptr inbounds float, float* %1, i64 %979
  %981 = load float, float* %980, align 4
  %982 = insertelement <8 x float> undef, float %981, i32 0
  %splat81 = shufflevector <8 x float> %982, <8 x float> undef, <8 x i32> zeroinitializer
  %983 = load <8 x float>, <8 x float>* %14, align 32
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %960, <8 x float> %983)
  store <8 x float> %984, <8 x float>* %14, align 32
  %985 = load <8 x float>, <8 x float>* %9, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %964, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %9, align 32
  %987 = add i64 %700, 2
  %988 = mul i64 %987, 8
  %989 = add i64 %988, 4
  %990 = add i64 %697, %989
  %991 = getelementptr inbounds float, float* %1, i64 %990
  %992 = load float, float* %991, align 4
  %993 = insertelement <8 x float> undef, float %992, i32 0
  %splat82 = shufflevector <8 x float> %993, <8 x float> undef, <8 x i32> zeroinitializer
  %994 = load <8 x float>, <8 x float>* %13, align 32
  %995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %960, <8 x float> %994)
  store <8 x float> %995, <8 x float>* %13, align 32
  %996 = load <8 x float>, <8 x float>* %8, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %964, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %8, align 32
  %998 = add i64 %700, 3
  %999 = mul i64 %998, 8
  %1000 = add i64 %999, 4
  %1001 = add i64 %697, %1000
  %1002 = getelementptr inbounds float, float* %1, i64 %1001
  %1003 = load float, float* %1002, align 4
  %1004 = insertelement <8 x float> undef, float %1003, i32 0
  %splat83 = shufflevector <8 x float> %1004, <8 x float> undef, <8 x i32> zeroinitializer
  %1005 = load <8 x float>, <8 x float>* %12, align 32
  %1006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %960, <8 x float> %1005)
  store <8 x float> %1006, <8 x float>* %12, align 32
  %1007 = load <8 x float>, <8 x float>* %7, align 32
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %964, <8 x float> %1007)
  store <8 x float> %1008, <8 x float>* %7, align 32
  %1009 = add i64 %700, 4
  %1010 = mul i64 %1009, 8
  %1011 = add i64 %1010, 4
  %1012 = add i64 %697, %1011
  %1013 = getelementptr inbounds float, float* %1, i64 %1012
  %1014 = load float, float* %1013, align 4
  %1015 = insertelement <8 x float> undef, float %1014, i32 0
  %splat84 = shufflevector <8 x float> %1015, <8 x float> undef, <8 x i32> zeroinitializer
  %1016 = load <8 x float>, <8 x float>* %11, align 32
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %960, <8 x float> %1016)
  store <8 x float> %1017, <8 x float>* %11, align 32
  %1018 = load <8 x float>, <8 x float>* %6, align 32
  %1019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %964, <8 x float> %1018)
  store <8 x float> %1019, <8 x float>* %6, align 32
  %1020 = add i64 %704, 40
  %1021 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %1020
  %1022 = bitcast float* %1021 to <8 x float>*
  %1023 = load <8 x float>, <8 x float>* %1022, align 4
  %1024 = add i64 %704, 8040
  %1025 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %1024
  %1026 = bitcast float* %1025 to <8 x float>*
  %1027 = load <8 x float>, <8 x float>* %1026, align 4
  %1028 = add i64 %700, 0
  %1029 = mul i64 %1028, 8
  %1030 = add i64 %1029, 5
  %1031 = add i64 %697, %1030
  %1032 = getelementptr inbounds float, float* %1, i64 %1031
  %1033 = load float, float* %1032, align 4
  %1034 = insertelement <8 x float> undef, float %1033, i32 0
  %splat85 = shufflevector <8 x float> %1034, <8 x float> undef, <8 x i32> zeroinitializer
  %1035 = load <8 x float>, <8 x float>* %15, align 32
  %1036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1023, <8 x float> %1035)
  store <8 x float> %1036, <8 x float>* %15, align 32
  %1037 = load <8 x float>, <8 x float>* %10, align 32
  %1038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1027, <8 x float> %1037)
  store <8 x float> %1038, <8 x float>* %10, align 32
  %1039 = add i64 %700, 1
  %1040 = mul i64 %1039, 8
  %1041 = add i64 %1040, 5
  %1042 = add i64 %697, %1041
  %1043 = getelementptr inbounds float, float* %1, i64 %1042
  %1044 = load float, float* %1043, align 4
  %1045 = insertelement <8 x float> undef, float %1044, i32 0
  %splat86 = shufflevector <8 x float> %1045, <8 x float> undef, <8 x i32> zeroinitializer
  %1046 = load <8 x float>, <8 x float>* %14, align 32
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1023, <8 x float> %1046)
  store <8 x float> %1047, <8 x float>* %14, align 32
  %1048 = load <8 x float>, <8 x float>* %9, align 32
  %1049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1027, <8 x float> %1048)
  store <8 x float> %1049, <8 x float>* %9, align 32
  %1050 = add i64 %700, 2
  %1051 = mul i64 %1050, 8
  %1052 = add i64 %1051, 5
  %1053 = add i64 %697, %1052
  %1054 = getelementptr inbounds float, float* %1, i64 %1053
  %1055 = load float, float* %1054, align 4
  %1056 = insertelement <8 x float> undef, float %1055, i32 0
  %splat87 = shufflevector <8 x float> %1056, <8 x float> undef, <8 x i32> zeroinitializer
  %1057 = load <8 x float>, <8 x float>* %13, align 32
  %1058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1023, <8 x float> %1057)
  store <8 x float> %1058, <8 x float>* %13, align 32
  %1059 = load <8 x float>, <8 x float>* %8, align 32
  %1060 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1027, <8 x float> %1059)
  store <8 x float> %1060, <8 x float>* %8, align 32
  %1061 = add i64 %700, 3
  %1062 = mul i64 %1061, 8
  %1063 = add i64 %1062, 5
  %1064 = add i64 %697, %1063
  %1065 = getelementptr inbounds float, float* %1, i64 %1064
  %1066 = load float, float* %1065, align 4
  %1067 = insertelement <8 x float> undef, float %1066, i32 0
  %splat88 = shufflevector <8 x float> %1067, <8 x float> undef, <8 x i32> zeroinitializer
  %1068 = load <8 x float>, <8 x float>* %12, align 32
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1023, <8 x float> %1068)
  store <8 x float> %1069, <8 x float>* %12, align 32
  %1070 = load <8 x float>, <8 x float>* %7, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1027, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %7, align 32
  %1072 = add i64 %700, 4
  %1073 = mul i64 %1072, 8
  %1074 = add i64 %1073, 5
  %1075 = add i64 %697, %1074
  %1076 = getelementptr inbounds float, float* %1, i64 %1075
  %1077 = load float, float* %1076, align 4
  %1078 = insertelement <8 x float> undef, float %1077, i32 0
  %splat89 = shufflevector <8 x float> %1078, <8 x float> undef, <8 x i32> zeroinitializer
  %1079 = load <8 x float>, <8 x float>* %11, align 32
  %1080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1023, <8 x float> %1079)
  store <8 x float> %1080, <8 x float>* %11, align 32
  %1081 = load <8 x float>, <8 x float>* %6, align 32
  %1082 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1027, <8 x float> %1081)
  store <8 x float> %1082, <8 x float>* %6, align 32
  %1083 = add i64 %704, 48
  %1084 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %1083
  %1085 = bitcast float* %1084 to <8 x float>*
  %1086 = load <8 x float>, <8 x float>* %1085, align 4
  %1087 = add i64 %704, 8048
  %1088 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %1087
  %1089 = bitcast float* %1088 to <8 x float>*
  %1090 = load <8 x float>, <8 x float>* %1089, align 4
  %1091 = add i64 %700, 0
  %1092 = mul i64 %1091, 8
  %1093 = add i64 %1092, 6
  %1094 = add i64 %697, %1093
  %1095 = getelementptr inbounds float, float* %1, i64 %1094
  %1096 = load float, float* %1095, align 4
  %1097 = insertelement <8 x float> undef, float %1096, i32 0
  %splat90 = shufflevector <8 x float> %1097, <8 x float> undef, <8 x i32> zeroinitializer
  %1098 = load <8 x float>, <8 x float>* %15, align 32
  %1099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1086, <8 x float> %1098)
  store <8 x float> %1099, <8 x float>* %15, align 32
  %1100 = load <8 x float>, <8 x float>* %10, align 32
  %1101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1090, <8 x float> %1100)
  store <8 x float> %1101, <8 x float>* %10, align 32
  %1102 = add i64 %700, 1
  %1103 = mul i64 %1102, 8
  %1104 = add i64 %1103, 6
  %1105 = add i64 %697, %1104
  %1106 = getelementptr inbounds float, float* %1, i64 %1105
  %1107 = load float, float* %1106, align 4
  %1108 = insertelement <8 x float> undef, float %1107, i32 0
  %splat91 = shufflevector <8 x float> %1108, <8 x float> undef, <8 x i32> zeroinitializer
  %1109 = load <8 x float>, <8 x float>* %14, align 32
  %1110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1086, <8 x float> %1109)
  store <8 x float> %1110, <8 x float>* %14, align 32
  %1111 = load <8 x float>, <8 x float>* %9, align 32
  %1112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1090, <8 x float> %1111)
  store <8 x float> %1112, <8 x float>* %9, align 32
  %1113 = add i64 %700, 2
  %1114 = mul i64 %1113, 8
  %1115 = add i64 %1114, 6
  %1116 = add i64 %697, %1115
  %1117 = getelementptr inbounds float, float* %1, i64 %1116
  %1118 = load float, float* %1117, align 4
  %1119 = insertelement <8 x float> undef, float %1118, i32 0
  %splat92 = shufflevector <8 x float> %1119, <8 x float> undef, <8 x i32> zeroinitializer
  %1120 = load <8 x float>, <8 x float>* %13, align 32
  %1121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1086, <8 x float> %1120)
  store <8 x float> %1121, <8 x float>* %13, align 32
  %1122 = load <8 x float>, <8 x float>* %8, align 32
  %1123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1090, <8 x float> %1122)
  store <8 x float> %1123, <8 x float>* %8, align 32
  %1124 = add i64 %700, 3
  %1125 = mul i64 %1124, 8
  %1126 = add i64 %1125, 6
  %1127 = add i64 %697, %1126
  %1128 = getelementptr inbounds float, float* %1, i64 %1127
  %1129 = load float, float* %1128, align 4
  %1130 = insertelement <8 x float> undef, float %1129, i32 0
  %splat93 = shufflevector <8 x float> %1130, <8 x float> undef, <8 x i32> zeroinitializer
  %1131 = load <8 x float>, <8 x float>* %12, align 32
  %1132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1086, <8 x float> %1131)
  store <8 x float> %1132, <8 x float>* %12, align 32
  %1133 = load <8 x float>, <8 x float>* %7, align 32
  %1134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1090, <8 x float> %1133)
  store <8 x float> %1134, <8 x float>* %7, align 32
  %1135 = add i64 %700, 4
  %1136 = mul i64 %1135, 8
  %1137 = add i64 %1136, 6
  %1138 = add i64 %697, %1137
  %1139 = getelementptr inbounds float, float* %1, i64 %1138
  %1140 = load float, float* %1139, align 4
  %1141 = insertelement <8 x float> undef, float %1140, i32 0
  %splat94 = shufflevector <8 x float> %1141, <8 x float> undef, <8 x i32> zeroinitializer
  %1142 = load <8 x float>, <8 x float>* %11, align 32
  %1143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1086, <8 x float> %1142)
  store <8 x float> %1143, <8 x float>* %11, align 32
  %1144 = load <8 x float>, <8 x float>* %6, align 32
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1090, <8 x float> %1144)
  store <8 x float> %1145, <8 x float>* %6, align 32
  %1146 = add i64 %704, 56
  %1147 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %1146
  %1148 = bitcast float* %1147 to <8 x float>*
  %1149 = load <8 x float>, <8 x float>* %1148, align 4
  %1150 = add i64 %704, 8056
  %1151 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.packed to float*), i64 %1150
  %1152 = bitcast float* %1151 to <8 x float>*
  %1153 = load <8 x float>, <8 x float>* %1152, align 4
  %1154 = add i64 %700, 0
  %1155 = mul i64 %1154, 8
  %1156 = add i64 %1155, 7
  %1157 = add i64 %697, %1156
  %1158 = getelementptr inbounds float, float* %1, i64 %1157
  %1159 = load float, float* %1158, align 4
  %1160 = insertelement <8 x float> undef, float %1159, i32 0
  %splat95 = shufflevector <8 x float> %1160, <8 x float> undef, <8 x i32> zeroinitializer
  %1161 = load <8 x float>, <8 x float>* %15, align 32
  %1162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1149, <8 x float> %1161)
  store <8 x float> %1162, <8 x float>* %15, align 32
  %1163 = load <8 x float>, <8 x float>* %10, align 32
  %1164 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1153, <8 x float> %1163)
  store <8 x float> %1164, <8 x float>* %10, align 32
  %1165 = add i64 %700, 1
  %1166 = mul i64 %1165, 8
  %1167 = add i64 %1166, 7
  %1168 = add i64 %697, %1167
  %1169 = getelementptr inbounds float, float* %1, i64 %1168
  %1170 = load float, float* %1169, align 4
  %1171 = insertelement <8 x float> undef, float %1170, i32 0
  %splat96 = shufflevector <8 x float> %1171, <8 x float> undef, <8 x i32> zeroinitializer
  %1172 = load <8 x float>, <8 x float>* %14, align 32
  %1173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1149, <8 x float> %1172)
  store <8 x float> %1173, <8 x float>* %14, align 32
  %1174 = load <8 x float>, <8 x float>* %9, align 32
  %1175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1153, <8 x float> %1174)
  store <8 x float> %1175, <8 x float>* %9, align 32
  %1176 = add i64 %700, 2
  %1177 = mul i64 %1176, 8
  %1178 = add i64 %1177, 7
  %1179 = add i64 %697, %1178
  %1180 = getelementptr inbounds float, float* %1, i64 %1179
  %1181 = load float, float* %1180, align 4
  %1182 = insertelement <8 x float> undef, float %1181, i32 0
  %splat97 = shufflevector <8 x float> %1182, <8 x float> undef, <8 x i32> zeroinitializer
  %1183 = load <8 x float>, <8 x float>* %13, align 32
  %1184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1149, <8 x float> %1183)
  store <8 x float> %1184, <8 x float>* %13, align 32
  %1185 = load <8 x float>, <8 x float>* %8, align 32
  %1186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1153, <8 x float> %1185)
  store <8 x float> %1186, <8 x float>* %8, align 32
  %1187 = add i64 %700, 3
  %1188 = mul i64 %1187, 8
  %1189 = add i64 %1188, 7
  %1190 = add i64 %697, %1189
  %1191 = getelementptr inbounds float, float* %1, i64 %1190
  %1192 = load float, float* %1191, align 4
  %1193 = insertelement <8 x float> undef, float %1192, i32 0
  %splat98 = shufflevector <8 x float> %1193, <8 x float> undef, <8 x i32> zeroinitializer
  %1194 = load <8 x float>, <8 x float>* %12, align 32
  %1195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1149, <8 x float> %1194)
  store <8 x float> %1195, <8 x float>* %12, align 32
  %1196 = load <8 x float>, <8 x float>* %7, align 32
  %1197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1153, <8 x float> %1196)
  store <8 x float> %1197, <8 x float>* %7, align 32
  %1198 = add i64 %700, 4
  %1199 = mul i64 %1198, 8
  %1200 = add i64 %1199, 7
  %1201 = add i64 %697, %1200
  %1202 = getelementptr inbounds float, float* %1, i64 %1201
  %1203 = load float, float* %1202, align 4
  %1204 = insertelement <8 x float> undef, float %1203, i32 0
  %splat99 = shufflevector <8 x float> %1204, <8 x float> undef, <8 x i32> zeroinitializer
  %1205 = load <8 x float>, <8 x float>* %11, align 32
  %1206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1149, <8 x float> %1205)
  store <8 x float> %1206, <8 x float>* %11, align 32
  %1207 = load <8 x float>, <8 x float>* %6, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1153, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %6, align 32
  %kw.next100 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  br label %endif55
}

; Function Attrs: nounwind
define internal void @node13.conv2d_11.step0(i8* %0) #2 {
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
  %19 = add i64 63, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 63
  %23 = select i1 %22, i64 %21, i64 63
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 63
  %26 = select i1 %25, i64 %24, i64 63
  call void @node13.conv2d_11.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.conv2d_12.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %21 = icmp slt i64 %task, %5
  br i1 %21, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %22 = srem i64 %task, 63
  %23 = sdiv i64 %task, 63
  %24 = srem i64 %23, 1
  %25 = sdiv i64 %task, 63
  %26 = srem i64 %25, 1
  %27 = sdiv i64 %25, 1
  %28 = mul i64 %26, 125
  %29 = mul i64 %22, 2
  %30 = add i64 %28, %29
  %31 = mul i64 %27, 125
  %32 = mul i64 %26, 125
  %33 = add i64 %31, %32
  %34 = mul i64 %33, 200
  %35 = mul i64 %26, 125
  %36 = mul i64 %22, 2
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 8000
  %39 = mul i64 %24, 1
  %40 = sub i64 %39, 0
  %41 = icmp eq i64 %22, 62
  br i1 %41, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  br label %x.header

else:                                             ; preds = %task.body
  br label %x.header42

endif:                                            ; preds = %x.exit44, %x.exit
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %then
  %x = phi i64 [ 0, %then ], [ %x.next, %u.exit ]
  %42 = icmp slt i64 %x, 25
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = add i64 %30, 0
  %44 = mul i64 %43, 8
  %45 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_12.bias to float*), i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  store <8 x float> %47, <8 x float>* %20, align 32
  store <8 x float> %47, <8 x float>* %19, align 32
  store <8 x float> %47, <8 x float>* %18, align 32
  store <8 x float> %47, <8 x float>* %17, align 32
  store <8 x float> %47, <8 x float>* %16, align 32
  %48 = mul i64 %x, 1
  %49 = sub i64 %48, 0
  br label %u.header

x.exit:                                           ; preds = %x.header
  br label %endif

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %50 = icmp slt i64 %u, 125
  br i1 %50, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %51 = mul i64 %u, 200
  %52 = add i64 %34, %51
  %53 = mul i64 %u, 64
  %54 = add i64 %38, %53
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %55 = add i64 %x, 0
  %56 = mul i64 %27, 125
  %57 = add i64 %56, %30
  %58 = add i64 %57, 0
  %59 = mul i64 %58, 1
  %60 = add i64 %59, %24
  %61 = mul i64 %60, 25
  %62 = add i64 %61, %55
  %63 = mul i64 %62, 8
  %64 = load <8 x float>, <8 x float>* %20, align 32
  %65 = fcmp ogt <8 x float> %64, zeroinitializer
  %66 = select <8 x i1> %65, <8 x float> %64, <8 x float> zeroinitializer
  %67 = getelementptr inbounds float, float* %0, i64 %63
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %66, <8 x float>* %68, align 4
  %69 = add i64 %x, 1
  %70 = mul i64 %27, 125
  %71 = add i64 %70, %30
  %72 = add i64 %71, 0
  %73 = mul i64 %72, 1
  %74 = add i64 %73, %24
  %75 = mul i64 %74, 25
  %76 = add i64 %75, %69
  %77 = mul i64 %76, 8
  %78 = load <8 x float>, <8 x float>* %19, align 32
  %79 = fcmp ogt <8 x float> %78, zeroinitializer
  %80 = select <8 x i1> %79, <8 x float> %78, <8 x float> zeroinitializer
  %81 = getelementptr inbounds float, float* %0, i64 %77
  %82 = bitcast float* %81 to <8 x float>*
  store <8 x float> %80, <8 x float>* %82, align 4
  %83 = add i64 %x, 2
  %84 = mul i64 %27, 125
  %85 = add i64 %84, %30
  %86 = add i64 %85, 0
  %87 = mul i64 %86, 1
  %88 = add i64 %87, %24
  %89 = mul i64 %88, 25
  %90 = add i64 %89, %83
  %91 = mul i64 %90, 8
  %92 = load <8 x float>, <8 x float>* %18, align 32
  %93 = fcmp ogt <8 x float> %92, zeroinitializer
  %94 = select <8 x i1> %93, <8 x float> %92, <8 x float> zeroinitializer
  %95 = getelementptr inbounds float, float* %0, i64 %91
  %96 = bitcast float* %95 to <8 x float>*
  store <8 x float> %94, <8 x float>* %96, align 4
  %97 = add i64 %x, 3
  %98 = mul i64 %27, 125
  %99 = add i64 %98, %30
  %100 = add i64 %99, 0
  %101 = mul i64 %100, 1
  %102 = add i64 %101, %24
  %103 = mul i64 %102, 25
  %104 = add i64 %103, %97
  %105 = mul i64 %104, 8
  %106 = load <8 x float>, <8 x float>* %17, align 32
  %107 = fcmp ogt <8 x float> %106, zeroinitializer
  %108 = select <8 x i1> %107, <8 x float> %106, <8 x float> zeroinitializer
  %109 = getelementptr inbounds float, float* %0, i64 %105
  %110 = bitcast float* %109 to <8 x float>*
  store <8 x float> %108, <8 x float>* %110, align 4
  %111 = add i64 %x, 4
  %112 = mul i64 %27, 125
  %113 = add i64 %112, %30
  %114 = add i64 %113, 0
  %115 = mul i64 %114, 1
  %116 = add i64 %115, %24
  %117 = mul i64 %116, 25
  %118 = add i64 %117, %111
  %119 = mul i64 %118, 8
  %120 = load <8 x float>, <8 x float>* %16, align 32
  %121 = fcmp ogt <8 x float> %120, zeroinitializer
  %122 = select <8 x i1> %121, <8 x float> %120, <8 x float> zeroinitializer
  %123 = getelementptr inbounds float, float* %0, i64 %119
  %124 = bitcast float* %123 to <8 x float>*
  store <8 x float> %122, <8 x float>* %124, align 4
  %x.next = add i64 %x, 5
  br label %x.header

kh.header:                                        ; preds = %endif2, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif2 ]
  %125 = icmp slt i64 %kh, 1
  br i1 %125, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %126 = mul i64 %kh, 1
  %127 = add i64 %40, %126
  %128 = icmp sge i64 %127, 0
  %129 = icmp slt i64 %127, 1
  %130 = and i1 %128, %129
  br i1 %130, label %then1, label %endif2

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then1:                                            ; preds = %kh.body
  %131 = mul i64 %127, 200
  %132 = add i64 %52, %131
  br label %kw.header

endif2:                                           ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then1
  %kw = phi i64 [ 0, %then1 ], [ %kw.next, %kw.body ]
  %133 = icmp slt i64 %kw, 1
  br i1 %133, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %134 = mul i64 %kw, 1
  %135 = add i64 %49, %134
  %136 = mul i64 %kh, 1
  %137 = add i64 %136, %kw
  %138 = mul i64 %137, 64
  %139 = add i64 %54, %138
  %140 = add i64 %139, 0
  %141 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = add i64 %135, 0
  %145 = mul i64 %144, 8
  %146 = add i64 %145, 0
  %147 = add i64 %132, %146
  %148 = getelementptr inbounds float, float* %1, i64 %147
  %149 = load float, float* %148, align 4
  %150 = insertelement <8 x float> undef, float %149, i32 0
  %splat = shufflevector <8 x float> %150, <8 x float> undef, <8 x i32> zeroinitializer
  %151 = load <8 x float>, <8 x float>* %20, align 32
  %152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %143, <8 x float> %151)
  store <8 x float> %152, <8 x float>* %20, align 32
  %153 = add i64 %135, 1
  %154 = mul i64 %153, 8
  %155 = add i64 %154, 0
  %156 = add i64 %132, %155
  %157 = getelementptr inbounds float, float* %1, i64 %156
  %158 = load float, float* %157, align 4
  %159 = insertelement <8 x float> undef, float %158, i32 0
  %splat3 = shufflevector <8 x float> %159, <8 x float> undef, <8 x i32> zeroinitializer
  %160 = load <8 x float>, <8 x float>* %19, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %143, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %19, align 32
  %162 = add i64 %135, 2
  %163 = mul i64 %162, 8
  %164 = add i64 %163, 0
  %165 = add i64 %132, %164
  %166 = getelementptr inbounds float, float* %1, i64 %165
  %167 = load float, float* %166, align 4
  %168 = insertelement <8 x float> undef, float %167, i32 0
  %splat4 = shufflevector <8 x float> %168, <8 x float> undef, <8 x i32> zeroinitializer
  %169 = load <8 x float>, <8 x float>* %18, align 32
  %170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %143, <8 x float> %169)
  store <8 x float> %170, <8 x float>* %18, align 32
  %171 = add i64 %135, 3
  %172 = mul i64 %171, 8
  %173 = add i64 %172, 0
  %174 = add i64 %132, %173
  %175 = getelementptr inbounds float, float* %1, i64 %174
  %176 = load float, float* %175, align 4
  %177 = insertelement <8 x float> undef, float %176, i32 0
  %splat5 = shufflevector <8 x float> %177, <8 x float> undef, <8 x i32> zeroinitializer
  %178 = load <8 x float>, <8 x float>* %17, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %143, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %17, align 32
  %180 = add i64 %135, 4
  %181 = mul i64 %180, 8
  %182 = add i64 %181, 0
  %183 = add i64 %132, %182
  %184 = getelementptr inbounds float, float* %1, i64 %183
  %185 = load float, float* %184, align 4
  %186 = insertelement <8 x float> undef, float %185, i32 0
  %splat6 = shufflevector <8 x float> %186, <8 x float> undef, <8 x i32> zeroinitializer
  %187 = load <8 x float>, <8 x float>* %16, align 32
  %188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %143, <8 x float> %187)
  store <8 x float> %188, <8 x float>* %16, align 32
  %189 = add i64 %139, 8
  %190 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = add i64 %135, 0
  %194 = mul i64 %193, 8
  %195 = add i64 %194, 1
  %196 = add i64 %132, %195
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat7 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %20, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %192, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %20, align 32
  %202 = add i64 %135, 1
  %203 = mul i64 %202, 8
  %204 = add i64 %203, 1
  %205 = add i64 %132, %204
  %206 = getelementptr inbounds float, float* %1, i64 %205
  %207 = load float, float* %206, align 4
  %208 = insertelement <8 x float> undef, float %207, i32 0
  %splat8 = shufflevector <8 x float> %208, <8 x float> undef, <8 x i32> zeroinitializer
  %209 = load <8 x float>, <8 x float>* %19, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %192, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %19, align 32
  %211 = add i64 %135, 2
  %212 = mul i64 %211, 8
  %213 = add i64 %212, 1
  %214 = add i64 %132, %213
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat9 = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %18, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %192, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %18, align 32
  %220 = add i64 %135, 3
  %221 = mul i64 %220, 8
  %222 = add i64 %221, 1
  %223 = add i64 %132, %222
  %224 = getelementptr inbounds float, float* %1, i64 %223
  %225 = load float, float* %224, align 4
  %226 = insertelement <8 x float> undef, float %225, i32 0
  %splat10 = shufflevector <8 x float> %226, <8 x float> undef, <8 x i32> zeroinitializer
  %227 = load <8 x float>, <8 x float>* %17, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %192, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %17, align 32
  %229 = add i64 %135, 4
  %230 = mul i64 %229, 8
  %231 = add i64 %230, 1
  %232 = add i64 %132, %231
  %233 = getelementptr inbounds float, float* %1, i64 %232
  %234 = load float, float* %233, align 4
  %235 = insertelement <8 x float> undef, float %234, i32 0
  %splat11 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %236 = load <8 x float>, <8 x float>* %16, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %192, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %16, align 32
  %238 = add i64 %139, 16
  %239 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  %241 = load <8 x float>, <8 x float>* %240, align 4
  %242 = add i64 %135, 0
  %243 = mul i64 %242, 8
  %244 = add i64 %243, 2
  %245 = add i64 %132, %244
  %246 = getelementptr inbounds float, float* %1, i64 %245
  %247 = load float, float* %246, align 4
  %248 = insertelement <8 x float> undef, float %247, i32 0
  %splat12 = shufflevector <8 x float> %248, <8 x float> undef, <8 x i32> zeroinitializer
  %249 = load <8 x float>, <8 x float>* %20, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %241, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %20, align 32
  %251 = add i64 %135, 1
  %252 = mul i64 %251, 8
  %253 = add i64 %252, 2
  %254 = add i64 %132, %253
  %255 = getelementptr inbounds float, float* %1, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat13 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %19, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %241, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %19, align 32
  %260 = add i64 %135, 2
  %261 = mul i64 %260, 8
  %262 = add i64 %261, 2
  %263 = add i64 %132, %262
  %264 = getelementptr inbounds float, float* %1, i64 %263
  %265 = load float, float* %264, align 4
  %266 = insertelement <8 x float> undef, float %265, i32 0
  %splat14 = shufflevector <8 x float> %266, <8 x float> undef, <8 x i32> zeroinitializer
  %267 = load <8 x float>, <8 x float>* %18, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %241, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %18, align 32
  %269 = add i64 %135, 3
  %270 = mul i64 %269, 8
  %271 = add i64 %270, 2
  %272 = add i64 %132, %271
  %273 = getelementptr inbounds float, float* %1, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat15 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %17, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %241, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %17, align 32
  %278 = add i64 %135, 4
  %279 = mul i64 %278, 8
  %280 = add i64 %279, 2
  %281 = add i64 %132, %280
  %282 = getelementptr inbounds float, float* %1, i64 %281
  %283 = load float, float* %282, align 4
  %284 = insertelement <8 x float> undef, float %283, i32 0
  %splat16 = shufflevector <8 x float> %284, <8 x float> undef, <8 x i32> zeroinitializer
  %285 = load <8 x float>, <8 x float>* %16, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %241, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %16, align 32
  %287 = add i64 %139, 24
  %288 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  %290 = load <8 x float>, <8 x float>* %289, align 4
  %291 = add i64 %135, 0
  %292 = mul i64 %291, 8
  %293 = add i64 %292, 3
  %294 = add i64 %132, %293
  %295 = getelementptr inbounds float, float* %1, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat17 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %20, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %290, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %20, align 32
  %300 = add i64 %135, 1
  %301 = mul i64 %300, 8
  %302 = add i64 %301, 3
  %303 = add i64 %132, %302
  %304 = getelementptr inbounds float, float* %1, i64 %303
  %305 = load float, float* %304, align 4
  %306 = insertelement <8 x float> undef, float %305, i32 0
  %splat18 = shufflevector <8 x float> %306, <8 x float> undef, <8 x i32> zeroinitializer
  %307 = load <8 x float>, <8 x float>* %19, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %290, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %19, align 32
  %309 = add i64 %135, 2
  %310 = mul i64 %309, 8
  %311 = add i64 %310, 3
  %312 = add i64 %132, %311
  %313 = getelementptr inbounds float, float* %1, i64 %312
  %314 = load float, float* %313, align 4
  %315 = insertelement <8 x float> undef, float %314, i32 0
  %splat19 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %18, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %290, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %18, align 32
  %318 = add i64 %135, 3
  %319 = mul i64 %318, 8
  %320 = add i64 %319, 3
  %321 = add i64 %132, %320
  %322 = getelementptr inbounds float, float* %1, i64 %321
  %323 = load float, float* %322, align 4
  %324 = insertelement <8 x float> undef, float %323, i32 0
  %splat20 = shufflevector <8 x float> %324, <8 x float> undef, <8 x i32> zeroinitializer
  %325 = load <8 x float>, <8 x float>* %17, align 32
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %290, <8 x float> %325)
  store <8 x float> %326, <8 x float>* %17, align 32
  %327 = add i64 %135, 4
  %328 = mul i64 %327, 8
  %329 = add i64 %328, 3
  %330 = add i64 %132, %329
  %331 = getelementptr inbounds float, float* %1, i64 %330
  %332 = load float, float* %331, align 4
  %333 = insertelement <8 x float> undef, float %332, i32 0
  %splat21 = shufflevector <8 x float> %333, <8 x float> undef, <8 x i32> zeroinitializer
  %334 = load <8 x float>, <8 x float>* %16, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %290, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %16, align 32
  %336 = add i64 %139, 32
  %337 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  %339 = load <8 x float>, <8 x float>* %338, align 4
  %340 = add i64 %135, 0
  %341 = mul i64 %340, 8
  %342 = add i64 %341, 4
  %343 = add i64 %132, %342
  %344 = getelementptr inbounds float, float* %1, i64 %343
  %345 = load float, float* %344, align 4
  %346 = insertelement <8 x float> undef, float %345, i32 0
  %splat22 = shufflevector <8 x float> %346, <8 x float> undef, <8 x i32> zeroinitializer
  %347 = load <8 x float>, <8 x float>* %20, align 32
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %339, <8 x float> %347)
  store <8 x float> %348, <8 x float>* %20, align 32
  %349 = add i64 %135, 1
  %350 = mul i64 %349, 8
  %351 = add i64 %350, 4
  %352 = add i64 %132, %351
  %353 = getelementptr inbounds float, float* %1, i64 %352
  %354 = load float, float* %353, align 4
  %355 = insertelement <8 x float> undef, float %354, i32 0
  %splat23 = shufflevector <8 x float> %355, <8 x float> undef, <8 x i32> zeroinitializer
  %356 = load <8 x float>, <8 x float>* %19, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %339, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %19, align 32
  %358 = add i64 %135, 2
  %359 = mul i64 %358, 8
  %360 = add i64 %359, 4
  %361 = add i64 %132, %360
  %362 = getelementptr inbounds float, float* %1, i64 %361
  %363 = load float, float* %362, align 4
  %364 = insertelement <8 x float> undef, float %363, i32 0
  %splat24 = shufflevector <8 x float> %364, <8 x float> undef, <8 x i32> zeroinitializer
  %365 = load <8 x float>, <8 x float>* %18, align 32
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %339, <8 x float> %365)
  store <8 x float> %366, <8 x float>* %18, align 32
  %367 = add i64 %135, 3
  %368 = mul i64 %367, 8
  %369 = add i64 %368, 4
  %370 = add i64 %132, %369
  %371 = getelementptr inbounds float, float* %1, i64 %370
  %372 = load float, float* %371, align 4
  %373 = insertelement <8 x float> undef, float %372, i32 0
  %splat25 = shufflevector <8 x float> %373, <8 x float> undef, <8 x i32> zeroinitializer
  %374 = load <8 x float>, <8 x float>* %17, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %339, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %17, align 32
  %376 = add i64 %135, 4
  %377 = mul i64 %376, 8
  %378 = add i64 %377, 4
  %379 = add i64 %132, %378
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat26 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %16, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %339, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %16, align 32
  %385 = add i64 %139, 40
  %386 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %385
  %387 = bitcast float* %386 to <8 x float>*
  %388 = load <8 x float>, <8 x float>* %387, align 4
  %389 = add i64 %135, 0
  %390 = mul i64 %389, 8
  %391 = add i64 %390, 5
  %392 = add i64 %132, %391
  %393 = getelementptr inbounds float, float* %1, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat27 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %20, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %388, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %20, align 32
  %398 = add i64 %135, 1
  %399 = mul i64 %398, 8
  %400 = add i64 %399, 5
  %401 = add i64 %132, %400
  %402 = getelementptr inbounds float, float* %1, i64 %401
  %403 = load float, float* %402, align 4
  %404 = insertelement <8 x float> undef, float %403, i32 0
  %splat28 = shufflevector <8 x float> %404, <8 x float> undef, <8 x i32> zeroinitializer
  %405 = load <8 x float>, <8 x float>* %19, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %388, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %19, align 32
  %407 = add i64 %135, 2
  %408 = mul i64 %407, 8
  %409 = add i64 %408, 5
  %410 = add i64 %132, %409
  %411 = getelementptr inbounds float, float* %1, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat29 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = load <8 x float>, <8 x float>* %18, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %388, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %18, align 32
  %416 = add i64 %135, 3
  %417 = mul i64 %416, 8
  %418 = add i64 %417, 5
  %419 = add i64 %132, %418
  %420 = getelementptr inbounds float, float* %1, i64 %419
  %421 = load float, float* %420, align 4
  %422 = insertelement <8 x float> undef, float %421, i32 0
  %splat30 = shufflevector <8 x float> %422, <8 x float> undef, <8 x i32> zeroinitializer
  %423 = load <8 x float>, <8 x float>* %17, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %388, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %17, align 32
  %425 = add i64 %135, 4
  %426 = mul i64 %425, 8
  %427 = add i64 %426, 5
  %428 = add i64 %132, %427
  %429 = getelementptr inbounds float, float* %1, i64 %428
  %430 = load float, float* %429, align 4
  %431 = insertelement <8 x float> undef, float %430, i32 0
  %splat31 = shufflevector <8 x float> %431, <8 x float> undef, <8 x i32> zeroinitializer
  %432 = load <8 x float>, <8 x float>* %16, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %388, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %16, align 32
  %434 = add i64 %139, 48
  %435 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %434
  %436 = bitcast float* %435 to <8 x float>*
  %437 = load <8 x float>, <8 x float>* %436, align 4
  %438 = add i64 %135, 0
  %439 = mul i64 %438, 8
  %440 = add i64 %439, 6
  %441 = add i64 %132, %440
  %442 = getelementptr inbounds float, float* %1, i64 %441
  %443 = load float, float* %442, align 4
  %444 = insertelement <8 x float> undef, float %443, i32 0
  %splat32 = shufflevector <8 x float> %444, <8 x float> undef, <8 x i32> zeroinitializer
  %445 = load <8 x float>, <8 x float>* %20, align 32
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %437, <8 x float> %445)
  store <8 x float> %446, <8 x float>* %20, align 32
  %447 = add i64 %135, 1
  %448 = mul i64 %447, 8
  %449 = add i64 %448, 6
  %450 = add i64 %132, %449
  %451 = getelementptr inbounds float, float* %1, i64 %450
  %452 = load float, float* %451, align 4
  %453 = insertelement <8 x float> undef, float %452, i32 0
  %splat33 = shufflevector <8 x float> %453, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = load <8 x float>, <8 x float>* %19, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %437, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %19, align 32
  %456 = add i64 %135, 2
  %457 = mul i64 %456, 8
  %458 = add i64 %457, 6
  %459 = add i64 %132, %458
  %460 = getelementptr inbounds float, float* %1, i64 %459
  %461 = load float, float* %460, align 4
  %462 = insertelement <8 x float> undef, float %461, i32 0
  %splat34 = shufflevector <8 x float> %462, <8 x float> undef, <8 x i32> zeroinitializer
  %463 = load <8 x float>, <8 x float>* %18, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %437, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %18, align 32
  %465 = add i64 %135, 3
  %466 = mul i64 %465, 8
  %467 = add i64 %466, 6
  %468 = add i64 %132, %467
  %469 = getelementptr inbounds float, float* %1, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat35 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %17, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %437, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %17, align 32
  %474 = add i64 %135, 4
  %475 = mul i64 %474, 8
  %476 = add i64 %475, 6
  %477 = add i64 %132, %476
  %478 = getelementptr inbounds float, float* %1, i64 %477
  %479 = load float, float* %478, align 4
  %480 = insertelement <8 x float> undef, float %479, i32 0
  %splat36 = shufflevector <8 x float> %480, <8 x float> undef, <8 x i32> zeroinitializer
  %481 = load <8 x float>, <8 x float>* %16, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %437, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %16, align 32
  %483 = add i64 %139, 56
  %484 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = load <8 x float>, <8 x float>* %485, align 4
  %487 = add i64 %135, 0
  %488 = mul i64 %487, 8
  %489 = add i64 %488, 7
  %490 = add i64 %132, %489
  %491 = getelementptr inbounds float, float* %1, i64 %490
  %492 = load float, float* %491, align 4
  %493 = insertelement <8 x float> undef, float %492, i32 0
  %splat37 = shufflevector <8 x float> %493, <8 x float> undef, <8 x i32> zeroinitializer
  %494 = load <8 x float>, <8 x float>* %20, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %486, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %20, align 32
  %496 = add i64 %135, 1
  %497 = mul i64 %496, 8
  %498 = add i64 %497, 7
  %499 = add i64 %132, %498
  %500 = getelementptr inbounds float, float* %1, i64 %499
  %501 = load float, float* %500, align 4
  %502 = insertelement <8 x float> undef, float %501, i32 0
  %splat38 = shufflevector <8 x float> %502, <8 x float> undef, <8 x i32> zeroinitializer
  %503 = load <8 x float>, <8 x float>* %19, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %486, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %19, align 32
  %505 = add i64 %135, 2
  %506 = mul i64 %505, 8
  %507 = add i64 %506, 7
  %508 = add i64 %132, %507
  %509 = getelementptr inbounds float, float* %1, i64 %508
  %510 = load float, float* %509, align 4
  %511 = insertelement <8 x float> undef, float %510, i32 0
  %splat39 = shufflevector <8 x float> %511, <8 x float> undef, <8 x i32> zeroinitializer
  %512 = load <8 x float>, <8 x float>* %18, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %486, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %18, align 32
  %514 = add i64 %135, 3
  %515 = mul i64 %514, 8
  %516 = add i64 %515, 7
  %517 = add i64 %132, %516
  %518 = getelementptr inbounds float, float* %1, i64 %517
  %519 = load float, float* %518, align 4
  %520 = insertelement <8 x float> undef, float %519, i32 0
  %splat40 = shufflevector <8 x float> %520, <8 x float> undef, <8 x i32> zeroinitializer
  %521 = load <8 x float>, <8 x float>* %17, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %486, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %17, align 32
  %523 = add i64 %135, 4
  %524 = mul i64 %523, 8
  %525 = add i64 %524, 7
  %526 = add i64 %132, %525
  %527 = getelementptr inbounds float, float* %1, i64 %526
  %528 = load float, float* %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %splat41 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = load <8 x float>, <8 x float>* %16, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %486, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %16, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif2

x.header42:                                       ; preds = %u.exit48, %else
  %x45 = phi i64 [ 0, %else ], [ %x.next103, %u.exit48 ]
  %532 = icmp slt i64 %x45, 25
  br i1 %532, label %x.body43, label %x.exit44

x.body43:                                         ; preds = %x.header42
  %533 = add i64 %30, 0
  %534 = mul i64 %533, 8
  %535 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_12.bias to float*), i64 %534
  %536 = bitcast float* %535 to <8 x float>*
  %537 = load <8 x float>, <8 x float>* %536, align 4
  store <8 x float> %537, <8 x float>* %15, align 32
  store <8 x float> %537, <8 x float>* %14, align 32
  store <8 x float> %537, <8 x float>* %13, align 32
  store <8 x float> %537, <8 x float>* %12, align 32
  store <8 x float> %537, <8 x float>* %11, align 32
  %538 = add i64 %30, 1
  %539 = mul i64 %538, 8
  %540 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_12.bias to float*), i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  store <8 x float> %542, <8 x float>* %10, align 32
  store <8 x float> %542, <8 x float>* %9, align 32
  store <8 x float> %542, <8 x float>* %8, align 32
  store <8 x float> %542, <8 x float>* %7, align 32
  store <8 x float> %542, <8 x float>* %6, align 32
  %543 = mul i64 %x45, 1
  %544 = sub i64 %543, 0
  br label %u.header46

x.exit44:                                         ; preds = %x.header42
  br label %endif

u.header46:                                       ; preds = %kh.exit52, %x.body43
  %u49 = phi i64 [ 0, %x.body43 ], [ %u.next102, %kh.exit52 ]
  %545 = icmp slt i64 %u49, 125
  br i1 %545, label %u.body47, label %u.exit48

u.body47:                                         ; preds = %u.header46
  %546 = mul i64 %u49, 200
  %547 = add i64 %34, %546
  %548 = mul i64 %u49, 64
  %549 = add i64 %38, %548
  br label %kh.header50

u.exit48:                                         ; preds = %u.header46
  %550 = add i64 %x45, 0
  %551 = mul i64 %27, 125
  %552 = add i64 %551, %30
  %553 = add i64 %552, 0
  %554 = mul i64 %553, 1
  %555 = add i64 %554, %24
  %556 = mul i64 %555, 25
  %557 = add i64 %556, %550
  %558 = mul i64 %557, 8
  %559 = load <8 x float>, <8 x float>* %15, align 32
  %560 = fcmp ogt <8 x float> %559, zeroinitializer
  %561 = select <8 x i1> %560, <8 x float> %559, <8 x float> zeroinitializer
  %562 = getelementptr inbounds float, float* %0, i64 %558
  %563 = bitcast float* %562 to <8 x float>*
  store <8 x float> %561, <8 x float>* %563, align 4
  %564 = add i64 %x45, 1
  %565 = mul i64 %27, 125
  %566 = add i64 %565, %30
  %567 = add i64 %566, 0
  %568 = mul i64 %567, 1
  %569 = add i64 %568, %24
  %570 = mul i64 %569, 25
  %571 = add i64 %570, %564
  %572 = mul i64 %571, 8
  %573 = load <8 x float>, <8 x float>* %14, align 32
  %574 = fcmp ogt <8 x float> %573, zeroinitializer
  %575 = select <8 x i1> %574, <8 x float> %573, <8 x float> zeroinitializer
  %576 = getelementptr inbounds float, float* %0, i64 %572
  %577 = bitcast float* %576 to <8 x float>*
  store <8 x float> %575, <8 x float>* %577, align 4
  %578 = add i64 %x45, 2
  %579 = mul i64 %27, 125
  %580 = add i64 %579, %30
  %581 = add i64 %580, 0
  %582 = mul i64 %581, 1
  %583 = add i64 %582, %24
  %584 = mul i64 %583, 25
  %585 = add i64 %584, %578
  %586 = mul i64 %585, 8
  %587 = load <8 x float>, <8 x float>* %13, align 32
  %588 = fcmp ogt <8 x float> %587, zeroinitializer
  %589 = select <8 x i1> %588, <8 x float> %587, <8 x float> zeroinitializer
  %590 = getelementptr inbounds float, float* %0, i64 %586
  %591 = bitcast float* %590 to <8 x float>*
  store <8 x float> %589, <8 x float>* %591, align 4
  %592 = add i64 %x45, 3
  %593 = mul i64 %27, 125
  %594 = add i64 %593, %30
  %595 = add i64 %594, 0
  %596 = mul i64 %595, 1
  %597 = add i64 %596, %24
  %598 = mul i64 %597, 25
  %599 = add i64 %598, %592
  %600 = mul i64 %599, 8
  %601 = load <8 x float>, <8 x float>* %12, align 32
  %602 = fcmp ogt <8 x float> %601, zeroinitializer
  %603 = select <8 x i1> %602, <8 x float> %601, <8 x float> zeroinitializer
  %604 = getelementptr inbounds float, float* %0, i64 %600
  %605 = bitcast float* %604 to <8 x float>*
  store <8 x float> %603, <8 x float>* %605, align 4
  %606 = add i64 %x45, 4
  %607 = mul i64 %27, 125
  %608 = add i64 %607, %30
  %609 = add i64 %608, 0
  %610 = mul i64 %609, 1
  %611 = add i64 %610, %24
  %612 = mul i64 %611, 25
  %613 = add i64 %612, %606
  %614 = mul i64 %613, 8
  %615 = load <8 x float>, <8 x float>* %11, align 32
  %616 = fcmp ogt <8 x float> %615, zeroinitializer
  %617 = select <8 x i1> %616, <8 x float> %615, <8 x float> zeroinitializer
  %618 = getelementptr inbounds float, float* %0, i64 %614
  %619 = bitcast float* %618 to <8 x float>*
  store <8 x float> %617, <8 x float>* %619, align 4
  %620 = add i64 %x45, 0
  %621 = mul i64 %27, 125
  %622 = add i64 %621, %30
  %623 = add i64 %622, 1
  %624 = mul i64 %623, 1
  %625 = add i64 %624, %24
  %626 = mul i64 %625, 25
  %627 = add i64 %626, %620
  %628 = mul i64 %627, 8
  %629 = load <8 x float>, <8 x float>* %10, align 32
  %630 = fcmp ogt <8 x float> %629, zeroinitializer
  %631 = select <8 x i1> %630, <8 x float> %629, <8 x float> zeroinitializer
  %632 = getelementptr inbounds float, float* %0, i64 %628
  %633 = bitcast float* %632 to <8 x float>*
  store <8 x float> %631, <8 x float>* %633, align 4
  %634 = add i64 %x45, 1
  %635 = mul i64 %27, 125
  %636 = add i64 %635, %30
  %637 = add i64 %636, 1
  %638 = mul i64 %637, 1
  %639 = add i64 %638, %24
  %640 = mul i64 %639, 25
  %641 = add i64 %640, %634
  %642 = mul i64 %641, 8
  %643 = load <8 x float>, <8 x float>* %9, align 32
  %644 = fcmp ogt <8 x float> %643, zeroinitializer
  %645 = select <8 x i1> %644, <8 x float> %643, <8 x float> zeroinitializer
  %646 = getelementptr inbounds float, float* %0, i64 %642
  %647 = bitcast float* %646 to <8 x float>*
  store <8 x float> %645, <8 x float>* %647, align 4
  %648 = add i64 %x45, 2
  %649 = mul i64 %27, 125
  %650 = add i64 %649, %30
  %651 = add i64 %650, 1
  %652 = mul i64 %651, 1
  %653 = add i64 %652, %24
  %654 = mul i64 %653, 25
  %655 = add i64 %654, %648
  %656 = mul i64 %655, 8
  %657 = load <8 x float>, <8 x float>* %8, align 32
  %658 = fcmp ogt <8 x float> %657, zeroinitializer
  %659 = select <8 x i1> %658, <8 x float> %657, <8 x float> zeroinitializer
  %660 = getelementptr inbounds float, float* %0, i64 %656
  %661 = bitcast float* %660 to <8 x float>*
  store <8 x float> %659, <8 x float>* %661, align 4
  %662 = add i64 %x45, 3
  %663 = mul i64 %27, 125
  %664 = add i64 %663, %30
  %665 = add i64 %664, 1
  %666 = mul i64 %665, 1
  %667 = add i64 %666, %24
  %668 = mul i64 %667, 25
  %669 = add i64 %668, %662
  %670 = mul i64 %669, 8
  %671 = load <8 x float>, <8 x float>* %7, align 32
  %672 = fcmp ogt <8 x float> %671, zeroinitializer
  %673 = select <8 x i1> %672, <8 x float> %671, <8 x float> zeroinitializer
  %674 = getelementptr inbounds float, float* %0, i64 %670
  %675 = bitcast float* %674 to <8 x float>*
  store <8 x float> %673, <8 x float>* %675, align 4
  %676 = add i64 %x45, 4
  %677 = mul i64 %27, 125
  %678 = add i64 %677, %30
  %679 = add i64 %678, 1
  %680 = mul i64 %679, 1
  %681 = add i64 %680, %24
  %682 = mul i64 %681, 25
  %683 = add i64 %682, %676
  %684 = mul i64 %683, 8
  %685 = load <8 x float>, <8 x float>* %6, align 32
  %686 = fcmp ogt <8 x float> %685, zeroinitializer
  %687 = select <8 x i1> %686, <8 x float> %685, <8 x float> zeroinitializer
  %688 = getelementptr inbounds float, float* %0, i64 %684
  %689 = bitcast float* %688 to <8 x float>*
  store <8 x float> %687, <8 x float>* %689, align 4
  %x.next103 = add i64 %x45, 5
  br label %x.header42

kh.header50:                                      ; preds = %endif55, %u.body47
  %kh53 = phi i64 [ 0, %u.body47 ], [ %kh.next101, %endif55 ]
  %690 = icmp slt i64 %kh53, 1
  br i1 %690, label %kh.body51, label %kh.exit52

kh.body51:                                        ; preds = %kh.header50
  %691 = mul i64 %kh53, 1
  %692 = add i64 %40, %691
  %693 = icmp sge i64 %692, 0
  %694 = icmp slt i64 %692, 1
  %695 = and i1 %693, %694
  br i1 %695, label %then54, label %endif55

kh.exit52:                                        ; preds = %kh.header50
  %u.next102 = add i64 %u49, 1
  br label %u.header46

then54:                                           ; preds = %kh.body51
  %696 = mul i64 %692, 200
  %697 = add i64 %547, %696
  br label %kw.header56

endif55:                                          ; preds = %kw.exit58, %kh.body51
  %kh.next101 = add i64 %kh53, 1
  br label %kh.header50

kw.header56:                                      ; preds = %kw.body57, %then54
  %kw59 = phi i64 [ 0, %then54 ], [ %kw.next100, %kw.body57 ]
  %698 = icmp slt i64 %kw59, 1
  br i1 %698, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %699 = mul i64 %kw59, 1
  %700 = add i64 %544, %699
  %701 = mul i64 %kh53, 1
  %702 = add i64 %701, %kw59
  %703 = mul i64 %702, 64
  %704 = add i64 %549, %703
  %705 = add i64 %704, 0
  %706 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %705
  %707 = bitcast float* %706 to <8 x float>*
  %708 = load <8 x float>, <8 x float>* %707, align 4
  %709 = add i64 %704, 8000
  %710 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %709
  %711 = bitcast float* %710 to <8 x float>*
  %712 = load <8 x float>, <8 x float>* %711, align 4
  %713 = add i64 %700, 0
  %714 = mul i64 %713, 8
  %715 = add i64 %714, 0
  %716 = add i64 %697, %715
  %717 = getelementptr inbounds float, float* %1, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat60 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %15, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %708, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %15, align 32
  %722 = load <8 x float>, <8 x float>* %10, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %712, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %10, align 32
  %724 = add i64 %700, 1
  %725 = mul i64 %724, 8
  %726 = add i64 %725, 0
  %727 = add i64 %697, %726
  %728 = getelementptr inbounds float, float* %1, i64 %727
  %729 = load float, float* %728, align 4
  %730 = insertelement <8 x float> undef, float %729, i32 0
  %splat61 = shufflevector <8 x float> %730, <8 x float> undef, <8 x i32> zeroinitializer
  %731 = load <8 x float>, <8 x float>* %14, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %708, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %14, align 32
  %733 = load <8 x float>, <8 x float>* %9, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %712, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %9, align 32
  %735 = add i64 %700, 2
  %736 = mul i64 %735, 8
  %737 = add i64 %736, 0
  %738 = add i64 %697, %737
  %739 = getelementptr inbounds float, float* %1, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat62 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %13, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %708, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %13, align 32
  %744 = load <8 x float>, <8 x float>* %8, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %712, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %8, align 32
  %746 = add i64 %700, 3
  %747 = mul i64 %746, 8
  %748 = add i64 %747, 0
  %749 = add i64 %697, %748
  %750 = getelementptr inbounds float, float* %1, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat63 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %12, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %708, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %12, align 32
  %755 = load <8 x float>, <8 x float>* %7, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %712, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %7, align 32
  %757 = add i64 %700, 4
  %758 = mul i64 %757, 8
  %759 = add i64 %758, 0
  %760 = add i64 %697, %759
  %761 = getelementptr inbounds float, float* %1, i64 %760
  %762 = load float, float* %761, align 4
  %763 = insertelement <8 x float> undef, float %762, i32 0
  %splat64 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
  %764 = load <8 x float>, <8 x float>* %11, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %708, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %11, align 32
  %766 = load <8 x float>, <8 x float>* %6, align 32
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %712, <8 x float> %766)
  store <8 x float> %767, <8 x float>* %6, align 32
  %768 = add i64 %704, 8
  %769 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %768
  %770 = bitcast float* %769 to <8 x float>*
  %771 = load <8 x float>, <8 x float>* %770, align 4
  %772 = add i64 %704, 8008
  %773 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %772
  %774 = bitcast float* %773 to <8 x float>*
  %775 = load <8 x float>, <8 x float>* %774, align 4
  %776 = add i64 %700, 0
  %777 = mul i64 %776, 8
  %778 = add i64 %777, 1
  %779 = add i64 %697, %778
  %780 = getelementptr inbounds float, float* %1, i64 %779
  %781 = load float, float* %780, align 4
  %782 = insertelement <8 x float> undef, float %781, i32 0
  %splat65 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
  %783 = load <8 x float>, <8 x float>* %15, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %771, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %15, align 32
  %785 = load <8 x float>, <8 x float>* %10, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %775, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %10, align 32
  %787 = add i64 %700, 1
  %788 = mul i64 %787, 8
  %789 = add i64 %788, 1
  %790 = add i64 %697, %789
  %791 = getelementptr inbounds float, float* %1, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat66 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %14, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %771, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %14, align 32
  %796 = load <8 x float>, <8 x float>* %9, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %775, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %9, align 32
  %798 = add i64 %700, 2
  %799 = mul i64 %798, 8
  %800 = add i64 %799, 1
  %801 = add i64 %697, %800
  %802 = getelementptr inbounds float, float* %1, i64 %801
  %803 = load float, float* %802, align 4
  %804 = insertelement <8 x float> undef, float %803, i32 0
  %splat67 = shufflevector <8 x float> %804, <8 x float> undef, <8 x i32> zeroinitializer
  %805 = load <8 x float>, <8 x float>* %13, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %771, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %13, align 32
  %807 = load <8 x float>, <8 x float>* %8, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %775, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %8, align 32
  %809 = add i64 %700, 3
  %810 = mul i64 %809, 8
  %811 = add i64 %810, 1
  %812 = add i64 %697, %811
  %813 = getelementptr inbounds float, float* %1, i64 %812
  %814 = load float, float* %813, align 4
  %815 = insertelement <8 x float> undef, float %814, i32 0
  %splat68 = shufflevector <8 x float> %815, <8 x float> undef, <8 x i32> zeroinitializer
  %816 = load <8 x float>, <8 x float>* %12, align 32
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %771, <8 x float> %816)
  store <8 x float> %817, <8 x float>* %12, align 32
  %818 = load <8 x float>, <8 x float>* %7, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %775, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %7, align 32
  %820 = add i64 %700, 4
  %821 = mul i64 %820, 8
  %822 = add i64 %821, 1
  %823 = add i64 %697, %822
  %824 = getelementptr inbounds float, float* %1, i64 %823
  %825 = load float, float* %824, align 4
  %826 = insertelement <8 x float> undef, float %825, i32 0
  %splat69 = shufflevector <8 x float> %826, <8 x float> undef, <8 x i32> zeroinitializer
  %827 = load <8 x float>, <8 x float>* %11, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %771, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %11, align 32
  %829 = load <8 x float>, <8 x float>* %6, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %775, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %6, align 32
  %831 = add i64 %704, 16
  %832 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %831
  %833 = bitcast float* %832 to <8 x float>*
  %834 = load <8 x float>, <8 x float>* %833, align 4
  %835 = add i64 %704, 8016
  %836 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %835
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = add i64 %700, 0
  %840 = mul i64 %839, 8
  %841 = add i64 %840, 2
  %842 = add i64 %697, %841
  %843 = getelementptr inbounds float, float* %1, i64 %842
  %844 = load float, float* %843, align 4
  %845 = insertelement <8 x float> undef, float %844, i32 0
  %splat70 = shufflevector <8 x float> %845, <8 x float> undef, <8 x i32> zeroinitializer
  %846 = load <8 x float>, <8 x float>* %15, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %834, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %15, align 32
  %848 = load <8 x float>, <8 x float>* %10, align 32
  %849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %838, <8 x float> %848)
  store <8 x float> %849, <8 x float>* %10, align 32
  %850 = add i64 %700, 1
  %851 = mul i64 %850, 8
  %852 = add i64 %851, 2
  %853 = add i64 %697, %852
  %854 = getelementptr inbounds float, float* %1, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat71 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %14, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %834, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %14, align 32
  %859 = load <8 x float>, <8 x float>* %9, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %838, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %9, align 32
  %861 = add i64 %700, 2
  %862 = mul i64 %861, 8
  %863 = add i64 %862, 2
  %864 = add i64 %697, %863
  %865 = getelementptr inbounds float, float* %1, i64 %864
  %866 = load float, float* %865, align 4
  %867 = insertelement <8 x float> undef, float %866, i32 0
  %splat72 = shufflevector <8 x float> %867, <8 x float> undef, <8 x i32> zeroinitializer
  %868 = load <8 x float>, <8 x float>* %13, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %834, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %13, align 32
  %870 = load <8 x float>, <8 x float>* %8, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %838, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %8, align 32
  %872 = add i64 %700, 3
  %873 = mul i64 %872, 8
  %874 = add i64 %873, 2
  %875 = add i64 %697, %874
  %876 = getelementptr inbounds float, float* %1, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat73 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %12, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %834, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %12, align 32
  %881 = load <8 x float>, <8 x float>* %7, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %838, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %7, align 32
  %883 = add i64 %700, 4
  %884 = mul i64 %883, 8
  %885 = add i64 %884, 2
  %886 = add i64 %697, %885
  %887 = getelementptr inbounds float, float* %1, i64 %886
  %888 = load float, float* %887, align 4
  %889 = insertelement <8 x float> undef, float %888, i32 0
  %splat74 = shufflevector <8 x float> %889, <8 x float> undef, <8 x i32> zeroinitializer
  %890 = load <8 x float>, <8 x float>* %11, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %834, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %11, align 32
  %892 = load <8 x float>, <8 x float>* %6, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %838, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %6, align 32
  %894 = add i64 %704, 24
  %895 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %894
  %896 = bitcast float* %895 to <8 x float>*
  %897 = load <8 x float>, <8 x float>* %896, align 4
  %898 = add i64 %704, 8024
  %899 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %898
  %900 = bitcast float* %899 to <8 x float>*
  %901 = load <8 x float>, <8 x float>* %900, align 4
  %902 = add i64 %700, 0
  %903 = mul i64 %902, 8
  %904 = add i64 %903, 3
  %905 = add i64 %697, %904
  %906 = getelementptr inbounds float, float* %1, i64 %905
  %907 = load float, float* %906, align 4
  %908 = insertelement <8 x float> undef, float %907, i32 0
  %splat75 = shufflevector <8 x float> %908, <8 x float> undef, <8 x i32> zeroinitializer
  %909 = load <8 x float>, <8 x float>* %15, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %897, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %15, align 32
  %911 = load <8 x float>, <8 x float>* %10, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %901, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %10, align 32
  %913 = add i64 %700, 1
  %914 = mul i64 %913, 8
  %915 = add i64 %914, 3
  %916 = add i64 %697, %915
  %917 = getelementptr inbounds float, float* %1, i64 %916
  %918 = load float, float* %917, align 4
  %919 = insertelement <8 x float> undef, float %918, i32 0
  %splat76 = shufflevector <8 x float> %919, <8 x float> undef, <8 x i32> zeroinitializer
  %920 = load <8 x float>, <8 x float>* %14, align 32
  %921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %897, <8 x float> %920)
  store <8 x float> %921, <8 x float>* %14, align 32
  %922 = load <8 x float>, <8 x float>* %9, align 32
  %923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %901, <8 x float> %922)
  store <8 x float> %923, <8 x float>* %9, align 32
  %924 = add i64 %700, 2
  %925 = mul i64 %924, 8
  %926 = add i64 %925, 3
  %927 = add i64 %697, %926
  %928 = getelementptr inbounds float, float* %1, i64 %927
  %929 = load float, float* %928, align 4
  %930 = insertelement <8 x float> undef, float %929, i32 0
  %splat77 = shufflevector <8 x float> %930, <8 x float> undef, <8 x i32> zeroinitializer
  %931 = load <8 x float>, <8 x float>* %13, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %897, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %13, align 32
  %933 = load <8 x float>, <8 x float>* %8, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %901, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %8, align 32
  %935 = add i64 %700, 3
  %936 = mul i64 %935, 8
  %937 = add i64 %936, 3
  %938 = add i64 %697, %937
  %939 = getelementptr inbounds float, float* %1, i64 %938
  %940 = load float, float* %939, align 4
  %941 = insertelement <8 x float> undef, float %940, i32 0
  %splat78 = shufflevector <8 x float> %941, <8 x float> undef, <8 x i32> zeroinitializer
  %942 = load <8 x float>, <8 x float>* %12, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %897, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %12, align 32
  %944 = load <8 x float>, <8 x float>* %7, align 32
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %901, <8 x float> %944)
  store <8 x float> %945, <8 x float>* %7, align 32
  %946 = add i64 %700, 4
  %947 = mul i64 %946, 8
  %948 = add i64 %947, 3
  %949 = add i64 %697, %948
  %950 = getelementptr inbounds float, float* %1, i64 %949
  %951 = load float, float* %950, align 4
  %952 = insertelement <8 x float> undef, float %951, i32 0
  %splat79 = shufflevector <8 x float> %952, <8 x float> undef, <8 x i32> zeroinitializer
  %953 = load <8 x float>, <8 x float>* %11, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %897, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %11, align 32
  %955 = load <8 x float>, <8 x float>* %6, align 32
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %901, <8 x float> %955)
  store <8 x float> %956, <8 x float>* %6, align 32
  %957 = add i64 %704, 32
  %958 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %957
  %959 = bitcast float* %958 to <8 x float>*
  %960 = load <8 x float>, <8 x float>* %959, align 4
  %961 = add i64 %704, 8032
  %962 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %961
  %963 = bitcast float* %962 to <8 x float>*
  %964 = load <8 x float>, <8 x float>* %963, align 4
  %965 = add i64 %700, 0
  %966 = mul i64 %965, 8
  %967 = add i64 %966, 4
  %968 = add i64 %697, %967
  %969 = getelementptr inbounds float, float* %1, i64 %968
  %970 = load float, float* %969, align 4
  %971 = insertelement <8 x float> undef, float %970, i32 0
  %splat80 = shufflevector <8 x float> %971, <8 x float> undef, <8 x i32> zeroinitializer
  %972 = load <8 x float>, <8 x float>* %15, align 32
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %960, <8 x float> %972)
  store <8 x float> %973, <8 x float>* %15, align 32
  %974 = load <8 x float>, <8 x float>* %10, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %964, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %10, align 32
  %976 = add i64 %700, 1
  %977 = mul i64 %976, 8
  %978 = add i64 %977, 4
  %979 = add i64 %697, %978
  %980 = getelementptr inbounds float, float* %1, i64 %979
  %981 = load float, float* %980, align 4
  %982 = insertelement <8 x float> undef, float %981, i32 0
  %splat81 = shufflevector <8 x float> %982, <8 x float> undef, <8 x i32> zeroinitializer
  %983 = load <8 x float>, <8 x float>* %14, align 32
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %960, <8 x float> %983)
  store <8 x float> %984, <8 x float>* %14, align 32
  %985 = load <8 x float>, <8 x float>* %9, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %964, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %9, align 32
  %987 = add i64 %700, 2
  %988 = mul i64 %987, 8
  %989 = add i64 %988, 4
  %990 = add i64 %697, %989
  %991 = getelementptr inbounds float, float* %1, i64 %990
  %992 = load float, float* %991, align 4
  %993 = insertelement <8 x float> undef, float %992, i32 0
  %splat82 = shufflevector <8 x float> %993, <8 x float> undef, <8 x i32> zeroinitializer
  %994 = load <8 x float>, <8 x float>* %13, align 32
  %995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %960, <8 x float> %994)
  store <8 x float> %995, <8 x float>* %13, align 32
  %996 = load <8 x float>, <8 x float>* %8, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %964, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %8, align 32
  %998 = add i64 %700, 3
  %999 = mul i64 %998, 8
  %1000 = add i64 %999, 4
  %1001 = add i64 %697, %1000
  %1002 = getelementptr inbounds float, float* %1, i64 %1001
  %1003 = load float, float* %1002, align 4
  %1004 = insertelement <8 x float> undef, float %1003, i32 0
  %splat83 = shufflevector <8 x float> %1004, <8 x float> undef, <8 x i32> zeroinitializer
  %1005 = load <8 x float>, <8 x float>* %12, align 32
  %1006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %960, <8 x float> %1005)
  store <8 x float> %1006, <8 x float>* %12, align 32
  %1007 = load <8 x float>, <8 x float>* %7, align 32
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %964, <8 x float> %1007)
  store <8 x float> %1008, <8 x float>* %7, align 32
  %1009 = add i64 %700, 4
  %1010 = mul i64 %1009, 8
  %1011 = add i64 %1010, 4
  %1012 = add i64 %697, %1011
  %1013 = getelementptr inbounds float, float* %1, i64 %1012
  %1014 = load float, float* %1013, align 4
  %1015 = insertelement <8 x float> undef, float %1014, i32 0
  %splat84 = shufflevector <8 x float> %1015, <8 x float> undef, <8 x i32> zeroinitializer
  %1016 = load <8 x float>, <8 x float>* %11, align 32
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %960, <8 x float> %1016)
  store <8 x float> %1017, <8 x float>* %11, align 32
  %1018 = load <8 x float>, <8 x float>* %6, align 32
  %1019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %964, <8 x float> %1018)
  store <8 x float> %1019, <8 x float>* %6, align 32
  %1020 = add i64 %704, 40
  %1021 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %1020
  %1022 = bitcast float* %1021 to <8 x float>*
  %1023 = load <8 x float>, <8 x float>* %1022, align 4
  %1024 = add i64 %704, 8040
  %1025 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %1024
  %1026 = bitcast float* %1025 to <8 x float>*
  %1027 = load <8 x float>, <8 x float>* %1026, align 4
  %1028 = add i64 %700, 0
  %1029 = mul i64 %1028, 8
  %1030 = add i64 %1029, 5
  %1031 = add i64 %697, %1030
  %1032 = getelementptr inbounds float, float* %1, i64 %1031
  %1033 = load float, float* %1032, align 4
  %1034 = insertelement <8 x float> undef, float %1033, i32 0
  %splat85 = shufflevector <8 x float> %1034, <8 x float> undef, <8 x i32> zeroinitializer
  %1035 = load <8 x float>, <8 x float>* %15, align 32
  %1036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1023, <8 x float> %1035)
  store <8 x float> %1036, <8 x float>* %15, align 32
  %1037 = load <8 x float>, <8 x float>* %10, align 32
  %1038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1027, <8 x float> %1037)
  store <8 x float> %1038, <8 x float>* %10, align 32
  %1039 = add i64 %700, 1
  %1040 = mul i64 %1039, 8
  %1041 = add i64 %1040, 5
  %1042 = add i64 %697, %1041
  %1043 = getelementptr inbounds float, float* %1, i64 %1042
  %1044 = load float, float* %1043, align 4
  %1045 = insertelement <8 x float> undef, float %1044, i32 0
  %splat86 = shufflevector <8 x float> %1045, <8 x float> undef, <8 x i32> zeroinitializer
  %1046 = load <8 x float>, <8 x float>* %14, align 32
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1023, <8 x float> %1046)
  store <8 x float> %1047, <8 x float>* %14, align 32
  %1048 = load <8 x float>, <8 x float>* %9, align 32
  %1049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1027, <8 x float> %1048)
  store <8 x float> %1049, <8 x float>* %9, align 32
  %1050 = add i64 %700, 2
  %1051 = mul i64 %1050, 8
  %1052 = add i64 %1051, 5
  %1053 = add i64 %697, %1052
  %1054 = getelementptr inbounds float, float* %1, i64 %1053
  %1055 = load float, float* %1054, align 4
  %1056 = insertelement <8 x float> undef, float %1055, i32 0
  %splat87 = shufflevector <8 x float> %1056, <8 x float> undef, <8 x i32> zeroinitializer
  %1057 = load <8 x float>, <8 x float>* %13, align 32
  %1058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1023, <8 x float> %1057)
  store <8 x float> %1058, <8 x float>* %13, align 32
  %1059 = load <8 x float>, <8 x float>* %8, align 32
  %1060 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1027, <8 x float> %1059)
  store <8 x float> %1060, <8 x float>* %8, align 32
  %1061 = add i64 %700, 3
  %1062 = mul i64 %1061, 8
  %1063 = add i64 %1062, 5
  %1064 = add i64 %697, %1063
  %1065 = getelementptr inbounds float, float* %1, i64 %1064
  %1066 = load float, float* %1065, align 4
  %1067 = insertelement <8 x float> undef, float %1066, i32 0
  %splat88 = shufflevector <8 x float> %1067, <8 x float> undef, <8 x i32> zeroinitializer
  %1068 = load <8 x float>, <8 x float>* %12, align 32
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1023, <8 x float> %1068)
  store <8 x float> %1069, <8 x float>* %12, align 32
  %1070 = load <8 x float>, <8 x float>* %7, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1027, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %7, align 32
  %1072 = add i64 %700, 4
  %1073 = mul i64 %1072, 8
  %1074 = add i64 %1073, 5
  %1075 = add i64 %697, %1074
  %1076 = getelementptr inbounds float, float* %1, i64 %1075
  %1077 = load float, float* %1076, align 4
  %1078 = insertelement <8 x float> undef, float %1077, i32 0
  %splat89 = shufflevector <8 x float> %1078, <8 x float> undef, <8 x i32> zeroinitializer
  %1079 = load <8 x float>, <8 x float>* %11, align 32
  %1080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1023, <8 x float> %1079)
  store <8 x float> %1080, <8 x float>* %11, align 32
  %1081 = load <8 x float>, <8 x float>* %6, align 32
  %1082 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1027, <8 x float> %1081)
  store <8 x float> %1082, <8 x float>* %6, align 32
  %1083 = add i64 %704, 48
  %1084 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %1083
  %1085 = bitcast float* %1084 to <8 x float>*
  %1086 = load <8 x float>, <8 x float>* %1085, align 4
  %1087 = add i64 %704, 8048
  %1088 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %1087
  %1089 = bitcast float* %1088 to <8 x float>*
  %1090 = load <8 x float>, <8 x float>* %1089, align 4
  %1091 = add i64 %700, 0
  %1092 = mul i64 %1091, 8
  %1093 = add i64 %1092, 6
  %1094 = add i64 %697, %1093
  %1095 = getelementptr inbounds float, float* %1, i64 %1094
  %1096 = load float, float* %1095, align 4
  %1097 = insertelement <8 x float> undef, float %1096, i32 0
  %splat90 = shufflevector <8 x float> %1097, <8 x float> undef, <8 x i32> zeroinitializer
  %1098 = load <8 x float>, <8 x float>* %15, align 32
  %1099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1086, <8 x float> %1098)
  store <8 x float> %1099, <8 x float>* %15, align 32
  %1100 = load <8 x float>, <8 x float>* %10, align 32
  %1101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1090, <8 x float> %1100)
  store <8 x float> %1101, <8 x float>* %10, align 32
  %1102 = add i64 %700, 1
  %1103 = mul i64 %1102, 8
  %1104 = add i64 %1103, 6
  %1105 = add i64 %697, %1104
  %1106 = getelementptr inbounds float, float* %1, i64 %1105
  %1107 = load float, float* %1106, align 4
  %1108 = insertelement <8 x float> undef, float %1107, i32 0
  %splat91 = shufflevector <8 x float> %1108, <8 x float> undef, <8 x i32> zeroinitializer
  %1109 = load <8 x float>, <8 x float>* %14, align 32
  %1110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1086, <8 x float> %1109)
  store <8 x float> %1110, <8 x float>* %14, align 32
  %1111 = load <8 x float>, <8 x float>* %9, align 32
  %1112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1090, <8 x float> %1111)
  store <8 x float> %1112, <8 x float>* %9, align 32
  %1113 = add i64 %700, 2
  %1114 = mul i64 %1113, 8
  %1115 = add i64 %1114, 6
  %1116 = add i64 %697, %1115
  %1117 = getelementptr inbounds float, float* %1, i64 %1116
  %1118 = load float, float* %1117, align 4
  %1119 = insertelement <8 x float> undef, float %1118, i32 0
  %splat92 = shufflevector <8 x float> %1119, <8 x float> undef, <8 x i32> zeroinitializer
  %1120 = load <8 x float>, <8 x float>* %13, align 32
  %1121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1086, <8 x float> %1120)
  store <8 x float> %1121, <8 x float>* %13, align 32
  %1122 = load <8 x float>, <8 x float>* %8, align 32
  %1123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1090, <8 x float> %1122)
  store <8 x float> %1123, <8 x float>* %8, align 32
  %1124 = add i64 %700, 3
  %1125 = mul i64 %1124, 8
  %1126 = add i64 %1125, 6
  %1127 = add i64 %697, %1126
  %1128 = getelementptr inbounds float, float* %1, i64 %1127
  %1129 = load float, float* %1128, align 4
  %1130 = insertelement <8 x float> undef, float %1129, i32 0
  %splat93 = shufflevector <8 x float> %1130, <8 x float> undef, <8 x i32> zeroinitializer
  %1131 = load <8 x float>, <8 x float>* %12, align 32
  %1132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1086, <8 x float> %1131)
  store <8 x float> %1132, <8 x float>* %12, align 32
  %1133 = load <8 x float>, <8 x float>* %7, align 32
  %1134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1090, <8 x float> %1133)
  store <8 x float> %1134, <8 x float>* %7, align 32
  %1135 = add i64 %700, 4
  %1136 = mul i64 %1135, 8
  %1137 = add i64 %1136, 6
  %1138 = add i64 %697, %1137
  %1139 = getelementptr inbounds float, float* %1, i64 %1138
  %1140 = load float, float* %1139, align 4
  %1141 = insertelement <8 x float> undef, float %1140, i32 0
  %splat94 = shufflevector <8 x float> %1141, <8 x float> undef, <8 x i32> zeroinitializer
  %1142 = load <8 x float>, <8 x float>* %11, align 32
  %1143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1086, <8 x float> %1142)
  store <8 x float> %1143, <8 x float>* %11, align 32
  %1144 = load <8 x float>, <8 x float>* %6, align 32
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1090, <8 x float> %1144)
  store <8 x float> %1145, <8 x float>* %6, align 32
  %1146 = add i64 %704, 56
  %1147 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %1146
  %1148 = bitcast float* %1147 to <8 x float>*
  %1149 = load <8 x float>, <8 x float>* %1148, align 4
  %1150 = add i64 %704, 8056
  %1151 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.packed to float*), i64 %1150
  %1152 = bitcast float* %1151 to <8 x float>*
  %1153 = load <8 x float>, <8 x float>* %1152, align 4
  %1154 = add i64 %700, 0
  %1155 = mul i64 %1154, 8
  %1156 = add i64 %1155, 7
  %1157 = add i64 %697, %1156
  %1158 = getelementptr inbounds float, float* %1, i64 %1157
  %1159 = load float, float* %1158, align 4
  %1160 = insertelement <8 x float> undef, float %1159, i32 0
  %splat95 = shufflevector <8 x float> %1160, <8 x float> undef, <8 x i32> zeroinitializer
  %1161 = load <8 x float>, <8 x float>* %15, align 32
  %1162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1149, <8 x float> %1161)
  store <8 x float> %1162, <8 x float>* %15, align 32
  %1163 = load <8 x float>, <8 x float>* %10, align 32
  %1164 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1153, <8 x float> %1163)
  store <8 x float> %1164, <8 x float>* %10, align 32
  %1165 = add i64 %700, 1
  %1166 = mul i64 %1165, 8
  %1167 = add i64 %1166, 7
  %1168 = add i64 %697, %1167
  %1169 = getelementptr inbounds float, float* %1, i64 %1168
  %1170 = load float, float* %1169, align 4
  %1171 = insertelement <8 x float> undef, float %1170, i32 0
  %splat96 = shufflevector <8 x float> %1171, <8 x float> undef, <8 x i32> zeroinitializer
  %1172 = load <8 x float>, <8 x float>* %14, align 32
  %1173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1149, <8 x float> %1172)
  store <8 x float> %1173, <8 x float>* %14, align 32
  %1174 = load <8 x float>, <8 x float>* %9, align 32
  %1175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1153, <8 x float> %1174)
  store <8 x float> %1175, <8 x float>* %9, align 32
  %1176 = add i64 %700, 2
  %1177 = mul i64 %1176, 8
  %1178 = add i64 %1177, 7
  %1179 = add i64 %697, %1178
  %1180 = getelementptr inbounds float, float* %1, i64 %1179
  %1181 = load float, float* %1180, align 4
  %1182 = insertelement <8 x float> undef, float %1181, i32 0
  %splat97 = shufflevector <8 x float> %1182, <8 x float> undef, <8 x i32> zeroinitializer
  %1183 = load <8 x float>, <8 x float>* %13, align 32
  %1184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1149, <8 x float> %1183)
  store <8 x float> %1184, <8 x float>* %13, align 32
  %1185 = load <8 x float>, <8 x float>* %8, align 32
  %1186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1153, <8 x float> %1185)
  store <8 x float> %1186, <8 x float>* %8, align 32
  %1187 = add i64 %700, 3
  %1188 = mul i64 %1187, 8
  %1189 = add i64 %1188, 7
  %1190 = add i64 %697, %1189
  %1191 = getelementptr inbounds float, float* %1, i64 %1190
  %1192 = load float, float* %1191, align 4
  %1193 = insertelement <8 x float> undef, float %1192, i32 0
  %splat98 = shufflevector <8 x float> %1193, <8 x float> undef, <8 x i32> zeroinitializer
  %1194 = load <8 x float>, <8 x float>* %12, align 32
  %1195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1149, <8 x float> %1194)
  store <8 x float> %1195, <8 x float>* %12, align 32
  %1196 = load <8 x float>, <8 x float>* %7, align 32
  %1197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1153, <8 x float> %1196)
  store <8 x float> %1197, <8 x float>* %7, align 32
  %1198 = add i64 %700, 4
  %1199 = mul i64 %1198, 8
  %1200 = add i64 %1199, 7
  %1201 = add i64 %697, %1200
  %1202 = getelementptr inbounds float, float* %1, i64 %1201
  %1203 = load float, float* %1202, align 4
  %1204 = insertelement <8 x float> undef, float %1203, i32 0
  %splat99 = shufflevector <8 x float> %1204, <8 x float> undef, <8 x i32> zeroinitializer
  %1205 = load <8 x float>, <8 x float>* %11, align 32
  %1206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1149, <8 x float> %1205)
  store <8 x float> %1206, <8 x float>* %11, align 32
  %1207 = load <8 x float>, <8 x float>* %6, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1153, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %6, align 32
  %kw.next100 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  br label %endif55
}

; Function Attrs: nounwind
define internal void @node14.conv2d_12.step0(i8* %0) #2 {
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
  %19 = add i64 63, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 63
  %23 = select i1 %22, i64 %21, i64 63
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 63
  %26 = select i1 %25, i64 %24, i64 63
  call void @node14.conv2d_12.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node15.globalAvgPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %p.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %p.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  %8 = mul i64 %task, 200
  br label %p.header

task.exit:                                        ; preds = %task.header
  ret void

p.header:                                         ; preds = %p.body, %task.body
  %p = phi i64 [ 0, %task.body ], [ %p.next, %p.body ]
  %9 = icmp slt i64 %p, 25
  br i1 %9, label %p.body, label %p.exit

p.body:                                           ; preds = %p.header
  %10 = mul i64 %p, 8
  %11 = add i64 %8, %10
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = bitcast float* %12 to <8 x float>*
  %14 = load <8 x float>, <8 x float>* %13, align 4
  %15 = load <8 x float>, <8 x float>* %6, align 32
  %16 = fadd <8 x float> %15, %14
  store <8 x float> %16, <8 x float>* %6, align 32
  %p.next = add i64 %p, 1
  br label %p.header

p.exit:                                           ; preds = %p.header
  %17 = load <8 x float>, <8 x float>* %6, align 32
  %18 = fdiv <8 x float> %17, <float 2.500000e+01, float 2.500000e+01, float 2.500000e+01, float 2.500000e+01, float 2.500000e+01, float 2.500000e+01, float 2.500000e+01, float 2.500000e+01>
  %19 = mul i64 %task, 8
  %20 = getelementptr inbounds float, float* %0, i64 %19
  %21 = bitcast float* %20 to <8 x float>*
  store <8 x float> %18, <8 x float>* %21, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node15.globalAvgPool2d_1.step0(i8* %0) #2 {
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
  %19 = add i64 125, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 125
  %23 = select i1 %22, i64 %21, i64 125
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 125
  %26 = select i1 %25, i64 %24, i64 125
  call void @node15.globalAvgPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.softmax_1.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node17.softmax_1.step0(i8* %0) #2 {
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
  call void @node17.softmax_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @nin_run(i8** %0, i8** %1, i8* %2) #2 {
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
  %fresh = call i8* @malloc(i64 2239551)
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
  %24 = getelementptr inbounds i8, i8* %workspace7, i64 1119744
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
  %31 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %32 = getelementptr inbounds i8, i8* %workspace7, i64 1119744
  %33 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %31, i8** %33, align 8
  %34 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %32, i8** %34, align 8
  %35 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %35, align 8
  %36 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %36, align 8
  %37 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_3.step0, i8* %37, i32 0, i32 0)
  %38 = getelementptr inbounds i8, i8* %workspace7, i64 1119744
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
  call void @GOMP_parallel(void (i8*)* @node3.maxPool2d_1.step0, i8* %44, i32 0, i32 0)
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %46 = getelementptr inbounds i8, i8* %workspace7, i64 1119744
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
  %52 = getelementptr inbounds i8, i8* %workspace7, i64 692224
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
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_5.step0, i8* %58, i32 0, i32 0)
  %59 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %60 = getelementptr inbounds i8, i8* %workspace7, i64 692224
  %61 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %59, i8** %61, align 8
  %62 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %60, i8** %62, align 8
  %63 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %63, align 8
  %64 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %64, align 8
  %65 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node6.conv2d_6.step0, i8* %65, i32 0, i32 0)
  %66 = getelementptr inbounds i8, i8* %workspace7, i64 692224
  %67 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %68 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %66, i8** %68, align 8
  %69 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %67, i8** %69, align 8
  %70 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %70, align 8
  %71 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %71, align 8
  %72 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node7.maxPool2d_2.step0, i8* %72, i32 0, i32 0)
  %73 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %74 = getelementptr inbounds i8, i8* %workspace7, i64 692224
  %75 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %73, i8** %75, align 8
  %76 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %74, i8** %76, align 8
  %77 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %77, align 8
  %78 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %78, align 8
  %79 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node8.conv2d_7.step0, i8* %79, i32 0, i32 0)
  %80 = getelementptr inbounds i8, i8* %workspace7, i64 221184
  %81 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %82 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %80, i8** %82, align 8
  %83 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %81, i8** %83, align 8
  %84 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %84, align 8
  %85 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %85, align 8
  %86 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node9.conv2d_8.step0, i8* %86, i32 0, i32 0)
  %87 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %88 = getelementptr inbounds i8, i8* %workspace7, i64 221184
  %89 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %87, i8** %89, align 8
  %90 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %88, i8** %90, align 8
  %91 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %91, align 8
  %92 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %92, align 8
  %93 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_9.step0, i8* %93, i32 0, i32 0)
  %94 = getelementptr inbounds i8, i8* %workspace7, i64 221184
  %95 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %96 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %94, i8** %96, align 8
  %97 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %95, i8** %97, align 8
  %98 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %98, align 8
  %99 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %99, align 8
  %100 = bitcast [4 x i8*]* %args to i8*
  call void @node11.maxPool2d_3.step0(i8* %100)
  %101 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %102 = getelementptr inbounds i8, i8* %workspace7, i64 221184
  %103 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %101, i8** %103, align 8
  %104 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %102, i8** %104, align 8
  %105 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %105, align 8
  %106 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %106, align 8
  %107 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node12.conv2d_10.step0, i8* %107, i32 0, i32 0)
  %108 = getelementptr inbounds i8, i8* %workspace7, i64 100032
  %109 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %110 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %108, i8** %110, align 8
  %111 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %109, i8** %111, align 8
  %112 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %112, align 8
  %113 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %113, align 8
  %114 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node13.conv2d_11.step0, i8* %114, i32 0, i32 0)
  %115 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %116 = getelementptr inbounds i8, i8* %workspace7, i64 100032
  %117 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %115, i8** %117, align 8
  %118 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %116, i8** %118, align 8
  %119 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %119, align 8
  %120 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %120, align 8
  %121 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_12.step0, i8* %121, i32 0, i32 0)
  %122 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %123 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %123, align 8
  %124 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %122, i8** %124, align 8
  %125 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %125, align 8
  %126 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %126, align 8
  %127 = bitcast [4 x i8*]* %args to i8*
  call void @node15.globalAvgPool2d_1.step0(i8* %127)
  %128 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %128, align 8
  %129 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %129, align 8
  %130 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %130, align 8
  %131 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %131, align 8
  %132 = bitcast [4 x i8*]* %args to i8*
  call void @node17.softmax_1.step0(i8* %132)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @nin_info() #3 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #3 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @nin_workspace_size() #3 {
entry:
  ret i64 2239551
}

; Function Attrs: nounwind
define i32 @nin_infer(i8* %0, i8* %1, i8* %2) #3 {
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
  %11 = call i32 @nin_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { nounwind }
