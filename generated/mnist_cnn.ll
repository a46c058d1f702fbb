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

task.header:                                      ; preds = %u.exit8, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit8 ]
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
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %41 = icmp slt i64 %x, 24
  br i1 %41, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %42 = add i64 %34, 0
  %43 = mul i64 %42, 8
  %44 = getelementptr inbounds float, float* %5, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  store <8 x float> %46, <8 x float>* %23, align 32
  store <8 x float> %46, <8 x float>* %22, align 32
  store <8 x float> %46, <8 x float>* %21, align 32
  store <8 x float> %46, <8 x float>* %20, align 32
  store <8 x float> %46, <8 x float>* %19, align 32
  store <8 x float> %46, <8 x float>* %18, align 32
  %47 = add i64 %34, 1
  %48 = mul i64 %47, 8
  %49 = getelementptr inbounds float, float* %5, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  store <8 x float> %51, <8 x float>* %17, align 32
  store <8 x float> %51, <8 x float>* %16, align 32
  store <8 x float> %51, <8 x float>* %15, align 32
  store <8 x float> %51, <8 x float>* %14, align 32
  store <8 x float> %51, <8 x float>* %13, align 32
  store <8 x float> %51, <8 x float>* %12, align 32
  %52 = mul i64 %x, 1
  %53 = add i64 %40, %52
  %54 = add i64 %38, %53
  br label %u.header

x.exit:                                           ; preds = %x.header
  %55 = add i64 %34, 0
  %56 = mul i64 %55, 8
  %57 = getelementptr inbounds float, float* %5, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  store <8 x float> %59, <8 x float>* %11, align 32
  store <8 x float> %59, <8 x float>* %10, align 32
  %60 = add i64 %34, 1
  %61 = mul i64 %60, 8
  %62 = getelementptr inbounds float, float* %5, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  store <8 x float> %64, <8 x float>* %9, align 32
  store <8 x float> %64, <8 x float>* %8, align 32
  %65 = add i64 %40, 24
  %66 = add i64 %38, %65
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %67 = icmp slt i64 %u, 1
  br i1 %67, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %68 = mul i64 %u, 784
  %69 = add i64 %54, %68
  %70 = mul i64 %u, 72
  %71 = add i64 %39, %70
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %72 = mul i64 %31, 4
  %73 = add i64 %72, %34
  %74 = add i64 %73, 0
  %75 = mul i64 %74, 26
  %76 = add i64 %75, %28
  %77 = mul i64 %76, 26
  %78 = add i64 %x, 0
  %79 = add i64 %77, %78
  %80 = mul i64 %79, 8
  %81 = load <8 x float>, <8 x float>* %23, align 32
  %82 = fcmp ogt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> %81, <8 x float> zeroinitializer
  %84 = getelementptr inbounds float, float* %0, i64 %80
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %83, <8 x float>* %85, align 4
  %86 = add i64 %x, 1
  %87 = add i64 %77, %86
  %88 = mul i64 %87, 8
  %89 = load <8 x float>, <8 x float>* %22, align 32
  %90 = fcmp ogt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> %89, <8 x float> zeroinitializer
  %92 = getelementptr inbounds float, float* %0, i64 %88
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %91, <8 x float>* %93, align 4
  %94 = add i64 %x, 2
  %95 = add i64 %77, %94
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %21, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 3
  %103 = add i64 %77, %102
  %104 = mul i64 %103, 8
  %105 = load <8 x float>, <8 x float>* %20, align 32
  %106 = fcmp ogt <8 x float> %105, zeroinitializer
  %107 = select <8 x i1> %106, <8 x float> %105, <8 x float> zeroinitializer
  %108 = getelementptr inbounds float, float* %0, i64 %104
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %107, <8 x float>* %109, align 4
  %110 = add i64 %x, 4
  %111 = add i64 %77, %110
  %112 = mul i64 %111, 8
  %113 = load <8 x float>, <8 x float>* %19, align 32
  %114 = fcmp ogt <8 x float> %113, zeroinitializer
  %115 = select <8 x i1> %114, <8 x float> %113, <8 x float> zeroinitializer
  %116 = getelementptr inbounds float, float* %0, i64 %112
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %115, <8 x float>* %117, align 4
  %118 = add i64 %x, 5
  %119 = add i64 %77, %118
  %120 = mul i64 %119, 8
  %121 = load <8 x float>, <8 x float>* %18, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = getelementptr inbounds float, float* %0, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %126 = mul i64 %31, 4
  %127 = add i64 %126, %34
  %128 = add i64 %127, 1
  %129 = mul i64 %128, 26
  %130 = add i64 %129, %28
  %131 = mul i64 %130, 26
  %132 = add i64 %x, 0
  %133 = add i64 %131, %132
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %17, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = add i64 %x, 1
  %141 = add i64 %131, %140
  %142 = mul i64 %141, 8
  %143 = load <8 x float>, <8 x float>* %16, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = getelementptr inbounds float, float* %0, i64 %142
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %145, <8 x float>* %147, align 4
  %148 = add i64 %x, 2
  %149 = add i64 %131, %148
  %150 = mul i64 %149, 8
  %151 = load <8 x float>, <8 x float>* %15, align 32
  %152 = fcmp ogt <8 x float> %151, zeroinitializer
  %153 = select <8 x i1> %152, <8 x float> %151, <8 x float> zeroinitializer
  %154 = getelementptr inbounds float, float* %0, i64 %150
  %155 = bitcast float* %154 to <8 x float>*
  store <8 x float> %153, <8 x float>* %155, align 4
  %156 = add i64 %x, 3
  %157 = add i64 %131, %156
  %158 = mul i64 %157, 8
  %159 = load <8 x float>, <8 x float>* %14, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = getelementptr inbounds float, float* %0, i64 %158
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = add i64 %x, 4
  %165 = add i64 %131, %164
  %166 = mul i64 %165, 8
  %167 = load <8 x float>, <8 x float>* %13, align 32
  %168 = fcmp ogt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> %167, <8 x float> zeroinitializer
  %170 = getelementptr inbounds float, float* %0, i64 %166
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %169, <8 x float>* %171, align 4
  %172 = add i64 %x, 5
  %173 = add i64 %131, %172
  %174 = mul i64 %173, 8
  %175 = load <8 x float>, <8 x float>* %12, align 32
  %176 = fcmp ogt <8 x float> %175, zeroinitializer
  %177 = select <8 x i1> %176, <8 x float> %175, <8 x float> zeroinitializer
  %178 = getelementptr inbounds float, float* %0, i64 %174
  %179 = bitcast float* %178 to <8 x float>*
  store <8 x float> %177, <8 x float>* %179, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %180 = icmp slt i64 %kh, 3
  br i1 %180, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %181 = mul i64 %kh, 28
  %182 = add i64 %69, %181
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %183 = icmp slt i64 %kw, 3
  br i1 %183, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %184 = mul i64 %kw, 1
  %185 = add i64 %182, %184
  %186 = mul i64 %kh, 3
  %187 = add i64 %186, %kw
  %188 = mul i64 %187, 8
  %189 = add i64 %71, %188
  %190 = add i64 %189, 0
  %191 = getelementptr inbounds float, float* %4, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %189, 72
  %195 = getelementptr inbounds float, float* %4, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = add i64 %185, 0
  %199 = getelementptr inbounds float, float* %1, i64 %198
  %200 = load float, float* %199, align 4
  %201 = insertelement <8 x float> undef, float %200, i32 0
  %splat = shufflevector <8 x float> %201, <8 x float> undef, <8 x i32> zeroinitializer
  %202 = load <8 x float>, <8 x float>* %23, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %193, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %23, align 32
  %204 = load <8 x float>, <8 x float>* %17, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %197, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %17, align 32
  %206 = add i64 %185, 1
  %207 = getelementptr inbounds float, float* %1, i64 %206
  %208 = load float, float* %207, align 4
  %209 = insertelement <8 x float> undef, float %208, i32 0
  %splat1 = shufflevector <8 x float> %209, <8 x float> undef, <8 x i32> zeroinitializer
  %210 = load <8 x float>, <8 x float>* %22, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %193, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %22, align 32
  %212 = load <8 x float>, <8 x float>* %16, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %197, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %16, align 32
  %214 = add i64 %185, 2
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat2 = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %21, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %193, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %21, align 32
  %220 = load <8 x float>, <8 x float>* %15, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %197, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %15, align 32
  %222 = add i64 %185, 3
  %223 = getelementptr inbounds float, float* %1, i64 %222
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %splat3 = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %20, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %193, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %20, align 32
  %228 = load <8 x float>, <8 x float>* %14, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %197, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %14, align 32
  %230 = add i64 %185, 4
  %231 = getelementptr inbounds float, float* %1, i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat4 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %19, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %193, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %19, align 32
  %236 = load <8 x float>, <8 x float>* %13, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %197, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %13, align 32
  %238 = add i64 %185, 5
  %239 = getelementptr inbounds float, float* %1, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat5 = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, <8 x float>* %18, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %193, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %18, align 32
  %244 = load <8 x float>, <8 x float>* %12, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %197, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %12, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %x.exit
  %u9 = phi i64 [ 0, %x.exit ], [ %u.next22, %kh.exit12 ]
  %246 = icmp slt i64 %u9, 1
  br i1 %246, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %247 = mul i64 %u9, 784
  %248 = add i64 %66, %247
  %249 = mul i64 %u9, 72
  %250 = add i64 %39, %249
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %251 = mul i64 %31, 4
  %252 = add i64 %251, %34
  %253 = add i64 %252, 0
  %254 = mul i64 %253, 26
  %255 = add i64 %254, %28
  %256 = mul i64 %255, 26
  %257 = add i64 %256, 24
  %258 = mul i64 %257, 8
  %259 = load <8 x float>, <8 x float>* %11, align 32
  %260 = fcmp ogt <8 x float> %259, zeroinitializer
  %261 = select <8 x i1> %260, <8 x float> %259, <8 x float> zeroinitializer
  %262 = getelementptr inbounds float, float* %0, i64 %258
  %263 = bitcast float* %262 to <8 x float>*
  store <8 x float> %261, <8 x float>* %263, align 4
  %264 = add i64 %256, 25
  %265 = mul i64 %264, 8
  %266 = load <8 x float>, <8 x float>* %10, align 32
  %267 = fcmp ogt <8 x float> %266, zeroinitializer
  %268 = select <8 x i1> %267, <8 x float> %266, <8 x float> zeroinitializer
  %269 = getelementptr inbounds float, float* %0, i64 %265
  %270 = bitcast float* %269 to <8 x float>*
  store <8 x float> %268, <8 x float>* %270, align 4
  %271 = mul i64 %31, 4
  %272 = add i64 %271, %34
  %273 = add i64 %272, 1
  %274 = mul i64 %273, 26
  %275 = add i64 %274, %28
  %276 = mul i64 %275, 26
  %277 = add i64 %276, 24
  %278 = mul i64 %277, 8
  %279 = load <8 x float>, <8 x float>* %9, align 32
  %280 = fcmp ogt <8 x float> %279, zeroinitializer
  %281 = select <8 x i1> %280, <8 x float> %279, <8 x float> zeroinitializer
  %282 = getelementptr inbounds float, float* %0, i64 %278
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %281, <8 x float>* %283, align 4
  %284 = add i64 %276, 25
  %285 = mul i64 %284, 8
  %286 = load <8 x float>, <8 x float>* %8, align 32
  %287 = fcmp ogt <8 x float> %286, zeroinitializer
  %288 = select <8 x i1> %287, <8 x float> %286, <8 x float> zeroinitializer
  %289 = getelementptr inbounds float, float* %0, i64 %285
  %290 = bitcast float* %289 to <8 x float>*
  store <8 x float> %288, <8 x float>* %290, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next21, %kw.exit16 ]
  %291 = icmp slt i64 %kh13, 3
  br i1 %291, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %292 = mul i64 %kh13, 28
  %293 = add i64 %248, %292
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next22 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next20, %kw.body15 ]
  %294 = icmp slt i64 %kw17, 3
  br i1 %294, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %295 = mul i64 %kw17, 1
  %296 = add i64 %293, %295
  %297 = mul i64 %kh13, 3
  %298 = add i64 %297, %kw17
  %299 = mul i64 %298, 8
  %300 = add i64 %250, %299
  %301 = add i64 %300, 0
  %302 = getelementptr inbounds float, float* %4, i64 %301
  %303 = bitcast float* %302 to <8 x float>*
  %304 = load <8 x float>, <8 x float>* %303, align 4
  %305 = add i64 %300, 72
  %306 = getelementptr inbounds float, float* %4, i64 %305
  %307 = bitcast float* %306 to <8 x float>*
  %308 = load <8 x float>, <8 x float>* %307, align 4
  %309 = add i64 %296, 0
  %310 = getelementptr inbounds float, float* %1, i64 %309
  %311 = load float, float* %310, align 4
  %312 = insertelement <8 x float> undef, float %311, i32 0
  %splat18 = shufflevector <8 x float> %312, <8 x float> undef, <8 x i32> zeroinitializer
  %313 = load <8 x float>, <8 x float>* %11, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %304, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %11, align 32
  %315 = load <8 x float>, <8 x float>* %9, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %308, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %9, align 32
  %317 = add i64 %296, 1
  %318 = getelementptr inbounds float, float* %1, i64 %317
  %319 = load float, float* %318, align 4
  %320 = insertelement <8 x float> undef, float %319, i32 0
  %splat19 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = load <8 x float>, <8 x float>* %10, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %304, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %10, align 32
  %323 = load <8 x float>, <8 x float>* %8, align 32
  %324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %308, <8 x float> %323)
  store <8 x float> %324, <8 x float>* %8, align 32
  %kw.next20 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !2

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

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %x.exit ]
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
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %37 = icmp slt i64 %x, 24
  br i1 %37, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %38 = add i64 %30, 0
  %39 = mul i64 %38, 8
  %40 = getelementptr inbounds float, float* %5, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  store <8 x float> %42, <8 x float>* %19, align 32
  store <8 x float> %42, <8 x float>* %18, align 32
  store <8 x float> %42, <8 x float>* %17, align 32
  store <8 x float> %42, <8 x float>* %16, align 32
  store <8 x float> %42, <8 x float>* %15, align 32
  store <8 x float> %42, <8 x float>* %14, align 32
  %43 = add i64 %30, 1
  %44 = mul i64 %43, 8
  %45 = getelementptr inbounds float, float* %5, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  store <8 x float> %47, <8 x float>* %13, align 32
  store <8 x float> %47, <8 x float>* %12, align 32
  store <8 x float> %47, <8 x float>* %11, align 32
  store <8 x float> %47, <8 x float>* %10, align 32
  store <8 x float> %47, <8 x float>* %9, align 32
  store <8 x float> %47, <8 x float>* %8, align 32
  %48 = mul i64 %x, 8
  %49 = add i64 %36, %48
  %50 = add i64 %34, %49
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
  %53 = add i64 %50, %52
  %54 = mul i64 %u, 576
  %55 = add i64 %35, %54
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %56 = mul i64 %27, 8
  %57 = add i64 %56, %30
  %58 = add i64 %57, 0
  %59 = mul i64 %58, 24
  %60 = add i64 %59, %24
  %61 = mul i64 %60, 24
  %62 = add i64 %x, 0
  %63 = add i64 %61, %62
  %64 = mul i64 %63, 8
  %65 = load <8 x float>, <8 x float>* %19, align 32
  %66 = fcmp ogt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> %65, <8 x float> zeroinitializer
  %68 = getelementptr inbounds float, float* %0, i64 %64
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add i64 %x, 1
  %71 = add i64 %61, %70
  %72 = mul i64 %71, 8
  %73 = load <8 x float>, <8 x float>* %18, align 32
  %74 = fcmp ogt <8 x float> %73, zeroinitializer
  %75 = select <8 x i1> %74, <8 x float> %73, <8 x float> zeroinitializer
  %76 = getelementptr inbounds float, float* %0, i64 %72
  %77 = bitcast float* %76 to <8 x float>*
  store <8 x float> %75, <8 x float>* %77, align 4
  %78 = add i64 %x, 2
  %79 = add i64 %61, %78
  %80 = mul i64 %79, 8
  %81 = load <8 x float>, <8 x float>* %17, align 32
  %82 = fcmp ogt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> %81, <8 x float> zeroinitializer
  %84 = getelementptr inbounds float, float* %0, i64 %80
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %83, <8 x float>* %85, align 4
  %86 = add i64 %x, 3
  %87 = add i64 %61, %86
  %88 = mul i64 %87, 8
  %89 = load <8 x float>, <8 x float>* %16, align 32
  %90 = fcmp ogt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> %89, <8 x float> zeroinitializer
  %92 = getelementptr inbounds float, float* %0, i64 %88
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %91, <8 x float>* %93, align 4
  %94 = add i64 %x, 4
  %95 = add i64 %61, %94
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %15, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 5
  %103 = add i64 %61, %102
  %104 = mul i64 %103, 8
  %105 = load <8 x float>, <8 x float>* %14, align 32
  %106 = fcmp ogt <8 x float> %105, zeroinitializer
  %107 = select <8 x i1> %106, <8 x float> %105, <8 x float> zeroinitializer
  %108 = getelementptr inbounds float, float* %0, i64 %104
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %107, <8 x float>* %109, align 4
  %110 = mul i64 %27, 8
  %111 = add i64 %110, %30
  %112 = add i64 %111, 1
  %113 = mul i64 %112, 24
  %114 = add i64 %113, %24
  %115 = mul i64 %114, 24
  %116 = add i64 %x, 0
  %117 = add i64 %115, %116
  %118 = mul i64 %117, 8
  %119 = load <8 x float>, <8 x float>* %13, align 32
  %120 = fcmp ogt <8 x float> %119, zeroinitializer
  %121 = select <8 x i1> %120, <8 x float> %119, <8 x float> zeroinitializer
  %122 = getelementptr inbounds float, float* %0, i64 %118
  %123 = bitcast float* %122 to <8 x float>*
  store <8 x float> %121, <8 x float>* %123, align 4
  %124 = add i64 %x, 1
  %125 = add i64 %115, %124
  %126 = mul i64 %125, 8
  %127 = load <8 x float>, <8 x float>* %12, align 32
  %128 = fcmp ogt <8 x float> %127, zeroinitializer
  %129 = select <8 x i1> %128, <8 x float> %127, <8 x float> zeroinitializer
  %130 = getelementptr inbounds float, float* %0, i64 %126
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %129, <8 x float>* %131, align 4
  %132 = add i64 %x, 2
  %133 = add i64 %115, %132
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %11, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = add i64 %x, 3
  %141 = add i64 %115, %140
  %142 = mul i64 %141, 8
  %143 = load <8 x float>, <8 x float>* %10, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = getelementptr inbounds float, float* %0, i64 %142
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %145, <8 x float>* %147, align 4
  %148 = add i64 %x, 4
  %149 = add i64 %115, %148
  %150 = mul i64 %149, 8
  %151 = load <8 x float>, <8 x float>* %9, align 32
  %152 = fcmp ogt <8 x float> %151, zeroinitializer
  %153 = select <8 x i1> %152, <8 x float> %151, <8 x float> zeroinitializer
  %154 = getelementptr inbounds float, float* %0, i64 %150
  %155 = bitcast float* %154 to <8 x float>*
  store <8 x float> %153, <8 x float>* %155, align 4
  %156 = add i64 %x, 5
  %157 = add i64 %115, %156
  %158 = mul i64 %157, 8
  %159 = load <8 x float>, <8 x float>* %8, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = getelementptr inbounds float, float* %0, i64 %158
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %164 = icmp slt i64 %kh, 3
  br i1 %164, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %165 = mul i64 %kh, 208
  %166 = add i64 %53, %165
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %167 = icmp slt i64 %kw, 3
  br i1 %167, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %168 = mul i64 %kw, 8
  %169 = add i64 %166, %168
  %170 = mul i64 %kh, 3
  %171 = add i64 %170, %kw
  %172 = mul i64 %171, 64
  %173 = add i64 %55, %172
  %174 = add i64 %173, 0
  %175 = getelementptr inbounds float, float* %4, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  %177 = load <8 x float>, <8 x float>* %176, align 4
  %178 = add i64 %173, 2304
  %179 = getelementptr inbounds float, float* %4, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = add i64 %169, 0
  %183 = getelementptr inbounds float, float* %1, i64 %182
  %184 = load float, float* %183, align 4
  %185 = insertelement <8 x float> undef, float %184, i32 0
  %splat = shufflevector <8 x float> %185, <8 x float> undef, <8 x i32> zeroinitializer
  %186 = load <8 x float>, <8 x float>* %19, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %177, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %19, align 32
  %188 = load <8 x float>, <8 x float>* %13, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %181, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %13, align 32
  %190 = add i64 %169, 8
  %191 = getelementptr inbounds float, float* %1, i64 %190
  %192 = load float, float* %191, align 4
  %193 = insertelement <8 x float> undef, float %192, i32 0
  %splat1 = shufflevector <8 x float> %193, <8 x float> undef, <8 x i32> zeroinitializer
  %194 = load <8 x float>, <8 x float>* %18, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %177, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %18, align 32
  %196 = load <8 x float>, <8 x float>* %12, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %181, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %12, align 32
  %198 = add i64 %169, 16
  %199 = getelementptr inbounds float, float* %1, i64 %198
  %200 = load float, float* %199, align 4
  %201 = insertelement <8 x float> undef, float %200, i32 0
  %splat2 = shufflevector <8 x float> %201, <8 x float> undef, <8 x i32> zeroinitializer
  %202 = load <8 x float>, <8 x float>* %17, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %177, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %17, align 32
  %204 = load <8 x float>, <8 x float>* %11, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %181, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %11, align 32
  %206 = add i64 %169, 24
  %207 = getelementptr inbounds float, float* %1, i64 %206
  %208 = load float, float* %207, align 4
  %209 = insertelement <8 x float> undef, float %208, i32 0
  %splat3 = shufflevector <8 x float> %209, <8 x float> undef, <8 x i32> zeroinitializer
  %210 = load <8 x float>, <8 x float>* %16, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %177, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %16, align 32
  %212 = load <8 x float>, <8 x float>* %10, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %181, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %10, align 32
  %214 = add i64 %169, 32
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat4 = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %15, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %177, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %15, align 32
  %220 = load <8 x float>, <8 x float>* %9, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %181, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %9, align 32
  %222 = add i64 %169, 40
  %223 = getelementptr inbounds float, float* %1, i64 %222
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %splat5 = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %14, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %177, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %14, align 32
  %228 = load <8 x float>, <8 x float>* %8, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %181, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %8, align 32
  %230 = add i64 %173, 8
  %231 = getelementptr inbounds float, float* %4, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  %233 = load <8 x float>, <8 x float>* %232, align 4
  %234 = add i64 %173, 2312
  %235 = getelementptr inbounds float, float* %4, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  %237 = load <8 x float>, <8 x float>* %236, align 4
  %238 = add i64 %169, 1
  %239 = getelementptr inbounds float, float* %1, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat6 = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, <8 x float>* %19, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %233, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %19, align 32
  %244 = load <8 x float>, <8 x float>* %13, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %237, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %13, align 32
  %246 = add i64 %169, 9
  %247 = getelementptr inbounds float, float* %1, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat7 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %18, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %233, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %18, align 32
  %252 = load <8 x float>, <8 x float>* %12, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %237, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %12, align 32
  %254 = add i64 %169, 17
  %255 = getelementptr inbounds float, float* %1, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat8 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %17, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %233, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %17, align 32
  %260 = load <8 x float>, <8 x float>* %11, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %237, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %11, align 32
  %262 = add i64 %169, 25
  %263 = getelementptr inbounds float, float* %1, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat9 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %16, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %233, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %16, align 32
  %268 = load <8 x float>, <8 x float>* %10, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %237, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %10, align 32
  %270 = add i64 %169, 33
  %271 = getelementptr inbounds float, float* %1, i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat10 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %15, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %233, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %15, align 32
  %276 = load <8 x float>, <8 x float>* %9, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %237, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %9, align 32
  %278 = add i64 %169, 41
  %279 = getelementptr inbounds float, float* %1, i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> undef, float %280, i32 0
  %splat11 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, <8 x float>* %14, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %233, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %14, align 32
  %284 = load <8 x float>, <8 x float>* %8, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %237, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %8, align 32
  %286 = add i64 %173, 16
  %287 = getelementptr inbounds float, float* %4, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  %289 = load <8 x float>, <8 x float>* %288, align 4
  %290 = add i64 %173, 2320
  %291 = getelementptr inbounds float, float* %4, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  %293 = load <8 x float>, <8 x float>* %292, align 4
  %294 = add i64 %169, 2
  %295 = getelementptr inbounds float, float* %1, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat12 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %19, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %289, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %19, align 32
  %300 = load <8 x float>, <8 x float>* %13, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %293, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %13, align 32
  %302 = add i64 %169, 10
  %303 = getelementptr inbounds float, float* %1, i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat13 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %18, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %289, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %18, align 32
  %308 = load <8 x float>, <8 x float>* %12, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %293, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %12, align 32
  %310 = add i64 %169, 18
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat14 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %17, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %289, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %17, align 32
  %316 = load <8 x float>, <8 x float>* %11, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %293, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %11, align 32
  %318 = add i64 %169, 26
  %319 = getelementptr inbounds float, float* %1, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat15 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %16, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %289, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %16, align 32
  %324 = load <8 x float>, <8 x float>* %10, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %293, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %10, align 32
  %326 = add i64 %169, 34
  %327 = getelementptr inbounds float, float* %1, i64 %326
  %328 = load float, float* %327, align 4
  %329 = insertelement <8 x float> undef, float %328, i32 0
  %splat16 = shufflevector <8 x float> %329, <8 x float> undef, <8 x i32> zeroinitializer
  %330 = load <8 x float>, <8 x float>* %15, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %289, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %15, align 32
  %332 = load <8 x float>, <8 x float>* %9, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %293, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %9, align 32
  %334 = add i64 %169, 42
  %335 = getelementptr inbounds float, float* %1, i64 %334
  %336 = load float, float* %335, align 4
  %337 = insertelement <8 x float> undef, float %336, i32 0
  %splat17 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %338 = load <8 x float>, <8 x float>* %14, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %289, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %14, align 32
  %340 = load <8 x float>, <8 x float>* %8, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %293, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %8, align 32
  %342 = add i64 %173, 24
  %343 = getelementptr inbounds float, float* %4, i64 %342
  %344 = bitcast float* %343 to <8 x float>*
  %345 = load <8 x float>, <8 x float>* %344, align 4
  %346 = add i64 %173, 2328
  %347 = getelementptr inbounds float, float* %4, i64 %346
  %348 = bitcast float* %347 to <8 x float>*
  %349 = load <8 x float>, <8 x float>* %348, align 4
  %350 = add i64 %169, 3
  %351 = getelementptr inbounds float, float* %1, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat18 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %19, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %345, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %19, align 32
  %356 = load <8 x float>, <8 x float>* %13, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %349, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %13, align 32
  %358 = add i64 %169, 11
  %359 = getelementptr inbounds float, float* %1, i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat19 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, <8 x float>* %18, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %345, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %18, align 32
  %364 = load <8 x float>, <8 x float>* %12, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %349, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %12, align 32
  %366 = add i64 %169, 19
  %367 = getelementptr inbounds float, float* %1, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat20 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %17, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %345, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %17, align 32
  %372 = load <8 x float>, <8 x float>* %11, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %349, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %11, align 32
  %374 = add i64 %169, 27
  %375 = getelementptr inbounds float, float* %1, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat21 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %16, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %345, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %16, align 32
  %380 = load <8 x float>, <8 x float>* %10, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %349, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %10, align 32
  %382 = add i64 %169, 35
  %383 = getelementptr inbounds float, float* %1, i64 %382
  %384 = load float, float* %383, align 4
  %385 = insertelement <8 x float> undef, float %384, i32 0
  %splat22 = shufflevector <8 x float> %385, <8 x float> undef, <8 x i32> zeroinitializer
  %386 = load <8 x float>, <8 x float>* %15, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %345, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %15, align 32
  %388 = load <8 x float>, <8 x float>* %9, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %349, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %9, align 32
  %390 = add i64 %169, 43
  %391 = getelementptr inbounds float, float* %1, i64 %390
  %392 = load float, float* %391, align 4
  %393 = insertelement <8 x float> undef, float %392, i32 0
  %splat23 = shufflevector <8 x float> %393, <8 x float> undef, <8 x i32> zeroinitializer
  %394 = load <8 x float>, <8 x float>* %14, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %345, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %14, align 32
  %396 = load <8 x float>, <8 x float>* %8, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %349, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %8, align 32
  %398 = add i64 %173, 32
  %399 = getelementptr inbounds float, float* %4, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  %401 = load <8 x float>, <8 x float>* %400, align 4
  %402 = add i64 %173, 2336
  %403 = getelementptr inbounds float, float* %4, i64 %402
  %404 = bitcast float* %403 to <8 x float>*
  %405 = load <8 x float>, <8 x float>* %404, align 4
  %406 = add i64 %169, 4
  %407 = getelementptr inbounds float, float* %1, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat24 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %19, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %401, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %19, align 32
  %412 = load <8 x float>, <8 x float>* %13, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %405, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %13, align 32
  %414 = add i64 %169, 12
  %415 = getelementptr inbounds float, float* %1, i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat25 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %18, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %401, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %18, align 32
  %420 = load <8 x float>, <8 x float>* %12, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %405, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %12, align 32
  %422 = add i64 %169, 20
  %423 = getelementptr inbounds float, float* %1, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat26 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %17, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %401, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %17, align 32
  %428 = load <8 x float>, <8 x float>* %11, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %405, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %11, align 32
  %430 = add i64 %169, 28
  %431 = getelementptr inbounds float, float* %1, i64 %430
  %432 = load float, float* %431, align 4
  %433 = insertelement <8 x float> undef, float %432, i32 0
  %splat27 = shufflevector <8 x float> %433, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, <8 x float>* %16, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %401, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %16, align 32
  %436 = load <8 x float>, <8 x float>* %10, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %405, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %10, align 32
  %438 = add i64 %169, 36
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat28 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %15, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %401, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %15, align 32
  %444 = load <8 x float>, <8 x float>* %9, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %405, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %9, align 32
  %446 = add i64 %169, 44
  %447 = getelementptr inbounds float, float* %1, i64 %446
  %448 = load float, float* %447, align 4
  %449 = insertelement <8 x float> undef, float %448, i32 0
  %splat29 = shufflevector <8 x float> %449, <8 x float> undef, <8 x i32> zeroinitializer
  %450 = load <8 x float>, <8 x float>* %14, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %401, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %14, align 32
  %452 = load <8 x float>, <8 x float>* %8, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %405, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %8, align 32
  %454 = add i64 %173, 40
  %455 = getelementptr inbounds float, float* %4, i64 %454
  %456 = bitcast float* %455 to <8 x float>*
  %457 = load <8 x float>, <8 x float>* %456, align 4
  %458 = add i64 %173, 2344
  %459 = getelementptr inbounds float, float* %4, i64 %458
  %460 = bitcast float* %459 to <8 x float>*
  %461 = load <8 x float>, <8 x float>* %460, align 4
  %462 = add i64 %169, 5
  %463 = getelementptr inbounds float, float* %1, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat30 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %19, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %457, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %19, align 32
  %468 = load <8 x float>, <8 x float>* %13, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %461, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %13, align 32
  %470 = add i64 %169, 13
  %471 = getelementptr inbounds float, float* %1, i64 %470
  %472 = load float, float* %471, align 4
  %473 = insertelement <8 x float> undef, float %472, i32 0
  %splat31 = shufflevector <8 x float> %473, <8 x float> undef, <8 x i32> zeroinitializer
  %474 = load <8 x float>, <8 x float>* %18, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %457, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %18, align 32
  %476 = load <8 x float>, <8 x float>* %12, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %461, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %12, align 32
  %478 = add i64 %169, 21
  %479 = getelementptr inbounds float, float* %1, i64 %478
  %480 = load float, float* %479, align 4
  %481 = insertelement <8 x float> undef, float %480, i32 0
  %splat32 = shufflevector <8 x float> %481, <8 x float> undef, <8 x i32> zeroinitializer
  %482 = load <8 x float>, <8 x float>* %17, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %457, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %17, align 32
  %484 = load <8 x float>, <8 x float>* %11, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %461, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %11, align 32
  %486 = add i64 %169, 29
  %487 = getelementptr inbounds float, float* %1, i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat33 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %16, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %457, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %16, align 32
  %492 = load <8 x float>, <8 x float>* %10, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %461, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %10, align 32
  %494 = add i64 %169, 37
  %495 = getelementptr inbounds float, float* %1, i64 %494
  %496 = load float, float* %495, align 4
  %497 = insertelement <8 x float> undef, float %496, i32 0
  %splat34 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %498 = load <8 x float>, <8 x float>* %15, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %457, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %15, align 32
  %500 = load <8 x float>, <8 x float>* %9, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %461, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %9, align 32
  %502 = add i64 %169, 45
  %503 = getelementptr inbounds float, float* %1, i64 %502
  %504 = load float, float* %503, align 4
  %505 = insertelement <8 x float> undef, float %504, i32 0
  %splat35 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %506 = load <8 x float>, <8 x float>* %14, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %457, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %14, align 32
  %508 = load <8 x float>, <8 x float>* %8, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %461, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %8, align 32
  %510 = add i64 %173, 48
  %511 = getelementptr inbounds float, float* %4, i64 %510
  %512 = bitcast float* %511 to <8 x float>*
  %513 = load <8 x float>, <8 x float>* %512, align 4
  %514 = add i64 %173, 2352
  %515 = getelementptr inbounds float, float* %4, i64 %514
  %516 = bitcast float* %515 to <8 x float>*
  %517 = load <8 x float>, <8 x float>* %516, align 4
  %518 = add i64 %169, 6
  %519 = getelementptr inbounds float, float* %1, i64 %518
  %520 = load float, float* %519, align 4
  %521 = insertelement <8 x float> undef, float %520, i32 0
  %splat36 = shufflevector <8 x float> %521, <8 x float> undef, <8 x i32> zeroinitializer
  %522 = load <8 x float>, <8 x float>* %19, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %513, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %19, align 32
  %524 = load <8 x float>, <8 x float>* %13, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %517, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %13, align 32
  %526 = add i64 %169, 14
  %527 = getelementptr inbounds float, float* %1, i64 %526
  %528 = load float, float* %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %splat37 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = load <8 x float>, <8 x float>* %18, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %513, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %18, align 32
  %532 = load <8 x float>, <8 x float>* %12, align 32
  %533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %517, <8 x float> %532)
  store <8 x float> %533, <8 x float>* %12, align 32
  %534 = add i64 %169, 22
  %535 = getelementptr inbounds float, float* %1, i64 %534
  %536 = load float, float* %535, align 4
  %537 = insertelement <8 x float> undef, float %536, i32 0
  %splat38 = shufflevector <8 x float> %537, <8 x float> undef, <8 x i32> zeroinitializer
  %538 = load <8 x float>, <8 x float>* %17, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %513, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %17, align 32
  %540 = load <8 x float>, <8 x float>* %11, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %517, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %11, align 32
  %542 = add i64 %169, 30
  %543 = getelementptr inbounds float, float* %1, i64 %542
  %544 = load float, float* %543, align 4
  %545 = insertelement <8 x float> undef, float %544, i32 0
  %splat39 = shufflevector <8 x float> %545, <8 x float> undef, <8 x i32> zeroinitializer
  %546 = load <8 x float>, <8 x float>* %16, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %513, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %16, align 32
  %548 = load <8 x float>, <8 x float>* %10, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %517, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %10, align 32
  %550 = add i64 %169, 38
  %551 = getelementptr inbounds float, float* %1, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat40 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %15, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %513, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %15, align 32
  %556 = load <8 x float>, <8 x float>* %9, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %517, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %9, align 32
  %558 = add i64 %169, 46
  %559 = getelementptr inbounds float, float* %1, i64 %558
  %560 = load float, float* %559, align 4
  %561 = insertelement <8 x float> undef, float %560, i32 0
  %splat41 = shufflevector <8 x float> %561, <8 x float> undef, <8 x i32> zeroinitializer
  %562 = load <8 x float>, <8 x float>* %14, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %513, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %14, align 32
  %564 = load <8 x float>, <8 x float>* %8, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %517, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %8, align 32
  %566 = add i64 %173, 56
  %567 = getelementptr inbounds float, float* %4, i64 %566
  %568 = bitcast float* %567 to <8 x float>*
  %569 = load <8 x float>, <8 x float>* %568, align 4
  %570 = add i64 %173, 2360
  %571 = getelementptr inbounds float, float* %4, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  %573 = load <8 x float>, <8 x float>* %572, align 4
  %574 = add i64 %169, 7
  %575 = getelementptr inbounds float, float* %1, i64 %574
  %576 = load float, float* %575, align 4
  %577 = insertelement <8 x float> undef, float %576, i32 0
  %splat42 = shufflevector <8 x float> %577, <8 x float> undef, <8 x i32> zeroinitializer
  %578 = load <8 x float>, <8 x float>* %19, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %569, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %19, align 32
  %580 = load <8 x float>, <8 x float>* %13, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %573, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %13, align 32
  %582 = add i64 %169, 15
  %583 = getelementptr inbounds float, float* %1, i64 %582
  %584 = load float, float* %583, align 4
  %585 = insertelement <8 x float> undef, float %584, i32 0
  %splat43 = shufflevector <8 x float> %585, <8 x float> undef, <8 x i32> zeroinitializer
  %586 = load <8 x float>, <8 x float>* %18, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %569, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %18, align 32
  %588 = load <8 x float>, <8 x float>* %12, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %573, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %12, align 32
  %590 = add i64 %169, 23
  %591 = getelementptr inbounds float, float* %1, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat44 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %17, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %569, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %17, align 32
  %596 = load <8 x float>, <8 x float>* %11, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %573, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %11, align 32
  %598 = add i64 %169, 31
  %599 = getelementptr inbounds float, float* %1, i64 %598
  %600 = load float, float* %599, align 4
  %601 = insertelement <8 x float> undef, float %600, i32 0
  %splat45 = shufflevector <8 x float> %601, <8 x float> undef, <8 x i32> zeroinitializer
  %602 = load <8 x float>, <8 x float>* %16, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %569, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %16, align 32
  %604 = load <8 x float>, <8 x float>* %10, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %573, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %10, align 32
  %606 = add i64 %169, 39
  %607 = getelementptr inbounds float, float* %1, i64 %606
  %608 = load float, float* %607, align 4
  %609 = insertelement <8 x float> undef, float %608, i32 0
  %splat46 = shufflevector <8 x float> %609, <8 x float> undef, <8 x i32> zeroinitializer
  %610 = load <8 x float>, <8 x float>* %15, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %569, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %15, align 32
  %612 = load <8 x float>, <8 x float>* %9, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %573, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %9, align 32
  %614 = add i64 %169, 47
  %615 = getelementptr inbounds float, float* %1, i64 %614
  %616 = load float, float* %615, align 4
  %617 = insertelement <8 x float> undef, float %616, i32 0
  %splat47 = shufflevector <8 x float> %617, <8 x float> undef, <8 x i32> zeroinitializer
  %618 = load <8 x float>, <8 x float>* %14, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %569, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %14, align 32
  %620 = load <8 x float>, <8 x float>* %8, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %573, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %8, align 32
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
  store <8 x float> %21, <8 x float>* %11, align 32
  %22 = add i64 %16, 8
  %23 = getelementptr inbounds float, float* %5, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  store <8 x float> %25, <8 x float>* %10, align 32
  %26 = add i64 %16, 16
  %27 = getelementptr inbounds float, float* %5, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  store <8 x float> %29, <8 x float>* %9, align 32
  %30 = add i64 %16, 24
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
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
  %70 = fcmp ogt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> %69, <8 x float> zeroinitializer
  %72 = mul i64 %67, 128
  %73 = add i64 %72, %68
  %74 = getelementptr inbounds float, float* %0, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %71, <8 x float>* %75, align 4
  %76 = add i64 %15, 0
  %77 = add i64 %16, 8
  %78 = load <8 x float>, <8 x float>* %10, align 32
  %79 = fcmp ogt <8 x float> %78, zeroinitializer
  %80 = select <8 x i1> %79, <8 x float> %78, <8 x float> zeroinitializer
  %81 = mul i64 %76, 128
  %82 = add i64 %81, %77
  %83 = getelementptr inbounds float, float* %0, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %80, <8 x float>* %84, align 4
  %85 = add i64 %15, 0
  %86 = add i64 %16, 16
  %87 = load <8 x float>, <8 x float>* %9, align 32
  %88 = fcmp ogt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> %87, <8 x float> zeroinitializer
  %90 = mul i64 %85, 128
  %91 = add i64 %90, %86
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %89, <8 x float>* %93, align 4
  %94 = add i64 %15, 0
  %95 = add i64 %16, 24
  %96 = load <8 x float>, <8 x float>* %8, align 32
  %97 = fcmp ogt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> %96, <8 x float> zeroinitializer
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
  store <8 x float> %22, <8 x float>* %11, align 32
  %23 = add i64 %16, 8
  %24 = getelementptr inbounds float, float* %5, i64 %23
  %25 = bitcast float* %24 to <8 x float>*
  %26 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %25, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  store <8 x float> %26, <8 x float>* %10, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %27 = add i64 %16, 0
  %28 = getelementptr inbounds float, float* %5, i64 %27
  %29 = bitcast float* %28 to <8 x float>*
  %30 = load <8 x float>, <8 x float>* %29, align 4
  store <8 x float> %30, <8 x float>* %9, align 32
  %31 = add i64 %16, 8
  %32 = getelementptr inbounds float, float* %5, i64 %31
  %33 = bitcast float* %32 to <8 x float>*
  %34 = load <8 x float>, <8 x float>* %33, align 4
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
